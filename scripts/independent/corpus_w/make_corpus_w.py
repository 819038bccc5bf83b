#!/usr/bin/env python3
"""Corpus W: an independent labelled corpus about *how people phrase each field*.

Written without reading the linter, its rule packs, its readers or the other corpus writers: the
labels follow only the user-facing rule documentation (``mentordocs rules NAME``), domain.md and
the manifest format (tools/corpusgen/src/corpusgen/corpus/manifest.py).

    python scripts/independent/corpus_w/make_corpus_w.py --out /work/corpora/w --seed 71

Each document is built as a list of abstract blocks (title, heading, paragraph, bullets, table,
label/value line, signature) and rendered to DOCX (python-docx), TXT or HTML; ODT and PDF are
converted from the DOCX by LibreOffice in one batch per format. The wording of every field is
drawn from banks of phrasings seen in ~15 municipalities and mentor providers, 2019-2026.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RULES = (
    "missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
    "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
)
APPLIES = {
    "agreement": set(RULES),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
               "nov.", "dec."]
NUMWORDS = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni",
            12: "tolv"}

MUNICIPALITIES = ["Vejle", "Randers", "Horsens", "Kolding", "Herning", "Silkeborg", "Næstved",
                  "Holbæk", "Viborg", "Gribskov", "Faxe", "Tønder", "Roskilde", "Assens",
                  "Slagelse", "Aalborg"]
PROVIDERS = [("Jobhuset ApS", "jobhuset.dk"), ("Mentorgruppen Nord", "mentorgruppen-nord.dk"),
             ("Bro til Job", "brotiljob.dk"), ("Kompas Mentor ApS", "kompasmentor.dk"),
             ("Trinet Mentorservice", "trinet.dk"), ("Vejen Videre I/S", "vejenvidere.dk"),
             ("Mentorhuset Fyn", "mentorhuset-fyn.dk"), ("UngeKraft", "ungekraft.dk"),
             ("Jobstien", "jobstien.dk"), ("Socialfagligt Team ApS", "sft.dk")]
FIRST = ["Anna", "Mads", "Sara", "Ahmed", "Louise", "Jonas", "Fatima", "Mikkel", "Camilla",
         "Nikolaj", "Mette", "Emil", "Zainab", "Rasmus", "Julie", "Kasper", "Line", "Tobias",
         "Amalie", "Henrik", "Signe", "Omar", "Pernille", "Frederik", "Nanna", "Bilal", "Trine",
         "Søren", "Ida", "Kenneth"]
LAST = ["Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Østergaard", "Kristiansen", "Madsen", "Yilmaz", "Ali",
        "Mortensen", "Holm", "Bach", "Iversen", "Dahl", "Lund", "Frederiksen", "Kjær"]
MENTOR_FIRST = ["Lars", "Birgitte", "Henrik", "Susanne", "Jesper", "Hanne", "Allan", "Dorthe",
                "Bo", "Lene", "Kim", "Maria", "Thomas", "Charlotte", "Peter", "Rikke", "Jan",
                "Tina"]
SCHOOLS = ["SOSU Østjylland", "VUC Storstrøm", "Horsens HF & VUC", "Tradium", "EUC Syd",
           "Mercantec", "ZBC", "Roskilde Tekniske Skole", "Learnmark", "AMU Nordjylland"]
EMPLOYERS = ["Netto, Vestergade", "Bilka", "Dagli'Brugsen", "Genbrugspladsen Nord",
             "Plantorama", "Danish Crown", "Føtex", "Jysk", "Aldi", "Lidl",
             "Vognmand Poulsen", "Kirkens Korshær", "Byens Bageri", "Cafe Kanalen"]


# ---------------------------------------------------------------- dates

def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def six_end(start: dt.date) -> dt.date:
    """The last day of a six-month period by the rule docs (d + 6 months - 1 day; month end)."""
    y, m = divmod(start.month - 1 + 6, 12)
    y += start.year
    m += 1
    last = calendar.monthrange(y, m)[1]
    if start.day > last:
        return dt.date(y, m, last)
    return dt.date(y, m, start.day) - dt.timedelta(days=1)


def last_of_month(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def fmt(d: dt.date, style: str, year: bool = True) -> str:
    y4, y2 = d.year, f"{d.year % 100:02d}"
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]}" + (f" {y4}" if year else "")
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]}" + (f" {y4}" if year else "")
    if style == "abbr":
        return f"{d.day}. {MONTHS_ABBR[d.month - 1]}" + (f" {y4}" if year else "")
    if style == "dots":
        return f"{d.day}.{d.month}.{y4}" if year else f"{d.day}.{d.month}."
    if style == "dots0":
        return f"{d.day:02d}.{d.month:02d}.{y4}"
    if style == "dots2":
        return f"{d.day:02d}.{d.month:02d}.{y2}"
    if style == "slash":
        return f"{d.day}/{d.month}-{y4}" if year else f"{d.day}/{d.month}"
    if style == "slashsp":
        return f"{d.day}/{d.month} {y4}"
    if style == "slash2":
        return f"{d.day}/{d.month}-{y2}"
    if style == "dash0":
        return f"{d.day:02d}-{d.month:02d}-{y4}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


DATE_STYLES = ["words", "words", "words", "den", "abbr", "dots", "dots0", "dots0", "dots2",
               "slash", "slash", "slashsp", "slash2", "dash0", "iso"]


class Period:
    def __init__(self, start, end, value, sentence, trait, over, dated=True):
        self.start, self.end, self.value, self.sentence = start, end, value, sentence
        self.trait, self.over, self.dated = trait, over, dated

    def manifest(self):
        if not self.dated:
            return None
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


def months_word(rng, n: int) -> str:
    if n == 6:
        return rng.choice(["6 måneder", "seks måneder", "6 mdr.", "et halvt år", "6 mdr"])
    if n == 12:
        return rng.choice(["12 måneder", "et år", "1 år", "12 mdr."])
    opts = [f"{n} måneder", f"{n} mdr.", f"{n} mnd."]
    if n in NUMWORDS:
        opts.append(f"{NUMWORDS[n]} måneder")
    return rng.choice(opts)


def gen_period(rng: random.Random, cat: str, year: int, letter: dt.date,
               extension: bool = False) -> Period:
    """cat: normal | exact | over. Returns a Period phrased in one of many ways."""
    styles = ["range", "range", "range", "fromto", "startslut", "monthslen", "monthslen",
              "weekslen", "isoweeks", "monthrange", "lengthonly"]
    if cat == "normal":
        styles += ["until"]
    if extension:
        styles = ["range", "fromto", "monthslen", "range"]
    style = rng.choice(styles)
    month = max(letter.month + (1 if letter.day > 15 else 0), 1)
    yr = letter.year
    if month > 12:
        month, yr = 1, yr + 1
    start = dt.date(yr, month, rng.choice([1, 1, 1, 1, 15, 2, 10]))
    if start < letter:
        start = letter + dt.timedelta(days=rng.randint(3, 14))
    if start.day > 28:  # keep clear of month-end arithmetic except the deliberate 31 August case
        start = start.replace(day=rng.choice([1, 15, 20]))

    def end_for(s):
        if cat == "normal":
            k = rng.choice([2, 3, 3, 4, 4, 5])
            return add_months(s, k) - dt.timedelta(days=1)
        if cat == "exact":
            return six_end(s)
        if rng.random() < 0.5:
            return six_end(s) + dt.timedelta(days=rng.choice([1, 2, 2, 3]))
        return add_months(s, rng.choice([7, 8, 9, 10, 12])) - dt.timedelta(days=1)

    over = cat == "over"
    if style in ("range", "fromto", "startslut", "until"):
        if cat == "exact" and rng.random() < 0.12:
            start = dt.date(start.year, 8, 31)
        end = end_for(start)
        if style == "until" and end.year != start.year:
            style = "range"
        ds = rng.choice(DATE_STYLES)
        de = ds if rng.random() < 0.85 else rng.choice(DATE_STYLES)
        if style == "range":
            same_year_words = ds == de == "words" and start.year == end.year and rng.random() < 0.4
            s_txt = fmt(start, ds, year=not same_year_words)
            if ds in ("slash", "slash2", "dash0", "iso") or de in ("slash", "slash2", "dash0", "iso"):
                sep = rng.choice([" – ", " til "])
            elif ds == "dots2":
                sep = rng.choice(["-", " - ", " til "])
            else:
                sep = rng.choice([" – ", " - ", "-", " til ", " – "])
            value = f"{s_txt}{sep}{fmt(end, de)}"
            sentence = rng.choice([f"i perioden {value}", f"fra {s_txt} til {fmt(end, de)}",
                                   f"i perioden {value}"])
        elif style == "fromto":
            a, b = rng.choice([("fra", "til"), ("f.o.m.", "t.o.m."), ("fra og med", "til og med"),
                               ("fra", "til og med")])
            value = f"{a} {fmt(start, ds)} {b} {fmt(end, de)}"
            sentence = value
        elif style == "startslut":
            value = rng.choice([f"start {fmt(start, ds)}, slut {fmt(end, de)}",
                                f"Start: {fmt(start, ds)} / Slut: {fmt(end, de)}",
                                f"opstart {fmt(start, ds)} – afslutning {fmt(end, de)}"])
            sentence = f"med {value}" if not value.startswith("Start") else value
        else:  # until
            value = f"fra {fmt(start, ds)} og frem til {fmt(end, 'slash', year=False)}"
            sentence = value
        return Period(start, end, value, sentence, f"period:{style}", over)

    if style == "monthslen":
        n = {"normal": rng.choice([2, 3, 3, 4, 5]), "exact": 6,
             "over": rng.choice([7, 7, 8, 9, 12])}[cat]
        end = add_months(start, n) - dt.timedelta(days=1)
        ds = rng.choice(["words", "words", "den", "dots0", "slash", "abbr"])
        noyear = start.year == letter.year and rng.random() < 0.4
        st = fmt(start, ds, year=not noyear) if ds in ("words", "den", "abbr") else fmt(start, ds)
        mw = months_word(rng, n)
        if extension:
            value = rng.choice([f"forlænges med {mw} fra {st}", f"en ny periode på {mw} fra {st}"])
            sentence = value
        else:
            value = rng.choice([f"i {mw} fra {st}", f"fra {st} og {mw} frem",
                                f"pr. {st} i {mw}", f"{mw} fra {st}",
                                f"{mw} med start {st}"])
            sentence = value if not value[0].isdigit() else f"i {value}"
        return Period(start, end, value, sentence, "period:months-from", over)

    if style == "weekslen":
        n = {"normal": rng.choice([8, 10, 12, 12, 16, 20]), "exact": 26,
             "over": rng.choice([27, 27, 30, 40])}[cat]
        start = start + dt.timedelta(days=(7 - start.weekday()) % 7)
        end = start + dt.timedelta(days=7 * n - 1)
        st = fmt(start, rng.choice(["words", "den", "dots0", "slash"]))
        value = rng.choice([f"{n} uger fra {st}", f"i {n} uger med start {st}",
                            f"{n} uger fra og med {st}"])
        sentence = value if value.startswith("i ") else f"i {value}"
        tr = "period:26-weeks" if n == 26 else "period:weeks-from"
        return Period(start, end, value, sentence, tr, over)

    if style == "isoweeks":
        a = rng.randint(2, 22)
        n = {"normal": rng.choice([8, 10, 12, 14, 18]), "exact": 26,
             "over": rng.choice([28, 29, 30])}[cat]
        b = a + n - 1
        y = start.year
        s = dt.date.fromisocalendar(y, a, 1)
        e = dt.date.fromisocalendar(y, b, 7)
        if cat == "exact" and e > six_end(s):
            # 26 weeks can pass the calendar limit when February is in the span: use 25 weeks so
            # the label does not depend on which reading of a week range is taken
            b -= 1
            e = dt.date.fromisocalendar(y, b, 7)
        value = rng.choice([f"fra uge {a} til uge {b} {y}", f"uge {a}-{b} {y}",
                            f"uge {a}–{b}, {y}", f"fra uge {a} til og med uge {b} i {y}"])
        sentence = value if value.startswith("fra") else f"i {value}"
        return Period(s, e, value, sentence, "period:iso-weeks", over)

    if style == "monthrange":
        n = {"normal": rng.choice([3, 4, 5]), "exact": 6, "over": rng.choice([7, 8])}[cat]
        y = start.year
        m1 = rng.randint(1, 12 - n + 1)
        m2 = m1 + n - 1
        s, e = dt.date(y, m1, 1), last_of_month(y, m2)
        a, b = MONTHS[m1 - 1], MONTHS[m2 - 1]
        value = rng.choice([f"i perioden {a}-{b} {y}", f"{a}–{b} {y}",
                            f"fra {a} til og med {b} {y}", f"{a} - {b} {y}"])
        sentence = value if value.startswith(("i ", "fra")) else f"i {value}"
        return Period(s, e, value, sentence, "period:month-range", over)

    # lengthonly
    n = {"normal": rng.choice([3, 4, 5]), "exact": 6, "over": rng.choice([9, 12])}[cat]
    mw = months_word(rng, n)
    return Period(start, add_months(start, n), mw, f"i {mw}", "period:length-only", over,
                  dated=False)


# ---------------------------------------------------------------- people and phrasing banks

def phone(rng) -> str:
    digits = str(rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 2, 2, 4])) + "".join(
        str(rng.randint(0, 9)) for _ in range(7))
    style = rng.choice(["pairs", "pairs", "plain", "fours", "plus"])
    if style == "pairs":
        return " ".join(digits[i:i + 2] for i in range(0, 8, 2))
    if style == "plain":
        return digits
    if style == "fours":
        return f"{digits[:4]} {digits[4:]}"
    return "+45 " + " ".join(digits[i:i + 2] for i in range(0, 8, 2))


def slug(name: str) -> str:
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", " ": "."})
    return name.translate(tr).lower()


class Person:
    def __init__(self, rng, mentor=False):
        self.first = rng.choice(MENTOR_FIRST if mentor else FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.phone = phone(rng)


def cpr(rng):
    born = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randint(0, 16000))
    serial = rng.randint(1000, 9999)
    digits = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{serial}"
    style = rng.choice(["dash", "dash", "plain", "space"])
    shown = {"dash": f"{digits[:6]}-{digits[6:]}", "plain": digits,
             "space": f"{digits[:6]} {digits[6:]}"}[style]
    label = rng.choice(["CPR-nr.", "CPR", "Cpr.nr.", "Personnummer", "cpr-nummer"])
    return label, shown, sorted({digits, shown, f"{digits[:6]}-{digits[6:]}"})


CLEAR_GOALS = [
    ("Målet er, at {fn} starter på SOSU-hjælperuddannelsen på {school} {eduw} og møder mindst "
     "fire dage om ugen.", False),
    ("{fn} er i virksomhedspraktik i {emp} 15 timer om ugen senest {dgoal}.", True),
    ("At du fastholder dit fleksjob hos {emp} på 12 timer om ugen, uden fravær ud over "
     "lægedokumenteret sygdom.", True),
    ("At du gennemfører 9. klasses afgangsprøve på {school} med mindst 90 % fremmøde frem til "
     "sommereksamen.", False),
    ("Hovedformål: ordinært job som lagermedarbejder. Delmål: truckcertifikat senest {dgoal} "
     "og praktik hos {emp} 20 timer om ugen.", True),
    ("At du kommer i løntilskud som pedelmedhjælper i {kom} Kommunes ejendomsafdeling senest "
     "{dgoal}.", False),
    ("{fn} påbegynder HF-enkeltfag på {school} i august og møder op alle skemalagte dage.", False),
    ("At du kan starte i praktik i en tømrervirksomhed 20 timer om ugen fra uge {wk}.", True),
    ("Du fastholder uddannelsen som pædagogisk assistent (PAU): du møder på skolen alle "
     "skemalagte dage og afleverer opgaverne til tiden.", False),
    ("{fn} møder fire dage om ugen i praktikken hos {emp}, så praktikken kan overgå til "
     "løntilskud senest {dgoal}.", False),
    ("At {fn} får et ordinært job med mindst 15 timer om ugen inden for rengøring eller køkken.",
     True),
    ("Målet med forløbet er, at du bliver optaget på grundforløb 2 til tjener på {school} med "
     "start {eduw}.", False),
    ("At du gennemfører grundforløb 1 på {school} med højst tre fraværsdage pr. måned.", False),
    ("At du vender tilbage til dit job som chauffør hos {emp} efter sygemeldingen og er oppe "
     "på fuld tid senest {dgoal}.", False),
    ("Job som butiksmedhjælper: {fn} søger mindst to stillinger om ugen og har været til "
     "jobsamtale senest {dgoal}.", False),
    ("{fn} er startet i et fleksjob som køkkenmedhjælper hos {emp} og møder stabilt tre dage "
     "om ugen.", False),
]
CLEAR_GOALS_NODATE = [2, 3, 8, 10, 12, 15]  # goals with no date, week or month in them

UNCLEAR_GOALS = [
    "Støtte til at få struktur på hverdagen.",
    "At få det bedre.",
    "At komme videre.",
    "Øget trivsel og selvværd.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "At motivere {fn}.",
    "Sikre at {fn} har det godt.",
    "Mentor skal støtte {fn} i hverdagen.",
    "At {fn} får mere ro på og kommer videre.",
    "Bedre trivsel.",
    "At {fn} får det bedre og kommer videre i livet.",
]

GOAL_PLACEHOLDERS = ["Udfyldes senere", "-", "xx", "…", "Udfyldes senere", "–"]

TASKS = [
    "følge dig til praktikstedet de første to uger",
    "hjælpe dig med at lave en ugeplan og holde den",
    "tage med dig til møder i kommunen",
    "ringe dig op om morgenen de dage, du skal i praktik",
    "hjælpe med kontakten til SU-kontoret og studievejlederen",
    "støtte dig i at åbne og besvare post i e-Boks",
    "øve turen med bus til skolen sammen med dig",
    "tale med arbejdspladsen om tilpasninger af opgaverne",
    "hjælpe dig med at finde og søge praktikpladser",
    "hjælpe med at skabe overblik over økonomien og regningerne",
    "støtte dig i at komme op om morgenen og møde til tiden",
    "være bindeled mellem dig, skolen og kommunen",
    "hjælpe dig med at forberede jobsamtaler",
    "tage med til lægen, når det har betydning for praktikken",
]

FOLLOWUPS_LONG = [
    "Statusmøde med {fn}, mentor og sagsbehandler hver måned. Delmål: fremmøde fire dage om ugen.",
    "Vi følger op hver 4. uge. Mentor sender en kort status til sagsbehandler efter hvert møde.",
    "Evaluering 14 dage før ophør, sammen med {fn}.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før forløbet slutter.",
    "Mentor sender en statusrapport til sagsbehandleren hver måned. Progressionen måles på "
    "fremmøde og på, om delmålene er nået.",
    "Opfølgningssamtale i kommunen hver 3. måned og altid 14 dage inden støtteperioden ophører.",
    "Der holdes trepartsmøde (borger, mentor, jobkonsulent) hver 6. uge, hvor vi ser på "
    "progressionen.",
    "Vi evaluerer forløbet fire uger før bevillingen udløber.",
    "Sagsbehandler og mentor følger op på målene på et møde hver anden måned.",
]
FOLLOWUP_NO_4WEEKS = [0, 2, 3, 4, 6, 8]  # no "4 uger"/"fire uger" wording
FOLLOWUP_NO_MONTHS = [0, 1, 2, 4, 6, 8]  # no "efter 3 måneder" / "hver 3. måned" / "før udløb"

HOURS_OK = [
    "2 timer om ugen", "op til 8 timer pr. måned", "ca. 1½ time ugentligt", "i alt 40 timer",
    "to gange en time om ugen", "3 t/uge", "4-6 timer månedligt", "3 timer pr. uge",
    "5 timer/uge", "halvanden time om ugen", "2 timer ugentligt", "i alt 30 timer over perioden",
    "2,5 timer pr. uge", "1-2 timer pr. uge", "6 timer om måneden", "4 timer pr. uge",
    "1 time om ugen", "max. 10 timer om måneden",
]
HOURS_VAGUE = ["efter behov", "løbende efter aftale", "et par timer om ugen", "efter behov",
               "løbende, når der er behov"]
HOURS_BLANK = ["", "Udfyldes senere", "-"]


def appeal_body(kom: str, date: dt.date, rng) -> str:
    if date >= dt.date(2026, 2, 1):
        return rng.choice([f"{kom} Kommune", "kommunen", f"{kom} Kommune"])
    return rng.choice([f"Jobcenter {kom}", "jobcentret", f"{kom} Kommune"])


def appeal_ok(rng, kom, date) -> list[str]:
    body = appeal_body(kom, date, rng)
    fire = rng.choice(["4 uger", "fire uger"])
    law = ("Se LAB § 204 og retssikkerhedsloven kapitel 10." if date.year >= 2020
           else "Se retssikkerhedsloven kapitel 10.")
    variants = [
        [f"Hvis du ikke er enig i afgørelsen, skal du klage til {body} inden {fire}. "
         f"{body[0].upper() + body[1:]} genvurderer afgørelsen inden {fire}, fra klagen er "
         "modtaget. Hvis afgørelsen fastholdes, bliver din klage sendt videre til "
         "Ankestyrelsen, som tager stilling til den."],
        [f"Du kan klage over afgørelsen. Klagen skal sendes til {body} senest {fire} efter, at "
         "du har modtaget dette brev. Du kan klage mundtligt eller skriftligt.",
         "Vi vurderer afgørelsen igen. Hvis vi fastholder den, sender vi klagen og sagens akter "
         f"videre til Ankestyrelsen, Beskæftigelsesudvalget. {law}"],
        [f"Er du uenig, kan du klage til {body}. Klagefristen er {fire} fra den dag, du fik "
         "afgørelsen. Klagen genvurderes, og fastholdes afgørelsen, sendes sagen til "
         "Ankestyrelsen."],
        [f"Du har {fire} til at klage fra du har modtaget brevet. Klagen sendes til {body}, "
         f"eventuelt via borger.dk. {body[0].upper() + body[1:]} ser på sagen igen og sender den "
         "til Ankestyrelsen, hvis afgørelsen ikke ændres."],
        [f"Klage skal ske til {body} inden {fire} efter modtagelsen af denne afgørelse. "
         "Klagen kan være skriftlig eller mundtlig. Afgørelsen bliver genvurderet, og "
         "hvis den fastholdes, videresendes klagen til Ankestyrelsen."],
    ]
    return rng.choice(variants)


def appeal_wrong(rng, kom, date) -> list[str]:
    fire = rng.choice(["4 uger", "fire uger"])
    return rng.choice([
        [f"Du kan klage over afgørelsen til Ankestyrelsen inden {fire}. Klagen sendes til "
         "Ankestyrelsen, Teglholmsgade 3, 2450 København SV, eller via ast.dk."],
        [f"Hvis du vil klage, skal du skrive direkte til Ankestyrelsen senest {fire} efter, at "
         "du har modtaget dette brev."],
        [f"Klagefristen er {fire}. Klagen sendes direkte til Ankestyrelsen via "
         "www.ast.dk/klag."],
    ])


def appeal_bad(rng, kom, date):
    """Appeal guidance that lacks a body or a deadline; returns (lines, trait)."""
    body = appeal_body(kom, date, rng)
    return rng.choice([
        (["Du kan klage over afgørelsen."], "appeal:neither"),
        (["Du kan klage over den, hvis du er uenig."], "appeal:neither"),
        ([f"Du kan klage til {body}, hvis du ikke er enig i afgørelsen."], "appeal:no-deadline"),
        (["Du har 4 uger til at klage, fra du har modtaget brevet."], "appeal:no-body"),
        ([f"Ønsker du at klage, så kontakt {body}."], "appeal:no-deadline"),
    ])


# ---------------------------------------------------------------- document model

class Doc:
    def __init__(self):
        self.blocks: list[tuple] = []

    def title(self, t):
        self.blocks.append(("title", t))

    def h(self, t):
        self.blocks.append(("h", t))

    def p(self, t):
        self.blocks.append(("p", t))

    def bullets(self, items):
        self.blocks.append(("bullets", list(items)))

    def table(self, rows):
        self.blocks.append(("table", [list(r) for r in rows]))

    def kv(self, label, value):
        self.blocks.append(("kv", label, value))

    def lines(self, ls):
        self.blocks.append(("lines", list(ls)))


def render_txt(doc: Doc, rng) -> str:
    out = []
    underline = rng.random() < 0.5
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out.append(b[1] + ("\n" + "=" * len(b[1]) if underline else ""))
        elif t == "h":
            out.append(b[1].upper() if rng.random() < 0.3 else b[1])
        elif t == "p":
            out.append(b[1])
        elif t == "bullets":
            mark = rng.choice(["- ", "• ", "* "])
            out.append("\n".join(mark + i for i in b[1]))
        elif t == "table":
            rows = []
            for r in b[1]:
                if any("\n" in c for c in r[1:]):
                    rows.append(f"{r[0]}:\n" + "\n".join(x for c in r[1:] for x in c.split("\n")))
                else:
                    rows.append(f"{r[0]}: " + "  ".join(r[1:]))
            out.append("\n".join(rows))
        elif t == "kv":
            out.append(f"{b[1]}: {b[2]}" if b[2] else f"{b[1]}:")
        elif t == "lines":
            out.append("\n".join(b[1]))
    return "\n\n".join(out) + "\n"


def render_html(doc: Doc, rng) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">']
    title = next((b[1] for b in doc.blocks if b[0] == "title"), "Dokument")
    parts.append(f"<title>{e(title)}</title></head><body>")
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            parts.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            parts.append(f"<h2>{e(b[1])}</h2>" if rng.random() < 0.7
                         else f"<p><strong>{e(b[1])}</strong></p>")
        elif t == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif t == "bullets":
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif t == "table":
            rows = []
            for r in b[1]:
                cells = [f"<th>{e(r[0])}</th>"] + [
                    "<td>" + "<br>".join(e(x) for x in c.split("\n")) + "</td>" for c in r[1:]]
                rows.append("<tr>" + "".join(cells) + "</tr>")
            parts.append('<table border="1">' + "".join(rows) + "</table>")
        elif t == "kv":
            parts.append(f"<p><b>{e(b[1])}:</b> {e(b[2])}</p>")
        elif t == "lines":
            parts.append("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render_docx(doc: Doc, rng, path: Path, header: str | None = None) -> None:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = rng.choice(["Calibri", "Arial", "Times New Roman"])
    d.styles["Normal"].font.size = Pt(11)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    bold_headings = rng.random() < 0.35
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=rng.choice([0, 1]))
        elif t == "h":
            if bold_headings:
                para = d.add_paragraph()
                para.add_run(b[1]).bold = True
            else:
                d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "bullets":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
        elif t == "table":
            ncol = max(len(r) for r in b[1])
            tab = d.add_table(rows=0, cols=ncol)
            tab.style = "Table Grid"
            for r in b[1]:
                cells = tab.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
                    if i == 0:
                        for run in cells[i].paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif t == "kv":
            para = d.add_paragraph()
            para.add_run(f"{b[1]}: ").bold = True
            if b[2]:
                para.add_run(b[2])
        elif t == "lines":
            para = d.add_paragraph()
            for i, line in enumerate(b[1]):
                run = para.add_run(line)
                if i < len(b[1]) - 1:
                    run.add_break()
    d.save(str(path))


# ---------------------------------------------------------------- building blocks per document

class Ctx:
    """Everything one document needs: who, where, when, and what is wrong with it."""

    def __init__(self, rng, kind, defects, year):
        self.rng = rng
        self.kind = kind
        self.defects = set(defects)
        self.kom = rng.choice(MUNICIPALITIES)
        self.provider, self.domain = rng.choice(PROVIDERS)
        self.citizen = Person(rng)
        self.mentor = Person(rng, mentor=True)
        self.case = Person(rng, mentor=True)
        m = rng.randint(1, 12)
        self.letter = dt.date(year, m, rng.randint(1, 26))
        if self.letter > dt.date(2026, 11, 20):
            self.letter = dt.date(2026, rng.randint(1, 10), rng.randint(1, 26))
        self.sender = (f"{self.kom} Kommune" if self.letter >= dt.date(2026, 2, 1)
                       and rng.random() < 0.7 else f"Jobcenter {self.kom}")
        self.law = "LAB § 167" if self.letter.year >= 2020 else "LAB § 31 b"
        self.traits: list[str] = []
        self.extras: list[str] = []
        self.mnc: list[str] = []
        self.period: Period | None = None
        if "missing-duration" in self.defects:
            self.period = None
        else:
            cat = "over" if "duration-over-6-months" in self.defects else rng.choice(
                ["normal", "normal", "normal", "exact", "exact"])
            self.period = gen_period(rng, cat, year, self.letter)
            self.traits.append(self.period.trait)
            if cat == "exact":
                self.traits.append("period:exact-six")
            if cat == "over":
                self.traits.append("period:over")
        self.mentor_email = f"{slug(self.mentor.first)}@{self.domain}"
        self.case_email = f"{slug(self.case.name)}@{slug(self.kom)}.dk"

    def fill(self, s: str) -> str:
        rng = self.rng
        dgoal = self.letter + dt.timedelta(days=rng.randint(60, 150))
        return s.format(fn=self.citizen.first, school=rng.choice(SCHOOLS),
                        emp=rng.choice(EMPLOYERS), kom=self.kom,
                        eduw=rng.choice(["1. august", "i august", f"{fmt(dgoal, 'words')}"]),
                        dgoal=fmt(dgoal, rng.choice(["words", "dots0", "slash"])),
                        wk=rng.randint(5, 40))

    # --- goal
    def goal(self):
        """(text or None, placeholder) -- None means no goal section at all."""
        rng = self.rng
        if "missing-goal" in self.defects:
            if rng.random() < 0.5:
                self.traits.append("goal:absent")
                return None
            self.traits.append("goal:placeholder")
            return rng.choice(GOAL_PLACEHOLDERS)
        if "unclear-goal" in self.defects:
            self.traits.append("goal:unclear")
            return self.fill(rng.choice(UNCLEAR_GOALS))
        pool = range(len(CLEAR_GOALS))
        if "missing-hours" in self.defects or "missing-follow-up" in self.defects:
            pool = [i for i in CLEAR_GOALS_NODATE if not CLEAR_GOALS[i][1]]
            pool = [i for i in pool if "Delmål" not in CLEAR_GOALS[i][0]]
        if "missing-duration" in self.defects:
            pool = [i for i in pool if i in CLEAR_GOALS_NODATE and not CLEAR_GOALS[i][1]]
        return self.fill(CLEAR_GOALS[rng.choice(list(pool))][0])

    # --- mentor
    def mentor_fields(self):
        """Returns dict(name, company, phone, email, mode)."""
        rng = self.rng
        if "missing-mentor" in self.defects:
            mode = rng.choice(["name-only", "name-only", "later", "absent"])
            self.traits.append(f"mentor:{mode}")
            return {"mode": mode}
        return {"mode": rng.choice(["phone", "email", "both", "both"])}

    def mentor_value(self, mf, multiline=False) -> str | None:
        rng, m = self.rng, self.mentor
        comp = rng.choice([self.provider, self.provider, f"Mentorkorpset, {self.kom} Kommune"])
        email = self.mentor_email if comp == self.provider else \
            f"{slug(m.name)}@{slug(self.kom)}.dk"
        if mf["mode"] == "name-only":
            return rng.choice([m.name, f"{m.name}, {comp}", f"{m.name} ({comp})"])
        if mf["mode"] == "later":
            return rng.choice(["Udpeges senere", f"Tildeles af {self.provider}",
                               "Mentor findes efter visitation", "Afventer"])
        if mf["mode"] == "absent":
            return None
        tel = rng.choice(["tlf. ", "Tlf.: ", "telefon ", "mobil ", "tlf ", ""]) + m.phone
        mail = rng.choice(["", "mail: ", "e-mail: ", "E-mail "]) + email
        parts = [m.name, comp]
        if mf["mode"] in ("phone", "both"):
            parts.append(tel)
        if mf["mode"] in ("email", "both"):
            parts.append(mail)
        return ("\n" if multiline else ", ").join(parts)

    # --- tasks
    def tasks(self):
        rng = self.rng
        if "missing-tasks" in self.defects:
            if rng.random() < 0.5:
                self.traits.append("tasks:absent")
                return None
            self.traits.append("tasks:placeholder")
            return rng.choice(["-", "Udfyldes senere", "…"])
        return rng.sample(TASKS, rng.randint(2, 4))

    # --- hours
    def hours(self):
        rng = self.rng
        if "missing-hours" in self.defects:
            r = rng.random()
            if r < 0.35:
                self.traits.append("hours:absent")
                return None
            if r < 0.75:
                self.traits.append("hours:vague")
                return rng.choice(HOURS_VAGUE)
            self.traits.append("hours:blank")
            return rng.choice(HOURS_BLANK)
        return rng.choice(HOURS_OK)

    # --- follow-up
    def follow_up(self):
        rng = self.rng
        if "missing-follow-up" in self.defects:
            if rng.random() < 0.6:
                self.traits.append("followup:absent")
                return None
            self.traits.append("followup:placeholder")
            return rng.choice(["–", "-", "Udfyldes senere"])
        pool = list(range(len(FOLLOWUPS_LONG)))
        if "missing-appeal-guidance" in self.defects:
            pool = [i for i in pool if i in FOLLOWUP_NO_4WEEKS]
        if "missing-duration" in self.defects:
            pool = [i for i in pool if i in FOLLOWUP_NO_MONTHS]
        return self.fill(FOLLOWUPS_LONG[rng.choice(list(pool))])

    # --- appeal
    def appeal(self):
        rng = self.rng
        if "missing-appeal-guidance" in self.defects:
            if rng.random() < 0.4:
                self.traits.append("appeal:absent")
                return None
            lines, tr = appeal_bad(rng, self.kom, self.letter)
            self.traits.append(tr)
            return lines
        if rng.random() < 0.13:
            self.extras.append("appeal-wrong-route")
            self.traits.append("appeal:direct-ankestyrelsen")
            return appeal_wrong(rng, self.kom, self.letter)
        return appeal_ok(rng, self.kom, self.letter)

    def cpr_line(self, p_cpr=0.3):
        if self.rng.random() < p_cpr:
            label, shown, mnc = cpr(self.rng)
            self.mnc.extend(mnc)
            self.traits.append("cpr")
            return label, shown
        return None

    def case_sig(self):
        rng = self.rng
        return ["Med venlig hilsen", "", self.case.name,
                rng.choice(["Sagsbehandler", "Jobkonsulent", "Socialrådgiver",
                            "Virksomhedskonsulent"]),
                self.sender, f"Tlf. {self.case.phone}", self.case_email]

    def datestr(self, d=None):
        d = d or self.letter
        return fmt(d, self.rng.choice(["words", "den", "dots0", "dots"]))


GOAL_LABELS = ["Mål", "Målet med mentorstøtten", "Formål", "Formål med mentorforløbet",
               "Mål og delmål", "Hovedformål", "Målsætning", "Mål for forløbet"]
MENTOR_LABELS = ["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Kontaktperson (mentor)",
                 "Mentor/kontaktoplysninger", "Mentor"]
TASK_LABELS = ["Mentorens opgaver", "Opgaver", "Indsatsområder", "Hvad skal mentoren hjælpe med?",
               "Støtten består i", "Mentorens opgaver og rolle"]
DUR_LABELS = ["Periode", "Varighed", "Bevilget periode", "Aftalens varighed", "Gyldig",
              "Forløbets længde", "Periode"]
HOUR_LABELS = ["Timetal", "Timeantal", "Antal timer", "Omfang", "Timer pr. uge", "Mentortimer",
               "Timetal"]
FU_LABELS = ["Opfølgning", "Evaluering", "Opfølgning og progression", "Statusmøder",
             "Sådan følger vi op"]
APPEAL_HEADS = ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang",
                "Hvis du ikke er enig", "Klagevejledning"]
AGR_TITLES = ["Mentoraftale", "Aftale om mentorstøtte", "Samarbejdsaftale – mentorstøtte",
              "Aftale om mentorforløb", "Mentoraftale efter LAB § 167",
              "Aftale om mentorstøtte (LAB § 167)", "MENTORAFTALE"]


def hours_value(ctx, h):
    """The label value for hours: the vague/blank ones are used as they are."""
    return h


def duration_missing_value(ctx):
    rng = ctx.rng
    if rng.random() < 0.5:
        ctx.traits.append("duration:absent")
        return None
    v = rng.choice(["indtil videre", "Udfyldes senere", "-", "efter behov", "højst 6 måneder"])
    ctx.traits.append("duration:limit-only" if v.startswith("højst") else "duration:placeholder")
    return v


def tasks_text(tasks) -> str:
    if len(tasks) == 1:
        return tasks[0]
    return ", ".join(tasks[:-1]) + " og " + tasks[-1]


def cap(s):
    return s[:1].upper() + s[1:]


def dot(s):
    """End a sentence once: "i 2 mdr." must not become "i 2 mdr.."."""
    return s if s.endswith(".") else s + "."


# ---------------------------------------------------------------- agreement layouts

def agreement(ctx: Ctx, layout: str, subtype: str) -> Doc:
    rng = ctx.rng
    d = Doc()
    goal = ctx.goal()
    mf = ctx.mentor_fields()
    tasks = ctx.tasks()
    hours = ctx.hours()
    fu = ctx.follow_up()
    appeal = ctx.appeal()
    per = ctx.period
    dur_value = per.value if per else duration_missing_value(ctx)
    if per and subtype == "extension":
        dur_value = per.value
    cprl = ctx.cpr_line()
    title = rng.choice(AGR_TITLES) if subtype != "extension" else rng.choice(
        ["Forlængelse af mentoraftale", "Mentoraftale – forlængelse", "Aftale om forlænget mentorstøtte"])
    if subtype == "pligtmentor":
        title = rng.choice(["Aftale om ret- og pligtmentor", "Mentoraftale – ret og pligt"])
    c = ctx.citizen

    if layout == "table":
        d.lines([ctx.sender, f"{ctx.kom}, {ctx.datestr()}"])
        d.title(title)
        d.p(rng.choice([
            f"Aftalen er indgået mellem {c.name}, {ctx.sender} og mentor.",
            "Denne aftale beskriver den mentorstøtte, du får, og hvad du og mentor har aftalt.",
            f"Mentorstøtten gives efter {ctx.law} i lov om en aktiv beskæftigelsesindsats.",
        ]))
        rows = [["Borger", c.name]]
        if cprl:
            rows.append([cprl[0], cprl[1]])
        if dur_value is not None:
            rows.append([rng.choice(DUR_LABELS), dur_value])
        mv = ctx.mentor_value(mf, multiline=True)
        if mv is not None:
            if mf["mode"] in ("phone", "both") and rng.random() < 0.3:
                parts = mv.split("\n")
                rows.append([rng.choice(MENTOR_LABELS), "\n".join(parts[:2]),
                             "\n".join(parts[2:])])
            else:
                rows.append([rng.choice(MENTOR_LABELS), mv])
        if hours is not None:
            rows.append([rng.choice(HOUR_LABELS), hours])
        if goal is not None:
            rows.append([rng.choice(GOAL_LABELS), goal])
        if tasks is not None:
            rows.append([rng.choice(TASK_LABELS),
                         tasks if isinstance(tasks, str) else "\n".join("- " + cap(t) for t in tasks)])
        if fu is not None:
            rows.append([rng.choice(FU_LABELS), fu])
        rows.append(["Sagsbehandler", f"{ctx.case.name}, tlf. {ctx.case.phone}"])
        if rng.random() < 0.3:
            rows = [rows[0]] + rng.sample(rows[1:-1], len(rows) - 2) + [rows[-1]]
        d.table(rows)
        if appeal is not None:
            d.h(rng.choice(APPEAL_HEADS))
            for a in appeal:
                d.p(a)
        d.lines(["Underskrifter:", f"Borger: ____________________   Mentor: ____________________",
                 f"Dato: {fmt(ctx.letter, 'dots0')}"])

    elif layout in ("headings", "numbered"):
        d.lines([ctx.sender, ctx.datestr()])
        d.title(title)
        d.kv("Navn", c.name)
        if cprl:
            d.kv(cprl[0], cprl[1])
        sections = []
        if goal is not None:
            sections.append((rng.choice(GOAL_LABELS), [goal]))
        mv = ctx.mentor_value(mf)
        if mv is not None:
            sections.append((rng.choice(MENTOR_LABELS), [mv]))
        if tasks is not None:
            sections.append((rng.choice(TASK_LABELS),
                             tasks if isinstance(tasks, str) else [cap(t) for t in tasks]))
        if dur_value is not None:
            sections.append((rng.choice(DUR_LABELS), [dur_value]))
        if fu is not None:
            sections.append((rng.choice(FU_LABELS), [fu]))
        if hours is not None:
            sections.append((rng.choice(HOUR_LABELS), [hours]))
        if appeal is not None:
            sections.append((rng.choice(APPEAL_HEADS), appeal))
        for i, (head, body) in enumerate(sections, 1):
            if layout == "numbered":
                if isinstance(body, list) and len(body) == 1:
                    d.p(f"{i}) {head}: {body[0]}")
                    continue
                if isinstance(body, str):
                    d.p(f"{i}) {head}: {body}")
                    continue
                d.p(f"{i}) {head}:")
            else:
                d.h(head)
                if isinstance(body, str):
                    d.p(body)
                    continue
            if head in (TASK_LABELS + ["Mentorens opgaver"]) and len(body) > 1:
                d.bullets(body)
            else:
                for x in body:
                    d.p(x)
        d.lines(ctx.case_sig())

    elif layout == "prose":
        d.lines([ctx.sender, f"{c.name}", ctx.datestr()])
        if cprl:
            d.p(f"{cprl[0]} {cprl[1]}")
        d.title(title)
        d.p(f"Kære {c.first}")
        d.p(rng.choice([
            "Du har sammen med din sagsbehandler aftalt, at du skal have en mentor. Her kan du "
            "læse, hvad vi har aftalt.",
            "Vi bekræfter hermed aftalen om mentorstøtte, som vi talte om på mødet.",
            "Tak for en god samtale. Her er vores aftale om din mentor skrevet ned.",
        ]))
        if goal is not None:
            if goal in GOAL_PLACEHOLDERS:
                d.kv("Målet med mentorstøtten", goal)
            elif goal.startswith(("Målet", "Hovedformål")):
                d.p(goal)
            else:
                d.p(rng.choice(["Vi har aftalt følgende mål: ", "Målet er: ",
                                "Formålet med mentorstøtten: "]) + goal)
        mv = ctx.mentor_value(mf)
        if mf["mode"] in ("phone", "email", "both"):
            m = ctx.mentor
            how = []
            if mf["mode"] in ("phone", "both"):
                how.append(f"på tlf. {m.phone}")
            if mf["mode"] in ("email", "both"):
                how.append(f"på mail {ctx.mentor_email}")
            d.p(rng.choice([
                f"Din mentor er {m.name} fra {ctx.provider}. Du kan kontakte {m.first} "
                + " eller ".join(how) + ".",
                f"{m.name} ({ctx.provider}) bliver din mentor. {m.first} kan fanges "
                + " og ".join(how) + ".",
            ]))
        elif mf["mode"] == "name-only":
            d.p(rng.choice([f"Din mentor bliver {ctx.mentor.name} fra {ctx.provider}.",
                            f"{ctx.mentor.name} bliver din mentor."]))
        elif mf["mode"] == "later":
            d.p(f"Du får besked, når {ctx.provider} har fundet en mentor til dig.")
        if tasks is not None:
            if isinstance(tasks, str):
                d.kv("Mentorens opgaver", tasks)
            else:
                d.p(rng.choice(["Mentoren skal ", "Din mentor skal ",
                                "Støtten består i, at mentoren vil "]) + tasks_text(tasks) + ".")
        if per is not None and per.sentence.startswith("forlænges"):
            d.p("Mentorstøtten " + dot(per.sentence))
        elif per is not None and per.sentence.startswith("en ny periode"):
            d.p("Vi har aftalt " + dot(per.sentence))
        elif per is not None:
            d.p(rng.choice(["Mentorstøtten gælder ", "Forløbet løber ", "Aftalen gælder "])
                + dot(per.sentence))
        elif dur_value is not None:
            d.kv("Periode", dur_value)
        if hours is not None:
            if hours in HOURS_OK:
                d.p(rng.choice(["Mentorstøtten er på ", "I skal ses ", "Du har "])
                    + hours + (" med din mentor." if rng.random() < 0.3 else "."))
            elif hours in HOURS_VAGUE:
                d.p(f"I mødes {hours}.")
            else:
                d.kv("Timetal", hours)
        if fu is not None:
            d.p(fu if len(fu) > 3 else f"Opfølgning: {fu}")
        if appeal is not None:
            d.h(rng.choice(APPEAL_HEADS))
            for a in appeal:
                d.p(a)
        d.lines(ctx.case_sig())

    elif layout == "labels":
        d.title(title)
        d.kv("Dato", fmt(ctx.letter, rng.choice(["dots0", "words"])))
        d.kv("Borger", c.name)
        if cprl:
            d.kv(cprl[0], cprl[1])
        d.kv("Sagsbehandler", f"{ctx.case.name}, {ctx.sender}, tlf. {ctx.case.phone}")
        mv = ctx.mentor_value(mf)
        if mv is not None:
            d.kv(rng.choice(MENTOR_LABELS), mv)
        if dur_value is not None:
            d.kv(rng.choice(DUR_LABELS), dur_value)
        if hours is not None:
            d.kv(rng.choice(HOUR_LABELS), hours)
        if goal is not None:
            d.kv(rng.choice(GOAL_LABELS), goal)
        if tasks is not None:
            if isinstance(tasks, str):
                d.kv(rng.choice(TASK_LABELS), tasks)
            else:
                d.p(rng.choice(TASK_LABELS) + ":")
                d.bullets(cap(t) for t in tasks)
        if fu is not None:
            d.kv(rng.choice(FU_LABELS), fu)
        if appeal is not None:
            d.h(rng.choice(APPEAL_HEADS))
            for a in appeal:
                d.p(a)

    elif layout == "provider":
        # written by the mentor company; the mentor's contact data only in the signature
        m = ctx.mentor
        d.lines([ctx.provider, f"www.{ctx.domain}"])
        d.title(rng.choice(["Samarbejdsaftale om mentorforløb", "Mentoraftale", "Forløbsaftale – mentor"]))
        d.p(f"Aftale mellem {c.name}, {ctx.provider} og {ctx.sender} "
            f"(sagsbehandler {ctx.case.name}).")
        if cprl:
            d.kv(cprl[0], cprl[1])
        if mf["mode"] in ("phone", "email", "both"):
            d.p(rng.choice(["Jeg skal være din mentor i forløbet, og du kan altid ringe eller "
                            "skrive til mig – se mine oplysninger nederst.",
                            "Din mentor i forløbet er undertegnede."]))
        elif mf["mode"] == "name-only":
            d.p(f"Din mentor i forløbet er {m.name}.")
        elif mf["mode"] == "later":
            d.p("Vi finder en mentor til dig i løbet af de første dage og giver dig besked.")
        if goal is not None:
            d.h(rng.choice(GOAL_LABELS))
            d.p(goal)
        if tasks is not None:
            d.h(rng.choice(TASK_LABELS))
            if isinstance(tasks, str):
                d.p(tasks)
            else:
                d.bullets(cap(t) for t in tasks)
        if dur_value is not None or hours is not None:
            d.h(rng.choice(["Periode og omfang", "Varighed og timer", "Forløbet"]))
            if dur_value is not None:
                d.kv(rng.choice(DUR_LABELS), dur_value)
            if hours is not None:
                d.kv(rng.choice(HOUR_LABELS), hours)
        if fu is not None:
            d.h(rng.choice(FU_LABELS))
            d.p(fu)
        if appeal is not None:
            d.h(rng.choice(APPEAL_HEADS))
            for a in appeal:
                d.p(a)
        if mf["mode"] in ("phone", "email", "both"):
            sig = ["Med venlig hilsen", "", m.name, "Mentor", ctx.provider]
            if mf["mode"] in ("phone", "both"):
                sig.append(rng.choice(["Tlf. ", "Mobil: ", "M: "]) + m.phone)
            if mf["mode"] in ("email", "both"):
                sig.append(ctx.mentor_email)
            ctx.traits.append("mentor:signature")
        else:
            sig = ["Med venlig hilsen", "", ctx.provider]
        d.lines(sig)
    else:
        raise ValueError(layout)

    if subtype == "extension" and per is not None:
        d.blocks.insert(2, ("p", rng.choice([
            "Mentorstøtten forlænges efter en konkret vurdering, fordi forløbet går godt, men "
            "endnu ikke er afsluttet.",
            f"Forrige periode sluttede {fmt(per.start - dt.timedelta(days=1), 'words')}. "
            "Vi har vurderet, at du har brug for en ny periode.",
        ])))
        ctx.traits.append("subtype:extension")
    if rng.random() < 0.25 and per is not None and not per.over:
        at = len(d.blocks) - 1 if d.blocks[-1][0] == "lines" else len(d.blocks)
        d.blocks.insert(at, ("p", rng.choice(["Mentorstøtte kan højst bevilges for 6 måneder ad gangen.",
                        "Aftalen kan forlænges efter en ny vurdering (op til 6 måneder ad gangen).",
                        "Mentorstøtten gives i højst 6 måneder med mulighed for forlængelse."])))
        ctx.traits.append("noise:limit-statement")
    return d


# ---------------------------------------------------------------- decision letters

def decision(ctx: Ctx, subtype: str, missing_reasons: bool) -> Doc:
    rng = ctx.rng
    d = Doc()
    c = ctx.citizen
    per = ctx.period
    appeal = ctx.appeal()
    cprl = ctx.cpr_line(0.35)
    d.lines([ctx.sender, rng.choice(["Jobcentret", "Afdeling for Beskæftigelse",
                                     "Borgerservice og Arbejdsmarked"]),
             f"Sagsnr. {rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-"
             f"P20-{rng.randint(1, 999)}-{ctx.letter.year % 100}"])
    d.lines([c.name, f"{rng.choice(['Søndergade', 'Skolevej', 'Parkvej', 'Bakkevej'])} "
             f"{rng.randint(1, 80)}", f"{rng.randint(4000, 8999)} {ctx.kom}"])
    if cprl:
        d.p(f"{cprl[0]}: {cprl[1]}")
    d.p(f"{ctx.kom}, {ctx.datestr()}")
    hours = rng.choice(HOURS_OK)
    if subtype == "grant":
        d.title(rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                            "Du får mentorstøtte", "Afgørelse: Bevilling af mentor"]))
        d.p(f"Kære {c.first}")
        d.p(f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter {ctx.law} "
            + dot(per.sentence))
        d.p(f"Støtten er på {hours}. Din mentor er {ctx.mentor.name} fra {ctx.provider}, "
            f"tlf. {ctx.mentor.phone}.")
        if rng.random() < 0.5:
            d.h("Begrundelse")
            d.p("Vi har lagt vægt på, at du har brug for støtte til at fastholde din praktik, "
                f"jf. {ctx.law}.")
    elif subtype == "partial":
        asked = rng.choice([9, 12, 8])
        d.title(rng.choice(["Afgørelse om mentorstøtte – delvis bevilling",
                            "Delvis bevilling af mentorstøtte"]))
        d.p(f"Kære {c.first}")
        d.p(f"Du har søgt om mentorstøtte i {asked} måneder med 5 timer om ugen. Vi har "
            f"bevilget dig mentorstøtte {per.sentence} med {hours}. Det er færre timer og en "
            "kortere periode, end du har søgt om.")
        ctx.traits.append("period:asked-longer")
        if not missing_reasons:
            d.h("Begrundelse")
            d.p(f"Vi har lagt vægt på, at mentorstøtte efter {ctx.law}, stk. 1, gives i højst 6 "
                "måneder ad gangen, og at dit behov kan dækkes med færre timer, fordi du også "
                "har en kontaktperson på praktikstedet.")
    elif subtype == "refusal":
        d.title(rng.choice(["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag"]))
        d.p(f"Kære {c.first}")
        d.p(f"{ctx.sender} har givet dig afslag på din ansøgning om mentorstøtte.")
        if not missing_reasons:
            d.h("Begrundelse")
            d.p(f"Vi har lagt vægt på, at du allerede får støtte fra en SPS-støtteperson på "
                f"skolen, som dækker dit behov. Der er derfor ikke grundlag for mentorstøtte, "
                f"jf. {ctx.law}.")
    elif subtype == "extension":
        d.title(rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"]))
        d.p(f"Kære {c.first}")
        d.p(f"Vi har besluttet at forlænge din mentorstøtte. Den nye periode løber {per.sentence}, "
            f"og støtten er på {hours}.")
        d.h("Begrundelse")
        d.p(f"Vi har efter en konkret vurdering lagt vægt på, at du er godt i gang, men stadig "
            f"har brug for støtte for at fastholde uddannelsen, jf. {ctx.law}, stk. 1, 2. pkt.")
        ctx.traits.append("subtype:extension")
    elif subtype == "end":
        stop = ctx.letter + dt.timedelta(days=rng.randint(10, 30))
        d.title(rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte"]))
        d.p(f"Kære {c.first}")
        d.p(f"Din mentorstøtte ophører pr. {fmt(stop, rng.choice(['words', 'dots0']))}.")
        if not missing_reasons:
            d.h("Begrundelse")
            d.p("Vi har lagt vægt på, at du nu er i ordinært job og ikke længere har brug for en "
                f"mentor, jf. {ctx.law}.")
    if missing_reasons:
        ctx.extras.append("missing-reasons")
        ctx.traits.append("reasons:absent")
    if appeal is not None:
        d.h(rng.choice(APPEAL_HEADS))
        for a in appeal:
            d.p(a)
    d.lines(ctx.case_sig())
    return d


# ---------------------------------------------------------------- Min Plan

def minplan(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    d = Doc()
    c = ctx.citizen
    goal = ctx.goal()
    mf = ctx.mentor_fields()
    tasks = ctx.tasks()
    hours = ctx.hours()
    per = ctx.period
    cprl = ctx.cpr_line(0.25)
    if per is not None:
        dstyle = rng.choice(["dots0", "dash0", "dots0", "iso"])
        sdate, edate = fmt(per.start, dstyle), fmt(per.end, dstyle)
    if layout == "minplan-fields":
        d.title(rng.choice(["Min Plan", "Min Plan – udskrift", "Jobnet – Min Plan"]))
        d.p(f"Udskrevet {fmt(ctx.letter, 'dots0')} kl. {rng.randint(8, 15)}:{rng.randint(10, 59)}")
        d.kv("Navn", c.name)
        if cprl:
            d.kv(cprl[0], cprl[1])
        d.h(rng.choice(["Indsats: Mentorstøtte", "Aktivitet: Mentor", "Tilbud: Mentorstøtte"]))
        if goal is not None:
            d.kv(rng.choice(["Formål med indsatsen", "Mål", "Formål"]), goal)
        mv = ctx.mentor_value(mf)
        if mv is not None:
            d.kv(rng.choice(["Mentor", "Mentor og kontaktoplysninger"]), mv)
        if tasks is not None:
            d.kv(rng.choice(["Mentorens opgaver", "Indhold"]),
                 tasks if isinstance(tasks, str) else cap(tasks_text(tasks)) + ".")
        if per is not None:
            if per.dated and rng.random() < 0.7:
                d.kv("Startdato", sdate)
                d.kv("Slutdato", edate)
            else:
                d.kv("Periode", per.value)
        elif ctx.defects & {"missing-duration"}:
            v = duration_missing_value(ctx)
            if v is not None:
                d.kv("Slutdato", v if v not in ("højst 6 måneder", "efter behov") else "-")
                ctx.traits = [t for t in ctx.traits if not t.startswith("duration:")] + \
                    ["duration:placeholder"]
        if hours is not None:
            d.kv(rng.choice(["Timer pr. uge", "Timetal", "Antal timer"]), hours)
        d.kv("Din kontaktperson", f"{ctx.case.name}, {ctx.sender}")
    elif layout == "minplan-table":
        d.title("Min Plan")
        d.p(f"{c.name} – senest opdateret {fmt(ctx.letter, 'dots0')}")
        if cprl:
            d.p(f"{cprl[0]} {cprl[1]}")
        if goal is not None:
            d.h(rng.choice(["Dit mål", "Mit mål", "Jobmål/uddannelsesmål"]))
            d.p(goal)
        rows = [["Aktivitet", "Mentorstøtte"]]
        if per is not None:
            rows.append(["Periode", per.value])
        elif "missing-duration" in ctx.defects:
            v = duration_missing_value(ctx)
            if v is not None:
                rows.append(["Periode", v])
        mv = ctx.mentor_value(mf, multiline=True)
        if mv is not None:
            rows.append(["Mentor", mv])
        if hours is not None:
            rows.append(["Timer", hours])
        if tasks is not None:
            rows.append(["Mentoren hjælper med",
                         tasks if isinstance(tasks, str) else "\n".join(cap(t) for t in tasks)])
        d.table(rows)
        d.p(f"Næste samtale: {fmt(ctx.letter + dt.timedelta(days=30), 'dots0')}")
    else:  # minplan-prose
        d.title(rng.choice(["Min Plan – mentorstøtte", "Din plan"]))
        d.p(f"Opdateret af {ctx.case.name}, {ctx.sender}, {fmt(ctx.letter, 'words')}")
        if cprl:
            d.p(f"{cprl[0]}: {cprl[1]}")
        if goal is not None:
            if goal in GOAL_PLACEHOLDERS:
                d.kv("Mål", goal)
            else:
                d.p("Dit mål: " + goal)
        d.h("Dine aktiviteter")
        line = "Mentorstøtte"
        if per is not None:
            line += f" {per.sentence}"
        if hours is not None and hours in HOURS_OK:
            line += f", {hours}"
        d.bullets([dot(line)])
        if per is None and "missing-duration" in ctx.defects:
            ctx.traits.append("duration:absent")
        if hours is not None and hours not in HOURS_OK:
            d.kv("Timetal", hours)
        elif hours is None:
            pass
        mv = ctx.mentor_value(mf)
        if mv is not None:
            d.kv("Mentor", mv)
        if tasks is not None:
            if isinstance(tasks, str):
                d.kv("Mentorens opgaver", tasks)
            else:
                d.p("Mentoren skal " + tasks_text(tasks) + ".")
    return d


# ---------------------------------------------------------------- none of these

def unknown(ctx: Ctx, variant: str) -> Doc:
    rng = ctx.rng
    d = Doc()
    c, m = ctx.citizen, ctx.mentor
    if variant == "status":
        d.lines([ctx.provider, f"Til: {ctx.case.name}, {ctx.sender}"])
        d.title(rng.choice(["Statusrapport – mentorforløb", "Status på mentorforløb",
                            "Midtvejsstatus"]))
        d.kv("Borger", c.name)
        d.kv("Rapportperiode", f"{MONTHS[ctx.letter.month - 1]} {ctx.letter.year}")
        d.kv("Brugte timer i perioden", str(rng.randint(4, 14)))
        d.h("Hvordan går det?")
        d.p(f"{c.first} er mødt op til {rng.randint(60, 100)} % af de aftalte møder i praktikken. "
            "Vi har arbejdet med morgenrutiner og transport. Der er fremgang i forhold til "
            "delmålet om fremmøde.")
        d.h("Anbefaling")
        d.p(rng.choice(["Mentor anbefaler, at forløbet fortsætter som aftalt.",
                        "Mentor anbefaler en forlængelse, som drøftes på næste statusmøde."]))
        d.lines(["Med venlig hilsen", m.name, f"Mentor, {ctx.provider}", f"Tlf. {m.phone}"])
    elif variant == "invoice":
        d.lines([ctx.provider, f"CVR {rng.randint(10000000, 99999999)}", f"www.{ctx.domain}"])
        d.title(f"Faktura nr. {ctx.letter.year}-{rng.randint(100, 999)}")
        d.kv("Fakturadato", fmt(ctx.letter, "dots0"))
        d.kv("Kunde", f"{ctx.sender}, EAN {rng.randint(10**12, 10**13 - 1)}")
        t = rng.randint(6, 20)
        price = rng.choice([425, 450, 475, 510])
        d.table([["Ydelse", "Antal", "Pris", "Beløb"],
                 [f"Mentorstøtte {MONTHS[ctx.letter.month - 1]} – {c.first} {c.last[0]}.", f"{t} timer",
                  f"{price},00", f"{t * price:,}".replace(",", ".") + ",00"],
                 ["Kørsel", "1", "250,00", "250,00"]])
        d.p("Betalingsbetingelser: netto 30 dage. Beløbet bedes indbetalt på reg. 1234 "
            f"konto {rng.randint(10**9, 10**10 - 1)}.")
    elif variant == "minutes":
        d.title(rng.choice(["Referat af netværksmøde", "Referat – trepartsmøde",
                            "Mødereferat"]))
        d.kv("Dato", fmt(ctx.letter, "words"))
        d.kv("Deltagere", f"{c.first}, {m.name} (mentor), {ctx.case.name} ({ctx.sender})")
        d.h("1. Velkomst")
        d.p("Kort runde. Alle deltagere havde læst dagsordenen.")
        d.h("2. Hvordan går det i praktikken?")
        d.p(f"{c.first} fortæller, at det går bedre, men at morgenerne stadig er svære. "
            "Mentor har hjulpet med at lave en ugeplan.")
        d.h("3. Aftaler")
        d.bullets([f"{c.first} kontakter praktikstedet om flere timer.",
                   "Mentor følger op næste uge.",
                   f"Næste møde: {fmt(ctx.letter + dt.timedelta(days=28), 'dots0')}"])
    elif variant == "school":
        school = rng.choice(["Vestjyllands Efterskole", "Frie Gymnasium Nord",
                             "Privatskolen ved Fjorden", "Lilleskolen Østerbro"])
        d.title(rng.choice(["Mentoraftale", "Mentoraftale – elevmentor", "Aftale om elevmentor"]))
        d.p(f"{school} tilbyder alle elever i 1. g en mentor blandt lærerne. Aftalen er et "
            "internt redskab og ikke en afgørelse.")
        d.kv("Elev", f"{c.first} {c.last}")
        d.kv("Mentor (lærer)", f"{m.name}, {slug(m.first)}@{slug(school.split()[0])}.dk")
        d.kv("Skoleår", f"{ctx.letter.year}/{(ctx.letter.year + 1) % 100:02d}")
        d.h("Det vil vi gerne opnå")
        d.p("At eleven får et godt skoleår med overblik over lektier og afleveringer.")
        d.h("Sådan gør vi")
        d.bullets(["Samtale hver anden fredag i 15 minutter", "Fælles gennemgang af Lectio",
                   "Forældre orienteres ved skole-hjem-samtalen"])
        d.lines(["Underskrift elev: __________", "Underskrift mentor: __________"])
    elif variant == "leaflet":
        d.title(rng.choice(["Hvad er en mentor?", "Mentorstøtte – information til borgere",
                            "Pjece: Få en mentor"]))
        d.p(f"{ctx.sender} kan tilbyde mentorstøtte, hvis du har brug for hjælp til at komme i "
            "job, uddannelse eller tilbud.")
        d.h("Hvad står der i en mentoraftale?")
        d.bullets(["Målet med mentorstøtten", "Mentorens navn og kontaktdata",
                   "Hvilke opgaver mentoren skal hjælpe med", "Varighed og opfølgning",
                   "Timetallet pr. uge", "Klagevejledning"])
        d.h("Hvor længe?")
        d.p("Mentorstøtte gives i højst 6 måneder ad gangen, men kan forlænges efter en ny "
            "vurdering.")
        d.h("Vil du vide mere?")
        d.p(f"Kontakt din sagsbehandler eller ring til {ctx.sender} på {ctx.case.phone}.")
    elif variant == "jobad":
        d.title(rng.choice(["Vi søger mentorer", "Mentor til unge – deltid",
                            "Stillingsopslag: Erfaren mentor"]))
        d.p(f"{ctx.provider} søger en engageret mentor til at støtte borgere i {ctx.kom} på vej "
            "mod job og uddannelse.")
        d.h("Dine opgaver")
        d.bullets(["Ugentlige samtaler med borgere", "Følgeskab til praktik og skole",
                   "Dokumentation og statusrapporter til kommunen"])
        d.h("Vi forventer")
        d.bullets(["Relevant uddannelse, fx socialrådgiver eller pædagog", "Kørekort B"])
        d.p(f"Ansøgningsfrist: {fmt(ctx.letter + dt.timedelta(days=21), 'words')}. "
            f"Spørgsmål til {m.name} på tlf. {m.phone}.")
    elif variant == "invite":
        d.lines([ctx.sender, c.name])
        d.title("Indkaldelse til samtale")
        d.p(f"Kære {c.first}. Du er indkaldt til samtale om dit forløb "
            f"{fmt(ctx.letter + dt.timedelta(days=9), 'den')} kl. 10.00 i Jobcentret. Vi skal "
            "blandt andet tale om, om en mentor kan være en hjælp for dig.")
        d.p("Hvis du er forhindret, skal du ringe til os hurtigst muligt.")
        d.lines(ctx.case_sig())
    return d


# ---------------------------------------------------------------- plan and write

def pick_defects(rng, kind):
    if kind == "agreement":
        if rng.random() < 0.27:
            return []
        pool = ["missing-goal"] * 9 + ["unclear-goal"] * 12 + ["missing-mentor"] * 12 + \
               ["missing-tasks"] * 8 + ["missing-duration"] * 8 + ["missing-follow-up"] * 10 + \
               ["missing-hours"] * 13 + ["missing-appeal-guidance"] * 13 + \
               ["duration-over-6-months"] * 15
    elif kind == "minplan":
        if rng.random() < 0.30:
            return []
        pool = ["missing-goal"] * 2 + ["unclear-goal"] * 3 + ["missing-mentor"] * 3 + \
               ["missing-tasks"] * 2 + ["missing-duration"] * 2 + ["missing-hours"] * 3 + \
               ["duration-over-6-months"] * 3
    else:
        return []
    first = rng.choice(pool)
    out = {first}
    if rng.random() < 0.35:
        second = rng.choice(pool)
        clash = [{"missing-goal", "unclear-goal"}, {"missing-duration", "duration-over-6-months"}]
        if second != first and not any({first, second} <= c for c in clash):
            out.add(second)
    return sorted(out)


def file_name(rng, ctx, kind, ext, idx):
    c = ctx.citizen
    ini = (c.first[0] + c.last[0]).lower()
    y = ctx.letter.year
    names = {
        "agreement": [f"mentoraftale_{ini}_{y}", f"Aftale mentor {c.first} {y}",
                      f"aftale-om-mentorstotte-{idx:03d}", f"dok{rng.randint(1000, 9999)}",
                      f"MA_{ini.upper()}_{fmt(ctx.letter, 'iso').replace('-', '')}"],
        "decision": [f"afgoerelse_{ini}_{y}", f"brev_{rng.randint(10000, 99999)}",
                     f"Afgørelse mentor {idx:03d}"],
        "minplan": [f"minplan_{ini}_{y}", f"Min Plan udskrift {idx:03d}",
                    f"jobnet_{rng.randint(100000, 999999)}"],
        "unknown": [f"dokument_{idx:03d}", f"bilag_{rng.randint(1, 40)}_{ini}",
                    f"scan_{rng.randint(1000, 9999)}"],
    }[kind]
    return rng.choice(names) + f"_{idx:03d}." + ext


def build(out: Path, seed: int, count: int) -> list[dict]:
    rng = random.Random(seed)
    n_dec = round(count * 0.15)
    n_min = round(count * 0.10)
    n_unk = round(count * 0.15)
    n_agr = count - n_dec - n_min - n_unk
    kinds = ["agreement"] * n_agr + ["decision"] * n_dec + ["minplan"] * n_min + \
            ["unknown"] * n_unk
    rng.shuffle(kinds)
    formats = (["docx"] * 44 + ["txt"] * 18 + ["pdf"] * 20 + ["odt"] * 9 + ["html"] * 9)
    dec_subtypes = ["grant"] * 10 + ["partial"] * 5 + ["refusal"] * 6 + ["extension"] * 5 + \
                   ["end"] * 4
    rng.shuffle(dec_subtypes)
    unk_variants = ["status", "invoice", "minutes", "school", "leaflet", "jobad", "invite"]
    stage = Path(tempfile.mkdtemp(prefix="corpus_w_"))
    entries, convert = [], {"pdf": [], "odt": []}
    for idx, kind in enumerate(kinds):
        fmt_ = rng.choice(formats)
        year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2025, 2026, 2026, 2026])
        defects = pick_defects(rng, kind)
        subtype, layout = kind, ""
        missing_reasons = False
        if kind == "decision":
            subtype = dec_subtypes.pop() if dec_subtypes else rng.choice(["grant", "refusal"])
            r = rng.random()
            if r < 0.4:
                defects = ["missing-appeal-guidance"]
            if subtype == "grant" and rng.random() < 0.3:
                defects = sorted(set(defects) | {"duration-over-6-months"})
            if subtype in ("partial", "refusal", "end") and rng.random() < 0.5:
                missing_reasons = True
        ctx = Ctx(rng, kind, defects, year)
        if kind == "agreement":
            layout = rng.choice(["table", "table", "headings", "numbered", "prose", "labels",
                                 "provider", "headings"])
            subtype = rng.choice(["agreement"] * 8 + ["extension", "pligtmentor"])
            if subtype == "extension":
                if "duration-over-6-months" in ctx.defects or ctx.period is None:
                    subtype = "agreement"
                else:
                    ctx.period = gen_period(rng, rng.choice(["normal", "exact"]), year,
                                            ctx.letter, extension=True)
                    ctx.traits = [t for t in ctx.traits if not t.startswith("period:")] + \
                        [ctx.period.trait]
            doc = agreement(ctx, layout, subtype)
        elif kind == "decision":
            layout = "letter"
            if subtype in ("refusal", "end"):
                ctx.period = None
                ctx.defects.discard("duration-over-6-months")
                ctx.traits = [t for t in ctx.traits if not t.startswith("period:")]
            elif subtype == "partial":
                ctx.period = gen_period(rng, rng.choice(["normal", "exact"]), year, ctx.letter)
                ctx.traits = [t for t in ctx.traits if not t.startswith("period:")] + \
                    [ctx.period.trait]
            elif subtype == "extension":
                ctx.defects.discard("duration-over-6-months")
                ctx.period = gen_period(rng, rng.choice(["normal", "exact"]), year, ctx.letter)
                ctx.traits = [t for t in ctx.traits if not t.startswith("period:")] + \
                    [ctx.period.trait]
            elif subtype == "grant" and ctx.period is None:
                ctx.period = gen_period(rng, "normal", year, ctx.letter)
            doc = decision(ctx, subtype, missing_reasons)
        elif kind == "minplan":
            layout = rng.choice(["minplan-fields", "minplan-fields", "minplan-table",
                                 "minplan-prose"])
            doc = minplan(ctx, layout)
        else:
            ctx.traits = []
            subtype = rng.choice(unk_variants)
            layout = subtype
            doc = unknown(ctx, subtype)
        # ---- labels
        rules = sorted(r for r in ctx.defects if r in APPLIES[kind])
        if ctx.period is not None and ctx.period.over and kind != "unknown":
            assert "duration-over-6-months" in rules, (idx, kind, subtype)
        folder = f"{slug(ctx.kom) if kind != 'unknown' or rng.random() < 0.5 else slug(ctx.provider.split()[0])}/{ctx.letter.year}"
        name = file_name(rng, ctx, kind, fmt_, idx)
        rel = f"{folder}/{name}"
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if fmt_ == "txt":
            text = render_txt(doc, rng)
            enc = "cp1252" if rng.random() < 0.15 else "utf-8"
            try:
                dest.write_bytes(text.encode(enc))
            except UnicodeEncodeError:
                dest.write_bytes(text.encode("utf-8"))
        elif fmt_ == "html":
            dest.write_text(render_html(doc, rng), encoding="utf-8")
        else:
            src = dest if fmt_ == "docx" else stage / f"w{idx:03d}.docx"
            render_docx(doc, rng, src, header=ctx.sender if rng.random() < 0.3 else None)
            if fmt_ != "docx":
                convert[fmt_].append((src, dest))
        entry = {"path": rel, "format": fmt_, "kind": kind, "subtype": subtype,
                 "layout": layout, "rules": rules, "extras": sorted(set(ctx.extras)),
                 "error": None, "accept_errors": [], "must_not_contain": sorted(set(ctx.mnc)),
                 "traits": sorted(set(ctx.traits))}
        if ctx.period is not None and ctx.period.dated and kind != "unknown":
            entry["period"] = ctx.period.manifest()
        entries.append(entry)
    # ---- LibreOffice conversions, one batch per target format
    profile = "file:///tmp/lo_w_profile"
    for target, pairs in convert.items():
        if not pairs:
            continue
        outdir = stage / f"out_{target}"
        outdir.mkdir()
        cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
               target, "--outdir", str(outdir)] + [str(s) for s, _ in pairs]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=1200)
        for src, dest in pairs:
            produced = outdir / (src.stem + "." + target)
            if not produced.is_file():
                sys.exit(f"LibreOffice did not produce {produced.name}")
            shutil.move(str(produced), str(dest))
    shutil.rmtree(stage, ignore_errors=True)
    return entries


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/work/corpora/w"))
    ap.add_argument("--seed", type=int, default=71)
    ap.add_argument("--count", type=int, default=200)
    args = ap.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        sys.exit(f"{args.out}: not empty; remove it first")
    args.out.mkdir(parents=True, exist_ok=True)
    entries = build(args.out, args.seed, args.count)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
             for e in sorted(entries, key=lambda e: e["path"])]
    (args.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for e in entries:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{len(entries)} documents in {args.out}: {kinds}")


if __name__ == "__main__":
    main()
