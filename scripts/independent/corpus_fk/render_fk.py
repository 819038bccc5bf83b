"""Renderers for corpus fk: one neutral block list -> docx, odt, pdf, html, txt, md, rtf, eml.

Block kinds:
  ("title", text)            document title
  ("meta", [lines])          letterhead / information lines
  ("h", text)                section heading
  ("hb", text)               heading made by bolding a short paragraph (docx/odt) -- plain elsewhere
  ("p", text)                paragraph
  ("kv", label, value)       "Label: value" paragraph
  ("table", rows, header)    rows of cells; header True = first row is a header row
  ("ul", [items]) / ("ol", [items])
  ("sig", [lines])           signature lines
"""
from __future__ import annotations

import html as _html
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
import datetime as _dt


# ---------------------------------------------------------------- docx
def to_docx(blocks, path: Path, variant: int = 0):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri" if variant % 2 == 0 else "Arial"
    st.font.size = Pt(11)
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=0 if variant % 3 == 0 else 1)
        elif k == "meta":
            for line in b[1]:
                doc.add_paragraph(line)
        elif k == "h":
            doc.add_heading(b[1], level=2)
        elif k == "hb":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "kv":
            p = doc.add_paragraph()
            p.add_run(b[1] + ":").bold = True
            p.add_run(" " + b[2])
        elif k == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(c)
                    if (b[2] and i == 0) or (not b[2] and j == 0 and ncol == 2):
                        run.bold = True
            doc.add_paragraph("")
        elif k == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif k == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif k == "sig":
            doc.add_paragraph("")
            for line in b[1]:
                doc.add_paragraph(line)
    doc.core_properties.author = "fk"
    doc.core_properties.created = _dt.datetime(2026, 1, 1)
    doc.core_properties.modified = _dt.datetime(2026, 1, 1)
    doc.save(str(path))


# ---------------------------------------------------------------- odt
def to_odt(blocks, path: Path, variant: int = 0):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    tcount = 0
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif k == "meta":
            for line in b[1]:
                doc.text.addElement(P(text=line))
        elif k == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k == "hb":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1]))
            doc.text.addElement(p)
        elif k == "p":
            doc.text.addElement(P(text=b[1]))
        elif k == "kv":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1] + ":"))
            p.addText(" " + b[2])
            doc.text.addElement(p)
        elif k == "table":
            tcount += 1
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = Table(name=f"Tabel{tcount}")
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for i, r in enumerate(rows):
                tr = TableRow()
                for j in range(ncol):
                    c = r[j] if j < len(r) else ""
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        elif k in ("ul", "ol"):
            lst = List()
            for it in b[1]:
                li = ListItem()
                li.addElement(P(text=it))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif k == "sig":
            doc.text.addElement(P(text=""))
            for line in b[1]:
                doc.text.addElement(P(text=line))
    doc.save(str(path))


# ---------------------------------------------------------------- pdf
_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    _FONTS_DONE = True


def to_pdf(blocks, path: Path, variant: int = 0):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    _fonts()
    base = ParagraphStyle("b", fontName="DV", fontSize=10.5, leading=14, spaceAfter=6)
    title = ParagraphStyle("t", parent=base, fontName="DVB", fontSize=16, leading=20, spaceAfter=10)
    head = ParagraphStyle("h", parent=base, fontName="DVB", fontSize=12, leading=16, spaceBefore=6)
    bul = ParagraphStyle("u", parent=base, leftIndent=14, bulletIndent=4)
    esc = lambda s: _html.escape(s, quote=False)
    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(esc(b[1]), title))
        elif k == "meta":
            for line in b[1]:
                story.append(Paragraph(esc(line), base))
            story.append(Spacer(1, 6))
        elif k in ("h", "hb"):
            story.append(Paragraph(esc(b[1]), head))
        elif k == "p":
            story.append(Paragraph(esc(b[1]), base))
        elif k == "kv":
            story.append(Paragraph(f"<font name='DVB'>{esc(b[1])}:</font> {esc(b[2])}", base))
        elif k == "table":
            rows = [[Paragraph(esc(c), base) for c in r] for r in b[1]]
            ncol = max(len(r) for r in rows)
            widths = [5 * cm, 11 * cm] if ncol == 2 else [16 * cm / ncol] * ncol
            t = Table(rows, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "ul":
            for it in b[1]:
                story.append(Paragraph(esc(it), bul, bulletText="•"))
        elif k == "ol":
            for i, it in enumerate(b[1], 1):
                story.append(Paragraph(esc(it), bul, bulletText=f"{i}."))
        elif k == "sig":
            story.append(Spacer(1, 12))
            for line in b[1]:
                story.append(Paragraph(esc(line), base))
    d = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm, title="", author="",
                          invariant=1)
    d.build(story)


# ---------------------------------------------------------------- html
def to_html(blocks, variant: int = 0) -> str:
    e = lambda s: _html.escape(s)
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">']
    t = next((b[1] for b in blocks if b[0] == "title"), "Dokument")
    out.append(f"<title>{e(t)}</title>")
    out.append("<style>body{font-family:Arial,sans-serif;max-width:46em}td{border:1px solid #999;padding:4px}</style></head><body>")
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "meta":
            out.append("<div class=\"meta\">" + "<br>".join(e(x) for x in b[1]) + "</div>")
        elif k == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "hb":
            out.append(f"<p><strong>{e(b[1])}</strong></p>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "kv":
            out.append(f"<p><b>{e(b[1])}:</b> {e(b[2])}</p>")
        elif k == "table":
            out.append("<table>")
            for i, r in enumerate(b[1]):
                tag = "th" if (b[2] and i == 0) else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            out.append("</table>")
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{k}>")
        elif k == "sig":
            out.append("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- txt / md
def to_txt(blocks, variant: int = 0) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(b[1].upper() if variant % 2 == 0 else b[1])
            if variant % 2:
                out.append("=" * len(b[1]))
        elif k == "meta":
            out.append("\n".join(b[1]))
        elif k in ("h", "hb"):
            out.append(b[1] if variant % 3 else b[1].upper())
        elif k == "p":
            out.append(b[1])
        elif k == "kv":
            out.append(f"{b[1]}: {b[2]}")
        elif k == "table":
            rows = b[1]
            if variant % 2 == 0:
                w = max(len(r[0]) for r in rows) + 2
                out.append("\n".join(r[0].ljust(w) + "  ".join(r[1:]) if len(r) > 1 else r[0] for r in rows))
            else:
                out.append("\n".join(" | ".join(r) for r in rows))
        elif k == "ul":
            out.append("\n".join(("- " if variant % 2 else "* ") + x for x in b[1]))
        elif k == "ol":
            out.append("\n".join(f"{i}) {x}" for i, x in enumerate(b[1], 1)))
        elif k == "sig":
            out.append("\n".join(b[1]))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_md(blocks, variant: int = 0) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append("# " + b[1])
        elif k == "meta":
            out.append("  \n".join(b[1]))
        elif k in ("h", "hb"):
            out.append("## " + b[1])
        elif k == "p":
            out.append(b[1])
        elif k == "kv":
            out.append(f"**{b[1]}:** {b[2]}")
        elif k == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            if b[2]:
                head, body = rows[0], rows[1:]
            else:
                head, body = [""] * ncol, rows
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "---|" * ncol)
            for r in body:
                out.append("| " + " | ".join(r) + " |")
        elif k == "ul":
            out.append("\n".join("- " + x for x in b[1]))
        elif k == "ol":
            out.append("\n".join(f"{i}. {x}" for i, x in enumerate(b[1], 1)))
        elif k == "sig":
            out.append("  \n".join(b[1]))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- rtf
def _rtf_esc(s: str) -> str:
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            o.append(f"\\u{c if c < 32768 else c - 65536}?")
    return "".join(o)


def to_rtf(blocks, variant: int = 0) -> str:
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22"]
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(r"{\pard\b\fs32 " + _rtf_esc(b[1]) + r"\par}")
        elif k == "meta":
            for line in b[1]:
                out.append(r"{\pard " + _rtf_esc(line) + r"\par}")
        elif k in ("h", "hb"):
            out.append(r"{\pard\b\fs24 " + _rtf_esc(b[1]) + r"\par}")
        elif k == "p":
            out.append(r"{\pard " + _rtf_esc(b[1]) + r"\par}")
        elif k == "kv":
            out.append(r"{\pard{\b " + _rtf_esc(b[1]) + r":} " + _rtf_esc(b[2]) + r"\par}")
        elif k == "table":
            for r in b[1]:
                row = [r"\trowd\trgaph108"]
                for j in range(len(r)):
                    row.append(rf"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx{(j + 1) * (9000 // len(r))}")
                row.append(" ".join(r"\pard\intbl " + _rtf_esc(c) + r"\cell" for c in r))
                row.append(r"\row")
                out.append("".join(row))
            out.append(r"\pard\par")
        elif k in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                mark = "\\bullet" if k == "ul" else f"{i}."
                out.append(r"{\pard\li360 " + mark + " " + _rtf_esc(it) + r"\par}")
        elif k == "sig":
            out.append(r"{\pard\par}")
            for line in b[1]:
                out.append(r"{\pard " + _rtf_esc(line) + r"\par}")
    out.append("}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- eml
def to_eml(blocks, sender: str, to: str, date: _dt.date, intro: str = "", html: bool = False,
           outro: str = "") -> bytes:
    msg = EmailMessage()
    title = next((b[1] for b in blocks if b[0] == "title"), "Mentorstøtte")
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = title
    msg["Date"] = format_datetime(_dt.datetime(date.year, date.month, date.day, 9, 30,
                                               tzinfo=_dt.timezone(_dt.timedelta(hours=1))))
    import hashlib
    msg["Message-ID"] = f"<{hashlib.sha1((title + str(date)).encode()).hexdigest()[:16]}.fk@example.invalid>"
    body_blocks = [b for b in blocks if b[0] != "title"]
    text = (intro + "\n\n" if intro else "") + to_txt(body_blocks, 1) + ("\n" + outro + "\n" if outro else "")
    msg.set_content(text)
    if html:
        msg.add_alternative(to_html(blocks), subtype="html")
        msg.set_boundary("==fk-" + msg["Message-ID"].strip("<>").split(".")[0] + "==")
    return bytes(msg)


def _normalise_zip(path: Path):
    """Fixed timestamps inside DOCX/ODT packages so that the corpus is byte-for-byte reproducible."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename == "meta.xml":
                data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?", b"2026-01-01T00:00:00", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


def write(blocks, fmt: str, path: Path, variant: int = 0, eml=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "docx":
        to_docx(blocks, path, variant)
        _normalise_zip(path)
    elif fmt == "odt":
        to_odt(blocks, path, variant)
        _normalise_zip(path)
    elif fmt == "pdf":
        to_pdf(blocks, path, variant)
    elif fmt == "html":
        path.write_text(to_html(blocks, variant), encoding="utf-8")
    elif fmt == "txt":
        path.write_text(to_txt(blocks, variant), encoding="utf-8")
    elif fmt == "md":
        path.write_text(to_md(blocks, variant), encoding="utf-8")
    elif fmt == "rtf":
        path.write_text(to_rtf(blocks, variant), encoding="ascii")
    elif fmt == "eml":
        path.write_bytes(to_eml(blocks, **eml))
    else:
        raise ValueError(fmt)
