#!/usr/bin/env python3
"""Corpus GY: a (fictional) municipality's yearly quality-audit sample of mentor-support
case files (LAB § 167), 2023-2026, as the quality team pulls them from its archive.

Gudenå Kommune (fictional). Four caseworkers with their own habits, two external
providers (Trin for Trin ApS, Kompas Mentor I/S) and the municipality's own mentor corps.
Template change 1 July 2024 (numbered sections -> table form). "Jobcenter Gudenå" becomes
"Gudenå Kommune, Beskæftigelse" on 1 Feb 2026.

Usage: make_corpus_gy.py --out /work/corpora/gy [--seed 1717]
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.message
import email.utils
import html
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

RULES9 = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
          "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
APPLIES = {
    "agreement": set(RULES9),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

# ----------------------------------------------------------------------------- people
CASEWORKERS = {
    "helle": dict(name="Helle Mortensen", tlf="87 12 34 61", mail="hemo@gudenaa.dk"),
    "kasper": dict(name="Kasper Juul", tlf="87 12 34 77", mail="kaju@gudenaa.dk"),
    "rikke": dict(name="Rikke Sand Pedersen", tlf="87 12 34 52", mail="rspe@gudenaa.dk"),
    "ahmad": dict(name="Ahmad Nouri", tlf="87 12 34 90", mail="ahno@gudenaa.dk"),
}
MENTORS = [
    dict(name="Lone Bech", org="Trin for Trin ApS", tlf="22 41 87 10", mail="lone@trinfortrin.dk"),
    dict(name="Mikkel Aagaard", org="Trin for Trin ApS", tlf="22 41 87 13", mail="mikkel@trinfortrin.dk"),
    dict(name="Sabina Kovač", org="Kompas Mentor I/S", tlf="31 18 20 44", mail="sk@kompasmentor.dk"),
    dict(name="Jens-Ole Vestergaard", org="Kompas Mentor I/S", tlf="31 18 20 47", mail="jov@kompasmentor.dk"),
    dict(name="Marianne Kjær", org="Mentorkorpset, Gudenå Kommune", tlf="87 12 38 05", mail="makj@gudenaa.dk"),
    dict(name="Bilal Haddad", org="Mentorkorpset, Gudenå Kommune", tlf="87 12 38 09", mail="biha@gudenaa.dk"),
    dict(name="Tove Lindgaard", org="Mentorkorpset, Gudenå Kommune", tlf="87 12 38 11", mail="toli@gudenaa.dk"),
]
FIRST = ["Mads", "Sofie", "Ahmed", "Jannie", "Kenneth", "Laura", "Dennis", "Amira", "Tobias", "Camilla",
         "Rasmus", "Nadia", "Brian", "Line", "Yusuf", "Maja", "Patrick", "Louise", "Emil", "Fatima",
         "Nikolaj", "Stine", "Jesper", "Sara", "Michael", "Tina", "Oliver", "Hanne", "Kristian", "Zainab"]
LAST = ["Nielsen", "Jensen", "Hansen", "Andersen", "Poulsen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller", "Abdi", "Yilmaz", "Kjeldsen",
        "Holm", "Bak", "Lund"]

GOALS_CLEAR = [
    "{fn} starter på grundforløb 1 til ernæringsassistent på Mercantec {d} og møder mindst fire dage om ugen.",
    "{fn} er i virksomhedspraktik 15 timer om ugen i Netto, Bjerringbro, senest {d} med henblik på løntilskud.",
    "{fn} fastholder sit job som lagermedarbejder hos Danish Crown (25 timer om ugen) og har højst to fraværsdage pr. måned.",
    "{fn} gennemfører FVU-læsning trin 2 på VUC Gudenå og går til trinprøven inden {d}.",
    "{fn} starter i fleksjob som pedelmedhjælper på Søndervangskolen, 12 timer om ugen, senest {d}.",
    "{fn} møder på FGU Gudenå (produktionsgrunduddannelse, værkstedet Auto & Metal) mindst fire af fem dage om ugen.",
    "{fn} får ordinære timer som rengøringsassistent hos ISS, mindst 10 timer om ugen, inden {d}.",
    "{fn} gennemfører første semester på SOSU-hjælperuddannelsen i Viborg uden at falde fra og består eksamen {d}.",
    "{fn} er i løntilskud som pladsmand hos Stark Bjerringbro 30 timer om ugen fra {d}.",
    "{fn} starter på hf-enkeltfag (dansk C og matematik C) på VUC Gudenå {d} og afleverer alle opgaver til tiden.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At {fn} kommer tættere på arbejdsmarkedet.",
    "Hjælp til at komme videre og opbygge selvværd.",
    "Sikre at {fn} får en bedre og mere stabil hverdag.",
    "Motivere borgeren og arbejde på en stabil hverdag.",
    "{fn} skal have det bedre med sig selv og få mere ro på.",
]
TASKS = [
    ["følge {fn} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "kontakt til praktikvært ved fravær"],
    ["hjælpe med at læse og besvare post fra e-Boks og skolen", "lave en ugeplan med mødetider",
     "vækkeopkald de dage, hvor {fn} skal møde kl. 8"],
    ["deltage i opstartssamtalen på skolen", "aftale faste lektiecafétider med {fn}",
     "støtte ved kontakt til SPS-vejleder"],
    ["samtaler på arbejdspladsen om arbejdsopgaver og pauser", "kontakt til nærmeste leder ved behov",
     "hjælp til at holde styr på vagtplanen"],
    ["træne busturen til uddannelsesstedet", "følge op på fravær samme dag",
     "hjælpe med kontakt til egen læge og misbrugscenter, så det ikke støder sammen med skemaet"],
]


def dk_date(d: dt.date, style: str = "long") -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "num":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    raise ValueError(style)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def six_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def rand_cpr(rng: random.Random) -> str:
    y = rng.randint(1968, 2005)
    d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{y % 100:02d}-{rng.randint(0, 9999):04d}"


def sender(d: dt.date) -> str:
    return "Gudenå Kommune, Beskæftigelse" if d >= dt.date(2026, 2, 1) else "Jobcenter Gudenå"


def body_word(d: dt.date) -> str:
    return "kommunen" if d >= dt.date(2026, 2, 1) else "jobcentret"


# ----------------------------------------------------------------------------- appeal guidance
def appeal(kind: str, d: dt.date, rng: random.Random) -> list:
    s = sender(d)
    bw = body_word(d)
    if kind == "full":
        v = rng.randrange(4)
        if v == 0:
            return [("h", "Klagevejledning"),
                    ("p", f"Hvis du ikke er enig i afgørelsen, kan du klage til {s} inden 4 uger efter, at du har "
                          f"modtaget den. Du kan klage skriftligt eller mundtligt. {bw.capitalize()} genvurderer "
                          f"afgørelsen inden 4 uger. Fastholder vi afgørelsen, sender vi din klage videre til "
                          f"Ankestyrelsen, jf. § 204 i lov om en aktiv beskæftigelsesindsats og "
                          f"retssikkerhedslovens kapitel 10.")]
        if v == 1:
            return [("h", "Sådan klager du"),
                    ("p", f"Send din klage til Gudenå Kommune senest fire uger efter, at du har fået dette brev – "
                          f"på mail til beskaeftigelse@gudenaa.dk, gennem borger.dk eller ring på 87 12 34 00. "
                          f"Vi ser på sagen igen. Hvis vi ikke giver dig ret, sender vi klagen og sagens papirer "
                          f"til Ankestyrelsen, Beskæftigelsesudvalget.")]
        if v == 2:
            return [("h", "Klageadgang"),
                    ("p", f"Klage indgives til {s} inden 4 uger fra modtagelsen af denne aftale/afgørelse. "
                          f"{bw.capitalize()} genvurderer og sender en fastholdt afgørelse videre til Ankestyrelsen "
                          f"(LAB § 204).")]
        return [("h", "Hvis du vil klage"),
                ("p", f"Du har fire uger fra du modtager brevet til at klage. Klagen sendes til {s}, "
                      f"Torvet 3, 8850 Bjerringbro. Vi vurderer sagen igen inden for fire uger. Giver vi dig "
                      f"ikke medhold, videresender vi klagen til Ankestyrelsen.")]
    if kind == "vague":
        return [("p", rng.choice(["Du kan klage over afgørelsen.",
                                  "Er du uenig, kan du altid kontakte din sagsbehandler.",
                                  "Klagevejledning: Du har mulighed for at klage, hvis du er uenig."]))]
    if kind == "other":
        return [("h", "Klagevejledning vedrørende befordringsgodtgørelse"),
                ("p", f"Er du uenig i afgørelsen om befordringsgodtgørelse, kan du klage til {s} inden 4 uger. "
                      f"Fastholder vi afgørelsen, sendes klagen til Ankestyrelsen.")]
    if kind == "direct":
        return [("h", "Klagevejledning"),
                ("p", "Du kan klage til Ankestyrelsen inden 4 uger efter modtagelsen af dette brev. "
                      "Klagen sendes til Ankestyrelsen, Teglholmsgade 3, 2450 København SV.")]
    return []  # none


# ----------------------------------------------------------------------------- a case
class Case:
    def __init__(self, rng: random.Random, date: dt.date):
        self.rng = rng
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        self.name = f"{self.fn} {self.ln}"
        self.date = date
        self.cw = CASEWORKERS[rng.choice(list(CASEWORKERS))]
        self.mentor = rng.choice(MENTORS)
        self.start = (date + dt.timedelta(days=rng.randint(5, 25))).replace(day=1) if rng.random() < 0.6 \
            else date + dt.timedelta(days=rng.randint(3, 20))
        self.end = six_end(self.start, rng.choice([3, 4, 6, 6, 6]))
        self.hours = rng.choice([1, 2, 2, 3, 3, 4, 5])
        self.goal = rng.choice(GOALS_CLEAR).format(fn=self.fn, d=dk_date(add_months(self.start, 2)))
        self.tasks = [t.format(fn=self.fn) for t in rng.choice(TASKS)]
        self.sag = f"{date.year}-{rng.randint(10000, 99999)}"
        self.cpr = rand_cpr(rng)
        self.addr = f"{rng.choice(['Vestergade', 'Skovvej', 'Banegårdsgade', 'Engvej', 'Nørregade'])} " \
                    f"{rng.randint(2, 80)}, {rng.choice(['8850 Bjerringbro', '8860 Ulstrup', '8870 Langå'])}"

    def mentor_line(self):
        m = self.mentor
        return f"{m['name']}, {m['org']}, tlf. {m['tlf']}, {m['mail']}"


# ----------------------------------------------------------------------------- document families
def agreement(case: Case, defects: set, family: str, appeal_kind: str, rng: random.Random,
              cpr: bool) -> list:
    c = case
    fn = c.fn
    goal = None if "missing-goal" in defects else (
        rng.choice(GOALS_UNCLEAR).format(fn=fn) if "unclear-goal" in defects else c.goal)
    if "missing-mentor" in defects:
        mentor = rng.choice([f"{c.mentor['name']} ({c.mentor['org']})", f"Mentor tildeles af {c.mentor['org']}"])
    else:
        mentor = c.mentor_line()
    tasks = None if "missing-tasks" in defects else c.tasks
    if "missing-duration" in defects:
        period = rng.choice([f"Fra {dk_date(c.start)} og indtil videre", "Udfyldes senere"])
    elif "duration-over-6-months" in defects:
        period = f"{dk_date(c.start)} – {dk_date(c.end_over)}"
    else:
        period = f"{dk_date(c.start)} – {dk_date(c.end)}"
    if "missing-follow-up" in defects:
        follow = rng.choice(["Der følges op efter behov.", "Opfølgning sker løbende.", "-"])
    else:
        follow = rng.choice([
            "Statusmøde med mentor, {fn} og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører. "
            "Delmål: fremmøde mindst fire dage om ugen efter de første fire uger.",
            "Mentor sender kort skriftlig status hver 4. uge. Opfølgningssamtale i {w} efter 3 måneder og "
            "igen 14 dage inden periodens udløb, hvor progressionen vurderes.",
            "Vi følger op hver 6. uge på et trekantsmøde. Progression måles på fremmøde (mål: 90 %) og på "
            "om {fn} selv klarer transporten."]).format(fn=fn, w=body_word(c.date))
    hours = rng.choice(["efter behov", "et par timer om ugen", "løbende"]) if "missing-hours" in defects \
        else rng.choice([f"{c.hours} {'time' if c.hours == 1 else 'timer'} pr. uge", f"{c.hours} t/uge",
                         f"{c.hours} {'time' if c.hours == 1 else 'timer'} ugentligt"])
    s = sender(c.date)
    blocks = []
    if family == "old":  # numbered template 2021-2024
        blocks += [("t", f"{s}"), ("p", f"Sagsnr. {c.sag}  ·  Dato: {dk_date(c.date, 'num')}"),
                   ("h", "Aftale om mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats"),
                   ("p", f"Borger: {c.name}, {c.addr}" + (f"   CPR-nr.: {c.cpr}" if cpr else "")),
                   ("p", f"Sagsbehandler: {c.cw['name']}, tlf. {c.cw['tlf']}")]
        blocks += [("h", "1. Målet med mentorstøtten"), ("p", goal if goal else "Udfyldes senere")]
        blocks += [("h", "2. Mentorens navn og kontaktdata"), ("p", mentor)]
        if tasks:
            blocks += [("h", "3. Mentorens opgaver"), ("p", "Mentoren skal hjælpe med at:")] + \
                      [("li", t) for t in tasks]
        blocks += [("h", "4. Varighed og opfølgning"), ("p", f"Periode: {period}"), ("p", follow)]
        blocks += [("h", "5. Timetal"), ("p", f"Mentorstøtten udgør {hours}." if "missing-hours" not in defects
                                         else f"Timetal: {hours}")]
        blocks += [(b[0], ("6. " + b[1]) if b[0] == "h" else b[1]) for b in appeal(appeal_kind, c.date, rng)]
        blocks += [("p", "Underskrifter"), ("p", f"Borger: ______________   Mentor: ______________   "
                                                 f"Sagsbehandler: {c.cw['name']}")]
    elif family == "table":  # new template from 1 July 2024
        rows = [("Borger", c.name + (f" (CPR {c.cpr})" if cpr else "")), ("Sagsnummer", c.sag),
                ("Sagsbehandler", f"{c.cw['name']}, {c.cw['tlf']}, {c.cw['mail']}"),
                ("Mentor", mentor)]
        rows.append(("Hovedformål (job/uddannelse)", goal if goal else "Udfyldes senere"))
        rows.append(("Mentorens opgaver", "; ".join(tasks) if tasks else "-"))
        rows.append(("Timetal", hours))
        rows.append(("Periode", period))
        rows.append(("Opfølgning og progression", follow))
        blocks += [("t", s), ("h", "Mentoraftale"),
                   ("p", f"Dato: {dk_date(c.date)}. Aftalen er indgået efter § 167 i lov om en aktiv "
                         f"beskæftigelsesindsats og er en del af {fn}s Min Plan."),
                   ("table", rows)]
        blocks += appeal(appeal_kind, c.date, rng)
        blocks += [("p", f"Aftalen er gennemgået med {fn} den {dk_date(c.date, 'num')}.")]
    elif family == "provider":  # provider's own agreement, prose
        m = c.mentor
        blocks += [("t", m["org"]), ("h", "Forløbsaftale – mentorstøtte"),
                   ("p", f"Aftalen er lavet mellem {c.name}" + (f" (cpr.nr. {c.cpr})" if cpr else "") +
                         f", {m['org']} og {s} (sagsbehandler {c.cw['name']}).")]
        if goal:
            blocks += [("p", f"Målet er, at {goal}" if goal.startswith(fn)
                        else f"Formål: {goal}")]
        else:
            blocks += [("p", "Formål: -")]
        if "missing-mentor" in defects:
            blocks += [("p", f"Mentor: {mentor}")]
        else:
            blocks += [("p", f"Din mentor er {m['name']}. Du kan fange {m['name'].split()[0]} på tlf. "
                             f"{m['tlf']} eller skrive til {m['mail']}.")]
        if tasks:
            blocks += [("p", "Mentoren skal hjælpe dig med: " + ", ".join(tasks) + ".")]
        blocks += [("p", f"Forløbet løber i perioden {period}." if "missing-duration" not in defects
                    else f"Varighed: {period}")]
        blocks += [("p", f"Timetal: {hours}."), ("p", f"Opfølgning: {follow}")]
        blocks += appeal(appeal_kind, c.date, rng)
        blocks += [("p", f"Bjerringbro, {dk_date(c.date)}"),
                   ("p", f"{c.name}                    {m['name']}")]
    return blocks


def decision(case: Case, sub: str, defects: set, appeal_kind: str, rng: random.Random, cpr: bool,
             reasons: bool = True) -> list:
    c = case
    s = sender(c.date)
    fn = c.fn
    head = [("t", s), ("p", f"{c.name}\n{c.addr}"),
            ("p", f"Dato: {dk_date(c.date)}   Sagsnr.: {c.sag}" + (f"   CPR: {c.cpr}" if cpr else "")),
            ]
    end = c.end_over if "duration-over-6-months" in defects else c.end
    per = f"{dk_date(c.start)} til {dk_date(end)}"
    b = []
    if sub == "grant":
        b += [("h", "Afgørelse om mentorstøtte"),
              ("p", f"Du får bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i "
                    f"perioden {per}, {c.hours} timer om ugen."),
              ("p", f"Din mentor bliver {c.mentor['name']} fra {c.mentor['org']}. Den skriftlige aftale om "
                    f"mentorstøtten med mål og opgaver finder du på Min Plan på jobnet.dk.")]
        if reasons and rng.random() < 0.6:
            b += [("h", "Begrundelse"),
                  ("p", f"Vi har lagt vægt på, at du har brug for støtte til at fastholde dit forløb, og at "
                        f"støtten har et mål om uddannelse eller job, jf. LAB § 167, stk. 1.")]
    elif sub == "partial":
        asked = c.hours + rng.choice([2, 3])
        b += [("h", "Delvis bevilling af mentorstøtte"),
              ("p", f"Du har søgt om mentorstøtte {asked} timer om ugen. Du får bevilget {c.hours} timer om ugen "
                    f"i perioden {per}. Du har altså fået delvist medhold.")]
        if reasons:
            b += [("h", "Begrundelse"),
                  ("p", f"Vi har lagt vægt på oplysningerne fra din praktikvært om, at du allerede klarer de fleste "
                        f"opgaver selv, og på at mentorstøtten efter LAB § 167 skal svare til dit konkrete behov. "
                        f"Vi vurderer derfor, at {c.hours} timer om ugen er tilstrækkeligt.")]
    elif sub == "refusal":
        b += [("h", "Afslag på mentorstøtte"),
              ("p", f"Vi har behandlet din ansøgning af {dk_date(c.date - dt.timedelta(days=18))} om mentorstøtte. "
                    f"Du får afslag.")]
        if reasons:
            b += [("h", "Begrundelse"),
                  ("p", "Efter § 167 i lov om en aktiv beskæftigelsesindsats kan der gives mentorstøtte, når det "
                        "er nødvendigt for at du kan fastholde eller opnå job eller uddannelse. Vi har lagt vægt "
                        "på, at du allerede får støtte fra en SPS-mentor på skolen i 4 timer om ugen, og at "
                        "behovet derfor er dækket.")]
    elif sub == "extension":
        b += [("h", "Forlængelse af mentorstøtte"),
              ("p", f"Din mentorstøtte forlænges efter en konkret vurdering i en ny periode fra {per}. "
                    f"Timetallet er fortsat {c.hours} timer pr. uge, og din mentor er stadig {c.mentor['name']}.")]
        if reasons:
            b += [("p", f"Vi har lagt vægt på statusrapporten fra {c.mentor['org']}, som viser, at du er godt "
                        f"i gang, men at du endnu ikke møder stabilt uden støtte.")]
    elif sub == "end":
        stop = c.date + dt.timedelta(days=rng.choice([0, 7, 14, 21]))
        b += [("h", "Ophør af mentorstøtte"),
              ("p", f"Din mentorstøtte ophører {dk_date(stop, 'den')}.")]
        if reasons:
            b += [("h", "Begrundelse"),
                  ("p", f"Du er startet i ordinært job og har oplyst, at du ikke længere har brug for mentor. "
                        f"Vi har lagt vægt på dine egne oplysninger og på mentors afsluttende status, jf. LAB § 167.")]
    b += appeal(appeal_kind, c.date, rng)
    b += [("p", "Med venlig hilsen"), ("p", f"{c.cw['name']}\n{s}\nTlf. {c.cw['tlf']} · {c.cw['mail']}")]
    return head + b


def minplan_jobnet(case: Case, defects: set, rng: random.Random) -> list:
    c = case
    goal = None if "missing-goal" in defects else (
        rng.choice(GOALS_UNCLEAR).format(fn=c.fn) if "unclear-goal" in defects else c.goal)
    end = c.end_over if "duration-over-6-months" in defects else c.end
    b = [("t", "Min Plan"), ("p", f"{c.name} · senest opdateret {dk_date(c.date, 'abbr')}"),
         ("h", "Mentorstøtte"),
         ("p", f"Hvad skal du nå? {goal if goal else 'Aftales med din sagsbehandler'}")]
    if "missing-mentor" in defects:
        b.append(("p", f"Din mentor: {c.mentor['org']} finder en mentor til dig"))
    else:
        b.append(("p", f"Din mentor: {c.mentor['name']}, {c.mentor['org']}"))
        b.append(("p", f"Telefon: {c.mentor['tlf']}   E-mail: {c.mentor['mail']}"))
    if "missing-tasks" not in defects:
        b.append(("p", "Det hjælper din mentor dig med:"))
        b += [("li", t[0].upper() + t[1:]) for t in c.tasks]
    if "missing-duration" in defects:
        b.append(("p", f"Hvornår: fra {dk_date(c.start)}"))
    else:
        b.append(("p", f"Hvornår: {dk_date(c.start)} – {dk_date(end)}"))
    if "missing-hours" not in defects:
        b.append(("p", f"Hvor meget: {c.hours} {'time' if c.hours == 1 else 'timer'} om ugen"))
    b.append(("p", "Har du spørgsmål til din plan, så skriv til din sagsbehandler på jobnet.dk."))
    return b


def minplan(case: Case, defects: set, rng: random.Random, cpr: bool, other_activity: bool = False) -> list:
    c = case
    fn = c.fn
    goal = None if "missing-goal" in defects else (
        rng.choice(GOALS_UNCLEAR).format(fn=fn) if "unclear-goal" in defects else c.goal)
    end = c.end_over if "duration-over-6-months" in defects else c.end
    lines = [("t", "KMD Momentum – udskrift"),
             ("p", f"Borger: {c.name}" + (f"   CPR: {c.cpr}" if cpr else "") + f"   Udskrevet: {dk_date(c.date, 'num')} af {c.cw['name']}"),
             ("h", "Min Plan"), ("p", f"Mit mål: {goal}" if goal and rng.random() < 0.3 else "")]
    rows = [("Indsats", "Mentorstøtte (§ 167)"), ("Status", "Igangværende" if c.start <= c.date else "Planlagt")]
    if goal and not lines[-1][1]:
        rows.append(("Formål med mentorstøtten", goal))
    elif not goal:
        rows.append(("Formål med mentorstøtten", ""))
    if "missing-mentor" in defects:
        rows.append(("Mentor", rng.choice([c.mentor["org"], c.mentor["name"]])))
    else:
        rows.append(("Mentor", f"{c.mentor['name']} ({c.mentor['org']})"))
        rows.append(("Kontakt", f"{c.mentor['tlf']} / {c.mentor['mail']}"))
    if "missing-tasks" not in defects:
        rows.append(("Mentorens opgaver", "; ".join(c.tasks)))
    if "missing-duration" in defects:
        rows.append(("Startdato", dk_date(c.start, "num")))
        rows.append(("Slutdato", ""))
    else:
        rows.append(("Periode", f"{dk_date(c.start, 'num')} - {dk_date(end, 'num')}"))
    if "missing-hours" not in defects:
        rows.append(("Timer pr. uge", str(c.hours)))
    lines = [l for l in lines if not (l[0] == "p" and not l[1])]
    lines.append(("table", rows))
    if other_activity:
        s2 = c.start.replace(day=1)
        lines += [("h", "Øvrige aktiviteter"),
                  ("table", [("Aktivitet", "FGU Gudenå, produktionsgrunduddannelse"),
                             ("Periode", f"{dk_date(s2, 'num')} - {dk_date(six_end(s2, 11), 'num')}"),
                             ("Status", "Igangværende")])]
    lines.append(("p", "Min Plan opdateres, når der sker ændringer i din indsats. Du kan se din plan på "
                       "jobnet.dk."))
    return lines


# ----------------------------------------------------------------------------- look-alikes
def lookalike(case: Case, sub: str, rng: random.Random, cpr: bool) -> list:
    c = case
    m = c.mentor
    s = sender(c.date)
    if sub == "status":
        return [("t", m["org"]), ("h", "Statusrapport – mentorforløb"),
                ("p", f"Borger: {c.name}" + (f", cpr {c.cpr}" if cpr else "") + f". Rapportperiode: "
                      f"{dk_date(c.start, 'num')} - {dk_date(c.date, 'num')}. Mentor: {m['name']}."),
                ("p", f"{c.fn} har mødt op til 11 af 13 planlagte samtaler. Fremmødet i praktikken er steget fra "
                      f"to til fire dage om ugen. Transport fungerer nu uden følgeskab."),
                ("p", f"Vurdering: Vi anbefaler, at forløbet fortsætter som planlagt. Næste status sendes om "
                      f"fire uger."), ("p", f"Venlig hilsen {m['name']}")]
    if sub == "invoice":
        return [("t", m["org"]), ("h", f"Faktura nr. {rng.randint(2300, 9800)}"),
                ("p", f"Til: {s}, Økonomi, EAN 5798000{rng.randint(100000, 999999)}"),
                ("table", [("Ydelse", "Mentorstøtte § 167"), ("Borger/ref.", f"{c.fn[0]}.{c.ln[0]}. sag {c.sag}"),
                           ("Periode", f"{MONTHS[c.date.month - 1]} {c.date.year}"),
                           ("Timer", f"{c.hours * 4}"), ("Timepris", "545,00 kr."),
                           ("I alt ekskl. moms", f"{c.hours * 4 * 545:,.2f} kr.".replace(",", "X").replace(".", ",").replace("X", "."))]),
                ("p", "Betalingsbetingelser: netto 30 dage. Bank: reg. 7310 konto 0001234567.")]
    if sub == "referat":
        return [("t", s), ("h", "Referat af statusmøde"),
                ("p", f"Deltagere: {c.name}, {m['name']} ({m['org']}), {c.cw['name']} (sagsbehandler). "
                      f"Dato: {dk_date(c.date)}."),
                ("p", f"{c.fn} fortæller, at det går bedre med at komme op om morgenen. Mentor bekræfter. "
                      f"Der blev talt om mulighederne for at øge timerne i praktikken efter sommerferien."),
                ("p", f"Næste møde: {dk_date(c.date + dt.timedelta(days=35))} kl. 10.00 i Borgerservice, lokale 2.")]
    if sub == "guide":
        return [("t", s), ("h", "Til dig, der skal have en mentor"),
                ("p", "En mentor er en person, der kan hjælpe dig med at komme i gang med job eller uddannelse. "
                      "Når du får en mentor, laver vi en skriftlig aftale. Aftalen skal indeholde:"),
                ("li", "målet med mentorstøtten"), ("li", "mentorens navn og kontaktdata"),
                ("li", "hvilke opgaver mentoren skal hjælpe med"), ("li", "hvor længe aftalen varer (højst 6 måneder ad gangen)"),
                ("li", "hvordan vi følger op"), ("li", "hvor mange timer om ugen"), ("li", "klagevejledning"),
                ("p", "Du kan klage til kommunen inden 4 uger, hvis du er uenig i en afgørelse. Har du spørgsmål, "
                      "så ring til os på 87 12 34 00.")]
    if sub == "application":
        return [("h", "Ansøgning om mentor"),
                ("p", f"Jeg hedder {c.name} og bor på {c.addr}." + (f" Mit cpr-nr. er {c.cpr}." if cpr else "")),
                ("p", f"Jeg vil gerne søge om en mentor, fordi jeg skal starte på skole og har svært ved at komme "
                      f"afsted om morgenen. Jeg tænker måske {c.hours + 2} timer om ugen i et halvt år."),
                ("p", f"Min kontaktperson på bostedet hedder Ulla og kan kontaktes på 40 12 55 90."),
                ("p", f"Venlig hilsen {c.fn}")]
    if sub == "order":
        return [("t", s), ("h", "Bestilling af mentorforløb"),
                ("p", f"Til: {m['org']}, att. visitationen. Vi bestiller hermed et mentorforløb til borger i sag "
                      f"{c.sag}. Forventet start {dk_date(c.start)}, {c.hours} timer om ugen. Borgerens "
                      f"kontaktoplysninger sendes sikkert via Digital Post."),
                ("p", f"Tilbagemelding om ledig mentor bedes sendt til {c.cw['name']}, {c.cw['mail']}.")]
    if sub == "hearing":
        return [("t", s), ("h", "Partshøring – påtænkt ophør af mentorstøtte"),
                ("p", f"Kære {c.fn}. Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de "
                      f"sidste fem aftaler med din mentor. Før vi træffer en afgørelse, vil vi gerne høre din "
                      f"mening."),
                ("p", f"Du kan sende dine bemærkninger til {c.cw['name']} senest {dk_date(c.date + dt.timedelta(days=14))}."
                      f" Hører vi ikke fra dig, træffer vi afgørelse på det foreliggende grundlag.")]
    if sub == "reconsider":
        return [("t", s), ("h", "Genvurdering af din klage"),
                ("p", f"Vi har modtaget din klage af {dk_date(c.date - dt.timedelta(days=9))} over afslaget på "
                      f"mentorstøtte. Vi har vurderet sagen igen og fastholder afgørelsen."),
                ("p", "Din klage og sagens akter er derfor sendt videre til Ankestyrelsen, som vil behandle "
                      "klagen. Du hører fra Ankestyrelsen.")]
    if sub == "meeting_mail":
        return [("p", f"Hej {c.fn}"),
                ("p", f"Jeg skal lige rykke vores møde med {m['name']} fra torsdag til fredag "
                      f"{dk_date(c.date + dt.timedelta(days=3))} kl. 13.00. Vi ses i jobcentret på 1. sal."),
                ("p", f"Mvh {c.cw['name']}\n{c.cw['tlf']}")]
    if sub == "timesheet":
        rows = [("Uge", "Timer med borger")] + [(f"Uge {w}", str(c.hours + rng.choice([-1, 0, 0, 1])))
                                                for w in range(10, 16)]
        return [("t", m["org"]), ("h", "Timeregistrering – mentor"), ("p", f"Mentor: {m['name']}. Sag: {c.sag}"),
                ("table", rows), ("p", "Forberedelsestid er ikke medregnet, jf. BAB § 123.")]
    if sub == "collab":
        return [("t", s), ("h", "Samarbejdsaftale om mentorydelser 2025-2026"),
                ("p", f"Mellem {s} og {m['org']}. Leverandøren stiller mentorer til rådighed for borgere, som "
                      f"kommunen visiterer til mentorstøtte efter LAB § 167."),
                ("li", "Timepris: 545 kr. ekskl. moms"), ("li", "Statusrapport hver 4. uge og ved afslutning"),
                ("li", "Opsigelse: 3 måneder til udgangen af en måned"),
                ("p", "Aftalen gælder fra 1. januar 2025 til 31. december 2026.")]
    raise ValueError(sub)


# ----------------------------------------------------------------------------- renderers
def blocks_to_text(blocks, style="plain") -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "t":
            out.append(b[1].upper() if style == "plain" else b[1])
            out.append("")
        elif k == "h":
            out.append("")
            out.append(b[1])
            if style == "plain":
                out.append("-" * min(len(b[1]), 60))
        elif k == "p":
            out.append(b[1])
        elif k == "li":
            out.append(f"  - {b[1]}")
        elif k == "table":
            w = max(len(r[0]) for r in b[1]) + 2
            for r in b[1]:
                out.append(f"{(r[0] + ':').ljust(w)} {r[1]}")
    return "\n".join(out).strip() + "\n"


def render_docx(blocks, path: Path):
    import docx
    d = docx.Document()
    for b in blocks:
        if b[0] == "t":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "table":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for r in b[1]:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = r[0], r[1]
    d.core_properties.author = "Gudenå Kommune"
    d.save(str(path))


def render_pdf(blocks, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    story = []
    esc = lambda s: html.escape(s).replace("\n", "<br/>")
    for b in blocks:
        if b[0] == "t":
            story.append(Paragraph(f"<b>{esc(b[1])}</b>", ss["Normal"]))
            story.append(Spacer(1, 10))
        elif b[0] == "h":
            story.append(Paragraph(esc(b[1]), ss["Heading3"]))
        elif b[0] == "p":
            story.append(Paragraph(esc(b[1]), ss["BodyText"]))
        elif b[0] == "li":
            story.append(Paragraph("• " + esc(b[1]), ss["BodyText"]))
        elif b[0] == "table":
            data = [[Paragraph(esc(r[0]), ss["BodyText"]), Paragraph(esc(r[1]), ss["BodyText"])] for r in b[1]]
            t = Table(data, colWidths=[140, 320])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, title="", author="").build(story)


def render_scan(blocks, path: Path, rng: random.Random):
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        render_pdf(blocks, tdp / "src.pdf")
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(tdp / "src.pdf"), str(tdp / "pg")], check=True)
        pages = sorted(tdp.glob("pg*.png"))
        imgs = []
        for i, p in enumerate(pages):
            im = Image.open(p).convert("L")
            im = im.rotate(rng.uniform(-0.8, 0.8), expand=False, fillcolor=255, resample=Image.BICUBIC)
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            q = tdp / f"s{i}.png"
            im.save(q)
            imgs.append(str(q))
        lst = tdp / "list.txt"
        lst.write_text("\n".join(imgs) + "\n")
        subprocess.run(["tesseract", str(lst), str(tdp / "out"), "-l", "dan", "pdf"], check=True,
                       capture_output=True)
        shutil.copy(tdp / "out.pdf", path)


def render_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    for b in blocks:
        if b[0] in ("t", "p"):
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif b[0] == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif b[0] == "li":
            doc.text.addElement(P(text="– " + b[1]))
        elif b[0] == "table":
            t = Table(name=f"T{id(b) % 10000}")
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            for r in b[1]:
                tr = TableRow()
                for v in r:
                    tc = TableCell()
                    tc.addElement(P(text=v))
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
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                bt = ch.encode("cp1252")
                out.append("\\'%02x" % bt[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % ord(ch))
    return "".join(out)


def render_rtf(blocks, path: Path):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22 "]
    for b in blocks:
        if b[0] == "t":
            parts.append(r"{\b " + rtf_escape(b[1]) + r"}\par\par ")
        elif b[0] == "h":
            parts.append(r"\par{\b\fs24 " + rtf_escape(b[1]) + r"}\par ")
        elif b[0] == "p":
            parts.append(rtf_escape(b[1]) + r"\par ")
        elif b[0] == "li":
            parts.append(r"\bullet  " + rtf_escape(b[1]) + r"\par ")
        elif b[0] == "table":
            for r in b[1]:
                parts.append(r"\trowd\cellx2800\cellx9000 " + rtf_escape(r[0]) + r"\cell " + rtf_escape(r[1])
                             + r"\cell\row ")
    parts.append("}")
    path.write_bytes("".join(parts).encode("ascii"))


def render_html(blocks, path: Path, title: str):
    out = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
           "<style>body{font-family:Arial;font-size:11pt} td{border:1px solid #999;padding:3px}</style></head><body>"]
    inlist = False
    for b in blocks:
        if b[0] != "li" and inlist:
            out.append("</ul>")
            inlist = False
        if b[0] == "t":
            out.append(f"<div class=\"afsender\"><b>{html.escape(b[1])}</b></div>")
        elif b[0] == "h":
            out.append(f"<h2>{html.escape(b[1])}</h2>")
        elif b[0] == "p":
            out.append("<p>" + html.escape(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "li":
            if not inlist:
                out.append("<ul>")
                inlist = True
            out.append(f"<li>{html.escape(b[1])}</li>")
        elif b[0] == "table":
            out.append("<table>" + "".join(f"<tr><td><b>{html.escape(r[0])}</b></td><td>{html.escape(r[1])}</td></tr>"
                                           for r in b[1]) + "</table>")
    if inlist:
        out.append("</ul>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def render_eml(blocks, path: Path, case: Case, subject: str, as_html: bool):
    msg = email.message.EmailMessage()
    msg["From"] = f"{case.cw['name']} <{case.cw['mail']}>"
    msg["To"] = f"{case.mentor['name']} <{case.mentor['mail']}>" if subject.lower().startswith(("bestilling", "vs"))\
        else f"{case.name} <{case.fn.lower()}{case.ln[0].lower()}@mail.dk>"
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(dt.datetime(case.date.year, case.date.month, case.date.day, 10, 14,
                                                          tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = f"<{case.sag}.{sum(map(ord, subject)) % 100000}@gudenaa.dk>"
    txt = blocks_to_text(blocks, style="mail")
    msg.set_content(txt)
    if as_html:
        tmp = path.with_suffix(".tmp.html")
        render_html(blocks, tmp, subject)
        msg.add_alternative(tmp.read_text(encoding="utf-8"), subtype="html")
        tmp.unlink()
    path.write_bytes(bytes(msg))


# ----------------------------------------------------------------------------- plan
def build(out: Path, seed: int):
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    counter = [0]

    def rdate(year=None):
        y = year or rng.choice([2023, 2024, 2025, 2026])
        last = dt.date(2026, 11, 15) if y == 2026 else dt.date(y, 12, 20)
        first = dt.date(y, 1, 5)
        return first + dt.timedelta(days=rng.randint(0, (last - first).days))

    def emit(kind, sub, fmt, blocks, case, rules, traits, layout, cpr, title, period=None, extras=(),
             mail_subject=None, mail_html=False):
        counter[0] += 1
        y = case.date.year
        folder = out / str(y) / sub
        folder.mkdir(parents=True, exist_ok=True)
        slug = f"{counter[0]:03d}_{sub}_{case.fn.lower()}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
        ext = {"scan": "pdf"}.get(fmt, fmt)
        p = folder / f"{slug}.{ext}"
        if fmt == "docx":
            render_docx(blocks, p)
        elif fmt == "pdf":
            render_pdf(blocks, p)
        elif fmt == "scan":
            render_scan(blocks, p, rng)
        elif fmt == "odt":
            render_odt(blocks, p)
        elif fmt == "rtf":
            render_rtf(blocks, p)
        elif fmt == "html":
            render_html(blocks, p, title)
        elif fmt == "txt":
            p.write_text(blocks_to_text(blocks), encoding="utf-8")
        elif fmt == "eml":
            render_eml(blocks, p, case, mail_subject or title, mail_html)
        rules = sorted(set(rules))
        assert set(rules) <= APPLIES[kind], (kind, rules)
        e = {"path": str(p.relative_to(out)), "format": ext, "kind": kind, "subtype": sub, "layout": layout,
             "rules": rules, "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": [case.cpr, case.cpr.replace("-", "")] if cpr else [],
             "traits": sorted(set(traits + (["cpr"] if cpr else []) + ([f"scan"] if fmt == "scan" else []))),
             }
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        entries.append(e)

    def new_case(year=None, d=None):
        c = Case(rng, d or rdate(year))
        c.end_over = six_end(c.start, rng.choice([7, 8, 9, 12]))
        return c

    # ---------------- agreements (32)
    ag_defects = [set()] * 13 + [
        {"missing-follow-up"}, {"missing-follow-up"}, {"unclear-goal"}, {"unclear-goal"}, {"missing-hours"},
        {"missing-hours"}, {"missing-appeal-guidance"}, {"missing-appeal-guidance"}, {"duration-over-6-months"},
        {"duration-over-6-months"}, {"missing-mentor"}, {"missing-tasks"}, {"missing-duration"}, {"missing-goal"},
        {"missing-follow-up", "missing-appeal-guidance"}, {"unclear-goal", "missing-hours"},
        {"missing-mentor", "duration-over-6-months"}, {"missing-tasks", "missing-follow-up"}]
    ag_fmts = ["docx"] * 9 + ["pdf"] * 6 + ["scan"] * 5 + ["odt"] * 3 + ["rtf"] * 3 + ["eml"] * 3 + ["txt"] * 2
    rng.shuffle(ag_fmts)
    for i, df in enumerate(ag_defects):
        c = new_case()
        fmt = ag_fmts[i % len(ag_fmts)]
        if fmt == "eml":
            family = "provider"
        else:
            family = "old" if c.date < dt.date(2024, 7, 1) else rng.choice(["table", "table", "provider"])
        if "missing-appeal-guidance" in df:
            ak = rng.choice(["vague", "none", "other"])
        else:
            ak = "direct" if rng.random() < 0.08 else "full"
        cpr = rng.random() < 0.28
        blocks = agreement(c, df, family, ak, rng, cpr)
        if fmt == "eml":
            blocks = [("p", f"Hej {c.fn}"), ("p", f"Som aftalt på mødet i dag sender jeg her jeres aftale om "
                                                  f"mentorstøtte. Læs den igennem og svar tilbage, hvis noget "
                                                  f"skal rettes.")] + blocks[1:-2] + [
                ("p", f"Venlig hilsen\n{c.cw['name']}\n{sender(c.date)}")]
        end = c.end_over if "duration-over-6-months" in df else c.end
        period = None if "missing-duration" in df else (c.start, end)
        traits = [f"template:{family}", f"caseworker:{c.cw['name'].split()[0].lower()}",
                  f"provider:{c.mentor['org'].split(',')[0]}"]
        if ak == "direct":
            traits.append("appeal:direct-route")
        if period and (end - c.start).days > 170 and end == six_end(c.start):
            traits.append("period:exact-six")
        emit("agreement", "agreement", fmt, blocks, c, df, traits, f"agreement-{family}", cpr,
             "Aftale om mentorstøtte", period, extras=["appeal-wrong-route"] if ak == "direct" else [],
             mail_subject=f"Mentoraftale – {c.fn}", mail_html=rng.random() < 0.5)

    # special agreement: udskrivningskoordinator (2 mdr. before discharge + 6 mdr.), clean
    c = new_case(2025, dt.date(2025, 2, 20))
    c.start = dt.date(2025, 3, 1)
    c.end = dt.date(2025, 10, 31)
    c.goal = f"{c.fn} er udskrevet og har genoptaget sit deltidsjob i Føtex Bjerringbro 15 timer om ugen senest 1. september 2025."
    bl = agreement(c, set(), "table", "full", rng, False)
    bl.insert(2, ("p", f"Mentortype: udskrivningskoordinator efter LAB § 167, stk. 2. {c.fn} er indlagt på "
                       f"Regionspsykiatrien Viborg og forventes udskrevet 1. maj 2025. Støtten gives fra to måneder "
                       f"før udskrivelsen og seks måneder efter."))
    emit("agreement", "agreement", "docx", bl, c, set(), ["template:table", "udskrivningskoordinator",
                                                           "period:8-months-legit"],
         "agreement-table", False, "Aftale", (c.start, c.end))

    # ---------------- decisions (24)
    dec_plan = [("grant", set(), True), ("grant", set(), True), ("grant", set(), True), ("grant", set(), True),
                ("grant", {"missing-appeal-guidance"}, True), ("grant", {"duration-over-6-months"}, True),
                ("partial", set(), True), ("partial", set(), True), ("partial", set(), False),
                ("partial", {"missing-appeal-guidance"}, True),
                ("refusal", set(), True), ("refusal", set(), True), ("refusal", set(), False),
                ("refusal", {"missing-appeal-guidance"}, True),
                ("extension", set(), True), ("extension", set(), True), ("extension", {"duration-over-6-months"}, True),
                ("extension", {"missing-appeal-guidance"}, True),
                ("end", set(), True), ("end", set(), True), ("end", {"missing-appeal-guidance"}, True),
                ("end", set(), False), ("grant", {"missing-appeal-guidance", "duration-over-6-months"}, True),
                ("grant", set(), True)]
    dec_fmts = ["pdf"] * 8 + ["docx"] * 5 + ["scan"] * 3 + ["html"] * 3 + ["eml"] * 2 + ["odt"] * 1 + ["rtf"] * 2
    rng.shuffle(dec_fmts)
    for i, (sub, df, reasons) in enumerate(dec_plan):
        c = new_case()
        fmt = dec_fmts[i]
        ak = rng.choice(["vague", "none", "other"]) if "missing-appeal-guidance" in df else (
            "direct" if rng.random() < 0.08 else "full")
        cpr = rng.random() < 0.25
        blocks = decision(c, sub, df, ak, rng, cpr, reasons)
        extras = []
        if ak == "direct":
            extras.append("appeal-wrong-route")
        if not reasons and sub in ("partial", "refusal", "end"):
            extras.append("missing-reasons")
        end = c.end_over if "duration-over-6-months" in df else c.end
        period = (c.start, end) if sub in ("grant", "partial", "extension") else None
        traits = [f"decision:{sub}", f"caseworker:{c.cw['name'].split()[0].lower()}"]
        if not reasons:
            traits.append("no-reasons")
        emit("decision", sub, fmt, blocks, c, df, traits, "letter-" + ("kommune" if c.date >= dt.date(2026, 2, 1)
                                                                         else "jobcenter"),
             cpr, "Afgørelse", period, extras=extras, mail_subject=f"Afgørelse om mentorstøtte – sag {c.sag}",
             mail_html=False)

    # ---------------- Min Plan entries (18)
    mp_defects = [set()] * 7 + [{"missing-mentor"}, {"missing-mentor"}, {"missing-hours"}, {"missing-hours"},
                                {"duration-over-6-months"}, {"unclear-goal"}, {"unclear-goal"}, {"missing-tasks"},
                                {"missing-duration"}, {"missing-goal"}, {"missing-mentor", "missing-hours"}]
    mp_fmts = ["pdf"] * 6 + ["txt"] * 5 + ["html"] * 3 + ["scan"] * 2 + ["docx"] * 2
    rng.shuffle(mp_fmts)
    for i, df in enumerate(mp_defects):
        c = new_case()
        other = (i == 1)
        cpr = rng.random() < 0.25
        jobnet = (i % 3 == 2) and not other
        blocks = minplan_jobnet(c, df, rng) if jobnet else minplan(c, df, rng, cpr, other_activity=other)
        if jobnet:
            cpr = False
        end = c.end_over if "duration-over-6-months" in df else c.end
        period = None if "missing-duration" in df else (c.start, end)
        traits = (["jobnet-view"] if jobnet else ["momentum-print"]) + (["other-activity-11-months"] if other else [])
        emit("minplan", "minplan", mp_fmts[i], blocks, c, df, traits,
             "jobnet-minplan" if jobnet else "momentum-minplan", cpr, "Min Plan", period)

    # ---------------- look-alikes (16)
    la = ["status", "status", "invoice", "invoice", "referat", "guide", "application", "order", "hearing",
          "reconsider", "meeting_mail", "timesheet", "collab", "status", "referat", "hearing"]
    la_fmts = ["pdf", "docx", "pdf", "scan", "docx", "html", "scan", "eml", "pdf", "docx", "eml", "odt", "pdf",
               "rtf", "txt", "docx"]
    for sub, fmt in zip(la, la_fmts):
        c = new_case()
        cpr = sub in ("status", "application") and rng.random() < 0.6
        blocks = lookalike(c, sub, rng, cpr)
        emit("unknown", sub, fmt, blocks, c, set(), [f"lookalike:{sub}"], f"other-{sub}", cpr, sub,
             mail_subject={"order": "Bestilling af mentorforløb", "meeting_mail": "Flyt af møde"}.get(sub, sub))

    from collections import Counter
    mp = out / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    mp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(entries), Counter(e["kind"] for e in entries))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/work/corpora/gy"))
    ap.add_argument("--seed", type=int, default=1717)
    a = ap.parse_args()
    build(a.out, a.seed)
