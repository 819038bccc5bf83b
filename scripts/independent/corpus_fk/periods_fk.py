"""Period scenarios for corpus fk: how long the mentor support runs, written every way.

Each scenario is decided against the rule doc of `duration-over-6-months`:
  * a dated period starting on day d may end at the latest on d + 6 calendar months - 1 day;
    when the target month has no day d, the month's last day;
  * a length in weeks or days is compared with 184 days (26 weeks = 6 months);
  * a length in months is over when it exceeds 6 months;
  * udskrivningskoordinator: 6 + 3 = 9 months;
  * an extension that is itself at most 6 months is not flagged; earlier periods are not read.
`over` below is written by hand and checked against `latest_end()` for the dated ones.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

D = dt.date


def add_months(d: D, n: int) -> Optional[D]:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    if d.day > calendar.monthrange(y, m)[1]:
        return None
    return D(y, m, d.day)


def latest_end(start: D, months: int = 6) -> D:
    t = add_months(start, months)
    if t is None:
        y, m = divmod(start.month - 1 + months, 12)
        y, m = start.year + y, m + 1
        return D(y, m, calendar.monthrange(y, m)[1])
    return t - dt.timedelta(days=1)


@dataclass
class Scn:
    id: str
    start: Optional[D]
    end: Optional[D]
    over: bool
    value: str            # what stands after a label such as "Periode:"
    sent: str             # the same period as a sentence in a letter
    trait: str
    basis: str = "dates"  # dates | weeks | days | months | none (no duration)
    split: Optional[tuple] = None   # (start text for a table row, end sentence)
    limit_months: int = 6
    previous: Optional[str] = None  # an earlier period written beside it (extensions)


S = []


def add(*a, **k):
    S.append(Scn(*a, **k))


# ------------------------------------------------------------------ within the limit
add("exact6-long", D(2026, 3, 1), D(2026, 8, 31), False,
    "1. marts 2026 – 31. august 2026",
    "Mentorstøtten løber fra den 1. marts 2026 til og med den 31. august 2026.", "period:exact-six")
add("exact6-shortdash", D(2026, 3, 1), D(2026, 8, 31), False,
    "1/3-26 til 31/8-26",
    "Forløbet er aftalt fra 1/3-26 til 31/8-26.", "period:exact-six;date:d/m-yy")
add("exact6-dots", D(2026, 2, 1), D(2026, 7, 31), False,
    "01.02.2026 - 31.07.2026",
    "Perioden for mentorstøtten er 01.02.2026 - 31.07.2026.", "period:exact-six;date:dd.mm.yyyy")
add("exact6-iso", D(2026, 4, 1), D(2026, 9, 30), False,
    "2026-04-01 – 2026-09-30",
    "Bevillingsperiode (mentor): 2026-04-01 – 2026-09-30.", "period:exact-six;date:iso")
add("exact6-fom", D(2026, 1, 5), D(2026, 7, 4), False,
    "f.o.m. 5. januar 2026 t.o.m. 4. juli 2026",
    "Du har mentor f.o.m. 5. januar 2026 t.o.m. 4. juli 2026.", "period:exact-six;date:fom-tom")
add("exact6-monthend", D(2026, 8, 31), D(2027, 2, 28), False,
    "31. august 2026 – 28. februar 2027",
    "Mentorforløbet begynder mandag den 31. august 2026 og slutter søndag den 28. februar 2027.",
    "period:exact-six;period:month-end;period:year-end")
add("exact6-yearend", D(2026, 9, 16), D(2027, 3, 15), False,
    "16/9 2026 – 15/3 2027",
    "Aftalen gælder fra 16/9 2026 og til og med 15/3 2027.", "period:exact-six;period:year-end")
add("six-yearend-dots", D(2026, 11, 1), D(2027, 4, 30), False,
    "1.11.2026-30.4.2027",
    "Støtten er bevilget i perioden 1.11.2026-30.4.2027.", "period:exact-six;period:year-end;date:d.m.yyyy")
add("noyear", D(2026, 3, 1), D(2026, 8, 31), False,
    "d. 1/3 – d. 31/8",
    "Vi starter d. 1/3, og aftalen løber til d. 31/8.", "period:exact-six;date:no-year")
add("abbr", D(2026, 5, 4), D(2026, 11, 3), False,
    "4. maj 2026 - 3. nov. 2026",
    "Mentorstøtten gives fra 4. maj 2026 - 3. nov. 2026.", "period:exact-six;date:abbrev-month")
add("three-months", D(2026, 4, 15), D(2026, 7, 14), False,
    "15. april – 14. juli 2026",
    "Der er tale om et kort forløb: 15. april – 14. juli 2026.", "period:3-months;date:shared-year")
add("monthrange", D(2026, 3, 1), D(2026, 8, 31), False,
    "marts–august 2026",
    "Mentoren er tilknyttet i månederne marts–august 2026.", "period:month-range")
add("monthrange-yearend", D(2026, 12, 1), D(2027, 5, 31), False,
    "december 2026 – maj 2027",
    "Forløbet løber december 2026 – maj 2027.", "period:month-range;period:year-end")
add("weeks26", D(2026, 3, 2), D(2026, 8, 30), False,
    "uge 10 – uge 35 (2026)",
    "Mentorforløbet ligger i uge 10 – uge 35 i 2026.", "period:week-numbers", basis="weeks")
add("weeks-yearend", D(2026, 11, 2), D(2027, 4, 25), False,
    "uge 45/2026 – uge 16/2027",
    "Mentoren er booket fra uge 45/2026 til og med uge 16/2027.", "period:week-numbers;period:year-end",
    basis="weeks")
add("len-26w-opstart", None, None, False,
    "fra opstart og 26 uger frem",
    "Mentorstøtten gælder fra opstart og 26 uger frem.", "period:length-26-weeks", basis="weeks")
add("len-3m-feb", D(2026, 2, 1), D(2026, 4, 30), False,
    "i 3 måneder fra 1. februar 2026",
    "Du får mentor i 3 måneder fra 1. februar 2026.", "period:start-plus-length", basis="months")
add("len-halvtaar", D(2026, 5, 1), D(2026, 10, 31), False,
    "et halvt år fra 1. maj 2026",
    "Mentorstøtten er bevilget for et halvt år fra 1. maj 2026.", "period:half-year", basis="months")
add("len-183d", D(2026, 6, 1), D(2026, 11, 30), False,
    "183 dage fra 1. juni 2026",
    "Støtten gives i 183 dage regnet fra 1. juni 2026.", "period:183-days", basis="days")
add("len-183d-feb", D(2026, 2, 1), D(2026, 8, 2), False,
    "183 dage fra 1. februar 2026",
    "Forløbet varer 183 dage fra 1. februar 2026.", "period:183-days;period:days-vs-calendar",
    basis="days")
add("len-6m-pr", D(2026, 4, 1), D(2026, 9, 30), False,
    "pr. 1. april 2026 i 6 måneder",
    "Mentorstøtten bevilges pr. 1. april 2026 i 6 måneder.", "period:start-plus-length;period:exact-six",
    basis="months")
add("len-26w-feb", D(2026, 2, 2), D(2026, 8, 2), False,
    "26 uger fra mandag den 2. februar 2026",
    "Du har mentor i 26 uger fra mandag den 2. februar 2026.",
    "period:length-26-weeks;period:weeks-vs-calendar", basis="weeks")
add("len-6mdr", None, None, False, "6 mdr.", "Varigheden er sat til 6 mdr.", "period:length-6-months",
    basis="months")
add("split-fine", D(2026, 1, 12), D(2026, 7, 11), False,
    "12. januar 2026 – 11. juli 2026",
    "Mentorforløbet starter 12. januar 2026 og slutter 11. juli 2026.", "period:split;period:exact-six",
    split=("12.01.2026", "Aftalen udløber den 11. juli 2026, og inden da tager vi stilling til, om der er behov for mere."))
add("split-fine2", D(2026, 9, 1), D(2027, 2, 28), False,
    "1/9-26 – 28/2-27",
    "Forløbet går fra 1/9-26 til 28/2-27.", "period:split;period:year-end",
    split=("1. september 2026", "Mentorstøtten slutter 28/2-27."))
add("monthstart-6m", D(2026, 3, 1), D(2026, 8, 31), False,
    "opstart marts 2026, varighed 6 måneder",
    "Forløbet starter i marts 2026 og varer 6 måneder.", "period:month-plus-length", basis="months")
add("weeks-from-start", D(2026, 4, 6), D(2026, 10, 4), False,
    "26 uger fra 6/4-26",
    "Mentorstøtten gives i 26 uger fra 6/4-26.", "period:length-26-weeks;period:start-plus-length", basis="weeks")
# ------------------------------------------------------------------ over the limit
add("over-1day", D(2026, 3, 1), D(2026, 9, 1), True,
    "1. marts 2026 – 1. september 2026",
    "Mentorstøtten løber fra 1. marts 2026 til 1. september 2026.", "period:six-plus-one-day")
add("over-1day-short", D(2026, 1, 5), D(2026, 7, 5), True,
    "5/1-26 – 5/7-26",
    "Vi har aftalt forløbet 5/1-26 – 5/7-26.", "period:six-plus-one-day;date:d/m-yy")
add("over-1day-yearend", D(2026, 10, 1), D(2027, 4, 1), True,
    "01.10.2026 – 01.04.2027",
    "Perioden er 01.10.2026 – 01.04.2027.", "period:six-plus-one-day;period:year-end")
add("over-yearend", D(2026, 11, 15), D(2027, 5, 15), True,
    "15. november 2026 til 15. maj 2027",
    "Mentoren følger dig fra den 15. november 2026 til den 15. maj 2027.", "period:six-plus-one-day;period:year-end")
add("over-monthend", D(2026, 8, 31), D(2027, 3, 1), True,
    "31/8-2026 – 1/3-2027",
    "Mentorforløbet er planlagt 31/8-2026 – 1/3-2027.", "period:month-end;period:year-end")
add("over-8m-iso", D(2026, 2, 1), D(2026, 9, 30), True,
    "2026-02-01 – 2026-09-30",
    "Bevillingsperiode (mentor): 2026-02-01 – 2026-09-30.", "period:8-months;date:iso")
add("over-monthrange", D(2026, 3, 1), D(2026, 9, 30), True,
    "marts–september 2026",
    "Mentoren er tilknyttet i månederne marts–september 2026.", "period:month-range")
add("over-monthrange-yearend", D(2026, 11, 1), D(2027, 5, 31), True,
    "november 2026 – maj 2027",
    "Forløbet løber november 2026 – maj 2027.", "period:month-range;period:year-end")
add("over-weeks27", D(2026, 3, 2), D(2026, 9, 6), True,
    "uge 10 – uge 36",
    "Mentorforløbet ligger i uge 10 – uge 36 (2026).", "period:week-numbers", basis="weeks")
add("over-weeks-yearend", D(2026, 9, 28), D(2027, 4, 4), True,
    "uge 40/2026 – uge 13/2027",
    "Mentoren er booket fra uge 40 2026 til og med uge 13 2027.", "period:week-numbers;period:year-end",
    basis="weeks")
add("over-27w", None, None, True, "27 uger",
    "Mentorstøtten er bevilget i 27 uger fra opstart.", "period:length-27-weeks", basis="weeks")
add("over-7m-from", D(2026, 4, 1), D(2026, 10, 31), True,
    "fra 1. april 2026 og 7 måneder frem",
    "Støtten gælder fra 1. april 2026 og 7 måneder frem.", "period:start-plus-length", basis="months")
add("over-9mdr", None, None, True, "9 mdr.",
    "Forløbet er sat til 9 mdr.", "period:length-9-months", basis="months")
add("over-12m", D(2026, 1, 1), D(2026, 12, 31), True,
    "1. januar – 31. december 2026 (12 måneder)",
    "Mentorstøtten gælder hele 2026, 1. januar – 31. december 2026.", "period:one-year")
add("over-185d", D(2026, 3, 1), D(2026, 9, 1), True,
    "185 dage fra 1. marts 2026",
    "Forløbet varer 185 dage regnet fra 1. marts 2026.", "period:185-days", basis="days")
add("over-halvandet", None, None, True, "halvandet år",
    "Vi forventer at arbejde sammen i halvandet år.", "period:18-months", basis="months")
add("over-noyear", D(2026, 2, 1), D(2026, 8, 31), True,
    "d. 1/2 – d. 31/8",
    "Vi starter d. 1/2, og aftalen løber til d. 31/8.", "period:7-months;date:no-year")
add("over-split", D(2026, 1, 5), D(2026, 7, 30), True,
    "5. januar 2026 – 30. juli 2026",
    "Forløbet går fra 5. januar 2026 til 30. juli 2026.", "period:split",
    split=("05.01.2026", "Mentorforløbet slutter d. 30/7-26 med en afsluttende samtale."))
add("over-split2", D(2026, 10, 1), D(2027, 6, 30), True,
    "1/10-26 – 30/6-27",
    "Forløbet går fra 1/10-26 til 30/6-27.", "period:split;period:year-end",
    split=("1. oktober 2026", "Støtten ophører ved udgangen af juni 2027, den 30. juni 2027."))
add("over-6half", None, None, True, "6½ måned",
    "Forløbet er aftalt til 6½ måned.", "period:6.5-months", basis="months")
# ------------------------------------------------------------------ special bases
add("udskr-9m", D(2026, 2, 1), D(2026, 10, 31), False,
    "1. februar 2026 – 31. oktober 2026",
    "Du har udskrivningskoordinator fra 1. februar 2026 (ca. 3 måneder før den forventede udskrivning) til og med 31. oktober 2026.",
    "period:udskrivning-9-months", limit_months=9)
add("udskr-10m", D(2026, 1, 1), D(2026, 10, 31), True,
    "1. januar 2026 – 31. oktober 2026",
    "Du har udskrivningskoordinator fra 1. januar 2026 til og med 31. oktober 2026.",
    "period:udskrivning-10-months", limit_months=9)
add("ext-fine", D(2026, 9, 1), D(2027, 2, 28), False,
    "1/9-26 – 28/2-27 (forlængelse)",
    "Mentorstøtten forlænges fra 1/9-26 til 28/2-27.", "period:extension;period:year-end",
    previous="1/3-26 – 31/8-26")
add("ext-fine-long-previous", D(2026, 12, 1), D(2027, 5, 31), False,
    "1. december 2026 – 31. maj 2027",
    "Mentorstøtten forlænges med en ny periode fra 1. december 2026 til 31. maj 2027.",
    "period:extension;period:previous-long",
    previous="1. december 2025 – 30. november 2026 (to perioder á 6 måneder)")
add("ext-over", D(2026, 9, 1), D(2027, 5, 31), True,
    "1. september 2026 – 31. maj 2027 (forlængelse)",
    "Mentorstøtten forlænges fra 1. september 2026 til 31. maj 2027.", "period:extension-over",
    previous="1. marts 2026 – 31. august 2026")
add("ext-3m", D(2026, 9, 1), D(2026, 11, 30), False,
    "forlænges med 3 måneder til 30. november 2026",
    "Mentorstøtten forlænges med 3 måneder, fra 1. september til 30. november 2026.",
    "period:extension;period:3-months", previous="1. marts 2026 – 31. august 2026", basis="months")
# ------------------------------------------------------------------ no duration at all
add("none-startonly", D(2026, 3, 1), None, False,
    "Opstart 1. marts 2026 – slutdato aftales ved første statusmøde",
    "Vi starter den 1. marts 2026. Hvornår forløbet slutter, aftaler vi ved første statusmøde.",
    "period:start-only", basis="none")
add("none-tbd", None, None, False, "Udfyldes senere",
    "Varigheden af forløbet er endnu ikke fastlagt.", "period:placeholder", basis="none")

BY_ID = {s.id: s for s in S}


def check_consistency():
    for s in S:
        if s.basis == "dates" and s.start and s.end:
            calc = s.end > latest_end(s.start, s.limit_months)
            assert calc == s.over, (s.id, s.start, s.end, latest_end(s.start, s.limit_months))
        if s.basis in ("weeks", "days") and s.start and s.end:
            days = (s.end - s.start).days + 1
            assert (days > 184) == s.over, (s.id, days)


check_consistency()
