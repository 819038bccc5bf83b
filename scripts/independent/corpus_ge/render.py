"""Renderers for corpus ge. A document is a dict: title, blocks, and optional side (sidebar blocks).

Blocks: ("h", level, text) · ("p", text) · ("b", text) bold-only paragraph · ("ul", [items]) ·
("ol", [items]) · ("table", rows, header) · ("kv", [(label, value)]) · ("lines", [lines])
"""
from __future__ import annotations

import html as htmlmod
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm


# ------------------------------------------------------------------ plain text / markdown
def to_text(doc: dict, style: str = "plain") -> str:
    out: list[str] = []
    if doc.get("letterhead"):
        out += doc["letterhead"] + [""]
    if doc.get("title"):
        t = doc["title"]
        out += [t.upper() if style == "caps" else t, "=" * len(t) if style == "underline" else "", ""]
    blocks = list(doc["blocks"]) + list(doc.get("side") or [])
    for b in blocks:
        k = b[0]
        if k == "h":
            t = b[2]
            out += [t.upper() if style == "caps" else (t + ":" if style == "colon" and not t.endswith(("?", ":")) else t), ""]
        elif k in ("p", "b"):
            out += [b[1], ""]
        elif k == "ul":
            out += [f"- {i}" for i in b[1]] + [""]
        elif k == "ol":
            out += [f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif k == "kv":
            out += [f"{l}: {v}" for l, v in b[1]] + [""]
        elif k == "table":
            for row in b[1]:
                out.append(" | ".join(row))
            out.append("")
        elif k == "lines":
            out += list(b[1]) + [""]
    return "\n".join(out).rstrip() + "\n"


def to_md(doc: dict) -> str:
    out: list[str] = []
    if doc.get("title"):
        out += [f"# {doc['title']}", ""]
    for b in list(doc["blocks"]) + list(doc.get("side") or []):
        k = b[0]
        if k == "h":
            out += ["#" * (b[1] + 1) + " " + b[2], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "b":
            out += [f"**{b[1]}**", ""]
        elif k == "ul":
            out += [f"* {i}" for i in b[1]] + [""]
        elif k == "ol":
            out += [f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif k == "kv":
            out += [f"**{l}:** {v}  " for l, v in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            hdr = rows[0] if b[2] else [""] * len(rows[0])
            body = rows[1:] if b[2] else rows
            out.append("| " + " | ".join(hdr) + " |")
            out.append("|" + "---|" * len(hdr))
            out += ["| " + " | ".join(r) + " |" for r in body]
            out.append("")
        elif k == "lines":
            out += [l + "  " for l in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ HTML
def to_html(doc: dict, variant: int = 0) -> str:
    e = htmlmod.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
             f"<title>{e(doc.get('title') or 'Dokument')}</title>",
             "<style>body{font-family:Arial,sans-serif;max-width:60em} .side{float:right;width:16em;background:#eef;padding:8px}"
             " td,th{border:1px solid #999;padding:4px;vertical-align:top} table{border-collapse:collapse}</style>",
             "</head><body>"]
    if doc.get("letterhead"):
        parts.append("<div class='brevhoved'>" + "<br>".join(e(x) for x in doc["letterhead"]) + "</div>")
    if doc.get("side"):
        parts.append("<aside class='side'>" + _html_blocks(doc["side"], variant) + "</aside>")
    if doc.get("title"):
        parts.append(f"<h1>{e(doc['title'])}</h1>")
    parts.append(_html_blocks(doc["blocks"], variant))
    parts.append("</body></html>")
    return "\n".join(parts)


def _html_blocks(blocks, variant: int) -> str:
    e = htmlmod.escape
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            if variant == 1:
                out.append(f"<p><strong>{e(b[2])}</strong></p>")
            else:
                out.append(f"<h{b[1] + 1}>{e(b[2])}</h{b[1] + 1}>")
        elif k == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif k == "b":
            out.append(f"<p><b>{e(b[1])}</b></p>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "ol":
            out.append("<ol>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ol>")
        elif k == "kv":
            if variant == 2:
                out.append("<dl>" + "".join(f"<dt>{e(l)}</dt><dd>{e(v)}</dd>" for l, v in b[1]) + "</dl>")
            else:
                out.append("<table>" + "".join(f"<tr><th style='text-align:left'>{e(l)}</th><td>{e(v)}</td></tr>" for l, v in b[1]) + "</table>")
        elif k == "table":
            rows = b[1]
            s = "<table>"
            for i, r in enumerate(rows):
                tag = "th" if (b[2] and i == 0) else "td"
                s += "<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>"
            out.append(s + "</table>")
        elif k == "lines":
            out.append("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
    return "\n".join(out)


# ------------------------------------------------------------------ DOCX
def _shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _docx_blocks(container, blocks, bold_headings: bool, doc: Document, width_cm: float = 16.0) -> None:
    for b in blocks:
        k = b[0]
        if k == "h":
            if bold_headings or container is not doc:
                p = container.add_paragraph()
                r = p.add_run(b[2])
                r.bold = True
                if b[1] == 1:
                    r.font.size = Pt(13)
            else:
                doc.add_heading(b[2], level=min(b[1], 3))
        elif k == "p":
            container.add_paragraph(b[1])
        elif k == "b":
            container.add_paragraph().add_run(b[1]).bold = True
        elif k in ("ul", "ol"):
            for i, item in enumerate(b[1], 1):
                if container is doc:
                    doc.add_paragraph(item, style="List Bullet" if k == "ul" else "List Number")
                else:
                    container.add_paragraph(("• " if k == "ul" else f"{i}. ") + item)
        elif k in ("kv", "table"):
            rows = [list(x) for x in b[1]]
            ncol = max(len(r) for r in rows)
            t = container.add_table(rows=len(rows), cols=ncol)
            t.style = doc.styles["Table Grid"]
            t.autofit = False
            if k == "kv" and ncol == 2:
                ws = [min(4.5, width_cm * 0.35), width_cm - min(4.5, width_cm * 0.35)]
            else:
                ws = [width_cm / ncol] * ncol
            for ci in range(ncol):
                for cell in t.columns[ci].cells:
                    cell.width = Cm(ws[ci])
            for gc, wv in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), ws):
                gc.set(qn("w:w"), str(int(wv * 567)))
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = c
                    if (k == "kv" and ci == 0) or (k == "table" and b[2] and ri == 0):
                        for p in cell.paragraphs:
                            for run in p.runs:
                                run.bold = True
                        _shade(cell, "E7E6E6")
            container.add_paragraph("")
        elif k == "lines":
            p = container.add_paragraph()
            for i, line in enumerate(b[1]):
                if i:
                    p.add_run().add_break()
                p.add_run(line)


def to_docx(doc: dict, path: Path, bold_headings: bool = False, mode: str = "flow") -> None:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if doc.get("letterhead"):
        hdr = d.sections[0].header
        hdr.paragraphs[0].text = doc["letterhead"][0]
        for line in doc["letterhead"][1:]:
            hdr.add_paragraph(line)
    if doc.get("title"):
        if bold_headings:
            r = d.add_paragraph().add_run(doc["title"])
            r.bold = True
            r.font.size = Pt(16)
        else:
            d.add_heading(doc["title"], level=1 if mode != "flow" else 0)
    if mode == "sidebar" and doc.get("side"):
        # layout table: main cell (wide) + shaded sidebar cell
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        main, side = t.cell(0, 0), t.cell(0, 1)
        main.width, side.width = Cm(11.5), Cm(5)
        _shade(side, "DDEBF7")
        main.paragraphs[0].text = ""
        side.paragraphs[0].text = ""
        _docx_blocks(main, doc["blocks"], True, d, width_cm=10.3)
        _docx_blocks(side, doc["side"], True, d, width_cm=4.5)
    else:
        if mode == "twocol":
            # the title in one column section, body in two columns
            new = d.add_section(WD_SECTION.CONTINUOUS)
            cols = new._sectPr.xpath("./w:cols")
            c = cols[0] if cols else OxmlElement("w:cols")
            c.set(qn("w:num"), "2")
            c.set(qn("w:space"), "567")
            if not cols:
                new._sectPr.append(c)
        wcm = 7.5 if mode == "twocol" else 16.0
        _docx_blocks(d, doc["blocks"], bold_headings, d, width_cm=wcm)
        if doc.get("side"):
            _docx_blocks(d, doc["side"], bold_headings, d, width_cm=wcm)
    if doc.get("footer"):
        d.sections[-1].footer.paragraphs[0].text = doc["footer"]
    d.save(str(path))


# ------------------------------------------------------------------ reportlab PDF
def to_pdf_rl(doc: dict, path: Path, mode: str = "flow") -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, FrameBreak, ListFlowable, ListItem)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font, bold = "Helvetica", "Helvetica-Bold"
    for reg, bd in (("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),):
        if Path(reg).exists():
            try:
                pdfmetrics.registerFont(TTFont("DV", reg))
                pdfmetrics.registerFont(TTFont("DVB", bd))
                font, bold = "DV", "DVB"
            except Exception:
                pass
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=font, fontSize=10, leading=13, spaceAfter=5)
    small = ParagraphStyle("s", parent=body, fontSize=9, leading=11)
    h = {1: ParagraphStyle("h1", parent=body, fontName=bold, fontSize=13, leading=16, spaceBefore=6),
         2: ParagraphStyle("h2", parent=body, fontName=bold, fontSize=11, leading=14, spaceBefore=5),
         3: ParagraphStyle("h3", parent=body, fontName=bold, fontSize=10, leading=13)}
    title = ParagraphStyle("t", parent=body, fontName=bold, fontSize=16, leading=20, spaceAfter=10)
    e = htmlmod.escape

    def flow(blocks, st, width):
        out = []
        for b in blocks:
            k = b[0]
            if k == "h":
                out.append(Paragraph(e(b[2]), h[min(b[1], 3)] if st is body else ParagraphStyle("x", parent=st, fontName=bold)))
            elif k == "p":
                out.append(Paragraph(e(b[1]), st))
            elif k == "b":
                out.append(Paragraph(e(b[1]), ParagraphStyle("bb", parent=st, fontName=bold)))
            elif k in ("ul", "ol"):
                out.append(ListFlowable([ListItem(Paragraph(e(i), st)) for i in b[1]],
                                        bulletType="bullet" if k == "ul" else "1", start="•" if k == "ul" else None,
                                        bulletFontName=font))
            elif k in ("kv", "table"):
                rows = [[Paragraph(e(c), st) for c in r] for r in b[1]]
                ncol = max(len(r) for r in rows)
                widths = [width * 0.32] + [width * 0.68 / (ncol - 1)] * (ncol - 1) if k == "kv" else [width / ncol] * ncol
                t = Table(rows, colWidths=widths)
                style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                if k == "kv":
                    style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")))
                elif b[2]:
                    style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")))
                t.setStyle(TableStyle(style))
                out += [t, Spacer(1, 6)]
            elif k == "lines":
                out.append(Paragraph("<br/>".join(e(x) for x in b[1]), st))
        return out

    W, H = A4
    m = 2 * cm

    def on_page(c, _doc):
        c.saveState()
        c.setFont(font, 8)
        if doc.get("letterhead"):
            y = H - 1.2 * cm
            for line in doc["letterhead"]:
                c.drawRightString(W - m, y, line)
                y -= 10
        if doc.get("footer"):
            c.drawString(m, 1.2 * cm, doc["footer"])
        if mode == "sidebar":
            c.setFillColor(colors.HexColor("#E8EEF7"))
            c.rect(W - m - 5.2 * cm, m, 5.2 * cm, H - 2 * m - 2.2 * cm, stroke=0, fill=1)
        c.restoreState()

    top = H - m - (1.2 * cm if doc.get("letterhead") else 0)
    story = []
    if mode == "flow":
        frames = [Frame(m, m, W - 2 * m, top - m, id="main")]
        if doc.get("title"):
            story.append(Paragraph(e(doc["title"]), title))
        story += flow(doc["blocks"] + list(doc.get("side") or []), body, W - 2 * m)
    elif mode == "twocol":
        th = 1.6 * cm
        gap = 0.8 * cm
        cw = (W - 2 * m - gap) / 2
        frames = [Frame(m, top - th, W - 2 * m, th, id="title"),
                  Frame(m, m, cw, top - th - m, id="c1"), Frame(m + cw + gap, m, cw, top - th - m, id="c2")]
        story.append(Paragraph(e(doc.get("title") or ""), title))
        story.append(FrameBreak())
        story += flow(doc["blocks"], body, cw)
        if doc.get("side"):
            story += flow(doc["side"], body, cw)
    else:  # sidebar
        sw = 5.2 * cm
        gap = 0.6 * cm
        mw = W - 2 * m - sw - gap
        frames = [Frame(m, m, mw, top - m, id="main"),
                  Frame(W - m - sw + 0.2 * cm, m, sw - 0.4 * cm, top - m - 2.2 * cm + 1.2 * cm, id="side")]
        if doc.get("title"):
            story.append(Paragraph(e(doc["title"]), title))
        story += flow(doc["blocks"], body, mw)
        story.append(FrameBreak())
        story += flow(doc.get("side") or [], small, sw - 0.4 * cm)
    tmpl = BaseDocTemplate(str(path), pagesize=A4, title=doc.get("title") or "", author=doc.get("author", ""))
    tmpl.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
    tmpl.build(story)


# ------------------------------------------------------------------ LibreOffice conversions
def soffice_convert(pairs: list[tuple[Path, Path]], fmt: str, profile: str) -> None:
    """Convert each (src, dst) with soffice into format fmt (pdf, odt, rtf); batched per call."""
    if not pairs:
        return
    with tempfile.TemporaryDirectory() as td:
        srcs = [str(s) for s, _ in pairs]
        for i in range(0, len(srcs), 20):
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", fmt, "--outdir", td] + srcs[i:i + 20],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for s, d in pairs:
            produced = Path(td) / (s.stem + "." + fmt)
            d.parent.mkdir(parents=True, exist_ok=True)
            produced.replace(d)


def scan_pdf(src_pdf: Path, dst_pdf: Path) -> None:
    """Render a PDF to images and OCR it back into a PDF with a hidden text layer (tesseract)."""
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src_pdf), f"{td}/pg"], check=True)
        pages = sorted(Path(td).glob("pg*.png"))
        lst = Path(td) / "list.txt"
        lst.write_text("\n".join(str(p) for p in pages) + "\n")
        subprocess.run(["tesseract", str(lst), f"{td}/out", "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        dst_pdf.parent.mkdir(parents=True, exist_ok=True)
        (Path(td) / "out.pdf").replace(dst_pdf)
