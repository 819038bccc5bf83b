#!/usr/bin/env python3
"""Corpus AT: an archive sample exported for an audit from a large municipality's jobcenter.

Three units (Ungeenheden, Integrationsenheden, Job og Sundhed / sygedagpenge), 2023-2026.
Documents come as case-system PDF prints ("Udskrevet af ... den ..." header, page footers),
original DOCX/ODT attachments, e-mails (.eml) and plain text exports. Written independently of
the linter (see NOTES.md). Deterministic: fixed seed.

    python make_corpus_at.py --out /work/corpora/at
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 20261129

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mathias", "Emma", "Jonas", "Sofie", "Ahmad", "Fatima", "Omar", "Leila", "Mikkel", "Ida",
         "Yusuf", "Amina", "Kasper", "Line", "Tobias", "Nadia", "Rasmus", "Maja", "Hassan", "Sara",
         "Dennis", "Birgitte", "Henrik", "Susanne", "Thomas", "Lone", "Abdi", "Marwa", "Frederik", "Julie"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Ali",
        "Hussein", "Mohammed", "Østergaard", "Kjær", "Lund", "Holm", "Bach", "Vestergaard"]
MENTORS = [("Kirsten Dahl", "Ungeenheden, mentorkorpset"), ("Jesper Bang", "Mentorhuset ApS"),
           ("Hanne Friis", "Ungeenheden, mentorkorpset"), ("Peter Lykke", "Job & Mentor Østjylland"),
           ("Samira Haddad", "Integrationsenheden, brobyggerteamet"), ("Brian Skov", "Mentorhuset ApS"),
           ("Trine Mølgaard", "Job og Sundhed, mentorteamet"), ("Karim El-Sayed", "Bydelsmentorerne"),
           ("Anette Vinther", "Job og Sundhed, mentorteamet"), ("Lasse Bøgh", "Kompetencecenter Øst")]
CASEWORKERS = [("Mette Kjær", "MK"), ("Rune Dalsgaard", "RD"), ("Louise Friis Holm", "LFH"),
               ("Ali Demir", "AD"), ("Charlotte Bruun", "CB"), ("Niels Ebbesen", "NE")]
KOMMUNE = "Aarhus Kommune"


def jc(date: dt.date) -> str:
    """Sender name: 'Jobcenter Aarhus' until 31 Jan 2026, then 'Aarhus Kommune' (lov 1750/2025)."""
    return "Jobcenter Aarhus" if date < dt.date(2026, 2, 1) else "Aarhus Kommune, Beskæftigelse"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def dlong(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def fmt_date(d: dt.date, style: int) -> str:
    return [dlong(d), d.strftime("%d.%m.%Y"), f"{d.day}/{d.month}-{d.year}", f"{d.day}. {MON_ABBR[d.month-1]} {d.year}",
            d.strftime("%d-%m-%Y")][style]


def period_text(rng: random.Random, start: dt.date, end: dt.date) -> str:
    s = rng.randrange(5)
    a, b = fmt_date(start, s), fmt_date(end, s)
    return rng.choice([f"{a} – {b}", f"{a} - {b}", f"fra {a} til {b}", f"f.o.m. {a} t.o.m. {b}",
                       f"{a} til {b}"])


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def cpr(rng):
    d = dt.date(rng.randint(1962, 2007), rng.randint(1, 12), rng.randint(1, 28))
    return d.strftime("%d%m%y") + "-" + f"{rng.randint(0, 9999):04d}"


def mail_of(name: str, org: str) -> str:
    base = name.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa").replace("-", "")
    parts = base.split()
    if "Mentorhuset" in org:
        return f"{parts[0]}@mentorhuset.dk"
    if "Østjylland" in org:
        return f"{parts[0]}.{parts[-1]}@jobmentor-oj.dk"
    if "Kompetencecenter" in org:
        return f"{parts[0][:2]}{parts[-1][:2]}@kc-oest.dk"
    return f"{parts[0][:3]}{parts[-1][:3]}@aarhus.dk"


# ---------------------------------------------------------------- content pieces
CLEAR_GOALS = {
    "ung": [
        "Du er startet på grundforløb 1 på EUD (tømrer) på Aarhus Tech i august {y} og møder mindst 90 % af tiden.",
        "Du har gennemført FVU-læsning trin 2 på VUC Aarhus og søger optagelse på HF inden 15. marts {y}.",
        "Du er i gang med FGU (produktionsgrunduddannelsen, køkken) på FGU Aarhus og møder alle fire dage om ugen.",
        "Du har et fritidsjob eller en praktikplads i detail (Netto, Føtex eller lign.) på mindst 10 timer om ugen senest 1. juni {y}, som skridt mod EUD Detail.",
        "Du starter på SOSU-hjælperuddannelsen i {m} {y} og har styr på transport og mødetider fra første dag.",
        "Du fastholder dit forløb på STU og kommer i praktik to dage om ugen på Bydelscaféen i foråret {y}.",
    ],
    "int": [
        "{fn} er i virksomhedspraktik som køkkenmedhjælper hos Hotel Scandic 15 timer om ugen senest 1. {m} {y}, med henblik på ordinære timer.",
        "{fn} har ansættelse med løntilskud på lageret hos Salling Group og møder stabilt 25 timer om ugen inden udgangen af {m} {y}.",
        "{fn} gennemfører AMU-kurset Rengøringsteknik og får ordinære timer i et rengøringsfirma, mindst 15 timer om ugen.",
        "{fn} fastholder sin ansættelse som buschauffør hos Midttrafik efter prøvetiden og passer danskuddannelse DU2 modul 4 om aftenen.",
        "{fn} får ordinær beskæftigelse i 20 timer om ugen inden for pleje, med afsæt i praktikken på Plejehjemmet Kongsgården.",
    ],
    "syg": [
        "{fn} vender gradvist tilbage til sit job som social- og sundhedsassistent hos Aarhus Kommune, fra 12 til 30 timer om ugen inden {m} {y}.",
        "{fn} genoptager arbejdet som lagermedarbejder hos Arla Foods på fuld tid (37 timer) senest 1. {m} {y}.",
        "Afklaring af arbejdsevnen gennem virksomhedspraktik i 10-15 timer om ugen hos Kontorservice Nord, så der kan tages stilling til fleksjob som kontorassistent.",
        "{fn} fastholder sit job som pædagogmedhjælper i Børnehuset Solsikken og øger fra 15 til 25 timer om ugen i perioden.",
        "{fn} starter i virksomhedspraktik som chauffør hos Dagrofa 3 dage om ugen og er afklaret til ordinært job eller fleksjob ved periodens udløb.",
    ],
}
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "At borgeren får mere struktur på hverdagen og et bedre selvværd.",
    "Motivere {fn} og arbejde med sig selv.",
    "Komme tættere på arbejdsmarkedet.",
    "Hjælp til at få styr på hverdagen og det personlige.",
    "Sikre at {fn} får det bedre og kan overskue sin situation.",
]
TASKS = {
    "ung": ["følge dig til skolen de første to uger og hjælpe med transport (Midttrafik-app, rejsekort)",
            "ugentlig samtale om fremmøde og lektier",
            "hjælpe dig med at kontakte studievejlederen og SPS, hvis du har brug for det",
            "hjælpe med at få styr på post i e-Boks og aftaler med SU",
            "vække-opkald om morgenen de første uger, hvis vi aftaler det"],
    "int": ["ledsage til første møde på praktikstedet og introducere til kollegerne",
            "hjælpe med at forstå vagtplan, lønseddel og regler på arbejdspladsen",
            "støtte kontakten til sprogskolen og tilmelding til danskuddannelse",
            "hjælpe med breve fra myndigheder og kontakt til Borgerservice",
            "samtale om arbejdsmiljø og fremmøde hver uge"],
    "syg": ["deltage i opstartsmødet med arbejdsgiver og hjælpe med at lave en plan for gradvis tilbagevenden",
            "ugentlig samtale om belastning, søvn og smerter i forhold til arbejdet",
            "hjælpe med at koordinere med behandler (psykolog/fysioterapeut)",
            "holde kontakt med nærmeste leder om timeudvidelse",
            "støtte i at bruge de redskaber, som er lært i behandlingen, på arbejdspladsen"],
}
HOURS_OK = ["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "to timer om ugen", "8 timer om måneden",
            "2-3 timer pr. uge", "4 t/uge", "op til 3 timer ugentligt", "halvanden time om ugen", "5 timer pr. uge"]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale med mentor", "timetallet aftales løbende",
               "nogle timer ugentligt afhængigt af behov"]
FOLLOW = ["Vi holder opfølgningsmøde hver måned med dig, mentor og din sagsbehandler. Sidste møde holdes 14 dage før perioden slutter.",
          "Statusmøde hver 4. uge. Delmål: fremmøde 4 dage om ugen fra 2. måned.",
          "Mentor sender kort status til sagsbehandler hver måned. Evaluering af progression 14 dage før ophør.",
          "Opfølgning ved samtale i jobcentret efter 3 måneder og igen inden perioden udløber.",
          "Progression følges op på de månedlige netværksmøder (delmål: timeudvidelse med 5 timer hver 4. uge)."]


def appeal_full(date):
    s = jc(date)
    short = "jobcentret" if s.startswith("Jobcenter") else "kommunen"
    return rng_choice_appeal(s, short)


_APPEALS = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {short} inden fire uger efter, du har modtaget den. "
    "{Short} genvurderer afgørelsen inden fire uger, fra klagen er modtaget. Hvis {short} fastholder afgørelsen, "
    "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til den.",
    "Du kan klage over afgørelsen til {s}, Værkmestergade 15, 8000 Aarhus C, inden 4 uger fra du har modtaget denne aftale. "
    "Du kan klage mundtligt eller skriftligt. Vi vurderer sagen igen, og fastholder vi afgørelsen, sender vi klagen "
    "og sagens akter til Ankestyrelsen (lov om en aktiv beskæftigelsesindsats § 204, retssikkerhedsloven kap. 10).",
    "Klagefristen er 4 uger. Klagen sendes til {s}, som genvurderer sagen. Fastholdes afgørelsen, videresendes "
    "klagen til Ankestyrelsen, Beskæftigelsesudvalget.",
]
_APPEAL_IDX = [0]


def rng_choice_appeal(s, short):
    t = _APPEALS[_APPEAL_IDX[0] % len(_APPEALS)]
    _APPEAL_IDX[0] += 1
    return t.format(s=s, short=short, Short=short.capitalize())


APPEAL_INCOMPLETE = ["Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.",
                     "Du kan klage til jobcentret, hvis du er uenig.",
                     "Klagefristen er 4 uger fra modtagelsen.",
                     "Se vedlagte klagevejledning."]
APPEAL_WRONG = ["Hvis du er uenig i afgørelsen, kan du klage til Ankestyrelsen inden 4 uger efter, du har modtaget den. "
                "Klagen sendes til Ankestyrelsen, 7998 Statsservice, eller via borger.dk.",
                "Du kan klage direkte til Ankestyrelsen inden fire uger. Brug klageformularen på ast.dk."]


# ---------------------------------------------------------------- document model
# blocks: ("title", t) ("h", t) ("p", t) ("li", t) ("kv", label, value)


class Doc:
    def __init__(self, kind, unit, date, title):
        self.kind, self.unit, self.date, self.title = kind, unit, date, title
        self.blocks = []
        self.rules: set[str] = set()
        self.extras: set[str] = set()
        self.mnc: list[str] = []
        self.traits: list[str] = []
        self.period = None
        self.subtype = kind
        self.layout = "headings"

    def add(self, *b):
        self.blocks.append(b)


def make_agreement(rng, i, unit, date, defects, layout):
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    pool = {"ung": [0, 1, 2, 5, 9], "int": [1, 3, 4, 7, 9], "syg": [3, 6, 8, 9]}[unit]
    mname, morg = MENTORS[rng.choice(pool)]
    months = rng.choice([3, 4, 6, 6, 6, 5]) if "over6" not in defects else rng.choice([7, 8, 9, 12])
    start = date + dt.timedelta(days=rng.randint(3, 20))
    if rng.random() < 0.6:
        start = start.replace(day=1) if start.day < 20 else add_months(start.replace(day=1), 1)
    end = add_months(start, months) - dt.timedelta(days=1)
    if "over6" in defects and rng.random() < 0.3:  # just over: one day too many
        end = add_months(start, 6)
        months = 6
    cw, cwi = rng.choice(CASEWORKERS)
    title = {"ung": "Aftale om mentorstøtte", "int": "Mentoraftale", "syg": "Aftale om mentorforløb"}[unit]
    d = Doc("agreement", unit, date, title)
    d.layout = layout
    d.period = {"start": start.isoformat(), "end": end.isoformat()}
    d.traits.append(f"unit:{unit}")
    c = cpr(rng) if rng.random() < 0.25 else None
    if c:
        d.mnc.append(c)
        d.traits.append("cpr")
    goal = (rng.choice(UNCLEAR_GOALS) if "unclear" in defects else rng.choice(CLEAR_GOALS[unit])).format(
        fn=fn, y=start.year if start.month < 8 else start.year + 1, m=MONTHS[end.month - 1])
    tasks = rng.sample(TASKS[unit], rng.randint(2, 4))
    hours = rng.choice(HOURS_VAGUE) if "vague_hours" in defects else rng.choice(HOURS_OK)
    per = period_text(rng, start, end)
    if rng.random() < 0.15 and "over6" not in defects and months == 6:
        per = f"6 måneder fra {dlong(start)}"
    mphone, mmail = phone(rng), mail_of(mname, morg)
    if "mentor_no_contact" in defects:
        mentor_val = f"{mname}, {morg}"
    else:
        mentor_val = rng.choice([f"{mname}, {morg}, tlf. {mphone}, {mmail}", f"{mname} ({morg})\nTlf.: {mphone}\nMail: {mmail}",
                                 f"{mname}, tlf. {mphone}"])
    follow = rng.choice(FOLLOW)
    if "appeal_missing" in defects:
        appeal = None
    elif "appeal_incomplete" in defects:
        appeal = rng.choice(APPEAL_INCOMPLETE)
    elif "appeal_wrong" in defects:
        appeal = rng.choice(APPEAL_WRONG)
    else:
        appeal = appeal_full(date)
    miss = {x.split(":")[1] for x in defects if x.startswith("miss:")}
    # labels
    if "goal" in miss:
        d.rules.add("missing-goal")
    elif "unclear" in defects:
        d.rules.add("unclear-goal")
    if "mentor" in miss or "mentor_no_contact" in defects:
        d.rules.add("missing-mentor")
    if "tasks" in miss:
        d.rules.add("missing-tasks")
    if "duration" in miss:
        d.rules.add("missing-duration")
        d.period = None
    elif "over6" in defects:
        d.rules.add("duration-over-6-months")
    if "follow" in miss:
        d.rules.add("missing-follow-up")
    if "hours" in miss or "vague_hours" in defects:
        d.rules.add("missing-hours")
    if appeal is None or "appeal_incomplete" in defects:
        d.rules.add("missing-appeal-guidance")
    if "appeal_wrong" in defects:
        d.extras.add("appeal-wrong-route")
    d.traits += sorted(defects)
    sender = jc(date)
    dstr = fmt_date(date, rng.choice([0, 1]))
    if unit == "ung":
        d.add("p", f"{sender}\nUngeenheden\nSagsbehandler: {cw}")
        d.add("p", f"Dato: {dstr}")
        d.add("title", "Aftale om mentorstøtte")
        d.add("p", f"Aftalen er indgået mellem {fn} {ln}" + (f" (cpr.nr. {c})" if c else "") +
              f", din mentor og Ungeenheden. Mentorstøtten er bevilget efter lov om en aktiv beskæftigelsesindsats § 167.")
        if "goal" not in miss:
            d.add("h", rng.choice(["Hvad er målet?", "Målet med mentorstøtten", "Dit mål"]))
            d.add("p", goal)
        if "mentor" not in miss:
            d.add("h", rng.choice(["Din mentor", "Hvem er din mentor?", "Mentors kontaktoplysninger"]))
            for line in mentor_val.split("\n"):
                d.add("p", line)
        if "tasks" not in miss:
            d.add("h", rng.choice(["Hvad skal mentoren hjælpe dig med?", f"{mname.split()[0]} skal hjælpe dig med:",
                                   "Mentorens opgaver"]))
            for t in tasks:
                d.add("li", t[0].upper() + t[1:])
        if "duration" not in miss and "hours" not in miss and rng.random() < 0.35:
            d.add("h", "Periode og timer")
            d.add("p", f"Mentorstøtten løber i perioden {per}. Mentor har {hours} sammen med dig.")
        else:
            if "duration" not in miss:
                d.add("h", "Periode")
                d.add("p", per[0].upper() + per[1:])
            if "hours" not in miss:
                d.add("h", rng.choice(["Timer", "Hvor mange timer?", "Timetal"]))
                d.add("p", f"Mentor har {hours}." if rng.random() < .5 else hours[0].upper() + hours[1:])
        if "follow" not in miss:
            d.add("h", "Opfølgning")
            d.add("p", follow)
        if appeal:
            d.add("h", rng.choice(["Hvis du vil klage", "Klagevejledning", "Sådan klager du"]))
            d.add("p", appeal)
        d.add("p", f"Med venlig hilsen\n{cw}\nUngeenheden, {sender}\nTlf. {phone(rng)}")
    elif unit == "int":
        d.layout = "table" if layout != "prose" else "prose"
        d.add("p", f"{sender} · Integrationsenheden")
        d.add("title", rng.choice(["Mentoraftale", "MENTORAFTALE", "Mentoraftale – selvforsørgelses- og hjemrejseprogram"]))
        if layout == "prose":
            txt = f"Dato: {dstr}\n\n{fn} {ln} og Integrationsenheden har i dag aftalt mentorstøtte."
            d.add("p", txt)
            if "goal" not in miss:
                d.add("p", f"Målet er: {goal}")
            if "mentor" not in miss:
                d.add("p", f"Mentor bliver {mentor_val.replace(chr(10), ', ')}.")
            if "tasks" not in miss:
                d.add("p", "Mentor skal hjælpe med at " + ", ".join(tasks[:-1]) + " og " + tasks[-1] + ".")
            if "duration" not in miss:
                d.add("p", f"Forløbet gælder {per}.")
            if "hours" not in miss:
                d.add("p", f"Der er afsat {hours}.")
            if "follow" not in miss:
                d.add("p", follow)
            if appeal:
                d.add("h", "Klagevejledning")
                d.add("p", appeal)
        else:
            d.add("kv", "Borger", f"{fn} {ln}")
            if c:
                d.add("kv", "CPR-nr.", c)
            d.add("kv", "Dato", dstr)
            d.add("kv", "Sagsbehandler", f"{cw}, tlf. {phone(rng)}")
            d.add("kv", "Program", rng.choice(["Selvforsørgelses- og hjemrejseprogram", "Introduktionsprogram",
                                              "Aktivitetsparat, integrationsydelse"]))
            d.add("kv", rng.choice(["Mål for mentorforløbet", "Mål", "Formål"]), "" if "goal" in miss else goal)
            if "mentor" not in miss:
                d.add("kv", rng.choice(["Mentor (navn, tlf., mail)", "Mentor", "Mentors navn og kontaktdata"]), mentor_val)
            d.add("kv", rng.choice(["Mentors opgaver", "Indsatsområder"]),
                  "-" if "tasks" in miss else "\n".join("• " + t for t in tasks))
            if "duration" not in miss:
                d.add("kv", "Periode", per)
            if "hours" not in miss:
                d.add("kv", rng.choice(["Timetal", "Timer pr. uge", "Antal timer"]), hours)
            if "follow" not in miss:
                d.add("kv", "Opfølgning", follow)
            if appeal:
                d.add("h", "Klagevejledning")
                d.add("p", appeal)
            d.add("p", "Underskrift borger: ______________________    Underskrift mentor: ______________________")
    else:
        d.add("p", f"{sender}\nJob og Sundhed – sygedagpengeteamet")
        d.add("title", "Aftale om mentorforløb")
        d.add("p", f"Borger: {fn} {ln}" + (f"    CPR: {c}" if c else "") + f"\nDato: {dstr}\nSagsbehandler: {cw}")
        if "goal" not in miss:
            d.add("h", rng.choice(["Formål med indsatsen", "Formål", "Mål og delmål"]))
            d.add("p", goal)
        if "mentor" not in miss:
            d.add("h", rng.choice(["Mentor og kontaktoplysninger", "Mentor"]))
            d.add("p", mentor_val)
        if "tasks" not in miss:
            d.add("h", rng.choice(["Indsatsområder", "Mentors opgaver", "Mentor skal i perioden:"]))
            for t in tasks:
                d.add("li", t[0].upper() + t[1:])
        if "duration" not in miss:
            d.add("h", rng.choice(["Tidsramme", "Varighed"]))
            d.add("p", per[0].upper() + per[1:] + ". Ny periode kan bevilges efter en konkret vurdering.")
        if "hours" not in miss:
            d.add("h", rng.choice(["Omfang", "Timetal"]))
            d.add("p", hours[0].upper() + hours[1:] + (" (direkte kontakt med borgeren)" if rng.random() < .4 else ""))
        if "follow" not in miss:
            d.add("h", "Opfølgning og progression")
            d.add("p", follow.replace("dig, mentor og din sagsbehandler", "borger, mentor og sagsbehandler"))
        if appeal:
            d.add("h", "Klagevejledning")
            d.add("p", appeal)
        d.add("p", "Aftalen er gennemgået med borger, som har fået en kopi i e-Boks.")
    d.meta = dict(fn=fn, ln=ln, cw=cw, cwi=cwi, mentor=mname, morg=morg, start=start, end=end, hours=hours,
                  goal=goal, tasks=tasks, cpr=c)
    return d


def make_minplan(rng, i, unit, date, defects):
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    mname, morg = rng.choice(MENTORS)
    months = rng.choice([3, 6, 6, 4]) if "over6" not in defects else rng.choice([8, 9, 12])
    start = date.replace(day=1) if date.day < 15 else add_months(date.replace(day=1), 1)
    end = add_months(start, months) - dt.timedelta(days=1)
    d = Doc("minplan", unit, date, "Min Plan")
    d.layout = "minplan-print"
    d.period = {"start": start.isoformat(), "end": end.isoformat()}
    d.traits.append(f"unit:{unit}")
    miss = {x.split(":")[1] for x in defects if x.startswith("miss:")}
    goal = (rng.choice(UNCLEAR_GOALS) if "unclear" in defects else rng.choice(CLEAR_GOALS[unit])).format(
        fn=fn, y=start.year + (start.month >= 8), m=MONTHS[end.month - 1])
    hours = rng.choice(HOURS_VAGUE) if "vague_hours" in defects else rng.choice(HOURS_OK)
    if "goal" in miss:
        d.rules.add("missing-goal")
    elif "unclear" in defects:
        d.rules.add("unclear-goal")
    if "mentor" in miss or "mentor_no_contact" in defects:
        d.rules.add("missing-mentor")
    if "tasks" in miss:
        d.rules.add("missing-tasks")
    if "duration" in miss:
        d.rules.add("missing-duration"); d.period = None
    elif "over6" in defects:
        d.rules.add("duration-over-6-months")
    if "hours" in miss or "vague_hours" in defects:
        d.rules.add("missing-hours")
    d.traits += sorted(defects)
    c = cpr(rng) if rng.random() < 0.25 else None
    if c:
        d.mnc.append(c); d.traits.append("cpr")
    d.add("title", "Min Plan")
    d.add("p", f"{fn} {ln}" + (f"  ({c})" if c else "") + f"\nMålgruppe: " +
          {"ung": "Uddannelseshjælp, aktivitetsparat (under 30 år)", "int": "Selvforsørgelses- og hjemrejseprogram",
           "syg": "Sygedagpenge, kategori 3"}[unit] + f"\nPlanen er opdateret {fmt_date(date, 1)}")
    d.add("h", rng.choice(["Mit mål", "Mit beskæftigelsesmål", "Mål"]))
    d.add("p", "Ikke udfyldt" if "goal" in miss else goal)
    d.add("h", "Mine aktiviteter")
    d.add("h", "Mentorstøtte (§ 167)")
    if "duration" not in miss:
        d.add("kv", "Periode", f"{fmt_date(start, 1)} - {fmt_date(end, 1)}")
    else:
        d.add("kv", "Periode", f"Start {fmt_date(start, 1)} - slut: ")
    if "hours" not in miss:
        d.add("kv", "Timer", hours)
    if "mentor" not in miss:
        d.add("kv", "Mentor", f"{mname}, {morg}" + ("" if "mentor_no_contact" in defects else f", tlf. {phone(rng)}"))
    if "tasks" not in miss:
        d.add("kv", "Mentors opgaver", "; ".join(rng.sample(TASKS[unit], 2)))
    d.add("kv", "Formål med aktiviteten", rng.choice(["Understøtte målet ovenfor.", "Se mål."]))
    d.add("h", "Andre aktiviteter")
    d.add("li", rng.choice(["Samtale med sagsbehandler hver 3. måned", "Virksomhedspraktik (se Jobnet)",
                            "Danskuddannelse, modul 3", "Behandling i Psykiatrien (egen læge)"]))
    d.add("p", "Min Plan kan ses på Jobnet. Spørgsmål rettes til din sagsbehandler.")
    d.meta = dict(fn=fn, ln=ln, cw=rng.choice(CASEWORKERS)[0], cwi="JN", cpr=c)
    return d


def make_decision(rng, i, unit, date, sub, defects):
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    cw, cwi = rng.choice(CASEWORKERS)
    sender = jc(date)
    mname, morg = rng.choice(MENTORS)
    months = 6 if "over6" not in defects else rng.choice([9, 12])
    start = add_months(date.replace(day=1), 1)
    end = add_months(start, months) - dt.timedelta(days=1)
    d = Doc("decision", unit, date, "Afgørelse")
    d.subtype = f"decision-{sub}"
    d.layout = "letter"
    d.traits.append(f"unit:{unit}")
    d.traits += sorted(defects)
    c = cpr(rng) if rng.random() < 0.25 else None
    if c:
        d.mnc.append(c); d.traits.append("cpr")
    if "over6" in defects:
        d.rules.add("duration-over-6-months")
    if "appeal_incomplete" in defects or "appeal_missing" in defects:
        d.rules.add("missing-appeal-guidance")
    if "appeal_wrong" in defects:
        d.extras.add("appeal-wrong-route")
    if "no_reasons" in defects:
        d.extras.add("missing-reasons")
    d.add("p", f"{sender}\nVærkmestergade 15\n8000 Aarhus C")
    d.add("p", f"{fn} {ln}\n{rng.choice(['Ringgaden', 'Bispehavevej', 'Gudrunsvej', 'Tovshøjvej'])} {rng.randint(2, 180)}, "
          f"{rng.choice(['8200 Aarhus N', '8210 Aarhus V', '8220 Brabrand'])}")
    d.add("p", f"Dato: {fmt_date(date, 0)}\nSagsnr.: 15.02.00-G01-{rng.randint(1000, 9999)}-{date.year % 100}" +
          (f"\nCPR-nr.: {c}" if c else ""))
    if sub == "grant":
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
        d.add("title", "Afgørelse om mentorstøtte")
        hours = rng.choice(HOURS_OK)
        d.add("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv "
              f"beskæftigelsesindsats § 167 i perioden {period_text(rng, start, end)}.")
        d.add("p", f"Din mentor er {mname}, {morg}. Mentor har {hours} med dig. Hvad mentor skal hjælpe dig med, "
              f"står i mentoraftalen, som du får sammen med dette brev.")
        d.add("p", "Du får fuldt ud medhold i din ansøgning.")
    elif sub == "partial":
        d.period = {"start": start.isoformat(), "end": end.isoformat()}
        d.add("title", "Afgørelse om mentorstøtte – delvis bevilling")
        d.add("p", f"Du har søgt om mentorstøtte i 5 timer om ugen. Vi har bevilget dig mentorstøtte i 2 timer om ugen "
              f"i perioden {period_text(rng, start, end)}.")
        if "no_reasons" not in defects:
            d.add("h", "Begrundelse")
            d.add("p", "Vi har lagt vægt på, at du allerede har støtte fra din kontaktperson i Socialforvaltningen to dage "
                  "om ugen, og at dit behov for støtte i praktikken efter vores vurdering kan dækkes med 2 timer. "
                  "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.")
    elif sub == "refusal":
        d.add("title", "Afslag på mentorstøtte")
        d.add("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag på din ansøgning.")
        if "no_reasons" not in defects:
            d.add("h", "Begrundelse")
            d.add("p", "Der kan kun gives mentorstøtte, når støtten er nødvendig for, at du kan gennemføre et tilbud, "
                  "en uddannelse eller fastholde et job (LAB § 167). Vi har lagt vægt på, at du ikke er i gang med et "
                  "tilbud eller en uddannelse, og at du allerede får støtte efter serviceloven § 85.")
        else:
            d.add("p", "Du er velkommen til at kontakte din sagsbehandler, hvis du har spørgsmål.")
    else:  # ending
        d.add("title", "Ophør af mentorstøtte")
        stop = add_months(date, 1).replace(day=1) - dt.timedelta(days=1)
        d.add("p", f"Vi har besluttet, at din mentorstøtte ophører den {dlong(stop)}.")
        if "no_reasons" not in defects:
            d.add("h", "Begrundelse")
            d.add("p", "Vi har lagt vægt på, at du siden januar har mødt stabilt på dit job, og at formålet med støtten "
                  "dermed er opfyldt, jf. lov om en aktiv beskæftigelsesindsats § 167.")
    if "appeal_missing" in defects:
        pass
    else:
        d.add("h", "Klagevejledning")
        if "appeal_incomplete" in defects:
            d.add("p", rng.choice(APPEAL_INCOMPLETE))
        elif "appeal_wrong" in defects:
            d.add("p", rng.choice(APPEAL_WRONG))
        else:
            d.add("p", appeal_full(date))
    d.add("p", f"Med venlig hilsen\n\n{cw}\nSagsbehandler\n{sender}\nTlf. {phone(rng)}")
    d.meta = dict(fn=fn, ln=ln, cw=cw, cwi=cwi, cpr=c)
    return d


def make_other(rng, i, unit, date, sub):
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    cw, cwi = rng.choice(CASEWORKERS)
    mname, morg = rng.choice(MENTORS)
    d = Doc("unknown", unit, date, sub)
    d.subtype = sub
    d.layout = "mixed"
    d.traits.append(f"unit:{unit}")
    c = cpr(rng) if rng.random() < 0.2 and sub in ("journalnotat", "statusrapport", "henvisning", "referat") else None
    if c:
        d.mnc.append(c); d.traits.append("cpr")
    start = add_months(date.replace(day=1), -2)
    end = add_months(start, 6) - dt.timedelta(days=1)
    if sub == "journalnotat":
        d.add("p", f"Journalnotat\nEmne: {rng.choice(['Samtale', 'Telefonsamtale med borger', 'Opfølgning mentor', 'Sms-kontakt'])}\n"
              f"Dato: {fmt_date(date, 1)}   Oprettet af: {cw} ({cwi})")
        if c:
            d.add("p", f"Borger: {fn} {ln}, {c}")
        d.add("p", rng.choice([
            f"Borger ringede. Har været syg i ugen og ikke mødt i praktikken. Har talt med mentor {mname}, som tager ud "
            f"til borger torsdag. Borger er orienteret om, at fravær skal meldes til praktikstedet før kl. 8.",
            f"Samtale med {fn} om mentorforløbet. {fn} oplever, at det går bedre med at møde ind, og vil gerne fortsætte. "
            f"Mentor har i dag ca. 2 timer om ugen. Vi aftalte at tage stilling til forlængelse ved næste samtale.",
            f"Modtaget status fra {morg}. Forløbet går efter planen. Ingen handling.",
            f"Forgæves opkald til borger kl. 10.15 og 13.30. Sendt sms om ny tid {fmt_date(add_months(date, 0) + dt.timedelta(days=7), 0)} kl. 10.00.",
        ]))
        d.add("p", "Notatpligt jf. offentlighedslovens § 13 er iagttaget.") if rng.random() < .3 else None
    elif sub == "statusrapport":
        d.add("title", "Statusrapport – mentorforløb")
        d.add("p", f"Fra: {mname}, {morg}\nTil: {cw}, {jc(date)}\nBorger: {fn} {ln}" + (f" ({c})" if c else "") +
              f"\nPeriode for rapporten: {fmt_date(start, 1)} - {fmt_date(date, 1)}")
        d.add("h", "Forløbet indtil nu")
        d.add("p", f"Vi har mødtes {rng.randint(6, 14)} gange, typisk 2 timer om ugen. {fn} har mødt stabilt de første "
              f"uger, men har haft fravær i forbindelse med sygdom i familien.")
        d.add("h", "Mål og progression")
        d.add("p", "Målet om fremmøde 4 dage om ugen er delvist nået (3 dage i gennemsnit). Næste skridt er at øge til "
              "fuld tid i praktikken.")
        d.add("h", "Anbefaling")
        d.add("p", rng.choice(["Vi anbefaler, at forløbet fortsætter perioden ud.",
                               "Vi anbefaler forlængelse i 3 måneder med samme timetal.",
                               "Forløbet kan afsluttes; borger klarer sig selv."]))
        d.add("p", f"Venlig hilsen\n{mname}\n{morg}")
    elif sub == "referat":
        d.add("title", rng.choice(["Referat af opfølgningsmøde", "Referat – netværksmøde", "Referat af rundbordssamtale"]))
        d.add("p", f"Dato: {fmt_date(date, 0)}\nDeltagere: {fn} {ln} (borger), {mname} (mentor), {cw} (sagsbehandler)"
              + (", nærmeste leder" if unit == "syg" else ""))
        d.add("h", "Dagsorden")
        for x in ["Velkomst", "Status fra borger og mentor", "Plan for næste periode", "Eventuelt"]:
            d.add("li", x)
        d.add("h", "Status")
        d.add("p", f"{fn} fortæller, at det går bedre. Mentor bekræfter. Fremmøde er steget fra 2 til 4 dage om ugen.")
        d.add("h", "Aftaler")
        d.add("li", "Mentor fortsætter med nuværende timetal.")
        d.add("li", f"Næste møde: {fmt_date(add_months(date, 1), 0)} kl. 13.00 i jobcentret.")
        d.add("p", f"Referent: {cw}")
    elif sub == "henvisning":
        d.add("title", "Henvisning til mentorforløb")
        d.add("p", f"Til: {morg}\nFra: {cw}, {jc(date)}\nDato: {fmt_date(date, 1)}")
        d.add("kv", "Borger", f"{fn} {ln}" + (f", {c}" if c else ""))
        d.add("kv", "Ydelse", {"ung": "Uddannelseshjælp", "int": "Selvforsørgelses- og hjemrejseydelse", "syg": "Sygedagpenge"}[unit])
        d.add("kv", "Ønsket opstart", fmt_date(add_months(date, 1).replace(day=1), 1))
        d.add("kv", "Baggrund", "Borger har brug for støtte til at fastholde praktik. Tidligere afbrudte forløb pga. fravær.")
        d.add("kv", "Forventet omfang", "2-3 timer pr. uge i 6 måneder")
        d.add("kv", "Bestilling", "Leverandøren bedes kontakte borger inden 5 hverdage og sende opstartsnotat.")
        d.add("p", "Leverandøren fakturerer efter rammeaftalen. Ved spørgsmål kontakt sagsbehandler.")
    elif sub == "faktura":
        d.add("title", "FAKTURA")
        d.add("p", f"{morg}\nCVR 3{rng.randint(1000000, 9999999)}\nFakturanr. {rng.randint(20000, 29999)}\nFakturadato: {fmt_date(date, 1)}")
        d.add("p", f"Debitor: {jc(date)}, EAN 579800{rng.randint(1000000, 9999999)}\nRekvirent: {cw}")
        h = rng.randint(6, 14)
        d.add("kv", "Ydelse", "Antal", "Pris", "Beløb")
        d.add("kv", f"Mentortimer, {fn[0]}.{ln[0]}., {MONTHS[add_months(date, -1).month - 1]}", f"{h}", "545,00", f"{h*545:,}".replace(",", ".") + ",00")
        d.add("kv", "Kørsel", "1", "180,00", "180,00")
        d.add("p", f"Betalingsbetingelser: netto 30 dage. Bank: reg. 1551 konto 1234567.")
    elif sub == "vejledning":
        d.add("title", rng.choice(["Mentorstøtte – sådan arbejder vi", "Arbejdsgang: mentoraftaler i Ungeenheden",
                                   "Hvad er en mentor? (til borgere)"]))
        d.add("p", "Denne vejledning beskriver, hvordan mentorstøtte bevilges og dokumenteres.")
        d.add("h", "Hvad skal en mentoraftale indeholde?")
        for x in ["Målet med mentorstøtten", "Mentors navn og kontaktdata", "Hvilke opgaver mentor skal hjælpe med",
                  "Varighed og opfølgning (højst 6 måneder ad gangen)", "Timetal pr. uge", "Klagevejledning"]:
            d.add("li", x)
        d.add("h", "Klage")
        d.add("p", "Borgeren klager til kommunen inden 4 uger. Kommunen genvurderer og sender klagen videre til "
              "Ankestyrelsen, hvis afgørelsen fastholdes.")
        d.add("p", f"Senest revideret {fmt_date(date, 1)} · Kvalitet og Udvikling")
    elif sub == "mail-moede":
        d.add("p", f"Hej {fn}\n\nVi mødes som aftalt på tirsdag kl. 10 i Café Sonja ved Gellerup. Husk dit sygesikringskort, "
              f"vi skal forbi lægen bagefter.\n\nHilsen {mname.split()[0]}")
    d.meta = dict(fn=fn, ln=ln, cw=cw, cwi=cwi, cpr=c, mentor=mname, morg=morg)
    return d


# ---------------------------------------------------------------- renderers
def to_text(d: Doc, md=False) -> str:
    out = []
    for b in d.blocks:
        if b[0] == "title":
            out.append(("# " if md else "") + b[1] + ("" if md else "\n" + "=" * len(b[1])))
        elif b[0] == "h":
            out.append(("## " if md else "") + b[1])
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "li":
            out.append("- " + b[1])
        elif b[0] == "kv":
            if len(b) == 3:
                lab, val = b[1], b[2]
                lines = val.split("\n") if val else [""]
                out.append(f"{lab}: {lines[0]}" + "".join("\n    " + x for x in lines[1:]))
            else:
                out.append("   ".join(b[1:]))
    txt = ""
    for x in out:
        sep = "\n" if (x.startswith("- ") and txt.endswith("\n")) else "\n\n"
        txt += (sep if txt else "") + x
    return txt.replace("\n\n- ", "\n- ").replace("\n\n\n", "\n\n") + "\n"


def to_docx(d: Doc, path: Path, rng):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    sec = doc.sections[0]
    if d.unit == "syg" and rng.random() < .5:
        sec.footer.paragraphs[0].text = f"{jc(d.date)} · Job og Sundhed · Værkmestergade 15 · 8000 Aarhus C"
    rows = []

    def flush():
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        t = doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for r in rows:
            cells = t.add_row().cells
            for j, v in enumerate(r):
                cells[j].text = v
                if j == 0 and ncol == 2:
                    for run in cells[j].paragraphs[0].runs:
                        run.bold = True
        rows.clear()
    bold_heads = d.unit == "syg" or rng.random() < .3
    for b in d.blocks:
        if b[0] != "kv":
            flush()
        if b[0] == "title":
            doc.add_heading(b[1], level=1)
        elif b[0] == "h":
            if bold_heads:
                r = doc.add_paragraph().add_run(b[1]); r.bold = True
            else:
                doc.add_heading(b[1], level=2)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "li":
            doc.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "kv":
            rows.append(list(b[1:]))
    flush()
    doc.save(path)


def to_odt(d: Doc, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="paragraph"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    rows = []

    def flush():
        if not rows:
            return
        t = Table(name=f"T{len(doc.text.childNodes)}")
        ncol = max(len(r) for r in rows)
        t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for r in rows:
            tr = TableRow()
            for v in r:
                tc = TableCell()
                for line in (v.split("\n") or [""]):
                    tc.addElement(P(text=line))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
        rows.clear()
    lst = None
    for b in d.blocks:
        if b[0] != "kv":
            flush()
        if b[0] != "li":
            lst = None
        if b[0] == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif b[0] == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif b[0] == "p":
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif b[0] == "li":
            if lst is None:
                lst = List(); doc.text.addElement(lst)
            li = ListItem(); li.addElement(P(text=b[1])); lst.addElement(li)
        elif b[0] == "kv":
            rows.append(list(b[1:]))
    flush()
    doc.save(str(path))


def to_pdf_print(d: Doc, path: Path, rng):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as cv
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
    cw, cwi = d.meta["cw"], d.meta.get("cwi", "XX")
    printed = d.date + dt.timedelta(days=rng.randint(60, 700))
    printed = min(printed, dt.date(2026, 11, 20))
    stamp = f"Udskrevet af {cw} ({cwi}{rng.randint(1000, 9999)}) den {printed.strftime('%d.%m.%Y')} kl. {rng.randint(8, 15):02d}:{rng.randint(0, 59):02d}"
    docno = f"Dok.nr. {d.date.year}-{rng.randint(100000, 999999)}"
    sysname = rng.choice(["Momentum", "Fasit", "SBSYS"])

    class NC(cv.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__)); self._startPage()

        def save(self):
            n = len(self._pages)
            for st in self._pages:
                self.__dict__.update(st)
                self.setFont("Helvetica", 7.5)
                self.drawString(18 * mm, 287 * mm, stamp)
                self.drawRightString(192 * mm, 287 * mm, sysname)
                self.line(18 * mm, 285.5 * mm, 192 * mm, 285.5 * mm)
                self.drawString(18 * mm, 10 * mm, docno)
                self.drawRightString(192 * mm, 10 * mm, f"Side {self._pageNumber} af {n}")
                super().showPage()
            super().save()
    story = []
    rows = []

    def flush():
        if rows:
            data = [[Paragraph(escape(c).replace("\n", "<br/>"), body) for c in r] for r in rows]
            ncol = max(len(r) for r in rows)
            widths = [50 * mm, 120 * mm] if ncol == 2 else [170 * mm / ncol] * ncol
            t = Table(data, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t); story.append(Spacer(1, 6)); rows.clear()
    items = []

    def flush_li():
        if items:
            story.append(ListFlowable([ListItem(Paragraph(escape(x), body)) for x in items], bulletType="bullet"))
            items.clear()
    for b in d.blocks:
        if b[0] != "kv":
            flush()
        if b[0] != "li":
            flush_li()
        if b[0] == "title":
            story.append(Paragraph(escape(b[1]), ss["Title"]))
        elif b[0] == "h":
            story.append(Paragraph(escape(b[1]), ss["Heading3"]))
        elif b[0] == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), body))
        elif b[0] == "li":
            items.append(b[1])
        elif b[0] == "kv":
            rows.append(list(b[1:]))
    flush(); flush_li()
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=22 * mm, bottomMargin=18 * mm,
                            leftMargin=18 * mm, rightMargin=18 * mm, title=d.title)
    doc.build(story, canvasmaker=NC)


def to_eml(d: Doc, path: Path, rng, style):
    cw = d.meta["cw"]
    cwmail = mail_of(cw, "x")
    fn, ln = d.meta["fn"], d.meta["ln"]
    m = EmailMessage()
    when = dt.datetime.combine(d.date, dt.time(rng.randint(8, 15), rng.randint(0, 59)), tzinfo=dt.timezone.utc)
    body = to_text(d)
    sig = f"\n\nVenlig hilsen\n{cw}\nSagsbehandler, {jc(d.date)}\nDirekte tlf. {phone(rng)}\n"
    if style == "body":
        m["From"] = f"{cw} <{cwmail}>"
        m["To"] = f"{fn.lower()}{rng.randint(1, 99)}@gmail.com"
        m["Subject"] = f"{d.title} – {fn} {ln}" if d.kind != "unknown" else d.title
        if d.kind == "agreement":
            text = f"Kære {fn}\n\nHermed den aftale, vi lavede på mødet i dag. Læs den igennem og svar på mailen, hvis noget skal rettes.\n\n" + body + sig
        elif d.kind == "decision":
            text = f"Kære {fn}\n\nDu får her afgørelsen om mentorstøtte. Brevet er også sendt til din e-Boks.\n\n" + body + sig
        elif d.subtype == "henvisning":
            m.replace_header("To", f"info@{d.meta['morg'].split()[0].lower()}.dk")
            text = "Hej\n\nHermed henvisning på ny borger. Ring gerne, hvis I ikke kan starte inden for en uge.\n\n" + body + sig
        else:
            mentor = d.meta.get("mentor", "Kirsten Dahl")
            m.replace_header("From", f"{mentor} <{mail_of(mentor, d.meta.get('morg', ''))}>")
            text = body
    elif style == "outlook-reply":
        mentor = d.meta.get("mentor", "Kirsten Dahl")
        m["From"] = f"{mentor} <{mail_of(mentor, d.meta.get('morg', ''))}>"
        m["To"] = f"{cw} <{cwmail}>"
        m["Subject"] = f"SV: {d.title} {fn} {ln}"
        text = (f"Hej {cw.split()[0]}\n\nTak, det er modtaget, og jeg er enig i aftalen. Jeg tager kontakt til {fn} i morgen.\n\n"
                f"Mvh {mentor}\n\n"
                f"Fra: {cw} <{cwmail}>\nSendt: {dlong(d.date)} 09:14\nTil: {mentor}\nEmne: {d.title} {fn} {ln}\n\n"
                f"Hej {mentor.split()[0]}\n\nHer er mentoraftalen for {fn}, som vi talte om.\n\n" + body + sig)
    else:  # forwarded
        m["From"] = f"{cw} <{cwmail}>"
        m["To"] = "arkiv-beskaeftigelse@aarhus.dk"
        m["Subject"] = f"VS: {d.title}"
        text = ("Til journalisering.\n\n---------- Videresendt meddelelse ----------\n"
                f"Fra: {cw} <{cwmail}>\nDato: {fmt_date(d.date, 0)}\nEmne: {d.title}\nTil: {fn} {ln}\n\n" + body)
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{rng.randint(10**9, 10**10)}@aarhus.dk>"
    m.set_content(text)
    path.write_bytes(bytes(m))


# ---------------------------------------------------------------- corpus plan
def rand_date(rng):
    start = dt.date(2023, 1, 9)
    return start + dt.timedelta(days=rng.randint(0, (dt.date(2026, 10, 30) - start).days))


AGR_DEFECTS = [[]] * 24 + [["miss:hours"], ["vague_hours"], ["vague_hours"], ["over6"], ["over6"], ["over6", "vague_hours"],
                           ["unclear"], ["unclear"], ["unclear"], ["appeal_incomplete"], ["appeal_incomplete"],
                           ["appeal_missing"], ["appeal_wrong"], ["miss:follow"], ["miss:follow"], ["mentor_no_contact"],
                           ["miss:goal"], ["miss:tasks"], ["miss:duration"], ["miss:mentor", "appeal_incomplete"],
                           ["unclear", "miss:follow"]]


def build(out: Path):
    rng = random.Random(SEED)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    units = ["ung", "int", "syg"]
    unit_dir = {"ung": "ungeenheden", "int": "integrationsenheden", "syg": "job-og-sundhed"}
    n = 0

    def save(d: Doc, fmt: str, name: str, style=None):
        nonlocal n
        n += 1
        rel = Path(unit_dir[d.unit]) / str(d.date.year) / f"{n:03d}-{name}.{fmt}"
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        layout = d.layout
        if fmt == "pdf":
            to_pdf_print(d, p, rng); layout = f"case-print-{d.layout}"
        elif fmt == "docx":
            to_docx(d, p, rng)
        elif fmt == "odt":
            to_odt(d, p)
        elif fmt == "eml":
            to_eml(d, p, rng, style); layout = f"eml-{style}"
        else:
            md = style == "md"
            p.write_text(to_text(d, md=md), encoding="utf-8")
            if md:
                layout = "txt-markdown"
        kind = d.kind
        traits = list(d.traits)
        if style:
            traits.append(f"style:{style}")
        e = {"path": str(rel), "kind": kind, "format": fmt, "layout": layout, "subtype": d.subtype,
             "rules": sorted(d.rules), "extras": sorted(d.extras), "error": None, "accept_errors": [],
             "must_not_contain": [c.replace("-", "") for c in d.mnc] + list(d.mnc), "traits": traits}
        if d.period:
            e["period"] = d.period
        entries.append(e)

    # agreements: 45
    defects = list(AGR_DEFECTS)
    rng.shuffle(defects)
    fmts = ["pdf"] * 16 + ["docx"] * 11 + ["odt"] * 5 + ["eml"] * 8 + ["txt"] * 5
    rng.shuffle(fmts)
    for k in range(45):
        unit = units[k % 3]
        fmt = fmts[k]
        layout = "prose" if (unit == "int" and rng.random() < .25) else ("table" if unit == "int" else "headings")
        d = make_agreement(rng, k, unit, rand_date(rng), set(defects[k]), layout)
        style = None
        if fmt == "eml":
            style = ["body", "outlook-reply", "forwarded"][k % 3]
            if style == "outlook-reply" and (d.rules & {"missing-mentor"}):
                style = "body"
        if fmt == "txt" and k % 2 == 0:
            style = "md"
        save(d, fmt, {"ung": "aftale-mentorstoette", "int": "mentoraftale", "syg": "aftale-mentorforloeb"}[unit], style)
    # decisions: 15
    dec = [("grant", []), ("grant", []), ("grant", []), ("grant", ["appeal_wrong"]), ("grant", ["over6"]),
           ("grant", ["appeal_incomplete"]), ("partial", []), ("partial", ["no_reasons"]), ("refusal", []),
           ("refusal", []), ("refusal", ["no_reasons"]), ("refusal", ["appeal_missing"]), ("ending", []),
           ("ending", ["no_reasons"]), ("ending", ["appeal_incomplete"])]
    dfmts = ["pdf"] * 9 + ["docx"] * 3 + ["txt"] * 2 + ["eml"]
    rng.shuffle(dfmts)
    for k, (sub, df) in enumerate(dec):
        d = make_decision(rng, k, units[k % 3], rand_date(rng), sub, set(df))
        save(d, dfmts[k], {"grant": "afgoerelse-bevilling", "partial": "afgoerelse-delvis", "refusal": "afslag",
                           "ending": "ophoer"}[sub], "body" if dfmts[k] == "eml" else None)
    # Min Plan: 15
    mp = [[]] * 9 + [["miss:hours"], ["mentor_no_contact"], ["unclear"], ["over6"], ["miss:duration"], ["vague_hours"]]
    rng.shuffle(mp)
    for k, df in enumerate(mp):
        d = make_minplan(rng, k, units[k % 3], rand_date(rng), set(df))
        save(d, "pdf" if k < 11 else "txt", "minplan-udskrift")
    # other: 25
    others = (["journalnotat"] * 7 + ["statusrapport"] * 4 + ["referat"] * 4 + ["henvisning"] * 3 + ["faktura"] * 3 +
              ["vejledning"] * 2 + ["mail-moede"] * 2)
    ofmt = {"journalnotat": ["txt", "pdf"], "statusrapport": ["docx", "pdf"], "referat": ["docx", "odt"],
            "henvisning": ["pdf", "eml"], "faktura": ["pdf"], "vejledning": ["pdf", "docx"], "mail-moede": ["eml"]}
    for k, sub in enumerate(others):
        d = make_other(rng, k, units[k % 3], rand_date(rng), sub)
        fmt = ofmt[sub][k % len(ofmt[sub])]
        save(d, fmt, sub, "body" if fmt == "eml" else None)
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as f:
        for e in sorted(entries, key=lambda e: e["path"]):
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    return entries


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    es = build(a.out)
    print(f"{len(es)} documents written to {a.out}")
