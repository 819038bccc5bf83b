#!/usr/bin/env python3
"""Corpus CM: how people phrase each agreement field when they do not use a template.

Written independently from ../shared/domain.md, the seeds and the rule docs
(`mentordocs rules NAME`). About 100 documents: ~70 agreements, ~15 decision letters,
~15 documents that are none of the kinds; DOCX, PDF, ODT, TXT and HTML.

Usage: make_corpus_cm.py --out DIR [--seed N]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

SEED = 8_0_2026

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]
NUMWORDS = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte",
            9: "ni", 10: "ti", 12: "tolv"}

FIRST = ["Ahmed", "Mette", "Jonas", "Sofie", "Kasper", "Line", "Mads", "Amina", "Frederik",
         "Camilla", "Yusuf", "Signe", "Rasmus", "Nadia", "Emil", "Julie", "Oliver", "Fatima",
         "Nikolaj", "Louise", "Tobias", "Ida", "Ali", "Maja", "Sebastian", "Kristina"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Kaya", "Yilmaz",
        "Hussein", "Bach", "Lund", "Dahl"]
MENTOR_FIRST = ["Sara", "Lars", "Birgitte", "Henrik", "Pernille", "Thomas", "Hanne", "Morten",
                "Dorthe", "Kim", "Lene", "Jesper", "Anja", "Bo", "Tina", "Søren"]
PROVIDERS = [("Jobhuset Nord", "jobhusetnord.dk"), ("Mentorcentret", "mentorcentret.dk"),
             ("Kompas Mentor ApS", "kompasmentor.dk"), ("Broen Mentorservice", "broen-mentor.dk"),
             ("Ungeenheden", None), ("Job & Trivsel", "jobogtrivsel.dk"),
             ("Vejen Videre I/S", "vejenvidere.dk"), ("Mentorkorpset", None)]
KOMMUNER = ["Næstved", "Viborg", "Holbæk", "Herning", "Svendborg", "Randers", "Slagelse",
            "Silkeborg", "Hjørring", "Kolding", "Faxe", "Roskilde", "Tønder", "Assens",
            "Ringsted", "Frederikshavn"]


def phone(rng):
    return " ".join(f"{rng.randint(20, 99)}" if i == 0 else f"{rng.randint(0, 99):02d}"
                    for i in range(4))


def cpr(rng):
    d = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 16000))
    return f"{d:%d%m%y}-{rng.randint(0, 9999):04d}"


def dlong(d, rng, with_year=True):
    s = f"{d.day}. {MONTHS[d.month - 1]}"
    return f"{s} {d.year}" if with_year else s


def dfmt(d, rng):
    style = rng.choice(["long", "long", "dots", "slash", "zero", "abbr", "iso"])
    if style == "long":
        return dlong(d, rng)
    if style == "dots":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "zero":
        return f"{d:%d.%m.%Y}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return d.isoformat()


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def month_end(y, m):
    import calendar
    return dt.date(y, m, calendar.monthrange(y, m)[1])


# ---------------------------------------------------------------------------------------
# Field content. Each builder returns (label or None, body) where body is a str or a
# list of str (bullets) or a tuple ("intro", [bullets]).
# ---------------------------------------------------------------------------------------

@dataclass
class Person:
    first: str
    last: str

    @property
    def name(self):
        return f"{self.first} {self.last}"


@dataclass
class Ctx:
    rng: random.Random
    citizen: Person
    mentor: Person
    provider: tuple
    kommune: str
    cw: Person  # caseworker
    style: str
    rules: set = field(default_factory=set)
    extras: set = field(default_factory=set)
    traits: list = field(default_factory=list)
    period: dict | None = None


GOALS_CLEAR = [
    "{c} starter på FVU-dansk trin 2 på VUC Storstrøm i august 2026 og møder op til mindst 9 ud af 10 undervisningsgange.",
    "{c} er optaget på EUX Handel på Zealand Business College og gennemfører grundforløbet med fremmøde over 90 %.",
    "{c} gennemfører AMU-kurset Gaffeltruck (certifikat B) i løbet af foråret og søger derefter mindst to jobs om ugen som lagermedarbejder.",
    "{c} søger ind på SOSU-hjælperuddannelsen på SOSU Nord med start 1. august 2026.",
    "{c} fortsætter på FGU (produktionsgrunduddannelse, værkstedet Køkken) og møder mindst fire dage om ugen.",
    "{c} er i virksomhedspraktik 15 timer om ugen i Netto, Bredgade, senest 1. maj 2026 med henblik på løntilskud.",
    "{c} fastholder sit fleksjob som pedelmedhjælper hos Boligselskabet Lyset (12 timer om ugen) uden fravær ud over aftalt.",
    "{c} gennemfører 2. år på STU hos Kofoeds Skole og laver en plan for arbejde bagefter.",
    "{c} tager HF-enkeltfag i matematik C og dansk C på VUC og består eksamen i juni 2026.",
    "{c} starter på EUD grundforløb 1 (GF1) på TECHCOLLEGE, murer, i januar 2027.",
    "Ordinært job som buschauffør hos Arriva; {c} tager kørekort D via AMU inden 1. juli 2026.",
    "{c} bliver klar til at tage imod et job på 20 timer om ugen i rengøring, og er i praktik hos ISS fra april.",
    "{c} arbejder med sig selv og sine rutiner, så {c} kan starte i praktik som gartnermedhjælper hos Plantorama 1. april 2026 (3 dage om ugen).",
    "{c} gennemfører 10. klasse-forløbet på FGU og søger ind på en erhvervsuddannelse (EUD) til sommer.",
    "At {c} bliver i sit job som køkkenmedhjælper på Restaurant Havnen og øger fra 15 til 25 timer om ugen inden september.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "{c} skal arbejde med sig selv og få mere selvværd.",
    "Mere struktur på hverdagen og bedre trivsel.",
    "Sikre at {c} får det bedre og kommer tættere på arbejdsmarkedet.",
    "Hjælp til at få styr på økonomien og motivere {c}.",
]

GOAL_LABELS = {
    "labels": ["Mål", "Målet med mentorstøtten", "Borgerens mål", "Formål med forløbet",
               "Målsætning", "Dit mål", "Hovedformål", "Mål og delmål"],
    "questions": ["Hvad er målet?", "Hvad vil du gerne nå?", "Hvad skal mentorstøtten føre til?",
                  "Hvorfor får du en mentor?"],
    "leadin": ["Vi har aftalt følgende mål for forløbet:", "Målet, vi arbejder hen imod, er dette:",
               "Det overordnede mål er aftalt således:", "Sammen har vi sat dette mål:"],
}


def goal(ctx, defect=None):
    rng, c = ctx.rng, ctx.citizen.first
    lab = pick_label(ctx, GOAL_LABELS)
    if defect == "missing":
        return None
    if defect == "placeholder":
        return (lab or "Mål", rng.choice(["Udfyldes senere", "-", "xx", "…"]))
    if defect == "unclear":
        return (lab, rng.choice(GOALS_UNCLEAR).format(c=c))
    text = rng.choice(GOALS_CLEAR).format(c=c)
    if ctx.style == "letter" and text.startswith(c) and "sig selv" not in text:
        text = "Du " + text[len(c) + 1:]
    return (lab, text)


def pick_label(ctx, table):
    style = ctx.style
    if style in ("labels", "table", "numbered"):
        return ctx.rng.choice(table["labels"])
    if style == "questions":
        return ctx.rng.choice(table["questions"])
    if style == "leadin":
        return ctx.rng.choice(table["leadin"])
    return None  # letter: prose


MENTOR_LABELS = {
    "labels": ["Mentor", "Mentors kontaktdata", "Din mentor", "Mentorens navn og kontaktdata",
               "Kontaktperson (mentor)", "Mentor/kontaktperson"],
    "questions": ["Hvem er din mentor?", "Hvordan får du fat i din mentor?", "Hvem er mentor?"],
    "leadin": ["Din mentor i forløbet er:", "Mentor i forløbet bliver:",
               "Du kan altid kontakte din mentor her:"],
}


def mentor(ctx, defect=None):
    rng, m = ctx.rng, ctx.mentor
    prov, dom = ctx.provider
    lab = pick_label(ctx, MENTOR_LABELS)
    tel = phone(rng)
    def ascii_(x):
        return x.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    mail = f"{ascii_(m.first)}.{ascii_(m.last)}@{dom or ascii_(ctx.kommune) + '.dk'}"
    if defect == "missing":
        return None
    if defect == "noname":
        body = rng.choice([f"Mentor fra {prov} – kontakt via {prov} på tlf. {tel}",
                           f"Tildeles af {prov}, tlf. {tel}"])
        return (lab or "Mentor", body)
    if defect == "nocontact":
        body = rng.choice([f"{m.name}, {prov}", f"{m.name} ({prov})", f"{m.name}"])
        return (lab or "Mentor", body)
    forms = [f"{m.name}, {prov}, tlf. {tel}, {mail}",
             f"{m.name}\n{prov}\nTelefon: {tel}\nMail: {mail}",
             f"{m.name} – mobil {tel}",
             f"{m.name} ({prov}). Du kan ringe eller skrive på {tel} (bedst mellem 8 og 15) eller maile til {mail}.",
             f"Navn: {m.name}\nTlf.: {tel}\nE-mail: {mail}"]
    if ctx.style == "letter":
        return (None, f"Du kan altid få fat i mig på {tel} eller {mail}.")
    return (lab, rng.choice(forms))


TASKS = [
    "følge dig til de første to møder på praktikstedet",
    "hjælpe dig med at lægge en ugeplan med mødetider",
    "tage en samtale med dig hver uge om fremmøde og transport",
    "ringe dig op om morgenen de dage, du skal i skole, de første tre uger",
    "hjælpe med at søge SU og åbne post i e-Boks sammen med dig",
    "være bindeled til din kontaktperson på skolen",
    "øve jobsamtaler med dig inden du søger",
    "tage med til møder på jobcentret, hvis du ønsker det",
    "hjælpe dig med at finde en bus- eller togforbindelse du kan bruge",
    "støtte dig i at sige til, hvis noget på arbejdspladsen bliver svært",
]
TASK_NOUNS = ["at komme op om morgenen og af sted til skole", "transporten til praktikstedet",
              "at åbne og forstå breve i e-Boks", "en ugeplan med faste mødetider",
              "kontakten til din lærer og studievejleder", "at forberede dig til jobsamtaler",
              "at søge SU og boligstøtte", "at sige fra, hvis noget på arbejdspladsen bliver for meget"]
TASK_LABELS = {
    "labels": ["Mentorens opgaver", "Opgaver for mentor", "Indsatsområder", "Støtten består i",
               "Mentors opgaver i forløbet", "Det hjælper mentor med"],
    "questions": ["Hvad skal mentor hjælpe med?", "Hvad hjælper mentoren dig med?",
                  "Hvad skal mentoren gøre?"],
    "leadin": ["Mentoren skal hjælpe dig med følgende:", "Konkret består støtten i, at mentor vil:",
               "Det er aftalt, at mentor skal:"],
}


def tasks(ctx, defect=None):
    rng = ctx.rng
    if defect == "missing":
        return None
    lab = pick_label(ctx, TASK_LABELS)
    if defect == "placeholder":
        return (lab or "Mentorens opgaver", rng.choice(["-", "Udfyldes senere", "Udfyldes af mentor"]))
    items = rng.sample(TASKS, rng.randint(2, 4))
    if ctx.style == "letter":
        return ("Jeg skal:", items)
    form = rng.random()
    if form < 0.35:
        # tasks introduced by the mentor's first name
        first = ctx.mentor.first
        if rng.random() < 0.6:
            return (f"{first} skal hjælpe dig med:", rng.sample(TASK_NOUNS, rng.randint(2, 4)))
        return (rng.choice([f"{first} skal:", f"Det vil {first} gøre:"]), items)
    if form < 0.6:
        return (lab, [i[0].upper() + i[1:] for i in items])
    txt = f"Mentor skal {items[0]} og {items[1]}."
    if len(items) > 2:
        txt += f" Derudover skal mentor {items[2]}."
    return (lab, txt)


PERIOD_LABELS = {
    "labels": ["Periode", "Varighed", "Aftalens varighed", "Bevillingsperiode", "Forløbets periode",
               "Start og slut"],
    "questions": ["Hvor længe?", "Hvornår starter og slutter forløbet?", "Hvor lang tid varer det?"],
    "leadin": ["Forløbet løber i denne periode:", "Aftalen gælder for perioden:",
               "Mentorstøtten er bevilget således:"],
}


def period(ctx, defect=None, limit_note=True):
    """Return (label, body) and set ctx.period and traits."""
    rng = ctx.rng
    lab = pick_label(ctx, PERIOD_LABELS)
    if defect == "missing":
        return None
    if defect == "placeholder":
        return (lab or "Periode", rng.choice(["Indtil videre", "Udfyldes senere", "-"]))
    year = rng.choice([2025, 2026, 2026])
    sm = rng.randint(1, 9) if defect != "over6" else rng.randint(1, 6)
    start = dt.date(year, sm, 1)
    if defect == "over6":
        shape = rng.choice(["range", "startlen", "weeks", "months", "tom"])
        months = rng.choice([7, 8, 9, 12])
        end = add_months(start, months) - dt.timedelta(days=1)
        ctx.traits.append(f"period:over6:{months}m")
    else:
        shape = rng.choice(["range", "startlen", "weeks", "months", "tom", "weeks26",
                            "range", "startlen", "exact6", "short"])
        months = rng.choice([3, 4, 6, 6])
        end = add_months(start, months) - dt.timedelta(days=1)
    if shape == "weeks" or (defect != "over6" and shape == "weeks26"):
        if shape == "weeks26":
            s = start + dt.timedelta(days=(7 - start.weekday()) % 7)
            e = s + dt.timedelta(weeks=26) - dt.timedelta(days=1)
            body = rng.choice([f"26 uger fra {dfmt(s, rng)}", f"Fra {dfmt(s, rng)} og 26 uger frem"])
            ctx.traits.append("near-miss:26-weeks")
            start, end = s, e
        else:
            w1 = start.isocalendar()[1] if start.isocalendar()[0] == year else 1
            w1 = max(w1, 2)
            nweeks = {3: 12, 4: 16, 6: 24, 7: 34, 8: 34, 9: 34, 12: 34}[months]
            w2 = min(w1 + nweeks, 52)
            s = dt.date.fromisocalendar(year, w1, 1)
            e = dt.date.fromisocalendar(year, w2, 7)
            assert defect != "over6" or add_months(s, 6) - dt.timedelta(days=1) < e
            body = rng.choice([f"uge {w1}-{w2} {year}", f"Uge {w1} til uge {w2}, {year}",
                               f"Fra uge {w1} {year} til og med uge {w2}"])
            start, end = s, e
    elif shape == "startlen":
        body = rng.choice([
            f"Start {dfmt(start, rng)}, varighed {months} måneder",
            f"Fra {dfmt(start, rng)} og {NUMWORDS.get(months, str(months))} måneder frem",
            f"Pr. {dfmt(start, rng)} i {months} mdr.",
            f"Opstart {dfmt(start, rng)} – forløbet varer {NUMWORDS.get(months, str(months))} måneder",
        ])
    elif shape == "months":
        em = end.month
        body = rng.choice([f"{MONTHS[start.month - 1]}–{MONTHS[em - 1]} {end.year}"
                           if start.year == end.year else
                           f"{MONTHS[start.month - 1]} {start.year} – {MONTHS[em - 1]} {end.year}",
                           f"{MONTHS[start.month - 1].capitalize()} {start.year} til og med {MONTHS[em - 1]} {end.year}"])
    elif shape == "tom":
        body = rng.choice([f"f.o.m. {start:%d.%m.%Y} t.o.m. {end:%d.%m.%Y}",
                           f"Fra og med {dlong(start, rng)} til og med {dlong(end, rng)}",
                           f"{dfmt(start, rng)} til og med {dfmt(end, rng)}"])
    elif shape == "exact6":
        start = dt.date(year, 3, 1)
        end = dt.date(year, 8, 31)
        body = f"{dlong(start, rng, False)} – {dlong(end, rng)}"
        ctx.traits.append("near-miss:exact-six")
    elif shape == "short":
        end = start + dt.timedelta(weeks=10) - dt.timedelta(days=1)
        body = f"{dfmt(start, rng)} - {dfmt(end, rng)} (10 uger)"
    else:
        body = rng.choice([f"{dfmt(start, rng)} – {dfmt(end, rng)}",
                           f"{dfmt(start, rng)} til {dfmt(end, rng)}",
                           f"Fra {dlong(start, rng)} til {dlong(end, rng)}"])
    if defect != "over6" and limit_note and rng.random() < 0.25:
        body = body.rstrip(".") + rng.choice([". Mentorstøtte kan gives i højst 6 måneder ad gangen.",
                            " (max. 6 måneder, mulighed for forlængelse)"])
        ctx.traits.append("near-miss:legal-limit-mentioned")
    ctx.period = {"start": start.isoformat(), "end": end.isoformat()}
    ctx.traits.append(f"period-shape:{shape}")
    if ctx.style == "letter":
        return (None, f"Vi har aftalt at arbejde sammen i perioden {body[0].lower() + body[1:]}.")
    return (lab, body)


FOLLOW_LABELS = {
    "labels": ["Opfølgning", "Opfølgning og progression", "Evaluering", "Statusmøder",
               "Sådan følger vi op"],
    "questions": ["Hvordan følger vi op?", "Hvornår taler vi om, hvordan det går?",
                  "Hvordan ved vi, om det går fremad?"],
    "leadin": ["Vi følger op på forløbet på denne måde:", "For at se om det går fremad, har vi aftalt:",
               "Opfølgningen foregår sådan:"],
}


def follow(ctx, defect=None):
    rng = ctx.rng
    if defect == "missing":
        return None
    lab = pick_label(ctx, FOLLOW_LABELS)
    if defect == "placeholder":
        return (lab or "Opfølgning", rng.choice(["-", "Aftales senere", "Udfyldes"]))
    cw = ctx.cw.first
    forms = [
        f"Statusmøde med dig, mentor og {cw} (sagsbehandler) hver 4. uge. Delmål: fremmøde tre dage om ugen fra uge 2.",
        "Vi holder et midtvejsmøde efter tre måneder og en evaluering 14 dage før forløbet slutter.",
        f"{cw} ringer til dig og mentor hver måned. Progressionen måles på, hvor mange dage du er mødt op.",
        "Hver anden uge kort status på telefon; samlet evaluering fire uger før bevillingen udløber.",
        "Mentor sender en kort statusrapport til kommunen hver måned. Vi mødes alle tre ved afslutningen og vurderer, om målet er nået.",
    ]
    body = rng.choice(forms)
    if ctx.style == "letter":
        body = "Vi mødes med din sagsbehandler " + rng.choice(
            ["hver 4. uge og ser på, hvor langt du er nået.",
             "efter to måneder og igen 14 dage før forløbet slutter, og ser på, om målet er nået."])
    return (lab, body)


HOURS_LABELS = {
    "labels": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang", "Mentortimer", "Timeantal"],
    "questions": ["Hvor mange timer?", "Hvor meget tid har mentor til dig?",
                  "Hvor ofte ses I?"],
    "leadin": ["Mentorstøtten har dette omfang:", "Der er afsat følgende tid:",
               "Du får mentorstøtte i dette omfang:"],
}


def hours(ctx, defect=None):
    rng = ctx.rng
    if defect == "missing":
        return None
    lab = pick_label(ctx, HOURS_LABELS)
    if defect == "vague" and ctx.style == "letter":
        return (None, rng.choice(["Vi ses efter behov, og du kan altid ringe.",
                                  "Vi ses et par timer om ugen, alt efter hvordan det går."]))
    if defect == "vague":
        return (lab or "Timetal", rng.choice(["Efter behov", "Et par timer om ugen",
                                              "Løbende, efter behov", "Det aftaler vi undervejs"]))
    forms = [
        ("3 timer pr. uge", "digits"),
        ("1½ time om ugen", "fraction"),
        ("½ time ugentligt samt telefonopkald", "fraction"),
        ("halvanden time om ugen", "words"),
        ("to timer om ugen", "words"),
        ("24 mentortimer i perioden", "total"),
        ("2-3 timer om ugen", "range"),
        ("4 t/uge", "abbr"),
        ("8 timer om måneden", "month"),
        ("I mødes hver tirsdag kl. 9-11", "meeting"),
        ("2 timer ugentligt. Tidspunkterne aftales efter aftale med mentor.", "efter-aftale-next"),
        ("Op til 3 timer om ugen de første to måneder, derefter 1 time om ugen", "stepped"),
        ("tre timer hver uge", "words"),
    ]
    body, tag = rng.choice(forms)
    ctx.traits.append(f"hours:{tag}")
    if ctx.style == "letter":
        return (None, f"Jeg har {body[0].lower() + body[1:]} til dig." if not body.startswith("I mødes")
                else "Vi mødes hver tirsdag kl. 9-11.")
    return (lab, body[0].upper() + body[1:])


APPEAL_LABELS = {
    "labels": ["Klagevejledning", "Klageadgang", "Hvis du vil klage", "Klage"],
    "questions": ["Hvad gør du, hvis du er uenig?", "Kan du klage?"],
    "leadin": ["Er du ikke enig, kan du klage sådan:", "Sådan klager du:"],
}

APPEAL_ONE = [
    "Er du ikke enig i afgørelsen, kan du klage til {k} Kommune inden 4 uger; fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen til Jobcenter {k} inden fire uger efter, du har modtaget den – kommunen genvurderer sagen og sender den til Ankestyrelsen, hvis vi fastholder afgørelsen.",
]
APPEAL_LONG = [
    ["Hvis du ikke er enig i kommunens afgørelse om mentorstøtte, skal du klage til {k} Kommune inden fire uger fra den dag, du har modtaget afgørelsen.",
     "Du kan klage skriftligt eller mundtligt. Skriv gerne, hvorfor du er uenig. Kontakt din sagsbehandler, hvis du vil have hjælp til at klage.",
     "Kommunen skal genvurdere afgørelsen inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
     "Reglerne står i lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedsloven kapitel 10."],
    ["Du har ret til at klage over afgørelsen. Fristen er 4 uger fra du har fået dette brev.",
     "Klagen sendes til Jobcenter {k}, som vurderer sagen igen. Giver vi dig ikke medhold, sender vi klagen og sagens papirer videre til Ankestyrelsen, Beskæftigelsesudvalget."],
]


def appeal(ctx, defect=None):
    rng, k = ctx.rng, ctx.kommune
    if defect == "missing":
        return None
    lab = pick_label(ctx, APPEAL_LABELS) or "Klagevejledning"
    if defect == "incomplete":
        return (lab, rng.choice(["Du kan klage over afgørelsen.",
                                 "Kontakt din sagsbehandler, hvis du er utilfreds med aftalen.",
                                 "Du har mulighed for at klage til kommunen."]))
    if defect == "wrongroute":
        ctx.extras.add("appeal-wrong-route")
        return (lab, f"Er du uenig, kan du klage direkte til Ankestyrelsen inden 4 uger. Se ast.dk.")
    if rng.random() < 0.5:
        ctx.traits.append("appeal:one-sentence")
        return (lab, rng.choice(APPEAL_ONE).format(k=k))
    ctx.traits.append("appeal:paragraphs")
    return (lab, [p.format(k=k) for p in rng.choice(APPEAL_LONG)], "paras")


# ---------------------------------------------------------------------------------------
# Document model: list of blocks.  ("title", s) ("h", s) ("p", s) ("bul", [s]) ("table", rows)
# ---------------------------------------------------------------------------------------

def field_blocks(ctx, fld, numbered_idx=None):
    if fld is None:
        return []
    label, body = fld[0], fld[1]
    paras = len(fld) > 2
    out = []
    st = ctx.style
    if isinstance(body, list) and not paras:
        if label:
            out.append(("p" if label.endswith(":") else "h", label))
        out.append(("bul", body))
        return out
    if paras:
        out.append(("h", label))
        out.extend(("p", p) for p in body)
        return out
    if label is None:
        return [("p", body)]
    if numbered_idx is not None:
        if "\n" in body:
            return [("p", f"{numbered_idx}. {label}"), ("p", body)]
        return [("p", f"{numbered_idx}. {label}: {body}")]
    if st == "labels" and "\n" not in body and ctx.rng.random() < 0.6:
        return [("p", f"{label}: {body}")]
    if st == "leadin":
        return [("p", label), ("p", body)]
    return [("h", label), ("p", body)]


AGREEMENT_TITLES = ["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentor",
                    "Samarbejdsaftale – mentorforløb", "Aftale om mentorforløb",
                    "Mentorstøtte – aftale mellem dig, mentor og kommunen"]


def make_agreement(rng, i, defects):
    style = rng.choice(["labels", "labels", "questions", "leadin", "letter", "table", "numbered"])
    citizen = Person(rng.choice(FIRST), rng.choice(LAST))
    ment = Person(rng.choice(MENTOR_FIRST), rng.choice(LAST))
    ctx = Ctx(rng, citizen, ment, rng.choice(PROVIDERS), rng.choice(KOMMUNER),
              Person(rng.choice(MENTOR_FIRST), rng.choice(LAST)), style)
    d = dict(defects)
    if style == "letter":  # a mentor's own letter leaves a field out rather than writing "-"
        d = {k: ("missing" if v == "placeholder" else v) for k, v in d.items()}
    f_goal = goal(ctx, d.get("goal"))
    f_ment = mentor(ctx, d.get("mentor"))
    f_tasks = tasks(ctx, d.get("tasks"))
    f_per = period(ctx, d.get("period"))
    f_fol = follow(ctx, d.get("follow"))
    f_hrs = hours(ctx, d.get("hours"))
    f_app = appeal(ctx, d.get("appeal"))
    # expected rules
    m = {"goal": {"missing": "missing-goal", "placeholder": "missing-goal", "unclear": "unclear-goal"},
         "mentor": {"missing": "missing-mentor", "noname": "missing-mentor", "nocontact": "missing-mentor"},
         "tasks": {"missing": "missing-tasks", "placeholder": "missing-tasks"},
         "period": {"missing": "missing-duration", "placeholder": "missing-duration",
                    "over6": "duration-over-6-months"},
         "follow": {"missing": "missing-follow-up", "placeholder": "missing-follow-up"},
         "hours": {"missing": "missing-hours", "vague": "missing-hours"},
         "appeal": {"missing": "missing-appeal-guidance", "incomplete": "missing-appeal-guidance"}}
    for k, v in d.items():
        if v in m[k]:
            ctx.rules.add(m[k][v])
        ctx.traits.append(f"defect:{k}:{v}")
    blocks = []
    k = ctx.kommune
    title = rng.choice(AGREEMENT_TITLES)
    has_cpr = rng.random() < 0.25
    cprs = cpr(rng) if has_cpr else None
    order = [f_goal, f_tasks, f_ment, f_per, f_hrs, f_fol]
    if rng.random() < 0.4:
        order = [f_ment, f_goal, f_per, f_hrs, f_tasks, f_fol]
    if style == "letter":
        blocks.append(("p", f"{ctx.provider[0]}"))
        blocks.append(("p", f"{dlong(dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)), rng)}"))
        blocks.append(("title", rng.choice(["Vores aftale om mentorforløb", "Aftale om dit mentorforløb",
                                            "Det har vi aftalt"])))
        blocks.append(("p", f"Kære {citizen.first}"))
        blocks.append(("p", f"Tak for et godt møde med dig og {ctx.cw.first} fra Jobcenter {k}. "
                            f"Her er det, vi aftalte, så du har det på skrift. Jeg er din mentor."))
        if cprs:
            blocks.append(("p", f"Vedr.: {citizen.name}, cpr.nr. {cprs}"))
        if f_goal:
            blocks.append(("p", f"{rng.choice(['Målet er:', 'Vi arbejder hen imod dette mål:', 'Det er dit mål:'])} {f_goal[1]}"))
        for f in (f_per, f_hrs, f_tasks, f_fol):
            blocks.extend(field_blocks(ctx, f))
        if f_ment:
            blocks.append(("p", f_ment[1]))
        blocks.append(("p", "Venlig hilsen"))
        if d.get("mentor") == "nocontact":
            blocks.append(("p", f"{ment.name}\nMentor, {ctx.provider[0]}"))
        elif d.get("mentor") in ("missing", "noname"):
            blocks.append(("p", f"{ctx.provider[0]}"))
        else:
            blocks.append(("p", f"{ment.name}\nMentor, {ctx.provider[0]}"))
        if f_app:
            blocks.append(("h", "Klagevejledning fra kommunen"))
            if len(f_app) > 2:
                blocks.extend(("p", x) for x in f_app[1])
            else:
                blocks.append(("p", f_app[1]))
        return ctx, blocks, title, cprs
    blocks.append(("title", title))
    blocks.append(("p", f"{k} Kommune · {rng.choice(['Jobcenter ' + k, 'Borgerservice og Beskæftigelse', 'Ungeindsatsen'])}"))
    who = rng.choice([f"Borger: {citizen.name}"] + ([] if "mentor" in d else [f"Aftalen er indgået mellem {citizen.name}, mentor {ment.first} og {ctx.cw.name}, sagsbehandler."]) + [f"Navn: {citizen.name}"])
    blocks.append(("p", who + (f"   CPR-nr.: {cprs}" if cprs else "")))
    blocks.append(("p", f"Sagsbehandler: {ctx.cw.name}, tlf. {phone(rng)}"))
    if style == "table":
        rows = []
        for f in order:
            if f is None:
                continue
            lab, body = f[0], f[1]
            if isinstance(body, list):
                body = "\n".join("• " + b for b in body)
            rows.append([lab.rstrip(":"), body])
        blocks.append(("table", rows))
    else:
        for idx, f in enumerate([f for f in order if f is not None], 1):
            blocks.extend(field_blocks(ctx, f, idx if style == "numbered" else None))
    if f_app:
        blocks.extend(field_blocks(ctx, f_app))
    blocks.append(("p", rng.choice(["Underskrifter:\n\n______________  ______________  ______________\nBorger                Mentor                Sagsbehandler",
                                    f"Dato og underskrift: ____________",
                                    f"Aftalen er gennemgået med {citizen.first} den {dlong(dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)), rng)}."])))
    return ctx, blocks, title, cprs


# --- decisions ------------------------------------------------------------------------------

def make_decision(rng, i, defects):
    citizen = Person(rng.choice(FIRST), rng.choice(LAST))
    ment = Person(rng.choice(MENTOR_FIRST), rng.choice(LAST))
    ctx = Ctx(rng, citizen, ment, rng.choice(PROVIDERS), rng.choice(KOMMUNER),
              Person(rng.choice(MENTOR_FIRST), rng.choice(LAST)), "labels")
    k = ctx.kommune
    d = defects
    sub = d.get("sub", "grant")
    has_cpr = rng.random() < 0.3
    cprs = cpr(rng) if has_cpr else None
    blocks = [("p", f"{k} Kommune\nJobcenter {k}\n{rng.choice(['Torvet 1', 'Rådhuspladsen 2', 'Jobcentervej 5'])}"),
              ("p", f"{citizen.name}" + (f"\nCPR-nr. {cprs}" if cprs else "")),
              ("p", f"Dato: {dlong(dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)), rng)}   Sagsnr.: 15.20.00-G01-{rng.randint(100, 999)}-26")]
    title = {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse – delvis bevilling af mentorstøtte",
             "refusal": "Afslag på mentorstøtte"}[sub]
    if rng.random() < 0.3 and sub == "grant":
        title = "Bevilling af mentorstøtte"
    blocks.append(("title", title))
    blocks.append(("p", f"Kære {citizen.first}"))
    if sub in ("grant", "partial"):
        fp = period(ctx, d.get("period"), limit_note=False)
        pbody = fp[1] if fp else None
        hrs = rng.choice(["3 timer om ugen", "1½ time om ugen", "to timer ugentligt", "4 timer pr. uge"])
        if sub == "grant":
            blocks.append(("p", f"Du har søgt om mentorstøtte. Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Bevillingen gælder {pbody[0].lower() + pbody[1:] if pbody else ''} med {hrs}."))
        else:
            blocks.append(("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Du får bevilget {hrs} i perioden {pbody[0].lower() + pbody[1:]}. Det er færre timer, end du har søgt om."))
        blocks.append(("p", f"Din mentor bliver {ment.name} fra {ctx.provider[0]}, som kontakter dig inden for en uge."))
    else:
        ctx.traits.append("decision:refusal")
        blocks.append(("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag på din ansøgning."))
    if d.get("reasons") != "missing":
        blocks.append(("h", rng.choice(["Begrundelse", "Derfor har vi truffet denne afgørelse", "Hvorfor?"])))
        blocks.append(("p", rng.choice([
            "Vi har lagt vægt på, at du allerede har en kontaktperson på skolen, og at støtten skal gå ud over det, skolen normalt giver. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.",
            "På baggrund af samtalen med dig og oplysningerne fra din praktikvært vurderer vi, at du har brug for støtte til at fastholde praktikken, jf. LAB § 167.",
            "Vi har vurderet, at dit behov kan dækkes med færre timer, fordi du allerede møder stabilt tre dage om ugen. Vi har lagt vægt på praktikstedets udtalelse, jf. § 167 i lov om en aktiv beskæftigelsesindsats."])))
    else:
        if sub != "grant":
            ctx.extras.add("missing-reasons")
    fa = appeal(ctx, d.get("appeal"))
    if d.get("appeal") in ("missing", "incomplete"):
        ctx.rules.add("missing-appeal-guidance")
    if d.get("period") == "over6":
        ctx.rules.add("duration-over-6-months")
    for key, v in d.items():
        ctx.traits.append(f"defect:{key}:{v}")
    if fa:
        if len(fa) > 2:
            blocks.append(("h", fa[0]))
            blocks.extend(("p", p) for p in fa[1])
        else:
            blocks.append(("h", fa[0]))
            blocks.append(("p", fa[1]))
    blocks.append(("p", f"Med venlig hilsen\n{ctx.cw.name}\nSagsbehandler, Jobcenter {k}\nTlf. {phone(rng)}"))
    return ctx, blocks, title, cprs


# --- documents that are none of the kinds -------------------------------------------------

def make_other(rng, i, sub):
    c = Person(rng.choice(FIRST), rng.choice(LAST))
    m = Person(rng.choice(MENTOR_FIRST), rng.choice(LAST))
    k = rng.choice(KOMMUNER)
    prov = rng.choice(PROVIDERS)[0]
    cprs = cpr(rng) if sub in ("status", "invoice", "minutes") and rng.random() < 0.4 else None
    B = []
    if sub == "status":
        B += [("title", "Statusrapport fra mentor"), ("p", f"Til: Jobcenter {k}, att. sagsbehandler"),
              ("p", f"Borger: {c.name}" + (f", cpr {cprs}" if cprs else "")),
              ("h", "Forløbet indtil nu"),
              ("p", f"{c.first} er mødt op til 9 af 11 aftaler i perioden 1. marts – 30. april 2026. Vi har brugt ca. 3 timer om ugen, mest på transport og samtaler om praktikken."),
              ("h", "Hvordan går det med målet?"),
              ("p", f"Målet om praktik i Netto 15 timer om ugen er tæt på at være nået. Jeg anbefaler, at vi fortsætter med samme timetal."),
              ("p", f"Mvh {m.name}, {prov}, tlf. {phone(rng)}")]
    elif sub == "invoice":
        B += [("title", f"Faktura nr. {rng.randint(1000, 9999)}"), ("p", f"{prov}\nCVR {rng.randint(10000000, 99999999)}"),
              ("p", f"Til: {k} Kommune, Jobcenter, EAN 5798000{rng.randint(100000, 999999)}"),
              ("table", [["Ydelse", "Periode", "Timer", "Beløb"],
                         [f"Mentorstøtte, {c.name}" + (f" ({cprs})" if cprs else ""), "marts 2026", "12", "6.600,00"],
                         ["Kørsel", "marts 2026", "", "412,00"]]),
              ("p", "Betalingsbetingelser: netto 30 dage. Ved spørgsmål kontakt bogholderiet, tlf. " + phone(rng))]
    elif sub == "minutes":
        B += [("title", "Referat af statusmøde"), ("p", f"Deltagere: {c.name}, {m.name} (mentor), sagsbehandler"),
              ("h", "1. Siden sidst"), ("p", f"{c.first} har været i praktik to dage om ugen. Det går godt, men transporten er svær."),
              ("h", "2. Mål og næste skridt"), ("p", "Vi fortsætter mod målet om løntilskud. Næste møde om fire uger."),
              ("h", "3. Eventuelt"), ("p", "Intet.")]
    elif sub == "leaflet":
        B += [("title", "Sådan foregår mentorstøtte i " + k + " Kommune"),
              ("p", "Når du får en mentor, laver vi en skriftlig aftale med dig. Aftalen skal indeholde:"),
              ("bul", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                       "hvor længe forløbet varer (højst 6 måneder ad gangen) og hvordan vi følger op",
                       "hvor mange timer om ugen du har mentor", "klagevejledning"]),
              ("p", "Du kan klage over kommunens afgørelse inden 4 uger. Kommunen genvurderer, og fastholder vi afgørelsen, sendes klagen til Ankestyrelsen.")]
    elif sub == "club":
        B += [("title", "Mentoraftale – FC Søhøj Ungdom"),
              ("p", f"Aftale mellem {c.first} (U17) og frivillig mentor {m.name}"),
              ("h", "Mål"), ("p", f"{c.first} gennemfører 9. klasse og kommer til træning to gange om ugen."),
              ("h", "Hvad gør mentor?"), ("p", "Mødes med dig efter træning om tirsdagen, hjælper med lektier og taler om skolen."),
              ("h", "Hvor længe?"), ("p", "Resten af sæsonen, august–juni."),
              ("p", f"Kontakt: {m.first}, {phone(rng)}. Klubben har ingen klageadgang – tal med ungdomsformanden.")]
    elif sub == "school":
        B += [("title", "Mentorordning på Egeskov Friskole"),
              ("p", "Alle elever i 8. og 9. klasse tilbydes en voksenmentor blandt lærerne. Mentor og elev mødes 1 time hver anden uge."),
              ("p", "Formålet er, at eleven får en god overgang til ungdomsuddannelse (gymnasium, HF eller EUD)."),
              ("p", "Forældre kan kontakte skolens kontor på " + phone(rng) + " ved spørgsmål.")]
    elif sub == "jobad":
        B += [("title", f"{prov} søger mentor (30-37 timer)"),
              ("p", "Vi søger en erfaren mentor til unge på uddannelseshjælp. Du skal hjælpe borgerne med struktur, fremmøde og kontakt til skole og praktik."),
              ("p", "Ansøgningsfrist: 1. marts 2026. Tiltrædelse 1. april 2026. Løn efter aftale."),
              ("p", f"Spørgsmål: {m.name}, tlf. {phone(rng)}")]
    elif sub == "course":
        B += [("title", "Mentoruddannelse – 3 moduler"),
              ("p", "Modul 1: Mentorrollen og LAB § 167. Modul 2: Samtaleteknik og mål. Modul 3: Opfølgning og dokumentation."),
              ("p", "Holdstart uge 9 2026, 3 dage á 6 timer. Pris 6.500 kr.")]
    elif sub == "mail":
        B += [("title", "Mødeindkaldelse: opstartsmøde mentor"),
              ("p", f"Hej {c.first}\n\nDu er indkaldt til opstartsmøde med din nye mentor {m.first} torsdag d. 12. marts kl. 10 i Jobcentret. Vi laver aftalen sammen på mødet.\n\nHilsen {rng.choice(MENTOR_FIRST)}, Jobcenter {k}")]
    elif sub == "quality":
        B += [("title", "Kvalitetsstandard – mentorstøtte"), ("h", "Lovgrundlag"), ("p", "Lov om en aktiv beskæftigelsesindsats §§ 167-171."),
              ("h", "Serviceniveau"), ("p", "Niveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: mere end 2 timer pr. uge."),
              ("h", "Opfølgning"), ("p", "Der evalueres altid 14 dage før støtteperioden ophører."),
              ("h", "Varighed"), ("p", "Højst 6 måneder, med mulighed for forlængelse efter konkret vurdering.")]
    elif sub == "newsletter":
        B += [("title", "Nyhedsbrev fra Ungeenheden, forår 2026"),
              ("p", "I år har 84 unge haft en mentor. 61 af dem er startet på uddannelse – blandt andet FGU, EUD og HF."),
              ("p", "Vi siger farvel til mentor " + m.name + " og velkommen til to nye kolleger.")]
    elif sub == "partshoering":
        B += [("title", "Partshøring – mentorstøtte"), ("p", f"Kære {c.first}"),
              ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire aftaler. Før vi træffer afgørelse, vil vi gerne høre dine bemærkninger inden 14 dage."),
              ("p", f"Venlig hilsen\nJobcenter {k}")]
    elif sub == "referral":
        B += [("title", "Bestilling af mentorforløb"), ("p", f"Fra: Jobcenter {k}\nTil: {prov}"),
              ("p", f"Vi bestiller et mentorforløb til en borger i målgruppe 2.13 med opstart uge 14. Forventet omfang 3 timer om ugen i 3 måneder. Borgerens navn og kontaktoplysninger følger i sikker mail.")]
    elif sub == "ankestyrelsen":
        B += [("title", "Ankestyrelsens afgørelse"), ("p", f"Klage over {k} Kommunes afgørelse om mentorstøtte"),
              ("p", "Ankestyrelsen stadfæster kommunens afgørelse. Det betyder, at afgørelsen ikke ændres."),
              ("p", "Vi har lagt vægt på, at kommunen har vurderet dit behov konkret, jf. § 167 i lov om en aktiv beskæftigelsesindsats.")]
    elif sub == "timesheet":
        B += [("title", f"Timeseddel – mentor {m.name}, marts 2026"),
              ("table", [["Dato", "Borger", "Timer", "Aktivitet"], ["3/3", c.first, "1,5", "Samtale"],
                         ["10/3", c.first, "2", "Følges til praktik"], ["17/3", c.first, "1", "Telefon"]])]
    return B, B[0][1] if B and B[0][0] == "title" else "", cprs


# ---------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------

def render_txt(blocks, path, rng):
    import textwrap
    wrap = rng.random() < 0.3  # exported from a mail client or an old case system at 72-76 columns
    width = rng.choice([72, 76])
    out = []
    for kind, v in blocks:
        if kind == "title":
            out += [v.upper() if rng.random() < 0.4 else v, "=" * len(v) if rng.random() < 0.5 else "", ""]
        elif kind == "h":
            out += [v if v.endswith((":", "?")) else v + rng.choice([":", ""]), ]
        elif kind == "p":
            if wrap:
                v = "\n".join(textwrap.fill(x, width) if x else x for x in v.split("\n"))
            out += [v, ""]
        elif kind == "bul":
            b = rng.choice(["- ", "* ", "• "])
            out += [b + x for x in v] + [""]
        elif kind == "table":
            w = max(len(r[0]) for r in v) + 3
            for r in v:
                cells = r[1].split("\n")
                out.append(r[0].ljust(w) + cells[0])
                out += [" " * w + c for c in cells[1:]]
                out.append("")
    path.write_text("\n".join(out).replace("\n\n\n", "\n\n"), encoding="utf-8")


def render_html(blocks, path, rng):
    e = html.escape
    body = []
    for kind, v in blocks:
        if kind == "title":
            body.append(f"<h1>{e(v)}</h1>")
        elif kind == "h":
            body.append(rng.choice([f"<h2>{e(v)}</h2>", f"<p><strong>{e(v)}</strong></p>", f"<h3>{e(v)}</h3>"]))
        elif kind == "p":
            body.append("<p>" + "<br>".join(e(x) for x in v.split("\n")) + "</p>")
        elif kind == "bul":
            body.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join("<td>" + "<br>".join(e(x) for x in c.split("\n")) + "</td>" for c in r)
                           + "</tr>" for r in v)
            body.append(f"<table border='1'>{rows}</table>")
    path.write_text("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>"
                    + e(next((v for k, v in blocks if k == "title"), "Dokument")) + "</title></head><body>\n"
                    + "\n".join(body) + "\n</body></html>\n", encoding="utf-8")


def render_docx(blocks, path, rng):
    import docx
    doc = docx.Document()
    for kind, v in blocks:
        if kind == "title":
            doc.add_heading(v, level=rng.choice([0, 1]))
        elif kind == "h":
            if rng.random() < 0.5:
                doc.add_heading(v, level=2)
            else:
                p = doc.add_paragraph()
                p.add_run(v).bold = True
        elif kind == "p":
            doc.add_paragraph(v)
        elif kind == "bul":
            for x in v:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(v[0]))
            t.style = "Table Grid"
            for r in v:
                cells = t.add_row().cells
                for c, val in zip(cells, r):
                    c.text = val
    doc.save(path)


def render_odt(blocks, path, rng):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)

    def para(text, style=None):
        p = P(stylename=style) if style else P()
        parts = text.split("\n")
        for j, part in enumerate(parts):
            if j:
                p.addElement(LineBreak())
            p.addText(part)
        return p
    for kind, v in blocks:
        if kind == "title":
            doc.text.addElement(H(outlinelevel=1, text=v))
        elif kind == "h":
            doc.text.addElement(H(outlinelevel=2, text=v) if rng.random() < 0.5 else para(v, bold))
        elif kind == "p":
            doc.text.addElement(para(v))
        elif kind == "bul":
            lst = List()
            for x in v:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif kind == "table":
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=len(v[0])))
            for r in v:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    for line in c.split("\n"):
                        tc.addElement(P(text=line))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def render_pdf(blocks, path, rng):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, ListFlowable, ListItem
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    e = html.escape
    story = []
    for kind, v in blocks:
        if kind == "title":
            story.append(Paragraph(e(v), ss["Title"] if rng.random() < 0.5 else ss["Heading1"]))
        elif kind == "h":
            story.append(Paragraph(f"<b>{e(v)}</b>", ss["Heading3"] if rng.random() < 0.5 else ss["Normal"]))
        elif kind == "p":
            story.append(Paragraph("<br/>".join(e(x) for x in v.split("\n")), ss["Normal"]))
            story.append(Spacer(1, 5))
        elif kind == "bul":
            story.append(ListFlowable([ListItem(Paragraph(e(x), ss["Normal"])) for x in v],
                                      bulletType="bullet", start="•"))
        elif kind == "table":
            data = [[Paragraph("<br/>".join(e(x) for x in c.split("\n")), ss["Normal"]) for c in r] for r in v]
            ncol = len(v[0])
            widths = [130, 330] if ncol == 2 else None
            t = Table(data, colWidths=widths)
            t.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            story.append(t)
    SimpleDocTemplate(str(path), pagesize=A4, title="").build(story)


def render_pdf_lo(blocks, path, rng):
    """Word document printed to PDF by LibreOffice, as most municipal archives hold them."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        render_docx(blocks, src, rng)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_cm_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(tmp) / (path.stem + ".pdf")), path)


RENDER = {"txt": render_txt, "html": render_html, "docx": render_docx, "odt": render_odt, "pdf": render_pdf}


# ---------------------------------------------------------------------------------------
# Plan
# ---------------------------------------------------------------------------------------

AGREEMENT_DEFECTS = [
    {"goal": "missing"}, {"goal": "placeholder"}, {"goal": "unclear"}, {"goal": "unclear"},
    {"goal": "unclear"}, {"mentor": "nocontact"}, {"mentor": "nocontact"}, {"mentor": "missing"},
    {"mentor": "noname"}, {"tasks": "missing"}, {"tasks": "placeholder"}, {"tasks": "missing"},
    {"period": "missing"}, {"period": "placeholder"}, {"period": "over6"}, {"period": "over6"},
    {"period": "over6"}, {"period": "over6"}, {"follow": "missing"}, {"follow": "missing"},
    {"follow": "placeholder"}, {"hours": "missing"}, {"hours": "vague"}, {"hours": "vague"},
    {"appeal": "missing"}, {"appeal": "missing"}, {"appeal": "incomplete"}, {"appeal": "incomplete"},
    {"follow": "missing", "appeal": "missing"}, {"hours": "vague", "goal": "unclear"},
    {"appeal": "wrongroute"},
]
DECISION_PLAN = [
    {"sub": "grant"}, {"sub": "grant"}, {"sub": "grant"}, {"sub": "grant"}, {"sub": "grant"},
    {"sub": "grant", "period": "over6"}, {"sub": "grant", "period": "over6"},
    {"sub": "grant", "appeal": "missing"}, {"sub": "grant", "appeal": "incomplete"},
    {"sub": "partial"}, {"sub": "partial", "reasons": "missing"},
    {"sub": "refusal"}, {"sub": "refusal", "reasons": "missing"}, {"sub": "refusal", "appeal": "missing"},
    {"sub": "grant", "appeal": "wrongroute"},
]
OTHER_PLAN = ["status", "invoice", "minutes", "leaflet", "club", "school", "jobad", "course", "mail",
              "quality", "newsletter", "partshoering", "referral", "ankestyrelsen", "timesheet"]
FORMATS = ["docx", "pdf", "odt", "txt", "html"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    out = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    n_agree = 70
    plan = [("agreement", d) for d in AGREEMENT_DEFECTS]
    plan += [("agreement", {}) for _ in range(n_agree - len(AGREEMENT_DEFECTS))]
    plan += [("decision", d) for d in DECISION_PLAN]
    plan += [("unknown", s) for s in OTHER_PLAN]
    rng.shuffle(plan)
    fmts = (FORMATS * 30)[:len(plan)]
    rng.shuffle(fmts)
    for i, ((kind, spec), fmt) in enumerate(zip(plan, fmts)):
        drng = random.Random(rng.random())
        if kind == "agreement":
            ctx, blocks, title, cprs = make_agreement(drng, i, spec)
            sub, layout, rules, extras, traits, per = "agreement", ctx.style, ctx.rules, ctx.extras, ctx.traits, ctx.period
            name = f"aftaler/{i:03d}-{ctx.citizen.first.lower()}-mentoraftale.{fmt}"
        elif kind == "decision":
            ctx, blocks, title, cprs = make_decision(drng, i, spec)
            sub, layout, rules, extras, traits, per = spec["sub"], "letter", ctx.rules, ctx.extras, ctx.traits, ctx.period
            name = f"afgoerelser/{i:03d}-afgoerelse-{spec['sub']}.{fmt}"
        else:
            blocks, title, cprs = make_other(drng, i, spec)
            sub, layout, rules, extras, traits, per = spec, "mixed", set(), set(), ["not-a-mentor-document-kind"], None
            name = f"andet/{i:03d}-{spec}.{fmt}"
        p = out / name
        p.parent.mkdir(parents=True, exist_ok=True)
        lo = fmt == "pdf" and drng.random() < 0.4
        (render_pdf_lo if lo else RENDER[fmt])(blocks, p, drng)
        e = {"path": name, "format": fmt, "kind": kind, "subtype": sub, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": [cprs] if cprs else [],
             "traits": sorted(set(traits + (["cpr"] if cprs else []) + (["pdf:libreoffice"] if lo else [])))}
        if per:
            e["period"] = per
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
