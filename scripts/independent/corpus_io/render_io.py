"""Renderers for corpus IO: one block list -> docx, pdf, html, txt, md, odt, rtf, eml.

Blocks:
  ("title", text)            document title
  ("h", text)                heading (often a question)
  ("hb", text)               heading written as a bold paragraph (letters made in Word by hand)
  ("p", text)                paragraph (may contain "\n" for line breaks)
  ("ul", [items])            bullet list
  ("box", [lines])           framed summary box ("Kort fortalt")
  ("table", [[cells]])       table, first row is not special
  ("bi", [[da, other]])      bilingual rows: Danish cell beside a translation cell
  ("pic", text)              a picture, described in text
"""
from __future__ import annotations

import html as _html
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path


def _lines_txt(blocks, md=False):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(("# " if md else "") + b[1])
            if not md:
                out.append("=" * min(len(b[1]), 60))
        elif k in ("h", "hb"):
            out.append(("## " if md else "") + b[1])
        elif k == "p":
            out.append(b[1] if not md else b[1].replace("\n", "  \n"))
        elif k == "ul":
            out.append("\n".join(("- " if md else "• ") + it for it in b[1]))
        elif k == "box":
            if md:
                out.append("\n".join("> " + ln for ln in b[1]))
            else:
                w = max(len(x) for x in b[1]) + 4
                out.append("\n".join(["+" + "-" * (w - 2) + "+"] + ["| " + ln for ln in b[1]]
                                     + ["+" + "-" * (w - 2) + "+"]))
        elif k == "table":
            if md:
                rows = b[1]
                ncol = max(len(r) for r in rows)
                rr = [r + [""] * (ncol - len(r)) for r in rows]
                s = ["| " + " | ".join(c.replace("\n", "<br>") for c in rr[0]) + " |",
                     "|" + "---|" * ncol]
                s += ["| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |" for r in rr[1:]]
                out.append("\n".join(s))
            else:
                out.append("\n".join("\t".join(c.replace("\n", " ") for c in r) for r in b[1]))
        elif k == "bi":
            for da, other in b[1]:
                out.append(da)
                out.append("\n".join("    " + ln for ln in other.split("\n")))
        elif k == "pic":
            out.append(f"[Billede: {b[1]}]")
    return "\n\n".join(out) + "\n"


def to_txt(blocks, path: Path):
    path.write_text(_lines_txt(blocks), encoding="utf-8")


def to_md(blocks, path: Path):
    path.write_text(_lines_txt(blocks, md=True), encoding="utf-8")


def _esc(s):
    return _html.escape(s).replace("\n", "<br>\n")


def html_body(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{_esc(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{_esc(b[1])}</h2>")
        elif k == "hb":
            out.append(f"<p><strong>{_esc(b[1])}</strong></p>")
        elif k == "p":
            out.append(f"<p>{_esc(b[1])}</p>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "box":
            out.append('<div class="kort-fortalt" style="border:2px solid #2a6; padding:8px">'
                       + "".join(f"<p>{_esc(x)}</p>" for x in b[1]) + "</div>")
        elif k == "table":
            out.append("<table border=\"1\">" + "".join(
                "<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
                + "</table>")
        elif k == "bi":
            rows = []
            for da, other in b[1]:
                rows.append(f'<tr><td lang="da">{_esc(da)}</td>'
                            f'<td lang="xx" dir="auto">{_esc(other)}</td></tr>')
            out.append('<table class="tosproget">' + "".join(rows) + "</table>")
        elif k == "pic":
            out.append(f'<p class="billede"><img src="mentor.png" alt="{_html.escape(b[1])}">'
                       f"<br><em>Billede: {_esc(b[1])}</em></p>")
    return "\n".join(out)


def to_html(blocks, path: Path, title="Dokument"):
    doc = ("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
           f"<title>{_html.escape(title)}</title></head><body>\n"
           + html_body(blocks) + "\n</body></html>\n")
    path.write_text(doc, encoding="utf-8")


def to_docx(blocks, path: Path):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(12)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k == "hb":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
        elif k == "p":
            p = d.add_paragraph()
            parts = b[1].split("\n")
            for i, part in enumerate(parts):
                run = p.add_run(part)
                if i < len(parts) - 1:
                    run.add_break()
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "box":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            c.paragraphs[0].add_run(b[1][0]).bold = True
            for ln in b[1][1:]:
                c.add_paragraph(ln)
            d.add_paragraph()
        elif k in ("table", "bi"):
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.rows[i].cells[j]
                    lines = c.split("\n")
                    cell.paragraphs[0].add_run(lines[0])
                    for ln in lines[1:]:
                        cell.add_paragraph(ln)
            d.add_paragraph()
        elif k == "pic":
            p = d.add_paragraph()
            p.add_run(f"[Billede: {b[1]}]").italic = True
    d.save(str(path))


_FONT_DONE = False


def _fonts():
    global _FONT_DONE
    if _FONT_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold",
                                   "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    _FONT_DONE = True


def to_pdf(blocks, path: Path, title="Dokument"):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    base = ParagraphStyle("b", fontName="DejaVu", fontSize=12, leading=17, spaceAfter=8)
    h1 = ParagraphStyle("h1", parent=base, fontName="DejaVu-Bold", fontSize=18, leading=22)
    h2 = ParagraphStyle("h2", parent=base, fontName="DejaVu-Bold", fontSize=14, leading=18,
                        spaceBefore=6)
    cellst = ParagraphStyle("c", parent=base, fontSize=11, leading=14, spaceAfter=2)

    def P(t, s=base):
        return Paragraph(_html.escape(t).replace("\n", "<br/>"), s)

    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(P(b[1], h1))
        elif k in ("h", "hb"):
            story.append(P(b[1], h2))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "ul":
            for it in b[1]:
                story.append(P("• " + it))
        elif k == "box":
            t = Table([[[P(x, cellst) for x in b[1]]]], colWidths=[16 * cm])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.green),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef8ee"))]))
            story += [t, Spacer(1, 8)]
        elif k in ("table", "bi"):
            rows = b[1]
            ncol = max(len(r) for r in rows)
            data = [[P(c, cellst) for c in r] + [""] * (ncol - len(r)) for r in rows]
            t = Table(data, colWidths=[16 * cm / ncol] * ncol)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif k == "pic":
            story.append(P(f"[Billede: {b[1]}]"))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Kommunen",
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    doc.build(story)


def to_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)

    def para(text):
        p = P()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            p.addText(ln)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        return p

    for b in blocks:
        k = b[0]
        if k == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif k == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif k == "hb":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1]))
            doc.text.addElement(p)
        elif k == "p":
            doc.text.addElement(para(b[1]))
        elif k == "ul":
            for it in b[1]:
                doc.text.addElement(para("• " + it))
        elif k == "pic":
            doc.text.addElement(para(f"[Billede: {b[1]}]"))
        elif k in ("box", "table", "bi"):
            rows = [[ "\n".join(b[1]) ]] if k == "box" else b[1]
            ncol = max(len(r) for r in rows)
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for r in rows:
                tr = TableRow()
                for c in r + [""] * (ncol - len(r)):
                    tc = TableCell()
                    for ln in c.split("\n"):
                        tc.addElement(P(text=ln))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


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
        elif o < 65536:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append("?")
    return "".join(out)


def to_rtf(blocks, path: Path):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\f0\fs24 "]
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(r"{\b\fs36 " + _rtf_esc(b[1]) + r"}\par ")
        elif k in ("h", "hb"):
            out.append(r"{\b\fs28 " + _rtf_esc(b[1]) + r"}\par ")
        elif k == "p":
            out.append(_rtf_esc(b[1]) + r"\par ")
        elif k == "ul":
            for it in b[1]:
                out.append(_rtf_esc("• " + it) + r"\par ")
        elif k == "pic":
            out.append(r"{\i " + _rtf_esc(f"[Billede: {b[1]}]") + r"}\par ")
        elif k in ("box", "table", "bi"):
            rows = [["\n".join(b[1])]] if k == "box" else b[1]
            ncol = max(len(r) for r in rows)
            w = 9000 // ncol
            for r in rows:
                out.append(r"\trowd\trgaph108" + "".join(
                    rf"\clbrdrt\brdrs\clbrdrb\brdrs\clbrdrl\brdrs\clbrdrr\brdrs\cellx{w * (i + 1)}"
                    for i in range(ncol)))
                for c in r + [""] * (ncol - len(r)):
                    out.append(r"\pard\intbl " + _rtf_esc(c).replace("\\line ", r"\par ") + r"\cell ")
                out.append(r"\row ")
            out.append(r"\pard\par ")
    out.append("}")
    path.write_text("".join(out), encoding="ascii")


def to_eml(blocks, path: Path, subject, sender, to, when: datetime, html_too=False):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when.replace(tzinfo=timezone.utc))
    m["Message-ID"] = f"<{zlib.crc32(subject.encode()) % 10**9}.io@mail.example.dk>"
    m.set_content(_lines_txt(blocks))
    if html_too:
        m.add_alternative("<html><body>" + html_body(blocks) + "</body></html>", subtype="html")
    path.write_bytes(bytes(m))


def render(blocks, path: Path, fmt, title, eml=None):
    if fmt == "docx":
        to_docx(blocks, path)
    elif fmt == "pdf":
        to_pdf(blocks, path, title)
    elif fmt == "html":
        to_html(blocks, path, title)
    elif fmt == "txt":
        to_txt(blocks, path)
    elif fmt == "md":
        to_md(blocks, path)
    elif fmt == "odt":
        to_odt(blocks, path)
    elif fmt == "rtf":
        to_rtf(blocks, path)
    elif fmt == "eml":
        to_eml(blocks, path, **eml)
    else:
        raise ValueError(fmt)
