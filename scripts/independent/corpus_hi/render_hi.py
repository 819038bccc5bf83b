"""Renderers for corpus HI: one neutral block list -> docx, odt, html, txt, rtf, eml, pdf (reportlab),
pdf (LibreOffice, via docx), scan (reportlab -> image -> Tesseract PDF).

Block list items:
  ("title", text)            document title
  ("h", text)                section heading
  ("b", text)                bold-only short paragraph (heading by look)
  ("p", text)                paragraph; "\n" = line break
  ("ul", [items])            bullet list
  ("table", rows, header)    rows = list of lists of str; header = first row is a header row
"""

from __future__ import annotations

import html as _html
import os
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path


# ---------------------------------------------------------------- docx
def render_docx(blocks, path: Path, bold_headings: bool = False):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for b in blocks:
        t = b[0]
        if t == "title":
            if bold_headings:
                p = d.add_paragraph()
                r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(15)
            else:
                d.add_heading(b[1], level=1)
        elif t == "h":
            if bold_headings:
                p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
            else:
                d.add_heading(b[1], level=2)
        elif t == "b":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif t == "p":
            p = d.add_paragraph()
            lines = b[1].split("\n")
            for i, line in enumerate(lines):
                r = p.add_run(line)
                if i < len(lines) - 1:
                    r.add_break()
        elif t == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif t == "table":
            rows, header = b[1], b[2]
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=0, cols=ncol)
            tb.style = "Table Grid"
            for ri, row in enumerate(rows):
                cells = tb.add_row().cells
                for ci in range(ncol):
                    txt = row[ci] if ci < len(row) else ""
                    cell = cells[ci]
                    lines = txt.split("\n")
                    par = cell.paragraphs[0]
                    for li, line in enumerate(lines):
                        r = par.add_run(line)
                        if (header and ri == 0) or (not header and ci == 0 and ncol == 2):
                            r.bold = True
                        if li < len(lines) - 1:
                            r.add_break()
            d.add_paragraph()
    d.core_properties.author = "Sagsbehandler"
    d.save(str(path))


# ---------------------------------------------------------------- odt
def render_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, LineBreak, List, ListItem, P, Span

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

    def para(text, boldall=False):
        p = P()
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if boldall:
                p.addElement(Span(stylename=bold, text=line))
            else:
                p.addText(line)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        return p

    tcount = 0
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif t == "b":
            doc.text.addElement(para(b[1], boldall=True))
        elif t == "p":
            doc.text.addElement(para(b[1]))
        elif t == "ul":
            lst = List()
            for it in b[1]:
                li = ListItem()
                li.addElement(P(text=it))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif t == "table":
            rows, header = b[1], b[2]
            ncol = max(len(r) for r in rows)
            tcount += 1
            tb = Table(name=f"Tabel{tcount}")
            tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for ri, row in enumerate(rows):
                tr = TableRow()
                for ci in range(ncol):
                    txt = row[ci] if ci < len(row) else ""
                    tc = TableCell(valuetype="string")
                    tc.addElement(para(txt, boldall=(header and ri == 0)))
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
            doc.text.addElement(P())
    doc.save(str(path))


# ---------------------------------------------------------------- html
def render_html(blocks, path: Path | None = None, title: str = "Dokument", style: str = "plain"):
    e = _html.escape
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:46em;margin:2em auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}"
           ".lbl{font-weight:bold}</style></head><body>"]
    if style == "portal":
        out.append('<nav><a href="#">Forside</a> | <a href="#">Min side</a> | <a href="#">Log af</a></nav>')
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif t == "b":
            out.append(f"<p><strong>{e(b[1])}</strong></p>")
        elif t == "p":
            out.append("<p>" + "<br>".join(e(x) for x in b[1].split("\n")) + "</p>")
        elif t == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif t == "table":
            rows, header = b[1], b[2]
            out.append("<table>")
            for ri, row in enumerate(rows):
                if header and ri == 0:
                    out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in row) + "</tr>")
                else:
                    cells = []
                    for ci, c in enumerate(row):
                        cls = ' class="lbl"' if (len(row) == 2 and ci == 0 and not header) else ""
                        cells.append(f"<td{cls}>" + "<br>".join(e(x) for x in c.split("\n")) + "</td>")
                    out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
    if style == "portal":
        out.append("<footer><p>Udskrevet fra borger.dk – Min Plan</p></footer>")
    out.append("</body></html>")
    text = "\n".join(out) + "\n"
    if path is not None:
        path.write_text(text, encoding="utf-8")
    return text


# ---------------------------------------------------------------- txt
def render_txt(blocks, style: str = "plain") -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            if style == "caps":
                out.append(b[1].upper())
            else:
                out.append(b[1]); out.append("=" * min(len(b[1]), 70))
        elif t in ("h", "b"):
            if style == "caps":
                out.append(b[1].upper())
            else:
                out.append(b[1] if b[1].endswith(":") or b[1].endswith("?") else b[1] + ":")
        elif t == "p":
            out.append(b[1])
        elif t == "ul":
            out.append("\n".join(f"- {x}" for x in b[1]))
        elif t == "table":
            rows, header = b[1], b[2]
            ncol = max(len(r) for r in rows)
            if ncol == 2 and not header:
                out.append("\n".join(f"{r[0]}: {r[1].replace(chr(10), '; ')}" for r in rows))
            else:
                lines = []
                for ri, r in enumerate(rows):
                    lines.append("| " + " | ".join(c.replace("\n", "; ") for c in r) + " |")
                    if header and ri == 0:
                        lines.append("|" + "|".join("---" for _ in r) + "|")
                out.append("\n".join(lines))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- rtf
def _rtf_esc(s: str) -> str:
    res = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            res.append("\\" + ch)
        elif ch == "\n":
            res.append("\\line ")
        elif o > 127:
            res.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            res.append(ch)
    return "".join(res)


def render_rtf(blocks, path: Path):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\fs22 "]
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(r"{\pard\b\fs30 " + _rtf_esc(b[1]) + r"\par}")
        elif t in ("h", "b"):
            out.append(r"{\pard\sb120\b " + _rtf_esc(b[1]) + r"\par}")
        elif t == "p":
            out.append(r"{\pard " + _rtf_esc(b[1]) + r"\par}")
        elif t == "ul":
            for it in b[1]:
                out.append(r"{\pard\li360 \u8226? " + _rtf_esc(it) + r"\par}")
        elif t == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            w = 9000 // ncol
            for r in rows:
                out.append(r"\trowd\trgaph108" + "".join(
                    rf"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx{w * (i + 1)}" for i in range(ncol)))
                cells = "".join(r"\pard\intbl " + _rtf_esc(r[i] if i < len(r) else "") + r"\cell " for i in range(ncol))
                out.append(cells + r"\row")
            out.append(r"\pard\par")
    out.append("}")
    path.write_text("\n".join(out), encoding="ascii")


# ---------------------------------------------------------------- eml
def render_eml(blocks, path: Path, meta: dict, html_alt: bool = False, attach: tuple | None = None):
    msg = EmailMessage()
    msg["From"] = meta["from"]
    msg["To"] = meta["to"]
    msg["Subject"] = meta["subject"]
    msg["Date"] = format_datetime(meta["date"])
    msg["Message-ID"] = f"<{meta.get('id', 'x')}@mail.hi.invalid>"
    body = render_txt(blocks)
    msg.set_content(body)
    if html_alt:
        msg.add_alternative(render_html(blocks, None, meta["subject"]), subtype="html")
    if attach:
        name, data, mtype = attach
        maintype, subtype = mtype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(bytes(msg))


# ---------------------------------------------------------------- pdf (reportlab)
def render_pdf_rl(blocks, path: Path, title: str = "", font_size: float = 10, light_grid: bool = False):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=font_size, leading=font_size * 1.35)
    hs = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=font_size + 1.5, spaceBefore=8, spaceAfter=3)
    ts = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=font_size + 5, spaceAfter=8, leading=(font_size + 5) * 1.3)
    cellb = ParagraphStyle("cb", parent=body, fontName="Helvetica-Bold")

    def esc(s):
        return _html.escape(s).replace("\n", "<br/>")

    story = []
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(esc(b[1]), ts))
        elif t in ("h", "b"):
            story.append(Paragraph(esc(b[1]), hs))
        elif t == "p":
            story.append(Paragraph(esc(b[1]), body)); story.append(Spacer(1, 4))
        elif t == "ul":
            story.append(ListFlowable([ListItem(Paragraph(esc(x), body), leftIndent=12) for x in b[1]],
                                      bulletType="bullet", start="•", leftIndent=12))
        elif t == "table":
            rows, header = b[1], b[2]
            ncol = max(len(r) for r in rows)
            data = []
            for ri, r in enumerate(rows):
                st = cellb if (header and ri == 0) or (ncol == 2 and not header and False) else body
                data.append([Paragraph(esc(r[i] if i < len(r) else ""), cellb if (ncol == 2 and i == 0 and not header) or (header and ri == 0) else body)
                             for i in range(ncol)])
            total = 17 * cm
            if ncol == 2:
                widths = [5 * cm, 12 * cm]
            else:
                widths = [total / ncol] * ncol
            tb = Table(data, colWidths=widths)
            if light_grid:
                tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            else:
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb); story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title, invariant=1)
    doc.build(story)


# ---------------------------------------------------------------- LibreOffice batch
def lo_convert(docx_paths: list[Path], outdir: Path, profile: str = "/tmp/lo_hi_profile"):
    if not docx_paths:
        return
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
           "--outdir", str(outdir)] + [str(p) for p in docx_paths]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ---------------------------------------------------------------- scan
def make_scan(src_pdf: Path, dest_pdf: Path, seed: int):
    from PIL import Image, ImageFilter
    from pypdf import PdfReader, PdfWriter

    rnd = random.Random(seed)
    tmp = Path(tempfile.mkdtemp(prefix="hi_scan_"))
    try:
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(src_pdf), str(tmp / "pg")], check=True)
        pages = sorted(tmp.glob("pg*.png"))
        outs = []
        for i, pg in enumerate(pages):
            im = Image.open(pg).convert("L")
            im = im.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.3))
            # speckle
            px = im.load()
            w, h = im.size
            for _ in range(400):
                x, y = rnd.randrange(w), rnd.randrange(h)
                px[x, y] = rnd.choice((90, 140, 180))
            png = tmp / f"s{i}.png"
            im.save(png, dpi=(300, 300))
            base = tmp / f"o{i}"
            subprocess.run(["tesseract", str(png), str(base), "-l", "dan", "pdf"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            outs.append(Path(str(base) + ".pdf"))
        w = PdfWriter()
        for o in outs:
            for p in PdfReader(str(o)).pages:
                w.add_page(p)
        with open(dest_pdf, "wb") as fh:
            w.write(fh)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
