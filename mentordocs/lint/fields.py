"""Field finding: map an extracted document onto the mandatory fields of domain.md § 8.

The stages, each in its own module, each with one job:

1. **layout** (the readers and :mod:`mentordocs.lint.readers._lines`): blocks with reliable
   structure: wrapped lines rejoined, columns and sidebars in reading order, running headers,
   footers and page numbers dropped.
2. **candidates** (:mod:`mentordocs.lint.candidates`): every label-like unit and every piece of
   content, with the fields its label names.
3. **assignment** (:mod:`mentordocs.lint.sections`): units become sections; a section ends where
   the content stops continuing it, and an unknown label is a boundary.
4. **content evidence** (:mod:`mentordocs.lint.values`): each section's value is checked against
   its field, and fields are found by the shape of content where no label names them.
5. **prose** (:mod:`mentordocs.lint.prose`): fields written as sentences.

:func:`assess_fields` puts them together: for each field, the best labelled section (present
beats vague beats incomplete beats empty), else content by shape, else prose, where prose inside
another field's section is hidden from all but that field. All words come from the rule pack
(:mod:`mentordocs.lint.vocabulary`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Optional

from mentordocs.domain.fields import FIELD_KEYS
from mentordocs.domain.goals import names_an_institution
from mentordocs.lint.model import (
    BlockKind,
    ExtractedDocument,
    FieldStatus,
    Section,
)
from mentordocs.lint.by_content import fields_by_content
from mentordocs.lint.candidates import named_task_doers, shaped_value
from mentordocs.lint.dates import find_dates
from mentordocs.lint.durations import find_periods, names_other_help
from mentordocs.lint.prose import contact_by_mentor_name, dated_range, from_prose, name_by_mentor_address
from mentordocs.lint.sections import history_blocks, reassign_by_value
from mentordocs.lint.text import fold, sentence_spans
from mentordocs.lint.values import (
    FULL_NAME,
    TIME_WITH_FIGURE,
    has_person_name,
    hours_by_shape,
    listed_options,
    mentor_by_shape,
    mentor_by_contact_line,
    mentor_by_signature,
    person_name_words,
    state_rank,
    task_candidates,
    tasks_by_shape,
    validate,
)
from mentordocs.lint.vocabulary import FieldVocabulary



def _name_in_label(label: str, vocab: FieldVocabulary) -> bool:
    """Whether a label holds a first and last name besides its own words ("Mentor - navn og Lars
    Fogh"; not "Leverandør", not "Mentorens Navn")."""
    return any(len(words := [w for w in m.group(0).split() if fold(w) not in vocab.not_names
                             and vocab.lexicon.read_word(fold(w)) is None]) >= 2 and len(words) == len(m.group(0).split())
               for m in FULL_NAME.finditer(label))


def _name_above(doc: ExtractedDocument, index: int, vocab: FieldVocabulary) -> bool:
    """Whether the row above ``index`` ends, in a line of its own, with a person's name and
    nothing else: a scan's table whose rows slipped one line."""
    if index == 0 or doc.blocks[index].kind != BlockKind.TABLE_ROW:
        return False
    above = doc.blocks[index - 1]
    lines = (above.cells[-1] if above.cells else above.text).split("\n")
    last = lines[-1].strip()
    return len(lines) > 1 and 2 <= len(last.split()) <= 3 and has_person_name(last, vocab) \
        and not any(ch.isdigit() for ch in last)


def assess_fields(doc: ExtractedDocument, sections: list[Section], vocab: FieldVocabulary,
                  keys: Iterable[str] = FIELD_KEYS, past: Optional[frozenset[int]] = None) -> dict[str, FieldStatus]:
    """The status of every field: from labelled sections first, prose only when unlabelled.
    ``past``: the blocks of the citizen's history (:func:`.sections.history_blocks`), when the
    caller has them already."""
    reassign_by_value(sections, vocab)
    past = history_blocks(doc.blocks, vocab) if past is None else past
    # (what stands under "Tidligere forløb" is the past: no sentence there states a field)
    folded_blocks = [fold(b.text) if i not in past else "" for i, b in enumerate(doc.blocks)]
    owned: dict[int, frozenset[str]] = {}
    #: block index -> (fields, folded text) of the section values in it, so that only those
    #: spans are hidden from other fields' prose, not the rest of a dense paragraph
    owned_parts: dict[int, list[tuple[frozenset[str], str]]] = {}
    for sec in sections:
        if sec.fields and not sec.parent and not _letter_under_title(sec):
            for index in {sec.block_index, *(i for i, _ in sec.parts)}:
                owned[index] = owned.get(index, frozenset()) | sec.fields
            for index, text in sec.parts:
                owned_parts.setdefault(index, []).append((sec.fields, fold(text)))
            if not any(i == sec.block_index for i, _ in sec.parts):
                # the label's own line: only the label is hidden ("… ved udgangen af juni. Det vil
                # jeg gøre sammen med dig:" keeps the goal before the tasks' lead-in)
                owned_parts.setdefault(sec.block_index, []).append((sec.fields, fold(sec.label)))
    # rows of a table of the other help granted beside the support ("Virksomhedspraktik, Brugsen |
    # 1.2.2026-2.5.2026 | 12 timer/uge"): what a column label reads there is not the support's
    other_help = {i for i, b in enumerate(doc.blocks) if b.kind == BlockKind.TABLE_ROW and len(b.cells) >= 3
                  and names_other_help(b.cells[0], vocab.periods)
                  and not vocab.mentor_activity_re.search(fold(b.cells[0]))}
    result: dict[str, FieldStatus] = {}
    by_content: Optional[dict[str, Section]] = None  # read only for a field no label gave
    for key in keys:
        not_value, not_label = vocab.not_value.get(key), vocab.not_label.get(key)
        # "Indsats: Mentorstøtte (§ 167)" names the kind of support: that label is not this field;
        # nor is "Din kontaktperson i kommunen" (the caseworker) the mentor.
        candidates = [s for s in sections if key in s.fields and not s.parent
                      and not (other_help and s.parts and all(i in other_help for i, _ in s.parts))
                      and not (past and s.block_index in past and not s.heading)
                      and not (not_value is not None and not_value.search(" ".join(fold(s.value).split())))
                      and not (not_label is not None and not_label.search(fold(s.label)))]
        if key == "tasks":
            candidates = task_candidates(candidates, vocab)
        if key == "goal":
            # "Status og delmål": a combined label whose only goal word is an interim goal names
            # the follow-up's progression targets, not the goal
            candidates = [s for s in candidates if len(s.fields) == 1
                          or not vocab.sub_goal_label_re.search(fold(s.label))]
            # The citizen's wish that names no job or education ("Borgerens ønsker og mål:
            # Mikkel ønsker, at møderne ligger om formiddagen") states no goal.
            candidates = [s for s in candidates if not vocab.wish_label_re.search(fold(s.label))
                          or vocab.aims_at_work(fold(s.value)) or names_an_institution(s.value, vocab.goals)]
            # An interim goal ("Delmål: fremmøde fire dage om ugen" under the follow-up), or a
            # wish, does not fill the goal that a label of its own leaves empty ("Mål for
            # forløbet: …").
            main = [s for s in candidates if not _weak_goal_label(s.label, vocab)]
            if main:
                candidates = main
            else:
                # nor does one written inside another field's paragraph ("Statusmøde hver måned.
                # Delmål: fremmøde fire dage om ugen") when no label names the goal at all
                candidates = [s for s in candidates
                              if fold(doc.blocks[s.block_index].text).lstrip().startswith(fold(s.label))]
            # A plan's own goal ("Mit mål") is wider than the mentor support's ("Formål med
            # mentorstøtten"): a label that names the mentor support is read first.
            # A plan's job aim ("Mit jobmål | pædagogmedhjælper") yields to any other goal label.
            # A goal that points to another ("Formål: Se 'Mit mål' øverst i planen") comes after it.
            # So is a plain "Formål" row of the plan's mentor-support activity ("Aktivitet:
            # Mentorstøtte" over "Formål | …"), when the plan states a goal of its own too.
            own = [s for s in candidates if vocab.mentor_activity_re.search(fold(s.label))
                   or (len(candidates) > 1 and _in_support_activity(s, folded_blocks, sections, vocab))]
            candidates.sort(key=lambda s: (
                vocab.cross_reference_re.match(" ".join(fold(vocab.meaningful(s.value)).split())) is not None,
                s not in own, vocab.plan_goal_label_re.match(fold(s.label).strip()) is not None))
            if own and all(s.value.strip() and vocab.is_placeholder(s.value) for s in own):
                # "Mål med mentorstøtten: Udfyldes senere" under the plan's "Beskæftigelsesmål":
                # the support's own goal is left to be filled in; the plan's wider aim is not it
                candidates = own
        best: Optional[FieldStatus] = None
        fallback: Optional[FieldStatus] = None
        uncertain = False
        for sec in candidates:
            pointer = " ".join(fold(vocab.meaningful(sec.value)).split())
            if vocab.cross_reference_re.match(pointer):
                annex = _annex_present(pointer, folded_blocks, sec.block_index)
                if annex is True:
                    # "Se vedlagte bilag 2." over a "Bilag 2: …" the document holds: stated there
                    best = FieldStatus(key, "present", value=sec.value, evidence=sec.value, location=sec.location,
                                       detail="in-annex", sections=[sec])
                    break
                if annex is False:
                    # "Se vedlagte bilag 2." where the document holds no Bilag 2: it points to nothing
                    status = FieldStatus(key, "empty", evidence=doc.blocks[sec.block_index].text,
                                         location=sec.location, detail="no-annex", sections=[sec])
                    best = best if best is not None and state_rank(best.state) >= state_rank("empty") else status
                    continue
                # "Periode | som angivet i afgørelsen": stated elsewhere in the document, so
                # read the rest of it for this field rather than judge the pointer
                uncertain = True
                continue
            value = f"{sec.label}: {sec.value}" if key == "appeal_guidance" else sec.value
            state, detail = validate(key, value, vocab, labelled=True, multi=len(sec.fields) > 1)
            if key == "mentor" and (state, detail) == ("incomplete", "no-name") \
                    and (_name_in_label(sec.label, vocab) or _name_above(doc, sec.block_index, vocab)):
                # a scan's columns read across: the name went into the label ("Mentor - navn og Lars
                # Fogh" over "kontaktdata: Tlf. 61 27 60 29 …") or onto the last line of the row above
                # ("… økonomi og bolig." / "Mikkel Bzkgaard" over "Mentor · | Mentorhuset Midt tlf. …")
                state, detail = "present", None
            if key == "duration" and state == "present" and vocab.period_start_re.search(fold(sec.label).strip(" :") + " ") \
                    and len([d for d in find_dates(fold(value)) if d.complete]) == 1 \
                    and not any(p.is_range for p in find_periods(value, vocab.periods)) \
                    and not any(other is not sec and any(d.complete for d in find_dates(fold(other.value)))
                                and (other in candidates or _END_LABEL.search(fold(other.label)))
                                for other in sections) \
                    and not any(vocab.periods.support_end_re.search(b) for b in folded_blocks):
                # "Start | 1. august 2026" (and "Slut | Aftales senere"): when it starts, not how long;
                # a stated end elsewhere still makes the pair a period (the duration rule joins them)
                state, detail = "empty", "start-only"
            if key == "follow_up" and state == "present" and sec.heading and not _about_follow_up(value, vocab):
                # "Opfølgning:" whose dash a PDF lost, over "Ændringer i timetal eller formål skrives
                # ind i Min Plan.": the next paragraph, which says nothing of a follow-up
                state, detail = "empty", "not-about-it"
                uncertain = True  # the follow-up may stand elsewhere: a page's columns read apart
            # A guessed label, or one of several fields in a combined label ("Varighed og
            # opfølgning"), only counts when its value holds that field; otherwise the prose
            # elsewhere may still state it.
            if ((sec.weak or len(sec.fields) > 1) and state not in ("present", "vague")
                    and vocab.meaningful(sec.value).strip()):
                uncertain = True
                if sec.weak:
                    fallback = fallback or FieldStatus(key, state, value=sec.value, evidence=sec.value,
                                                       location=sec.location, detail=detail, sections=[sec])
                    continue
            evidence_text = sec.value if state == "present" else (doc.blocks[sec.block_index].text or sec.label)
            status = FieldStatus(key, state, value=sec.value if state in ("present", "vague", "incomplete") else None,
                                 evidence=evidence_text, location=sec.location, detail=detail, sections=[sec])
            if best is None or state_rank(state) > state_rank(best.state):
                best = status
            if state == "present":
                break
        # The mentor and the appeal guidance are distinctive enough to be read in prose even
        # when a label for them is empty or incomplete ("Mentor | Dato: | Underskrift:" at the
        # foot, "Din mentor er Line Dahl, tlf. …" in the letter).
        if best is not None and best.state == "empty" and best.sections and best.sections[0].heading \
                and key == "hours":
            # "Hvor meget tid (sæt kryds)" over "Niveau 1: 0-1 time pr. uge": a heading whose
            # value sits in lines with labels of their own, which name no field.
            under = _under_heading(best.sections[0], sections)
            for sub in under:  # the value must carry an hours figure itself
                if vocab.hour_figure_re.search(fold(sub.value)):
                    best = FieldStatus(key, "present", value=sub.value, evidence=f"{sub.label}: {sub.value}",
                                       location=sub.location, sections=[best.sections[0], sub])
                    break
            else:
                # "Tid og timer" over "Periode: 01.04.2026 – 30.09.2026. Du får 3 t/uge med din
                # mentor.": the next line's other label holds the hours in a sentence of its own
                nxt = next((sec for sec in sections if sec.block_index == best.sections[0].block_index + 1
                            and sec.inline and sec.fields and key not in sec.fields), None)
                line = doc.blocks[nxt.block_index].text if nxt is not None else ""
                said = [line[a:b] for a, b in sentence_spans(line)][1:]
                said = [sentence for sentence in said if vocab.hour_figure_re.search(fold(sentence))
                        and not vocab.not_mentor_hours_re.search(fold(sentence))]
                if said and nxt is not None:
                    best = FieldStatus(key, "present", value=said[0], evidence=said[0], location=nxt.location,
                                       sections=[best.sections[0], nxt])
        if best is not None and best.state == "empty" and best.sections and best.sections[0].heading \
                and not best.sections[0].parts and best.sections[0].label.rstrip().endswith("?"):
            # "Hvad skal I arbejde med?" over the heading "Vi aftalte, at Brian skal:" over the
            # list: a question heading over nothing but a subheading of no field, whose content
            # answers it
            answer = next((sec for sec in sections if sec.block_index == best.sections[0].block_index + 1
                           and sec.heading and not sec.fields and sec.value.strip()), None)
            if answer is not None:
                state, detail = validate(key, answer.value, vocab, labelled=True)
                if state_rank(state) > state_rank(best.state):
                    best = FieldStatus(key, state, value=answer.value, evidence=answer.value, location=answer.location,
                                       detail=detail, sections=[best.sections[0], answer])
        if best is not None and best.state == "empty" and best.sections and best.sections[0].heading \
                and key == "goal":
            # "Målet med mentorstøtten – SMART-mål" over "Specifikt | Virksomhedspraktik i Netto …",
            # "Målbart | 15 timer om ugen …", …: the goal set out in rows of its own labels
            # (past an empty header of the same field's column: "| | Mål for forløbet |")
            rows: list[Section] = []
            for sec in sorted((sec for sec in sections if sec.block_index > best.sections[0].block_index),
                              key=lambda sec: sec.block_index):
                if not rows and sec.fields == frozenset({key}) and not vocab.meaningful(sec.value).strip():
                    continue
                if sec.fields or sec.heading or not sec.label or len(rows) == 7:
                    break
                rows.append(sec)
            # (not the table's header or its empty rows, "SMART | Beskrivelse", "Specifikt | ":
            # single words name columns and rows, no goal)
            under = [sec for sec in rows
                     if any(len(vocab.meaningful(text).split()) >= 2 for _, text in sec.parts)]
            if under:
                joined = "\n".join(sec.value for sec in under)
                state, detail = validate(key, joined, vocab, labelled=True)
                if state_rank(state) > state_rank(best.state):
                    best = FieldStatus(key, state, value=joined, evidence=joined, location=under[0].location,
                                       detail=detail, sections=[best.sections[0], *under])
        if best is not None and best.state == "empty" and key in _ORPHANED and best.sections \
                and (not vocab.meaningful(best.sections[0].value).strip()
                     or (best.sections[0].heading and best.detail in ("no-figure", "no-period"))):
            # "Timetal:" ends a column, and its value "1-2 timer pr. uge" stands after the box at
            # the top of the next column (or after the next page's letterhead): the first line
            # after it that no labelled section holds and that is plainly such a value (the
            # label on a line of its own may have taken the footer or the letterhead between)
            orphan = _orphaned_value(key, doc, best.sections[0].block_index, owned, vocab)
            if orphan is not None:
                block = doc.blocks[orphan]
                best = FieldStatus(key, "present", value=block.text, evidence=block.text,
                                   location=block.location, sections=best.sections)
        sub_goal = (key == "goal" and best is not None and best.sections
                    and _weak_goal_label(best.sections[0].label, vocab))
        if best is None or (best.state in ("incomplete", "empty") and key in ("mentor", "appeal_guidance")) or \
                (uncertain and best.state != "present") or sub_goal:
            # Prose is read only outside the sections of other fields: "følge op hver uge" in the
            # mentor's task list is a task, not the agreement's follow-up.
            visible = [text if key not in _HIDE_OWNED or not (owned.get(i) and key not in owned[i])
                       else _hide_owned(text, owned_parts.get(i, []), key)
                       for i, text in enumerate(folded_blocks)]
            if key == "hours":
                # "Din mentor er Bo Lindberg, … Du får 2 t/uge med din mentor.": the hours said in
                # a sentence of the mentor's section
                # (also a paragraph of its own under a decision's reasons that states the hours
                # granted, "Støtten er bevilget med 2-3 timer pr. uge.", and argues nothing)
                reasons_first = {sec.parts[0][0] for sec in sections if sec.fields == _REASONS_ONLY and sec.parts}
                visible = [folded_blocks[i] if text != folded_blocks[i] and (
                               (owned.get(i) == _MENTOR_ONLY and vocab.hour_figure_re.search(folded_blocks[i]))
                               or (owned.get(i) == _REASONS_ONLY and i not in reasons_first
                                   and len(sentence_spans(folded_blocks[i])) == 1
                                   and vocab.states_in_prose("hours", folded_blocks[i])))
                           else text
                           for i, text in enumerate(visible)]
            if key == "tasks":
                # "Mentor" over "Mette Aagaard, …. Mette hjælper Line med at komme i gang …": the
                # mentor by name as the subject of a task verb in the mentor's own section
                # (the mentor: the name the section opens with, not the citizen's)
                visible = [folded_blocks[i] if text != folded_blocks[i] and owned.get(i) == _MENTOR_ONLY
                           and folded_blocks[i].split(" ", 1)[0].strip(",.:") in named_task_doers(doc.blocks[i].text, vocab)
                           else text for i, text in enumerate(visible)]
            if key in ("goal", "tasks") and (stated := vocab.prose_any.get(key)) is not None:
                # a caseworker's assessment ("Faglig vurdering: … Formålet med støtten er, at
                # Fatima starter på grundforløbet …. Mentoren skal bistå ved …") may state the goal
                # and the tasks in so many words: those sentences are theirs (the goal before any
                # state of the citizen's told elsewhere). A decision's reasons that recall the
                # goal argue for the support; they agree on nothing.
                assessed = {i for sec in sections if sec.fields == _REASONS_ONLY
                            and vocab.assessment_heading_re.search(fold(sec.label))
                            for i in (sec.block_index, *(j for j, _ in sec.parts))}
                visible = [folded_blocks[i] if text != folded_blocks[i] and i in assessed and owned.get(i) == _REASONS_ONLY
                           and stated.search(folded_blocks[i]) else text for i, text in enumerate(visible)]
            if key == "follow_up":
                # "Kontakt til praktikstedet og opfølgning med arbejdsgiveren" in the tasks is a
                # task, not the agreement's follow-up
                # ("… 2027-01-31 | pfølgning ] Vi følger op hver 4. uge": a follow-up at a rhythm,
                # run into the period's cell by a scan, is the follow-up too)
                # (under the hours, "I mødes hver tirsdag kl. 9-11" says when the hours are spent)
                # (a decision's reasons tell of meetings held: "Begrundelse: På evalueringsmødet
                # aftalte vi, at …" is no follow-up)
                # (but a paragraph under the reasons that says when we will follow up, "Vi følger op på
                # forløbet ved et opfølgningsmøde hver 6. uge", is the follow-up the letter sets)
                visible = [folded_blocks[i] if text != folded_blocks[i] and (
                               (not owned.get(i, frozenset()) & _NOT_FOLLOW_UP_OWNERS
                                and (vocab.follow_up_strong_re.search(folded_blocks[i])
                                     or ("hours" not in owned.get(i, frozenset())
                                         and _rhythmic_follow_up(folded_blocks[i], vocab))))
                               or (owned.get(i, frozenset()) & _NOT_FOLLOW_UP_OWNERS == _REASONS_ONLY
                                   and _rhythmic_follow_up(folded_blocks[i], vocab, ours=True)))
                           else text
                           for i, text in enumerate(visible)]
                # a sentence of its own after a task that holds a follow-up meeting at a rhythm
                # ("Finde en ordning for pasning. Vi følger op på det ved et statusmøde hver
                # måned") is the follow-up; the task's own words stay hidden
                # (a paragraph of its own under the task list, "Hver måned laver vi en kort status
                # sammen", is read whole, a meeting at a rhythm being enough there)
                label_lines = {sec.block_index for sec in sections}
                visible = [_unhide(text, _follow_up_after_task(folded_blocks[i], doc.blocks[i].text, vocab,
                                                               whole=doc.blocks[i].kind == BlockKind.PARAGRAPH
                                                               and i not in label_lines))
                           if text != folded_blocks[i] and "tasks" in owned.get(i, frozenset()) else text
                           for i, text in enumerate(visible)]  # (the tasks' label may stay in its line)
            for sec in sections:  # a label naming this field is not prose evidence for it
                if key in sec.fields and visible[sec.block_index]:
                    label = fold(sec.label)
                    at = visible[sec.block_index].find(label) if label else -1
                    if at >= 0:  # blank the label only; the same line may hold other content
                        text = visible[sec.block_index]
                        visible[sec.block_index] = text[:at] + " " * len(label) + text[at + len(label):]
            need = None
            if best is not None and key == "mentor" and not vocab.name_pending_re.search(fold(best.value or "")):
                # (not a name the field says is still to come: "(navn oplyses senere) – …")
                need = {"no-contact": "contact", "no-name": "name"}.get(best.detail or "")
            if key == "hours":
                # (a form's options with none marked, "Timer 1 time pr. uge 2 timer pr. uge 3
                # timer pr. uge Efter behov": their figures are no sentences of the letter)
                visible = ["" if text and listed_options(text, vocab) else text for text in visible]
            # a mentor's label that says nobody is appointed yet ("Your mentor will be assigned by
            # our team coordinator") is the answer: a name elsewhere is not the mentor's
            pending = key == "mentor" and best is not None and best.state != "present" \
                and any(vocab.not_appointed_re.search(fold(sec.value)) for sec in best.sections)
            prose = None if pending else from_prose(key, doc, visible, vocab, sections, need=need,
                                                    mentor=result.get("mentor"))
            if prose is not None and key == "mentor" and not _same_person(best, prose.value or "", vocab):
                prose = None  # "Kontaktperson i virksomheden er Helle Pedersen (tlf. …), som ikke er mentor"
            if prose is not None and (best is None or state_rank(prose.state) > state_rank(best.state)
                                      or (sub_goal and prose.state == "present")):
                best = prose
            if key == "mentor" and not pending and (best is None or best.state != "present"):
                shaped = mentor_by_shape(doc, sections, vocab) or mentor_by_signature(doc, folded_blocks, vocab) \
                    or mentor_by_contact_line(doc, folded_blocks, vocab)
                best = shaped if shaped is not None and _same_person(best, shaped.value or "", vocab) else best
            if key == "mentor" and best is not None and best.state == "incomplete" and best.detail == "no-contact":
                best = contact_by_mentor_name(doc, folded_blocks, vocab, best) or best
            if key == "mentor" and best is not None and best.state == "incomplete" and best.detail == "no-name":
                best = name_by_mentor_address(doc, vocab, best) or best
            if key == "duration" and best is None:
                # A dated range inside another field's section ("… om morgenen tidsrum: 1. maj
                # 2026—30. november 2026", run on by a PDF) is the period: the over-6-months
                # rule reads it too, so the field cannot be missing
                best = dated_range(doc, folded_blocks, vocab)
            if key == "tasks" and best is None and not candidates:
                best = tasks_by_shape(sections, vocab)
            if key == "hours" and best is None and not candidates:
                # the citizen's job hours in the goal ("med 15 timer om ugen") are not the support's
                best = hours_by_shape(doc, [text if "goal" not in owned.get(i, frozenset()) else ""
                                             for i, text in enumerate(folded_blocks)], vocab, sections)
        if key == "duration" and best is not None and best.state == "empty" and best.detail == "no-period":
            # … nor when its label holds no period and the period stands apart from it
            # ("VARIGHED AF AFTALEN OG OPFØLGNING – INKLUSIV MÅL FOR" over "PROGRESSION" over
            # "Fra og med 01-07-2022 …"; "Valid from – to" over "April 15, 2026 - …"): in a
            # paragraph about the mentor or about none of the citizen's other activities
            best = dated_range(doc, folded_blocks, vocab, anywhere=False) or best
        if key == "mentor" and best is not None and best.state == "incomplete" and len(candidates) >= 2:
            # "Hvem | Nadia Sørensen" and "Hvordan kontaktes | 60 24 34 46": the name and the
            # contact in two rows are one mentor
            joined = "\n".join(sec.value for sec in candidates if sec.value.strip())
            if validate("mentor", joined, vocab, labelled=True)[0] == "present":
                best = FieldStatus(key, "present", value=joined, evidence=joined, location=candidates[0].location,
                                   sections=list(candidates))
        if key == "mentor" and best is not None and best.state == "incomplete":
            # "3. Mentor" over "Mentorens navn | Thomas Kirk", "Arbejdssted | Ung i Job", "Telefon |
            # …", "E-mail | …": the rows under the mentor's heading are the mentor's, whatever
            # their labels
            best = _mentor_under_heading(sections, vocab) or best
        if best is None or (key == "mentor" and best.state == "incomplete"):
            if by_content is None:
                by_content = fields_by_content(sections, vocab)
            content = by_content.get(key)
        else:
            content = None
        if content is not None and key == "mentor" and not _same_person(best, content.value, vocab):
            content = None  # the employer's contact block beside a mentor named without contact
        if content is not None:
            # A label the pack does not know, over a value that plainly is this field
            # ("Ressourceperson | Anders Thomsen, mail: …"): assigned by its content.
            state, detail = validate(key, content.value, vocab, labelled=True)
            if state_rank(state) > state_rank(best.state if best else "absent"):
                sec = replace(content, fields=frozenset({key}), by_value=True)
                best = FieldStatus(key, state, value=content.value, evidence=content.value,
                                   location=content.location, detail=detail, sections=[sec])
        if key == "mentor" and (best is None or best.state != "present"):
            # "Jobkonsulent: Pernille Aagesen" + "Telefon: …" over "JOBKONSULENTENS OPGAVER": the
            # person whose tasks the document lists is the mentor, whatever the provider calls them
            best = _mentor_by_task_role(sections, vocab) or best
        result[key] = best or fallback or FieldStatus(key, "absent")
    return result


def _mentor_under_heading(sections: list[Section], vocab: FieldVocabulary) -> Optional[FieldStatus]:
    """The mentor given in rows under the mentor's own heading, joined: the name in one row and
    the contact in others under labels of no field ("Arbejdssted", "Telefon", "E-mail")."""
    for n, head in enumerate(sections):
        if not (head.heading and head.fields == frozenset({"mentor"})):
            continue
        rows = []
        for sec in sections[n + 1:]:
            if sec.heading or (sec.fields and sec.fields != frozenset({"mentor"})):
                break
            rows.append(sec)
        joined = "\n".join(f"{sec.label}: {sec.value}" if not sec.fields else sec.value for sec in rows if sec.value.strip())
        if len(rows) >= 2 and validate("mentor", joined, vocab, labelled=True)[0] == "present":
            return FieldStatus("mentor", "present", value=joined, evidence=joined, location=rows[0].location,
                               sections=[head, *rows])
    return None


#: the role a tasks label gives the tasks to: "Jobkonsulentens opgaver", "Den forløbsansvarliges
#: opgaver", "§ 2 Coachens rolle"
_TASK_ROLE = re.compile(r"^\W*(?:§\s*)?(?:\d+\W*)?(?:den |de )?([a-z][a-z-]{3,}?)(?:ens|es|s)\s+(?:opgaver|opgave|rolle)\b")


def _mentor_by_task_role(sections: list[Section], vocab: FieldVocabulary) -> Optional[FieldStatus]:
    """The mentor named under the role a tasks label gives the tasks to: "Jobkonsulent: Pernille
    Aagesen" (with "Telefon:" and "Mail:" under it) beside "Jobkonsulentens opgaver"."""
    roles = {m.group(1).rstrip("e") for sec in sections if "tasks" in sec.fields
             and (m := _TASK_ROLE.match(fold(sec.label))) is not None and "mentor" not in m.group(1)}
    for sec in sections:
        label = fold(sec.label).strip(" :")
        if "tasks" in sec.fields or not sec.value.strip() or not any(label.startswith(role) for role in roles):
            continue
        if validate("mentor", sec.value, vocab, labelled=True)[0] == "present":
            return FieldStatus("mentor", "present", value=sec.value, evidence=sec.value, location=sec.location,
                               sections=[replace(sec, fields=frozenset({"mentor"}), by_value=True)])
    return None


#: a row that gives the end ("Forventet slutdato | 30.11.2026", "Ophør", "Udløb", "End date")
_END_LABEL = re.compile(r"slut|ophor|udlob|\bend\b|\btil\b")
_PRONOUN_FIRST = re.compile(r"^\W*(?:hun|han|he|she)\b")


def _same_person(named: Optional[FieldStatus], value: str, vocab: FieldVocabulary) -> bool:
    """Whether ``value`` may be the mentor a label named by full name without contact data
    ("Mentorens navn | Mikkel Hussein"): it names that person too. Any value may be when no
    label named one."""
    if named is None or named.state != "incomplete" or named.detail != "no-contact" or not named.value \
            or not named.sections or named.sections[0].fields != _MENTOR_ONLY or named.sections[0].block_index == 0:
        # ("Mine opgaver som mentor: Hjælpe Jonas med …" names the tasks, not a person; the
        # title "Opstartsmøde – det vi aftalte om din mentor" over "Til: Fatima" names the citizen)
        return True
    head, colon, _ = named.value.strip().partition(":")
    if colon and vocab.citizen_label_re.match(fold(head).strip()):
        return True  # "Til: Jonas Johansen" under a title that names the mentor: the citizen
    # (a signature line's labels, "Mentor og borger" over "Borger Borger", name nobody)
    names = {w for w in person_name_words(named.value, vocab) if vocab.lexicon.read_word(w) is None}
    if not names or _PRONOUN_FIRST.match(fold(value)):
        return True  # ("Hun kommer fra Broen … Telefon: …" goes on about the mentor just named)
    # the same person, or the same firm ("Hanne Friis, Mentorgruppen Midt" and a signature
    # "Mentor, Mentorgruppen Midt, Mobil …")
    words = {fold(w) for w in re.findall(r"\b[A-ZÆØÅ][\wæøå]{2,}", named.value)} - vocab.not_names
    return bool((names | words) & set(re.findall(r"\w+", fold(value))))


#: Fields whose value, by its shape alone, may be read from a line away from its empty label.
_ORPHANED = frozenset({"hours", "duration"})


def _orphaned_value(key: str, doc: ExtractedDocument, after: int, owned: dict[int, frozenset[str]],
                    vocab: FieldVocabulary) -> Optional[int]:
    """The first short line after ``after`` that no labelled section holds and that is plainly a
    value of ``key`` ("1-2 timer pr. uge", "2026-06-01 – 2026-11-30"), or None."""
    for index in range(after + 1, len(doc.blocks)):
        text = doc.blocks[index].text.strip()
        if index in owned or not text or len(text) > 60:
            continue
        if shaped_value(key, text, vocab) and validate(key, text, vocab, labelled=True)[0] == "present":
            return index
    return None


#: A heading's section longer than this, over several paragraphs, is a letter under a title that
#: happens to name a field ("Om din nye mentor"), not that field's value alone.
_LETTER_CHARS = 300


def _in_support_activity(sec: Section, folded_blocks: list[str], sections: list[Section],
                         vocab: FieldVocabulary, reach: int = 4) -> bool:
    """Whether ``sec`` is a row of an activity titled as the mentor support: the nearest short
    line above it, past the activity's other rows, names the support ("Aktivitet: Mentorstøtte",
    "Mentorstøtte (§ 167)") and no other goal stands between them."""
    goal_rows = {s.block_index for s in sections if "goal" in s.fields and s is not sec}
    for index in range(sec.block_index - 1, max(-1, sec.block_index - 1 - reach), -1):
        if index in goal_rows:
            return False
        line = folded_blocks[index]
        if "|" in line or len(line) > 60:
            continue
        return vocab.mentor_support_title_re.search(line) is not None
    return False


def _letter_under_title(sec: Section) -> bool:
    """Whether a heading's section is a whole letter: its paragraphs stay visible to the other
    fields' prose (the goal, the period and the hours written in the letter below the title)."""
    return sec.heading and len(sec.parts) >= 3 and len(sec.value) > _LETTER_CHARS


def _annex_present(pointer: str, folded_blocks: list[str], index: int) -> Optional[bool]:
    """Whether a pointer to a Bilag ("se vedlagte bilag 2") finds one in the document: a block
    other than the pointer's that starts with "Bilag" (and the same number, if it gives one).
    None for a pointer to anything else (above, below, the decision)."""
    m = _ANNEX.search(pointer)
    if m is None:
        return None
    number = m.group(1)
    for i, text in enumerate(folded_blocks):
        head = _ANNEX_HEAD.match(text)
        if i != index and head is not None and (not number or head.group(1) == number):
            return True
    return False


_ANNEX = re.compile(r"\bbilag\w*\s*(\d*)")
_ANNEX_HEAD = re.compile(r"^\W*bilag\w*\s*(\d*)")


def _under_heading(heading: Section, sections: list[Section], limit: int = 4) -> list[Section]:
    """The sections with labels that name no field right below a field's heading, up to the
    next section that names a field or is a heading (at most ``limit``)."""
    after = [sec for sec in sections if sec.block_index > heading.block_index]
    after.sort(key=lambda sec: sec.block_index)
    found: list[Section] = []
    for sec in after:
        if sec.fields or sec.heading or not sec.label:
            break
        found.append(sec)
    return found[:limit]


def _follow_up_after_task(folded: str, original: str, vocab: FieldVocabulary, whole: bool = False) -> str:
    """``folded`` with only its sentences after the first that name a follow-up meeting with
    its rhythm kept (the rest blanked), or "" when it has none. (Sentences are found in the
    ``original`` text, whose capitals start them.) With ``whole``, a paragraph of its own after
    the tasks, every sentence counts, and a meeting or a status at a rhythm is enough."""
    if len(original) != len(folded):
        return ""
    spans = sentence_spans(original)
    cue = vocab.follow_up_meeting_re if whole else vocab.follow_up_strong_re
    prose = vocab.prose_any.get("follow_up")
    kept = [(a, b) for a, b in (spans if whole else spans[1:])
            if ((cue.search(folded[a:b]) or vocab.follow_up_strong_re.search(folded[a:b]))
                and vocab.rhythm_re.search(folded[a:b]))
            # the parties as the subject: "Vi mødes igen om seks uger og ser på, hvordan det går",
            # "Hver måned laver vi en kort status sammen"
            or (prose is not None and _WE.search(folded[a:b]) and prose.search(folded[a:b]))]
    if not kept:
        return ""
    out = [" "] * len(folded)
    for a, b in kept:
        out[a:b] = folded[a:b]
    return "".join(out)


_MENTOR_ONLY = frozenset({"mentor"})

#: Sections whose words about meetings and evaluations are no follow-up of this agreement.
_NOT_FOLLOW_UP_OWNERS = frozenset({"tasks", "reasons"})
_REASONS_ONLY = frozenset({"reasons"})


def _about_follow_up(value: str, vocab: FieldVocabulary) -> bool:
    """Whether a value says anything of a follow-up: a meeting, a status or an evaluation, a
    rhythm, a date, a time with a figure, or one of the pack's follow-up sentences."""
    folded = fold(value)
    prose = vocab.prose_any.get("follow_up")
    return bool(vocab.follow_up_meeting_re.search(folded) or vocab.follow_up_strong_re.search(folded)
                or vocab.follow_up_rhythm_re.search(folded) or (prose is not None and prose.search(folded))
                or find_dates(folded) or TIME_WITH_FIGURE.search(folded))


def _unhide(text: str, kept: str) -> str:
    """``text`` with the characters of ``kept`` (a line of the same length, blank elsewhere)
    shown where ``kept`` has them."""
    if not text.strip():
        return kept
    if not kept.strip() or len(kept) != len(text):
        return text
    return "".join(k if k != " " else t for k, t in zip(kept, text))


#: the ones who follow up: "vi", or the caseworker, the jobcentre or the mentor named as the
#: subject ("Din sagsbehandler holder opfølgningssamtale med dig og mentoren hver 6. uge")
_WE = re.compile(r"(?:^|\s)vi\s|^\W*(?:din |jeres )?(?:sagsbehandler(?:en)?|jobcentret|kommunen|mentor(?:en)?)\s")


def _rhythmic_follow_up(folded: str, vocab: FieldVocabulary, ours: bool = False) -> bool:
    """"Vi følger op hver 4. uge": the prose of a follow-up with its rhythm in one sentence
    (``ours``: one that "vi" make, not the citizen's other activity, "Samtaler i
    kontaktforløbet … hver 4. uge")."""
    pattern = vocab.prose_any.get("follow_up")
    return pattern is not None and any(
        pattern.search(folded[a:b]) and vocab.rhythm_re.search(folded[a:b]) and (not ours or _WE.search(folded[a:b]))
        for a, b in sentence_spans(folded))


def _hide_owned(text: str, parts: list[tuple[frozenset[str], str]], key: str) -> str:
    """``text`` (a folded block) with the values of other fields' sections blanked out; the
    whole block when a value cannot be located in it (it spans blocks or was rewritten)."""
    for fields, part in parts:
        if key in fields or (key == "hours" and fields in (_PERIOD_ONLY, _TASKS_ONLY)):
            # "Mentorstøtte i uge 15–26, halvanden time om ugen": a period's line that also
            # gives the hours gives the support's hours; so does the mentor's task list ("…
            # hjælpe med at skrive ansøgninger. Jesper har 4 t/uge til dig i perioden.")
            continue
        at = text.find(part) if part else -1
        if at < 0:
            return ""
        text = text[:at] + " " * len(part) + text[at + len(part):]
    return text if text.strip() else ""


#: A section that holds only the period: its line may give the hours too.
_PERIOD_ONLY = frozenset({"duration"})
_TASKS_ONLY = frozenset({"tasks"})
#: Fields whose prose is ignored inside other fields' sections ("14 dage før ophør" under
#: Opfølgning is not the duration). Appeal guidance and the mentor are distinctive enough to be
#: read anywhere (a "Begrundelse" heading often runs straight into the appeal text).
_HIDE_OWNED = frozenset({"goal", "tasks", "follow_up", "hours", "reasons", "duration"})


def _weak_goal_label(label: str, vocab: FieldVocabulary) -> bool:
    """A label of an interim goal or of the citizen's wishes (``cues.sub_goal_label``,
    ``cues.wish_label``): a sentence that states the goal outranks its value."""
    folded = fold(label)
    return vocab.sub_goal_label_re.search(folded) is not None or vocab.wish_label_re.search(folded) is not None
