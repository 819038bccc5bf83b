#!/usr/bin/env python3
"""Corpus HP: fillable forms as municipalities distribute them and caseworkers fill them in.

PDF AcroForm forms (filled with appearance streams, filled without them, flattened, printed),
Word forms (legacy FORMTEXT/FORMCHECKBOX/FORMDROPDOWN fields and content controls), ODT forms
with form controls, and printed-and-scanned filled forms.

    /work/main/.venv/bin/python make_corpus_hp.py --out /work/corpora/hp [--seed 18]
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas as rl_canvas

from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, NameObject, TextStringObject

import docx
from docx.oxml import parse_xml
from docx.shared import Pt

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
APPLIES = {
    "agreement": set(RULES),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

KOMMUNER = [
    ("Horsens Kommune", "Rådhustorvet 4, 8700 Horsens", "76 29 29 29"),
    ("Viborg Kommune", "Prinsens Allé 5, 8800 Viborg", "87 87 87 87"),
    ("Næstved Kommune", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88"),
    ("Holbæk Kommune", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
    ("Kolding Kommune", "Akseltorv 1, 6000 Kolding", "79 79 79 79"),
    ("Silkeborg Kommune", "Søvej 1, 8600 Silkeborg", "89 70 10 00"),
    ("Svendborg Kommune", "Ramsherred 5, 5700 Svendborg", "62 23 30 00"),
    ("Hjørring Kommune", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33"),
    ("Slagelse Kommune", "Rådhuspladsen 11, 4200 Slagelse", "58 57 36 00"),
    ("Vejle Kommune", "Skolegade 1, 7100 Vejle", "76 81 00 00"),
    ("Ringsted Kommune", "Sankt Bendts Gade 1, 4100 Ringsted", "57 62 62 62"),
    ("Frederikshavn Kommune", "Rådhus Allé 100, 9900 Frederikshavn", "98 45 50 00"),
]
CITIZENS = ["Mads Kristensen", "Sara Nielsen", "Ahmed Yusuf", "Line Mortensen", "Jonas Holm",
            "Fatima Ali", "Kasper Lund", "Camilla Brandt", "Oliver Skov", "Nadia Hansen",
            "Emil Thomsen", "Rikke Poulsen", "Mikkel Bach", "Amalie Juhl", "Tobias Friis",
            "Sofie Dahl", "Yasmin Haddad", "Lasse Kjær", "Maja Winther", "Rasmus Vinther"]
MENTORS = [("Lars Østergaard", "Jobhuset ApS"), ("Helle Vestergaard", "Mentorteamet, kommunen"),
           ("Anders Bruun", "Vækstværkstedet"), ("Pernille Aagesen", "Kompetencecentret"),
           ("Thomas Kirk", "Ung i Job"), ("Mette Lauridsen", "Bro til Arbejde"),
           ("Kim Sørensen", "Mentorhuset"), ("Dorthe Vang", "Det Sociale Netværk"),
           ("Jesper Hald", "Trappen I/S"), ("Ulla Krogh", "Uddannelsesvejledningen")]
CASEWORKERS = ["Birgitte Holm", "Jens Aagaard", "Lene Søgaard", "Morten Bay", "Susanne Friis",
               "Per Lindholm", "Anja Rask", "Hanne Mølgaard"]

GOALS_CLEAR = [
    "{fn} er i virksomhedspraktik 15 timer om ugen på lageret hos Bilka senest 1. juni 2026 med henblik på løntilskud.",
    "{fn} starter på grundforløb 1 på Tradium (smed) i august 2026 og møder mindst fire dage om ugen.",
    "{fn} gennemfører FGU (produktionsgrunduddannelse, køkken) med højst to dages fravær pr. måned.",
    "{fn} har et fleksjob som køkkenmedhjælper på 12 timer om ugen inden periodens udløb.",
    "{fn} møder stabilt på praktikstedet i Netto (3 dage om ugen, kl. 8-12) og kan herefter overgå til ordinær ansættelse.",
    "{fn} består FVU-dansk trin 2 på VUC i juni 2026 som første skridt mod SOSU-hjælperuddannelsen.",
    "{fn} fastholder sit job som chauffør hos DanTrans 30 timer om ugen og har højst 1 sygedag om måneden.",
    "{fn} er optaget på HF-enkeltfag (dansk og matematik) pr. 1. august 2026 og følger undervisningen 4 dage om ugen.",
    "{fn} er i løntilskud som pedelmedhjælper på Kildeskolen 25 timer om ugen fra maj 2026.",
    "{fn} gennemfører praktik på plejehjemmet Solhøj 20 timer om ugen og afklares til SOSU-uddannelsen.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "Øget selvværd og mere struktur på hverdagen.",
    "At {fn} kommer tættere på arbejdsmarkedet.",
    "Motivere {fn} og skabe stabilitet i hverdagen.",
    "Sikre at {fn} trives bedre.",
    "Hjælp til at få overblik over hverdagen og økonomien.",
]
TASKS = [
    ["Følges med {fn} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Kontakt til praktikvært ved fravær"],
    ["Hjælpe med at planlægge ugen (vækning, transport, madpakke)", "Deltage i opstartsmødet på skolen",
     "Sparre om fravær og lektier en gang om ugen"],
    ["Støtte ved kontakt til arbejdsgiver", "Hjælpe med Digital Post og breve fra kommunen",
     "Følge op på aftaler med læge og psykolog, så de ikke kolliderer med praktikken"],
    ["Morgenopkald mandag og onsdag", "Gennemgå skemaet på uddannelsen hver fredag",
     "Hjælpe med at søge SU og bolig tæt på skolen"],
    ["Introduktion til arbejdspladsen sammen med {fn}", "Løbende dialog med nærmeste leder",
     "Træne konkrete arbejdsopgaver på pladsen"],
]
FOLLOWUPS = [
    "Statusmøde hver 4. uge med {fn}, mentor og sagsbehandler. Evaluering 14 dage før støtteperioden ophører.",
    "Opfølgning hver måned på fremmøde (delmål: 3 dage om ugen i maj, 4 dage om ugen fra juni).",
    "Mentor sender kort status til sagsbehandler hver 14. dag; midtvejsevaluering i uge {wk}.",
    "Fælles evalueringsmøde efter 3 måneder og senest 14 dage før ophør. Progression måles på antal fremmødedage.",
    "Statussamtale hver 6. uge på jobcentret. Delmål: praktik i 10 timer om ugen inden udgangen af 2. måned.",
]
FOLLOWUP_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter behov"]

APPEALS_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {k}. Klagen skal være modtaget inden fire uger "
    "efter, at du har fået afgørelsen. Du kan klage mundtligt eller skriftligt. Kommunen genvurderer "
    "afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen "
    "(LAB § 204, retssikkerhedslovens kapitel 10).",
    "Klagevejledning: Du kan klage over afgørelsen inden 4 uger fra modtagelsen. Klagen sendes til {k}, "
    "Jobcenter, {adr}, eller via Digital Post. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, "
    "sender vi klagen og sagens akter til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Er du uenig, skal du klage til kommunen senest 4 uger efter, at du har modtaget dette skema. "
    "Kommunen skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis kommunen "
    "fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til den.",
]
APPEALS_BAD = [
    "Du kan klage over afgørelsen.",
    "Klagevejledning: se vedlagte folder.",
    "Ønsker du at klage, kan du kontakte din sagsbehandler.",
]

NOT_RENDERED = "not-rendered"


# ----------------------------------------------------------------------------- helpers
def ddate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day}/{d.month}-{d.year}"


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def fake_cpr(rng: random.Random) -> str:
    d = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randrange(0, 30 * 365))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def phone(rng):
    return f"{rng.choice([2, 3, 4, 5, 6, 9])}{rng.randrange(0, 10)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"


# ----------------------------------------------------------------------------- form model
# A form is a title, a header and a list of items:
#   ("h", text)                      section heading
#   ("p", text)                      printed text
#   ("t", name, label, value, lines) text field (lines>1: multi-line); value "" = left empty;
#                                    value may be ("default", text) = field showing its default text
#   ("cb", name, label, checked)     check box
#   ("dd", name, label, options, index)   drop-down; index None = "- vælg -"
#   ("rb", name, label, options, index)   radio group
#   ("date", name, label, date|None, style)
#   ("hidden", name, label, value)   field whose widget is hidden: value not shown (PDF only)
class Form:
    def __init__(self, title, org, sub=""):
        self.title, self.org, self.sub = title, org, sub
        self.items = []

    def add(self, *item):
        self.items.append(item)


def val_text(v):
    if isinstance(v, tuple):
        return v[1]
    return v


# ----------------------------------------------------------------------------- PDF renderers
W, H = A4
LM = 50


class PdfForm:
    """mode: 'acro' (fields with appearance streams, values set), 'blank' (fields empty, for later
    filling), 'print' (values drawn in boxes: a printed/flattened form)."""

    def __init__(self, path, form, mode, style):
        self.f, self.mode, self.style = form, mode, style
        self.c = rl_canvas.Canvas(str(path), pagesize=A4)
        self.c.setTitle(form.title)
        self.c.setAuthor(form.org)
        self.y = H - 50
        self.page = 1
        self.fills = {}  # name -> value for later filling

    def newpage(self, need):
        if self.y - need < 60:
            self.footer()
            self.c.showPage()
            self.page += 1
            self.y = H - 50

    def footer(self):
        self.c.setFont("Helvetica", 7)
        self.c.drawString(LM, 30, f"{self.f.org} · blanket {self.style['blanket']}")
        self.c.drawRightString(W - LM, 30, f"Side {self.page}")

    def header(self):
        c = self.c
        c.setFont("Helvetica-Bold", 11)
        c.drawString(LM, self.y, self.f.org)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - LM, self.y, self.style["blanket"])
        self.y -= 30
        c.setFont("Helvetica-Bold", 15)
        c.drawString(LM, self.y, self.f.title)
        self.y -= 16
        if self.f.sub:
            c.setFont("Helvetica", 9)
            c.drawString(LM, self.y, self.f.sub)
            self.y -= 14
        self.y -= 8

    def text_lines(self, text, width, font="Helvetica", size=9):
        out = []
        for para in str(text).split("\n"):
            out.extend(simpleSplit(para, font, size, width) or [""])
        return out

    def field_box(self, name, value, x, y, w, h, lines, hidden=False):
        c = self.c
        if self.mode == "print":
            c.setStrokeGray(0.5)
            c.rect(x, y, w, h, stroke=1, fill=0)
            if value and not hidden:
                c.setFont("Helvetica", 9)
                ty = y + h - 11
                for ln in self.text_lines(value, w - 6):
                    c.drawString(x + 3, ty, ln)
                    ty -= 11
            return
        flags = "multiline" if lines > 1 else ""
        value = (value or "").replace("\u2013", "-").replace("\u2014", "-")
        if lines > 1 and value:
            value = "\n".join(self.text_lines(value, w - 6))
        v = "" if self.mode == "blank" else value
        kw = dict(name=name, tooltip=name, x=x, y=y, width=w, height=h, value=v, fieldFlags=flags,
                  fontName="Helvetica", fontSize=9, borderWidth=0.5, maxlen=None,
                  fillColor=None, forceBorder=True)
        if hidden:
            kw["annotationFlags"] = "hidden"
        c.acroForm.textfield(**kw)
        self.fills[name] = ("text", value)

    def render(self):
        c = self.c
        self.header()
        labw = self.style.get("labw", 150)
        above = self.style.get("above", False)
        fw = W - 2 * LM - (0 if above else labw)
        for it in self.f.items:
            kind = it[0]
            if kind == "h":
                self.y -= 8
                self.newpage(40)
                c.setFillGray(0.88)
                c.rect(LM, self.y - 4, W - 2 * LM, 16, stroke=0, fill=1)
                c.setFillGray(0)
                c.setFont("Helvetica-Bold", 10)
                c.drawString(LM + 3, self.y, it[1])
                self.y -= 24
            elif kind == "p":
                lines = self.text_lines(it[1], W - 2 * LM, size=8.5)
                self.newpage(11 * len(lines) + 6)
                c.setFont("Helvetica", 8.5)
                for ln in lines:
                    c.drawString(LM, self.y, ln)
                    self.y -= 11
                self.y -= 6
            elif kind in ("t", "hidden", "date"):
                if kind == "t":
                    _, name, label, value, nl = it
                    hidden = False
                elif kind == "hidden":
                    _, name, label, value = it
                    nl, hidden = 1, True
                else:
                    _, name, label, d, st = it
                    value, nl, hidden = (ddate(d, st) if d else ""), 1, False
                value = val_text(value)
                h = 16 if nl == 1 else 12 * nl + 6
                need = h + (14 if above else 6)
                self.newpage(need)
                c.setFont("Helvetica-Bold" if self.style.get("boldlab") else "Helvetica", 9)
                if hidden and self.mode == "print":
                    continue
                if above:
                    if not hidden:
                        c.drawString(LM, self.y, label)
                    self.y -= 4
                    self.field_box(name, value, LM, self.y - h, fw, h, nl, hidden)
                    self.y -= h + 10
                else:
                    if not hidden:
                        c.drawString(LM, self.y - 11, label)
                    self.field_box(name, value, LM + labw, self.y - h, fw, h, nl, hidden)
                    self.y -= h + 6
            elif kind == "cb":
                _, name, label, checked = it
                self.newpage(18)
                if self.mode == "print":
                    c.rect(LM, self.y - 10, 10, 10)
                    if checked:
                        c.setFont("Helvetica-Bold", 10)
                        c.drawString(LM + 1.5, self.y - 8.5, "X")
                else:
                    c.acroForm.checkbox(name=name, x=LM, y=self.y - 11, size=11,
                                        checked=bool(checked) and self.mode == "acro",
                                        buttonStyle="cross", borderWidth=0.5, fieldFlags="")
                    self.fills[name] = ("cb", checked)
                c.setFont("Helvetica", 9)
                c.drawString(LM + 16, self.y - 9, label)
                self.y -= 16
            elif kind == "rb":
                _, name, label, options, idx = it
                self.newpage(18 * (len(options) + 1))
                c.setFont("Helvetica", 9)
                c.drawString(LM, self.y - 9, label)
                self.y -= 16
                for i, opt in enumerate(options):
                    if self.mode == "print":
                        c.circle(LM + 20, self.y - 5, 5)
                        if idx == i:
                            c.circle(LM + 20, self.y - 5, 2.5, fill=1)
                    else:
                        c.acroForm.radio(name=name, value=f"v{i}", x=LM + 15, y=self.y - 10, size=10,
                                         selected=(idx == i and self.mode == "acro"), borderWidth=0.5,
                                         fieldFlags="noToggleToOff radio")
                    c.drawString(LM + 32, self.y - 9, opt)
                    self.y -= 15
                if self.mode != "print":
                    self.fills[name] = ("rb", idx)
                self.y -= 4
            elif kind == "dd":
                _, name, label, options, idx = it
                self.newpage(24)
                c.setFont("Helvetica", 9)
                c.drawString(LM, self.y - 11, label)
                shown = options[idx] if idx is not None else options[0]
                if self.mode == "print":
                    c.rect(LM + labw, self.y - 16, 200, 16)
                    if idx is not None:
                        c.drawString(LM + labw + 3, self.y - 11, shown)
                else:
                    c.acroForm.choice(name=name, value=(shown if self.mode == "acro" else options[0]),
                                      options=options, x=LM + labw, y=self.y - 16, width=200, height=16,
                                      fontName="Helvetica", fontSize=9, borderWidth=0.5, fieldFlags="combo")
                    self.fills[name] = ("dd", shown)
                self.y -= 24
        self.footer()
        self.c.save()
        return self.fills


def fill_pdf(src, dst, fills, need_appearances=True, strip_ap=True, flatten=False):
    """Fill a blank reportlab form with pypdf by setting /V (and /AS) directly.
    strip_ap: remove the text fields' appearance streams ("filled but not flattened", a viewer
    regenerates them because NeedAppearances is true)."""
    r = PdfReader(str(src))
    w = PdfWriter(clone_from=r)
    if flatten:
        for page in w.pages:
            vals = {k: v[1] for k, v in fills.items() if v[0] in ("text", "dd") and v[1] and not k.startswith("intern_")}
            w.update_page_form_field_values(page, vals, auto_regenerate=False, flatten=True)
        w.remove_annotations(subtypes="/Widget")
        if "/AcroForm" in w._root_object:
            del w._root_object["/AcroForm"]
        w.write(str(dst))
        return
    for page in w.pages:
        for a in page.get("/Annots", []) or []:
            a = a.get_object()
            name = a.get("/T") or (a.get("/Parent").get_object().get("/T") if a.get("/Parent") else None)
            if name is None or str(name) not in fills:
                continue
            typ, v = fills[str(name)]
            if typ in ("text", "dd"):
                a[NameObject("/V")] = TextStringObject(v or "")
                if strip_ap and "/AP" in a:
                    del a["/AP"]
            elif typ == "cb":
                on = [k for k in a["/AP"]["/N"].keys() if k != "/Off"][0]
                a[NameObject("/V")] = NameObject(on if v else "/Off")
                a[NameObject("/AS")] = NameObject(on if v else "/Off")
            elif typ == "rb":
                par = a["/Parent"].get_object()
                on = [k for k in a["/AP"]["/N"].keys() if k != "/Off"][0]
                if v is not None and on == f"/v{v}":
                    a[NameObject("/AS")] = NameObject(on)
                    par[NameObject("/V")] = NameObject(on)
                else:
                    a[NameObject("/AS")] = NameObject("/Off")
    if need_appearances:
        w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    w.write(str(dst))


def make_pdf(path, form, variant, style):
    """variant: acro | noap | pypdf-ap | flat | print | blank"""
    if variant in ("acro", "print", "blank"):
        PdfForm(path, form, "blank" if variant == "blank" else variant, style).render()
        return
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "blank.pdf"
        fills = PdfForm(tmp, form, "blank", style).render()
        if variant == "noap":
            fill_pdf(tmp, path, fills, need_appearances=True, strip_ap=True)
        elif variant == "pypdf-ap":
            r = PdfReader(str(tmp))
            w = PdfWriter(clone_from=r)
            vals = {k: v[1] for k, v in fills.items() if v[0] in ("text", "dd")}
            for page in w.pages:
                w.update_page_form_field_values(page, vals, auto_regenerate=False)
            tmp2 = Path(td) / "f.pdf"
            w.write(str(tmp2))
            cb = {k: v for k, v in fills.items() if v[0] in ("cb", "rb")}
            fill_pdf(tmp2, path, cb, need_appearances=False, strip_ap=False)
        elif variant == "flat":
            fill_pdf(tmp, path, fills, flatten=True)


def make_scan(src_pdf, dst_pdf, rng):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(src_pdf), f"{td}/p"], check=True)
        from PIL import Image, ImageFilter
        imgs = []
        for p in sorted(Path(td).glob("p*.png")):
            im = Image.open(p).convert("L")
            im = im.rotate(rng.uniform(-0.8, 0.8), expand=False, fillcolor=255, resample=Image.BICUBIC)
            im = im.filter(ImageFilter.GaussianBlur(0.4))
            px = im.load()
            r2 = random.Random(rng.random())
            for _ in range(1500):
                x, y = r2.randrange(im.width), r2.randrange(im.height)
                px[x, y] = r2.choice([90, 140, 200])
            imgs.append(im.convert("RGB"))
        imgs[0].save(str(dst_pdf), save_all=True, append_images=imgs[1:], resolution=150.0)


# ----------------------------------------------------------------------------- DOCX renderers
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14_NS = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


def _runs_text(text):
    parts = []
    for i, ln in enumerate(str(text).split("\n")):
        if i:
            parts.append("<w:r><w:br/></w:r>")
        parts.append(f'<w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r>')
    return "".join(parts)


class DocxForm:
    def __init__(self, form, mode, style, rng):
        self.f, self.mode, self.style, self.rng = form, mode, style, rng
        self.d = docx.Document()
        st = self.d.styles["Normal"]
        st.font.name = style.get("font", "Calibri")
        st.font.size = Pt(10)
        self.n = 0

    def legacy_text(self, p, name, value, default=""):
        self.n += 1
        shown = val_text(value) if value else (default or "\u2002" * 5)
        if isinstance(value, tuple):
            default = value[1]
        xml = (f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name[:20]}"/>'
               f'<w:enabled/><w:calcOnExit w:val="0"/><w:textInput><w:default w:val={quoteattr(default)}/>'
               f'</w:textInput></w:ffData></w:fldChar></w:r>')
        p._p.append(parse_xml(xml))
        p._p.append(parse_xml(f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'))
        p._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>'))
        for r in parse_xml(f'<w:p {W_NS}>{_runs_text(shown)}</w:p>'):
            p._p.append(r)
        p._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'))

    def legacy_cb(self, p, name, checked):
        chk = "<w:checked/>" if checked else ""
        p._p.append(parse_xml(
            f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name[:20]}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}</w:checkBox>'
            f'</w:ffData></w:fldChar></w:r>'))
        p._p.append(parse_xml(f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
        p._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'))

    def legacy_dd(self, p, name, options, idx):
        entries = "".join(f"<w:listEntry w:val={quoteattr(o)}/>" for o in options)
        p._p.append(parse_xml(
            f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name[:20]}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:ddList><w:result w:val="{idx or 0}"/>{entries}</w:ddList>'
            f'</w:ffData></w:fldChar></w:r>'))
        p._p.append(parse_xml(f'<w:r {W_NS}><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'))
        p._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'))

    def cc(self, p, name, value, typ="text", extra=""):
        self.n += 1
        sid = 1000 + self.n
        if value in ("", None):
            pr = '<w:showingPlcHdr/>'
            content = (f'<w:r><w:rPr><w:rStyle w:val="Pladsholdertekst"/><w:color w:val="808080"/></w:rPr>'
                       f'<w:t>{escape(self.style.get("plc", PLACEHOLDER))}</w:t></w:r>')
        else:
            pr = ""
            content = _runs_text(val_text(value))
        tp = {"text": '<w:text w:multiLine="1"/>', "rich": ""}.get(typ, typ)
        xml = (f'<w:sdt {W_NS} {W14_NS}><w:sdtPr><w:alias w:val={quoteattr(name)}/><w:tag w:val={quoteattr(name)}/>'
               f'<w:id w:val="{sid}"/>{pr}{tp}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>')
        p._p.append(parse_xml(xml))

    def cc_cb(self, p, name, checked):
        self.n += 1
        xml = (f'<w:sdt {W_NS} {W14_NS}><w:sdtPr><w:alias w:val={quoteattr(name)}/><w:id w:val="{2000 + self.n}"/>'
               f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
               f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
               f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
               f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
               f'<w:t>{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
        p._p.append(parse_xml(xml))

    def value_into(self, p, it):
        kind = it[0]
        legacy = self.mode == "legacy"
        if kind == "t":
            _, name, label, value, nl = it
            if legacy:
                self.legacy_text(p, name, value, self.style.get("deftext", ""))
            else:
                if isinstance(value, tuple):  # default text in a content control = placeholder
                    value = ""
                self.cc(p, name, value, "text" if nl == 1 or self.rng.random() < 0.5 else "rich")
        elif kind == "date":
            _, name, label, d, st = it
            if legacy:
                self.legacy_text(p, name, ddate(d, st) if d else "")
            else:
                fd = f' w:fullDate="{d.isoformat()}T00:00:00Z"' if d else ""
                tp = (f'<w:date{fd}><w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="da-DK"/>'
                      f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
                self.cc(p, name, ddate(d, 0) if d else "", tp)
        elif kind == "dd":
            _, name, label, options, idx = it
            if legacy:
                self.legacy_dd(p, name, options, idx)
            else:
                items = "".join(f'<w:listItem w:displayText={quoteattr(o)} w:value={quoteattr(o)}/>' for o in options[1:])
                self.cc(p, name, options[idx] if idx else "", f"<w:dropDownList>{items}</w:dropDownList>")

    def render(self, path):
        d = self.d
        hdr = d.sections[0].header.paragraphs[0]
        hdr.text = f"{self.f.org}\t\t{self.style['blanket']}"
        h = d.add_paragraph()
        r = h.add_run(self.f.title)
        r.bold = True
        r.font.size = Pt(16)
        if self.f.sub:
            d.add_paragraph(self.f.sub)
        table = None
        for it in self.f.items:
            kind = it[0]
            if kind == "h":
                table = None
                p = d.add_paragraph()
                rr = p.add_run(it[1])
                rr.bold = True
                rr.font.size = Pt(12)
            elif kind == "p":
                table = None
                d.add_paragraph(it[1])
            elif kind == "hidden":
                continue
            elif kind in ("cb",):
                table = None
                p = d.add_paragraph()
                if self.mode == "legacy":
                    self.legacy_cb(p, it[1], it[3])
                else:
                    self.cc_cb(p, it[1], it[3])
                p.add_run(" " + it[2])
            elif kind == "rb":  # Word has no radio: check boxes per option
                table = None
                d.add_paragraph(it[2])
                for i, opt in enumerate(it[3]):
                    p = d.add_paragraph()
                    if self.mode == "legacy":
                        self.legacy_cb(p, f"{it[1]}{i}", it[4] == i)
                    else:
                        self.cc_cb(p, f"{it[1]}{i}", it[4] == i)
                    p.add_run(" " + opt)
            else:
                label = it[2]
                if self.style.get("table", True):
                    if table is None:
                        table = d.add_table(rows=0, cols=2)
                        table.style = "Table Grid"
                    row = table.add_row()
                    row.cells[0].text = label
                    row.cells[0].paragraphs[0].runs[0].bold = True
                    p = row.cells[1].paragraphs[0]
                else:
                    p = d.add_paragraph()
                    rr = p.add_run(label + ": ")
                    rr.bold = True
                self.value_into(p, it)
        d.save(str(path))


# ----------------------------------------------------------------------------- ODT renderer
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:xforms="http://www.w3.org/2002/xforms" '
          'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')


def make_odt(path, form, style):
    ctrls, body, n = [], [], 0
    rows = []

    def flush():
        if rows:
            body.append('<table:table table:name="T%d"><table:table-column table:style-name="C1"/>'
                        '<table:table-column table:style-name="C2"/>' % len(body) + "".join(rows) + "</table:table>")
            rows.clear()

    sel_attr = ' text:current-selected="true"'

    def inp(name, v):
        parts = [ln[2:] if ln.startswith("- ") else ln for ln in v.split("\n")]
        return f'<text:text-input text:description={quoteattr(name)}>' + escape("; ".join(parts)) + "</text:text-input>"

    def ctl(xml_ctrl, w="11cm", h="0.7cm"):
        nonlocal n
        n += 1
        cid = f"control{n}"
        ctrls.append(xml_ctrl.replace("@ID@", cid))
        return (f'<draw:control text:anchor-type="as-char" draw:z-index="{n}" draw:name="Ctl{n}" draw:style-name="gr1" '
                f'draw:text-style-name="Lab" svg:y="-0.4cm" svg:width="{w}" svg:height="{h}" draw:control="{cid}"/>')

    body.append(f'<text:p text:style-name="Org">{escape(form.org)}</text:p>')
    body.append(f'<text:h text:outline-level="1">{escape(form.title)}</text:h>')
    if form.sub:
        body.append(f"<text:p>{escape(form.sub)}</text:p>")
    for it in form.items:
        k = it[0]
        if k == "h":
            flush()
            body.append(f'<text:h text:outline-level="2">{escape(it[1])}</text:h>')
        elif k == "p":
            flush()
            body.append(f"<text:p>{escape(it[1])}</text:p>")
        elif k == "hidden":
            continue
        elif k == "cb":
            flush()
            body.append(f"<text:p>{'☒' if it[3] else '☐'} {escape(it[2])}</text:p>")
        elif k == "rb":
            flush()
            body.append(f"<text:p>{escape(it[2])}</text:p>")
            for i, opt in enumerate(it[3]):
                body.append(f"<text:p>{'◉' if it[4] == i else '○'} {escape(opt)}</text:p>")
        else:
            label = it[2]
            if k == "t":
                v = val_text(it[3]) or ""
                if isinstance(it[3], tuple):  # an input field still showing its hint text
                    v = it[3][1]
                c = inp(it[1], v)
            elif k == "date":
                d = it[3]
                c = inp(it[1], ddate(d, it[4]) if d else "")
            elif k == "dd":
                labs = "".join(f'<text:label text:value={quoteattr(o)}{sel_attr if (it[4] or 0) == i else ""}/>'
                               for i, o in enumerate(it[3]))
                c = f'<text:drop-down text:name={quoteattr(it[1])}>{labs}{escape(it[3][it[4] or 0])}</text:drop-down>'
            rows.append(f'<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Lab">{escape(label)}</text:p>'
                        f'</table:table-cell><table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell></table:table-row>')
    flush()
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS} office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>'
               '<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>'
               '<style:style style:name="Lab" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>'
               '<style:style style:name="Org" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>'
               '</office:automatic-styles><office:body><office:text>'
               '<office:forms form:automatic-focus="false" form:apply-design-mode="false">'
               '<form:form form:name="Formular" form:apply-filter="true" form:command-type="table" '
               'form:control-implementation="ooo:com.sun.star.form.component.Form">' + "".join(ctrls) +
               '</form:form></office:forms>' + "".join(body) + '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS} office:version="1.2">'
              '<office:styles/></office:document-styles>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2026, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)


# ----------------------------------------------------------------------------- cases
HOUR_OPTS = ["- Vælg timetal -", "1 time pr. uge", "2 timer pr. uge", "3 timer pr. uge", "4 timer pr. uge",
             "5 timer pr. uge", "8 timer om måneden"]
TYPES = ["Tilbudsmentor", "Udvidet mentor", "Uddannelsesmentor", "Udskrivningskoordinator", "Ret- og pligtmentor"]

STYLES = [
    {"blanket": "Blanket BE-167", "labw": 150, "labels": 0},
    {"blanket": "JC-M01 v3 (2025)", "labw": 170, "above": True, "labels": 1, "boldlab": True},
    {"blanket": "Skema 4.12", "labw": 140, "labels": 2},
    {"blanket": "MENT-2026-02", "labw": 160, "above": True, "labels": 3},
]
LABELSETS = [
    {"goal": "Målet med mentorstøtten", "mname": "Mentorens navn", "mphone": "Telefon", "mmail": "E-mail",
     "morg": "Arbejdssted", "tasks": "Mentorens opgaver", "from": "Periode fra", "to": "Periode til",
     "hours": "Timetal pr. uge", "fu": "Opfølgning og mål for progression", "mh": "Mentor"},
    {"goal": "Mål (job eller uddannelse)", "mname": "Navn på mentor", "mphone": "Tlf.", "mmail": "Mail",
     "morg": "Virksomhed/afdeling", "tasks": "Hvad skal mentor hjælpe med?", "from": "Startdato",
     "to": "Slutdato", "hours": "Antal timer", "fu": "Sådan følger vi op", "mh": "Mentor og kontaktdata"},
    {"goal": "Hovedmål for forløbet", "mname": "Mentor", "mphone": "Mentors telefon", "mmail": "Mentors e-mail",
     "morg": "Leverandør", "tasks": "Indsatsområder / opgaver", "from": "Bevilget fra", "to": "Bevilget til",
     "hours": "Timer ugentligt", "fu": "Evaluering og statusmøder", "mh": "Kontaktoplysninger på mentor"},
    {"goal": "Formål med mentorstøtten", "mname": "Mentorens navn", "mphone": "Telefonnummer",
     "mmail": "E-mailadresse", "morg": "Organisation", "tasks": "Mentors opgaver", "from": "Gyldig fra",
     "to": "Gyldig til", "hours": "Timetal", "fu": "Opfølgning", "mh": "Mentor"},
]


def make_case(rng, i, defects):
    k, adr, ktlf = KOMMUNER[i % len(KOMMUNER)]
    cit = CITIZENS[(i * 7) % len(CITIZENS)]
    fn = cit.split()[0]
    mname, morg = MENTORS[(i * 3) % len(MENTORS)]
    start = dt.date(2026, rng.choice([1, 2, 3, 4, 5, 6, 8]), rng.choice([1, 1, 1, 15, 10]))
    months = rng.choice([3, 4, 6, 6, 6])
    end = add_months(start, months) - dt.timedelta(days=1)
    if "duration-over-6-months" in defects:
        end = add_months(start, rng.choice([7, 8, 9, 12])) - dt.timedelta(days=1)
    c = dict(k=k, adr=adr, ktlf=ktlf, cit=cit, fn=fn, mname=mname, morg=morg,
             mphone=phone(rng), mmail=mname.split()[0].lower().replace("ø", "oe") + "@" +
             "".join(ch for ch in morg.split()[0].lower().replace("æ", "ae").replace("ø", "oe") if ch.isalpha()) + ".dk",
             start=start, end=end, hours_idx=rng.randrange(1, len(HOUR_OPTS)),
             goal=rng.choice(GOALS_CLEAR).format(fn=fn),
             tasks=[t.format(fn=fn) for t in rng.choice(TASKS)],
             fu=rng.choice(FOLLOWUPS).format(fn=fn, wk=rng.randrange(10, 40)),
             appeal=rng.choice(APPEALS_FULL).format(k=k, adr=adr),
             sb=CASEWORKERS[i % len(CASEWORKERS)], sbtlf=phone(rng), sag=f"{rng.randrange(10, 99)}.{rng.randrange(10, 40)}.{rng.randrange(0, 20):02d}-G01-{rng.randrange(100, 9999)}-26",
             mtype=rng.choice([0, 1, 2, 4]), cpr=None, dstyle=rng.randrange(4))
    if "unclear-goal" in defects:
        c["goal"] = rng.choice(GOALS_UNCLEAR).format(fn=fn)
    return c


def agreement_form(rng, c, defects, style, traits, title=None):
    L = LABELSETS[style["labels"]]
    title = title or rng.choice(["Aftale om mentorstøtte", "Skriftlig aftale om mentorforløb (LAB § 167)",
                                 "Mentoraftale", "Aftaleskema – mentorstøtte"])
    f = Form(title, c["k"], rng.choice(["Udfyldes af sagsbehandler sammen med borger og mentor.",
                                        "Jobcenter · Beskæftigelse og Ungeindsats", ""]))
    f.add("h", "1. Borger")
    f.add("t", "borger_navn", "Navn", c["cit"], 1)
    if c["cpr"]:
        f.add("t", "cpr", "CPR-nr.", c["cpr"], 1)
    f.add("t", "sagsnr", "Sagsnummer", c["sag"], 1)
    f.add("h", "2. Mål")
    g = c["goal"]
    if "missing-goal" in defects:
        g = rng.choice(["", ("default", "Skriv målet her"), ""])
        traits.append("goal:" + ("default-text" if g else "empty"))
    f.add("t", "maal", L["goal"], g, 3)
    f.add("h", "3. " + L["mh"])
    mphone, mmail, mname = c["mphone"], c["mmail"], c["mname"]
    if "missing-mentor" in defects:
        if rng.random() < 0.6:
            mphone, mmail = "", ""
            traits.append("mentor:name-only")
        else:
            mname = ""
            traits.append("mentor:no-name")
    f.add("t", "mentor_navn", L["mname"], mname, 1)
    f.add("t", "mentor_org", L["morg"], c["morg"], 1)
    f.add("t", "mentor_tlf", L["mphone"], mphone, 1)
    f.add("t", "mentor_mail", L["mmail"], mmail, 1)
    f.add("rb", "mentortype", "Mentortype (sæt ét kryds)", TYPES[:3] + [TYPES[4]],
          [0, 1, 2, None, 3][c["mtype"]])
    f.add("h", "4. Opgaver")
    tasks = "\n".join("- " + t for t in c["tasks"])
    if "missing-tasks" in defects:
        tasks = rng.choice(["", ("default", "Beskriv opgaverne"), "-"])
        traits.append("tasks:blank")
    f.add("t", "opgaver", L["tasks"], tasks, 4)
    f.add("h", "5. Varighed og timetal")
    end = c["end"]
    if "missing-duration" in defects:
        end = None
        traits.append("duration:open-end")
    f.add("date", "fra", L["from"], c["start"], c["dstyle"])
    f.add("date", "til", L["to"], end, c["dstyle"])
    if "missing-hours" in defects:
        f.add("dd", "timer", L["hours"], HOUR_OPTS, None)
        traits.append("hours:dropdown-unselected")
        if rng.random() < 0.5:
            # a hidden calculation field holds the hours; its widget is hidden, so nobody sees it
            f.add("hidden", "intern_timer_beregnet", "Timer (intern)", HOUR_OPTS[c["hours_idx"]])
            traits.append("hours:hidden-field-value")
    else:
        f.add("dd", "timer", L["hours"], HOUR_OPTS, c["hours_idx"])
    f.add("h", "6. " + L["fu"])
    fu = c["fu"]
    if "missing-follow-up" in defects:
        fu = rng.choice(["", FOLLOWUP_VAGUE[0], FOLLOWUP_VAGUE[1]])
        traits.append("followup:" + ("empty" if not fu else "vague"))
    f.add("t", "opfoelgning", L["fu"], fu, 3)
    f.add("h", "7. Klagevejledning")
    if "missing-appeal-guidance" in defects:
        f.add("p", rng.choice(APPEALS_BAD))
        traits.append("appeal:incomplete")
    else:
        f.add("p", c["appeal"])
    f.add("h", "8. Underskrifter")
    f.add("cb", "samtykke", "Borger har fået en kopi af aftalen", True)
    f.add("t", "dato", "Dato", ddate(c["start"] - dt.timedelta(days=rng.randrange(3, 12)), c["dstyle"]), 1)
    f.add("p", f"Sagsbehandler: {c['sb']}, {c['k']}, tlf. {c['sbtlf']}")
    return f


def minplan_form(rng, c, defects, style, traits):
    L = LABELSETS[style["labels"]]
    title = rng.choice(["Min Plan – mentorstøtte", "Indsats i Min Plan: Mentor",
                        "Registrering til Min Plan – mentorindsats (BAB § 52)"])
    f = Form(title, c["k"], "Oplysninger, der overføres til borgerens Min Plan.")
    f.add("t", "borger", "Borger", c["cit"], 1)
    if c["cpr"]:
        f.add("t", "cpr", "CPR", c["cpr"], 1)
    f.add("dd", "indsats", "Indsatstype", ["- Vælg -", "Mentorstøtte (LAB § 167)", "Virksomhedspraktik", "Løntilskud"], 1)
    g = c["goal"]
    if "missing-goal" in defects:
        g = ""
        traits.append("goal:empty")
    f.add("t", "maal", L["goal"], g, 3)
    mphone, mmail, mname = c["mphone"], c["mmail"], c["mname"]
    if "missing-mentor" in defects:
        mphone, mmail = "", ""
        traits.append("mentor:name-only")
    f.add("t", "mentor", L["mname"], mname, 1)
    f.add("t", "tlf", L["mphone"], mphone, 1)
    f.add("t", "mail", L["mmail"], mmail, 1)
    tasks = "; ".join(c["tasks"])
    if "missing-tasks" in defects:
        tasks = ""
        traits.append("tasks:empty")
    f.add("t", "opgaver", L["tasks"], tasks, 3)
    end = None if "missing-duration" in defects else c["end"]
    if end is None:
        traits.append("duration:open-end")
    f.add("date", "start", L["from"], c["start"], c["dstyle"])
    f.add("date", "slut", L["to"], end, c["dstyle"])
    if "missing-hours" in defects:
        f.add("t", "timer", L["hours"], "", 1)
        traits.append("hours:empty")
    else:
        f.add("t", "timer", L["hours"], HOUR_OPTS[c["hours_idx"]], 1)
    f.add("cb", "synlig", "Vises for borgeren på Jobnet", True)
    f.add("p", f"Registreret af {c['sb']}, {c['k']}.")
    return f


def decision_form(rng, c, defects, style, traits, sub):
    f = Form(rng.choice(["Afgørelse om mentorstøtte", "Afgørelsesskema – mentorstøtte (LAB § 167)",
                         "Meddelelse om afgørelse: mentorstøtte"]), c["k"],
             f"Sagsnr. {c['sag']} · Sagsbehandler {c['sb']}, tlf. {c['sbtlf']}")
    f.add("t", "til", "Til", c["cit"], 1)
    if c["cpr"]:
        f.add("t", "cpr", "CPR-nr.", c["cpr"], 1)
    f.add("h", "Afgørelse")
    f.add("cb", "bev", "Mentorstøtte bevilges som ansøgt", sub == "grant")
    f.add("cb", "delvis", "Mentorstøtte bevilges delvist (se begrundelse)", sub == "partial")
    f.add("cb", "forl", "Forlængelse af mentorstøtte", sub == "extension")
    f.add("cb", "afslag", "Afslag på mentorstøtte", sub == "refusal")
    end = c["end"]
    if sub != "refusal":
        f.add("date", "fra", "Bevilget fra", c["start"], c["dstyle"])
        f.add("date", "til_d", "Bevilget til", end, c["dstyle"])
        f.add("dd", "timer", "Timetal", HOUR_OPTS, c["hours_idx"])
        f.add("t", "mentor", "Mentor", f"{c['mname']}, {c['morg']}, tlf. {c['mphone']}", 1)
    reasons = {
        "grant": f"Du opfylder betingelserne i LAB § 167, stk. 1. Vi har lagt vægt på, at mentorstøtten er nødvendig for, at du kan gennemføre forløbet. Målet er: {c['goal']}",
        "partial": f"Du har søgt om 5 timer om ugen. Vi bevilger {HOUR_OPTS[c['hours_idx']]}, fordi vi vurderer, at det dækker dit behov i opstarten. Vi har lagt vægt på mentorens beskrivelse af behovet, jf. LAB § 167.",
        "extension": f"Din mentorstøtte forlænges efter en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt. Vi har lagt vægt på, at du er i gang med praktikken, men endnu ikke møder stabilt.",
        "refusal": "Vi har lagt vægt på, at du allerede får støtte fra skolens studievejleder (SPS), og at behovet er dækket. Afgørelsen er truffet efter LAB § 167.",
    }[sub]
    f.add("t", "begrundelse", "Begrundelse", reasons, 5)
    f.add("h", "Klagevejledning")
    if "missing-appeal-guidance" in defects:
        f.add("p", rng.choice(APPEALS_BAD))
        traits.append("appeal:incomplete")
    else:
        f.add("p", c["appeal"])
    f.add("t", "dato", "Dato", ddate(c["start"] - dt.timedelta(days=14), c["dstyle"]), 1)
    return f


# ----------------------------------------------------------------------------- unknown forms
def blank_agreement(rng, c, style, traits):
    f = agreement_form(rng, c, set(), style, traits, title="Aftale om mentorstøtte")
    items = []
    for it in f.items:
        if it[0] == "t":
            items.append(("t", it[1], it[2], "", it[4]))
        elif it[0] == "date":
            items.append(("date", it[1], it[2], None, it[4]))
        elif it[0] == "dd":
            items.append(("dd", it[1], it[2], it[3], None))
        elif it[0] == "rb":
            items.append(("rb", it[1], it[2], it[3], None))
        elif it[0] == "cb":
            items.append(("cb", it[1], it[2], False))
        elif it[0] == "p" and it[1].startswith("Sagsbehandler:"):
            continue
        else:
            items.append(it)
    f.items = items
    f.sub = "Blanket – udfyldes ved opstartsmødet"
    return f


def application_form(rng, c, traits):
    f = Form("Ansøgning om mentorstøtte", c["k"], "Udfyldes af borgeren. Send skemaet til kommunen via Digital Post.")
    f.add("t", "navn", "Dit navn", c["cit"], 1)
    if c["cpr"]:
        f.add("t", "cpr", "CPR-nummer", c["cpr"], 1)
    f.add("t", "adr", "Adresse", f"{rng.choice(['Skovvej', 'Møllegade', 'Parkvej', 'Engtoften'])} {rng.randrange(1, 80)}", 1)
    f.add("t", "tlf", "Telefon", phone(rng), 1)
    f.add("t", "hvorfor", "Hvorfor søger du om en mentor?",
          rng.choice(["Jeg har svært ved at komme op om morgenen og møde til tiden i praktikken.",
                      "Jeg skal starte på skole efter sommerferien og er bange for at falde fra igen.",
                      "Jeg har brug for hjælp til at holde styr på aftaler og breve."]), 3)
    f.add("t", "hjaelp", "Hvad vil du gerne have hjælp til?",
          rng.choice(["At komme afsted om morgenen og få styr på transporten.", "Lektier og kontakt til lærerne.",
                      "Post fra kommunen og aftaler med lægen."]), 3)
    f.add("cb", "tidl", "Jeg har haft mentor før", rng.random() < 0.4)
    f.add("cb", "samt", "Jeg giver samtykke til, at kommunen må kontakte min praktikvært/skole", True)
    f.add("t", "dato", "Dato", ddate(c["start"] - dt.timedelta(days=30), 1), 1)
    return f


def consent_form(rng, c, traits):
    f = Form("Samtykkeerklæring – indhentning og videregivelse af oplysninger", c["k"],
             "I forbindelse med din sag om mentorstøtte")
    f.add("t", "navn", "Navn", c["cit"], 1)
    if c["cpr"]:
        f.add("t", "cpr", "CPR-nr.", c["cpr"], 1)
    f.add("p", "Jeg giver samtykke til, at kommunen må indhente og udveksle oplysninger med de parter, jeg har sat kryds ved "
          "nedenfor. Samtykket gælder i sagens varighed, dog højst 1 år. Jeg kan til enhver tid trække samtykket tilbage.")
    for n, lab in enumerate(["Egen læge", "Psykiatrien", "Mentor/leverandør", "Uddannelsessted", "A-kasse"]):
        f.add("cb", f"p{n}", lab, rng.random() < 0.6)
    f.add("t", "andre", "Andre", rng.choice(["", "Misbrugscentret"]), 1)
    f.add("t", "dato", "Dato og underskrift", ddate(c["start"], 0), 1)
    return f


def timesheet_form(rng, c, traits):
    f = Form("Timeseddel – mentorydelse", c["morg"], f"Faktureres til {c['k']} · Borger: {c['cit']}")
    f.add("t", "mentor", "Mentor", c["mname"], 1)
    f.add("t", "maaned", "Måned", f"{MONTHS[c['start'].month - 1]} {c['start'].year}", 1)
    total = 0
    for w in range(4):
        d = c["start"] + dt.timedelta(days=7 * w + 1)
        h = rng.choice([1.5, 2, 2.5, 3])
        total += h
        f.add("t", f"uge{w}", f"Uge {d.isocalendar()[1]}", f"{ddate(d, 1)}: {str(h).replace('.', ',')} t – samtale og følgeskab", 1)
    f.add("t", "total", "Timer i alt", str(total).replace(".", ","), 1)
    f.add("cb", "attest", "Jeg bekræfter, at timerne er leveret med direkte kontakt til borgeren", True)
    f.add("t", "bilagsnr", "Bilagsnr.", f"TS-{rng.randrange(1000, 9999)}", 1)
    return f


def evaluation_form(rng, c, traits):
    f = Form("Evaluering af mentorforløbet", c["k"], "Spørgeskema til borgeren – besvares anonymt")
    scale = ["Helt enig", "Delvist enig", "Hverken/eller", "Uenig"]
    for n, q in enumerate(["Min mentor har været let at få fat i", "Jeg har fået hjælp til det, jeg havde brug for",
                           "Møderne med mentor har været nyttige"]):
        f.add("rb", f"q{n}", q, scale, rng.randrange(4))
    f.add("t", "bedst", "Hvad har været bedst?", rng.choice(["At nogen tog med mig første dag.", "Morgenopkaldene.", ""]), 3)
    f.add("t", "bedre", "Hvad kunne være bedre?", rng.choice(["Flere møder i starten.", "", "Mere fleksible tider."]), 3)
    f.add("cb", "kontakt", "Jeg må gerne kontaktes om min besvarelse", False)
    return f


# ----------------------------------------------------------------------------- the corpus
def build(out: Path, seed: int):
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    docs = []  # (kind, subtype, fmt, variant, defects)

    # agreements: 38 (variants over formats); defect plan with ~40 % clean
    agr_variants = (["acro"] * 8 + ["noap"] * 6 + ["pypdf-ap"] * 3 + ["flat"] * 4 + ["print"] * 3 +
                    ["legacy"] * 5 + ["cc"] * 5 + ["odt"] * 4)
    single = ["missing-goal", "unclear-goal", "missing-mentor", "missing-tasks", "missing-duration",
              "missing-follow-up", "missing-hours", "missing-appeal-guidance", "duration-over-6-months"]
    defect_plan = []
    for n in range(len(agr_variants)):
        r = n % 5
        if r in (0, 3):
            defect_plan.append(set())
        elif r == 4 and n % 2 == 0:
            a, b = rng.sample(single, 2)
            if {a, b} >= {"missing-goal", "unclear-goal"} or {a, b} >= {"missing-duration", "duration-over-6-months"}:
                b = "missing-hours" if a != "missing-hours" else "missing-tasks"
            defect_plan.append({a, b})
        else:
            defect_plan.append({single[n % len(single)]})
    rng.shuffle(defect_plan)
    for v, dfx in zip(agr_variants, defect_plan):
        docs.append(("agreement", "agreement", v, dfx))
    # scanned agreements
    for dfx in [set(), {"missing-hours"}, set(), {"duration-over-6-months"}, {"missing-follow-up"}]:
        docs.append(("agreement", "agreement", "scan", dfx))
    # Min Plan entries: 10
    mp_v = ["acro", "noap", "flat", "print", "acro", "cc", "legacy", "odt", "acro", "scan"]
    mp_d = [set(), {"missing-hours"}, set(), {"unclear-goal"}, {"missing-mentor"}, set(),
            {"missing-duration"}, set(), {"duration-over-6-months"}, {"missing-tasks"}]
    for v, d in zip(mp_v, mp_d):
        docs.append(("minplan", "minplan", v, d))
    # decisions: 10
    dec = [("grant", "acro", set()), ("partial", "noap", set()), ("extension", "acro", set()),
           ("refusal", "print", set()), ("grant", "flat", {"missing-appeal-guidance"}),
           ("grant", "cc", {"duration-over-6-months"}), ("extension", "legacy", {"duration-over-6-months"}),
           ("partial", "acro", {"missing-appeal-guidance"}), ("grant", "scan", set()),
           ("refusal", "odt", {"missing-appeal-guidance"})]
    for sub, v, d in dec:
        docs.append(("decision", sub, v, d))
    # unknown: 16
    unk = [("blank", "blank"), ("blank", "cc"), ("blank", "legacy"), ("blank", "odt"),
           ("application", "acro"), ("application", "noap"), ("application", "cc"),
           ("consent", "acro"), ("consent", "scan"), ("consent", "legacy"),
           ("timesheet", "acro"), ("timesheet", "print"), ("evaluation", "acro"), ("evaluation", "odt"),
           ("evaluation", "flat"), ("application", "scan")]
    for sub, v in unk:
        docs.append(("unknown", sub, v, set()))

    counters = {}
    for i, (kind, sub, variant, defects) in enumerate(docs):
        style = dict(STYLES[i % len(STYLES)])
        c = make_case(rng, i, defects)
        traits = [f"variant:{variant}"]
        if rng.random() < 0.27:
            c["cpr"] = fake_cpr(rng)
            traits.append("cpr")
        if kind == "agreement":
            f = agreement_form(rng, c, defects, style, traits)
        elif kind == "minplan":
            f = minplan_form(rng, c, defects, style, traits)
        elif kind == "decision":
            f = decision_form(rng, c, defects, style, traits, sub)
        else:
            f = {"blank": blank_agreement, "application": application_form, "consent": consent_form,
                 "timesheet": timesheet_form, "evaluation": evaluation_form}[sub](
                *( (rng, c, style, traits) if sub == "blank" else (rng, c, traits) ))
            if sub == "blank":
                c["cpr"] = None
                traits = [t for t in traits if t != "cpr"]
        fmt = {"legacy": "docx", "cc": "docx", "odt": "odt"}.get(variant, "pdf")
        counters[kind] = counters.get(kind, 0) + 1
        slug = {"agreement": "aftale", "minplan": "minplan", "decision": "afgoerelse", "unknown": sub}[kind]
        kdir = c["k"].split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        rel = Path(kdir) / f"{counters[kind]:02d}_{slug}_{variant}.{fmt}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if variant == "scan":
            with tempfile.TemporaryDirectory() as td:
                tmp = Path(td) / "x.pdf"
                PdfForm(tmp, f, "print", style).render()
                make_scan(tmp, path, rng)
            traits.append("scan:image-only")
        elif fmt == "pdf":
            make_pdf(path, f, variant, style)
        elif fmt == "docx":
            DocxForm(f, variant, style, rng).render(path)
        else:
            make_odt(path, f, style)
        rules = sorted(d for d in defects if d in APPLIES[kind])
        period = None
        if kind in ("agreement", "minplan") and "missing-duration" not in defects:
            period = {"start": c["start"].isoformat(), "end": c["end"].isoformat()}
        if kind == "decision" and sub != "refusal":
            period = {"start": c["start"].isoformat(), "end": c["end"].isoformat()}
        e = {"path": str(rel), "format": fmt, "kind": kind, "subtype": sub,
             "layout": f"form-{variant}" + ("-above" if style.get("above") else ""),
             "rules": rules, "extras": [], "error": None, "accept_errors": [],
             "must_not_contain": [c["cpr"], c["cpr"].replace("-", "")] if c["cpr"] else [],
             "traits": sorted(set(traits))}
        if period:
            e["period"] = period
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/hp")
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()
    ents = build(Path(a.out), a.seed)
    print(f"{len(ents)} documents written to {a.out}")


if __name__ == "__main__":
    main()
