"""Renderers for corpus FW: one small block model written to every format.

Blocks (tuples):
  ("title", text)            document title (h1)
  ("h", text)                heading (h2)
  ("h3", text)               small heading (h3 / bold line)
  ("p", text)                paragraph
  ("ul", [items])            bullet list
  ("ol", [items])            numbered list
  ("kv", [(label, value)])   label/value table (two columns)
  ("table", [[cells], ...])  table, first row is the header
  ("sig", [names])           signature lines
"""
from __future__ import annotations

import html as _html
import io
import subprocess
import tempfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path


# ---------------------------------------------------------------- text / markdown
def to_txt(blocks, style="plain") -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(b[1].upper() if style == "caps" else b[1])
            if style != "caps":
                out.append("=" * min(len(b[1]), 70))
        elif t in ("h", "h3"):
            out.append(b[1].upper() if style == "caps" else b[1] + (":" if style == "colon" else ""))
        elif t == "p":
            out.append(b[1])
        elif t == "ul":
            out.append("\n".join(f"- {i}" for i in b[1]))
        elif t == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b[1], 1)))
        elif t == "kv":
            out.append("\n".join(f"{k}: {v}" for k, v in b[1]))
        elif t == "table":
            out.append("\n".join(" | ".join(r) for r in b[1]))
        elif t == "sig":
            out.append("\n\n".join(f"______________________\n{n}" for n in b[1]))
        elif t == "raw":
            out.append(b[1])
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_md(blocks) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"# {b[1]}")
        elif t == "h":
            out.append(f"## {b[1]}")
        elif t == "h3":
            out.append(f"### {b[1]}")
        elif t == "p":
            out.append(b[1])
        elif t == "ul":
            out.append("\n".join(f"- {i}" for i in b[1]))
        elif t == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b[1], 1)))
        elif t == "kv":
            rows = ["| Felt | Indhold |", "|---|---|"] + [f"| {k} | {v} |" for k, v in b[1]]
            out.append("\n".join(rows))
        elif t == "table":
            hdr = b[1][0]
            rows = ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
            rows += ["| " + " | ".join(r) + " |" for r in b[1][1:]]
            out.append("\n".join(rows))
        elif t == "sig":
            out.append("\n\n".join(f"_______________  \n{n}" for n in b[1]))
        elif t == "raw":
            out.append(b[1])
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- html
def to_html(blocks, title="", css="", wrapper=None) -> str:
    e = _html.escape
    body = []
    for b in blocks:
        t = b[0]
        if t == "title":
            body.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            body.append(f"<h2>{e(b[1])}</h2>")
        elif t == "h3":
            body.append(f"<h3>{e(b[1])}</h3>")
        elif t == "p":
            body.append(f"<p>{e(b[1])}</p>")
        elif t in ("ul", "ol"):
            body.append(f"<{t}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{t}>")
        elif t == "kv":
            body.append('<table class="felter">' + "".join(
                f"<tr><th scope=\"row\">{e(k)}</th><td>{e(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif t == "table":
            hdr = "".join(f"<th>{e(c)}</th>" for c in b[1][0])
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1][1:])
            body.append(f"<table><thead><tr>{hdr}</tr></thead><tbody>{rows}</tbody></table>")
        elif t == "sig":
            body.append("".join(f"<p>______________________<br>{e(n)}</p>" for n in b[1]))
        elif t == "raw":
            body.append(b[1])
        elif t == "card":
            # ("card", title, [(label, value)])
            items = "".join(f'<div class="row"><span class="lbl">{e(k)}</span> <span class="val">{e(v)}</span></div>'
                            for k, v in b[2])
            body.append(f'<section class="card"><h3>{e(b[1])}</h3>{items}</section>')
    inner = "\n".join(body)
    if wrapper:
        inner = wrapper(inner)
    return (f"<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{e(title)}</title>"
            f"<style>{css}</style></head><body>\n{inner}\n</body></html>\n")


# ---------------------------------------------------------------- docx
def to_docx(blocks, path: Path, header_text=None, footer_text=None, font="Calibri"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    if footer_text:
        d.sections[0].footer.paragraphs[0].text = footer_text
    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "h3":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "ul":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
        elif t == "ol":
            for i in b[1]:
                d.add_paragraph(i, style="List Number")
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in b[1]:
                c = tb.add_row().cells
                c[0].text = k
                c[1].text = v
                for r in c[0].paragraphs[0].runs:
                    r.bold = True
            d.add_paragraph("")
        elif t == "table":
            tb = d.add_table(rows=0, cols=len(b[1][0]))
            tb.style = "Table Grid"
            for n, row in enumerate(b[1]):
                c = tb.add_row().cells
                for i, v in enumerate(row):
                    c[i].text = v
                    if n == 0:
                        for r in c[i].paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif t == "sig":
            for n in b[1]:
                d.add_paragraph("\n______________________________\n" + n)
        elif t == "raw":
            d.add_paragraph(b[1])
    d.core_properties.author = "Sagsbehandler"
    d.save(str(path))
    normalize_zip(path)


def normalize_zip(path: Path):
    """Rewrite a DOCX/ODT package with fixed timestamps so that reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            if info.filename in ("docProps/core.xml", "meta.xml"):
                import re as _re
                data = _re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2026-01-01T00:00:00Z", data)
            z.writestr(zi, data)


# ---------------------------------------------------------------- odt
def to_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    tcount = [0]

    def table(rows, header=False):
        tcount[0] += 1
        tb = Table(name=f"Tabel{tcount[0]}")
        tb.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
        for n, r in enumerate(rows):
            tr = TableRow()
            for c in r:
                tc = TableCell()
                p = P()
                if (header and n == 0) or (not header and c is r[0]):
                    p.addElement(Span(stylename=bold, text=c))
                else:
                    p.addText(c)
                tc.addElement(p)
                tr.addElement(tc)
            tb.addElement(tr)
        doc.text.addElement(tb)

    for b in blocks:
        t = b[0]
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif t == "h3":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1]))
            doc.text.addElement(p)
        elif t in ("p", "raw"):
            doc.text.addElement(P(text=b[1]))
        elif t in ("ul", "ol"):
            lst = List()
            for i in b[1]:
                li = ListItem()
                li.addElement(P(text=i))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif t == "kv":
            table([[k, v] for k, v in b[1]])
        elif t == "table":
            table(b[1], header=True)
        elif t == "sig":
            for n in b[1]:
                doc.text.addElement(P(text="______________________________"))
                doc.text.addElement(P(text=n))
    doc.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------- rtf
def _rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def to_rtf(blocks) -> str:
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\fs22 "]

    def row(cells, bold_first=True, widths=None):
        n = len(cells)
        widths = widths or [int(9000 / n) * (i + 1) for i in range(n)]
        s = r"\trowd\trgaph108"
        for w in widths:
            s += r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx%d" % w
        for i, c in enumerate(cells):
            txt = _rtf_esc(c)
            if bold_first and i == 0:
                txt = r"{\b " + txt + "}"
            s += r"\pard\intbl " + txt + r"\cell "
        s += r"\row "
        return s

    for b in blocks:
        t = b[0]
        if t == "title":
            parts.append(r"{\pard\s1\b\fs32 " + _rtf_esc(b[1]) + r"\par}")
        elif t == "h":
            parts.append(r"{\pard\s2\b\fs26 " + _rtf_esc(b[1]) + r"\par}")
        elif t == "h3":
            parts.append(r"{\pard\b " + _rtf_esc(b[1]) + r"\par}")
        elif t in ("p", "raw"):
            parts.append(r"{\pard " + _rtf_esc(b[1]) + r"\par}")
        elif t == "ul":
            for i in b[1]:
                parts.append(r"{\pard\li360 \bullet  " + _rtf_esc(i) + r"\par}")
        elif t == "ol":
            for n, i in enumerate(b[1], 1):
                parts.append(r"{\pard\li360 " + f"{n}. " + _rtf_esc(i) + r"\par}")
        elif t == "kv":
            for k, v in b[1]:
                parts.append(row([k, v], widths=[3000, 9000]))
            parts.append(r"\pard\par")
        elif t == "table":
            for n, r in enumerate(b[1]):
                parts.append(row(r, bold_first=False))
            parts.append(r"\pard\par")
        elif t == "sig":
            for n in b[1]:
                parts.append(r"{\pard\par ______________________________\par " + _rtf_esc(n) + r"\par}")
    parts.append("}")
    return "\n".join(parts)


# ---------------------------------------------------------------- pdf (reportlab)
def to_pdf(blocks, path: Path, letterhead=None, footer=None, font_size=10):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    ListFlowable, ListItem)
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=font_size, leading=font_size * 1.35)
    cell = ParagraphStyle("c", parent=body, fontSize=font_size - 0.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    e = _html.escape
    story = []
    if letterhead:
        for line in letterhead:
            story.append(Paragraph(e(line), ParagraphStyle("lh", parent=body, fontSize=8.5, alignment=2)))
        story.append(Spacer(1, 6 * mm))
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(e(b[1]), ss["Heading1"]))
        elif t == "h":
            story.append(Paragraph(e(b[1]), ss["Heading2"]))
        elif t == "h3":
            story.append(Paragraph("<b>" + e(b[1]) + "</b>", body))
        elif t in ("p", "raw"):
            story.append(Paragraph(e(b[1]).replace("\n", "<br/>"), body))
        elif t in ("ul", "ol"):
            items = [ListItem(Paragraph(e(i), body)) for i in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if t == "ul" else "1", start=None if t == "ol" else "•"))
        elif t in ("kv", "table"):
            if t == "kv":
                data = [[Paragraph(e(k), cellb), Paragraph(e(v).replace("\n", "<br/>"), cell)] for k, v in b[1]]
                widths = [50 * mm, 120 * mm]
            else:
                n = len(b[1][0])
                data = [[Paragraph(e(c), cellb if r == 0 else cell) for c in row] for r, row in enumerate(b[1])]
                widths = [170 * mm / n] * n
            tb = Table(data, colWidths=widths)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
        elif t == "sig":
            for n in b[1]:
                story.append(Spacer(1, 10 * mm))
                story.append(Paragraph("______________________________<br/>" + e(n), body))
        story.append(Spacer(1, 3 * mm))

    def on_page(canvas, doc):
        if footer:
            canvas.setFont("Helvetica", 7.5)
            canvas.drawString(20 * mm, 10 * mm, footer)
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(190 * mm, 10 * mm, f"Side {doc.page}")

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="", author="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def pdf_to_scan(src: Path, dst: Path, dpi=200, rotate=0.6):
    """Render a PDF to images and save them as an image-only PDF (a scan)."""
    from PIL import Image
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), f"{td}/p"], check=True)
        pages = []
        for png in sorted(Path(td).glob("p*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(rotate, expand=False, fillcolor=255)
            pages.append(im.convert("RGB"))
        pages[0].save(str(dst), "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def soffice_convert(docx_paths, outdir: Path, tag="fw"):
    if not docx_paths:
        return
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo_{tag}_profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ---------------------------------------------------------------- e-mail
def to_eml(sender, to, subject, date, text=None, html_body=None, attachments=()):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{zlib.crc32((sender + subject).encode()):010d}@mail.fw.invalid>"
    if text is not None:
        m.set_content(text)
        if html_body:
            m.add_alternative(html_body, subtype="html")
    elif html_body:
        m.set_content(html_body, subtype="html")
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for k, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"==fw-{zlib.crc32(subject.encode()):08x}-{k}==")
    return bytes(m)
