#!/usr/bin/env python3
"""Corpus DF: a municipality's digitised paper archive (scanning bureau + Tesseract OCR).

Every document is first built as a real page (reportlab: letterheads, label/value forms with
handwritten-looking entries, prose letters with an information column, checkbox rows, Min Plan
prints), rendered to an image (pypdfium2), degraded like a bulk scan (skew, speckle, uneven
light, punch holes, some pages fed upside down and turned back by Tesseract's OSD), then OCR'd
with ``tesseract -l dan`` into a PDF with a text layer and/or a TXT sidecar. No OCR errors are
injected by hand: the only damage is what Tesseract itself makes.

Labels are decided from the source content before OCR (the rule docs and domain.md).

Usage: make_corpus_df.py --out /work/corpora/df [--jobs 2]
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
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

SEED = 20261130

# ---------------------------------------------------------------------------------------------
# fonts
FONT_DIRS = {
    "Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Sans-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "Serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "Serif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-B": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Caladea": "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
    "Caladea-B": "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
    "Mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "Mono-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    # handwriting (Debian fonts-dkg-handwriting); falls back to DejaVu Sans Oblique
    "Hand": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
}
HAND_FALLBACK = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, path in FONT_DIRS.items():
        if name == "Hand" and not Path(path).exists():
            path = HAND_FALLBACK
        pdfmetrics.registerFont(TTFont(name, path))


# ---------------------------------------------------------------------------------------------
# people, places
FIRST = ["Anna", "Mikkel", "Sofie", "Jonas", "Fatima", "Ahmed", "Line", "Kasper", "Maja", "Emil",
         "Camilla", "Rasmus", "Nadia", "Frederik", "Louise", "Mads", "Sara", "Tobias", "Yasmin",
         "Oliver", "Ida", "Patrick", "Helle", "Bo", "Jannie", "Dennis", "Mette", "Karim"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Kjær", "Lund", "Bach",
        "Ali", "Yilmaz", "Holm", "Dam"]
MUNIS = [("Viborg", "Prinsens Allé 5", "8800 Viborg"), ("Skive", "Torvegade 10", "7800 Skive"),
         ("Holstebro", "Kirkestræde 11", "7500 Holstebro"), ("Randers", "Laksetorvet 1", "8900 Randers C"),
         ("Horsens", "Rådhustorvet 4", "8700 Horsens"), ("Hjørring", "Springvandspladsen 5", "9800 Hjørring"),
         ("Svendborg", "Ramsherred 5", "5700 Svendborg"), ("Næstved", "Teatergade 8", "4700 Næstved"),
         ("Slagelse", "Rådhuspladsen 11", "4200 Slagelse"), ("Haderslev", "Gravene 2", "6100 Haderslev"),
         ("Frederikshavn", "Rådhus Allé 100", "9900 Frederikshavn"), ("Silkeborg", "Søvej 1", "8600 Silkeborg")]
PROVIDERS = ["Mentorhuset ApS", "Jobhuset", "Kompetencecenter Nord", "Det Sociale Netværk",
             "Mentorkorpset", "Vejen Videre I/S", "Ungdommens Uddannelsesvejledning", "Aktivcentret",
             "Mentor & Mestring", "Støttekompagniet"]
STREETS = ["Skolegade", "Vestergade", "Nørregade", "Birkevej", "Ahornvej", "Industrivej",
           "Søndergade", "Kastanievej", "Toftevej", "Mølleparken"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

JOB_GOALS = [
    ("{f} er i virksomhedspraktik som lagermedarbejder hos {w} 15 timer om ugen senest {d}.", True),
    ("{f} starter på grundforløb 1 på EUD (tømrer) på {s} i {m} og møder mindst 4 dage om ugen.", True),
    ("{f} gennemfører FVU-dansk trin 2 på VUC og består prøven inden {d}.", True),
    ("At {f} fastholder sit fleksjob i kantinen hos {w} med 12 timer om ugen.", True),
    ("{f} kommer i løntilskud som pedelmedhjælper hos {w}, 20 timer om ugen, fra {d}.", True),
    ("{f} begynder på SOSU-hjælperuddannelsen i {m} og har højst 2 fraværsdage pr. måned i første skoleperiode.", True),
    ("{f} møder stabilt i praktik i butik hos {w} 3 dage om ugen og er afklaret til ordinært job inden {d}.", True),
    ("{f} starter på FGU (produktionsgrunduddannelse, værkstedsspor) i {m} og møder hver dag.", True),
]
VAGUE_GOALS = [
    "Støtte til at komme videre og få mere struktur på hverdagen.",
    "{f} skal have det bedre og øge sin trivsel og sit selvværd.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Sikre at {f} får ro på og kommer videre i livet.",
]
WORKPLACES = ["Bilka", "Netto", "Coop 365", "Kommunens Materielgård", "Dagli'Brugsen", "Plantorama",
              "Jysk lager", "Danish Crown", "Fakta", "Idrætscentret"]
SCHOOLS = ["Mercantec", "Tradium", "EUC Nordvest", "Syddansk Erhvervsskole", "Skive College",
           "SOSU Nord", "Campus Vejle"]
TASKS = [
    "følge {f} til praktikstedet de første to uger",
    "hjælpe med at planlægge ugen og huske aftaler",
    "tage med til møder på skolen og hos lægen",
    "ugentlig samtale om fremmøde og transport",
    "hjælpe med at læse breve fra kommunen og e-Boks",
    "støtte ved kontakt til arbejdsgiveren, hvis der opstår problemer",
    "øve busturen til skolen sammen med {f}",
    "vække/ringe om morgenen de dage, {f} skal møde",
    "hjælpe med at søge SU og finde bolig tæt på skolen",
]


def dk_date(d: date, style: str) -> str:
    if style == "words":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{str(d.year)[2:]}"
    return d.isoformat()


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day)


def cpr(rng: random.Random) -> str:
    d = date(1965, 1, 1) + timedelta(days=rng.randint(0, 365 * 38))
    return f"{d.day:02d}{d.month:02d}{str(d.year)[2:]}-{rng.randint(0, 9999):04d}"


def phone(rng: random.Random) -> str:
    n = f"{rng.choice([2, 3, 4, 5, 6, 7, 8, 9])}{rng.randint(0, 9999999):07d}"
    return rng.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:4]} {n[4:]}", n])


# ---------------------------------------------------------------------------------------------
# the page model: a list of blocks, rendered by reportlab platypus
@dataclass
class Doc:
    path: str
    kind: str
    subtype: str
    layout: str
    fmt: str  # pdf | txt | pdf+txt
    blocks: list = field(default_factory=list)
    side: list = field(default_factory=list)  # information column (right) on page 1
    rules: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    must_not: list = field(default_factory=list)
    traits: list = field(default_factory=list)
    period: dict | None = None
    font: str = "Sans"
    footer: str = ""
    header: str = ""


def build_pdf(doc: Doc, out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)
    f, fb = doc.font, doc.font + "-B"
    st = {
        "p": ParagraphStyle("p", fontName=f, fontSize=10.5, leading=14, spaceAfter=6),
        "small": ParagraphStyle("s", fontName=f, fontSize=8.5, leading=11, spaceAfter=4),
        "h1": ParagraphStyle("h1", fontName=fb, fontSize=15, leading=19, spaceAfter=8, spaceBefore=4),
        "h2": ParagraphStyle("h2", fontName=fb, fontSize=11.5, leading=15, spaceAfter=3, spaceBefore=7),
        "hand": ParagraphStyle("hd", fontName="Hand", fontSize=14, leading=17),
        "cell": ParagraphStyle("c", fontName=f, fontSize=9.5, leading=12),
        "cellb": ParagraphStyle("cb", fontName=fb, fontSize=9.5, leading=12),
        "box": ParagraphStyle("bx", fontName="Sans", fontSize=10, leading=14),
        "lh": ParagraphStyle("lh", fontName=fb, fontSize=17, leading=20),
        "side": ParagraphStyle("sd", fontName=f, fontSize=8.5, leading=11),
    }

    def para(text, style="p"):
        return Paragraph(escape(text).replace("\n", "<br/>"), st[style])

    flow = []
    for b in doc.blocks:
        t = b[0]
        if t == "letterhead":
            name, sub, addr = b[1], b[2], b[3]
            cw = [75 * mm, 48 * mm] if doc.side else [110 * mm, 60 * mm]
            tb = Table([[Paragraph(escape(name), st["lh"]), para(addr, "small")],
                        [para(sub, "small"), ""]], colWidths=cw)
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LINEBELOW", (0, 1), (-1, 1), 1.2, colors.black)]))
            flow += [tb, Spacer(1, 8 * mm)]
        elif t == "h1":
            flow.append(para(b[1], "h1"))
        elif t == "h2":
            flow.append(para(b[1], "h2"))
        elif t == "p":
            flow.append(para(b[1], b[2] if len(b) > 2 else "p"))
        elif t == "bullets":
            for item in b[1]:
                flow.append(Paragraph("•&nbsp;&nbsp;" + escape(item),
                                      ParagraphStyle("bl", parent=st["p"], leftIndent=14,
                                                     firstLineIndent=-10, spaceAfter=2)))
            flow.append(Spacer(1, 4))
        elif t == "table":  # rows of (label, value, hand?) ; value may be list of lines
            rows = []
            for row in b[1]:
                lab, val = row[0], row[1]
                hand = len(row) > 2 and row[2]
                vp = para(val, "hand" if hand else "cell") if val is not None else ""
                rows.append([para(lab, "cellb"), vp])
            w = b[2] if len(b) > 2 else (48, 122)
            tb = Table(rows, colWidths=[w[0] * mm, w[1] * mm])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            flow += [tb, Spacer(1, 5 * mm)]
        elif t == "checks":  # (label, [(checked, text)])
            items = "&nbsp;&nbsp;&nbsp;".join(("☒" if c else "☐") + "&nbsp;" + escape(x) for c, x in b[2])
            flow.append(Paragraph(f"<font name='{fb}'>{escape(b[1])}</font>&nbsp;&nbsp;{items}", st["box"]))
            flow.append(Spacer(1, 4))
        elif t == "sign":
            rows = [[para(b[1], "hand"), para(b[2], "hand")],
                    [para("______________________________", "cell"), para("______________________________", "cell")],
                    [para(b[3], "small"), para(b[4], "small")]]
            tb = Table(rows, colWidths=[85 * mm, 85 * mm])
            flow += [Spacer(1, 8 * mm), tb]
        elif t == "space":
            flow.append(Spacer(1, b[1] * mm))
        elif t == "pagebreak":
            from reportlab.platypus import PageBreak
            flow.append(PageBreak())

    W, H = A4

    def deco(canvas, _doc):
        canvas.saveState()
        canvas.setFont(f, 7.5)
        if doc.header:
            canvas.drawString(15 * mm, H - 9 * mm, doc.header.replace("{p}", str(_doc.page)))
        if doc.footer:
            canvas.drawCentredString(W / 2, 9 * mm, doc.footer.replace("{p}", str(_doc.page)))
        canvas.restoreState()

    d = BaseDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=18 * mm, bottomMargin=18 * mm, title="scan")
    full = Frame(20 * mm, 18 * mm, W - 40 * mm, H - 36 * mm, id="full")
    if doc.side:
        side = Frame(W - 62 * mm, H - 140 * mm, 45 * mm, 95 * mm, id="side")
        main = Frame(20 * mm, 18 * mm, W - 87 * mm, H - 36 * mm, id="main")
        d.addPageTemplates([PageTemplate("first", [side, main], onPage=deco),
                            PageTemplate("later", [full], onPage=deco)])
        sflow = [Paragraph(escape(x) if x else "&nbsp;", st["side"]) for x in doc.side]
        # letterhead goes in main frame, so the information column comes first
        flow = [NextPageTemplate("later")] + sflow + [FrameBreak()] + flow
    else:
        d.addPageTemplates([PageTemplate("full", [full], onPage=deco)])
    d.build(flow)


# ---------------------------------------------------------------------------------------------
# scan + OCR
def degrade_and_ocr(job: dict) -> dict:
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    rng = random.Random(job["seed"])
    src = Path(job["pdf"])
    work = Path(job["work"])
    work.mkdir(parents=True, exist_ok=True)
    dpi = job["dpi"]
    pdf = pdfium.PdfDocument(str(src))
    pages = []
    info = {"rotated": [], "skew": []}
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        w, h = img.size
        # uneven lighting: a gradient from one side, darker by up to 22 %
        grad = Image.linear_gradient("L").resize((w, h))
        grad = grad.rotate(rng.choice([0, 90, 180, 270]), expand=False).resize((w, h))
        lo = rng.randint(200, 240)
        grad = grad.point(lambda v, lo=lo: lo + (255 - lo) * v // 255)
        img = ImageChops.multiply(img, grad)
        # paper grain
        noise = Image.effect_noise((w, h), rng.uniform(4, 12)).point(lambda v: 128 + (v - 128) // 2)
        img = ImageChops.add(img, noise, scale=1.0, offset=-128)
        dr = ImageDraw.Draw(img)
        # speckle: dust and toner dots
        for _ in range(int(w * h * rng.uniform(0.00002, 0.00008))):
            x, y = rng.randrange(w), rng.randrange(h)
            r = rng.choice([0, 0, 1, 1, 2])
            dr.ellipse([x - r, y - r, x + r, y + r], fill=rng.randint(20, 110))
        if job.get("punch"):
            r = int(dpi * 0.11)
            for cy in (h // 2 - int(dpi * 1.6), h // 2 + int(dpi * 1.6)):
                cx = int(dpi * 0.45)
                dr.ellipse([cx - r, cy - r, cx + r, cy + r], fill=rng.randint(40, 90))
        if job.get("fold"):
            y = h // 3
            dr.line([(0, y), (w, y + rng.randint(-8, 8))], fill=170, width=2)
        ang = rng.uniform(-2.0, 2.0)
        info["skew"].append(round(ang, 2))
        img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=rng.randint(225, 250))
        if rng.random() < 0.5:
            img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
        if i in job.get("upside", []):
            img = img.rotate(180, expand=True)
        p = work / f"p{i:02d}.png"
        img.save(p, dpi=(dpi, dpi))
        # the bureau's auto-rotation: Tesseract OSD on every page
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        r = subprocess.run(["tesseract", str(p), "-", "--psm", "0", "--dpi", str(dpi)],
                           capture_output=True, text=True, env=env)
        rot = 0
        for line in r.stdout.splitlines():
            if line.startswith("Rotate:"):
                rot = int(line.split(":")[1])
        conf = 0.0
        for line in r.stdout.splitlines():
            if line.startswith("Orientation confidence:"):
                conf = float(line.split(":")[1])
        if rot and conf > 1.5:
            Image.open(p).rotate(-rot, expand=True).save(p, dpi=(dpi, dpi))
            info["rotated"].append((i, rot))
        pages.append(p)
    lst = work / "pages.txt"
    lst.write_text("\n".join(str(p) for p in pages) + "\n")
    base = work / "ocr"
    outs = [x for x in ("pdf", "txt") if x in job["fmt"]]
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    subprocess.run(["tesseract", str(lst), str(base), "-l", "dan", "--dpi", str(dpi)] + outs,
                   check=True, capture_output=True, env=env)
    res = {"path": job["path"], "info": info, "files": {}}
    for x in outs:
        res["files"][x] = str(base) + "." + x
    return res


# ---------------------------------------------------------------------------------------------
# content writers
class Ctx:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.i = i
        self.muni, self.street, self.city = rng.choice(MUNIS)
        self.first, self.last = rng.choice(FIRST), rng.choice(LAST)
        self.citizen = f"{self.first} {self.last}"
        self.mfirst = rng.choice([x for x in FIRST if x != self.first])
        self.mentor = f"{self.mfirst} {rng.choice(LAST)}"
        self.provider = rng.choice(PROVIDERS)
        self.mphone = phone(rng)
        dom = self.provider.lower().replace(" ", "").replace("&", "og").replace("'", "")
        dom = dom.replace("aps", "").replace("i/s", "").replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        self.memail = f"{self.mfirst.lower()}@{dom}.dk"
        self.cw = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.cwphone = phone(rng)
        self.year = rng.randint(2015, 2024)
        self.letter_date = date(self.year, rng.randint(1, 11), rng.randint(1, 28))
        self.start = self.letter_date + timedelta(days=rng.randint(5, 25))
        self.start = self.start.replace(day=1) if rng.random() < 0.6 else self.start
        self.addr = f"{rng.choice(STREETS)} {rng.randint(1, 80)}, {self.city}"
        self.cpr = cpr(rng)
        self.sag = f"{rng.choice(['15.20.00', '15.02.00', '32.18.12'])}-{rng.choice(['A', 'G', 'P'])}{rng.randint(10, 40)}-{rng.randint(100, 9999)}-{str(self.year)[2:]}"
        self.lab = "§ 31 b" if self.year < 2020 else "§ 167"
        self.lawname = "lov om en aktiv beskæftigelsesindsats"
        self.sender = f"Jobcenter {self.muni}"

    def goal(self, vague=False):
        rng = self.rng
        if vague:
            return rng.choice(VAGUE_GOALS).format(f=self.first)
        g, _ = rng.choice(JOB_GOALS)
        d = add_months(self.start, rng.randint(2, 5))
        return g.format(f=self.first, w=rng.choice(WORKPLACES), s=rng.choice(SCHOOLS),
                        d=dk_date(d, rng.choice(["words", "dots"])), m=MONTHS[d.month - 1] + f" {d.year}")

    def tasks(self, n=None):
        n = n or self.rng.randint(2, 4)
        return [t.format(f=self.first) for t in self.rng.sample(TASKS, n)]

    def period(self, over=False, months=None):
        m = months or self.rng.choice([3, 4, 6, 6, 6])
        if over:
            m = self.rng.choice([8, 9, 12])
        end = add_months(self.start, m) - timedelta(days=1)
        return self.start, end

    def appeal(self, variant="full"):
        rng = self.rng
        k = "jobcentret" if self.year < 2020 else "kommunen"
        if variant == "none":
            return None
        if variant == "incomplete":
            return rng.choice(["Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.",
                               "Hvis du er uenig i afgørelsen, er du velkommen til at kontakte os."])
        if variant == "direct":
            return (f"Hvis du ikke er enig i afgørelsen, kan du klage direkte til Ankestyrelsen. "
                    f"Klagen skal være modtaget senest 4 uger efter, at du har fået dette brev.")
        return rng.choice([
            f"Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal være modtaget af {self.sender} "
            f"senest 4 uger efter, at du har modtaget dette brev. Du kan klage skriftligt eller mundtligt. "
            f"Vi vil derefter genvurdere afgørelsen. Hvis vi fastholder den, sender vi klagen videre til "
            f"Ankestyrelsen, jf. § 204 i {self.lawname} og retssikkerhedslovens kapitel 10.",
            f"Hvis du ikke er enig i {k}s afgørelse, skal du klage til {k} inden fire uger. {k.capitalize()} "
            f"skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis {k} fastholder "
            f"sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen.",
            f"Klagefristen er 4 uger fra den dag, du modtog afgørelsen. Send klagen til {self.sender}, "
            f"{self.street}, {self.city}, eller ring til din sagsbehandler. Vi ser på sagen igen, og giver vi "
            f"dig ikke medhold, sender vi den til Ankestyrelsen, Beskæftigelsesudvalget.",
        ])

    def followup(self):
        return self.rng.choice([
            "Der holdes statusmøde med mentor, borger og sagsbehandler hver måned. Senest 14 dage før "
            "ophør evalueres forløbet, og progression i forhold til delmålene vurderes.",
            "Opfølgning hver 3. måned og altid 14 dage inden støtteperioden ophører.",
            "Mentor sender en kort status til sagsbehandler hver anden uge. Midtvejsevaluering efter 3 måneder.",
            "Vi følger op på fremmøde og delmål ved samtale i jobcentret hver 4. uge.",
        ])

    def hours(self, vague=False):
        if vague:
            return self.rng.choice(["Efter behov", "Løbende efter aftale", "Et par timer om ugen"])
        return self.rng.choice(["2 timer pr. uge", "3 timer ugentligt", "1½ time om ugen",
                                "4 t/uge", "8 timer om måneden", "2-3 timer pr. uge", "5 timer pr. uge"])


DEFECTS_AGR = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
               "missing-hours", "missing-follow-up", "missing-appeal-guidance", "duration-over-6-months"]


def municipal_head(c: Ctx, rng):
    return ("letterhead", f"{c.muni} Kommune", rng.choice([c.sender, f"Job og Ydelse · {c.sender}", "Beskæftigelse"]),
            f"{c.street}\n{c.city}\nTlf. {phone(rng)}\n{c.muni.lower()}.dk")


def side_column(c: Ctx, rng, with_cpr=False):
    s = [c.sender, c.street, c.city, "", f"Dato: {dk_date(c.letter_date, 'dots')}",
         f"Sagsnr.: {c.sag}", "", "Sagsbehandler:", c.cw, f"Direkte tlf.: {c.cwphone}"]
    if rng.random() < 0.5:
        s.append(f"{c.cw.split()[0].lower()}@{c.muni.lower()}.dk")
    if with_cpr:
        s += ["", f"CPR-nr.: {c.cpr}"]
    return s


def agreement(c: Ctx, defect: str | None, style: str) -> tuple[list, list, dict]:
    """Return blocks, side column and metadata for an agreement in one of four paper styles."""
    rng = c.rng
    s, e = c.period(over=(defect == "duration-over-6-months"))
    ds = rng.choice(["words", "dots", "slash", "short"])
    per = f"{dk_date(s, ds)} – {dk_date(e, ds)}"
    goal = None if defect == "missing-goal" else c.goal(vague=(defect == "unclear-goal"))
    tasks = None if defect == "missing-tasks" else c.tasks()
    mentor_contact = defect != "missing-mentor"
    hrs = c.hours(vague=(defect == "missing-hours" and rng.random() < 0.5))
    if defect == "missing-hours" and not any(x in hrs for x in ("behov", "aftale", "par timer")):
        hrs = None
    fu = None if defect == "missing-follow-up" else c.followup()
    ap = c.appeal("none" if defect == "missing-appeal-guidance" and rng.random() < 0.5 else
                  "incomplete" if defect == "missing-appeal-guidance" else "full")
    no_dur = defect == "missing-duration"
    blocks, side = [], []
    meta = {"period": None if no_dur else {"start": s.isoformat(), "end": e.isoformat()}}
    # most forms were filled in on a PC and printed; some were filled in by hand
    hand = style == "form" and rng.random() < 0.4
    meta["hand"] = hand
    if style == "form":
        blocks.append(municipal_head(c, rng))
        blocks.append(("h1", rng.choice(["Aftale om mentorstøtte", "Mentoraftale", "Aftale om mentorforløb"])))
        blocks.append(("p", f"jf. {c.lab} i {c.lawname}", "small"))
        rows = [("Borgerens navn", c.citizen, True), ("Adresse", c.addr, True)]
        if meta.get("cpr"):
            pass
        blocks.append(("table", rows))
        t = rng.randint(0, 2)
        blocks.append(("checks", "Mentortype:", [(t == 0, "Tilbudsmentor"), (t == 1, "Udvidet mentor"),
                                                  (t == 2, "Uddannelsesmentor")]))
        if rng.random() < 0.5:
            k = rng.random() < 0.7
            blocks.append(("checks", "Kontaktform:", [(k, "Fysisk møde"), (not k, "Telefon"), (False, "Video")]))
        rows = []
        mname = f"{c.mentor}, {c.provider}"
        rows.append(("Mentor (navn og kontaktdata)",
                     f"{mname}\ntlf. {c.mphone}" + (f"\n{c.memail}" if rng.random() < 0.5 else "") if mentor_contact else mname, hand))
        if goal:
            rows.append(("Målet med mentorstøtten", goal, hand))
        else:
            rows.append(("Målet med mentorstøtten", "", hand))
        if tasks:
            rows.append(("Mentorens opgaver", "\n".join("- " + t for t in tasks), hand))
        else:
            rows.append(("Mentorens opgaver", "", hand))
        rows.append(("Periode (fra – til)", "" if no_dur else per, hand))
        if hrs:
            rows.append(("Timetal", hrs, hand))
        else:
            rows.append(("Timetal", "", hand))
        rows.append(("Opfølgning og progression", fu or "", hand))
        blocks.append(("table", rows))
        if ap:
            blocks.append(("p", "Klagevejledning: " + ap, "small"))
        blocks.append(("sign", c.citizen, c.mentor, "Borgerens underskrift", "Mentors underskrift"))
    elif style == "letter":
        side = side_column(c, rng)
        blocks.append(municipal_head(c, rng))
        blocks.append(("p", f"{c.citizen}\n{c.addr}"))
        blocks.append(("space", 6))
        blocks.append(("h1", rng.choice(["Din aftale om mentorstøtte", "Aftale om mentorstøtte",
                                         "Her er jeres aftale om mentor"])))
        blocks.append(("p", f"Kære {c.first}"))
        blocks.append(("p", rng.choice([
            f"Du har fået bevilget mentorstøtte efter {c.lab} i {c.lawname}. Her får du det, vi blev enige om ved "
            f"mødet den {dk_date(c.letter_date, 'words')}, skrevet ned.",
            f"Tak for en god samtale. I dette brev står den aftale om mentorstøtte, som du, din mentor og jeg har lavet."])))
        if goal:
            blocks += [("h2", rng.choice(["Målet med støtten", "Hvad er målet?", "Dit mål"])), ("p", goal)]
        blocks.append(("h2", rng.choice(["Din mentor", "Mentor"])))
        if mentor_contact:
            blocks.append(("p", f"Din mentor er {c.mentor} fra {c.provider}. Du kan ringe til {c.mfirst} på {c.mphone}"
                           + (f" eller skrive på {c.memail}." if rng.random() < 0.6 else ".")))
        else:
            blocks.append(("p", f"Din mentor er {c.mentor} fra {c.provider}. {c.mfirst} kontakter dig inden for en uge."))
        if tasks:
            blocks.append(("h2", rng.choice([f"{c.mfirst} skal hjælpe dig med:", "Det skal mentor hjælpe dig med",
                                             "Mentorens opgaver"])))
            blocks.append(("bullets", [t[0].upper() + t[1:] for t in tasks]))
        dtxt = "" if no_dur else f"Aftalen gælder fra {dk_date(s, 'words')} til {dk_date(e, 'words')}. "
        htxt = (f"Du har {hrs.lower()} med din mentor." if hrs and not hrs.startswith(("Efter", "Løbende", "Et par"))
                else f"Timer: {hrs.lower()}." if hrs else "")
        if dtxt or htxt:
            blocks += [("h2", rng.choice(["Periode og timer", "Hvor længe og hvor meget?"])), ("p", dtxt + htxt)]
        if fu:
            blocks += [("h2", "Opfølgning"), ("p", fu)]
        if ap:
            blocks += [("h2", rng.choice(["Klagevejledning", "Hvis du vil klage"])), ("p", ap, "small")]
        blocks.append(("p", f"Venlig hilsen\n{c.cw}\nJobkonsulent"))
    elif style == "points":
        blocks.append(municipal_head(c, rng))
        blocks.append(("h1", "Aftale om mentorstøtte"))
        blocks.append(("table", [("Borger", c.citizen), ("Sagsnr.", c.sag), ("Udbyder", c.provider)], (40, 130)))
        rows = []
        rows.append(("1. Målet med mentorstøtten", goal or "Udfyldes senere"))
        rows.append(("2. Mentorens navn og kontaktdata",
                     f"{c.mentor}, tlf. {c.mphone}" if mentor_contact else c.mentor))
        rows.append(("3. Hvilke opgaver mentor skal bistå ved", "; ".join(tasks) if tasks else "-"))
        rows.append(("4. Varighed og opfølgning",
                     ("" if no_dur else f"{per}. ") + (fu or "")) if (not no_dur or fu) else ("4. Varighed og opfølgning", "-"))
        rows.append(("5. Timetal for mentorstøtten", hrs or "-"))
        rows.append(("6. Klagevejledning", ap or "-"))
        blocks.append(("table", rows, (58, 112)))
        blocks.append(("sign", c.citizen, c.cw, "Borger", f"For {c.sender}"))
    else:  # typewriter era: Courier-like mono, plain labels
        blocks.append(("p", f"{c.sender.upper()}\n{c.street}, {c.city}"))
        blocks.append(("space", 6))
        blocks.append(("h1", "MENTORAFTALE"))
        blocks.append(("p", f"Aftale om mentorstøtte efter {c.lab} for {c.citizen}, {c.addr}."))
        if goal:
            blocks.append(("p", "Formål: " + goal))
        blocks.append(("p", f"Mentor: {c.mentor}, {c.provider}" + (f", tlf. {c.mphone}" if mentor_contact else "")))
        if tasks:
            blocks.append(("p", "Mentors opgaver:\n" + "\n".join(f"{i + 1}) {t}" for i, t in enumerate(tasks))))
        if not no_dur:
            blocks.append(("p", f"Varighed: {per}"))
        if hrs:
            blocks.append(("p", f"Timeantal: {hrs}"))
        if fu:
            blocks.append(("p", "Evaluering: " + fu))
        if ap:
            blocks.append(("p", "Klageadgang: " + ap))
        blocks.append(("sign", c.citizen, c.mentor, "Borger", "Mentor"))
    return blocks, side, meta


def decision(c: Ctx, variant: str, defect: str | None):
    rng = c.rng
    side = side_column(c, rng, with_cpr=False)
    s, e = c.period(over=(defect == "duration-over-6-months"))
    blocks = [municipal_head(c, rng), ("p", f"{c.citizen}\n{c.addr}"), ("space", 6)]
    meta = {"period": None}
    ap = c.appeal("incomplete" if defect == "missing-appeal-guidance" and rng.random() < 0.5 else
                  "none" if defect == "missing-appeal-guidance" else
                  "direct" if defect == "appeal-wrong-route" else "full")
    extras = []
    hrs = c.hours()
    if variant == "grant":
        blocks.append(("h1", rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte",
                                         "Du får mentorstøtte"])))
        blocks.append(("p", f"{c.sender} har den {dk_date(c.letter_date, 'words')} bevilget dig mentorstøtte efter "
                       f"{c.lab} i {c.lawname} i perioden {dk_date(s, 'words')} til {dk_date(e, 'words')}. "
                       f"Mentorstøtten er på {hrs.lower()}."))
        blocks.append(("p", f"Din mentor bliver {c.mentor} fra {c.provider}, tlf. {c.mphone}."))
        meta["period"] = {"start": s.isoformat(), "end": e.isoformat()}
    elif variant == "partial":
        blocks.append(("h1", "Afgørelse – delvis bevilling af mentorstøtte"))
        blocks.append(("p", f"Du har søgt om mentorstøtte i 12 måneder med 6 timer om ugen. Du får bevilget mentorstøtte "
                       f"fra {dk_date(s, 'dots')} til {dk_date(e, 'dots')} med {hrs.lower()}. Det er færre timer end "
                       f"du søgte om."))
        meta["period"] = {"start": s.isoformat(), "end": e.isoformat()}
        if defect == "missing-reasons":
            extras.append("missing-reasons")
        else:
            blocks += [("h2", "Begrundelse"), ("p", f"Vi har lagt vægt på, at mentorstøtte efter {c.lab}, stk. 1, "
                        f"kan gives i højst 6 måneder ad gangen, og at din praktik kun kræver støtte i opstarten. "
                        f"Vi har også lagt vægt på oplysningerne fra dit møde med virksomheden.")]
    else:  # refusal
        blocks.append(("h1", rng.choice(["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag"])))
        blocks.append(("p", f"Du har den {dk_date(c.letter_date - timedelta(days=20), 'words')} søgt om mentorstøtte. "
                       f"Vi har givet dig afslag på din ansøgning."))
        if defect == "missing-reasons":
            extras.append("missing-reasons")
        else:
            blocks += [("h2", "Begrundelse"), ("p", rng.choice([
                f"Vi har lagt vægt på, at du allerede får støtte fra en SPS-mentor på skolen, og at den støtte "
                f"dækker dit behov. Mentorstøtte efter {c.lab} kan ikke gives til det, skolen selv skal tilbyde.",
                f"Afslaget er givet på baggrund af, at der ikke er et mål om beskæftigelse eller uddannelse i din "
                f"plan lige nu, jf. {c.lab} i {c.lawname}."]))]
    if variant != "refusal" and rng.random() < 0.5:
        blocks.append(("p", "Målet med mentorstøtten og mentorens opgaver skrives ind i Min Plan på Jobnet."))
    if ap:
        blocks += [("h2", rng.choice(["Klagevejledning", "Sådan klager du"])), ("p", ap, "small")]
    blocks.append(("p", f"Med venlig hilsen\n{c.cw}"))
    return blocks, side, meta, extras


def decision_with_bilag(c: Ctx, defect):
    blocks, side, meta, extras = decision(c, "grant", None if defect == "duration-over-6-months" else defect)
    # the agreement as Bilag 1 on page 2, complete; period from the decision
    s, e = date.fromisoformat(meta["period"]["start"]), date.fromisoformat(meta["period"]["end"])
    blocks += [("pagebreak",), ("h1", "Bilag 1: Aftale om mentorstøtte"),
               ("table", [("Mål", c.goal()), ("Mentor", f"{c.mentor}, {c.provider}, tlf. {c.mphone}"),
                          ("Opgaver", "\n".join(c.tasks())), ("Periode", f"{dk_date(s, 'dots')} - {dk_date(e, 'dots')}"),
                          ("Timer", c.hours()), ("Opfølgning", c.followup())], (35, 135))]
    return blocks, side, meta, extras


def minplan(c: Ctx, defect: str | None):
    rng = c.rng
    s, e = c.period(over=(defect == "duration-over-6-months"))
    printed = c.letter_date + timedelta(days=rng.randint(1, 30))
    blocks = [("h1", rng.choice(["Min Plan", f"Min Plan for {c.citizen}"])),
              ("p", f"{c.citizen}" + (f" · {c.cpr[:6]}-xxxx" if rng.random() < 0.3 else "") +
               f"\nUdskrevet {dk_date(printed, 'dots')}", "small")]
    if defect != "unclear-goal":
        blocks += [("h2", "Mit mål"), ("p", rng.choice(["Job som lagermedarbejder", "Uddannelse: EUD tømrer",
                                                        "Ordinært job i detailhandlen", "Fleksjob i kantine/køkken"]))]
    if rng.random() < 0.7:
        ps = s - timedelta(days=rng.randint(0, 20))
        blocks += [("h2", "Virksomhedspraktik"),
                   ("table", [("Sted", rng.choice(WORKPLACES)), ("Start", dk_date(ps, "dots")),
                              ("Slut", dk_date(add_months(ps, rng.choice([2, 3])), "dots")),
                              ("Timer pr. uge", str(rng.choice([10, 15, 20]))),
                              ("Kontaktperson", f"{rng.choice(FIRST)} {rng.choice(LAST)}, tlf. {phone(rng)}")], (45, 125))]
    rows = []
    rows.append(("Formål", c.goal(vague=(defect == "unclear-goal"))))
    rows.append(("Mentor", f"{c.mentor}, {c.provider}" + ("" if defect == "missing-mentor" else f", tlf. {c.mphone}")))
    if defect != "missing-tasks":
        rows.append(("Mentors opgaver", "; ".join(c.tasks())))
    if defect != "missing-duration":
        rows.append(("Periode", f"{dk_date(s, 'dots')} - {dk_date(e, 'dots')}"))
    if defect != "missing-hours":
        rows.append(("Timer", c.hours()))
    blocks += [("h2", rng.choice(["Mentorstøtte", f"Mentorstøtte ({c.lab})"])), ("table", rows, (45, 125))]
    meta = {"period": None if defect == "missing-duration" else {"start": s.isoformat(), "end": e.isoformat()}}
    return blocks, meta


def unknown_doc(c: Ctx, sub: str):
    rng = c.rng
    if sub == "faktura":
        n = rng.randint(8, 30)
        return [("letterhead", c.provider, "CVR 3" + str(rng.randint(1000000, 9999999)), f"{rng.choice(STREETS)} 4\n{c.city}"),
                ("h1", f"Faktura nr. {c.year}-{rng.randint(100, 999)}"),
                ("p", f"{c.muni} Kommune, {c.sender}\nAtt.: {c.cw}\nFakturadato: {dk_date(c.letter_date, 'dots')}"),
                ("table", [("Ydelse", "Mentorstøtte, sag " + c.sag), ("Periode", f"{MONTHS[c.letter_date.month - 1]} {c.year}"),
                           ("Antal timer", str(n)), ("Timepris", "465,00 kr."), ("I alt ekskl. moms", f"{n * 465:,} kr.".replace(",", "."))]),
                ("p", "Betalingsbetingelser: netto 30 dage. Bank: reg. 9570 konto 1234567.", "small")]
    if sub == "status":
        return [municipal_head(c, rng), ("h1", "Statusnotat fra mentor"),
                ("p", f"Borger: {c.citizen}\nMentor: {c.mentor}, {c.provider}\nPeriode for notatet: {MONTHS[c.letter_date.month - 1]} {c.year}"),
                ("h2", "Hvordan er det gået?"),
                ("p", f"{c.first} har mødt stabilt i praktikken de sidste fire uger, bortset fra en sygedag. Vi har brugt "
                      f"timerne på at øve transport og på en samtale med lederen om arbejdsopgaver."),
                ("h2", "Næste skridt"), ("p", "Jeg foreslår, at vi drøfter en forlængelse af praktikken på næste statusmøde.")]
    if sub == "pjece":
        return [("h1", "Mentorstøtte – sådan foregår det"),
                ("p", f"{c.sender} kan give dig en mentor, hvis du har brug for støtte for at komme i gang med et job, "
                      f"en praktik eller en uddannelse."),
                ("h2", "Hvad står der i aftalen?"),
                ("bullets", ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                             "hvor længe støtten varer (højst 6 måneder ad gangen)", "hvor mange timer om ugen",
                             "hvordan vi følger op"]),
                ("h2", "Kan jeg klage?"),
                ("p", "Ja. Du kan klage over en afgørelse om mentorstøtte inden 4 uger. Klagen sendes til kommunen.")]
    if sub == "referat":
        return [municipal_head(c, rng), ("h1", f"Referat af møde i mentorteamet {dk_date(c.letter_date, 'words')}"),
                ("p", f"Deltagere: {c.cw}, {c.mentor}, {rng.choice(FIRST)} {rng.choice(LAST)} (afdelingsleder)"),
                ("h2", "1. Nye retningslinjer for timetal"),
                ("p", "Teamet drøftede serviceniveauerne. Niveau 2 (1-2 timer pr. uge) bruges fremover som udgangspunkt."),
                ("h2", "2. Evaluering 14 dage før ophør"),
                ("p", "Alle mentorforløb skal evalueres senest 14 dage før ophør. Skabelonen opdateres."),
                ("h2", "3. Eventuelt"), ("p", "Intet.")]
    if sub == "indkaldelse":
        return [municipal_head(c, rng), ("p", f"{c.citizen}\n{c.addr}"),
                ("h1", "Indkaldelse til samtale"),
                ("p", f"Du er indkaldt til samtale i {c.sender} {dk_date(c.letter_date + timedelta(days=10), 'words')} kl. 10.00. "
                      f"Vi skal tale om, hvordan det går med din praktik, og om du kan have gavn af en mentor."),
                ("p", "Hvis du ikke kan komme, skal du ringe til os senest dagen før. Hvis du udebliver uden rimelig grund, "
                      "kan det få betydning for din ydelse."),
                ("p", f"Venlig hilsen\n{c.cw}")]
    if sub == "klub":
        return [("h1", f"{c.city.split()[-1]} Håndboldklub – Mentoraftale for ungementorer"),
                ("p", "Klubbens ungementorer hjælper nye spillere mellem 12 og 16 år med at falde til i klubben."),
                ("table", [("Mentor", f"{c.mentor}, U19-spiller, tlf. {c.mphone}"), ("Ny spiller", c.first),
                           ("Mål", "At spilleren kommer til træning to gange om ugen og lærer holdet at kende"),
                           ("Periode", "Efterårssæsonen"), ("Opgaver", "Hente til første træning, vise omklædning")]),
                ("p", "Aftalen er frivillig og kan altid stoppes af begge parter.")]
    if sub == "kvittering":
        return [municipal_head(c, rng), ("p", f"{c.citizen}\n{c.addr}"),
                ("h1", "Kvittering for din ansøgning"),
                ("p", f"Vi har den {dk_date(c.letter_date, 'words')} modtaget din ansøgning om mentorstøtte. "
                      f"Vi forventer at kunne træffe afgørelse inden for 4 uger. Du hører fra os."),
                ("p", f"Venlig hilsen\n{c.sender}")]
    raise ValueError(sub)


# ---------------------------------------------------------------------------------------------
def plan(rng: random.Random) -> list[Doc]:
    docs: list[Doc] = []
    # kinds: 45 agreements, 20 decisions, 18 Min Plan prints, 15 unknown  (98 sources)
    kinds = ["agreement"] * 45 + ["decision"] * 20 + ["minplan"] * 18 + ["unknown"] * 15
    rng.shuffle(kinds)
    unk_subs = ["faktura", "status", "pjece", "referat", "indkaldelse", "klub", "kvittering"] * 3
    rng.shuffle(unk_subs)
    box = 1
    # defects cycle through each kind's list so that every rule occurs; whether a document is
    # defective at all is drawn (about 30 %)
    cyc = {"agreement": iter(DEFECTS_AGR * 3),
           "decision": iter(["duration-over-6-months", "missing-appeal-guidance", "missing-reasons",
                             "appeal-wrong-route"] * 3),
           "minplan": iter(["unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
                            "missing-hours", "duration-over-6-months"] * 3)}
    for i, kind in enumerate(kinds):
        c = Ctx(random.Random(SEED * 7 + i), i)
        r = c.rng
        if i % 12 == 0:
            box += 1
        fmt = r.choices(["pdf", "txt", "pdf+txt"], [60, 25, 15])[0]
        name = f"kasse-{box:02d}/laeg-{r.randint(1, 40):02d}/scan_{c.year}_{100000 + i * 37:06d}"
        traits = ["ocr:tesseract-dan", "scanned-paper"]
        rules, extras, period, side = [], [], None, []
        font = r.choice(["Sans", "Serif", "Carlito", "Caladea"])
        defect = None
        if kind == "agreement":
            style = r.choice(["form", "form", "letter", "letter", "points", "typewriter"])
            if r.random() < 0.32:
                defect = next(cyc["agreement"])
            blocks, side, meta = agreement(c, defect, style)
            if style == "typewriter":
                font = "Mono"
            layout = {"form": "form", "letter": "letter-sidebar", "points": "table", "typewriter": "plain"}[style]
            sub = f"aftale-{style}"
            period = meta["period"]
            if style == "form":
                traits += ["handwritten-values" if meta["hand"] else "handwritten-name-signature", "checkboxes"]
        elif kind == "decision":
            v = r.choice(["grant", "grant", "grant-bilag", "grant-bilag", "partial", "refusal", "refusal"])
            if r.random() < 0.45:
                defect = next(cyc["decision"])
                if defect == "duration-over-6-months" and v in ("refusal", "grant-bilag"):
                    v = "partial" if v == "refusal" else "grant"
                if defect == "missing-reasons" and v not in ("partial", "refusal"):
                    v = "refusal"
            if v == "grant-bilag":
                blocks, side, meta, extras = decision_with_bilag(c, defect if defect != "duration-over-6-months" else None)
                traits.append("bilag-agreement")
            else:
                blocks, side, meta, extras = decision(c, v, defect)
            layout, sub, period = "letter-sidebar", f"afgoerelse-{v}", meta["period"]
        elif kind == "minplan":
            if r.random() < 0.32:
                defect = next(cyc["minplan"])
            blocks, meta = minplan(c, defect)
            layout, sub, period = "cards", "minplan-print", meta["period"]
            font = "Sans"
        else:
            sub = unk_subs.pop()
            blocks = unknown_doc(c, sub)
            layout = "mixed"
        if defect in ("missing-reasons", "appeal-wrong-route"):
            extras = sorted(set(extras) | {defect})
        elif defect:
            rules.append(defect)
        doc = Doc(path=name, kind=kind, subtype=sub, layout=layout, fmt=fmt, blocks=blocks, side=side,
                  rules=sorted(rules), extras=extras, traits=traits, period=period, font=font)
        # CPR on about a quarter of the papers (in the info column or under the name)
        if kind != "unknown" and r.random() < 0.24:
            if side:
                doc.side += ["", f"CPR-nr.: {c.cpr}"]
            else:
                for j, b in enumerate(doc.blocks):
                    if b[0] == "table":
                        doc.blocks[j] = ("table", [("CPR-nummer", c.cpr, kind == "agreement" and "handwritten-values" in traits)] + list(b[1])) + tuple(b[2:])
                        break
                else:
                    doc.blocks.insert(1, ("p", f"CPR-nr. {c.cpr}"))
            doc.must_not = [c.cpr, c.cpr.replace("-", "")]
            traits.append("cpr")
        if r.random() < 0.35:
            doc.footer = r.choice([f"Side {{p}}", f"{c.muni} Kommune · {c.sender} · side {{p}}",
                                   f"https://www.jobnet.dk/minplan  {{p}}/2"] if kind == "minplan" else
                                  ["Side {p}", f"{c.muni} Kommune · {c.sender} · side {{p}}"])
        if kind == "minplan" and r.random() < 0.7:
            doc.header = f"{dk_date(c.letter_date, 'dots')} 10:{r.randint(10, 59)}        Min Plan - Jobnet"
        docs.append(doc)
    return docs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    register_fonts()
    rng = random.Random(SEED)
    docs = plan(rng)
    if args.limit:
        docs = docs[: args.limit]
    out = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="corpus_df_"))
    jobs = []
    for k, d in enumerate(docs):
        src = tmp / f"src{k:03d}.pdf"
        build_pdf(d, src)
        r = random.Random(SEED + 1000 + k)
        dpi = r.choice([200, 240, 300, 300])
        import pypdfium2 as pdfium
        npages = len(pdfium.PdfDocument(str(src)))
        upside = [p for p in range(npages) if r.random() < 0.12]
        job = {"seed": SEED + 2000 + k, "pdf": str(src), "work": str(tmp / f"w{k:03d}"), "dpi": dpi,
               "fmt": d.fmt, "path": d.path, "upside": upside, "punch": r.random() < 0.4,
               "fold": r.random() < 0.2}
        d.traits += [f"dpi:{dpi}", f"pages:{npages}"] + (["upside-down-fed"] if upside else []) + \
            (["punch-holes"] if job["punch"] else [])
        if "txt" in d.fmt and "pdf" in d.fmt:
            d.traits.append("sidecar-txt")
        jobs.append(job)
    byp = {d.path: d for d in docs}
    entries = []
    with ProcessPoolExecutor(args.jobs) as ex:
        for res in ex.map(degrade_and_ocr, jobs):
            d = byp[res["path"]]
            if res["info"]["rotated"]:
                d.traits.append("osd-autorotated")
            if any(abs(a) >= 1.0 for a in res["info"]["skew"]):
                d.traits.append("skew>=1deg")
            for ext, f in res["files"].items():
                rel = f"{d.path}.{ext}"
                (out / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(f, out / rel)
                e = {"path": rel, "format": ext, "kind": d.kind, "subtype": d.subtype, "layout": d.layout,
                     "rules": d.rules, "extras": d.extras, "error": None, "accept_errors": [],
                     "must_not_contain": d.must_not, "traits": sorted(set(d.traits))}
                if d.period and d.kind != "unknown":
                    e["period"] = d.period
                entries.append(e)
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools/corpusgen/src"))
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"wrote {len(entries)} documents to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
