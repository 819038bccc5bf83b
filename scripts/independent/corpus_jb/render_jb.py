"""Renderers for corpus JB: one small block model written to docx, pdf, odt, rtf, html, md, txt, eml.

Block model (a list of tuples):
    ("title", text)           document title
    ("h", text)               heading
    ("p", text)               paragraph (may hold "\n" line breaks)
    ("kv", label, value)      a label and its value; how it is laid out is the document's kvmode
    ("ul", [items])           bullet list
    ("ol", [items])           numbered list
    ("tbl", rows, header)     a table (rows of cells), header=True if the first row is a header
"""

from __future__ import annotations

import html as _html
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
import datetime as _dt
import zlib


def _kv_text(label, value, sep):
    return f"{label}{sep}{value}" if label else value


# ---------------------------------------------------------------- text / markdown
def to_txt(blocks, sep=": ", kvmode="inline", heading_style="plain"):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(b[1].upper() if heading_style == "caps" else b[1])
            if heading_style == "underline":
                out.append("=" * min(len(b[1]), 60))
        elif t == "h":
            out.append(b[1].upper() if heading_style == "caps" else b[1])
            if heading_style == "underline":
                out.append("-" * min(len(b[1]), 60))
        elif t == "p":
            out.append(b[1])
        elif t == "kv":
            if kvmode == "stacked":
                out.append(f"{b[1]}\n{b[2]}")
            else:
                out.append(_kv_text(b[1], b[2], sep))
        elif t == "ul":
            out.append("\n".join(f"- {i}" for i in b[1]))
        elif t == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b[1], 1)))
        elif t == "tbl":
            out.append("\n".join(" | ".join(r) for r in b[1]))
    return "\n\n".join(out) + "\n"


def to_md(blocks, sep=": "):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"# {b[1]}")
        elif t == "h":
            out.append(f"## {b[1]}")
        elif t == "p":
            out.append(b[1].replace("\n", "  \n"))
        elif t == "kv":
            out.append(f"**{b[1]}**{sep}{b[2]}" if b[1] else b[2])
        elif t == "ul":
            out.append("\n".join(f"* {i}" for i in b[1]))
        elif t == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b[1], 1)))
        elif t == "tbl":
            rows = b[1]
            hdr = rows[0] if b[2] else ["Felt", "Indhold"][:len(rows[0])] + [""] * max(0, len(rows[0]) - 2)
            body = rows[1:] if b[2] else rows
            lines = ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
            lines += ["| " + " | ".join(r) + " |" for r in body]
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- html
def to_html(blocks, title, sep=": ", kvmode="table", style="plain", menu=None):
    e = _html.escape
    css = {
        "plain": "body{font-family:Arial,sans-serif;max-width:760px;margin:2em auto}",
        "portal": "body{font-family:Verdana,sans-serif;background:#f4f4f4}main{background:#fff;padding:1em 2em;"
                  "margin:1em auto;max-width:800px}td{padding:4px 10px;border-bottom:1px solid #ddd}th{text-align:left}",
        "mail": "body{font-family:Calibri,sans-serif;font-size:11pt}",
    }[style]
    parts = [f"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>{e(title)}</title>"
             f"<style>{css}</style></head><body>"]
    if menu:
        parts.append("<nav><ul>" + "".join(f"<li><a href=\"#\">{e(m)}</a></li>" for m in menu) + "</ul></nav>")
    parts.append("<main>")
    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b[0]
        if t == "title":
            parts.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            parts.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            parts.append("<p>" + "<br>".join(e(x) for x in b[1].split("\n")) + "</p>")
        elif t == "kv":
            if kvmode == "table":
                rows = []
                while i < len(blocks) and blocks[i][0] == "kv":
                    rows.append(f"<tr><th>{e(blocks[i][1])}</th><td>"
                                + "<br>".join(e(x) for x in blocks[i][2].split("\n")) + "</td></tr>")
                    i += 1
                parts.append("<table>" + "".join(rows) + "</table>")
                continue
            if kvmode == "dl":
                rows = []
                while i < len(blocks) and blocks[i][0] == "kv":
                    rows.append(f"<dt>{e(blocks[i][1])}</dt><dd>{e(blocks[i][2])}</dd>")
                    i += 1
                parts.append("<dl>" + "".join(rows) + "</dl>")
                continue
            parts.append(f"<p><b>{e(b[1])}</b>{e(sep)}{e(b[2])}</p>")
        elif t == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif t == "ol":
            parts.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ol>")
        elif t == "tbl":
            rows = b[1]
            h = ""
            if b[2]:
                h = "<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"
                rows = rows[1:]
            parts.append("<table border=\"1\">" + h + "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
        i += 1
    parts.append("</main></body></html>")
    return "\n".join(parts)


# ---------------------------------------------------------------- docx
def to_docx(blocks, path, sep=": ", kvmode="table", font="Calibri"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            if kvmode == "table":
                rows = []
                while i < len(blocks) and blocks[i][0] == "kv":
                    rows.append(blocks[i][1:])
                    i += 1
                tb = d.add_table(rows=len(rows), cols=2)
                tb.style = "Table Grid"
                for r, (lab, val) in enumerate(rows):
                    tb.cell(r, 0).text = lab
                    tb.cell(r, 1).text = val
                d.add_paragraph("")
                continue
            if kvmode == "stacked":
                p = d.add_paragraph()
                p.add_run(b[1]).bold = True
                d.add_paragraph(b[2])
            else:
                p = d.add_paragraph()
                if b[1]:
                    p.add_run(b[1] + sep.rstrip(" ") + (" " if sep.endswith(" ") else "")).bold = True
                p.add_run(b[2])
        elif t == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif t == "tbl":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    tb.cell(r, c).text = cell
            d.add_paragraph("")
        i += 1
    d.core_properties.author = ""
    d.save(str(path))


# ---------------------------------------------------------------- odt
def to_odt(blocks, path, sep=": ", kvmode="inline"):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span, List, ListItem, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)

    def para(text):
        p = P()
        lines = text.split("\n")
        for k, ln in enumerate(lines):
            if k:
                p.addElement(LineBreak())
            p.addText(ln)
        return p

    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b[0]
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif t == "p":
            doc.text.addElement(para(b[1]))
        elif t == "kv":
            if kvmode == "table":
                rows = []
                while i < len(blocks) and blocks[i][0] == "kv":
                    rows.append(blocks[i][1:])
                    i += 1
                tb = Table(name=f"T{i}")
                tb.addElement(TableColumn(numbercolumnsrepeated=2))
                for lab, val in rows:
                    tr = TableRow()
                    for c in (lab, val):
                        tc = TableCell()
                        tc.addElement(para(c))
                        tr.addElement(tc)
                    tb.addElement(tr)
                doc.text.addElement(tb)
                continue
            p = P()
            if b[1]:
                p.addElement(Span(stylename=bold, text=b[1] + sep))
            p.addText(b[2])
            doc.text.addElement(p)
        elif t in ("ul", "ol"):
            lst = List()
            for n, x in enumerate(b[1], 1):
                li = ListItem()
                li.addElement(P(text=(f"{n}. " if t == "ol" else "• ") + x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif t == "tbl":
            rows = b[1]
            tb = Table(name=f"T{i}")
            tb.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for row in rows:
                tr = TableRow()
                for c in row:
                    tc = TableCell()
                    tc.addElement(para(c))
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
        i += 1
    doc.save(str(path))


# ---------------------------------------------------------------- rtf
def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def to_rtf(blocks, sep=": "):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}\fs24"]
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(r"{\b\fs32 " + _rtf_esc(b[1]) + r"}\par\par")
        elif t == "h":
            out.append(r"{\b " + _rtf_esc(b[1]) + r"}\par")
        elif t == "p":
            out.append(_rtf_esc(b[1]) + r"\par\par")
        elif t == "kv":
            out.append((r"{\b " + _rtf_esc(b[1] + sep) + "}" if b[1] else "") + _rtf_esc(b[2]) + r"\par")
        elif t in ("ul", "ol"):
            for n, x in enumerate(b[1], 1):
                out.append(_rtf_esc((f"{n}. " if t == "ol" else "- ") + x) + r"\par")
            out.append(r"\par")
        elif t == "tbl":
            for row in b[1]:
                out.append(r"\trowd" + "".join(rf"\cellx{2800 * (k + 1)}" for k in range(len(row))))
                out.append("".join(r"\intbl " + _rtf_esc(c) + r"\cell" for c in row) + r"\row")
            out.append(r"\pard\par")
    out.append("}")
    return "\n".join(out)


# ---------------------------------------------------------------- pdf (reportlab)
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
    _FONTS_DONE = True


def to_pdf(blocks, path, sep=": ", kvmode="table", title="Dokument"):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    e = _html.escape
    ps = ParagraphStyle("n", fontName="DV", fontSize=10.5, leading=14, spaceAfter=6)
    ph = ParagraphStyle("h", fontName="DVB", fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
    pt = ParagraphStyle("t", fontName="DVB", fontSize=15, leading=19, spaceAfter=10)
    pc = ParagraphStyle("c", fontName="DV", fontSize=10, leading=13)
    pcb = ParagraphStyle("cb", fontName="DVB", fontSize=10, leading=13)
    story = []

    def P(text, st=ps):
        return Paragraph(e(text).replace("\n", "<br/>"), st)

    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b[0]
        if t == "title":
            story.append(P(b[1], pt))
        elif t == "h":
            story.append(P(b[1], ph))
        elif t == "p":
            story.append(P(b[1]))
        elif t == "kv":
            if kvmode == "table":
                rows = []
                while i < len(blocks) and blocks[i][0] == "kv":
                    rows.append([P(blocks[i][1], pcb), P(blocks[i][2], pc)])
                    i += 1
                tb = Table(rows, colWidths=[5 * cm, 11.5 * cm])
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story += [tb, Spacer(1, 8)]
                continue
            story.append(Paragraph(f"<font name=\"DVB\">{e(b[1] + sep)}</font>{e(b[2])}", ps) if b[1]
                         else P(b[2]))
        elif t in ("ul", "ol"):
            story.append(ListFlowable([ListItem(P(x)) for x in b[1]],
                                      bulletType="1" if t == "ol" else "bullet", leftIndent=14))
        elif t == "tbl":
            rows = [[P(c, pc) for c in r] for r in b[1]]
            tb = Table(rows)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [tb, Spacer(1, 8)]
        i += 1
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="",
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            invariant=1)
    doc.build(story)


# ---------------------------------------------------------------- eml
def to_eml(body, subject, sender, to, when: _dt.datetime, html_body=None):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{zlib.crc32((subject + sender).encode())}.{when:%Y%m%d}@mail.invalid>"
    m.set_content(body)
    if html_body:
        m.add_alternative(html_body, subtype="html")
    return m.as_bytes()


def write(path: Path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
