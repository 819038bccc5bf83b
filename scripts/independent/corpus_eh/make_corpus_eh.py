#!/usr/bin/env python3
"""Independent corpus 'eh': agreements over the life of a mentor case.

Each simulated case runs through: grant decision -> first agreement -> Min Plan entry ->
follow-up meeting (minutes, not a kind) -> revised agreement or addendum ("Tillæg til aftale")
-> change decision -> extension decision -> agreement for the second period, with plain-language
letter versions beside the formal ones, two-mentor / mentor-team agreements, and dates on both
sides of 1 February 2026 ("jobcentret" before, "kommunen" after).

Labels are derived from the field states chosen for each document (never from the linter):
see NOTES.md.  Run:  /work/main/.venv/bin/python make_corpus_eh.py --out /work/corpora/eh
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

D = dt.date
LAW_CHANGE = D(2026, 2, 1)
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
            "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


# ----------------------------------------------------------------------------- dates
def add_months(d: D, n: int) -> D:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(d.day, last))


def six_end(start: D) -> D:
    return add_months(start, 6) - dt.timedelta(days=1)


def fdate(d: D, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return f"{d.day}.{d.month}.{d.year}"
    raise ValueError(style)


def frange(a: D, b: D, style: str, sep: str) -> str:
    if sep == "fra":
        return f"fra {fdate(a, style)} til {fdate(b, style)}"
    if sep == "fom":
        return f"f.o.m. {fdate(a, style)} t.o.m. {fdate(b, style)}"
    return f"{fdate(a, style)}{sep}{fdate(b, style)}"


# ----------------------------------------------------------------------------- people
FIRST = ["Sara", "Jonas", "Amira", "Mikkel", "Line", "Ahmed", "Freja", "Kasper", "Nadia",
         "Emil", "Tina", "Rasmus", "Yasmin", "Oliver", "Maja", "Bilal"]
LAST = ["Holm", "Kristensen", "Nørgaard", "Bech", "Lauridsen", "Khalil", "Dam", "Overgaard",
        "Iversen", "Thygesen", "Mortensen", "Juhl", "Said", "Vestergaard", "Friis", "Aziz"]
MENTORS = [("Lars Østergaard", "Jobhuset ApS"), ("Hanne Bak", "Mentorhuset Midt"),
           ("Peter Kjær", "Lærdansk Erhverv"), ("Birgitte Lund", "Kommunens Mentorkorps"),
           ("Søren Ravn", "Vejen Videre I/S"), ("Mette Skov", "Fokus Mentor"),
           ("Jakob Winther", "Jobhuset ApS"), ("Dorthe Als", "Mentorhuset Midt"),
           ("Khaled Omar", "Brobyggerne"), ("Anne-Marie Lykke", "Fokus Mentor"),
           ("Thomas Bruun", "Kommunens Mentorkorps"), ("Camilla Hjort", "Vejen Videre I/S")]
CASEWORKERS = ["Gitte Mørch", "Jens Aagaard", "Pia Lindberg", "Morten Hald", "Susanne Kirk",
               "Rikke Storm", "Ole Brandt", "Lene Thorup"]
KOMMUNER = ["Viborg", "Holbæk", "Herning", "Faxe", "Roskilde", "Tønder", "Assens", "Rudersdal",
            "Silkeborg", "Næstved", "Odense", "Skive"]

GOALS = [
    ("Du er i virksomhedspraktik i Netto i Bjerringbro 15 timer om ugen senest 1. juni 2026, med "
     "henblik på et løntilskudsjob.", "detail"),
    ("Målet er, at {f} starter på SOSU-hjælperuddannelsen i august 2026 og møder mindst fire dage "
     "om ugen.", "edu"),
    ("{f} fastholder sit fleksjob som lagermedarbejder hos Dagrofa, 12 timer om ugen, uden "
     "fravær ud over sygedage.", "flex"),
    ("{f} gennemfører grundforløb 1 på EUC (tømrer) og har højst 10 % fravær i perioden.", "edu"),
    ("{f} er i praktik i en børnehave 20 timer om ugen senest 1. maj og er afklaret om "
     "pædagogmedhjælperuddannelsen.", "detail"),
    ("Hovedformål: {f} kommer i ordinært job som chauffør (min. 25 timer/uge). Delmål: "
     "kørekort kategori C er bestået inden udgangen af perioden.", "job"),
    ("{f} gennemfører FVU-dansk trin 2 og starter på HF-enkeltfag i januar.", "edu"),
    ("{f} møder stabilt i løntilskudsjob hos Assens Forsyning, 4 dage om ugen, og har ved "
     "periodens udløb en aftale om forlængelse eller ansættelse.", "job"),
]
GOALS2 = [  # changed goal after follow-up meeting
    ("Det ændrede mål: {f} øger praktikken fra 15 til 25 timer om ugen inden 1. september og "
     "søger mindst to stillinger om måneden inden for detail.", "detail"),
    ("Nyt mål: {f} påbegynder hovedforløbet (social- og sundhedshjælper) og består første "
     "praktikperiode.", "edu"),
    ("Målet er nu, at {f} overgår fra virksomhedspraktik til løntilskud i samme virksomhed "
     "senest 1. oktober 2026.", "job"),
]
UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "At {f} får mere struktur på hverdagen og bedre selvværd.",
    "Sikre at {f} kommer tættere på arbejdsmarkedet.",
    "Motivere {f} og arbejde på at skabe ro omkring det private.",
]
TASKS = [
    ["følge {f} til praktikstedet de første to uger", "ugentlig samtale om fremmøde og transport",
     "hjælpe med kontakten til arbejdspladsens kontaktperson"],
    ["hjælpe {f} med at planlægge skoleugen og lektier", "deltage i møder med kontaktlæreren",
     "støtte ved henvendelser til SU-styrelsen"],
    ["være bindeled mellem {f} og arbejdsgiveren", "hjælpe med at tilrettelægge pauser og "
     "skånehensyn", "ringe op ved fravær samme dag"],
    ["træne transport med offentlige transportmidler", "forberede jobsamtaler sammen med {f}",
     "hjælpe med at skrive ansøgninger (mindst to om måneden)"],
]
FOLLOW = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned. Evaluering senest 14 dage før "
    "perioden udløber. Progression måles på fremmøde (delmål: 4 dage om ugen fra 1. maj).",
    "Vi følger op hver 6. uge på et opfølgningsmøde i kommunen. Mentor sender en kort "
    "statusrapport før hvert møde.",
    "Opfølgning: midtvejsevaluering efter 3 måneder og slutevaluering fire uger før "
    "bevillingsudløb. Delmål følges i Min Plan.",
    "Mentor og sagsbehandler holder statusmøde med dig hver anden måned. Vi ser på, om du når "
    "dine delmål.",
]
HOURS = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
         "5 timer pr. uge i de første 4 uger, derefter 2 timer pr. uge", "2,5 timer om ugen"]
HOURS_MEET = "I mødes hver tirsdag kl. 9-11 og torsdag kl. 13-14."
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende efter aftale"]


def cpr(rng: random.Random) -> str:
    d = D(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 10000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def phone(rng):
    return f"{rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def mail(name, org):
    user = name.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    dom = org.lower().split()[0].replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    return f"{user}@{dom}.dk"


# ----------------------------------------------------------------------------- appeal texts
def appeal_text(state: str, when: D, kommune: str, rng) -> list:
    body = "kommunen" if when >= LAW_CHANGE else "jobcentret"
    Body = f"{kommune} Kommune" if when >= LAW_CHANGE else f"Jobcenter {kommune}"
    if state == "ok":
        v = rng.randrange(3)
        if v == 0:
            return [("h", "Klagevejledning"),
                    ("p", f"Hvis du ikke er enig i afgørelsen, kan du klage til {body}. Klagen skal "
                          f"være modtaget inden fire uger efter, at du har fået denne afgørelse. Du "
                          f"kan klage skriftligt eller mundtligt. {Body} genvurderer afgørelsen "
                          f"inden fire uger. Fastholder vi afgørelsen, sender vi klagen videre til "
                          f"Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204 og "
                          f"retssikkerhedslovens kapitel 10).")]
        if v == 1:
            return [("h", "Hvis du vil klage"),
                    ("p", f"Du kan klage over afgørelsen om mentorstøtte til {Body} inden 4 uger "
                          f"fra du har modtaget den. Ring til din sagsbehandler eller skriv via "
                          f"Digital Post. Vi ser på sagen igen. Hvis vi ikke giver dig ret, sender "
                          f"vi din klage til Ankestyrelsen.")]
        return [("kv", "Klageadgang",
                 f"Klage over afgørelsen sendes til {Body} senest 4 uger efter modtagelsen. "
                 f"{body.capitalize()} genvurderer og videresender en fastholdt afgørelse til "
                 f"Ankestyrelsen, jf. LAB § 204.")]
    if state == "incomplete":
        return [("h", "Klagevejledning"), ("p", rng.choice([
            "Du kan klage over afgørelsen.",
            f"Hvis du er uenig, kan du kontakte {body}.",
            "Klage kan ske efter reglerne i retssikkerhedsloven.",
        ]))]
    if state == "nodeadline":
        return [("h", "Klagevejledning"),
                ("p", f"Du kan klage til {Body}. Vi genvurderer afgørelsen, og fastholder vi den, "
                      f"sender vi klagen til Ankestyrelsen.")]
    if state == "other":
        return [("h", "Klagevejledning vedrørende befordringsgodtgørelse"),
                ("p", f"Du kan klage over afgørelsen om befordringsgodtgørelse til {Body} inden "
                      f"4 uger. Herefter sendes klagen til Ankestyrelsen.")]
    if state == "wrong":
        return [("h", "Klagevejledning"),
                ("p", "Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har "
                      "modtaget afgørelsen. Brug Ankestyrelsens klageformular på ast.dk.")]
    if state == "missing":
        return []
    raise ValueError(state)


APPEAL_RULE = {"ok": [], "wrong": [], "incomplete": ["missing-appeal-guidance"],
               "nodeadline": ["missing-appeal-guidance"], "other": ["missing-appeal-guidance"],
               "missing": ["missing-appeal-guidance"]}


# ----------------------------------------------------------------------------- case model
class Case:
    def __init__(self, i: int, rng: random.Random):
        self.i = i
        self.first = FIRST[i % len(FIRST)]
        self.last = LAST[(i * 5 + 3) % len(LAST)]
        self.name = f"{self.first} {self.last}"
        self.kommune = KOMMUNER[i % len(KOMMUNER)]
        m1 = MENTORS[i % len(MENTORS)]
        m2 = MENTORS[(i + 5) % len(MENTORS)]
        self.m1 = (m1[0], m1[1], phone(rng), mail(m1[0], m1[1]))
        self.m2 = (m2[0], m2[1], phone(rng), mail(m2[0], m2[1]))
        self.cw = CASEWORKERS[i % len(CASEWORKERS)]
        self.cw_phone = phone(rng)
        # half the cases start before the law change
        if i % 2 == 0:
            self.start1 = D(2025, rng.choice([8, 9, 10]), rng.choice([1, 1, 4, 15]))
        else:
            self.start1 = D(2026, rng.choice([2, 3, 4]), rng.choice([1, 2, 16]))
        self.end1 = six_end(self.start1)
        self.start2 = self.end1 + dt.timedelta(days=1)
        self.end2 = six_end(self.start2)
        self.goal = GOALS[i % len(GOALS)][0].format(f=self.first)
        self.goal2 = GOALS2[i % len(GOALS2)][0].format(f=self.first)
        self.tasks = [t.format(f=self.first) for t in TASKS[i % len(TASKS)]]
        self.follow = FOLLOW[i % len(FOLLOW)].format(f=self.first)
        self.hours = HOURS[i % len(HOURS)]
        self.hours2 = HOURS[(i + 3) % len(HOURS)]
        self.sag = f"{rng.randint(10, 99)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}-G01-{rng.randint(100, 999)}-2{rng.randint(5, 6)}"
        self.cpr = cpr(rng)

    def sender(self, when: D) -> str:
        if when >= LAW_CHANGE:
            return f"{self.kommune} Kommune\nBeskæftigelse og Ydelse"
        return f"Jobcenter {self.kommune}\n{self.kommune} Kommune"


# ----------------------------------------------------------------------------- builders
def mentor_value(m, state, rng, team=None):
    name, org, tel, em = m
    if state == "ok":
        s = rng.randrange(3)
        if s == 0:
            return f"{name}, {org}, tlf. {tel}, {em}"
        if s == 1:
            return f"{name} ({org}) – telefon {tel}"
        return f"{name}, {org}, e-mail: {em}"
    if state == "nocontact":
        return f"{name}, {org}"
    raise ValueError(state)


def build_agreement(c: Case, rng, *, when: D, period, goal_state="ok", mentor_state="ok",
                    tasks_state="ok", dur_state="ok", follow_state="ok", hours_state="ok",
                    appeal="ok", style="table", variant="first", goal_text=None, hours_text=None,
                    team=False, with_cpr=False, prev_period=None, addendum_partial=False):
    """Return (title, blocks, rules, extras, traits)."""
    rules, extras, traits = [], [], [f"style:{style}", f"variant:{variant}"]
    a, b = period
    g = goal_text or c.goal
    hrs = hours_text or c.hours
    blocks = []
    plain = style in ("letter", "mailletter")
    if variant == "addendum-full" or variant == "addendum-partial":
        title = rng.choice(["Tillæg til aftale om mentorstøtte", "Tillæg til aftale",
                            "Tillæg til mentoraftale"])
    elif variant == "second":
        title = rng.choice(["Aftale om mentorstøtte – ny periode",
                            "Aftale om mentorstøtte (forlængelse)",
                            "Mentoraftale, periode 2"])
    elif variant == "revised":
        title = rng.choice(["Revideret aftale om mentorstøtte", "Aftale om mentorstøtte (revideret)",
                            "Ændret aftale om mentorstøtte"])
    else:
        title = rng.choice(["Aftale om mentorstøtte", "Mentoraftale",
                            "Aftale om mentorstøtte efter LAB § 167"])
    if plain:
        title = rng.choice(["Din aftale om mentorstøtte", "Her er din aftale om mentor",
                            title])
    # header
    hdr = c.sender(when).replace("\n", ", ")
    blocks.append(("p", hdr))
    blocks.append(("p", f"Dato: {fdate(when, rng.choice(['words', 'dots']))}"))
    if with_cpr:
        blocks.append(("kv", "Borger", f"{c.name}, CPR-nr. {c.cpr}"))
        traits.append("cpr")
    else:
        blocks.append(("kv", "Borger", c.name))
    blocks.append(("kv", "Sagsnr.", c.sag))
    if plain:
        blocks.append(("p", f"Kære {c.first}"))
        if when >= LAW_CHANGE:
            blocks.append(("p", "Her får du det, vi blev enige om på mødet, skrevet ned. Du kan "
                                "altid ringe, hvis noget er uklart."))
        else:
            blocks.append(("p", "Her får du din aftale om mentorstøtte fra jobcentret. Læs den "
                                "igennem, og ring, hvis noget er uklart."))
    if variant.startswith("addendum"):
        blocks.append(("p", f"Dette tillæg ændrer aftalen om mentorstøtte af "
                            f"{fdate(c.start1, 'words')}. Ændringerne blev aftalt på "
                            f"opfølgningsmødet {fdate(when - dt.timedelta(days=5), 'words')}."
                       + (" Aftalens øvrige punkter er uændrede." if addendum_partial else
                          " Aftalen gengives her i sin helhed med ændringerne.")))
    if variant == "second":
        pp = prev_period or (c.start1, c.end1)
        blocks.append(("p", f"Kommunen har besluttet at forlænge mentorstøtten efter en konkret "
                            f"vurdering. Forrige periode var {frange(pp[0], pp[1], 'words', ' – ')}."
                       if when >= LAW_CHANGE else
                       f"Jobcentret har forlænget mentorstøtten. Tidligere periode: "
                       f"{frange(pp[0], pp[1], 'dots', '-')}."))
        traits.append("prev-period")
    # ---- fields
    fields = []  # (label, value) where value None => omit; "" placeholder
    placeholder = rng.choice(["Udfyldes senere", "-", "…", "[indsæt]"])
    ph_p = 0.0 if addendum_partial else 0.5
    # goal
    if goal_state == "ok":
        fields.append(("goal", rng.choice(["Målet med mentorstøtten", "Mål", "Formål og mål"]), g))
    elif goal_state == "unclear":
        fields.append(("goal", rng.choice(["Målet med mentorstøtten", "Mål"]),
                       rng.choice(UNCLEAR).format(f=c.first)))
        rules.append("unclear-goal")
    elif goal_state == "missing":
        if rng.random() < ph_p:
            fields.append(("goal", "Målet med mentorstøtten", placeholder))
        rules.append("missing-goal")
    # mentor
    if mentor_state in ("ok", "nocontact"):
        if team:
            if mentor_state == "ok":
                val = (f"Mentorteam hos {c.m1[1]}: {c.m1[0]} (primær), tlf. {c.m1[2]}, {c.m1[3]} "
                       f"og {c.m2[0]} (afløser), tlf. {c.m2[2]}")
            else:
                val = f"Mentorteamet hos {c.m1[1]} ({c.m1[0]} og {c.m2[0]})"
            traits.append("team")
        else:
            val = mentor_value(c.m1 if variant not in ("revised", "addendum-partial", "addendum-full")
                               else c.m2, mentor_state, rng)
        fields.append(("mentor", rng.choice(["Mentor", "Mentorens navn og kontaktdata",
                                             "Din mentor"]), val))
        if mentor_state == "nocontact":
            rules.append("missing-mentor")
    elif mentor_state == "missing":
        rules.append("missing-mentor")
    # tasks
    if tasks_state == "ok":
        fields.append(("tasks", rng.choice(["Mentorens opgaver", "Opgaver",
                                            "Det skal mentor hjælpe dig med"]), c.tasks))
    else:
        if rng.random() < ph_p:
            fields.append(("tasks", "Mentorens opgaver", placeholder))
        rules.append("missing-tasks")
    # duration
    if dur_state in ("ok", "over"):
        st = rng.choice(["words", "dots", "slash", "abbr"])
        sep = rng.choice([" – ", "-", "fra", "fom", " til "])
        fields.append(("duration", rng.choice(["Periode", "Varighed", "Bevilget periode"]),
                       frange(a, b, st, sep)))
        if dur_state == "over":
            rules.append("duration-over-6-months")
    else:
        if rng.random() < 0.5:
            fields.append(("duration", "Varighed", rng.choice(["indtil videre", placeholder])))
        rules.append("missing-duration")
    # hours
    if hours_state == "ok":
        fields.append(("hours", rng.choice(["Timetal", "Antal timer", "Timer"]), hrs))
    elif hours_state == "meet":
        fields.append(("hours", "Møder", HOURS_MEET))
    elif hours_state == "vague":
        fields.append(("hours", "Timetal", rng.choice(VAGUE_HOURS)))
        rules.append("missing-hours")
    else:
        rules.append("missing-hours")
    # follow-up
    if follow_state == "ok":
        fields.append(("follow", rng.choice(["Opfølgning", "Opfølgning og progression",
                                             "Sådan følger vi op"]), c.follow))
    else:
        if rng.random() < ph_p * 0.8:
            fields.append(("follow", "Opfølgning", "–"))
        rules.append("missing-follow-up")

    if variant == "addendum-partial":
        traits.append("restates-changed-only")
    rng.shuffle(fields) if style == "provider" else None
    if style == "table":
        rows = []
        for key, lab, val in fields:
            rows.append([lab, "; ".join(val) if isinstance(val, list) else val])
        blocks.append(("tbl", rows))
    elif style in ("numbered",):
        for n, (key, lab, val) in enumerate(fields, 1):
            v = "; ".join(val) if isinstance(val, list) else val
            blocks.append(("p", f"{n}) {lab}: {v}"))
    elif style in ("letter", "mailletter"):
        for key, lab, val in fields:
            blocks.append(("h", lab))
            if isinstance(val, list):
                blocks.append(("ul", val))
            else:
                blocks.append(("p", val))
    else:  # headings / provider
        for key, lab, val in fields:
            blocks.append(("h", lab))
            if isinstance(val, list):
                blocks.append(("ul", val))
            else:
                blocks.append(("p", val))
    # appeal
    ap = appeal_text(appeal, when, c.kommune, rng)
    blocks.extend(ap)
    rules += APPEAL_RULE[appeal]
    if appeal == "wrong":
        extras.append("appeal-wrong-route")
    traits.append(f"appeal:{appeal}")
    traits.append("after-law-change" if when >= LAW_CHANGE else "before-law-change")
    # signatures
    blocks.append(("p", "Underskrifter"))
    blocks.append(("tbl", [["Borger", "Mentor", "Sagsbehandler"],
                           [c.name, (c.m2 if variant in ('revised', 'addendum-partial',
                                                          'addendum-full') else c.m1)[0],
                            f"{c.cw}, tlf. {c.cw_phone}"]]))
    return title, blocks, sorted(set(rules)), extras, traits


def build_decision(c: Case, rng, *, when: D, dtype: str, period=None, appeal="ok",
                   reasons=True, with_cpr=False, over=False, attach_agreement=False):
    rules, extras, traits = [], [], [f"dtype:{dtype}"]
    Body = f"{c.kommune} Kommune" if when >= LAW_CHANGE else f"Jobcenter {c.kommune}"
    we = "kommunen" if when >= LAW_CHANGE else "jobcentret"
    titles = {
        "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                  "Du får mentorstøtte"],
        "partial": ["Afgørelse: delvis bevilling af mentorstøtte",
                    "Afgørelse om mentorstøtte – delvis bevilling"],
        "extension": ["Afgørelse om forlængelse af mentorstøtte",
                      "Bevilling af ny periode med mentorstøtte"],
        "change": ["Afgørelse om ændring af mentorstøtte", "Ændring af din mentorstøtte"],
        "reduce": ["Afgørelse om færre timer til mentorstøtte"],
        "end": ["Afgørelse om ophør af mentorstøtte"],
        "refusal": ["Afslag på forlængelse af mentorstøtte", "Afgørelse: afslag på ny periode "
                                                             "med mentorstøtte"],
    }
    title = rng.choice(titles[dtype])
    blocks = [("p", c.sender(when).replace("\n", " · ")),
              ("p", f"{c.kommune}, {fdate(when, rng.choice(['den', 'words', 'dots']))}"),
              ("kv", "Sagsnummer", c.sag)]
    if with_cpr:
        blocks.append(("kv", "CPR-nr.", c.cpr))
        traits.append("cpr")
    blocks.append(("p", f"Kære {c.name}" if rng.random() < 0.5 else f"Til {c.name}"))
    st = rng.choice(["words", "dots", "slash"])
    if period:
        pr = frange(period[0], period[1], st, rng.choice([" – ", " til ", "fra"]))
        if over:
            rules.append("duration-over-6-months")
    if dtype == "grant":
        blocks.append(("p", f"{Body} har bevilget dig mentorstøtte efter lov om en aktiv "
                            f"beskæftigelsesindsats § 167. Du får støtte i perioden {pr} med "
                            f"{c.hours}."))
        blocks.append(("p", f"Din mentor bliver {c.m1[0]} fra {c.m1[1]}. I laver en skriftlig "
                            f"aftale om mål og opgaver ved det første møde."))
    elif dtype == "partial":
        blocks.append(("p", f"Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen. Vi har "
                            f"bevilget mentorstøtte i perioden {pr} med 3 timer om ugen. Du får "
                            f"altså delvis medhold."))
    elif dtype == "extension":
        blocks.append(("p", f"Din mentorstøtte udløber {fdate(c.end1, 'words')}. Efter en konkret "
                            f"vurdering har {we} besluttet at give dig mentorstøtte i en ny periode: "
                            f"{pr}, {c.hours2}."))
    elif dtype == "change":
        blocks.append(("p", f"På opfølgningsmødet blev vi enige om at ændre din mentorstøtte. Fra "
                            f"{fdate(when + dt.timedelta(days=7), 'words')} er din mentor "
                            f"{c.m2[0]}, {c.m2[1]}, og timetallet er {c.hours2}. Bevillingen løber "
                            f"som hidtil {pr}."))
    elif dtype == "reduce":
        blocks.append(("p", f"Vi har besluttet at nedsætte din mentorstøtte fra 5 til 2 timer om "
                            f"ugen fra {fdate(when + dt.timedelta(days=14), 'words')}. Perioden "
                            f"er uændret {pr}."))
    elif dtype == "end":
        blocks.append(("p", f"Vi har besluttet, at din mentorstøtte ophører "
                            f"{fdate(when + dt.timedelta(days=14), 'den')}."))
    elif dtype == "refusal":
        blocks.append(("p", f"Du har bedt om at få mentorstøtte i en ny periode, når den "
                            f"nuværende periode slutter {fdate(c.end1, 'words')}. Vi har givet dig "
                            f"afslag."))
    needs_reasons = dtype in ("partial", "reduce", "end", "refusal")
    if reasons:
        blocks.append(("h", "Begrundelse"))
        if dtype == "partial":
            blocks.append(("p", "Vi har lagt vægt på, at du allerede har en kontaktperson i "
                                "praktikken, og at 3 timer om ugen efter vores vurdering er nok til "
                                "at nå målet. Efter LAB § 167, stk. 1, gives mentorstøtte i højst 6 "
                                "måneder ad gangen; vi vurderer behovet igen ved periodens udløb."))
        elif dtype in ("grant", "extension", "change"):
            blocks.append(("p", f"Vi har lagt vægt på, at mentorstøtten skal hjælpe dig med at nå "
                                f"målet: {c.goal} Støtten kan gives i højst 6 måneder ad gangen, "
                                f"jf. LAB § 167, stk. 1."))
        else:
            blocks.append(("p", f"Afgørelsen er truffet efter LAB § 167, stk. 1. Vi har lagt vægt "
                                f"på, at du nu møder stabilt i praktikken, og at din arbejdsgiver "
                                f"selv kan give den støtte, du har brug for. Vi har også lagt vægt "
                                f"på mentors statusrapport af {fdate(when - dt.timedelta(days=20), 'words')}."))
    elif needs_reasons:
        extras.append("missing-reasons")
    traits.append("reasons" if reasons else "no-reasons")
    if attach_agreement:
        blocks.append(("h", "Bilag 1: Aftale om mentorstøtte"))
        blocks.append(("tbl", [["Mål", c.goal],
                               ["Mentor", f"{c.m1[0]}, {c.m1[1]}, tlf. {c.m1[2]}"],
                               ["Opgaver", "; ".join(c.tasks)],
                               ["Periode", pr],
                               ["Timetal", c.hours],
                               ["Opfølgning", c.follow]]))
        traits.append("agreement-section")
    ap = appeal_text(appeal, when, c.kommune, rng)
    blocks.extend(ap)
    rules += APPEAL_RULE[appeal]
    if appeal == "wrong":
        extras.append("appeal-wrong-route")
    traits.append(f"appeal:{appeal}")
    traits.append("after-law-change" if when >= LAW_CHANGE else "before-law-change")
    blocks.append(("p", f"Med venlig hilsen\n{c.cw}\nSagsbehandler, {Body}\nTlf. {c.cw_phone}"))
    return title, blocks, sorted(set(rules)), extras, traits


def build_minplan(c: Case, rng, *, when: D, period, goal_state="ok", mentor_state="ok",
                  tasks_state="ok", dur_state="ok", hours_state="ok", revised=False,
                  other_activity=False, with_cpr=False, hours_text=None, mentor=None):
    rules, traits = [], ["minplan"]
    mentor = mentor or c.m1
    title = rng.choice(["Min Plan – Mentorstøtte", "Min Plan", "Udskrift af Min Plan"])
    blocks = [("p", f"{c.name}" + (f" · CPR {c.cpr}" if with_cpr else "")),
              ("p", f"Udskrevet {fdate(when, 'dots')} fra {'Jobnet' if rng.random() < .5 else 'Mit Overblik'}"),
              ("p", "Her kan du se de aktiviteter og aftaler, du har i din plan.")]
    if with_cpr:
        traits.append("cpr")
    if other_activity:
        oa, ob = period[0], add_months(period[0], 10)
        blocks += [("h", "Virksomhedspraktik"),
                   ("tbl", [["Sted", "Dagrofa Lager, Herning"],
                            ["Periode", frange(oa, ob, "dots", " - ")],
                            ["Timer", "20 timer pr. uge"],
                            ["Kontaktperson", f"Henrik Vang, tlf. {phone(rng)}"]])]
        traits.append("other-activity-long")
    rows = []
    blocks.append(("h", "Mentorstøtte" + (" (ændret)" if revised else "")))
    if goal_state == "ok":
        rows.append(["Formål", c.goal])
    elif goal_state == "unclear":
        rows.append(["Formål", rng.choice(UNCLEAR).format(f=c.first)])
        rules.append("unclear-goal")
    else:
        rules.append("missing-goal")
    if mentor_state == "ok":
        rows.append(["Mentor", f"{mentor[0]}, {mentor[1]}, tlf. {mentor[2]}"])
    elif mentor_state == "nocontact":
        rows.append(["Mentor", f"{mentor[0]}, {mentor[1]}"])
        rules.append("missing-mentor")
    else:
        rules.append("missing-mentor")
    if tasks_state == "ok":
        rows.append(["Mentors opgaver", "; ".join(c.tasks)])
    else:
        rules.append("missing-tasks")
    if dur_state in ("ok", "over"):
        rows.append(["Periode", frange(period[0], period[1], rng.choice(["dots", "words"]), " - ")])
        if dur_state == "over":
            rules.append("duration-over-6-months")
    else:
        rules.append("missing-duration")
    if hours_state == "ok":
        rows.append(["Timer", hours_text or c.hours])
    elif hours_state == "vague":
        rows.append(["Timer", rng.choice(VAGUE_HOURS)])
        rules.append("missing-hours")
    else:
        rules.append("missing-hours")
    if revised:
        rows.append(["Ændret", f"{fdate(when, 'dots')}: timetal og mentor ændret efter "
                               f"opfølgningsmøde"])
        traits.append("revised")
    blocks.append(("tbl", rows))
    blocks.append(("p", "Har du spørgsmål til din plan, kan du skrive til din sagsbehandler."))
    return title, blocks, sorted(set(rules)), [], traits


# ----------------------------------------------------------------------------- near misses
def build_unknown(c: Case, rng, kind: str, when: D):
    traits = [f"nearmiss:{kind}"]
    we = "kommunen" if when >= LAW_CHANGE else "jobcentret"
    if kind == "minutes":
        title = "Referat af opfølgningsmøde"
        blocks = [("kv", "Dato", fdate(when, "words")),
                  ("kv", "Deltagere", f"{c.name}, {c.m1[0]} (mentor), {c.cw} (sagsbehandler)"),
                  ("h", "1. Status"),
                  ("p", f"{c.first} har mødt 3 ud af 4 dage i praktikken. Transporten fungerer nu. "
                        f"{c.m1[0]} fortæller, at samtalerne om fremmøde har hjulpet."),
                  ("h", "2. Drøftelse af ændringer"),
                  ("p", f"Det blev drøftet, om timetallet skal sættes op, og om {c.m2[0]} skal "
                        f"overtage som mentor, da {c.m1[0]} går på orlov. Sagsbehandler vurderer "
                        f"og sender en ny aftale."),
                  ("h", "3. Næste møde"),
                  ("p", f"Næste møde {fdate(when + dt.timedelta(days=42), 'words')} kl. 10."),
                  ("p", f"Referent: {c.cw}")]
    elif kind == "minutes2":
        title = f"Referat – statusmøde vedr. {c.first}"
        blocks = [("p", f"Mødet blev holdt {fdate(when, 'dots')} hos {c.m1[1]}."),
                  ("ul", ["Fremmøde i skolen er steget til ca. 80 %.",
                          "Udfordringer med morgener; mentor ringer fortsat ved fravær.",
                          "Borger ønsker at fortsætte med samme mentor.",
                          "Ingen ændringer i aftalen p.t."]),
                  ("p", "Referatet er udsendt til deltagerne.")]
    elif kind == "mentornotes":
        title = "Mentorens notater"
        blocks = [("p", f"Forløb: {c.first} · mentor {c.m1[0]}")]
        d = when
        for txt in ["Samtale om morgenrutiner. Aftalt vækkeur + sms kl. 7.",
                    "Fulgt til praktikstedet. Mødt leder. God stemning.",
                    "Aflyst af borger (syg). Ringet op, ny tid aftalt.",
                    "Gennemgået ansøgning til løntilskud sammen."]:
            blocks.append(("p", f"{fdate(d, 'dots')}: {txt} (1,5 t)"))
            d += dt.timedelta(days=7)
    elif kind == "changereq":
        title = "Anmodning om ændring af mentorforløb"
        blocks = [("p", f"Til {c.cw}, {we.capitalize()} {c.kommune}"),
                  ("p", f"Vedr. {c.name}, sagsnr. {c.sag}"),
                  ("p", f"Vi anmoder hermed om, at timetallet for mentorforløbet øges fra 3 til 5 "
                        f"timer om ugen i resten af perioden, da {c.first} starter i en ny "
                        f"praktik og har brug for mere støtte de første uger. Vi foreslår "
                        f"desuden, at {c.m2[0]} indgår som afløser."),
                  ("p", "Vi hører gerne fra jer, så vi kan planlægge."),
                  ("p", f"Venlig hilsen\n{c.m1[0]}, {c.m1[1]}")]
    elif kind == "extreq":
        title = "Indstilling om forlængelse af mentorstøtte"
        blocks = [("p", f"Fra: {c.m1[1]}"), ("p", f"Borger: {c.name}"),
                  ("p", f"Den nuværende periode udløber {fdate(c.end1, 'words')}. Mentor "
                        f"vurderer, at {c.first} har brug for støtte i yderligere 6 måneder for "
                        f"at fastholde praktikken og komme i løntilskud."),
                  ("h", "Progression"),
                  ("p", "Fremmøde steget fra 2 til 4 dage om ugen; selvstændig transport siden "
                        "uge 12."),
                  ("p", "Indstillingen behandles af kommunen, som træffer afgørelse.")]
    elif kind == "casenote":
        title = "Journalnotat"
        blocks = [("kv", "Sag", c.sag), ("kv", "Notat af", c.cw),
                  ("kv", "Dato", fdate(when, "dots")),
                  ("p", f"Telefonsamtale med {c.m1[0]}. Mentor oplyser, at borger har haft en "
                        f"svær periode og ønsker ny mentor. Jeg indkalder til opfølgningsmøde "
                        f"og overvejer mentorskifte. Ingen afgørelse truffet."),
                  ("p", "Notatet er internt og sendes ikke til borger.")]
    elif kind == "casenote2":
        title = "Sagsnotat – vurdering af forlængelse"
        blocks = [("p", f"Borger: {c.name}" + (f" ({c.cpr})" if rng.random() < 2 else "")),
                  ("p", f"Forløbet udløber {fdate(c.end1, 'dots')}. Statusrapport fra mentor "
                        f"modtaget. Jeg vurderer, at betingelserne for en ny periode efter LAB "
                        f"§ 167, stk. 1, 2. pkt., er opfyldt. Afgørelse og ny aftale udarbejdes."),
                  ("p", f"/{c.cw}")]
        traits.append("cpr")
    elif kind == "invite":
        title = "Indkaldelse til opfølgningsmøde om din mentorstøtte"
        blocks = [("p", f"Kære {c.first}"),
                  ("p", f"Du er indkaldt til opfølgningsmøde {fdate(when, 'den')} kl. 13.00 i "
                        f"{c.kommune} Kommune, Jobcenterhuset, mødelokale 2. Din mentor "
                        f"{c.m1[0]} deltager også."),
                  ("p", "På mødet taler vi om, hvordan det går, og om din aftale skal ændres."),
                  ("p", f"Hilsen {c.cw}")]
    elif kind == "statusreport":
        title = "Statusrapport fra mentor"
        blocks = [("kv", "Borger", c.name), ("kv", "Mentor", f"{c.m1[0]}, {c.m1[1]}"),
                  ("kv", "Periode for rapporten", frange(c.start1, c.start1 + dt.timedelta(days=90), "dots", " - ")),
                  ("h", "Forløb"),
                  ("p", f"{c.first} har deltaget i 11 af 13 planlagte møder. Der er arbejdet med "
                        f"fremmøde og transport."),
                  ("h", "Anbefaling"),
                  ("p", "Mentor anbefaler uændret timetal resten af perioden.")]
    elif kind == "invoice":
        title = "Faktura"
        blocks = [("p", f"{c.m1[1]} · CVR 3{rng.randint(1000000, 9999999)}"),
                  ("kv", "Fakturanr.", str(rng.randint(20000, 29999))),
                  ("kv", "Til", f"{c.kommune} Kommune, Beskæftigelse"),
                  ("kv", "Vedr.", f"Mentorforløb {c.first} {c.last[0]}., sagsnr. {c.sag}"),
                  ("tbl", [["Ydelse", "Timer", "Beløb"],
                           ["Mentortimer april 2026", "12", "6.900,00 kr."],
                           ["Kørsel", "", "412,50 kr."],
                           ["I alt ekskl. moms", "", "7.312,50 kr."]]),
                  ("p", "Betalingsbetingelser: netto 30 dage.")]
    elif kind == "receipt":
        title = "Kvittering: Vi har modtaget din ansøgning om mentorstøtte"
        blocks = [("p", f"Kære {c.first}"),
                  ("p", f"Tak for din ansøgning, som vi modtog {fdate(when, 'words')}. Vi "
                        f"behandler den hurtigst muligt og sender dig en afgørelse i Digital Post."),
                  ("p", f"Venlig hilsen\n{c.kommune} Kommune")]
    elif kind == "hearing":
        title = "Partshøring før afgørelse om ophør af mentorstøtte"
        blocks = [("p", f"Kære {c.name}"),
                  ("p", f"Vi overvejer at stoppe din mentorstøtte fra "
                        f"{fdate(when + dt.timedelta(days=30), 'words')}, fordi du er startet i "
                        f"ordinært job. Før vi træffer afgørelse, vil vi høre, hvad du mener."),
                  ("p", "Du kan sende dine bemærkninger inden 14 dage. Der er ikke truffet "
                        "nogen afgørelse endnu."),
                  ("p", f"Venlig hilsen {c.cw}")]
    elif kind == "upheld":
        title = "Genvurdering af din klage – afgørelsen fastholdes"
        blocks = [("p", f"Kære {c.name}"),
                  ("p", f"Vi har genvurderet vores afgørelse af {fdate(when - dt.timedelta(days=25), 'words')} "
                        f"om afslag på forlængelse af mentorstøtte. Vi fastholder afgørelsen og har "
                        f"i dag sendt din klage og sagens akter til Ankestyrelsen."),
                  ("p", "Ankestyrelsen vil skrive til dig, når de har modtaget sagen.")]
    elif kind == "guidance":
        title = "Sådan laver vi en mentoraftale"
        blocks = [("p", f"Vejledning til medarbejdere i {c.kommune} Kommune"),
                  ("p", "En aftale om mentorstøtte skal indeholde:"),
                  ("ul", ["målet med mentorstøtten", "mentorens navn og kontaktdata",
                          "hvilke opgaver mentoren skal bistå ved",
                          "varigheden af aftalen og opfølgning – inklusiv mål for progression",
                          "timetallet for mentorstøtten", "klagevejledning (klage til kommunen "
                          "inden 4 uger)"]),
                  ("p", "Perioden er højst 6 måneder. Når der laves et tillæg til aftalen, skal "
                        "tillægget gengive alle felter, ikke kun de ændrede."),
                  ("p", "Husk at opdatere Min Plan, når timer eller formål ændres.")]
    elif kind == "order":
        title = "Bestilling af mentorforløb"
        blocks = [("kv", "Leverandør", c.m1[1]), ("kv", "Borger", c.name),
                  ("kv", "Forventet opstart", fdate(when + dt.timedelta(days=10), "dots")),
                  ("kv", "Ramme", "op til 3 timer pr. uge i højst 6 måneder"),
                  ("p", "Leverandøren bedes bekræfte bestillingen og oplyse navn på mentor. "
                        "Aftalen med borgeren laves ved opstartsmødet.")]
    elif kind == "notify":
        title = f"Du har fået post fra {c.kommune} Kommune"
        blocks = [("p", "Du har modtaget et brev i din digitale postkasse."),
                  ("p", "Afsender: Beskæftigelse og Ydelse. Emne: Tillæg til aftale."),
                  ("p", "Log ind på borger.dk eller i appen Digital Post for at læse det.")]
    elif kind == "private":
        title = "Mentoraftale – Idrætsforeningens ungementorer"
        blocks = [("p", "Aftale mellem ungementor og deltager i foreningens frivillige mentorprogram. "
                        "Ordningen er privat og har intet med kommunen at gøre."),
                  ("kv", "Deltager", c.first), ("kv", "Frivillig mentor", "Kim (træner, U19)"),
                  ("kv", "Vi mødes", "hver onsdag efter træning"),
                  ("kv", "Varighed", "sæsonen 2026/27"),
                  ("p", "Målet er, at du har det sjovt og får en voksen at snakke med.")]
    elif kind == "midway":
        title = "Midtvejsevaluering – notat fra mentor"
        blocks = [("p", f"{c.first} og mentor har gennemgået delmålene."),
                  ("ul", ["Delmål 1 (transport): nået.", "Delmål 2 (fremmøde 4 dage): delvist.",
                          "Delmål 3 (ansøgninger): ikke påbegyndt."]),
                  ("p", "Notatet indgår i næste opfølgningsmøde.")]
    else:
        raise ValueError(kind)
    return title, blocks, [], [], traits


# ----------------------------------------------------------------------------- renderers
def flat(blocks, title):
    out = [title, "=" * len(title), ""]
    for b in blocks:
        if b[0] == "h":
            out += [b[1].upper() if len(b[1]) < 40 else b[1], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "kv":
            out += [f"{b[1]}: {b[2]}"]
        elif b[0] == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif b[0] == "tbl":
            for r in b[1]:
                out.append(" | ".join(r))
            out.append("")
    return "\n".join(out) + "\n"


def r_txt(path, title, blocks, rng):
    path.write_text(flat(blocks, title), encoding="utf-8")


def r_docx(path, title, blocks, rng):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "kv":
            p = d.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            p.add_run(b[2])
        elif b[0] == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "tbl":
            t = d.add_table(rows=0, cols=len(b[1][0]))
            t.style = "Table Grid"
            for r in b[1]:
                cells = t.add_row().cells
                for i, x in enumerate(r):
                    cells[i].text = x
    d.save(str(path))


def r_pdf(path, title, blocks, rng):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)
    from reportlab.lib import colors
    from reportlab import rl_config
    rl_config.invariant = 1
    ss = getSampleStyleSheet()
    esc = lambda s: html.escape(s).replace("\n", "<br/>")
    story = [Paragraph(esc(title), ss["Title"])]
    for b in blocks:
        if b[0] == "h":
            story.append(Paragraph(esc(b[1]), ss["Heading2"]))
        elif b[0] == "p":
            story.append(Paragraph(esc(b[1]), ss["BodyText"]))
        elif b[0] == "kv":
            story.append(Paragraph(f"<b>{esc(b[1])}:</b> {esc(b[2])}", ss["BodyText"]))
        elif b[0] == "ul":
            story.append(ListFlowable([ListItem(Paragraph(esc(x), ss["BodyText"])) for x in b[1]],
                                      bulletType="bullet"))
        elif b[0] == "tbl":
            data = [[Paragraph(esc(x), ss["BodyText"]) for x in r] for r in b[1]]
            w = 480 / len(b[1][0])
            t = Table(data, colWidths=[w] * len(b[1][0]) if len(b[1][0]) != 2 else [140, 340])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        story.append(Spacer(1, 4))
    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(story)


def r_odt(path, title, blocks, rng):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P, Span
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)

    def para(txt):
        p = P()
        lines = txt.split("\n")
        for i, ln in enumerate(lines):
            p.addText(ln)
            if i < len(lines) - 1:
                from odf.text import LineBreak
                p.addElement(LineBreak())
        return p
    doc.text.addElement(H(outlinelevel=1, text=title))
    for n, b in enumerate(blocks):
        if b[0] == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif b[0] == "p":
            doc.text.addElement(para(b[1]))
        elif b[0] == "kv":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1] + ": "))
            p.addText(b[2])
            doc.text.addElement(p)
        elif b[0] == "ul":
            lst = List()
            for x in b[1]:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif b[0] == "tbl":
            t = Table(name=f"T{n}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(b[1][0])))
            for r in b[1]:
                tr = TableRow()
                for x in r:
                    tc = TableCell()
                    tc.addElement(P(text=x))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def html_body(title, blocks):
    e = html.escape
    out = [f"<h1>{e(title)}</h1>"]
    for b in blocks:
        if b[0] == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "p":
            out.append("<p>" + e(b[1]).replace("\n", "<br>") + "</p>")
        elif b[0] == "kv":
            out.append(f"<p><strong>{e(b[1])}:</strong> {e(b[2])}</p>")
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "tbl":
            out.append("<table border='1'>" + "".join(
                "<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in b[1])
                + "</table>")
    return "\n".join(out)


def r_html(path, title, blocks, rng):
    path.write_text(f"<!DOCTYPE html>\n<html lang='da'><head><meta charset='utf-8'>"
                    f"<title>{html.escape(title)}</title></head><body>\n"
                    f"{html_body(title, blocks)}\n</body></html>\n", encoding="utf-8")


def r_eml(path, title, blocks, rng, sender="noreply@kommune.dk"):
    m = EmailMessage()
    m["Subject"] = title
    m["From"] = sender
    m["To"] = "borger@example.dk"
    m["Date"] = format_datetime(dt.datetime(2026, 5, 4, 10, 12, tzinfo=dt.timezone.utc))
    txt = flat(blocks, title)
    txt = txt.split("\n", 3)[3]  # subject is the title
    m.set_content(txt)
    if rng.random() < 0.5:
        m.add_alternative(f"<html><body>{html_body(title, blocks)}</body></html>", subtype="html")
    path.write_bytes(bytes(m))


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def r_rtf(path, title, blocks, rng):
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\fs22",
           f"{{\\pard\\b\\fs32 {rtf_esc(title)}\\par}}"]
    for b in blocks:
        if b[0] == "h":
            out.append(f"{{\\pard\\sb120\\b\\fs26 {rtf_esc(b[1])}\\par}}")
        elif b[0] == "p":
            out.append(f"{{\\pard {rtf_esc(b[1])}\\par}}")
        elif b[0] == "kv":
            out.append(f"{{\\pard {{\\b {rtf_esc(b[1])}:}} {rtf_esc(b[2])}\\par}}")
        elif b[0] == "ul":
            for x in b[1]:
                out.append(f"{{\\pard\\li360 \\bullet  {rtf_esc(x)}\\par}}")
        elif b[0] == "tbl":
            for r in b[1]:
                cells = "".join(f"\\cellx{2500 * (i + 1)}" for i in range(len(r)))
                out.append("\\trowd" + cells + " " + "".join(
                    f"\\pard\\intbl {rtf_esc(x)}\\cell " for x in r) + "\\row")
            out.append("\\pard\\par")
    out.append("}")
    path.write_text("\n".join(out), encoding="ascii")


RENDER = {"txt": r_txt, "docx": r_docx, "pdf": r_pdf, "odt": r_odt, "html": r_html,
          "eml": r_eml, "rtf": r_rtf}


# ----------------------------------------------------------------------------- plan
AGR_DEFECTS = [
    {}, {}, {"hours_state": "vague"}, {"goal_state": "unclear"}, {},
    {"appeal": "missing"}, {"follow_state": "missing"}, {"mentor_state": "nocontact"}, {},
    {"dur_state": "over"}, {"tasks_state": "missing"}, {"appeal": "incomplete"}, {},
    {"goal_state": "missing", "appeal": "nodeadline"}, {"hours_state": "missing"},
    {"appeal": "other"}, {}, {"follow_state": "missing", "hours_state": "vague"},
    {"dur_state": "missing"}, {"appeal": "wrong"}, {}, {"goal_state": "unclear",
                                                         "follow_state": "missing"},
    {"hours_state": "meet"}, {"mentor_state": "missing"}, {},
]


def plan_docs(rng):
    """Yield (folder, stem, fmt, builder-callable) for every document."""
    cases = [Case(i, rng) for i in range(12)]
    docs = []
    di = 0

    def agr_defect():
        nonlocal di
        d = AGR_DEFECTS[di % len(AGR_DEFECTS)]
        di += 1
        return dict(d)

    fmts_formal = ["docx", "pdf", "odt", "rtf", "docx", "pdf"]
    fmts_plain = ["html", "eml", "pdf", "txt", "docx"]
    unknown_kinds = ["minutes", "minutes2", "mentornotes", "changereq", "extreq", "casenote",
                     "casenote2", "invite", "statusreport", "invoice", "receipt", "hearing",
                     "upheld", "guidance", "order", "notify", "private", "midway"]
    unk_fmt = ["docx", "txt", "odt", "eml", "pdf", "txt", "rtf", "eml", "docx", "pdf", "eml",
               "docx", "pdf", "html", "odt", "eml", "rtf", "html"]
    for c in cases:
        folder = f"sag-{c.i + 1:02d}-{c.first.lower()}"
        s1, e1 = c.start1, c.end1
        # 1. grant decision
        dec_app = ["ok", "ok", "missing", "ok", "incomplete", "ok", "wrong", "ok", "nodeadline",
                   "ok", "ok", "other"][c.i]
        over = c.i in (3, 9)
        pe = add_months(s1, 9) - dt.timedelta(days=1) if over else e1
        docs.append((folder, "01-afgoerelse-bevilling", ["pdf", "docx", "eml", "odt"][c.i % 4],
                     lambda c=c, pe=pe, over=over, a=dec_app: build_decision(
                         c, rng, when=c.start1 - dt.timedelta(days=10),
                         dtype="partial" if c.i in (5, 10) else "grant",
                         period=(c.start1, pe), appeal=a, with_cpr=(c.i % 4 == 1 or c.i == 2), over=over,
                         attach_agreement=(c.i == 6)), "decision"))
        # 2. first agreement (formal), and plain-language version for some cases
        d = agr_defect()
        if d.get("dur_state") == "over":
            p = (s1, add_months(s1, 6))  # one day over (d .. d+6 months)
        else:
            p = (s1, e1)
        team = c.i in (2, 7, 10)
        docs.append((folder, "02-aftale", fmts_formal[c.i % len(fmts_formal)],
                     lambda c=c, d=d, p=p, team=team: build_agreement(
                         c, rng, when=c.start1 - dt.timedelta(days=3), period=p,
                         style=["table", "headings", "numbered", "provider"][c.i % 4],
                         team=team, with_cpr=(c.i % 3 == 0), **d), "agreement"))
        if c.i % 2 == 0:
            d2 = agr_defect()
            p2 = (s1, add_months(s1, 8)) if d2.get("dur_state") == "over" else (s1, e1)
            docs.append((folder, "02b-aftale-borgerbrev", fmts_plain[c.i % len(fmts_plain)],
                         lambda c=c, d=d2, p=p2: build_agreement(
                             c, rng, when=c.start1 - dt.timedelta(days=3), period=p,
                             style="letter", with_cpr=(c.i in (4, 8)), **d), "agreement"))
        # 3. Min Plan
        mp = [{}, {"hours_state": "vague"}, {}, {"goal_state": "unclear"}, {"dur_state": "over"},
              {}, {"mentor_state": "nocontact"}, {}, {"tasks_state": "missing"}, {},
              {"hours_state": "missing"}, {}][c.i]
        mper = (s1, add_months(s1, 7)) if mp.get("dur_state") == "over" else (s1, e1)
        docs.append((folder, "03-minplan", ["pdf", "html", "txt", "docx"][c.i % 4],
                     lambda c=c, mp=mp, mper=mper: build_minplan(
                         c, rng, when=c.start1 + dt.timedelta(days=2), period=mper,
                         other_activity=(c.i in (2, 8)), with_cpr=(c.i in (5, 8, 11)), **mp),
                     "minplan"))
        # 4. follow-up meeting -> near miss(es)
        mid = c.start1 + dt.timedelta(days=75)
        for k in range(2 if c.i < 6 else 1):
            uk = unknown_kinds.pop(0) if unknown_kinds else None
            if uk:
                uf = unk_fmt.pop(0)
                docs.append((folder, f"04{'ab'[k]}-{uk}", uf,
                             lambda c=c, uk=uk, mid=mid: build_unknown(c, rng, uk, mid), "unknown"))
        # 5. revised agreement / addendum after follow-up meeting
        when5 = mid + dt.timedelta(days=5)
        kind5 = ["revised", "addendum-full", "addendum-partial"][c.i % 3]
        d = agr_defect()
        if kind5 == "addendum-partial":
            # only the changed fields are restated: mentor, hours, remaining period
            d = {"goal_state": "missing", "tasks_state": "missing", "follow_state": "missing",
                 "appeal": "missing"}
        p5 = (when5 + dt.timedelta(days=7), e1)
        if d.get("dur_state") == "over":
            p5 = (when5 + dt.timedelta(days=7), add_months(when5, 8))
        goal5 = c.goal2 if c.i % 2 == 0 else None
        docs.append((folder, f"05-{'tillaeg' if kind5.startswith('addendum') else 'revideret-aftale'}",
                     ["docx", "odt", "pdf", "rtf", "txt", "docx"][c.i % 6],
                     lambda c=c, d=d, p5=p5, kind5=kind5, when5=when5, goal5=goal5: build_agreement(
                         c, rng, when=when5, period=p5, variant=kind5, goal_text=goal5,
                         hours_text=c.hours2, style=["headings", "table", "numbered"][c.i % 3],
                         addendum_partial=(kind5 == "addendum-partial"),
                         with_cpr=(c.i % 4 == 2), **d), "agreement"))
        # 6. change decision (some cases)
        if c.i % 2 == 1:
            dt6 = "reduce" if c.i in (3, 11) else "change"
            docs.append((folder, "06-afgoerelse-aendring", ["eml", "pdf", "docx"][c.i % 3],
                         lambda c=c, dt6=dt6, when5=when5: build_decision(
                             c, rng, when=when5, dtype=dt6, period=(c.start1, c.end1),
                             appeal=["ok", "ok", "incomplete"][c.i % 3],
                             reasons=(c.i != 3), with_cpr=(c.i in (5, 9))), "decision"))
        # 7. Min Plan after revision
        if c.i % 3 != 2:
            mp2 = [{}, {}, {}, {"hours_state": "vague"}, {}, {"mentor_state": "nocontact"},
                   {}, {}, {}, {"goal_state": "unclear"}, {}, {}][c.i]
            docs.append((folder, "07-minplan-aendret", ["html", "pdf", "txt"][c.i % 3],
                         lambda c=c, mp2=mp2, when5=when5: build_minplan(
                             c, rng, when=when5 + dt.timedelta(days=2),
                             period=(when5 + dt.timedelta(days=7), c.end1), revised=True,
                             hours_text=c.hours2, mentor=c.m2, with_cpr=(c.i == 4), **mp2),
                         "minplan"))
        # 8. extension / refusal / end decision
        if c.i in (4, 8):
            dtype8 = "refusal"
        elif c.i == 11:
            dtype8 = "end"
        else:
            dtype8 = "extension"
        over8 = c.i in (1, 7)
        pe2 = add_months(c.start2, 8) if over8 else c.end2
        docs.append((folder, "08-afgoerelse-" + dtype8, ["docx", "pdf", "eml", "odt", "rtf"][c.i % 5],
                     lambda c=c, dtype8=dtype8, over8=over8, pe2=pe2: build_decision(
                         c, rng, when=c.end1 - dt.timedelta(days=16), dtype=dtype8,
                         period=(c.start2, pe2) if dtype8 == "extension" else None,
                         appeal=["ok", "ok", "ok", "missing", "ok", "wrong", "ok", "ok",
                                 "incomplete", "ok", "ok", "ok"][c.i],
                         reasons=(c.i not in (8,)), over=over8, with_cpr=(c.i % 4 == 3)),
                     "decision"))
        # 9. agreement for the second period (+ plain version / Min Plan)
        if dtype8 == "extension":
            d = agr_defect()
            p9 = (c.start2, add_months(c.start2, 7)) if d.get("dur_state") == "over" else (c.start2, c.end2)
            docs.append((folder, "09-aftale-periode-2", ["docx", "odt", "pdf", "rtf", "txt"][c.i % 5],
                         lambda c=c, d=d, p9=p9: build_agreement(
                             c, rng, when=c.start2 - dt.timedelta(days=4), period=p9,
                             variant="second", goal_text=c.goal2, hours_text=c.hours2,
                             style=["table", "headings", "numbered", "table"][c.i % 4],
                             team=(c.i in (5, 9)), with_cpr=(c.i % 4 == 1), **d), "agreement"))
            if c.i % 2 == 1:
                d = agr_defect()
                p9b = (c.start2, add_months(c.start2, 9)) if d.get("dur_state") == "over" else (c.start2, c.end2)
                docs.append((folder, "09b-aftale-periode-2-borgerbrev", ["eml", "html", "pdf"][c.i % 3],
                             lambda c=c, d=d, p9b=p9b: build_agreement(
                                 c, rng, when=c.start2 - dt.timedelta(days=4), period=p9b,
                                 variant="second", goal_text=c.goal2, hours_text=c.hours2,
                                 style="letter", with_cpr=(c.i == 7), **d), "agreement"))
            if c.i in (0, 5, 9):
                docs.append((folder, "10-minplan-periode-2", ["txt", "docx", "html"][c.i % 3],
                             lambda c=c: build_minplan(
                                 c, rng, when=c.start2, period=(c.start2, c.end2),
                                 hours_text=c.hours2), "minplan"))
    # leftover near misses in a shared folder
    lc = cases[0]
    while unknown_kinds:
        uk = unknown_kinds.pop(0)
        uf = unk_fmt.pop(0)
        docs.append(("diverse", f"{uk}", uf,
                     lambda uk=uk: build_unknown(cases[(len(uk) * 7) % 12], rng, uk,
                                                 D(2026, 4, 20)), "unknown"))
    return docs


LAYOUT = {"agreement": "agreement", "decision": "decision-letter", "minplan": "minplan-card",
          "unknown": "other"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20261130)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    for folder, stem, fmt, fn, kind in plan_docs(rng):
        title, blocks, rules, extras, traits = fn()
        (out / folder).mkdir(exist_ok=True)
        rel = f"{folder}/{stem}.{fmt}"
        RENDER[fmt](out / rel, title, blocks, rng)
        cprs = sorted({t for b in blocks for t in _cprs(b)})
        style = next((t.split(":", 1)[1] for t in traits if t.startswith("style:")), None)
        layout = LAYOUT[kind] + (f"-{style}" if style else "")
        entries.append({"path": rel, "format": fmt, "kind": kind,
                        "subtype": next((t.split(":", 1)[1] for t in traits
                                         if t.startswith(("variant:", "dtype:", "nearmiss:"))), kind),
                        "layout": layout, "rules": rules if kind != "unknown" else [],
                        "extras": extras if kind != "unknown" else [], "error": None,
                        "accept_errors": [], "must_not_contain": cprs,
                        "traits": sorted(set(traits + (["cpr"] if cprs else []))),
                        })
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
             for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents -> {out}")


def _cprs(b):
    import re
    txt = " ".join(x if isinstance(x, str) else " ".join(
        y if isinstance(y, str) else " ".join(y) for y in x) for x in b[1:])
    found = re.findall(r"\b\d{6}-\d{4}\b", txt)
    res = []
    for f in found:
        res += [f, f.replace("-", "")]
    return res


if __name__ == "__main__":
    main()
