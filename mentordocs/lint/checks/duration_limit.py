"""The ``duration-limit`` rule kind: a period of support is longer than ``settings.max_months``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mentordocs.lint.checks._common import (
    Options as _Options,
    _around,
    _finding,
    _start_and_end_fields,
    _support_periods,
)
from mentordocs.lint.durations import discharge_policy, mentions_discharge
from mentordocs.lint.model import Finding

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

#: the name a rule pack gives this kind (``kind: duration-limit``)
KIND = "duration-limit"


class Options(_Options):
    """This kind takes no keys of its own."""


def check(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    if a.kind == "unknown":
        return []
    policy = a.compiled.policy
    if mentions_discharge(a.folded, a.compiled.periods):
        policy = discharge_policy(policy)
    findings = []
    seen: set[str] = set()
    periods = _support_periods(a)
    if not any(p.is_range for _, p in periods):
        periods += _start_and_end_fields(a)
    for index, p in periods:
        if not p.over_limit(policy) or p.text in seen:
            continue
        seen.add(p.text)
        block = a.doc.blocks[index]
        findings.append(_finding(a, name, rule, evidence=_around(block.text, p), location=block.location,
                                 fmt={"length": p.describe(a.lang), "max_months": policy.max_months}))
    return findings
