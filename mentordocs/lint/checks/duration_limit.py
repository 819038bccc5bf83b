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
from mentordocs.lint.durations import Period, discharge_policy, mentions_discharge
from mentordocs.lint.model import Finding
from mentordocs.lint.text import fold, sentence_spans

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
    # a period under a label of the past ("Tidligere periode", "Forrige periode") beside the
    # current one is history, not the period the rule is about
    past = {sec.block_index for sec in a.sections if "duration" in sec.fields and sec.label
            and a.compiled.fields.not_period_label_re.search(fold(sec.label))}
    if not any(p.is_range for i, p in periods if i not in past):
        # (a start and an end in fields of their own beside an earlier period's range:
        # "Startdato | 01.02.2026", "Slutdato | 31.10.2026", "Tidligere periode | 01.08.2025 – …")
        periods += _start_and_end_fields(a)
    if a.kind == "minplan":
        periods = _mentor_activity_periods(a, periods)
    else:
        periods = _without_other_activities(a, periods)
    if past and any(sec.block_index not in past for sec in a.sections if "duration" in sec.fields):
        periods = [(i, p) for i, p in periods if i not in past]
    for index, p in periods:
        if not p.over_limit(policy) or p.text in seen:
            continue
        seen.add(p.text)
        block = a.doc.blocks[index]
        findings.append(_finding(a, name, rule, evidence=_around(block.text, p), location=block.location,
                                 fmt={"length": p.describe(a.lang), "max_months": policy.max_months}))
    return findings


def _without_other_activities(a: Analysis, periods: list[tuple[int, Period]]) -> list[tuple[int, Period]]:
    """When the duration field gives the support's own period, a period in a paragraph about
    another activity and not about the mentor ("Baggrund: Ida er i virksomhedspraktik hos Netto i
    perioden 05.01.2026 – 18.12.2026") is that activity's, not the support's."""
    blocks = {i for sec in a.sections if "duration" in sec.fields for i in (sec.block_index, *(j for j, _ in sec.parts))}
    # (or the sentence the duration field read it from: "Du får bevilget mentorstøtte … i perioden
    # 22/5-2026 – 21/9-2026", before a list of the citizen's other activities and their periods)
    field = a.fields.get("duration")
    said = " ".join(t for t in (field.value, field.evidence) if t) if field is not None and field.ok else ""
    if not any(i in blocks or (said and p.text in said) for i, p in periods):
        return periods
    activity = a.compiled.fields.plan_activity_re

    def sentence(i: int, p: Period) -> str:
        folded, original = a.folded[i], a.doc.blocks[i].text
        if len(folded) != len(original):
            return folded
        start, end = next(((s, e) for s, e in sentence_spans(original) if s <= p.start_pos < e), (0, len(folded)))
        # (the clause: "… som løber fra 10. august 2026 til 30. juni 2028; mentorstøtten dækker kun opstarten")
        start = max(start, folded.rfind(";", start, p.start_pos) + 1)
        stop = folded.find(";", p.start_pos, end)
        return folded[start:stop if stop >= 0 else end]

    return [(i, p) for i, p in periods
            if i in blocks or (said and p.text in said) or "mentor" in (about := sentence(i, p)) or not activity.search(about)]


def _mentor_activity_periods(a: Analysis, periods: list[tuple[int, Period]]) -> list[tuple[int, Period]]:
    """A Min Plan entry lists the citizen's other activities too, each with its own period ("FGU
    Ikast-Brande, 01.05.2026 – 30.04.2027"): only the mentor support's period is held to the
    limit: one under a label for the period (the other activities' cards are dropped before),
    the one the duration field reads, or one in a line about the mentor."""
    field = a.fields.get("duration")
    blocks = {i for sec in a.sections if "duration" in sec.fields for i in (sec.block_index, *(j for j, _ in sec.parts))}
    said = " ".join(t for t in (field.value, field.evidence) if t) if field is not None and field.ok else ""
    return [(i, p) for i, p in periods if i in blocks or (said and p.text in said) or "mentor" in a.folded[i]]
