#!/usr/bin/env python3
"""Corpus GD: an ordinary audit sample from a fictional municipality, Fjordlund Kommune.

Independent corpus writer (session 14, wave 2). Deterministic: fixed seed, --out DIR.
Run with /work/main/.venv/bin/python.

    python make_corpus_gd.py --out /work/corpora/gd [--seed 14]
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import email.message
import email.utils
import io
import json
import zlib
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

RULE_OF = {
    "goal": "missing-goal", "unclear": "unclear-goal", "mentor": "missing-mentor",
    "tasks": "missing-tasks", "duration": "missing-duration", "over6": "duration-over-6-months",
    "follow": "missing-follow-up", "hours": "missing-hours", "appeal": "missing-appeal-guidance",
}
APPLIES = {
    "agreement": set(RULE_OF),
    "minplan": {"goal", "unclear", "mentor", "tasks", "duration", "over6", "hours"},
    "decision": {"appeal", "over6"},
    "unknown": set(),
}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

FIRST = ["Mads", "Sofie", "Ahmed", "Line", "Jonas", "Fatima", "Kasper", "Maja", "Emil", "Ida",
         "Yusuf", "Camilla", "Tobias", "Nanna", "Rasmus", "Amalie", "Omar", "Louise", "Frederik",
         "Sara", "Nikolaj", "Julie", "Bilal", "Mette", "Oliver", "Hanne", "Dennis", "Aisha",
         "Patrick", "Trine", "Malthe", "Signe", "Kenneth", "Asta", "Jakob", "Rikke"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Kjær", "Holm", "Dahl",
        "Vestergaard", "Bech", "Lund", "Bruun", "Ali", "Yilmaz", "Khan", "Friis", "Skov"]
MENTORS = ["Birgitte Lauridsen", "Henrik Bak", "Pernille Toft", "Anders Krogh", "Susanne Winther",
           "Lars Fogh", "Dorthe Riis", "Morten Brandt", "Karina Uldall", "Jesper Nørgaard",
           "Tina Klausen", "Bo Ravn", "Helle Skytte", "Allan Dyhr"]
CASEWORKERS = ["Marianne Holt", "Søren Kragh", "Anja Bisgaard", "Thomas Lindhardt", "Gitte Spang"]
FIRMS = ["Føtex Fjordlund", "Lagerhuset A/S", "Fjordlund Autoværksted", "Plejecenter Egebo",
         "Netto Havnegade", "Café Kajen", "Byggecentret Nord", "Fjordlund Golfklub",
         "Maskinstationen Vestergård", "Kantinen på Rådhuset"]
SCHOOLS = ["SOSU Fjordlund", "Fjordlund Handelsskole", "VUC Fjordlund", "FGU Fjordlund",
           "Tekniske Skole Fjordlund", "AMU-centret i Fjordlund"]
TOWN = "Fjordlund"
KOMMUNE = "Fjordlund Kommune"
JOBCENTER = "Jobcenter Fjordlund"
PROVIDERS = {
    "trin": {"name": "Trinbræt Mentor ApS", "addr": "Værkstedsvej 4, 7730 Fjordlund", "cvr": "41 22 83 17",
             "dom": "trinbraet.dk"},
    "vej": {"name": "Vejviseren – socialøkonomisk virksomhed", "addr": "Kirkestræde 11, 7730 Fjordlund",
            "cvr": "38 51 90 04", "dom": "vejviseren-fjordlund.dk"},
    "nord": {"name": "Mentorhuset Nord I/S", "addr": "Strandgade 2, 7741 Fjordlund Nord",
             "cvr": "36 70 12 55", "dom": "mentorhusetnord.dk"},
}

# ------------------------------------------------------------------ dates ----

def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    day = min(d.day, calendar.monthrange(y, mo)[1])
    return dt.date(y, mo, day)


def latest_allowed_end(start: dt.date) -> dt.date:
    y, mo = divmod(start.month - 1 + 6, 12)
    y += start.year
    mo += 1
    last = calendar.monthrange(y, mo)[1]
    if start.day > last:  # e.g. 31 Aug + 6 months: to the month's last day
        return dt.date(y, mo, last)
    return dt.date(y, mo, start.day) - dt.timedelta(days=1)


def is_over6(start: dt.date, end: dt.date) -> bool:
    return end > latest_allowed_end(start)


def dlong(d: dt.date) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dnum(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def dslash(d: dt.date) -> str:
    return f"{d.day}/{d.month}-{d.year}"


def dabbr(d: dt.date) -> str:
    return f"{d.day}. {MON_ABBR[d.month - 1]} {d.year}"


def fmt_period(rng: random.Random, s: dt.date, e: dt.date) -> str:
    k = rng.randrange(6)
    if k == 0:
        return f"{dlong(s)} – {dlong(e)}"
    if k == 1:
        return f"{dnum(s)} - {dnum(e)}"
    if k == 2:
        return f"{dslash(s)} til {dslash(e)}"
    if k == 3:
        return f"f.o.m. {dlong(s)} t.o.m. {dlong(e)}"
    if k == 4:
        return f"fra {dabbr(s)} til {dabbr(e)}"
    return f"{s.isoformat()} – {e.isoformat()}"


# ------------------------------------------------------------------ people ---

def make_cpr(rng: random.Random) -> str:
    y = rng.randrange(1960, 2007)
    d = dt.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
    serial = rng.randrange(1000, 9999)
    if y >= 2000:
        serial = rng.choice([4, 5, 6, 7, 8]) * 1000 + rng.randrange(0, 999)
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{serial:04d}"


def phone(rng: random.Random) -> str:
    a = rng.choice([20, 21, 22, 23, 25, 26, 27, 28, 30, 31, 40, 41, 42, 50, 51, 60, 61, 71, 81, 91])
    return f"{a} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"


def mail_of(name: str, dom: str) -> str:
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})
    first = name.split()[0].lower().translate(tr)
    last = name.split()[-1].lower().translate(tr)
    return f"{first[:3]}{last[:2]}@{dom}"


# ------------------------------------------------------------------ content --

def clear_goal(rng, fn, start):
    firm = rng.choice(FIRMS)
    school = rng.choice(SCHOOLS)
    by = dlong(add_months(start, rng.choice([3, 4, 5])))
    return rng.choice([
        f"{fn} er i virksomhedspraktik som lagermedarbejder hos {firm} 15 timer om ugen senest {by}.",
        f"{fn} gennemfører grundforløb 1 på {school} og har højst 10 % fravær i perioden.",
        f"{fn} starter på FVU-dansk på VUC {TOWN} og møder til undervisningen to dage om ugen fra {by}.",
        f"{fn} er ansat i løntilskud som pedelmedhjælper hos {firm} 20 timer om ugen senest {by}.",
        f"{fn} fastholder sit fleksjob hos {firm} og møder stabilt 12 timer om ugen hele perioden.",
        f"{fn} har fået en praktikplads i køkkenet på {firm} og møder fire dage om ugen inden {by}.",
        f"At {fn} er startet på FGU-produktionsgrunduddannelse ({rng.choice(['metal', 'køkken', 'handel'])}) og møder mindst 80 % af dagene.",
        f"{fn} søger mindst to relevante job om ugen og er i ordinært job eller praktik inden {by}.",
    ])


def unclear_goal(rng, fn):
    return rng.choice([
        "Støtte til at komme videre og få mere struktur på hverdagen.",
        "Øget trivsel og selvværd.",
        f"Sikre at {fn} kommer tættere på arbejdsmarkedet.",
        f"Motivere {fn} og arbejde på en bedre hverdag.",
        "Hjælp til at få styr på økonomien og få ro på.",
        f"{fn} skal have det bedre og blive mere stabil.",
    ])


TASKS_POOL = [
    "Følge {fn} til praktikstedet de første to uger",
    "Øve busruten til skolen sammen med {fn}",
    "Hjælpe med at læse og svare på post i e-Boks",
    "Tale med {fn} om fremmøde og om, hvad der er svært om morgenen",
    "Tage kontakt til kontaktlæreren ved fravær",
    "Hjælpe {fn} med at lave en ugeplan med faste tider",
    "Være med til samtalen med praktikvirksomheden, når {fn} ønsker det",
    "Hjælpe med at skrive ansøgninger og et CV",
    "Støtte {fn} i kontakten med egen læge og psykiatrien",
    "Gennemgå lektier og afleveringer med {fn}",
    "Ringe {fn} op om morgenen på skoledage de første uger",
]


def tasks_for(rng, fn, n=None):
    n = n or rng.randrange(2, 5)
    return [t.format(fn=fn) for t in rng.sample(TASKS_POOL, n)]


def follow_text(rng):
    return rng.choice([
        "Statusmøde med mentor, borger og sagsbehandler hver 4. uge. Evaluering 14 dage før støtten ophører.",
        "Opfølgning hver måned ved trepartssamtale. Delmål: fremmøde fire dage om ugen fra 2. måned.",
        "Midtvejsevaluering efter 3 måneder og slutevaluering 14 dage før ophør. Progression måles på fremmøde.",
        "Mentor sender kort status til sagsbehandler hver 14. dag; opfølgningssamtale hver 6. uge.",
        "Vi følger op på et statusmøde hver anden måned og senest fire uger før bevillingen udløber.",
    ])


FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende.", "Efter nærmere aftale."]


def hours_text(rng):
    return rng.choice(["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt",
                       "1-2 timer pr. uge", "5 timer om ugen", "2½ time pr. uge", "6 timer pr. uge"])


HOURS_VAGUE = ["Efter behov", "Et par timer om ugen", "Aftales løbende med mentor"]


def appeal_full(rng, era):
    body = JOBCENTER if era == 1 else KOMMUNE
    return rng.choice([
        (f"Hvis du ikke er enig i afgørelsen, kan du klage til {body}. Klagen skal være modtaget "
         f"inden 4 uger efter, at du har fået afgørelsen. Du kan klage skriftligt eller mundtligt. "
         f"Vi genvurderer sagen inden 4 uger. Fastholder vi afgørelsen, sender vi klagen videre til "
         f"Ankestyrelsen, Beskæftigelsesudvalget. Se § 204 i lov om en aktiv beskæftigelsesindsats "
         f"og §§ 66-67 i retssikkerhedsloven."),
        (f"Er du uenig, skal du klage til {body} inden fire uger fra du modtog dette brev. "
         f"Vi ser på sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage til "
         f"Ankestyrelsen, som træffer afgørelse."),
        (f"Du kan klage over afgørelsen. Klagen sendes til {body}, {'Jobcentervej 1' if era == 1 else 'Rådhustorvet 1'}, "
         f"7730 {TOWN}, eller via Min Side, senest 4 uger efter at du har modtaget afgørelsen. "
         f"Kommunen genvurderer afgørelsen, og fastholdes den, videresendes klagen til Ankestyrelsen "
         f"(LAB § 204, retssikkerhedsloven kap. 10)."),
    ])


APPEAL_INCOMPLETE = [
    "Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.",
    "Hvis du er uenig, kan du klage. Se mere på borger.dk.",
    "Der er mulighed for at klage over kommunens afgørelse.",
]


# ------------------------------------------------------------------ case -----

class Case:
    def __init__(self, rng: random.Random, year: int = 2026, defects=(), era=2, cpr=False,
                 start=None, months=None, follow_vague=False, hours_vague=False,
                 appeal_mode=None):
        self.rng = rng
        self.fn = rng.choice(FIRST)
        self.ln = rng.choice(LAST)
        self.name = f"{self.fn} {self.ln}"
        self.cpr = make_cpr(rng) if cpr else None
        self.era = era
        self.defects = set(defects)
        if start is None:
            start = dt.date(year, rng.randrange(1, 12), rng.choice([1, 1, 1, 4, 10, 15, 17]))
        self.sagsnr = f"{start.year % 100:02d}-{rng.randrange(10000, 99999)}"
        self.start = start
        if "over6" in self.defects:
            m = months or rng.choice([7, 8, 9, 12])
            self.end = add_months(start, m) - dt.timedelta(days=rng.choice([1, 0]))
            assert is_over6(start, self.end)
        else:
            m = months or rng.choice([3, 4, 6, 6, 6])
            self.end = add_months(start, m) - dt.timedelta(days=1)
            assert not is_over6(start, self.end)
        self.period = fmt_period(rng, self.start, self.end)
        self.letter_date = start - dt.timedelta(days=rng.randrange(5, 20))
        self.goal = unclear_goal(rng, self.fn) if "unclear" in self.defects else clear_goal(rng, self.fn, start)
        self.tasks = tasks_for(rng, self.fn)
        self.mentor = rng.choice(MENTORS)
        self.mphone = phone(rng)
        self.mmail = mail_of(self.mentor, rng.choice(["fjordlund.dk", "trinbraet.dk", "vejviseren-fjordlund.dk"]))
        self.cw = rng.choice(CASEWORKERS)
        self.cwphone = "96 54 " + f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        self.cwmail = mail_of(self.cw, "fjordlund.dk")
        self.hours = rng.choice(HOURS_VAGUE) if ("hours" in self.defects and hours_vague) else hours_text(rng)
        self.follow = rng.choice(FOLLOW_VAGUE) if ("follow" in self.defects and follow_vague) else follow_text(rng)
        if "appeal" in self.defects:
            self.appeal = rng.choice(APPEAL_INCOMPLETE) if appeal_mode == "incomplete" else None
        else:
            self.appeal = appeal_full(rng, era)
        self.follow_vague = follow_vague
        self.hours_vague = hours_vague

    def has(self, f):
        return f not in self.defects

    @property
    def mentor_line(self):
        return f"{self.mentor}, tlf. {self.mphone}, {self.mmail}"


# ------------------------------------------------------------------ writers --

class Out:
    def __init__(self, root: Path):
        self.root = root
        self.entries = []

    def add(self, rel, kind, subtype, layout, defects=(), cpr=None, traits=(), period=None,
            extras=(), fmt=None, error=None, accept_errors=()):
        rules = sorted({RULE_OF[d] for d in defects if d in APPLIES[kind]})
        bad = [d for d in defects if d not in APPLIES[kind]]
        assert not bad, (rel, bad)
        self.entries.append({
            "path": rel, "format": fmt or rel.rsplit(".", 1)[-1], "kind": kind, "subtype": subtype,
            "layout": layout, "rules": rules, "extras": sorted(extras), "error": error,
            "accept_errors": list(accept_errors), "must_not_contain": [cpr] if cpr else [],
            "traits": sorted(set(traits) | ({"cpr"} if cpr else set())),
            "period": ({"start": period[0].isoformat(), "end": period[1].isoformat()} if period else None),
        })

    def path(self, rel) -> Path:
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p


# generic block model: ("title", t) ("h", t) ("p", t) ("kv", [(l, v)]) ("list", [..]) ("small", t)

def blocks_txt(blocks, md=False) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(("# " + b[1]) if md else (b[1] + "\n" + "=" * len(b[1])))
        elif k == "h":
            out.append(("## " + b[1]) if md else b[1].upper() if len(b[1]) < 40 else b[1])
        elif k in ("p", "small"):
            out.append(b[1])
        elif k == "kv":
            if md:
                out.append("| Felt | Indhold |\n|---|---|\n" + "\n".join(
                    f"| {l} | {v.replace(chr(10), '<br>')} |" for l, v in b[1]))
            else:
                out.append("\n".join(f"{l}: {v}" if "\n" not in v else f"{l}:\n{v}" for l, v in b[1]))
        elif k == "list":
            out.append("\n".join(f"- {i}" for i in b[1]))
    return "\n\n".join(out) + "\n"


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def blocks_html(blocks, title, css="", head_extra="") -> str:
    parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{esc(title)}</title>"
             f"<style>body{{font-family:Arial;max-width:780px}}td{{border:1px solid #999;padding:4px;vertical-align:top}}"
             f"th{{text-align:left}}{css}</style></head><body>{head_extra}"]
    for b in blocks:
        k = b[0]
        if k == "title":
            parts.append(f"<h1>{esc(b[1])}</h1>")
        elif k == "h":
            parts.append(f"<h2>{esc(b[1])}</h2>")
        elif k == "p":
            parts.append(f"<p>{esc(b[1])}</p>")
        elif k == "small":
            parts.append(f"<p style='font-size:9pt;color:#555'>{esc(b[1])}</p>")
        elif k == "kv":
            parts.append("<table>" + "".join(
                f"<tr><th>{esc(l)}</th><td>{esc(v).replace(chr(10), '<br>')}</td></tr>" for l, v in b[1]) + "</table>")
        elif k == "list":
            parts.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def blocks_docx(blocks, path: Path, header=None, footer=None, table_style="Table Grid"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=1)
        elif k == "h":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "small":
            r = doc.add_paragraph().add_run(b[1])
            r.font.size = Pt(8)
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = table_style
            for l, v in b[1]:
                row = t.add_row().cells
                row[0].text = l
                row[0].paragraphs[0].runs[0].bold = True
                lines = v.split("\n")
                row[1].text = lines[0]
                for ln in lines[1:]:
                    row[1].add_paragraph(ln)
            doc.add_paragraph()
        elif k == "list":
            for i in b[1]:
                doc.add_paragraph(i, style="List Bullet")
    doc.save(str(path))


FONT = "Helvetica"
FONTB = "Helvetica-Bold"


def setup_fonts():
    global FONT, FONTB
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    p = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if p.exists():
        pdfmetrics.registerFont(TTFont("DejaVu", str(p)))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(p.with_name("DejaVuSans-Bold.ttf"))))
        FONT, FONTB = "DejaVu", "DejaVu-Bold"


def blocks_pdf(blocks, path: Path, letterhead=None, footer=None, grid=True, label_w=52):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    sN = ParagraphStyle("n", fontName=FONT, fontSize=10, leading=13)
    sS = ParagraphStyle("s", fontName=FONT, fontSize=8, leading=10, textColor=colors.grey)
    sT = ParagraphStyle("t", fontName=FONTB, fontSize=15, leading=19, spaceAfter=6)
    sH = ParagraphStyle("h", fontName=FONTB, fontSize=11.5, leading=15, spaceBefore=6)
    sL = ParagraphStyle("l", fontName=FONTB, fontSize=10, leading=13)
    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(esc(b[1]), sT))
        elif k == "h":
            story.append(Paragraph(esc(b[1]), sH))
        elif k == "p":
            story.append(Paragraph(esc(b[1]), sN))
            story.append(Spacer(1, 4))
        elif k == "small":
            story.append(Paragraph(esc(b[1]), sS))
        elif k == "kv":
            data = [[Paragraph(esc(l), sL), Paragraph(esc(v).replace("\n", "<br/>"), sN)] for l, v in b[1]]
            t = Table(data, colWidths=[label_w * mm, (170 - label_w) * mm])
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if grid:
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "list":
            for i in b[1]:
                story.append(Paragraph("• " + esc(i), sN))
            story.append(Spacer(1, 4))

    def on_page(c, d):
        c.saveState()
        if letterhead:
            c.setFont(FONTB, 10)
            c.drawRightString(195 * mm, 285 * mm, letterhead)
        if footer:
            c.setFont(FONT, 7.5)
            c.drawString(20 * mm, 10 * mm, footer)
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=18 * mm)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def blocks_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    bold = Style(name="B", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif k == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif k in ("p", "small"):
            doc.text.addElement(P(text=b[1]))
        elif k == "kv":
            t = Table(name=f"T{id(b) % 10000}")
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            for l, v in b[1]:
                tr = TableRow()
                c1 = TableCell()
                c1.addElement(P(stylename=bold, text=l))
                c2 = TableCell()
                for ln in v.split("\n"):
                    c2.addElement(P(text=ln))
                tr.addElement(c1)
                tr.addElement(c2)
                t.addElement(tr)
            doc.text.addElement(t)
        elif k == "list":
            lst = List()
            for i in b[1]:
                li = ListItem()
                li.addElement(P(text=i))
                lst.addElement(li)
            doc.text.addElement(lst)
    doc.save(str(path))


def rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def blocks_rtf(blocks, path: Path):
    o = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\fs22\n"]
    for b in blocks:
        k = b[0]
        if k == "title":
            o.append("{\\b\\fs32 " + rtf_esc(b[1]) + "}\\par\\par\n")
        elif k == "h":
            o.append("{\\b\\fs24 " + rtf_esc(b[1]) + "}\\par\n")
        elif k in ("p", "small"):
            o.append(rtf_esc(b[1]) + "\\par\\par\n")
        elif k == "kv":
            for l, v in b[1]:
                o.append("\\trowd\\cellx2800\\cellx9000\n\\intbl {\\b " + rtf_esc(l) + "}\\cell "
                         + "\\line ".join(rtf_esc(x) for x in v.split("\n")) + "\\cell\\row\n")
            o.append("\\pard\\par\n")
        elif k == "list":
            for i in b[1]:
                o.append("\\bullet  " + rtf_esc(i) + "\\par\n")
            o.append("\\par\n")
    o.append("}")
    path.write_text("".join(o), encoding="ascii")


def write_blocks(fmt, blocks, path: Path, title="Dokument", **kw):
    if fmt == "docx":
        blocks_docx(blocks, path, header=kw.get("header"), footer=kw.get("footer"))
    elif fmt == "pdf":
        blocks_pdf(blocks, path, letterhead=kw.get("header"), footer=kw.get("footer"), grid=kw.get("grid", True))
    elif fmt == "odt":
        blocks_odt(blocks, path)
    elif fmt == "rtf":
        blocks_rtf(blocks, path)
    elif fmt == "html":
        path.write_text(blocks_html(blocks, title), encoding="utf-8")
    elif fmt == "md":
        path.write_text(blocks_txt(blocks, md=True), encoding="utf-8")
    elif fmt == "txt":
        enc = kw.get("encoding", "utf-8")
        path.write_text(blocks_txt(blocks), encoding=enc, errors="replace")
    else:
        raise ValueError(fmt)


# ------------------------------------------------------- docx field helpers --

EMPTY_FORMTEXT = "\u2002" * 5


def add_formtext(par, value: str, name: str):
    def run_with(el):
        r = OxmlElement("w:r")
        r.append(el)
        par._p.append(r)
        return r
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    ff = OxmlElement("w:ffData")
    nm = OxmlElement("w:name")
    nm.set(qn("w:val"), name)
    ff.append(nm)
    en = OxmlElement("w:enabled")
    ff.append(en)
    ti = OxmlElement("w:textInput")
    ff.append(ti)
    b.append(ff)
    run_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " FORMTEXT "
    run_with(it)
    sp = OxmlElement("w:fldChar")
    sp.set(qn("w:fldCharType"), "separate")
    run_with(sp)
    lines = (value or EMPTY_FORMTEXT).split("\n")
    r = OxmlElement("w:r")
    for i, ln in enumerate(lines):
        if i:
            r.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = ln
        r.append(t)
    par._p.append(r)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run_with(e)


PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


def add_sdt_par(doc, value, alias):
    """A block content control holding one paragraph; placeholder text when value is None."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    pr.append(a)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), alias.lower().replace(" ", "_"))
    pr.append(tg)
    if value is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    lines = [PLACEHOLDER] if value is None else value.split("\n")
    for ln in lines:
        p = OxmlElement("w:p")
        r = OxmlElement("w:r")
        if value is None:
            rpr = OxmlElement("w:rPr")
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), "PlaceholderText")
            rpr.append(rs)
            col = OxmlElement("w:color")
            col.set(qn("w:val"), "808080")
            rpr.append(col)
            r.append(rpr)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = ln
        r.append(t)
        p.append(r)
        content.append(p)
    sdt.append(content)
    doc.element.body.insert(len(doc.element.body) - 1, sdt)  # before sectPr


# ------------------------------------------------------------ family A ------
# Gen 1: "Jobcenter Fjordlund" Word template (v3, 2021) with legacy form fields in a table.

def gen1_values(c: Case):
    v = {}
    v["goal"] = c.goal if c.has("goal") else None
    v["mentor"] = (f"{c.mentor}\nTlf. {c.mphone}\n{c.mmail}" if c.has("mentor") else c.mentor)
    v["tasks"] = "\n".join("- " + t for t in c.tasks) if c.has("tasks") else None
    v["duration"] = c.period if c.has("duration") else None
    v["follow"] = c.follow if (c.has("follow") or c.follow_vague) else None
    v["hours"] = c.hours if (c.has("hours") or c.hours_vague) else None
    v["appeal"] = c.appeal
    return v


def make_gen1_docx(c: Case, path: Path, blank=False):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = f"{JOBCENTER} · Jobcentervej 1 · 7730 {TOWN} · tlf. 96 54 10 00"
    doc.sections[0].footer.paragraphs[0].text = "Skabelon: AFT-MENTOR v3 (2021) · Godkendt af Ledelsessekretariatet"
    doc.add_heading("Aftale om mentorstøtte", level=1)
    doc.add_paragraph("efter lov om en aktiv beskæftigelsesindsats § 167 (tidligere § 31 b)")
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    r = t.add_row().cells
    r[0].text = "Borger"
    add_formtext(r[1].paragraphs[0], "" if blank else c.name, "Borger")
    r[2].text = "CPR-nr."
    add_formtext(r[3].paragraphs[0], "" if blank else (c.cpr or ""), "CPR")
    r = t.add_row().cells
    r[0].text = "Sagsnr."
    add_formtext(r[1].paragraphs[0], "" if blank else c.sagsnr, "Sagsnr")
    r[2].text = "Sagsbehandler"
    add_formtext(r[3].paragraphs[0], "" if blank else f"{c.cw}, tlf. {c.cwphone}", "Sagsbeh")
    doc.add_paragraph()
    v = {k: None for k in ["goal", "mentor", "tasks", "duration", "follow", "hours"]} if blank else gen1_values(c)
    rows = [("1. Formål med mentorstøtten (mål og delmål)", "goal"),
            ("2. Mentor – navn og kontaktdata", "mentor"),
            ("3. Mentorens opgaver", "tasks"),
            ("4. Varighed (fra – til)", "duration"),
            ("4a. Opfølgning og mål for progression", "follow"),
            ("5. Timetal pr. uge", "hours")]
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for lab, key in rows:
        cells = t2.add_row().cells
        cells[0].text = lab
        cells[0].paragraphs[0].runs[0].bold = True
        add_formtext(cells[1].paragraphs[0], v[key] or "", key)
    doc.add_paragraph()
    doc.add_heading("6. Klagevejledning", level=2)
    if blank:
        doc.add_paragraph("Hvis du ikke er enig i afgørelsen, kan du klage til Jobcenter Fjordlund inden 4 uger. "
                          "Jobcentret genvurderer sagen, og fastholdes afgørelsen, sendes klagen til Ankestyrelsen.")
    elif c.appeal:
        doc.add_paragraph(c.appeal)
    else:
        doc.add_paragraph("")
    doc.add_paragraph()
    sig = doc.add_table(rows=2, cols=3)
    for i, h in enumerate(["Dato / borger", "Dato / mentor", "Dato / sagsbehandler"]):
        sig.rows[0].cells[i].text = "\n\n_______________________"
        sig.rows[1].cells[i].text = h
    doc.save(str(path))


def gen1_blocks(c: Case):
    """The same template as a text block model (used for prints and scans)."""
    v = gen1_values(c)
    head = [("Borger", c.name), ("Sagsnr.", c.sagsnr), ("Sagsbehandler", f"{c.cw}, tlf. {c.cwphone}")]
    if c.cpr:
        head.insert(1, ("CPR-nr.", c.cpr))
    rows = [("1. Formål med mentorstøtten (mål og delmål)", v["goal"] or ""),
            ("2. Mentor – navn og kontaktdata", v["mentor"] or ""),
            ("3. Mentorens opgaver", v["tasks"] or ""),
            ("4. Varighed (fra – til)", v["duration"] or ""),
            ("4a. Opfølgning og mål for progression", v["follow"] or ""),
            ("5. Timetal pr. uge", v["hours"] or "")]
    b = [("title", "Aftale om mentorstøtte"),
         ("p", "efter lov om en aktiv beskæftigelsesindsats § 167 (tidligere § 31 b)"),
         ("kv", head), ("kv", rows), ("h", "6. Klagevejledning"), ("p", c.appeal or " "),
         ("p", "Dato / borger ______________   Dato / mentor ______________   Dato / sagsbehandler ______________")]
    return b


# ------------------------------------------------------------ family B ------
# Gen 2: "Fjordlund Kommune" template (2026-02), question headings and content controls.

GEN2_Q = [("goal", "Hvad er målet med din mentorstøtte?"),
          ("mentor", "Hvem er din mentor?"),
          ("tasks", "Hvad skal mentoren hjælpe dig med?"),
          ("duration", "Hvor længe får du mentorstøtte?"),
          ("hours", "Hvor mange timer?"),
          ("follow", "Hvordan følger vi op?")]


def gen2_values(c: Case, style):
    v = {}
    v["goal"] = c.goal if c.has("goal") else None
    if c.has("mentor"):
        v["mentor"] = (f"{c.mentor}\nTelefon: {c.mphone}\nMail: {c.mmail}" if style == 0
                       else f"Din mentor er {c.mentor}. Du kan ringe eller skrive på {c.mphone}.")
    else:
        v["mentor"] = c.mentor
    v["tasks"] = "\n".join("• " + t for t in c.tasks) if c.has("tasks") else None
    v["duration"] = (f"Fra {dlong(c.start)} til {dlong(c.end)}." if style == 0 else c.period) if c.has("duration") else None
    v["hours"] = c.hours if (c.has("hours") or c.hours_vague) else None
    v["follow"] = c.follow if (c.has("follow") or c.follow_vague) else None
    return v


def make_gen2_docx(c: Case, path: Path, blank=False, style=0, extra_sections=(), intro_extra=None):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.sections[0].header.paragraphs[0].text = f"{KOMMUNE} · Job og Uddannelse · Rådhustorvet 1 · 7730 {TOWN}"
    doc.sections[0].footer.paragraphs[0].text = "Skabelon MENT-AFT 2026-02 · Sagsportalen flettefelter"
    doc.add_heading("Aftale om mentorstøtte", level=1)
    if blank:
        add_sdt_par(doc, None, "Borgernavn")
        add_sdt_par(doc, None, "Sagsnummer")
    else:
        p = doc.add_paragraph()
        p.add_run(f"Til: {c.name}").bold = True
        info = f"Sagsnr.: {c.sagsnr}" + (f"    CPR: {c.cpr}" if c.cpr else "")
        doc.add_paragraph(info)
        doc.add_paragraph(f"Dato: {dlong(c.letter_date)}")
        doc.add_paragraph(f"Kære {c.fn}. Her er den aftale om mentorstøtte, som vi lavede sammen på mødet. "
                          f"Aftalen bygger på § 167 i lov om en aktiv beskæftigelsesindsats.")
        if intro_extra:
            doc.add_paragraph(intro_extra)
    v = {k: None for k, _ in GEN2_Q} if blank else gen2_values(c, style)
    for key, q in GEN2_Q:
        doc.add_heading(q, level=2)
        add_sdt_par(doc, v[key], key)
    for head, val in extra_sections:
        doc.add_heading(head, level=2)
        add_sdt_par(doc, val, head)
    doc.add_heading("Hvis du vil klage", level=2)
    if blank:
        add_sdt_par(doc, None, "Klagevejledning")
    elif c.appeal:
        doc.add_paragraph(c.appeal)
    else:
        add_sdt_par(doc, None, "Klagevejledning")
    doc.add_paragraph()
    doc.add_paragraph("Venlig hilsen")
    if blank:
        add_sdt_par(doc, None, "Sagsbehandler")
    else:
        doc.add_paragraph(f"{c.cw}\nJob og Uddannelse, {KOMMUNE}\nDirekte tlf. {c.cwphone} · {c.cwmail}")
    doc.save(str(path))


# ------------------------------------------------------------ family C ------
# Decision letters: case-system prints (Sagsportalen) and caseworkers' Word letters.

def appeal_block(c: Case, heading="Klagevejledning"):
    if c.appeal is None:
        return []
    return [("h", heading), ("p", c.appeal)]


def decision_blocks(c: Case, sub: str, other_subject_appeal=False):
    sender = JOBCENTER if c.era == 1 else KOMMUNE
    law = "lov om en aktiv beskæftigelsesindsats § 167, stk. 1"
    b = []
    head = [("Dato", dlong(c.letter_date)), ("Sagsnr.", c.sagsnr), ("Sagsbehandler", f"{c.cw}"),
            ("Direkte tlf.", c.cwphone)]
    intro = [("p", f"{c.name}"), ("small", "\n".join(f"{l}: {v}" for l, v in head)
                                   + (f"\nCPR-nr.: {c.cpr}" if c.cpr else ""))]
    rng = c.rng
    if sub == "grant":
        title = rng.choice(["Afgørelse om mentorstøtte", "Du får mentorstøtte", "Bevilling af mentorstøtte"])
        b += [("title", title)] + intro
        b += [("p", f"{sender} har behandlet din sag om mentorstøtte. Du får bevilget mentorstøtte i perioden "
                    f"{c.period}. Støtten er på {c.hours}."),
              ("p", f"Din mentor bliver {c.mentor} fra {rng.choice(list(PROVIDERS.values()))['name']}. "
                    f"Mentoren kontakter dig inden for en uge."),
              ("h", "Begrundelse"),
              ("p", f"Afgørelsen er truffet efter {law}. Vi har lagt vægt på, at du har brug for støtte til at "
                    f"komme i gang med {rng.choice(['din praktik', 'uddannelsen', 'dit løntilskudsjob'])}, "
                    f"og at støtten ikke kan gives af {rng.choice(['skolen', 'arbejdspladsen'])} som en del af de "
                    f"normale opgaver.")]
    elif sub == "partial":
        asked = rng.choice([9, 12])
        b += [("title", "Afgørelse – delvis bevilling af mentorstøtte")] + intro
        b += [("p", f"Du har søgt om mentorstøtte i {asked} måneder med 6 timer om ugen."),
              ("p", f"Du får delvist medhold. Vi bevilger mentorstøtte i perioden {c.period} med {c.hours}."),
              ("h", "Begrundelse"),
              ("p", f"Efter {law} kan mentorstøtte gives i højst 6 måneder ad gangen. Vi vurderer, at dit behov "
                    f"kan dækkes med det bevilgede timetal, fordi du allerede har en fast kontaktperson på skolen. "
                    f"Ved udløb af perioden vurderer vi, om du skal have en ny periode.")]
    elif sub == "refusal":
        b += [("title", rng.choice(["Afslag på mentorstøtte", "Afgørelse: Du får ikke mentorstøtte"]))] + intro
        b += [("p", f"Du har den {dlong(c.letter_date - dt.timedelta(days=21))} søgt om mentorstøtte. "
                    f"Vi har vurderet din ansøgning, og du får afslag."),
              ("h", "Begrundelse"),
              ("p", f"Mentorstøtte efter {law} forudsætter, at støtten er nødvendig for, at du kan gennemføre "
                    f"en aktivitet, en uddannelse eller fastholde et job. Du er allerede tilknyttet en "
                    f"SPS-støtteperson på uddannelsen, som dækker det behov, du har beskrevet. Vi har lagt vægt "
                    f"på oplysningerne fra skolen og fra samtalen med dig.")]
    elif sub == "extension":
        b += [("title", rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om ny periode med mentorstøtte"]))] + intro
        prev_s = add_months(c.start, -6)
        b += [("p", f"Din mentorstøtte var bevilget fra {dlong(prev_s)} til {dlong(c.start - dt.timedelta(days=1))}. "
                    f"Efter en konkret vurdering får du en ny periode."),
              ("p", f"Den nye periode er {c.period}, med {c.hours}. Din mentor er fortsat {c.mentor}."),
              ("h", "Begrundelse"),
              ("p", f"Vi har lagt vægt på statusrapporten fra mentoren, som viser, at dit fremmøde er steget, men "
                    f"at du stadig har brug for støtte for at gennemføre forløbet. Afgørelsen er truffet efter "
                    f"{law}, 2. pkt.")]
    elif sub == "end":
        b += [("title", "Afgørelse om ophør af mentorstøtte")] + intro
        b += [("p", f"Din mentorstøtte stopper den {dlong(c.end)}."),
              ("h", "Begrundelse"),
              ("p", f"Du er startet i ordinært job hos {rng.choice(FIRMS)} og har fortalt os, at du ikke længere har "
                    f"brug for mentoren. Efter {law} gives mentorstøtte kun, når den er nødvendig.")]
    elif sub == "change":
        b += [("title", "Ændring af din mentorstøtte – timetal")] + intro
        b += [("p", f"Vi har ændret din mentorstøtte. Fra {dlong(c.start)} er timetallet {c.hours}. "
                    f"Perioden er uændret {c.period}."),
              ("h", "Begrundelse"),
              ("p", f"Mentoren har oplyst, at du nu klarer transporten selv. Derfor er behovet mindre. Afgørelsen "
                    f"er truffet efter {law}.")]
    else:
        raise ValueError(sub)
    if other_subject_appeal:
        b += [("h", "Klagevejledning vedrørende befordringsgodtgørelse"),
              ("p", f"Vil du klage over afgørelsen om befordringsgodtgørelse, skal du klage til {sender} inden 4 "
                    f"uger. Vi genvurderer, og fastholder vi, sendes klagen til Ankestyrelsen.")]
    else:
        b += appeal_block(c)
    b += [("p", "Med venlig hilsen"), ("p", f"{c.cw}\n{sender}")]
    return b


# ------------------------------------------------------------ family G ------
# Min Plan prints from the case system.

def minplan_blocks(c: Case, variant: int):
    mp_goal = c.goal if c.has("goal") else ""
    mentor = f"{c.mentor}, {c.mphone}, {c.mmail}" if c.has("mentor") else c.mentor
    tasks = "; ".join(c.tasks) if c.has("tasks") else ""
    period = c.period if c.has("duration") else ""
    hours = (c.hours if (c.has("hours") or c.hours_vague) else "")
    b = [("title", "Min Plan"),
         ("small", f"Udskrevet fra Sagsportalen {dnum(c.letter_date)} kl. 10.{c.rng.randrange(10, 59)} · "
                   f"{c.name}" + (f" · {c.cpr}" if c.cpr else "") + f" · Sag {c.sagsnr}")]
    if variant == 0:
        b += [("h", "Mit mål"), ("p", f"Job eller uddannelse: {c.rng.choice(['Lager og logistik', 'Social- og sundhedsområdet', 'Detail'])}"),
              ("h", "Indsats: Mentorstøtte (§ 167)"),
              ("kv", [("Formål", mp_goal or "-"), ("Mentor", mentor), ("Mentorens opgaver", tasks or "-"),
                      ("Periode", period or "-"), ("Timetal", hours or "-")])]
    elif variant == 1:
        fgu_s = add_months(c.start, -2)
        b += [("h", "Aktiviteter"),
              ("kv", [("Aktivitet", "FGU – produktionsgrunduddannelse"), ("Sted", "FGU Fjordlund, afd. Havnen"),
                      ("Periode", f"{dlong(fgu_s)} – {dlong(add_months(fgu_s, 18))}"), ("Status", "Igangværende")]),
              ("h", "Mentorstøtte"),
              ("kv", [("Målet med mentorstøtten", mp_goal or "Udfyldes senere"), ("Mentor", mentor),
                      ("Opgaver", tasks or "Udfyldes senere"), ("Varighed", period or "Udfyldes senere"),
                      ("Timer pr. uge", hours or "Udfyldes senere")])]
    else:
        lines = [("Mål for mentorstøtten", mp_goal), ("Kontaktperson (mentor)", mentor),
                 ("Det hjælper mentoren med", tasks), ("Bevilget periode", period), ("Antal timer", hours)]
        b += [("h", "Mentorstøtte – aftalt indhold")]
        b += [("kv", [(l, v or "") for l, v in lines])]
    b += [("small", "Min Plan kan ses på Min Side. Planen er ikke en afgørelse.")]
    return b


def minplan_html_card(c: Case):
    def v(x):
        return esc(x) if x else "<span class='tom'>Ikke udfyldt</span>"
    goal = c.goal if c.has("goal") else None
    mentor = f"{c.mentor} · {c.mphone}" if c.has("mentor") else c.mentor
    tasks = c.tasks if c.has("tasks") else []
    period = c.period if c.has("duration") else None
    hours = c.hours if (c.has("hours") or c.hours_vague) else None
    li = "".join(f"<li>{esc(t)}</li>" for t in tasks) or "<li class='tom'>Ikke udfyldt</li>"
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Min Plan – {esc(c.name)}</title>
<style>.kort{{border:1px solid #aac;border-radius:6px;padding:10px;margin:10px 0}} dt{{font-weight:bold}}</style></head>
<body><header><nav><a href="#">Forside</a> | <a href="#">Min Plan</a> | <a href="#">Beskeder</a></nav></header>
<h1>Min Plan</h1><p>{esc(c.name)} · sagsnummer {esc(c.sagsnr)}</p>
<section class="kort"><h2>Mentorstøtte</h2>
<dl><dt>Mål</dt><dd>{v(goal)}</dd>
<dt>Mentor</dt><dd>{v(mentor)}</dd>
<dt>Periode</dt><dd>{v(period)}</dd>
<dt>Timer</dt><dd>{v(hours)}</dd></dl>
<h3>Mentoren hjælper med</h3><ul>{li}</ul></section>
<section class="kort"><h2>Samtaler</h2><p>Næste samtale: {dlong(add_months(c.start, 1))} kl. 10.00 hos {esc(c.cw)}</p></section>
<footer>{KOMMUNE} · Min Side</footer></body></html>"""


# ------------------------------------------------------------ family D/E/F --
# Three mentor providers with their own forms.

def trin_blocks(c: Case, with_appeal_footer: bool):
    p = PROVIDERS["trin"]
    mentor_rows = [("Mentor", c.mentor)]
    if c.has("mentor"):
        mentor_rows += [("Mobil", c.mphone), ("Mail", mail_of(c.mentor, p["dom"]))]
    rows = [("Deltager", c.name), ("Sagsnr. hos kommunen", c.sagsnr)]
    if c.cpr:
        rows.append(("Personnummer", c.cpr))
    rows += [("Henvisende sagsbehandler", f"{c.cw} ({KOMMUNE})")] + mentor_rows
    rows += [("Formål med forløbet", c.goal if c.has("goal") else ""),
             ("Indsatsområder", "\n".join(f"{i+1}) {t}" for i, t in enumerate(c.tasks)) if c.has("tasks") else ""),
             ("Forløbsperiode", c.period if c.has("duration") else ""),
             ("Ugentligt timetal", c.hours if (c.has("hours") or c.hours_vague) else ""),
             ("Opfølgning", c.follow if (c.has("follow") or c.follow_vague) else "")]
    b = [("title", "Opstartsaftale – mentorforløb"),
         ("small", f"{p['name']} · {p['addr']} · CVR {p['cvr']}"),
         ("kv", rows),
         ("p", "Underskrift deltager: ____________________    Underskrift mentor: ____________________")]
    if with_appeal_footer and c.appeal:
        b.append(("h", "Klagevejledning (kommunens afgørelse)"))
        b.append(("p", c.appeal))
    elif c.appeal and not with_appeal_footer:
        raise AssertionError("trin without footer must carry the appeal defect")
    return b


def vej_blocks(c: Case, appeal_variant: str):
    p = PROVIDERS["vej"]
    b = [("title", "Mentoraftale"),
         ("small", f"{p['name']} · {p['addr']} · www.{p['dom']}"),
         ("p", f"Aftalen er indgået mellem {c.name} (sagsnr. {c.sagsnr}) og Vejviseren på vegne af {KOMMUNE}."),
         ("h", "Dit mål")]
    b.append(("p", c.goal if c.has("goal") else "Aftales på næste møde."))
    b.append(("h", "Din mentor"))
    b.append(("p", f"{c.mentor}, mobil {c.mphone}, {mail_of(c.mentor, p['dom'])}" if c.has("mentor")
              else f"{c.mentor} (Vejviseren)"))
    if c.has("tasks"):
        b += [("h", "Det arbejder vi med"), ("list", c.tasks)]
    if c.has("duration"):
        b += [("h", "Periode"), ("p", c.period)]
    if c.has("hours") or c.hours_vague:
        b += [("h", "Tid med mentor"), ("p", c.hours)]
    if c.has("follow") or c.follow_vague:
        b += [("h", "Opfølgning"), ("p", c.follow)]
    b.append(("h", "Er du uenig i kommunens afgørelse?"))
    if appeal_variant == "full":
        b.append(("p", c.appeal))
    elif appeal_variant == "wrong":
        b.append(("p", "Du kan klage direkte til Ankestyrelsen. Klagen skal sendes inden 4 uger efter, at du har "
                       "modtaget kommunens afgørelse om mentorstøtte."))
    elif appeal_variant == "empty":
        b.append(("p", "Se vedlagte klagevejledning fra kommunen."))
    elif appeal_variant == "incomplete":
        b.append(("p", "Du kan klage til Ankestyrelsen over kommunens afgørelse om mentorstøtte. "
                       "Spørg din sagsbehandler, hvordan du gør."))
    else:
        raise ValueError(appeal_variant)
    b.append(("p", "Dato og underskrift: ______________________"))
    return b


def nord_html(c: Case):
    p = PROVIDERS["nord"]
    goal = esc(c.goal) if c.has("goal") else ""
    ment = (f"<p><b>{esc(c.mentor)}</b><br>Tlf. {c.mphone}<br>{mail_of(c.mentor, p['dom'])}</p>"
            if c.has("mentor") else f"<p><b>{esc(c.mentor)}</b></p>")
    tasks = ("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in c.tasks) + "</ul>") if c.has("tasks") else "<p></p>"
    per = esc(c.period) if c.has("duration") else ""
    hrs = esc(c.hours) if (c.has("hours") or c.hours_vague) else ""
    fol = esc(c.follow) if (c.has("follow") or c.follow_vague) else ""
    app = (f"<h2>Klagevejledning</h2><p>{esc(c.appeal)}</p>" if c.appeal else
           "<h2>Klagevejledning</h2><p>Se kommunens afgørelsesbrev.</p>")
    return f"""<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Forløbsaftale – {esc(c.name)}</title>
<style>body{{font-family:Verdana;font-size:12px}} .side{{float:right;width:200px;border:1px solid #ccc;padding:6px}}</style></head>
<body><div class="side"><b>{esc(p['name'])}</b><br>{esc(p['addr'])}<br>CVR {p['cvr']}</div>
<h1>Forløbsaftale</h1>
<p>Deltager: {esc(c.name)}<br>Kommunens sagsnr.: {esc(c.sagsnr)}</p>
<h2>Hvor skal du hen?</h2><p>{goal}</p>
<h2>Din mentor hos os</h2>{ment}
<h2>Sådan hjælper vi dig</h2>{tasks}
<h2>Forløbets varighed</h2><p>{per}</p>
<h2>Timer om ugen</h2><p>{hrs}</p>
<h2>Status og opfølgning</h2><p>{fol}</p>
{app}
<p style="font-size:10px">Udskrevet fra Nord-Booking {dnum(c.letter_date)}</p></body></html>"""


# ------------------------------------------------------------ family H ------
# Scanned signed paper.

def scan_pdf(src_pdf: Path, dst: Path, rng: random.Random, mode: str, tmp: Path):
    """mode: 'image' (image-only PDF), 'sandwich' (tesseract PDF with text layer), 'png'."""
    from PIL import Image, ImageDraw, ImageFilter
    prefix = tmp / f"pg{rng.randrange(10**8)}"
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src_pdf), str(prefix)], check=True)
    pages = sorted(tmp.glob(prefix.name + "*.png"))
    imgs = []
    for i, pg in enumerate(pages):
        im = Image.open(pg).convert("L")
        d = ImageDraw.Draw(im)
        if i == len(pages) - 1:  # signatures at the bottom of the last page
            w, h = im.size
            for sx in (0.12, 0.45):
                x, y = int(w * sx), int(h * rng.uniform(0.55, 0.8))
                pts = [(x + k * 9, y + int(14 * ((k * 7919) % 5 - 2) * rng.uniform(0.5, 1.2))) for k in range(28)]
                d.line(pts, fill=30, width=3)
        im = im.rotate(rng.uniform(-1.2, 1.2), expand=False, fillcolor=255, resample=Image.BICUBIC)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 900):
            px[rng.randrange(w), rng.randrange(h)] = rng.choice([0, 90, 160])
        imgs.append(im)
    if mode == "image":
        imgs[0].save(str(dst), "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])
    elif mode == "png":
        imgs[0].save(str(dst), "PNG", dpi=(200, 200))
    elif mode == "sandwich":
        outs = []
        for i, im in enumerate(imgs):
            ip = tmp / f"sw{i}_{rng.randrange(10**6)}.png"
            im.save(str(ip), dpi=(200, 200))
            base = ip.with_suffix("")
            subprocess.run(["tesseract", str(ip), str(base), "-l", "dan", "pdf"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            outs.append(base.with_suffix(".pdf"))
        from pypdf import PdfWriter, PdfReader
        wr = PdfWriter()
        for o in outs:
            for pg in PdfReader(str(o)).pages:
                wr.add_page(pg)
        with open(dst, "wb") as fh:
            wr.write(fh)
    for pg in pages:
        pg.unlink()


# ------------------------------------------------------------ family J ------

def write_eml(path: Path, subject, sender, to, body, date, attach=None):
    m = email.message.EmailMessage()
    m["Subject"] = subject
    m["From"] = sender
    m["To"] = to
    m["Date"] = email.utils.format_datetime(dt.datetime(date.year, date.month, date.day, 9, 41,
                                                        tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{zlib.crc32(subject.encode()) % 10**9}.{date.isoformat()}@fjordlund.dk>"
    m.set_content(body)
    if attach:
        name, data, mt = attach
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(bytes(m))


# ------------------------------------------------------------ family K ------
# Look-alikes that land in an audit sample (kind unknown).

def lookalikes(rng):
    """Yields (name, fmt, blocks, layout, cpr)."""
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    name = f"{fn} {ln}"
    m = rng.choice(MENTORS)
    cw = rng.choice(CASEWORKERS)
    s = dt.date(2026, 3, 1)
    cpr1 = make_cpr(rng)
    yield ("statusrapport-trinbraet", "pdf", [
        ("title", "Statusrapport – mentorforløb"),
        ("small", f"{PROVIDERS['trin']['name']} · til {KOMMUNE}, Job og Uddannelse"),
        ("kv", [("Deltager", name), ("Personnummer", cpr1), ("Mentor", m), ("Rapportperiode", "maj–juni 2026"),
                ("Forbrugte timer", "17 af 24 bevilgede timer")]),
        ("h", "Fremmøde og udvikling"),
        ("p", f"{fn} er mødt til 14 af 16 aftaler. Fremmødet i praktikken er steget fra to til fire dage om ugen. "
              f"{fn} tager nu selv bussen."),
        ("h", "Anbefaling"),
        ("p", "Vi anbefaler, at forløbet fortsætter i den bevilgede periode uden ændringer.")], "provider-status", cpr1)
    yield ("faktura-trinbraet-2026-06", "pdf", [
        ("title", "Faktura nr. 2026-0612"),
        ("small", f"{PROVIDERS['trin']['name']} · CVR {PROVIDERS['trin']['cvr']}"),
        ("kv", [("Kunde", f"{KOMMUNE}, Job og Uddannelse, EAN 5798000123456"), ("Fakturadato", "30. juni 2026"),
                ("Betalingsbetingelser", "Netto 30 dage")]),
        ("kv", [("Mentortimer juni 2026 – deltager 26-41782", "12 timer à 465,00 kr. = 5.580,00 kr."),
                ("Kørsel", "84 km à 3,79 kr. = 318,36 kr."),
                ("I alt ekskl. moms", "5.898,36 kr.")]),
        ("p", "Beløbet bedes indbetalt på reg.nr. 1234 kontonr. 0012345678.")], "invoice", None)
    yield ("referat-statusmoede", "docx", [
        ("title", "Referat af statusmøde"),
        ("kv", [("Dato", "14. april 2026"), ("Deltagere", f"{name}, mentor {m}, sagsbehandler {cw}"),
                ("Referent", cw)]),
        ("h", "1. Hvordan går det?"),
        ("p", f"{fn} fortæller, at praktikken på lageret går godt. Mentor bekræfter, at fremmødet er stabilt."),
        ("h", "2. Næste skridt"),
        ("list", ["Sagsbehandler undersøger mulighed for løntilskud", "Næste statusmøde 12. maj 2026"]),
    ], "minutes", None)
    yield ("vejledning-udfyld-aftale", "docx", [
        ("title", "Vejledning: Sådan udfylder du aftalen om mentorstøtte (skabelon 2026)"),
        ("p", "Til sagsbehandlere i Job og Uddannelse. Skabelonen MENT-AFT 2026-02 har seks felter, som alle skal udfyldes:"),
        ("list", ["Målet med mentorstøtten – skriv et job- eller uddannelsesmål, der kan måles",
                  "Mentorens navn og kontaktdata – telefon og mail",
                  "Mentorens opgaver – konkrete opgaver, ikke 'støtte til'",
                  "Varighed – højst 6 måneder, med start- og slutdato",
                  "Timetal pr. uge og opfølgning – fx statusmøde hver måned",
                  "Klagevejledningen står i skabelonen og må ikke slettes"]),
        ("p", "Eksempel: »Målet er, at Anna er i praktik i Netto 15 timer om ugen senest 1. juni.« "
              "Husk at fjerne alle grå pladsholdere, før aftalen journaliseres."),
    ], "guidance", None)
    yield ("haandboldklub-ungementor", "txt", [
        ("title", "Mentoraftale – Fjordlund Håndboldklub, ungementorordningen"),
        ("p", "Ungementorordningen er klubbens eget frivillige tilbud til spillere i U17 og U19."),
        ("kv", [("Mentee", f"{fn} (U17 drenge)"), ("Frivillig mentor", f"{m}, tlf. {phone(rng)}"),
                ("Mål", "At komme til træning to gange om ugen og hjælpe til ved klubbens stævner"),
                ("Periode", "sæsonen 2026/27"), ("Tid", "Ca. en time om ugen efter træning")]),
        ("p", "Ordningen er ikke en del af kommunens beskæftigelsesindsats. Spørgsmål til ungdomsformanden."),
    ], "private-club", None)
    yield ("bestilling-vejviseren", "pdf", [
        ("title", "Bestilling af mentorforløb"),
        ("small", f"{KOMMUNE} · Job og Uddannelse · til {PROVIDERS['vej']['name']}"),
        ("kv", [("Borger", name), ("Sagsnr.", f"26-{rng.randrange(10000, 99999)}"),
                ("Ønsket opstart", "uge 36"), ("Forventet timetal", "3 timer pr. uge"),
                ("Bestiller", f"{cw}, tlf. 96 54 22 31")]),
        ("p", "Vi beder jer kontakte borgeren inden for fem hverdage og sende en opstartsaftale retur, når "
              "forløbet er aftalt. Faktura sendes til EAN 5798000123456."),
    ], "order", None)
    cpr2 = make_cpr(rng)
    yield ("partshoering-mentor", "docx", [
        ("title", "Partshøring – inden vi træffer afgørelse om mentorstøtte"),
        ("p", f"Kære {fn}"),
        ("p", f"Vi overvejer at give dig afslag på mentorstøtte. Inden vi træffer afgørelse, vil vi gerne høre, "
              f"om du har bemærkninger til oplysningerne i sagen (CPR {cpr2})."),
        ("p", "Vi har lagt vægt på, at skolens SPS-støtte dækker dit behov. Send dine bemærkninger inden 14 dage."),
        ("p", f"Venlig hilsen\n{cw}"),
    ], "hearing", cpr2)
    yield ("ankestyrelsen-afgoerelse", "pdf", [
        ("title", "Ankestyrelsens afgørelse"),
        ("small", "Ankestyrelsen · Beskæftigelsesudvalget · 7998 Statsservice"),
        ("p", f"Klage fra {name} over {KOMMUNE}s afgørelse om mentorstøtte."),
        ("h", "Resultat"),
        ("p", "Ankestyrelsen giver dig ikke medhold. Kommunens afgørelse om afslag på mentorstøtte efter § 167 i lov "
              "om en aktiv beskæftigelsesindsats er rigtig."),
        ("h", "Begrundelse"),
        ("p", "Vi har lagt vægt på, at du modtager støtte fra uddannelsesstedet, som dækker dit behov."),
        ("p", "Du kan ikke klage over denne afgørelse til en anden administrativ myndighed."),
    ], "ankestyrelsen", None)
    yield ("kvittering-ansoegning", "html", [
        ("title", "Kvittering: Vi har modtaget din ansøgning"),
        ("p", f"Kære {fn}. Vi har den 3. februar 2026 modtaget din ansøgning om mentorstøtte. "
              f"Du hører fra os inden for fire uger. Din sag har nummer 26-{rng.randrange(10000, 99999)}."),
        ("p", f"Venlig hilsen {KOMMUNE}"),
    ], "receipt", None)
    yield ("nyhedsbrev-mentorhuset", "html", [
        ("title", "Nyt fra Mentorhuset Nord – efterår 2026"),
        ("p", "Vi har fået tre nye mentorer, og vi tilbyder nu forløb for unge på FGU."),
        ("h", "Sådan arbejder vi"),
        ("p", "Et forløb hos os har altid et mål, en fast mentor, aftalte opgaver og statusmøder. Kommunen "
              "bevilger forløbet, typisk i op til 6 måneder."),
        ("h", "Kalender"),
        ("list", ["Åbent hus 8. oktober kl. 15-17", "Temadag for sagsbehandlere 12. november"]),
    ], "newsletter", None)
    yield ("afsluttende-evaluering", "odt", [
        ("title", "Afsluttende evaluering af mentorforløb"),
        ("small", PROVIDERS["vej"]["name"]),
        ("kv", [("Deltager", name), ("Mentor", m), ("Forløb", "marts – august 2026"), ("Timer brugt", "61")]),
        ("h", "Hvad er nået"),
        ("p", f"{fn} har gennemført praktikforløbet og er fra 1. september ansat i løntilskud hos Lagerhuset A/S."),
        ("h", "Mentors vurdering"),
        ("p", "Der er ikke behov for en ny periode med mentorstøtte."),
    ], "final-evaluation", None)
    yield ("moedeindkaldelse-status", "docx", [
        ("title", "Mødeindkaldelse – statusmøde om mentorstøtte"),
        ("p", f"Kære {fn}"),
        ("p", f"Du indkaldes til statusmøde torsdag den 11. juni 2026 kl. 13.00 på Rådhustorvet 1, lokale 2.14. "
              f"Din mentor {m} deltager også."),
        ("p", "Hvis du er forhindret, så ring til os på 96 54 10 00."),
        ("p", f"Venlig hilsen\n{cw}"),
    ], "appointment", None)
    yield ("kvalitetsstandard-uddrag", "pdf", [
        ("title", "Kvalitetsstandard for mentorstøtte – Fjordlund Kommune 2026"),
        ("p", "Vedtaget af Beskæftigelsesudvalget 14. januar 2026."),
        ("h", "Hvad skal aftalen indeholde?"),
        ("list", ["Målet med mentorstøtten", "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal bistå ved",
                  "Varigheden af aftalen og opfølgning – inklusiv mål for progression", "Timetallet",
                  "Klagevejledning"]),
        ("h", "Serviceniveau"),
        ("kv", [("Niveau 1", "0-1 time pr. uge, opfølgning hver 3. måned"),
                ("Niveau 2", "1-2 timer pr. uge, opfølgning hver måned"),
                ("Niveau 3", "over 2 timer pr. uge, opfølgning hver måned")]),
        ("p", "Mentorstøtte bevilges i højst 6 måneder ad gangen. Klage skal ske inden 4 uger til kommunen."),
    ], "quality-standard", None)
    yield ("genvurdering-fastholdt", "docx", [
        ("title", "Genvurdering af din klage – vi fastholder afgørelsen"),
        ("p", f"Kære {fn}"),
        ("p", "Vi har modtaget din klage over afgørelsen om afslag på mentorstøtte og har genvurderet sagen. "
              "Vi fastholder afgørelsen, fordi der ikke er kommet nye oplysninger."),
        ("p", "Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, som træffer afgørelse. "
              "Du hører direkte fra Ankestyrelsen."),
        ("p", f"Venlig hilsen\n{cw}, {KOMMUNE}"),
    ], "reconsideration-upheld", None)
    yield ("lagerhuset-laerlingementor", "md", [
        ("title", "Lagerhuset A/S – mentorordning for lærlinge"),
        ("p", "Alle nye lærlinge hos Lagerhuset får en erfaren kollega som mentor det første år."),
        ("h", "Mentorens opgaver"),
        ("list", ["Vise rundt og introducere til sikkerhedsregler", "Tage en kort snak hver fredag"]),
        ("h", "Varighed"),
        ("p", "Hele første læreår (12 måneder)."),
        ("p", "Ordningen er virksomhedens egen og er ikke kommunal mentorstøtte."),
    ], "company-scheme", None)


# ------------------------------------------------------------------ main -----

def spec_kw(spec: str):
    """'hours~' = vague hours, 'follow~' = vague follow-up, 'appeal~' = incomplete appeal guidance."""
    defects, kw = [], {}
    for s in [x for x in spec.split(",") if x]:
        if s.endswith("~"):
            s = s[:-1]
            kw[{"hours": "hours_vague", "follow": "follow_vague", "appeal": "appeal_mode"}[s]] = (
                "incomplete" if s == "appeal" else True)
        defects.append(s)
    return defects, kw


def soffice_pdf(docx: Path, outdir: Path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_gd_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return outdir / (docx.stem + ".pdf")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=14)
    a = ap.parse_args()
    root = Path(a.out)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    rng = random.Random(a.seed)
    setup_fonts()
    out = Out(root)
    tmp = Path(tempfile.mkdtemp(prefix="gd_"))
    cpr_every = iter([True, False, False, False] * 50)

    def case(spec, era, start, cpr=None):
        d, kw = spec_kw(spec)
        c = Case(rng, defects=d, era=era, start=start, cpr=next(cpr_every) if cpr is None else cpr, **kw)
        return c, d

    def start_of(era):
        if era == 1:
            return dt.date(rng.choice([2024, 2025]), rng.randrange(1, 11), rng.choice([1, 1, 6, 13, 15]))
        return dt.date(2026, rng.randrange(3, 11), rng.choice([1, 1, 2, 9, 16]))

    # ---- A: gen 1 Word template with legacy form fields
    g1 = ["", "", "", "", "goal", "hours", "over6", "tasks,follow", "mentor", "appeal",
          "unclear", "duration,hours"]
    for i, spec in enumerate(g1):
        era = 1
        c, d = case(spec, era, start_of(era))
        rel = f"journal/aftaler-2021-skabelon/aftale-mentor-{c.sagsnr}.docx"
        p = out.path(rel)
        make_gen1_docx(c, p)
        traits = ["gen1-template", "legacy-formfields"] + (["empty-formfields"] if spec else [])
        if i in (2, 6):  # journalised as PDF through LibreOffice
            pdf = soffice_pdf(p, p.parent)
            p.unlink()
            rel = rel[:-5] + ".pdf"
            traits.append("soffice-pdf")
        out.add(rel, "agreement", "agreement", "gen1-formfield-table", d, c.cpr, traits,
                (c.start, c.end) if c.has("duration") else None)

    # ---- B: gen 2 Word template with content controls (some still showing placeholders)
    g2 = ["", "", "", "", "", "goal", "tasks", "follow", "appeal", "hours,follow",
          "duration", "mentor", "over6", "unclear", "follow~", "appeal,tasks"]
    for i, spec in enumerate(g2):
        c, d = case(spec, 2, start_of(2))
        rel = f"journal/aftaler-2026/{c.letter_date.isoformat()}_aftale_{c.fn.lower()}.docx"
        p = out.path(rel)
        make_gen2_docx(c, p, style=i % 2)
        traits = ["gen2-template", "content-controls"]
        if any(x in spec for x in ("goal", "tasks", "duration", "appeal")) or (spec == "follow") or (spec == "hours,follow"):
            traits.append("word-placeholder")
        if i in (1, 9):
            soffice_pdf(p, p.parent)
            p.unlink()
            rel = rel[:-5] + ".pdf"
            traits.append("soffice-pdf")
        out.add(rel, "agreement", "agreement", "gen2-question-headings", d, c.cpr, traits,
                (c.start, c.end) if c.has("duration") else None)

    # gen 2 with a leftover placeholder in an optional section (all mandatory fields filled)
    for i in range(2):
        c, d = case("", 2, start_of(2))
        rel = f"journal/aftaler-2026/{c.letter_date.isoformat()}_aftale_{c.fn.lower()}_v2.docx"
        make_gen2_docx(c, out.path(rel), style=i, extra_sections=[("Andre aftaler og bemærkninger", None)])
        out.add(rel, "agreement", "agreement", "gen2-question-headings", d, c.cpr,
                ["gen2-template", "content-controls", "leftover-placeholder-optional"], (c.start, c.end))
    # udskrivningskoordinator (LAB § 167, stk. 2): 8 months in all is lawful (3 before + at least 6)
    for kind_ in ("agreement", "decision"):
        c, d = case("", 2, dt.date(2026, 4, 1))
        c.end = add_months(c.start, 8) - dt.timedelta(days=1)
        disch = add_months(c.start, 2)
        c.period = f"{dlong(c.start)} – {dlong(c.end)}"
        c.goal = (f"{c.fn} bliver udskrevet fra Psykiatrisk Afdeling, {TOWN} Sygehus, omkring {dlong(disch)} "
                  f"og starter derefter i virksomhedspraktik hos {rng.choice(FIRMS)} 10 timer om ugen.")
        note = (f"Mentorstøtten gives som udskrivningskoordinator efter § 167, stk. 2 i lov om en aktiv "
                f"beskæftigelsesindsats: fra ca. 2 måneder før udskrivelsen og 6 måneder efter.")
        if kind_ == "agreement":
            rel = f"journal/aftaler-2026/{c.letter_date.isoformat()}_udskrivningskoordinator_{c.fn.lower()}.docx"
            make_gen2_docx(c, out.path(rel), style=0, intro_extra=note)
            out.add(rel, "agreement", "agreement", "gen2-question-headings", d, c.cpr,
                    ["gen2-template", "udskrivningskoordinator", "period:8-months-lawful"], (c.start, c.end))
        else:
            blocks = [(k, v.replace("§ 167, stk. 1", "§ 167, stk. 2") if isinstance(v, str) else v)
                      for k, v in decision_blocks(c, "grant")]
            blocks.insert(3, ("p", note))
            rel = f"sagsportal/afgoerelser/grant-udskrivningskoordinator-{c.sagsnr}.pdf"
            write_blocks("pdf", blocks, out.path(rel), header=f"{KOMMUNE} · Udskrevet fra Sagsportalen", grid=False)
            out.add(rel, "decision", "grant", "decision-print", d, c.cpr,
                    ["era-kommunen", "udskrivningskoordinator", "period:8-months-lawful"], (c.start, c.end))

    # ---- blank templates (unknown)
    c0 = Case(rng)
    make_gen1_docx(c0, out.path("skabeloner/AFT-MENTOR_v3_2021.docx"), blank=True)
    out.add("skabeloner/AFT-MENTOR_v3_2021.docx", "unknown", "blank-template", "gen1-formfield-table",
            traits=["blank-template", "legacy-formfields"])
    make_gen2_docx(c0, out.path("skabeloner/MENT-AFT_2026-02.docx"), blank=True)
    out.add("skabeloner/MENT-AFT_2026-02.docx", "unknown", "blank-template", "gen2-question-headings",
            traits=["blank-template", "content-controls", "word-placeholder"])
    p = PROVIDERS["trin"]
    blocks_pdf([("title", "Opstartsaftale – mentorforløb"), ("small", f"{p['name']} · {p['addr']} · CVR {p['cvr']}"),
                ("kv", [(l, "") for l in ["Deltager", "Sagsnr. hos kommunen", "Henvisende sagsbehandler", "Mentor",
                                          "Mobil", "Mail", "Formål med forløbet", "Indsatsområder", "Forløbsperiode",
                                          "Ugentligt timetal", "Opfølgning"]]),
                ("p", "Underskrift deltager: ____________________    Underskrift mentor: ____________________")],
               out.path("skabeloner/trinbraet-opstartsaftale-blank.pdf"))
    out.add("skabeloner/trinbraet-opstartsaftale-blank.pdf", "unknown", "blank-template", "trin-grid-form",
            traits=["blank-template", "provider-form"])

    # ---- C: decisions
    decs = [("grant", "", 2, "pdf"), ("grant", "", 1, "docx"), ("grant", "appeal", 2, "pdf"),
            ("grant", "over6", 2, "docx"), ("grant", "appeal~", 1, "txt"), ("partial", "", 2, "pdf"),
            ("partial", "", 1, "docx"), ("refusal", "", 2, "pdf"), ("refusal", "appeal", 2, "odt"),
            ("extension", "", 2, "pdf"), ("extension", "over6", 1, "pdf"), ("end", "", 2, "docx"),
            ("end", "appeal~", 2, "html"), ("change", "", 2, "pdf"), ("grant", "other-subject", 2, "docx"),
            ("grant", "", 2, "txt")]
    for sub, spec, era, fmt in decs:
        other = spec == "other-subject"
        c, d = case("" if other else spec, era, start_of(era))
        if other:
            d = ["appeal"]
        blocks = decision_blocks(c, sub, other_subject_appeal=other)
        rel = f"sagsportal/afgoerelser/{sub}-{c.sagsnr}.{fmt}"
        hdr = f"{JOBCENTER if era == 1 else KOMMUNE} · Udskrevet fra Sagsportalen"
        write_blocks(fmt, blocks, out.path(rel), title=blocks[0][1], header=hdr,
                     footer=f"Dokument-ID {rng.randrange(10**7, 10**8)} · Side 1", grid=False,
                     encoding="cp1252" if fmt == "txt" and era == 1 else "utf-8")
        per = (c.start, c.end) if sub in ("grant", "partial", "extension", "change") else None
        out.add(rel, "decision", sub, f"decision-{'print' if fmt == 'pdf' else 'letter'}", d, c.cpr,
                ["era-jobcenter" if era == 1 else "era-kommunen"] + (["other-subject-appeal"] if other else []), per)

    # ---- G: Min Plan prints
    mps = [("", 0, "txt"), ("", 1, "pdf"), ("", 2, "html"), ("hours", 0, "txt"), ("goal", 1, "pdf"),
           ("over6", 2, "pdf"), ("mentor", 0, "md"), ("unclear", 1, "txt"), ("tasks", "card", "html"),
           ("", "card", "html")]
    for spec, var, fmt in mps:
        c, d = case(spec, 2, start_of(2))
        rel = f"sagsportal/minplan/minplan-{c.sagsnr}.{fmt}"
        if var == "card":
            out.path(rel).write_text(minplan_html_card(c), encoding="utf-8")
            lay = "minplan-portal-card"
        else:
            write_blocks(fmt, minplan_blocks(c, var), out.path(rel), title="Min Plan", grid=(var != 2))
            lay = f"minplan-print-v{var}"
        out.add(rel, "minplan", "minplan", lay, d, c.cpr, ["case-system-print"] + (["other-activity-18m"] if var == 1 else []),
                (c.start, c.end) if c.has("duration") else None)

    # ---- D: Trinbræt provider form (drawn grid PDF)
    trin = [("appeal", False), ("appeal,hours", False), ("appeal,over6", False), ("appeal,follow~", False),
            ("", True), ("", True), ("goal", True)]
    for spec, footer in trin:
        c, d = case(spec, 2, start_of(2))
        rel = f"leverandoerer/trinbraet/opstartsaftale-{c.fn.lower()}-{c.sagsnr}.pdf"
        blocks_pdf(trin_blocks(c, footer), out.path(rel))
        out.add(rel, "agreement", "agreement", "trin-grid-form", d, c.cpr,
                ["provider-form", "form-v2-appeal-footer" if footer else "form-v1-no-appeal"],
                (c.start, c.end) if c.has("duration") else None)
    # Trinbræt v1 exported as RTF from their office package
    c, d = case("appeal,tasks", 2, start_of(2))
    blocks_rtf(trin_blocks(c, False), out.path(f"leverandoerer/trinbraet/opstartsaftale-{c.sagsnr}.rtf"))
    out.add(f"leverandoerer/trinbraet/opstartsaftale-{c.sagsnr}.rtf", "agreement", "agreement", "trin-grid-form",
            d, c.cpr, ["provider-form", "rtf-export"], (c.start, c.end))

    # ---- E: Vejviseren (appeal box about the municipality's decision)
    vej = [("", "full", "docx"), ("", "full", "odt"), ("", "wrong", "docx"), ("appeal", "incomplete", "odt"),
           ("duration", "full", "docx"), ("mentor,hours~", "wrong", "odt"), ("appeal", "empty", "docx")]
    for spec, av, fmt in vej:
        c, d = case(spec, 2, start_of(2))
        if av in ("incomplete", "empty"):
            c.appeal = None
        rel = f"leverandoerer/vejviseren/mentoraftale_{c.ln.lower()}_{c.start.isoformat()}.{fmt}"
        write_blocks(fmt, vej_blocks(c, av), out.path(rel))
        out.add(rel, "agreement", "agreement", "vej-heading-form", d, c.cpr,
                ["provider-form", f"appeal-box-{av}"], (c.start, c.end) if c.has("duration") else None,
                extras=["appeal-wrong-route"] if av == "wrong" else [])

    # ---- F: Mentorhuset Nord (booking-system HTML)
    nord = ["", "", "appeal", "appeal,unclear", "hours~"]
    for spec in nord:
        c, d = case(spec, 2, start_of(2))
        rel = f"leverandoerer/mentorhuset-nord/forloebsaftale-{c.sagsnr}.html"
        out.path(rel).write_text(nord_html(c), encoding="utf-8")
        out.add(rel, "agreement", "agreement", "nord-booking-html", d, c.cpr, ["provider-form", "sidebar"],
                (c.start, c.end) if c.has("duration") else None)

    # ---- H: scanned signed paper
    scans = [("", "image", 1), ("", "image", 1), ("hours", "image", 1), ("over6", "sandwich", 1),
             ("", "sandwich", 1), ("tasks", "image", 1), ("appeal", "image", "trin"), ("", "png", 1)]
    for spec, mode, fam in scans:
        era = 1
        c, d = case(spec, era, start_of(era))
        src = tmp / f"src_{c.sagsnr}.pdf"
        if fam == "trin":
            blocks_pdf(trin_blocks(c, False), src)
            lay = "trin-grid-form"
        else:
            blocks_pdf(gen1_blocks(c), src, letterhead=f"{JOBCENTER} · Jobcentervej 1 · 7730 {TOWN}")
            lay = "gen1-formfield-table"
        ext = "png" if mode == "png" else "pdf"
        rel = f"scannet/underskrevet-{c.sagsnr}.{ext}"
        scan_pdf(src, out.path(rel), rng, mode, tmp)
        out.add(rel, "agreement", "agreement", lay, d, c.cpr, ["scan", f"scan-{mode}", "signed-paper"],
                (c.start, c.end) if c.has("duration") else None)

    # ---- J: e-mails
    c, d = case("appeal", 2, start_of(2))
    body = (f"Hej {c.fn}\n\nTak for i dag. Her er det, vi blev enige om, skrevet ned:\n\n"
            f"Mål: {c.goal}\nMentor: {c.mentor}, tlf. {c.mphone}, {c.mmail}\n"
            f"Opgaver:\n" + "\n".join(f"- {t}" for t in c.tasks) +
            f"\nPeriode: {c.period}\nTimer: {c.hours}\nOpfølgning: {c.follow}\n\n"
            f"Ring, hvis der er noget.\n\nHilsen {c.mentor}\n")
    write_eml(out.path(f"mails/aftale-fra-mentor-{c.sagsnr}.eml"), "Vores aftale om mentorstøtte",
              f"{c.mentor} <{c.mmail}>", f"{c.name} <borger@example.dk>", body, c.letter_date)
    out.add(f"mails/aftale-fra-mentor-{c.sagsnr}.eml", "agreement", "agreement", "mail-plain", d, None,
            ["email", "mentor-written"], (c.start, c.end))
    c, d = case("", 2, start_of(2), cpr=False)
    body = (f"Kære {c.fn}\n\nSom lovet får du her aftalen om mentorstøtte fra vores møde.\n\n"
            f"Målet med mentorstøtten: {c.goal}\n\nDin mentor: {c.mentor}, {c.mphone}, {c.mmail}\n\n"
            f"Mentoren hjælper dig med:\n" + "\n".join(f"- {t}" for t in c.tasks) +
            f"\n\nPeriode: {c.period}\nTimetal: {c.hours}\nOpfølgning: {c.follow}\n\n"
            f"Klagevejledning: {c.appeal}\n\nVenlig hilsen\n{c.cw}\n{KOMMUNE}\n")
    write_eml(out.path(f"mails/aftale-sagsbehandler-{c.sagsnr}.eml"), "Aftale om mentorstøtte",
              f"{c.cw} <{c.cwmail}>", f"{c.name} <borger@example.dk>", body, c.letter_date)
    out.add(f"mails/aftale-sagsbehandler-{c.sagsnr}.eml", "agreement", "agreement", "mail-plain", d, None,
            ["email", "caseworker-written"], (c.start, c.end))
    c, d = case("follow", 2, start_of(2), cpr=False)
    att = tmp / "att.docx"
    make_gen2_docx(c, att, style=0)
    write_eml(out.path(f"mails/til-underskrift-{c.sagsnr}.eml"), "Aftale til underskrift",
              f"{c.cw} <{c.cwmail}>", f"{c.mentor} <{c.mmail}>",
              f"Hej {c.mentor.split()[0]}\n\nHermed aftalen for {c.fn} til underskrift. Send den retur i Nord-Booking.\n\n"
              f"Venlig hilsen\n{c.cw}\n", c.letter_date,
              attach=("aftale_mentorstoette.docx", att.read_bytes(),
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    out.add(f"mails/til-underskrift-{c.sagsnr}.eml", "agreement", "agreement", "mail-with-docx", d, None,
            ["email", "attachment", "gen2-template", "word-placeholder"], (c.start, c.end))
    write_eml(out.path("mails/statusmoede-flyttes.eml"), "SV: Statusmøde flyttes",
              f"{MENTORS[2]} <pertoft@trinbraet.dk>", f"{CASEWORKERS[1]} <sokra@fjordlund.dk>",
              "Hej Søren\n\nDet passer fint at flytte statusmødet til onsdag kl. 10. Jeg giver Mads besked.\n\n"
              "Mvh Pernille\n\nDen 2. juni 2026 skrev Søren Kragh:\n> Kan vi rykke mødet om Mads' mentorforløb?\n",
              dt.date(2026, 6, 2))
    out.add("mails/statusmoede-flyttes.eml", "unknown", "email-meeting", "mail-plain", traits=["email", "reply-quote"])
    write_eml(out.path("mails/faktura-spoergsmaal.eml"), "Spørgsmål til faktura 2026-0612",
              f"Kreditor <kreditor@fjordlund.dk>", "Trinbræt bogholderi <bogholderi@trinbraet.dk>",
              "Hej\n\nFakturaen for juni indeholder 12 mentortimer for en deltager, men bevillingen er på 2 timer om "
              "ugen. Kan I sende en timeopgørelse?\n\nVenlig hilsen\nKreditorbogholderiet, Fjordlund Kommune\n",
              dt.date(2026, 7, 6))
    out.add("mails/faktura-spoergsmaal.eml", "unknown", "email-invoice", "mail-plain", traits=["email"])

    # ---- K: look-alikes
    for name, fmt, blocks, lay, cpr in lookalikes(rng):
        rel = f"andet/{name}.{fmt}"
        write_blocks(fmt, blocks, out.path(rel), title=blocks[0][1])
        out.add(rel, "unknown", lay, lay, (), cpr, ["look-alike"])

    from collections import Counter
    write_manifest_local(root, out.entries)
    shutil.rmtree(tmp, ignore_errors=True)
    print(len(out.entries), "documents;", Counter(e["kind"] for e in out.entries))


def write_manifest_local(root: Path, entries):
    try:
        import sys
        sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools" / "corpusgen" / "src"))
        from corpusgen.corpus.manifest import write_manifest
        write_manifest(root, entries)
    except Exception:
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
        (root / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
