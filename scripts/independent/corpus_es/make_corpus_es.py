#!/usr/bin/env python3
"""Independent corpus "es": mentor agreements written as letters with headings.

Angle: many different caseworkers write the agreement as a letter to the citizen, with
headings phrased as they like ("Det arbejder vi hen imod", "Din mentor", "Så meget tid får
du", "Sådan følger vi op", "Hvis du ikke er enig" ...). Some put a field under a heading
that names another field or under no heading at all, some merge two fields under one
heading ("Periode og timer", "Mentor og opgaver", "Opfølgning og delmål"), some keep the
heading but leave the section empty or vague, and some write the follow-up or the hours
only as a sentence in another section. Plus plain-language ("let dansk") letters, letters
in the first person of the mentor, and near misses (welcome letters, information letters,
status letters, invitations) that are none of the kinds.

Usage:  /work/main/.venv/bin/python make_corpus_es.py --out /work/corpora/es [--seed 1111]
"""
from __future__ import annotations

import argparse
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

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MONTHS_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
               "nov.", "dec."]
NUMWORDS = {1: "en", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 8: "otte", 10: "ti"}

# --------------------------------------------------------------------------- people & places
KOMMUNER = [
    ("Silkeborg Kommune", "Jobcenter Silkeborg", "Fredensgade 31, 8600 Silkeborg", "89 70 10 00"),
    ("Viborg Kommune", "Jobcenter Viborg", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87"),
    ("Holbæk Kommune", "Job og Borgerservice", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
    ("Næstved Kommune", "Center for Beskæftigelse", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88"),
    ("Hjørring Kommune", "Jobcenter Hjørring", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33"),
    ("Kolding Kommune", "Beskæftigelsesafdelingen", "Nytorv 11, 6000 Kolding", "79 79 79 79"),
    ("Ballerup Kommune", "Jobcenter Ballerup", "Hold-an Vej 7, 2750 Ballerup", "44 77 20 00"),
    ("Svendborg Kommune", "Job og Uddannelse", "Ramsherred 5, 5700 Svendborg", "62 23 30 00"),
    ("Horsens Kommune", "Jobcenter Horsens", "Rådhustorvet 4, 8700 Horsens", "76 29 29 29"),
    ("Guldborgsund Kommune", "Jobcenter Guldborgsund", "Parkvej 37, 4800 Nykøbing F", "54 73 10 00"),
    ("Esbjerg Kommune", "Job & Uddannelse", "Torvegade 74, 6700 Esbjerg", "76 16 16 16"),
    ("Frederikssund Kommune", "Jobcenter Frederikssund", "Torvet 2, 3600 Frederikssund", "47 35 10 00"),
]
CITIZENS = ["Mads", "Sara", "Ahmed", "Line", "Jonas", "Fatima", "Emil", "Nanna", "Kasper",
            "Julie", "Omar", "Maria", "Rasmus", "Amalie", "Tobias", "Ida", "Ali", "Camilla",
            "Frederik", "Sofie", "Mikkel", "Louise", "Yasmin", "Patrick", "Cecilie", "Mathias",
            "Helle", "Bashir", "Trine", "Niklas"]
SURNAMES = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
            "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen",
            "Poulsen", "Johansen", "Møller", "Mortensen", "Ali", "Hussein", "Kaya", "Yilmaz"]
MENTORS = [("Lise", "Bech"), ("Henrik", "Dalgaard"), ("Mette", "Vinther"), ("Søren", "Krogh"),
           ("Pia", "Lauridsen"), ("Kim", "Skov"), ("Anja", "Holm"), ("Jesper", "Friis"),
           ("Birgitte", "Nygaard"), ("Tariq", "Aziz"), ("Hanne", "Bundgaard"), ("Ole", "Kjær"),
           ("Randi", "Toft"), ("Bo", "Lindberg"), ("Dorthe", "Juhl")]
PROVIDERS = [("Mentorhuset", "mentorhuset.dk"), ("Jobværkstedet", "jobvaerkstedet.dk"),
             ("Fokus Mentor ApS", "fokusmentor.dk"), ("Kommunens mentorteam", None),
             ("Ungeenheden", None), ("Broen Mentorservice", "broen-mentor.dk"),
             ("Vejen Videre", "vejenvidere.dk")]
CASEWORKERS = ["Karin Østergaard", "Peter Laursen", "Susanne Dahl", "Jacob Winther",
               "Malene Frost", "Thomas Riis", "Anne-Mette Bak", "Lars Vestergaard",
               "Gitte Brandt", "Nikolaj Hvid", "Charlotte Lund", "Morten Schmidt"]

CLEAR_GOALS = [
    "at {n} starter på grundforløb 1 til {trade} på {school} den {edu_start} og møder frem mindst fire dage om ugen",
    "at {n} er i virksomhedspraktik hos {firm} 15 timer om ugen senest {mid}, med henblik på løntilskud",
    "at {n} har et ordinært job med mindst 15 timer om ugen i {branche} inden {end}",
    "at {n} gennemfører FVU-dansk trin 2 på VUC og bagefter søger optagelse på SOSU-hjælperuddannelsen inden {end}",
    "at {n} er i praktik i {firm}s lager 20 timer om ugen fra {mid} og kan klare transporten selv",
    "at {n} fortsætter på 2. semester på {school} og har under 10 % fravær i perioden",
    "at {n} er afklaret om et fleksjob som {job} og har været i praktik i mindst 8 uger inden {end}",
    "at {n} møder stabilt i løntilskudsjobbet hos {firm} (mindst 4 dage om ugen) og får forlænget ansættelsen",
]
UNCLEAR_GOALS = [
    "at {n} får mere struktur på hverdagen og det bliver lettere at komme videre",
    "øget trivsel og selvværd",
    "støtte til {n} i forhold til at komme tættere på arbejdsmarkedet",
    "at {n} får det bedre og bliver mere motiveret",
    "sikre at {n} får en god hverdag",
    "hjælp til at få styr på tingene",
]
TRADES = [("tømrer", "EUC Nord"), ("smed", "Mercantec"), ("kok", "Hotel- og Restaurantskolen"),
          ("frisør", "Syddansk Erhvervsskole"), ("automekaniker", "Tech College"),
          ("ernæringsassistent", "ZBC")]
FIRMS = ["Netto", "Bilka", "Harald Nyborg", "Dagrofa", "XL-Byg", "Jysk", "Føtex", "Elgiganten",
         "Plantorama", "Kvickly"]
BRANCHES = ["detailhandlen", "rengøringsbranchen", "lager og logistik", "køkken og kantine",
            "pleje og omsorg"]
JOBS = ["pedelmedhjælper", "køkkenmedhjælper", "lagermedarbejder", "butiksassistent"]

TASK_POOL = [
    "følge {n} til praktikstedet de første to uger",
    "tage en samtale med {n} hver uge om fremmøde og transport",
    "hjælpe {n} med at lave en ugeplan og holde den",
    "hjælpe med kontakten til skolen og lærerne",
    "være med til møder med arbejdsgiveren",
    "hjælpe {n} med at åbne og forstå post fra kommunen og skolen",
    "øve busturen til {firm} sammen med {n}",
    "ringe til {n} om morgenen de dage, hvor det er svært at komme afsted",
    "hjælpe med lektier og afleveringer i de første måneder",
    "hjælpe {n} med at søge SU og få styr på budgettet",
    "tage kontakt til læge eller psykiatri, hvis {n} ønsker det",
    "forberede jobsamtaler og skrive ansøgninger sammen med {n}",
]

# Heading vocabularies, by caseworker style. None = the caseworker writes no heading.
HEAD = {
    "goal": ["Det arbejder vi hen imod", "Målet", "Det vil du gerne nå", "Formålet med din mentor",
             "Hvad skal mentorstøtten føre til?", "Dit mål", "Derfor får du en mentor",
             "Mål med støtten"],
    "mentor": ["Din mentor", "Hvem er din mentor?", "Mentor", "Sådan får du fat i din mentor",
               "Kontakt til mentoren", "Her er din mentor"],
    "tasks": ["Det skal I lave sammen", "Det hjælper mentoren dig med", "Mentorens opgaver",
              "Det skal mentoren hjælpe med", "Indsatsen", "Det går støtten ud på"],
    "duration": ["Så længe varer det", "Periode", "Hvor længe?", "Varighed",
                 "Hvornår starter og slutter det?", "Tidsrum"],
    "hours": ["Så meget tid får du", "Timer", "Hvor meget tid?", "Timetal",
              "Så mange timer har I sammen", "Omfang"],
    "follow": ["Sådan følger vi op", "Opfølgning", "Vi ser på det sammen igen",
               "Hvordan går det?", "Evaluering", "Vi holder øje med, hvordan det går"],
    "appeal": ["Hvis du ikke er enig", "Klagevejledning", "Sådan klager du", "Er du ikke enig?",
               "Du kan klage", "Hvis du vil klage"],
}
COMBINED = {
    ("duration", "hours"): ["Periode og timer", "Hvor længe og hvor meget?", "Tid og timer"],
    ("mentor", "tasks"): ["Mentor og opgaver", "Din mentor og det I skal lave",
                          "Hvem hjælper dig, og med hvad?"],
    ("follow", "goalsub"): ["Opfølgning og delmål", "Delmål og opfølgning"],
}
PLAIN_HEAD = {
    "goal": ["Det vil du gerne", "Dit mål", "Hvad vil du?"],
    "mentor": ["Din mentor", "Hvem er din mentor?"],
    "tasks": ["Det hjælper mentoren med", "Det laver I sammen"],
    "duration": ["Hvor længe?", "Start og slut"],
    "hours": ["Hvor mange timer?", "Så meget tid"],
    "follow": ["Vi taler sammen igen", "Hvordan går det?"],
    "appeal": ["Er du ikke enig?", "Vil du klage?"],
}
ME_HEAD = {
    "goal": ["Det arbejder vi hen imod", "Dit mål – og mit", "Det skal vores forløb føre til"],
    "mentor": ["Hvem er jeg?", "Lidt om mig", "Sådan fanger du mig"],
    "tasks": ["Det skal vi lave sammen", "Det kan jeg hjælpe dig med"],
    "duration": ["Så længe ses vi", "Vores periode"],
    "hours": ["Så meget tid har jeg til dig", "Vores tid"],
    "follow": ["Sådan følger vi op", "Vi kigger tilbage undervejs"],
    "appeal": ["Hvis du ikke er enig", "Klage"],
}


# --------------------------------------------------------------------------- helpers
def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    last = calendar.monthrange(y, mo)[1]
    return dt.date(y, mo, min(d.day, last))


def fmt_date(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}"
    return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"


def rand_cpr(rng: random.Random) -> str:
    y = rng.randint(1970, 2006)
    d = dt.date(y, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    serial = rng.randint(0, 9999)
    return f"{d.day:02d}{d.month:02d}{y % 100:02d}-{serial:04d}"


def phone(rng: random.Random) -> str:
    a = rng.randint(20, 61)
    return f"{a} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def slug(s: str) -> str:
    out = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "-"), ("é", "e")):
        out = out.replace(a, b)
    return "".join(ch for ch in out if ch.isalnum() or ch == "-")


# --------------------------------------------------------------------------- document model
class Doc:
    """An abstract letter: header lines, title, blocks. A block is (heading|None, [items]);
    an item is a str (paragraph) or a list of str (bullet list)."""

    def __init__(self):
        self.header: list[str] = []
        self.title = ""
        self.intro: list[str] = []
        self.blocks: list[tuple[str | None, list]] = []
        self.closing: list[str] = []


# --------------------------------------------------------------------------- field texts
class Case:
    def __init__(self, rng: random.Random, idx: int):
        self.rng = rng
        self.kommune, self.unit, self.addr, self.ktel = rng.choice(KOMMUNER)
        self.first = rng.choice(CITIZENS)
        self.last = rng.choice(SURNAMES)
        mf, ml = rng.choice(MENTORS)
        self.mentor_first, self.mentor = mf, f"{mf} {ml}"
        self.provider, dom = rng.choice(PROVIDERS)
        if dom is None:
            dom = slug(self.kommune.split()[0]) + ".dk"
        self.mentor_mail = f"{slug(mf)}.{slug(ml)}@{dom}"
        self.mentor_tel = phone(rng)
        self.cw = rng.choice(CASEWORKERS)
        self.cw_tel = phone(rng)
        self.start = dt.date(2026, rng.choice([1, 2, 3, 4, 5, 6, 8, 9, 10]), rng.choice([1, 1, 1, 15, 3]))
        self.letter_date = self.start - dt.timedelta(days=rng.randint(5, 20))
        self.months = rng.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.hours = rng.choice([2, 3, 3, 4, 5, 6])
        self.date_style = rng.randint(0, 3)
        trade, school = rng.choice(TRADES)
        self.subs = dict(n=self.first, trade=trade, school=school, firm=rng.choice(FIRMS),
                         branche=rng.choice(BRANCHES), job=rng.choice(JOBS),
                         mid=fmt_date(add_months(self.start, 2), 0),
                         end=fmt_date(self.end, 0),
                         edu_start=fmt_date(dt.date(2026, 8, 10), 0))
        self.cpr = rand_cpr(rng) if rng.random() < 0.3 else None
        self.journal = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-P20-{rng.randint(100, 9999)}-26"

    def d(self, date: dt.date) -> str:
        return fmt_date(date, self.date_style)

    def fill(self, s: str) -> str:
        return s.format(**self.subs)

    def you(self, s: str, second: bool) -> str:
        """Texts are written with {n}; in 2nd person replace 'at {n} ' with 'at du '."""
        return s


def goal_text(c: Case, clear: bool, second: bool) -> str:
    g = c.rng.choice(CLEAR_GOALS if clear else UNCLEAR_GOALS)
    if second:
        g = g.replace("at {n} ", "at du ").replace("{n} i ", "dig i ").replace("{n}", "du")
    return c.fill(g)


def tasks_list(c: Case, second: bool, k: int | None = None) -> list[str]:
    k = k or c.rng.randint(2, 4)
    items = c.rng.sample(TASK_POOL, k)
    out = []
    for t in items:
        if second:
            t = t.replace("hvis {n}", "hvis du").replace("sammen med {n}", "sammen med dig").replace("{n} ", "dig ").replace("{n}", "dig")
        out.append(c.fill(t))
    return out


def hours_phrase(c: Case, rng: random.Random) -> str:
    h = c.hours
    return rng.choice([
        f"{h} timer om ugen", f"{h} timer pr. uge", f"{NUMWORDS.get(h, h)} timer hver uge",
        f"{h} t/uge", f"{h * 4} timer om måneden",
    ])


def period_phrase(c: Case, rng: random.Random, start: dt.date, end: dt.date) -> str:
    a, b = c.d(start), c.d(end)
    return rng.choice([f"fra {a} til {b}", f"{a} – {b}", f"fra den {fmt_date(start, 0)} til og med den {fmt_date(end, 0)}",
                       f"{a} - {b}"])


APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse om mentorstøtte, skal du klage til {kommune} inden fire uger fra du har fået dette brev. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder afgørelsen, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til sagen.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i {unit} senest 4 uger efter, at du har fået denne aftale. Du kan klage skriftligt eller mundtligt til {cw} på tlf. {cw_tel}. Vi ser på sagen igen, og hvis vi ikke giver dig ret, sender vi klagen til Ankestyrelsen (lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10).",
    "Er du uenig i afgørelsen, kan du klage til kommunen. Fristen er 4 uger fra du har modtaget brevet. Du kan ringe, skrive eller komme forbi. Kommunen vurderer sagen igen, og fastholder vi afgørelsen, sender vi din klage og sagens papirer til Ankestyrelsen.",
    "Du har 4 uger til at klage, fra du har fået brevet. Send klagen til {unit}, {addr}, eller ring til din sagsbehandler. Vi genvurderer afgørelsen. Får du ikke medhold, går klagen videre til Ankestyrelsen.",
]
APPEAL_PLAIN = [
    "Er du ikke enig? Så kan du klage til kommunen. Du skal klage inden 4 uger. Du kan ringe eller skrive. Kommunen ser på sagen igen. Hvis kommunen ikke ændrer den, sender vi klagen til Ankestyrelsen.",
    "Du kan klage til {kommune}. Gør det inden fire uger. Ring til {cw} på {cw_tel}. Vi kigger på sagen igen. Er vi stadig uenige, sender vi den til Ankestyrelsen.",
]
APPEAL_WEAK = [
    "Du kan klage over aftalen.",
    "Hvis du ikke er enig, så ring til mig, så finder vi ud af det.",
    "Hvis der er noget, du ikke er enig i, kan du tage det op med din sagsbehandler.",
    "Du kan altid klage, hvis du er utilfreds.",
    "Klagevejledning vedlægges.",
]


# --------------------------------------------------------------------------- agreement builder
VARIANTS = ["standard", "combined_ph", "combined_mt", "combined_fd", "nohead_goal",
            "hours_in_mentor", "follow_in_period", "hours_in_period_head", "plain", "firstperson"]

DEFECTS = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
           "missing-follow-up", "missing-hours", "missing-appeal-guidance", "duration-over-6-months"]


def build_agreement(rng: random.Random, c: Case, variant: str, defects: set[str]) -> tuple[Doc, list[str], dict]:
    """Return (doc, traits, period). Labels are `defects` exactly."""
    traits = [f"variant:{variant}"]
    plain = variant == "plain"
    me = variant == "firstperson"
    second = True  # letters are written to "du"
    heads = PLAIN_HEAD if plain else ME_HEAD if me else HEAD
    H = {k: rng.choice(v) for k, v in heads.items()}
    kp = dict(kommune=c.kommune, unit=c.unit, addr=c.addr, cw=c.cw, cw_tel=c.cw_tel)

    doc = Doc()
    # ---- letterhead
    if me:
        doc.header = [c.provider, f"På vegne af {c.kommune}", fmt_date(c.letter_date, 0)]
    else:
        doc.header = [c.kommune, c.unit, c.addr, f"Dato: {fmt_date(c.letter_date, rng.choice([0, 1, 4]))}"]
        if rng.random() < 0.5:
            doc.header.append(f"Sagsnr.: {c.journal}")
    doc.header.append(f"Til: {c.first} {c.last}")
    if c.cpr:
        doc.header.append(rng.choice(["CPR-nr.: ", "Cpr.nr. ", "CPR: "]) + c.cpr)
        traits.append("cpr")
    doc.title = rng.choice(
        ["Aftale om mentorstøtte", "Din aftale om mentor", "Mentoraftale", "Aftale om mentorforløb",
         "Vi har aftalt mentorstøtte", "Aftale om mentorstøtte efter § 167"]
        if not plain else ["Din aftale om mentor", "Aftale om mentor – let dansk", "Din mentor-aftale"]
    ) if not me else rng.choice(["Vores aftale om mentorstøtte", "Aftale om mentorforløb – fra din mentor"])

    # ---- intro
    if me:
        doc.intro = [f"Kære {c.first}",
                     f"Jeg skriver dette brev, fordi vi nu har lavet en aftale om mentorstøtte. {c.kommune} har bevilget støtten efter § 167 i lov om en aktiv beskæftigelsesindsats, og din sagsbehandler {c.cw} har godkendt aftalen."]
    elif plain:
        doc.intro = [f"Hej {c.first}", "Du får en mentor. Her står, hvad vi har aftalt."]
    else:
        doc.intro = [f"Kære {c.first}",
                     rng.choice([
                         f"Du får dette brev, fordi vi på mødet {fmt_date(c.letter_date, 0)} aftalte, at du skal have mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats. Her kan du læse, hvad vi har aftalt.",
                         "Tak for en god snak. Vi har sammen aftalt, at du får en mentor. I dette brev står det, vi blev enige om.",
                         f"{c.kommune} har bevilget dig mentorstøtte. Herunder kan du se aftalen.",
                     ])]

    # ---- field texts
    goal_clear = "unclear-goal" not in defects
    if "missing-duration" in defects:
        c.subs["end"] = "udgangen af året"
    g = goal_text(c, goal_clear, second)
    if not goal_clear:
        traits.append("goal:unclear")
    if "timer om ugen" in g and "missing-goal" not in defects:
        traits.append("goal:names-citizen-hours")
    if plain:
        goal_par = f"Målet er {g}." if not g.startswith(("øget", "støtte", "sikre", "hjælp")) else f"Målet er: {g}."
    elif me:
        goal_par = f"Vi har sammen sat dette mål: {g}."
    else:
        goal_par = rng.choice([f"Målet med mentorstøtten er, {g}.", f"Vi har aftalt, at målet er {g}.",
                               f"Formålet er {g}."]) if not g.startswith(("øget", "støtte", "sikre", "hjælp")) \
            else rng.choice([f"Formålet er {g}.", f"Mål: {g}."])
    if "missing-goal" in defects:
        goal_par = rng.choice(["", "Udfyldes senere.", "-", "Det snakker vi om på første møde."])
        traits.append("goal:empty-or-placeholder")

    # mentor
    if "missing-mentor" in defects:
        how = rng.choice(["nocontact", "noname", "tba"])
        traits.append(f"mentor:{how}")
        if how == "nocontact":
            mentor_par = f"Din mentor er {c.mentor} fra {c.provider}." if not me else f"Jeg hedder {c.mentor}, og jeg arbejder i {c.provider}."
        elif how == "noname":
            mentor_par = f"Du får en mentor fra {c.provider}. Mentoren ringer til dig i den første uge." if not me else f"Jeg arbejder som mentor i {c.provider} og ringer til dig i den første uge."
        else:
            mentor_par = "Mentoren er ikke fundet endnu. Vi giver dig besked."
            if me:
                mentor_par = f"Jeg hedder {c.mentor_first}, og jeg glæder mig til at møde dig."
    else:
        contact = rng.choice([f"tlf. {c.mentor_tel}", f"telefon {c.mentor_tel} og mail {c.mentor_mail}",
                              f"{c.mentor_tel} / {c.mentor_mail}", f"mail: {c.mentor_mail}"])
        if me:
            mentor_par = f"Jeg hedder {c.mentor} og er mentor i {c.provider}. Du kan altid ringe eller skrive til mig: {contact}."
        elif plain:
            mentor_par = f"Din mentor hedder {c.mentor}. Du kan ringe til {c.mentor_first} på {c.mentor_tel}."
        else:
            mentor_par = rng.choice([f"Din mentor er {c.mentor}, {c.provider}, {contact}.",
                                     f"{c.mentor} fra {c.provider} bliver din mentor. Du kan kontakte {c.mentor_first} på {contact}."])

    # tasks
    tl = tasks_list(c, second)
    if me:
        tl = [t.replace("hjælpe dig", "hjælpe dig") for t in tl]
        tasks_items: list = ["Jeg kan blandt andet:", tl]
    elif plain:
        tasks_items = ["Mentoren skal:", tl[:3]]
    else:
        lead = ["Mentoren skal:", "Mentoren hjælper dig med at"]
        if "missing-mentor" not in defects:
            lead.append(f"{c.mentor_first} skal blandt andet:")
        tasks_items = [rng.choice(lead), tl]
    if "missing-tasks" in defects:
        tasks_items = [rng.choice(["Det finder I ud af sammen.", "Mentoren hjælper dig.", "-", "Aftales løbende med mentor."])]
        traits.append("tasks:vague-or-empty")

    # duration
    period = {"start": c.start.isoformat(), "end": c.end.isoformat()}
    end = c.end
    if "duration-over-6-months" in defects:
        m = rng.choice([8, 9, 12])
        end = add_months(c.start, m) - dt.timedelta(days=1)
        period = {"start": c.start.isoformat(), "end": end.isoformat()}
        traits.append(f"period:{m}-months")
    elif c.months == 6:
        traits.append("period:exact-six")
    pp = period_phrase(c, rng, c.start, end)
    if me:
        dur_par = f"Vi ses {pp}."
    elif plain:
        dur_par = f"Du har en mentor fra {fmt_date(c.start, 0)}. Det slutter {fmt_date(end, 0)}."
    else:
        dur_par = rng.choice([f"Mentorstøtten gælder {pp}.", f"Forløbet løber {pp}.", f"Periode: {pp}.",
                              f"Du har mentor {pp}."])
    if "missing-duration" in defects:
        dur_par = rng.choice(["Så længe du har brug for det.", "Indtil videre.", "",
                              "Vi aftaler slutdato, når vi ser, hvordan det går.", "Udfyldes senere."])
        period = None
        traits.append("duration:vague-or-empty")

    # hours
    hp = hours_phrase(c, rng)
    if me:
        hours_par = f"Jeg har {hp} til dig."
    elif plain:
        hours_par = f"I ses {hp}."
    else:
        hours_par = rng.choice([f"Du får {hp} med din mentor.", f"Mentoren har {hp} til dig.",
                                f"Støtten er på {hp}."])
    if "missing-hours" in defects:
        hours_par = rng.choice(["Så meget som du har brug for.", "Efter behov.", "",
                                "Et par timer om ugen.", "Det aftaler du med din mentor."])
        traits.append("hours:vague-or-empty")

    # follow-up
    fu = rng.choice([
        "Vi holder et statusmøde hver måned, hvor din mentor, din sagsbehandler og du ser på, hvordan det går.",
        f"Vi mødes med din sagsbehandler hver 6. uge og ser på dine delmål. 14 dage før perioden slutter, evaluerer vi forløbet.",
        f"Midtvejs, omkring {fmt_date(add_months(c.start, max(1, c.months // 2)), 0)}, holder vi et opfølgningsmøde. Vi evaluerer igen to uger før slut.",
        "Din mentor giver din sagsbehandler en kort status hver måned. Vi følger op på, om du når delmålene.",
    ])
    if plain:
        fu = rng.choice(["Vi holder et møde hver måned. Vi taler om, hvordan det går.",
                         "Hver 4. uge mødes du, din mentor og din sagsbehandler. Vi ser, om det går godt."])
    if me:
        fu = rng.choice(["Hver måned sender jeg en kort status til din sagsbehandler, og vi holder statusmøde sammen hver anden måned.",
                         "Vi følger op sammen med din sagsbehandler hver 6. uge, og to uger før forløbet slutter, holder vi et evalueringsmøde."])
    subgoals = [c.fill(s).replace("{n}", c.first) for s in rng.sample([
        "Inden 1 måned: du møder op til alle aftaler med mentoren",
        "Inden 2 måneder: du tager selv bussen til {firm}",
        "Inden 3 måneder: du har under 10 % fravær",
        "Inden udgangen af perioden: du har søgt mindst 5 jobs",
    ], 2)]
    if "missing-follow-up" in defects:
        fu = rng.choice(["", "Det aftaler vi senere.", "-", "Vi tager det, som det kommer."])
        subgoals = []
        traits.append("follow:vague-or-empty")

    # appeal
    if "missing-appeal-guidance" in defects:
        how = rng.choice(["absent", "weak", "weak"])
        traits.append(f"appeal:{how}")
        appeal_par = None if how == "absent" else rng.choice(APPEAL_WEAK).format(**kp)
    else:
        appeal_par = rng.choice(APPEAL_PLAIN if plain else APPEAL_FULL).format(**kp)

    def para(s):  # empty string -> empty section
        return [s] if s else []

    # ---- assemble by variant
    B = doc.blocks
    if variant == "combined_mt":
        B.append((H["goal"], para(goal_par)))
        B.append((rng.choice(COMBINED[("mentor", "tasks")]), para(mentor_par) + tasks_items))
        B.append((H["duration"], para(dur_par)))
        B.append((H["hours"], para(hours_par)))
        B.append((H["follow"], para(fu) + ([subgoals] if subgoals else [])))
    elif variant == "combined_ph":
        B.append((H["goal"], para(goal_par)))
        B.append((H["mentor"], para(mentor_par)))
        B.append((H["tasks"], tasks_items))
        ph = " ".join(x for x in (dur_par, hours_par) if x and x != "-")
        B.append((rng.choice(COMBINED[("duration", "hours")]), para(ph)))
        B.append((H["follow"], para(fu)))
    elif variant == "combined_fd":
        B.append((H["goal"], para(goal_par)))
        B.append((H["mentor"], para(mentor_par)))
        B.append((H["tasks"], tasks_items))
        B.append((H["duration"], para(dur_par)))
        B.append((H["hours"], para(hours_par)))
        items = para(fu) + (["Delmål:", subgoals] if subgoals else [])
        B.append((rng.choice(COMBINED[("follow", "goalsub")]), items))
    elif variant == "nohead_goal":
        # the goal stands in the intro, under no heading
        if "missing-goal" not in defects:
            doc.intro.append(goal_par)
        elif rng.random() < 0.5:
            doc.intro.append("Målet: Udfyldes senere.")  # placeholder label, no goal
        # else: the letter simply states no goal anywhere
        B.append((H["mentor"], para(mentor_par)))
        B.append((H["tasks"], tasks_items))
        B.append((H["duration"], para(dur_par)))
        B.append((H["hours"], para(hours_par)))
        B.append((H["follow"], para(fu)))
        traits.append("goal:no-heading")
    elif variant == "hours_in_mentor":
        # hours only as a sentence in the mentor section; no hours heading
        B.append((H["goal"], para(goal_par)))
        hp_m = hours_par
        if "missing-hours" in defects:
            hp_m = rng.choice(["I aftaler selv, hvor meget I ses.", "Mentoren har et par timer om ugen til dig.",
                               "I ses efter behov.", ""])
        mp = mentor_par + (" " + hp_m if hp_m else "")
        B.append((H["mentor"], para(mp)))
        B.append((H["tasks"], tasks_items))
        B.append((H["duration"], para(dur_par)))
        B.append((H["follow"], para(fu)))
        traits.append("hours:in-mentor-section")
    elif variant == "follow_in_period":
        # follow-up only as a sentence in the period section; no follow-up heading
        B.append((H["goal"], para(goal_par)))
        B.append((H["mentor"], para(mentor_par)))
        B.append((H["tasks"], tasks_items))
        dp = " ".join(x for x in (dur_par, fu) if x and x != "-")
        B.append((H["duration"], para(dp)))
        B.append((H["hours"], para(hours_par)))
        traits.append("follow:in-period-section")
    elif variant == "hours_in_period_head":
        # hours written under the period heading (a heading naming another field)
        B.append((H["goal"], para(goal_par)))
        B.append((H["mentor"], para(mentor_par)))
        B.append((H["tasks"], tasks_items))
        dp = " ".join(x for x in (dur_par, hours_par) if x and x != "-")
        B.append((rng.choice(HEAD["duration"]), para(dp)))
        B.append((H["follow"], para(fu)))
        traits.append("hours:under-duration-heading")
    else:  # standard, plain, firstperson
        order = ["goal", "mentor", "tasks", "duration", "hours", "follow"]
        if me and rng.random() < 0.5:
            order = ["mentor", "goal", "tasks", "duration", "hours", "follow"]
        content = {"goal": para(goal_par), "mentor": para(mentor_par), "tasks": tasks_items,
                   "duration": para(dur_par), "hours": para(hours_par),
                   "follow": para(fu) + ([subgoals] if subgoals and not plain else [])}
        for k in order:
            B.append((H[k], content[k]))
    if appeal_par is not None:
        B.append((H["appeal"], [appeal_par]))
    if "missing-goal" in defects and subgoals and any(subgoals[0] in str(items) for _, items in B):
        traits.append("goal:missing-but-delmaal-present")

    # ---- closing
    if me:
        doc.closing = ["Jeg glæder mig til at arbejde sammen med dig.", "Mange hilsner",
                       c.mentor_first if "missing-mentor" in defects else c.mentor,
                       f"Kopi: {c.cw}, {c.unit}"]
    else:
        doc.closing = [rng.choice(["Venlig hilsen", "Med venlig hilsen", "Mange hilsner"]), c.cw,
                       rng.choice(["Sagsbehandler", "Jobkonsulent", "Rådgiver", "Virksomhedskonsulent"]),
                       f"Tlf. {c.cw_tel}"]
        if rng.random() < 0.4:
            doc.closing.append("Underskrift borger: ____________________   Dato: ________")
    return doc, traits, period


# --------------------------------------------------------------------------- near misses
def build_unknown(rng: random.Random, c: Case, fam: str) -> tuple[Doc, list[str]]:
    doc = Doc()
    traits = [f"nearmiss:{fam}"]
    if c.cpr and fam in ("status", "invitation"):
        traits.append("cpr")
    if fam == "welcome":
        doc.header = [c.provider, fmt_date(c.letter_date, 0)]
        doc.title = rng.choice(["Velkommen til dit mentorforløb", "Hej og velkommen", "Velkommen!"])
        doc.intro = [f"Kære {c.first}",
                     f"Jeg hedder {c.mentor}, og jeg skal være din mentor. Jeg glæder mig til at møde dig."]
        doc.blocks = [
            ("Lidt om mig", [f"Jeg har arbejdet som mentor i {c.provider} i {rng.randint(3, 15)} år. Før det var jeg {rng.choice(['pædagog', 'tømrer', 'lærer', 'sygeplejerske'])}."]),
            ("Vores første møde", [f"Vi ses første gang {fmt_date(c.start, 4)} kl. {rng.choice(['9.30', '10.00', '13.00'])} på {rng.choice(['biblioteket', 'jobcentret', 'Café Kvarteret'])}. Tag gerne en kop kaffe med – eller lad os købe én."]),
            ("Sådan får du fat i mig", [f"Ring eller skriv på {c.mentor_tel}. Jeg svarer som regel samme dag."]),
            (None, ["Aftalen om din mentorstøtte med mål og periode får du fra din sagsbehandler i et særskilt brev."]),
        ]
        doc.closing = ["De bedste hilsner", c.mentor]
    elif fam == "info":
        doc.header = [c.kommune, c.unit]
        doc.title = rng.choice(["Information om mentorordningen", "Hvad er en mentor?",
                                "Til dig, der skal have en mentor"])
        doc.intro = ["Kommunen kan give mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats, hvis du har brug for ekstra støtte for at komme i job eller uddannelse."]
        doc.blocks = [
            ("Hvad kan en mentor hjælpe med?", [["at komme godt i gang på en arbejdsplads eller et studie", "struktur i hverdagen", "kontakt til andre myndigheder"]]),
            ("Hvad står der i en aftale?", ["Når du får en mentor, laver vi en skriftlig aftale med dig. Den indeholder målet med støtten, mentorens navn og kontaktdata, mentorens opgaver, hvor længe støtten varer (højst 6 måneder ad gangen), hvor mange timer om ugen du får, hvordan vi følger op, og en klagevejledning."]),
            ("Hvis du vil klage", ["Du kan klage over en afgørelse om mentorstøtte til kommunen inden 4 uger. Kommunen genvurderer afgørelsen og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes."]),
            ("Vil du vide mere?", [f"Kontakt {c.unit} på tlf. {c.ktel}."]),
        ]
        doc.closing = []
    elif fam == "status":
        doc.header = [c.provider, f"Til: {c.cw}, {c.unit}", fmt_date(add_months(c.start, 3), 0)]
        if c.cpr:
            doc.header.append(f"Borger: {c.first} {c.last}, cpr {c.cpr}")
        else:
            doc.header.append(f"Borger: {c.first} {c.last}")
        doc.title = rng.choice(["Statusbrev – mentorforløb", "Status på mentorstøtte", "Midtvejsstatus"])
        doc.intro = [f"Her er en kort status på forløbet med {c.first}, som startede {fmt_date(c.start, 0)}."]
        doc.blocks = [
            ("Sådan er det gået", [f"{c.first} har mødt op til {rng.randint(8, 12)} ud af 13 aftaler. Vi har øvet busturen, og {c.first} tager nu selv afsted to dage om ugen."]),
            ("Det arbejder vi videre med", [f"Fremmødet i praktikken hos {c.subs['firm']} og kontakten til lægen."]),
            ("Min vurdering", ["Forløbet går i den rigtige retning. Jeg anbefaler, at vi fortsætter som aftalt."]),
        ]
        doc.closing = ["Venlig hilsen", c.mentor, c.provider]
    elif fam == "invitation":
        doc.header = [c.kommune, c.unit, fmt_date(c.letter_date, 0)]
        if c.cpr:
            doc.header.append(f"CPR-nr. {c.cpr}")
        doc.title = rng.choice(["Invitation til opfølgningsmøde", "Indkaldelse til møde om din mentorstøtte",
                                "Du er inviteret til et statusmøde"])
        when = add_months(c.start, 2)
        doc.intro = [f"Kære {c.first}", f"Vi vil gerne invitere dig til et møde om din mentorstøtte {fmt_date(when, 4)} kl. 10.00 i {c.unit}, {c.addr}."]
        doc.blocks = [
            ("Hvem deltager?", [f"Du, din mentor {c.mentor} og din sagsbehandler {c.cw}."]),
            ("Hvad skal vi tale om?", [["hvordan det går med dit mål", "om du har brug for mere eller mindre støtte", "hvad der skal ske, når perioden slutter"]]),
            ("Kan du ikke komme?", [f"Ring til {c.cw} på {c.cw_tel} senest dagen før."]),
        ]
        doc.closing = ["Venlig hilsen", c.cw]
    return doc, traits


# --------------------------------------------------------------------------- renderers
def doc_lines(doc: Doc) -> list[tuple[str, object]]:
    """Flatten to (type, value): header, title, p, h, ul."""
    out: list[tuple[str, object]] = [("header", l) for l in doc.header]
    out.append(("title", doc.title))
    out += [("p", p) for p in doc.intro]
    for h, items in doc.blocks:
        if h:
            out.append(("h", h))
        for it in items:
            out.append(("ul", it) if isinstance(it, list) else ("p", it))
    out += [("p", p) for p in doc.closing]
    return out


def render_txt(doc: Doc, rng: random.Random) -> str:
    style = rng.choice(["upper", "underline", "colon", "plain"])
    lines = []
    for t, v in doc_lines(doc):
        if t == "header":
            lines.append(v)
        elif t == "title":
            lines += ["", v.upper() if style == "upper" else v, ""]
        elif t == "h":
            lines.append("")
            if style == "upper":
                lines.append(v.upper())
            elif style == "underline":
                lines += [v, "-" * len(v)]
            elif style == "colon":
                lines.append(v if v.endswith("?") else v + ":")
            else:
                lines.append(v)
        elif t == "p":
            lines.append(v)
        else:
            lines += [f"- {x}" for x in v]
    return "\n".join(lines) + "\n"


def render_md(doc: Doc, rng: random.Random) -> str:
    lines = []
    for t, v in doc_lines(doc):
        if t == "header":
            lines.append(v + "  ")
        elif t == "title":
            lines += ["", f"# {v}", ""]
        elif t == "h":
            lines += ["", f"## {v}", ""]
        elif t == "p":
            lines += [v, ""]
        else:
            lines += [f"* {x}" for x in v] + [""]
    return "\n".join(lines) + "\n"


def render_html(doc: Doc, rng: random.Random) -> str:
    e = html.escape
    hstyle = rng.choice(["h2", "h3", "strong"])
    body = []
    body.append('<div class="brevhoved">' + "<br>".join(e(l) for l in doc.header) + "</div>")
    body.append(f"<h1>{e(doc.title)}</h1>")
    for t, v in doc_lines(doc):
        if t in ("header", "title"):
            continue
        if t == "h":
            body.append(f"<p><strong>{e(v)}</strong></p>" if hstyle == "strong" else f"<{hstyle}>{e(v)}</{hstyle}>")
        elif t == "p":
            body.append(f"<p>{e(v)}</p>")
        else:
            body.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>")
    return ('<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>' + e(doc.title) +
            '</title></head>\n<body>\n' + "\n".join(body) + "\n</body></html>\n")


def render_docx(doc: Doc, rng: random.Random, path: Path) -> None:
    from docx import Document
    from docx.shared import Pt
    d = Document()
    heading_style = rng.choice(["heading", "bold"])
    for l in doc.header:
        p = d.add_paragraph(l)
        p.paragraph_format.space_after = Pt(0)
    d.add_heading(doc.title, level=1)
    for t, v in doc_lines(doc):
        if t in ("header", "title"):
            continue
        if t == "h":
            if heading_style == "heading":
                d.add_heading(v, level=2)
            else:
                r = d.add_paragraph().add_run(v)
                r.bold = True
        elif t == "p":
            d.add_paragraph(v)
        else:
            for x in v:
                d.add_paragraph(x, style="List Bullet")
    d.save(str(path))


def render_odt(doc: Doc, rng: random.Random, path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem, Span
    o = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)
    hstyle = rng.choice(["heading", "bold"])
    for l in doc.header:
        o.text.addElement(P(text=l))
    o.text.addElement(H(outlinelevel=1, text=doc.title))
    for t, v in doc_lines(doc):
        if t in ("header", "title"):
            continue
        if t == "h":
            if hstyle == "heading":
                o.text.addElement(H(outlinelevel=2, text=v))
            else:
                p = P()
                p.addElement(Span(stylename=bold, text=v))
                o.text.addElement(p)
        elif t == "p":
            o.text.addElement(P(text=v))
        else:
            lst = List()
            for x in v:
                li = ListItem()
                li.addElement(P(text="• " + x))
                lst.addElement(li)
            o.text.addElement(lst)
    o.save(str(path))


def render_pdf_rl(doc: Doc, rng: random.Random, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, ListFlowable, ListItem
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        f, fb = "DV", "DVB"
    except Exception:
        f, fb = "Helvetica", "Helvetica-Bold"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=f, fontSize=10.5, leading=14, spaceAfter=6)
    small = ParagraphStyle("s", parent=body, fontSize=9, leading=11, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=body, fontName=fb, fontSize=15, leading=19, spaceBefore=12, spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=body, fontName=fb, fontSize=rng.choice([11, 12]), leading=15, spaceBefore=8, spaceAfter=3)
    e = html.escape
    story = [Paragraph(e(l), small) for l in doc.header] + [Paragraph(e(doc.title), h1)]
    for t, v in doc_lines(doc):
        if t in ("header", "title"):
            continue
        if t == "h":
            story.append(Paragraph(e(v), h2))
        elif t == "p":
            story.append(Paragraph(e(v), body))
        else:
            story.append(ListFlowable([ListItem(Paragraph(e(x), body)) for x in v], bulletType="bullet", start="•"))
    SimpleDocTemplate(str(path), pagesize=A4, title=doc.title, author="",
                      leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50).build(story)


# --------------------------------------------------------------------------- main
def plan(rng: random.Random) -> list[dict]:
    """Decide every document's kind, variant, defects and format up front."""
    specs = []
    # agreements: 82. Clean ~40 %.
    variants = (["standard"] * 14 + ["combined_ph"] * 8 + ["combined_mt"] * 8 + ["combined_fd"] * 7 +
                ["nohead_goal"] * 7 + ["hours_in_mentor"] * 8 + ["follow_in_period"] * 8 +
                ["hours_in_period_head"] * 6 + ["plain"] * 9 + ["firstperson"] * 7)
    rng.shuffle(variants)
    n_clean = 33
    defect_cycle = []
    singles = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
               "missing-follow-up", "duration-over-6-months", "missing-hours", "missing-follow-up",
               "missing-appeal-guidance", "missing-hours", "duration-over-6-months", "unclear-goal"]
    j = 0
    for i in range(len(variants) - n_clean):
        if i % 3 == 2:
            a, b = rng.sample(singles, 2)
            s = {a, b}
            if {"missing-duration", "duration-over-6-months"} <= s or {"missing-goal", "unclear-goal"} <= s:
                s = {a}
            defect_cycle.append(s)
        else:
            defect_cycle.append({singles[j % len(singles)]})
            j += 1
    defect_sets = [set() for _ in range(n_clean)] + defect_cycle
    rng.shuffle(defect_sets)
    for v, ds in zip(variants, defect_sets):
        # a variant that moves a field into another section is only meaningful when that field exists;
        # keep such defects (the moved field vague) too – they test the same reading.
        specs.append({"kind": "agreement", "variant": v, "defects": ds})
    fams = ["welcome"] * 5 + ["info"] * 5 + ["status"] * 4 + ["invitation"] * 4
    for f in fams:
        specs.append({"kind": "unknown", "family": f})
    formats = (["docx"] * 24 + ["pdf-lo"] * 16 + ["pdf-rl"] * 16 + ["odt"] * 12 + ["txt"] * 11 +
               ["md"] * 10 + ["html"] * 11)
    rng.shuffle(formats)
    for s, f in zip(specs, formats):
        s["fmt"] = f
    rng.shuffle(specs)
    return specs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/es")
    ap.add_argument("--seed", type=int, default=1111)
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    specs = plan(rng)
    entries = []
    lo_jobs: list[tuple[Path, Path]] = []  # (source docx/odt in tmp, final pdf path)
    tmp = Path(tempfile.mkdtemp(prefix="corpus_es_"))
    for i, s in enumerate(specs, 1):
        c = Case(rng, i)
        if s["kind"] == "agreement":
            doc, traits, period = build_agreement(rng, c, s["variant"], set(s["defects"]))
            rules = sorted(s["defects"])
            sub, layout = "agreement", "letter-" + s["variant"]
            folder = c.kommune.split()[0].lower()
            name = f"{i:03d}-aftale-{slug(c.first)}"
        else:
            doc, traits = build_unknown(rng, c, s["family"])
            rules, period, sub, layout = [], None, s["family"], "nearmiss-" + s["family"]
            folder = c.kommune.split()[0].lower()
            fname = {"welcome": "velkommen", "info": "om-mentorordningen", "status": "status",
                     "invitation": "indkaldelse"}[s["family"]]
            name = f"{i:03d}-{fname}-{slug(c.first)}"
        folder = slug(folder)
        fmt = s["fmt"]
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf"}.get(fmt, fmt)
        rel = f"{folder}/{name}.{ext}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        traits = traits + [f"fmt:{fmt}"]
        if fmt == "txt":
            path.write_text(render_txt(doc, rng), encoding="utf-8")
        elif fmt == "md":
            path.write_text(render_md(doc, rng), encoding="utf-8")
        elif fmt == "html":
            path.write_text(render_html(doc, rng), encoding="utf-8")
        elif fmt == "docx":
            render_docx(doc, rng, path)
        elif fmt == "odt":
            render_odt(doc, rng, path)
        elif fmt == "pdf-rl":
            render_pdf_rl(doc, rng, path)
        elif fmt == "pdf-lo":
            src_kind = rng.choice(["docx", "odt"])
            src = tmp / f"{name}.{src_kind}"
            (render_docx if src_kind == "docx" else render_odt)(doc, rng, src)
            traits.append(f"lo-from:{src_kind}")
            lo_jobs.append((src, path))
        mnc = [c.cpr] if c.cpr and ("cpr" in traits) else []
        entries.append({
            "path": rel, "format": ext, "kind": s["kind"], "subtype": sub, "layout": layout,
            "rules": rules, "extras": [], "error": None, "accept_errors": [],
            "must_not_contain": mnc, "traits": sorted(set(traits)), "period": period,
        })
    if lo_jobs:
        pdfdir = tmp / "pdf"
        pdfdir.mkdir()
        cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_es_profile", "--headless",
               "--convert-to", "pdf", "--outdir", str(pdfdir)] + [str(s) for s, _ in lo_jobs]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, dest in lo_jobs:
            pdf = pdfdir / (src.stem + ".pdf")
            if not pdf.exists():
                print(f"LibreOffice failed for {src}", file=sys.stderr)
                return 1
            shutil.move(str(pdf), dest)
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
