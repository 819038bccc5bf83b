"""Field finding: map an extracted document onto the mandatory fields of domain.md § 8.

Readers give blocks with only rough structure (a PDF has no real headings), so a field is found
in whichever of these shapes it takes:

* a **label** at the start of a block: ``Mål: …``, ``1) Målet med mentorstøtten: …``,
  ``Timetal – 2 timer/uge``, or (as PDFs flatten tables) ``Varighed 01.03.2026 - 31.08.2026``;
* a **table label cell**: ``Mentor | Lars Østergaard | tlf. 23 45 67 89``, also
  ``label | value | label | value`` rows and a header row of labels over a row of values;
* a **heading** (or a short label-only line) followed by content up to the next label or heading;
* **prose**: ``Din mentor er Lars Østergaard, tlf. 23 45 67 89``, ``Målet er, at …``.

Labels, sub-labels ("Navn:", "Tlf.:" belong to the section they follow), boundary labels
("Sagsbehandler", "Borger"), placeholders and prose patterns all come from the rule pack.
A label whose value is empty or a placeholder makes the field **empty** (reported as
missing); prose is only consulted for a field that has no label at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from mentordocs.domain.fields import FIELDS, Field
from mentordocs.lint.labels import LabelLexicon, stem
from mentordocs.lint.durations import PeriodVocabulary, find_periods, is_substantial, support_periods
from mentordocs.lint.dates import find_dates
from mentordocs.lint.model import Block, BlockKind, ExtractedDocument, Location
from mentordocs.lint.text import fold, fold_pattern, sentence_spans

FIELD_KEYS = ("goal", "mentor", "tasks", "duration", "follow_up", "hours", "appeal_guidance",
              "reasons")

_FIELD_VALUES = frozenset(f.value for f in Field)
_SUB = "_sub"
_NEVER = re.compile(r"(?!)")
_OTHER = "_other"

_NUMBERING = re.compile(r"^\s*(?:(?:punkt\s*)?\(?\d{1,2}(?:\.\d{1,2})*(?:[.):]|\s*[–—-](?=\s))|\(?[a-h][.)]|[ivx]{1,4}[.)]|"
                        r"[•·\-–*▪■●○◦►>]+)(?:\s+|(?<=[.)])(?=(?-i:[A-ZÆØÅ])))", re.IGNORECASE)
_PLACEHOLDER_SHAPES = [r"[-–—_.…?*x/\s]+", r"\[[^\]]*\]", r"<[^>]*>", r"\{\{?[^}]*\}?\}", r"x{2,}[\w\s]*",
                       r"\(\s*[^)]*udfyld[^)]*\)"]


@dataclass
class Section:
    """A labelled part of the document: its fields (empty for a non-field label), its value."""

    fields: frozenset[str]
    label: str
    block_index: int
    location: Location
    parts: list[tuple[int, str]] = field(default_factory=list)  # (block index, text)
    inline: bool = False      # label and value in the same block or table row
    heading: bool = False     # a heading or label-only line whose value follows it
    weak: bool = False        # label guessed without a colon; only trusted when it validates
    parent: bool = False      # empty heading whose content is the labelled sections below it
    by_value: bool = False    # assigned to its field by the shape of its value, not by its label

    @property
    def value(self) -> str:
        return "\n".join(text for _, text in self.parts if text.strip())


@dataclass
class FieldStatus:
    """What the document says about one field.

    ``state`` is ``present``, ``empty`` (label with no content or a placeholder), ``absent``
    (not found), ``incomplete`` (some but not all of what the field needs, e.g. a mentor name
    without contact data; ``detail`` says what) or ``vague`` (hours without a figure).
    """

    field: str
    state: str
    value: Optional[str] = None
    evidence: Optional[str] = None
    location: Location = Location()
    detail: Optional[str] = None
    sections: list[Section] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.state == "present"


class FieldVocabulary:
    """The pack's field vocabulary, compiled once per pack."""

    def __init__(self, data: dict[str, Any], periods: PeriodVocabulary):
        self.periods = periods
        self.lexicon = LabelLexicon(data)
        labels: dict[str, str] = {}
        #: folded label -> its spellings as written in the pack (lower case)
        self.label_spellings: dict[str, set[str]] = {}
        for key, spec in (data.get("fields") or {}).items():
            # The headings generation writes (domain.fields.FIELDS) are labels of their field
            # in every pack: one definition for what the project writes and what it reads.
            written = [FIELDS[Field(key)].label_da, FIELDS[Field(key)].label_en] if key in _FIELD_VALUES else []
            for label in [*written, *(spec.get("labels", []) or [])]:
                for spelling in _ocr_variants(str(label).lower().strip()):
                    labels.setdefault(fold(spelling), key)
                    self.label_spellings.setdefault(fold(spelling), set()).add(spelling)
        for label in data.get("sublabels", []) or []:
            labels.setdefault(fold(str(label)).strip(), _SUB)
        for label in data.get("boundary_labels", []) or []:
            labels.setdefault(fold(str(label)).strip(), _OTHER)
        self.label_field = labels
        self._label_cache: dict[tuple[str, int], Optional[tuple[frozenset[str], str]]] = {}
        alternation = "|".join(re.escape(k) for k in sorted(labels, key=len, reverse=True))
        self.label_re = re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w])")
        self.prose: dict[str, list[re.Pattern[str]]] = {
            key: [re.compile(r"(?<![a-z0-9])" + fold_pattern(p)) for p in spec.get("prose", []) or []]
            for key, spec in (data.get("fields") or {}).items()}
        # One alternation of a field's prose patterns: most sentences match none of them, and a
        # single search rejects such a sentence where the list would cost one search per pattern.
        # Which pattern wins (the first in pack order) is still decided by the list.
        self.prose_any: dict[str, Optional[re.Pattern[str]]] = {
            key: _any_of(patterns) for key, patterns in self.prose.items()}
        self._block_cache: dict[tuple[str, BlockKind, tuple[str, ...]], tuple[_Item, ...]] = {}
        self._validate_cache: dict[tuple[str, str, bool, bool], tuple[str, Optional[str]]] = {}
        self.prose_context: dict[str, re.Pattern[str]] = {
            key: re.compile(fold_pattern(spec["prose_context"]))
            for key, spec in (data.get("fields") or {}).items() if spec.get("prose_context")}
        #: verbs that open the items of a task list (fields.tasks.openers), folded
        self.task_openers = frozenset(fold(str(w)) for w in ((data.get("fields") or {}).get("tasks") or {}).get("openers", []) or [])
        #: field -> values that are not that field's content ("Mentorstøtte (§ 167)" under "Indsats")
        self.not_value: dict[str, re.Pattern[str]] = {
            key: re.compile("|".join(fold_pattern(str(p)) for p in spec["not_value"]))
            for key, spec in (data.get("fields") or {}).items() if spec.get("not_value")}
        placeholders = [re.escape(fold(str(p)).strip(" .:;")) for p in data.get("placeholders", []) or []]
        patterns = [fold_pattern(str(p)) for p in data.get("placeholder_patterns", []) or []]
        self.placeholder_re = re.compile(r"^(?:" + "|".join(placeholders + patterns + _PLACEHOLDER_SHAPES) + r")$")
        contact = data.get("contact") or {}
        self.phone_re = re.compile(contact.get("phone", r"(?:\d{2}[ .]?){3}\d{2}"))
        self.email_re = re.compile(contact.get("email", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"))
        self.phone_labelled_re = re.compile(contact.get("phone_labelled", "$^"))
        self.email_labelled_re = re.compile(contact.get("email_labelled", "$^"))
        self.not_names = frozenset(fold(str(w)) for w in contact.get("not_names", []) or [])
        others = [re.escape(str(w)) for w in contact.get("other_party", []) or []]
        self.other_party_re = re.compile(r"\b(?:" + "|".join(fold_pattern(o) for o in others) + r")\b" if others else "$^")
        #: "sagsbehandler Jonas Bak": another party's name, removed before looking for the mentor's
        self.other_party_name_re = re.compile(
            r"(?i:\b(?:" + "|".join(others) + r"))\b[\s,:]*(?:[A-ZÆØÅ][\wæøåé-]+\s?){1,3}" if others else "$^")
        self.not_appointed_re = re.compile(
            "|".join(fold_pattern(str(p)) for p in contact.get("not_appointed", []) or []) or "$^")
        appeal = data.get("appeal") or {}
        self.appeal_body_re = re.compile("|".join(fold_pattern(p) for p in appeal.get("bodies", []) or ["$^"]))
        self.appeal_deadline_re = re.compile(
            "|".join(fold_pattern(p) for p in appeal.get("deadlines", []) or ["$^"]))
        anchors = [str(a) for a in (data.get("goal_clarity") or {}).get("anchors", []) or []]
        self.goal_anchor_re = re.compile("|".join(
            r"(?<!\w)" + re.escape(fold(a[:-1])) if a.endswith("*") else r"(?<!\w)" + re.escape(fold(a)) + r"(?!\w)"
            for a in anchors) or "$^")
        openers = [str(o) for o in (data.get("goal_clarity") or {}).get("activity_openers", []) or []]
        self.goal_opener_re = re.compile(
            "(?:" + "|".join(re.escape(fold(o)) for o in sorted(openers, key=len, reverse=True)) + r")\b"
            if openers else "$^")
        vague_goal = [str(v) for v in (data.get("goal_clarity") or {}).get("vague_terms", []) or []]
        self.goal_vague_re = re.compile(
            r"(?<![a-z])(?:" + "|".join(re.escape(fold(v)) for v in vague_goal) + r")" if vague_goal else "$^")
        vague = (data.get("hours") or {}).get("vague", []) or []
        self.vague_hours_re = re.compile(
            r"(?<![a-z])(?:" + "|".join(re.escape(fold(str(v))) for v in vague) + r")(?![a-z])" if vague else "$^")
        words = words_re = "|".join(re.escape(w) for w in sorted(periods.number_words, key=len, reverse=True))
        # "2 timer", "1½ time", "½ time", "halvanden time", "2-3 timer", "24 mentortimer", "90 minutter"
        self.hour_figure_re = re.compile(r"(?<![\w,.])(?:\d+(?:[,.]\d+)?\s?½?|½|" + words + r")"
                                         r"(?:\s*(?:-|–|til)\s*\d+(?:[,.]\d+)?½?)?"
                                         r"\s*(?:(?:mentor|stotte|stotte-)?timer?s?\b|t\b|t\.|minutter\b|min\.)")
        self.digit_re = re.compile(r"\d")
        self._cue_data = data.get("cues") or {}
        cue, words = self._cue, self._cue_words
        #: a line about the follow-up under a combined "Varighed og opfølgning" (cues.evaluation_line)
        self.evaluation_line_re = cue("evaluation_line")
        self.follow_up_rhythm_re = cue("follow_up_rhythm")
        self.follow_up_strong_re = cue("follow_up_strong")
        self.not_follow_up_re = cue("not_follow_up")
        self.appeal_context_re = cue("appeal_context")
        self.activity_name_label_re = cue("activity_name_label")
        self.no_goal_re = cue("no_goal")
        self.negation_re = cue("negation")
        self.copula = words("copula")
        self.copula_re = re.compile(r" (?:" + "|".join(sorted(map(re.escape, self.copula))) + r")\b") \
            if self.copula else _NEVER
        self.not_mentor_hours_re = cue("not_mentor_hours")
        self.per_period_label_re = cue("per_period_label")
        self.not_period_label_re = cue("not_period_label")
        self.end_date_re = re.compile(r"(?:" + cue("end_date").pattern + r")\s+(?:den\s+|d\.\s*)?\d")
        subjects = "|".join(sorted(map(re.escape, words("goal_subjects"))))
        self.goal_state_verbs = words("goal_state_verbs")
        verbs = "|".join(sorted(map(re.escape, self.goal_state_verbs), key=len, reverse=True))
        #: "Du er ansat …", "Borgeren gennemfører …", "Har du …": the citizen's state in a goal
        self.citizen_state_re = re.compile(rf"\b(?:{subjects})\s+(?:{verbs})\b|\b(?:{verbs}) (?:{subjects})\b") \
            if subjects and verbs else _NEVER
        self.not_a_subject = words("not_a_subject")
        self.not_a_goal_re = cue("not_a_goal")
        self.not_an_activity_goal_re = cue("not_an_activity_goal")
        self.organisation_re = re.compile(r"(?:" + cue("organisation_suffixes").pattern + r")$")
        followers = "|".join(sorted(map(re.escape, words("name_followers"))))
        #: "Kasper, …", "Kasper (Mentorhuset)", "Kasper fra Mentorhuset": a first name opening a value
        self.given_name_re = re.compile(r"^\s*(?:[\w ]{0,20}:\s*)?([A-ZÆØÅ][a-zæøåéü]{1,20})"
                                        rf"(?=\s*(?:[,(/–-]|\s(?:{followers})\b|\n|$))")
        self.furniture_re = re.compile(r"^\s*(?:" + cue("page_furniture").pattern + ")", re.IGNORECASE)
        self.continuation = words("continuation")
        # A value that is nothing but a weekly or monthly number of hours: "4 t/uge", "3 timer
        # ugentligt", "op til 5 timer om ugen", "8 timer pr. måned", "24 timer i alt".
        self.hours_per_week = words("hours_per_week")
        self.hours_per_period = words("hours_per_period")
        per = "|".join(sorted(map(re.escape, self.hours_per_week | words("hours_per_month") | self.hours_per_period),
                              key=len, reverse=True))
        self.hours_value_re = re.compile(
            r"^(?:" + cue("hours_qualifiers").pattern + r")?\s*"
            r"(?P<n>\d{1,2}(?:[,.]5)?\s?½?|½|" + words_re + r")"
            r"(?:\s*(?:-|–|til)\s*(?P<m>\d{1,2}))?\s*"
            r"(?:(?:mentor|stotte)?timer?|t\.?|(?P<minutes>minutter|min\.?))\s*(?:(?:/|pr\.?|per|om|i|hver)\s*)?"
            r"(?P<per>" + per + r")\b")

    def _cue(self, name: str) -> re.Pattern[str]:
        """One alternation of the pack's ``cues.<name>`` patterns (folded), or a never-match."""
        items = [fold_pattern(str(p)) for p in self._cue_data.get(name) or []]
        return re.compile("|".join(f"(?:{p})" for p in items)) if items else _NEVER

    def _cue_words(self, name: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in self._cue_data.get(name) or [])

    # -- labels -------------------------------------------------------------------------------

    def classify_label(self, label_text: str, max_leftover: int = 1) -> Optional[tuple[frozenset[str], str]]:
        """Which fields a label names, as (fields, role) where role is "field", "sub", "other"
        or "generic"; None if the text is not label-like (a sentence)."""
        key = (label_text, max_leftover)
        if key not in self._label_cache:  # archives repeat the same few labels thousands of times
            if len(self._label_cache) > 50000:
                self._label_cache.clear()
            self._label_cache[key] = self._classify_label(label_text, max_leftover)
        return self._label_cache[key]

    def _classify_label(self, label_text: str, max_leftover: int) -> Optional[tuple[frozenset[str], str]]:
        label_text = self.lexicon.unglue(label_text)
        found = self._classify_label_text(label_text, max_leftover)
        if found is not None and found[1] not in ("generic", "sub"):
            if found[0] == frozenset({"mentor"}):
                # "Mentor skal:", "Mentoren vil især:": what the mentor will do is the tasks
                by_words = self.lexicon.classify(label_text, question=label_text.rstrip().endswith("?"))
                if by_words is not None and by_words[0] == frozenset({"tasks"}):
                    return by_words
            return found
        # Not one of the pack's phrases: read it word by word (inflection, compounds, OCR
        # damage, genitives, questions), as labels.py explains. A sub-label phrase may be a
        # genitive ("Mentors kontaktdata", "Borgerens telefon") that names its owner.
        body = re.sub(r"\([^)]*\)", " ", _NUMBERING.sub("", label_text, count=1))
        by_words = self.lexicon.classify(body, question=label_text.rstrip().endswith("?"),
                                         strict=max_leftover == 0)
        if found is None and by_words is not None and by_words[1] == "field":
            # An OCR-damaged phrase: "Opfølgning og delmdl" is the pack's "opfølgning og delmål"
            corrected = self.lexicon.correct(fold(label_text))
            if corrected != fold(label_text):
                phrase = self._classify_label_text(corrected, max_leftover)
                if phrase is not None and phrase[1] == "field":
                    return phrase
        if by_words is not None and (found is None or by_words[1] in ("field", "other")):
            return by_words
        # A bilingual label ("Hours per week / timer pr. uge") or one with a gloss ("Objective
        # (mål)") names its field in any one of its parts; the other part is a translation.
        parts = [p for p in _LABEL_PARTS.split(label_text) if p and p.strip(" \t:.-–—*#")]
        # A part that is a person's name ("Helle Vestergaard (Nordlys) er din mentor") makes the
        # text a sentence about that person, not a label with a translation.
        named = any(len(words := p.split()) >= 2 and sum(w[:1].isupper() for w in words) >= 2 for p in parts)
        if len(parts) > 1 and len(label_text.split()) <= 10 and not named \
                and not re.search(r"[.!?]\s", label_text):
            for part in parts:
                sub = self._classify_label_text(part, max_leftover)
                if sub is not None and sub[1] == "field":
                    return sub
        return found

    def _classify_label_text(self, label_text: str, max_leftover: int) -> Optional[tuple[frozenset[str], str]]:
        folded = fold(_NUMBERING.sub("", label_text, count=1)).strip(" \t:.-–—*#?")
        folded = re.sub(r"\([^)]*\)", " ", folded)
        if not folded:
            return None
        folded = re.sub(r"\s+\d{1,2}$", "", folded)  # "Delmål 1"
        words = folded.split()
        if len(words) > 12 or self.digit_re.search(folded):
            return None  # a label has no figures: "3 timer pr. uge" is a value
        fields: set[str] = set()
        roles: set[str] = set()
        rest = folded
        first_other = False
        for n, m in enumerate(self.label_re.finditer(folded)):
            target = self.label_field[m.group(0)]
            if n == 0 and target == _OTHER:
                first_other = True  # "Underskrift mentor" is a signature line, not the mentor
            if target == _SUB:
                roles.add("sub")
            elif target == _OTHER:
                roles.add("other")
            else:
                fields.add(target)
            rest = rest.replace(m.group(0), " ", 1)
        leftover = [w for w in re.findall(r"[a-z0-9][\w.'-]*", rest) if w not in self.lexicon.filler]
        if first_other and len(leftover) <= 2:
            return frozenset(), "other"
        if fields == {"mentor"} and any(stem(w) in self.lexicon.task_verbs for w in leftover):
            fields = {"tasks"}  # "Hvad mentoren hjælper med" asks for the tasks, not the mentor
            leftover = [w for w in leftover if stem(w) not in self.lexicon.task_verbs]
        if fields:
            if len(leftover) > max_leftover:
                return None
            return frozenset(fields), "field"
        if "other" in roles and len(leftover) <= 2:
            return frozenset(), "other"
        if "sub" in roles and len(leftover) <= 2:
            return frozenset(), "sub"
        if len(words) <= 4 and not self.digit_re.search(folded):
            return frozenset(), "generic"
        return None

    def is_placeholder(self, text: str) -> bool:
        cleaned = " ".join(fold(text).split()).strip(" .:;,'\"")
        return not cleaned or bool(self.placeholder_re.match(cleaned))

    def meaningful(self, value: str) -> str:
        """The value without placeholder lines (a sub-label line like "Tlf.: -" counts as empty)
        and without page furniture ("Side 1 af 2", "J.nr. …") that a reader put after it."""
        kept = []
        for line in value.splitlines():
            if self.furniture_re.match(line):
                continue
            body = line
            head, sep, tail = line.partition(":")
            if sep and len(head.split()) <= 3:
                body = tail
            if not self.is_placeholder(body):
                kept.append(line)
        return "\n".join(kept)


# Page headers and footers: "Side 1 af 2 · J.nr. …", "J.nr.: …", "Sagsnr. …".

# Where a bilingual label splits: "Goal / mål", "Objective (mål)", "Varighed | Duration".
_LABEL_PARTS = re.compile(r"\s+/\s+|\s*\(([^()]*)\)\s*|\s+\|\s+")


def _any_of(patterns: list[re.Pattern[str]]) -> Optional[re.Pattern[str]]:
    """A regex matching wherever any of ``patterns`` matches, or None when they cannot be
    joined (a back-reference to a renamed group)."""
    if not patterns:
        return None
    # Group names repeat across patterns ("value"); the prefilter needs no groups by name.
    bodies = [re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in patterns]
    if any("(?P=" in b for b in bodies):
        return None
    try:
        return re.compile("|".join(f"(?:{b})" for b in bodies))
    except re.error:
        return None


def _ocr_variants(label: str) -> set[str]:
    """A label and its OCR/ASCII spellings: "æ" is often written "ae" (domain.md § 9); "ø" and
    "å" fold to "o" and "a" anyway."""
    variants = {label}
    if "æ" in label:
        variants.add(label.replace("æ", "ae"))
    if "å" in label:
        # OCR also reads "å" as "é" ("Mél")
        variants.update({label.replace("å", "aa"), label.replace("å", "é")})
    if "ø" in label:
        # OCR reads "ø" as "e" or "g" (seed 004: "mentorstette", "hgjst"); "o" comes from folding,
        # "0" is repaired with the text layer (analyze.repair_ocr)
        variants.update({label.replace("ø", "e"), label.replace("ø", "g")})
    if "æ" in label and "ø" in label:
        variants.add(label.replace("æ", "ae").replace("ø", "e"))
    return variants


@dataclass
class _Item:
    role: str                   # "field" | "sub" | "other" | "generic" | "content" | "heading"
    text: str = ""
    label: str = ""
    fields: frozenset[str] = frozenset()
    weak: bool = False
    inline: bool = False


_WORD_CHARS = re.compile(r"[A-Za-zÆØÅæøåé]")


def _heading_like(block: Block, text: str) -> bool:
    if block.kind == BlockKind.HEADING:
        return True
    stripped = text.strip()
    if len(stripped.split()) > 8 or not stripped:
        return False
    return not re.search(r"[.!,;]$", stripped) or stripped.endswith(":")


_INNER_NUMBER = re.compile(r"\d{1,2}[.)]$")


def _inner_label_starts(text: str, vocab: FieldVocabulary) -> list[int]:
    """Positions where a known "Label:" starts inside a block: PDF readers join the lines of a
    form ("Mål: … Mentor: … Tlf.: …") into one paragraph."""
    folded = fold(text)
    starts = []
    for m in vocab.label_re.finditer(folded):
        start = m.start()
        numbered = _INNER_NUMBER.search(folded[max(0, start - 3):start])
        if numbered is not None:
            start -= len(numbered.group(0))  # "… 30. november 2026 5.Timetal: 8 timer"
        if start == 0 or not folded[start - 1].isspace():
            continue
        if not re.match(r"\s*:", folded[m.end():]):
            continue
        # "… kan kontakte din mentor: …" is prose; a label follows the end of a value
        before = text[:start].rstrip()
        if not _NUMBERING.sub("", before + " ", count=1).strip():
            continue  # only "2)" before the label: the block's own numbering
        if before and not (before[-1] in ".!?)|" or before[-1].isdigit() or text[start].isupper()
                           or text[start].isdigit() or before[-1].isupper()):
            continue
        starts.append(start)
    return starts


def _value_inside(block: Block, text: str) -> bool:
    """A short line such as "Opfølgning Månedligt statusmøde" (a flattened table row) holds a
    value after its label: a capitalised word after the first, in a line that is not all caps."""
    if block.kind == BlockKind.HEADING or text.isupper():
        return False
    # "Periode / Period", "Mål (Objective)": a bilingual label, the capital starts the translation
    words = _LABEL_PARTS.split(text)[0].split() if _LABEL_PARTS.search(text) else text.split()
    return any(w[:1].isupper() and w[1:2].islower() for w in words[1:])


def _classify_block(block: Block, vocab: FieldVocabulary) -> tuple[_Item, ...]:
    # The outcome depends only on the block's text, kind and cells (never its location), and an
    # archive repeats its templates' labels and boilerplate in every document.
    key = (block.text, block.kind, tuple(block.cells))
    items = vocab._block_cache.get(key)
    if items is None:
        if len(vocab._block_cache) > 50000:
            vocab._block_cache.clear()
        items = vocab._block_cache[key] = tuple(_classify_block_uncached(block, vocab))
    return items


def _classify_block_uncached(block: Block, vocab: FieldVocabulary) -> list[_Item]:
    text = block.text.strip()
    if not text:
        return []
    if block.kind == BlockKind.TABLE_ROW and len([c for c in block.cells if c.strip()]) >= 1 and len(block.cells) >= 2:
        return _classify_row(block, vocab)
    if block.kind != BlockKind.TABLE_ROW and ":" in text[20:]:
        starts = _inner_label_starts(text, vocab)
        if starts:
            items: list[_Item] = []
            bounds = [0, *starts, len(text)]
            for a, b in zip(bounds, bounds[1:]):
                piece = text[a:b].strip()
                if piece:
                    items.extend(_classify_single(Block(piece, BlockKind.PARAGRAPH, block.location), vocab))
            return items
    return _classify_single(block, vocab)


def _classify_single(block: Block, vocab: FieldVocabulary) -> list[_Item]:
    text = block.text.strip()
    body = _NUMBERING.sub("", text, count=1)
    first, newline, rest = body.partition("\n")
    if newline and rest.strip() and ":" not in first and len(first.split()) <= 6:
        # "Ugentlige timer<br>2 t/uge": a label on the first line of a block, its value below
        found = vocab.classify_label(first.strip())
        if found is not None and found[1] == "field":
            return [_Item("field", text=rest.strip(), label=first.strip(), fields=found[0], inline=True)]
    # "Label: value" (also "Label – value")
    colon = re.search(r":|\?(?=\s+\S)|\s[–—]\s|\s-\s|\s\|\s", body[:90])
    if colon and colon.group(0) != ":" and ":" in body[colon.end():90]:
        # "Opfølgning – inklusiv mål for progression: XX": the whole text before the colon is
        # the label when it reads as one
        whole = re.search(r":", body[:90])
        found = vocab.classify_label(body[:whole.start()]) if whole else None
        if found is not None and found[1] == "field":
            colon = whole
    if colon and colon.group(0) != ":" and block.kind == BlockKind.HEADING:
        # A heading is a label as a whole: "VARIGHED AF AFTALEN OG OPFØLGNING – INKLUSIV MÅL FOR
        # PROGRESSION" has its content below it, not after the dash.
        whole = vocab.classify_label(body, max_leftover=3)
        if whole is not None and whole[1] == "field":
            return [_Item("field", text="", label=body.strip(), fields=whole[0])]
    if colon:
        label_text, value = body[:colon.start()], body[colon.end():].strip()
        # Before a dash the text must be a label outright: "Helle Vestergaard er din mentor –
        # telefon …" is a sentence.
        if colon.group(0) == "?":
            # "Hvor mange timer? 2 timer om ugen.": a question and its answer in one paragraph
            found = vocab.classify_label(label_text + "?", max_leftover=3)
            found = found if found is not None and found[1] == "field" else None
        else:
            found = vocab.classify_label(label_text, max_leftover=1 if colon.group(0).strip() in (":", "|") else 0)
            if found is None and colon.group(0).strip() == "|" and _unknown_label_shape(label_text.strip()):
                found = (frozenset(), "generic")  # the first column of a text table is a label by form
        if found is not None and (found[1] != "generic" or colon.group(0).strip() in (":", "|")):
            fields, role = found
            rest = ""
            if value and role == "field" and block.kind == BlockKind.PARAGRAPH:
                value, rest = _scope_value(value, fields, vocab)
            items = [_Item(role, text=value, label=label_text.strip(), fields=fields, inline=bool(value))]
            if rest:
                items.append(_Item("content", text=rest))
            return items
    if len(body.split()) == 1 and fold(body.strip().rstrip(".:")) in vocab.lexicon.abbreviations:
        found = vocab.classify_label(body.strip())  # "Opf." on its own line over its value
        if found is not None and found[1] == "field":
            return [_Item("field", text="", label=body.strip(), fields=found[0])]
    # A paragraph without a colon is a label only if it is nothing but label words: "Månedligt
    # statusmøde" is a value, "Opfølgning" a label.
    strict = 1 if block.kind == BlockKind.HEADING or body.rstrip().endswith(":") else 0
    start = vocab.label_re.match(fold(body))
    if start and vocab.label_field[start.group(0)] not in (_SUB, _OTHER):
        strict = 1  # "Formål med mentorforløbet": the label comes first, one more word follows
    if block.kind == BlockKind.HEADING and body.rstrip().endswith("?"):
        strict = 3  # "Hvem er din mentor, og hvordan kontakter du vedkommende?"
    found = (vocab.classify_label(body, max_leftover=strict)
             if _heading_like(block, body) and not _value_inside(block, body) else None)
    if found is not None:
        fields, role = found
        if role == "field":
            return [_Item("field", text="", label=body.strip(), fields=fields)]
        if role in ("other", "sub") or block.kind == BlockKind.HEADING:
            return [_Item("heading" if role == "generic" else role, label=body.strip())]
    elif block.kind == BlockKind.HEADING:
        return [_Item("heading", label=body.strip())]
    # PDF-flattened "Varighed 01.03.2026 - 31.08.2026", "Klagevejledning Hvis du …"
    m = vocab.label_re.match(fold(body))
    if m and vocab.label_field[m.group(0)] == _SUB:
        # "Tlf. 99 99 56 22", "telefon 29 19 15 83" under a mentor line
        return [_Item("sub", text=body[m.end():].lstrip(" \t.:"), label=body[:m.end()])]
    # Without a colon the label must be spelt as in the pack: folded "malene" is "målene" but
    # also the name Malene.
    if m and vocab.label_field[m.group(0)] not in (_SUB, _OTHER) \
            and body[:m.end()].lower() in vocab.label_spellings.get(m.group(0), ()):
        rest = body[m.end():].lstrip(" \t\n:.-–—")
        first = rest.split(" ", 1)[0] if rest else ""
        key = vocab.label_field[m.group(0)]
        if rest and ((first[:1].isupper() or first[:1].isdigit()) and fold(first) not in vocab.continuation
                     or _shaped_value(key, rest, vocab)):
            # "Varighed fra 01.10.2026 til 31.12.2026", "Timer op til 2 timer ugentligt": a
            # lower-case value is taken only when it has the field's shape.
            return [_Item("field", text=rest, label=body[:m.end()], fields=frozenset({key}),
                          weak=True, inline=True)]
    return [_Item("content", text=text)]


def _shaped_value(key: str, text: str, vocab: FieldVocabulary) -> bool:
    """Whether a short text is plainly a value of the field by its form alone: a dated range for
    the duration, an amount of hours per week or month for the hours."""
    value = " ".join(fold(text).split()).rstrip(" .")
    if len(value) > 60:
        return False
    if key == "hours":
        return bool(vocab.hours_value_re.match(value))
    if key == "duration":
        value = re.sub(r"(?<=[a-z])\.(?=\d)", " ", value)  # OCR: "til.9. maj 2027"
        # a dated range, or a length ("fra 1/4 2026 og 4 måneder frem")
        return any(p.is_range or p.months or p.days for p in _stated_periods(value, vocab))
    return False


def _stated_periods(folded: str, vocab: FieldVocabulary) -> list[Any]:
    """The periods a folded value states (not limits, history or totals)."""
    if not any(ch.isdigit() for ch in folded):
        return []
    return [p for p in find_periods(folded, vocab.periods, folded=folded) if p.excluded is None]


#: Fields whose text runs over several sentences that mention other fields by nature
#: (the appeal names the period's end, the reasons cite the mentor): never cut.
_UNSCOPED = frozenset({"appeal_guidance", "reasons"})


def _scope_value(value: str, fields: frozenset[str], vocab: FieldVocabulary) -> tuple[str, str]:
    """Split the value of an inline "Label: value" in a paragraph into the label's own part and
    the rest. A dense paragraph ("Opgaver: Udfyldes senere. Støtten gælder 1. apr. – 30. jun.
    2026. Mentor har 8 timer om ugen.") states other fields after the label's sentence: the
    value ends after a placeholder sentence, or before the first sentence that speaks of
    another field and not of this one."""
    if fields & _UNSCOPED:
        return value, ""
    spans = sentence_spans(value)
    if len(spans) < 2:
        return value, ""
    first_end = spans[0][1]
    if vocab.is_placeholder(value[:first_end]):
        return value[:first_end], value[spans[1][0]:].strip()
    for s, e in spans[1:]:
        sentence = value[s:e]
        own = any(_speaks_of(key, sentence, vocab) for key in fields)
        if not own and any(_speaks_of(key, sentence, vocab) for key in _SCOPE_KEYS if key not in fields):
            return value[:s].rstrip(), value[s:].strip()
    return value, ""


_SCOPE_KEYS = ("goal", "mentor", "tasks", "duration", "follow_up", "hours", "appeal_guidance")


def _speaks_of(key: str, original: str, vocab: FieldVocabulary) -> bool:
    """Whether a sentence states something about field ``key``. A sentence about the mentor
    names or reaches the mentor; "Mentoren skal hjælpe med …" speaks of the tasks."""
    sentence = fold(original)
    if key == "mentor":
        return bool(vocab.prose_any.get("mentor") and vocab.prose_any["mentor"].search(sentence)) and (
            has_contact(original, vocab) or _prose_names_mentor(original, vocab))
    if key == "duration":
        return any(p.excluded is None and is_substantial(p) for p in find_periods(sentence, vocab.periods,
                                                                                   folded=sentence))
    if key == "hours":
        return bool(vocab.hour_figure_re.search(sentence)) and bool(re.search(r"\btimer?\b|\bt\b", sentence))
    pattern = vocab.prose_any.get(key)
    return bool(pattern is not None and pattern.search(sentence))


def _classify_row(block: Block, vocab: FieldVocabulary) -> list[_Item]:
    cells = [c.strip() for c in block.cells]
    # Only the first cell may carry a label word plus one more ("Mentorens opgaver"); a later
    # cell such as "to timer om ugen" is a value, not a label.
    labels = [vocab.classify_label(c.rstrip(":"), max_leftover=1 if i == 0 else 0)
              if c and len(c) < 90 and not (i and ("§" in c or vocab.digit_re.search(c))) else None
              for i, c in enumerate(cells)]
    non_empty = [c for c in cells if c]
    if _is_header_row(cells, vocab):
        return [_Item("header", text="", fields=frozenset(), label="|".join(cells))]
    items: list[_Item] = []
    i = 0
    while i < len(cells):
        lab = labels[i]
        question = vocab.lexicon.question_cells.get(" ".join(fold(cells[0]).strip(" :?").split())) if i == 0 else None
        if question is not None and len(non_empty) >= 2:
            lab = (frozenset({question}), "field")  # "Hvem | Nadia Sørensen", "Hvornår | 9.8.–8.1."
        if (lab is None or lab[1] == "generic") and i == 0 and len(non_empty) >= 2 and _first_cell_label(cells[0]):
            lab = (frozenset(), "other")  # "Sådan arbejder vi sammen | …": a first cell is a label by form
        if lab is not None and cells[i] and lab[1] in ("field", "sub", "other"):
            j = i + 1
            values = []
            while j < len(cells) and not (labels[j] is not None and labels[j][1] in ("field", "sub", "other")
                                          and cells[j]):
                values.append(cells[j])
                j += 1
            value = " ".join(v for v in values if v)
            items.append(_Item(lab[1], text=value, label=cells[i], fields=lab[0], inline=bool(value)))
            i = j
        else:
            if cells[i]:
                items.append(_Item("content", text=cells[i]))
            i += 1
    if not items and non_empty:
        items.append(_Item("content", text=" ".join(non_empty)))
    return items


def _header_labels(cells: list[str], vocab: FieldVocabulary) -> list[Optional[tuple[frozenset[str], str]]]:
    """Each cell of a possible header row read as a label. A header cell is a label and
    nothing else, so it may carry two extra words ("Hvad skal mentor hjælpe med")."""
    return [vocab.classify_label(c.rstrip(":"), max_leftover=2) if c and len(c) < 70 and _label_words(c) <= 6
            else None for c in cells]


def _label_words(label: str) -> int:
    """Words in the longest part of a possibly bilingual label ("Hours per week / timer pr. uge")."""
    return max((len(part.split()) for part in _LABEL_PARTS.split(label) if part), default=0)


def _is_header_row(cells: list[str], vocab: FieldVocabulary) -> bool:
    """A row of labels over a row of values ("Mål | Mentor | Opgaver", "Opfølgning |
    Klageadgang"): at least two field labels and every filled cell a label."""
    labels = _header_labels(cells, vocab)
    fields = [lab[0] for lab in labels if lab is not None and lab[1] == "field"]
    if len(fields) < 2 or any(lab is None for lab, c in zip(labels, cells) if c):
        return False
    # "Timer | fem timer om ugen" is a label and its value: header cells name different fields
    # and hold no figure.
    # "Mål for forløbet | Udfyldes af mentor" is a label and a placeholder.
    # "Aktivitet | Mentor (LAB § 167)" is a label and its value: header cells cite no law and
    # hold no figure.
    return (len(set(fields)) == len(fields)
            and not any(vocab.hour_figure_re.search(fold(c)) or vocab.is_placeholder(c) or "§" in c
                        or vocab.digit_re.search(c) for c in cells if c))


def find_sections(doc: ExtractedDocument, vocab: FieldVocabulary) -> list[Section]:
    """Split the document into labelled sections (see the module docstring)."""
    sections: list[Section] = []
    current: Optional[Section] = None
    header: Optional[list[Optional[tuple[frozenset[str], str]]]] = None
    header_cells: list[str] = []
    columns: list[Optional[Section]] = []  # the section of each header column, once it has a value
    for index, block in enumerate(doc.blocks):
        items = _classify_block(block, vocab)
        if items and items[0].role == "header" and _label_value_table_follows(doc, index, vocab):
            # "Indsats | Mentor/udvidet" over "Sigte med indsatsen | At du …": the next row starts
            # with a label too, so this is a label/value table and its first row a label and value
            items = (_Item("field", text=block.cells[1].strip(), label=block.cells[0].strip(),
                           fields=vocab.classify_label(block.cells[0].strip())[0], inline=True),)
        if (current is not None and current.parts and len(items) == 1 and items[0].role == "content"
                and block.kind == BlockKind.PARAGRAPH and _unknown_label_shape(items[0].text)
                and index + 1 < len(doc.blocks) and doc.blocks[index + 1].kind != BlockKind.HEADING):
            # A short line between the content of one section and more content is a label even
            # with a word the pack does not list ("Støtten gives i perioden"): read it leniently.
            found = vocab.classify_label(items[0].text, max_leftover=2)
            if found is not None and found[1] == "field" and not (found[0] & current.fields):
                items = (_Item("field", text="", label=items[0].text.strip(), fields=found[0]),)
        if block.kind != BlockKind.TABLE_ROW:
            header = None
        if (header is not None and block.kind == BlockKind.TABLE_ROW and len(block.cells) == len(header)
                and not any(item.role == "header" for item in items)):
            # Rows as wide as the header row hold its columns' values, even a cell that reads
            # like a label ("Midtvejsevaluering efter 3"); a value that wraps over several rows
            # continues its column's section.
            for col, cell in enumerate(block.cells):
                lab = header[col]
                if lab is None or lab[1] != "field" or not cell.strip():
                    continue
                if columns[col] is None:
                    columns[col] = Section(lab[0], header_cells[col], index, block.location,
                                           parts=[(index, cell.strip())], inline=True)
                    sections.append(columns[col])  # type: ignore[arg-type]
                else:
                    # a wrapped cell is one value: "Fra d. 1/12 2026 og ni" + "måneder frem"
                    sec = columns[col]
                    assert sec is not None
                    at = max(i for i, (_, text) in enumerate(sec.parts) if text)
                    sec.parts[at] = (sec.parts[at][0], f"{sec.parts[at][1]} {cell.strip()}")
                    sec.parts.append((index, ""))  # the row belongs to the section too
            current = None
            continue
        for item in items:
            if item.role == "header":
                header_cells = [c.strip() for c in block.cells]
                header = _header_labels(header_cells, vocab)
                columns = [None] * len(header_cells)
                current = None
                continue
            if header is not None and block.kind == BlockKind.TABLE_ROW and item.role == "content":
                # a row of values under a header row of labels: column i belongs to label i
                for col, cell in enumerate(block.cells):
                    if col < len(header) and header[col] is not None and header[col][1] == "field":
                        sec = Section(header[col][0], header_cells[col], index, block.location,
                                      parts=[(index, cell.strip())], inline=True)
                        sections.append(sec)
                current = None
                break
            if (item.role == "field" and item.inline and current is not None and current.heading
                    and current.fields and (not (item.fields & current.fields) or len(current.fields) > 1)
                    and _ENUMERATED.search(item.label)):
                # "Delmål 1: …", "Punkt 2: …" under "Statusmøder": numbered sub-items of the
                # section they stand in, not a new field.
                current.parts.append((index, f"{item.label}: {item.text}"))
                continue
            if (item.role == "field" and item.inline and current is not None and current.heading
                    and current.fields == frozenset({"appeal_guidance"}) and item.fields == current.fields):
                # "Klageadgang" over "Klagefrist: 4 uger …", "Klagen sendes til: …": the parts of
                # one appeal guidance, not sections of their own.
                current.parts.append((index, f"{item.label}: {item.text}"))
                continue
            if item.role in ("field", "other"):
                current = Section(item.fields, item.label, index, block.location,
                                  parts=[(index, item.text)] if item.text else [], inline=item.inline,
                                  heading=not item.inline, weak=item.weak)
                sections.append(current)
            elif item.role == "heading":
                current = Section(frozenset(), item.label, index, block.location, heading=True)
                sections.append(current)
            elif item.role == "sub":
                if current is not None:
                    current.parts.append((index, f"{item.label}: {item.text}"))
            elif item.role == "generic":
                # An unknown "Label: value" is a boundary ("Gyldig: 1.2.–2.7." after a task list),
                # except among the mentor's details ("Organisation: …", "Leverandør: …").
                if current is not None and current.heading and current.fields and (
                        (("mentor" in current.fields or "appeal_guidance" in current.fields)
                         and not item.label.rstrip().endswith("?"))
                        or (not current.parts and not vocab.digit_re.match(item.text.strip()))):
                    # … and the first "X: value" under a field's heading is that field's content
                    # ("Hvad skal forløbet føre til?" + "Svar: …", "Periode" + "Fra: 1.3.2026")
                    current.parts.append((index, f"{item.label}: {item.text}"))
                else:
                    current = Section(frozenset(), item.label, index, block.location,
                                      parts=[(index, item.text)] if item.text else [], inline=True)
                    sections.append(current)
            else:
                if (block.kind == BlockKind.PARAGRAPH and _unknown_label_shape(item.text)
                        and index + 1 < len(doc.blocks) and doc.blocks[index + 1].kind != BlockKind.HEADING
                        and (current is None
                             or (current.heading and current.parts and "mentor" not in current.fields)
                             or (current.inline and current.fields and not _continues(current, block)))):
                    # "Hvornår", "Tid", "Det praktiske": a label the pack does not know still ends
                    # the section above; what follows it is judged by its content.
                    current = Section(frozenset(), item.text.strip(), index, block.location, heading=True)
                    sections.append(current)
                    continue
                if (current is not None and current.heading and current.parts and len(current.fields) == 1
                        and all(vocab.is_placeholder(text) for _, text in current.parts)
                        and not any(_speaks_of(key, item.text, vocab) for key in current.fields)):
                    # "Evaluering" + "[indsæt tekst]": the field is empty, and what follows the
                    # placeholder ("Julie har 2-3 timer om ugen") is not its value.
                    current = None
                if (current is not None and current.heading and current.parts and block.kind == BlockKind.PARAGRAPH
                        and all(doc.blocks[i].kind == BlockKind.LIST_ITEM for i, _ in current.parts)
                        and not any(_speaks_of(key, item.text, vocab) for key in current.fields)):
                    # A list under a label ("Helle skal hjælpe dig med:" + bullets) ends where the
                    # list ends, unless the paragraph after it is still about the same field: "Den
                    # sidste evaluering holdes …" after the evaluation dates.
                    current = None
                if (current is not None and current.fields == frozenset({"mentor"}) and current.parts
                        and block.kind == BlockKind.PARAGRAPH and len(item.text.split()) >= 8
                        and item.text.rstrip().endswith((".", "!")) and not has_contact(item.text, vocab)):
                    # the mentor's details are short lines; a sentence after them is the letter
                    # going on ("Støtten skal bruges til at …"), judged by what it says
                    current = None
                if current is not None and current.inline and current.fields and not _continues(current, block):
                    current = None  # prose after "Label: value" is not part of that value
                if current is not None:
                    current.parts.append((index, item.text))
    for i, sec in enumerate(sections):
        if sec.fields and not sec.value.strip() and i + 1 < len(sections):
            nxt = sections[i + 1]
            # "4. Varighed og opfølgning" over "Periode: …" and "Opfølgning: …" is a parent
            # heading; "Opfølgning:" with nothing before "Timetal: …" is an empty field.
            if nxt.fields and nxt.fields <= sec.fields and nxt.block_index <= sec.block_index + 1:
                sec.parent = True
    return sections


_ENUMERATED = re.compile(r"\s(?:\d{1,2}|[A-H]|[IVX]{1,3})\s*$")  # "Delmål 1", "Punkt B"; not "består i"


def _first_cell_label(text: str) -> bool:
    """The first cell of a table row is a label by form when it is short (up to five words),
    has no figures and does not end a sentence: "Vi mødes og gør status", "Tid med mentor"."""
    words = text.split()
    return (1 <= len(words) <= 5 and text[:1].isupper() and not text.rstrip().endswith(tuple(".,;!"))
            and not any(ch.isdigit() for ch in text) and "@" not in text
            and not (len(words) >= 2 and all(w[:1].isupper() for w in words)))


def _unknown_label_shape(text: str) -> bool:
    """A line shaped like a label: one to four words, capitalised, no figures, no final
    punctuation, not a name of several capitalised words, no contact data."""
    words = text.split()
    return (1 <= len(words) <= 4 and text[:1].isupper() and not text.rstrip().endswith(tuple(".,;!"))
            and not any(ch.isdigit() for ch in text) and "@" not in text
            and not (len(words) >= 2 and all(w[:1].isupper() for w in words)))


def _label_value_table_follows(doc: ExtractedDocument, index: int, vocab: FieldVocabulary) -> bool:
    """Whether the rows after a two-cell "header" row start with labels of their own."""
    block = doc.blocks[index]
    if len(block.cells) != 2 or index + 1 >= len(doc.blocks):
        return False
    following = doc.blocks[index + 1]
    if following.kind != BlockKind.TABLE_ROW or len(following.cells) != 2:
        return False
    found = vocab.classify_label(following.cells[0].strip().rstrip(":"))
    return found is not None and found[1] in ("field", "sub", "other") or _first_cell_label(following.cells[0].strip())


def _continues(section: Section, block: Block) -> bool:
    """Whether a content block after an inline "Label: value" still belongs to that value."""
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW):
        return True
    if section.value.rstrip().endswith(":"):
        return True
    return "appeal_guidance" in section.fields or "reasons" in section.fields


# -- field validation ---------------------------------------------------------------------------

_NAME = re.compile(r"(?<![\w@.])([A-ZÆØÅ][a-zæøåéüö]+(?:-[A-ZÆØÅ][a-zæøåéüö]+)?)(?![\w@])")


def has_name(text: str, vocab: FieldVocabulary, skip_first: bool = False) -> bool:
    """Whether ``text`` holds a person's (or a mentor firm's) name: a capitalised word that is
    not a label word. The first word of a sentence is skipped in prose."""
    spans = sentence_spans(text) if skip_first else [(0, len(text))]
    for s, e in spans:
        for m in _NAME.finditer(text, s, e):
            if skip_first and m.start() == s + (len(text[s:e]) - len(text[s:e].lstrip())):
                continue
            if fold(m.group(1)) not in vocab.not_names:
                return True
    return False


def has_person_name(text: str, vocab: FieldVocabulary) -> bool:
    """A person's name in a mentor field: first and last name ("Lars Østergaard"). An
    organisation alone ("Udpeges af Jobværkstedet") does not name the mentor (BAB § 52, nr. 2)."""
    if vocab.not_appointed_re.search(fold(text)):
        return False
    without_contact = vocab.other_party_name_re.sub(" ", vocab.email_re.sub(" ", text))
    for m in _FULL_NAME.finditer(without_contact):
        if len([w for w in m.group(0).split() if fold(w) not in vocab.not_names]) >= 2:
            return True
    # Many agreements give the mentor's first name only: "Sara (Mentorhuset), tlf. …", "Sara
    # fra Mentorhuset". A lone capitalised word at the start of the value counts when it is not a
    # label word and does not look like an organisation.
    first = vocab.given_name_re.match(without_contact)
    return bool(first and fold(first.group(1)) not in vocab.not_names
                and not vocab.organisation_re.search(fold(first.group(1))))




def has_contact(text: str, vocab: FieldVocabulary) -> bool:
    return bool(vocab.phone_re.search(text) or vocab.email_re.search(text) or vocab.phone_labelled_re.search(text)
                or vocab.email_labelled_re.search(text))


def _validate(key: str, value: str, vocab: FieldVocabulary, *, labelled: bool,
              multi: bool = False) -> tuple[str, Optional[str]]:
    """(state, detail) for one candidate value of field ``key``."""
    # A pure function of its arguments; archives repeat the same values ("Se ovenfor", the
    # standard appeal paragraph, the team's phone number) in document after document.
    cache_key = (key, value, labelled, multi)
    found = vocab._validate_cache.get(cache_key)
    if found is None:
        if len(vocab._validate_cache) > 50000:
            vocab._validate_cache.clear()
        found = vocab._validate_cache[cache_key] = _validate_uncached(key, value, vocab, labelled=labelled,
                                                                      multi=multi)
    return found


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
        own = " ".join(text[a:b] for a, b in sentence_spans(text)
                       if not vocab.other_party_re.search(fold(text[a:b])))
        name, contact = has_person_name(text, vocab), has_contact(own, vocab)
        if name and contact:
            return "present", None
        if not name and not contact:
            return "empty", None
        return "incomplete", "no-contact" if name else "no-name"
    if key == "duration":
        periods = find_periods(text, vocab.periods, folded=folded)
        if any(p.excluded != "context" and is_substantial(p) for p in periods):
            return "present", None
        dated = folded
        if multi:
            # Under "Varighed og opfølgning" a lone date on an evaluation line is the follow-up's
            # date, not the agreement's duration ("Udfyldes senere / Midtvejsevaluering 11. dec").
            dated = "\n".join(line for line in folded.splitlines()
                               if not vocab.evaluation_line_re.search(line))
        if any(d.complete for d in find_dates(dated)):
            return "present", None
        return "empty", "no-period"
    if key == "hours":
        lines = folded.splitlines()
        head = "\n".join(lines[:3])  # the hours, not the letter footer below them
        if vocab.hour_figure_re.search(head):
            return "present", None
        if vocab.vague_hours_re.search(head):
            return "vague", None
        first_raw = next((line for line in value.splitlines() if line.strip()), "")
        # "Timetal: XX" over the page footer "Jobcenter … · 46 11 00 00": the figure is not the hours
        if labelled and not multi and lines and vocab.digit_re.search(lines[0]) \
                and not vocab.is_placeholder(first_raw):
            return "present", None  # "Timetal: 3" (not the dates under "Varighed og timetal")
        return "empty", "no-figure"
    if key == "appeal_guidance":
        body, deadline = _appeal_parts(text, vocab)
        if body and deadline:
            return "present", None
        return "incomplete", "no-body" if deadline else ("no-deadline" if body else "no-body-no-deadline")
    if _fewer_letters_than(text, 5) and not (key == "follow_up" and find_dates(folded)):
        return "empty", None
    if key == "follow_up" and multi and not any(p.search(folded) for p in vocab.prose.get("follow_up", [])) \
            and not vocab.follow_up_rhythm_re.search(folded):
        return "empty", None  # "Periode og opfølgning: 1.2.–31.10.2023" names no follow-up
    return "present", None





# "Kiagen": an OCR layer whose "1" for "l" was repaired to "i" (analyze.repair_ocr)


def _appeal_parts(text: str, vocab: FieldVocabulary) -> tuple[bool, bool]:
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
    for line in lines:
        # A paragraph about the appeal counts as a whole ("Du har ret til at klage. … Ring til
        # Jobcenter Assens …"); a paragraph without an appeal word (the signature) does not.
        sentence = fold(line)
        if not vocab.appeal_context_re.search(sentence):
            continue
        body = body or bool(vocab.appeal_body_re.search(sentence))
        deadline = deadline or bool(vocab.appeal_deadline_re.search(sentence))
    return body, deadline


def _task_candidates(candidates: list[Section], vocab: FieldVocabulary) -> list[Section]:
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


def _rank(state: str) -> int:
    return {"present": 4, "vague": 3, "incomplete": 2, "empty": 1, "absent": 0}[state]


#: Dates under these labels are not the period: when the document was written or printed, a birth
#: date, a meeting.


def _reassign_by_value(sections: list[Section], vocab: FieldVocabulary) -> None:
    """A section whose label merely mentions the mentor ("Tid med mentor", "Mentor hjælper med")
    but whose value is plainly something else is that something: a number of hours per week
    ("1-2 timer pr. uge"), not a mentor without a name."""
    for sec in sections:
        if sec.fields != frozenset({"mentor"}) or not sec.value.strip():
            continue
        value = " ".join(fold(vocab.meaningful(sec.value)).split()).rstrip(" .")
        if has_contact(sec.value, vocab) or not value:
            continue
        if vocab.hours_value_re.match(value):
            sec.fields, sec.by_value = frozenset({"hours"}), True
    # "Hvornår?: f.o.m. 1.8.2026 t.o.m. 31.1.2027": an unknown label over a short dated range
    for sec in sections:
        if sec.fields or not sec.label or vocab.not_period_label_re.search(fold(sec.label)):
            continue
        value = fold(sec.value).strip()
        if 8 <= len(value) <= 60 and any(p.is_range for p in _stated_periods(value, vocab)):
            sec.fields, sec.by_value = frozenset({"duration"}), True
    # "Fra | 1. marts 2026" over "Til | 31. august 2026": two unknown labels that each hold a lone
    # date, the second later, are the period's start and end.
    lone: list[tuple[Section, Any]] = []
    for sec in sections:
        if sec.fields or not sec.label:
            continue
        value = fold(sec.value).strip(" .")
        if len(value) > 40 or not any(ch.isdigit() for ch in value):
            continue
        dates = find_dates(value)
        if len(dates) == 1 and dates[0].complete and len(value) <= dates[0].end - dates[0].start + 12:
            lone.append((sec, dates[0].date()))
    for (first, start), (second, end) in zip(lone, lone[1:]):
        if start and end and start < end and second.block_index - first.block_index <= 3 \
                and not vocab.not_period_label_re.search(fold(first.label) + " " + fold(second.label)):
            first.fields = second.fields = frozenset({"duration"})
            first.by_value = second.by_value = True


def assess_fields(doc: ExtractedDocument, sections: list[Section], vocab: FieldVocabulary,
                  keys: Iterable[str] = FIELD_KEYS) -> dict[str, FieldStatus]:
    """The status of every field: from labelled sections first, prose only when unlabelled."""
    _reassign_by_value(sections, vocab)
    folded_blocks = [fold(b.text) for b in doc.blocks]
    owned: dict[int, frozenset[str]] = {}
    #: block index -> (fields, folded text) of the section values in it, so that only those
    #: spans are hidden from other fields' prose, not the rest of a dense paragraph
    owned_parts: dict[int, list[tuple[frozenset[str], str]]] = {}
    for sec in sections:
        if sec.fields and not sec.parent:
            for index in {sec.block_index, *(i for i, _ in sec.parts)}:
                owned[index] = owned.get(index, frozenset()) | sec.fields
            for index, text in sec.parts:
                owned_parts.setdefault(index, []).append((sec.fields, fold(text)))
            if not any(i == sec.block_index for i, _ in sec.parts):
                owned_parts.setdefault(sec.block_index, []).append((sec.fields, ""))
    result: dict[str, FieldStatus] = {}
    for key in keys:
        not_value = vocab.not_value.get(key)
        # "Indsats: Mentorstøtte (§ 167)" names the kind of support: that label is not this field.
        candidates = [s for s in sections if key in s.fields and not s.parent
                      and not (not_value is not None and not_value.search(" ".join(fold(s.value).split())))]
        if key == "tasks":
            candidates = _task_candidates(candidates, vocab)
        best: Optional[FieldStatus] = None
        fallback: Optional[FieldStatus] = None
        uncertain = False
        for sec in candidates:
            value = f"{sec.label}: {sec.value}" if key == "appeal_guidance" else sec.value
            state, detail = _validate(key, value, vocab, labelled=True, multi=len(sec.fields) > 1)
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
            if best is None or _rank(state) > _rank(best.state):
                best = status
            if state == "present":
                break
        if best is None or (best.state == "incomplete" and key in ("mentor", "appeal_guidance")) or \
                (uncertain and best.state != "present"):
            # Prose is read only outside the sections of other fields: "følge op hver uge" in the
            # mentor's task list is a task, not the agreement's follow-up.
            visible = [text if key not in _HIDE_OWNED or not (owned.get(i) and key not in owned[i])
                       else _hide_owned(text, owned_parts.get(i, []), key)
                       for i, text in enumerate(folded_blocks)]
            if key == "follow_up":
                # "Kontakt til praktikstedet og opfølgning med arbejdsgiveren" in the tasks is a
                # task, not the agreement's follow-up
                visible = [folded_blocks[i] if text != folded_blocks[i] and vocab.follow_up_strong_re.search(folded_blocks[i])
                           and "tasks" not in owned.get(i, frozenset()) else text
                           for i, text in enumerate(visible)]
            for sec in sections:  # a label naming this field is not prose evidence for it
                if key in sec.fields and visible[sec.block_index]:
                    label = fold(sec.label)
                    at = visible[sec.block_index].find(label) if label else -1
                    if at >= 0:  # blank the label only; the same line may hold other content
                        text = visible[sec.block_index]
                        visible[sec.block_index] = text[:at] + " " * len(label) + text[at + len(label):]
            need = None
            if best is not None and key == "mentor":
                need = {"no-contact": "contact", "no-name": "name"}.get(best.detail or "")
            prose = _from_prose(key, doc, visible, vocab, sections, need=need)
            if prose is not None and (best is None or _rank(prose.state) > _rank(best.state)):
                best = prose
            if key == "mentor" and (best is None or best.state != "present"):
                best = _mentor_by_shape(doc, sections, vocab) or best
            if key == "tasks" and best is None and not candidates:
                best = _tasks_by_shape(sections, vocab)
            if key == "hours" and best is None and not candidates:
                # the citizen's job hours in the goal ("med 15 timer om ugen") are not the support's
                best = _hours_by_shape(doc, [text if "goal" not in owned.get(i, frozenset()) else ""
                                             for i, text in enumerate(folded_blocks)], vocab, sections)
        if key == "mentor" and best is not None and best.state == "incomplete" and len(candidates) >= 2:
            # "Hvem | Nadia Sørensen" and "Hvordan kontaktes | 60 24 34 46": the name and the
            # contact in two rows are one mentor
            joined = "\n".join(sec.value for sec in candidates if sec.value.strip())
            if _validate("mentor", joined, vocab, labelled=True)[0] == "present":
                best = FieldStatus(key, "present", value=joined, evidence=joined, location=candidates[0].location,
                                   sections=list(candidates))
        result[key] = best or fallback or FieldStatus(key, "absent")
    return result


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


def _hours_by_shape(doc: ExtractedDocument, visible: list[str], vocab: FieldVocabulary,
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


def _opens_with(item: str, verbs: frozenset[str]) -> bool:
    """Whether a list item opens with a task verb, after the mentor's first name if any
    ("Kasper ringer til dig om morgenen")."""
    words = item.split()
    first = fold(words[0]).strip(".,:")
    if first in verbs:
        return True
    return len(words) > 1 and words[0][:1].isupper() and fold(words[1]).strip(".,:") in verbs


def _tasks_by_shape(sections: list[Section], vocab: FieldVocabulary) -> Optional[FieldStatus]:
    """The tasks under a label the pack does not know ("Trin i forløbet", "Plan"): a value whose
    items (lines, ";"-separated or numbered) mostly open with a task verb ("Hjælpe med …",
    "Følge med til …"). Items about the mentor's contact never do."""
    verbs = vocab.task_openers
    for sec in sections:
        if sec.fields or not sec.label or not sec.value.strip() or len(sentence_spans(sec.value)) > 8:
            continue  # a letter's body under its title is no task list
        items = [_NUMBERING.sub("", i.strip(), count=1) for i in _ITEM_SPLIT.split(sec.value)]
        if len(items) < 2:  # cell paragraphs run together: "… sengetider Går med til …"
            items = _GLUED_ITEMS.split(sec.value)
        if len(items) < 2 and len(sentence_spans(sec.value.strip())) == 1:
            # one sentence of verbs: "Mikkel mødes med dig, planlægger ugen, træner …"
            items = [i for i in re.split(r",\s+|\s+og\s+", sec.value.strip().rstrip(".")) if i]
        items = [i for i in items if len(i.split()) >= 2]
        if len(items) < 2:
            continue
        opening = sum(1 for i in items if i.split() and _opens_with(i, verbs))
        if opening >= max(2, (len(items) + 1) // 2):
            return FieldStatus("tasks", "present", value=sec.value, evidence=sec.value, location=sec.location,
                               sections=[sec])
    return None


def _mentor_by_shape(doc: ExtractedDocument, sections: list[Section], vocab: FieldVocabulary) -> Optional[FieldStatus]:
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
        if sec.fields or "mentor" not in fold(sec.label) or vocab.other_party_re.search(fold(sec.label)):
            continue
        found = vocab.classify_label(sec.label)
        if found is None or found[1] != "generic":
            continue  # a title ("Aftale om mentorstøtte") or a signature line, not a label
        if _validate("mentor", sec.value, vocab, labelled=True)[0] == "present":
            return FieldStatus("mentor", "present", value=sec.value, evidence=sec.value, location=sec.location,
                               sections=[sec])
    return None


def _hide_owned(text: str, parts: list[tuple[frozenset[str], str]], key: str) -> str:
    """``text`` (a folded block) with the values of other fields' sections blanked out; the
    whole block when a value cannot be located in it (it spans blocks or was rewritten)."""
    for fields, part in parts:
        if key in fields:
            continue
        at = text.find(part) if part else -1
        if at < 0:
            return ""
        text = text[:at] + " " * len(part) + text[at + len(part):]
    return text if text.strip() else ""


#: Fields whose prose is ignored inside other fields' sections ("14 dage før ophør" under
#: Opfølgning is not the duration). Appeal guidance and the mentor are distinctive enough to be
#: read anywhere (a "Begrundelse" heading often runs straight into the appeal text).
_HIDE_OWNED = frozenset({"goal", "tasks", "follow_up", "hours", "reasons", "duration"})



def _block_sentences(doc: ExtractedDocument, folded_blocks: list[str]):
    for index, block in enumerate(doc.blocks):
        if not folded_blocks[index]:
            continue
        for s, e in sentence_spans(block.text):
            yield index, s, e


def _from_prose(key: str, doc: ExtractedDocument, folded_blocks: list[str], vocab: FieldVocabulary,
                sections: list[Section], need: Optional[str] = None) -> Optional[FieldStatus]:
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
                and not (key == "goal" and vocab.no_goal_re.search(fold(stated.value or ""))):
            return stated
    if key == "hours":
        # "Målet er, at du arbejder mindst 30 timer om ugen" is the goal's job, not the support
        status = _first_match(key, doc, folded_blocks, patterns, need=context, skip=vocab.prose_any.get("goal"))
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
        return _first_match(key, doc, folded_blocks, patterns, skip=vocab.not_follow_up_re, need=context)
    if key == "goal":
        return _first_match(key, doc, folded_blocks, patterns, need=context, skip=vocab.no_goal_re) or \
            _goal_statement(doc, folded_blocks, vocab)
    return _first_match(key, doc, folded_blocks, patterns, need=context)


_STATED_KEYS = frozenset({"goal", "tasks", "hours"})
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
                if word2 in vocab.copula:
                    rest = doc.blocks[index].text[s + end:e]
                    raw_at = re.match(r"[\s,:]*at\s", rest) is not None
                    value = re.sub(r"^[\s,:]*(?:at\s+)?", "", rest).strip()
                    # "… er ikke fastsat endnu" says the field is missing, not what it is
                    first = fold(value.split()[0]) if value.split() else ""
                    if first.endswith("t") and len(first) > 4 and first.isalpha() and not raw_at:
                        break  # "Indsatsen er aftalt med …", "Målet er fastsat …": a passive, not the field
                    if len(value.split()) >= 2 and not vocab.negation_re.match(fold(value)) \
                            and _validate(key, value, vocab, labelled=False)[0] == "present":
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
# gymnasiet …", "Jonas er i praktik hos …" (the verbs are the pack's cues.goal_state_verbs).
_NAMED_STATE = re.compile(r"^\s*([A-ZÆØÅ][a-zæøå]+) (\w+)")


def _named_citizen_state(original: str, vocab: FieldVocabulary) -> bool:
    m = _NAMED_STATE.match(original)
    return bool(m) and fold(m.group(2)) in vocab.goal_state_verbs and fold(m.group(1)) not in vocab.not_names \
        and fold(m.group(1)) not in vocab.not_a_subject






def _goal_statement(doc, folded_blocks, vocab) -> Optional[FieldStatus]:
    return _goal_state_sentence(doc, folded_blocks, vocab) or _goal_activity_line(doc, folded_blocks, vocab)


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
               for item in _classify_block(doc.blocks[j], vocab)):
            continue  # a line of the task list after "Indsatsområder: …" (flattened PDF)
        vague_line = len(folded.split()) <= 12 and vocab.goal_vague_re.search(folded)
        if (vocab.goal_opener_re.match(folded) or vague_line) and not vocab.not_an_activity_goal_re.search(folded):
            return FieldStatus("goal", "present", value=block.text.strip(), evidence=block.text,
                               location=block.location)
    return None


def _goal_state_sentence(doc, folded_blocks, vocab) -> Optional[FieldStatus]:
    """A goal written as the state the citizen will reach, without the word "mål": "Inden 28.
    november 2025 er du ansat i løntilskud som pladsmand hos Genbrugspladsen". It must aim at a
    job or an education (the goal anchors of the pack) and have the citizen as its subject
    (domain.md § 6: a goal describes the state once reached)."""
    for index, s, e in _block_sentences(doc, folded_blocks):
        sentence = folded_blocks[index][s:e]
        if ((vocab.citizen_state_re.search(sentence) or _named_citizen_state(doc.blocks[index].text[s:e], vocab))
                and not vocab.not_a_goal_re.search(sentence) and not vocab.no_goal_re.search(sentence)
                and vocab.goal_anchor_re.search(sentence)):
            original = doc.blocks[index].text[s:e]
            return FieldStatus("goal", "present", value=original.strip(), evidence=original,
                               location=doc.blocks[index].location)
    return None


#: id(pattern list) -> (the list, its joined prefilter); the list is kept so the id stays valid.
_PREFILTERS: dict[int, tuple[list[re.Pattern[str]], Optional[re.Pattern[str]]]] = {}


def _first_match(key: str, doc: ExtractedDocument, folded_blocks: list[str], patterns: list[re.Pattern[str]],
                 skip: Optional[re.Pattern[str]] = None,
                 need: Optional[re.Pattern[str]] = None) -> Optional[FieldStatus]:
    if not patterns:
        return None
    prefilter = _PREFILTERS.get(id(patterns))
    if prefilter is None or prefilter[0] is not patterns:
        if len(_PREFILTERS) > 256:  # packs compiled and dropped (the web form's custom packs)
            _PREFILTERS.clear()
        prefilter = _PREFILTERS[id(patterns)] = (patterns, _any_of(patterns))
    any_re = prefilter[1]
    for index, s, e in _block_sentences(doc, folded_blocks):
        sentence = folded_blocks[index][s:e]
        if any_re is not None and not any_re.search(sentence):
            continue
        if skip is not None and skip.search(sentence):
            continue
        if need is not None and not need.search(sentence):
            continue
        for pattern in patterns:
            m = pattern.search(sentence)
            if m:
                original = doc.blocks[index].text
                if "value" in pattern.groupindex and m.group("value"):
                    value = original[s + m.start("value"):s + m.end("value")]
                else:
                    value = original[s:e]
                return FieldStatus(key, "present", value=value.strip(), evidence=original[s:e],
                                   location=doc.blocks[index].location)
    return None


_FULL_NAME = re.compile(r"(?<![\w@.])[A-ZÆØÅ][a-zæøåéüö]+(?:-[A-ZÆØÅ][a-zæøåéüö]+)?(?![\wÆØÅæøå/])"
                        r"(?:\s+[A-ZÆØÅ][a-zæøåéüö]+(?:-[A-ZÆØÅ][a-zæøåéüö]+)?(?![\wÆØÅæøå/]))+")
# The words between "mentor" and the name never cross a colon: in "Hvad mentoren hjælper med:
# Hjælpe med …" the capitalised word starts the value of a label, not a name.
_AFTER_MENTOR = re.compile(r"[Mm]entor(?:en)?\b[^\w.:]+(?:[a-zæøå]\w*[^\w.:]+){0,3}?([A-ZÆØÅ][a-zæøåéüö]+)")


def _prose_names_mentor(sentence: str, vocab: FieldVocabulary) -> bool:
    """A person is named in a prose sentence about the mentor: a full name ("Lars Østergaard")
    or a capitalised name shortly after the word mentor ("din mentor bliver Lars")."""
    if vocab.not_appointed_re.search(fold(sentence)):
        return False  # "Mentoren udpeges af Mentorhuset ApS": nobody is named yet
    for m in _FULL_NAME.finditer(sentence):
        if len([w for w in m.group(0).split() if fold(w) not in vocab.not_names]) >= 2:
            return True
    for m in _AFTER_MENTOR.finditer(sentence):
        word = m.group(1)
        if word[:1].isupper() and fold(word) not in vocab.not_names:
            return True
    return False




def _mentor_from_prose(doc, folded_blocks, vocab, patterns, need: Optional[str] = None) -> Optional[FieldStatus]:
    """The mentor in letter prose: a sentence naming the mentor ("Din mentor er Lars
    Østergaard") with contact data in it or in the next two sentences, unless those are about
    someone else (the caseworker). ``need`` ("name" or "contact") completes a labelled mentor
    field that has only the other part."""
    partial: Optional[FieldStatus] = None
    any_re = vocab.prose_any.get("mentor") if patterns is vocab.prose.get("mentor") else _any_of(patterns)
    sentences = list(_block_sentences(doc, folded_blocks))
    for n, (index, s, e) in enumerate(sentences):
        sentence = folded_blocks[index][s:e]
        if not (any_re.search(sentence) if any_re is not None else any(p.search(sentence) for p in patterns)):
            continue
        original = doc.blocks[index].text[s:e]
        window = original
        for index2, s2, e2 in sentences[n + 1:n + 3]:
            if vocab.other_party_re.search(folded_blocks[index2][s2:e2]) or index2 > index + 1:
                break
            window += " " + doc.blocks[index2].text[s2:e2]
        name = _prose_names_mentor(original, vocab)
        contact = has_contact(window, vocab) and not (vocab.other_party_re.search(sentence)
                                                      and not has_contact(original, vocab))
        location = doc.blocks[index].location
        if (name and contact) or (need == "name" and name) or (need == "contact" and contact):
            return FieldStatus("mentor", "present", value=window, evidence=window, location=location)
        if name and partial is None:
            partial = FieldStatus("mentor", "incomplete", value=original, evidence=original,
                                  location=location, detail="no-contact")
    return partial


def _appeal_from_prose(doc, folded_blocks, vocab, patterns) -> Optional[FieldStatus]:
    partial: Optional[FieldStatus] = None
    for index, folded in enumerate(folded_blocks):
        if not any(p.search(folded) for p in patterns):
            continue
        original = "\n".join(b.text for b in doc.blocks[index:index + 3])
        body, deadline = _appeal_parts(original, vocab)
        if body and deadline:
            return FieldStatus("appeal_guidance", "present", value=original, evidence=doc.blocks[index].text,
                               location=doc.blocks[index].location)
        if partial is None:
            partial = FieldStatus("appeal_guidance", "incomplete", value=original, evidence=doc.blocks[index].text,
                                  location=doc.blocks[index].location,
                                  detail="no-body" if deadline else ("no-deadline" if body else "no-body-no-deadline"))
    return partial




def _duration_from_prose(doc, folded_blocks, vocab) -> Optional[FieldStatus]:
    for index, folded in enumerate(folded_blocks):
        if not folded:
            continue
        for p in support_periods(doc.blocks[index].text, vocab.periods, labelled=False, folded=folded):
            if is_substantial(p):
                return FieldStatus("duration", "present", value=p.text, evidence=doc.blocks[index].text,
                                   location=doc.blocks[index].location)
        m = vocab.end_date_re.search(folded)
        if m and any(d.complete and d.start >= m.start() for d in find_dates(folded)) and \
                not re.search(r"klag", folded):
            return FieldStatus("duration", "present", value=doc.blocks[index].text,
                               evidence=doc.blocks[index].text, location=doc.blocks[index].location)
    return None
