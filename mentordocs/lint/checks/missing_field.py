"""The ``missing-field`` rule kind: a mandatory field (key ``field``) is absent, empty or a placeholder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mentordocs.domain.fields import DocumentKind
from mentordocs.lint.checks._common import (
    _finding,
    required_fields,
)
from mentordocs.lint.model import FieldStatus, Finding, Location

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

#: the name a rule pack gives this kind (``kind: missing-field``)
KIND = "missing-field"


def check(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    key = rule["field"]
    if rule.get("applies_to") is None:
        required = required_fields(a)
        if a.kind == DocumentKind.DECISION.value and key == "reasons":
            required = set()  # conditional: see the missing-reasons rule
        if key not in required:
            return []
    status = a.fields.get(key) or FieldStatus(key, "absent")
    if status.ok:
        return []
    if status.state == "absent":
        return [_finding(a, name, rule, location=Location())]
    if status.state == "vague":
        return [_finding(a, name, rule, message_key="message_vague", evidence=status.evidence,
                         location=status.location)]
    if status.state == "empty":
        return [_finding(a, name, rule, message_key="message_empty", evidence=status.evidence,
                         location=status.location)]
    # incomplete: say what is lacking
    detail_key = {"no-contact": "message_no_contact", "no-name": "message_no_name"}.get(
        status.detail or "", "message_incomplete")
    return [_finding(a, name, rule, message_key=detail_key, evidence=status.evidence,
                     location=status.location)]
