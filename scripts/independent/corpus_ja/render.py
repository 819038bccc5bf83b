"""Renderers for corpus JA: a document is a title plus a list of blocks.

Blocks: ("h", text) heading, ("p", text) paragraph, ("li", text) list item,
("t", [[cell, cell], ...]) table, ("sig", text) signature lines (joined by newlines).
"""
from __future__ import annotations

import email.policy
import html
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path


def to_text(title, blocks, md=False):
    out = []
    if title:
        out.append(("# " if md else "") + title)
        if not md:
            out.append("=" * min(len(title), 60))
        out.append("")
    for kind, val in blocks:
        if kind == "h":
            out.append(("## " if md else "") + val)
            out.append("")
        elif kind == "p" or kind == "sig":
            out.append(val)
            out.append("")
        elif kind == "li":
            out.append("- " + val)
        elif kind == "t":
            if md:
                width = max(len(r) for r in val)
                rows = [r + [""] * (width - len(r)) for r in val]
                if width == 2:
                    out.append("| Felt | Indhold |")
                    out.append("|---|---|")
                    for r in rows:
                        out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
                else:
                    out.append("| " + " | ".join(rows[0]) + " |")
                    out.append("|" + "---|" * width)
                    for r in rows[1:]:
                        out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            else:
                for r in val:
                    if len(r) == 2:
                        out.append(f"{r[0]}: {r[1]}")
                    else:
                        out.append("   ".join(r))
            out.append("")
    # close lists with a blank line
    text = "\n".join(out)
    return text.rstrip() + "\n"


def to_html(title, blocks, style="plain"):
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
             f"<title>{e(title)}</title>"]
    if style == "portal":
        parts.append("<style>body{font-family:Arial;max-width:780px} th{text-align:left;background:#eee}"
                     " .lbl{font-weight:bold;width:35%}</style>")
    parts.append("</head><body>")
    if style == "portal":
        parts.append('<div class="crumbs">Borger.dk &gt; Min Plan &gt; Aktiviteter</div>')
    parts.append(f"<h1>{e(title)}</h1>")
    in_list = False
    for kind, val in blocks:
        if kind != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        if kind == "h":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind == "p":
            parts.append(f"<p>{e(val)}</p>")
        elif kind == "sig":
            parts.append("<p>" + "<br>".join(e(x) for x in val.split("\n")) + "</p>")
        elif kind == "li":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{e(val)}</li>")
        elif kind == "t":
            parts.append('<table border="1" cellpadding="4">')
            for r in val:
                if len(r) == 2:
                    parts.append(f'<tr><td class="lbl">{e(r[0])}</td><td>'
                                 + "<br>".join(e(x) for x in r[1].split("\n")) + "</td></tr>")
                else:
                    parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            parts.append("</table>")
    if in_list:
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_docx(path, title, blocks, letterhead=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if letterhead:
        sec = d.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = letterhead
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind in ("p", "sig"):
            p = d.add_paragraph()
            lines = val.split("\n")
            for i, line in enumerate(lines):
                run = p.add_run(line)
                if i < len(lines) - 1:
                    run.add_break()
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "t":
            width = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=width)
            t.style = "Table Grid"
            for r in val:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
    d.core_properties.author = "Sagsbehandler"
    d.core_properties.created = datetime(2026, 1, 1)
    d.core_properties.modified = datetime(2026, 1, 1)
    d.save(str(path))


def write_pdf(path, title, blocks, letterhead=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="DejaVu", fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", parent=body, fontName="DejaVuB", fontSize=15, leading=19, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=body, fontName="DejaVuB", fontSize=11.5, leading=15, spaceBefore=6)
    e = html.escape
    story = []
    if letterhead:
        story.append(Paragraph(e(letterhead), body))
        story.append(Spacer(1, 10))
    story.append(Paragraph(e(title), h1))
    for kind, val in blocks:
        if kind == "h":
            story.append(Paragraph(e(val), h2))
        elif kind in ("p", "sig"):
            story.append(Paragraph("<br/>".join(e(x) for x in val.split("\n")), body))
            story.append(Spacer(1, 5))
        elif kind == "li":
            story.append(Paragraph("• " + e(val), body))
        elif kind == "t":
            data = [[Paragraph("<br/>".join(e(x) for x in c.split("\n")), body) for c in r] for r in val]
            width = max(len(r) for r in val)
            cw = [150, 320] if width == 2 else [470 / width] * width
            t = Table(data, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="", creator="",
                            invariant=1)
    doc.build(story)


def write_odt(path, title, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P, List, ListItem, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text=title))

    def para(txt):
        p = P()
        lines = txt.split("\n")
        for i, line in enumerate(lines):
            p.addText(line)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        return p
    lst = None
    for kind, val in blocks:
        if kind != "li":
            lst = None
        if kind == "h":
            doc.text.addElement(H(outlinelevel=2, text=val))
        elif kind in ("p", "sig"):
            doc.text.addElement(para(val))
        elif kind == "li":
            if lst is None:
                lst = List()
                doc.text.addElement(lst)
            li = ListItem()
            li.addElement(P(text=val))
            lst.addElement(li)
        elif kind == "t":
            width = max(len(r) for r in val)
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=width))
            for r in val:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    tc.addElement(para(c))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))


def _rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(path, title, blocks):
    r = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22"]
    r.append("{\\pard\\b\\fs30 " + _rtf_esc(title) + "\\par}")
    for kind, val in blocks:
        if kind == "h":
            r.append("{\\pard\\sb120\\b " + _rtf_esc(val) + "\\par}")
        elif kind in ("p", "sig"):
            r.append("{\\pard " + _rtf_esc(val) + "\\par}")
        elif kind == "li":
            r.append("{\\pard\\li360 \\u8226? " + _rtf_esc(val) + "\\par}")
        elif kind == "t":
            for row in val:
                n = len(row)
                r.append("\\trowd" + "".join(f"\\cellx{int(9000 * (i + 1) / n)}" for i in range(n)))
                r.append("".join("\\pard\\intbl " + _rtf_esc(c) + "\\cell " for c in row) + "\\row")
            r.append("\\pard\\par")
    r.append("}")
    Path(path).write_text("\n".join(r), encoding="ascii")


def write_eml(path, subject, body_text, sender, to, date, attachment=None):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(date.year, date.month, date.day, 9, 14, tzinfo=timezone.utc))
    m["Message-ID"] = f"<{zlib.crc32(subject.encode())}.{date.isoformat()}@mail.example.dk>"
    m.set_content(body_text)
    if attachment:
        name, data, maintype, subtype = attachment
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    Path(path).write_bytes(m.as_bytes())


def normalize_zip(path):
    """Rewrite a DOCX/ODT zip with fixed timestamps so that the corpus is byte-identical per seed."""
    import re
    import zipfile
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            if info.filename == "meta.xml":
                data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>",
                              b"<meta:creation-date>2026-01-01T00:00:00</meta:creation-date>", data)
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2026-01-01T00:00:00</dc:date>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            z.writestr(zi, data)
    tmp.replace(path)


def write_scan_pdf(path, title, blocks, letterhead=None):
    """Render the document, rasterise it with pdftoppm (grey, 200 dpi, slight noise-free tilt-free scan)
    and wrap the page images in an image-only PDF (no text layer)."""
    import subprocess
    import tempfile
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    import shutil
    td = Path(tempfile.gettempdir()) / "corpus_ja_scan"
    shutil.rmtree(td, ignore_errors=True)
    td.mkdir()
    if True:
        src = Path(td) / "src.pdf"
        write_pdf(src, title, blocks, letterhead=letterhead)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(Path(td) / "pg")], check=True)
        pages = sorted(Path(td).glob("pg*.png"))
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        w, h = A4
        for pg in pages:
            c.drawImage(str(pg), 0, 0, width=w, height=h)
            c.showPage()
        c.save()
    shutil.rmtree(td, ignore_errors=True)
