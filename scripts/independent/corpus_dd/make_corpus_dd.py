#!/usr/bin/env python3
"""Corpus DD: paper that was printed, signed by hand, scanned/photographed/faxed and OCR'd.

Each document is laid out as a real page with reportlab (letterheads, label/value tables, an
information column, two columns, Bilag pages, Min Plan prints), signed with a drawn scribble,
sometimes stamped, rendered with pypdfium2, degraded (skew, blur, noise, low contrast, fax
thresholding, phone-photo shading, JPEG) and OCR'd with `tesseract -l dan` into a PDF with a text
layer or a TXT file. OCR damage is what tesseract really produces; nothing is injected by hand.

Labels are decided from the source text (before OCR), by the rule docs and domain.md.

    python make_corpus_dd.py --out /work/corpora/dd [--jobs 2]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter
import pypdfium2 as pdfium
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

SEED = 20261130
FONT_DIR = Path("/usr/share/fonts/truetype")
FONTS = {
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf"),
    "caladea": ("crosextra/Caladea-Regular.ttf", "crosextra/Caladea-Bold.ttf"),
    "serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
}


def register_fonts() -> None:
    for name, (reg, bold) in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / reg)))
            pdfmetrics.registerFont(TTFont(name + "-b", str(FONT_DIR / bold)))


# ----------------------------------------------------------------------------- data pools
MUNIS = [
    ("Holbæk Kommune", "Jobcenter Holbæk", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36", "holbaek.dk"),
    ("Faxe Kommune", "Jobcenter Faxe", "Frederiksgade 9, 4690 Haslev", "56 20 30 00", "faxekommune.dk"),
    ("Tønder Kommune", "Jobcenter Tønder", "Wegners Plads 2, 6270 Tønder", "74 92 92 92", "toender.dk"),
    ("Assens Kommune", "Jobcenter Assens", "Willemoesgade 15, 5610 Assens", "64 74 74 74", "assens.dk"),
    ("Roskilde Kommune", "Jobcenter Roskilde", "Køgevej 80, 4000 Roskilde", "46 31 30 00", "roskilde.dk"),
    ("Herning Kommune", "Jobcenter Herning", "Fredhøjvej 26, 7400 Herning", "96 28 28 28", "herning.dk"),
    ("Næstved Kommune", "Jobcenter Næstved", "Rådmandshaven 20, 4700 Næstved", "55 88 10 00", "naestved.dk"),
    ("Silkeborg Kommune", "Jobcenter Silkeborg", "Søvej 1, 8600 Silkeborg", "89 70 10 00", "silkeborg.dk"),
    ("Gribskov Kommune", "Center for Arbejdsmarked", "Rådhusvej 3, 3200 Helsinge", "72 49 60 00", "gribskov.dk"),
    ("Svendborg Kommune", "Jobcenter Svendborg", "Ramsherred 5, 5700 Svendborg", "62 23 30 00", "svendborg.dk"),
]
PROVIDERS = [
    ("Jobhuset ApS", "jobhuset.dk"), ("MentorKompagniet", "mentorkompagniet.dk"),
    ("Bro til Job I/S", "brotiljob.dk"), ("Vækstværkstedet", "vaekstvaerkstedet.dk"),
    ("Kompasset Mentorservice", "kompasset-mentor.dk"), ("Trin for Trin ApS", "trinfortrin.dk"),
]
FIRST = ["Anna", "Mads", "Fatima", "Jonas", "Louise", "Ahmed", "Camilla", "Kasper", "Sofie",
         "Emil", "Mette", "Rasmus", "Nadia", "Frederik", "Line", "Yusuf", "Ida", "Thomas",
         "Maja", "Peter", "Hanne", "Ali", "Signe", "Morten", "Zainab", "Henrik", "Julie", "Søren"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Poulsen", "Østergaard", "Abdi", "Yilmaz", "Lund", "Bech", "Holm", "Kjær"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

CLEAR_GOALS = [
    "{f} starter på SOSU-hjælperuddannelsen på ZBC i Slagelse 1. august 2026 og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik på lageret hos Bilka 15 timer om ugen senest 1. juni 2026, med henblik på løntilskud.",
    "{f} gennemfører FVU-dansk trin 2 på VUC og søger derefter optagelse på EUD lager og logistik.",
    "{f} har fast arbejde som chauffør i mindst 20 timer om ugen inden periodens udløb.",
    "{f} fastholder sit fleksjob hos Super Brugsen (12 timer om ugen) uden sygefravær ud over 2 dage pr. måned.",
    "{f} gennemfører første semester på pædagoguddannelsen på VIA og består eksamen i januar 2027.",
    "{f} starter på FGU (produktionsgrunduddannelsen, køkken) og har et fremmøde på mindst 80 %.",
    "{f} kommer i løntilskud som pedelmedhjælper i kommunen 25 timer om ugen fra maj 2026.",
    "At {f} gennemfører AMU-kurset i truckcertifikat og søger mindst to lagerjob om ugen.",
    "{f} bliver optaget på HF-enkeltfag (dansk og matematik) på VUC til august og møder op til undervisningen.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "At {f} får mere struktur på hverdagen og et bedre selvværd.",
    "{f} skal arbejde med sig selv og komme tættere på arbejdsmarkedet.",
    "Sikre at {f} har det godt og er motiveret.",
    "Hjælp til en mere stabil hverdag.",
]
TASKS = [
    "Følge {f} til praktikstedet de første to uger",
    "Ugentlig samtale om fremmøde, transport og søvn",
    "Hjælpe med at planlægge ugen og holde aftaler",
    "Være kontakt til praktikvejlederen ved fravær",
    "Hjælpe med at åbne og forstå digital post",
    "Hjælpe med kontakt til SU-kontoret og studievejlederen",
    "Øve jobsamtaler og gennemgå ansøgninger",
    "Følges til møder hos læge og misbrugscenter, når det har betydning for praktikken",
    "Hjælpe med at finde bustider og øve turen til skolen",
]
HOURS = ["3 timer pr. uge", "2 timer om ugen", "1½ time om ugen", "8 timer om måneden",
         "to timer ugentligt", "4 t/uge", "2-3 timer pr. uge", "halvanden time om ugen",
         "24 mentortimer i perioden"]
VAGUE_HOURS = ["efter behov", "et par timer om ugen", "løbende efter aftale"]
FOLLOWUPS = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned. Evaluering 14 dage før støtten ophører.",
    "Vi følger op hver 4. uge. Delmål: fremmøde mindst 4 dage om ugen fra april.",
    "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør, sammen med {f}.",
    "Mentor sender en kort status til sagsbehandler hver anden uge. Progression måles på fremmøde og antal ansøgninger.",
    "Opfølgningssamtale i jobcentret hver 6. uge, hvor delmålene gennemgås.",
]


def fmt_date(d: date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month}-{d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"
    return d.isoformat()


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def cpr(r: random.Random) -> str:
    d = date(1970, 1, 1) + timedelta(days=r.randint(0, 365 * 36))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{r.randint(1000, 9999)}"


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def phone(r):
    return f"{r.randint(20, 61)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"


def make_case(r: random.Random) -> dict:
    muni = r.choice(MUNIS)
    prov = r.choice(PROVIDERS)
    cf, cl = person(r)
    mf, ml = person(r)
    sf, sl = person(r)
    while mf == cf:
        mf = r.choice(FIRST)
    start = date(2026, r.randint(1, 9), r.choice([1, 1, 1, 15, r.randint(2, 27)]))
    months = r.choice([3, 4, 6, 6, 6])
    end = add_months(start, months) - timedelta(days=1)
    c = {
        "muni": muni, "prov": prov, "cit": (cf, cl), "mentor": (mf, ml),
        "sb": (sf, sl), "sb_phone": muni[3][:6] + f"{r.randint(10, 99)} {r.randint(10, 99)}",
        "m_phone": phone(r), "m_mail": f"{mf.lower()}.{ml.lower()[:3]}@{prov[1]}".replace("ø", "oe").replace("å", "aa").replace("æ", "ae"),
        "start": start, "end": end, "months": months, "dstyle": r.randint(0, 4),
        "goal": r.choice(CLEAR_GOALS).format(f=cf),
        "tasks": [t.format(f=cf) for t in r.sample(TASKS, r.randint(2, 4))],
        "hours": r.choice(HOURS), "follow": r.choice(FOLLOWUPS).format(f=cf),
        "appeal": "full", "cpr": cpr(r) if r.random() < 0.27 else None,
        "sagsnr": f"{r.randint(10, 99)}.{r.randint(10, 99)}.{r.randint(10, 99)}-A{r.randint(10, 99)}-{r.randint(1, 999)}-{r.randint(20, 26)}",
        "letter_date": start - timedelta(days=r.randint(3, 20)),
        "mentor_contact": True, "rules": set(), "extras": set(), "traits": [],
    }
    return c


AGREEMENT_DEFECTS = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
                     "missing-follow-up", "missing-hours", "missing-appeal-guidance", "duration-over-6-months"]
MINPLAN_DEFECTS = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
                   "missing-hours", "duration-over-6-months"]
DECISION_DEFECTS = ["missing-appeal-guidance", "duration-over-6-months", "missing-appeal-guidance"]


def apply_defect(c: dict, d: str, r: random.Random) -> None:
    if d == "duration-over-6-months" and c["start"] is None:
        return  # no period on the paper, so nothing to be too long
    if d == "missing-duration" and "duration-over-6-months" in c["rules"]:
        return
    c["rules"].add(d)
    c["traits"].append("defect:" + d)
    if d == "missing-goal":
        c["goal"] = r.choice([None, "Udfyldes senere", "-", ""])
    elif d == "unclear-goal":
        c["goal"] = r.choice(UNCLEAR_GOALS).format(f=c["cit"][0])
    elif d == "missing-mentor":
        c["mentor_contact"] = False  # name only, no phone or mail
    elif d == "missing-tasks":
        c["tasks"] = r.choice([None, ["Udfyldes senere"], ["-"]])
    elif d == "missing-duration":
        c["start"] = c["end"] = None
    elif d == "missing-follow-up":
        c["follow"] = r.choice([None, "-"])
    elif d == "missing-hours":
        c["hours"] = r.choice(VAGUE_HOURS + [None])
    elif d == "missing-appeal-guidance":
        c["appeal"] = r.choice(["none", "vague"])
    elif d == "duration-over-6-months":
        c["months"] = r.choice([8, 9, 12])
        c["end"] = add_months(c["start"], c["months"]) - timedelta(days=1)


def period_text(c, r) -> str | None:
    if c["start"] is None:
        return None
    s, e = fmt_date(c["start"], c["dstyle"]), fmt_date(c["end"], c["dstyle"])
    return r.choice([f"{s} – {e}", f"{s} til {e}", f"fra {s} til og med {e}", f"{s} - {e}"])


def appeal_text(c, r, agreement=False) -> str | None:
    muni, jc = c["muni"][0], c["muni"][1]
    if c["appeal"] == "none":
        return None
    if c["appeal"] == "vague":
        return r.choice(["Du kan klage over afgørelsen.",
                         "Hvis du er uenig, kan du tage det op med din sagsbehandler.",
                         "Du har mulighed for at klage, se vedlagte pjece."])
    if c["appeal"] == "direct":
        return (f"Hvis du ikke er enig i afgørelsen, kan du klage direkte til Ankestyrelsen, "
                f"Teglholmsgade 3, 2450 København SV, inden 4 uger fra du har modtaget dette brev. Du kan klage via borger.dk.")
    return r.choice([
        f"Hvis du ikke er enig i afgørelsen, skal du klage til {muni} inden fire uger fra du har modtaget den. "
        f"Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen fastholder "
        f"sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
        f"Du kan klage over afgørelsen. Klagen skal være modtaget i {jc} senest 4 uger efter, at du har fået "
        f"afgørelsen. Du kan klage skriftligt eller mundtligt. Vi vurderer sagen igen, og hvis vi fastholder "
        f"afgørelsen, sender vi klagen og sagens akter til Ankestyrelsen, jf. lov om en aktiv "
        f"beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.",
        f"Klage over afgørelsen sendes til {jc}, {c['muni'][2]}, inden 4 uger. Jobcentret genvurderer "
        f"afgørelsen, og fastholdes den, videresendes klagen til Ankestyrelsens Beskæftigelsesudvalg.",
    ])


# ----------------------------------------------------------------------------- drawing helpers
class Signature(Flowable):
    """Signature lines with a drawn scribble (the hand-signed part of the paper)."""

    def __init__(self, labels, r: random.Random, signed=(True, True), date_txt=""):
        super().__init__()
        self.labels, self.r, self.signed, self.date_txt = labels, r, signed, date_txt
        self.width, self.height = 170 * mm, 26 * mm
        self.seeds = [r.random() for _ in range(40)]

    def wrap(self, aw, ah):
        self.step = min(88 * mm, aw / len(self.labels))
        self.width = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        r = random.Random(self.seeds[0])
        for i, lab in enumerate(self.labels):
            x = i * self.step
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.5)
            c.line(x, 8 * mm, x + self.step - 10 * mm, 8 * mm)
            c.setFont("dejavu", 7.5)
            c.drawString(x, 4.5 * mm, lab)
            if self.signed[i] if i < len(self.signed) else True:
                ink = r.choice([(0.08, 0.12, 0.45), (0.05, 0.05, 0.1), (0.1, 0.2, 0.55)])
                c.setStrokeColorRGB(*ink)
                c.setLineWidth(r.uniform(0.8, 1.4))
                p = c.beginPath()
                px, py = x + r.uniform(3, 10) * mm, 10 * mm
                p.moveTo(px, py)
                for _ in range(r.randint(3, 5)):
                    nx = px + r.uniform(5, 14) * mm
                    p.curveTo(px + r.uniform(-4, 8) * mm, py + r.uniform(3, 14) * mm,
                              nx - r.uniform(0, 8) * mm, py - r.uniform(2, 8) * mm,
                              nx, py + r.uniform(-2, 5) * mm)
                    px = nx
                c.drawPath(p)
                if self.date_txt:
                    c.setFont("dejavu", 9)
                    c.drawString(x + 40 * mm, 1 * mm - 4, "")


def stamp(canvas, r: random.Random, text: str, x: float, y: float):
    canvas.saveState()
    canvas.setStrokeColorRGB(0.7, 0.12, 0.15)
    canvas.setFillColorRGB(0.7, 0.12, 0.15)
    canvas.translate(x, y)
    canvas.rotate(r.uniform(-12, 12))
    canvas.setLineWidth(1.6)
    canvas.roundRect(0, 0, 52 * mm, 17 * mm, 3 * mm)
    canvas.setFont("dejavu-b", 11)
    canvas.drawCentredString(26 * mm, 10.5 * mm, "MODTAGET")
    canvas.setFont("dejavu", 9)
    canvas.drawCentredString(26 * mm, 4 * mm, text)
    canvas.restoreState()


def scribble_note(canvas, r: random.Random, x, y):
    """A handwritten margin mark: a tick and a loop, as a caseworker leaves on paper."""
    canvas.saveState()
    canvas.setStrokeColorRGB(0.1, 0.15, 0.5)
    canvas.setLineWidth(1.2)
    p = canvas.beginPath()
    p.moveTo(x, y)
    p.lineTo(x + 3 * mm, y - 4 * mm)
    p.lineTo(x + 9 * mm, y + 6 * mm)
    canvas.drawPath(p)
    p = canvas.beginPath()
    p.moveTo(x + 12 * mm, y)
    for _ in range(3):
        p.curveTo(x + r.uniform(12, 24) * mm, y + r.uniform(2, 8) * mm, x + r.uniform(14, 26) * mm,
                  y - r.uniform(2, 6) * mm, x + r.uniform(16, 30) * mm, y + r.uniform(-1, 2) * mm)
    canvas.drawPath(p)
    canvas.restoreState()


class Styles:
    def __init__(self, font: str, size: float):
        self.font = font
        self.body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=4)
        self.small = ParagraphStyle("s", parent=self.body, fontSize=size - 1.5, leading=(size - 1.5) * 1.3)
        self.right = ParagraphStyle("r", parent=self.small, alignment=TA_RIGHT)
        self.h1 = ParagraphStyle("h1", fontName=font + "-b", fontSize=size + 5, leading=size + 9, spaceAfter=8, spaceBefore=4)
        self.h2 = ParagraphStyle("h2", fontName=font + "-b", fontSize=size + 1, leading=size + 4, spaceBefore=7, spaceAfter=2)
        self.cell = ParagraphStyle("c", parent=self.body, spaceAfter=0)
        self.cellb = ParagraphStyle("cb", parent=self.cell, fontName=font + "-b")


def P(t, st):
    return Paragraph(escape(t).replace("\n", "<br/>"), st)


def build_pdf(path: Path, story_first, r: random.Random, c: dict, sidebar=None, two_col=False,
              stamp_txt=None, note=False):
    """Lay out pages: letterhead on page 1, optional right information column, optional 2 columns."""
    W, H = A4
    muni = c["muni"]

    def on_first(canvas, doc):
        canvas.saveState()
        canvas.setFont("dejavu-b", 13)
        canvas.drawString(20 * mm, H - 18 * mm, c.get("letterhead", muni[0]))
        canvas.setFont("dejavu", 8)
        canvas.drawString(20 * mm, H - 23 * mm, c.get("letterhead_sub", muni[1] + " · " + muni[2]))
        canvas.setLineWidth(0.6)
        canvas.line(20 * mm, H - 26 * mm, W - 20 * mm, H - 26 * mm)
        canvas.setFont("dejavu", 7)
        canvas.drawString(20 * mm, 12 * mm, c.get("footer", f"{muni[0]} · {muni[2]} · Tlf. {muni[3]} · www.{muni[4]}"))
        canvas.drawRightString(W - 20 * mm, 12 * mm, f"Side {doc.page}")
        if stamp_txt:
            stamp(canvas, r, stamp_txt, r.uniform(110, 135) * mm, r.uniform(235, 258) * mm)
        if note:
            scribble_note(canvas, r, r.uniform(170, 185) * mm, r.uniform(80, 200) * mm)
        canvas.restoreState()

    def on_later(canvas, doc):
        canvas.saveState()
        canvas.setFont("dejavu", 7)
        canvas.drawString(20 * mm, 12 * mm, c.get("footer", f"{muni[0]} · Tlf. {muni[3]}"))
        canvas.drawRightString(W - 20 * mm, 12 * mm, f"Side {doc.page}")
        canvas.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=32 * mm, bottomMargin=20 * mm)
    full = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 52 * mm, id="full")
    later = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="later")
    templates = []
    if sidebar:
        main = Frame(20 * mm, 20 * mm, 122 * mm, H - 52 * mm, id="main")
        side = Frame(147 * mm, 150 * mm, 43 * mm, H - 182 * mm, id="side")
        templates.append(PageTemplate("first", [side, main], onPage=on_first))
        story = [Paragraph(x, c["styles"].right) if isinstance(x, str) else x for x in sidebar]
        story += [FrameBreak(), NextPageTemplate("later")] + story_first
    elif two_col:
        colw = (W - 46 * mm) / 2
        f1 = Frame(20 * mm, 20 * mm, colw, H - 52 * mm, id="c1")
        f2 = Frame(26 * mm + colw, 20 * mm, colw, H - 52 * mm, id="c2")
        templates.append(PageTemplate("first", [f1, f2], onPage=on_first))
        story = [NextPageTemplate("later2")] + story_first
        templates.append(PageTemplate("later2", [Frame(20 * mm, 20 * mm, colw, H - 42 * mm),
                                                 Frame(26 * mm + colw, 20 * mm, colw, H - 42 * mm)],
                                      onPage=on_later))
    else:
        templates.append(PageTemplate("first", [full], onPage=on_first))
        story = [NextPageTemplate("later")] + story_first
    templates.append(PageTemplate("later", [later], onPage=on_later))
    doc.addPageTemplates(templates)
    doc.build(story)


def grid(rows, st: Styles, widths=(50 * mm, 120 * mm), shade=True):
    data = [[P(a, st.cellb), P(b, st.cell) if isinstance(b, str) else b] for a, b in rows]
    t = Table(data, colWidths=list(widths))
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if shade:
        style.append(("BACKGROUND", (0, 0), (0, -1), colors.Color(0.88, 0.88, 0.88)))
    t.setStyle(TableStyle(style))
    return t


def mentor_line(c) -> str:
    mf, ml = c["mentor"]
    s = f"{mf} {ml}, {c['prov'][0]}"
    if c["mentor_contact"]:
        s += f", tlf. {c['m_phone']}, {c['m_mail']}"
    return s


def tasks_text(c, bullet="• ") -> str | None:
    if c["tasks"] is None:
        return None
    if len(c["tasks"]) == 1:
        return c["tasks"][0]
    return "\n".join(bullet + t for t in c["tasks"])


def val(x, r, empty_choice=("", "Udfyldes senere", "-")):
    return x if x not in (None,) else r.choice(empty_choice)


# ----------------------------------------------------------------------------- document writers
def citizen_rows(c):
    rows = [("Borger", f"{c['cit'][0]} {c['cit'][1]}")]
    if c["cpr"]:
        rows.append(("CPR-nr.", c["cpr"]))
    return rows


def agreement_table(c, r, st):
    """Label/value table, the commonest printed agreement form."""
    labels = r.choice([
        ("Målet med mentorstøtten", "Mentor (navn og kontaktdata)", "Mentorens opgaver", "Varighed",
         "Opfølgning og mål for progression", "Timetal"),
        ("Formål", "Mentor", "Hvad skal mentor hjælpe med?", "Periode", "Opfølgning", "Antal timer"),
        ("Mål for forløbet", "Mentors kontaktdata", "Indsatsområder", "Aftalens varighed",
         "Evaluering", "Timer pr. uge"),
    ])
    st_ = c["styles"]
    story = [P(r.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorstøtte efter LAB § 167"]), st_.h1)]
    story.append(P(f"Aftalen er indgået mellem {c['cit'][0]} {c['cit'][1]} og {c['muni'][1]}. "
                   f"Sagsbehandler: {c['sb'][0]} {c['sb'][1]}, tlf. {c['sb_phone']}.", st_.body))
    rows = citizen_rows(c)
    rows += [(labels[0], val(c["goal"], r)), (labels[1], mentor_line(c)),
             (labels[2], val(tasks_text(c), r)), (labels[3], val(period_text(c, r), r, ("", "Udfyldes senere"))),
             (labels[4], val(c["follow"], r, ("", "-"))), (labels[5], val(c["hours"], r, ("", "-")))]
    if r.random() < 0.3:  # a drop-out row left empty by design, as on real forms
        rows.insert(r.randint(2, 5), ("Bemærkninger", ""))
    story.append(grid(rows, st_))
    story.append(Spacer(1, 6))
    ap = appeal_text(c, r, agreement=True)
    if ap:
        story += [P(r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"]), st_.h2), P(ap, st_.body)]
    story += [Spacer(1, 14), P(f"{c['muni'][0].split()[0]}, den {fmt_date(c['letter_date'], 0)}", st_.body),
              Signature(["Borgerens underskrift", "Mentor / jobcentret"], r, signed=(True, r.random() < 0.8))]
    return story


def agreement_headings(c, r, st):
    st_ = c["styles"]
    numbered = r.random() < 0.5
    heads = r.choice([
        ["Mål", "Din mentor", "Mentorens opgaver", "Periode", "Opfølgning", "Timetal"],
        ["Borgerens mål", "Mentorens navn og kontaktdata", "Det skal mentor hjælpe med",
         "Varighed", "Sådan følger vi op", "Omfang"],
        ["Vi har aftalt følgende mål for forløbet:", "Kontaktoplysninger på mentor",
         f"{c['mentor'][0]} skal hjælpe dig med:", "Hvornår?", "Opfølgning og progression", "Hvor mange timer?"],
    ])
    story = [P("Aftale om mentorstøtte", st_.h1)]
    intro = f"Navn: {c['cit'][0]} {c['cit'][1]}"
    if c["cpr"]:
        intro += f"    Cpr.nr.: {c['cpr']}"
    story.append(P(intro, st_.body))
    story.append(P(f"Du har sammen med din sagsbehandler {c['sb'][0]} {c['sb'][1]} aftalt, at du får en mentor. "
                   f"Her står, hvad I har aftalt.", st_.body))
    values = [c["goal"], mentor_line(c), tasks_text(c, "- "), period_text(c, r), c["follow"], c["hours"]]
    for i, (h, v) in enumerate(zip(heads, values)):
        if v is None and r.random() < 0.5:
            continue  # the section is simply not there
        story.append(P((f"{i + 1}. " if numbered else "") + h, st_.h2))
        story.append(P(val(v, r), st_.body))
    ap = appeal_text(c, r, agreement=True)
    if ap:
        story += [P("Klagevejledning", st_.h2), P(ap, st_.small)]
    story += [Spacer(1, 16), Signature(["Dato og underskrift, borger", "Dato og underskrift, mentor"], r)]
    return story


def agreement_prose(c, r, st):
    """A letter-style agreement: the fields are sentences."""
    st_ = c["styles"]
    f = c["cit"][0]
    story = [P(f"Kære {f}", st_.body), P("Aftale om mentorstøtte", st_.h1)]
    parts = []
    if c["goal"] and c["goal"] not in ("-", "Udfyldes senere"):
        parts.append(r.choice([f"Målet med mentorstøtten er, at {c['goal'][0].lower() + c['goal'][1:]}",
                               f"Vi har aftalt dette mål: {c['goal']}"]))
    mf, ml = c["mentor"]
    if c["mentor_contact"]:
        parts.append(f"Din mentor er {mf} {ml} fra {c['prov'][0]}. Du kan ringe til {mf} på {c['m_phone']} "
                     f"eller skrive til {c['m_mail']}.")
    else:
        parts.append(f"Din mentor er {mf} {ml} fra {c['prov'][0]}.")
    if c["tasks"] and c["tasks"][0] not in ("-", "Udfyldes senere"):
        parts.append(f"{mf} skal hjælpe dig med at " + ", ".join(t[0].lower() + t[1:] for t in c["tasks"][:-1])
                     + " og " + c["tasks"][-1][0].lower() + c["tasks"][-1][1:] + ".")
    if c["start"]:
        parts.append(f"Mentorstøtten gælder i perioden {period_text(c, r)}.")
    if c["hours"] in VAGUE_HOURS:
        parts.append(f"I mødes {c['hours']}.")
    elif c["hours"]:
        parts.append(f"{mf} har {c['hours']} til dig.")
    if c["follow"] and c["follow"] != "-":
        parts.append(c["follow"])
    for p in parts:
        story.append(P(p, st_.body))
    ap = appeal_text(c, r, agreement=True)
    if ap:
        story += [P("Hvis du vil klage", st_.h2), P(ap, st_.body)]
    story += [P("Med venlig hilsen", st_.body), P(f"{c['sb'][0]} {c['sb'][1]}\nSagsbehandler, {c['muni'][1]}\n"
                                                   f"Direkte tlf. {c['sb_phone']}", st_.body),
              Spacer(1, 10), P("Jeg er indforstået med aftalen:", st_.small),
              Signature(["Borgerens underskrift"], r)]
    return story


def sidebar_info(c, r):
    sb = c["sb"]
    items = [f"<b>{escape(c['muni'][1])}</b>", escape(c["muni"][2]), "&nbsp;",
             f"Dato: {fmt_date(c['letter_date'], r.choice([0, 1]))}", f"Sagsnr.: {c['sagsnr']}", "&nbsp;",
             f"Sagsbehandler:<br/>{escape(sb[0] + ' ' + sb[1])}", f"Direkte tlf.: {c['sb_phone']}",
             f"{sb[0].lower()}@{c['muni'][4]}".replace("ø", "oe").replace("æ", "ae").replace("å", "aa")]
    return items


def decision(c, r, st, bilag: bool):
    st_ = c["styles"]
    f, l = c["cit"]
    story = [P(f"{f} {l}\n{r.choice(['Skovvej', 'Bygaden', 'Ringstedvej', 'Parkvej'])} {r.randint(1, 80)}\n"
               f"{c['muni'][2].split(',')[1].strip()}", st_.body), Spacer(1, 10)]
    if c["cpr"]:
        story.append(P(f"Cpr-nr.: {c['cpr']}", st_.small))
    grant = c.get("grant", "full")
    story.append(P(r.choice(["Afgørelse om mentorstøtte", "Du får bevilget mentorstøtte",
                             "Bevilling af mentorstøtte"]) if grant != "refusal" else "Afslag på mentorstøtte", st_.h1))
    if grant == "refusal":
        story.append(P(f"Du har søgt om mentorstøtte. Vi har besluttet, at du ikke kan få mentorstøtte.", st_.body))
    else:
        pt = period_text(c, r)
        hours = c["hours"] or "2 timer om ugen"
        story.append(P(f"{c['muni'][1]} har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 "
                       f"i perioden {pt}. Støtten er på {hours}.", st_.body))
        if grant == "partial":
            story.append(P(f"Du søgte om mentorstøtte i {c.get('asked', 9)} måneder. Du får bevilget en kortere periode.", st_.body))
        story.append(P(f"Din mentor bliver {c['mentor'][0]} {c['mentor'][1]} fra {c['prov'][0]}, som kontakter dig inden opstart.", st_.body))
    if c.get("reasons", True) and grant != "full":
        story += [P("Begrundelse", st_.h2),
                  P(r.choice([
                      "Vi har lagt vægt på, at du efter en periode med sygdom har brug for støtte til at komme i gang "
                      "med praktikken, men vi vurderer, at behovet kan dækkes inden for en periode på højst 6 måneder, "
                      "jf. § 167, stk. 1. Derefter vurderer vi sagen igen.",
                      "Afgørelsen er truffet efter § 167 i lov om en aktiv beskæftigelsesindsats. Vi har lagt vægt på "
                      "oplysningerne fra din praktikvejleder og på, at du selv har sagt, at du har brug for hjælp til "
                      "struktur i hverdagen.",
                  ]), st_.body)]
    elif grant == "full" and r.random() < 0.5:
        story.append(P("Du har fået fuldt ud medhold i din ansøgning, og afgørelsen skal derfor ikke begrundes nærmere.", st_.small))
    ap = appeal_text(c, r)
    if ap:
        story += [P(r.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"]), st_.h2), P(ap, st_.body)]
    story += [P("Venlig hilsen", st_.body), P(f"{c['sb'][0]} {c['sb'][1]}\nSagsbehandler", st_.body),
              Signature([f"{c['sb'][0]} {c['sb'][1]}"], r)]
    if bilag:
        c2 = dict(c)
        story += [PageBreak(), P("Bilag 1: Aftale om mentorstøtte", st_.h1)]
        rows = citizen_rows(c) + [("Mål", c["goal"]), ("Mentor", mentor_line(c)), ("Opgaver", tasks_text(c)),
                                  ("Periode", period_text(c, r)), ("Opfølgning", c["follow"]), ("Timer", c["hours"])]
        story.append(grid(rows, st_))
        story += [Spacer(1, 8), P("Klagevejledning: se afgørelsen side 1.", st_.small), Spacer(1, 12),
                  Signature(["Borger", "Mentor"], r)]
        del c2
    return story


def minplan(c, r, st, style: str):
    st_ = c["styles"]
    f, l = c["cit"]
    now = c["letter_date"] + timedelta(days=r.randint(1, 30))
    story = [P("Min Plan", st_.h1),
             P(f"{f} {l}" + (f" · {c['cpr']}" if c["cpr"] else "") +
               f"\nUdskrevet {now.day:02d}.{now.month:02d}.{now.year} kl. {r.randint(8, 15)}:{r.randint(10, 59)}", st_.small)]
    if style == "cards" and r.random() < 0.6:
        # another activity in the plan, with its own period, hours and contact person
        oth_s = c["letter_date"] - timedelta(days=40)
        story += [P("Virksomhedspraktik", st_.h2),
                  grid([("Sted", r.choice(["Netto, Storegade", "Plantorama", "Genbrugspladsen"])),
                        ("Start", f"{oth_s.day:02d}.{oth_s.month:02d}.{oth_s.year}"),
                        ("Slut", f"{(oth_s + timedelta(days=91)).strftime('%d.%m.%Y')}"),
                        ("Timer", "15 timer pr. uge"),
                        ("Kontaktperson", f"{r.choice(FIRST)} {r.choice(LAST)}, tlf. {phone(r)}")], st_)]
    title = r.choice(["Mentorstøtte (§ 167)", "Mentor", "Aktivitet: Mentorstøtte"])
    story.append(P(title, st_.h2))
    labels = r.choice([
        ("Formål med mentorstøtten", "Mentor", "Mentors opgaver", "Periode", "Timetal"),
        ("Mål", "Mentorens navn og kontaktdata", "Hvad skal mentor hjælpe med", "Start – slut", "Timer pr. uge"),
    ])
    rows = [(labels[0], val(c["goal"], r)), (labels[1], mentor_line(c)), (labels[2], val(tasks_text(c), r)),
            (labels[3], val(period_text(c, r), r, ("", "-"))), (labels[4], val(c["hours"], r, ("", "-")))]
    story.append(grid(rows, st_, widths=(55 * mm, 115 * mm), shade=style == "cards"))
    if r.random() < 0.5 and "defect:missing-goal" not in c["traits"]:
        story += [P("Mit mål", st_.h2), P(r.choice(["Job inden for lager", "Uddannelse", "Ordinært job"]), st_.body)]
    story += [Spacer(1, 6), P("Planen er gennemgået med borgeren. Kopi udleveret.", st_.small),
              Signature(["Borger", "Sagsbehandler"], r)]
    return story


def unknown_doc(c, r, st, sub: str):
    st_ = c["styles"]
    f, l = c["cit"]
    mf, ml = c["mentor"]
    if sub == "faktura":
        c["letterhead"] = c["prov"][0]
        c["letterhead_sub"] = f"CVR {r.randint(10000000, 99999999)} · www.{c['prov'][1]}"
        c["footer"] = f"{c['prov'][0]} · Bank: Reg. {r.randint(1000, 9999)} Konto {r.randint(1000000, 9999999)}"
        m = r.randint(1, 9)
        h = r.randint(6, 20)
        story = [P(f"FAKTURA nr. 2026-{r.randint(100, 999)}", st_.h1),
                 P(f"Til: {c['muni'][0]}\n{c['muni'][1]}\nAtt.: {c['sb'][0]} {c['sb'][1]}\nEAN: 5798{r.randint(100000000, 999999999)}", st_.body),
                 P(f"Fakturadato: {fmt_date(date(2026, m + 1, 3), 1)}", st_.body),
                 grid([("Ydelse", "Beløb"),
                       (f"Mentorforløb, borger {f[0]}.{l[0]}., {MONTHS[m - 1]} 2026, mentor {mf} {ml}: {h} timer á 475,00 kr.", f"{h * 475:,.2f} kr.".replace(",", "X").replace(".", ",").replace("X", ".")),
                       ("Kørsel 42 km á 3,79 kr.", "159,18 kr."),
                       ("Moms 25 %", f"{(h * 475 + 159.18) * 0.25:.2f} kr.".replace(".", ","))], st_,
                      widths=(125 * mm, 45 * mm)),
                 Spacer(1, 8), P("Betalingsbetingelser: netto 30 dage. Ved spørgsmål kontakt bogholderiet på "
                                 f"faktura@{c['prov'][1]}.", st_.small)]
        return story
    if sub == "referat":
        story = [P("Referat – statusmøde om mentorforløb", st_.h1),
                 P(f"Dato: {fmt_date(c['letter_date'], 0)}" + (f"\nBorgers cpr.: {c['cpr']}" if c["cpr"] else "") + f"\nDeltagere: {f} {l}, mentor {mf} {ml} ({c['prov'][0]}), "
                   f"sagsbehandler {c['sb'][0]} {c['sb'][1]}", st_.body),
                 P("1. Hvordan går det?", st_.h2),
                 P(f"{f} fortæller, at praktikken går bedre. Fremmødet har været 3-4 dage om ugen. Der har været "
                   f"problemer med transporten, som {mf} har hjulpet med.", st_.body),
                 P("2. Næste skridt", st_.h2),
                 P(f"Det blev aftalt, at {f} søger to stillinger inden næste møde. Mentor følger op i næste uge.", st_.body),
                 P("3. Eventuelt", st_.h2), P("Intet.", st_.body),
                 P(f"Næste møde: {fmt_date(c['letter_date'] + timedelta(days=28), 0)} kl. 10.00 i jobcentret.", st_.body),
                 P(f"Referent: {c['sb'][0]} {c['sb'][1]}", st_.small)]
        return story
    if sub == "statusrapport":
        c["letterhead"] = c["prov"][0]
        c["letterhead_sub"] = f"Mentorservice · www.{c['prov'][1]}"
        story = [P("Statusrapport fra mentor", st_.h1),
                 grid([("Borger", f"{f} {l}" + (f", cpr. {c['cpr']}" if c["cpr"] else "")), ("Mentor", f"{mf} {ml}, tlf. {c['m_phone']}"),
                       ("Rapportperiode", f"{MONTHS[c['letter_date'].month - 1]} 2026"),
                       ("Anvendte timer", f"{r.randint(6, 14)} timer")], st_),
                 P("Forløbet indtil nu", st_.h2),
                 P(f"{f} har mødt stabilt op til aftalerne. Vi har arbejdet med at holde struktur i ugen og med "
                   f"transporten til praktikstedet. {f} virker mere tryg ved situationen.", st_.body),
                 P("Vurdering og anbefaling", st_.h2),
                 P("Jeg anbefaler, at forløbet fortsætter som planlagt, og at der ved næste møde tales om løntilskud.", st_.body),
                 Spacer(1, 10), Signature([f"{mf} {ml}, mentor"], r)]
        return story
    if sub == "indkaldelse":
        t = c["letter_date"] + timedelta(days=9)
        story = [P(f"Kære {f} {l}", st_.body), P("Indkaldelse til samtale", st_.h1),
                 P(f"Du er indkaldt til en samtale om din plan og om muligheden for mentorstøtte "
                   f"{fmt_date(t, 0)} kl. {r.randint(9, 14)}.00 hos {c['muni'][1]}, {c['muni'][2]}.", st_.body),
                 P("Hvis du er forhindret, skal du ringe til os hurtigst muligt. Tag gerne en bisidder med.", st_.body),
                 P("Med venlig hilsen", st_.body), P(f"{c['sb'][0]} {c['sb'][1]}, tlf. {c['sb_phone']}", st_.body)]
        return story
    if sub == "pjece":
        story = [P("Hvad er mentorstøtte?", st_.h1),
                 P("En mentor er en person, der kan hjælpe dig med at komme i gang med eller holde fast i et job, "
                   "en uddannelse eller et tilbud. Mentorstøtte gives efter lov om en aktiv beskæftigelsesindsats "
                   "§ 167 i højst 6 måneder ad gangen.", st_.body),
                 P("Hvad står der i en aftale?", st_.h2),
                 P("Når du får en mentor, laver vi en skriftlig aftale med dig. Den indeholder:\n"
                   "• målet med mentorstøtten\n• mentorens navn og kontaktdata\n• hvilke opgaver mentoren skal hjælpe med\n"
                   "• varigheden og hvordan vi følger op\n• hvor mange timer om ugen\n• klagevejledning", st_.body),
                 P("Hvem kan få en mentor?", st_.h2),
                 P("Alle der er ledige eller sygemeldte og har brug for ekstra støtte, fx unge under uddannelse, "
                   "personer i fleksjob og borgere, der skal i praktik.", st_.body),
                 P("Kan jeg klage?", st_.h2),
                 P("Ja. Du kan klage over en afgørelse om mentorstøtte til kommunen inden 4 uger. Kommunen genvurderer "
                   "sagen, og hvis afgørelsen fastholdes, sendes klagen til Ankestyrelsen.", st_.body),
                 P("Vil du vide mere?", st_.h2),
                 P(f"Kontakt {c['muni'][1]} på tlf. {c['muni'][3]} eller læs mere på www.{c['muni'][4]}.", st_.body)]
        return story
    raise ValueError(sub)


# ----------------------------------------------------------------------------- degradation and OCR
def degrade(img: Image.Image, mode: str, r: random.Random) -> Image.Image:
    white = 255
    if mode == "photo":
        img = img.convert("RGB")
        img = img.rotate(r.uniform(-3.2, 3.2), resample=Image.BICUBIC, expand=True, fillcolor=(70, 64, 58))
        g = Image.linear_gradient("L").resize(img.size).rotate(r.choice([0, 90, 180, 270]))
        k = r.uniform(0.25, 0.4)
        g = g.point(lambda p: 255 - int(p * k))
        img = ImageChops.multiply(img, Image.merge("RGB", [g, g, g]))
        img = ImageChops.multiply(img, Image.new("RGB", img.size, (255, 245, 225)))
        img = img.filter(ImageFilter.GaussianBlur(r.uniform(0.7, 1.2)))
        n = Image.effect_noise(img.size, r.uniform(8, 14)).convert("RGB")
        return ImageChops.add(img, n, 1, -128)
    img = img.convert("L")
    if mode == "fax":
        img = img.rotate(r.uniform(-1.0, 1.0), resample=Image.BICUBIC, expand=False, fillcolor=white)
        img = img.filter(ImageFilter.GaussianBlur(r.uniform(0.4, 0.8)))
        img = ImageChops.add(img, Image.effect_noise(img.size, r.uniform(14, 24)), 1, -128)
        thr = r.randint(135, 175)
        img = img.point(lambda p: 255 if p > thr else 0)
        d = ImageDraw.Draw(img)
        for _ in range(r.randint(200, 700)):
            x, y = r.randrange(img.size[0]), r.randrange(img.size[1])
            d.point((x, y), fill=0)
        # a streak from a dirty fax head
        x = r.randrange(img.size[0])
        d.line((x, 0, x + r.randint(-3, 3), img.size[1]), fill=0, width=1)
        return img.convert("1")
    img = img.rotate(r.uniform(-2.0, 2.0), resample=Image.BICUBIC, expand=False, fillcolor=white)
    if mode in ("lowcontrast", "copy"):
        img = ImageEnhance.Contrast(img).enhance(r.uniform(0.45, 0.7))
        img = ImageEnhance.Brightness(img).enhance(r.uniform(1.05, 1.2))
    img = img.filter(ImageFilter.GaussianBlur(r.uniform(0.3, 1.0)))
    img = ImageChops.add(img, Image.effect_noise(img.size, r.uniform(6, 16)), 1, -128)
    if mode == "copy":  # photocopy of a copy: a dark band where the lid did not close, toner specks
        d = ImageDraw.Draw(img)
        w, h = img.size
        band = r.randint(20, 60)
        d.rectangle((0, 0, band, h), fill=r.randint(40, 90))
        for _ in range(r.randint(300, 900)):
            x, y = r.randrange(w), r.randrange(h)
            d.ellipse((x, y, x + r.randint(1, 3), y + r.randint(1, 3)), fill=r.randint(0, 80))
    return img


def render_and_ocr(job: dict) -> dict:
    register_fonts()
    r = random.Random(job["seed"])
    out = Path(job["out"])
    tmp = Path(tempfile.mkdtemp(prefix="dd_"))
    try:
        src = Path(job["src_pdf"])
        pdf = pdfium.PdfDocument(str(src))
        imgs = []
        dpi = job["dpi"]
        for i in range(len(pdf)):
            img = pdf[i].render(scale=dpi / 72).to_pil()
            img = degrade(img, job["mode"], r)
            p = tmp / f"p{i:02d}"
            if job["mode"] == "fax":
                p = p.with_suffix(".png")
                img.save(p, dpi=(dpi, dpi))
            else:
                p = p.with_suffix(".jpg")
                img.convert("RGB" if job["mode"] == "photo" else "L").save(
                    p, quality=r.randint(45, 70) if job["mode"] == "photo" else r.randint(70, 85), dpi=(dpi, dpi))
            imgs.append(str(p))
        pdf.close()
        lst = tmp / "list.txt"
        lst.write_text("\n".join(imgs) + "\n")
        base = tmp / "ocr"
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        fmt = "pdf" if job["format"] == "pdf" else "txt"
        subprocess.run(["tesseract", str(lst), str(base), "-l", "dan", "--dpi", str(dpi), fmt],
                       check=True, capture_output=True, env=env, timeout=600)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(base) + "." + fmt, out)
        return {"path": job["rel"], "ok": True}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------- plan
PLAN = [("agreement", 38), ("decision", 24), ("minplan", 22), ("unknown", 16)]
UNKNOWN_SUBS = ["faktura", "faktura", "faktura", "referat", "referat", "referat", "statusrapport",
                "statusrapport", "statusrapport", "indkaldelse", "indkaldelse", "pjece", "pjece",
                "faktura", "referat", "statusrapport"]


def build_all(out: Path, jobs: int) -> None:
    register_fonts()
    rng = random.Random(SEED)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    srcdir = Path(tempfile.mkdtemp(prefix="dd_src_"))
    entries, work, seen = [], [], set()
    n = 0
    for kind, count in PLAN:
        for k in range(count):
            n += 1
            r = random.Random(rng.random())
            c = make_case(r)
            font = r.choice(list(FONTS))
            c["styles"] = st = Styles(font, r.choice([9.5, 10, 10.5, 11]))
            defect_p = r.random()
            sidebar, two_col, layout, subtype = None, False, "", kind
            if kind == "agreement":
                if defect_p < 0.36:
                    for d in r.sample(AGREEMENT_DEFECTS, 1 if r.random() < 0.8 else 2):
                        apply_defect(c, d, r)
                elif defect_p < 0.40:
                    c["appeal"] = "direct"
                    c["extras"].add("appeal-wrong-route")
                    c["traits"].append("appeal:direct-to-ankestyrelsen")
                layout = r.choice(["table", "table", "headings", "prose", "sidebar", "two-column"])
                if layout == "table":
                    story = agreement_table(c, r, st)
                elif layout == "headings":
                    story = agreement_headings(c, r, st)
                elif layout == "prose":
                    story = agreement_prose(c, r, st)
                elif layout == "sidebar":
                    story = agreement_headings(c, r, st)
                    sidebar = sidebar_info(c, r)
                else:
                    story = agreement_headings(c, r, st)
                    two_col = True
            elif kind == "decision":
                c["grant"] = r.choice(["full", "full", "partial", "partial"])
                if c["grant"] == "partial":
                    c["asked"] = r.choice([9, 12])
                    c["traits"].append("grant:partial")
                if defect_p < 0.34:
                    d = r.choice(DECISION_DEFECTS)
                    apply_defect(c, d, r)
                    if d == "duration-over-6-months":
                        c["grant"] = "full"
                elif defect_p < 0.42 and c["grant"] == "partial":
                    c["reasons"] = False
                    c["extras"].add("missing-reasons")
                    c["traits"].append("no-reasons")
                elif defect_p < 0.47:
                    c["appeal"] = "direct"
                    c["extras"].add("appeal-wrong-route")
                    c["traits"].append("appeal:direct-to-ankestyrelsen")
                bilag = r.random() < 0.3
                layout = "sidebar+bilag" if bilag else "sidebar"
                subtype = "decision-with-agreement" if bilag else "decision"
                sidebar = sidebar_info(c, r)
                story = decision(c, r, st, bilag)
            elif kind == "minplan":
                if defect_p < 0.36:
                    apply_defect(c, r.choice(MINPLAN_DEFECTS), r)
                layout = r.choice(["cards", "cards", "table"])
                c["letterhead"] = r.choice(["Jobnet – Min Plan", c["muni"][1], "Min Side · Jobnet"])
                c["letterhead_sub"] = "Udskrift"
                c["footer"] = r.choice(["https://www.jobnet.dk/min-side/min-plan", f"{c['muni'][1]} · Fagsystem"])
                story = minplan(c, r, st, layout)
            else:
                sub = UNKNOWN_SUBS[k % len(UNKNOWN_SUBS)]
                subtype, layout = sub, "letter"
                c["cpr"] = c["cpr"] if sub in ("referat", "statusrapport") else None
                if sub == "pjece":
                    two_col, layout = True, "two-column"
                story = unknown_doc(c, r, st, sub)
                c["traits"].append("not-a-mentor-document-kind")
            mode = r.choices(["scan", "lowcontrast", "fax", "photo", "copy"], [40, 18, 17, 12, 13])[0]
            dpi = {"fax": 200, "photo": r.choice([200, 240]), "copy": 300}.get(mode, r.choice([200, 300, 300]))
            fmt = "txt" if r.random() < 0.22 else "pdf"
            stamp_txt = None
            if r.random() < 0.3 and kind != "minplan":
                sd = c["letter_date"] + timedelta(days=r.randint(2, 9))
                stamp_txt = f"{sd.day}. {MON_ABBR[sd.month - 1].upper()} {sd.year}"
            src = srcdir / f"{n:03d}.pdf"
            build_pdf(src, story, r, c, sidebar=sidebar, two_col=two_col, stamp_txt=stamp_txt,
                      note=r.random() < 0.25)
            folder = {"agreement": "aftaler", "decision": "afgoerelser", "minplan": "minplan",
                      "unknown": "diverse"}[kind]
            name = r.choice([f"SCAN_{n:04d}", f"Scannet_2026{r.randint(1, 11):02d}{r.randint(1, 28):02d}_{r.randint(100000, 235959)}",
                             f"{kind[:3]}_{c['cit'][1].lower().replace('ø', 'oe').replace('æ', 'ae').replace('å', 'aa')}_{n}",
                             f"fax_{n:03d}" if mode == "fax" else f"dok{n:03d}"])
            rel = f"{folder}/{name}.{fmt}"
            if rel in seen:
                rel = f"{folder}/{name}_{n}.{fmt}"
            seen.add(rel)
            must = []
            if c["cpr"]:
                must = [c["cpr"], c["cpr"].replace("-", "")]
                c["traits"].append("cpr")
            c["traits"] += [f"scan:{mode}", f"dpi:{dpi}"] + (["stamp"] if stamp_txt else [])
            entry = {"path": rel, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                     "rules": sorted(c["rules"]), "extras": sorted(c["extras"]), "error": None,
                     "accept_errors": [], "must_not_contain": must, "traits": c["traits"]}
            if c.get("start") and kind != "unknown":
                entry["period"] = {"start": c["start"].isoformat(), "end": c["end"].isoformat()}
            entries.append(entry)
            work.append({"seed": r.random(), "src_pdf": str(src), "out": str(out / rel), "rel": rel,
                         "mode": mode, "dpi": dpi, "format": fmt})
    with ProcessPoolExecutor(jobs) as ex:
        for res in ex.map(render_and_ocr, work):
            print("ok", res["path"], flush=True)
    shutil.rmtree(srcdir, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="debug: stop after N documents")
    a = ap.parse_args(argv)
    if a.limit:
        global PLAN
        PLAN = [(k, min(n, a.limit)) for k, n in PLAN]
    build_all(a.out, a.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
