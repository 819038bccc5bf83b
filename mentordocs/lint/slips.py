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
number words the pack's ``durations.number_words`` of five letters or more.
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


def _two_letters_swapped(word: str) -> set[str]:
    """``word`` with any two of its letters swapped ("mådener" for "måneder")."""
    return {word[:i] + word[j] + word[i + 1:j] + word[i] + word[j + 1:]
            for i in range(len(word)) for j in range(i + 2, len(word))}


def _slips_of(words: Iterable[str], keep_out: frozenset[str]) -> dict[str, str]:
    """Each misspelling of ``words`` by the word it is a slip of; a spelling that is a word of its
    own (``keep_out``) or a slip of two of the words is left out."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    words = {w for w in words if len(w) >= _MIN_LENGTH and w.isalpha()}
    for word in words:
        spellings = _one_slip(word)
        if len(word) >= _TWO_SLIPS:
            spellings |= _two_letters_swapped(word)
        for spelling in spellings - {word}:
            if spelling in keep_out or spelling in words or len(spelling) < 3:
                continue
            if found.get(spelling, word) != word:
                shared.add(spelling)
            found[spelling] = word
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
    def build(cls, units: Iterable[str], number_words: Iterable[str],
              keep_out: frozenset[str]) -> "FigureSlips":
        units = {u.lower() for u in units}
        numbers = {n.lower() for n in number_words if " " not in n}
        # the months' full names ("september", not "sept": "sep" is no slip of "sept")
        longest = {n: max(len(m) for m, k in MONTHS.items() if k == n) for n in MONTHS.values()}
        months = {m for m, n in MONTHS.items() if len(m) == longest[n] and len(m) >= _MIN_LENGTH}
        # (an ordinal is no slip of a number: "den femte uge" is not "femten uger")
        known = keep_out | units | numbers | frozenset(MONTHS) | frozenset(ORDINAL_DAYS)
        short_numbers = "|".join(sorted((re.escape(n) for n in numbers), key=len, reverse=True))
        unit_words = "|".join(sorted((re.escape(u) for u in units), key=len, reverse=True))
        return cls(
            units=_slips_of(units, known), months=_slips_of(months, known),
            numbers=_slips_of({n for n in numbers if len(n) >= 5}, known),
            # "26 ugger", "1,5 tomer", "ni mådener" (a figure, then the word)
            after_number=re.compile(r"(?i)(?:(?<![\w./,-])\d{1,3}(?:[,.]\d+)?|½|(?<!\w)(?:" + short_numbers
                                    + r"))\s+([^\W\d_]{3,12})(?![\w@/-])"),
            # "1 jiuni 2026", "30. nowember 2026" (a day, the word, then a year)
            before_year=re.compile(r"(?<![\w./,-])\d{1,2}\.?\s+([^\W\d_]{3,12})\.?,?\s+(?=\d{4}(?!\d))"),
            # "et halft år" (the word, then a unit)
            before_unit=re.compile(r"(?i)(?<!\w)([^\W\d_]{4,12})\s+(?=(?:" + unit_words + r")(?!\w))"),
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
