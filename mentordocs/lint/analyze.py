"""The linter's entry point: one extracted document + a rule pack -> (kind, findings).

>>> from mentordocs.lint.model import Block, ExtractedDocument
>>> doc = ExtractedDocument("a.txt", "txt", [Block("Aftale om mentorstøtte"), Block("Mål: -")])
>>> kind, findings = analyze(doc, load_pack())
>>> kind, findings[0].rule
('agreement', 'missing-goal')

Work per document is linear in its length: the pack is compiled once (regexes, vocabularies)
and cached by its hash; each block is folded once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Collection, Iterator, Optional

from mentordocs.domain import periods as P
from mentordocs.domain.cpr import mask_cpr
from mentordocs.domain.goals import GoalVocabulary
from mentordocs.domain.text import ASCII_SPELLING, INVISIBLE, OCR_MISREADINGS, drop_invisible
from mentordocs.lint.checks import KINDS
from mentordocs.lint.dates import MONTH_RE
from mentordocs.lint.durations import PeriodVocabulary
from mentordocs.lint.fields import assess_fields
from mentordocs.lint.kinds import KindVocabulary, activity_statuses, detect_kind
from mentordocs.lint.model import (
    Block,
    BlockKind,
    ExtractedDocument,
    FieldStatus,
    Finding,
    Section,
)
from mentordocs.lint.rules import RulePack, load_pack
from mentordocs.lint.candidates import (colonless_labels, current_period_column, dashed_labels, glued_labels, party_columns, text_columns,
                                       without_earlier_columns)
from mentordocs.lint.sections import (find_sections, history_blocks, without_any_activity, without_other_activities,
                                      without_quoted_text)
from mentordocs.lint.slips import FigureSlips, with_figure_words_mended
from mentordocs.lint.text import fold, shorten
from mentordocs.lint.vocabulary import FieldVocabulary
from mentordocs.memo import Memo

__all__ = ["analyze", "analyze_explained", "load_pack", "compile_pack", "Analysis", "analyze_fields"]


@dataclass
class CompiledPack:
    """Everything a pack needs at lint time, built once per pack hash."""

    pack: RulePack
    fields: FieldVocabulary
    periods: PeriodVocabulary
    kinds: KindVocabulary
    goals: GoalVocabulary
    policy: P.PeriodPolicy
    evidence_chars: int
    #: how many of an agreement's own fields make a decision letter carry the agreement
    agreement_in_decision: int = 4
    #: a check-box mark (group 1) and whether a mark means chosen
    checkbox_re: Optional[re.Pattern[str]] = None
    chosen: frozenset[str] = frozenset()
    #: the pack's words with æ, ø or å, by their spelling without them ("opfoelgning" -> "opfølgning")
    digraph_words: dict[str, str] = field(default_factory=dict)
    #: the same words by the spellings OCR misreads them as ("mentorstette" -> "mentorstøtte")
    ocr_words: dict[str, str] = field(default_factory=dict)
    #: the pack's longer words by the slips a hurried typist makes ("mentro", "opfølgining")
    typo_words: dict[str, str] = field(default_factory=dict)
    #: the misspellings of units, months and number words, mended where a figure places them
    figure_slips: Optional[FigureSlips] = None


#: compiled packs by the pack's SHA-256
_COMPILED: Memo[CompiledPack] = Memo(16)


def compile_pack(pack: RulePack) -> CompiledPack:
    """Compile (and cache) a pack's regexes and vocabularies."""
    return _COMPILED.get(pack.sha256, lambda: _compile_pack(pack))


def _compile_pack(pack: RulePack) -> CompiledPack:
    data = pack.data
    settings = data.get("settings") or {}
    durations = data.get("durations") or {}
    kwargs: dict[str, Any] = {}
    for key in ("number_words", "exclude_before", "exclude_after", "exclude_sentence", "exclude_clause", "discharge",
                "support_context", "background_context", "support_ends"):
        if durations.get(key) is not None:
            kwargs[key] = durations[key]
    periods = PeriodVocabulary.build(**kwargs)
    policy = P.DEFAULT_POLICY.with_settings(settings)
    words = _all_words(data)
    return CompiledPack(
        pack=pack, fields=FieldVocabulary(data, periods), periods=periods,
        kinds=KindVocabulary.build(data),
        goals=GoalVocabulary.from_pack_data(data),
        policy=policy, evidence_chars=int(settings.get("evidence_chars", 160)),
        agreement_in_decision=int(settings.get("min_fields_for_agreement_in_decision", 4)),
        digraph_words=_digraph_words(data),
        ocr_words=_ocr_words(words),
        typo_words=_typo_words(data),
        figure_slips=FigureSlips.build(durations.get("units") or (), periods.number_words, words),
        **_checkbox_marks(data.get("checkboxes") or {}))


_DANISH_WORD = re.compile(r"[a-zæøå]*[æøå][a-zæøå]*")


def _pack_strings(data: Any) -> Iterator[str]:
    """Every string in a pack's data, however deep in its mappings and lists."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for item in data.values():
            yield from _pack_strings(item)
    elif isinstance(data, list):
        for item in data:
            yield from _pack_strings(item)


def _digraph_words(data: Any) -> dict[str, str]:
    """Every word with æ, ø or å in the pack's labels and phrases, by the spelling a keyboard
    without them gives it: "opfoelgning" -> "opfølgning", "maal" -> "mål"."""
    found: dict[str, str] = {}
    for text in _pack_strings(data):
        for word in _DANISH_WORD.findall(text.lower()):
            found.setdefault(word.translate(ASCII_SPELLING), word)
    return found


def _all_words(data: Any) -> frozenset[str]:
    """Every word of the pack's labels and phrases, lower case."""
    return frozenset(word for text in _pack_strings(data) for word in _ANY_WORD.findall(text.lower()))


def _ocr_words(known: frozenset[str]) -> dict[str, str]:
    """Each word with æ, ø or å by every spelling OCR's misreadings of those letters give it
    (``domain.text.OCR_MISREADINGS``): "mentorstette" -> "mentorstøtte", "mdl" -> "mål". A
    spelling that is itself a word of the pack, or that two words share, is left out."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    for word in known:
        if len(word) < 2 or not any(misread in word for misread in OCR_MISREADINGS):
            continue
        spellings = {""}
        at = 0
        while at < len(word):
            unit = word[at:at + 2] if word[at:at + 2] in OCR_MISREADINGS else word[at]
            at += len(unit)
            options = (unit, *OCR_MISREADINGS.get(unit, ()))
            spellings = {s + o for s in spellings for o in options}
            if len(spellings) > 400:
                break
        else:
            for spelling in spellings - {word}:
                if spelling in known:
                    continue
                if found.get(spelling, word) != word:
                    shared.add(spelling)
                found[spelling] = word
    for spelling in shared:
        del found[spelling]
    return found


#: Words shorter than this are not mended: one slip in a short word makes another word ("tier").
_TYPO_MIN_LENGTH = 6
#: … and a letter left out only of words this long: "lærling" less a letter is "læring".
_TYPO_DELETION_LENGTH = 8
#: Two swapped letters at a word's end that make one of Danish's endings make another word
#: ("handle" / "handel", "voksen" / "voksne", "jobcenter" / "jobcentre"), not a slip.
_ENDINGS = ("el", "le", "en", "ne", "er", "re", "et", "te")
#: Regex syntax in the pack's strings ("\bborgerservice", "\w*"), which no word is made of.
_REGEX_ESCAPE = re.compile(r"\\[a-zA-Z]")


def _typo_words(data: Any) -> dict[str, str]:
    """Each longer word of the pack by the spellings one slip of a typist gives it: two letters
    swapped ("mentro", "opgvaer"), one left out of a long word before its last two letters
    ("varihed") or one doubled ("sammmen"), also as folded ("mentrostotte" for "mentorstøtte").
    A spelling that is itself a word of the pack, that two words share, or that swaps a
    word's ending into another ending is left out."""
    known = frozenset(word for text in _pack_strings(data)
                      for word in _ANY_WORD.findall(_REGEX_ESCAPE.sub(" ", text).lower()))
    found: dict[str, str] = {}
    shared: set[str] = set()
    folded_known = {fold(word) for word in known}
    for word in known:
        if len(word) < _TYPO_MIN_LENGTH or not word.isalpha():
            continue
        for base in {word, fold(word)}:
            spellings = {base[:i] + base[i + 1] + base[i] + base[i + 2:] for i in range(len(base) - 1)}
            spellings = {sp for sp in spellings if not (sp[-2:] in _ENDINGS and sp[:-2] == base[:-2])}
            if len(base) >= _TYPO_DELETION_LENGTH:
                spellings |= {base[:i] + base[i + 1:] for i in range(1, len(base) - 2)}
            spellings |= {base[:i] + base[i] + base[i:] for i in range(1, len(base))}
            for spelling in spellings - {base}:
                if spelling in known or spelling in folded_known:
                    continue
                # (the pack writes some words folded already: "mentorstotte" beside "mentorstøtte")
                if fold(found.get(spelling, word)) != fold(word):
                    shared.add(spelling)
                if spelling not in found or not word.isascii():
                    found[spelling] = word
    for spelling in shared:
        del found[spelling]
    return found


def _words_of(doc: ExtractedDocument) -> frozenset[str]:
    """The document's words in lower case (the typing slips and OCR's misreadings are looked up
    in them once each)."""
    return frozenset(_ANY_WORD.findall(doc.text.lower()))


def with_typos_mended(doc: ExtractedDocument, words: dict[str, str],
                      present: Optional[frozenset[str]] = None) -> ExtractedDocument:
    """A text typed in haste with the pack's words mended where one slip made them no word of
    the pack ("din mentro er Peter Bak", "Opfølgining: …"); only whole words, and only a document
    that has such a word (``present``: the document's words, where the caller has them)."""
    if not words or not (words.keys() & (present if present is not None else _words_of(doc))):
        return doc
    return _respelt(doc, words, _LONE_WORD)


#: a word that stands alone, not a part of an address ("suk@kommune-mentro.dk", "www.mentro.dk")
_LONE_WORD = re.compile(r"(?<![\w@./-])[^\W\d_]+(?![\w@/-]|\.[^\W\d_])")


def with_ocr_letters(doc: ExtractedDocument, words: dict[str, str]) -> ExtractedDocument:
    """A scan's text layer with the pack's words whose æ, ø or å OCR misread restored ("dit mdl
    er at fé et job", "mentorstette", "opfelgning"). Only a document with at least two such
    words that plain folding cannot match is changed, and only whole words the pack knows."""
    if not misread_by_ocr(doc, words):
        return doc
    return _respelt(doc, words, _ANY_WORD)


def _respelt(doc: ExtractedDocument, words: dict[str, str], pattern: re.Pattern[str],
             only_where: Optional[re.Pattern[str]] = None) -> ExtractedDocument:
    """``doc`` with each whole word (``pattern``) that ``words`` knows spelt as it says, in the
    word's own case ("Mdlet" -> "Målet", "OPFOELGNING" -> "OPFØLGNING"); a text without
    ``only_where`` is left as it is."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        proper = words.get(word.lower())
        if proper is None:
            return word
        if word.isupper() and len(word) > 1:
            return proper.upper()
        return proper[:1].upper() + proper[1:] if word[:1].isupper() else proper

    def spell(value: str) -> str:
        return pattern.sub(fix, value) if only_where is None or only_where.search(value) else value

    blocks = [replace(b, text=spell(b.text), cells=tuple(spell(c) for c in b.cells)) for b in doc.blocks]
    return replace(doc, blocks=blocks)


def misread_by_ocr(doc: ExtractedDocument, words: dict[str, str],
                   present: Optional[frozenset[str]] = None) -> bool:
    """Whether ``doc`` has at least two different words of the pack that OCR misread in a way
    plain folding does not undo ("mdl", "mentorstette"; not "maal" or "mentorstotte");
    ``present``: the document's words, where the caller has them."""
    if not words:
        return False
    seen = words.keys() & (present if present is not None else _words_of(doc))
    return len({w for w in seen if fold(w) != fold(words[w])}) >= 2


_ANY_WORD = re.compile(r"[^\W\d_]+")


def with_danish_letters(doc: ExtractedDocument, words: dict[str, str]) -> ExtractedDocument:
    """A document typed without æ, ø and å ("Opfoelgning", "Maal", "klagevejledning til
    kommunen inden fire uger fra du modtog afgoerelsen") with the pack's words spelt with them, so
    that every stage reads them. Only a document with none of the three letters, and only whole
    words the pack knows, are changed."""
    text = doc.text
    if not words or any(ch in text for ch in "æøåÆØÅ") or not _ASCII_DIGRAPH.search(text):
        return doc
    return _respelt(doc, words, _ASCII_WORD, only_where=_ASCII_DIGRAPH)


_ASCII_DIGRAPH = re.compile(r"(?i)ae|oe|aa")
_ASCII_WORD = re.compile(r"[A-Za-z]+")


def clear_caches() -> None:
    """Forget everything the analysis remembers between documents (compiled packs, folded
    text, classified blocks, periods), so a benchmark can measure a cold start."""
    from mentordocs.lint import durations
    from mentordocs.lint.text import fold, sentence_spans

    _COMPILED.clear()
    durations.default_vocabulary.cache_clear()
    fold.cache_clear()
    sentence_spans.cache_clear()


@dataclass
class Analysis:
    """Intermediate results, kept for rules and for debugging (``analyze_fields``)."""

    doc: ExtractedDocument
    compiled: CompiledPack
    folded: list[str]
    sections: list[Section]
    fields: dict[str, FieldStatus]
    kind: str
    lang: str
    #: a decision letter with a section or a Bilag headed as the agreement ("Din aftale om
    #: mentorforløbet", "Bilag 1: Aftale om mentorstøtte"): checked as an agreement too
    agreement_section: bool = False
    #: the fields the document must contain, once worked out (``checks._common.required_fields``)
    required: Optional[frozenset[str]] = None
    #: the blocks of the citizen's history ("Tidligere forløb"), read by the field finder and the
    #: duration rule alike (:func:`.sections.history_blocks`)
    past: frozenset[int] = frozenset()
    #: the blocks about help other than the support, once worked out (``checks._common``)
    other_help: Optional[frozenset[int]] = None


def analyze_fields(doc: ExtractedDocument, pack: RulePack) -> Analysis:
    """Find sections, field statuses and the kind of ``doc`` without applying rules."""
    compiled = compile_pack(pack)
    doc = without_translation(without_image_descriptions(without_invisible(doc), compiled.fields), compiled.fields)
    doc = with_danish_letters(with_written_punctuation(doc, compiled.fields), compiled.digraph_words)
    words = _words_of(doc)
    mended = with_figure_words_mended(with_typos_mended(doc, compiled.typo_words, words), compiled.figure_slips, words)
    if mended is not doc:
        doc, words = mended, _words_of(mended)
    misread = misread_by_ocr(doc, compiled.ocr_words, words)
    # (with_ocr_letters asks again after the repair, which may have mended some of the words)
    doc = with_ocr_letters(repair_ocr(doc, misread), compiled.ocr_words) if misread else repair_ocr(doc)
    doc = _resolve_checkboxes(_join_broken_ranges(doc), compiled.checkbox_re,
                              compiled.chosen)
    columns = text_columns(doc, compiled.fields)
    kept = without_other_activities(columns, compiled.fields)
    # (the plan's other activities, each with its status, before their cards are dropped)
    statuses = activity_statuses([fold(b.text) for b in columns.blocks], compiled.kinds) if kept is not columns else 0
    whole = colonless_labels(glued_labels(dashed_labels(party_columns(current_period_column(without_earlier_columns(kept), compiled.fields),
                                                        compiled.fields),
                                          compiled.fields), compiled.fields), compiled.fields)
    # The fields are read without the law, standard or guidance the document quotes; what kind
    # of document it is, from all of it (a memo that quotes the law is a memo).
    doc = without_quoted_text(whole, compiled.fields)
    folded = [fold(b.text) for b in doc.blocks]
    sections = find_sections(doc, compiled.fields)
    past = history_blocks(doc.blocks, compiled.fields)
    fields = assess_fields(doc, sections, compiled.fields, past=past)
    headings = [b.kind == BlockKind.HEADING for b in doc.blocks]
    items = [b.kind == BlockKind.LIST_ITEM for b in doc.blocks]
    if whole is doc:
        kind = detect_kind(folded, fields, compiled.kinds, headings, doc.format, compiled.periods, items,
                           activities=statuses)
    else:
        kind = detect_kind([fold(b.text) for b in whole.blocks], fields, compiled.kinds,
                           [b.kind == BlockKind.HEADING for b in whole.blocks], whole.format, compiled.periods,
                           [b.kind == BlockKind.LIST_ITEM for b in whole.blocks], activities=statuses)
    if kind == "minplan" and (alone := without_any_activity(doc, compiled.fields)) is not None:
        # A plan print that lists activities, none of them the mentor support: what its fields
        # hold is the other activities'; without them, is it still a Min Plan entry?
        alone_sections = find_sections(alone, compiled.fields)
        alone_fields = assess_fields(alone, alone_sections, compiled.fields)
        alone_folded = [fold(b.text) for b in alone.blocks]
        if detect_kind(alone_folded, alone_fields, compiled.kinds,
                       [b.kind == BlockKind.HEADING for b in alone.blocks], alone.format, compiled.periods,
                       [b.kind == BlockKind.LIST_ITEM for b in alone.blocks]) == "unknown":
            kind = "unknown"
    # (not an item of the letter's list of enclosures: "Bilag:" over "• Aftale om mentorstøtte")
    section = kind == "decision" and any(
        (headings[i] or (len(text.split()) <= 10 and not items[i])) and compiled.kinds.agreement_section.search(text)
        for i, text in enumerate(folded) if i)
    return Analysis(doc, compiled, folded, sections, fields, kind, "da", agreement_section=section, past=past)


# A range cut by a line break: "… i perioden f.o.m. 1.1.26 t.o.m." + "31.8.26." (PDF text).
_OPEN_RANGE_END = re.compile(r"\d[.\-/ ]\s*(?:\d{2,4}\s*)?(?:t\.\s?o\.\s?m\.?|til og med|til|[-–—])\s*$",
                             re.IGNORECASE)
_DATE_START = re.compile(r"^\s*(?:den\s+|d\.\s*)?\d{1,4}[./\-]")
# "Støtteperiode: f.o.m. 1. januar" + "2026 t.o.m. 31. marts 2026": a date cut before its year
_OPEN_DATE_END = re.compile(r"\b\d{1,2}\.?\s*" + MONTH_RE + r"\s*$", re.IGNORECASE)
_YEAR_START = re.compile(r"^\s*(?:19|20)\d{2}\b")
# "… (frivilligcenter), Tlf." + "34491235": a contact label whose number went to the next line.
_OPEN_CONTACT_END = re.compile(r"(?:\btlf|\btelefon|\bmobil|\btel|\bmail|\be-mail)\.?:?\s*$", re.IGNORECASE)
_CONTACT_START = re.compile(r"^\s*(?:\+45\s?)?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b|^\s*[\w.+-]+@[\w-]+\.\w")


# OCR text layers (seed 004): "t1l", "akt1v", "K1agen" (1 for i or l), "besk@ft1gelse" (@ for æ), "forlaengelse"
# (ae for æ). Only a document that shows such damage is repaired, and only inside words that are
# no e-mail address or web address.
# Each opens on its literal ("1", "@") with the look-behind after it, so the engine jumps from one
# occurrence to the next instead of trying a look-behind at every position.
_OCR_ONE = re.compile(r"1(?<=[A-Za-zæøåÆØÅ]1)(?=[a-zæøå])|1(?<=\s1)(?=[a-zæøå]{2,})")
_OCR_ZERO = re.compile(r"0(?<=[A-Za-zæøåÆØÅ]0)(?=1?[a-zæøå])")  # "N0rgaard", "Opf01gning": 0 for ø
_OCR_ZERO_START = re.compile(r"(?<![\w.,/-])0(?=[a-zæøå]{3,})")  # "0pgaver", "0pfølgning": 0 for O
_OCR_ONE_END = re.compile(r"1(?<=[a-zæøå]1)(?![\w@])")  # "ska1", "Ma1:": 1 for l at a word's end
_OCR_ONES = re.compile(r"11(?<=[A-Za-zæøåÆØÅ]11)(?=[a-zæøå])")  # "Cam11la"
_OCR_AT = re.compile(r"@(?<=[a-zæøå]@)(?=[a-zæøå]+(?![\w.-]*\.[a-z]{2,}))")
_OCR_AE = re.compile(r"(?<=[a-zøå])ae(?=[a-zæøå])")
# "mentorstette 1 en ny periode", "2 timer 1 ugen": a lone 1 for "i" before an article, a pronoun or
# a noun in the definite form, which never follow the number one.
_OCR_ONE_WORD = re.compile(r"(?<![\w.,/-])1(?= (?:at|alt|en|et|den|det|de|dit|din|dine|sin|sit|sine|"
                           r"[a-zæøå]{2,}(?:en|et|ne))\b)")
# "AbeIg", "kIagen", "PIan": I for l inside a word
_OCR_CAP_I = re.compile(r"I(?<=[a-zæøåé]I)(?=[a-zæøåé])|I(?<=\b[A-ZÆØÅ]I)(?=[a-zæøåé]{2})")
_OCR_STRAY = re.compile(r"(?<![\w@.])[li.](?=[A-ZÆØÅ][a-zæøå])")
_ADDRESS = re.compile(r"\S+@\S+\.\w+|\bwww\.\S+|https?://\S+")


def without_invisible(doc: ExtractedDocument) -> ExtractedDocument:
    """The document without characters that show nothing (``domain.text.INVISIBLE``): every
    reader's text, not only the office formats' (``readers._lines.clean_text``)."""
    if not any(INVISIBLE.search(b.text) for b in doc.blocks):
        return doc
    blocks = [replace(b, text=drop_invisible(b.text), cells=tuple(drop_invisible(c) for c in b.cells))
              if INVISIBLE.search(b.text) else b for b in doc.blocks]
    return replace(doc, blocks=blocks)


def without_image_descriptions(doc: ExtractedDocument, vocab: FieldVocabulary) -> ExtractedDocument:
    """The document without the lines that describe a picture ("[Billede: en pil, der peger mod
    en arbejdsplads]", ``cues.image_description``): an easy-read letter's pictogram says nothing
    the text does not, and is no field's value."""
    if not any(b.text.lstrip().startswith("[") for b in doc.blocks):
        return doc
    kept = [b for b in doc.blocks if not (b.text.lstrip().startswith("[") and vocab.image_description_re.match(fold(b.text.strip())))]
    return doc if len(kept) == len(doc.blocks) else replace(doc, blocks=kept)


def without_translation(doc: ExtractedDocument, vocab: FieldVocabulary) -> ExtractedDocument:
    """The document without the translation printed after the Danish text ("Oversættelse –
    Polski", "Translation – English" over the same content in another language,
    ``cues.translation_heading``): the Danish text is the one that counts, so a field stated only
    in the translation is not stated. The translation runs to the end, or to a heading that
    names a field again in Danish."""
    start = next((i for i, b in enumerate(doc.blocks) if i and len(b.text.split()) <= 6
                  and vocab.translation_heading_re.match(fold(b.text.strip()))), None)
    if start is None:
        return doc
    end = next((j for j in range(start + 1, len(doc.blocks)) if doc.blocks[j].kind == BlockKind.HEADING
                and (found := vocab.classify_label(doc.blocks[j].text.strip().rstrip(":?"), max_leftover=0)) is not None
                and found[1] == "field" and found[0] and vocab.danish_text_re.search(fold(doc.blocks[j].text))),
               len(doc.blocks))

    def danish(blocks: list[Block]) -> float:
        text = fold(" ".join(b.text for b in blocks))
        return len(vocab.danish_text_re.findall(text)) / max(1, len(text.split()))

    if danish(doc.blocks[start + 1:end]) * 3 > danish(doc.blocks[:start]):
        return doc  # ("Oversat fra engelsk" over a Danish text: the translation is the Danish)
    return replace(doc, blocks=doc.blocks[:start] + doc.blocks[end:])


#: A dictated text writes out at least this many marks before its words are read as marks: one
#: "komma" in a letter is a word.
_SPOKEN_MARKS = 3


def with_written_punctuation(doc: ExtractedDocument, vocab: FieldVocabulary) -> ExtractedDocument:
    """A dictated text whose punctuation the speech recogniser wrote out as words ("… i dag
    punktum Målet med …", ``cues.spoken_punctuation``) with the marks in their place, so that its
    sentences and lists part where the speaker meant them to."""
    pattern = vocab.spoken_punctuation_re
    if not any(vocab.spoken_word_re.search(b.text) for b in doc.blocks) \
            or sum(len(pattern.findall(b.text)) for b in doc.blocks) < _SPOKEN_MARKS:
        return doc

    # A speaker who never says where a line ends ("… punktum mentor er Gitte … punktum periode 1
    # november …") dictates a plan sentence by sentence: each sentence is read as a line of its own.
    by_sentence = not any(vocab.spoken_punctuation[m.group(1).lower()] == "\n"
                          for b in doc.blocks for m in pattern.finditer(b.text))

    def mark(m: re.Match[str]) -> str:
        written = vocab.spoken_punctuation[m.group(1).lower()]
        after = m.group(2) or ""
        if written == "\n":  # "ny linje": the line ends here
            return "\n" + after
        # (the capital a full stop asks for, where the recogniser left none)
        if by_sentence and written == ".":
            return ".\n" + after.upper()
        return f"{written} {after.upper() if written in '.?!' else after}"

    def fix(text: str) -> str:
        return pattern.sub(mark, text).rstrip()

    blocks: list[Block] = []
    for b in doc.blocks:
        if not pattern.search(b.text):
            blocks.append(b)
        elif b.cells:
            blocks.append(replace(b, text=fix(b.text).replace("\n", " "),
                                  cells=tuple(fix(c).replace("\n", " ") for c in b.cells)))
        else:
            # a dictated paragraph that says where its lines end is read line by line
            blocks.extend(replace(b, text=line.strip()) for line in fix(b.text).split("\n") if line.strip())
    return replace(doc, blocks=blocks)


def repair_ocr(doc: ExtractedDocument, damaged: bool = False) -> ExtractedDocument:
    """Undo the commonest OCR letter errors in a document whose text layer shows them (or that
    the caller knows to be ``damaged``)."""
    doc = _repair_ocr_bullets(_repair_ocr_marks(doc))
    if not damaged:
        sample = "\n".join(b.text for b in doc.blocks[:200])
        damage = len(_OCR_ONE.findall(sample))
        if damage < 2 and "@" in sample:
            damage += len(_OCR_AT.findall(_ADDRESS.sub(" ", sample)))
        if damage < 2:
            return doc

    def fix(text: str) -> str:
        pieces = []
        last = 0
        for m in _ADDRESS.finditer(text):
            pieces.append(_fix_words(text[last:m.start()]))
            pieces.append(m.group(0))
            last = m.end()
        pieces.append(_fix_words(text[last:]))
        return "".join(pieces)

    blocks = [replace(b, text=fix(b.text), cells=tuple(fix(c) for c in b.cells)) for b in doc.blocks]
    return replace(doc, blocks=blocks)


# "Mentors opgaver e Sparre om fravær": a bullet read as a lone "e", which is no Danish or English
# word ("e Boks" is e-Boks written without its hyphen)
_OCR_BULLET = re.compile(r"(?:(?<=\s)|^)e(?= (?!Boks\b|Post\b)[A-ZÆØÅ][a-zæøå]{2})")


def _repair_ocr_bullets(doc: ExtractedDocument) -> ExtractedDocument:
    """A lone "e" before a capitalised word is a bullet that OCR read as a letter, in any document."""
    def lone(text: str) -> bool:
        return " e " in text or "\ne " in text or text.startswith("e ")

    def fix(text: str) -> str:
        return _OCR_BULLET.sub("-", text) if lone(text) else text

    if not any(lone(b.text) and _OCR_BULLET.search(b.text) for b in doc.blocks):
        return doc
    return replace(doc, blocks=[replace(b, text=fix(b.text), cells=tuple(fix(c) for c in b.cells))
                                for b in doc.blocks])


def _repair_ocr_marks(doc: ExtractedDocument) -> ExtractedDocument:
    """Marks OCR misreads that no text means as written, in any document: "f.0.m." and
    "t.0o.m." for "f.o.m."/"t.o.m.", and "1% time" for "1½ time"."""
    text = doc.text
    # cheap tests first: "0.m" is in every damaged "f.0.m.", "%" in every "1% time", "]" in "] esper"
    if not (any(mark in text for mark in _FOM_MARKS) or ("%" in text and _OCR_HALF.search(text))
            or ("]" in text and _OCR_BRACKET_J.search(text))):
        return doc

    def fix(text: str) -> str:
        text = _OCR_HALF.sub("\\1½", _OCR_FOM.sub(lambda m: m.group(1) + ".o.m.", text))
        return text if "[" in text else _OCR_BRACKET_J.sub("J", text)

    return replace(doc, blocks=[replace(b, text=fix(b.text), cells=tuple(fix(c) for c in b.cells))
                                if _OCR_MARKS.search(b.text) else b for b in doc.blocks])


_OCR_FOM = re.compile(r"\b([ftFT])[.,]\s?(?:0o|o0|0)[.,]?\s?m[.,]")
_OCR_HALF = re.compile(r"(?<![\d,.])(\d)\s?%(?=\s+tim)")
# "] esper Friis", "]ens": a capital J read as a bracket that nothing opened (a block with a "["
# is left as it is)
_OCR_BRACKET_J = re.compile(r"(?<![\w\])])\]\s?(?=[a-zæøå]{2,}\b)")
_OCR_MARKS = re.compile(_OCR_FOM.pattern + "|" + _OCR_HALF.pattern + "|" + _OCR_BRACKET_J.pattern)
_FOM_MARKS = ("0.m", "0o.m", "o0.m", "0 m.", "0o m.")


# "rn" read for "m" where Danish never writes "rn": at the start of a word ("rnentor"), next to
# another m ("Komrnunen", "sarnmen") and in the lone word "orn" ("om").
_OCR_RN = re.compile(r"(?<![\w@.])rn(?=[aeiouyæøå])|(?<=m)rn|rn(?=m)|(?<![\w@.])orn(?!\w)")
# "HenrikDahl": a space lost between two capitalised words.
_OCR_GLUED = re.compile(r"(?<=[a-zæøå]{2})(?=[A-ZÆØÅ][a-zæøå]{2})")


def _fix_words(text: str) -> str:
    text = _OCR_STRAY.sub("", text)  # "lDorthe Vinding": a speck read as a letter before a capital
    text = _OCR_CAP_I.sub("l", text) if "I" in text else text
    text = _OCR_GLUED.sub(" ", _OCR_RN.sub(lambda m: "om" if m.group(0) == "orn" else "m", text))
    text = _OCR_ONE_END.sub("l", _OCR_ONES.sub("ii", _OCR_ZERO.sub("ø", text)))
    text = _OCR_ZERO_START.sub("O", text) if "0" in text else text
    text = _OCR_ONE_WORD.sub("i", text) if " 1 " in text else text
    return _OCR_AE.sub("æ", _OCR_AT.sub("æ", _OCR_ONE.sub("i", text)))


def _checkbox_marks(spec: dict[str, Any]) -> dict[str, Any]:
    chosen = [str(m) for m in spec.get("chosen") or []]
    marks = chosen + [str(m) for m in spec.get("unchosen") or []]
    if not marks:
        return {}
    return {"checkbox_re": re.compile("(" + "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)) + ")"),
            "chosen": frozenset(chosen)}


def _keep_chosen(text: str, marks: re.Pattern[str], chosen: frozenset[str]) -> str:
    """"Timetal: ☐ 2 timer ☒ 4 timer" -> "Timetal: 4 timer": unchosen options are not the value."""
    parts = marks.split(text)
    kept = [parts[0]]
    for mark, option in zip(parts[1::2], parts[2::2]):
        if mark in chosen:
            kept.append(option)
    return " ".join(" ".join(kept).split())


_FIRST_CHARS: dict[str, re.Pattern[str]] = {}


def _first_chars(marks: re.Pattern[str]) -> re.Pattern[str]:
    """A character class of the first characters of the marks in ``marks`` (cached)."""
    found = _FIRST_CHARS.get(marks.pattern)
    if found is None:
        alternatives = marks.pattern[1:-1].split("|")
        chars = {re.sub(r"\\(.)", r"\1", a)[:1] for a in alternatives if a}
        found = _FIRST_CHARS[marks.pattern] = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return found


def _resolve_checkboxes(doc: ExtractedDocument, marks: Optional[re.Pattern[str]],
                        chosen: frozenset[str]) -> ExtractedDocument:
    if marks is None:
        return doc
    # One scan of the whole text for a mark's first character rules out nearly every document.
    first = _first_chars(marks)
    if first.search("\n".join(b.text for b in doc.blocks)) is None or \
            not any(marks.search(b.text) for b in doc.blocks):
        return doc
    blocks = []
    for block in doc.blocks:
        if not marks.search(block.text):
            blocks.append(block)
        elif block.cells:
            cells = tuple(_keep_chosen(c, marks, chosen) if marks.search(c) else c for c in block.cells)
            blocks.append(replace(block, cells=cells, text=" | ".join(cells)))
        else:
            blocks.append(replace(block, text=_keep_chosen(block.text, marks, chosen)))
    return replace(doc, blocks=blocks)


def _continues_line(block: Block, nxt: Block) -> bool:
    if nxt.kind in (BlockKind.HEADING, BlockKind.TABLE_ROW) or block.kind in (BlockKind.HEADING, BlockKind.TABLE_ROW):
        return False
    if _OPEN_RANGE_END.search(block.text) and _DATE_START.match(nxt.text):
        return nxt.kind == block.kind
    if _YEAR_START.match(nxt.text) and _OPEN_DATE_END.search(block.text):
        return nxt.kind == block.kind
    return bool(_OPEN_CONTACT_END.search(block.text) and _CONTACT_START.match(nxt.text)
                and len(block.text) > 12)  # not a bare "Tlf." sub-label line


def _join_broken_ranges(doc: ExtractedDocument) -> ExtractedDocument:
    """Join a paragraph that a line break cut inside a date range or after a contact label
    ("Tlf.") with the next one that completes it (PDF text)."""
    blocks = doc.blocks
    # (a date cut before its year only where the next block opens with a year: the anchored
    # test first, the month names only then)
    if not any(_OPEN_RANGE_END.search(b.text) or _OPEN_CONTACT_END.search(b.text) for b in blocks) \
            and not any(_YEAR_START.match(nxt.text) and _OPEN_DATE_END.search(b.text)
                        for b, nxt in zip(blocks, blocks[1:])):
        return doc
    joined = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if i + 1 < len(blocks) and _continues_line(block, blocks[i + 1]):
            joined.append(replace(block, text=block.text.rstrip() + " " + blocks[i + 1].text.lstrip()))
            i += 2
            continue
        joined.append(block)
        i += 1
    return replace(doc, blocks=joined)


def analyze(doc: ExtractedDocument, pack: RulePack, *, select: Collection[str] | None = None,
            ignore: Collection[str] = (), lang: str = "da") -> tuple[str, list[Finding]]:
    """Lint one document with a rule pack.

    Returns the detected kind ("agreement", "minplan", "decision" or "unknown") and the
    findings sorted by location. ``select`` limits the rules to those names (disabled rules
    can be selected explicitly), ``ignore`` drops names. Evidence and messages are CPR-masked
    and evidence is shortened to about 160 characters.
    """
    analysis, findings = _analyze(doc, pack, select=select, ignore=ignore, lang=lang)
    return analysis.kind, findings


def analyze_explained(doc: ExtractedDocument, pack: RulePack, *, select: Collection[str] | None = None,
                      ignore: Collection[str] = (), lang: str = "da"
                      ) -> tuple[str, list[Finding], dict[str, dict[str, Any]]]:
    """:func:`analyze` plus what was read: the ``fields`` object of :mod:`mentordocs.lint.explain`."""
    from mentordocs.lint.explain import explain_fields

    analysis, findings = _analyze(doc, pack, select=select, ignore=ignore, lang=lang)
    return analysis.kind, findings, explain_fields(analysis)


def _analyze(doc: ExtractedDocument, pack: RulePack, *, select: Collection[str] | None,
             ignore: Collection[str], lang: str) -> tuple[Analysis, list[Finding]]:
    analysis = analyze_fields(doc, pack)
    analysis.lang = lang
    names = list(select) if select is not None else pack.enabled_rule_names()
    findings: list[Finding] = []
    for name in names:
        if name in ignore or name not in pack.rules:
            continue
        rule = pack.rules[name]
        applies = rule.get("applies_to")
        if applies is not None and analysis.kind not in applies:
            continue
        check = KINDS[rule["kind"]]
        findings.extend(check(analysis, name, rule))
    findings = [_clean(f, analysis.compiled.evidence_chars) for f in findings]
    findings.sort(key=lambda f: (f.location.page or 0, f.location.paragraph or 0, f.rule))
    return analysis, findings


# -- helpers ---------------------------------------------------------------------------------------

def _clean(finding: Finding, limit: int) -> Finding:
    evidence = finding.evidence
    if evidence is not None:
        evidence = shorten(mask_cpr(evidence), limit) or None
    return replace(finding, message=mask_cpr(finding.message), evidence=evidence)
