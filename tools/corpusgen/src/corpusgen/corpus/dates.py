"""Dates, ranges and durations written the many ways Danish caseworkers write them (domain.md §9).

Each period is generated from its true start and end (or length) first, then written out, so the
ground truth ("over 6 months or not") never depends on parsing text back.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from dateutil.relativedelta import relativedelta

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTH_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
              "dec."]
NUMBER_WORDS = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte",
                9: "ni", 10: "ti", 11: "elleve", 12: "tolv"}

DATE_STYLES = ["words", "words_d", "words_den", "abbr", "abbr_nodot", "dots", "dots_pad",
               "dots_short", "slash_space", "slash_dash", "slash_dash_short", "dashes", "iso"]


def fmt_date(d: date, style: str) -> str:
    """Write ``d`` in one of the styles of domain.md §9 (always day before month)."""
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "words_d":
        return f"d. {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "words_den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MONTH_ABBR[d.month - 1]} {d.year}"
    if style == "abbr_nodot":
        return f"{d.day}. {MONTH_ABBR[d.month - 1].rstrip('.')} {d.year}"
    if style == "dots":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dots_pad":
        return f"{d:%d.%m.%Y}"
    if style == "dots_short":
        return f"{d:%d.%m.%y}"
    if style == "slash_space":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slash_dash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash_dash_short":
        return f"{d.day}/{d.month}-{d:%y}"
    if style == "dashes":
        return f"{d:%d-%m-%Y}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def six_month_end(start: date) -> date:
    """Last day of a 6-calendar-month period: 1 Mar -> 31 Aug (the project's reading, §9)."""
    return start + relativedelta(months=6) - timedelta(days=1)


def is_over_six_months(start: date, end: date) -> bool:
    return end > six_month_end(start)


@dataclass
class Period:
    """A mentor period as the document states it, with its true extent."""

    text: str                    # how the document writes it (value, no label)
    prose: str                   # the same inside a sentence ("… i perioden fra … til …")
    over: bool                   # ground truth: longer than 6 months (and no exception applies)
    start: Optional[date] = None
    end: Optional[date] = None
    months: Optional[float] = None   # for length-only statements
    note: str = ""               # "exact-six", "26-weeks", "udskrivning", "extension", …


def _range_text(rng: random.Random, start: date, end: date) -> tuple[str, str]:
    style = rng.choice(DATE_STYLES)
    a, b = fmt_date(start, style), fmt_date(end, style)
    form = rng.randrange(9)
    if form == 0:
        return f"{a} – {b}", f"i perioden {a} – {b}"
    if form == 1:
        dash = " – " if "-" in a else rng.choice(["-", " - "])
        return f"{a}{dash}{b}", f"i perioden {a}{dash}{b}"
    if form == 2:
        return f"Fra {a} til {b}", f"fra {a} til {b}"
    if form == 3:
        return f"f.o.m. {a} t.o.m. {b}", f"f.o.m. {a} t.o.m. {b}"
    if form == 4:
        return f"Fra og med {a} til og med {b}", f"fra og med {a} til og med {b}"
    if form == 5:
        return f"Bevilget fra {a} til {b}", f"i perioden fra {a} til {b}"
    if form == 6:
        return f"Gyldig fra: {a}\nGyldig til: {b}", f"gældende fra {a} til {b}"
    if form == 7 and start.year == end.year and style.startswith("words"):
        a2 = f"{start.day}. {MONTHS[start.month - 1]}"
        return f"{a2} – {b}", f"fra {a2} til {b}"
    return f"Startdato: {a}\nSlutdato: {b}", f"med start {a} og slut {b}"


LENGTHS_OK = [  # (text, months) -- all ≤ 6 months on any reading
    ("6 måneder", 6), ("6 mdr.", 6), ("6 mdr", 6), ("6 mnd.", 6), ("seks måneder", 6),
    ("et halvt år", 6), ("½ år", 6), ("26 uger", 6), ("3 måneder", 3), ("tre måneder", 3),
    ("4 mdr.", 4), ("fire måneder", 4), ("5 måneder", 5), ("12 uger", 2.8), ("16 uger", 3.7),
    ("20 uger", 4.6), ("3 mdr.", 3), ("182 dage", 6),
]
LENGTHS_OVER = [
    ("9 mdr.", 9), ("9 måneder", 9), ("et år", 12), ("1 år", 12), ("12 måneder", 12),
    ("40 uger", 9.2), ("otte måneder", 8), ("8 mdr.", 8), ("7 måneder", 7), ("syv måneder", 7),
    ("52 uger", 12), ("halvandet år", 18), ("10 mdr.", 10), ("30 uger", 6.9),
]


def start_after(rng: random.Random, written: date) -> date:
    """A plausible first day of support, a little after the document was written."""
    start = written + timedelta(days=rng.randrange(3, 45))
    if rng.random() < 0.6:  # most periods start on the 1st
        start = (start.replace(day=1) + relativedelta(months=1))
    return start


def period(rng: random.Random, start: date, over: bool) -> Period:
    """A period starting ``start``; ``over`` decides the ground truth."""
    form = rng.randrange(10)
    if not over:
        if form <= 3:
            # exactly six calendar months, or shorter
            months = rng.choice([6, 6, 6, 3, 4, 5])
            end = start + relativedelta(months=months) - timedelta(days=1)
            text, prose = _range_text(rng, start, end)
            return Period(text, prose, False, start, end, note="exact-six" if months == 6 else "")
        if form <= 6:
            length, months = rng.choice(LENGTHS_OK)
            return _start_plus_length(rng, start, length, months, False)
        if form == 7:
            return _weeks(rng, start, rng.choice([13, 20, 26]), False)
        if form == 8:
            return _months_only(rng, start, rng.choice([3, 6]), False)
        length, months = rng.choice(LENGTHS_OK)
        return Period(length.capitalize(), f"i {length}", False, months=months)
    if form <= 3:
        end = rng.choice([
            start + relativedelta(months=6),                      # one day too many: 1 Mar–1 Sep
            start + relativedelta(months=7) - timedelta(days=1),
            start + relativedelta(months=9) - timedelta(days=1),
            start + relativedelta(years=1) - timedelta(days=1),
        ])
        text, prose = _range_text(rng, start, end)
        return Period(text, prose, True, start, end,
                      note="one-day-over" if end == start + relativedelta(months=6) else "")
    if form <= 6:
        length, months = rng.choice(LENGTHS_OVER)
        return _start_plus_length(rng, start, length, months, True)
    if form == 7:
        return _weeks(rng, start, rng.choice([30, 35, 40]), True)
    if form == 8:
        return _months_only(rng, start, rng.choice([8, 9, 12]), True)
    length, months = rng.choice(LENGTHS_OVER)
    return Period(length.capitalize(), f"i {length}", True, months=months)


def _start_plus_length(rng: random.Random, start: date, length: str, months: float,
                       over: bool) -> Period:
    a = fmt_date(start, rng.choice(DATE_STYLES))
    form = rng.randrange(4)
    if form == 0:
        text = f"Fra {a} og {length} frem"
    elif form == 1:
        text = f"Pr. {a} i {length}"
    elif form == 2:
        text = f"Start: {a}\nVarighed: {length}"
    else:
        text = f"{length.capitalize()} med virkning fra {a}"
    prose = f"i {length} fra {a}"
    return Period(text, prose, over, start=start, months=months)


def _weeks(rng: random.Random, start: date, weeks: int, over: bool) -> Period:
    # ISO week numbers inclusive: "uge 10-35" is 26 weeks
    first = start.isocalendar()[1]
    first = min(first, 52 - weeks) if first + weeks - 1 > 52 else first
    first = max(first, 1)
    last = first + weeks - 1
    year = start.year
    form = rng.randrange(3)
    text = [f"Uge {first}-{last} {year}", f"Uge {first} til uge {last} ({year})",
            f"Fra uge {first} til og med uge {last}, {year}"][form]
    monday = date.fromisocalendar(year, first, 1)
    sunday = date.fromisocalendar(year, last, 7)
    return Period(text, f"i uge {first}-{last} {year}", over, monday, sunday,
                  note=f"weeks-{weeks}")


def _months_only(rng: random.Random, start: date, months: int, over: bool) -> Period:
    first = start.month if start.month + months - 1 <= 12 else 13 - months
    last = first + months - 1
    text = f"{MONTHS[first - 1].capitalize()}–{MONTHS[last - 1]} {start.year}"
    if rng.random() < 0.5:
        text = f"{MONTHS[first - 1].capitalize()} {start.year} – {MONTHS[last - 1]} {start.year}"
    s = date(start.year, first, 1)
    e = date(start.year, last, 1) + relativedelta(months=1) - timedelta(days=1)
    return Period(text, f"fra {MONTHS[first - 1]} til {MONTHS[last - 1]} {start.year}", over, s, e,
                  note="months-only")


def udskrivning_period(rng: random.Random, written: date) -> Period:
    """LAB § 167 stk. 2: up to 3 months before discharge and 6 after -- 9 months, not a defect."""
    start = start_after(rng, written)
    discharge = start + relativedelta(months=3)
    end = discharge + relativedelta(months=6) - timedelta(days=1)
    style = rng.choice(DATE_STYLES)
    text = (f"{fmt_date(start, style)} – {fmt_date(end, style)} (udskrivningskoordinator efter "
            f"LAB § 167, stk. 2: 3 måneder før forventet udskrivelse {fmt_date(discharge, style)} "
            f"og 6 måneder efter)")
    prose = (f"fra {fmt_date(start, style)} til {fmt_date(end, style)}, dvs. 3 måneder før din "
             f"forventede udskrivelse og 6 måneder efter, som udskrivningskoordinator efter "
             f"§ 167, stk. 2")
    return Period(text, prose, False, start, end, note="udskrivning")


def extension_period(rng: random.Random, written: date, over: bool = False) -> Period:
    """A new period after an earlier one (LAB § 167 stk. 1, 2. pkt.): fine when itself ≤ 6 months."""
    prev_start = (written - relativedelta(months=5)).replace(day=1)
    prev_end = six_month_end(prev_start)
    start = prev_end + timedelta(days=1)
    months = rng.choice([9, 12]) if over else rng.choice([3, 6, 6])
    end = start + relativedelta(months=months) - timedelta(days=1)
    style = rng.choice(DATE_STYLES)
    prev = f"{fmt_date(prev_start, style)} – {fmt_date(prev_end, style)}"
    new = f"{fmt_date(start, style)} – {fmt_date(end, style)}"
    total = "" if rng.random() < 0.5 else f" Støtten har dermed i alt varet {6 + months} måneder."
    text = f"Forlængelse: {new} (forrige periode: {prev}).{total}"
    prose = (f"i en ny periode fra {fmt_date(start, style)} til {fmt_date(end, style)}. "
             f"Den første periode var {prev}.{total}")
    return Period(text, prose, over, start, end, note="extension")
