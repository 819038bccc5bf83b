"""Renderers for corpus CT: one small document model written to docx, odt, pdf, html, txt and eml.

A document is a dict: title, blocks, and optional header/footer/sender/date/meta. Blocks:
  ("h", level, text)         heading
  ("p", text)                paragraph
  ("ul", [items]) / ("ol", [items])
  ("kv", [(label, value), ...])   label/value rows (a table in office formats)
  ("table", [header cells], [[cells], ...])
"""

from __future__ import annotations

import email.utils
import hashlib
import html
import textwrap
from email.message import EmailMessage
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------- txt
def to_text(doc: dict, wrap: int = 0, heading_style: str = "underline") -> str:
    out: list[str] = []

    def para(t: str) -> None:
        if wrap:
            out.extend(textwrap.wrap(t, wrap) or [""])
        else:
            out.append(t)

    if doc.get("header"):
        out += [doc["header"], ""]
    if doc.get("sender"):
        out += doc["sender"].split("\n") + [""]
    if doc.get("title"):
        t = doc["title"]
        out.append("# " + t if heading_style == "hash" else t.upper() if heading_style == "caps" else t)
        if heading_style == "underline":
            out.append("=" * len(t))
        out.append("")
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            t = b[2]
            if heading_style == "hash":
                out.append("#" * (b[1] + 1) + " " + t)
            elif heading_style == "caps":
                out.append(t.upper())
            else:
                out.append(t)
                out.append("-" * len(t))
        elif kind == "p":
            for line in b[1].split("\n"):
                para(line)
        elif kind in ("ul", "ol"):
            for i, item in enumerate(b[1], 1):
                mark = f"{i}. " if kind == "ol" else "- "
                if wrap:
                    lines = textwrap.wrap(item, wrap - len(mark)) or [""]
                    out.append(mark + lines[0])
                    out.extend(" " * len(mark) + ln for ln in lines[1:])
                else:
                    out.append(mark + item)
        elif kind == "kv":
            for label, value in b[1]:
                para(f"{label}: {value}" if value else f"{label}:")
        elif kind == "table":
            out.append(" | ".join(b[1]))
            for row in b[2]:
                out.append(" | ".join(row))
        out.append("")
    if doc.get("footer"):
        out += ["", doc["footer"]]
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- docx
def to_docx(doc: dict, path: Path, bold_headings: bool = False) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    sec = d.sections[0]
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = doc["footer"]
    if doc.get("sender"):
        for line in doc["sender"].split("\n"):
            d.add_paragraph(line)
    if doc.get("title"):
        if bold_headings:
            r = d.add_paragraph().add_run(doc["title"])
            r.bold = True
            r.font.size = Pt(16)
        else:
            d.add_heading(doc["title"], level=1)
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            if bold_headings:
                d.add_paragraph().add_run(b[2]).bold = True
            else:
                d.add_heading(b[2], level=min(b[1] + 1, 3))
        elif kind == "p":
            p = d.add_paragraph()
            lines = b[1].split("\n")
            for i, line in enumerate(lines):
                run = p.add_run(line)
                if i < len(lines) - 1:
                    run.add_break()
        elif kind == "ul":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                d.add_paragraph(item, style="List Number")
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for label, value in b[1]:
                cells = t.add_row().cells
                cells[0].text = label
                cells[1].text = value
            d.add_paragraph("")
        elif kind == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for row in b[2]:
                for c, v in zip(t.add_row().cells, row):
                    c.text = v
            d.add_paragraph("")
    d.core_properties.author = doc.get("author", "")
    d.save(str(path))


# ---------------------------------------------------------------- odt
def to_odt(doc: dict, path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P

    o = OpenDocumentText()
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)
    if doc.get("sender"):
        for line in doc["sender"].split("\n"):
            o.text.addElement(P(text=line))
    if doc.get("header"):
        o.text.addElement(P(text=doc["header"]))
    if doc.get("title"):
        o.text.addElement(H(outlinelevel=1, text=doc["title"]))
    n = 0
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            o.text.addElement(H(outlinelevel=b[1] + 1, text=b[2]))
        elif kind == "p":
            for line in b[1].split("\n"):
                o.text.addElement(P(text=line))
        elif kind in ("ul", "ol"):
            lst = List()
            for i, item in enumerate(b[1], 1):
                li = ListItem()
                li.addElement(P(text=(f"{i}. " if kind == "ol" else "• ") + item))
                lst.addElement(li)
            o.text.addElement(lst)
        elif kind in ("kv", "table"):
            n += 1
            rows = [list(r) for r in b[1]] if kind == "kv" else [b[1]] + [list(r) for r in b[2]]
            t = Table(name=f"Tabel{n}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for row in rows:
                tr = TableRow()
                for cell in row:
                    tc = TableCell()
                    tc.addElement(P(text=cell))
                    tr.addElement(tc)
                t.addElement(tr)
            o.text.addElement(t)
    if doc.get("footer"):
        o.text.addElement(P(text=doc["footer"]))
    o.save(str(path))


# ---------------------------------------------------------------- pdf
_FONTS_DONE = False


def _fonts() -> None:
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    _FONTS_DONE = True


def to_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table

    _fonts()
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13, spaceAfter=5)
    hs = {1: ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, spaceAfter=8),
          2: ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4),
          3: ParagraphStyle("h3", fontName="DVB", fontSize=10, leading=13, spaceAfter=3)}
    cell = ParagraphStyle("c", fontName="DV", fontSize=9.5, leading=12)
    e = html.escape
    story = []
    if doc.get("sender"):
        story.append(Paragraph("<br/>".join(e(x) for x in doc["sender"].split("\n")), body))
        story.append(Spacer(1, 6 * mm))
    if doc.get("title"):
        story.append(Paragraph(e(doc["title"]), hs[1]))
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            story.append(Paragraph(e(b[2]), hs[min(b[1] + 1, 3)]))
        elif kind == "p":
            story.append(Paragraph("<br/>".join(e(x) for x in b[1].split("\n")), body))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(e(x), body)) for x in b[1]]
            story.append(ListFlowable(items, bulletType="1" if kind == "ol" else "bullet",
                                      bulletFontName="DV", start=None if kind == "ol" else "•"))
        elif kind in ("kv", "table"):
            rows = [list(r) for r in b[1]] if kind == "kv" else [b[1]] + [list(r) for r in b[2]]
            data = [[Paragraph(e(c), cell) for c in r] for r in rows]
            ncol = len(rows[0])
            widths = [45 * mm, 120 * mm] if kind == "kv" else [165 * mm / ncol] * ncol
            t = Table(data, colWidths=widths)
            t.setStyle([("GRID", (0, 0), (-1, -1), 0.4, "#888888"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            story.append(t)
            story.append(Spacer(1, 4 * mm))

    header, footer = doc.get("header"), doc.get("footer")

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont("DV", 8)
        if header:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
        if footer:
            canvas.drawString(20 * mm, 12 * mm, footer)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Side {d.page}")
        canvas.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=20 * mm, bottomMargin=20 * mm, title=doc.get("title", ""),
                           author=doc.get("author", ""), invariant=1)
    sd.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- html
def to_html(doc: dict, style: str = "plain", script: bool = False) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
             f"<title>{e(doc.get('title', ''))}</title>"]
    if script:
        parts.append("<script>window.dataLayer=window.dataLayer||[];function track(e){dataLayer.push"
                     "({event:e,felt:'mentor opgaver timer periode'})}</script>")
    parts.append("</head><body>")
    if style == "portal":
        parts.append('<div class="page"><div class="topbar"><a href="/">Forside</a> &gt; '
                     '<a href="/sager">Sager</a></div><div class="content"><div class="panel">')
    if doc.get("header"):
        parts.append(f'<div class="hdr">{e(doc["header"])}</div>')
    if doc.get("sender"):
        parts.append("<address>" + "<br>".join(e(x) for x in doc["sender"].split("\n")) + "</address>")
    if doc.get("title"):
        parts.append(f"<h1>{e(doc['title'])}</h1>")
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            lvl = min(b[1] + 1, 4)
            parts.append(f"<h{lvl}>{e(b[2])}</h{lvl}>")
        elif kind == "p":
            parts.append("<p>" + "<br>".join(e(x) for x in b[1].split("\n")) + "</p>")
        elif kind in ("ul", "ol"):
            parts.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{kind}>")
        elif kind == "kv":
            if style == "portal":
                parts.append("<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in b[1]) + "</dl>")
            else:
                parts.append("<table>" + "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>"
                                                 for k, v in b[1]) + "</table>")
        elif kind == "table":
            parts.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr></thead><tbody>"
                         + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2])
                         + "</tbody></table>")
    if doc.get("footer"):
        parts.append(f'<footer>{e(doc["footer"])}</footer>')
    if style == "portal":
        parts.append("</div></div></div>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------- eml
def to_eml(doc: dict, frm: str, to: str, subject: str, date, quoted: str = "", signature: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date)
    msg["Message-ID"] = f"<{hashlib.sha1((subject + frm).encode()).hexdigest()[:12]}.ct@mail.local>"
    body = to_text({**doc, "title": None}, heading_style="caps")
    if signature:
        body += "\n" + signature + "\n"
    if quoted:
        body += "\n" + "\n".join("> " + ln for ln in quoted.split("\n")) + "\n"
    msg.set_content(body)
    return bytes(msg)
