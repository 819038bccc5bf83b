"""The ``follow-up-interval`` rule kind: the follow-up interval is longer than the service level allows."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mentordocs.lint.checks._common import (
    Options as _Options,
    _finding,
)
from mentordocs.lint.model import Finding
from mentordocs.lint.text import fold

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

#: the name a rule pack gives this kind (``kind: follow-up-interval``)
KIND = "follow-up-interval"


class Level(BaseModel):
    """One service level: up to ``max_hours_per_week`` hours, follow-up at least every
    ``max_interval_days`` days."""

    model_config = ConfigDict(extra="forbid")
    name: str
    max_hours_per_week: float
    max_interval_days: int = Field(ge=1)
    interval_da: Optional[str] = None
    interval_en: Optional[str] = None


class Interval(BaseModel):
    """One way of writing a follow-up interval: a regex on the folded follow-up text, and its
    length in days."""

    model_config = ConfigDict(extra="forbid")
    pattern: str
    days: int = Field(ge=1)

    @field_validator("pattern")
    @classmethod
    def _a_regex(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a regular expression ({exc})") from None
        return value


class Options(_Options):
    """``levels``: the municipality's service levels, lowest first; ``intervals``: the ways the
    follow-up interval is written, the first that matches counting."""

    levels: list[Level] = []
    intervals: list[Interval] = []


_HOURS_PER = re.compile(r"(\d+(?:[,.]\d+)?)(?:\s*(?:-|–|til)\s*(\d+(?:[,.]\d+)?))?\s*(?:timer?|t\.?)\s*"
                        r"(?:/|pr\.?|per|om|i|hver)?\s*(uge|ugen|ugentlig|maned|maneden|md)")


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def check(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    """Gribskov service levels: the hours per week set the longest allowed evaluation interval."""
    if a.kind not in (rule.get("applies_to") or ["agreement"]):
        return []
    hours, follow = a.fields.get("hours"), a.fields.get("follow_up")
    if not (hours and hours.ok and hours.value and follow and follow.ok and follow.value):
        return []
    m = _HOURS_PER.search(fold(hours.value))
    if not m:
        return []
    amount = float((m.group(2) or m.group(1)).replace(",", "."))
    weekly = amount if m.group(3).startswith("uge") else amount / 4.33
    interval = None
    folded_follow = fold(follow.value)
    for item in rule.get("intervals", []):
        if _compiled(item["pattern"]).search(folded_follow):
            interval = int(item["days"])
            break
    if interval is None:
        return []
    for level in rule.get("levels", []):
        if weekly <= float(level.get("max_hours_per_week", 1e9)):
            allowed = int(level["max_interval_days"])
            if interval > allowed:
                return [_finding(a, name, rule, evidence=follow.value, location=follow.location,
                                 fmt={"level": level.get("name", ""), "hours": m.group(0),
                                      "allowed": level.get("interval_da" if a.lang == "da" else "interval_en",
                                                           f"{allowed} dage")})]
            return []
    return []
