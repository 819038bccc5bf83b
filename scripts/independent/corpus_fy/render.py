"""Renderers for corpus fy: a small block model written to docx, html, txt, md, reportlab pdf,
and converted with LibreOffice (odt, rtf, pdf from docx). Image-only scans from a PDF."""
from __future__ import annotations

import html as _html
import io
import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

# Block model:
#  ("title", text)            the document title
#  ("h", text)                a section heading
#  ("p", text)                paragraph (\n = line break)
#  ("li", text) / ("ol", text) list items
#  ("kv", [(label, value)])   two-column label/value table
#  ("table", [row, ...], header_bool)
#  ("sig", [label, ...])      signature lines
#  ("small", text)            small print / footer
#  ("box", title, text)       a framed box


def docx_render(blocks, path, *, bold_headings=False, font="Calibri", size=11, letterhead=None,
                footer=None, table_style="Table Grid"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    if letterhead:
        hp = sec.header.paragraphs[0]
        hp.text = letterhead
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        for r in fp.runs:
            r.font.size = Pt(8)
    for b in blocks:
        t = b[0]
        if t == "title":
            if bold_headings:
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(14)
            else:
                d.add_heading(b[1], level=1)
        elif t == "h":
            if bold_headings:
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
            else:
                d.add_heading(b[1], level=2)
        elif t == "p":
            p = d.add_paragraph()
            lines = b[1].split("\n")
            for i, ln in enumerate(lines):
                run = p.add_run(ln)
                if i < len(lines) - 1:
                    run.add_break()
        elif t == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif t == "ol":
            d.add_paragraph(b[1], style="List Number")
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            tb.style = table_style
            for lab, val in b[1]:
                row = tb.add_row().cells
                row[0].text = lab
                for r in row[0].paragraphs[0].runs:
                    r.bold = True
                row[1].text = val
            d.add_paragraph()
        elif t == "table":
            rows = b[1]
            tb = d.add_table(rows=0, cols=len(rows[0]))
            tb.style = table_style
            for i, rw in enumerate(rows):
                cells = tb.add_row().cells
                for j, c in enumerate(rw):
                    cells[j].text = c
                    if i == 0 and len(b) > 2 and b[2]:
                        for r in cells[j].paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif t == "sig":
            tb = d.add_table(rows=2, cols=len(b[1]))
            for j, lab in enumerate(b[1]):
                tb.rows[0].cells[j].text = "\n\n_______________________"
                tb.rows[1].cells[j].text = lab
        elif t == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif t == "box":
            tb = d.add_table(rows=1, cols=1)
            tb.style = "Table Grid"
            c = tb.rows[0].cells[0]
            c.paragraphs[0].add_run(b[1]).bold = True
            for para in b[2].split("\n\n"):
                c.add_paragraph(para)
            d.add_paragraph()
        else:
            raise ValueError(t)
    d.core_properties.author = "Syddjurs Kommune"
    d.save(str(path))


def html_render(blocks, title, *, css="", head_html="", foot_html="", heading_tag="h2"):
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
           f"<title>{_html.escape(title)}</title>", f"<style>{css}</style></head><body>", head_html]
    ul_open = None
    for b in blocks:
        t = b[0]
        if t in ("li", "ol"):
            tag = "ul" if t == "li" else "ol"
            if ul_open != tag:
                if ul_open:
                    out.append(f"</{ul_open}>")
                out.append(f"<{tag}>")
                ul_open = tag
            out.append(f"<li>{_html.escape(b[1])}</li>")
            continue
        if ul_open:
            out.append(f"</{ul_open}>")
            ul_open = None
        e = lambda s: _html.escape(s).replace("\n", "<br>")
        if t == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            out.append(f"<{heading_tag}>{e(b[1])}</{heading_tag}>")
        elif t == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif t == "small":
            out.append(f'<p class="small">{e(b[1])}</p>')
        elif t == "kv":
            out.append('<table class="kv">')
            for lab, val in b[1]:
                out.append(f"<tr><th>{e(lab)}</th><td>{e(val)}</td></tr>")
            out.append("</table>")
        elif t == "table":
            out.append('<table class="grid">')
            for i, rw in enumerate(b[1]):
                tag = "th" if i == 0 and len(b) > 2 and b[2] else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in rw) + "</tr>")
            out.append("</table>")
        elif t == "sig":
            out.append("<p>" + " &nbsp; ".join(f"______________ {e(x)}" for x in b[1]) + "</p>")
        elif t == "box":
            out.append(f'<div class="box"><h3>{e(b[1])}</h3>' +
                       "".join(f"<p>{e(x)}</p>" for x in b[2].split("\n\n")) + "</div>")
    if ul_open:
        out.append(f"</{ul_open}>")
    out.append(foot_html)
    out.append("</body></html>")
    return "\n".join(out)


def text_render(blocks, *, md=False, underline_title=True, kv_sep=": ", bullet="- "):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            if md:
                out.append(f"# {b[1]}\n")
            else:
                out.append(b[1].upper() if underline_title == "caps" else b[1])
                if underline_title is True:
                    out.append("=" * len(b[1]))
                out.append("")
        elif t == "h":
            out.append(f"## {b[1]}\n" if md else f"{b[1]}\n")
        elif t in ("p", "small"):
            out.append(b[1] + "\n")
        elif t == "li":
            out.append(f"{bullet}{b[1]}")
        elif t == "ol":
            out.append(f"{bullet}{b[1]}")
        elif t == "kv":
            if md:
                out.append("| Felt | Indhold |\n|---|---|")
                for lab, val in b[1]:
                    out.append(f"| {lab} | {val.replace(chr(10), ' ')} |")
            else:
                for lab, val in b[1]:
                    out.append(f"{lab}{kv_sep}{val}")
            out.append("")
        elif t == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                for rw in rows[1:]:
                    out.append("| " + " | ".join(rw) + " |")
            else:
                for rw in rows:
                    out.append("\t".join(rw))
            out.append("")
        elif t == "sig":
            out.append("\n" + "        ".join(f"____________ {x}" for x in b[1]) + "\n")
        elif t == "box":
            out.append(f"{b[1]}\n")
            out.append(b[2] + "\n")
    txt = "\n".join(out)
    # tidy list spacing
    return txt.replace("\n\n\n", "\n\n").strip() + "\n"


def pdf_render(blocks, path, *, font="Helvetica", size=10, header=None, footer=None,
               label_width=5.0, mono=False, grid=True, leading=None, signed=False):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
                                    ListFlowable, ListItem, KeepTogether)
    fb = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    leading = leading or size * 1.3
    N = ParagraphStyle("n", fontName=font, fontSize=size, leading=leading, spaceAfter=5)
    H1 = ParagraphStyle("h1", fontName=fb, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=10)
    H2 = ParagraphStyle("h2", fontName=fb, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=8,
                        spaceAfter=4)
    S = ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3,
                       textColor=colors.HexColor("#444444"))
    e = lambda s: _html.escape(s).replace("\n", "<br/>")
    story = []
    lst = []

    def flush():
        if lst:
            story.append(ListFlowable([ListItem(Paragraph(e(x), N), leftIndent=12) for x in lst],
                                      bulletType="bullet", start="-", leftIndent=12))
            lst.clear()
    for b in blocks:
        t = b[0]
        if t in ("li", "ol"):
            lst.append(b[1])
            continue
        flush()
        if t == "title":
            story.append(Paragraph(e(b[1]), H1))
        elif t == "h":
            story.append(Paragraph(e(b[1]), H2))
        elif t == "p":
            story.append(Paragraph(e(b[1]), N))
        elif t == "small":
            story.append(Paragraph(e(b[1]), S))
        elif t in ("kv", "table"):
            if t == "kv":
                data = [[Paragraph(e(l), ParagraphStyle("l", parent=N, fontName=fb)), Paragraph(e(v), N)]
                        for l, v in b[1]]
                widths = [label_width * cm, (17 - label_width) * cm]
            else:
                ncol = len(b[1][0])
                data = [[Paragraph(e(c), ParagraphStyle("c", parent=N, fontName=fb if (i == 0 and len(b) > 2 and b[2]) else font))
                         for c in rw] for i, rw in enumerate(b[1])]
                widths = [17.0 / ncol * cm] * ncol
            tb = Table(data, colWidths=widths)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if grid:
                sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
            tb.setStyle(TableStyle(sty))
            story.append(tb)
            story.append(Spacer(1, 8))
        elif t == "sig":
            if signed:
                from reportlab.graphics.shapes import Drawing, PolyLine
                row = []
                for name in b[1]:
                    r = random.Random(name)
                    dr = Drawing(150, 30)
                    pts = []
                    x = 8
                    while x < 120:
                        pts += [x, 8 + r.uniform(0, 20)]
                        x += r.uniform(4, 11)
                    dr.add(PolyLine(pts, strokeWidth=1.1))
                    row.append(dr)
                data = [row, ["_" * 26] * len(b[1]), list(b[1])]
            else:
                data = [["_" * 26] * len(b[1]), list(b[1])]
            tb = Table(data)
            tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("TOPPADDING", (0, 0), (-1, 0), 24)]))
            story.append(tb)
        elif t == "box":
            inner = [Paragraph(e(b[1]), ParagraphStyle("bh", parent=N, fontName=fb))] + \
                    [Paragraph(e(x), N) for x in b[2].split("\n\n")]
            tb = Table([[inner]], colWidths=[17 * cm])
            tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f2f2"))]))
            story.append(tb)
            story.append(Spacer(1, 8))
    flush()

    def deco(canvas, doc):
        canvas.saveState()
        if header:
            canvas.setFont(font, 8)
            y = A4[1] - 1.2 * cm
            for ln in header.split("\n"):
                canvas.drawString(2 * cm, y, ln)
                y -= 10
        if footer:
            canvas.setFont(font, 7)
            canvas.drawString(2 * cm, 1.0 * cm, footer)
        canvas.restoreState()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.4 * cm, bottomMargin=2 * cm, title="", author="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def scan_pdf(src_pdf, out_pdf, rng: random.Random, *, dpi=200, angle=None, text_layer=False):
    """Render a PDF to images, add skew and specks, and write an image-only PDF."""
    from PIL import Image, ImageFilter
    tmp = Path(tempfile.mkdtemp(prefix="fy_scan_"))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), str(tmp / "pg")],
                   check=True)
    pages = []
    for png in sorted(tmp.glob("pg*.png")):
        im = Image.open(png).convert("L")
        a = angle if angle is not None else rng.uniform(-1.2, 1.2)
        im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(int(w * h / 4000)):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.randrange(0, 120)
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        # a little grey paper
        im = im.point(lambda v: min(255, int(v * 0.96) + 6))
        pages.append(im)
    if text_layer:
        # scanner software with OCR: tesseract writes a PDF with a hidden text layer
        parts = []
        for i, im in enumerate(pages):
            ip = tmp / f"s{i}.png"
            im.save(ip, dpi=(dpi, dpi))
            subprocess.run(["tesseract", str(ip), str(tmp / f"o{i}"), "-l", "dan", "pdf"],
                           check=True, capture_output=True)
            parts.append(tmp / f"o{i}.pdf")
        from pypdf import PdfWriter
        wr = PdfWriter()
        for p in parts:
            wr.append(str(p))
        with open(out_pdf, "wb") as fh:
            wr.write(fh)
    else:
        pages[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    shutil.rmtree(tmp, ignore_errors=True)


def soffice_convert(jobs, profile="/tmp/lo_fy_profile"):
    """jobs: list of (src_path, target_ext, final_path). Batched per target format."""
    by_fmt = {}
    for src, ext, final in jobs:
        by_fmt.setdefault(ext, []).append((src, final))
    for ext, items in by_fmt.items():
        outdir = Path(tempfile.mkdtemp(prefix=f"fy_lo_{ext}_"))
        filt = {"pdf": "pdf", "odt": "odt", "rtf": "rtf"}[ext]
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
               filt, "--outdir", str(outdir)] + [str(s) for s, _ in items]
        subprocess.run(cmd, check=True, capture_output=True, timeout=600)
        for src, final in items:
            produced = outdir / (Path(src).stem + "." + ext)
            if not produced.exists():
                raise RuntimeError(f"soffice did not produce {produced}")
            Path(final).parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(produced), str(final))
        shutil.rmtree(outdir, ignore_errors=True)
