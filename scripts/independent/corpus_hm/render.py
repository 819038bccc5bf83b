"""Renderers: a document is a list of blocks.

("title", t) ("h1", t) ("h2", t) ("p", t) ("ul", [items]) ("table", [[cells]]) ("pb",)
("split", part1, part2)  -- one paragraph that runs across a page break in paginated formats
"""
import html as _html
import io
import subprocess
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def _field(run, instr):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    f.append(r)
    run._r.addnext(f)


def to_docx(blocks, path, header=None, footer=None, pagenums=True):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    fp = sec.footer.paragraphs[0]
    if footer:
        fp.add_run(footer + "    ")
    if pagenums:
        fp.add_run("Side ")
        r = fp.add_run("")
        _field(r, "PAGE")
        # python-docx appends after run; add rest in a new run after the field
        tail = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = " af "
        tail.append(t)
        fp._p.append(tail)
        f2 = OxmlElement("w:fldSimple")
        f2.set(qn("w:instr"), "NUMPAGES")
        r2 = OxmlElement("w:r")
        t2 = OxmlElement("w:t")
        t2.text = "1"
        r2.append(t2)
        f2.append(r2)
        fp._p.append(f2)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=0)
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "split":
            d.add_paragraph(b[1] + " " + b[2])
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            d.add_paragraph("")
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(path)


def to_html(blocks, path, title, header=None, footer=None):
    e = _html.escape
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial;max-width:800px;margin:auto} table{border-collapse:collapse}"
           " td,th{border:1px solid #999;padding:4px} .hdr{color:#666;font-size:small}</style></head><body>"]
    if header:
        out.append(f'<div class="hdr">{e(header)}</div>')
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif k == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif k == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "split":
            out.append(f"<p>{e(b[1] + ' ' + b[2])}</p>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "table":
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                                           for r in b[1]) + "</table>")
        elif k == "pb":
            out.append('<hr style="page-break-after:always">')
    if footer:
        out.append(f'<div class="hdr">{e(footer)}</div>')
    out.append("</body></html>")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def to_text(blocks, header=None, footer=None, pages=False):
    lines = []
    page = 1
    if header:
        lines += [header, ""]
    for b in blocks:
        k = b[0]
        if k == "title":
            lines += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "h1":
            lines += [b[1], "-" * len(b[1]), ""]
        elif k == "h2":
            lines += [b[1] + ":", ""]
        elif k == "p":
            lines += [b[1], ""]
        elif k == "split":
            if pages:
                lines += [b[1], "", f"{footer or ''}  Side {page}".strip(), "\f"]
                page += 1
                if header:
                    lines += [header, ""]
                lines += [b[2], ""]
            else:
                lines += [b[1] + " " + b[2], ""]
        elif k == "ul":
            lines += ["- " + i for i in b[1]] + [""]
        elif k == "table":
            for r in b[1]:
                if len(r) == 2:
                    lines.append(f"{r[0]}: {r[1]}")
                else:
                    lines.append(" | ".join(r))
            lines.append("")
        elif k == "pb":
            if pages:
                lines += [f"{footer or ''}  Side {page}".strip(), "\f"]
                page += 1
                if header:
                    lines += [header, ""]
    if pages:
        lines.append(f"{footer or ''}  Side {page}".strip())
    elif footer:
        lines.append(footer)
    return "\n".join(lines) + "\n"


def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def to_rtf(blocks, path, header=None):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22"]
    if header:
        o.append(r"{\header\pard " + _rtf_esc(header) + r"\par}")
    for b in blocks:
        k = b[0]
        if k in ("title", "h1", "h2"):
            size = {"title": 36, "h1": 28, "h2": 24}[k]
            o.append(r"\pard\b\fs%d " % size + _rtf_esc(b[1]) + r"\b0\fs22\par")
        elif k == "p":
            o.append(r"\pard " + _rtf_esc(b[1]) + r"\par")
        elif k == "split":
            o.append(r"\pard " + _rtf_esc(b[1] + " " + b[2]) + r"\par")
        elif k == "ul":
            for i in b[1]:
                o.append(r"\pard\li360 \bullet  " + _rtf_esc(i) + r"\par")
        elif k == "table":
            for r in b[1]:
                w = 0
                row = [r"\trowd"]
                for _ in r:
                    w += 9000 // len(r)
                    row.append(r"\cellx%d" % w)
                row.append(" ")
                for c in r:
                    row.append(r"\pard\intbl " + _rtf_esc(c) + r"\cell")
                row.append(r"\row")
                o.append("".join(row))
            o.append(r"\pard\par")
        elif k == "pb":
            o.append(r"\page")
    o.append("}")
    Path(path).write_text("\n".join(o), encoding="ascii")


def to_reportlab(blocks, path, header=None, footer=None, font_size=10):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, ListFlowable, ListItem)
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fontn = "Helvetica"
    for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"]:
        if Path(cand).exists():
            try:
                pdfmetrics.registerFont(TTFont("Body", cand))
                bold = cand.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf").replace("Regular", "Bold")
                pdfmetrics.registerFont(TTFont("BodyB", bold if Path(bold).exists() else cand))
                fontn = "Body"
            except Exception:
                pass
            break
    fb = "BodyB" if fontn == "Body" else "Helvetica-Bold"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=fontn, fontSize=font_size, leading=font_size * 1.35,
                          spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=body, fontName=fb, fontSize=font_size + 3, spaceBefore=8, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=body, fontName=fb, fontSize=font_size + 1, spaceBefore=6)
    tt = ParagraphStyle("t", parent=body, fontName=fb, fontSize=font_size + 7, leading=font_size + 11, spaceAfter=10)
    cell = ParagraphStyle("c", parent=body, spaceAfter=0)
    e = _html.escape
    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(e(b[1]), tt))
        elif k == "h1":
            story.append(Paragraph(e(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(e(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(e(b[1]), body))
        elif k == "split":
            story.append(Paragraph(e(b[1]), body))
            story.append(PageBreak())
            story.append(Paragraph(e(b[2]), body))
        elif k == "ul":
            story.append(ListFlowable([ListItem(Paragraph(e(i), body), leftIndent=12) for i in b[1]],
                                      bulletType="bullet", start="•", leftIndent=12))
        elif k == "table":
            rows = [[Paragraph(e(c), cell) for c in r] for r in b[1]]
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            w = 17 * cm
            cw = [w * 0.3] + [w * 0.7 / (ncol - 1)] * (ncol - 1) if ncol > 1 else [w]
            t = Table(rows, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "pb":
            story.append(PageBreak())

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(fontn, 8)
        if header:
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        if footer:
            canvas.drawString(2 * cm, 1.2 * cm, footer)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Side {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title="", author="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def soffice_convert(files, fmt, outdir, profile="/tmp/lo_hm_profile"):
    if not files:
        return
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir)] + [str(f) for f in files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)


def scan_pdf(src_pdf, out_pdf, tmpdir, dpi=150, text_layer=True):
    """Render pages, OCR each with Tesseract into a PDF (image + hidden text), join them."""
    from pypdf import PdfWriter, PdfReader
    tmpdir = Path(tmpdir)
    tmpdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), str(tmpdir / "pg")], check=True)
    pngs = sorted(tmpdir.glob("pg*.png"))
    w = PdfWriter()
    if text_layer:
        for p in pngs:
            base = p.with_suffix("")
            subprocess.run(["tesseract", str(p), str(base), "-l", "dan", "pdf"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for pg in PdfReader(str(base) + ".pdf").pages:
                w.add_page(pg)
        with open(out_pdf, "wb") as f:
            w.write(f)
    else:
        from PIL import Image
        ims = [Image.open(p).convert("L") for p in pngs]
        ims[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])


def to_eml(path, subject, sender, to, date, body_text, attachment=None):
    m = EmailMessage()
    m["Subject"] = subject
    m["From"] = sender
    m["To"] = to
    m["Date"] = date
    m.set_content(body_text)
    if attachment:
        name, data, maintype, subtype = attachment
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    Path(path).write_bytes(bytes(m))
