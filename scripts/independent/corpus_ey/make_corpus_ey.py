#!/usr/bin/env python
"""Corpus ey: letterhead documents whose content partly sits outside the body.

Mentor/provider contact, caseworker contact, the period or the appeal guidance live in Word
page headers/footers (first-page and default), in a PDF's running footer or margin column, or
in a letterhead table at the top.  Decision letters carry the agreement as "Bilag 1" on its
own pages with its own letterhead.

Usage: /work/main/.venv/bin/python make_corpus_ey.py --out /work/corpora/ey [--seed 12]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from datetime import date, timedelta
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.shared import Pt, Cm
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate)
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

KOMMUNER = [
    ("Silkeborg Kommune", "Jobcenter Silkeborg", "Søvej 1, 8600 Silkeborg", "89 70 10 00"),
    ("Vejle Kommune", "Job & Uddannelse", "Kirketorvet 22, 7100 Vejle", "76 81 00 00"),
    ("Holstebro Kommune", "Beskæftigelse og Borgerservice", "Kirkestræde 11, 7500 Holstebro", "96 11 75 00"),
    ("Næstved Kommune", "Jobcenter Næstved", "Teatergade 8, 4700 Næstved", "55 88 10 00"),
    ("Frederikssund Kommune", "Job og Ydelse", "Torvet 2, 3600 Frederikssund", "47 35 10 00"),
    ("Svendborg Kommune", "Arbejdsmarked og Borgerservice", "Ramsherred 5, 5700 Svendborg", "62 23 30 00"),
    ("Hjørring Kommune", "Job- og Borgerservice", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33"),
    ("Ringsted Kommune", "Center for Beskæftigelse", "Sankt Bendts Allé 1, 4100 Ringsted", "57 62 62 62"),
]
PROVIDERS = [
    ("Mentorhuset ApS", "Vestergade 14, 1. sal", "mentorhuset.dk"),
    ("Broen Mentor & Coaching", "Industrivej 3", "broen-mentor.dk"),
    ("Trinvis – socialfaglig mentorstøtte", "Nørregade 41", "trinvis.dk"),
    ("Kompasset I/S", "Havnegade 7", "kompasset-mentor.dk"),
    ("Fremad Mentorservice", "Banegårdspladsen 2", "fremadmentor.dk"),
    ("Ung i Job (kommunal mentorenhed)", "Skolevej 9", "ungijob.dk"),
]
FIRST = ["Mette", "Jonas", "Sara", "Ahmed", "Louise", "Kasper", "Fatima", "Nikolaj", "Camilla",
         "Rasmus", "Aisha", "Mikkel", "Julie", "Omar", "Line", "Emil", "Nadia", "Frederik",
         "Sofie", "Tobias", "Helle", "Yasmin", "Bo", "Maja"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Østergaard", "Kaya", "Hussein", "Holm", "Bech", "Dahl", "Lund", "Frandsen"]

GOALS_CLEAR = [
    "{f} er startet på grundforløb 1 på {edu} senest {d1} og møder op mindst fire ud af fem dage om ugen.",
    "{f} er i virksomhedspraktik hos {firm} 15 timer om ugen fra {d1}, med henblik på et løntilskudsjob.",
    "At {f} gennemfører de første tre måneder af {edu} uden ulovligt fravær.",
    "{f} har et ordinært job på mindst 10 timer om ugen, fx i lager eller rengøring, inden {d2}.",
    "Hovedformål: {f} fastholder sit fleksjob hos {firm} og møder til alle aftalte vagter (3 dage om ugen).",
    "{f} møder stabilt i praktik på {firm} (20 timer/uge) og har inden {d2} afklaret, om lageruddannelsen er realistisk.",
    "Målet er, at {f} består 9.-klasses prøverne i dansk og matematik på VUC inden {d2} og søger optagelse på {edu}.",
]
GOALS_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "At {f} kommer videre i sit liv og får mere selvværd.",
    "Motivere {f} og sikre at der er ro omkring familien.",
    "Øget trivsel og bedre overblik over økonomien.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
]
TASKS = [
    "Følge {f} til praktikstedet de første to uger; ugentlig samtale om fremmøde og transport.",
    "Hjælpe med at skabe overblik over skema og lektier, vækkeopkald om morgenen og kontakt til studievejlederen.",
    "Støtte {f} i samtaler med arbejdsgiveren, hjælpe med at planlægge vagter og at håndtere pauser.",
    "Træne busruten til uddannelsesstedet, gennemgå post i e-Boks sammen med {f} og følge op på fravær.",
    "Deltage i opstartsmøde på arbejdspladsen, være bindeled til kollegaer og hjælpe med at melde sygdom korrekt.",
    "Hjælpe {f} med at komme op om morgenen, følge til lægebesøg der har betydning for praktikken og aftale ugeplan.",
]
FOLLOW_UPS = [
    "Opfølgning: Statusmøde med {f}, mentor og sagsbehandler hver 4. uge. Delmål: fremmøde 4 dage om ugen fra {dm}.",
    "Vi mødes alle tre til en snak om, hvordan det går, første gang {dm} og derefter en gang om måneden.",
    "Evaluering: Midtvejsevaluering {dm} og slutevaluering senest 14 dage før støtten ophører.",
    "Mentor sender en kort skriftlig status hver måned. Progressionen måles på fremmøde og antal timer i praktik.",
    "Sagsbehandleren holder opfølgningssamtale med dig og mentoren hver 6. uge; næste gang {dm}.",
    "Status: hver anden måned på et fælles møde. Vi ser på delmålene: møde til tiden, klare transporten selv.",
    "Der afholdes statusmøde {dm} og igen fire uger før bevillingen udløber.",
    "Vi tager en samtale om forløbet hver tredje uge og ser på, om delmålene er nået (fremmøde, transport, skema).",
    "Første evalueringsmøde: {dm}. Herefter status en gang om måneden med jobkonsulenten.",
    "Mentor og jobkonsulent gør status hver 14. dag pr. telefon, og der holdes et trepartsmøde {dm}.",
]
FOLLOW_VAGUE = ["Opfølgning: Der følges op efter behov.", "Opfølgning sker løbende.",
                "Opfølgning: -"]
HOURS = ["3 timer pr. uge", "2 t/uge", "4 timer om ugen", "8 timer om måneden", "5 timer ugentligt",
         "1,5 time pr. uge", "6 timer pr. uge"]
HOURS_BAD = ["et par timer om ugen", "efter behov", ""]

APPEAL_FULL = [
    "Hvis du ikke er enig i kommunens afgørelse, skal du klage til kommunen inden fire uger. "
    "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen "
    "fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
    "Du kan klage over afgørelsen til {jc}. Klagen skal være modtaget senest 4 uger efter, at du har fået "
    "afgørelsen. Du kan klage mundtligt eller skriftligt. Vi vurderer afgørelsen igen, og fastholder vi den, "
    "sender vi klagen og sagens akter til Ankestyrelsen, Beskæftigelsesudvalget (LAB § 204, retssikkerhedslovens kap. 10).",
    "Er du uenig, så ring eller skriv til din sagsbehandler inden 4 uger fra du modtog brevet. Vi ser på sagen "
    "igen. Giver vi dig ikke ret, sender vi din klage videre til Ankestyrelsen.",
]
APPEAL_SHORT_FOOTER = [
    "Klagevejledning: Klage over afgørelsen sendes til kommunen senest 4 uger efter modtagelsen. Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen (LAB § 204).",
    "Sådan klager du: Kontakt {jc} inden fire uger. Vi genvurderer afgørelsen og sender den ellers til Ankestyrelsen.",
]
APPEAL_BAD = ["Du kan klage over afgørelsen.",
              "Hvis du er uenig, kan du kontakte Ankestyrelsen.",
              "Klagevejledning: Se vedlagte pjece.",
              "Klagevejledning findes på bagsiden af dette brev."]

CPR_USED: set[str] = set()


def dk(d: date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    return d.isoformat()


def add_months(d: date, m: int) -> date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return date(y, mo, day)


class Ctx:
    """One citizen's case with all field values."""

    def __init__(self, rnd: random.Random, i: int):
        self.r = rnd
        self.kom, self.jc, self.addr, self.tlf = rnd.choice(KOMMUNER)
        self.prov, self.paddr, self.pdom = rnd.choice(PROVIDERS)
        self.cit = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        self.f = self.cit.split()[0]
        self.mentor = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        while self.mentor.split()[0] == self.f:
            self.mentor = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        self.sb = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        self.mphone = f"{rnd.randint(20,31)} {rnd.randint(10,99)} {rnd.randint(10,99)} {rnd.randint(10,99)}"
        self.mmail = self.mentor.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + self.pdom
        self.sbphone = f"{self.tlf[:2]} {self.tlf[3:5]} {rnd.randint(10,99)} {rnd.randint(10,99)}"
        self.sbmail = (self.sb.split()[0][:3] + self.sb.split()[1][:3]).lower().replace("ø", "o") + "@" + self.kom.split()[0].lower().replace("æ", "ae").replace("ø", "oe") + ".dk"
        self.sag = f"{rnd.randint(10,99)}.{rnd.randint(10,99)}.{rnd.randint(10,99)}-G01-{rnd.randint(100,999)}-26"
        self.start = date(2026, rnd.choice([2, 3, 4, 5, 6, 8, 9]), rnd.choice([1, 1, 1, 15, 10]))
        self.letter = self.start - timedelta(days=rnd.randint(5, 20))
        self.end = add_months(self.start, 6) - timedelta(days=1)
        self.dstyle = rnd.choice([0, 0, 0, 1, 2])
        self.edu = rnd.choice(["Tradium", "Mercantec", "EUC Syd", "SOSU Nord", "FGU Midt", "Rybners"])
        self.firm = rnd.choice(["Netto i Bytorvet", "Bilka lager", "Dagli'Brugsen", "Plantorama",
                                "Kommunens vej og park", "Jysk distributionscenter"])
        self.cpr = None

    def fill(self, s: str) -> str:
        dm = self.start + timedelta(days=45)
        return s.format(f=self.f, edu=self.edu, firm=self.firm, jc=self.jc,
                        d1=dk(self.start + timedelta(days=30)), d2=dk(self.end), dm=dk(dm))

    def period(self) -> str:
        sep = self.r.choice([" – ", " til ", "-", " - "])
        if self.dstyle == 2 and sep == "-":
            sep = " – "
        if self.r.random() < 0.2:
            return f"fra {dk(self.start, self.dstyle)} til og med {dk(self.end, self.dstyle)}"
        return f"{dk(self.start, self.dstyle)}{sep}{dk(self.end, self.dstyle)}"

    def make_cpr(self) -> str:
        while True:
            b = date(1970, 1, 1) + timedelta(days=self.r.randint(0, 12000))
            c = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}-{self.r.randint(1000, 9999)}"
            if c not in CPR_USED:
                CPR_USED.add(c)
                self.cpr = c
                return c


# ---------------------------------------------------------------- document model
# A doc: dict(title, body=[blocks], zones={header_first, header, footer_first, footer, margin}
# letterhead=[rows] (table at top), bilag=[{letterhead, body}] after page break)
# block: ("h", txt) | ("p", txt) | ("kv", [(label, value)]) | ("b", txt) bold line


def render_docx(doc: dict, path: Path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    z = doc["zones"]
    if z.get("header_first") is not None or z.get("footer_first") is not None:
        sec.different_first_page_header_footer = True
        _zone(sec.first_page_header, z.get("header_first") or [])
        _zone(sec.first_page_footer, z.get("footer_first") or [])
    _zone(sec.header, z.get("header") or [])
    _zone(sec.footer, z.get("footer") or [])
    if doc.get("letterhead"):
        _lh_table(d, doc["letterhead"])
    _body(d, doc["body"])
    for b in doc.get("bilag", []):
        ns = d.add_section(WD_SECTION.NEW_PAGE)
        if b.get("header") is not None:
            ns.different_first_page_header_footer = False
            ns.header.is_linked_to_previous = False
            _zone(ns.header, b["header"])
            ns.footer.is_linked_to_previous = False
            _zone(ns.footer, b.get("footer") or [])
        if b.get("letterhead"):
            _lh_table(d, b["letterhead"])
        _body(d, b["body"])
    d.save(path)


def _zone(hf, lines):
    hf.is_linked_to_previous = False
    p = hf.paragraphs[0]
    first = True
    for ln in lines:
        if not first:
            p = hf.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.font.size = Pt(8.5)


def _lh_table(d, rows):
    t = d.add_table(rows=0, cols=2)
    for left, right in rows:
        c = t.add_row().cells
        c[0].text = left
        c[1].text = right
    d.add_paragraph("")


def _body(d, blocks):
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            d.add_paragraph().add_run(val).bold = True
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in val:
                c = t.add_row().cells
                c[0].text = a
                c[1].text = b
            d.add_paragraph("")
        elif kind == "li":
            for it in val:
                d.add_paragraph(it, style="List Bullet")


_FONT = None


def _font():
    global _FONT
    if _FONT is None:
        for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                     "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"]:
            if Path(cand).exists():
                pdfmetrics.registerFont(TTFont("Body", cand))
                _FONT = "Body"
                break
        else:
            _FONT = "Helvetica"
    return _FONT


def render_rl(doc: dict, path: Path):
    fn = _font()
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName=fn, fontSize=10, leading=13, spaceAfter=5)
    h = ParagraphStyle("h", parent=n, fontSize=13, leading=16, spaceBefore=6, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=n, fontSize=11, leading=14, spaceBefore=4)
    z = doc["zones"]
    margin = z.get("margin")
    left = 2.2 * cm
    width = A4[0] - 4.4 * cm - (5 * cm if margin else 0)

    def deco(lines_head, lines_foot, with_margin):
        def draw(canv, d):
            canv.saveState()
            canv.setFont(fn, 8)
            y = A4[1] - 1.3 * cm
            for ln in lines_head or []:
                canv.drawString(left, y, ln)
                y -= 10
            foot = []
            for ln in lines_foot or []:
                foot += simpleSplit(ln, fn, 8, A4[0] - 4.4 * cm)
            y = 0.9 * cm + 10 * (len(foot) - 1)
            for ln in foot:
                canv.drawString(left, y, ln)
                y -= 10
            if with_margin:
                x = A4[0] - 6.2 * cm
                y = A4[1] - 4 * cm
                for ln in with_margin:
                    canv.drawString(x, y, ln)
                    y -= 10
            canv.restoreState()
        return draw

    top = 3.2 * cm
    frame = Frame(left, 2.8 * cm, width, A4[1] - top - 2.8 * cm, id="f")
    frame2 = Frame(left, 2.8 * cm, A4[0] - 4.4 * cm, A4[1] - top - 2.8 * cm, id="f2")
    hf = z.get("header_first") if z.get("header_first") is not None else z.get("header")
    ff = z.get("footer_first") if z.get("footer_first") is not None else z.get("footer")
    templates = [PageTemplate("first", [frame], onPage=deco(hf, ff, margin)),
                 PageTemplate("later", [frame], onPage=deco(z.get("header"), z.get("footer"), margin if doc.get("margin_all") else None))]
    for k, b in enumerate(doc.get("bilag", [])):
        templates.append(PageTemplate(f"bilag{k}", [frame2], onPage=deco(b.get("header"), b.get("footer"), None)))
    bd = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=templates, title=doc["title"],
                         author=doc.get("author", ""))
    story = [NextPageTemplate("later")]
    if doc.get("letterhead"):
        story.append(_rl_table(doc["letterhead"], n, False))
        story.append(Spacer(1, 8))
    story += _rl_body(doc["body"], n, h, h2)
    for k, b in enumerate(doc.get("bilag", [])):
        story += [NextPageTemplate(f"bilag{k}"), PageBreak()]
        if b.get("letterhead"):
            story.append(_rl_table(b["letterhead"], n, False))
            story.append(Spacer(1, 8))
        story += _rl_body(b["body"], n, h, h2)
    bd.build(story)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _rl_table(rows, n, grid):
    t = Table([[Paragraph(_esc(a), n), Paragraph(_esc(b), n)] for a, b in rows],
              colWidths=[5 * cm, None])
    if grid:
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#888888"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    else:
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _rl_body(blocks, n, h, h2):
    out = []
    for kind, val in blocks:
        if kind == "h":
            out.append(Paragraph(_esc(val), h))
        elif kind == "h2":
            out.append(Paragraph("<b>" + _esc(val) + "</b>", h2))
        elif kind == "p":
            out.append(Paragraph(_esc(val), n))
        elif kind == "b":
            out.append(Paragraph("<b>" + _esc(val) + "</b>", n))
        elif kind == "kv":
            out.append(_rl_table(val, n, True))
            out.append(Spacer(1, 6))
        elif kind == "li":
            for it in val:
                out.append(Paragraph("• " + _esc(it), n))
    return out


# ---------------------------------------------------------------- content builders

def kom_letterhead_lines(c: Ctx, with_sb: bool) -> list[str]:
    lines = [f"{c.kom} · {c.jc}", c.addr]
    if with_sb:
        lines.append(f"Sagsbehandler: {c.sb} · Direkte tlf. {c.sbphone} · {c.sbmail}")
    return lines


def mentor_line(c: Ctx, style: int) -> str:
    if style == 0:
        return f"Mentor: {c.mentor}, {c.prov} · tlf. {c.mphone} · {c.mmail}"
    if style == 1:
        return f"Din mentor: {c.mentor} – mobil {c.mphone}"
    return f"Kontakt til mentor: {c.mentor}, {c.mmail}, tlf. {c.mphone}"


def build_agreement(c: Ctx, defects: list[str], place: dict, title_style: int):
    r = c.r
    fill = c.fill
    titles = ["Aftale om mentorstøtte", "Mentoraftale – aftale om mentorstøtte efter LAB § 167",
              "Skriftlig aftale om mentorforløb", "Aftale om mentorstøtte (lov om en aktiv beskæftigelsesindsats § 167)"]
    title = titles[title_style % len(titles)]
    zones = {"header_first": None, "header": [], "footer_first": None, "footer": [], "margin": None}
    body = [("h", title)]
    lh = None
    # citizen block
    cit_rows = [("Borger", c.cit), ("Sagsnr.", c.sag)]
    if c.cpr:
        cit_rows.insert(1, ("CPR-nr.", c.cpr))
    # goal
    clear = [g for g in GOALS_CLEAR if "{d2}" not in g] if "missing-duration" in defects else GOALS_CLEAR
    goal = None if "missing-goal" in defects else (
        fill(r.choice(GOALS_UNCLEAR)) if "unclear-goal" in defects else fill(r.choice(clear)))
    tasks = None if "missing-tasks" in defects else fill(r.choice(TASKS))
    if "missing-duration" in defects:
        per = None
    elif "duration-over-6-months" in defects:
        c.end = add_months(c.start, r.choice([8, 9, 12])) - timedelta(days=1)
        per = c.period()
    else:
        per = c.period()
    hours = r.choice(HOURS_BAD) if "missing-hours" in defects else r.choice(HOURS)
    fu = r.choice(FOLLOW_VAGUE) if "missing-follow-up" in defects else fill(r.choice(FOLLOW_UPS))
    if "missing-appeal-guidance" in defects:
        appeal = r.choice(APPEAL_BAD + [None])
    else:
        appeal = fill(r.choice(APPEAL_FULL))
    mstyle = r.randint(0, 2)
    has_mentor = "missing-mentor" not in defects

    # --- placement of the mentor contact
    mp = place["mentor"]
    mline = mentor_line(c, mstyle)
    if not has_mentor:
        # name only, no contact data
        mp = "body"
        mline = f"Mentor: {c.mentor} ({c.prov})" if r.random() < 0.6 else "Mentor: Tildeles senere"
    if mp == "header_first":
        zones["header_first"] = [f"{c.prov} · {c.paddr}", mline]
        zones["header"] = [f"{c.prov}"]
    elif mp == "header":
        zones["header"] = [f"{c.prov} · {c.paddr} · www.{c.pdom}", mline]
    elif mp == "footer":
        zones["footer"] = [f"{c.prov} · {c.paddr}", mline]
    elif mp == "letterhead":
        lh = [(c.prov, f"Mentor: {c.mentor}\nTlf. {c.mphone}\n{c.mmail}"),
              (c.paddr, f"Dato: {dk(c.letter)}")]
    elif mp == "margin":
        zones["margin"] = [c.prov, "Din mentor", c.mentor, f"Tlf. {c.mphone}", c.mmail]
    # --- caseworker in footer (default) or first-page footer
    sbl = f"Sagsbehandler: {c.sb}, {c.jc}, tlf. {c.sbphone}, {c.sbmail}"
    if place["sb"] == "footer_first":
        zones["footer_first"] = (zones["footer"] or []) + [sbl]
    else:
        zones["footer"] = (zones["footer"] or []) + [sbl]
    if zones["footer_first"] is not None and zones["header_first"] is None:
        zones["header_first"] = list(zones["header"])
    if zones["header_first"] is not None and zones["footer_first"] is None:
        zones["footer_first"] = list(zones["footer"])
    # --- period placement
    if per and place["period"] == "footer":
        target = "footer_first" if zones["footer_first"] is not None else "footer"
        zones[target] = zones[target] + [f"Aftaleperiode: {per}"]
        if target == "footer_first":
            zones["footer"] = zones["footer"] + [f"Aftaleperiode: {per}"]
        per_in_body = False
    elif per and place["period"] == "header":
        zones["header"] = zones["header"] + [f"Periode: {per}"]
        if zones["header_first"] is not None:
            zones["header_first"] = zones["header_first"] + [f"Periode: {per}"]
        per_in_body = False
    elif per and place["period"] == "margin" and zones["margin"] is not None:
        zones["margin"] = zones["margin"] + ["", "Periode", per]
        per_in_body = False
    else:
        per_in_body = True
    place["period_actual"] = "body" if per_in_body else place["period"]
    # --- appeal placement
    app_in_body = True
    if appeal and place["appeal"] == "footer" and "missing-appeal-guidance" not in defects:
        short = fill(r.choice(APPEAL_SHORT_FOOTER))
        for k in ("footer", "footer_first"):
            if zones[k] is not None:
                zones[k] = zones[k] + [short]
        app_in_body = False

    body.append(("kv", cit_rows))
    form = r.choice(["kv", "headings", "numbered"])
    rows = []
    if form == "kv":
        rows.append(("Mål for mentorstøtten", goal if goal else r.choice(["", "Udfyldes senere"])))
        if mp == "body":
            rows.append(("Mentor", mline.split(": ", 1)[1]))
        rows.append(("Mentorens opgaver", tasks if tasks else "-"))
        if per_in_body:
            rows.append(("Periode", per if per else "Indtil videre"))
        rows.append(("Timetal", hours if hours else ""))
        rows.append(("Opfølgning", fu.split(": ", 1)[-1] if fu.startswith("Opfølgning:") else fu))
        body.append(("kv", rows))
    elif form == "headings":
        body.append(("p", f"Denne aftale er indgået mellem {c.cit}, {c.jc} og {c.prov}."))
        body.append(("h2", "Mål"))
        if goal:
            body.append(("p", goal))
        if mp == "body":
            body.append(("h2", "Mentor"))
            body.append(("p", mline))
        body.append(("h2", "Hvad skal mentoren hjælpe med?"))
        if tasks:
            body.append(("p", tasks))
        if per_in_body:
            body.append(("h2", "Varighed"))
            body.append(("p", f"Støtten gives i perioden {per}." if per else "Varighed: aftales senere."))
        body.append(("h2", "Timer"))
        if hours in HOURS:
            body.append(("p", f"Mentoren har {hours} sammen med dig."))
        elif hours:
            body.append(("p", f"Timetal: {hours}."))
        else:
            body.append(("p", "Timetal:"))
        body.append(("h2", "Opfølgning"))
        body.append(("p", fu))
    else:
        k = 1
        body.append(("p", f"{k}) Målet med mentorstøtten: {goal if goal else '…'}")); k += 1
        if mp == "body":
            body.append(("p", f"{k}) {mline}")); k += 1
        body.append(("p", f"{k}) Opgaver: {tasks if tasks else 'xx'}")); k += 1
        if per_in_body:
            body.append(("p", f"{k}) Varighed: {per if per else 'Udfyldes senere'}")); k += 1
        body.append(("p", f"{k}) Timetal: {hours if hours else '[indsæt]'}")); k += 1
        body.append(("p", f"{k}) {fu}"))
    if appeal and app_in_body:
        body.append(("h2", r.choice(["Klagevejledning", "Hvis du vil klage", "Klageadgang"])))
        body.append(("p", appeal))
    body.append(("p", f"Underskrifter: {c.cit} (borger) · {c.mentor} (mentor) · {c.sb} (sagsbehandler)"))
    body.append(("p", f"{c.kom.split()[0]}, den {dk(c.letter)}"))
    return {"title": title, "body": body, "zones": zones, "letterhead": lh}


def build_decision(c: Ctx, subtype: str, defects: list[str], place: dict, bilag: bool,
                   hours_in_letter: bool = True):
    r = c.r
    fill = c.fill
    zones = {"header_first": None, "header": [], "footer_first": None, "footer": [], "margin": None}
    kom_lines = kom_letterhead_lines(c, place["sb"] != "body")
    if place.get("lh") == "table":
        lh = [(f"{c.kom}\n{c.jc}", f"{c.cit}\n{r.choice(['Ahornvej', 'Toftevej', 'Skovbrynet', 'Lærkevej'])} {r.randint(2,80)}"),
              (c.addr, f"Dato: {dk(c.letter)}\nSagsnr.: {c.sag}" + (f"\nCPR-nr.: {c.cpr}" if c.cpr else ""))] + ([(f"Sagsbehandler: {c.sb}", f"Direkte tlf. {c.sbphone}\n{c.sbmail}")] if place["sb"] != "body" else [])
        zones["header"] = [c.kom]
    else:
        lh = None
        zones["header_first"] = kom_lines + [f"Dato: {dk(c.letter)} · Sagsnr. {c.sag}"] + ([f"CPR-nr. {c.cpr}"] if c.cpr else [])
        zones["header"] = [f"{c.kom} – side 2"]
        zones["footer_first"] = [f"{c.kom} · {c.addr} · tlf. {c.tlf} · EAN 5798000{r.randint(100000,999999)}"]
    zones["footer"] = [f"{c.kom} · {c.addr} · tlf. {c.tlf}"]
    if "duration-over-6-months" in defects:
        c.end = add_months(c.start, r.choice([9, 12])) - timedelta(days=1)
    per = c.period()
    titles = {
        "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får bevilget mentorstøtte"],
        "partial": ["Afgørelse: delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte – delvis imødekommet"],
        "refusal": ["Afslag på mentorstøtte", "Afgørelse – afslag på ansøgning om mentor"],
        "extension": ["Forlængelse af mentorstøtte", "Afgørelse om ny periode med mentorstøtte"],
        "end": ["Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper"],
    }
    title = r.choice(titles[subtype])
    body = [("h", title), ("p", f"Kære {c.cit}")]
    hours = r.choice(HOURS)
    c.hours = hours
    if not hours_in_letter:
        hours = "med det timetal, der fremgår af aftalen"
    if subtype == "grant":
        body.append(("p", f"Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats i perioden {per}, {hours}."))
        body.append(("p", f"Din mentor bliver {c.mentor} fra {c.prov}. Målet og mentorens opgaver står i aftalen" + (", som du finder i bilag 1." if bilag else ", som du får tilsendt.")))
    elif subtype == "partial":
        asked = r.choice([9, 12])
        body.append(("p", f"Du søgte om mentorstøtte i {asked} måneder" + (" med 6 timer om ugen." if hours_in_letter else ".") + f" Vi har bevilget mentorstøtte i perioden {per}, {hours}."))
        body.append(("h2", "Begrundelse"))
        body.append(("p", "Efter § 167, stk. 1, kan mentorstøtte gives i højst 6 måneder ad gangen. Vi har lagt vægt på, at du starter i praktik og har brug for mest støtte i opstarten. Ved udløb vurderer vi, om der skal gives en ny periode."))
    elif subtype == "refusal":
        body.append(("p", "Du har søgt om at få en mentor. Vi har givet dig afslag."))
        body.append(("h2", "Begrundelse"))
        body.append(("p", "Vi har lagt vægt på, at du allerede får støtte fra en SPS-mentor på skolen, og at den støtte dækker det, du har beskrevet. Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats."))
    elif subtype == "extension":
        prev = c.start - timedelta(days=1)
        body.append(("p", f"Din mentorstøtte hos {c.prov} udløb den {dk(prev)}. Efter en konkret vurdering har vi bevilget en ny periode fra {dk(c.start, c.dstyle)} til {dk(c.end, c.dstyle)}, {hours}."))
        body.append(("p", "Vi har lagt vægt på, at du er godt i gang i praktikken, men stadig har brug for støtte til transport og fremmøde."))
    elif subtype == "end":
        body.append(("p", f"Vi har besluttet, at din mentorstøtte hos {c.prov} stopper den {dk(c.start + timedelta(days=30))}."))
        body.append(("h2", "Begrundelse"))
        body.append(("p", "Du er nu startet i ordinær uddannelse og har ikke længere brug for mentorstøtte. Vi har lagt vægt på statusrapporten fra mentor og samtalen med dig."))
    # appeal
    if "missing-appeal-guidance" in defects:
        bad = r.choice(APPEAL_BAD + [None])
        if bad:
            body.append(("p", bad))
    else:
        if place["appeal"] == "footer":
            short = fill(r.choice(APPEAL_SHORT_FOOTER))
            for k in ("footer", "footer_first"):
                if zones[k] is not None:
                    zones[k] = zones[k] + [short]
        elif place["appeal"] == "margin":
            zones["margin"] = ["Klagevejledning", "Klag til kommunen", "inden 4 uger efter", "du har fået brevet.",
                               "Vi genvurderer sagen", "og sender den ellers", "til Ankestyrelsen."]
        else:
            body.append(("h2", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
            body.append(("p", fill(r.choice(APPEAL_FULL))))
    if place["sb"] == "body":
        body.append(("p", f"Har du spørgsmål, er du velkommen til at kontakte mig på tlf. {c.sbphone} eller {c.sbmail}."))
    body.append(("p", f"Med venlig hilsen\n{c.sb}\n{c.jc}"))
    doc = {"title": title, "body": body, "zones": zones, "letterhead": lh, "bilag": []}
    return doc, per


def build_bilag(c: Ctx, per: str, fu_idx: int, bilag_defects: list[str]):
    r = c.r
    fill = c.fill
    head = r.choice(["Bilag 1: Aftale om mentorstøtte", "Bilag 1 – Mentoraftale", "BILAG 1\nAftale om mentorforløb"])
    hdr = [f"{c.prov} · {c.paddr} · www.{c.pdom}", f"Mentor: {c.mentor} · tlf. {c.mphone} · {c.mmail}"]
    has_m_in_header = r.random() < 0.5
    rows = [("Borger", c.cit)]
    rows.append(("Mål", fill(r.choice(GOALS_CLEAR)) if "missing-goal" not in bilag_defects else ""))
    if not has_m_in_header:
        rows.append(("Mentor", f"{c.mentor}, tlf. {c.mphone}"))
    rows.append(("Opgaver", fill(r.choice(TASKS))))
    rows.append(("Periode", per))
    rows.append(("Timer", c.hours if "missing-hours" not in bilag_defects else ""))
    fu = fill(FOLLOW_UPS[fu_idx % len(FOLLOW_UPS)])
    if "missing-follow-up" in bilag_defects:
        fu = r.choice(FOLLOW_VAGUE)
    rows.append(("Opfølgning", fu.split(": ", 1)[-1] if fu.startswith("Opfølgning:") else fu))
    body = [("h", head.split("\n")[-1] if "\n" in head else head)]
    if "\n" in head:
        body.insert(0, ("b", "BILAG 1"))
    body.append(("kv", rows))
    body.append(("p", "Aftalen er gennemgået med borgeren ved opstartsmødet."))
    return {"header": hdr if has_m_in_header else [f"{c.prov} · {c.paddr}"],
            "footer": [f"{c.prov} · CVR {r.randint(20000000, 45000000)} · www.{c.pdom}"],
            "letterhead": None, "body": body}


def build_minplan(c: Ctx, defects: list[str], place: dict):
    r = c.r
    fill = c.fill
    zones = {"header_first": None, "header": [f"Min Plan · {c.kom} · {c.jc}", f"Udskrevet {dk(c.letter, 1)}"],
             "footer_first": None, "footer": [f"{c.jc} · {c.addr}"], "margin": None}
    title = r.choice(["Min Plan – mentorstøtte", "Min Plan: Indsats – Mentor", "Udskrift fra Min Plan – Mentorstøtte"])
    clear = [g for g in GOALS_CLEAR if "{d2}" not in g] if "missing-duration" in defects else GOALS_CLEAR
    goal = None if "missing-goal" in defects else (fill(r.choice(GOALS_UNCLEAR)) if "unclear-goal" in defects else fill(r.choice(clear)))
    if "duration-over-6-months" in defects:
        c.end = add_months(c.start, r.choice([8, 10, 12])) - timedelta(days=1)
    per = None if "missing-duration" in defects else f"{dk(c.start, 1)} - {dk(c.end, 1)}"
    hours = "" if "missing-hours" in defects else r.choice(HOURS)
    tasks = "" if "missing-tasks" in defects else fill(r.choice(TASKS))
    rows = [("Indsats", "Mentorstøtte (§ 167)"), ("Status", "Aktiv")]
    if goal is not None:
        rows.append(("Formål", goal))
    else:
        rows.append(("Formål", ""))
    mentor_ok = "missing-mentor" not in defects
    if place["mentor"] in ("header", "footer") and mentor_ok:
        line = f"Kontaktperson/mentor: {c.mentor}, {c.prov}, tlf. {c.mphone}"
        zones[place["mentor"]] = zones[place["mentor"]] + [line]
    else:
        rows.append(("Mentor", f"{c.mentor}, {c.prov}, {c.mphone}, {c.mmail}" if mentor_ok else f"{c.prov}"))
    rows.append(("Opgaver", tasks))
    rows.append(("Periode", per or ""))
    rows.append(("Timer", hours))
    body = [("h", title), ("p", f"Borger: {c.cit}" + (f" · CPR {c.cpr}" if c.cpr else "")), ("kv", rows)]
    body.append(("p", "Din sagsbehandler kan ændre indsatsen i Min Plan. Ændringer i timetal eller formål skal fremgå her."))
    return {"title": title, "body": body, "zones": zones, "letterhead": None}, per


def build_unknown(c: Ctx, variant: str):
    r = c.r
    zones = {"header_first": None, "header": [f"{c.prov} · {c.paddr} · www.{c.pdom}"],
             "footer_first": None, "footer": [f"{c.prov} · tlf. {c.mphone}"], "margin": None}
    if variant == "status":
        title = "Statusrapport – mentorforløb"
        body = [("h", title), ("kv", [("Borger", c.cit), ("Mentor", f"{c.mentor}, tlf. {c.mphone}"),
                                       ("Rapportperiode", f"{dk(c.start)} – {dk(c.start + timedelta(days=60))}"),
                                       ("Brugte timer", "22 af 24")]),
                ("h2", "Forløbet indtil nu"),
                ("p", f"{c.f} er mødt stabilt i praktik og har haft to fraværsdage. Vi har arbejdet med transport og morgenrutiner."),
                ("h2", "Anbefaling"), ("p", "Mentor anbefaler, at forløbet fortsætter uændret til den aftalte slutdato.")]
    elif variant == "invoice":
        title = f"Faktura nr. 2026-{r.randint(100, 999)}"
        body = [("h", title), ("p", f"Til: {c.kom}, {c.jc}, {c.addr}"),
                ("kv", [("Ydelse", "Mentortimer, " + MONTHS[c.start.month - 1] + " 2026"), ("Borger (sagsnr.)", c.sag),
                        ("Antal timer", "12"), ("Timepris", "495,00 kr."), ("I alt ekskl. moms", "5.940,00 kr.")]),
                ("p", "Betalingsbetingelser: netto 30 dage. Bank: reg. 1234 konto 0012345678.")]
    elif variant == "minutes":
        title = "Referat af netværksmøde"
        body = [("h", title), ("p", f"Dato: {dk(c.start + timedelta(days=40))}. Deltagere: {c.cit}, {c.mentor} (mentor), {c.sb} (sagsbehandler)."),
                ("h2", "1. Hvordan går det"), ("p", f"{c.f} fortæller, at det går bedre med at komme afsted om morgenen."),
                ("h2", "2. Næste skridt"), ("p", "Vi taler om praktik efter sommerferien. Mentor undersøger muligheder."),
                ("h2", "3. Eventuelt"), ("p", "Intet.")]
        zones["header"] = [f"{c.jc}"]
    elif variant == "guide":
        title = "Sådan foregår et mentorforløb – information til borgere"
        body = [("h", title), ("p", "Når du får bevilget en mentor, laver vi en skriftlig aftale. Aftalen skal indeholde:"),
                ("li", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                        "varigheden af aftalen og opfølgning", "timetallet", "klagevejledning"]),
                ("p", "Mentorstøtte gives i højst 6 måneder ad gangen. Er du uenig i en afgørelse, kan du klage til kommunen inden 4 uger.")]
        zones["header"] = [f"{c.kom} · {c.jc}"]
        zones["footer"] = [f"{c.addr} · tlf. {c.tlf}"]
    elif variant == "hearing":
        title = "Partshøring – vi overvejer at stoppe din mentorstøtte"
        body = [("h", title), ("p", f"Kære {c.cit}"),
                ("p", f"Vi overvejer at stoppe din mentorstøtte hos {c.prov}, fordi du ikke er mødt op til de sidste fire aftaler med din mentor."),
                ("p", f"Du har mulighed for at komme med dine bemærkninger inden {dk(c.letter + timedelta(days=14))}. Vi har endnu ikke truffet en afgørelse."),
                ("p", f"Med venlig hilsen\n{c.sb}\n{c.jc}")]
        zones["header"] = kom_letterhead_lines(c, True)
        zones["footer"] = [f"{c.kom} · {c.addr}"]
    else:  # order
        title = "Bestilling af mentorforløb"
        body = [("h", title), ("p", f"Til {c.prov}"),
                ("kv", [("Borger", c.cit), ("Ønsket opstart", dk(c.start)), ("Forventet timetal", "3 timer pr. uge"),
                        ("Bestilt af", f"{c.sb}, {c.jc}")]),
                ("p", "Leverandøren bedes kontakte borgeren og sende forslag til aftale inden for 5 arbejdsdage.")]
        zones["header"] = kom_letterhead_lines(c, False)
        zones["footer"] = [f"{c.kom} · {c.addr}"]
    return {"title": title, "body": body, "zones": zones, "letterhead": None}


# ---------------------------------------------------------------- main

AGREEMENT_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
                     "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
MINPLAN_DEFECTS = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                   "duration-over-6-months", "unclear-goal"]


def soffice_convert(files: list[Path], fmt: str, outdir: Path):
    if not files:
        return
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_ey_profile", "--headless",
           "--convert-to", fmt, "--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=12)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="ey_"))
    entries = []
    conv: dict[str, list[tuple[Path, Path]]] = {"pdf": [], "odt": [], "rtf": []}

    def emit(doc, rel: str, fmt: str, meta: dict):
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            render_docx(doc, dest)
        elif fmt == "pdf-rl":
            render_rl(doc, dest)
        else:  # via LibreOffice
            src = tmp / (dest.stem + ".docx")
            render_docx(doc, src)
            conv[fmt].append((src, dest))
        meta["path"] = rel
        meta["format"] = "pdf" if fmt.startswith("pdf") else fmt
        entries.append(meta)

    counter = [0]

    def nm(prefix):
        counter[0] += 1
        return f"{prefix}-{counter[0]:03d}"

    # ---- agreements: 34
    agr_fmts = ["docx"] * 12 + ["pdf"] * 7 + ["pdf-rl"] * 7 + ["odt"] * 5 + ["rtf"] * 3
    # 14 clean, 18 with one defect (each rule twice), 2 with two defects
    agr_plan = [[]] * 14 + [[d] for d in AGREEMENT_DEFECTS] * 2 + [
        ["missing-hours", "missing-follow-up"], ["unclear-goal", "missing-appeal-guidance"]]
    rnd.shuffle(agr_plan)
    for i, fmt in enumerate(agr_fmts):
        c = Ctx(rnd, i)
        defects = list(agr_plan[i])
        cpr = rnd.random() < 0.25
        if cpr:
            c.make_cpr()
        mplaces = ["header_first", "header", "footer", "letterhead", "body"] + (["margin", "margin"] if fmt == "pdf-rl" else [])
        place = {"mentor": rnd.choice(mplaces), "sb": rnd.choice(["footer", "footer_first"]),
                 "period": rnd.choice(["body", "body", "footer", "header", "margin"]),
                 "appeal": rnd.choice(["body", "body", "footer"])}
        doc = build_agreement(c, defects, place, i)
        ext = "pdf" if fmt.startswith("pdf") else fmt
        rel = f"aftaler/{nm('aftale')}-{c.f.lower()}.{ext}"
        traits = [f"mentor:{place['mentor'] if 'missing-mentor' not in defects else 'body'}", f"sb:{place['sb']}",
                  f"period:{place['period_actual'] if 'missing-duration' not in defects else 'absent'}", f"appeal:{place['appeal']}", f"maker:{'reportlab' if fmt == 'pdf-rl' else ('libreoffice' if fmt in ('pdf', 'odt', 'rtf') else 'python-docx')}"]
        if cpr:
            traits.append("cpr")
        layout = "letterhead-table" if place["mentor"] == "letterhead" else ("margin-column" if doc["zones"].get("margin") else f"running-{place['mentor']}")
        meta = {"kind": "agreement", "subtype": "agreement", "layout": layout, "rules": sorted(set(defects)),
                "extras": [], "error": None, "accept_errors": [],
                "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if cpr else [], "traits": traits}
        if "missing-duration" not in defects:
            meta["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        emit(doc, rel, fmt, meta)

    # ---- decisions: 32 (14 with Bilag 1)
    subtypes = ["grant"] * 12 + ["partial"] * 6 + ["refusal"] * 5 + ["extension"] * 5 + ["end"] * 4
    dec_fmts = (["docx"] * 11 + ["pdf"] * 8 + ["pdf-rl"] * 7 + ["odt"] * 4 + ["rtf"] * 2)
    rnd.shuffle(dec_fmts)
    bilag_count = 0
    for i, (st, fmt) in enumerate(zip(subtypes, dec_fmts)):
        c = Ctx(rnd, 100 + i)
        defects = []
        rr = rnd.random()
        if rr < 0.3:
            defects.append("missing-appeal-guidance")
        elif rr < 0.45 and st in ("grant", "partial", "extension"):
            defects.append("duration-over-6-months")
        cpr = rnd.random() < 0.3
        if cpr:
            c.make_cpr()
        place = {"sb": rnd.choice(["header", "header", "body"]), "appeal": rnd.choice(["body", "body", "footer"] + (["margin"] if fmt == "pdf-rl" else [])),
                 "lh": rnd.choice(["table", "zones"])}
        with_bilag = st in ("grant", "partial", "extension") and rnd.random() < 0.75 and bilag_count < 15
        bil_def = []
        if with_bilag:
            bilag_count += 1
            if bilag_count in (3, 8, 12):
                bil_def = [["missing-hours"], ["missing-follow-up"], ["missing-goal"]][[3, 8, 12].index(bilag_count)]
        # build period first (bilag uses it)
        doc, per = build_decision(c, st, defects, place, with_bilag, "missing-hours" not in bil_def)
        if with_bilag:
            doc["bilag"].append(build_bilag(c, per, bilag_count, bil_def))
        ext = "pdf" if fmt.startswith("pdf") else fmt
        rel = f"afgoerelser/{nm('afg-' + st)}-{c.f.lower()}.{ext}"
        traits = [f"subtype:{st}", f"appeal:{place['appeal'] if 'missing-appeal-guidance' not in defects else 'incomplete-or-absent'}",
                  f"letterhead:{place['lh']}", f"sb:{place['sb']}",
                  f"maker:{'reportlab' if fmt == 'pdf-rl' else ('libreoffice' if fmt in ('pdf', 'odt', 'rtf') else 'python-docx')}"]
        if with_bilag:
            traits.append("bilag1-agreement")
            traits += [f"bilag-defect:{d}" for d in bil_def]
        if cpr:
            traits.append("cpr")
        rules = sorted(set(defects + bil_def))
        meta = {"kind": "decision", "subtype": st, "layout": ("bilag-1" if with_bilag else "letter") + "-" + place["lh"],
                "rules": rules, "extras": [], "error": None, "accept_errors": [],
                "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if cpr else [], "traits": traits}
        if st != "refusal" and st != "end":
            meta["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        emit(doc, rel, fmt, meta)

    # ---- Min Plan: 16
    mp_fmts = ["pdf"] * 6 + ["pdf-rl"] * 4 + ["docx"] * 4 + ["odt"] * 2
    mp_plan = [[]] * 7 + [[d] for d in MINPLAN_DEFECTS] + [["missing-hours"], ["unclear-goal"]]
    rnd.shuffle(mp_plan)
    for i, fmt in enumerate(mp_fmts):
        c = Ctx(rnd, 200 + i)
        defects = list(mp_plan[i])
        cpr = rnd.random() < 0.25
        if cpr:
            c.make_cpr()
        place = {"mentor": rnd.choice(["body", "body", "header", "footer"])}
        doc, per = build_minplan(c, defects, place)
        ext = "pdf" if fmt.startswith("pdf") else fmt
        rel = f"minplan/{nm('minplan')}-{c.f.lower()}.{ext}"
        meta = {"kind": "minplan", "subtype": "minplan", "layout": f"minplan-card-mentor-{place['mentor']}",
                "rules": sorted(defects), "extras": [], "error": None, "accept_errors": [],
                "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if cpr else [],
                "traits": [f"mentor:{place['mentor']}"] + (["cpr"] if cpr else [])}
        if per:
            meta["period"] = {"start": c.start.isoformat(), "end": c.end.isoformat()}
        emit(doc, rel, fmt, meta)

    # ---- unknown: 20
    unk = ["status", "invoice", "minutes", "guide", "hearing", "order"] * 4
    unk = unk[:20]
    unk_fmts = ["pdf", "docx", "pdf-rl", "odt", "rtf"] * 4
    for i, (v, fmt) in enumerate(zip(unk, unk_fmts)):
        c = Ctx(rnd, 300 + i)
        cpr = rnd.random() < 0.2 and v != "guide"
        if cpr:
            c.make_cpr()
        doc = build_unknown(c, v)
        if cpr:
            doc["body"].insert(1, ("p", f"CPR-nr.: {c.cpr}"))
        ext = "pdf" if fmt.startswith("pdf") else fmt
        rel = f"andet/{nm(v)}-{c.f.lower()}.{ext}"
        meta = {"kind": "unknown", "subtype": v, "layout": f"letterhead-{v}", "rules": [], "extras": [],
                "error": None, "accept_errors": [],
                "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if cpr else [], "traits": [f"unknown:{v}"] + (["cpr"] if cpr else [])}
        emit(doc, rel, fmt, meta)

    # ---- conversions via LibreOffice
    for fmt, pairs in conv.items():
        if not pairs:
            continue
        od = tmp / ("out_" + fmt)
        od.mkdir()
        soffice_convert([s for s, _ in pairs], fmt, od)
        for s, dest in pairs:
            produced = od / (s.stem + "." + fmt)
            shutil.move(str(produced), dest)
    shutil.rmtree(tmp, ignore_errors=True)

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
