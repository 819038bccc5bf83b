"""Corpus cv: one municipality's ordinary audit sample, as a quality team pulls it from the archive.

Independent corpus (session 9). Written from shared/domain.md, the seeds and knowledge of Danish
municipal practice only. Deterministic: fixed seed.

    /work/main/.venv/bin/python make_corpus_cv.py --out /work/corpora/cv
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

SEED = 90417
R = random.Random(SEED)

KOMMUNE = "Vordingborg Kommune"
KOMMUNE_SHORT = "Vordingborg"
ADR = "Valdemarsgade 43, 4760 Vordingborg"

FIRST = ["Mads", "Sofie", "Ahmed", "Line", "Kasper", "Nadia", "Jonas", "Emma", "Mikkel", "Ida",
         "Rasmus", "Freja", "Yusuf", "Camilla", "Tobias", "Maja", "Oliver", "Amalie", "Fatima",
         "Jesper", "Louise", "Kristian", "Sara", "Dennis", "Stine", "Bilal", "Pernille", "Anders",
         "Hanne", "Mathias", "Cecilie", "Omar", "Julie", "Henrik", "Mette", "Nikolaj", "Tina",
         "Simon", "Trine", "Ali", "Karina", "Morten", "Signe", "Patrick", "Lærke", "Dorthe", "Bo"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Knudsen", "Frederiksen", "Østergaard", "Bech", "Lund",
        "Dahl", "Holm", "Vestergaard", "Mikkelsen", "Kaya", "Hussein", "Berg", "Friis", "Skov",
        "Abdi", "Karlsen", "Bak", "Krogh", "Lauritsen", "Fisker", "Winther", "Ravn", "Juhl"]
STREETS = ["Algade", "Møllevej", "Kirkestræde", "Sydhavnsvej", "Præstøvej", "Nyråd Hovedgade",
           "Kastaniealle", "Stege Landevej", "Færgegårdsvej", "Bakkebøllevej", "Oreby Skovvej",
           "Slotsgade", "Tovværkvej", "Hjertevej", "Banegårdsvej"]
TOWNS = [("4760", "Vordingborg"), ("4720", "Præstø"), ("4780", "Stege"), ("4772", "Langebæk"),
         ("4773", "Stensved"), ("4735", "Mern"), ("4771", "Kalvehave")]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_AB = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

PROVIDERS = [
    dict(name="Brobyggerne ApS", short="Brobyggerne", addr="Havnevej 12, 4760 Vordingborg",
         cvr="38 21 47 90", web="www.brobyggerne-mentor.dk", dom="brobyggerne-mentor.dk",
         tel="55 34 12 00"),
    dict(name="Mentorhuset Sydsjælland I/S", short="Mentorhuset", addr="Jernbanegade 7, 1. sal, 4700 Næstved",
         cvr="41 09 33 58", web="mentorhuset-syd.dk", dom="mentorhuset-syd.dk", tel="70 20 44 18"),
    dict(name="Vækstspor – socialfaglig rådgivning", short="Vækstspor", addr="Grønsundvej 3, 4780 Stege",
         cvr="39 88 10 26", web="vaekstspor.dk", dom="vaekstspor.dk", tel="29 71 05 63"),
]

JOBS = ["lagerarbejde hos {c}", "en stilling som kassemedarbejder i {c}", "job som pædagogmedhjælper",
        "ordinært job i rengøringsbranchen", "fleksjob som køkkenmedhjælper i {c}",
        "virksomhedspraktik på værkstedet hos {c}", "løntilskud som pedelmedhjælper hos {c}",
        "ansættelse som chauffør (kat. C)", "job i detailhandlen", "elevplads som tømrer",
        "praktik i kantinen hos {c}", "job som plejehjemsassistent"]
EDUS = ["SOSU-hjælperuddannelsen på ZBC", "FGU Storstrøm (Vordingborg-afdelingen)", "HF på VUC Storstrøm",
        "grundforløb 1 på EUC Sjælland (smed)", "FVU-dansk trin 2", "AMU-kursus i truckkørsel",
        "EUX Business på ZBC", "STU på Lindersvold", "den pædagogiske assistentuddannelse (PAU)",
        "9. klasses afgangsprøve i dansk og matematik på VUC"]
COMPANIES = ["Netto Nyråd", "Lidl Vordingborg", "Dansk Supermarked", "Stege Tømrer- og Snedkerforretning",
             "Vordingborg Forsyning", "Kalvehave Havnekiosk", "Møns Bank", "Rema 1000 Præstø",
             "Danish Crown Vordingborg", "Nordic Seafood", "Bøgebjerg Plejecenter", "Præstø Auto"]

TASKS_ANY = [
    "hjælpe med at lave en ugeplan og holde den", "ringe {f} op morgenen før mødedage",
    "hjælpe med at åbne og besvare post fra e-Boks", "tage med til samtaler hos egen læge, når {f} ønsker det",
    "hjælpe med budget og betaling af faste regninger", "samtaler om fravær og hvad der står i vejen for fremmøde",
    "hjælpe med at finde en fritidsaktivitet, der giver struktur", "hjælpe med kontakt til misbrugscentret",
    "støtte i at holde fast i medicin og søvnrytme", "koordinere med kontaktpersonen i kommunen",
]
TASKS_JOB = [
    "følge {f} til de første {n} møder i praktikken", "støtte i kontakten med {c} og den daglige leder",
    "støtte {f} i at søge mindst {n} job om ugen", "træne jobsamtaler", "gennemgå arbejdstider og vagtplan hver uge",
    "hjælpe med at skrive CV og ansøgninger", "aftale med {c}, hvordan de første uger skal forløbe",
]
TASKS_EDU = [
    "øve busruten til skolen sammen med {f}", "følge op på lektier og afleveringer",
    "være bindeled til studievejlederen", "tage med til første dag på {e}",
    "hjælpe med at søge SU og bruge skolens intranet", "hjælpe med at planlægge læsetid før prøverne",
]
TASKS = TASKS_ANY + TASKS_JOB + TASKS_EDU


def name():
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def phone():
    return f"{R.choice(['2', '3', '4', '5', '6'])}{R.randint(0, 9)} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}"


def email_for(person, dom):
    first = person.split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    last = person.split()[-1].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return R.choice([f"{first}@{dom}", f"{first}.{last}@{dom}", f"{first[:2]}{last[:2]}@{dom}"])


def cpr():
    d = dt.date(R.randint(1965, 2006), R.randint(1, 12), R.randint(1, 28))
    return f"{d:%d%m%y}-{R.randint(1000, 9999)}"


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def fmt_date(d, style=None):
    style = style if style is not None else R.randint(0, 6)
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_AB[d.month - 1]} {d.year}"
    if style == 4:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == 5:
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day}.{d.month}.{d.year}"


def hours_text():
    return R.choice([
        lambda: f"{R.randint(2, 6)} timer pr. uge",
        lambda: f"{R.choice(['1½', 'halvanden', '2½'])} time om ugen",
        lambda: f"{R.choice(['to', 'tre', 'fire'])} timer ugentligt",
        lambda: f"{R.choice([6, 8, 10, 12])} timer om måneden",
        lambda: f"{R.randint(2, 5)} t/uge",
        lambda: f"op til {R.randint(3, 5)} timer om ugen",
        lambda: f"{R.randint(2, 3)}-{R.randint(4, 5)} timer pr. uge",
    ])()


class Doc:
    """The content of one case: what is filled in and what is wrong."""

    def __init__(self, kind, defects_allowed=True, citizen=None):
        self.kind = kind
        self.citizen = citizen or name()
        self.f = self.citizen.split()[0]
        self.mentor = name()
        self.caseworker = name()
        self.company = R.choice(COMPANIES)
        self.edu = R.choice(EDUS)
        self.start = dt.date(2026, R.randint(1, 11), R.choice([1, 1, 1, 4, 10, 15, 17]))
        self.months = R.choice([3, 4, 6, 6, 6, 5])
        self.weeks = None
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.cpr = cpr() if R.random() < 0.27 else None
        self.goal_type = R.choice(["job", "edu"])
        self.defects = []
        self.rules = set()
        self.extras = set()
        self.traits = []
        self.sagsnr = f"{R.randint(10, 99)}.{R.choice(['30', '32'])}.{R.randint(10, 20):02d}-{R.choice(['G01', 'P20', 'K07'])}-{R.randint(1, 9999)}-{R.randint(24, 26)}"

    def pick_defects(self, possible, rate=0.35):
        if R.random() < rate:
            n = 1 if R.random() < 0.7 else 2
            self.defects = R.sample(possible, min(n, len(possible)))
        for d in self.defects:
            self.traits.append(f"defect:{d}")

    def has(self, d):
        return d in self.defects

    def set_over6(self):
        kind = R.choice(["months", "edge", "year"])
        if kind == "months":
            self.months = R.choice([7, 8, 9, 10])
            self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        elif kind == "edge":
            self.months = 6
            self.end = add_months(self.start, 6)  # one day too long: d + 6 months
            self.traits.append("period:one-day-over")
        else:
            self.months = 12
            self.end = add_months(self.start, 12) - dt.timedelta(days=1)

    # ---- field texts ------------------------------------------------------------------
    def goal_text(self):
        if self.has("unclear-goal"):
            return R.choice([
                f"Støtte til at {self.f} får mere struktur på hverdagen og øget trivsel.",
                f"At {self.f} kommer videre og får det bedre med sig selv.",
                "Hjælp til at arbejde med sig selv og få et øget selvværd.",
                f"Sikre at {self.f} bliver mere motiveret og oplever mere overskud i hverdagen.",
                "Øget trivsel og mere ro på.",
                f"Motivere {self.f} og støtte til at komme tættere på arbejdsmarkedet.",
            ])
        if self.goal_type == "job":
            job = R.choice(JOBS).format(c=self.company)
            return R.choice([
                f"{self.f} er i {job} {R.randint(10, 30)} timer om ugen senest {fmt_date(add_months(self.start, R.randint(2, 5)), 0)}.",
                f"Målet er, at {self.f} har fået {job} og møder stabilt {R.choice(['fire', 'fem', 'tre'])} dage om ugen inden periodens udløb.",
                f"Hovedmål: {job}. Delmål: fremmøde mindst {R.randint(80, 95)} % af de aftalte dage i de første {R.randint(4, 8)} uger.",
                f"At {self.f} fastholder {job}, så timetallet kan øges fra {R.randint(8, 15)} til {R.randint(18, 30)} timer om ugen.",
            ])
        return R.choice([
            f"{self.f} starter på {self.edu} {fmt_date(add_months(self.start, R.randint(1, 3)), 0)} og gennemfører det første halvår.",
            f"Målet er, at {self.f} bliver optaget på {self.edu} og møder {R.choice(['alle', 'mindst fire af fem'])} skoledage om ugen.",
            f"{self.f} gennemfører {self.edu} uden ulovligt fravær og afleverer alle opgaver til tiden.",
            f"Uddannelse: {self.edu}. {self.f} skal kunne tage bussen alene til skolen inden {fmt_date(add_months(self.start, 1), 0)}.",
        ])

    def task_list(self):
        own = TASKS_JOB if self.goal_type == "job" else TASKS_EDU
        k = R.randint(2, 5)
        j = min(len(own), R.randint(1, k))
        tasks = R.sample(own, j) + R.sample(TASKS_ANY, k - j)
        R.shuffle(tasks)
        return [t.format(f=self.f, n=R.choice(["to", "tre", "4", "2"]), c=self.company, e=self.edu)
                for t in tasks]

    def hours(self):
        if self.has("vague-hours"):
            return R.choice(["efter behov", "et par timer om ugen", "løbende efter aftale", "aftales løbende med mentor"])
        return hours_text()

    def period_text(self):
        if self.weeks:
            return f"{R.choice(['fra', 'med start'])} {fmt_date(self.start, 0)} og {self.weeks} uger frem"
        s = R.randint(0, 6)
        a, b = fmt_date(self.start, s), fmt_date(self.end, s)
        return R.choice([f"{a} – {b}", f"{a} til {b}", f"fra {a} til og med {b}", f"{a} - {b}",
                         f"f.o.m. {a} t.o.m. {b}"])

    def follow_text(self):
        return R.choice([
            f"Statusmøde med {self.f}, mentor og {self.caseworker.split()[0]} hver {R.choice(['måned', '4. uge', '6. uge'])}. Evaluering 14 dage før støtten slutter.",
            f"Vi følger op hver {R.choice(['anden', 'tredje'])} uge. Mentor sender en kort status til sagsbehandler. Progression måles på fremmøde.",
            f"Midtvejsevaluering {fmt_date(add_months(self.start, max(1, self.months // 2)), 0)} og slutevaluering inden udløb. Delmål: {R.randint(2, 4)} dages fremmøde om ugen.",
            f"Opfølgning på samtale i {R.choice(['Borgerservice', 'jobcentret', 'kommunen'])} ca. hver {R.choice(['4.', '6.', '8.'])} uge, hvor vi ser på, om delmålene er nået.",
            f"Mentor og {self.f} evaluerer sammen hver måned; sagsbehandler deltager i statusmødet {R.choice(['fire uger', '14 dage'])} før bevillingen udløber.",
        ])

    def appeal_text(self):
        if self.has("appeal-incomplete"):
            return R.choice(["Du kan klage over afgørelsen.", "Er du uenig, kan du klage. Kontakt din sagsbehandler.",
                             "Hvis du ikke er enig, er du velkommen til at kontakte os."])
        if self.has("wrong-route"):
            return R.choice([
                f"Du kan klage til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. Klagen sendes til Ankestyrelsen, 7998 Statsservice.",
                "Hvis du vil klage, skal du skrive direkte til Ankestyrelsen senest fire uger efter, du har fået dette brev. Det kan ske via ast.dk.",
            ])
        return R.choice([
            f"Hvis du ikke er enig i afgørelsen, kan du klage til {KOMMUNE} inden fire uger fra du har modtaget den. Kommunen genvurderer afgørelsen, og fastholder vi den, sender vi klagen videre til Ankestyrelsen. Du kan klage mundtligt eller skriftligt (LAB § 204, retssikkerhedslovens kap. 10).",
            f"Du kan klage over afgørelsen. Klagen skal sendes til {KOMMUNE}, Jobcenter, {ADR}, senest 4 uger efter du har modtaget brevet. Vi ser på sagen igen inden for 4 uger. Hvis vi fastholder afgørelsen, bliver din klage sendt videre til Ankestyrelsens Beskæftigelsesudvalg.",
            f"Er du uenig, skal du klage til kommunen inden 4 uger. Ring til {self.caseworker} eller skriv via Digital Post. Kommunen genvurderer sagen; ændrer vi ikke afgørelsen, sendes klagen til Ankestyrelsen.",
            f"Klagefristen er fire uger fra modtagelsen af denne afgørelse. Du klager til kommunen, som skal genvurdere afgørelsen inden fire uger. Giver vi dig ikke medhold, sender vi klagen og sagens akter til Ankestyrelsen.",
        ])

    def rules_for_fields(self, kind):
        """Labels from the defects, decided here (the rule docs), never from a linter run."""
        m = {"no-goal": "missing-goal", "placeholder-goal": "missing-goal", "unclear-goal": "unclear-goal",
             "no-mentor": "missing-mentor", "mentor-no-contact": "missing-mentor",
             "no-tasks": "missing-tasks", "placeholder-tasks": "missing-tasks",
             "no-duration": "missing-duration", "vague-duration": "missing-duration",
             "no-follow-up": "missing-follow-up", "no-hours": "missing-hours", "vague-hours": "missing-hours",
             "no-appeal": "missing-appeal-guidance", "appeal-incomplete": "missing-appeal-guidance",
             "over6": "duration-over-6-months", "wrong-route": None, "no-reasons": None}
        for d in self.defects:
            r = m.get(d)
            if r:
                self.rules.add(r)
        if "wrong-route" in self.defects:
            self.extras.add("appeal-wrong-route")
        if "no-reasons" in self.defects:
            self.extras.add("missing-reasons")


AGREEMENT_DEFECTS = ["no-goal", "placeholder-goal", "unclear-goal", "mentor-no-contact", "no-tasks",
                     "placeholder-tasks", "no-duration", "no-follow-up", "no-hours", "vague-hours",
                     "no-appeal", "appeal-incomplete", "over6", "wrong-route", "vague-duration"]
PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


def prep_agreement(d):
    d.pick_defects(AGREEMENT_DEFECTS)
    # unclear-goal and a missing goal exclude each other; keep the first
    if "unclear-goal" in d.defects and ({"no-goal", "placeholder-goal"} & set(d.defects)):
        d.defects.remove("unclear-goal")
    if "over6" in d.defects:
        if {"no-duration", "vague-duration"} & set(d.defects):
            d.defects.remove("over6")
        else:
            d.set_over6()
    if ("no-appeal" in d.defects or "appeal-incomplete" in d.defects) and "wrong-route" in d.defects:
        d.defects.remove("wrong-route")
    d.traits = [t for t in d.traits if not t.startswith("defect:")] + [f"defect:{x}" for x in d.defects]
    d.rules_for_fields("agreement")


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


def footer_text(docx_doc, text, header=False):
    sec = docx_doc.sections[0]
    part = sec.header if header else sec.footer
    p = part.paragraphs[0]
    p.text = text
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in p.runs:
        r.font.size = Pt(8)


def template_a(d, path):
    """In-house template A: one Word table, labels in the left column."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(R.choice([10, 11]))
    h = doc.add_paragraph()
    h.add_run(f"{KOMMUNE}\nJob og Ydelse").bold = True
    doc.add_heading(R.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167"]), 1)
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"

    def row(label, value):
        c = tbl.add_row().cells
        set_cell(c[0], label, bold=True)
        set_cell(c[1], value)

    row("Borger", d.citizen + (f"\nCPR-nr.: {d.cpr}" if d.cpr else ""))
    row("Sagsnr.", d.sagsnr)
    row("Sagsbehandler", f"{d.caseworker}, tlf. {phone()}")
    if d.has("no-goal"):
        pass
    elif d.has("placeholder-goal"):
        row("Mål med mentorstøtten", PLACEHOLDER)
    else:
        row(R.choice(["Mål med mentorstøtten", "Målet med mentorstøtten", "Formål"]), d.goal_text())
    prov = R.choice(PROVIDERS)
    mentor_val = f"{d.mentor}, {prov['short']}" if d.has("mentor-no-contact") else \
        f"{d.mentor}, {prov['short']}\nTlf. {phone()}\n{email_for(d.mentor, prov['dom'])}"
    row(R.choice(["Mentor (navn og kontaktdata)", "Mentor", "Mentorens navn og kontaktdata"]), mentor_val)
    if d.has("no-tasks"):
        pass
    elif d.has("placeholder-tasks"):
        row("Mentors opgaver", PLACEHOLDER)
    else:
        row(R.choice(["Mentors opgaver", "Mentorens opgaver", "Hvad skal mentor hjælpe med?"]),
            "\n".join("• " + t[0].upper() + t[1:] for t in d.task_list()))
    if not d.has("no-duration"):
        row(R.choice(["Periode", "Varighed", "Bevilget periode"]),
            R.choice(["indtil videre", "aftales senere"]) if d.has("vague-duration") else d.period_text())
    if not d.has("no-hours"):
        row(R.choice(["Timetal", "Antal timer", "Timer pr. uge"]), d.hours())
    if not d.has("no-follow-up"):
        row(R.choice(["Opfølgning", "Opfølgning og progression", "Evaluering"]), d.follow_text())
    if not d.has("no-appeal"):
        row("Klagevejledning", d.appeal_text())
    doc.add_paragraph("")
    doc.add_paragraph(f"Dato: {fmt_date(d.start - dt.timedelta(days=R.randint(2, 12)))}")
    doc.add_paragraph("_______________________        _______________________\nBorger                                     Sagsbehandler")
    footer_text(doc, f"{KOMMUNE} · {ADR} · Tlf. 55 36 36 36 · www.vordingborg.dk")
    doc.save(path)


def template_b(d, path):
    """In-house template B: headed sections, written to the citizen ('du')."""
    doc = Document()
    doc.styles["Normal"].font.name = R.choice(["Arial", "Verdana"])
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph(f"{KOMMUNE}\nBeskæftigelse og Uddannelse\n{R.choice(['Jobcenter', 'Ungeenheden'])} {KOMMUNE_SHORT}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(f"{d.citizen}\n{R.choice(STREETS)} {R.randint(1, 120)}\n{' '.join(R.choice(TOWNS))}")
    if d.cpr:
        doc.add_paragraph(f"Cpr.nr. {d.cpr}")
    doc.add_heading(R.choice(["Din aftale om mentorstøtte", "Aftale om mentor", "Mentoraftale mellem dig og kommunen"]), 1)
    doc.add_paragraph(R.choice([
        f"Kære {d.f}\n\nHer er den aftale, vi lavede på mødet {fmt_date(d.start - dt.timedelta(days=R.randint(3, 14)), 0)}.",
        f"Hej {d.f}. Du har fået bevilget mentorstøtte. Nedenfor står, hvad vi har aftalt.",
        "Denne aftale beskriver din mentorstøtte. Læs den igennem, og kontakt os hvis noget ikke passer.",
    ]))
    H = lambda t: doc.add_heading(t, 2)
    if not d.has("no-goal"):
        H(R.choice(["Hvad er målet?", "Dit mål", "Mål for forløbet", "Vi har aftalt følgende mål for forløbet:"]))
        doc.add_paragraph("Udfyldes senere" if d.has("placeholder-goal") else d.goal_text())
    H(R.choice(["Din mentor", "Mentors kontaktdata", "Hvem er din mentor?"]))
    prov = R.choice(PROVIDERS)
    if d.has("mentor-no-contact"):
        doc.add_paragraph(f"Din mentor er {d.mentor} fra {prov['short']}.")
    else:
        doc.add_paragraph(R.choice([
            f"Din mentor er {d.mentor} fra {prov['short']}. Du kan ringe på {phone()} eller skrive til {email_for(d.mentor, prov['dom'])}.",
            f"{d.mentor}, {prov['name']}\nMobil: {phone()}\nMail: {email_for(d.mentor, prov['dom'])}",
        ]))
    if not d.has("no-tasks"):
        H(R.choice(["Hvad skal mentor hjælpe med?", "Mentorens opgaver", f"{d.mentor.split()[0]} skal hjælpe dig med:"]))
        if d.has("placeholder-tasks"):
            doc.add_paragraph("-")
        else:
            for t in d.task_list():
                doc.add_paragraph(t[0].upper() + t[1:], style="List Bullet")
    if not (d.has("no-duration") and d.has("no-hours")):
        H(R.choice(["Hvor længe og hvor meget?", "Periode og timer", "Varighed og timetal"]))
        bits = []
        if not d.has("no-duration"):
            bits.append(("Perioden er indtil videre." if d.has("vague-duration")
                         else f"Mentorstøtten gælder {d.period_text()}."))
        if not d.has("no-hours"):
            bits.append(f"Du har {d.hours()} sammen med din mentor." if not d.has("vague-hours")
                        else f"Timerne aftales {R.choice(['efter behov', 'løbende'])} med din mentor.")
        doc.add_paragraph(" ".join(bits))
    if not d.has("no-follow-up"):
        H(R.choice(["Sådan følger vi op", "Opfølgning", "Hvordan går det? – opfølgning"]))
        doc.add_paragraph(d.follow_text())
    if not d.has("no-appeal"):
        H(R.choice(["Hvis du vil klage", "Klagevejledning", "Sådan klager du"]))
        doc.add_paragraph(d.appeal_text())
    doc.add_paragraph(f"\nMed venlig hilsen\n\n{d.caseworker}\n{R.choice(['Jobkonsulent', 'Sagsbehandler', 'Uddannelsesvejleder'])}\nDirekte tlf. {phone()}")
    footer_text(doc, f"{KOMMUNE} | Sagsnr. {d.sagsnr}")
    doc.save(path)


def provider_doc(d, path, pi):
    """Agreements on a mentor provider's own letterhead, each with its own wording."""
    prov = PROVIDERS[pi]
    doc = Document()
    sec = doc.sections[0]
    mentor_tel, mentor_mail = phone(), email_for(d.mentor, prov["dom"])
    contact_in_footer = R.random() < 0.5 and not d.has("mentor-no-contact")
    hp = sec.header.paragraphs[0]
    hp.text = f"{prov['name']}  ·  {prov['addr']}  ·  CVR {prov['cvr']}"
    for r in hp.runs:
        r.font.size = Pt(8)
    if pi == 0:
        doc.add_heading(R.choice(["Forløbsaftale – mentorstøtte", "Samarbejdsaftale om mentorforløb"]), 1)
        doc.add_paragraph(f"Deltager: {d.citizen}" + (f"   (cpr {d.cpr})" if d.cpr else "")
                          + f"\nHenvisende kommune: {KOMMUNE}, sagsbehandler {d.caseworker}")
        if not d.has("no-goal"):
            doc.add_paragraph().add_run("Forløbets formål").bold = True
            doc.add_paragraph("xx" if d.has("placeholder-goal") else d.goal_text())
        doc.add_paragraph().add_run("Ressourceperson").bold = True
        if contact_in_footer:
            doc.add_paragraph(f"{d.mentor} (se kontaktoplysninger nederst på siden)")
        else:
            doc.add_paragraph(d.mentor if d.has("mentor-no-contact") else f"{d.mentor} – {mentor_tel} – {mentor_mail}")
        if not d.has("no-tasks"):
            doc.add_paragraph().add_run("Sådan arbejder vi sammen").bold = True
            if d.has("placeholder-tasks"):
                doc.add_paragraph("Udfyldes ved opstart")
            else:
                for i, t in enumerate(d.task_list(), 1):
                    doc.add_paragraph(f"{i}. {t[0].upper() + t[1:]}")
        tp = []
        if not d.has("no-duration"):
            tp.append("Forløbet løber indtil videre." if d.has("vague-duration") else f"Forløbsperiode: {d.period_text()}")
        if not d.has("no-hours"):
            tp.append(f"Ugentlig kontakt: {d.hours()}")
        if tp:
            doc.add_paragraph().add_run("Ramme").bold = True
            doc.add_paragraph("\n".join(tp))
        if not d.has("no-follow-up"):
            doc.add_paragraph().add_run("Milepæle og status").bold = True
            doc.add_paragraph(d.follow_text())
    elif pi == 1:
        doc.add_paragraph(f"{prov['name'].upper()}").runs[0].bold = True
        doc.add_heading(R.choice(["MENTORKONTRAKT", "Aftale om mentorindsats"]), 1)
        tbl = doc.add_table(rows=0, cols=4)
        tbl.style = "Table Grid"
        c = tbl.add_row().cells
        set_cell(c[0], "Borger", True); set_cell(c[1], d.citizen)
        set_cell(c[2], "Ref.", True); set_cell(c[3], d.sagsnr)
        c = tbl.add_row().cells
        set_cell(c[0], "Mentorvirksomhed og -person", True)
        set_cell(c[1], d.mentor if (contact_in_footer or d.has("mentor-no-contact")) else f"{d.mentor}\n{mentor_tel}")
        set_cell(c[2], "Startdato", True)
        set_cell(c[3], fmt_date(d.start, 1))
        doc.add_paragraph("")
        if d.cpr:
            doc.add_paragraph(f"Personnummer: {d.cpr}")
        if not d.has("no-goal"):
            doc.add_paragraph(R.choice(["Indsatsens mål: ", "Målsætning: "]) + ("…" if d.has("placeholder-goal") else d.goal_text()))
        if not d.has("no-tasks"):
            doc.add_paragraph("Indsatsområder:")
            if d.has("placeholder-tasks"):
                doc.add_paragraph("…")
            else:
                for t in d.task_list():
                    doc.add_paragraph(t, style="List Bullet")
        if not d.has("no-duration"):
            doc.add_paragraph("Varighed: " + ("efter behov" if d.has("vague-duration") else d.period_text()))
        if not d.has("no-hours"):
            doc.add_paragraph("Tid: " + d.hours())
        if not d.has("no-follow-up"):
            doc.add_paragraph("Statusrapportering: " + d.follow_text())
    else:
        doc.add_heading(R.choice(["Mentoraftale", "Aftale – mentorstøtte (§ 167)"]), 1)
        doc.add_paragraph(f"Mellem {d.citizen}, {KOMMUNE} v/ {d.caseworker} og {prov['name']}."
                          + (f" CPR {d.cpr}." if d.cpr else ""))
        parts = []
        if not d.has("no-goal"):
            parts.append(("1. Hvor skal du hen?", "Ikke udfyldt" if d.has("placeholder-goal") else d.goal_text()))
        mtxt = f"{d.mentor}" if (contact_in_footer or d.has("mentor-no-contact")) else f"{d.mentor}, telefon {mentor_tel}, {mentor_mail}"
        parts.append(("2. Din mentor", mtxt))
        if not d.has("no-tasks"):
            parts.append((f"3. Sådan hjælper {d.mentor.split()[0]} dig",
                          "-" if d.has("placeholder-tasks") else "; ".join(d.task_list()) + "."))
        tid = []
        if not d.has("no-duration"):
            tid.append("Vi aftaler en ny periode senere." if d.has("vague-duration") else f"Aftalen gælder {d.period_text()}.")
        if not d.has("no-hours"):
            tid.append(f"Vi ses {d.hours()}." if not d.has("vague-hours") else "Vi ses efter behov.")
        if tid:
            parts.append(("4. Tid", " ".join(tid)))
        if not d.has("no-follow-up"):
            parts.append(("5. Opfølgning", d.follow_text()))
        for lab, val in parts:
            doc.add_paragraph().add_run(lab).bold = True
            doc.add_paragraph(val)
    # providers' agreements also carry the municipality's appeal text (copied in) unless the defect
    if not d.has("no-appeal"):
        doc.add_paragraph().add_run(R.choice(["Klagevejledning (fra kommunen)", "Klagemuligheder", "Klagevejledning"])).bold = True
        doc.add_paragraph(d.appeal_text())
    doc.add_paragraph(f"\n{prov['short']}, {fmt_date(d.start - dt.timedelta(days=R.randint(1, 9)))}\n\n"
                      f"______________________      ______________________\nDeltager                          Mentor")
    fp = sec.footer.paragraphs[0]
    if contact_in_footer:
        fp.text = f"Mentor: {d.mentor} · Direkte: {mentor_tel} · {mentor_mail} · {prov['web']}"
        d.traits.append("mentor-contact-in-footer")
    elif d.has("mentor-no-contact"):
        fp.text = f"{prov['web']} · Side 1 af 1"  # no switchboard number either: the label stays unambiguous
    else:
        fp.text = f"{prov['web']} · Tlf. {prov['tel']} · Side 1"
    for r in fp.runs:
        r.font.size = Pt(8)
    doc.save(path)


# ---------------------------------------------------------------------------------------------
# Decision letters (Digital Post style)
# ---------------------------------------------------------------------------------------------

def decision_doc(d, path, sub):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sent = d.start - dt.timedelta(days=R.randint(3, 20))
    p = doc.add_paragraph(f"{KOMMUNE}\nJob og Ydelse\n{ADR}\n\nDato: {fmt_date(sent, 1)}\nSagsnr.: {d.sagsnr}\n"
                          f"Sagsbehandler: {d.caseworker}\nDirekte telefon: {phone()}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(f"{d.citizen}\n{R.choice(STREETS)} {R.randint(1, 90)}\n{' '.join(R.choice(TOWNS))}"
                      + (f"\nCPR: {d.cpr}" if d.cpr else ""))
    titles = {"grant": ["Du har fået mentorstøtte", "Afgørelse om mentorstøtte – bevilling", "Bevilling af mentorstøtte"],
              "partial": ["Afgørelse: Du får delvis bevilget mentorstøtte", "Delvis bevilling af mentorstøtte"],
              "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag"],
              "extension": ["Din mentorstøtte er forlænget", "Afgørelse om forlængelse af mentorstøtte"],
              "end": ["Din mentorstøtte ophører", "Afgørelse om ophør af mentorstøtte"]}
    doc.add_heading(R.choice(titles[sub]), 1)
    prov = R.choice(PROVIDERS)
    if sub == "grant":
        doc.add_paragraph(R.choice([
            f"Du har søgt om mentorstøtte, og vi har bevilget det. Du får mentorstøtte i perioden {d.period_text()} med {d.hours()}.",
            f"{KOMMUNE} har {fmt_date(sent, 0)} besluttet at give dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167. Støtten gælder {d.period_text()}.",
        ]))
        doc.add_paragraph(f"Din mentor bliver {d.mentor} fra {prov['name']}, som kontakter dig inden opstart.")
        if R.random() < 0.5:
            doc.add_paragraph(f"Målet er aftalt i din plan: {d.goal_text()}")
    elif sub == "partial":
        asked = R.choice([8, 9, 10, 12])
        doc.add_paragraph(f"Du har søgt om mentorstøtte i {asked} måneder med {R.randint(6, 10)} timer om ugen. "
                          f"Du får delvis medhold: Vi bevilger mentorstøtte {d.period_text()} med {hours_text()}.")
        if not d.has("no-reasons"):
            doc.add_heading("Begrundelse", 2)
            doc.add_paragraph(R.choice([
                f"Efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1 kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har lagt vægt på, at du allerede har kontakt til {R.choice(['studievejleder', 'en støttekontaktperson', 'din praktikvært'])}, og at behovet derfor er mindre end ansøgt.",
                f"Vi har lagt vægt på oplysningerne fra mødet {fmt_date(sent - dt.timedelta(days=9), 0)}, hvor du fortalte, at du klarer de fleste dage selv. Vi vurderer derfor, at færre timer er tilstrækkeligt, jf. LAB § 167.",
            ]))
    elif sub == "refusal":
        doc.add_paragraph(R.choice([
            f"Du har {fmt_date(sent - dt.timedelta(days=R.randint(10, 40)), 0)} søgt om mentorstøtte. Vi har givet dig afslag.",
            "Vi kan ikke bevilge den mentorstøtte, du har søgt om.",
        ]))
        if not d.has("no-reasons"):
            doc.add_heading(R.choice(["Begrundelse", "Hvorfor får du afslag?"]), 2)
            doc.add_paragraph(R.choice([
                "Mentorstøtte kan kun gives, når støtten har et mål om job eller uddannelse, jf. LAB § 167. Du er tilkendt førtidspension og har oplyst, at du ikke ønsker at arbejde. Vi har lagt vægt på dette.",
                f"Vi har lagt vægt på, at {R.choice(['skolens egen mentorordning', 'SPS-støtten på skolen', 'din bostøtte efter serviceloven'])} allerede dækker det behov, du har beskrevet. Mentorstøtte efter LAB § 167 gives kun ud over det, der normalt tilbydes.",
            ]))
    elif sub == "extension":
        doc.add_paragraph(R.choice([
            f"Din mentorstøtte med {d.mentor} er forlænget. Den nye periode er {d.period_text()}.",
            f"Vi har vurderet, at du fortsat har brug for mentorstøtte. Forlængelsen gælder {d.period_text()}, og du har {d.hours()}.",
        ]))
        doc.add_paragraph(f"Den tidligere periode sluttede {fmt_date(d.start - dt.timedelta(days=1), 0)}. "
                          f"{R.choice(['Vi har lagt vægt på', 'Forlængelsen er givet på baggrund af'])} statusrapporten fra {prov['short']}, som viser fremgang.")
    else:  # end
        doc.add_paragraph(R.choice([
            f"Din mentorstøtte stopper {fmt_date(d.start, 0)}.",
            f"Vi har besluttet, at mentorstøtten ophører med udgangen af {MONTHS[d.start.month - 1]} {d.start.year}.",
        ]))
        if not d.has("no-reasons"):
            doc.add_heading("Begrundelse", 2)
            doc.add_paragraph(R.choice([
                f"Du er startet i ordinært job hos {d.company} og har ikke længere brug for støtten. Vi har lagt vægt på mentorens slutstatus.",
                f"Du er ikke mødt op til {R.choice(['tre', 'fire', 'fem'])} aftaler med din mentor siden {fmt_date(d.start - dt.timedelta(days=50), 0)}, og du har oplyst, at du ikke ønsker støtten. Derfor ophører den, jf. LAB § 167.",
            ]))
    if not d.has("no-appeal"):
        doc.add_heading(R.choice(["Klagevejledning", "Sådan klager du", "Hvis du er uenig"]), 2)
        doc.add_paragraph(d.appeal_text())
    doc.add_paragraph(f"\nVenlig hilsen\n{d.caseworker}\n{KOMMUNE}")
    footer_text(doc, f"Brevet er sendt med Digital Post. {KOMMUNE} · CVR 29 18 98 14 · Side 1")
    doc.save(path)


# ---------------------------------------------------------------------------------------------
# Min Plan prints (HTML printed from the browser)
# ---------------------------------------------------------------------------------------------

def minplan_html(d):
    d.updated = d.start - dt.timedelta(days=R.randint(1, 6))
    prov = R.choice(PROVIDERS)
    rows = []
    if not d.has("no-goal"):
        rows.append(("Formål med indsatsen" if R.random() < 0.5 else "Mål", d.goal_text()))
    if not d.has("no-mentor"):
        rows.append(("Mentor", f"{d.mentor}, {prov['short']}" + ("" if d.has("mentor-no-contact") else f", tlf. {phone()}")))
    if not d.has("no-tasks"):
        rows.append(("Mentors opgaver", ", ".join(d.task_list())))
    if not d.has("no-duration"):
        rows.append(("Periode", d.period_text()))
    if not d.has("no-hours"):
        rows.append(("Timer", d.hours()))
    dl = "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in rows)
    other = R.choice(["Samtale med kontaktperson", "Virksomhedspraktik", "Danskuddannelse", "Sygeopfølgning"])
    return f"""<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Min Plan</title>
<style>body{{font-family:Arial;font-size:12px;margin:30px}} dt{{font-weight:bold;margin-top:8px}} .box{{border:1px solid #ccc;padding:10px;margin:10px 0}}
nav{{color:#666}}</style></head><body>
<nav>Forside › Min Plan › Aktiviteter</nav>
<h1>Min Plan</h1><p>{d.citizen}{' · ' + d.cpr if d.cpr else ''} · Senest opdateret {fmt_date(d.updated, 1)}</p>
<div class="box"><h2>{R.choice(['Mentorstøtte', 'Mentor', 'Indsats: Mentorstøtte (§ 167)'])}</h2><dl>{dl}</dl></div>
<div class="box"><h3>{other}</h3><p>{fmt_date(d.start + dt.timedelta(days=R.randint(5, 40)), 0)}, {R.choice(['kl. 10.00', 'kl. 13.30', 'kl. 9.15'])}</p></div>
<p style="color:#777">Har du spørgsmål til din plan, kan du skrive til os via Digital Post.</p>
<script>window.dataLayer=[{{"page":"minplan"}}];</script></body></html>"""


# ---------------------------------------------------------------------------------------------
# Documents that are none of the kinds
# ---------------------------------------------------------------------------------------------

def unknown_doc(sub, path):
    d = Doc("unknown")
    prov = R.choice(PROVIDERS)
    doc = Document()
    if sub == "status":
        doc.add_heading(R.choice(["Statusrapport – mentorforløb", "Status fra mentor", "Midtvejsstatus", "Slutstatus"]), 1)
        until = d.start + dt.timedelta(days=R.randint(28, 60))
        doc.add_paragraph(f"Deltager: {d.citizen}\nMentor: {d.mentor}, {prov['name']}, tlf. {phone()}\n"
                          f"Statusperiode: {fmt_date(d.start, 0)} – {fmt_date(until, 0)}\nTil: {d.caseworker}, {KOMMUNE}")
        doc.add_paragraph().add_run("Fremmøde").bold = True
        held, planned = R.randint(4, 12), R.randint(12, 14)
        doc.add_paragraph(f"{d.f} er mødt op til {held} af {planned} aftalte møder. "
                          + R.choice(["Aflysningerne skyldtes mest sygdom.", "To møder blev flyttet efter aftale.",
                                      f"{d.f} har selv ringet, når det ikke passede."]))
        doc.add_paragraph().add_run("Hvad har vi arbejdet med").bold = True
        worked = [t.format(f=d.f, n="to", c=d.company, e=d.edu) for t in R.sample(TASKS, 2)]
        doc.add_paragraph(f"I perioden har fokus været at {worked[0]} og at {worked[1]}.")
        doc.add_paragraph().add_run("Vurdering").bold = True
        doc.add_paragraph(R.choice([f"{d.f} har fået mere overblik og møder oftere til tiden.",
                                    "Fremgangen er begrænset, men samarbejdet er godt.",
                                    f"Praktikstedet ({d.company}) er tilfreds med indsatsen."]))
        doc.add_paragraph(f"Anbefaling: {R.choice(['forlængelse i 3 måneder med 2 timer om ugen', 'afslutning af forløbet', 'uændret forløb frem til slutdato', 'nedtrapning til 1 time om ugen'])}.")
        doc.add_paragraph(f"\n{d.mentor}, {fmt_date(until + dt.timedelta(days=R.randint(1, 5)))}")
    elif sub == "invoice":
        doc.add_heading(R.choice(["Faktura", "FAKTURA"]), 1)
        doc.add_paragraph(f"{prov['name']}\n{prov['addr']}\nCVR {prov['cvr']}\n\nTil: {KOMMUNE}, Kreditorbogholderiet\nEAN 5798000{R.randint(100000, 999999)}")
        tbl = doc.add_table(rows=1, cols=4)
        tbl.style = "Table Grid"
        for i, h in enumerate(["Ydelse", "Timer", "Sats", "Beløb"]):
            set_cell(tbl.rows[0].cells[i], h, True)
        total = 0
        for _ in range(R.randint(2, 4)):
            t = R.randint(4, 20); s = R.choice([495, 525, 560])
            c = tbl.add_row().cells
            set_cell(c[0], f"Mentorstøtte, {MONTHS[R.randint(0, 11)]}, sag {R.randint(100, 999)}")
            set_cell(c[1], str(t)); set_cell(c[2], f"{s},00"); set_cell(c[3], f"{t * s:,}".replace(",", ".") + ",00")
            total += t * s
        doc.add_paragraph(f"I alt ekskl. moms: {total:,} kr.".replace(",", ".") + f"\nBetalingsbetingelser: netto {R.choice([14, 30])} dage")
    elif sub == "minutes":
        doc.add_heading(R.choice(["Referat – teammøde mentorindsatsen", "Referat af samarbejdsmøde med mentorleverandører"]), 1)
        doc.add_paragraph(f"Dato: {fmt_date(d.start, 0)}\nDeltagere: {name()}, {name()}, {name()} ({prov['short']})\nReferent: {name()}")
        for i, pt in enumerate(R.sample(["Kapacitet hos leverandørerne", "Nye skabeloner til mentoraftaler",
                                          "Fakturering og timeregistrering", "Udgiftsloft på mentorområdet 2026",
                                          "Opfølgning på revisionens stikprøve", "Eventuelt"], 4), 1):
            doc.add_paragraph(f"{i}. {pt}")
            doc.add_paragraph(R.choice(["Drøftet. Ingen beslutning.", f"{name().split()[0]} undersøger og vender tilbage.",
                                        "Det blev aftalt at bruge den nye skabelon fra næste måned.",
                                        "Leverandørerne skal sende statusrapporter senest 14 dage før udløb."]))
    else:  # guidance
        doc.add_heading(R.choice(["Vejledning: Sådan skriver du en god mentoraftale", "Intern vejledning om mentorstøtte"]), 1)
        doc.add_paragraph("Til sagsbehandlere i Job og Ydelse. En mentoraftale skal altid indeholde:")
        for it in ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentor skal hjælpe med",
                   "varigheden (højst 6 måneder ad gangen)", "opfølgning", "timetallet pr. uge", "klagevejledning"]:
            doc.add_paragraph(it, style="List Bullet")
        doc.add_paragraph(R.choice(["Husk at målet skal pege mod job eller uddannelse.",
                                    "Brug skabelonen i fagsystemet, og gem aftalen på sagen."]))
    doc.save(path)
    return d


# ---------------------------------------------------------------------------------------------

def soffice_pdf(files, outdir):
    if not files:
        return
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_cv_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), *map(str, files)],
                   check=True, capture_output=True, timeout=900)


def scan_pdf(pdf, out):
    """Print, 'scan' (render to a greyish noisy image) and OCR with tesseract (dan)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    tmp = Path(tempfile.mkdtemp())
    pages = []
    for i, page in enumerate(pdfium.PdfDocument(str(pdf))):
        img = page.render(scale=300 / 72).to_pil().convert("L").rotate(0.15, fillcolor=255, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        p = tmp / f"p{i}.png"
        img.save(p)
        pages.append(p)
    lst = tmp / "list.txt"
    lst.write_text("\n".join(map(str, pages)) + "\n")
    subprocess.run(["tesseract", str(lst), str(out.with_suffix("")), "-l", "dan", "pdf"], check=True, capture_output=True)
    shutil.rmtree(tmp)


def print_html(htmls):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        pg = b.new_page()
        for src, dst, printed in htmls:
            pg.goto(src.as_uri())
            head = (f'<div style="font-size:8px;width:100%;margin:0 1cm;display:flex;justify-content:space-between">'
                    f'<span>{printed}</span><span>Min Plan</span></div>')
            foot = ('<div style="font-size:8px;width:100%;margin:0 1cm;display:flex;justify-content:space-between">'
                    '<span>https://minplan.vordingborg.dk/borger/plan/aktiviteter</span>'
                    '<span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>')
            pg.pdf(path=str(dst), format="A4", display_header_footer=True, print_background=True,
                   header_template=head, footer_template=foot,
                   margin={"top": "1.5cm", "bottom": "1.5cm", "left": "1cm", "right": "1cm"})
        b.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    out = Path(ap.parse_args().out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="cv_"))
    entries = []
    to_pdf = []   # (docx in work, final rel path)
    html_print = []
    scans = []

    def entry(d, rel, kind, fmt, layout, subtype, period=True):
        e = {"path": rel, "kind": kind, "format": fmt, "layout": layout, "subtype": subtype,
             "rules": sorted(d.rules), "extras": sorted(d.extras), "error": None, "accept_errors": [],
             "must_not_contain": [d.cpr] if d.cpr else [], "traits": d.traits + (["cpr"] if d.cpr else [])}
        if period and kind != "unknown" and not ({"no-duration", "vague-duration"} & set(d.defects)):
            e["period"] = {"start": d.start.isoformat(), "end": d.end.isoformat()}
        entries.append(e)

    n = 0

    def place(d, writer, folder, stem, kind, layout, subtype, pdf_rate, *args):
        nonlocal n
        n += 1
        rel_dir = out / folder
        rel_dir.mkdir(parents=True, exist_ok=True)
        fname = f"{n:03d}-{stem}"
        as_pdf = R.random() < pdf_rate
        if as_pdf:
            src = work / f"{fname}.docx"
            writer(d, src, *args)
            to_pdf.append((src, rel_dir / f"{fname}.pdf"))
            entry(d, f"{folder}/{fname}.pdf", kind, "pdf", layout, subtype)
        else:
            writer(d, rel_dir / f"{fname}.docx", *args)
            entry(d, f"{folder}/{fname}.docx", kind, "docx", layout, subtype)

    # agreements, template A (Word table)
    for _ in range(18):
        d = Doc("agreement"); prep_agreement(d)
        place(d, template_a, "aftaler/skabelon-a", f"mentoraftale-{d.f.lower()}", "agreement", "table", "agreement", 0.3)
    for _ in range(16):
        d = Doc("agreement"); prep_agreement(d)
        place(d, template_b, "aftaler/skabelon-b", f"aftale-{d.f.lower()}", "agreement", "headings", "agreement", 0.3)
    scanned_done = False
    for pi, cnt in enumerate([8, 7, 7]):
        for _ in range(cnt):
            d = Doc("agreement"); prep_agreement(d)
            d.traits.append(f"provider:{PROVIDERS[pi]['short']}")
            stem = f"{PROVIDERS[pi]['short'].lower()}-{d.f.lower()}"
            if pi == 2 and not scanned_done:
                scanned_done = True
                n += 1
                (out / "leverandoerer").mkdir(parents=True, exist_ok=True)
                src = work / f"{n:03d}-{stem}.docx"
                provider_doc(d, src, pi)
                final = out / "leverandoerer" / f"{n:03d}-{stem}-scan.pdf"
                scans.append((src, final))
                d.traits.append("ocr:tesseract")
                entry(d, f"leverandoerer/{final.name}", "agreement", "pdf", "ocr", "agreement")
                continue
            place(d, provider_doc, "leverandoerer", stem, "agreement", "letterhead", "agreement", 0.45, pi)

    # decisions
    for sub, cnt in [("grant", 6), ("partial", 4), ("refusal", 4), ("extension", 4), ("end", 4)]:
        for _ in range(cnt):
            d = Doc("decision")
            poss = ["no-appeal", "appeal-incomplete", "wrong-route"]
            if sub in ("partial", "refusal", "end"):
                poss.append("no-reasons")
            if sub in ("grant", "extension"):
                poss.append("over6")
            d.pick_defects(poss, 0.35)
            if "no-appeal" in d.defects and len(d.defects) > 1:
                d.defects = ["no-appeal"]
            if {"appeal-incomplete", "wrong-route"} <= set(d.defects):
                d.defects.remove("wrong-route")
            if "over6" in d.defects:
                d.set_over6()
            d.traits = [t for t in d.traits if not t.startswith("defect:")] + [f"defect:{x}" for x in d.defects]
            d.rules_for_fields("decision")
            has_period = sub in ("grant", "partial", "extension")
            if not has_period:
                d.defects.append("no-duration")  # no period in the letter: no period in the manifest
            place(d, decision_doc, "afgoerelser", f"afgoerelse-{sub}-{d.f.lower()}", "decision", "letter", sub, 0.75, sub)
            if not has_period:
                d.defects.remove("no-duration")

    # Min Plan prints
    for _ in range(12):
        n += 1
        d = Doc("minplan")
        d.pick_defects(["no-goal", "unclear-goal", "mentor-no-contact", "no-tasks", "no-duration", "no-hours",
                        "vague-hours", "over6"], 0.35)
        if "unclear-goal" in d.defects and "no-goal" in d.defects:
            d.defects.remove("unclear-goal")
        if "over6" in d.defects and "no-duration" in d.defects:
            d.defects.remove("over6")
        if {"no-hours", "vague-hours"} <= set(d.defects):
            d.defects.remove("vague-hours")
        if "over6" in d.defects:
            d.set_over6()
        d.traits = [t for t in d.traits if not t.startswith("defect:")] + [f"defect:{x}" for x in d.defects]
        d.rules_for_fields("minplan")
        (out / "minplan").mkdir(parents=True, exist_ok=True)
        html = minplan_html(d)
        fname = f"{n:03d}-minplan-{d.f.lower()}"
        if R.random() < 0.75:
            src = work / f"{fname}.html"
            src.write_text(html, encoding="utf-8")
            printed = d.updated + dt.timedelta(days=R.randint(0, 4))
            html_print.append((src, out / "minplan" / f"{fname}.pdf",
                               f"{printed.day:02d}.{printed.month:02d}.{printed.year % 100:02d} {R.randint(8, 21):02d}.{R.randint(0, 59):02d}"))
            d.traits.append("browser-print")
            entry(d, f"minplan/{fname}.pdf", "minplan", "pdf", "print", "minplan")
        else:
            (out / "minplan" / f"{fname}.html").write_text(html, encoding="utf-8")
            entry(d, f"minplan/{fname}.html", "minplan", "html", "dl", "minplan")

    # none of the kinds
    for sub, cnt in [("status", 6), ("invoice", 3), ("minutes", 3), ("guidance", 3)]:
        for _ in range(cnt):
            n += 1
            (out / "andet").mkdir(parents=True, exist_ok=True)
            fname = f"{n:03d}-{sub}"
            if R.random() < 0.4:
                src = work / f"{fname}.docx"
                d = unknown_doc(sub, src)
                to_pdf.append((src, out / "andet" / f"{fname}.pdf"))
                fmt = "pdf"
            else:
                d = unknown_doc(sub, out / "andet" / f"{fname}.docx")
                fmt = "docx"
            d.cpr = None
            d.traits = ["not-a-mentor-document-kind"]
            entry(d, f"andet/{fname}.{fmt}", "unknown", fmt, "mixed", sub)

    # conversions
    tmpdir = work / "pdf"
    tmpdir.mkdir()
    soffice_pdf([s for s, _ in to_pdf] + [s for s, _ in scans], tmpdir)
    for src, final in to_pdf:
        shutil.move(str(tmpdir / (src.stem + ".pdf")), final)
    for src, final in scans:
        scan_pdf(tmpdir / (src.stem + ".pdf"), final)
    print_html(html_print)

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(work)
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
