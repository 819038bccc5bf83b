"""Renderers for corpus GT: one block model, many output formats.

Blocks:
  ("h", text, level)        heading
  ("p", text)               paragraph (may contain "\n" line breaks)
  ("ul", [items])           bullet list
  ("ol", [items])           numbered list
  ("kv", [(label, value)])  label/value table (two columns)
  ("table", [[cells]], has_header)
  ("sp",)                   spacer / nothing
"""
from __future__ import annotations

import html as htmlmod
import zlib
import shutil
import subprocess
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from datetime import datetime, timezone

from docx import Document
from docx.shared import Pt


def to_docx(blocks, path: Path, style="plain"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri" if style != "serif" else "Times New Roman"
    st.font.size = Pt(11)
    for b in blocks:
        t = b[0]
        if t == "h":
            if style == "boldheads":
                para = doc.add_paragraph()
                r = para.add_run(b[1])
                r.bold = True
            else:
                doc.add_heading(b[1], level=min(b[2], 3))
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t in ("ul", "ol"):
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet" if t == "ul" else "List Number")
        elif t == "kv":
            tab = doc.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for lab, val in b[1]:
                row = tab.add_row().cells
                row[0].text = lab
                row[1].text = val
            doc.add_paragraph("")
        elif t == "table":
            rows = b[1]
            tab = doc.add_table(rows=0, cols=len(rows[0]))
            tab.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = tab.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = c
                    if i == 0 and b[2]:
                        for p in cells[j].paragraphs:
                            for run in p.runs:
                                run.bold = True
            doc.add_paragraph("")
    doc.core_properties.author = "Sagsbehandler"
    doc.core_properties.created = datetime(2026, 9, 1, tzinfo=timezone.utc)
    doc.core_properties.modified = datetime(2026, 9, 1, tzinfo=timezone.utc)
    doc.save(str(path))


def to_txt(blocks, style="plain") -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "h":
            if style == "caps":
                out.append(b[1].upper())
            elif style == "underline":
                out.append(b[1])
                out.append(("=" if b[2] == 1 else "-") * len(b[1]))
            else:
                out.append(b[1] + (":" if not b[1].endswith((":", "?")) and b[2] > 1 else ""))
            out.append("")
        elif t == "p":
            out.append(b[1])
            out.append("")
        elif t == "ul":
            out.extend(("- " if style != "bullets" else "• ") + i for i in b[1])
            out.append("")
        elif t == "ol":
            out.extend(f"{n}) {i}" for n, i in enumerate(b[1], 1))
            out.append("")
        elif t == "kv":
            for lab, val in b[1]:
                out.append(f"{lab}: {val}")
            out.append("")
        elif t == "table":
            for r in b[1]:
                out.append(" | ".join(r))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_md(blocks) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "h":
            out.append("#" * b[2] + " " + b[1])
            out.append("")
        elif t == "p":
            out.append(b[1].replace("\n", "  \n"))
            out.append("")
        elif t == "ul":
            out.extend("- " + i for i in b[1])
            out.append("")
        elif t == "ol":
            out.extend(f"{n}. {i}" for n, i in enumerate(b[1], 1))
            out.append("")
        elif t == "kv":
            for lab, val in b[1]:
                out.append(f"**{lab}:** {val}  ")
            out.append("")
        elif t == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


CSS = {
    "kommune": "body{font-family:Arial;max-width:780px;margin:2em auto;color:#222}"
               "h1{color:#00506e}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px}",
    "portal": "body{font-family:Segoe UI,sans-serif;background:#f4f4f4}.card{background:#fff;padding:12px;margin:8px}"
              "th{text-align:left}",
    "plain": "",
}


def to_html(blocks, title, style="kommune", lang="da") -> str:
    e = htmlmod.escape
    out = [f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{e(title)}</title>'
           f"<style>{CSS.get(style, '')}</style></head><body>"]
    if style == "portal":
        out.append('<div class="card">')
    for b in blocks:
        t = b[0]
        if t == "h":
            lv = min(b[2], 4)
            out.append(f"<h{lv}>{e(b[1])}</h{lv}>")
        elif t == "p":
            out.append("<p>" + e(b[1]).replace("\n", "<br>") + "</p>")
        elif t in ("ul", "ol"):
            out.append(f"<{t}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{t}>")
        elif t == "kv":
            if style == "portal":
                out.append("<dl>" + "".join(f"<dt>{e(l)}</dt><dd>{e(v)}</dd>" for l, v in b[1]) + "</dl>")
            else:
                out.append("<table>" + "".join(f"<tr><th>{e(l)}</th><td>{e(v)}</td></tr>" for l, v in b[1])
                           + "</table>")
        elif t == "table":
            rows = b[1]
            s = "<table>"
            for i, r in enumerate(rows):
                tag = "th" if i == 0 and b[2] else "td"
                s += "<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>"
            out.append(s + "</table>")
    if style == "portal":
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out)


def to_pdf(blocks, path: Path, style="plain"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem
    from reportlab.lib import colors
    from reportlab.lib.units import cm

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    e = htmlmod.escape
    story = []
    for b in blocks:
        t = b[0]
        if t == "h":
            st = ss["Heading1"] if b[2] == 1 else ss["Heading2"] if b[2] == 2 else ss["Heading3"]
            story.append(Paragraph(e(b[1]), st))
        elif t == "p":
            story.append(Paragraph(e(b[1]).replace("\n", "<br/>"), body))
        elif t in ("ul", "ol"):
            items = [ListItem(Paragraph(e(i), body)) for i in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if t == "ul" else "1", start=None if t == "ul" else 1))
        elif t in ("kv", "table"):
            rows = [[l, v] for l, v in b[1]] if t == "kv" else b[1]
            data = [[Paragraph(e(c), body) for c in r] for r in rows]
            ncol = len(rows[0])
            widths = [5 * cm, 11 * cm] if ncol == 2 else [16 * cm / ncol] * ncol
            tab = Table(data, colWidths=widths)
            tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tab)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="", author="",
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    doc.build(story)


def to_eml(body_text: str, path: Path, subject: str, sender: str, to: str, date: datetime,
           html_body: str | None = None, attachment: tuple[str, bytes, str] | None = None):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{zlib.crc32((subject + to).encode())}.{date:%Y%m%d}@mail.example.dk>"
    msg.set_content(body_text)
    if html_body:
        msg.add_alternative(html_body, subtype="html")
    if attachment:
        name, data, mime = attachment
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(bytes(msg))


def soffice_convert(srcs: list[Path], fmt: str, outdir: Path, profile="file:///tmp/lo_gt_profile"):
    if not srcs:
        return
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt,
           "--outdir", str(outdir)] + [str(s) for s in srcs]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def scan_pdf(src: Path, dst: Path, work: Path, dpi=200, rotate=0.0, seed=0):
    """Render a PDF to images (as a scanner would), OCR with Tesseract into a PDF with a hidden text layer."""
    from pypdf import PdfWriter, PdfReader
    work.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(work / "pg")], check=True)
    pages = sorted(work.glob("pg*.png"))
    outs = []
    for pg in pages:
        if rotate:
            try:
                from PIL import Image
                im = Image.open(pg)
                im = im.rotate(rotate, expand=False, fillcolor=255)
                im.save(pg)
            except ImportError:
                pass
        base = pg.with_suffix("")
        subprocess.run(["tesseract", str(pg), str(base), "-l", "dan", "pdf"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        outs.append(base.with_suffix(".pdf"))
    w = PdfWriter()
    for o in outs:
        for p in PdfReader(str(o)).pages:
            w.add_page(p)
    with open(dst, "wb") as fh:
        w.write(fh)
