"""Stage 4 of field finding, **content evidence**: does a value fit its field?

:func:`validate` judges one candidate value: a mentor needs a person's name *and* contact data
(not the caseworker's), a duration a period or a complete date, hours a figure ("1½ time",
"halvanden time", "24 mentortimer i perioden"), appeal guidance a body and a deadline in
sentences about the appeal. A value is ``present``, ``empty`` (blank or a placeholder, judged
by shape), ``incomplete``, ``vague`` or absent. The ``*_by_shape`` finders take a field from
content alone when no label names it: a value that is nothing but hours per week, a list whose
items open with task verbs, a name with contact data under a label about the mentor.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Optional

from mentordocs.lint.dates import find_dates
from mentordocs.lint.durations import (
    find_periods,
    is_substantial,
)
from mentordocs.lint.model import (
    BlockKind,
    ExtractedDocument,
    FieldStatus,
    Section,
)
from mentordocs.lint.text import fold, sentence_spans
from mentordocs.lint.vocabulary import NUMBERING, FieldVocabulary

_WORD_CHARS = re.compile(r"[A-Za-zÆØÅæøåé]")


# -- field validation ---------------------------------------------------------------------------

def _name_text(text: str, vocab: FieldVocabulary) -> str:
    """``text`` with what is no person's name blanked out (e-mail addresses, other parties' names,
    firms), and a scan's mark between two names read as the space it was ("Mikkel.Kaya;")."""
    without_contact = vocab.company_name_re.sub(" ", vocab.other_party_name_re.sub(" ", vocab.email_re.sub(" ", text)))
    return _OCR_NAME_JOIN.sub(" ", without_contact)


def person_name_words(text: str, vocab: FieldVocabulary) -> set[str]:
    """The words of the first full name of a person in ``text`` (folded; "Mentor er Yasmin
    Thomsen fra Broen Arbejdsmarkedsservice" gives {"yasmin", "thomsen"}), firms, e-mail
    addresses and label words left out."""
    without_contact = _name_text(text, vocab)
    for m in FULL_NAME.finditer(without_contact):
        named = [fold(w) for w in m.group(0).split() if fold(w) not in vocab.not_names]
        if len(named) >= 2:
            return set(named)
    return set()


#: what stands after a range's start when its end was left empty: a dash and nothing
_DANGLING_RANGE = re.compile(r"\s*(?:-|–|—|til)\s*[.…_]*\s*")


#: a value that names a kind of mentor: "Tilbudsmentor", "Ret- og pligtmentor", "udvidet mentor"
_MENTOR_TYPE = re.compile(r"(?:[\w-]+\s+(?:og\s+)?)?[\w-]*mentor(?:en)?")


def has_person_name(text: str, vocab: FieldVocabulary) -> bool:
    """A person's name in a mentor field: first and last name ("Lars Østergaard"). An
    organisation alone ("Udpeges af Jobværkstedet") does not name the mentor (BAB § 52, nr. 2)."""
    if vocab.not_appointed_re.search(fold(text)):
        return False
    if vocab.redacted_name_re.search(fold(text)):
        return True  # removed by the archive's export, not left out by the writer
    if _MENTOR_TYPE.fullmatch(fold(text).strip(" .:")):
        return False  # "Ret- og pligtmentor", "Uddannelsesmentor": a kind of mentor, no person
    # "Pia (Mentor Kompagniet ApS)": a first name with the firm in brackets after it
    for m in _NAME_BEFORE_FIRM.finditer(text):
        if fold(m.group(1)) not in vocab.not_names and vocab.company_name_re.search(m.group(2)):
            return True
    without_contact = _name_text(text, vocab)
    for m in FULL_NAME.finditer(without_contact):
        words = m.group(0).split()
        while words and vocab.organisation_re.search(fold(words[0])):
            words = words[1:]  # "Mentorteam Øst", "Jobcenter Vest": a team or a body by its place
        if len([w for w in words if fold(w) not in vocab.not_names]) >= 2:
            return True
    # A first name with the surname's initial, as quick notes write it: "Charlotte B., Jobhuset"
    for m in _INITIALLED_NAME.finditer(without_contact):
        if fold(m.group(1)) not in vocab.not_names:
            return True
    # Many agreements give the mentor's first name only: "Sara (Mentorhuset), tlf. …", "Sara
    # fra Mentorhuset". A lone capitalised word at the start of the value counts when it is not a
    # label word and does not look like an organisation.
    first = vocab.given_name_re.match(without_contact)
    # (not a firm's name over what kind of body it is: "Broen – socialøkonomisk virksomhed")
    if first and fold(first.group(1)) not in vocab.not_names \
            and not vocab.organisation_re.search(fold(first.group(1))) \
            and not vocab.body_described_re.match(fold(without_contact[first.end():])):
        return True
    return _lower_case_name(text, vocab) or _caps_slip_name(without_contact, vocab)


def _caps_slip_name(text: str, vocab: FieldVocabulary) -> bool:
    """A first and last name one of which the writer typed in capitals ("JESPER Lund,
    Ungeindsatsen, tlf …"): two words that are neither label words nor a body's name."""
    for m in _CAPS_SLIP_NAME.finditer(text):
        words = [fold(w) for w in m.groups() if w]
        if all(w not in vocab.not_names and vocab.lexicon.read_word(w) is None
               and not vocab.organisation_re.search(w) for w in words):
            return True
    return False


def _lower_case_name(text: str, vocab: FieldVocabulary) -> bool:
    """A name typed in lower case before the mentor's contact data ("zainab ahmadi / mobil
    42579306", "jesper lund, ungeindsatsen, 60 18 44 51"): two or three words at the value's
    start that are no word the pack knows, then a separator, in a value with contact data."""
    m = _LOWER_NAME.match(text)
    if m is None or not has_contact(text[m.end():], vocab):
        return False
    words = m.group(1).split()
    return all(w not in vocab.lexicon.filler and w not in vocab.not_a_subject and fold(w) not in vocab.not_names
               and vocab.lexicon.read_word(fold(w)) is None and not vocab.organisation_re.search(fold(w))
               and not vocab.is_placeholder(w) for w in words)




_OCR_NAME_JOIN = re.compile(r"(?<=[a-zæøå]{2})[.;](?=[A-ZÆØÅ][a-zæøå]{2})")
#: A mail address made of a person's first and last name: "ida.larsen@kubusmentor.dk"
_ADDRESS_NAME = re.compile(r"(?<![\w.])([^\W\d_]{2,})\.([^\W\d_]{2,})(?:\.[^\W\d_]{2,})?@[\w-]+\.")


def _named_by_address(text: str, vocab: FieldVocabulary) -> bool:
    """The mentor named only by a mail address of first and last name ("Mentor hos KUBUS
    Mentor" over "Tlf.: 42 49 10 88 ida.larsen@kubusmentor.dk"): the address names the person.
    Not a team's or a role's address ("mentor.team@…", "info.syd@…")."""
    return any(all(fold(part) not in vocab.not_names and not vocab.organisation_re.search(fold(part))
                   and vocab.lexicon.read_word(fold(part)) is None and fold(part) not in vocab.lexicon.filler
                   for part in m.groups()) for m in _ADDRESS_NAME.finditer(text))


def has_contact(text: str, vocab: FieldVocabulary) -> bool:
    if vocab.phone_re.search(text) or vocab.email_re.search(text) or vocab.phone_labelled_re.search(text) \
            or vocab.email_labelled_re.search(text):
        return True
    # An address wrapped in a narrow table cell: "tobias@mentorkorpset-i-fjordkoebi" + "ng.dk"
    if "@" in text:
        return bool(vocab.email_re.search(_WRAPPED_ADDRESS.sub(lambda m: "".join(g or "" for g in m.groups()), text)))
    return False


# (or after the dot: "signe.thomsen@mentorhuset." + "dk")
_WRAPPED_ADDRESS = re.compile(r"(@[\w.-]*[\w-])\s+([\w-]*(?:\.[\w-]+)*\.[a-z]{2,6})\b"
                              r"|(@[\w-]+(?:\.[\w-]+)*\.)\s+([a-z]{2,6})\b")


def validate(key: str, value: str, vocab: FieldVocabulary, *, labelled: bool,
              multi: bool = False) -> tuple[str, Optional[str]]:
    """(state, detail) for one candidate value of field ``key``."""
    # A pure function of its arguments; archives repeat the same values ("Se ovenfor", the
    # standard appeal paragraph, the team's phone number) in document after document.
    return vocab._validate_cache.get(
        (key, value, labelled, multi),
        lambda: _validate_uncached(key, value, vocab, labelled=labelled, multi=multi))


def _fewer_letters_than(text: str, n: int) -> bool:
    # Nearly every value has its letters up front: a slice keeps this cheap on long ones.
    if len(_WORD_CHARS.findall(text, 0, 64)) >= n:
        return False
    return len(_WORD_CHARS.findall(text)) < n


def _validate_uncached(key: str, value: str, vocab: FieldVocabulary, *, labelled: bool,
                       multi: bool) -> tuple[str, Optional[str]]:
    text = vocab.meaningful(value)
    folded = fold(text)
    if not text.strip():
        return "empty", None
    if key == "mentor":
        text = "\n".join(text.splitlines()[:5])  # the mentor's lines, not a letter that follows
        # "… Har du spørgsmål, så kontakt din sagsbehandler Signe Mortensen på tlf. …": contact
        # data in a sentence about another party is not the mentor's.
        # (the part of a sentence before another party is named stays the mentor's: "Bo Winther,
        # Værkstedet Ø, tlf 2145 9090 - skal støtte ift. kontakt til arbejdsgiver")
        own = " ".join(text[a:b][:m.start()] if (m := vocab.other_party_re.search(fold(text[a:b]))) else text[a:b]
                       for a, b in sentence_spans(text))
        name, contact = has_person_name(text, vocab), has_contact(own, vocab)
        if name and vocab.name_pending_re.search(folded):
            name = False  # "(navn oplyses senere) – Værkstedet Nord": the firm, not yet the mentor
        elif not name and contact:
            name = _named_by_address(own, vocab)
        if name and contact:
            return "present", None
        if not name and not contact:
            # ("Kompasset Mentorservice ApS": a firm is named, no person, no contact)
            return ("incomplete", "no-name") if vocab.company_name_re.search(text) else ("empty", None)
        return "incomplete", "no-contact" if name else "no-name"
    if key == "duration":
        periods = find_periods(text, vocab.periods, folded=folded)
        if any(p.excluded is None and is_substantial(p) for p in periods):
            return "present", None
        dated = folded
        if multi:
            # Under "Varighed og opfølgning" a lone date on an evaluation line is the follow-up's
            # date, not the agreement's duration ("Udfyldes senere / Midtvejsevaluering 11. dec").
            dated = "\n".join(line for line in folded.splitlines()
                               if not vocab.evaluation_line_re.search(line))
        dates = [d for d in find_dates(dated) if d.complete]
        # a period that only its context excludes ("hver 4. uge i 6 måneder") still states one
        in_context = any(p.excluded == "context" and is_substantial(p) for p in periods)
        if dates and all(vocab.period_start_re.search(dated[max(0, d.start - 16):d.start]) for d in dates) \
                and not in_context \
                and not any(ch.isdigit() for ch in dated[dates[-1].end:]) \
                and not _OPEN_END.search(dated[dates[-1].end:]) and not _SOME_LENGTH.search(dated):
            # "Fra 01.09.2025 til xx.xx.xxxx", "start 1. marts 2026": when it starts, not how
            # long (not "fra 1. oktober 2026 til d." whose end a page cut off)
            return "empty", "start-only"
        if len(dates) == 1 and not in_context and vocab.open_end_re.search(dated) and not _SOME_LENGTH.search(dated) \
                and not _ENDS_AT.search(dated[max(0, dates[0].start - 25):dates[0].start]):
            # "2026-01-05 open-ended", "Start: 5.1.2026, slut: ikke fastsat": when it starts, no end
            return "empty", "start-only"
        before = dated[:dates[0].start] if dates else ""
        if len(dates) == 1 and not in_context and _DANGLING_RANGE.fullmatch(dated[dates[0].end:]) \
                and not (vocab.period_start_re.sub("", before) if vocab.period_start_re.search(before) else before
                         ).strip(" :.-–—\t\n"):
            # (also after its start word: "fra 1/6-26 –")
            # "Periode: 03.05.2026 -", "01.04.2026 – ": a range whose end was never filled in
            return "empty", "start-only"
        if dates or in_context:
            return "present", None
        # "højst 6 måneder": the legal limit, not the agreed duration
        return "empty", "limit-only" if periods else "no-period"
    if key == "hours":
        lines = folded.splitlines()
        head = "\n".join(lines[:3])  # the hours, not the letter footer below them
        if vocab.hour_figure_re.search(head):
            if listed_options(head, vocab):
                # "1 time pr. uge 2 timer pr. uge 3 timer pr. uge … Efter behov": a form's options
                # with none marked (their boxes lost when the form was flattened): no figure chosen
                return "empty", "options"
            return "present", None
        if vocab.vague_hours_re.search(head):
            return "vague", None
        if labelled and vocab.states_in_prose("hours", head):
            return "present", None  # "Timer: Hver tirsdag og torsdag kl. 9-10.30": the hours by the clock
        first_raw = next((line for line in value.splitlines() if line.strip()), "")
        # "Timetal: XX" over the page footer "Jobcenter … · 46 11 00 00": the figure is not the hours
        if labelled and not multi and lines and _BARE_FIGURE.search(_no_hour_figures(lines[0], vocab)) \
                and not vocab.is_placeholder(first_raw):
            # "Timetal: 3" (not the dates under "Varighed og timetal", nor "Omfang" over
            # "Forløbet løber 1. maj 2024-31. oktober 2024.": a period's figures are no hours;
            # nor a price, "475 kr. pr. mentortime")
            return "present", None
        return "empty", "no-figure"
    if key == "appeal_guidance":
        if vocab.appeal_other_subject_re.search(folded):
            # "Klagevejledning vedrørende befordringsgodtgørelse": guidance on another decision
            # in the same letter tells the citizen nothing about the mentor support (FVL § 25)
            return "empty", "other-subject"
        body, deadline = appeal_parts(text, vocab)
        if body and deadline:
            return "present", None
        return "incomplete", "no-body" if deadline else ("no-deadline" if body else "no-body-no-deadline")
    if _fewer_letters_than(text, 5) and not (key == "follow_up" and find_dates(folded)):
        return "empty", None
    if key == "tasks" and _fewer_letters_than(_LEAD_IN_WORD.sub("", text), 5):
        return "empty", None  # "Mentoren tager sig af følgende: og -.": a template's lead-in over nothing
    if key == "follow_up" and multi and not any(p.search(folded) for p in vocab.prose.get("follow_up", [])) \
            and not vocab.follow_up_rhythm_re.search(folded):
        return "empty", None  # "Periode og opfølgning: 1.2.–31.10.2023" names no follow-up
    if key == "follow_up" and (vague_follow_up(folded, vocab) or _only_vague_follow_up(text, folded, vocab)):
        return "empty", "vague"
    if key == "follow_up" and vocab.activity_status_re.fullmatch(folded.strip(" .")):
        return "empty", None  # "Status: Signed": the record's state, no follow-up
    return "present", None


#: A value of this many hour figures or more, with at most this many other words, lists a
#: form's options ("1 time pr. uge 2 timer pr. uge 3 timer pr. uge Efter behov"), where a value
#: that steps the hours down says so ("5 timer de første 4 uger, derefter 2 timer").
_OPTION_FIGURES = 3
_OPTION_WORDS = 2


def listed_options(head: str, vocab: FieldVocabulary) -> bool:
    """Whether a value (folded) is only a row of hour figures, each a whole statement of the
    hours (the pack's hours prose), with at most a couple of words besides (its label)."""
    if len(vocab.hour_figure_re.findall(head)) < _OPTION_FIGURES:
        return False
    rest, stated = head, 0
    for pattern in vocab.prose.get("hours", []):
        rest, found = pattern.subn(" ", rest)
        stated += found
    return stated >= _OPTION_FIGURES and len(rest.split()) <= _OPTION_WORDS


def _only_vague_follow_up(text: str, folded: str, vocab: FieldVocabulary) -> bool:
    """Whether every sentence of a value that speaks of following up is vague: "Vi tager det,
    som det kommer." over the law's "… i højst 6 måneder …", whose figure says nothing about
    when the support is followed up; "1.5.2026 – 30.9.2026. Opfølgning sker løbende." under
    "Varighed og opfølgning", whose dates are the period's. (Sentences are told apart on the
    original text, whose capitals show where one starts; folding keeps the positions.)"""
    prose = vocab.prose.get("follow_up", [])
    spans = sentence_spans(text) if len(text) == len(folded) else sentence_spans(folded)
    about = [sentence for a, b in spans if (sentence := folded[a:b]).strip() and (
        vocab.follow_up_vague_re.search(sentence) or vocab.follow_up_rhythm_re.search(sentence)
        or vocab.follow_up_meeting_re.search(sentence) or any(p.search(sentence) for p in prose))]
    return bool(about) and all(vague_follow_up(sentence, vocab) for sentence in about)


#: Figures that count no hours: a reference to the law ("§ 167", "BAB § 52, nr. 5", "stk. 2")
#: and an interval's ordinal ("hver 8. uge")
_NOT_HOURS = re.compile(r"§+\s*\d+\s*[a-z]?\b|\b(?:nr|stk|pkt)\.?\s*\d+|\bhver \d{1,2}\.\s*\w+")


#: A figure under the hours' label with no unit, or one that counts time ("3", "op til 5", "3
#: pr. uge", "4/uge"), not a count of something else ("mindst 2 job om ugen": another activity's)
#: (a year is no figure of hours: "Maj 2026" in a column of months whose hours were left empty)
_BARE_FIGURE = re.compile(r"(?<!\d)\d{1,3}(?:[.,]\d+|[½¼¾])?(?:\s*$|\s*[^\w\s]|\s*(?:pr|per|om|i|ugentlig\w*|t|hver)\b"
                          r"|\s+(?:\w+\s+){0,2}tim\w*)")  # ("8 frikøbte timer pr. måned")


def _no_hour_figures(folded: str, vocab: FieldVocabulary) -> str:
    """The text without the figures that are no hours: dates, amounts, phone numbers, the law's
    paragraphs and intervals ("Timetal: Timetallet for mentorstøtten, jf. BAB § 52, nr. 5" states
    none; "Timetal: 3" does)."""
    return _NOT_HOURS.sub(" ", vocab.phone_re.sub(" ", vocab.amount_re.sub(" ", _without_dates(folded))))


def _without_dates(folded: str) -> str:
    """The text with its dates taken out (whole dates only: "1/2 time" is half an hour)."""
    for found in reversed(find_dates(folded)):
        if found.complete:
            folded = folded[:found.start] + " " + folded[found.end:]
    return folded


def vague_follow_up(folded: str, vocab: FieldVocabulary) -> bool:
    """A follow-up that says neither when nor how: "Der følges op efter behov", "Opfølgning sker
    løbende", with no rhythm, no date and no time (``cues.follow_up_vague``)."""
    return bool(vocab.follow_up_vague_re.search(folded)) and not vocab.follow_up_rhythm_re.search(folded) \
        and not find_dates(folded) and not TIME_WITH_FIGURE.search(folded)





# "Kiagen": an OCR layer whose "1" for "l" was repaired to "i" (analyze.repair_ocr)


#: A time stated with a figure: "efter 6 uger", "om 3 måneder" (a phone number states none).
TIME_WITH_FIGURE = re.compile(r"\b\d{1,2}\.?\s*(?:uge|uger|maned|maneder|dage|dag|weeks?|months?|days?)\b")


def appeal_parts(text: str, vocab: FieldVocabulary) -> tuple[bool, bool]:
    """Whether appeal text names a body and a deadline, looking only at sentences about the
    appeal: "Jobcenter Aalborg" in the signature below it is not where to complain."""
    body = deadline = False
    # A paragraph broken inside a sentence ("Klagen rettes til Sandholt" + "Kommune, … senest
    # fire uger …") is read as one.
    lines: list[str] = []
    for line in text.split("\n"):
        if lines and lines[-1].strip() and not lines[-1].rstrip().endswith((".", "!", "?", ":")):
            lines[-1] = lines[-1].rstrip() + " " + line.strip()
        else:
            lines.append(line)
    about = False
    for line in lines:
        line = _appeal_sentences(line, vocab)
        # A paragraph about the appeal counts as a whole ("Du har ret til at klage. … Ring til
        # Jobcenter Assens …"); a paragraph without an appeal word (the signature) does not,
        # unless it answers the next question of the appeal's own ("Kan du klage?" … "Hvornår?
        # Inden 4 uger …", "Hvor? Send din klage til …").
        sentence = fold(line)
        if vocab.appeal_context_re.search(sentence):
            about = True
        elif not (about and _QUESTION_LEAD.match(line)):
            about = False
            continue
        body = body or bool(vocab.appeal_body_re.search(sentence))
        deadline = deadline or bool(vocab.appeal_deadline_re.search(sentence))
    return body, deadline


#: A paragraph of more sentences than this is about more than the appeal (a journal note's
#: entry: "Møde på jobcentret med Nadia … Fristen for at klage er 4 uger …"): only its sentences
#: about the appeal, each with the one after it, are read for the appeal's body and deadline.
_APPEAL_PARAGRAPH_SENTENCES = 4


def _appeal_sentences(line: str, vocab: FieldVocabulary) -> str:
    spans = sentence_spans(line)
    if len(spans) <= _APPEAL_PARAGRAPH_SENTENCES:
        return line
    keep: set[int] = set()
    for n, (a, b) in enumerate(spans):
        if vocab.appeal_context_re.search(fold(line[a:b])):
            keep.update((n, n + 1))
    return " ".join(line[a:b] for n, (a, b) in enumerate(spans) if n in keep) or line


#: A paragraph that opens with a short question and answers it: "Hvornår? Inden 4 uger …"
_QUESTION_LEAD = re.compile(r"^\s*\w+(?: \w+){0,3}\?\s+\S")


def task_candidates(candidates: list[Section], vocab: FieldVocabulary) -> list[Section]:
    """The sections that may hold the mentor's tasks. Min Plan lists activities ("Aktivitet:
    Mentorstøtte (LAB § 167)", "Indsats: Virksomhedspraktik") beside the mentor's own "Mentoren
    hjælper dig med: …": a singular activity label over a short name names the activity, and
    where a label names the mentor's tasks, no other bare name counts either."""
    def words(sec: Section) -> int:
        return len(vocab.meaningful(sec.value).split())
    candidates = [s for s in candidates
                  if not (vocab.activity_name_label_re.fullmatch(fold(s.label).strip(" :")) and words(s) <= 5)]
    if any("mentor" in fold(s.label) for s in candidates):
        candidates = [s for s in candidates if "mentor" in fold(s.label) or words(s) > 4]
    return candidates


#: A figure with a unit of time that the period reader did not take ("i4 måneder fra d. 1. …").
#: a lead-in word that announces a list: what follows it is the value
_LEAD_IN_WORD = re.compile(r"^\W*(?:følgende|folgende|the following)\s*:?", re.IGNORECASE)
#: words before a date that make it the end ("… indtil videre, dog højst til 31.08.2026")
_ENDS_AT = re.compile(r"\b(?:til|until|to|end\w*|slut\w*|ophor\w*|udlob\w*)\b")
_SOME_LENGTH = re.compile(r"\d\s*(?:maned|mdr|uge|ar\b)")
#: A range left open at the end of a value: the end date went to the next line or page.
_OPEN_END = re.compile(r"(?:\btil|\bt\.\s?o\.\s?m\.?|[-–—])\s*(?:og med\s*)?(?:d\.|den)?\s*$")


def state_rank(state: str) -> int:
    return {"present": 4, "vague": 3, "incomplete": 2, "empty": 1, "absent": 0}[state]


# A value that is nothing but a weekly or monthly number of hours: "4 t/uge", "3 timer
# ugentligt", "op til 5 timer om ugen", "8 timer pr. måned".
#: A label before such a value that says whose hours they are: the citizen's job, school,
#: the office's opening hours.




def _amount(raw: str, vocab: FieldVocabulary) -> float:
    """"2", "2,5", "1½", "½", "halvanden" as a number."""
    raw = raw.replace(" ", "")
    if raw.endswith("½"):
        return (float(raw[:-1].replace(",", ".")) if raw[:-1] else 0.0) + 0.5
    if raw[0].isdigit():
        return float(raw.replace(",", "."))
    return float(vocab.periods.number_words.get(raw, 1))


def hours_by_shape(doc: ExtractedDocument, visible: list[str], vocab: FieldVocabulary,
                    sections: Iterable[Section] = ()) -> Optional[FieldStatus]:
    """The hours found by the shape of a value when no label or sentence names them: a table
    cell or the value after an unknown label ("Ugentlig ramme: 4 t/uge") that is nothing but a
    number of hours per week or month. The label must not point at the citizen's job or school
    hours, and the figure must be plausible for mentor support (at most 20 hours a week). A
    value under an unknown heading ("Tid", "Omfang af kontakten") counts the same way."""
    under_label = {index: sec.label for sec in sections if not sec.fields and sec.label
                   for index, _ in sec.parts}
    for index, block in enumerate(doc.blocks):
        if not visible[index] or not vocab.digit_re.search(visible[index]) and "tim" not in visible[index]:
            continue
        if block.kind == BlockKind.TABLE_ROW and len(block.cells) >= 2:
            pairs = [(" ".join(block.cells[:i]), cell) for i, cell in enumerate(block.cells)]
        else:
            head, sep, tail = block.text.partition(":")
            pairs = [(head, tail)] if sep and len(head.split()) <= 6 else []
            if not pairs and index in under_label:
                pairs = [(under_label[index], block.text)]
        for label, value in pairs:
            flat = " ".join(fold(value).split()).rstrip(" .")
            m = vocab.hours_value_re.match(flat)
            per_in_label = vocab.per_period_label_re.search(fold(label))
            if m is None and per_in_label:
                # "Hvor mange timer om ugen: 4 timer": the label says per week, the value how many
                m = vocab.hours_value_re.match(f"{flat} {per_in_label.group(0)}")
            if m is None or vocab.not_mentor_hours_re.search(fold(label)):
                continue
            amount = _amount(m.group("m") or m.group("n"), vocab) / (60 if m.group("minutes") else 1)
            per = m.group("per")
            weekly = amount if per.startswith("uge") else amount / 26 if per in ("perioden", "i alt") else amount / 4.33
            if 0 < weekly <= 20:
                return FieldStatus("hours", "present", value=value.strip(), evidence=block.text,
                                   location=block.location)
    return None


_GLUED_ITEMS = re.compile(r"(?<=[a-zæøå]) (?=[A-ZÆØÅ][a-zæøå]+ )")
_ITEM_SPLIT = re.compile(r"\s*(?:;|\n|(?:^|\s)\d{1,2}[.)]\s|•)\s*")
#: A list item's mark other than "•" at the start of a line: "+", "-", "*", "–", "o" (Word's
#: second level), "▪", "›" (also a scan's reading of a bullet as "+").
_ITEM_MARK = re.compile(r"^(?:[+*·›»▪■◦‣–—-]|o(?=\s))\s*")


def _opens_with(item: str, verbs: frozenset[str], not_names: frozenset[str]) -> bool:
    """Whether a list item opens with a task verb, after the mentor's first name if any
    ("Kasper ringer til dig om morgenen"; not a pronoun: "Jeg siger til, hvis …" in the citizen's
    own list of what she will do)."""
    words = item.split()
    first = fold(words[0]).strip(".,:")
    if first in verbs:
        return True
    return len(words) > 1 and words[0][:1].isupper() and first not in not_names \
        and fold(words[1]).strip(".,:") in verbs


def tasks_by_shape(sections: list[Section], vocab: FieldVocabulary) -> Optional[FieldStatus]:
    """The tasks under a label the pack does not know ("Trin i forløbet", "Plan"): a value whose
    items (lines, ";"-separated or numbered) mostly open with a task verb ("Hjælpe med …",
    "Følge med til …"). Items about the mentor's contact never do."""
    verbs = vocab.task_openers
    for sec in sections:
        if sec.fields or not sec.label or not sec.value.strip() or len(sentence_spans(sec.value)) > 8 \
                or vocab.other_activities_label_re.search(fold(sec.label)):
            continue  # a letter's body under its title is no task list; nor are other activities
        items = [_ITEM_MARK.sub("", NUMBERING.sub("", i.strip(), count=1), count=1)
                 for i in _ITEM_SPLIT.split(sec.value)]
        if len(items) < 2:  # cell paragraphs run together: "… sengetider Går med til …"
            items = _GLUED_ITEMS.split(sec.value)
        if len(items) < 2 and len(sentence_spans(sec.value.strip())) == 1:
            # one sentence of verbs: "Mikkel mødes med dig, planlægger ugen, træner …"
            items = [i for i in re.split(r",\s+|\s+og\s+", sec.value.strip().rstrip(".")) if i]
        items = [i for i in items if len(i.split()) >= 2]
        if len(items) < 2:
            continue
        head = vocab.classify_label(items[0].strip().rstrip(":"), max_leftover=0)
        if head is not None and head[1] == "field" and head[0] != frozenset({"tasks"}):
            continue  # "Bilag 2" over "Plan for opfølgning" and its text: another field's title
        opening = sum(1 for i in items if i.split() and _opens_with(i, verbs, vocab.not_names))
        if opening >= max(2, (len(items) + 1) // 2):
            return FieldStatus("tasks", "present", value=sec.value, evidence=sec.value, location=sec.location,
                               sections=[sec])
    return None


def mentor_by_shape(doc: ExtractedDocument, sections: list[Section], vocab: FieldVocabulary) -> Optional[FieldStatus]:
    """The mentor under a label the pack does not list but that is about the mentor by its
    compound ("Mentorvirksomhed og -person", "Tilknyttet mentorkoordinator"): a person's name
    with contact data. Only labels containing "mentor" qualify; a name with a phone number under
    any other label may be the caseworker."""
    candidates = list(sections)
    for index, block in enumerate(doc.blocks):  # table rows whose first cell is such a label
        if block.kind == BlockKind.TABLE_ROW and len(block.cells) >= 2 and "mentor" in fold(block.cells[0]):
            candidates.append(Section(frozenset(), block.cells[0], index, block.location,
                                      parts=[(index, " ".join(block.cells[1:]))]))
    for sec in candidates:
        if sec.fields or "mentor" not in fold(sec.label) or vocab.other_party_re.search(fold(sec.label)) \
                or vocab.other_party_re.search(fold(sec.value)):
            # (also "Niels Hussein (borger) Lars Nielsen (mentor)" over "Tobias Holm (sagsbehandler)":
            # the signatures' names, the caseworker's contact)
            continue
        found = vocab.classify_label(sec.label)
        if found is None or found[1] != "generic":
            continue  # a title ("Aftale om mentorstøtte") or a signature line, not a label
        if validate("mentor", sec.value, vocab, labelled=True)[0] == "present":
            return FieldStatus("mentor", "present", value=sec.value, evidence=sec.value, location=sec.location,
                               sections=[sec])
    return None


def mentor_by_contact_line(doc: ExtractedDocument, folded_blocks: list[str],
                           vocab: FieldVocabulary) -> Optional[FieldStatus]:
    """The mentor given as the mentor support's contact in a plan's activity: "Kontakt: Charlotte
    Christensen (Mentorhuset Fyn) – mobil 59 35 83 26", "Din faste kontakt: Rikke Olsen, …" under
    "Aktivitet: Mentorstøtte (LAB § 167)". A contact label names no field, so only a person's
    full name with contact data, a few lines below the line that names the mentor support as
    the activity, and about no other party (the caseworker) counts."""
    activity = None
    for index, block in enumerate(doc.blocks):
        folded = folded_blocks[index]  # (the field finder's, folded once per document)
        head, colon, tail = block.text.partition(":")
        if activity is not None and index - activity <= 6 and colon and len(head.split()) <= 4 \
                and "kontakt" in fold(head) and not vocab.other_party_re.search(folded) \
                and (vocab.classify_label(head.strip()) or (frozenset(), ""))[1] == "sub" \
                and prose_names_mentor(tail, vocab) and has_contact(tail, vocab):
            value = tail.strip()  # (a person: "Kontakt: Samsø Kommune, tlf. …" names none)
            return FieldStatus("mentor", "present", value=value, evidence=value, location=block.location)
        short = len(block.text.split()) <= 6 and not block.text.rstrip().endswith((".", "!", "?"))
        if short and vocab.mentor_activity_re.search(folded):
            activity = index  # "AKTIVITET: MENTORSTØTTE (LAB § 167)", "Indsats: mentor"
        elif len(block.text.split()) <= 8 and vocab.plan_activity_re.search(folded):
            activity = None  # "AMU-kursus: Truckcertifikat B": another activity, its own contact
    return None


def mentor_by_signature(doc: ExtractedDocument, folded_blocks: list[str],
                        vocab: FieldVocabulary) -> Optional[FieldStatus]:
    """The mentor who wrote the agreement and signs it: a full name after the closing ("Venlig
    hilsen", "Best / vh"), a role line that names the mentor ("Mentor, Jobcenter Fjordkøbing") or a
    letter written in the mentor's first person ("mine opgaver som mentor"), and contact data in
    the signature or in a first-person sentence ("You can always reach me on 92 95 20 69")."""
    folded = folded_blocks  # the field finder's, folded once per document
    closing = max((i for i, text in enumerate(folded) if vocab.closing_re.match(text.strip())), default=None)
    if closing is None and (inline := _inline_closing(doc, folded, vocab)) is not None:
        # an SMS or a note in one paragraph signed at its end: "… Mvh Kim / Kompetencecenter Vest"
        doc, folded = inline
        closing = len(doc.blocks) - 2
    if closing is None:
        # a letter signed without a closing: the mentor's full name over a role that names the
        # mentor among its last lines ("Ringsted 7/1 2024" / "Christina Nielsen" / "Mentor og coach, …")
        def signed(i: int) -> bool:
            first, _, role = doc.blocks[i].text.strip().partition("\n")
            role = fold(role) if role.strip() else (folded[i + 1] if i + 1 < len(folded) else "")
            return bool(FULL_NAME.fullmatch(first.strip()) and re.search(r"\b(?:[a-z]{3,})?mentor(?:en)?\b", role)
                        and not vocab.other_party_re.search(role))
        closing = next((i - 1 for i in range(max(1, len(doc.blocks) - 4), len(doc.blocks)) if signed(i)), None)
    if closing is None:
        return None
    # the signature follows the closing, in the blocks after it or in its own block's next lines
    # (a signature in brackets is a signature: "(Mette Brix, Broen Job & Uddannelse, 43 13 61 67)")
    lines = [(closing, line.strip().strip("()").strip()) for line in doc.blocks[closing].text.splitlines()[1:] if line.strip()]
    lines += [(i, line.strip().strip("()").strip()) for i in range(closing + 1, min(closing + 6, len(doc.blocks)))
              for line in doc.blocks[i].text.splitlines() if line.strip()]
    body = "\n".join(folded[:closing])
    first_person = vocab.first_person_mentor_re.search(body) is not None
    name = next(((i, line) for i, line in lines[:2] if FULL_NAME.fullmatch(line)), None)
    if name is None:
        # "Birgitte Aagaard, mentor" over "Ungeporten" and "Tlf. …": the name and its role on one line
        with_role = next(((i, line) for i, line in lines[:2]
                          if FULL_NAME.fullmatch(line.partition(",")[0].strip()) and line.partition(",")[2].strip()),
                         None)
        if with_role is not None:
            head, _, role_part = with_role[1].partition(",")
            name = (with_role[0], head.strip())
            lines = [(i, part) for i, line in lines
                     for part in ((name[1], role_part.strip()) if line == with_role[1] else (line,))]
    if name is None:
        # "Bo Vestergaard bo.vestergaard@mentorhuset.dk": the name and the contact on one line
        for i, line in lines[:2]:
            at = min((m.start() for m in (vocab.email_re.search(line), vocab.phone_re.search(line)) if m), default=0)
            if at and FULL_NAME.fullmatch(line[:at].strip(" ,·|-–")):
                name = (i, line[:at].strip(" ,·|-–"))
                lines = [(j, other[at:].strip() if other == line else other) for j, other in lines]
                break
    if name is None and first_person:
        # a mentor who introduces herself ("Jeg hedder Anne og er din mentor") signs "Anne"
        name = next(((i, line) for i, line in lines[:1] if _GIVEN_NAME.fullmatch(line)
                     and fold(line) not in vocab.not_names), None)
    if name is None:
        return None
    role = [line for _, line in lines if line != name[1] and not FULL_NAME.fullmatch(line)][:2]
    # (also the mentors' team or firm: "MENTORTEAMET, VEJLE KOMMUNE", "Mentorhuset Midt")
    # (not a coordinator of mentors: "Mentorkoordinator, Holbæk Kommune")
    mentor_role = any(_MENTOR_ROLE.search(fold(r)) and not vocab.other_party_re.search(fold(r)) for r in role)
    if not (mentor_role or (first_person and not any(vocab.other_party_re.search(fold(r)) for r in role))):
        return None  # (a caseworker who writes "Jeg vil hjælpe med …" signs as "Sagsbehandler")
    contact = [line for _, line in lines if has_contact(line, vocab)]
    if not contact:
        signer = re.compile(rf"\b{re.escape(name[1].split()[0])}\b")
        for index in range(closing):
            for s, e in sentence_spans(doc.blocks[index].text):
                sentence = doc.blocks[index].text[s:e]
                # (also the writer's own sentence as the mentor, "Jeg er din mentor (40 86 70 53).",
                # or one that names the signer: "Du kan ringe til Karim på 67 71 51 58.")
                folded_sentence = fold(sentence)
                if (vocab.first_person_contact_re.search(folded_sentence) or vocab.first_person_mentor_re.search(folded_sentence)
                        or (signer.search(sentence) and not vocab.other_party_re.search(folded_sentence))) \
                        and has_contact(sentence, vocab):
                    contact.append(sentence.strip())
                    break
            if contact:
                break
    if not contact:
        return None
    value = ", ".join(dict.fromkeys([name[1], *role[:1], *contact[:1]]))  # (the role's line may be the contact's)
    return FieldStatus("mentor", "present", value=value, evidence=value, location=doc.blocks[name[0]].location)


def _inline_closing(doc: ExtractedDocument, folded: list[str], vocab: FieldVocabulary
                    ) -> Optional[tuple[ExtractedDocument, list[str]]]:
    """A text in one paragraph that closes and signs in its last sentences ("… Mvh Kim /
    Kompetencecenter Vest"), as a document whose last blocks are that closing and the signature's
    parts; None where its last paragraph has no closing after a sentence's end."""
    last = max((i for i, text in enumerate(folded) if text.strip()), default=None)
    if last is None:
        return None
    text = doc.blocks[last].text
    for m in _SENTENCE_END.finditer(text):
        rest = text[m.end():]
        closing = vocab.closing_re.match(fold(rest))  # (folding keeps the text's length)
        if closing is not None:
            word = rest[:closing.end()]
            signature = "\n".join(part.strip() for part in _SIGNATURE_PARTS.split(rest[closing.end():]) if part.strip())
            if not signature:
                return None
            blocks = [*doc.blocks[:last], replace(doc.blocks[last], text=text[:m.start() + 1]),
                      replace(doc.blocks[last], text=word), replace(doc.blocks[last], text=signature)]
            return replace(doc, blocks=blocks), [*folded[:last], fold(text[:m.start() + 1]), fold(word), fold(signature)]
    return None


#: a sentence's end inside a paragraph, where a closing may follow ("… hver måned. Mvh Kim")
_SENTENCE_END = re.compile(r"[.!?)]\s+(?=[A-ZÆØÅ])")
#: the parts of a signature run into one line: "Kim / Kompetencecenter Vest", "Kim, Broen"
_SIGNATURE_PARTS = re.compile(r"\s+/\s+|\s*\n\s*|,\s+")


_MENTOR_ROLE = re.compile(r"\b(?:[a-z]{3,})?mentor(?:en)?\b|\bmentor(?:team|hus|korps|service|cent|firma|grupp)\w*"
                          r"|\b(?:coach|stotteperson)\b")
#: The lower-case letters of a name, also of names from other languages ("Ayşe", "Şükrü", "Iñaki").
NAME_LOWER = "a-zæøåéüöäçşğıñíóúàèìòùâêîôûëśłńżźćąęčšžřěůýőű"
#: … and their capitals, which may open a name ("Łukasz", "Šimon")
NAME_UPPER = "A-ZÆØÅÉÜÖÄÇŞĞİÑÍÓÚŁŚŻŹĆČŠŽŘ"
#: a name with one of its words typed in capitals ("JESPER Lund", "Jesper HANSEN": caps lock);
#: five letters or more, so that an acronym before a place ("FGU Gladsaxe") is no name
_CAPS_SLIP_NAME = re.compile(rf"(?<![\w@.])(?:([{NAME_UPPER}]{{5,}})\s+([{NAME_UPPER}][{NAME_LOWER}]+)"
                             rf"|([{NAME_UPPER}][{NAME_LOWER}]+)\s+([{NAME_UPPER}]{{5,}}))(?![\w@.])")
#: A blank to sign or fill in by hand: a run of underscores.
PEN_BLANK = re.compile(r"_{3,}")
_INITIALLED_NAME = re.compile(rf"(?<![\w@.])([{NAME_UPPER}][{NAME_LOWER}]+)\s+[A-ZÆØÅ]\.(?![\wÆØÅæøå])")
_GIVEN_NAME = re.compile(rf"[{NAME_UPPER}][{NAME_LOWER}]+(?:-[{NAME_UPPER}][{NAME_LOWER}]+)?")
FULL_NAME = re.compile(rf"(?<![\w@.])[{NAME_UPPER}][{NAME_LOWER}]+(?:-[{NAME_UPPER}][{NAME_LOWER}]+)?(?![\wÆØÅæøå/])"
                        rf"(?:\s+[{NAME_UPPER}][{NAME_LOWER}]+(?:-[{NAME_UPPER}][{NAME_LOWER}]+)?(?![\wÆØÅæøå/]))+")
_NAME_BEFORE_FIRM = re.compile(rf"(?<![\w@.])([{NAME_UPPER}][{NAME_LOWER}]+)\s*\(([^()]{{3,60}})\)")
_LOWER_NAME = re.compile(rf"\s*([{NAME_LOWER}]{{2,}}(?: [{NAME_LOWER}]{{2,}}){{1,2}})\s*(?:[,/(|–-]|\s(?=\+?\d))")
# The words between "mentor" and the name never cross a colon: in "Hvad mentoren hjælper med:
# Hjælpe med …" the capitalised word starts the value of a label, not a name.
_AFTER_MENTOR = re.compile(r"[Mm]entor(?:en)?\b[^\w.:]+(?:[a-zæøå]\w*[^\w.:]+){0,3}?([A-ZÆØÅ][a-zæøåéüö]+)")


def prose_names_mentor(sentence: str, vocab: FieldVocabulary) -> bool:
    """A person is named in a prose sentence about the mentor: a full name ("Lars Østergaard")
    or a capitalised name shortly after the word mentor ("din mentor bliver Lars")."""
    if vocab.not_appointed_re.search(fold(sentence)):
        return False  # "Mentoren udpeges af Mentorhuset ApS": nobody is named yet
    sentence = vocab.company_name_re.sub(" ", sentence)  # "Mentor, Job & Trivsel I/S" names a firm
    bodies: list[tuple[int, int]] = []  # a public body: "mellem borger, mentor og Vesterå Kommune"
    for m in FULL_NAME.finditer(sentence):
        words = m.group(0).split()
        body = vocab.authority_contact_re.search(fold(words[-1])) is not None
        if body:
            words = words[:-1]  # "… Ahmed Pedersen Kommune": the name before the body's word
        if len([w for w in words if fold(w) not in vocab.not_names]) >= 2:
            return True
        if body:
            bodies.append(m.span())
    for m in _AFTER_MENTOR.finditer(sentence):
        word = m.group(1)
        if word[:1].isupper() and fold(word) not in vocab.not_names \
                and not any(a <= m.start(1) < b for a, b in bodies):
            return True
    return False
