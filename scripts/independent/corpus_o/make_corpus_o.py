#!/usr/bin/env python3
"""Independent evaluation corpus "o" for the mentordocs linter: a mixed municipal archive.

Written without reading the linter, its rule packs, tests, docs or other corpora. Only
scripts/corpus/manifest.py (the label format) and /work/shared (domain brief, seeds) were read.

    /work/main/.venv/bin/python make_corpus_o.py --out /work/corpora/o --seed 37

Writes about 240 documents in a municipality/year/case-folder tree plus EXPECTED.jsonl.

Labelling decisions (also in the report):
* kind "decision" only for decisions about *mentor support* (grant, partial, refusal, extension,
  termination). A decision about another benefit (befordringsgodtgørelse, løntilskud, hjælpemidler,
  enkeltydelse, virksomhedspraktik) is "unknown": the linter is about mentor-support paperwork.
* A Min Plan print that has no mentor activity is "unknown" (BAB § 52 concerns the mentor entry).
* Private mentor agreements (sports club, free school) are "unknown": they are not LAB § 167 support.
* A decision's rules are only missing-appeal-guidance and duration-over-6-months (manifest
  REQUIRED_RULES); missing reasons go in extras. An attached agreement (in the body or as Bilag 1)
  does not make the document an agreement.
* Appeal guidance counts as present only if it names where to complain (kommunen/jobcentret or
  Ankestyrelsen via the municipality) and the 4-week deadline. A bare reference ("Du kan klage",
  "se vedlagte klagevejledning" with nothing attached, a web address, "kontakt din sagsbehandler",
  "Du kan klage til Ankestyrelsen" without a deadline) is missing-appeal-guidance.
* Periods: the end date is inclusive; a period is over 6 months when it ends after
  start + 6 calendar months - 1 day (domain.md § 9). "26 uger" and "et halvt år" are not over.
  Extensions are judged on the new period only. A refusal's or partial grant's *requested* period
  is not a granted period. Termination letters grant nothing.
* Empty values and placeholders count as missing. Hours "efter behov", "aftales løbende" and vague
  "et par timer om ugen" are missing-hours. A start date without end or length is missing-duration.
"""
# ----------------------------------------------------------------------------------------------
# Part 1: dates, the small document model and the renderers
# ----------------------------------------------------------------------------------------------
import argparse
import calendar
import datetime as dt
import email.utils
import html as htmlmod
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from email.message import EmailMessage
from pathlib import Path

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
ABBR = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_MONTHS = [calendar.month_name[i] for i in range(1, 13)]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def period_end(start, months):
    """Inclusive end of a period of `months` calendar months starting at `start`."""
    return add_months(start, months) - dt.timedelta(days=1)


def over_six(start, end):
    return end > period_end(start, 6)


def fmt_date(d, style):
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_d":
        return f"d. {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "den":
        return f"den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "weekday":
        return f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "num":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "num_short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "num_yy":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "slash":
        return f"{d.day}/{d.month} {d.year}"
    if style == "slashdash":
        return f"{d.day}/{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day}. {ABBR[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    raise ValueError(style)


DATE_STYLES = ["long", "long", "long", "num", "num", "num_short", "slash", "iso", "abbr", "dash",
               "slashdash", "long_d"]


def fmt_range(s, e, style, rng):
    """A period written as one of many range notations (both ends stated)."""
    kind = rng.choice(["dash", "dash", "fra_til", "fom_tom", "shared", "til", "hyphen"])
    if style == "en":
        return f"{fmt_date(s, 'en')} to {fmt_date(e, 'en')}"
    if kind == "shared" and style in ("long", "long_d") and s.year == e.year:
        return f"{s.day}. {MONTHS[s.month - 1]} – {e.day}. {MONTHS[e.month - 1]} {e.year}"
    a, b = fmt_date(s, style), fmt_date(e, style)
    if kind == "fra_til":
        return f"fra {a} til {b}"
    if kind == "fom_tom":
        return f"f.o.m. {a} t.o.m. {b}"
    if kind == "til":
        return f"{a} til og med {b}"
    if kind == "hyphen":
        return f"{a} - {b}"
    return f"{a} – {b}"


def cpr_for(rng):
    while True:
        y = rng.randint(1962, 2006)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        serial = rng.randint(0, 9999)
        # digit 7 must match the century for a plausible number
        if y >= 2000:
            first = rng.choice([4, 9])
        else:
            first = rng.choice([0, 1, 2, 3])
        serial = first * 1000 + serial % 1000
        return f"{d:02d}{m:02d}{y % 100:02d}-{serial:04d}"


# ---------- the document model ----------------------------------------------------------------
# A document is a dict: title, blocks, header, footer, sidebar (list of lines), columns, lang,
# author, date, plus eml fields. Blocks are tuples:
#   ("h1"|"h2"|"h3", text) ("p", text) ("lp", label, text) ("bullets", [..]) ("numbered", [..])
#   ("kv", [(k, v)]) v = str or list  ("table", header|None, rows) ("pagebreak",) ("hr",)
#   ("small", text)


def new_doc(title=None, **kw):
    d = {"title": title, "blocks": [], "header": None, "footer": None, "sidebar": None,
         "columns": 1, "lang": "da", "author": "Sagsbehandler", "date": dt.date(2026, 3, 1),
         "kvstyle": "table", "txtstyle": "colon", "htmlstyle": "plain", "heading_style": "style"}
    d.update(kw)
    return d


def kv_value_text(v, sep="; "):
    if isinstance(v, (list, tuple)):
        return sep.join(v)
    return v


# ---------- plain text ----------
def render_txt(doc):
    out = []
    style = doc.get("txtstyle", "colon")
    if doc.get("header"):
        out.append(doc["header"])
        out.append("")
    if doc["title"]:
        out.append(doc["title"].upper() if style == "upper" else doc["title"])
        out.append("=" * min(len(doc["title"]), 70) if style != "upper" else "")
        out.append("")
    if doc.get("sidebar"):
        out.extend(doc["sidebar"])
        out.append("")
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h1", "h2", "h3"):
            out.append(b[1].upper() if (t == "h1" or style == "upper") else b[1])
            if t == "h2" and style == "colon":
                out.append("-" * min(len(b[1]), 70))
            out.append("")
        elif t == "p" or t == "small":
            for para in b[1].split("\n"):
                out.extend(textwrap.wrap(para, 88) or [""])
            out.append("")
        elif t == "lp":
            out.extend(textwrap.wrap(f"{b[1]} {b[2]}", 88))
            out.append("")
        elif t in ("bullets", "numbered"):
            for i, it in enumerate(b[1], 1):
                mark = "- " if t == "bullets" else f"{i}) "
                out.extend(textwrap.wrap(it, 86, initial_indent=mark, subsequent_indent="  "))
            out.append("")
        elif t == "kv":
            width = max((len(k) for k, _ in b[1]), default=10) + 2
            for k, v in b[1]:
                if style == "dots":
                    vv = kv_value_text(v)
                    out.append(f"{(k + ' ').ljust(width + 4, '.')} {vv}")
                elif style == "stacked":
                    out.append(k)
                    if isinstance(v, (list, tuple)):
                        out.extend("    - " + x for x in v)
                    else:
                        out.extend("    " + x for x in (textwrap.wrap(v, 80) or [""]))
                else:
                    if isinstance(v, (list, tuple)):
                        out.append(f"{k}:")
                        out.extend("  * " + x for x in v)
                    else:
                        out.append(f"{k}: {v}" if not k.endswith(":") else f"{k} {v}")
            out.append("")
        elif t == "table":
            rows = ([b[1]] if b[1] else []) + b[2]
            widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append(" | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)))
                if j == 0 and b[1]:
                    out.append("-+-".join("-" * w for w in widths))
            out.append("")
        elif t == "pagebreak":
            if doc.get("footer"):
                out.append("")
                out.append(doc["footer"])
            out.append("\f")
        elif t == "hr":
            out.append("-" * 60)
            out.append("")
    if doc.get("footer"):
        out.append("")
        out.append(doc["footer"])
    return "\n".join(out).rstrip() + "\n"


# ---------- HTML ----------
def _h(s):
    return htmlmod.escape(s).replace("\n", "<br>\n")


def render_html(doc):
    style = doc.get("htmlstyle", "plain")
    e = _h
    css = {
        "plain": "body{font-family:Arial,sans-serif;max-width:760px;margin:2em auto} td,th{border:1px solid #999;padding:4px;vertical-align:top} table{border-collapse:collapse}",
        "jobnet": "body{font-family:'Segoe UI',sans-serif;background:#f3f3f3} .card{background:#fff;margin:12px;padding:12px;border-radius:6px} dt{font-weight:bold;color:#245} dd{margin:0 0 8px 0} .nav{font-size:12px;color:#666}",
        "dp": "body{font-family:Georgia,serif;margin:40px} .afsender{float:right;font-size:11px;text-align:right} .fod{font-size:10px;color:#555;border-top:1px solid #aaa;margin-top:30px}",
    }[style]
    out = ["<!DOCTYPE html>", f'<html lang="{doc.get("lang", "da")}">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(doc['title'] or 'Dokument')}</title>", f"<style>{css}</style>", "</head>", "<body>"]
    if style == "jobnet":
        out.append('<div class="nav">Forside &gt; Min side &gt; Min Plan &gt; Aktiviteter · <a href="#">Log af</a> · <a href="#">Udskriv</a></div>')
    if doc.get("header"):
        out.append(f'<div class="header">{e(doc["header"])}</div>')
    if doc.get("sidebar"):
        out.append('<aside class="afsender">' + "<br>".join(e(x) for x in doc["sidebar"]) + "</aside>")
    if doc["title"]:
        out.append(f"<h1>{e(doc['title'])}</h1>")
    in_card = False
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h1", "h2", "h3"):
            if style == "jobnet" and t == "h2":
                if in_card:
                    out.append("</div>")
                out.append('<div class="card">')
                in_card = True
            lvl = {"h1": 2, "h2": 2, "h3": 3}[t] if doc["title"] else {"h1": 1, "h2": 2, "h3": 3}[t]
            out.append(f"<h{lvl}>{e(b[1])}</h{lvl}>")
        elif t == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif t == "small":
            out.append(f'<p style="font-size:11px">{e(b[1])}</p>')
        elif t == "lp":
            out.append(f"<p><strong>{e(b[1])}</strong> {e(b[2])}</p>")
        elif t in ("bullets", "numbered"):
            tag = "ul" if t == "bullets" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{tag}>")
        elif t == "kv":
            if style == "jobnet":
                out.append("<dl>")
                for k, v in b[1]:
                    vv = "<ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>" if isinstance(v, (list, tuple)) else e(v)
                    out.append(f"<dt>{e(k)}</dt><dd>{vv}</dd>")
                out.append("</dl>")
            elif style == "dp":
                for k, v in b[1]:
                    vv = "<br>".join(e(x) for x in v) if isinstance(v, (list, tuple)) else e(v)
                    out.append(f'<div class="felt"><span class="lbl">{e(k)}:</span> <span class="val">{vv}</span></div>')
            else:
                out.append("<table>")
                for k, v in b[1]:
                    vv = "<br>".join(e(x) for x in v) if isinstance(v, (list, tuple)) else e(v)
                    out.append(f"<tr><th align=left>{e(k)}</th><td>{vv}</td></tr>")
                out.append("</table>")
        elif t == "table":
            out.append("<table>")
            if b[1]:
                out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in b[1]) + "</tr>")
            for r in b[2]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif t == "pagebreak":
            out.append('<div style="page-break-after:always"></div>')
        elif t == "hr":
            out.append("<hr>")
    if in_card:
        out.append("</div>")
    if doc.get("footer"):
        cls = "fod" if style == "dp" else "footer"
        out.append(f'<footer class="{cls}">{e(doc["footer"])}</footer>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------- DOCX ----------
def render_docx(doc, path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.title = doc["title"] or ""
    cp.created = dt.datetime(doc["date"].year, doc["date"].month, doc["date"].day, 9, 0, 0)
    cp.modified = cp.created
    cp.last_modified_by = doc.get("author", "")
    cp.revision = 1
    sec = d.sections[0]
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = doc["footer"]
        for r in fp.runs:
            r.font.size = Pt(7.5)
    hs = doc.get("heading_style", "style")

    def heading(text, level):
        if hs == "style":
            d.add_heading(text, level=level)
        else:
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt({0: 16, 1: 14, 2: 12, 3: 11}[level])

    if doc.get("sidebar"):
        p = d.add_paragraph()
        for i, line in enumerate(doc["sidebar"]):
            r = p.add_run(line)
            r.font.size = Pt(9)
            if i < len(doc["sidebar"]) - 1:
                r.add_break()
    if doc["title"]:
        heading(doc["title"], 0 if hs == "style" else 0)
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h1", "h2", "h3"):
            heading(b[1], {"h1": 1, "h2": 2, "h3": 3}[t])
        elif t == "p":
            p = d.add_paragraph()
            lines = b[1].split("\n")
            for i, line in enumerate(lines):
                r = p.add_run(line)
                if i < len(lines) - 1:
                    r.add_break()
        elif t == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
        elif t == "lp":
            p = d.add_paragraph()
            p.add_run(b[1] + " ").bold = True
            p.add_run(b[2])
        elif t == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "numbered":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif t == "kv":
            tab = d.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for k, v in b[1]:
                cells = tab.add_row().cells
                cells[0].text = k
                for r in cells[0].paragraphs[0].runs:
                    r.bold = True
                if isinstance(v, (list, tuple)):
                    cells[1].text = v[0] if v else ""
                    for x in v[1:]:
                        cells[1].add_paragraph(x)
                else:
                    cells[1].text = v
            d.add_paragraph()
        elif t == "table":
            ncol = len(b[2][0]) if b[2] else len(b[1])
            tab = d.add_table(rows=0, cols=ncol)
            tab.style = "Table Grid"
            if b[1]:
                cells = tab.add_row().cells
                for i, c in enumerate(b[1]):
                    cells[i].text = str(c)
                    for r in cells[i].paragraphs[0].runs:
                        r.bold = True
            for row in b[2]:
                cells = tab.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            d.add_paragraph()
        elif t == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "hr":
            d.add_paragraph("_" * 40)
    d.save(path)


# ---------- ODT ----------
def render_odt(doc, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, MasterPage, PageLayout,
                           PageLayoutProperties, Footer, Header, TableColumnProperties)
    from odf.text import P, H, List, ListItem, LineBreak, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf import meta, dc
    od = OpenDocumentText()
    od.meta.addElement(dc.Title(text=doc["title"] or ""))
    od.meta.addElement(meta.InitialCreator(text=doc.get("author", "")))
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    od.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    od.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12.5pt", fontweight="bold"))
    od.styles.addElement(h2)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="8pt"))
    od.styles.addElement(small)
    brk = Style(name="Break", family="paragraph")
    brk.addElement(ParagraphProperties(breakbefore="page"))
    od.automaticstyles.addElement(brk)
    pl = PageLayout(name="PL1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
    od.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if doc.get("header"):
        hd = Header()
        hd.addElement(P(text=doc["header"]))
        mp.addElement(hd)
    if doc.get("footer"):
        ft = Footer()
        ft.addElement(P(stylename=small, text=doc["footer"]))
        mp.addElement(ft)
    od.masterstyles.addElement(mp)
    body = od.text
    pending_break = [False]

    def para(text="", style=None):
        if pending_break[0]:
            p = P(stylename=brk)
            pending_break[0] = False
        else:
            p = P(stylename=style) if style else P()
        lines = text.split("\n")
        for i, line in enumerate(lines):
            p.addText(line)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        body.addElement(p)
        return p

    if doc.get("sidebar"):
        para("\n".join(doc["sidebar"]), small)
    if doc["title"]:
        body.addElement(H(outlinelevel=1, stylename=h1, text=doc["title"]))
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h1", "h2", "h3"):
            if pending_break[0]:
                para("")
            body.addElement(H(outlinelevel=2 if t != "h3" else 3, stylename=h2, text=b[1]))
        elif t == "p":
            para(b[1])
        elif t == "small":
            para(b[1], small)
        elif t == "lp":
            p = para("")
            p.addElement(Span(stylename=bold, text=b[1] + " "))
            p.addText(b[2])
        elif t in ("bullets", "numbered"):
            for i, x in enumerate(b[1], 1):
                para(("• " if t == "bullets" else f"{i}. ") + x)
        elif t in ("kv", "table"):
            rows = [(k, v) for k, v in b[1]] if t == "kv" else (([b[1]] if b[1] else []) + b[2])
            ncol = 2 if t == "kv" else len(rows[0])
            tab = Table(name=f"T{len(body.childNodes)}")
            tab.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    vals = list(c) if isinstance(c, (list, tuple)) else [str(c)]
                    for x in vals or [""]:
                        tc.addElement(P(text=x))
                    tr.addElement(tc)
                tab.addElement(tr)
            body.addElement(tab)
        elif t == "pagebreak":
            pending_break[0] = True
        elif t == "hr":
            para("_" * 40)
    od.save(str(path))


# ---------- RTF ----------
def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def render_rtf(doc):
    e = _rtf_esc
    out = [r"{\rtf1\ansi\ansicpg1252\deff0\uc1{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
           r"{\info{\title " + e(doc["title"] or "") + r"}{\author " + e(doc.get("author", "")) + "}}",
           r"\paperw11906\paperh16838\margl1418\margr1418\f0\fs22"]
    if doc.get("header"):
        out.append(r"{\header\pard\fs16 " + e(doc["header"]) + r"\par}")
    if doc.get("footer"):
        out.append(r"{\footer\pard\fs14 " + e(doc["footer"]) + r"\par}")
    if doc.get("sidebar"):
        out.append(r"\pard\fs18 " + e("\n".join(doc["sidebar"])) + r"\par\fs22")
    if doc["title"]:
        out.append(r"\pard\sb240\sa120\b\fs32 " + e(doc["title"]) + r"\b0\fs22\par")
    for b in doc["blocks"]:
        t = b[0]
        if t in ("h1", "h2", "h3"):
            out.append(r"\pard\sb200\sa80\b\fs26 " + e(b[1]) + r"\b0\fs22\par")
        elif t == "p":
            out.append(r"\pard\sa120 " + e(b[1]) + r"\par")
        elif t == "small":
            out.append(r"\pard\sa120\fs16 " + e(b[1]) + r"\fs22\par")
        elif t == "lp":
            out.append(r"\pard\sa120{\b " + e(b[1]) + r"} " + e(b[2]) + r"\par")
        elif t in ("bullets", "numbered"):
            for i, x in enumerate(b[1], 1):
                mark = r"\u8226?" if t == "bullets" else f"{i}."
                out.append(r"\pard\fi-280\li560 " + mark + r"\tab " + e(x) + r"\par")
        elif t in ("kv", "table"):
            rows = [(k, v) for k, v in b[1]] if t == "kv" else (([b[1]] if b[1] else []) + b[2])
            ncol = len(rows[0])
            widths = [2600, 9000] if ncol == 2 else [int(9000 / ncol) * (i + 1) for i in range(ncol)]
            if ncol == 2:
                widths = [2800, 9000]
            for r in rows:
                row = [r"\trowd\trgaph80"]
                for w in widths:
                    row.append(r"\clbrdrt\brdrs\clbrdrb\brdrs\clbrdrl\brdrs\clbrdrr\brdrs\cellx" + str(w))
                for c in r:
                    v = "\n".join(c) if isinstance(c, (list, tuple)) else str(c)
                    row.append(r"\pard\intbl " + e(v) + r"\cell")
                row.append(r"\row")
                out.append("".join(row))
            out.append(r"\pard\par")
        elif t == "pagebreak":
            out.append(r"\page")
        elif t == "hr":
            out.append(r"\pard\brdrb\brdrs\par")
    out.append("}")
    return "\n".join(out) + "\n"


# ---------- EML ----------
def render_eml(doc):
    m = EmailMessage()
    em = doc["email"]
    m["From"] = em["from"]
    m["To"] = em["to"]
    if em.get("cc"):
        m["Cc"] = em["cc"]
    m["Subject"] = em["subject"]
    d = doc["date"]
    m["Date"] = email.utils.format_datetime(dt.datetime(d.year, d.month, d.day, em.get("hour", 10), em.get("minute", 12),
                                                        tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{em['msgid']}@{em['from'].split('@')[-1].strip('>')}>"
    if em.get("extra_headers"):
        for k, v in em["extra_headers"]:
            m[k] = v
    body = em.get("body_text") or render_txt(dict(doc, title=None, header=None, footer=doc.get("footer")))
    m.set_content(body)
    if em.get("html_alt"):
        m.add_alternative(render_html(dict(doc, htmlstyle="plain")), subtype="html")
    for att in em.get("attachments", []):
        maintype, subtype = att["mime"].split("/")
        data = att["data"].encode("utf-8") if isinstance(att["data"], str) else att["data"]
        if maintype == "text":
            m.add_attachment(att["data"], subtype=subtype, filename=att["filename"])
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=att["filename"])
    return bytes(m)


# ---------- PDF (reportlab) ----------
def render_pdf_rl(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, FrameBreak, NextPageTemplate, ListFlowable,
                                    ListItem)
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    smallst = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12)
    h3 = ParagraphStyle("h3", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=10.5)
    e = lambda s: htmlmod.escape(s).replace("\n", "<br/>")
    W, H = A4
    cols = doc.get("columns", 1)
    sidebar = doc.get("sidebar")
    margin = 20 * mm
    frames = []
    if sidebar:
        sw = 48 * mm
        frames = [Frame(margin, margin, sw, H - 2 * margin - 10 * mm, id="side"),
                  Frame(margin + sw + 6 * mm, margin, W - 2 * margin - sw - 6 * mm, H - 2 * margin - 10 * mm, id="main")]
        later = [Frame(margin + sw + 6 * mm, margin, W - 2 * margin - sw - 6 * mm, H - 2 * margin - 10 * mm, id="main2")]
    elif cols == 2:
        cw = (W - 2 * margin - 8 * mm) / 2
        frames = [Frame(margin, margin, cw, H - 2 * margin - 10 * mm, id="c1"),
                  Frame(margin + cw + 8 * mm, margin, cw, H - 2 * margin - 10 * mm, id="c2")]
        later = frames
    else:
        frames = [Frame(margin, margin, W - 2 * margin, H - 2 * margin - 10 * mm, id="f")]
        later = frames
    header, footer = doc.get("header"), doc.get("footer")

    def deco(c, d_):
        c.saveState()
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(margin, H - 12 * mm, header.replace("{page}", str(d_.page)))
            c.line(margin, H - 13.5 * mm, W - margin, H - 13.5 * mm)
        if footer:
            c.setFont("Helvetica", 7)
            lines = textwrap.wrap(footer.replace("{page}", str(d_.page)), 150)
            y = 8 * mm + 8.5 * (len(lines) - 1)
            for ln in lines:
                c.drawString(margin, y, ln)
                y -= 8.5
        c.restoreState()

    dtpl = BaseDocTemplate(str(path), pagesize=A4, title=doc["title"] or "", author=doc.get("author", ""),
                           invariant=1, leftMargin=margin, rightMargin=margin)
    dtpl.addPageTemplates([PageTemplate(id="first", frames=frames, onPage=deco),
                           PageTemplate(id="later", frames=later, onPage=deco)])
    story = []
    if sidebar:
        sidest = ParagraphStyle("side", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#333333"))
        for line in sidebar:
            story.append(Paragraph(e(line) if line else "&nbsp;", sidest))
        story.append(NextPageTemplate("later"))
        story.append(FrameBreak())
    if doc["title"]:
        story.append(Paragraph(e(doc["title"]), h1))
    for b in doc["blocks"]:
        t = b[0]
        if t == "h1":
            story.append(Paragraph(e(b[1]), h1))
        elif t == "h2":
            story.append(Paragraph(e(b[1]), h2))
        elif t == "h3":
            story.append(Paragraph(e(b[1]), h3))
        elif t == "p":
            story.append(Paragraph(e(b[1]), body))
        elif t == "small":
            story.append(Paragraph(e(b[1]), smallst))
        elif t == "lp":
            story.append(Paragraph(f"<b>{e(b[1])}</b> {e(b[2])}", body))
        elif t in ("bullets", "numbered"):
            items = [ListItem(Paragraph(e(x), body), leftIndent=12) for x in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if t == "bullets" else "1", start=None if t == "numbered" else "•",
                                      leftIndent=14, bulletFontSize=8))
        elif t in ("kv", "table"):
            rows = [(k, v) for k, v in b[1]] if t == "kv" else (([b[1]] if b[1] else []) + b[2])
            data = []
            for r in rows:
                data.append([Paragraph(e("\n".join(c) if isinstance(c, (list, tuple)) else str(c)), body) for c in r])
            avail = (frames[-1]._width if sidebar else frames[0]._width)
            if t == "kv":
                cw = [avail * 0.32, avail * 0.68]
            else:
                cw = [avail / len(rows[0])] * len(rows[0])
            tb = Table(data, colWidths=cw)
            st = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if t == "kv":
                st.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
            elif b[1]:
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
            tb.setStyle(TableStyle(st))
            story.append(tb)
        elif t == "pagebreak":
            story.append(PageBreak())
            continue
        elif t == "hr":
            story.append(Paragraph("_" * 50, body))
        story.append(Spacer(1, 4))
    dtpl.build(story)
# ----------------------------------------------------------------------------------------------
# Part 2: people, places and the wording pools (written for this corpus; not copied from the linter)
# ----------------------------------------------------------------------------------------------
MUNIS = [
    # name, folder spelling, street, zip city, phone, web
    ("Kildeby", "Kildeby_Kommune", "Rådhustorvet 1", "6230 Kildeby", "73 33 70 00", "kildeby.dk"),
    ("Vesterå", "vesteraa-kommune", "Jernbanegade 14", "7400 Vesterå", "96 28 28 00", "vesteraa.dk"),
    ("Egeskov", "Egeskov Kommune", "Torvet 3", "5750 Egeskov", "62 53 10 00", "egeskov.dk"),
    ("Hvidsand", "HVIDSAND", "Strandvejen 40", "9850 Hvidsand", "98 94 11 11", "hvidsand.dk"),
    ("Nørreå", "Noerreaa_Kommune", "Skolegade 2", "8850 Nørreå", "87 99 88 00", "norrea.dk"),
    ("Bøgelund", "Bøgelund Kommune", "Bøgevej 1", "4400 Bøgelund", "59 53 44 44", "bogelund.dk"),
    ("Stenhøj", "stenhoej", "Industrivej 9", "2630 Stenhøj", "43 35 11 00", "stenhoj.dk"),
    ("Fjordvig", "Fjordvig-Kommune", "Havnepladsen 5", "4300 Fjordvig", "59 66 66 66", "fjordvig.dk"),
]

FIRST_F = ["Mette", "Sofie", "Amalie", "Line", "Camilla", "Fatima", "Aisha", "Louise", "Julie", "Emma", "Karina",
           "Sanne", "Nanna", "Maja", "Helle", "Zeynep", "Tina", "Ida", "Rikke", "Birgitte", "Noor", "Signe"]
FIRST_M = ["Mikkel", "Jonas", "Anders", "Mads", "Ahmad", "Kasper", "Rasmus", "Emil", "Jesper", "Omar", "Lars",
           "Frederik", "Mohammed", "Thomas", "Nikolaj", "Søren", "Bilal", "Kristian", "Oliver", "Henrik", "Yusuf"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Holm", "Kristiansen", "Madsen", "Mortensen", "Olsen", "Thomsen", "Poulsen", "Østergaard", "Ali", "Hussein",
        "Yilmaz", "Lund", "Kjær", "Bach", "Dahl", "Møller", "Frederiksen", "Abdi", "Nguyen", "Kowalski", "Juhl"]
STREETS = ["Ahornvej", "Birkealle", "Vestergade", "Søndergade", "Møllevej", "Engvej", "Skovbrynet", "Kirkestræde",
           "Rosenvænget", "Højagervej", "Toftevej", "Lupinvej", "Nørrebrogade", "Åboulevarden", "Stationsvej"]
MENTOR_FIRMS = [
    ("Mentorhuset ApS", "mentorhuset.dk"), ("Bro til Job", "brotiljob.dk"), ("Kompas Mentor & Coaching", "kompasmentor.dk"),
    ("Vejen Videre ApS", "vejenvidere.dk"), ("Job & Vækst Mentorservice", "jobvaekst.dk"), ("Trinvis ApS", "trinvis.dk"),
    ("Nordlys Mentorer", "nordlysmentor.dk"), ("Fodfæste I/S", "fodfaeste.dk"),
]
INTERNAL_MENTOR_UNITS = ["Kommunens mentorkorps", "Mentorteamet, Ungeenheden", "Mentorenheden, Job og Helbred",
                         "Intern mentor, Jobhuset"]
EMPLOYERS = ["Netto, Bredgade", "Bilka Kildeby", "Dagli'Brugsen", "Kildeby Autoværksted", "Plejecenter Solhøj",
             "Malerfirmaet Holm & Søn", "Fjordvig Havn A/S", "Rema 1000 Stationsvej", "Lagerhotellet Vest ApS",
             "Kantinen på Rådhuset", "Grøn Vej Anlægsgartner", "Bøgelund Boligforening", "Cykelsmeden i Nørreå"]
SCHOOLS = ["EUC Syd", "Kildeby Gymnasium & HF", "VUC Vesterå", "FGU Midt", "SOSU Sjælland", "Erhvervsskolen Nord",
           "Tech College", "Produktionsskolen Egeskov", "HF & VUC Fjordvig"]

DEPTS = ["Job og Ydelse", "Jobcenter – Team Job og Helbred", "Beskæftigelse og Uddannelse", "Ungeenheden",
         "Job og Kompetence", "Arbejdsmarked & Borgerservice", "Team Aktivitetsparate"]
TITLES = ["jobkonsulent", "sagsbehandler", "rådgiver", "socialrådgiver", "uddannelsesvejleder", "virksomhedskonsulent"]


def phone(rng):
    a = rng.choice([2, 3, 4, 5, 6, 7, 8, 9])
    digits = [a * 10 + rng.randint(0, 9)] + [rng.randint(10, 99) for _ in range(3)]
    return " ".join(str(x) for x in digits)


def slug(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", ""), ("'", ""), ("&", "og")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9.-]", "", s)


def person(rng, sex=None):
    sex = sex or rng.choice("fm")
    first = rng.choice(FIRST_F if sex == "f" else FIRST_M)
    last = rng.choice(LAST)
    if rng.random() < 0.2:
        last = rng.choice(LAST) + " " + last
    return {"first": first, "last": last, "name": f"{first} {last}", "sex": sex}


def make_ctx(rng, year=None, date=None):
    mi = rng.randrange(len(MUNIS))
    mname, mfolder, street, zipcity, mphone, web = MUNIS[mi]
    if date is None:
        year = year or rng.choice([2024, 2025, 2025, 2026, 2026, 2026])
        date = dt.date(year, rng.randint(1, 12 if year < 2026 else 10), rng.randint(1, 28))
    new_era = date >= dt.date(2026, 2, 1)
    citizen = person(rng)
    citizen["address"] = f"{rng.choice(STREETS)} {rng.randint(1, 120)}{rng.choice(['', '', ', st. th.', ', 2. tv.', ' B'])}"
    citizen["zipcity"] = zipcity
    mentor = person(rng)
    if rng.random() < 0.7:
        firm, dom = rng.choice(MENTOR_FIRMS)
    else:
        firm, dom = rng.choice(INTERNAL_MENTOR_UNITS), web
    mentor.update(firm=firm, phone=phone(rng),
                  email=f"{slug(mentor['first'])}.{slug(mentor['last'].split()[-1])}@{dom}" if rng.random() < 0.6
                  else f"{slug(mentor['first'])[:3]}{slug(mentor['last'])[:2]}@{dom}")
    cw = person(rng)
    cw.update(title=rng.choice(TITLES), phone=phone(rng), email=f"{slug(cw['first'])[:2]}{slug(cw['last'].split()[-1])[:2]}@{web}",
              dept=rng.choice(DEPTS))
    org = f"{mname} Kommune" if new_era else f"Jobcenter {mname}"
    return {
        "muni": mname, "muni_folder": mfolder, "street": street, "zipcity": zipcity, "muni_phone": mphone, "web": web,
        "date": date, "year": date.year, "new_era": new_era, "org": org,
        "org_short": "kommunen" if new_era else "jobcentret",
        "org_short_cap": "Kommunen" if new_era else "Jobcentret",
        "lab": ("§ 167 i lov om en aktiv beskæftigelsesindsats" if date.year >= 2020 else "§ 31 b i lov om en aktiv beskæftigelsesindsats"),
        "lab_short": ("LAB § 167" if date.year >= 2020 else "LAB § 31 b"),
        "citizen": citizen, "mentor": mentor, "cw": cw, "cpr": None,
        "employer": rng.choice(EMPLOYERS), "school": rng.choice(SCHOOLS),
        "sagsnr": rng.choice([f"{date.year}-{rng.randint(1000, 99999):05d}", f"15.20.08-G01-{rng.randint(10, 999)}-{date.year % 100}",
                              f"S{date.year % 100}-{rng.randint(100000, 999999)}", f"SAG-{rng.randint(100000, 999999)}",
                              f"J.nr. 15.25.00-A26-{rng.randint(1, 99)}-{date.year % 100}"]),
    }


# ---------- goal pools ----------
CLEAR_GOALS = [  # (text, has the word "timer")
    ("{X} starter på grundforløb 1 på {school} i august og møder op mindst 4 ud af 5 skoledage.", False),
    ("{X} er i ordinært job som lagermedarbejder på mindst 15 timer om ugen, når perioden slutter.", True),
    ("{X} gennemfører virksomhedspraktik hos {employer} 3 dage om ugen uden ulovligt fravær, med henblik på et løntilskudsjob samme sted.", False),
    ("{X} bliver fastholdt i fleksjobbet som kantinemedhjælper hos {employer} og har højst 2 fraværsdage om måneden.", False),
    ("Hovedformål: {X} begynder på HF-enkeltfag (dansk C og matematik C) på {school} i januar. Delmål: optagelsessamtalen er gennemført inden 1. november.", False),
    ("{X} fastholder uddannelsen til social- og sundhedshjælper på {school} og består 1. praktikperiode.", False),
    ("{X} er i virksomhedspraktik i detailhandlen 10 timer om ugen og er oppe på 20 timer om ugen inden periodens udløb.", True),
    ("{X} søger mindst 4 relevante stillinger om ugen inden for rengøring og er i job eller løntilskud ved forløbets afslutning.", False),
    ("{X} gennemfører FGU (produktionsspor) på {school} med et fremmøde på mindst 85 %.", False),
    ("{X} vender tilbage til arbejdet som buschauffør efter sygemeldingen – først på nedsat tid og på fuld tid senest ved periodens udløb.", False),
    ("{X} opnår ansættelse med løntilskud som pedelmedhjælper i en kommunal institution inden periodens udløb.", False),
    ("{X} søger og bliver optaget på SOSU-hjælperuddannelsen til februar-optaget.", False),
    ("{X} afklarer gennem praktik på et autoværksted (3 dage om ugen), om mekanikeruddannelsen er realistisk, og har ved periodens slut en skriftlig uddannelsesplan.", False),
    ("{X} har fast arbejde som ufaglært i byggebranchen, min. 25 timer om ugen, når forløbet slutter.", True),
    ("{X} fastholder jobbet hos {employer} og møder til tiden alle planlagte arbejdsdage.", False),
    ("{X} gennemfører første semester på {school} og afleverer alle obligatoriske opgaver til tiden.", False),
]
CLEAR_GOALS_EN = [
    "{X} starts the Social and Health Care Helper programme (SOSU) at {school} in February and attends at least 90 % of classes.",
    "{X} holds a paid job of at least 20 hours a week in retail or warehousing by the end of the period.",
    "{X} completes the work placement at {employer} three days a week, with a view to a wage-subsidy job.",
]
UNCLEAR_GOALS = [  # (text, tricky)
    ("Støtte til at få struktur på hverdagen.", False),
    ("Øget trivsel og selvværd.", False),
    ("At {X} får det bedre og kommer videre.", False),
    ("Sikre at {X} møder op til aftaler.", False),
    ("Hjælp til at skabe overblik over økonomi og post.", False),
    ("Motivation og mestring.", False),
    ("Stabilisering af den samlede situation.", False),
    ("Bedre struktur, mere ro og større livskvalitet.", False),
    ("Mentor skal motivere og støtte.", False),
    ("At komme mere ud af huset.", False),
    ("Sikre at {X} møder op til samtaler i jobcentret.", True),
    ("Personlig udvikling og bedre sociale kompetencer.", False),
]
UNCLEAR_GOALS_EN = ["Improve wellbeing and daily routines.", "Support {X} in getting on with life."]

GOAL_PLACEHOLDERS = ["[Indsæt mål]", "-", "Udfyldes senere", "xxx", "", "…", "<mål for mentorstøtten>", "Ikke angivet"]
MENTOR_PLACEHOLDERS = ["N.N.", "Endnu ikke fundet – vi vender tilbage", "[navn, tlf., mail]", "", "Ikke udpeget", "-", "Tildeles senere"]
TASK_PLACEHOLDERS = ["-", "[beskriv opgaver]", "", "Aftales senere", "Udfyldes"]
DURATION_PLACEHOLDERS = ["__.__.____ – __.__.____", "Ikke fastlagt", "", "Aftales senere", "-", "Løbende"]
HOURS_MISSING = {  # state -> possible texts
    "efter-behov": ["efter behov", "Efter behov", "Timer efter behov", "Støtten gives efter behov"],
    "placeholder": ["__ timer pr. uge", "", "XX t/uge", "-", "Aftales løbende med mentor"],
    "vague": ["et par timer om ugen", "nogle timer hver uge"],
}
HOURS_OK = ["3 timer pr. uge", "2 t/uge", "4 timer ugentligt", "8 timer om måneden", "to timer om ugen",
            "1-2 timer pr. uge (niveau 2)", "5 timer/uge de første 4 uger, derefter 3 timer/uge", "6 timer om ugen",
            "2,5 timer pr. uge", "i alt 52 timer i perioden (ca. 2 timer om ugen)", "tre timer ugentligt",
            "10 timer pr. måned", "3 t. ugentligt", "op til 4 timer pr. uge"]
HOURS_OK_EN = ["3 hours per week", "2 hours a week", "4 hours weekly"]

TASKS = [
    "hjælpe med at møde til tiden på praktikstedet",
    "øve turen til skolen med bus og tog de første uger",
    "tage med til det første møde med arbejdsgiveren",
    "hjælpe med SU-ansøgningen og med at åbne og forstå post i e-Boks",
    "støtte kontakten til egen læge og behandlingsstedet, så aftaler bliver holdt",
    "tale om omgangstone og uskrevne regler på arbejdspladsen",
    "lave en ugeplan med faste sove- og spisetider, så fremmødet bliver stabilt",
    "være bindeled til kontaktpersonen på virksomheden",
    "forberede jobsamtaler og gennemgå ansøgninger",
    "skabe overblik over økonomi og regninger",
    "deltage i møder med studievejlederen på uddannelsesstedet",
    "hjælpe med at finde og søge relevante stillinger på Jobnet",
    "træne arbejdsopgaverne sammen med borgeren de første dage i praktikken",
    "hjælpe med at håndtere angst i forbindelse med nye sociale situationer",
]
TASKS_EN = ["help with arriving on time at the placement", "practise the bus route to school",
            "attend the first meeting with the employer", "help with job applications and interviews"]

FOLLOWUP_OK = [
    "Vi holder statusmøde hver 4. uge med dig, mentor og sagsbehandler. Progression måles på fremmødet: delmål 3 dage om ugen efter 6 uger og 4 dage om ugen efter 12 uger. Senest 14 dage før perioden slutter, evaluerer vi forløbet.",
    "Midtvejsevaluering {mid}. Slutevaluering {late}. Mål for progression: 1) stabilt fremmøde i praktikken, 2) selvstændig transport, 3) aftale om næste skridt mod job.",
    "Mentor sender en kort skriftlig status hver måned. Delmål: (a) første kontakt med arbejdsgiver inden 3 uger, (b) ansøgning sendt inden 8 uger. Vi evaluerer sammen fire uger før bevillingen udløber.",
    "Opfølgning hver 3. måned og altid 14 dage inden støtteperioden ophører. Progressionen vurderes ud fra delmålene i Min Plan (fremmøde, transport, kontakt til skolen).",
    "Statussamtale {mid} hos sagsbehandler. Vi ser på, om delmålene er nået: fremmøde 80 % i første måned og 90 % derefter.",
    "Der følges op hver anden uge telefonisk mellem mentor og sagsbehandler og ved et fælles møde {mid}. Progressionsmål: borgeren møder selv op uden påmindelse fra mentor inden udgangen af 2. måned.",
]
FOLLOWUP_OK_EN = ["Follow-up: progress review every third week; milestones: independent transport by week 6 and 4 days a week attendance by week 12; final evaluation two weeks before the end of the period."]


def goal_text(rng, ctx, state, who, allow_timer=True, english=False, force_timer=False):
    fill = lambda s: s.format(X=who, school=ctx["school"], employer=ctx["employer"]).replace("Hovedformål: du ", "Hovedformål: Du ")
    if state == "clear":
        if english:
            return fill(rng.choice(CLEAR_GOALS_EN)), "goal:clear-en"
        pool = [g for g in CLEAR_GOALS if allow_timer or not g[1]]
        g = rng.choice(pool)
        if force_timer and not g[1]:  # deterministic override, keeps the random sequence unchanged
            g = next(x for x in CLEAR_GOALS if x[1])
        return fill(g[0]), "goal:clear" + ("-jobhours" if g[1] else "")
    if state == "unclear":
        if english:
            return fill(rng.choice(UNCLEAR_GOALS_EN)), "goal:unclear-en"
        g = rng.choice(UNCLEAR_GOALS)
        return fill(g[0]), "goal:unclear" + ("-jobcenter-word" if g[1] else "")
    raise ValueError(state)


# ---------- appeal guidance ----------
def appeal_full(rng, ctx, variant=None, english=False):
    o, O, org = ctx["org_short"], ctx["org_short_cap"], ctx["org"]
    if english:
        return ("full-en", [f"If you disagree with this decision, you can appeal to {org} within 4 weeks of receiving this letter. "
                            f"We will reconsider the decision. If we uphold it, your appeal and the case papers are forwarded to "
                            f"Ankestyrelsen (the National Social Appeals Board), which makes the final decision."])
    v = variant or rng.choice("ABCDFG")
    if v == "A":
        return "full-faxe", [f"Hvis du ikke er enig i afgørelsen, skal du klage til {o} inden fire uger. {O} skal så genvurdere sin afgørelse inden fire uger, fra klagen er modtaget. Hvis {o} fastholder sin afgørelse, bliver din klage sendt videre til Ankestyrelsen, som tager stilling til afgørelsen."]
    if v == "B":
        return "full-formal", [f"Du kan klage over afgørelsen. Klagen skal være modtaget hos {org} senest 4 uger efter, at du har fået denne afgørelse. "
                               f"Du kan klage mundtligt eller skriftligt, f.eks. via Digital Post, på mail {ctx['cw']['email']} eller ved at ringe på {ctx['muni_phone']}.",
                               f"Når vi har modtaget din klage, vurderer vi afgørelsen igen (genvurdering). Fastholder vi afgørelsen, sender vi din klage og sagens akter videre til Ankestyrelsen, Beskæftigelsesudvalget, inden 4 uger. "
                               f"Klageadgangen følger af § 204 i lov om en aktiv beskæftigelsesindsats og kapitel 10 i retssikkerhedsloven."]
    if v == "C":
        return "full-bullets", [("bullets", [f"Send din klage til {org} – ikke direkte til Ankestyrelsen.",
                                             "Fristen er 4 uger fra den dag, du fik brevet.",
                                             "Vi ser på sagen igen. Giver vi dig ikke ret, sender vi klagen videre til Ankestyrelsen.",
                                             "Du må gerne ringe, skrive eller komme forbi, hvis du vil klage."])]
    if v == "D":
        return "full-short", [f"Du kan klage over afgørelsen til {org} inden 4 uger fra modtagelsen. {O} genvurderer afgørelsen og sender klagen videre til Ankestyrelsen, hvis afgørelsen fastholdes (LAB § 204 og retssikkerhedslovens §§ 66-67)."]
    if v == "F":
        return "full-address", [f"Fristen for at klage er fire uger fra den dag, du har modtaget brevet. Klagen sendes til {org}, {ctx['street']}, {ctx['zipcity']}, eller via Digital Post. "
                                f"Vi genvurderer sagen, og hvis vi ikke giver dig medhold, sender vi den til Ankestyrelsen."]
    if v == "G":
        return "full-3rd-person", [f"Borgeren kan klage over afgørelsen om mentorstøtte. Klagen indgives til {o} senest 4 uger efter modtagelsen af afgørelsen. {O} genvurderer afgørelsen; fastholdes den, videresendes klagen til Ankestyrelsen."]
    raise ValueError(v)


def appeal_footer_text(ctx):
    return (f"Klagevejledning: Du kan klage over afgørelsen til {ctx['org']} inden 4 uger efter, at du har modtaget den. "
            f"Vi genvurderer afgørelsen og sender klagen videre til Ankestyrelsen, hvis vi fastholder den. "
            f"{ctx['org']} · {ctx['street']} · {ctx['zipcity']} · tlf. {ctx['muni_phone']}")


def appeal_refonly(rng, ctx):
    opts = [
        ("ref-only:kan-klage", "Du kan klage over afgørelsen."),
        ("ref-only:se-vedlagte", "Se vedlagte klagevejledning."),
        ("ref-only:kontakt-sagsbehandler", "Hvis du er uenig i afgørelsen, er du velkommen til at kontakte din sagsbehandler."),
        ("ref-only:website", f"Du kan læse om dine muligheder for at klage på www.{ctx['web']}/klage."),
        ("ref-only:retssikkerhedsloven", "Afgørelsen kan påklages efter reglerne i retssikkerhedsloven."),
        ("ref-only:ankestyrelsen-no-deadline", "Du kan klage til Ankestyrelsen."),
    ]
    return rng.choice(opts)


# ---------- reasons ----------
def reasons(rng, ctx, subtype, extra=None):
    o, lab = ctx["org_short"], ctx["lab"]
    first = ctx["citizen"]["first"]
    if subtype == "refusal":
        return rng.choice([
            [f"Vi har lagt vægt på, at du allerede får socialpædagogisk støtte efter servicelovens § 85 to gange om ugen, og at den støtte dækker det, du har søgt om hjælp til.",
             f"Efter {lab} skal mentorstøtte fremme, at du kan opnå eller fastholde job, uddannelse eller tilbud. Det er vores vurdering, at en mentor ikke vil give dig en støtte, du ikke allerede får."],
            [f"Du har fortalt, at du ønsker hjælp til at rydde op i lejligheden og til indkøb. Mentorstøtte kan kun gives, når der er et mål om beskæftigelse eller uddannelse, jf. {lab}.",
             "Da du modtager førtidspension og ikke har et job- eller uddannelsesmål, kan vi ikke bevilge mentorstøtte."],
            [f"{ctx['school']} har oplyst, at du kan få SPS-støtte og hjælp fra skolens elevcoach. Mentorstøtte skal ligge ud over det, uddannelsesstedet normalt skal tilbyde.",
             f"Vi har derfor vurderet, at betingelserne i {lab} ikke er opfyldt, fordi skolen kan dække dit behov."],
        ])
    if subtype == "partial":
        pick = (lambda xs: xs[extra]) if extra is not None else rng.choice
        return pick([
            [f"Du har søgt om 8 timer om ugen. Vi vurderer ud fra samtalen med dig og praktikstedets udtalelse, at 4 timer om ugen er nok til, at du kan fastholde praktikken.",
             f"Vi har lagt vægt på, at du allerede selv møder op de fleste dage, og at behovet især er i starten af ugen. Afgørelsen er truffet efter {lab}."],
            [f"Mentorstøtte kan efter {lab}, stk. 1, højst gives for 6 måneder ad gangen. Vi kan derfor ikke bevilge den længere periode, du har søgt om.",
             "Inden perioden udløber, vurderer vi sammen med dig, om der er grundlag for en ny periode."],
            ["Du har ønsket en ekstern mentor fra et bestemt firma. Vi har vurderet, at kommunens egen mentor kan give den samme støtte, fordi støtten især handler om fremmøde og transport.",
             f"Vi har lagt vægt på dine oplysninger på mødet og på {lab}."],
        ])
    if subtype == "termination":
        return rng.choice([
            [f"Du er startet i ordinært job hos {ctx['employer']}, og du har selv fortalt, at det går godt. Formålet med mentorstøtten efter {lab} er dermed opnået."],
            [f"Mentor har oplyst, at du ikke er mødt op til de seneste fem aftaler. Vi har skrevet til dig to gange uden at høre fra dig.",
             f"Vi vurderer derfor, at mentorstøtten ikke længere hjælper dig nærmere job eller uddannelse, som er formålet efter {lab}."],
            [f"Du har gennemført grundforløbet og er startet på hovedforløbet. Skolens egen støtte dækker nu dit behov, og vi vurderer, at mentorstøtte ikke længere er nødvendig, jf. {lab}."],
        ])
    if subtype == "grant":
        return rng.choice([
            [f"Vi har lagt vægt på, at du har svært ved at komme afsted om morgenen, og at en mentor kan hjælpe dig med at fastholde praktikken."],
            [f"Bevillingen er givet efter {lab}, fordi vi vurderer, at støtten er afgørende for, at du kan starte og blive på uddannelsen."],
        ])
    if subtype == "extension":
        return rng.choice([
            ["På statusmødet aftalte vi, at du er godt på vej, men at du stadig har brug for støtte i overgangen til løntilskudsjobbet."],
            [f"Mentor og praktiksted vurderer, at du har flyttet dig meget, men at en ny periode er nødvendig for at fastholde fremmødet. Forlængelsen gives efter {lab}, stk. 1, 2. pkt."],
        ])
    raise ValueError(subtype)
# ----------------------------------------------------------------------------------------------
# Part 3: the mentor fields and the three labelled kinds (decision, minplan, agreement)
# ----------------------------------------------------------------------------------------------
LABELS = {
    "goal": ["Mål", "Målet med mentorstøtten", "Formål", "Formål med mentorstøtten", "Hovedformål", "Mål for forløbet",
             "Hvad skal mentorstøtten føre til?", "Målsætning", "Beskæftigelses- og uddannelsesmål"],
    "mentor": ["Mentor", "Mentorens navn og kontaktdata", "Din mentor", "Kontaktperson (mentor)", "Mentor – navn og kontakt",
               "Mentor/leverandør"],
    "tasks": ["Opgaver", "Mentorens opgaver", "Indsatsområder", "Hvad skal mentor hjælpe med?", "Støtten består i",
              "Mentor skal bistå med"],
    "duration": ["Periode", "Varighed", "Bevilget periode", "Gyldig fra – til", "Aftalens varighed", "Tidsrum"],
    "followup": ["Opfølgning", "Opfølgning og progression", "Evaluering og delmål", "Status og progression", "Sådan følger vi op"],
    "hours": ["Timetal", "Antal timer", "Timer pr. uge", "Omfang", "Timeantal", "Mentortimer"],
    "appeal": ["Klagevejledning", "Sådan klager du", "Hvis du vil klage", "Klageadgang", "Du kan klage"],
}
EN_LABELS = {"goal": ["Goal", "Aim of the mentor support"], "mentor": ["Mentor", "Mentor's name and contact details"],
             "tasks": ["Tasks", "What the mentor will help with"], "duration": ["Period", "Duration"],
             "followup": ["Follow-up and progress"], "hours": ["Hours", "Number of hours"],
             "appeal": ["How to appeal", "Appeal guidance"]}
FIELD_ORDER = ["goal", "mentor", "tasks", "duration", "followup", "hours"]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def default_start(ctx, rng):
    d = ctx["date"]
    if rng.random() < 0.6:
        return add_months(dt.date(d.year, d.month, 1), 1)
    return d + dt.timedelta(days=rng.randint(3, 20))


def duration_value(rng, ctx, state, start=None, english=False, months=None, form=None):
    """Returns (text, start, end, trait). end/start None when only a length is stated."""
    s = start or default_start(ctx, rng)
    style = "en" if english else rng.choice(DATE_STYLES)
    if state == "ok":
        form = form or rng.choice(["range"] * 6 + ["startlen", "startlen", "length", "weeks"])
        m = months or rng.choice([3, 4, 5, 6, 6, 6, 6])
        if english and form in ("weeks", "length"):
            form = "range"
        if form == "range":
            e = period_end(s, m)
            tr = "period:exact-six" if m == 6 else f"period:{m}m"
            return fmt_range(s, e, style, rng), s, e, tr
        if form == "startlen":
            e = period_end(s, m)
            a = fmt_date(s, style if style != "en" else "long")
            txt = rng.choice([f"fra {a} og {m} måneder frem", f"i {m} måneder fra {a}", f"pr. {a} i {m} mdr.",
                              f"{m} måneder med start {a}"])
            return txt, s, e, f"period:start+{m}m"
        if form == "length":
            txt, tr = rng.choice([("6 måneder", "6m"), ("seks måneder", "6m-words"), ("et halvt år", "half-year"),
                                  ("26 uger", "26w"), ("3 mdr.", "3m"), ("4 måneder", "4m")])
            return txt, None, None, f"period:length-only-{tr}"
        if form == "weeks":
            y = s.year
            a = rng.randint(2, 20)
            b = a + rng.choice([12, 17, 21, 24])
            if b > 52:
                a, b = 5, 30
            s2 = dt.date.fromisocalendar(y, a, 1)
            e2 = dt.date.fromisocalendar(y, b, 7)
            assert not over_six(s2, e2)
            return rng.choice([f"uge {a}-{b} {y}", f"uge {a} til uge {b} ({y})"]), s2, e2, "period:weeks"
    if state == "over":
        form = form or rng.choice(["range"] * 5 + ["startlen", "length", "oneday"])
        if english:
            form = "range"
        m = months or rng.choice([7, 8, 9, 9, 10, 12, 12])
        if form == "range":
            e = period_end(s, m)
            return fmt_range(s, e, style, rng), s, e, f"period:over-{m}m"
        if form == "oneday":
            e = period_end(s, 6) + dt.timedelta(days=1)
            return fmt_range(s, e, style if style != "en" else "long", rng), s, e, "period:one-day-over"
        if form == "startlen":
            e = period_end(s, m)
            a = fmt_date(s, style)
            words = {12: rng.choice(["12 måneder", "et år", "1 år"]), 9: "9 måneder", 8: "otte måneder", 7: "7 mdr.", 10: "10 mdr."}
            txt = rng.choice([f"i {words[m]} fra {a}", f"fra {a} og {words[m]} frem"])
            return txt, s, e, f"period:over-start+{m}m"
        if form == "length":
            txt = rng.choice(["9 måneder", "12 måneder", "et år", "8 mdr."])
            return txt, None, None, "period:over-length-only"
    if state == "placeholder":
        return rng.choice([x for x in DURATION_PLACEHOLDERS]), None, None, "duration:placeholder"
    raise ValueError(state)


def mentor_value(rng, ctx, english=False):
    m = ctx["mentor"]
    form = rng.choice(["line", "line", "lines", "phone", "prose"])
    if english:
        form = rng.choice(["line", "lines"])
    if form == "line":
        return f"{m['name']}, {m['firm']}, tlf. {m['phone']}, {m['email']}", "mentor:line"
    if form == "lines":
        return [m["name"], m["firm"], f"Tlf. {m['phone']}", f"E-mail: {m['email']}"], "mentor:lines"
    if form == "phone":
        return f"{m['name']} ({m['firm']}) – mobil {m['phone']}", "mentor:phone-only"
    return (f"Din mentor hedder {m['name']} og kommer fra {m['firm']}. Du kan ringe til {m['first']} på {m['phone']} "
            f"eller skrive til {m['email']}."), "mentor:prose"


def tasks_value(rng, english=False):
    pool = TASKS_EN if english else TASKS
    k = rng.randint(2, 4)
    items = [cap(x) for x in rng.sample(pool, min(k, len(pool)))]
    if rng.random() < 0.3 and not english:
        return "Mentor skal " + ", ".join(x[0].lower() + x[1:] for x in items[:-1]) + " og " + items[-1][0].lower() + items[-1][1:] + ".", "tasks:sentence"
    return items, "tasks:list"


def followup_value(rng, ctx, s, e, english=False):
    if english:
        return rng.choice(FOLLOWUP_OK_EN), "followup:en"
    t = rng.choice(FOLLOWUP_OK)
    if s and e:
        mid = s + (e - s) / 2
        late = e - dt.timedelta(days=14)
        t = t.format(mid=fmt_date(mid, "long"), late=fmt_date(late, "long"))
    else:
        t = t.format(mid="efter 3 måneder", late="14 dage før periodens udløb")
    return t, "followup:ok"


def mentor_fields(rng, ctx, fs, who="du", english=False, forced_duration=None, allow_timer=None):
    """Build the six agreement fields from the field states; returns (fields, rules, traits, period)."""
    F, rules, traits, period = {}, set(), [], None
    L = EN_LABELS if english else LABELS
    lab = lambda k: rng.choice(L[k])
    if allow_timer is None:
        allow_timer = fs.get("hours") == "ok" or fs.get("hard_jobhours", False)
    st = fs["goal"]
    if st in ("clear", "unclear"):
        t, tr = goal_text(rng, ctx, st, who, allow_timer=allow_timer, english=english, force_timer=fs.get("hard_jobhours", False))
        F["goal"] = {"label": lab("goal"), "value": cap(t)}
        traits.append(tr)
        if st == "unclear":
            rules.add("unclear-goal")
    else:
        rules.add("missing-goal")
        traits.append(f"goal:{st}")
        if st == "placeholder":
            F["goal"] = {"label": lab("goal"), "value": rng.choice(GOAL_PLACEHOLDERS)}
    st = fs["mentor"]
    if st == "ok":
        v, tr = mentor_value(rng, ctx, english)
        F["mentor"] = {"label": lab("mentor"), "value": v}
        traits.append(tr)
    else:
        rules.add("missing-mentor")
        traits.append(f"mentor:{st}")
        if st == "placeholder":
            F["mentor"] = {"label": lab("mentor"), "value": rng.choice(MENTOR_PLACEHOLDERS)}
    st = fs["tasks"]
    if st == "ok":
        v, tr = tasks_value(rng, english)
        F["tasks"] = {"label": lab("tasks"), "value": v}
        traits.append(tr)
    else:
        rules.add("missing-tasks")
        traits.append(f"tasks:{st}")
        if st == "placeholder":
            F["tasks"] = {"label": lab("tasks"), "value": rng.choice(TASK_PLACEHOLDERS)}
    st = fs["duration"]
    s = e = None
    if forced_duration is not None:
        txt, s, e, tr = forced_duration
        F["duration"] = {"label": lab("duration"), "value": txt}
        traits.append(tr)
    elif st in ("ok", "over"):
        txt, s, e, tr = duration_value(rng, ctx, st, english=english, form=fs.get("duration_form"))
        if st == "over" and fs.get("force_oneday"):  # deterministic override: one day past the 6-month end
            s = s or default_start(ctx, random.Random(1))
            e = period_end(s, 6) + dt.timedelta(days=1)
            txt, tr = f"{fmt_date(s, 'num')} – {fmt_date(e, 'num')}", "period:one-day-over"
        F["duration"] = {"label": lab("duration"), "value": txt}
        traits.append(tr)
    elif st == "start-only":
        s0 = default_start(ctx, rng)
        F["duration"] = {"label": "Startdato", "value": fmt_date(s0, rng.choice(["num", "long", "iso"]))}
        F["duration_end"] = {"label": "Slutdato", "value": rng.choice(["", "-", "Ikke fastsat"])}
        rules.add("missing-duration")
        traits.append("duration:start-only")
    else:
        rules.add("missing-duration")
        traits.append(f"duration:{st}")
        if st == "placeholder":
            txt, _, _, _ = duration_value(rng, ctx, "placeholder")
            F["duration"] = {"label": lab("duration"), "value": txt}
    if fs["duration"] == "over" or (forced_duration is not None and fs["duration"] == "over"):
        rules.add("duration-over-6-months")
    if s and e:
        period = {"start": s.isoformat(), "end": e.isoformat()}
    st = fs.get("followup", "na")
    if st == "ok":
        v, tr = followup_value(rng, ctx, s, e, english)
        F["followup"] = {"label": lab("followup"), "value": v}
        traits.append(tr)
    elif st == "missing":
        rules.add("missing-follow-up")
        traits.append("followup:missing")
    st = fs["hours"]
    if st != "ok" and any(t.endswith("-jobhours") for t in traits):
        traits.append("hard:job-hours-in-goal")
    if st == "ok":
        v = rng.choice(HOURS_OK_EN if english else HOURS_OK)
        F["hours"] = {"label": lab("hours"), "value": v}
        traits.append("hours:ok")
    else:
        rules.add("missing-hours")
        traits.append(f"hours:{st}")
        if st != "missing":
            F["hours"] = {"label": lab("hours"), "value": rng.choice(HOURS_MISSING[st])}
    return F, rules, traits, period


def prose_for(k, f, english=False):
    v = f["value"]
    vt = kv_value_text(v, "; ")
    if english:
        return {"goal": f"The goal of the mentor support: {vt}", "mentor": f"Your mentor: {vt}",
                "tasks": f"The mentor will: {vt}", "duration": f"The agreement runs {vt}.",
                "followup": vt, "hours": f"Hours: {vt}."}[k]
    if k == "goal":
        return f"Målet med mentorstøtten er: {vt or '[indsættes]'}"
    if k == "mentor":
        if isinstance(v, str) and v.startswith("Din mentor"):
            return v
        return f"Din mentor er {vt or '[navn indsættes]'}."
    if k == "tasks":
        if isinstance(v, str) and v.startswith("Mentor skal"):
            return v
        return f"Mentoren skal hjælpe dig med følgende: {vt or '[indsættes]'}"
    if k == "duration":
        return f"Aftalen gælder {vt or '[periode indsættes]'}."
    if k == "duration_end":
        return f"Slutdato: {vt or '[indsættes]'}"
    if k == "followup":
        return vt
    if k == "hours":
        if vt.lower().startswith("efter behov") or vt.lower().startswith("støtten"):
            return f"Mentorstøtten gives {vt.lower().replace('støtten gives ', '')}."
        return f"Du får mentorstøtte i omfanget: {vt or '[timer indsættes]'}."
    return vt


def field_blocks(rng, F, layout, english=False, order=None):
    order = order or ["goal", "mentor", "tasks", "duration", "duration_end", "followup", "hours"]
    present = [(k, F[k]) for k in order if k in F]
    if layout == "table":
        return [("kv", [(f["label"], f["value"]) for _, f in present])]
    if layout == "kvlist":
        out = []
        for k, f in present:
            if isinstance(f["value"], (list, tuple)):
                out.append(("lp", f["label"] + ":", ""))
                out.append(("bullets", list(f["value"])))
            else:
                out.append(("lp", f["label"] + ":", f["value"]))
        return out
    if layout == "sections":
        out = []
        for i, (k, f) in enumerate(present, 1):
            out.append(("h2", f"{i}. {f['label']}"))
            v = f["value"]
            out.append(("bullets", list(v)) if isinstance(v, (list, tuple)) else ("p", v or " "))
        return out
    if layout == "prose":
        return [("p", prose_for(k, f, english)) for k, f in present]
    if layout == "header-row":
        first = [(k, f) for k, f in present if k in ("goal", "tasks", "hours", "duration")]
        rest = [(k, f) for k, f in present if k not in ("goal", "tasks", "hours", "duration")]
        out = [("table", [f["label"] for _, f in first], [[kv_value_text(f["value"], "\n") for _, f in first]])] if first else []
        if rest:
            out.append(("kv", [(f["label"], f["value"]) for _, f in rest]))
        return out
    raise ValueError(layout)


def letter_top(rng, ctx, doc, place="blocks", english=False):
    """Sender, recipient, date and case-number block. place: blocks | sidebar."""
    c = ctx["citizen"]
    sender = [ctx["org"], ctx["cw"]["dept"], ctx["street"], ctx["zipcity"], f"Tlf. {ctx['muni_phone']}", f"www.{ctx['web']}"]
    dstyle = rng.choice(["long", "long", "num", "den"])
    meta = [f"{'Date' if english else 'Dato'}: {fmt_date(ctx['date'], 'en' if english else dstyle)}",
            f"{'Case no.' if english else rng.choice(['Sagsnr.', 'Sagsnummer', 'J.nr.', 'Vores ref.'])}: {ctx['sagsnr'].replace('J.nr. ', '')}"]
    if ctx.get("cpr"):
        meta.append(f"{rng.choice(['CPR-nr.', 'Cpr.nr.', 'CPR'])}: {ctx['cpr']}")
    meta.append(f"{'Caseworker' if english else 'Sagsbehandler'}: {ctx['cw']['name']}")
    recipient = f"{c['name']}\n{c['address']}\n{c['zipcity']}"
    if place == "sidebar":
        doc["sidebar"] = sender + [""] + meta + ["", f"Direkte tlf. {ctx['cw']['phone']}", ctx["cw"]["email"]]
        doc["blocks"].append(("p", recipient))
    else:
        doc["blocks"].append(("p", "\n".join(sender[:4])))
        doc["blocks"].append(("p", recipient))
        doc["blocks"].append(("p", "\n".join(meta)))


def closing(rng, ctx, english=False):
    cw = ctx["cw"]
    greet = "Kind regards" if english else rng.choice(["Med venlig hilsen", "Venlig hilsen", "Med venlig hilsen"])
    return ("p", f"{greet}\n\n{cw['name']}\n{cap(cw['title']) if not english else 'Caseworker'}\n{ctx['org']}\n"
                 f"Direkte tlf. {cw['phone']} · {cw['email']}")


# ---------- decisions ----------
DEC_TITLES = {
    "grant": ["Afgørelse om mentorstøtte", "Bevilling af mentorstøtte", "Du får mentorstøtte", "Afgørelse – bevilling af mentor",
              "Bevilling af mentorstøtte efter § 167"],
    "partial": ["Afgørelse om mentorstøtte – delvis bevilling", "Delvis bevilling af mentorstøtte", "Afgørelse om din ansøgning om mentor"],
    "refusal": ["Afslag på mentorstøtte", "Afgørelse om mentorstøtte – afslag", "Du får ikke mentorstøtte", "Afslag på ansøgning om mentor"],
    "extension": ["Forlængelse af mentorstøtte", "Afgørelse om forlængelse af din mentorstøtte", "Din mentorstøtte forlænges",
                  "Ny periode med mentorstøtte"],
    "termination": ["Ophør af mentorstøtte", "Afgørelse om ophør af mentorstøtte", "Din mentorstøtte stopper", "Afgørelse: mentorstøtten ophører"],
}
DEC_TITLES_EN = {"grant": "Decision on mentor support", "refusal": "Decision: mentor support refused",
                 "extension": "Extension of your mentor support", "partial": "Decision on mentor support (partly granted)",
                 "termination": "Your mentor support ends"}


def build_decision(rng, ctx, spec):
    sub = spec["subtype"]
    english = spec.get("english", False)
    layout = spec["layout"]
    traits = [f"subtype:{sub}"] + (["lang:en"] if english else [])
    rules, extras = set(), []
    period = None
    title = DEC_TITLES_EN[sub] if english else rng.choice(DEC_TITLES[sub])
    doc = new_doc(title, date=ctx["date"], author=ctx["cw"]["name"], lang="en" if english else "da")
    place = "sidebar" if layout == "letter-sidebar" else "blocks"
    letter_top(rng, ctx, doc, place, english)
    if layout == "letter-running-header":
        doc["header"] = f"{ctx['org']} · {ctx['cw']['dept']} · Sagsnr. {ctx['sagsnr']} · Side {{page}}"
    B = doc["blocks"]
    c = ctx["citizen"]
    o, O, lab = ctx["org_short"], ctx["org_short_cap"], ctx["lab"]
    appl = ctx["date"] - dt.timedelta(days=rng.randint(6, 30))
    applied = fmt_date(appl, rng.choice(["long", "den", "num"]))
    over = spec.get("over", False)
    hours = rng.choice(HOURS_OK_EN if english else HOURS_OK)
    granted = None  # (text, s, e, trait)
    if english:
        B.append(("p", f"Dear {c['first']},"))
    else:
        B.append(("p", rng.choice([f"Kære {c['first']}", f"Kære {c['name']}", f"Til {c['name']}", ""]) or " "))
    if sub == "grant":
        granted = duration_value(rng, ctx, "over" if over else "ok", english=english, form=spec.get("duration_form") or rng.choice(["range", "range", "range", "startlen"]))
        if english:
            B.append(("p", f"You applied for mentor support on {fmt_date(appl, 'en')}. We have granted mentor support for the period {granted[0]}. The support is {hours}."))
        else:
            B.append(("p", rng.choice([
                f"Du har {applied} søgt om mentorstøtte. Vi har nu behandlet din ansøgning, og du får bevilget mentorstøtte {granted[0]}.",
                f"Vi talte på mødet {applied} om, at du kan få gavn af en mentor. {O} har derfor besluttet at bevilge dig mentorstøtte {granted[0]}.",
                f"{O} bevilger dig mentorstøtte efter {lab}. Bevillingen gælder {granted[0]}.",
            ])))
            B.append(("p", rng.choice([f"Støtten er på {hours}.", f"Du får {hours} med din mentor.", f"Timetal: {hours}."])))
            if rng.random() < 0.5 and spec["appeal"] not in ("missing", "refonly"):
                B.append(("p", "Du har fået det, du har søgt om."))
                traits.append("fully-granted-statement")
        if spec.get("reasons", "none") == "present" and not english:
            B.append(("h2", "Begrundelse"))
            B.extend(("p", x) for x in reasons(rng, ctx, "grant"))
    elif sub == "partial":
        variant = spec.get("partial_variant") or rng.choice(["hours", "months", "mentor"])
        variant_reason = 0
        granted = duration_value(rng, ctx, "over" if over else "ok", english=english, months=None if over else 6, form="range")
        if english:
            hours = "3 hours per week"
            B.append(("p", f"You applied for 8 hours of mentor support a week for 12 months. You are granted {hours} for the period {granted[0]}."))
        elif variant == "months" and not over:
            B.append(("p", f"Du har {applied} søgt om mentorstøtte i 12 måneder. Du får bevilget mentorstøtte i 6 måneder, {granted[0]}. Resten af din ansøgning får du afslag på."))
            B.append(("p", f"Timetallet er {hours}."))
            traits.append("hard:asked-12-months")
            variant_reason = 1
        elif variant == "mentor":
            B.append(("p", f"Du har {applied} søgt om at få en mentor fra et privat mentorfirma. Du får i stedet bevilget mentorstøtte fra {rng.choice(INTERNAL_MENTOR_UNITS).lower()} {granted[0]}, {hours}."))
            variant_reason = 2
        else:
            hours = rng.choice(["4 timer om ugen", "4 timer pr. uge", "fire timer ugentligt"])
            B.append(("p", f"Du har {applied} søgt om 8 timers mentorstøtte om ugen. Du får bevilget {hours} {granted[0]}. Du får altså delvist afslag på din ansøgning."))
            variant_reason = 0
        if spec.get("reasons") == "present":
            B.append(("h2", rng.choice(["Begrundelse", "Begrundelse for afgørelsen", "Hvorfor har vi truffet denne afgørelse?"]) if not english else "Reasons"))
            if english:
                B.append(("p", "We have assessed that 3 hours a week is enough for you to keep the work placement, based on the placement's statement. Mentor support can be granted for at most 6 months at a time under section 167 of the Active Employment Act."))
            else:
                rs = reasons(rng, ctx, "partial", variant_reason)
                B.extend(("p", x) for x in rs)
    elif sub == "refusal":
        asked_m = rng.choice([6, 6, 12, 4])
        s = default_start(ctx, rng)
        if asked_m == 12:
            traits.append("hard:asked-12-months")
        asked = rng.choice([f"i {asked_m} måneder fra {fmt_date(s, 'long')}", f"i perioden {fmt_range(s, period_end(s, asked_m), rng.choice(DATE_STYLES), rng)}",
                            f"i {asked_m} måneder"])
        if asked_m == 6:
            traits.append("hard:asked-6-months-mentioned")
        if english:
            B.append(("p", f"You applied on {fmt_date(appl, 'en')} for mentor support for {asked_m} months. We have refused your application."))
        else:
            B.append(("p", rng.choice([f"Du har {applied} søgt om mentorstøtte {asked}. Vi har behandlet din ansøgning, og du får afslag.",
                                       f"{O} har besluttet at give dig afslag på din ansøgning om mentorstøtte {asked}, som vi modtog {applied}."])))
        if spec.get("reasons") == "present":
            B.append(("h2", "Reasons" if english else rng.choice(["Begrundelse", "Derfor får du afslag", "Begrundelse for afslaget"])))
            if english:
                B.append(("p", "Mentor support requires an aim of employment or education (section 167 of the Active Employment Act). You receive a disability pension and told us that you do not wish to work or study, so the condition is not met."))
            else:
                B.extend(("p", x) for x in reasons(rng, ctx, "refusal"))
    elif sub == "extension":
        s0 = add_months(dt.date(ctx["date"].year, ctx["date"].month, 1), -5)
        e0 = period_end(s0, 6)
        s1 = e0 + dt.timedelta(days=1)
        months = rng.choice([9, 12, 10]) if over else rng.choice([3, 4, 6, 6])
        e1 = period_end(s1, months)
        st = "en" if english else rng.choice(DATE_STYLES)
        granted = (fmt_range(s1, e1, st, rng), s1, e1, f"period:extension-{months}m")
        r0 = fmt_range(s0, e0, st, rng)
        if english:
            B.append(("p", f"Your mentor support for the period {r0} is extended for the period {granted[0]}. The support continues with {hours}."))
        else:
            B.append(("p", rng.choice([
                f"Din mentorstøtte, som løber {r0}, forlænges {granted[0]}.",
                f"Vi har besluttet at forlænge din mentorstøtte. Den nuværende periode er {r0}. Den nye periode er {granted[0]}.",
                f"{O} bevilger en ny periode med mentorstøtte efter {lab}, stk. 1, 2. pkt. Den nye periode gælder {granted[0]} og følger efter perioden {r0}.",
            ])))
            B.append(("p", f"Timetallet fortsætter med {hours}."))
            if not over and months == 6 and rng.random() < 0.5:
                B.append(("p", "Den samlede periode med mentorstøtte bliver dermed 12 måneder."))
                traits.append("hard:total-12-months-mentioned")
        traits.append("hard:two-periods")
        if spec.get("reasons", "none") == "present" and not english:
            B.append(("h2", "Begrundelse"))
            B.extend(("p", x) for x in reasons(rng, ctx, "extension"))
    elif sub == "termination":
        end = ctx["date"] + dt.timedelta(days=rng.randint(7, 30))
        e_txt = fmt_date(end, "en" if english else rng.choice(["long", "num", "den"]))
        if english:
            B.append(("p", f"Your mentor support ends on {e_txt}."))
        else:
            B.append(("p", rng.choice([f"Din mentorstøtte ophører {e_txt}.", f"Vi stopper din mentorstøtte pr. {e_txt}.",
                                       f"{O} har besluttet, at mentorstøtten ophører med udgangen af {MONTHS[end.month - 1]} {end.year}."])))
            if rng.random() < 0.5:
                s0 = add_months(end, -3)
                B.append(("p", f"Mentorstøtten blev bevilget {fmt_range(s0, period_end(s0, 6), rng.choice(DATE_STYLES), rng)}, men stopper altså før tid."))
                traits.append("hard:old-period-mentioned")
        if spec.get("reasons") == "present":
            B.append(("h2", "Reasons" if english else rng.choice(["Begrundelse", "Hvorfor stopper mentorstøtten?"])))
            if english:
                B.append(("p", "You started an ordinary job on 1 March and told us it is going well. The purpose of the mentor support (section 167 of the Active Employment Act) has therefore been met."))
            else:
                B.extend(("p", x) for x in reasons(rng, ctx, "termination"))
    if sub in ("partial", "refusal", "termination"):
        if spec.get("reasons") == "present":
            traits.append("reasons:present")
        else:
            extras.append("missing-reasons")
            traits.append("reasons:missing")
    if granted:
        traits.append(granted[3])
        if granted[1] and granted[2]:
            period = {"start": granted[1].isoformat(), "end": granted[2].isoformat()}
        if over:
            rules.add("duration-over-6-months")
    # --- agreement in the body / as Bilag 1
    agreement_F = None
    if layout in ("letter-embedded-agreement", "letter-bilag") and granted:
        fs = {"goal": "clear", "mentor": "ok", "tasks": "ok", "duration": "over" if over else "ok", "followup": "ok", "hours": "ok"}
        agreement_F, _, _, _ = mentor_fields(rng, ctx, fs, who="du", english=english, forced_duration=granted)
        agreement_F["hours"]["value"] = hours
    if layout == "letter-embedded-agreement" and agreement_F:
        B.append(("h2", rng.choice(["Aftale om mentorstøtte", "Indholdet af mentorstøtten", "Din mentoraftale"]) if not english else "Mentor agreement"))
        B.extend(field_blocks(rng, agreement_F, rng.choice(["table", "kvlist"]), english))
        traits.append("agreement:in-body")
    # --- appeal guidance
    ap = spec["appeal"]
    appeal_blocks = []
    if ap == "full":
        name, paras = appeal_full(rng, ctx, english=english, variant=spec.get("appeal_variant"))
        traits.append(f"appeal:{name}")
        appeal_blocks.append(("h2", "How to appeal" if english else rng.choice(LABELS["appeal"])))
        for x in paras:
            appeal_blocks.append(x if isinstance(x, tuple) else ("p", x))
    elif ap == "refonly":
        name, sent = appeal_refonly(rng, ctx)
        traits.append(f"appeal:{name}")
        rules.add("missing-appeal-guidance")
        if rng.random() < 0.5:
            appeal_blocks.append(("h2", "Klagevejledning"))
        appeal_blocks.append(("p", sent))
    elif ap in ("footer", "bilag-only"):
        pass
    else:
        rules.add("missing-appeal-guidance")
        traits.append("appeal:missing")
    if ap == "footer":
        doc["footer"] = appeal_footer_text(ctx)
        traits.append("appeal:footer")
    if layout == "letter-lastpage-appeal" and appeal_blocks:
        B.append(("p", rng.choice(["Du kan læse, hvordan du klager, på sidste side af brevet.", "Se klagevejledningen på næste side.",
                                   "Har du spørgsmål, er du velkommen til at ringe til mig."])))
        B.append(closing(rng, ctx, english))
        B.append(("pagebreak",))
        B.extend(appeal_blocks)
        traits.append("appeal-position:last-page")
    else:
        B.extend(appeal_blocks)
        if rng.random() < 0.6 and not english:
            B.append(("p", rng.choice(["Har du spørgsmål til brevet, er du velkommen til at kontakte mig.",
                                       "Du er velkommen til at ringe, hvis du har spørgsmål."])))
        B.append(closing(rng, ctx, english))
    if layout == "letter-bilag" and agreement_F:
        B.append(("pagebreak",))
        B.append(("h1", "Bilag 1: Mentoraftale" if not english else "Appendix 1: Mentor agreement"))
        B.extend(field_blocks(rng, agreement_F, rng.choice(["table", "sections"]), english))
        traits.append("agreement:bilag-1")
        if ap == "bilag-only":
            name, paras = appeal_full(rng, ctx, english=english)
            B.append(("h2", "Klagevejledning" if not english else "How to appeal"))
            B.extend(x if isinstance(x, tuple) else ("p", x) for x in paras)
            traits.append("appeal:in-bilag-only")
    elif ap == "bilag-only":
        raise AssertionError("bilag-only needs the bilag layout")
    return doc, {"rules": sorted(rules), "extras": extras, "traits": traits, "period": period}


# ---------- Min Plan ----------
OTHER_ACTIVITIES = [
    ("Virksomhedspraktik", "{employer}", 3, "20 timer pr. uge"),
    ("Løntilskud (offentlig arbejdsgiver)", "Kantinen på Rådhuset", 12, "25 timer pr. uge"),
    ("Danskuddannelse, modul 3", "Sprogcentret", 5, "12 lektioner om ugen"),
    ("Kursus: Truckcertifikat B", "AMU Vest", 1, "37 timer i alt"),
    ("Nytteindsats", "Genbrugspladsen", 3, "15 timer pr. uge"),
]


def build_minplan(rng, ctx, spec):
    fs = spec["fields"]
    layout = spec["layout"]
    who = rng.choice(["du", "du", ctx["citizen"]["first"], "borgeren"]) if layout.startswith("jobnet") else rng.choice(["borgeren", ctx["citizen"]["first"], "du"])
    F, rules, traits, period = mentor_fields(rng, ctx, fs, who=who)
    traits.insert(0, "subtype:minplan")
    c = ctx["citizen"]
    printed = ctx["date"]
    system = rng.choice(["Jobnet", "Jobnet", "SagsPortal 4.2", "Fagsystem (udskrift)", "Min Plan – sagsbehandlervisning"])
    if layout.startswith("jobnet"):
        doc = new_doc("Min Plan", date=printed, author="Jobnet", htmlstyle="jobnet", kvstyle="dl")
        doc["header"] = f"Jobnet · Min Plan · Udskrevet {fmt_date(printed, 'num')} kl. {rng.randint(8, 15)}:{rng.randint(10, 59)}"
        doc["footer"] = "Side {page} · jobnet.dk"
    else:
        doc = new_doc(rng.choice(["Min Plan – udskrift", "Udskrift af Min Plan", "Plan for " + c["name"], "MIN PLAN"]),
                      date=printed, author=system, txtstyle=rng.choice(["dots", "colon", "stacked"]))
        doc["header"] = f"{system} · {ctx['org']} · udskrevet {fmt_date(printed, rng.choice(['num', 'iso']))}"
    B = doc["blocks"]
    ident = [("Navn", c["name"])]
    if ctx.get("cpr"):
        ident.append(("CPR-nr.", ctx["cpr"]))
    ident.append(("Sagsbehandler", f"{ctx['cw']['name']}, tlf. {ctx['cw']['phone']}"))
    traits.append("hard:caseworker-contact")
    if layout == "minplan-sidebar":
        doc["sidebar"] = [ctx["org"], ctx["cw"]["dept"], "", "Din kontaktperson:", ctx["cw"]["name"], f"Tlf. {ctx['cw']['phone']}", ctx["cw"]["email"],
                          "", f"Sagsnr. {ctx['sagsnr']}"]
    B.append(("kv", ident))
    if fs["goal"] == "clear" and rng.random() < 0.5:
        B.append(("h2", rng.choice(["Mit mål", "Dit overordnede mål", "Jobmål"])))
        B.append(("p", rng.choice(["Job inden for lager og logistik.", "Uddannelse: SOSU-hjælper.", "Ordinært job i detailhandlen."])))
    B.append(("h2", rng.choice(["Aktiviteter", "Mine aktiviteter", "Planlagte og igangværende aktiviteter", "Indsatser"])))
    act = [("Aktivitet", rng.choice(["Mentorstøtte", "Mentor", "Mentorstøtte (LAB § 167)", "Støtte: mentor"]))]
    if rng.random() < 0.5:
        act.append(("Lovgrundlag", rng.choice(["LAB § 167", "§ 167 i LAB", "LAB kap. 26"])))
    act.append(("Status", rng.choice(["Aktiv", "Igangværende", "Planlagt", "Bevilget"])))
    order = rng.choice([["goal", "mentor", "tasks", "duration", "duration_end", "hours"],
                        ["duration", "duration_end", "goal", "tasks", "mentor", "hours"],
                        ["goal", "duration", "duration_end", "hours", "mentor", "tasks"]])
    for k in order:
        if k in F:
            act.append((F[k]["label"], F[k]["value"]))
    other = None
    if spec.get("other_activity"):
        other = spec["other_activity"]
    elif rng.random() < 0.35:
        other = rng.choice(OTHER_ACTIVITIES[2:])
    mentor_card = [("h3", "Mentorstøtte"), ("kv", act)]
    other_card = []
    if other:
        name, where, months, hrs = other
        s = default_start(ctx, rng) - dt.timedelta(days=14)
        other_card = [("h3", name), ("kv", [("Aktivitet", name), ("Sted", where.format(employer=ctx["employer"])),
                                            ("Periode", fmt_range(s, period_end(s, months), "num", rng)), ("Omfang", hrs)])]
        traits.append(f"hard:other-activity-{slug(name)[:18]}")
        if months > 6:
            traits.append("hard:other-activity-long-period")
    if rng.random() < 0.5:
        B.extend(mentor_card + other_card)
    else:
        B.extend(other_card + mentor_card)
    if layout != "minplan-sidebar":
        B.append(("h2", rng.choice(["Kontakt", "Din sagsbehandler", "Kontaktoplysninger"])))
        B.append(("p", f"{ctx['cw']['name']}, {ctx['cw']['title']}\n{ctx['org']}\nTlf. {ctx['cw']['phone']} · {ctx['cw']['email']}"))
    if rng.random() < 0.3:
        B.append(("small", "Min Plan er din plan for, hvad du og kommunen har aftalt. Planen opdateres løbende." if ctx["new_era"] else
                  "Min Plan er din plan for, hvad du og jobcentret har aftalt. Planen opdateres løbende."))
    return doc, {"rules": sorted(rules), "extras": [], "traits": traits, "period": period}


# ---------- agreements ----------
AGR_TITLES = ["Mentoraftale", "Aftale om mentorstøtte", "Skriftlig aftale om mentorforløb", "Mentorkontrakt",
              "Aftale om mentor efter § 167", "Aftale om mentorstøtte – {name}", "MENTORAFTALE"]


def build_agreement(rng, ctx, spec):
    fs = spec["fields"]
    layout = spec["layout"]
    english = layout == "english"
    flayout = {"table": "table", "kvlist": "kvlist", "sections": "sections", "prose": "prose", "two-column": "kvlist",
               "header-row": "header-row", "english": "kvlist", "form": "table", "letter": "prose"}[layout]
    who = "du" if flayout == "prose" or rng.random() < 0.5 else rng.choice([ctx["citizen"]["first"], "borgeren"])
    if english:
        who = ctx["citizen"]["first"]
    F, rules, traits, period = mentor_fields(rng, ctx, fs, who=who, english=english)
    traits.insert(0, "subtype:agreement")
    c = ctx["citizen"]
    title = "Mentor agreement (aftale om mentorstøtte)" if english else rng.choice(AGR_TITLES).format(name=c["name"])
    doc = new_doc(title, date=ctx["date"], author=ctx["cw"]["name"], lang="en" if english else "da")
    if layout == "two-column":
        doc["columns"] = 2
    if rng.random() < 0.4:
        doc["header"] = f"{ctx['org']} · {rng.choice(['Mentoraftale', 'Aftale', ctx['cw']['dept']])} · {ctx['sagsnr']}"
    if rng.random() < 0.3:
        doc["footer"] = f"{ctx['org']} · {ctx['street']} · {ctx['zipcity']} · www.{ctx['web']}"
    B = doc["blocks"]
    parties = [("Borger" if not english else "Citizen", c["name"])]
    if ctx.get("cpr"):
        parties.append(("CPR-nr." if not english else "CPR no.", ctx["cpr"]))
    parties.append(("Sagsbehandler" if not english else "Caseworker", f"{ctx['cw']['name']}, {ctx['org']}, tlf. {ctx['cw']['phone']}"))
    parties.append(("Dato" if not english else "Date", fmt_date(ctx["date"], "en" if english else rng.choice(DATE_STYLES))))
    traits.append("hard:caseworker-contact")
    if layout == "letter":
        letter_top(rng, ctx, doc)
        B.append(("p", f"Kære {c['first']}"))
        B.append(("p", rng.choice([f"Her er den aftale om mentorstøtte, som vi lavede sammen på mødet {fmt_date(ctx['date'] - dt.timedelta(days=5), 'long')}.",
                                   "Vi har aftalt, at du får en mentor. Her kan du læse, hvad vi har aftalt."])))
    else:
        B.append(("kv", parties) if rng.random() < 0.6 else ("p", "\n".join(f"{k}: {v}" for k, v in parties)))
        if layout == "form":
            B.append(("p", rng.choice(["Type: ☒ Tilbudsmentor  ☐ Ret- og pligtmentor  ☐ Uddannelsesmentor",
                                       "Mentortype: [X] tilbudsmentor [ ] udvidet mentor [ ] udskrivningskoordinator"])))
        if rng.random() < 0.5 and not english:
            B.append(("p", rng.choice([f"Aftalen indgås efter {ctx['lab']}.", f"Lovgrundlag: {ctx['lab_short']}.",
                                       "Denne aftale beskriver, hvad mentorstøtten skal bruges til."])))
    B.extend(field_blocks(rng, F, flayout, english))
    ap = fs["appeal"]
    if ap == "full":
        name, paras = appeal_full(rng, ctx, english=english)
        traits.append(f"appeal:{name}")
        B.append(("h2", rng.choice(EN_LABELS["appeal"] if english else LABELS["appeal"])))
        B.extend(x if isinstance(x, tuple) else ("p", x) for x in paras)
    elif ap == "refonly":
        name, sent = appeal_refonly(rng, ctx)
        traits.append(f"appeal:{name}")
        rules.add("missing-appeal-guidance")
        B.append(("lp", "Klagevejledning:", sent) if rng.random() < 0.5 else ("p", sent))
    else:
        rules.add("missing-appeal-guidance")
        traits.append("appeal:missing")
    if layout == "letter":
        B.append(closing(rng, ctx))
    else:
        sig = [["Borger", "Dato:", "Underskrift:"], [ctx["org"], "Dato:", "Underskrift:"]]
        if fs["mentor"] == "ok":
            sig.append(["Mentor", "Dato:", "Underskrift:"])
        if english:
            sig = [[r[0] if r[0] != "Borger" else "Citizen", "Date:", "Signature:"] for r in sig]
        B.append(("table", None, sig))
    return doc, {"rules": sorted(rules), "extras": [], "traits": traits, "period": period}
# ----------------------------------------------------------------------------------------------
# Part 4: unknown documents (hard negatives). Each returns (doc, traits).
# ----------------------------------------------------------------------------------------------
def _goal_for_other(rng, ctx):
    t, _ = goal_text(rng, ctx, "clear", ctx["citizen"]["first"])
    return cap(t)


def u_status_report(rng, ctx, v):
    c, m = ctx["citizen"], ctx["mentor"]
    s = add_months(dt.date(ctx["date"].year, ctx["date"].month, 1), -3)
    e = ctx["date"]
    doc = new_doc(rng.choice(["Statusrapport – mentorforløb", "Status fra mentor", "Midtvejsstatus, mentorstøtte", "Mentorrapport"]),
                  date=e, author=m["name"])
    B = doc["blocks"]
    kv = [("Borger", c["name"]), ("Mentor", f"{m['name']}, {m['firm']}, tlf. {m['phone']}"),
          ("Statusperiode", fmt_range(s, e, rng.choice(DATE_STYLES), rng)), ("Bevilget timetal", rng.choice(HOURS_OK[:6])),
          ("Anvendte timer i perioden", str(rng.randint(18, 40)))]
    if ctx.get("cpr"):
        kv.insert(1, ("CPR", ctx["cpr"]))
    B.append(("kv", kv))
    B.append(("h2", "Mål for forløbet (fra aftalen)"))
    B.append(("p", _goal_for_other(rng, ctx)))
    B.append(("h2", "Status på målet"))
    B.append(("p", rng.choice([
        f"{c['first']} møder nu stabilt op 3 dage om ugen. Der har været to fraværsdage pga. sygdom. Transporten klarer {c['first']} selv.",
        f"Det går op og ned. {c['first']} har haft en svær periode i april, men er tilbage i praktikken og har selv taget kontakt til skolen.",
        f"Målet er delvist nået. {c['first']} har sendt 6 ansøgninger og været til én samtale."])))
    B.append(("h2", "Hvad har mentor hjulpet med"))
    B.append(("bullets", [cap(x) for x in rng.sample(TASKS, 3)]))
    B.append(("h2", "Mentors anbefaling"))
    B.append(("p", rng.choice(["Jeg anbefaler, at mentorstøtten forlænges i 6 måneder med samme timetal.",
                               "Jeg anbefaler, at forløbet afsluttes som planlagt.",
                               "Jeg anbefaler en ny periode på 3 måneder med 2 timer om ugen, derefter afslutning."])))
    B.append(("p", f"Venlig hilsen\n{m['name']}\n{m['firm']}"))
    return doc, ["unknown:status-report", "hard:has-goal-mentor-tasks-hours"]


def u_minutes(rng, ctx, v):
    c, m, cw = ctx["citizen"], ctx["mentor"], ctx["cw"]
    d = ctx["date"]
    doc = new_doc(rng.choice([f"Referat af netværksmøde {fmt_date(d, 'num')}", "Referat – opfølgningsmøde i mentorforløb", "Mødereferat"]),
                  date=d, author=cw["name"])
    B = doc["blocks"]
    B.append(("lp", "Deltagere:", f"{c['name']} (borger), {m['name']} (mentor, {m['firm']}), {cw['name']} ({cw['title']}), kontaktperson fra {ctx['employer']}"))
    B.append(("lp", "Referent:", cw["name"]))
    B.append(("h2", "Dagsorden"))
    B.append(("numbered", ["Velkomst", "Status på praktik og fremmøde", "Mentorstøtten fremover", "Eventuelt", "Næste møde"]))
    B.append(("h2", "Referat"))
    end = d + dt.timedelta(days=rng.randint(40, 120))
    B.append(("p", f"Ad 2: {c['first']} er i praktik 3 dage om ugen. Praktikstedet er tilfreds, men oplever, at mandage er svære."))
    B.append(("p", f"Ad 3: Mentor fortsætter med {rng.choice(['3 timer', '2 timer', '4 timer'])} om ugen frem til {fmt_date(end, 'long')}. Fokus er fortsat på at komme afsted om morgenen med henblik på et løntilskudsjob."))
    B.append(("p", "Ad 4: Intet."))
    B.append(("lp", "Aftaler:", f"Mentor ringer til {c['first']} søndag aften. Sagsbehandler undersøger muligheden for løntilskud."))
    B.append(("lp", "Næste møde:", fmt_date(d + dt.timedelta(days=28), "weekday") + " kl. 10.00 på praktikstedet"))
    return doc, ["unknown:minutes", "hard:mentor-hours-date"]


def u_invoice(rng, ctx, v):
    m = ctx["mentor"]
    firm, dom = rng.choice(MENTOR_FIRMS)
    d = ctx["date"]
    mon = MONTHS[(d.month - 2) % 12]
    hrs = rng.randint(8, 40)
    rate = rng.choice([445, 495, 525, 560])
    lines = [[f"Mentorstøtte, borger ref. {ctx['sagsnr']}, {mon}", f"{hrs}", f"{rate},00", f"{hrs * rate:,}".replace(",", ".") + ",00"],
             ["Kørsel (statens takst)", "62 km", "3,81", "236,22"]]
    net = hrs * rate + 236.22
    doc = new_doc("FAKTURA", date=d, author=firm)
    B = doc["blocks"]
    B.append(("p", f"{firm}\n{rng.choice(STREETS)} {rng.randint(1, 80)}\n{rng.choice(MUNIS)[3]}\nCVR {rng.randint(10000000, 99999999)}\nwww.{dom}"))
    B.append(("p", f"{ctx['org']}\nAtt.: {ctx['cw']['name']}\nEAN 579800{rng.randint(1000000, 9999999)}"))
    B.append(("kv", [("Fakturanr.", f"{d.year}-{rng.randint(100, 999)}"), ("Fakturadato", fmt_date(d, "num")),
                     ("Leveringsperiode", f"{mon} {d.year}"), ("Mentor", m["name"]), ("Betalingsbetingelser", "Netto 30 dage")]))
    B.append(("table", ["Beskrivelse", "Antal timer", "Pris", "Beløb"], lines))
    dk = lambda x: f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    B.append(("p", f"Subtotal: {dk(net)} kr.\nMoms 25 %: {dk(net * 0.25)} kr.\nI alt: {dk(net * 1.25)} kr."))
    B.append(("small", f"Beløbet bedes indbetalt på reg.nr. {rng.randint(1000, 9999)} konto {rng.randint(1000000, 9999999)}. Ved spørgsmål kontakt bogholderiet@{dom}."))
    return doc, ["unknown:invoice", "hard:hours-mentor-name"]


def u_other_benefit(rng, ctx, v):
    c = ctx["citizen"]
    o, O = ctx["org_short"], ctx["org_short_cap"]
    kinds = ["befordring", "loentilskud", "hjaelpemiddel", "enkeltydelse", "praktik-forlaengelse"]
    k = kinds[v % len(kinds)]
    titles = {"befordring": "Afslag på befordringsgodtgørelse", "loentilskud": "Afgørelse: afslag på ansættelse med løntilskud",
              "hjaelpemiddel": "Afslag på hjælpemiddel", "enkeltydelse": "Afgørelse om enkeltydelse",
              "praktik-forlaengelse": "Forlængelse af virksomhedspraktik"}
    doc = new_doc(titles[k], date=ctx["date"], author=ctx["cw"]["name"])
    letter_top(rng, ctx, doc)
    B = doc["blocks"]
    B.append(("p", f"Kære {c['first']}"))
    traits = [f"unknown:other-benefit-{k}"]
    if k == "befordring":
        B.append(("p", f"Du har søgt om befordringsgodtgørelse til transport til din virksomhedspraktik hos {ctx['employer']}. Du får afslag."))
        B.append(("h2", "Begrundelse"))
        B.append(("p", "Der ydes kun befordringsgodtgørelse, når afstanden mellem bopæl og praktiksted er over 24 km hver vej. Din afstand er 9 km. Din mentor kan hjælpe dig med at finde den bedste busforbindelse, men det ændrer ikke på afgørelsen."))
        traits.append("hard:mentions-mentor")
    elif k == "loentilskud":
        B.append(("p", "Du har bedt om at blive ansat med løntilskud hos en privat arbejdsgiver i 12 måneder. Vi kan ikke give tilladelse til ansættelsen."))
        B.append(("h2", "Begrundelse"))
        B.append(("p", "En ansættelse med løntilskud hos en privat arbejdsgiver kan højst vare 6 måneder. Desuden har virksomheden ikke det nødvendige merbeskæftigelseskrav opfyldt."))
        traits.append("hard:12-months-and-6-months")
    elif k == "hjaelpemiddel":
        B.append(("p", "Du har søgt om en hæve-sænkebordplade som arbejdsredskab i dit job. Du får afslag."))
        B.append(("h2", "Begrundelse"))
        B.append(("p", "Arbejdsgiveren har pligt til at stille almindelige arbejdsredskaber til rådighed. Bordet er et sædvanligt redskab på arbejdspladsen."))
    elif k == "enkeltydelse":
        B.append(("p", "Du har søgt om hjælp til betaling af en tandlægeregning på 4.300 kr. Vi har besluttet at give dig afslag."))
        B.append(("h2", "Begrundelse"))
        B.append(("p", "Du har efter vores beregning en rådighedsbeløb, der gør det muligt at afdrage regningen over 6 måneder."))
    else:
        s = ctx["date"] + dt.timedelta(days=7)
        B.append(("p", f"Din virksomhedspraktik hos {ctx['employer']} forlænges i 8 uger fra {fmt_date(s, 'long')}. Du fortsætter 20 timer om ugen, og din mentor fortsætter som aftalt."))
        B.append(("p", f"Målet er fortsat, at du kan blive ansat med løntilskud samme sted."))
        traits.append("hard:extension-word-and-mentor")
    if rng.random() < 0.75:
        name, paras = appeal_full(rng, ctx)
        B.append(("h2", "Klagevejledning"))
        B.extend(x if isinstance(x, tuple) else ("p", x) for x in paras)
        traits.append("hard:full-appeal-guidance")
    else:
        traits.append("appeal:none")
    B.append(closing(rng, ctx))
    return doc, traits


LEAFLET_FIELDS = ["målet med mentorstøtten", "mentorens navn og kontaktdata", "hvilke opgaver mentoren skal hjælpe med",
                  "hvor længe aftalen gælder, og hvornår I følger op", "hvor mange timer om ugen du får", "hvordan du klager"]


def u_leaflet(rng, ctx, v):
    O = ctx["org_short_cap"]
    doc = new_doc(rng.choice(["Mentor – en hjælpende hånd på vej mod job eller uddannelse", "Hvad er en mentor?", "Få en mentor",
                              "Mentorstøtte – sådan foregår det"]), date=ctx["date"], author="Kommunikation")
    doc["columns"] = 2 if v % 2 == 0 else 1
    doc["footer"] = f"{ctx['org']} · {ctx['street']} · {ctx['zipcity']} · www.{ctx['web']}"
    B = doc["blocks"]
    B.append(("h2", "Hvad er en mentor?"))
    B.append(("p", "En mentor er en person, der hjælper dig med det, der står i vejen for, at du kan komme i job, praktik eller uddannelse. Det kan være at komme op om morgenen, finde vej eller tale med en arbejdsgiver."))
    B.append(("h2", "Hvem kan få en mentor?"))
    B.append(("p", f"Alle, der er ledige, sygemeldte eller i gang med en uddannelse, kan efter en konkret vurdering få en mentor. {O} vurderer sammen med dig, om en mentor er det rigtige."))
    B.append(("h2", "Hvad står der i aftalen?"))
    B.append(("p", "Når du får en mentor, laver vi en skriftlig aftale. Aftalen beskriver:"))
    B.append(("bullets", LEAFLET_FIELDS))
    B.append(("h2", "Hvor længe?"))
    B.append(("p", "Du kan få en mentor i højst 6 måneder ad gangen. Derefter kan vi give en ny periode på op til 6 måneder, hvis du stadig har brug for det."))
    B.append(("h2", "Hvis du er uenig"))
    B.append(("p", f"Du kan klage over en afgørelse om mentorstøtte. Klagen skal sendes til {ctx['org_short']} inden 4 uger. Vi ser på sagen igen, og hvis vi fastholder afgørelsen, sender vi den til Ankestyrelsen."))
    B.append(("p", f"Vil du vide mere? Ring til {ctx['org']} på {ctx['muni_phone']} eller se www.{ctx['web']}/mentor."))
    return doc, ["unknown:leaflet", "hard:lists-all-fields", "hard:appeal-text"]


def u_guidance_page(rng, ctx, v):
    doc = new_doc("Mentorstøtte", date=ctx["date"], author="Web", htmlstyle="plain")
    B = doc["blocks"]
    B.append(("small", "Vi bruger cookies til statistik. Læs mere om cookies. [Accepter] [Afvis]"))
    B.append(("p", f"Forside › Job og ledighed › Støtte › Mentorstøtte"))
    B.append(("p", "Har du brug for hjælp til at starte eller blive i et job eller en uddannelse, kan du måske få en mentor."))
    B.append(("h2", "Spørgsmål og svar"))
    B.append(("lp", "Hvor mange timer får jeg?", "Det er forskelligt. Timetallet fastsættes ud fra dit behov, typisk mellem 1 og 5 timer om ugen."))
    B.append(("lp", "Hvor længe kan jeg have en mentor?", "Op til seks måneder ad gangen, med mulighed for forlængelse."))
    B.append(("lp", "Hvem er min mentor?", "Det kan være en medarbejder i kommunen, en kollega på din arbejdsplads eller en ekstern mentor fra et firma."))
    B.append(("lp", "Hvad skal mentoren hjælpe med?", "Det aftaler vi sammen med dig, fx hjælp til at møde stabilt eller til kontakt med skolen."))
    B.append(("lp", "Kan jeg klage?", f"Ja. Du kan klage til {ctx['org_short']} inden fire uger efter, at du har fået afgørelsen. Vi genvurderer, og fastholder vi afgørelsen, går klagen videre til Ankestyrelsen."))
    B.append(("h2", "Lovgrundlag"))
    B.append(("p", "Lov om en aktiv beskæftigelsesindsats, kapitel 26 (§§ 167-171), og bekendtgørelse om en aktiv beskæftigelsesindsats."))
    B.append(("small", f"Sidst opdateret {fmt_date(ctx['date'], 'long')} · Kontakt: {ctx['muni_phone']}"))
    return doc, ["unknown:guidance-page", "hard:faq-fields"]


def u_quality_standard(rng, ctx, v):
    doc = new_doc(f"Kvalitetsstandard for mentorstøtte {ctx['year']}", date=ctx["date"], author="Arbejdsmarkedsafdelingen")
    doc["header"] = f"{ctx['muni']} Kommune – Kvalitetsstandard – version {rng.randint(2, 5)}.{rng.randint(0, 3)}"
    B = doc["blocks"]
    B.append(("lp", "Godkendt af:", f"Beskæftigelsesudvalget, {fmt_date(ctx['date'] - dt.timedelta(days=60), 'long')}"))
    B.append(("h2", "1. Formål"))
    B.append(("p", "Mentorstøtte skal hjælpe borgeren med at opnå eller fastholde beskæftigelse, uddannelse eller et tilbud. Indsatsen skal altid have et beskæftigelses- eller uddannelsesrettet sigte."))
    B.append(("h2", "2. Målgruppe"))
    B.append(("p", "Alle målgrupper i lov om en aktiv beskæftigelsesindsats samt personer i ordinær uddannelse eller beskæftigelse."))
    B.append(("h2", "3. Serviceniveau"))
    B.append(("table", ["Niveau", "Timer pr. uge", "Opfølgning"], [["A", "0-2", "hver 3. måned"], ["B", "2-4", "hver måned"], ["C", "over 4", "hver 14. dag"]]))
    B.append(("h2", "4. Varighed"))
    B.append(("p", "Der bevilges højst 6 måneder ad gangen. Forlængelse kræver en ny vurdering og en ny afgørelse."))
    B.append(("h2", "5. Den skriftlige aftale"))
    B.append(("p", "Aftalen skal mindst indeholde mål, mentorens navn og kontaktdata, opgaver, varighed og opfølgning med mål for progression, timetal og klagevejledning."))
    B.append(("h2", "6. Klageadgang"))
    B.append(("p", "Afgørelser kan påklages til kommunen inden 4 uger. Kommunen genvurderer sagen; fastholdes afgørelsen, sendes klagen til Ankestyrelsen."))
    B.append(("h2", "7. Lovgrundlag"))
    B.append(("p", "LAB §§ 167-171, BAB kap. 17 og retssikkerhedslovens kap. 10."))
    return doc, ["unknown:quality-standard", "hard:lists-all-fields"]


def u_sports_club(rng, ctx, v):
    c = ctx["citizen"]
    coach = person(rng)
    club = rng.choice([f"{ctx['muni']} IF Fodbold", f"{ctx['muni']} Håndboldklub", "Fjordvig Roklub", f"BK {ctx['muni']}"])
    s = dt.date(ctx["year"], 8, 1)
    e = dt.date(ctx["year"] + 1, 6, 30)
    doc = new_doc(f"Mentoraftale – Talentlinjen, {club}", date=ctx["date"], author=coach["name"])
    B = doc["blocks"]
    B.append(("kv", [("Spiller", c["name"]), ("Forældre/værge", person(rng)["name"]), ("Klub", club)]))
    B.append(("kv", [("Mål", f"{c['first']} udvikler sig til U19-truppen og passer samtidig sin skolegang med højst 5 fraværsdage pr. semester."),
                     ("Mentor", f"{coach['name']}, træner, tlf. {phone(rng)}"),
                     ("Mentorens opgaver", ["Ugentlig samtale om træning og skole", "Hjælp med kostplan", "Kontakt til skolen ved behov"]),
                     ("Periode", fmt_range(s, e, "long", rng)),
                     ("Timer", "2 timer om ugen"),
                     ("Opfølgning", "Evaluering ved sæsonafslutning")]))
    B.append(("p", "Aftalen er frivillig og kan opsiges af begge parter. Klubben modtager ikke offentlig støtte til mentorordningen."))
    B.append(("table", None, [["Spiller", "Dato:", "Underskrift:"], ["Mentor", "Dato:", "Underskrift:"]]))
    return doc, ["unknown:sports-club-mentoraftale", "hard:all-six-fields-shape", "hard:period-11-months"]


def u_free_school(rng, ctx, v):
    c = person(rng)
    teacher = person(rng)
    school = rng.choice([f"Friskolen i {ctx['muni']}", f"{ctx['muni']} Fri- og Efterskole", "Den lille Skole"])
    y = ctx["year"]
    doc = new_doc(f"Mentoraftale for elev – {school}", date=ctx["date"], author=teacher["name"])
    B = doc["blocks"]
    B.append(("p", f"Elev: {c['name']}, 8. klasse\nForældre: {person(rng)['name']}"))
    B.append(("lp", "Mål:", f"{c['first']} møder i skole alle dage og afslutter 9. klasse med folkeskolens prøver."))
    B.append(("lp", "Mentor:", f"{teacher['name']}, lærer, {slug(teacher['first'])}@{slug(school)[:14]}.dk"))
    B.append(("lp", "Opgaver:", "Ugentlig samtale, hjælp med lektieplan, kontakt til hjemmet."))
    B.append(("lp", "Periode:", f"Skoleåret {y}/{(y + 1) % 100:02d} (august–juni)"))
    B.append(("lp", "Tid:", "1 lektion om ugen"))
    B.append(("p", "Aftalen evalueres på skole-hjem-samtalen i januar. Ordningen er en del af skolens egen trivselsindsats og er ikke en kommunal afgørelse."))
    return doc, ["unknown:free-school-mentoraftale", "hard:all-fields-shape"]


def u_course(rng, ctx, v):
    doc = new_doc(rng.choice(["Kursusbeskrivelse: Mentoruddannelse (3 dage)", "Mentorkursus for frivillige – kursusbeskrivelse"]),
                  date=ctx["date"], author="Kursusafdelingen")
    B = doc["blocks"]
    B.append(("lp", "Målgruppe:", "Medarbejdere og frivillige, der skal være mentor for ledige eller unge under uddannelse."))
    B.append(("lp", "Mål for kurset:", "Deltagerne kan efter kurset planlægge et mentorforløb, sætte delmål og følge op på progression."))
    B.append(("lp", "Indhold:", "Mentorrollen, samtaleteknik, lovgrundlag (LAB § 167), dokumentation, samarbejde med jobcentret."))
    B.append(("lp", "Varighed:", "3 dage á 7 timer (i alt 21 timer)"))
    B.append(("lp", "Underviser:", f"{person(rng)['name']}, cand.psych., tlf. {phone(rng)}"))
    B.append(("lp", "Pris:", "4.950 kr. ekskl. moms"))
    B.append(("lp", "Tilmelding:", f"Senest {fmt_date(ctx['date'] + dt.timedelta(days=30), 'long')} på kursus@{ctx['web']}"))
    return doc, ["unknown:course-description"]


def u_calendar(rng, ctx, v, counter):
    c, m, cw = ctx["citizen"], ctx["mentor"], ctx["cw"]
    d = ctx["date"] + dt.timedelta(days=rng.randint(3, 20))
    subj = rng.choice([f"Invitation: Statusmøde mentorforløb – {c['first']}", "Invitation: Opfølgning på mentorstøtte",
                       f"Møde: forlængelse af mentor ({c['first'][0]}.{c['last'][0]}.)"])
    desc = (f"Statusmøde i mentorforløbet. Deltagere: {c['name']}, mentor {m['name']} ({m['phone']}) og {cw['name']}.\n"
            f"Vi gennemgår målet, timetallet (p.t. {rng.choice(HOURS_OK[:5])}) og om der skal søges om en ny periode.")
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kommune//Kalender//DA", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"UID:{counter}-mentor@{ctx['web']}", f"DTSTAMP:{ctx['date'].strftime('%Y%m%d')}T090000Z",
        f"DTSTART:{d.strftime('%Y%m%d')}T090000Z", f"DTEND:{d.strftime('%Y%m%d')}T100000Z",
        f"SUMMARY:{subj}", f"LOCATION:{ctx['org']}, {ctx['street']}, mødelokale 2",
        "DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"),
        f"ORGANIZER;CN={cw['name']}:mailto:{cw['email']}", f"ATTENDEE;CN={m['name']}:mailto:{m['email']}",
        "END:VEVENT", "END:VCALENDAR"]) + "\r\n"
    doc = new_doc(None, date=ctx["date"], author=cw["name"])
    doc["blocks"] = [("p", desc), ("p", f"Tid: {fmt_date(d, 'weekday')} kl. 10.00-11.00\nSted: {ctx['org']}, {ctx['street']}")]
    doc["email"] = {"from": f"{cw['name']} <{cw['email']}>", "to": f"{m['name']} <{m['email']}>", "subject": subj,
                    "msgid": f"cal{counter}", "attachments": [{"mime": "text/calendar", "filename": "invite.ics", "data": ics}]}
    return doc, ["unknown:calendar-invitation"]


def u_internal_email(rng, ctx, v, counter):
    c, m, cw = ctx["citizen"], ctx["mentor"], ctx["cw"]
    boss = person(rng)
    ref = f"(cpr {ctx['cpr']})" if ctx.get("cpr") else f"(sag {ctx['sagsnr']})"
    body = rng.choice([
        f"Hej {boss['first']}\n\nKan du godkende en forlængelse af mentor til {c['name']} {ref}? {c['first']} har haft {rng.choice(['3 t/uge', '2 timer om ugen'])} siden marts, og {m['name']} fra {m['firm']} anbefaler 6 måneder mere. Målet er stadig løntilskud hos {ctx['employer']}.\n\nJeg skriver afgørelsen, når du har sagt god for det.\n\nMvh\n{cw['first']}",
        f"Hej {boss['first']}\n\nFYI: {m['name']} ringede i dag. {c['first']} {ref} er ikke mødt op de sidste tre gange. Jeg indkalder til samtale og overvejer at stoppe mentorstøtten. Skal vi tage den på teammødet torsdag?\n\n/{cw['first']}",
        f"Hej alle\n\nVi mangler stadig en mentor til {c['first']} {ref}. Timetallet er tænkt til 4 timer om ugen i 5 måneder, opstart hurtigst muligt. Er der nogen, der har kapacitet i mentorkorpset?\n\nVh {cw['first']}",
    ])
    doc = new_doc(None, date=ctx["date"], author=cw["name"])
    doc["email"] = {"from": f"{cw['name']} <{cw['email']}>", "to": f"{boss['name']} <{slug(boss['first'])}@{ctx['web']}>",
                    "subject": rng.choice(["Mentor – forlængelse?", f"SV: {c['first']} / mentor", "Mentor søges", "Kort om mentorsag"]),
                    "msgid": f"int{counter}", "body_text": body}
    return doc, ["unknown:internal-email"]


def u_complaint(rng, ctx, v):
    c = ctx["citizen"]
    d = ctx["date"]
    doc = new_doc(rng.choice(["Klage over afslag på mentorstøtte", "Klage", "Klage over afgørelse"]), date=d, author=c["name"])
    B = doc["blocks"]
    B.append(("p", f"{c['name']}\n{c['address']}\n{c['zipcity']}" + (f"\nCPR: {ctx['cpr']}" if ctx.get("cpr") else "")))
    B.append(("p", f"Til {ctx['org']}\n{fmt_date(d, 'long')}"))
    B.append(("p", f"Jeg vil gerne klage over jeres afgørelse af {fmt_date(d - dt.timedelta(days=12), 'long')} om min mentorstøtte. I skriver at jeg kan klage inden 4 uger og at klagen så bliver sendt til Ankestyrelsen hvis I ikke ændrer den."))
    B.append(("p", rng.choice([
        "Jeg har brug for min mentor mindst 3 timer om ugen, ikke 1 time. Uden hende kan jeg ikke klare praktikken, fordi jeg ikke kan tage bussen alene endnu.",
        "Jeg forstår ikke hvorfor I stopper min mentor nu, når jeg lige er startet på skolen. Mit mål er stadig at blive færdig med grundforløbet til sommer.",
        "Jeg søgte om en mentor i 6 måneder, og I har sagt nej. Jeg synes ikke I har lyttet til hvad min læge skriver."])))
    B.append(("p", f"Venlig hilsen\n{c['name']}\nTlf. {phone(rng)}"))
    return doc, ["unknown:citizen-complaint", "hard:appeal-words"]


def u_principle(rng, ctx, v):
    no = f"{rng.randint(10, 99)}-{ctx['year'] % 100}"
    doc = new_doc(f"Principmeddelelse {no}", date=ctx["date"], author="Ankestyrelsen")
    B = doc["blocks"]
    B.append(("lp", "Resumé:", "Mentorstøtte – formål – beskæftigelse eller uddannelse – konkret vurdering"))
    B.append(("p", "Der kan gives mentorstøtte, når støtten har til formål at fremme, at personen kan opnå eller fastholde job, uddannelse eller tilbud. Kommunen skal foretage en konkret vurdering og kan ikke give afslag alene med henvisning til, at personen modtager anden støtte."))
    B.append(("p", "Mentorstøtte gives i højst 6 måneder ad gangen, men kan efter en konkret vurdering gives i en ny periode. I den ene sag havde kommunen givet afslag på en ny periode uden at vurdere borgerens progression. Ankestyrelsen ændrede afgørelsen."))
    B.append(("lp", "Lovgrundlag:", "Lov om en aktiv beskæftigelsesindsats § 167 og forvaltningslovens §§ 22 og 24."))
    B.append(("small", "Principmeddelelsen er et resumé udarbejdet til undervisningsbrug. Denne tekst er fiktiv og ikke en gengivelse af en offentliggjort afgørelse."))
    return doc, ["unknown:principle-summary"]


def u_minplan_other(rng, ctx, v):
    c = ctx["citizen"]
    doc = new_doc("Min Plan", date=ctx["date"], author="Jobnet", htmlstyle="jobnet")
    doc["header"] = f"Jobnet · Min Plan · Udskrevet {fmt_date(ctx['date'], 'num')}"
    B = doc["blocks"]
    B.append(("kv", [("Navn", c["name"]), ("Sagsbehandler", f"{ctx['cw']['name']}, tlf. {ctx['cw']['phone']}")]))
    B.append(("h2", "Mit mål"))
    B.append(("p", "Job som lagermedarbejder."))
    B.append(("h2", "Aktiviteter"))
    s = ctx["date"] - dt.timedelta(days=10)
    B.append(("h3", "Virksomhedspraktik"))
    B.append(("kv", [("Sted", ctx["employer"]), ("Periode", fmt_range(s, s + dt.timedelta(weeks=13) - dt.timedelta(days=1), "num", rng)),
                     ("Omfang", "20 timer pr. uge"), ("Formål", "Afklare om lagerarbejde er realistisk"), ("Kontaktperson på virksomheden", f"{person(rng)['name']}, tlf. {phone(rng)}")]))
    B.append(("h3", "Jobsøgning"))
    B.append(("kv", [("Krav", "Søg mindst 2 job om ugen"), ("Periode", "Løbende")]))
    return doc, ["unknown:minplan-without-mentor"]


def u_job_ad(rng, ctx, v):
    doc = new_doc(rng.choice(["Vi søger mentorer til Ungeenheden", "Stillingsopslag: Mentor (37 timer)"]), date=ctx["date"], author="HR")
    B = doc["blocks"]
    B.append(("p", f"{ctx['org']} søger to mentorer til fast ansættelse, 37 timer om ugen, med start {fmt_date(ctx['date'] + dt.timedelta(days=45), 'long')}."))
    B.append(("lp", "Dine opgaver:", "Du skal støtte unge i at starte og blive på en uddannelse, følge op på mål og delmål og samarbejde med skoler og virksomheder."))
    B.append(("lp", "Vi forventer:", "Relevant uddannelse, fx socialrådgiver eller pædagog, og kørekort."))
    B.append(("lp", "Ansøgningsfrist:", fmt_date(ctx["date"] + dt.timedelta(days=21), "long")))
    B.append(("lp", "Yderligere oplysninger:", f"Teamleder {person(rng)['name']}, tlf. {phone(rng)}"))
    return doc, ["unknown:job-ad"]


def u_offer(rng, ctx, v):
    firm, dom = rng.choice(MENTOR_FIRMS)
    doc = new_doc(f"Tilbud på mentorforløb til {ctx['muni']} Kommune", date=ctx["date"], author=firm)
    B = doc["blocks"]
    B.append(("p", f"{firm} tilbyder hermed mentorforløb til borgere i {ctx['muni']} Kommune."))
    B.append(("table", ["Forløb", "Varighed", "Timer pr. uge", "Pris pr. time"],
              [["Basis", "3 måneder", "2", "475 kr."], ["Udvidet", "6 måneder", "4", "475 kr."], ["Intensiv opstart", "4 uger", "8", "525 kr."]]))
    B.append(("p", "Mål og delmål fastsættes af jobcentret i bestillingen. Vi sender status hver måned og en slutrapport 14 dage før forløbet slutter."))
    B.append(("p", f"Kontakt: {person(rng)['name']}, direktør, tlf. {phone(rng)}, info@{dom}"))
    return doc, ["unknown:supplier-offer"]


def u_budget_answer(rng, ctx, v):
    doc = new_doc(f"Svar på spørgsmål {rng.randint(5, 60)} fra Beskæftigelsesudvalget – udgifter til mentorstøtte", date=ctx["date"], author="Sekretariatet")
    B = doc["blocks"]
    B.append(("lp", "Spørgsmål:", "Hvor mange borgere fik mentorstøtte i 2025, og hvad var det gennemsnitlige timetal?"))
    B.append(("lp", "Svar:", f"I 2025 fik {rng.randint(180, 600)} borgere bevilget mentorstøtte. Det gennemsnitlige timetal var {rng.randint(2, 4)},{rng.randint(0, 9)} timer pr. uge, og et forløb varede i gennemsnit 4,8 måneder. Fra 1. januar 2026 er der indført et loft over kommunens udgifter til mentorstøtte."))
    B.append(("p", f"Dato: {fmt_date(ctx['date'], 'long')}\nSagsnr.: 00.01.00-A00-{rng.randint(1, 99)}-{ctx['year'] % 100}"))
    return doc, ["unknown:budget-answer"]


def u_timesheet(rng, ctx, v):
    m, c = ctx["mentor"], ctx["citizen"]
    d0 = dt.date(ctx["date"].year, ctx["date"].month, 1)
    rows, tot = [], 0.0
    for i in range(rng.randint(6, 10)):
        day = d0 + dt.timedelta(days=i * 3 + rng.randint(0, 2))
        h = rng.choice([1, 1.5, 2, 2.5, 3])
        tot += h
        rows.append([fmt_date(day, "num"), f"{h:g}".replace(".", ","), rng.choice(["Samtale", "Ledsagelse til praktik", "Telefon", "Møde på skolen", "Transporttræning"])])
    doc = new_doc(f"Timeseddel – mentor {m['name']}", date=ctx["date"], author=m["name"])
    doc["blocks"] = [("kv", [("Borger", f"{c['first']} {c['last'][0]}."), ("Måned", f"{MONTHS[d0.month - 1]} {d0.year}"), ("Leverandør", m["firm"])]),
                     ("table", ["Dato", "Timer", "Aktivitet"], rows),
                     ("p", f"Timer i alt: {tot:g}".replace(".", ",")),
                     ("p", "Underskrift mentor: ____________________")]
    return doc, ["unknown:timesheet"]


def u_invitation(rng, ctx, v):
    c = ctx["citizen"]
    d = ctx["date"] + dt.timedelta(days=rng.randint(6, 14))
    doc = new_doc(rng.choice(["Indkaldelse til samtale om mentorstøtte", "Du er indkaldt til en samtale"]), date=ctx["date"], author=ctx["cw"]["name"])
    letter_top(rng, ctx, doc)
    B = doc["blocks"]
    B.append(("p", f"Kære {c['first']}"))
    B.append(("p", f"Vi vil gerne tale med dig om, hvordan det går, og om en mentor kan hjælpe dig videre mod job eller uddannelse."))
    B.append(("lp", "Tid:", f"{fmt_date(d, 'weekday')} kl. {rng.choice(['9.30', '10.00', '13.15'])}"))
    B.append(("lp", "Sted:", f"{ctx['org']}, {ctx['street']}, {ctx['zipcity']}"))
    B.append(("p", "Til samtalen taler vi om, hvad en mentor kan hjælpe med, og hvor mange timer der kan være brug for. Du er velkommen til at tage en bisidder med."))
    B.append(("p", "Hvis du ikke kan komme, skal du ringe til mig hurtigst muligt."))
    B.append(closing(rng, ctx))
    return doc, ["unknown:invitation-to-meeting"]


def u_framework(rng, ctx, v):
    firm, dom = rng.choice(MENTOR_FIRMS)
    y = ctx["year"]
    doc = new_doc("Rammeaftale om levering af mentorydelser", date=ctx["date"], author="Indkøb")
    B = doc["blocks"]
    B.append(("lp", "Parter:", f"{ctx['muni']} Kommune (ordregiver) og {firm} (leverandør)"))
    B.append(("lp", "Aftalens varighed:", f"1. januar {y} – 31. december {y + 1} med option på forlængelse i 2 x 12 måneder"))
    B.append(("lp", "Ydelsen:", "Individuelle mentorforløb efter kommunens bestilling. Mål, opgaver, timetal og varighed fremgår af den enkelte bestilling og af borgerens Min Plan."))
    B.append(("lp", "Pris:", "475 kr. pr. mentortime inkl. forberedelse og kørsel"))
    B.append(("lp", "Rapportering:", "Månedlig status og slutrapport."))
    B.append(("lp", "Tvister:", "Uenighed søges løst ved forhandling. Kan parterne ikke blive enige, afgøres tvisten ved de almindelige domstole."))
    return doc, ["unknown:framework-contract", "hard:long-period"]


def u_english_info(rng, ctx, v):
    doc = new_doc("Mentor support – information in English", date=ctx["date"], author="Web", lang="en")
    B = doc["blocks"]
    B.append(("p", "If you need help to start or keep a job or an education, the municipality can give you a mentor."))
    B.append(("lp", "How long?", "Up to six months at a time. A new period can be granted after an assessment."))
    B.append(("lp", "How many hours?", "It depends on your needs, often 2-4 hours a week."))
    B.append(("lp", "The agreement", "Your written agreement states the goal, the mentor's name and contact details, the mentor's tasks, the duration and follow-up, the number of hours, and how to appeal."))
    B.append(("lp", "Appeals", "You can appeal a decision to the municipality within 4 weeks. If the decision is upheld, your appeal goes to Ankestyrelsen."))
    return doc, ["unknown:english-info"]


def u_journal(rng, ctx, v):
    c, m = ctx["citizen"], ctx["mentor"]
    doc = new_doc(rng.choice(["Journalnotat", "Notat – telefonsamtale med mentor"]), date=ctx["date"], author=ctx["cw"]["name"])
    B = doc["blocks"]
    B.append(("p", f"Dato: {fmt_date(ctx['date'], 'num')}\nSag: {ctx['sagsnr']}\nVedr.: {c['name']}" + (f" ({ctx['cpr']})" if ctx.get("cpr") else "")))
    B.append(("p", f"Telefonsamtale med mentor {m['name']} ({m['firm']}). Mentor oplyser, at {c['first']} er kommet godt i gang i praktikken hos {ctx['employer']}, men har brug for hjælp om morgenen. Mentor bruger ca. 3 timer om ugen."))
    B.append(("p", f"Vi aftalte, at mentor sender skriftlig status inden {fmt_date(ctx['date'] + dt.timedelta(days=30), 'long')}. Forlængelse drøftes derefter."))
    B.append(("p", f"/{ctx['cw']['first'][:1]}{ctx['cw']['last'][:1]}"))
    return doc, ["unknown:journal-note"]


UNKNOWN_PLAN = [  # (builder name, count, formats, scope)
    ("status_report", 7, ["docx", "pdf-lo", "txt", "eml", "pdf-rl", "odt", "docx"], "case"),
    ("minutes", 4, ["docx", "odt", "pdf-lo", "txt"], "case"),
    ("invoice", 4, ["pdf-rl", "docx", "html", "pdf-lo"], "invoice"),
    ("other_benefit", 5, ["pdf-lo", "docx", "pdf-rl", "odt", "rtf"], "case"),
    ("leaflet", 4, ["pdf-rl", "pdf-rl", "docx", "html"], "general"),
    ("guidance_page", 3, ["html", "html", "pdf-lo"], "general"),
    ("quality_standard", 3, ["docx", "pdf-lo", "odt"], "general"),
    ("sports_club", 2, ["docx", "pdf-rl"], "foreign"),
    ("free_school", 2, ["docx", "txt"], "foreign"),
    ("course", 2, ["pdf-rl", "html"], "general"),
    ("calendar", 3, ["eml", "eml", "eml"], "case"),
    ("internal_email", 3, ["eml", "eml", "eml"], "case"),
    ("complaint", 3, ["txt", "docx", "pdf-ocr"], "case"),
    ("principle", 2, ["pdf-rl", "html"], "general"),
    ("minplan_other", 2, ["html", "pdf-rl"], "case"),
    ("job_ad", 2, ["html", "pdf-lo"], "general"),
    ("offer", 2, ["pdf-lo", "docx"], "general"),
    ("budget_answer", 1, ["docx"], "general"),
    ("timesheet", 2, ["pdf-rl", "docx"], "invoice"),
    ("invitation", 2, ["pdf-lo", "rtf"], "case"),
    ("framework", 1, ["pdf-lo"], "general"),
    ("english_info", 1, ["html"], "general"),
    ("journal", 2, ["txt", "rtf"], "case"),
]
# ----------------------------------------------------------------------------------------------
# Part 5: the plan (how many of what), the archive tree, rendering and the manifest
# ----------------------------------------------------------------------------------------------
RULE_ORDER = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
              "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
REQUIRED = {
    "agreement": tuple(RULE_ORDER),
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}


def refresh_era(ctx, date):
    c = dict(ctx)
    c["date"] = date
    c["year"] = date.year
    c["new_era"] = date >= dt.date(2026, 2, 1)
    c["org"] = f"{c['muni']} Kommune" if c["new_era"] else f"Jobcenter {c['muni']}"
    c["org_short"] = "kommunen" if c["new_era"] else "jobcentret"
    c["org_short_cap"] = "Kommunen" if c["new_era"] else "Jobcentret"
    c["lab"] = "§ 167 i lov om en aktiv beskæftigelsesindsats" if date.year >= 2020 else "§ 31 b i lov om en aktiv beskæftigelsesindsats"
    c["lab_short"] = "LAB § 167" if date.year >= 2020 else "LAB § 31 b"
    return c


def plan_decisions(rng):
    subs = [("grant", 20), ("partial", 10), ("refusal", 14), ("extension", 13), ("termination", 13)]
    specs = [{"kind": "decision", "subtype": s} for s, n in subs for _ in range(n)]
    rng.shuffle(specs)
    granted_idx = [i for i, s in enumerate(specs) if s["subtype"] in ("grant", "extension", "partial")]
    # over-6 grants: 4 grants, 3 extensions, 1 partial
    over = [i for i in granted_idx if specs[i]["subtype"] == "grant"][:4] + \
           [i for i in granted_idx if specs[i]["subtype"] == "extension"][:3] + \
           [i for i in granted_idx if specs[i]["subtype"] == "partial"][:1]
    for i in over:
        specs[i]["over"] = True
    order = list(range(len(specs)))
    rng.shuffle(order)
    appeal = ["missing"] * 7 + ["refonly"] * 7
    for k, i in enumerate(order):
        specs[i]["appeal"] = appeal[k] if k < len(appeal) else "full"
    # make sure one over-6 grant also has a reference-only appeal (two findings in one letter)
    if not any(specs[i]["appeal"] != "full" for i in over):
        j = next(i for i in order if specs[i]["appeal"] == "refonly")
        specs[j]["appeal"], specs[over[0]]["appeal"] = "full", "refonly"
    needs_reasons = [i for i in order if specs[i]["subtype"] in ("partial", "refusal", "termination")]
    for k, i in enumerate(needs_reasons):
        specs[i]["reasons"] = "missing" if k < 7 else "present"
    for s in specs:
        if s["subtype"] in ("grant", "extension"):
            s["reasons"] = "present" if rng.random() < 0.4 else "none"
    # layouts
    full = [i for i in order if specs[i]["appeal"] == "full"]
    nonfull = [i for i in order if specs[i]["appeal"] != "full"]
    lay = {}
    gfull = [i for i in full if specs[i]["subtype"] in ("grant", "extension", "partial")]
    for i in gfull[:2]:
        lay[i] = "letter-bilag"
        specs[i]["appeal"] = "bilag-only"
    for i in gfull[2:6]:
        lay[i] = "letter-bilag"
    for i in gfull[6:10]:
        lay[i] = "letter-embedded-agreement"
    rest = [i for i in full if i not in lay]
    for i in rest[:5]:
        lay[i] = "letter-footer-appeal"
        specs[i]["appeal"] = "footer"
    for i in rest[5:11]:
        lay[i] = "letter-lastpage-appeal"
    for i in rest[11:14]:
        lay[i] = "letter-sidebar"
    for i in rest[14:18]:
        lay[i] = "letter-running-header"
    for i in rest[18:21]:
        lay[i] = "digital-post-html"
    for i in rest[21:24]:
        lay[i] = "eml-letter"
    for i in rest[24:26]:
        lay[i] = "letter"
        specs[i]["english"] = True
    ng = [i for i in nonfull if specs[i]["subtype"] in ("grant", "extension", "partial")]
    for i in ng[:2]:
        lay[i] = "letter-embedded-agreement"
    for i in ng[2:3]:
        lay[i] = "letter-bilag"
    other_nf = [i for i in nonfull if i not in lay]
    for i, l in zip(other_nf, ["letter-sidebar", "eml-letter", "digital-post-html", "letter-lastpage-appeal", "letter-running-header"]):
        lay[i] = l
    for i, s in enumerate(specs):
        s["layout"] = lay.get(i, "letter")
    fmts = {"letter": ["docx", "pdf-lo", "pdf-lo", "odt", "rtf", "txt", "pdf-rl", "docx", "pdf-lo"],
            "letter-bilag": ["pdf-lo", "docx", "pdf-rl", "odt"],
            "letter-embedded-agreement": ["docx", "pdf-lo", "pdf-rl", "odt"],
            "letter-footer-appeal": ["docx", "pdf-lo", "pdf-rl", "odt", "pdf-lo"],
            "letter-lastpage-appeal": ["pdf-lo", "pdf-rl", "docx", "txt", "odt", "pdf-lo"],
            "letter-sidebar": ["pdf-rl"], "letter-running-header": ["pdf-rl", "pdf-rl", "pdf-lo"],
            "digital-post-html": ["html"], "eml-letter": ["eml"]}
    counters = {}
    for s in specs:
        l = s["layout"]
        k = counters.get(l, 0)
        counters[l] = k + 1
        s["fmt"] = fmts[l][k % len(fmts[l])]
        if s.get("english"):
            s["fmt"] = ["docx", "pdf-rl"][k % 2]
    # two OCR'd scans of plain letters
    plain = [s for s in specs if s["layout"] == "letter" and not s.get("english")]
    for s in plain[:2]:
        s["fmt"] = "pdf-ocr"
    return specs


def _assign_defects(rng, specs, defects, english_ok=("missing",)):
    """defects: list of (field, state). Spread over the given specs, at most one state per field."""
    for field, state in defects:
        cands = [s for s in specs if s["fields"][field] in ("ok", "clear", "full")
                 and (not s.get("english") or state in english_ok)]
        # prefer documents that have no defect yet, then ones with one
        cands.sort(key=lambda s: (s["ndef"], rng.random()))
        pool = [s for s in cands if s["ndef"] == cands[0]["ndef"]]
        s = rng.choice(pool)
        s["fields"][field] = state
        s["ndef"] += 1


def plan_minplans(rng):
    layouts = (["jobnet-html"] * 12 + ["jobnet-pdf"] * 10 + ["case-print-txt"] * 10 + ["case-print-pdf"] * 6 +
               ["minplan-docx"] * 9 + ["minplan-sidebar"] * 5 + ["minplan-ocr"] * 3 + ["minplan-rtf"] * 2 + ["case-web-html"] * 3)
    fmt = {"jobnet-html": "html", "jobnet-pdf": "pdf-rl", "case-print-txt": "txt", "case-print-pdf": "pdf-lo", "minplan-docx": "docx",
           "minplan-sidebar": "pdf-rl", "minplan-ocr": "pdf-ocr", "minplan-rtf": "rtf", "case-web-html": "html"}
    specs = []
    for l in layouts:
        specs.append({"kind": "minplan", "subtype": "minplan", "layout": l, "fmt": fmt[l], "ndef": 0,
                      "fields": {"goal": "clear", "mentor": "ok", "tasks": "ok", "duration": "ok", "hours": "ok"}})
    rng.shuffle(specs)
    defective = specs[:24]
    defects = ([("goal", "missing")] * 3 + [("goal", "placeholder")] * 2 + [("goal", "unclear")] * 6 +
               [("mentor", "missing")] * 3 + [("mentor", "placeholder")] * 2 + [("tasks", "missing")] * 2 + [("tasks", "placeholder")] +
               [("duration", "missing")] * 2 + [("duration", "placeholder")] + [("duration", "start-only")] +
               [("hours", "missing")] * 2 + [("hours", "efter-behov")] * 3 + [("hours", "placeholder")] + [("hours", "vague")] +
               [("duration", "over")] * 4)
    _assign_defects(rng, defective, defects)
    next(s for s in specs if s["fields"]["duration"] == "over")["fields"]["force_oneday"] = True
    # other activities in the same plan (traps): praktik with hours, long løntilskud period
    for s in specs[20:24] + specs[40:43]:
        s["other_activity"] = OTHER_ACTIVITIES[0]
    for s in specs[24:26] + specs[2:3]:
        s["other_activity"] = OTHER_ACTIVITIES[1]
    return specs


def plan_agreements(rng):
    layouts = (["table"] * 10 + ["kvlist"] * 8 + ["sections"] * 8 + ["prose"] * 4 + ["letter"] * 4 + ["header-row"] * 4 +
               ["two-column"] * 4 + ["form"] * 5 + ["english"] * 3)
    fmts = {"table": ["docx", "pdf-lo", "odt", "rtf", "docx"], "kvlist": ["docx", "txt", "pdf-lo", "odt", "html"],
            "sections": ["docx", "pdf-lo", "odt", "pdf-rl"], "prose": ["txt", "docx", "rtf", "pdf-lo"],
            "letter": ["pdf-lo", "docx", "pdf-rl", "odt"], "header-row": ["docx", "pdf-lo", "pdf-rl"], "two-column": ["pdf-rl"],
            "form": ["docx", "pdf-lo", "pdf-ocr", "odt", "docx"], "english": ["docx", "pdf-rl", "html"]}
    specs, cnt = [], {}
    for l in layouts:
        k = cnt.get(l, 0)
        cnt[l] = k + 1
        specs.append({"kind": "agreement", "subtype": "agreement", "layout": l, "fmt": fmts[l][k % len(fmts[l])], "ndef": 0,
                      "english": l == "english",
                      "fields": {"goal": "clear", "mentor": "ok", "tasks": "ok", "duration": "ok", "followup": "ok", "hours": "ok",
                                 "appeal": "full"}})
    rng.shuffle(specs)
    defective = specs[:27]
    defects = ([("goal", "missing")] * 2 + [("goal", "placeholder")] + [("goal", "unclear")] * 5 +
               [("mentor", "missing")] * 2 + [("mentor", "placeholder")] + [("tasks", "missing")] * 2 + [("tasks", "placeholder")] +
               [("duration", "missing")] * 2 + [("duration", "placeholder")] + [("duration", "over")] * 4 +
               [("followup", "missing")] * 6 + [("hours", "missing")] * 2 + [("hours", "efter-behov")] * 2 + [("hours", "vague")] +
               [("appeal", "refonly")] * 4 + [("appeal", "missing")] * 5)
    _assign_defects(rng, defective, defects)
    # one agreement whose goal names job hours while the mentor hours are missing
    for s in specs:
        if s["fields"]["hours"] in ("missing", "efter-behov") and s["fields"]["goal"] == "clear" and not s.get("english"):
            s["fields"]["hard_jobhours"] = True
            break
    return specs


FILENAMES = {
    "decision": {"grant": ["Afgørelse om mentorstøtte", "afgoerelse_bevilling_mentor", "Bevilling mentor {last}", "{iso}_bevilling_mentorstoette"],
                 "partial": ["Afgørelse delvis bevilling mentor", "afg_mentor_delvis", "{iso} afgørelse mentor"],
                 "refusal": ["Afslag mentorstøtte", "afslag_mentor_{last}", "{iso}_afslag"],
                 "extension": ["Forlængelse af mentor", "forlaengelse_mentor_{iso}", "Afgørelse forlængelse mentorstøtte"],
                 "termination": ["Ophør af mentorstøtte", "ophoer_mentor", "{iso} ophør mentor"]},
    "minplan": ["MinPlan_udskrift", "min-plan-{iso}", "Udskrift Min Plan", "jobnet_print_{n}", "plan_{last}"],
    "agreement": ["Mentoraftale", "aftale_mentor_{last}", "Mentorkontrakt underskrevet", "Aftale om mentorstøtte {iso}", "mentoraftale_v{n}"],
}
ANON_NAMES = ["scan_{n:04d}", "dok{n}", "Dokument{n}", "brev_{n}", "udskrift_{n}", "IMG_{n:04d}", "bilag_{n}"]
EXT = {"pdf-lo": "pdf", "pdf-rl": "pdf", "pdf-ocr": "pdf", "docx": "docx", "odt": "odt", "rtf": "rtf", "html": "html",
       "eml": "eml", "txt": "txt"}


def safe(s):
    s = re.sub(r"[\\/:*?\"<>|]", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def case_folder(rng, ctx):
    c = ctx["citizen"]
    nr = safe(ctx["sagsnr"].replace("J.nr. ", ""))
    return rng.choice([f"Sag {nr}", f"{nr}_{slug(c['last'].split()[-1])}", f"SAG_{nr}_mentor", f"{c['first']} {c['last']} ({nr})",
                       f"{nr} - mentorstøtte"])


def strip_page_tokens(doc):
    for k in ("header", "footer"):
        if doc.get(k):
            doc[k] = doc[k].replace(" · Side {page}", "").replace("Side {page} · ", "").replace("{page}", "")
    return doc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=37)
    ap.add_argument("--keep-staging", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    staging = Path(tempfile.mkdtemp(prefix=f"corpus_o_{os.getpid()}_"))

    specs = plan_decisions(rng) + plan_minplans(rng) + plan_agreements(rng)
    for name, n, fmts, scope in UNKNOWN_PLAN:
        for i in range(n):
            specs.append({"kind": "unknown", "subtype": name, "fmt": fmts[i % len(fmts)], "scope": scope, "variant": i})
    # cases: group labelled and case-scoped unknown documents into case folders of 1-3 documents
    case_docs = [s for s in specs if s["kind"] != "unknown" or s["scope"] in ("case",)]
    rng.shuffle(case_docs)
    cases = []
    i = 0
    while i < len(case_docs):
        size = rng.choice([1, 1, 2, 2, 2, 3])
        cases.append(case_docs[i:i + size])
        i += size
    for group in cases:
        base = make_ctx(rng)
        folder = case_folder(rng, base)
        for s in group:
            d = base["date"] + dt.timedelta(days=rng.randint(-40, 40))
            ctx = refresh_era(base, d)
            s["ctx"] = ctx
            s["dir"] = Path(base["muni_folder"]) / str(d.year if rng.random() < 0.8 else base["year"]) / folder
    for s in specs:
        if "ctx" in s:
            continue
        ctx = make_ctx(rng)
        s["ctx"] = ctx
        sub = {"invoice": ["Økonomi/Fakturaer", "Økonomi/Bilag", "Faktura"], "general": ["Fælles/Pjecer", "Fælles/Kvalitetsstandarder",
                                                                                        "Fælles/Web-udskrifter", "Fælles/Diverse", "Politikker og standarder"],
               "foreign": ["Indscannet post", "Dokumentation fra borger"]}[s["scope"]]
        pick = {"leaflet": 0, "quality_standard": 1, "guidance_page": 2, "english_info": 2, "principle": 3, "course": 3, "job_ad": 3,
                "offer": 3, "framework": 4, "budget_answer": 4}.get(s["subtype"])
        where = sub[pick] if (pick is not None and pick < len(sub)) else rng.choice(sub)
        s["dir"] = Path(ctx["muni_folder"]) / (where if s["scope"] == "general" else f"{ctx['year']}/{where}")
    # CPR numbers in about 10 % of the documents that print one
    cpr_able = [s for s in specs if s["kind"] != "unknown" or s["subtype"] in ("status_report", "internal_email", "complaint", "journal")]
    rng.shuffle(cpr_able)
    for s in cpr_able[:25]:
        s["ctx"]["cpr"] = cpr_for(rng)
        if rng.random() < 0.3:
            s["ctx"]["cpr"] = s["ctx"]["cpr"].replace("-", "")

    entries, used, lo_jobs, ocr_jobs = [], set(), [], []
    counter = 0
    for s in specs:
        counter += 1
        ctx = s["ctx"]
        kind = s["kind"]
        if kind == "decision":
            doc, meta = build_decision(rng, ctx, s)
        elif kind == "minplan":
            doc, meta = build_minplan(rng, ctx, s)
        elif kind == "agreement":
            doc, meta = build_agreement(rng, ctx, s)
        else:
            fn = globals()["u_" + s["subtype"]]
            if s["subtype"] in ("calendar", "internal_email"):
                doc, tr = fn(rng, ctx, s["variant"], counter)
            else:
                doc, tr = fn(rng, ctx, s["variant"])
            meta = {"rules": [], "extras": [], "traits": tr, "period": None}
        fmt = s["fmt"]
        if kind == "decision" and s["layout"] == "eml-letter":
            body = render_txt(strip_page_tokens(dict(doc, header=None)))
            doc["email"] = {"from": f"{ctx['cw']['name']} <{ctx['cw']['email']}>",
                            "to": f"{ctx['citizen']['name']} <{slug(ctx['citizen']['first'])}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.com', 'mail.dk'])}>",
                            "subject": doc["title"], "msgid": f"dec{counter}", "body_text": body,
                            "html_alt": rng.random() < 0.5}
        if kind == "decision" and s["layout"] == "digital-post-html":
            doc["htmlstyle"] = "dp"
        if kind == "unknown" and fmt == "eml" and "email" not in doc:
            m = ctx["mentor"]
            doc["email"] = {"from": f"{m['name']} <{m['email']}>", "to": f"{ctx['cw']['name']} <{ctx['cw']['email']}>",
                            "subject": doc["title"] or "Status", "msgid": f"u{counter}",
                            "body_text": f"Hej {ctx['cw']['first']}\n\nHermed status.\n\n" + render_txt(dict(doc, header=None))}
        # --- the path
        kind_names = FILENAMES.get(kind)
        if kind == "decision":
            names = kind_names[s["subtype"]]
        elif kind in ("minplan", "agreement"):
            names = kind_names
        else:
            names = {"status_report": ["Statusrapport mentor", "status_{iso}", "Mentorstatus {last}"], "minutes": ["Referat netværksmøde", "referat_{iso}"],
                     "invoice": ["Faktura {n}", "faktura_{n}_mentor"], "other_benefit": ["Afgørelse", "afslag_{iso}", "Brev til borger {iso}"],
                     "leaflet": ["Pjece mentor", "mentor_pjece_{year}"], "guidance_page": ["mentorstoette", "Mentorstøtte - kommunens hjemmeside"],
                     "quality_standard": ["Kvalitetsstandard mentorstøtte {year}", "kvalitetsstandard_mentor"], "sports_club": ["Mentoraftale klub", "mentoraftale_talent"],
                     "free_school": ["Mentoraftale elev", "mentoraftale_skole"], "course": ["Kursusbeskrivelse mentoruddannelse", "kursus_mentor"],
                     "calendar": ["Invitation statusmøde", "mødeindkaldelse_{n}"], "internal_email": ["SV mentor", "mail_{n}"], "complaint": ["Klage", "klage_fra_borger_{iso}"],
                     "principle": ["Principmeddelelse", "ast_principmeddelelse_{n}"], "minplan_other": ["MinPlan_udskrift", "jobnet_print_{n}"],
                     "job_ad": ["Stillingsopslag mentor", "job_mentor"], "offer": ["Tilbud mentorforløb", "tilbud_{n}"], "budget_answer": ["Svar paa spm mentor"],
                     "timesheet": ["Timeseddel", "timer_{n}"], "invitation": ["Indkaldelse", "indkaldelse_samtale_{iso}"], "framework": ["Rammeaftale mentor"],
                     "english_info": ["mentor-support-english"], "journal": ["Journalnotat", "notat_{iso}"]}[s["subtype"]]
        base = rng.choice(names) if rng.random() > 0.12 else rng.choice(ANON_NAMES)
        base = safe(base.format(last=slug(ctx["citizen"]["last"].split()[-1]), iso=ctx["date"].isoformat(), n=rng.randint(1, 9999),
                                year=ctx["year"]))
        ext = EXT[fmt]
        if fmt == "html" and rng.random() < 0.3:
            ext = "htm"
        rel = s["dir"] / f"{base}.{ext}"
        k = 2
        while str(rel).lower() in used:
            rel = s["dir"] / f"{base} ({k}).{ext}"
            k += 1
        used.add(str(rel).lower())
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        # --- render
        if fmt == "pdf-rl":
            render_pdf_rl(doc, target)
        elif fmt == "pdf-ocr":
            tmp_pdf = staging / f"ocr_{counter}.pdf"
            render_pdf_rl(doc, tmp_pdf)
            ocr_jobs.append((tmp_pdf, target))
        else:
            doc = strip_page_tokens(doc)
            if fmt == "docx":
                render_docx(doc, target)
            elif fmt == "odt":
                render_odt(doc, target)
            elif fmt == "rtf":
                target.write_text(render_rtf(doc), encoding="ascii")
            elif fmt == "html":
                target.write_text(render_html(doc), encoding="utf-8")
            elif fmt == "txt":
                enc = "utf-8" if rng.random() < 0.85 else "cp1252"
                target.write_bytes(render_txt(doc).encode(enc))
                if enc != "utf-8":
                    meta["traits"].append("encoding:cp1252")
            elif fmt == "eml":
                target.write_bytes(render_eml(doc))
            elif fmt == "pdf-lo":
                src_kind = rng.choice(["docx", "docx", "docx", "odt", "rtf"])
                src = staging / f"lo_{counter}.{src_kind}"
                if src_kind == "docx":
                    render_docx(doc, src)
                elif src_kind == "odt":
                    render_odt(doc, src)
                else:
                    src.write_text(render_rtf(doc), encoding="ascii")
                lo_jobs.append((src, target))
                meta["traits"].append(f"pdf-from:{src_kind}")
        layout = s.get("layout") or {"status_report": "report", "minutes": "minutes", "invoice": "invoice", "other_benefit": "letter",
                                     "leaflet": "two-column" if (doc.get("columns") == 2 and fmt == "pdf-rl") else "leaflet", "guidance_page": "web-page",
                                     "quality_standard": "numbered-sections", "sports_club": "table", "free_school": "kvlist",
                                     "course": "kvlist", "calendar": "eml-ics", "internal_email": "eml", "complaint": "letter",
                                     "principle": "summary", "minplan_other": "jobnet", "job_ad": "ad", "offer": "table",
                                     "budget_answer": "qa", "timesheet": "table", "invitation": "letter", "framework": "kvlist",
                                     "english_info": "web-page", "journal": "note"}[s["subtype"]]
        must = []
        if ctx.get("cpr"):
            must = [ctx["cpr"]]
            digits = ctx["cpr"].replace("-", "")
            if digits != ctx["cpr"]:
                must.append(digits)
            meta["traits"].append("cpr")
        rules = [r for r in RULE_ORDER if r in meta["rules"]]
        assert all(r in REQUIRED[kind] for r in rules), (kind, rules)
        entry = {"path": str(rel).replace(os.sep, "/"), "format": "pdf" if fmt.startswith("pdf") else ext if ext != "htm" else "html",
                 "kind": kind, "subtype": s["subtype"] if kind == "unknown" or kind == "decision" else kind,
                 "layout": layout, "rules": sorted(rules), "extras": meta["extras"], "error": None, "accept_errors": [],
                 "must_not_contain": must, "traits": meta["traits"] + [f"fmt:{fmt}"]}
        if meta.get("period"):
            entry["period"] = meta["period"]
        entries.append(entry)

    # --- LibreOffice: one batch, own profile
    if lo_jobs:
        lo_out = staging / "lo_out"
        lo_out.mkdir()
        prof = f"file:///tmp/lo_o_{os.getpid()}"
        cmd = ["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", str(lo_out)] + [str(a) for a, _ in lo_jobs]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200)
        for src, target in lo_jobs:
            produced = lo_out / (src.stem + ".pdf")
            if not produced.exists():
                raise SystemExit(f"LibreOffice did not convert {src}")
            shutil.move(str(produced), target)
        shutil.rmtree(f"/tmp/lo_o_{os.getpid()}", ignore_errors=True)
    # --- OCR: rasterise and run Tesseract (Danish) to get a scanned PDF with a text layer
    for tmp_pdf, target in ocr_jobs:
        pre = tmp_pdf.with_suffix("")
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(tmp_pdf), str(pre)], check=True)
        pages = sorted(tmp_pdf.parent.glob(pre.name + "-*.png"))
        lst = pre.with_suffix(".lst")
        lst.write_text("\n".join(str(p) for p in pages) + "\n")
        subprocess.run(["tesseract", str(lst), str(pre) + "_ocr", "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(str(pre) + "_ocr.pdf", target)
    if not args.keep_staging:
        shutil.rmtree(staging, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
