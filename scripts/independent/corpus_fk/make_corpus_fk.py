#!/usr/bin/env python3
"""Corpus fk: mentor-support paperwork in which the *period* is written in every Danish shape.

Usage:  /work/main/.venv/bin/python make_corpus_fk.py --out /work/corpora/fk [--seed 13]

Deterministic for a given seed. Writes the documents and EXPECTED.jsonl (corpusgen manifest shape).
Labels are decided from the rule docs (`mentordocs rules NAME`) and shared/domain.md, never from the
linter's output. See NOTES.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from periods_fk import BY_ID, D, Scn  # noqa: E402
import render_fk as R  # noqa: E402

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def long(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def short(d: dt.date) -> str:
    return f"{d.day}/{d.month}-{d.year % 100:02d}"


def dots(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def wlong(d: dt.date) -> str:
    return f"{WEEKDAYS[d.weekday()]} den {long(d)}"


DATEFMT = [long, short, dots, wlong]

# ------------------------------------------------------------------ people and places
MUNIS = [
    ("Vejle Kommune", "Jobcenter Vejle", "Havneparken 1, 7100 Vejle", "76 81 00 00"),
    ("Holbæk Kommune", "Jobcenter Holbæk", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
    ("Randers Kommune", "Jobcenter Randers", "Laksetorvet 1, 8900 Randers C", "89 15 15 15"),
    ("Slagelse Kommune", "Jobcenter Slagelse", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00"),
    ("Herning Kommune", "Jobcenter Herning", "Fredensgade 30, 7400 Herning", "96 28 28 28"),
    ("Svendborg Kommune", "Jobcenter Svendborg", "Ramsherred 5, 5700 Svendborg", "62 23 30 00"),
    ("Næstved Kommune", "Jobcenter Næstved", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88"),
    ("Viborg Kommune", "Jobcenter Viborg", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87"),
    ("Frederikssund Kommune", "Jobcenter Frederikssund", "Torvet 2, 3600 Frederikssund", "47 35 10 00"),
    ("Aabenraa Kommune", "Jobcenter Aabenraa", "Skelbækvej 2, 6200 Aabenraa", "73 76 76 76"),
]
CITIZENS = [("Jonas", "Mikkelsen"), ("Sofie", "Lund"), ("Ahmad", "Rahimi"), ("Mette", "Kjeldsen"),
            ("Kasper", "Thomsen"), ("Line", "Brask"), ("Yasmin", "Haddad"), ("Peter", "Skov"),
            ("Camilla", "Bech"), ("Rasmus", "Dahl"), ("Nanna", "Holm"), ("Emil", "Kristoffersen"),
            ("Fatima", "Aziz"), ("Mikkel", "Vinther"), ("Julie", "Sørensen"), ("Tobias", "Lauridsen"),
            ("Amalie", "Frost"), ("Bashir", "Noori"), ("Ida", "Westergaard"), ("Oliver", "Jeppesen"),
            ("Signe", "Møller"), ("Daniel", "Hviid"), ("Sara", "Nissen"), ("Mathias", "Krogh")]
MENTORS = [("Lone", "Kjær", "Mentorhuset ApS"), ("Henrik", "Dalgaard", "Jobvejen"),
           ("Birgitte", "Nørgaard", "Brobyggerne"), ("Søren", "Ibsen", "Kompas Mentor"),
           ("Hanne", "Friis", "UngeVejen"), ("Thomas", "Bruun", "Mentorhuset ApS"),
           ("Malene", "Storm", "Vejviseren I/S"), ("Karim", "Jensen", "Jobvejen"),
           ("Anne-Mette", "Lykke", "Kompas Mentor"), ("Jesper", "Holst", "Brobyggerne")]
CASEWORKERS = [("Pia", "Rasmussen"), ("Michael", "Lindberg"), ("Trine", "Ølgaard"),
               ("Ulrik", "Madsen"), ("Gitte", "Schmidt"), ("Anders", "Poulsen"),
               ("Rikke", "Andersen"), ("Nikolaj", "Fog")]


def phone(rng):
    return f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def mail(first, last, org):
    dom = org.lower().replace(" aps", "").replace(" i/s", "").replace(" ", "").replace("æ", "ae") \
        .replace("ø", "oe").replace("å", "aa")
    fold = lambda x: x.lower().replace("-", "").replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    return f"{fold(first)}.{fold(last)}@{dom}.dk"


def cpr(rng):
    y = rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(0, 6)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    s = rng.randint(1000, 9999)
    return f"{d:02d}{m:02d}{y:02d}-{s}"


# ------------------------------------------------------------------ content pools
CLEAR_GOALS = [
    "{fn} er i virksomhedspraktik i Netto 15 timer om ugen senest 1. maj og møder stabilt mindst fire dage om ugen.",
    "{fn} gennemfører grundforløb 1 på SOSU-skolen med højst to fraværsdage om måneden.",
    "{fn} er startet på FGU (produktionsgrunduddannelse, køkkenlinjen) og møder fire dage om ugen.",
    "{fn} har ved forløbets afslutning et løntilskudsjob som lagermedhjælper hos Bygma i 25 timer om ugen.",
    "{fn} fastholder sin plads på hf-enkeltfag på VUC og går til eksamen i dansk C til sommer.",
    "{fn} er i ordinært job med mindst 15 timer om ugen inden for rengøring eller køkken.",
    "{fn} har øget sin arbejdstid i fleksjobbet som pedelmedhjælper fra 10 til 15 timer om ugen.",
    "{fn} har gennemført AMU-kurset i truckkørsel og søger mindst to stillinger om ugen som lagerarbejder.",
    "{fn} fastholder sin elevplads som tømrerlærling og møder til tiden alle arbejdsdage.",
    "{fn} er i virksomhedspraktik i en børnehave 20 timer om ugen med henblik på ansættelse som pædagogmedhjælper.",
]
UNCLEAR_GOALS = [
    "Øget trivsel og mere struktur på hverdagen.",
    "Støtte til at komme videre i livet.",
    "At {fn} får det bedre og kommer tættere på arbejdsmarkedet.",
    "Hjælp til at skabe ro omkring {fn}s situation og styrke selvværdet.",
]
TASKS = [
    ["Følge {fn} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med at planlægge ugen i en kalender"],
    ["Hjælpe {fn} med at komme op om morgenen og af sted til skole", "Tage med til møder med studievejleder",
     "Støtte i at holde styr på afleveringer"],
    ["Være bindeled mellem {fn} og arbejdspladsen", "Hjælpe med post fra det offentlige og e-Boks",
     "Følge med til lægen, når det har betydning for jobbet"],
    ["Træne bustur til arbejdspladsen", "Løbende samtaler med kontaktperson på arbejdspladsen",
     "Hjælpe {fn} med at sige til og fra over for kolleger"],
    ["Sparre med {fn} om fravær og sygemeldinger", "Hjælpe med jobsøgning: CV og to ansøgninger om ugen",
     "Deltage i trepartssamtaler"],
]
# which task list fits which goal (praktik, school, workplace, job search)
GOAL_TASKS = [0, 1, 1, 3, 1, 4, 2, 4, 3, 0]
HOURS = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "1½ time ugentligt", "4 timer om ugen",
         "5 timer pr. uge de første fire uger, derefter 3 timer pr. uge", "2-3 timer om ugen"]
VAGUE_HOURS = ["Efter behov", "Et par timer om ugen, efter behov", "Løbende"]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {muni} inden fire uger efter, at du har modtaget dette brev. "
    "Kommunen genvurderer afgørelsen inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder afgørelsen, "
    "bliver din klage sendt videre til Ankestyrelsen, som tager stilling til sagen (LAB § 204 og retssikkerhedslovens kapitel 10).",
    "Du kan klage mundtligt eller skriftligt til {job}, {addr}, tlf. {tel}. Klagen skal være modtaget senest 4 uger efter, "
    "at du fik afgørelsen. Vi ser på sagen igen. Giver vi dig ikke ret, sender vi klagen og sagens akter videre til "
    "Ankestyrelsen inden 4 uger.",
    "Er du uenig, kan du klage. Klagen sendes til {muni} inden 4 uger fra modtagelsen af afgørelsen. "
    "Kommunen vurderer sagen igen, og fastholdes afgørelsen, sendes klagen til Ankestyrelsens Beskæftigelsesudvalg.",
]
APPEAL_BAD = [
    ("Du kan klage over afgørelsen.", "appeal:no-body-no-deadline"),
    ("Hvis du er uenig, kan du klage til kommunen.", "appeal:no-deadline"),
    ("Spørgsmål til aftalen kan rettes til din sagsbehandler.", "appeal:none-real"),
    (None, "appeal:absent"),
]
APPEAL_WRONG = ("Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. "
                "Klagen sendes direkte til Ankestyrelsen, 7998 Statsservice.")
FOLLOWUP_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "-"]


class Ctx:
    def __init__(self, rng, i):
        self.rng = rng
        self.muni, self.job, self.addr, self.tel = MUNIS[i % len(MUNIS)]
        self.fn, self.ln = CITIZENS[(i * 7) % len(CITIZENS)]
        mf, ml, self.prov = MENTORS[(i * 3) % len(MENTORS)]
        self.mentor = f"{mf} {ml}"
        self.mfirst = mf
        self.mtel = phone(rng)
        self.mmail = mail(mf, ml, self.prov)
        cf, cl = CASEWORKERS[(i * 5) % len(CASEWORKERS)]
        self.cw = f"{cf} {cl}"
        self.cwtel = phone(rng)
        self.cwmail = f"{cf[0].lower()}{cl[:3].lower().replace('ø', 'oe')}@{self.muni.split()[0].lower().replace('æ', 'ae')}.dk"
        self.sagsnr = f"{rng.randint(10, 32)}.{rng.randint(10, 99)}.{rng.randint(10, 30)}-A{rng.randint(10, 99)}-{rng.randint(1, 99)}-26"
        self.cpr = cpr(rng)
        self.goal_i = i % len(CLEAR_GOALS)
        self.task_i = GOAL_TASKS[self.goal_i]
        self.hours = HOURS[i % len(HOURS)]
        self.appeal_i = i % len(APPEAL_FULL)

    def f(self, s):
        return s.format(fn=self.fn, muni=self.muni, job=self.job, addr=self.addr, tel=self.tel)


def letter_date(scn: Scn, i: int) -> dt.date:
    if scn is not None and scn.start:
        d = scn.start - dt.timedelta(days=14 + (i % 9))
    else:
        d = D(2026, 2, 10) + dt.timedelta(days=(i * 11) % 200)
    while d.weekday() > 4:
        d -= dt.timedelta(days=1)
    return d


# ------------------------------------------------------------------ agreement
def agreement(i, scn: Scn, defects, layout, c: Ctx, use_cpr, subtype):
    traits = scn.trait.split(";") + [f"layout:{layout}"]
    ld = letter_date(scn, i)
    start = scn.start
    meet1 = (start or ld + dt.timedelta(days=20)) + dt.timedelta(days=28)
    evalline = ""
    if scn.end:
        evald = scn.end - dt.timedelta(days=14)
        while evald.weekday() > 4:
            evald -= dt.timedelta(days=1)
        evalline = f" Slutevaluering senest {DATEFMT[i % 4](evald)} (14 dage før ophør)."
    fu_opts = [
        f"Statusmøde hver 4. uge med {c.fn}, mentor og sagsbehandler; første gang {short(meet1)}.{evalline}",
        f"Vi følger op hver måned på, om delmålene nås (fremmøde og timer i praktik). Første opfølgning {long(meet1)}.{evalline}",
        f"Midtvejsevaluering efter tre måneder og evaluering 14 dage før forløbet slutter. Progression måles på antal fremmødedage pr. uge.",
    ]
    goal = None if "missing-goal" in defects else (
        c.f(UNCLEAR_GOALS[i % len(UNCLEAR_GOALS)]) if "unclear-goal" in defects else c.f(CLEAR_GOALS[c.goal_i]))
    tasks = None if "missing-tasks" in defects else [c.f(t) for t in TASKS[c.task_i]]
    hours = VAGUE_HOURS[i % len(VAGUE_HOURS)] if "missing-hours" in defects else c.hours
    follow = FOLLOWUP_VAGUE[i % len(FOLLOWUP_VAGUE)] if "missing-follow-up" in defects else fu_opts[i % 3]
    mentor_full = "missing-mentor" not in defects
    mentor_val = (f"{c.mentor}, {c.prov}, tlf. {c.mtel}, {c.mmail}" if mentor_full
                  else f"{c.mentor} ({c.prov})")
    if "missing-appeal-guidance" in defects:
        appeal, atr = APPEAL_BAD[i % len(APPEAL_BAD)]
        traits.append(atr)
    else:
        appeal = c.f(APPEAL_FULL[c.appeal_i])
    if "missing-hours" in defects:
        traits.append("hours:vague")
    if "missing-follow-up" in defects:
        traits.append("follow-up:vague")
    if "missing-mentor" in defects:
        traits.append("mentor:name-only")
    if "missing-goal" in defects:
        traits.append("goal:placeholder")
    sign = f"{c.muni.split()[0]}, den {long(ld + dt.timedelta(days=3))}"
    nextcall = (scn.end + dt.timedelta(days=10)) if scn.end else None
    is_udskr = subtype == "agreement-udskrivning"
    is_ext = subtype == "agreement-extension"
    titles = {"skema": "Aftale om mentorstøtte", "labels": "Mentoraftale",
              "brev": "Aftale om mentorstøtte – det har vi aftalt",
              "nummereret": "Skriftlig aftale om mentorstøtte (LAB § 167)",
              "provider": f"Samarbejdsaftale – mentorforløb hos {c.prov}",
              "momentum": "Aftale om mentorstøtte (udskrift fra sagssystem)"}
    title = titles[layout]
    if is_udskr:
        title = "Aftale om udskrivningskoordinator (mentorstøtte efter LAB § 167, stk. 2)"
        traits.append("type:udskrivningskoordinator")
    if is_ext:
        title = "Aftale om forlængelse af mentorstøtte"
        traits.append("type:extension")
    meta = [c.job if i % 2 else c.muni, c.addr, f"Dato: {DATEFMT[(i + 1) % 4](ld)}", f"Sagsnr.: {c.sagsnr}"]
    B = [("title", title), ("meta", meta)]
    prevline = None
    if scn.previous:
        prevline = ("kv", "Tidligere periode", scn.previous)
    period_label = "Forlængelsesperiode" if is_ext else {"skema": "Periode", "labels": "Varighed",
                                                       "nummereret": "Varighed", "provider": "Tidsramme",
                                                       "brev": "Periode", "momentum": "Varighed"}[layout]
    split = scn.split is not None
    if layout == "skema":
        rows = [["Borger", f"{c.fn} {c.ln}"]]
        if use_cpr:
            rows.append(["CPR-nr.", c.cpr])
        rows += [["Mentor", mentor_val], ["Sagsbehandler", f"{c.cw}, tlf. {c.cwtel}, {c.cwmail}"]]
        if split:
            rows.append(["Startdato", scn.split[0]])
        else:
            rows.append([period_label, scn.value])
        if scn.previous:
            rows.append(["Tidligere periode", scn.previous])
        rows.append(["Timetal", hours])
        rows.append(["Opstartsmøde", f"{short(start or meet1)} kl. 10.00 hos {c.prov}"])
        B.append(("table", rows, False))
        B.append(("h", "Målet med mentorstøtten"))
        B.append(("p", goal if goal else "Udfyldes ved opstartsmødet"))
        B.append(("h", "Mentorens opgaver"))
        B.append(("ul", tasks) if tasks else ("p", "-"))
        if split:
            B.append(("h", "Afslutning"))
            B.append(("p", scn.split[1]))
        B.append(("h", "Opfølgning og progression"))
        B.append(("p", follow))
        if "missing-follow-up" not in defects and i % 2 == 0:
            mts = [meet1 + dt.timedelta(days=28 * k) for k in range(3)]
            B.append(("p", "Planlagte statusmøder: " + ", ".join(short(m) for m in mts) + "."))
        if i % 3 == 1:
            B.append(("p", f"Mentorstøtten er bevilget ved afgørelse af {long(ld - dt.timedelta(days=5))}."))
        if appeal:
            B.append(("h", "Klagevejledning"))
            B.append(("p", appeal))
        B.append(("sig", [sign, "", f"_________________  {c.fn} {c.ln}", f"_________________  {c.mentor}, mentor",
                          f"_________________  {c.cw}, {c.job}"]))
    elif layout == "labels":
        B.append(("kv", "Borger", f"{c.fn} {c.ln}" + (f", CPR {c.cpr}" if use_cpr else "")))
        B.append(("kv", "Mentor", mentor_val))
        B.append(("kv", "Kontaktperson i kommunen", f"{c.cw}, tlf. {c.cwtel}"))
        B.append(("kv", "Mål", goal if goal else "Udfyldes senere"))
        if tasks:
            B.append(("hb", "Mentorens opgaver"))
            B.append(("ul", tasks))
        else:
            B.append(("kv", "Mentorens opgaver", "-"))
        if split:
            B.append(("kv", "Startdato", scn.split[0]))
        else:
            B.append(("kv", period_label, scn.value))
        if prevline:
            B.append(prevline)
        B.append(("kv", "Timetal", hours))
        B.append(("kv", "Opfølgning", follow))
        if split:
            B.append(("p", scn.split[1]))
        if appeal:
            B.append(("hb", "Klagevejledning"))
            B.append(("p", appeal))
        B.append(("sig", [f"Underskrevet {short(ld + dt.timedelta(days=3))}", f"{c.fn} {c.ln} / {c.mentor} / {c.cw}"]))
    elif layout == "brev":
        B.append(("p", f"Kære {c.fn}"))
        B.append(("p", f"Her får du det, vi blev enige om på mødet {wlong(ld)}, skrevet ned."))
        if use_cpr:
            B.append(("p", f"Vedr.: {c.fn} {c.ln}, cpr.nr. {c.cpr}"))
        B.append(("h", "Hvad er målet?"))
        if goal and goal.startswith(c.fn):
            B.append(("p", f"Målet er, at {goal}"))
        elif goal:
            B.append(("p", f"Målet er: {goal}"))
        else:
            B.append(("p", "Målet aftaler vi, når I har mødtes første gang."))
        B.append(("h", "Hvem er din mentor?"))
        if mentor_full:
            B.append(("p", f"Din mentor er {c.mentor} fra {c.prov}. Du kan ringe til {c.mfirst} på tlf. {c.mtel} "
                           f"eller skrive til {c.mmail}."))
        else:
            B.append(("p", f"Din mentor er {c.mentor} fra {c.prov}."))
        if tasks:
            B.append(("p", f"{c.mfirst} skal hjælpe dig med:"))
            B.append(("ul", tasks))
        B.append(("h", "Hvor længe og hvor meget?"))
        B.append(("p", scn.sent))
        if prevline:
            B.append(("p", f"Din tidligere periode var {scn.previous}."))
        if "missing-hours" in defects:
            B.append(("p", f"I ses {hours.lower()}."))
        else:
            B.append(("p", f"{c.mfirst} har {c.hours} til dig."))
        B.append(("h", "Hvordan følger vi op?"))
        B.append(("p", follow))
        if nextcall and "missing-follow-up" not in defects:
            B.append(("p", f"Du er allerede indkaldt til en samtale i kommunen {long(nextcall)}, hvor vi ser på, hvad der skal ske bagefter."))
        if appeal:
            B.append(("h", "Hvis du ikke er enig"))
            B.append(("p", appeal))
        B.append(("sig", ["Venlig hilsen", c.cw, c.job, f"Tlf. {c.cwtel}"]))
    elif layout == "nummereret":
        if use_cpr:
            B.append(("kv", "Borger", f"{c.fn} {c.ln} ({c.cpr})"))
        else:
            B.append(("kv", "Borger", f"{c.fn} {c.ln}"))
        B.append(("h", "1. Målet med mentorstøtten"))
        B.append(("p", goal if goal else "xx"))
        B.append(("h", "2. Mentorens navn og kontaktdata"))
        B.append(("p", mentor_val))
        B.append(("h", "3. Opgaver, mentoren skal bistå ved"))
        B.append(("ul", tasks) if tasks else ("p", "Udfyldes senere"))
        B.append(("h", "4. Varighed og opfølgning"))
        B.append(("p", f"{period_label}: {scn.value}" if not split else f"Start: {scn.split[0]}. {scn.split[1]}"))
        if prevline:
            B.append(("p", f"Tidligere periode: {scn.previous}"))
        B.append(("p", f"Opfølgning: {follow}"))
        B.append(("h", "5. Timetal"))
        B.append(("p", hours))
        B.append(("h", "6. Klagevejledning"))
        B.append(("p", appeal if appeal else "Se vedlagte pjece."))
        B.append(("sig", [f"Dato: {dots(ld + dt.timedelta(days=2))}", "Borger: ____________    Mentor: ____________"]))
    elif layout == "provider":
        B.append(("p", f"Aftalen er indgået mellem {c.fn} {c.ln}, {c.prov} og {c.muni} om mentorstøtte efter "
                       f"lov om en aktiv beskæftigelsesindsats § 167."))
        if use_cpr:
            B.append(("kv", "CPR", c.cpr))
        B.append(("h", "Formål"))
        B.append(("p", goal if goal else "Aftales senere"))
        B.append(("h", "Mentor"))
        B.append(("p", mentor_val))
        B.append(("h", "Indsatsområder"))
        B.append(("ul", tasks) if tasks else ("p", "-"))
        B.append(("h", period_label))
        B.append(("p", scn.value if not split else f"Opstart {scn.split[0]}. {scn.split[1]}"))
        if prevline:
            B.append(prevline)
        B.append(("h", "Timer"))
        B.append(("p", hours))
        B.append(("h", "Opfølgning og progression"))
        B.append(("p", follow))
        B.append(("h", "Klageadgang"))
        B.append(("p", appeal if appeal else "–"))
        B.append(("sig", [f"{c.prov}, {short(ld)}", c.mentor]))
    elif layout == "momentum":
        # a case system's print of the mentor "indsats": one table with a header row
        rows = [["Felt", "Indhold"], ["Borger", f"{c.fn} {c.ln}" + (f" – {c.cpr}" if use_cpr else "")],
                ["Indsats", "Mentorstøtte, LAB § 167"], ["Formål", goal if goal else "Udfyldes senere"]]
        rows.append(["Mentor", mentor_val])
        rows.append(["Mentors opgaver", "; ".join(tasks) if tasks else "-"])
        if scn.basis == "dates" and scn.start and scn.end and not scn.previous:
            rows += [["Startdato", dots(scn.start)], ["Slutdato", dots(scn.end)]]
            traits.append("period:start-end-rows")
        else:
            rows.append([period_label, scn.value])
        if scn.previous:
            rows.append(["Tidligere periode", scn.previous])
        rows += [["Timer pr. uge" if "uge" in hours else "Timer", hours], ["Opfølgning", follow],
                 ["Sagsbehandler", f"{c.cw}, {c.cwmail}"], ["Oprettet", dots(ld)]]
        B.append(("table", rows, True))
        if appeal:
            B.append(("h", "Klagevejledning"))
            B.append(("p", appeal))
        B.append(("p", f"Udskrevet {dots(ld + dt.timedelta(days=1))} kl. 14.12"))
    rules = set(d for d in defects)
    if scn.over:
        rules.add("duration-over-6-months")
    if scn.basis == "none":
        rules.add("missing-duration")
    period = {"start": scn.start.isoformat() if scn.start else None,
              "end": scn.end.isoformat() if scn.end else None}
    return B, sorted(rules), [], traits, period, ld


# ------------------------------------------------------------------ decisions
def decision(i, sub, scn, defects, c: Ctx, use_cpr, extra_opts):
    traits = [f"decision:{sub}"] + (scn.trait.split(";") if scn else [])
    ld = letter_date(scn, i)
    extras = []
    titles = {"grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"],
              "partial": ["Afgørelse: delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte – delvis imødekommet"],
              "refusal": ["Afslag på ansøgning om mentorstøtte", "Afgørelse om mentorstøtte – afslag"],
              "extension": ["Afgørelse om forlængelse af mentorstøtte", "Forlængelse af din mentorstøtte"],
              "end": ["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"]}
    title = titles[sub][i % len(titles[sub])]
    meta = [c.muni, c.job, c.addr, f"Dato: {DATEFMT[i % 4](ld)}", f"Sagsnr. {c.sagsnr}", f"Sagsbehandler: {c.cw}, tlf. {c.cwtel}"]
    if use_cpr:
        meta.insert(3, f"CPR-nr.: {c.cpr}")
    B = [("meta", meta), ("title", title), ("p", f"Kære {c.fn} {c.ln}")]
    reasons = "no-reasons" not in extra_opts
    if sub == "grant":
        B.append(("p", f"Du har søgt om mentorstøtte. Du får mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167."))
        if i % 3 == 0 and scn.basis == "dates" and scn.start and scn.end:
            traits.append("period:split-fra-til-rows")
            B.append(("table", [["Ydelse", "Mentorstøtte (LAB § 167)"], ["Bevilget fra", dots(scn.start)],
                                ["Bevilget til", short(scn.end)], ["Leverandør", c.prov]], False))
        else:
            B.append(("p", scn.sent))
        B.append(("p", f"Din mentor bliver {c.mentor} fra {c.prov}, tlf. {c.mtel}. Du får {c.hours}."))
        B.append(("h", "Begrundelse"))
        B.append(("p", f"Vi har lagt vægt på, at du har brug for støtte for at kunne gennemføre dit forløb, og at "
                       f"målet er job eller uddannelse. {c.f(CLEAR_GOALS[c.goal_i])}"))
    elif sub == "partial":
        asked = extra_opts.get("asked", "12 måneder")
        B.append(("p", f"Du søgte om mentorstøtte i {asked} med 6 timer om ugen. Vi har bevilget en del af det, du søgte om."))
        span = f"i perioden {scn.value}" if scn.basis == "dates" else f"i {scn.value}"
        B.append(("p", f"Du får mentorstøtte {span} med {c.hours}."))
        if reasons:
            B.append(("h", "Begrundelse"))
            B.append(("p", f"Efter LAB § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har lagt vægt på, "
                           f"at din mentor og din sagsbehandler vurderer behovet igen ved udløb. Timetallet er sat ud fra "
                           f"de opgaver, mentoren skal løse."))
        else:
            extras.append("missing-reasons")
            traits.append("reasons:absent")
    elif sub == "refusal":
        if extra_opts.get("asked"):
            B.append(("p", f"Du har søgt om mentorstøtte i {extra_opts['asked']} fra {long(ld + dt.timedelta(days=20))}. "
                           f"Vi har givet dig afslag."))
        elif extra_opts.get("prev"):
            B.append(("p", f"Du har søgt om at få din mentorstøtte forlænget. Din tidligere periode var {extra_opts['prev']}. "
                           f"Vi har givet dig afslag på forlængelse."))
        else:
            B.append(("p", "Du har den " + long(ld - dt.timedelta(days=12)) + " søgt om mentorstøtte. Vi har givet dig afslag."))
        if reasons:
            B.append(("h", "Begrundelse"))
            B.append(("p", "Vi har lagt vægt på, at du allerede får støtte i dit praktikforløb af en kontaktperson på "
                           "arbejdspladsen, og at der ikke er behov for støtte ud over det, der normalt ydes. "
                           "Afgørelsen er truffet efter LAB § 167, stk. 1."))
        else:
            extras.append("missing-reasons")
            traits.append("reasons:absent")
    elif sub == "extension":
        B.append(("p", f"Vi har vurderet din mentorstøtte igen, inden den nuværende periode udløber."))
        if scn.previous:
            B.append(("kv", "Tidligere periode", scn.previous))
        B.append(("p", scn.sent))
        B.append(("p", f"Din mentor er fortsat {c.mentor}, tlf. {c.mtel}, og du får {c.hours}."))
        B.append(("h", "Begrundelse"))
        B.append(("p", "Vi har lagt vægt på, at du er kommet godt i gang, men at du stadig har brug for støtte for at "
                       "fastholde dit forløb. En ny periode kan bevilges efter en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt."))
    elif sub == "end":
        B.append(("p", f"Du har fået bevilget mentorstøtte i perioden {scn.value}."))
        stop = extra_opts["stop"]
        B.append(("p", f"Vi har besluttet, at din mentorstøtte ophører pr. {long(stop)}, fordi du er startet i ordinært job."))
        B.append(("h", "Begrundelse"))
        B.append(("p", "Vi har lagt vægt på, at målet med mentorstøtten er nået, og at støtten derfor ikke længere er "
                       "nødvendig, jf. LAB § 167."))
    # appeal
    if "missing-appeal-guidance" in defects:
        a, atr = APPEAL_BAD[i % len(APPEAL_BAD)]
        traits.append(atr)
        if a:
            B.append(("h", "Klagevejledning"))
            B.append(("p", a))
    elif extra_opts.get("wrong_route"):
        B.append(("h", "Klagevejledning"))
        B.append(("p", APPEAL_WRONG))
        extras.append("appeal-wrong-route")
        traits.append("appeal:direct-to-ankestyrelsen")
    else:
        B.append(("h", "Sådan klager du" if i % 2 else "Klagevejledning"))
        B.append(("p", c.f(APPEAL_FULL[c.appeal_i])))
    B.append(("sig", ["Med venlig hilsen", c.cw, "Rådgiver, " + c.job]))
    layout = "decision-letter"
    if i % 2 == 1:
        B = case_system_letter(B)
        layout = "decision-casesystem"
        traits.append("layout:case-system")
    rules = set(defects)
    if scn is not None and scn.over:
        rules.add("duration-over-6-months")
    period = None
    if scn is not None and sub != "refusal":
        period = {"start": scn.start.isoformat() if scn.start else None,
                  "end": scn.end.isoformat() if scn.end else None}
    return B, sorted(rules), sorted(extras), traits, period, ld, layout


def case_system_letter(B):
    """The same decision as a case system prints it: facts in a table, plain-language headings."""
    out = []
    for b in B:
        if b[0] == "meta":
            head = [x for x in b[1] if ":" not in x and not x.startswith("Sagsnr")]
            facts = [x for x in b[1] if x not in head]
            rows = []
            for x in facts:
                k, v = (x.split(":", 1) if ":" in x else x.split(" ", 1))
                rows.append([k.strip(), v.strip()])
            out.append(("meta", head))
            out.append(("table", rows, False))
        elif b[0] == "h" and b[1] == "Begrundelse":
            out.append(("h", "Det lægger vi vægt på"))
        elif b[0] == "h" and b[1] in ("Klagevejledning", "Sådan klager du"):
            out.append(("h", "Regler"))
            out.append(("p", "Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167. "
                             "Reglerne om begrundelse og klagevejledning står i forvaltningslovens §§ 22-25."))
            out.append(("h", "Hvis du vil klage"))
        else:
            out.append(b)
    return out


# ------------------------------------------------------------------ Min Plan
OTHER_ACTS = [
    ("Uddannelse: FGU Trekanten, produktionsgrunduddannelse (PGU) – Aktiv",
     [["Sted", "FGU Trekanten, Vejle"], ["Periode", "10.08.2026 - 30.06.2027"], ["Kontaktperson", "Lærer Kim Bach, tlf. 72 14 55 10"]]),
    ("Løntilskud hos Fakta, Slagelse – Aktiv",
     [["Sted", "Fakta, Slagelse"], ["Start", "1. januar 2026"], ["Slut", "31. december 2026"], ["Kontaktperson", "Butikschef Dorthe Ravn, tlf. 58 50 11 22"]]),
    ("Behandling: Genoptræning hos fysioterapeut [Igangværende]",
     [["Sted", "Fysioterapien, Herning"], ["Periode", "uge 2 – uge 50 (2026)"], ["Kontaktperson", "Fysioterapeut Lars Ebbe"]]),
    ("Uddannelse: SOSU-hjælper, SOSU Nord – Planlagt",
     [["Sted", "SOSU Nord, Randers"], ["Periode", "10/8-2026 – 30/6-2028"], ["Kontaktperson", "Uddannelsesvejleder Eva Krag"]]),
]


def minplan(i, scn, defects, layout, c: Ctx, use_cpr):
    traits = scn.trait.split(";") + [f"layout:{layout}"]
    ld = letter_date(scn, i)
    goal = None if "missing-goal" in defects else (
        c.f(UNCLEAR_GOALS[i % len(UNCLEAR_GOALS)]) if "unclear-goal" in defects else c.f(CLEAR_GOALS[c.goal_i]))
    tasks = None if "missing-tasks" in defects else [c.f(t) for t in TASKS[c.task_i]]
    hours = VAGUE_HOURS[i % len(VAGUE_HOURS)] if "missing-hours" in defects else c.hours
    mentor_val = (f"{c.mentor}, {c.prov}, tlf. {c.mtel}" if "missing-mentor" not in defects
                  else f"{c.mentor}, {c.prov}")
    for d in defects:
        traits.append(f"defect:{d}")
    head = [f"Udskrevet {long(ld + dt.timedelta(days=16))} fra Min Plan", f"Borger: {c.fn} {c.ln}"]
    if use_cpr:
        head.append(f"CPR-nummer: {c.cpr}")
    split = scn.split is not None
    prow = [["Start", scn.split[0]], ["Slut", long(scn.end)]] if split else [["Periode", scn.value]]
    if layout == "cards":
        B = [("title", f"Min Plan – {c.fn} {c.ln}"), ("meta", head)]
        B.append(("h", "Mentorstøtte (LAB § 167) – Aktiv"))
        rows = [["Formål", goal if goal else "-"], ["Mentor", mentor_val]]
        rows.append(["Mentorens opgaver", "; ".join(tasks) if tasks else "-"])
        rows += prow
        rows.append(["Timer", hours])
        B.append(("table", rows, False))
        oa = OTHER_ACTS[i % len(OTHER_ACTS)]
        B.append(("h", oa[0]))
        B.append(("table", oa[1], False))
        traits.append("distractor:other-activity-period")
    elif layout == "entry":
        B = [("title", "Min Plan: Mentorstøtte"), ("meta", head)]
        B.append(("kv", "Aktivitet", "Mentorstøtte efter LAB § 167"))
        B.append(("kv", "Målet med mentorstøtten", goal if goal else "Udfyldes senere"))
        B.append(("kv", "Mentorens navn og kontaktdata", mentor_val))
        if tasks:
            B.append(("hb", "Hvad skal mentoren hjælpe med?"))
            B.append(("ul", tasks))
        else:
            B.append(("kv", "Hvad skal mentoren hjælpe med?", "-"))
        for r in prow:
            B.append(("kv", r[0] if r[0] != "Periode" else "Varighed", r[1]))
        B.append(("kv", "Timetal", hours))
        B.append(("p", f"Planen er drøftet med dig {wlong(ld)}. Din næste samtale er {long(ld + dt.timedelta(days=42))}."))
    else:  # "overview": plan overview table then mentor details
        B = [("title", f"Min Plan – oversigt over dine aktiviteter"), ("meta", head)]
        oa = OTHER_ACTS[(i + 1) % len(OTHER_ACTS)]
        operiod = next(r[1] for r in oa[1] if r[0] in ("Periode", "Start"))
        B.append(("table", [["Aktivitet", "Status", "Periode"],
                            [oa[0].split(" – ")[0].split(" [")[0], "Aktiv", operiod],
                            ["Mentorstøtte", "Aktiv", scn.value if not split else scn.split[0]]], True))
        B.append(("h", "Mentorstøtte"))
        B.append(("kv", "Formål", goal if goal else "-"))
        B.append(("kv", "Mentor", mentor_val))
        B.append(("kv", "Opgaver", "; ".join(tasks) if tasks else "-"))
        for r in prow:
            B.append(("kv", r[0], r[1]))
        B.append(("kv", "Timer pr. uge" if "uge" in hours else "Timer", hours))
        traits.append("distractor:other-activity-period")
    rules = set(defects)
    if scn.over:
        rules.add("duration-over-6-months")
    if scn.basis == "none":
        rules.add("missing-duration")
    period = {"start": scn.start.isoformat() if scn.start else None,
              "end": scn.end.isoformat() if scn.end else None}
    return B, sorted(rules), [], traits, period, ld


# ------------------------------------------------------------------ none-of-the-kinds
def unknown(i, fam, c: Ctx, use_cpr):
    traits = [f"unknown:{fam}"]
    B = []
    if fam == "meeting-calendar":
        B = [("title", "Mødekalender – mentorteamet, 1. halvår 2026"), ("meta", [c.job, "Opdateret 5. januar 2026"]),
             ("table", [["Dato", "Tid", "Møde", "Sted"],
                        ["13/1-26", "9.00-11.00", "Teammøde", "Mødelokale 2"],
                        ["27.01.2026", "13.00-15.00", "Faglig sparring med leverandører", "Teams"],
                        ["10. februar 2026", "9.00-12.00", "Temadag: mentorstøtte og Min Plan", "Kantinen"],
                        ["uge 9", "–", "Vinterferie, ingen møder", "–"],
                        ["3/3-2026", "9.00-10.30", "Teammøde", "Mødelokale 2"],
                        ["14. april – 16. juni 2026", "hver tirsdag 8.30", "Visitationsmøde", "Mødelokale 4"]], True),
             ("p", "Mødekalenderen gælder fra januar til juni 2026 og dækker hele halvåret. Ændringer sendes pr. mail.")]
    elif fam == "leave-plan":
        B = [("title", "Ferie- og orlovsplan 2026 – Mentorteamet"), ("meta", [c.prov, "Godkendt af leder 2. februar 2026"]),
             ("table", [["Medarbejder", "Fravær", "Periode", "Vikar"],
                        [c.mentor, "Barselsorlov", "1. marts 2026 – 31. januar 2027", "Ekstern vikar"],
                        ["Kim Lauesen", "Sommerferie", "uge 28 – uge 31", "Hanne Friis"],
                        ["Hanne Friis", "Sommerferie", "uge 30-32", "Kim Lauesen"],
                        ["Per Aagaard", "Uddannelsesorlov", "01.09.2026 - 30.06.2027", "Ingen"]], True),
             ("p", "Borgere, der har mentor hos en medarbejder med orlov, får besked senest fire uger før. "
                   "Orlov ud over 6 måneder skal aftales med HR.")]
    elif fam == "course-schedule":
        B = [("title", "Kursusplan: Mentoruddannelse for ledige mentorer 2026-2027"),
             ("meta", ["AMU Syd i samarbejde med " + c.job]),
             ("p", "Uddannelsen løber fra 7. september 2026 til 11. juni 2027 (ca. 9 måneder) og består af fem moduler."),
             ("table", [["Modul", "Datoer", "Indhold"],
                        ["1", "7.-11. september 2026", "Mentorrollen og LAB § 167"],
                        ["2", "uge 45 2026", "Samtaleteknik"],
                        ["3", "18/1-27 – 22/1-27", "Psykisk sårbarhed"],
                        ["4", "marts 2027", "Praktik hos en mentorleverandør (3 uger)"],
                        ["5", "7.-11. juni 2027", "Afslutning og eksamen"]], True),
             ("p", "Tilmelding senest 15. august 2026. Pris: 0 kr. for ledige.")]
    elif fam == "invoice":
        B = [("title", f"Faktura nr. 2026-{140 + i}"), ("meta", [c.prov, "CVR 38 11 22 33", f"Til: {c.muni}, Økonomi",
                                                                f"Fakturadato: {dots(D(2026, 4, 3))}", "Betalingsfrist: 30 dage"]),
             ("table", [["Borger-ref.", "Ydelse", "Periode", "Timer", "Beløb"],
                        [f"Sag {c.sagsnr}", "Mentortimer", "1/3-26 – 31/3-26", "12", "7.440,00"],
                        [f"Sag {c.sagsnr}", "Transport", "marts 2026", "–", "312,00"],
                        ["", "Moms 25 %", "", "", "1.938,00"],
                        ["", "I alt", "", "", "9.690,00"]], True),
             ("p", "Aftaleperiode for rammeaftalen: 1. januar 2025 – 31. december 2026.")]
    elif fam == "status-report":
        B = [("title", "Statusrapport – mentorforløb"), ("meta", [c.prov, f"Til {c.job}, att. {c.cw}", f"Dato: {long(D(2026, 6, 1))}"])]
        if use_cpr:
            B.append(("kv", "Borger", f"{c.fn} {c.ln}, {c.cpr}"))
        else:
            B.append(("kv", "Borger", f"{c.fn} {c.ln}"))
        B += [("p", f"{c.fn} har haft mentor siden 1. marts 2026. I perioden 1/3-26 til 31/5-26 har der været 11 møder. "
                    f"{c.fn} møder nu i praktikken fire dage om ugen."),
              ("p", "Vi anbefaler, at forløbet fortsætter som planlagt frem til 31. august 2026. "
                    "Næste statusrapport sendes 1. august 2026.")]
    elif fam == "minutes":
        B = [("title", "Referat af teammøde i mentorteamet"), ("meta", [c.job, "Dato: 3. marts 2026", "Referent: " + c.cw]),
             ("ol", ["Godkendelse af dagsorden: godkendt.",
                     "Nye regler: fra 1. februar 2026 hedder det 'kommunen' i stedet for 'jobcentret' i brevene.",
                     "Bevillingsperioder: husk, at en periode højst er 6 måneder; 1. marts – 31. august er 6 måneder, "
                     "1. marts – 1. september er for lang.",
                     "Evt.: Julefrokost 4. december 2026."])]
    elif fam == "guidance":
        B = [("title", "Sådan får du en mentor – vejledning til borgere"), ("meta", [c.muni]),
             ("p", "En mentor kan hjælpe dig, hvis du har brug for ekstra støtte for at komme i job eller uddannelse."),
             ("h", "Hvad står der i aftalen?"),
             ("ul", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal hjælpe med",
                     "Varigheden – højst 6 måneder ad gangen, fx 1. marts – 31. august", "Timetallet pr. uge",
                     "Hvordan der følges op", "Klagevejledning"]),
             ("h", "Hvor længe?"),
             ("p", "Mentorstøtte gives i op til 6 måneder. Herefter kan du få en ny periode på op til 6 måneder, "
                   "hvis kommunen vurderer, at du stadig har behov. Det kan fx være 26 uger eller et halvt år."),
             ("h", "Klage"),
             ("p", "Du kan klage til kommunen inden 4 uger. Kommunen genvurderer afgørelsen og sender klagen videre "
                   "til Ankestyrelsen, hvis afgørelsen fastholdes.")]
    elif fam == "club-mentor":
        B = [("title", "Mentoraftale – Ungementorprogrammet i Boldklubben Vestsiden"),
             ("p", "Aftalen er mellem den unge, forældrene og en frivillig voksenmentor fra klubben. Kommunen er ikke part i aftalen."),
             ("kv", "Mentor", "Frivillig træner Brian Holm, tlf. 21 44 09 87"),
             ("kv", "Periode", "sæsonen 2026/27, august 2026 – juni 2027"),
             ("kv", "Mål", "Den unge kommer til træning to gange om ugen og gennemfører 9. klasse"),
             ("kv", "Aktiviteter", "Træning, lektiecafé torsdag, samtaler efter behov"),
             ("p", "Aftalen er frivillig og kan opsiges af begge parter.")]
    elif fam == "meeting-mail":
        B = [("title", f"Indkaldelse: opstartsmøde om mentor {short(D(2026, 2, 24))}"),
             ("p", f"Hej {c.fn}"),
             ("p", f"Du er indkaldt til opstartsmøde om mentorstøtte tirsdag den 24. februar 2026 kl. 10.00 hos {c.prov}. "
                   f"På mødet laver vi aftalen sammen. Tag gerne din kalender med."),
             ("p", f"Mvh {c.cw}, {c.job}")]
    elif fam == "my-appointments":
        B = [("title", "Mine aftaler"), ("meta", [f"{c.fn} {c.ln}", "Udskrevet fra Jobnet 2. marts 2026"]),
             ("table", [["Dato", "Tidspunkt", "Aftale"],
                        ["4. marts 2026", "10:00", "Samtale med mentor"],
                        ["18. marts 2026", "10:00", "Samtale med mentor"],
                        ["1. april 2026", "13:30", "Opfølgningssamtale i kommunen"],
                        ["29. september 2026", "09:00", "Jobsamtale"]], True)]
    elif fam == "hearing":
        B = [("meta", [c.muni, f"Dato: {long(D(2026, 5, 4))}"] + ([f"CPR-nr.: {c.cpr}"] if use_cpr else [])),
             ("title", "Partshøring – vi overvejer at stoppe din mentorstøtte"),
             ("p", f"Kære {c.fn}"),
             ("p", "Du har mentorstøtte i perioden 1. februar 2026 – 31. juli 2026. Vi overvejer at stoppe støtten pr. "
                   "31. maj 2026, fordi du ikke er mødt til de sidste fire aftaler med din mentor."),
             ("p", "Før vi træffer en afgørelse, vil vi gerne høre din mening. Du kan svare senest 18. maj 2026."),
             ("p", f"Venlig hilsen {c.cw}")]
    elif fam == "order":
        B = [("title", "Bestilling af mentorforløb"), ("meta", [f"Fra: {c.job}", f"Til: {c.prov}", "Dato: 12.01.2026"]),
             ("kv", "Forløb", "Mentorstøtte, § 167"),
             ("kv", "Ønsket opstart", "uge 4"),
             ("kv", "Forventet varighed", "26 uger med mulighed for forlængelse"),
             ("kv", "Timer", "3 timer pr. uge"),
             ("p", "Borgerens oplysninger sendes via sikker mail. Bekræft venligst modtagelsen senest 16/1-26.")]
    elif fam == "mgmt-info":
        B = [("title", "Ledelsesinformation: mentorforløb 2. kvartal 2026"), ("meta", [c.job, "Udarbejdet juli 2026"]),
             ("table", [["Måned", "Nye forløb", "Afsluttede", "Gns. varighed"],
                        ["April", "14", "11", "5,2 mdr."], ["Maj", "9", "13", "5,8 mdr."], ["Juni", "12", "10", "6,0 mdr."]], True),
             ("p", "Tre forløb har haft en samlet varighed over 12 måneder (flere perioder). "
                   "Målet for 2026 er en gennemsnitlig varighed under 6 måneder.")]
    elif fam == "newsletter":
        B = [("title", "Nyhedsbrev fra Mentorhuset – efterår 2026"),
             ("p", "Vi byder velkommen til tre nye mentorer, som starter 1. september."),
             ("p", "Husk: Vores mentoruddannelse kører igen fra uge 36 2026 til uge 24 2027."),
             ("p", "Kontoret holder juleferie fra 21. december 2026 til 3. januar 2027.")]
    elif fam == "receipt":
        B = [("title", "Kvittering: Vi har modtaget din ansøgning"), ("meta", [c.muni, f"Dato: {dots(D(2026, 8, 14))}"]),
             ("p", f"Kære {c.fn}. Vi har modtaget din ansøgning om mentorstøtte fra 1. september 2026 til 31. maj 2027."),
             ("p", "Vi forventer at kunne behandle den inden for 4 uger. Du hører fra os, når vi har truffet en afgørelse.")]
    elif fam == "holiday-plan":
        B = [("title", "Åbningstider og lukkedage 2026-2027 – " + c.prov),
             ("table", [["Periode", "Åbent"], ["uge 1 – uge 27 2026", "Man-fre 8-16"], ["uge 28-30", "Lukket (sommer)"],
                        ["uge 31/2026 – uge 26/2027", "Man-fre 8-16"], ["24.12.2026 - 01.01.2027", "Lukket"]], True)]
    elif fam == "fgu-schedule":
        B = [("title", "Holdplan – FGU Køkkenlinjen, skoleåret 2026/27"),
             ("p", "Skoleåret løber fra 10. august 2026 til 25. juni 2027."),
             ("table", [["Uge", "Tema"], ["33-39", "Hygiejne og råvarer"], ["40-50", "Kantinedrift"],
                        ["2-12", "Praktik i virksomhed"], ["13-25", "Eksamen og afslutning"]], True),
             ("p", "Elever med mentor aftaler selv mødetider med mentoren.")]
    return B, [], [], traits, None, D(2026, 3, 1)


# ------------------------------------------------------------------ the corpus plan
A = "agreement"
AGREEMENTS = [
    # (scenario, defects, layout, subtype)
    ("exact6-long", [], "skema", A), ("exact6-shortdash", [], "labels", A),
    ("exact6-dots", ["missing-follow-up"], "brev", A), ("exact6-iso", [], "provider", A),
    ("exact6-fom", ["missing-hours"], "nummereret", A), ("exact6-monthend", [], "momentum", A),
    ("exact6-yearend", ["unclear-goal"], "labels", A), ("six-yearend-dots", [], "brev", A),
    ("noyear", [], "provider", A), ("abbr", ["missing-mentor"], "skema", A),
    ("three-months", [], "nummereret", A), ("monthrange", ["missing-appeal-guidance"], "labels", A),
    ("monthrange-yearend", [], "provider", A), ("weeks26", [], "skema", A),
    ("weeks-yearend", ["missing-tasks"], "brev", A), ("len-26w-opstart", [], "labels", A),
    ("len-halvtaar", [], "momentum", A), ("len-183d-feb", [], "skema", A),
    ("len-26w-feb", ["missing-goal"], "provider", A), ("split-fine", [], "skema", A),
    ("split-fine2", ["missing-follow-up", "missing-hours"], "skema", A), ("over-1day", [], "momentum", A),
    ("over-1day-short", [], "labels", A), ("over-1day-yearend", [], "momentum", A),
    ("over-yearend", ["missing-appeal-guidance"], "provider", A), ("over-monthend", [], "nummereret", A),
    ("over-monthrange", [], "labels", A), ("over-weeks27", [], "skema", A),
    ("over-27w", [], "brev", A), ("over-7m-from", ["unclear-goal"], "labels", A),
    ("over-halvandet", [], "brev", A), ("over-noyear", [], "provider", A),
    ("over-split", [], "skema", A), ("over-split2", [], "labels", A),
    ("udskr-9m", [], "brev", "agreement-udskrivning"), ("udskr-10m", [], "skema", "agreement-udskrivning"),
    ("ext-fine", [], "momentum", "agreement-extension"), ("ext-over", [], "provider", "agreement-extension"),
    ("none-startonly", [], "skema", A), ("none-tbd", [], "nummereret", A),
    ("len-3m-feb", [], "brev", A), ("over-185d", [], "nummereret", A),
    ("monthstart-6m", [], "provider", A), ("weeks-from-start", ["missing-mentor"], "labels", A),
]
AGR_FORMATS = ["docx", "pdf", "odt", "txt", "html", "docx", "pdf", "rtf", "md", "eml"]

DECISIONS = [
    # (subtype, scenario or None, defects, extra options)
    ("grant", "exact6-long", [], {}), ("grant", "len-6m-pr", [], {}), ("grant", "over-8m-iso", [], {}),
    ("grant", "over-12m", [], {}), ("grant", "len-183d", [], {}),
    ("grant", "exact6-yearend", ["missing-appeal-guidance"], {}), ("grant", "weeks26", ["missing-appeal-guidance"], {}),
    ("grant", "over-monthrange-yearend", ["missing-appeal-guidance"], {}), ("grant", "monthrange", [], {"wrong_route": True}),
    ("grant", "over-27w", [], {}),
    ("partial", "exact6-dots", [], {"asked": "12 måneder"}), ("partial", "three-months", [], {"asked": "6 måneder"}),
    ("partial", "abbr", [], {"asked": "9 mdr.", "no-reasons": True}), ("partial", "over-6half", [], {"asked": "9 måneder"}),
    ("partial", "exact6-monthend", ["missing-appeal-guidance"], {"asked": "12 måneder"}),
    ("refusal", None, [], {}), ("refusal", None, [], {"asked": "9 måneder"}),
    ("refusal", None, ["missing-appeal-guidance"], {"prev": "1. marts 2026 – 31. august 2026"}),
    ("refusal", None, [], {"no-reasons": True}), ("refusal", None, ["missing-appeal-guidance"], {"prev": "1/2-26 – 31/7-26"}),
    ("extension", "ext-fine", [], {}), ("extension", "ext-fine-long-previous", [], {}), ("extension", "ext-over", [], {}),
    ("extension", "ext-3m", [], {}), ("extension", "over-weeks-yearend", [], {}),
    ("end", "exact6-abbr-end", [], {}), ("end", "exact6-end2", ["missing-appeal-guidance"], {}),
    ("end", "exact6-end3", [], {}),
]
DEC_FORMATS = ["pdf", "docx", "html", "eml", "odt", "txt", "pdf", "rtf", "docx", "md"]

MINPLANS = [
    ("exact6-shortdash", [], "cards"), ("over-1day", [], "entry"), ("len-3m-feb", [], "overview"),
    ("monthrange-yearend", [], "cards"), ("over-8m-iso", [], "entry"), ("weeks26", ["missing-hours"], "cards"),
    ("six-yearend-dots", ["missing-mentor"], "entry"), ("exact6-iso", ["unclear-goal"], "overview"),
    ("noyear", [], "entry"), ("over-9mdr", [], "cards"), ("none-startonly", [], "entry"),
    ("exact6-fom", [], "cards"), ("over-weeks27", [], "overview"), ("len-halvtaar", ["missing-tasks"], "cards"),
    ("over-split2", [], "entry"), ("exact6-monthend", [], "overview"),
]
MP_FORMATS = ["html", "pdf", "txt", "docx", "md", "html", "pdf", "odt"]

UNKNOWNS = ["meeting-calendar", "leave-plan", "course-schedule", "invoice", "status-report", "minutes",
            "guidance", "club-mentor", "meeting-mail", "my-appointments", "hearing", "order", "mgmt-info",
            "newsletter", "receipt", "holiday-plan", "fgu-schedule"]
UNK_FORMATS = ["docx", "pdf", "html", "pdf", "docx", "txt", "html", "pdf", "eml", "html", "pdf",
               "eml", "docx", "md", "pdf", "odt", "rtf"]

# End decisions: periods written out here (the period granted earlier, then the stop date)
from periods_fk import Scn as _Scn  # noqa: E402
END_SCN = {
    "exact6-abbr-end": (_Scn("exact6-abbr-end", D(2026, 5, 1), D(2026, 10, 31), False, "1. maj 2026 – 31. oktober 2026",
                             "", "period:exact-six;decision:end"), D(2026, 9, 30)),
    "exact6-end2": (_Scn("exact6-end2", D(2026, 3, 16), D(2026, 9, 15), False, "16/3-2026 – 15/9-2026",
                         "", "period:exact-six;decision:end"), D(2026, 7, 31)),
    "exact6-end3": (_Scn("exact6-end3", D(2026, 10, 1), D(2027, 3, 31), False, "01.10.2026 - 31.03.2027",
                         "", "period:exact-six;period:year-end;decision:end"), D(2027, 1, 31)),
}


def to_scan(pdf: Path):
    """Render each page at 200 dpi in grey and write an image-only PDF in its place."""
    import subprocess
    import time
    import tempfile
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), f"{td}/p"], check=True)
        pages = sorted(Path(td).glob("p-*.png"))
        imgs = []
        for k, pg in enumerate(pages):
            im = Image.open(pg).convert("L")
            im = im.rotate(0.6 if k % 2 == 0 else -0.4, resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            imgs.append(im)
        imgs[0].save(str(pdf), "PDF", resolution=200.0, save_all=True, append_images=imgs[1:],
                     creationDate=time.gmtime(1767225600), modDate=time.gmtime(1767225600))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(args.seed)
    entries = []
    n = 0

    def emit(folder, name, fmt, kind, subtype, layout, res, c, use_cpr, variant, eml_from=None, eml_to=None):
        B, rules, extras, traits, period, ld = res
        ext = "html" if fmt == "html" else fmt
        rel = f"{folder}/{name}.{ext}"
        eml = None
        if ext == "eml":
            eml = dict(sender=eml_from or f"{c.mentor} <{c.mmail}>", to=eml_to or f"{c.fn} {c.ln} <borger@example.dk>",
                       date=ld, intro="", html=(variant % 2 == 1))
        R.write(B, ext, out / rel, variant, eml)
        t = list(traits) + [f"format:{ext}"]
        mnc = []
        if use_cpr:
            t.append("cpr")
            mnc = [c.cpr, c.cpr.replace("-", "")]
        entries.append({"path": rel, "format": ext, "kind": kind, "subtype": subtype, "layout": layout,
                        "rules": rules, "extras": extras, "error": None, "accept_errors": [],
                        "must_not_contain": mnc, "traits": sorted(set(t)), "period": period})

    for k, (sid, defects, layout, subtype) in enumerate(AGREEMENTS):
        c = Ctx(rng, n)
        use_cpr = rng.random() < 0.27
        fmt = AGR_FORMATS[k % len(AGR_FORMATS)]
        res = agreement(n, BY_ID[sid], defects, layout, c, use_cpr, subtype)
        name = f"aftale-{k + 1:02d}-{c.fn.lower()}"
        emit("aftaler", name, fmt, "agreement", subtype, f"agreement-{layout}", res, c, use_cpr, k,
             eml_from=f"{c.cw} <{c.cwmail}>")
        n += 1
    for k, (sub, sid, defects, opts) in enumerate(DECISIONS):
        c = Ctx(rng, n)
        use_cpr = rng.random() < 0.27
        fmt = DEC_FORMATS[k % len(DEC_FORMATS)]
        if sub == "end":
            scn, stop = END_SCN[sid]
            opts = dict(opts, stop=stop)
        else:
            scn = BY_ID[sid] if sid else None
        res = decision(n, sub, scn, defects, c, use_cpr, opts)
        dlayout = res[-1]
        res = res[:-1]
        name = f"afgoerelse-{k + 1:02d}-{c.fn.lower()}"
        emit("afgoerelser", name, fmt, "decision", sub, dlayout, res, c, use_cpr, k,
             eml_from=f"{c.job} <noreply@{c.muni.split()[0].lower().replace('æ', 'ae')}.dk>")
        n += 1
    for k, (sid, defects, layout) in enumerate(MINPLANS):
        c = Ctx(rng, n)
        use_cpr = rng.random() < 0.27
        fmt = MP_FORMATS[k % len(MP_FORMATS)]
        res = minplan(n, BY_ID[sid], defects, layout, c, use_cpr)
        name = f"minplan-{k + 1:02d}-{c.fn.lower()}"
        emit("minplan", name, fmt, "minplan", "minplan", f"minplan-{layout}", res, c, use_cpr, k)
        n += 1
    for k, fam in enumerate(UNKNOWNS):
        c = Ctx(rng, n)
        use_cpr = fam in ("status-report", "hearing") and rng.random() < 0.8
        fmt = UNK_FORMATS[k % len(UNK_FORMATS)]
        res = unknown(n, fam, c, use_cpr)
        name = f"dok-{k + 1:02d}"
        emit("andet", name, fmt, "unknown", fam, f"unknown-{fam}", res, c, use_cpr, k,
             eml_from=f"{c.cw} <{c.cwmail}>")
        n += 1

    # Three typed PDFs become scans (image only, no text layer), as paper signed and scanned back.
    scans = [e for e in entries if e["format"] == "pdf"][1::9][:3]
    for e in scans:
        to_scan(out / e["path"])
        e["traits"] = sorted(set(e["traits"]) | {"scan"})
        e["layout"] = e["layout"] + "-scan"

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
