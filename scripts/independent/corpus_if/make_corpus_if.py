#!/usr/bin/env python3
"""Corpus IF: audit sample of a rural municipality (fictional "Ulvborg Kommune"), 2020-2026.

The municipality buys all mentor support from three providers and writes decisions and Min Plan
entries itself; its letter template changed in 2023 and its sender became "Ulvborg Kommune" on
1 Feb 2026. Some documents are paper scans (PDF with a Tesseract text layer), some e-mails, some
case-system exports. Deterministic: fixed seed, ``--out DIR``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]

PROVIDERS = [
    {"name": "Mentorhuset Vest ApS", "addr": "Søndergade 14, 7620 Ulvborg", "dom": "mentorhusetvest.dk"},
    {"name": "Fremad Mentorservice", "addr": "Industrivej 3, 7600 Struer", "dom": "fremad-mentor.dk"},
    {"name": "Job & Trivsel I/S", "addr": "Kirkebakken 2, 7570 Vemb", "dom": "jobogtrivsel.dk"},
]
FIRST = ["Mette", "Jonas", "Sofie", "Ahmad", "Line", "Kasper", "Camilla", "Mikkel", "Nadia", "Rasmus",
         "Louise", "Emil", "Fatima", "Søren", "Tina", "Jesper", "Hanne", "Ali", "Maja", "Bo"]
LAST = ["Kjær", "Thomsen", "Bach", "Nørgaard", "Hedegaard", "Iversen", "Dam", "Poulsen", "Lund",
        "Vestergaard", "Mikkelsen", "Krogh", "Hansen", "Bilal", "Østergaard", "Sørensen"]
MENTORS = ["Birgit Holm", "Anders Kirk", "Lene Bundgaard", "Per Vinther", "Susanne Ravn", "Kim Lauridsen",
           "Henrik Møll", "Pia Engelbrecht"]
CASEW = ["Grethe Ladefoged", "Thomas Brink", "Anja Skovgaard", "Morten Fly"]
PLACES = ["Brugsen i Vemb", "Ulvborg Maskinstation", "Plejecentret Engly", "Tømrerfirmaet Bjerre",
          "Nordvestjysk Genbrug", "Hotel Fjordgården", "Landbrugets Foderstof", "Skolen i Hee"]
SCHOOLS = ["EUC Vest (grundforløb 1, landbrug)", "SOSU-skolen i Holstebro", "FGU Vestjylland",
           "VUC Holstebro (FVU-dansk)", "Social- og Sundhedsskolen Skive"]


def dk(d: dt.date, style: int = 0) -> str:
    if style == 0:
        return f"{d.day}. {MONTHS[d.month-1]} {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2:
        return f"{d.day}/{d.month} {d.year}"
    if style == 3:
        return f"{d.day}.{d.month}.{d.year % 100:02d}"
    return d.isoformat()


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used_cpr: set[str] = set()

    def person(self):
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def cpr(self) -> str:
        while True:
            d = dt.date(1960, 1, 1) + dt.timedelta(days=self.r.randint(0, 15000))
            s = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}-{self.r.randint(1000, 9999)}"
            if s not in self.used_cpr:
                self.used_cpr.add(s)
                return s

    def phone(self):
        return " ".join(f"{self.r.randint(10, 99)}" for _ in range(4))

    def start(self, year: int) -> dt.date:
        return dt.date(year, self.r.randint(1, 11), 1 if self.r.random() < 0.6 else self.r.choice([4, 9, 15, 18]))


# --------------------------------------------------------------------------- renderers
# A document is a dict: title, blocks [(type, ...)], where type is h, p, kv, li, table.

def render_txt(doc) -> str:
    out = [doc["title"], ""]
    for b in doc["blocks"]:
        t = b[0]
        if t == "h":
            out += [b[1], ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            out += [f"{b[1]}: {b[2]}", ""]
        elif t == "li":
            out.append(f"- {b[1]}")
        elif t == "table":
            for row in b[1]:
                out.append("  |  ".join(row))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_html(doc, css_export=False) -> str:
    parts = ["<!DOCTYPE html>", "<html lang=\"da\"><head><meta charset=\"utf-8\">",
             f"<title>{html.escape(doc['title'])}</title></head><body>"]
    if css_export:
        parts.append("<div class=\"hdr\">Ulvborg Kommune · Fagsystem · Udskrift</div>")
    parts.append(f"<h1>{html.escape(doc['title'])}</h1>")
    inlist = False
    for b in doc["blocks"]:
        if b[0] != "li" and inlist:
            parts.append("</ul>")
            inlist = False
        if b[0] == "h":
            parts.append(f"<h2>{html.escape(b[1])}</h2>")
        elif b[0] == "p":
            parts.append(f"<p>{html.escape(b[1])}</p>")
        elif b[0] == "kv":
            parts.append(f"<p><strong>{html.escape(b[1])}:</strong> {html.escape(b[2])}</p>")
        elif b[0] == "li":
            if not inlist:
                parts.append("<ul>")
                inlist = True
            parts.append(f"<li>{html.escape(b[1])}</li>")
        elif b[0] == "table":
            parts.append("<table border=\"1\">")
            for row in b[1]:
                parts.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
            parts.append("</table>")
    if inlist:
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render_docx(doc, path: Path):
    d = docx.Document()
    d.add_heading(doc["title"], level=1)
    for b in doc["blocks"]:
        if b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "kv":
            p = d.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            p.add_run(b[2])
        elif b[0] == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    d.save(path)


def render_pdf(doc, path: Path, font_size=10):
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = font_size
    story = [Paragraph(html.escape(doc["title"]), ss["Heading1"])]
    for b in doc["blocks"]:
        if b[0] == "h":
            story.append(Paragraph(html.escape(b[1]), ss["Heading3"]))
        elif b[0] == "p":
            story.append(Paragraph(html.escape(b[1]), body))
        elif b[0] == "kv":
            story.append(Paragraph(f"<b>{html.escape(b[1])}:</b> {html.escape(b[2])}", body))
        elif b[0] == "li":
            story.append(Paragraph("• " + html.escape(b[1]), body))
        elif b[0] == "table":
            data = [[Paragraph(html.escape(c), body) for c in row] for row in b[1]]
            ncol = max(len(r) for r in b[1])
            w = [140] + [340 // max(1, ncol - 1)] * (ncol - 1) if ncol > 1 else [480]
            t = Table(data, colWidths=w)
            t.setStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            story.append(t)
        story.append(Spacer(1, 4))
    SimpleDocTemplate(str(path), pagesize=A4, title=doc["title"], lang="da").build(story)


def render_scan(doc, path: Path, tmp: Path):
    src = tmp / (path.stem + "_src.pdf")
    render_pdf(doc, src, font_size=11)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(tmp / path.stem)], check=True)
    pages = sorted(tmp.glob(path.stem + "-*.png"))
    lst = tmp / (path.stem + ".lst")
    lst.write_text("\n".join(str(p) for p in pages) + "\n")
    subprocess.run(["tesseract", str(lst), str(tmp / path.stem), "-l", "dan", "pdf"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(str(tmp / (path.stem + ".pdf")), path)


def render_odt(doc, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span, List, ListItem
    from odf.table import Table as OTable, TableColumn, TableRow, TableCell
    od = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    od.automaticstyles.addElement(bold)
    od.text.addElement(H(outlinelevel=1, text=doc["title"]))
    for b in doc["blocks"]:
        if b[0] == "h":
            od.text.addElement(H(outlinelevel=2, text=b[1]))
        elif b[0] == "p":
            od.text.addElement(P(text=b[1]))
        elif b[0] == "kv":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1] + ": "))
            p.addText(b[2])
            od.text.addElement(p)
        elif b[0] == "li":
            lst = List()
            li = ListItem()
            li.addElement(P(text=b[1]))
            lst.addElement(li)
            od.text.addElement(lst)
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            t = OTable(name="T")
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for row in b[1]:
                tr = TableRow()
                for c in row:
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            od.text.addElement(t)
    od.save(str(path))


def rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(doc) -> str:
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22",
         r"{\pard\b\fs28 " + rtf_esc(doc["title"]) + r"\par}"]
    for b in doc["blocks"]:
        if b[0] == "h":
            o.append(r"{\pard\sb120\b " + rtf_esc(b[1]) + r"\par}")
        elif b[0] == "p":
            o.append(r"{\pard " + rtf_esc(b[1]) + r"\par}")
        elif b[0] == "kv":
            o.append(r"{\pard{\b " + rtf_esc(b[1]) + r":} " + rtf_esc(b[2]) + r"\par}")
        elif b[0] == "li":
            o.append(r"{\pard\li360 \bullet  " + rtf_esc(b[1]) + r"\par}")
        elif b[0] == "table":
            for row in b[1]:
                o.append(r"{\pard " + rtf_esc("\t".join(row)) + r"\par}")
    o.append("}")
    return "\n".join(o) + "\n"


# --------------------------------------------------------------------------- content

APPEAL_FULL = [
    "Hvis du ikke er enig i afgørelsen, kan du klage til {org} inden 4 uger efter, at du har modtaget "
    "brevet. Du kan klage skriftligt eller mundtligt. Vi genvurderer afgørelsen inden for 4 uger. "
    "Fastholder vi afgørelsen, sender vi klagen og sagens akter videre til Ankestyrelsen, jf. LAB § 204 "
    "og retssikkerhedslovens kapitel 10.",
    "Du kan klage over afgørelsen. Klagen skal sendes til {org}, {addr}, senest fire uger efter at du har "
    "fået denne afgørelse. Vi vurderer sagen igen, og hvis vi fastholder afgørelsen, bliver din klage "
    "sendt videre til Ankestyrelsen, som tager stilling til den.",
    "Er du uenig, skal du klage til {org} inden fire uger. {org} skal så genvurdere afgørelsen inden fire "
    "uger, fra klagen er modtaget. Hvis afgørelsen fastholdes, sendes klagen til Ankestyrelsen.",
]
APPEAL_VAGUE = ["Du kan klage over afgørelsen. Kontakt din sagsbehandler, hvis du har spørgsmål.",
                "Hvis du er utilfreds, er du velkommen til at kontakte os.",
                "Klagevejledning vedlægges."]
APPEAL_OTHER = ("Klagevejledning vedrørende befordringsgodtgørelse: Du kan klage over afgørelsen om "
                "befordringsgodtgørelse til {org} inden 4 uger.")
APPEAL_DIRECT = ("Du kan klage til Ankestyrelsen, 7998 Statsservice, inden 4 uger efter at du har "
                 "modtaget denne afgørelse.")


def org_name(d: dt.date) -> str:
    return "Ulvborg Kommune" if d >= dt.date(2026, 2, 1) else "Jobcenter Ulvborg"


ADDR = "Torvet 1, 7620 Ulvborg"


def goal_text(g: Gen, name: str, clear: bool, start: dt.date):
    first = name.split()[0]
    if clear:
        end = add_months(start, g.r.choice([2, 3])) - dt.timedelta(days=1)
        return g.r.choice([
            f"{first} er i virksomhedspraktik hos {g.r.choice(PLACES)} 15 timer om ugen senest {dk(end)}.",
            f"{first} starter på {g.r.choice(SCHOOLS)} og møder mindst 4 dage om ugen.",
            f"Fastholdelse i løntilskudsjob hos {g.r.choice(PLACES)}, 25 timer om ugen, med fravær under 10 %.",
            f"At {first} gennemfører første semester på {g.r.choice(SCHOOLS)} og består prøverne i {MONTHS[end.month-1]}.",
            f"{first} har et ordinært job på mindst 15 timer om ugen, fx i detailhandel, senest {dk(end)}.",
        ])
    return g.r.choice([
        "Støtte til at komme videre og få mere struktur på hverdagen.",
        "Øget trivsel og selvværd.",
        f"Sikre at {first} kommer tættere på arbejdsmarkedet.",
        "Motivere borgeren og arbejde med at få styr på økonomi og bolig.",
    ])


TASKS_JOB = [
    "følge {f} til arbejdspladsen de første to uger; ugentlig samtale om fremmøde og transport",
    "støtte ved kontakt til arbejdsgiver, øve bus-ruten til arbejdspladsen, gennemgå vagtplan hver mandag",
    "ringe {f} op om morgenen i opstartsperioden, deltage i opfølgningssamtale med virksomheden og hjælpe med at melde fravær korrekt",
]
TASKS_EDU = [
    "hjælpe {f} med at planlægge ugen, vække om morgenen i opstartsperioden og tage med til samtaler på skolen",
    "lektiestøtte to gange om ugen og hjælp til kontakt med SPS-vejleder",
    "følge {f} til studiestart, hjælpe med skemaet i Lectio og holde en ugentlig samtale om fremmøde",
]
EDU_WORDS = ("SOSU", "EUC", "FGU", "VUC", "semester", "Skole")


def pick_tasks(g, goal, f):
    pool = TASKS_EDU if any(w in goal for w in EDU_WORDS) else TASKS_JOB
    t = g.r.choice(pool).format(f=f)
    return t[0].upper() + t[1:]
FOLLOW = [
    "Statusmøde med mentor, {f} og sagsbehandler hver måned; evaluering 14 dage før støtten ophører.",
    "Mentor sender statusnotat hver 4. uge. Midtvejsevaluering efter 3 måneder med delmål: fremmøde 4 dage om ugen.",
    "Telefonsamtale med mentor hver anden uge og et opfølgningsmøde hos sagsbehandleren hver 3. måned.",
]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende."]
HOURS = ["3 timer pr. uge", "2 t/uge", "8 timer om måneden", "4 timer ugentligt", "1-2 timer pr. uge"]
HOURS_VAGUE = ["et par timer om ugen", "efter behov", "løbende"]


def period(g: Gen, year: int, over: bool = False, length: int | None = None):
    s = g.start(year)
    m = length or (7 if over else g.r.choice([3, 4, 6, 6]))
    e = add_months(s, m) - dt.timedelta(days=1)
    if over and g.r.random() < 0.4:
        e = add_months(s, 6) + dt.timedelta(days=g.r.choice([14, 30]))
    return s, e


def period_str(g: Gen, s, e):
    st = g.r.choice([0, 0, 1, 2, 3])
    sep = g.r.choice([" – ", " - ", " til "])
    if sep == " til ":
        return f"fra {dk(s, st)} til {dk(e, st)}"
    return f"{dk(s, st)}{sep}{dk(e, st)}"


def build_agreement(g: Gen, i: int, year: int, defects: list[str], layout: str):
    """An agreement under one of five layouts. Returns doc, period, cpr or None."""
    name = g.person()
    f = name.split()[0]
    prov = g.r.choice(PROVIDERS)
    mentor = g.r.choice(MENTORS)
    mmail = mentor.split()[0].lower() + "@" + prov["dom"]
    over = "duration-over-6-months" in defects
    s, e = period(g, year, over=over)
    issued = s - dt.timedelta(days=g.r.randint(3, 12))
    org = org_name(issued)
    cpr = g.cpr() if g.r.random() < 0.3 else None
    goal = goal_text(g, name, "unclear-goal" not in defects, s)
    tasks = pick_tasks(g, goal, f) + "."
    fol = g.r.choice(FOLLOW).format(f=f)
    hrs = g.r.choice(HOURS)
    mentor_v = f"{mentor}, {prov['name']}, tlf. {g.phone()}, {mmail}"
    per_v = period_str(g, s, e)
    app = g.r.choice(APPEAL_FULL).format(org=org, addr=ADDR)
    if "missing-goal" in defects:
        goal = g.r.choice(["Udfyldes senere", "-", ""])
    if "missing-mentor" in defects:
        mentor_v = g.r.choice([f"{mentor}, {prov['name']}", "Tildeles af leverandøren", "[navn]"])
    if "missing-tasks" in defects:
        tasks = g.r.choice(["-", "", "Aftales med mentor"])
    if "missing-duration" in defects:
        per_v = g.r.choice([f"{dk(s)} – indtil videre", "Udfyldes senere", "Så længe der er behov"])
    if "missing-follow-up" in defects:
        fol = g.r.choice(FOLLOW_VAGUE + [""])
    if "missing-hours" in defects:
        hrs = g.r.choice(HOURS_VAGUE + [""])
    if "missing-appeal-guidance" in defects:
        app = g.r.choice(APPEAL_VAGUE + [None, APPEAL_OTHER.format(org=org)])
    extras = []
    if "appeal-wrong-route" in defects:
        app = APPEAL_DIRECT
        extras.append("appeal-wrong-route")
    blocks = []
    if layout == "old-table":   # municipal template 2020-2022
        title = "MENTORAFTALE"
        blocks.append(("p", f"{org} · {ADDR} · Dato: {dk(issued, 1)}"))
        rows = [["Borger", name + (f", cpr.nr. {cpr}" if cpr else "")],
                ["Sagsbehandler", f"{g.r.choice(CASEW)}, tlf. 96 10 20 30"],
                ["1. Målet med mentorstøtten", goal],
                ["2. Mentorens navn og kontaktdata", mentor_v],
                ["3. Mentorens opgaver", tasks],
                ["4. Varighed og opfølgning", per_v + (". " + fol if fol else "")],
                ["5. Timetal", hrs]]
        blocks.append(("table", rows))
        if app:
            blocks += [("h", "6. Klagevejledning"), ("p", app)]
        blocks.append(("p", "Underskrift borger: ____________   Underskrift mentor: ____________"))
    elif layout == "new-headings":   # municipal template from 2023
        title = "Aftale om mentorstøtte"
        blocks.append(("p", f"{org}, Beskæftigelse · {dk(issued)}"))
        blocks.append(("p", f"Aftalen er indgået mellem {name}" + (f" (CPR {cpr})" if cpr else "") +
                       f", {prov['name']} og {org}, jf. LAB § 167."))
        blocks += [("h", "Dit mål"), ("p", goal), ("h", "Din mentor"), ("p", mentor_v),
                   ("h", "Det hjælper mentoren dig med"), ("p", tasks),
                   ("h", "Periode"), ("p", per_v), ("h", "Timer"), ("p", f"Mentoren har {hrs} med dig." if hrs and hrs not in HOURS_VAGUE else hrs),
                   ("h", "Sådan følger vi op"), ("p", fol)]
        if app:
            blocks += [("h", "Hvis du vil klage"), ("p", app)]
    elif layout == "provider-kv":   # provider's own form
        title = f"{prov['name']} – Mentoraftale"
        blocks.append(("p", f"{prov['addr']} · www.{prov['dom']}"))
        blocks.append(("p", f"Rekvirent: {org}. Aftalen er lavet på baggrund af bevilling af mentorstøtte efter LAB § 167."))
        blocks += [("kv", "Deltager", name + (f" – {cpr}" if cpr else "")), ("kv", "Mål", goal),
                   ("kv", "Mentor", mentor_v), ("kv", "Indsatsområder", tasks),
                   ("kv", "Forløbsperiode", per_v), ("kv", "Timetal", hrs), ("kv", "Opfølgning", fol)]
        if app:
            blocks += [("kv", "Klagevejledning", app)]
        blocks.append(("p", f"Dato: {dk(issued, 3)}   Underskrifter: deltager / mentor / {org}"))
    elif layout == "prose-letter":
        title = f"Vi har lavet en aftale om mentorstøtte"
        if cpr:
            blocks.append(("p", f"Vedr.: {name}, cpr.nr. {cpr}"))
        blocks.append(("p", f"Kære {f}"))
        blocks.append(("p", f"Her får du det, vi blev enige om på mødet den {dk(issued)}, skrevet ned."))
        blocks.append(("p", f"Målet er: {goal}" if goal else "Målet er: "))
        blocks.append(("p", f"Din mentor er {mentor_v}." if mentor_v else ""))
        blocks.append(("p", f"Mentorens opgaver: {tasks}"))
        if "missing-duration" in defects:
            blocks.append(("p", f"Periode: {per_v}"))
        else:
            blocks.append(("p", f"Aftalen gælder {per_v}."))
        blocks.append(("p", f"Timetal: {hrs}"))
        blocks.append(("p", f"Opfølgning: {fol}"))
        if app:
            blocks += [("h", "Klagevejledning"), ("p", app)]
        blocks.append(("p", f"Venlig hilsen\n{g.r.choice(CASEW)}, {org}"))
    else:  # numbered list, provider 3
        title = "Mentoraftale (LAB § 167)"
        blocks.append(("p", f"{prov['name']}, {prov['addr']}"))
        blocks.append(("kv", "Navn", name))
        if cpr:
            blocks.append(("kv", "Personnummer", cpr))
        blocks += [("p", f"1) Målet med mentorstøtten: {goal}"), ("p", f"2) Mentor: {mentor_v}"),
                   ("p", f"3) Opgaver: {tasks}"), ("p", f"4) Varighed: {per_v}. Opfølgning: {fol}"),
                   ("p", f"5) Timetal: {hrs}")]
        if app:
            blocks.append(("p", f"6) Klagevejledning: {app}"))
    doc = {"title": title, "blocks": [b for b in blocks if not (b[0] == "p" and not b[1])]}
    per = None if "missing-duration" in defects else {"start": s.isoformat(), "end": e.isoformat()}
    return doc, per, cpr, extras


def build_decision(g: Gen, year: int, sub: str, defects: list[str], layout: str):
    name = g.person()
    f = name.split()[0]
    prov = g.r.choice(PROVIDERS)
    over = "duration-over-6-months" in defects
    legit_long = sub == "udskrivning"
    s, e = period(g, year, over=over, length=9 if legit_long else None)
    issued = s - dt.timedelta(days=g.r.randint(5, 20))
    org = org_name(issued)
    cpr = g.cpr() if g.r.random() < 0.25 else None
    app = g.r.choice(APPEAL_FULL).format(org=org, addr=ADDR)
    extras = []
    if "missing-appeal-guidance" in defects:
        app = g.r.choice(APPEAL_VAGUE + [None, APPEAL_OTHER.format(org=org)])
    if "appeal-wrong-route" in defects:
        app = APPEAL_DIRECT
        extras.append("appeal-wrong-route")
    no_reasons = "missing-reasons" in defects
    if no_reasons:
        extras.append("missing-reasons")
    hrs = g.r.choice(["3 timer", "2 timer", "4 timer"])
    blocks = []
    head = [("p", f"{org}\n{ADDR}\nTlf. 96 10 20 30"),
            ("p", f"{name}" + (f"\nCPR-nr.: {cpr}" if cpr else "") + f"\nDato: {dk(issued, 0 if layout == 'new' else 1)}")]
    blocks += head
    per = {"start": s.isoformat(), "end": e.isoformat()}
    if sub == "grant":
        title = g.r.choice(["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du har fået bevilget mentorstøtte"])
        blocks.append(("p", f"Du har søgt om mentorstøtte. Vi har bevilget dig mentorstøtte efter lov om en aktiv "
                            f"beskæftigelsesindsats § 167, stk. 1, i perioden {period_str(g, s, e)}."))
        blocks.append(("p", f"Du får {hrs} mentorstøtte om ugen. Støtten leveres af {prov['name']}. "
                            "Den skriftlige aftale med mål, mentor og opgaver laver vi sammen med mentoren ved opstartsmødet."))
    elif sub == "udskrivning":
        title = "Afgørelse om mentorstøtte – udskrivningskoordinator"
        blocks.append(("p", f"Du er indlagt på Regionspsykiatrien Gødstrup og skal udskrives omkring "
                            f"{dk(add_months(s, 3))}. Du har efter LAB § 167, stk. 2, ret til mentorstøtte som "
                            f"udskrivningskoordinator i op til 3 måneder før udskrivelsen og mindst 6 måneder i alt."))
        blocks.append(("p", f"Vi bevilger derfor støtten fra {dk(s)} til {dk(e)}, {hrs} om ugen, leveret af {prov['name']}."))
    elif sub == "partial":
        title = "Afgørelse – delvis bevilling af mentorstøtte"
        blocks.append(("p", f"Du har søgt om mentorstøtte 6 timer om ugen. Vi har bevilget {hrs} om ugen i perioden "
                            f"{period_str(g, s, e)}. Det betyder, at du har fået færre timer end ansøgt."))
        if not no_reasons:
            blocks += [("h", "Begrundelse"),
                       ("p", "Vi har lagt vægt på, at du allerede får støtte fra praktikstedets kontaktperson, og at "
                             "mentorens opgaver kan løses på færre timer. Afgørelsen er truffet efter LAB § 167, stk. 1.")]
    elif sub == "refusal":
        title = "Afslag på mentorstøtte"
        per = None
        blocks.append(("p", "Du har søgt om mentorstøtte. Vi har givet dig afslag."))
        if not no_reasons:
            blocks += [("h", "Begrundelse"),
                       ("p", f"Der kan efter LAB § 167 kun gives mentorstøtte, når støtten skal hjælpe dig i job eller "
                             f"uddannelse. Vi har lagt vægt på, at du er sygemeldt og ikke deltager i tilbud, og at "
                             f"din praktik hos {g.r.choice(PLACES)} er stoppet.")]
    elif sub == "extension":
        title = "Forlængelse af mentorstøtte"
        blocks.append(("p", f"Vi har vurderet din sag igen og forlænger din mentorstøtte hos {prov['name']} i en ny "
                            f"periode {period_str(g, s, e)}, jf. LAB § 167, stk. 1, 2. pkt. Du får fortsat {hrs} om ugen."))
    else:  # end
        title = "Ophør af mentorstøtte"
        per = None
        blocks.append(("p", f"Din mentorstøtte hos {prov['name']} ophører den {dk(s)}."))
        if not no_reasons:
            blocks += [("h", "Begrundelse"),
                       ("p", "Vi har lagt vægt på, at du nu er i ordinært job 30 timer om ugen og ikke længere "
                             "har brug for mentor for at fastholde jobbet, jf. LAB § 167.")]
    if app:
        blocks += [("h", g.r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])), ("p", app)]
    blocks.append(("p", f"Med venlig hilsen\n{g.r.choice(CASEW)}\nSagsbehandler, {org}"))
    return {"title": title, "blocks": blocks}, per, cpr, extras


def build_minplan(g: Gen, year: int, defects: list[str], layout: str):
    name = g.person()
    prov = g.r.choice(PROVIDERS)
    mentor = g.r.choice(MENTORS)
    over = "duration-over-6-months" in defects
    s, e = period(g, year, over=over)
    cpr = g.cpr() if g.r.random() < 0.25 else None
    goal = goal_text(g, name, "unclear-goal" not in defects, s)
    f = name.split()[0]
    tasks = pick_tasks(g, goal, f)
    mentor_v = f"{mentor} ({prov['name']}), {g.phone()}"
    hrs = g.r.choice(HOURS)
    per_v = f"{dk(s, 1)} - {dk(e, 1)}"
    if "missing-goal" in defects:
        goal = ""
    if "missing-mentor" in defects:
        mentor_v = g.r.choice([prov["name"], "Ikke oplyst"])
    if "missing-tasks" in defects:
        tasks = ""
    if "missing-duration" in defects:
        per_v = f"Start {dk(s, 1)} - slut: ikke angivet"
    if "missing-hours" in defects:
        hrs = g.r.choice(["", "efter behov"])
    title = "Min Plan – Mentorstøtte"
    blocks = [("p", f"{name}" + (f" · CPR {cpr}" if cpr else "") + f" · Udskrevet {dk(s - dt.timedelta(days=2), 1)}")]
    if layout == "export-table":
        rows = [["Indsats", "Mentorstøtte (LAB § 167)"], ["Formål", goal], ["Mentor", mentor_v],
                ["Mentorens opgaver", tasks], ["Periode", per_v], ["Timetal pr. uge", hrs],
                ["Status", "Igangværende"]]
        blocks.append(("table", [r for r in rows if r[1] or r[0] in ("Formål",)]))
    else:
        blocks += [("h", "Mit mål"), ("p", goal or "-"), ("h", "Min mentor"), ("p", mentor_v),
                   ("h", "Mentoren hjælper mig med"), ("p", tasks or "-"), ("h", "Varighed"), ("p", per_v),
                   ("h", "Timer"), ("p", hrs or "-")]
    doc = {"title": title, "blocks": [b for b in blocks if not (b[0] == "p" and not b[1])]}
    per = None if "missing-duration" in defects else {"start": s.isoformat(), "end": e.isoformat()}
    return doc, per, cpr, []


def unknown_docs(g: Gen):
    """Look-alikes from the archive folder: (slug, subtype, layout, doc, cpr)."""
    out = []
    n = g.person()
    prov = PROVIDERS[0]
    out.append(("faktura-mentorhuset-2022-03", "invoice", "invoice", {"title": f"FAKTURA nr. 2022-0314", "blocks": [
        ("p", f"{prov['name']}, {prov['addr']}, CVR 38 21 44 90"),
        ("p", "Til: Jobcenter Ulvborg, Økonomi, Torvet 1, 7620 Ulvborg. EAN 5798000123456"),
        ("table", [["Ydelse", "Periode", "Timer", "Beløb"],
                   [f"Mentorstøtte, {n}", "1.2.2022-28.2.2022", "12", "6.600,00"],
                   [f"Mentorstøtte, {g.person()}", "1.2.2022-28.2.2022", "8", "4.400,00"]]),
        ("p", "Betalingsbetingelser: netto 30 dage.")]}, None))
    c = g.cpr()
    out.append(("statusrapport-fremad-2024", "status-report", "report", {"title": "Statusrapport – mentorforløb", "blocks": [
        ("p", f"Borger: {g.person()}, CPR {c}. Mentor: {MENTORS[1]}, Fremad Mentorservice."),
        ("h", "Forløbet indtil nu"),
        ("p", "Borgeren er mødt til 9 ud af 10 aftaler. Praktikken i Brugsen fungerer, fremmødet er steget fra 2 til 4 dage."),
        ("h", "Anbefaling"), ("p", "Vi anbefaler forlængelse i 3 måneder med uændret timetal.")]}, c))
    out.append(("referat-leverandoermoede-2023-q2", "minutes", "minutes", {"title": "Referat af kvartalsmøde med mentorleverandører", "blocks": [
        ("p", "Dato: 14. juni 2023. Deltagere: Jobcenter Ulvborg, Mentorhuset Vest, Fremad Mentorservice, Job & Trivsel."),
        ("li", "Ny skabelon for mentoraftaler tages i brug 1. september 2023."),
        ("li", "Statusnotater sendes senest 5 hverdage efter statusmødet."),
        ("li", "Fakturering: timer skal stemme med bevillingen.")]}, None))
    out.append(("vejledning-mentoraftale-personale", "guidance", "guidance", {"title": "Vejledning: Sådan skriver du en mentoraftale", "blocks": [
        ("p", "Til medarbejdere i Beskæftigelse. En mentoraftale skal indeholde:"),
        ("li", "målet med mentorstøtten (job eller uddannelse)"), ("li", "mentorens navn og kontaktdata"),
        ("li", "hvilke opgaver mentoren skal bistå ved"), ("li", "varigheden af aftalen og opfølgning"),
        ("li", "timetallet"), ("li", "klagevejledning: klage til kommunen inden 4 uger"),
        ("p", "Perioden må højst være 6 måneder, jf. LAB § 167.")]}, None))
    out.append(("ankestyrelsen-afgoerelse-2021", "appeal-ruling", "ruling", {"title": "Ankestyrelsens afgørelse", "blocks": [
        ("p", f"Klage fra {g.person()} over Jobcenter Ulvborgs afgørelse af 3. marts 2021 om mentorstøtte."),
        ("h", "Resultat"), ("p", "Ankestyrelsen stadfæster kommunens afgørelse."),
        ("h", "Begrundelse"), ("p", "Der er ikke et aktuelt mål om beskæftigelse eller uddannelse, jf. LAB § 167.")]}, None))
    out.append(("genvurdering-fastholdt-2025", "reconsideration-upheld", "letter", {"title": "Genvurdering af din klage", "blocks": [
        ("p", f"Kære {g.person()}"),
        ("p", "Vi har genvurderet vores afgørelse om afslag på mentorstøtte af 2. april 2025. Vi fastholder afgørelsen "
              "og har sendt din klage og sagens akter videre til Ankestyrelsen."),
        ("p", "Med venlig hilsen Jobcenter Ulvborg")]}, None))
    out.append(("partshoering-ophoer-2024", "hearing", "letter", {"title": "Partshøring – påtænkt ophør af mentorstøtte", "blocks": [
        ("p", f"Kære {g.person()}"),
        ("p", "Vi overvejer at stoppe din mentorstøtte, fordi du er begyndt i fast job. Før vi træffer afgørelse, vil vi "
              "gerne høre dine bemærkninger. Send dem senest 14 dage fra i dag.")]}, None))
    out.append(("bestilling-mentorforloeb-jobogtrivsel-2026", "order", "order", {"title": "Bestilling af mentorforløb", "blocks": [
        ("kv", "Leverandør", "Job & Trivsel I/S"), ("kv", "Borger", g.person()),
        ("kv", "Bevilget", "3 timer pr. uge fra 2. marts 2026 til 31. august 2026"),
        ("kv", "Ønsket opstart", "Opstartsmøde i uge 10"),
        ("p", "Leverandøren udarbejder mentoraftale og sender den til Ulvborg Kommune inden 14 dage.")]}, None))
    out.append(("samarbejdsaftale-mentorhuset-2023", "provider-contract", "contract", {"title": "Samarbejdsaftale om levering af mentorydelser 2023-2026", "blocks": [
        ("p", "Mellem Jobcenter Ulvborg og Mentorhuset Vest ApS."),
        ("h", "1. Ydelsen"), ("p", "Leverandøren leverer mentorstøtte efter LAB §§ 167-171 til borgere henvist af jobcentret."),
        ("h", "2. Pris"), ("p", "550 kr. pr. time med direkte kontakt. Forberedelse afregnes ikke, jf. BAB § 123."),
        ("h", "3. Opfølgning"), ("p", "Leverandøren deltager i kvartalsmøder og sender statusnotater hver måned.")]}, None))
    out.append(("skabelon-mentoraftale-blank-2023", "blank-template", "template", {"title": "Aftale om mentorstøtte", "blocks": [
        ("p", "[Kommune], Beskæftigelse · [dato]"),
        ("h", "Dit mål"), ("p", "[Skriv målet]"), ("h", "Din mentor"), ("p", "[navn, tlf., mail]"),
        ("h", "Det hjælper mentoren dig med"), ("p", "[opgaver]"), ("h", "Periode"), ("p", "[fra – til]"),
        ("h", "Timer"), ("p", "[antal]"), ("h", "Sådan følger vi op"), ("p", "[opfølgning]")]}, None))
    out.append(("foreningens-mentoraftale-ulvborg-if", "private-mentoraftale", "club", {"title": "Mentoraftale – Ulvborg IF Ungdom", "blocks": [
        ("p", "Ulvborg IF's frivillige mentorprogram for unge spillere."),
        ("kv", "Mentee", "Lasse, U17"), ("kv", "Mentor", "Træner Jan Bak, tlf. 40 11 22 33"),
        ("kv", "Mål", "Lasse bliver hjælpetræner for U10 i foråret"), ("kv", "Vi mødes", "hver anden torsdag efter træning")]}, None))
    c2 = g.cpr()
    out.append(("mentor-slutevaluering-2022", "final-evaluation", "report", {"title": "Afsluttende evaluering af mentorforløb", "blocks": [
        ("p", f"Deltager: {g.person()} ({c2}). Mentor: {MENTORS[4]}, Job & Trivsel."),
        ("p", "Forløbet er afsluttet 30. november 2022. Målet om ordinær uddannelse er nået: deltageren er startet på "
              "EUC Vest. Samlet 52 timer leveret.")]}, c2))
    return out



def extra_docs(g: Gen):
    """Hand-made cases: (rel, fmt, kind, subtype, layout, doc, rules, extras, period, cpr, traits)."""
    out = []
    n = g.person(); f = n.split()[0]
    out.append(("2023/aftaler/aftale-25-uger.docx", "docx", "agreement", "agreement", "new-headings",
        {"title": "Aftale om mentorstøtte", "blocks": [
            ("p", "Jobcenter Ulvborg, Beskæftigelse · 27. februar 2023"),
            ("p", f"Aftalen er indgået mellem {n}, Mentorhuset Vest ApS og Jobcenter Ulvborg, jf. LAB § 167."),
            ("h", "Dit mål"), ("p", f"{f} er i løntilskudsjob som pedelmedhjælper på Skolen i Hee 20 timer om ugen fra 1. maj 2023."),
            ("h", "Din mentor"), ("p", "Kim Lauridsen, Mentorhuset Vest ApS, tlf. 22 41 90 17, kim@mentorhusetvest.dk"),
            ("h", "Det hjælper mentoren dig med"), ("p", "Følge dig de første dage på skolen, aftale faste mødetider med pedellen og tale om fremmøde hver fredag."),
            ("h", "Periode"), ("p", "Fra 6. marts 2023 og 26 uger frem."),
            ("h", "Timer"), ("p", "2 timer om ugen"),
            ("h", "Sådan følger vi op"), ("p", "Statusmøde hver måned. Delmål: fremmøde 4 dage om ugen fra april. Evaluering 14 dage før støtten ophører."),
            ("h", "Hvis du vil klage"), ("p", APPEAL_FULL[2].format(org="Jobcenter Ulvborg"))]},
        [], [], {"start": "2023-03-06", "end": "2023-09-03"}, None, ["period:26-uger", "template:new", "year:2023"]))
    c = g.cpr()
    out.append(("2025/aftaler/aftale-26-aktindsigt-pseudonymiseret.txt", "txt", "agreement", "agreement", "provider-kv",
        {"title": "Job & Trivsel I/S – Mentoraftale", "blocks": [
            ("p", "KOPI UDLEVERET VED AKTINDSIGT – personoplysninger om tredjemand er fjernet"),
            ("kv", "Deltager", f"{n}, {c}"),
            ("kv", "Mål", f"{f} gennemfører FVU-dansk trin 2 på VUC Holstebro og søger optagelse på SOSU-hjælperuddannelsen til august 2025."),
            ("kv", "Mentor", "[navn fjernet], Job & Trivsel I/S, tlf. 97 42 18 60, mentor@jobogtrivsel.dk"),
            ("kv", "Indsatsområder", "Hjælp til lektieplan, følge med til optagelsessamtale, ugentlig samtale om fremmøde."),
            ("kv", "Forløbsperiode", "3. februar 2025 - 31. juli 2025"), ("kv", "Timetal", "3 timer pr. uge"),
            ("kv", "Opfølgning", "Statusnotat hver måned; trepartsmøde med sagsbehandler i maj."),
            ("kv", "Klagevejledning", APPEAL_FULL[0].format(org="Jobcenter Ulvborg"))]},
        [], [], {"start": "2025-02-03", "end": "2025-07-31"}, c, ["pseudonymised", "year:2025"]))
    n2 = g.person()
    out.append(("2024/minplan/minplan-15-flere-indsatser.html", "html", "minplan", "minplan", "export-cards",
        {"title": "Min Plan", "blocks": [
            ("p", f"{n2} · Udskrevet 29.01.2024"),
            ("h", "Virksomhedspraktik (Igangværende)"),
            ("table", [["Sted", "Nordvestjysk Genbrug"], ["Periode", "01.02.2024 - 31.12.2024"], ["Timer", "20 timer pr. uge"],
                       ["Kontaktperson", "Jens Holt, 97 11 22 44"]]),
            ("h", "Mentorstøtte (Igangværende)"),
            ("table", [["Formål", f"{n2.split()[0]} er i praktik 20 timer om ugen og har fået tilbud om løntilskud senest 1. juli 2024."],
                       ["Mentor", "Lene Bundgaard, Fremad Mentorservice, 26 90 13 77"],
                       ["Mentorens opgaver", "Hente i bil de første to uger, træne busturen, samtale om fremmøde hver mandag"],
                       ["Periode", "01.02.2024 - 31.07.2024"], ["Timetal", "2 timer pr. uge"]])]},
        [], [], {"start": "2024-02-01", "end": "2024-07-31"}, None, ["export", "other-activity-longer", "year:2024"]))
    out.append(("2024/afgoerelser/afgoerelse-19-aendring-timetal.docx", "docx", "decision", "change", "letter-new",
        {"title": "Ændring af din mentorstøtte – timetal", "blocks": [
            ("p", "Jobcenter Ulvborg\nTorvet 1, 7620 Ulvborg"), ("p", f"{g.person()}\nDato: 16. september 2024"),
            ("p", "Vi nedsætter din mentorstøtte fra 4 til 2 timer om ugen fra 1. oktober 2024 og resten af den bevilgede periode, som slutter 31. januar 2025."),
            ("h", "Begrundelse"), ("p", "Vi har lagt vægt på mentorens statusnotat af 2. september, hvor det fremgår, at du nu selv møder stabilt i praktikken. Afgørelsen er truffet efter LAB § 167."),
            ("h", "Klagevejledning"), ("p", APPEAL_FULL[1].format(org="Jobcenter Ulvborg", addr=ADDR))]},
        [], [], {"start": "2024-10-01", "end": "2025-01-31"}, None, ["change-of-grant", "year:2024"]))
    out.append(("2025/afgoerelser/afgoerelse-20-genvurdering-aendret.pdf", "pdf", "decision", "reconsideration-changed", "letter-new",
        {"title": "Genvurdering – vi ændrer vores afgørelse", "blocks": [
            ("p", "Jobcenter Ulvborg\nTorvet 1, 7620 Ulvborg"), ("p", f"{g.person()}\nDato: 4. juni 2025"),
            ("p", "Du har klaget over vores afslag på mentorstøtte af 12. maj 2025. Vi har genvurderet sagen og ændrer afgørelsen: "
                  "Du får bevilget mentorstøtte 3 timer om ugen fra 16. juni 2025 til 15. december 2025, jf. LAB § 167, stk. 1."),
            ("p", "Vi har lagt vægt på de nye oplysninger fra FGU Vestjylland om, at du er optaget på PGU fra august."),
            ("h", "Sådan klager du"), ("p", APPEAL_FULL[0].format(org="Jobcenter Ulvborg"))]},
        [], [], {"start": "2025-06-16", "end": "2025-12-15"}, None, ["year:2025"]))
    n3 = g.person(); f3 = n3.split()[0]
    out.append(("2025/aftaler/aftale-27-mail-fra-mentor.eml", "eml", "agreement", "agreement", "mail-body",
        {"title": f"Mentoraftale – {n3}", "blocks": [
            ("p", "Hej Anja"),
            ("p", f"Her er aftalen med {f3}, som vi lavede på mødet i dag. Den er skrevet ned til {f3} også."),
            ("kv", "Mål", f"{f3} starter på grundforløb 1 på EUC Vest i august 2025 og er mødt stabilt på skolen frem til efterårsferien."),
            ("kv", "Opgaver", "Vækning og følgeskab til bussen i de første to uger, hjælp med skoleskema og kontakt til kontaktlærer."),
            ("kv", "Periode", "11. august 2025 - 10. februar 2026"), ("kv", "Timer", "4 timer om ugen i august, derefter 2 timer om ugen"),
            ("p", "Vi ses på torsdag."),
            ("p", "Venlig hilsen\nSusanne Ravn\nMentor, Fremad Mentorservice\nTlf. 29 84 11 05 · susanne@fremad-mentor.dk")]},
        ["missing-appeal-guidance", "missing-follow-up"], [], {"start": "2025-08-11", "end": "2026-02-10"}, None,
        ["body", "mentor-signature", "year:2025"]))
    out.append(("arkiv-diverse/mail-statusmoede-tirsdag.eml", "eml", "unknown", "meeting-mail", "mail",
        {"title": "Ang. statusmøde tirsdag", "blocks": [
            ("p", "Hej Thomas"), ("p", "Kan vi flytte statusmødet med Rasmus fra tirsdag kl. 10 til onsdag kl. 13? Han har fået en vagt i Brugsen."),
            ("p", "Mvh Per Vinther, Mentorhuset Vest, 40 55 61 72")]},
        [], [], None, None, ["look-alike"]))
    return out


def write_eml(path: Path, subject: str, frm: str, to: str, body: str, date: dt.datetime,
              attach: tuple[str, bytes, str] | None = None, html_body: str | None = None):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    m["Date"] = format_datetime(date.replace(tzinfo=dt.timezone.utc))
    m.set_content(body)
    if html_body:
        m.add_alternative(html_body, subtype="html")
    if attach:
        maintype, subtype = attach[2].split("/")
        m.add_attachment(attach[1], maintype=maintype, subtype=subtype, filename=attach[0])
    path.write_bytes(bytes(m))


# --------------------------------------------------------------------------- plan

AGR_DEFECTS = [[], [], [], [], [], [], [], [], [],
               ["missing-hours"], ["missing-follow-up"], ["missing-appeal-guidance"], ["unclear-goal"],
               ["duration-over-6-months"], ["missing-mentor"], ["missing-tasks"], ["missing-goal"],
               ["missing-duration"], ["missing-appeal-guidance", "missing-follow-up"],
               ["missing-hours", "unclear-goal"], ["missing-appeal-guidance"], ["duration-over-6-months", "missing-hours"],
               ["missing-mentor", "missing-appeal-guidance"], ["appeal-wrong-route"]]
DEC_PLAN = [("grant", []), ("grant", []), ("grant", []), ("grant", ["duration-over-6-months"]),
            ("grant", ["missing-appeal-guidance"]), ("grant", ["appeal-wrong-route"]),
            ("partial", []), ("partial", ["missing-reasons"]), ("partial", ["missing-appeal-guidance"]),
            ("refusal", []), ("refusal", ["missing-appeal-guidance"]), ("refusal", ["missing-reasons"]),
            ("extension", []), ("extension", ["duration-over-6-months"]), ("extension", []),
            ("end", []), ("end", ["missing-appeal-guidance"]), ("udskrivning", [])]
MP_DEFECTS = [[], [], [], [], [], [], ["missing-mentor"], ["missing-hours"], ["unclear-goal"],
              ["duration-over-6-months"], ["missing-tasks"], ["missing-duration"], ["missing-goal"],
              ["unclear-goal", "missing-hours"]]
NINE = {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
        "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/if")
    ap.add_argument("--seed", type=int, default=1925)
    a = ap.parse_args(argv)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    g = Gen(a.seed)
    tmp = Path(tempfile.mkdtemp(prefix="if_"))
    entries = []
    years = [2020, 2021, 2022, 2023, 2024, 2025, 2026]

    def emit(rel, fmt, kind, sub, layout, doc, labels, extras, per, cpr, traits, when):
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            render_docx(doc, p)
        elif fmt == "pdf":
            if "scan" in traits:
                render_scan(doc, p, tmp)
            else:
                render_pdf(doc, p)
        elif fmt == "txt":
            p.write_text(render_txt(doc), encoding="cp1252" if "cp1252" in traits else "utf-8", errors="replace")
        elif fmt == "html":
            p.write_text(render_html(doc, css_export="export" in traits), encoding="utf-8")
        elif fmt == "odt":
            render_odt(doc, p)
        elif fmt == "rtf":
            p.write_text(render_rtf(doc), encoding="ascii")
        elif fmt == "eml":
            frm = "sagsbehandler@ulvborg.dk" if kind == "decision" else "mentor@" + PROVIDERS[len(rel) % 3]["dom"]
            if "attached" in traits:
                adoc = tmp / "att.docx"
                render_docx(doc, adoc)
                write_eml(p, "Mentoraftale til underskrift", frm, "jobcenter@ulvborg.dk",
                          "Hej\n\nHermed den underskrevne mentoraftale som aftalt.\n\nVenlig hilsen\nMentorteamet\n",
                          dt.datetime(when.year, when.month, when.day, 9, 14),
                          attach=("mentoraftale.docx", adoc.read_bytes(),
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
            else:
                write_eml(p, doc["title"], frm, "borger@example.dk", render_txt(doc),
                          dt.datetime(when.year, when.month, when.day, 10, 2), html_body=render_html(doc))
        must = [cpr, cpr.replace("-", "")] if cpr else []
        entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": sub, "layout": layout,
                        "rules": sorted(set(labels) & NINE), "extras": sorted(extras), "error": None,
                        "accept_errors": [], "must_not_contain": must,
                        "traits": sorted(set(traits + (["cpr"] if cpr else []))), "period": per})

    # agreements
    agr_fmts = ["docx", "docx", "pdf", "odt", "rtf", "eml", "txt", "pdf", "docx", "html"]
    for i, defects in enumerate(AGR_DEFECTS):
        year = years[i % 7]
        if year <= 2022:
            layout = g.r.choice(["old-table", "provider-kv", "numbered"])
        else:
            layout = g.r.choice(["new-headings", "provider-kv", "prose-letter", "numbered"])
        fmt = agr_fmts[i % len(agr_fmts)]
        traits = [f"year:{year}", "template:" + ("old" if year <= 2022 else "new")]
        if fmt == "pdf" and layout in ("old-table", "provider-kv") and i % 3 != 2:
            traits.append("scan")
        if fmt == "eml":
            traits.append("attached" if i % 2 else "body")
        doc, per, cpr, extras = build_agreement(g, i, year, defects, layout)
        traits += [f"defect:{d}" for d in defects]
        sub = "agreement"
        rel = f"{year}/aftaler/aftale-{i+1:02d}-{layout}.{fmt}"
        emit(rel, fmt, "agreement", sub, layout, doc, defects, extras, per, cpr, traits,
             dt.date(year, 3, 1 + i % 20))

    dec_fmts = ["pdf", "docx", "eml", "pdf", "html", "odt", "docx", "txt", "rtf"]
    for i, (sub, defects) in enumerate(DEC_PLAN):
        year = years[(i * 3) % 7]
        layout = "new" if year >= 2023 else "old"
        fmt = dec_fmts[i % len(dec_fmts)]
        traits = [f"year:{year}", f"template:{layout}"] + [f"defect:{d}" for d in defects]
        if fmt == "pdf" and year <= 2022:
            traits.append("scan")
        if sub == "udskrivning":
            traits.append("legit-long:psychiatric-discharge")
        doc, per, cpr, extras = build_decision(g, year, sub, defects, layout)
        rel = f"{year}/afgoerelser/afgoerelse-{i+1:02d}-{sub}.{fmt}"
        emit(rel, fmt, "decision", sub, "letter-" + layout, doc, defects, extras, per, cpr, traits,
             dt.date(year, 5, 1 + i))

    mp_fmts = ["html", "html", "pdf", "txt", "html", "docx", "pdf"]
    for i, defects in enumerate(MP_DEFECTS):
        year = years[(i * 2 + 1) % 7]
        fmt = mp_fmts[i % len(mp_fmts)]
        layout = "export-table" if fmt in ("html", "pdf") else "plan-headings"
        traits = [f"year:{year}", "case-system-export"] + [f"defect:{d}" for d in defects]
        if fmt == "html":
            traits.append("export")
        if fmt == "txt" and i % 2:
            traits.append("cp1252")
        doc, per, cpr, extras = build_minplan(g, year, defects, layout)
        rel = f"{year}/minplan/minplan-{i+1:02d}.{fmt}"
        emit(rel, fmt, "minplan", "minplan", layout, doc, defects, extras, per, cpr, traits,
             dt.date(year, 6, 1 + i))

    un_fmts = ["pdf", "docx", "docx", "html", "pdf", "eml", "docx", "eml", "pdf", "docx", "txt", "odt"]
    for i, (slug, sub, layout, doc, cpr) in enumerate(unknown_docs(g)):
        fmt = un_fmts[i % len(un_fmts)]
        traits = ["look-alike"]
        if fmt == "pdf" and i == 4:
            traits.append("scan")
        rel = f"arkiv-diverse/{slug}.{fmt}"
        emit(rel, fmt, "unknown", sub, layout, doc, [], [], None, cpr, traits, dt.date(2024, 2, 1 + i))

    for rel, fmt, kind, sub, layout, doc, rules, extras, per, cpr, traits in extra_docs(g):
        when = dt.date(int(rel[:4]), 6, 10) if rel[:4].isdigit() else dt.date(2024, 3, 5)
        if fmt == "eml":
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            frm = "susanne@fremad-mentor.dk" if kind == "agreement" else "per@mentorhusetvest.dk"
            write_eml(p, doc["title"], frm, "beskaeftigelse@ulvborg.dk", render_txt({"title": "", "blocks": doc["blocks"]}).strip() + "\n",
                      dt.datetime(when.year, when.month, when.day, 15, 40))
            must = [cpr, cpr.replace("-", "")] if cpr else []
            entries.append({"path": rel, "format": fmt, "kind": kind, "subtype": sub, "layout": layout,
                            "rules": sorted(rules), "extras": extras, "error": None, "accept_errors": [],
                            "must_not_contain": must, "traits": sorted(set(traits + (["cpr"] if cpr else []))),
                            "period": per})
        else:
            emit(rel, fmt, kind, sub, layout, doc, rules, extras, per, cpr, traits, when)

    sys.path.insert(0, "/work/main/tools/corpusgen/src")
    try:
        from corpusgen.corpus.manifest import write_manifest
        write_manifest(out, entries)
    except Exception:  # same shape, written by hand
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
        (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(entries)} documents written to {out}")


if __name__ == "__main__":
    main()
