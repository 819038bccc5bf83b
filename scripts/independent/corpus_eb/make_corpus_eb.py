#!/usr/bin/env python3
"""Independent corpus "eb": the support period and its limit.

Agreements, decision letters (grants and extensions) and Min Plan entries whose periods are
written in the many ways Danish case workers write them, plus documents that are none of the
kinds but talk about periods. Labels follow `mentordocs rules NAME` and domain.md §§ 8-9,
decided when writing (see NOTES.md).

    python make_corpus_eb.py --out /work/corpora/eb
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

SEED = 20261130

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


# ---------------------------------------------------------------- dates and the 6-month rule

def fmt(d: date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "d":
        return f"d. {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "wd":
        return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dots2":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots_short":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash_sp":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slash_short":
        return f"{d.day}/{d.month}-{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


def add_months(d: date, n: int) -> tuple[int, int]:
    m = d.month - 1 + n
    return d.year + m // 12, m % 12 + 1


def latest_end(start: date, months: int = 6) -> date:
    """The rule doc's reading: start day d may end on d + 6 calendar months - 1 day; when that
    month has no day d, on that month's last day."""
    y, m = add_months(start, months)
    last = calendar.monthrange(y, m)[1]
    if start.day > last:
        return date(y, m, last)
    return date(y, m, start.day) - timedelta(days=1)


def iso_week_monday(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


D = date


@dataclass
class Period:
    """One way of writing the mentor support's period, with its label."""
    key: str
    text: str                      # the value as written (may hold "\n" for a broken line)
    over: bool = False
    missing: bool = False
    start: date | None = None
    end: date | None = None
    rows: list[tuple[str, str]] | None = None   # table form: several label/value rows
    cells: list[str] | None = None              # table form: one row over several cells
    extra: str = ""                # a sentence elsewhere naming another period (not the support's)
    traits: list[str] = field(default_factory=list)
    placeholder_docx: bool = False


def rng_period(key, start, end, text, *, traits=(), limit_months=6, **kw) -> Period:
    over = end > latest_end(start, limit_months)
    return Period(key, text, over=over, start=start, end=end, traits=list(traits), **kw)


def sep_range(a: str, b: str, sep: str) -> str:
    if sep == "fra-til":
        return f"fra {a} til {b}"
    if sep == "fom-tom":
        return f"f.o.m. {a} t.o.m. {b}"
    if sep == "fraogmed":
        return f"fra og med {a} til og med {b}"
    return f"{a}{sep}{b}"


def periods_for_agreements() -> list[Period]:
    P: list[Period] = []

    def r(key, s, e, sa, sb, sep, traits=(), **kw):
        P.append(rng_period(key, s, e, sep_range(fmt(s, sa), fmt(e, sb), sep), traits=traits, **kw))

    # exactly six months, every notation
    r("exact-long", D(2026, 3, 1), D(2026, 8, 31), "long", "long", " – ", ["period:exact-six"])
    r("exact-dots2", D(2026, 2, 1), D(2026, 7, 31), "dots2", "dots2", "-", ["period:exact-six"])
    r("exact-slash", D(2026, 4, 1), D(2026, 9, 30), "slash", "slash", " til ", ["period:exact-six"])
    r("exact-iso", D(2026, 5, 1), D(2026, 10, 31), "iso", "iso", " – ", ["period:exact-six"])
    r("exact-fom", D(2026, 1, 15), D(2026, 7, 14), "dots", "dots", "fom-tom", ["period:exact-six"])
    r("exact-fraogmed", D(2026, 9, 1), D(2027, 2, 28), "long", "long", "fraogmed",
      ["period:exact-six", "period:til-og-med"])
    r("exact-abbr", D(2026, 10, 1), D(2027, 3, 31), "abbr", "abbr", " - ", ["period:exact-six"])
    r("exact-den", D(2026, 3, 16), D(2026, 9, 15), "den", "den", "fra-til", ["period:exact-six"])
    r("exact-short", D(2026, 6, 1), D(2026, 11, 30), "dots_short", "dots_short", "-",
      ["period:exact-six"])
    r("exact-slashsp", D(2026, 12, 1), D(2027, 5, 31), "slash_sp", "slash_sp", " – ",
      ["period:exact-six"])
    r("exact-dash", D(2026, 8, 3), D(2027, 2, 2), "dash", "dash", " til ", ["period:exact-six"])
    # end of month and leap years
    r("eom-aug-feb", D(2026, 8, 31), D(2027, 2, 28), "long", "long", " – ",
      ["period:end-of-month", "period:exact-six"])
    r("eom-mar-sep", D(2026, 3, 31), D(2026, 9, 30), "dots2", "dots2", " - ",
      ["period:end-of-month", "period:exact-six"])
    r("leap-sep-feb29", D(2027, 9, 1), D(2028, 2, 29), "long", "long", " – ",
      ["period:leap-year", "period:exact-six"])
    r("leap-feb29-start", D(2028, 2, 29), D(2028, 8, 28), "dots2", "dots2", "-",
      ["period:leap-year", "period:exact-six"])
    r("leap-aug31-feb29", D(2027, 8, 31), D(2028, 2, 29), "slash", "slash", " til ",
      ["period:leap-year", "period:end-of-month", "period:exact-six"])
    # one day over
    r("over1-long", D(2026, 3, 1), D(2026, 9, 1), "long", "long", " – ", ["period:one-day-over"])
    r("over1-dots", D(2026, 1, 15), D(2026, 7, 15), "dots2", "dots2", "-", ["period:one-day-over"])
    r("over1-eom", D(2026, 8, 31), D(2027, 3, 1), "long", "long", " til ",
      ["period:one-day-over", "period:end-of-month"])
    r("over1-leap", D(2027, 9, 1), D(2028, 3, 1), "dots", "dots", " - ",
      ["period:one-day-over", "period:leap-year"])
    r("over1-feb29", D(2028, 2, 29), D(2028, 8, 29), "long", "long", "fra-til",
      ["period:one-day-over", "period:leap-year"])
    r("over1-mar31", D(2026, 3, 31), D(2026, 10, 1), "slash", "slash", " – ",
      ["period:one-day-over", "period:end-of-month"])
    # clearly over
    r("over-9m", D(2026, 3, 1), D(2026, 11, 30), "long", "long", " – ", ["period:over"])
    r("over-12m", D(2026, 1, 1), D(2026, 12, 31), "dots", "dots", "-", ["period:over"])
    r("over-fraogmed", D(2026, 2, 1), D(2026, 10, 31), "dots2", "dots2", "fraogmed",
      ["period:over", "period:til-og-med"])
    # ranges with a shared month or year
    P.append(rng_period("shared-month-names", D(2026, 3, 1), D(2026, 8, 31), "marts–august 2026",
                        traits=["period:month-names", "period:exact-six"]))
    P.append(rng_period("shared-month-over", D(2026, 3, 1), D(2026, 9, 30),
                        "marts – september 2026", traits=["period:month-names", "period:over"]))
    P.append(rng_period("shared-year", D(2026, 3, 1), D(2026, 8, 31), "1. marts – 31. august 2026",
                        traits=["period:shared-year", "period:exact-six"]))
    P.append(rng_period("shared-year-over", D(2026, 4, 1), D(2026, 12, 31),
                        "1. april - 31. december 2026", traits=["period:shared-year", "period:over"]))
    # week numbers
    P.append(rng_period("weeks-ok", iso_week_monday(2026, 10), iso_week_monday(2026, 35) + timedelta(6),
                        "uge 10-35 (2026)", traits=["period:weeks", "period:exact-six"]))
    P.append(rng_period("weeks-over", iso_week_monday(2026, 10), iso_week_monday(2026, 48) + timedelta(6),
                        "uge 10 til uge 48, 2026", traits=["period:weeks", "period:over"]))
    P.append(rng_period("weeks-short", iso_week_monday(2026, 33), iso_week_monday(2026, 50) + timedelta(6),
                        "2026, uge 33 – uge 50", traits=["period:weeks"]))
    # start plus length, lengths
    P.append(Period("start-6m-frem", "fra 1. marts 2026 og 6 måneder frem", start=D(2026, 3, 1),
                    end=D(2026, 8, 31), traits=["period:start-plus-length", "period:exact-six"]))
    P.append(Period("6m-fra", "6 måneder fra 15. januar 2026", start=D(2026, 1, 15),
                    end=D(2026, 7, 14), traits=["period:start-plus-length", "period:exact-six"]))
    P.append(Period("start-9m-frem", "pr. 1. april 2026 og 9 måneder frem", over=True,
                    start=D(2026, 4, 1), end=D(2026, 12, 31),
                    traits=["period:start-plus-length", "period:over"]))
    P.append(Period("len-26uger", "26 uger fra opstart (opstart 2. marts 2026)",
                    traits=["period:weeks-length", "period:exact-six"]))
    P.append(Period("len-27uger", "27 uger fra 2. marts 2026", over=True,
                    traits=["period:weeks-length", "period:one-week-over"]))
    P.append(Period("len-halvt-aar", "et halvt år fra 1. september 2026",
                    traits=["period:words-length"]))
    P.append(Period("len-9mdr", "9 mdr. med start 1.2.2026", over=True, traits=["period:over"]))
    P.append(Period("len-et-aar", "et år fra underskrift", over=True, traits=["period:over"]))
    P.append(Period("len-40uger", "40 uger", over=True, traits=["period:over", "period:weeks-length"]))
    P.append(Period("len-3mdr", "3 mdr. (1. maj – 31. juli 2026)", start=D(2026, 5, 1),
                    end=D(2026, 7, 31), traits=["period:short"]))
    P.append(Period("len-182dage", "182 dage fra 1. marts 2026", traits=["period:days-length"]))
    # til og med / frem til with a separate start
    P.append(Period("frem-til", "Start 1. april 2026, mentorstøtten løber frem til 30. september 2026",
                    start=D(2026, 4, 1), end=D(2026, 9, 30), traits=["period:frem-til", "period:exact-six"]))
    P.append(Period("frem-til-over", "Start 1. april 2026, mentorstøtten løber frem til 1. oktober 2026",
                    over=True, start=D(2026, 4, 1), end=D(2026, 10, 1),
                    traits=["period:frem-til", "period:one-day-over"]))
    # broken over lines and over table cells
    P.append(Period("broken-line", "1. marts 2026 –\n31. august 2026", start=D(2026, 3, 1),
                    end=D(2026, 8, 31), traits=["period:broken-line", "period:exact-six"]))
    P.append(Period("broken-line-over", "fra den 1. februar 2026 og til og med\nden 30. november 2026",
                    over=True, start=D(2026, 2, 1), end=D(2026, 11, 30),
                    traits=["period:broken-line", "period:over"]))
    P.append(Period("rows-start-slut", "", start=D(2026, 6, 1), end=D(2026, 11, 30),
                    rows=[("Startdato", "01.06.2026"), ("Slutdato", "30.11.2026")],
                    traits=["period:table-rows", "period:exact-six"]))
    P.append(Period("rows-start-slut-over", "", over=True, start=D(2026, 6, 1), end=D(2027, 1, 31),
                    rows=[("Fra", "1. juni 2026"), ("Til", "31. januar 2027")],
                    traits=["period:table-rows", "period:over"]))
    P.append(Period("cells-fra-til", "", start=D(2026, 9, 1), end=D(2027, 2, 28),
                    cells=["Periode", "fra 1. september 2026", "til 28. februar 2027"],
                    traits=["period:table-cells", "period:exact-six"]))
    P.append(Period("cells-fra-til-over", "", over=True, start=D(2026, 9, 1), end=D(2027, 3, 1),
                    cells=["Periode", "f.o.m. 01.09.2026", "t.o.m. 01.03.2027"],
                    traits=["period:table-cells", "period:one-day-over"]))
    # missing (rule doc: no date or length under the label; a limit is not a duration)
    P.append(Period("miss-indtil-videre", "indtil videre", missing=True, traits=["defect:missing-duration"]))
    P.append(Period("miss-udfyldes", "Udfyldes senere", missing=True, traits=["defect:missing-duration"]))
    P.append(Period("miss-limit-only", "Højst 6 måneder", missing=True,
                    traits=["defect:missing-duration", "period:limit-only"]))
    P.append(Period("miss-efter-behov", "efter behov", missing=True, traits=["defect:missing-duration"]))
    P.append(Period("miss-dash", "-", missing=True, traits=["defect:missing-duration"]))
    P.append(Period("miss-placeholder", "[indsæt start- og slutdato]", missing=True,
                    traits=["defect:missing-duration", "placeholder"]))
    P.append(Period("miss-word-date", "Klik eller tryk for at angive en dato.", missing=True,
                    traits=["defect:missing-duration", "placeholder"], placeholder_docx=True))
    P.append(Period("miss-start-only", "Opstart 1. marts 2026", missing=True,
                    traits=["defect:missing-duration", "period:start-only"]))
    P.append(Period("miss-op-til", "op til 6 måneder med mulighed for forlængelse", missing=True,
                    traits=["defect:missing-duration", "period:limit-only"]))
    # extensions written into the agreement, with the old and the new period
    P.append(Period("ext-old-new", "1. marts 2026 – 31. august 2026 (forlængelse; forrige periode 1. september 2025 – 28. februar 2026)",
                    start=D(2026, 3, 1), end=D(2026, 8, 31), traits=["extension", "period:exact-six", "other-period:previous"]))
    P.append(Period("ext-old-new-over", "forlænget fra 1.3.2026 til 31.1.2027 (forrige periode: 1.9.2025 – 28.2.2026)",
                    over=True, start=D(2026, 3, 1), end=D(2027, 1, 31), traits=["extension", "period:over", "other-period:previous"]))
    P.append(Period("ext-plus-3", "Forlænges med 3 måneder, til og med 31. maj 2026", end=D(2026, 5, 31),
                    traits=["extension", "period:short", "period:til-og-med"]))
    # only an end date: present, cannot be over
    P.append(Period("end-only", "Aftalen udløber 31. august 2026", traits=["period:end-only"]))
    return P


# ---------------------------------------------------------------- field content

FIRST = ["Anna", "Mikkel", "Sofie", "Ahmed", "Line", "Jonas", "Fatima", "Kasper", "Mette", "Emil",
         "Nadia", "Rasmus", "Ida", "Yusuf", "Camilla", "Oliver", "Louise", "Tobias", "Sara", "Mads"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Holm", "Bak", "Frandsen"]
KOMMUNER = ["Viborg", "Holbæk", "Faxe", "Rudersdal", "Assens", "Tønder", "Herning", "Roskilde",
            "Gribskov", "Aalborg", "Silkeborg", "Næstved", "Svendborg", "Randers"]
PROVIDERS = ["Jobhuset ApS", "MentorGruppen", "Kompas Mentor", "Center for Job og Uddannelse",
             "Broen Mentorservice", "Kommunens mentorkorps", "Trin for Trin I/S"]

GOALS = [
    "{c} starter på SOSU-hjælperuddannelsen i august 2026 og møder mindst fire dage om ugen.",
    "{c} er i virksomhedspraktik på lageret hos Bilka 20 timer om ugen senest 1. juni 2026, med henblik på løntilskud.",
    "{c} gennemfører FVU-dansk trin 2 på VUC og består prøven i juni 2026.",
    "{c} får et fleksjob som pedelmedhjælper på en skole med 12 timer om ugen.",
    "{c} fastholder sit job som rengøringsassistent hos ISS med 25 timer om ugen uden ikke-aftalt fravær.",
    "{c} bliver optaget på EUD-forløbet til tømrer og møder stabilt på skolen fem dage om ugen.",
    "{c} kommer i ordinært job i detailhandlen på mindst 15 timer om ugen.",
    "{c} gennemfører den almene grunduddannelse (AGU) på FGU med mindst 90 % fremmøde.",
]
TASKS = [
    ["følge {c} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med kontakten til kontaktpersonen på arbejdspladsen"],
    ["hjælpe {c} med at lave en ugeplan og holde den", "støtte ved samtaler med studievejlederen",
     "øve offentlig transport til skolen"],
    ["vække-opkald de dage {c} skal møde", "hjælp til at åbne og besvare post i e-Boks",
     "forberede møder med arbejdsgiveren sammen med {c}"],
    ["være med til opstartssamtalen", "hjælpe {c} med at søge SU og lave et budget",
     "løbende kontakt med lærerne om fravær"],
]
HOURS = ["3 timer pr. uge", "2 timer om ugen", "4 timer ugentligt", "1½ time om ugen",
         "2 t/uge", "8 timer om måneden", "5 timer pr. uge de første fire uger, derefter 2 timer pr. uge"]
FOLLOWUPS = [
    "Statusmøde med {c}, mentor og sagsbehandler hver måned. Delmål: fremmøde fire dage om ugen fra maj. Evaluering senest 14 dage før støtten ophører.",
    "Vi følger op hver 3. måned og altid 14 dage før periodens udløb. Progressionen måles på fremmøde og antal timer i praktik.",
    "Mentor sender en kort status hver måned. Midtvejsevaluering efter 3 måneder, hvor vi ser på delmålene.",
    "Opfølgningssamtale hver 4. uge med sagsbehandleren; vi måler på om {c} møder til tiden og deltager i undervisningen.",
]


def appeal_text(k: str) -> str:
    return random.choice([
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {k} Kommune inden fire uger efter, at du har modtaget den. "
        f"Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen.",
        f"Du kan klage over afgørelsen til Jobcenter {k} inden 4 uger. Klagen kan være mundtlig eller skriftlig. "
        f"Jobcentret ser på sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen til Ankestyrelsens Beskæftigelsesudvalg (LAB § 204, retssikkerhedsloven kap. 10).",
        f"Klag til {k} Kommune senest 4 uger efter, at du har fået dette brev. Vi vurderer sagen igen, og giver vi dig ikke ret, "
        f"sender vi klagen og sagens akter til Ankestyrelsen.",
    ])


def phone() -> str:
    return f"{random.randint(20, 99)} {random.randint(10, 99)} {random.randint(10, 99)} {random.randint(10, 99)}"


def cpr() -> str:
    d0 = date(1975, 1, 1) + timedelta(days=random.randint(0, 365 * 30))
    return f"{d0.day:02d}{d0.month:02d}{d0.year % 100:02d}-{random.randint(1000, 9999)}"


# ---------------------------------------------------------------- documents as blocks

@dataclass
class Doc:
    path: str
    kind: str
    fmt: str
    layout: str
    subtype: str
    title: str
    blocks: list = field(default_factory=list)
    rules: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    must_not: list = field(default_factory=list)
    traits: list = field(default_factory=list)
    period: dict | None = None
    sender: str = ""
    recipient: str = ""
    domain: str = "viborg"


def period_blocks(p: Period, label: str, layout: str) -> list:
    """Blocks that carry the support period under a label in the given layout."""
    if p.rows:
        if layout == "table":
            return [("row", [a, b]) for a, b in p.rows]
        return [("p", f"{a}: {b}") for a, b in p.rows]
    if p.cells:
        if layout == "table":
            return [("row", p.cells)]
        return [("p", f"{p.cells[0]}: {p.cells[1]} {p.cells[2]}")]
    if layout == "table":
        return [("row", [label, p.text])]
    if layout == "headings":
        return [("h", label), ("p", p.text)]
    return [("p", f"{label}: {p.text}")]


def field_blocks(label: str, value, layout: str) -> list:
    if isinstance(value, list):
        if layout == "table":
            return [("row", [label, "; ".join(value)])]
        out = [("h", label) if layout == "headings" else ("p", f"{label}:")]
        return out + [("li", v) for v in value]
    if layout == "table":
        return [("row", [label, value])]
    if layout == "headings":
        return [("h", label), ("p", value)]
    return [("p", f"{label}: {value}")]


def group_rows(blocks: list) -> list:
    """Turn consecutive ("row", cells) blocks into one ("table", rows) block."""
    out: list = []
    for b in blocks:
        if b[0] == "row":
            if out and out[-1][0] == "table":
                out[-1][1].append(b[1])
            else:
                out.append(("table", [b[1]]))
        else:
            out.append(b)
    return out


LABELS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Formål", "Hovedformål"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Indsatsområder"],
    "period": ["Periode", "Varighed", "Bevilget periode", "Aftalens varighed", "Støtteperiode"],
    "followup": ["Opfølgning", "Opfølgning og progression", "Evaluering"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage"],
}


def person():
    return random.choice(FIRST), random.choice(LAST)


def make_agreement(i: int, p: Period, fmt_: str, layout: str, with_cpr: bool, noise: str | None) -> Doc:
    cf, cl = person()
    mf, ml = person()
    while mf == cf:
        mf, ml = person()
    k = random.choice(KOMMUNER)
    prov = random.choice(PROVIDERS)
    c = cf
    title = random.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb",
                           f"Aftale om mentorstøtte efter LAB § 167 – {k} Kommune"])
    d = Doc(f"aftaler/{i:03d}-aftale-{cf.lower()}.{fmt_}", "agreement", fmt_, layout, "agreement", title)
    d.sender = f"Jobcenter {k}"
    d.domain = k
    blocks: list = []
    head = [("p", f"Borger: {cf} {cl}")]
    if with_cpr:
        num = cpr()
        head.append(("p", f"CPR-nr.: {num}"))
        d.must_not.append(num)
        d.traits.append("cpr")
    head.append(("p", f"Sagsbehandler: {random.choice(FIRST)} {random.choice(LAST)}, Jobcenter {k}, tlf. {phone()}"))
    if noise == "meeting":
        head.append(("p", f"Aftalen er indgået på mødet {fmt(D(2026, 2, 12), 'wd')} på jobcentret."))
        d.traits.append("other-period:meeting-date")
    blocks += head
    blocks.insert(0, ("p", random.choice([
        f"Denne aftale er indgået mellem {cf} {cl}, mentor {mf} {ml} og Jobcenter {k}.",
        f"Her er det, vi aftalte om din mentorstøtte.",
        f"Aftalen beskriver den mentorstøtte, som Jobcenter {k} har bevilget efter LAB § 167.",
        f"Kære {cf}. Her får du jeres aftale om mentorstøtte skrevet ned."])))
    bg = None
    if noise == "education":
        bg = (f"{c} er optaget på en erhvervsuddannelse (EUD), som løber fra {fmt(D(2026, 8, 10), 'long')} til {fmt(D(2028, 6, 30), 'long')}; "
              "mentorstøtten dækker kun opstarten.")
        d.traits.append("other-period:education")
    elif noise == "praktik":
        bg = (f"{c} er i virksomhedspraktik hos Netto i perioden {fmt(D(2026, 1, 5), 'dots2')} – "
              f"{fmt(D(2026, 12, 18), 'dots2')} (løntilskud følger).")
        d.traits.append("other-period:praktik")
    elif noise == "previous":
        bg = f"{c} havde et tidligere mentorforløb {fmt(D(2024, 9, 1), 'long')} – {fmt(D(2025, 8, 31), 'long')} (afsluttet)."
        d.traits.append("other-period:previous")
    if bg:
        blocks += field_blocks("Baggrund", bg, layout)
    L = {f: random.choice(v) for f, v in LABELS.items()}
    blocks += field_blocks(L["goal"], GOALS[i % len(GOALS)].format(c=c), layout)
    blocks += field_blocks(L["mentor"], f"{mf} {ml}, {prov}, tlf. {phone()}, {mf.lower()}@{prov.split()[0].lower()}.dk", layout)
    blocks += field_blocks(L["tasks"], [t.format(c=c) for t in TASKS[i % len(TASKS)]], layout)
    blocks += period_blocks(p, L["period"], layout)
    blocks += field_blocks(L["hours"], random.choice(HOURS), layout)
    blocks += field_blocks(L["followup"], random.choice(FOLLOWUPS).format(c=c), layout)
    blocks += field_blocks(L["appeal"], appeal_text(k), layout if layout != "table" else "labels")
    blocks.append(("p", f"Underskrift borger: {cf} {cl}      Underskrift mentor: {mf} {ml}      Dato: {fmt(D(2026, 2, 12), 'dots2')}"))
    d.blocks = group_rows(blocks)
    label(d, p)
    return d


def label(d: Doc, p: Period) -> None:
    d.traits += p.traits
    if p.missing:
        d.rules.append("missing-duration")
    if p.over:
        d.rules.append("duration-over-6-months")
    if p.start and p.end:
        d.period = {"start": p.start.isoformat(), "end": p.end.isoformat()}
    d.traits.append(f"period-key:{p.key}")


# ---------------------------------------------------------------- decisions

def decision_specs() -> list[dict]:
    """Decision letters: grants, extensions (old and new period), partial grants."""
    S = []
    # (subtype, old period or None, new period text, new start, new end, over, traits, extra)
    def ext(old, new_s, new_e, sa, sep, traits, limit=6):
        over = new_e > latest_end(new_s, limit)
        S.append(dict(subtype="forlaengelse", old=old, text=sep_range(fmt(new_s, sa), fmt(new_e, sa), sep),
                      start=new_s, end=new_e, over=over, traits=traits))

    def grant(s, e, sa, sep, traits, subtype="bevilling", asked=None, limit=6):
        over = e > latest_end(s, limit)
        S.append(dict(subtype=subtype, old=None, text=sep_range(fmt(s, sa), fmt(e, sa), sep),
                      start=s, end=e, over=over, traits=traits, asked=asked))

    old1 = f"{fmt(D(2025, 9, 1), 'long')} – {fmt(D(2026, 2, 28), 'long')}"
    ext(old1, D(2026, 3, 1), D(2026, 8, 31), "long", " – ", ["extension", "period:exact-six"])
    ext(old1, D(2026, 3, 1), D(2026, 9, 30), "long", " til ", ["extension", "period:over"])
    ext("01.10.2025-31.03.2026", D(2026, 4, 1), D(2026, 9, 30), "dots2", "-", ["extension", "period:exact-six"])
    ext("01.10.2025-31.03.2026", D(2026, 4, 1), D(2026, 10, 1), "dots2", "-", ["extension", "period:one-day-over"])
    ext("1/8-2025 til 31/1-2026", D(2026, 2, 1), D(2026, 5, 31), "slash", " til ", ["extension", "period:short"])
    ext("15. juni 2025 – 14. december 2025", D(2025, 12, 15), D(2026, 6, 14), "long", "fraogmed",
        ["extension", "period:exact-six", "period:til-og-med"])
    ext("marts–august 2027", D(2027, 9, 1), D(2028, 2, 29), "long", " – ", ["extension", "period:leap-year", "period:exact-six"])
    ext("1. september 2026 – 28. februar 2027", D(2027, 3, 1), D(2027, 12, 31), "long", " – ",
        ["extension", "period:over"])
    grant(D(2026, 3, 1), D(2026, 8, 31), "long", " – ", ["period:exact-six"])
    grant(D(2026, 3, 1), D(2026, 9, 1), "long", " – ", ["period:one-day-over"])
    grant(D(2026, 8, 31), D(2027, 2, 28), "dots2", "-", ["period:end-of-month", "period:exact-six"])
    grant(D(2026, 1, 1), D(2026, 12, 31), "den", "fra-til", ["period:over"])
    grant(D(2026, 4, 1), D(2026, 9, 30), "long", "fra-til", ["partial-grant", "period:exact-six"],
          subtype="delvis-bevilling", asked="12 måneder")
    grant(D(2026, 5, 4), D(2026, 11, 3), "dots", " - ", ["partial-grant", "period:exact-six"],
          subtype="delvis-bevilling", asked="9 måneder")
    grant(D(2026, 2, 1), D(2026, 10, 31), "long", " – ", ["udskrivningskoordinator", "period:nine-months-allowed"],
          subtype="udskrivningskoordinator", limit=9)
    grant(D(2026, 2, 1), D(2026, 11, 30), "long", " – ", ["udskrivningskoordinator", "period:over"],
          subtype="udskrivningskoordinator", limit=9)
    S.append(dict(subtype="bevilling", old=None, text="uge 10-35 i 2026", start=iso_week_monday(2026, 10),
                  end=iso_week_monday(2026, 35) + timedelta(6), over=False, traits=["period:weeks"]))
    S.append(dict(subtype="bevilling", old=None, text="6 måneder fra den 1. april 2026", start=D(2026, 4, 1),
                  end=D(2026, 9, 30), over=False, traits=["period:start-plus-length"]))
    S.append(dict(subtype="bevilling", old=None, text="9 måneder med start 1. april 2026", start=D(2026, 4, 1),
                  end=D(2026, 12, 31), over=True, traits=["period:start-plus-length", "period:over"]))
    S.append(dict(subtype="bevilling", old=None, text="1. marts 2026 – \n31. august 2026", start=D(2026, 3, 1),
                  end=D(2026, 8, 31), over=False, traits=["period:broken-line", "period:exact-six"]))
    return S


def make_decision(i: int, s: dict, fmt_: str, with_cpr: bool) -> Doc:
    cf, cl = person()
    k = random.choice(KOMMUNER)
    mf, ml = person()
    st = s["subtype"]
    title = {"forlaengelse": "Afgørelse om forlængelse af mentorstøtte",
             "bevilling": random.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte"]),
             "delvis-bevilling": "Afgørelse om mentorstøtte – delvis bevilling",
             "udskrivningskoordinator": "Afgørelse om udskrivningskoordinator (mentorstøtte)"}[st]
    d = Doc(f"afgoerelser/{i:03d}-{st}.{fmt_}", "decision", fmt_, "letter", st, title)
    d.sender = f"{k} Kommune, Job og Ydelse"
    d.domain = k
    b: list = [("p", f"{k} Kommune · Job og Ydelse · {fmt(D(2026, 2, 20), 'long')}"),
               ("p", f"Til {cf} {cl}")]
    if with_cpr:
        num = cpr()
        b.append(("p", f"Cpr.nr. {num}"))
        d.must_not.append(num)
        d.traits.append("cpr")
    b.append(("p", f"Sagsnr.: 15.20.08-G01-{random.randint(100, 999)}-26"))
    b.append(("h", title))
    text = s["text"]
    if st == "forlaengelse":
        b.append(("p", f"Du har mentorstøtte i perioden {s['old']}. Din mentor, {mf} {ml}, og din sagsbehandler har "
                       f"vurderet, at du har brug for støtte i en periode mere."))
        b.append(("p", f"Vi har besluttet at forlænge din mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1. "
                       f"Den nye periode er {text}. Du har fortsat {random.choice(HOURS)}."))
    elif st == "delvis-bevilling":
        b.append(("p", f"Du har søgt om mentorstøtte i {s['asked']}. Vi har bevilget dig mentorstøtte {text}, "
                       f"med {random.choice(HOURS)}."))
        b.append(("h", "Begrundelse"))
        b.append(("p", "Efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats kan mentorstøtte gives i en periode på "
                       "højst 6 måneder ad gangen. Vi har lagt vægt på, at du starter i praktik i april, og at vi sammen "
                       "skal vurdere behovet igen, inden perioden udløber."))
    elif st == "udskrivningskoordinator":
        month = "maj" if not s["over"] else "juni"
        b.append(("p", f"Du er indlagt på psykiatrisk afdeling, og regionen har oplyst, at du forventes udskrevet i {month} 2026. "
                       f"Du har ret til en udskrivningskoordinator efter § 167, stk. 2. Vi bevilger støtten i perioden {text}, "
                       f"det vil sige fra nu af under indlæggelsen og 6 måneder efter udskrivelsen."))
    else:
        if s["text"].startswith(("6 ", "9 ")):
            b.append(("p", f"Du får bevilget mentorstøtte i {text}."))
        else:
            b.append(("p", f"Du får bevilget mentorstøtte i perioden {text}."))
        b.append(("p", f"Din mentor er {mf} {ml}, tlf. {phone()}. Mentoren hjælper dig med at komme i gang med din praktik. "
                       f"Timetal: {random.choice(HOURS)}."))
    if st not in ("delvis-bevilling",):
        b.append(("h", "Begrundelse"))
        b.append(("p", "Vi har lagt vægt på oplysningerne fra dit møde med jobcentret og din mentors status. "
                       "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167."))
    b.append(("h", "Klagevejledning"))
    b.append(("p", appeal_text(k)))
    b.append(("p", f"Med venlig hilsen\n{random.choice(FIRST)} {random.choice(LAST)}\nJobkonsulent, {k} Kommune"))
    d.blocks = b
    d.traits += s["traits"]
    if s["over"]:
        d.rules.append("duration-over-6-months")
    d.period = {"start": s["start"].isoformat(), "end": s["end"].isoformat()}
    return d


# ---------------------------------------------------------------- Min Plan

def minplan_specs() -> list[Period]:
    P = []
    P.append(rng_period("mp-exact", D(2026, 3, 1), D(2026, 8, 31), "01.03.2026 - 31.08.2026", traits=["period:exact-six"]))
    P.append(rng_period("mp-over1", D(2026, 3, 1), D(2026, 9, 1), "01.03.2026 - 01.09.2026", traits=["period:one-day-over"]))
    P.append(rng_period("mp-eom", D(2026, 8, 31), D(2027, 2, 28), "31.08.2026 - 28.02.2027", traits=["period:end-of-month", "period:exact-six"]))
    P.append(rng_period("mp-over", D(2026, 1, 5), D(2026, 12, 18), "05.01.2026 - 18.12.2026", traits=["period:over"]))
    P.append(rng_period("mp-leap", D(2028, 2, 29), D(2028, 8, 28), "29-02-2028 til 28-08-2028", traits=["period:leap-year", "period:exact-six"]))
    P.append(rng_period("mp-words", D(2026, 4, 13), D(2026, 10, 12), "13. april 2026 – 12. oktober 2026", traits=["period:exact-six"]))
    P.append(rng_period("mp-iso-over", D(2026, 4, 13), D(2027, 4, 12), "2026-04-13 – 2027-04-12", traits=["period:over"]))
    P.append(Period("mp-length", "6 mdr. fra 1. februar 2026", traits=["period:start-plus-length"]))
    P.append(Period("mp-weeks", "uge 2-26 2026", start=iso_week_monday(2026, 2), end=iso_week_monday(2026, 26) + timedelta(6),
                    traits=["period:weeks"]))
    P.append(Period("mp-missing", "", missing=True, traits=["defect:missing-duration"]))
    P.append(Period("mp-missing-limit", "Max. 6 måneder", missing=True, traits=["defect:missing-duration", "period:limit-only"]))
    P.append(rng_period("mp-fom", D(2026, 6, 15), D(2026, 12, 14), "f.o.m. 15.06.2026 t.o.m. 14.12.2026", traits=["period:exact-six", "period:til-og-med"]))
    P.append(rng_period("mp-over-tom", D(2026, 6, 15), D(2027, 3, 31), "f.o.m. 15.06.2026 t.o.m. 31.03.2027", traits=["period:over", "period:til-og-med"]))
    P.append(rng_period("mp-slash", D(2026, 10, 1), D(2027, 3, 31), "1/10 2026 - 31/3 2027", traits=["period:exact-six"]))
    return P


def make_minplan(i: int, p: Period, fmt_: str, with_cpr: bool, other: bool) -> Doc:
    cf, cl = person()
    mf, ml = person()
    while mf == cf:
        mf, ml = person()
    k = random.choice(KOMMUNER)
    title = random.choice(["Min Plan – Mentorstøtte", "Udskrift fra Min Plan", "Min Plan: Mentor"])
    d = Doc(f"minplan/{i:03d}-minplan.{fmt_}", "minplan", fmt_, "table", "minplan", title)
    d.sender = f"Jobcenter {k}"
    b: list = [("p", f"Min Plan for {cf} {cl} · udskrevet {fmt(D(2026, 3, 2), 'dots2')}")]
    if with_cpr:
        num = cpr()
        b.append(("p", f"CPR: {num}"))
        d.must_not.append(num)
        d.traits.append("cpr")
    if other:
        b.append(("h", "Uddannelse"))
        b.append(("table", [["Aktivitet", "Almen grunduddannelse (AGU), FGU Midtjylland"],
                            ["Periode", "10.08.2026 - 25.06.2027"], ["Timer", "30 timer pr. uge"],
                            ["Kontaktperson", f"{random.choice(FIRST)} {random.choice(LAST)}, tlf. {phone()}"]]))
        d.traits.append("other-period:fgu-activity")
    b.append(("h", "Mentorstøtte (§ 167)"))
    rows = [["Mål", GOALS[(i + 3) % len(GOALS)].format(c=cf)],
            ["Mentor", f"{mf} {ml}, {random.choice(PROVIDERS)}, tlf. {phone()}"],
            ["Opgaver", "; ".join(t.format(c=cf) for t in TASKS[(i + 1) % len(TASKS)])]]
    if p.key == "mp-missing":
        pass
    else:
        rows.append(["Periode", p.text])
    rows.append(["Timetal", random.choice(HOURS)])
    b.append(("table", rows))
    d.blocks = b
    label(d, p)
    return d


# ---------------------------------------------------------------- none of the kinds

def unknown_docs(start_i: int) -> list[Doc]:
    out = []
    k = "Viborg"

    def u(sub, title, blocks, fmt_, layout="mixed"):
        i = start_i + len(out)
        d = Doc(f"andet/{i:03d}-{sub}.{fmt_}", "unknown", fmt_, layout, sub, title, blocks=blocks)
        d.traits.append("not-a-mentor-document-kind")
        d.sender = f"{k} Kommune"
        out.append(d)
        return d

    u("referat", "Referat af netværksmøde", [
        ("p", "Mødedato: 12. februar 2026, kl. 10.00-11.30. Deltagere: borger, mentor, sagsbehandler, UU-vejleder."),
        ("h", "1. Status"), ("p", "Mentorforløbet løber frem til 31. august 2026. Praktikken hos Føtex er forlænget til uge 20."),
        ("h", "2. Næste møde"), ("p", "Næste møde holdes i uge 14. Sagsbehandleren indkalder.")], "docx")
    u("faktura", "Faktura nr. 2026-0417", [
        ("p", "Kompas Mentor ApS · CVR 12345678 · Fakturadato 05.04.2026"),
        ("table", [["Ydelse", "Periode", "Timer", "Beløb"],
                   ["Mentorstøtte, sag 2231", "01.03.2026 - 31.03.2026", "12", "5.400,00 kr."],
                   ["Mentorstøtte, sag 2245", "01.03.2026 - 31.03.2026", "8", "3.600,00 kr."]]),
        ("p", "Betalingsbetingelser: 30 dage netto.")], "pdf", "table")
    u("statusrapport", "Statusrapport fra mentor", [
        ("p", "Periode for rapporten: 1. januar – 31. marts 2026"),
        ("p", "Borgeren har mødt stabilt i praktikken i 10 ud af 12 uger. Vi har haft samtaler hver tirsdag."),
        ("p", "Anbefaling: forlængelse af mentorstøtten i yderligere 6 måneder.")], "txt")
    u("vejledning", "Sådan fungerer mentorstøtte", [
        ("p", "Mentorstøtte kan bevilges i en periode på højst 6 måneder ad gangen. Efter en konkret vurdering kan du få en ny periode på op til 6 måneder."),
        ("p", "Aftalen skal indeholde målet, mentorens navn og kontaktdata, opgaverne, varigheden og timetallet."),
        ("p", "Er du udskrevet fra psykiatrisk indlæggelse, har du ret til mentorstøtte i op til 3 måneder før udskrivelsen og i mindst 6 måneder i alt.")], "html")
    u("kvalitetsstandard", "Kvalitetsstandard for mentorstøtte 2026", [
        ("h", "Varighed"), ("p", "Mentorstøtte bevilges for højst 6 måneder. Forlængelse kræver en ny vurdering 14 dage før udløb."),
        ("h", "Timetal"), ("p", "Niveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: mere end 2 timer pr. uge."),
        ("h", "Klageadgang"), ("p", "Afgørelser om mentorstøtte kan påklages til kommunen inden 4 uger.")], "docx", "headings")
    u("klub-mentoraftale", "Mentoraftale – Boldklubben Fremad", [
        ("p", "Mentorordningen i klubben følger sæsonen: august 2026 – juni 2027."),
        ("p", "Mål: Spilleren bliver en del af holdet og hjælper til ved børnetræningen."),
        ("p", "Mentor: Træner Jens Holm, tlf. 40 12 34 56. Vi mødes hver onsdag kl. 17-18."),
        ("p", "Aftalen er frivillig og kan opsiges af begge parter.")], "pdf")
    u("kvittering", "Kvittering for modtaget ansøgning", [
        ("p", "Vi har den 3. marts 2026 modtaget din ansøgning om mentorstøtte i perioden 1. april 2026 – 31. marts 2027."),
        ("p", "Du kan forvente svar inden for 4 uger. Har du spørgsmål, kan du ringe til Jobcenter Viborg på 87 87 50 00.")], "eml")
    u("partshoering", "Partshøring – ophør af mentorstøtte", [
        ("p", "Vi overvejer at stoppe din mentorstøtte pr. 30. april 2026, før den bevilgede periode 1. januar – 30. juni 2026 udløber."),
        ("p", "Inden vi træffer afgørelse, vil vi gerne høre dine bemærkninger. Send dem senest 14 dage efter, at du har modtaget brevet.")], "txt")
    u("moedeindkaldelse", "Indkaldelse til opfølgningssamtale", [
        ("p", "Du indkaldes til opfølgningssamtale om din mentorstøtte torsdag den 19. marts 2026 kl. 13.00 på jobcentret."),
        ("p", "Vi skal tale om, hvordan det er gået i perioden siden 1. januar, og om der er brug for en ny periode fra 1. juli.")], "eml")
    u("bestilling", "Bestilling af mentorforløb", [
        ("p", "Jobcenter Viborg bestiller hermed et mentorforløb hos Jobhuset ApS."),
        ("table", [["Forløb", "Mentor, niveau 2"], ["Periode", "uge 10-35"], ["Timer", "2 timer pr. uge"], ["Sag", "Intern ref. 88-2231"]])], "docx", "table")
    u("skoleplan", "Uddannelsesplan – EUD Tømrer", [
        ("p", "Grundforløb 2: 10. august 2026 – 22. januar 2027. Hovedforløb: februar 2027 – juni 2030."),
        ("p", "Praktikperiode 1: uge 5-26 2027 hos Tømrerfirmaet Bak & Søn.")], "html", "mixed")
    u("budget", "Budgetspørgsmål nr. 14: udgifter til mentorstøtte", [
        ("p", "Spørgsmål: Hvor mange borgere fik mentorstøtte i længere end 6 måneder i 2025?"),
        ("p", "Svar: 61 borgere fik forlænget deres forløb; gennemsnitlig varighed var 9,2 måneder inkl. forlængelser.")], "pdf")
    u("nyhedsbrev", "Nyhedsbrev fra Jobcenteret – marts 2026", [
        ("p", "Fra 1. juli 2026 gælder nye regler for tilbud. Mentorstøtte gives fortsat i op til 6 måneder ad gangen."),
        ("p", "Vi holder informationsmøde for virksomheder i uge 12.")], "rtf")
    u("ankestyrelsen", "Ankestyrelsens afgørelse", [
        ("p", "Ankestyrelsen stadfæster kommunens afgørelse af 20. februar 2026 om mentorstøtte i perioden 1. marts – 31. august 2026."),
        ("p", "Du søgte om mentorstøtte i 12 måneder. Efter LAB § 167, stk. 1, kan støtten gives i højst 6 måneder ad gangen.")], "pdf")
    return out


# ---------------------------------------------------------------- renderers

def render_txt(d: Doc, with_title: bool = True) -> str:
    lines = [d.title, "=" * len(d.title), ""] if with_title else [d.title, ""]
    prev = None
    for b in d.blocks:
        if prev == "li" and b[0] != "li":
            lines.append("")
        prev = b[0]
        if b[0] == "h":
            lines += [b[1].upper() if random.random() < 0.3 else b[1], ""]
        elif b[0] == "p":
            lines += [b[1], ""]
        elif b[0] == "li":
            lines.append(f"- {b[1]}")
            continue
        elif b[0] == "table":
            for row in b[1]:
                if len(row) == 2:
                    lines.append(f"{row[0]}: {row[1]}")
                else:
                    lines.append(" | ".join(row))
            lines.append("")
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def render_html(d: Doc) -> str:
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{escape(d.title)}</title>",
           "<style>td{border:1px solid #999;padding:4px}</style></head><body>", f"<h1>{escape(d.title)}</h1>"]
    in_list = False
    for b in d.blocks:
        if b[0] != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if b[0] == "h":
            out.append(f"<h2>{escape(b[1])}</h2>")
        elif b[0] == "p":
            out.append("<p>" + escape(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{escape(b[1])}</li>")
        elif b[0] == "table":
            out.append("<table>")
            for row in b[1]:
                out.append("<tr>" + "".join("<td>" + escape(c).replace("\n", "<br>") + "</td>" for c in row) + "</tr>")
            out.append("</table>")
    if in_list:
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render_docx(d: Doc, path: Path, placeholder: bool) -> None:
    from docx import Document
    doc = Document()
    doc.add_heading(d.title, level=1)
    for b in d.blocks:
        if b[0] == "h":
            doc.add_heading(b[1], level=2)
        elif b[0] == "p":
            para = doc.add_paragraph()
            parts = b[1].split("\n")
            for j, part in enumerate(parts):
                run = para.add_run(part)
                if j < len(parts) - 1:
                    run.add_break()
        elif b[0] == "li":
            doc.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for row in b[1]:
                cells = t.add_row().cells
                for j, c in enumerate(row):
                    cells[j].text = ""
                    parts = c.split("\n")
                    para = cells[j].paragraphs[0]
                    for q, part in enumerate(parts):
                        run = para.add_run(part)
                        if q < len(parts) - 1:
                            run.add_break()
    if placeholder:
        _make_placeholder_sdt(doc)
    doc.core_properties.author = d.sender
    doc.save(path)


def _make_placeholder_sdt(doc) -> None:
    """Wrap Word's date placeholder text in a date-picker content control showing its placeholder."""
    from docx.oxml.ns import qn
    from lxml import etree
    target = "Klik eller tryk for at angive en dato."
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    for r in doc.element.body.iter(qn("w:r")):
        t = r.find(qn("w:t"))
        if t is not None and target in (t.text or ""):
            text = t.text
            before = text.split(target)[0]
            t.text = before
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            sdt = etree.SubElement(r.getparent(), qn("w:sdt"))
            r.addnext(sdt)
            pr = etree.SubElement(sdt, qn("w:sdtPr"))
            etree.SubElement(pr, qn("w:showingPlcHdr"))
            dt = etree.SubElement(pr, qn("w:date"))
            etree.SubElement(dt, qn("w:dateFormat")).set(qn("w:val"), "dd-MM-yyyy")
            content = etree.SubElement(sdt, qn("w:sdtContent"))
            nr = etree.SubElement(content, qn("w:r"))
            rpr = etree.SubElement(nr, qn("w:rPr"))
            etree.SubElement(rpr, qn("w:rStyle")).set(qn("w:val"), "PlaceholderText")
            nt = etree.SubElement(nr, qn("w:t"))
            nt.text = target
            return


def render_pdf(d: Doc, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    story = [Paragraph(escape(d.title), ss["Title"])]
    items: list = []

    def flush():
        if items:
            story.append(ListFlowable([ListItem(Paragraph(escape(x), ss["BodyText"])) for x in items],
                                      bulletType="bullet"))
            items.clear()
    for b in d.blocks:
        if b[0] != "li":
            flush()
        if b[0] == "h":
            story.append(Paragraph(escape(b[1]), ss["Heading2"]))
        elif b[0] == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), ss["BodyText"]))
        elif b[0] == "li":
            items.append(b[1])
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            width = 16 * cm
            cw = [4.5 * cm] + [(width - 4.5 * cm) / (ncol - 1)] * (ncol - 1) if ncol > 1 else [width]
            data = [[Paragraph(escape(c).replace("\n", "<br/>"), ss["BodyText"]) for c in r] for r in b[1]]
            t = Table(data, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        story.append(Spacer(1, 4))
    flush()
    SimpleDocTemplate(str(path), pagesize=A4, title=d.title, author=d.sender, lang="da").build(story)


def render_odt(d: Doc, path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, LineBreak, List, ListItem, P, Span
    doc = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)

    def para(text: str, cls=P, **kw):
        el = cls(**kw)
        parts = text.split("\n")
        for j, part in enumerate(parts):
            el.addText(part)
            if j < len(parts) - 1:
                el.addElement(LineBreak())
        return el
    doc.text.addElement(para(d.title, H, outlinelevel=1))
    lst = None
    for b in d.blocks:
        if b[0] != "li":
            lst = None
        if b[0] == "h":
            doc.text.addElement(para(b[1], H, outlinelevel=2))
        elif b[0] == "p":
            doc.text.addElement(para(b[1]))
        elif b[0] == "li":
            if lst is None:
                lst = List()
                doc.text.addElement(lst)
            item = ListItem()
            item.addElement(para(b[1]))
            lst.addElement(item)
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            t = Table(name=f"Tabel{id(b) % 1000}")
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for row in b[1]:
                tr = TableRow()
                for c in row:
                    tc = TableCell()
                    tc.addElement(para(c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(d: Doc) -> str:
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22",
           r"{\b\fs32 " + rtf_escape(d.title) + r"}\par\par"]
    for b in d.blocks:
        if b[0] == "h":
            out.append(r"{\b " + rtf_escape(b[1]) + r"}\par")
        elif b[0] == "p":
            out.append(rtf_escape(b[1]) + r"\par")
        elif b[0] == "li":
            out.append(r"\bullet  " + rtf_escape(b[1]) + r"\par")
        elif b[0] == "table":
            for row in b[1]:
                n = len(row)
                defs = "".join(f"\\cellx{int(9000 * (j + 1) / n)}" for j in range(n))
                out.append(r"\trowd\trgaph108" + defs + " " + "".join(
                    r"\pard\intbl " + rtf_escape(c) + r"\cell " for c in row) + r"\row")
            out.append(r"\pard\par")
    out.append("}")
    return "\n".join(out) + "\n"


def render_eml(d: Doc) -> bytes:
    m = EmailMessage()
    dom = d.domain.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    m["From"] = f"{d.sender} <jobcenter@{dom}.dk>"
    m["To"] = "borger@example.dk"
    m["Subject"] = d.title
    m["Date"] = format_datetime(datetime(2026, 2, 20, 9, 30, tzinfo=timezone.utc))
    body = render_txt(d, with_title=False)
    body += "\n-- \nJobkonsulent\nTlf. 87 87 50 00\n"
    m.set_content(body, cte="quoted-printable")
    return bytes(m)


def write(d: Doc, root: Path, placeholder: bool = False) -> None:
    path = root / d.path
    path.parent.mkdir(parents=True, exist_ok=True)
    if d.fmt == "txt":
        path.write_text(render_txt(d), encoding="utf-8")
    elif d.fmt == "html":
        path.write_text(render_html(d), encoding="utf-8")
    elif d.fmt == "docx":
        render_docx(d, path, placeholder)
    elif d.fmt == "pdf":
        render_pdf(d, path)
    elif d.fmt == "rtf":
        path.write_text(render_rtf(d), encoding="ascii")
    elif d.fmt == "odt":
        render_odt(d, path)
    elif d.fmt == "eml":
        path.write_bytes(render_eml(d))
    else:
        raise ValueError(d.fmt)


# ---------------------------------------------------------------- main

def build(root: Path) -> list[Doc]:
    random.seed(SEED)
    docs: list[Doc] = []
    placeholders: set[str] = set()
    fmts = ["txt", "docx", "html", "pdf", "eml", "rtf"]
    layouts = ["labels", "table", "headings"]
    noises = [None, None, "meeting", None, "education", None, "praktik", None, "previous"]
    for i, p in enumerate(periods_for_agreements()):
        f = "docx" if p.placeholder_docx else fmts[i % len(fmts)]
        if i % 8 == 7 and not p.placeholder_docx:
            f = "odt"
        lay = layouts[(i // 2) % len(layouts)]
        if f == "eml" and lay == "table":
            lay = "labels"
        if (p.rows or p.cells) and f in ("txt", "eml"):
            f = "docx"
        if p.rows or p.cells:
            lay = "table"
        d = make_agreement(i, p, f, lay, random.random() < 0.25, noises[i % len(noises)])
        docs.append(d)
        if p.placeholder_docx:
            placeholders.add(d.path)
    base = len(docs)
    dfmts = ["pdf", "docx", "eml", "txt", "html", "rtf"]
    for j, s in enumerate(decision_specs()):
        docs.append(make_decision(base + j, s, dfmts[j % len(dfmts)], random.random() < 0.3))
    base = len(docs)
    mfmts = ["pdf", "html", "docx", "txt", "odt"]
    for j, p in enumerate(minplan_specs()):
        docs.append(make_minplan(base + j, p, mfmts[j % len(mfmts)], random.random() < 0.25, other=(j % 3 == 1)))
    docs += unknown_docs(len(docs))
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    for d in docs:
        write(d, root, d.path in placeholders)
    entries = []
    for d in docs:
        e = {"path": d.path, "kind": d.kind, "format": d.fmt, "layout": d.layout, "subtype": d.subtype,
             "rules": sorted(set(d.rules)), "extras": sorted(d.extras), "error": None, "accept_errors": [],
             "must_not_contain": d.must_not, "traits": d.traits}
        if d.period:
            e["period"] = d.period
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (root / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    docs = build(a.out)
    print(f"{len(docs)} documents written to {a.out}")


if __name__ == "__main__":
    main()
