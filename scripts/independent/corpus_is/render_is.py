"""Renderers for corpus IS: a document is a list of blocks.

Blocks: ("title", text) ("h", text) ("p", text) ("kv", [(label, value), ...]) ("lines", [text, ...])
("sig", [party, ...]).
"""
from __future__ import annotations

import html as _html
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path


def _text(blocks, md=False, kvsep=": "):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(("# " if md else "") + val)
            out.append("" if md else "=" * min(len(val), 60))
        elif kind == "h":
            out.append("")
            out.append(("## " if md else "") + val)
        elif kind == "p":
            out.append(val)
            out.append("")
        elif kind == "lines":
            out.extend(val)
            out.append("")
        elif kind == "kv":
            if md:
                out.append("| Felt | Indhold |")
                out.append("|---|---|")
                for k, v in val:
                    out.append(f"| {k} | {v.replace(chr(10), ' ')} |")
            else:
                for k, v in val:
                    vv = v.split("\n")
                    out.append(f"{k}{kvsep}{vv[0]}")
                    for extra in vv[1:]:
                        out.append("    " + extra)
            out.append("")
        elif kind == "sig":
            out.append("")
            for party in val:
                out.append(f"Dato: ____________  Underskrift: ______________________  ({party})")
            out.append("")
    return "\n".join(out).strip() + "\n"


def write_txt(path: Path, blocks):
    path.write_text(_text(blocks), encoding="utf-8")


def write_md(path: Path, blocks):
    path.write_text(_text(blocks, md=True), encoding="utf-8")


def write_eml(path: Path, blocks, sender, to, subject, date):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    import hashlib
    msg["Message-ID"] = f"<{hashlib.sha1(subject.encode()).hexdigest()[:12]}.is@corpus.invalid>"
    msg.set_content(_text([b for b in blocks if b[0] != "title"] if blocks and blocks[0][1] == subject else blocks))
    path.write_bytes(bytes(msg))


def write_html(path: Path, blocks, css_variant=0):
    e = _html.escape
    body = []
    for kind, val in blocks:
        if kind == "title":
            body.append(f"<h1>{e(val)}</h1>")
        elif kind == "h":
            body.append(f"<h2>{e(val)}</h2>")
        elif kind == "p":
            body.append(f"<p>{e(val)}</p>")
        elif kind == "lines":
            body.append("<p>" + "<br>".join(e(x) for x in val) + "</p>")
        elif kind == "kv":
            if css_variant == 1:
                body.append("<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v).replace(chr(10), '<br>')}</dd>" for k, v in val) + "</dl>")
            else:
                body.append("<table border='1' cellpadding='4'>" + "".join(
                    f"<tr><th style='text-align:left'>{e(k)}</th><td>{e(v).replace(chr(10), '<br>')}</td></tr>" for k, v in val) + "</table>")
        elif kind == "sig":
            body.append("<table>" + "".join(f"<tr><td>Dato/underskrift: ______________________</td><td>{e(p)}</td></tr>" for p in val) + "</table>")
    title = next((v for k, v in blocks if k == "title"), "Dokument")
    path.write_text(f"<!DOCTYPE html>\n<html lang='da'><head><meta charset='utf-8'><title>{e(title)}</title></head>\n<body>\n"
                    + "\n".join(body) + "\n</body></html>\n", encoding="utf-8")


def write_docx(path: Path, blocks, kv_as_table=True):
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=1)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "lines":
            for x in val:
                d.add_paragraph(x)
        elif kind == "kv":
            if kv_as_table:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in val:
                    r = t.add_row().cells
                    r[0].text = k
                    r[1].text = v
                d.add_paragraph("")
            else:
                for k, v in val:
                    p = d.add_paragraph()
                    p.add_run(k + ": ").bold = True
                    p.add_run(v)
        elif kind == "sig":
            t = d.add_table(rows=2, cols=len(val))
            for i, party in enumerate(val):
                t.rows[0].cells[i].text = "\n\n______________________"
                t.rows[1].cells[i].text = party
    cp = d.core_properties
    cp.created = cp.modified = datetime(2026, 3, 1, 9, 0)
    cp.author = cp.last_modified_by = "Sagsbehandler"
    d.save(str(path))


def write_odt(path: Path, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    for kind, val in blocks:
        if kind == "title":
            doc.text.addElement(H(outlinelevel=1, text=val))
        elif kind == "h":
            doc.text.addElement(H(outlinelevel=2, text=val))
        elif kind == "p":
            doc.text.addElement(P(text=val))
        elif kind == "lines":
            for x in val:
                doc.text.addElement(P(text=x))
        elif kind == "kv":
            t = Table(name=f"Tabel{len(doc.text.childNodes)}")
            t.addElement(TableColumn(numbercolumnsrepeated=2))
            for k, v in val:
                tr = TableRow()
                for cell in (k, v):
                    tc = TableCell()
                    for line in cell.split("\n"):
                        tc.addElement(P(text=line))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        elif kind == "sig":
            for party in val:
                doc.text.addElement(P(text=f"______________________  {party}"))
    doc.save(str(path))


def _rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        elif ch == "\n":
            out.append("\\line ")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(path: Path, blocks):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\uc1\fs22 "]
    for kind, val in blocks:
        if kind == "title":
            parts.append(r"{\b\fs32 " + _rtf_esc(val) + r"}\par\par ")
        elif kind == "h":
            parts.append(r"{\b\fs26 " + _rtf_esc(val) + r"}\par ")
        elif kind == "p":
            parts.append(_rtf_esc(val) + r"\par\par ")
        elif kind == "lines":
            parts.append("".join(_rtf_esc(x) + r"\par " for x in val) + r"\par ")
        elif kind == "kv":
            for k, v in val:
                parts.append(r"{\b " + _rtf_esc(k) + r":} " + _rtf_esc(v) + r"\par ")
            parts.append(r"\par ")
        elif kind == "sig":
            for party in val:
                parts.append(_rtf_esc("______________________  " + party) + r"\par ")
    parts.append("}")
    path.write_text("".join(parts), encoding="ascii")


def write_pdf(path: Path, blocks):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "Helvetica"
    for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("DejaVu", cand))
            font = "DejaVu"
    ss = getSampleStyleSheet()
    for s in ss.byName.values():
        s.fontName = font
    e = _html.escape
    story = []
    for kind, val in blocks:
        if kind == "title":
            story.append(Paragraph(e(val), ss["Title"]))
        elif kind == "h":
            story.append(Paragraph(e(val), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(e(val), ss["BodyText"]))
        elif kind == "lines":
            story.append(Paragraph("<br/>".join(e(x) for x in val), ss["BodyText"]))
        elif kind == "kv":
            data = [[Paragraph(e(k), ss["BodyText"]), Paragraph(e(v).replace("\n", "<br/>"), ss["BodyText"])] for k, v in val]
            t = Table(data, colWidths=[5 * cm, 11 * cm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "sig":
            story.append(Spacer(1, 20))
            for party in val:
                story.append(Paragraph(e("______________________  " + party), ss["BodyText"]))
    SimpleDocTemplate(str(path), pagesize=A4, title=next((v for k, v in blocks if k == "title"), "")).build(story)


def write_scan_pdf(path: Path, blocks):
    """Render a PDF, rasterise it and let Tesseract build an image+OCR PDF (one process at a time)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src.pdf"
        write_pdf(src, blocks)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(Path(tmp) / "pg")], check=True)
        pages = sorted(Path(tmp).glob("pg*.png"))
        lst = Path(tmp) / "list.txt"
        lst.write_text("\n".join(str(p) for p in pages) + "\n")
        subprocess.run(["tesseract", str(lst), str(path.with_suffix("")), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
