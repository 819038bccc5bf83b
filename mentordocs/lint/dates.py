"""Find Danish dates in folded text (see :func:`mentordocs.lint.text.fold`).

Every form of domain.md section 9 is read: ``1. marts 2026``, ``d. 1. mar. 2026``,
``fredag den 1. marts 2026``, ``1.3.2026``, ``1.3.26``, ``1/3 2026``, ``1/3-26``, ``01-03-2026``,
ISO ``2026-03-01``. Day always comes before month. A date written without a year
(``1. marts``, ``1/3``) or in compact ISO (``20260301``, easily confused with an 8-digit
phone number) is *partial*: it is used only as one end of a range whose other end settles it.

Numbers that merely look like dates are rejected: CPR numbers have no separators, case
numbers such as ``00.30.04-S00`` fail the day/month check, and phone numbers ``23 45 67 89``
use spaces, which no numeric date form here accepts between day and month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # English agreements (international mentor firms, translations): "1 March 2026"
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10, "oct": 10,
}
#: The day as an ordinal word (folded), as a dictated or hand-written letter has it: "den første
#: maj 2026", "til den enogtredivte juli 2026".
ORDINAL_DAYS: dict[str, int] = {
    word: day for day, word in enumerate((
        "forste", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende",
        "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende",
        "nittende", "tyvende", "enogtyvende", "toogtyvende", "treogtyvende", "fireogtyvende", "femogtyvende",
        "seksogtyvende", "syvogtyvende", "otteogtyvende", "niogtyvende", "tredivte", "enogtredivte"), start=1)}
MONTH_RE = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-z])\.?"
FULL_MONTH_RE = ("(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
                 r"november|december)(?![a-z])")


@dataclass(frozen=True)
class DateMatch:
    """A date found at ``start:end`` of a folded text. ``year`` is None for a partial date."""

    start: int
    end: int
    day: int
    month: int
    year: Optional[int]
    weak: bool = False  # compact ISO: only trusted as the end of a range

    def date(self, year: Optional[int] = None) -> Optional[dt.date]:
        try:
            return dt.date(self.year if self.year is not None else year, self.month, self.day)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    @property
    def complete(self) -> bool:
        return self.year is not None and not self.weak


def _year(text: Optional[str]) -> Optional[int]:
    if not text:
        return None
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value if 1900 <= value <= 2100 else None


# Each pattern opens on a digit with the "no digit (or separator) before" test placed just after
# that digit: "(\d(?<![\d./]\d)\d?)" matches exactly what "(?<![\d./])(\d{1,2})" does, but a
# pattern that starts with a look-behind makes the regex engine try every position of the text,
# while one that starts with a digit lets it jump from digit to digit (about twice as fast).
_WORD_DATE = re.compile(
    # "1. juni:2025": OCR reads the space before the year as a colon now and then
    r"(\d(?<![\d.,/]\d)\d?)(?:\.|[snrt][tdh](?=\s))?\s*(" + MONTH_RE + r")(?:\s*[,:]?\s*(\d{4})(?!\d))?")
# "June 15, 2026": the English order, month first; always with its comma before the year.
_ORDINAL_DATE = re.compile(r"\b(" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)) + r")\s+("
                           + MONTH_RE + r")(?:\s*,?\s*(\d{4})(?!\d))?")
_MONTH_FIRST_DATE = re.compile(r"\b(" + MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})(?!\d)")
# (a point before the day is allowed after a letter: an abbreviation run into the date, "f.o.m.15.01.2026")
# (OCR may read the point before a four-digit year as a colon: "10.03:2025")
_NUMERIC_DATE = re.compile(
    r"(\d(?<![\d/]\d)(?<![\d.]\.\d)(?<!^\.\d)\d?)([./\-])(\d{1,2})(?:\2\s?|\s|-\s?|\.\s?|:(?=\d{4}))(\d{4}|\d{2})(?!\d|[./]\d)")
_NUMERIC_NO_YEAR = re.compile(r"(\d(?<![\d./]\d)\d?)([./])(\d{1,2})\.?(?![\d/]|\.\d|\s?\d)")
# "2026- 02-01": a PDF line wrapped after the hyphen leaves a space (never more than one).
_ISO_DATE = re.compile(r"(\d(?<!\d\d)\d{3})- ?(\d{2})- ?(\d{2})(?![\d])")
_COMPACT_ISO = re.compile(r"((?:19|20)(?<!\d\d\d)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


_HAS_DIGIT = re.compile(r"\d")
#: Every month name in MONTHS begins with one of these.
_MONTH_PREFIXES = ("jan", "feb", "mar", "apr", "maj", "may", "jun", "jul", "aug", "sep", "okt", "oct", "nov", "dec")
assert all(name.startswith(_MONTH_PREFIXES) for name in MONTHS)
_MONTH_HINT = re.compile("|".join(_MONTH_PREFIXES))
#: Every ordinal in ORDINAL_DAYS ends with one of these two letters, before the month's name.
_ORDINAL_HINT = re.compile("(?:te|de|je|en) (?:" + "|".join(_MONTH_PREFIXES) + ")")
assert all(word.endswith(("te", "de", "je", "en")) for word in ORDINAL_DAYS)


def _valid(day: int, month: int, year: Optional[int]) -> bool:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return False
    try:
        dt.date(year or 2024, month, day)  # 2024: a leap year, so 29/2 without a year passes
    except ValueError:
        return False
    return True


#: After a case number's KLE subject ("27.12.04"), its action code: "-G01".
_SUBJECT_CODE = re.compile(r"-[a-z]\d")


def find_dates(folded: str) -> list[DateMatch]:
    """All dates in ``folded`` text, in order, without overlaps (the longest form wins)."""
    found: list[DateMatch] = []
    if not _HAS_DIGIT.search(folded):
        return found
    # Each form needs characters that most sentences lack; a substring test is far cheaper than
    # letting a pattern that opens with a look-behind try every position.
    has_month = _MONTH_HINT.search(folded) is not None
    has_dot_or_slash = "." in folded or "/" in folded
    has_dash = "-" in folded
    for m in (_WORD_DATE.finditer(folded) if has_month else ()):
        day, month = int(m.group(1)), MONTHS[m.group(2).rstrip(".")]
        year = _year(m.group(3))
        if _valid(day, month, year):
            found.append(DateMatch(m.start(), m.end(), day, month, year))
    for m in (_ORDINAL_DATE.finditer(folded) if has_month and _ORDINAL_HINT.search(folded) else ()):
        day, month = ORDINAL_DAYS[m.group(1)], MONTHS[m.group(2).rstrip(".")]
        year = _year(m.group(3))
        if _valid(day, month, year):
            found.append(DateMatch(m.start(), m.end(), day, month, year))
    for m in (_MONTH_FIRST_DATE.finditer(folded) if has_month and "," in folded else ()):
        day, month = int(m.group(2)), MONTHS[m.group(1).rstrip(".")]
        year = _year(m.group(3))
        if _valid(day, month, year):
            found.append(DateMatch(m.start(), m.end(), day, month, year))
    for m in (_NUMERIC_DATE.finditer(folded) if has_dot_or_slash or has_dash else ()):
        day, month, year = int(m.group(1)), int(m.group(3)), _year(m.group(4))
        if _SUBJECT_CODE.match(folded, m.end()):
            continue  # a case number's subject code: "27.12.04-G01-8003-26" (KLE), no date
        if year is not None and _valid(day, month, year):
            found.append(DateMatch(m.start(), m.end(), day, month, year))
    for m in (_ISO_DATE.finditer(folded) if has_dash else ()):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(day, month, year):
            found.append(DateMatch(m.start(), m.end(), day, month, year))
    for m in (_NUMERIC_NO_YEAR.finditer(folded) if has_dot_or_slash else ()):
        day, month = int(m.group(1)), int(m.group(3))
        if _valid(day, month, None):
            found.append(DateMatch(m.start(), m.end(), day, month, None))
    for m in (_COMPACT_ISO.finditer(folded) if len(folded) >= 8 else ()):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(day, month, year):
            found.append(DateMatch(m.start(), m.end(), day, month, year, weak=True))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    result: list[DateMatch] = []
    for d in found:
        if result and d.start < result[-1].end:
            continue
        result.append(d)
    return result
