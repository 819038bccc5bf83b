"""Label evidence: which field a label-shaped text names, from its words rather than a closed
phrase list (issue 8).

A pack lists each field's *terms* (``fields.<key>.terms``: "mål", "opgave", "varighed", …),
the words of sub-labels and boundary labels, filler words and the verbs that make a question
about the mentor a question about the tasks (``label_words``). A label is read word by word:

* **inflection**: every word and term is reduced to a crude Danish stem ("mentorens",
  "mentors", "mentoren" -> "mentor"; "opgaverne" -> "opgav"; "timetallet" -> "timetal");
* **compounds**: a word whose end is a term of five letters or more names that term's field
  ("mentortimer", "støtteperioden");
* **OCR damage**: a word of six letters or more within a small edit distance of a term
  (``rapidfuzz``: "opfolgnlng", "varlghed");
* **genitives** are modifiers: in "Borgerens mål" the head is "mål" (goal); in "Mentors
  kontaktdata" the head is a sub-label ("kontaktdata") and the modifier names the field
  (mentor); in "Sagsbehandlers telefon" the modifier names another party (a boundary);
* **questions and lead-ins** ("Hvad skal mentor hjælpe med?", "Sara skal hjælpe dig med:")
  name the tasks when a task verb goes with the mentor or with nobody else.

The result is None (not a label: too long, figures, no head), or (fields, role) with role
"field", "sub", "other" or "generic" exactly as :class:`mentordocs.lint.vocabulary.FieldVocabulary`
uses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from mentordocs.lint.text import fold, fold_pattern

_SUFFIXES = ("ernes", "erne", "enes", "ene", "ens", "ets", "ers", "en", "et", "er", "ne", "es", "e", "s")
_WORD = re.compile(r"[a-z][a-z'-]*")
#: a word of at least three letters cut short with a full stop: "ment.", "opg.", "klagevejl."
#: (a text of one word, or before a colon or a lower-case word: "Hjælp til job." is a sentence)
_HYPHEN_APART = re.compile(r"(\w) -(\w)")
_ABBREVIATED_LAST = re.compile(r"(?<=\s)([A-Za-zÆØÅæøå]{3,})\.(?=\s*$)()")
_ABBREVIATED = re.compile(r"\b([A-Za-zÆØÅæøå]{3,})\.(?=\s*:|\s+[a-zæøå])|^\s*([A-Za-zÆØÅæøå]{3,})\.(?=\s*$)")
_PREPOSITIONS = frozenset({"for", "til", "med", "af", "pa", "om", "hos", "ved", "of", "with", "by"})
#: Folded letters an OCR engine reads for one another: "i"/"l" and "e"/"o" (the folded "ø").
_OCR_SKELETON = str.maketrans({"i": "l", "e": "o"})


def _ocr_skeleton(word: str) -> str:
    return word.translate(_OCR_SKELETON)


#: A label's word with the small word after it glued on by OCR: "Opfølgningog", "Formålmed"
_GLUED_OG = re.compile(r"\b(\w{3,}?)(og|med|for|til)\b", re.IGNORECASE)
_OCR_DIGIT = re.compile(r"(?<=[a-z])1(?=[a-z])|\b1(?=[a-z]{2})")


def stem(word: str) -> str:
    """A crude Danish stem of a folded word: the longest inflection suffix removed (at least
    three letters kept) and a final double consonant made single ("timetallet" -> "timetal")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouy":
        word = word[:-1]
    return word


def _genitive(word: str) -> bool:
    """"mentors", "mentorens", "borgerens": a Danish genitive modifies the word after it."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4


@dataclass(frozen=True)
class Reading:
    """What one word of a label names: a field, a sub-label, another party, a task verb."""

    role: str  # "field" | "sub" | "other" | "verb"
    field: Optional[str] = None


class LabelLexicon:
    """The pack's label words, stemmed once per pack."""

    def __init__(self, data: dict[str, Any]):
        words = data.get("label_words") or {}
        self.filler = frozenset(fold(str(w)) for w in words.get("filler", []) or [])
        # A label states no quantity: "to timer om ugen" is a value. Articles ("en", "et") are
        # number words too, so only the others count.
        numbers = (data.get("durations") or {}).get("number_words") or {}
        self.number_words = frozenset(fold(str(w)) for w in numbers if " " not in str(w)) - {"en", "et"}
        self.task_verbs = frozenset(stem(fold(str(w))) for w in words.get("task_verbs", []) or [])
        #: last words of a lead-in that waits for its object: "Sara skal hjælpe dig med:"
        self.lead_in_ends = frozenset(fold(str(w)) for w in words.get("lead_in_ends", []) or [])
        self.modal_ends = frozenset(fold(str(w)) for w in words.get("modal_ends", []) or [])
        #: the writer of a letter ("jeg", "vi"): a question opening with them is no label
        self.speakers = frozenset(fold(str(w)) for w in words.get("speakers", []) or [])
        self.other_parties = frozenset(fold(str(w)) for w in words.get("other_parties", []) or [])
        self.schedule_time_columns = frozenset(fold(str(w)) for w in words.get("schedule_time_columns", []) or [])
        self.table_columns = frozenset(fold(str(w)) for w in words.get("table_columns", []) or [])
        #: noun phrases read as one word ("mentor support" -> "mentorstotte"), folded
        self.phrases = {fold(str(k)): fold(str(v)) for k, v in (words.get("phrases") or {}).items()}
        self._phrases = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(self.phrases, key=len, reverse=True)))
                                   + r")\b", re.IGNORECASE) if self.phrases else None
        #: a table's column where an option is marked chosen ("Valgt", "Sæt kryds"), folded
        self.choice_columns = frozenset(fold(str(w)) for w in words.get("choice_columns", []) or [])
        self.responsible_columns = frozenset(fold(str(w)) for w in words.get("responsible_columns", []) or [])
        #: heads of a compound that only say which aspect of its first part a label asks for
        #: ("Opfølgningsform", "Evalueringstidspunkt", "Målbeskrivelse"), folded
        self.aspect_heads = tuple(sorted((fold(str(w)) for w in words.get("aspect_heads", []) or []),
                                         key=len, reverse=True))
        #: parties stating what they agreed ("… har aftalt følgende mål")
        self.agreed_re = re.compile("|".join(fold_pattern(str(p)) for p in words.get("agreed", []) or []) or "(?!)")
        #: verbs right after a sentence's subject (label_words.sentence_verbs), folded
        self.sentence_verbs = frozenset(fold(str(w)) for w in words.get("sentence_verbs", []) or [])
        asides = sorted((str(w) for w in words.get("asides", []) or []), key=len, reverse=True)
        self._asides = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in asides) + r")(?!\w)", re.IGNORECASE) \
            if asides else None
        self.abbreviations = {fold(str(k)): fold(str(v)) for k, v in (words.get("abbreviations") or {}).items()}
        #: "hvem" -> "mentor": bare question words that head a form's first column
        self.question_cells = {fold(str(k)): str(v) for k, v in (words.get("question_cells") or {}).items()}
        #: words that open a label written as a clause ("Sådan holder vi øje med …"), folded
        self.clause_openers = frozenset(fold(str(w)) for w in words.get("clause_openers", []) or [])
        self.max_words = int(words.get("max_words", 8))
        self.max_question_words = int(words.get("max_question_words", 12))
        self.max_unknown = int(words.get("max_unknown_words", 2))
        self.fuzzy_min_length = int(words.get("fuzzy_min_length", 6))
        self.fuzzy_max_distance = int(words.get("fuzzy_max_distance", 1))
        #: stem -> reading, for exact (inflected) matches
        self.exact: dict[str, Reading] = {}
        #: (folded term, reading) for compound heads, longest first
        self.heads: list[tuple[str, Reading]] = []
        for key, spec in (data.get("fields") or {}).items():
            for term in (spec or {}).get("terms", []) or []:
                self._add(fold(str(term)), Reading("field", key))
        for term in words.get("sub", []) or []:
            self._add(fold(str(term)), Reading("sub"))
        for term in words.get("other", []) or []:
            self._add(fold(str(term)), Reading("other"))
        # Terms that name their field only as whole words: "Ungeindsatsen" and
        # "Beskæftigelsesindsatsen" are a team and a policy, not the mentor's tasks.
        whole = {fold(str(w)) for w in words.get("whole_word_terms", []) or []}
        whole |= {stem(w) for w in whole}
        self.heads = [(head, reading) for head, reading in self.heads if head not in whole]
        self.heads.sort(key=lambda item: len(item[0]), reverse=True)
        self._fuzzy_terms = [(s, r) for s, r in self.exact.items() if len(s) >= self.fuzzy_min_length - 1]
        self._fuzzy_terms += [(v, Reading("verb")) for v in sorted(self.task_verbs) if len(v) >= self.fuzzy_min_length - 2]
        self._fuzzy_keys = [s for s, _ in self._fuzzy_terms]
        # Only long label words: a short word's skeleton is too near a common word ("gælder").
        self._skeleton_terms = [(s, r) for s, r in self._fuzzy_terms
                                if r.role != "verb" and len(s) >= self.fuzzy_min_length + 2]
        self._skeleton_keys = [_ocr_skeleton(s) for s, _ in self._skeleton_terms]
        self._skeleton_exact: dict[str, tuple[str, Reading]] = {}
        for term, reading in self.exact.items():
            if reading.role != "verb":
                self._skeleton_exact.setdefault(_ocr_skeleton(term), (term, reading))
        self._cache: dict[str, Optional[Reading]] = {}
        #: the pack's single-word terms, for words cut short ("Ment.", "Opg.")
        self._terms = sorted({fold(str(t)) for spec in (data.get("fields") or {}).values()
                              for t in (spec or {}).get("terms", []) or [] if " " not in str(t)})

    def _add(self, term: str, reading: Reading) -> None:
        if " " in term:
            return  # terms are single words; phrases belong in `labels`
        self.exact.setdefault(stem(term), reading)
        if len(term) >= 5:
            self.heads.append((term, reading))
            if stem(term) != term and len(stem(term)) >= 5:
                self.heads.append((stem(term), reading))

    def _expand(self, m: re.Match[str]) -> str:
        """A word cut short with a full stop as the shortest pack term it begins ("ment." ->
        "mentor", "opg." -> "opgaver", "per." -> "periode"), unless it is a word of its own."""
        short = fold(m.group(1) or m.group(2))
        if short in self.abbreviations or self.read_word(short) is not None:
            return m.group(0)
        full = min((t for t in self._terms if t.startswith(short)), key=len, default=None)
        return full if full is not None else m.group(0)

    def read_phrases(self, text: str) -> str:
        """``text`` with the pack's noun phrases as the one word each stands for ("Your mentor
        support" -> "Your mentorstotte")."""
        if self._phrases is None:
            return text
        return self._phrases.sub(lambda m: self.phrases.get(fold(m.group(0)), m.group(0)), text)

    def read_word(self, word: str) -> Optional[Reading]:
        """What a folded word names, or None."""
        if word in self._cache:
            return self._cache[word]
        found = self._read_word(word)
        if len(self._cache) > 20000:
            self._cache.clear()
        self._cache[word] = found
        return found

    def _read_word(self, word: str, fuzzy: bool = True) -> Optional[Reading]:
        word = self.abbreviations.get(word.rstrip("."), word)
        base = stem(word)
        if stem(word) in self.task_verbs or word in self.task_verbs:
            return Reading("verb")
        if base in self.exact:
            return self.exact[base]
        for head, reading in self.heads:  # compounds: "mentortimer", "støtteperioden"
            if len(word) > len(head) + 2 and (word.endswith(head) or base.endswith(head)):
                return reading
        aspect = next((head for head in self.aspect_heads if word.endswith(head) and len(word) >= len(head) + 3), None)
        if aspect is not None:
            # "opfølgningsform": the form of the follow-up; the first part (without a linking
            # "s" or "e") names the field, but not the mentor ("Mentorplan" is no contact)
            first = word[:-len(aspect)]
            for part in (first, first[:-1]) if first[-1:] in "se" else (first,):
                modifier = self._read_word(part, fuzzy) if len(part) >= 3 else None
                if modifier is not None and modifier.role == "field" and modifier.field != "mentor":
                    return modifier
        if "rn" in word and fuzzy:  # OCR reads "m" as "rn": "Din rnentor", "Tirnetal"
            # (that repair is the word's one error: "journal" is no "joumal" one edit from "jobmål")
            repaired = self._read_word(word.replace("rn", "m"), fuzzy=False)
            if repaired is not None:
                return repaired
        nearest = self._nearest_term(word, base, edits=fuzzy)
        return nearest[1] if nearest is not None else None

    def _nearest_term(self, word: str, base: str, edits: bool = True) -> Optional[tuple[str, Reading]]:
        """The pack term an OCR-damaged word stands for, as (folded stem, reading); with
        ``edits`` False only by letters OCR confuses, not by an edit."""
        skeleton = _ocr_skeleton(base)
        if len(word) >= self.fuzzy_min_length - 1 and skeleton in self._skeleton_exact:
            return self._skeleton_exact[skeleton]  # "tlmer" (timer)
        if edits and len(word) >= self.fuzzy_min_length and self._fuzzy_keys:
            # OSA: a transposition ("Menotr") is one error, as a typist makes it
            best = process.extractOne(base, self._fuzzy_keys, scorer=OSA.distance,
                                      score_cutoff=self.fuzzy_max_distance)
            if best is not None:
                return self._fuzzy_terms[best[2]]
            # Letters OCR confuses count as one: "opfeigning" (ø read as e, l as 1 then i) is
            # "opfølgning" with one error more than the edit distance allows.
            best = process.extractOne(skeleton, self._skeleton_keys, scorer=Levenshtein.distance,
                                      score_cutoff=self.fuzzy_max_distance) \
                if len(base) >= self.fuzzy_min_length + 2 else None
            if best is not None:
                return self._skeleton_terms[best[2]]
        return None

    def correct(self, folded: str) -> str:
        """Folded label text with each OCR-damaged word spelt as the pack term it stands for
        ("opfolgning og delmdl" -> "opfolgning og delmal"), so that the pack's phrases apply."""
        def fix(m: re.Match[str]) -> str:
            word = m.group(0)
            base = stem(word)
            if len(word) < self.fuzzy_min_length - 1 or base in self.exact or word in self.task_verbs:
                return word
            nearest = self._nearest_term(word, base)
            if nearest is None or nearest[1].role == "verb":
                return word
            return nearest[0] + (word[len(base):] if word.startswith(base) else "")
        return _WORD.sub(fix, folded)

    def unglue(self, text: str) -> str:
        """"Opfølgningog delmål" -> "Opfølgning og delmål", "Formålmed mentorstøtten" -> "Formål
        med mentorstøtten": OCR lost the space before a small word. Only where the glued word
        names nothing and the word before the small one is a label's word."""
        return _GLUED_OG.sub(lambda m: f"{m.group(1)} {m.group(2)}" if self.read_word(fold(m.group(0))) is None
                             and self.read_word(fold(m.group(1))) is not None else m.group(0), text)

    def classify(self, text: str, *, question: bool = False,
                 strict: bool = False) -> Optional[tuple[frozenset[str], str]]:
        """(fields, role) of a label-shaped text from its words; None when it is not one.
        ``strict`` (a later table cell, which is more often a value) allows no unknown word."""
        if self._asides is not None:
            text = self._asides.sub(" ", text)  # "Malene skal bl.a. tage sig af:"
        if "." in text:
            # "Ment.", "Opg.", "Klagevejl.": a word cut short with a full stop (not a sentence's
            # end before a capital: "uddannelse. Støtten")
            text = _ABBREVIATED.sub(self._expand, text)
            if len(text.split()) <= 3:
                # … also a short label's last word: "Mentors opg.", "Aftalens varigh."
                text = _ABBREVIATED_LAST.sub(self._expand, text)
        # (OCR: a compound's hyphen read apart from its first part, "Mentor -opgaver")
        text = _HYPHEN_APART.sub(r"\1-\2", text)
        folded = _OCR_DIGIT.sub("i", fold(text).strip(" \t:.-–—*#?"))  # OCR: "Per1ode", "1 alt"
        if not folded or any(ch.isdigit() for ch in folded):
            return None
        if any(w in self.number_words for w in folded.split()):
            return None
        words = [w for w in _WORD.findall(folded) if w not in self.filler]
        limit = self.max_question_words if question else self.max_words
        if not words or len(folded.split()) > limit:
            return None
        readings = [(w, self.read_word(w)) for w in words]
        # A compound written open, one part naming nothing on its own: "Kontakt person" is the
        # "kontaktperson", "Klage adgang" the "klageadgang".
        index = 0
        while index < len(readings) - 1:
            (w1, r1), (w2, r2) = readings[index], readings[index + 1]
            if all(r is None or r.role == "sub" for r in (r1, r2)) and min(len(w1), len(w2)) >= 3 \
                    and f"{w1} {w2}" in folded:
                joined = self.read_word(w1 + w2)
                if joined is not None and joined.role == "field":
                    readings[index:index + 2] = [(w1 + w2, joined)]
                    words[index:index + 2] = [w1 + w2]
                    continue
            index += 1
        # A capitalised word inside the text that names nothing is a name: "Helle Vestergaard er
        # din mentor" is a sentence about a person, not a label.
        tokens = text.split()
        # ... unless the name is the subject of a modal or task verb: "What Henrik will help you
        # with", "Hvad Sara hjælper dig med" name the mentor by first name, as a label's lead-in
        mentor_names = {fold(w) for w, after in zip(tokens[1:], tokens[2:])
                        if w[:1].isupper() and (fold(after) in self.modal_ends or stem(fold(after)) in self.task_verbs)}
        # ... or after it, the verb first after a pronoun: "Det hjælper Louise dig med", "Det gør
        # Rasmus" (not after a field's word: "Formål støtte Emil i hverdagen" is a label and its value)
        if len(tokens) >= 3 and tokens[2][:1].isupper() and self.read_word(fold(tokens[0])) is None \
                and (fold(tokens[1]) in self.modal_ends or stem(fold(tokens[1])) in self.task_verbs):
            mentor_names.add(fold(tokens[2]))
        inner_capitals = {fold(w) for w in tokens[1:] if w[:1].isupper() and not w.isupper()} - mentor_names
        if any(r is None and w in inner_capitals for w, r in readings):
            return None
        # A field word after a preposition modifies the head before it: "Arbejdsopgaver for
        # mentor" is the tasks, "Opfølgning på målet" the follow-up.
        all_words = _WORD.findall(folded)
        after_preposition = {w for prev, w in zip(all_words, all_words[1:]) if prev in _PREPOSITIONS}
        # "Mentor" before another field's word is a compound written open: "Mentor opgave" is
        # the tasks, "Mentor timer" the hours (the last word is the head, as in "mentoropgave").
        open_compound = {w for (w, r), (w2, r2) in zip(readings, readings[1:])
                         if r is not None and r2 is not None and r.role == r2.role == "field"
                         and r.field == "mentor" != r2.field and f"{w} {w2}" in folded}
        heads = [r for w, r in readings if r is not None and r.role == "field" and not _genitive(w)
                 and not (w in after_preposition and len(readings) > 1) and w not in open_compound]
        modifiers = [r for w, r in readings if r is not None and r.role == "field"
                     and (_genitive(w) or (w in after_preposition and len(readings) > 1) or w in open_compound)]
        if not heads and modifiers and not any(_genitive(w) for w, _ in readings):
            heads, modifiers = modifiers, []
        others = [r for w, r in readings if r is not None and r.role == "other"]
        subs = [r for w, r in readings if r is not None and r.role == "sub"]
        verbs = [r for w, r in readings if r is not None and r.role == "verb"]
        unknown = sum(1 for w, r in readings if r is None and w not in mentor_names)
        if unknown and len(tokens) > 1 and tokens[0][:1].isupper() and readings[0][1] is None \
                and fold(tokens[1]) in self.modal_ends:
            unknown -= 1  # "Camilla skal hjælpe dig med": the mentor by first name, not an unknown word
        if unknown > (0 if strict else self.max_unknown + (2 if question else 0)):
            return None
        fields = {r.field for r in heads if r.field}
        last = folded.split()[-1]
        if question and not fields and not others \
                and self.question_cells.get(folded.split()[0]) == "mentor" \
                and not any(self.question_cells.get(w, "mentor") != "mentor" for w in folded.split()[1:]):
            return frozenset({"mentor"}), "field"  # "Hvem hjælper dig?" asks for a person: the mentor
        if fields == {"mentor"} and not others and not subs and any(w in self.modal_ends for w in folded.split()):
            return frozenset({"tasks"}), "field"  # "Mentoren vil især:", "Mentor skal:"
        plain = folded.split()
        if len(plain) >= 3 and plain[1] in self.modal_ends and readings[0][1] is not None \
                and readings[0][1].field == "mentor" and not subs and not others \
                and not any(w.endswith("es") for w in plain[2:]):
            return frozenset({"tasks"}), "field"  # "Mentoren skal i perioden:": what follows is when"
        if verbs and not fields and not others and not subs and not modifiers and unknown == 0:
            return frozenset({"tasks"}), "field"  # "Konkret støtte", "Hjælp": the support itself
        if last in self.modal_ends and fields <= {"mentor"} and not others and (fields or len(folded.split()) <= 4):
            return frozenset({"tasks"}), "field"  # "Mentoren skal:", "Sara vil:"
        lead_in = question or words[-1] in self.lead_in_ends or folded.split()[-1] in self.lead_in_ends
        if verbs and fields <= {"mentor"} and (fields or modifiers or lead_in):
            # "Hvad skal mentor hjælpe med?", "Sara skal hjælpe dig med:", "Mentorens opgaver"
            return frozenset({"tasks"}), "field"
        first_word, first = readings[0]
        if first is not None and first.role == "other" and not _genitive(first_word):
            return frozenset(), "other"  # "Underskrift mentor", "Dato for næste møde"
        if fields:
            return frozenset(fields), "field"  # "Borgerens mål": the genitive is a modifier
        if verbs and not modifiers:
            return None  # "Motivere borgeren": an activity (a goal badly put), not a label
        if subs and modifiers:
            return frozenset({r.field for r in modifiers if r.field}), "field"  # "Mentors kontaktdata"
        capitalised = {fold(t) for t in tokens if t[:1].isupper()}
        if subs and not others and any(r is None and w.endswith("s") and len(w) >= 4 and w in capitalised
                                       and r2 is not None and r2.role == "sub"
                                       for (w, r), (_, r2) in zip(readings, readings[1:])):
            # "Camillas kontaktoplysninger": someone's details by name, a label of its own whose
            # content tells whose (not a sub-label of the section above)
            return frozenset(), "generic"
        if others:
            return frozenset(), "other"
        if subs:
            return frozenset(), "sub"
        if modifiers:
            return frozenset({r.field for r in modifiers if r.field}), "field"
        return None
