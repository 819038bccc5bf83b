"""The ``missing-field`` rule kind: a mandatory field (key ``field``) is absent, empty or a placeholder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from mentordocs.domain.fields import DocumentKind
from mentordocs.lint.checks._common import (
    Localized,
    Options as _Options,
    _finding,
    required_fields,
)
from mentordocs.lint.model import FieldStatus, Finding, Location

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

#: the name a rule pack gives this kind (``kind: missing-field``)
KIND = "missing-field"


class Options(_Options):
    """``field``: the field that must be there; a message per way it can be missing."""

    field: str
    message_empty: Optional[Localized] = None
    message_incomplete: Optional[Localized] = None
    message_no_contact: Optional[Localized] = None
    message_no_name: Optional[Localized] = None
    message_other_subject: Optional[Localized] = None
    message_vague: Optional[Localized] = None


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
        # guidance written for another decision in the same letter ("Klage over afgørelse om
        # socialpædagogisk støtte …") says so, where the pack has the message
        other = status.detail == "other-subject" and rule.get("message_other_subject")
        return [_finding(a, name, rule, message_key="message_other_subject" if other else "message_empty",
                         evidence=status.evidence, location=status.location)]
    # incomplete: say what is lacking
    detail_key = {"no-contact": "message_no_contact", "no-name": "message_no_name"}.get(
        status.detail or "", "message_incomplete")
    return [_finding(a, name, rule, message_key=detail_key, evidence=status.evidence,
                     location=status.location)]
