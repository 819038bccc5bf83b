#!/usr/bin/env python3
"""Independent labelled corpus CL: a seventh municipality's audit sample (capital region, 2023-2026).

The archive of "Gladsaxe Kommune" as an auditor pulls it: three job-centre teams (Ungeenheden,
Job og Helbred (sygedagpenge/fleksjob), Integration), two external mentor providers
(MentorKompagniet ApS, Fokus Mentor & Job), decision letters of five types, Min Plan prints and
documents that are none of the kinds. Labels come from the rule docs and domain.md, decided here
before the linter is run.

Usage: make_corpus_cl.py --out /work/corpora/cl   (deterministic, seed 8081)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
import zlib
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 8081
KOMMUNE = "Gladsaxe Kommune"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mathias", "Sofie", "Yusuf", "Amalie", "Oliver", "Fatima", "Noah", "Ida", "Ali", "Emma",
         "Mikkel", "Maja", "Hassan", "Laura", "Frederik", "Aisha", "Victor", "Clara", "Mohammed",
         "Freja", "Jonas", "Nanna", "Tobias", "Leila", "Rasmus", "Julie", "Kasper", "Sara", "Omar",
         "Anne-Mette", "Bo", "Henrik", "Birgitte", "Per", "Susanne", "Lone", "Tariq", "Zainab"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Ahmadi", "Yilmaz", "Haddad", "Østergaard", "Kjær", "Bak"]
MENTORS_KOMMUNE = ["Louise Brandt", "Kim Vestergaard", "Hanne Lykke", "Søren Dall", "Nadia Rahimi"]
MENTORS_MK = ["Camilla Friis", "Jesper Holm", "Dorthe Bang"]
MENTORS_FOKUS = ["Ahmad Karimi", "Trine Skov", "Martin Lund"]
CASEWORKERS = {"unge": ["Mette Aagaard", "Rikke Thygesen", "Anders Bach"],
               "helbred": ["Lisbeth Krogh", "Jannik Storm", "Pia Mølgaard"],
               "integration": ["Samira El-Amin", "Peter Høg", "Karina Bjerre"]}
TEAMS = {"unge": "Ungeenheden", "helbred": "Job og Helbred", "integration": "Integration og Job"}


def d_words(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def d_num(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def d_slash(d: dt.date) -> str:
    return f"{d.day}/{d.month}-{d.year}"


def d_abbr(d: dt.date) -> str:
    return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    last = calendar.monthrange(y, mo)[1]
    return dt.date(y, mo, min(d.day, last))


def period_end(start: dt.date, months: int) -> dt.date:
    """Inclusive end of a period of `months` calendar months."""
    return add_months(start, months) - dt.timedelta(days=1)


@dataclass
class Case:
    rng: random.Random
    team: str
    provider: str  # "kommune" | "mk" | "fokus"
    year: int
    idx: int
    citizen: str = ""
    first: str = ""
    cpr: str | None = None
    mentor: str = ""
    mentor_phone: str = ""
    mentor_mail: str = ""
    caseworker: str = ""
    cw_phone: str = ""
    start: dt.date = dt.date(2024, 1, 1)
    months: int = 6
    end: dt.date = dt.date(2024, 6, 30)
    hours: float = 3
    goal: str = ""
    tasks: list[str] = field(default_factory=list)
    sagsnr: str = ""

    def __post_init__(self) -> None:
        r = self.rng
        self.first = r.choice(FIRST)
        self.citizen = f"{self.first} {r.choice(LAST)}"
        self.caseworker = r.choice(CASEWORKERS[self.team])
        self.cw_phone = f"39 57 {r.randint(40, 79)} {r.randint(10, 99)}"
        if self.provider == "mk":
            self.mentor = r.choice(MENTORS_MK)
            dom = "mentorkompagniet.dk"
        elif self.provider == "fokus":
            self.mentor = r.choice(MENTORS_FOKUS)
            dom = "fokusmentor.dk"
        else:
            self.mentor = r.choice(MENTORS_KOMMUNE)
            dom = "gladsaxe.dk"
        fn, ln = self.mentor.split(" ", 1)
        self.mentor_mail = (f"{fn[:3]}{ln[:2]}@{dom}" if dom == "gladsaxe.dk" else f"{fn.lower()}@{dom}").lower()
        self.mentor_phone = f"{r.choice([20, 22, 26, 28, 30, 40, 42, 51, 60, 61])} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        month = r.randint(1, 12)
        self.start = dt.date(self.year, month, r.choice([1, 1, 1, 15, 4, 10]))
        self.months = r.choice([3, 4, 6, 6, 6])
        self.end = period_end(self.start, self.months)
        self.hours = r.choice([1, 1.5, 2, 2, 3, 4, 5])
        self.sagsnr = f"{self.year}-{r.randint(10000, 99999)}"
        self.goal = r.choice(GOALS[self.team])
        self.tasks = r.sample(TASKS[self.team], 3)

    def make_cpr(self) -> str:
        r = self.rng
        d = dt.date(r.randint(1960, 2007), r.randint(1, 12), r.randint(1, 28))
        self.cpr = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"
        return self.cpr

    @property
    def after_reform(self) -> bool:
        return self.start >= dt.date(2026, 2, 1)

    @property
    def body(self) -> str:
        return "kommunen" if self.after_reform else "jobcentret"

    def hours_text(self) -> str:
        h = self.hours
        words = {1: "1 time", 1.5: "1½ time", 2: "2 timer", 3: "3 timer", 4: "4 timer", 5: "5 timer"}
        return words[h]


GOALS = {
    "unge": [
        "{first} starter på FGU Gladsaxe (produktionsgrunduddannelse) i august og møder mindst 4 dage om ugen.",
        "At {first} gennemfører grundforløb 1 på TEC (EUD, elektriker) og består skoleperioden.",
        "{first} er optaget på HF-enkeltfag på VUC Lyngby og følger undervisningen i dansk og matematik.",
        "At {first} kommer i gang med en EUX-uddannelse inden for kontor, med start på grundforløbet i januar.",
        "{first} er i virksomhedspraktik 15 timer om ugen i Netto, Buddinge, med henblik på at få en læreplads.",
        "At {first} gennemfører FVU-læsning trin 2 og søger optagelse på SOSU-hjælperuddannelsen.",
    ],
    "helbred": [
        "{first} er tilbage i sit job som lagermedarbejder hos Coop, først 15 timer om ugen og fuld tid fra uge 40.",
        "At {first} gennemfører en virksomhedspraktik på 12 timer om ugen i Gladsaxe Bibliotek med henblik på afklaring til fleksjob som biblioteksassistent.",
        "{first} er i fleksjob som pedelmedhjælper 16 timer om ugen senest ved periodens udløb.",
        "At {first} kan møde stabilt 3 dage om ugen i praktik som kontormedhjælper hos Novo-kantinen, så arbejdsevnen kan afklares.",
        "{first} fastholder sit job som SOSU-assistent med gradvis tilbagevenden fra 10 til 25 timer om ugen.",
    ],
    "integration": [
        "{first} er i løntilskud som køkkenmedhjælper på Café Mødestedet 25 timer om ugen og kan tage S-toget selv.",
        "At {first} består Prøve i Dansk 2 og starter på AMU-kurset Rengøringsteknik i foråret.",
        "{first} er i virksomhedspraktik i ISS (rengøring) 20 timer om ugen med henblik på ordinært job.",
        "At {first} gennemfører IGU-forløbet som pædagogmedhjælper i Børnehuset Søborg.",
        "{first} er i job som chauffør, efter at kørekortet kategori C er taget på AMU.",
    ],
}
UNCLEAR_GOALS = [
    "Støtte til at få mere struktur på hverdagen og øget trivsel.",
    "At {first} arbejder med sig selv og kommer videre.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Sikre at {first} får det bedre og får mere selvværd.",
    "Motivere {first} til at komme videre i livet.",
]
TASKS = {
    "unge": [
        "følges med {first} til de første dage på skolen",
        "hjælp til at komme op om morgenen (vækkeopkald)",
        "støtte til at holde styr på skema og afleveringer",
        "hjælp til kontakt med SU-kontoret og studievejleder",
        "samtale om fravær og hvad der gør det svært at møde",
        "hjælp til at åbne og forstå post fra e-Boks",
    ],
    "helbred": [
        "deltage i opstartsmøde på arbejdspladsen sammen med {first} og lederen",
        "støtte til at planlægge pauser og arbejdstid ud fra skånehensyn",
        "ugentlig samtale om, hvordan det går med smerter og energi",
        "hjælp til kontakt med egen læge og fysioterapeut",
        "være bindeled til virksomheden ved sygefravær",
        "hjælp til at strukturere hverdagen, så der er overskud til praktikken",
    ],
    "integration": [
        "følges med {first} med offentlig transport til praktikstedet de første to uger",
        "hjælp til at forstå arbejdspladsens regler og vagtplan",
        "støtte i kontakt med sprogskolen om fremmøde",
        "hjælp til breve fra kommunen, Skat og Udbetaling Danmark",
        "samtale med kollega/kontaktperson på arbejdspladsen hver anden uge",
        "øve jobsamtale og skrive CV på dansk",
    ],
}


def appeal_text(c: Case, style: int) -> str:
    b = c.body
    K = "Gladsaxe Kommune" if c.after_reform else "Jobcenter Gladsaxe"
    if style == 0:
        return (f"Hvis du ikke er enig i afgørelsen, kan du klage til {K} inden 4 uger efter, at du har "
                f"modtaget dette brev. Du kan klage mundtligt eller skriftligt. {b.capitalize()} vil så "
                f"vurdere sagen igen. Hvis {b} fastholder afgørelsen, sender vi klagen videre til "
                "Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204 og retssikkerhedslovens kapitel 10).")
    if style == 1:
        return (f"Du kan klage over afgørelsen. Klagen skal sendes til {K}, {TEAMS[c.team]}, Rådhus Allé, "
                "2860 Søborg, og vi skal have den senest fire uger efter, at du har fået afgørelsen. "
                "Vi genvurderer afgørelsen inden for 4 uger. Fastholder vi afgørelsen, bliver klagen "
                "sendt til Ankestyrelsen sammen med sagens akter.")
    return (f"Er du uenig, skal du klage til os inden fire uger. Ring eller skriv til {c.caseworker}. "
            f"Vi ser på sagen igen, og hvis vi ikke giver dig ret, sender vi klagen til Ankestyrelsen.")


WRONG_ROUTE = ("Hvis du er uenig i afgørelsen, kan du klage direkte til Ankestyrelsen, 7998 Statsservice, "
               "inden 4 uger fra du har modtaget afgørelsen. Brug Ankestyrelsens klageformular på ast.dk.")
INCOMPLETE_APPEAL = ["Du kan klage over afgørelsen, hvis du er uenig.",
                     "Eventuelle klager rettes til din sagsbehandler.",
                     "Se vedlagte klagevejledning."]


def followup_text(c: Case, r: random.Random) -> str:
    opts = [
        f"Vi holder statusmøde med dig, mentor og {c.caseworker} hver måned. Senest 14 dage før "
        "perioden slutter evaluerer vi forløbet sammen.",
        "Opfølgning hver 4. uge på jobsamtalen, hvor vi ser på delmålene. Midtvejsevaluering efter 3 måneder.",
        f"Mentor sender en kort status til sagsbehandler hver anden måned. Slutevaluering {d_words(c.end - dt.timedelta(days=14))}.",
        "Progression følges på trepartsmøde (borger, mentor, sagsbehandler) hver 6. uge.",
    ]
    return r.choice(opts)


# ----------------------------------------------------------------------------------------
# Document model: a list of blocks rendered into docx/odt/html/txt/eml/pdf.
#   ("title", text) ("h", text) ("p", text) ("kv", [(label, value), ...]) ("ul", [..]) ("ol", [..])
#   ("sdt", label, value_or_None)  (content control; None = placeholder shown)
#   ("track", label, deleted, inserted)  (tracked change in a label paragraph)
#   ("checks", label, [(text, chosen), ...])
# ----------------------------------------------------------------------------------------

PLACEHOLDER_WORD = "Klik eller tryk her for at skrive tekst."


@dataclass
class Doc:
    path: str
    kind: str
    fmt: str
    layout: str
    subtype: str
    blocks: list
    rules: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    traits: list = field(default_factory=list)
    cpr: str | None = None
    period: tuple | None = None
    footer: str | None = None
    header: str | None = None
    docx_mode: str = "plain"  # plain | sidebar | twocol
    sidebar: str | None = None
    email: dict | None = None
    scanned: bool = False
    html_style: str = "div"
    comments: list = field(default_factory=list)

    def manifest(self) -> dict:
        ent = {"path": self.path, "kind": self.kind, "format": self.fmt, "layout": self.layout,
               "subtype": self.subtype, "rules": sorted(set(self.rules)), "extras": sorted(set(self.extras)),
               "error": None, "accept_errors": [],
               "must_not_contain": ([self.cpr, self.cpr.replace("-", "")] if self.cpr else []),
               "traits": sorted(set(self.traits + (["cpr"] if self.cpr else [])))}
        if self.period:
            ent["period"] = {"start": self.period[0].isoformat(), "end": self.period[1].isoformat()}
        return ent


# ---------------------------------------------------------------- content per team/provider

def defect_plan(r: random.Random, kind: str) -> list[str]:
    """Which defects a document carries. Most archive documents are clean."""
    if kind == "agreement":
        pool = ["goal_missing", "goal_unclear", "goal_unclear", "mentor_nocontact", "tasks_missing",
                "duration_missing", "over6", "over6", "followup_missing", "followup_missing",
                "hours_vague", "hours_missing", "appeal_incomplete", "appeal_missing", "wrong_route"]
        n = r.choices([0, 1, 2], weights=[45, 40, 15])[0]
    else:  # minplan
        pool = ["goal_unclear", "mentor_nocontact", "hours_missing", "over6", "tasks_missing",
                "hours_vague"]
        n = r.choices([0, 1], weights=[55, 45])[0]
    group = {"over6": "duration", "wrong_route": "appeal"}
    out: list[str] = []
    while len(out) < n:
        d = r.choice(pool)
        g = group.get(d, d.split("_")[0])
        if g not in {group.get(x, x.split("_")[0]) for x in out}:
            out.append(d)
    return out


def fields_for(c: Case, defects: list[str], r: random.Random) -> dict:
    """Field values after defects, plus the expected rules."""
    f: dict = {}
    rules: list[str] = []
    extras: list[str] = []
    g = c.goal.format(first=c.first)
    if "goal_missing" in defects:
        g = None
        rules.append("missing-goal")
    elif "goal_unclear" in defects:
        g = r.choice(UNCLEAR_GOALS).format(first=c.first)
        rules.append("unclear-goal")
    f["goal"] = g
    f["mentor_name"] = c.mentor
    f["mentor_contact"] = None if "mentor_nocontact" in defects else (c.mentor_phone, c.mentor_mail)
    if "mentor_nocontact" in defects:
        rules.append("missing-mentor")
    f["tasks"] = None if "tasks_missing" in defects else [t.format(first=c.first) for t in c.tasks]
    if "tasks_missing" in defects:
        rules.append("missing-tasks")
    if "over6" in defects:
        c.months = r.choice([8, 9, 12])
        c.end = period_end(c.start, c.months)
        rules.append("duration-over-6-months")
    f["period"] = None if "duration_missing" in defects else (c.start, c.end)
    if "duration_missing" in defects:
        rules.append("missing-duration")
    f["followup"] = None if "followup_missing" in defects else followup_text(c, r)
    if f["followup"] and "duration_missing" in defects and "Slutevaluering" in f["followup"]:
        f["followup"] = "Vi følger op på jobsamtalerne hver måned og ser på, hvordan det går med delmålene."
    if "followup_missing" in defects:
        rules.append("missing-follow-up")
    if "hours_missing" in defects:
        f["hours"] = None
        rules.append("missing-hours")
    elif "hours_vague" in defects:
        f["hours"] = r.choice(["Efter behov", "Et par timer om ugen", "Løbende, efter aftale med mentor"])
        rules.append("missing-hours")
    else:
        f["hours"] = f"{c.hours_text()} pr. uge"
    if "appeal_missing" in defects:
        f["appeal"] = None
        rules.append("missing-appeal-guidance")
    elif "appeal_incomplete" in defects:
        f["appeal"] = r.choice(INCOMPLETE_APPEAL)
        rules.append("missing-appeal-guidance")
    elif "wrong_route" in defects:
        f["appeal"] = WRONG_ROUTE
        extras.append("appeal-wrong-route")
    else:
        f["appeal"] = appeal_text(c, r.randint(0, 2))
    f["rules"] = rules
    f["extras"] = extras
    return f


def period_str(c: Case, r: random.Random, style: int | None = None) -> str:
    s = r.randint(0, 4) if style is None else style
    if s == 0:
        return f"{d_words(c.start)} – {d_words(c.end)}"
    if s == 1:
        return f"{d_num(c.start)}-{d_num(c.end)}"
    if s == 2:
        return f"fra {d_slash(c.start)} til {d_slash(c.end)}"
    if s == 3:
        return f"f.o.m. {d_abbr(c.start)} t.o.m. {d_abbr(c.end)}"
    return f"{d_words(c.start)} og {c.months} måneder frem"


def mentor_line(f: dict, c: Case, provider_name: str) -> str:
    if f["mentor_contact"] is None:
        return f"{f['mentor_name']}, {provider_name}"
    p, m = f["mentor_contact"]
    return f"{f['mentor_name']}, {provider_name}, tlf. {p}, {m}"


def provider_name(c: Case) -> str:
    return {"mk": "MentorKompagniet ApS", "fokus": "Fokus Mentor & Job",
            "kommune": f"{KOMMUNE}, Mentorkorpset"}[c.provider]


# Ungeenheden: a Word template with a label/value table and content controls; "du" style.
def agreement_unge(c: Case, r: random.Random, defects: list[str]) -> tuple[list, dict, list]:
    f = fields_for(c, defects, r)
    traits = ["team:unge"]
    blocks: list = [("title", "Aftale om mentorstøtte"),
                    ("p", f"Ungeenheden · {KOMMUNE} · Sagsnr. {c.sagsnr}"),
                    ("p", f"Aftalen er indgået mellem {c.citizen} og {KOMMUNE}, Ungeenheden, og er en del af "
                          "din uddannelsesplan.")]
    use_sdt = r.random() < 0.6
    rows = [("Navn", c.citizen)]
    if c.cpr:
        rows.append(("CPR-nr.", c.cpr))
    rows.append(("Ungerådgiver", f"{c.caseworker}, tlf. {c.cw_phone}"))
    blocks.append(("kv", rows))
    if use_sdt:
        traits.append("content-controls")
        blocks.append(("h", "Dit mål"))
        blocks.append(("sdt", "Hvad vil du gerne opnå?", f["goal"]))
        blocks.append(("h", "Din mentor"))
        if f["mentor_contact"]:
            blocks.append(("sdt", "Mentor", mentor_line(f, c, provider_name(c))))
        else:
            blocks.append(("sdt", "Mentor", f"{c.mentor}"))
            blocks.append(("sdt", "Telefon / mail", None))
        blocks.append(("h", f"Hvad skal {c.mentor.split()[0]} hjælpe dig med?"))
        if f["tasks"]:
            blocks.append(("ul", [t[0].upper() + t[1:] for t in f["tasks"]]))
        else:
            blocks.append(("sdt", "Opgaver", None))
        blocks.append(("h", "Periode og timer"))
        blocks.append(("sdt", "Periode", period_str(c, r) if f["period"] else None))
        blocks.append(("sdt", "Timer", f["hours"]))
        blocks.append(("h", "Opfølgning"))
        blocks.append(("sdt", "Sådan følger vi op", f["followup"]))
    else:
        rows2 = [("Mål for mentorstøtten", f["goal"] or ""),
                 ("Mentor", mentor_line(f, c, provider_name(c))),
                 ("Mentorens opgaver", "; ".join(f["tasks"]) if f["tasks"] else ""),
                 ("Periode", period_str(c, r) if f["period"] else "indtil videre"),
                 ("Timetal", f["hours"] or ""),
                 ("Opfølgning", f["followup"] or "")]
        blocks.append(("h", "Aftalens indhold"))
        blocks.append(("kv", rows2))
    if r.random() < 0.6 and f["hours"] and f["hours"].endswith("pr. uge"):
        traits.append("tracked-changes")
        old = f"{c.hours + 2:g} timer pr. uge"
        blocks.append(("track", "Ændret timetal: ", old, f["hours"]))
    if f["appeal"]:
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", f["appeal"]))
    blocks.append(("p", f"Dato: {d_num(c.start - dt.timedelta(days=r.randint(2, 10)))}"))
    blocks.append(("p", "Underskrift ung: ______________________   Underskrift rådgiver: ______________________"))
    return blocks, f, traits


# Job og Helbred: headed prose letter; hours hidden in a compound or fraction; sometimes footer contact.
def agreement_helbred(c: Case, r: random.Random, defects: list[str], footer_mentor: bool) -> tuple[list, dict, list]:
    f = fields_for(c, defects, r)
    traits = ["team:helbred"]
    blocks: list = [("p", f"{KOMMUNE}\nJob og Helbred\nRådhus Allé 7, 2860 Søborg"),
                    ("p", f"{c.citizen}" + (f"\nCPR-nr.: {c.cpr}" if c.cpr else "")),
                    ("title", "Mentoraftale – sygedagpenge/fleksjob"),
                    ("p", f"Kære {c.first}"),
                    ("p", "Du har sammen med din sagsbehandler aftalt et forløb med mentorstøtte efter § 167 i "
                          "lov om en aktiv beskæftigelsesindsats. Her kan du læse, hvad vi har aftalt.")]
    if f["goal"]:
        blocks.append(("h", "Vi har aftalt følgende mål for forløbet:"))
        blocks.append(("p", f["goal"]))
    blocks.append(("h", "Mentors kontaktdata"))
    if footer_mentor and f["mentor_contact"]:
        blocks.append(("p", f"Din mentor er {c.mentor} fra {provider_name(c)}. Kontaktoplysninger står nederst på siden."))
        traits.append("mentor-contact-in-footer")
    else:
        if f["mentor_contact"]:
            p, m = f["mentor_contact"]
            blocks.append(("p", f"Din mentor er {c.mentor}, {provider_name(c)}.\nTelefon {p} · {m}"))
        else:
            blocks.append(("p", f"Din mentor bliver {c.mentor} fra {provider_name(c)}. Mentor kontakter dig."))
    if f["tasks"]:
        blocks.append(("h", "Mentorens opgaver"))
        blocks.append(("ol", [t[0].upper() + t[1:] for t in f["tasks"]]))
    h = f["hours"]
    pe = f["period"]
    if pe:
        blocks.append(("h", "Varighed"))
        style = r.randint(0, 3)
        if h and h.endswith("pr. uge") and r.random() < 0.5:
            total = round(c.hours * c.months * 4.33)
            blocks.append(("p", f"Forløbet løber {period_str(c, r, style)}. Der er bevilget {total} mentortimer i "
                                f"perioden, svarende til ca. {c.hours_text()} om ugen. Mødetider aftales med mentor."))
            traits.append("hours-compound")
            h = None
        else:
            blocks.append(("p", f"Forløbet løber {period_str(c, r, style)}."))
    else:
        blocks.append(("h", "Varighed"))
        blocks.append(("p", "Forløbet løber, indtil der er fundet en afklaring af din arbejdsevne."))
    if h:
        blocks.append(("h", "Timer"))
        blocks.append(("p", f"{h}" + (". Timerne kan fordeles efter aftale." if h.endswith("uge") else "")))
    if f["followup"]:
        blocks.append(("h", "Opfølgning og progression"))
        blocks.append(("p", f["followup"]))
    if f["appeal"]:
        blocks.append(("h", "Hvis du vil klage"))
        blocks.append(("p", f["appeal"]))
    blocks.append(("p", f"Venlig hilsen\n{c.caseworker}\nSagsbehandler, Job og Helbred\nDirekte tlf. {c.cw_phone}"))
    footer = None
    if footer_mentor and f["mentor_contact"]:
        p, m = f["mentor_contact"]
        footer = f"Mentor: {c.mentor} · tlf. {p} · {m}"
    return blocks, f | {"footer": footer}, traits


# Integration og Job: numbered points "Punkt 1 – Mål" etc.; plain wording, sometimes English summary.
def agreement_integration(c: Case, r: random.Random, defects: list[str]) -> tuple[list, dict, list]:
    f = fields_for(c, defects, r)
    traits = ["team:integration", "numbered-points"]
    blocks: list = [("title", "Mentoraftale"),
                    ("p", f"{KOMMUNE} – Integration og Job"),
                    ("p", f"Borger: {c.citizen}" + (f"   CPR: {c.cpr}" if c.cpr else "")),
                    ("p", f"Kontaktperson i kommunen: {c.caseworker}, tlf. {c.cw_phone}")]
    n = 1
    def pt(label, val):
        nonlocal n
        blocks.append(("h", f"Punkt {n} – {label}"))
        if isinstance(val, list):
            blocks.append(("p", val[0]))
            blocks.append(("ul", val[1:]))
        elif val is not None:
            blocks.append(("p", val))
        n += 1
    pt("Mål", f["goal"] if f["goal"] else "Udfyldes senere")
    pt("Mentor", mentor_line(f, c, provider_name(c)))
    if f["tasks"]:
        pt("Opgaver", [f"{c.mentor.split()[0]} skal hjælpe dig med:"] + [t for t in f["tasks"]])
    else:
        pt("Opgaver", "-")
    pt("Varighed", period_str(c, r) if f["period"] else "Indtil videre")
    pt("Timer", f["hours"] if f["hours"] else "xx")
    if f["followup"]:
        pt("Opfølgning", f["followup"])
    if f["appeal"]:
        pt("Klagevejledning", f["appeal"])
    blocks.append(("p", f"Søborg, {d_words(c.start - dt.timedelta(days=5))}"))
    return blocks, f, traits


# MentorKompagniet ApS: provider form with checkboxes and a "Samarbejdsaftale" heading.
def agreement_mk(c: Case, r: random.Random, defects: list[str]) -> tuple[list, dict, list]:
    f = fields_for(c, defects, r)
    traits = ["provider:mentorkompagniet", "checkboxes"]
    blocks: list = [("title", "Mentoraftale – MentorKompagniet ApS"),
                    ("p", f"Udført for {KOMMUNE}, {TEAMS[c.team]} · Rekvisition {c.sagsnr}"),
                    ("kv", [("Deltager", c.citizen)] + ([("CPR", c.cpr)] if c.cpr else []) +
                     [("Henvisende sagsbehandler", f"{c.caseworker}, {KOMMUNE}")]),
                    ("checks", "Type af mentorstøtte", [("Tilbudsmentor", c.team != "unge"),
                                                        ("Uddannelsesmentor", c.team == "unge"),
                                                        ("Udvidet mentor", False)])]
    blocks.append(("h", "1. Formål"))
    blocks.append(("p", f["goal"] if f["goal"] else "[indsæt]"))
    blocks.append(("h", "2. Din mentor"))
    blocks.append(("p", mentor_line(f, c, "MentorKompagniet ApS")))
    blocks.append(("h", "3. Indsatsområder"))
    blocks.append(("ul", f["tasks"]) if f["tasks"] else ("p", "[indsæt]"))
    blocks.append(("h", "4. Periode, timer og opfølgning"))
    lines = []
    if f["period"]:
        lines.append(f"Periode: {period_str(c, r)}")
    else:
        lines.append("Periode: Udfyldes senere")
    if f["hours"]:
        if f["hours"].endswith("pr. uge") and r.random() < 0.4:
            lines.append(f"Timetal: {c.hours:g} t/uge")
        else:
            lines.append(f"Timetal: {f['hours']}")
    if f["followup"]:
        lines.append(f"Opfølgning: {f['followup']}")
    blocks.append(("p", "\n".join(lines)))
    if f["appeal"]:
        blocks.append(("h", "5. Klagevejledning (fra " + KOMMUNE + ")"))
        blocks.append(("p", f["appeal"]))
    blocks.append(("p", f"MentorKompagniet ApS · Gladsaxevej 200 · 2860 Søborg · CVR 3891 2210"))
    return blocks, f, traits


# Fokus Mentor & Job: terse form, English field hints for international staff, hours in words.
HOURS_WORDS = {1: "en time", 1.5: "halvanden time", 2: "to timer", 3: "tre timer", 4: "fire timer", 5: "fem timer"}


def agreement_fokus(c: Case, r: random.Random, defects: list[str]) -> tuple[list, dict, list]:
    f = fields_for(c, defects, r)
    traits = ["provider:fokus"]
    blocks: list = [("title", "Aftale om mentorforløb"),
                    ("p", f"Fokus Mentor & Job for {KOMMUNE} · Borger: {c.citizen}" + (f" ({c.cpr})" if c.cpr else ""))]
    rows = []
    rows.append(("Mål / Goal", f["goal"] or "…"))
    rows.append(("Mentor", mentor_line(f, c, "Fokus Mentor & Job")))
    rows.append(("Opgaver / Tasks", "\n".join("• " + t for t in f["tasks"]) if f["tasks"] else "…"))
    rows.append(("Periode / Period", period_str(c, r) if f["period"] else "…"))
    hv = f["hours"]
    if hv and hv.endswith("pr. uge"):
        hv = f"{HOURS_WORDS[c.hours]} om ugen"
        traits.append("hours-in-words")
    rows.append(("Timer / Hours", hv or "…"))
    rows.append(("Opfølgning / Follow-up", f["followup"] or "…"))
    blocks.append(("kv", rows))
    if f["appeal"]:
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", f["appeal"]))
    blocks.append(("p", f"Underskrevet af borger og mentor {d_num(c.start)}."))
    return blocks, f, traits


# ---------------------------------------------------------------- Min Plan entries

def minplan(c: Case, r: random.Random, defects: list[str]) -> tuple[list, dict, list]:
    f = fields_for(c, defects, r)
    traits = ["minplan-print"]
    blocks: list = [("title", "Min Plan – Mentorstøtte"),
                    ("p", f"Udskrevet fra jobnet.dk/Min Plan {d_num(c.start + dt.timedelta(days=3))} · {c.citizen}"
                          + (f" · CPR {c.cpr}" if c.cpr else ""))]
    rows = [("Indsats", "Mentorstøtte (§ 167)"),
            ("Formål", f["goal"] or ""),
            ("Mentor", mentor_line(f, c, provider_name(c))),
            ("Mentorens opgaver", "; ".join(f["tasks"]) if f["tasks"] else ""),
            ("Periode", f"{d_num(c.start)} - {d_num(c.end)}"),
            ("Timer", (f["hours"] or ""))]
    blocks.append(("kv", rows))
    blocks.append(("h", "Andre aktiviteter i planen"))
    blocks.append(("kv", [("Indsats", "Virksomhedspraktik"), ("Sted", "Gladsaxe Genbrugsstation"),
                          ("Periode", f"{d_num(c.start)} - {d_num(add_months(c.start, 3))}"), ("Timer", "15 timer pr. uge")]))
    f["rules"] = [x for x in f["rules"] if x not in ("missing-follow-up", "missing-appeal-guidance", "missing-duration")]
    return blocks, f, traits


# ---------------------------------------------------------------- Decisions (five types)

def decision(c: Case, r: random.Random, dtype: str, defect: str | None) -> tuple[list, list, list, list]:
    """dtype: bevilling | delvis | afslag | forlaengelse | ophoer. defect: None | appeal_missing |
    appeal_incomplete | over6 | wrong_route | reasons_missing."""
    rules: list[str] = []
    extras: list[str] = []
    traits = [f"decision:{dtype}"]
    sender = KOMMUNE if c.after_reform else f"Jobcenter Gladsaxe, {TEAMS[c.team]}"
    blocks: list = [("p", f"{sender}\nRådhus Allé 7\n2860 Søborg"),
                    ("p", f"{c.citizen}" + (f"\nCPR-nr. {c.cpr}" if c.cpr else "") + f"\nSagsnr. {c.sagsnr}"),
                    ("p", f"Dato: {d_words(c.start - dt.timedelta(days=7))}")]
    if defect == "over6":
        c.months = r.choice([9, 12])
        c.end = period_end(c.start, c.months)
        rules.append("duration-over-6-months")
    reasons = (f"Vi har lagt vægt på, at du har brug for støtte for at kunne {r.choice(['fastholde praktikken', 'gennemføre skoleforløbet', 'komme i gang med dit job'])}. "
               "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats.")
    if dtype == "bevilling":
        blocks.append(("title", "Afgørelse om mentorstøtte"))
        blocks.append(("p", f"Du får bevilget mentorstøtte i perioden {period_str(c, r, r.choice([0, 1, 3]))}. "
                            f"Mentorstøtten er på {c.hours_text()} om ugen. Din mentor er {c.mentor}, {provider_name(c)}."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", reasons))
        if r.random() < 0.4:
            traits.append("agreement-as-bilag")
            blocks.append(("h", "Bilag 1: Aftale om mentorstøtte"))
            f = fields_for(c, [], r)
            blocks.append(("kv", [("Mål", f["goal"]), ("Mentor", mentor_line(f, c, provider_name(c))),
                                  ("Opgaver", "; ".join(f["tasks"])), ("Periode", period_str(c, r, 0)),
                                  ("Timer", f["hours"]), ("Opfølgning", f["followup"])]))
    elif dtype == "delvis":
        blocks.append(("title", "Afgørelse – delvis bevilling af mentorstøtte"))
        blocks.append(("p", f"Du har søgt om mentorstøtte i 9 måneder med 6 timer om ugen. Du får delvis ret: "
                            f"Vi bevilger mentorstøtte fra {d_words(c.start)} til {d_words(c.end)} med {c.hours_text()} om ugen."))
        traits.append("asked-longer-than-granted")
        if defect != "reasons_missing":
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", reasons + " Efter en konkret vurdering finder vi, at dit behov kan dækkes med færre timer, og "
                                "loven giver højst 6 måneder ad gangen."))
        else:
            extras.append("missing-reasons")
    elif dtype == "afslag":
        blocks.append(("title", "Afslag på mentorstøtte"))
        blocks.append(("p", f"Vi har behandlet din ansøgning om mentorstøtte af {d_words(c.start - dt.timedelta(days=30))}. "
                            "Du får afslag."))
        if defect != "reasons_missing":
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", "Vi har lagt vægt på, at du allerede får støtte fra en SPS-støttelærer på skolen, som dækker "
                                "dit behov. Mentorstøtte efter § 167 skal gå ud over den støtte, uddannelsesstedet normalt giver."))
        else:
            extras.append("missing-reasons")
    elif dtype == "forlaengelse":
        prev_start = add_months(c.start, -6)
        blocks.append(("title", "Afgørelse om forlængelse af mentorstøtte"))
        blocks.append(("p", f"Din tidligere periode med mentorstøtte ({d_num(prev_start)} - {d_num(c.start - dt.timedelta(days=1))}) "
                            f"udløber. Efter en konkret vurdering forlænger vi mentorstøtten i en ny periode fra "
                            f"{d_words(c.start)} til {d_words(c.end)}, {c.hours_text()} om ugen."))
        blocks.append(("h", "Begrundelse"))
        blocks.append(("p", reasons))
    else:  # ophoer
        blocks.append(("title", "Afgørelse om ophør af mentorstøtte"))
        stop = c.start + dt.timedelta(days=r.randint(40, 100))
        blocks.append(("p", f"Din mentorstøtte med {c.mentor} stopper den {d_words(stop)}."))
        if defect != "reasons_missing":
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", "Vi har lagt vægt på, at du er startet i ordinært job 30 timer om ugen og ikke længere har "
                                "brug for mentor. Vi har truffet afgørelsen efter § 167 i lov om en aktiv beskæftigelsesindsats."))
        else:
            extras.append("missing-reasons")
    if defect == "appeal_missing":
        rules.append("missing-appeal-guidance")
    elif defect == "appeal_incomplete":
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", r.choice(INCOMPLETE_APPEAL)))
        rules.append("missing-appeal-guidance")
    elif defect == "wrong_route":
        blocks.append(("h", "Klagevejledning"))
        blocks.append(("p", WRONG_ROUTE))
        extras.append("appeal-wrong-route")
    else:
        blocks.append(("h", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du er uenig"])))
        blocks.append(("p", appeal_text(c, r.randint(0, 2))))
    blocks.append(("p", f"Med venlig hilsen\n{c.caseworker}\n{TEAMS[c.team]}, tlf. {c.cw_phone}"))
    return blocks, rules, extras, traits


# ---------------------------------------------------------------- Unknown documents

def unknown_docs(r: random.Random) -> list[tuple[str, str, list, str | None]]:
    """(subtype, title-ish name, blocks, cpr) for documents that are none of the kinds."""
    docs = []
    c = Case(r, "helbred", "mk", 2025, 0)
    docs.append(("statusrapport", [
        ("title", "Statusrapport fra mentor"),
        ("p", f"MentorKompagniet ApS · til {KOMMUNE}, Job og Helbred · Borger: {c.citizen}"),
        ("h", "Forløbet indtil nu"),
        ("p", f"{c.first} har mødt op til 9 af 11 aftaler med mentor {c.mentor} (tlf. {c.mentor_phone}). Målet om praktik "
              "12 timer om ugen er delvist nået; vi har arbejdet med transport og pauser. Mentorstøtten løber "
              f"{d_num(c.start)}-{d_num(c.end)} med 3 timer pr. uge."),
        ("h", "Anbefaling"),
        ("p", "Vi anbefaler, at forløbet fortsætter uændret. Næste statusmøde foreslås om en måned."),
    ], None))
    docs.append(("faktura", [
        ("title", "FAKTURA nr. 2025-0412"),
        ("p", f"Fokus Mentor & Job · CVR 4021 7788\nTil: {KOMMUNE}, Økonomi, EAN 5798000411225"),
        ("kv", [("Ydelse", "Mentorstøtte § 167, april 2025"), ("Antal timer", "38,5"), ("Timepris", "585,00 kr."),
                ("I alt ekskl. moms", "22.522,50 kr."), ("Betalingsbetingelser", "Netto 30 dage")]),
        ("p", "Timerne er fordelt på 7 borgere, jf. vedlagte timeseddel. Kontakt: Trine Skov, tlf. 40 12 33 90."),
    ], None))
    docs.append(("referat", [
        ("title", "Referat af teammøde, Ungeenheden"),
        ("p", "Dato: 14. marts 2024 · Til stede: MA, RT, AB, mentorkorpset (LB, KV)"),
        ("ol", ["Godkendelse af dagsorden", "Mentoraftaler: vi skal huske mål, mentor med kontaktdata, opgaver, "
                "varighed, timetal og klagevejledning i alle nye aftaler (jf. kvalitetsstandarden)",
                "Nye FGU-hold starter i august; mentorer deltager i introdagen", "Eventuelt"]),
        ("p", "Næste møde: 11. april 2024. Referent: Anders Bach."),
    ], None))
    docs.append(("pjece", [
        ("title", "Hvad er en mentor?"),
        ("p", f"Pjece fra {KOMMUNE} til unge og voksne, der skal have mentorstøtte."),
        ("h", "Hvad kan en mentor hjælpe med?"),
        ("ul", ["at komme godt i gang på en uddannelse eller en arbejdsplads", "struktur i hverdagen",
                "kontakt til myndigheder"]),
        ("h", "Hvad står der i din mentoraftale?"),
        ("p", "Aftalen beskriver målet med mentorstøtten, mentorens navn og kontaktdata, mentorens opgaver, "
              "varigheden (højst 6 måneder ad gangen) og hvor mange timer om ugen, du får. Du får også en "
              "klagevejledning: du kan klage til kommunen inden 4 uger."),
    ], None))
    cp = Case(r, "unge", "kommune", 2024, 0)
    cpr = cp.make_cpr()
    docs.append(("partshoering", [
        ("title", "Partshøring – inden vi træffer afgørelse om mentorstøtte"),
        ("p", f"{cp.citizen}\nCPR-nr. {cpr}"),
        ("p", f"Kære {cp.first}. Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op de sidste 6 uger. "
              "Inden vi træffer afgørelse, har du ret til at komme med dine bemærkninger. Send dem senest "
              f"{d_words(cp.start + dt.timedelta(days=14))} til {cp.caseworker}, tlf. {cp.cw_phone}."),
    ], cpr))
    docs.append(("bestilling", [
        ("title", "Bestilling af mentorforløb"),
        ("p", f"Fra: {KOMMUNE}, Integration og Job · Til: Fokus Mentor & Job"),
        ("kv", [("Borger", "se sikker mail"), ("Ønsket opstart", "uge 34"), ("Timer", "3 timer pr. uge"),
                ("Varighed", "6 måneder"), ("Fokus", "praktik i rengøring, transport, dansk på arbejdspladsen")]),
        ("p", "Leverandøren bedes bekræfte opstart og navn på mentor senest fredag."),
    ], None))
    docs.append(("klub-mentoraftale", [
        ("title", "Mentoraftale – Søborg Boldklub, ungementorordning"),
        ("p", "Mellem ungdomsspiller og voksen mentor i klubben. Ordningen er frivillig og har intet med kommunen at gøre."),
        ("kv", [("Mål", "Spilleren gennemfører 9. klasse og fortsætter på efterskole"), ("Mentor", "Klaus, træner U17, tlf. 22 31 45 67"),
                ("Aftale", "Vi ses efter træning hver tirsdag, ca. 1 time"), ("Periode", "sæsonen 2024/25")]),
    ], None))
    docs.append(("kvalitetsstandard", [
        ("title", f"Kvalitetsstandard for mentorstøtte – {KOMMUNE} 2025"),
        ("h", "Lovgrundlag"),
        ("p", "Lov om en aktiv beskæftigelsesindsats kapitel 26, §§ 167-171. Mentorstøtte gives i højst 6 måneder ad gangen."),
        ("h", "Serviceniveau"),
        ("kv", [("Niveau 1", "0-1 time pr. uge, evaluering hver 3. måned"), ("Niveau 2", "1-2 timer pr. uge, evaluering hver måned"),
                ("Niveau 3", "over 2 timer pr. uge, evaluering hver måned")]),
        ("h", "Den skriftlige aftale"),
        ("p", "Aftalen skal indeholde mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning, timetal og "
              "klagevejledning. Klagefristen er 4 uger, og klagen sendes til kommunen."),
    ], None))
    docs.append(("genvurdering-fastholdt", [
        ("title", "Genvurdering af din klage – vi fastholder afgørelsen"),
        ("p", f"Kære {c.first}. Vi har genvurderet vores afgørelse om afslag på mentorstøtte af 2. maj 2025. "
              "Vi fastholder afgørelsen og har sendt din klage og sagens akter videre til Ankestyrelsen, som vil "
              "skrive til dig. Ankestyrelsen behandler typisk en klage inden for 4 uger til 3 måneder."),
    ], None))
    docs.append(("mine-aftaler", [
        ("title", "Mine aftaler"),
        ("kv", [("Tirsdag 3. september 2024 kl. 10.00", "Jobsamtale med Rikke Thygesen, Rådhus Allé 7"),
                ("Torsdag 5. september 2024 kl. 9.00", "Møde med mentor på FGU Gladsaxe"),
                ("Mandag 16. september 2024 kl. 13.30", "Opfølgningsmøde (telefon)")]),
    ], None))
    docs.append(("mentorjob-opslag", [
        ("title", "Vi søger mentorer til Ungeenheden"),
        ("p", f"{KOMMUNE} søger to mentorer på 37 timer om ugen fra 1. februar 2025. Du skal støtte unge under 30 i at "
              "komme i gang med og gennemføre en uddannelse. Ansøgningsfrist 6. januar 2025. Spørgsmål: Kim Vestergaard, "
              "tlf. 39 57 60 12."),
    ], None))
    docs.append(("kursusprogram", [
        ("title", "Temadag for mentorer: Det gode første møde"),
        ("p", "Program for Fokus Mentor & Job's temadag 22. oktober 2025, kl. 9-15."),
        ("ol", ["Velkomst", "Sådan sætter vi mål med borgeren (SMART)", "Frokost", "Dokumentation: hvad skal stå i mentoraftalen",
                "Afrunding"]),
    ], None))
    return docs


# ---------------------------------------------------------------- renderers

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_docx(doc: Doc, out: Path) -> None:
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = Document()
    d.core_properties.author = "Gladsaxe Kommune"
    body_container = d
    if doc.docx_mode == "sidebar":
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        t.columns[0].width = Cm(4.5)
        t.columns[1].width = Cm(12.5)
        side, main = t.rows[0].cells
        side.width = Cm(4.5)
        main.width = Cm(12.5)
        side.paragraphs[0].text = ""
        for line in (doc.sidebar or "").split("\n"):
            p = side.add_paragraph(line)
            for run in p.runs:
                run.font.size = Pt(8)
        body_container = main
    if doc.docx_mode == "twocol":
        sect = d.sections[0]._sectPr
        cols = sect.findall(f"{{{W}}}cols")
        if cols:
            cols[0].set(f"{{{W}}}num", "2")
            cols[0].set(f"{{{W}}}space", "567")
        else:
            sect.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="2" w:space="567"/>'))

    def add_par(text, style=None):
        if body_container is d:
            p = d.add_paragraph(style=style)
        else:
            p = body_container.add_paragraph(style=style)
        lines = text.split("\n")
        for i, line in enumerate(lines):
            run = p.add_run(line)
            if i < len(lines) - 1:
                run.add_break()
        return p

    for b in doc.blocks:
        k = b[0]
        if k == "title":
            add_par(b[1], "Title")
        elif k == "h":
            add_par(b[1], "Heading 2")
        elif k == "p":
            add_par(b[1])
        elif k == "ul":
            for it in b[1]:
                add_par(it, "List Bullet")
        elif k == "ol":
            for it in b[1]:
                add_par(it, "List Number")
        elif k == "kv":
            tgt = d if body_container is d else body_container
            t = tgt.add_table(rows=0, cols=2)
            t.style = d.styles["Table Grid"]
            for lab, val in b[1]:
                cells = t.add_row().cells
                cells[0].text = lab
                cells[1].text = ""
                lines = (val or "").split("\n")
                cells[1].paragraphs[0].text = lines[0]
                for extra in lines[1:]:
                    cells[1].add_paragraph(extra)
            add_par("")
        elif k == "checks":
            add_par(b[1])
            for text, chosen in b[2]:
                add_par(("☒ " if chosen else "☐ ") + text)
        elif k == "sdt":
            label, value = b[1], b[2]
            showing = value is None
            val = PLACEHOLDER_WORD if showing else value
            rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if showing else ""
            xml = (f'<w:p {nsdecls("w")}><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_esc(label)}: </w:t></w:r>'
                   f'<w:sdt><w:sdtPr><w:alias w:val="{_esc(label)}"/><w:tag w:val="{_esc(label.lower()[:20])}"/>'
                   f'<w:id w:val="{zlib.crc32(label.encode()) % 100000000}"/>'
                   + ('<w:showingPlcHdr/>' if showing else '') + '<w:text w:multiLine="1"/></w:sdtPr>'
                   f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{_esc(val)}</w:t></w:r></w:sdtContent></w:sdt></w:p>')
            el = parse_xml(xml)
            if body_container is d:
                d.element.body.insert(len(d.element.body) - 1, el)
            else:
                body_container._tc.append(el)
        elif k == "track":
            label, old, new = b[1], b[2], b[3]
            xml = (f'<w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">{_esc(label)}</w:t></w:r>'
                   f'<w:del w:id="901" w:author="{_esc("Mette Aagaard")}" w:date="2024-03-02T10:00:00Z"><w:r>'
                   f'<w:delText xml:space="preserve">{_esc(old)}</w:delText></w:r></w:del>'
                   f'<w:ins w:id="902" w:author="{_esc("Mette Aagaard")}" w:date="2024-03-02T10:00:00Z"><w:r>'
                   f'<w:t xml:space="preserve">{_esc(new)}</w:t></w:r></w:ins></w:p>')
            el = parse_xml(xml)
            if body_container is d:
                d.element.body.insert(len(d.element.body) - 1, el)
            else:
                body_container._tc.append(el)
    if doc.footer:
        d.sections[0].footer.paragraphs[0].text = doc.footer
    if doc.header:
        d.sections[0].header.paragraphs[0].text = doc.header
    for cm in doc.comments:
        try:
            paras = d.paragraphs
            d.add_comment(paras[min(3, len(paras) - 1)].runs or [paras[0].add_run(" ")], text=cm, author="Kvalitet")
        except Exception:
            pass
    d.save(out)


def render_odt(doc: Doc, out: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell

    o = OpenDocumentText()
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    o.styles.addElement(bold)

    def para(text, **kw):
        p = P(**kw)
        lines = text.split("\n")
        from odf.text import LineBreak
        for i, line in enumerate(lines):
            p.addText(line)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        return p

    for b in doc.blocks:
        k = b[0]
        if k == "title":
            o.text.addElement(H(outlinelevel=1, text=b[1]))
        elif k == "h":
            o.text.addElement(H(outlinelevel=2, text=b[1]))
        elif k == "p":
            o.text.addElement(para(b[1]))
        elif k in ("ul", "ol"):
            lst = List()
            for i, it in enumerate(b[1], 1):
                li = ListItem()
                li.addElement(P(text=(f"{i}. " if k == "ol" else "• ") + it))
                lst.addElement(li)
            o.text.addElement(lst)
        elif k == "kv":
            t = Table(name=f"T{id(b) % 1000}")
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            for lab, val in b[1]:
                tr = TableRow()
                for v in (lab, val or ""):
                    tc = TableCell()
                    tc.addElement(para(v))
                    tr.addElement(tc)
                t.addElement(tr)
            o.text.addElement(t)
        elif k == "checks":
            o.text.addElement(P(text=b[1]))
            for text, chosen in b[2]:
                o.text.addElement(P(text=("☒ " if chosen else "☐ ") + text))
        elif k == "sdt":
            o.text.addElement(P(text=f"{b[1]}: {b[2] if b[2] is not None else ''}"))
        elif k == "track":
            o.text.addElement(P(text=f"{b[1]}{b[3]}"))
    o.save(str(out))


def render_html(doc: Doc) -> str:
    import html as H
    e = H.escape
    parts = ["<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>",
             e(next((b[1] for b in doc.blocks if b[0] == "title"), "Dokument")),
             "</title><style>.lbl{font-weight:bold}.sag{color:#555}</style>",
             "<script>window.sbsys={user:'ma',klage:'Klagevejledning: 4 uger til Ankestyrelsen'};</script></head><body>",
             "<div class=\"sag-header\"><div class=\"sag\">SBSYS · Sag " + e(doc.subtype) + "</div></div><div class=\"content\"><div class=\"doc\">"]
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            parts.append(f"<h1>{e(b[1])}</h1>")
        elif k == "h":
            parts.append(f"<div class=\"section\"><h3>{e(b[1])}</h3></div>")
        elif k == "p":
            parts.append("<div class=\"txt\"><p>" + "<br>".join(e(x) for x in b[1].split("\n")) + "</p></div>")
        elif k in ("ul", "ol"):
            tag = k
            parts.append(f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{tag}>")
        elif k == "kv":
            if doc.html_style == "dl":
                parts.append("<dl>" + "".join(f"<dt>{e(l)}</dt><dd>{'<br>'.join(e(x) for x in (v or '').split(chr(10)))}</dd>" for l, v in b[1]) + "</dl>")
            else:
                parts.append("<table class=\"felter\">" + "".join(
                    f"<tr><th>{e(l)}</th><td>{'<br>'.join(e(x) for x in (v or '').split(chr(10)))}</td></tr>" for l, v in b[1]) + "</table>")
        elif k == "checks":
            parts.append(f"<p>{e(b[1])}</p>" + "".join(f"<p>{'☒' if ch else '☐'} {e(t)}</p>" for t, ch in b[2]))
        elif k == "sdt":
            parts.append(f"<p><span class=\"lbl\">{e(b[1])}:</span> {e(b[2] or '')}</p>")
        elif k == "track":
            parts.append(f"<p>{e(b[1])}{e(b[3])}</p>")
    parts.append("</div></div><div class=\"footer\">Gladsaxe Kommune · Rådhus Allé 7 · 2860 Søborg</div></body></html>")
    return "".join(parts)


def render_txt(doc: Doc, r: random.Random, wrap: int | None = None, md: bool = False) -> str:
    import textwrap
    out: list[str] = []

    def w(text: str) -> list[str]:
        if not wrap:
            return text.split("\n")
        res = []
        for line in text.split("\n"):
            res.extend(textwrap.wrap(line, wrap) or [""])
        return res

    for b in doc.blocks:
        k = b[0]
        if k == "title":
            out += ([f"# {b[1]}"] if md else [b[1], "=" * len(b[1])]) + [""]
        elif k == "h":
            out += ([f"## {b[1]}"] if md else [b[1].upper() if r.random() < 0.3 else b[1] + ":"])
            out += [] if not md else [""]
        elif k == "p":
            out += w(b[1]) + [""]
        elif k == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif k == "ol":
            out += [f"{i}) {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif k == "kv":
            for l, v in b[1]:
                vv = (v or "").replace("\n", "; ")
                out += w(f"{l}: {vv}")
            out.append("")
        elif k == "checks":
            out += [b[1]] + [("[X] " if ch else "[ ] ") + t for t, ch in b[2]] + [""]
        elif k == "sdt":
            out += w(f"{b[1]}: {b[2] or ''}") + [""]
        elif k == "track":
            out += [f"{b[1]}{b[3]}", ""]
    return "\n".join(out).rstrip() + "\n"


def render_scan(text: str, out_pdf: Path, r: random.Random, tmp: Path) -> None:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 30)
    lines = text.split("\n")
    W_, H_ = 2480, max(3508, 60 + 44 * len(lines) + 200)
    img = Image.new("L", (W_, H_), 250)
    dr = ImageDraw.Draw(img)
    y = 180
    for line in lines:
        dr.text((200, y), line, fill=25, font=font)
        y += 44
    img = img.rotate(r.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=250)
    px = img.load()
    for _ in range(4000):
        px[r.randrange(W_), r.randrange(H_)] = r.choice([120, 180, 60])
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    png = tmp / (out_pdf.stem + ".png")
    img.save(png, dpi=(300, 300))
    base = tmp / out_pdf.stem
    subprocess.run(["tesseract", str(png), str(base), "-l", "dan", "pdf"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(str(base) + ".pdf", out_pdf)


def render_eml(doc: Doc, c: Case, out: Path, when: dt.datetime) -> None:
    import textwrap
    msg = EmailMessage()
    msg["From"] = f"{c.caseworker} <{c.caseworker.split()[0].lower()}@gladsaxe.dk>"
    msg["To"] = f"{c.citizen} <borger{c.idx}@sikkermail.dk>"
    msg["Subject"] = doc.email["subject"]
    msg["Date"] = format_datetime(when.replace(tzinfo=dt.timezone.utc))
    msg["Message-ID"] = f"<cl-{c.idx}@gladsaxe.dk>"
    body = doc.email["body"]
    body += (f"\n\n-- \n{c.caseworker}\n{TEAMS[c.team]}, {KOMMUNE}\nDirekte tlf. {c.cw_phone}\n"
             "Sikker mail: jobcenter@gladsaxe.dk")
    if doc.email.get("quoted"):
        body += "\n\n" + f"Den {d_words(c.start - dt.timedelta(days=9))} skrev {c.citizen}:\n" + "\n".join(
            "> " + x for x in doc.email["quoted"].split("\n"))
    msg.set_content(body)
    out.write_bytes(bytes(msg))


# Label fix after the first evaluation run (see NOTES.md): LibreOffice renders a python-docx
# label/value table inside a two-column section with its value column outside the page, so the
# values are not in the PDF at all (pypdfium2 and pdftotext show only the labels). Labels follow
# the document as it is: a field whose table value is absent from the PDF's text is missing.
KV_FIELD_RULES = [("opgaver", "missing-tasks"), ("opfølgning", "missing-follow-up"), ("mål", "missing-goal"),
                  ("mentor", "missing-mentor"), ("periode", "missing-duration"), ("tim", "missing-hours")]


def relabel_lost_table_values(doc: Doc, pdf: Path) -> None:
    import re
    import pypdfium2

    pd = pypdfium2.PdfDocument(str(pdf))
    text = " ".join(pg.get_textpage().get_text_range() for pg in pd)
    pd.close()
    norm = lambda t: re.sub(r"\s+", "", t).replace("-", "")
    flat = norm(text)
    lost = []
    for b in doc.blocks:
        if b[0] != "kv":
            continue
        for label, value in b[1]:
            v = (value or "").strip("•… ")
            if len(v) < 4 or norm(v[:25]) in flat:
                continue
            low = label.lower().split(" / ")[0]
            for key, rule in KV_FIELD_RULES:
                if key in low:
                    lost.append(rule)
                    break
    if not lost:
        return
    rules = set(doc.rules) | set(lost)
    if "missing-goal" in rules:
        rules.discard("unclear-goal")
    if "missing-duration" in rules:
        rules.discard("duration-over-6-months")
        doc.period = None
    doc.rules = sorted(rules)
    doc.traits.append("pdf-table-values-lost")


# ---------------------------------------------------------------- the archive

def build(out: Path) -> None:
    r = random.Random(SEED)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="cl_gen_"))
    docs: list[Doc] = []
    pdf_jobs: list[tuple[Path, Path]] = []  # (docx in tmp, final pdf)
    idx = 0

    def new_case(team: str, provider: str) -> Case:
        nonlocal idx
        idx += 1
        c = Case(r, team, provider, r.choice([2023, 2024, 2024, 2025, 2025, 2026]), idx)
        if r.random() < 0.3:
            c.make_cpr()
        return c

    def finish(doc: Doc, c: Case | None = None, scan_text: str | None = None) -> None:
        p = out / doc.path
        p.parent.mkdir(parents=True, exist_ok=True)
        if doc.fmt == "docx":
            render_docx(doc, p)
        elif doc.fmt == "odt":
            render_odt(doc, p)
        elif doc.fmt == "html":
            p.write_text(render_html(doc), encoding="utf-8")
        elif doc.fmt == "txt":
            p.write_text(render_txt(doc, r, wrap=doc.email.get("wrap") if doc.email else None,
                                    md=bool(doc.email and doc.email.get("md"))), encoding="utf-8")
        elif doc.fmt == "eml":
            render_eml(doc, c, p, dt.datetime.combine(c.start - dt.timedelta(days=3), dt.time(9, 41)))
        elif doc.fmt == "pdf" and doc.scanned:
            render_scan(render_txt(doc, r, wrap=70), p, r, tmp)
        elif doc.fmt == "pdf":
            src = tmp / (p.stem + f"_{len(pdf_jobs)}.docx")
            render_docx(doc, src)
            pdf_jobs.append((src, p))
        docs.append(doc)

    team_fmt = {
        "unge": ["docx", "docx", "docx", "pdf", "html", "eml"],
        "helbred": ["pdf", "pdf", "pdf", "docx", "txt", "odt"],
        "integration": ["odt", "txt", "docx", "pdf", "eml", "html"],
    }
    # ---- agreements (55): 12 per team by the municipality's mentors + 19 from the two providers
    plan = [(t, "kommune") for t in ("unge", "helbred", "integration") for _ in range(12)]
    plan += [(r.choice(["unge", "helbred", "integration"]), "mk") for _ in range(10)]
    plan += [(r.choice(["unge", "helbred", "integration"]), "fokus") for _ in range(9)]
    scan_budget = 9
    for n, (team, prov) in enumerate(plan):
        c = new_case(team, prov)
        defects = defect_plan(r, "agreement")
        if prov == "mk":
            blocks, f, traits = agreement_mk(c, r, defects)
            fmt = r.choice(["docx", "pdf", "pdf", "odt"])
        elif prov == "fokus":
            blocks, f, traits = agreement_fokus(c, r, defects)
            fmt = r.choice(["docx", "pdf", "html"])
        elif team == "unge":
            blocks, f, traits = agreement_unge(c, r, defects)
            fmt = r.choice(team_fmt[team])
        elif team == "helbred":
            foot = r.random() < 0.3
            blocks, f, traits = agreement_helbred(c, r, defects, foot)
            fmt = "docx" if foot else r.choice(team_fmt[team])
        else:
            blocks, f, traits = agreement_integration(c, r, defects)
            fmt = r.choice(team_fmt[team])
        scanned = False
        if fmt == "pdf" and scan_budget > 0 and r.random() < 0.6 and not any(b[0] == "sdt" for b in blocks):
            scanned = True
            scan_budget -= 1
        folder = {"unge": "ungeenheden", "helbred": "job-og-helbred", "integration": "integration"}[team]
        provdir = {"kommune": "", "mk": "leverandoer-mentorkompagniet/", "fokus": "leverandoer-fokus/"}[prov]
        name = f"{provdir}{folder}/{c.year}/aftale-{n:03d}-{c.first.lower().replace('-', '')}.{ 'eml' if fmt == 'eml' else fmt}"
        layout = {"unge": "table", "helbred": "headings", "integration": "numbered"}[team] if prov == "kommune" else (
            "form" if prov == "mk" else "table")
        doc = Doc(name, "agreement", fmt, layout, "agreement", blocks, rules=f["rules"], extras=f["extras"],
                  traits=traits + [f"defect:{d}" for d in defects], cpr=c.cpr,
                  period=(c.start, c.end) if f["period"] else None)
        doc.footer = f.get("footer")
        if doc.footer:
            doc.traits.append("footer")
        if fmt == "pdf" and not scanned:
            mode = r.choice(["plain", "sidebar", "twocol"]) if not any(b[0] in ("sdt", "track") for b in blocks) else "plain"
            doc.docx_mode = mode
            doc.sidebar = (f"{KOMMUNE}\n{TEAMS[team]}\nRådhus Allé 7\n2860 Søborg\n\nSagsbehandler\n{c.caseworker}\n"
                           f"Tlf. {c.cw_phone}\n\nSagsnr.\n{c.sagsnr}\n\nwww.gladsaxe.dk")
            doc.layout = {"plain": doc.layout, "sidebar": "sidebar", "twocol": "two-column"}[mode]
            doc.traits.append("libreoffice-pdf")
            if mode == "plain" and r.random() < 0.5:
                doc.header = f"{KOMMUNE} · {TEAMS[team]}"
                doc.footer = (doc.footer or "") + " Side 1"
        if scanned:
            doc.scanned = True
            doc.layout = "ocr"
            doc.traits.append("scanned-tesseract")
        if fmt == "eml":
            txt_body = render_txt(Doc("", "", "", "", "", blocks), r)
            doc.email = {"subject": f"Din mentoraftale – {c.first}",
                         "body": f"Hej {c.first}\n\nHer er den mentoraftale, vi lavede på mødet i dag. "
                                 f"Skriv, hvis noget ikke passer.\n\n{txt_body}\nVenlig hilsen",
                         "quoted": "Hej. Hvornår får jeg aftalen? Mvh " + c.first if r.random() < 0.5 else None}
            doc.layout = "email"
            doc.traits.append("email-signature-caseworker-phone")
        if fmt == "txt":
            doc.email = {"wrap": r.choice([None, 72, 64]), "md": r.random() < 0.3}
            if doc.email["wrap"]:
                doc.traits.append("hard-wrapped")
        if fmt == "html":
            doc.html_style = r.choice(["div", "dl"])
            doc.layout = "html-" + doc.html_style
            doc.traits.append("case-system-export")
        if fmt == "docx" and r.random() < 0.25:
            doc.comments = ["Husk at tjekke timetallet med leverandøren"]
            doc.traits.append("comment")
        finish(doc, c)

    # ---- decisions (20): four of each type
    dtypes = ["bevilling", "delvis", "afslag", "forlaengelse", "ophoer"]
    ddefects = {"bevilling": [None, None, "appeal_incomplete", "over6"],
                "delvis": [None, "reasons_missing", "wrong_route", None],
                "afslag": [None, "appeal_missing", None, "reasons_missing"],
                "forlaengelse": [None, "over6", None, "appeal_incomplete"],
                "ophoer": [None, "reasons_missing", "appeal_missing", None]}
    for dtype in dtypes:
        for j, dfx in enumerate(ddefects[dtype]):
            team = r.choice(["unge", "helbred", "integration"])
            c = new_case(team, r.choice(["kommune", "mk", "fokus"]))
            if dtype == "afslag" and dfx == "over6":
                dfx = None
            blocks, rules, extras, traits = decision(c, r, dtype, dfx)
            fmt = r.choice(["pdf", "pdf", "docx", "docx", "odt", "html", "txt"])
            scanned = fmt == "pdf" and scan_budget > 0 and r.random() < 0.5
            if scanned:
                scan_budget -= 1
            period = None
            if dtype in ("bevilling", "forlaengelse", "delvis"):
                period = (c.start, c.end)
            doc = Doc(f"afgoerelser/{c.year}/{dtype}-{j + 1}-{c.first.lower().replace('-', '')}.{fmt}", "decision", fmt,
                      "letter", dtype, blocks, rules=rules, extras=extras,
                      traits=traits + ([f"defect:{dfx}"] if dfx else []), cpr=c.cpr, period=period)
            if scanned:
                doc.scanned = True
                doc.layout = "ocr"
                doc.traits.append("scanned-tesseract")
            elif fmt == "pdf":
                doc.docx_mode = r.choice(["plain", "sidebar"])
                doc.sidebar = f"{KOMMUNE}\n{TEAMS[team]}\n\nDato\n{d_num(c.start - dt.timedelta(days=7))}\n\nSagsnr.\n{c.sagsnr}"
                if doc.docx_mode == "sidebar":
                    doc.layout = "sidebar"
                doc.traits.append("libreoffice-pdf")
            if fmt == "html":
                doc.traits.append("case-system-export")
            finish(doc, c)

    # ---- Min Plan entries (10)
    for j in range(10):
        team = r.choice(["unge", "helbred", "integration"])
        c = new_case(team, r.choice(["kommune", "mk", "fokus"]))
        defects = defect_plan(r, "minplan")
        blocks, f, traits = minplan(c, r, defects)
        fmt = r.choice(["html", "html", "html", "txt", "pdf", "pdf"])
        scanned = fmt == "pdf" and scan_budget > 0 and j % 2 == 0
        if scanned:
            scan_budget -= 1
        doc = Doc(f"min-plan/{c.year}/minplan-{j + 1:02d}-{c.first.lower().replace('-', '')}.{fmt}", "minplan", fmt,
                  "table", "minplan", blocks, rules=f["rules"], extras=[], traits=traits + [f"defect:{d}" for d in defects],
                  cpr=c.cpr, period=(c.start, c.end))
        if fmt == "html":
            doc.html_style = r.choice(["div", "dl"])
            doc.layout = "html-" + doc.html_style
        if scanned:
            doc.scanned = True
            doc.layout = "ocr"
            doc.traits.append("scanned-tesseract")
        elif fmt == "pdf":
            doc.traits.append("libreoffice-pdf")
        finish(doc, c)

    # ---- documents that are none of the kinds (about 15)
    unk = unknown_docs(r)
    fmts = ["docx", "pdf", "docx", "html", "pdf", "eml", "txt", "odt", "pdf", "html", "txt", "docx"]
    for j, (sub, blocks, cpr) in enumerate(unk):
        fmt = fmts[j % len(fmts)]
        c = new_case("unge", "kommune")
        c.cpr = None
        doc = Doc(f"oevrige/{sub}.{fmt}", "unknown", fmt, "mixed", sub, blocks, cpr=cpr,
                  traits=["not-a-mentor-document-kind"])
        if fmt == "eml":
            doc.email = {"subject": next(b[1] for b in blocks if b[0] == "title"),
                         "body": render_txt(Doc("", "", "", "", "", blocks), r)}
        if fmt == "pdf" and sub == "faktura":
            doc.scanned = True
            doc.traits.append("scanned-tesseract")
        finish(doc, c)
    # Seeds-like extras: two mails about practicalities, one OCR'd guidance page
    for j, (subj, body) in enumerate([
        ("Flytning af mødet med mentor", "Hej Sara\n\nVi er nødt til at flytte mødet med din mentor fra tirsdag til torsdag "
         "kl. 10. Mødet holdes stadig i Jobcenteret, 2. sal. Skriv, hvis tiden ikke passer.\n\nVenlig hilsen"),
        ("Timeseddel marts", "Hej Lisbeth\n\nHer er timesedlen for marts for de borgere, vi har mentorforløb med. "
         "I alt 41 timer. Fakturaen kommer i næste uge.\n\nMvh Jesper Holm, MentorKompagniet"),
    ]):
        c = new_case("helbred", "mk")
        c.cpr = None
        doc = Doc(f"oevrige/mail-{j + 1}.eml", "unknown", "eml", "email", "mail", [("p", body)],
                  traits=["not-a-mentor-document-kind"])
        doc.email = {"subject": subj, "body": body}
        finish(doc, c)
    guide = [("title", "Vejledning: Sådan skriver du en mentoraftale"),
             ("p", "Intern vejledning for sagsbehandlere i Job og Helbred, opdateret 2026."),
             ("ol", ["Skriv målet, så det peger mod job eller uddannelse.", "Angiv mentorens navn og telefonnummer.",
                     "Beskriv opgaverne konkret.", "Perioden må højst være 6 måneder.", "Skriv timetallet pr. uge.",
                     "Husk klagevejledning: borgeren klager til kommunen inden 4 uger."])]
    doc = Doc("oevrige/vejledning-mentoraftale.pdf", "unknown", "pdf", "ocr", "vejledning", guide,
              traits=["not-a-mentor-document-kind", "scanned-tesseract"])
    doc.scanned = True
    finish(doc, None)

    # ---- convert the LibreOffice PDFs in one soffice run
    if pdf_jobs:
        conv = tmp / "conv"
        conv.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_cl_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(conv)] + [str(s) for s, _ in pdf_jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, final in pdf_jobs:
            shutil.move(str(conv / (src.stem + ".pdf")), final)
        for doc in docs:
            if doc.fmt == "pdf" and not doc.scanned and doc.kind == "agreement":
                relabel_lost_table_values(doc, out / doc.path)
    from_manifest = [d.manifest() for d in docs]
    (out / "EXPECTED.jsonl").write_text("\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True)
                                                  for e in sorted(from_manifest, key=lambda e: e["path"])) + "\n",
                                        encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(docs)} documents written to {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, type=Path)
    build(ap.parse_args().out)


if __name__ == "__main__":
    main()
