"""Corpus CA: English and bilingual (Danish/English) mentor-support paperwork.

Written independently from domain.md, the seeds and the rule docs (`mentordocs rules NAME`).
Danish job centres write to expats, refugees and EU citizens in English: agreements fully in
English, bilingual tables and paragraph pairs, Danish templates with English free text,
decisions in English, "My plan" entries, e-mails, and documents that are none of the kinds.

Usage:  python make_corpus_ca.py --out /work/corpora/ca
Deterministic (fixed seed). Needs python-docx, reportlab and LibreOffice (soffice).
"""
from __future__ import annotations

import argparse
import html
import json
import random
import shutil
import subprocess
import tempfile
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

SEED = 20261129
R = random.Random(SEED)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december"]

CITIZENS = ["Olena Kovalenko", "Ahmad Rahimi", "Maria Popescu", "Tomasz Nowak", "Fatima Yusuf",
            "Daniel Okafor", "Lina Haddad", "Jonas Petrauskas", "Ana Silva", "Mohammed Al-Sayed",
            "Irina Petrova", "Samir Haidari", "Elena Georgieva", "Kwame Mensah", "Sofia Rossi",
            "Yusuf Abdi", "Katarzyna Wiśniewska", "Hassan Nuur", "Priya Sharma", "Mateo García",
            "Oksana Melnyk", "Abdullah Karimi", "Bianca Ionescu", "Luis Fernández", "Amina Warsame"]
MENTORS = [("Louise Kjær", "Jobhuset"), ("Peter Mølgaard", "Mentorcentret ApS"),
           ("Sara Lindholm", "Integrationshuset"), ("Rasmus Bech", "Ny Start Mentor"),
           ("Hanne Dalgaard", "Kommunens mentorteam"), ("Ali Demir", "Bro til Job"),
           ("Mette Skov", "VejlederTeamet"), ("Nikolaj Friis", "Mentorhuset"),
           ("Camilla Thorsen", "Jobcenter Mentorkorps"), ("Jakob Winther", "Kompas Mentor")]
CASEWORKERS = ["Birgitte Holm", "Anders Vestergaard", "Trine Lauridsen", "Kasper Nygaard",
               "Susanne Bach", "Mads Kristoffersen"]
MUNIS = ["Aarhus", "Odense", "Aalborg", "Vejle", "Esbjerg", "Horsens", "Kolding", "Randers",
         "Herning", "Roskilde", "Silkeborg", "Næstved", "Viborg", "Holbæk"]


# --------------------------------------------------------------------------- helpers
def phone() -> str:
    d = [R.randint(2, 9)] + [R.randint(0, 9) for _ in range(7)]
    s = "".join(map(str, d))
    return R.choice([f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+45 {s[:4]} {s[4:]}", s])


def email_of(name: str, org: str) -> str:
    first = name.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    dom = org.lower().replace(" ", "").replace("aps", "").replace("æ", "ae").replace("ø", "oe")
    return f"{first}@{dom}.dk"


def cpr() -> str:
    d = date(1965, 1, 1) + timedelta(days=R.randint(0, 365 * 40))
    return f"{d:%d%m%y}-{R.randint(0, 9999):04d}"


def en_date(d: date, style: int | None = None) -> str:
    style = R.randint(0, 4) if style is None else style
    if style == 0:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d:%d.%m.%Y}"
    if style == 2:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 3:
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    return f"{d:%d/%m/%Y}"


def da_date(d: date) -> str:
    return f"{d.day}. {DA_MONTHS[d.month - 1]} {d.year}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return date(y, m, day)


def period(months: int) -> tuple[date, date]:
    start = date(2026, R.randint(1, 11), R.choice([1, 1, 1, 15]))
    end = add_months(start, months) - timedelta(days=1)
    return start, end


# --------------------------------------------------------------------------- field text
GOALS_OK = [
    "You will start the SOSU assistant programme (social- og sundhedshjælper) at SOSU {city} in August 2026 and attend at least four days a week.",
    "Get a permanent job in a warehouse or logistics company, at least 25 hours a week, by the end of the period.",
    "Complete your internship (virksomhedspraktik) at Netto in {city} with attendance of 90 % and move on to a wage-subsidy job (løntilskud).",
    "Pass Danish language test Prøve i Dansk 2 and start an AMU course as a forklift driver in the autumn.",
    "You keep your job as a kitchen assistant at Hotel Scandic {city}, working 30 hours a week, and pass your probation period.",
    "Start and stay in the preparatory education FGU in {city}, attending 4 out of 5 days, with a view to starting EUD as an electrician.",
    "Find an ordinary job as a cleaner of at least 20 hours a week within six months.",
    "Complete the first semester of the HF course at VUC {city} and pass the exams in January.",
    "To be ready for a flexjob as a gardener's assistant in the municipal park department, 12 hours a week, by the end of the period.",
    "Start work as a bus driver trainee with Arriva after obtaining the D licence (AMU course) in spring 2026.",
]
GOALS_UNCLEAR = [
    "Support to feel better and get more structure in everyday life.",
    "Increased well-being and self-esteem.",
    "To move on in life and get closer to the labour market.",
    "Help with motivation and working on yourself.",
    "Ensure that you are doing well.",
]
TASKS_OK = [
    ["Go with you to the internship on the first two days", "Weekly talk about attendance and transport",
     "Help you contact the school counsellor if problems arise"],
    ["Help you write applications and a CV in Danish", "Practise job interviews with you",
     "Go with you to meetings with employers"],
    ["Help you read and understand letters from the municipality and e-Boks",
     "Support you in planning your week so you can attend Danish classes", "Contact with the workplace"],
    ["Morning wake-up calls in the first month", "Help with transport to the school (Rejsekort, route planning)",
     "Talk with your teacher once a month about how it is going"],
    ["Introduce you to colleagues and the tasks at the workplace", "Follow up with your manager every two weeks",
     "Help you solve practical problems such as childcare and shifts"],
]
TASKS_PROSE = [
    "{m} will help you get started at the workplace, go with you on the first days and talk with you every week about how it is going.",
    "Your mentor will support you with structure in the week, reading letters from the authorities and keeping your appointments at the language school.",
    "The mentor helps you prepare for the job interviews, practise Danish at work and solve practical problems with transport.",
]
HOURS_OK = ["3 hours per week", "2 hours a week", "1½ hours weekly", "4 hours per week in the first month, then 2 hours per week",
            "8 hours per month", "two hours per week", "5 hours a week", "2-3 hours per week", "1 hour per week",
            "a total of 40 mentor hours over the period (approx. 2 hours per week)"]
HOURS_VAGUE = ["As needed", "A few hours a week when necessary", "Flexible, by agreement", "On an ongoing basis"]
FOLLOWUPS = [
    "We will follow up at a status meeting with you, your mentor and your caseworker every month. Progress target: attendance of at least 4 days a week from the second month.",
    "Follow-up every 4 weeks by phone and a final evaluation 14 days before the period ends.",
    "Your caseworker will hold a meeting with you and your mentor after 6 weeks and again 2 weeks before the end of the period to evaluate progress towards your goal.",
    "Mid-term evaluation after 3 months. Sub-goal: you can take the bus to work on your own.",
    "The mentor sends a short status report every month, and we meet every second month to review your plan.",
]
APPEAL_FULL = [
    "If you disagree with the decision, you can complain to {muni} Municipality within 4 weeks after you have received this letter. You can complain in writing or orally. The municipality will reconsider the decision within 4 weeks. If we uphold the decision, your complaint will be forwarded to Ankestyrelsen (the National Social Appeals Board), cf. section 204 of the Danish Act on an Active Employment Effort (LAB).",
    "You have the right to appeal. Send your complaint to the job centre in {muni} no later than four weeks after you received the decision. We will look at the decision again. If we do not change it, we send your complaint on to Ankestyrelsen.",
    "How to complain: contact your caseworker at {muni} Municipality, by phone, mail or letter, within 4 weeks of receiving this letter. We reassess the decision, and if we maintain it, the complaint is sent to Ankestyrelsen's Employment Committee (Beskæftigelsesudvalget).",
]
APPEAL_NO_DEADLINE = [
    "You can complain about this decision.",
    "If you are not satisfied, you can contact your caseworker.",
    "You may appeal the decision to the municipality.",
]
APPEAL_WRONG_ROUTE = [
    "You can complain directly to Ankestyrelsen within 4 weeks of receiving this decision. Use the form on ast.dk.",
    "If you disagree, send your complaint to Ankestyrelsen, 7998 Statsservice, within four weeks.",
]
APPEAL_DA = ("Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger. Kommunen skal så "
             "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin "
             "afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.")
PLACEHOLDERS = ["To be completed", "TBC", "-", "xx", "…", "[Insert text]", "Udfyldes senere"]

LABELS = {
    "goal": ["Your goal", "Objective", "Goal of the mentor support", "What is the goal?", "Purpose of the mentor support",
             "Main goal", "Aim"],
    "mentor": ["Who is your mentor?", "Your mentor", "Mentor", "Mentor's name and contact details",
               "Contact details for your mentor"],
    "tasks": ["Your mentor will help you with", "Mentor's tasks", "What will the mentor do?", "Tasks",
              "Areas of support"],
    "duration": ["Duration", "Period", "How long?", "Agreement period", "Valid from – to"],
    "follow_up": ["Follow-up", "How will we follow up?", "Evaluation", "Status meetings", "Follow-up and progress"],
    "hours": ["How many hours?", "Hours", "Number of hours", "Hours per week", "Time with your mentor"],
    "appeal": ["How to complain", "Right to appeal", "Appeal guidance", "If you disagree", "Complaints"],
}
DA_LABELS = {"goal": "Målet med mentorstøtten", "mentor": "Mentorens navn og kontaktdata",
             "tasks": "Mentorens opgaver", "duration": "Varighed", "follow_up": "Opfølgning",
             "hours": "Timetal", "appeal": "Klagevejledning"}
FIELDS = ["goal", "mentor", "tasks", "duration", "follow_up", "hours", "appeal"]
RULE_OF = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
           "duration": "missing-duration", "follow_up": "missing-follow-up", "hours": "missing-hours",
           "appeal": "missing-appeal-guidance"}


# --------------------------------------------------------------------------- document model
# A document is a list of blocks: ("title", t) ("h", t) ("p", t) ("bullets", [..]) ("table", rows)

class Doc:
    def __init__(self, path, kind, fmt, layout, subtype):
        self.path, self.kind, self.fmt, self.layout, self.subtype = path, kind, fmt, layout, subtype
        self.blocks: list = []
        self.rules: set[str] = set()
        self.extras: set[str] = set()
        self.mnc: list[str] = []
        self.traits: list[str] = []
        self.period = None
        self.footer = None  # text that a Word template keeps in the page footer

    def add(self, *b):
        self.blocks.append(b)

    def entry(self):
        e = {"path": self.path, "kind": self.kind, "format": self.fmt.split("-")[0], "layout": self.layout,
             "subtype": self.subtype, "rules": sorted(self.rules), "extras": sorted(self.extras),
             "error": None, "accept_errors": [], "must_not_contain": self.mnc, "traits": self.traits}
        if self.period:
            e["period"] = {"start": self.period[0].isoformat(), "end": self.period[1].isoformat()}
        return e


def header(doc: Doc, muni: str, citizen: str, with_cpr: bool, lang="en"):
    lines = [f"{muni} Municipality" if lang == "en" else f"{muni} Kommune",
             R.choice(["Job Centre", "Jobcenter", "Employment and Integration", "Arbejdsmarked og Integration"])]
    doc.add("p", " · ".join(lines))
    who = f"{'Citizen' if lang == 'en' else 'Borger'}: {citizen}"
    if with_cpr:
        c = cpr()
        doc.mnc.append(c)
        doc.traits.append("cpr")
        who += f"   {R.choice(['CPR no.', 'CPR', 'Personal ID no. (CPR)', 'CPR-nr.'])}: {c}"
    doc.add("p", who)
    doc.add("p", f"{'Date' if lang == 'en' else 'Dato'}: {en_date(date(2026, R.randint(1, 11), R.randint(1, 28)))}")


def caseworker_block(doc: Doc, muni: str):
    cw = R.choice(CASEWORKERS)
    doc.add("p", R.choice(["Kind regards", "Best regards", "Venlig hilsen / Kind regards"]))
    doc.add("p", f"{cw}, caseworker, {muni} Municipality, phone {phone()}, {email_of(cw, muni + 'kommune')}")


# --------------------------------------------------------------------------- agreements
def agreement_fields(defect: str | None, mname, morg, muni, citizen):
    """Return field -> value (str or list), the rules and extras the defect causes, the period."""
    months = R.choice([3, 4, 6, 6, 6, 5])
    start, end = period(months)
    f = {}
    f["goal"] = R.choice(GOALS_OK).format(city=muni)
    contact = R.choice([f"{mname}, {morg}, phone {phone()}, {email_of(mname, morg)}",
                        f"{mname} ({morg})\nPhone: {phone()}\nE-mail: {email_of(mname, morg)}",
                        f"{mname}, tel. {phone()}",
                        f"Name: {mname}\nMobile: {phone()}"])
    f["mentor"] = contact
    f["tasks"] = R.choice(TASKS_OK) if R.random() < 0.7 else R.choice(TASKS_PROSE).format(m=mname.split()[0])
    dstyle = R.randint(0, 5)
    if dstyle == 0:
        f["duration"] = f"{en_date(start, 0)} – {en_date(end, 0)}"
    elif dstyle == 1:
        f["duration"] = f"From {en_date(start, 1)} to {en_date(end, 1)}"
    elif dstyle == 2:
        f["duration"] = f"{en_date(start, 2)} - {en_date(end, 2)} ({months} months, with the possibility of extension)"
    elif dstyle == 3:
        f["duration"] = f"{months} months from {en_date(start, 0)}"
    elif dstyle == 4:
        f["duration"] = f"{start:%d.%m.%Y}-{end:%d.%m.%Y}"
    else:
        f["duration"] = f"Start: {en_date(start, 3)}. End: {en_date(end, 3)}. Mentor support is given for at most 6 months at a time."
    f["follow_up"] = R.choice(FOLLOWUPS)
    f["hours"] = R.choice(HOURS_OK)
    f["appeal"] = R.choice(APPEAL_FULL).format(muni=muni)
    rules, extras = set(), set()
    per = (start, end)
    if defect is None:
        return f, rules, extras, per
    kind, _, fld = defect.partition(":")
    if kind == "drop":
        f[fld] = None
        rules.add(RULE_OF[fld])
    elif kind == "placeholder":
        f[fld] = R.choice(PLACEHOLDERS)
        rules.add(RULE_OF[fld])
        if fld == "duration":
            per = None
    elif kind == "noname":  # mentor name without contact data
        f["mentor"] = f"{mname}, {morg}"
        rules.add("missing-mentor")
    elif kind == "vaguehours":
        f["hours"] = R.choice(HOURS_VAGUE)
        rules.add("missing-hours")
    elif kind == "over6":
        m2 = R.choice([8, 9, 12])
        end2 = add_months(start, m2) - timedelta(days=1)
        f["duration"] = R.choice([f"{en_date(start, 0)} – {en_date(end2, 0)}",
                                  f"From {en_date(start, 1)} to {en_date(end2, 1)}",
                                  f"{m2} months from {en_date(start, 0)}"])
        per = (start, end2)
        rules.add("duration-over-6-months")
    elif kind == "unclear":
        f["goal"] = R.choice(GOALS_UNCLEAR)
        rules.add("unclear-goal")
    elif kind == "appealnodeadline":
        f["appeal"] = R.choice(APPEAL_NO_DEADLINE)
        rules.add("missing-appeal-guidance")
    elif kind == "wrongroute":
        f["appeal"] = R.choice(APPEAL_WRONG_ROUTE)
        extras.add("appeal-wrong-route")
    if per is not None and fld == "duration" and kind == "drop":
        per = None
    return f, rules, extras, per


def as_text(v) -> str:
    return "\n".join(f"• {x}" for x in v) if isinstance(v, list) else v


def render_agreement(doc: Doc, f: dict, style: str, muni, citizen, mname):
    titles = ["Agreement on mentor support", "Mentor agreement", "Agreement – mentor support (LAB § 167)",
              "Your agreement about a mentor", "MENTOR SUPPORT AGREEMENT"]
    order = list(FIELDS)
    if style in ("table", "headings", "inline"):
        doc.add("title", R.choice(titles))
        header(doc, muni, citizen, R.random() < 0.25)
        doc.add("p", R.choice([
            f"This agreement describes the mentor support you will receive. It has been made by you, your mentor and {muni} Municipality.",
            "You have been granted mentor support under section 167 of the Danish Act on an Active Employment Effort. Below you can see what we agreed.",
            "We are writing to you in English, as agreed at our meeting."]))
        labels = {k: R.choice(LABELS[k]) for k in FIELDS}
        if f["hours"] in HOURS_VAGUE and style == "table" and R.random() < 0.6:
            f["hours"] = "☐ 1 hour per week   ☐ 2 hours per week   ☐ 3 hours per week   ☐ other: ____"
            doc.traits.append("checkbox:none-chosen")
        elif f["hours"] in ("2 hours a week", "3 hours per week", "1 hour per week") and style == "table":
            n = f["hours"][0]
            f["hours"] = "   ".join(("☒" if str(k) == n else "☐") + f" {k} hour{'s' if k > 1 else ''} per week"
                                    for k in (1, 2, 3))
            doc.traits.append("checkbox")
        if style == "table":
            rows = [[labels[k], as_text(f[k])] for k in order if f[k] is not None and k != "appeal"]
            if R.random() < 0.4:
                rows.insert(0, ["Citizen", citizen])
            doc.add("table", rows)
        else:
            if R.random() < 0.5:
                doc.add("h", "What we agreed")
            for k in order:
                if f[k] is None or k == "appeal":
                    continue
                if style == "headings":
                    doc.add("h", labels[k])
                    if isinstance(f[k], list):
                        doc.add("bullets", f[k])
                    else:
                        for line in f[k].split("\n"):
                            doc.add("p", line)
                else:
                    v = f[k]
                    if isinstance(v, list):
                        doc.add("p", f"{labels[k]}:")
                        doc.add("bullets", v)
                    else:
                        doc.add("p", f"{labels[k]}: {v.replace(chr(10), ', ')}")
        if f["appeal"] is not None and doc.fmt == "docx" and R.random() < 0.35:
            doc.footer = f"{labels['appeal']}: {f['appeal']}"
            doc.traits.append("appeal-in-footer")
        elif f["appeal"] is not None:
            doc.add("h", labels["appeal"])
            doc.add("p", f["appeal"])
        doc.add("p", "Signatures: ____________ (citizen)   ____________ (mentor)   ____________ (job centre)")
        caseworker_block(doc, muni)
    elif style == "bilingual-table":
        doc.add("title", R.choice(["Aftale om mentorstøtte / Agreement on mentor support",
                                   "Mentoraftale – Mentor agreement"]))
        header(doc, muni, citizen, R.random() < 0.25, lang="da")
        rows = [["Dansk", "English", ""]] if R.random() < 0.5 else []
        for k in order:
            if f[k] is None or k == "appeal":
                continue
            rows.append([DA_LABELS[k], R.choice(LABELS[k]), as_text(f[k])])
        doc.add("table", rows)
        if f["appeal"] is not None:
            doc.add("h", "Klagevejledning / How to complain")
            if f["appeal"] in [a.format(muni=muni) for a in APPEAL_FULL]:
                doc.add("p", APPEAL_DA)
            doc.add("p", f["appeal"])
        caseworker_block(doc, muni)
    elif style == "bilingual-pairs":
        doc.add("title", "Aftale om mentorstøtte\nAgreement on mentor support")
        header(doc, muni, citizen, R.random() < 0.25, lang="da")
        doc.add("p", "Denne aftale er skrevet på dansk og engelsk. This agreement is written in Danish and English.")
        for k in order:
            if f[k] is None:
                continue
            doc.add("h", f"{DA_LABELS[k]} / {R.choice(LABELS[k])}")
            if k == "appeal" and f[k] in [a.format(muni=muni) for a in APPEAL_FULL]:
                doc.add("p", APPEAL_DA)
            if isinstance(f[k], list):
                doc.add("bullets", f[k])
            else:
                doc.add("p", f[k])
        caseworker_block(doc, muni)
    elif style == "danish-template":
        doc.add("title", "Aftale om mentorstøtte efter LAB § 167")
        header(doc, muni, citizen, R.random() < 0.25, lang="da")
        doc.add("p", "Aftalen er udfyldt på engelsk efter aftale med borgeren.")
        rows = []
        for k in order:
            if f[k] is None or k == "appeal":
                continue
            rows.append([DA_LABELS[k] + ":", as_text(f[k])])
        doc.add("table", rows)
        if f["appeal"] is not None:
            doc.add("h", "Klagevejledning")
            doc.add("p", APPEAL_DA if f["appeal"] in [a.format(muni=muni) for a in APPEAL_FULL] else f["appeal"])
        doc.add("p", f"Med venlig hilsen\n{R.choice(CASEWORKERS)}, Jobcenter {muni}")
    elif style == "prose":
        doc.add("title", R.choice(["Your mentor support", "About your mentor", "Mentor support – what we agreed"]))
        header(doc, muni, citizen, R.random() < 0.25)
        doc.add("p", f"Dear {citizen.split()[0]},")
        doc.add("p", "Thank you for the meeting. Here is a summary of the agreement about your mentor support.")
        if f["goal"] is not None:
            doc.add("p", f"The goal is: {f['goal']}" if not f["goal"].startswith("You ") else f["goal"])
        if f["mentor"] is not None:
            doc.add("p", f"Your mentor is {f['mentor'].replace(chr(10), ', ').replace('Name: ', '')}.")
        if f["tasks"] is not None:
            if isinstance(f["tasks"], list):
                doc.add("p", f"{mname.split()[0]} will help you with:")
                doc.add("bullets", f["tasks"])
            else:
                doc.add("p", f["tasks"])
        if f["duration"] is not None:
            doc.add("p", f"The mentor support runs as follows: {f['duration']}")
        if f["hours"] is not None:
            doc.add("p", f"You and your mentor have {f['hours'][0].lower() + f['hours'][1:]} together." if f["hours"] not in HOURS_VAGUE and f["hours"] not in PLACEHOLDERS else f"Hours: {f['hours']}")
        if f["follow_up"] is not None:
            doc.add("p", f["follow_up"])
        if f["appeal"] is not None:
            doc.add("h", R.choice(LABELS["appeal"]))
            doc.add("p", f["appeal"])
        caseworker_block(doc, muni)


# --------------------------------------------------------------------------- decisions
def make_decision(doc: Doc, sub: str, defect: str | None, muni, citizen, annex=False):
    mname, morg = R.choice(MENTORS)
    start, end = period(R.choice([3, 6, 6]))
    header(doc, muni, citizen, R.random() < 0.3)
    doc.add("title", R.choice({"grant": ["Decision: you have been granted mentor support", "Decision on mentor support"],
                               "partial": ["Decision on your application for mentor support", "Partial grant of mentor support"],
                               "refusal": ["Refusal of mentor support", "Decision: refusal of your application for a mentor"],
                               "extension": ["Decision on extension of mentor support", "Your mentor support is extended"],
                               "end": ["Decision: your mentor support ends", "End of mentor support"]}[sub]))
    doc.period = (start, end) if sub in ("grant", "partial", "extension") else None
    if sub == "grant":
        doc.add("p", f"You have been granted mentor support from {en_date(start, 0)} to {en_date(end, 0)}, "
                     f"{R.choice(['3 hours', '2 hours', '4 hours'])} per week. Your mentor is {mname}, {morg}.")
        doc.add("p", "We have granted the mentor support you applied for, cf. section 167 of the Act on an Active Employment Effort (LAB).")
    elif sub == "partial":
        doc.add("p", f"You applied for mentor support for 6 hours per week. You have been granted 3 hours per week "
                     f"from {en_date(start, 1)} to {en_date(end, 1)}.")
    elif sub == "refusal":
        doc.add("p", "You have applied for mentor support. We have decided to refuse your application.")
    elif sub == "extension":
        s2 = end + timedelta(days=1)
        months = 9 if defect == "over6" else R.choice([3, 6])
        e2 = add_months(s2, months) - timedelta(days=1)
        doc.period = (s2, e2)
        doc.add("p", f"Your mentor support with {mname} is extended for a new period from {en_date(s2, 0)} to {en_date(e2, 0)}, 2 hours per week.")
    elif sub == "end":
        doc.add("p", f"Your mentor support will end on {en_date(end, 0)}.")
    if defect == "over6" and sub == "grant":
        e2 = add_months(start, 12) - timedelta(days=1)
        doc.blocks[-2] = ("p", f"You have been granted mentor support from {en_date(start, 0)} to {en_date(e2, 0)}, 3 hours per week. Your mentor is {mname}, {morg}.")
        doc.period = (start, e2)
    if defect == "over6":
        doc.rules.add("duration-over-6-months")
    reasons = {
        "partial": "We have emphasised that you already attend a Danish course with a study counsellor, and that 3 hours per week are enough to support you in the internship, cf. LAB § 167, stk. 1.",
        "refusal": "We have emphasised that you are already in ordinary work of 37 hours per week and that your employer provides the introduction you need. The support therefore does not serve the purpose of mentor support in section 167 of the Act on an Active Employment Effort.",
        "extension": "We have made a concrete assessment and emphasised that you still need support to keep your internship, cf. LAB § 167, stk. 1, 2. pkt.",
        "end": "We have emphasised that you now have a permanent job and manage the tasks on your own. The goal of the mentor support has been reached.",
        "grant": "",
    }[sub]
    if reasons:
        if defect == "noreasons":
            doc.extras.add("missing-reasons")
        else:
            doc.add("h", R.choice(["Reasons", "Why we made this decision", "Grounds for the decision"]))
            doc.add("p", reasons)
    if defect == "noappeal":
        doc.rules.add("missing-appeal-guidance")
    elif defect == "appealnodeadline":
        doc.add("h", R.choice(LABELS["appeal"]))
        doc.add("p", R.choice(APPEAL_NO_DEADLINE))
        doc.rules.add("missing-appeal-guidance")
    elif defect == "wrongroute":
        doc.add("h", R.choice(LABELS["appeal"]))
        doc.add("p", R.choice(APPEAL_WRONG_ROUTE))
        doc.extras.add("appeal-wrong-route")
    else:
        doc.add("h", R.choice(LABELS["appeal"]))
        doc.add("p", R.choice(APPEAL_FULL).format(muni=muni))
    caseworker_block(doc, muni)
    if annex:
        f, _, _, _ = agreement_fields(None, mname, morg, muni, citizen)
        f["duration"] = f"{en_date(start, 0)} – {en_date(end, 0)}"
        doc.add("h", "Annex 1: Agreement on mentor support")
        doc.add("table", [[R.choice(LABELS[k]), as_text(f[k])] for k in FIELDS if k != "appeal"])
        doc.traits.append("agreement-as-annex")


# --------------------------------------------------------------------------- Min Plan
def make_minplan(doc: Doc, defect: str | None, muni, citizen):
    mname, morg = R.choice(MENTORS)
    f, rules, extras, per = agreement_fields(defect, mname, morg, muni, citizen)
    rules.discard("missing-follow-up")
    rules.discard("missing-appeal-guidance")
    doc.rules |= rules
    doc.period = per
    doc.add("title", R.choice(["My plan – Mentor support", "Min Plan – Mentorstøtte / My plan – mentor support",
                               "My Plan: Activity – Mentor"]))
    doc.add("p", f"{citizen} · printed from {R.choice(['Jobnet', 'Min Plan', 'the case system'])} {en_date(date(2026, R.randint(1, 11), R.randint(1, 28)), 1)}")
    if R.random() < 0.25:
        c = cpr()
        doc.mnc.append(c)
        doc.traits.append("cpr")
        doc.add("p", f"CPR: {c}")
    doc.add("h", "Activity: Mentor support (§ 167)")
    rows = []
    for k, lab in [("goal", R.choice(["Goal", "Purpose", "My goal"])),
                   ("mentor", R.choice(["Mentor", "My mentor", "Mentor's name and contact"])),
                   ("tasks", R.choice(["What the mentor helps with", "Mentor's tasks", "Tasks"])),
                   ("duration", R.choice(["Period", "Duration", "From – to"])),
                   ("hours", R.choice(["Hours", "Hours per week", "Number of hours"]))]:
        if f[k] is None:
            continue
        rows.append([lab, as_text(f[k])])
    doc.add("table", rows)
    if R.random() < 0.4:
        doc.add("p", f"Updated by caseworker {R.choice(CASEWORKERS)}.")


# --------------------------------------------------------------------------- unknown
def make_unknown(doc: Doc, sub: str, muni):
    if sub == "leaflet":
        doc.add("title", "Mentor support – information for you")
        doc.add("p", f"{muni} Municipality can offer you a mentor if you need support to start or keep a job or an education.")
        doc.add("h", "What does the agreement contain?")
        doc.add("bullets", ["the goal of the mentor support", "the mentor's name and contact details",
                            "what the mentor will help you with", "the duration of the agreement and how we follow up",
                            "the number of hours", "how to complain"])
        doc.add("p", "Mentor support is given for up to 6 months at a time, with the possibility of a new period. "
                     "If you disagree with a decision, you can complain to the municipality within 4 weeks.")
    elif sub == "status":
        m = R.choice(MENTORS)
        doc.add("title", "Status report from mentor")
        doc.add("p", f"Mentor: {m[0]}, {m[1]}, phone {phone()}. Period covered: March–May 2026.")
        doc.add("h", "How is it going?")
        doc.add("p", "The citizen has met 9 out of 10 times. We have worked on applications and transport. "
                     "She now takes the bus on her own. Used hours: 22 of 24.")
        doc.add("h", "Recommendation")
        doc.add("p", "I recommend that the support continues at 2 hours per week for the rest of the period.")
    elif sub == "minutes":
        doc.add("title", "Minutes – team meeting, mentor team")
        doc.add("p", f"Date: {en_date(date(2026, R.randint(1, 11), R.randint(1, 28)))}. Present: {', '.join(R.sample(CASEWORKERS, 3))}.")
        doc.add("bullets", ["1. New template for mentor agreements in English: the goal, mentor, tasks, duration, follow-up, hours and appeal guidance must all be filled in.",
                            "2. Capacity: 14 mentor hours free per week from April.",
                            "3. AOB: Christmas lunch."])
    elif sub == "jobad":
        doc.add("title", f"Job advert: Mentors wanted – {muni} Municipality")
        doc.add("p", "We are looking for two mentors, 30 hours per week, to support refugees and EU citizens in internships and jobs.")
        doc.add("h", "Your tasks")
        doc.add("bullets", ["Support citizens at the workplace", "Follow-up with employers", "Write status reports"])
        doc.add("p", f"Application deadline: {en_date(date(2026, 9, 15), 0)}. Contact: {R.choice(CASEWORKERS)}, phone {phone()}.")
    elif sub == "meetingmail":
        doc.add("p", "Hi, just a reminder of our meeting with your mentor on Tuesday at 10:00 in the job centre, room 2.14. "
                     "Bring your internship contract. Best regards")
    elif sub == "newsletter":
        doc.add("title", "Newsletter: Mentor support in figures 2025")
        doc.add("p", f"In 2025, {R.randint(300, 900)} citizens in {muni} had a mentor. The average period was 5.2 months and the average number of hours 2.4 per week. "
                     "82 % had a clear goal of job or education.")
    elif sub == "invoice":
        m = R.choice(MENTORS)
        doc.add("title", f"Invoice no. {R.randint(1000, 9999)} – {m[1]}")
        doc.add("table", [["Description", "Hours", "Amount"], ["Mentor support, citizen ref. 4471, May 2026", "8", "DKK 3,600.00"],
                          ["Total excl. VAT", "", "DKK 3,600.00"]])
    elif sub == "guidance":
        doc.add("title", "Guidance for caseworkers: writing to citizens in English")
        doc.add("p", "When a citizen reads English better than Danish, the agreement may be written in English. Remember the six items: goal, mentor and contact details, tasks, duration and follow-up, hours, and appeal guidance (complaint to the municipality within 4 weeks, then Ankestyrelsen).")


# --------------------------------------------------------------------------- renderers
def render_txt(doc: Doc) -> str:
    out = []
    md = R.random() < 0.3
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            out += [("# " if md else "") + b[1], "" if md else "=" * min(60, len(b[1])), ""]
        elif t == "h":
            out += ["", ("## " + b[1]) if md else b[1].upper() if R.random() < 0.4 else b[1]]
        elif t == "p":
            out.append(b[1])
        elif t == "bullets":
            out += [f"- {x}" for x in b[1]]
        elif t == "table":
            w = max(len(r[0]) for r in b[1]) + 2
            for r in b[1]:
                cells = [c.replace("\n", "; ").replace("• ", "") for c in r]
                out.append(cells[0].ljust(w) + "  ".join(cells[1:]))
    return "\n".join(out) + "\n"


def render_html(doc: Doc) -> str:
    e = html.escape
    body = []
    dl = R.random() < 0.3
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            body.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            body.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            body.append(f"<p>{e(b[1])}</p>")
        elif t == "bullets":
            body.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif t == "table":
            if dl and all(len(r) == 2 for r in b[1]):
                body.append("<dl>" + "".join(f"<dt>{e(r[0])}</dt><dd>{e(r[1]).replace(chr(10), '<br>')}</dd>"
                                             for r in b[1]) + "</dl>")
            else:
                body.append("<table border='1'>" + "".join(
                    "<tr>" + "".join(f"<td>{e(c).replace(chr(10), '<br>')}</td>" for c in r) + "</tr>"
                    for r in b[1]) + "</table>")
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>"
            + e(next((b[1] for b in doc.blocks if b[0] == 'title'), 'Document')) +
            "</title><script>var track='mentor goal hours';</script></head><body><div class='content'><div class='doc'>"
            + "\n".join(body) + "</div></div></body></html>\n")


def render_docx(doc: Doc, path: Path):
    from docx import Document
    d = Document()
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], 0)
        elif t == "h":
            d.add_heading(b[1], 2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "table":
            n = max(len(r) for r in b[1])
            tb = d.add_table(rows=0, cols=n)
            tb.style = "Table Grid"
            for r in b[1]:
                cells = tb.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
    if doc.footer:
        d.sections[0].footer.paragraphs[0].text = doc.footer
    d.save(str(path))


def render_pdf_rl(doc: Doc, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib import colors
    ss = getSampleStyleSheet()
    e = html.escape
    fl = []
    for b in doc.blocks:
        t = b[0]
        if t == "title":
            fl.append(Paragraph(e(b[1]).replace("\n", "<br/>"), ss["Title"]))
        elif t == "h":
            fl.append(Paragraph(e(b[1]), ss["Heading2"]))
        elif t == "p":
            fl.append(Paragraph(e(b[1]).replace("\n", "<br/>"), ss["BodyText"]))
        elif t == "bullets":
            fl.append(ListFlowable([ListItem(Paragraph(e(x), ss["BodyText"])) for x in b[1]], bulletType="bullet"))
        elif t == "table":
            data = [[Paragraph(e(c).replace("\n", "<br/>"), ss["BodyText"]) for c in r] for r in b[1]]
            n = max(len(r) for r in b[1])
            widths = [130, 340] if n == 2 else [120, 120, 230]
            tb = Table(data, colWidths=widths)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            fl.append(tb)
        fl.append(Spacer(1, 4))
    SimpleDocTemplate(str(path), pagesize=A4).build(fl)


def render_eml(doc: Doc, path: Path, muni: str):
    m = EmailMessage()
    cw = R.choice(CASEWORKERS)
    title = next((b[1] for b in doc.blocks if b[0] == "title"), "Your meeting")
    m["From"] = f"{cw} <{email_of(cw, muni + 'kommune')}>"
    m["To"] = "citizen@example.com"
    m["Subject"] = title.replace("\n", " ")
    m["Date"] = format_datetime(datetime(2026, R.randint(1, 11), R.randint(1, 28), 9, 30, tzinfo=timezone.utc))
    text = render_txt(doc)
    if R.random() < 0.4:
        text = f"Dear citizen,\n\nPlease find the text below.\n\n{text}"
    if R.random() < 0.4:
        text += "\n\n> On 3 March you wrote:\n> Can I have the agreement in English please?\n"
    m.set_content(text)
    path.write_bytes(bytes(m))


# --------------------------------------------------------------------------- plan
AGR_DEFECTS = (["drop:" + k for k in ["goal", "mentor", "tasks", "duration", "follow_up", "hours", "appeal"]]
               + ["placeholder:goal", "placeholder:tasks", "placeholder:duration", "placeholder:hours", "noname",
                  "vaguehours", "over6", "unclear", "appealnodeadline", "wrongroute"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    out = Path(ap.parse_args().out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    docs: list[tuple[Doc, str]] = []
    lo_jobs: list[tuple[Doc, Path]] = []

    agr_formats = (["docx"] * 14 + ["pdf-lo"] * 8 + ["pdf-rl"] * 10 + ["html"] * 9 + ["eml"] * 7 + ["txt"] * 7)
    R.shuffle(agr_formats)
    styles = ["table"] * 13 + ["headings"] * 12 + ["inline"] * 8 + ["bilingual-table"] * 7 + \
             ["bilingual-pairs"] * 5 + ["danish-template"] * 5 + ["prose"] * 5
    R.shuffle(styles)
    n_def = 0
    for i in range(55):
        fmt, style = agr_formats[i], styles[i]
        defect = AGR_DEFECTS[n_def % len(AGR_DEFECTS)] if R.random() < 0.33 else None
        if defect:
            n_def += 1
        muni, citizen = R.choice(MUNIS), R.choice(CITIZENS)
        mname, morg = R.choice(MENTORS)
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf"}.get(fmt, fmt)
        doc = Doc(f"agreements/{i:03d}-agreement-{style}.{ext}", "agreement", fmt, style, "agreement")
        f, rules, extras, per = agreement_fields(defect, mname, morg, muni, citizen)
        render_agreement(doc, f, style, muni, citizen, mname)
        doc.rules |= rules
        doc.extras |= extras
        doc.period = per
        doc.traits += ([f"defect:{defect}"] if defect else []) + [f"style:{style}", f"writer:{fmt}"]
        docs.append((doc, muni))

    dec_subs = ["grant"] * 4 + ["partial"] * 3 + ["refusal"] * 3 + ["extension"] * 3 + ["end"] * 2
    dec_defects = {0: "noappeal", 2: "over6", 4: "noreasons", 6: "appealnodeadline", 7: "noreasons",
                   10: "wrongroute", 11: "over6", 13: "noappeal"}
    dec_formats = ["pdf-rl", "docx", "pdf-lo", "eml", "html", "txt", "docx", "pdf-rl", "pdf-lo", "eml",
                   "docx", "pdf-rl", "html", "txt", "docx"]
    for i, sub in enumerate(dec_subs):
        fmt = dec_formats[i]
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf"}.get(fmt, fmt)
        defect = dec_defects.get(i)
        if defect == "over6" and sub not in ("grant", "extension"):
            defect = None
        muni, citizen = R.choice(MUNIS), R.choice(CITIZENS)
        doc = Doc(f"decisions/{i:03d}-decision-{sub}.{ext}", "decision", fmt, "letter", sub)
        make_decision(doc, sub, defect, muni, citizen, annex=(i in (1, 3)))
        doc.traits += ([f"defect:{defect}"] if defect else []) + [f"writer:{fmt}"]
        docs.append((doc, muni))

    mp_defects = {1: "drop:mentor", 4: "unclear", 6: "vaguehours", 9: "drop:tasks", 12: "over6",
                  13: "placeholder:goal"}
    mp_formats = ["html"] * 6 + ["txt"] * 4 + ["pdf-rl"] * 3 + ["docx", "pdf-lo"]
    R.shuffle(mp_formats)
    for i in range(15):
        fmt = mp_formats[i]
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf"}.get(fmt, fmt)
        muni, citizen = R.choice(MUNIS), R.choice(CITIZENS)
        doc = Doc(f"minplan/{i:03d}-my-plan.{ext}", "minplan", fmt, "table", "minplan")
        defect = mp_defects.get(i)
        make_minplan(doc, defect, muni, citizen)
        doc.traits += ([f"defect:{defect}"] if defect else []) + [f"writer:{fmt}"]
        docs.append((doc, muni))

    unk = [("leaflet", "pdf-rl"), ("leaflet", "html"), ("status", "docx"), ("status", "eml"), ("minutes", "txt"),
           ("minutes", "docx"), ("jobad", "html"), ("jobad", "pdf-lo"), ("meetingmail", "eml"),
           ("meetingmail", "eml"), ("newsletter", "html"), ("invoice", "pdf-rl"), ("guidance", "txt"),
           ("guidance", "docx"), ("status", "pdf-lo")]
    for i, (sub, fmt) in enumerate(unk):
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf"}.get(fmt, fmt)
        muni = R.choice(MUNIS)
        doc = Doc(f"other/{i:03d}-{sub}.{ext}", "unknown", fmt, "mixed", sub)
        make_unknown(doc, sub, muni)
        doc.traits.append("not-a-mentor-document-kind")
        docs.append((doc, muni))

    tmp = Path(tempfile.mkdtemp(prefix="ca_lo_"))
    for doc, muni in docs:
        p = out / doc.path
        p.parent.mkdir(parents=True, exist_ok=True)
        if doc.fmt == "txt":
            p.write_text(render_txt(doc), encoding="utf-8")
        elif doc.fmt == "html":
            p.write_text(render_html(doc), encoding="utf-8")
        elif doc.fmt == "docx":
            render_docx(doc, p)
        elif doc.fmt == "pdf-rl":
            render_pdf_rl(doc, p)
        elif doc.fmt == "eml":
            render_eml(doc, p, muni)
        elif doc.fmt == "pdf-lo":
            src = tmp / (p.stem + "__" + doc.path.split("/")[0] + ".docx")
            render_docx(doc, src)
            lo_jobs.append((doc, src))
    if lo_jobs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ca_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp)] + [str(s) for _, s in lo_jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for doc, src in lo_jobs:
            shutil.move(str(src.with_suffix(".pdf")), out / doc.path)
    shutil.rmtree(tmp)
    lines = [json.dumps(d.entry(), ensure_ascii=False, sort_keys=True) for d, _ in sorted(docs, key=lambda x: x[0].path)]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(docs)} documents to {out}")


if __name__ == "__main__":
    main()
