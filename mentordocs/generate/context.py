"""The template context: one case turned into plain, pre-formatted Danish values.

Templates receive only dicts, lists and strings (no model objects), so a sandboxed template has
nothing to reach through, and every date, number and legal reference is formatted here once:
Danish dates ("1. marts 2026") and decimal comma ("1,5") from :mod:`mentordocs.domain.danish`,
field headings from :mod:`mentordocs.domain.fields`, legal wording from the versioned legal data
in force on the decision date (:mod:`mentordocs.domain.legal`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from mentordocs.case import Case, MentorType, Outcome
from mentordocs.domain import danish, periods
from mentordocs.domain.cpr import mask_cpr
from mentordocs.domain.fields import FIELDS

#: Titles of the generated documents, also used as the DOCX title property.
DOCUMENT_TITLES = {
    "minplan": "Mentorstøtte i Min Plan",
    "agreement": "Aftale om mentorstøtte",
    ("decision", Outcome.GRANT): "Afgørelse om bevilling af mentorstøtte",
    ("decision", Outcome.REFUSAL): "Afgørelse om afslag på mentorstøtte",
    ("decision", Outcome.EXTENSION): "Afgørelse om forlængelse af mentorstøtte",
    ("decision", Outcome.END): "Afgørelse om ophør af mentorstøtte",
}


@dataclass(frozen=True)
class SenderDefaults:
    """A municipality's letterhead (its profile): used where the case itself says nothing."""

    name: str | None = None
    department: str | None = None
    website: str | None = None
    #: Extra lines under the sender in letters (``letterhead`` in the profile).
    letterhead: tuple[str, ...] = ()


NO_DEFAULTS = SenderDefaults()


def sender_name(case: Case, defaults: SenderDefaults = NO_DEFAULTS) -> str:
    """The sender in the letterhead: the case's ``sender_name``, the profile's, the municipality."""
    m = case.municipality
    return m.sender_name or defaults.name or m.name


def document_title(case: Case, document: str) -> str:
    """The Danish title of ``document`` for this case (decision titles depend on the outcome)."""
    if document == "decision":
        return DOCUMENT_TITLES[("decision", case.decision.outcome)]
    return DOCUMENT_TITLES[document]


def _length(start: dt.date, end: dt.date) -> str:
    """``6 måneder`` / ``3 måneder og 14 dage`` / ``20 dage`` for the inclusive period."""
    months, days = periods.months_and_days(start, end)
    parts = []
    if months:
        parts.append(f"{months} {'måned' if months == 1 else 'måneder'}")
    if days or not months:
        parts.append(f"{days} {'dag' if days == 1 else 'dage'}")
    return " og ".join(parts)


def _or_empty(value: str | None) -> str:
    return value or ""


def _as_clause(text: str) -> str:
    """An application text ("Uddannelsesmentor 4 timer om ugen.") inside a sentence.

    The trailing full stop goes; the first letter is lowered only when the first word is a
    mentor word ("Uddannelsesmentor", "Forlængelse"), so a name like "Tech College" keeps its
    capital.
    """
    text = " ".join(text.split()).rstrip(" .")
    first = text.split(" ", 1)[0].lower()
    if any(word in first for word in _COMMON_FIRST_WORDS):
        text = text[:1].lower() + text[1:]
    return text


_COMMON_FIRST_WORDS = ("mentor", "koordinator", "forlæng", "støtte", "bevilling", "ansøgning")


def _medhold(case: Case, granted: str) -> str:
    """FVL § 22: say whether the citizen gets all or part of what was applied for.

    A full grant says so only when the application is on file: without it the letter cannot
    show that the citizen got everything asked for.
    """
    d = case.decision
    if d.outcome not in (Outcome.GRANT, Outcome.EXTENSION) or d.fully_granted is None:
        return ""
    applied = _as_clause(d.applied_for or "")
    if d.fully_granted:
        return "Du får fuldt medhold i det, du har søgt om." if applied else ""
    if applied:
        return f"Du får delvist medhold: du har søgt om {applied}; du får {granted}."
    return f"Du får delvist medhold i det, du har søgt om: du får {granted}."


def _rules(case: Case, policy: periods.PeriodPolicy, unverified_refs: bool) -> dict[str, str]:
    """The rule sentences of the legal version in force, and ``for_period``: the one that
    explains this case's period (§ 167, stk. 2 for a discharge coordinator past 6 months; stk. 1,
    2. pkt. for an extension; else stk. 1)."""
    legal = case.legal
    rules = {key: legal.rule(key, max_months=policy.max_months,
                             include_unverified=unverified_refs) for key in legal.rules}
    if exceeds_general_limit(case, policy):
        rules["for_period"] = rules["discharge"]
    elif case.decision.outcome == Outcome.EXTENSION:
        rules["for_period"] = rules["extension"]
    else:
        rules["for_period"] = rules["period"]
    return rules


def exceeds_general_limit(case: Case, policy: periods.PeriodPolicy = periods.DEFAULT_POLICY) -> bool:
    """An udskrivningskoordinator whose period is longer than the general limit (§ 167, stk. 2)."""
    s = case.support
    return (s.mentor_type == MentorType.UDSKRIVNINGSKOORDINATOR
            and periods.is_over_limit(s.start, s.end, policy))


def build_context(case: Case, document: str,
                  policy: periods.PeriodPolicy = periods.DEFAULT_POLICY, *,
                  unverified_refs: bool = False,
                  defaults: SenderDefaults = NO_DEFAULTS) -> dict[str, Any]:
    """Everything a template may print for ``case``; see ``docs/generate.md`` for the list.

    ``refs`` holds only references verified against a source (``legal.yaml``); the others are
    ``""`` unless ``unverified_refs`` is set (a municipality's choice).
    """
    legal = case.legal
    rules = _rules(case, policy, unverified_refs)
    m, cw, c, s, d = case.municipality, case.caseworker, case.citizen, case.support, case.decision
    sender = {
        "name": sender_name(case, defaults),
        "municipality": m.name,
        "department": _or_empty(m.department or defaults.department),
        "address": m.address,
        "postcode_city": m.postcode_city,
        "phone": m.phone,
        "email": m.email,
        "website": _or_empty(m.website or defaults.website),
    }
    mentor = None
    if case.mentor is not None:
        mentor = {"name": case.mentor.name, "organisation": _or_empty(case.mentor.organisation),
                  "phone": case.mentor.phone, "email": case.mentor.email}
    evaluation_deadline = s.end - dt.timedelta(days=policy.evaluation_before_end_days)
    support = {
        "mentor_type": s.mentor_type.value,
        "mentor_type_label": s.mentor_type.label_da,
        "is_discharge_coordinator": s.mentor_type == MentorType.UDSKRIVNINGSKOORDINATOR,
        "goal": s.goal,
        "tasks": list(s.tasks),
        "start": danish.long_date(s.start),
        "end": danish.long_date(s.end),
        "start_iso": s.start.isoformat(),
        "end_iso": s.end.isoformat(),
        "period": danish.period(s.start, s.end),
        "length": _length(s.start, s.end),
        "hours": danish.hours(s.hours_per_week),
        "hours_number": danish.number(s.hours_per_week),
        "activity": _or_empty(s.activity),
        "discharge_date": danish.long_date(s.discharge_date) if s.discharge_date else "",
        "follow_up_plan": s.follow_up.plan,
        "progression_goals": list(s.follow_up.progression_goals),
        "evaluation_dates": [danish.long_date(x) for x in sorted(s.follow_up.evaluation_dates)],
        "evaluation_deadline": danish.long_date(evaluation_deadline),
        # Why the period is longer than the general limit, printed next to it ("" if it is not).
        "period_note": rules["discharge"] if exceeds_general_limit(case, policy) else "",
    }
    granted = (f"{s.mentor_type.label_da.lower()} fra {support['start']} til og med "
               f"{support['end']}, {support['hours']} pr. uge")
    decision = {
        "outcome": d.outcome.value,
        "outcome_label": d.outcome.label_da,
        "date": danish.long_date(d.date),
        "date_iso": d.date.isoformat(),
        "case_number": _or_empty(d.case_number),
        "fully_granted": d.fully_granted and d.outcome in (Outcome.GRANT, Outcome.EXTENSION),
        "needs_reasons": case.needs_reasons,
        "reasons": _or_empty(d.reasons),
        "facts": _or_empty(d.facts),
        "applied_for": _or_empty(d.applied_for),
        "partial_grant": d.outcome in (Outcome.GRANT, Outcome.EXTENSION) and d.fully_granted is False,
        "medhold": _medhold(case, granted),
        "previous_end": danish.long_date(d.previous_end) if d.previous_end else "",
        "end_reason": _or_empty(d.end_reason),
    }
    contact_address = f"{m.address}, {m.postcode_city}"
    return {
        "document": document,
        "title": document_title(case, document),
        "labels": {f.value: info.label_da for f, info in FIELDS.items()},
        "sender": sender,
        "letterhead": list(defaults.letterhead),
        "authority": legal.authority,
        "Authority": legal.authority_capitalised,
        "caseworker": {"name": cw.name, "title": _or_empty(cw.title), "phone": cw.phone,
                       "email": cw.email},
        # Only the masked form reaches a template (CPR-loven § 54; domain.md §5): the letter
        # identifies the citizen by birth date and name without exposing the full number.
        "citizen": {"name": c.name, "address": c.address, "postcode_city": c.postcode_city,
                    "cpr_masked": mask_cpr(c.cpr) if c.cpr else ""},
        "mentor": mentor,
        "has_mentor": mentor is not None,
        "support": support,
        "decision": decision,
        "refs": legal.printable_refs(unverified_refs),
        "rules": rules,
        "legal": {"id": legal.id, "title": legal.title, "act_short": legal.act_short},
        "appeal": {"body": legal.appeal.body, "body_unit": legal.appeal.body_unit,
                   "deadline_weeks": str(legal.appeal.deadline_weeks),
                   "deadline_words": legal.appeal.deadline_words},
        "appeal_guidance": legal.appeal_guidance(sender=sender["name"], address=contact_address,
                                                 phone=m.phone, email=m.email),
        "policy": {"max_months": str(policy.max_months),
                   "evaluation_before_end_days": str(policy.evaluation_before_end_days)},
    }
