"""The ``unclear-goal`` rule kind: the goal text is unclear (vocabulary ``goal_clarity``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from mentordocs.domain.goals import assess_goal, is_unclear
from mentordocs.lint.checks._common import (
    Options as _Options,
    _finding,
    required_fields,
)
from mentordocs.lint.model import Finding
from mentordocs.lint.text import fold

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

#: the name a rule pack gives this kind (``kind: unclear-goal``)
KIND = "unclear-goal"


class Options(_Options):
    """This kind takes no keys of its own."""


def check(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    if a.kind == "unknown" or "goal" not in required_fields(a):
        return []  # a decision's reasons may mention the goal ("formålet … er opfyldt"); it states none
    goal = a.fields.get("goal")
    if goal is None or goal.state != "present" or not goal.value:
        return []
    problems = assess_goal(_stated_goal(goal.value, a), a.compiled.goals)
    if _aim_label(goal, a):
        # "Jobmål" over "lager, butik eller kantine": the label names the aim (a); an activity
        # or an abstraction under it (b, c) stays unclear
        problems = [p for p in problems if p.code != "no-job-or-education-aim"]
    if not is_unclear(problems):
        return []
    text = "; ".join((p.message_en if a.lang == "en" else p.message_da).rstrip(".") for p in problems
                     if p.decisive)
    return [_finding(a, name, rule, evidence=goal.value, location=goal.location, fmt={"problems": text})]


def _stated_goal(value: str, a: "Analysis") -> str:
    """The goal a value states after its background: "Kristian har en ADHD-diagnose …
    Tidligere praktikker er stoppet … Målet er, at Kristian får mere ro på, trives bedre …" is
    judged on what follows "Målet er, at" (the pack's goal prose), not on the earlier praktikker."""
    folded = fold(value)
    for pattern in a.compiled.fields.prose.get("goal", []):
        m = pattern.search(folded)
        if m is not None and m.start() > 0 and "value" in pattern.groupindex and m.group("value") \
                and len(folded) == len(value) and _STATES_GOAL.search(folded[m.start():m.start("value")]):
            # (a statement of the goal, "Målet er, at …", "Målet er: …", not one about it: "Målet
            # er drøftet med borgeren")
            return value[m.start("value"):]  # (and what follows it: "Delmål: …")
    return value


_STATES_GOAL = re.compile(r"(?:\bat|:)\s*$")


def _aim_label(goal: Any, a: "Analysis") -> bool:
    """Whether the goal's label names the aim itself: "Jobmål", "Uddannelsesmål", "Mit
    beskæftigelsesmål". (Not a form's label that offers both, "Job- eller uddannelsesmål": it
    names no aim of this citizen's.)"""
    for section in getattr(goal, "sections", None) or ():
        label = (section.label or "").split("\n")[0].strip(" :")
        folded = fold(label)
        if not label or len(label.split()) > 3 or " eller " in f" {folded} " or "/" in label:
            continue
        if not any(p.code == "no-job-or-education-aim" for p in assess_goal(label, a.compiled.goals)):
            return True
    return False
