"""Renderers for corpus JD: one small block model, written out as docx, odt, html, md, txt,
rtf, pdf (reportlab or LibreOffice) and eml.

Block model (a list of tuples):
  ("title", text)            document title
  ("h", text)                heading
  ("bh", text)               bold short line used as a heading (letters do this)
  ("p", text)                paragraph (may contain "\n" line breaks)
  ("kv", label, value)       "Label: value" on one line (label in bold where the format allows)
  ("li", text)               bullet item
  ("table", rows)            rows of cells (first row may be a header)
  ("sig", text)              signature lines (paragraph, "\n" breaks)
"""

from __future__ import annotations

import html as _html
import zlib
import subprocess
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path


# ---------------------------------------------------------------- plain text / markdown

def to_txt(blocks, style="plain"):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(b[1].upper() if style == "caps" else b[1])
            if style != "caps":
                out.append("=" * min(len(b[1]), 60))
        elif t in ("h", "bh"):
            out.append(b[1] if style != "caps" else b[1].upper())
        elif t == "p" or t == "sig":
            out.append(b[1])
        elif t == "kv":
            out.append(f"{b[1]}: {b[2]}" if not b[1].endswith(("?", ":")) else f"{b[1]} {b[2]}")
        elif t == "li":
            out.append(f"- {b[1]}")
        elif t == "table":
            for row in b[1]:
                out.append("\t".join(c.replace("\n", " ") for c in row))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_md(blocks):
    out = []
    prev = None
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"# {b[1]}\n")
        elif t == "h":
            out.append(f"## {b[1]}\n")
        elif t == "bh":
            out.append(f"**{b[1]}**\n")
        elif t in ("p", "sig"):
            out.append(b[1].replace("\n", "  \n") + "\n")
        elif t == "kv":
            sep = " " if b[1].endswith(("?", ":")) else ": "
            out.append(f"**{b[1]}**{sep}{b[2]}\n")
        elif t == "li":
            if prev != "li":
                pass
            out.append(f"- {b[1]}")
        elif t == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |")
            out.append("")
        if t != "li" and prev == "li":
            out.insert(len(out) - 1, "")
        prev = t
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- html

def to_html(blocks, title="Dokument", css=True):
    e = _html.escape
    body = []
    in_list = False
    for b in blocks:
        t = b[0]
        if t != "li" and in_list:
            body.append("</ul>")
            in_list = False
        if t == "title":
            body.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            body.append(f"<h2>{e(b[1])}</h2>")
        elif t == "bh":
            body.append(f"<p><strong>{e(b[1])}</strong></p>")
        elif t in ("p", "sig"):
            body.append("<p>" + "<br>".join(e(x) for x in b[1].split("\n")) + "</p>")
        elif t == "kv":
            sep = " " if b[1].endswith(("?", ":")) else ": "
            body.append(f"<p><b>{e(b[1])}</b>{sep}{e(b[2])}</p>")
        elif t == "li":
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{e(b[1])}</li>")
        elif t == "table":
            rows = b[1]
            body.append('<table border="1" cellpadding="4">')
            for r in rows:
                body.append("<tr>" + "".join("<td>" + "<br>".join(e(x) for x in c.split("\n")) + "</td>"
                                              for c in r) + "</tr>")
            body.append("</table>")
    if in_list:
        body.append("</ul>")
    style = ("<style>body{font-family:Arial,sans-serif;max-width:720px;margin:2em auto}"
             "td{vertical-align:top}</style>") if css else ""
    return ("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
            f"<title>{e(title)}</title>{style}</head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n")


# ---------------------------------------------------------------- docx

def to_docx(blocks, path: Path, font="Calibri"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "bh":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif t in ("p", "sig"):
            p = d.add_paragraph()
            lines = b[1].split("\n")
            for i, line in enumerate(lines):
                r = p.add_run(line)
                if i < len(lines) - 1:
                    r.add_break()
        elif t == "kv":
            p = d.add_paragraph()
            p.add_run(b[1] + ("" if b[1].endswith(("?", ":")) else ":")).bold = True
            p.add_run(" " + b[2])
        elif t == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif t == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tb.cell(i, j)
                    lines = c.split("\n")
                    cell.paragraphs[0].text = lines[0]
                    for line in lines[1:]:
                        cell.add_paragraph(line)
            d.add_paragraph()
    d.core_properties.author = "Sagsbehandler"
    d.core_properties.created = datetime(2026, 10, 1, tzinfo=timezone.utc)
    d.core_properties.modified = datetime(2026, 10, 1, tzinfo=timezone.utc)
    d.save(str(path))


# ---------------------------------------------------------------- odt

def to_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem, LineBreak, Span
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)

    def para(text, element=None):
        p = element if element is not None else P()
        lines = text.split("\n")
        for i, line in enumerate(lines):
            p.addText(line)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        return p

    cur_list = None
    for b in blocks:
        t = b[0]
        if t != "li":
            cur_list = None
        if t == "title":
            doc.text.addElement(para(b[1], H(outlinelevel=1)))
        elif t == "h":
            doc.text.addElement(para(b[1], H(outlinelevel=2)))
        elif t == "bh":
            p = P()
            s = Span(stylename=bold)
            s.addText(b[1])
            p.addElement(s)
            doc.text.addElement(p)
        elif t in ("p", "sig"):
            doc.text.addElement(para(b[1]))
        elif t == "kv":
            p = P()
            s = Span(stylename=bold)
            s.addText(b[1] + ("" if b[1].endswith(("?", ":")) else ":"))
            p.addElement(s)
            p.addText(" " + b[2])
            doc.text.addElement(p)
        elif t == "li":
            if cur_list is None:
                cur_list = List()
                doc.text.addElement(cur_list)
            li = ListItem()
            li.addElement(para(b[1]))
            cur_list.addElement(li)
        elif t == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            tb = Table()
            tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    for line in c.split("\n"):
                        tc.addElement(para(line))
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
    doc.save(str(path))


# ---------------------------------------------------------------- rtf

def _rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def to_rtf(blocks) -> str:
    e = _rtf_escape
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}\f1\fs22 "]
    for b in blocks:
        t = b[0]
        if t == "title":
            parts.append(r"{\b\fs32 " + e(b[1]) + r"}\par\par ")
        elif t in ("h", "bh"):
            parts.append(r"{\b\fs24 " + e(b[1]) + r"}\par ")
        elif t in ("p", "sig"):
            parts.append(e(b[1]) + r"\par\par ")
        elif t == "kv":
            lab = b[1] + ("" if b[1].endswith(("?", ":")) else ":")
            parts.append(r"{\b " + e(lab) + "} " + e(b[2]) + r"\par ")
        elif t == "li":
            parts.append(r"\bullet  " + e(b[1]) + r"\par ")
        elif t == "table":
            for r in b[1]:
                n = len(r)
                row = r"\trowd\trgaph108"
                for j in range(n):
                    row += r"\cellx%d" % (int(9000 / n) * (j + 1))
                row += " " + "".join(r"\pard\intbl " + e(c) + r"\cell " for c in r) + r"\row "
                parts.append(row)
            parts.append(r"\pard\par ")
    parts.append("}")
    return "".join(parts)


# ---------------------------------------------------------------- pdf (reportlab)

def to_pdf_reportlab(blocks, path: Path, title="Dokument"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    import os

    font, fontb = "Helvetica", "Helvetica-Bold"
    for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if os.path.exists(cand):
            try:
                pdfmetrics.registerFont(TTFont("DV", cand))
                pdfmetrics.registerFont(TTFont("DVB", cand.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")))
                font, fontb = "DV", "DVB"
            except Exception:
                pass
    ss = getSampleStyleSheet()
    for s in ss.byName.values():
        if hasattr(s, "fontName"):
            s.fontName = fontb if "Heading" in s.name or s.name == "Title" else font
    e = _html.escape
    story = []
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(e(b[1]), ss["Heading1"]))
        elif t == "h":
            story.append(Paragraph(e(b[1]), ss["Heading2"]))
        elif t == "bh":
            story.append(Paragraph(f"<b>{e(b[1])}</b>", ss["Normal"]))
            story.append(Spacer(1, 2 * mm))
        elif t in ("p", "sig"):
            story.append(Paragraph("<br/>".join(e(x) for x in b[1].split("\n")), ss["Normal"]))
            story.append(Spacer(1, 3 * mm))
        elif t == "kv":
            sep = " " if b[1].endswith(("?", ":")) else ": "
            story.append(Paragraph(f"<b>{e(b[1])}</b>{sep}{e(b[2])}", ss["Normal"]))
            story.append(Spacer(1, 2 * mm))
        elif t == "li":
            story.append(Paragraph("• " + e(b[1]), ss["Normal"]))
        elif t == "table":
            rows = [[Paragraph("<br/>".join(e(x) for x in c.split("\n")), ss["Normal"]) for c in r]
                    for r in b[1]]
            ncol = max(len(r) for r in rows)
            widths = [170 * mm / ncol] * ncol if ncol != 2 else [55 * mm, 115 * mm]
            tb = Table(rows, colWidths=widths)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 4 * mm))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="", invariant=1,
                            leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build(story)


def soffice_to_pdf(docx_paths, outdir: Path):
    """Convert docx files to pdf with LibreOffice (own profile), in one call."""
    if not docx_paths:
        return
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_jd_profile", "--headless",
           "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ---------------------------------------------------------------- eml

def to_eml(blocks, sender, to, subject, date: datetime, html_too=False) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{zlib.crc32(subject.encode())}.{date.strftime('%Y%m%d')}@mail.example.dk>"
    body = [b for b in blocks if b[0] != "title"]
    m.set_content(to_txt(body))
    if html_too:
        m.add_alternative(to_html(body, subject, css=False), subtype="html")
    return bytes(m)
