"""What the rule kinds share: a finding in the pack's words, the fields a document must have,
and the periods of support it states."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

import datetime as dt
import re
from typing import Any, Optional, TYPE_CHECKING, Union

from mentordocs.domain.fields import AGREEMENT_OWN_KEYS, REQUIRED_FIELDS, DocumentKind
from mentordocs.lint.dates import find_dates
from mentordocs.lint.durations import Period, names_other_help, support_periods
from mentordocs.lint.model import BlockKind, Finding, Location, Severity
from mentordocs.lint.rules import localized
from mentordocs.lint.text import fold, sentence_spans, shorten

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

def _finding(a: Analysis, name: str, rule: dict[str, Any], *, message_key: str = "message",
             evidence: Optional[str] = None, location: Location = Location(),
             fmt: Optional[dict[str, Any]] = None) -> Finding:
    message = localized(rule.get(message_key), a.lang) or localized(rule.get("message"), a.lang)
    if fmt:
        message = message.format(**fmt)
    return Finding(rule=name, severity=Severity(rule["severity"]), message=message,
                   field=rule.get("field"), evidence=evidence, location=location,
                   fix=localized(rule.get("fix"), a.lang) or None)


def _kind_enum(kind: str) -> DocumentKind:
    return DocumentKind(kind)




def required_fields(a: Analysis) -> set[str]:
    """The fields ``a`` must contain. A decision letter that carries the agreement in its body or
    as a Bilag (under a heading that says so, ``kinds.agreement_section``; or with the mentor's
    tasks and the follow-up stated, and at least ``settings.min_fields_for_agreement_in_decision``
    of the agreement's own fields, even if empty) is checked as an agreement too (issue 8).
    Worked out once per document: every missing-field rule asks."""
    if a.required is None:
        a.required = frozenset(_required_fields(a))
    return set(a.required)


def _required_fields(a: Analysis) -> set[str]:
    required = {f.value for f in REQUIRED_FIELDS[_kind_enum(a.kind)]}
    if a.kind == DocumentKind.DECISION.value:
        stated = sum(1 for key in AGREEMENT_OWN_KEYS
                     if (status := a.fields.get(key)) is not None and status.state != "absent")
        # The mentor's tasks and the follow-up are written only in an agreement; a grant letter
        # names the goal, the mentor, the period and the hours too.
        own = all((status := a.fields.get(key)) is not None and status.state != "absent"
                  for key in ("tasks", "follow_up"))
        # … set out as an agreement's: one of them under its label, the tasks said to be the
        # mentor's ("Mentors opgave bliver at …"), or the letter saying it writes down what was
        # agreed ("Jeg har lovet at skrive ned, hvad vi aftalte"); a letter that only tells what happens next
        # ("Rasmus ringer til dig inden for en uge. Vi holder statusmøde med dig og Rasmus hver
        # måned.") decides, and carries no agreement
        tasks = a.fields.get("tasks")
        set_out = any(any(sec.fields for sec in status.sections)
                      for key in ("tasks", "follow_up") if (status := a.fields.get(key)) is not None) \
            or (tasks is not None and any(p.search(fold(tasks.evidence or ""))
                                          for p in a.compiled.fields.prose.get("tasks", []))) \
            or any(a.compiled.kinds.carries_agreement.search(text) for text in a.folded)
        # (not a decision that says the agreement is still to be made: "I laver en aftale sammen")
        to_come = any(a.compiled.kinds.agreement_to_come.search(text) for text in a.folded)
        if a.agreement_section or (own and set_out and stated >= a.compiled.agreement_in_decision and not to_come):
            required |= {f.value for f in REQUIRED_FIELDS[DocumentKind.AGREEMENT]}
    return required


def _support_periods(a: Analysis) -> list[tuple[int, Period]]:
    """Periods of support in the document, with their block index (limits, history,
    intervals and background removed)."""
    duration_blocks: set[int] = set()
    for sec in a.sections:
        if "duration" in sec.fields:
            duration_blocks.add(sec.block_index)
            duration_blocks.update(i for i, _ in sec.parts)
    found: list[tuple[int, Period]] = []
    other_help = _other_help_blocks(a)
    past = a.past
    for index, block in enumerate(a.doc.blocks):
        folded = a.folded[index]
        if _DIGIT.search(folded) is None and _MAYBE_PERIOD_WORD.search(folded) is None:
            continue
        if index in past:
            continue  # "Tidligere forløb" over "FGU | august 2023 – juni 2024 | Afbrudt": the past
        if index in other_help:
            continue  # "Befordringsgodtgørelse | 1.2.2026-31.1.2027 | …": a row of other help, under "Periode" too
        for p in support_periods(block.text, a.compiled.periods, labelled=index in duration_blocks,
                                 folded=folded):
            found.append((index, p))
    # A value that no single block holds (a table cell wrapped over several rows) is read whole.
    for sec in a.sections:
        if "duration" not in sec.fields or sec.parent:
            continue
        for index, text in sec.parts:
            if text and text not in a.doc.blocks[index].text and index not in past:
                found.extend((index, p) for p in support_periods(text, a.compiled.periods, labelled=True)
                             if all(p.text != q.text for _, q in found)
                             and not any(p.text in a.doc.blocks[i].text for i in other_help))
    return found


# A block without a digit or one of these words holds no period. Exact rewrite of
# r"\d|maned|mdr|mnd|uge|\bar\b|dage" with literal-led alternatives, which the regex engine
# scans several times faster (see durations._word_start).
_DIGIT = re.compile(r"\d")
_MAYBE_PERIOD_WORD = re.compile(r"maned|mdr|mnd|uge|ar(?<!\war)\b|dage")


def _other_help_blocks(a: Analysis) -> frozenset[int]:
    """The blocks about help other than the support: a table row that names it first, or a
    paragraph headed by its name ("Bostøtte (SEL § 85): Amina betaler … Kontakt: … Periode
    1.1.2026-31.12.2026, 2 timer pr. uge."). Worked out once per document: both the support's
    periods and its start and end read it."""
    if a.other_help is None:
        a.other_help = frozenset(
            index for index, block in enumerate(a.doc.blocks)
            if (block.kind == BlockKind.TABLE_ROW and len(block.cells) >= 2
                and names_other_help(block.cells[0], a.compiled.periods))
            or (block.kind != BlockKind.TABLE_ROW and ":" in block.text[:60] and "mentor" not in a.folded[index]
                and (names_other_help(block.text.partition(":")[0], a.compiled.periods)
                     # "Øvrige aktiviteter: Danskuddannelse (Sprogcenter Himmerland) 5/1-26 – 18/12-26"
                     or a.compiled.fields.other_activities_label_re.search(a.folded[index].partition(":")[0]))))
    return a.other_help


def _start_and_end_fields(a: Analysis) -> list[tuple[int, Period]]:
    """"Start: 01.09.2026" and "Slut: 31.05.2027" in separate duration fields make one period."""
    dated: list[tuple[int, dt.date]] = []
    other_help = _other_help_blocks(a)
    for sec in a.sections:
        if "duration" not in sec.fields or sec.parent or sec.block_index in a.past or sec.block_index in other_help \
                or (sec.label and a.compiled.fields.history_heading_re.search(fold(sec.label))):
            # (nor an earlier period's: "Tidligere periode | 01.08.2025 – 31.01.2026"; nor another
            # activity's under "Øvrige aktiviteter": "FGU | 1. marts 2026 | 28. februar 2027")
            continue
        for index, text in [(sec.block_index, sec.label), *sec.parts]:
            folded = fold(text)
            if len(text.split()) <= 8 and a.compiled.fields.authority_contact_re.search(folded):
                continue  # the letterhead's date: "Odsherred Kommune, Jobcenter · 23. august 2026"
            for d in find_dates(folded):
                if d.complete:
                    dated.append((index, d.date()))  # type: ignore[arg-type]
    if len(dated) == 1:
        # "Startdato: 1. oktober 2026" in its field, and "Støtten ophører … den 30. juni 2027."
        # in the letter: the end the letter gives the support
        dated.extend(_support_end(a))
    if len(dated) < 2:
        return []
    (first_index, start), (_, end) = dated[0], dated[-1]
    if end <= start:
        return []
    text = a.doc.blocks[first_index].text
    return [(first_index, Period(0, len(text), text, start=start, end=end))]


def _support_end(a: Analysis) -> list[tuple[int, dt.date]]:
    """The end date a sentence gives the support ("Støtten ophører ved udgangen af juni 2027,
    den 30. juni 2027", "Forløbet slutter d. 30/7-26"): the first whole date after the verb."""
    for index, folded in enumerate(a.folded):
        for m in a.compiled.periods.support_end_re.finditer(folded):
            stop = next((b for a_, b in sentence_spans(folded) if a_ <= m.start() < b), len(folded))
            for d in find_dates(folded[m.end():stop]):
                if d.complete:
                    return [(index, d.date())]  # type: ignore[list-item]
    return []


def _around(text: str, p: Period) -> str:
    return shorten(text, 160, focus=(p.start_pos, p.end_pos))

class Options(BaseModel):
    """The keys a rule of one kind may set besides the ones every rule has (``kind``,
    ``severity``, ``enabled``, ``applies_to``, ``source``, ``title``, ``summary``, ``message``,
    ``fix``, ``doc``). Each kind's module subclasses it; a key no model names is an error
    naming the rule, the key and the keys its kind takes (checked on the merged pack, since a
    municipality's pack may override a rule without restating its kind)."""

    model_config = ConfigDict(extra="forbid")


#: One text, or one per language ({da: …, en: …}).
Localized = Union[str, dict[str, str]]
