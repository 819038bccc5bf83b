#!/usr/bin/env python3
"""Corpus GN: what citizens and their relatives keep and forward.

Min Plan pages saved from the browser, pages printed to PDF, photographed or scanned paper
(OCR'd with Tesseract), e-mails that forward an agreement or a decision to a relative or a
lawyer, English translations, documents with the citizen's own notes, plus the odds and ends
such a person keeps (calendar invitations, SMS exports, a complaint letter, a welcome letter).

Run:  /work/main/.venv/bin/python make_corpus_gn.py --out /work/corpora/gn [--seed 1616]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html as htmlmod
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_COLOR_INDEX
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

R = random.Random(1616)

# --------------------------------------------------------------------------- fonts
FONT = "Helvetica"
FONT_B = "Helvetica-Bold"
for cand, bold in (("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
                   ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")):
    if Path(cand).exists() and Path(bold).exists():
        pdfmetrics.registerFont(TTFont("GNSans", cand))
        pdfmetrics.registerFont(TTFont("GNSans-Bold", bold))
        FONT, FONT_B = "GNSans", "GNSans-Bold"
        break

# --------------------------------------------------------------------------- data
KOMMUNER = ["Aarhus", "Odense", "Vejle", "Randers", "Holbæk", "Næstved", "Silkeborg", "Horsens",
            "Herning", "Kolding", "Roskilde", "Esbjerg", "Slagelse", "Viborg", "Svendborg",
            "Frederikshavn", "Guldborgsund", "Sønderborg"]
CITIZENS = ["Sanne Petersen", "Ahmed Rahimi", "Jonas Mikkelsen", "Camilla Friis", "Mikkel Lund",
            "Aisha Warsame", "Tobias Krogh", "Louise Berg", "Daniel Møller", "Nadia Kovač",
            "Emil Sørensen", "Julie Thygesen", "Oliver Hansen", "Marwa Ali", "Frederik Nissen",
            "Dorthe Vinther", "Kristian Bech", "Yasmin Haddad", "Rasmus Dahl", "Ida Winther",
            "Mohammed Osman", "Tina Lykke", "Sofie Kragh", "Anders Brink", "Hiba Yousef",
            "Kenneth Thorsen", "Maja Ravn", "Patrick Jessen", "Zainab Nuur", "Bo Kjeldsen"]
MENTORS = [("Lars Østergaard", "Jobhuset Vest"), ("Mette Kjær", "Mentorhuset ApS"),
           ("Bilal Hussein", "Broen til Job"), ("Signe Holm", "Kommunens mentorteam"),
           ("Peter Dam", "Headway Mentor"), ("Hanne Juul", "Kompetencecenter Nord"),
           ("Kasper Nørgaard", "Jobhuset Vest"), ("Fatima El-Sayed", "Mentorhuset ApS"),
           ("Jens Bak", "Ungeindsatsen"), ("Rikke Vestergaard", "Kommunens mentorteam"),
           ("Thomas Krag", "Netværket Job & Trivsel"), ("Mona Frandsen", "Broen til Job")]
CASEWORKERS = ["Birgitte Lauridsen", "Morten Skov", "Anja Riis", "Henrik Thomsen",
               "Lene Kristiansen", "Karina Bruun", "Søren Vad", "Pernille Falk"]
LAWYERS = [("Karen Lindholm", "Lindholm Advokater", "kl@lindholm-adv.dk"),
           ("Jakob Holst", "Advokatfirmaet Holst & Riis", "jh@holstriis.dk"),
           ("Nina Bro", "Rådgivningen, Dansk Handicap Forbund", "raadgivning@dhf.dk"),
           ("Ulla Mose", "Retshjælpen i Nordjylland", "ulla@retshjaelp-nord.dk")]
RELATIVES = [("mor", "Hej mor"), ("far", "Hej far"), ("Pia", "Hej Pia"), ("Morten", "Hej Morten"),
             ("Rania", "Hej Rania"), ("Henning", "Hej Henning")]

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def fdate(d: dt.date, style: str | None = None) -> str:
    style = style or R.choice(["long", "long", "dots", "dots0", "slash", "iso", "short"])
    if style == "long":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "dots":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dots0":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return f"{d.day}. {MONTHS[d.month-1][:3]}. {d.year}"
    if style == "en":
        return f"{d.day} {MONTHS_EN[d.month-1]} {d.year}"
    raise ValueError(style)


def phone() -> str:
    return f"{R.randint(20, 99)} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}"


def slug(name: str) -> str:
    t = name.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("č", "c"), (" ", "."), ("-", "")):
        t = t.replace(a, b)
    return t


def make_cpr() -> str:
    d = dt.date(R.randint(1968, 2006), R.randint(1, 12), R.randint(1, 28))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{R.randint(1000, 9999)}"


def casenr() -> str:
    return f"{R.randint(10, 99)}.{R.randint(10, 99)}.{R.randint(10, 99)}-G01-{R.randint(100, 9999)}-26"


# --------------------------------------------------------------------------- field texts
def goal_clear(first: str, d: dt.date, en: bool = False) -> str:
    if en:
        return R.choice([
            f"{first} is in a work placement at Netto 15 hours a week by {fdate(d, 'en')}, with a view to a wage-subsidy job.",
            f"{first} starts the basic course (Grundforløb 1, smith) at EUC Syd on {fdate(d, 'en')} and attends at least four days a week.",
            f"{first} has ordinary work as a warehouse assistant at Dagrofa, 20 hours a week, by {fdate(d, 'en')}.",
            f"{first} completes the Danish FVU course step 2 at VUC and attends 90 % of the lessons until {fdate(d, 'en')}.",
        ])
    return R.choice([
        f"{first} er i virksomhedspraktik 15 timer om ugen i Netto senest {fdate(d)}, med henblik på løntilskud.",
        f"{first} starter på grundforløb 1 (smed) på EUC Syd den {fdate(d)} og møder mindst fire dage om ugen.",
        f"{first} har ordinære timer som lagermedarbejder hos Dagrofa, 20 timer om ugen, senest {fdate(d)}.",
        f"{first} gennemfører FVU-dansk trin 2 på VUC og møder til mindst 90 % af undervisningen frem til {fdate(d)}.",
        f"{first} fastholder sit fleksjob som køkkenmedhjælper på plejecentret Solbakken (12 timer om ugen) og har højst to fraværsdage om måneden.",
        f"{first} starter på SOSU-hjælperuddannelsen den {fdate(d)} og har et fremmøde på mindst 90 % i første skoleperiode.",
        f"{first} er i løntilskudsjob som pedelmedhjælper på Østre Skole 25 timer om ugen fra {fdate(d)}.",
        f"{first} gennemfører 10 ugers praktik i Bauhaus' tømmerafdeling og møder til tiden mindst 4 dage om ugen.",
    ])


def goal_unclear(en: bool = False) -> str:
    if en:
        return R.choice(["Support to move forward and increased well-being.",
                         "Help with structure in everyday life."])
    return R.choice([
        "Støtte til at komme videre og øget trivsel.",
        "Hjælp til struktur i hverdagen.",
        "At borgeren kommer tættere på arbejdsmarkedet.",
        "Øget selvværd og motivation.",
        "Sikre at borgeren får det bedre og får mere overskud.",
        "Motivere til at komme videre i livet.",
    ])


TASKS_DA = [
    "Følges med til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde og transport",
    "Hjælp til at planlægge ugen og læse Digital Post",
    "Kontakt til lederen på arbejdspladsen ved fravær",
    "Deltage i samtaler med studievejledningen og SU-kontoret",
    "Træne busruten til skolen de første dage",
    "Hjælp til at lave et budget, så huslejen bliver betalt til tiden",
    "Sparring om konflikter med kolleger",
    "Ringe om morgenen, hvis borgeren ikke er mødt",
]
TASKS_EN = [
    "Go with you to the work placement for the first two weeks",
    "A weekly talk about attendance and transport",
    "Help you plan the week and read your Digital Post",
    "Contact your manager at work if you are absent",
    "Join meetings with the student counsellor",
]


def tasks(en: bool = False, n: int | None = None) -> list[str]:
    pool = TASKS_EN if en else TASKS_DA
    return R.sample(pool, n or R.randint(2, 4))


def hours_clear(en: bool = False) -> str:
    if en:
        return R.choice(["3 hours a week", "2 hours per week", "4 hours a week"])
    return R.choice(["3 timer pr. uge", "2 t/uge", "4 timer ugentligt", "8 timer om måneden",
                     "2,5 timer om ugen", "5 timer pr. uge de første 4 uger, derefter 3 timer pr. uge"])


def hours_vague(en: bool = False) -> str:
    if en:
        return "as needed"
    return R.choice(["et par timer om ugen", "efter behov", "løbende efter aftale", "nogle timer om ugen"])


def follow_clear(d: dt.date, en: bool = False) -> str:
    if en:
        return R.choice([
            "Status meeting with your mentor and caseworker every 4 weeks; evaluation 14 days before the period ends.",
            f"We follow up every month at the jobcentre. Milestone: attendance 3 days a week from {fdate(d, 'en')}.",
        ])
    return R.choice([
        "Statusmøde med mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før perioden slutter.",
        f"Vi følger op hver måned på et møde i jobcentret. Delmål: fremmøde 3 dage om ugen fra {fdate(d)}.",
        f"Midtvejsevaluering {fdate(d)}; slutevaluering senest 14 dage før ophør.",
        "Mentor sender en kort status hver 14. dag. Fælles opfølgningsmøde hver måned, hvor vi ser på delmålene.",
        "Opfølgningssamtale hver 6. uge. Progression måles på fremmøde og antal timer i praktikken.",
    ])


def follow_vague(en: bool = False) -> str:
    if en:
        return "As needed."
    return R.choice(["Der følges op efter behov.", "Opfølgning sker løbende.",
                     "Vi tager en snak, når det giver mening."])


def appeal_full(kommune: str, en: bool = False) -> str:
    if en:
        return (f"If you disagree with the decision, you must complain to {kommune} Municipality "
                "within four weeks of receiving it. The municipality will reconsider its decision "
                "within four weeks. If the municipality upholds its decision, your complaint is "
                "forwarded to Ankestyrelsen (the National Social Appeals Board).")
    return R.choice([
        "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
        "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis "
        "kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som "
        "tager stilling til afgørelsen.",
        f"Du kan klage over afgørelsen til {kommune} Kommune, Jobcenter {kommune}, inden 4 uger efter, at "
        "du har modtaget den. Du kan klage mundtligt eller skriftligt. Vi genvurderer afgørelsen "
        "inden 4 uger. Fastholder vi afgørelsen, sender vi din klage videre til Ankestyrelsen, jf. "
        "LAB § 204 og retssikkerhedslovens kapitel 10.",
        "Ring eller skriv til din sagsbehandler senest fire uger efter, at du har fået dette brev. "
        "Jobcentret ser på sagen igen, og giver vi dig ikke ret, sender vi klagen til "
        "Ankestyrelsen. Du behøver ikke begrunde din klage.",
    ])


def appeal_incomplete() -> str:
    return R.choice(["Du kan klage over afgørelsen.",
                     "Er du uenig, kan du kontakte din sagsbehandler.",
                     "Du kan klage til kommunen, hvis du er uenig."])


def appeal_wrong() -> str:
    return ("Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. "
            "Klagen sendes til Ankestyrelsen, 7998 Statsservice.")


# --------------------------------------------------------------------------- case
class Case:
    def __init__(self, en: bool = False, cpr: bool = False):
        self.en = en
        self.kommune = R.choice(KOMMUNER)
        self.citizen = R.choice(CITIZENS)
        self.first = self.citizen.split()[0]
        self.mentor, self.provider = R.choice(MENTORS)
        self.mphone = phone()
        dom = slug(self.provider).replace(".", "").replace("'", "")[:14]
        self.mmail = f"{slug(self.mentor).split('.')[0]}@{dom}.dk"
        self.cw = R.choice(CASEWORKERS)
        self.cwphone = phone()
        self.cpr = make_cpr() if cpr else None
        self.case = casenr()
        self.start = dt.date(2026, R.randint(1, 10), R.choice([1, 1, 1, 15]))
        self.months = R.choice([3, 4, 6, 6, 6, 5])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.goal_date = add_months(self.start, R.randint(2, 4))
        self.tasks = tasks(en)
        self.hours = hours_clear(en)
        self.follow = follow_clear(add_months(self.start, 2), en)
        self.goal = goal_clear(self.first, self.goal_date, en)
        self.appeal = appeal_full(self.kommune, en)
        self.letter_date = self.start - dt.timedelta(days=R.randint(5, 20))
        self.period_text = None
        self.rules: set[str] = set()
        self.extras: set[str] = set()
        self.traits: list[str] = []
        self.mentor_line_ok = True
        self.phone_only = False

    def period(self, style=None) -> str:
        if self.period_text:
            return self.period_text
        if self.en:
            return f"{fdate(self.start, 'en')} – {fdate(self.end, 'en')}"
        s = style or R.choice(["a", "a", "b", "c"])
        if s == "a":
            st = R.choice(["long", "dots0", "dots"])
            return f"{fdate(self.start, st)} – {fdate(self.end, st)}"
        if s == "b":
            return f"fra {fdate(self.start, 'long')} til {fdate(self.end, 'long')}"
        return f"{fdate(self.start, 'dots0')}-{fdate(self.end, 'dots0')}"

    # defects ------------------------------------------------------------
    def apply(self, kind: str, defects: list[str]):
        for d in defects:
            self.traits.append("defect:" + d)
            if d == "missing-goal":
                self.goal = R.choice([None, "Udfyldes senere", "-"]) if not self.en else None
            elif d == "unclear-goal":
                self.goal = goal_unclear(self.en)
            elif d == "missing-mentor":
                self.mentor_line_ok = False
            elif d == "missing-tasks":
                self.tasks = R.choice([None, ["-"]])
            elif d == "missing-duration":
                self.period_text = R.choice(["", "indtil videre", "Udfyldes senere"]) if not self.en else ""
            elif d == "duration-over-6-months":
                self.months = R.choice([8, 9, 12, 7])
                self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
                self.traits.append(f"period:{self.months}m")
            elif d == "missing-follow-up":
                self.follow = R.choice([None, follow_vague(self.en)])
            elif d == "missing-hours":
                self.hours = R.choice([None, hours_vague(self.en)])
            elif d == "missing-appeal-guidance":
                self.appeal = R.choice([None, appeal_incomplete()]) if not self.en else None
            elif d == "appeal-wrong-route":
                self.appeal = appeal_wrong()
                self.extras.add("appeal-wrong-route")
                continue
            self.rules.add(d)

    def mentor_value(self) -> str | None:
        if not self.mentor_line_ok:
            return R.choice([f"{self.mentor}", f"{self.mentor}, {self.provider}", "Tildeles senere"])
        if self.phone_only:
            return R.choice([f"{self.mentor}, {self.provider}, tlf. {self.mphone}",
                             f"{self.mentor} ({self.provider}) – tlf. {self.mphone}"])
        return R.choice([f"{self.mentor}, {self.provider}, tlf. {self.mphone}, {self.mmail}",
                         f"{self.mentor} ({self.provider}) – tlf. {self.mphone}",
                         f"{self.mentor}, {self.provider}, e-mail {self.mmail}"])

    def period_entry(self):
        if self.period_text is not None and self.period_text == "" or self.period_text in ("indtil videre", "Udfyldes senere"):
            return None
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


# --------------------------------------------------------------------------- blocks
# A document is a list of blocks: ("h1", t) ("h2", t) ("p", t) ("kv", label, value) ("ul", [..])
# ("note", t)  [citizen's own note]  ("small", t)

def agreement_blocks(c: Case, style: str) -> list:
    b: list = []
    en = c.en
    if en:
        b.append(("h1", R.choice(["Mentor Support Agreement (English translation)",
                                  "Agreement on mentor support – translation"])))
        b.append(("small", f"Translated from Danish: \"Aftale om mentorstøtte\", {c.kommune} Municipality. "
                           "The Danish version is the legally valid one."))
        b.append(("kv", "Name", c.citizen))
        if c.cpr:
            b.append(("kv", "CPR no.", c.cpr))
        b.append(("kv", "Case no.", c.case))
        b.append(("kv", "Goal of the mentor support", c.goal or ""))
        b.append(("kv", "Mentor", (f"{c.mentor}, {c.provider}, phone {c.mphone}, {c.mmail}"
                                    if c.mentor_line_ok else c.mentor)))
        if c.tasks is not None:
            b.append(("h2", "The mentor will help you with"))
            b.append(("ul", c.tasks))
        b.append(("kv", "Period", c.period() if c.period_text is None else c.period_text))
        if c.hours is not None:
            b.append(("kv", "Hours", c.hours))
        if c.follow is not None:
            b.append(("kv", "Follow-up", c.follow))
        if c.appeal is not None:
            b.append(("h2", "How to appeal"))
            b.append(("p", c.appeal))
        b.append(("p", f"Caseworker: {c.cw}, Jobcenter {c.kommune}, phone {c.cwphone}"))
        return b
    title = R.choice(["Aftale om mentorstøtte", "Mentoraftale", "Skriftlig aftale om mentorstøtte efter LAB § 167",
                      "Aftale om mentorstøtte (LAB § 167)"])
    b.append(("small", f"Jobcenter {c.kommune} · {fdate(c.letter_date, 'long')}"))
    b.append(("h1", title))
    b.append(("kv", "Borger", c.citizen))
    if c.cpr:
        b.append(("kv", "CPR-nr.", c.cpr))
    b.append(("kv", "Sagsnr.", c.case))
    if style == "numbered":
        b.append(("p", f"1) Målet med mentorstøtten: {c.goal or ''}"))
        b.append(("p", f"2) Mentorens navn og kontaktdata: {c.mentor_value()}"))
        if c.tasks is not None:
            b.append(("p", "3) Hvilke opgaver mentoren skal bistå ved: " + "; ".join(c.tasks)))
        pt = c.period() if c.period_text is None else c.period_text
        fu = c.follow if c.follow is not None else ""
        if c.follow is not None:
            b.append(("p", f"4) Varighed og opfølgning: {pt}. {fu}"))
        else:
            b.append(("p", f"4) Varighed: {pt}"))
        b.append(("p", f"5) Timetal: {c.hours if c.hours is not None else ''}"))
        if c.appeal is not None:
            b.append(("p", f"6) Klagevejledning: {c.appeal}"))
    elif style == "prose":
        b.append(("p", f"Kære {c.first}"))
        b.append(("p", "Her får du det, vi blev enige om på mødet, skrevet ned."))
        if c.goal and c.goal.startswith(c.first):
            b.append(("p", f"Målet er, at {c.goal}"))
        elif c.goal:
            b.append(("p", f"Målet med mentorstøtten: {c.goal}"))
        if c.mentor_line_ok:
            b.append(("p", f"Din mentor er {c.mentor} fra {c.provider}. Du kan ringe til {c.mentor.split()[0]} på {c.mphone}"
                           + ("." if c.phone_only else f" eller skrive til {c.mmail}.")))
        else:
            b.append(("p", f"Din mentor bliver {c.mentor} fra {c.provider}."))
        if c.tasks is not None:
            b.append(("p", "Mentoren skal hjælpe dig med: " + ", ".join(t[0].lower() + t[1:] for t in c.tasks) + "."))
        if c.period_text is None:
            b.append(("p", f"Mentorstøtten gælder {c.period('b')}."))
        elif c.period_text:
            b.append(("p", f"Mentorstøtten gælder {c.period_text}."))
        if c.hours is not None:
            b.append(("p", f"Du har {c.hours} sammen med din mentor."))
        if c.follow is not None:
            b.append(("p", c.follow))
        if c.appeal is not None:
            b.append(("h2", R.choice(["Hvis du vil klage", "Klagevejledning"])))
            b.append(("p", c.appeal))
    else:  # labels
        b.append(("kv", R.choice(["Mål", "Målet med mentorstøtten", "Formål"]), c.goal or ""))
        b.append(("kv", R.choice(["Mentor", "Mentorens navn og kontaktdata"]), c.mentor_value()))
        if c.tasks is not None:
            b.append(("h2", R.choice(["Mentorens opgaver", "Indsatsområder", "Støtten består i"])))
            b.append(("ul", c.tasks))
        b.append(("kv", R.choice(["Periode", "Varighed", "Bevilget periode"]),
                  c.period() if c.period_text is None else c.period_text))
        if c.hours is not None:
            b.append(("kv", R.choice(["Timetal", "Antal timer", "Timer"]), c.hours))
        if c.follow is not None:
            b.append(("kv", R.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]), c.follow))
        if c.appeal is not None:
            b.append(("h2", R.choice(["Klagevejledning", "Sådan klager du"])))
            b.append(("p", c.appeal))
    b.append(("p", f"Sagsbehandler: {c.cw}, Jobcenter {c.kommune}, tlf. {c.cwphone}"))
    b.append(("p", "Underskrift borger: ____________________     Underskrift sagsbehandler: ____________________"))
    return b


def decision_blocks(c: Case, sub: str) -> list:
    b: list = []
    en = c.en
    if en:
        b.append(("small", f"Jobcenter {c.kommune} – translation of the letter of {fdate(c.letter_date, 'en')}"))
        b.append(("h1", {"grant": "Decision: you have been granted mentor support",
                         "partial": "Decision on mentor support – partly granted",
                         "extension": "Decision: extension of your mentor support",
                         "refusal": "Decision: refusal of mentor support",
                         "end": "Decision: your mentor support ends"}[sub]))
        b.append(("p", f"Dear {c.first}"))
        if sub in ("grant", "partial", "extension"):
            b.append(("p", f"You have been granted mentor support under section 167 of the Danish Active Employment Act for the period {c.period()}, {c.hours}."))
            if sub == "partial":
                b.append(("p", "You applied for 6 hours a week. We have granted fewer hours because the placement only runs three days a week. We have placed weight on your own description of your needs."))
            b.append(("p", f"Your mentor is {c.mentor}, {c.provider}."))
        elif sub == "refusal":
            b.append(("p", "We have refused your application for mentor support. We have placed weight on the fact that your study programme already offers a student coach, cf. section 167 of the Active Employment Act."))
        else:
            b.append(("p", f"Your mentor support ends on {fdate(c.end, 'en')} because you have started your education and no longer need support."))
        if c.appeal is not None:
            b.append(("h2", "How to appeal"))
            b.append(("p", c.appeal))
        b.append(("p", f"Kind regards\n{c.cw}\nJobcenter {c.kommune}"))
        return b
    b.append(("small", f"{c.kommune} Kommune · Jobcenter · {fdate(c.letter_date, 'long')}"))
    b.append(("p", c.citizen))
    if c.cpr:
        b.append(("kv", "CPR-nr.", c.cpr))
    b.append(("kv", "Sagsnummer", c.case))
    title = {"grant": R.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"]),
             "partial": R.choice(["Afgørelse om mentorstøtte – delvis bevilling", "Afgørelse: Du får færre timer med mentor end ansøgt"]),
             "extension": R.choice(["Afgørelse om forlængelse af mentorstøtte", "Forlængelse af din mentorstøtte"]),
             "refusal": R.choice(["Afslag på mentorstøtte", "Afgørelse – afslag på ansøgning om mentorstøtte"]),
             "end": R.choice(["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"])}[sub]
    b.append(("h1", title))
    b.append(("p", f"Kære {c.first}"))
    per = c.period() if c.period_text is None else c.period_text
    if sub == "grant":
        b.append(("p", f"Du har fået bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden {per}. Du får {c.hours} med din mentor."))
        b.append(("p", f"Din mentor er {c.mentor} fra {c.provider}. Den skriftlige aftale om mentorstøtten finder du i Min Plan på Jobnet."))
    elif sub == "partial":
        b.append(("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Vi har bevilget mentorstøtte i perioden {per}, men med færre timer: {c.hours}."))
        if "no-reasons" not in c.traits:
            b.append(("h2", "Begrundelse"))
            b.append(("p", "Vi har lagt vægt på, at din praktik kun er tre dage om ugen, og at mentoren ikke skal være med på de dage, hvor du går på sprogskole, jf. LAB § 167, stk. 1."))
    elif sub == "extension":
        b.append(("p", f"Din mentorstøtte er forlænget. Forlængelsen gælder for perioden {per} med {c.hours}."))
        b.append(("h2", "Begrundelse"))
        b.append(("p", "Vi har vurderet, at du stadig har brug for støtte for at kunne fastholde praktikken. Vi har lagt vægt på mentorens status fra sidste opfølgningsmøde, jf. LAB § 167, stk. 1, 2. pkt."))
    elif sub == "refusal":
        b.append(("p", "Vi har givet dig afslag på din ansøgning om mentorstøtte."))
        if "no-reasons" not in c.traits:
            b.append(("h2", "Begrundelse"))
            b.append(("p", "Vi har lagt vægt på, at din uddannelsesinstitution tilbyder en elevcoach og SPS-støtte, som dækker dit behov. Mentorstøtte gives kun, hvor støtten går ud over det, skolen normalt giver, jf. LAB § 167."))
    elif sub == "end":
        b.append(("p", f"Din mentorstøtte ophører den {fdate(c.end, 'long')}."))
        b.append(("h2", "Begrundelse"))
        b.append(("p", "Du er startet i ordinært job 30 timer om ugen og har på opfølgningsmødet sagt, at du ikke længere har brug for mentor. Vi har lagt vægt på dette, jf. LAB § 167."))
    if c.appeal is not None:
        b.append(("h2", R.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])))
        b.append(("p", c.appeal))
    b.append(("p", f"Med venlig hilsen\n{c.cw}\nJobcenter {c.kommune}, tlf. {c.cwphone}"))
    return b


# --------------------------------------------------------------------------- renderers
def blocks_text(blocks: list, notes_marker: str = "") -> str:
    out: list[str] = []
    for bl in blocks:
        t = bl[0]
        if t == "h1":
            out += ["", bl[1], "=" * min(len(bl[1]), 60), ""]
        elif t == "h2":
            out += ["", bl[1], ""]
        elif t == "p" or t == "small":
            out += [bl[1], ""]
        elif t == "kv":
            out += [f"{bl[1]}: {bl[2]}"]
        elif t == "ul":
            out += [f"- {x}" for x in bl[1]] + [""]
        elif t == "note":
            out += ["", f"{notes_marker}{bl[1]}", ""]
    return "\n".join(out).replace("\n\n\n", "\n\n").strip() + "\n"


def blocks_docx(blocks: list, path: Path):
    d = Document()
    for bl in blocks:
        t = bl[0]
        if t == "h1":
            d.add_heading(bl[1], level=1)
        elif t == "h2":
            d.add_heading(bl[1], level=2)
        elif t == "p":
            d.add_paragraph(bl[1])
        elif t == "small":
            p = d.add_paragraph()
            r = p.add_run(bl[1]); r.font.size = Pt(8)
        elif t == "kv":
            p = d.add_paragraph()
            r = p.add_run(bl[1] + ": "); r.bold = True
            p.add_run(bl[2])
        elif t == "ul":
            for x in bl[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "note":
            p = d.add_paragraph()
            r = p.add_run(bl[1]); r.italic = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    d.core_properties.author = "Bruger"
    d.core_properties.created = dt.datetime(2026, 11, 1)
    d.core_properties.modified = dt.datetime(2026, 11, 1)
    d.save(str(path))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split(" "):
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and cur:
                lines.append(cur); cur = w
            else:
                cur = t
        lines.append(cur)
    return lines


def blocks_pdf(blocks: list, path: Path, browser: tuple[str, str] | None = None, big: bool = False,
               compact: bool = False):
    """Draw blocks with reportlab. browser = (page title, url) adds a browser print header/footer."""
    stamp = f"{R.randint(1, 28):02d}.{R.randint(1, 11):02d}.2026 {R.randint(8, 21):02d}.{R.randint(0, 59):02d}"
    n = _blocks_pdf(blocks, io.BytesIO(), browser, big, compact, stamp, None)
    _blocks_pdf(blocks, str(path), browser, big, compact, stamp, n)
    return n


def _blocks_pdf(blocks, target, browser, big, compact, browser_stamp, total):
    c = canvas.Canvas(target, pagesize=A4, invariant=1)
    W, H = A4
    left, right = 60, W - 60
    size = 12 if big else (8.5 if compact else 10.5)
    y = H - 70
    page = [1]
    pages_text: list = []

    def header():
        if browser:
            c.setFont(FONT, 7.5)
            c.drawString(30, H - 25, browser_stamp)
            c.drawCentredString(W / 2, H - 25, browser[0][:70])

    def footer():
        if browser:
            c.setFont(FONT, 7.5)
            c.drawString(30, 20, browser[1][:95])
            c.drawRightString(W - 30, 20, f"{page[0]}/{total or 1}")

    header()

    def newline(h):
        nonlocal y
        if y - h < 60:
            footer(); c.showPage(); page[0] += 1; header(); y = H - 70
        y -= h

    for bl in blocks:
        t = bl[0]
        if t == "h1":
            for ln in wrap(bl[1], FONT_B, size + 5, right - left):
                newline(size + 10); c.setFont(FONT_B, size + 5); c.drawString(left, y, ln)
            newline(6)
        elif t == "h2":
            newline(8)
            for ln in wrap(bl[1], FONT_B, size + 1.5, right - left):
                newline(size + 5); c.setFont(FONT_B, size + 1.5); c.drawString(left, y, ln)
        elif t in ("p", "small", "note"):
            f, s = (FONT, size - 2.5) if t == "small" else (FONT, size)
            if t == "note":
                c.setFillColorRGB(0.1, 0.2, 0.7)
            for ln in wrap(bl[1], f, s, right - left):
                newline(s + 4); c.setFont(f, s); c.drawString(left, y, ln)
            c.setFillColorRGB(0, 0, 0)
            newline(4)
        elif t == "kv":
            lab = bl[1] + ":"
            lw = max(150, pdfmetrics.stringWidth(lab, FONT_B, size) + 8)
            lines = wrap(bl[2], FONT, size, right - left - lw) or [""]
            for i, ln in enumerate(lines):
                newline(size + 4)
                if i == 0:
                    c.setFont(FONT_B, size); c.drawString(left, y, lab)
                c.setFont(FONT, size); c.drawString(left + lw, y, ln)
            newline(2)
        elif t == "ul":
            for x in bl[1]:
                for i, ln in enumerate(wrap(x, FONT, size, right - left - 18)):
                    newline(size + 4); c.setFont(FONT, size)
                    if i == 0:
                        c.drawString(left + 4, y, "•")
                    c.drawString(left + 18, y, ln)
            newline(4)
    footer()
    c.save()
    return page[0]


def esc(s: str) -> str:
    return htmlmod.escape(s)


# --------------------------------------------------------------------------- scans
def scan_pdf(src_pdf: Path, out_pdf: Path, work: Path, rot: float, noise: int, photo: bool = False):
    pre = work / (out_pdf.stem + "_pg")
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(src_pdf), str(pre)], check=True)
    from PIL import Image, ImageFilter
    imgs = sorted(work.glob(out_pdf.stem + "_pg*.png"))
    done = []
    for i, p in enumerate(imgs):
        im = Image.open(p).convert("L")
        w, h = im.size
        nz = Image.frombytes("L", (w // 4, h // 4), R.randbytes((w // 4) * (h // 4))).resize((w, h))
        im = Image.blend(im, nz, noise / 100.0)
        im = im.point(lambda v: 255 if v > 200 else v)
        im = im.rotate(rot, resample=Image.BICUBIC, expand=True, fillcolor=235 if photo else 255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        q = work / f"{out_pdf.stem}_s{i}.png"
        im.save(q)
        done.append(q)
    lst = work / f"{out_pdf.stem}.lst"
    lst.write_text("\n".join(str(x) for x in done) + "\n")
    base = work / f"{out_pdf.stem}_ocr"
    subprocess.run(["tesseract", str(lst), str(base), "-l", "dan", "pdf"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(str(base) + ".pdf", out_pdf)


def photo_jpg(src_pdf: Path, out: Path, work: Path, rot: float):
    pre = work / (out.stem + "_ph")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(src_pdf), str(pre)], check=True)
    from PIL import Image, ImageFilter
    p = sorted(work.glob(out.stem + "_ph*.png"))[0]
    im = Image.open(p).convert("RGB")
    w, h = im.size
    bg = Image.new("RGB", (int(w * 1.08), int(h * 1.06)), (92, 84, 74))
    im = im.rotate(rot, resample=Image.BICUBIC, expand=True, fillcolor=(92, 84, 74))
    bg.paste(im, ((bg.size[0] - im.size[0]) // 2, (bg.size[1] - im.size[1]) // 2))
    shade = Image.linear_gradient("L").resize(bg.size).point(lambda v: 255 - v // 5)
    bg = Image.composite(bg, Image.new("RGB", bg.size, (40, 40, 40)), shade)
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    bg.save(out, quality=72)


# --------------------------------------------------------------------------- Min Plan
OTHER_ACTS = [
    lambda c: ("Virksomhedspraktik", [("Sted", "Føtex, Vestergade"), ("Start", fdate(c.start - dt.timedelta(days=14), "dots0")),
                                      ("Slut", fdate(add_months(c.start, 3), "dots0")), ("Timer pr. uge", "15"),
                                      ("Kontaktperson", f"Butikschef Jan Ravn, tlf. {phone()}")]),
    lambda c: ("Samtale i jobcentret", [("Dato", f"{fdate(add_months(c.start, 1), 'dots0')} kl. 10.00"),
                                        ("Sted", f"Jobcenter {c.kommune}, mødelokale 3"),
                                        ("Kontaktperson", f"{c.cw}, tlf. {c.cwphone}")]),
    lambda c: ("Danskuddannelse (modul 3)", [("Sted", "Sprogcenter Midt"), ("Start", fdate(c.start, "dots0")),
                                             ("Slut", fdate(add_months(c.start, 10), "dots0")), ("Timer pr. uge", "9")]),
    lambda c: ("Træning hos fysioterapeut", [("Sted", "FysioDanmark"), ("Start", fdate(c.start, "dots0")),
                                             ("Slut", fdate(add_months(c.start, 2), "dots0")),
                                             ("Kontaktperson", f"Fysioterapeut Ole Hviid, tlf. {phone()}")]),
    lambda c: ("Løntilskud", [("Sted", "Østre Skole, pedelgruppen"), ("Start", fdate(add_months(c.start, 2), "dots0")),
                              ("Slut", fdate(add_months(c.start, 14), "dots0")), ("Timer pr. uge", "25")]),
]


def mentor_rows(c: Case, en: bool = False) -> list[tuple[str, str]]:
    rows = []
    L = (lambda da, e: e if en else da)
    if c.goal is not None:
        rows.append((L(R.choice(["Mål", "Formål", "Målet med mentorstøtten"]), "Goal"), c.goal))
    if c.mentor_line_ok:
        rows.append((L("Mentor", "Mentor"), f"{c.mentor}, {c.provider}"))
        rows.append((L(R.choice(["Telefon", "Tlf."]), "Phone"), c.mphone))
        if R.random() < 0.5 and not c.phone_only:
            rows.append((L("E-mail", "E-mail"), c.mmail))
    else:
        rows.append((L("Mentor", "Mentor"), R.choice([c.mentor, "Ikke tildelt endnu"]) if not en else c.mentor))
    if c.tasks is not None:
        rows.append((L(R.choice(["Opgaver", "Mentorens opgaver", "Mentoren hjælper med"]), "Tasks"), "; ".join(c.tasks)))
    if c.period_text is None:
        if R.random() < 0.5:
            rows.append((L("Start", "Start"), fdate(c.start, "dots0" if not en else "en")))
            rows.append((L("Slut", "End"), fdate(c.end, "dots0" if not en else "en")))
        else:
            rows.append((L("Periode", "Period"), c.period()))
    elif c.period_text:
        rows.append((L("Periode", "Period"), c.period_text))
    if c.hours is not None:
        rows.append((L(R.choice(["Timer", "Timetal", "Timer pr. uge"]), "Hours"), c.hours))
    return rows


def minplan_model(c: Case, n_other: int, en: bool = False):
    others = [f(c) for f in R.sample(OTHER_ACTS, n_other)]
    mtitle = ("Mentor support (LAB § 167)" if en else
              R.choice(["Mentorstøtte", "Mentorstøtte (§ 167)", "Mentor – igangværende", "Mentorstøtte, LAB § 167"]))
    acts = others[:]
    acts.insert(R.randint(0, len(others)), (mtitle, mentor_rows(c, en)))
    return acts


HTML_HEAD = """<!DOCTYPE html>
<!-- saved from url=({n:04d}){url} -->
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title}</title>
<link rel="stylesheet" href="./{stem}_files/main.css">
<script src="./{stem}_files/bundle.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('js',new Date());</script>
<style>.card{{border:1px solid #ccd;border-radius:6px;padding:12px;margin:10px 0}} .lbl{{color:#555;width:180px;display:inline-block}}</style>
</head><body>
<div id="cookie-banner" class="cookie">Vi bruger cookies for at forbedre din oplevelse. <button>Accepter alle</button> <button>Kun nødvendige</button></div>
<nav class="topnav"><a href="/">Forside</a> | <a href="/min-side">Min side</a> | <a href="/min-plan">Min Plan</a> | <a href="/post">Indbakke (2)</a> | <a href="/logout">Log ud</a></nav>
<main>
"""
HTML_FOOT = """</main>
<footer><p>Jobnet er drevet af Styrelsen for Arbejdsmarked og Rekruttering · <a href="/tilgaengelighed">Tilgængelighedserklæring</a> · <a href="/cookies">Cookies</a></p></footer>
<script>document.querySelectorAll('details').forEach(function(d){{d.addEventListener('toggle',function(){{}})}});</script>
</body></html>
"""


def minplan_html(c: Case, acts, layout: str, title: str, stem: str, en: bool = False, note: str | None = None,
                 intro: str | None = None) -> str:
    url = "https://job.jobnet.dk/CV/Citizen/MyPlan/Overview" if R.random() < 0.6 else f"https://mitjobcenter.{slug(c.kommune)}.dk/min-plan"
    h = [HTML_HEAD.format(n=len(url), url=url, lang="en" if en else "da", title=esc(title), stem=stem)]
    h.append(f"<h1>{esc(title)}</h1>")
    h.append(f"<p class=\"who\">{esc(c.citizen)}" + (f" · CPR {esc(c.cpr)}" if c.cpr else "") + "</p>")
    if intro:
        h.append(f"<p>{esc(intro)}</p>")
    if layout == "dl":
        for t, rows in acts:
            h.append(f"<section class=\"activity\"><h2>{esc(t)}</h2><dl>")
            for k, v in rows:
                h.append(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>")
            h.append("</dl></section>")
    elif layout == "cards":
        h.append('<div class="cards">')
        for t, rows in acts:
            h.append(f'<div class="card"><h3 class="card-title">{esc(t)}</h3>')
            for k, v in rows:
                h.append(f'<div class="row"><span class="lbl">{esc(k)}</span> <span class="val">{esc(v)}</span></div>')
            h.append("</div>")
        h.append("</div>")
    elif layout == "accordion":
        for i, (t, rows) in enumerate(acts):
            h.append(f'<details class="accordion"{" open" if "entor" in t else ""}><summary>{esc(t)}</summary><table class="kv">')
            for k, v in rows:
                h.append(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>")
            h.append("</table></details>")
    elif layout == "activity-list":
        h.append('<h2>' + ("Your activities" if en else "Dine aktiviteter") + '</h2><ul class="activity-list">')
        for t, rows in acts:
            h.append(f'<li><strong>{esc(t)}</strong><ul>')
            for k, v in rows:
                h.append(f"<li>{esc(k)}: {esc(v)}</li>")
            h.append("</ul></li>")
        h.append("</ul>")
    if note:
        h.append(f'<p style="color:#c00;background:#ff0"><i>{esc(note)}</i></p>')
    h.append(HTML_FOOT)
    return "\n".join(h)


def minplan_blocks(c: Case, acts, title: str, en: bool = False) -> list:
    b = [("small", ("My Plan – printed from Jobnet" if en else "Min Plan – udskrevet fra Jobnet")), ("h1", title),
         ("p", c.citizen + (f", CPR {c.cpr}" if c.cpr else ""))]
    for t, rows in acts:
        b.append(("h2", t))
        for k, v in rows:
            b.append(("kv", k, v))
    return b


# --------------------------------------------------------------------------- e-mail
def eml_bytes(frm: str, to: str, subject: str, body: str, when: dt.datetime,
              attachments: list[tuple[str, str, bytes]] = (), html_body: str | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{R.getrandbits(64):x}.{R.getrandbits(32):x}@mail.gn.invalid>"
    m.set_content(body)
    if html_body:
        m.add_alternative(html_body, subtype="html")
    for name, mime, data in attachments:
        maintype, subtype = mime.split("/")
        if maintype == "text":
            m.add_attachment(data.decode("utf-8"), subtype=subtype, filename=name)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(m)


def forward_header(style: str, c: Case, subj: str, when: dt.datetime) -> str:
    sender = f"Jobcenter {c.kommune} <jobcenter@{slug(c.kommune)}.dk>"
    if style == "gmail":
        return (f"---------- Videresendt meddelelse ---------\nFra: {sender}\nDate: {when:%d.%m.%Y} kl. {when:%H.%M}\n"
                f"Subject: {subj}\nTo: {c.citizen} <{slug(c.citizen)}@gmail.com>\n\n")
    if style == "apple":
        return (f"Start på videresendt besked:\n\nFra: {sender}\nEmne: {subj}\nDato: {when.day}. {MONTHS[when.month-1]} {when.year} "
                f"kl. {when:%H.%M}:00 CET\nTil: {c.citizen} <{slug(c.citizen)}@icloud.com>\n\n")
    if style == "outlook":
        return (f"________________________________\nFra: {sender}\nSendt: {when.day}. {MONTHS[when.month-1]} {when.year} {when:%H:%M}\n"
                f"Til: {c.citizen}\nEmne: {subj}\n\n")
    return f"-------- Videresendt besked --------\nEmne: {subj}\nDato: {when:%d-%m-%Y %H:%M}\nFra: {sender}\n\n"


def citizen_intro(c: Case, to_lawyer: bool) -> tuple[str, str]:
    if to_lawyer:
        name, firm, mail = R.choice(LAWYERS)
        txt = R.choice([
            f"Kære {name}\n\nSom aftalt i telefonen sender jeg dig min aftale/afgørelse fra jobcentret. "
            "Jeg synes ikke, det svarer til det, vi talte om på mødet. Kan du kigge på den?\n\n",
            f"Hej {name.split()[0]}\n\nHer er det brev, jeg nævnte. Jeg har fået at vide, at jeg skal reagere hurtigt. "
            "Giv gerne besked om, hvad du tænker.\n\n",
        ])
        sig = f"Venlig hilsen\n{c.citizen}\n"
        return txt + sig, f"{name} <{mail}>"
    rel, greet = R.choice(RELATIVES)
    txt = R.choice([
        f"{greet}\n\nHer er papiret fra jobcentret. Kan du læse det igennem inden vi snakkes ved på søndag? "
        "Jeg forstår ikke helt det med klagen.\n\n",
        f"{greet}\n\nSender lige det her videre som du bad om. Kram\n\n",
        f"{greet}\n\nså kom det endelig. Synes du det ser rigtigt ud?\n\n",
    ])
    return txt + f"{c.first}\n\nSendt fra min iPhone\n", f"{rel} <{slug(rel)}{R.randint(1, 99)}@hotmail.com>"


# --------------------------------------------------------------------------- assembly
NOTES_DA = [
    "Min note: spørg mentoren om vi kan flytte tirsdagsmødet – jeg har tandlæge i uge 12.",
    "NB! Husk busskort. Det der med genvurdering forstår jeg ikke?? Spørg Pia.",
    "(Tilføjet af mig: jeg havde søgt om flere timer end det her.)",
    "Egen kommentar: mødet var godt, men jeg var meget nervøs. Ring til a-kassen om feriepenge.",
    "Note til mig selv: gem dette brev i den blå mappe.",
    "Husk: tag lønsedler og lægeerklæring med næste gang.",
]

AGR_POOL = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
            "duration-over-6-months", "missing-follow-up", "missing-hours", "missing-appeal-guidance"]
MP_POOL = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
           "duration-over-6-months", "missing-hours"]
CONFLICT = [{"missing-goal", "unclear-goal"}, {"missing-duration", "duration-over-6-months"}]


def pick_defects(pool: list[str], p_clean: float = 0.4, counter: dict | None = None) -> list[str]:
    if R.random() < p_clean:
        return []
    n = 1 if R.random() < 0.65 else 2
    # prefer less used defects for variety
    cand = sorted(pool, key=lambda d: (counter.get(d, 0) if counter is not None else 0) + R.random() * 1.5)
    out: list[str] = []
    for d in cand:
        if len(out) == n:
            break
        if any(d in cs and (cs - {d}) & set(out) for cs in CONFLICT):
            continue
        out.append(d)
    if counter is not None:
        for d in out:
            counter[d] = counter.get(d, 0) + 1
    return out


class Corpus:
    def __init__(self, out: Path):
        self.out = out
        self.entries: list[dict] = []
        self.work = Path(tempfile.mkdtemp(prefix="gn_work_"))
        self.soffice_jobs: list[tuple[Path, str, Path]] = []  # (src docx, target ext, final path)
        self.scan_jobs: list = []
        self.counter_agr: dict = {}
        self.counter_mp: dict = {}

    def add(self, rel: str, kind: str, subtype: str, layout: str, c: Case | None, traits: list[str],
            rules: set[str] | None = None, extras: set[str] | None = None, cprs: list[str] | None = None,
            period: dict | None = None):
        fmt = rel.rsplit(".", 1)[1]
        mnc = []
        for cp in (cprs or []) + ([c.cpr] if c and c.cpr else []):
            mnc += [cp, cp.replace("-", "")]
        if mnc:
            traits = traits + ["cpr"]
        rules = set(rules if rules is not None else (c.rules if c else set()))
        extras = set(extras if extras is not None else (c.extras if c else set()))
        if kind == "unknown":
            rules, extras = set(), set()
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": sorted(set(mnc)), "traits": sorted(set(traits + (c.traits if c else [])))}
        if period:
            e["period"] = period
        self.entries.append(e)

    def path(self, rel: str) -> Path:
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p


def kind_period(c: Case):
    return c.period_entry()


def build(out: Path):
    C = Corpus(out)

    # ================================================================ AGREEMENTS
    # 1. forwarded by e-mail (body), to relatives or lawyers
    fwd_styles = ["gmail", "apple", "outlook", "generic", "gmail", "apple"]
    for i, st in enumerate(fwd_styles):
        c = Case(cpr=R.random() < 0.3)
        c.apply("agreement", pick_defects(AGR_POOL, counter=C.counter_agr))
        blocks = agreement_blocks(c, R.choice(["labels", "numbered", "prose"]))
        lawyer = i in (1, 4)
        intro, to = citizen_intro(c, lawyer)
        when = dt.datetime.combine(c.letter_date, dt.time(R.randint(8, 15), R.randint(0, 59)))
        subj0 = R.choice(["Aftale om mentorstøtte", "Din mentoraftale", "Mentoraftale – til underskrift"])
        fwd_when = when + dt.timedelta(days=R.randint(0, 6), hours=R.randint(1, 9))
        att = []
        if i == 4:
            body = intro + "\n" + forward_header(st, c, subj0, when) + "Hej " + c.first + "\n\nDu finder aftalen vedhæftet.\n\nVenlig hilsen\n" + c.cw + "\n"
            att = [("Mentoraftale.txt", "text/plain", blocks_text(blocks).encode("utf-8"))]
            tr = ["email", "forward", "attachment:txt", "to:lawyer"]
        elif i == 5:
            body = intro + "\n" + forward_header(st, c, subj0, when) + "Se vedhæftede aftale.\n"
            pdfp = C.work / f"agr_att_{i}.pdf"
            blocks_pdf(blocks, pdfp)
            att = [("Aftale_mentorstoette.pdf", "application/pdf", pdfp.read_bytes())]
            tr = ["email", "forward", "attachment:pdf", "to:relative"]
        else:
            body = intro + "\n" + forward_header(st, c, subj0, when) + blocks_text(blocks)
            tr = ["email", "forward", f"fwd:{st}", "to:lawyer" if lawyer else "to:relative"]
        fr = f"{c.citizen} <{slug(c.citizen)}@gmail.com>"
        subj = ("VS: " if st == "outlook" else "Fwd: ") + subj0
        rel = f"mail/videresendt/aftale_{i+1:02d}_{slug(c.first)}.eml"
        C.path(rel).write_bytes(eml_bytes(fr, to, subj, body, fwd_when, att))
        C.add(rel, "agreement", "agreement", f"eml-forward-{st}", c, tr, period=kind_period(c))

    # 2. English translations
    for i, fmt in enumerate(["docx", "pdf", "txt", "html"]):
        c = Case(en=True, cpr=R.random() < 0.25)
        d = pick_defects([x for x in AGR_POOL if x != "missing-duration"], counter=C.counter_agr)
        c.apply("agreement", d)
        blocks = agreement_blocks(c, "labels")
        rel = f"oversat/english_mentor_agreement_{i+1:02d}.{fmt}"
        if fmt == "docx":
            blocks_docx(blocks, C.path(rel))
        elif fmt == "pdf":
            blocks_pdf(blocks, C.path(rel))
        elif fmt == "txt":
            C.path(rel).write_text(blocks_text(blocks), encoding="utf-8")
        else:
            h = ["<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Mentor support agreement – translation</title></head><body>"]
            for bl in blocks:
                if bl[0] == "h1": h.append(f"<h1>{esc(bl[1])}</h1>")
                elif bl[0] == "h2": h.append(f"<h2>{esc(bl[1])}</h2>")
                elif bl[0] in ("p", "small"): h.append(f"<p>{esc(bl[1])}</p>")
                elif bl[0] == "kv": h.append(f"<p><b>{esc(bl[1])}:</b> {esc(bl[2])}</p>")
                elif bl[0] == "ul": h.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in bl[1]) + "</ul>")
            h.append("<p><small>Translated by Tolkeservice Danmark for the citizen.</small></p></body></html>")
            C.path(rel).write_text("\n".join(h), encoding="utf-8")
        C.add(rel, "agreement", "agreement", f"english-{fmt}", c, ["english", "translation"], period=kind_period(c))

    # 3. with the citizen's own notes
    for i, fmt in enumerate(["docx", "docx", "pdf", "md"]):
        c = Case(cpr=R.random() < 0.25)
        c.apply("agreement", pick_defects(AGR_POOL, counter=C.counter_agr))
        blocks = agreement_blocks(c, R.choice(["labels", "numbered"]))
        notes = R.sample(NOTES_DA, 2)
        blocks.insert(R.randint(4, len(blocks) - 2), ("note", notes[0]))
        blocks.append(("note", notes[1]))
        rel = f"egne-noter/aftale_med_noter_{i+1:02d}.{fmt}"
        if fmt == "docx":
            blocks_docx(blocks, C.path(rel))
        elif fmt == "pdf":
            blocks_pdf(blocks, C.path(rel))
        else:
            txt = "# Afskrift af min mentoraftale\n\n_Skrevet af fra papiret af min søster, så jeg har den på telefonen._\n\n"
            for bl in blocks:
                if bl[0] == "h1": txt += f"## {bl[1]}\n\n"
                elif bl[0] == "h2": txt += f"### {bl[1]}\n\n"
                elif bl[0] in ("p", "small"): txt += bl[1] + "\n\n"
                elif bl[0] == "kv": txt += f"**{bl[1]}:** {bl[2]}\n\n"
                elif bl[0] == "ul": txt += "".join(f"- {x}\n" for x in bl[1]) + "\n"
                elif bl[0] == "note": txt += f"> {bl[1]}\n\n"
            C.path(rel).write_text(txt, encoding="utf-8")
        C.add(rel, "agreement", "agreement", f"notes-{fmt}", c, ["citizen-notes"], period=kind_period(c))

    # 4. scanned (OCR) and photographed
    for i in range(5):
        c = Case(cpr=R.random() < 0.35)
        c.phone_only = True
        c.apply("agreement", pick_defects(AGR_POOL, counter=C.counter_agr))
        blocks = agreement_blocks(c, R.choice(["labels", "numbered", "prose"]))
        src = C.work / f"agr_scan_src_{i}.pdf"
        if i < 4:
            blocks_pdf(blocks, src, big=True)
        else:
            assert blocks_pdf(blocks, src, compact=True) == 1
        if i < 4:
            rel = f"scannet/aftale_scan_{i+1:02d}.pdf"
            rot = R.choice([-1.2, -0.6, 0.4, 0.9])
            scan_pdf(src, C.path(rel), C.work, rot, R.choice([6, 10, 14]))
            C.add(rel, "agreement", "agreement", "scan-ocr-pdf", c, ["scan", "ocr", f"rot:{rot}"], period=kind_period(c))
        else:
            rel = f"scannet/foto_af_aftale_{i+1:02d}.jpg"
            photo_jpg(src, C.path(rel), C.work, 2.2)
            C.add(rel, "agreement", "agreement", "photo-jpg", c, ["photo", "ocr"], period=kind_period(c))

    # 5. printed to PDF from the self-service page, and docx->pdf
    for i in range(4):
        c = Case(cpr=R.random() < 0.2)
        c.apply("agreement", pick_defects(AGR_POOL, counter=C.counter_agr))
        blocks = agreement_blocks(c, R.choice(["labels", "prose", "numbered"]))
        rel = f"printet/aftale_print_{i+1:02d}.pdf"
        if i < 3:
            blocks_pdf(blocks, C.path(rel), browser=(f"Min side – {blocks[1][1] if blocks[1][0]=='h1' else 'Aftale'}",
                                                       f"https://mitjobcenter.{slug(c.kommune)}.dk/min-side/dokumenter/{R.randint(10000,99999)}"))
            C.add(rel, "agreement", "agreement", "browser-print-pdf", c, ["printed", "browser-header"], period=kind_period(c))
        else:
            src = C.work / f"agr_soffice_{i}.docx"
            blocks_docx(blocks, src)
            C.soffice_jobs.append((src, "pdf", C.path(rel)))
            C.add(rel, "agreement", "agreement", "soffice-pdf", c, ["printed", "soffice"], period=kind_period(c))

    # 6. saved self-service pages (HTML)
    for i in range(3):
        c = Case(cpr=R.random() < 0.3)
        c.apply("agreement", pick_defects(AGR_POOL, counter=C.counter_agr))
        blocks = agreement_blocks(c, "labels")
        stem = f"aftale_gemt_{i+1:02d}"
        url = f"https://mitjobcenter.{slug(c.kommune)}.dk/min-side/aftaler/{R.randint(1000, 9999)}"
        title = [bl[1] for bl in blocks if bl[0] == "h1"][0]
        h = [HTML_HEAD.format(n=len(url), url=url, lang="da", title=esc(title + " – Min side"), stem=stem),
             f"<h1>{esc(title)}</h1>"]
        in_dl = False
        for bl in blocks[2:]:
            if bl[0] == "kv":
                if not in_dl:
                    h.append("<dl class=\"agreement\">"); in_dl = True
                h.append(f"<dt>{esc(bl[1])}</dt><dd>{esc(bl[2])}</dd>")
                continue
            if in_dl:
                h.append("</dl>"); in_dl = False
            if bl[0] == "h2": h.append(f"<h2>{esc(bl[1])}</h2>")
            elif bl[0] in ("p", "small"): h.append(f"<p>{esc(bl[1])}</p>")
            elif bl[0] == "ul": h.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in bl[1]) + "</ul>")
        if in_dl:
            h.append("</dl>")
        h.append(HTML_FOOT)
        rel = f"gemte-sider/{stem}.html"
        C.path(rel).write_text("\n".join(h), encoding="utf-8")
        C.add(rel, "agreement", "agreement", "saved-html-dl", c, ["saved-html", "browser-chrome"], period=kind_period(c))

    # 7. odt / rtf (a relative re-saved the Word file)
    for i, ext in enumerate(["odt", "rtf"]):
        c = Case(cpr=R.random() < 0.25)
        c.apply("agreement", pick_defects(AGR_POOL, counter=C.counter_agr))
        blocks = agreement_blocks(c, R.choice(["labels", "numbered"]))
        blocks.append(("note", R.choice(NOTES_DA)))
        src = C.work / f"agr_conv_{i}.docx"
        blocks_docx(blocks, src)
        rel = f"egne-noter/aftale_gemt_igen_{i+1:02d}.{ext}"
        C.soffice_jobs.append((src, ext, C.path(rel)))
        C.add(rel, "agreement", "agreement", f"soffice-{ext}", c, ["citizen-notes", "resaved"], period=kind_period(c))

    # ================================================================ DECISIONS
    dec_counter: dict = {}

    def dec_case(sub: str, en: bool = False, cpr_p: float = 0.25) -> Case:
        c = Case(en=en, cpr=R.random() < cpr_p)
        pool = ["missing-appeal-guidance"]
        if sub in ("grant", "partial", "extension"):
            pool.append("duration-over-6-months")
        if not en:
            pool.append("appeal-wrong-route")
        wts = {"missing-appeal-guidance": 1.0, "duration-over-6-months": 0.9, "appeal-wrong-route": 2.5}
        d = [] if R.random() < 0.3 else [min(pool, key=lambda x: dec_counter.get(x, 0) * wts[x] + R.random())]
        if d == ["missing-appeal-guidance"] and "duration-over-6-months" in pool and R.random() < 0.3:
            d.append("duration-over-6-months")
        for x in d:
            dec_counter[x] = dec_counter.get(x, 0) + 1
        if sub in ("refusal", "partial") and R.random() < 0.4 and not en:
            c.traits.append("no-reasons"); c.extras.add("missing-reasons")
        if sub == "extension" and "duration-over-6-months" not in d:
            c.traits.append("extension-within-6")
        c.apply("decision", d)
        return c

    def dec_period(c: Case, sub: str):
        return c.period_entry() if sub in ("grant", "partial", "extension") else None

    subs = ["grant", "partial", "refusal", "extension", "end", "grant"]
    for i, sub in enumerate(subs):
        c = dec_case(sub)
        blocks = decision_blocks(c, sub)
        lawyer = i % 2 == 0
        intro, to = citizen_intro(c, lawyer)
        st = R.choice(["gmail", "apple", "outlook", "generic"])
        when = dt.datetime.combine(c.letter_date, dt.time(9, R.randint(0, 59)))
        subj0 = [bl[1] for bl in blocks if bl[0] == "h1"][0]
        if i == 3:
            body = intro + "\n" + forward_header(st, c, subj0, when) + "Brevet er vedhæftet.\n"
            att = [("Afgoerelse.txt", "text/plain", blocks_text(blocks).encode("utf-8"))]
            tr = ["email", "forward", "attachment:txt"]
        else:
            body = intro + "\n" + forward_header(st, c, subj0, when) + blocks_text(blocks)
            att = []
            tr = ["email", "forward", f"fwd:{st}"]
        rel = f"mail/videresendt/afgoerelse_{i+1:02d}_{sub}.eml"
        C.path(rel).write_bytes(eml_bytes(f"{c.citizen} <{slug(c.citizen)}@outlook.dk>", to,
                                          ("VS: " if st == "outlook" else "Fwd: ") + subj0, body,
                                          when + dt.timedelta(days=2), att))
        C.add(rel, "decision", sub, f"eml-forward-{st}", c, tr + ["to:lawyer" if lawyer else "to:relative"],
              period=dec_period(c, sub))

    for i, (sub, fmt) in enumerate([("grant", "pdf"), ("refusal", "docx"), ("extension", "txt")]):
        c = dec_case(sub, en=True)
        blocks = decision_blocks(c, sub)
        rel = f"oversat/english_decision_{i+1:02d}_{sub}.{fmt}"
        if fmt == "pdf": blocks_pdf(blocks, C.path(rel))
        elif fmt == "docx": blocks_docx(blocks, C.path(rel))
        else: C.path(rel).write_text(blocks_text(blocks), encoding="utf-8")
        C.add(rel, "decision", sub, f"english-{fmt}", c, ["english", "translation"], period=dec_period(c, sub))

    for i, sub in enumerate(["grant", "refusal", "partial", "end"]):
        c = dec_case(sub, cpr_p=0.4)
        blocks = decision_blocks(c, sub)
        src = C.work / f"dec_scan_src_{i}.pdf"
        if i < 3:
            blocks_pdf(blocks, src, big=True)
        else:
            assert blocks_pdf(blocks, src, compact=True) == 1
        if i < 3:
            rel = f"scannet/afgoerelse_scan_{i+1:02d}_{sub}.pdf"
            rot = R.choice([-0.8, 0.5, 1.1])
            scan_pdf(src, C.path(rel), C.work, rot, R.choice([8, 12]))
            C.add(rel, "decision", sub, "scan-ocr-pdf", c, ["scan", "ocr", f"rot:{rot}"], period=dec_period(c, sub))
        else:
            rel = f"scannet/foto_afgoerelse_{i+1:02d}_{sub}.png"
            tmp = C.work / "dec_photo.jpg"
            photo_jpg(src, tmp, C.work, -1.8)
            from PIL import Image
            Image.open(tmp).save(C.path(rel))
            C.add(rel, "decision", sub, "photo-png", c, ["photo", "ocr"], period=dec_period(c, sub))

    for i, (sub, fmt) in enumerate([("grant", "docx"), ("partial", "pdf"), ("extension", "docx")]):
        c = dec_case(sub)
        blocks = decision_blocks(c, sub)
        notes = R.sample(NOTES_DA, 2)
        blocks.insert(3, ("note", notes[0]))
        blocks.append(("note", notes[1]))
        rel = f"egne-noter/afgoerelse_med_noter_{i+1:02d}_{sub}.{fmt}"
        if fmt == "docx": blocks_docx(blocks, C.path(rel))
        else: blocks_pdf(blocks, C.path(rel))
        C.add(rel, "decision", sub, f"notes-{fmt}", c, ["citizen-notes"], period=dec_period(c, sub))

    for i, sub in enumerate(["grant", "refusal", "extension"]):
        c = dec_case(sub)
        blocks = decision_blocks(c, sub)
        rel = f"printet/digital_post_{i+1:02d}_{sub}.pdf"
        blocks_pdf(blocks, C.path(rel), browser=("Digital Post – " + [bl[1] for bl in blocks if bl[0] == "h1"][0],
                                                  f"https://www.borger.dk/mit-overblik/digital-post/besked/{R.getrandbits(40):x}"))
        C.add(rel, "decision", sub, "browser-print-pdf", c, ["printed", "digital-post"], period=dec_period(c, sub))

    for i, (sub, ext) in enumerate([("end", "txt"), ("grant", "odt")]):
        c = dec_case(sub)
        blocks = decision_blocks(c, sub)
        rel = f"egne-noter/afgoerelse_kopi_{i+1:02d}_{sub}.{ext}"
        if ext == "txt":
            C.path(rel).write_text("Kopieret fra e-Boks:\n\n" + blocks_text(blocks), encoding="utf-8")
        else:
            src = C.work / f"dec_conv_{i}.docx"; blocks_docx(blocks, src)
            C.soffice_jobs.append((src, "odt", C.path(rel)))
        C.add(rel, "decision", sub, f"copy-{ext}", c, ["copied"], period=dec_period(c, sub))

    # ================================================================ MIN PLAN
    layouts = ["dl", "cards", "accordion", "activity-list", "dl", "cards", "accordion", "activity-list", "cards", "dl"]
    for i, lay in enumerate(layouts):
        c = Case(cpr=R.random() < 0.25)
        c.apply("minplan", pick_defects(MP_POOL, p_clean=0.3, counter=C.counter_mp))
        n_other = R.choice([1, 2, 3]) if i != 0 else 0
        acts = minplan_model(c, n_other)
        stem = f"min_plan_{i+1:02d}"
        title = R.choice(["Min Plan", "Min plan – aktiviteter", "Min Plan · Jobnet"])
        note = R.choice(NOTES_DA) if i in (3, 7) else None
        html = minplan_html(c, acts, lay, title, stem, note=note,
                            intro=R.choice([None, "Her kan du se de aktiviteter, du og jobcentret har aftalt."]))
        rel = f"min-plan/gemt/{stem}.html"
        C.path(rel).write_text(html, encoding="utf-8")
        C.add(rel, "minplan", "minplan", f"saved-html-{lay}", c,
              ["saved-html", f"activities:{n_other + 1}"] + (["citizen-notes"] if note else []), period=kind_period(c))

    for i in range(4):
        c = Case(cpr=R.random() < 0.25)
        c.apply("minplan", pick_defects(MP_POOL, p_clean=0.3, counter=C.counter_mp))
        acts = minplan_model(c, R.choice([1, 2]))
        blocks = minplan_blocks(c, acts, "Min Plan")
        rel = f"min-plan/printet/min_plan_print_{i+1:02d}.pdf"
        blocks_pdf(blocks, C.path(rel), browser=("Min Plan – Jobnet", "https://job.jobnet.dk/CV/Citizen/MyPlan/Overview"))
        C.add(rel, "minplan", "minplan", "browser-print-pdf", c, ["printed", "browser-header"], period=kind_period(c))

    for i in range(2):
        c = Case(cpr=R.random() < 0.3)
        c.phone_only = True
        c.apply("minplan", pick_defects(MP_POOL, p_clean=0.3, counter=C.counter_mp))
        acts = minplan_model(c, 2)
        blocks = minplan_blocks(c, acts, "Min Plan")
        src = C.work / f"mp_scan_{i}.pdf"
        blocks_pdf(blocks, src, big=True)
        rel = f"min-plan/scannet/min_plan_scan_{i+1:02d}.pdf"
        scan_pdf(src, C.path(rel), C.work, R.choice([-0.7, 0.8]), 10)
        C.add(rel, "minplan", "minplan", "scan-ocr-pdf", c, ["scan", "ocr"], period=kind_period(c))

    for i, fmt in enumerate(["html", "pdf"]):
        c = Case(en=True, cpr=False)
        c.apply("minplan", pick_defects([x for x in MP_POOL if x != "missing-duration"], counter=C.counter_mp))
        acts = minplan_model(c, 1, en=True)
        EN = {"Sted": "Place", "Start": "Start", "Slut": "End", "Timer pr. uge": "Hours per week",
              "Kontaktperson": "Contact person", "Dato": "Date"}
        TT = {"Virksomhedspraktik": "Work placement", "Samtale i jobcentret": "Meeting at the jobcentre",
              "Danskuddannelse (modul 3)": "Danish classes (module 3)", "Træning hos fysioterapeut": "Physiotherapy",
              "Løntilskud": "Wage-subsidy job"}
        acts = [(TT.get(t, t), [(EN.get(k, k), v) for k, v in rows]) for t, rows in acts]
        rel = f"oversat/english_my_plan_{i+1:02d}.{fmt}"
        if fmt == "html":
            C.path(rel).write_text(minplan_html(c, acts, "dl", "My Plan (English translation of Min Plan)",
                                                f"my_plan_{i}", en=True), encoding="utf-8")
        else:
            blocks_pdf(minplan_blocks(c, acts, "My Plan – translation", en=True), C.path(rel))
        C.add(rel, "minplan", "minplan", f"english-{fmt}", c, ["english", "translation"], period=kind_period(c))

    for i in range(2):
        c = Case(cpr=R.random() < 0.3)
        c.apply("minplan", pick_defects(MP_POOL, p_clean=0.3, counter=C.counter_mp))
        acts = minplan_model(c, R.choice([1, 2]))
        intro, to = citizen_intro(c, False)
        txt = "Kopieret fra Jobnet:\n\nMin Plan\n\n"
        for t, rows in acts:
            txt += f"{t}\n" + "".join(f"{k}: {v}\n" for k, v in rows) + "\n"
        body = intro.replace("Her er papiret fra jobcentret", "Her er min plan fra Jobnet") + "\n" + txt
        rel = f"mail/min_plan_til_familie_{i+1:02d}.eml"
        C.path(rel).write_bytes(eml_bytes(f"{c.citizen} <{slug(c.citizen)}@gmail.com>", to, "Min plan",
                                          body, dt.datetime(2026, c.start.month, 3, 19, 12)))
        C.add(rel, "minplan", "minplan", "eml-pasted", c, ["email", "pasted-plan", "to:relative"], period=kind_period(c))

    for i in range(2):
        c = Case(cpr=R.random() < 0.3)
        c.apply("minplan", pick_defects(MP_POOL, p_clean=0.3, counter=C.counter_mp))
        acts = minplan_model(c, R.choice([1, 2]))
        blocks = minplan_blocks(c, acts, "Min Plan")
        blocks.insert(3, ("note", R.choice(NOTES_DA)))
        rel = f"egne-noter/min_plan_kopi_{i+1:02d}.docx"
        blocks_docx(blocks, C.path(rel))
        C.add(rel, "minplan", "minplan", "notes-docx", c, ["citizen-notes", "pasted-plan"], period=kind_period(c))

    build_unknown(C)
    build_extra(C)

    # ================================================================ conversions
    if C.soffice_jobs:
        prof = "file:///tmp/lo_gn_profile"
        for ext in sorted({j[1] for j in C.soffice_jobs}):
            srcs = [str(j[0]) for j in C.soffice_jobs if j[1] == ext]
            od = C.work / f"conv_{ext}"
            od.mkdir(exist_ok=True)
            subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", ext,
                            "--outdir", str(od)] + srcs, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=300)
            for src, e2, final in C.soffice_jobs:
                if e2 == ext:
                    shutil.move(str(od / (src.stem + "." + ext)), final)

    write_manifest(out, C.entries)
    shutil.rmtree(C.work, ignore_errors=True)
    return C.entries


def write_manifest(root: Path, entries: list[dict]) -> Path:
    """Same shape as corpusgen.corpus.manifest.write_manifest (sorted by path, compact JSON lines)."""
    path = root / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- unknown
def build_unknown(C: Corpus):
    # 1. calendar invitation from the provider
    c = Case()
    start = dt.datetime.combine(c.start + dt.timedelta(days=8), dt.time(10, 0))
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\n"
           f"DTSTART;TZID=Romance Standard Time:{start:%Y%m%dT%H%M%S}\r\n"
           f"DTEND;TZID=Romance Standard Time:{start + dt.timedelta(hours=1):%Y%m%dT%H%M%S}\r\n"
           f"SUMMARY:Mentormøde – {c.first} / {c.mentor.split()[0]}\r\n"
           f"LOCATION:{c.provider}\\, Vestergade 12\r\nUID:{R.getrandbits(64):x}@gn.invalid\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    body = (f"Hej {c.first}\n\nHer er en invitation til vores første møde. Tag gerne din plan fra jobcentret med.\n"
            f"Hvis tidspunktet ikke passer, så ring eller skriv på {c.mphone}.\n\n{c.mentor}\n{c.provider}\n")
    m = EmailMessage()
    m["From"] = f"{c.mentor} <{c.mmail}>"; m["To"] = f"{c.citizen} <{slug(c.citizen)}@gmail.com>"
    m["Subject"] = f"Invitation: Mentormøde – {start.day}. {MONTHS[start.month-1][:3]}. {start.year} kl. 10.00"
    m["Date"] = format_datetime(start.replace(tzinfo=dt.timezone.utc) - dt.timedelta(days=6))
    m.set_content(body)
    m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    rel = "ukendt/kalenderinvitation_mentormoede.eml"
    C.path(rel).write_bytes(bytes(m))
    C.add(rel, "unknown", "calendar-invitation", "eml-calendar", None, ["email", "calendar"])

    # 2. reminder e-mail from the jobcentre
    c = Case(cpr=False)
    when = dt.datetime.combine(c.start, dt.time(7, 30))
    body = (f"Kære {c.citizen}\n\nDette er en påmindelse om, at du har en samtale i Jobcenter {c.kommune} "
            f"{fdate(c.start + dt.timedelta(days=2), 'long')} kl. 13.00 med {c.cw}.\n\n"
            "Samtalen handler om din plan og din mentorstøtte. Hvis du er forhindret, skal du give besked senest dagen før.\n\n"
            "Mødet kan flyttes på Jobnet under 'Mine aftaler'.\n\nMed venlig hilsen\nJobcenter " + c.kommune +
            "\n\nDenne mail kan ikke besvares.\n")
    rel = "ukendt/paamindelse_samtale.eml"
    C.path(rel).write_bytes(eml_bytes(f"Jobcenter {c.kommune} <noreply@{slug(c.kommune)}.dk>",
                                      f"{slug(c.citizen)}@gmail.com", "Påmindelse om samtale", body, when))
    C.add(rel, "unknown", "reminder", "eml-reminder", None, ["email", "reminder"])

    # 3. SMS export (iPhone export tool)
    c = Case()
    d0 = dt.datetime.combine(c.start, dt.time(8, 2))
    lines = [f"Samtale med {c.mentor} ({c.mphone.replace(' ', '')})", "Eksporteret med iMazing 2.17", ""]
    convo = [("them", f"Hej {c.first}, det er {c.mentor.split()[0]} din nye mentor fra {c.provider}. Vi ses tirsdag kl 10 ved hovedindgangen 🙂"),
             ("me", "Ok super. Hvor lang tid varer det?"),
             ("them", "Ca en time. Vi skal bare snakke om hvordan ugen ser ud og køre ruten til praktikken"),
             ("me", "Jeg er syg i dag 🤒 kan vi flytte"),
             ("them", "Selvfølgelig. Torsdag samme tid? Husk at ringe til praktikstedet"),
             ("me", "Ja det gør jeg"),
             ("them", "Godt klaret i dag! Vi ses næste uge")]
    for k, (who, t) in enumerate(convo):
        ts = d0 + dt.timedelta(days=k * 2, minutes=k * 17)
        lines.append(f"{ts:%d.%m.%Y %H:%M}  {'Mig' if who == 'me' else c.mentor}: {t}")
    rel = "ukendt/sms_eksport_mentor.txt"
    C.path(rel).write_text("\n".join(lines) + "\n", encoding="utf-8")
    C.add(rel, "unknown", "sms-export", "sms-txt", None, ["sms"])

    # 4. SMS backup (Android, XML-ish dumped to text)
    c = Case()
    rows = ["type;dato;afsender;tekst"]
    for k in range(5):
        ts = dt.datetime.combine(c.start + dt.timedelta(days=7 * k), dt.time(9, 0))
        rows.append(f"indgående;{ts:%Y-%m-%d %H:%M};JOBCENTER;Husk dit møde med din mentor {fdate((ts + dt.timedelta(days=1)).date(), 'dots0')} kl. 10.00. Afbud på tlf. {c.cwphone}. Svar ikke på denne sms.")
    rows.append(f"indgående;{c.start + dt.timedelta(days=40)} 12:01;JOBCENTER;Du har fået ny Digital Post fra Jobcenter {c.kommune}. Læs den på borger.dk eller i appen Digital Post.")
    rel = "ukendt/sms_backup_paamindelser.txt"
    C.path(rel).write_text("\n".join(rows) + "\n", encoding="utf-8")
    C.add(rel, "unknown", "sms-export", "sms-csv-txt", None, ["sms", "reminder"])

    # 5. complaint letter (docx) and 6. same kind, scanned
    for i in range(2):
        c = Case(cpr=i == 1)
        blocks = [("p", f"{c.citizen}\n{R.choice(['Søndergade 4, 2. tv.', 'Parkvej 17', 'Æblehaven 3'])}\n{R.randint(4000, 8999)} {c.kommune}"),
                  ("p", f"Jobcenter {c.kommune}\nAtt.: {c.cw}")]
        if c.cpr:
            blocks.append(("p", f"CPR-nr.: {c.cpr}"))
        blocks += [("p", f"{c.kommune}, {fdate(c.start + dt.timedelta(days=20), 'long')}"),
                   ("h1", "Klage over afgørelse om mentorstøtte"),
                   ("p", f"Jeg klager hermed over jeres afgørelse af {fdate(c.start, 'long')} om min mentorstøtte, sagsnr. {c.case}."),
                   ("p", "Jeg søgte om 6 timer om ugen, men har kun fået 2. Det er ikke nok, fordi jeg har brug for at min mentor "
                         "tager med mig til praktikken de første uger. Det stod også i lægeerklæringen, som I har fået."),
                   ("p", "Jeg beder jer om at se på sagen igen, og ellers sende den videre til Ankestyrelsen."),
                   ("p", f"Med venlig hilsen\n\n{c.citizen}")]
        if i == 0:
            rel = "ukendt/min_klage_over_afgoerelsen.docx"
            blocks_docx(blocks, C.path(rel))
            C.add(rel, "unknown", "complaint", "citizen-letter-docx", c, ["complaint"])
        else:
            src = C.work / "klage_src.pdf"
            blocks_pdf(blocks, src, big=True)
            rel = "ukendt/klage_scannet.pdf"
            scan_pdf(src, C.path(rel), C.work, 0.7, 9)
            C.add(rel, "unknown", "complaint", "citizen-letter-scan", c, ["complaint", "scan", "ocr"])

    # 7. provider's welcome letter
    c = Case()
    blocks = [("small", f"{c.provider} · Vestergade 12 · {c.kommune} · www.{slug(c.provider).replace('.', '')}.dk"),
              ("h1", f"Velkommen til {c.provider}"),
              ("p", f"Kære {c.first}"),
              ("p", f"Vi har fået en henvendelse fra Jobcenter {c.kommune} om, at du skal have en mentor hos os. Velkommen! "
                    f"Din mentor bliver {c.mentor}. Du kan altid ringe eller sende en sms på {c.mphone}."),
              ("h2", "Sådan arbejder vi"),
              ("p", "Hos os tager vi udgangspunkt i dig og dine ønsker. Vi mødes der, hvor det giver mening – hjemme, på en café "
                    "eller på arbejdspladsen. Vi har tavshedspligt, og vi deler kun oplysninger med jobcentret, når du har sagt ja."),
              ("h2", "Første møde"),
              ("p", f"{fdate(c.start + dt.timedelta(days=3), 'long')} kl. 10.00 i vores lokaler. Der er kaffe på kanden."),
              ("h2", "Praktisk"),
              ("ul", ["Du kan parkere gratis i gården", "Har du afbud, så giv besked senest kl. 8 samme dag",
                      "Vi holder lukket i uge 29-31"]),
              ("p", f"Venlig hilsen\n{c.provider}")]
    rel = "ukendt/velkomstbrev_mentorforloeb.pdf"
    blocks_pdf(blocks, C.path(rel))
    C.add(rel, "unknown", "welcome-letter", "provider-letter-pdf", None, ["provider"])

    # 8. lawyer's reply, agreement only quoted with ">"
    c = Case()
    name, firm, mail = R.choice(LAWYERS)
    blocks = agreement_blocks(c, "labels")
    quoted = "\n".join("> " + ln if ln else ">" for ln in blocks_text(blocks).splitlines())
    body = (f"Kære {c.first}\n\nTak for din mail. Jeg har kigget på aftalen. Perioden og timetallet ser i orden ud, men vi bør "
            "tale om, om målet passer til det, du ønsker. Jeg har tid torsdag kl. 14 – passer det?\n\n"
            f"Med venlig hilsen\n{name}\n{firm}\n\n"
            f"Den {fdate(c.letter_date + dt.timedelta(days=3), 'long')} kl. 21.14 skrev {c.citizen} <{slug(c.citizen)}@gmail.com>:\n"
            f"> Hej, her er min aftale. Kan du se på den?\n>\n{quoted}\n")
    rel = "mail/svar_fra_advokat.eml"
    C.path(rel).write_bytes(eml_bytes(f"{name} <{mail}>", f"{c.citizen} <{slug(c.citizen)}@gmail.com>",
                                      "SV: Min mentoraftale", body,
                                      dt.datetime.combine(c.letter_date + dt.timedelta(days=4), dt.time(10, 3))))
    C.add(rel, "unknown", "reply-quoting-agreement", "eml-reply-quoted", None, ["email", "reply", "quoted"])

    # 9. citizen asks a sibling for help (mentions the agreement only)
    c = Case()
    body = (f"Hej Pia\n\nJeg har været til møde på jobcentret i dag. De siger jeg skal have en mentor, og at jeg får en aftale "
            "i e-Boks i næste uge. Kan du hjælpe mig med at læse den når den kommer? Jeg bliver så forvirret af de breve.\n\n"
            f"Knus {c.first}\n")
    rel = "mail/hjaelp_til_brevet.eml"
    C.path(rel).write_bytes(eml_bytes(f"{c.citizen} <{slug(c.citizen)}@gmail.com>", "Pia <pia.soester@hotmail.com>",
                                      "kan du hjælpe mig", body, dt.datetime.combine(c.letter_date, dt.time(18, 40))))
    C.add(rel, "unknown", "mail-mention", "eml-mention", None, ["email"])

    # 10. Digital Post notice
    c = Case()
    body = (f"Kære {c.citizen}\n\nDu har modtaget ny post fra {c.kommune} Kommune.\n\nEmne: Afgørelse om mentorstøtte\n\n"
            "Du kan læse posten på borger.dk/digitalpost eller i appen Digital Post.\n\n"
            "Denne e-mail er en notifikation. Du kan ikke svare på den.\n\nDigital Post – Digitaliseringsstyrelsen\n")
    rel = "mail/notifikation_digital_post.eml"
    C.path(rel).write_bytes(eml_bytes("Digital Post <noreply@digitalpost.dk>", f"{slug(c.citizen)}@gmail.com",
                                      "Du har modtaget ny Digital Post", body,
                                      dt.datetime.combine(c.letter_date, dt.time(6, 15))))
    C.add(rel, "unknown", "digital-post-notice", "eml-notice", None, ["email", "notification"])

    # 11. Min Plan without mentor support (other activities only)
    c = Case()
    acts = [f(c) for f in R.sample(OTHER_ACTS, 3)]
    rel = "min-plan/gemt/min_plan_uden_mentor.html"
    C.path(rel).write_text(minplan_html(c, acts, "cards", "Min Plan", "min_plan_uden_mentor"), encoding="utf-8")
    C.add(rel, "unknown", "plan-without-mentor", "saved-html-cards", None, ["saved-html", "no-mentor-activity"])

    # 12. "Mine aftaler" calendar page
    c = Case()
    url = "https://job.jobnet.dk/CV/Citizen/Appointments"
    h = [HTML_HEAD.format(n=len(url), url=url, lang="da", title="Mine aftaler – Jobnet", stem="mine_aftaler"),
         "<h1>Mine aftaler</h1><table class=\"appointments\"><tr><th>Dato</th><th>Tid</th><th>Hvad</th><th>Hvor</th></tr>"]
    for k in range(5):
        d = c.start + dt.timedelta(days=9 * k + 2)
        what = R.choice(["Møde med mentor", "Samtale med sagsbehandler", "Opfølgning på mentorstøtte", "Jobsøgningskursus"])
        h.append(f"<tr><td>{fdate(d, 'dots0')}</td><td>{R.choice(['09.00', '10.30', '13.00'])}</td><td>{what}</td><td>Jobcenter {c.kommune}</td></tr>")
    h.append("</table>" + HTML_FOOT)
    rel = "gemte-sider/mine_aftaler.html"
    C.path(rel).write_text("\n".join(h), encoding="utf-8")
    C.add(rel, "unknown", "appointments", "saved-html-table", None, ["saved-html", "calendar"])

    # 13. a relative's notes from the meeting
    c = Case()
    md = (f"# Noter – møde på jobcentret {fdate(c.letter_date, 'dots0')}\n\n"
          f"Med: {c.first}, mig (far), sagsbehandler {c.cw}\n\n"
          "- Hun snakkede om mentor, måske fra et privat firma\n"
          "- Vi skal huske at spørge til transport (bus kl 7.10?)\n"
          "- Praktik i Netto blev nævnt – ikke aftalt endnu\n"
          "- Næste skridt: brev kommer i e-Boks\n\n"
          "## Spørgsmål til næste gang\n\n"
          "1. Hvem betaler buskort?\n2. Kan mentoren komme hjem til os?\n3. Hvad sker der hvis hun bliver syg?\n")
    rel = "egne-noter/fars_noter_fra_moedet.md"
    C.path(rel).write_text(md, encoding="utf-8")
    C.add(rel, "unknown", "relative-notes", "md-notes", None, ["relative-notes"])

    # 14. the citizen's application for mentor support
    c = Case(cpr=True)
    blocks = [("p", f"{c.citizen}\nCPR: {c.cpr}"),
              ("p", f"Til Jobcenter {c.kommune}"),
              ("h1", "Ansøgning om mentorstøtte"),
              ("p", "Jeg vil gerne søge om at få en mentor. Jeg skal starte i praktik, og jeg har svært ved nye steder og "
                    "ved at komme afsted om morgenen. Min læge mener også, at det vil hjælpe."),
              ("p", "Jeg tænker at det vil være godt med ca. 6 timer om ugen i starten, og gerne en kvinde."),
              ("p", f"Venlig hilsen\n{c.citizen}")]
    rel = "ukendt/ansoegning_om_mentor.docx"
    blocks_docx(blocks, C.path(rel))
    C.add(rel, "unknown", "application", "citizen-letter-docx", c, ["application"])

    # 15. mentor's status note (kept by the citizen)
    c = Case()
    blocks = [("small", f"{c.provider} – statusnotat"),
              ("h1", f"Status på mentorforløb – {c.first}"),
              ("p", f"Periode for status: {fdate(c.start, 'dots0')} – {fdate(add_months(c.start, 2), 'dots0')}"),
              ("p", f"{c.first} er mødt til 14 ud af 16 aftalte møder. Fremmødet i praktikken er steget fra 2 til 4 dage om ugen. "
                    f"{c.first} tager nu selv bussen. Vi anbefaler, at forløbet fortsætter som aftalt."),
              ("p", f"{c.mentor}, mentor")]
    rel = "ukendt/statusnotat_fra_mentor.pdf"
    blocks_pdf(blocks, C.path(rel))
    C.add(rel, "unknown", "status-report", "provider-status-pdf", None, ["status-report"])

    # 16. receipt for a complaint
    c = Case()
    body = (f"Kære {c.citizen}\n\nVi har modtaget din klage af {fdate(c.start + dt.timedelta(days=20), 'long')} over afgørelsen om mentorstøtte. "
            "Vi ser nu på sagen igen og vender tilbage. Vi kan kontakte dig, hvis vi har brug for flere oplysninger.\n\n"
            f"Med venlig hilsen\n{c.cw}\nJobcenter {c.kommune}\n")
    rel = "mail/kvittering_for_klage.eml"
    C.path(rel).write_bytes(eml_bytes(f"Jobcenter {c.kommune} <jobcenter@{slug(c.kommune)}.dk>", f"{slug(c.citizen)}@gmail.com",
                                      "Kvittering: Vi har modtaget din klage", body,
                                      dt.datetime.combine(c.start + dt.timedelta(days=22), dt.time(11, 0))))
    C.add(rel, "unknown", "receipt", "eml-receipt", None, ["email", "receipt"])


def blocks_html(blocks: list, title: str, lang: str = "da") -> str:
    h = [f"<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title></head>"
         "<body style=\"font-family:Calibri,Arial\">"]
    for bl in blocks:
        if bl[0] == "h1": h.append(f"<p style=\"font-size:16pt\"><b>{esc(bl[1])}</b></p>")
        elif bl[0] == "h2": h.append(f"<p><b>{esc(bl[1])}</b></p>")
        elif bl[0] in ("p", "small"): h.append("<p>" + esc(bl[1]).replace("\n", "<br>") + "</p>")
        elif bl[0] == "kv": h.append(f"<p><b>{esc(bl[1])}:</b> {esc(bl[2])}</p>")
        elif bl[0] == "ul": h.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in bl[1]) + "</ul>")
        elif bl[0] == "note": h.append(f"<p style=\"color:#c00\"><i>{esc(bl[1])}</i></p>")
    return "\n".join(h) + "</body></html>"


def build_extra(C: Corpus):
    # forwarded with an HTML body (Outlook), agreement x2 and decision x1
    for i, k in enumerate(["agreement", "agreement", "decision"]):
        sub = "agreement" if k == "agreement" else R.choice(["grant", "extension"])
        if k == "agreement":
            c = Case(cpr=R.random() < 0.25)
            c.apply(k, pick_defects(AGR_POOL, counter=C.counter_agr))
            blocks = agreement_blocks(c, R.choice(["labels", "prose"]))
        else:
            c = Case(cpr=True)
            c.apply(k, ["duration-over-6-months"] if R.random() < 0.5 else [])
            blocks = decision_blocks(c, sub)
        intro, to = citizen_intro(c, i == 2)
        when = dt.datetime.combine(c.letter_date, dt.time(13, 5))
        subj0 = [bl[1] for bl in blocks if bl[0] == "h1"][0]
        st = "oprindelig" if i == 1 else "outlook"
        if st == "oprindelig":
            hdr = (f"-----Oprindelig meddelelse-----\nFra: Jobcenter {c.kommune} <jobcenter@{slug(c.kommune)}.dk>\n"
                   f"Sendt: {when:%d-%m-%Y %H:%M}\nTil: {c.citizen}\nEmne: {subj0}\n\n")
        else:
            hdr = forward_header("outlook", c, subj0, when)
        text = intro + "\n" + hdr + blocks_text(blocks)
        hb = blocks_html([("p", intro)] + [("p", hdr)] + blocks, subj0)
        rel = f"mail/videresendt/outlook_html_{i+1:02d}_{sub}.eml"
        C.path(rel).write_bytes(eml_bytes(f"{c.citizen} <{slug(c.citizen)}@live.dk>", to, "VS: " + subj0, text,
                                          when + dt.timedelta(days=1), html_body=hb))
        C.add(rel, k, sub, f"eml-forward-{st}-html", c, ["email", "forward", "html-part", f"fwd:{st}"],
              period=c.period_entry() if sub in ("agreement", "grant", "extension") else None)

    # forwarded with the Word file attached
    c = Case(cpr=True)
    c.apply("agreement", pick_defects(AGR_POOL, counter=C.counter_agr))
    blocks = agreement_blocks(c, "labels")
    src = C.work / "att_agr.docx"
    blocks_docx(blocks, src)
    intro, to = citizen_intro(c, True)
    body = intro + "\n" + forward_header("gmail", c, "Mentoraftale", dt.datetime(2026, c.letter_date.month, c.letter_date.day, 10, 0)) + \
        f"Kære {c.first}\n\nHermed aftalen, som vi talte om. Underskriv den og send den retur.\n\nVenlig hilsen\n{c.cw}\n"
    rel = "mail/videresendt/aftale_word_vedhaeftet.eml"
    C.path(rel).write_bytes(eml_bytes(f"{c.citizen} <{slug(c.citizen)}@gmail.com>", to, "Fwd: Mentoraftale", body,
                                      dt.datetime(2026, c.letter_date.month, c.letter_date.day, 20, 0),
                                      [("Mentoraftale.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                        src.read_bytes())]))
    C.add(rel, "agreement", "agreement", "eml-forward-docx-attachment", c, ["email", "forward", "attachment:docx", "to:lawyer"],
          period=c.period_entry())

    # bilingual agreement (Danish | English table)
    c = Case(cpr=False)
    c.apply("agreement", pick_defects(AGR_POOL, counter=C.counter_agr))
    d = Document()
    d.add_heading("Aftale om mentorstøtte / Agreement on mentor support", 1)
    d.add_paragraph(f"Jobcenter {c.kommune} · {c.citizen} · sagsnr. {c.case}")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    tasks_txt = "; ".join(c.tasks) if c.tasks else ""
    per = c.period() if c.period_text is None else c.period_text
    rows = [("Mål / Goal", c.goal or ""),
            ("Mentor", (f"{c.mentor}, {c.provider}, tlf./phone {c.mphone}" if c.mentor_line_ok else c.mentor)),
            ("Mentorens opgaver / The mentor's tasks", tasks_txt),
            ("Periode / Period", per),
            ("Timetal / Hours", c.hours or ""),
            ("Opfølgning / Follow-up", c.follow or "")]
    for a, b in rows:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    if c.appeal is not None:
        d.add_heading("Klagevejledning / How to appeal", 2)
        d.add_paragraph(c.appeal)
        if "missing-appeal-guidance" in c.rules:
            d.add_paragraph("You can complain about the decision.")
        elif "appeal-wrong-route" in c.extras:
            d.add_paragraph("You can appeal to Ankestyrelsen within 4 weeks.")
        else:
            d.add_paragraph(appeal_full(c.kommune, True))
    d.add_paragraph(f"Sagsbehandler / Caseworker: {c.cw}, tlf. {c.cwphone}")
    rel = "oversat/tosproget_aftale_da_en.docx"
    d.save(str(C.path(rel)))
    C.add(rel, "agreement", "agreement", "bilingual-table-docx", c, ["english", "bilingual", "table"], period=c.period_entry())

    # Min Plan: overview table + mentor details
    for i in range(3):
        c = Case(cpr=R.random() < 0.3)
        c.apply("minplan", pick_defects(MP_POOL, p_clean=0.3, counter=C.counter_mp))
        acts = minplan_model(c, 2)
        stem = f"min_plan_oversigt_{i+1:02d}"
        url = "https://job.jobnet.dk/CV/Citizen/MyPlan/Activities"
        h = [HTML_HEAD.format(n=len(url), url=url, lang="da", title="Min Plan – Aktiviteter", stem=stem),
             "<h1>Min Plan</h1>", f"<p>{esc(c.citizen)}</p>",
             "<table class=\"overview\"><thead><tr><th>Aktivitet</th><th>Status</th><th>Læs mere</th></tr></thead><tbody>"]
        for tt, rows in acts:
            h.append(f"<tr><td>{esc(tt)}</td><td>{R.choice(['Igangværende', 'Aktiv', 'Planlagt'])}</td><td><a href=\"#a\">Vis detaljer</a></td></tr>")
        h.append("</tbody></table>")
        for tt, rows in acts:
            h.append(f"<h2>{esc(tt)}</h2><table class=\"details\">")
            for k2, v in rows:
                h.append(f"<tr><td class=\"label\">{esc(k2)}</td><td>{esc(v)}</td></tr>")
            h.append("</table>")
        h.append(HTML_FOOT)
        rel = f"min-plan/gemt/{stem}.html"
        C.path(rel).write_text("\n".join(h), encoding="utf-8")
        C.add(rel, "minplan", "minplan", "saved-html-overview-details", c, ["saved-html", "activities:3"], period=c.period_entry())

    # English Min Plan as text, pasted by a volunteer translator
    c = Case(en=True)
    c.apply("minplan", pick_defects([x for x in MP_POOL if x != "missing-duration"], p_clean=0.3, counter=C.counter_mp))
    acts = [(t, r) for t, r in minplan_model(c, 0, en=True)]
    txt = f"My Plan – {c.citizen}\n(translated by a volunteer from Dansk Flygtningehjælp)\n\n"
    for tt, rows in acts:
        txt += tt + "\n" + "".join(f"{k2}: {v}\n" for k2, v in rows)
    rel = "oversat/my_plan_translated.txt"
    C.path(rel).write_text(txt, encoding="utf-8")
    C.add(rel, "minplan", "minplan", "english-txt", c, ["english", "translation"], period=c.period_entry())

    # unknown: the citizen asks for an extension by e-mail; an English leaflet
    c = Case()
    body = (f"Kære {c.cw}\n\nMin mentorstøtte slutter snart, og jeg vil gerne søge om at få den forlænget. "
            "Det går bedre i praktikken, men jeg har stadig brug for hjælp om morgenen.\n\n"
            f"Venlig hilsen\n{c.citizen}\n")
    rel = "mail/ansoegning_om_forlaengelse.eml"
    C.path(rel).write_bytes(eml_bytes(f"{c.citizen} <{slug(c.citizen)}@gmail.com>", f"{c.cw} <jobcenter@{slug(c.kommune)}.dk>",
                                      "Forlængelse af mentor?", body, dt.datetime(2026, 5, 4, 9, 31)))
    C.add(rel, "unknown", "application", "eml-application", None, ["email", "application"])
    blocks = [("h1", "Mentor support – information in English"),
              ("p", "This leaflet explains mentor support for citizens who do not read Danish. It is general guidance."),
              ("h2", "What does the agreement contain?"),
              ("ul", ["The goal of the mentor support", "The mentor's name and contact details",
                      "The tasks the mentor will help with", "How long the agreement lasts (at most 6 months at a time)",
                      "The number of hours", "How you can appeal (within 4 weeks, to the municipality)"]),
              ("p", "Ask your caseworker if something is unclear.")]
    rel = "oversat/leaflet_mentor_support_english.pdf"
    blocks_pdf(blocks, C.path(rel))
    C.add(rel, "unknown", "guidance", "leaflet-pdf", None, ["english", "guidance"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gn")
    ap.add_argument("--seed", type=int, default=1616)
    a = ap.parse_args()
    R.seed(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = build(out)
    from collections import Counter
    print(len(entries), "documents")
    print(Counter(e["kind"] for e in entries))
    print(Counter(e["format"] for e in entries))


if __name__ == "__main__":
    main()
