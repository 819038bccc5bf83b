#!/usr/bin/env python3
"""Corpus gi: the audit sample of a fifteenth municipality (fictional "Vesterå Kommune").

An archive pull for a quality review, 2018-2026: three template generations (Workbase 2018-19,
Momentum 2020-23, the 2024 "borgervendt" design; "Jobcenter Vesterå" until 31 Jan 2026,
"Vesterå Kommune" after), six caseworkers with their habits, three mentor providers with their
own forms, scanned paper forms (partly hand-filled, rendered and OCR'd with Tesseract) and the
non-kind documents such a pull drags along.

Usage:  /work/main/.venv/bin/python make_corpus_gi.py --out /work/corpora/gi [--seed 1515]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_gi import (Hand, render_docx, render_eml, render_html, render_odt, render_pdf,  # noqa: E402
                       render_rtf, render_scan, render_txt, soffice_to_pdf)

D = dt.date
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def add_months(d: D, n: int) -> D:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last))


def six_end(start: D, months=6) -> D:
    return add_months(start, months) - dt.timedelta(days=1)


def fd(d: D, style="long") -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots2":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    if style == "abbr":
        return f"{d.day}. {MABBR[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


# --------------------------------------------------------------------------- people and places
FIRST = ["Sara", "Mads", "Ahmed", "Jonas", "Line", "Fatima", "Nikolaj", "Camilla", "Emil", "Yasmin",
         "Kristoffer", "Maja", "Rasmus", "Amalie", "Oliver", "Sofie", "Bilal", "Louise", "Tobias",
         "Nanna", "Hassan", "Julie", "Patrick", "Ida", "Mikkel", "Cecilie", "Dennis", "Signe", "Omar",
         "Freja", "Kenneth", "Michelle", "Stefan", "Aylin", "Brian", "Trine"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Yilmaz", "Khalil", "Bech", "Iversen", "Lauridsen"]
STREETS = ["Engvej", "Skolegade", "Birkevænget", "Søndergade", "Møllevej", "Fasanvej", "Vestergade",
           "Kirkebakken", "Stationsvej", "Lærkevej"]

CASEWORKERS = {
    "birgitte": dict(name="Birgitte Holm", title="Jobkonsulent", phone="72 14 31 12", mail="biho@vesteraa.dk",
                     team="Team Job og Helbred"),
    "kasper": dict(name="Kasper Lund", title="Sagsbehandler", phone="72 14 31 47", mail="kalu@vesteraa.dk",
                   team="Team Kontanthjælp"),
    "mette": dict(name="Mette Søgaard", title="Rådgiver", phone="72 14 32 05", mail="meso@vesteraa.dk",
                  team="Ungeenheden"),
    "ali": dict(name="Ali Hassan", title="Jobkonsulent", phone="72 14 32 61", mail="alha@vesteraa.dk",
                team="Team Unge"),
    "lone": dict(name="Lone Friis", title="Socialrådgiver", phone="72 14 30 88", mail="lofr@vesteraa.dk",
                 team="Team Job og Helbred"),
    "jens": dict(name="Jens Thorup", title="Sagsbehandler", phone="72 14 30 19", mail="jeth@vesteraa.dk",
                 team="Team Ressource"),
}

PROVIDERS = {
    "kompas": dict(org="Kompas Mentor ApS", domain="kompasmentor.dk", addr="Havnegade 12, 7990 Vesterå",
                   mentors=[("Henrik Dahl", "40 18 22 91"), ("Sanne Brix", "40 18 22 93"),
                            ("Thomas Kjær", "40 18 22 97")]),
    "broen": dict(org="Broen – socialøkonomisk virksomhed", domain="broen-vesteraa.dk",
                  addr="Gl. Mejerivej 4, 7990 Vesterå",
                  mentors=[("Jonna Kristiansen", "28 71 40 05"), ("Mikkel Ravn", "28 71 40 09")]),
    "jobvejen": dict(org="JobVejen I/S", domain="jobvejen.dk", addr="Industrivej 33, 7990 Vesterå",
                     mentors=[("Tariq Nasser", "31 22 45 67"), ("Pernille Aagaard", "31 22 45 70"),
                              ("Kim Bundgaard", "31 22 45 74")]),
    "intern": dict(org="Vesterå Kommunes mentorkorps", domain="vesteraa.dk", addr="Rådhustorvet 3",
                   mentors=[("Ulla Winther", "72 14 35 40"), ("Søren Krogh", "72 14 35 44")]),
}

WORKPLACES = ["Bilka Vesterå", "Netto på Storegade", "Vesterå Tømrer & Snedker ApS", "Plantorama Vesterå",
              "Plejecenter Solgården", "Vesterå Autoværksted", "Kvickly Vesterå", "Vesterå Genbrugsstation",
              "Danish Crown i Vesterå", "Café Havnen"]
SCHOOLS = ["Vesterå Tekniske Skole", "SOSU Midt, afdeling Vesterå", "VUC Vesterå", "FGU Vesterå",
           "Vesterå Handelsskole"]

CLEAR_GOALS = [
    "{S} er i virksomhedspraktik hos {work} {n} timer om ugen senest {date}, med henblik på et løntilskudsjob.",
    "{S} starter på grundforløb 1 på Vesterå Tekniske Skole {date} og møder mindst fire dage om ugen.",
    "{S} gennemfører FVU-dansk trin 2 på VUC Vesterå og går op til prøven inden {date}.",
    "{S} fastholder {sit} job hos {work} på {n} timer om ugen og har højst to fraværsdage om måneden ved periodens udløb.",
    "{S} er optaget på SOSU-hjælperuddannelsen på SOSU Midt med studiestart {date}.",
    "{S} møder stabilt i praktikken hos {work} (mindst 90 % fremmøde) og er gået fra {n} til {m} timer om ugen senest {date}.",
    "{S} har et fleksjob på {n} timer om ugen hos {work} ved periodens udløb.",
    "{S} går på FGU Vesterå (PGU, værkstedslinjen) fire dage om ugen fra {date}.",
    "{S} er i ordinært job som lagermedarbejder, mindst {m} timer om ugen, senest {date}.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "{S} skal have mere struktur på hverdagen.",
    "At {S} kommer tættere på arbejdsmarkedet.",
    "Øget selvværd og bedre overskud i hverdagen.",
    "Sikre at {S} bliver motiveret og kommer videre.",
    "Hjælp til at få styr på økonomi og bolig.",
]
TASKS = [
    "følge {S} til praktikstedet de første to uger",
    "holde en ugentlig samtale om fremmøde og transport",
    "hjælpe med at lave en ugeplan og holde styr på mødetider",
    "være bindeled til kontaktpersonen på {work}",
    "tage med til møde med studievejlederen på skolen",
    "hjælpe med at åbne og besvare post i e-Boks",
    "øve busruten til {school} de første dage",
    "gennemgå lektieplanen én gang om ugen",
    "ringe {S} op om morgenen, hvis {S} ikke er mødt",
    "forberede samtalen med arbejdsgiveren om skånehensyn",
]
HOURS = ["3 timer pr. uge", "2 t/uge", "4 timer ugentligt", "8 timer om måneden", "1½ time om ugen",
         "2-3 timer pr. uge", "5 timer om ugen de første fire uger, derefter 2 timer om ugen",
         "2 timer om ugen", "6 timer pr. uge"]
HOURS_VAGUE = ["et par timer om ugen", "efter behov", "løbende, efter aftale med mentor"]
FOLLOWUPS = [
    "Statusmøde hver måned med {S2}, mentor og sagsbehandler. Evaluering 14 dage før periodens udløb. "
    "Progressionen måles på fremmødet.",
    "Mentor sender skriftlig status hver 4. uge. Opfølgningssamtale i jobcentret efter 3 måneder og igen senest "
    "14 dage før støtten ophører.",
    "Midtvejsevaluering {mid} og slutevaluering senest {late}. Delmål: fremmøde mindst fire dage om ugen.",
    "Opfølgning hver 14. dag pr. telefon mellem mentor og sagsbehandler; statusmøde med {S2} hver 2. måned.",
    "Vi holder statusmøde hver 6. uge. Delmål 1: {S2} kommer til tiden. Delmål 2: {S2} klarer transporten selv.",
]
FOLLOWUPS_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.",
                   "Der aftales opfølgning, når det bliver relevant."]


def appeal_full(sender: str, era: str, variant: int) -> str:
    who = sender
    if era == "g1":
        return [f"Du kan klage over afgørelsen. Klagen skal være modtaget i {who} senest 4 uger efter, at du har "
                f"fået denne afgørelse. Du kan klage skriftligt eller mundtligt. Jobcentret vurderer afgørelsen igen, "
                f"og hvis vi fastholder den, sender vi klagen videre til Ankestyrelsen (Beskæftigelsesudvalget), "
                f"jf. retssikkerhedslovens kapitel 10.",
                f"Hvis du er utilfreds med afgørelsen, kan du klage til {who} inden fire uger fra du har modtaget "
                f"brevet. Vi genvurderer afgørelsen. Giver vi dig ikke medhold, sender vi klagen til Ankestyrelsen."][variant % 2]
    if era == "g2":
        return [f"Hvis du ikke er enig i afgørelsen, kan du klage til {who} inden fire uger fra du har modtaget "
                f"brevet. Du kan klage mundtligt eller skriftligt. Vi vurderer sagen igen inden fire uger. Fastholder "
                f"vi afgørelsen, sender vi klagen og sagens akter videre til Ankestyrelsen. Lovgrundlag: LAB § 204 "
                f"og retssikkerhedslovens §§ 66-67.",
                f"Du kan klage over afgørelsen til {who}, Rådhustorvet 3, 7990 Vesterå, tlf. 72 14 30 00. Klagen skal "
                f"være os i hænde senest 4 uger efter, at du har fået afgørelsen. Jobcentret genvurderer afgørelsen, "
                f"og fastholder vi den, videresendes klagen til Ankestyrelsen."][variant % 2]
    return [f"Hvis du ikke er enig i afgørelsen, skal du klage til {who} inden fire uger. {who} skal så "
            f"genvurdere afgørelsen inden fire uger, fra klagen er modtaget. Hvis vi fastholder afgørelsen, bliver "
            f"din klage sendt videre til Ankestyrelsen, som tager stilling til den.",
            f"Du kan klage til {who} inden 4 uger efter, at du har modtaget afgørelsen – skriv til os via "
            f"borger.dk eller ring på 72 14 30 00. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi "
            f"klagen videre til Ankestyrelsen (LAB § 204, retssikkerhedsloven kap. 10)."][variant % 2]


def appeal_defect(kind: str, sender: str) -> str | None:
    return {
        "absent": None,
        "short": "Du kan klage over afgørelsen.",
        "bodyonly": f"Er du uenig, kan du kontakte {sender}, som så vil se på sagen igen.",
        "deadlineonly": "Klagefristen er 4 uger.",
        "other": f"Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om "
                 f"befordringsgodtgørelse til {sender} inden 4 uger. Fastholder vi afgørelsen, sendes klagen til "
                 f"Ankestyrelsen.",
        "wrongroute": "Du kan klage over afgørelsen til Ankestyrelsen inden 4 uger efter, at du har modtaget den. "
                      "Klagen sendes direkte til Ankestyrelsen, 7998 Statsservice.",
    }[kind]


# --------------------------------------------------------------------------- the case
class Case(dict):
    __getattr__ = dict.get


def make_case(rng: random.Random, date: D, cw: str, provider: str, *, start=None, months=6,
              cpr=False, goal_i=None, mentor_i=None, hours_i=None, fu_i=None, appeal_i=0):
    c = Case()
    c.date = date
    c.cw = CASEWORKERS[cw]
    c.cwkey = cw
    c.era = "g1" if date.year <= 2019 else ("g2" if date.year <= 2023 else "g3")
    kommune = date >= D(2026, 2, 1)
    c.sender = "Vesterå Kommune" if kommune else "Jobcenter Vesterå"
    c.kommune = kommune
    c.law = "LAB § 31 b" if date < D(2020, 1, 1) else "LAB § 167, stk. 1"
    c.first = rng.choice(FIRST)
    c.last = rng.choice(LAST)
    c.name = f"{c.first} {c.last}"
    c.addr = [c.name, f"{rng.choice(STREETS)} {rng.randint(2, 80)}", "7990 Vesterå"]
    c.caseno = f"{date.year % 100:02d}.0{rng.randint(1, 9)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 9999)}-{date.year % 100:02d}"
    if cpr:
        while True:
            born = D(rng.randint(1962, 2005), rng.randint(1, 12), rng.randint(1, 28))
            c.cpr = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}-{rng.randint(1000, 9999)}"
            break
    p = PROVIDERS[provider]
    c.provider = provider
    c.org = p["org"]
    mname, mphone = p["mentors"][(mentor_i if mentor_i is not None else rng.randrange(len(p["mentors"])))]
    c.mname = mname
    c.mfirst = mname.split()[0]
    c.mphone = mphone
    c.mmail = f"{''.join(x[0] for x in mname.lower().split())}{mname.split()[-1][:2].lower()}@{p['domain']}".replace("ø", "o").replace("å", "aa").replace("æ", "ae")
    c.work = rng.choice(WORKPLACES)
    c.school = rng.choice(SCHOOLS)
    s = start or D(date.year, date.month, 1) + dt.timedelta(days=31)
    s = D(s.year, s.month, 1) if start is None else s
    c.start = s
    c.end = six_end(s, months)
    gi = goal_i if goal_i is not None else rng.randrange(len(CLEAR_GOALS))
    c.goal_t = CLEAR_GOALS[gi]
    n = rng.choice([10, 12, 15, 18, 20])
    c.goal_vals = dict(work=c.work, n=n, m=n + rng.choice([5, 8, 10]), date=fd(add_months(s, rng.choice([2, 3, 4])), "long"))
    c.tasks_t = rng.sample(TASKS, rng.randint(3, 4))
    c.hours = HOURS[hours_i if hours_i is not None else rng.randrange(len(HOURS))]
    fi = fu_i if fu_i is not None else rng.randrange(len(FOLLOWUPS))
    c.fu_t = FOLLOWUPS[fi]
    c.appeal = appeal_full(c.sender, c.era, appeal_i)
    c.goal_set = "clear"
    return c


def goal(c, subj="3rd"):
    """The goal text, addressed in the 3rd person (name) or 2nd person (du)."""
    if c.goal_override is not None:
        t = c.goal_override
    else:
        t = c.goal_t
    if subj == "2nd":
        S, sit = "du", "dit"
    else:
        S, sit = c.first, "sit"
    out = t.format(S=S, sit=sit, **c.goal_vals)
    return out[0].upper() + out[1:]


def tasks(c, subj="3rd"):
    S = "dig" if subj == "2nd" else c.first
    S_nom = "du" if subj == "2nd" else c.first
    res = []
    for t in c.tasks_t:
        x = t.replace("følge {S}", "følge " + S).replace("ringe {S} op", "ringe " + S + " op")
        x = x.format(S=S_nom, work=c.work, school=c.school)
        res.append(x)
    return res


def followup(c, subj="3rd"):
    if c.fu_override is not None:
        return c.fu_override
    S2 = "dig" if subj == "2nd" else c.first
    return c.fu_t.format(S2=S2, mid=fd(add_months(c.start, 3), "long"), late=fd(c.end - dt.timedelta(days=14), "long"))


def period(c, style="long", sep=" – "):
    if c.period_override is not None:
        return c.period_override
    return f"{fd(c.start, style)}{sep}{fd(c.end, style)}"


# --------------------------------------------------------------------------- defects
def apply_defects(c: Case, defects, rng):
    """Mutates the case; returns the expected rules and extras."""
    rules, extras, traits = set(), set(), []
    for d in defects:
        traits.append("defect:" + d)
        if d == "goal-absent":
            c.goal_none = True; rules.add("missing-goal")
        elif d == "goal-placeholder":
            c.goal_override = rng.choice(["Udfyldes senere", "xx", "…"]); rules.add("missing-goal")
        elif d == "goal-unclear":
            c.goal_override = rng.choice(UNCLEAR_GOALS); rules.add("unclear-goal")
        elif d == "mentor-noname":
            c.mentor_mode = "orgphone"; rules.add("missing-mentor")
        elif d == "mentor-nocontact":
            c.mentor_mode = "nameonly"; rules.add("missing-mentor")
        elif d == "mentor-placeholder":
            c.mentor_mode = "placeholder"; rules.add("missing-mentor")
        elif d == "tasks-absent":
            c.tasks_none = True; rules.add("missing-tasks")
        elif d == "tasks-placeholder":
            c.tasks_ph = True; rules.add("missing-tasks")
        elif d == "duration-absent":
            c.period_none = True; rules.add("missing-duration")
        elif d == "duration-vague":
            c.period_override = rng.choice(["indtil videre", "Udfyldes senere", "aftales nærmere"]); rules.add("missing-duration")
        elif d == "followup-absent":
            c.fu_none = True; rules.add("missing-follow-up")
        elif d == "followup-vague":
            c.fu_override = rng.choice(FOLLOWUPS_VAGUE); rules.add("missing-follow-up")
        elif d == "hours-absent":
            c.hours_none = True; rules.add("missing-hours")
        elif d == "hours-vague":
            c.hours = rng.choice(HOURS_VAGUE); rules.add("missing-hours")
        elif d == "hours-placeholder":
            c.hours = "xx"; rules.add("missing-hours")
        elif d.startswith("appeal-"):
            k = d[len("appeal-"):]
            c.appeal = appeal_defect(k, c.sender)
            if k == "wrongroute":
                extras.add("appeal-wrong-route")
            else:
                rules.add("missing-appeal-guidance")
        elif d.startswith("over6"):
            rules.add("duration-over-6-months")
        elif d == "no-reasons":
            extras.add("missing-reasons")
        else:
            raise ValueError(d)
    return rules, extras, traits


def set_over6(c, variant, style="long"):
    """Periods longer than 6 months, written in several ways."""
    s = c.start
    if variant == "range9":
        c.end = six_end(s, 9); c.period_override = None
    elif variant == "range7":
        c.end = six_end(s, 7)
    elif variant == "range12":
        c.end = six_end(s, 12)
    elif variant == "range10":
        c.end = six_end(s, 10)
    elif variant == "len9":
        c.end = six_end(s, 9); c.period_override = f"9 mdr. fra {fd(s, style)}"
    elif variant == "len_year":
        c.end = six_end(s, 12); c.period_override = f"et år fra {fd(s, style)}"
    elif variant == "weeks":
        w1 = s.isocalendar()[1]
        c.end = s + dt.timedelta(weeks=38)
        c.period_override = f"uge {w1}-{(s + dt.timedelta(weeks=38)).isocalendar()[1]} {s.year}" if \
            (s + dt.timedelta(weeks=38)).year == s.year else f"uge {w1} {s.year} – uge {(s + dt.timedelta(weeks=38)).isocalendar()[1]} {(s + dt.timedelta(weeks=38)).year}"
    elif variant == "startplus8":
        c.end = six_end(s, 8); c.period_override = f"fra {fd(s, style)} og 8 måneder frem"
    elif variant == "weeks40":
        c.end = s + dt.timedelta(weeks=40) - dt.timedelta(days=1); c.period_override = f"40 uger fra {fd(s, style)}"
    else:
        raise ValueError(variant)


# --------------------------------------------------------------------------- mentor text
def mentor_lines(c, style="line"):
    mode = c.mentor_mode or "full"
    if mode == "placeholder":
        return ["[Navn på mentor]"] if style != "prose" else None
    if mode == "nameonly":
        return [f"{c.mname}, {c.org}"] if style == "line" else [c.mname, c.org]
    if mode == "orgphone":
        return [f"{c.org}, tlf. {c.mphone}"] if style == "line" else [c.org, f"Tlf. {c.mphone}"]
    if style == "line":
        return [f"{c.mname}, {c.org}, tlf. {c.mphone}, {c.mmail}"]
    return [c.mname, c.org, f"Tlf. {c.mphone}", f"Mail: {c.mmail}"]


def letterhead(c, extra=True):
    lh = [c.sender, c.cw["team"], "Rådhustorvet 3", "7990 Vesterå"]
    return lh


def citizen_block(c):
    lines = list(c.addr)
    return lines


def cpr_line(c):
    return [f"CPR-nr.: {c.cpr}"] if c.cpr else []


# =========================================================================== agreement families
def fam_g1_numbered(c, rng):
    """Workbase template 2018-19: numbered sections 1-6 after Gribskov's six points."""
    b = [("lines", letterhead(c)), ("lines", citizen_block(c)),
         ("p", f"Dato: {fd(c.date, 'dots')}    Sagsnr.: {c.caseno}"),
         ("title", "Aftale om mentorstøtte"),
         ("p", f"efter lov om en aktiv beskæftigelsesindsats {c.law.replace('LAB ', '')}")]
    kv = [("Borger", c.name)]
    if c.cpr:
        kv.append(("CPR-nr.", c.cpr))
    kv.append(("Sagsbehandler", f"{c.cw['name']}, tlf. {c.cw['phone']}"))
    b.append(("kv", kv))
    if not c.goal_none:
        b += [("h", "1. Målet med mentorstøtten"), ("p", goal(c))]
    b += [("h", "2. Mentorens navn og kontaktdata"), ("lines", mentor_lines(c, "lines"))]
    if not c.tasks_none:
        b.append(("h", "3. Hvilke opgaver mentoren skal bistå ved"))
        b.append(("p", "Udfyldes senere") if c.tasks_ph else ("ul", [t[0].upper() + t[1:] for t in tasks(c)]))
    head4 = []
    if not c.period_none:
        head4.append(f"Perioden er {period(c, 'long', ' til ')}." if c.period_override is None else f"Perioden er {c.period_override}.")
    if not c.fu_none:
        head4.append(followup(c))
    if head4:
        b += [("h", "4. Varighed af aftalen og opfølgning"), ("p", " ".join(head4))]
    if not c.hours_none:
        b += [("h", "5. Timetallet for mentorstøtten"), ("p", c.hours[0].upper() + c.hours[1:] + ".")]
    if c.appeal:
        b += [("h", "6. Klagevejledning"), ("p", c.appeal)]
    b.append(("sig", ["_______________________            _______________________",
                      f"{c.name}                                {c.cw['name']}"]))
    return b


def fam_g1_paperform(c, rng):
    """Jobcenter blank form JC-M3 (2018-19), filled in by hand and scanned."""
    b = [("p", "Jobcenter Vesterå · Blanket JC-M3 (rev. 2017)"),
         ("title", "Aftale om mentorstøtte"),
         ("p", f"jf. lov om en aktiv beskæftigelsesindsats § 31 b. Udfyldes af sagsbehandler sammen med borger og mentor.")]
    kv = [("Borgers navn", Hand(c.name))]
    if c.cpr:
        kv.append(("CPR-nr.", Hand(c.cpr)))
    kv.append(("Mål med mentorstøtten", Hand(goal(c)) if not c.goal_none else Hand("")))
    ml = mentor_lines(c, "line")
    kv.append(("Mentor (navn, tlf.)", Hand(ml[0]) if ml else Hand("")))
    if c.tasks_none:
        kv.append(("Mentors opgaver", Hand("")))
    else:
        kv.append(("Mentors opgaver", Hand("Udfyldes senere" if c.tasks_ph else "; ".join(tasks(c)))))
    kv.append(("Periode", Hand("" if c.period_none else period(c, "dots2", " - "))))
    kv.append(("Timer pr. uge", Hand("" if c.hours_none else c.hours)))
    kv.append(("Opfølgning", Hand("" if c.fu_none else followup(c))))
    b.append(("kv", kv))
    if c.appeal:
        b += [("h", "Klagevejledning"), ("p", c.appeal)]
    b += [("sp",), ("kv", [("Dato og underskrift, borger", Hand(fd(c.date, "short") + "  " + c.first)),
                           ("Dato og underskrift, jobcenter", Hand(fd(c.date, "short") + "  " + c.cw['name'].split()[0]))])]
    return b


def fam_g2_table(c, rng, copied=False):
    """Momentum template 2020-23 (Mette, Lone; Kasper copies it from old cases)."""
    b = [("lines", letterhead(c) + [f"Sagsbehandler: {c.cw['name']}", f"Direkte tlf.: {c.cw['phone']}", c.cw['mail']]),
         ("p", f"Vesterå, {fd(c.date, 'long')}"),
         ("title", "Skriftlig aftale om mentorstøtte"),
         ("p", f"Aftalen er indgået mellem {c.name}, {c.sender} og mentor efter {c.law}." if not copied else
          f"Aftalen er indgået mellem borger, {c.sender} og mentor efter {c.law}.")]
    kv = [("Borger", c.name)]
    if c.cpr:
        kv.append(("CPR-nummer", c.cpr))
    if c.goal_none:
        pass
    else:
        kv.append(("Målet med mentorstøtten", goal(c)))
    ml = mentor_lines(c, "line")
    kv.append(("Mentor (navn og kontaktdata)", ml[0] if ml else ""))
    if not c.tasks_none:
        kv.append(("Mentorens opgaver", "Udfyldes senere" if c.tasks_ph else "\n".join("– " + t for t in tasks(c))))
    if not c.period_none:
        kv.append(("Periode", period(c, "dots", " – ")))
    if not c.hours_none:
        kv.append(("Timetal", c.hours))
    if not c.fu_none:
        kv.append(("Opfølgning og progression", followup(c)))
    b.append(("kv", kv))
    if c.note:
        b.append(("p", c.note))
    if c.appeal:
        b += [("h", "Klagevejledning"), ("p", c.appeal)]
    b.append(("table", None, [["Dato / borger", "Dato / jobcenter", "Dato / mentor"], ["", "", ""]]))
    return b


def fam_g3_sections(c, rng):
    """2024 citizen-facing template: questions as headings, 2nd person."""
    b = [("lines", [c.sender, "Beskæftigelse og Uddannelse" if c.kommune else c.cw['team'], "Rådhustorvet 3, 7990 Vesterå"]),
         ("p", f"{fd(c.date, 'long')}"),
         ("title", "Din aftale om mentorstøtte"),
         ("p", f"Kære {c.first}"),
         ("p", f"Her er aftalen om din mentorstøtte. Den bygger på vores samtale {fd(c.date - dt.timedelta(days=6), 'den')}. "
               f"Mentorstøtten gives efter {c.law.replace('stk. 1', 'stk. 2') if c.udskriv else c.law} i lov om en aktiv beskæftigelsesindsats.")]
    if c.cpr:
        b.insert(3, ("p", f"CPR-nr. {c.cpr}"))
    if not c.goal_none:
        b += [("h", "Dit mål"), ("p", goal(c, "2nd"))]
    ml = mentor_lines(c, "lines")
    b += [("h", "Din mentor"), ("lines", ml)]
    if not c.tasks_none:
        b.append(("h", "Det hjælper din mentor dig med"))
        b.append(("p", "Udfyldes senere") if c.tasks_ph else ("ul", [t[0].upper() + t[1:] for t in tasks(c, "2nd")]))
    if not c.period_none:
        b += [("h", "Periode"), ("p", (period(c, "long", " – ") if c.period_override is None else c.period_override)
                                    + ("." + c.period_note if c.period_note else ""))]
    if not c.hours_none:
        b += [("h", "Timer"), ("p", f"Du og din mentor har {c.hours}.")]
    if not c.fu_none:
        b += [("h", "Sådan følger vi op"), ("p", followup(c, "2nd"))]
    if c.appeal:
        b += [("h", "Sådan klager du"), ("p", c.appeal)]
    b += [("p", "Venlig hilsen"), ("lines", [c.cw['name'], c.cw['title'], f"Tlf. {c.cw['phone']}"])]
    return b


def fam_prose(c, rng):
    """Birgitte writes everything as a letter in prose."""
    b = [("lines", letterhead(c)), ("lines", citizen_block(c)),
         ("p", f"Vesterå {fd(c.date, 'den')}"),
         ("bh", f"Aftale om mentorstøtte – det, vi aftalte {fd(c.date - dt.timedelta(days=rng.randint(2, 9)), 'den')}"),
         ("p", f"Kære {c.first}"),
         ("p", "Tak for en god samtale. Her får du det, vi blev enige om, skrevet ned, så du har det hele samlet.")]
    if c.cpr:
        b.insert(2, ("p", f"Cpr.nr. {c.cpr}"))
    if not c.goal_none:
        g = goal(c, "2nd")
        b.append(("p", (f"Målet med din mentorstøtte er, at {g[0].lower() + g[1:]} " if c.goal_override is None else
                        f"Målet med din mentorstøtte: {g} ") + "Det er det, vi arbejder hen imod sammen."))
    mode = c.mentor_mode or "full"
    if mode == "full":
        b.append(("p", f"Din mentor bliver {c.mname} fra {c.org}. Du kan ringe til {c.mfirst} på {c.mphone} "
                       f"eller skrive til {c.mmail}."))
    elif mode == "nameonly":
        b.append(("p", f"Din mentor bliver {c.mname} fra {c.org}, som du allerede kender."))
    elif mode == "orgphone":
        b.append(("p", f"Din mentor kommer fra {c.org}; de kan træffes på {c.mphone}."))
    if not c.tasks_none:
        ts = tasks(c, "2nd")
        who = c.mfirst if mode in ("full", "nameonly") else "Mentoren"
        b.append(("p", f"{who} skal " + ", ".join(t for t in ts[:-1]) + f" og {ts[-1]}."
                  if not c.tasks_ph else f"{who}s opgaver aftaler vi senere."))
    if not c.period_none:
        if c.period_override is None:
            b.append(("p", f"Mentorforløbet løber fra {fd(c.start, 'long')} til og med {fd(c.end, 'long')}."
                           + (c.period_note or "")))
        else:
            b.append(("p", f"Mentorforløbet løber {c.period_override}." + (c.period_note or "")))
    if not c.hours_none:
        b.append(("p", f"I har {c.hours} sammen."))
    if not c.fu_none:
        b.append(("p", followup(c, "2nd") + " Det er også der, vi ser på, om du er kommet nærmere målet."))
    if c.appeal:
        b.append(("p", c.appeal))
    b += [("p", "Du er altid velkommen til at ringe til mig, hvis der er noget."),
          ("p", "Mange hilsner"), ("lines", [c.cw['name'], c.cw['title'], f"Tlf. {c.cw['phone']} · {c.cw['mail']}"])]
    return b


def fam_terse(c, rng):
    """Ali: short notes, abbreviations, bullets."""
    b = [("title", f"Mentoraftale – {c.name}"),
         ("lines", [f"{c.sender} / {c.cw['team']}", f"Sagsbeh.: {c.cw['name']}, tlf. {c.cw['phone']}",
                    f"Dato: {fd(c.date, 'short')}"] + ([f"Cpr: {c.cpr}"] if c.cpr else []))]
    kv = []
    if not c.goal_none:
        kv.append(("Mål", goal(c)))
    mode = c.mentor_mode or "full"
    kv.append(("Mentor", {"full": f"{c.mname} ({c.org.split(' –')[0]}) – {c.mphone} / {c.mmail}",
                          "nameonly": f"{c.mname} ({c.org.split(' –')[0]})",
                          "orgphone": f"{c.org.split(' –')[0]} – {c.mphone}",
                          "placeholder": "?"}[mode]))
    b.append(("kv", kv))
    if not c.tasks_none:
        b.append(("bh", "Opgaver:"))
        b.append(("ul", ["Udfyldes senere"] if c.tasks_ph else tasks(c)))
    kv2 = []
    if not c.period_none:
        kv2.append(("Periode", period(c, "dots2", " - ")))
    if not c.hours_none:
        kv2.append(("Timer", c.hours))
    if not c.fu_none:
        kv2.append(("Opf.", followup(c)))
    if c.appeal:
        kv2.append(("Klagevejl.", c.appeal))
    b.append(("kv", kv2))
    return b


def fam_kompas(c, rng):
    """Kompas Mentor ApS's own agreement form."""
    b = [("lines", ["KOMPAS MENTOR ApS", PROVIDERS['kompas']['addr'], "www.kompasmentor.dk · CVR 38 41 22 90"]),
         ("title", "Mentoraftale"),
         ("p", f"Samarbejdsaftale mellem deltager, {c.sender} (bestiller) og Kompas Mentor ApS (leverandør). "
               f"Oprettet {fd(c.date, 'dots')} · Jobcentrets sagsbehandler: {c.cw['name']}.")]
    kv = [("Deltager", c.name + (f" (cpr. {c.cpr})" if c.cpr else ""))]
    if not c.goal_none:
        kv.append(("Forløbets formål", goal(c)))
    ml = mentor_lines(c, "line")
    kv.append(("Tilknyttet mentor", ml[0] if ml else ""))
    if not c.tasks_none:
        kv.append(("Indsatsområder", "Udfyldes senere" if c.tasks_ph else "\n".join("• " + t for t in tasks(c))))
    if not c.period_none:
        kv.append(("Forløbsperiode", period(c, "dots", " – ")))
    if not c.hours_none:
        kv.append(("Ugentlig mentortid", c.hours))
    if not c.fu_none:
        kv.append(("Statusmøder og evaluering", followup(c)))
    b.append(("kv", kv))
    if c.appeal:
        b += [("h", f"Klageadgang (tekst fra {c.sender})"), ("p", c.appeal)]
    b.append(("p", "Kompas Mentor ApS behandler personoplysninger efter databeskyttelsesforordningen. "
                   "Mentortimer faktureres månedsvis bagud til bestiller."))
    b.append(("table", None, [["Deltager", "Mentor", "Jobcenter"], ["", "", ""]]))
    return b


def fam_broen(c, rng, appeal_box=False):
    """Broen's paper form, filled in by hand at the first meeting and scanned by the jobcentre."""
    b = [("p", "BROEN · socialøkonomisk virksomhed · Gl. Mejerivej 4 · 7990 Vesterå · tlf. 28 71 40 00"),
         ("title", "Mentoraftale"),
         ("p", "Udfyldes i fællesskab ved første møde. Kopi sendes til jobcentret.")]
    kv = [("Navn", Hand(c.name))]
    if c.cpr:
        kv.append(("Cpr.nr.", Hand(c.cpr)))
    kv.append(("Mål for forløbet", Hand("" if c.goal_none else goal(c))))
    mode = c.mentor_mode or "full"
    kv.append(("Din mentor", Hand({"full": f"{c.mname} tlf. {c.mphone}", "nameonly": c.mname,
                                   "orgphone": f"Broen tlf. {c.mphone}", "placeholder": ""}[mode])))
    kv.append(("Hvad skal mentor hjælpe med", Hand("" if c.tasks_none else ("Udfyldes senere" if c.tasks_ph else ", ".join(tasks(c))))))
    kv.append(("Periode (fra - til)", Hand("" if c.period_none else period(c, "long", " til "))))
    kv.append(("Timer om ugen", Hand("" if c.hours_none else c.hours)))
    kv.append(("Opfølgning", Hand("" if c.fu_none else followup(c))))
    b.append(("kv", kv))
    if appeal_box and c.appeal:
        b += [("h", f"Klagevejledning (fra {c.sender})"), ("p", c.appeal)]
    else:
        b.append(("p", "Aftalen er en del af jobcentrets bevilling. Spørgsmål om bevillingen rettes til din sagsbehandler."))
    b += [("sp",), ("kv", [("Underskrift deltager", Hand(c.first)), ("Underskrift mentor", Hand(c.mfirst))])]
    return b


def fam_jobvejen(c, rng):
    """JobVejen I/S's lettered form (reportlab PDF with a grid)."""
    b = [("lines", ["JobVejen I/S", PROVIDERS['jobvejen']['addr'], "tlf. 31 22 45 00 · kontakt@jobvejen.dk"]),
         ("title", "Aftale om mentorforløb"),
         ("h", "A. Deltager"),
         ("kv", [("Navn", c.name)] + ([("CPR", c.cpr)] if c.cpr else []) + [("Henvist af", f"{c.sender}, {c.cw['name']}")])]
    if not c.goal_none:
        b += [("h", "B. Formål og delmål"), ("p", goal(c))]
    ml = mentor_lines(c, "lines")
    b += [("h", "C. Mentor"), ("lines", ml if ml else ["—"])]
    if not c.tasks_none:
        b.append(("h", "D. Aftalte opgaver"))
        b.append(("p", "Udfyldes senere") if c.tasks_ph else ("ol", [t[0].upper() + t[1:] for t in tasks(c)]))
    if not c.period_none:
        if c.period_override is None:
            b += [("h", "E. Tidsramme"), ("kv", [("Start", fd(c.start, "dots")), ("Slut", fd(c.end, "dots"))])]
        else:
            b += [("h", "E. Tidsramme"), ("p", c.period_override)]
    if not c.hours_none:
        b += [("h", "F. Timeforbrug"), ("p", c.hours)]
    if not c.fu_none:
        b += [("h", "G. Status og opfølgning"), ("p", followup(c))]
    if c.appeal:
        b += [("h", "H. Klagevejledning"), ("p", c.appeal)]
    b.append(("table", None, [["Deltager", "Mentor"], ["", ""]]))
    return b


# =========================================================================== decision letters
DEC_TITLES = {
    "g1": {"grant": "Afgørelse om mentorstøtte", "partial": "Afgørelse om mentorstøtte – delvis bevilling",
           "refusal": "Afgørelse – afslag på mentorstøtte", "extension": "Afgørelse om forlængelse af mentorstøtte",
           "end": "Afgørelse om ophør af mentorstøtte"},
    "g2": {"grant": "Bevilling af mentorstøtte", "partial": "Delvis bevilling af mentorstøtte",
           "refusal": "Afslag på ansøgning om mentorstøtte", "extension": "Forlængelse af mentorstøtte",
           "end": "Ophør af mentorstøtte"},
    "g3": {"grant": "Afgørelse: Du får mentorstøtte", "partial": "Afgørelse: Du får mentorstøtte, men færre timer end du søgte",
           "refusal": "Afgørelse: Du får ikke mentorstøtte", "extension": "Afgørelse: Din mentorstøtte forlænges",
           "end": "Afgørelse: Din mentorstøtte stopper"},
}


def decision_core(c, sub, subj="2nd"):
    """(decision sentences, reasons sentences)."""
    per = c.period_override if c.period_override is not None else f"fra {fd(c.start, c.pstyle or 'long')} til {fd(c.end, c.pstyle or 'long')}"
    law = c.law if not c.udskriv else c.law.replace("stk. 1", "stk. 2")
    if sub == "grant":
        dec = [f"Du får bevilget mentorstøtte efter {law} i perioden {per}." if c.period_override is None else
               f"Du får bevilget mentorstøtte efter {law} – {per}.",
               f"Din mentor bliver {c.mname} fra {c.org}, og støtten er på {c.hours}." + (c.period_note or "")]
        rea = [f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre dit forløb hos {c.work}, "
               f"og at mentorstøtten skal føre frem mod job eller uddannelse."]
    elif sub == "partial":
        dec = [f"Du søgte om mentorstøtte i 12 måneder med 6 timer om ugen. Du får bevilget mentorstøtte {per} med {c.hours}."]
        rea = [f"Mentorstøtte kan efter {c.law} gives i højst 6 måneder ad gangen. Vi har desuden vurderet, at "
               f"{c.hours} er nok til at dække dit behov, fordi du allerede har en fast kontaktperson på {c.work}. "
               f"Vi har lagt vægt på oplysningerne fra dit opfølgningsmøde."]
    elif sub == "refusal":
        dec = ["Du får afslag på din ansøgning om mentorstøtte."]
        rea = [f"Vi har lagt vægt på, at du allerede får specialpædagogisk støtte (SPS) fra {c.school}, som dækker "
               f"det samme behov, og at mentorstøtte efter {c.law} ikke kan gives til opgaver, som uddannelsesstedet "
               f"normalt selv løser."]
    elif sub == "extension":
        dec = [f"Din mentorstøtte forlænges i en ny periode {per}." if c.period_override is None else
               f"Din mentorstøtte forlænges – {per}.",
               f"Du fortsætter med {c.mname} som mentor med {c.hours}."]
        rea = [f"Vi har foretaget en konkret vurdering ved periodens udløb, jf. {c.law}, 2. pkt. Du er kommet i gang "
               f"hos {c.work}, men har stadig brug for støtte til at holde fremmødet."]
    elif sub == "end":
        stop = add_months(D(c.date.year, c.date.month, 1), 1) - dt.timedelta(days=1)
        if (stop - c.date).days < 10:
            stop = add_months(D(c.date.year, c.date.month, 1), 2) - dt.timedelta(days=1)
        dec = [f"Din mentorstøtte ophører pr. {fd(stop, 'long')}.",
               "Du har tidligere haft mentorstøtte i to perioder på i alt 12 måneder."]
        rea = [f"Du er nu ansat på ordinære vilkår hos {c.work} og har ikke længere brug for mentorstøtte. Vi har "
               f"lagt vægt på din og mentorens status fra {fd(c.date - dt.timedelta(days=9), 'long')}."]
    else:
        raise ValueError(sub)
    return dec, rea


def fam_decision(c, rng, sub, style):
    era = c.era
    title = DEC_TITLES[era][sub]
    if style == "prose":
        title = DEC_TITLES["g2"][sub]
    b = [("lines", letterhead(c)), ("lines", citizen_block(c)),
         ("p", f"Dato: {fd(c.date, 'long')}" + (f"   Sagsnr. {c.caseno}" if style != "g3" else ""))]
    if c.cpr:
        b.append(("p", f"CPR-nr.: {c.cpr}"))
    b.append(("title", title))
    b.append(("p", f"Kære {c.first}" if style != "g1" else f"Kære {c.name}"))
    dec, rea = decision_core(c, sub)
    if style == "g1":
        b += [("h", "Afgørelse"), ("p", " ".join(dec))]
        if not c.no_reasons:
            b += [("h", "Begrundelse"), ("p", " ".join(rea))]
        if not c.no_reasons:
            b.append(("p", "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 31 b."))
        if c.appeal:
            b += [("h", "Klagevejledning"), ("p", c.appeal)]
    elif style == "g2":
        b += [("bh", {"grant": "Du får mentorstøtte", "partial": "Du får delvis mentorstøtte", "refusal": "Vi har givet dig afslag",
                      "extension": "Du får forlænget din mentorstøtte", "end": "Din mentorstøtte ophører"}[sub]),
              ("p", " ".join(dec))]
        if not c.no_reasons:
            b += [("bh", "Hvorfor har vi truffet denne afgørelse?"), ("p", " ".join(rea))]
        if not c.no_reasons:
            b += [("bh", "Regler"), ("p", "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats §§ 167-168 "
                                           "og bekendtgørelse om en aktiv beskæftigelsesindsats kapitel 17.")]
        if c.appeal:
            b += [("bh", "Klagevejledning"), ("p", c.appeal)]
    elif style == "g3":
        b += [("h", "Det har vi besluttet"), ("p", " ".join(dec))]
        if not c.no_reasons:
            b += [("h", "Derfor"), ("p", " ".join(rea))]
        if not c.no_reasons:
            b += [("h", "Reglerne"), ("p", f"Lov om en aktiv beskæftigelsesindsats § 167 og § 168. Du kan læse loven på retsinformation.dk.")]
        if c.appeal:
            b += [("h", "Sådan klager du"), ("p", c.appeal)]
        b.append(("p", "Aftalen om mentorstøtten (mål, opgaver og opfølgning) laver du med din mentor ved det første møde."
                  if sub in ("grant", "extension", "partial") else "Har du spørgsmål, er du velkommen til at kontakte mig."))
    else:  # prose
        b.append(("p", " ".join(dec) + ("" if c.no_reasons else " " + " ".join(rea))))
        if not c.no_reasons:
            b.append(("p", f"Afgørelsen er truffet efter {c.law} i lov om en aktiv beskæftigelsesindsats."))
        if c.appeal:
            b.append(("p", c.appeal))
    b += [("p", "Med venlig hilsen"), ("lines", [c.cw['name'], c.cw['title'], f"Tlf. {c.cw['phone']}"])]
    return b


# =========================================================================== Min Plan
def cap(x):
    return x[0].upper() + x[1:] if x else x


def minplan_mentor_kv(c, labels):
    kv = []
    if not c.goal_none:
        kv.append((labels[0], goal(c) if c.goal_override is None or c.goal_override else ""))
    mode = c.mentor_mode or "full"
    kv.append((labels[1], {"full": f"{c.mname}, {c.org}, tlf. {c.mphone}", "nameonly": f"{c.mname}, {c.org}",
                           "orgphone": f"{c.org}, tlf. {c.mphone}", "placeholder": "Mentor tildeles"}[mode]))
    if not c.tasks_none:
        kv.append((labels[2], "Udfyldes senere" if c.tasks_ph else cap("; ".join(tasks(c)))))
    if not c.period_none:
        kv.append((labels[3], period(c, c.pstyle or "dots", " - ")))
    if not c.hours_none:
        kv.append((labels[4], c.hours))
    return kv


def fam_minplan_print(c, rng):
    """Case system print of Min Plan: the citizen's overall goal, then activity cards."""
    other_start = c.start - dt.timedelta(days=rng.randint(10, 40))
    b = [("lines", [c.sender, "Udskrift af Min Plan", f"Udskrevet {fd(c.date, 'dots')}"]),
         ("title", f"Min Plan – {c.name}")]
    if c.cpr:
        b.append(("p", f"CPR-nr. {c.cpr}"))
    b += [("p", f"Min jobplan: Jeg vil gerne arbejde inden for {rng.choice(['lager og logistik', 'detailhandel', 'pleje og omsorg', 'byggeri'])}."),
          ("h", "Mine indsatser"),
          ("h", "Forberedende grunduddannelse (FGU) – Aktiv"),
          ("kv", [("Sted", "FGU Vesterå, Værkstedsvej 2"), ("Start", fd(other_start, "dots")),
                  ("Slut", fd(add_months(other_start, 12), "dots")), ("Kontaktperson", f"Lærer Bo Viborg, tlf. 72 88 10 10")]),
          ("h", f"Mentorstøtte ({'§ 31 b' if c.era == 'g1' else '§ 167'}) – Aktiv"),
          ("kv", minplan_mentor_kv(c, ["Formål", "Mentor", "Mentorens opgaver", "Periode", "Timer pr. uge"]))]
    b.append(("p", f"Planen er gennemgået med {c.cw['name']}, {c.sender}."))
    return b


def fam_minplan_web(c, rng):
    """The citizen's Min Plan page (html), mentor card only."""
    b = [("title", "Min Plan"), ("p", f"Logget ind som {c.name}"),
         ("h", "Mentorstøtte"),
         ("kv", minplan_mentor_kv(c, ["Målet med mentorstøtten", "Din mentor", "Det hjælper mentoren dig med",
                                       "Varighed", "Timetal"])),
         ("p", f"Senest opdateret af {c.cw['name']} {fd(c.date, 'dots')}.")]
    if c.cpr:
        b.insert(2, ("p", f"CPR {c.cpr}"))
    return b


def fam_minplan_dense(c, rng):
    """Plain-text export: one dense paragraph per activity."""
    parts = []
    if not c.goal_none:
        parts.append(f"Formålet med mentorstøtten er: {goal(c)}")
    mode = c.mentor_mode or "full"
    parts.append({"full": f"Mentor er {c.mname}, {c.org}, tlf. {c.mphone}.",
                  "nameonly": f"Mentor er {c.mname}, {c.org}.",
                  "orgphone": f"Mentor kommer fra {c.org}, tlf. {c.mphone}.",
                  "placeholder": "Mentor er endnu ikke fundet."}[mode])
    if not c.tasks_none:
        parts.append("Mentoren skal " + ", ".join(tasks(c)) + "." if not c.tasks_ph else "Mentorens opgaver: udfyldes senere.")
    if not c.period_none:
        parts.append(f"Mentorstøtten gives {c.period_override}." if c.period_override is not None else
                     f"Mentorstøtten gives i perioden {fd(c.start, c.pstyle or 'short')}-{fd(c.end, c.pstyle or 'short')}.")
    if not c.hours_none:
        parts.append(f"Timetal: {c.hours}.")
    b = [("p", f"MIN PLAN – {c.sender.upper()}"),
         ("p", f"Borger: {c.name}" + (f"   CPR: {c.cpr}" if c.cpr else "")),
         ("p", f"Indsats: Mentorstøtte efter {c.law}"),
         ("p", " ".join(parts)),
         ("p", f"Indtastet af {c.cw['name']} {fd(c.date, 'dots')}")]
    return b


def fam_minplan_docx(c, rng):
    b = [("lines", [c.sender, c.cw['team']]),
         ("title", "Min Plan – mentorstøtte"),
         ("kv", [("Borger", c.name)] + ([("CPR-nr.", c.cpr)] if c.cpr else []) + [("Dato", fd(c.date, "long"))]),
         ("p", f"Dette er dit punkt i Min Plan om mentorstøtte efter {c.law}."),
         ("table", ["Punkt", "Indhold"], [list(x) for x in minplan_mentor_kv(
             c, ["Mål", "Mentor og kontakt", "Opgaver", "Periode", "Timer"])])]
    return b


# =========================================================================== non-kind documents
def u_status_kompas(c, rng):
    return [("lines", ["KOMPAS MENTOR ApS", PROVIDERS['kompas']['addr']]),
            ("title", "Statusrapport – mentorforløb"),
            ("kv", [("Deltager", c.name), ("Mentor", c.mname), ("Rapportperiode", period(c, "dots", " – ")),
                    ("Til", f"{c.cw['name']}, {c.sender}")]),
            ("h", "Fremmøde og samarbejde"),
            ("p", f"{c.first} har mødt op til 11 af 12 aftalte møder. Samarbejdet er godt, og {c.first} tager selv "
                  f"kontakt, når noget er svært."),
            ("h", "Progression i forhold til målet"),
            ("p", f"{c.first} er nu i praktik hos {c.work} 15 timer om ugen og kommer til tiden. Næste skridt er "
                  f"at udvide til 20 timer."),
            ("h", "Forbrugte timer"), ("p", "Der er brugt 34 af 39 bevilgede timer."),
            ("h", "Anbefaling"), ("p", "Vi anbefaler, at forløbet afsluttes som planlagt."),
            ("p", f"Med venlig hilsen {c.mname}, mentor")]


def u_invoice(c, rng, who="kompas"):
    p = PROVIDERS[who]
    rows = []
    tot = 0
    for i in range(3):
        m = add_months(c.start, i)
        h = rng.randint(8, 14)
        tot += h * 475
        rows.append([f"Mentortimer {MONTHS[m.month - 1]} {m.year}", f"{h}", "475,00", f"{h * 475:,}".replace(",", ".") + ",00"])
    return [("lines", [p['org'], p['addr'], f"CVR {rng.randint(30000000, 44999999)}"]),
            ("title", f"Faktura nr. {rng.randint(2000, 9999)}"),
            ("lines", [f"{c.sender}", "Att.: Økonomi / mentorbevillinger", "EAN 5798005123456"]),
            ("kv", [("Fakturadato", fd(add_months(c.start, 3), "dots")), ("Deltager (initialer)", c.first[0] + c.last[0]),
                    ("Jeres ref.", c.cw['name']), ("Betalingsbetingelser", "Netto 30 dage")]),
            ("table", ["Ydelse", "Timer", "Pris pr. time", "Beløb"], rows),
            ("p", f"I alt ekskl. moms: {tot:,}".replace(",", ".") + ",00 kr. Momsfritaget efter momslovens § 13."),
            ("p", f"Beløbet bedes indbetalt på reg. 7150 konto 0001234567.")]


def u_minutes(c, rng):
    return [("title", "Referat af teammøde – Team Job og Helbred"),
            ("kv", [("Dato", fd(c.date, "long")), ("Til stede", "Birgitte Holm, Lone Friis, Jens Thorup, Kasper Lund (ref.)"),
                    ("Afbud", "Mette Søgaard")]),
            ("h", "1. Nyt fra ledelsen"), ("p", "Budgetloftet for mentorstøtte gælder fra 1. januar. Alle nye bevillinger skal forbi teamleder."),
            ("h", "2. Mentoraftaler"),
            ("p", "Vi gennemgik tre aftaler fra Kompas. Husk at aftalen skal have mål, mentor med kontaktdata, opgaver, "
                  "periode, timetal, opfølgning og klagevejledning. Perioden må højst være 6 måneder ad gangen."),
            ("h", "3. Sager til drøftelse"), ("p", "To borgere på venteliste til JobVejen. Lone tager kontakt til leverandøren."),
            ("h", "4. Eventuelt"), ("p", "Julefrokost fredag i uge 49.")]


def u_guidance(c, rng):
    return [("title", "Sådan laver du en god mentoraftale"),
            ("p", "Vejledning til medarbejdere i Beskæftigelse og Uddannelse, Vesterå Kommune. Version 3, 2024."),
            ("h", "Hvad skal aftalen indeholde?"),
            ("ol", ["Målet med mentorstøtten – et job- eller uddannelsesmål, der kan følges op på.",
                    "Mentorens navn og kontaktdata (telefon eller e-mail).",
                    "Hvilke opgaver mentoren skal bistå ved.",
                    "Varigheden af aftalen (højst 6 måneder ad gangen) og opfølgning med delmål for progression.",
                    "Timetallet pr. uge.",
                    "Klagevejledning: borgeren klager til kommunen inden 4 uger; fastholdes afgørelsen, sendes klagen til Ankestyrelsen."]),
            ("h", "Gode råd"),
            ("ul", ["Skriv målet som den tilstand borgeren skal nå, ikke som en aktivitet.",
                    "Undgå 'støtte til' og 'sikre at' i målet.",
                    "Aftal evaluering senest 14 dage før periodens udløb."]),
            ("p", "Spørgsmål til vejledningen: kvalitetsteamet, kvalitet@vesteraa.dk")]


def u_club(c, rng):
    return [("title", "Mentoraftale – Vesterå IF Fodbold"),
            ("p", "Ungdomsafdelingens mentorordning for spillere i U17 og U19. Aftalen er frivillig og indgås mellem "
                  "spiller, forældre og klubbens frivillige mentor."),
            ("kv", [("Spiller", f"{c.first} (U17)"), ("Mentor", "Frivillig træner Per Holm, tlf. 22 41 90 13"),
                    ("Formål", "At spilleren trives i klubben og får hjælp til lektier og skolestart."),
                    ("Periode", "Sæsonen 2025/26 (august – juni)"), ("Møder", "Efter træning tirsdag, ca. 1 time")]),
            ("p", "Klubben er ikke en del af kommunen, og aftalen er ikke en bevilling. Ved spørgsmål: ungdomsformand Lise Krog."),
            ("table", None, [["Spiller", "Forælder", "Mentor"], ["", "", ""]])]


def u_meeting_mail(c):
    return (f"Hej {c.first}\n\nJeg vil gerne invitere dig til et opstartsmøde om din mentorstøtte "
            f"{fd(c.date + dt.timedelta(days=8), 'den')} kl. 10.00 i Jobcentret, Rådhustorvet 3, mødelokale 2.\n"
            f"{c.mname} fra {c.org} deltager også. På mødet laver vi aftalen om mål, opgaver og opfølgning sammen.\n\n"
            f"Giv gerne besked, hvis tidspunktet ikke passer.\n\nVenlig hilsen\n{c.cw['name']}\n{c.cw['title']}, {c.sender}\n"
            f"Tlf. {c.cw['phone']}\n")


def u_ankestyrelsen(c, rng):
    return [("lines", ["Ankestyrelsen", "Teglholmsgade 3", "2450 København SV"]),
            ("lines", citizen_block(c)),
            ("p", f"Dato: {fd(c.date, 'long')}   J.nr. {rng.randint(23, 25)}-{rng.randint(10000, 99999)}"),
            ("title", "Ankestyrelsens afgørelse"),
            ("p", f"Du har klaget over {c.sender}s afgørelse af {fd(c.date - dt.timedelta(days=70), 'long')} om mentorstøtte."),
            ("p", f"CPR-nr. {c.cpr}") if c.cpr else ("p", ""),
            ("h", "Resultat"),
            ("p", "Ankestyrelsen er enig i kommunens afgørelse. Det betyder, at du ikke får mentorstøtte i en ny periode."),
            ("h", "Begrundelse"),
            ("p", "Mentorstøtte gives i en periode på højst 6 måneder. En ny periode forudsætter en konkret vurdering af, "
                  "at støtten fortsat er nødvendig for at du kan opnå eller fastholde job eller uddannelse. Vi har lagt "
                  "vægt på, at du nu er i ordinær beskæftigelse og selv møder stabilt."),
            ("h", "Klagemulighed"),
            ("p", "Du kan ikke klage over Ankestyrelsens afgørelse til en anden administrativ myndighed. Du kan indbringe "
                  "afgørelsen for domstolene inden 6 måneder.")]


def u_genvurdering(c, rng):
    return [("lines", letterhead(c)), ("lines", citizen_block(c)),
            ("p", f"Dato: {fd(c.date, 'long')}"),
            ("title", "Genvurdering af din klage – afgørelsen fastholdes"),
            ("p", f"Kære {c.first}") ] + ([("p", f"CPR-nr.: {c.cpr}")] if c.cpr else []) + [
            ("p", f"Vi har modtaget din klage over vores afgørelse af {fd(c.date - dt.timedelta(days=21), 'long')} om afslag på "
                  f"mentorstøtte. Vi har genvurderet afgørelsen, men fastholder den."),
            ("p", "Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, som vil behandle klagen. "
                  "Du hører fra Ankestyrelsen."),
            ("p", "Med venlig hilsen"), ("lines", [c.cw['name'], c.sender])]


def u_partshoring(c, rng):
    return [("lines", letterhead(c)), ("lines", citizen_block(c)),
            ("p", f"{fd(c.date, 'long')}") ] + ([("p", f"Cpr.nr. {c.cpr}")] if c.cpr else []) + [
            ("title", "Partshøring – vi overvejer at give afslag på mentorstøtte"),
            ("p", f"Kære {c.first}"),
            ("p", "Inden vi træffer afgørelse om din ansøgning om mentorstøtte, vil vi give dig mulighed for at komme med "
                  "bemærkninger til de oplysninger, vi lægger vægt på."),
            ("p", f"Vi har fået oplyst af {c.school}, at du har en studievejleder og SPS-støtte to timer om ugen. Vi overvejer "
                  f"derfor at give afslag, fordi behovet ser ud til at være dækket."),
            ("p", f"Du har 14 dage til at svare, dvs. senest {fd(c.date + dt.timedelta(days=14), 'long')}. Hører vi ikke fra dig, "
                  f"træffer vi afgørelse på det foreliggende grundlag."),
            ("p", "Venlig hilsen"), ("lines", [c.cw['name'], f"Tlf. {c.cw['phone']}"])]


def u_bestilling(c, rng):
    return [("lines", letterhead(c)),
            ("title", "Bestilling af mentorforløb"),
            ("kv", [("Leverandør", c.org), ("Borger", c.name), ("Ønsket opstart", fd(c.start, "dots")),
                    ("Bevilget ramme", f"{c.hours}, 6 måneder"), ("Bestiller", f"{c.cw['name']}, tlf. {c.cw['phone']}")]),
            ("p", f"Vi beder jer kontakte borgeren inden 5 hverdage og sende den underskrevne mentoraftale til os inden "
                  f"første faktura. Fokus: fremmøde i praktik hos {c.work}."),
            ("p", "Rammeaftale 2022-2025, delaftale 2 (mentorstøtte).")]


def u_checklist(c, rng):
    return [("title", "Stikprøvekontrol af mentorsager 2026 – tjekliste"),
            ("p", "Kvalitetsteamet, Beskæftigelse og Uddannelse. Udtræk: 100 sager, 2018-2026."),
            ("table", ["Punkt", "Krav", "Kilde"],
             [["1", "Mål med mentorstøtten (job/uddannelse)", "BAB § 52 / STAR-vejledning"],
              ["2", "Mentorens navn og kontaktdata", "BAB § 52"],
              ["3", "Mentorens opgaver", "BAB § 52"],
              ["4", "Varighed (højst 6 mdr.) og opfølgning", "LAB § 167, stk. 1"],
              ["5", "Timetal pr. uge", "BAB § 52"],
              ["6", "Klagevejledning (kommunen, 4 uger)", "FVL § 25, RSL § 67"]]),
            ("p", "Hver sag scores 0/1 pr. punkt. Resultater afleveres til chefgruppen i december.")]


def u_journal(c, rng):
    return (f"JOURNALNOTAT\n\nSag: {c.caseno}\nBorger: {c.name}" + (f", cpr {c.cpr}" if c.cpr else "") +
            f"\nDato: {fd(c.date, 'dots')}\nNotat ved: {c.cw['name']}\n\n"
            f"Telefonsamtale med {c.mname} ({c.org}). {c.first} har ikke mødt op de sidste to gange. "
            f"Mentor forsøger at ringe igen i morgen. Jeg indkalder {c.first} til samtale i næste uge.\n\n"
            f"Aftalt: mentor giver besked fredag, om kontakten er genoprettet.\n")


def u_kvittering(c, rng):
    return [("lines", [c.sender]), ("title", "Kvittering for modtaget ansøgning"),
            ("p", f"Kære {c.first}") ] + ([("p", f"CPR: {c.cpr}")] if c.cpr else []) + [
            ("p", f"Vi har {fd(c.date, 'den')} modtaget din ansøgning om mentorstøtte. Vi forventer at kunne "
                  f"træffe afgørelse inden for 4 uger. Du får svar i Digital Post."),
            ("p", "Dette brev er ikke en afgørelse."), ("p", f"Venlig hilsen {c.sender}")]


def u_dp_notice(c):
    return (f"Kære {c.first}\n\nDu har fået ny post fra {c.sender} i Digital Post.\n\n"
            f"Emne: Afgørelse om mentorstøtte\n\nLog ind på borger.dk eller i Digital Post-appen for at læse brevet.\n\n"
            f"Dette er en automatisk besked. Du kan ikke svare på denne e-mail.\n")


def u_archive_cover(rng):
    return ("UDTRÆK TIL KVALITETSGENNEMGANG\n\nBestilt af: Kvalitetsteamet\nUdtrukket: 24.11.2026\n"
            "Omfang: tilfældig stikprøve af mentorsager 2018-2026 (ESDH + scannede papirakter)\n\n"
            "Indhold pr. sag: aftale, afgørelse, Min Plan-udskrift, korrespondance med leverandør.\n"
            "Papirakter fra 2018-2019 er scannet i 300 dpi og tekstgenkendt.\n\n"
            "Bemærk: Udtrækket indeholder personoplysninger og må kun bruges til kvalitetsgennemgangen.\n"
            "Slettes senest 31.03.2027.\n")


def u_timesheet_broen(c, rng):
    rows = []
    d = c.start
    for i in range(6):
        rows.append(("Uge " + str((d + dt.timedelta(weeks=i)).isocalendar()[1]),
                     Hand(f"{rng.choice([1.5, 2, 2, 3])} t  {rng.choice(['ok', 'mødt', 'aflyst - syg', 'ok'])}")))
    return [("p", "BROEN · socialøkonomisk virksomhed"),
            ("title", "Timeregistrering – mentor"),
            ("kv", [("Deltager", Hand(c.first + " " + c.last[0] + ".")), ("Mentor", Hand(c.mfirst))] + rows),
            ("p", "Afleveres til bogholderiet den sidste fredag i måneden.")]


# =========================================================================== the sample
def A(n, fam, fmt, date, cw, prov, defects=(), cpr=False, **o):
    return dict(n=n, kind="agreement", subtype="agreement", fam=fam, fmt=fmt, date=date, cw=cw, prov=prov,
                defects=list(defects), cpr=cpr, **o)


def Dc(n, sub, style, fmt, date, cw, prov, defects=(), cpr=False, **o):
    return dict(n=n, kind="decision", subtype=sub, fam="decision", style=style, fmt=fmt, date=date, cw=cw,
                prov=prov, defects=list(defects), cpr=cpr, **o)


def M(n, fam, fmt, date, cw, prov, defects=(), cpr=False, **o):
    return dict(n=n, kind="minplan", subtype="minplan", fam=fam, fmt=fmt, date=date, cw=cw, prov=prov,
                defects=list(defects), cpr=cpr, **o)


def U(n, fam, fmt, date, cw, prov, cpr=False, **o):
    return dict(n=n, kind="unknown", subtype=fam, fam=fam, fmt=fmt, date=date, cw=cw, prov=prov, defects=[],
                cpr=cpr, **o)


SPECS = [
    # ---------------------------------------------------------------- agreements (40)
    A(1, "g1_numbered", "rtf", D(2018, 3, 12), "jens", "kompas", cpr=True),
    A(2, "g1_numbered", "docx", D(2018, 9, 4), "lone", "intern", ["over6:len9"]),
    A(3, "g1_numbered", "odt", D(2019, 5, 20), "jens", "jobvejen", ["hours-absent"]),
    A(4, "g1_paperform", "scan", D(2019, 2, 11), "jens", "broen", cpr=True),
    A(5, "g1_paperform", "scan", D(2018, 11, 26), "lone", "kompas", ["followup-vague"]),
    A(6, "g2_table", "docx", D(2020, 2, 17), "mette", "jobvejen"),
    A(7, "g2_table", "pdfso", D(2021, 6, 8), "mette", "kompas", ["goal-unclear"]),
    A(8, "g2_table", "odt", D(2022, 1, 19), "lone", "intern", cpr=True),
    A(9, "g2_copied", "docx", D(2021, 3, 2), "kasper", "kompas", ["over6:range12"]),
    A(10, "g2_copied", "docx", D(2022, 8, 15), "kasper", "jobvejen", ["goal-placeholder", "hours-placeholder"], cpr=True),
    A(11, "g2_copied", "pdfso", D(2023, 4, 3), "kasper", "kompas", ["mentor-nocontact"]),
    A(12, "g2_copied", "odt", D(2020, 10, 5), "kasper", "broen", ["appeal-other"]),
    A(13, "g3_sections", "docx", D(2024, 2, 5), "lone", "kompas"),
    A(14, "g3_sections", "html", D(2025, 4, 22), "lone", "jobvejen", ["followup-absent"]),
    A(15, "g3_sections", "pdf", D(2026, 3, 9), "mette", "intern", cpr=True),
    A(16, "g3_sections", "docx", D(2026, 5, 18), "lone", "intern", udskriv=8),
    A(17, "g3_sections", "html", D(2024, 10, 14), "mette", "kompas", ["tasks-absent"]),
    A(18, "prose", "docx", D(2019, 8, 27), "birgitte", "kompas"),
    A(19, "prose", "docx", D(2022, 3, 14), "birgitte", "broen", ["hours-vague"]),
    A(20, "prose", "pdf", D(2024, 6, 3), "birgitte", "jobvejen", ["goal-unclear", "followup-vague"]),
    A(21, "prose", "eml", D(2025, 9, 1), "birgitte", "kompas"),
    A(22, "prose", "txt", D(2021, 11, 8), "birgitte", "intern", ["appeal-short"]),
    A(23, "terse", "txt", D(2020, 8, 24), "ali", "jobvejen"),
    A(24, "terse", "eml", D(2023, 1, 9), "ali", "jobvejen", ["over6:weeks"], cpr=True),
    A(25, "terse", "md", D(2025, 2, 24), "ali", "kompas", ["duration-vague"]),
    A(26, "terse", "txt", D(2022, 5, 30), "ali", "broen", ["goal-absent"]),
    A(27, "kompas", "docx", D(2020, 5, 11), "lone", "kompas"),
    A(28, "kompas", "pdf", D(2022, 9, 12), "mette", "kompas", ["appeal-absent"]),
    A(29, "kompas", "docx", D(2024, 3, 4), "kasper", "kompas", ["over6:range9"]),
    A(30, "kompas", "pdf", D(2025, 11, 10), "lone", "kompas", cpr=True),
    A(31, "broen", "scan", D(2021, 4, 19), "jens", "broen", ["appeal-absent", "hours-vague"]),
    A(32, "broen", "scan", D(2023, 6, 12), "mette", "broen", cpr=True, appeal_box=True),
    A(33, "broen", "scan", D(2025, 1, 27), "lone", "broen", ["appeal-absent"], cpr=True),
    A(34, "jobvejen", "pdf", D(2021, 9, 6), "mette", "jobvejen"),
    A(35, "jobvejen", "pdf", D(2023, 10, 2), "ali", "jobvejen", ["goal-unclear"]),
    A(36, "jobvejen", "pdf", D(2026, 4, 13), "lone", "jobvejen", ["hours-absent", "followup-vague"]),
    A(37, "g2_table", "rtf", D(2020, 1, 20), "jens", "kompas", ["appeal-wrongroute"]),
    A(38, "g3_sections", "pdf", D(2025, 7, 7), "mette", "jobvejen", weeks26=True),
    A(39, "g2_table", "docx", D(2023, 8, 21), "mette", "kompas", cpr=True, start=D(2023, 8, 31), end=D(2024, 2, 29)),
    A(40, "prose", "eml", D(2026, 2, 16), "birgitte", "intern", ["over6:udskriv11"], udskriv=11),
    A(41, "g1_numbered", "docx", D(2019, 11, 11), "lone", "broen", ["mentor-noname"]),
    A(42, "kompas", "odt", D(2023, 6, 26), "kasper", "kompas", ["tasks-placeholder", "over6:startplus8"]),
    # ---------------------------------------------------------------- decisions (22)
    Dc(1, "grant", "g1", "rtf", D(2018, 4, 9), "jens", "kompas", cpr=True),
    Dc(2, "refusal", "g1", "docx", D(2019, 3, 18), "lone", "intern", ["no-reasons", "appeal-absent"]),
    Dc(3, "grant", "g1", "docx", D(2019, 8, 12), "jens", "jobvejen", ["over6:len_year"]),
    Dc(4, "grant", "g2", "docx", D(2020, 3, 23), "mette", "jobvejen"),
    Dc(5, "partial", "g2", "pdf", D(2021, 2, 8), "lone", "kompas", cpr=True),
    Dc(6, "extension", "g2", "pdf", D(2022, 6, 20), "mette", "broen"),
    Dc(7, "end", "g2", "docx", D(2022, 11, 28), "kasper", "kompas", ["appeal-absent"]),
    Dc(8, "refusal", "g2", "pdfso", D(2023, 2, 13), "lone", "intern", ["appeal-short"]),
    Dc(9, "grant", "g2", "docx", D(2021, 1, 25), "kasper", "kompas", ["over6:range10"], cpr=True, pstyle="slashdash"),
    Dc(10, "grant", "g2", "rtf", D(2020, 6, 29), "jens", "jobvejen", ["appeal-wrongroute"]),
    Dc(11, "grant", "g3", "html", D(2024, 4, 15), "lone", "kompas", cpr=True),
    Dc(12, "partial", "g3", "html", D(2025, 3, 10), "mette", "jobvejen", ["no-reasons", "appeal-bodyonly"]),
    Dc(13, "grant", "g3", "pdf", D(2026, 2, 23), "lone", "intern", ["over6:range10"]),
    Dc(14, "extension", "g3", "pdf", D(2026, 6, 8), "mette", "kompas", ["over6:startplus8"], cpr=True),
    Dc(15, "refusal", "g3", "html", D(2026, 9, 14), "lone", "jobvejen"),
    Dc(16, "grant", "prose", "docx", D(2020, 9, 7), "birgitte", "kompas", ["appeal-absent"]),
    Dc(17, "end", "prose", "odt", D(2023, 5, 15), "birgitte", "broen"),
    Dc(18, "grant", "prose", "eml", D(2025, 6, 23), "birgitte", "intern", ["appeal-deadlineonly"]),
    Dc(19, "grant", "g2", "docx", D(2023, 9, 4), "kasper", "jobvejen", ["appeal-other"]),
    Dc(20, "partial", "g3", "pdf", D(2024, 9, 30), "mette", "kompas"),
    Dc(21, "extension", "g1", "rtf", D(2019, 10, 21), "jens", "broen", ["over6:weeks40"]),
    Dc(22, "grant", "g2", "pdf", D(2022, 3, 28), "lone", "intern", udskriv=9),
    # ---------------------------------------------------------------- Min Plan (18)
    M(1, "minplan_print", "pdf", D(2020, 4, 6), "mette", "jobvejen"),
    M(2, "minplan_print", "pdf", D(2021, 10, 11), "lone", "kompas", ["hours-absent"], cpr=True),
    M(3, "minplan_print", "pdf", D(2023, 3, 20), "kasper", "kompas", ["over6:range9"]),
    M(4, "minplan_print", "pdf", D(2024, 5, 13), "mette", "intern", cpr=True),
    M(5, "minplan_print", "pdf", D(2025, 8, 18), "ali", "jobvejen", ["mentor-nocontact"]),
    M(6, "minplan_web", "html", D(2024, 1, 15), "lone", "kompas"),
    M(7, "minplan_web", "html", D(2025, 5, 5), "mette", "jobvejen", ["goal-unclear"]),
    M(8, "minplan_web", "html", D(2026, 3, 2), "lone", "intern"),
    M(9, "minplan_web", "html", D(2026, 8, 10), "ali", "kompas", ["tasks-absent"], cpr=True),
    M(10, "minplan_web", "html", D(2022, 4, 25), "mette", "broen", ["duration-vague"]),
    M(11, "minplan_dense", "txt", D(2019, 6, 3), "jens", "kompas"),
    M(12, "minplan_dense", "txt", D(2021, 5, 17), "ali", "jobvejen", ["goal-unclear", "hours-vague"]),
    M(13, "minplan_dense", "txt", D(2022, 10, 24), "kasper", "kompas", ["goal-absent"]),
    M(14, "minplan_dense", "txt", D(2023, 11, 27), "lone", "intern", cpr=True),
    M(15, "minplan_docx", "docx", D(2020, 11, 16), "kasper", "jobvejen", ["over6:len_year"]),
    M(16, "minplan_docx", "docx", D(2024, 8, 26), "mette", "kompas"),
    M(17, "minplan_docx", "md", D(2025, 10, 6), "ali", "broen", ["mentor-placeholder"]),
    M(18, "minplan_web", "html", D(2023, 7, 3), "lone", "kompas"),
    # ---------------------------------------------------------------- non-kind documents (17)
    U(1, "statusrapport", "docx", D(2022, 5, 2), "lone", "kompas"),
    U(2, "faktura", "pdf", D(2021, 7, 1), "mette", "kompas"),
    U(3, "faktura", "pdf", D(2024, 11, 4), "ali", "jobvejen"),
    U(4, "timeregistrering", "scan", D(2023, 9, 25), "mette", "broen"),
    U(5, "referat", "docx", D(2025, 12, 1), "kasper", "kompas"),
    U(6, "vejledning", "html", D(2024, 1, 8), "lone", "intern"),
    U(7, "privat-mentoraftale", "pdf", D(2025, 8, 11), "ali", "kompas"),
    U(8, "moedeindkaldelse", "eml", D(2024, 3, 18), "ali", "jobvejen"),
    U(9, "ankestyrelsen", "pdf", D(2023, 12, 4), "jens", "kompas", cpr=True),
    U(10, "genvurdering", "docx", D(2022, 7, 11), "kasper", "intern", cpr=True),
    U(11, "partshoering", "docx", D(2025, 10, 20), "mette", "kompas", cpr=True),
    U(12, "bestilling", "pdf", D(2021, 8, 16), "lone", "jobvejen"),
    U(13, "tjekliste", "md", D(2026, 11, 20), "lone", "intern"),
    U(14, "journalnotat", "txt", D(2020, 12, 7), "jens", "broen", cpr=True),
    U(15, "kvittering", "html", D(2026, 4, 27), "mette", "kompas", cpr=True),
    U(16, "digital-post-notifikation", "eml", D(2025, 6, 23), "birgitte", "intern"),
    U(17, "udtraek-forside", "txt", D(2026, 11, 24), "lone", "intern"),
    U(18, "mine-aftaler", "html", D(2025, 2, 3), "ali", "jobvejen"),
]


FAMS = {"g1_numbered": fam_g1_numbered, "g1_paperform": fam_g1_paperform, "g2_table": fam_g2_table,
        "g2_copied": lambda c, r: fam_g2_table(c, r, copied=True), "g3_sections": fam_g3_sections,
        "prose": fam_prose, "terse": fam_terse, "kompas": fam_kompas, "jobvejen": fam_jobvejen,
        "minplan_print": fam_minplan_print, "minplan_web": fam_minplan_web, "minplan_dense": fam_minplan_dense,
        "minplan_docx": fam_minplan_docx}
EXT = {"pdfso": "pdf", "scan": "pdf"}
ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def filename(s, c):
    f, l = c.first, c.last
    y = s["date"].year
    fam = s["fam"]
    if s["kind"] == "decision":
        stem = {"g1": f"Afgørelse {s['subtype']} {l} {f}", "g2": f"afgoerelse_{s['subtype']}_{l}".translate(ASCII),
                "g3": f"DP-brev_{s['date'].isoformat()}_{s['subtype']}", "prose": f"brev_{s['subtype']}_{f}"}[s["style"]]
        return f"{y}/afgoerelser/{stem}.{EXT.get(s['fmt'], s['fmt'])}"
    if s["kind"] == "unknown":
        return f"{y}/oevrigt/{fam}_{s['n']:02d}.{EXT.get(s['fmt'], s['fmt'])}"
    stem = {"g1_numbered": f"aftale_mentor_{l}_{f}", "g1_paperform": f"scan_{s['date'].isoformat()}_JC-M3_{l}",
            "g2_table": f"Skriftlig aftale mentorstøtte - {f} {l}", "g2_copied": f"Kopi af Skriftlig aftale mentorstøtte - {f} {l}",
            "g3_sections": f"din-aftale-om-mentorstoette-{f.lower()}".translate(ASCII), "prose": f"brev_aftale_{f}",
            "terse": f"mentoraftale_{f}_{s['date'].strftime('%d%m%y')}", "kompas": f"Kompas_Mentoraftale_{f}{l}",
            "broen": f"Broen_mentoraftale_scan_{l}", "jobvejen": f"JobVejen_aftale_{l}",
            "minplan_print": f"MinPlan_udskrift_{l}_{s['date'].isoformat()}", "minplan_web": f"minplan_{f.lower()}_{s['date'].strftime('%Y%m%d')}",
            "minplan_dense": f"MinPlan_export_{s['n']:02d}_{l}", "minplan_docx": f"Min Plan mentorstøtte {f} {l}"}[fam]
    sub = "minplan" if s["kind"] == "minplan" else "aftaler"
    return f"{y}/{sub}/{stem}.{EXT.get(s['fmt'], s['fmt'])}"


def build(out: Path, seed: int):
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="gi_build_"))
    entries, so_jobs = [], []
    for s in SPECS:
        rng = random.Random(f"{seed}:{s['kind']}:{s['n']}")
        c = make_case(rng, s["date"], s["cw"], s["prov"], cpr=s["cpr"], start=s.get("start"),
                      appeal_i=rng.randrange(2))
        traits = [f"era:{c.era}", f"caseworker:{s['cw']}", f"provider:{s['prov']}", f"year:{s['date'].year}"]
        if c.kommune:
            traits.append("sender:kommunen")
        if s.get("end"):
            c.end = s["end"]; traits.append("period:month-end-six")
        if s.get("pstyle"):
            c.pstyle = s["pstyle"]
        rules, extras, dtraits = apply_defects(c, s["defects"], rng)
        traits += dtraits
        for d in s["defects"]:
            if d.startswith("over6:") and d != "over6:udskriv11":
                set_over6(c, d.split(":")[1])
        if s.get("udskriv"):
            c.udskriv = True
            c.end = six_end(c.start, s["udskriv"])
            c.period_note = (" Støtten begynder, mens du er indlagt, og fortsætter efter udskrivelsen "
                             "(udskrivningskoordinator, LAB § 167, stk. 2).")
            traits.append(f"udskrivningskoordinator:{s['udskriv']}mdr")
        if s.get("weeks26"):
            c.end = c.start + dt.timedelta(weeks=26) - dt.timedelta(days=1)
            c.period_override = f"26 uger fra {fd(c.start, 'long')}"
            c.period_note = " Mentorstøtte gives højst 6 måneder ad gangen."
            traits.append("period:26-weeks")
        if s["kind"] == "decision":
            c.no_reasons = "no-reasons" in s["defects"]
            if s["subtype"] == "partial":
                traits.append("trap:asked-12-months")
            if s["subtype"] == "end":
                traits.append("trap:earlier-total-12-months")
        if s["kind"] == "minplan" and s["fam"] == "minplan_print":
            traits.append("trap:other-activity-12-months")
        if s["fam"] == "g2_copied":
            traits.append("habit:copied-template")
            c.note = (f"Bemærkning: Aftalen erstatter aftale af {fd(D(s['date'].year - 1, 2, 1), 'dots')} "
                      f"(samme leverandør).")
        # ---------------------------------------------------------------- blocks
        fam = s["fam"]
        if s["kind"] == "decision":
            blocks = fam_decision(c, rng, s["subtype"], s["style"])
            layout = f"decision-{s['style']}"
        elif s["kind"] == "unknown":
            blocks = None
            layout = f"other-{fam}"
        elif fam == "broen":
            blocks = fam_broen(c, rng, appeal_box=bool(s.get("appeal_box")))
            layout = "broen-paperform-scan"
        else:
            blocks = FAMS[fam](c, rng)
            layout = fam.replace("_", "-")
        rel = filename(s, c)
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        fmt = s["fmt"]
        if s["kind"] == "unknown":
            write_unknown(s, c, rng, path, tmp)
        else:
            write_doc(s, c, rng, blocks, path, fmt, tmp, so_jobs)
        traits.append(f"format:{fmt}")
        if fmt == "scan":
            traits += ["scan", "ocr:tesseract", "handwritten-values"]
        if c.cpr:
            traits.append("cpr")
        entry = {"path": rel, "format": EXT.get(fmt, fmt), "kind": s["kind"], "subtype": s["subtype"],
                 "layout": layout, "rules": sorted(rules), "extras": sorted(extras), "error": None,
                 "accept_errors": [], "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if c.cpr else [],
                 "traits": traits}
        if s["kind"] in ("agreement", "minplan", "decision") and not c.period_none and c.period_override not in \
                ("indtil videre", "Udfyldes senere", "aftales nærmere") and s["subtype"] not in ("refusal", "end"):
            entry["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        if s["kind"] == "unknown":
            entry["rules"] = []
        entries.append(entry)
    # LibreOffice batch for the "printed from Word" PDFs
    if so_jobs:
        soffice_to_pdf([j[0] for j in so_jobs], tmp / "so")
        for src, dst in so_jobs:
            (tmp / "so" / (src.stem + ".pdf")).replace(dst)
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as fh:
        for e in sorted(entries, key=lambda e: e["path"]):
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    shutil.rmtree(tmp, ignore_errors=True)
    return entries


def write_doc(s, c, rng, blocks, path, fmt, tmp, so_jobs):
    fam = s["fam"]
    if fmt == "docx":
        hs = "bold" if fam in ("g1_numbered", "prose") or s.get("style") in ("g1", "prose") else "style"
        render_docx(blocks, path, heading_style=hs, font="Times New Roman" if c.era == "g1" else "Calibri",
                    footer_text=f"{c.sender} · Rådhustorvet 3 · 7990 Vesterå · CVR 29 18 99 70" if fam != "kompas" else
                    "Kompas Mentor ApS · CVR 38 41 22 90")
    elif fmt == "pdfso":
        src = tmp / f"so_{s['kind']}_{s['n']}.docx"
        render_docx(blocks, src, heading_style="style")
        so_jobs.append((src, path))
    elif fmt == "pdf":
        if fam in ("kompas",):
            render_pdf(blocks, path, kv_style="grid", font="CA", bold="CAB", size=10.5, title_color="#0b6e4f",
                       footer="Kompas Mentor ApS · Havnegade 12 · 7990 Vesterå · CVR 38 41 22 90")
        elif fam == "jobvejen":
            render_pdf(blocks, path, kv_style="grid", title_color="#8a2b0e", footer="JobVejen I/S · side 1")
        elif fam == "minplan_print":
            render_pdf(blocks, path, kv_style="plain", size=9.5, letterhead=c.sender,
                       footer=f"Udskrevet fra fagsystemet {fd(c.date, 'dots')} – {c.cw['name']}")
        else:
            render_pdf(blocks, path, kv_style="grid", letterhead=c.sender,
                       footer=f"{c.sender} · Rådhustorvet 3 · 7990 Vesterå · tlf. 72 14 30 00")
    elif fmt == "odt":
        render_odt(blocks, path, kv_style="table")
    elif fmt == "rtf":
        render_rtf(blocks, path, kv_style="table")
    elif fmt == "html":
        if s["kind"] == "minplan":
            render_html(blocks, path, kv_style=rng.choice(["cards", "dl"]), site_head="Min Plan",
                        site_foot=f"{c.sender} · Min Plan · Cookies og tilgængelighed")
        elif s["kind"] == "decision":
            render_html(blocks, path, kv_style="lines", site_foot="Brevet er sendt med Digital Post.")
        else:
            render_html(blocks, path, kv_style="lines")
    elif fmt == "txt":
        if fam == "minplan_dense":
            render_txt(blocks, path, encoding="cp1252" if c.era == "g1" else "utf-8")
        else:
            render_txt(blocks, path, bullet="* " if fam == "terse" else "- ")
    elif fmt == "md":
        render_txt(blocks, path, md=True, kv_style="table")
    elif fmt == "eml":
        dtm = dt.datetime(c.date.year, c.date.month, c.date.day, 9 + rng.randint(0, 6), rng.randint(0, 59),
                          tzinfo=dt.timezone(dt.timedelta(hours=1)))
        to_cit = f"{c.first} {c.last} <{c.first.lower()}.{c.last.lower()}@mail.dk>".translate(ASCII)
        frm = f"{c.cw['name']} <{c.cw['mail']}>"
        if fam == "prose":
            body = render_txt(blocks[2:] if blocks[0][0] == "lines" else blocks)
            render_eml(path, frm=frm, to=to_cit, subject="Din aftale om mentorstøtte", date=dtm,
                       body_text=body + "\n-- \n" + f"{c.cw['name']}\n{c.sender}\nSendt med sikker mail\n")
        elif fam == "terse":
            body = (f"Hej {c.first} og {c.mfirst}\n\nHer er aftalen fra mødet i dag. Svar gerne 'ok' på mailen.\n\n"
                    + render_txt(blocks, bullet="* ") + f"\nMvh Ali\n")
            render_eml(path, frm=frm, to=f"{to_cit}, {c.mname} <{c.mmail}>", subject=f"Mentoraftale {c.first} - til godkendelse",
                       date=dtm, body_text=body)
        else:  # decision copy
            body = render_txt(blocks[2:])
            render_eml(path, frm=frm, to=to_cit, subject=f"Kopi af brev: {DEC_TITLES['g2'][s['subtype']]}",
                       date=dtm, body_text="Kopi af brev sendt med Digital Post i dag.\n\n" + body)
    elif fmt == "scan":
        render_scan(blocks, path, rng=rng, tmpdir=tmp / "scan",
                    hand_font="dancing" if s["fam"] == "broen" else "caladeait",
                    stamp="MODTAGET " + fd(c.date + dt.timedelta(days=3), "dots") if s["fam"] == "broen" else
                    "SCANNET " + fd(c.date + dt.timedelta(days=30), "dots"))
    else:
        raise ValueError(fmt)


def write_unknown(s, c, rng, path, tmp):
    fam = s["fam"]
    if fam == "statusrapport":
        render_docx(u_status_kompas(c, rng), path, heading_style="style", footer_text="Kompas Mentor ApS")
    elif fam == "faktura":
        render_pdf(u_invoice(c, rng, s["prov"]), path, kv_style="plain")
    elif fam == "timeregistrering":
        render_scan(u_timesheet_broen(c, rng), path, rng=rng, tmpdir=tmp / "scan", hand_font="dancing")
    elif fam == "referat":
        render_docx(u_minutes(c, rng), path)
    elif fam == "vejledning":
        render_html(u_guidance(c, rng), path, kv_style="lines", site_head="Intranet", site_foot="Vesterå Kommune intranet")
    elif fam == "privat-mentoraftale":
        render_pdf(u_club(c, rng), path, kv_style="grid", title_color="#b00020")
    elif fam == "moedeindkaldelse":
        render_eml(path, frm=f"{c.cw['name']} <{c.cw['mail']}>", to=f"{c.first.lower()}@mail.dk".translate(ASCII),
                   subject="Opstartsmøde – mentorstøtte",
                   date=dt.datetime(c.date.year, c.date.month, c.date.day, 13, 5, tzinfo=dt.timezone.utc),
                   body_text=u_meeting_mail(c))
    elif fam == "ankestyrelsen":
        render_pdf(u_ankestyrelsen(c, rng), path, kv_style="plain", title_color="#333333")
    elif fam == "genvurdering":
        render_docx(u_genvurdering(c, rng), path, heading_style="bold")
    elif fam == "partshoering":
        render_docx(u_partshoring(c, rng), path)
    elif fam == "bestilling":
        render_pdf(u_bestilling(c, rng), path, kv_style="grid", letterhead=c.sender)
    elif fam == "tjekliste":
        render_txt(u_checklist(c, rng), path, md=True)
    elif fam == "journalnotat":
        path.write_text(u_journal(c, rng), encoding="utf-8")
    elif fam == "kvittering":
        render_html(u_kvittering(c, rng), path, site_foot="Digital Post")
    elif fam == "digital-post-notifikation":
        render_eml(path, frm="Digital Post <noreply@digitalpost.dk>", to=f"{c.first.lower()}@mail.dk".translate(ASCII),
                   subject="Du har modtaget post fra " + c.sender,
                   date=dt.datetime(c.date.year, c.date.month, c.date.day, 6, 2, tzinfo=dt.timezone.utc),
                   body_text=u_dp_notice(c))
    elif fam == "mine-aftaler":
        rows = []
        d0 = c.date + dt.timedelta(days=3)
        for i, (what, where) in enumerate([("Opstartsmøde – mentorstøtte", "Jobcentret, mødelokale 2"),
                                           (f"Møde med mentor {c.mname}", c.org),
                                           ("Samtale med rådgiver", "Telefonmøde"),
                                           ("Statusmøde – mentorforløb", "Jobcentret")]):
            dd = d0 + dt.timedelta(days=7 * i)
            rows.append([f"{WEEKDAYS[dd.weekday()]} {fd(dd, 'dots')}", f"kl. {9 + i}.00", what, where])
        render_html([("title", "Mine aftaler"), ("p", f"Logget ind som {c.name}"),
                     ("table", ["Dato", "Tid", "Aftale", "Sted"], rows),
                     ("p", "Kan du ikke komme, skal du melde afbud senest kl. 9.00 samme dag.")], path,
                    site_head="Mine aftaler", site_foot=f"{c.sender} · Jobnet")
    elif fam == "udtraek-forside":
        path.write_text(u_archive_cover(rng), encoding="utf-8")
    else:
        raise ValueError(fam)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("/work/corpora/gi"))
    ap.add_argument("--seed", type=int, default=1515)
    a = ap.parse_args(argv)
    entries = build(a.out, a.seed)
    from collections import Counter
    print(len(entries), "documents", dict(Counter(e["kind"] for e in entries)))


if __name__ == "__main__":
    main()
