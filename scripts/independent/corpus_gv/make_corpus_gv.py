#!/usr/bin/env python3
"""Corpus GV: a large city jobcentre's yearly quality-audit sample of § 167 mentor case files.

Deterministic: python make_corpus_gv.py --out /work/corpora/gv [--seed 17]
Fictional municipality "Havnestad Kommune" (jobcentre until 31 Jan 2026, then "kommunen").
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december"]
MON3 = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

# ---------------------------------------------------------------- dates

def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def six_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fmt(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == "short":
        return f"{d.day}. {MON3[d.month-1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "slash2":
        return f"{d.day}/{d.month} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    raise ValueError(style)


# ---------------------------------------------------------------- people

FIRST = ["Mathias", "Amina", "Henrik", "Susanne", "Jonas", "Fatima", "Lise", "Mohammed", "Camilla",
         "Rasmus", "Nadia", "Tobias", "Birgitte", "Ali", "Sofie", "Kenneth", "Yasmin", "Peter",
         "Maja", "Omar", "Jeanette", "Frederik", "Hiba", "Lars", "Emma", "Dennis", "Zainab",
         "Morten", "Ida", "Bilal", "Trine", "Kasper", "Leyla", "Anders", "Mette", "Ahmad"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Hussein", "Yilmaz", "Abdi", "Karimi", "Østergaard", "Dahl", "Bak", "Vestergaard"]
MENTORS = {
    "jobhuset": ["Bent Kjær", "Tina Lund", "Søren Holm", "Malene Friis"],
    "mhk": ["Ulla Brandt", "Kim Seerup", "Rikke Nørgaard"],
    "bydel": ["Hassan Mourad", "Dorthe Lauridsen", "Jamal Said"],
    "fokus": ["Charlotte Winther", "Nikolaj Bech", "Pia Skov"],
    "intern": ["Anja Rosendahl", "Michael Storm", "Lene Kragh"],
}
PROV = {
    "jobhuset": ("Jobhuset Nordvest ApS", "jobhuset-nv.dk", "Industrivej 14, 8210 Havnestad V"),
    "mhk": ("MentorHuset Havnestad", "mentorhuset.dk", "Nørregade 3, 1. sal, 8000 Havnestad C"),
    "bydel": ("Bydelsmentorerne (foreningen)", "bydelsmentor.dk", "Gellerupvej 101, 8220 Havnestad"),
    "fokus": ("Fokus Mentor & Coaching", "fokusmentor.dk", "Åboulevarden 22, 8000 Havnestad C"),
    "intern": ("Havnestad Kommune, Mentorteamet", "havnestad.dk", "Værkmestergade 15, 8000 Havnestad C"),
}
DEPTS = {
    "unge": "Ungeindsatsen",
    "integration": "Integration og Sprog",
    "syg": "Sygedagpenge og Jobafklaring",
    "flex": "Fleksjob og Ledighedsydelse",
}


class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used = set()

    def person(self):
        while True:
            n = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if n not in self.used:
                self.used.add(n)
                return n

    def phone(self):
        r = self.rng
        return f"{r.randint(20, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"

    def cpr(self, compact=False):
        r = self.rng
        d = dt.date(r.randint(1965, 2006), r.randint(1, 12), r.randint(1, 28))
        s = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        tail = f"{r.randint(1000, 9999)}"
        return s + tail if compact else f"{s}-{tail}"

    def sagsnr(self, system):
        r = self.rng
        if system == "momentum":
            return f"{r.randint(100000, 999999)}"
        return f"15.02.08-G01-{r.randint(100, 9999)}-{r.choice(['24','25','26'])}"


# ---------------------------------------------------------------- content pools

def goal_good(dept, first, r, start):
    when = fmt(add_months(start, r.choice([3, 4, 5])), "long")
    pools = {
        "unge": [
            f"{first} starter på grundforløb 1 på Havnestad Tekniske Skole (EUD, bygge og anlæg) og har højst 10 % fravær i de første 8 uger.",
            f"{first} er optaget på 10. klasse på VUC Havnestad og møder op mindst 4 dage om ugen frem til {when}.",
            f"Hovedformål: {first} gennemfører FGU-forløbet (produktionsgrunduddannelse, køkken) og søger optagelse på ernæringsassistentuddannelsen senest {when}.",
            f"{first} er i gang med HF-enkeltfag (dansk og matematik) og består begge fag til sommereksamen.",
        ],
        "integration": [
            f"{first} er i virksomhedspraktik som køkkenmedhjælper i kantinen på Havnestad Rådhus 15 timer om ugen senest {when}, med henblik på løntilskud.",
            f"{first} har gennemført AMU-kurset Hygiejne i fødevarevirksomheder og er ansat i ordinære timer hos Rengøringsfirmaet Plus senest {when}.",
            f"Målet er, at {first} møder stabilt til sprogpraktik i Netto, Silkeborgvej, 3 dage om ugen og derefter overgår til job med løntilskud.",
        ],
        "syg": [
            f"{first} vender gradvist tilbage til sit job som lagermedarbejder hos Nordlager A/S: 12 timer om ugen fra uge 14 og 25 timer om ugen senest {when}.",
            f"Målet er, at {first} gennemfører arbejdsprøvning hos Havnestad Boligforening (ejendomsservice) med 15 timer om ugen, så arbejdsevnen kan afklares før jobafklaringsforløbet slutter.",
            f"{first} genoptager sin uddannelse som social- og sundhedsassistent på SOSU Østjylland fra {when} med fuldt skema.",
        ],
        "flex": [
            f"{first} fastholder sit fleksjob som kontorassistent hos Tandlægerne i Vestergade på 12 timer om ugen og har højst 2 sygedage pr. måned.",
            f"{first} kommer i fleksjob som pedelmedhjælper på Skjoldhøj Skole med 10 timer om ugen senest {when}.",
            f"Målet er, at {first} har fundet og tiltrådt et fleksjob inden for butik eller lager på mindst 8 timer om ugen senest {when}.",
        ],
    }
    return r.choice(pools[dept])


GOAL_UNCLEAR = [
    "Støtte til at få struktur på hverdagen og øget trivsel.",
    "Borgeren skal komme tættere på arbejdsmarkedet.",
    "Sikre at borgeren får det bedre og får øget selvværd.",
    "Motivere borgeren og arbejde med mestring af egen situation.",
    "Hjælp til at komme videre i livet.",
    "Øget trivsel og bedre struktur i hverdagen.",
]

TASKS = {
    "unge": ["Vække- og påmindelsesopkald de første 4 uger", "Følge med til studiestartssamtale og møde med kontaktlærer",
             "Ugentlig samtale om fremmøde og lektier", "Hjælpe med at søge SU og lave budget"],
    "integration": ["Følge borgeren til praktikstedet den første uge", "Forklare arbejdspladsens regler og kultur",
                    "Hjælpe med at læse breve fra kommunen og skattekortet", "Ugentlig kontakt til praktikvejleder"],
    "syg": ["Deltage i opstartsmøde med arbejdsgiver og sygemelder", "Følge op på timeplan og skånehensyn hver uge",
            "Hjælpe borgeren med at melde tilbage, hvis smerterne øges", "Koordinere med behandler og sagsbehandler"],
    "flex": ["Sidemandsoplæring de første 3 uger", "Samtale med leder om skånehensyn",
             "Støtte til at planlægge pauser og arbejdstid", "Hjælpe med jobsøgning og CV"],
}

APPEAL_GOOD = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til Jobcenter Havnestad inden fire uger fra du har modtaget den. Du kan klage skriftligt eller mundtligt. Jobcentret genvurderer afgørelsen inden fire uger. Hvis vi fastholder afgørelsen, sender vi din klage videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget i kommunen senest 4 uger efter, at du har fået denne afgørelse. Send klagen til Havnestad Kommune, Beskæftigelse, via Digital Post eller ring på 89 40 20 00. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, sendes klagen til Ankestyrelsen.",
    "Klagefrist: 4 uger fra modtagelsen af dette brev. Klagen sendes til jobcentret (mail: jobcenter@havnestad.dk), der genvurderer sagen. Fastholdes afgørelsen, videresendes klagen med sagens akter til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Er du uenig, kan du klage inden 4 uger. Du klager til os – Havnestad Kommune – og vi ser på sagen igen. Giver vi dig ikke medhold, sender vi klagen og dine papirer videre til Ankestyrelsen.",
]
APPEAL_WRONG_ROUTE = "Du kan klage til Ankestyrelsen inden 4 uger fra du har modtaget afgørelsen. Klagen sendes til Ankestyrelsen, 7998 Statsservice."
APPEAL_BAD = [
    "Du kan klage over afgørelsen.",
    "Hvis du er utilfreds, er du velkommen til at kontakte din sagsbehandler.",
    "Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om befordring til kommunen inden 4 uger.",
    None,
]

FOLLOW_GOOD = [
    "Statusmøde med borger, mentor og sagsbehandler hver 4. uge; evaluering 14 dage før aftalen udløber.",
    "Mentor sender kort skriftlig status til jobcentret hver måned. Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør.",
    "Vi følger op hver anden uge på telefon og holder et trepartsmøde hver 6. uge. Delmål: fremmøde 4 dage om ugen fra måned 2.",
    "Opfølgningssamtale i jobcentret hver 3. måned og fire uger før bevillingsudløb. Progression måles på antal mødedage pr. uge.",
]
FOLLOW_BAD = ["Der følges op efter behov.", "Opfølgning sker løbende.", "-", None]

HOURS_GOOD = ["3 timer pr. uge", "2 t/uge", "5 timer ugentligt de første 4 uger, derefter 2 timer ugentligt",
              "8 timer om måneden", "4 timer pr. uge", "1,5 time pr. uge", "6 timer pr. uge"]
HOURS_BAD = ["efter behov", "et par timer om ugen", "løbende", None]

# ---------------------------------------------------------------- blocks renderers
# block: ("title", s) ("h", s) ("p", s) ("kv", [(k, v)]) ("ul", [s]) ("small", s) ("sig", [names]) ("hr",)


def blocks_text(blocks) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1], "=" * min(len(b[1]), 70), ""]
        elif t == "h":
            out += ["", b[1], "-" * min(len(b[1]), 70)]
        elif t in ("p", "small"):
            out += [b[1], ""]
        elif t == "kv":
            w = max(len(k) for k, _ in b[1]) + 2
            for k, v in b[1]:
                out.append(f"{(k + ':').ljust(w)} {v}")
            out.append("")
        elif t == "ul":
            out += [f"  - {x}" for x in b[1]] + [""]
        elif t == "sig":
            out += [""] + [f"____________________   {n}" for n in b[1]] + [""]
        elif t == "hr":
            out.append("-" * 60)
    return "\n".join(out).rstrip() + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def blocks_html(blocks, title, style="plain") -> str:
    css = {"plain": "body{font-family:Arial;max-width:780px}",
           "momentum": "body{font-family:Verdana;font-size:12px} .hdr{background:#003b5c;color:#fff;padding:6px} td{border-bottom:1px solid #ccc;padding:3px 8px} td.l{font-weight:bold;width:30%}",
           "minplan": "body{font-family:'Segoe UI';} .card{border:1px solid #aac;padding:8px;margin:8px 0} dt{font-weight:600}"}[style]
    out = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{esc(title)}</title><style>{css}</style></head><body>"]
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{esc(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif t == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif t == "small":
            out.append(f"<p class='hdr'><small>{esc(b[1])}</small></p>")
        elif t == "kv":
            if style == "minplan":
                out.append("<div class='card'><dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in b[1]) + "</dl></div>")
            else:
                out.append("<table>" + "".join(f"<tr><td class='l'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif t == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif t == "sig":
            out.append("<p>" + "<br>".join(f"_________________ {esc(n)}" for n in b[1]) + "</p>")
        elif t == "hr":
            out.append("<hr>")
    out.append("</body></html>")
    return "\n".join(out)


def write_docx(blocks, path, variant="table"):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = {"table": "Calibri", "old": "Times New Roman", "headings": "Arial"}.get(variant, "Calibri")
    st.font.size = Pt(11)
    for b in blocks:
        t = b[0]
        if t == "title":
            if variant == "old":
                p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(16)
            else:
                doc.add_heading(b[1], level=1)
        elif t == "h":
            if variant == "old":
                p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.underline = True
            else:
                doc.add_heading(b[1], level=2)
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t == "small":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8)
        elif t == "kv":
            if variant == "old" or variant == "headings":
                for k, v in b[1]:
                    p = doc.add_paragraph(); r = p.add_run(k + ": "); r.bold = True; p.add_run(v)
            else:
                tab = doc.add_table(rows=0, cols=2)
                tab.style = "Table Grid"
                for k, v in b[1]:
                    c = tab.add_row().cells
                    c[0].text = k; c[1].text = v
                    for run in c[0].paragraphs[0].runs:
                        run.bold = True
                doc.add_paragraph("")
        elif t == "ul":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif t == "sig":
            doc.add_paragraph("")
            for n in b[1]:
                doc.add_paragraph(f"Dato: ____________   Underskrift: ______________________  ({n})")
        elif t == "hr":
            doc.add_paragraph("_" * 60)
    doc.save(path)


def write_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem, Span
    doc = OpenDocumentText()
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif t in ("p", "small"):
            doc.text.addElement(P(text=b[1]))
        elif t == "kv":
            for k, v in b[1]:
                p = P(); s = Span(stylename=bold, text=k + ": "); p.addElement(s); p.addText(v)
                doc.text.addElement(p)
        elif t == "ul":
            lst = List()
            for x in b[1]:
                li = ListItem(); li.addElement(P(text=x)); lst.addElement(li)
            doc.text.addElement(lst)
        elif t == "sig":
            for n in b[1]:
                doc.text.addElement(P(text=f"Underskrift: ______________________ ({n})"))
        elif t == "hr":
            doc.text.addElement(P(text="_" * 50))
    doc.save(str(path))


def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(blocks, path):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\f0\fs22 "]
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(r"{\b\fs32 " + rtf_escape(b[1]) + r"}\par\par ")
        elif t == "h":
            out.append(r"\par{\b\fs24 " + rtf_escape(b[1]) + r"}\par ")
        elif t in ("p", "small"):
            out.append(rtf_escape(b[1]) + r"\par\par ")
        elif t == "kv":
            for k, v in b[1]:
                out.append(r"{\b " + rtf_escape(k) + r":} " + rtf_escape(v) + r"\par ")
            out.append(r"\par ")
        elif t == "ul":
            for x in b[1]:
                out.append(r"\bullet  " + rtf_escape(x) + r"\par ")
        elif t == "sig":
            for n in b[1]:
                out.append(rtf_escape(f"Underskrift: __________________ ({n})") + r"\par ")
        elif t == "hr":
            out.append(r"\par ")
    out.append("}")
    Path(path).write_text("".join(out), encoding="ascii")


def write_pdf(blocks, path, variant="letter", footer=None, signatures=False):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    ss = getSampleStyleSheet()
    base = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5 if variant != "scan" else 12, leading=14 if variant != "scan" else 17)
    bold = ParagraphStyle("bb", parent=base, fontName="Helvetica-Bold")
    small = ParagraphStyle("s", parent=base, fontSize=8, leading=10, textColor=colors.grey if variant != "scan" else colors.black)
    h1 = ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3)
    story = []
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(esc(b[1]), h1))
        elif t == "h":
            story.append(Paragraph(esc(b[1]), h2))
        elif t == "p":
            story += [Paragraph(esc(b[1]), base), Spacer(1, 5)]
        elif t == "small":
            story.append(Paragraph(esc(b[1]), small))
        elif t == "kv":
            data = [[Paragraph(esc(k), bold), Paragraph(esc(v), base)] for k, v in b[1]]
            tab = Table(data, colWidths=[140, 330])
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if variant == "momentum":
                sty += [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef4"))]
            elif variant == "fasit":
                sty += [("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.black)]
            else:
                sty += [("GRID", (0, 0), (-1, -1), 0.4, colors.black)]
            tab.setStyle(TableStyle(sty))
            story += [tab, Spacer(1, 8)]
        elif t == "ul":
            for x in b[1]:
                story.append(Paragraph("•&nbsp;&nbsp;" + esc(x), base))
            story.append(Spacer(1, 5))
        elif t == "sig":
            story.append(Spacer(1, 18))
            rows = [[Paragraph("Dato / underskrift", small), Paragraph("", base)] for _ in b[1]]
            for i, n in enumerate(b[1]):
                rows[i] = [Paragraph(esc(n), base), Paragraph("_______________________________", base)]
            story.append(Table(rows, colWidths=[200, 270], rowHeights=34))
        elif t == "hr":
            story.append(Spacer(1, 10))
    sigs = [x for b in blocks if b[0] == "sig" for x in b[1]]

    def on_page(c, d):
        c.saveState()
        if variant == "momentum":
            c.setFillColor(colors.HexColor("#003b5c")); c.rect(36, A4[1] - 40, A4[0] - 72, 18, fill=1, stroke=0)
            c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 9)
            c.drawString(42, A4[1] - 35, "Momentum  |  Borgerens sag")
        if variant == "fasit":
            c.setFont("Courier", 8); c.drawString(36, A4[1] - 30, "FASIT Sagsoverblik  -  Udskrift")
        if footer:
            c.setFont("Helvetica", 7.5); c.setFillColor(colors.black)
            c.drawString(36, 24, footer + f"   Side {d.page}")
        if signatures and sigs:
            # scribbles near the signature lines on the last page
            import math
            c.setStrokeColor(colors.HexColor("#1a237e")); c.setLineWidth(1.2)
            rr = random.Random(len(sigs) + d.page)
            y0 = 150
            for i in range(len(sigs)):
                p = c.beginPath(); x = 260; y = y0 - i * 34
                p.moveTo(x, y)
                for k in range(14):
                    p.lineTo(x + k * 9, y + 8 * math.sin(k * rr.uniform(0.8, 1.6)))
                c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=56, bottomMargin=48,
                      title="", author="").build(story, onFirstPage=on_page, onLaterPages=on_page)


def write_scan(blocks, path, seed):
    """Render, rasterise, degrade a little, OCR with Tesseract (dan) into a searchable PDF."""
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        src = td / "src.pdf"
        write_pdf(blocks, src, variant="scan", signatures=True)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(td / "pg")], check=True)
        pages = sorted(td.glob("pg*.png"))
        r = random.Random(seed)
        outs = []
        for i, pg in enumerate(pages):
            im = Image.open(pg).convert("L")
            im = im.rotate(r.uniform(-0.8, 0.8), fillcolor=255, expand=False, resample=Image.BICUBIC)
            im = im.filter(ImageFilter.GaussianBlur(0.5))
            o = td / f"scan{i}.png"; im.save(o, dpi=(200, 200)); outs.append(str(o))
        lst = td / "list.txt"; lst.write_text("\n".join(outs) + "\n")
        subprocess.run(["tesseract", str(lst), str(td / "ocr"), "-l", "dan", "--dpi", "200", "pdf"],
                       check=True, capture_output=True)
        shutil.copy(td / "ocr.pdf", path)


def write_eml(blocks, path, subj, frm, to, date, html=False, quoted=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to; m["Subject"] = subj
    m["Date"] = format_datetime(dt.datetime.combine(date, dt.time(9, 12), tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{abs(hash((subj, str(date)))) % 10**12}@havnestad.dk>"
    body = blocks_text(blocks)
    if quoted:
        body += "\n" + "\n".join("> " + l for l in quoted.splitlines())
    m.set_content(body)
    if html:
        m.add_alternative(blocks_html(blocks, subj), subtype="html")
    Path(path).write_bytes(bytes(m))


# ---------------------------------------------------------------- document builders

def period_for(r, start, defects, over_kind=None):
    """Returns (text, start, end or None)."""
    if "duration-over-6-months" in defects:
        months = r.choice([8, 9, 12])
        end = six_end(start, months)
        return months, end
    if r.random() < 0.35:
        return 6, six_end(start, 6)   # exactly six months
    months = r.choice([3, 4, 5, 6])
    return months, six_end(start, months)


def period_text(r, start, end, months, style_pool):
    st = r.choice(style_pool)
    forms = [
        lambda: f"{fmt(start, st)} – {fmt(end, st)}",
        lambda: f"fra {fmt(start, st)} til {fmt(end, st)}",
        lambda: f"f.o.m. {fmt(start, st)} t.o.m. {fmt(end, st)}",
        lambda: f"{fmt(start, st)} - {fmt(end, st)}",
    ]
    return r.choice(forms)()


class Builder:
    def __init__(self, ctx: Ctx):
        self.ctx = ctx
        self.r = ctx.rng

    # common pieces --------------------------------------------------------
    def fields(self, dept, prov, defects, start, citizen):
        r = self.r
        first = citizen.split()[0]
        mname = r.choice(MENTORS[prov])
        pname, dom, addr = PROV[prov]
        mail = mname.split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + dom
        f = {}
        f["goal"] = None if "missing-goal" in defects else (r.choice(GOAL_UNCLEAR) if "unclear-goal" in defects else goal_good(dept, first, r, start))
        if "missing-goal" in defects and r.random() < 0.5:
            f["goal"] = r.choice(["Udfyldes senere", "-", "Aftales ved opstartsmødet"])
        if "missing-mentor" in defects:
            f["mentor"] = r.choice([f"{mname}, {pname}", mname, f"{mname} (kontaktoplysninger følger)"])
            f["mentor_name_only"] = True
        else:
            f["mentor"] = r.choice([f"{mname}, {pname}, tlf. {self.ctx.phone()}, {mail}",
                                     f"{mname} – mobil {self.ctx.phone()}",
                                     f"{mname}, {mail}, telefon {self.ctx.phone()}"])
        f["mentor_plain"] = mname
        f["tasks"] = None if "missing-tasks" in defects else r.sample(TASKS[dept], r.choice([2, 3, 4]))
        if "missing-tasks" in defects and r.random() < 0.5:
            f["tasks"] = "-"
        months, end = period_for(r, start, defects)
        f["start"], f["end"], f["months"] = start, end, months
        if "missing-duration" in defects:
            f["period"] = r.choice([f"fra {fmt(start, 'long')} og indtil videre", "aftales ved opstart", None,
                                    f"{fmt(start, 'dots')} –"])
            f["end"] = None
        else:
            f["period"] = period_text(r, start, end, months, ["long", "dots", "slash", "short", "dash"])
        f["follow"] = r.choice(FOLLOW_BAD) if "missing-follow-up" in defects else r.choice(FOLLOW_GOOD)
        f["hours"] = r.choice(HOURS_BAD) if "missing-hours" in defects else r.choice(HOURS_GOOD)
        if "missing-appeal-guidance" in defects:
            f["appeal"] = r.choice(APPEAL_BAD)
        else:
            f["appeal"] = r.choice(APPEAL_GOOD)
        f["provider"] = pname; f["provider_addr"] = addr; f["provider_dom"] = dom
        return f


def sender(date):
    return "Havnestad Kommune, Beskæftigelse" if date >= dt.date(2026, 2, 1) else "Jobcenter Havnestad"


# ---------------------------------------------------------------- agreements

def agreement_blocks(b: Builder, layout, dept, prov, defects, date, citizen, cpr, sagsnr):
    r = b.r
    f = b.fields(dept, prov, defects, date + dt.timedelta(days=r.randint(3, 14)), citizen)
    first = citizen.split()[0]
    sb = b.ctx.person()
    tasks = f["tasks"]
    bl = []
    if layout == "jobhuset-table":
        bl += [("small", f"{f['provider']} · {f['provider_addr']} · CVR 3{r.randint(1000000, 9999999)}"),
               ("title", "Mentoraftale"),
               ("p", f"Aftale om mentorforløb efter lov om en aktiv beskæftigelsesindsats § 167, bestilt af {sender(date)}, {DEPTS[dept]}.")]
        rows = [("Borger", citizen + (f" (CPR {cpr})" if cpr else "")), ("Sagsnr.", sagsnr),
                ("Sagsbehandler", f"{sb}, {DEPTS[dept]}")]
        if f["mentor"]: rows.append(("Mentor", f["mentor"]))
        if f["goal"] is not None: rows.append(("Formål med forløbet", f["goal"]))
        if tasks is not None: rows.append(("Mentors opgaver", tasks if isinstance(tasks, str) else "; ".join(tasks)))
        if f["period"] is not None: rows.append(("Periode", f["period"]))
        if f["hours"] is not None: rows.append(("Timer pr. uge", f["hours"]))
        if f["follow"] is not None: rows.append(("Opfølgning", f["follow"]))
        bl.append(("kv", rows))
        if f["appeal"]: bl += [("h", "Klagevejledning"), ("p", f["appeal"])]
        bl.append(("sig", [citizen, f["mentor_plain"], sb]))
    elif layout == "fokus-headings":
        bl += [("small", f"FOKUS Mentor & Coaching · {f['provider_addr']}"),
               ("title", f"Aftale om mentorstøtte – {citizen}"),
               ("p", f"Dato: {fmt(date, 'long')}   Jeres sagsnr.: {sagsnr}" + (f"   CPR-nr.: {cpr}" if cpr else ""))]
        if f["goal"] is not None: bl += [("h", "1. Mål for forløbet"), ("p", f["goal"])]
        bl += [("h", "2. Din mentor"), ("p", f"Din mentor er {f['mentor']}.")]
        if tasks is not None:
            bl.append(("h", "3. Det hjælper mentoren dig med"))
            bl.append(("ul", tasks) if isinstance(tasks, list) else ("p", tasks))
        if f["period"] is not None or f["follow"] is not None:
            bl.append(("h", "4. Varighed og opfølgning"))
            if f["period"] is not None: bl.append(("p", f"Forløbet gælder i perioden {f['period']}."))
            if f["follow"] is not None: bl.append(("p", f["follow"]))
        if f["hours"] is not None: bl += [("h", "5. Timetal"), ("p", f"Mentorstøtten er bevilget med {f['hours']}.")]
        if f["appeal"]: bl += [("h", "6. Klagevejledning"), ("p", f["appeal"])]
        bl.append(("sig", [citizen, f["mentor_plain"]]))
    elif layout == "mhk-letter":
        bl += [("small", f"MentorHuset Havnestad · {f['provider_addr']} · www.{f['provider_dom']}"),
               ("p", f"Havnestad, {fmt(date, 'den')}"),
               ("title", "Aftale om mentorstøtte"),
               ("p", f"Kære {first}"),
               ("p", f"Her får du det, vi blev enige om på opstartsmødet {fmt(date, 'den')} sammen med din sagsbehandler {sb}, skrevet ned.")]
        if f["goal"] is not None:
            g = f["goal"]
            bl.append(("p", g if g.startswith(("Målet", "Hovedformål")) else f"Målet er: {g}"))
        bl.append(("p", f"Din mentor er {f['mentor']}."))
        if tasks is not None:
            if isinstance(tasks, list):
                bl += [("p", "Mentoren skal hjælpe dig med:"), ("ul", tasks)]
            else:
                bl.append(("p", f"Mentorens opgaver: {tasks}"))
        if f["period"] is not None: bl.append(("p", f"Forløbet løber {f['period']}."))
        if f["hours"] is not None: bl.append(("p", f"Du har mentorstøtte {f['hours']}." if f['hours'][0].isdigit() else f"Timetal: {f['hours']}."))
        if f["follow"] is not None: bl.append(("p", "Opfølgning: " + f["follow"]))
        if f["appeal"]: bl += [("h", "Hvis du vil klage"), ("p", f["appeal"])]
        bl += [("p", "Venlig hilsen"), ("p", f"{f['mentor_plain']}, mentor")]
        if cpr: bl.append(("small", f"Vedr. {citizen}, cpr.nr. {cpr}"))
    elif layout == "bydel-lines":
        bl += [("title", "MENTORAFTALE – BYDELSMENTORERNE"),
               ("p", f"Indgået {fmt(date, 'dots')} mellem {citizen} og Bydelsmentorerne på vegne af {sender(date)} ({DEPTS[dept]})."),]
        rows = [("Navn", citizen)]
        if cpr: rows.append(("Cpr", cpr))
        rows.append(("Mentor", f["mentor"]))
        if f["goal"] is not None: rows.append(("Mål", f["goal"]))
        if tasks is not None: rows.append(("Opgaver", tasks if isinstance(tasks, str) else ", ".join(t[0].lower() + t[1:] for t in tasks)))
        if f["period"] is not None: rows.append(("Periode", f["period"]))
        if f["hours"] is not None: rows.append(("Timetal", f["hours"]))
        if f["follow"] is not None: rows.append(("Opfølgning", f["follow"]))
        bl.append(("kv", rows))
        if f["appeal"]: bl += [("h", "Klagevejledning"), ("p", f["appeal"])]
        bl.append(("sig", [citizen, f["mentor_plain"]]))
    elif layout == "jc-scan":
        bl += [("small", f"{sender(date)} · {DEPTS[dept]} · Sagsnr. {sagsnr}"),
               ("title", "Aftale om mentorstøtte (LAB § 167)"),
               ("kv", [("Borger", citizen)] + ([("CPR-nr.", cpr)] if cpr else []) + [("Sagsbehandler", sb)])]
        rows = []
        if f["goal"] is not None: rows.append(("Målet med mentorstøtten", f["goal"]))
        rows.append(("Mentorens navn og kontaktdata", f["mentor"]))
        if tasks is not None: rows.append(("Mentorens opgaver", tasks if isinstance(tasks, str) else "; ".join(tasks)))
        if f["period"] is not None: rows.append(("Varighed", f["period"]))
        if f["follow"] is not None: rows.append(("Opfølgning og progression", f["follow"]))
        if f["hours"] is not None: rows.append(("Timetal", f["hours"]))
        bl.append(("kv", rows))
        if f["appeal"]: bl += [("h", "Klagevejledning"), ("p", f["appeal"])]
        bl.append(("sig", [citizen, f"{f['mentor_plain']} (mentor)", f"{sb} (jobcentret)"]))
    elif layout == "momentum-html":
        bl += [("small", f"Momentum · Dokumenter · Mentoraftale · Udskrevet {fmt(date, 'dots')} kl. 1{r.randint(0,5)}:{r.randint(10,59)}"),
               ("title", "Mentoraftale"),
               ("kv", [("Borger", citizen + (f" – {cpr}" if cpr else "")), ("Afdeling", DEPTS[dept]), ("Indsats", "Mentorstøtte (§ 167)"),
                       ("Leverandør", f["provider"])])]
        rows = []
        if f["goal"] is not None: rows.append(("Mål", f["goal"]))
        rows.append(("Mentor", f["mentor"]))
        if tasks is not None: rows.append(("Indsatsområder", tasks if isinstance(tasks, str) else " / ".join(tasks)))
        if f["period"] is not None: rows.append(("Bevilget periode", f["period"]))
        if f["hours"] is not None: rows.append(("Timetal", f["hours"]))
        if f["follow"] is not None: rows.append(("Opfølgning", f["follow"]))
        bl.append(("kv", rows))
        if f["appeal"]: bl += [("h", "Klagevejledning"), ("p", f["appeal"])]
    elif layout == "intern-odt":
        bl += [("title", "Mentoraftale – kommunens eget mentorteam"),
               ("p", f"{citizen}, sag {sagsnr}. Aftalen er lavet {fmt(date, 'long')} på et møde mellem dig, din mentor og din sagsbehandler {sb}.")]
        if f["goal"] is not None: bl += [("h", "Hvad er målet?"), ("p", f["goal"])]
        bl += [("h", "Hvem er din mentor?"), ("p", f["mentor"])]
        if tasks is not None:
            bl.append(("h", "Hvad skal mentoren hjælpe med?"))
            bl.append(("ul", tasks) if isinstance(tasks, list) else ("p", tasks))
        if f["period"] is not None or f["hours"] is not None:
            bl.append(("h", "Hvor længe og hvor meget?"))
            if f["period"] is not None: bl.append(("p", f"Periode: {f['period']}"))
            if f["hours"] is not None: bl.append(("p", f"Timer: {f['hours']}"))
        if f["follow"] is not None: bl += [("h", "Sådan følger vi op"), ("p", f["follow"])]
        if f["appeal"]: bl += [("h", "Sådan klager du"), ("p", f["appeal"])]
    return bl, f


# ---------------------------------------------------------------- decisions

def decision_blocks(b: Builder, sub, layout, dept, defects, date, citizen, cpr, sagsnr, extras):
    r = b.r
    first = citizen.split()[0]
    sb = b.ctx.person()
    start = date + dt.timedelta(days=r.randint(5, 20))
    months = r.choice([8, 9, 12]) if "duration-over-6-months" in defects else r.choice([3, 4, 6, 6])
    end = six_end(start, months)
    st = r.choice(["long", "dots", "slash", "den"])
    per = f"{fmt(start, st)} til {fmt(end, st)}" if st != "den" else f"fra {fmt(start, st)} til {fmt(end, st)}"
    hours = r.choice(["3 timer om ugen", "2 timer ugentligt", "4 timer pr. uge", "8 timer pr. måned"])
    prov = r.choice(["Jobhuset Nordvest ApS", "MentorHuset Havnestad", "Fokus Mentor & Coaching", "Bydelsmentorerne"])
    no_reasons = "missing-reasons" in extras
    appeal = None if "missing-appeal-guidance" in defects else r.choice(APPEAL_GOOD)
    if "missing-appeal-guidance" in defects:
        appeal = r.choice(APPEAL_BAD[:3] + [None])
    wrong = "appeal-wrong-route" in extras
    if wrong:
        appeal = APPEAL_WRONG_ROUTE
    snd = sender(date)
    head = [("small", f"{snd} · {DEPTS[dept]} · Værkmestergade 15 · 8000 Havnestad C"),
            ("p", f"{citizen}\n" if not cpr else f"{citizen}, cpr.nr. {cpr}"),
            ("p", f"Dato: {fmt(date, 'long')}    Sagsnr.: {sagsnr}    Sagsbehandler: {sb}")]
    body = []
    reasons_h = r.choice(["Begrundelse", "Hvorfor har vi truffet denne afgørelse?", "Vores vurdering"])
    had_period = True
    if sub == "grant":
        title = r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte"])
        body += [("p", f"Kære {first}"),
                 ("p", f"Du får bevilget mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden {per}. Mentorstøtten er på {hours} og leveres af {prov}."),
                 ("p", f"Mentorstøtten skal hjælpe dig med at {r.choice(['fastholde din praktik', 'komme godt i gang på din uddannelse', 'vende tilbage til dit arbejde', 'komme i fleksjob'])}. Den skriftlige aftale med mentoren laver I på opstartsmødet, og den kommer på Min Plan.")]
        if r.random() < 0.5:
            body += [("h", reasons_h), ("p", "Du har fået det, du har søgt om. Vi har lagt vægt på, at du selv har ønsket støtten, og at den vurderes at være nødvendig for, at du kan gennemføre forløbet, jf. LAB § 167, stk. 1.")]
    elif sub == "partial":
        title = r.choice(["Afgørelse – delvis bevilling af mentorstøtte", "Delvis bevilling af mentorstøtte"])
        asked = r.choice([9, 12])
        body += [("p", f"Kære {first}"),
                 ("p", f"Du har søgt om mentorstøtte i {asked} måneder med 6 timer om ugen. Du får delvist bevilget mentorstøtte: i perioden {per} med {hours}.")]
        if not no_reasons:
            body += [("h", reasons_h), ("p", f"Mentorstøtte kan efter LAB § 167, stk. 1 gives i højst 6 måneder ad gangen. Vi har lagt vægt på, at du allerede har en fast kontaktperson i {r.choice(['praktikken', 'skolen', 'virksomheden'])}, og at behovet for støtte efter din sagsbehandlers vurdering er størst i starten. Vi vurderer behovet igen, før perioden udløber.")]
    elif sub == "refusal":
        had_period = False
        title = r.choice(["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag"])
        body += [("p", f"Kære {first}"),
                 ("p", f"Du har den {fmt(date - dt.timedelta(days=r.randint(10, 30)), 'long')} søgt om mentorstøtte. Vi har givet dig afslag.")]
        if not no_reasons:
            body += [("h", reasons_h), ("p", r.choice([
                "Der kan kun gives mentorstøtte, hvis støtten er nødvendig for, at du kan opnå eller fastholde beskæftigelse eller uddannelse, jf. LAB § 167. Vi har lagt vægt på, at din arbejdsgiver allerede stiller en tovholder til rådighed, og at du selv har fortalt, at du klarer arbejdet uden yderligere støtte.",
                "Vi har lagt vægt på, at du er i et behandlingsforløb i psykiatrien, som dækker det behov, du har beskrevet, og at der på nuværende tidspunkt ikke er et konkret job- eller uddannelsesmål, som mentorstøtten kan knyttes til, jf. LAB § 167, stk. 1."]))]
    elif sub == "extension":
        title = r.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af mentorstøtte"])
        prev_start = add_months(start, -6)
        body += [("p", f"Kære {first}"),
                 ("p", f"Din mentorstøtte i den forrige periode ({fmt(prev_start, 'dots')} – {fmt(start - dt.timedelta(days=1), 'dots')}) udløber. Efter en konkret vurdering forlænger vi mentorstøtten i en ny periode {per} med {hours}, jf. LAB § 167, stk. 1, 2. pkt."),
                 ("p", f"Vi har lagt vægt på statusrapporten fra {prov}, som viser, at du møder stabilt, men endnu har brug for støtte i overgangen til {r.choice(['ordinære timer', 'skoleåret', 'fleksjobbet'])}.")]
    elif sub == "end":
        title = r.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af din mentorstøtte"])
        had_period = False
        body += [("p", f"Kære {first}"),
                 ("p", f"Din mentorstøtte hos {prov} ophører pr. {fmt(start, 'long')}, før den bevilgede periode udløber.")]
        if not no_reasons:
            body += [("h", reasons_h), ("p", r.choice([
                "Du er ophørt på uddannelsen, og der er derfor ikke længere et uddannelsesmål, som mentorstøtten kan understøtte, jf. LAB § 167.",
                "Du er startet i ordinært job på 30 timer om ugen og har selv sagt, at du ikke har brug for mentoren mere. Vi har lagt vægt på din egen vurdering og arbejdsgiverens tilbagemelding."]))]
    if appeal:
        bl_app = [("h", r.choice(["Klagevejledning", "Hvis du vil klage", "Sådan klager du"])), ("p", appeal)]
    else:
        bl_app = []
    tail = [("p", "Med venlig hilsen"), ("p", f"{sb}\n{DEPTS[dept]}, {snd}")]
    if layout in ("momentum", "fasit"):
        blocks = [("title", title)] + head + body + bl_app + tail
    else:
        blocks = head + [("title", title)] + body + bl_app + tail
    period = {"start": start.isoformat(), "end": end.isoformat()} if had_period else None
    return blocks, title, period


# ---------------------------------------------------------------- Min Plan

def minplan_blocks(b: Builder, layout, dept, prov, defects, date, citizen, cpr):
    r = b.r
    f = b.fields(dept, prov, defects, date + dt.timedelta(days=r.randint(0, 10)), citizen)
    tasks = f["tasks"]
    t_str = None if tasks is None else (tasks if isinstance(tasks, str) else "; ".join(tasks))
    rows = []
    if f["goal"] is not None: rows.append(("Formål", f["goal"]))
    rows.append(("Mentor", f["mentor"]))
    if t_str is not None: rows.append(("Mentorens opgaver", t_str))
    if f["period"] is not None: rows.append(("Periode", f["period"]))
    if f["hours"] is not None: rows.append(("Timetal", f["hours"]))
    bl = []
    if layout == "minplan-txt":
        bl += [("title", "Min Plan – Mentorstøtte"),
               ("p", f"Borger: {citizen}" + (f"   CPR: {cpr}" if cpr else "") + f"   Oprettet: {fmt(date, 'dots')}"),
               ("kv", rows),
               ("p", "Ændringer i timetal eller formål skrives ind i Min Plan.")]
    elif layout == "minplan-html":
        bl += [("small", "jobnet.dk · Min Plan · Aktiviteter"),
               ("title", "Min Plan"),
               ("h", f"Mentorstøtte – {f['provider']}"),
               ("kv", rows),
               ("p", f"Senest opdateret {fmt(date, 'long')} af din sagsbehandler.")]
    elif layout == "minplan-momentum":
        other = [("Aktivitet", r.choice(["FGU Havnestad, produktionsgrunduddannelse", "Virksomhedspraktik, Bilka Tilst", "Løntilskud, Havnestad Kommune Park og Vej"])),
                 ("Periode", f"{fmt(date, 'dots')} - {fmt(add_months(date, 10), 'dots')}"),
                 ("Status", "Aktiv")]
        bl += [("title", "Min Plan – udskrift"),
               ("p", f"{citizen}" + (f" ({cpr})" if cpr else "") + f" · {DEPTS[dept]} · udskrevet {fmt(date, 'iso')}"),
               ("h", "Aktivitet 1"), ("kv", other),
               ("h", "Aktivitet 2: Mentorstøtte (LAB § 167)"), ("kv", rows)]
    elif layout == "uddannelsesplan-docx":
        bl += [("title", "Uddannelsesplan"),
               ("p", f"Navn: {citizen}. Planen er lavet sammen med din rådgiver i Ungeindsatsen {fmt(date, 'long')}."),
               ("h", "Dit uddannelsesmål"), ("p", "Erhvervsuddannelse inden for bygge og anlæg."),
               ("h", "Mentorstøtte"), ("kv", rows)]
    return bl, f


# ---------------------------------------------------------------- unknown look-alikes

def unknown_blocks(b: Builder, sub, date, citizen, cpr, sagsnr):
    r = b.r
    first = citizen.split()[0]
    m = r.choice(MENTORS["jobhuset"] + MENTORS["fokus"])
    sb = b.ctx.person()
    if sub == "status":
        return [("small", "Fokus Mentor & Coaching"), ("title", "Statusrapport – mentorforløb"),
                ("kv", [("Borger", citizen + (f", {cpr}" if cpr else "")), ("Periode for rapporten", f"{fmt(date - dt.timedelta(days=28), 'dots')} – {fmt(date, 'dots')}"), ("Mentor", m)]),
                ("h", "Fremmøde"), ("p", f"{first} har mødt op til 11 af 12 aftalte møder. Der har været et fravær pga. sygdom."),
                ("h", "Progression"), ("p", "Delmålet om fremmøde 3 dage om ugen i praktikken er nået. Næste delmål: 4 dage om ugen."),
                ("h", "Anbefaling"), ("p", "Vi anbefaler, at forløbet fortsætter som aftalt.")]
    if sub == "invoice":
        return [("small", "Jobhuset Nordvest ApS · Industrivej 14 · CVR 31234567"), ("title", f"Faktura nr. {r.randint(20000, 29999)}"),
                ("p", f"Fakturadato: {fmt(date, 'dots')}   EAN: 5798005{r.randint(100000, 999999)}   Rekvisitionsnr.: REK{r.randint(100000, 999999)}"),
                ("kv", [("Ydelse", "Mentorstøtte § 167, " + citizen), ("Periode", f"{MONTHS[date.month-2]} {date.year}"), ("Timer", "12 á 525,00 kr."), ("I alt ekskl. moms", "6.300,00 kr."), ("Moms 25 %", "1.575,00 kr."), ("I alt", "7.875,00 kr.")]),
                ("p", "Betalingsbetingelser: netto 30 dage.")]
    if sub == "minutes":
        return [("title", "Referat af teammøde – Ungeindsatsen"), ("p", f"Dato: {fmt(date, 'long')}. Deltagere: {sb}, {b.ctx.person()}, {b.ctx.person()}."),
                ("h", "1. Mentorbudget 2025"), ("p", "Forbruget på mentorstøtte ligger 8 % over budget. Ledelsen beder om, at nye bevillinger som udgangspunkt gives med 3 måneder og evalueres inden forlængelse."),
                ("h", "2. Skabeloner"), ("p", "Jobhuset bruger stadig den gamle skabelon uden klagevejledning. Vi tager det op på næste leverandørmøde."),
                ("h", "3. Eventuelt"), ("p", "Intet.")]
    if sub == "guidance":
        return [("title", "Vejledning: Sådan skriver du en mentoraftale"),
                ("p", "Til medarbejdere i Havnestad Kommune, Beskæftigelse. En mentoraftale skal indeholde:"),
                ("ul", ["målet med mentorstøtten (job- eller uddannelsesmål)", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal bistå ved",
                        "varigheden af aftalen og opfølgning – inklusiv mål for progression", "timetallet for mentorstøtten", "klagevejledning (klage til kommunen inden 4 uger; genvurdering; Ankestyrelsen)"]),
                ("p", "Perioden må højst være 6 måneder, jf. LAB § 167, stk. 1. Ny periode kræver en konkret vurdering.")]
    if sub == "ankestyrelsen":
        return [("small", "Ankestyrelsen · 7998 Statsservice"), ("title", "Ankestyrelsens afgørelse"),
                ("p", f"Klage over Havnestad Kommunes afgørelse om mentorstøtte – {citizen}" + (f", cpr.nr. {cpr}" if cpr else "")),
                ("h", "Resultat"), ("p", "Ankestyrelsen er enig i kommunens afgørelse. Det betyder, at du ikke får mentorstøtte ud over den bevilgede periode."),
                ("h", "Begrundelse"), ("p", "Mentorstøtte gives i højst 6 måneder ad gangen, jf. LAB § 167, stk. 1. Kommunen har foretaget en konkret vurdering."),
                ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed.")]
    if sub == "genvurdering":
        return [("title", "Genvurdering – vi fastholder afgørelsen"), ("p", f"Kære {first}"),
                ("p", f"Vi har modtaget din klage over vores afgørelse af {fmt(date - dt.timedelta(days=30), 'long')} om afslag på mentorstøtte. Vi har vurderet sagen igen, men vi fastholder afgørelsen."),
                ("p", "Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, som vil behandle den. Du hører fra Ankestyrelsen."),
                ("p", f"Med venlig hilsen\n{sb}")]
    if sub == "partshoring":
        return [("title", "Partshøring – påtænkt ophør af mentorstøtte"), ("p", f"Kære {first}"),
                ("p", f"Vi overvejer at stoppe din mentorstøtte, fordi du ikke er mødt op til de sidste fire møder med din mentor {m}. Før vi træffer en afgørelse, vil vi gerne høre din side af sagen."),
                ("p", f"Du kan sende dine bemærkninger til os senest {fmt(date + dt.timedelta(days=14), 'long')}. Hvis vi ikke hører fra dig, træffer vi afgørelse på det foreliggende grundlag.")]
    if sub == "bestilling":
        return [("small", f"{sender(date)}"), ("title", "Bestilling af mentorforløb"),
                ("kv", [("Leverandør", "MentorHuset Havnestad"), ("Borger", citizen), ("Sagsnr.", sagsnr), ("Ønsket opstart", fmt(date + dt.timedelta(days=14), "long")),
                        ("Bemærkninger", "Borgeren er motiveret; har brug for hjælp til transport. Leverandøren bedes indkalde til opstartsmøde.")]),
                ("p", "Leverandøren udarbejder mentoraftalen ved opstartsmødet og sender den til jobcentret.")]
    if sub == "mail-meeting":
        return [("p", f"Hej {m.split()[0]}"), ("p", f"Kan vi flytte statusmødet med {first} fra torsdag til fredag kl. 10 i Borgerservice, lokale 2.14? {first} har fået en lægetid."),
                ("p", f"Mvh\n{sb}\nSagsbehandler, {DEPTS['unge']}")]
    if sub == "journal":
        return [("title", "Journalnotat"), ("p", f"{fmt(date, 'dots')} – telefonsamtale med {citizen}" + (f" ({cpr})" if cpr else "")),
                ("p", f"Borger fortæller, at det går bedre i praktikken. Mentor {m} har hjulpet med busplan. Borger ønsker at fortsætte med mentor efter perioden. Aftalt at sagsbehandler indhenter status fra leverandøren før ny vurdering.")]
    if sub == "samarbejdsaftale":
        return [("title", "Samarbejdsaftale om levering af mentorydelser 2025-2026"),
                ("p", "mellem Havnestad Kommune, Beskæftigelse, og Jobhuset Nordvest ApS (CVR 31234567)."),
                ("h", "§ 1 Ydelsen"), ("p", "Leverandøren leverer mentorstøtte efter LAB § 167 efter bestilling fra kommunen. Timepris 525 kr. ekskl. moms."),
                ("h", "§ 2 Krav til dokumentation"), ("p", "For hvert forløb udarbejdes en mentoraftale med mål, opgaver, periode (højst 6 måneder), timetal og opfølgning. Statusrapport sendes hver måned."),
                ("h", "§ 3 Varighed"), ("p", "Aftalen gælder fra 1. januar 2025 til 31. december 2026 og kan forlænges i 12 måneder.")]
    if sub == "slutevaluering":
        return [("small", "Bydelsmentorerne"), ("title", "Slutevaluering af mentorforløb"),
                ("kv", [("Borger", citizen), ("Mentor", m), ("Forløb afsluttet", fmt(date, "long"))]),
                ("p", f"{first} er startet i job med løntilskud hos Havnestad Boligforening. Målet for forløbet er nået. Forløbet afsluttes."),]
    if sub == "blank":
        return [("title", "Mentoraftale (skabelon, version 3.1)"), ("kv", [("Borger", ""), ("Mål", ""), ("Mentor (navn, tlf., mail)", ""), ("Opgaver", ""), ("Periode", ""), ("Timetal", ""), ("Opfølgning", "")]),
                ("h", "Klagevejledning"), ("p", APPEAL_GOOD[0])]
    if sub == "kvittering":
        return [("title", "Kvittering for modtagelse af ansøgning"), ("p", f"Kære {first}"),
                ("p", f"Vi har modtaget din ansøgning om mentorstøtte den {fmt(date, 'long')}. Vi forventer at træffe afgørelse inden for 4 uger. Din sag har nummer {sagsnr}."),
                ("p", f"Venlig hilsen\n{sender(date)}")]
    raise ValueError(sub)



# ---------------------------------------------------------------- extra families (second batch)

def udskrivning_blocks(b: Builder, date, citizen, cpr):
    r = b.r
    first = citizen.split()[0]
    start = date + dt.timedelta(days=7)
    discharge = add_months(start, 3)
    end = six_end(start, 9)
    mname = r.choice(MENTORS["intern"])
    bl = [("small", "Havnestad Kommune · Sygedagpenge og Jobafklaring · Team Psykiatri og Beskæftigelse"),
          ("title", "Aftale om udskrivningskoordinator (LAB § 167, stk. 2)"),
          ("p", f"{citizen}" + (f", cpr.nr. {cpr}" if cpr else "") + f" er indlagt på Psykiatrisk Afdeling, Havnestad Universitetshospital. Forventet udskrivning: {fmt(discharge, 'long')}."),
          ("h", "Formål"), ("p", f"{first} fastholder sin plads på ernæringsassistentuddannelsen efter udskrivningen og møder på skolen mindst 4 dage om ugen fra {fmt(add_months(discharge, 1), 'long')}."),
          ("h", "Koordinator"), ("p", f"{mname}, udskrivningskoordinator, tlf. {b.ctx.phone()}"),
          ("h", "Koordinatorens opgaver"), ("ul", ["Deltage i udskrivningskonference med afdelingen", "Koordinere overgangen mellem hospital, skole og kommune", "Følge med til de første møder på skolen efter udskrivning"]),
          ("h", "Periode og timetal"), ("p", f"Fra {fmt(start, 'long')} (ca. 3 måneder før udskrivning) til {fmt(end, 'long')}, i alt 9 måneder, 3 timer pr. uge."),
          ("h", "Opfølgning"), ("p", "Opfølgning ved udskrivningen og derefter hver måned; evaluering 14 dage før ophør."),
          ("h", "Klagevejledning"), ("p", APPEAL_GOOD[1])]
    return bl, {"start": start.isoformat(), "end": end.isoformat()}


def groupmentor_blocks(b: Builder, date, citizen):
    mname = b.r.choice(MENTORS["jobhuset"])
    start = date + dt.timedelta(days=10)
    end = six_end(start, 6)
    return [("small", "Jobhuset Nordvest ApS · Industrivej 14, 8210 Havnestad V"),
            ("title", "Mentoraftale – virksomhedsmentor (gruppeforløb)"),
            ("kv", [("Borger", citizen), ("Arbejdsplads", "Havnestad Genbrugscenter, Skovvejen 9"),
                    ("Mål", f"{citizen.split()[0]} fastholder sit fleksjob på genbrugscentret med 10 timer om ugen og kan selv passe modtagelsen fra 1. vagt."),
                    ("Virksomhedsmentor", f"{mname}, Havnestad Genbrugscenter, tlf. {b.ctx.phone()}"),
                    ("Mentors opgaver", "Oplæring i sortering og kundeservice; dagligt tjek ind ved vagtstart; samtale med leder om skånehensyn"),
                    ("Periode", f"{fmt(start, 'long')} – {fmt(end, 'long')}"),
                    ("Timetal", "2 timer pr. plads pr. uge (gruppementor for 4 fleksjobansatte)"),
                    ("Opfølgning", "Trepartsmøde hver 6. uge og slutevaluering 14 dage før ophør.")]),
            ("h", "Klagevejledning"), ("p", APPEAL_GOOD[2]),
            ("sig", [citizen, mname])], {"start": start.isoformat(), "end": end.isoformat()}


def genvurdering_changed_blocks(b: Builder, date, citizen, cpr, sagsnr):
    start = date + dt.timedelta(days=10)
    end = six_end(start, 5)
    first = citizen.split()[0]
    return [("title", "Genvurdering – vi ændrer vores afgørelse om mentorstøtte"),
            ("p", f"{citizen}" + (f" · {cpr}" if cpr else "") + f" · Sagsnr. {sagsnr} · {fmt(date, 'long')}"),
            ("p", f"Kære {first}"),
            ("p", f"Du har klaget over vores afslag på mentorstøtte. Vi har vurderet sagen igen og giver dig nu medhold. Du får mentorstøtte i perioden {fmt(start, 'dots')} – {fmt(end, 'dots')} med 3 timer om ugen, jf. LAB § 167, stk. 1."),
            ("p", "Vi har lagt vægt på den nye lægeerklæring og udtalelsen fra praktikstedet, som du sendte med klagen."),
            ("h", "Klagevejledning"), ("p", APPEAL_GOOD[3]),
            ("p", f"Med venlig hilsen\n{b.ctx.person()}\nHavnestad Kommune, Beskæftigelse")], {"start": start.isoformat(), "end": end.isoformat()}


def change_hours_blocks(b: Builder, date, citizen, with_appeal):
    first = citizen.split()[0]
    start = date + dt.timedelta(days=14)
    end = add_months(start, 3)
    bl = [("small", "Havnestad Kommune, Beskæftigelse · Fleksjob og Ledighedsydelse"),
          ("title", "Ændring af din mentorstøtte – timetal"),
          ("p", f"Kære {first}"),
          ("p", f"Fra {fmt(start, 'long')} nedsætter vi din mentorstøtte fra 4 til 2 timer om ugen. Perioden er uændret og slutter {fmt(end, 'long')}."),
          ("h", "Begrundelse"), ("p", "Din mentor og din leder oplyser, at du nu selv klarer de faste opgaver. Vi har lagt vægt på, at støtten skal svare til det konkrete behov, jf. LAB § 167.")]
    if with_appeal:
        bl += [("h", "Klagevejledning"), ("p", APPEAL_GOOD[1])]
    else:
        bl += [("p", "Har du spørgsmål, er du velkommen til at ringe til mig.")]
    bl += [("p", f"Venlig hilsen\n{b.ctx.person()}")]
    return bl


def minplan_weeks_blocks(b: Builder, date, citizen):
    m = b.r.choice(MENTORS["bydel"])
    return [("small", "jobnet.dk · Min Plan · Aktiviteter"), ("title", "Min Plan"),
            ("h", "Mentorstøtte – Bydelsmentorerne"),
            ("kv", [("Formål", f"{citizen.split()[0]} er i sprogpraktik i SuperBrugsen Tilst 3 dage om ugen og har bestået Danskprøve 2 inden jul."),
                    ("Mentor", f"{m}, tlf. {b.ctx.phone()}"),
                    ("Mentorens opgaver", "Hjælp med transport og vagtplan; øve samtaler til praktikken; kontakt til sprogskolen"),
                    ("Varighed", f"26 uger fra {fmt(date, 'long')}"),
                    ("Timetal", "2 timer ugentligt")])]


def club_blocks(b: Builder, date, citizen):
    return [("title", "Mentoraftale – Fritidsmentor i Havnestad Boldklub"),
            ("p", f"Mellem {citizen.split()[0]} (13 år), forældre og klubbens frivillige fritidsmentor."),
            ("kv", [("Mål", "At blive en fast del af U14-holdet og komme til træning to gange om ugen."), ("Mentor", f"{b.ctx.person()}, frivillig træner"),
                    ("Varighed", "Sæsonen 2025/26"), ("Vi mødes", "Efter træning tirsdag")]),
            ("p", "Aftalen er frivillig og kan opsiges af begge parter. Den har ikke noget med kommunen at gøre.")]


def notice_blocks(b: Builder, date, citizen):
    return [("p", f"Kære {citizen}"), ("p", "Du har modtaget ny post fra Havnestad Kommune, Beskæftigelse, i din digitale postkasse."),
            ("p", "Emne: Afgørelse om mentorstøtte"), ("p", "Log ind på borger.dk eller i appen Digital Post for at læse brevet."),
            ("small", "Denne e-mail kan ikke besvares.")]


def moede_blocks(b: Builder, date, citizen):
    return [("title", "Mødeaftale"), ("p", f"Kære {citizen.split()[0]}"),
            ("p", f"Du er indkaldt til opstartsmøde om mentorstøtte {fmt(date, 'den')} kl. 13.00 i Jobcenter Havnestad, Værkmestergade 15, mødelokale 3.12. Din kommende mentor deltager også."),
            ("p", "Tag gerne dit sygesikringskort med. Hvis du er forhindret, skal du ringe på 89 40 20 00.")]

# ---------------------------------------------------------------- plan

AGR_DEFECTS = [[]] * 12 + [["missing-goal"], ["unclear-goal"], ["unclear-goal"], ["missing-mentor"], ["missing-tasks"],
                           ["missing-duration"], ["missing-follow-up"], ["missing-follow-up"], ["missing-hours"], ["missing-hours"],
                           ["missing-appeal-guidance"], ["missing-appeal-guidance"], ["duration-over-6-months"], ["duration-over-6-months"],
                           ["missing-follow-up", "missing-appeal-guidance"], ["unclear-goal", "missing-hours"],
                           ["missing-mentor", "duration-over-6-months"], ["missing-tasks", "missing-follow-up"]]
AGR_LAYOUTS = [("jobhuset-table", "docx", "jobhuset"), ("jobhuset-table", "docx-old", "jobhuset"), ("fokus-headings", "docx-h", "fokus"),
               ("fokus-headings", "pdf", "fokus"), ("mhk-letter", "pdf", "mhk"), ("mhk-letter", "odt", "mhk"),
               ("bydel-lines", "rtf", "bydel"), ("bydel-lines", "txt", "bydel"), ("bydel-lines", "eml", "bydel"),
               ("jc-scan", "scan", "intern"), ("jc-scan", "scan", "jobhuset"), ("momentum-html", "html", "fokus"),
               ("intern-odt", "odt", "intern"), ("intern-odt", "docx-h", "intern"), ("jc-scan", "scan", "mhk")]
DEC_PLAN = [("grant", []), ("grant", []), ("grant", []), ("grant", ["duration-over-6-months"]), ("grant", ["duration-over-6-months"]),
            ("grant", ["missing-appeal-guidance"]), ("partial", []), ("partial", []), ("partial", ["missing-appeal-guidance"]),
            ("refusal", []), ("refusal", ["missing-appeal-guidance"]), ("refusal", []), ("extension", []), ("extension", []),
            ("extension", ["duration-over-6-months"]), ("extension", ["missing-appeal-guidance"]), ("end", []), ("end", []),
            ("end", ["missing-appeal-guidance"]), ("end", [])]
DEC_EXTRAS = {11: ["missing-reasons"], 19: ["missing-reasons"], 1: ["appeal-wrong-route"]}
DEC_FORMATS = ["momentum", "fasit", "docx", "eml", "momentum", "fasit", "txt", "momentum", "docx", "fasit",
               "eml", "momentum", "fasit", "docx", "momentum", "txt", "fasit", "eml", "docx", "momentum"]
MP_PLAN = [("minplan-txt", []), ("minplan-html", []), ("minplan-momentum", []), ("uddannelsesplan-docx", []), ("minplan-txt", []),
           ("minplan-html", []), ("minplan-txt", ["missing-goal"]), ("minplan-html", ["unclear-goal"]),
           ("minplan-momentum", ["unclear-goal", "missing-hours"]), ("minplan-txt", ["missing-mentor"]),
           ("minplan-html", ["missing-tasks"]), ("minplan-momentum", ["missing-duration"]), ("uddannelsesplan-docx", ["missing-hours"]),
           ("minplan-html", ["duration-over-6-months"]), ("minplan-momentum", ["duration-over-6-months"]),
           ("minplan-txt", ["missing-mentor", "missing-tasks"])]
UNK_PLAN = [("status", "pdf"), ("invoice", "pdf"), ("minutes", "docx"), ("guidance", "html"), ("ankestyrelsen", "pdf"),
            ("genvurdering", "docx"), ("partshoring", "txt"), ("bestilling", "fasit"), ("mail-meeting", "eml"),
            ("journal", "txt"), ("samarbejdsaftale", "docx"), ("slutevaluering", "rtf"), ("blank", "docx"), ("kvittering", "eml")]
DEPT_CYCLE = ["unge", "integration", "syg", "flex"]
DEPT_DIR = {"unge": "ungeindsats", "integration": "integration", "syg": "sygedagpenge-jobafklaring", "flex": "fleksjob"}


def rand_date(r):
    d0 = dt.date(2024, 1, 8)
    return d0 + dt.timedelta(days=r.randint(0, (dt.date(2026, 10, 30) - d0).days))


def emit(blocks, fmtkey, path: Path, title, seed, date, frm="", to=""):
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmtkey == "docx":
        write_docx(blocks, path, "table")
    elif fmtkey == "docx-old":
        write_docx(blocks, path, "old")
    elif fmtkey == "docx-h":
        write_docx(blocks, path, "headings")
    elif fmtkey == "pdf":
        write_pdf(blocks, path, "letter")
    elif fmtkey in ("momentum", "fasit"):
        foot = (f"Udskrevet fra Momentum {fmt(date, 'dots')} af {seed % 900 + 100}ABC" if fmtkey == "momentum"
                else f"FASIT · Dok.nr. {seed * 7 % 99999} · udskrevet {fmt(date, 'iso')}")
        write_pdf(blocks, path, fmtkey, footer=foot)
    elif fmtkey == "scan":
        write_scan(blocks, path, seed)
    elif fmtkey == "txt":
        path.write_text(blocks_text(blocks), encoding="utf-8" if seed % 3 else "cp1252", errors="replace")
    elif fmtkey == "html":
        path.write_text(blocks_html(blocks, title, "momentum"), encoding="utf-8")
    elif fmtkey == "html-mp":
        path.write_text(blocks_html(blocks, title, "minplan"), encoding="utf-8")
    elif fmtkey == "odt":
        write_odt(blocks, path)
    elif fmtkey == "rtf":
        write_rtf(blocks, path)
    elif fmtkey == "eml":
        write_eml(blocks, path, title, frm or "sagsbehandler@havnestad.dk", to or "mentor@jobhuset-nv.dk", date, html=seed % 2 == 0)
    else:
        raise ValueError(fmtkey)


EXT = {"docx": "docx", "docx-old": "docx", "docx-h": "docx", "pdf": "pdf", "momentum": "pdf", "fasit": "pdf", "scan": "pdf",
       "txt": "txt", "html": "html", "html-mp": "html", "odt": "odt", "rtf": "rtf", "eml": "eml"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gv")
    ap.add_argument("--seed", type=int, default=17)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    r = random.Random(a.seed)
    ctx = Ctx(r)
    b = Builder(ctx)
    entries = []
    n = 0

    def cpr_for():
        return ctx.cpr(compact=r.random() < 0.3) if r.random() < 0.27 else None

    def entry(relpath, fmtkey, kind, subtype, layout, rules, cpr, traits, period=None, extras=()):
        e = {"path": relpath, "format": EXT[fmtkey], "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
             "must_not_contain": [cpr] if cpr else [], "traits": traits + (["cpr"] if cpr else [])}
        if period:
            e["period"] = period
        entries.append(e)

    # agreements
    defects_list = list(AGR_DEFECTS)
    r.shuffle(defects_list)
    for i, defects in enumerate(defects_list):
        layout, fk, prov = AGR_LAYOUTS[i % len(AGR_LAYOUTS)]
        dept = DEPT_CYCLE[(i + i // 4) % 4]
        date = rand_date(r)
        citizen = ctx.person()
        cpr = cpr_for()
        sagsnr = ctx.sagsnr(r.choice(["momentum", "fasit"]))
        blocks, f = agreement_blocks(b, layout, dept, prov, defects, date, citizen, cpr, sagsnr)
        if fk == "scan" and cpr is None and r.random() < 0.5:
            pass
        n += 1
        stem = r.choice([f"{date.isoformat()}_mentoraftale_{sagsnr[-4:]}", f"Mentoraftale {citizen.split()[1]} {fmt(date, 'dots')}",
                         f"aftale_mentor_{n:03d}", f"{sagsnr[-6:]}_Aftale om mentorstøtte"])
        rel = f"{DEPT_DIR[dept]}/{date.year}/{stem}.{EXT[fk]}"
        emit(blocks, fk, out / rel, "Mentoraftale – " + citizen, a.seed * 1000 + n, date,
             frm=f"{f['mentor_plain'].split()[0].lower()}@bydelsmentor.dk", to="ungeindsats@havnestad.dk")
        period = {"start": f["start"].isoformat(), "end": f["end"].isoformat()} if f.get("end") and f["period"] else None
        traits = [f"provider:{prov}", f"dept:{dept}", f"made:{fk}"]
        if f.get("end") and f["period"] and f["end"] == six_end(f["start"]):
            traits.append("period:exact-six")
        if f["appeal"] and "befordring" in f["appeal"]:
            traits.append("appeal:other-subject")
        entry(rel, fk, "agreement", "agreement", layout, defects, cpr, traits, period)

    # decisions
    for i, (sub, defects) in enumerate(DEC_PLAN):
        fk = DEC_FORMATS[i]
        dept = DEPT_CYCLE[(i * 3) % 4]
        date = rand_date(r)
        citizen = ctx.person()
        cpr = cpr_for()
        extras = DEC_EXTRAS.get(i, [])
        sagsnr = ctx.sagsnr("momentum" if fk == "momentum" else "fasit")
        blocks, title, period = decision_blocks(b, sub, fk, dept, defects, date, citizen, cpr, sagsnr, extras)
        n += 1
        stem = r.choice([f"{date.isoformat()} {title}", f"afg_{sub}_{sagsnr[-4:]}", f"Brev {n:03d} - {title.split(' – ')[0]}"])
        rel = f"{DEPT_DIR[dept]}/{date.year}/afgoerelser/{stem}.{EXT[fk]}".replace(" ", "_")
        emit(blocks, fk, out / rel, title, a.seed * 1000 + n, date,
             frm="noreply-digitalpost@havnestad.dk", to=f"{citizen.split()[0].lower()}.kopi@havnestad.dk")
        layout = {"momentum": "momentum-print", "fasit": "fasit-print", "docx": "letter-docx", "eml": "digitalpost-copy-eml", "txt": "letter-txt"}[fk]
        entry(rel, fk, "decision", sub, layout, defects, cpr, [f"dept:{dept}", f"made:{fk}"], period, extras)

    # Min Plan
    for i, (layout, defects) in enumerate(MP_PLAN):
        dept = "unge" if layout.startswith("uddannelses") else DEPT_CYCLE[(i + 1) % 4]
        prov = r.choice(["jobhuset", "mhk", "bydel", "fokus", "intern"])
        date = rand_date(r)
        citizen = ctx.person()
        cpr = cpr_for() if layout in ("minplan-txt", "minplan-momentum") else None
        blocks, f = minplan_blocks(b, layout, dept, prov, defects, date, citizen, cpr)
        fk = {"minplan-txt": "txt", "minplan-html": "html-mp", "minplan-momentum": "momentum", "uddannelsesplan-docx": "docx-h"}[layout]
        n += 1
        rel = f"{DEPT_DIR[dept]}/{date.year}/minplan/{r.choice(['MinPlan', 'min_plan_udskrift', 'plan'])}_{n:03d}.{EXT[fk]}"
        emit(blocks, fk, out / rel, "Min Plan", a.seed * 1000 + n, date)
        period = {"start": f["start"].isoformat(), "end": f["end"].isoformat()} if f.get("end") and f["period"] else None
        traits = [f"dept:{dept}", f"made:{fk}"] + (["other-activity-long"] if layout == "minplan-momentum" else [])
        entry(rel, fk, "minplan", "minplan", layout, defects, cpr, traits, period)

    # look-alikes
    for i, (sub, fk) in enumerate(UNK_PLAN):
        dept = DEPT_CYCLE[i % 4]
        date = rand_date(r)
        citizen = ctx.person()
        cpr = cpr_for() if sub in ("status", "ankestyrelsen", "journal") else None
        sagsnr = ctx.sagsnr("fasit")
        blocks = unknown_blocks(b, sub, date, citizen, cpr, sagsnr)
        n += 1
        rel = f"{DEPT_DIR[dept]}/{date.year}/ovrigt/{sub}_{n:03d}.{EXT[fk]}"
        title = next((x[1] for x in blocks if x[0] == "title"), "Flyt statusmøde fredag")
        emit(blocks, fk, out / rel, title, a.seed * 1000 + n, date,
             frm="sagsbehandler@havnestad.dk", to="mentor@fokusmentor.dk")
        entry(rel, fk, "unknown", sub, f"other-{sub}", [], cpr, [f"made:{fk}"])

    # second batch: special families
    def extra(rel, fk, kind, sub, layout, rules, cpr, traits, blocks, title, date, period=None, extras=()):
        nonlocal n
        n += 1
        emit(blocks, fk, out / rel, title, a.seed * 1000 + n, date, frm="sagsbehandler@havnestad.dk", to="borger@example.dk")
        entry(rel, fk, kind, sub, layout, rules, cpr, traits, period, extras)

    d = rand_date(r); c = ctx.person(); cp = ctx.cpr()
    bl, per = udskrivning_blocks(b, d, c, cp)
    extra(f"sygedagpenge-jobafklaring/{d.year}/udskrivningskoordinator_{n+1:03d}.docx", "docx-h", "agreement", "agreement",
          "udskrivning-docx", [], cp, ["udskrivningskoordinator", "period:nine-months-legit"], bl, "Udskrivningskoordinator", d, per)
    d = rand_date(r); c = ctx.person()
    bl, per = groupmentor_blocks(b, d, c)
    extra(f"fleksjob/{d.year}/virksomhedsmentor_gruppe_{n+1:03d}.docx", "docx", "agreement", "agreement",
          "jobhuset-group", [], None, ["hours:per-place", "period:exact-six"], bl, "Virksomhedsmentor", d, per)
    d = rand_date(r); c = ctx.person()
    bl, f = agreement_blocks(b, "jc-scan", "integration", "bydel", ["missing-hours"], d, c, None, ctx.sagsnr("fasit"))
    extra(f"integration/{d.year}/scan_aftale_{n+1:03d}.pdf", "scan", "agreement", "agreement", "jc-scan", ["missing-hours"], None,
          ["provider:bydel", "made:scan"], bl, "Aftale", d, {"start": f["start"].isoformat(), "end": f["end"].isoformat()})
    d = rand_date(r); c = ctx.person(); cp = ctx.cpr(compact=True); sn = ctx.sagsnr("momentum")
    bl, per = genvurdering_changed_blocks(b, d, c, cp, sn)
    extra(f"integration/{d.year}/afgoerelser/genvurdering_medhold_{sn}.pdf", "momentum", "decision", "reconsideration-grant",
          "momentum-print", [], cp, ["genvurdering:changed"], bl, "Genvurdering", d, per)
    d = max(rand_date(r), dt.date(2026, 2, 2)); c = ctx.person()
    extra(f"fleksjob/{d.year}/afgoerelser/Ændring_af_timetal_{n+1:03d}.docx", "docx", "decision", "change-hours", "letter-docx",
          ["missing-appeal-guidance"], None, ["change:hours"], change_hours_blocks(b, d, c, False), "Ændring", d)
    d = rand_date(r); c = ctx.person()
    extra(f"fleksjob/{d.year}/afgoerelser/aendring_timetal_{n+1:03d}.eml", "eml", "decision", "change-hours", "digitalpost-copy-eml",
          [], None, ["change:hours"], change_hours_blocks(b, d, c, True), "Ændring af din mentorstøtte – timetal", d)
    d = rand_date(r); c = ctx.person()
    st = d
    extra(f"integration/{d.year}/minplan/plan_{n+1:03d}.html", "html-mp", "minplan", "minplan", "minplan-html", [], None,
          ["period:26-uger"], minplan_weeks_blocks(b, d, c), "Min Plan", d,
          {"start": st.isoformat(), "end": (st + dt.timedelta(weeks=26) - dt.timedelta(days=1)).isoformat()})
    d = rand_date(r); c = ctx.person(); cp = ctx.cpr()
    bl, f = minplan_blocks(b, "minplan-txt", "syg", "fokus", ["missing-hours"], d, c, cp)
    extra(f"sygedagpenge-jobafklaring/{d.year}/minplan/MinPlan_{n+1:03d}.txt", "txt", "minplan", "minplan", "minplan-txt",
          ["missing-hours"], cp, [], bl, "Min Plan", d, {"start": f["start"].isoformat(), "end": f["end"].isoformat()})
    d = rand_date(r); c = ctx.person()
    bl, f = agreement_blocks(b, "fokus-headings", "unge", "fokus", ["missing-appeal-guidance", "unclear-goal"], d, c, None, ctx.sagsnr("momentum"))
    extra(f"ungeindsats/{d.year}/Aftale_mentor_{n+1:03d}.odt", "odt", "agreement", "agreement", "fokus-headings",
          ["missing-appeal-guidance", "unclear-goal"], None, ["provider:fokus"], bl, "Aftale", d,
          {"start": f["start"].isoformat(), "end": f["end"].isoformat()})
    for sub, fk, fn in [("fritidsmentor", "pdf", club_blocks), ("digitalpost-notice", "eml", notice_blocks), ("moedeaftale", "eml", moede_blocks)]:
        d = rand_date(r); c = ctx.person()
        bl = fn(b, d, c)
        title = next((x[1] for x in bl if x[0] == "title"), "Du har fået ny post" if sub == "digitalpost-notice" else sub)
        extra(f"{DEPT_DIR[r.choice(DEPT_CYCLE)]}/{d.year}/ovrigt/{sub}_{n+1:03d}.{EXT[fk]}", fk, "unknown", sub, f"other-{sub}", [], None,
              [f"made:{fk}"], bl, title, d)

    (out / "EXPECTED.jsonl").write_text(
        "\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])) + "\n",
        encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
