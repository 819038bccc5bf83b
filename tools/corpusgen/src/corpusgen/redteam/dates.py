"""Danish period wording and the 6-month arithmetic the labels rest on (domain.md § 9).

The law does not define "6 months"; the labels use the project's reading: a period is over
six months when it ends after ``start + 6 calendar months - 1 day``. Borderline spellings whose
meaning is debatable are avoided rather than guessed (see docs/redteam.md).
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
               "nov.", "dec."]
NUMBER_WORDS = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte",
                9: "ni", 10: "ti", 11: "elleve", 12: "tolv"}


def add_months(d: date, months: int) -> date:
    """Calendar-month addition, clamped to the month's last day (31 Aug + 6 = 28/29 Feb)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def is_over_six(start: date, end: date) -> bool:
    """The labels' reading of LAB § 167: over when end > start + 6 months - 1 day."""
    return end > add_months(start, 6) - timedelta(days=1)


def long_date(d: date, year: bool = True) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


@dataclass
class Period:
    start: date
    end: date
    text: str          # how the document writes it
    trait: str         # how it was made, for the manifest

    @property
    def over(self) -> bool:
        return is_over_six(self.start, self.end)


def _fmt_range(rng: random.Random, s: date, e: date) -> tuple[str, str]:
    """A start-end range in one of many real spellings; returns (text, trait)."""
    same_year = s.year == e.year
    choices = [
        (f"{long_date(s)} – {long_date(e)}", "range:long"),
        (f"{long_date(s, not same_year)} – {long_date(e)}" if same_year else
         f"{long_date(s)} - {long_date(e)}", "range:long-shared-year"),
        (f"fra den {long_date(s)} til og med den {long_date(e)}", "range:fra-til"),
        (f"{s.day}/{s.month}-{s.year} til {e.day}/{e.month}-{e.year}", "range:slash"),
        (f"{s:%d.%m.%Y} - {e:%d.%m.%Y}", "range:dotted-padded"),
        (f"perioden {s.day}.{s.month}.–{e.day}.{e.month}.{e.year}" if same_year else
         f"perioden {s.day}.{s.month}.{s.year}–{e.day}.{e.month}.{e.year}", "range:dotted-short"),
        (f"f.o.m. {s.day}.{s.month}.{str(s.year)[2:]} t.o.m. {e.day}.{e.month}.{str(e.year)[2:]}",
         "range:fom-tom"),
        (f"{s.isoformat()} til {e.isoformat()}", "range:iso"),
        (f"{s.day}. {MONTHS_ABBR[s.month - 1]} {s.year} - {e.day}. {MONTHS_ABBR[e.month - 1]} "
         f"{e.year}", "range:abbr"),
    ]
    return rng.choice(choices)


def make_period(rng: random.Random, over: bool, special: str | None = None) -> Period:
    """A period that is (or is not) over six months, in a random Danish spelling."""
    if special == "exact-six-year-boundary":
        s, e = date(2025, 11, 1), date(2026, 4, 30)
        text, t = _fmt_range(rng, s, e)
        return Period(s, e, text, "period:exact-six-year-boundary;" + t)
    if special == "leap":
        s, e = rng.choice([(date(2028, 2, 29), date(2028, 8, 28)),
                           (date(2027, 9, 1), date(2028, 2, 29)),
                           (date(2023, 9, 1), date(2024, 2, 29))])
        text, t = _fmt_range(rng, s, e)
        return Period(s, e, text, "period:leap;" + t)
    if special == "start-31":
        s = rng.choice([date(2026, 1, 31), date(2026, 3, 31), date(2025, 10, 31)])
        e = add_months(s, 6) - timedelta(days=rng.choice([2, 10]))
        if over:
            e = add_months(s, 7) + timedelta(days=5)
        text, t = _fmt_range(rng, s, e)
        return Period(s, e, text, "period:start-31;" + t)
    year = rng.choice([2025, 2026, 2026, 2026])
    month = rng.randint(1, 12)
    s = date(year, month, 1) if rng.random() < 0.7 else date(year, month, rng.randint(2, 28))
    kind = rng.random()
    if not over:
        months = rng.choice([3, 4, 6, 6, 6])
        if kind < 0.12:
            # start plus a length in words
            e = add_months(s, months) - timedelta(days=1)
            word = rng.choice([f"{NUMBER_WORDS[months]} måneder", f"{months} mdr.",
                               f"{months} måneder"])
            text = rng.choice([f"fra d. {s.day}/{s.month} {s.year} og {word} frem",
                               f"pr. {long_date(s)} i {word}",
                               f"med virkning fra {s.day}.{s.month}.{s.year} og {word} frem"])
            return Period(s, e, text, "period:start-plus-length")
        if kind < 0.18:
            e = s + timedelta(days=181)
            text = rng.choice([f"26 uger fra {long_date(s)}", f"et halvt år fra {long_date(s)}",
                               f"fra {long_date(s)} og et halvt år frem"])
            return Period(s, e, text, "period:26-weeks")
        if kind < 0.26:
            mon = s - timedelta(days=s.weekday())
            weeks = rng.randint(12, 24)
            e = mon + timedelta(weeks=weeks, days=-1)
            ws, we = mon.isocalendar(), e.isocalendar()
            text = f"uge {ws[1]} {ws[0]} til uge {we[1]} {we[0]}"
            return Period(mon, e, text, "period:weeks")
        e = add_months(s, months) - timedelta(days=1)
        if rng.random() < 0.15:
            e -= timedelta(days=rng.randint(1, 12))
    else:
        if kind < 0.12:
            months = rng.choice([8, 9, 12])
            e = add_months(s, months) - timedelta(days=1)
            word = rng.choice([f"{NUMBER_WORDS[months]} måneder", f"{months} mdr."])
            text = f"fra d. {s.day}/{s.month} {s.year} og {word} frem"
            return Period(s, e, text, "period:start-plus-length-over")
        if kind < 0.2:
            mon = s - timedelta(days=s.weekday())
            weeks = rng.randint(32, 45)
            e = mon + timedelta(weeks=weeks, days=-1)
            ws, we = mon.isocalendar(), e.isocalendar()
            return Period(mon, e, f"uge {ws[1]} {ws[0]} til uge {we[1]} {we[0]}", "period:weeks-over")
        if kind < 0.3:
            e = add_months(s, 6)  # one day over
            text, t = _fmt_range(rng, s, e)
            return Period(s, e, text, "period:one-day-over;" + t)
        e = add_months(s, rng.choice([7, 8, 9, 12])) - timedelta(days=1)
    text, t = _fmt_range(rng, s, e)
    return Period(s, e, text, "period:" + t)
