"""The ``evaluation-before-end`` rule kind: no evaluation ``days`` days before the end of the period."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any, Optional

from pydantic import Field

from mentordocs.lint.checks._common import (
    Options as _Options,
    _finding,
    _support_periods,
)
from mentordocs.lint.dates import find_dates
from mentordocs.lint.model import Finding, Location
from mentordocs.lint.text import fold

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

#: the name a rule pack gives this kind (``kind: evaluation-before-end``)
KIND = "evaluation-before-end"


class Options(_Options):
    """``days``: how long before the end of the period the evaluation must be (default: the
    pack's ``settings.evaluation_before_end_days``)."""

    days: Optional[int] = Field(default=None, ge=0, le=366)


@functools.lru_cache(maxsize=8)
def _before_end_re(number_words: tuple[str, ...]) -> re.Pattern[str]:
    """"14 dage før udløb", "to uger inden støtteperioden slutter"; the number words are the
    pack's (``durations.number_words``)."""
    words = "|".join(re.escape(w) for w in sorted(number_words, key=len, reverse=True))
    return re.compile(rf"(?:(\d+)|\b({words}))\s*(dage|uger)\s*(?:for|inden|forud for)\s+"
                      r"(?:\w+\s+){0,3}?(?:udlob|ophor|afslut|slut|periodens|stotteperiodens|aftalens|"
                      r"bevillingens|forlobets|stotten)")


def check(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    """Gribskov: progression is always evaluated 14 days before the support period ends."""
    if a.kind not in (rule.get("applies_to") or ["agreement"]):
        return []
    days_required = int(rule.get("days", a.compiled.policy.evaluation_before_end_days))
    number_words = a.compiled.periods.number_words
    before_end = _before_end_re(tuple(number_words))
    for folded in a.folded:
        for m in before_end.finditer(folded):
            n = int(m.group(1)) if m.group(1) else number_words[m.group(2)]
            days = n * 7 if m.group(3).startswith("uge") else n
            if days >= days_required:
                return []
    # A dated evaluation at least `days` before the end of the period also satisfies it.
    periods = [p for _, p in _support_periods(a) if p.is_range]
    follow = a.fields.get("follow_up")
    if periods and follow is not None and follow.value:
        end = max(p.end for p in periods if p.end is not None)
        for d in find_dates(fold(follow.value)):
            day = d.date(end.year)
            if day is not None and dt.timedelta(0) <= end - day and (end - day).days >= days_required:
                return []
    status = a.fields.get("follow_up")
    location = status.location if status is not None else Location()
    return [_finding(a, name, rule, location=location, fmt={"days": days_required})]
