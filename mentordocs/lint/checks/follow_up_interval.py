"""The ``follow-up-interval`` rule kind: the follow-up interval is longer than the service level allows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Optional

from pydantic import BaseModel, ConfigDict, Field

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


class Options(_Options):
    """``levels``: the municipality's service levels, lowest first."""

    levels: list[Level] = []


_INTERVALS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"hver (?:14\.? dag|fjortende dag|anden uge|2\.? uge)|hver 14 dage|hver 2 uger"), 14),
    (re.compile(r"hver (?:uge)\b|ugentlig"), 7),
    (re.compile(r"hver (?:3\.? maned|tredje maned)|kvartal|hver 3 maneder"), 92),
    (re.compile(r"hver (?:2\.? maned|anden maned)|hver 2 maneder"), 62),
    (re.compile(r"hver (?:4\.? maned|fjerde maned)|hver 4 maneder"), 123),
    (re.compile(r"hver (?:6\.? maned|sjette maned|halve ar)|halvarlig"), 183),
    (re.compile(r"hver maned|manedlig|en gang om maneden|1 gang om maneden|en gang pr\.? maned"), 31),
]
_HOURS_PER = re.compile(r"(\d+(?:[,.]\d+)?)(?:\s*(?:-|–|til)\s*(\d+(?:[,.]\d+)?))?\s*(?:timer?|t\.?)\s*"
                        r"(?:/|pr\.?|per|om|i|hver)?\s*(uge|ugen|ugentlig|maned|maneden|md)")


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
    for pattern, days in _INTERVALS:
        if pattern.search(folded_follow):
            interval = days
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
