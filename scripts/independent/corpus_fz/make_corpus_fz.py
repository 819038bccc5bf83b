#!/usr/bin/env python3
"""Corpus FZ: decision letters in depth (grant, partial grant, refusal, extension, end), many
carrying the agreement in the body or as "Bilag 1", letters that only point to a separate
agreement, and look-alikes near decisions (partshøring, kvitteringer, genvurderinger,
Ankestyrelsens afgørelser, anmodninger om dokumentation).

Written without reading the linter. Labels follow the rule docs (`mentordocs rules NAME`),
docs/lint.md (which document kinds exist) and /work/shared/domain.md.

    /work/main/.venv/bin/python make_corpus_fz.py --out /work/corpora/fz [--seed 1414]
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
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

RULES9 = (
    "missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
    "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

KOMMUNER = [
    ("Viborg", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87"),
    ("Holstebro", "Kirkestræde 11, 7500 Holstebro", "96 11 75 00"),
    ("Skive", "Torvegade 10, 7800 Skive", "99 15 55 00"),
    ("Randers", "Laksetorvet 1, 8900 Randers C", "89 15 15 15"),
    ("Favrskov", "Skovvej 20, 8382 Hinnerup", "89 64 10 10"),
    ("Vejle", "Skolegade 1, 7100 Vejle", "76 81 00 00"),
    ("Kolding", "Akseltorv 1, 6000 Kolding", "79 79 79 79"),
    ("Sønderborg", "Rådhustorvet 10, 6400 Sønderborg", "88 72 60 00"),
    ("Næstved", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88"),
    ("Slagelse", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00"),
    ("Holbæk", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
    ("Køge", "Torvet 1, 4600 Køge", "56 67 67 67"),
    ("Hillerød", "Trollesmindealle 27, 3400 Hillerød", "72 32 00 00"),
    ("Esbjerg", "Torvegade 74, 6700 Esbjerg", "76 16 16 16"),
    ("Herning", "Torvet 5, 7400 Herning", "96 28 28 28"),
    ("Silkeborg", "Søvej 1, 8600 Silkeborg", "89 70 10 00"),
    ("Horsens", "Rådhustorvet 4, 8700 Horsens", "76 29 29 29"),
    ("Svendborg", "Ramsherred 5, 5700 Svendborg", "62 23 30 00"),
]
FIRST_F = ["Anna", "Sara", "Mette", "Louise", "Amalie", "Fatima", "Camilla", "Julie", "Nadia",
           "Line", "Maja", "Emma", "Sofie", "Rikke", "Aisha", "Pernille"]
FIRST_M = ["Jonas", "Mads", "Ahmed", "Kasper", "Mikkel", "Rasmus", "Emil", "Yusuf", "Tobias",
           "Frederik", "Ali", "Nikolaj", "Martin", "Oliver", "Kristian", "Daniel"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Østergaard", "Bak", "Dahl", "Vestergaard", "Holm", "Mortensen"]
PROVIDERS = [("Jobhuset", "jobhuset.dk"), ("Mentorkompagniet ApS", "mentorkompagniet.dk"),
             ("Center for Mentorstøtte", "cfm.dk"), ("Kompas Mentor", "kompasmentor.dk"),
             ("Broen Job & Uddannelse", "broen-ju.dk"), ("Netværkshuset", "netvaerkshuset.dk"),
             ("Ungeenheden", None), ("Mentorteamet", None)]
WORKPLACES = ["Netto i Bredgade", "Bilka Kolding", "Danish Crown", "plejecentret Solgården",
              "Dagli'Brugsen", "XL-Byg", "Jysk lageret", "SuperBrugsen", "bageriet Korn & Co",
              "genbrugspladsen", "Føtex", "autoværkstedet Motorhjørnet"]
SCHOOLS = ["SOSU Syd", "Tradium", "EUC Syd", "Mercantec", "VUC Storstrøm", "FGU Midtjylland",
           "Learnmark", "Campus Vejle", "Zealand Business College", "Rybners"]


# ----------------------------------------------------------------------------- helpers

def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def six_end(start: dt.date) -> dt.date:
    """Latest allowed end: start + 6 calendar months - 1 day (month-end clamp per rule doc)."""
    return add_months(start, 6) - dt.timedelta(days=1)


def dword(d: dt.date, year=True) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def dfmt(rng: random.Random, d: dt.date, style: str | None = None) -> str:
    style = style or rng.choice(["word", "word", "word", "dot", "slash", "dash", "abbr", "iso"])
    if style == "word":
        return dword(d)
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "dash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return d.isoformat()


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def cpr(rng):
    y = rng.randint(1970, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return f"{d:02d}{m:02d}{y % 100:02d}-{rng.randint(1000, 9999)}"


def casenr(rng):
    return rng.choice([
        f"{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)}",
        f"15.20.{rng.randint(10, 40):02d}-G01-{rng.randint(1, 999)}-{rng.randint(24, 26)}",
        f"S{rng.randint(100000, 999999)}",
        f"27.{rng.randint(10, 99)}.{rng.randint(10, 99)}-P20-{rng.randint(1, 99)}-26",
    ])


def _ascii(x: str) -> str:
    return x.replace("ø", "oe").replace("æ", "ae").replace("å", "aa").replace("'", "")


class Person:
    def __init__(self, rng, female=None):
        female = rng.random() < 0.5 if female is None else female
        self.first = rng.choice(FIRST_F if female else FIRST_M)
        self.last = rng.choice(LAST)
        self.female = female
        self.name = f"{self.first} {self.last}"
        self.phone = phone(rng)
        self.street = f"{rng.choice(['Søndergade', 'Vestergade', 'Parkvej', 'Lindevej', 'Skolevej', 'Møllevej', 'Engvej'])} {rng.randint(2, 80)}"

    @property
    def pron(self):
        return "hun" if self.female else "han"


class Case:
    """One citizen's case: municipality, citizen, mentor, caseworker, dates."""

    def __init__(self, rng: random.Random, year_2025=False):
        self.rng = rng
        k = rng.choice(KOMMUNER)
        self.kommune, self.address, self.kphone = k
        self.old = year_2025
        self.sender = (f"Jobcenter {self.kommune}" if year_2025 else
                       rng.choice([f"{self.kommune} Kommune", f"{self.kommune} Kommune\nJob og Borgerservice",
                                   f"{self.kommune} Kommune – Beskæftigelse", f"{self.kommune} Kommune\nArbejdsmarkedsafdelingen"]))
        self.body = "jobcentret" if year_2025 else "kommunen"
        self.citizen = Person(rng)
        self.mentor = Person(rng)
        self.cw = Person(rng)
        prov = rng.choice(PROVIDERS)
        self.provider = prov[0] if prov[1] else f"{prov[0]}, {self.kommune} Kommune"
        dom = prov[1] or f"{self.kommune.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}.dk"
        self.mentor_mail = f"{_ascii(self.mentor.first.lower())}.{_ascii(self.mentor.last.lower())}@{dom}"
        self.cw_mail = f"{_ascii(self.cw.first[:2].lower())}{_ascii(self.cw.last[:2].lower())}@{self.kommune.lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}.dk"
        self.case = casenr(rng)
        year = 2025 if year_2025 else 2026
        self.letter_date = dt.date(year, rng.randint(1, 10), rng.randint(1, 28))
        self.cpr = None
        self.work = rng.choice(WORKPLACES)
        self.school = rng.choice(SCHOOLS)

    def start(self):
        d = self.letter_date + dt.timedelta(days=self.rng.randint(7, 30))
        d = d.replace(day=1) if self.rng.random() < 0.6 else d
        return d.replace(day=min(d.day, 28))


# ----------------------------------------------------------------------------- text pools

def ip(per: str) -> str:
    """'i perioden X' unless the period phrase already carries its preposition."""
    return per if per.startswith(("fra ", "i ")) else f"i perioden {per}"


def goal_text(rng, c: Case, clear=True, no_hours=False):
    fn = c.citizen.first
    if clear and no_hours:
        return rng.choice([
            f"{fn} starter på grundforløb 1 på {c.school} i august og møder mindst fire dage om ugen.",
            f"{fn} består FVU-dansk trin 2 på VUC inden udgangen af perioden og søger mindst to elevpladser.",
            f"{fn} gennemfører 10. klasse-forløbet på FGU og møder op 90 % af dagene, så {c.citizen.pron} kan søge ind på en erhvervsuddannelse til sommer.",
        ])
    if clear:
        return rng.choice([
            f"{fn} er i virksomhedspraktik i {c.work} 15 timer om ugen og er klar til et løntilskudsjob senest {dword(add_months(c.letter_date, 5))}.",
            f"{fn} starter på grundforløb 1 på {c.school} i august og møder mindst fire dage om ugen.",
            f"{fn} fastholder sit fleksjob i {c.work} med 12 timer om ugen og har højst to fraværsdage om måneden.",
            f"{fn} består FVU-dansk trin 2 på VUC inden udgangen af perioden og søger mindst to elevpladser.",
            f"At {fn} har et ordinært job som lagermedarbejder på mindst 20 timer om ugen, når perioden slutter.",
            f"{fn} gennemfører 10. klasse-forløbet på FGU og møder op 90 % af dagene, så {c.citizen.pron} kan søge ind på en erhvervsuddannelse til sommer.",
            f"{fn} er i gang med sin praktik i {c.work} og øger fra 10 til 20 timer om ugen inden for perioden, med henblik på ansættelse.",
        ])
    return rng.choice([
        "Støtte til at få mere struktur på hverdagen og øget trivsel.",
        f"At {fn} kommer videre og får det bedre med sig selv.",
        f"Motivere {fn} og sikre, at {c.citizen.pron} kommer tættere på arbejdsmarkedet.",
        f"Hjælp til {fn} med at få overblik og øget selvværd.",
    ])


def tasks_list(rng, c: Case):
    fn = c.citizen.first
    pool = [
        f"følge {fn} til praktikstedet de første to uger",
        "ugentlig samtale om fremmøde, transport og arbejdsopgaver",
        "hjælpe med at læse og svare på post fra kommunen og skolen",
        f"være kontakt til kontaktpersonen i {c.work} ved problemer",
        "øve busruten og lave en plan for morgenrutinen",
        f"støtte {fn} i at holde lektieplanen og tale med studievejlederen",
        "deltage i opstartsmødet på skolen",
        "ringe til borgeren om morgenen de dage, hvor der er fravær",
        "hjælpe med at søge SU og ungdomsbolig",
    ]
    return rng.sample(pool, rng.randint(2, 4))


def hours_text(rng):
    return rng.choice(["3 timer pr. uge", "2 timer ugentligt", "2 t/uge", "8 timer om måneden",
                       "4 timer om ugen", "1-2 timer pr. uge", "1½ time om ugen", "5 timer pr. uge"])


def followup_text(rng, c: Case, end: dt.date | None):
    ev = f" og evaluering senest {dword(end - dt.timedelta(days=14))}" if end else " og evaluering 14 dage før støtten slutter"
    return rng.choice([
        f"Statusmøde med {c.citizen.first}, mentor og sagsbehandler hver måned{ev}. Delmål: fremmøde fire dage om ugen efter de første seks uger.",
        f"Mentoren sender en kort status til sagsbehandleren hver 4. uge. Vi holder midtvejsevaluering efter 3 måneder{ev}.",
        f"Opfølgningssamtale hver anden måned med fokus på progression i forhold til målet{ev}.",
        f"Vi følger op ved et fælles møde hver 6. uge. Progression måles på fremmøde og timer i praktikken{ev}.",
    ])


def vague_followup(rng):
    return rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.",
                       "Efter behov, aftales nærmere."])


def period_str(rng, s: dt.date, e: dt.date):
    if e == six_end(s) and s.day == 1 and rng.random() < 0.15:
        return rng.choice([f"fra {dword(s)} og 6 måneder frem", f"i 26 uger fra {dword(s)}"])
    style = rng.choice(["word", "word", "dot", "slash", "dash", "iso", "abbr"])
    sep = rng.choice([" – ", " - ", " til "])
    if rng.random() < 0.2:
        return f"fra og med {dfmt(rng, s, style)} til og med {dfmt(rng, e, style)}"
    return f"{dfmt(rng, s, style)}{sep}{dfmt(rng, e, style)}"


def make_period(rng, c: Case, kind: str):
    """kind: exact | short | over | over1 | month_end"""
    s = c.start()
    if kind == "exact":
        e = six_end(s)
    elif kind == "short":
        e = add_months(s, rng.choice([3, 4, 5])) - dt.timedelta(days=1)
    elif kind == "over":
        e = add_months(s, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
    elif kind == "over1":
        e = six_end(s) + dt.timedelta(days=rng.choice([1, 14]))
    else:
        e = six_end(s)
    return s, e


# ----------------------------------------------------------------------------- appeal texts

def appeal_full(rng, c: Case, variant=None):
    k = f"{c.kommune} Kommune" if not c.old else f"Jobcenter {c.kommune}"
    b = c.body
    variants = [
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {b} inden fire uger efter, at du har modtaget brevet. "
        f"{b.capitalize()} vurderer så afgørelsen igen inden fire uger. Fastholder vi afgørelsen, sender vi din klage videre "
        f"til Ankestyrelsen, som tager stilling til sagen.",
        f"Du kan klage over afgørelsen. Klagen skal sendes til {k}, {c.address}, eller på mail til {c.cw_mail}, og vi skal have "
        f"den senest 4 uger efter, at du har fået afgørelsen. Du kan klage skriftligt eller mundtligt. Vi genvurderer sagen, "
        f"og hvis vi fastholder afgørelsen, sender vi klagen og sagens akter til Ankestyrelsen (Beskæftigelsesudvalget) inden "
        f"4 uger. Reglerne står i § 204 i lov om en aktiv beskæftigelsesindsats og i retssikkerhedslovens kapitel 10.",
        f"Klagefristen er 4 uger fra den dag, du modtog afgørelsen. Send klagen til {k} – ring til din sagsbehandler på "
        f"{c.kphone} eller skriv via Digital Post. Når vi har modtaget klagen, ser vi på sagen igen. Giver vi dig ikke medhold, "
        f"går klagen videre til Ankestyrelsen.",
        f"Du har ret til at klage inden for fire uger. Klagen skal sendes til os, det vil sige {k}. Vi genvurderer "
        f"afgørelsen, og fastholder vi den, videresender vi klagen til Ankestyrelsen, der behandler den. Se LAB § 204.",
    ]
    return variants[variant if variant is not None else rng.randrange(len(variants))]


def appeal_defect(rng, c: Case, defect: str):
    b = c.body
    if defect == "nodeadline":
        return rng.choice([
            f"Du kan klage over afgørelsen til {b}. Vi genvurderer sagen og sender den videre til Ankestyrelsen, hvis vi fastholder afgørelsen.",
            f"Er du uenig, kan du kontakte {b} og klage. Klagen behandles af Ankestyrelsen, hvis vi ikke ændrer afgørelsen.",
        ])
    if defect == "nobody":
        return rng.choice([
            "Hvis du vil klage, skal det ske inden 4 uger.",
            "Du kan klage over afgørelsen. Fristen er fire uger fra modtagelsen.",
        ])
    if defect == "empty":
        return rng.choice(["Du kan klage over afgørelsen.", "Du har mulighed for at klage."])
    if defect == "other":
        return rng.choice([
            (f"Klagevejledning vedrørende befordringsgodtgørelse: Er du uenig i afgørelsen om befordringsgodtgørelse, kan du "
             f"klage til {b} inden 4 uger. Fastholder vi afgørelsen, sendes klagen til Ankestyrelsen."),
            (f"Klage over afgørelse om socialpædagogisk støtte efter servicelovens § 85: Du kan klage til {b} inden 4 uger. "
             f"Kommunen genvurderer og sender klagen videre til Ankestyrelsen."),
        ])
    if defect == "direct":
        return rng.choice([
            "Du kan klage til Ankestyrelsen inden 4 uger. Klagen sendes til Ankestyrelsen, 7998 Statsservice, eller via ast.dk.",
            "Hvis du er uenig, kan du klage direkte til Ankestyrelsen. Klagen skal være modtaget inden fire uger efter, at du fik brevet.",
        ])
    raise ValueError(defect)


APPEAL_HEADS = ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang",
                "Hvis du er uenig i afgørelsen"]


# ----------------------------------------------------------------------------- document model
# blocks: ("title", t) ("h", t) ("p", t) ("li", t) ("table", rows) ("meta", [(k, v)]) ("sig", t)

class Doc:
    def __init__(self, name, kind, subtype, layout, blocks, rules, extras=(), traits=(), cprs=(),
                 period=None, subject=None):
        self.name, self.kind, self.subtype, self.layout = name, kind, subtype, layout
        self.blocks = blocks
        self.rules = sorted(set(rules))
        self.extras = sorted(set(extras))
        self.traits = list(traits)
        self.cprs = list(cprs)
        self.period = period
        self.subject = subject


def letterhead(rng, c: Case, with_cpr: bool):
    meta = [("Dato", dfmt(rng, c.letter_date, rng.choice(["word", "dot"]))),
            ("Sagsnr.", c.case),
            ("Sagsbehandler", c.cw.name),
            ("Direkte tlf.", phone(rng)),
            ("E-mail", c.cw_mail)]
    if with_cpr:
        meta.insert(1, ("CPR-nr.", c.cpr))
    blocks = [("p", c.sender.replace("\n", " · ")), ("p", f"{c.citizen.name}\n{c.citizen.street}")]
    blocks.append(("meta", meta))
    return blocks


def signature(rng, c: Case):
    return [("p", rng.choice(["Med venlig hilsen", "Venlig hilsen", "Med venlig hilsen"])),
            ("sig", f"{c.cw.name}\n{rng.choice(['Rådgiver', 'Sagsbehandler', 'Jobkonsulent', 'Myndighedsrådgiver'])}\n{c.sender.splitlines()[0]}")]


# ----------------------------------------------------------------------------- agreement section

def agreement_blocks(rng, c: Case, s, e, *, style, heading, defects: set, own_appeal: str,
                     own_followup: bool, own_hours: bool, mentor_type="mentor", hours=None,
                     hours_elsewhere=True):
    """The agreement's own fields. defects: goal_unclear, goal_missing, mentor_nocontact,
    tasks_missing, hours_vague, period_over (already in s/e), followup_vague.
    own_appeal: full | ref | none ("ref" = "Se klagevejledningen i brevet")."""
    m = c.mentor
    if "mentor_nocontact" in defects:
        mentor_val = f"{m.name}, {c.provider}"
    else:
        mentor_val = rng.choice([f"{m.name}, {c.provider}, tlf. {m.phone}, {c.mentor_mail}",
                                 f"{m.name} ({c.provider}) – telefon {m.phone}",
                                 f"{m.name}, {c.mentor_mail}, mobil {m.phone}"])
    goal = ("Udfyldes senere" if "goal_missing" in defects else
            goal_text(rng, c, clear="goal_unclear" not in defects,
                      no_hours=not (own_hours and "hours_vague" not in defects) and not hours_elsewhere))
    tasks = None if "tasks_missing" in defects else tasks_list(rng, c)
    per = (rng.choice(["indtil videre", "Udfyldes senere"]) if "duration_missing" in defects
           else period_str(rng, s, e))
    given_hours = hours
    hours = None
    if own_hours:
        hours = "efter behov" if "hours_vague" in defects else (given_hours or hours_text(rng))
    fu = None
    if own_followup:
        fu = vague_followup(rng) if "followup_vague" in defects else followup_text(rng, c, None if "duration_missing" in defects else e)
    appeal = None
    if own_appeal == "full":
        appeal = appeal_full(rng, c)
    elif own_appeal == "ref":
        appeal = rng.choice(["Se klagevejledningen i afgørelsesbrevet.", "Klagevejledning fremgår af brevet ovenfor."]
                            if heading.startswith(("Bilag", "Aftale om")) else
                            ["Se klagevejledningen i afgørelsesbrevet.", "Klagevejledning følger med afgørelsen om bevilling."])

    rows = [("Målet med mentorstøtten", goal),
            ("Mentorens navn og kontaktdata", mentor_val),
            ("Mentorens opgaver", "; ".join(tasks) if tasks else "Aftales ved første møde"),
            ("Varighed", per)]
    if fu is not None:
        rows.append(("Opfølgning", fu))
    if hours is not None:
        rows.append(("Timetal", hours))
    if appeal is not None:
        rows.append(("Klagevejledning", appeal))
    if "tasks_missing" in defects and rng.random() < 0.5:
        rows = [r for r in rows if r[0] != "Mentorens opgaver"]

    out = [("h", heading)]
    intro = rng.choice([
        f"Aftalen er indgået mellem {c.citizen.name}, mentor og {c.body if not c.old else 'jobcentret'}.",
        f"Aftale om {mentor_type} efter lov om en aktiv beskæftigelsesindsats § 167.",
        "Her er det, vi har aftalt om din mentorstøtte.",
    ])
    out.append(("p", intro))
    if style == "table":
        out.append(("table", [["Punkt", "Indhold"]] + [list(r) for r in rows] if rng.random() < 0.3 else [list(r) for r in rows]))
    elif style == "numbered":
        for i, (k, v) in enumerate(rows, 1):
            out.append(("p", f"{i}) {k}: {v}"))
    elif style == "labels":
        alt = {"Målet med mentorstøtten": rng.choice(["Mål", "Formål", "Målet med mentorstøtten"]),
               "Mentorens navn og kontaktdata": rng.choice(["Mentor", "Din mentor", "Mentorens navn og kontaktdata"]),
               "Mentorens opgaver": rng.choice(["Opgaver", "Mentorens opgaver", "Indsatsområder"]),
               "Varighed": rng.choice(["Periode", "Varighed", "Bevilget periode"]),
               "Opfølgning": rng.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]),
               "Timetal": rng.choice(["Timetal", "Antal timer", "Timer pr. uge"]),
               "Klagevejledning": "Klagevejledning"}
        for k, v in rows:
            out.append(("p", f"{alt[k]}: {v}"))
    else:  # headings
        for k, v in rows:
            out.append(("h3", k))
            if k == "Mentorens opgaver" and tasks:
                out.append(("p", rng.choice(["Mentoren skal:", "Mentoren hjælper dig med at:"])))
                for t in tasks:
                    out.append(("li", t))
            else:
                out.append(("p", v))
    return out, {"goal": "goal_missing" not in defects, "mentor": "mentor_nocontact" not in defects,
                 "tasks": tasks is not None, "hours": hours is not None and "hours_vague" not in defects,
                 "followup": fu is not None and "followup_vague" not in defects,
                 "appeal": own_appeal == "full", "unclear": "goal_unclear" in defects,
                 "duration": "duration_missing" not in defects}


# ----------------------------------------------------------------------------- decisions

DTYPES = ["grant", "partial", "refusal", "extension", "end"]

TITLES = {
    "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte",
              "Afgørelse: Bevilling af mentor efter LAB § 167"],
    "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse om din ansøgning om mentorstøtte",
                "Delvis bevilling af mentorstøtte"],
    "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag", "Din ansøgning om mentor er afvist"],
    "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte",
                  "Bevilling af ny periode med mentorstøtte"],
    "end": ["Ophør af mentorstøtte", "Afgørelse om ophør af din mentorstøtte", "Din mentorstøtte stopper"],
}


def decision_doc(rng, c: Case, dtype, *, appeal="full", reasons=True, period="exact",
                 agreement="none", agr_style="table", agr_defects=(), agr_appeal="none",
                 agr_followup=True, agr_hours=True, letter_hours=True, letter_followup=False,
                 with_cpr=False, name="x", layout="letter", mentor_type="mentor", udskriv=False,
                 letter_mentor=False, appeal_in_bilag=False, guidance_bilag=False, summary_table=False):
    """agreement: none | separate (refers to one elsewhere) | body | bilag | enclosure_list"""
    fn = c.citizen.first
    rules, extras, traits = [], [], [f"dtype:{dtype}", f"appeal:{appeal}", f"agreement:{agreement}"]
    blocks = letterhead(rng, c, with_cpr)
    title = rng.choice(TITLES[dtype])
    if udskriv:
        title = "Afgørelse om udskrivningskoordinator"
    blocks.append(("title", title))
    blocks.append(("p", f"Kære {fn}" if rng.random() < 0.6 else f"Kære {c.citizen.name}"))
    s = e = None
    hours = hours_text(rng)
    pdef = period
    if dtype in ("grant", "partial", "extension"):
        if "duration_missing" in agr_defects:
            s = e = None
            per = ""
            pdef = "none"
        elif udskriv:
            s = c.start()
            e = add_months(s, 9) - dt.timedelta(days=1)
            pdef = "udskriv9"
        else:
            s, e = make_period(rng, c, period)
        if s is not None:
            per = period_str(rng, s, e)
            if period in ("over", "over1"):
                rules.append("duration-over-6-months")
        traits.append(f"period:{pdef}")

    # ---- decision paragraph
    if dtype == "grant":
        if udskriv:
            blocks.append(("p", f"Du er indlagt på psykiatrisk afdeling og skal udskrives i løbet af de næste måneder. Du har "
                                f"ret til en udskrivningskoordinator efter § 167, stk. 2, i lov om en aktiv beskæftigelsesindsats, "
                                f"op til 3 måneder før udskrivelsen og i mindst 6 måneder i alt. Vi har bevilget en udskrivningskoordinator {ip(per)}."))
        elif s is None:
            blocks.append(("p", rng.choice([
                "Du har søgt om mentorstøtte, og vi har besluttet at bevilge dig en mentor.",
                f"{c.body.capitalize()} bevilger dig mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats.",
            ])))
        else:
            blocks.append(("p", rng.choice([
                f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte {ip(per)}.",
                f"{c.body.capitalize()} har besluttet at give dig en mentor. Støtten gælder {per}.",
                f"Vi bevilger dig mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats {ip(per)}.",
            ])))
        if letter_hours:
            blocks.append(("p", f"Du får {hours} med din mentor."))
    elif dtype == "partial":
        asked_m = rng.choice([9, 12])
        blocks.append(("p", f"Du har søgt om mentorstøtte i {asked_m} måneder med 6 timer om ugen. Vi har givet dig delvis medhold: "
                            f"Du får mentorstøtte {ip(per)}" + (f", {hours}." if letter_hours else ".")))
        traits.append("asked-longer")
        if reasons:
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", f"Mentorstøtte kan efter § 167, stk. 1, gives i højst 6 måneder ad gangen. Vi har lagt vægt på, at "
                                f"du i praktikken i {c.work} har brug for støtte især i opstarten, og at din mentor vurderer, at "
                                f"færre timer end ansøgt er nok. Ved udløb vurderer vi, om du skal have en ny periode."))
        else:
            extras.append("missing-reasons")
    elif dtype == "refusal":
        blocks.append(("p", rng.choice([
            f"Vi har behandlet din ansøgning om mentorstøtte af {dword(c.letter_date - dt.timedelta(days=20))}. Du får afslag.",
            f"Du får ikke bevilget mentorstøtte. Du søgte om en mentor i 12 måneder til at hjælpe dig i din uddannelse.",
            "Vi har besluttet ikke at bevilge mentorstøtte.",
        ])))
        if reasons:
            blocks.append(("h", rng.choice(["Begrundelse", "Hvorfor får du afslag?", "Det har vi lagt vægt på"])))
            blocks.append(("p", rng.choice([
                f"Vi har lagt vægt på, at {c.school} selv tilbyder elevcoach og SPS-støtte, som dækker dit behov. Mentorstøtte "
                f"efter § 167 i lov om en aktiv beskæftigelsesindsats kan kun gives, når støtten går ud over det, skolen normalt giver.",
                f"På baggrund af samtalen med dig og oplysningerne fra din praktikvært vurderer vi, at du kan gennemføre praktikken "
                f"uden mentor. Der er derfor ikke behov for mentorstøtte, jf. LAB § 167, stk. 1.",
                "Mentorstøtte kræver et mål om beskæftigelse eller uddannelse. Du har oplyst, at du ikke ønsker at deltage i "
                "praktik eller uddannelse i de kommende måneder, og vi kan derfor ikke bevilge støtten.",
            ])))
        else:
            extras.append("missing-reasons")
    elif dtype == "extension":
        prev_s = add_months(s, -6)
        prev_e = s - dt.timedelta(days=1)
        blocks.append(("p", f"Du har haft mentorstøtte i perioden {dword(prev_s)} til {dword(prev_e)}. Vi har vurderet din "
                            f"situation og forlænger støtten i en ny periode: {per}."))
        traits.append("previous-period")
        if letter_hours:
            blocks.append(("p", f"Timetallet er {hours}."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", f"Vi har lagt vægt på, at du er kommet godt i gang i {c.work}, men stadig har brug for støtte til "
                            f"at øge dine timer. Forlængelsen sker efter § 167, stk. 1, 2. pkt."))
    elif dtype == "end":
        ps = c.letter_date - dt.timedelta(days=rng.randint(60, 100))
        ps = ps.replace(day=1)
        pe = six_end(ps)
        stop = c.letter_date + dt.timedelta(days=rng.randint(10, 25))
        blocks.append(("p", rng.choice([
            f"Din mentorstøtte, som er bevilget fra {dword(ps)} til {dword(pe)}, stopper den {dword(stop)}.",
            f"Vi har besluttet, at din mentorstøtte ophører pr. {dfmt(rng, stop, 'dot')}.",
        ])))
        traits.append("stop-date")
        if reasons:
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", rng.choice([
                f"Du er blevet ansat i et ordinært job i {c.work} på 30 timer om ugen. Målet med mentorstøtten er dermed nået.",
                f"Du er ikke mødt op til de sidste fem aftaler med din mentor, og du har oplyst, at du ikke ønsker støtten. "
                f"Vi har lagt vægt på, at mentorstøtte efter LAB § 167 forudsætter, at den kan bringe dig nærmere job eller uddannelse.",
            ])))
        else:
            extras.append("missing-reasons")

    if dtype == "grant" and reasons and not udskriv and rng.random() < 0.6:
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", f"Vi har lagt vægt på, at du starter i praktik i {c.work}, og at du har brug for støtte til at komme "
                            f"godt i gang. Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats."))

    if summary_table and s is not None:
        blocks.append(("table", [["Ydelse", "Mentorstøtte efter LAB § 167"], ["Periode", per],
                                 ["Timer", hours], ["Leverandør", c.provider], ["Bevilget af", c.cw.name]]))
        traits.append("summary-table")

    # ---- agreement reference / carried agreement
    fields = None
    if dtype in ("grant", "partial", "extension"):
        if letter_mentor:
            blocks.append(("p", rng.choice([
                f"Din mentor er {c.mentor.name} fra {c.provider}. Du kan ringe til {c.mentor.first} på {c.mentor.phone}.",
                f"Din mentor bliver {c.mentor.name}, {c.provider}, tlf. {c.mentor.phone}.",
            ])))
            traits.append("mentor-contact-in-letter")
        if letter_followup:
            blocks.append(("p", rng.choice([
                f"Vi følger op på støtten ved et statusmøde hver måned, og vi evaluerer forløbet 14 dage før perioden slutter.",
                f"Din sagsbehandler holder opfølgningssamtale med dig og mentoren hver 6. uge.",
            ])))
        if agreement == "separate":
            blocks.append(("p", rng.choice([
                f"Din mentor bliver {c.mentor.name} fra {c.provider}. Den skriftlige aftale om mentorstøtten, med mål, opgaver og opfølgning, laver I sammen ved opstartsmødet.",
                f"Den skriftlige aftale om mentorstøtten finder du på Min Side på jobnet.dk. Din mentor er {c.mentor.name}.",
                f"Aftalen om mentorstøtte, som du har underskrevet sammen med {c.mentor.first}, er sendt til dig i et særskilt brev.",
            ])))
            traits.append("agreement-referenced")
        elif agreement == "enclosure_list":
            traits.append("agreement-enclosed-separately")
        elif agreement in ("body", "bilag"):
            heading = ("Aftale om mentorstøtte" if agreement == "body" else
                       rng.choice(["Bilag 1: Aftale om mentorstøtte", "Bilag 1 – Aftale om mentorstøtte",
                                   "Bilag 1. Skriftlig aftale om mentorstøtte"]))
            ab, fields = agreement_blocks(rng, c, s, e, style=agr_style, heading=heading,
                                          defects=set(agr_defects), own_appeal=agr_appeal,
                                          own_followup=agr_followup, own_hours=agr_hours,
                                          mentor_type=mentor_type, hours=hours, hours_elsewhere=letter_hours)
            traits.append(f"agreement-style:{agr_style}")
            traits += [f"agr:{d}" for d in agr_defects]
            if not agr_followup:
                traits.append("agr:no-own-followup")
            if not agr_hours:
                traits.append("agr:no-own-hours")
            if agreement == "body":
                blocks += ab
                ab = None
        else:
            ab = None
    else:
        ab = None

    # ---- appeal
    appeal_blocks = []
    if appeal != "none":
        appeal_blocks.append(("h", "Bilag 1: Klagevejledning" if appeal_in_bilag else rng.choice(APPEAL_HEADS)))
        if appeal == "full":
            appeal_blocks.append(("p", appeal_full(rng, c)))
        else:
            appeal_blocks.append(("p", appeal_defect(rng, c, appeal)))
    if appeal_in_bilag:
        blocks.append(("p", "Du kan se, hvordan du klager, i bilag 1."))
        traits.append("appeal-in-bilag")
    else:
        blocks += appeal_blocks
    letter_appeal_ok = appeal in ("full", "direct")
    if appeal == "direct":
        extras.append("appeal-wrong-route")
    blocks.append(("p", f"Har du spørgsmål, er du velkommen til at kontakte mig på {c.cw_mail}." if rng.random() < 0.5
                   else f"Du er velkommen til at ringe, hvis du har spørgsmål."))
    blocks += signature(rng, c)
    if agreement == "enclosure_list":
        blocks.append(("p", "Bilag:"))
        blocks.append(("li", "Aftale om mentorstøtte"))
        blocks.append(("li", "Pjece: Mentorstøtte – det skal du vide"))
    if agreement == "bilag" and ab is not None:
        blocks.append(("pagebreak", ""))
        blocks += ab
    if appeal_in_bilag:
        blocks.append(("pagebreak", ""))
        blocks += appeal_blocks
    if guidance_bilag:
        traits.append("guidance-bilag")
        blocks.append(("pagebreak", ""))
        blocks += [("h", "Bilag 2: Uddrag af kvalitetsstandard for mentorstøtte"),
                   ("p", "Når kommunen bevilger mentorstøtte, udarbejdes en skriftlig aftale mellem borger, mentor og "
                         "sagsbehandler. Aftalen skal indeholde:"),
                   ("li", "målet med mentorstøtten"), ("li", "mentorens navn og kontaktdata"),
                   ("li", "hvilke opgaver mentoren skal bistå ved"),
                   ("li", "varigheden af aftalen og opfølgning – inklusiv mål for progression"),
                   ("li", "timetallet for mentorstøtten"), ("li", "klagevejledning"),
                   ("p", "Mentorstøtte gives i højst 6 måneder ad gangen, jf. LAB § 167, stk. 1. Der evalueres altid "
                         "14 dage før støtteperioden ophører.")]

    # ---- labels
    if fields is not None:
        if not fields["goal"]:
            rules.append("missing-goal")
        elif fields["unclear"]:
            rules.append("unclear-goal")
        if not (fields["mentor"] or letter_mentor):
            rules.append("missing-mentor")
        if not fields["tasks"]:
            rules.append("missing-tasks")
        if not fields["duration"]:
            rules.append("missing-duration")
        if not (fields["hours"] or letter_hours):
            rules.append("missing-hours")
        if not (fields["followup"] or letter_followup):
            rules.append("missing-follow-up")
        if not (letter_appeal_ok or fields["appeal"]):
            rules.append("missing-appeal-guidance")
    else:
        if not letter_appeal_ok:
            rules.append("missing-appeal-guidance")
    if with_cpr:
        traits.append("cpr")
    sub = f"decision-{dtype}" + ({"body": "+agreement", "bilag": "+bilag1"}.get(agreement, ""))
    return Doc(name, "decision", sub, layout, blocks, rules, extras, traits,
               [c.cpr] if with_cpr else [], {"start": s.isoformat(), "end": e.isoformat()} if s else None,
               subject=title)


# ----------------------------------------------------------------------------- agreements, Min Plan

def agreement_doc(rng, c, *, defects=(), period="exact", appeal="full", style="table", with_cpr=False,
                  name="x"):
    s, e = make_period(rng, c, period)
    rules = []
    blocks = [("p", c.sender.replace("\n", " · "))]
    title = rng.choice(["Aftale om mentorstøtte", "Skriftlig aftale om mentorstøtte", "Mentoraftale",
                        "Aftale om mentor efter LAB § 167"])
    blocks.append(("title", title))
    meta = [("Borger", c.citizen.name), ("Sagsnr.", c.case), ("Dato", dword(c.letter_date))]
    if with_cpr:
        meta.insert(1, ("CPR", c.cpr))
    blocks.append(("meta", meta))
    d = set(defects)
    ab, f = agreement_blocks(rng, c, s, e, style=style, heading="Indhold",
                             defects=d, own_appeal=("full" if appeal == "full" else ("ref" if appeal == "ref" else "none")),
                             own_followup="followup_missing" not in d, own_hours="hours_missing" not in d,
                             hours_elsewhere=False)
    blocks += ab[1:]
    blocks.append(("p", "Underskrifter:"))
    blocks.append(("table", [["Borger", "Mentor", "Sagsbehandler"], ["", "", ""]]))
    if not f["goal"]:
        rules.append("missing-goal")
    elif f["unclear"]:
        rules.append("unclear-goal")
    if not f["mentor"]:
        rules.append("missing-mentor")
    if not f["tasks"]:
        rules.append("missing-tasks")
    if not f["hours"]:
        rules.append("missing-hours")
    if not f["duration"]:
        rules.append("missing-duration")
    if not f["followup"]:
        rules.append("missing-follow-up")
    if not f["appeal"]:
        rules.append("missing-appeal-guidance")
    if period in ("over", "over1"):
        rules.append("duration-over-6-months")
    traits = [f"period:{period}", f"style:{style}"] + [f"defect:{x}" for x in defects] + (["cpr"] if with_cpr else [])
    per = None if "duration_missing" in d else {"start": s.isoformat(), "end": e.isoformat()}
    return Doc(name, "agreement", "agreement", f"agreement-{style}", blocks, rules, [], traits,
               [c.cpr] if with_cpr else [], per, subject=title)


def minplan_doc(rng, c, *, defects=(), period="exact", with_cpr=False, name="x"):
    s, e = make_period(rng, c, period)
    d = set(defects)
    rules = []
    title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan: Indsats – mentor", "Udskrift af Min Plan"])
    blocks = [("title", title)]
    meta = [("Navn", c.citizen.name), ("Udskrevet", dfmt(rng, c.letter_date, "dot"))]
    if with_cpr:
        meta.append(("CPR-nummer", c.cpr))
    blocks.append(("meta", meta))
    if not d & {"goal_missing", "goal_unclear"}:
        blocks.append(("h", "Dit jobmål"))
        blocks.append(("p", f"Job som {rng.choice(['lagermedarbejder', 'butiksassistent', 'social- og sundhedshjælper', 'pædagogmedhjælper'])} inden for 1 år."))
    blocks.append(("h", "Indsats: Mentorstøtte (§ 167)"))
    rows = []
    if "goal_missing" not in d:
        rows.append(["Formål med mentorstøtten", goal_text(rng, c, clear="goal_unclear" not in d, no_hours="hours_missing" in d)])
    else:
        rules.append("missing-goal")
    if "goal_unclear" in d:
        rules.append("unclear-goal")
    if "mentor_nocontact" in d:
        rows.append(["Mentor", f"{c.mentor.name}, {c.provider}"])
        rules.append("missing-mentor")
    else:
        rows.append(["Mentor", f"{c.mentor.name}, {c.provider}, tlf. {c.mentor.phone}"])
    rows.append(["Mentorens opgaver", "; ".join(tasks_list(rng, c))])
    rows.append(["Periode", period_str(rng, s, e)])
    if "hours_missing" in d:
        rules.append("missing-hours")
    else:
        rows.append(["Timetal", hours_text(rng)])
    if period in ("over", "over1"):
        rules.append("duration-over-6-months")
    blocks.append(("table", rows))
    blocks.append(("h", "Andre aktiviteter"))
    os_ = c.letter_date.replace(day=1)
    blocks.append(("table", [["Aktivitet", "Sted", "Periode"],
                             ["Virksomhedspraktik", c.work, f"{dfmt(rng, os_, 'dot')} - {dfmt(rng, add_months(os_, 13), 'dot')}"]]))
    traits = [f"period:{period}"] + [f"defect:{x}" for x in defects] + ["other-activity-long"] + (["cpr"] if with_cpr else [])
    return Doc(name, "minplan", "minplan", "minplan-print", blocks, rules, [], traits,
               [c.cpr] if with_cpr else [], {"start": s.isoformat(), "end": e.isoformat()}, subject=title)


# ----------------------------------------------------------------------------- look-alikes

def lookalike_doc(rng, c, which, *, with_cpr=False, name="x"):
    fn = c.citizen.first
    blocks = letterhead(rng, c, with_cpr)
    s, e = make_period(rng, c, rng.choice(["exact", "over"]))
    per = period_str(rng, s, e)
    kind, sub = "unknown", which
    if which == "hearing":
        title = rng.choice(["Partshøring – påtænkt afslag på mentorstøtte", "Partshøring før afgørelse om mentorstøtte",
                            "Varsel om ophør af mentorstøtte – partshøring"])
        body = [("p", f"Kære {fn}"),
                ("p", f"Vi er ved at behandle din ansøgning om mentorstøtte {ip(per)}. Inden vi træffer afgørelse, "
                      f"vil vi give dig mulighed for at komme med bemærkninger, jf. forvaltningslovens § 19."),
                ("p", "Vi overvejer at give dig afslag, fordi oplysningerne fra skolen viser, at du allerede får støtte fra en elevcoach. "
                      "Vi har ikke truffet afgørelse endnu."),
                ("h", "Frist for bemærkninger"),
                ("p", f"Du kan sende dine bemærkninger til os senest {dword(c.letter_date + dt.timedelta(days=14))}. "
                      f"Hører vi ikke fra dig, træffer vi afgørelse ud fra de oplysninger, vi har. Du får en klagevejledning sammen med afgørelsen.")]
    elif which == "receipt":
        title = rng.choice(["Kvittering for modtagelse af din ansøgning om mentorstøtte",
                            "Bekræftelse af modtagelse – forslag til forlængelse af mentorforløb",
                            "Vi har modtaget din ansøgning"])
        body = [("p", f"Kære {fn}"),
                ("p", f"Vi har modtaget din ansøgning om mentor {dword(c.letter_date - dt.timedelta(days=2))}. Du har søgt om "
                      f"mentorstøtte med {hours_text(rng)} {ip(per)}."),
                ("p", rng.choice(["Vi forventer at kunne træffe afgørelse inden for 4 uger. Du hører fra os, hvis vi mangler oplysninger.",
                                  "Sagsbehandlingstiden er normalt 3-4 uger. Vi kontakter dig, hvis vi skal bruge flere oplysninger.",
                                  "Din sag er nu oprettet, og en rådgiver vil se på den hurtigst muligt. Der er endnu ikke truffet afgørelse."])),
                ("p", rng.choice(["Du skal ikke gøre noget nu.", "Har du spørgsmål, kan du ringe til os i vores telefontid.",
                                  "Husk at holde øje med din Digital Post."]))]
    elif which == "upheld":
        title = rng.choice(["Genvurdering af din klage over afgørelse om mentorstøtte",
                            "Vi fastholder afgørelsen – din klage er sendt til Ankestyrelsen"])
        body = [("p", f"Kære {fn}"),
                ("p", f"Du har den {dword(c.letter_date - dt.timedelta(days=10))} klaget over vores afgørelse om afslag på "
                      f"mentorstøtte. Vi har genvurderet afgørelsen efter retssikkerhedslovens § 66."),
                ("h", "Resultat"),
                ("p", rng.choice([
                    "Vi fastholder afgørelsen. Vi har derfor sendt din klage og sagens akter til Ankestyrelsen, som nu "
                    "behandler klagen. Du hører fra Ankestyrelsen, når de har modtaget sagen.",
                    "Vi har ikke fundet grundlag for at ændre afgørelsen. Klagen er derfor videresendt til Ankestyrelsen "
                    f"den {dword(c.letter_date)}. Ankestyrelsen skriver til dig, når de har modtaget den.",
                ])),
                ("p", "Vi har lagt vægt på de samme forhold som i den oprindelige afgørelse. Du kan sende yderligere "
                      "bemærkninger direkte til Ankestyrelsen.")]
    elif which == "ankestyrelsen":
        s, e = add_months(s, -5), add_months(e, -5)
        per = period_str(rng, s, e)
        blocks = [("p", "Ankestyrelsen\n7998 Statsservice"), ("p", f"{c.citizen.name}\n{c.citizen.street}"),
                  ("meta", [("Dato", dword(c.letter_date)), ("J.nr.", f"{rng.randint(25, 26)}-{rng.randint(10000, 99999)}")]
                   + ([("CPR-nr.", c.cpr)] if with_cpr else []))]
        title = rng.choice(["Ankestyrelsens afgørelse", "Afgørelse i din klagesag om mentorstøtte"])
        res = rng.choice(["Vi ændrer ikke kommunens afgørelse.", "Vi ændrer kommunens afgørelse. Du har ret til mentorstøtte."])
        body = [("p", f"Du har klaget over {c.kommune} Kommunes afgørelse om mentorstøtte. Kommunen har bevilget mentorstøtte "
                      f"{ip(per)}, og du har klaget over timetallet."),
                ("h", "Resultat"), ("p", res),
                ("h", "Begrundelse"),
                ("p", "Mentorstøtte gives efter § 167 i lov om en aktiv beskæftigelsesindsats i højst 6 måneder ad gangen. "
                      "Vi har lagt vægt på oplysningerne fra din mentor og fra praktikstedet."),
                ("h", "Du kan ikke klage over Ankestyrelsens afgørelse"),
                ("p", "Du kan ikke klage over afgørelsen til en anden administrativ myndighed. Hvis du er uenig, kan du "
                      "indbringe den for domstolene inden 6 måneder efter, at du har modtaget den.")]
        if res.startswith("Vi ændrer kommunens"):
            body.append(("p", f"{c.kommune} Kommune skal behandle sagen igen og træffe en ny afgørelse."))
    elif which == "docrequest":
        title = rng.choice(["Anmodning om dokumentation", "Vi mangler oplysninger til din sag om mentorstøtte",
                            "Anmodning om lægelige oplysninger"])
        body = [("p", f"Kære {fn}"),
                ("p", f"For at kunne behandle din ansøgning om mentorstøtte {ip(per)} har vi brug for flere oplysninger."),
                ("p", "Vi beder dig sende:"),
                ("li", "en udtalelse fra skolen om den støtte, du allerede får"),
                ("li", "kopi af din praktikaftale"),
                ("li", "samtykke til, at vi må indhente oplysninger fra din læge"),
                ("p", f"Send oplysningerne senest {dword(c.letter_date + dt.timedelta(days=14))} via Digital Post. Hvis vi ikke "
                      f"modtager dem, træffer vi afgørelse på det foreliggende grundlag.")]
    elif which == "dpnotice":
        title = "Du har fået ny post"
        blocks = []
        body = [("p", f"Du har modtaget et brev fra {c.kommune} Kommune i Digital Post: »Afgørelse om mentorstøtte«."),
                ("p", "Log på borger.dk eller brug appen Digital Post for at læse brevet. Svar ikke på denne besked.")]
    elif which == "order":
        blocks = [("p", c.sender.replace("\n", " · "))]
        title = "Bestilling af mentorforløb"
        body = [("meta", [("Leverandør", c.provider), ("Rekvisitionsnr.", f"REK{rng.randint(100000, 999999)}")]),
                ("p", f"{c.sender.splitlines()[0]} bestiller hermed et mentorforløb til borger med sagsnr. {c.case}."),
                ("table", [["Periode", per], ["Timer", hours_text(rng)], ["Kontaktperson i kommunen", f"{c.cw.name}, {c.cw_mail}"]]),
                ("p", "Leverandøren sender statusnotat hver 4. uge og slutrapport senest 14 dage efter forløbets afslutning. "
                      "Fakturering sker månedligt bagud.")]
    elif which == "status":
        blocks = [("p", c.provider)]
        title = rng.choice(["Statusnotat – mentorforløb", "Statusrapport fra mentor"])
        body = [("meta", [("Borger", c.citizen.name), ("Mentor", f"{c.mentor.name}, tlf. {c.mentor.phone}"),
                          ("Periode", per)]),
                ("p", f"{fn} er mødt til 9 ud af 10 aftaler i perioden. Vi har arbejdet med morgenrutiner og transport til "
                      f"{c.work}. {fn} møder nu stabilt fire dage om ugen."),
                ("p", "Anbefaling: Forløbet fortsætter uændret med 3 timer om ugen.")]
    elif which == "invoice":
        blocks = [("p", f"{c.provider}\nCVR {rng.randint(10000000, 99999999)}")]
        title = f"Faktura nr. {rng.randint(1000, 9999)}"
        body = [("meta", [("Til", c.sender.splitlines()[0]), ("Sagsnr.", c.case), ("Periode", per)]),
                ("table", [["Ydelse", "Antal", "Pris", "I alt"],
                           ["Mentortimer", "12", "525,00", "6.300,00"],
                           ["Kørsel", "1", "340,00", "340,00"]]),
                ("p", "Betalingsbetingelser: netto 30 dage. Beløb i kr. ekskl. moms.")]
    else:
        raise ValueError(which)
    blocks.append(("title", title))
    blocks += body
    if which not in ("dpnotice", "ankestyrelsen", "order", "status", "invoice"):
        blocks += signature(rng, c)
    return Doc(name, kind, sub, f"lookalike-{which}", blocks, [], [], [f"lookalike:{which}"] + (["cpr"] if with_cpr else []),
               [c.cpr] if with_cpr else [], None, subject=title)


def reconsidered_changed_doc(rng, c, *, appeal="full", name="x", with_cpr=False):
    """A reconsideration that changes the decision: a new decision (docs/lint.md)."""
    s, e = make_period(rng, c, "exact")
    blocks = letterhead(rng, c, with_cpr)
    title = rng.choice(["Genvurdering – vi ændrer vores afgørelse om mentorstøtte",
                        "Ændring af din mentorstøtte – timetal", "Ny afgørelse efter din klage"])
    blocks.append(("title", title))
    blocks.append(("p", f"Kære {c.citizen.first}"))
    blocks.append(("p", f"Du har klaget over vores afgørelse om mentorstøtte. Vi har genvurderet sagen og giver dig delvis "
                        f"medhold: Du får nu 3 timer pr. uge i stedet for 1 time om ugen, {ip(period_str(rng, s, e))}."))
    blocks.append(("h", "Begrundelse"))
    blocks.append(("p", "Vi har lagt vægt på den nye udtalelse fra din praktikvært, som viser, at du har brug for mere støtte "
                        "i opstarten. Du får dog ikke de 6 timer om ugen, du søgte om, fordi mentoren vurderer, at 3 timer er nok."))
    rules = []
    extras = []
    if appeal == "none":
        rules.append("missing-appeal-guidance")
    else:
        blocks.append(("h", "Klagevejledning"))
        if appeal == "full":
            blocks.append(("p", appeal_full(rng, c)))
        else:
            blocks.append(("p", appeal_defect(rng, c, appeal)))
            if appeal == "direct":
                extras.append("appeal-wrong-route")
            else:
                rules.append("missing-appeal-guidance")
    blocks += signature(rng, c)
    return Doc(name, "decision", "decision-reconsidered-changed", "letter", blocks, rules, extras,
               ["reconsideration-changed", f"appeal:{appeal}"] + (["cpr"] if with_cpr else []),
               [c.cpr] if with_cpr else [], {"start": s.isoformat(), "end": e.isoformat()}, subject=title)


# ----------------------------------------------------------------------------- renderers

def render_txt(doc: Doc, rng, style="plain") -> str:
    chunks = []   # (group, text): consecutive chunks of the same group join with one newline

    def add(text, group=None):
        chunks.append((group, text))
    for kind, v in doc.blocks:
        if kind == "title":
            t = v.upper() if style == "caps" else v
            add(t + ("\n" + "=" * len(v) if style == "plain" else ""))
        elif kind == "h":
            add(v + ("\n" + "-" * len(v) if style == "plain" else ""))
        elif kind == "h3":
            add(v + ":")
        elif kind in ("p", "sig"):
            add(v)
        elif kind == "li":
            add(f"- {v}", "li")
        elif kind == "table":
            g = f"t{id(v)}"
            for r in v:
                if r == ["Punkt", "Indhold"]:
                    continue
                if len(r) == 2:
                    add(f"{r[0]}: {r[1]}" if r[1] else f"{r[0]}:", g)
                else:
                    add("\t".join(r), g)
        elif kind == "meta":
            add("\n".join(f"{k}: {val}" for k, val in v))
    out = []
    prev = object()
    for g, t in chunks:
        if out:
            out.append("\n" if (g is not None and g == prev) else "\n\n")
        out.append(t)
        prev = g
    return "".join(out).strip() + "\n"


def render_html(doc: Doc, rng) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{e(doc.subject or '')}</title>",
             "<style>body{font-family:Arial;max-width:48em} td{border:1px solid #999;padding:4px}</style></head><body>"]
    inlist = False
    for kind, v in doc.blocks:
        if kind != "li" and inlist:
            parts.append("</ul>")
            inlist = False
        if kind == "title":
            parts.append(f"<h1>{e(v)}</h1>")
        elif kind == "h":
            parts.append(f"<h2>{e(v)}</h2>")
        elif kind == "h3":
            parts.append(f"<h3>{e(v)}</h3>")
        elif kind == "p":
            parts.append("<p>" + "<br>".join(e(x) for x in v.split("\n")) + "</p>")
        elif kind == "li":
            if not inlist:
                parts.append("<ul>")
                inlist = True
            parts.append(f"<li>{e(v)}</li>")
        elif kind == "table":
            parts.append("<table>" + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in v) + "</table>")
        elif kind == "meta":
            parts.append('<div class="info">' + "<br>".join(f"{e(k)}: {e(val)}" for k, val in v) + "</div>")
        elif kind == "sig":
            parts.append("<p>" + "<br>".join(e(x) for x in v.split("\n")) + "</p>")
        elif kind == "pagebreak":
            parts.append("<hr>")
    if inlist:
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render_docx(doc: Doc, path: Path, rng):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = rng.choice(["Calibri", "Arial", "Times New Roman"])
    d.styles["Normal"].font.size = Pt(11)
    bold_heads = rng.random() < 0.4
    for kind, v in doc.blocks:
        if kind == "title":
            d.add_heading(v, level=1)
        elif kind in ("h", "h3"):
            if bold_heads:
                p = d.add_paragraph()
                p.add_run(v).bold = True
            else:
                d.add_heading(v, level=2 if kind == "h" else 3)
        elif kind == "p":
            p = d.add_paragraph()
            lines = v.split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
        elif kind == "li":
            d.add_paragraph(v, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(v), cols=max(len(r) for r in v))
            t.style = "Table Grid"
            for i, r in enumerate(v):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph()
        elif kind == "meta":
            p = d.add_paragraph()
            for i, (k, val) in enumerate(v):
                r = p.add_run(f"{k}: {val}")
                if i < len(v) - 1:
                    r.add_break()
        elif kind == "sig":
            p = d.add_paragraph()
            lines = v.split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.core_properties.author = "Sagssystem"
    d.core_properties.title = doc.subject or ""
    d.core_properties.created = d.core_properties.modified = dt.datetime(2026, 1, 1, 8, 0, 0)
    d.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path: Path):
    """Fixed timestamps inside the package, so a seed gives byte-identical DOCX files."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def render_pdf_rl(doc: Doc, path: Path, rng):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)
    ss = getSampleStyleSheet()
    e = lambda s: html.escape(s, quote=False).replace("\n", "<br/>")
    story = []
    pending = []

    def flush():
        if pending:
            story.append(ListFlowable([ListItem(Paragraph(e(x), ss["BodyText"])) for x in pending], bulletType="bullet"))
            pending.clear()
    for kind, v in doc.blocks:
        if kind != "li":
            flush()
        if kind == "title":
            story.append(Paragraph(e(v), ss["Heading1"]))
        elif kind == "h":
            story.append(Paragraph(e(v), ss["Heading2"]))
        elif kind == "h3":
            story.append(Paragraph(e(v), ss["Heading3"]))
        elif kind in ("p", "sig"):
            story.append(Paragraph(e(v), ss["BodyText"]))
        elif kind == "li":
            pending.append(v)
        elif kind == "table":
            ncol = max(len(r) for r in v)
            w = (16 * cm) / ncol if ncol != 2 else None
            data = [[Paragraph(e(c), ss["BodyText"]) for c in r] for r in v]
            t = Table(data, colWidths=[w] * ncol if w else [5 * cm, 11 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "meta":
            story.append(Paragraph("<br/>".join(e(f"{k}: {val}") for k, val in v), ss["BodyText"]))
        elif kind == "pagebreak":
            story.append(PageBreak())
    flush()
    SimpleDocTemplate(str(path), pagesize=A4, title=doc.subject or "", author="fz",
                      leftMargin=2.2 * cm, rightMargin=2.2 * cm).build(story)


def render_eml(doc: Doc, rng, c_from: str, attach: tuple | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = c_from
    m["To"] = "borger@example.dk"
    m["Subject"] = doc.subject or ""
    m["Date"] = format_datetime(dt.datetime(2026, rng.randint(1, 10), rng.randint(1, 28), 10, rng.randint(0, 59),
                                            tzinfo=dt.timezone.utc))
    m["Message-ID"] = f"<{rng.randint(10**9, 10**10)}@mail.example.dk>"
    if attach is None:
        m.set_content(render_txt(doc, rng, "mail"))
    else:
        fname, data, mime = attach
        m.set_content(doc._mail_body)
        maintype, subtype = mime.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
        m.set_boundary(f"===============fz{rng.randint(10**9, 10**10)}==")
    return bytes(m)


# ----------------------------------------------------------------------------- plan

def build(seed: int):
    rng = random.Random(seed)
    docs: list[tuple[Doc, str]] = []   # (doc, format)
    n = [0]

    def nm(prefix):
        n[0] += 1
        return f"{prefix}-{n[0]:03d}"

    def C(old=None):
        c = Case(rng, year_2025=(rng.random() < 0.2) if old is None else old)
        return c

    def want_cpr():
        return rng.random() < 0.25

    # A. Decisions that carry no agreement, or refer to a separate one (30)
    plan_a = [
        ("grant", dict(appeal="full", period="exact", agreement="separate")),
        ("grant", dict(appeal="full", period="short", agreement="enclosure_list")),
        ("grant", dict(appeal="none", period="exact", agreement="separate")),
        ("grant", dict(appeal="full", period="over", agreement="separate")),
        ("grant", dict(appeal="direct", period="short", agreement="none")),
        ("grant", dict(appeal="nodeadline", period="exact", agreement="separate")),
        ("grant", dict(appeal="full", period="over1", agreement="none")),
        ("grant", dict(appeal="full", period="exact", agreement="separate", udskriv=True)),
        ("partial", dict(appeal="full", period="exact", agreement="separate")),
        ("partial", dict(appeal="full", period="short", reasons=False, agreement="none")),
        ("partial", dict(appeal="empty", period="exact", agreement="separate")),
        ("partial", dict(appeal="full", period="over", agreement="separate")),
        ("partial", dict(appeal="other", period="short", agreement="none")),
        ("partial", dict(appeal="full", period="exact", agreement="enclosure_list")),
        ("refusal", dict(appeal="full")),
        ("refusal", dict(appeal="full", reasons=False)),
        ("refusal", dict(appeal="none")),
        ("refusal", dict(appeal="nobody")),
        ("refusal", dict(appeal="direct")),
        ("refusal", dict(appeal="full")),
        ("extension", dict(appeal="full", period="exact", agreement="separate")),
        ("extension", dict(appeal="full", period="over", agreement="none")),
        ("extension", dict(appeal="none", period="short", agreement="separate")),
        ("extension", dict(appeal="full", period="short", agreement="enclosure_list")),
        ("extension", dict(appeal="other", period="exact", agreement="none")),
        ("extension", dict(appeal="full", period="over1", agreement="separate")),
        ("end", dict(appeal="full")),
        ("end", dict(appeal="full", reasons=False)),
        ("end", dict(appeal="none")),
        ("end", dict(appeal="nodeadline")),
    ]
    fmts_a = ["docx", "docx", "pdf-lo", "pdf-rl", "txt", "html", "eml", "docx", "pdf-lo", "pdf-rl", "txt", "html", "eml-att"]
    for i, (dtype, kw) in enumerate(plan_a):
        c = C()
        wc = want_cpr()
        if wc:
            c.cpr = cpr(rng)
        kw = dict(kw)
        if "period" in kw and dtype in ("refusal", "end"):
            kw.pop("period")
        d = decision_doc(rng, c, dtype, with_cpr=wc, name=nm(f"afg-{dtype}"), layout="letter",
                         letter_hours=rng.random() < 0.8, **kw)
        docs.append((d, fmts_a[i % len(fmts_a)], c))

    # B/C. Decisions carrying the agreement: in the body (10) or as Bilag 1 (16)
    # tuple: dtype, where, agr_defects, appeal(letter), agr_appeal, agr_followup, agr_hours, letter_hours, letter_followup, period
    plan_bc = [
        ("grant", "body", (), "full", "none", True, True, False, False, "exact"),
        ("grant", "body", ("goal_unclear",), "full", "none", True, True, True, False, "short"),
        ("grant", "body", (), "none", "none", True, True, True, False, "exact"),
        ("grant", "body", ("mentor_nocontact",), "full", "none", True, False, True, False, "exact"),
        ("grant", "body", (), "full", "none", False, True, False, False, "exact"),
        ("partial", "body", (), "full", "none", True, True, True, False, "short"),
        ("partial", "body", ("tasks_missing",), "full", "none", True, True, True, False, "exact"),
        ("extension", "body", (), "full", "none", False, True, False, True, "exact"),
        ("extension", "body", ("followup_vague",), "full", "none", True, True, True, False, "over"),
        ("grant", "body", (), "direct", "none", True, False, False, False, "exact"),
        # Bilag 1
        ("grant", "bilag", (), "full", "ref", True, True, True, False, "exact"),
        ("grant", "bilag", (), "full", "none", False, False, True, True, "exact"),
        ("grant", "bilag", (), "none", "full", True, True, True, False, "short"),
        ("grant", "bilag", (), "none", "ref", True, True, True, False, "exact"),
        ("grant", "bilag", (), "full", "none", False, False, False, False, "exact"),
        ("grant", "bilag", ("goal_unclear",), "full", "ref", True, True, False, False, "exact"),
        ("grant", "bilag", ("mentor_nocontact",), "full", "none", True, True, True, False, "short"),
        ("grant", "bilag", (), "full", "full", True, True, True, False, "over"),
        ("partial", "bilag", (), "full", "none", True, True, True, False, "exact"),
        ("partial", "bilag", ("hours_vague",), "full", "none", True, True, False, False, "short"),
        ("partial", "bilag", ("followup_vague",), "nodeadline", "none", True, True, True, False, "exact"),
        ("extension", "bilag", (), "full", "ref", True, True, True, False, "exact"),
        ("extension", "bilag", ("goal_missing",), "full", "none", True, True, True, False, "short"),
        ("extension", "bilag", (), "full", "none", False, True, True, True, "over1"),
        ("extension", "bilag", ("tasks_missing",), "other", "full", True, True, True, False, "exact"),
        ("grant", "bilag", ("mentor_nocontact",), "full", "none", True, True, True, False, "exact", True),
        ("partial", "body", ("mentor_nocontact",), "full", "none", True, False, True, True, "exact", True),
        ("extension", "bilag", (), "full", "none", False, False, False, True, "exact"),
        ("grant", "bilag", ("duration_missing",), "full", "none", True, True, True, False, "exact"),
    ]
    fmts_bc = ["docx", "pdf-lo", "pdf-rl", "docx", "html", "txt", "pdf-lo", "eml", "docx", "pdf-rl"]
    styles = ["table", "labels", "headings", "numbered"]
    for i, row in enumerate(plan_bc):
        dtype, where, defs, ap, aap, afu, ahr, lhr, lfu, per = row[:10]
        lm = len(row) > 10 and row[10]
        c = C()
        wc = want_cpr()
        if wc:
            c.cpr = cpr(rng)
        d = decision_doc(rng, c, dtype, appeal=ap, period=per, agreement=where, agr_style=styles[i % 4],
                         agr_defects=defs, agr_appeal=aap, agr_followup=afu, agr_hours=ahr, letter_hours=lhr,
                         letter_followup=lfu, with_cpr=wc, name=nm(f"afg-{dtype}-{where}"),
                         layout=f"letter+{where}", mentor_type=rng.choice(["mentor", "tilbudsmentor", "mentorstøtte"]),
                         letter_mentor=lm)
        docs.append((d, fmts_bc[i % len(fmts_bc)], c))

    # B2. Decisions with other annexes: appeal guidance as Bilag 1, quoted standard as Bilag 2,
    #     and a case-system summary table (6)
    plan_b2 = [
        ("grant", dict(appeal="full", period="exact", agreement="separate", appeal_in_bilag=True)),
        ("refusal", dict(appeal="nodeadline", appeal_in_bilag=True)),
        ("grant", dict(appeal="full", period="short", agreement="none", guidance_bilag=True)),
        ("extension", dict(appeal="full", period="over", agreement="separate", guidance_bilag=True, summary_table=True)),
        ("grant", dict(appeal="full", period="exact", agreement="enclosure_list", summary_table=True)),
        ("partial", dict(appeal="none", period="exact", agreement="separate", summary_table=True)),
    ]
    for i, (dtype, kw) in enumerate(plan_b2):
        c = C()
        wc = want_cpr()
        if wc:
            c.cpr = cpr(rng)
        d = decision_doc(rng, c, dtype, with_cpr=wc, name=nm(f"afg-{dtype}-bilag-andet"), layout="letter+annex",
                         **kw)
        docs.append((d, ["pdf-lo", "docx", "pdf-rl", "html", "pdf-lo", "txt"][i], c))

    # G. Reconsiderations that change the decision (3)
    for i, ap in enumerate(["full", "none", "direct"]):
        c = C(old=False)
        d = reconsidered_changed_doc(rng, c, appeal=ap, name=nm("genvurdering-aendret"))
        docs.append((d, ["docx", "pdf-rl", "txt"][i], c))

    # D. Standalone agreements (10)
    plan_d = [((), "exact", "full"), (("hours_missing",), "exact", "full"), ((), "short", "ref"),
              (("goal_unclear",), "exact", "full"), (("followup_vague",), "short", "full"), ((), "over", "full"),
              (("mentor_nocontact",), "exact", "full"), ((), "exact", "full"), (("tasks_missing", "hours_missing"), "short", "full"),
              ((), "over1", "full"), (("duration_missing",), "exact", "full")]
    fmts_d = ["docx", "pdf-lo", "txt", "html", "pdf-rl"]
    for i, (defs, per, ap) in enumerate(plan_d):
        c = C()
        wc = want_cpr()
        if wc:
            c.cpr = cpr(rng)
        d = agreement_doc(rng, c, defects=defs, period=per, appeal=ap, style=styles[i % 4], with_cpr=wc,
                          name=nm("aftale"))
        docs.append((d, fmts_d[i % len(fmts_d)], c))

    # E. Min Plan (8)
    plan_e = [((), "exact"), (("hours_missing",), "exact"), ((), "short"), (("goal_unclear",), "short"),
              ((), "over"), (("mentor_nocontact",), "exact"), ((), "exact"), (("goal_missing",), "short")]
    fmts_e = ["pdf-rl", "html", "docx", "txt"]
    for i, (defs, per) in enumerate(plan_e):
        c = C(old=False)
        wc = want_cpr()
        if wc:
            c.cpr = cpr(rng)
        d = minplan_doc(rng, c, defects=defs, period=per, with_cpr=wc, name=nm("minplan"))
        docs.append((d, fmts_e[i % len(fmts_e)], c))

    # F. Look-alikes (21)
    looks = ["hearing", "hearing", "hearing", "hearing", "receipt", "receipt", "receipt", "upheld", "upheld", "upheld",
             "ankestyrelsen", "ankestyrelsen", "ankestyrelsen", "docrequest", "docrequest", "docrequest",
             "dpnotice", "order", "status", "invoice", "hearing"]
    fmts_f = ["docx", "pdf-lo", "pdf-rl", "txt", "html", "eml"]
    for i, w in enumerate(looks):
        c = C()
        wc = want_cpr() and w not in ("dpnotice", "invoice", "order")
        if wc:
            c.cpr = cpr(rng)
        d = lookalike_doc(rng, c, w, with_cpr=wc, name=nm(f"ligner-{w}"))
        fmt = "eml" if w == "dpnotice" else fmts_f[i % len(fmts_f)]
        docs.append((d, fmt, c))
    return docs


EXT = {"eml-att": "eml", "docx": "docx", "pdf-lo": "pdf", "pdf-rl": "pdf", "txt": "txt", "html": "html", "eml": "eml"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1414)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    docs = build(a.seed)
    rng = random.Random(a.seed + 1)
    tmp = Path(tempfile.mkdtemp(prefix="fz_"))
    lo_jobs = []
    entries = []
    for doc, fmt, c in docs:
        folder = {"decision": "afgoerelser", "agreement": "aftaler", "minplan": "minplan", "unknown": "andet"}[doc.kind]
        rel = f"{folder}/{doc.name}.{EXT[fmt]}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        traits = list(doc.traits) + [f"fmt:{fmt}"]
        if fmt == "docx":
            render_docx(doc, p, rng)
        elif fmt == "pdf-lo":
            src = tmp / f"{doc.name}.docx"
            render_docx(doc, src, rng)
            lo_jobs.append((src, p))
        elif fmt == "pdf-rl":
            render_pdf_rl(doc, p, rng)
        elif fmt == "txt":
            p.write_text(render_txt(doc, rng, rng.choice(["plain", "caps"])), encoding="utf-8")
        elif fmt == "html":
            p.write_text(render_html(doc, rng), encoding="utf-8")
        elif fmt == "eml-att":
            src = tmp / f"{doc.name}.docx"
            render_docx(doc, src, rng)
            doc._mail_body = (f"Kære {c.citizen.first}\n\nHermed afgørelsen om din mentorstøtte. Du finder brevet "
                              f"vedhæftet.\n\nVenlig hilsen\n{c.cw.name}\n{c.sender.splitlines()[0]}\n")
            p.write_bytes(render_eml(doc, rng, f"{c.cw.name} <{c.cw_mail}>",
                                     (f"{doc.name}.docx", src.read_bytes(),
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document")))
        elif fmt == "eml":
            sender = f"{c.cw.name} <{c.cw_mail}>"
            p.write_bytes(render_eml(doc, rng, sender))
        must = []
        for x in doc.cprs:
            must += [x, x.replace("-", "")]
        e = {"path": rel, "format": EXT[fmt], "kind": doc.kind, "subtype": doc.subtype, "layout": doc.layout,
             "rules": [r for r in doc.rules if r in RULES9], "extras": doc.extras, "error": None,
             "accept_errors": [], "must_not_contain": must, "traits": traits, "period": doc.period}
        entries.append(e)
    if lo_jobs:
        prof = "file:///tmp/lo_fz_profile"
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir",
                        str(tmp)] + [str(s) for s, _ in lo_jobs], check=True, capture_output=True, timeout=600)
        for src, dst in lo_jobs:
            shutil.move(str(src.with_suffix(".pdf")), str(dst))
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {out}")


if __name__ == "__main__":
    main()
