#!/usr/bin/env python3
"""Corpus GS: Hjelmsø Kommune's yearly quality-audit sample of mentor-support case files (LAB § 167).

An auditor draws about 90 documents from the archive, 2024-2026: whatever each caseworker, team and
provider produced, in the formats the archive holds. Deterministic for a given --seed.

    /work/main/.venv/bin/python make_corpus_gs.py --out /work/corpora/gs [--seed 1717]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

D = dt.date
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
REFORM = D(2026, 2, 1)


def lng(d: D) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def num(d: D) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def sl(d: D) -> str:
    return f"{d.day}/{d.month}-{d.year}"


def short(d: D) -> str:
    return f"{d.day}. {MON3[d.month - 1]} {d.year}"


def add_months(d: D, m: int) -> D:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return D(y, mo, day)


def six_end(start: D, months: int = 6) -> D:
    return add_months(start, months) - dt.timedelta(days=1)


# ----------------------------------------------------------------------------------------------
# People and places (all fictional)
# ----------------------------------------------------------------------------------------------
MUNI = "Hjelmsø Kommune"
JC = "Jobcenter Hjelmsø"
ADDR = "Rådhustorvet 4, 4370 Hjelmsø"
MAIN_TLF = "59 44 10 00"

CASEWORKERS = {
    "birthe": dict(name="Birthe Lund Kjær", title="Sagsbehandler", team="Team Job & Sundhed",
                   tlf="59 44 12 31", mail="bilk@hjelmsoe.dk"),
    "kasper": dict(name="Kasper Vinther", title="Ungerådgiver", team="Ungeenheden",
                   tlf="59 44 13 07", mail="kavi@hjelmsoe.dk"),
    "sanne": dict(name="Sanne Østergaard", title="Jobkonsulent", team="Team Kontanthjælp",
                  tlf="59 44 12 88", mail="saoe@hjelmsoe.dk"),
    "jamal": dict(name="Jamal Haddad", title="Rådgiver", team="Jobafklaring og Sygedagpenge",
                  tlf="59 44 14 52", mail="jaha@hjelmsoe.dk"),
    "dorte": dict(name="Dorte Malling", title="Socialrådgiver", team="Team Integration",
                  tlf="59 44 11 76", mail="doma@hjelmsoe.dk"),
    "mette": dict(name="Mette Brink Sørensen", title="Sagsbehandler", team="Team Job & Sundhed",
                  tlf="59 44 12 40", mail="mebs@hjelmsoe.dk"),
}

MENTORS = [
    ("Lone Friis", "Jobhuset Nord ApS", "41 22 33 90", "lf@jobhusetnord.dk"),
    ("Rasmus Kold", "Mentorhuset Fyrtårnet", "28 61 40 17", "rasmus@fyrtaarnet-mentor.dk"),
    ("Hanne Dybdal", "Hjelmsø Kommune, Mentorkorpset", "59 44 15 02", "hady@hjelmsoe.dk"),
    ("Thomas Bech", "Bro til Job I/S", "22 90 18 44", "tb@brotiljob.dk"),
    ("Aisha Rahimi", "Hjelmsø Kommune, Mentorkorpset", "59 44 15 19", "aira@hjelmsoe.dk"),
    ("Peter Grønbæk", "Jobhuset Nord ApS", "41 22 33 95", "pg@jobhusetnord.dk"),
    ("Camilla Vestergaard", "Mentorhuset Fyrtårnet", "31 17 62 08", "camilla@fyrtaarnet-mentor.dk"),
    ("Jens Ole Mikkelsen", "Dagrofa Hjelmsø (virksomhedsmentor)", "20 45 71 33", "jom@dagrofa-hjelmsoe.dk"),
    ("Nadia Holm", "Bro til Job I/S", "22 90 18 51", "nh@brotiljob.dk"),
]

CITIZENS = [
    ("Mia", "Kristensen", "f"), ("Ahmad", "Nazari", "m"), ("Jonas", "Lykke Berg", "m"),
    ("Sofie", "Andersen", "f"), ("Emil", "Thygesen", "m"), ("Fatima", "Al-Sayed", "f"),
    ("Mikkel", "Dahl", "m"), ("Louise", "Winther", "f"), ("Kenneth", "Juhl", "m"),
    ("Sara", "Mortensen", "f"), ("Oliver", "Bak", "m"), ("Nanna", "Holt", "f"),
    ("Yusuf", "Demir", "m"), ("Camilla", "Frost", "f"), ("Rasmus", "Skov", "m"),
    ("Helle", "Jeppesen", "f"), ("Tobias", "Munk", "m"), ("Amalie", "Vind", "f"),
    ("Bilal", "Hussein", "m"), ("Trine", "Lauridsen", "f"), ("Nikolaj", "Ravn", "m"),
    ("Stine", "Kirkegaard", "f"), ("Mohammed", "Osman", "m"), ("Ida", "Bundgaard", "f"),
    ("Lasse", "Poulsen", "m"), ("Jeanette", "Krogh", "f"), ("Victor", "Holm", "m"),
    ("Maja", "Søndergaard", "f"), ("Kim", "Vestergaard", "m"), ("Anja", "Bisgaard", "f"),
    ("Dennis", "Riis", "m"), ("Laila", "Ahmadi", "f"), ("Patrick", "Storm", "m"),
    ("Rikke", "Lind", "f"), ("Frederik", "Kjeldsen", "m"), ("Zainab", "Ali", "f"),
]
SURNAMES = ["Jørgensen", "Madsen", "Eriksen", "Toft", "Nygaard", "Brandt", "Olsen", "Kamal", "Iversen",
            "Schmidt", "Hansen", "Mahmoud", "Clausen", "Rasmussen", "Bech", "Ibrahim", "Larsen", "Wulff",
            "Fischer", "Nørgaard", "Sørensen", "Yilmaz", "Christiansen", "Gade", "Pedersen", "Hedegaard",
            "Nielsen", "Karimi", "Lund", "Bruun", "Dam", "Abdi", "Knudsen"]
STREETS = ["Skolevej", "Møllevænget", "Bakkedraget", "Kirkestræde", "Algade", "Præstemarken",
           "Lupinvej", "Havnegade", "Søndergade", "Engtoften"]

GOALS = [
    "{f} gennemfører virksomhedspraktikken på lageret hos Dagrofa Hjelmsø med fremmøde mindst 4 dage om ugen og er klar til et løntilskudsjob, når praktikken slutter.",
    "{f} starter på grundforløb 1 (tømrer) på Hjelmsø Tekniske Skole og møder mindst 90 % af skoledagene i de første tre måneder.",
    "{f} er i fleksjob som pedelmedhjælper på Engskolen 12 timer om ugen ved periodens udløb.",
    "{f} møder stabilt på FGU Hjelmsø (produktionsgrundforløb, køkken) 4 dage om ugen og har valgt en erhvervsuddannelse, før perioden slutter.",
    "{f} er i løntilskudsjob som rengøringsassistent hos Hjelmsø Rengøring ApS og har højst 2 fraværsdage pr. måned.",
    "{f} er vendt tilbage til sit job som SOSU-hjælper i Hjemmeplejen Nord med mindst 20 ugentlige arbejdstimer ved periodens udløb.",
    "{f} gennemfører første semester på pædagoguddannelsen og består den første praktikprøve.",
    "{f} fastholder sin elevplads hos Bilka Hjelmsø og møder til alle planlagte vagter.",
    "{f} er i virksomhedspraktik i butik (Netto, Algade) 3 dage om ugen inden for de første 8 uger og har en aftale om løntilskud ved periodens udløb.",
    "{f} har afsluttet danskuddannelsens modul 3 og er startet i praktik som køkkenmedhjælper på Hjelmsø Plejecenter.",
]
VAGUE_GOALS = [
    "Støtte til at komme videre og få mere struktur på hverdagen.",
    "Øget trivsel og selvværd.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Sikre at {f} får det bedre og bliver mere motiveret.",
    "At {f} får mere ro på og overskud i hverdagen.",
]
TASKS = [
    ["følge {f} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med kontakten til praktikvejlederen"],
    ["hjælpe {f} med at planlægge ugen og møde til tiden", "ringe om morgenen de første fire uger",
     "være med ved samtaler med skolens kontaktlærer"],
    ["støtte {f} i at få styr på post fra e-Boks og aftaler", "følge med til lægen, når det handler om arbejdsevnen",
     "træne bustur og mødetider"],
    ["introducere {f} for kolleger og arbejdsopgaver", "tage en kort snak ved arbejdsdagens slut",
     "hjælpe med at sige til og fra over for arbejdsgiveren"],
    ["øve lektiestruktur med {f} to gange om ugen", "hjælpe med SU-ansøgning og skema",
     "tage kontakt til studievejlederen ved fravær"],
]
FOLLOWUPS = [
    "Statusmøde med borger, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før støtten ophører.",
    "Vi følger op hver måned på et fælles møde. Delmål: fremmøde 4 dage om ugen efter 6 uger.",
    "Mentor sender kort skriftlig status hver 14. dag. Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før periodens udløb.",
    "Opfølgningssamtale i jobcentret hver 6. uge; progression måles på antal fremmødedage pr. uge.",
]


def cpr_for(rng: random.Random, sex: str) -> str:
    y = rng.randint(62, 99) if rng.random() < 0.6 else rng.randint(0, 6)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    last = rng.randint(0, 9999)
    if (last % 2 == 1) != (sex == "m"):
        last = (last + 1) % 10000
    return f"{d:02d}{m:02d}{y:02d}-{last:04d}"


class Case:
    """One citizen's mentor case; renderers draw the fields from it."""

    def __init__(self, rng: random.Random, idx: int, start: D, months: int = 6,
                 mentor: int | None = None, goal: int | None = None, hours: int | None = None):
        first, _, sex = CITIZENS[idx % len(CITIZENS)]
        last = SURNAMES[(idx * 7 + idx // len(CITIZENS)) % len(SURNAMES)] if idx >= len(CITIZENS) else CITIZENS[idx][1]
        self.first, self.last, self.sex = first, last, sex
        self.name = f"{first} {last}"
        self.cpr = cpr_for(rng, sex)
        self.addr = f"{rng.choice(STREETS)} {rng.randint(1, 60)}, 4370 Hjelmsø"
        self.mentor = MENTORS[mentor if mentor is not None else rng.randrange(len(MENTORS))]
        gi = goal if goal is not None else rng.randrange(len(GOALS))
        self.goal = GOALS[gi].format(f=first)
        self.vague = rng.choice(VAGUE_GOALS).format(f=first)
        self.tasks = [t.format(f=first) for t in rng.choice(TASKS)]
        self.start = start
        self.end = six_end(start, months)
        self.hours = hours if hours is not None else rng.choice([2, 3, 3, 4, 5, 6])
        self.follow = rng.choice(FOLLOWUPS)
        self.sag = f"{start.year % 100 if start.month > 1 else (start.year - 1) % 100}-{rng.randint(10000, 99999)}"
        self.journal = f"15.02.10-G01-{rng.randint(100, 999)}-{start.year % 100}"


def sender(d: D) -> str:
    return MUNI + ", Beskæftigelse" if d >= REFORM else JC


def body_word(d: D) -> str:
    return "kommunen" if d >= REFORM else "jobcentret"


# ----------------------------------------------------------------------------------------------
# Appeal-guidance texts of different authors and ages
# ----------------------------------------------------------------------------------------------

def appeal_formal(d: D) -> str:
    b = body_word(d)
    who = MUNI if d >= REFORM else JC
    return (f"Hvis du ikke er enig i afgørelsen, kan du klage til {who}. Klagen skal være modtaget senest "
            f"4 uger efter, at du har fået afgørelsen. Du kan klage skriftligt eller mundtligt. {b.capitalize()} "
            f"genvurderer afgørelsen inden 4 uger. Fastholder vi afgørelsen, sender vi klagen og sagens akter "
            f"videre til Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats og "
            f"retssikkerhedslovens kapitel 10.")


def appeal_chatty(d: D) -> str:
    return ("Hvis du ikke er enig i vores afgørelse, skal du klage til kommunen inden fire uger. Du kan bare "
            "ringe til mig eller skrive på Digital Post. Kommunen skal så genvurdere afgørelsen inden fire uger "
            "fra klagen er modtaget. Hvis vi fastholder afgørelsen, bliver din klage sendt videre til "
            "Ankestyrelsen, som tager stilling til den.")


def appeal_table(d: D) -> str:
    return (f"Klagefrist 4 uger fra du har modtaget brevet. Klagen sendes til {MUNI}, "
            f"Jobafklaring og Sygedagpenge, {ADDR}, eller via Digital Post. Vi genvurderer sagen; fastholder vi "
            f"afgørelsen, sendes klagen videre til Ankestyrelsen (LAB § 204).")


APPEAL_WRONG = ("Du kan klage over afgørelsen til Ankestyrelsen, 7998 Statsservice. Klagen skal være "
                "Ankestyrelsen i hænde senest 4 uger efter, at du har modtaget dette brev.")
APPEAL_VAGUE = "Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål."
APPEAL_OTHER = ("Klagevejledning vedrørende befordringsgodtgørelse: Hvis du vil klage over afgørelsen om "
                "befordringsgodtgørelse, skal klagen sendes til kommunen inden 4 uger.")


# ----------------------------------------------------------------------------------------------
# Intermediate representation: list of blocks
#   ("title", t) ("h", t) ("p", t) ("li", t) ("kv", label, value) ("table", rows) ("sig", [..])
# ----------------------------------------------------------------------------------------------

def letterhead(cw: dict, d: D, case: Case | None, cpr: bool, extra: list | None = None) -> list:
    b = [("p", sender(d)), ("p", f"{cw['team']} · {ADDR}")]
    if case:
        b.append(("p", f"{case.name}\n{case.addr}"))
        if cpr:
            b.append(("p", f"CPR-nr.: {case.cpr}"))
    b.append(("p", f"Dato: {lng(d)}\nSagsnr.: {case.sag if case else '-'}"))
    return b + (extra or [])


def sign_cw(cw: dict) -> list:
    return [("p", "Med venlig hilsen"),
            ("p", f"{cw['name']}\n{cw['title']}, {cw['team']}\nTlf. {cw['tlf']} · {cw['mail']}")]


# ---------------------------- Birthe: old numbered Word template --------------------------------

def birthe_agreement(c: Case, d: D, defects: set, cpr: bool, extra_note: str | None = None) -> list:
    cw = CASEWORKERS["birthe"]
    m = c.mentor
    b = letterhead(cw, d, c, cpr)
    b.append(("title", "Aftale om mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats"))
    b.append(("p", f"Aftalen er indgået mellem {c.name}, {m[1]} og {sender(d)} på mødet den {lng(d)}."))
    b.append(("h", "1. Formål med mentorstøtten"))
    if "missing-goal" in defects:
        b.append(("p", "Udfyldes senere"))
    elif "unclear-goal" in defects:
        b.append(("p", c.vague))
    else:
        b.append(("p", c.goal))
    b.append(("h", "2. Mentor"))
    if "missing-mentor" in defects:
        b.append(("p", f"{m[0]}, {m[1]}"))
    else:
        b.append(("p", f"{m[0]}, {m[1]}\nTlf. {m[2]}\nE-mail: {m[3]}"))
    b.append(("h", "3. Mentorens opgaver"))
    if "missing-tasks" in defects:
        b.append(("p", "-"))
    else:
        for t in c.tasks:
            b.append(("li", t[0].upper() + t[1:]))
    b.append(("h", "4. Periode og opfølgning"))
    if "missing-duration" in defects:
        b.append(("p", f"Mentorstøtten starter den {lng(c.start)}."))
    else:
        b.append(("p", f"Mentorstøtten er bevilget i perioden {lng(c.start)} – {lng(c.end)}."))
    if extra_note:
        b.append(("p", extra_note))
    if "missing-follow-up" not in defects:
        b.append(("p", c.follow))
    b.append(("h", "5. Timetal"))
    if "missing-hours" in defects:
        b.append(("p", "Aftales mellem mentor og borger."))
    else:
        b.append(("p", f"{c.hours} timer pr. uge med direkte kontakt mellem mentor og borger."))
    if "missing-appeal-guidance" not in defects:
        b.append(("h", "6. Klagevejledning"))
        b.append(("p", appeal_formal(d)))
    b.append(("h", "Underskrifter"))
    b.append(("sig", [c.name, m[0], cw["name"]]))
    return b


def birthe_decision(c: Case, d: D, sub: str, defects: set, cpr: bool, asked_months: int = 9,
                    extras: set | None = None) -> list:
    cw = CASEWORKERS["birthe"]
    m = c.mentor
    b = letterhead(cw, d, c, cpr)
    t = {"grant": "Afgørelse: Bevilling af mentorstøtte",
         "partial": "Afgørelse om mentorstøtte – delvis bevilling",
         "refusal": "Afgørelse: Afslag på mentorstøtte",
         "extension": "Afgørelse: Forlængelse af mentorstøtte"}[sub]
    b.append(("title", t))
    b.append(("p", f"Kære {c.first}"))
    if sub == "grant":
        b.append(("p", f"{sender(d)} har bevilget dig mentorstøtte efter § 167, stk. 1, i lov om en aktiv "
                       f"beskæftigelsesindsats i perioden {lng(c.start)} til {lng(c.end)}, {c.hours} timer pr. uge. "
                       f"Din mentor er {m[0]} fra {m[1]}."))
        b.append(("h", "Formål"))
        b.append(("p", c.goal))
        b.append(("h", "Begrundelse"))
        b.append(("p", "Du har fået det, du har søgt om. Vi har lagt vægt på, at du har brug for støtte for at kunne "
                       "gennemføre forløbet."))
    elif sub == "partial":
        b.append(("p", f"Du har søgt om mentorstøtte i {asked_months} måneder med {c.hours + 3} timer om ugen. "
                       f"Du får delvist medhold: vi har bevilget mentorstøtte i perioden {lng(c.start)} – "
                       f"{lng(c.end)} med {c.hours} timer om ugen."))
        b.append(("h", "Begrundelse"))
        b.append(("p", "Efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats kan mentorstøtte gives i "
                       "højst 6 måneder ad gangen. Ved udløb foretager vi en ny konkret vurdering. Vi har lagt vægt "
                       f"på, at {m[1]} vurderer, at {c.hours} timer om ugen dækker dit behov i praktikken, fordi du "
                       "også har en kontaktperson på arbejdspladsen."))
    elif sub == "refusal":
        b.append(("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag."))
        b.append(("h", "Begrundelse"))
        b.append(("p", "Mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats skal have et mål om "
                       "beskæftigelse eller uddannelse. Du er i dag i et ordinært job på 37 timer om ugen, og din "
                       "arbejdsgiver har oplyst, at der ikke er problemer med fremmøde eller opgaver. Vi har derfor "
                       "vurderet, at du ikke har behov for mentorstøtte for at bevare dit job. Vi har lagt vægt på "
                       "oplysningerne fra samtalen og din arbejdsgivers udtalelse."))
    elif sub == "extension":
        b.append(("p", f"Vi har forlænget din mentorstøtte i en ny periode fra {lng(c.start)} til {lng(c.end)}. "
                       f"Mentor er fortsat {m[0]}, {m[1]}, tlf. {m[2]}. Timetallet er {c.hours} timer pr. uge."))
        b.append(("h", "Begrundelse"))
        b.append(("p", "Efter en konkret vurdering kan der gives mentorstøtte i en ny periode på op til 6 "
                       "måneder, jf. § 167, stk. 1, 2. pkt. Ved evalueringen viste det sig, at du er godt i gang, "
                       "men endnu ikke møder stabilt, når mentor ikke ringer om morgenen."))
    if "missing-appeal-guidance" not in defects:
        b.append(("h", "Klagevejledning"))
        b.append(("p", appeal_formal(d)))
    b += sign_cw(cw)
    return b


# ---------------------------- Kasper: terse case-system text exports ---------------------------

def kasper_agreement(c: Case, d: D, defects: set, cpr: bool) -> list:
    m = c.mentor
    b = [("title", "MENTORAFTALE (LAB § 167)"),
         ("p", f"Ungeenheden / {sender(d)}   Sag {c.sag}   Oprettet {num(d)}")]
    kv = [("Borger", c.name + (f" ({c.cpr})" if cpr else ""))]
    if "missing-goal" in defects:
        kv.append(("Mål", ""))
    else:
        kv.append(("Mål", c.vague if "unclear-goal" in defects else c.goal))
    kv.append(("Mentor", f"{m[0]}, {m[1]}" + ("" if "missing-mentor" in defects else f", {m[2]}")))
    if "missing-tasks" not in defects:
        kv.append(("Opgaver", "; ".join(c.tasks)))
    kv.append(("Periode", "indtil videre" if "missing-duration" in defects else f"{num(c.start)}-{num(c.end)}"))
    if "missing-hours" not in defects:
        kv.append(("Timer", f"{c.hours} t/uge"))
    if "missing-follow-up" not in defects:
        kv.append(("Opfølgning", "statusmøde hver 4. uge + slutevaluering 14 dage før ophør"))
    for k, v in kv:
        b.append(("kv", k, v))
    if "missing-appeal-guidance" not in defects:
        b.append(("kv", "Klagevejledning", "Klage til kommunen senest 4 uger efter modtagelse. Kommunen "
                  "genvurderer, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen."))
    b.append(("p", f"Godkendt: {CASEWORKERS['kasper']['name']} {num(d)} / borger accepteret mundtligt"))
    return b


def kasper_decision(c: Case, d: D, sub: str, defects: set, cpr: bool) -> list:
    head = {"grant": "AFGØRELSE - MENTORSTØTTE BEVILGET", "refusal": "AFGØRELSE - AFSLAG MENTOR",
            "end": "AFGØRELSE - OPHØR AF MENTORSTØTTE"}[sub]
    b = [("title", head), ("p", f"{sender(d)}, Ungeenheden   {num(d)}   Sag {c.sag}"),
         ("p", f"Til: {c.name}" + (f", cpr {c.cpr}" if cpr else ""))]
    m = c.mentor
    if sub == "grant":
        b.append(("p", f"Du er bevilget mentor efter LAB § 167 fra {num(c.start)} til {num(c.end)}, {c.hours} "
                       f"timer om ugen. Mentor: {m[0]} ({m[1]}, tlf {m[2]})."))
    elif sub == "refusal":
        b.append(("p", "Afslag på din ansøgning om mentor af " + num(d - dt.timedelta(days=12)) + "."))
        b.append(("p", "Begrundelse: Du går på 2. år af din uddannelse og har allerede SPS-støtte og en "
                       "studiementor via skolen. Mentorstøtte efter LAB § 167 gives ikke til støtte, som skolen "
                       "selv skal give. Vi har lagt vægt på skolens oplysninger af " + num(d - dt.timedelta(days=5)) + "."))
    elif sub == "end":
        b.append(("p", f"Din mentorstøtte hos {m[1]} stopper pr. {num(d + dt.timedelta(days=14))}."))
        if "missing-reasons" not in defects:
            b.append(("p", "Begrundelse: Du er startet på uddannelsen og møder stabilt. Målet med mentorstøtten er "
                           "derfor nået, jf. LAB § 167."))
    if "missing-appeal-guidance" not in defects:
        b.append(("p", "Klage: til kommunen inden 4 uger efter du har fået brevet. Vi genvurderer, og fastholder vi "
                       "afgørelsen, går klagen videre til Ankestyrelsen."))
    elif sub != "grant":
        b.append(("p", "Spørgsmål: ring til din rådgiver."))
    b.append(("p", f"/{CASEWORKERS['kasper']['name']}, tlf {CASEWORKERS['kasper']['tlf']}"))
    return b


# ---------------------------- Sanne: chatty letters ---------------------------------------------

def sanne_agreement(c: Case, d: D, defects: set, cpr: bool) -> list:
    cw = CASEWORKERS["sanne"]
    m = c.mentor
    b = [("p", f"{sender(d)} · {cw['team']}"), ("p", f"{lng(d)}")]
    if cpr:
        b.append(("p", f"Vedr.: {c.name}, {c.cpr}"))
    b.append(("title", "Din aftale om mentorstøtte"))
    b.append(("p", f"Kære {c.first}"))
    b.append(("p", f"Tak for en god snak i {WEEKDAYS[d.weekday()]}s. Her får du det, vi blev enige om, skrevet ned, "
                   "så du altid kan slå det op igen."))
    if "missing-goal" in defects:
        pass
    elif "unclear-goal" in defects:
        b.append(("p", f"Vi aftalte, at målet med mentorstøtten er: {c.vague}"))
    else:
        b.append(("p", f"Målet er, at {c.goal[0].lower() + c.goal[1:] if not c.goal.startswith(c.first) else c.goal}"))
    if "missing-mentor" in defects:
        b.append(("p", f"Din mentor bliver {m[0]} fra {m[1]}. Hun eller han kontakter dig selv i løbet af ugen."))
    else:
        b.append(("p", f"Din mentor bliver {m[0]} fra {m[1]}. Du kan fange mentoren på {m[2]} eller skrive til {m[3]}."))
    if "missing-tasks" not in defects:
        b.append(("p", "Det, mentoren skal tage sig af, er især at " + c.tasks[0] + ", " + c.tasks[1]
                  + " og " + c.tasks[2] + "."))
    if "missing-hours" in defects:
        b.append(("p", "Mentoren bruger et par timer om ugen sammen med dig, alt efter hvad du har brug for."))
    else:
        b.append(("p", f"Der er afsat {c.hours} timer om ugen til dig."))
    if "missing-duration" in defects:
        b.append(("p", "Aftalen gælder fra nu af, og vi tager den op igen, når vi ser, hvordan det går."))
    else:
        b.append(("p", f"Aftalen gælder fra den {lng(c.start)} til og med den {lng(c.end)}."))
    if "missing-follow-up" in defects:
        b.append(("p", "Vi følger op efter behov."))
    else:
        b.append(("p", f"Vi tre holder et kort statusmøde hver 4. uge, første gang i uge "
                       f"{(c.start + dt.timedelta(days=28)).isocalendar()[1]}. To uger før aftalen udløber, ser vi "
                       "sammen på, hvor langt du er kommet."))
    if "missing-appeal-guidance" not in defects:
        b.append(("h", "Hvis du vil klage"))
        b.append(("p", appeal_chatty(d)))
    b.append(("p", "Kærlig hilsen og god arbejdslyst"))
    b.append(("p", f"{cw['name']}, {cw['title']}\n{cw['tlf']} · {cw['mail']}"))
    return b


def sanne_decision(c: Case, d: D, sub: str, defects: set, cpr: bool) -> list:
    cw = CASEWORKERS["sanne"]
    m = c.mentor
    b = [("p", f"{sender(d)} · {cw['team']}"), ("p", lng(d))]
    if cpr:
        b.append(("p", f"{c.name} · {c.cpr}"))
    if sub == "grant":
        b.append(("title", "Du har fået bevilget mentorstøtte"))
        b.append(("p", f"Kære {c.first}"))
        b.append(("p", f"Godt nyt: Du får den mentor, du har søgt om. {m[0]} fra {m[1]} bliver din mentor fra den "
                       f"{lng(c.start)} til den {lng(c.end)}, og I har {c.hours} timer om ugen sammen. Støtten er "
                       "bevilget efter § 167 i lov om en aktiv beskæftigelsesindsats."))
        b.append(("p", "Jeg sender jeres skriftlige aftale, så snart vi har holdt opstartsmødet."))
    elif sub == "partial":
        b.append(("title", "Svar på din ansøgning om mentorstøtte"))
        b.append(("p", f"Kære {c.first}"))
        b.append(("p", f"Du har søgt om mentorstøtte med 8 timer om ugen. Du får delvist, hvad du har søgt om: "
                       f"du får {c.hours} timer om ugen fra {lng(c.start)} til {lng(c.end)} med {m[0]} som mentor."))
        b.append(("p", "Hvorfor færre timer? Vi har lagt vægt på, at du allerede får hjælp af en "
                       "bostøtte to gange om ugen til det praktiske derhjemme, og mentorstøtten efter § 167 skal "
                       "bruges på det, der handler om job. Vi har også lagt vægt på, at mentoren vurderer, at "
                       f"{c.hours} timer er nok til at komme godt i gang i praktikken."))
    elif sub == "end":
        b.append(("title", "Din mentorstøtte stopper"))
        b.append(("p", f"Kære {c.first}"))
        b.append(("p", f"Som vi talte om på statusmødet, stopper din mentorstøtte med {m[0]} den "
                       f"{lng(d + dt.timedelta(days=21))}."))
        b.append(("p", "Begrundelsen er, at du nu er ansat i løntilskud og klarer dagene selv. Målet med "
                       "støtten er nået, og så kan vi efter § 167 i lov om en aktiv beskæftigelsesindsats ikke "
                       "fortsætte den. Vi har lagt vægt på din egen og mentorens vurdering fra mødet."))
    if "missing-appeal-guidance" in defects:
        b.append(("p", APPEAL_VAGUE))
    else:
        b.append(("h", "Sådan klager du"))
        b.append(("p", appeal_chatty(d)))
    b.append(("p", f"Mange hilsner\n{cw['name']}\n{cw['tlf']}"))
    return b


# ---------------------------- Jamal: tables, HTML ------------------------------------------------

def jamal_agreement(c: Case, d: D, defects: set, cpr: bool, weeks: bool = False,
                    appeal: str | None = None) -> list:
    cw = CASEWORKERS["jamal"]
    m = c.mentor
    rows = [["Felt", "Indhold"], ["Borger", c.name + (f", CPR {c.cpr}" if cpr else "")],
            ["Sagsbehandler", f"{cw['name']}, {cw['tlf']}"]]
    if "missing-goal" in defects:
        rows.append(["Mål for mentorstøtten", "Udfyldes senere"])
    else:
        rows.append(["Mål for mentorstøtten", c.vague if "unclear-goal" in defects else c.goal])
    rows.append(["Mentor", f"{m[0]} ({m[1]})" + ("" if "missing-mentor" in defects else f", tlf. {m[2]}, {m[3]}")])
    rows.append(["Mentorens opgaver", "-" if "missing-tasks" in defects else "<br>".join("• " + t for t in c.tasks)])
    if "missing-duration" in defects:
        rows.append(["Periode", f"Fra {num(c.start)} – indtil videre"])
    elif weeks:
        rows.append(["Periode", f"26 uger fra {num(c.start)}"])
    else:
        rows.append(["Periode", f"{num(c.start)} – {num(c.end)}"])
    rows.append(["Timetal", "" if "missing-hours" in defects else f"{c.hours} timer pr. uge"])
    rows.append(["Opfølgning", "" if "missing-follow-up" in defects else c.follow])
    b = [("p", f"{sender(d)} – {cw['team']}"), ("title", "Mentoraftale"),
         ("p", f"Udskrevet {num(d)} · Sag {c.sag}"), ("table", rows)]
    if "missing-appeal-guidance" in defects:
        if appeal:
            b += [("h", "Klagevejledning"), ("p", appeal)]
    else:
        b += [("h", "Klagevejledning"), ("p", appeal or appeal_table(d))]
    return b


def jamal_decision(c: Case, d: D, sub: str, defects: set, cpr: bool, appeal: str | None = None) -> list:
    cw = CASEWORKERS["jamal"]
    m = c.mentor
    title = {"grant": "Afgørelse om mentorstøtte", "refusal": "Afgørelse – afslag på mentorstøtte",
             "end": "Afgørelse om ophør af mentorstøtte"}[sub]
    rows = [["Afgørelse", {"grant": "Bevilget", "refusal": "Afslag", "end": "Ophør"}[sub]],
            ["Lovgrundlag", "Lov om en aktiv beskæftigelsesindsats § 167, stk. 1"]]
    if sub == "grant":
        rows += [["Periode", f"{num(c.start)} – {num(c.end)}"], ["Timer", f"{c.hours} pr. uge"],
                 ["Mentor", f"{m[0]}, {m[1]}"]]
    elif sub == "end":
        rows += [["Ophørsdato", num(d + dt.timedelta(days=14))]]
    b = [("p", f"{sender(d)} – {cw['team']}"), ("title", title),
         ("p", f"Til {c.name}" + (f" (CPR {c.cpr})" if cpr else "") + f", {c.addr}"),
         ("p", f"Dato {num(d)}"), ("table", [["Punkt", "Oplysning"]] + rows)]
    if sub == "refusal":
        b += [("h", "Begrundelse"),
              ("p", "Du er sygemeldt på fuld tid og er ifølge din læge ikke klar til at starte i praktik de næste "
                    "3 måneder. Mentorstøtte efter § 167 skal understøtte en aktivitet rettet mod job eller "
                    "uddannelse. Vi har lagt vægt på lægeattesten af " + num(d - dt.timedelta(days=20)) +
                    " og på, at der ikke er planlagt en aktivitet, som mentoren kan støtte. Vi vurderer sagen igen ved "
                    "næste opfølgningssamtale.")]
    if sub == "end":
        b += [("h", "Begrundelse"),
              ("p", "Du er raskmeldt og tilbage i dit job på fuld tid. Vi har lagt vægt på din arbejdsgivers "
                    "oplysninger om, at du varetager dine opgaver igen.")]
    if "missing-appeal-guidance" not in defects:
        b += [("h", "Klagevejledning"), ("p", appeal or appeal_table(d))]
    b += [("p", f"Venlig hilsen {cw['name']}, {cw['title']}, {cw['mail']}")]
    return b


# ---------------------------- Dorte: old RTF template with a header table ----------------------

def dorte_agreement(c: Case, d: D, defects: set, cpr: bool, appeal: str | None = None) -> list:
    cw = CASEWORKERS["dorte"]
    m = c.mentor
    head = [["Jobcenter Hjelmsø", "Team Integration"],
            ["Borger", c.name], ["CPR", c.cpr if cpr else "(se sagen)"],
            ["Timetal", "" if "missing-hours" in defects else f"{c.hours} timer/uge"],
            ["Bevillingsperiode", "" if "missing-duration" in defects else f"{sl(c.start)} til {sl(c.end)}"]]
    b = [("title", "MENTORAFTALE"), ("table", head)]
    b.append(("h", "Mål"))
    b.append(("p", c.vague if "unclear-goal" in defects else c.goal))
    b.append(("h", "Mentorens navn og kontaktdata"))
    b.append(("p", f"{m[0]} – {m[1]} – {m[2]}" + ("" if "missing-mentor" in defects else f" – {m[3]}")))
    b.append(("h", "Indsatsområder"))
    for t in c.tasks:
        b.append(("li", t))
    if "missing-appeal-guidance" not in defects or appeal:
        b.append(("h", "Klagevejledning"))
        b.append(("p", appeal or appeal_formal(d)))
    b.append(("p", f"Hjelmsø, {sl(d)}"))
    b.append(("sig", [c.name, m[0], cw["name"]]))
    if "missing-follow-up" not in defects:
        b.append(("p", "Opfølgning (udfyldes af sagsbehandler): opfølgningssamtale hver måned; tolk bestilles. "
                       "Slutstatus 14 dage før udløb."))
    return b


# ---------------------------- Provider-written agreement (scanned, signed) ---------------------

def provider_agreement(c: Case, d: D, defects: set, cpr: bool) -> list:
    m = c.mentor
    b = [("p", f"{m[1]}"), ("title", "Mentoraftale"),
         ("p", f"Samarbejdsaftale mellem borger, mentor og {sender(d)} om mentorstøtte (LAB § 167)")]
    rows = [["Deltager", c.name], ["Fødselsdato/CPR", c.cpr if cpr else f"{c.cpr[:6]}-xxxx"]]
    rows.append(["Mentor", f"{m[0]}" + ("" if "missing-mentor" in defects else f", mobil {m[2]}, {m[3]}")])
    rows.append(["Jobkonsulent", f"{CASEWORKERS['sanne']['name']}, {CASEWORKERS['sanne']['tlf']}"])
    if "missing-duration" not in defects:
        rows.append(["Forløb", f"{num(c.start)} til {num(c.end)}"])
    rows.append(["Ugentlige timer", "" if "missing-hours" in defects else str(c.hours)])
    b.append(("table", rows))
    b.append(("h", "Hvad vil vi opnå?"))
    b.append(("p", c.vague if "unclear-goal" in defects else c.goal))
    b.append(("h", "Hvad hjælper mentor med?"))
    for t in c.tasks:
        b.append(("li", t))
    if "missing-follow-up" not in defects:
        b.append(("h", "Opfølgning"))
        b.append(("p", "Mentor skriver status til jobkonsulenten hver måned. Fælles evaluering 14 dage før "
                       "forløbet slutter."))
    if "missing-appeal-guidance" not in defects:
        b.append(("h", "Klagevejledning"))
        b.append(("p", "Bevillingen af mentorstøtte er en afgørelse fra kommunen. Er du uenig, kan du klage til "
                       "kommunen inden 4 uger. Kommunen genvurderer sagen og sender den videre til Ankestyrelsen, "
                       "hvis afgørelsen fastholdes."))
    b.append(("p", "Vi har læst aftalen og er enige i den."))
    b.append(("sig", [c.name, m[0], "for kommunen"]))
    return b


def mentor_mail_agreement(c: Case, d: D, defects: set) -> tuple[str, str]:
    m = c.mentor
    cw = CASEWORKERS["sanne"]
    lines = [f"Hej {cw['name'].split()[0]} (og {c.first} på cc)", "",
             f"Som aftalt på mødet i går sender jeg her mentoraftalen for {c.first}, så den kan komme på sagen.",
             "", f"Mål: {c.goal}", "", "Mine opgaver som mentor:"]
    lines += [f"- {t}" for t in c.tasks]
    lines += ["", f"Periode: {lng(c.start)} - {lng(c.end)}", f"Timer: {c.hours} timer om ugen",
              "Opfølgning: Jeg sender skriftlig status hver 4. uge, og vi mødes alle tre 14 dage før slut.", ""]
    if "missing-appeal-guidance" not in defects:
        lines += ["Klagevejledning (fra kommunens skabelon): Er du uenig i bevillingen, kan du klage til kommunen "
                  "inden 4 uger. Kommunen genvurderer og sender sagen til Ankestyrelsen, hvis afgørelsen fastholdes.", ""]
    lines += [f"{c.first} har sagt ok til aftalen på mødet.", "", "Mvh", "", "-- ",
              f"{m[0]}", f"Mentor, {m[1]}", f"Tlf. {m[2]}", m[3]]
    return f"Mentoraftale {c.first} {c.last[0]}. – til sagen", "\n".join(lines)


# ---------------------------- Case-system prints: Min Plan and decisions -----------------------

def minplan_print(c: Case, d: D, defects: set, cpr: bool, other_activity: bool = False) -> list:
    m = c.mentor
    b = [("p", f"Min Plan · {MUNI}"), ("title", f"Min Plan – {c.name}"),
         ("p", f"Udskrevet {num(d)} kl. 10:{d.day + 10:02d}" + (f" · CPR {c.cpr}" if cpr else ""))]
    if other_activity:
        fgu_s = c.start - dt.timedelta(days=40)
        b += [("h", "Uddannelse – FGU Hjelmsø, produktionsgrundforløb (Aktiv)"),
              ("table", [["Sted", "FGU Hjelmsø, Værkstedsvej 3"], ["Start", num(fgu_s)],
                         ["Slut", num(add_months(fgu_s, 10))], ["Kontaktperson", "Morten Ask, 61 30 22 10"]])]
    b.append(("h", "Mentorstøtte (§ 167)"))
    rows = []
    if "missing-goal" not in defects:
        rows.append(["Formål", c.vague if "unclear-goal" in defects else c.goal])
    else:
        rows.append(["Formål", ""])
    rows.append(["Mentor", f"{m[0]}, {m[1]}" + ("" if "missing-mentor" in defects else f"\nTlf. {m[2]} · {m[3]}")])
    rows.append(["Mentorens opgaver", "" if "missing-tasks" in defects else "\n".join(c.tasks)])
    if "missing-duration" in defects:
        rows.append(["Start", num(c.start)])
        rows.append(["Slut", ""])
    else:
        rows.append(["Start", num(c.start)])
        rows.append(["Slut", num(c.end)])
    rows.append(["Timer pr. uge", "" if "missing-hours" in defects else str(c.hours)])
    b.append(("table", rows))
    b.append(("p", "Planen er lavet sammen med dig. Du kan se den på Min Side."))
    return b


def minplan_html(c: Case, d: D, defects: set, cpr: bool) -> list:
    m = c.mentor
    b = [("title", "Min Plan"), ("p", f"{c.name}" + (f" · {c.cpr}" if cpr else "") + f" · senest opdateret {num(d)}"),
         ("p", f"Sagsbehandler: {CASEWORKERS['jamal']['name']}, {CASEWORKERS['jamal']['tlf']}"),
         ("h", "Mine aktiviteter")]
    b.append(("h", "Mentor"))
    if "missing-goal" in defects:
        pass
    else:
        b.append(("kv", "Målet med mentorstøtten", c.vague if "unclear-goal" in defects else c.goal))
    b.append(("kv", "Min mentor", f"{m[0]}, {m[1]}" + ("" if "missing-mentor" in defects else f", {m[2]}")))
    if "missing-tasks" not in defects:
        b.append(("kv", "Det hjælper mentoren med", ", ".join(c.tasks)))
    b.append(("kv", "Varighed", "Ikke fastsat" if "missing-duration" in defects
              else f"{lng(c.start)} – {lng(c.end)}"))
    b.append(("kv", "Timetal", "" if "missing-hours" in defects else f"{c.hours} timer om ugen"))
    return b


def minplan_txt(c: Case, d: D, defects: set, cpr: bool) -> list:
    m = c.mentor
    b = [("title", "MIN PLAN - PLANELEMENT"), ("kv", "Borger", c.name + (f" {c.cpr}" if cpr else "")),
         ("kv", "Element", "Mentorstøtte"), ("kv", "Status", "Igangværende")]
    if "missing-goal" not in defects:
        b.append(("kv", "Målet med mentorstøtten", c.vague if "unclear-goal" in defects else c.goal))
    b.append(("kv", "Mentorens navn og kontaktdata", f"{m[0]}, {m[1]}" + ("" if "missing-mentor" in defects else f", {m[3]}")))
    if "missing-tasks" not in defects:
        b.append(("kv", "Opgaver", " / ".join(c.tasks)))
    b.append(("kv", "Varighed", "" if "missing-duration" in defects else f"{sl(c.start)} - {sl(c.end)}"))
    if "missing-hours" not in defects:
        b.append(("kv", "Timetal", f"{c.hours} timer pr. uge"))
    b.append(("kv", "Oprettet af", f"{CASEWORKERS['kasper']['name']} {num(d)}"))
    return b


def uddannelsesplan(c: Case, d: D, defects: set, cpr: bool) -> list:
    m = c.mentor
    b = [("title", "Uddannelsesplan"), ("p", f"{sender(d)} · Ungeenheden · {lng(d)}"),
         ("p", f"Plan for {c.name}" + (f", {c.cpr}" if cpr else "")),
         ("h", "Uddannelsesmål"), ("p", "Erhvervsuddannelse som ernæringsassistent, optag august 2025."),
         ("h", "Aktiviteter"), ("li", "Brobygning på Hjelmsø Tekniske Skole i uge 10-12"),
         ("li", "Vejledning hos UU-vejleder en gang om måneden"),
         ("h", "Mentorstøtte (del af planen)"),
         ("p", f"Mål for mentorstøtten: {c.goal}"),
         ("p", f"Mentor: {m[0]}, {m[1]}, {m[2]}."),
         ("p", "Mentoren skal " + "; ".join(c.tasks) + "."),
         ("p", f"Mentorstøtten løber fra {lng(c.start)} til {lng(c.end)} med {c.hours} timer om ugen.")]
    return b


def casesys_decision(c: Case, d: D, sub: str, defects: set, cpr: bool, extras: set) -> list:
    m = c.mentor
    title = {"grant": "Bevilling af mentorstøtte", "partial": "Ændring af din mentorstøtte – timetal",
             "extension": "Forlængelse af mentorstøtte", "refusal": "Afslag på mentorstøtte"}[sub]
    hdr = [["Dokumenttype", "Afgørelse"], ["Afsender", sender(d)], ["Modtager", c.name],
           ["Journalnr.", c.journal], ["Dato", num(d)]]
    if cpr:
        hdr.insert(3, ["CPR-nr.", c.cpr])
    b = [("table", hdr), ("title", title), ("p", f"Kære {c.name}")]
    if sub == "grant":
        b.append(("p", f"Vi har bevilget dig mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats. "
                       f"Støtten gives fra {num(c.start)} til {num(c.end)}, {c.hours} timer om ugen. Din mentor er "
                       f"{m[0]}, {m[1]}. Den skriftlige aftale finder du på Min Side."))
    elif sub == "partial":
        b.append(("p", f"Fra {num(c.start)} nedsættes din mentorstøtte fra {c.hours + 2} til {c.hours} timer om ugen. "
                       f"Perioden er uændret og slutter {num(c.end)}."))
        if "missing-reasons" not in extras:
            b.append(("h", "Begrundelse"))
            b.append(("p", "Vi har lagt vægt på mentorens status, hvor det fremgår, at du nu selv møder til tiden."))
    elif sub == "extension":
        b.append(("p", f"Din mentorstøtte er forlænget i perioden {num(c.start)} til {num(c.end)}, {c.hours} timer "
                       f"om ugen, med {m[0]} som mentor."))
        b.append(("h", "Begrundelse"))
        b.append(("p", "Vi har efter en konkret vurdering, jf. § 167, stk. 1, 2. pkt., lagt vægt på mentorens "
                       "evaluering og på, at du er startet i praktik og har brug for støtte de første måneder."))
    elif sub == "refusal":
        b.append(("p", "Vi har givet dig afslag på mentorstøtte."))
        b.append(("h", "Begrundelse"))
        b.append(("p", "Du deltager allerede i et forløb hos Bro til Job, hvor der er en fast kontaktperson, som "
                       "hjælper dig med det, du har søgt mentor til. Efter § 167 gives mentorstøtte, når det er "
                       "nødvendigt for at du kan deltage i aktiviteten. Vi har lagt vægt på forløbsbeskrivelsen."))
    if "missing-appeal-guidance" not in defects:
        b.append(("h", "Klagevejledning"))
        b.append(("p", appeal_formal(d)))
    b.append(("p", f"Dokumentet er dannet i sagssystemet {num(d)} og sendt til din Digital Post."))
    return b


# ---------------------------- Unknown documents -------------------------------------------------

def unk_status(c: Case, d: D) -> list:
    m = c.mentor
    return [("p", m[1]), ("title", "Statusrapport – mentorforløb"),
            ("kv", "Deltager", c.name), ("kv", "Mentor", f"{m[0]}, {m[2]}"), ("kv", "Rapportperiode",
            f"{num(c.start)} – {num(d)}"),
            ("h", "Fremmøde"), ("p", f"{c.first} har mødt 14 ud af 16 aftalte gange. To afbud pga. sygdom."),
            ("h", "Udvikling"), ("p", "Der er god fremgang i forhold til at komme op om morgenen. Praktikstedet "
                                      "melder, at samarbejdet fungerer."),
            ("h", "Anbefaling"), ("p", "Mentor anbefaler, at forløbet fortsætter uændret til planlagt slut."),
            ("p", f"{m[0]}, {num(d)}")]


def unk_invoice(c: Case, d: D) -> list:
    m = c.mentor
    return [("p", f"{m[1]}\nCVR 3{d.month}81 44{d.day:02d}"), ("title", f"FAKTURA nr. {2400 + d.day * 7}"),
            ("p", f"Til: {sender(d)}, Kreditorafdelingen, {ADDR}\nEAN 5798000{d.month:02d}4412"),
            ("table", [["Ydelse", "Antal", "Pris", "Beløb"],
                       [f"Mentortimer {MONTHS[d.month - 2]} – borger ref. {c.sag}", "13", "595,00", "7.735,00"],
                       ["Kørsel", "42 km", "3,79", "159,18"], ["I alt ekskl. moms", "", "", "7.894,18"]]),
            ("p", "Betalingsbetingelser: netto 30 dage.")]


def unk_minutes(c: Case, d: D) -> list:
    return [("title", "Referat – opfølgningsmøde"),
            ("p", f"Dato: {lng(d)}\nDeltagere: {c.first}, {c.mentor[0]} (mentor), {CASEWORKERS['birthe']['name']}"),
            ("h", "1. Siden sidst"), ("p", f"{c.first} er startet i praktik og er glad for det."),
            ("h", "2. Udfordringer"), ("p", "Transporten om morgenen er stadig svær; mentor følger med i bussen "
                                           "næste uge."),
            ("h", "3. Aftaler"), ("li", "Næste møde om fire uger"), ("li", "Mentor kontakter praktikstedet"),
            ("p", "Referent: BLK")]


def unk_leaflet(d: D) -> list:
    return [("title", "Sådan foregår mentorstøtte i Hjelmsø Kommune"),
            ("p", "Til borgere og samarbejdspartnere"),
            ("h", "Hvad er en mentor?"), ("p", "En mentor er en person, der hjælper dig, så du kan komme i job "
                                                "eller uddannelse, eller blive i dit job."),
            ("h", "Hvad står der i aftalen?"),
            ("li", "Målet med mentorstøtten"), ("li", "Mentorens navn og kontaktdata"),
            ("li", "Hvilke opgaver mentoren skal hjælpe med"), ("li", "Hvor længe støtten varer (højst 6 måneder ad "
                                                                       "gangen)"),
            ("li", "Hvor mange timer om ugen"), ("li", "Hvordan vi følger op"), ("li", "Klagevejledning"),
            ("h", "Kan jeg klage?"), ("p", "Ja. Du klager til kommunen inden 4 uger. Kommunen genvurderer og sender "
                                           "klagen til Ankestyrelsen, hvis afgørelsen fastholdes."),
            ("p", f"Pjecen er opdateret {lng(d)}.")]


def unk_blank(d: D) -> list:
    return [("p", JC), ("title", "Aftale om mentorstøtte (skabelon v3)"),
            ("kv", "Borger", ""), ("kv", "CPR-nr.", ""), ("h", "1. Formål med mentorstøtten"), ("p", "[Skriv her]"),
            ("h", "2. Mentor"), ("p", "[Navn, telefon, e-mail]"), ("h", "3. Mentorens opgaver"), ("p", "[Skriv her]"),
            ("h", "4. Periode og opfølgning"), ("p", "Fra [dato] til [dato]"), ("h", "5. Timetal"), ("p", "[antal] timer pr. uge"),
            ("h", "6. Klagevejledning"), ("p", appeal_formal(D(2024, 1, 1)))]


def unk_hearing(c: Case, d: D) -> list:
    cw = CASEWORKERS["jamal"]
    return [("p", sender(d)), ("title", "Partshøring – påtænkt ophør af mentorstøtte"),
            ("p", f"Kære {c.first}"),
            ("p", f"Vi overvejer at stoppe din mentorstøtte med {c.mentor[0]}, fordi du ikke er mødt til de sidste "
                  "fem aftaler. Før vi træffer afgørelse, vil vi gerne høre din mening."),
            ("p", f"Du kan svare inden den {lng(d + dt.timedelta(days=10))}, skriftligt eller ved at ringe til mig."),
            ("p", "Vi har endnu ikke truffet nogen afgørelse."), ("p", f"Venlig hilsen\n{cw['name']}, {cw['tlf']}")]


def unk_order(c: Case, d: D) -> list:
    return [("title", "Bestilling af mentorforløb"),
            ("p", f"Fra: {sender(d)}, Team Kontanthjælp\nTil: {c.mentor[1]}"),
            ("kv", "Borger", c.name), ("kv", "Ønsket opstart", num(c.start)),
            ("kv", "Omfang", "jf. rammeaftalen, pakke B"),
            ("p", "Leverandøren bedes kontakte borgeren inden for 5 hverdage og sende forslag til mentoraftale."),
            ("p", CASEWORKERS["sanne"]["name"])]


def unk_reconsider(c: Case, d: D) -> list:
    cw = CASEWORKERS["birthe"]
    return [("p", sender(d)), ("title", "Genvurdering af din klage – afgørelsen fastholdes"),
            ("p", f"Kære {c.first}"),
            ("p", f"Vi har modtaget din klage af {lng(d - dt.timedelta(days=9))} over vores afslag på mentorstøtte. "
                  "Vi har genvurderet sagen, men fastholder afgørelsen."),
            ("p", "Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, som vil kontakte dig."),
            ("p", f"Venlig hilsen\n{cw['name']}")]


def unk_receipt(c: Case, d: D) -> list:
    return [("title", "Kvittering for modtagelse"),
            ("p", f"{sender(d)} har {num(d)} modtaget din ansøgning om mentorstøtte."),
            ("p", "Vi behandler ansøgningen hurtigst muligt og forventer at svare inden 3 uger."),
            ("p", f"Sagsnr. {c.sag}. Dette er en automatisk besked – der kan ikke svares på den.")]


def unk_final_eval(c: Case, d: D) -> list:
    m = c.mentor
    return [("title", "Slutevaluering af mentorforløb"), ("p", m[1]),
            ("kv", "Deltager", c.name), ("kv", "Forløb", f"{num(c.start)} – {num(c.end)}"),
            ("h", "Blev målet nået?"), ("p", f"Delvist. {c.first} er i praktik 3 dage om ugen, men ikke i løntilskud endnu."),
            ("h", "Mentors vurdering"), ("p", "Borgeren har rykket sig meget og er mere selvstændig."),
            ("p", f"Udfyldt af {m[0]}")]


def unk_contract(d: D) -> list:
    return [("p", MUNI), ("title", "Samarbejdsaftale om levering af mentorydelser 2025-2026"),
            ("p", "mellem Hjelmsø Kommune (herefter kommunen) og Jobhuset Nord ApS (herefter leverandøren)"),
            ("h", "§ 1 Aftalens formål"), ("p", "Leverandøren leverer mentorstøtte efter LAB § 167 til borgere, som "
                                                "kommunen henviser."),
            ("h", "§ 2 Priser"), ("p", "Timepris 595 kr. ekskl. moms. Kørsel efter statens takst."),
            ("h", "§ 3 Dokumentation"), ("p", "Leverandøren sender status hver måned og slutevaluering senest 14 dage "
                                             "før forløbets udløb."),
            ("h", "§ 4 Varighed"), ("p", "Aftalen gælder 1. januar 2025 – 31. december 2026."),
            ("p", "Underskrifter: for kommunen / for leverandøren")]


def unk_note(c: Case, d: D) -> list:
    return [("title", "Notat fra samtale"), ("p", f"{num(d)} – {CASEWORKERS['kasper']['name']}"),
            ("p", f"{c.first} mødte op sammen med sin mor. Vi talte om uddannelse og om, at en mentor måske kunne "
                  "hjælpe med at komme op om morgenen. Jeg undersøger muligheden og vender tilbage. Ingen aftale "
                  "indgået endnu.")]


def unk_meeting(c: Case, d: D) -> list:
    return [("title", "Mødeaftale"), ("p", f"Hej {c.first}"),
            ("p", f"Du er indkaldt til samtale om din mentorstøtte {WEEKDAYS[d.weekday()]} den {lng(d)} kl. 10.00 i "
                  "Jobhuset, Rådhustorvet 4, lokale 2.12."),
            ("p", f"Din mentor {c.mentor[0]} deltager også."),
            ("p", "Er du forhindret, skal du give besked senest dagen før.")]


def unk_club(d: D) -> list:
    return [("title", "Mentoraftale – Hjelmsø Boldklub, ungementor-ordningen"),
            ("p", "Frivillig ordning for U17- og U19-spillere"),
            ("kv", "Spiller", "Mads Juhl"), ("kv", "Mentor", "Søren Holm (træner), 24 11 90 31"),
            ("kv", "Mål", "Bestå 9. klasse og søge gymnasiet"),
            ("kv", "Vi mødes", "hver onsdag efter træning"),
            ("p", "Ordningen er frivillig og har intet med kommunen at gøre.")]


def unk_newsletter(d: D) -> list:
    return [("title", "Nyt fra Mentorkorpset – efterår 2026"),
            ("p", "Kære kolleger og samarbejdspartnere"),
            ("h", "Ny lov fra 1. januar 2027"), ("p", "Den nye beskæftigelseslov træder i kraft 1. januar 2027. "
                                                      "Vi opdaterer skabelonerne til aftaler og afgørelser i december."),
            ("h", "Temadag"), ("p", "Temadag om gode mål i mentoraftaler den 20. november. Tilmelding til Hanne."),
            ("p", "Hilsen Mentorkorpset")]


def unk_meeting_mail(c: Case, d: D) -> tuple[str, str]:
    return (f"SV: Statusmøde {c.first}",
            f"Hej Lone\n\nTorsdag kl. 13 passer fint. Jeg booker lokale 2.12.\n\nMvh Birthe\n\n"
            f"-----Oprindelig meddelelse-----\nFra: Lone Friis\nSendt: {num(d)}\nEmne: Statusmøde {c.first}\n\n"
            f"Hej Birthe, kan vi flytte statusmødet for {c.first} til torsdag?\n")


# ----------------------------------------------------------------------------------------------
# Writers
# ----------------------------------------------------------------------------------------------

def _docx_kv_as_table(blocks):
    out, buf = [], []
    for bl in blocks:
        if bl[0] == "kv":
            buf.append([bl[1], bl[2]])
            continue
        if buf:
            out.append(("table", buf))
            buf = []
        out.append(bl)
    if buf:
        out.append(("table", buf))
    return out


def write_docx(blocks, path: Path, style: str = "styles"):
    """style: 'styles' (Heading styles), 'bold' (bold paragraphs as headings), 'kvtable'."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = {"styles": "Calibri", "bold": "Times New Roman", "kvtable": "Arial"}.get(style, "Calibri")
    st.font.size = Pt(11)
    if style == "kvtable":
        blocks = _docx_kv_as_table(blocks)
    for bl in blocks:
        t = bl[0]
        if t == "title":
            if style == "styles":
                doc.add_heading(bl[1], level=0)
            else:
                p = doc.add_paragraph()
                r = p.add_run(bl[1])
                r.bold = True
                r.font.size = Pt(15)
        elif t == "h":
            if style == "styles":
                doc.add_heading(bl[1], level=1)
            else:
                p = doc.add_paragraph()
                p.add_run(bl[1]).bold = True
        elif t == "p":
            p = doc.add_paragraph()
            lines = bl[1].split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
        elif t == "li":
            doc.add_paragraph(bl[1], style="List Bullet")
        elif t == "kv":
            p = doc.add_paragraph()
            p.add_run(bl[1] + ": ").bold = True
            p.add_run(bl[2])
        elif t == "table":
            rows = bl[1]
            tb = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    tb.cell(i, j).text = cell.replace("<br>", "\n")
        elif t == "sig":
            tb = doc.add_table(rows=2, cols=len(bl[1]))
            for j, n in enumerate(bl[1]):
                tb.cell(0, j).text = "\n\n______________________"
                tb.cell(1, j).text = n
    doc.core_properties.author = "Hjelmsø Kommune"
    doc.core_properties.created = dt.datetime(2026, 1, 1)
    doc.core_properties.modified = dt.datetime(2026, 1, 1)
    doc.save(str(path))


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(blocks, path: Path, style: str = "plain", title: str = ""):
    css = {"plain": "body{font-family:Arial;max-width:760px}",
           "portal": "body{font-family:Verdana;background:#f4f6f8} .card{background:#fff;padding:12px;margin:8px}"
                     " th{text-align:left;background:#dde} td,th{border:1px solid #ccc;padding:4px}"}[style]
    out = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html_escape(title)}</title>"
           f"<style>{css}</style></head><body>"]
    if style == "portal":
        out.append("<nav><a href='#'>Forside</a> | <a href='#'>Min Plan</a> | <a href='#'>Log ud</a></nav>"
                   "<div class='card'>")
    in_list = False
    in_dl = False
    for bl in blocks:
        t = bl[0]
        if t != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if t != "kv" and in_dl:
            out.append("</dl>")
            in_dl = False
        if t == "title":
            out.append(f"<h1>{html_escape(bl[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{html_escape(bl[1])}</h2>")
        elif t == "p":
            out.append("<p>" + html_escape(bl[1]).replace("\n", "<br>") + "</p>")
        elif t == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html_escape(bl[1])}</li>")
        elif t == "kv":
            if not in_dl:
                out.append("<dl>")
                in_dl = True
            out.append(f"<dt>{html_escape(bl[1])}</dt><dd>{html_escape(bl[2])}</dd>")
        elif t == "table":
            rows = bl[1]
            out.append("<table>")
            for i, r in enumerate(rows):
                tag = "th" if (i == 0 and r[0] in ("Felt", "Punkt", "Ydelse")) else "td"
                cells = "".join(f"<{tag}>{html_escape(c).replace('&lt;br&gt;', '<br>').replace(chr(10), '<br>')}</{tag}>"
                                for c in r)
                out.append(f"<tr>{cells}</tr>")
            out.append("</table>")
        elif t == "sig":
            out.append("<p>" + " &nbsp; ".join(f"____________ {html_escape(n)}" for n in bl[1]) + "</p>")
    if in_list:
        out.append("</ul>")
    if in_dl:
        out.append("</dl>")
    if style == "portal":
        out.append("</div><footer>Hjelmsø Kommune · Cookiepolitik · Tilgængelighedserklæring</footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def blocks_to_text(blocks, style: str = "plain") -> str:
    out = []
    for bl in blocks:
        t = bl[0]
        if t == "title":
            out.append(bl[1].upper() if style == "caps" else bl[1])
            if style != "caps":
                out.append("=" * len(bl[1]))
        elif t == "h":
            out.append(("## " + bl[1]) if style == "md" else (bl[1] + ":" if not bl[1].endswith(":") else bl[1]))
        elif t == "p":
            out.append(bl[1])
        elif t == "li":
            out.append("- " + bl[1])
        elif t == "kv":
            out.append(f"{bl[1]}: {bl[2]}")
        elif t == "table":
            for r in bl[1]:
                out.append(" | ".join(c.replace("<br>", "; ").replace("\n", "; ") for c in r))
        elif t == "sig":
            out.append("\n".join(f"_____________________  {n}" for n in bl[1]))
        out.append("")
    return "\n".join(out)


def write_txt(blocks, path: Path, style: str = "plain", encoding: str = "utf-8"):
    text = blocks_to_text(blocks, style)
    if encoding == "cp1252":
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(encoding, errors="replace"))


def write_pdf(blocks, path: Path, style: str = "casesys"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    font = "Courier" if style == "mono" else "Helvetica"
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=font, fontSize=9.5 if style == "mono" else 10, leading=13)
    h1 = ParagraphStyle("t", parent=body, fontName=font + "-Bold", fontSize=14, leading=18, spaceAfter=6)
    h2 = ParagraphStyle("h", parent=body, fontName=font + "-Bold", fontSize=11, leading=15, spaceBefore=6)
    story = []
    for bl in blocks:
        t = bl[0]
        if t == "title":
            story.append(Paragraph(html_escape(bl[1]), h1))
        elif t == "h":
            story.append(Paragraph(html_escape(bl[1]), h2))
        elif t == "p":
            story.append(Paragraph(html_escape(bl[1]).replace("\n", "<br/>"), body))
            story.append(Spacer(1, 4))
        elif t == "li":
            story.append(Paragraph("• " + html_escape(bl[1]), body))
        elif t == "kv":
            story.append(Paragraph(f"<b>{html_escape(bl[1])}:</b> {html_escape(bl[2])}", body))
        elif t == "table":
            data = [[Paragraph(html_escape(c).replace("&lt;br&gt;", "<br/>").replace("\n", "<br/>"), body) for c in r]
                    for r in bl[1]]
            ncol = max(len(r) for r in bl[1])
            widths = [130, 340] if ncol == 2 else None
            tb = Table(data, colWidths=widths)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 6))
        elif t == "sig":
            data = [["\n\n______________________"] * len(bl[1]), bl[1]]
            story.append(Spacer(1, 10))
            story.append(Table(data))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50,
                            title="", author="Hjelmsø Kommune", invariant=1)
    doc.build(story)


def write_scan(blocks, path: Path, rng: random.Random, tmp: Path, signatures: bool = True):
    """Print, sign, scan: reportlab PDF -> image (slight skew, noise, pen strokes) -> Tesseract PDF."""
    from PIL import Image, ImageDraw, ImageFilter
    src = tmp / (path.stem + "_src.pdf")
    write_pdf(blocks, src, "casesys")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(tmp / path.stem)], check=True)
    pages = sorted(tmp.glob(path.stem + "-*.png"))
    outs = []
    for i, pg in enumerate(pages):
        im = Image.open(pg).convert("L")
        if signatures and i == len(pages) - 1:
            dr = ImageDraw.Draw(im)
            w, h = im.size
            for k in range(3):
                x0 = 180 + k * 430
                y0 = int(h * 0.55) + rng.randint(-400, 300)
                pts = [(x0 + j * 18, y0 + int(18 * ((j * 7919 + k) % 5 - 2))) for j in range(14)]
                dr.line(pts, fill=40, width=3)
        im = im.rotate(rng.uniform(-0.8, 0.8), fillcolor=255, expand=False)
        px = im.load()
        w, h = im.size
        for _ in range(4000):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.choice([0, 90, 160])
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        p2 = tmp / f"{path.stem}_s{i}.png"
        im.save(p2)
        outs.append(p2)
    lst = tmp / f"{path.stem}_list.txt"
    lst.write_text("\n".join(str(o) for o in outs) + "\n")
    base = tmp / f"{path.stem}_ocr"
    subprocess.run(["tesseract", str(lst), str(base), "-l", "dan", "pdf"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(str(base) + ".pdf", path)


def write_eml(path: Path, subject: str, frm: str, to: str, d: D, text: str | None = None,
              html: str | None = None, attach: list[tuple[str, bytes, str]] | None = None, cc: str | None = None):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Date"] = format_datetime(dt.datetime(d.year, d.month, d.day, 9, 41, tzinfo=dt.timezone.utc))
    import hashlib
    msg["Message-ID"] = f"<{int(hashlib.md5(subject.encode()).hexdigest()[:8], 16)}.{d.isoformat()}@hjelmsoe.dk>"
    if text is not None:
        msg.set_content(text, cte="quoted-printable")
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    for name, data, mime in attach or []:
        mt, st = mime.split("/")
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    path.write_bytes(bytes(msg))


def write_rtf(blocks, path: Path):
    """Hand-written RTF as an old Word 2003 template saved it (cp1252, \\'hh escapes, \\cell tables)."""
    def esc(s: str) -> str:
        o = []
        for ch in s:
            if ch in "\\{}":
                o.append("\\" + ch)
            elif ch == "\n":
                o.append("\\line ")
            elif ord(ch) < 128:
                o.append(ch)
            else:
                try:
                    b = ch.encode("cp1252")
                    o.append("\\'%02x" % b[0])
                except UnicodeEncodeError:
                    o.append("\\u%d?" % ord(ch))
        return "".join(o)
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
           r"{\info{\author Jobcenter Hjelmsoe}}\paperw11906\paperh16838\margl1417\margr1134\f0\fs22"]
    for bl in blocks:
        t = bl[0]
        if t == "title":
            out.append(r"\pard\qc\b\fs30 " + esc(bl[1]) + r"\b0\fs22\par")
        elif t == "h":
            out.append(r"\pard\sb120\b " + esc(bl[1]) + r"\b0\par")
        elif t == "p":
            out.append(r"\pard " + esc(bl[1]) + r"\par")
        elif t == "li":
            out.append(r"\pard\fi-284\li284 \'95\tab " + esc(bl[1]) + r"\par")
        elif t == "kv":
            out.append(r"\pard\b " + esc(bl[1]) + r":\b0  " + esc(bl[2]) + r"\par")
        elif t in ("table", "sig"):
            rows = bl[1] if t == "table" else [["______________"] * len(bl[1]), bl[1]]
            for r in rows:
                n = len(r)
                defs = "".join(r"\clbrdrt\brdrs\clbrdrb\brdrs\clbrdrl\brdrs\clbrdrr\brdrs\cellx%d" % (9000 * (j + 1) // n)
                               for j in range(n))
                out.append(r"\trowd\trgaph70" + defs + " " + "".join(r"\pard\intbl " + esc(c) + r"\cell" for c in r)
                           + r"\row")
            out.append(r"\pard\par")
    out.append("}")
    path.write_bytes("\n".join(out).encode("ascii"))


def soffice_convert(files: list[Path], fmt: str, outdir: Path, profile: str):
    if not files:
        return
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir)] + [str(f) for f in files], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ----------------------------------------------------------------------------------------------
# The audit sample
# ----------------------------------------------------------------------------------------------

class Builder:
    def __init__(self, out: Path, seed: int):
        self.out = out
        self.rng = random.Random(seed)
        self.entries: list[dict] = []
        self.idx = 0
        self.tmp = Path(tempfile.mkdtemp(prefix="gs_build_"))
        self.to_convert: dict[str, list[tuple[Path, Path]]] = {"pdf": [], "odt": []}

    def case(self, start: D, months: int = 6, **kw) -> Case:
        c = Case(self.rng, self.idx, start, months, **kw)
        self.idx += 1
        return c

    def entry(self, rel: str, fmt: str, kind: str, subtype: str, layout: str, rules=(), extras=(),
              cpr: str | None = None, traits=(), period: tuple[D, D] | None = None):
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None, "accept_errors": [],
             "must_not_contain": [cpr] if cpr else [], "traits": list(traits) + (["cpr"] if cpr else [])}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(e)

    def path(self, rel: str) -> Path:
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def docx(self, rel: str, blocks, style="styles", convert: str | None = None):
        if convert:
            src = self.tmp / (Path(rel).stem + ".docx")
            write_docx(blocks, src, style)
            self.to_convert[convert].append((src, self.path(rel)))
        else:
            write_docx(blocks, self.path(rel), style)

    def finish(self):
        prof = str(self.tmp / "lo_gs_profile")
        for fmt, items in self.to_convert.items():
            if not items:
                continue
            od = self.tmp / f"conv_{fmt}"
            od.mkdir(exist_ok=True)
            soffice_convert([s for s, _ in items], fmt, od, prof)
            for src, dst in items:
                shutil.move(str(od / (src.stem + "." + fmt)), dst)
        shutil.rmtree(self.tmp, ignore_errors=True)
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
                 for e in sorted(self.entries, key=lambda e: e["path"])]
        (self.out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(out: Path, seed: int):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    B = Builder(out, seed)
    r = B.rng

    def A(rel, fmt, layout, rules, c, cpr, traits, period=True, extras=()):
        B.entry(rel, fmt, "agreement", "agreement", layout, rules, extras, c.cpr if cpr else None, traits,
                (c.start, c.end) if period else None)

    def Dd(rel, fmt, sub, layout, rules, c, cpr, traits, period=True, extras=()):
        B.entry(rel, fmt, "decision", sub, layout, rules, extras, c.cpr if cpr else None, traits,
                (c.start, c.end) if period else None)

    def M(rel, fmt, layout, rules, c, cpr, traits, period=True):
        B.entry(rel, fmt, "minplan", "minplan", layout, rules, (), c.cpr if cpr else None, traits,
                (c.start, c.end) if period else None)

    def U(rel, fmt, layout, subtype, traits, cpr=None):
        B.entry(rel, fmt, "unknown", subtype, layout, (), (), cpr, traits)

    # ---------------- Birthe Lund Kjær (Team Job & Sundhed): numbered 2019 Word template -------
    t = ["author:birthe", "template:numbered-2019"]
    c = B.case(D(2024, 3, 1), goal=5)
    B.docx("job-og-sundhed/2024/aftale_mentor_S24-0311.docx", birthe_agreement(c, D(2024, 2, 26), set(), True))
    A("job-og-sundhed/2024/aftale_mentor_S24-0311.docx", "docx", "numbered-sections", [], c, True,
      t + ["period:exact-six"])

    c = B.case(D(2025, 8, 31), goal=7)
    B.docx("job-og-sundhed/2025/Aftale om mentorstøtte - " + c.first + ".docx",
           birthe_agreement(c, D(2025, 8, 25), set(), False))
    A("job-og-sundhed/2025/Aftale om mentorstøtte - " + c.first + ".docx", "docx", "numbered-sections", [], c, False,
      t + ["period:month-end"])

    c = B.case(D(2025, 4, 7), months=5, goal=0)
    B.docx("job-og-sundhed/2025/aftale_S25-1182_print.pdf", birthe_agreement(c, D(2025, 4, 2), set(), True),
           convert="pdf")
    A("job-og-sundhed/2025/aftale_S25-1182_print.pdf", "pdf", "numbered-sections", [], c, True,
      t + ["via:soffice-pdf"])

    c = B.case(D(2024, 9, 2), months=4, goal=2)
    B.docx("job-og-sundhed/2024/mentoraftale_" + c.last.replace(" ", "_").lower() + ".docx",
           birthe_agreement(c, D(2024, 8, 28), {"missing-follow-up"}, False))
    A("job-og-sundhed/2024/mentoraftale_" + c.last.replace(" ", "_").lower() + ".docx", "docx", "numbered-sections",
      ["missing-follow-up"], c, False, t + ["defect:no-follow-up-paragraph"])

    c = B.case(D(2025, 2, 1), months=9, goal=5)
    B.docx("job-og-sundhed/2025/aftale_mentor_S25-0207.docx", birthe_agreement(c, D(2025, 1, 27),
           {"duration-over-6-months"}, True))
    A("job-og-sundhed/2025/aftale_mentor_S25-0207.docx", "docx", "numbered-sections", ["duration-over-6-months"], c,
      True, t + ["period:9-months"])

    c = B.case(D(2026, 3, 2), months=6)
    B.docx("job-og-sundhed/2026/aftale_mentor_" + c.first.lower() + ".docx",
           birthe_agreement(c, D(2026, 2, 24), {"unclear-goal"}, False), style="bold")
    A("job-og-sundhed/2026/aftale_mentor_" + c.first.lower() + ".docx", "docx", "numbered-sections-bold",
      ["unclear-goal"], c, False, t + ["goal:vague", "sender:kommunen"])

    c = B.case(D(2025, 10, 1), months=8, goal=5, mentor=2)
    note = ("Mentorstøtten gives som udskrivningskoordinator efter § 167, stk. 2, fordi " + c.first +
            " er indlagt på Psykiatrisk Center Hjelmsø. Støtten starter ca. 2 måneder før den forventede udskrivelse "
            "og løber 6 måneder efter udskrivelsen, i alt 8 måneder.")
    B.docx("job-og-sundhed/2025/aftale_udskrivningskoordinator_S25-2290.docx",
           birthe_agreement(c, D(2025, 9, 24), set(), True, extra_note=note))
    A("job-og-sundhed/2025/aftale_udskrivningskoordinator_S25-2290.docx", "docx", "numbered-sections", [], c, True,
      t + ["type:udskrivningskoordinator", "period:8-months-legit"])

    # decisions
    c = B.case(D(2024, 5, 1), months=6, goal=1)
    B.docx("job-og-sundhed/2024/afgoerelse_bevilling_" + c.first.lower() + ".docx",
           birthe_decision(c, D(2024, 4, 24), "grant", set(), False))
    Dd("job-og-sundhed/2024/afgoerelse_bevilling_" + c.first.lower() + ".docx", "docx", "grant", "letter-headings",
       [], c, False, t)

    c = B.case(D(2025, 1, 13), months=5, goal=4)
    B.docx("job-og-sundhed/2025/afgørelse mentor S25-0033.docx",
           birthe_decision(c, D(2025, 1, 8), "grant", {"missing-appeal-guidance"}, True))
    Dd("job-og-sundhed/2025/afgørelse mentor S25-0033.docx", "docx", "grant", "letter-headings",
       ["missing-appeal-guidance"], c, True, t + ["defect:no-appeal-section"])

    c = B.case(D(2026, 4, 1), months=6, goal=8)
    B.docx("job-og-sundhed/2026/bevilling_mentorstoette_" + c.sag + ".docx",
           birthe_decision(c, D(2026, 3, 25), "grant", set(), False))
    Dd("job-og-sundhed/2026/bevilling_mentorstoette_" + c.sag + ".docx", "docx", "grant", "letter-headings", [], c,
       False, t + ["sender:kommunen"])

    c = B.case(D(2025, 6, 2), months=6, goal=0)
    B.docx("job-og-sundhed/2025/afgoerelse_delvis_" + c.sag + ".docx",
           birthe_decision(c, D(2025, 5, 27), "partial", set(), True, asked_months=9))
    Dd("job-og-sundhed/2025/afgoerelse_delvis_" + c.sag + ".docx", "docx", "partial", "letter-headings", [], c, True,
       t + ["asked:9-months"])

    c = B.case(D(2024, 11, 4), months=6)
    B.docx("job-og-sundhed/2024/afslag_mentor_" + c.first.lower() + ".pdf",
           birthe_decision(c, D(2024, 11, 4), "refusal", set(), False), convert="pdf")
    Dd("job-og-sundhed/2024/afslag_mentor_" + c.first.lower() + ".pdf", "pdf", "refusal", "letter-headings", [], c,
       False, t + ["via:soffice-pdf"], period=False)

    c = B.case(D(2025, 9, 1), months=6, goal=8, mentor=0)
    B.docx("job-og-sundhed/2025/forlaengelse_mentor_S25-1710.docx",
           birthe_decision(c, D(2025, 8, 20), "extension", set(), False), style="bold")
    Dd("job-og-sundhed/2025/forlaengelse_mentor_S25-1710.docx", "docx", "extension", "letter-bold", [], c, False, t)

    # ---------------- Kasper Vinther (Ungeenheden): terse exports ------------------------------
    t = ["author:kasper", "style:terse-kv"]
    c = B.case(D(2024, 8, 12), months=5, goal=1)
    write_txt(kasper_agreement(c, D(2024, 8, 9), {"missing-follow-up"}, False),
              B.path("unge/2024/mentoraftale_" + c.sag + ".txt"))
    A("unge/2024/mentoraftale_" + c.sag + ".txt", "txt", "kv-lines", ["missing-follow-up"], c, False, t)

    c = B.case(D(2025, 1, 6), months=6, goal=3)
    write_txt(kasper_agreement(c, D(2025, 1, 3), {"missing-hours"}, True),
              B.path("unge/2025/mentoraftale_" + c.sag + ".txt"), style="caps")
    A("unge/2025/mentoraftale_" + c.sag + ".txt", "txt", "kv-lines", ["missing-hours"], c, True, t)

    c = B.case(D(2025, 8, 11), months=6, goal=6)
    write_pdf(kasper_agreement(c, D(2025, 8, 5), {"missing-mentor"}, False),
              B.path("unge/2025/mentoraftale_" + c.sag + ".pdf"), "mono")
    A("unge/2025/mentoraftale_" + c.sag + ".pdf", "pdf", "kv-lines-print", ["missing-mentor"], c, False,
      t + ["mentor:name-no-contact"])

    c = B.case(D(2024, 2, 5), months=4, goal=3)
    write_txt(kasper_agreement(c, D(2024, 2, 1), {"missing-tasks", "missing-appeal-guidance"}, False),
              B.path("unge/2024/MENTOR_" + c.sag + ".TXT"), encoding="cp1252")
    A("unge/2024/MENTOR_" + c.sag + ".TXT", "txt", "kv-lines", ["missing-tasks", "missing-appeal-guidance"], c, False,
      t + ["encoding:cp1252"])

    c = B.case(D(2024, 10, 1), months=6, goal=1, mentor=4)
    write_txt(kasper_decision(c, D(2024, 9, 24), "grant", {"missing-appeal-guidance"}, False),
              B.path("unge/2024/afg_bevilget_" + c.sag + ".txt"))
    Dd("unge/2024/afg_bevilget_" + c.sag + ".txt", "txt", "grant", "terse-letter", ["missing-appeal-guidance"], c,
       False, t)

    c = B.case(D(2025, 3, 3), months=6)
    write_txt(kasper_decision(c, D(2025, 3, 3), "refusal", {"missing-appeal-guidance"}, True),
              B.path("unge/2025/afg_afslag_" + c.sag + ".txt"))
    Dd("unge/2025/afg_afslag_" + c.sag + ".txt", "txt", "refusal", "terse-letter", ["missing-appeal-guidance"], c,
       True, t, period=False)

    c = B.case(D(2025, 11, 3), months=6, mentor=6)
    write_txt(kasper_decision(c, D(2026, 1, 12), "end", {"missing-appeal-guidance", "missing-reasons"}, False),
              B.path("unge/2026/afg_ophoer_" + c.sag + ".txt"))
    Dd("unge/2026/afg_ophoer_" + c.sag + ".txt", "txt", "end", "terse-letter", ["missing-appeal-guidance"], c,
       False, t, period=False, extras=["missing-reasons"])

    # ---------------- Sanne Østergaard (Team Kontanthjælp): chatty letters ----------------------
    t = ["author:sanne", "style:chatty-prose"]
    c = B.case(D(2024, 4, 15), months=6, goal=8, mentor=0)
    B.docx("kontanthjaelp/2024/Aftale " + c.name + ".docx", sanne_agreement(c, D(2024, 4, 10), set(), False), "bold")
    A("kontanthjaelp/2024/Aftale " + c.name + ".docx", "docx", "prose-letter", [], c, False, t)

    c = B.case(D(2025, 5, 5), months=6, goal=4, mentor=3)
    B.docx("kontanthjaelp/2025/aftale_" + c.first.lower() + ".odt", sanne_agreement(c, D(2025, 4, 29), {"missing-tasks"}, True),
           "bold", convert="odt")
    A("kontanthjaelp/2025/aftale_" + c.first.lower() + ".odt", "odt", "prose-letter", ["missing-tasks"], c, True,
      t + ["via:soffice-odt"])

    c = B.case(D(2026, 2, 16), months=5, goal=0, mentor=5)
    _, _ = None, None
    text = blocks_to_text(sanne_agreement(c, D(2026, 2, 10), {"missing-duration"}, False))
    write_eml(B.path("kontanthjaelp/2026/Din aftale om mentorstøtte.eml"), "Din aftale om mentorstøtte",
              f"Sanne Østergaard <{CASEWORKERS['sanne']['mail']}>", f"{c.name} <{c.first.lower()}.{c.last[0].lower()}@gmail.com>",
              D(2026, 2, 10), text=text, cc=f"{c.mentor[0]} <{c.mentor[3]}>")
    A("kontanthjaelp/2026/Din aftale om mentorstøtte.eml", "eml", "prose-mail", ["missing-duration"], c, False,
      t + ["mail:text", "period:none"], period=False)

    c = B.case(D(2024, 10, 7), months=6, goal=4, mentor=8)
    B.docx("kontanthjaelp/2024/Aftale " + c.name + ".docx",
           sanne_agreement(c, D(2024, 10, 2), {"missing-follow-up"}, False), "bold")
    A("kontanthjaelp/2024/Aftale " + c.name + ".docx", "docx", "prose-letter", ["missing-follow-up"], c, False,
      t + ["follow-up:efter-behov"])

    c = B.case(D(2025, 9, 15), months=6, goal=6, mentor=1)
    B.docx("kontanthjaelp/2025/aftale_" + c.first.lower() + ".odt",
           sanne_agreement(c, D(2025, 9, 9), {"missing-hours"}, False), "bold", convert="odt")
    A("kontanthjaelp/2025/aftale_" + c.first.lower() + ".odt", "odt", "prose-letter", ["missing-hours"], c, False,
      t + ["hours:vague", "via:soffice-odt"])

    c = B.case(D(2026, 5, 4), months=4, mentor=3)
    bl = sanne_agreement(c, D(2026, 4, 28), {"unclear-goal"}, False)
    tmp_html = B.tmp / "s.html"
    write_html(bl, tmp_html, "plain", "Din aftale om mentorstøtte")
    write_eml(B.path("kontanthjaelp/2026/Aftale om mentor - " + c.first + ".eml"), "Aftale om mentor – " + c.first,
              f"Sanne Østergaard <{CASEWORKERS['sanne']['mail']}>", f"{c.first} <{c.first.lower()}{r.randint(10,99)}@hotmail.com>",
              D(2026, 4, 28), text="Denne meddelelse er sendt i HTML-format.", html=tmp_html.read_text(encoding="utf-8"))
    A("kontanthjaelp/2026/Aftale om mentor - " + c.first + ".eml", "eml", "prose-mail-html", ["unclear-goal"], c, False,
      t + ["goal:vague", "mail:html"])

    c = B.case(D(2025, 3, 17), months=6, goal=0, mentor=5)
    bl = sanne_decision(c, D(2025, 3, 11), "grant", set(), False)
    tmp_html = B.tmp / "s2.html"
    write_html(bl, tmp_html, "plain", "Bevilling")
    write_eml(B.path("kontanthjaelp/2025/Bevilling af mentor.eml"), "Du har fået bevilget mentorstøtte",
              f"Sanne Østergaard <{CASEWORKERS['sanne']['mail']}>", f"{c.name} <{c.first.lower()}@mail.dk>",
              D(2025, 3, 11), text=blocks_to_text(bl), html=tmp_html.read_text(encoding="utf-8"))
    Dd("kontanthjaelp/2025/Bevilling af mentor.eml", "eml", "grant", "prose-mail", [], c, False, t)

    c = B.case(D(2024, 6, 3), months=6, goal=8, mentor=0)
    B.docx("kontanthjaelp/2024/bevilling_" + c.first.lower() + ".odt",
           sanne_decision(c, D(2024, 5, 29), "grant", {"missing-appeal-guidance"}, True), "bold", convert="odt")
    Dd("kontanthjaelp/2024/bevilling_" + c.first.lower() + ".odt", "odt", "grant", "prose-letter",
       ["missing-appeal-guidance"], c, True, t + ["appeal:no-body-no-deadline"])

    c = B.case(D(2025, 10, 20), months=6, goal=4, mentor=3)
    B.docx("kontanthjaelp/2025/svar_ansoegning_" + c.first.lower() + ".docx",
           sanne_decision(c, D(2025, 10, 14), "partial", set(), False), "bold")
    Dd("kontanthjaelp/2025/svar_ansoegning_" + c.first.lower() + ".docx", "docx", "partial", "prose-letter", [], c,
       False, t + ["partial:fewer-hours"])

    c = B.case(D(2025, 12, 1), months=6, goal=4, mentor=0)
    B.docx("kontanthjaelp/2026/ophoer_mentor_" + c.first.lower() + ".docx",
           sanne_decision(c, D(2026, 3, 9), "end", set(), False), "bold")
    Dd("kontanthjaelp/2026/ophoer_mentor_" + c.first.lower() + ".docx", "docx", "end", "prose-letter", [], c, False,
       t, period=False)

    # ---------------- Jamal Haddad (Jobafklaring og Sygedagpenge): HTML tables ----------------
    t = ["author:jamal", "style:table"]
    c = B.case(D(2024, 6, 10), months=6, goal=5, mentor=2)
    write_html(jamal_agreement(c, D(2024, 6, 5), {"missing-follow-up"}, True),
               B.path("jobafklaring/2024/mentoraftale_" + c.sag + ".html"), "plain", "Mentoraftale")
    A("jobafklaring/2024/mentoraftale_" + c.sag + ".html", "html", "field-table", ["missing-follow-up"], c, True,
      t + ["follow-up:empty-cell"])

    c = B.case(D(2025, 2, 3), months=6, goal=2, mentor=4)
    c.end = c.start + dt.timedelta(weeks=26) - dt.timedelta(days=1)
    write_html(jamal_agreement(c, D(2025, 1, 29), set(), False, weeks=True),
               B.path("jobafklaring/2025/mentoraftale_" + c.sag + ".html"), "plain", "Mentoraftale")
    A("jobafklaring/2025/mentoraftale_" + c.sag + ".html", "html", "field-table", [], c, False, t + ["period:26-uger"])

    c = B.case(D(2025, 6, 16), months=6, goal=5, mentor=7)
    write_html(jamal_agreement(c, D(2025, 6, 11), {"missing-duration"}, False),
               B.path("jobafklaring/2025/mentoraftale_" + c.sag + ".html"), "plain", "Mentoraftale")
    A("jobafklaring/2025/mentoraftale_" + c.sag + ".html", "html", "field-table", ["missing-duration"], c, False,
      t + ["period:open-end"], period=False)

    c = B.case(D(2026, 1, 5), months=6, mentor=2)
    write_html(jamal_agreement(c, D(2025, 12, 18), {"missing-goal"}, False),
               B.path("jobafklaring/2026/mentoraftale_" + c.sag + ".html"), "plain", "Mentoraftale")
    A("jobafklaring/2026/mentoraftale_" + c.sag + ".html", "html", "field-table", ["missing-goal"], c, False,
      t + ["goal:placeholder"])

    c = B.case(D(2026, 8, 3), months=5, goal=5, mentor=4)
    write_html(jamal_agreement(c, D(2026, 7, 28), {"missing-appeal-guidance"}, False, appeal=APPEAL_OTHER),
               B.path("jobafklaring/2026/mentoraftale_" + c.sag + ".html"), "plain", "Mentoraftale")
    A("jobafklaring/2026/mentoraftale_" + c.sag + ".html", "html", "field-table", ["missing-appeal-guidance"], c, False,
      t + ["appeal:other-subject"])

    c = B.case(D(2024, 9, 16), months=6, goal=5, mentor=2)
    write_html(jamal_decision(c, D(2024, 9, 10), "grant", set(), True), B.path("jobafklaring/2024/afgoerelse_" + c.sag + ".html"),
               "plain", "Afgørelse")
    Dd("jobafklaring/2024/afgoerelse_" + c.sag + ".html", "html", "grant", "decision-table", [], c, True, t)

    c = B.case(D(2025, 4, 1), months=12, goal=5, mentor=7)
    write_html(jamal_decision(c, D(2025, 3, 26), "grant", set(), False),
               B.path("jobafklaring/2025/afgoerelse_" + c.sag + ".html"), "plain", "Afgørelse")
    Dd("jobafklaring/2025/afgoerelse_" + c.sag + ".html", "html", "grant", "decision-table", ["duration-over-6-months"],
       c, False, t + ["period:12-months"])

    c = B.case(D(2025, 11, 10), months=6)
    write_html(jamal_decision(c, D(2025, 11, 10), "refusal", set(), False, appeal=APPEAL_WRONG),
               B.path("jobafklaring/2025/afslag_" + c.sag + ".html"), "plain", "Afgørelse")
    Dd("jobafklaring/2025/afslag_" + c.sag + ".html", "html", "refusal", "decision-table", [], c, False,
       t + ["appeal:direct-to-ankestyrelsen"], period=False, extras=["appeal-wrong-route"])

    c = B.case(D(2026, 2, 2), months=6, goal=5, mentor=2)
    write_html(jamal_decision(c, D(2026, 6, 15), "end", set(), False),
               B.path("jobafklaring/2026/ophoer_" + c.sag + ".html"), "plain", "Afgørelse")
    Dd("jobafklaring/2026/ophoer_" + c.sag + ".html", "html", "end", "decision-table", [], c, False, t, period=False)

    # ---------------- Providers: scanned signed agreements and mentor e-mails -----------------
    t = ["author:provider", "scan:tesseract-dan"]
    scans = []
    c = B.case(D(2024, 11, 18), months=6, goal=0, mentor=0)
    scans.append(("leverandoerer/jobhuset-nord/scan_mentoraftale_" + c.sag + ".pdf",
                  provider_agreement(c, D(2024, 11, 14), set(), True)))
    A(scans[-1][0], "pdf", "scanned-form", [], c, True, t)

    c = B.case(D(2025, 3, 10), months=6, goal=8, mentor=1)
    scans.append(("leverandoerer/fyrtaarnet/Scan_2025-03-12_0931.pdf",
                  provider_agreement(c, D(2025, 3, 6), {"missing-appeal-guidance"}, False)))
    A(scans[-1][0], "pdf", "scanned-form", ["missing-appeal-guidance"], c, False, t)

    c = B.case(D(2025, 8, 18), months=12, goal=4, mentor=3)
    scans.append(("leverandoerer/bro-til-job/scan_" + c.sag + ".pdf",
                  provider_agreement(c, D(2025, 8, 12), {"duration-over-6-months"}, True)))
    A(scans[-1][0], "pdf", "scanned-form", ["duration-over-6-months"], c, True, t + ["period:12-months"])

    c = B.case(D(2026, 3, 9), months=6, goal=0, mentor=5)
    scans.append(("leverandoerer/jobhuset-nord/Scan_2026-03-10_1412.pdf",
                  provider_agreement(c, D(2026, 3, 5), {"missing-mentor"}, False)))
    A(scans[-1][0], "pdf", "scanned-form", ["missing-mentor"], c, False, t + ["mentor:name-no-contact"])
    for rel, bl in scans:
        write_scan(bl, B.path(rel), r, B.tmp)

    t = ["author:provider-mentor", "mail:text"]
    c = B.case(D(2025, 5, 19), months=6, goal=0, mentor=0)
    subj, body = mentor_mail_agreement(c, D(2025, 5, 14), set())
    write_eml(B.path("leverandoerer/jobhuset-nord/" + subj.replace(" ", "_").replace(".", "").replace("–", "-") + ".eml"),
              subj, f"{c.mentor[0]} <{c.mentor[3]}>", f"Sanne Østergaard <{CASEWORKERS['sanne']['mail']}>",
              D(2025, 5, 14), text=body, cc=f"{c.first} <{c.first.lower()}@outlook.dk>")
    A("leverandoerer/jobhuset-nord/" + subj.replace(" ", "_").replace(".", "").replace("–", "-") + ".eml", "eml",
      "mentor-mail", [], c, False, t)

    c = B.case(D(2026, 9, 7), months=6, goal=8, mentor=6)
    subj, body = mentor_mail_agreement(c, D(2026, 9, 2), {"missing-appeal-guidance"})
    write_eml(B.path("leverandoerer/fyrtaarnet/mentoraftale_" + c.first.lower() + ".eml"),
              subj, f"{c.mentor[0]} <{c.mentor[3]}>", f"Sanne Østergaard <{CASEWORKERS['sanne']['mail']}>",
              D(2026, 9, 2), text=body)
    A("leverandoerer/fyrtaarnet/mentoraftale_" + c.first.lower() + ".eml", "eml", "mentor-mail",
      ["missing-appeal-guidance"], c, False, t)

    # ---------------- Dorte Malling (Team Integration): old RTF template ----------------------
    t = ["author:dorte", "template:rtf-2016"]
    c = B.case(D(2024, 1, 8), months=6, goal=9, mentor=4)
    write_rtf(dorte_agreement(c, D(2024, 1, 4), set(), True), B.path("integration/2024/MENTORAFTALE_" + c.last.upper() + ".rtf"))
    A("integration/2024/MENTORAFTALE_" + c.last.upper() + ".rtf", "rtf", "header-table", [], c, True,
      t + ["field-order:hours-in-header", "follow-up:after-signature"])

    c = B.case(D(2024, 7, 1), months=6, goal=9, mentor=2)
    write_rtf(dorte_agreement(c, D(2024, 6, 26), set(), False, appeal=APPEAL_WRONG),
              B.path("integration/2024/MENTORAFTALE_" + c.last.upper() + ".rtf"))
    A("integration/2024/MENTORAFTALE_" + c.last.upper() + ".rtf", "rtf", "header-table", [], c, False,
      t + ["appeal:direct-to-ankestyrelsen"], extras=["appeal-wrong-route"])

    c = B.case(D(2024, 12, 2), months=6, goal=9, mentor=4)
    write_rtf(dorte_agreement(c, D(2024, 11, 27), {"missing-duration", "missing-hours"}, True),
              B.path("integration/2024/MENTORAFTALE_" + c.last.upper() + ".rtf"))
    A("integration/2024/MENTORAFTALE_" + c.last.upper() + ".rtf", "rtf", "header-table",
      ["missing-duration", "missing-hours"], c, True, t + ["header-cells:empty"], period=False)

    # ---------------- Case-system prints: decisions ----------------------------------------------
    t = ["author:casesystem", "print:reportlab"]
    c = B.case(D(2024, 4, 2), months=6, goal=3, mentor=8)
    write_pdf(casesys_decision(c, D(2024, 3, 26), "grant", set(), True, set()),
              B.path("sagssystem/2024/Afgoerelse_" + c.journal + ".pdf"))
    Dd("sagssystem/2024/Afgoerelse_" + c.journal + ".pdf", "pdf", "grant", "casesys-header", [], c, True, t)

    c = B.case(D(2026, 6, 1), months=6, goal=6, mentor=2)
    write_pdf(casesys_decision(c, D(2026, 5, 26), "grant", set(), False, set()),
              B.path("sagssystem/2026/Afgoerelse_" + c.journal + ".pdf"))
    Dd("sagssystem/2026/Afgoerelse_" + c.journal + ".pdf", "pdf", "grant", "casesys-header", [], c, False,
       t + ["sender:kommunen"])

    c = B.case(D(2025, 9, 1), months=6, goal=1, mentor=1)
    c.end = D(2026, 3, 1)
    write_pdf(casesys_decision(c, D(2025, 8, 26), "grant", set(), False, set()),
              B.path("sagssystem/2025/Afgoerelse_" + c.journal + ".pdf"))
    Dd("sagssystem/2025/Afgoerelse_" + c.journal + ".pdf", "pdf", "grant", "casesys-header", ["duration-over-6-months"],
       c, False, t + ["period:six-months-plus-one-day"])

    c = B.case(D(2025, 2, 17), months=6, goal=4, mentor=0)
    write_pdf(casesys_decision(c, D(2025, 2, 11), "partial", set(), True, {"missing-reasons"}),
              B.path("sagssystem/2025/Afgoerelse_" + c.journal + ".pdf"))
    Dd("sagssystem/2025/Afgoerelse_" + c.journal + ".pdf", "pdf", "partial", "casesys-header", [], c, True,
       t + ["partial:fewer-hours-no-reasons"], extras=["missing-reasons"])

    c = B.case(D(2024, 10, 14), months=6, goal=0, mentor=7)
    write_pdf(casesys_decision(c, D(2024, 10, 8), "extension", set(), False, set()),
              B.path("sagssystem/2024/Afgoerelse_" + c.journal + ".pdf"))
    Dd("sagssystem/2024/Afgoerelse_" + c.journal + ".pdf", "pdf", "extension", "casesys-header", [], c, False, t)

    c = B.case(D(2026, 1, 1), months=7, goal=5, mentor=2)
    write_pdf(casesys_decision(c, D(2025, 12, 17), "extension", set(), True, set()),
              B.path("sagssystem/2026/Afgoerelse_" + c.journal + ".pdf"))
    Dd("sagssystem/2026/Afgoerelse_" + c.journal + ".pdf", "pdf", "extension", "casesys-header",
       ["duration-over-6-months"], c, True, t + ["period:7-months-extension"])

    c = B.case(D(2026, 10, 5), months=6)
    write_pdf(casesys_decision(c, D(2026, 10, 5), "refusal", set(), False, set()),
              B.path("sagssystem/2026/Afgoerelse_" + c.journal + ".pdf"))
    Dd("sagssystem/2026/Afgoerelse_" + c.journal + ".pdf", "pdf", "refusal", "casesys-header", [], c, False, t,
       period=False)

    # ---------------- Min Plan -----------------------------------------------------------------
    t = ["author:casesystem", "minplan:print"]
    specs = [(D(2024, 5, 6), 6, set(), True, False, 3), (D(2025, 9, 8), 6, set(), False, True, 3),
             (D(2025, 1, 20), 5, {"missing-hours"}, False, False, 0), (D(2026, 4, 13), 6, {"missing-mentor"}, True, False, 8),
             (D(2024, 8, 19), 9, {"duration-over-6-months"}, False, False, 6), (D(2026, 8, 17), 6, {"unclear-goal"}, False, False, 0)]
    for st, mo, df, cp, other, g in specs:
        c = B.case(st, months=mo, goal=g)
        rel = f"minplan/{st.year}/MinPlan_{c.first}_{c.last.split()[-1]}_{num(st).replace('.', '')}.pdf"
        write_pdf(minplan_print(c, st - dt.timedelta(days=3), df, cp, other_activity=other), B.path(rel))
        M(rel, "pdf", "plan-cards" if other else "plan-print", df, c, cp, t + (["other-activity:fgu-10-months"] if other else []))

    t = ["author:casesystem", "minplan:portal-html"]
    specs = [(D(2024, 3, 4), 6, set(), False, 5), (D(2025, 5, 12), 4, set(), True, 2), (D(2025, 11, 17), 6, {"missing-tasks"}, False, 5),
             (D(2026, 2, 9), 6, {"missing-goal"}, False, 5), (D(2026, 6, 22), 6, {"missing-duration"}, False, 2)]
    for st, mo, df, cp, g in specs:
        c = B.case(st, months=mo, goal=g)
        rel = f"minplan/{st.year}/minplan_{c.sag}.html"
        write_html(minplan_html(c, st - dt.timedelta(days=2), df, cp), B.path(rel), "portal", "Min Plan")
        M(rel, "html", "portal-dl", df, c, cp, t, period="missing-duration" not in df)

    t = ["author:kasper", "minplan:txt-export"]
    specs = [(D(2024, 9, 9), 6, {"missing-duration"}, False, 1), (D(2025, 2, 24), 6, {"missing-hours"}, True, 3),
             (D(2026, 1, 19), 6, {"unclear-goal", "missing-mentor"}, False, 1)]
    for st, mo, df, cp, g in specs:
        c = B.case(st, months=mo, goal=g)
        rel = f"unge/{st.year}/planelement_mentor_{c.sag}.txt"
        write_txt(minplan_txt(c, st - dt.timedelta(days=1), df, cp), B.path(rel))
        M(rel, "txt", "plan-kv", df, c, cp, t, period="missing-duration" not in df)

    c = B.case(D(2025, 8, 11), months=6, goal=1, mentor=4)
    rel = "unge/2025/Uddannelsesplan_" + c.first + ".docx"
    B.docx(rel, uddannelsesplan(c, D(2025, 6, 20), set(), False))
    M(rel, "docx", "education-plan", [], c, False, ["author:kasper", "plan:uddannelsesplan"])

    c = B.case(D(2024, 11, 11), months=6, goal=2, mentor=2)
    rel = "job-og-sundhed/2024/minplan_mentor_" + c.sag + ".docx"
    B.docx(rel, minplan_txt(c, D(2024, 11, 6), {"missing-tasks"}, True), style="kvtable")
    M(rel, "docx", "plan-kv-table", ["missing-tasks"], c, True, ["author:birthe", "minplan:docx-copy"])

    # ---------------- Look-alikes (kind unknown) -----------------------------------------------
    c = B.case(D(2025, 2, 3), mentor=0)
    B.docx("leverandoerer/jobhuset-nord/Statusrapport_" + c.first + "_maj2025.docx", unk_status(c, D(2025, 5, 2)), "bold")
    U("leverandoerer/jobhuset-nord/Statusrapport_" + c.first + "_maj2025.docx", "docx", "report", "status-report",
      ["lookalike:status"])
    c = B.case(D(2025, 8, 4), mentor=1)
    write_pdf(unk_invoice(c, D(2025, 10, 3)), B.path("leverandoerer/fyrtaarnet/faktura_2025-10.pdf"))
    U("leverandoerer/fyrtaarnet/faktura_2025-10.pdf", "pdf", "invoice", "invoice", ["lookalike:invoice"])
    c = B.case(D(2024, 4, 1), mentor=3)
    B.docx("job-og-sundhed/2024/referat_opfoelgning_" + c.first.lower() + ".docx", unk_minutes(c, D(2024, 6, 12)))
    U("job-og-sundhed/2024/referat_opfoelgning_" + c.first.lower() + ".docx", "docx", "minutes", "minutes",
      ["lookalike:minutes"])
    write_pdf(unk_leaflet(D(2025, 1, 15)), B.path("vejledning/pjece_mentorstoette_2025.pdf"))
    U("vejledning/pjece_mentorstoette_2025.pdf", "pdf", "leaflet", "guidance", ["lookalike:lists-fields"])
    B.docx("vejledning/skabelon_aftale_mentor_v3.docx", unk_blank(D(2024, 1, 1)))
    U("vejledning/skabelon_aftale_mentor_v3.docx", "docx", "blank-template", "template", ["lookalike:blank-template"])
    c = B.case(D(2025, 6, 2), mentor=2)
    B.docx("jobafklaring/2025/partshoering_" + c.sag + ".pdf", unk_hearing(c, D(2025, 9, 22)), convert="pdf")
    U("jobafklaring/2025/partshoering_" + c.sag + ".pdf", "pdf", "letter", "hearing", ["lookalike:partshoering"])
    c = B.case(D(2026, 5, 18), mentor=0)
    write_eml(B.path("kontanthjaelp/2026/Bestilling mentorforløb.eml"), "Bestilling af mentorforløb",
              f"Sanne Østergaard <{CASEWORKERS['sanne']['mail']}>", f"Jobhuset Nord <info@jobhusetnord.dk>",
              D(2026, 5, 6), text=blocks_to_text(unk_order(c, D(2026, 5, 6))))
    U("kontanthjaelp/2026/Bestilling mentorforløb.eml", "eml", "order-mail", "order", ["lookalike:order"])
    c = B.case(D(2025, 3, 3), mentor=0)
    B.docx("job-og-sundhed/2025/genvurdering_" + c.sag + ".docx", unk_reconsider(c, D(2025, 4, 14)))
    U("job-og-sundhed/2025/genvurdering_" + c.sag + ".docx", "docx", "letter", "reconsideration-upheld",
      ["lookalike:genvurdering-fastholdt"])
    c = B.case(D(2026, 3, 2), mentor=0)
    write_txt(unk_receipt(c, D(2026, 2, 12)), B.path("unge/2026/kvittering_" + c.sag + ".txt"))
    U("unge/2026/kvittering_" + c.sag + ".txt", "txt", "receipt", "receipt", ["lookalike:receipt"])
    c = B.case(D(2024, 5, 13), months=6, mentor=1)
    B.docx("leverandoerer/fyrtaarnet/slutevaluering_" + c.first.lower() + ".odt", unk_final_eval(c, D(2024, 11, 8)),
           "bold", convert="odt")
    U("leverandoerer/fyrtaarnet/slutevaluering_" + c.first.lower() + ".odt", "odt", "report", "final-evaluation",
      ["lookalike:final-evaluation", "via:soffice-odt"])
    write_pdf(unk_contract(D(2024, 12, 10)), B.path("vejledning/samarbejdsaftale_jobhuset_nord_2025-2026.pdf"))
    U("vejledning/samarbejdsaftale_jobhuset_nord_2025-2026.pdf", "pdf", "contract", "provider-contract",
      ["lookalike:provider-contract"])
    c = B.case(D(2024, 8, 5), mentor=0)
    cprn = c.cpr
    bl = unk_note(c, D(2024, 7, 2))
    bl.insert(1, ("p", f"Borger: {c.name}, {cprn}"))
    write_txt(bl, B.path("unge/2024/notat_" + c.sag + ".txt"))
    U("unge/2024/notat_" + c.sag + ".txt", "txt", "note", "case-note", ["lookalike:note"], cpr=cprn)
    c = B.case(D(2025, 10, 6), mentor=3)
    write_html(unk_meeting(c, D(2025, 10, 22)), B.path("kontanthjaelp/2025/moedeaftale_" + c.sag + ".html"), "plain",
               "Mødeaftale")
    U("kontanthjaelp/2025/moedeaftale_" + c.sag + ".html", "html", "appointment", "appointment", ["lookalike:appointment"])
    B.docx("oevrigt/Mentoraftale_Hjelmsoe_Boldklub.docx", unk_club(D(2025, 8, 1)), "bold")
    U("oevrigt/Mentoraftale_Hjelmsoe_Boldklub.docx", "docx", "club-form", "private-mentor-agreement",
      ["lookalike:private-mentoraftale"])
    write_html(unk_newsletter(D(2026, 10, 1)), B.path("oevrigt/nyhedsbrev_mentorkorpset_efteraar2026.html"), "plain",
               "Nyhedsbrev")
    U("oevrigt/nyhedsbrev_mentorkorpset_efteraar2026.html", "html", "newsletter", "newsletter", ["lookalike:newsletter"])
    c = B.case(D(2025, 1, 6), mentor=0)
    subj, body = unk_meeting_mail(c, D(2025, 2, 25))
    write_eml(B.path("job-og-sundhed/2025/SV_Statusmoede_" + c.first + ".eml"), subj,
              f"Birthe Lund Kjær <{CASEWORKERS['birthe']['mail']}>", "Lone Friis <lf@jobhusetnord.dk>", D(2025, 2, 26),
              text=body)
    U("job-og-sundhed/2025/SV_Statusmoede_" + c.first + ".eml", "eml", "reply-mail", "meeting-mail",
      ["lookalike:meeting-mail"])

    B.finish()
    return B.entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gs")
    ap.add_argument("--seed", type=int, default=1717)
    a = ap.parse_args()
    entries = build(Path(a.out), a.seed)
    from collections import Counter
    print(len(entries), Counter(e["kind"] for e in entries))


if __name__ == "__main__":
    main()
