#!/usr/bin/env python3
"""Corpus IJ: mentor support periods and hours shown as schedules and grids.

Weekly timetables (days across, times down), monthly calendars with booked sessions, grant
overviews with one column per period, hour ledgers (granted / used / remaining), Gantt-like month
lines, and periods given as week numbers or as a start plus a number of weeks.

Deterministic: python make_corpus_ij.py --out /work/corpora/ij [--seed 19]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

# ----------------------------------------------------------------------------------------------
# document model: a list of blocks
#   ("title", text) ("h", text) ("p", text) ("table", rows, header:bool) ("bars", lines) ("meta", lines)
# ----------------------------------------------------------------------------------------------

FIRST = ["Anna", "Mads", "Sara", "Ahmed", "Jonas", "Fatima", "Emil", "Louise", "Kasper", "Nadia",
         "Oliver", "Camilla", "Yusuf", "Ida", "Rasmus", "Maja", "Tobias", "Leila", "Frederik", "Sofie"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Larsen", "Sørensen", "Rasmussen",
        "Kristensen", "Møller", "Holm", "Dahl", "Kjær", "Bach", "Lund", "Østergaard", "Ali", "Yilmaz"]
MENTORS = [("Lars Østergaard", "Jobhuset ApS", "23 45 67 89", "lo@jobhuset.dk"),
           ("Birgitte Aagaard", "Broen Mentorservice", "43 13 61 67", "ba@broen-mentor.dk"),
           ("Henrik Vestergaard", "Mentorhuset", "28 71 90 12", "hv@mentorhuset.dk"),
           ("Pernille Aagesen", "Vækstværket", "61 22 48 30", "pernille@vaekstvaerket.dk"),
           ("Thomas Kirk", "Kirk & Co. Mentorforløb", "40 55 12 87", "tk@kirkmentor.dk"),
           ("Mette Brix", "Jobværkstedet", "20 93 14 55", "mb@jobvaerkstedet.dk"),
           ("Kim Lykke", "Trin for Trin ApS", "31 17 80 04", "kim@trinfortrin.dk"),
           ("Dorthe Skov", "Mentorkompagniet", "22 64 39 71", "ds@mentorkompagniet.dk")]
KOMMUNER = ["Viborg Kommune", "Holbæk Kommune", "Faxe Kommune", "Herning Kommune", "Assens Kommune",
            "Tønder Kommune", "Roskilde Kommune", "Rudersdal Kommune", "Gribskov Kommune",
            "Albertslund Kommune"]
CASEWORKERS = ["Helle Brandt", "Jesper Kjær", "Susanne Vinther", "Michael Friis", "Rikke Thomsen"]

GOOD_GOALS = [
    "{n} er i virksomhedspraktik på lageret hos Bilka 20 timer om ugen senest 1. {m}, med henblik på løntilskud.",
    "{n} starter på SOSU-hjælperuddannelsen og møder mindst fire dage om ugen i de første otte uger.",
    "{n} har fået et fleksjob som pedelmedhjælper på Lindeskolen med 12 timer om ugen ved periodens udgang.",
    "{n} gennemfører FVU-matematik trin 2 på VUC og møder til 90 % af undervisningen.",
    "{n} er i ordinær deltidsbeskæftigelse i Netto, 15 timer om ugen, når perioden slutter.",
    "{n} møder stabilt i praktikken hos Dansk Genbrug tre dage om ugen og er klar til løntilskud.",
    "{n} er optaget på grundforløb 1 på Tradium og har under 10 % fravær.",
]
UNCLEAR_GOALS = [
    "Støtte til at komme videre og øget trivsel.",
    "Sikre at {n} får mere struktur på hverdagen.",
    "Øget selvværd og bedre trivsel.",
    "Hjælp til at komme tættere på arbejdsmarkedet.",
    "Motivere {n} til at komme videre i livet.",
]
TASKS = [
    ["Følge {n} til praktikstedet de første to uger", "Ugentlig samtale om fremmøde og transport",
     "Hjælpe med kontakt til kontaktperson på arbejdspladsen"],
    ["Hjælpe med at planlægge ugen og huske aftaler", "Tage med til første møde på uddannelsesstedet",
     "Træne busruten til skolen"],
    ["Støtte ved samtaler med arbejdsgiver", "Hjælpe med at melde fravær korrekt",
     "Gennemgå vagtplanen for ugen sammen med {n}"],
]
APPEAL_GOOD = [
    "Hvis du ikke er enig i afgørelsen, skal du klage til {k} inden fire uger, efter du har modtaget "
    "den. Kommunen genvurderer afgørelsen inden fire uger. Fastholder kommunen afgørelsen, sendes "
    "klagen videre til Ankestyrelsen, jf. LAB § 204 og retssikkerhedslovens kapitel 10.",
    "Du kan klage mundtligt eller skriftligt til {k}, Jobcenteret, inden 4 uger fra du har fået "
    "brevet. Vi vurderer sagen igen. Hvis vi fastholder afgørelsen, sender vi din klage og sagens "
    "papirer til Ankestyrelsen, Beskæftigelsesudvalget.",
    "Klagefristen er 4 uger fra modtagelsen. Klagen sendes til {k}, som genvurderer afgørelsen. "
    "Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen.",
]
APPEAL_BAD = ["Du kan klage over afgørelsen.",
              "Hvis du er utilfreds, kan du kontakte din sagsbehandler.",
              "Klage over afgørelse om befordringsgodtgørelse: klag til {k} inden 4 uger."]
FOLLOW_GOOD = ["Statusmøde med mentor og sagsbehandler hver 4. uge. Evaluering 14 dage før "
               "støtteperioden ophører; delmål: fremmøde fire dage om ugen fra {m}.",
               "Opfølgning hver måned på jobcentret. Progression måles på fremmødeprocent og "
               "antal timer i praktik. Slutevaluering fire uger før bevillingsudløb.",
               "Midtvejsevaluering efter 3 måneder og statusmøde hver anden uge med mentor."]
FOLLOW_VAGUE = ["Der følges op efter behov.", "Opfølgning sker løbende."]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
MON3 = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def dk(d):
    y, m, dd = d
    return f"{dd}. {MONTHS[m-1]} {y}"


def num(d, style=0):
    y, m, dd = d
    return [f"{dd:02d}.{m:02d}.{y}", f"{dd}/{m}-{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd}.{m}.{y}"][style]


def add_months(d, k):
    import calendar
    y, m, dd = d
    m0 = m - 1 + k
    y, m = y + m0 // 12, m0 % 12 + 1
    return (y, m, min(dd, calendar.monthrange(y, m)[1]))


def minus_day(d):
    import datetime as dt
    x = dt.date(*d) - dt.timedelta(days=1)
    return (x.year, x.month, x.day)


def letter_date(r, ps):
    """A date a few weeks before the support starts (or a random one)."""
    if ps is None:
        return f"{r.randint(2, 27)}. {MONTHS[r.randint(5, 10)]} 2026"
    y, m, _ = add_months(ps, -1)
    return f"{r.randint(5, 26)}. {MONTHS[m-1]} {y}"


def iso(d):
    return f"{d[0]}-{d[1]:02d}-{d[2]:02d}"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.entries = []
        self.docs = []

    def person(self):
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def cpr(self):
        r = self.r
        return f"{r.randint(1,28):02d}{r.randint(1,12):02d}{r.randint(60,99):02d}-{r.randint(1000,9999)}"

    def sagsnr(self):
        r = self.r
        return f"15.20.00-G01-{r.randint(100,9999)}-{r.choice(['25','26'])}"


# ----------------------------------------------------------------------------------------------
# periods: (text, start, end, over) with several representations
# ----------------------------------------------------------------------------------------------
PERIODS = {
    "exact-six": ("1. marts 2026 – 31. august 2026", (2026, 3, 1), (2026, 8, 31), False),
    "exact-six-num": ("01.09.2026 - 28.02.2027", (2026, 9, 1), (2027, 2, 28), False),
    "eom-six": ("31. august 2026 – 28. februar 2027", (2026, 8, 31), (2027, 2, 28), False),
    "one-day-over": ("1. marts 2026 – 1. september 2026", (2026, 3, 1), (2026, 9, 1), True),
    "one-day-over-num": ("01.10.2026-01.04.2027", (2026, 10, 1), (2027, 4, 1), True),
    "short": ("1/9-2026 til 30/11-2026", (2026, 9, 1), (2026, 11, 30), False),
    "seven": ("1. september 2026 – 31. marts 2027", (2026, 9, 1), (2027, 3, 31), True),
    "nine": ("1. august 2026 – 30. april 2027", (2026, 8, 1), (2027, 4, 30), True),
    "weeks-ok": ("uge 10-35 2026", (2026, 3, 2), (2026, 8, 30), False),
    "weeks-over": ("uge 14-40 2026", (2026, 3, 30), (2026, 10, 4), True),
    "start-26w": ("fra 7. september 2026 i 26 uger", (2026, 9, 7), (2027, 3, 6), False),
    "start-28w": ("fra 7. september 2026 i 28 uger", (2026, 9, 7), (2027, 3, 20), True),
    "start-6m": ("pr. 1. oktober 2026 og 6 måneder frem", (2026, 10, 1), (2027, 3, 31), False),
    "start-8m": ("pr. 1. oktober 2026 og 8 måneder frem", (2026, 10, 1), (2027, 5, 31), True),
    "open": ("1. marts 2026 – åben", (2026, 3, 1), None, False),
}


class Doc:
    def __init__(self, path, kind, subtype, layout, blocks, rules, traits, period=None,
                 cpr=None, fmt=None, extras=()):
        self.path, self.kind, self.subtype, self.layout = path, kind, subtype, layout
        self.blocks, self.rules, self.traits, self.period = blocks, sorted(set(rules)), traits, period
        self.cpr = cpr or []
        self.fmt = fmt
        self.extras = sorted(extras)


# ----------------------------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------------------------

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(blocks, path):
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">']
    title = next((b[1] for b in blocks if b[0] == "title"), "Dokument")
    out.append(f"<title>{esc(title)}</title>")
    out.append("<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}"
               ".on{background:#2a6}</style></head><body>")
    for b in blocks:
        if b[0] == "title":
            out.append(f"<h1>{esc(b[1])}</h1>")
        elif b[0] == "h":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "meta":
            out.append("<p>" + "<br>".join(esc(x) for x in b[1]) + "</p>")
        elif b[0] == "list":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] in ("table", "bars"):
            rows = b[1] if b[0] == "table" else b[2]
            header = b[2] if b[0] == "table" else True
            out.append("<table>")
            for i, row in enumerate(rows):
                tag = "th" if (header and i == 0) else "td"
                cells = []
                for c in row:
                    if b[0] == "bars" and c == "█":
                        cells.append('<td class="on">X</td>')
                    else:
                        cells.append(f"<{tag}>{esc(c)}</{tag}>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def txt_table(rows, style):
    widths = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(max(len(r) for r in rows))]
    lines = []
    for i, r in enumerate(rows):
        r = list(r) + [""] * (len(widths) - len(r))
        if style == "pipe":
            lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
            if i == 0:
                lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        else:
            lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(lines)


def render_txt(blocks, path, style="cols"):
    out = []
    for b in blocks:
        if b[0] == "title":
            out += [b[1].upper() if style == "cols" else b[1], "=" * len(b[1]), ""]
        elif b[0] == "h":
            out += [b[1], "-" * len(b[1])]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "meta":
            out += list(b[1]) + [""]
        elif b[0] == "list":
            out += [f"- {x}" for x in b[1]] + [""]
        elif b[0] == "table":
            out += [txt_table(b[1], style), ""]
        elif b[0] == "bars":
            rows = b[2]
            lab = max(len(r[0]) for r in rows)
            for i, r in enumerate(rows):
                if i == 0:
                    out.append(" " * lab + "  " + " ".join(c[:3].ljust(3) for c in r[1:]))
                else:
                    out.append(r[0].ljust(lab) + "  " + " ".join(("███" if c == "█" else (c or " . ").ljust(3)) for c in r[1:]))
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_docx(blocks, path):
    import docx
    d = docx.Document()
    for b in blocks:
        if b[0] == "title":
            d.add_heading(b[1], level=1)
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "meta":
            d.add_paragraph("\n".join(b[1]))
        elif b[0] == "list":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] in ("table", "bars"):
            rows = b[1] if b[0] == "table" else b[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = "X" if c == "█" else c
            d.add_paragraph("")
    d.save(str(path))


def render_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="Fed", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(bold)
    for b in blocks:
        if b[0] == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif b[0] == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif b[0] == "p":
            doc.text.addElement(P(text=b[1]))
        elif b[0] == "meta":
            for x in b[1]:
                doc.text.addElement(P(text=x))
        elif b[0] == "list":
            lst = List()
            for x in b[1]:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif b[0] in ("table", "bars"):
            rows = b[1] if b[0] == "table" else b[2]
            ncol = max(len(r) for r in rows)
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for j in range(ncol):
                    c = r[j] if j < len(r) else ""
                    tc = TableCell()
                    tc.addElement(P(text="X" if c == "█" else c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(text=""))
    doc.save(str(path))


def render_reportlab(blocks, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    ss = getSampleStyleSheet()
    small = ss["BodyText"].clone("small", fontSize=8, leading=10)
    wide = any(b[0] == "bars" for b in blocks) or any(
        b[0] == "table" and max(len(r) for r in b[1]) > 5 for b in blocks)
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4) if wide else A4,
                            title=next((b[1] for b in blocks if b[0] == "title"), ""), lang="da")
    story = []
    for b in blocks:
        if b[0] == "title":
            story.append(Paragraph(esc(b[1]), ss["Title"]))
        elif b[0] == "h":
            story.append(Paragraph(esc(b[1]), ss["Heading2"]))
        elif b[0] == "p":
            story.append(Paragraph(esc(b[1]), ss["BodyText"]))
        elif b[0] == "meta":
            story.append(Paragraph("<br/>".join(esc(x) for x in b[1]), ss["BodyText"]))
        elif b[0] == "list":
            for x in b[1]:
                story.append(Paragraph("• " + esc(x), ss["BodyText"]))
        elif b[0] in ("table", "bars"):
            rows = b[1] if b[0] == "table" else b[2]
            ncol = max(len(r) for r in rows)
            data, shade = [], []
            for i, r in enumerate(rows):
                row = []
                for j in range(ncol):
                    c = r[j] if j < len(r) else ""
                    if c == "█":
                        shade.append((j, i))
                        c = ""
                    row.append(Paragraph(esc(c), small))
                data.append(row)
            t = Table(data, repeatRows=1)
            st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if b[0] == "bars" or (b[0] == "table" and b[2]):
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey))
            for (j, i) in shade:
                st.append(("BACKGROUND", (j, i), (j, i), colors.HexColor("#2a8a5a")))
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 8))
    doc.build(story)


# ----------------------------------------------------------------------------------------------
# building blocks for the families
# ----------------------------------------------------------------------------------------------

DAYS = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"]


def weekly_timetable(r, n, tasks, variant):
    """Days across, times down; the mentor's sessions in cells. Returns (rows, hours per week)."""
    times = ["08.00-09.00", "09.00-10.00", "10.00-11.00", "11.00-12.00", "12.00-13.00", "13.00-14.00"]
    if variant == 1:
        times = ["kl. 8-9", "kl. 9-10", "kl. 10-11", "kl. 11-12", "kl. 12-13", "kl. 13-14"]
    grid = [[""] * 5 for _ in times]
    slots = r.sample([(ti, di) for ti in range(len(times)) for di in range(5)], 3)
    hours = 0
    for k, (ti, di) in enumerate(slots):
        grid[ti][di] = "Mentor: " + tasks[k % len(tasks)].format(n=n.split()[0])
        hours += 1
    other = r.sample([(ti, di) for ti in range(len(times)) for di in range(5) if not grid[ti][di]], 3)
    labels = ["Praktik (egen tid)", "Sprogskole", "Træning"]
    for k, (ti, di) in enumerate(other):
        grid[ti][di] = labels[k]
    head = ["Tid"] + DAYS
    rows = [head] + [[t] + g for t, g in zip(times, grid)]
    return rows, hours


def month_grid(r, year, month, sessions_text):
    import calendar
    first_wd, ndays = calendar.monthrange(year, month)
    head = ["Uge", "Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn"]
    rows = [head]
    import datetime as dt
    day = 1
    wk = dt.date(year, month, 1).isocalendar()[1]
    cells = [""] * first_wd
    booked = set(r.sample(range(1, ndays + 1), 6))
    booked = {d for d in booked if dt.date(year, month, d).weekday() < 5}
    while day <= ndays:
        cells.append(f"{day}" + (f" {sessions_text}" if day in booked else ""))
        day += 1
    while len(cells) % 7:
        cells.append("")
    for i in range(0, len(cells), 7):
        rows.append([str(wk + i // 7)] + cells[i:i + 7])
    return rows, len(booked)


def gantt(year_months, marked, label):
    head = [""] + [f"{MON3[m-1]}" for (_, m) in year_months]
    row = [label] + ["█" if ym in marked else "" for ym in year_months]
    return head, row


# ----------------------------------------------------------------------------------------------
# the corpus
# ----------------------------------------------------------------------------------------------

def build(g: Gen):
    r = g.r
    docs = []

    def mentor_pick():
        return r.choice(MENTORS)

    def agreement(idx, fmt, layout, period_key, goal="good", mentor="full", tasks="table",
                  hours="stated", follow="good", appeal="good", cpr=False, title=None,
                  folder="aftaler", extra_traits=(), note=None):
        n = g.person()
        first = n.split()[0]
        k = r.choice(KOMMUNER)
        me = mentor_pick()
        tl = TASKS[idx % len(TASKS)]
        ptxt, ps, pe, over = PERIODS[period_key] if period_key else (None, None, None, False)
        rules = []
        traits = [f"period:{period_key}" if period_key else "period:none", f"layout:{layout}"] + list(extra_traits)
        blocks = [("meta", [k, "Jobcenter – Mentorteamet", f"Sagsnr. {g.sagsnr()}", f"Dato: {letter_date(r, ps)}"])]
        blocks.append(("title", title or r.choice(["Aftale om mentorstøtte", "Mentoraftale (LAB § 167)",
                                                    "Skriftlig aftale om mentorforløb"])))
        cprs = []
        pl = [f"Borger: {n}"]
        if cpr:
            c = g.cpr(); cprs.append(c); pl.append(f"CPR-nr.: {c}")
            traits.append("cpr")
        pl.append(f"Mentor: {me[0]}, {me[1]}" + (f", tlf. {me[2]}, {me[3]}" if mentor == "full" else ""))
        if mentor == "none":
            pl.pop()
        blocks.append(("meta", pl))
        if note:
            blocks.append(("p", note.format(n=first)))
        if mentor == "name-only":
            rules.append("missing-mentor"); traits.append("mentor:no-contact")
        elif mentor == "none":
            rules.append("missing-mentor"); traits.append("mentor:none")
        # goal
        blocks.append(("h", r.choice(["Målet med mentorstøtten", "Mål", "Formål og mål"])))
        if goal == "good":
            blocks.append(("p", r.choice(GOOD_GOALS).format(n=first, m=r.choice(["juni 2026", "december 2026", "marts 2027"]))))
        elif goal == "unclear":
            blocks.append(("p", r.choice(UNCLEAR_GOALS).format(n=first))); rules.append("unclear-goal")
            traits.append("goal:unclear")
        elif goal == "placeholder":
            blocks.append(("p", "Udfyldes senere")); rules.append("missing-goal"); traits.append("goal:placeholder")
        # period
        if layout == "grant-grid":
            blocks.append(("h", "Bevillingsoversigt"))
            cols = [["", "Periode 1", "Periode 2"]]
            prev = (dk(add_months(ps, -6)), dk(minus_day(ps)), "2", "Afsluttet")
            cur_s = dk(ps); cur_e = dk(pe) if pe else "åben"
            hrs = "3" if hours == "stated" else ""
            rows = [cols[0], ["Start", prev[0], cur_s], ["Slut", prev[1], cur_e],
                    ["Timer pr. uge", prev[2], hrs], ["Status", prev[3], "Bevilget"]]
            blocks.append(("table", rows, True))
            traits.append("grid:periods-as-columns")
        elif layout == "gantt":
            blocks.append(("h", "Periode"))
            yms = [(2026, m) for m in range(1, 13)] if ps[0] == 2026 and (pe is None or pe[0] == 2026) else \
                [(2026, m) for m in range(7, 13)] + [(2027, m) for m in range(1, 7)]
            marked = set()
            if pe:
                y, m = ps[0], ps[1]
                while (y, m) <= (pe[0], pe[1]):
                    marked.add((y, m)); m += 1
                    if m == 13:
                        y, m = y + 1, 1
            head, row = gantt(yms, marked, "Mentorstøtte")
            yr = "2026" if yms[0][0] == 2026 and yms[-1][0] == 2026 else "2026/27"
            head[0] = yr
            blocks.append(("bars", "gantt", [head, row]))
            if ptxt:
                blocks.append(("p", f"Bevilget periode: {ptxt}."))
            traits.append("gantt")
        else:
            if period_key:
                blocks.append(("p", f"{r.choice(['Periode', 'Varighed', 'Bevilget periode'])}: {ptxt}"))
        if period_key == "open":
            rules.append("missing-duration")
        elif period_key is None:
            rules.append("missing-duration")
        if over and "udskrivningskoordinator" not in extra_traits:
            rules.append("duration-over-6-months")
        # tasks and hours
        if layout == "timetable":
            rows, h = weekly_timetable(r, n, tl, idx % 2)
            blocks.append(("h", "Ugeskema – mentorens opgaver"))
            blocks.append(("table", rows, True))
            traits.append("timetable:days-across")
            if hours == "stated":
                blocks.append(("p", f"Timetal: {h} timer pr. uge."))
        else:
            if tasks == "table":
                blocks.append(("h", "Mentorens opgaver"))
                blocks.append(("list", [t.format(n=first) for t in tl]))
            elif tasks == "none":
                rules.append("missing-tasks"); traits.append("tasks:none")
            if hours == "stated" and layout != "grant-grid":
                blocks.append(("p", f"Timetal: {r.choice(['2', '3', '4', '1½'])} timer pr. uge"))
            elif hours == "ledger":
                blocks.append(("h", "Timeregnskab (mentor udfylder løbende)"))
                lrows = [["Måned", "Bevilget", "Brugt", "Rest"]]
                x = ps
                for _ in range(3):
                    lrows.append([f"{MONTHS[x[1]-1]} {x[0]}", "12", "", ""])
                    x = add_months(x, 1)
                blocks.append(("table", lrows, True))
                blocks.append(("p", "Der er bevilget 12 timer pr. måned."))
            elif hours == "vague":
                blocks.append(("p", "Timetal: efter behov")); rules.append("missing-hours"); traits.append("hours:vague")
            elif hours == "none" and layout != "grant-grid":
                rules.append("missing-hours"); traits.append("hours:none")
            if hours == "none" and layout == "grant-grid":
                rules.append("missing-hours"); traits.append("hours:empty-cell")
        # follow-up
        blocks.append(("h", "Opfølgning"))
        if follow == "good":
            blocks.append(("p", r.choice(FOLLOW_GOOD).format(m=r.choice(["maj", "oktober", "januar"]))))
        elif follow == "vague":
            blocks.append(("p", r.choice(FOLLOW_VAGUE))); rules.append("missing-follow-up"); traits.append("follow:vague")
        else:
            blocks.pop(); rules.append("missing-follow-up"); traits.append("follow:none")
        # appeal
        if appeal == "good":
            blocks.append(("h", "Klagevejledning"))
            blocks.append(("p", r.choice(APPEAL_GOOD).format(k=k)))
        elif appeal == "bad":
            blocks.append(("h", "Klagevejledning"))
            blocks.append(("p", r.choice(APPEAL_BAD[:2]).format(k=k)))
            rules.append("missing-appeal-guidance"); traits.append("appeal:incomplete")
        else:
            rules.append("missing-appeal-guidance"); traits.append("appeal:none")
        blocks.append(("meta", ["Underskrifter:", f"Borger: ____________   Mentor: ____________   Sagsbehandler: {r.choice(CASEWORKERS)}"]))
        name = f"{folder}/{idx:02d}-aftale-{layout}-{first.lower()}.{fmt_ext(fmt)}"
        period = {"start": iso(ps), "end": iso(pe) if pe else None} if ps else None
        return Doc(name, "agreement", "agreement", layout, blocks, rules, traits, period, cprs, fmt)

    def minplan(idx, fmt, layout, period_key, goal="good", mentor="full", tasks=True, hours="stated",
                cpr=False):
        n = g.person(); first = n.split()[0]
        me = mentor_pick()
        tl = TASKS[idx % len(TASKS)]
        ptxt, ps, pe, over = PERIODS[period_key] if period_key else (None, None, None, False)
        rules, traits = [], [f"period:{period_key}", f"layout:{layout}"]
        cprs = []
        blocks = [("meta", ["Min Plan – udskrift", "Forside · Min Plan · Dokumenter"])]
        blocks.append(("title", "Min Plan – Mentorstøtte (LAB § 167)"))
        meta = [f"Navn: {n}"]
        if cpr:
            c = g.cpr(); cprs.append(c); meta.append(f"CPR: {c}"); traits.append("cpr")
        blocks.append(("meta", meta))
        rows = [["Felt", "Indhold"]]
        if goal == "good":
            rows.append(["Målet med mentorstøtten", r.choice(GOOD_GOALS).format(n=first, m="december 2026")])
        elif goal == "unclear":
            rows.append(["Målet med mentorstøtten", r.choice(UNCLEAR_GOALS).format(n=first)])
            rules.append("unclear-goal"); traits.append("goal:unclear")
        else:
            rows.append(["Målet med mentorstøtten", "-"]); rules.append("missing-goal"); traits.append("goal:empty")
        if mentor == "full":
            rows.append(["Mentor", f"{me[0]}, {me[1]}, tlf. {me[2]}"])
        elif mentor == "name-only":
            rows.append(["Mentor", f"{me[0]}, {me[1]}"]); rules.append("missing-mentor"); traits.append("mentor:no-contact")
        if tasks:
            rows.append(["Mentorens opgaver", "; ".join(t.format(n=first) for t in tl)])
        else:
            rows.append(["Mentorens opgaver", ""]); rules.append("missing-tasks"); traits.append("tasks:empty")
        if layout == "weeks" or layout == "plan-table":
            rows.append(["Varighed", ptxt])
        if hours == "stated":
            rows.append(["Timetal", f"{r.choice(['2', '3', '5'])} timer pr. uge"])
        elif hours == "none":
            rows.append(["Timetal", ""]); rules.append("missing-hours"); traits.append("hours:empty")
        blocks.append(("table", rows, True))
        if layout == "calendar":
            blocks.append(("h", f"Varighed: {ptxt}"))
            cy, cm, _ = add_months(ps, 1)
            blocks.append(("h", f"Kalender – bookede mentormøder, {MONTHS[cm-1]} {cy}"))
            cal, nb = month_grid(r, cy, cm, "kl. 10-12 Mentor")
            blocks.append(("table", cal, True))
            traits.append("calendar:month")
        if layout == "gantt":
            blocks.append(("h", "Tidslinje"))
            yms = [(2026, m) for m in range(7, 13)] + [(2027, m) for m in range(1, 7)]
            marked = set()
            y, m = ps[0], ps[1]
            while (y, m) <= (pe[0], pe[1]):
                marked.add((y, m)); m += 1
                if m == 13:
                    y, m = y + 1, 1
            head, row = gantt(yms, marked, "Mentorstøtte")
            head[0] = "2026/27"
            blocks.append(("bars", "gantt", [head, row]))
            blocks.append(("p", f"Periode: {ptxt}"))
            traits.append("gantt")
        if period_key == "open":
            rules.append("missing-duration")
        if over:
            rules.append("duration-over-6-months")
        name = f"minplan/{idx:02d}-minplan-{layout}-{first.lower()}.{fmt_ext(fmt)}"
        period = {"start": iso(ps), "end": iso(pe) if pe else None} if ps else None
        return Doc(name, "minplan", "minplan", layout, blocks, rules, traits, period, cprs, fmt)

    def decision(idx, fmt, layout, period_key, sub="grant", appeal="good", cpr=False):
        n = g.person(); first = n.split()[0]
        k = r.choice(KOMMUNER); me = mentor_pick()
        ptxt, ps, pe, over = PERIODS[period_key] if period_key else (None, None, None, False)
        rules, traits, extras = [], [f"period:{period_key}", f"layout:{layout}", f"sub:{sub}"], []
        cprs = []
        blocks = [("meta", [k, "Jobcenter", "Sagsbehandler: " + r.choice(CASEWORKERS) + ", tlf. 72 10 40 00",
                            f"Sagsnr. {g.sagsnr()}", letter_date(r, ps)])]
        to = [f"Til: {n}"]
        if cpr:
            c = g.cpr(); cprs.append(c); to.append(f"CPR-nr. {c}"); traits.append("cpr")
        blocks.append(("meta", to))
        titles = {"grant": "Afgørelse: Du får mentorstøtte", "partial": "Afgørelse om mentorstøtte – delvis bevilling",
                  "extension": "Afgørelse om forlængelse af mentorstøtte", "end": "Afgørelse om ophør af mentorstøtte",
                  "refusal": "Afgørelse: Afslag på mentorstøtte"}
        blocks.append(("title", titles[sub]))
        if sub == "grant":
            blocks.append(("p", f"Du har søgt om mentorstøtte. Vi har bevilget mentorstøtte efter LAB § 167 i perioden {ptxt}. "
                                f"Din mentor er {me[0]}, {me[1]}."))
        elif sub == "partial":
            blocks.append(("p", f"Du søgte om mentorstøtte i 6 timer om ugen. Vi bevilger 3 timer om ugen i perioden {ptxt}."))
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", "Vi har lagt vægt på, at du allerede har støtte fra din kontaktperson på praktikstedet, "
                                "og at 3 timer pr. uge efter vores vurdering dækker dit behov, jf. LAB § 167, stk. 1."))
        elif sub == "extension":
            blocks.append(("p", f"Din mentorstøtte forlænges i en ny periode: {ptxt}. "
                                "Vi har foretaget en konkret vurdering, jf. LAB § 167, stk. 1, 2. pkt."))
        elif sub == "end":
            blocks.append(("p", f"Din mentorstøtte ophører, fordi du er startet i ordinært job. Støtten stopper den {dk(pe)}."))
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", "Vi har lagt vægt på, at formålet med støtten er nået, jf. LAB § 167."))
        elif sub == "refusal":
            blocks.append(("p", "Vi har givet dig afslag på mentorstøtte."))
            blocks.append(("h", "Begrundelse"))
            blocks.append(("p", "Vi har lagt vægt på, at du allerede får tilsvarende hjælp på uddannelsesstedet (SPS), jf. LAB § 168."))
        if layout == "ledger":
            if sub == "grant":
                blocks.append(("h", "Timer i bevillingen"))
                blocks.append(("table", [["", "Timer"], ["Timer pr. uge", "3"], ["Bevilget i alt", "78"],
                                         ["Brugt", "0"], ["Resterende", "78"]], True))
            else:
                blocks.append(("h", "Timeregnskab for den hidtidige bevilling"))
                blocks.append(("table", [["", "Timer"], ["Bevilget i alt", "78"], [f"Brugt pr. {num(minus_day(ps), 0)}", "71"],
                                         ["Resterende", "7"], ["Timer pr. uge", "3"]], True))
            traits.append("ledger")
        elif layout == "grant-grid":
            blocks.append(("h", "Oversigt over perioder"))
            rows = [["", "1. periode", "2. periode", "Denne afgørelse"],
                    ["Start", num(add_months(ps, -12), 0), num(add_months(ps, -6), 0), num(ps, 0)],
                    ["Slut", num(minus_day(add_months(ps, -6)), 0), num(minus_day(ps), 0), num(pe, 0) if pe else "åben"],
                    ["Timer pr. uge", "4", "3", "2"],
                    ["Status", "Afsluttet", "Afsluttet", "Bevilget"]]
            blocks.append(("table", rows, True))
            traits.append("grid:periods-as-columns")
        elif layout == "gantt":
            yms = [(2026, m) for m in range(1, 13)] + [(2027, m) for m in range(1, 7)]
            marked = set()
            y, m = ps[0], ps[1]
            while (y, m) <= (pe[0], pe[1]):
                marked.add((y, m)); m += 1
                if m == 13:
                    y, m = y + 1, 1
            prev = set()
            if sub == "extension":
                x = add_months(ps, -6)
                while (x[0], x[1]) < (ps[0], ps[1]):
                    prev.add((x[0], x[1])); x = add_months(x, 1)
            if min(prev | marked) < (2026, 1):
                yms = [(2025, m) for m in range(7, 13)] + yms[:12]
            head = [f"{yms[0][0]}–{yms[-1][0]}"] + [MON3[m - 1] for (_, m) in yms]
            rows = [head]
            if prev:
                rows.append(["Tidligere periode (afsluttet)"] + ["█" if ym in prev else "" for ym in yms])
            rows.append(["Ny periode" if prev else "Mentorstøtte"] + ["█" if ym in marked else "" for ym in yms])
            blocks.append(("bars", "gantt", rows))
            traits.append("gantt")
        if appeal == "good":
            blocks.append(("h", r.choice(["Klagevejledning", "Sådan klager du", "Hvis du vil klage"])))
            blocks.append(("p", r.choice(APPEAL_GOOD).format(k=k)))
        elif appeal == "bad":
            blocks.append(("h", "Klagevejledning"))
            blocks.append(("p", r.choice(APPEAL_BAD).format(k=k)))
            rules.append("missing-appeal-guidance"); traits.append("appeal:incomplete")
        else:
            rules.append("missing-appeal-guidance"); traits.append("appeal:none")
        if over and sub not in ("refusal", "end"):
            rules.append("duration-over-6-months")
        blocks.append(("meta", ["Med venlig hilsen", r.choice(CASEWORKERS), k]))
        name = f"afgoerelser/{idx:02d}-{sub}-{layout}-{first.lower()}.{fmt_ext(fmt)}"
        period = {"start": iso(ps), "end": iso(pe) if pe else None} if ps else None
        return Doc(name, "decision", sub, layout, blocks, rules, traits, period, cprs, fmt, extras)

    # ---------------- agreements (26) ----------------
    A = [
        # idx, fmt, layout, period, kwargs
        ("docx", "timetable", "exact-six", {}),
        ("pdf-lo", "timetable", "one-day-over", {}),
        ("html", "timetable", "weeks-ok", {"cpr": True}),
        ("odt", "timetable", "start-26w", {"goal": "unclear"}),
        ("pdf-rl", "timetable", "exact-six-num", {"follow": "vague"}),
        ("docx", "timetable", "weeks-over", {"cpr": True}),
        ("txt-cols", "timetable", "eom-six", {"appeal": "bad"}),
        ("html", "timetable", "open", {}),
        ("pdf-rl", "grant-grid", "exact-six", {"cpr": True}),
        ("docx", "grant-grid", "seven", {}),
        ("odt", "grant-grid", "open", {"cpr": True}),
        ("html", "grant-grid", "start-6m", {"hours": "none"}),
        ("pdf-lo", "grant-grid", "short", {"mentor": "name-only"}),
        ("txt-pipe", "gantt", "exact-six", {}),
        ("txt-cols", "gantt", "nine", {}),
        ("pdf-rl", "gantt", "short", {"hours": "vague"}),
        ("html", "gantt", "one-day-over-num", {"cpr": True}),
        ("docx", "plain", "start-28w", {"appeal": "none"}),
        ("odt", "plain", "start-8m", {"goal": "unclear"}),
        ("pdf-lo", "plain", "weeks-ok", {"follow": "none", "cpr": True}),
        ("txt-cols", "plain", "start-26w", {}),
        ("html", "plain", "start-6m", {"tasks": "none"}),
        ("docx", "ledger", "exact-six", {"hours": "ledger"}),
        ("pdf-rl", "ledger", "one-day-over", {"hours": "ledger", "goal": "placeholder"}),
        ("odt", "ledger", "eom-six", {"hours": "ledger", "cpr": True}),
        ("txt-pipe", "plain", "short", {"mentor": "none", "follow": "vague"}),
        ("pdf-lo", "timetable", "start-6m", {}),
        ("html", "timetable", "weeks-ok", {}),
        ("odt", "gantt", "eom-six", {}),
        ("pdf-rl", "grant-grid", "start-26w", {}),
        ("docx", "ledger", "short", {"hours": "ledger", "cpr": True}),
        ("txt-cols", "plain", "nine", {"title": "Aftale om mentorstøtte – udskrivningskoordinator (LAB § 167, stk. 2)",
                                       "note": "{n} er indlagt på psykiatrisk afdeling og forventes udskrevet omkring 1. november 2026. "
                                               "Støtten som udskrivningskoordinator begynder 3 måneder før udskrivelsen og "
                                               "varer 6 måneder efter, jf. LAB § 167, stk. 2.",
                                       "extra_traits": ("udskrivningskoordinator",)}),
    ]
    for i, (fmt, lay, pk, kw) in enumerate(A, 1):
        docs.append(agreement(i, fmt, lay, pk, **kw))

    # ---------------- Min Plan entries (12) ----------------
    M = [
        ("html", "calendar", "exact-six", {}),
        ("pdf-rl", "calendar", "one-day-over", {"cpr": True}),
        ("docx", "calendar", "open", {}),
        ("odt", "weeks", "weeks-ok", {}),
        ("txt-pipe", "weeks", "weeks-over", {}),
        ("pdf-lo", "weeks", "start-26w", {"goal": "unclear", "cpr": True}),
        ("html", "weeks", "start-28w", {}),
        ("docx", "gantt", "exact-six-num", {"mentor": "name-only"}),
        ("pdf-rl", "gantt", "seven", {}),
        ("txt-cols", "plan-table", "short", {"hours": "none"}),
        ("odt", "plan-table", "eom-six", {"tasks": False}),
        ("html", "plan-table", "start-6m", {"goal": "empty", "cpr": True}),
        ("pdf-lo", "calendar", "start-6m", {}),
        ("txt-cols", "weeks", "weeks-ok", {"cpr": True}),
        ("docx", "plan-table", "exact-six", {}),
    ]
    for i, (fmt, lay, pk, kw) in enumerate(M, 1):
        docs.append(minplan(i, fmt, lay, pk, **kw))

    # ---------------- decisions (16) ----------------
    D = [
        ("docx", "ledger", "exact-six", "grant", {}),
        ("pdf-rl", "ledger", "one-day-over", "grant", {"cpr": True}),
        ("html", "ledger", "short", "partial", {}),
        ("odt", "ledger", "start-6m", "partial", {"appeal": "bad"}),
        ("pdf-lo", "grant-grid", "exact-six-num", "extension", {}),
        ("docx", "grant-grid", "seven", "extension", {"cpr": True}),
        ("html", "grant-grid", "eom-six", "extension", {"appeal": "none"}),
        ("txt-pipe", "grant-grid", "one-day-over-num", "extension", {}),
        ("pdf-rl", "gantt", "exact-six", "extension", {}),
        ("html", "gantt", "nine", "grant", {}),
        ("odt", "gantt", "weeks-ok", "grant", {"appeal": "bad", "cpr": True}),
        ("txt-cols", "plain", "start-28w", "grant", {}),
        ("docx", "plain", "exact-six", "end", {}),
        ("pdf-lo", "plain", None, "refusal", {}),
        ("html", "plain", None, "refusal", {"appeal": "none"}),
        ("pdf-rl", "plain", "weeks-ok", "grant", {"appeal": "bad"}),
        ("odt", "grant-grid", "start-26w", "extension", {}),
        ("txt-pipe", "gantt", "eom-six", "grant", {}),
    ]
    for i, (fmt, lay, pk, sub, kw) in enumerate(D, 1):
        docs.append(decision(i, fmt, lay, pk, sub=sub, **kw))

    # ---------------- look-alikes (12, kind unknown) ----------------
    docs += lookalikes(g)
    return docs


def lookalikes(g: Gen):
    r = g.r
    out = []
    fmts = ["pdf-rl", "html", "docx", "txt-cols", "odt", "pdf-lo", "html", "txt-pipe", "docx", "pdf-rl", "odt", "html"]

    def add(i, slug, layout, blocks, traits, cprs=()):
        fmt = fmts[i]
        out.append(Doc(f"andet/{i+1:02d}-{slug}.{fmt_ext(fmt)}", "unknown", slug, layout, blocks, [],
                       traits, None, list(cprs), fmt))

    me = r.choice(MENTORS)
    n = g.person()
    c = g.cpr()
    # 1 timesheet
    rows = [["Dato", "Borger", "Fra", "Til", "Timer", "Aktivitet"]]
    for d in range(1, 9):
        rows.append([f"{d*3:02d}.09.2026", n, "09.00", "11.00", "2,0", r.choice(["Følgeskab til praktik", "Samtale", "Jobsøgning"])])
    add(0, "timeseddel", "timesheet",
        [("meta", [me[1], f"Mentor: {me[0]}, tlf. {me[2]}"]), ("title", "Timeseddel – mentortimer september 2026"),
         ("meta", [f"Borger: {n}", f"CPR: {c}", "Bevillingsperiode: 1. marts 2026 – 30. november 2026"]),
         ("table", rows, True), ("p", "Timer i alt: 16,0. Attesteres af mentor og sendes til jobcentret senest den 5. i måneden.")],
        ["timesheet", "cpr", "period-over-in-unknown"], [c])
    # 2 invoice
    add(1, "faktura", "invoice",
        [("meta", [me[1], "CVR 12345678", "Faktura nr. 2026-0917"]), ("title", "Faktura – mentorydelser"),
         ("meta", [f"Til: {r.choice(KOMMUNER)}, Jobcenteret, EAN 5798000123456", "Fakturadato: 1. oktober 2026"]),
         ("table", [["Borger (initialer)", "Periode", "Timer", "Timepris", "Beløb"],
                    ["A.N.", "01.09.2026-30.09.2026", "12", "595,00", "7.140,00"],
                    ["M.J.", "01.09.2026-30.09.2026", "8", "595,00", "4.760,00"],
                    ["S.H.", "01.09.2026-30.09.2026", "16", "595,00", "9.520,00"]], True),
         ("p", "Beløb i alt ekskl. moms: 21.420,00 kr. Betalingsbetingelser: netto 30 dage.")],
        ["invoice"])
    # 3 capacity plan
    weeks = [f"uge {w}" for w in range(36, 53, 4)]
    add(2, "kapacitetsplan", "capacity-plan",
        [("title", "Kapacitetsplan – mentorteamet, efterår 2026"),
         ("p", "Planlagt kapacitet i timer pr. uge for teamets mentorer. Til intern brug ved fordeling af nye forløb."),
         ("table", [["Mentor"] + weeks] + [[m[0]] + [str(r.randint(18, 30)) for _ in weeks] for m in MENTORS[:5]], True),
         ("p", "Ledige timer fordeles på teammødet hver mandag.")], ["capacity-plan"])
    # 4 booking confirmation
    n2 = g.person()
    add(3, "bookingbekraeftelse", "booking",
        [("title", "Bekræftelse af booking"), ("p", f"Kære {n2.split()[0]}"),
         ("p", f"Du har booket et møde med {me[0]} fra {me[1]} tirsdag den 13. oktober 2026 kl. 10.00-11.00 "
               f"i mødelokale 2. Du kan aflyse på tlf. {me[2]}."),
         ("table", [["Dato", "Tid", "Sted"], ["13.10.2026", "10.00-11.00", "Mødelokale 2"],
                    ["27.10.2026", "10.00-11.00", "Mødelokale 2"]], True),
         ("p", "Med venlig hilsen, bookingsystemet")], ["booking"])
    # 5 team calendar (month)
    cal, _ = month_grid(r, 2026, 11, "Teammøde")
    add(4, "teamkalender", "calendar",
        [("title", "Mødekalender – Mentorteamet, november 2026"), ("table", cal, True),
         ("p", "Supervision første torsdag i måneden kl. 13-15.")], ["team-calendar"])
    # 6 provider timetable (generic, no citizen)
    rows = [["Tid"] + DAYS, ["09-10", "Åben rådgivning", "", "Gruppeforløb", "", "Åben rådgivning"],
            ["10-12", "Individuelle mentorsamtaler", "Individuelle mentorsamtaler", "", "Jobklub", ""],
            ["12-13", "Frokost", "Frokost", "Frokost", "Frokost", "Frokost"]]
    add(5, "udbyder-ugeskema", "timetable",
        [("title", f"{me[1]} – ugeskema for vores mentorforløb"),
         ("p", "Sådan ser en typisk uge ud hos os. Forløbene varer typisk 3-6 måneder og aftales med jobcentret."),
         ("table", rows, True), ("p", f"Kontakt: {me[3]}")], ["provider-timetable"])
    # 7 status report with hours ledger
    n3 = g.person(); c3 = g.cpr()
    add(6, "statusrapport", "ledger",
        [("title", "Statusrapport fra mentor – oktober 2026"), ("meta", [f"Borger: {n3}", f"CPR: {c3}", f"Mentor: {me[0]}"]),
         ("table", [["", "Timer"], ["Bevilget", "72"], ["Brugt", "48"], ["Resterende", "24"]], True),
         ("p", f"{n3.split()[0]} møder stabilt i praktikken tre dage om ugen. Næste statusrapport sendes i november.")],
        ["status-report", "cpr"], [c3])
    # 8 gantt of the team's projects
    yms = [f"{MON3[m-1]}" for m in range(1, 13)]
    add(7, "projektplan", "gantt",
        [("title", "Projektplan: Udvikling af mentorindsatsen 2026"),
         ("bars", "gantt", [["2026"] + yms,
                            ["Kortlægning"] + ["█" if m in (1, 2, 3) else "" for m in range(1, 13)],
                            ["Pilotforløb"] + ["█" if 3 <= m <= 11 else "" for m in range(1, 13)],
                            ["Evaluering"] + ["█" if m >= 10 else "" for m in range(1, 13)]]),
         ("p", "Styregruppen følger op hvert kvartal.")], ["project-gantt"])
    # 9 capacity / waiting list
    add(8, "venteliste", "capacity-plan",
        [("title", "Venteliste og opstartsplan – mentorforløb"),
         ("table", [["Henvist", "Initialer", "Forventet opstart", "Uge"], ["02.09.2026", "K.L.", "14.09.2026", "38"],
                    ["09.09.2026", "R.T.", "05.10.2026", "41"], ["16.09.2026", "J.B.", "02.11.2026", "45"]], True),
         ("p", "Listen opdateres hver fredag.")], ["waiting-list"])
    # 10 timesheet of a caseworker
    add(9, "arbejdstidsskema", "timesheet",
        [("title", "Arbejdstidsskema – Susanne Vinther, uge 41-42"),
         ("table", [["Dag", "Mødt", "Gået", "Timer", "Note"], ["Mandag", "08.00", "15.30", "7,0", "Mentorkoordinering"],
                    ["Tirsdag", "08.00", "16.00", "7,5", ""], ["Onsdag", "08.30", "15.00", "6,0", "Kursus"]], True)],
        ["staff-timesheet"])
    # 11 booking confirmation from mentor by provider, with period mention
    n4 = g.person(); c4 = g.cpr()
    add(10, "opstartsbekraeftelse", "booking",
        [("title", "Bekræftelse af opstartsmøde"), ("meta", [f"Borger: {n4}", f"CPR: {c4}"]),
         ("p", f"Vi bekræfter opstartsmødet den 7. september 2026 kl. 9.00 med {me[0]}, tlf. {me[2]}. "
               "Selve aftalen om mentorstøtten laver I sammen ved mødet."),
         ("table", [["Uge", "Aftale"], ["37", "Opstartsmøde"], ["39", "Opfølgning"]], True)],
        ["booking", "cpr"], [c4])
    # 12 guidance page about planning schedules
    add(11, "vejledning-ugeskema", "guidance",
        [("title", "Vejledning: Sådan laver du ugeskemaet i en mentoraftale"),
         ("p", "Aftalen skal indeholde målet med mentorstøtten, mentorens navn og kontaktdata, mentorens opgaver, "
               "varigheden og opfølgning, timetallet og klagevejledning. Perioden er højst 6 måneder."),
         ("table", [["Tid"] + DAYS, ["kl. 9-10", "[opgave]", "", "", "", ""]], True),
         ("p", "Brug skemaet til at vise, hvornår mentoren er sammen med borgeren.")], ["guidance"])
    return out


def fmt_ext(fmt):
    return {"pdf-lo": "pdf", "pdf-rl": "pdf", "txt-cols": "txt", "txt-pipe": "txt"}.get(fmt, fmt)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/ij")
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    g = Gen(a.seed)
    docs = build(g)
    tmp = Path(tempfile.mkdtemp(prefix="ij_lo_"))
    lo_jobs = []
    for d in docs:
        p = out / d.path
        p.parent.mkdir(parents=True, exist_ok=True)
        if d.fmt == "html":
            render_html(d.blocks, p)
        elif d.fmt == "docx":
            render_docx(d.blocks, p)
        elif d.fmt == "odt":
            render_odt(d.blocks, p)
        elif d.fmt == "txt-cols":
            render_txt(d.blocks, p, "cols")
        elif d.fmt == "txt-pipe":
            render_txt(d.blocks, p, "pipe")
        elif d.fmt == "pdf-rl":
            render_reportlab(d.blocks, p)
        elif d.fmt == "pdf-lo":
            src = tmp / (p.stem + ".docx")
            render_docx(d.blocks, src)
            lo_jobs.append((src, p))
    if lo_jobs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_ij_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp)] + [str(s) for s, _ in lo_jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for s, p in lo_jobs:
            shutil.move(str(s.with_suffix(".pdf")), str(p))
    shutil.rmtree(tmp, ignore_errors=True)
    entries = []
    for d in docs:
        traits = list(d.traits) + [f"made:{d.fmt}"]
        entries.append({"path": d.path, "format": fmt_ext(d.fmt), "kind": d.kind, "subtype": d.subtype,
                        "layout": d.layout, "rules": d.rules, "extras": d.extras, "error": None,
                        "accept_errors": [], "must_not_contain": [c.replace("-", "") for c in d.cpr] + d.cpr,
                        "traits": sorted(set(traits)), "period": d.period})
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(docs)} documents written to {out}")


if __name__ == "__main__":
    main()
