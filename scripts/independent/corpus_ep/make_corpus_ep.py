#!/usr/bin/env python3
"""Corpus EP: decision letters that carry (or only mention) the mentor agreement.

Independent corpus writer for mentordocs. Labels come from domain.md and the rule docs
(`mentordocs rules NAME`), not from the linter.

Usage: python make_corpus_ep.py --out /work/corpora/ep [--seed 11]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON_ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

KOMMUNER = [
    ("Odense Kommune", "Beskæftigelses- og Socialforvaltningen", "Ørbækvej 100, 5220 Odense SØ", "66 13 13 72"),
    ("Vejle Kommune", "Job & Uddannelse", "Enghavevej 2, 7100 Vejle", "76 81 00 00"),
    ("Randers Kommune", "Borgerservice og Beskæftigelse", "Laksetorvet, 8900 Randers C", "89 15 15 15"),
    ("Holbæk Kommune", "Center for Arbejdsmarked", "Kanalstræde 2, 4300 Holbæk", "72 36 36 36"),
    ("Silkeborg Kommune", "Jobafdelingen", "Søvej 1, 8600 Silkeborg", "89 70 10 00"),
    ("Næstved Kommune", "Arbejdsmarked og Uddannelse", "Rådmandshaven 20, 4700 Næstved", "55 88 55 88"),
    ("Herning Kommune", "Beskæftigelse", "Fredhøjvej 20, 7400 Herning", "96 28 28 28"),
    ("Hjørring Kommune", "Job og Ydelse", "Springvandspladsen 5, 9800 Hjørring", "72 33 33 33"),
    ("Roskilde Kommune", "Jobcenter og Borgerservice", "Køgevej 80, 4000 Roskilde", "46 31 30 00"),
    ("Aabenraa Kommune", "Beskæftigelse og Integration", "Skelbækvej 2, 6200 Aabenraa", "73 76 76 76"),
]
FIRST = ["Anna", "Mads", "Sofie", "Ahmed", "Line", "Jonas", "Fatima", "Kasper", "Emma", "Nikolaj",
         "Sara", "Mikkel", "Amalie", "Yusuf", "Camilla", "Rasmus", "Ida", "Oliver", "Julie", "Tobias",
         "Nanna", "Frederik", "Malene", "Ali", "Louise", "Simon", "Katrine", "Jesper", "Mette", "Peter"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Østergaard", "Dahl", "Kjær", "Holm", "Lund", "Bak"]
STREETS = ["Skovvej 12", "Nørregade 4, 2. th.", "Engvej 33", "Vestergade 18, st.", "Rosenvænget 7",
           "Bakkevej 2A", "Søndergade 41, 1. tv.", "Kirkestien 9", "Havnegade 15", "Lærkevej 22"]
PROVIDERS = [("Jobhuset Fyn", "jobhusetfyn.dk"), ("Mentorhuset ApS", "mentorhuset.dk"),
             ("Kompetencecenter Vest", "kcvest.dk"), ("Broen Mentor & Coaching", "broen-mentor.dk"),
             ("Trin for Trin ApS", "trinfortrin.dk"), ("Den Sociale Mentorordning", "dsm-mentor.dk")]

GOALS_CLEAR = [
    "{f} starter på grundforløb 1 på SOSU-skolen den {d} og møder mindst fire dage om ugen.",
    "{f} er i virksomhedspraktik på lageret hos Bilka 15 timer om ugen senest {d}, med henblik på løntilskud.",
    "{f} gennemfører 9. klasses afgangsprøve på VUC i dansk og matematik inden {d}.",
    "{f} har et fleksjob som køkkenmedhjælper i en kantine på 12 timer om ugen senest {d}.",
    "{f} fastholder sin elevplads som tømrerlærling og har højst to fraværsdage om måneden frem til {d}.",
    "{f} kommer i ordinær beskæftigelse som chauffør (kørekort kat. C er taget) inden {d}.",
    "{f} gennemfører FGU-forløbet på produktionsgrunduddannelsen med mindst 90 % fremmøde frem til {d}.",
    "{f} er i løntilskudsjob i Rengøringen på rådhuset 25 timer om ugen fra {d}.",
]
GOALS_UNCLEAR = [
    "Støtte til at komme videre og øget trivsel.",
    "At {f} får mere struktur på hverdagen og et bedre selvværd.",
    "Sikre at {f} kommer tættere på arbejdsmarkedet.",
    "Hjælp til at få det bedre og komme i gang med noget.",
    "Motivere {f} og arbejde på trivslen.",
]
TASKS = [
    ["Følge {f} til praktikstedet de første to uger",
     "Ugentlig samtale om fremmøde, transport og arbejdsopgaver",
     "Hjælpe med kontakt til kommunen og e-Boks"],
    ["Hjælpe {f} med at planlægge ugen og holde styr på skemaet",
     "Tage med til møder med studievejlederen",
     "Tale om fravær og hjælpe med at melde sig syg korrekt"],
    ["Støtte i opstarten på arbejdspladsen og sparre med kontaktpersonen dér",
     "Hjælpe med at finde en fast rute og transport til arbejdet",
     "Følge op på aftaler om arbejdstid"],
    ["Ringe {f} op om morgenen de dage, der er undervisning",
     "Gennemgå lektieplan og afleveringer en gang om ugen",
     "Være bindeled til SPS-vejlederen på skolen"],
]
FOLLOWUPS = [
    "Statusmøde med {f}, mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før støtten ophører.",
    "Vi følger op hver måned. Delmål: fremmøde tre dage om ugen fra {m}; fire dage om ugen fra {n}.",
    "Mentor sender en kort skriftlig status til sagsbehandler hver anden måned. Midtvejsevaluering efter 3 måneder og slutevaluering fire uger før bevillingsudløb.",
    "Opfølgningssamtale i kommunen hver 6. uge, hvor progressionen gøres op på fremmøde og delmål.",
]

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger efter, at du har modtaget brevet. "
    "Du kan klage mundtligt eller skriftligt. Kommunen genvurderer afgørelsen inden fire uger, fra klagen er modtaget. "
    "Hvis kommunen fastholder afgørelsen, sender vi klagen videre til Ankestyrelsen, som tager stilling til sagen. "
    "Reglerne står i lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal være modtaget hos {k}, {a}, senest 4 uger efter, at du har fået afgørelsen. "
    "Vi vurderer sagen igen. Fastholder vi afgørelsen, sender vi din klage og sagens papirer til Ankestyrelsen.",
    "Er du uenig, kan du klage til os inden 4 uger. Ring på {t} eller skriv via borger.dk. "
    "{k} ser på sagen igen, og giver vi dig ikke ret, går klagen videre til Ankestyrelsens Beskæftigelsesudvalg.",
]
APPEAL_WRONG_ROUTE = ("Du kan klage direkte til Ankestyrelsen inden 4 uger efter, at du har modtaget afgørelsen. "
                      "Brug Ankestyrelsens klageformular på ast.dk.")
APPEAL_VAGUE = ["Du kan klage over afgørelsen.",
                "Hvis du er utilfreds, er du velkommen til at kontakte din sagsbehandler.",
                "Du har mulighed for at klage. Kontakt os, hvis du har spørgsmål."]
APPEAL_OTHER = ("Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om "
                "befordringsgodtgørelse til {k} inden 4 uger. Kommunen genvurderer og sender en fastholdt "
                "afgørelse videre til Ankestyrelsen.")
REASONS_PARTIAL = [
    "Vi har lagt vægt på, at du allerede har støtte fra en SPS-mentor på skolen to timer om ugen, og at dit behov "
    "derfor kan dækkes med færre timer. Afgørelsen er truffet efter lov om en aktiv beskæftigelsesindsats § 167, stk. 1.",
    "Vi har vurderet, at {h} timer om ugen er tilstrækkeligt til at støtte dig i opstarten. Vi har lagt vægt på oplysningerne "
    "fra praktikstedet om, at du allerede møder stabilt. Jf. LAB § 167.",
    "Mentorstøtte gives efter en konkret vurdering af dit behov, jf. § 167 i lov om en aktiv beskæftigelsesindsats. "
    "På baggrund af statusmødet den {sd} vurderer vi, at behovet er mindre end ansøgt.",
]


def dk(d: date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}. {MON_ABBR[d.month-1]} {d.year}"
    if style == 4:
        return d.isoformat()
    return f"{d.day}/{d.month}-{d.year}"


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(d.day, last))


def cpr(rng: random.Random) -> str:
    d = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 45))
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{rng.randrange(1000, 9999)}"


def phone(rng):
    return f"{rng.randrange(20, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"


# --------------------------------------------------------------------------------------------
# Block model: ("title", t) ("h", t) ("p", t) ("li", t) ("ol", n, t) ("kv", label, value)
#              ("table", rows) ("pb",)
# --------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, name, fmt, kind, subtype, layout, title, blocks, rules, extras=(),
                 cprs=(), traits=(), period=None, email=None):
        self.name, self.fmt, self.kind, self.subtype, self.layout = name, fmt, kind, subtype, layout
        self.title, self.blocks = title, blocks
        self.rules, self.extras = sorted(set(rules)), sorted(set(extras))
        self.cprs, self.traits, self.period, self.email = list(cprs), list(traits), period, email


# ---------- renderers ----------
def render_txt(blocks, md=False) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(("# " + b[1]) if md else b[1].upper())
        elif t == "h":
            out.append(("## " + b[1]) if md else b[1] + "\n" + "-" * len(b[1]))
        elif t == "p":
            out.append(b[1])
        elif t == "li":
            out.append("- " + b[1])
        elif t == "ol":
            out.append(f"{b[1]}. {b[2]}")
        elif t == "kv":
            out.append(f"{b[1]}: {b[2]}")
        elif t == "table":
            if md:
                rows = b[1]
                rows = [[x.replace("\n", " ") for x in r] for r in rows]
                out.append("| " + " | ".join(rows[0]) + " |\n|" + "---|" * len(rows[0]) + "\n" +
                           "\n".join("| " + " | ".join(r) + " |" for r in rows[1:]))
            else:
                out.append("\n".join("\t".join(r) for r in b[1]))
        elif t == "pb":
            out.append("\f" if not md else "---")
    return "\n\n".join(out) + "\n"


def render_html(blocks, title) -> str:
    import html as H
    e = H.escape
    parts = [f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{e(title)}</title></head><body>"]
    inlist = None
    for b in blocks:
        t = b[0]
        if t != inlist and inlist in ("li", "ol"):
            parts.append("</ul>" if inlist == "li" else "</ol>")
            inlist = None
        if t == "title":
            parts.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            parts.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif t in ("li", "ol"):
            if inlist is None:
                parts.append("<ul>" if t == "li" else "<ol>")
                inlist = t
            parts.append(f"<li>{e(b[-1])}</li>")
        elif t == "kv":
            parts.append(f"<p><strong>{e(b[1])}:</strong> {e(b[2])}</p>")
        elif t == "table":
            parts.append("<table border='1'>" + "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif t == "pb":
            parts.append("<hr style='page-break-after:always'>")
    if inlist:
        parts.append("</ul>" if inlist == "li" else "</ol>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render_docx(blocks, path: Path, bold_headings=False):
    import docx
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            if bold_headings:
                p = d.add_paragraph()
                p.add_run(b[1]).bold = True
            else:
                d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif t == "ol":
            d.add_paragraph(b[2], style="List Number")
        elif t == "kv":
            p = d.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            p.add_run(b[2])
        elif t == "table":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tb.cell(i, j).text = c
        elif t == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(str(path))


def render_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, ParagraphProperties, TextProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    brk = Style(name="PB", family="paragraph")
    brk.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(brk)
    pending_break = False
    cur_list = None
    for b in blocks:
        t = b[0]
        if t not in ("li", "ol"):
            cur_list = None
        if t == "pb":
            pending_break = True
            continue
        kw = {"stylename": brk} if pending_break else {}
        if t == "title":
            el = H(outlinelevel=1, text=b[1], **kw)
        elif t == "h":
            el = H(outlinelevel=2, text=b[1], **kw)
        elif t == "p":
            from odf import teletype
            el = P(**kw)
            teletype.addTextToElement(el, b[1])
        elif t in ("li", "ol"):
            if cur_list is None:
                cur_list = List()
                doc.text.addElement(cur_list)
            li = ListItem()
            li.addElement(P(text=("" if t == "li" else f"{b[1]}. ") + b[-1]))
            cur_list.addElement(li)
            pending_break = False
            continue
        elif t == "kv":
            el = P(**kw)
            el.addElement(Span(stylename=bold, text=b[1] + ": "))
            el.addText(b[2])
        elif t == "table":
            if pending_break:
                doc.text.addElement(P(stylename=brk, text=""))
            el = Table()
            el.addElement(TableColumn(numbercolumnsrepeated=len(b[1][0])))
            for r in b[1]:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    from odf import teletype
                    pp = P()
                    teletype.addTextToElement(pp, c)
                    tc.addElement(pp)
                    tr.addElement(tc)
                el.addElement(tr)
        doc.text.addElement(el)
        pending_break = False
    doc.save(str(path))


def render_pdf_rl(blocks, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    story = []
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(escape(b[1]), ss["Heading1"]))
        elif t == "h":
            story.append(Paragraph(escape(b[1]), ss["Heading3"]))
        elif t == "p":
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), ss["BodyText"]))
        elif t == "li":
            story.append(Paragraph("• " + escape(b[1]), ss["BodyText"]))
        elif t == "ol":
            story.append(Paragraph(f"{b[1]}. " + escape(b[2]), ss["BodyText"]))
        elif t == "kv":
            story.append(Paragraph(f"<b>{escape(b[1])}:</b> {escape(b[2])}", ss["BodyText"]))
        elif t == "table":
            data = [[Paragraph(escape(c).replace("\n", "<br/>"), ss["BodyText"]) for c in r] for r in b[1]]
            n = len(b[1][0])
            widths = [150, 320] if n == 2 else [470 / n] * n
            tb = Table(data, colWidths=widths)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 8))
        elif t == "pb":
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60).build(story)


def soffice_convert(srcs: list[Path], outdir: Path):
    if not srcs:
        return
    prof = "file:///tmp/lo_ep_profile"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir)] + [str(s) for s in srcs],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# --------------------------------------------------------------------------------------------
# Content builders
# --------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng: random.Random, i: int):
        self.rng = rng
        self.k = rng.choice(KOMMUNER)
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.addr = rng.choice(STREETS)
        self.sb_first, self.sb_last = rng.choice(FIRST), rng.choice(LAST)
        while self.sb_first == self.first:
            self.sb_first = rng.choice(FIRST)
        self.m_first, self.m_last = rng.choice(FIRST), rng.choice(LAST)
        while self.m_first in (self.first, self.sb_first):
            self.m_first = rng.choice(FIRST)
        self.prov = rng.choice(PROVIDERS)
        self.m_phone = phone(rng)
        self.m_mail = f"{self.m_first.lower()}@{self.prov[1]}".replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        self.sb_phone = phone(rng)
        self.kname = self.k[0].replace(" Kommune", "").lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        self.sb_mail = f"{self.sb_first[0].lower()}{self.sb_last[:3].lower()}@{self.kname}.dk".replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
        self.letter_date = date(2026, rng.randrange(2, 11), rng.randrange(1, 28))
        self.start = date(self.letter_date.year, self.letter_date.month, 1) + timedelta(days=rng.choice([31, 35, 45]))
        self.start = self.start.replace(day=rng.choice([1, 1, 1, 15, 4]))
        self.end = add_months(self.start, 6) - timedelta(days=1)
        self.sagsnr = f"{rng.choice(['15.20.00','27.24.00','15.00.00'])}-{rng.choice(['G01','P20','A00'])}-{rng.randrange(1000,99999)}-26"
        self.cpr = cpr(rng)
        self.hours = rng.choice([2, 3, 4, 5, "1-2", "2-3"])
        self.i = i

    @property
    def name(self):
        return f"{self.first} {self.last}"

    def fmtd(self, s):
        s = s.replace("{h}", "{{h}}")
        return s.format(f=self.first, d=dk(add_months(self.start, 4)), sd=dk(self.letter_date - timedelta(days=12)), m=MONTHS[add_months(self.start, 1).month - 1],
                        n=MONTHS[add_months(self.start, 3).month - 1], k=self.k[0], a=self.k[2], t=self.k[3])


def letterhead(c: Ctx, with_cpr: bool, style: int):
    k = c.k
    bl = []
    if style == 0:
        bl += [("p", f"{k[0]}\n{k[1]}\n{k[2]}"), ("p", f"{c.name}\n{c.addr}")]
        bl += [("p", f"Dato: {dk(c.letter_date)}\nSagsnr.: {c.sagsnr}" + (f"\nCPR-nr.: {c.cpr}" if with_cpr else ""))]
    elif style == 1:
        rows = [["Dato", dk(c.letter_date, 1)], ["Journalnr.", c.sagsnr], ["Sagsbehandler", f"{c.sb_first} {c.sb_last}"]]
        if with_cpr:
            rows.insert(1, ["Cpr.nr.", c.cpr])
        bl += [("p", f"{k[0]} · {k[1]}"), ("p", f"Til {c.name}, {c.addr}"), ("table", rows)]
    else:
        bl += [("p", f"{k[0].upper()}"), ("p", f"{c.name}" + (f" ({c.cpr})" if with_cpr else "")),
               ("p", f"{k[2].split(',')[-1].strip()}, den {dk(c.letter_date)}")]
    return bl


def signature(c: Ctx, style: int):
    if style == 0:
        return [("p", "Med venlig hilsen"),
                ("p", f"{c.sb_first} {c.sb_last}\nSagsbehandler\n{c.k[0]}, {c.k[1]}\nTlf. {c.sb_phone}\nMail: {c.sb_mail}")]
    if style == 1:
        return [("p", f"Venlig hilsen\n{c.sb_first} {c.sb_last}, jobkonsulent"),
                ("p", f"Har du spørgsmål, kan du ringe til mig på {c.sb_phone} mandag-torsdag kl. 9-12.")]
    return [("p", "Med venlig hilsen"), ("p", f"{c.sb_first} {c.sb_last}\n{c.k[0]}")]


def appeal_blocks(c: Ctx, kind: str, heading: bool = True):
    """kind: full | none | vague | wrong | other."""
    if kind == "none":
        return [], []
    if kind == "full":
        txt = c.fmtd(c.rng.choice(APPEAL_FULL))
        rules, extras = [], []
    elif kind == "vague":
        txt = c.rng.choice(APPEAL_VAGUE)
        rules, extras = ["missing-appeal-guidance"], []
    elif kind == "wrong":
        txt = APPEAL_WRONG_ROUTE
        rules, extras = [], ["appeal-wrong-route"]
    else:
        txt = c.fmtd(APPEAL_OTHER)
        rules, extras = ["missing-appeal-guidance"], []
    hd = c.rng.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang"])
    bl = ([("h", hd)] if heading else []) + [("p", txt)]
    return bl, extras


def agreement_fields(c: Ctx, missing: set, layout: str, unclear: bool, over: bool, reduced_hours=None):
    """Return blocks of the agreement part. `missing` = fields left out/empty."""
    rng = c.rng
    pool = GOALS_UNCLEAR if unclear else GOALS_CLEAR
    if "hours" in missing:  # keep a job's own weekly hours out of a document whose mentor hours are missing
        pool = [g for g in pool if "timer" not in g]
    goal = c.fmtd(rng.choice(pool))
    tasks = [c.fmtd(t) for t in rng.choice(TASKS)]
    end = add_months(c.start, rng.choice([8, 9, 10, 12])) - timedelta(days=1) if over else c.end
    c.ag_end = end
    ds = rng.choice([0, 0, 1, 2, 3, 5])
    period = f"{dk(c.start, ds)} – {dk(end, ds)}" if rng.random() < 0.7 else f"fra {dk(c.start, ds)} til {dk(end, ds)}"
    mentor = f"{c.m_first} {c.m_last}, {c.prov[0]}, tlf. {c.m_phone}, {c.m_mail}"
    hours = reduced_hours or (f"{c.hours} timer pr. uge" if rng.random() < 0.6 else f"{c.hours} timer om ugen")
    fu = c.fmtd(rng.choice(FOLLOWUPS))
    # defect forms
    vals = {
        "goal": goal, "mentor": mentor, "tasks": "; ".join(tasks), "duration": period,
        "hours": hours, "follow_up": fu,
    }
    empty = {
        "goal": rng.choice(["Udfyldes senere", "-", "Aftales ved opstart"]),
        "mentor": f"{c.m_first} {c.m_last}",  # name without contact
        "tasks": rng.choice(["-", "Udfyldes af mentor"]),
        "duration": rng.choice(["Udfyldes senere", "indtil videre"]),
        "hours": rng.choice(["efter behov", "Udfyldes senere"]),
        "follow_up": "",
    }
    labels_sets = {
        "table": {"goal": "Mål", "mentor": "Mentor", "tasks": "Mentorens opgaver", "duration": "Periode",
                  "hours": "Timetal", "follow_up": "Opfølgning"},
        "numbered": {"goal": "Målet med mentorstøtten", "mentor": "Mentorens navn og kontaktdata",
                     "tasks": "Hvilke opgaver mentoren skal bistå ved", "duration": "Varighed",
                     "hours": "Timetallet for mentorstøtten", "follow_up": "Opfølgning og mål for progression"},
        "headings": {"goal": "Formål", "mentor": "Din mentor", "tasks": "Det skal mentoren hjælpe dig med",
                     "duration": "Hvor længe", "hours": "Antal timer", "follow_up": "Sådan følger vi op"},
        "kv": {"goal": "Mål for forløbet", "mentor": "Mentor", "tasks": "Opgaver", "duration": "Bevilget periode",
               "hours": "Timer pr. uge", "follow_up": "Evaluering"},
    }
    order = ["goal", "mentor", "tasks", "duration", "hours", "follow_up"]
    bl = []
    if layout == "prose":
        sents = []
        if "goal" not in missing:
            sents.append(f"Målet er: {goal}")
        if "mentor" not in missing:
            sents.append(f"Din mentor er {c.m_first} {c.m_last} fra {c.prov[0]}. Du kan ringe til {c.m_first} på {c.m_phone} eller skrive til {c.m_mail}.")
        else:
            sents.append(f"Din mentor bliver {c.m_first} {c.m_last} fra {c.prov[0]}.")
        if "tasks" not in missing:
            sents.append(f"{c.m_first} tager sig af følgende: " + "; ".join(t[0].lower() + t[1:] for t in tasks) + ".")
        if "duration" not in missing:
            sents.append(f"Aftalen gælder i perioden {period}.")
        if "hours" not in missing:
            sents.append(f"I har {hours} sammen.")
        if "follow_up" not in missing:
            sents.append(fu)
        return [("p", s) for s in sents]
    labels = labels_sets[layout]
    if layout == "table":
        rows = [["Punkt", "Aftale"]] if rng.random() < 0.4 else []
        for f in order:
            if f in missing:
                if f == "follow_up" or (f in ("tasks", "goal") and rng.random() < 0.5):
                    continue
                rows.append([labels[f], empty[f]])
            else:
                if f == "tasks":
                    rows.append([labels[f], "\n".join("• " + t for t in tasks)])
                else:
                    rows.append([labels[f], vals[f]])
        return [("table", rows)]
    for n, f in enumerate(order, 1):
        if f in missing and (f == "follow_up" or rng.random() < 0.4):
            continue
        v = empty[f] if f in missing else vals[f]
        if layout == "numbered":
            if f == "tasks" and f not in missing:
                bl.append(("ol", n, f"{labels[f]}:"))
                bl += [("li", t) for t in tasks]
            else:
                bl.append(("ol", n, f"{labels[f]}: {v}"))
        elif layout == "headings":
            bl.append(("h", labels[f]))
            if f == "tasks" and f not in missing:
                bl += [("li", t) for t in tasks]
            else:
                bl.append(("p", v))
        else:
            if f == "tasks" and f not in missing:
                bl.append(("kv", labels[f], ", ".join(t[0].lower() + t[1:] for t in tasks)))
            else:
                bl.append(("kv", labels[f], v))
    return bl


AG_RULE = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
           "duration": "missing-duration", "hours": "missing-hours", "follow_up": "missing-follow-up"}


def pick_defects(rng, allow_appeal=True):
    """Return (missing_fields:set, unclear, over, appeal_kind)."""
    r = rng.random()
    missing, unclear, over, appeal = set(), False, False, "full"
    if r < 0.38:
        return missing, unclear, over, appeal
    choices = ["goal", "mentor", "tasks", "duration", "hours", "follow_up", "follow_up", "unclear", "over",
               "appeal", "appeal_other", "mentor", "hours"]
    n = 1 if rng.random() < 0.7 else 2
    picks = set()
    while len(picks) < n:
        p = rng.choice(choices)
        if not allow_appeal and p.startswith("appeal"):
            continue
        if p in ("duration", "over") and ({"duration", "over"} & picks):
            continue
        if p in ("goal", "unclear") and ({"goal", "unclear"} & picks):
            continue
        if p.startswith("appeal") and any(x.startswith("appeal") for x in picks):
            continue
        picks.add(p)
    for p in picks:
        if p == "unclear":
            unclear = True
        elif p == "over":
            over = True
        elif p == "appeal":
            appeal = rng.choice(["none", "vague"])
        elif p == "appeal_other":
            appeal = "other"
        else:
            missing.add(p)
    return missing, unclear, over, appeal


def labels_for(missing, unclear, over, appeal_kind):
    rules = [AG_RULE[m] for m in missing]
    if unclear:
        rules.append("unclear-goal")
    if over:
        rules.append("duration-over-6-months")
    if appeal_kind in ("none", "vague", "other"):
        rules.append("missing-appeal-guidance")
    return rules


# ---------------- Family A/B/D/E: decision carrying the agreement ----------------
def fam_carrying(c: Ctx, placement: str, variant: str):
    """placement: inline | bilag | bilag_pb ; variant: grant | extension | partial."""
    rng = c.rng
    missing, unclear, over, appeal_kind = pick_defects(rng)
    with_cpr = rng.random() < 0.25
    layout = rng.choice(["table", "numbered", "headings", "kv", "prose"]) if placement == "inline" else \
        rng.choice(["table", "numbered", "headings", "kv"])
    extras = []
    traits = [f"placement:{placement}", f"variant:{variant}", f"aglayout:{layout}"]
    bl = letterhead(c, with_cpr, rng.randrange(3))
    reduced = None
    if variant == "grant":
        title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte",
                            "Afgørelse: Mentorstøtte efter LAB § 167"])
    elif variant == "extension":
        title = rng.choice(["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte",
                            "Ny periode med mentorstøtte"])
    else:
        title = rng.choice(["Delvis bevilling af mentorstøtte", "Afgørelse om mentorstøtte – delvis bevilling",
                            "Du får mentorstøtte, men færre timer end du har søgt om"])
    bl.append(("title", title))
    bl.append(("p", f"Kære {c.first}"))
    appl = dk(c.letter_date - timedelta(days=rng.randrange(10, 40)))
    end = c.end
    # letter text never states goal/mentor/tasks/follow-up; it may state period/hours only if not missing
    if variant == "grant":
        bl.append(("p", f"Du har den {appl} søgt om mentorstøtte. {c.k[0]} har besluttet at bevilge dig mentorstøtte "
                        f"efter § 167 i lov om en aktiv beskæftigelsesindsats."))
    elif variant == "extension":
        prev_start = add_months(c.start, -6)
        bl.append(("p", f"Din tidligere periode med mentorstøtte ({dk(prev_start)} – {dk(c.start - timedelta(days=1))}) "
                        f"udløber snart. Vi har på statusmødet vurderet, at du fortsat har brug for støtte, og vi forlænger "
                        f"derfor mentorstøtten i en ny periode, jf. § 167, stk. 1, 2. pkt."))
        traits.append("earlier-period")
    else:
        asked = rng.choice([6, 8, 10])
        gh = rng.choice([2, 3, 4])
        if asked <= gh:
            asked = gh + 3
        c.hours = gh
        reduced = f"{gh} timer pr. uge"
        if "hours" in missing:
            bl.append(("p", f"Du har søgt om mentorstøtte {asked} timer om ugen. Vi bevilger mentorstøtte, men med færre timer, end du har søgt om."))
            traits.append("asked-hours-only")
        else:
            bl.append(("p", f"Du har søgt om mentorstøtte {asked} timer om ugen. Vi bevilger {gh} timer om ugen. "
                            f"Du får altså delvist medhold."))
        has_reasons = rng.random() < 0.75
        if has_reasons:
            pool = REASONS_PARTIAL if "hours" not in missing else [REASONS_PARTIAL[2]]
            bl += [("h", "Begrundelse"), ("p", c.fmtd(rng.choice(pool)).replace("{h}", str(gh)))]
        else:
            extras.append("missing-reasons")
            traits.append("no-reasons")
    if "duration" not in missing and not over and rng.random() < 0.6:
        bl.append(("p", f"Støtten er bevilget fra {dk(c.start)} til {dk(end)}."))
        traits.append("period-in-letter")
    elif "duration" not in missing and over and rng.random() < 0.5:
        # letter states a legal period but the agreement part states longer one -> still over
        pass
    if "hours" not in missing and variant != "partial" and rng.random() < 0.4:
        bl.append(("p", f"Du får {c.hours} timer med mentor om ugen."))
    app_bl, app_extras = appeal_blocks(c, appeal_kind)
    extras += app_extras
    ag_head = rng.choice(["Din aftale", "Det har vi aftalt", "Aftale om mentorstøtte", "Aftalen om din mentorstøtte"])
    ag = agreement_fields(c, missing, layout, unclear, over, reduced)
    sig = signature(c, rng.randrange(3))
    if placement == "inline":
        bl.append(("p", "Nedenfor kan du se, hvad vi har aftalt om din mentorstøtte."))
        bl.append(("h", ag_head))
        bl += ag
        bl += app_bl
        bl += sig
    else:
        bl.append(("p", "Aftalen om mentorstøtten er vedlagt som bilag 1."))
        bl += app_bl
        bl += sig
        if placement == "bilag_pb":
            bl.append(("pb",))
        bl.append(("title", rng.choice(["Bilag 1: Aftale om mentorstøtte", "Bilag 1 – Aftale om mentorstøtte",
                                        "Bilag: Mentoraftale"])))
        bl.append(("p", f"Borger: {c.name}" + (f", cpr.nr. {c.cpr}" if with_cpr and rng.random() < 0.5 else "")))
        bl += ag
        if rng.random() < 0.5:
            bl.append(("p", f"Dato / borger: ______________      Dato / mentor: ______________"))
    rules = labels_for(missing, unclear, over, appeal_kind)
    period = {"start": c.start.isoformat(), "end": c.ag_end.isoformat()} if "duration" not in missing else None
    subtype = {"grant": "grant-with-agreement", "extension": "extension-with-agreement",
               "partial": "partial-with-agreement"}[variant]
    return title, bl, rules, extras, ([c.cpr] if with_cpr else []), traits, period, subtype, f"{placement}-{layout}"


# ---------------- Family C: "Aftalen er vedlagt" without attachment ----------------
def fam_referred(c: Ctx):
    rng = c.rng
    with_cpr = rng.random() < 0.25
    bl = letterhead(c, with_cpr, rng.randrange(3))
    title = rng.choice(["Afgørelse om mentorstøtte", "Bevilling af mentor", "Mentorstøtte – afgørelse"])
    bl.append(("title", title))
    over = rng.random() < 0.2
    end = add_months(c.start, 9) - timedelta(days=1) if over else c.end
    bl.append(("p", f"Kære {c.name}"))
    bl.append(("p", f"Vi har bevilget dig mentorstøtte efter lov om en aktiv beskæftigelsesindsats § 167 i perioden "
                    f"{dk(c.start)} til {dk(end)}."))
    bl.append(("p", rng.choice(["Aftalen er vedlagt.", "Aftalen om mentorstøtte er vedlagt dette brev.",
                                "Den aftale, du har lavet med din mentor og os, er vedlagt som bilag."])))
    appeal_kind = rng.choice(["full", "full", "full", "vague", "none"])
    app, ex = appeal_blocks(c, appeal_kind)
    bl += app + signature(c, rng.randrange(3))
    rules = ["duration-over-6-months"] if over else []
    if appeal_kind != "full":
        rules.append("missing-appeal-guidance")
    return title, bl, rules, ex, ([c.cpr] if with_cpr else []), ["agreement-referred-not-attached"], \
        {"start": c.start.isoformat(), "end": end.isoformat()}, "grant-agreement-referred", "letter-referred"


# ---------------- Family F: plain decisions ----------------
def fam_plain(c: Ctx, variant: str):
    rng = c.rng
    with_cpr = rng.random() < 0.25
    bl = letterhead(c, with_cpr, rng.randrange(3))
    extras, traits, rules = [], [f"variant:{variant}"], []
    period = None
    if variant == "refusal":
        title = rng.choice(["Afslag på mentorstøtte", "Afgørelse – afslag på ansøgning om mentor",
                            "Du får ikke mentorstøtte"])
        bl += [("title", title), ("p", f"Kære {c.first}"),
               ("p", f"Du har søgt om mentorstøtte. Vi har givet dig afslag på din ansøgning.")]
        if rng.random() < 0.7:
            bl += [("h", "Begrundelse"),
                   ("p", rng.choice([
                       "Vi har lagt vægt på, at du allerede modtager støtte fra en SPS-mentor på din uddannelse, og at mentorstøtte "
                       "efter § 167 i lov om en aktiv beskæftigelsesindsats ikke kan gives til opgaver, som uddannelsesstedet selv skal løse.",
                       "Mentorstøtte kræver et mål om beskæftigelse eller uddannelse, jf. LAB § 167. På baggrund af lægeattesten "
                       "og samtalen den 3. marts vurderer vi, at du på nuværende tidspunkt ikke kan deltage i et forløb mod job eller uddannelse."]))]
        else:
            extras.append("missing-reasons")
            traits.append("no-reasons")
    elif variant == "end":
        title = rng.choice(["Ophør af mentorstøtte", "Afgørelse om ophør af din mentorstøtte",
                            "Din mentorstøtte stopper"])
        stop = c.letter_date + timedelta(days=rng.randrange(14, 40))
        bl += [("title", title), ("p", f"Kære {c.first}"),
               ("p", f"Din mentorstøtte ophører den {dk(stop)}.")]
        if rng.random() < 0.65:
            bl += [("p", rng.choice([
                "Begrundelsen er, at du er startet i ordinært job som lagermedarbejder, og at du ifølge dig selv og din mentor "
                "ikke længere har brug for støtten. Vi har lagt vægt på statusmødet den " + dk(c.letter_date - timedelta(days=7)) + ". Jf. LAB § 167.",
                "Vi stopper støtten, fordi du ikke er mødt op til de aftalte møder med din mentor i de sidste seks uger, "
                "selv om vi har skrevet til dig to gange. Vi har lagt vægt på, at støtten ikke har den virkning, den skulle have."]))]
        else:
            extras.append("missing-reasons")
            traits.append("no-reasons")
    else:  # grant without agreement
        title = rng.choice(["Bevilling af mentorstøtte", "Afgørelse om mentorstøtte", "Du er bevilget en mentor"])
        over = rng.random() < 0.3
        end = add_months(c.start, rng.choice([9, 12])) - timedelta(days=1) if over else c.end
        bl += [("title", title), ("p", f"Kære {c.first}"),
               ("p", f"Du er bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats fra {dk(c.start)} "
                     f"til {dk(end)}, {c.hours} timer om ugen. {c.prov[0]} kontakter dig om en mentor."),
               ("p", "Aftalen om mentorstøtten med mål, opgaver og opfølgning laver I sammen ved opstartsmødet.")]
        period = {"start": c.start.isoformat(), "end": end.isoformat()}
        if over:
            rules.append("duration-over-6-months")
            traits.append("over")
    appeal_kind = rng.choice(["full", "full", "full", "none", "vague", "wrong"])
    app, ex = appeal_blocks(c, appeal_kind)
    extras += ex
    if appeal_kind in ("none", "vague"):
        rules.append("missing-appeal-guidance")
    bl += app + signature(c, rng.randrange(3))
    subtype = {"refusal": "refusal", "end": "end", "grant": "grant-plain"}[variant]
    return title, bl, rules, extras, ([c.cpr] if with_cpr else []), traits, period, subtype, f"plain-{variant}"


# ---------------- near misses ----------------
def fam_unknown(c: Ctx, which: int):
    rng = c.rng
    with_cpr = rng.random() < 0.25
    bl = letterhead(c, with_cpr, rng.randrange(3))
    app, _ = appeal_blocks(c, "full")
    sig = signature(c, rng.randrange(3))
    if which == 0:
        title = "Partshøring – vi overvejer at stoppe din mentorstøtte"
        bl += [("title", title), ("p", f"Kære {c.first}"),
               ("p", f"Vi overvejer at træffe afgørelse om, at din mentorstøtte skal ophøre den {dk(c.end)}. Før vi træffer afgørelsen, "
                     f"vil vi give dig mulighed for at komme med dine bemærkninger, jf. forvaltningslovens § 19."),
               ("p", "Vi har lagt vægt på, at du ikke er mødt op til møderne med din mentor. Du kan sende dine bemærkninger inden 14 dage."),
               ("p", "Dette brev er ikke en afgørelse, og du kan derfor ikke klage over det.")] + sig
        sub = "hearing"
    elif which == 1:
        title = "Kvittering for din ansøgning om mentorstøtte"
        bl = [("title", title), ("p", f"Kære {c.name}"),
              ("p", f"Vi har den {dk(c.letter_date)} modtaget din ansøgning om mentorstøtte. Vi forventer at kunne træffe afgørelse inden for 4 uger. "
                    f"Du hører fra os, når vi har behandlet ansøgningen."),
              ("p", "Dette er en automatisk besked. Du kan ikke svare på den.")] + sig
        sub = "receipt"
    elif which == 2:
        title = "Påmindelse: Statusmøde om din mentorstøtte"
        bl = [("title", title), ("p", f"Hej {c.first}"),
              ("p", f"Husk statusmødet om din mentorstøtte {dk(c.letter_date + timedelta(days=5))} kl. 10.00 i {c.k[0]}, {c.k[2]}. "
                    f"Din mentor {c.m_first} deltager også."),
              ("p", "Hvis du er forhindret, skal du ringe til os senest dagen før.")] + sig
        sub = "reminder"
    elif which == 3:
        title = "Afgørelse om befordringsgodtgørelse"
        bl += [("title", title), ("p", f"Kære {c.first}"),
               ("p", f"Du har søgt om befordringsgodtgørelse i forbindelse med din virksomhedspraktik. Vi bevilger dig befordringsgodtgørelse efter "
                     f"§ 82 i lov om en aktiv beskæftigelsesindsats for perioden {dk(c.start)} til {dk(c.end)}."),
               ("p", "Beregningen kan du se i bilag 1.")] + app + sig + [
               ("pb",), ("title", "Bilag 1: Beregning af befordringsgodtgørelse"),
               ("table", [["Strækning", "Km pr. dag", "Takst", "Beløb pr. dag"],
                          ["Bopæl – praktiksted", "46", "1,98 kr.", "91,08 kr."],
                          ["Egenbetaling", "", "", "-24 km"]])]
        sub = "other-benefit-with-bilag"
    elif which == 4:
        title = "Afgørelse om løntilskud"
        bl += [("title", title), ("p", f"Kære {c.first}"),
               ("p", f"Du er bevilget ansættelse med løntilskud hos Vestergaard VVS ApS fra {dk(c.start)} til {dk(c.end)}, 30 timer om ugen."),
               ("p", "Aftalen med arbejdsgiveren er vedlagt som bilag 1.")] + app + sig + [
               ("pb",), ("title", "Bilag 1: Aftale om ansættelse med løntilskud"),
               ("table", [["Arbejdsgiver", "Vestergaard VVS ApS, CVR 12345678"], ["Stilling", "VVS-hjælper"],
                          ["Periode", f"{dk(c.start)} – {dk(c.end)}"], ["Timer", "30 timer pr. uge"],
                          ["Kontaktperson", f"Henrik Vestergaard, tlf. {phone(rng)}"]])]
        sub = "other-benefit-with-agreement-bilag"
    elif which == 5:
        title = "Referat af netværksmøde"
        bl = [("title", title), ("p", f"Dato: {dk(c.letter_date)}. Deltagere: {c.name}, {c.sb_first} {c.sb_last} (kommunen), "
                                    f"{c.m_first} {c.m_last} (mentor), Kirsten fra misbrugscentret."),
              ("h", "Dagsorden"), ("ol", 1, "Hvordan går det?"), ("ol", 2, "Behandling"), ("ol", 3, "Næste skridt"),
              ("h", "Drøftelse"),
              ("p", f"{c.first} fortæller, at det går bedre med at komme op om morgenen. Behandlingen fortsætter. "
                    f"Mentoren oplever, at {c.first} møder stabilt."),
              ("p", "Næste netværksmøde holdes om ca. to måneder.")]
        sub = "minutes"
    elif which == 6:
        title = "Bestilling af mentorforløb"
        bl = [("title", title), ("p", f"Til {c.prov[0]}"),
              ("p", f"{c.k[0]} bestiller hermed et mentorforløb til en borger fra {dk(c.start)}, {c.hours} timer om ugen. "
                    f"Borgerens oplysninger sendes sikkert via Digital Post."),
              ("p", "Faktura sendes til EAN 5798000123456 med angivelse af sagsnummer."), ] + sig
        sub = "order"
    elif which == 7:
        title = "Ankestyrelsens afgørelse"
        bl = [("p", "Ankestyrelsen, 7998 Statsservice"), ("title", title),
              ("p", f"Klage over {c.k[0]}s afgørelse om mentorstøtte."),
              ("h", "Resultat"),
              ("p", "Ankestyrelsen stadfæster kommunens afgørelse. Det betyder, at kommunens afgørelse er rigtig."),
              ("h", "Begrundelse"),
              ("p", "Vi har lagt vægt på, at mentorstøtte efter LAB § 167 forudsætter et mål om beskæftigelse eller uddannelse."),
              ("p", "Du kan ikke klage over Ankestyrelsens afgørelse til en anden administrativ myndighed.")]
        sub = "ankestyrelsen-ruling"
    elif which == 8:
        title = "Genvurdering af din klage over afgørelse om mentorstøtte"
        bl += [("title", title), ("p", f"Kære {c.first}"),
               ("p", f"Vi har modtaget din klage over vores afgørelse af {dk(c.letter_date - timedelta(days=30))} om afslag på mentorstøtte. "
                     "Vi har genvurderet sagen, men vi fastholder afgørelsen."),
               ("p", "Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, som vil behandle klagen. "
                     "Du hører fra Ankestyrelsen.")] + sig
        sub = "reconsideration-upheld"
    elif which == 9:
        title = "Sådan får du en mentor"
        bl = [("title", title),
              ("p", "En mentor kan hjælpe dig, hvis du har brug for ekstra støtte for at komme i job eller uddannelse."),
              ("h", "Hvad står der i aftalen?"),
              ("li", "målet med mentorstøtten"), ("li", "mentorens navn og kontaktdata"),
              ("li", "hvilke opgaver mentoren skal hjælpe med"), ("li", "varigheden af aftalen og opfølgning"),
              ("li", "hvor mange timer om ugen"), ("li", "klagevejledning"),
              ("p", "Mentorstøtte kan gives i højst 6 måneder ad gangen, med mulighed for forlængelse. "
                    "Er du uenig i en afgørelse, kan du klage til kommunen inden 4 uger.")]
        sub = "guidance"
    elif which == 10:
        title = "Faktura nr. " + str(rng.randrange(10000, 99999))
        bl = [("p", f"{c.prov[0]}\n{c.prov[1]}"), ("title", title),
              ("p", f"Til {c.k[0]}, {c.k[1]}. Sagsnr. {c.sagsnr}"),
              ("table", [["Ydelse", "Timer", "Pris"], [f"Mentorstøtte, {MONTHS[c.start.month-1]}", "12", "6.540,00 kr."],
                         ["Moms", "", "0,00 kr."], ["I alt", "", "6.540,00 kr."]]),
              ("p", "Betalingsbetingelser: netto 30 dage.")]
        sub = "invoice"
    elif which == 11:
        title = "Statusrapport fra mentor"
        bl = [("title", title), ("kv", "Borger", c.name), ("kv", "Mentor", f"{c.m_first} {c.m_last}, {c.prov[0]}"),
              ("kv", "Periode for status", f"{dk(c.start)} – {dk(add_months(c.start, 2))}"),
              ("h", "Hvordan er det gået?"),
              ("p", f"{c.first} er mødt til 9 ud af 10 aftaler. Praktikken er kommet godt i gang, og {c.first} tager selv bussen nu."),
              ("h", "Anbefaling"), ("p", "Vi anbefaler, at forløbet fortsætter uændret.")]
        sub = "status-report"
    elif which == 12:
        title = f"Du har fået ny post fra {c.k[0]}"
        bl = [("title", title), ("p", "Du har modtaget et brev i Digital Post. Log ind på borger.dk eller i Digital Post-appen for at læse det."),
              ("p", "Afsender: " + c.k[0]), ("p", "Emne: Afgørelse om mentorstøtte")]
        sub = "digital-post-notice"
    elif which == 13:
        title = "Indkaldelse til samtale om mentorstøtte"
        bl += [("title", title), ("p", f"Kære {c.first}"),
               ("p", f"Du er indkaldt til en samtale om din ansøgning om mentorstøtte den {dk(c.letter_date + timedelta(days=9))} kl. 13.30. "
                     f"Vi skal tale om, hvad du har brug for hjælp til."),
               ("p", "Tag gerne en bisidder med.")] + sig
        sub = "summons"
    elif which == 14:
        title = "Partshøring før afgørelse om mentorstøtte"
        bl += [("title", title), ("p", f"Kære {c.first}"),
               ("p", "Vi overvejer at give dig afslag på din ansøgning om mentorstøtte. Inden vi træffer afgørelse, vil vi høre dine bemærkninger."),
               ("p", "Vi har tænkt os at lægge vægt på oplysningerne fra din uddannelsesinstitution om, at du allerede har en SPS-mentor."),
               ("p", "Send dine bemærkninger senest 14 dage efter, du har modtaget brevet.")] + sig
        sub = "hearing"
    elif which == 15:
        title = "Afgørelse om hjælp til enkeltudgifter"
        bl += [("title", title), ("p", f"Kære {c.first}"),
               ("p", "Du har søgt om hjælp til tandbehandling. Vi bevilger 4.200 kr. efter aktivlovens § 82 a. Beløbet betales direkte til tandlægen."),
               ("h", "Begrundelse"), ("p", "Vi har lagt vægt på tandlægens overslag og på din økonomi, jf. bilag 1.")] + \
             [("h", "Klagevejledning"), ("p", f"Du kan klage til {c.k[0]} inden 4 uger. Fastholder vi afgørelsen, sender vi klagen til Ankestyrelsen.")] + \
             sig + [("pb",), ("title", "Bilag 1: Budget"),
                    ("table", [["Indtægter", "8.950 kr."], ["Husleje", "4.800 kr."], ["Rådighedsbeløb", "2.100 kr."]])]
        sub = "other-benefit-with-bilag"
    elif which == 16:
        title = "Referat – opstartsmøde, intern note"
        bl = [("title", title),
              ("p", f"Kort note til sagen: {c.sb_first} har talt med {c.prov[0]} om en mulig mentor til {c.first}. "
                    "Der er ledig kapacitet fra næste måned. Sagen tages op igen på teammødet."),
              ("p", "Ingen afgørelse endnu.")]
        sub = "note"
    else:
        title = "Afgørelse om ressourceforløb – overgang"
        bl += [("title", title), ("p", f"Kære {c.first}"),
               ("p", "Ressourceforløb er afskaffet. Dit forløb fortsætter som et jobafklaringsforløb efter de nye regler. "
                     "Vi sender dig en ny plan."),
               ("h", "Bilag 1: Oversigt over dine aktiviteter"),
               ("table", [["Aktivitet", "Periode"], ["Træning hos fysioterapeut", f"{dk(c.start)} – {dk(c.end)}"],
                          ["Mentor (uændret)", "fortsætter"]])] + app + sig
        sub = "other-decision-with-bilag"
    return title, bl, [], [], ([c.cpr] if with_cpr else []), [f"unknown:{sub}"], None, sub, f"nearmiss-{sub}"


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------
FORMATS = ["docx", "docx", "pdf-lo", "pdf-rl", "pdf-rl", "odt", "txt", "html", "eml-text", "eml-pdf", "eml-docx",
           "md"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    plan = []
    plan += [("inline", "grant")] * 20
    plan += [("bilag", "grant")] * 9 + [("bilag_pb", "grant")] * 9
    plan += [("referred", None)] * 8
    plan += [(rng.choice(["inline", "bilag_pb"]), "extension") for _ in range(10)]
    plan += [(rng.choice(["inline", "bilag", "bilag_pb"]), "partial") for _ in range(10)]
    plan += [("plain", "refusal")] * 6 + [("plain", "end")] * 5 + [("plain", "grant")] * 5
    plan += [("unknown", i) for i in range(18)]
    fmt_cycle = []
    while len(fmt_cycle) < len(plan):
        fs = FORMATS[:]
        rng.shuffle(fs)
        fmt_cycle += fs
    entries = []
    lo_jobs = []  # (docx tmp path, final pdf path)
    tmp = Path(tempfile.mkdtemp(prefix="ep_"))
    for i, (fam, var) in enumerate(plan):
        c = Ctx(rng, i)
        fmt = fmt_cycle[i]
        if fam in ("inline", "bilag", "bilag_pb"):
            res = fam_carrying(c, fam, var)
            kind = "decision"
        elif fam == "referred":
            res = fam_referred(c)
            kind = "decision"
        elif fam == "plain":
            res = fam_plain(c, var)
            kind = "decision"
        else:
            res = fam_unknown(c, var)
            kind = "unknown"
        title, blocks, rules, extras, cprs, traits, period, subtype, layout = res
        alltext = " ".join(str(x) for b in blocks for x in b[1:] if not isinstance(x, list)) + \
            " ".join(c_ for b in blocks if b[0] == "table" for r in b[1] for c_ in r)
        cprs = [x for x in cprs if x in alltext]
        if fmt == "md" and any(b[0] == "pb" for b in blocks):
            fmt = "txt"
        folder = {"decision": "afgoerelser", "unknown": "andet"}[kind]
        import re as _re
        t = title.lower()
        for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
            t = t.replace(a, b)
        slug = f"{i:03d}_" + _re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:40]
        ext = {"pdf-lo": "pdf", "pdf-rl": "pdf", "eml-text": "eml", "eml-pdf": "eml", "eml-docx": "eml"}.get(fmt, fmt)
        rel = f"{folder}/{slug}.{ext}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        bold = rng.random() < 0.4
        if fmt == "docx":
            render_docx(blocks, path, bold)
        elif fmt == "pdf-rl":
            render_pdf_rl(blocks, path)
        elif fmt == "pdf-lo":
            src = tmp / f"{slug}.docx"
            render_docx(blocks, src, bold)
            lo_jobs.append((src, path))
        elif fmt == "odt":
            render_odt(blocks, path)
        elif fmt == "txt":
            path.write_text(render_txt(blocks), encoding=rng.choice(["utf-8", "utf-8", "cp1252"]))
        elif fmt == "md":
            path.write_text(render_txt(blocks, md=True), encoding="utf-8")
        elif fmt == "html":
            path.write_text(render_html(blocks, title), encoding="utf-8")
        else:
            msg = EmailMessage()
            msg["From"] = f"{c.k[0]} <noreply@{c.kname}.dk>"
            msg["To"] = f"{c.name} <{c.first.lower()}{rng.randrange(10,99)}@mail.dk>".replace("ø", "oe").replace("å", "aa").replace("æ", "ae")
            msg["Subject"] = title
            msg["Date"] = format_datetime(datetime(c.letter_date.year, c.letter_date.month, c.letter_date.day, 9, 30, tzinfo=timezone.utc))
            if fmt == "eml-text":
                msg.set_content(render_txt(blocks))
            else:
                msg.set_content(f"Kære {c.first}\n\nDu får her brevet \"{title}\" som vedhæftet fil.\n\n"
                                f"Venlig hilsen\n{c.k[0]}\n")
                att = tmp / f"{slug}_att"
                if fmt == "eml-pdf":
                    render_pdf_rl(blocks, att.with_suffix(".pdf"))
                    msg.add_attachment(att.with_suffix(".pdf").read_bytes(), maintype="application",
                                       subtype="pdf", filename=f"{title[:40]}.pdf")
                else:
                    render_docx(blocks, att.with_suffix(".docx"), bold)
                    msg.add_attachment(att.with_suffix(".docx").read_bytes(), maintype="application",
                                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       filename=f"{title[:40]}.docx")
            path.write_bytes(bytes(msg))
        mnc = []
        for x in cprs:
            mnc += [x, x.replace("-", "")]
        e = {"path": rel, "format": ext, "kind": kind, "subtype": subtype, "layout": layout,
             "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None, "accept_errors": [],
             "must_not_contain": mnc, "traits": traits + [f"fmt:{fmt}"] + (["cpr"] if cprs else []) +
             (["bold-headings"] if bold and fmt in ("docx", "pdf-lo", "eml-docx") else [])}
        if period:
            e["period"] = period
        entries.append(e)
    # LibreOffice conversions in one batch
    soffice_convert([s for s, _ in lo_jobs], tmp)
    for src, dst in lo_jobs:
        shutil.move(str(tmp / (src.stem + ".pdf")), str(dst))
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
