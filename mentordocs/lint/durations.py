"""Read the period of mentor support from Danish text, in every form of domain.md section 9.

Three shapes are recognised (on folded text, see :mod:`mentordocs.lint.text`):

* **ranges**: two dates joined by a dash, "til", "til og med" or "t.o.m."
  (``1. marts 2026 – 31. august 2026``, ``01.03.2026-31.08.2026``, ``1/3-2026 til 31/8-2026``,
  ``f.o.m. 1.3.2026 t.o.m. 31.8.2026``, ``1. marts – 31. august 2026``), a shared month
  (``1.-31. marts 2026``), month ranges (``marts–august 2026``) and week numbers (``uge 10-35``);
* **lengths**: ``9 mdr.``, ``et år``, ``40 uger``, ``otte måneder``, ``halvandet år``, ``½ år``,
  ``182 dage``, ``3-6 måneder`` (the upper figure counts);
* **start plus length** (``fra 1. marts 2026 og 9 måneder frem``) is read through its length.

A figure is *not* a period of support when its context says it is something else. Each period
carries the reason it was set aside (``Period.excluded``): a statement of the limit
("højst 6 måneder", "op til", "maks. … i alt"), a time point or interval ("efter 3 måneder",
"hver 14 dage", "14 dage inden"), history ("tidligere", "forrige periode"), an appeal deadline
(a sentence about "klage"), or an age ("under 30 år"). The words are data in the rule pack
(``durations`` section); the defaults below mirror ``lint_rules/default.yaml``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable, Optional

from mentordocs.domain import periods as P
from mentordocs.lint.dates import FULL_MONTH_RE, MONTH_RE, MONTHS, DateMatch, find_dates
from mentordocs.lint.text import fold, pack_alternation, sentence_spans
from mentordocs.memo import Memo

@dataclass(frozen=True)
class PeriodVocabulary:
    """Compiled words that set figures aside, built once per rule pack."""

    number_words: dict[str, float]
    length_re: re.Pattern[str]
    before_re: re.Pattern[str]
    after_re: re.Pattern[str]
    sentence_re: re.Pattern[str]
    clause_re: re.Pattern[str]
    discharge_re: re.Pattern[str]
    support_re: re.Pattern[str]
    background_re: re.Pattern[str]
    #: the support with a verb of its end, in one sentence ("Støtten ophører …")
    support_end_re: re.Pattern[str]
    #: the periods of a sentence, and of a text by (text, folded, labelled): the field finder, the
    #: kind detector and the duration rule read the same sentences, and an archive repeats them
    raw_memo: Memo[list[Period]] = field(init=False, default_factory=lambda: Memo(20_000), compare=False,
                                         repr=False)
    support_memo: Memo[tuple[Period, ...]] = field(init=False, default_factory=lambda: Memo(20_000),
                                                  compare=False, repr=False)

    @classmethod
    def build(cls, number_words: Optional[dict[str, float]] = None,
              exclude_before: Optional[Iterable[str]] = None,
              exclude_after: Optional[Iterable[str]] = None,
              exclude_sentence: Optional[Iterable[str]] = None,
              exclude_clause: Optional[Iterable[str]] = None,
              discharge: Optional[Iterable[str]] = None,
              support_context: Optional[Iterable[str]] = None,
              background_context: Optional[Iterable[str]] = None,
              support_ends: Optional[Iterable[str]] = None) -> "PeriodVocabulary":
        """The vocabulary from a pack's ``durations`` section; what it leaves out comes from the
        shipped default pack (the one home of these words)."""
        given: dict[str, Any] = {"number_words": number_words, "exclude_before": exclude_before, "exclude_after": exclude_after,
                 "exclude_sentence": exclude_sentence, "exclude_clause": exclude_clause, "discharge": discharge,
                 "support_context": support_context, "background_context": background_context,
                 "support_ends": support_ends}
        if any(v is None for v in given.values()):
            shipped = _default_section()
            given = {k: shipped.get(k) or [] if v is None else v for k, v in given.items()}
        number_words = given["number_words"]
        exclude_before, exclude_after = given["exclude_before"], given["exclude_after"]
        exclude_sentence, exclude_clause = given["exclude_sentence"], given["exclude_clause"]
        discharge, support_context = given["discharge"], given["support_context"]
        background_context, support_ends = given["background_context"], given["support_ends"]
        words = {fold(k): float(v) for k, v in dict(number_words or {}).items()}
        word_alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        # At most three digits: "31. august 2026 måneder)" (a scan that lost "(6") is a year
        # before a word, not a length of 2,026 months.
        # ("6½ måned": a half after the figure)
        num = (r"(?P<num>\d{1,3}(?:[,.]\d+|½)?(?:\s*(?:-|–|til)\s*\d{1,3}(?:[,.]\d+|½)?)?|" + word_alt + ")")
        unit = (r"(?P<unit>maneders|maneder|maned|mdr|mnd|md|ars|ar|ugers|uger|uge|dages|dage"
                r"|dag|months|month|years|year|weeks|week|days|day)(?![a-z])\.?")
        # "et helt år", "seks hele måneder": an intensifier between the number and the unit
        length_re = re.compile(r"(?<![\w/.,½])" + num + r"\s*-?\s*(?:(?:helt|hele|fulde?|fuldt)\s+)?" + unit)

        def alternation(items: Iterable[str]) -> str:
            return "|".join(re.escape(fold(i)) for i in sorted(items, key=len, reverse=True))

        before_re = re.compile(r"(?<![a-z])(?:" + alternation(exclude_before)
                               + r")\.?\s*(?:i\s+|pa\s+|de\s+|en periode pa\s+|periode pa\s+)?$")
        # a prefix is enough: "før støtte" covers "før støtteperioden"
        after_re = re.compile(r"^\s*(?:\)\s*)?(?:" + alternation(exclude_after) + r")")
        sentence_re = re.compile(pack_alternation(exclude_sentence))
        clause_re = re.compile(pack_alternation(exclude_clause))
        discharge_re = re.compile(pack_alternation(discharge))
        support_re = re.compile(pack_alternation(support_context))
        background_re = re.compile(pack_alternation(background_context))
        support_end_re = re.compile(pack_alternation(support_ends))
        return cls(words, length_re, before_re, after_re, sentence_re, clause_re, discharge_re, support_re,
                   background_re, support_end_re)


def _default_section() -> dict[str, Any]:
    """The ``durations`` section of the shipped default pack."""
    from mentordocs.lint.rules import load_pack  # the pack loader sits above this module

    return dict(load_pack().data.get("durations") or {})


@lru_cache(maxsize=1)
def default_vocabulary() -> PeriodVocabulary:
    """The period vocabulary of the shipped default pack, for callers without a pack."""
    return PeriodVocabulary.build()


@dataclass(frozen=True)
class Period:
    """A period or length found in text. Exactly one of (start, end), months, days is set."""

    start_pos: int
    end_pos: int
    text: str
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    months: Optional[float] = None
    days: Optional[int] = None
    excluded: Optional[str] = None  # why this figure is not the support period
    #: a range of whole weeks ("uge 9 til uge 34, 2023"): its limit is the weeks' tolerance
    #: (26 uger is six months, domain.md § 9), not calendar months
    in_weeks: bool = False

    @property
    def is_range(self) -> bool:
        return self.start is not None and self.end is not None

    def over_limit(self, policy: P.PeriodPolicy = P.DEFAULT_POLICY) -> bool:
        """Whether this period is longer than ``policy.max_months`` (domain.md section 9)."""
        if self.is_range and self.in_weeks:
            return P.days_over_tolerance((self.end - self.start).days + 1, policy)  # type: ignore[operator]
        if self.is_range:
            return P.is_over_limit(self.start, self.end, policy)  # type: ignore[arg-type]
        if self.months is not None:
            return self.months > policy.max_months
        if self.days is not None:
            return P.days_over_tolerance(self.days, policy)
        return False

    def describe(self, lang: str = "da") -> str:
        """A short description of the length for messages, in Danish or English."""
        if self.is_range:
            months, days = P.months_and_days(self.start, self.end)  # type: ignore[arg-type]
            text = _unit(months, "month", lang)
            return f"{text} {'and' if lang == 'en' else 'og'} {_unit(days, 'day', lang)}" if days else text
        if self.months is not None:
            return _unit(self.months, "month", lang)
        days = self.days or 0
        if days and days % 7 == 0:  # "40 uger" was written in weeks: say it in weeks
            return _unit(days // 7, "week", lang)
        return _unit(days, "day", lang)


_UNITS = {("week", "da"): ("uge", "uger"), ("week", "en"): ("week", "weeks"),
          ("month", "da"): ("måned", "måneder"), ("month", "en"): ("month", "months"),
          ("day", "da"): ("dag", "dage"), ("day", "en"): ("day", "days")}


def _unit(value: float, unit: str, lang: str) -> str:
    one, many = _UNITS[(unit, "en" if lang == "en" else "da")]
    number = _num(value) if lang != "en" else (str(int(value)) if value == int(value) else str(value))
    return f"{number} {one if value == 1 else many}"


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value).replace(".", ",")


# What joins a range's two dates: a dash or an arrow ("05.09.2026 → 04.03.2027"), "til (og med)", "t.o.m.", "(og) frem til", an end word
# ("– afslutning", "og slutter", "- slutdato:"), or a dash and an end word together.
_RANGE_END_WORD = (r"(?:(?:frem\s+)?til(?:\s+og\s+med)?|t\.\s?o\.\s?m\.?|tom|to|until|through|"
                   r"(?:af)?slut(?:ter|tes|dato|ning)?|ophor(?:er)?|udlob(?:er)?)")
# ("Vi starter 1. juni 2026 og aftalen gælder til 1. december 2026": the second date is where
# what the sentence is about runs to)
_RUNS_TO = r"og\s+(?:[a-z]+\s+){0,2}(?:gelder|lober|varer)\s+(?:frem\s+)?til(?:\s+og\s+med)?"
# ("fra 1. juni 2026, som er ca. 3 måneder før din forventede udskrivelse, til 31. maj 2027": a
# relative clause set off by commas between the start and its end)
_CLAUSE = r"(?:,\s*(?:som|der|hvilket|dvs\.?|altsa)\b(?:ca\.|fx\.|evt\.|bl\.a\.|[^,;.:]){0,80},\s*)?"
_CONNECTOR = re.compile(r"^\s*" + _CLAUSE + r",?\s*(?:(?:[-–—‐→⟶]|->)\s*(?:og\s+)?(?:" + _RANGE_END_WORD + r")?|(?:og\s+)?"
                        + _RANGE_END_WORD + r"|" + _RUNS_TO
                        + r")\s*:?\s*(?:(?:man|tirs|ons|tors|fre|lor|son)dag\s+)?(?:den\s+|d\.\s*)?$")
# Opening on the digit (look-behind after it) is an exact rewrite that scans faster; see dates.py.
_SHARED_MONTH = re.compile(r"(\d(?<![\d.\-/]\d)\d?)\.?\s*(?:-|–|—|til)\s*(\d{1,2})\.\s*(" + MONTH_RE
                           + r")(?:\s*(\d{4}))?")
# A month's part before it ("primo januar 2026 til ultimo april 2026", "medio marts – medio
# juni"): read as the month's bounds, so that "medio marts – medio september" is 6 months.
_PART_OF_MONTH = {"primo": "start", "medio": "middle", "ultimo": "end", "starten af": "start",
                  "begyndelsen af": "start", "midten af": "middle", "slutningen af": "end",
                  "udgangen af": "end", "early": "start", "mid": "middle", "mid-": "middle", "late": "end",
                  "the beginning of": "start", "the end of": "end"}
_PART_RE = r"(?:(" + "|".join(sorted(_PART_OF_MONTH, key=len, reverse=True)).replace("-", r"\-") + r")\s*)?"
_MONTH_RANGE = re.compile(_PART_RE + r"(?<![a-z])(" + FULL_MONTH_RE + r"|" + MONTH_RE + r")(?:\s*(\d{4}))?\s*"
                          r"(?:-|–|—|til og med|til|to|until)\s*" + _PART_RE + r"(" + FULL_MONTH_RE + r"|" + MONTH_RE
                          + r")(?:\s*(\d{4}))?")


def _month_bound(year: int, month: int, part: Optional[str], *, end: bool) -> dt.date:
    """The day a month range starts or ends on: a month's whole span ("januar – april"), or
    its part: the start of "ultimo januar" is 1 February, the end of "primo maj" is 30 April,
    "medio" the 15th (the 14th at the end), so that the same part at both ends is whole months."""
    where = _PART_OF_MONTH.get(part or "")
    if where == "middle":
        return dt.date(year, month, 14 if end else 15)
    if end:
        return _month_last_day(year, month) if where != "start" else dt.date(year, month, 1) - dt.timedelta(days=1)
    return dt.date(year, month, 1) if where != "end" else _month_last_day(year, month) + dt.timedelta(days=1)
# "uge 10-35", "uge 10 til uge 35", "uge 48 2026 til uge 30 2027", "uge 9, 2026 – uge 35, 2026"
# ("uge 36/2026 – uge 7/2027": the year after a slash; "Uge 32 (2026) til uge 4 (2027)": in brackets)
_WEEK_RANGE = re.compile(r"uge(?<![a-z]uge)(?:rne|nr\.?)?\s*(\d{1,2})(?:(?:,?\s*(?:i\s+)?|/|\s*\()(\d{4})\)?)?\s*"
                         r"(?:-|–|—|til og med|til|t\.\s?o\.\s?m\.?)\s*"
                         r"(?:uge(?:nr\.?)?\s*)?(\d{1,2})(?!\d|\.\d)(?:(?:,?\s*(?:i\s+)?|/|\s*\()(\d{4})(?!\d)\)?)?")


def _word_start(word: str, boundary: str = r"\w") -> str:
    r"""``word`` preceded by no ``boundary`` character, as a regex that begins with a literal.

    ``\bmd`` and ``md(?<!\wmd)`` match the same strings, but a pattern whose every alternative
    begins with a literal lets the regex engine skip to candidate characters instead of trying
    every position; the prefilters below are searched in every sentence of every document."""
    return f"{word}(?<!{boundary}{word})"


# Used as yes/no tests only (a match's extent does not matter), each an exact rewrite of
# "(?<![a-z])" + MONTH_RE and of "maned|mdr|mnd|\bmd\b|\bars?\b|\buge|dage|\bdag".
_ANY_MONTH = re.compile("|".join(_word_start(m, "[a-z]") + "(?![a-z])"
                                 for m in sorted(MONTHS, key=len, reverse=True)))
_DIGIT = re.compile(r"\d")
_UNIT = re.compile(r"maned|mdr|mnd|" + _word_start("md") + r"\b|" + _word_start("ar") + r"s?\b|"
                   + _word_start("uge") + "|dage|" + _word_start("dag") + r"|months?\b|weeks?\b|years?\b")


def _week_period(m: re.Match[str]) -> Optional[Period]:
    """A range of ISO week numbers (domain.md § 9: weeks start on Monday). With a year on
    either end it is a dated range (Monday of the first week to Sunday of the last, across a
    year boundary when the second week number is lower); without one, a length in weeks."""
    a, b = int(m.group(1)), int(m.group(3))
    y1 = int(m.group(2)) if m.group(2) else None
    y2 = int(m.group(4)) if m.group(4) else None
    if not (1 <= a <= 53 and 1 <= b <= 53):
        return None
    if y1 is None and y2 is None:
        weeks = b - a + 1 if b >= a else 52 - a + b + 1
        return Period(m.start(), m.end(), m.group(0), days=weeks * 7)
    if y2 is None:
        assert y1 is not None  # one of the two is given (above)
        y2 = y1 if b >= a else y1 + 1
    if y1 is None:
        y1 = y2 if b >= a else y2 - 1
    try:
        start = dt.date.fromisocalendar(y1, a, 1)
        end = dt.date.fromisocalendar(y2, b, 7)
    except ValueError:
        return None
    if end < start or (end - start).days > 5 * 366:
        return None
    return Period(m.start(), m.end(), m.group(0), start=start, end=end, in_weeks=True)


def _month_last_day(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _pair(d1: DateMatch, d2: DateMatch) -> Optional[tuple[dt.date, dt.date]]:
    if d1.year is None and d2.year is None:
        return None
    if d1.year is None:
        year = d2.year - ((d1.month, d1.day) > (d2.month, d2.day))  # type: ignore[operator]
        start, end = d1.date(year), d2.date()
    elif d2.year is None:
        year = d1.year + ((d2.month, d2.day) < (d1.month, d1.day))
        start, end = d1.date(), d2.date(year)
    else:
        start, end = d1.date(), d2.date()
    if start is None or end is None or end < start or (end - start).days > 5 * 366:
        return None
    return start, end


def _raw_periods(folded: str, vocab: PeriodVocabulary) -> list[Period]:
    found: list[Period] = []
    # Characters already inside a period: a linear mask, so that a sentence with thousands of
    # periods is not compared pair by pair (a hostile 19 KB file took a minute that way).
    covered = bytearray(len(folded))

    def free(a: int, b: int) -> bool:
        return covered.find(1, a, b) == -1

    def take(a: int, b: int) -> None:
        covered[a:b] = b"\x01" * (b - a)

    has_month = _ANY_MONTH.search(folded) is not None
    for m in (_SHARED_MONTH.finditer(folded) if has_month else ()):
        month = MONTHS[m.group(3).rstrip(".")]
        year = int(m.group(4)) if m.group(4) else 2025
        try:
            start, end = dt.date(year, month, int(m.group(1))), dt.date(year, month, int(m.group(2)))
        except ValueError:
            continue
        if end >= start:
            found.append(Period(m.start(), m.end(), m.group(0), start=start, end=end))
            take(m.start(), m.end())
    for m in (_WEEK_RANGE.finditer(folded) if "uge" in folded else ()):
        week_period = _week_period(m)
        if week_period is not None:
            found.append(week_period)
            take(m.start(), m.end())
    for m in (_MONTH_RANGE.finditer(folded) if has_month else ()):
        if _ends_with_day(folded, m.start()) or not free(m.start(), m.end()):
            continue  # "1. marts – …" is a date range, handled below
        if _SPACE_DIGIT.match(folded, m.end()):
            continue
        part1, month1, year1, part2, month2, year2 = m.groups()
        m1, m2 = MONTHS[month1.rstrip(".")], MONTHS[month2.rstrip(".")]
        y2 = int(year2) if year2 else (int(year1) if year1 else 2025)
        y1 = int(year1) if year1 else (y2 if m1 <= m2 else y2 - 1)
        start, end = _month_bound(y1, m1, part1, end=False), _month_bound(y2, m2, part2, end=True)
        if end > start:
            found.append(Period(m.start(), m.end(), m.group(0), start=start, end=end))
            take(m.start(), m.end())
    for m in (_YEARLESS_RANGE.finditer(folded) if "/" in folded or "." in folded else ()):
        # "d. 1/3 – d. 31/8", "1.3.-31.8.": day and month only, in the year the letter is
        # written (as a month range without a year, 2025 stands in: the length is the same)
        if not free(m.start(), m.end()):
            continue
        try:
            start = dt.date(2025, int(m.group(2)), int(m.group(1)))
            end = dt.date(2025, int(m.group(4)), int(m.group(3)))
        except ValueError:
            continue
        if end < start:
            end = end.replace(year=2026)  # "1/11 – 30/4": over the year's end
        found.append(Period(m.start(), m.end(), m.group(0), start=start, end=end))
        take(m.start(), m.end())
    dates = [d for d in find_dates(folded) if free(d.start, d.end)] if _DIGIT.search(folded) else []
    used: set[int] = set()
    for i in range(len(dates) - 1):
        d1, d2 = dates[i], dates[i + 1]
        if i in used or not _CONNECTOR.match(folded[d1.end:d2.start]):
            continue
        pair = _pair(d1, d2)
        if pair is not None:
            found.append(Period(d1.start, d2.end, folded[d1.start:d2.end], start=pair[0], end=pair[1]))
            take(d1.start, d2.end)
            used.update((i, i + 1))
    for index, d in enumerate(dates):
        # "fra 1. februar 2026 og året ud", "… og resten af året": to the end of that year
        if index in used or not d.complete:
            continue
        year_out = _YEAR_OUT.match(folded, d.end)
        first = d.date()
        if year_out is not None and first is not None:
            found.append(Period(d.start, year_out.end(), folded[d.start:year_out.end()], start=first,
                                end=dt.date(first.year, 12, 31)))
            take(d.start, year_out.end())
            continue
        # (… or to a month without its day, as a scan's OCR may leave it: "1. juni 2025 til marts
        # 2026" runs into March, as "juni 2025 til marts 2026" does)
        until = _UNTIL_END_OF.match(folded, d.end) or _UNTIL_MONTH.match(folded, d.end)
        last = _end_of(until, first) if until is not None and first is not None else None
        if until is not None and first is not None and last is not None:
            # "fra 1. marts 2026 til udgangen af 2026", "… til udgangen af oktober", "… til
            # udgangen af næste år": to the last day of that month or year
            found.append(Period(d.start, until.end(), folded[d.start:until.end()], start=first, end=last))
            take(d.start, until.end())
    for m in (vocab.length_re.finditer(folded) if _UNIT.search(folded) else ()):
        if not free(m.start(), m.end()):
            continue
        value = _length_value(m.group("num"), vocab)
        if value is None:
            continue
        unit = m.group("unit")
        if unit.startswith(("man", "md", "mn", "mon")):
            found.append(Period(m.start(), m.end(), m.group(0), months=value))
        elif unit.startswith(("ar", "year")):
            if value > 3:  # "under 30 år" is an age, not a period of support
                continue
            found.append(Period(m.start(), m.end(), m.group(0), months=value * 12))
        elif unit.startswith(("uge", "week")):
            found.append(Period(m.start(), m.end(), m.group(0), days=round(value * 7)))
        else:
            found.append(Period(m.start(), m.end(), m.group(0), days=round(value)))
    found.sort(key=lambda p: p.start_pos)
    return found


_SPACE_DIGIT = re.compile(r"\s*\d")
#: "til udgangen af 2026", "– udgangen af oktober 2026", "til slutningen af næste år"
_UNTIL_END_OF = re.compile(r"\s*(?:og\s+)?(?:frem\s+)?(?:til|-|–|—)\s*(?:og med\s+)?(?:udgangen|slutningen) af\s+"
                           r"(?:(?P<month>" + FULL_MONTH_RE + r")\s*)?"
                           r"(?:(?P<year>\d{4})\b|(?P<next>neste ar)\b|(?P<this>aret)\b)?")


_UNTIL_MONTH = re.compile(r"\s*(?:til|-|–|—)\s*(?:og med\s+)?(?P<month>" + FULL_MONTH_RE + r")\s+(?P<year>\d{4})\b"
                          r"(?P<next>)(?P<this>)")


def _end_of(m: re.Match[str], first: dt.date) -> Optional[dt.date]:
    """The last day that "til udgangen af …" names, counted from the period's start ``first``."""
    year = int(m.group("year")) if m.group("year") else first.year + (1 if m.group("next") else 0)
    if m.group("month"):
        month = MONTHS[m.group("month").rstrip(".")]
        if not m.group("year") and not m.group("next") and month < first.month:
            year += 1  # "fra 1. oktober til udgangen af marts": the next March
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    if m.group("year") or m.group("next") or m.group("this"):
        return dt.date(year, 12, 31)
    return None
#: The end of the year as a period's end: "og året ud", "og resten af året", "til årets udgang".
_YEAR_OUT = re.compile(r"\s*(?:og\s+)?(?:aret ud|resten af aret|(?:frem )?til (?:udgangen af |slutningen af )?aret\b"
                       r"|(?:frem )?til arets (?:udgang|slutning)|(?:frem )?til nytar)")


def _ends_with_day(folded: str, position: int) -> bool:
    """Whether ``folded[:position]`` ends with a digit, an optional ".", then white space: the
    day of "1. marts – …". Looks back only over that white space, not the whole prefix."""
    i = position
    while i > 0 and folded[i - 1].isspace():
        i -= 1
    if i > 0 and folded[i - 1] == ".":
        i -= 1
    return i > 0 and folded[i - 1].isdecimal()


def _length_value(raw: str, vocab: PeriodVocabulary) -> Optional[float]:
    raw = raw.strip()
    if raw in vocab.number_words:
        return vocab.number_words[raw]
    parts = re.split(r"\s*(?:-|–|til)\s*", raw)
    try:
        return max(float(p.replace(",", ".").replace("½", ".5")) for p in parts if p)
    except ValueError:
        return None


# A sentence without any of these cannot hold a period; most sentences are skipped this way.
# The test is "a digit, or one of these words": an exact rewrite of
#   \d|½|maned|mdr|mnd|\bmd\b|\bars?\b|\buge|dage|\bdag\b|januar|…|december|\bmaj\b|\b(?:jan|…|dec)\b
# with every alternative starting on a literal (see _word_start), about four times faster.
_MAYBE_WORDS = re.compile(
    "|".join([r"½|maned|mdr|mnd", _word_start("md") + r"\b", _word_start("ar") + r"s?\b", _word_start("uge"),
              "dage", _word_start("dag") + r"\b",
              "januar|februar|marts|april|juni|juli|august|september|oktober|november|december",
              _word_start("maj") + r"\b"]
             + [_word_start(m) + r"\b" for m in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                                "okt", "nov", "dec")]))


def _maybe_period(text: str) -> bool:
    """Whether ``text`` (folded) could hold a period at all."""
    return _DIGIT.search(text) is not None or _MAYBE_WORDS.search(text) is not None


# "d. 1/3 – d. 31/8", "1/11 til 30/4", "1.3.-31.8.": a range of days and months with no year
# after either (not a clock's "kl. 9.10-10.10", nor "1/3-26", whose year follows the dash)
_YEARLESS_RANGE = re.compile(r"(?<![\d./-])(?<!kl\. )(?<!kl )(?:d\.\s*)?(\d{1,2})[./](\d{1,2})\.?\s*(?:-|–|—|til og med|til|t\.\s?o\.\s?m\.?)\s*"
                             r"(?:d\.\s*)?(\d{1,2})[./](\d{1,2})(?![\d/]|\.\d|[-.]?\s?\d{2,4}\b)\.?")


def _raw_cached(sentence: str, vocab: PeriodVocabulary) -> list[Period]:
    # The same sentence is read by the field finder, the kind detector and the duration rule.
    return vocab.raw_memo.get(sentence, lambda: _raw_periods(sentence, vocab) if _maybe_period(sentence) else [])


def names_other_help(cell: str, vocab: PeriodVocabulary) -> bool:
    """Whether a table row's first cell names help other than the support, as a row's subject
    ("Befordringsgodtgørelse", "Virksomhedspraktik, Dagli'Brugsen Tjele"): a short name, no
    sentence, that the background words (``durations.background_context``) match."""
    # (its law in brackets is no figure: "Bostøtte (SEL § 85)", "Fleksjob (LAB kap. 20)")
    cell = _LAW_REFERENCE.sub("", cell)
    return len(cell) <= 50 and not any(ch.isdigit() for ch in cell) and vocab.background_re.search(fold(cell)) is not None


_LAW_REFERENCE = re.compile(r"\([^()]*(?:§|kap\.)[^()]*\)")


def find_periods(text: str, vocab: Optional[PeriodVocabulary] = None, *,
                 folded: Optional[str] = None) -> list[Period]:
    """All periods and lengths in ``text``, each with ``excluded`` set when the context shows
    it is not a period of support. Positions refer to ``text`` (folding keeps lengths)."""
    vocab = vocab or default_vocabulary()
    folded = folded if folded is not None else fold(text)
    if not _maybe_period(folded):
        return []
    result: list[Period] = []
    for s, e in sentence_spans(text):
        sentence = folded[s:e]
        raw = _raw_cached(sentence, vocab)
        if not raw:
            continue
        sentence_excluded = vocab.sentence_re.search(sentence)
        # lines joined without a full stop and clauses after ";" are judged on their own
        cuts = (sorted([m.start() for m in _JOINED.finditer(text, s, e)]
                       + [s + i for i, c in enumerate(sentence) if c == ";"])
                if sentence_excluded else [])
        # Each piece of the sentence is searched once, however many figures it holds: a
        # sentence with thousands of periods must cost its length, not length x periods.
        excluded_pieces: dict[tuple[int, int], bool] = {}
        clauses = _Clauses(sentence, text[s:e])
        historic_clauses: dict[tuple[int, int], bool] = {}
        for p in raw:
            reason = None
            if sentence_excluded and cuts:
                # lines joined without a full stop: only the figure's own line decides
                before = bisect.bisect_right(cuts, s + p.start_pos) - 1
                after = bisect.bisect_left(cuts, s + p.end_pos)
                piece = (max(s, cuts[before]) if before >= 0 else s,
                         min(e, cuts[after]) if after < len(cuts) else e)
                if piece not in excluded_pieces:
                    excluded_pieces[piece] = vocab.sentence_re.search(folded[piece[0]:piece[1]]) is not None
                excluded_here = excluded_pieces[piece]
            else:
                excluded_here = sentence_excluded is not None
            clause = clauses.around(p.start_pos, p.end_pos)
            if not excluded_here and clause not in historic_clauses:
                historic_clauses[clause] = vocab.clause_re.search(sentence[clause[0]:clause[1]]) is not None
            if excluded_here and (vocab.before_re.search(sentence[max(0, p.start_pos - 45):p.start_pos])
                                  or vocab.after_re.search(sentence[p.end_pos:p.end_pos + 30])):
                # "Den kan højst bevilges for 6 måneder ad gangen": the law's limit, whatever else
                # the sentence says
                reason = "limit-or-interval"
            elif excluded_here:
                reason = "context"
            elif historic_clauses[clause]:
                reason = "history-or-total"
            elif vocab.before_re.search(sentence[max(0, p.start_pos - 45):p.start_pos]):
                reason = "limit-or-interval"
            elif (p.start is None or p.end is None) and vocab.after_re.search(sentence[p.end_pos:p.end_pos + 30]):
                # "6 måneder efter udskrivelsen", "14 dage før ophør": a length measured from
                # something; a dated range followed by "efter § 167" is the period itself
                reason = "limit-or-interval"
            result.append(replace(p, start_pos=p.start_pos + s, end_pos=p.end_pos + s,
                                  text=text[p.start_pos + s:p.end_pos + s], excluded=reason))
    return result


# Where a line or table cell was joined to the next without a full stop ("… 11.10.2026
# Tidligere forløb …", "… | …"): a capitalised word after a figure starts a new clause.
_JOINED = re.compile(r"(?<=[\d.)])\s+(?=[A-ZÆØÅ][a-zæøå])|\s\|\s")


class _Clauses:
    """The clause around a figure: from the last "(" or ";" before it to the next one after it,
    also cut where two lines or cells were joined without punctuation. A figure in parentheses
    glosses what stands before them ("Tidligere forløb 2024-2025 (12 mdr.)"), so that clause is
    included too.

    The cut positions are collected once per sentence and looked up by bisection, so finding
    the clause of each of a sentence's figures costs a logarithm, not the sentence's length.
    """

    def __init__(self, sentence: str, original: str = "") -> None:
        self.sentence = sentence
        joined = [m.start() for m in _JOINED.finditer(original)] if original else []
        marks = {c: [i for i, char in enumerate(sentence) if char == c] for c in "();"}
        self.opening = sorted(marks["("] + marks[";"] + joined)
        self.any_cut = sorted(marks["("] + marks[")"] + marks[";"] + joined)

    def around(self, start: int, end: int) -> tuple[int, int]:
        """(first, last) position of the clause around ``sentence[start:end]``."""
        before = bisect.bisect_left(self.opening, start) - 1
        left = self.opening[before] if before >= 0 else -1
        if left >= 0 and self.sentence[left] == "(":
            outer = bisect.bisect_left(self.any_cut, left) - 1
            left = self.any_cut[outer] if outer >= 0 else -1
        after = bisect.bisect_left(self.any_cut, end)
        right = self.any_cut[after] if after < len(self.any_cut) else len(self.sentence)
        return left + 1, right


def support_periods(text: str, vocab: Optional[PeriodVocabulary] = None, *,
                    labelled: bool = True, folded: Optional[str] = None) -> list[Period]:
    """Only the periods that describe the support itself (no limits, history or deadlines).

    ``labelled=False`` is for text outside a duration field: there a figure must sit in a
    sentence about the support (a length) and never in one about the citizen's background."""
    vocab = vocab or default_vocabulary()
    folded = folded if folded is not None else fold(text)
    # The answer depends only on the text, the vocabulary and ``labelled`` (``folded`` is
    # fold(text) for every caller that passes it): the field finder, the kind detector and the
    # duration rules ask about the same blocks, and an archive repeats its templates' sentences.
    return list(vocab.support_memo.get((text, folded, labelled),
                                       lambda: tuple(_support_periods(text, vocab, labelled, folded))))


def _support_periods(text: str, vocab: PeriodVocabulary, labelled: bool, folded: str) -> list[Period]:
    result = []
    spans = sentence_spans(text) if not labelled else ()
    starts = [s for s, _ in spans]
    # per sentence (start, end): (about the citizen's background, about the support)
    judged: dict[tuple[int, int], tuple[bool, bool]] = {}
    for p in find_periods(text, vocab, folded=folded):
        if p.excluded is not None:
            continue
        if not labelled:
            index = bisect.bisect_right(starts, p.start_pos) - 1
            span = spans[index] if index >= 0 and p.start_pos < spans[index][1] else (0, len(folded))
            if span not in judged:
                sentence = folded[span[0]:span[1]]
                judged[span] = (vocab.background_re.search(sentence) is not None,
                                vocab.support_re.search(sentence) is not None)
            background, about_support = judged[span]
            if background:
                continue
            if not p.is_range and not about_support:
                continue
        result.append(p)
    return result


def mentions_discharge(folded_blocks: Iterable[str], vocab: PeriodVocabulary) -> bool:
    """Whether the document speaks of the citizen's discharge (LAB § 167, stk. 2), outside
    sentences that are excluded as a whole: the law quoted in full ("Stk. 2. Personer …, der
    udskrives efter indlæggelse …") is about everyone, not this citizen."""
    return any(vocab.discharge_re.search(block) and not vocab.sentence_re.search(block) for block in folded_blocks)


def discharge_policy(policy: P.PeriodPolicy) -> P.PeriodPolicy:
    """The limit for LAB § 167, stk. 2: up to 3 months before discharge plus 6 months after
    (project reading, domain.md section 7): ``max_months + discharge_months_before``."""
    return replace(policy, max_months=policy.max_months + policy.discharge_months_before,
                   max_days_tolerance=policy.max_days_tolerance
                   + round(policy.discharge_months_before * 30.5))


def is_substantial(p: Period) -> bool:
    """Whether a length is plausible as a whole period of support (not "en dag")."""
    if p.is_range:
        return True
    if p.months is not None:
        return p.months >= 0.5
    return (p.days or 0) >= 14
