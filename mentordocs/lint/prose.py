"""Stage 5 of field finding, **prose**: fields written as sentences.

Only a field that no label names is looked for in prose: the pack's prose patterns
(``Din mentor er Lars Østergaard, tlf. …``, ``Målet er, at …``), a sentence whose subject is a
word of the field and whose verb states it (``Timerammen er 3 timer om ugen``), a goal written
as the state the citizen will reach (``Inden 1. marts er du ansat som …``), the mentor named in
one sentence with contact data in the next, appeal guidance over up to three paragraphs, and a
support period in a sentence about the support.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from mentordocs.lint.by_content import citizen_names
from mentordocs.lint.candidates import classify_block, is_header_row, lists_fields, named_task_doers, task_verb
from mentordocs.lint.dates import find_dates
from mentordocs.lint.durations import (
    Period,
    is_substantial,
    support_periods,
)
from mentordocs.lint.model import (
    BlockKind,
    ExtractedDocument,
    FieldStatus,
    Section,
)
from mentordocs.lint.text import fold, sentence_spans
from mentordocs.lint.values import (
    PEN_BLANK,
    appeal_parts,
    has_contact,
    prose_names_mentor,
    vague_follow_up,
    validate,
)
from mentordocs.lint.vocabulary import FieldVocabulary, any_of


def _block_sentences(doc: ExtractedDocument, folded_blocks: list[str]):
    for index, block in enumerate(doc.blocks):
        if not folded_blocks[index]:
            continue
        for s, e in sentence_spans(block.text):
            yield index, s, e


def from_prose(key: str, doc: ExtractedDocument, folded_blocks: list[str], vocab: FieldVocabulary,
                sections: list[Section], need: Optional[str] = None,
                mentor: Optional[FieldStatus] = None) -> Optional[FieldStatus]:
    patterns = vocab.prose.get(key, [])
    if key == "mentor":
        return _mentor_from_prose(doc, folded_blocks, vocab, patterns, need=need)
    if key == "appeal_guidance":
        return _appeal_from_prose(doc, folded_blocks, vocab, patterns)
    if key == "duration":
        return _duration_from_prose(doc, folded_blocks, vocab)
    context = vocab.prose_context.get(key)
    if key in _STATED_KEYS:
        stated = _term_statement(key, doc, folded_blocks, vocab)
        if stated is not None and (key != "hours" or vocab.hour_figure_re.search(fold(stated.value or ""))) \
                and not (key == "goal" and (vocab.no_goal_re.search(fold(stated.value or ""))
                                            or vocab.not_a_goal_re.search(fold(stated.value or "")))):
            return stated
    if key == "hours":
        # "Målet er, at du arbejder mindst 30 timer om ugen" is the goal's job, not the support
        status = _first_match(key, doc, folded_blocks, patterns, vocab, need=context, skip=vocab.prose_any.get("goal"))
        if status is None:
            status = _hours_stated(doc, folded_blocks, vocab)
        if status is None:
            for index, folded in enumerate(folded_blocks):
                m = vocab.vague_hours_re.search(folded)
                # "3 timer ugentligt. Hvornår aftales efter aftale": a stated figure is not vague
                if m and re.search(r"\btimer?\b", folded) and (context is None or context.search(folded)) \
                        and not vocab.hour_figure_re.search(folded):
                    return FieldStatus(key, "vague", value=doc.blocks[index].text, evidence=doc.blocks[index].text,
                                       location=doc.blocks[index].location)
        return status
    if key == "follow_up":
        return _first_match(key, doc, folded_blocks, patterns, vocab, skip=vocab.not_follow_up_re, need=context,
                            vague=lambda sentence: vague_follow_up(sentence, vocab))
    if key == "goal":
        return _first_match(key, doc, folded_blocks, patterns, vocab, need=context, skip=vocab.not_a_goal_prose_re) or \
            _goal_statement(doc, folded_blocks, vocab, citizen_names(sections, vocab))
    found = _first_match(key, doc, folded_blocks, patterns, vocab, need=context,
                         skip=vocab.assessment_re if key == "tasks" else None)
    # a mentor named without contact data is still the person the tasks are given to
    if found is None and key == "tasks" and mentor is not None and mentor.value \
            and (mentor.ok or mentor.detail == "no-contact"):
        found = _tasks_by_mentor_name(doc, folded_blocks, vocab, mentor.value or "")
    if found is None and key == "tasks":
        found = _tasks_by_a_helper(doc, folded_blocks, vocab, sections) or _tasks_after_lead_in(doc, vocab)
    return found


_CITIZEN_DOES = re.compile(r"\b(?:du|borgeren|you)\b(?: \w+)?\s+(?:skal|vil|kan|must|will)\b")


def _tasks_after_lead_in(doc: ExtractedDocument, vocab: FieldVocabulary) -> Optional[FieldStatus]:
    """A list of task verbs after a letter's sentence that leads into it: "Vi aftalte, at jeg
    skal:" over "Øve busturen til praktikstedet sammen med dig", "Lave en ugeplan …". Most items
    must open with a task verb, as in :func:`tasks_by_shape`."""
    blocks = doc.blocks
    for index, block in enumerate(blocks[:-2]):
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or not block.text.rstrip().endswith(":"):
            continue  # (a lead-in set on a line of its own may read as a heading: "Jeg skal:")
        spans = sentence_spans(block.text)
        lead = fold(block.text[spans[-1][0]:]) if spans else ""
        if _CITIZEN_DOES.search(lead):
            continue  # "Du skal selv:": the citizen's own part, not the mentor's tasks
        items = []
        for nxt in blocks[index + 1:index + 12]:
            if nxt.kind != BlockKind.LIST_ITEM:
                break
            items.append(nxt.text.strip())
        opening = sum(1 for item in items if len(item.split()) >= 2 and fold(item.split()[0]) in vocab.task_openers)
        if len(items) >= 2 and opening >= max(2, (len(items) + 1) // 2):
            value = "\n".join(items)
            return FieldStatus("tasks", "present", value=value, evidence=value, location=blocks[index + 1].location)
    return None


#: The citizen addressed in the sentence: the helper does the task with or for "dig".
_ADDRESSED = re.compile(r"\b(?:dig|jer|you)\b")


def _tasks_by_a_helper(doc: ExtractedDocument, folded_blocks: list[str], vocab: FieldVocabulary,
                       sections: list[Section]) -> Optional[FieldStatus]:
    """The tasks in a letter that names no mentor field but has someone, by first name, do a
    task with the citizen it addresses: "… og Kim tager med dig til de første møder med din
    arbejdsgiver". The addressee (the greeting's name, the citizen's label) is no helper."""
    addressees = set(citizen_names(sections, vocab))
    for folded in folded_blocks[:40]:
        m = vocab.salutation_re.match(folded)  # the letter's addressee: "Kære Maja"
        if m and folded[m.end():].split():
            addressees.add(folded[m.end():].split()[0].strip(",.!"))
    for index, s, e in _block_sentences(doc, folded_blocks):
        if not _ADDRESSED.search(folded_blocks[index][s:e]):
            continue
        original = doc.blocks[index].text[s:e]
        if any(name not in addressees for name in named_task_doers(original, vocab)):
            return FieldStatus("tasks", "present", value=original.strip(), evidence=original,
                               location=doc.blocks[index].location)
    return None


def _hours_stated(doc: ExtractedDocument, folded_blocks: list[str], vocab: FieldVocabulary) -> Optional[FieldStatus]:
    """A sentence that gives a number of hours per week, per month or for the period ("Der er
    afsat 24 mentortimer i perioden", "Mentor har 2-3 timer pr. uge til dig"), and is about
    neither the goal nor the citizen's job or school hours."""
    goal = vocab.prose_any.get("goal")
    for index, s, e in _block_sentences(doc, folded_blocks):
        sentence = folded_blocks[index][s:e]
        # the figure that has its per-week or per-period words after it: "Samlet 40 timer,
        # fordelt med ca. 2 timer om ugen" gives the second
        m = next((m for m in vocab.hour_figure_re.finditer(sentence)
                  if (after := sentence[m.end():m.end() + 30]) and (
                      vocab.per_period_label_re.search(after) or "perioden" in after or "i alt" in after)), None)
        if m is None:
            continue
        after = sentence[m.end():m.end() + 30]
        figures = [float(x.replace(",", ".")) for x in re.findall(r"\d+(?:[,.]\d+)?", m.group(0))]
        if figures and "uge" in after[:12] and max(figures) > 20:
            continue  # "37 timer om ugen" is a working week, not mentor support
        # The citizen's own hours at a job or school ("Du arbejder 15 timer om ugen") are not
        # the support's; "Du har max. 10 timer om måneden" with a mentor is.
        if (goal is not None and goal.search(sentence)) or vocab.not_mentor_hours_re.search(sentence[:m.start()]) \
                or (vocab.citizen_state_re.search(sentence) and vocab.aims_at_work(sentence)):
            continue
        original = doc.blocks[index].text[s:e]
        return FieldStatus("hours", "present", value=original.strip(), evidence=original,
                           location=doc.blocks[index].location)
    return None


_FULL_NAME_AT = re.compile(r"(?<![\w@.])([A-ZÆØÅ][a-zæøåé]+) [A-ZÆØÅ][a-zæøåé]+")
_GIVEN = re.compile(r"(?<![\w@.])[A-ZÆØÅ][a-zæøåé]+(?![\w@])")


def _tasks_by_mentor_name(doc: ExtractedDocument, folded_blocks: list[str], vocab: FieldVocabulary,
                          mentor_value: str) -> Optional[FieldStatus]:
    """The tasks in a letter where the mentor, by first name, is the subject of a task verb: "I
    første omgang skal Birgitte finde og kontakte mulige praktiksteder, ringe …" once the
    mentor field has named Birgitte Andersen."""
    # The whole paragraph that holds the mentor: a sentence split after an abbreviation ("Helle
    # Jensen (Sct." + "Georgs Mentorservice) er din mentor") leaves the name in the one before.
    head = mentor_value[:30]
    source = next((b.text for b in doc.blocks if head and head in b.text), mentor_value)
    # the names in the mentor's own value first: the paragraph may name the citizen and places
    # before the mentor ("Borgers mål: Ida gennemfører FVU på VUC Næstved … varetages af Henrik")
    names = [fold(m.group(0)) for text in (mentor_value, source) for m in _GIVEN.finditer(text)
             if fold(m.group(0)) not in vocab.not_names and fold(m.group(0)) not in vocab.not_a_subject]
    if any(vocab.first_person_mentor_re.search(text) for text in folded_blocks):
        names.insert(0, "jeg")  # the mentor's own letter: "Vi aftalte, at jeg skal øve busturen …"
    if not names:
        return None
    # … and whoever the paragraph gives with contact data in a sentence of no other party ("Støtten
    # fortsætter nu med Morten Kristensen, Ungementorerne, tlf. …" after the former mentor)
    contacts = [fold(m.group(1)) for a, b in sentence_spans(source) if has_contact(source[a:b], vocab)
                and not vocab.other_party_re.search(fold(source[a:b])) for m in _FULL_NAME_AT.finditer(source[a:b])
                if fold(m.group(1)) not in vocab.not_names and fold(m.group(1)) not in vocab.not_a_subject]
    given = "|".join(re.escape(n) for n in dict.fromkeys(names[:4] + contacts))
    # "Birgitte skal finde …", "skal Birgitte finde …", "Birgitte vil især hjælpe dig …": the
    # mentor is the subject of the modal ("som du kan kontakte" is not).
    # ("Emil skal bl.a. være kontaktperson …, følge op …": an abbreviation inside the list too)
    # ("Jeg kommer til at hjælpe dig med …": the future without a modal)
    subject = re.compile(rf"(?<![a-z])(?:(?:{given}) (?:skal|vil|kan|kommer til at)|(?:skal|vil|kan) (?:{given}))(?![a-z])((?: [\w,.]+){{1,14}})")
    # "Morten hjælper dig med lektier": the mentor as the subject of a task verb in the present;
    # only a name in the mentor's own value (the citizen "deltager i praktik" too)
    naming = next((mentor_value[a:b] for a, b in sentence_spans(mentor_value)
                   if "mentor" in fold(mentor_value[a:b])), mentor_value[:120])
    own = [fold(m.group(0)) for m in _GIVEN.finditer(naming) if fold(m.group(0)) not in vocab.not_names]
    present = re.compile(rf"(?<![a-z])(?:{'|'.join(re.escape(n) for n in own[:2])}) (\w+)") if own else None
    for index, s, e in _block_sentences(doc, folded_blocks):
        m = subject.search(folded_blocks[index][s:e])
        verb = present.search(folded_blocks[index][s:e]) if present is not None else None
        if (m is not None and any(w.strip(",.") in vocab.task_openers for w in m.group(1).split())) \
                or (verb is not None and task_verb(verb.group(1), vocab)):
            original = doc.blocks[index].text[s:e]
            return FieldStatus("tasks", "present", value=original.strip(), evidence=original,
                               location=doc.blocks[index].location)
    return _list_after_mentor_lead_in(doc, folded_blocks, vocab, own)


def _list_below(doc: ExtractedDocument, index: int, most: int = 12) -> list[str]:
    """The list items right below block ``index`` (up to ``most``)."""
    items = []
    for nxt in doc.blocks[index + 1:index + 1 + most]:
        if nxt.kind != BlockKind.LIST_ITEM:
            break
        items.append(nxt.text.strip())
    return items


def _list_after_mentor_lead_in(doc: ExtractedDocument, folded_blocks: list[str], vocab: FieldVocabulary,
                               names: list[str]) -> Optional[FieldStatus]:
    """A list under a sentence that names the mentor and waits for it: "Kasper og du arbejder
    sammen om følgende:" over "Komme op om morgenen …", "Forberede samtaler …". The items are
    what the two work on, whatever verb they open with; a list of contact data or dates is not."""
    blocks = doc.blocks
    mentioned = re.compile(rf"(?<![a-z])(?:mentor\w*|{'|'.join(re.escape(n) for n in names[:2])})(?![a-z])") \
        if names else re.compile(r"(?<![a-z])mentor\w*")
    for index, block in enumerate(blocks[:-2]):
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or not block.text.rstrip().endswith(":"):
            continue
        spans = sentence_spans(block.text)
        lead = fold(block.text[spans[-1][0]:]) if spans else ""
        if len(lead.split()) < 3 or not mentioned.search(lead) or _CITIZEN_DOES.search(lead):
            continue
        items = _list_below(doc, index, most=11)
        if len(items) >= 2 and not any(has_contact(item, vocab) or vocab.digit_re.search(item) for item in items):
            value = "\n".join(items)
            return FieldStatus("tasks", "present", value=value, evidence=value, location=blocks[index + 1].location)
    return None


_STATED_KEYS = frozenset({"goal", "tasks", "hours"})
#: Pronouns that open a relative clause between a field's word and a verb: the verb is theirs.
_CLAUSE_SUBJECTS = frozenset({"du", "jeg", "vi", "han", "hun", "de", "man", "der", "som", "you", "we", "which"})
#: A sentence that says there is no goal ("Du har ikke et konkret mål om job", a refusal's
#: reason) does not state one.
_WORDS = re.compile(r"[a-z0-9½][\w½-]*")


def _term_statement(key: str, doc: ExtractedDocument, folded_blocks: list[str],
                    vocab: FieldVocabulary) -> Optional[FieldStatus]:
    """A sentence whose subject is a word of the field and whose predicate states it:
    "Mentorforløbets sigte er, at du gennemfører …" (goal), "De konkrete opgaver for mentor er
    hjælp til …" (tasks), "Timerammen er 3 timer om ugen" (hours). The field's word must be among
    the sentence's first eight words and the verb ("er", "bliver", "udgør") within four words of it."""
    for index, s, e in _block_sentences(doc, folded_blocks):
        sentence = folded_blocks[index][s:e]
        if vocab.copula_re.search(sentence, 0, 160) is None:
            continue  # most sentences have no "… er …" near their start
        words = [(m.group(0), m.end()) for m in _WORDS.finditer(sentence, 0, 160)][:12]
        for i, (word, _) in enumerate(words[:8]):
            reading = vocab.lexicon.read_word(word)
            if reading is None or reading.role != "field" or reading.field != key:
                continue
            for word2, end in words[i + 1:i + 5]:
                if word2 in ("ikke", "ingen", "not", "no"):
                    break  # "et sådant mål ikke er fastsat"
                other = vocab.lexicon.read_word(word2)
                if other is not None and other.role == "other":
                    break  # "Formålet med behandlingen er …": the purpose of something else
                if word2 in _CLAUSE_SUBJECTS:
                    break  # "de aktiviteter, du er i gang med": a relative clause, not the field's predicate"
                if word2 in vocab.copula:
                    rest = doc.blocks[index].text[s + end:e]
                    raw_at = re.match(r"[\s,:]*at\s", rest) is not None
                    value = re.sub(r"^[\s,:]*(?:at\s+)?", "", rest).strip()
                    # "… er ikke fastsat endnu" says the field is missing, not what it is
                    first = fold(value.split()[0]) if value.split() else ""
                    if first.endswith("t") and len(first) > 4 and first.isalpha() and not raw_at:
                        break  # "Indsatsen er aftalt med …", "Målet er fastsat …": a passive, not the field
                    if len(value.split()) >= 2 and not vocab.negation_re.match(fold(value)) \
                            and validate(key, value, vocab, labelled=False)[0] == "present":
                        return FieldStatus(key, "present", value=value, evidence=doc.blocks[index].text[s:e],
                                           location=doc.blocks[index].location)
                    break
            break
    return None


#: Sentences that mention follow-up but are not the agreement's follow-up: the appeal's
#: reconsideration, and follow-up *with a third party* as a task of the mentor ("kontakt til
#: praktikstedet og opfølgning med arbejdsgiveren") unless the sentence also sets a rhythm or
#: an evaluation.


# The citizen by first name as the subject of a state: "Ida skal kunne tage bussen alene til
# gymnasiet …", "Jonas er i praktik hos …" (the verbs are the pack's cues.goal_state_verbs), also
# written as the infinitive clause a form's goal box holds: "At Mikkel får et fleksjob …".
# (after a short label of its own: "STU: Line møder stabilt på STU-forløbet …")
_NAMED_STATE = re.compile(r"^\s*(?:(?P<label>[\w -]{1,25}):\s+)?(?:[Aa]t\s+)?(?P<name>[A-ZÆØÅ][a-zæøå]+) (?P<verb>\w+)")


def _named_citizen_state(original: str, vocab: FieldVocabulary) -> bool:
    m = _NAMED_STATE.match(original)
    if not m or fold(m.group("verb")) not in vocab.goal_state_verbs:
        return False
    if m.group("label") and vocab.background_heading_re.search(fold(m.group("label"))):
        return False  # "Baggrund: Leyla er optaget på grundforløb 1 …": her situation, not a goal
    word = fold(m.group("name"))
    # "Forløbet er en del af …": a word the labels are made of is no first name
    return word not in vocab.not_names and word not in vocab.not_a_subject \
        and word not in vocab.lexicon.filler and vocab.lexicon.read_word(word) is None



def _citizen_state_re(citizen: frozenset[str], vocab: FieldVocabulary) -> Optional[re.Pattern[str]]:
    """A state verb before the citizen's name ("er lasse ansat"), where the document names its
    citizen; None where it does not."""
    if not citizen or not vocab.goal_state_verbs:
        return None
    verbs = "|".join(sorted(map(re.escape, vocab.goal_state_verbs), key=len, reverse=True))
    names = "|".join(sorted(map(re.escape, citizen), key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs}) (?:{names})\b")


def _goal_statement(doc, folded_blocks, vocab, citizen: frozenset[str]) -> Optional[FieldStatus]:
    return _goal_state_sentence(doc, folded_blocks, vocab, citizen) or _goal_activity_line(doc, folded_blocks, vocab)


def _goal_activity_line(doc, folded_blocks, vocab) -> Optional[FieldStatus]:
    """A letter paragraph of one sentence that opens like a goal written as an activity
    ("Hjælpe dig med kontakten til kommunen.", "Støtte til at komme videre.") or is a short
    line of goal abstractions ("Øget trivsel og bedre selvværd."): the goal slot of the letter,
    however poorly phrased (unclear-goal then judges it)."""
    for index, block in enumerate(doc.blocks):
        folded = folded_blocks[index].strip()
        if not folded or block.kind != BlockKind.PARAGRAPH or len(sentence_spans(block.text)) != 1:
            continue
        if index and doc.blocks[index - 1].text.rstrip().endswith(":"):
            continue  # an item of a list introduced by "…:"
        if any("tasks" in item.fields for j in range(max(0, index - 2), index)
               for item in classify_block(doc.blocks[j], vocab)):
            continue  # a line of the task list after "Indsatsområder: …" (flattened PDF)
        vague_line = len(folded.split()) <= 12 and vocab.goal_vague_re.search(folded)
        # (the exclusions read the whole line: a label hidden as another field's is still there)
        if (vocab.goal_opener_re.match(folded) or vague_line) \
                and not vocab.not_an_activity_goal_re.search(fold(block.text)):
            return FieldStatus("goal", "present", value=block.text.strip(), evidence=block.text,
                               location=block.location)
    return None


def _goal_state_sentence(doc, folded_blocks, vocab, citizen: frozenset[str]) -> Optional[FieldStatus]:
    """A goal written as the state the citizen will reach, without the word "mål": "Inden 28.
    november 2025 er du ansat i løntilskud som pladsmand hos Genbrugspladsen". It must aim at a
    job or an education (the goal anchors of the pack) and have the citizen as its subject
    (domain.md § 6: a goal describes the state once reached): "du", "borgeren", a first name
    opening the sentence, or the name the document gives its citizen after the verb ("Inden
    15/9-2021 er Lasse ansat …": the verb before its subject after an adverbial)."""
    named = _citizen_state_re(citizen, vocab)
    for index, s, e in _block_sentences(doc, folded_blocks):
        sentence = folded_blocks[index][s:e]
        opener = sentence.split(maxsplit=1)[0] if sentence.split() else ""
        if opener in vocab.task_openers and doc.blocks[index].kind == BlockKind.LIST_ITEM:
            continue  # "tage bussen sammen med dig …, indtil du kan klare turen alene": a task
        if ((vocab.citizen_state_re.search(sentence) or _named_citizen_state(doc.blocks[index].text[s:e], vocab)
             or (named is not None and named.search(sentence)))
                and not vocab.not_a_goal_re.search(sentence) and not vocab.no_goal_re.search(sentence)
                and vocab.aims_at_work(sentence)
                and not _state_now(sentence, doc.blocks[index].text[s:e], vocab, named)):
            original = doc.blocks[index].text[s:e]
            return FieldStatus("goal", "present", value=original.strip(), evidence=original,
                               location=doc.blocks[index].location)
    return None


def _state_now(sentence: str, original: str, vocab: FieldVocabulary, named: Optional[re.Pattern[str]]) -> bool:
    """Whether a citizen's state sentence describes the citizen now ("Kasper er lærling som
    tømrer"): its only state verb is "er" or "har" (``cues.goal_stative_verbs``) and no time
    says by when it is to be reached (``cues.goal_time``, a date)."""
    if not vocab.goal_stative_verbs or vocab.goal_time_re.search(sentence) or find_dates(sentence):
        return False
    verbs = {m.group(0).split()[0] if m.group(0).split()[0] in vocab.goal_state_verbs else m.group(0).split()[-1]
             for pattern in (vocab.citizen_state_re, named) if pattern is not None
             for m in pattern.finditer(sentence)}
    if (m := _NAMED_STATE.match(original)) is not None:
        verbs.add(fold(m.group("verb")))
    verbs &= vocab.goal_state_verbs
    return bool(verbs) and verbs <= vocab.goal_stative_verbs


#: id(pattern list) -> (the list, its joined prefilter); the list is kept so the id stays valid.
_PREFILTERS: dict[int, tuple[list[re.Pattern[str]], Optional[re.Pattern[str]]]] = {}




def _bare_value(sentence: str, patterns: list[re.Pattern[str]]) -> bool:
    """Whether a sentence is nothing but the value ("1 t/uge." in a note's run of fragments):
    it says nothing else it could be about, such as the citizen's job."""
    # (a piece after a date's point is one: "16/2-26 – 15/8-26. 1 t/uge.")
    for piece in _PIECES.split(sentence):
        bare = piece.strip(" .,;:·\n")
        if any((m := pattern.search(bare)) is not None and len(bare) - len(m.group(0)) <= 2 for pattern in patterns):
            return True
    return False


_PIECES = re.compile(r"(?<=\.)\s+|\s+·\s+")


def _heading_says(doc: ExtractedDocument, folded_blocks: list[str], index: int, need: re.Pattern[str]) -> bool:
    """Whether the heading right above block ``index`` gives its sentences the context ``need``
    asks for ("Hvornår ses vi?" over "Hver tirsdag kl. 9-11 på biblioteket.")."""
    j = index - 1
    while j >= 0 and not folded_blocks[j].strip():
        j -= 1
    return j >= 0 and (doc.blocks[j].kind == BlockKind.HEADING or folded_blocks[j].rstrip().endswith("?")) \
        and need.search(folded_blocks[j]) is not None


def _first_match(key: str, doc: ExtractedDocument, folded_blocks: list[str], patterns: list[re.Pattern[str]],
                 vocab: FieldVocabulary, skip: Optional[re.Pattern[str]] = None,
                 need: Optional[re.Pattern[str]] = None,
                 vague: Optional[Callable[[str], bool]] = None) -> Optional[FieldStatus]:
    """The first sentence that states field ``key`` by one of ``patterns``. A sentence that
    ``vague`` calls vague ("Der følges op efter behov") is passed over for a later one that is
    not; if there is none, the field is empty (detail "vague") at the first vague one."""
    if not patterns:
        return None
    vague_found: Optional[FieldStatus] = None
    prefilter = _PREFILTERS.get(id(patterns))
    if prefilter is None or prefilter[0] is not patterns:
        if len(_PREFILTERS) > 256:  # packs compiled and dropped (the web form's custom packs)
            _PREFILTERS.clear()
        prefilter = _PREFILTERS[id(patterns)] = (patterns, any_of(patterns))
    any_re = prefilter[1]
    for index, s, e in _block_sentences(doc, folded_blocks):
        sentence = folded_blocks[index][s:e]
        if any_re is not None and not any_re.search(sentence):
            continue
        if skip is not None and skip.search(sentence):
            continue
        if sentence.rstrip().endswith("?"):
            continue  # a question states nothing: "Hvornår taler vi om, hvordan det går?"
        if need is not None and not need.search(sentence) and not _heading_says(doc, folded_blocks, index, need) \
                and not _bare_value(sentence, patterns):
            continue
        if lists_fields(sentence, vocab):
            continue
        for pattern in patterns:
            m = pattern.search(sentence)
            if m:
                original = doc.blocks[index].text
                if "value" in pattern.groupindex and m.group("value"):
                    end = m.end("value")
                    if sentence[end:end + 1] == "." and sentence[end + 1:].strip(" .\n"):
                        # a value cut at an abbreviation's point inside its sentence ("mentor hjælper
                        # hhv. med skema …"): the sentence's rest is the value's too
                        end = len(sentence.rstrip())
                    value = original[s + m.start("value"):s + end]
                else:
                    value = original[s:e]
                if key == "tasks" and validate(key, value, vocab, labelled=False)[0] == "empty":
                    items = _list_below(doc, index) if not original[e:].strip() else []
                    if len(items) >= 2:
                        # "The mentor will help you with" over a list: the list is the value
                        value = "\n".join(items)
                        return FieldStatus(key, "present", value=value, evidence=value,
                                           location=doc.blocks[index + 1].location)
                    break  # "Mentoren tager sig af følgende: og -.": the sentence's value is blank
                if vague is not None and vague(sentence):
                    if vague_found is None:
                        vague_found = FieldStatus(key, "empty", value=value.strip(), evidence=original[s:e],
                                                  location=doc.blocks[index].location, detail="vague")
                    break
                return FieldStatus(key, "present", value=value.strip(), evidence=original[s:e],
                                   location=doc.blocks[index].location)
    return vague_found




def _mentor_from_prose(doc, folded_blocks, vocab, patterns, need: Optional[str] = None) -> Optional[FieldStatus]:
    """The mentor in letter prose: a sentence naming the mentor ("Din mentor er Lars
    Østergaard") with contact data in it or in the next two sentences, unless those are about
    someone else (the caseworker). ``need`` ("name" or "contact") completes a labelled mentor
    field that has only the other part."""
    partial: Optional[FieldStatus] = None
    any_re = vocab.prose_any.get("mentor") if patterns is vocab.prose.get("mentor") else any_of(patterns)
    sentences = list(_block_sentences(doc, folded_blocks))
    for n, (index, s, e) in enumerate(sentences):
        sentence = folded_blocks[index][s:e]
        if not (any_re.search(sentence) if any_re is not None else any(p.search(sentence) for p in patterns)):
            continue
        original = doc.blocks[index].text[s:e]
        cells = doc.blocks[index].cells
        if _signature_line(doc.blocks[index].text, vocab) or (cells and is_header_row(list(cells), vocab)) or (
                len(cells) >= 3 and any(_PARTY_CELL.fullmatch(fold(cell).strip()) for cell in cells[1:])
                and not any(_TWO_NAMES.search(cell) for cell in cells)):
            # "Dato / borger | Dato / mentor": where the mentor signs, not the mentor; "Borger |
            # Mentor | For kommunen": the parties' column names; "Lave en ugeplan | Mentor |
            # Løbende": a task's row in a table of who does what names the party, no person (a
            # first cell "Mentor" is the row's label: "Mentor | Kontaktoplysninger | Navn …"; a row
            # with a person in it is the mentor activity's record: "Mentor | I gang | … | Anders Olsen")
            continue
        window = original
        for index2, s2, e2 in sentences[n + 1:n + 3]:
            if vocab.other_party_re.search(folded_blocks[index2][s2:e2]) or index2 > index + 1 \
                    or vocab.appeal_context_re.search(folded_blocks[index2][s2:e2]) \
                    or has_contact(window, vocab) or _labelled_for_another(doc.blocks[index2].text, vocab):
                break  # the mentor's sentences end where the contact data has been given (or an appeal's begins)
            window += " " + doc.blocks[index2].text[s2:e2]
        name = prose_names_mentor(original, vocab)
        # (in a list of people, "Kopi til: Fatima Bak (bisidder, fbak@…); Lars Mortensen
        # (stedfortrædende mentor, lmort@…)", only the items that name the mentor)
        part = original
        if ";" in original:
            part = "; ".join(item for item in original.split(";") if "mentor" in fold(item)) or original
        other = vocab.other_party_re.search(fold(part))
        # (the contact given after another party is named is that party's: "Hvis du ikke kan få fat
        # i din mentor, kan du ringe til Dorthe Krogh, som er stedfortræder, på 89 13 59 32")
        contact = has_contact(window, vocab) and not (other and not has_contact(part[:other.start()], vocab))
        location = doc.blocks[index].location
        if (name and contact) or (need == "name" and name) or (need == "contact" and contact):
            return FieldStatus("mentor", "present", value=window, evidence=window, location=location)
        if name and partial is None:
            partial = FieldStatus("mentor", "incomplete", value=original, evidence=original,
                                  location=location, detail="no-contact")
    return partial


#: a cell that names the mentor as a party ("Mentor", "Mentor og sagsbehandler"), no person
_PARTY_CELL = re.compile(r"(?:din |jeres )?mentor(?:en)?(?: og [\w ]{2,30})?")

_MAIL_LOCAL = re.compile(r"([^\W\d_]{2,})(?:[._-][^\W\d_]+)*@[\w-]+\.")
_TWO_NAMES = re.compile(r"\b([A-ZÆØÅ][a-zæøåéü]+) [A-ZÆØÅ][a-zæøåéü]+\b")


def name_by_mentor_address(doc: ExtractedDocument, vocab: FieldVocabulary, mentor: FieldStatus) -> Optional[FieldStatus]:
    """A mentor given only by a mail address ("E-mail til mentor | brian@silkeborg.dk"), named
    elsewhere by the first name the address opens with ("… | Brian Olsen, 91 26 34 69" in the
    plan's overview): the two are one mentor, named and reachable."""
    m = _MAIL_LOCAL.search(mentor.value or "")
    if m is None:
        return None
    given = fold(m.group(1))
    if given in vocab.not_names:
        return None
    for block in doc.blocks:
        for found in _TWO_NAMES.finditer(block.text):
            if fold(found.group(1)) == given and not vocab.other_party_re.search(fold(block.text)):
                address = vocab.email_re.search(mentor.value or "")
                value = f"{found.group(0)}, {address.group(0) if address else m.group(0)}"
                return FieldStatus("mentor", "present", value=value, evidence=value, location=mentor.location,
                                   sections=mentor.sections)
    return None


def contact_by_mentor_name(doc: ExtractedDocument, folded_blocks: list[str], vocab: FieldVocabulary,
                           mentor: FieldStatus) -> Optional[FieldStatus]:
    """A mentor named without contact data ("Deltagere: …, Mette Lund (mentor, Broen ApS), …"),
    completed by a sentence elsewhere that gives that person's phone or e-mail ("Camilla
    kontakter Mette på tlf. 75 17 07 76") and is about no other party (the caseworker)."""
    value = mentor.value or ""
    tagged = _TAGGED_MENTOR.search(value) or _NAMED_AFTER_MENTOR.search(value) or _NAMED_BEFORE_MENTOR.search(value) \
        or (_OPENING_NAME.match(value) if any(sec.fields == frozenset({"mentor"}) for sec in mentor.sections) else None)
    if tagged is None:
        return None
    given = fold(tagged.group(1))
    if given in vocab.not_names:
        return None
    name = re.compile(rf"(?<![\w@.]){re.escape(given)}(?![\w@])")
    # the same first name with another surname is another person ("Dennis Jørgensen" the mentor,
    # "Fra: Dennis Frandsen" the caseworker who sends the mail)
    full = re.match(r"\s*\S+\s+([A-ZÆØÅ][a-zæøåé]+)", value[tagged.start(1):])
    other = re.compile(rf"(?<![\w@.]){re.escape(tagged.group(1))}\s+(?!{re.escape(full.group(1))}\b)[A-ZÆØÅ][a-zæøåé]+") \
        if full is not None else None
    # (a mail address with the first name and another surname: "dennis.frandsen@faxe.dk" is not
    # Dennis Jørgensen's)
    other_address = re.compile(rf"(?<![\w.]){re.escape(given)}[._-](?!{re.escape(fold(full.group(1)))}\b)[\w.-]*@") \
        if full is not None else None
    for index, s, e in _block_sentences(doc, folded_blocks):
        sentence = folded_blocks[index][s:e]
        if name.search(sentence) and not vocab.other_party_re.search(sentence):
            original = doc.blocks[index].text[s:e]
            # (the name and the contact in one cell: "Nadia Juhl | Khaled Omar | Gitte Mørch, tlf.
            # …" signs for three people and gives the third one's phone)
            if any(name.search(fold(cell)) and has_contact(cell, vocab) for cell in original.split(" | ")) \
                    and value.strip() not in original and not (other is not None and other.search(original)) \
                    and not (other_address is not None and other_address.search(fold(original))):
                joined = f"{value.strip()} {original.strip()}"
                return FieldStatus("mentor", "present", value=joined, evidence=original,
                                   location=doc.blocks[index].location, sections=mentor.sections)
    return None


#: "Mentor og kontaktdata | Rasmus Larsen, Mentorhuset Vest": the full name a mentor's own label's
#: value opens with ("Rasmus træffes på tlf. …" in a footnote gives his contact)
_OPENING_NAME = re.compile(r"\s*([A-ZÆØÅ][a-zæøåé]+) [A-ZÆØÅ][a-zæøåé]+\b")
#: "Mette Lund (mentor, Broen Mentor ApS)": a name tagged with the mentor's role
_TAGGED_MENTOR = re.compile(r"(?<![\w@.])([A-ZÆØÅ][a-zæøåé]+)(?: [A-ZÆØÅ][a-zæøåé]+){0,2} ?\((?:din |jeres )?mentor\b")
#: "Din mentor er Mette Lund", "Mentor: Mette Lund": a full name right after the role
_NAMED_AFTER_MENTOR = re.compile(r"\b[Mm]entor(?:en)?(?: er| bliver| hedder|:) ([A-ZÆØÅ][a-zæøåé]+) [A-ZÆØÅ][a-zæøåé]+\b")
#: "Kim Lauridsen fra Mentorhuset, som bliver din mentor": a full name the role follows
_NAMED_BEFORE_MENTOR = re.compile(r"(?<![\w@.])([A-ZÆØÅ][a-zæøåé]+) [A-ZÆØÅ][a-zæøåé]+(?: (?:fra|hos) [^,.]{1,40})?,? "
                                  r"(?:som|der) (?:bliver|er) (?:din|jeres) (?:nye )?mentor\b")


def _signature_line(text: str, vocab: FieldVocabulary) -> bool:
    """A line of signature labels: "Dato / borger | Dato / mentor", "Underskrift borger og mentor"
    (a date or signature label beside the parties' names, underscores for the pen), or a line
    of blanks for the parties ("Borger: ____ Mentor: ____ Sagsbehandler: Line Hansen, tlf. …")."""
    if len(PEN_BLANK.findall(text)) >= 2:
        return True
    parts = [p for p in re.split(r"\s*[|/]\s*|\s+og\s+|\s+", text.strip().rstrip(":")) if p.strip(" _.:")]
    labels = 0
    for part in parts:
        word = fold(part.strip(" _.:"))
        if word in vocab.signing_parties:
            continue
        found = vocab.classify_label(word, max_leftover=0)
        if found is None or found[1] != "other":
            return False
        labels += 1
    return labels > 0


def _labelled_for_another(text: str, vocab: FieldVocabulary) -> bool:
    """A line under a label for someone else ("Borger: Dorthe Sørensen, 61 94 59 47"): its
    phone number is not the mentor's."""
    head, colon, _ = text.partition(":")
    if not colon or len(head) > 40:
        return False
    found = vocab.classify_label(head.strip())
    return found is not None and found[1] == "other"


def _appeal_from_prose(doc, folded_blocks, vocab, patterns) -> Optional[FieldStatus]:
    partial: Optional[FieldStatus] = None
    for index, folded in enumerate(folded_blocks):
        if not any(p.search(folded) for p in patterns) or vocab.appeal_other_subject_re.search(folded) \
                or (index and vocab.appeal_other_subject_re.search(folded_blocks[index - 1])
                    and (doc.blocks[index - 1].kind == BlockKind.HEADING or "mentor" not in folded)):
            # (guidance on another decision in the letter is not the mentor support's, also under
            # a heading that names it: "Klage over afgørelse om socialpædagogisk støtte efter § 85",
            # nor its next sentence: "Du kan klage over afgørelsen om befordringsgodtgørelse …" over
            # "Fastholder kommunen afgørelsen, sendes klagen til Ankestyrelsen.")
            continue
        # The paragraph before belongs to it when it is about the appeal too ("Er du uenig, så
        # kontakt os senest fire uger efter …" over "ring, skriv … sender vi din klage til …").
        first = index - 1 if index and vocab.appeal_context_re.search(folded_blocks[index - 1]) else index
        # (the next paragraphs, up to guidance on another decision: "Klagevejledning vedrørende
        # befordringsgodtgørelse" gives its own deadline, not the mentor support's)
        last = next((j for j in range(index + 1, min(index + 3, len(folded_blocks)))
                     if vocab.appeal_other_subject_re.search(folded_blocks[j])), index + 3)
        original = "\n".join(b.text for b in doc.blocks[first:last])
        body, deadline = appeal_parts(original, vocab)
        if body and deadline:
            return FieldStatus("appeal_guidance", "present", value=original, evidence=doc.blocks[index].text,
                               location=doc.blocks[index].location)
        if partial is None:
            partial = FieldStatus("appeal_guidance", "incomplete", value=original, evidence=doc.blocks[index].text,
                                  location=doc.blocks[index].location,
                                  detail="no-body" if deadline else ("no-deadline" if body else "no-body-no-deadline"))
    return partial




def dated_range(doc: ExtractedDocument, folded_blocks: list[str], vocab: FieldVocabulary,
                anywhere: bool = True) -> Optional[FieldStatus]:
    """The first support period with a dated start and end in ``folded_blocks``; first in a
    paragraph about the mentor (also one another field holds: "Du får mentorstøtte … i perioden
    19. jul. 2026 - 18. okt. 2026" under "Din mentor"), then in one that is not about another of
    the citizen's activities, then (``anywhere``) in any."""
    everything = [fold(block.text) for block in doc.blocks]
    passes: list[tuple[list[str], Callable[[str], bool]]] = [
        (everything, lambda folded: "mentor" in folded),
        (folded_blocks, lambda folded: not vocab.plan_activity_re.search(folded))]
    if anywhere:
        passes.append((folded_blocks, lambda folded: True))
    for texts, wanted in passes:
        for index, folded in enumerate(texts):
            if folded and vocab.digit_re.search(folded) and wanted(folded):  # a dated range has figures
                found = _period_in(doc, index, folded, vocab, _dated)
                if found is not None:
                    return found
    return None


def _dated(p: Period) -> bool:
    return p.is_range and p.start is not None and p.end is not None


def _period_in(doc: ExtractedDocument, index: int, folded: str, vocab: FieldVocabulary,
               accept: Callable[[Period], bool]) -> Optional[FieldStatus]:
    """The first support period in block ``index`` that ``accept`` takes, as the duration."""
    for p in support_periods(doc.blocks[index].text, vocab.periods, labelled=False, folded=folded):
        if accept(p):
            return FieldStatus("duration", "present", value=p.text, evidence=doc.blocks[index].text,
                               location=doc.blocks[index].location)
    return None


def _duration_from_prose(doc, folded_blocks, vocab) -> Optional[FieldStatus]:
    # a paragraph about another of the citizen's activities and not the mentor ("• Uddannelse:
    # EGU (FGU Sydsjælland), 16. jun. 2026–15. jun. 2028") gives that activity's period: read
    # only when no other paragraph gives one
    # (nor when a sentence about the mentor gives a period, though another field holds it:
    # "Du får mentorstøtte … i perioden 19. jul. 2026 - 18. okt. 2026" under "Din mentor")
    other = [bool(folded) and "mentor" not in folded and bool(vocab.plan_activity_re.search(folded))
             for folded in folded_blocks]
    found = _duration_in(doc, folded_blocks, vocab, skip=other)
    if found is not None or not any(other):
        return found
    everything = [fold(block.text) for block in doc.blocks]
    if _duration_in(doc, everything, vocab, skip=["mentor" not in folded for folded in everything]) is not None:
        return None
    return _duration_in(doc, folded_blocks, vocab, skip=[not o for o in other])


def _duration_in(doc, folded_blocks, vocab, skip: list[bool]) -> Optional[FieldStatus]:
    for index, folded in enumerate(folded_blocks):
        if not folded or skip[index]:
            continue
        found = _period_in(doc, index, folded, vocab, is_substantial)
        if found is not None:
            return found
        m = vocab.end_date_re.search(folded)
        if m and any(d.complete and d.start >= m.start() for d in find_dates(folded)) and \
                not re.search(r"klag", folded):
            return FieldStatus("duration", "present", value=doc.blocks[index].text,
                               evidence=doc.blocks[index].text, location=doc.blocks[index].location)
    return None
