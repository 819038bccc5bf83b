"""Corpus dq: one municipality's yearly quality audit, a random draw from its mentor archive.

Written independently from shared/domain.md, the seeds and knowledge of Danish municipal
practice. Deterministic (fixed seed). Usage: make_corpus_dq.py --out DIR
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

SEED = 20261134
KOM = "Odsherred Kommune"
KOM_ADR = "Nyvej 22, 4573 Højby"
KOM_TLF = "59 66 66 66"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
FIRST = ["Anna", "Mikkel", "Sofie", "Jonas", "Fatima", "Kasper", "Line", "Ahmed", "Camilla", "Rasmus",
         "Nadia", "Emil", "Louise", "Tobias", "Maja", "Jeppe", "Sara", "Mathias", "Ida", "Omar",
         "Freja", "Nikolaj", "Cecilie", "Frederik", "Amalie", "Yusuf", "Signe", "Oliver", "Trine", "Bilal"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Holm", "Karimi", "Østergaard", "Mortensen", "Lund", "Bech", "Dahl", "Yilmaz", "Winther"]
CASEWORKERS = [("Helle Brink", "59 66 71 04"), ("Morten Kjær", "59 66 71 22"),
               ("Susanne Lauridsen", "59 66 71 37"), ("Bo Frandsen", "59 66 71 45")]
MENTOR_ORGS = [("Jobcenter Odsherred, Mentorteamet", "odsherred.dk"),
               ("Kompas Mentorservice ApS", "kompas-mentor.dk"),
               ("Trinvis Mentor & Vejledning", "trinvis.dk"),
               ("Ungeindsatsen Odsherred", "odsherred.dk")]

GOALS_OK = [
    "{f} er i virksomhedspraktik 15 timer om ugen hos {work} senest {date}, med henblik på løntilskud.",
    "{f} starter på FVU-dansk på VUC Storstrøm i august og møder op mindst 4 ud af 5 dage.",
    "{f} gennemfører grundforløb 1 på EUC Nordvestsjælland og består eksamen i juni.",
    "{f} har et fleksjob som pedelmedhjælper på 12 timer om ugen, helst i {work}.",
    "{f} møder stabilt på FGU Nordvestsjælland (PGU), højst 2 dages fravær pr. måned.",
    "Hovedformålet er, at {f} kan starte på SOSU-hjælperuddannelsen i Nykøbing Sj. ved næste optag.",
    "{f} er i ordinært job på mindst 20 timer om ugen på lageret hos {work} inden periodens udløb.",
    "{f} er tilbage i sin praktikplads hos {work} 25 timer om ugen og har ikke ulovligt fravær.",
]
GOALS_VAGUE = [
    "Støtte til at komme videre og øget trivsel.",
    "At {f} får mere struktur på hverdagen og et bedre selvværd.",
    "Hjælp til at arbejde med sig selv og komme tættere på arbejdsmarkedet.",
    "Sikre at {f} har det godt og motivere til at komme videre.",
]
WORKPLACES = ["Rema 1000 Asnæs", "Bilka Holbæk", "Odsherred Genbrugsplads", "Plejecenter Lindegården",
              "Netto Nykøbing Sj.", "Vig Tømrerforretning", "Fårevejle Golfklub"]
TASKS = [
    "følge {f} til de første møder på praktikstedet",
    "hjælpe med at skabe en fast morgenrutine, så {f} kommer op og af sted",
    "støtte i kontakten med skolen, studievejleder og SPS",
    "træne transport med bus og tog til uddannelsesstedet",
    "hjælpe med at få overblik over post i e-Boks og aftaler i kalenderen",
    "forberede samtaler med arbejdsgiver og jobcenter sammen med {f}",
    "være bindeled til virksomhedens kontaktperson",
    "hjælpe med at søge SU og lave budget for studiestarten",
]
FOLLOW = [
    "Vi holder statusmøde med mentor, {f} og sagsbehandler hver måned. Progressionen måles på fremmøde i praktikken. Evaluering 14 dage før støtten ophører.",
    "Mentor sender en kort skriftlig status hver 4. uge. Midtvejsevaluering efter 3 måneder, hvor vi ser på delmålene.",
    "Opfølgning ved samtale hver 6. uge i jobcentret. Delmål: {f} møder til tiden 4 ud af 5 dage fra næste måned.",
    "Vi følger op på et fælles møde hver anden måned og altid 14 dage inden periodens udløb.",
]
HOURS = ["3 timer pr. uge", "2 timer om ugen", "1½ time pr. uge", "4 timer ugentligt",
         "to timer om ugen", "5 timer pr. uge", "8 timer om måneden", "2,5 timer pr. uge"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende efter aftale med mentor"]

APPEAL_OK = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til Odsherred Kommune inden 4 uger efter, at du har modtaget den. Du kan klage skriftligt eller mundtligt. Kommunen genvurderer sagen inden 4 uger. Fastholder vi afgørelsen, sender vi din klage videre til Ankestyrelsen, Beskæftigelsesudvalget, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen om mentorstøtte. Klagen skal være modtaget i Jobcenter Odsherred senest fire uger efter, at du fik afgørelsen. Vi ser på sagen igen, og hvis vi ikke giver dig ret, sender vi klagen og sagens akter til Ankestyrelsen.",
    "Er du uenig, skal du klage til kommunen inden fire uger. Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
]
APPEAL_NODEADLINE = "Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål."
APPEAL_WRONG = "Hvis du er uenig i afgørelsen, kan du klage direkte til Ankestyrelsen, 7998 Statsservice, inden 4 uger efter modtagelsen."

PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


def dk(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def num(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def cpr(rng: random.Random) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 30))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randint(1000, 9999)}"


def phone(rng: random.Random) -> str:
    return f"{rng.randint(20, 61)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


AGR_DEFECTS = [("none", 62), ("missing-hours", 6), ("vague-hours", 5), ("missing-follow-up", 6),
               ("unclear-goal", 6), ("over6", 5), ("appeal-incomplete", 4), ("mentor-no-contact", 3),
               ("missing-tasks", 2), ("wrong-route", 3), ("missing-goal", 2)]


def pick_defect(rng: random.Random, table=AGR_DEFECTS) -> str:
    names, weights = zip(*table)
    return rng.choices(names, weights)[0]


class Case:
    """One citizen's mentor case: the facts every document about it is written from."""

    def __init__(self, rng: random.Random, year: int, defect: str, org: int | None = None):
        self.rng = rng
        self.first = rng.choice(FIRST)
        self.name = f"{self.first} {rng.choice(LAST)}"
        mf = rng.choice([x for x in FIRST if x != self.first])
        self.mentor_first = mf
        self.mentor = f"{mf} {rng.choice(LAST)}"
        self.org, dom = MENTOR_ORGS[org if org is not None else rng.randrange(len(MENTOR_ORGS))]
        self.mentor_phone = phone(rng)
        self.mentor_mail = f"{mf.lower()}@{dom}".replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        self.cw, self.cw_phone = rng.choice(CASEWORKERS)
        self.cpr = cpr(rng)
        self.sag = f"{year % 100:02d}-{rng.randint(10000, 99999)}"
        self.start = dt.date(year, rng.randint(1, 9), rng.choice([1, 1, 1, 15]))
        months = rng.choice([3, 4, 6, 6, 6])
        self.defect = defect
        if defect == "over6":
            months = rng.choice([8, 9, 12])
        self.end = add_months(self.start, months) - dt.timedelta(days=1)
        self.months = months
        work = rng.choice(WORKPLACES)
        tgt = dk(add_months(self.start, 2))
        self.goal = rng.choice(GOALS_OK).format(f=self.first, work=work, date=tgt)
        if defect == "unclear-goal":
            self.goal = rng.choice(GOALS_VAGUE).format(f=self.first)
        self.tasks = [t.format(f=self.first) for t in rng.sample(TASKS, rng.randint(2, 4))]
        self.follow = rng.choice(FOLLOW).format(f=self.first)
        self.hours = rng.choice(HOURS)
        if defect == "vague-hours":
            self.hours = rng.choice(VAGUE_HOURS)
        self.appeal = rng.choice(APPEAL_OK)
        if defect == "appeal-incomplete":
            self.appeal = APPEAL_NODEADLINE
        if defect == "wrong-route":
            self.appeal = APPEAL_WRONG
        self.signed = self.start - dt.timedelta(days=rng.randint(3, 14))

    def has(self, field: str) -> bool:
        return {"hours": self.defect != "missing-hours", "follow": self.defect != "missing-follow-up",
                "tasks": self.defect != "missing-tasks", "goal": self.defect != "missing-goal",
                "contact": self.defect != "mentor-no-contact"}[field]

    def rules(self, kind: str = "agreement") -> tuple[list[str], list[str]]:
        m = {"missing-hours": "missing-hours", "vague-hours": "missing-hours",
             "missing-follow-up": "missing-follow-up", "unclear-goal": "unclear-goal",
             "over6": "duration-over-6-months", "appeal-incomplete": "missing-appeal-guidance",
             "mentor-no-contact": "missing-mentor", "missing-tasks": "missing-tasks",
             "missing-goal": "missing-goal"}
        rules = [m[self.defect]] if self.defect in m else []
        extras = ["appeal-wrong-route"] if self.defect == "wrong-route" else []
        if kind == "minplan":
            rules = [r for r in rules if r not in ("missing-follow-up", "missing-appeal-guidance")]
        return sorted(rules), extras

    def period(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    def contact(self) -> str:
        if not self.has("contact"):
            return f"{self.mentor}, {self.org}"
        return f"{self.mentor}, {self.org}, tlf. {self.mentor_phone}, {self.mentor_mail}"


# ---------------------------------------------------------------- DOCX helpers
def sdt_xml(alias: str, value: str | None, date: dt.date | None = None) -> str:
    plc = value is None
    text = PLACEHOLDER if plc else value
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    datepr = ""
    if date is not None and not plc:
        datepr = (f'<w:date w:fullDate="{date.isoformat()}T00:00:00Z"><w:dateFormat w:val="dd-MM-yyyy"/>'
                  f'<w:lid w:val="da-DK"/><w:calendar w:val="gregorian"/></w:date>')
    elif date is not None or alias.startswith("Dato"):
        datepr = '<w:date><w:dateFormat w:val="dd-MM-yyyy"/><w:lid w:val="da-DK"/></w:date>'
    else:
        datepr = '<w:text w:multiLine="1"/>'
    rpr = '<w:rPr><w:rStyle w:val="Pladsholdertekst"/><w:color w:val="808080"/></w:rPr>' if plc else ""
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
            f'<w:id w:val="{zlib.crc32(alias.encode()) % 10**8}"/>{"<w:showingPlcHdr/>" if plc else ""}{datepr}</w:sdtPr>'
            f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')


def cell_sdt(cell, alias: str, value: str | None, date: dt.date | None = None):
    p = cell.paragraphs[0]
    p._p.append(parse_xml(sdt_xml(alias, value, date)))


def para_with_sdts(doc, parts):
    p = doc.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            p._p.append(parse_xml(sdt_xml(*part)))
    return p


def add_page_field(paragraph):
    paragraph.add_run("Side ")
    paragraph._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    paragraph.add_run(" af ")
    paragraph._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="NUMPAGES"><w:r><w:t>2</w:t></w:r></w:fldSimple>'))


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return doc


# ---------------------------------------------------------------- agreements
def agr_current_docx(c: Case, path: Path, appeal_in_footer: bool, with_cpr: bool):
    doc = base_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{KOM}\tJob og Uddannelse\tSagsnr. {c.sag}"
    doc.add_heading("Aftale om mentorstøtte", 1)
    doc.add_paragraph("Aftalen er indgået efter lov om en aktiv beskæftigelsesindsats § 167. "
                      "Aftalen indgår i din plan på Jobnet (Min Plan).")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, alias, value, date=None):
        r = t.add_row().cells
        r[0].text = label
        cell_sdt(r[1], alias, value, date)

    row("Borger", "Borger", c.name)
    if with_cpr:
        row("CPR-nr.", "CPR", c.cpr)
    row("Sagsbehandler", "Sagsbehandler", f"{c.cw}, tlf. {c.cw_phone}")
    doc.add_paragraph()
    doc.add_heading("1. Mentor", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    row("Navn", "MentorNavn", c.mentor)
    row("Arbejdssted", "MentorFirma", c.org)
    row("Telefon", "MentorTlf", c.mentor_phone if c.has("contact") else None)
    row("E-mail", "MentorMail", c.mentor_mail if c.has("contact") else None)
    doc.add_heading("2. Målet med mentorstøtten", 2)
    para_with_sdts(doc, [("Maal", c.goal if c.has("goal") else None)])
    doc.add_heading("3. Mentorens opgaver", 2)
    if c.has("tasks"):
        for tk in c.tasks:
            doc.add_paragraph(tk[0].upper() + tk[1:], style="List Bullet")
    else:
        para_with_sdts(doc, [("Opgaver", None)])
    doc.add_heading("4. Periode og timetal", 2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    row("Startdato", "DatoStart", num(c.start).replace(".", "-"), c.start)
    row("Slutdato", "DatoSlut", num(c.end).replace(".", "-"), c.end)
    row("Timer pr. uge", "Timetal", c.hours if c.has("hours") else None)
    doc.add_heading("5. Opfølgning og progression", 2)
    para_with_sdts(doc, [("Opfoelgning", c.follow if c.has("follow") else None)])
    fp = sec.footer.paragraphs[0]
    fp.text = f"{KOM} · {KOM_ADR} · Tlf. {KOM_TLF} · www.odsherred.dk\t"
    add_page_field(fp)
    if appeal_in_footer:
        f2 = sec.footer.add_paragraph("Klagevejledning: " + c.appeal)
        f2.runs[0].font.size = Pt(7)
    else:
        doc.add_heading("6. Klagevejledning", 2)
        doc.add_paragraph(c.appeal)
    doc.add_paragraph()
    para_with_sdts(doc, ["Dato: ", ("DatoUnderskrift", num(c.signed).replace(".", "-"), c.signed)])
    doc.add_paragraph("_______________________\t\t_______________________")
    doc.add_paragraph(f"{c.name}\t\t\t{c.cw}, {KOM}")
    doc.save(path)


def agr_letter_docx(c: Case, path: Path):
    """The template from three years ago: a letter with the agreement written as prose."""
    doc = base_doc()
    doc.add_paragraph(f"Jobcenter Odsherred\n{KOM_ADR}\nTlf. {KOM_TLF}").alignment = 2
    doc.add_paragraph(f"{c.name}\n{c.rng.choice(['Algade', 'Bakkevej', 'Strandvejen', 'Skolevej'])} "
                      f"{c.rng.randint(1, 80)}\n{c.rng.choice(['4550 Asnæs', '4560 Vig', '4500 Nykøbing Sj.', '4573 Højby'])}")
    doc.add_paragraph(f"Dato: {dk(c.signed)}\nJ.nr. {c.sag}").alignment = 2
    p = doc.add_paragraph()
    p.add_run("Din aftale om mentorstøtte").bold = True
    doc.add_paragraph(f"Kære {c.first}")
    doc.add_paragraph(f"Tak for samtalen den {dk(c.signed)}. Her får du den aftale om mentorstøtte, vi lavede sammen. "
                      "Du får mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats.")
    if c.has("goal"):
        doc.add_paragraph(f"Vi har aftalt følgende mål for forløbet: {c.goal}")
    if c.has("contact"):
        doc.add_paragraph(f"Din mentor er {c.mentor} fra {c.org}. Du kan ringe eller skrive til "
                          f"{c.mentor_first} på tlf. {c.mentor_phone} eller {c.mentor_mail}.")
    else:
        doc.add_paragraph(f"Din mentor bliver {c.mentor} fra {c.org}, som kontakter dig.")
    if c.has("tasks"):
        doc.add_paragraph(f"{c.mentor_first} skal hjælpe dig med:")
        for tk in c.tasks:
            doc.add_paragraph(tk, style="List Bullet")
    if c.has("hours"):
        doc.add_paragraph(f"Mentorstøtten gives fra den {dk(c.start)} til den {dk(c.end)}, og {c.mentor_first} har "
                          f"{c.hours} til dig.")
    else:
        doc.add_paragraph(f"Mentorstøtten gives fra den {dk(c.start)} til den {dk(c.end)}.")
    if c.has("follow"):
        doc.add_paragraph(c.follow)
    doc.add_paragraph("Hvis du bliver syg eller ikke kan komme til en aftale, skal du give din mentor besked.")
    p = doc.add_paragraph()
    p.add_run("Klagevejledning").bold = True
    doc.add_paragraph(c.appeal)
    doc.add_paragraph(f"Med venlig hilsen\n\n{c.cw}\nJobkonsulent\nDirekte tlf. {c.cw_phone}")
    doc.save(path)


def _pdf_wrap(cv, text, x, y, width, font="DV", size=9.5, lead=12.5):
    words, line = text.split(), ""
    for w in words:
        trial = (line + " " + w).strip()
        if pdfmetrics.stringWidth(trial, font, size) > width:
            cv.setFont(font, size)
            cv.drawString(x, y, line)
            y -= lead
            line = w
        else:
            line = trial
    if line:
        cv.setFont(font, size)
        cv.drawString(x, y, line)
        y -= lead
    return y


def agr_kompas_pdf(c: Case, path: Path):
    """Provider form 1: a boxed label/value form with hour checkboxes."""
    cv = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    cv.setFont("DVB", 14)
    cv.drawString(50, h - 60, "KOMPAS Mentorservice ApS")
    cv.setFont("DV", 8)
    cv.drawString(50, h - 73, "Havnegade 4, 4500 Nykøbing Sj. · CVR 38 11 42 07 · kontakt@kompas-mentor.dk · 70 20 14 14")
    cv.setFont("DVB", 12)
    cv.drawString(50, h - 105, "Samarbejdsaftale – mentorforløb")
    cv.setFont("DV", 8.5)
    cv.drawString(50, h - 118, f"Bestilt af {KOM}, Jobcenter · sagsbehandler {c.cw}")
    y = h - 140
    rows = [("Deltager", c.name),
            ("Mentor", f"{c.mentor}" + (f" · mobil {c.mentor_phone} · {c.mentor_mail}" if c.has("contact") else "")),
            ("Forløbets mål", c.goal if c.has("goal") else ""),
            ("Mentors opgaver", "; ".join(c.tasks) if c.has("tasks") else ""),
            ("Forløbsperiode", f"{num(c.start)} – {num(c.end)}"),
            ("Opfølgning", c.follow if c.has("follow") else "")]
    for label, val in rows:
        top = y
        yy = _pdf_wrap(cv, val, 175, y - 14, 360)
        bottom = min(yy + 4, top - 22)
        cv.rect(50, bottom, 495, top - bottom)
        cv.line(170, bottom, 170, top)
        cv.setFont("DVB", 9)
        cv.drawString(55, top - 14, label)
        y = bottom
    # hour checkboxes
    top = y
    cv.setFont("DVB", 9)
    cv.drawString(55, top - 14, "Timer pr. uge")
    opts = ["1 time", "2 timer", "3 timer", "4 timer", "Andet: ____"]
    chosen = None
    if c.has("hours") and c.defect != "vague-hours":
        chosen = {"1½ time pr. uge": "Andet: 1½ time", "2,5 timer pr. uge": "Andet: 2,5 timer",
                  "8 timer om måneden": "Andet: 8 timer/md."}.get(c.hours)
        if chosen is None:
            n = {"3 timer pr. uge": 3, "2 timer om ugen": 2, "4 timer ugentligt": 4, "to timer om ugen": 2,
                 "5 timer pr. uge": 5}[c.hours]
            chosen = f"{n} timer" if n <= 4 else "Andet: 5 timer"
    x = 175
    cv.setFont("DV", 9)
    for o in opts:
        label = o
        mark = "☐"
        if chosen and (o == chosen or (o.startswith("Andet") and chosen.startswith("Andet"))):
            mark, label = "☒", chosen
        cv.drawString(x, top - 14, f"{mark} {label}")
        x += pdfmetrics.stringWidth(f"{mark} {label}", "DV", 9) + 14
    extra = 0
    if c.defect == "vague-hours":
        cv.drawString(175, top - 28, f"Bemærkning: {c.hours}")
        extra = 14
    cv.rect(50, top - 22 - extra, 495, 22 + extra)
    cv.line(170, top - 22 - extra, 170, top)
    y = top - 40 - extra
    cv.setFont("DVB", 9.5)
    cv.drawString(50, y, "Klage over kommunens afgørelse")
    y = _pdf_wrap(cv, c.appeal, 50, y - 14, 495, size=8.5, lead=11)
    y -= 30
    cv.setFont("DV", 9)
    cv.drawString(50, y, "Underskrift deltager: ______________________      Underskrift mentor: ______________________")
    cv.drawString(50, y - 16, f"Dato: {num(c.signed)}")
    cv.setFont("DV", 7)
    cv.drawString(50, 30, "Kompas Mentorservice ApS · Formular KM-03 rev. 4 · Side 1/1")
    cv.save()


def agr_trinvis_pdf(c: Case, path: Path, with_appeal: bool):
    """Provider form 2: a left sidebar with the company block, headings as questions."""
    cv = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    cv.setFillColorRGB(0.88, 0.93, 0.9)
    cv.rect(0, 0, 150, h, fill=1, stroke=0)
    cv.setFillColorRGB(0, 0, 0)
    cv.setFont("DVB", 13)
    cv.drawString(18, h - 60, "trinvis")
    side = ["Mentor & Vejledning", "", "Stationsvej 11", "4550 Asnæs", "", "Hovednummer", "72 44 90 10",
            "info@trinvis.dk", "", "CVR 41 92 33 80", "", "Åbent hverdage", "kl. 8.30-15.00"]
    cv.setFont("DV", 8)
    yy = h - 80
    for s in side:
        cv.drawString(18, yy, s)
        yy -= 11
    x, width, y = 175, 370, h - 60
    cv.setFont("DVB", 15)
    cv.drawString(x, y, "Min mentoraftale")
    y -= 18
    cv.setFont("DV", 9)
    cv.drawString(x, y, f"Aftale mellem {c.name} og Trinvis på vegne af {KOM}")
    y -= 26

    def block(head, text):
        nonlocal y
        cv.setFont("DVB", 10.5)
        cv.drawString(x, y, head)
        y = _pdf_wrap(cv, text, x, y - 15, width) - 10

    if c.has("goal"):
        block("Hvad er målet?", c.goal)
    if c.has("contact"):
        block("Din mentor", f"{c.mentor}. Ring eller sms på {c.mentor_phone}, eller skriv til {c.mentor_mail}.")
    else:
        block("Din mentor", f"{c.mentor}.")
    if c.has("tasks"):
        cv.setFont("DVB", 10.5)
        cv.drawString(x, y, "Hvad skal din mentor hjælpe med?")
        y -= 15
        for tk in c.tasks:
            y = _pdf_wrap(cv, "• " + tk, x + 6, y, width - 6)
        y -= 10
    howmuch = f"Fra {dk(c.start)} til {dk(c.end)}."
    if c.has("hours"):
        howmuch += f" Vi mødes {c.hours}."
    block("Hvor længe og hvor meget?", howmuch)
    if c.has("follow"):
        block("Sådan følger vi op", c.follow)
    if with_appeal:
        block("Hvis du vil klage", c.appeal)
    cv.setFont("DV", 9)
    cv.drawString(x, y - 10, f"Asnæs, {dk(c.signed)}")
    cv.drawString(x, y - 40, "____________________        ____________________")
    cv.drawString(x, y - 52, f"{c.name}                   {c.mentor}")
    cv.setFont("DV", 7)
    cv.drawString(x, 30, "Trinvis Mentor & Vejledning · side 1")
    cv.save()


def agr_email(c: Case, path: Path):
    msg = EmailMessage()
    msg["From"] = f"{c.cw} <{c.cw.split()[0].lower()}@odsherred.dk>"
    msg["To"] = f"{c.name} <{c.first.lower()}{c.rng.randint(10, 99)}@gmail.com>"
    msg["Subject"] = "SV: Din aftale om mentorstøtte"
    msg["Date"] = format_datetime(dt.datetime.combine(c.signed, dt.time(10, 12), tzinfo=dt.timezone.utc))
    lines = [f"Hej {c.first}", "",
             "Som lovet får du her vores aftale om mentorstøtte skrevet ind i mailen, så du har den på telefonen.", ""]
    if c.has("goal"):
        lines += ["Mål:", c.goal, ""]
    lines += ["Din mentor:", c.contact(), ""]
    if c.has("tasks"):
        lines += [f"{c.mentor_first} skal hjælpe dig med:"] + [f"- {t}" for t in c.tasks] + [""]
    lines += [f"Periode: {num(c.start)} - {num(c.end)}"]
    if c.has("hours"):
        lines += [f"Timer: {c.hours}"]
    lines += [""]
    if c.has("follow"):
        lines += ["Opfølgning:", c.follow, ""]
    lines += ["Klagevejledning:", c.appeal, "",
              "Venlig hilsen", c.cw, "Jobkonsulent, Job og Uddannelse", KOM, f"Direkte: {c.cw_phone}",
              f"Hovednr. {KOM_TLF}", "",
              f"Fra: {c.name}", f"Sendt: {dk(c.signed - dt.timedelta(days=1))}", "Emne: Din aftale om mentorstøtte", "",
              f"> Hej {c.cw.split()[0]}", "> Kan du sende mig aftalen igen? Jeg kan ikke finde brevet i e-Boks.",
              f"> Hilsen {c.first}"]
    msg.set_content("\n".join(lines))
    path.write_bytes(bytes(msg))


# ---------------------------------------------------------------- Min Plan
def minplan_jobnet_txt(c: Case, path: Path, other: bool, with_cpr: bool):
    L = ["Min Plan", f"Udskrevet fra Jobnet.dk {num(c.signed)} kl. 10:{c.rng.randint(10, 59)}", "",
         f"Navn: {c.name}"]
    if with_cpr:
        L.append(f"CPR-nummer: {c.cpr}")
    L += [f"Kommune: {KOM}", f"Din kontaktperson i jobcentret: {c.cw}, tlf. {c.cw_phone}", "", "DIT MÅL", "",
          "Job inden for lager, butik eller pleje." if c.rng.random() < .5 else "Uddannelse.", "",
          "AKTIVITETER OG TILBUD", ""]
    if other:
        s2 = c.start - dt.timedelta(days=30)
        L += ["Forberedende grunduddannelse (FGU Nordvestsjælland, PGU)",
              f"  Periode: {num(s2)} - {num(add_months(s2, 12) - dt.timedelta(days=1))}", "  Status: Aktiv", ""]
    L += ["Mentorstøtte (§ 167)"]
    if c.has("goal"):
        L += [f"  Formål med mentorstøtten: {c.goal}"]
    L += [f"  Mentor: {c.contact()}"]
    if c.has("tasks"):
        L += ["  Mentors opgaver: " + "; ".join(c.tasks)]
    L += [f"  Periode: {num(c.start)} - {num(c.end)}"]
    if c.has("hours"):
        L += [f"  Timetal: {c.hours}"]
    L += ["  Status: Aktiv", "", "SAMTALER", "", f"  Næste samtale: {num(c.start + dt.timedelta(days=40))} kl. 09:30, jobcentret",
          "", "Side 1 af 1"]
    path.write_text("\n".join(L) + "\n", encoding="utf-8")


def minplan_case_html(c: Case, path: Path, with_cpr: bool):
    def dd(x):
        return f"<dd>{x}</dd>"
    items = []
    if c.has("goal"):
        items.append(("Mål for mentorstøtten", c.goal))
    items.append(("Mentor", c.contact()))
    if c.has("tasks"):
        items.append(("Opgaver", "<ul>" + "".join(f"<li>{t}</li>" for t in c.tasks) + "</ul>"))
    items.append(("Bevilget periode", f"{dk(c.start)} – {dk(c.end)}"))
    if c.has("hours"):
        items.append(("Omfang", c.hours))
    dl = "".join(f"<dt>{a}</dt>{dd(b)}" for a, b in items)
    cprline = f"<span class='cpr'>{c.cpr}</span>" if with_cpr else ""
    html = f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Planudskrift</title>
<script>window.__momentum={{user:"{c.cw}",ts:Date.now(),plan:"mentor timer opgaver"}};</script>
<style>dt{{font-weight:bold}} .hdr{{border-bottom:1px solid #999}}</style></head><body>
<div class="hdr"><div class="sys">Momentum · Planudskrift · Min Plan</div><div>{c.name} {cprline}</div>
<div>Sagsnr. {c.sag} · Udskrevet {num(c.signed)} af {c.cw}</div></div>
<div class="plan"><div class="section"><h2>Indsats: Mentorstøtte</h2><div class="body"><dl>{dl}</dl></div></div>
<div class="section"><h2>Samtaler</h2><div class="body"><p>Jobsamtale {num(c.start + dt.timedelta(days=35))}</p></div></div></div>
<div class="ftr">Udskriften viser planen, som borgeren ser den på Jobnet.</div></body></html>"""
    path.write_text(html, encoding="utf-8")


def minplan_jobnet_pdf(c: Case, path: Path):
    cv = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    cv.setFont("DVB", 16)
    cv.drawString(50, h - 55, "Min Plan")
    cv.setFont("DV", 8)
    cv.drawString(50, h - 68, f"jobnet.dk · udskrevet {num(c.signed)} · {c.name}")
    y = h - 100
    cv.setFont("DVB", 11)
    cv.drawString(50, y, "Mentorstøtte")
    y -= 18
    rows = []
    if c.has("goal"):
        rows.append(("Formål", c.goal))
    rows.append(("Mentor", c.contact()))
    if c.has("tasks"):
        rows.append(("Mentors opgaver", ", ".join(c.tasks)))
    rows.append(("Periode", f"{num(c.start)} – {num(c.end)}"))
    if c.has("hours"):
        rows.append(("Timer", c.hours))
    for a, b in rows:
        cv.setFont("DVB", 9)
        cv.drawString(50, y, a)
        y = _pdf_wrap(cv, b, 160, y, 380) - 6
    cv.setFont("DV", 7)
    cv.drawString(50, 30, "Side 1 af 1")
    cv.save()


# ---------------------------------------------------------------- decisions
DEC_TYPES = ["bevilling", "delvis", "afslag", "ophoer", "forlaengelse"]


def decision(rng: random.Random, kind: str, path: Path, fmt: str, with_cpr: bool):
    c = Case(rng, 2026, "none")
    defect = rng.choices(["none", "appeal-incomplete", "no-reasons", "wrong-route", "over6"],
                         [70, 9, 9, 6, 6])[0]
    if defect == "no-reasons" and kind in ("bevilling", "forlaengelse"):
        defect = "none"
    if defect == "over6" and kind not in ("bevilling", "forlaengelse"):
        defect = "none"
    appeal = rng.choice(APPEAL_OK)
    if defect == "appeal-incomplete":
        appeal = APPEAL_NODEADLINE
    if defect == "wrong-route":
        appeal = APPEAL_WRONG
    months = rng.choice([9, 12]) if defect == "over6" else rng.choice([3, 6, 6])
    start = c.start
    end = add_months(start, months) - dt.timedelta(days=1)
    title = {"bevilling": "Afgørelse om mentorstøtte", "delvis": "Afgørelse om mentorstøtte – delvis bevilling",
             "afslag": "Afgørelse: afslag på mentorstøtte", "ophoer": "Afgørelse om ophør af mentorstøtte",
             "forlaengelse": "Afgørelse om forlængelse af mentorstøtte"}[kind]
    P = [KOM, "Job og Uddannelse", KOM_ADR, "", c.name]
    if with_cpr:
        P.append(f"CPR-nr. {c.cpr}")
    P += ["", f"Dato: {dk(c.signed)}", f"Sagsnr.: {c.sag}", "", title, ""]
    reasons = ""
    if kind == "bevilling":
        P += [f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte fra {dk(start)} til {dk(end)}, "
              f"{c.hours}. Din mentor bliver {c.mentor} fra {c.org}.",
              "Du får hele det, du har søgt om.", ""]
        reasons = "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats."
    elif kind == "delvis":
        P += [f"Du har søgt om mentorstøtte i 9 måneder med 6 timer om ugen. Vi har bevilget dig mentorstøtte fra "
              f"{dk(start)} til {dk(end)} med 3 timer om ugen. Det er færre timer og en kortere periode, end du søgte om.", ""]
        reasons = ("Vi har lagt vægt på, at mentorstøtte efter LAB § 167, stk. 1, kan gives i højst 6 måneder ad gangen, "
                   "og at du i forvejen har støtte fra studievejlederen på skolen. Vi vurderer, at 3 timer om ugen er "
                   "nok til at hjælpe dig godt i gang med praktikken.")
    elif kind == "afslag":
        P += ["Du har den " + dk(c.signed - dt.timedelta(days=20)) + " søgt om mentorstøtte. Vi har givet dig afslag.", ""]
        reasons = ("Vi har givet afslag, fordi du allerede får støtte fra en bostøtte efter servicelovens § 85, som "
                   "dækker de samme opgaver. Vi har lagt vægt på oplysningerne fra din bostøtte og fra samtalen den "
                   + dk(c.signed - dt.timedelta(days=10)) + ", jf. LAB § 167.")
    elif kind == "ophoer":
        stop = c.signed + dt.timedelta(days=14)
        P += [f"Din mentorstøtte hos {c.mentor}, {c.org}, ophører den {dk(stop)}.", ""]
        reasons = ("Vi stopper mentorstøtten, fordi du nu er startet i fast job på 30 timer om ugen og selv "
                   "klarer kontakten med arbejdspladsen. Vi har lagt vægt på mentorens statusrapport og samtalen med dig.")
    else:
        P += [f"Din mentorstøtte er forlænget i en ny periode fra {dk(start)} til {dk(end)} med {c.hours}. "
              f"{c.mentor} fortsætter som din mentor.", ""]
        reasons = ("Vi har efter en konkret vurdering forlænget støtten efter LAB § 167, stk. 1, 2. pkt., fordi du er "
                   "kommet godt i gang på FGU, men stadig har brug for hjælp til fremmødet.")
    if defect != "no-reasons":
        P += ["Begrundelse" if rng.random() < .6 else "Hvorfor har vi truffet denne afgørelse?", reasons, ""]
    P += ["Klagevejledning", appeal, "", "Med venlig hilsen", "", c.cw, f"Tlf. {c.cw_phone}"]
    rules = []
    if defect == "appeal-incomplete":
        rules.append("missing-appeal-guidance")
    if defect == "over6":
        rules.append("duration-over-6-months")
    extras = ["missing-reasons"] if defect == "no-reasons" else (["appeal-wrong-route"] if defect == "wrong-route" else [])
    if fmt == "txt":
        path.write_text("\n".join(P) + "\n", encoding="utf-8")
    elif fmt == "docx":
        doc = base_doc()
        for line in P:
            if line == title:
                doc.add_heading(line, 1)
            elif line in ("Begrundelse", "Klagevejledning", "Hvorfor har vi truffet denne afgørelse?"):
                doc.add_heading(line, 2)
            else:
                doc.add_paragraph(line)
        fp = doc.sections[0].footer.paragraphs[0]
        fp.text = f"{KOM} · {KOM_ADR} · Tlf. {KOM_TLF}\t"
        add_page_field(fp)
        doc.save(path)
    else:
        cv = canvas.Canvas(str(path), pagesize=A4)
        y = A4[1] - 60
        for line in P:
            font = "DVB" if line in (title, "Begrundelse", "Klagevejledning") else "DV"
            y = _pdf_wrap(cv, line, 60, y, 470, font=font) if line else y - 8
            if y < 60:
                cv.showPage()
                y = A4[1] - 60
        cv.save()
    sub = f"decision-{kind}"
    per = {"start": start.isoformat(), "end": end.isoformat()} if kind in ("bevilling", "delvis", "forlaengelse") else None
    return sorted(rules), extras, c.cpr, [f"defect:{defect}"] if defect != "none" else [], sub, per


# ---------------------------------------------------------------- unknowns
def unknown_doc(rng: random.Random, kind: str, path: Path):
    c = Case(rng, 2026, "none")
    if kind == "referat":
        t = [f"Referat af statusmøde {num(c.start + dt.timedelta(days=45))}", "",
             f"Deltagere: {c.name}, {c.mentor} (mentor), {c.cw} (jobcenter)", "",
             "1. Hvordan går det?", f"{c.first} fortæller, at praktikken går bedre. Har haft to fraværsdage.", "",
             "2. Mentorforløbet", f"{c.mentor_first} og {c.first} ses fortsat om tirsdagen. Vi drøftede, om timetallet skal ned.",
             "", "3. Aftaler", "- Nyt møde om 4 uger", "- Mentor sender status til jobcentret", "", f"Referent: {c.cw}"]
    elif kind == "faktura":
        t = ["KOMPAS Mentorservice ApS · CVR 38 11 42 07", "", "FAKTURA nr. " + str(rng.randint(2000, 2999)),
             f"Fakturadato: {num(c.start + dt.timedelta(days=60))}", f"Til: {KOM}, Jobcenter, EAN 5798007843210", "",
             f"Mentorstøtte, {c.name} (sagsnr. {c.sag})", f"Periode: {num(c.start)} - {num(add_months(c.start, 1) - dt.timedelta(days=1))}",
             "Ydelse: mentortimer 12 t à 575,00 kr.      6.900,00", "Moms 25 %                                 1.725,00",
             "I alt DKK                                 8.625,00", "", "Betalingsbetingelser: netto 30 dage."]
    elif kind == "statusrapport":
        t = ["Statusrapport – mentorforløb", f"Mentor: {c.mentor}, {c.org}, tlf. {c.mentor_phone}", f"Borger: {c.name}",
             f"Periode for rapporten: {num(c.start)} - {num(add_months(c.start, 2))}", "",
             "Mål for forløbet (fra aftalen): " + c.goal, "",
             f"Hvad har vi arbejdet med: {c.tasks[0]}; {c.tasks[1]}.", "",
             f"Timer brugt i perioden: {rng.randint(14, 30)} timer.", "",
             "Vurdering: God progression. Jeg anbefaler, at forløbet fortsætter som aftalt.", "",
             "Næste statusmøde: efter aftale med sagsbehandler."]
    elif kind == "folder":
        t = ["Mentorstøtte – sådan foregår det", "", "Hvad er en mentor?",
             "En mentor er en person, der kan hjælpe dig i gang med job eller uddannelse.", "",
             "Hvad står der i din aftale?", "Når du får en mentor, laver vi en skriftlig aftale. Den indeholder:",
             "- målet med mentorstøtten", "- mentorens navn og kontaktdata", "- hvilke opgaver mentoren skal hjælpe med",
             "- hvor længe aftalen varer (højst 6 måneder ad gangen)", "- hvor mange timer om ugen", "- hvordan vi følger op",
             "- klagevejledning", "", "Vil du klage?",
             "Du kan klage til kommunen inden 4 uger. Vi genvurderer, og fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen.",
             "", f"Spørgsmål? Ring til Jobcenter Odsherred på {KOM_TLF}."]
    elif kind == "indkaldelse":
        t = [f"Kære {c.first}", "",
             f"Du indkaldes til opfølgningssamtale om dit mentorforløb {dk(c.start + dt.timedelta(days=50))} kl. 10.00 i Jobcenter Odsherred, {KOM_ADR}.",
             f"Din mentor {c.mentor} deltager også.", "", "Hvis du er forhindret, skal du ringe til mig senest dagen før.", "",
             "Med venlig hilsen", c.cw, f"Tlf. {c.cw_phone}"]
    elif kind == "partshoering":
        t = [KOM, "", c.name, f"CPR-nr. {c.cpr}", "", "Partshøring – inden vi træffer afgørelse om mentorstøtte", "",
             "Vi overvejer at give dig afslag på din ansøgning om mentorstøtte, fordi din bostøtte dækker de samme opgaver.",
             f"Du har mulighed for at komme med dine bemærkninger inden {dk(c.signed + dt.timedelta(days=14))}.",
             "Vi har ikke truffet afgørelse endnu.", "", "Med venlig hilsen", c.cw]
    elif kind == "journal":
        t = [f"Journalnotat {num(c.signed)} – telefonsamtale", f"Sagsbehandler: {c.cw}", "",
             f"Borger ringede. {c.first} spurgte til, hvornår mentorstøtten starter. Oplyst at vi afventer svar fra {c.org}.",
             "Borger har fået nyt telefonnummer. Opdateret i systemet.", "Ingen yderligere aftaler."]
    elif kind == "sportsklub":
        t = ["Asnæs Boldklub – Ungementor-ordningen", "", "Mentoraftale (frivillig)", "",
             f"Ung spiller: {c.name}", f"Frivillig mentor: {c.mentor}, tlf. {c.mentor_phone}", "",
             "Mål: at komme til træning to gange om ugen og hjælpe som hjælpetræner for U10.",
             "Mentoren skal: følge op på fremmøde, tage en snak efter træning.",
             f"Periode: sæsonen {c.start.year}/{c.start.year + 1}", "Vi mødes ca. 1 time om ugen efter træning.", "",
             "Ordningen er klubbens egen og har intet med kommunen at gøre."]
    elif kind == "kvalitetsstandard":
        t = [f"{KOM} – Kvalitetsstandard for mentorstøtte 2026", "", "Lovgrundlag",
             "Lov om en aktiv beskæftigelsesindsats §§ 167-171.", "", "Formål",
             "Mentorstøtte skal hjælpe borgeren til at opnå eller fastholde job eller uddannelse.", "",
             "Serviceniveau", "Niveau 1: 0-1 time pr. uge. Niveau 2: 1-2 timer pr. uge. Niveau 3: over 2 timer pr. uge.", "",
             "Varighed", "Mentorstøtte bevilges for højst 6 måneder ad gangen med mulighed for forlængelse.", "",
             "Opfølgning", "Der følges op hver måned og altid 14 dage før støtten ophører.", "",
             "Klageadgang", "Afgørelsen kan påklages til kommunen inden 4 uger; kommunen genvurderer og sender videre til Ankestyrelsen."]
    else:  # summary e-mail: the agreement is attached, the mail only points to it
        msg = EmailMessage()
        msg["From"] = f"{c.cw} <{c.cw.split()[0].lower()}@odsherred.dk>"
        msg["To"] = f"{c.name} <{c.first.lower()}@hotmail.com>"
        msg["Subject"] = "Opsummering af vores møde"
        msg["Date"] = format_datetime(dt.datetime.combine(c.signed, dt.time(14, 3), tzinfo=dt.timezone.utc))
        msg.set_content("\n".join([
            f"Hej {c.first}", "", "Tak for mødet i dag. Kort opsummeret:",
            f"- Du starter med {c.mentor} som mentor i næste uge. {c.mentor_first} ringer til dig.",
            "- Aftalen om mentorstøtte ligger i din e-Boks, og du kan også se den i Min Plan på Jobnet.",
            "- Husk at tage dit sygesikringskort med til lægen på torsdag.", "",
            "Skriv endelig, hvis du har spørgsmål.", "", "Venlig hilsen", c.cw, f"Tlf. {c.cw_phone}"]))
        path.write_bytes(bytes(msg))
        return []
    fmt = path.suffix
    if fmt == ".docx":
        doc = base_doc()
        for line in t:
            doc.add_paragraph(line)
        doc.save(path)
    elif fmt == ".pdf":
        cv = canvas.Canvas(str(path), pagesize=A4)
        y = A4[1] - 60
        for line in t:
            y = _pdf_wrap(cv, line, 60, y, 470) if line else y - 8
        cv.save()
    else:
        path.write_text("\n".join(t) + "\n", encoding="utf-8")
    return [c.cpr] if kind == "partshoering" else []


# ---------------------------------------------------------------- driver
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    out = ap.parse_args().out
    if out.exists():
        shutil.rmtree(out)
    rng = random.Random(SEED)
    entries = []
    counter = [0]

    def new_path(folder, name, ext):
        counter[0] += 1
        p = out / folder / f"{counter[0]:03d}-{name}.{ext}"
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def add(p, fmt, kind, layout, subtype, rules, extras, mnc, traits, period=None):
        e = {"path": str(p.relative_to(out)), "format": fmt, "kind": kind, "layout": layout, "subtype": subtype,
             "rules": rules, "extras": extras, "error": None, "accept_errors": [], "must_not_contain": mnc,
             "traits": traits}
        if period:
            e["period"] = period
        entries.append(e)

    # current template (2026), Word with content controls and footer
    for _ in range(22):
        c = Case(rng, 2026, pick_defect(rng))
        footer = rng.random() < .4
        wc = rng.random() < .6
        p = new_path("2026/aftaler", "aftale-mentorstoette", "docx")
        agr_current_docx(c, p, footer, wc)
        r, x = c.rules()
        tr = ["template:2026", "content-controls", "footer"] + (["appeal-in-footer"] if footer else []) + \
             (["cpr"] if wc else []) + ([f"defect:{c.defect}"] if c.defect != "none" else [])
        add(p, "docx", "agreement", "table", "agreement", r, x, [c.cpr] if wc else [], tr, c.period())
    # old letter template (2023)
    for _ in range(12):
        c = Case(rng, 2023, pick_defect(rng))
        p = new_path("2023/breve", "brev-mentoraftale", "docx")
        agr_letter_docx(c, p)
        r, x = c.rules()
        add(p, "docx", "agreement", "prose", "agreement", r, x, [],
            ["template:2023-letter"] + ([f"defect:{c.defect}"] if c.defect != "none" else []), c.period())
    # provider forms
    for _ in range(8):
        c = Case(rng, 2026, pick_defect(rng), org=1)
        p = new_path("leverandoerer/kompas", "samarbejdsaftale", "pdf")
        agr_kompas_pdf(c, p)
        r, x = c.rules()
        add(p, "pdf", "agreement", "table", "agreement", r, x, [],
            ["provider:kompas", "checkboxes"] + ([f"defect:{c.defect}"] if c.defect != "none" else []), c.period())
    for _ in range(8):
        c = Case(rng, 2026, pick_defect(rng), org=2)
        with_appeal = rng.random() > .25
        p = new_path("leverandoerer/trinvis", "min-mentoraftale", "pdf")
        agr_trinvis_pdf(c, p, with_appeal)
        r, x = c.rules()
        if not with_appeal:
            r = sorted(set(r) | {"missing-appeal-guidance"})
            x = []
        tr = ["provider:trinvis", "sidebar"] + ([f"defect:{c.defect}"] if c.defect != "none" else []) + \
             ([] if with_appeal else ["defect:no-appeal"])
        add(p, "pdf", "agreement", "sidebar", "agreement", r, x, [], tr, c.period())
    # e-mails carrying the agreement
    for _ in range(5):
        c = Case(rng, 2026, pick_defect(rng))
        p = new_path("2026/mails", "mail-aftale", "eml")
        agr_email(c, p)
        r, x = c.rules()
        add(p, "eml", "agreement", "email", "agreement", r, x, [],
            ["email", "quoted-reply", "caseworker-signature"] + ([f"defect:{c.defect}"] if c.defect != "none" else []),
            c.period())
    # decisions, all five types
    fmts = ["docx", "pdf", "txt"]
    for i in range(16):
        kind = DEC_TYPES[i % 5]
        fmt = fmts[rng.randrange(3)]
        wc = rng.random() < .5
        p = new_path("2026/afgoerelser", f"afgoerelse-{kind}", fmt)
        r, x, cp, tr, sub, per = decision(rng, kind, p, fmt, wc)
        add(p, fmt, "decision", "letter", sub, r, x, [cp] if wc else [], tr + (["cpr"] if wc else []), per)
    # Min Plan prints
    mp_defects = [("none", 70), ("missing-hours", 8), ("mentor-no-contact", 7), ("unclear-goal", 7),
                  ("over6", 4), ("missing-tasks", 4)]
    for i in range(14):
        c = Case(rng, 2026, pick_defect(rng, mp_defects))
        wc = rng.random() < .3
        r, x = c.rules("minplan")
        if i < 6:
            other = rng.random() < .5
            p = new_path("2026/minplan", "minplan-jobnet", "txt")
            minplan_jobnet_txt(c, p, other, wc)
            add(p, "txt", "minplan", "labels", "minplan", r, x, [c.cpr] if wc else [],
                ["jobnet-print"] + (["other-activity-long"] if other else []) + (["cpr"] if wc else [])
                + ([f"defect:{c.defect}"] if c.defect != "none" else []), c.period())
        elif i < 9:
            p = new_path("2026/minplan", "minplan-jobnet", "pdf")
            minplan_jobnet_pdf(c, p)
            add(p, "pdf", "minplan", "labels", "minplan", r, x, [],
                ["jobnet-print"] + ([f"defect:{c.defect}"] if c.defect != "none" else []), c.period())
        else:
            p = new_path("2026/minplan", "planudskrift-momentum", "html")
            minplan_case_html(c, p, wc)
            add(p, "html", "minplan", "dl", "minplan", r, x, [c.cpr] if wc else [],
                ["case-system-print", "script"] + (["cpr"] if wc else [])
                + ([f"defect:{c.defect}"] if c.defect != "none" else []), c.period())
    # ordinary documents in the same folders
    unk = [("referat", "docx"), ("referat", "txt"), ("faktura", "pdf"), ("faktura", "pdf"), ("statusrapport", "docx"),
           ("statusrapport", "pdf"), ("folder", "pdf"), ("indkaldelse", "docx"), ("indkaldelse", "txt"),
           ("partshoering", "docx"), ("journal", "txt"), ("journal", "txt"), ("sportsklub", "docx"),
           ("kvalitetsstandard", "pdf"), ("summary-mail", "eml"), ("summary-mail", "eml"), ("summary-mail", "eml")]
    for kind, ext in unk:
        p = new_path("2026/diverse", kind, ext)
        mnc = unknown_doc(rng, kind, p)
        add(p, ext, "unknown", "email" if ext == "eml" else "mixed", kind, [], [], mnc,
            ["not-a-mentor-document-kind"] + (["cpr"] if mnc else []))
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "EXPECTED.jsonl", "w", encoding="utf-8") as fh:
        for e in sorted(entries, key=lambda e: e["path"]):
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(entries)} documents -> {out}")


if __name__ == "__main__":
    main()
