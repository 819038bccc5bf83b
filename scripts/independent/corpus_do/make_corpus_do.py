"""Independent labelled corpus "do" for `mentordocs lint` (session 10).

Angle: written mentor agreements by writers with very different habits: plain-language
("let dansk") agreements in du-form with questions as headings, numbered paragraphs, a
two-column Word table, bullet points in an e-mail, a minutes-style record of the start meeting,
agreements written by the mentor, agreements where one field is stated only inside another
field's paragraph, and agreements mixing Danish and English. Non-kind documents: private
"mentoraftaler" (sports club, school, company onboarding buddy), a mentor's status report and a
course description.

Written from /work/shared/domain.md, the seeds and the rule docs only (see NOTES.md).
Labels are decided here, from the rule docs, before the linter is run.

Usage: make_corpus_do.py --out DIR   (deterministic; fixed seed)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

SEED = 20261130

RULES = (
    "missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
    "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
)

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

CITIZENS = ["Mathilde", "Ahmad", "Jonas", "Sofie", "Rasmus", "Leila", "Kasper", "Nanna", "Emil",
            "Fatima", "Mikkel", "Ida", "Oliver", "Sara", "Tobias", "Amalie", "Yusuf", "Camilla",
            "Frederik", "Line", "Malthe", "Signe", "Ali", "Julie", "Niklas", "Maja"]
SURNAMES = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
            "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
            "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Karimi", "Yilmaz", "Dahl"]
MENTORS = ["Birgitte Holm", "Henrik Bak", "Mette Lund", "Jesper Kjær", "Lone Vestergaard",
           "Tariq Hussain", "Pernille Skov", "Allan Friis", "Dorthe Winther", "Kim Bech",
           "Hanne Østergaard", "Rune Krogh", "Susanne Ravn", "Bo Lauridsen"]
PROVIDERS = [("Mentorhuset Fyn", "mentorhuset-fyn.dk"), ("Jobhuset Vest", "jobhusetvest.dk"),
             ("Kommunens Mentorkorps", "mentor.kommune.dk"), ("Broen Mentor ApS", "broenmentor.dk"),
             ("Ungeindsatsen", "unge.kommune.dk"), ("Trin for Trin Mentor", "trinfortrin.dk")]
CASEWORKERS = ["Karen Bundgaard", "Lars Ebbesen", "Anja Holt", "Morten Aagaard", "Gitte Schou",
               "Nikolaj Brandt"]
MUNIS = ["Vejle Kommune", "Holbæk Kommune", "Herning Kommune", "Roskilde Kommune",
         "Faxe Kommune", "Assens Kommune", "Tønder Kommune", "Rudersdal Kommune"]

# Goals: clear ones name a job/education and something observable.
CLEAR_GOALS = [
    ("Du starter på FGU i {city} den 10. august 2026 og møder op mindst fire dage om ugen.",
     "You start at FGU in {city} on 10 August 2026 and attend at least four days a week."),
    ("Du er i virksomhedspraktik i Netto 15 timer om ugen senest 1. juni 2026, så vi kan se, om "
     "det kan blive til et løntilskudsjob.",
     "You are in a work placement at Netto 15 hours a week by 1 June 2026, aiming at a wage "
     "subsidy job."),
    ("Du gennemfører FVU-dansk trin 2 på VUC og tager prøven i december 2026.",
     "You complete FVU Danish step 2 at VUC and sit the exam in December 2026."),
    ("Du kommer i gang med grundforløbet på SOSU-skolen 1. september 2026 og har under 10 % "
     "fravær i de første otte uger.",
     "You start the basic course at the SOSU school on 1 September 2026 with less than 10 % "
     "absence in the first eight weeks."),
    ("Du fastholder dit fleksjob som lagermedarbejder hos Dagrofa, 12 timer om ugen, og har "
     "ingen sygedage uden besked.",
     "You keep your flexjob as a warehouse worker at Dagrofa, 12 hours a week, with no "
     "unreported sick days."),
    ("Du er i gang med AMU-kurset i truckkørsel og har truckcertifikat inden 1. juli 2026.",
     "You take the AMU forklift course and hold a forklift certificate by 1 July 2026."),
    ("Du har fået en læreplads som tømrer (EUD) inden sommerferien 2026.",
     "You have an apprenticeship as a carpenter (EUD) before the summer holidays 2026."),
    ("Du er i løntilskud i børnehaven Solsikken 25 timer om ugen fra 1. maj 2026 og møder "
     "til tiden hver dag.",
     "You are in a wage subsidy job at the Solsikken kindergarten 25 hours a week from 1 May "
     "2026 and arrive on time every day."),
]
UNCLEAR_GOALS = [
    ("Støtte til at få struktur på hverdagen og øget trivsel.",
     "Support to get structure in everyday life and better well-being."),
    ("At du får det bedre og kommer videre.", "That you feel better and move on."),
    ("Du skal arbejde med dig selv og dit selvværd.", "You will work on yourself and your self-esteem."),
    ("Sikre at du kommer tættere på arbejdsmarkedet.", "Make sure you get closer to the labour market."),
    ("Motivere dig og give dig mere overskud i hverdagen.",
     "Motivate you and give you more energy in everyday life."),
]
TASKS = [
    ["følge dig til praktikstedet de første to uger", "tage en samtale med dig hver uge om "
     "fremmøde og transport", "hjælpe dig med at åbne og forstå din post fra e-Boks"],
    ["hjælpe dig med at lave en ugeplan", "gå med til møder på skolen", "øve busturen med dig"],
    ["ringe til dig om morgenen de dage, du skal møde", "tale med din kontaktperson på "
     "arbejdspladsen", "hjælpe dig med at søge SU"],
    ["hjælpe dig med at læse lektier til FVU", "støtte dig i kontakten med lægen",
     "finde en ordning for pasning af din søn"],
    ["tage med dig til opstartssamtalen", "hjælpe med at skrive ansøgninger", "tale om, "
     "hvordan du håndterer stress på jobbet"],
]
TASKS_EN = [
    ["go with you to the workplace for the first two weeks", "a weekly talk about attendance",
     "help you read your mail in e-Boks"],
    ["help you make a weekly plan", "join school meetings", "practise the bus route with you"],
    ["call you in the morning on work days", "talk to your contact at the workplace",
     "help you apply for SU"],
]
FOLLOWUPS = [
    "Vi holder statusmøde hver måned med dig, mentor og sagsbehandler. 14 dage før perioden "
    "slutter, evaluerer vi sammen, om målet er nået.",
    "Din sagsbehandler følger op hver 4. uge. Delmål: du møder mindst fire dage om ugen fra "
    "april.",
    "Vi mødes til midtvejsevaluering efter tre måneder og til en slutevaluering inden forløbet "
    "slutter.",
    "Mentor sender en kort status til sagsbehandleren hver måned, og vi følger op på "
    "progressionen i dit jobcenter-forløb.",
]
FOLLOWUPS_EN = [
    "Status meeting every month with you, the mentor and the caseworker; evaluation 14 days "
    "before the end.",
    "Follow-up every 4 weeks. Sub-goal: attendance four days a week from April.",
]
HOURS_STATED = [
    ("3 timer om ugen", "3 hours a week"), ("1½ time om ugen", "1.5 hours a week"),
    ("to timer ugentligt", "two hours a week"), ("halvanden time pr. uge", "1½ hours per week"),
    ("2-3 timer om ugen", "2-3 hours a week"), ("4 t/uge", "4 hrs/week"),
    ("24 mentortimer i perioden", "24 mentor hours in the period"),
    ("8 timer om måneden", "8 hours a month"),
]
HOURS_VAGUE = ["efter behov", "et par timer om ugen", "løbende efter aftale"]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger. Kommunen "
    "genvurderer afgørelsen inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder "
    "afgørelsen, sendes klagen videre til Ankestyrelsen.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i kommunen senest 4 uger efter, at "
    "du har fået denne aftale. Du kan klage mundtligt eller skriftligt. Kommunen vurderer sagen "
    "igen, og fastholder vi afgørelsen, sender vi din klage til Ankestyrelsen (LAB § 204).",
    "Er du uenig, kan du klage til Jobcentret inden 4 uger. Jobcentret ser på sagen igen. Giver "
    "vi dig ikke ret, sender vi klagen til Ankestyrelsens Beskæftigelsesudvalg.",
]
APPEAL_FULL_EN = [
    "If you disagree, you must complain to kommunen within four weeks (klag til kommunen inden "
    "fire uger). The municipality reconsiders and forwards the complaint to Ankestyrelsen if it "
    "keeps its decision.",
]
APPEAL_WEAK = [
    "Du kan klage over afgørelsen.",
    "Hvis du er utilfreds, kan du kontakte din sagsbehandler.",
    "Du kan klage til kommunen, hvis du er uenig.",
]


def cpr(rng: random.Random) -> str:
    d = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 36))
    return f"{d:%d%m%y}-{rng.randrange(0, 10000):04d}"


def phone(rng: random.Random) -> str:
    n = f"{rng.choice('2345678')}{rng.randrange(0, 10 ** 7):07d}"
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
    return dt.date(y, mo, min(d.day, last))


def fmt_words(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def fmt_period(rng: random.Random, s: dt.date, e: dt.date, style: int) -> str:
    if style == 0:
        return f"{fmt_words(s)} – {fmt_words(e)}"
    if style == 1:
        return f"{s:%d.%m.%Y}-{e:%d.%m.%Y}"
    if style == 2:
        return f"fra {s.day}/{s.month}-{s.year} til {e.day}/{e.month}-{e.year}"
    if style == 3:
        return f"fra og med {fmt_words(s)} til og med {fmt_words(e)}"
    return f"{s.day}/{s.month} {s.year} - {e.day}/{e.month} {e.year}"


class Doc:
    """One agreement's content, before a writer gives it a shape."""

    def __init__(self, rng: random.Random, i: int, defects: list[str], lang: str = "da"):
        self.rng = rng
        self.i = i
        self.defects = defects
        self.lang = lang
        self.citizen = f"{rng.choice(CITIZENS)} {rng.choice(SURNAMES)}"
        self.first = self.citizen.split()[0]
        self.mentor = rng.choice(MENTORS)
        self.mentor_first = self.mentor.split()[0]
        self.provider, dom = rng.choice(PROVIDERS)
        self.mentor_phone = phone(rng)
        self.mentor_mail = f"{self.mentor_first.lower().replace('ø', 'oe')}@{dom}"
        self.cw = rng.choice(CASEWORKERS)
        self.cw_phone = phone(rng)
        self.muni = rng.choice(MUNIS)
        self.city = self.muni.split()[0]
        self.cpr = cpr(rng) if rng.random() < 0.27 else None
        self.sagsnr = f"{rng.randrange(10, 99)}.{rng.randrange(10, 99)}.{rng.randrange(10, 99)}-A00-{rng.randrange(100, 9999)}-26"
        # period
        start = dt.date(2026, rng.choice([1, 2, 3, 4, 5, 8, 9]), rng.choice([1, 1, 1, 15]))
        if "duration-over-6-months" in defects:
            end = add_months(start, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
            if rng.random() < 0.3:
                end = add_months(start, 6)  # one day over
        else:
            end = add_months(start, rng.choice([3, 4, 6, 6, 6])) - dt.timedelta(days=1)
        self.start, self.end = start, end
        self.period_text = fmt_period(rng, start, end, rng.randrange(5))
        gi = rng.randrange(len(CLEAR_GOALS))
        if "missing-hours" in defects:
            gi = rng.choice([0, 2, 3, 5, 6])  # goals that state no weekly hours
        if "unclear-goal" in defects:
            self.goal, self.goal_en = UNCLEAR_GOALS[rng.randrange(len(UNCLEAR_GOALS))]
        else:
            self.goal, self.goal_en = CLEAR_GOALS[gi]
            self.goal = self.goal.format(city=self.city)
            self.goal_en = self.goal_en.format(city=self.city)
        ti = rng.randrange(len(TASKS))
        self.tasks = TASKS[ti]
        self.tasks_en = TASKS_EN[ti % len(TASKS_EN)]
        self.followup = rng.choice(FOLLOWUPS)
        self.followup_en = rng.choice(FOLLOWUPS_EN)
        if "missing-hours" in defects and rng.random() < 0.5:
            self.hours, self.hours_en = rng.choice(HOURS_VAGUE), "as needed"
            self.hours_vague = True
        else:
            self.hours, self.hours_en = rng.choice(HOURS_STATED)
            self.hours_vague = False
        if "missing-appeal-guidance" in defects and rng.random() < 0.5:
            self.appeal = rng.choice(APPEAL_WEAK)
            self.appeal_weak = True
        else:
            self.appeal = rng.choice(APPEAL_FULL)
            self.appeal_weak = False
        self.appeal_en = APPEAL_FULL_EN[0]
        self.date = start - dt.timedelta(days=rng.randrange(3, 15))

    # which fields to write at all
    def has(self, field: str) -> bool:
        m = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
             "duration": "missing-duration", "follow_up": "missing-follow-up",
             "hours": "missing-hours", "appeal": "missing-appeal-guidance"}[field]
        if m not in self.defects:
            return True
        if field == "hours" and self.hours_vague:
            return True  # written, but vague
        if field == "appeal" and self.appeal_weak:
            return True  # written, but incomplete
        if field == "mentor":
            return True  # written without contact data (see mentor_contact)
        return False

    @property
    def mentor_has_contact(self) -> bool:
        return "missing-mentor" not in self.defects

    def mentor_line(self) -> str:
        if self.mentor_has_contact:
            return (f"{self.mentor}, {self.provider}, tlf. {self.mentor_phone}, "
                    f"{self.mentor_mail}")
        return f"{self.mentor}, {self.provider}"

    def expected(self) -> list[str]:
        return sorted(set(self.defects))


# ---------------------------------------------------------------- writers
# Each writer returns a list of blocks: ("h", text) heading, ("p", text), ("li", text),
# ("ol", text) numbered item, ("row", [a, b]) table row, ("title", text).


def w_letdansk(d: Doc, embed: str | None) -> list:
    r = d.rng
    b = [("title", rng_pick(r, ["Din aftale om mentorstøtte", "Aftale om mentor – skrevet til dig",
                                "Mentorstøtte: det har vi aftalt"]))]
    if d.cpr:
        b.append(("p", f"{d.citizen}\nCpr-nr.: {d.cpr}\nSagsnr.: {d.sagsnr}"))
    b.append(("p", f"Kære {d.first}"))
    b.append(("p", "Her kan du læse, hvad vi har aftalt om din mentorstøtte. Vi har skrevet "
                   "aftalen i et let sprog. Spørg endelig, hvis der er noget, du ikke forstår."))
    sections = []
    if d.has("goal"):
        sections.append(("goal", "Hvad er målet?", d.goal))
    if d.has("mentor"):
        if d.mentor_has_contact:
            txt = (f"Din mentor hedder {d.mentor}. {d.mentor_first} arbejder i {d.provider}. "
                   f"Du kan ringe eller skrive til {d.mentor_first} på {d.mentor_phone} eller "
                   f"{d.mentor_mail}.")
        else:
            txt = f"Din mentor hedder {d.mentor}. {d.mentor_first} arbejder i {d.provider}."
        sections.append(("mentor", "Hvem er din mentor?", txt))
    if d.has("tasks"):
        sections.append(("tasks", f"Hvad skal {d.mentor_first} hjælpe dig med?", d.tasks))
    if d.has("hours"):
        sections.append(("hours", "Hvor meget tid har I sammen?",
                         hours_sentence(d, d.mentor_first, "til dig")))
    if d.has("duration"):
        sections.append(("duration", "Hvor længe varer det?",
                         f"Aftalen gælder {d.period_text}."))
    if d.has("follow_up"):
        sections.append(("follow_up", "Hvordan følger vi op?", d.followup))
    if d.has("appeal"):
        sections.append(("appeal", "Hvad gør du, hvis du er uenig?", d.appeal))
    sections = do_embed(d, sections, embed)
    for _, h, body in sections:
        b.append(("h", h))
        if isinstance(body, list):
            b += [("li", t[0].upper() + t[1:]) for t in body]
        else:
            b.append(("p", body))
    b.append(("p", f"Venlig hilsen\n{d.cw}\nSagsbehandler, {d.muni}\nTlf. {d.cw_phone}"))
    return b


def w_numbered(d: Doc, embed: str | None) -> list:
    r = d.rng
    b = [("title", "Aftale om mentorstøtte efter LAB § 167")]
    b.append(("p", f"Borger: {d.citizen}" + (f", cpr-nr. {d.cpr}" if d.cpr else "")))
    b.append(("p", f"Sagsnr.: {d.sagsnr}    Dato: {d.date.day}.{d.date.month}.{d.date.year}"))
    secs = []
    if d.has("goal"):
        secs.append(("goal", "Formål", f"Formålet med mentorstøtten er: {d.goal}"))
    if d.has("mentor"):
        secs.append(("mentor", "Mentor", f"Mentor er {d.mentor_line()}."))
    if d.has("tasks"):
        secs.append(("tasks", "Mentors opgaver",
                     "Mentor skal " + "; ".join(d.tasks) + "."))
    if d.has("duration"):
        secs.append(("duration", "Periode", f"Mentorstøtten er bevilget i perioden {d.period_text}."))
    if d.has("hours"):
        secs.append(("hours", "Timetal", f"Der er bevilget {d.hours}." if not d.hours_vague else f"Timetal: {d.hours}."))
    if d.has("follow_up"):
        secs.append(("follow_up", "Opfølgning", d.followup))
    if d.has("appeal"):
        secs.append(("appeal", "Klagevejledning", d.appeal))
    secs = do_embed(d, secs, embed)
    style = r.randrange(3)
    for n, (_, lab, body) in enumerate(secs, 1):
        if isinstance(body, list):
            body = "; ".join(body)
        if style == 0:
            b.append(("ol", f"§ {n}. {lab}. {body}"))
        elif style == 1:
            b.append(("ol", f"{n}. {body}"))
        else:
            b.append(("ol", f"{n}) {lab}: {body}"))
    b.append(("p", f"{d.muni}, Jobcenter\n{d.cw}, tlf. {d.cw_phone}"))
    return b


def w_table(d: Doc, embed: str | None) -> list:
    b = [("title", "Mentoraftale")]
    b.append(("p", f"{d.muni} · Beskæftigelse"))
    rows = [("meta", "Borger", d.citizen + (f" ({d.cpr})" if d.cpr else "")),
            ("meta", "Sagsbehandler", f"{d.cw}, tlf. {d.cw_phone}")]
    if d.has("goal"):
        rows.append(("goal", "Mål for forløbet", d.goal))
    if d.has("mentor"):
        rows.append(("mentor", "Mentorens navn og kontaktdata", d.mentor_line()))
    if d.has("tasks"):
        rows.append(("tasks", "Indsatsområder", "\n".join("• " + t for t in d.tasks)))
    if d.has("duration"):
        rows.append(("duration", "Varighed", d.period_text))
    if d.has("hours"):
        rows.append(("hours", "Antal timer", d.hours))
    if d.has("follow_up"):
        rows.append(("follow_up", "Opfølgning/progression", d.followup))
    rows = do_embed(d, rows, embed)
    for _, a, v in rows:
        b.append(("row", [a, "\n".join(v) if isinstance(v, list) else v]))
    if d.has("appeal"):
        b.append(("h", "Klagevejledning"))
        b.append(("p", d.appeal))
    return b


def w_email(d: Doc, embed: str | None) -> list:
    b = [("title", f"Aftale om mentorstøtte – {d.first}")]
    b.append(("p", f"Hej {d.first}"))
    b.append(("p", "Tak for mødet i dag. Som lovet sender jeg her det, vi aftalte om din "
                   "mentorstøtte, skrevet ned i punktform:"))
    items = []
    if d.has("goal"):
        items.append(("goal", None, f"Mål: {d.goal}"))
    if d.has("mentor"):
        items.append(("mentor", None, f"Mentor: {d.mentor_line()}"))
    if d.has("tasks"):
        items.append(("tasks", None, f"{d.mentor_first} hjælper dig med at " + ", ".join(d.tasks)))
    if d.has("duration"):
        items.append(("duration", None, f"Periode: {d.period_text}"))
    if d.has("hours"):
        items.append(("hours", None, f"Tid: {d.hours}"))
    if d.has("follow_up"):
        items.append(("follow_up", None, f"Opfølgning: {d.followup}"))
    items = do_embed(d, items, embed)
    for _, _, t in items:
        b.append(("li", t if isinstance(t, str) else "; ".join(t)))
    if d.has("appeal"):
        b.append(("p", "Klagevejledning: " + d.appeal))
    b.append(("p", "Skriv endelig, hvis noget ikke passer.\n\nMvh"))
    return b


def w_minutes(d: Doc, embed: str | None) -> list:
    b = [("title", f"Referat af opstartsmøde – aftale om mentorstøtte")]
    b.append(("p", f"Mødedato: {fmt_words(d.date)}. Sted: Jobcentret, {d.city}."))
    b.append(("p", f"Deltagere: {d.citizen} (borger), {d.mentor} (mentor, {d.provider}), "
                   f"{d.cw} (sagsbehandler)."))
    if d.cpr:
        b.append(("p", f"CPR: {d.cpr}"))
    b.append(("p", "Referatet er den skriftlige aftale om mentorstøtten. Her står det, vi blev "
                   "enige om på mødet."))
    secs = [("meta", "Punkt 1. Velkomst og præsentation",
             f"{d.cw} bød velkommen. Alle fortalte kort om sig selv.")]
    if d.has("goal"):
        secs.append(("goal", "Punkt 2. Mål", f"Vi aftalte dette mål: {d.goal}"))
    if d.has("tasks"):
        secs.append(("tasks", "Punkt 3. Hvad mentor gør",
                     f"{d.mentor_first} skal " + ", ".join(d.tasks) + "."))
    if d.has("mentor"):
        if d.mentor_has_contact:
            secs.append(("mentor", "Punkt 4. Kontakt",
                         f"{d.first} kontakter {d.mentor_first} på tlf. {d.mentor_phone} "
                         f"eller {d.mentor_mail}."))
        else:
            secs.append(("mentor", "Punkt 4. Kontakt",
                         f"{d.first} og {d.mentor_first} udveksler numre efter mødet."))
    pt = []
    if d.has("duration"):
        pt.append(f"Forløbet løber {d.period_text}.")
    if d.has("hours"):
        pt.append(hours_sentence(d, d.mentor_first, "til forløbet"))
    if pt:
        secs.append(("duration", "Punkt 5. Periode og timer", " ".join(pt)))
    if d.has("follow_up"):
        secs.append(("follow_up", "Punkt 6. Opfølgning", d.followup))
    if d.has("appeal"):
        secs.append(("appeal", "Punkt 7. Klageadgang", d.appeal))
    secs = do_embed(d, secs, embed)
    for _, h, body in secs:
        b.append(("h", h))
        b.append(("p", body if isinstance(body, str) else "; ".join(body)))
    b.append(("p", f"Referent: {d.cw}, tlf. {d.cw_phone}"))
    return b


def w_mentorwritten(d: Doc, embed: str | None) -> list:
    b = [("title", f"{d.provider} – Mentoraftale")]
    b.append(("p", f"Aftale mellem {d.citizen} og mentor {d.mentor}, på vegne af {d.muni}."))
    if d.cpr:
        b.append(("p", f"Cpr.nr. {d.cpr}"))
    secs = []
    if d.has("mentor"):
        if d.mentor_has_contact:
            secs.append(("mentor", "Om mig",
                         f"Jeg hedder {d.mentor} og er din mentor. Du kan altid fange mig på "
                         f"{d.mentor_phone} (også sms) eller skrive til {d.mentor_mail}."))
        else:
            secs.append(("mentor", "Om mig",
                         f"Jeg hedder {d.mentor} og er din mentor her hos {d.provider}."))
    if d.has("goal"):
        secs.append(("goal", "Det arbejder vi hen imod",
                     f"Kommunen har sat dette mål for vores forløb: {d.goal}"))
    if d.has("tasks"):
        secs.append(("tasks", "Det kan jeg hjælpe dig med", d.tasks))
    if d.has("hours"):
        secs.append(("hours", "Min tid til dig", hours_sentence(d, "Jeg", "til dig")))
    if d.has("duration"):
        secs.append(("duration", "Hvor længe", f"Vi er sammen {d.period_text}."))
    if d.has("follow_up"):
        secs.append(("follow_up", "Sådan holder vi øje med, hvordan det går", d.followup))
    if d.has("appeal"):
        secs.append(("appeal", "Klagevejledning fra kommunen", d.appeal))
    secs = do_embed(d, secs, embed)
    for _, h, body in secs:
        b.append(("h", h))
        if isinstance(body, list):
            b += [("li", t[0].upper() + t[1:]) for t in body]
        else:
            b.append(("p", body))
    b.append(("p", f"Med venlig hilsen\n{d.mentor}\nMentor, {d.provider}"))
    b.append(("p", f"Din sagsbehandler i kommunen er {d.cw}, tlf. {d.cw_phone}."))
    return b


def w_mixed(d: Doc, embed: str | None) -> list:
    b = [("title", "Mentoraftale / Mentor agreement")]
    b.append(("p", f"Citizen / Borger: {d.citizen}" + (f" – CPR {d.cpr}" if d.cpr else "")))
    b.append(("p", f"Kommune: {d.muni}. Caseworker: {d.cw}, phone {d.cw_phone}"))
    secs = []
    if d.has("goal"):
        g = d.goal_en if d.rng.random() < 0.5 else d.goal
        secs.append(("goal", "Goal / Mål", g))
    if d.has("mentor"):
        if d.mentor_has_contact:
            secs.append(("mentor", "Your mentor", f"{d.mentor} ({d.provider}), phone "
                                                  f"{d.mentor_phone}, e-mail {d.mentor_mail}"))
        else:
            secs.append(("mentor", "Your mentor", f"{d.mentor} ({d.provider})"))
    if d.has("tasks"):
        secs.append(("tasks", "Mentor tasks / Opgaver", d.tasks_en))
    if d.has("duration"):
        s, e = d.start, d.end
        secs.append(("duration", "Period / Periode",
                     f"{s.day} {MONTHS_EN[s.month - 1]} {s.year} – {e.day} {MONTHS_EN[e.month - 1]} {e.year}"))
    if d.has("hours"):
        secs.append(("hours", "Hours / Timer", d.hours_en if not d.hours_vague else "as needed (efter behov)"))
    if d.has("follow_up"):
        secs.append(("follow_up", "Follow-up / Opfølgning", d.followup_en))
    if d.has("appeal"):
        ap = d.appeal_en if not d.appeal_weak else "You can complain about the decision (du kan klage)."
        secs.append(("appeal", "How to complain / Klagevejledning", ap))
    secs = do_embed(d, secs, embed)
    for _, h, body in secs:
        b.append(("h", h))
        if isinstance(body, list):
            b += [("li", t[0].upper() + t[1:]) for t in body]
        else:
            b.append(("p", body))
    return b


def hours_sentence(d: Doc, who: str, tail: str) -> str:
    if d.hours_vague:
        return f"I ses {d.hours}." if who != "Jeg" else f"Vi ses {d.hours}."
    return f"{who} har {d.hours} {tail}."


def rng_pick(r, xs):
    return xs[r.randrange(len(xs))]


# Embedding: the guest field is not written under its own label; a sentence carrying it is
# appended to the host field's paragraph. The field is still present (no finding).
EMBED_PAIRS = [("hours", "tasks"), ("mentor", "follow_up"), ("duration", "goal"),
               ("follow_up", "tasks"), ("hours", "duration")]


def embed_sentence(d: Doc, guest: str) -> str:
    if guest == "hours":
        return hours_sentence(d, d.mentor_first, "til dig i perioden")
    if guest == "mentor":
        return (f"Mentor {d.mentor} ({d.provider}) deltager og kan kontaktes på tlf. "
                f"{d.mentor_phone}.")
    if guest == "duration":
        return f"Mentorstøtten løber {d.period_text}."
    if guest == "follow_up":
        return "Vi følger op på det ved et statusmøde hver måned."
    raise ValueError(guest)


def do_embed(d: Doc, secs: list, embed: str | None) -> list:
    if not embed:
        return secs
    guest, host = embed.split(">")
    keys = [s[0] for s in secs]
    if guest not in keys or host not in keys:
        return secs
    out = []
    for k, lab, body in secs:
        if k == guest:
            continue
        if k == host:
            sent = embed_sentence(d, guest)
            if isinstance(body, list):
                body = body[:-1] + [body[-1] + ". " + sent.rstrip(".")]
            else:
                body = body.rstrip() + " " + sent
        out.append((k, lab, body))
    return out


WRITERS = {"letdansk": w_letdansk, "numbered": w_numbered, "table": w_table, "email": w_email,
           "minutes": w_minutes, "mentorwritten": w_mentorwritten, "mixed": w_mixed}
LAYOUT = {"letdansk": "headings", "numbered": "numbered", "table": "table", "email": "email",
          "minutes": "minutes", "mentorwritten": "headings", "mixed": "headings"}
FORMATS = {"letdansk": ["docx", "html", "txt", "pdf"], "numbered": ["txt", "pdf", "odt", "docx"],
           "table": ["docx", "docx", "docx", "odt"], "email": ["eml"],
           "minutes": ["docx", "txt", "pdf"], "mentorwritten": ["docx", "txt", "pdf", "html"],
           "mixed": ["docx", "html", "txt"]}


# ---------------------------------------------------------------- renderers

def render_txt(blocks, path: Path):
    out = []
    prev = None
    for kind, v in blocks:
        if prev == "li" and kind != "li":
            out.append("")
        prev = kind
        if kind == "title":
            out += [v.upper() if len(v) < 40 else v, ""]
        elif kind == "h":
            out += [v, ""]
        elif kind == "p":
            out += [v, ""]
        elif kind == "li":
            out.append(f"- {v}")
        elif kind == "ol":
            out += [v, ""]
        elif kind == "row":
            out += [f"{v[0]}:", *("    " + x for x in v[1].split("\n")), ""]
    text = "\n".join(out)
    text = text.replace("\n- ", "\n- ").replace("\n\n\n", "\n\n")
    path.write_text(text + "\n", encoding="utf-8")


def render_html(blocks, path: Path):
    import html as h
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>",
             h.escape(blocks[0][1]), "</title></head><body><div class='doc'>"]
    in_ul = False
    table = False
    for kind, v in blocks:
        if kind != "li" and in_ul:
            parts.append("</ul>")
            in_ul = False
        if kind != "row" and table:
            parts.append("</table>")
            table = False
        if kind == "title":
            parts.append(f"<h1>{h.escape(v)}</h1>")
        elif kind == "h":
            parts.append(f"<h2>{h.escape(v)}</h2>")
        elif kind in ("p", "ol"):
            parts.append("<p>" + "<br>".join(h.escape(x) for x in v.split("\n")) + "</p>")
        elif kind == "li":
            if not in_ul:
                parts.append("<ul>")
                in_ul = True
            parts.append(f"<li>{h.escape(v)}</li>")
        elif kind == "row":
            if not table:
                parts.append("<table border='1'>")
                table = True
            parts.append(f"<tr><th>{h.escape(v[0])}</th><td>"
                         + "<br>".join(h.escape(x) for x in v[1].split("\n")) + "</td></tr>")
    if in_ul:
        parts.append("</ul>")
    if table:
        parts.append("</table>")
    parts.append("<script>var tracking='Mål: ingen';</script></div></body></html>")
    path.write_text("".join(parts), encoding="utf-8")


def render_docx(blocks, path: Path, rng: random.Random):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    table = None
    bold_heads = rng.random() < 0.4  # some writers make headings by bolding
    for kind, v in blocks:
        if kind != "row":
            table = None
        if kind == "title":
            doc.add_heading(v, level=1)
        elif kind == "h":
            if bold_heads:
                p = doc.add_paragraph()
                run = p.add_run(v)
                run.bold = True
            else:
                doc.add_heading(v, level=2)
        elif kind == "p":
            p = doc.add_paragraph()
            lines = v.split("\n")
            for n, line in enumerate(lines):
                run = p.add_run(line)
                if n < len(lines) - 1:
                    run.add_break()
        elif kind == "li":
            doc.add_paragraph(v, style="List Bullet")
        elif kind == "ol":
            m = re.match(r"^(\d+)[.)] (.*)$", v, re.S)
            if m and rng.random() < 0.7:
                doc.add_paragraph(m.group(2), style="List Number")  # Word auto-numbering
            else:
                doc.add_paragraph(v)
        elif kind == "row":
            if table is None:
                table = doc.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            cells = table.add_row().cells
            cells[0].text = v[0]
            cells[0].paragraphs[0].runs[0].bold = True
            lines = v[1].split("\n")
            cells[1].text = lines[0]
            for line in lines[1:]:
                cells[1].add_paragraph(line)
    for s in doc.styles:
        pass
    doc.save(path)


def render_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P
    doc = OpenDocumentText()
    table = None
    lst = None
    for kind, v in blocks:
        if kind != "row":
            table = None
        if kind != "li":
            lst = None
        if kind == "title":
            doc.text.addElement(H(outlinelevel=1, text=v))
        elif kind == "h":
            doc.text.addElement(H(outlinelevel=2, text=v))
        elif kind in ("p", "ol"):
            for line in v.split("\n"):
                doc.text.addElement(P(text=line))
        elif kind == "li":
            if lst is None:
                lst = List()
                doc.text.addElement(lst)
            it = ListItem()
            it.addElement(P(text=v))
            lst.addElement(it)
        elif kind == "row":
            if table is None:
                table = Table(name=f"T{id(v)}")
                table.addElement(TableColumn(numbercolumnsrepeated=2))
                doc.text.addElement(table)
            tr = TableRow()
            for c in v:
                tc = TableCell()
                for line in c.split("\n"):
                    tc.addElement(P(text=line))
                tr.addElement(tc)
            table.addElement(tr)
    doc.save(str(path))


def render_pdf(blocks, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    story = []
    rows = []
    items = []

    def flush():
        nonlocal rows, items
        if rows:
            t = Table([[Paragraph(escape(a), ss["Normal"]),
                        Paragraph(escape(b).replace("\n", "<br/>"), ss["Normal"])] for a, b in rows],
                      colWidths=[5 * cm, 11 * cm])
            story.append(t)
            rows = []
        if items:
            story.append(ListFlowable([ListItem(Paragraph(escape(x), ss["Normal"])) for x in items],
                                      bulletType="bullet"))
            items = []

    for kind, v in blocks:
        if kind != "row" and rows:
            flush()
        if kind != "li" and items:
            flush()
        if kind == "title":
            story.append(Paragraph(escape(v), ss["Title"]))
        elif kind == "h":
            story.append(Paragraph(escape(v), ss["Heading3"]))
        elif kind in ("p", "ol"):
            story.append(Paragraph(escape(v).replace("\n", "<br/>"), ss["Normal"]))
            story.append(Spacer(1, 6))
        elif kind == "li":
            items.append(v)
        elif kind == "row":
            rows.append(v)
    flush()
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def render_eml(blocks, path: Path, d: Doc | None, rng: random.Random, subject=None,
               sender=None, to=None):
    lines = []
    for kind, v in blocks[1:]:
        if kind == "li":
            lines.append(f"* {v}")
        elif kind in ("p", "h", "ol"):
            lines += ["", v, ""] if kind != "h" else ["", v]
        elif kind == "row":
            lines.append(f"{v[0]}: {v[1]}")
    body = "\n".join(lines).strip() + "\n"
    if d is not None:
        body += f"\n-- \n{d.cw}\nSagsbehandler, {d.muni}\nDirekte tlf. {d.cw_phone}\n"
        if rng.random() < 0.5:
            body += (f"\n\nDen {d.date.day - 1 if d.date.day > 1 else 1}. {MONTHS[d.date.month - 1]} "
                     f"{d.date.year} skrev {d.citizen}:\n> Hej, hvornår skal vi mødes?\n> "
                     f"Mvh {d.first}\n")
    m = EmailMessage()
    m["From"] = sender or (f"{d.cw} <{d.cw.split()[0].lower()}@{d.city.lower()}.dk>")
    m["To"] = to or f"{d.first.lower()}@mail.dk"
    m["Subject"] = subject or blocks[0][1]
    day = d.date if d is not None else dt.date(2026, 3, 2)
    m["Date"] = format_datetime(dt.datetime(day.year, day.month, day.day, 10, 12,
                                            tzinfo=dt.timezone.utc))
    m.set_content(body)
    path.write_bytes(bytes(m))


def render(fmt, blocks, path, rng, d=None):
    if fmt == "txt":
        render_txt(blocks, path)
    elif fmt == "html":
        render_html(blocks, path)
    elif fmt == "docx":
        render_docx(blocks, path, rng)
    elif fmt == "odt":
        render_odt(blocks, path)
    elif fmt == "pdf":
        render_pdf(blocks, path)
    elif fmt == "eml":
        render_eml(blocks, path, d, rng)


# ---------------------------------------------------------------- non-kind documents

def nonkind(rng: random.Random, i: int) -> tuple[str, list, list[str], str | None]:
    """Return (subtype, blocks, must_not_contain, cpr)."""
    n = i % 7
    person = f"{rng.choice(CITIZENS)} {rng.choice(SURNAMES)}"
    ment = rng.choice(MENTORS)
    ph = phone(rng)
    if n == 0:
        club = rng.choice(["Vejle Boldklub", "Holbæk Håndbold", "Herning Svømmeklub"])
        return "sportsklub-mentoraftale", [
            ("title", f"Mentoraftale – ungdomsafdelingen, {club}"),
            ("p", f"Aftalen er indgået mellem spilleren {person} (U17) og seniorspilleren {ment}."),
            ("h", "Formål"), ("p", "At du får en god start i klubben, lærer holdets kultur at kende og "
                                    "trives både på og uden for banen."),
            ("h", "Mentorens opgaver"), ("li", "Tage dig med til seniortræning en gang om måneden"),
            ("li", "Tale med dig om kost, søvn og skole"), ("li", "Være én, du kan spørge"),
            ("h", "Kontakt"), ("p", f"{ment}, mobil {ph}"),
            ("h", "Periode og tid"), ("p", "Sæsonen 2026/27, ca. 1 time om ugen efter træning."),
            ("h", "Opfølgning"), ("p", "Ungdomsformanden tager en snak med jer efter efterårssæsonen."),
            ("p", "Aftalen er frivillig og kan stoppes af begge parter. Den er ikke en del af "
                  "kommunens beskæftigelsesindsats."),
        ], [], None
    if n == 1:
        school = rng.choice(["Lindegårdens Friskole", "Nørre Nebel Efterskole", "Aabenraa Private Realskole"])
        return "skole-mentoraftale", [
            ("title", f"Mentoraftale – {school}"),
            ("p", f"Elev: {person}, 9.b. Mentor (lærer): {ment}, tlf. {ph}."),
            ("h", "Mål"), ("p", "Eleven afleverer alle danskopgaver til tiden og går til "
                                 "folkeskolens afgangsprøve i juni 2027."),
            ("h", "Hvad mentor gør"), ("p", "Ugentlig samtale om lektier og planlægning; kontakt "
                                             "til forældrene ved behov."),
            ("h", "Tid"), ("p", "30 minutter hver onsdag i 7. lektion, fra 1. september 2026 til "
                                "30. juni 2027."),
            ("h", "Evaluering"), ("p", "Ved skole-hjem-samtalen i januar."),
            ("p", "Underskrevet af elev, forælder og mentor. Skolens mentorordning er et tilbud til "
                  "skolens egne elever."),
        ], [], None
    if n == 2:
        co = rng.choice(["Danfoss", "Arla Foods", "Netcompany", "Vestas"])
        return "buddy-onboarding", [
            ("title", f"Buddy/mentor agreement – onboarding at {co}"),
            ("p", f"New employee: {person}. Your buddy: {ment} ({ph}, {ment.split()[0].lower()}@{co.lower().replace(' ', '')}.com)."),
            ("h", "Purpose / Formål"), ("p", "Help you settle in, learn our tools and meet the team "
                                             "during your first three months."),
            ("h", "What your buddy does"), ("li", "Lunch together the first week"),
            ("li", "Walk you through the intranet and Teams"), ("li", "Weekly 30-minute check-in"),
            ("h", "Period"), ("p", "1 March 2026 – 31 May 2026 (probation period)."),
            ("h", "Follow-up"), ("p", "HR checks in with you and your buddy after 6 weeks."),
            ("p", "Questions? Contact HR People & Culture."),
        ], [], None
    if n == 3:
        c = cpr(rng) if rng.random() < 0.6 else None
        return "mentor-statusrapport", [
            ("title", "Statusrapport fra mentor"),
            ("p", f"Borger: {person}" + (f", CPR {c}" if c else "")),
            ("p", f"Mentor: {ment}, tlf. {ph}. Periode for rapporten: 1. maj – 31. maj 2026."),
            ("h", "Forbrugte timer"), ("p", "9 timer i maj (planlagt 3 timer om ugen)."),
            ("h", "Hvordan er det gået?"), ("p", f"{person.split()[0]} er mødt i praktikken 15 ud af "
                                                   "18 dage. Vi har øvet busruten og talt om "
                                                   "fravær. Der er god fremgang."),
            ("h", "Mål og næste skridt"), ("p", "Målet om løntilskud fra 1. august ser realistisk "
                                                 "ud. Næste statusmøde 20. juni."),
            ("h", "Mentors vurdering"), ("p", "Jeg anbefaler, at forløbet fortsætter uændret."),
        ], [c] if c else [], c
    if n == 4:
        return "kursusbeskrivelse", [
            ("title", "Kursusbeskrivelse: Mentoruddannelse – grundmodul"),
            ("p", "Et kursus for medarbejdere og frivillige, der skal være mentorer for borgere "
                  "i virksomhedspraktik, løntilskud eller uddannelse."),
            ("h", "Formål"), ("p", "Deltagerne kan efter kurset lave en mentoraftale med mål, "
                                    "opgaver, timetal og opfølgning."),
            ("h", "Indhold"), ("li", "Mentorrollen og LAB § 167"), ("li", "Den gode aftale: mål, "
                                                                      "opgaver, varighed, timer"),
            ("li", "Samtaleteknik og grænser"), ("li", "Klagevejledning og borgerens rettigheder"),
            ("h", "Varighed"), ("p", "3 dage á 6 timer, september–november 2026."),
            ("h", "Underviser"), ("p", f"{ment}, tlf. {ph}"),
            ("h", "Pris"), ("p", "4.500 kr. ekskl. moms."),
        ], [], None
    if n == 5:
        club = rng.choice(["KFUM Spejderne Roskilde", "Tønder Ride- og Køreforening"])
        return "forening-mentoraftale", [
            ("title", f"Mentoraftale for nye frivillige – {club}"),
            ("p", f"Ny frivillig: {person}. Mentor: {ment}, {ph}."),
            ("p", "Formålet er, at du lærer foreningens arbejde at kende og får lyst til at blive. "
                  "Din mentor hjælper dig med de første møder og med at finde din plads. I ses et "
                  "par timer om måneden det første halve år, og bestyrelsen spørger ind til, "
                  "hvordan det går, efter tre måneder."),
        ], [], None
    return "kursusbeskrivelse-ung", [
        ("title", "Forløbsbeskrivelse: Ung-mentor – gruppeforløb"),
        ("p", "Gruppeforløbet henvender sig til unge borgere under 30 år, som er på vej i "
              "uddannelse. Forløbet varer 12 uger med 2 timers gruppemøde om ugen."),
        ("h", "Mål for deltagerne"), ("p", "Deltagerne starter på FGU, EUD eller HF efter forløbet."),
        ("h", "Mentorernes rolle"), ("p", "Mentorerne hjælper med ansøgninger, skolebesøg og "
                                          "daglig struktur."),
        ("h", "Visitation"), ("p", "Sagsbehandleren visiterer. Kontakt Ungeindsatsen på 70 20 30 40."),
    ], [], None


# ---------------------------------------------------------------- plan

DEFECT_POOL = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks",
               "missing-duration", "missing-follow-up", "missing-hours",
               "missing-appeal-guidance", "duration-over-6-months"]


def plan(rng: random.Random) -> list[dict]:
    items = []
    styles = list(WRITERS)
    n = 0
    for s in styles:
        for k in range(12):
            items.append({"style": s, "k": k})
            n += 1
    rng.shuffle(items)
    for idx, it in enumerate(items):
        r = rng.random()
        if r < 0.38:
            it["defects"] = []
        elif r < 0.9:
            it["defects"] = [rng.choice(DEFECT_POOL)]
        else:
            it["defects"] = sorted(set(rng.sample(DEFECT_POOL, 2)))
        if "missing-goal" in it["defects"] and "unclear-goal" in it["defects"]:
            it["defects"].remove("unclear-goal")
        if "missing-duration" in it["defects"] and "duration-over-6-months" in it["defects"]:
            it["defects"].remove("duration-over-6-months")
        # one field stated only inside another field's paragraph
        it["embed"] = None
        if rng.random() < 0.3:
            g, h = rng.choice(EMBED_PAIRS)
            it["embed"] = f"{g}>{h}"
    return items


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    entries = []
    for idx, it in enumerate(plan(rng)):
        s = it["style"]
        defects = list(it["defects"])
        d = Doc(rng, idx, defects, lang="da")
        if s == "email":
            d.cpr = None  # case workers do not put CPR numbers in e-mails
        embed = it["embed"]
        # an embedded guest that the defect removes is not embedded
        if embed:
            g, h = embed.split(">")
            fm = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
                  "duration": "missing-duration", "follow_up": "missing-follow-up",
                  "hours": "missing-hours", "appeal": "missing-appeal-guidance"}
            if fm[g] in defects or fm[h] in defects or s in ("mixed", "table", "minutes"):
                embed = None
        blocks = WRITERS[s](d, embed)
        fmt = FORMATS[s][it["k"] % len(FORMATS[s])]
        folder = out / f"sag-{idx // 10:02d}"
        folder.mkdir(exist_ok=True)
        name = f"{idx:03d}-{s}.{fmt}"
        render(fmt, blocks, folder / name, rng, d)
        traits = [f"writer:{s}"]
        if embed:
            traits.append(f"embedded:{embed}")
        if d.cpr:
            traits.append("cpr")
        if d.hours_vague and "missing-hours" in defects:
            traits.append("hours:vague")
        if d.appeal_weak and "missing-appeal-guidance" in defects:
            traits.append("appeal:incomplete")
        if "missing-mentor" in defects:
            traits.append("mentor:name-without-contact")
        traits += [f"defect:{x}" for x in defects]
        e = {"path": f"{folder.name}/{name}", "format": fmt, "kind": "agreement",
             "subtype": "agreement", "layout": LAYOUT[s], "rules": d.expected(), "extras": [],
             "error": None, "accept_errors": [],
             "must_not_contain": [d.cpr] if d.cpr else [], "traits": traits}
        if "missing-duration" not in defects:
            e["period"] = {"start": d.start.isoformat(), "end": d.end.isoformat()}
        entries.append(e)
    base = len(entries)
    nk_formats = ["docx", "pdf", "html", "txt", "eml", "odt", "docx"]
    for j in range(14):
        subtype, blocks, mnc, c = nonkind(rng, j)
        fmt = nk_formats[(j + j // 7) % len(nk_formats)]
        idx = base + j
        folder = out / f"sag-{idx // 10:02d}"
        folder.mkdir(exist_ok=True)
        name = f"{idx:03d}-{subtype}.{fmt}"
        if fmt == "eml":
            render_eml(blocks, folder / name, None, rng, sender="info@forening.dk",
                       to="medlem@mail.dk")
        else:
            render(fmt, blocks, folder / name, rng)
        entries.append({"path": f"{folder.name}/{name}", "format": fmt, "kind": "unknown",
                        "subtype": subtype, "layout": "mixed", "rules": [], "extras": [],
                        "error": None, "accept_errors": [], "must_not_contain": mnc,
                        "traits": ["not-a-mentor-document-kind"] + (["cpr"] if c else [])})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
             for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
