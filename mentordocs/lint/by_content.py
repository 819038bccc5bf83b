"""Stage 4b of field finding, **evidence by content**: sections under labels the pack does not know.

A municipality or a mentor firm names its fields in words no list holds ("Ressourceperson",
"Sådan hjælper Anders dig", "Hvor skal du hen?", "Milepæle"). Such a label is still a label: it
opens a section (stage 3) that names no field. This stage reads what the section *holds* and
gives it the one field its content fits, in order of how distinctive the evidence is:

1. **duration**: a short value that states a support period ("6 mdr. fra 2026-03-01");
2. **mentor**: a person's name with a phone number or e-mail, about no other party and not the
   municipality's own contact data (`contact.authority_contact`);
3. **follow-up**: a status, evaluation or meeting with a rhythm ("status hver måned");
4. **tasks**: a list or sentences whose items open with task verbs, or a person (the mentor, by
   first name) as the subject of a task verb ("Anders hjælper med …");
5. **goal**: the state the citizen will reach, aimed at a job or an education ("Fatima
   gennemfører første semester på EUC Syd"), or such an aim put as an activity ("Sikre at
   Fatima kommer tættere på arbejdsmarkedet": a goal, if an unclear one).

The hours have their own, stricter reading by shape (:func:`~mentordocs.lint.values.hours_by_shape`:
a plausible number of mentor hours, not a working week).

:func:`fields_by_content` returns, per field, the first such section. The verdict
(``lint/fields.py``) uses it only for a field that no label names at all, or a mentor whose label
holds only part of the contact: a label that names a field and holds a placeholder is not
overruled by content elsewhere.
"""

from __future__ import annotations

import re

from mentordocs.lint.candidates import lists_fields, speaks_of, stated_periods
from mentordocs.lint.dates import find_dates
from mentordocs.lint.model import Section
from mentordocs.lint.text import fold, sentence_spans
from mentordocs.lint.values import tasks_by_shape, validate
from mentordocs.lint.vocabulary import FieldVocabulary

#: A first name as the subject of the verb after it: "Anders hjælper med …", "Mette ringer …", also
#: as a form's goal box writes it, an infinitive clause: "At Ida fastholder sit fleksjob …".
_NAMED_SUBJECT = re.compile(r"(?:^|[.;:!?]\s+|\n)(?:[Aa]t\s+)?([A-ZÆØÅ][a-zæøå]+)\s+(\w+)")


def fields_by_content(sections: list[Section], vocab: FieldVocabulary) -> dict[str, Section]:
    """The first section under a label that names no field, per field its content fits.

    A section goes first to the field it fits best; the follow-up or the tasks, when no section
    fits them best, may still take a section that fits them second: "Henrik skriver en kort
    status til kommunen hver måned" is a task of the mentor's *and* the follow-up, and is the
    follow-up when the tasks have their own label."""
    found: dict[str, Section] = {}
    second: dict[str, Section] = {}
    citizen = citizen_names(sections, vocab)
    signed = False  # past the letter's closing ("Med venlig hilsen"): its writer's signature
    for sec in sections:
        signed = signed or bool(sec.label and vocab.closing_re.match(fold(sec.label).strip()))
        if signed and sec.fields and sec.heading:
            # a field's heading after the closing: a mail's attachment or a letter's Bilag has
            # begun ("Venlig hilsen, Tina" over the attached agreement's "Det arbejder vi hen imod")
            signed = False
        if sec.fields or not sec.label or not vocab.meaningful(sec.value).strip() or len(sec.value) > 600 \
                or vocab.salutation_re.match(fold(sec.value)):
            continue  # a letter's body under its title ("Kære Camilla …") is no field's value
        reading = vocab.classify_label(sec.label)
        if reading is not None and reading[1] != "generic":
            continue  # "Baggrund", "Underskrift": a label for something else
        fits = fits_of(sec, vocab, citizen)
        if signed:
            # "Uddannelsesvejleder" over "Direkte tlf. 40 92 57 21" under the closing is the
            # caseworker who signs; a mentor who signs is read from the signature as a whole
            fits = [key for key in fits if key != "mentor"]
        if fits and fits[0] not in found:
            found[fits[0]] = sec
        for key in fits[1:]:
            if key in _SECOND_FITS:
                second.setdefault(key, sec)
    for key, sec in second.items():
        found.setdefault(key, sec)
    return found


#: An address as an e-mail's header writes it: "<morten.poulsen@slagelse.dk>".
_MAIL_ADDRESS = re.compile(r"<[^<>@\s]+@[^<>\s]+>")

#: Fields a section may give as its second fit. A goal or a mentor is told by what a section is
#: mainly about; a meeting with a rhythm or a task is plain evidence wherever it stands.
_SECOND_FITS = frozenset({"follow_up", "tasks"})


def fits_of(sec: Section, vocab: FieldVocabulary, citizen: frozenset[str] = frozenset()) -> list[str]:
    """Every field a section's content fits, the most distinctive evidence first."""
    value = sec.value.strip()
    folded = " ".join(fold(value).split())
    label = fold(sec.label)
    fits: list[str] = []
    if len(folded) <= 80 and stated_periods(folded, vocab):
        fits.append("duration")
    other = any(pattern.search(text) for pattern in (vocab.other_party_re, vocab.authority_contact_re)
                for text in (label, folded))
    # "Fra: Morten Poulsen <morten.poulsen@slagelse.dk>": an e-mail's header names its sender
    # ("Truckcertifikat B, AMU Syd, 28-12-2026 – 27-01-2027, 37 timer pr. uge, Kontakt: …" is
    # another activity with its contact person: a mentor's details state no period or hours)
    if len(value) <= 200 and not other and not _MAIL_ADDRESS.search(value) \
            and not ("duration" in fits or vocab.hour_figure_re.search(folded)) \
            and validate("mentor", value, vocab, labelled=True)[0] == "present":
        fits.append("mentor")
    # (not a sentence that only lists what the document holds: "De vigtigste punkter står i
    # afsnittene om mål, opgaver og opfølgning")
    strong = vocab.follow_up_strong_re.search(folded) is not None and any(
        vocab.follow_up_strong_re.search(sentence) and not lists_fields(sentence, vocab)
        for sentence in (" ".join(fold(value[a:b]).split()) for a, b in sentence_spans(value)))
    if strong:
        fits.append("follow_up")
    if _tasks(sec, vocab, citizen):
        fits.append("tasks")
    if not strong and vocab.follow_up_meeting_re.search(folded) and (
            vocab.rhythm_re.search(folded) or _dated_meetings(value, vocab) >= 2):
        fits.append("follow_up")  # "Vi holder et trepartsmøde … hver 4. uge", "Vi holder møde 22. april …"
    if _citizens_aim(value, folded, vocab, citizen) or (
            (vocab.goal_opener_re.match(folded) or vocab.goal_infinitive_re.match(folded))
            and vocab.aims_at_work(folded) and not vocab.not_a_goal_re.search(folded)):
        fits.append("goal")  # a state the citizen reaches, or an aim put as an activity ("Sikre at …")
    return fits


def _dated_meetings(value: str, vocab: FieldVocabulary) -> int:
    """The sentences of a short section that set a meeting on a date: "Vi holder møde 22. april
    2026. Vi holder et sidste møde 30. juni 2026." sets when and how the support is followed up."""
    if len(value) > 400:
        return 0  # (a letter's paragraph that tells of the start-up meeting is no schedule)
    sentences = [fold(value[a:b]) for a, b in sentence_spans(value)]
    return sum(1 for sentence in sentences if vocab.follow_up_meeting_re.search(sentence) and find_dates(sentence))


def _citizens_aim(value: str, folded: str, vocab: FieldVocabulary, citizen: frozenset[str]) -> bool:
    """The citizen (as "du"/"borgeren" or by name) as the subject of a state aimed at a job or
    an education: "Fatima gennemfører første semester på EUC Syd"."""
    return vocab.aims_at_work(folded) and not vocab.not_a_goal_re.search(folded) \
        and (vocab.citizen_state_re.search(folded) is not None or _named_state(value, vocab, citizen))


def citizen_names(sections: list[Section], vocab: FieldVocabulary) -> frozenset[str]:
    """The citizen's names (folded) where the document gives them ("Borger: Line Thomsen"), so
    that "Line er i ordinært job …" is the citizen's state, and "Pia følges med til …" (the
    mentor) is not."""
    names: set[str] = set()
    for sec in sections:
        if sec.label and vocab.citizen_label_re.match(fold(sec.label).strip(" :")):
            names.update(fold(w) for w in _NAME_WORDS.findall(sec.value)[:3])
    return frozenset(names)


_NAME_WORDS = re.compile(r"\b[A-ZÆØÅ][a-zæøåéü]+\b")


def states_a_goal(value: str, vocab: FieldVocabulary, citizen: frozenset[str]) -> bool:
    """A value that is the state the citizen will reach, aimed at a job or an education, with
    the citizen as the subject ("Line er i ordinært job som chauffør … senest 1. juni 2026");
    an activity ("Støtte Line i …") or the mentor's doing ("Pia følges med til …") is not. Only
    where the document names its citizen."""
    folded = " ".join(fold(value).split())
    return bool(citizen) and not vocab.goal_opener_re.match(folded) and _citizens_aim(value, folded, vocab, citizen)


def _tasks(sec: Section, vocab: FieldVocabulary, citizen: frozenset[str] = frozenset()) -> bool:
    if tasks_by_shape([sec], vocab) is not None:
        return True
    sentences = [sec.value[a:b] for a, b in sentence_spans(sec.value)]
    if any(speaks_of("tasks", s, vocab) for s in sentences):
        return True
    # (not the citizen's doing: "Anna går til samtaler hos en psykolog" under "Helbred")
    return any(fold(name) not in vocab.not_names and fold(name) not in citizen and fold(verb) in vocab.task_openers
               for name, verb in _NAMED_SUBJECT.findall(sec.value))


def _named_state(value: str, vocab: FieldVocabulary, citizen: frozenset[str] = frozenset()) -> bool:
    """"Fatima gennemfører …": a first name as the subject of a goal's state verb; the
    citizen's, where the document names the citizen."""
    return any(fold(name) not in vocab.not_names and fold(verb) in vocab.goal_state_verbs
               and vocab.lexicon.read_word(fold(name)) is None and (not citizen or fold(name) in citizen)
               for name, verb in _NAMED_SUBJECT.findall(value))
