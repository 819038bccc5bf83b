"""Renderers for corpus fu: one small block model, written out as docx, odt, html, txt and PDF.

Block model (a list of tuples):
  ("title", text)            document title
  ("meta", [(label, value)]) letterhead lines (sender, date, case number)
  ("h", text)                section heading
  ("bh", text)               heading written as a bold paragraph (a caseworker's habit)
  ("p", text)                paragraph
  ("kv", [(label, value)])   two-column label/value table (value may hold "\n")
  ("grid", [[cells]])        table with a header row
  ("ol", [items])            numbered list
  ("ul", [items])            bullet list
  ("sig", [lines])           signature lines
"""
from __future__ import annotations

import html as _html
import subprocess
from pathlib import Path


# ---------------------------------------------------------------- docx
def to_docx(blocks, path: Path, *, font="Calibri", header_text=None, kv_widths=(5.0, 11.0)):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    if header_text:
        hp = d.sections[0].header.paragraphs[0]
        hp.text = header_text
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=1)
        elif kind == "meta":
            for lab, val in b[1]:
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                r = p.add_run(f"{lab}: {val}" if lab else val)
                r.font.size = Pt(9)
        elif kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "bh":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for lab, val in b[1]:
                row = t.add_row().cells
                row[0].text = ""
                row[0].paragraphs[0].add_run(lab).bold = True
                lines = str(val).split("\n")
                row[1].text = lines[0]
                for extra in lines[1:]:
                    row[1].add_paragraph(extra)
                row[0].width = Cm(kv_widths[0])
                row[1].width = Cm(kv_widths[1])
            d.add_paragraph("")
        elif kind == "grid":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for c, txt in zip(cells, r):
                    c.text = ""
                    run = c.paragraphs[0].add_run(txt)
                    run.bold = i == 0
            d.add_paragraph("")
        elif kind == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "sig":
            d.add_paragraph("")
            for line in b[1]:
                d.add_paragraph(line)
    d.save(str(path))


# ---------------------------------------------------------------- odt
def to_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
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
    right = Style(name="Hoejre", family="paragraph")
    right.addElement(ParagraphProperties(textalign="right"))
    doc.automaticstyles.addElement(right)
    tcount = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif kind == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif kind == "bh":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1]))
            doc.text.addElement(p)
        elif kind == "meta":
            for lab, val in b[1]:
                doc.text.addElement(P(stylename=right, text=f"{lab}: {val}" if lab else val))
        elif kind == "p":
            doc.text.addElement(P(text=b[1]))
        elif kind in ("kv", "grid"):
            tcount += 1
            rows = b[1] if kind == "grid" else [list(r) for r in b[1]]
            ncol = len(rows[0])
            t = Table(name=f"Tabel{tcount}")
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for i, r in enumerate(rows):
                tr = TableRow()
                for j, cell in enumerate(r):
                    tc = TableCell(valuetype="string")
                    for k, line in enumerate(str(cell).split("\n")):
                        p = P()
                        if (kind == "kv" and j == 0) or (kind == "grid" and i == 0):
                            p.addElement(Span(stylename=bold, text=line))
                        else:
                            p.addText(line)
                        tc.addElement(p)
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(text=""))
        elif kind in ("ol", "ul"):
            # odfpy lists without a list style render as plain paragraphs; keep the
            # number/bullet typed in the text, as many ODT templates do
            for n, it in enumerate(b[1], 1):
                mark = f"{n}. " if kind == "ol" else "• "
                doc.text.addElement(P(text=mark + it))
        elif kind == "sig":
            doc.text.addElement(P(text=""))
            for line in b[1]:
                doc.text.addElement(P(text=line))
    doc.save(str(path))


# ---------------------------------------------------------------- html
def to_html(blocks, path: Path, *, css="", org=""):
    e = _html.escape
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">']
    title = next((b[1] for b in blocks if b[0] == "title"), "Dokument")
    out.append(f"<title>{e(title)}</title>")
    out.append(f"<style>{css or 'body{font-family:Arial,sans-serif;max-width:46em;margin:2em auto} td{border:1px solid #999;padding:4px;vertical-align:top}'}</style>")
    out.append("</head><body>")
    if org:
        out.append(f'<div class="afsender">{e(org)}</div>')
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "meta":
            out.append('<div class="meta">' + "<br>".join(e(f"{l}: {v}" if l else v) for l, v in b[1]) + "</div>")
        elif kind == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "bh":
            out.append(f"<p><strong>{e(b[1])}</strong></p>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "kv":
            out.append("<table>")
            for l, v in b[1]:
                out.append(f"<tr><th style='text-align:left'>{e(l)}</th><td>{'<br>'.join(e(x) for x in str(v).split(chr(10)))}</td></tr>")
            out.append("</table>")
        elif kind == "grid":
            rows = b[1]
            out.append("<table><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        elif kind in ("ol", "ul"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "sig":
            out.append("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- txt
def to_txt(blocks, path: Path, *, style="plain", encoding="utf-8"):
    """style: 'plain' (underlined title, CAPS headings), 'export' (case-system export,
    LABEL: value), 'md' (markdown-ish headings)."""
    lines = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            if style == "md":
                lines += [f"# {b[1]}", ""]
            else:
                lines += [b[1], "=" * len(b[1]), ""]
        elif kind == "meta":
            lines += [f"{l}: {v}" if l else v for l, v in b[1]] + [""]
        elif kind in ("h", "bh"):
            if style == "md":
                lines += [f"## {b[1]}", ""]
            elif style == "export":
                lines += [b[1].upper(), ""]
            else:
                lines += [b[1], "-" * len(b[1]), ""]
        elif kind == "p":
            lines += [b[1], ""]
        elif kind == "kv":
            for l, v in b[1]:
                parts = str(v).split("\n")
                if style == "export" or len(parts) == 1:
                    lines.append(f"{l}: {'; '.join(x[2:] if x.startswith('- ') else x for x in parts)}")
                else:
                    lines.append(f"{l}: {parts[0]}")
                    lines += [f"    {x}" for x in parts[1:]]
            lines.append("")
        elif kind == "grid":
            for r in b[1]:
                lines.append(" | ".join(r))
            lines.append("")
        elif kind == "ol":
            lines += [f"{n}) {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif kind == "ul":
            lines += [f"- {i}" for i in b[1]] + [""]
        elif kind == "sig":
            lines += b[1] + [""]
    path.write_bytes("\n".join(lines).encode(encoding))


# ---------------------------------------------------------------- reportlab
def to_pdf_rl(blocks, path: Path, *, org="", font_size=10, accent="#1f4e79"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    ListFlowable, ListItem)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fname = "Helvetica"
    bname = "Helvetica-Bold"
    for cand, bc in (("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                      "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),):
        if Path(cand).exists() and Path(bc).exists():
            pdfmetrics.registerFont(TTFont("DV", cand))
            pdfmetrics.registerFont(TTFont("DVB", bc))
            fname, bname = "DV", "DVB"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=fname, fontSize=font_size,
                          leading=font_size * 1.35)
    small = ParagraphStyle("s", parent=body, fontSize=font_size - 2, alignment=2)
    h1 = ParagraphStyle("h1", parent=body, fontName=bname, fontSize=font_size + 6,
                        leading=(font_size + 6) * 1.3, spaceAfter=8,
                        textColor=colors.HexColor(accent))
    h2 = ParagraphStyle("h2", parent=body, fontName=bname, fontSize=font_size + 2,
                        leading=(font_size + 2) * 1.3, spaceBefore=8, spaceAfter=3)
    bh = ParagraphStyle("bh", parent=body, fontName=bname, spaceBefore=6)
    e = _html.escape
    story = []
    if org:
        story += [Paragraph(e(org), small), Spacer(1, 6)]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(e(b[1]), h1))
        elif kind == "meta":
            for l, v in b[1]:
                story.append(Paragraph(e(f"{l}: {v}" if l else v), small))
            story.append(Spacer(1, 8))
        elif kind == "h":
            story.append(Paragraph(e(b[1]), h2))
        elif kind == "bh":
            story.append(Paragraph(e(b[1]), bh))
        elif kind == "p":
            story += [Paragraph(e(b[1]), body), Spacer(1, 4)]
        elif kind in ("kv", "grid"):
            rows = [list(r) for r in b[1]]
            data = [[Paragraph(e(str(c)).replace("\n", "<br/>"),
                               bh if (kind == "kv" and j == 0) or (kind == "grid" and i == 0) else body)
                     for j, c in enumerate(r)] for i, r in enumerate(rows)]
            widths = [5 * cm, 11.5 * cm] if kind == "kv" else None
            t = Table(data, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif kind in ("ol", "ul"):
            items = [ListItem(Paragraph(e(i), body)) for i in b[1]]
            story.append(ListFlowable(items, bulletType="1" if kind == "ol" else "bullet",
                                      bulletFontName=fname, bulletFontSize=font_size,
                                      start="1" if kind == "ol" else None))
            story.append(Spacer(1, 4))
        elif kind == "sig":
            story.append(Spacer(1, 14))
            for line in b[1]:
                story.append(Paragraph(e(line), body))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                      topMargin=2 * cm, bottomMargin=2 * cm, lang="da").build(story)


# ---------------------------------------------------------------- LibreOffice
def soffice_to_pdf(sources: list[Path], outdir: Path, profile="/tmp/lo_fu_profile"):
    """Convert docx/odt files to PDF with one LibreOffice run per folder."""
    by_dir: dict[Path, list[Path]] = {}
    for s in sources:
        by_dir.setdefault(outdir / s.parent.name if False else s.parent, []).append(s)
    for d, files in by_dir.items():
        for i in range(0, len(files), 20):
            chunk = files[i:i + 20]
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(d)] + [str(f) for f in chunk],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=600)
        for f in files:
            f.unlink()
