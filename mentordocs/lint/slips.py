"""Slips in the words of a figure: a unit after a number ("26 ugger", "ni mådener", "3 tomer"),
a month between a day and a year ("1 jiuni 2026", "30 nowember 2026") and a longer number word
before a unit ("et halft år").

A writer who spells badly misspells these short words as often as any other, and a period or an
hours figure whose unit is misspelt is no figure to a reader that knows only the right spelling.
A short word cannot be mended on its own ("tomer" may be a word), but the place it stands in
settles what it is: after a number only a unit makes sense, between a day and a year only a month.
So a word is respelt only in that place, and only when one edit (two in a word of seven letters
or more: "mådener") makes it one word of the small vocabulary and no other.

The units are the pack's ``durations.units``, the months those of :data:`.dates.MONTHS`, the
number words the pack's ``durations.number_words`` (a short one only by a doubled or swapped
letter: "too", "tree").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from mentordocs.lint.dates import MONTHS, ORDINAL_DAYS
from mentordocs.lint.model import ExtractedDocument

#: A unit or month shorter than this is left alone: one slip in "år" or "dag" is any word.
_MIN_LENGTH = 4
#: From this length a word may carry two slips ("mådener" for "måneder").
_TWO_SLIPS = 7
_LETTERS = "abcdefghijklmnopqrstuvwxyzæøå"
#: Danish words that stand before a unit and are one slip from a number word, so no slip of one:
#: "to halve dage", "flere timer", "en aften om ugen", "to fine dage"
_REAL_WORDS = frozenset({"halve", "halv", "hele", "flere", "fine", "aften", "sene", "sidste", "alle", "seje", "hver"})


def _one_slip(word: str) -> set[str]:
    """Every spelling one slip away from ``word``: a letter swapped with its neighbour, left out,
    put in or replaced."""
    out = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    out |= {word[:i] + word[i + 1:] for i in range(len(word))}
    for i in range(len(word) + 1):
        for ch in _LETTERS:
            out.add(word[:i] + ch + word[i:])
            if i < len(word):
                out.add(word[:i] + ch + word[i + 1:])
    return out


def _short_slips(word: str) -> set[str]:
    """The slips of a short word that still read as it: a letter doubled ("too", "tree", "femm")
    or two neighbours swapped ("fmee")."""
    out = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    return out | {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}


def _two_letters_swapped(word: str) -> set[str]:
    """``word`` with any two of its letters swapped ("mådener" for "måneder")."""
    return {word[:i] + word[j] + word[i + 1:j] + word[i] + word[j + 1:]
            for i in range(len(word)) for j in range(i + 2, len(word))}


def _slips_of(words: Iterable[str], keep_out: frozenset[str], min_length: int = _MIN_LENGTH,
              same: Optional[dict[str, float]] = None) -> dict[str, str]:
    """Each misspelling of ``words`` by the word it is a slip of; a spelling that is a word of its
    own (``keep_out``) or a slip of two of the words is left out."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    # (in the order given: where two words of one value share a slip, the first keeps it —
    # the Danish "tre" and "juli" before the English "three" and "july")
    words = list(dict.fromkeys(w for w in words if len(w) >= min_length and w.isalpha()))
    known_words = set(words)
    for word in words:
        spellings = _one_slip(word) if len(word) >= _MIN_LENGTH else _short_slips(word)
        if len(word) >= _TWO_SLIPS:
            spellings |= _two_letters_swapped(word)
        for spelling in spellings - {word}:
            if spelling in keep_out or spelling in known_words or len(spelling) < 3:
                continue
            other = found.setdefault(spelling, word)
            if other != word and (same is None or same.get(other) != same.get(word)):
                shared.add(spelling)  # (a slip of "tre" and of "three" is three all the same)
    for spelling in shared:
        del found[spelling]
    return found


@dataclass(frozen=True)
class FigureSlips:
    """The misspellings of the units, months and longer number words, built once per pack."""

    units: dict[str, str]
    months: dict[str, str]
    numbers: dict[str, str]
    after_number: re.Pattern[str]
    before_year: re.Pattern[str]
    before_unit: re.Pattern[str]

    @classmethod
    def build(cls, units: Iterable[str], number_words: dict[str, float],
              keep_out: frozenset[str]) -> "FigureSlips":
        units = list(dict.fromkeys(u.lower() for u in units))
        values = {n.lower(): v for n, v in number_words.items() if " " not in n}
        numbers = list(values)
        # the months' full names ("september", not "sept": "sep" is no slip of "sept")
        months = [m for m, n in MONTHS.items() if len(m) >= _MIN_LENGTH and not any(
            k == n and other != m and other.startswith(m) and len(m) <= 4 for other, k in MONTHS.items())]
        # (an ordinal is no slip of a number: "den femte uge" is not "femten uger")
        known = keep_out | set(units) | set(numbers) | frozenset(MONTHS) | frozenset(ORDINAL_DAYS) | _REAL_WORDS
        short_numbers = "|".join(sorted((re.escape(n) for n in numbers), key=len, reverse=True))
        unit_words = "|".join(sorted((re.escape(u) for u in units), key=len, reverse=True))
        return cls(
            units=_slips_of(units, known), months=_slips_of(months, known, same=dict(MONTHS)),
            # (a number word before a unit, short ones too: "too timer", "tree uger", "fiere timer")
            numbers=_slips_of(numbers, known, min_length=2, same=values),
            # "26 ugger", "1,5 tomer", "ni mådener" (a figure, then the word)
            after_number=re.compile(r"(?i)(?:(?<![\w./,-])\d{1,3}(?:[,.]\d+)?|½|(?<!\w)(?:" + short_numbers
                                    + r"))\s+([^\W\d_]{3,12})(?![\w@/-])"),
            # "1 jiuni 2026", "30. nowember 2026", "den første janur 2026" (a day, the word, a year)
            before_year=re.compile(r"(?<![\w./,-])(?:\d{1,2}\.?|[^\W\d_]{4,14})\s+([^\W\d_]{3,12})\.?,?\s+"
                                   r"(?=\d{4}(?!\d))"),
            # "et halft år" (the word, then a unit)
            before_unit=re.compile(r"(?i)(?<!\w)([^\W\d_]{3,12})\s+(?=(?:" + unit_words + r")(?!\w))"),
        )

    def spellings(self) -> frozenset[str]:
        """Every misspelling this mends (a document without one of them is left alone)."""
        return frozenset(self.units) | frozenset(self.months) | frozenset(self.numbers)


def with_figure_words_mended(doc: ExtractedDocument, slips: Optional[FigureSlips],
                             present: frozenset[str]) -> ExtractedDocument:
    """``doc`` with each misspelt unit after a number, month between a day and a year and number
    word before a unit spelt right ("Varighed: 26 ugger fra 3. august 2026" -> "26 uger …");
    ``present``: the document's words in lower case. A document with none of the misspellings is
    returned as it is."""
    if slips is None or not (slips.spellings() & present):
        return doc

    def mend(known: dict[str, str]):  # type: ignore[no-untyped-def]
        def fix(m: re.Match[str]) -> str:
            word = m.group(1)
            proper = known.get(word.lower())
            if proper is None:
                return m.group(0)
            proper = proper.upper() if word.isupper() and len(word) > 1 else (
                proper[:1].upper() + proper[1:] if word[:1].isupper() else proper)
            start = m.start(1) - m.start(0)
            return m.group(0)[:start] + proper + m.group(0)[start + len(word):]
        return fix

    fix_unit, fix_month, fix_number = mend(slips.units), mend(slips.months), mend(slips.numbers)

    def spell(text: str) -> str:
        text = slips.before_year.sub(fix_month, text)
        return slips.before_unit.sub(fix_number, slips.after_number.sub(fix_unit, text))

    blocks = [replace(b, text=spell(b.text), cells=tuple(spell(c) for c in b.cells)) for b in doc.blocks]
    return replace(doc, blocks=blocks)
