"""The ``missing-reasons`` rule kind: a decision that is not a full grant gives no reasons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mentordocs.lint.checks._common import (
    Options as _Options,
    _finding,
)
from mentordocs.lint.model import Finding, Location

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

#: the name a rule pack gives this kind (``kind: missing-reasons``)
KIND = "missing-reasons"


class Options(_Options):
    """This kind takes no keys of its own."""


def check(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    if a.kind != "decision":
        return []
    text = "\n".join(a.folded)
    if not a.compiled.kinds.not_full_grant.search(text):
        return []
    reasons = a.fields.get("reasons")
    if reasons is not None and reasons.ok:
        return []
    return [_finding(a, name, rule, location=Location())]
