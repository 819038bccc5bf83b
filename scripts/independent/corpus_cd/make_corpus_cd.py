#!/usr/bin/env python3
"""Independent labelled corpus CD for `mentordocs lint` (issue 8, "independent set 1" made anew).

About 100 documents as caseworkers in three municipalities write them: ~70 written mentor
agreements, ~15 decision letters and ~15 documents that are none of the kinds. Layouts: headings,
two-column tables, numbered lists and letters. Formats: docx, pdf (LibreOffice from docx/odt, and
reportlab), odt, txt, html.

Written from ../shared/domain.md, the seed texts and the rule docs (`mentordocs rules NAME`) only;
labels are decided here, before the linter is ever run.

    python make_corpus_cd.py --out /work/corpora/cd [--seed 8108]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Calendar helpers
# --------------------------------------------------------------------------------------------
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_SHORT = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
                "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError(d)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "short":
        return f"{d.day}. {MONTHS_SHORT[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots_short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dashes":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


DATE_STYLES = ["long", "long", "den", "short", "dots", "dots", "dots_short", "slash", "slashdash",
               "iso", "dashes"]

# --------------------------------------------------------------------------------------------
# People, places, municipalities
# --------------------------------------------------------------------------------------------
FIRST = ["Sara", "Mikkel", "Jonas", "Amalie", "Ahmed", "Fatima", "Line", "Kasper", "Nadia",
         "Emil", "Camilla", "Rasmus", "Louise", "Mads", "Yasmin", "Frederik", "Cecilie",
         "Tobias", "Maja", "Oliver", "Signe", "Ali", "Ida", "Jesper", "Mette", "Bo", "Sofie",
         "Thomas", "Hanne", "Patrick", "Julie", "Martin", "Zainab", "Nikolaj", "Trine", "Dennis"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Knudsen", "Mortensen", "Møller", "Østergaard",
        "Holm", "Lund", "Dahl", "Said", "Yilmaz", "Karimi", "Frandsen", "Bech", "Kjær"]
PRONOUN = {"Sara": "hun", "Amalie": "hun", "Fatima": "hun", "Line": "hun", "Nadia": "hun",
           "Camilla": "hun", "Louise": "hun", "Yasmin": "hun", "Cecilie": "hun", "Maja": "hun",
           "Signe": "hun", "Ida": "hun", "Mette": "hun", "Sofie": "hun", "Hanne": "hun",
           "Julie": "hun", "Zainab": "hun", "Trine": "hun"}

MUNIS = [
    {"key": "holbaek", "name": "Holbæk Kommune", "city": "Holbæk", "dept": "Job og Uddannelse",
     "addr": "Kanalstræde 2, 4300 Holbæk", "phone": "72 36 36 36", "mail": "holbaek.dk",
     "style": "headings"},
    {"key": "viborg", "name": "Viborg Kommune", "city": "Viborg", "dept": "Jobcenter Viborg",
     "addr": "Prinsens Allé 5, 8800 Viborg", "phone": "87 87 87 87", "mail": "viborg.dk",
     "style": "table"},
    {"key": "svendborg", "name": "Svendborg Kommune", "city": "Svendborg",
     "dept": "Beskæftigelse og Ydelse", "addr": "Ramsherred 5, 5700 Svendborg",
     "phone": "62 23 30 00", "mail": "svendborg.dk", "style": "letter"},
]

PROVIDERS = [("Jobhuset ApS", "jobhuset.dk"), ("Mentorhuset Sjælland", "mentorhuset.dk"),
             ("Bro til Job", "brotiljob.dk"), ("Kommunens mentorkorps", None),
             ("Ungeenheden", None), ("Mentor & Co I/S", "mentorco.dk"),
             ("Fonden Nye Veje", "nyeveje.org"), ("Team Fastholdelse", None)]

WORKPLACES = ["Bilka", "Netto", "Lidl", "Elgiganten", "Plantorama", "JYSK", "Danish Crown",
              "Kvickly", "Coop 365", "Rema 1000", "Bauhaus", "Arla", "DSV", "Føtex"]


def phone(rng: random.Random) -> str:
    n = [rng.randint(0, 9) for _ in range(8)]
    n[0] = rng.choice([2, 3, 4, 5, 6, 7, 9])
    s = "".join(map(str, n))
    return rng.choice([f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"{s[:4]} {s[4:]}", s,
                       f"+45 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"])


def cpr(rng: random.Random) -> str:
    d = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 40))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(0, 9999):04d}"


def slug(s: str) -> str:
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", " ": "-"})
    return "".join(c for c in s.translate(tr).lower() if c.isalnum() or c == "-")


# --------------------------------------------------------------------------------------------
# Block model shared by every writer
#   ("title", text) ("h", level, text) ("p", text) ("ul", [..]) ("ol", [..])
#   ("kv", [(label, value), ..])   two-column table     ("numh", text)  numbered section label
#   ("boldp", text) a bold one-line pseudo-heading (letters)
# --------------------------------------------------------------------------------------------


class Person:
    def __init__(self, rng: random.Random):
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.pron = PRONOUN.get(self.first, "han")
        self.obj = "hende" if self.pron == "hun" else "ham"
        self.poss = "hendes" if self.pron == "hun" else "hans"


def make_case(rng: random.Random, muni: dict) -> dict:
    cit, men, cw = Person(rng), Person(rng), Person(rng)
    while men.first == cit.first:
        men = Person(rng)
    prov, dom = rng.choice(PROVIDERS)
    if dom is None:
        dom = muni["mail"]
    mmail = f"{slug(men.first)[:4]}{slug(men.last)[:2]}@{dom}" if rng.random() < .5 else \
        f"{slug(men.first)}.{slug(men.last)}@{dom}"
    cmail = f"{slug(cw.first)[:3]}{slug(cw.last)[:3]}@{muni['mail']}"
    start = dt.date(2026, rng.choice([1, 2, 3, 3, 4, 5, 6, 8, 9]), rng.choice([1, 1, 1, 2, 15, 16]))
    return {"muni": muni, "cit": cit, "men": men, "cw": cw, "prov": prov, "mphone": phone(rng),
            "mmail": mmail, "cwphone": phone(rng), "cwmail": cmail, "start": start,
            "work": rng.choice(WORKPLACES), "sagsnr": f"{rng.randint(10, 99)}.{rng.randint(10, 99)}."
            f"{rng.randint(10, 99)}-A{rng.randint(0, 99):02d}-{rng.randint(1, 40)}-26",
            "cpr": cpr(rng) if rng.random() < 0.26 else None,
            "written": start - dt.timedelta(days=rng.randint(3, 20))}


# ---- goals -----------------------------------------------------------------------------------
def goal_clear(rng, c) -> str:
    f = c["cit"].first
    d1 = fmt_date(add_months(c["start"], rng.choice([2, 3, 4])), rng.choice(["long", "dots", "short"]))
    city = c["muni"]["city"]
    opts = [
        f"{f} starter på SOSU-hjælperuddannelsen på SOSU {city} {d1} og møder mindst fire dage om ugen.",
        f"{f} er i virksomhedspraktik på lageret hos {c['work']} 15 timer om ugen senest {d1}, "
        f"med henblik på ansættelse med løntilskud.",
        f"At {f} fastholder sit fleksjob som køkkenmedhjælper hos {c['work']} med 12 timer om ugen, "
        f"og at fraværet er under 2 dage pr. måned ved periodens udløb.",
        f"{f} gennemfører FVU-dansk trin 2 på VUC {city} og søger ind på EUD (ernæringsassistent) "
        f"med optag til august 2026.",
        f"Hovedmål: ordinært job inden for lager og logistik, min. 20 timer om ugen. "
        f"Delmål: {f} har taget truckcertifikat (AMU) inden {d1}.",
        f"Fastholdelse i uddannelse: {f} gennemfører 1. skoleperiode på EUX Business uden at "
        f"fraværet overstiger 10 %.",
        f"{f} er startet på FGU, produktionsgrunduddannelse (linje: Jord, Natur og Miljø) og "
        f"møder mindst 4 ud af 5 dage.",
        f"At {f} vender tilbage til sit job som buschauffør efter sygemeldingen med gradvis "
        f"optrapning til 37 timer om ugen inden {d1}.",
        f"{f} gennemfører HF-enkeltfag i dansk og matematik på VUC i foråret 2026 med henblik på "
        f"at søge ind på pædagoguddannelsen.",
        f"{f} har et ordinært deltidsjob på min. 15 timer om ugen i detailhandlen inden {d1}.",
        f"Målet er, at {f} kan passe sin praktik i børnehaven Solsikken tre dage om ugen (kl. 8-13), "
        f"så praktikken kan overgå til løntilskud.",
        f"{f} fuldfører grundforløb 2 på tømreruddannelsen (EUD) og har fundet en læreplads "
        f"senest {d1}.",
        f"Job som rengøringsassistent: {f} søger mindst 2 relevante stillinger om ugen og er i "
        f"praktik hos et rengøringsfirma inden {d1}.",
        f"At {f} bliver afklaret i en arbejdsprøvning på 10 timer om ugen hos {c['work']}, så der "
        f"kan tages stilling til fleksjob inden {d1}.",
        f"STU: {f} møder stabilt på STU-forløbet på Produktionsskolen og deltager i en "
        f"praktik på 2 dage om ugen fra {d1}.",
    ]
    return rng.choice(opts)


def goal_unclear(rng, c) -> str:
    f = c["cit"].first
    opts = [
        "Støtte til at komme videre og øget trivsel.",
        f"At {f} får mere struktur på hverdagen og et bedre selvværd.",
        f"Motivere {f} og arbejde med sig selv.",
        "Sikre at borgeren kommer tættere på arbejdsmarkedet.",
        f"Hjælp til at {f} får overblik over sin økonomi og sin bolig.",
        f"{f} skal have det bedre og finde ud af, hvad {c['cit'].pron} vil.",
        "Øget trivsel og mestring af eget liv.",
        f"At {f} får en god hverdag med mindre stress.",
    ]
    return rng.choice(opts)


# ---- tasks -----------------------------------------------------------------------------------
def tasks(rng, c, allow_status=True) -> list[str]:
    f = c["cit"].first
    pool = [
        f"følge {f} til praktikstedet de første to uger",
        "ugentlig samtale om fremmøde og transport",
        "hjælpe med at lave en ugeplan med faste mødetider",
        "deltage i opstartsmøde med skolen/arbejdspladsen",
        "være bindeled til arbejdsgiver ved fravær",
        "hjælpe med kontakt til SU-styrelsen og studievejleder",
        "træne busruten til skolen sammen med " + c["cit"].obj,
        "hjælpe med at åbne e-Boks og svare på breve fra kommunen",
        "støtte i at holde struktur på afleveringer (ikke faglig lektiehjælp)",
        "forberede jobsamtaler og gennemgå ansøgninger",
        "tage med til lægen, hvis det har betydning for fremmødet",
        "hjælpe med at finde en fast døgnrytme (vækning, morgenrutine)",
    ]
    if allow_status:
        pool.append("give kort skriftlig status til sagsbehandleren hver måned")
    return rng.sample(pool, rng.randint(3, 5))


# ---- hours -----------------------------------------------------------------------------------
def hours_ok(rng, c) -> str:
    f = c["cit"].first
    return rng.choice([
        "3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "halvanden time om ugen",
        "to timer om ugen", "24 mentortimer i perioden", "2-3 timer om ugen", "4 t/uge",
        "8 timer om måneden", "Op til 5 timer om ugen de første 4 uger, derefter 2 timer om ugen",
        "I mødes hver tirsdag kl. 9-11 (2 timer)", "½ time dagligt på hverdage",
        f"{rng.choice([2, 3, 4])} timer om ugen. Tidspunkter efter aftale mellem {f} og mentor.",
        "Samlet 40 timer, fordelt med ca. 2 timer om ugen",
    ])


def hours_vague(rng) -> str:
    return rng.choice(["Efter behov", "Et par timer om ugen", "Løbende efter aftale",
                       "Aftales mellem mentor og borger"])


# ---- follow-up -------------------------------------------------------------------------------
def follow_up(rng, c) -> str:
    f = c["cit"].first
    end = c["end"] if c.get("end") else add_months(c["start"], 6)
    ev = fmt_date(end - dt.timedelta(days=14), rng.choice(["long", "dots"]))
    return rng.choice([
        f"Statusmøde hver måned med {f}, mentor og sagsbehandler. Slutevaluering 14 dage før ophør.",
        "Vi mødes alle tre efter 6 uger og igen 14 dage inden aftalen udløber. Progressionen måles "
        "på fremmøde (antal dage pr. uge).",
        "Mentor giver kort skriftlig status til sagsbehandler hver 4. uge. Midtvejsevaluering efter "
        "3 måneder.",
        f"Opfølgningssamtale i kommunen hver 3. måned og evaluering senest {ev}. Delmål: fremmøde "
        f"4 dage om ugen fra måned 2.",
        "Evalueres på netværksmøde fire uger før bevillingsudløb.",
        "Vi holder statusmøde hver 6. uge, hvor vi ser på, om delmålene er nået. Sidste møde ligger "
        "14 dage før aftalen slutter.",
        f"Sagsbehandler ringer til {f} og mentor en gang om måneden. Forløbet evalueres ved udløb.",
        "Progression: mentor noterer fremmødet hver uge; midtvejsstatus efter 3 måneder og "
        "slutstatus inden ophør.",
        f"Der følges op på målene ved jobsamtalerne. Vi evaluerer forløbet sammen den {ev}.",
    ])


# ---- appeal ----------------------------------------------------------------------------------
def appeal_full(rng, c) -> list[str]:
    m = c["muni"]
    return rng.choice([
        ["Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
         "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis "
         "kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som "
         "tager stilling til afgørelsen."],
        [f"Du kan klage over afgørelsen om mentorstøtte. Klagen skal sendes til {m['name']}, "
         f"{m['dept']}, {m['addr']}, senest 4 uger efter, at du har modtaget afgørelsen.",
         "Du kan klage mundtligt eller skriftligt. Vi genvurderer sagen, og fastholder vi "
         "afgørelsen, sender vi klagen og sagens akter videre til Ankestyrelsen "
         "(Beskæftigelsesudvalget), jf. LAB § 204 og retssikkerhedslovens kapitel 10."],
        [f"Er du uenig, kan du klage til os inden 4 uger fra du har fået dette brev – ring på "
         f"{m['phone']} eller skriv via borger.dk. Vi ser på sagen igen. Giver vi dig ikke ret, "
         f"sender vi klagen videre til Ankestyrelsen."],
        [f"Hvis du vil klage over afgørelsen, skal du kontakte {m['dept']} senest 4 uger efter, at "
         f"du har modtaget den. Du kan ringe på {m['phone']} eller skrive til os via Digital Post.",
         "Vi vurderer din sag igen. Hvis vi fastholder afgørelsen, sender vi din klage videre til "
         "Ankestyrelsen, Beskæftigelsesudvalget. Du får besked, når klagen er sendt videre."],
        ["Klage: Du kan klage til jobcentret inden fire uger efter modtagelsen af denne aftale. "
         "Jobcentret genvurderer afgørelsen og sender den videre til Ankestyrelsen, hvis den "
         "fastholdes (LAB § 204)."],
        [f"Klagefristen er 4 uger fra modtagelsen. Klagen sendes til {m['name']}, som genvurderer "
         f"afgørelsen inden 4 uger. Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen."],
    ])


def appeal_vague(rng) -> list[str]:
    return [rng.choice(["Du kan klage over afgørelsen.",
                        "Hvis du er utilfreds, kan du klage til kommunen.",
                        "Du har mulighed for at klage. Kontakt din sagsbehandler."])]


# ---- period ----------------------------------------------------------------------------------
def period_text(rng, c, kind: str) -> tuple[str, dict | None, list[str]]:
    """Return (text, manifest period, traits). kind: ok | exact6 | over | ext | weeks26."""
    s = c["start"]
    traits: list[str] = []
    if kind == "over":
        v = rng.choice(["9m", "12m_len", "7m", "year", "weeks", "10m"])
        if v == "9m":
            e = add_months(s, 9) - dt.timedelta(days=1)
        elif v == "7m":
            e = add_months(s, 7) - dt.timedelta(days=1)
        elif v == "10m":
            e = add_months(s, 10) - dt.timedelta(days=1)
        elif v == "year":
            s = dt.date(2026, 1, 1)
            e = dt.date(2026, 12, 31)
        elif v == "12m_len":
            c["end"] = add_months(s, 12) - dt.timedelta(days=1)
            return (f"12 måneder fra {fmt_date(s, rng.choice(['long', 'dots']))}",
                    {"start": s.isoformat(), "end": c["end"].isoformat()}, ["period:over", "period:length"])
        else:  # weeks
            w0 = s.isocalendar()[1]
            c["end"] = s + dt.timedelta(weeks=34)
            return (f"uge {w0}-{w0 + 34}, 2026" if w0 + 34 <= 52 else f"40 uger fra "
                    f"{fmt_date(s, 'long')}", None, ["period:over", "period:weeks"])
        traits.append("period:over")
    elif kind == "exact6":
        e = add_months(s, 6) - dt.timedelta(days=1)
        traits.append("period:exact-six")
    elif kind == "discharge":
        e = add_months(s, 9) - dt.timedelta(days=1)
        c["start"], c["end"] = s, e
        return (f"{fmt_date(s, 'long')} – {fmt_date(e, 'long')} (fra ca. 3 måneder før forventet "
                f"udskrivning og 6 måneder efter)", {"start": s.isoformat(), "end": e.isoformat()},
                ["period:discharge-coordinator-9m"])
    elif kind == "weeks26":
        c["end"] = s + dt.timedelta(weeks=26)
        return (f"26 uger fra {fmt_date(s, rng.choice(['long', 'den']))}", None, ["period:weeks26"])
    else:
        n = rng.choice([3, 4, 5, 6])
        e = add_months(s, n) - dt.timedelta(days=1)
        r = rng.random()
        if r < .12:
            c["start"], c["end"] = s, e
            return (rng.choice([f"fra {fmt_date(s, 'long')} og {n} måneder frem",
                                f"pr. {fmt_date(s, 'dots')} i {n} mdr.",
                                f"{n} måneder med start {fmt_date(s, 'den')}"]),
                    {"start": s.isoformat(), "end": e.isoformat()}, ["period:start-plus-length"])
        if r < .2 and s.day == 1:
            c["start"], c["end"] = s, e
            return (f"{MONTHS[s.month - 1]}–{MONTHS[e.month - 1]} {e.year}"
                    if s.year == e.year else f"{MONTHS[s.month - 1]} {s.year} – {MONTHS[e.month - 1]} {e.year}",
                    {"start": s.isoformat(), "end": e.isoformat()}, ["period:month-range"])
    c["start"], c["end"] = s, e
    st = rng.choice(DATE_STYLES)
    a, b = fmt_date(s, st), fmt_date(e, st)
    text = rng.choice([f"{a} – {b}", f"{a} - {b}", f"{a} til {b}", f"fra {a} til og med {b}",
                       f"f.o.m. {a} t.o.m. {b}", f"{a}-{b}" if st in ("dots", "iso") else f"{a} til {b}"])
    return text, {"start": s.isoformat(), "end": e.isoformat()}, traits


# --------------------------------------------------------------------------------------------
# Agreement composition
# --------------------------------------------------------------------------------------------
L = {  # label variants per field
    "goal": ["Mål", "Målet med mentorstøtten", "Formål med mentorstøtten", "Borgerens mål",
             "Mål for forløbet", "Hvad er målet?", "Mål og delmål", "Formål", "Målsætning",
             "Hvad vil du opnå?", "Mentorstøttens formål"],
    "mentor": ["Mentor", "Mentors navn og kontaktdata", "Din mentor", "Mentorens kontaktoplysninger",
               "Kontaktperson (mentor)", "Mentor – navn og tlf.", "Hvem er din mentor?",
               "Mentors kontaktdata", "Mentor (navn, tlf., mail)"],
    "tasks": ["Mentorens opgaver", "Opgaver", "Indsatsområder", "Hvad skal mentor hjælpe med?",
              "Støtten består i", "Aftalte opgaver for mentor", "Mentor skal hjælpe med",
              "Mentorens opgaver og indsatsområder", "Hvad skal mentor gøre?"],
    "period": ["Periode", "Varighed", "Aftalens varighed", "Bevilget i perioden", "Forløbets længde",
               "Hvor længe?", "Gyldig", "Start- og slutdato", "Bevillingsperiode"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang", "Timeantal", "Hvor meget?",
              "Mentortimer", "Antal mentortimer"],
    "follow": ["Opfølgning", "Evaluering", "Status og opfølgning", "Sådan følger vi op",
               "Opfølgning og progression", "Hvornår følger vi op?", "Delmål og opfølgning"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang",
               "Klagemuligheder", "Hvis du er uenig"],
}
PLACEHOLDERS = ["Udfyldes senere", "-", "xx", "…", "(udfyldes af sagsbehandler)", "Følger"]
TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Samarbejdsaftale – mentorforløb",
          "Aftale om mentorstøtte efter LAB § 167", "Skriftlig aftale om mentor",
          "Aftale om mentorstøtte (§ 31 b)", "Mentorstøtte – aftale"]


def agreement(rng, c, spec: dict, layout: str) -> tuple[list, dict]:
    """Compose one agreement. spec keys: missing (set of fields), placeholder (field->True),
    unclear, vague_hours, vague_appeal, period kind, mentor_defect."""
    m, cit, men = c["muni"], c["cit"], c["men"]
    miss = spec.get("missing", set())
    traits = [f"layout:{layout}"]
    ptext, period, ptraits = period_text(rng, c, spec.get("period", "ok"))
    traits += ptraits
    goal = goal_unclear(rng, c) if spec.get("unclear") else goal_clear(rng, c)
    if spec.get("period") == "discharge":
        goal = (f"At {cit.first} efter udskrivningen fra Psykiatrien {m['city']} genoptager sin "
                f"uddannelse på VUC med mindst 3 fag i efteråret og møder frem 4 dage om ugen.")
    tl = tasks(rng, c, allow_status="follow" not in miss and spec.get("placeholder") != "follow")
    hrs = hours_vague(rng) if spec.get("vague_hours") else hours_ok(rng, c)
    fu = follow_up(rng, c)
    ap = appeal_vague(rng) if spec.get("vague_appeal") else appeal_full(rng, c)
    md = spec.get("mentor_defect")
    mentor_val = {
        None: rng.choice([f"{men.name}, {c['prov']}, tlf. {c['mphone']}, {c['mmail']}",
                          f"{men.name} ({c['prov']}) – {c['mphone']} / {c['mmail']}",
                          f"{men.name}\nTlf.: {c['mphone']}\nMail: {c['mmail']}",
                          f"{men.name}, {c['prov']}. Telefon {c['mphone']}",
                          f"{men.name} – træffes på {c['mphone']} (hverdage kl. 8-15)",
                          f"{men.name}, {c['prov']}\n{c['mmail']}",
                          f"Navn: {men.name}\nTelefon: {c['mphone']}\nE-mail: {c['mmail']}"]),
        "name_only": f"{men.name}, {c['prov']}",
        "later": rng.choice(["Tildeles senere", "Findes af leverandøren", "NN"]),
    }[md if md in (None, "name_only", "later") else None]
    ph = spec.get("placeholder")

    def val(field, v):
        return rng.choice(PLACEHOLDERS) if ph == field else v

    lab = {k: rng.choice(v) for k, v in L.items()}
    title = rng.choice(TITLES)
    if spec.get("period") == "discharge":
        title = "Aftale om udskrivningskoordinator (mentorstøtte, LAB § 167, stk. 2)"
        traits.append("discharge-coordinator")
    extension_note = None
    if spec.get("extension"):
        title = rng.choice(["Forlængelse af mentoraftale", "Aftale om mentorstøtte – ny periode"])
        ps = add_months(c["start"], -6)
        extension_note = (f"Aftalen er en forlængelse. Forrige periode var {fmt_date(ps, 'dots')} – "
                          f"{fmt_date(c['start'] - dt.timedelta(days=1), 'dots')}. Ny periode er "
                          f"bevilget efter en konkret vurdering, jf. LAB § 167, stk. 1.")
        traits.append("extension")
    blocks: list = [("title", title)]
    if rng.random() < .5:
        blocks.insert(0, ("p", f"{m['name']} · {m['dept']}"))
    head = [("Borger", cit.name)]
    if c["cpr"]:
        head.append((rng.choice(["CPR-nr.", "Cpr.nr.", "CPR"]), c["cpr"]))
        traits.append("cpr")
    head.append(("Sagsbehandler", f"{c['cw'].name}, tlf. {c['cwphone']}, {c['cwmail']}"))
    head.append(("Dato", fmt_date(c["written"], rng.choice(["long", "dots"]))))
    if rng.random() < .5:
        head.insert(1, ("Sagsnr.", c["sagsnr"]))
    fields = []  # (key, label, value-or-list)
    if "goal" not in miss:
        fields.append(("goal", lab["goal"], val("goal", goal)))
    if "mentor" not in miss:
        fields.append(("mentor", lab["mentor"], val("mentor", mentor_val)))
    if "tasks" not in miss:
        fields.append(("tasks", lab["tasks"], tl if ph != "tasks" else rng.choice(PLACEHOLDERS)))
    if "period" not in miss:
        pv = ptext if ph != "period" else rng.choice(["Indtil videre", "Aftales nærmere",
                                                        "Udfyldes senere"])
        fields.append(("period", lab["period"], pv))
    if "hours" not in miss:
        fields.append(("hours", lab["hours"], val("hours", hrs)))
    if "follow" not in miss:
        fields.append(("follow", lab["follow"], val("follow", fu)))
    if "appeal" not in miss:
        fields.append(("appeal", lab["appeal"], ap))
    if len(fields) > 2 and rng.random() < .35:  # some writers put the mentor before the goal
        fields[0], fields[1] = fields[1], fields[0]

    if layout == "headings":
        blocks.append(("kv", head) if rng.random() < .4 else ("p", " · ".join(f"{a}: {b}" for a, b in head)))
        for key, lb, v in fields:
            blocks.append(("h", 2, lb))
            if isinstance(v, list) and key == "tasks":
                if rng.random() < .4:
                    blocks.append(("p", f"{men.first} skal hjælpe dig med:"))
                blocks.append(("ul" if rng.random() < .75 else "ol", [t[0].upper() + t[1:] for t in v]))
            elif isinstance(v, list):
                blocks += [("p", x) for x in v]
            else:
                blocks += [("p", x) for x in v.split("\n")]
    elif layout == "table":
        blocks.append(("kv", head))
        rows = []
        for key, lb, v in fields:
            if key == "appeal":
                continue
            if isinstance(v, list):
                bullet = rng.choice(["• ", "- ", "", "– "])
                v = "\n".join(bullet + t for t in v)
            rows.append((lb, v))
        if rng.random() < .3:
            rows = [(f"{i}. {a}", v) for i, (a, v) in enumerate(rows, 1)]
        if rng.random() < .3:
            rows.insert(0, rng.choice([("Punkt", "Aftale"), ("Emne", "Indhold"), ("", "Beskrivelse")]))
        blocks.append(("kv", rows))
        apf = [f for f in fields if f[0] == "appeal"]
        if apf:
            blocks.append(("h", 2, apf[0][1]))
            blocks += [("p", x) for x in apf[0][2]]
    elif layout == "numbered":
        blocks.append(("kv", head) if rng.random() < .5 else ("p", "\n".join(f"{a}: {b}" for a, b in head)))
        inline = rng.random() < .5
        for key, lb, v in fields:
            if inline and not isinstance(v, list) and "\n" not in v:
                blocks.append(("numh", f"{lb}: {v}"))
                continue
            blocks.append(("numh", lb))
            if isinstance(v, list) and key == "tasks":
                blocks.append(("ul", v))
            elif isinstance(v, list):
                blocks += [("p", x) for x in v]
            else:
                blocks += [("p", x) for x in v.split("\n")]
    else:  # letter: prose, fields in sentences, sometimes bold pseudo-headings
        blocks = [("p", f"{m['name']}\n{m['dept']}\n{m['addr']}"),
                  ("p", f"{cit.name}" + (f"\nCPR-nr. {c['cpr']}" if c["cpr"] else "")),
                  ("p", f"{m['city']}, {fmt_date(c['written'], 'den')}"),
                  ("title", title),
                  ("p", f"Kære {cit.first}"),
                  ("p", rng.choice([
                      f"Tak for snakken på mødet {fmt_date(c['written'], 'den')}. Her er den aftale om "
                      f"mentorstøtte, vi lavede sammen.",
                      "Du har sagt ja til at få en mentor. Nedenfor kan du læse, hvad vi har aftalt.",
                      "Hermed bekræfter vi aftalen om mentorstøtte efter lov om en aktiv "
                      "beskæftigelsesindsats § 167."]))]
        bold = rng.random() < .5
        for key, lb, v in fields:
            if bold:
                blocks.append(("boldp", lb))
            if key == "goal":
                if ph == "goal" or isinstance(v, str) and v in PLACEHOLDERS:
                    blocks.append(("p", f"{'' if bold else 'Mål: '}{v}"))
                else:
                    blocks.append(("p", rng.choice(["Vi har aftalt følgende mål for forløbet: ",
                                                     "Målet er: ", ""]) + v))
            elif key == "mentor":
                if md is None and ph != "mentor":
                    blocks.append(("p", rng.choice([
                        f"Din mentor er {men.name} fra {c['prov']}. Du kan fange {men.obj} på "
                        f"tlf. {c['mphone']} eller skrive til {c['mmail']}.",
                        f"{men.name} bliver din mentor. {men.first} har telefon {c['mphone']} og "
                        f"mail {c['mmail']}."])))
                else:
                    blocks.append(("p", f"{'' if bold else 'Mentor: '}{v}"))
            elif key == "tasks":
                if isinstance(v, list):
                    blocks.append(("p", rng.choice([f"{men.first} skal hjælpe dig med:",
                                                     "Mentor skal hjælpe dig med følgende:",
                                                     "Det er aftalt, at mentor hjælper med at:"])))
                    blocks.append(("ul", v))
                else:
                    blocks.append(("p", f"{'' if bold else 'Opgaver: '}{v}"))
            elif key == "period":
                blocks.append(("p", f"Aftalen gælder {v}." if ph != "period" else
                               f"{'' if bold else 'Periode: '}{v}"))
            elif key == "hours":
                first = v.split()[0]
                if ph == "hours" or spec.get("vague_hours") or bold:
                    blocks.append(("p", f"{'' if bold else 'Timetal: '}{v}"))
                elif first[0].isdigit() or first in ("to", "halvanden", "½", "1½"):
                    blocks.append(("p", rng.choice([f"Du har {v} med din mentor.",
                                                     f"Mentoren er bevilget med {v}."])))
                else:
                    blocks.append(("p", v.rstrip(".") + "."))
            elif key == "follow":
                blocks.append(("p", v))
            elif key == "appeal":
                if not bold:
                    blocks.append(("boldp", lb))
                blocks += [("p", x) for x in v]
        blocks.append(("p", f"Venlig hilsen\n{c['cw'].name}\nSagsbehandler, tlf. {c['cwphone']}"))
    if extension_note:
        blocks.insert(next(i for i, b in enumerate(blocks) if b[0] == "title") + 1, ("p", extension_note))
    if layout != "letter":
        if rng.random() < .6:
            blocks.append(("p", "Vi er enige om aftalen. Støtten kan gives i højst 6 måneder ad "
                                "gangen, med mulighed for forlængelse efter en ny vurdering."
                           if rng.random() < .5 else "Underskrifter:"))
        blocks.append(("p", f"Borger: ____________   Mentor: ____________   Sagsbehandler: "
                            f"{c['cw'].name}"))
    return blocks, {"period": period, "traits": traits}


# --------------------------------------------------------------------------------------------
# Decision letters
# --------------------------------------------------------------------------------------------
def decision(rng, c, dkind: str) -> tuple[list, dict]:
    m, cit = c["muni"], c["cit"]
    s = c["start"]
    e = add_months(s, 6) - dt.timedelta(days=1)
    traits = [f"decision:{dkind}"]
    extras: list[str] = []
    rules: list[str] = []
    st = rng.choice(["long", "dots", "den"])
    if dkind == "over6":
        e = add_months(s, 10) - dt.timedelta(days=1)
        rules.append("duration-over-6-months")
    period = {"start": s.isoformat(), "end": e.isoformat()}
    hrs = rng.choice([2, 3, 4, 5])
    head = [("p", f"{m['name']}\n{m['dept']}\n{m['addr']}\nTlf. {m['phone']}"),
            ("p", f"{cit.name}" + (f"\nCpr.nr.: {c['cpr']}" if c["cpr"] else "")),
            ("p", f"Dato: {fmt_date(c['written'], 'long')}\nSagsnr.: {c['sagsnr']}")]
    if c["cpr"]:
        traits.append("cpr")
    b: list = list(head)
    reasons = [("h", 2, rng.choice(["Begrundelse", "Begrundelse for afgørelsen",
                                     "Hvorfor har du fået denne afgørelse?"])),
               ("p", f"Vi har lagt vægt på, at {rng.choice(['du i dag deltager i virksomhedspraktik og har en fast kontaktperson på arbejdspladsen', 'din nuværende støtte fra Ungeindsatsen dækker behovet', 'du selv har givet udtryk for, at du klarer praktikken uden støtte', 'du har en bevilling efter serviceloven § 85, som dækker de samme opgaver'])}. "
                       f"Efter lov om en aktiv beskæftigelsesindsats § 167 kan der gives mentorstøtte, "
                       f"hvis det er nødvendigt for, at du kan opnå eller fastholde beskæftigelse "
                       f"eller gennemføre en uddannelse. Det vurderer vi ikke, at det er.")]
    if dkind in ("grant", "grant_noappeal", "over6", "wrong_route"):
        b.append(("title", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                                       "Du får bevilget mentorstøtte"])))
        b.append(("p", f"Kære {cit.first}"))
        b.append(("p", rng.choice([
            f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om "
            f"en aktiv beskæftigelsesindsats § 167 i perioden {fmt_date(s, st)} til "
            f"{fmt_date(e, st)} med {hrs} timer om ugen.",
            f"{m['name']} har den {fmt_date(c['written'], 'long')} besluttet at bevilge dig "
            f"mentorstøtte, jf. LAB § 167, stk. 1. Bevillingen gælder fra {fmt_date(s, st)} og "
            f"til og med {fmt_date(e, st)}, og omfatter {hrs} timer ugentligt.",
            f"Vi har nu behandlet din sag og kan bevilge mentor fra {fmt_date(s, st)} – "
            f"{fmt_date(e, st)}. Der er afsat {hrs} timer pr. uge."])))
        b.append(("p", f"Mentorstøtten skal hjælpe dig med at {rng.choice(['starte og blive i din praktik', 'komme godt i gang med uddannelsen', 'fastholde dit fleksjob'])}. "
                       f"Din mentor bliver {c['men'].name} fra {c['prov']}. Den konkrete aftale om "
                       f"mål og opgaver laver I sammen ved første møde."))
        if rng.random() < .5:
            b.append(("p", "Du har fået fuldt ud medhold i din ansøgning."))
    elif dkind == "partial":
        b.append(("title", "Afgørelse – delvis bevilling af mentorstøtte"))
        b.append(("p", f"Du har søgt om mentorstøtte i 9 måneder med 5 timer om ugen. Vi har "
                       f"bevilget mentorstøtte i perioden {fmt_date(s, st)} – {fmt_date(e, st)} "
                       f"med {hrs - 1 if hrs > 2 else 2} timer om ugen. Du får altså færre timer og "
                       f"en kortere periode, end du søgte om."))
        b.append(("h", 2, "Begrundelse"))
        b.append(("p", "Mentorstøtte kan efter LAB § 167, stk. 1 gives i højst 6 måneder ad gangen. "
                       "Vi har lagt vægt på, at din praktik er på 15 timer om ugen, og at behovet "
                       "for støtte er størst i starten. Der kan efter en konkret vurdering gives en "
                       "ny periode ved udløb."))
    elif dkind in ("refusal", "refusal_noreason"):
        b.append(("title", rng.choice(["Afslag på mentorstøtte", "Afgørelse om mentorstøtte"])))
        b.append(("p", f"Kære {cit.first}"))
        b.append(("p", f"Du har den {fmt_date(c['written'] - dt.timedelta(days=20), 'long')} søgt "
                       f"om mentorstøtte. Vi har givet dig afslag på mentorstøtte."))
        if dkind == "refusal":
            b += reasons
        else:
            extras.append("missing-reasons")
            traits.append("defect:no-reasons")
    elif dkind == "stop":
        b.append(("title", "Ophør af mentorstøtte"))
        b.append(("p", f"Din mentorstøtte ophører pr. {fmt_date(s, st)}."))
        b.append(("h", 2, "Begrundelse"))
        b.append(("p", "Vi har lagt vægt på, at du er startet i ordinært job 30 timer om ugen og "
                       "selv har sagt, at du ikke længere har brug for en mentor, jf. LAB § 167."))
        period = None
    if dkind == "grant_noappeal":
        rules.append("missing-appeal-guidance")
        b.append(("p", "Har du spørgsmål, er du velkommen til at kontakte mig."))
    elif dkind == "wrong_route":
        b.append(("h", 2, "Klagevejledning"))
        b.append(("p", rng.choice(["Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget "
                                   "denne afgørelse. Klagen sendes direkte til Ankestyrelsen, Teglgårdstræde "
                                   "11, 1452 København K.",
                                   "Hvis du er uenig, kan du klage direkte til Ankestyrelsen senest fire "
                                   "uger efter modtagelsen af afgørelsen."])))
        extras.append("appeal-wrong-route")
    else:
        b.append(("h", 2, rng.choice(L["appeal"])))
        b += [("p", x) for x in appeal_full(rng, c)]
    b.append(("p", f"Med venlig hilsen\n{c['cw'].name}\nSagsbehandler\n{c['cwmail']}"))
    return b, {"rules": rules, "extras": extras, "traits": traits, "period": period}


# --------------------------------------------------------------------------------------------
# Documents that are none of the kinds
# --------------------------------------------------------------------------------------------
def unknown_doc(rng, c, sub: str) -> list:
    m, cit, men = c["muni"], c["cit"], c["men"]
    s = c["start"]
    if sub == "referat":
        return [("title", "Referat af opfølgningsmøde"),
                ("kv", [("Dato", fmt_date(s + dt.timedelta(days=45), "long")),
                        ("Deltagere", f"{cit.name}, {men.name} (mentor), {c['cw'].name} (sagsbehandler)"),
                        ("Referent", c["cw"].name)]),
                ("h", 2, "1. Status"),
                ("p", f"{cit.first} fortæller, at praktikken hos {c['work']} går godt. Fremmødet har "
                      f"været 4 ud af 5 dage de sidste tre uger."),
                ("h", 2, "2. Mentorstøtten"),
                ("p", f"Mentor ({men.first}) har brugt ca. 3 timer om ugen, mest på transport og "
                      f"samtaler om morgenrutiner. Aftalen løber til {fmt_date(add_months(s, 6), 'long')}."),
                ("h", 2, "3. Aftaler"),
                ("ul", ["Næste møde om 6 uger", f"{c['cw'].first} undersøger løntilskud",
                        f"{men.first} sender status inden næste møde"])]
    if sub == "statusrapport":
        return [("title", "Statusrapport – mentorforløb"),
                ("p", f"Fra: {c['prov']} / {men.name}\nTil: {m['name']}, {c['cw'].name}"),
                ("kv", [("Borger", cit.name), ("Rapportperiode", f"{fmt_date(s, 'dots')} – "
                                                                 f"{fmt_date(add_months(s, 1), 'dots')}"),
                        ("Forbrugte timer", "11,5")]),
                ("h", 2, "Forløbet i perioden"),
                ("p", f"{cit.first} har mødt op til alle aftaler. Vi har arbejdet med målet om "
                      f"praktik og har haft fokus på at komme til tiden. {cit.pron.capitalize()} er "
                      f"blevet bedre til selv at tage bussen."),
                ("h", 2, "Vurdering og anbefaling"),
                ("p", "Mentor anbefaler, at forløbet fortsætter med uændret timetal. "
                      "Næste statusrapport sendes om en måned.")]
    if sub == "faktura":
        return [("title", f"FAKTURA nr. {rng.randint(2000, 2999)}"),
                ("p", f"{c['prov']}\nCVR {rng.randint(10000000, 99999999)}\n{c['mmail']}"),
                ("p", f"Til: {m['name']}, {m['dept']}, {m['addr']}\nEAN: 579800{rng.randint(1000000, 9999999)}"),
                ("kv", [("Ydelse", "Mentorstøtte jf. aftale"), ("Borger (initialer)", "".join(x[0] for x in cit.name.split())),
                        ("Periode", f"{MONTHS[s.month - 1]} 2026"), ("Timer", "12 t à 495,00 kr."),
                        ("I alt ekskl. moms", "5.940,00 kr."), ("Moms 25 %", "1.485,00 kr."),
                        ("I alt", "7.425,00 kr.")]),
                ("p", "Betalingsbetingelser: netto 30 dage. Bank: reg. 1234 konto 0001234567.")]
    if sub == "pjece":
        return [("title", "Få en mentor – til dig, der er ledig"),
                ("p", "En mentor er en person, der kan hjælpe dig med at komme i gang med et job, "
                      "en praktik eller en uddannelse."),
                ("h", 2, "Hvad står der i aftalen?"),
                ("p", "Når du får en mentor, laver vi en skriftlig aftale. Den indeholder:"),
                ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata",
                        "hvilke opgaver mentoren skal hjælpe med", "hvor længe aftalen varer og hvordan vi følger op",
                        "hvor mange timer om ugen du har mentor", "klagevejledning"]),
                ("h", 2, "Hvor længe?"),
                ("p", "Du kan få mentor i op til 6 måneder ad gangen. Perioden kan forlænges."),
                ("p", f"Spørgsmål? Ring til {m['dept']} på {m['phone']}.")]
    if sub == "idraetsforening":
        return [("title", "Mentoraftale – Ungdomsafdelingen"),
                ("p", f"{m['city']} Boldklub · Ungdomsudvalget"),
                ("kv", [("Spiller", cit.name), ("Mentor (seniorspiller)", f"{men.name}, {c['mphone']}"),
                        ("Periode", "Forårssæsonen 2026 (marts – juni)"),
                        ("Mål", "Spilleren kommer til træning to gange om ugen og hjælper med at træne U10"),
                        ("Mentors opgaver", "Følge op på fremmøde, være en god rollemodel, tage med til "
                                            "stævner"),
                        ("Tid", "ca. 1 time om ugen efter træning")]),
                ("p", "Aftalen er frivillig og kan opsiges af begge parter. Klubben har ikke ansvar "
                      "for kørsel."),
                ("p", "Underskrift spiller / forælder / mentor")]
    if sub == "friskole":
        return [("title", "Mentoraftale mellem elev og skole"),
                ("p", f"Friskolen i {m['city']} – udskolingen"),
                ("h", 2, "Formål"),
                ("p", f"At {cit.first} (8. klasse) får bedre styr på lektier og afleveringer og "
                      f"trives i klassen."),
                ("h", 2, "Mentor"),
                ("p", f"Lærer {men.name}, {c['mmail']}"),
                ("h", 2, "Det aftaler vi"),
                ("ol", ["Vi mødes hver mandag i 2. frikvarter (20 min).",
                        "Mentor tjekker ugeplanen på Aula sammen med eleven.",
                        "Forældrene orienteres hver 4. uge."]),
                ("p", "Aftalen gælder skoleåret 2026/27 og evalueres ved skole-hjem-samtalen.")]
    if sub == "stillingsopslag":
        return [("title", "Vi søger mentorer til ungeindsatsen"),
                ("p", f"{m['name']} søger 2 mentorer på 37 timer om ugen til {m['dept']}."),
                ("h", 2, "Dine opgaver"),
                ("ul", ["støtte unge i overgangen til uddannelse og job", "samarbejde med skoler "
                        "og virksomheder", "skrive statusnotater"]),
                ("h", 2, "Vi forventer"),
                ("p", "Du har en relevant uddannelse, fx som socialrådgiver eller pædagog."),
                ("p", f"Ansøgningsfrist: {fmt_date(s, 'long')}. Yderligere oplysninger: "
                      f"{c['cw'].name}, tlf. {c['cwphone']}.")]
    if sub == "arbejdsgang":
        return [("title", "Arbejdsgang: Bevilling af mentorstøtte (intern)"),
                ("p", f"{m['dept']} · Version 3 · Godkendt af ledelsen"),
                ("ol", ["Sagsbehandler vurderer behovet og noterer det i journalen.",
                        "Bevilling i fagsystemet: periode højst 6 måneder; timetal pr. uge.",
                        "Afgørelsen sendes til e-Boks med klagevejledning (4 uger).",
                        "Mentoraftalen udfyldes med de seks punkter og lægges i Min Plan.",
                        "Opfølgning senest 14 dage før periodens udløb."]),
                ("p", "Spørgsmål til arbejdsgangen rettes til teamlederen.")]
    if sub == "kvalitetsstandard":
        return [("title", "Kvalitetsstandard for mentorstøtte"),
                ("h", 2, "Lovgrundlag"),
                ("p", "Lov om en aktiv beskæftigelsesindsats kapitel 26, §§ 167-171."),
                ("h", 2, "Serviceniveau"),
                ("kv", [("Niveau 1", "0-1 time pr. uge – opfølgning hver 3. måned"),
                        ("Niveau 2", "1-2 timer pr. uge – opfølgning hver måned"),
                        ("Niveau 3", "Mere end 2 timer pr. uge – opfølgning hver måned")]),
                ("h", 2, "Varighed"),
                ("p", "Højst 6 måneder ad gangen med mulighed for forlængelse efter konkret vurdering."),
                ("h", 2, "Klageadgang"),
                ("p", "Afgørelser kan påklages til kommunen inden 4 uger; fastholdes afgørelsen, "
                      "sendes klagen til Ankestyrelsen.")]
    if sub == "mail":
        return [("p", f"Fra: {c['cw'].name} <{c['cwmail']}>\nTil: {men.name} <{c['mmail']}>\n"
                      f"Emne: Opstartsmøde – {cit.first}"),
                ("p", f"Hej {men.first}"),
                ("p", f"Jeg har fået bevilget mentor til {cit.first} fra {fmt_date(s, 'long')}. Kan du "
                      f"komme til opstartsmøde torsdag kl. 10 her i huset? Vi laver selve aftalen "
                      f"på mødet."),
                ("p", f"Venlig hilsen\n{c['cw'].name}\nTlf. {c['cwphone']}")]
    if sub == "indkaldelse":
        return [("p", f"{m['name']}\n{m['dept']}"),
                ("title", "Indkaldelse til samtale"),
                ("p", f"Kære {cit.first}"),
                ("p", f"Du er indkaldt til samtale om mentorstøtte {fmt_date(s - dt.timedelta(days=10), 'den')} "
                      f"kl. 13.00 på {m['addr']}. Du er velkommen til at tage en bisidder med."),
                ("p", "Hvis du ikke kan komme, skal du give besked senest dagen før."),
                ("p", f"Venlig hilsen\n{c['cw'].name}")]
    if sub == "partshoering":
        return [("p", f"{m['name']}\n{m['dept']}"),
                ("title", "Partshøring – mentorstøtte"),
                ("p", f"Kære {cit.first}"),
                ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du er startet i job. Før vi "
                      "træffer afgørelse, har du mulighed for at komme med bemærkninger."),
                ("p", f"Vi skal have dine bemærkninger senest {fmt_date(s, 'den')}. Du hører fra os, "
                      f"når vi har truffet afgørelse."),
                ("p", f"Venlig hilsen\n{c['cw'].name}")]
    if sub == "timeseddel":
        rows = [(fmt_date(s + dt.timedelta(days=7 * i), "dots"), rng.choice(["2,0 t – samtale", "1,5 t – følges til praktik", "2,5 t – møde på skolen"]))
                for i in range(6)]
        return [("title", f"Timeregistrering – mentor {men.name}"),
                ("p", f"Borger: {cit.name}  ·  Leverandør: {c['prov']}"),
                ("kv", [("Dato", "Timer / aktivitet")] + rows),
                ("p", "Timerne attesteres af mentor og sendes med månedens faktura.")]
    if sub == "erhvervsmentor":
        return [("title", "Erhvervsmentor – aftale om sparring"),
                ("p", f"{m['city']} Erhvervsråd · Iværksætterprogrammet"),
                ("kv", [("Iværksætter", f"{cit.name}, ApS under stiftelse"),
                        ("Mentor", f"{men.name}, tidl. direktør, {c['mphone']}"),
                        ("Formål", "Sparring om forretningsplan, likviditetsbudget og første kunder"),
                        ("Varighed", "12 måneder, 1 møde om måneden"),
                        ("Fortrolighed", "Parterne behandler oplysninger fortroligt")]),
                ("p", "Mentoren er frivillig og ulønnet. Aftalen kan opsiges uden varsel.")]
    raise ValueError(sub)


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
def write_docx(blocks, path: Path, c, footer: bool):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[2], level=b[1])
        elif t == "p":
            lines = b[1].split("\n")
            p = d.add_paragraph()
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
        elif t == "boldp":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif t == "numh":
            p = d.add_paragraph(style="List Number")
            if ": " in b[1]:
                lb, v = b[1].split(": ", 1)
                p.add_run(lb + ": ").bold = True
                p.add_run(v)
            else:
                p.add_run(b[1]).bold = True
        elif t in ("ul", "ol"):
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet" if t == "ul" else "List Number 2")
        elif t == "kv":
            tab = d.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for a, v in b[1]:
                row = tab.add_row().cells
                row[0].paragraphs[0].add_run(a).bold = True
                lines = v.split("\n")
                row[1].paragraphs[0].text = lines[0]
                for ln in lines[1:]:
                    row[1].add_paragraph(ln)
            d.add_paragraph()
    if footer:
        fp = d.sections[0].footer.paragraphs[0]
        fp.text = f"{c['muni']['name']} · {c['muni']['dept']} · {c['muni']['addr']}    Side "
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r = OxmlElement("w:r")
        tx = OxmlElement("w:t")
        tx.text = "1"
        r.append(tx)
        fld.append(r)
        fp._p.append(fld)
        for r in fp.runs:
            r.font.size = Pt(8)
    d.save(path)


def write_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ListLevelProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P, List, ListItem, Span, ListStyle, ListLevelStyleBullet, \
        ListLevelStyleNumber, LineBreak
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    hs = {}
    for lvl, size in ((1, "16pt"), (2, "13pt"), (3, "11pt")):
        st = Style(name=f"Heading_20_{lvl}", displayname=f"Heading {lvl}", family="paragraph")
        st.addElement(TextProperties(fontweight="bold", fontsize=size))
        doc.styles.addElement(st)
        hs[lvl] = st
    col = Style(name="C", family="table-column")
    col.addElement(TableColumnProperties(columnwidth="6cm"))
    doc.automaticstyles.addElement(col)
    ul = ListStyle(name="UL")
    lb = ListLevelStyleBullet(level=1, bulletchar="•")
    lb.addElement(ListLevelProperties(spacebefore="0.6cm", minlabelwidth="0.5cm"))
    ul.addElement(lb)
    ol = ListStyle(name="OL")
    ln = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".")
    ln.addElement(ListLevelProperties(spacebefore="0.6cm", minlabelwidth="0.6cm"))
    ol.addElement(ln)
    doc.automaticstyles.addElement(ul)
    doc.automaticstyles.addElement(ol)
    numh_list = None

    def para(text, parent):
        p = P()
        for i, line in enumerate(text.split("\n")):
            if i:
                p.addElement(LineBreak())
            p.addText(line)
        parent.addElement(p)

    for b in blocks:
        t = b[0]
        if t != "numh":
            numh_list = None
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=hs[1], text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=b[1], stylename=hs[min(b[1], 3)], text=b[2]))
        elif t == "p":
            para(b[1], doc.text)
        elif t == "boldp":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1]))
            doc.text.addElement(p)
        elif t == "numh":
            if numh_list is None:
                numh_list = List(stylename=ol)
                doc.text.addElement(numh_list)
            it = ListItem()
            p = P()
            if ": " in b[1]:
                a, v = b[1].split(": ", 1)
                p.addElement(Span(stylename=bold, text=a + ": "))
                p.addText(v)
            else:
                p.addElement(Span(stylename=bold, text=b[1]))
            it.addElement(p)
            numh_list.addElement(it)
        elif t in ("ul", "ol"):
            lst = List(stylename=ul if t == "ul" else ol)
            for x in b[1]:
                it = ListItem()
                it.addElement(P(text=x))
                lst.addElement(it)
            doc.text.addElement(lst)
        elif t == "kv":
            tab = Table(name=f"Tabel{len(doc.text.childNodes)}")
            tab.addElement(TableColumn(stylename=col, numbercolumnsrepeated=2))
            for a, v in b[1]:
                tr = TableRow()
                c1 = TableCell()
                p = P()
                p.addElement(Span(stylename=bold, text=a))
                c1.addElement(p)
                c2 = TableCell()
                for line in v.split("\n"):
                    c2.addElement(P(text=line))
                tr.addElement(c1)
                tr.addElement(c2)
                tab.addElement(tr)
            doc.text.addElement(tab)
    doc.save(str(path))


def write_html(blocks, path: Path, style: str, title: str):
    e = html.escape
    out = []
    n = 0
    if style == "casesystem":
        out.append('<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>'
                   f'{e(title)}</title><script>window.__cs={{"module":"journal","print":true}};'
                   'function p(){window.print()}</script><style>.lbl{font-weight:bold}</style>'
                   '</head><body><div id="app"><div class="doc"><div class="doc-body">')
    else:
        out.append(f'<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n<title>{e(title)}'
                   '</title>\n</head>\n<body>\n')
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h{b[1] + (1 if style == 'casesystem' else 0)}>{e(b[2])}</h{b[1] + (1 if style == 'casesystem' else 0)}>")
        elif t == "p":
            out.append("<p>" + "<br>".join(e(x) for x in b[1].split("\n")) + "</p>")
        elif t == "boldp":
            out.append(f"<p><strong>{e(b[1])}</strong></p>")
        elif t == "numh":
            n += 1
            if ": " in b[1]:
                a, v = b[1].split(": ", 1)
                out.append(f"<p><b>{n}. {e(a)}:</b> {e(v)}</p>")
            else:
                out.append(f"<h3>{n}. {e(b[1])}</h3>")
        elif t in ("ul", "ol"):
            out.append(f"<{t}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{t}>")
        elif t == "kv":
            if style == "casesystem":
                out.append('<div class="fields"><dl>' + "".join(
                    f'<div class="row"><dt class="lbl">{e(a)}</dt><dd><div>'
                    + "<br>".join(e(x) for x in v.split("\n")) + "</div></dd></div>"
                    for a, v in b[1]) + "</dl></div>")
            else:
                out.append('<table border="1" cellpadding="4">' + "".join(
                    f"<tr><th align=\"left\">{e(a)}</th><td>" + "<br>".join(e(x) for x in v.split("\n"))
                    + "</td></tr>" for a, v in b[1]) + "</table>")
    out.append("</div></div></div></body></html>" if style == "casesystem" else "\n</body>\n</html>\n")
    path.write_text("\n".join(out), encoding="utf-8")


def write_txt(blocks, path: Path, style: str, wrap: int | None):
    out: list[str] = []
    n = 0

    def w(text, indent=""):
        if not wrap:
            return [indent + text]
        return textwrap.wrap(text, wrap, initial_indent=indent, subsequent_indent=indent) or [""]

    for b in blocks:
        t = b[0]
        if t == "title":
            if style == "md":
                out += [f"# {b[1]}", ""]
            else:
                out += [b[1].upper(), "=" * len(b[1]), ""]
        elif t == "h":
            if style == "md":
                out += ["#" * (b[1] + 0) + " " + b[2], ""]
            elif style == "underline":
                out += [b[2], "-" * len(b[2]), ""]
            else:
                out += [b[2].upper(), ""]
        elif t in ("p", "boldp"):
            for ln in b[1].split("\n"):
                out += w(ln)
            out.append("")
        elif t == "numh":
            n += 1
            out += w(f"{n}. {b[1]}")
            out.append("")
        elif t in ("ul", "ol"):
            for i, x in enumerate(b[1], 1):
                wrapped = textwrap.wrap(x, (wrap or 200) - 3)
                out += [(("- " if t == "ul" else f"{i}) ") if j == 0 else "   ") + y
                        for j, y in enumerate(wrapped)]
            out.append("")
        elif t == "kv":
            wid = max(len(a) for a, _ in b[1]) + 2
            for a, v in b[1]:
                lines = v.split("\n")
                out.append(f"{a + ':':<{wid}} {lines[0]}")
                for ln in lines[1:]:
                    out.append(" " * (wid + 1) + ln)
            out.append("")
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def write_reportlab(blocks, path: Path, c, sidebar: bool):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, ListFlowable, ListItem)
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    e = html.escape
    story = []
    n = 0
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(e(b[1]), ss["Title"]))
        elif t == "h":
            story.append(Paragraph(e(b[2]), ss["Heading2" if b[1] <= 2 else "Heading3"]))
        elif t == "p":
            story.append(Paragraph("<br/>".join(e(x) for x in b[1].split("\n")), body))
        elif t == "boldp":
            story.append(Paragraph(f"<b>{e(b[1])}</b>", body))
        elif t == "numh":
            n += 1
            if ": " in b[1]:
                a, v = b[1].split(": ", 1)
                story.append(Paragraph(f"{n}. <b>{e(a)}:</b> {e(v)}", body))
            else:
                story.append(Paragraph(f"<b>{n}. {e(b[1])}</b>", body))
        elif t in ("ul", "ol"):
            story.append(ListFlowable([ListItem(Paragraph(e(x), body)) for x in b[1]],
                                      bulletType="bullet" if t == "ul" else "1", start="•" if t == "ul" else None))
        elif t == "kv":
            data = [[Paragraph(f"<b>{e(a)}</b>", body),
                     Paragraph("<br/>".join(e(x) for x in v.split("\n")), body)] for a, v in b[1]]
            tw = 12 * cm if sidebar else 16 * cm
            tb = Table(data, colWidths=[tw * .3, tw * .7])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), .4, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 6))

    m = c["muni"]

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(2 * cm, 1.2 * cm, f"{m['name']} · {m['dept']}")
        canvas.drawRightString(19 * cm, 1.2 * cm, f"Side {doc.page}")
        if sidebar:
            canvas.setFont("Helvetica-Bold", 9)
            y = 26 * cm
            canvas.drawString(1.2 * cm, y, m["name"])
            canvas.setFont("Helvetica", 8)
            for ln in [m["dept"], m["addr"].split(", ")[0], m["addr"].split(", ")[1], "",
                       f"Tlf. {m['phone']}", f"www.{m['mail']}", "", "Sagsbehandler:", c["cw"].name,
                       c["cwmail"]]:
                y -= 0.45 * cm
                canvas.drawString(1.2 * cm, y, ln)
        canvas.restoreState()

    if sidebar:
        frame = Frame(6.5 * cm, 2 * cm, 12.5 * cm, 25.5 * cm)
    else:
        frame = Frame(2 * cm, 2 * cm, 17 * cm, 25.5 * cm)
    doc = BaseDocTemplate(str(path), pagesize=A4, title="", author="")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=deco)])
    doc.build(story)


# --------------------------------------------------------------------------------------------
# Plan
# --------------------------------------------------------------------------------------------
def agreement_specs() -> list[tuple[dict, list[str]]]:
    """(spec, expected rules) for the ~70 agreements."""
    S = []
    for _ in range(28):
        S.append(({}, []))
    S += [({"period": "exact6"}, [])] * 4
    S += [({"period": "weeks26"}, [])] * 2
    S += [({"period": "discharge"}, []), ({"extension": True}, []), ({"extension": True}, [])]
    S += [({"missing": {"goal"}}, ["missing-goal"]), ({"placeholder": "goal"}, ["missing-goal"]),
          ({"missing": {"mentor"}}, ["missing-mentor"]),
          ({"mentor_defect": "name_only"}, ["missing-mentor"]),
          ({"mentor_defect": "name_only"}, ["missing-mentor"]),
          ({"mentor_defect": "later"}, ["missing-mentor"]),
          ({"missing": {"tasks"}}, ["missing-tasks"]), ({"placeholder": "tasks"}, ["missing-tasks"]),
          ({"missing": {"tasks"}}, ["missing-tasks"]),
          ({"missing": {"period"}}, ["missing-duration"]),
          ({"placeholder": "period"}, ["missing-duration"]),
          ({"placeholder": "period"}, ["missing-duration"]),
          ({"missing": {"follow"}}, ["missing-follow-up"]),
          ({"missing": {"follow"}}, ["missing-follow-up"]),
          ({"placeholder": "follow"}, ["missing-follow-up"]),
          ({"missing": {"hours"}}, ["missing-hours"]), ({"vague_hours": True}, ["missing-hours"]),
          ({"vague_hours": True}, ["missing-hours"]), ({"placeholder": "hours"}, ["missing-hours"]),
          ({"missing": {"appeal"}}, ["missing-appeal-guidance"]),
          ({"missing": {"appeal"}}, ["missing-appeal-guidance"]),
          ({"vague_appeal": True}, ["missing-appeal-guidance"]),
          ({"vague_appeal": True}, ["missing-appeal-guidance"]),
          ({"period": "over"}, ["duration-over-6-months"]),
          ({"period": "over"}, ["duration-over-6-months"]),
          ({"period": "over"}, ["duration-over-6-months"]),
          ({"period": "over"}, ["duration-over-6-months"]),
          ({"period": "over"}, ["duration-over-6-months"]),
          ({"unclear": True}, ["unclear-goal"]), ({"unclear": True}, ["unclear-goal"]),
          ({"unclear": True}, ["unclear-goal"]), ({"unclear": True}, ["unclear-goal"]),
          ({"unclear": True, "vague_hours": True}, ["missing-hours", "unclear-goal"]),
          ({"missing": {"follow", "appeal"}}, ["missing-appeal-guidance", "missing-follow-up"]),
          ({"period": "over", "unclear": True}, ["duration-over-6-months", "unclear-goal"]),
          ]
    return S


DECISIONS = ["grant", "grant", "grant", "grant", "grant", "partial", "partial", "refusal", "refusal",
             "refusal", "stop", "grant_noappeal", "refusal_noreason", "over6", "wrong_route"]
UNKNOWN = ["referat", "statusrapport", "faktura", "pjece", "idraetsforening", "friskole",
           "stillingsopslag", "arbejdsgang", "kvalitetsstandard", "mail", "indkaldelse",
           "partshoering", "timeseddel", "erhvervsmentor", "statusrapport"]
AG_FORMATS = (["docx"] * 16 + ["pdf-lo-docx"] * 12 + ["pdf-lo-odt"] * 6 + ["pdf-rl"] * 8
              + ["odt"] * 10 + ["txt"] * 9 + ["html"] * 9)
DEC_FORMATS = ["pdf-lo-docx"] * 5 + ["docx"] * 3 + ["pdf-rl"] * 3 + ["html"] * 2 + ["txt", "odt"]
UNK_FORMATS = ["docx", "docx", "pdf-lo-docx", "pdf-lo-docx", "pdf-rl", "pdf-rl", "pdf-lo-odt", "odt",
               "odt", "txt", "txt", "txt", "html", "html", "docx"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=8108)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="cd_src_"))
    jobs = []  # (kind, blocks, case, fmt, relpath, meta)

    specs = agreement_specs()
    fmts = AG_FORMATS[:]
    rng.shuffle(fmts)
    while len(fmts) < len(specs):
        fmts.append(rng.choice(AG_FORMATS))
    for i, (spec, rules) in enumerate(specs):
        muni = MUNIS[i % 3]
        c = make_case(rng, muni)
        r = rng.random()
        layout = muni["style"] if r < .5 else rng.choice(["headings", "table", "numbered", "numbered", "letter"])
        blocks, meta = agreement(rng, c, spec, layout)
        name = rng.choice(["aftale-mentor", "mentoraftale", "aftale", "mentorstoette-aftale"])
        rel = f"{muni['key']}/{c['start'].year}/{i:03d}-{name}-{slug(c['cit'].first)}"
        traits = meta["traits"] + [f"defect:{x}" for x in rules]
        jobs.append(("agreement", blocks, c, fmts[i], rel, {
            "rules": sorted(rules), "extras": [], "layout": layout, "subtype": "agreement",
            "traits": traits, "period": meta["period"]}))
    dfm = DEC_FORMATS[:]
    rng.shuffle(dfm)
    for i, dk in enumerate(DECISIONS):
        muni = MUNIS[i % 3]
        c = make_case(rng, muni)
        blocks, meta = decision(rng, c, dk)
        rel = f"{muni['key']}/afgoerelser/{i:03d}-afgoerelse-{dk.replace('_', '-')}"
        jobs.append(("decision", blocks, c, dfm[i], rel, {
            "rules": sorted(meta["rules"]), "extras": sorted(meta["extras"]), "layout": "letter",
            "subtype": f"decision-{dk}", "traits": meta["traits"], "period": meta["period"]}))
    ufm = UNK_FORMATS[:]
    rng.shuffle(ufm)
    for i, sub in enumerate(UNKNOWN):
        muni = MUNIS[i % 3]
        c = make_case(rng, muni)
        blocks = unknown_doc(rng, c, sub)
        traits = ["not-a-mentor-document-kind"]
        if c["cpr"] and sub in ("referat", "statusrapport", "indkaldelse", "partshoering"):
            blocks.insert(1, ("p", f"Cpr.nr. {c['cpr']}"))
            traits.append("cpr")
        else:
            c["cpr"] = None
        rel = f"{muni['key']}/diverse/{i:03d}-{sub}"
        jobs.append(("unknown", blocks, c, ufm[i], rel, {
            "rules": [], "extras": [], "layout": "mixed", "subtype": sub, "traits": traits,
            "period": None}))

    lo_docx, lo_odt = [], []
    entries = []
    for kind, blocks, c, fmt, rel, meta in jobs:
        ext = "pdf" if fmt.startswith("pdf") else fmt
        dest = out / f"{rel}.{ext}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        title = next((b[1] for b in blocks if b[0] == "title"), "Dokument")
        tr = list(meta["traits"]) + [f"fmt:{fmt}"]
        if fmt == "docx":
            write_docx(blocks, dest, c, footer=rng.random() < .5)
        elif fmt == "pdf-lo-docx":
            src = tmp / "docx" / f"{rel.replace('/', '__')}.docx"
            src.parent.mkdir(parents=True, exist_ok=True)
            write_docx(blocks, src, c, footer=rng.random() < .6)
            lo_docx.append((src, dest))
        elif fmt == "pdf-lo-odt":
            src = tmp / "odt" / f"{rel.replace('/', '__')}.odt"
            src.parent.mkdir(parents=True, exist_ok=True)
            write_odt(blocks, src)
            lo_odt.append((src, dest))
        elif fmt == "odt":
            write_odt(blocks, dest)
        elif fmt == "pdf-rl":
            sb = rng.random() < .5
            write_reportlab(blocks, dest, c, sidebar=sb)
            if sb:
                tr.append("pdf:sidebar")
        elif fmt == "html":
            st = rng.choice(["simple", "casesystem"])
            write_html(blocks, dest, st, title)
            tr.append(f"html:{st}")
        elif fmt == "txt":
            st = rng.choice(["plain", "md", "underline"])
            wrap = rng.choice([None, 72, 68])
            write_txt(blocks, dest, st, wrap)
            tr.append(f"txt:{st}" + (f":wrap{wrap}" if wrap else ""))
        e = {"path": f"{rel}.{ext}", "format": ext, "kind": kind, "subtype": meta["subtype"],
             "layout": meta["layout"], "rules": meta["rules"], "extras": meta["extras"],
             "error": None, "accept_errors": [],
             "must_not_contain": [c["cpr"]] if c["cpr"] else [], "traits": sorted(set(tr))}
        if meta.get("period"):
            e["period"] = meta["period"]
        entries.append(e)

    profile = "file:///tmp/lo_cd_profile"
    for group in (lo_docx, lo_odt):
        if not group:
            continue
        outdir = tmp / "pdf"
        outdir.mkdir(exist_ok=True)
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir)] + [str(s) for s, _ in group],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, dest in group:
            pdf = outdir / (src.stem + ".pdf")
            if not pdf.is_file():
                raise SystemExit(f"LibreOffice did not convert {src.name}")
            shutil.move(str(pdf), dest)
    shutil.rmtree(tmp)

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    by = {}
    for e in entries:
        by[e["kind"]] = by.get(e["kind"], 0) + 1
    print(f"{len(entries)} documents in {out}: {by}")


if __name__ == "__main__":
    main()
