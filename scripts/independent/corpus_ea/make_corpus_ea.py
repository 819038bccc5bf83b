"""Corpus EA: a large city municipality's audit sample of mentor-support paperwork.

Five jobcentre departments, each with its own agreement template in three generations
(2021, 2023, 2025; Word and PDF), two mentor providers (one exports HTML, one PDF),
decision letters from the case system, Min Plan prints and documents that are none of these.

Written independently from domain.md, the seeds and the rule docs (see NOTES.md).
Usage: python make_corpus_ea.py --out /work/corpora/ea
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

SEED = 20261130
R = random.Random(SEED)

KOMMUNE = "Havnestad Kommune"
DEPTS = {
    "nord": "Jobcenter Havnestad Nord",
    "syd": "Jobcenter Havnestad Syd",
    "vest": "Jobcenter Havnestad Vest",
    "centrum": "Jobcenter Havnestad Centrum",
    "unge": "Ungeindsatsen, Jobcenter Havnestad",
}
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]

FIRST = ["Mette", "Ahmed", "Sofie", "Jonas", "Fatima", "Kasper", "Line", "Mikkel", "Aysel",
         "Rasmus", "Nadia", "Emil", "Camilla", "Yusuf", "Trine", "Oliver", "Hanne", "Bilal",
         "Louise", "Frederik", "Zainab", "Martin", "Pernille", "Ali", "Katrine", "Nikolaj"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Yilmaz", "Hussein", "Thomsen", "Poulsen", "Johansen", "Mortensen", "Østergaard"]
MENTOR_FIRST = ["Sara", "Lars", "Birgitte", "Henrik", "Maja", "Thomas", "Dorthe", "Jesper",
                "Anja", "Kim", "Signe", "Peter"]
PROV_A = ("Brobyg Mentorhus ApS", "brobyg-mentor.dk")
PROV_B = ("Kompasset Mentor & Job A/S", "kompasset.dk")

GOALS_CLEAR = [
    "{b} er i virksomhedspraktik på lageret hos Salling Group 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{b} starter på FVU dansk på VUC Havnestad {d} og møder op mindst 4 ud af 5 dage.",
    "{b} gennemfører grundforløb 1 på SOSU Havnestad og har under 10 % fravær ved udgangen af perioden.",
    "At {b} kommer i ordinært job som chauffør, 25 timer om ugen, inden {d}.",
    "{b} er startet på FGU (produktionsgrunduddannelse, køkkenlinjen) senest {d}.",
    "{b} er i fleksjob som pedelmedhjælper på Havnestad Skole 12 timer om ugen inden {d}.",
    "{b} har gennemført AMU-kurset Truckcertifikat B og søger mindst 3 lagerjob om ugen fra {d}.",
    "{b} fastholder sin elevplads som EUD-elev (tømrer) og møder stabilt til skoleperioden, der starter {d}.",
    "{b} er i virksomhedspraktik i Netto 3 dage om ugen fra {d} og derefter i løntilskud.",
    "{b} begynder på HF-enkeltfag (matematik C) på VUC {d} og afleverer alle opgaver til tiden.",
]
GOALS_UNCLEAR = [
    "Støtte til at få mere struktur i hverdagen og øget trivsel.",
    "At {b} får det bedre og kommer videre.",
    "Hjælp til at sikre at {b} får styr på sin økonomi og bolig.",
    "Øget selvværd og motivation.",
    "{b} skal arbejde med sig selv og komme tættere på arbejdsmarkedet.",
    "Motivere {b} til at tage ansvar for eget liv.",
]
TASKS = [
    ["Følge {b} til de første møder på praktikstedet", "Hjælpe med at planlægge transport og mødetider",
     "Ugentlig samtale om fremmøde og trivsel på arbejdspladsen"],
    ["Hjælpe {b} med at åbne og forstå post i e-Boks", "Øve bustur til skolen de første to uger",
     "Være bindeled til studievejleder på VUC"],
    ["Støtte op om kontakt til læge og psykiatri, så behandlingen ikke afbrydes",
     "Hjælpe med en fast døgnrytme med mødetid kl. 8", "Deltage i opstartsmøde i virksomheden"],
    ["Gennemgå jobopslag sammen og skrive ansøgninger", "Forberede jobsamtaler med rollespil",
     "Følge med til samtale hos arbejdsgiver, hvis {b} ønsker det"],
    ["Hjælpe med at skabe overblik over skema og lektier", "Ringe {b} op om morgenen de dage, hvor der er skole",
     "Kontakt til SPS-vejleder om støtte i undervisningen"],
]
FOLLOW = [
    "Der holdes statusmøde med {b}, mentor og sagsbehandler hver måned. Evaluering 14 dage før perioden udløber.",
    "Mentor sender en kort statusrapport hver 4. uge. Vi følger op på delmålene ved samtalen i jobcentret hver 3. måned og senest 14 dage før ophør.",
    "Opfølgning: midtvejsevaluering efter 3 måneder og slutevaluering 2 uger før udløb. Delmål: fremmøde 4 dage om ugen fra 2. måned.",
    "Vi følger op hver anden uge på telefonen, og der er et fælles statusmøde, hvor vi ser på progressionen i forhold til målet.",
]
HOURS_OK = ["3 timer pr. uge", "2 timer om ugen", "1½ time ugentligt", "4 timer pr. uge de første 6 uger, derefter 2 timer pr. uge",
            "8 timer om måneden", "2-3 timer pr. uge", "halvanden time om ugen", "5 timer ugentligt"]
HOURS_VAGUE = ["Efter behov", "Løbende efter aftale", "Et par timer om ugen"]

PLACEHOLDER = "Klik eller tryk her for at skrive tekst."

APPEAL_FULL_JC = ("Hvis du ikke er enig i afgørelsen, kan du klage til {jc}. Du skal klage inden 4 uger efter, "
                  "at du har modtaget afgørelsen. Du kan klage skriftligt eller mundtligt. Jobcentret vurderer "
                  "afgørelsen igen, og hvis vi fastholder den, sender vi klagen videre til Ankestyrelsen, jf. "
                  "§ 204 i lov om en aktiv beskæftigelsesindsats og retssikkerhedslovens kapitel 10.")
APPEAL_FULL_JC2 = ("Du kan klage over afgørelsen om mentorstøtte. Klagen sendes til jobcentret inden fire uger fra "
                   "den dag, du fik afgørelsen. Jobcentret genvurderer sagen inden 4 uger. Fastholder jobcentret "
                   "afgørelsen, bliver klagen sendt til Ankestyrelsen, Beskæftigelsesudvalget.")
APPEAL_FULL_KOM = ("Hvis du ikke er enig i kommunens afgørelse, skal du klage til {k} inden fire uger. Kommunen skal så "
                   "genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin "
                   "afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.")
APPEAL_NO_DEADLINE = "Du kan klage over afgørelsen til jobcentret. Kontakt din sagsbehandler, hvis du har spørgsmål."
APPEAL_EMPTY = "Du kan klage over afgørelsen."
APPEAL_WRONG = ("Er du uenig i afgørelsen, kan du klage direkte til Ankestyrelsen inden 4 uger. Klagen sendes til "
                "Ankestyrelsen, 7998 Statsservice, eller via ast.dk.")


def dk_date(d: dt.date, style: str = "word") -> str:
    if style == "word":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    return d.isoformat()


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def person() -> str:
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def phone() -> str:
    return " ".join(f"{R.randint(20, 99)}" for _ in range(4))


def cpr() -> str:
    d = dt.date(1960, 1, 1) + dt.timedelta(days=R.randint(0, 15000))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{R.randint(1000, 9999)}"


def sagsnr() -> str:
    return f"{R.choice(['27.12.08', '15.02.00', '27.12.00'])}-G01-{R.randint(1000, 99999)}-{R.randint(21, 26)}"


class Case:
    """One citizen's mentor case: the facts from which every document is written."""

    def __init__(self, year: int, dept: str, provider: tuple[str, str] | None = None):
        self.dept = dept
        self.jc = DEPTS[dept]
        self.borger = person()
        self.first = self.borger.split()[0]
        mf = R.choice(MENTOR_FIRST)
        self.mentor_first = mf
        self.mentor = f"{mf} {R.choice(LAST)}"
        self.provider = provider or R.choice([PROV_A, PROV_B, ("Havnestad Kommunes Mentorkorps", "havnestad.dk")])
        self.mphone = phone()
        self.mmail = f"{mf.lower()}@{self.provider[1]}"
        self.sb = person()
        self.sbphone = phone()
        self.start = dt.date(year, R.randint(1, 12), R.choice([1, 1, 1, 15, 7, 20]))
        self.months = R.choice([3, 4, 6, 6, 6])
        self.end = add_months(self.start, self.months) - dt.timedelta(days=1)
        self.goal = R.choice(GOALS_CLEAR).format(b=self.first, d=dk_date(add_months(self.start, 2)))
        self.tasks = [t.format(b=self.first) for t in R.choice(TASKS)]
        self.follow = R.choice(FOLLOW).format(b=self.first)
        self.hours = R.choice(HOURS_OK)
        self.cpr = cpr() if R.random() < 0.26 else None
        self.sag = sagsnr()
        self.defects: list[str] = []
        self.extras: list[str] = []
        self.traits: list[str] = []
        self.signed = self.start - dt.timedelta(days=R.randint(1, 12))

    def make_over(self) -> None:
        extra = R.choice([(0, 1), (1, 0), (3, 0), (6, 0)])
        self.end = add_months(self.start, 6 + extra[0]) - dt.timedelta(days=1) + dt.timedelta(days=extra[1])
        self.defects.append("duration-over-6-months")
        self.traits.append(f"period:over+{extra[0]}m{extra[1]}d")

    def make_exact_six(self) -> None:
        self.end = add_months(self.start, 6) - dt.timedelta(days=1)
        self.traits.append("period:exact-six")

    def period_text(self, style: str = "word") -> str:
        sep = R.choice([" – ", " til ", "-"]) if style == "dots" else R.choice([" – ", " til "])
        return f"{dk_date(self.start, style)}{sep}{dk_date(self.end, style)}"

    def appeal_for(self, when: dt.date) -> str:
        if when >= dt.date(2026, 2, 1):
            return APPEAL_FULL_KOM.format(k=KOMMUNE)
        return R.choice([APPEAL_FULL_JC.format(jc=self.jc), APPEAL_FULL_JC2])

    def period_dict(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


def pick_defect(kind: str, rate: float) -> str | None:
    if R.random() >= rate:
        return None
    if kind == "agreement":
        # weights: what an audit of a big city's archive plausibly finds (follow-up, hours and appeal
        # most often; over-long periods and vague goals regularly; empty template fields now and then)
        kinds = ["missing-hours", "missing-hours-vague", "missing-follow-up", "duration-over-6-months",
                 "unclear-goal", "appeal-incomplete", "appeal-wrong-route", "missing-mentor-contact",
                 "missing-tasks-placeholder", "missing-goal-placeholder", "missing-duration-placeholder",
                 "missing-appeal"]
        weights = [2, 1.5, 2, 2, 2.5, 1.5, 1, 1, 0.8, 0.8, 0.8, 1]
        return R.choices(kinds, weights)[0]
    if kind == "minplan":
        return R.choice(["missing-hours", "unclear-goal", "duration-over-6-months", "missing-mentor-contact",
                         "missing-tasks-placeholder"])
    return R.choice(["appeal-incomplete", "appeal-incomplete", "duration-over-6-months", "missing-appeal",
                     "appeal-wrong-route"])


def apply_defect(c: Case, d: str | None) -> dict:
    """Change the case facts for one defect; return the field overrides the renderers use."""
    o: dict = {}
    if d is None:
        return o
    c.traits.append(f"defect:{d}")
    if d == "missing-hours":
        o["hours"] = None
        c.defects.append("missing-hours")
    elif d == "missing-hours-vague":
        c.hours = R.choice(HOURS_VAGUE)
        c.defects.append("missing-hours")
    elif d == "missing-follow-up":
        o["follow"] = None
        c.defects.append("missing-follow-up")
    elif d == "duration-over-6-months":
        c.make_over()
    elif d == "unclear-goal":
        c.goal = R.choice(GOALS_UNCLEAR).format(b=c.first)
        c.defects.append("unclear-goal")
    elif d == "appeal-incomplete":
        o["appeal"] = R.choice([APPEAL_NO_DEADLINE, APPEAL_EMPTY])
        c.defects.append("missing-appeal-guidance")
    elif d == "appeal-wrong-route":
        o["appeal"] = APPEAL_WRONG
        c.extras.append("appeal-wrong-route")
    elif d == "missing-appeal":
        o["appeal"] = None
        c.defects.append("missing-appeal-guidance")
    elif d == "missing-mentor-contact":
        o["mentor_contact"] = False
        c.defects.append("missing-mentor")
    elif d == "missing-tasks-placeholder":
        o["tasks"] = PLACEHOLDER
        c.defects.append("missing-tasks")
    elif d == "missing-goal-placeholder":
        o["goal"] = PLACEHOLDER
        c.defects.append("missing-goal")
    elif d == "missing-duration-placeholder":
        o["period"] = R.choice([PLACEHOLDER, "Indtil videre", "Udfyldes senere"])
        c.defects.append("missing-duration")
    return o


# ----------------------------------------------------------------------------------------------
# Agreement templates: 5 departments x 3 generations, caseworker edits vary the wording.

def mentor_line(c: Case, o: dict) -> str:
    if o.get("mentor_contact") is False:
        return f"{c.mentor}, {c.provider[0]}"
    return R.choice([
        f"{c.mentor}, {c.provider[0]}, tlf. {c.mphone}, {c.mmail}",
        f"{c.mentor} ({c.provider[0]}) – telefon {c.mphone}",
        f"{c.mentor}, mail: {c.mmail}, mobil: {c.mphone}",
    ])


def agreement_sections(c: Case, gen: int, o: dict) -> tuple[str, list[tuple[str, object]], str]:
    """Return (title, [(label, value)], layout) for one agreement; value None = section left out."""
    dept = c.dept
    when = c.signed
    goal = o.get("goal", c.goal)
    tasks = o.get("tasks", c.tasks)
    period = o.get("period", None) or c.period_text(R.choice(["word", "dots", "slash"]))
    hours = o["hours"] if "hours" in o else c.hours
    follow = o["follow"] if "follow" in o else c.follow
    appeal = o["appeal"] if "appeal" in o else c.appeal_for(when)
    ml = mentor_line(c, o)
    if gen == 2021:
        title = R.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167"])
        labels = {
            "nord": ["Formål med mentorstøtten", "Mentor (navn og kontaktoplysninger)", "Mentors opgaver",
                     "Periode", "Timetal", "Opfølgning", "Klagevejledning"],
            "syd": ["Mål", "Mentor", "Opgaver", "Varighed", "Antal timer pr. uge", "Opfølgning og progression",
                    "Klagevejledning"],
            "vest": ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver skal mentor bistå med",
                     "Aftalens varighed", "Timetallet for mentorstøtten", "Evaluering", "Klagevejledning"],
            "centrum": ["Formål", "Kontaktperson/mentor", "Mentorens opgaver", "Bevilget periode", "Timer",
                        "Statusmøder", "Klagevejledning"],
            "unge": ["Uddannelsesmål", "Din mentor", "Indsatsområder", "Periode", "Timer om ugen", "Opfølgning",
                     "Hvis du vil klage"],
        }[dept]
        layout = "table"
    elif gen == 2023:
        title = R.choice(["Mentoraftale", "Aftale om mentorforløb", "Aftale om mentorstøtte"])
        labels = {
            "nord": ["1. Målet med forløbet", "2. Din mentor", "3. Hvad skal mentor hjælpe med?",
                     "4. Periode", "5. Timer", "6. Opfølgning", "7. Klagevejledning"],
            "syd": ["Borgerens mål", "Mentors kontaktdata", "Mentorens opgaver", "Forløbets varighed",
                    "Timetal", "Sådan følger vi op", "Sådan klager du"],
            "vest": ["Mål og delmål", "Mentor", "Støtten består i", "Gyldig fra/til", "Timeantal",
                     "Opfølgning", "Klageadgang"],
            "centrum": ["Hovedformål", "Mentorens navn og telefon", "Opgaver", "Periode", "Antal timer",
                        "Evaluering og opfølgning", "Klagevejledning"],
            "unge": ["Dit mål", "Din mentor er", "Det skal mentor hjælpe dig med", "Hvor længe?",
                     "Hvor mange timer?", "Hvordan følger vi op?", "Klagevejledning"],
        }[dept]
        layout = "headings"
    else:
        title = R.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte (LAB § 167)"])
        labels = {
            "nord": ["Vi har aftalt følgende mål for forløbet:", "Mentors kontaktoplysninger",
                     f"{c.mentor_first} skal hjælpe dig med:", "Periode", "Timetal", "Opfølgning",
                     "Klagevejledning"],
            "syd": ["Målet med mentorstøtten", "Mentor", f"Sådan hjælper {c.mentor_first} dig",
                    "Aftalen gælder", "Timer pr. uge", "Status og opfølgning", "Hvis du vil klage"],
            "vest": ["Formål", "Din mentor", "Mentorens opgaver", "Varighed", "Tid", "Opfølgning",
                     "Klagevejledning"],
            "centrum": ["Mål", "Mentor og kontakt", "Indsatsområder", "Periode", "Timetal",
                        "Opfølgning og delmål", "Klagevejledning"],
            "unge": ["Hvad er dit mål?", "Hvem er din mentor?", "Hvad skal mentor hjælpe med?",
                     "Hvornår?", "Hvor meget tid?", "Hvordan følger vi op?", "Sådan klager du"],
        }[dept]
        layout = R.choice(["headings", "table"])
    labels = [caseworker_edit(lb) for lb in labels]
    # caseworker edits: sometimes a free-text "Andet" row, sometimes reordered follow-up/hours
    values = [goal, ml, tasks, period, hours, follow, appeal]
    sections = list(zip(labels, values))
    if R.random() < 0.3:
        sections.insert(5, (R.choice(["Andet", "Bemærkninger", "Øvrige aftaler"]),
                            R.choice(["Mentor og borger mødes som udgangspunkt på biblioteket.",
                                      f"{c.first} giver besked til mentor ved sygdom senest kl. 9.",
                                      "Aftalen kan ændres, hvis der sker ændringer i situationen."])))
    return title, sections, layout


LABEL_EDITS = {
    "Timetal": ["Timetal pr. uge", "Timetal:", "Antal timer"],
    "Periode": ["Periode:", "Periode (fra–til)", "Perioden"],
    "Opfølgning": ["Opfølgning:", "Opfølgning og evaluering", "Opfølgning/status"],
    "Mentor": ["Mentor:", "Mentorens navn", "Mentor og kontaktoplysninger"],
    "Klagevejledning": ["Klagevejledning:", "KLAGEVEJLEDNING", "Klagevejledning – mentorstøtte"],
    "Mål": ["Mål:", "Målet", "Mål for mentorstøtten"],
    "Opgaver": ["Opgaver:", "Mentors opgaver", "Opgaver for mentor"],
}


def caseworker_edit(label: str) -> str:
    """Caseworkers retype template labels now and then; the template family stays recognisable."""
    if label in LABEL_EDITS and R.random() < 0.3:
        return R.choice(LABEL_EDITS[label])
    return label


def header_lines(c: Case, sender: str) -> list[tuple[str, str]]:
    rows = [("Borger", c.borger)]
    if c.cpr:
        rows.append(("CPR-nr.", c.cpr))
    rows += [("Sagsnr.", c.sag), ("Sagsbehandler", f"{c.sb}, tlf. {c.sbphone}"), ("Afsender", sender)]
    return rows


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_sdt_text(par, text: str, placeholder: bool) -> None:
    """An inline content control (w:sdt) as Word's template fields are; placeholder = showingPlcHdr."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Felt")
    pr.append(alias)
    sid = OxmlElement("w:id")
    sid.set(qn("w:val"), str(R.randint(10000000, 99999999)))
    pr.append(sid)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if placeholder:
        rpr = OxmlElement("w:rPr")
        st = OxmlElement("w:rStyle")
        st.set(qn("w:val"), "PlaceholderText")
        rpr.append(st)
        r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    content.append(r)
    sdt.append(content)
    par._p.append(sdt)


def add_tracked_replace(par, old: str, new: str | None, author: str) -> None:
    """A caseworker's tracked edit: old text deleted (w:del), new text inserted (w:ins)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    date = "2024-05-02T10:11:00Z"
    d = OxmlElement("w:del")
    d.set(qn("w:id"), str(R.randint(1, 9999)))
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    dt_ = OxmlElement("w:delText")
    dt_.text = old
    dt_.set(qn("xml:space"), "preserve")
    r.append(dt_)
    d.append(r)
    par._p.append(d)
    if new:
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), str(R.randint(1, 9999)))
        ins.set(qn("w:author"), author)
        ins.set(qn("w:date"), date)
        r2 = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = new
        t.set(qn("xml:space"), "preserve")
        r2.append(t)
        ins.append(r2)
        par._p.append(ins)


def write_agreement_docx(path: Path, c: Case, title: str, sections, layout: str, gen: int,
                         word_features: bool = False) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sender = c.jc if c.signed < dt.date(2026, 2, 1) else f"{KOMMUNE}, {c.jc.split(', ')[0].replace('Jobcenter Havnestad ', 'Beskæftigelse ')}"
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{sender}   ·   Skabelon {gen} v{R.randint(1, 4)}"
    sec.footer.paragraphs[0].text = f"{KOMMUNE} · Rådhuspladsen 1 · 8000 Havnestad · havnestad.dk"
    doc.add_heading(title, level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in header_lines(c, sender):
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    doc.add_paragraph("")
    if layout == "table":
        t2 = doc.add_table(rows=0, cols=2)
        t2.style = "Table Grid"
        for label, val in sections:
            if val is None:
                continue
            cells = t2.add_row().cells
            cells[0].text = label
            if word_features and gen == 2025 and isinstance(val, str):
                add_sdt_text(cells[1].paragraphs[0], val, placeholder=(val == PLACEHOLDER))
            elif isinstance(val, list):
                cells[1].text = ""
                for i, item in enumerate(val):
                    p = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
                    p.text = f"• {item}"
            else:
                cells[1].text = val
    else:
        for label, val in sections:
            if val is None:
                continue
            doc.add_heading(label, level=2)
            if isinstance(val, list):
                for item in val:
                    doc.add_paragraph(item, style="List Bullet")
            elif word_features and gen == 2025:
                add_sdt_text(doc.add_paragraph(), val, placeholder=(val == PLACEHOLDER))
            elif word_features and gen == 2023 and val == c.hours and R.random() < 0.7:
                old = R.choice([h for h in HOURS_OK if h != val])
                add_tracked_replace(doc.add_paragraph(), old, val, c.sb)
                c.traits.append("tracked-change")
            else:
                doc.add_paragraph(val)
    doc.add_paragraph("")
    doc.add_paragraph(f"Havnestad, den {dk_date(c.signed)}")
    doc.add_paragraph("_______________________          _______________________          _______________________")
    doc.add_paragraph(f"{c.borger}                      {c.mentor}                      {c.sb}")
    doc.save(path)


# ----------------------------------------------------------------------------------------------
# Provider A: HTML export from its case tool.  Provider B: PDF from its system (reportlab).

def write_provider_html(path: Path, c: Case, sections, title: str) -> None:
    parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{html.escape(title)} – {PROV_A[0]}</title>",
             "<style>body{font-family:Arial}dt{font-weight:bold;margin-top:8px}.nav{color:#888}</style>",
             "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)};gtag('js',new Date());</script>",
             "</head><body>",
             f"<div class='nav'>MentorNet · Forløb · Eksport · Udskrevet {dk_date(c.signed, 'dots')}</div>",
             f"<div class='doc'><h1>{html.escape(title)}</h1>",
             f"<p>Aftale mellem {html.escape(c.borger)}, {html.escape(c.jc)} og {PROV_A[0]}.</p>",
             "<div class='meta'><dl>"]
    for k, v in header_lines(c, c.jc):
        parts.append(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>")
    parts.append("</dl></div><div class='body'><dl>")
    for label, val in sections:
        if val is None:
            continue
        parts.append(f"<dt>{html.escape(label)}</dt><dd>")
        if isinstance(val, list):
            parts.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        else:
            parts.append(f"<div><div>{html.escape(val)}</div></div>")
        parts.append("</dd>")
    parts.append("</dl></div></div>")
    parts.append(f"<footer><small>{PROV_A[0]} · CVR 3{R.randint(1000000, 9999999)} · Godkendt leverandør til {KOMMUNE}</small></footer>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


class PdfWriter:
    """A small reportlab page writer with wrapping, a left sidebar option and page footers."""

    def __init__(self, path: Path, sidebar: list[str] | None = None, footer: str = ""):
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.sidebar = sidebar
        self.footer = footer
        self.page = 1
        self.x = 70 * mm if sidebar else 22 * mm
        self.width = (A4[0] - self.x - 18 * mm)
        self._new_page_decor()

    def _new_page_decor(self) -> None:
        self.y = A4[1] - 25 * mm
        if self.sidebar:
            self.c.setFillGray(0.93)
            self.c.rect(0, 0, 58 * mm, A4[1], stroke=0, fill=1)
            self.c.setFillGray(0)
            y = A4[1] - 30 * mm
            for line in self.sidebar:
                self.c.setFont("Helvetica", 8)
                self.c.drawString(8 * mm, y, line)
                y -= 11
        if self.footer:
            self.c.setFont("Helvetica", 7)
            self.c.drawString(self.x, 12 * mm, f"{self.footer}   Side {self.page}")

    def _need(self, h: float) -> None:
        if self.y - h < 22 * mm:
            self.c.showPage()
            self.page += 1
            self._new_page_decor()

    def text(self, s: str, font: str = "Helvetica", size: float = 10, gap: float = 4, indent: float = 0) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth
        words = s.split()
        line = ""
        lines = []
        for w in words:
            cand = (line + " " + w).strip()
            if stringWidth(cand, font, size) > self.width - indent:
                lines.append(line)
                line = w
            else:
                line = cand
        if line:
            lines.append(line)
        for ln in lines:
            self._need(size + 3)
            self.c.setFont(font, size)
            self.c.drawString(self.x + indent, self.y, ln)
            self.y -= size + 3
        self.y -= gap

    def save(self) -> None:
        self.c.save()


def write_provider_pdf(path: Path, c: Case, sections, title: str) -> None:
    side = [PROV_B[0], "Mentorafdelingen", "Søndergade 14", "8000 Havnestad", "", "Tlf. 70 20 30 40",
            f"www.{PROV_B[1]}", "", f"Forløbsnr. KM-{R.randint(10000, 99999)}", f"Dato: {dk_date(c.signed, 'dots')}"]
    w = PdfWriter(path, sidebar=side, footer=f"{PROV_B[0]} · {title}")
    w.text(title, "Helvetica-Bold", 15, 8)
    for k, v in header_lines(c, c.jc):
        w.text(f"{k}: {v}", size=9, gap=1)
    w.y -= 8
    for label, val in sections:
        if val is None:
            continue
        w.text(label, "Helvetica-Bold", 11, 2)
        if isinstance(val, list):
            for item in val:
                w.text(f"•  {item}", indent=8, gap=1)
            w.y -= 4
        else:
            w.text(val)
    w.y -= 10
    w.text(f"Underskrevet digitalt af {c.borger} og {c.mentor} den {dk_date(c.signed)}.", size=9)
    w.save()


# ----------------------------------------------------------------------------------------------
# Decision letters from the case system.

def decision_letter(c: Case, variant: str, o: dict, with_bilag: bool) -> list[tuple[str, object]]:
    when = c.signed
    sender = c.jc if when < dt.date(2026, 2, 1) else KOMMUNE
    appeal = o["appeal"] if "appeal" in o else c.appeal_for(when)
    parts: list[tuple[str, object]] = []
    parts.append(("", f"{sender}\n{c.borger}\nSagsnr.: {c.sag}" + (f"\nCPR-nr.: {c.cpr}" if c.cpr else "")
                  + f"\nDato: {dk_date(when)}"))
    if variant == "grant":
        parts.append(("Afgørelse om mentorstøtte", None))
        parts.append(("", f"Kære {c.first}\n\nDu har søgt om mentorstøtte. Du får bevilget mentorstøtte efter § 167 i lov om en "
                          f"aktiv beskæftigelsesindsats i perioden {c.period_text('word')} med {c.hours}. "
                          f"Din mentor bliver {c.mentor} fra {c.provider[0]}."))
        parts.append(("Begrundelse", "Vi har lagt vægt på, at du har brug for støtte til at fastholde dit forløb, og at "
                      "mentorstøtten skal hjælpe dig med at nå dit mål om job eller uddannelse."))
    elif variant == "partial":
        asked = R.choice([9, 12])
        parts.append(("Afgørelse om mentorstøtte – delvis bevilling", None))
        parts.append(("", f"Kære {c.first}\n\nDu søgte om mentorstøtte i {asked} måneder med 5 timer om ugen. Vi har "
                          f"bevilget mentorstøtte i perioden {c.period_text('word')} med {c.hours}."))
        parts.append(("Begrundelse", "Efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats kan mentorstøtte "
                      "gives i højst 6 måneder ad gangen. Vi har lagt vægt på din aktuelle situation og på, at der "
                      "følges op inden udløb. Du kan søge om en ny periode."))
    elif variant == "refusal":
        parts.append(("Afslag på mentorstøtte", None))
        parts.append(("", f"Kære {c.first}\n\nDu har søgt om mentorstøtte. Vi har givet dig afslag."))
        if "no-reasons" in o:
            c.extras.append("missing-reasons")
        else:
            parts.append(("Begrundelse", "Vi har lagt vægt på, at du allerede får støtte fra en SPS-mentor på uddannelsen, "
                          "som dækker det samme behov, jf. § 167 i lov om en aktiv beskæftigelsesindsats."))
    elif variant == "extension":
        parts.append(("Afgørelse om forlængelse af mentorstøtte", None))
        parts.append(("", f"Kære {c.first}\n\nDin mentorstøtte er forlænget med en ny periode. Du får mentorstøtte i perioden "
                          f"{c.period_text('word')} med {c.hours}. Din mentor er fortsat {c.mentor}."))
        parts.append(("Begrundelse", "Vi har foretaget en konkret vurdering og lagt vægt på, at du er godt i gang, men "
                      "stadig har brug for støtte for at fastholde praktikken, jf. § 167, stk. 1, 2. pkt."))
    if appeal is not None:
        parts.append((R.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]), appeal))
    parts.append(("", f"Med venlig hilsen\n{c.sb}\nSagsbehandler, tlf. {c.sbphone}"))
    if with_bilag:
        parts.append(("Bilag 1: Aftale om mentorstøtte", None))
        parts += [("Mål", c.goal), ("Mentor", f"{c.mentor}, {c.provider[0]}, tlf. {c.mphone}"),
                  ("Mentors opgaver", c.tasks), ("Periode", c.period_text("dots")), ("Timetal", c.hours),
                  ("Opfølgning", c.follow), ("Klagevejledning", "Se klagevejledningen i afgørelsen ovenfor.")]
    return parts


def write_parts_docx(path: Path, parts, footer: str = "") -> None:
    doc = Document()
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    for label, val in parts:
        if label and val is None:
            doc.add_heading(label, level=1 if not label.startswith("Bilag") else 1)
            continue
        if label:
            doc.add_heading(label, level=2)
        if isinstance(val, list):
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif val:
            for para in val.split("\n\n"):
                doc.add_paragraph(para)
    doc.save(path)


def write_parts_txt(path: Path, parts, width: int = 0) -> None:
    out = []
    for label, val in parts:
        if label:
            out.append(label)
            if val is None:
                out.append("=" * len(label))
        if isinstance(val, list):
            out += [f"- {i}" for i in val]
        elif val:
            out.append(val)
        out.append("")
    text = "\n".join(out)
    if width:
        import textwrap
        text = "\n".join("\n".join(textwrap.wrap(ln, width)) if len(ln) > width else ln for ln in text.split("\n"))
    path.write_text(text, encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# Min Plan prints.

def minplan_parts(c: Case, o: dict) -> list[tuple[str, object]]:
    hours = o["hours"] if "hours" in o else c.hours
    mentor = f"{c.mentor}, {c.provider[0]}" + ("" if o.get("mentor_contact") is False else f", tlf. {c.mphone}")
    tasks = o.get("tasks", c.tasks)
    parts = [("Min Plan", None),
             ("", f"{c.borger}" + (f"   CPR-nr. {c.cpr}" if c.cpr else "") + f"\nUdskrevet fra Jobnet {dk_date(c.signed + dt.timedelta(days=3), 'dots')}"
              f"\nDin kontaktperson: {c.sb}, {c.jc}, tlf. {c.sbphone}"),
             ("Dit mål", c.goal.replace(", med henblik på løntilskud", "")),
             ("Aktiviteter", None)]
    other_start = c.start - dt.timedelta(days=R.randint(20, 90))
    if R.random() < 0.5:
        parts.append(("Forberedende Grunduddannelse (FGU)",
                      f"Periode: {dk_date(other_start, 'dots')} - {dk_date(add_months(other_start, 12), 'dots')}. Sted: FGU Havnestad."))
    parts.append(("Mentorstøtte (§ 167)", f"Formål: {c.goal}\nMentor: {mentor}\nPeriode: {c.period_text('dots')}"
                  + (f"\nTimer: {hours}" if hours else "")))
    parts.append(("Mentors opgaver", tasks))
    parts.append(("", "Du kan se og ændre din plan på Jobnet.dk. Kontakt jobcentret, hvis noget ikke passer."))
    return parts


# ----------------------------------------------------------------------------------------------
# Documents that are none of the kinds.

def unknown_docs(out: Path, entries: list, add) -> None:
    d = out / "ikke-aftaler"
    d.mkdir(parents=True, exist_ok=True)
    # 1. audit minutes
    parts = [("Referat – revisionsmøde om mentorsager", None),
             ("", f"Dato: 14. oktober 2026. Deltagere: kvalitetskonsulent {person()}, afdelingsleder {person()}, "
                  "teamledere fra Nord, Syd, Vest, Centrum og Ungeindsatsen."),
             ("1. Stikprøve", "Der er udtrukket 100 sager. Gennemgangen viser, at mentorens opgaver og timetal "
                              "oftest er beskrevet, mens opfølgning og klagevejledning mangler i en del ældre aftaler."),
             ("2. Skabeloner", "Skabelon 2021 udfases. Afdelingerne bruger fremover 2025-skabelonen, hvor målet, "
                               "mentors kontaktdata, opgaver, periode, timetal, opfølgning og klagevejledning er faste felter."),
             ("3. Næste møde", "Næste møde afholdes 2. december 2026 kl. 10-12.")]
    p = d / "referat-revisionsmoede-2026-10-14.docx"
    write_parts_docx(p, parts)
    add(p, "unknown", "docx", "headings", "minutes", [], [], None, ["not-a-kind"])
    # 2. invoice from provider B (PDF)
    p = d / "faktura-kompasset-2025-09.pdf"
    w = PdfWriter(p, footer=f"{PROV_B[0]} · CVR 2{R.randint(1000000, 9999999)}")
    w.text(f"FAKTURA nr. 2025-{R.randint(1000, 9999)}", "Helvetica-Bold", 14, 8)
    w.text(f"Til: {KOMMUNE}, Jobcenter Havnestad Syd, EAN 5798000{R.randint(100000, 999999)}")
    w.text("Vedr.: Mentorstøtte efter LAB § 167, september 2025")
    for _ in range(5):
        w.text(f"{person()}  ·  mentor {R.choice(MENTOR_FIRST)}  ·  {R.randint(4, 16)} timer à 495,00 kr.", size=9, gap=1)
    w.text("Betalingsbetingelser: netto 30 dage. Beløb i alt ekskl. moms fremgår af bilag.", gap=6)
    w.save()
    add(p, "unknown", "pdf", "sidebar-free", "invoice", [], [], None, ["not-a-kind"])
    # 3. provider A status report (HTML)
    c = Case(2025, "vest", PROV_A)
    p = d / "statusrapport-brobyg.html"
    p.write_text(f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Statusrapport</title></head><body>
<h1>Statusrapport – mentorforløb</h1><p>Borger: {c.borger}. Mentor: {c.mentor}, tlf. {c.mphone}. Periode: {c.period_text('dots')}.</p>
<h2>Forløbet indtil nu</h2><p>{c.first} er mødt op til 9 ud af 10 aftaler. Vi har arbejdet med {c.tasks[0].lower()}.</p>
<h2>Mål og progression</h2><p>Målet er uændret: {c.goal} Progressionen vurderes som god.</p>
<h2>Anbefaling</h2><p>Vi anbefaler, at forløbet fortsætter med {c.hours} frem til periodens udløb.</p>
<p>Med venlig hilsen {c.mentor}, {PROV_A[0]}</p></body></html>""", encoding="utf-8")
    add(p, "unknown", "html", "headings", "status-report", [], [], None, ["not-a-kind", "mentions-all-fields"])
    # 4. guidance leaflet (PDF)
    p = d / "pjece-mentorstoette.pdf"
    w = PdfWriter(p, footer=f"{KOMMUNE} · Beskæftigelse")
    w.text("Mentorstøtte – hvad er det?", "Helvetica-Bold", 15, 8)
    for s in ["En mentor kan hjælpe dig, hvis du har brug for ekstra støtte for at komme i job, uddannelse eller tilbud.",
              "Når du får en mentor, laver vi en skriftlig aftale. Aftalen indeholder målet med mentorstøtten, "
              "mentorens navn og kontaktdata, hvilke opgaver mentoren skal hjælpe med, hvor længe aftalen gælder, "
              "hvordan vi følger op, og hvor mange timer om ugen du har mentor.",
              "Mentorstøtte gives i højst 6 måneder ad gangen. Efter en konkret vurdering kan du få en ny periode.",
              "Hvis du er uenig i en afgørelse, kan du klage til kommunen inden 4 uger. Kommunen genvurderer "
              "afgørelsen og sender klagen videre til Ankestyrelsen, hvis den fastholdes.",
              "Spørgsmål? Ring til jobcentret på 89 40 20 00."]:
        w.text(s)
    w.save()
    add(p, "unknown", "pdf", "prose", "leaflet", [], [], None, ["not-a-kind", "mentions-all-fields"])
    # 5. e-mail about a status meeting
    c = Case(2026, "nord")
    p = d / "mail-statusmoede.txt"
    p.write_text(f"""Fra: {c.sb} <{c.sb.split()[0].lower()}@havnestad.dk>
Til: {c.mentor} <{c.mmail}>
Dato: {dk_date(c.signed)} 09:14
Emne: SV: Statusmøde vedr. {c.first}

Hej {c.mentor_first}

Tak for din status. Jeg foreslår, at vi holder statusmøde torsdag kl. 13 i jobcentret. Jeg har sat {c.first} på.
Husk at tage jeres plan for de næste 3 måneder med.

Venlig hilsen
{c.sb}
Sagsbehandler, {c.jc}
Tlf. {c.sbphone}

> Fra: {c.mentor}
> Hej {c.sb.split()[0]}, {c.first} er godt i gang i praktikken. Vi bruger stadig {c.hours}. Kan vi mødes?
""", encoding="utf-8")
    add(p, "unknown", "txt", "email", "email", [], [], None, ["not-a-kind"])
    # 6. sports club private mentoraftale
    p = d / "if-havnestad-mentoraftale-ungdom.docx"
    parts = [("Mentoraftale – IF Havnestad Ungdomsafdeling", None),
             ("Formål", "Klubbens mentorordning skal give unge spillere en voksen at tale med om skole og fodbold."),
             ("Mentor", f"{person()}, ungdomstræner, tlf. {phone()}"),
             ("Opgaver", ["Samtale efter træning en gang om måneden", "Hjælp med lektiecafé i klubhuset"]),
             ("Periode", "Sæsonen 2025/26"),
             ("Timer", "1 time om måneden"),
             ("", "Ordningen er frivillig og drives af klubbens forældreudvalg.")]
    write_parts_docx(p, parts)
    add(p, "unknown", "docx", "headings", "private-mentoraftale", [], [], None, ["not-a-kind", "mentions-all-fields"])
    # 7. audit sampling memo (txt)
    p = d / "notat-stikproeve-metode.txt"
    p.write_text("""Notat: Metode for stikprøve af mentorsager 2026

Kvalitetsteamet udtrækker 20 sager fra hver af de fem afdelinger (Nord, Syd, Vest, Centrum og Ungeindsatsen).
For hver sag gennemgås aftalen, afgørelsen og Min Plan. Vi kontrollerer de seks faste punkter fra
kvalitetsstandarden: mål, mentors navn og kontaktdata, opgaver, varighed og opfølgning, timetal og
klagevejledning. Perioden må højst være 6 måneder, jf. LAB § 167, stk. 1.

Resultatet afrapporteres til direktionen i januar 2027.
""", encoding="utf-8")
    add(p, "unknown", "txt", "prose", "memo", [], [], None, ["not-a-kind", "mentions-all-fields"])
    # 8. municipality's reconsideration upholding decision, forwarded to Ankestyrelsen
    c = Case(2025, "centrum")
    p = d / "genvurdering-videresendt.docx"
    parts = [("", f"{c.jc}\n{c.borger}\nSagsnr.: {c.sag}" + (f"\nCPR-nr.: {c.cpr}" if c.cpr else "")),
             ("Din klage er sendt til Ankestyrelsen", None),
             ("", f"Kære {c.first}\n\nVi har modtaget din klage over vores afgørelse om mentorstøtte. Vi har genvurderet "
                  "sagen, men fastholder afgørelsen. Vi har derfor sendt din klage og sagens akter videre til "
                  "Ankestyrelsen, som vil behandle klagen. Du hører fra Ankestyrelsen."),
             ("", f"Med venlig hilsen\n{c.sb}")]
    write_parts_docx(p, parts)
    add(p, "unknown", "docx", "letter", "forwarding-letter", [], [c.cpr, c.cpr.replace("-", "")] if c.cpr else [], None,
        ["not-a-kind"] + (["cpr"] if c.cpr else []))
    # 9. mentor provider A web page about their service (HTML)
    p = d / "brobyg-om-os.html"
    p.write_text(f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{PROV_A[0]} – Om os</title>
<script>var x = "Mål: Mentor: Periode: Timer:";</script></head><body>
<nav><a href="/">Forside</a> <a href="/kontakt">Kontakt</a></nav>
<h1>Mentorstøtte der virker</h1><p>Vi hjælper borgere i {KOMMUNE} tættere på job og uddannelse. Vores mentorer
arbejder ud fra en fast aftale med jobcentret, hvor mål, opgaver, periode og timetal er beskrevet.</p>
<h2>Kontakt</h2><p>Ring på 70 11 22 33 eller skriv til info@{PROV_A[1]}.</p></body></html>""", encoding="utf-8")
    add(p, "unknown", "html", "web", "provider-webpage", [], [], None, ["not-a-kind"])
    # 10. quality standard excerpt (docx)
    p = d / "kvalitetsstandard-mentor-2025.docx"
    parts = [("Kvalitetsstandard for mentorstøtte 2025", None),
             ("Lovgrundlag", "Lov om en aktiv beskæftigelsesindsats §§ 167-171."),
             ("Målgruppe", "Alle borgere i målgrupperne efter LAB § 6, som har brug for særlig støtte."),
             ("Serviceniveau", "Niveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: mere end 2 timer pr. uge."),
             ("Aftalen", "Der udarbejdes altid en skriftlig aftale med mål, mentors navn og kontaktdata, opgaver, "
                         "varighed og opfølgning, timetal og klagevejledning."),
             ("Opfølgning", "Der følges op mindst hver 3. måned og altid 14 dage før støtteperioden ophører.")]
    write_parts_docx(p, parts)
    add(p, "unknown", "docx", "headings", "quality-standard", [], [], None, ["not-a-kind", "mentions-all-fields"])
    # 11. mentor's time sheet (PDF, provider B)
    c = Case(2025, "syd", PROV_B)
    p = d / "timeregistrering-kompasset.pdf"
    w = PdfWriter(p, footer=f"{PROV_B[0]}")
    w.text("Timeregistrering – mentorforløb", "Helvetica-Bold", 13, 6)
    w.text(f"Borger: {c.borger}    Mentor: {c.mentor}")
    for i in range(6):
        d0 = c.start + dt.timedelta(days=7 * i)
        w.text(f"{dk_date(d0, 'dots')}   {R.choice(['1,5', '2,0', '1,0'])} t   {R.choice(['Samtale', 'Følgeskab til praktik', 'Møde på VUC'])}", size=9, gap=1)
    w.save()
    add(p, "unknown", "pdf", "list", "timesheet", [], [], None, ["not-a-kind"])
    # 12. meeting invitation letter (docx)
    c = Case(2026, "unge")
    p = d / "indkaldelse-samtale.docx"
    parts = [("", f"{KOMMUNE}\n{c.borger}"),
             ("Indkaldelse til samtale", None),
             ("", f"Kære {c.first}\n\nDu er indkaldt til samtale i Ungeindsatsen {dk_date(c.start)} kl. 10.00. Vi skal tale "
                  "om din uddannelsesplan og om, hvorvidt en mentor kan hjælpe dig. Tag gerne en bisidder med."),
             ("", f"Venlig hilsen\n{c.sb}, tlf. {c.sbphone}")]
    write_parts_docx(p, parts)
    add(p, "unknown", "docx", "letter", "invitation", [], [], None, ["not-a-kind"])


# ----------------------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries: list[dict] = []
    to_pdf: list[tuple[Path, Path]] = []  # docx made for LibreOffice conversion -> final pdf

    def add(path: Path, kind: str, fmt: str, layout: str, subtype: str, rules, mnc, period, traits, extras=()):
        e = {"path": str(path.relative_to(out)), "kind": kind, "format": fmt, "layout": layout,
             "subtype": subtype, "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None,
             "accept_errors": [], "must_not_contain": list(mnc), "traits": traits}
        if period:
            e["period"] = period
        entries.append(e)

    def case_entry(path: Path, c: Case, kind: str, fmt: str, layout: str, subtype: str) -> None:
        traits = list(c.traits) + (["cpr"] if c.cpr else [])
        period = None if "missing-duration" in c.defects else c.period_dict()
        add(path, kind, fmt, layout, subtype, c.defects, [c.cpr.replace("-", ""), c.cpr] if c.cpr else [],
            period, traits, c.extras)

    tmp = Path(tempfile.mkdtemp(prefix="corpus_ea_"))
    # 1) Department templates: 5 departments x 3 generations x 3 documents = 45 agreements
    for dept in DEPTS:
        for gen in (2021, 2023, 2025):
            for i in range(3):
                year = {2021: R.choice([2021, 2022]), 2023: R.choice([2023, 2024]), 2025: R.choice([2025, 2026])}[gen]
                c = Case(year, dept)
                if R.random() < 0.15:
                    c.make_exact_six()
                o = apply_defect(c, pick_defect("agreement", 0.45))
                title, sections, layout = agreement_sections(c, gen, o)
                folder = out / dept / f"skabelon-{gen}"
                folder.mkdir(parents=True, exist_ok=True)
                stem = f"aftale-{c.first.lower()}-{c.start.strftime('%Y%m')}-{i}"
                as_pdf = (i == 1) or (i == 2 and R.random() < 0.4)
                if as_pdf:
                    src = tmp / f"{dept}-{gen}-{stem}.docx"
                    write_agreement_docx(src, c, title, sections, layout, gen)
                    final = folder / f"{stem}.pdf"
                    to_pdf.append((src, final))
                    case_entry(final, c, "agreement", "pdf", layout, f"agreement-template-{gen}")
                else:
                    final = folder / f"{stem}.docx"
                    if gen == 2025:
                        c.traits.append("content-controls")
                    write_agreement_docx(final, c, title, sections, layout, gen, word_features=True)
                    case_entry(final, c, "agreement", "docx", layout, f"agreement-template-{gen}")
    # 2) Provider A: HTML exports (10), Provider B: PDF (10)
    for prov, n in ((PROV_A, 10), (PROV_B, 10)):
        for i in range(n):
            c = Case(R.choice([2024, 2025, 2026]), R.choice(list(DEPTS)), prov)
            dfx = pick_defect("agreement", 0.45)
            if prov is PROV_B and dfx == "missing-mentor-contact":
                dfx = "missing-follow-up"  # its sidebar carries the firm's phone: a contact, so no clean label
            o = apply_defect(c, dfx)
            title = R.choice(["Mentoraftale", "Aftale om mentorforløb", "Samarbejdsaftale om mentorstøtte"])
            goal = o.get("goal", c.goal)
            ml = mentor_line(c, o)
            hours = o["hours"] if "hours" in o else c.hours
            follow = o["follow"] if "follow" in o else c.follow
            appeal = o["appeal"] if "appeal" in o else c.appeal_for(c.signed)
            period = o.get("period") or c.period_text(R.choice(["word", "dots"]))
            sections = [("Formål med forløbet", goal), ("Mentor", ml),
                        ("Mentors opgaver" if i % 2 else f"{c.mentor_first} skal hjælpe dig med", o.get("tasks", c.tasks)),
                        ("Forløbsperiode", period), ("Bevilgede timer", hours),
                        ("Opfølgning og statusmøder", follow),
                        ("Klagevejledning (fra jobcentret)", appeal)]
            folder = out / "leverandoerer" / ("brobyg-html" if prov is PROV_A else "kompasset-pdf")
            folder.mkdir(parents=True, exist_ok=True)
            stem = f"mentoraftale-{c.first.lower()}-{i:02d}"
            if prov is PROV_A:
                p = folder / f"{stem}.html"
                write_provider_html(p, c, sections, title)
                case_entry(p, c, "agreement", "html", "dl", "provider-a-export")
            else:
                p = folder / f"{stem}.pdf"
                write_provider_pdf(p, c, sections, title)
                case_entry(p, c, "agreement", "pdf", "sidebar", "provider-b-export")
    # 3) Decision letters (16)
    dfolder = out / "afgoerelser"
    dfolder.mkdir(parents=True, exist_ok=True)
    variants = ["grant"] * 6 + ["partial"] * 4 + ["refusal"] * 3 + ["extension"] * 3
    for i, var in enumerate(variants):
        c = Case(R.choice([2024, 2025, 2026]), R.choice(list(DEPTS)))
        d = pick_defect("decision", 0.4)
        if var == "refusal":
            if d == "duration-over-6-months":
                d = None
            o = apply_defect(c, d)
            if i % 3 == 0:
                o["no-reasons"] = True
        else:
            o = apply_defect(c, d)
        with_bilag = var == "grant" and i % 3 == 1
        parts = decision_letter(c, var, o, with_bilag)
        if var == "refusal":
            c.defects = [x for x in c.defects if x != "duration-over-6-months"]
        if with_bilag:
            c.traits.append("bilag-agreement")
        stem = f"afgoerelse-{var}-{c.first.lower()}-{i:02d}"
        fmt = R.choice(["docx", "pdf", "pdf"])
        footer = f"{KOMMUNE} · Rådhuspladsen 1 · 8000 Havnestad · Side 1"
        if fmt == "docx":
            p = dfolder / f"{stem}.docx"
            write_parts_docx(p, parts, footer)
        else:
            src = tmp / f"{stem}.docx"
            write_parts_docx(src, parts, footer)
            p = dfolder / f"{stem}.pdf"
            to_pdf.append((src, p))
        period = c.period_dict() if var != "refusal" else None
        traits = list(c.traits) + (["cpr"] if c.cpr else [])
        add(p, "decision", fmt, "letter", f"decision-{var}", c.defects, [c.cpr.replace("-", ""), c.cpr] if c.cpr else [],
            period, traits, c.extras)
    # 4) Min Plan prints (12)
    mfolder = out / "min-plan"
    mfolder.mkdir(parents=True, exist_ok=True)
    for i in range(12):
        c = Case(R.choice([2024, 2025, 2026]), R.choice(list(DEPTS)))
        o = apply_defect(c, pick_defect("minplan", 0.35))
        parts = minplan_parts(c, o)
        stem = f"minplan-{c.first.lower()}-{i:02d}"
        fmt = ["pdf", "txt", "html"][i % 3]
        if fmt == "txt":
            p = mfolder / f"{stem}.txt"
            write_parts_txt(p, parts, width=R.choice([0, 78]))
            layout = "print-text"
        elif fmt == "pdf":
            p = mfolder / f"{stem}.pdf"
            w = PdfWriter(p, footer="Jobnet · Min Plan · udskrift")
            for label, val in parts:
                if label:
                    w.text(label, "Helvetica-Bold", 14 if val is None else 11, 2)
                if isinstance(val, list):
                    for it in val:
                        w.text(f"•  {it}", indent=8, gap=1)
                elif val:
                    for ln in val.split("\n"):
                        w.text(ln, gap=1)
                    w.y -= 4
            w.save()
            layout = "print-pdf"
        else:
            p = mfolder / f"{stem}.html"
            body = []
            for label, val in parts:
                if label:
                    body.append(f"<h{1 if val is None else 2}>{html.escape(label)}</h{1 if val is None else 2}>")
                if isinstance(val, list):
                    body.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in val) + "</ul>")
                elif val:
                    body.append("".join(f"<p>{html.escape(x)}</p>" for x in val.split("\n")))
            p.write_text("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Min Plan – Jobnet</title>"
                         "<script>var cfg={page:'minplan'};</script></head><body><header>Jobnet</header><main>"
                         + "\n".join(body) + "</main></body></html>", encoding="utf-8")
            layout = "print-html"
        traits = list(c.traits) + (["cpr"] if c.cpr else [])
        rules = [r for r in c.defects if r not in ("missing-follow-up", "missing-appeal-guidance")]
        add(p, "minplan", fmt, layout, "minplan-print", rules, [c.cpr.replace("-", ""), c.cpr] if c.cpr else [],
            c.period_dict(), traits, c.extras)
    # 5) Documents that are none of the kinds (12)
    unknown_docs(out, entries, add)
    # LibreOffice conversion in one batch per output folder
    by_dir: dict[Path, list[tuple[Path, Path]]] = {}
    for src, final in to_pdf:
        by_dir.setdefault(final.parent, []).append((src, final))
    for folder, items in by_dir.items():
        conv = tmp / "conv"
        conv.mkdir(exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ea_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(conv)] + [str(s) for s, _ in items],
                       check=True, capture_output=True, timeout=600)
        for src, final in items:
            shutil.move(str(conv / (src.stem + ".pdf")), final)
    shutil.rmtree(tmp)
    from_manifest = out / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    from_manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
