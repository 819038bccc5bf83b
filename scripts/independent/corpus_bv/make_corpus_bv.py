#!/usr/bin/env python3
"""Independent corpus BV: an audit sample from one municipality's job-centre archive, 2023-2026.

A quality team in (fictional) Norddjurs-like "Djurs Kommune" pulls ~100 documents from the
case folders of mentor-support cases: agreements, decision letters (grant, partial grant,
refusal, extension, termination), Min Plan entries and other documents of the same folders
(status reports, minutes, e-mails, notes, a complaint and its trail, a letter to a provider).

Until mid-2024 caseworkers wrote agreements in their own Word templates (DOCX); from the
2024 case-system change documents are PDF/HTML exports with metadata headers, breadcrumbs
and footers. After 1 Feb 2026 letters say "kommunen" instead of "jobcentret".

    python make_corpus_bv.py --out /work/corpora/bv [--seed 20260]

Labels (EXPECTED.jsonl) are set by hand per document from the rule docs and domain.md.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import re
import shutil
from xml.sax.saxutils import escape as xml_escape
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                ListFlowable, ListItem)
from reportlab.lib import colors

KOMMUNE = "Djurs Kommune"
JC = "Jobcenter Djurs"
ADDR = "Torvet 3, 8500 Grenaa"
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MONTHS_EN = [calendar.month_name[i] for i in range(1, 13)]


# ----------------------------------------------------------------------------- dates
def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def six_end(start: dt.date, months: int = 6) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def fd(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    raise ValueError(style)


def cpr(rng: random.Random) -> str:
    y = rng.randint(60, 99 + 5) % 100
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return f"{d:02d}{m:02d}{y:02d}-{rng.randint(1000, 9999)}"


# ----------------------------------------------------------------------------- people
CITIZENS = [
    ("Ahmed Hassan Ali", "Ahmed", "da"), ("Emma Sofie Nørgaard", "Emma", "da"),
    ("Jonas Kjær Madsen", "Jonas", "da"), ("Mette Lund Pedersen", "Mette", "da"),
    ("Daniel Olsen", "Daniel", "da"), ("Sabrina Mikkelsen", "Sabrina", "da"),
    ("Kasper Bøgh Thomsen", "Kasper", "da"), ("Fatima Yusuf", "Fatima", "da"),
    ("Liam O'Connor", "Liam", "en"), ("Grace Mwangi", "Grace", "en"),
    ("Tobias Ravn", "Tobias", "da"), ("Camilla Holm Jensen", "Camilla", "da"),
    ("Marek Nowak", "Marek", "en"), ("Nadia El-Sayed", "Nadia", "da"),
    ("Rasmus Vestergaard", "Rasmus", "da"), ("Signe Brandt", "Signe", "da"),
    ("Ali Reza Karimi", "Ali", "da"), ("Julie Kristensen", "Julie", "da"),
    ("Patrick Svensson", "Patrick", "en"), ("Line Damgaard", "Line", "da"),
    ("Mads Frederiksen", "Mads", "da"), ("Amalie Winther", "Amalie", "da"),
]
MENTORS = [
    ("Sara Lindholm", "Sara", "Jobhuset Djursland", "22 41 87 30", "sara@jobhusetdjurs.dk"),
    ("Kim Østergaard", "Kim", "Mentorteamet, Djurs Kommune", "89 59 24 11", "kimo@djurs.dk"),
    ("Birgitte Haahr", "Birgitte", "Kompetencehuset Øst ApS", "40 18 62 95", "bh@kompetencehuset-oest.dk"),
    ("Michael Lauritsen", "Michael", "Jobhuset Djursland", "23 77 10 48", "michael@jobhusetdjurs.dk"),
    ("Anne-Marie Skov", "Anne-Marie", "Mentorteamet, Djurs Kommune", "89 59 24 36", "amsk@djurs.dk"),
    ("Henrik Bach", "Henrik", "Ungeindsatsen Djurs", "51 29 30 64", "hebac@djurs.dk"),
]
CASEWORKERS = [
    ("Lone Mortensen", "89 59 20 14", "lomo@djurs.dk"),
    ("Peter Kragh", "89 59 20 37", "pekr@djurs.dk"),
    ("Susanne Bjerre", "89 59 21 05", "subj@djurs.dk"),
    ("Jakob Iversen", "89 59 21 22", "jaiv@djurs.dk"),
]

GOALS_DA = [
    "Du er i virksomhedspraktik som lagermedarbejder hos Coop Grenaa 15 timer om ugen senest {d}, "
    "med henblik på et løntilskudsjob.",
    "Du starter på FVU-dansk trin 2 på VUC Djursland og møder mindst fire ud af fem dage om ugen.",
    "At {fn} gennemfører grundforløb 1 på SOSU Østjylland og består de to første prøver.",
    "Ordinært job i rengøringsbranchen, mindst 20 timer om ugen, inden forløbet slutter.",
    "{fn} fastholder sit fleksjob hos Grenaa Tømmerhandel (12 timer/uge) og har ingen ulovligt fravær.",
    "Du er startet på EUD Smed hos Tradium i Randers senest {d}.",
    "{fn} er i praktik i børnehaven Solsikken 3 dage om ugen og har afklaret, om pædagogmedhjælper er et realistisk jobmål.",
    "Målet er, at du kommer i gang med FGU på FGU Østjylland, afdeling Grenaa, og møder stabilt (90 % fremmøde).",
    "Du har fået et job med løntilskud i en detailbutik senest {d} og kan selv tage bussen til arbejde.",
    "At {fn} kan gennemføre 2. semester på HF og aflevere alle opgaver til tiden.",
]
GOALS_EN = [
    "You have started a work placement (virksomhedspraktik) at Danish Crown in Randers, 20 hours a week, by {d}.",
    "You complete the Danish language course module 3 at Sprogcenter Djurs and apply for at least two jobs a week.",
    "You get a job in the hospitality sector of at least 15 hours a week before the end of the period.",
]
UNCLEAR_GOALS = [
    "Øget trivsel og mere struktur på hverdagen.",
    "Støtte til at komme videre og få det bedre.",
    "At {fn} kommer tættere på arbejdsmarkedet og får mere selvværd.",
    "Sikre at borgeren har en god hverdag.",
]
TASKS_DA = [
    ["følge dig til praktikstedet de første to uger", "samtale én gang om ugen om fremmøde og transport",
     "hjælpe med kontakt til arbejdsgiveren, hvis der opstår problemer"],
    ["hjælpe dig med at skabe en fast morgenrutine, så du kommer af sted til skolen",
     "tage med til møder med studievejlederen", "hjælpe med overblik over skema og afleveringer"],
    ["støtte i at søge job, herunder CV og ansøgninger", "øve jobsamtaler",
     "følge op på aftaler med jobcentret"],
    ["være bindeled mellem dig og arbejdspladsen", "hjælpe med at planlægge arbejdstiden, så smerter ikke tager over",
     "deltage i opfølgningsmøder på arbejdspladsen"],
    ["hjælpe dig med at åbne og forstå post fra det offentlige", "følges med til lægen og til møder i kommunen",
     "støtte dig i at komme op og af sted om morgenen"],
]
TASKS_EN = [
    ["go with you to the workplace during the first two weeks", "talk with you every week about attendance and transport",
     "help you contact the employer if problems come up"],
    ["help you with your CV and job applications", "practise job interviews with you",
     "help you understand letters from the municipality"],
]
#: which task list fits which goal in GOALS_DA (a praktik goal gets praktik tasks, a school goal school tasks)
GOAL_TASKS = [0, 1, 1, 2, 3, 1, 0, 1, 2, 1]


FOLLOWUP_DA = [
    "Vi holder statusmøde med dig, mentor og sagsbehandler hver måned. Delmål: fremmøde mindst fire dage om ugen fra uge 3. "
    "Der evalueres 14 dage før forløbet slutter.",
    "Mentor sender statusrapport hver 4. uge. Opfølgningssamtale hos sagsbehandler efter 3 måneder og "
    "senest 14 dage inden periodens udløb, hvor progressionen vurderes.",
    "Opfølgning ved sagsbehandler hver 6. uge. Progressionen måles på fremmøde og antal ansøgninger.",
    "Midtvejsevaluering efter ca. 3 måneder og slutevaluering sammen med dig inden forløbet ophører.",
]
FOLLOWUP_EN = [
    "We will meet every month (you, your mentor and your caseworker) to follow up. Progress is measured on "
    "attendance. A final evaluation is held 14 days before the period ends.",
]
APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {who} inden fire uger, efter du har modtaget den. "
    "Du kan klage skriftligt eller mundtligt. {Who} vil så vurdere sagen igen inden fire uger. Hvis afgørelsen "
    "fastholdes, sender vi klagen videre til Ankestyrelsen, som træffer afgørelse i sagen. "
    "Du kan læse mere i lov om en aktiv beskæftigelsesindsats § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {who}, {addr}, og den skal være modtaget senest 4 uger "
    "efter, at du har fået dette brev. Vi genvurderer afgørelsen, og fastholder vi den, bliver klagen sendt til "
    "Ankestyrelsens Beskæftigelsesudvalg.",
    "Er du uenig, kan du klage til {who} inden 4 uger. Vi ser på sagen igen. Giver vi dig ikke ret, "
    "sender vi klagen og sagens papirer til Ankestyrelsen.",
]
APPEAL_EN = ("If you disagree with the decision, you can complain to {who} within four weeks of receiving this letter. "
             "You can complain in writing or by phone. We will reconsider the decision within four weeks. If we "
             "uphold it, we send your complaint to Ankestyrelsen (the National Social Appeals Board).")
APPEAL_WRONG = "Du kan klage over afgørelsen til Ankestyrelsen. Klagen skal være modtaget inden 4 uger fra i dag."
APPEAL_VOID = "Du kan klage over afgørelsen, hvis du er uenig."


#: the day the quality team pulled the sample; no document is dated after it
TODAY = dt.date(2026, 11, 27)


def pick(cases, n: int, days: int = 0, ok=lambda c: True):
    """The first case from index n on whose start + days is not after TODAY (and that passes ok)."""
    for k in range(len(cases)):
        c = cases[(n + k) % len(cases)]
        if c[5] + dt.timedelta(days=days) <= TODAY and ok(c):
            return c
    raise ValueError("no case fits")


def who(date: dt.date) -> tuple[str, str]:
    """Sender word by date: 'jobcentret' before 1 Feb 2026, 'kommunen' after (lov 1750/2025)."""
    return ("kommunen", "Kommunen") if date >= dt.date(2026, 2, 1) else ("jobcentret", "Jobcentret")


# ----------------------------------------------------------------------------- writers
MARK = re.compile(r"\{\{(SDTPH|SDT|DEL|INS):([^}]*)\}\}")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run_xml(text: str, deleted: bool = False, style: str | None = None) -> str:
    rpr = f'<w:rPr><w:rStyle w:val="{style}"/></w:rPr>' if style else ""
    t = "w:delText" if deleted else "w:t"
    return f'<w:r {nsdecls("w")}>{rpr}<{t} xml:space="preserve">{xml_escape(text)}</{t}></w:r>'


def fill_para(p, text: str) -> None:
    """Write text into a python-docx paragraph; {{SDTPH:alias}} is an empty content control showing
    Word's placeholder, {{SDT:alias|value}} a filled one, {{DEL:x}} / {{INS:x}} tracked changes."""
    pos = 0
    for n, mt in enumerate(MARK.finditer(text)):
        if mt.start() > pos:
            p.add_run(text[pos:mt.start()])
        kind, arg = mt.group(1), mt.group(2)
        if kind == "SDTPH":
            el = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{arg}"/><w:tag w:val="{arg}"/>'
                           f'<w:id w:val="{1000 + n}"/><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
                           + _run_xml("Klik eller tryk her for at skrive tekst.", style="PlaceholderText")
                           + "</w:sdtContent></w:sdt>")
        elif kind == "SDT":
            alias, val = arg.split("|", 1)
            el = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
                           f'<w:id w:val="{1000 + n}"/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>'
                           + _run_xml(val) + "</w:sdtContent></w:sdt>")
        else:
            tag = "w:del" if kind == "DEL" else "w:ins"
            el = parse_xml(f'<{tag} {nsdecls("w")} w:id="{2000 + n}" w:author="Lone Mortensen" '
                           f'w:date="2023-02-27T10:14:00Z">' + _run_xml(arg, deleted=kind == "DEL") + f"</{tag}>")
        p._p.append(el)
        pos = mt.end()
    if pos < len(text):
        p.add_run(text[pos:])


def write_docx(path: Path, blocks, footer: str | None = None, header: str | None = None,
               font: str = "Calibri", size: int = 11) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        for i, line in enumerate(footer.split("\n")):
            p = sec.footer.paragraphs[0] if i == 0 else sec.footer.add_paragraph()
            p.text = line
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=0 if len(b) < 3 else b[2])
        elif k == "h":
            doc.add_heading(b[1], level=2)
        elif k == "hb":  # bold line used as heading by people who do not use styles
            doc.add_paragraph().add_run(b[1]).bold = True
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "bullets":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "numbered":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif k in ("table", "meta"):
            t = doc.add_table(rows=0, cols=len(b[1][0]))
            t.style = "Table Grid"
            for row in b[1]:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    fill_para(c.paragraphs[0], v)
                    if c is cells[0] and k == "table":
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
    doc.core_properties.created = dt.datetime(2024, 1, 1)
    doc.save(str(path))


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(path: Path, blocks, header_lines: list[str], footer: str) -> None:
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    h = ParagraphStyle("h", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=11.5)
    ti = ParagraphStyle("t", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16)
    small = ParagraphStyle("s", parent=body, fontSize=8, textColor=colors.grey)

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        y = A4[1] - 12 * mm
        for line in header_lines:
            c.drawString(18 * mm, y, line)
            y -= 9
        c.drawString(18 * mm, 10 * mm, footer)
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Side {d.page}")
        c.restoreState()

    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(_esc(b[1]), ti))
        elif k in ("h", "hb"):
            story.append(Paragraph(_esc(b[1]), h))
        elif k == "p":
            story.append(Paragraph(_esc(b[1]).replace("\n", "<br/>"), body))
        elif k in ("bullets", "numbered"):
            story.append(ListFlowable([ListItem(Paragraph(_esc(i), body)) for i in b[1]],
                                      bulletType="bullet" if k == "bullets" else "1", leftIndent=14))
        elif k in ("table", "meta"):
            st = small if k == "meta" else body
            data = [[Paragraph(_esc(c), st) for c in row] for row in b[1]]
            t = Table(data, colWidths=[45 * mm, 120 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("GRID", (0, 0), (-1, -1), 0.3, colors.lightgrey)]
                                  if k == "table" else [("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        story.append(Spacer(1, 4))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=28 * mm, bottomMargin=20 * mm,
                            leftMargin=18 * mm, rightMargin=18 * mm, invariant=1,
                            title=next((b[1] for b in blocks if b[0] == "title"), ""))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def write_html(path: Path, blocks, crumbs: list[str], meta: list[tuple[str, str]], footer: str,
               lang: str = "da", dl_fields: bool = False) -> None:
    out = [f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">',
           f"<title>{_esc(next((b[1] for b in blocks if b[0] == 'title'), 'Dokument'))}</title>",
           "<style>body{font-family:Arial} .crumbs{font-size:11px;color:#666} dt{font-weight:bold}</style>",
           "<script>window.sagsys={exportVersion:'4.12.1',user:'AD\\\\lomo'};function printDoc(){window.print()}</script>",
           "</head><body>", '<div class="topbar"><span class="logo">DJURS KOMMUNE</span> '
           '<a href="#" onclick="printDoc()">Udskriv</a></div>',
           '<nav class="crumbs">' + " &rsaquo; ".join(f"<a href='#'>{_esc(c)}</a>" for c in crumbs) + "</nav>",
           '<div class="docmeta"><table>' + "".join(f"<tr><th>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in meta)
           + "</table></div>", '<div class="content"><div class="document-body">']
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{_esc(b[1])}</h1>")
        elif k in ("h", "hb"):
            out.append(f"<div class='section'><h2>{_esc(b[1])}</h2></div>")
        elif k == "p":
            out.append("<p>" + _esc(b[1]).replace("\n", "<br>") + "</p>")
        elif k == "bullets":
            out.append("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "numbered":
            out.append("<ol>" + "".join(f"<li>{_esc(i)}</li>" for i in b[1]) + "</ol>")
        elif k in ("table", "meta"):
            if dl_fields and k == "table":
                out.append("<dl>" + "".join(f"<dt>{_esc(a)}</dt><dd>{_esc(v)}</dd>" for a, v in b[1]) + "</dl>")
            else:
                out.append("<table class='fields'>" + "".join(
                    f"<tr><td class='lbl'>{_esc(a)}</td><td>{_esc(v)}</td></tr>" for a, v in b[1]) + "</table>")
    out.append("</div></div>")
    out.append(f'<footer class="sysfooter">{_esc(footer)}</footer></body></html>')
    path.write_text("\n".join(out), encoding="utf-8")


def write_txt(path: Path, blocks) -> None:
    lines = []
    for b in blocks:
        k = b[0]
        if k == "title":
            lines += [b[1].upper(), ""]
        elif k in ("h", "hb"):
            lines += [b[1], ""]
        elif k == "p":
            lines += [b[1], ""]
        elif k in ("bullets", "numbered"):
            lines += [f"- {i}" if k == "bullets" else f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif k in ("table", "meta"):
            lines += [f"{a}: {v}" for a, v in b[1]] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_eml(path: Path, frm: str, to: str, subject: str, date: dt.datetime, body: str) -> None:
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{date:%Y%m%d%H%M%S}.{len(body)}@djurs.dk>"
    m.set_content(body)
    path.write_bytes(bytes(m))


# ----------------------------------------------------------------------------- corpus
class Corpus:
    def __init__(self, out: Path, seed: int):
        self.out = out
        self.rng = random.Random(seed)
        self.entries: list[dict] = []
        self.ophoer: list[tuple] = []  # termination decisions, for the complaint trail

    def add(self, rel: str, kind: str, fmt: str, layout: str, subtype: str, rules=(), extras=(),
            cprs=(), traits=(), period=None):
        e = {"path": rel, "kind": kind, "format": fmt, "layout": layout, "subtype": subtype,
             "rules": sorted(set(rules)), "extras": sorted(set(extras)), "error": None,
             "accept_errors": [], "must_not_contain": [c.replace("-", "") for c in cprs] + list(cprs),
             "traits": list(traits)}
        if period:
            e["period"] = {"start": period[0].isoformat(), "end": period[1].isoformat()}
        self.entries.append(e)

    def path(self, rel: str) -> Path:
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p


def system_header(case_no: str, doc_no: int, title: str, date: dt.date, cw: str, c_cpr: str | None):
    lines = [f"{KOMMUNE} · Sag {case_no} · Dokument {doc_no} · {title}",
             f"Borger › Sager › Beskæftigelse › Mentorstøtte › Dokumenter   Udskrevet {fd(date, 'dots')} af {cw}"]
    if c_cpr:
        lines.append(f"Part: CPR {c_cpr}")
    return lines


def agreement_blocks(tpl: str, c, m, cw, start, end, date, goal, tasks, hours, follow, appeal,
                     c_cpr, ref=None):
    """Return (blocks, footer). c=(full, first, lang); m=mentor tuple; cw=caseworker tuple."""
    full, first, lang = c
    mname, mfirst, morg, mtel, mmail = m
    w, W = who(date)
    sender = KOMMUNE if w == "kommunen" else JC
    mentor_txt = f"{mname}, {morg}, tlf. {mtel}, {mmail}" if m[3] else mname
    if tpl == "table":  # caseworker template 2023: big label/value table
        rows = [["Borger", full + (f" (CPR-nr. {c_cpr})" if c_cpr else "")],
                ["Mål med mentorstøtten", goal], ["Mentor", mentor_txt],
                ["Mentorens opgaver", "; ".join(tasks) if tasks else ""],
                ["Periode", f"{fd(start, 'dots')} - {fd(end, 'dots')}" if start else (end or "")],
                ["Timetal", hours], ["Opfølgning", follow]]
        rows = [r for r in rows if r[1] is not None]
        blocks = [("title", "Aftale om mentorstøtte", 1), ("p", f"{sender}, {fd(date, 'long')}"),
                  ("p", "Aftalen er indgået efter lov om en aktiv beskæftigelsesindsats § 167 mellem dig, din mentor "
                        "og jobcentret."),
                  ("table", rows)]
        if appeal is not None:
            blocks += [("hb", "Klagevejledning"), ("p", appeal)]
        blocks += [("p", "Underskrifter:\n\n______________________   ______________________\nBorger"
                         "                               Sagsbehandler")]
        return blocks, f"{JC} · {ADDR} · tlf. 89 59 20 00 · jobcenter@djurs.dk"
    if tpl == "letter":  # prose letter with lead-in clauses and the mentor's first name
        blocks = [("p", f"{full}\n(sendt via Digital Post)"), ("p", f"Grenaa, den {fd(date, 'long')}"),
                  ("title", f"Din aftale om mentor – {first}", 2),
                  ("p", f"Kære {first}"),
                  ("p", "Tak for en god snak på mødet. Her er det, vi aftalte om din mentorstøtte"
                        + (f", jf. {ref}." if ref else ".")),
                  ("p", "Vi har aftalt følgende mål for forløbet:"), ("p", goal)]
        if m[3]:
            blocks.append(("p", f"Din mentor er {mname} fra {morg}. Du kan ringe eller skrive til {mfirst} på "
                                f"{mtel} eller {mmail}."))
        else:
            blocks.append(("p", f"Din mentor bliver {mname}, som kontakter dig."))
        if tasks:
            blocks += [("p", f"{mfirst} skal:"), ("bullets", tasks)]
        if start:
            blocks.append(("p", f"Mentorstøtten gælder fra {fd(start, 'long')} til {fd(end, 'long')}."))
        elif end:
            blocks.append(("p", end))
        if hours:
            blocks.append(("p", hours))
        if follow:
            blocks.append(("p", follow))
        blocks.append(("p", f"Venlig hilsen\n{cw[0]}\nJobkonsulent, {JC}\nDirekte tlf. {cw[1]}"))
        if appeal is not None:
            blocks += [("hb", "Hvis du vil klage"), ("p", appeal)]
        return blocks, None
    if tpl == "numbered":  # Gribskov-like numbered points
        items = [f"Målet med mentorstøtten: {goal}",
                 f"Mentorens navn og kontaktdata: {mentor_txt}",
                 "Hvilke opgaver mentoren skal bistå ved: " + (", ".join(tasks) if tasks else "Udfyldes senere"),
                 "Varigheden af aftalen og opfølgning: "
                 + (f"{fd(start, 'slash')} til {fd(end, 'slash')}. " if start else (end or "") + " ")
                 + (follow or ""),
                 f"Timetallet for mentorstøtten: {hours}" if hours else "Timetallet for mentorstøtten:"]
        blocks = [("title", "MENTORAFTALE", 1), ("p", f"Navn: {full}" + (f"     Cpr.nr.: {c_cpr}" if c_cpr else "")),
                  ("p", f"Sagsbehandler: {cw[0]}, tlf. {cw[1]}"), ("numbered", items)]
        if appeal is not None:
            blocks.append(("p", "6. Klagevejledning: " + appeal))
        return blocks, f"{JC} – Team Aktivitetsparate – {fd(date, 'dots')}"
    if tpl == "system":  # case-system export, headings
        blocks = [("title", "Aftale om mentorstøtte efter LAB § 167"),
                  ("meta", [["Dokumentdato", fd(date, "dots")], ["Sagsbehandler", f"{cw[0]} ({cw[2]})"],
                            ["Journalnr.", "15.20.10-G01-" + str(1000 + date.toordinal() % 9000) + f"-{date.year % 100}"]]),
                  ("h", "Formål"), ("p", goal),
                  ("h", "Mentor og kontaktoplysninger"),
                  ("p", f"{mname}\n{morg}\nTelefon: {mtel}\nMail: {mmail}" if m[3] else mname),
                  ("h", "Indsatsområder")]
        blocks.append(("bullets", tasks) if tasks else ("p", "-"))
        blocks += [("h", "Varighed"),
                   ("p", f"Fra {fd(start, 'long')} til og med {fd(end, 'long')}" if start else (end or ""))]
        blocks += [("h", "Timeantal"), ("p", hours or "")]
        if follow:
            blocks += [("h", "Opfølgning og progression"), ("p", follow)]
        if appeal is not None:
            blocks += [("h", "Klagevejledning"), ("p", appeal)]
        return blocks, f"{KOMMUNE} · Arbejdsmarked · {ADDR} · www.djurs.dk"
    if tpl == "english":
        blocks = [("title", "Agreement on mentor support (mentoraftale)"),
                  ("p", f"To: {full}    Date: {fd(date, 'en')}"),
                  ("h", "Your goal"), ("p", goal),
                  ("h", "Your mentor"),
                  ("p", f"{mname}, {morg}. Phone {mtel}, e-mail {mmail}." if m[3] else mname),
                  ("h", f"What {mfirst} will help you with")]
        blocks.append(("bullets", tasks) if tasks else ("p", "To be agreed."))
        blocks += [("h", "Period"),
                   ("p", f"From {fd(start, 'en')} to {fd(end, 'en')}." if start else (end or "")),
                   ("h", "Hours"), ("p", hours or ""),
                   ("h", "Follow-up"), ("p", follow or "")]
        if appeal is not None:
            blocks += [("h", "How to complain"), ("p", appeal)]
        blocks.append(("p", f"Kind regards\n{cw[0]}, caseworker, {sender}\nPhone {cw[1]}"))
        return blocks, None
    raise ValueError(tpl)


def build(out: Path, seed: int) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    C = Corpus(out, seed)
    rng = C.rng

    # ---------------- agreements: 45 specs (defect, template/format, year)
    # each spec: (defect-key, tpl, fmt, year)
    specs = [
        ("tracked-period", "table", "docx", 2023), ("ok", "letter", "docx", 2023), ("ok", "numbered", "docx", 2023),
        ("hours-sdt-placeholder", "table", "docx", 2023), ("hours-vague", "letter", "docx", 2023), ("ok", "numbered", "docx", 2023),
        ("no-appeal", "table", "docx", 2023), ("ok", "letter", "docx", 2023), ("ok", "english", "docx", 2023),
        ("over-6", "table", "docx", 2023), ("ok", "numbered", "docx", 2024), ("unclear-goal", "table", "docx", 2024),
        ("mentor-no-contact", "letter", "docx", 2024), ("sdt-filled", "table", "docx", 2024), ("ok", "letter", "docx", 2024),
        ("tasks-empty", "numbered", "docx", 2024), ("ok", "english", "docx", 2024),
        ("ok", "system", "pdf", 2024), ("ok", "system", "html", 2024), ("void-appeal", "system", "pdf", 2024),
        ("ok", "system", "pdf", 2025), ("appeal-other-subject", "system", "html", 2025), ("no-follow", "system", "html", 2025),
        ("ok", "system", "pdf", 2025), ("wrong-route", "system", "pdf", 2025), ("ok", "english", "pdf", 2025),
        ("goal-placeholder", "system", "html", 2025), ("over-6-one-day", "system", "pdf", 2025), ("ok", "system", "html", 2025),
        ("duration-none", "system", "pdf", 2025), ("ok", "system", "html", 2025), ("over-6-len", "system", "pdf", 2025),
        ("ok", "system", "pdf", 2025), ("ok", "english", "html", 2025), ("unclear-goal", "system", "pdf", 2026),
        ("ok", "system", "pdf", 2026), ("mentor-org-only", "system", "html", 2026), ("hours-empty+no-follow", "system", "pdf", 2026),
        ("ok", "system", "html", 2026), ("ok", "system", "pdf", 2026), ("ok", "system", "pdf", 2026),
        ("ok", "system", "html", 2026), ("ok", "letter", "docx", 2024), ("ok", "system", "txt", 2025),
        ("ok", "numbered", "docx", 2023),
    ]
    case_info = []  # for the other documents
    hours_ok = ["3 timer pr. uge", "2 timer ugentligt", "1½ time om ugen", "4 timer pr. uge, heraf mindst én fysisk samtale",
                "8 timer om måneden", "2-3 timer om ugen", "halvanden time om ugen", "24 mentortimer i perioden (ca. 1 time pr. uge)"]
    hours_en = ["3 hours a week", "2 hours per week", "1½ hours a week"]
    for i, (defect, tpl, fmt, year) in enumerate(specs):
        ci = CITIZENS[i % len(CITIZENS)]
        if tpl == "english" and ci[2] != "en":
            ci = [c for c in CITIZENS if c[2] == "en"][i % 4]
        m = MENTORS[(i * 5 + 1) % len(MENTORS)]
        cw = CASEWORKERS[i % len(CASEWORKERS)]
        month = 1 + (i * 7) % 12
        if year == 2026 and month > 9:
            month -= 6
        if year == 2024 and tpl != "system" and month > 6:
            month -= 5
        if year == 2024 and tpl == "system" and month < 7:
            month += 5
        start = dt.date(year, month, 1 if i % 3 else 15)
        date = start - dt.timedelta(days=5 + i % 9)
        length = [6, 6, 4, 3, 5, 6][i % 6]
        end = six_end(start, length)
        en = tpl == "english"
        gsrc = GOALS_EN if en else GOALS_DA
        goal = gsrc[i % len(gsrc)].format(fn=ci[1], d=fd(add_months(start, 3), "en" if en else "long"))
        tasks = list(TASKS_EN[i % 2] if en else TASKS_DA[GOAL_TASKS[i % len(GOALS_DA)]])
        if not en:
            tasks = [t[0].upper() + t[1:] if tpl in ("system", "table") else t for t in tasks]
        hours = (hours_en if en else hours_ok)[i % (3 if en else 8)]
        if tpl == "letter" and not en:
            hours = f"{m[1]} har {hours.replace('pr. uge', 'om ugen')} sammen med dig."
        follow = (FOLLOWUP_EN if en else FOLLOWUP_DA)[i % (1 if en else 4)]
        w, W = who(date)
        appeal = (APPEAL_EN.format(who="the municipality" if w == "kommunen" else "the job centre") if en else
                  APPEAL_FULL[i % 3].format(who=w, Who=W, addr=ADDR))
        c_cpr = cpr(rng) if i % 4 == 1 else None
        rules, extras, traits = [], [], [f"template:{tpl}", f"year:{year}"]
        mt = m
        if defect == "hours-vague":
            hours = f"{m[1]} og du aftaler selv, hvor meget I ses – efter behov."
            rules.append("missing-hours")
        elif defect == "no-appeal":
            appeal = None
            rules.append("missing-appeal-guidance")
        elif defect == "over-6":
            end = six_end(start, 6) + dt.timedelta(days=30)
            rules.append("duration-over-6-months")
        elif defect == "over-6-len":
            start, end = None, f"9 måneder fra {fd(dt.date(year, month, 1), 'long')}"
            rules.append("duration-over-6-months")
        elif defect == "unclear-goal":
            goal = UNCLEAR_GOALS[i % 4].format(fn=ci[1])
            tasks = list(TASKS_DA[4])
            rules.append("unclear-goal")
        elif defect == "mentor-no-contact":
            mt = (m[0], m[1], m[2], None, None)
            rules.append("missing-mentor")
        elif defect == "tasks-empty":
            tasks = []
            rules.append("missing-tasks")
        elif defect == "void-appeal":
            appeal = APPEAL_VOID
            rules.append("missing-appeal-guidance")
        elif defect == "no-follow":
            follow = None
            rules.append("missing-follow-up")
        elif defect == "wrong-route":
            appeal = APPEAL_WRONG
            extras.append("appeal-wrong-route")
        elif defect == "goal-placeholder":
            goal = "Udfyldes senere"
            rules.append("missing-goal")
        elif defect == "duration-none":
            start, end = None, "Indtil videre – vurderes løbende"
            rules.append("missing-duration")
        elif defect == "hours-empty+no-follow":
            hours = ""
            follow = None
            rules += ["missing-hours", "missing-follow-up"]
        elif defect == "tracked-period":
            start_s, end_s = fd(start, "dots"), fd(end, "dots")
            wrong = fd(six_end(start, 9), "dots")
            start = None
            end = f"{start_s} - {{{{DEL:{wrong}}}}}{{{{INS:{end_s}}}}}"
            per_fix = (dt.date(year, month, 1 if i % 3 else 15), six_end(dt.date(year, month, 1 if i % 3 else 15), length))
            traits.append("tracked-changes")
        elif defect == "hours-sdt-placeholder":
            hours = "{{SDTPH:Timetal}}"
            goal = "{{SDT:Mål|" + goal + "}}"
            rules.append("missing-hours")
            traits.append("content-controls")
        elif defect == "sdt-filled":
            hours = "{{SDT:Timetal|" + hours + "}}"
            goal = "{{SDT:Mål|" + goal + "}}"
            follow = "{{SDT:Opfølgning|" + follow + "}}"
            traits.append("content-controls")
        elif defect == "appeal-other-subject":
            appeal = ("Klagevejledning vedrørende befordringsgodtgørelse: Hvis du er uenig i afgørelsen om "
                      "befordringsgodtgørelse, kan du klage til jobcentret inden 4 uger. Jobcentret genvurderer "
                      "afgørelsen og sender en fastholdt afgørelse videre til Ankestyrelsen.")
            rules.append("missing-appeal-guidance")
        elif defect == "over-6-one-day":
            end = add_months(start, 6)
            rules.append("duration-over-6-months")
        elif defect == "mentor-org-only":
            mt = ("Mentor tildeles af leverandøren", "Mentor", "Jobhuset Djursland", "87 58 30 00", "kontakt@jobhusetdjurs.dk")
            rules.append("missing-mentor")
        ref = None
        if tpl == "letter" and i % 2:
            ref = f"bevillingen af {fd(date - dt.timedelta(days=7), 'long')}"
        blocks, footer = agreement_blocks(tpl, ci, mt, cw, start, end, date, goal, tasks, hours, follow,
                                          appeal, c_cpr, ref)
        case_no = f"{year % 100}-{1200 + i * 17}"
        folder = f"{year}/sag-{case_no}"
        name = {"table": "aftale-mentorstoette", "letter": f"brev-aftale-mentor-{ci[1].lower()}",
                "numbered": "mentoraftale", "system": "Aftale om mentorstøtte",
                "english": "mentor-agreement-EN"}[tpl]
        rel = f"{folder}/{i:02d}-{name}.{fmt}".replace(" ", "_")
        p = C.path(rel)
        if fmt == "docx":
            write_docx(p, blocks, footer=footer, font=["Calibri", "Arial", "Times New Roman"][i % 3])
            layout = {"table": "table", "letter": "letter", "numbered": "numbered", "english": "headings"}[tpl]
        elif fmt == "pdf":
            write_pdf(p, blocks, system_header(case_no, 3 + i % 5, "Aftale", date, cw[0], c_cpr), footer or KOMMUNE)
            layout = "system-export"
        elif fmt == "html":
            write_html(p, blocks, ["Forside", "Borger", ci[0], "Mentorstøtte", "Dokumenter"],
                       [("Sag", case_no), ("Dokumenttype", "Aftale"), ("Oprettet", fd(date, "dots")),
                        ("Sagsbehandler", cw[0])] + ([("CPR", c_cpr)] if c_cpr else []),
                       footer or KOMMUNE, lang="en" if en else "da")
            layout = "system-export"
        else:
            write_txt(p, blocks)
            layout = "headings"
        if en:
            traits.append("english")
        if ref:
            traits.append("cross-reference")
        per = (start, end) if start and isinstance(end, dt.date) else None
        if defect == "tracked-period":
            per = per_fix
        C.add(rel, "agreement", fmt, layout, "agreement", rules, extras, [c_cpr] if c_cpr else [], traits + [f"defect:{defect}"], per)
        case_info.append((folder, case_no, ci, m, cw, start or dt.date(year, month, 1), date, year))

    build_decisions(C, case_info)
    build_minplan(C, case_info)
    build_other(C, case_info)
    from_manifest = out / "EXPECTED.jsonl"
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(C.entries, key=lambda e: e["path"])]
    from_manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- decisions
def decision_blocks(dtype, ci, m, cw, date, start, end, appeal, reasons, extra_note=None, bilag=None):
    full, first, lang = ci
    w, W = who(date)
    sender = KOMMUNE if w == "kommunen" else JC
    head = [("p", f"{full}\n{['Østergade 4', 'Søndergade 12, 1. tv.', 'Lyngbakken 7'][len(full) % 3]}\n8500 Grenaa"),
            ("p", f"{sender}\n{ADDR}\nDato: {fd(date, 'long')}")]
    if dtype == "bevilling":
        title = "Afgørelse: Du får mentorstøtte"
        body = [f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv "
                f"beskæftigelsesindsats § 167 i perioden {fd(start, 'long')} til {fd(end, 'long')}.",
                f"Din mentor bliver {m[0]} fra {m[2]}. Indholdet af støtten står i den aftale, vi har lavet sammen, "
                f"se vedlagte aftale."]
    elif dtype == "delvis":
        title = "Afgørelse om mentorstøtte – delvis bevilling"
        body = [f"Du har den {fd(date - dt.timedelta(days=20), 'long')} søgt om mentorstøtte i 9 måneder med 5 timer om ugen.",
                f"Vi har bevilget dig mentorstøtte i perioden {fd(start, 'long')} – {fd(end, 'long')} med 3 timer om ugen. "
                "Det betyder, at du har fået delvist medhold."]
    elif dtype == "afslag":
        title = "Afslag på mentorstøtte"
        body = ["Du har søgt om at få en mentor. Vi har givet dig afslag på din ansøgning."]
    elif dtype == "forlaengelse":
        title = "Afgørelse om forlængelse af mentorstøtte"
        body = [f"Din mentorstøtte forlænges i perioden {fd(start, 'dots')} - {fd(end, 'dots')}, jf. aftalen af "
                f"{fd(start - dt.timedelta(days=190), 'long')}. Det sker efter en konkret vurdering, jf. LAB § 167, "
                "stk. 1, 2. pkt. Timetallet er uændret."]
    else:
        title = "Afgørelse om ophør af mentorstøtte"
        body = [f"Vi har besluttet, at din mentorstøtte hos {m[2]} stopper den {fd(end, 'long')}."]
    blocks = head + [("title", title, 1), ("p", f"Kære {first}")] + [("p", b) for b in body]
    if extra_note:
        blocks.append(("p", extra_note))
    if reasons:
        blocks += [("hb", "Begrundelse"), ("p", reasons)]
    if appeal is not None:
        blocks += [("hb", "Klagevejledning"), ("p", appeal)]
    blocks.append(("p", f"Med venlig hilsen\n\n{cw[0]}\nSagsbehandler\n{sender}\nTlf. {cw[1]} · {cw[2]}"))
    if bilag:
        blocks += [("title", "Bilag 1: Aftale om mentorstøtte", 2)] + bilag
    return blocks


REASONS = {
    "delvis": "Vi har lagt vægt på, at du i forvejen deltager i virksomhedspraktik, hvor din kontaktperson på "
              "arbejdspladsen tager sig af en del af opgaverne. Efter LAB § 167, stk. 1, kan der gives mentorstøtte "
              "i højst 6 måneder ad gangen. Vi vurderer ved udløb, om der er behov for en ny periode.",
    "afslag": "Vi har lagt vægt på, at du allerede får støtte fra en SPS-mentor på din uddannelse, og at den støtte, "
              "du har søgt om, ligger inden for det, skolen normalt tilbyder. Mentorstøtte efter LAB § 167 kan kun "
              "gives, når støtten går ud over det, som uddannelsesstedet normalt tilbyder.",
    "ophoer": "Du har ikke mødt op til de aftalte møder med din mentor siden {since}, og du har ikke svaret på "
              "vores henvendelser. Vi har derfor vurderet, at mentorstøtten ikke længere bidrager til dit mål om "
              "uddannelse og job, jf. LAB § 167. Vi har partshørt dig i brev af {heard}, og vi har ikke fået svar.",
    "bevilling": "Du får mentorstøtte, fordi du har brug for hjælp til at komme i gang med din praktik. Vi har lagt "
                 "vægt på din egen beskrivelse og på lægeattesten.",
    "forlaengelse": "Vi har lagt vægt på statusrapporten fra din mentor, som viser, at du er kommet godt i gang, men "
                    "stadig har brug for støtte til at fastholde fremmødet.",
}


def build_decisions(C: Corpus, cases) -> None:
    specs = [  # (type, defect, fmt)
        ("bevilling", "ok", "docx"), ("bevilling", "ok", "pdf"), ("bevilling", "over-6", "pdf"),
        ("bevilling", "bilag", "docx"), ("bevilling", "no-appeal", "html"),
        ("delvis", "ok", "docx"), ("delvis", "no-reasons", "pdf"), ("delvis", "ok", "html"), ("delvis", "wrong-route", "pdf"),
        ("afslag", "ok", "docx"), ("afslag", "ok", "pdf"), ("afslag", "no-reasons", "html"), ("afslag", "ok", "html"),
        ("forlaengelse", "ok", "docx"), ("forlaengelse", "ok", "pdf"), ("forlaengelse", "over-6", "pdf"),
        ("ophoer", "ok", "docx"), ("ophoer", "void-appeal", "pdf"), ("ophoer", "ok", "html"), ("ophoer", "ok", "pdf"),
    ]
    for j, (dtype, defect, fmt) in enumerate(specs):
        need = {"forlaengelse": 190, "ophoer": 110}.get(dtype, 0)
        era = (lambda c: c[7] <= 2024) if fmt == "docx" else (lambda c: c[7] >= 2024)
        folder, case_no, ci, m, cw, astart, adate, year = pick(cases, (j * 2 + 1) if fmt != "docx" else j, need, era)
        date = adate - dt.timedelta(days=2)
        start = astart
        end = six_end(start, 6 if j % 2 else 5)
        if dtype == "forlaengelse":
            start = add_months(astart, 6)
            date = start - dt.timedelta(days=10)
            end = six_end(start, 4 if j % 2 else 6)
        if dtype == "ophoer":
            date = add_months(astart, 3)
            end = date + dt.timedelta(days=14)
        w, W = who(date)
        appeal = APPEAL_FULL[j % 3].format(who=w, Who=W, addr=ADDR)
        reasons = REASONS[dtype] if (dtype != "bevilling" or j % 2) else None
        if reasons:
            reasons = reasons.format(since=fd(date - dt.timedelta(days=40), "long")[:-5],
                                     heard=fd(date - dt.timedelta(days=16), "long"))
        rules, extras = [], []
        bilag = None
        if defect == "over-6":
            end = six_end(start, 9 if dtype == "forlaengelse" else 8)
            rules.append("duration-over-6-months")
        elif defect == "no-appeal":
            appeal = None
            rules.append("missing-appeal-guidance")
        elif defect == "void-appeal":
            appeal = APPEAL_VOID
            rules.append("missing-appeal-guidance")
        elif defect == "wrong-route":
            appeal = APPEAL_WRONG
            extras.append("appeal-wrong-route")
        elif defect == "no-reasons":
            reasons = None
            extras.append("missing-reasons")
        elif defect == "bilag":
            bilag, _ = agreement_blocks("table", ci, m, cw, start, end, date,
                                        GOALS_DA[0].format(fn=ci[1], d=fd(add_months(start, 3), "long")),
                                        TASKS_DA[0], "3 timer pr. uge", FOLLOWUP_DA[0], None, None)
            bilag = [b for b in bilag if b[0] != "title"]
        note = None
        if dtype == "afslag" and j % 2 == 0:
            note = "Vi har i stedet henvist dig til en samtale med studievejlederen på skolen om SPS-støtte."
        blocks = decision_blocks(dtype, ci, m, cw, date, start, end, appeal, reasons, note, bilag)
        c_cpr = cpr(C.rng) if j % 3 == 0 else None
        if c_cpr:
            blocks.insert(1, ("p", f"Cpr-nr.: {c_cpr}"))
        rel = f"{folder}/afg-{j:02d}-{dtype}.{fmt}"
        p = C.path(rel)
        if fmt == "docx":
            write_docx(p, blocks, footer=f"{JC if who(date)[0] == 'jobcentret' else KOMMUNE} · {ADDR} · CVR 29189730")
        elif fmt == "pdf":
            write_pdf(p, blocks, system_header(case_no, 10 + j, "Afgørelse", date, cw[0], None),
                      f"{KOMMUNE} · Arbejdsmarked · Sikker post: jobcenter@djurs.dk")
        else:
            write_html(p, blocks, ["Forside", "Borger", ci[0], "Mentorstøtte", "Afgørelser"],
                       [("Sag", case_no), ("Dokumenttype", "Afgørelse"), ("Afsendt", fd(date, "dots") + " (Digital Post)")],
                       KOMMUNE)
        if dtype == "ophoer":
            C.ophoer.append((date, folder, case_no, ci, m, cw))
        per = (start, end) if dtype in ("bevilling", "delvis", "forlaengelse") else None
        C.add(rel, "decision", fmt, "letter" if fmt == "docx" else "system-export", f"decision-{dtype}",
              rules, extras, [c_cpr] if c_cpr else [],
              [f"decision:{dtype}", f"defect:{defect}"] + (["bilag-agreement"] if bilag else []), per)


# ----------------------------------------------------------------------------- Min Plan
def build_minplan(C: Corpus, cases) -> None:
    specs = [("ok", "html"), ("ok", "pdf"), ("ok", "html"), ("no-hours", "html"), ("ok", "pdf"),
             ("ok", "html"), ("mentor-no-phone", "pdf"), ("ok", "html"), ("ok", "pdf"), ("over-6", "html"),
             ("ok", "html"), ("multi", "pdf"), ("unclear-goal", "html"), ("no-tasks", "pdf"), ("multi", "html")]
    for k, (defect, fmt) in enumerate(specs):
        folder, case_no, ci, m, cw, start, adate, year = pick(cases, 17 + (k * 3) % 28, 5)
        end = six_end(start, [6, 5, 4][k % 3])
        goal = GOALS_DA[(k + 3) % len(GOALS_DA)].format(fn=ci[1], d=fd(add_months(start, 2), "long"))
        goal = goal.replace("Du ", "Jeg ").replace("du ", "jeg ").replace(" dig ", " mig ") if k % 2 else goal
        tasks = [t[0].upper() + t[1:] for t in TASKS_DA[GOAL_TASKS[(k + 3) % len(GOALS_DA)]]]
        hours = ["2 timer pr. uge", "3 t/uge", "1 time ugentligt", "4 timer om ugen"][k % 4]
        mentor = f"{m[0]}, {m[2]}, tlf. {m[3]}"
        rules = []
        if defect == "no-hours":
            hours = "Aftales med mentor"
            rules.append("missing-hours")
        elif defect == "mentor-no-phone":
            mentor = f"{m[0]} ({m[2]})"
            rules.append("missing-mentor")
        elif defect == "over-6":
            end = six_end(start, 12)
            rules.append("duration-over-6-months")
        elif defect == "no-tasks":
            tasks = []
            rules.append("missing-tasks")
        elif defect == "unclear-goal":
            goal = "Bedre trivsel og overskud i hverdagen."
            rules.append("unclear-goal")
        per_txt = f"{fd(start, 'dots')} - {fd(end, 'dots')}"
        card = [("h", "Mentorstøtte (§ 167)"),
                ("table", [["Formål", goal], ["Mentor", mentor], ["Mentorens opgaver", "; ".join(tasks)],
                           ["Periode", per_txt], ["Timer", hours]])]
        blocks = [("title", "Min Plan"), ("p", f"{ci[0]} · Udskrevet {fd(start + dt.timedelta(days=3), 'dots')}"),
                  ("p", "Her kan du se de aktiviteter, du og din sagsbehandler har aftalt.")]
        if defect == "multi":
            blocks += [("h", "Job med løntilskud"),
                       ("table", [["Sted", "Grenaa Genbrug, Industrivej 8"], ["Periode", f"{fd(start, 'dots')} - {fd(six_end(start, 12), 'dots')}"],
                                  ["Timer", "12 timer pr. uge"], ["Kontaktperson", "Ole Riis, tlf. 86 32 11 90"]])]
            blocks += card
            blocks += [("h", "Samtaler"), ("p", f"Næste samtale: {fd(start + dt.timedelta(days=30), 'long')} kl. 10.00 med {cw[0]}")]
        else:
            blocks += card
        blocks.append(("p", f"Din sagsbehandler: {cw[0]}, {cw[1]}"))
        rel = f"{folder}/minplan-{k:02d}-mentor.{fmt}"
        p = C.path(rel)
        if fmt == "html":
            write_html(p, blocks, ["Jobnet", "Min side", "Min Plan"],
                       [("Senest opdateret", fd(start, "dots"))], "Jobnet · Styrelsen for Arbejdsmarked og Rekruttering",
                       dl_fields=bool(k % 2))
        else:
            write_pdf(p, blocks, ["Jobnet – Min Plan", f"Udskrevet af {cw[0]}, {KOMMUNE}"], "jobnet.dk")
        C.add(rel, "minplan", fmt, "plan-print", "minplan", rules, [], [],
              [f"defect:{defect}"] + (["multi-activity"] if defect == "multi" else []), (start, end))


# ----------------------------------------------------------------------------- other documents
def build_other(C: Corpus, cases) -> None:
    rng = C.rng

    # 1-4 status reports from the mentor (mention goal, hours, period: still unknown)
    for n in range(4):
        folder, case_no, ci, m, cw, start, adate, year = pick(cases, 3 + n * 9, 65)
        fmt = ["docx", "pdf", "docx", "html"][n]
        blocks = [("title", "Statusrapport – mentorforløb"),
                  ("table", [["Borger", ci[0]], ["Mentor", f"{m[0]}, {m[2]}"],
                             ["Periode for rapporten", f"{fd(start, 'dots')} - {fd(add_months(start, 2), 'dots')}"],
                             ["Forbrugte timer", f"{18 + n * 3} af {26} bevilgede"]]),
                  ("h", "Hvordan er det gået?"),
                  ("p", f"{ci[1]} er mødt op til {['alle', 'de fleste', 'ca. halvdelen af'][n % 3]} vores aftaler. "
                        "Vi har arbejdet med morgenrutiner og med transport til praktikstedet."),
                  ("h", "Progression i forhold til målet"),
                  ("p", "Målet i aftalen er fortsat realistisk. Fremmødet er steget fra 2 til 4 dage om ugen."),
                  ("h", "Anbefaling"),
                  ("p", "Jeg anbefaler, at forløbet fortsætter som aftalt, evt. med en forlængelse på 3 måneder.")]
        rel = f"{folder}/statusrapport-{n + 1}.{fmt}"
        p = C.path(rel)
        if fmt == "docx":
            write_docx(p, blocks, footer=f"{m[2]} · {m[3]} · {m[4]}")
        elif fmt == "pdf":
            write_pdf(p, blocks, [f"{m[2]} – Fortroligt"], f"{m[2]} · CVR 38271645")
        else:
            write_html(p, blocks, ["Forside", "Borger", ci[0], "Mentorstøtte", "Indkomne dokumenter"],
                       [("Sag", case_no), ("Dokumenttype", "Indgående – statusrapport")], KOMMUNE)
        C.add(rel, "unknown", fmt, "report", "statusrapport", traits=["not-a-mentor-document-kind"])

    # 5-7 minutes of opfølgningssamtale
    for n in range(3):
        folder, case_no, ci, m, cw, start, adate, year = pick(cases, 5 + n * 11, 65)
        c_cpr = cpr(rng) if n == 0 else None
        blocks = [("title", "Referat af opfølgningssamtale"),
                  ("meta", [["Dato", fd(add_months(start, 2), "long")], ["Deltagere", f"{ci[0]}, {m[0]} (mentor), {cw[0]} (sagsbehandler)"]]
                   + ([["CPR", c_cpr]] if c_cpr else [])),
                  ("h", "1. Siden sidst"),
                  ("p", f"{ci[1]} fortæller, at det går bedre med at komme op om morgenen. Mentor bekræfter."),
                  ("h", "2. Status på mål"),
                  ("p", f"Vi gennemgik målene i aftalen af {fd(start - dt.timedelta(days=6), 'long')}. Delmål om fremmøde er nået."),
                  ("h", "3. Aftaler"),
                  ("bullets", ["Mentor fortsætter med 2 timer om ugen som hidtil.",
                               f"Næste opfølgning: {fd(add_months(start, 4), 'long')}.",
                               "Sagsbehandler undersøger muligheden for løntilskud."])]
        fmt = ["pdf", "docx", "txt"][n]
        rel = f"{folder}/referat-opfoelgningssamtale-{n + 1}.{fmt}"
        p = C.path(rel)
        if fmt == "pdf":
            write_pdf(p, blocks, system_header(case_no, 20 + n, "Notat", start, cw[0], None), KOMMUNE)
        elif fmt == "docx":
            write_docx(p, blocks)
        else:
            write_txt(p, blocks)
        C.add(rel, "unknown", fmt, "minutes", "referat", cprs=[c_cpr] if c_cpr else [], traits=["not-a-mentor-document-kind"])

    # 8-11 e-mails
    f0, cn0, c0, m0, cw0, s0, a0, y0 = pick(cases, 20, 25)
    write_eml(C.path(f"{f0}/mail-mentor-sygdom.eml"), f"{m0[0]} <{m0[4]}>", f"{cw0[0]} <{cw0[2]}>",
              f"SV: {c0[1]} – aflyst møde", dt.datetime(y0, s0.month, 20, 9, 12),
              f"Hej {cw0[0].split()[0]}\n\n{c0[1]} har meldt sig syg i dag, så vores møde er aflyst. Vi har aftalt en ny tid "
              f"på torsdag. Jeg bruger stadig de 3 timer om ugen, jf. aftalen.\n\nMvh\n{m0[0]}\n{m0[2]}\nTlf. {m0[3]}\n\n"
              f"> Hej {m0[1]}\n> Hvordan går det med {c0[1]}? Har I fået lagt en plan for praktikken?\n> "
              f"Venlig hilsen {cw0[0]}, {JC}, tlf. {cw0[1]}")
    C.add(f"{f0}/mail-mentor-sygdom.eml", "unknown", "eml", "email", "email", traits=["not-a-mentor-document-kind"])
    f1, cn1, c1, m1, cw1, s1, a1, y1 = pick(cases, 30, 5)
    write_eml(C.path(f"{f1}/mail-sendt-aftale.eml"), f"{cw1[0]} <{cw1[2]}>", f"{m1[0]} <{m1[4]}>",
              f"Mentoraftale – {c1[0]}", dt.datetime(y1, s1.month, 2, 13, 40),
              f"Hej {m1[1]}\n\nSe vedlagte aftale om mentorstøtte for {c1[0]}. Forløbet starter "
              f"{fd(s1, 'long')}. Sig til, hvis noget ikke passer.\n\nVenlig hilsen\n{cw1[0]}\n{JC}\nTlf. {cw1[1]}")
    C.add(f"{f1}/mail-sendt-aftale.eml", "unknown", "eml", "email", "email", traits=["not-a-mentor-document-kind", "cross-reference"])
    f2, cn2, c2, m2, cw2, s2, a2, y2 = pick(cases, 8, 30)
    write_eml(C.path(f"{f2}/mail-from-citizen.eml"), f"{c2[0]} <{c2[1].lower()}.{rng.randint(10, 99)}@gmail.com>",
              f"{cw2[0]} <{cw2[2]}>", "Question about my mentor", dt.datetime(y2, s2.month, 25, 19, 3),
              f"Hi {cw2[0].split()[0]},\n\nCan I change the time with my mentor {m2[1]} to Thursdays? I have started "
              f"a Danish course on Tuesdays.\n\nBest regards\n{c2[1]}")
    C.add(f"{f2}/mail-from-citizen.eml", "unknown", "eml", "email", "email", traits=["not-a-mentor-document-kind", "english"])
    f3, cn3, c3, m3, cw3, s3, a3, y3 = pick(cases, 40, 15)
    write_eml(C.path(f"{f3}/mail-opfoelgning-aftalt.eml"), f"{cw3[0]} <{cw3[2]}>", f"{c3[0]} <noreply@borger.dk>",
              "Indkaldelse til opfølgningssamtale", dt.datetime(y3, s3.month, 10, 8, 30),
              f"Kære {c3[1]}\n\nDu er indkaldt til opfølgningssamtale om din mentorstøtte den "
              f"{fd(add_months(s3, 3), 'long')} kl. 13.00 på {KOMMUNE}, {ADDR}. Din mentor {m3[0]} deltager også.\n\n"
              f"Venlig hilsen\n{cw3[0]}\nTlf. {cw3[1]}")
    C.add(f"{f3}/mail-opfoelgning-aftalt.eml", "unknown", "eml", "email", "email", traits=["not-a-mentor-document-kind"])

    # 12-13 internal journal notes
    for n in range(2):
        folder, case_no, ci, m, cw, start, adate, year = pick(cases, 12 + n * 15)
        txt = (f"Journalnotat {fd(adate, 'dots')} – {cw[0]}\n\nTlf. samtale med {ci[1]}. Borger ønsker mentor til "
               f"opstart i praktik. Har talt med {m[2]}, som har kapacitet fra {fd(start, 'long')}. Udarbejder aftale "
               f"og bevilling. Borger orienteret om klageadgang.\n")
        c_cpr = cpr(rng) if n == 1 else None
        if c_cpr:
            txt = f"Sag: {case_no}   CPR: {c_cpr}\n" + txt
        rel = f"{folder}/journalnotat-{n + 1}.txt"
        C.path(rel).write_text(txt, encoding="utf-8")
        C.add(rel, "unknown", "txt", "note", "journalnotat", cprs=[c_cpr] if c_cpr else [], traits=["not-a-mentor-document-kind"])

    # 14-17 complaint trail
    odate, folder, case_no, ci, m, cw = min(o for o in C.ophoer if o[0] + dt.timedelta(days=60) <= TODAY)
    start = odate - dt.timedelta(days=58)  # so that start + 70 days is 12 days after the decision
    c_cpr = cpr(rng)
    comp = [("p", f"{ci[0]}\nCpr.nr. {c_cpr}\nGrenaa, {fd(start + dt.timedelta(days=70), 'long')}"),
            ("title", "Klage over ophør af min mentor", 2),
            ("p", f"Jeg klager over jeres afgørelse af {fd(odate, 'long')} om, at min mentor {m[0]} skal stoppe. "
                  "Jeg var syg i en periode og kunne "
                  "ikke komme til møderne, det har jeg sendt lægeerklæring på. Jeg har brug for min mentor for at kunne "
                  "komme i gang med min uddannelse igen. Jeg vil gerne have, at I ser på sagen igen."),
            ("p", f"Med venlig hilsen\n{ci[0]}")]
    if ci[2] == "en":
        comp[1:] = [("title", "Complaint – my mentor has been stopped", 2),
                    ("p", f"I want to complain about your decision of {fd(odate, 'en')} to stop my mentor {m[0]}. I was "
                          "ill for some weeks and could not come to the meetings; I have sent you a doctor's note. I need "
                          "my mentor to get back into my education. Please look at my case again."),
                    ("p", f"Kind regards\n{ci[0]}")]
    rel = f"{folder}/klage-fra-borger.docx"
    write_docx(C.path(rel), comp)
    C.add(rel, "unknown", "docx", "letter", "klage", cprs=[c_cpr], traits=["not-a-mentor-document-kind", "complaint"])
    d2 = start + dt.timedelta(days=90)
    reply = [("p", f"{ci[0]}\nDato: {fd(d2, 'long')}"),
             ("title", "Genvurdering af afgørelse om ophør af mentorstøtte", 1),
             ("p", f"Vi har modtaget din klage af {fd(start + dt.timedelta(days=70), 'long')} over vores afgørelse om ophør af "
                   "mentorstøtte. Vi har vurderet sagen igen, herunder den lægeerklæring, du har sendt."),
             ("p", "Vi fastholder afgørelsen. Vi har lagt vægt på, at du heller ikke efter sygdomsperioden har mødt op "
                   "til de aftalte møder."),
             ("p", "Vi har derfor sendt din klage og sagens akter videre til Ankestyrelsen, som vil behandle klagen. "
                   "Du hører fra Ankestyrelsen."),
             ("p", f"Med venlig hilsen\n{cw[0]}\n{KOMMUNE if d2 >= dt.date(2026, 2, 1) else JC}")]
    rel = f"{folder}/genvurdering-klage.pdf"
    write_pdf(C.path(rel), reply, system_header(case_no, 31, "Brev", d2, cw[0], None), KOMMUNE)
    C.add(rel, "unknown", "pdf", "letter", "genvurdering-fastholdt", traits=["not-a-mentor-document-kind", "complaint"])
    d3 = min(d2 + dt.timedelta(days=110), TODAY - dt.timedelta(days=3))
    ast = [("p", "Ankestyrelsen\n7998 Statsservice"), ("p", f"Dato: {fd(d3, 'long')}\nJ.nr. {d3.year % 100}-{rng.randint(10000, 99999)}"),
           ("title", "Ankestyrelsens afgørelse", 1),
           ("p", f"Klage over {KOMMUNE}s afgørelse om ophør af mentorstøtte"),
           ("hb", "Resultat"),
           ("p", "Ankestyrelsen stadfæster kommunens afgørelse. Det betyder, at kommunen havde ret i, at din mentorstøtte skulle ophøre."),
           ("hb", "Begrundelse"),
           ("p", "Efter lov om en aktiv beskæftigelsesindsats § 167 kan kommunen give mentorstøtte, når det er nødvendigt "
                 "for, at personen kan opnå eller fastholde beskæftigelse eller uddannelse. Vi har lagt vægt på, at du "
                 "ikke har deltaget i forløbet i en længere periode, heller ikke efter din sygemelding."),
           ("hb", "Hvis du er uenig"),
           ("p", "Ankestyrelsens afgørelse kan ikke indbringes for anden administrativ myndighed. Du kan klage til "
                 "Folketingets Ombudsmand, eller du kan indbringe afgørelsen for domstolene inden 6 måneder.")]
    rel = f"{folder}/ankestyrelsen-afgoerelse.pdf"
    write_pdf(C.path(rel), ast, ["Ankestyrelsen", "Sikker mail: ast@ast.dk"], "www.ast.dk")
    C.add(rel, "unknown", "pdf", "letter", "ankestyrelsen-afgoerelse",
          traits=["not-a-mentor-document-kind", "complaint", "appeal-body-decision"])

    # 18 letter to provider (ordering the course)
    folder, case_no, ci, m, cw, start, adate, year = cases[22]
    prov = [("p", f"{m[2]}\nAtt.: {m[0]}"), ("p", f"Dato: {fd(adate, 'long')}"),
            ("title", "Bestilling af mentorforløb", 1),
            ("p", f"{KOMMUNE} bestiller hermed et mentorforløb til {ci[0]} med opstart {fd(start, 'long')}, "
                  f"jf. aftalen af {fd(adate, 'long')}, som er vedlagt."),
            ("p", "Leverandøren fakturerer månedligt efter faktisk forbrugte timer med direkte kontakt, jf. rammeaftalen. "
                  "Statusrapport sendes hver 4. uge til sagsbehandler via sikker mail."),
            ("p", f"Spørgsmål kan rettes til {cw[0]}, tlf. {cw[1]}.")]
    rel = f"{folder}/brev-til-leverandoer.html"
    write_html(C.path(rel), prov, ["Forside", "Borger", ci[0], "Mentorstøtte", "Udgående post"],
               [("Sag", case_no), ("Dokumenttype", "Udgående brev"), ("Modtager", m[2])], KOMMUNE)
    C.add(rel, "unknown", "html", "letter", "brev-leverandoer", traits=["not-a-mentor-document-kind", "cross-reference"])

    # 19 invoice from provider
    folder, case_no, ci, m, cw, start, adate, year = pick(cases, 24, 35)
    inv = [("title", f"FAKTURA nr. {rng.randint(20000, 29999)}"), ("p", f"{m[2]}\nCVR 38271645"),
           ("p", f"Til: {KOMMUNE}, Arbejdsmarked, EAN 5798000{rng.randint(100000, 999999)}"),
           ("table", [["Ydelse", "Mentorstøtte, " + ci[0].split()[0] + " " + ci[0].split()[-1][0] + "."],
                      ["Periode", f"{fd(start, 'dots')} - {fd(add_months(start, 1) - dt.timedelta(days=1), 'dots')}"],
                      ["Timer", "12,5 timer à 495,00 kr."], ["Beløb i alt ekskl. moms", "6.187,50 kr."]]),
           ("p", "Betalingsbetingelser: 30 dage netto.")]
    rel = f"{folder}/faktura-mentor.pdf"
    write_pdf(C.path(rel), inv, [m[2]], f"{m[2]} · {m[3]} · {m[4]}")
    C.add(rel, "unknown", "pdf", "invoice", "faktura", traits=["not-a-mentor-document-kind"])

    # 20b leaflet put in the case folder (lists every field, is no agreement)
    folder, case_no, ci, m, cw, start, adate, year = cases[14]
    leaf = [("title", "Mentorstøtte – sådan foregår det"),
            ("p", "Denne pjece er til dig, der skal have en mentor. Din sagsbehandler har vedlagt den din aftale."),
            ("h", "Hvad står der i din aftale?"),
            ("bullets", ["Målet med mentorstøtten – hvilket job eller hvilken uddannelse du arbejder hen imod",
                         "Mentorens navn og telefonnummer", "Hvilke opgaver mentoren hjælper dig med",
                         "Hvor længe støtten varer – højst 6 måneder ad gangen", "Hvor mange timer om ugen I ses",
                         "Hvordan vi følger op", "Hvordan du klager"]),
            ("h", "Hvis du vil klage"),
            ("p", "Du kan altid klage over en afgørelse. Klagen sendes til jobcentret inden fire uger. Læs mere i "
                  "klagevejledningen i dit brev."),
            ("p", f"{JC} · {ADDR} · tlf. 89 59 20 00")]
    rel = f"{folder}/pjece-mentorstoette.docx"
    write_docx(C.path(rel), leaf, footer="Djurs Kommune, Arbejdsmarked, 2023")
    C.add(rel, "unknown", "docx", "leaflet", "pjece", traits=["not-a-mentor-document-kind", "lists-all-fields"])

    # 20 internal note on an exceeded period (quality note)
    folder, case_no, ci, m, cw, start, adate, year = cases[40]
    rel = f"{folder}/intern-note-kvalitet.docx"
    write_docx(C.path(rel), [("hb", "Intern note – må ikke sendes til borger"),
                             ("p", f"Ved gennemgang af sagen er det konstateret, at bevillingsperioden i den første "
                                   f"aftale fejlagtigt var sat til 8 måneder. Perioden er rettet til 6 måneder, og der "
                                   f"er sendt ny afgørelse. Sagsbehandler {cw[0]} er orienteret."),
                             ("p", "Husk: ny periode kræver konkret vurdering, jf. LAB § 167, stk. 1.")])
    C.add(rel, "unknown", "docx", "note", "intern-note", traits=["not-a-mentor-document-kind"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=20260)
    a = ap.parse_args()
    build(a.out, a.seed)
    n = sum(1 for _ in (a.out / "EXPECTED.jsonl").open())
    print(f"wrote {n} documents to {a.out}")


if __name__ == "__main__":
    main()
