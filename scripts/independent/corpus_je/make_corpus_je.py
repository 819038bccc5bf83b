#!/usr/bin/env python3
"""Corpus JE: look-alikes that mention every field, beside the real paperwork of the same cases.

Written by an independent corpus writer (session 11) who did not read the linter. Half of the
documents are *not* agreements, decisions or Min Plan entries although they name the mentor, the
hours, the period, the goal, the tasks and sometimes even appeal rights (status reports, logbooks,
invoices, timesheets, minutes, checklists, templates, guides, price lists, private agreements,
e-mails, complaints, hearing letters ...). The other half are the ordinary documents of the same
cases, some with deliberate defects.

Usage:  /work/main/.venv/bin/python make_corpus_je.py --out /work/corpora/je [--seed 21]
"""
from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from pathlib import Path

RULES9 = (
    "missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
    "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
)
ALLOWED = {
    "agreement": set(RULES9),
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}

# --------------------------------------------------------------------------------------------
# A tiny document model: a list of blocks, rendered to each format.
#   ("title", text) ("h", text) ("p", text) ("ul", [..]) ("ol", [..]) ("kv", [(label, value)])
#   ("table", header_or_None, rows) ("small", [lines])  (letterhead / contact block)
#   ("sig", [lines]) ("pre", text)
# --------------------------------------------------------------------------------------------


def text_lines(blocks, md=False):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(("# " + b[1]) if md else (b[1] + "\n" + "=" * min(len(b[1]), 70)))
        elif t == "h":
            out.append(("## " if md else "") + b[1])
        elif t == "p":
            out.append(b[1])
        elif t == "pre":
            out.append(b[1])
        elif t == "ul":
            out.append("\n".join(("- " if md else "  - ") + x for x in b[1]))
        elif t == "ol":
            out.append("\n".join(f"{i}. {x}" for i, x in enumerate(b[1], 1)))
        elif t == "kv":
            if md:
                out.append("\n".join(f"**{k}:** {v}  " for k, v in b[1]))
            else:
                out.append("\n".join(f"{k}: {v}" for k, v in b[1]))
        elif t == "table":
            header, rows = b[1], b[2]
            if md:
                cols = len(rows[0]) if rows else len(header)
                hdr = header or [""] * cols
                lines = ["| " + " | ".join(hdr) + " |", "|" + "---|" * cols]
                lines += ["| " + " | ".join(r) + " |" for r in rows]
                out.append("\n".join(lines))
            else:
                lines = []
                if header:
                    lines.append("\t".join(header))
                lines += ["\t".join(r) for r in rows]
                out.append("\n".join(lines))
        elif t in ("small", "sig"):
            out.append("\n".join(b[1]))
    return "\n\n".join(out) + "\n"


def render_txt(doc, path):
    path.write_text(text_lines(doc["blocks"]), encoding=doc.get("encoding", "utf-8"))


def render_md(doc, path):
    path.write_text(text_lines(doc["blocks"], md=True), encoding="utf-8")


def render_html(doc, path):
    e = htmlmod.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
             f"<title>{e(doc.get('html_title') or first_title(doc))}</title>",
             "<style>body{font-family:Arial,sans-serif;max-width:780px;margin:2em auto;color:#222}"
             "td,th{border:1px solid #bbb;padding:4px 8px;vertical-align:top}table{border-collapse:collapse}"
             ".small{color:#555;font-size:90%}</style></head><body>"]
    if doc.get("html_nav"):
        parts.append("<nav>" + " | ".join(f'<a href="#">{e(x)}</a>' for x in doc["html_nav"]) + "</nav>")
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            parts.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            parts.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif t == "pre":
            parts.append(f"<pre>{e(b[1])}</pre>")
        elif t in ("ul", "ol"):
            parts.append(f"<{t}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{t}>")
        elif t == "kv":
            parts.append("<table>" + "".join(f"<tr><th style='text-align:left'>{e(k)}</th><td>{e(v)}</td></tr>"
                                             for k, v in b[1]) + "</table>")
        elif t == "table":
            h = "".join(f"<th>{e(x)}</th>" for x in b[1]) if b[1] else ""
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2])
            parts.append("<table>" + (f"<tr>{h}</tr>" if h else "") + rows + "</table>")
        elif t in ("small", "sig"):
            parts.append('<p class="small">' + "<br>".join(e(x) for x in b[1]) + "</p>")
    if doc.get("html_footer"):
        parts.append(f'<footer class="small">{e(doc["html_footer"])}</footer>')
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def first_title(doc):
    for b in doc["blocks"]:
        if b[0] == "title":
            return b[1]
    return "Dokument"


def render_docx(doc, path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Calibri")
    st.font.size = Pt(11)
    if doc.get("header"):
        d.sections[0].header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        d.sections[0].footer.paragraphs[0].text = doc["footer"]
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            if doc.get("bold_headings"):
                p = d.add_paragraph()
                p.add_run(b[1]).bold = True
            else:
                d.add_heading(b[1], level=2)
        elif t in ("p", "pre"):
            d.add_paragraph(b[1])
        elif t == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in b[1]:
                cells = tb.add_row().cells
                cells[0].text = k
                cells[1].text = v
                for r in cells[0].paragraphs[0].runs:
                    r.bold = True
            d.add_paragraph("")
        elif t == "table":
            ncol = len(b[2][0]) if b[2] else len(b[1])
            tb = d.add_table(rows=0, cols=ncol)
            tb.style = "Table Grid"
            if b[1]:
                cells = tb.add_row().cells
                for i, x in enumerate(b[1]):
                    cells[i].text = x
                    for r in cells[i].paragraphs[0].runs:
                        r.bold = True
            for row in b[2]:
                cells = tb.add_row().cells
                for i, x in enumerate(row):
                    cells[i].text = x
            d.add_paragraph("")
        elif t == "small":
            p = d.add_paragraph("\n".join(b[1]))
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in p.runs:
                r.font.size = Pt(9)
        elif t == "sig":
            d.add_paragraph("\n".join(b[1]))
    d.core_properties.author = doc.get("author", "")
    d.core_properties.title = first_title(doc)
    d.save(str(path))


def render_odt(doc, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.text import H, P, List, ListItem, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    o = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)
    right = Style(name="Hoejre", family="paragraph")
    right.addElement(ParagraphProperties(textalign="end"))
    right.addElement(TextProperties(fontsize="9pt"))
    o.automaticstyles.addElement(right)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    o.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    o.styles.addElement(h2)

    def para(text, style=None):
        p = P(stylename=style) if style else P()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            if i:
                p.addElement(LineBreak())
            p.addText(ln)
        return p

    tcount = 0
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            o.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif t == "h":
            o.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif t in ("p", "pre"):
            o.text.addElement(para(b[1]))
        elif t in ("ul", "ol"):
            lst = List()
            for x in b[1]:
                li = ListItem()
                li.addElement(P(text=x))
                lst.addElement(li)
            o.text.addElement(lst)
        elif t in ("kv", "table"):
            tcount += 1
            rows = [list(r) for r in b[1]] if t == "kv" else ([b[1]] if b[1] else []) + [list(r) for r in b[2]]
            ncol = max(len(r) for r in rows)
            tb = Table(name=f"Tabel{tcount}")
            for _ in range(ncol):
                tb.addElement(TableColumn())
            for ri, r in enumerate(rows):
                tr = TableRow()
                for ci in range(ncol):
                    tc = TableCell()
                    txt = r[ci] if ci < len(r) else ""
                    tc.addElement(para(txt))
                    tr.addElement(tc)
                tb.addElement(tr)
            o.text.addElement(tb)
        elif t == "small":
            o.text.addElement(para("\n".join(b[1]), right))
        elif t == "sig":
            o.text.addElement(para("\n".join(b[1])))
    o.save(str(path))


def rtf_escape(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        elif ch == "\n":
            out.append("\\line ")
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(doc, path):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}", r"\f1\fs22"]
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            out.append(r"{\pard\b\fs32 " + rtf_escape(b[1]) + r"\par}")
        elif t == "h":
            out.append(r"{\pard\b\fs24 " + rtf_escape(b[1]) + r"\par}")
        elif t in ("p", "pre", "sig"):
            txt = b[1] if t != "sig" else "\n".join(b[1])
            out.append(r"{\pard " + rtf_escape(txt) + r"\par}")
        elif t == "small":
            out.append(r"{\pard\qr\fs18 " + rtf_escape("\n".join(b[1])) + r"\par}")
        elif t in ("ul", "ol"):
            for i, x in enumerate(b[1], 1):
                lead = "\\bullet  " if t == "ul" else f"{i}. "
                out.append(r"{\pard\li360 " + lead + rtf_escape(x) + r"\par}")
        elif t in ("kv", "table"):
            rows = [list(r) for r in b[1]] if t == "kv" else ([b[1]] if b[1] else []) + [list(r) for r in b[2]]
            ncol = max(len(r) for r in rows)
            width = 9000 // ncol
            for r in rows:
                cells = "".join(f"\\cellx{width * (i + 1)}" for i in range(ncol))
                body = "".join(r"\pard\intbl " + rtf_escape(r[i] if i < len(r) else "") + r"\cell " for i in range(ncol))
                out.append(r"{\trowd\trgaph100" + cells + body + r"\row}")
            out.append(r"{\pard\par}")
    out.append("}")
    path.write_text("\n".join(out), encoding="ascii")


_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", base + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", base + "DejaVuSerif-Bold.ttf"))
    _FONTS_DONE = True


def render_pdf(doc, path):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    serif = doc.get("serif", False)
    f, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    body = ParagraphStyle("b", fontName=f, fontSize=10, leading=13.5, spaceAfter=6)
    small = ParagraphStyle("s", fontName=f, fontSize=8.5, leading=11, alignment=2)
    h1 = ParagraphStyle("h1", fontName=fb, fontSize=15, leading=19, spaceAfter=10, spaceBefore=4)
    h2 = ParagraphStyle("h2", fontName=fb, fontSize=11.5, leading=15, spaceAfter=4, spaceBefore=8)
    cell = ParagraphStyle("c", fontName=f, fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cb", fontName=fb, fontSize=9.5, leading=12)
    e = htmlmod.escape
    story = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            story.append(Paragraph(e(b[1]), h1))
        elif t == "h":
            story.append(Paragraph(e(b[1]), h2))
        elif t in ("p", "pre"):
            story.append(Paragraph(e(b[1]).replace("\n", "<br/>"), body))
        elif t in ("ul", "ol"):
            items = [ListItem(Paragraph(e(x), body), leftIndent=14) for x in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if t == "ul" else "1",
                                      bulletFontName=f, bulletFontSize=9, leftIndent=14))
        elif t in ("kv", "table"):
            if t == "kv":
                data = [[Paragraph(e(k), cellb), Paragraph(e(v).replace("\n", "<br/>"), cell)] for k, v in b[1]]
                widths = [45 * mm, 120 * mm]
            else:
                rows = ([b[1]] if b[1] else []) + [list(r) for r in b[2]]
                ncol = max(len(r) for r in rows)
                data = []
                for ri, r in enumerate(rows):
                    st = cellb if (ri == 0 and b[1]) else cell
                    data.append([Paragraph(e(r[i] if i < len(r) else "").replace("\n", "<br/>"), st) for i in range(ncol)])
                # column widths by content: short columns (dates, amounts) are kept on one line
                need = [max(min(len(r[i]) if i < len(r) else 0, 40) for r in rows) + 3 for i in range(ncol)]
                widths = [165 * mm * x / sum(need) for x in need]
            tb = Table(data, colWidths=widths)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 6))
        elif t == "small":
            story.append(Paragraph("<br/>".join(e(x) for x in b[1]), small))
            story.append(Spacer(1, 8))
        elif t == "sig":
            story.append(Spacer(1, 6))
            story.append(Paragraph("<br/>".join(e(x) for x in b[1]), body))
    footer = doc.get("footer")

    def on_page(canvas, d):
        if footer:
            canvas.setFont(f, 7.5)
            canvas.drawString(20 * mm, 12 * mm, footer)
    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                           topMargin=20 * mm, bottomMargin=20 * mm, title=first_title(doc),
                           author=doc.get("author", ""), lang="da")
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_eml(doc, path):
    m = EmailMessage()
    m["From"] = doc["mail_from"]
    m["To"] = doc["mail_to"]
    if doc.get("mail_cc"):
        m["Cc"] = doc["mail_cc"]
    m["Subject"] = doc["subject"]
    m["Date"] = format_datetime(doc["mail_date"])
    m["Message-ID"] = f"<{doc['msgid']}>"
    m["MIME-Version"] = "1.0"
    body = doc["body"] if "body" in doc else text_lines(doc["blocks"])
    m.set_content(body, cte=doc.get("cte", "quoted-printable"))
    if doc.get("html_alt"):
        m.add_alternative("<html><body>" + "".join(f"<p>{htmlmod.escape(x)}</p>" for x in body.split("\n\n"))
                          + "</body></html>", subtype="html")
    path.write_bytes(bytes(m))


RENDER = {"txt": render_txt, "md": render_md, "html": render_html, "docx": render_docx,
          "odt": render_odt, "rtf": render_rtf, "pdf": render_pdf, "eml": render_eml}


def soffice_pdf(docx_paths, outdir):
    """Convert DOCX files to PDF with LibreOffice (own profile); returns the produced paths."""
    if not docx_paths:
        return []
    exe = shutil.which("soffice")
    if not exe:
        return []
    cmd = [exe, "-env:UserInstallation=file:///tmp/lo_je_profile", "--headless", "--convert-to", "pdf",
           "--outdir", str(outdir)] + [str(p) for p in docx_paths]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    return [Path(outdir) / (Path(p).stem + ".pdf") for p in docx_paths]


# --------------------------------------------------------------------------------------------
# Helpers for people, CPR numbers and dates
# --------------------------------------------------------------------------------------------
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]


def dlong(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def dnum(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def dshort(d):
    return f"{d.day}/{d.month}-{d.year % 100:02d}"


class Cpr:
    def __init__(self, rng):
        self.rng = rng

        self.known = {}

    def make(self, year, month, day):
        """One number per citizen (birth date): the same person keeps the same CPR in every document."""
        key = (year, month, day)
        if key not in self.known:
            serial = self.rng.randint(1000, 3999) if year >= 1937 else self.rng.randint(4000, 4999)
            self.known[key] = f"{day:02d}{month:02d}{year % 100:02d}-{serial:04d}"
        return self.known[key]


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------
from datetime import date as D

CASES = {
    "c01": dict(navn="Sofie Lykke Andersen", fornavn="Sofie", kommune="Holstebro Kommune", by="Holstebro",
                adr="Kirkestræde 11, 7500 Holstebro", sb="Pernille Kjær", sbtlf="96 11 74 32",
                sbmail="pernille.kjaer@holstebro.dk", mentor="Jonas Brandt", mfirma="Jobværkstedet Vest ApS",
                mtlf="23 41 88 19", mmail="jb@jobvaerkstedet-vest.dk", start=D(2026, 3, 1), slut=D(2026, 8, 31),
                timer="3 timer pr. uge", sag="2026-04417", cpryear=(2003, 5, 14)),
    "c02": dict(navn="Ahmad Rahimi", fornavn="Ahmad", kommune="Odense Kommune", by="Odense",
                adr="Ejerslykke 84, 1. th., 5250 Odense SV", sb="Lise Mølgaard", sbtlf="65 51 33 08",
                sbmail="limo@odense.dk", mentor="Birgitte Holm", mfirma="Mentorhuset Fyn",
                mtlf="61 22 45 03", mmail="birgitte@mentorhusetfyn.dk", start=D(2026, 4, 1), slut=D(2026, 9, 30),
                timer="2 timer om ugen", sag="27.15.08-G01-3312-26", cpryear=(1988, 11, 2)),
    "c03": dict(navn="Mikkel Søndergaard", fornavn="Mikkel", kommune="Viborg Kommune", by="Viborg",
                adr="Vestervang 37, 8800 Viborg", sb="Anders Friis", sbtlf="87 87 52 19",
                sbmail="anfr@viborg.dk", mentor="Karina Dahl", mfirma="Mentorteamet, Viborg Kommune",
                mtlf="40 31 17 66", mmail="kada@viborg.dk", start=D(2026, 5, 4), slut=D(2026, 11, 3),
                timer="1½ time pr. uge", sag="VIB-26-008831", cpryear=(1994, 2, 27)),
    "c04": dict(navn="Nadia El-Sayed", fornavn="Nadia", kommune="Aarhus Kommune", by="Aarhus",
                adr="Gudrunsvej 62, 8220 Brabrand", sb="Mette Kallestrup", sbtlf="41 85 60 22",
                sbmail="mekal@aarhus.dk", mentor="Rasmus Thygesen", mfirma="Studiestøtte Aarhus ApS",
                mtlf="28 90 14 57", mmail="rt@studiestotte-aarhus.dk", start=D(2026, 8, 15), slut=D(2027, 2, 28),
                timer="2 timer ugentligt", sag="S2026-119204", cpryear=(2001, 7, 9)),
    "c05": dict(navn="Thomas Vinther", fornavn="Thomas", kommune="Randers Kommune", by="Randers",
                adr="Jernbanegade 5, 8900 Randers C", sb="Camilla Juhl", sbtlf="89 15 26 71",
                sbmail="camilla.juhl@randers.dk", mentor="Henrik Bach", mfirma="Randers Maskinfabrik A/S",
                mtlf="20 64 38 95", mmail="hb@randersmaskin.dk", start=D(2026, 2, 1), slut=D(2026, 7, 31),
                timer="4 timer om ugen", sag="2026-0212-FJ", cpryear=(1979, 9, 18)),
    "c06": dict(navn="Emma Kristoffersen", fornavn="Emma", kommune="Køge Kommune", by="Køge",
                adr="Ølbycenter 14, 3. tv., 4600 Køge", sb="Rikke Holmgaard", sbtlf="56 67 21 40",
                sbmail="rikke.holmgaard@koege.dk", mentor="Louise Brink", mfirma="Broen Mentor & Coaching",
                mtlf="31 72 05 88", mmail="louise@broen-mentor.dk", start=D(2026, 4, 1), slut=D(2026, 11, 30),
                timer="3 timer om ugen", sag="KØG-2026-3381", cpryear=(2004, 1, 30)),
    "c07": dict(navn="Jesper Frandsen", fornavn="Jesper", kommune="Esbjerg Kommune", by="Esbjerg",
                adr="Stormgade 120, 6700 Esbjerg", sb="Heidi Lauridsen", sbtlf="76 16 42 93",
                sbmail="hela@esbjerg.dk", mentor="", mfirma="", mtlf="", mmail="", start=None, slut=None,
                timer="", sag="ESB-SDP-26-1120", cpryear=(1971, 4, 3)),
    "c08": dict(navn="Fatima Yusuf", fornavn="Fatima", kommune="Frederiksberg Kommune", by="Frederiksberg",
                adr="Howitzvej 29, 2. mf., 2000 Frederiksberg", sb="Jakob Skov", sbtlf="38 21 49 60",
                sbmail="jask03@frederiksberg.dk", mentor="Dorthe Vad", mfirma="Kvindehuset Mentor",
                mtlf="53 88 21 47", mmail="dorthe@kvindehuset-mentor.dk", start=D(2026, 6, 1), slut=D(2026, 11, 30),
                timer="2 timer pr. uge", sag="FRB-26-4471", cpryear=(1990, 3, 21)),
    "c09": dict(navn="Line Bjerregaard", fornavn="Line", kommune="Silkeborg Kommune", by="Silkeborg",
                adr="Nørreskov Bakke 18, 8600 Silkeborg", sb="Tina Overgaard", sbtlf="89 70 39 12",
                sbmail="tina.overgaard@silkeborg.dk", mentor="Jannie Bech", mfirma="Jobhuset Silkeborg",
                mtlf="22 19 83 40", mmail="jannie@jobhuset-silkeborg.dk", start=D(2026, 9, 1), slut=D(2027, 2, 28),
                timer="2 timer om ugen", sag="SIL-2026-7720", cpryear=(1997, 12, 5)),
    "c10": dict(navn="Oliver Dam", fornavn="Oliver", kommune="Vejle Kommune", by="Vejle",
                adr="Boulevarden 44, 7100 Vejle", sb="Susanne Ravn", sbtlf="76 81 55 17",
                sbmail="surav@vejle.dk", mentor="Martin Krogh", mfirma="UngeMentor Trekanten",
                mtlf="27 45 91 30", mmail="martin@ungementor.dk", start=D(2026, 3, 16), slut=D(2026, 9, 15),
                timer="2 timer om ugen", sag="VEJ-U-26-0316", cpryear=(2006, 10, 11)),
    "c11": dict(navn="Kasper Holm", fornavn="Kasper", kommune="Næstved Kommune", by="Næstved",
                adr="Farimagsvej 9, 4700 Næstved", sb="Bente Schou", sbtlf="55 88 47 26",
                sbmail="besch@naestved.dk", mentor="Ole Mikkelsen", mfirma="Mikkelsen Mentorservice",
                mtlf="29 36 70 14", mmail="ole@mikkelsen-mentor.dk", start=D(2026, 1, 12), slut=D(2026, 7, 11),
                timer="3 timer ugentligt", sag="NÆS-2026-0093", cpryear=(1985, 6, 24)),
    "c12": dict(navn="Maja Petersen", fornavn="Maja", kommune="Gribskov Kommune", by="Helsinge",
                adr="Østergade 3, 3200 Helsinge", sb="Claus Winther", sbtlf="72 49 63 05",
                sbmail="cwint@gribskov.dk", mentor="Signe Lauritzen", mfirma="Center for Arbejdsmarked, mentorkorpset",
                mtlf="72 49 61 88", mmail="silau@gribskov.dk", start=D(2026, 2, 1), slut=D(2026, 7, 31),
                timer="1-2 timer pr. uge", sag="GRIB-MEN-26-014", cpryear=(1999, 8, 8)),
    "c13": dict(navn="Sara Nørgaard", fornavn="Sara", kommune="Aalborg Kommune", by="Aalborg",
                adr="Hasserisvej 201, 9000 Aalborg", sb="Kim Vestergaard", sbtlf="99 31 27 84",
                sbmail="kim.vestergaard@aalborg.dk", mentor="Anne-Mette Skov", mfirma="Nordjysk Mentorcenter",
                mtlf="42 17 66 09", mmail="ams@nj-mentorcenter.dk", start=D(2026, 10, 1), slut=D(2027, 3, 31),
                timer="2 timer om ugen", sag="AAL-26-55102", cpryear=(1998, 5, 30)),
    "c14": dict(navn="Bilal Hassan", fornavn="Bilal", kommune="Herning Kommune", by="Herning",
                adr="Holtbjerg 71, 7400 Herning", sb="Lone Damgaard", sbtlf="96 28 34 51",
                sbmail="loda@herning.dk", mentor="Kristian Lykke", mfirma="Jobkompagniet Midt",
                mtlf="25 80 17 43", mmail="kl@jobkompagniet.dk", start=D(2026, 6, 1), slut=None,
                timer="4 timer om ugen", sag="HER-2026-6120", cpryear=(1992, 10, 2)),
    "c15": dict(navn="Camilla Ibsen", fornavn="Camilla", kommune="Ringsted Kommune", by="Ringsted",
                adr="Nørregade 52, 4100 Ringsted", sb="Morten Lund", sbtlf="57 62 81 19",
                sbmail="molu@ringsted.dk", mentor="Hanne Kirk", mfirma="Mentorkompagniet Sjælland",
                mtlf="30 47 12 85", mmail="hanne@mentorkompagniet.dk", start=D(2026, 5, 1), slut=D(2026, 10, 31),
                timer="2 timer pr. uge", sag="RIN-26-2217", cpryear=(1996, 2, 14)),
    "c16": dict(navn="Peter Lund", fornavn="Peter", kommune="Slagelse Kommune", by="Slagelse",
                adr="Sdr. Stationsvej 7, 4200 Slagelse", sb="Hanne Bruun", sbtlf="58 57 40 66",
                sbmail="habru@slagelse.dk", mentor="Erik Svendsen", mfirma="Vestsjællands Mentorservice",
                mtlf="26 14 93 07", mmail="erik@vs-mentor.dk", start=D(2026, 1, 1), slut=D(2026, 9, 30),
                timer="3 timer om ugen", sag="SLA-2026-0041", cpryear=(1982, 12, 19)),
    "c17": dict(navn="Henriette Kvist", fornavn="Henriette", kommune="Fredericia Kommune", by="Fredericia",
                adr="Prinsessegade 28, 7000 Fredericia", sb="Søren Aagaard", sbtlf="72 10 55 31",
                sbmail="soren.aagaard@fredericia.dk", mentor="", mfirma="", mtlf="", mmail="", start=None,
                slut=None, timer="", sag="FRE-26-3305", cpryear=(1987, 7, 27)),
}


def appeal_full(c, variant=0):
    k = c["kommune"]
    if variant == 0:
        return [("h", "Klagevejledning"),
                ("p", f"Hvis du ikke er enig i afgørelsen, kan du klage. Klagen skal sendes til {k} inden 4 uger "
                      "fra den dag, du har modtaget dette brev. Du kan klage skriftligt eller mundtligt, fx ved "
                      f"at skrive til din sagsbehandler eller ringe på {c['sbtlf']}."),
                ("p", f"{k} genvurderer afgørelsen. Hvis vi fastholder afgørelsen, sender vi din klage videre til "
                      "Ankestyrelsen, som behandler klagen (lov om en aktiv beskæftigelsesindsats § 204 og "
                      "retssikkerhedsloven kapitel 10).")]
    if variant == 1:
        return [("h", "Sådan klager du"),
                ("p", "Du kan klage over afgørelsen. Fristen er fire uger fra du har fået brevet. "
                      f"Klagen sendes til {k}, Beskæftigelse, eller til din sagsbehandler på {c['sbmail']}. "
                      "Kommunen ser sagen igennem igen. Giver vi dig ikke medhold, sender vi klagen og sagens "
                      "papirer videre til Ankestyrelsen inden for fire uger.")]
    if variant == 2:
        return [("h", "Hvis du vil klage"),
                ("p", f"Du har ret til at klage. Det gør du til {k} senest 4 uger efter, at du har modtaget "
                      "afgørelsen. Kommunen vil så vurdere sagen igen inden fire uger. Holder kommunen fast i "
                      "afgørelsen, bliver din klage sendt videre til Ankestyrelsens Beskæftigelsesudvalg. "
                      "Du behøver ikke at begrunde din klage.")]
    return [("h", "Klageadgang"),
            ("p", f"Afgørelsen kan påklages, jf. § 204 i lov om en aktiv beskæftigelsesindsats. Klagen indgives "
                  f"til {k} inden 4 uger fra modtagelsen. Kommunen foretager en genvurdering, og fastholdes "
                  "afgørelsen, videresendes klagen til Ankestyrelsen.")]


REAL = []   # filled by real_docs()
LOOK = []   # filled by lookalike_docs()


def sb_block(c):
    return ("small", [c["kommune"], "Beskæftigelse", f"Sagsbehandler: {c['sb']}", f"Direkte tlf.: {c['sbtlf']}",
                      f"Mail: {c['sbmail']}", f"Sagsnr.: {c['sag']}"])


def real_docs(cpr):
    """The ordinary agreements, decisions and Min Plan entries."""
    R = []

    def add(path, fmt, kind, subtype, layout, rules, doc, cprs=(), traits=(), period=None, extras=()):
        rules = sorted(rules)
        assert set(rules) <= ALLOWED[kind], (path, rules)
        R.append(dict(path=path, format=fmt, kind=kind, subtype=subtype, layout=layout, rules=rules,
                      extras=sorted(extras), doc=doc, cprs=list(cprs), traits=list(traits), period=period))

    def per(c):
        return {"start": c["start"].isoformat(), "end": c["slut"].isoformat()} if c.get("slut") else None

    # ---------------- A1 Holstebro: table agreement, clean, CPR
    c = CASES["c01"]
    n = cpr.make(*c["cpryear"])
    add("holstebro/aftale_mentorstoette_sofie.docx", "docx", "agreement", "agreement", "skema-tabel", [], {
        "header": "Holstebro Kommune · Beskæftigelse · Ungeenheden",
        "blocks": [
            ("title", "Aftale om mentorstøtte"),
            ("p", "Aftalen er indgået efter § 167 i lov om en aktiv beskæftigelsesindsats mellem borgeren, "
                  "mentoren og Holstebro Kommune."),
            ("kv", [("Borger", c["navn"]), ("CPR-nr.", n), ("Adresse", c["adr"]),
                    ("Sagsbehandler", f"{c['sb']}, tlf. {c['sbtlf']}")]),
            ("kv", [("Målet med mentorstøtten",
                     "Sofie gennemfører grundforløb 1 på SOSU-skolen i Holstebro, som starter 10. august 2026. "
                     "Inden da skal hun møde stabilt i sin virksomhedspraktik på Plejecenter Lystoftevej "
                     "(mindst 4 dage om ugen, højst 2 fraværsdage pr. måned)."),
                    ("Mentor", f"{c['mentor']}, {c['mfirma']}\ntlf. {c['mtlf']}, {c['mmail']}"),
                    ("Mentorens opgaver", "Ringe Sofie op om morgenen de første to uger af praktikken; "
                     "følge hende til optagelsessamtalen på SOSU-skolen; hjælpe med at søge SU og lave et "
                     "budget; tage en samtale hver uge om fremmøde og hvordan det går på plejecentret."),
                    ("Periode", "1. marts 2026 – 31. august 2026"),
                    ("Timetal", "3 timer pr. uge (direkte kontakt med Sofie)"),
                    ("Opfølgning", "Opfølgningsmøde med Sofie, mentor og sagsbehandler hver måned. "
                     "Delmål: 1) 90 % fremmøde i praktikken fra april, 2) SU-ansøgning sendt inden 1. juli. "
                     "Evaluering 14 dage før perioden slutter.")]),
            *appeal_full(c, 0),
            ("sig", ["Dato: 24.02.2026", "", "_______________________    _______________________    _______________________",
                     "Sofie Lykke Andersen          Jonas Brandt, mentor          Pernille Kjær, Holstebro Kommune"]),
        ]}, cprs=[n], traits=["cpr", "table-kv", "period:exact-six"], period=per(c))

    # ---------------- A2 Odense: letter-style agreement PDF, vague follow-up
    c = CASES["c02"]
    add("odense/mentoraftale_rahimi.pdf", "pdf", "agreement", "agreement", "brev-prosa", ["missing-follow-up"], {
        "serif": True, "footer": "Odense Kommune · Beskæftigelses- og Socialforvaltningen · Ejerslykkevej 1 · 5250 Odense SV",
        "blocks": [
            sb_block(c),
            ("p", f"{c['navn']}\n{c['adr']}"),
            ("p", "Odense, 20. marts 2026"),
            ("title", "Skriftlig aftale om mentorstøtte"),
            ("p", "Kære Ahmad"),
            ("p", "Tak for et godt møde den 17. marts. Her er den aftale, vi lavede sammen med din mentor. "
                  "Aftalen hører til din virksomhedspraktik på lageret hos XL-Byg Odense Syd."),
            ("h", "Hvad skal mentorstøtten føre til?"),
            ("p", "Målet er, at du fra 1. juli 2026 arbejder 20 timer om ugen på lageret hos XL-Byg, og at "
                  "praktikken kan gå over i et løntilskudsjob fra efteråret."),
            ("h", "Hvem er din mentor?"),
            ("p", f"Din mentor er {c['mentor']} fra {c['mfirma']}. Du kan ringe eller skrive til hende på "
                  f"{c['mtlf']} eller {c['mmail']}."),
            ("h", "Hvad hjælper Birgitte dig med?"),
            ("ul", ["at komme godt i gang på lageret de første uger, også med kolleger og mødetider",
                    "at læse og forstå vagtplaner og sedler fra arbejdspladsen",
                    "at tale med lagerchefen, hvis der opstår problemer",
                    "at forberede dig til samtalen om løntilskud"]),
            ("h", "Hvor længe og hvor meget?"),
            ("p", "Mentorstøtten gælder fra 1. april 2026 til 30. september 2026. Birgitte har 2 timer om ugen "
                  "sammen med dig."),
            ("h", "Opfølgning"),
            ("p", "Der følges op løbende efter behov."),
            *appeal_full(c, 1),
            ("sig", ["Med venlig hilsen", "", c["sb"], "Jobkonsulent"]),
        ]}, traits=["follow-up:vague", "letter-questions"], period=per(c))

    # ---------------- A3 Viborg pligtmentor ODT clean, exact six months with odd start
    c = CASES["c03"]
    add("viborg/aftale_pligtmentor_mikkel.odt", "odt", "agreement", "agreement", "skema-tabel", [], {
        "blocks": [
            ("small", ["Viborg Kommune", "Jobcenter Viborg / Beskæftigelse", "Prinsens Allé 5, 8800 Viborg"]),
            ("title", "Mentoraftale – ret og pligt til mentor"),
            ("p", f"Borger: {c['navn']}    Sagsnr.: {c['sag']}"),
            ("table", ["Punkt", "Indhold"], [
                ["1. Mål", "Mikkel er i virksomhedspraktik i Røde Kors' genbrugsbutik i Viborg 10 timer om ugen "
                           "senest 1. september 2026, som første skridt mod et job i detailhandlen."],
                ["2. Mentor", f"{c['mentor']}, {c['mfirma']}, mobil {c['mtlf']}, mail {c['mmail']}"],
                ["3. Mentors opgaver", "Hjemmebesøg eller telefonkontakt mindst hver anden uge; følge Mikkel "
                 "til lægen og til møder i misbrugscentret, så behandlingen kan passe med praktikken; "
                 "tage med på første besøg i genbrugsbutikken."],
                ["4. Varighed og opfølgning", "4. maj 2026 til 3. november 2026. Statusmøde hver 4. uge med "
                 "Mikkel, Karina og Anders; delmål: møder til 3 ud af 4 aftaler i maj, alle aftaler fra juli."],
                ["5. Timetal", "1½ time pr. uge i gennemsnit"],
            ]),
            *appeal_full(c, 2),
            ("sig", ["Underskrifter", "Borger: ______________   Mentor: ______________   Kommunen: ______________",
                     "Viborg, 28. april 2026"]),
        ]}, traits=["table-rows", "pligtmentor", "period:exact-six"], period=per(c))

    # ---------------- A4 Aarhus uddannelsesmentor HTML, over six months
    c = CASES["c04"]
    add("aarhus/din_aftale_uddannelsesmentor.html", "html", "agreement", "agreement", "web-kort",
        ["duration-over-6-months"], {
        "html_nav": ["Forside", "Min sag", "Dokumenter", "Log ud"],
        "blocks": [
            ("title", "Aftale om uddannelsesmentor"),
            ("p", f"Aftale mellem {c['navn']} og Aarhus Kommune, Ungeindsatsen. Sagsnummer {c['sag']}."),
            ("h", "Mål"),
            ("p", "Nadia består første semester på pædagoguddannelsen på VIA University College, Aarhus, "
                  "og afleverer de tre obligatoriske opgaver til tiden (senest januar 2027)."),
            ("h", "Mentor"),
            ("p", f"{c['mentor']}, {c['mfirma']}. Telefon {c['mtlf']}. E-mail {c['mmail']}."),
            ("h", "Det hjælper mentoren med"),
            ("ul", ["planlægge ugen med forelæsninger, studiegrupper og arbejde",
                    "kontakt til studievejledningen og SPS, hvis der er brug for det",
                    "forberedelse til den første eksamen"]),
            ("h", "Periode og timer"),
            ("p", "Bevilget fra 15. august 2026 til 28. februar 2027, 2 timer ugentligt."),
            ("h", "Opfølgning"),
            ("p", "Vi holder statusmøde hver anden måned (oktober, december, februar). Ved hvert møde ser vi på "
                  "fremmøde og afleverede opgaver."),
            *appeal_full(c, 3),
        ], "html_footer": "Aarhus Kommune · Ungeindsatsen · Værkmestergade 15 · 8000 Aarhus C"},
        traits=["html-nav", "period:over-by-14-days"], period=per(c))

    # ---------------- A5 Randers fleksjob workplace mentor TXT, hours 'efter behov'
    c = CASES["c05"]
    add("randers/aftale_mentor_fleksjob_vinther.txt", "txt", "agreement", "agreement", "tekst-eksport",
        ["missing-hours"], {"blocks": [
            ("pre", "RANDERS KOMMUNE - JOBCENTER\nUdskrift fra fagsystem  12.01.2026 09:41"),
            ("title", "AFTALE OM MENTORSTØTTE I FLEKSJOB"),
            ("kv", [("Borger", c["navn"]), ("Sag", c["sag"]), ("Arbejdsgiver", "Randers Maskinfabrik A/S, Hadsundvej 180"),
                    ("Mentor", f"{c['mentor']} (værkfører), tlf. {c['mtlf']}, {c['mmail']}")]),
            ("kv", [("Formål", "Thomas fastholder sit fleksjob som maskinoperatør, 15 timer om ugen, og kan efter "
                               "perioden klare opstart af CNC-maskinen uden hjælp."),
                    ("Mentors opgaver", "oplære Thomas i nye arbejdsgange; lægge pauser ind i vagtplanen; være den "
                     "faste person Thomas kan gå til ved smerter eller tvivl; tale med kollegerne om skånehensyn"),
                    ("Periode", "01.02.2026 - 31.07.2026"),
                    ("Omfang", "Mentor støtter efter behov i hverdagen"),
                    ("Opfølgning", "Virksomhedskonsulent følger op på arbejdspladsen hver 6. uge og ved "
                                   "evaluering 2 uger før udløb")]),
            ("p", "Kompensation til virksomheden for mentorens løn udbetales efter regning."),
            ("h", "KLAGEVEJLEDNING"),
            ("p", "Er du uenig, kan du klage til Randers Kommune inden 4 uger. Kommunen genvurderer og sender en "
                  "fastholdt afgørelse videre til Ankestyrelsen."),
            ("pre", "Sagsbehandler: Camilla Juhl, 89 15 26 71"),
        ]}, traits=["hours:vague-efter-behov", "workplace-mentor"], period=per(c))

    # ---------------- A6 Køge udskrivningskoordinator DOCX, 8 months legit
    c = CASES["c06"]
    add("koege/aftale_udskrivningskoordinator_emma.docx", "docx", "agreement", "agreement", "brev-overskrifter", [], {
        "blocks": [
            sb_block(c),
            ("title", "Aftale om udskrivningskoordinator (mentorstøtte efter LAB § 167, stk. 2)"),
            ("p", "Emma er indlagt på Psykiatrisk Afdeling, Roskilde, og forventes udskrevet omkring 1. juni 2026. "
                  "Emma har sagt ja til en udskrivningskoordinator, som starter, mens hun stadig er indlagt."),
            ("h", "Målet med støtten"),
            ("p", "Emma genoptager sin uddannelse som kontorelev hos Køge Boligselskab senest 1. oktober 2026 med "
                  "mindst 20 timer om ugen, og fra november 30 timer."),
            ("h", "Udskrivningskoordinator"),
            ("p", f"{c['mentor']}, {c['mfirma']}, tlf. {c['mtlf']}, {c['mmail']}"),
            ("h", "Opgaver"),
            ("ul", ["deltage i udskrivningskonferencen på afdelingen",
                    "hjælpe Emma med at få styr på bolig, post og aftaler hos egen læge og distriktspsykiatrien",
                    "tage kontakt til Køge Boligselskab sammen med Emma og planlægge en gradvis opstart",
                    "være med til de første møder på arbejdspladsen"]),
            ("h", "Periode"),
            ("p", "1. april 2026 til 30. november 2026 (ca. 2 måneder før og 6 måneder efter udskrivelsen)."),
            ("h", "Timer"),
            ("p", "3 timer om ugen; i de første fire uger efter udskrivelsen op til 5 timer om ugen."),
            ("h", "Opfølgning"),
            ("p", "Møde med Emma, koordinator og sagsbehandler 14 dage efter udskrivelsen og derefter hver måned. "
                  "Progression måles på antal arbejdstimer pr. uge."),
            *appeal_full(c, 1),
        ]}, traits=["udskrivningskoordinator", "period:8-months-legit"], period=per(c))

    # ---------------- A7 Frederiksberg MD, unclear goal
    c = CASES["c08"]
    add("frederiksberg/mentoraftale_fatima.md", "md", "agreement", "agreement", "markdown", ["unclear-goal"], {
        "blocks": [
            ("title", "Mentoraftale"),
            ("p", f"Frederiksberg Kommune, Jobcenter · sag {c['sag']} · {c['navn']}"),
            ("h", "Mål"),
            ("p", "Støtte til at få struktur på hverdagen og øget trivsel, så Fatima får det bedre."),
            ("h", "Mentor"),
            ("p", f"{c['mentor']} ({c['mfirma']}), {c['mtlf']}, {c['mmail']}"),
            ("h", "Opgaver"),
            ("ul", ["faste ugentlige samtaler", "hjælp til at åbne og forstå post fra det offentlige",
                    "følges med til møder hos lægen og i kommunen"]),
            ("h", "Periode og timetal"),
            ("p", "1. juni 2026 – 30. november 2026, 2 timer pr. uge."),
            ("h", "Opfølgning"),
            ("p", "Statusmøde hver 6. uge med sagsbehandler; midtvejsevaluering i august."),
            *appeal_full(c, 2),
        ]}, traits=["goal:activity-trivsel"], period=per(c))

    # ---------------- A8 Vejle RTF, no appeal guidance
    c = CASES["c10"]
    add("vejle/mentoraftale_oliver_dam.rtf", "rtf", "agreement", "agreement", "skema-tabel",
        ["missing-appeal-guidance"], {"blocks": [
            ("title", "Aftale om mentorstøtte – Ungeindsatsen Vejle"),
            ("kv", [("Navn", c["navn"]), ("Sagsnummer", c["sag"]), ("Sagsbehandler", f"{c['sb']} ({c['sbtlf']})")]),
            ("kv", [("Mål og delmål", "Oliver starter på grundforløb 1, tømrer, på Tradium Vejle/Rosborg i august 2026. "
                                      "Delmål: deltager i brobygning på EUC i april og møder til alle dage."),
                    ("Mentor", f"{c['mentor']}, {c['mfirma']} – {c['mtlf']} – {c['mmail']}"),
                    ("Indsatsområder", "vække og følge Oliver de første dage i brobygning; tage på besøg på skolen; "
                                       "hjælpe med ansøgning på optagelse.dk; træne bus til Vejle Nord"),
                    ("Varighed", "16.03.2026 – 15.09.2026"),
                    ("Timer", "2 t/uge"),
                    ("Opfølgning", "Opfølgningssamtale hver 4. uge i Ungeindsatsen, slutevaluering 1. september 2026")]),
            ("p", "Oliver, mentor og Ungeindsatsen har gennemgået aftalen den 12. marts 2026."),
            ("sig", ["Oliver Dam", "Martin Krogh", "Susanne Ravn"]),
        ]}, traits=["no-appeal"], period=per(c))

    # ---------------- A9 Gribskov numbered six points DOCX, clean, CPR
    c = CASES["c12"]
    n = cpr.make(*c["cpryear"])
    add("gribskov/skriftlig_aftale_mentor_maja_petersen.docx", "docx", "agreement", "agreement", "nummereret-6-punkter", [], {
        "bold_headings": True, "header": "Gribskov Kommune – Center for Arbejdsmarked",
        "blocks": [
            ("title", "Skriftlig aftale om mentorstøtte"),
            ("p", f"Borger: {c['navn']}, CPR {n}. Aftalen er lavet efter kvalitetsstandarden for mentorstøtte, "
                  "serviceniveau 2."),
            ("h", "1. Målet med mentorstøtten"),
            ("p", "Maja er i virksomhedspraktik som køkkenmedhjælper i kantinen på Helsinge Skole 3 dage om ugen "
                  "fra 1. april 2026 og søger ind på ernæringsassistentuddannelsen til optag i august 2026."),
            ("h", "2. Mentorens navn og kontaktdata"),
            ("p", f"{c['mentor']}, {c['mfirma']}. Tlf. {c['mtlf']}, e-mail {c['mmail']}."),
            ("h", "3. Hvilke opgaver mentoren skal bistå ved"),
            ("p", "Signe hjælper Maja med at få en fast morgenrutine, øver transporten til Helsinge Skole med hende, "
                  "deltager i forventningssamtalen i kantinen og hjælper med ansøgningen til ZBC."),
            ("h", "4. Varigheden af aftalen og opfølgning – inklusiv mål for progression"),
            ("p", "Aftalen gælder fra 1. februar 2026 til 31. juli 2026. Vi følger op hver måned. Progression: "
                  "i februar 2 dage om ugen med mentor, i marts 3 dage alene, fra april praktik 3 dage om ugen. "
                  "Evaluering med Maja 14 dage før støtteperioden ophører."),
            ("h", "5. Timetallet for mentorstøtten"),
            ("p", "1-2 timer pr. uge (niveau 2)."),
            ("h", "6. Klagevejledning"),
            ("p", "Du kan klage over afgørelsen om mentorstøtte til Gribskov Kommune, Center for Arbejdsmarked, "
                  "inden 4 uger efter, at du har modtaget den. Kommunen genvurderer sagen, og fastholder vi "
                  "afgørelsen, sender vi klagen videre til Ankestyrelsen."),
            ("sig", ["Helsinge, 27. januar 2026", "Maja Petersen · Signe Lauritzen · Claus Winther"]),
        ]}, cprs=[n], traits=["cpr", "gribskov-six", "bold-headings"], period=per(c))

    # ---------------- A10 Silkeborg via soffice PDF: mentor without contact, no hours
    c = CASES["c09"]
    add("silkeborg/aftale_mentor_line_b.pdf", "pdf", "agreement", "agreement", "lo-pdf-skema",
        ["missing-hours", "missing-mentor"], {
        "soffice": True, "blocks": [
            ("small", ["Silkeborg Kommune", "Job og Borgerservice", f"Sagsbehandler {c['sb']}", f"Tlf. {c['sbtlf']}"]),
            ("title", "Mentoraftale"),
            ("p", f"Aftalen gælder for {c['navn']}, {c['adr']}."),
            ("kv", [("Mål", "Line gennemfører 10. klasse-forløbet på VUC Silkeborg (dansk og matematik på FP9-niveau) "
                            "og består prøverne i december 2026, så hun kan søge ind på social- og "
                            "sundhedshjælperuddannelsen i februar 2027."),
                    ("Mentor", "Jannie fra Jobhuset"),
                    ("Mentors opgaver", "lektiestøtte i matematik; hjælpe Line med at holde styr på skemaet i "
                                        "Studie+; deltage i samtale med VUC's studievejleder"),
                    ("Periode", "1. september 2026 - 28. februar 2027"),
                    ("Timer", "Aftales mellem mentor og Line"),
                    ("Opfølgning", "Møde hos sagsbehandler i oktober og december; evaluering 14 dage før slut.")]),
            *appeal_full(c, 0),
        ]}, traits=["mentor:first-name-only", "hours:placeholder", "soffice"], period=per(c))

    # ---------------- A11 Næstved e-mail agreement without tasks
    c = CASES["c11"]
    body = (f"Kære Kasper\n\nSom lovet får du her vores aftale om mentorstøtte skrevet ned, så du har den på skrift. "
            "Vi lavede den på mødet i går sammen med Ole.\n\n"
            "Mål: Du er i løntilskudsjob som pedelmedhjælper hos Næstved Boligselskab, 25 timer om ugen, fra "
            "1. april 2026, og du har ingen ubegrundet fravær i marts.\n\n"
            f"Mentor: {c['mentor']}, {c['mfirma']}, tlf. {c['mtlf']}, mail {c['mmail']}\n\n"
            "Periode: 12.01.2026 - 11.07.2026\n\nTimer: 3 timer ugentligt\n\n"
            "Opfølgning: vi ses til et statusmøde hver 4. uge (første gang 9. februar kl. 10 på jobcentret), og "
            "vi evaluerer to uger før aftalen udløber.\n\n"
            "Klagevejledning: Du kan klage over afgørelsen om mentorstøtte til Næstved Kommune inden 4 uger fra "
            "modtagelsen. Vi genvurderer afgørelsen, og hvis vi fastholder den, sender vi klagen til "
            "Ankestyrelsen.\n\nVenlig hilsen\nBente Schou\nSagsbehandler, Næstved Kommune\nTlf. 55 88 47 26\n")
    add("naestved/aftale_mentor_kasper_mail.eml", "eml", "agreement", "agreement", "email-aftale", ["missing-tasks"], {
        "mail_from": f"Bente Schou <{c['sbmail']}>", "mail_to": "Kasper Holm <kasperholm85@gmail.com>",
        "subject": "Din aftale om mentorstøtte", "mail_date": datetime(2026, 1, 13, 8, 52, tzinfo=timezone(timedelta(hours=1))),
        "msgid": "aftale-0093@naestved.dk", "body": body}, traits=["email-body", "no-tasks"], period=per(c))

    # ---------------- A12 Aalborg plain-language HTML clean
    c = CASES["c13"]
    add("aalborg/din_mentoraftale_sara.html", "html", "agreement", "agreement", "klarsprog-web", [], {
        "blocks": [
            ("title", "Din mentoraftale"),
            ("p", f"Til {c['navn']} · Aalborg Kommune, Jobcenter Aalborg · sag {c['sag']}"),
            ("p", "Her får du det, vi blev enige om på mødet den 24. september 2026, skrevet ned."),
            ("h", "Det vil du nå"),
            ("p", "Du har fået en elevplads som butiksassistent-elev i en dagligvarebutik i Aalborg senest 1. marts "
                  "2027. Undervejs har du sendt mindst 2 ansøgninger om måneden."),
            ("h", "Din mentor"),
            ("p", f"{c['mentor']} fra {c['mfirma']}. Du kan ringe på {c['mtlf']} eller skrive til {c['mmail']}."),
            ("h", "Anne-Mette hjælper dig med at"),
            ("ul", ["skrive ansøgninger og dit CV", "øve jobsamtaler", "tage med til den første samtale, hvis du vil",
                    "holde fast i din døgnrytme, så du kan møde kl. 7"]),
            ("h", "Hvor længe?"),
            ("p", "Fra 1. oktober 2026 til 31. marts 2027."),
            ("h", "Hvor meget?"),
            ("p", "2 timer om ugen."),
            ("h", "Hvordan følger vi op?"),
            ("p", "Vi mødes alle tre hver 6. uge. To uger før aftalen slutter, ser vi på, om du har nået dit mål."),
            *appeal_full(c, 2),
        ]}, traits=["plain-language", "period:exact-six"], period=per(c))

    # ---------------- A13 Herning TXT, open end + incomplete appeal
    c = CASES["c14"]
    n13 = cpr.make(*c["cpryear"])
    add("herning/mentoraftale_bilal_hassan.txt", "txt", "agreement", "agreement", "tekst-eksport",
        ["missing-appeal-guidance", "missing-duration"], {"encoding": "cp1252", "blocks": [
            ("pre", "Herning Kommune\nJobcenter Herning, Fredhøjvej 19, 7400 Herning"),
            ("title", "Aftale om mentor"),
            ("kv", [("Borger", c["navn"]), ("CPR", n13), ("Sagsnr", c["sag"]), ("Dato", "28.05.2026")]),
            ("kv", [("Mål", "Bilal får et ordinært job som chauffør (kategori C) i et vognmandsfirma i Herning-området; "
                            "han tager kørekort C via AMU i efteråret 2026."),
                    ("Mentor", f"{c['mentor']}, {c['mfirma']}, {c['mtlf']}"),
                    ("Opgaver", "hjælpe med tilmelding og økonomi til kørekort; øve teori; tage kontakt til "
                                "vognmænd sammen med Bilal"),
                    ("Periode", "fra 1. juni 2026 og indtil videre"),
                    ("Timetal", "4 timer om ugen"),
                    ("Opfølgning", "Statusmøde hver måned hos jobkonsulenten.")]),
            ("p", "Klage: Du kan klage over afgørelsen."),
            ("sig", ["Lone Damgaard", "Jobkonsulent"]),
        ]}, cprs=[n13], traits=["cpr", "cp1252", "period:open-end", "appeal:incomplete"], period=None)

    # ---------------- A14 Viborg extension agreement DOCX clean
    c = CASES["c03"]
    add("viborg/forlaengelse_aftale_pligtmentor_mikkel.docx", "docx", "agreement", "agreement", "brev-overskrifter", [], {
        "blocks": [
            ("small", ["Viborg Kommune", f"Sagsnr. {c['sag']}", "27. oktober 2026"]),
            ("title", "Aftale om forlængelse af mentorstøtte"),
            ("p", "Mentorstøtten til Mikkel forlænges efter en ny, konkret vurdering. Mikkel har været i praktik i "
                  "genbrugsbutikken 8 timer om ugen siden september."),
            ("h", "Mål for den nye periode"),
            ("p", "Mikkel er i praktik 15 timer om ugen i butikken fra januar 2027 og har en afklaring af, om han kan "
                  "starte på et AMU-kursus i lager og logistik i foråret 2027."),
            ("h", "Mentor"),
            ("p", f"Fortsat {c['mentor']}, {c['mfirma']}, {c['mtlf']}, {c['mmail']}."),
            ("h", "Mentors opgaver"),
            ("ul", ["telefonopkald hver mandag om ugens vagter", "samtale med butikslederen om flere timer",
                    "hjælpe Mikkel med at tilmelde sig AMU-kurset og finde transport"]),
            ("h", "Ny periode"),
            ("p", "4. november 2026 – 3. maj 2027"),
            ("h", "Timer"),
            ("p", "1 time pr. uge."),
            ("h", "Opfølgning"),
            ("p", "Statusmøde hver 6. uge; evaluering 14 dage inden perioden udløber."),
            *appeal_full(c, 3),
        ]}, traits=["extension", "period:exact-six"], period={"start": "2026-11-04", "end": "2027-05-03"})

    # ---------------- A15 Ringsted ODT, goal placeholder
    c = CASES["c15"]
    add("ringsted/aftale_mentorstotte_camilla_ibsen.odt", "odt", "agreement", "agreement", "skema-tabel",
        ["missing-goal"], {"blocks": [
            ("small", ["Ringsted Kommune", "Jobcenter Ringsted", "Dato: 22.04.2026"]),
            ("title", "Aftale om mentorstøtte"),
            ("kv", [("Borger", c["navn"]), ("Sagsnummer", c["sag"])]),
            ("kv", [("Målet med mentorstøtten", "Udfyldes senere"),
                    ("Mentorens navn og kontaktdata", f"{c['mentor']}, {c['mfirma']}, tlf. {c['mtlf']}"),
                    ("Mentorens opgaver", "Hjælpe Camilla med at finde en praktikplads i en børnehave; "
                                          "følges til første møde; samtale hver uge om hvordan det går"),
                    ("Varighed", "01.05.2026 - 31.10.2026"),
                    ("Timetal", "2 timer pr. uge"),
                    ("Opfølgning", "Statusmøde hver måned; evaluering 14 dage før udløb")]),
            *appeal_full(c, 0),
        ]}, traits=["goal:placeholder"], period=per(c))

    # ---------------- A16 Slagelse reportlab PDF, 9 months and no follow-up
    c = CASES["c16"]
    add("slagelse/mentoraftale_peter_lund.pdf", "pdf", "agreement", "agreement", "brev-overskrifter",
        ["duration-over-6-months", "missing-follow-up"], {"footer": "Slagelse Kommune · Jobcenter Slagelse · Tlf. 58 57 36 00",
        "blocks": [
            sb_block(c),
            ("title", "Mentoraftale"),
            ("p", f"{c['navn']}, {c['adr']}"),
            ("h", "Formål"),
            ("p", "Peter kommer tilbage i job som lagerarbejder efter sin sygemelding og arbejder 30 timer om ugen "
                  "hos DSV i Slagelse fra 1. juni 2026."),
            ("h", "Mentor"),
            ("p", f"{c['mentor']}, {c['mfirma']}, tlf. {c['mtlf']}"),
            ("h", "Mentorens opgaver"),
            ("p", "Erik hjælper Peter med en gradvis opstart, holder kontakt til arbejdspladsen og hjælper med at "
                  "planlægge genoptræning, så den passer med arbejdstiderne."),
            ("h", "Varighed"),
            ("p", "9 måneder fra 1. januar 2026 til 30. september 2026."),
            ("h", "Timetal"),
            ("p", "3 timer om ugen."),
            *appeal_full(c, 1),
        ]}, traits=["period:9-months", "no-follow-up"], period=per(c))

    # ---------------- A17 Ringsted corrected agreement DOCX, clean (after the internal checklist)
    c = CASES["c15"]
    n = cpr.make(*c["cpryear"])
    add("ringsted/aftale_mentorstotte_camilla_ibsen_rettet.docx", "docx", "agreement", "agreement", "hvem-goer-hvad",
        [], {"header": "Ringsted Kommune · Jobcenter Ringsted",
        "blocks": [
            ("title", "Aftale om mentorstøtte (rettet udgave)"),
            ("p", f"{c['navn']} (CPR-nr. {n}), sag {c['sag']}. Denne udgave erstatter aftalen af 22. april 2026, hvor målet manglede."),
            ("h", "Målet med mentorstøtten"),
            ("p", "Camilla er i virksomhedspraktik i Børnehuset Solsikken i Ringsted 15 timer om ugen fra 1. august "
                  "2026 og søger ind på pædagogisk assistentuddannelse (PAU) med optag i januar 2027."),
            ("h", "Hvem gør hvad"),
            ("table", ["Mentor", "Camilla", "Kommunen"], [
                [f"{c['mentor']}, {c['mfirma']}, tlf. {c['mtlf']}, {c['mmail']}", "møder til aftalerne",
                 f"{c['sb']}, tlf. {c['sbtlf']}"],
                ["hjælper med at finde og aftale praktikpladsen", "melder afbud senest dagen før",
                 "godkender praktikaftalen"],
                ["følger Camilla første dag i Solsikken", "fører en lille dagbog over dagene i praktik",
                 "indkalder til statusmøder"],
                ["ugentlig samtale om hvordan det går; hjælp med ansøgning til PAU", "", ""]]),
            ("h", "Periode og timetal"),
            ("p", "1. maj 2026 – 31. oktober 2026. Mentoren har 2 timer pr. uge sammen med Camilla."),
            ("h", "Opfølgning"),
            ("p", "Statusmøde hver måned (første gang 3. juni). Delmål: praktikaftale underskrevet inden 1. juli; "
                  "fremmøde mindst 4 dage om ugen i august. Evaluering 14 dage før udløb."),
            *appeal_full(c, 0),
            ("sig", ["Ringsted, 13. maj 2026", "Camilla Ibsen · Hanne Kirk · Morten Lund"]),
        ]}, cprs=[n], traits=["cpr", "who-does-what-table", "corrected-version", "period:exact-six"], period=per(c))
    return R


def real_docs_2(cpr):
    """Decisions and Min Plan entries."""
    R = []

    def add(path, fmt, kind, subtype, layout, rules, doc, cprs=(), traits=(), period=None, extras=()):
        rules = sorted(rules)
        assert set(rules) <= ALLOWED[kind], (path, rules)
        R.append(dict(path=path, format=fmt, kind=kind, subtype=subtype, layout=layout, rules=rules,
                      extras=sorted(extras), doc=doc, cprs=list(cprs), traits=list(traits), period=period))

    def per(c):
        return {"start": c["start"].isoformat(), "end": c["slut"].isoformat()} if c.get("slut") else None

    def head(c, dato):
        return [("small", [c["kommune"], "Beskæftigelse", c["by"], "", f"Dato: {dato}", f"Sagsnr.: {c['sag']}",
                           f"Kontakt: {c['sb']}", f"Telefon: {c['sbtlf']}"]),
                ("p", f"{c['navn']}\n{c['adr']}")]

    # ---------------- D1 Holstebro grant DOCX clean, CPR
    c = CASES["c01"]
    n = cpr.make(*c["cpryear"])
    add("holstebro/afgoerelse_bevilling_mentor_sofie.docx", "docx", "decision", "grant", "kommune-brev", [], {
        "blocks": head(c, "24. februar 2026") + [
            ("p", f"CPR-nr.: {n}"),
            ("title", "Afgørelse: Du får bevilget mentorstøtte"),
            ("p", "Du har søgt om mentorstøtte i forbindelse med din virksomhedspraktik og din overgang til "
                  "SOSU-uddannelsen. Holstebro Kommune har besluttet at bevilge dig mentorstøtte efter § 167, "
                  "stk. 1, i lov om en aktiv beskæftigelsesindsats."),
            ("p", f"Støtten gælder fra 1. marts 2026 til 31. august 2026 med 3 timer om ugen. Din mentor er "
                  f"{c['mentor']} fra {c['mfirma']}. Den skriftlige aftale om mål, opgaver og opfølgning er sendt "
                  "til dig sammen med dette brev."),
            ("p", "Du har fået det, du har søgt om."),
            *appeal_full(c, 0),
            ("sig", ["Med venlig hilsen", c["sb"], "Sagsbehandler"]),
        ]}, cprs=[n], traits=["cpr", "full-grant"], period=per(c))

    # ---------------- D2 Odense partial grant PDF clean
    c = CASES["c02"]
    add("odense/afgoerelse_delvis_bevilling_rahimi.pdf", "pdf", "decision", "partial", "kommune-brev", [], {
        "serif": True, "footer": "Odense Kommune · Beskæftigelses- og Socialforvaltningen",
        "blocks": head(c, "20. marts 2026") + [
            ("title", "Afgørelse om mentorstøtte – delvis bevilling"),
            ("p", "Du har den 2. marts 2026 søgt om mentorstøtte 4 timer om ugen. Du får bevilget mentorstøtte "
                  "2 timer om ugen i perioden 1. april 2026 til 30. september 2026."),
            ("h", "Begrundelse"),
            ("p", "Afgørelsen er truffet efter § 167, stk. 1, i lov om en aktiv beskæftigelsesindsats. Vi har lagt "
                  "vægt på, at du allerede har en kontaktperson på lageret hos XL-Byg, som hjælper dig i "
                  "arbejdstiden, og at mentoren derfor især skal hjælpe med det, der ligger uden for arbejdet. "
                  "Vi vurderer, at 2 timer om ugen er nok til det. Hvis dit behov ændrer sig, kan du søge igen."),
            *appeal_full(c, 3),
            ("sig", ["Venlig hilsen", c["sb"]]),
        ]}, traits=["partial-grant", "reasons"], period=per(c))

    # ---------------- D3 Esbjerg refusal via soffice PDF, clean, CPR
    c = CASES["c07"]
    n = cpr.make(*c["cpryear"])
    add("esbjerg/afslag_mentorstoette_frandsen.pdf", "pdf", "decision", "refusal", "lo-pdf-brev", [], {
        "soffice": True, "blocks": head(c, "9. april 2026") + [
            ("p", f"Vedr. {c['navn']}, cpr. {n}"),
            ("title", "Afslag på mentorstøtte"),
            ("p", "Du har søgt om en mentor i 6 måneder med 5 timer om ugen, som skal hjælpe dig med at komme "
                  "tilbage til dit job som tømrer hos Esbjerg Byg efter din sygemelding. Vi har givet dig afslag."),
            ("h", "Begrundelse"),
            ("p", "Efter § 167 i lov om en aktiv beskæftigelsesindsats kan der gives mentorstøtte, når det er "
                  "nødvendigt for, at du kan opnå eller fastholde beskæftigelse. Vi har lagt vægt på, at din "
                  "arbejdsgiver har lavet en plan for delvis raskmelding med en fast kollega som kontakt, og at din "
                  "opfølgningsplan efter sygedagpengeloven allerede dækker kontakten til arbejdspladsen. "
                  "Vi vurderer derfor ikke, at mentorstøtte er nødvendig."),
            *appeal_full(c, 1),
            ("sig", ["Venlig hilsen", c["sb"], "Sygedagpengeteamet"]),
        ]}, cprs=[n], traits=["cpr", "refusal", "soffice"])

    # ---------------- D4 Fredericia refusal TXT: no reasons (extra), appeal ok
    c = CASES["c17"]
    add("fredericia/afgoerelse_mentor_henriette_kvist.txt", "txt", "decision", "refusal", "tekst-brev", [], {
        "blocks": [
            ("pre", f"{c['kommune']}\nJob & Beskæftigelse\nGothersgade 20, 7000 Fredericia\n\n{c['navn']}\n{c['adr']}\n\n"
                    f"Fredericia, 3. juni 2026\nJ.nr. {c['sag']}"),
            ("title", "Afgørelse vedrørende mentorstøtte"),
            ("p", "Vi har behandlet din ansøgning af 12. maj 2026 om mentorstøtte i forbindelse med din "
                  "opstart på rengøringsuddannelsen hos AMU Syd."),
            ("p", "Vi har givet dig afslag på mentorstøtte."),
            ("p", "Du kan klage over afgørelsen til Fredericia Kommune inden fire uger efter, at du har modtaget "
                  "brevet. Vi ser på sagen igen, og hvis vi ikke ændrer afgørelsen, sender vi klagen videre til "
                  "Ankestyrelsen."),
            ("sig", ["Med venlig hilsen", c["sb"], f"Tlf. {c['sbtlf']}"]),
        ]}, traits=["refusal", "no-reasons"], extras=["missing-reasons"])

    # ---------------- D5 Silkeborg extension HTML: appeal straight to Ankestyrelsen (extra)
    c = CASES["c09"]
    add("silkeborg/afgoerelse_forlaengelse_line.html", "html", "decision", "extension", "digital-post-html", [], {
        "html_title": "Digital Post – Afgørelse om forlængelse af mentorstøtte",
        "blocks": [
            ("small", ["Afsender: Silkeborg Kommune", "Modtager: " + c["navn"], "Modtaget: 24.08.2026"]),
            ("title", "Afgørelse om forlængelse af mentorstøtte"),
            ("p", "Kære Line"),
            ("p", "Din mentorstøtte forlænges i en ny periode fra 1. september 2026 til 28. februar 2027, "
                  "2 timer om ugen. Din mentor er fortsat Jannie Bech fra Jobhuset Silkeborg, tlf. 22 19 83 40."),
            ("p", "Vi har lagt vægt på, at du er kommet godt i gang på VUC, men at du stadig har brug for hjælp til "
                  "matematik og til at holde fast i skemaet frem til prøverne i december. Afgørelsen er truffet "
                  "efter § 167, stk. 1, 2. pkt., i lov om en aktiv beskæftigelsesindsats."),
            ("h", "Klagevejledning"),
            ("p", "Hvis du er uenig i afgørelsen, kan du klage direkte til Ankestyrelsen inden 4 uger fra du har "
                  "modtaget brevet. Du klager via ast.dk."),
            ("sig", ["Venlig hilsen", c["sb"], "Silkeborg Kommune"]),
        ]}, traits=["extension", "appeal:direct-ankestyrelsen", "period:exact-six"],
        period={"start": "2026-09-01", "end": "2027-02-28"}, extras=["appeal-wrong-route"])

    # ---------------- D6 Næstved end of support RTF, no appeal guidance
    c = CASES["c11"]
    add("naestved/afgoerelse_ophoer_mentor_kasper.rtf", "rtf", "decision", "end", "kommune-brev",
        ["missing-appeal-guidance"], {"blocks": head(c, "15. april 2026") + [
            ("title", "Ophør af mentorstøtte"),
            ("p", "Din mentorstøtte hos Ole Mikkelsen, Mikkelsen Mentorservice, stopper den 30. april 2026, "
                  "selv om den var bevilget til 11. juli 2026."),
            ("h", "Begrundelse"),
            ("p", "Du er startet i løntilskudsjob hos Næstved Boligselskab den 1. april og har ifølge din "
                  "arbejdsgiver mødt stabilt. Mentor og arbejdsplads vurderer, at du nu klarer dig uden mentor. "
                  "Vi har derfor vurderet, at betingelsen i § 167 i lov om en aktiv beskæftigelsesindsats ikke "
                  "længere er opfyldt."),
            ("p", "Har du spørgsmål, er du velkommen til at ringe til mig."),
            ("sig", ["Med venlig hilsen", c["sb"]]),
        ]}, traits=["end", "no-appeal"])

    # ---------------- D7 Aarhus grant DOCX, over six months
    c = CASES["c04"]
    add("aarhus/afgoerelse_uddannelsesmentor_nadia.docx", "docx", "decision", "grant", "kommune-brev",
        ["duration-over-6-months"], {"blocks": head(c, "6. august 2026") + [
            ("title", "Bevilling af uddannelsesmentor"),
            ("p", "Aarhus Kommune har bevilget dig en uddannelsesmentor efter § 167 i lov om en aktiv "
                  "beskæftigelsesindsats. Mentoren skal hjælpe dig med at komme godt fra start på "
                  "pædagoguddannelsen."),
            ("kv", [("Bevilget periode", "15.08.2026 – 28.02.2027"), ("Timer", "2 timer ugentligt"),
                    ("Mentor", f"{c['mentor']}, {c['mfirma']}")]),
            ("p", "Du har fået det, du har søgt om."),
            *appeal_full(c, 2),
            ("sig", ["Venlig hilsen", c["sb"], "Ungeindsatsen"]),
        ]}, traits=["period:over-by-14-days"], period=per(c))

    # ---------------- D8 Aalborg grant HTML (Digital Post print) clean
    c = CASES["c13"]
    add("aalborg/afgoerelse_mentorstoette_sara.html", "html", "decision", "grant", "digital-post-html", [], {
        "html_title": "Afgørelse om mentorstøtte",
        "blocks": [
            ("small", ["Aalborg Kommune · Jobcenter Aalborg", "Vesterbro 14, 9000 Aalborg", "25. september 2026"]),
            ("title", "Du får mentorstøtte"),
            ("p", "Du får en mentor fra 1. oktober 2026 til 31. marts 2027. Mentoren har 2 timer om ugen sammen "
                  "med dig. Din mentor er Anne-Mette Skov fra Nordjysk Mentorcenter."),
            ("p", "Vi har bevilget støtten efter § 167 i lov om en aktiv beskæftigelsesindsats, fordi du har brug for "
                  "hjælp til at søge en elevplads og holde en fast døgnrytme. Du får det, du har bedt om."),
            ("p", "Jeres aftale med mål, opgaver og opfølgning får du i et brev for sig."),
            *appeal_full(c, 0),
            ("sig", ["Venlig hilsen", c["sb"], "Jobcenter Aalborg"]),
        ]}, traits=["full-grant"], period=per(c))

    # ---------------- D9 Vejle ODT grant, incomplete appeal (no deadline)
    c = CASES["c10"]
    add("vejle/bevilling_mentor_oliver.odt", "odt", "decision", "grant", "kommune-brev", ["missing-appeal-guidance"], {
        "blocks": head(c, "12. marts 2026") + [
            ("title", "Bevilling af mentorstøtte"),
            ("p", "Kære Oliver"),
            ("p", "Du får bevilget mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats fra 16. marts "
                  "2026 til 15. september 2026, 2 timer om ugen. Din mentor er Martin Krogh fra UngeMentor "
                  "Trekanten. Mentoren skal hjælpe dig på vej til grundforløbet på Tradium."),
            ("p", "Hvis du ikke er enig, kan du klage til Vejle Kommune."),
            ("sig", ["Venlig hilsen", c["sb"], "Ungeindsatsen"]),
        ]}, traits=["appeal:no-deadline"], period=per(c))

    # ---------------- D10 Køge udskrivningskoordinator grant PDF clean
    c = CASES["c06"]
    add("koege/afgoerelse_udskrivningskoordinator_emma.pdf", "pdf", "decision", "grant", "kommune-brev", [], {
        "footer": "Køge Kommune · Torvet 1 · 4600 Køge",
        "blocks": head(c, "20. marts 2026") + [
            ("title", "Afgørelse om udskrivningskoordinator"),
            ("p", "Psykiatrien i Region Sjælland har oplyst os, at du forventes udskrevet omkring 1. juni 2026, og "
                  "du har sagt ja tak til en udskrivningskoordinator."),
            ("p", "Du har ret til en udskrivningskoordinator efter § 167, stk. 2, i lov om en aktiv "
                  "beskæftigelsesindsats fra op til 3 måneder før udskrivelsen og i mindst 6 måneder i alt. Vi "
                  "bevilger støtten fra 1. april 2026 til 30. november 2026, 3 timer om ugen. Din koordinator er "
                  "Louise Brink, Broen Mentor & Coaching."),
            *appeal_full(c, 3),
            ("sig", ["Med venlig hilsen", c["sb"]]),
        ]}, traits=["udskrivningskoordinator", "period:8-months-legit"], period=per(c))

    # ---------------- D11 Herning change (fewer hours) TXT, clean
    c = CASES["c14"]
    add("herning/aendring_mentorstoette_timetal_bilal.txt", "txt", "decision", "partial", "tekst-brev", [], {
        "blocks": [
            ("pre", f"Herning Kommune, Jobcenter\n{c['navn']}\n{c['adr']}\n\nHerning 14-09-2026\nSag: {c['sag']}"),
            ("title", "Ændring af din mentorstøtte – timetal"),
            ("p", "Vi nedsætter din mentorstøtte fra 4 til 2 timer om ugen fra 1. oktober 2026. Støtten slutter "
                  "som aftalt den 30. november 2026."),
            ("h", "Begrundelse"),
            ("p", "Du har bestået teoriprøven til kørekort C og er i praktik hos Herning Vognmandsforretning. "
                  "Din mentor oplyser, at du nu selv klarer kontakten til vognmanden. Vi har lagt vægt på, at "
                  "mentorstøtten efter § 167 kun gives i det omfang, den er nødvendig."),
            *appeal_full(c, 2),
            ("sig", ["Venlig hilsen", c["sb"]]),
        ]}, traits=["fewer-hours", "reasons"], period={"start": "2026-06-01", "end": "2026-11-30"})

    # ---------------- D12 Slagelse grant PDF, 9 months
    c = CASES["c16"]
    add("slagelse/bevilling_mentor_peter_lund.pdf", "pdf", "decision", "grant", "kommune-brev",
        ["duration-over-6-months"], {"footer": "Slagelse Kommune · Jobcenter Slagelse",
        "blocks": head(c, "18. december 2025") + [
            ("title", "Afgørelse – mentorstøtte"),
            ("p", "Du får mentorstøtte i 9 måneder, fra 1. januar 2026 til 30. september 2026, 3 timer om ugen. "
                  "Mentoren skal hjælpe dig tilbage i job på lageret hos DSV. Din mentor er Erik Svendsen, "
                  "Vestsjællands Mentorservice."),
            ("p", "Bevillingen er givet efter § 167 i lov om en aktiv beskæftigelsesindsats."),
            *appeal_full(c, 1),
            ("sig", ["Med venlig hilsen", c["sb"]]),
        ]}, traits=["period:9-months"], period=per(c))

    # ---------------- D13 Randers grant DOCX without appeal, CPR
    c = CASES["c05"]
    n = cpr.make(*c["cpryear"])
    add("randers/bevilling_mentor_fleksjob_vinther.docx", "docx", "decision", "grant", "kommune-brev",
        ["missing-appeal-guidance"], {"blocks": head(c, "12. januar 2026") + [
            ("p", f"CPR: {n}"),
            ("title", "Bevilling af mentor i fleksjob"),
            ("p", "Randers Kommune bevilger mentorstøtte efter § 167 i lov om en aktiv beskæftigelsesindsats til "
                  "din ansættelse i fleksjob hos Randers Maskinfabrik A/S. Mentoren er din værkfører Henrik Bach. "
                  "Virksomheden får kompensation for hans løn i mentortimerne."),
            ("p", "Bevillingen gælder fra 1. februar 2026 til 31. juli 2026."),
            ("p", "Du er altid velkommen til at kontakte mig, hvis du har spørgsmål."),
            ("sig", ["Venlig hilsen", c["sb"], "Virksomhedsteamet"]),
        ]}, cprs=[n], traits=["cpr", "no-appeal"], period=per(c))


    # ---------------- D14 Frederiksberg new period, partial grant after hearing, DOCX clean
    c = CASES["c08"]
    add("frederiksberg/afgoerelse_ny_periode_mentor_fatima.docx", "docx", "decision", "partial", "kommune-brev", [], {
        "blocks": head(c, "9. november 2026") + [
            ("title", "Afgørelse om ny periode med mentorstøtte"),
            ("p", "Du får mentorstøtte i en ny periode fra 1. december 2026 til 31. maj 2027 med 1 time om ugen. "
                  "Din mentor, Dorthe Vad fra Kvindehuset Mentor, havde foreslået 2 timer om ugen."),
            ("h", "Begrundelse"),
            ("p", "Afgørelsen er truffet efter § 167, stk. 1, 2. pkt., i lov om en aktiv beskæftigelsesindsats, "
                  "som giver mulighed for en ny periode efter en konkret vurdering. Vi har lagt vægt på, at du i "
                  "praktikken i kantinen på Frederiksberg Hospital har en fast kontaktperson, som hjælper dig i "
                  "arbejdstiden, og at du selv har fortalt i høringen, at du klarer transporten nu. Mentoren skal "
                  "derfor især hjælpe med kontakten til kantinelederen og planen for flere timer."),
            *appeal_full(c, 2),
            ("sig", ["Med venlig hilsen", c["sb"], "Jobcenter Frederiksberg"]),
        ]}, traits=["partial-grant", "extension", "after-hearing", "period:exact-six"],
        period={"start": "2026-12-01", "end": "2027-05-31"})

    # ================= Min Plan entries
    # ---------------- M1 Holstebro TXT export clean
    c = CASES["c01"]
    add("holstebro/minplan_mentor_sofie.txt", "txt", "minplan", "minplan", "minplan-eksport", [], {"blocks": [
        ("pre", "Min Plan – udskrift\nBorger: Sofie Lykke Andersen\nUdskrevet: 25.02.2026"),
        ("h", "Aktivitet: Mentorstøtte (LAB § 167)"),
        ("kv", [("Formål", "Sofie gennemfører grundforløb 1 på SOSU-skolen fra august 2026 og møder stabilt i "
                           "praktikken på Plejecenter Lystoftevej indtil da."),
                ("Mentor", "Jonas Brandt, Jobværkstedet Vest ApS, 23 41 88 19"),
                ("Mentors opgaver", "morgenopkald i starten af praktikken, hjælp til SU og budget, ugentlig samtale "
                                    "om fremmøde"),
                ("Periode", "01.03.2026 - 31.08.2026"),
                ("Timer pr. uge", "3")]),
        ("h", "Aktivitet: Virksomhedspraktik"),
        ("kv", [("Sted", "Plejecenter Lystoftevej"), ("Periode", "02.03.2026 - 31.07.2026"), ("Timer", "20 pr. uge")]),
    ]}, traits=["plan-with-other-activity"], period=per(c))

    # ---------------- M2 Odense HTML missing hours
    c = CASES["c02"]
    add("odense/minplan_ahmad.html", "html", "minplan", "minplan", "minplan-web", ["missing-hours"], {
        "html_nav": ["Min side", "Min Plan", "Dokumenter", "Beskeder"],
        "blocks": [
            ("title", "Min Plan"),
            ("p", "Ahmad Rahimi · Odense Kommune"),
            ("h", "Mit mål"),
            ("p", "Jeg vil have et job på et lager. Fra juli arbejder jeg 20 timer om ugen i praktik hos XL-Byg og "
                  "bagefter i løntilskud."),
            ("h", "Mentorstøtte"),
            ("table", ["Mentor", "Hvad hjælper mentoren med", "Periode"], [
                ["Birgitte Holm, Mentorhuset Fyn, 61 22 45 03",
                 "Komme i gang på lageret, forstå vagtplaner, forberede samtale om løntilskud",
                 "1. april 2026 – 30. september 2026"]]),
            ("h", "Virksomhedspraktik"),
            ("p", "XL-Byg Odense Syd, lager. 1. april 2026 – 30. juni 2026."),
        ]}, traits=["table-header", "no-hours"], period=per(c))

    # ---------------- M3 Viborg PDF clean
    c = CASES["c03"]
    add("viborg/minplan_mikkel_soendergaard.pdf", "pdf", "minplan", "minplan", "minplan-pdf", [], {
        "footer": "Udskrevet fra Min Plan 29.04.2026",
        "blocks": [
            ("title", "Min Plan – Mikkel Søndergaard"),
            ("h", "Mentorstøtte"),
            ("kv", [("Målet med mentorstøtten", "Mikkel er i praktik i Røde Kors' genbrugsbutik i Viborg 10 timer om "
                                                "ugen senest 1. september 2026."),
                    ("Mentor og kontaktdata", "Karina Dahl, Mentorteamet, 40 31 17 66, kada@viborg.dk"),
                    ("Opgaver", "kontakt mindst hver anden uge, følges til læge og misbrugscenter, første besøg i "
                                "butikken"),
                    ("Varighed", "4. maj 2026 – 3. november 2026"),
                    ("Timetal", "1½ time pr. uge")]),
            ("h", "Andre aktiviteter"),
            ("kv", [("Behandling", "Ambulant behandling, Misbrugscenter Viborg, løbende")]),
        ]}, traits=["kv-table"], period=per(c))

    # ---------------- M4 Frederiksberg DOCX unclear goal
    c = CASES["c08"]
    add("frederiksberg/min_plan_fatima_yusuf.docx", "docx", "minplan", "minplan", "minplan-docx", ["unclear-goal"], {
        "blocks": [
            ("title", "Min Plan"),
            ("p", "Navn: Fatima Yusuf    Dato: 28.05.2026"),
            ("h", "Mentorstøtte § 167"),
            ("kv", [("Mål", "Hjælp til at komme videre og få mere selvværd."),
                    ("Mentor", "Dorthe Vad, Kvindehuset Mentor, 53 88 21 47"),
                    ("Mentoren hjælper med", "ugentlige samtaler, post fra det offentlige, følges til lægen"),
                    ("Periode", "1.6.2026 - 30.11.2026"),
                    ("Timer", "2 timer pr. uge")]),
            ("h", "Danskuddannelse"),
            ("p", "Sprogcenter Frederiksberg, modul 3, tirsdag og torsdag."),
        ]}, traits=["goal:vague"], period=per(c))

    # ---------------- M5 Vejle HTML mentor without contact
    c = CASES["c10"]
    add("vejle/minplan_oliver_dam.html", "html", "minplan", "minplan", "minplan-web", ["missing-mentor"], {
        "blocks": [
            ("title", "Min Plan – Ungeindsatsen Vejle"),
            ("p", "Oliver Dam"),
            ("h", "Mentor"),
            ("kv", [("Mål", "Oliver starter på grundforløb 1, tømrer, på Tradium i august 2026."),
                    ("Mentor", "Martin"),
                    ("Opgaver", "følges i brobygning, skolebesøg, ansøgning på optagelse.dk, træne bus"),
                    ("Periode", "16/3-2026 til 15/9-2026"),
                    ("Timer", "2 t/uge")]),
        ]}, traits=["mentor:first-name-only"], period=per(c))

    # ---------------- M6 Gribskov TXT over six months
    c = CASES["c12"]
    add("gribskov/minplan_maja_mentor.txt", "txt", "minplan", "minplan", "minplan-eksport",
        ["duration-over-6-months"], {"blocks": [
            ("pre", "MIN PLAN\nMaja Petersen\nGribskov Kommune, Center for Arbejdsmarked"),
            ("h", "Mentorstøtte"),
            ("pre", "Mål: Maja er i praktik som køkkenmedhjælper på Helsinge Skole 3 dage om ugen og søger ind på "
                    "ernæringsassistentuddannelsen.\nMentor: Signe Lauritzen, 72 49 61 88, silau@gribskov.dk\n"
                    "Opgaver: morgenrutine, transport, forventningssamtale, ansøgning til ZBC\n"
                    "Periode: 1. februar 2026 - 31. oktober 2026\nTimer: 1-2 timer pr. uge"),
        ]}, traits=["period:9-months"], period={"start": "2026-02-01", "end": "2026-10-31"})

    # ---------------- M7 Aalborg PDF via soffice clean
    c = CASES["c13"]
    add("aalborg/minplan_sara_noergaard.pdf", "pdf", "minplan", "minplan", "lo-pdf-skema", [], {
        "soffice": True, "blocks": [
            ("title", "Min Plan"),
            ("p", "Sara Nørgaard – Jobcenter Aalborg"),
            ("table", ["Felt", "Indhold"], [
                ["Mål", "Elevplads som butiksassistent-elev i en dagligvarebutik i Aalborg senest 1. marts 2027."],
                ["Mentor", "Anne-Mette Skov, Nordjysk Mentorcenter, tlf. 42 17 66 09"],
                ["Opgaver", "ansøgninger og CV, øve jobsamtaler, døgnrytme"],
                ["Varighed", "01.10.2026 – 31.03.2027"],
                ["Timetal", "2 timer om ugen"]]),
        ]}, traits=["soffice", "table-header"], period=per(c))

    # ---------------- M8 Herning ODT, no tasks
    c = CASES["c14"]
    add("herning/minplan_bilal_hassan.odt", "odt", "minplan", "minplan", "minplan-odt", ["missing-tasks"], {
        "blocks": [
            ("title", "Min Plan – mentorstøtte"),
            ("kv", [("Borger", "Bilal Hassan"), ("Mål", "Job som chauffør med kørekort C i et vognmandsfirma i "
                                                        "Herning-området inden udgangen af 2026."),
                    ("Mentor", "Kristian Lykke, Jobkompagniet Midt, 25 80 17 43"),
                    ("Periode", "1. juni 2026 – 30. november 2026"),
                    ("Timetal", "4 timer om ugen")]),
        ]}, traits=["no-tasks"], period={"start": "2026-06-01", "end": "2026-11-30"})

    # ---------------- M9 Silkeborg HTML clean, other activity with a long period
    c = CASES["c09"]
    add("silkeborg/minplan_line_bjerregaard.html", "html", "minplan", "minplan", "minplan-web", [], {
        "blocks": [
            ("title", "Min Plan"),
            ("p", "Line Bjerregaard · Silkeborg Kommune"),
            ("h", "Uddannelse: VUC Silkeborg, FP9 dansk og matematik"),
            ("kv", [("Sted", "VUC Silkeborg"), ("Periode", "10.08.2026 - 30.06.2027"), ("Status", "Igangværende")]),
            ("h", "Mentorstøtte (§ 167)"),
            ("kv", [("Mål", "Line består FP9-prøverne i dansk og matematik i december 2026 og søger SOSU-hjælper "
                            "med start februar 2027."),
                    ("Mentor", "Jannie Bech, Jobhuset Silkeborg, 22 19 83 40, jannie@jobhuset-silkeborg.dk"),
                    ("Mentors opgaver", "lektiestøtte i matematik, styr på skemaet, samtale med studievejleder"),
                    ("Periode", "01.09.2026 - 28.02.2027"),
                    ("Timer", "2 timer om ugen")]),
        ]}, traits=["plan-with-other-activity", "other-period-long"], period=per(c))

    # ---------------- M10 Slagelse TXT over six months
    c = CASES["c16"]
    add("slagelse/minplan_peter_lund.txt", "txt", "minplan", "minplan", "minplan-eksport",
        ["duration-over-6-months"], {"blocks": [
            ("pre", "Min Plan · Peter Lund · Jobcenter Slagelse"),
            ("h", "Mentor"),
            ("pre", "Formål: tilbage i job som lagerarbejder hos DSV Slagelse, 30 timer om ugen fra 1. juni 2026\n"
                    "Mentor: Erik Svendsen, Vestsjællands Mentorservice, tlf. 26 14 93 07\n"
                    "Opgaver: gradvis opstart, kontakt til arbejdsplads, planlægge genoptræning\n"
                    "Periode: 01.01.2026 - 30.09.2026\nTimer: 3 t/uge"),
        ]}, traits=["period:9-months"], period=per(c))

    # ---------------- M11 Randers DOCX, duration 'løbende'
    c = CASES["c05"]
    add("randers/minplan_thomas_vinther.docx", "docx", "minplan", "minplan", "minplan-docx", ["missing-duration"], {
        "blocks": [
            ("title", "Min Plan"),
            ("p", "Thomas Vinther – fleksjob"),
            ("h", "Mentorstøtte"),
            ("kv", [("Mål", "Thomas fastholder fleksjobbet som maskinoperatør hos Randers Maskinfabrik, 15 timer om ugen."),
                    ("Mentor", "Henrik Bach, værkfører, 20 64 38 95"),
                    ("Opgaver", "oplæring i nye arbejdsgange, pauser i vagtplanen, fast kontaktperson"),
                    ("Periode", "Løbende"),
                    ("Timer", "4 timer om ugen")]),
        ]}, traits=["period:vague"], period=None)
    return R


def lookalike_docs(cpr):
    """Documents of the same cases that are none of the three kinds, yet name (nearly) every field."""
    R = []

    def add(path, fmt, subtype, layout, doc, cprs=(), traits=()):
        R.append(dict(path=path, format=fmt, kind="unknown", subtype=subtype, layout=layout, rules=[],
                      extras=[], doc=doc, cprs=list(cprs), traits=["lookalike", *traits], period=None))

    def mail(frm, to, subject, when, msgid, body, cc=None, html_alt=False, cte="8bit"):
        return {"mail_from": frm, "mail_to": to, "mail_cc": cc, "subject": subject, "mail_date": when,
                "msgid": msgid, "body": body, "html_alt": html_alt, "cte": cte}

    tz = timezone(timedelta(hours=2))
    tzw = timezone(timedelta(hours=1))

    # L1 status report, provider -> kommune, DOCX, CPR
    c = CASES["c01"]
    n = cpr.make(*c["cpryear"])
    add("holstebro/statusrapport_mentorforloeb_april.docx", "docx", "status-report", "leverandoer-rapport", {
        "header": "Jobværkstedet Vest ApS · Nørregade 40 · 7500 Holstebro · CVR 38 11 42 90",
        "blocks": [
            ("title", "Statusrapport – mentorforløb"),
            ("kv", [("Borger", f"{c['navn']} ({n})"), ("Henvisende kommune", "Holstebro Kommune, Pernille Kjær"),
                    ("Mentor", f"{c['mentor']}, tlf. {c['mtlf']}, {c['mmail']}"),
                    ("Bevilget periode", "1. marts 2026 – 31. august 2026"), ("Bevilget timetal", "3 timer pr. uge"),
                    ("Rapportperiode", "1. marts – 30. april 2026"), ("Forbrugte timer", "25 af 26 planlagte")]),
            ("h", "Målet med forløbet (fra aftalen)"),
            ("p", "Sofie gennemfører grundforløb 1 på SOSU-skolen fra august 2026 og møder stabilt i praktikken."),
            ("h", "Hvad har mentor lavet"),
            ("ul", ["morgenopkald i de første to uger (10 opkald)", "samtale hver torsdag på plejecentret",
                    "hjulpet med SU-beregning og budget", "fulgt Sofie til optagelsessamtale 14. april"]),
            ("h", "Progression"),
            ("p", "Fremmøde i praktikken: marts 82 %, april 93 %. Delmål 1 (90 % fremmøde) er nået i april. "
                  "SU-ansøgningen er ikke sendt endnu."),
            ("h", "Anbefaling"),
            ("p", "Vi anbefaler at fortsætte med 3 timer pr. uge frem til 31. august som aftalt. Næste "
                  "opfølgningsmøde er aftalt til 12. maj kl. 13 på jobcentret."),
            ("sig", ["Holstebro, 2. maj 2026", "Jonas Brandt", "Mentor, Jobværkstedet Vest"]),
        ]}, cprs=[n], traits=["cpr", "status-report"])

    # L2 midtvejsstatus PDF
    c = CASES["c02"]
    add("odense/midtvejsstatus_mentor_ahmad_rahimi.pdf", "pdf", "status-report", "leverandoer-rapport", {
        "footer": "Mentorhuset Fyn · Vestergade 71 · 5000 Odense C · info@mentorhusetfyn.dk",
        "blocks": [
            ("small", ["Mentorhuset Fyn", "Til: Odense Kommune, jobkonsulent Lise Mølgaard", "Dato: 3. juli 2026"]),
            ("title", "Midtvejsstatus"),
            ("p", "Vedr. Ahmad Rahimi, sag 27.15.08-G01-3312-26. Mentorstøtte 1. april – 30. september 2026, "
                  "2 timer om ugen. Mentor: Birgitte Holm, 61 22 45 03."),
            ("h", "Status på mål"),
            ("p", "Målet er job på lageret hos XL-Byg 20 timer om ugen fra 1. juli og løntilskud fra efteråret. "
                  "Ahmad arbejder nu 18 timer om ugen. Han mangler stadig at blive sikker i truckcertifikatet."),
            ("h", "Indsats i perioden"),
            ("p", "Vi har haft 22 møder. Jeg har hjulpet med vagtplaner, været med til en samtale med lagerchefen "
                  "om mødetider og øvet samtalen om løntilskud. Mentor har ikke deltaget i arbejdstiden."),
            ("h", "Næste skridt"),
            ("p", "Vi foreslår et trepartsmøde i august. Mentorstøtten fortsætter uændret."),
            ("sig", ["Birgitte Holm"]),
        ]}, traits=["status-report"])

    # L3 status note TXT, CPR
    c = CASES["c09"]
    n = cpr.make(*c["cpryear"])
    add("silkeborg/statusnotat_mentor_line_dec2026.txt", "txt", "status-report", "tekst-notat", {"blocks": [
        ("pre", f"STATUSNOTAT FRA MENTOR\nJobhuset Silkeborg\n\nBorger: Line Bjerregaard, cpr {n}\n"
                "Mentor: Jannie Bech, 22 19 83 40\nPeriode: 1/9-2026 - 28/2-2027, 2 t/uge\nNotat skrevet: 10/12-2026"),
        ("p", "Line har været til alle FP9-prøver i dansk og matematik. Resultaterne kommer i januar. Hun har brugt "
              "mentortimerne på lektiehjælp i matematik og på at lægge en plan for ansøgningen til SOSU-hjælper "
              "med start i februar 2027, som er målet for forløbet."),
        ("p", "Opgaver resten af perioden: ansøgning til SOSU H, besøg på skolen, hjælp med SU."),
        ("p", "Fremmøde på VUC i efteråret: 91 %. Vi holdt opfølgning med Tina Overgaard 3/12."),
        ("pre", "Jannie"),
    ]}, cprs=[n], traits=["cpr", "status-report"])

    # L4 mentor logbook DOCX
    c = CASES["c03"]
    add("viborg/logbog_mentor_karina_dahl_mikkel.docx", "docx", "logbook", "logbog-tabel", {
        "blocks": [
            ("title", "Mentorlogbog"),
            ("p", "Borger: Mikkel Søndergaard · Mentor: Karina Dahl (40 31 17 66) · Bevilling: 4/5-2026 – 3/11-2026, "
                  "1½ t/uge · Mål: praktik i genbrugsbutik 10 t/uge senest 1/9"),
            ("table", ["Dato", "Tid", "Kontakt", "Indhold / opgave", "Aftalt til næste gang"], [
                ["05.05.2026", "1 t", "hjemmebesøg", "Opstart. Gennemgik aftalen og målet.", "ringer fredag"],
                ["08.05.2026", "15 min", "telefon", "Mikkel sov; ny tid aftalt", "møde tirsdag"],
                ["12.05.2026", "1½ t", "følges", "Fulgt til misbrugscenter (indskrivning)", "besøg i butik 20/5"],
                ["20.05.2026", "2 t", "følges", "Første besøg i Røde Kors-butikken, mødt butiksleder", "opstart 1/6"],
                ["27.05.2026", "45 min", "telefon", "Status: nervøs for opstart, lavet plan for busser", "statusmøde 2/6"],
                ["02.06.2026", "1 t", "møde", "Statusmøde med Anders Friis (kommunen). Delmål maj: 3 af 4 aftaler holdt.", "–"],
            ]),
            ("p", "Timer i alt maj: 6 t 45 min."),
        ]}, traits=["logbook"])

    # L5 logbook MD
    c = CASES["c10"]
    add("vejle/mentorlog_oliver_uge12-16.md", "md", "logbook", "markdown-log", {"blocks": [
        ("title", "Mentorlog – Oliver D. (uge 12-16)"),
        ("p", "Mentor: Martin Krogh, UngeMentor Trekanten, 27 45 91 30 · Forløb 16.03.2026–15.09.2026 · 2 t/uge · "
              "Mål: GF1 tømrer på Tradium august 2026"),
        ("h", "Uge 12"),
        ("ul", ["Man: vækket 7.15, fulgt til brobygning EUC (1 t)", "Tors: kaffe + snak om skema (1 t)"]),
        ("h", "Uge 13"),
        ("ul", ["Tirs: fravær fra brobygning, ringet 3 gange", "Fre: hjemmebesøg, lavet ugeplan (1,5 t)"]),
        ("h", "Uge 14"),
        ("ul", ["Påske – ingen kontakt"]),
        ("h", "Uge 15"),
        ("ul", ["Ons: optagelse.dk sammen (1 t)", "Tors: busture til Vejle Nord øvet (1 t)"]),
        ("h", "Uge 16"),
        ("ul", ["Man: opfølgning hos Susanne i Ungeindsatsen (1 t) – delmål om brobygning delvist nået"]),
        ("p", "Noter: husk at spørge til cykel."),
    ]}, traits=["logbook"])

    # L6 invoice PDF, CPR
    c = CASES["c11"]
    n = cpr.make(*c["cpryear"])
    add("naestved/faktura_2026-014_mikkelsen_mentorservice.pdf", "pdf", "invoice", "faktura", {
        "footer": "Mikkelsen Mentorservice · CVR 41 27 30 88 · Bank: reg. 9570 konto 0012345678 · Betaling 30 dage netto",
        "blocks": [
            ("small", ["Mikkelsen Mentorservice", "Ringstedgade 14", "4700 Næstved", "ole@mikkelsen-mentor.dk",
                       "tlf. 29 36 70 14"]),
            ("title", "Faktura nr. 2026-014"),
            ("kv", [("Fakturadato", "02.02.2026"), ("Kunde", "Næstved Kommune, Jobcenter, EAN 5798008795310"),
                    ("Rekvisition / sag", "NÆS-2026-0093 (sagsbehandler Bente Schou)"),
                    ("Vedrørende", f"Mentorstøtte til Kasper Holm, cpr. {n}")]),
            ("table", ["Ydelse", "Periode", "Antal", "Pris", "Beløb"], [
                ["Mentorstøtte § 167 (bevilget 3 t/uge, 12.01.2026–11.07.2026)", "12.01.–31.01.2026", "9,0 t",
                 "495,00", "4.455,00"],
                ["Deltagelse i opstartsmøde", "12.01.2026", "1,0 t", "495,00", "495,00"],
                ["Kørsel", "januar", "84 km", "3,81", "320,04"]]),
            ("kv", [("Subtotal", "5.270,04"), ("Moms 25 %", "1.317,51"), ("I alt DKK", "6.587,55")]),
            ("p", "Opgaver i perioden: samtaler om fremmøde, hjælp med ansøgning til løntilskudsjob som "
                  "pedelmedhjælper, følges til jobsamtale. Mål: løntilskud hos Næstved Boligselskab fra 1. april."),
        ]}, cprs=[n], traits=["cpr", "invoice"])

    # L7 invoice HTML (e-faktura view)
    c = CASES["c13"]
    add("aalborg/efaktura_nordjysk_mentorcenter_nov2026.html", "html", "invoice", "efaktura-web", {
        "html_title": "E-faktura – visning", "blocks": [
            ("title", "Faktura 11873"),
            ("kv", [("Leverandør", "Nordjysk Mentorcenter ApS, CVR 40 55 21 63"), ("Køber", "Aalborg Kommune, Jobcenter"),
                    ("Ordrereference", "AAL-26-55102"), ("Fakturadato", "30.11.2026"), ("Forfald", "30.12.2026")]),
            ("table", ["Linje", "Beskrivelse", "Antal", "Enhed", "Stykpris", "Beløb"], [
                ["1", "Mentor Anne-Mette Skov (42 17 66 09) – Sara N., mentorstøtte november 2026 "
                      "(bevilling 01.10.2026–31.03.2027, 2 timer om ugen)", "8", "time", "520,00", "4.160,00"],
                ["2", "Trepartsmøde/opfølgning 18.11.2026", "1", "time", "520,00", "520,00"]]),
            ("p", "Indhold: ansøgninger til elevpladser i dagligvarehandlen, træning af jobsamtale, døgnrytme. "
                  "Formål: elevplads som butiksassistent senest 1. marts 2027."),
            ("kv", [("Total ekskl. moms", "4.680,00"), ("Moms", "1.170,00"), ("Total", "5.850,00")]),
        ]}, traits=["invoice", "html"])

    # L8 timesheet PDF, CPR
    c = CASES["c04"]
    n = cpr.make(*c["cpryear"])
    add("aarhus/timeseddel_sept2026_nadia.pdf", "pdf", "timesheet", "timeseddel", {
        "blocks": [
            ("title", "Timeseddel – mentor"),
            ("kv", [("Mentor", "Rasmus Thygesen, Studiestøtte Aarhus ApS, 28 90 14 57"),
                    ("Borger", f"Nadia El-Sayed, {n}"), ("Måned", "september 2026"),
                    ("Bevilling", "15.08.2026–28.02.2027, 2 timer ugentligt (sag S2026-119204)")]),
            ("table", ["Dato", "Fra–til", "Timer", "Aktivitet"], [
                ["02.09", "14.00–16.00", "2,0", "ugeplan, studiegruppe"],
                ["09.09", "14.00–15.30", "1,5", "kontakt til studievejleder (SPS)"],
                ["16.09", "10.00–12.00", "2,0", "opgaveskrivning, første obligatoriske opgave"],
                ["23.09", "14.00–16.00", "2,0", "eksamensplan"],
                ["30.09", "14.00–15.00", "1,0", "opfølgning, status til Aarhus Kommune"]]),
            ("p", "I alt: 8,5 timer. Målet (bestået 1. semester på pædagoguddannelsen) er uændret."),
            ("sig", ["Attesteret af borger: ______________     Mentor: ______________"]),
        ]}, cprs=[n], traits=["cpr", "timesheet"])

    # L9 timesheet ODT
    c = CASES["c06"]
    add("koege/timeregistrering_broen_emma_juni.odt", "odt", "timesheet", "timeseddel", {"blocks": [
        ("small", ["Broen Mentor & Coaching", "Timeregistrering juni 2026"]),
        ("title", "Timeregistrering – udskrivningskoordinator"),
        ("p", "Koordinator: Louise Brink, 31 72 05 88, louise@broen-mentor.dk. Borger: Emma K. Bevilget 1/4-2026 til "
              "30/11-2026, 3 t/uge (op til 5 t/uge de første fire uger efter udskrivelse)."),
        ("table", ["Uge", "Planlagt", "Brugt", "Bemærkning"], [
            ["23", "5", "5", "udskrevet 2/6; bolig, post, egen læge"],
            ["24", "5", "4,5", "distriktspsykiatri; møde Køge Boligselskab"],
            ["25", "5", "5", "første dag på kontoret, 4 timer"],
            ["26", "5", "3", "opfølgningsmøde 14 dage efter udskrivelse"]]),
        ("p", "Mål: genoptage kontorelevuddannelsen senest 1. oktober 2026, 20 timer om ugen."),
    ]}, traits=["timesheet"])

    # L10 minutes of network meeting DOCX, CPR
    c = CASES["c06"]
    n = cpr.make(*c["cpryear"])
    add("koege/referat_netvaerksmoede_udskrivelse_emma.docx", "docx", "minutes", "referat", {
        "blocks": [
            ("title", "Referat af netværksmøde før udskrivelse"),
            ("kv", [("Dato", "19. maj 2026, kl. 13.00–14.30"), ("Sted", "Psykiatrisk Afdeling, Roskilde, mødelokale 2"),
                    ("Deltagere", "Emma Kristoffersen (" + n + "), kontaktperson Bo (afdelingen), Louise Brink "
                     "(udskrivningskoordinator, 31 72 05 88), Rikke Holmgaard (Køge Kommune), mor"),
                    ("Referent", "Rikke Holmgaard")]),
            ("h", "1. Status"),
            ("p", "Emma forventes udskrevet 2. juni. Hun har haft udgang i weekender uden problemer."),
            ("h", "2. Mål og plan"),
            ("p", "Målet er fortsat, at Emma genoptager kontorelevuddannelsen hos Køge Boligselskab senest 1. oktober "
                  "med 20 timer om ugen. Louise fortsætter som koordinator med 3 timer om ugen, de første fire uger "
                  "op til 5 timer. Bevillingen løber til 30. november 2026."),
            ("h", "3. Hvem gør hvad"),
            ("ul", ["Louise: følger Emma til egen læge og distriktspsykiatri, kontakter boligselskabet",
                    "Afdelingen: sender udskrivningsbrev til egen læge",
                    "Rikke: indkalder til opfølgningsmøde 14 dage efter udskrivelse"]),
            ("h", "4. Eventuelt"),
            ("p", "Mor tilbyder at køre Emma de første dage."),
        ]}, cprs=[n], traits=["cpr", "minutes"])

    # L11 minutes ODT
    c = CASES["c08"]
    add("frederiksberg/referat_opfoelgningsmoede_fatima_aug.odt", "odt", "minutes", "referat", {"blocks": [
        ("title", "Referat – opfølgningsmøde om mentorforløb"),
        ("p", "Mødedato: 19.08.2026. Til stede: Fatima Yusuf, Dorthe Vad (mentor, Kvindehuset Mentor, 53 88 21 47), "
              "Jakob Skov (jobcenter), tolk (somali)."),
        ("h", "Gennemgang af aftalen"),
        ("p", "Aftalens periode er 1. juni – 30. november 2026 med 2 timer pr. uge. Dorthe har holdt de ugentlige "
              "samtaler, hjulpet med post og fulgt Fatima til lægen. Jakob påpegede, at aftalens mål er for "
              "uklart, og at det skal have et beskæftigelsesmål."),
        ("h", "Nyt forslag til mål (skal skrives ind i ny aftale)"),
        ("p", "Fatima er i virksomhedspraktik i kantinen på Frederiksberg Hospital 12 timer om ugen fra 1. oktober."),
        ("h", "Aftaler"),
        ("ul", ["Jakob sender ny aftale til underskrift inden 1. september",
                "Dorthe kontakter kantinelederen sammen med Fatima",
                "Næste møde 30. september kl. 10"]),
    ]}, traits=["minutes"])

    # L12 minutes mailed by mentor EML
    c = CASES["c01"]
    add("holstebro/referat_opfoelgningsmoede_mail.eml", "eml", "minutes", "email-referat", mail(
        f"Jonas Brandt <{c['mmail']}>", f"Pernille Kjær <{c['sbmail']}>", "Referat fra opfølgningsmødet 12. maj",
        datetime(2026, 5, 12, 15, 20, tzinfo=tz), "ref-0512@jobvaerkstedet-vest.dk",
        "Hej Pernille\n\nHer er mine noter fra mødet i dag med Sofie.\n\n"
        "- Mål: uændret, GF1 på SOSU-skolen fra august. Optaget betinget.\n"
        "- Fremmøde i praktikken i april 93 %, maj indtil nu 100 %.\n"
        "- Mine opgaver frem til sommer: SU-ansøgning, budget, køreplan til skolen, ugentlig samtale.\n"
        "- Timer: vi holder de 3 timer om ugen, evt. færre i juli.\n"
        "- Perioden slutter 31/8 – evaluering aftalt 17. august.\n\n"
        "Sig til hvis jeg har misforstået noget.\n\n"
        "Mvh Jonas Brandt\nMentor, Jobværkstedet Vest ApS\n23 41 88 19\n"), traits=["minutes", "email"])

    # L13 internal quality checklist DOCX (for one case), CPR
    c = CASES["c15"]
    n = cpr.make(*c["cpryear"])
    add("ringsted/tjekliste_kvalitet_mentorsag_rin-26-2217.docx", "docx", "checklist", "tjekliste", {
        "blocks": [
            ("title", "Tjekliste – kvalitetssikring af mentorsag (intern)"),
            ("p", f"Sag: {c['sag']} · Borger: {c['navn']} ({n}) · Sagsbehandler: {c['sb']} · Gennemgået af: teamleder "
                  "Ulla Bak, 6. maj 2026"),
            ("table", ["Krav", "OK?", "Bemærkning"], [
                ["Mål med mentorstøtten (job/uddannelse, målbart)", "☐", "Mangler – står 'Udfyldes senere'"],
                ["Mentorens navn og kontaktdata", "☒", "Hanne Kirk, Mentorkompagniet Sjælland, 30 47 12 85"],
                ["Mentorens opgaver", "☒", "praktikplads i børnehave, følges, ugentlig samtale"],
                ["Varighed (max 6 mdr.)", "☒", "01.05.2026–31.10.2026"],
                ["Opfølgning og progression", "☒", "månedlig, evaluering 14 dage før"],
                ["Timetal", "☒", "2 t/uge"],
                ["Klagevejledning (4 uger, genvurdering, Ankestyrelsen)", "☒", "standardtekst"],
                ["Afgørelse sendt til e-Boks", "☐", "ikke journaliseret"]]),
            ("p", "Konklusion: Aftalen skal rettes med et mål, før den sendes igen. Frist: 13. maj."),
        ]}, cprs=[n], traits=["cpr", "checklist"])

    # L14 sample audit MD
    add("kvalitet/stikproeve_mentorsager_2kvt2026.md", "md", "audit", "markdown-tabel", {"blocks": [
        ("title", "Stikprøvekontrol af mentorsager – 2. kvartal 2026"),
        ("p", "Intern kvalitetsgennemgang, Team Ung og Job. 12 sager udtrukket tilfældigt. Hvert felt er tjekket "
              "mod kvalitetsstandarden: mål, mentor og kontaktdata, opgaver, varighed og opfølgning, timetal, "
              "klagevejledning."),
        ("table", ["Sag", "Mål", "Mentor", "Opgaver", "Varighed", "Opfølgning", "Timer", "Klagevejl."], [
            ["A", "ok", "ok", "ok", "6 mdr.", "ok", "3 t/uge", "ok"],
            ["B", "uklart", "ok", "ok", "6 mdr.", "mangler", "2 t/uge", "ok"],
            ["C", "ok", "kun fornavn", "ok", "9 mdr. (!)", "ok", "ikke angivet", "mangler frist"],
            ["D", "ok", "ok", "mangler", "6 mdr.", "ok", "1-2 t/uge", "ok"]]),
        ("h", "Fund"),
        ("ul", ["3 af 12 aftaler har ingen målbar målsætning (fx 'øget trivsel')",
                "1 bevilling på 9 måneder – i strid med § 167, stk. 1",
                "2 klagevejledninger sender klagen direkte til Ankestyrelsen"]),
        ("h", "Opfølgning"),
        ("p", "Teamet gennemgår skabelonen på teammødet 2. juli. Ny stikprøve i 4. kvartal."),
    ]}, traits=["audit", "checklist"])

    # L15 blank template DOCX (with appeal text printed)
    add("skabeloner/skabelon_aftale_om_mentorstoette_2026.docx", "docx", "template", "blank-skabelon", {
        "blocks": [
            ("title", "Aftale om mentorstøtte"),
            ("p", "Skabelon, version 3.1 (februar 2026). Udfyldes af sagsbehandler sammen med borger og mentor."),
            ("kv", [("Borgerens navn", ""), ("CPR-nr.", ""), ("Sagsnr.", "")]),
            ("kv", [("Målet med mentorstøtten", ""), ("Mentor (navn, tlf., mail)", ""), ("Mentorens opgaver", ""),
                    ("Periode (fra – til, højst 6 måneder)", ""), ("Timetal pr. uge", ""),
                    ("Opfølgning og delmål", "")]),
            *appeal_full({"kommune": "Kommunen", "sbtlf": "[sagsbehandlers telefon]", "sbmail": ""}, 0),
            ("sig", ["Dato: ____________", "Borger ____________   Mentor ____________   Sagsbehandler ____________"]),
        ]}, traits=["blank-template", "appeal-printed"])

    # L16 blank template ODT with [indsæt]
    add("skabeloner/mentoraftale_blanket.odt", "odt", "template", "blank-skabelon", {"blocks": [
        ("small", ["[Kommunens logo]", "[Afdeling]"]),
        ("title", "Mentoraftale"),
        ("p", "Mellem [borgerens navn] og [kommune] er der indgået følgende aftale om mentorstøtte efter § 167 i lov "
              "om en aktiv beskæftigelsesindsats:"),
        ("ol", ["Mål: [indsæt mål – job eller uddannelse, målbart]",
                "Mentor: [navn], [firma], tlf. [xx xx xx xx], mail [indsæt]",
                "Mentors opgaver: [indsæt]",
                "Periode: [dd.mm.åååå] til [dd.mm.åååå]",
                "Timer pr. uge: [antal]",
                "Opfølgning: [hvornår og hvordan]"]),
        ("p", "Klagevejledning: [indsæt kommunens standardtekst – husk frist på 4 uger og genvurdering]"),
    ]}, traits=["blank-template"])

    # L17 staff guide HTML with worked example
    add("intranet/saadan_skriver_du_en_god_mentoraftale.html", "html", "guide", "vejledning-web", {
        "html_nav": ["Intranet", "Beskæftigelse", "Metoder", "Mentor"],
        "blocks": [
            ("title", "Sådan skriver du en god mentoraftale"),
            ("p", "Vejledning til sagsbehandlere i Team Job og Uddannelse. Opdateret 2. februar 2026 (ny afsender: "
                  "'kommunen' i stedet for 'jobcentret')."),
            ("h", "De seks punkter"),
            ("ol", ["Målet med mentorstøtten – job eller uddannelse, og noget der kan ses",
                    "Mentorens navn og kontaktdata", "Hvilke opgaver mentoren skal bistå ved",
                    "Varigheden (højst 6 måneder) og opfølgning med mål for progression",
                    "Timetallet pr. uge", "Klagevejledning: klage til kommunen inden 4 uger, genvurdering, "
                                           "derefter Ankestyrelsen"]),
            ("h", "Eksempel på et godt udfyldt skema"),
            ("table", ["Felt", "Eksempeltekst"], [
                ["Mål", "Anna er i virksomhedspraktik i Netto, Nørregade, 15 timer om ugen senest 1. juni 2026."],
                ["Mentor", "Marianne Bak, Jobhuset, tlf. 12 34 56 78, mb@jobhuset.dk"],
                ["Opgaver", "Følges til praktikstedet de første to uger; ugentlig samtale om fremmøde."],
                ["Periode", "1. marts 2026 – 31. august 2026"],
                ["Timetal", "3 timer pr. uge"],
                ["Opfølgning", "Statusmøde hver måned; evaluering 14 dage før ophør."]]),
            ("h", "Typiske fejl"),
            ("ul", ["Mål som 'støtte til at komme videre' – det er en aktivitet, ikke et mål",
                    "Perioder over 6 måneder (fx 1. februar – 31. oktober)",
                    "Mentor uden telefonnummer"]),
        ], "html_footer": "Kontakt: Metodeteamet, metode@kommune.example"}, traits=["guide", "worked-example"])

    # L18 citizen leaflet PDF with example
    add("pjecer/pjece_hvad_er_en_mentor.pdf", "pdf", "guide", "pjece", {
        "serif": True, "blocks": [
            ("title", "Hvad er en mentor? – til dig, der får mentorstøtte"),
            ("p", "En mentor er en person, der hjælper dig et stykke af vejen mod job eller uddannelse. Kommunen kan "
                  "give mentorstøtte i højst 6 måneder ad gangen, og derefter i en ny periode, hvis der er brug for det."),
            ("h", "Det står i din aftale"),
            ("ul", ["dit mål – fx at du starter på en uddannelse", "hvem din mentor er, og hvordan du fanger hende eller ham",
                    "hvad mentoren skal hjælpe dig med", "hvor længe aftalen gælder, og hvor mange timer om ugen",
                    "hvornår I mødes og følger op", "hvordan du klager"]),
            ("h", "Et eksempel"),
            ("p", "»Ali skal i praktik på et autoværksted 20 timer om ugen fra 1. maj. Hans mentor, Bo (tlf. 11 22 33 44), "
                  "hjælper ham med at komme op om morgenen og tager med på værkstedet den første uge. Bo har 2 timer om "
                  "ugen fra 1. april til 30. september. De mødes med sagsbehandleren hver måned.«"),
            ("h", "Er du uenig?"),
            ("p", "Så kan du klage til kommunen inden fire uger efter, at du har fået afgørelsen. Kommunen ser på sagen "
                  "igen. Fastholder den afgørelsen, sender den klagen videre til Ankestyrelsen."),
            ("p", "Pjecen er udgivet af Beskæftigelsesforvaltningen, marts 2026."),
        ]}, traits=["guide", "leaflet", "appeal-explained"])

    # L19 provider offer PDF
    add("holstebro/tilbud_mentorforloeb_jobvaerkstedet_vest.pdf", "pdf", "offer", "leverandoer-tilbud", {
        "footer": "Jobværkstedet Vest ApS · CVR 38 11 42 90 · www.jobvaerkstedet-vest.dk",
        "blocks": [
            ("small", ["Til Holstebro Kommune, Ungeenheden", "Att.: Pernille Kjær", "16. februar 2026"]),
            ("title", "Tilbud på mentorforløb"),
            ("p", "Tak for henvendelsen om en ung kvinde i virksomhedspraktik på et plejecenter, som skal videre på "
                  "SOSU-uddannelsen. Vi kan tilbyde følgende forløb:"),
            ("kv", [("Foreslået mentor", "Jonas Brandt, socialpædagog, tlf. 23 41 88 19"),
                    ("Formål", "Stabilt fremmøde i praktikken og start på grundforløb 1 i august 2026"),
                    ("Indhold", "morgenopkald i opstarten, ugentlig samtale, hjælp med SU og budget, følgeskab "
                                "til optagelsessamtale"),
                    ("Forventet periode", "1. marts – 31. august 2026"),
                    ("Omfang", "3 timer pr. uge, i alt ca. 78 timer"),
                    ("Pris", "495 kr. pr. time ekskl. moms; opfølgningsmøder faktureres med 1 time"),
                    ("Rapportering", "Skriftlig status hver 2. måned og slutrapport")]),
            ("p", "Tilbuddet gælder i 14 dage. Forløbet kan starte, når vi har modtaget jeres bestilling."),
            ("sig", ["Venlig hilsen", "Karsten Møller, daglig leder"]),
        ]}, traits=["offer", "provider"])

    # L20 price list HTML
    add("leverandoerer/mentorhuset_fyn_priser_2026.html", "html", "price-list", "prisliste-web", {
        "html_nav": ["Forside", "Om os", "Mentorstøtte", "Priser", "Kontakt"],
        "blocks": [
            ("title", "Priser og ydelser 2026"),
            ("p", "Mentorhuset Fyn leverer mentorstøtte efter § 167 til fynske kommuner under rammeaftale med Odense "
                  "Kommune, som løber fra 1. januar 2025 til 31. december 2027."),
            ("table", ["Ydelse", "Indhold", "Pris"], [
                ["Tilbudsmentor", "støtte i praktik, løntilskud eller job, typisk 2-4 timer om ugen i op til 6 måneder",
                 "475 kr./time"],
                ["Udvidet mentor", "struktur i hverdagen, økonomi, bolig – typisk 3-5 timer om ugen", "510 kr./time"],
                ["Uddannelsesmentor", "studiestart og fastholdelse, min. hver 14. dag", "490 kr./time"],
                ["Status- og opfølgningsmøder", "deltagelse i trepartsmøder hver måned eller efter aftale", "1 time pr. møde"]]),
            ("h", "Vores mentorer"),
            ("p", "Birgitte Holm (tlf. 61 22 45 03), Said Amiri (tlf. 61 22 45 07) og Lene Frost (tlf. 61 22 45 11). "
                  "Alle har en socialfaglig uddannelse."),
            ("p", "Mål, opgaver, varighed og timetal aftales i hvert forløb med kommunen og borgeren."),
        ]}, traits=["price-list", "provider", "framework-period"])

    # L21 provider's proposal for extension DOCX
    c = CASES["c09"]
    add("silkeborg/forslag_forlaengelse_mentor_line.docx", "docx", "proposal", "leverandoer-forslag", {
        "header": "Jobhuset Silkeborg · Papirfabrikken 18 · 8600 Silkeborg",
        "blocks": [
            ("title", "Forslag til forlængelse af mentorforløb"),
            ("p", "Til Silkeborg Kommune, Tina Overgaard. Vedr. Line Bjerregaard, sag SIL-2026-7720."),
            ("p", "Lines nuværende forløb slutter 31. august 2026. Vi foreslår, at kommunen bevilger en ny periode:"),
            ("kv", [("Mål", "Line består FP9-prøverne i december 2026 og starter på SOSU-hjælper i februar 2027"),
                    ("Mentor", "Jannie Bech, 22 19 83 40, jannie@jobhuset-silkeborg.dk"),
                    ("Opgaver", "lektiestøtte i matematik, skemaplanlægning, kontakt til studievejleder"),
                    ("Periode", "1. september 2026 – 28. februar 2027"), ("Timer", "2 timer om ugen"),
                    ("Opfølgning", "status i oktober og december, evaluering 14 dage før udløb")]),
            ("p", "Vi afventer kommunens afgørelse. Forslaget er ikke en bevilling."),
            ("sig", ["Med venlig hilsen", "Jannie Bech og Per Holst, Jobhuset Silkeborg"]),
        ]}, traits=["proposal", "provider"])

    # L22 company's apprentice mentor agreement DOCX
    add("virksomheder/randers_maskinfabrik_mentoraftale_laerlinge.docx", "docx", "private-agreement",
        "privat-aftale", {"header": "Randers Maskinfabrik A/S · HR",
        "blocks": [
            ("title", "Mentoraftale for lærlinge"),
            ("p", "Alle nye lærlinge hos Randers Maskinfabrik får en erfaren kollega som mentor det første år. "
                  "Aftalen er en intern aftale mellem lærlingen, mentoren og HR."),
            ("kv", [("Lærling", "Mathias Kjeldsen, industritekniker-lærling, 1. år"),
                    ("Mentor", "Henrik Bach, værkfører, tlf. 20 64 38 95, hb@randersmaskin.dk"),
                    ("Mål", "Mathias består svendeprøven som industritekniker og kender alle maskiner i hal 2 efter 12 måneder"),
                    ("Mentors opgaver", "introduktion til sikkerhed, ugentlig snak om skoleperioder og værkstedet, "
                                        "hjælp til logbog til EUC"),
                    ("Periode", "1. august 2026 – 31. juli 2027"), ("Tid", "1 time om ugen i arbejdstiden"),
                    ("Opfølgning", "samtale med HR hver 3. måned")]),
            ("p", "Uenighed om aftalen tages op med HR eller tillidsrepræsentanten."),
            ("sig", ["Lærling ____________   Mentor ____________   HR ____________"]),
        ]}, traits=["private-company", "12-months"])

    # L23 football club's mentor agreement PDF
    add("foreninger/boldklub_talentlinje_mentoraftale.pdf", "pdf", "private-agreement", "privat-aftale", {
        "blocks": [
            ("title", "Vejle Boldklub Ungdom – Mentoraftale, Talentlinjen"),
            ("p", "Aftalen er mellem spilleren, spillerens forældre og klubbens mentor. Den er frivillig og har intet "
                  "med kommunen at gøre."),
            ("kv", [("Spiller", "Noah Frederiksen, U17"), ("Mentor", "Lasse Winther, tlf. 31 18 42 77, lw@vbu-talent.dk"),
                    ("Mål", "Noah gennemfører 1.g på Rosborg Gymnasium (team Danmark-linje) og træner 6 gange om ugen"),
                    ("Mentorens opgaver", "skema for skole og træning, samtale efter kampe, kontakt til skolens "
                                          "idrætskoordinator"),
                    ("Periode", "sæson 2026/27 (1. august 2026 – 30. juni 2027)"), ("Møder", "1 time hver 14. dag"),
                    ("Evaluering", "i december og maj")]),
            ("p", "Klager over klubbens talentarbejde rettes til ungdomsformanden."),
        ]}, traits=["private-association", "11-months"])

    # L24 volunteer network's mentor agreement TXT
    add("foreninger/mentornetvaerk_kvinder_aftale.txt", "txt", "private-agreement", "privat-aftale-tekst", {"blocks": [
        ("title", "Mentornetværket for kvinder – vores aftale"),
        ("p", "Netværket er en frivillig forening. Mentor og mentee mødes privat; kommunen er ikke part i aftalen."),
        ("kv", [("Mentee", "Amina"), ("Mentor", "Kirsten Hvid (frivillig), 24 51 90 33"),
                ("Vores mål", "Amina får et studiejob i en butik og søger ind på HF i 2027"),
                ("Det gør vi", "øver dansk til jobsamtaler, skriver CV, går på biblioteket sammen"),
                ("Hvor længe", "september 2026 – februar 2027"), ("Hvor tit", "2 timer hver uge, torsdag"),
                ("Status", "vi taler med koordinatoren efter 3 måneder")]),
        ("p", "Begge kan stoppe samarbejdet når som helst."),
    ]}, traits=["private-association", "volunteer"])

    # L25 e-mail caseworker -> mentor, CPR
    c = CASES["c02"]
    n = cpr.make(*c["cpryear"])
    add("odense/mail_sagsbehandler_til_mentor_status.eml", "eml", "email", "email-intern", mail(
        f"Lise Mølgaard <{c['sbmail']}>", f"Birgitte Holm <{c['mmail']}>", "Ahmad R. – status før trepartsmøde",
        datetime(2026, 8, 18, 9, 5, tzinfo=tz), "sb-0818@odense.dk",
        f"Hej Birgitte\n\nJeg skal bruge en kort status på Ahmad ({n}) inden trepartsmødet 25/8. "
        "Han er bevilget 2 timer om ugen fra 1/4 til 30/9, og målet er stadig 20 timer på lageret hos XL-Byg "
        "og løntilskud bagefter.\n\nKan du skrive lidt om:\n- hvordan det går med mødetiderne\n"
        "- om han har brug for dig til samtalen om løntilskud\n- om I når målet inden 30/9, "
        "eller om vi skal tale om en ny periode\n\nVi følger op på mødet.\n\nVh Lise\n"
        "Lise Mølgaard, jobkonsulent, Odense Kommune, tlf. 65 51 33 08\n"), cprs=[n], traits=["cpr", "email"])

    # L26 e-mail mentor -> caseworker proposing extension
    c = CASES["c12"]
    add("gribskov/mail_mentor_forslag_ny_periode.eml", "eml", "email", "email-intern", mail(
        f"Signe Lauritzen <{c['mmail']}>", f"Claus Winther <{c['sbmail']}>", "Maja P. – skal vi forlænge?",
        datetime(2026, 7, 10, 13, 41, tzinfo=tz), "ml-0710@gribskov.dk",
        "Hej Claus\n\nMajas periode slutter 31. juli. Hun har fået plads på ernæringsassistentuddannelsen "
        "(start 10. august på ZBC), men hun er nervøs for skoleskiftet.\n\nMit forslag:\n"
        "Mål: Maja gennemfører de første 10 uger på ZBC med højst 3 fraværsdage.\n"
        "Opgaver: transport til Hillerød, møde med kontaktlærer, lektiestruktur.\n"
        "Periode: 1. august 2026 - 31. januar 2027\nTimer: 1 time om ugen\n"
        "Opfølgning: hver måned, evaluering 14 dage før slut.\n\n"
        "Det er selvfølgelig din afgørelse. Ring hvis du vil tale om det.\n\n"
        "Hilsen Signe\nMentor, Center for Arbejdsmarked\n72 49 61 88\n"), traits=["email", "proposal"])

    # L27 e-mail thread about changing mentor
    c = CASES["c15"]
    add("ringsted/mail_skift_af_mentor_sygdom.eml", "eml", "email", "email-traad", mail(
        "Hanne Kirk <hanne@mentorkompagniet.dk>", f"Morten Lund <{c['sbmail']}>", "SV: Camilla I. – vikar for mentor",
        datetime(2026, 6, 22, 8, 12, tzinfo=tz), "sv-0622@mentorkompagniet.dk",
        "Hej Morten\n\nJa, Rasmus Hvid (tlf. 30 47 12 90) tager over for mig de næste tre uger. Han kender aftalen: "
        "praktikplads i børnehave, de 2 timer om ugen og opfølgningen hver måned. Perioden er stadig til 31. oktober.\n\n"
        "Hanne\n\n-----Oprindelig meddelelse-----\nFra: Morten Lund\nSendt: 21. juni 2026 16:02\n"
        "Emne: Camilla I. – vikar for mentor\n\nHej Hanne, jeg hører du er sygemeldt. Hvem tager Camilla imens? "
        "Vi skal holde fast i målet om praktik i Solsikken fra august.\nMorten\n"), traits=["email", "reply-thread"])

    # L28 e-mail order to provider for a new citizen
    c = CASES["c04"]
    add("aarhus/mail_ny_borger_til_mentor_nadia.eml", "eml", "order", "email-bestilling", mail(
        f"Mette Kallestrup <{c['sbmail']}>", f"Rasmus Thygesen <{c['mmail']}>", "Ny borger til dig – Nadia E.",
        datetime(2026, 8, 3, 10, 30, tzinfo=tz), "best-0803@aarhus.dk",
        "Hej Rasmus\n\nJeg har en ny studerende til dig, hvis du har plads. Nadia starter på pædagoguddannelsen på VIA "
        "den 31. august.\n\nDet jeg forestiller mig:\n- mål: hun består 1. semester og får afleveret sine opgaver\n"
        "- opgaver: ugeplan, kontakt til studievejledning/SPS, eksamensforberedelse\n"
        "- start 15. august, 2 timer om ugen, og vi ser på det igen i februar\n"
        "- status til mig hver anden måned\n\nBevillingen kommer i et brev til Nadia, når du har sagt ja. "
        "Kan du ringe til mig på 41 85 60 22?\n\nMvh Mette\n", html_alt=True), traits=["email", "order"])

    # L29 citizen's complaint EML, CPR
    c = CASES["c11"]
    n = cpr.make(*c["cpryear"])
    add("naestved/klage_over_ophoer_af_mentor_kasper.eml", "eml", "complaint", "email-klage", mail(
        "Kasper Holm <kasperholm85@gmail.com>", f"Bente Schou <{c['sbmail']}>",
        "Klage over at min mentor stopper", datetime(2026, 4, 20, 22, 14, tzinfo=tz), "klage-0420@gmail.com",
        f"Hej Bente\n\nJeg vil klage over brevet om at min mentorstøtte stopper 30. april. Mit cpr er {n}.\n\n"
        "Min aftale sagde at jeg havde Ole (29 36 70 14) 3 timer om ugen til 11. juli, og at han skulle hjælpe mig "
        "med at holde fast i løntilskudsjobbet hos boligselskabet. Det går godt nu, men det er fordi Ole ringer "
        "om morgenen. Vi havde også aftalt et statusmøde hver 4. uge og det har vi kun haft en gang.\n\n"
        "Der stod ikke noget i brevet om hvordan jeg klager, så jeg skriver bare til dig. Jeg ved at fristen er "
        "4 uger, og at den skal sendes til kommunen først og så Ankestyrelsen.\n\nMvh Kasper\n", cte="quoted-printable"),
        cprs=[n], traits=["cpr", "complaint"])

    # L30 citizen's complaint letter TXT
    c = CASES["c16"]
    add("slagelse/klage_mentor_udeblivelser_peter.txt", "txt", "complaint", "borgerbrev", {"blocks": [
        ("pre", "Peter Lund\nSdr. Stationsvej 7\n4200 Slagelse\n\nTil Slagelse Kommune, Jobcenter\nAtt. Hanne Bruun\n\n"
                "Slagelse d. 4/3-2026"),
        ("title", "Klage over min mentor"),
        ("p", "Jeg har fået bevilget mentor fra 1. januar til 30. september med 3 timer om ugen. Min mentor er Erik "
              "Svendsen fra Vestsjællands Mentorservice (26 14 93 07). Han skulle hjælpe mig med at starte op igen "
              "på lageret hos DSV og med genoptræningen, og målet er 30 timer om ugen fra juni."),
        ("p", "Erik er ikke kommet til 3 af vores aftaler i februar og har ikke ringet. Jeg vil gerne have en anden "
              "mentor eller et møde om det. Jeg har ikke hørt noget om hvornår vi skal følge op."),
        ("p", "Jeg har set i brevet at jeg kan klage inden 4 uger til kommunen. Det her er ikke en klage over "
              "afgørelsen, men over hvordan det går."),
        ("sig", ["Venlig hilsen", "Peter Lund"]),
    ]}, traits=["complaint", "letter"])

    # L31 hearing letter DOCX before ending, CPR
    c = CASES["c11"]
    n = cpr.make(*c["cpryear"])
    add("naestved/partshoering_ophoer_mentor_kasper.docx", "docx", "hearing", "partshoering-brev", {
        "blocks": [
            ("small", ["Næstved Kommune", "Jobcenter", "Dato: 6. april 2026", f"Sagsnr.: {c['sag']}",
                       f"Sagsbehandler: {c['sb']}", f"Tlf.: {c['sbtlf']}"]),
            ("p", f"{c['navn']}\n{c['adr']}\nCPR-nr.: {n}"),
            ("title", "Partshøring – vi overvejer at stoppe din mentorstøtte"),
            ("p", "Vi skriver til dig, fordi vi overvejer at stoppe din mentorstøtte før tid. Vi har ikke truffet en "
                  "afgørelse endnu, og du har ret til at komme med dine bemærkninger først "
                  "(forvaltningslovens § 19)."),
            ("h", "Det har vi lagt til grund"),
            ("p", "Du har mentorstøtte fra 12. januar til 11. juli 2026, 3 timer ugentligt, med Ole Mikkelsen, "
                  "Mikkelsen Mentorservice (29 36 70 14) som mentor. Målet var løntilskudsjob hos Næstved "
                  "Boligselskab fra 1. april. Ole har hjulpet dig med fremmøde og med jobsamtalen. Du startede "
                  "i jobbet den 1. april, og arbejdsgiveren oplyser, at det går godt."),
            ("h", "Hvad sker der nu?"),
            ("p", "Du kan sende dine bemærkninger til os senest 14. april 2026, skriftligt eller ved at ringe. "
                  "Derefter træffer vi en afgørelse. Du kan ikke klage over dette brev, men afgørelsen vil "
                  "indeholde en klagevejledning."),
            ("sig", ["Med venlig hilsen", c["sb"]]),
        ]}, cprs=[n], traits=["cpr", "hearing"])

    # L32 hearing HTML
    c = CASES["c08"]
    add("frederiksberg/hoering_foer_afgoerelse_fatima.html", "html", "hearing", "digital-post-html", {
        "html_title": "Partshøring", "blocks": [
            ("small", ["Frederiksberg Kommune · Jobcenter", "Digital Post, 21.10.2026", f"Sag {c['sag']}"]),
            ("title", "Høring før afgørelse om ny periode med mentorstøtte"),
            ("p", "Kære Fatima. Din mentor har foreslået en ny periode med mentorstøtte fra 1. december 2026 til "
                  "31. maj 2027 med 2 timer pr. uge. Målet skulle være, at du er i praktik i kantinen på Frederiksberg "
                  "Hospital 20 timer om ugen. Din mentor ville fortsat være Dorthe Vad (53 88 21 47), som skulle "
                  "hjælpe med transport, arbejdstider og kontakten til kantinelederen."),
            ("p", "Vi overvejer kun at give 1 time om ugen, fordi praktikken allerede har en fast kontaktperson. "
                  "Før vi træffer afgørelse, vil vi gerne høre, hvad du mener. Svar senest 4. november 2026."),
            ("p", "Når afgørelsen er truffet, får du den med en vejledning om, hvordan du kan klage."),
            ("sig", ["Venlig hilsen", c["sb"], f"tlf. {c['sbtlf']}"]),
        ]}, traits=["hearing", "html"])

    # L33 order to provider PDF, CPR
    c = CASES["c15"]
    n = cpr.make(*c["cpryear"])
    add("ringsted/bestilling_mentorforloeb_camilla.pdf", "pdf", "order", "bestilling", {
        "blocks": [
            ("small", ["Ringsted Kommune · Jobcenter", "Til: Mentorkompagniet Sjælland", "Rekvisitionsnr. REK-26-0412"]),
            ("title", "Bestilling af mentorforløb"),
            ("kv", [("Borger", f"{c['navn']}, {n}"), ("Kontaktperson i kommunen", f"{c['sb']}, {c['sbtlf']}"),
                    ("Ønsket mentor", "Hanne Kirk (30 47 12 85)"),
                    ("Formål", "Praktikplads i en børnehave i Ringsted og derefter optag på PAU"),
                    ("Opgaver", "finde praktikplads, følges første dag, ugentlig samtale"),
                    ("Periode", "1. maj 2026 – 31. oktober 2026"), ("Timer", "2 timer pr. uge"),
                    ("Rapportering", "status hver måned til kommunen; slutrapport")]),
            ("p", "Leverandøren bekræfter opstart inden 5 hverdage. Borgeren får særskilt afgørelse og aftale fra kommunen."),
        ]}, cprs=[n], traits=["cpr", "order"])

    # L34 final evaluation DOCX
    c = CASES["c01"]
    add("holstebro/slutevaluering_mentorforloeb_sofie.rtf", "rtf", "final-evaluation", "leverandoer-rapport", {
        "blocks": [
            ("title", "Afsluttende evaluering af mentorforløb"),
            ("kv", [("Borger", "Sofie Lykke Andersen"), ("Mentor", "Jonas Brandt, Jobværkstedet Vest, 23 41 88 19"),
                    ("Periode", "1. marts – 31. august 2026"), ("Timer", "bevilget 3 t/uge, brugt i alt 71 timer")]),
            ("h", "Blev målet nået?"),
            ("p", "Ja. Sofie startede på grundforløb 1 på SOSU-skolen den 10. august og har mødt alle dage indtil nu."),
            ("h", "Hvad virkede"),
            ("ul", ["morgenopkaldene i starten", "faste samtaler om torsdagen", "hjælpen med SU og budget"]),
            ("h", "Anbefaling"),
            ("p", "Ingen ny periode. Sofie kan kontakte skolens elevcoach, hvis hun får brug for hjælp."),
            ("sig", ["Holstebro, 31. august 2026", "Jonas Brandt"]),
        ]}, traits=["final-evaluation"])

    # L35 caseworker's journal note TXT, CPR
    c = CASES["c14"]
    n = cpr.make(*c["cpryear"])
    add("herning/journalnotat_samtale_bilal_0528.txt", "txt", "journal-note", "journalnotat", {"blocks": [
        ("pre", f"JOURNALNOTAT\nSag: {c['sag']}\nBorger: {c['navn']} ({n})\nNotattype: Samtale\nDato: 28.05.2026\n"
                "Skrevet af: Lone Damgaard"),
        ("p", "Samtale med Bilal og Kristian Lykke (Jobkompagniet, 25 80 17 43). Bilal ønsker job som chauffør og vil "
              "tage kørekort C. Vi drøftede mentor: ca. 4 timer om ugen fra 1. juni, opgaver tilmelding til AMU, "
              "økonomi og kontakt til vognmænd. Slutdato ikke aftalt – afventer AMU-kursusdatoer. Opfølgning hver "
              "måned. Bilal accepterer. Aftale og afgørelse udarbejdes."),
    ]}, cprs=[n], traits=["cpr", "journal-note"])

    # L36 internal approval of extension EML, CPR
    c = CASES["c03"]
    n = cpr.make(*c["cpryear"])
    add("viborg/intern_godkendelse_forlaengelse_mikkel.eml", "eml", "internal-approval", "email-intern", mail(
        "Anders Friis <anfr@viborg.dk>", "Teamleder Jette Krog <jekr@viborg.dk>",
        "Intern godkendelse – forlængelse af pligtmentor, Mikkel S.", datetime(2026, 10, 22, 11, 2, tzinfo=tz),
        "godk-1022@viborg.dk",
        f"Hej Jette\n\nJeg beder om godkendelse af forlængelse af mentorstøtte til Mikkel Søndergaard ({n}).\n\n"
        "Nuværende periode: 4/5-26 - 3/11-26, 1½ t/uge, mentor Karina Dahl (40 31 17 66).\n"
        "Forslag: ny periode 4/11-26 - 3/5-27, 1 t/uge.\n"
        "Mål: praktik 15 t/uge i genbrugsbutikken fra januar + afklaring af AMU lager.\n"
        "Opgaver: ugentligt opkald, samtale med butiksleder, tilmelding til AMU.\n"
        "Opfølgning: hver 6. uge.\n\nBudget: ca. 26 timer, plads inden for rammen.\n\nAnders\n"),
        cprs=[n], traits=["cpr", "internal-approval"])

    # L37 handover note MD
    c = CASES["c13"]
    add("aalborg/overdragelsesnotat_sara_ny_sagsbehandler.md", "md", "handover", "markdown-notat", {"blocks": [
        ("title", "Overdragelsesnotat – Sara Nørgaard"),
        ("p", "Fra Kim Vestergaard til Nanna Lind, 15. december 2026 (Kim går på barsel)."),
        ("h", "Kort om sagen"),
        ("ul", ["Mentorstøtte 01.10.2026–31.03.2027, 2 timer om ugen",
                "Mentor: Anne-Mette Skov, Nordjysk Mentorcenter, 42 17 66 09",
                "Mål: elevplads som butiksassistent senest 1. marts 2027",
                "Mentor hjælper med ansøgninger, jobsamtaler og døgnrytme",
                "Opfølgning hver 6. uge – næste møde 12. januar"]),
        ("h", "Opmærksomhed"),
        ("p", "Sara har to samtaler i januar (Rema 1000 og Føtex). Husk evaluering 17. marts."),
    ]}, traits=["handover"])

    # L38 management information HTML
    add("ledelse/mentorstoette_i_tal_2kvt2026.html", "html", "statistics", "ledelsesinfo-web", {
        "blocks": [
            ("title", "Mentorstøtte i tal – 2. kvartal 2026"),
            ("p", "Ledelsesinformation til Beskæftigelsesudvalget. Tallene dækker alle bevillinger efter § 167."),
            ("table", ["Målgruppe", "Antal forløb", "Gns. timer pr. uge", "Gns. varighed", "Mål nået"], [
                ["Unge under 30 (uddannelse)", "142", "2,1", "5,4 mdr.", "61 %"],
                ["Aktivitetsparate kontanthjælp", "97", "1,8", "5,9 mdr.", "38 %"],
                ["Sygedagpenge og fleksjob", "44", "3,2", "4,7 mdr.", "72 %"],
                ["Udskrivningskoordinator", "9", "3,0", "8,1 mdr.", "56 %"]]),
            ("p", "Udgiften til mentorstøtte er 4,1 mio. kr. i kvartalet, inden for loftet efter § 203 a. "
                  "Der følges op på alle forløb mindst hver 3. måned."),
        ]}, traits=["statistics"])

    # L39 receipt of application TXT, CPR
    c = CASES["c17"]
    n = cpr.make(*c["cpryear"])
    add("fredericia/kvittering_ansoegning_mentor_henriette.txt", "txt", "receipt", "tekst-brev", {"blocks": [
        ("pre", f"Fredericia Kommune\nJob & Beskæftigelse\n\n{c['navn']}\nCPR {n}\n\n13. maj 2026"),
        ("title", "Kvittering for din ansøgning om mentorstøtte"),
        ("p", "Vi har modtaget din ansøgning af 12. maj 2026. Du har søgt om en mentor 3 timer om ugen fra "
              "1. juni til 30. november 2026, som skal hjælpe dig med at komme i gang på rengøringsuddannelsen "
              "hos AMU Syd og med transporten. Du har foreslået Lotte Berg fra Trekantens Mentorservice "
              "(tlf. 40 12 77 31) som mentor."),
        ("p", "Vi forventer at træffe afgørelse inden 3 uger. Du får afgørelsen i Digital Post sammen med en "
              "klagevejledning."),
        ("sig", ["Venlig hilsen", c["sb"]]),
    ]}, cprs=[n], traits=["cpr", "receipt"])

    # L40 citizen's application form PDF, CPR
    c = CASES["c17"]
    n = cpr.make(*c["cpryear"])
    add("fredericia/ansoegning_om_mentorstoette_henriette.pdf", "pdf", "application", "ansoegningsskema", {
        "blocks": [
            ("title", "Ansøgning om mentorstøtte"),
            ("p", "Udfyldes af borgeren og sendes til Fredericia Kommune, Job & Beskæftigelse."),
            ("kv", [("Navn", c["navn"]), ("CPR-nr.", n), ("Telefon", "28 71 44 06"),
                    ("Hvad vil du gerne opnå?", "Jeg vil gennemføre rengøringsuddannelsen på AMU Syd og få job som "
                                                "servicemedarbejder"),
                    ("Hvad skal mentoren hjælpe med?", "komme op om morgenen, transport til Kolding, forstå opgaverne"),
                    ("Forslag til mentor", "Lotte Berg, Trekantens Mentorservice, 40 12 77 31"),
                    ("Hvor længe?", "1. juni – 30. november 2026"), ("Hvor mange timer?", "3 timer om ugen"),
                    ("Hvordan vil du følge op?", "møde med sagsbehandler hver måned")]),
            ("sig", ["Dato: 12.05.2026", "Underskrift: Henriette Kvist"]),
        ]}, cprs=[n], traits=["cpr", "application"])

    # L41 job advert for a mentor, HTML
    add("vejle/stillingsopslag_mentor_ungeindsatsen.html", "html", "job-advert", "stillingsopslag-web", {
        "html_nav": ["Job i Vejle Kommune", "Ledige stillinger", "Søg job"],
        "blocks": [
            ("title", "Mentor til Ungeindsatsen – barselsvikariat"),
            ("p", "Vejle Kommune søger en mentor til unge mellem 18 og 29 år, der skal i gang med en uddannelse. "
                  "Vikariatet løber fra 1. februar 2027 til 31. januar 2028, 30 timer om ugen."),
            ("h", "Dine opgaver"),
            ("ul", ["støtte unge i brobygning og på grundforløb, fx på Tradium og FGU",
                    "følge de unge til skole, læge og møder", "deltage i opfølgningsmøder hver 4. uge",
                    "skrive status til sagsbehandleren"]),
            ("h", "Målet med jobbet"),
            ("p", "At flere unge starter og gennemfører en erhvervsuddannelse. Sidste år startede 64 % af de unge "
                  "med mentor på en uddannelse inden for 6 måneder."),
            ("h", "Vil du vide mere?"),
            ("p", "Ring til teamleder Martin Krogh på 27 45 91 30. Ansøgningsfrist 4. januar 2027. Løn efter "
                  "overenskomst for socialpædagoger."),
        ]}, traits=["job-advert"])

    # L42 invitation to a start-up meeting, DOCX
    c = CASES["c13"]
    add("aalborg/indkaldelse_opstartsmoede_mentor_sara.docx", "docx", "meeting-invitation", "kommune-brev", {
        "blocks": [
            ("small", ["Aalborg Kommune · Jobcenter Aalborg", "16. september 2026", f"Sag {c['sag']}"]),
            ("p", f"{c['navn']}\n{c['adr']}"),
            ("title", "Indkaldelse til opstartsmøde om mentorstøtte"),
            ("p", "Du er indkaldt til et møde torsdag den 24. september 2026 kl. 10.00 i Jobcenter Aalborg, "
                  "Vesterbro 14, lokale 3.12."),
            ("p", "På mødet deltager din mentor Anne-Mette Skov fra Nordjysk Mentorcenter (tlf. 42 17 66 09) og "
                  "din sagsbehandler Kim Vestergaard. Vi taler om dit mål om en elevplads som butiksassistent, hvad "
                  "Anne-Mette skal hjælpe dig med, hvor mange timer om ugen I ses (vi foreslår 2), perioden "
                  "(forventet 1. oktober 2026 – 31. marts 2027), og hvor tit vi følger op."),
            ("p", "Det, vi aftaler, skriver vi ned i en aftale, som du får bagefter. Du kan ikke klage over "
                  "indkaldelsen. Hvis du er forhindret, så ring til Kim på 99 31 27 84."),
            ("sig", ["Venlig hilsen", "Kim Vestergaard"]),
        ]}, traits=["meeting-invitation"])

    # L43 the citizen's calendar of meetings, TXT print
    add("vejle/mine_aftaler_oliver_dam_udskrift.txt", "txt", "calendar", "kalender-udskrift", {"blocks": [
        ("pre", "Mine aftaler – udskrift fra Min Side\nOliver Dam\nUdskrevet 20.03.2026"),
        ("table", ["Dato", "Tid", "Med", "Hvad", "Sted"], [
            ["23.03.2026", "07.15-08.15", "Martin Krogh (mentor), 27 45 91 30", "vækning og følges til brobygning", "EUC Vejle"],
            ["26.03.2026", "14.00-15.00", "Martin Krogh", "snak om skema og mål: GF1 tømrer august 2026", "Café Vejle"],
            ["02.04.2026", "10.00-11.00", "Martin Krogh", "optagelse.dk sammen", "Ungeindsatsen"],
            ["13.04.2026", "09.00-10.00", "Susanne Ravn + mentor", "opfølgningssamtale (mentorforløb 16.03-15.09, 2 t/uge)", "Ungeindsatsen"]]),
        ("p", "Husk at melde afbud, hvis du ikke kan komme."),
    ]}, traits=["calendar"])

    # L44 a course for company mentors, PDF
    add("kurser/kursus_bliv_mentor_i_din_virksomhed.pdf", "pdf", "course", "kursusbeskrivelse", {
        "footer": "AMU Vest · Kursusnummer 44862 · Tilmelding på efteruddannelse.dk",
        "blocks": [
            ("title", "Bliv mentor i din virksomhed (2 dage)"),
            ("p", "Kurset er for medarbejdere, der skal være mentor for en kollega i fleksjob, løntilskud eller "
                  "praktik. Kommunen kan give virksomheden kompensation for mentortimerne."),
            ("h", "Du lærer at"),
            ("ul", ["lave en aftale med mål, opgaver, periode og timetal sammen med kommunen og medarbejderen",
                    "følge op hver måned og måle fremskridt", "håndtere konflikter og sygefravær"]),
            ("h", "Case fra kurset"),
            ("p", "»Lene er mentor for Kim i et løntilskudsjob på lageret. Målet er, at Kim kan køre truck alene "
                  "efter 3 måneder. Lene har 3 timer om ugen fra 1. marts til 31. august og kan træffes på "
                  "22 33 44 55.«"),
            ("h", "Praktisk"),
            ("p", "Datoer: 3.-4. februar 2027 eller 7.-8. april 2027. Pris: 1.020 kr. Deltagerne kan søge VEU-godtgørelse."),
        ]}, traits=["course", "worked-example"])
    return R


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

def build(out: Path, seed: int):
    rng = random.Random(seed)
    cpr = Cpr(rng)
    docs = real_docs(cpr) + real_docs_2(cpr) + lookalike_docs(cpr)
    paths = [d["path"] for d in docs]
    assert len(paths) == len(set(paths)), "duplicate paths"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.rglob("*"):
        if old.is_file():
            old.unlink()
    soffice_jobs = []
    tmp = Path(tempfile.mkdtemp(prefix="je_lo_"))
    for d in docs:
        target = out / d["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        doc = d["doc"]
        if d["format"] == "pdf" and doc.get("soffice"):
            src = tmp / (target.stem + ".docx")
            render_docx(doc, src)
            soffice_jobs.append((src, target))
            continue
        RENDER[d["format"]](doc, target)
    if soffice_jobs:
        made = soffice_pdf([s for s, _ in soffice_jobs], tmp)
        for (src, target), pdf in zip(soffice_jobs, made):
            if pdf.exists():
                shutil.move(str(pdf), str(target))
            else:  # no LibreOffice: fall back to reportlab so the corpus stays complete
                render_pdf(next(x["doc"] for x in docs if out / x["path"] == target), target)
    shutil.rmtree(tmp, ignore_errors=True)

    entries = []
    for d in docs:
        mnc = []
        for n in d["cprs"]:
            mnc += [n, n.replace("-", "")]
        traits = list(d["traits"])
        if d["doc"].get("soffice"):
            traits.append("libreoffice-pdf")
        e = {"path": d["path"], "format": d["format"], "kind": d["kind"], "subtype": d["subtype"],
             "layout": d["layout"], "rules": d["rules"], "extras": d["extras"], "error": None,
             "accept_errors": [], "must_not_contain": mnc, "traits": traits}
        if d.get("period"):
            e["period"] = d["period"]
        entries.append(e)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return entries


def summary(entries):
    from collections import Counter
    kinds = Counter(e["kind"] for e in entries)
    kf = Counter((e["kind"], e["format"]) for e in entries)
    rules = Counter(r for e in entries for r in e["rules"])
    extras = Counter(r for e in entries for r in e["extras"])
    clean = Counter(e["kind"] for e in entries if not e["rules"])
    fmts = sorted({e["format"] for e in entries})
    print(f"{len(entries)} documents; with CPR: {sum(1 for e in entries if e['must_not_contain'])}")
    print("kind        " + " ".join(f"{f:>5}" for f in fmts) + "  total  no-finding")
    for k in ("agreement", "decision", "minplan", "unknown"):
        print(f"{k:<11} " + " ".join(f"{kf[(k, f)]:>5}" for f in fmts) + f"  {kinds[k]:>5}  {clean[k]:>5}")
    print("labelled findings:", dict(sorted(rules.items())))
    print("extras:", dict(sorted(extras.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=21)
    a = ap.parse_args()
    entries = build(a.out, a.seed)
    summary(entries)


if __name__ == "__main__":
    main()
