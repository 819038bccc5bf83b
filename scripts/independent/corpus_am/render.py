"""Renderers for corpus AM: one small document model written to docx, odt, pdf, html, txt, eml.

A document is a title plus a list of blocks:
  ("h1", text) ("h2", text) ("p", text) ("li", text) ("num", text) ("table", [[cell, ...], ...])
"""

from __future__ import annotations

import html as htmlmod
import zlib
import shutil
import subprocess
import textwrap
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass
class Doc:
    title: str
    blocks: list
    kind: str = "unknown"
    subtype: str = ""
    layout: str = "prose"
    rules: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    cpr: list = field(default_factory=list)
    traits: list = field(default_factory=list)
    period: dict | None = None
    # e-mail only
    mail_from: str = ""
    mail_to: str = ""
    mail_date: datetime | None = None
    quoted: list = field(default_factory=list)
    # html only
    site: dict | None = None


# ---------------------------------------------------------------- txt
def to_txt(doc: Doc, wrap: int = 0, markdown: bool = False) -> str:
    out: list[str] = []
    if markdown:
        out += [f"# {doc.title}", ""]
    else:
        out += [doc.title, "=" * min(len(doc.title), 70), ""]
    n = 0
    for kind, val in doc.blocks:
        if kind in ("h1", "h2"):
            n = 0
            if markdown:
                out += [("## " if kind == "h1" else "### ") + val, ""]
            else:
                out += [val.upper() if kind == "h1" else val, ""]
        elif kind == "p":
            out += (textwrap.wrap(val, wrap) if wrap else [val]) + [""]
        elif kind == "li":
            out.append("- " + val)
        elif kind == "num":
            n += 1
            out.append(f"{n}. {val}")
        elif kind == "table":
            for row in val:
                if len(row) == 2:
                    out.append(f"{row[0]}: {row[1]}")
                else:
                    out.append(" | ".join(row))
            out.append("")
        if kind in ("li", "num"):
            pass
    return "\n".join(_blank_after_lists(out)).rstrip() + "\n"


def _blank_after_lists(lines: list[str]) -> list[str]:
    res: list[str] = []
    for i, line in enumerate(lines):
        res.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        is_item = line.startswith("- ") or (line[:3].rstrip(". ").isdigit() and ". " in line[:4])
        nxt_item = nxt.startswith("- ") or (nxt[:3].rstrip(". ").isdigit() and ". " in nxt[:4])
        if is_item and nxt and not nxt_item:
            res.append("")
    return res


# ---------------------------------------------------------------- html
def to_html(doc: Doc) -> str:
    e = htmlmod.escape
    body: list[str] = []
    site = doc.site
    if site:
        body.append(f'<header class="site-header"><div class="logo">{e(site["name"])}</div>'
                    '<nav><ul>' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in site["nav"])
                    + '</ul></nav></header>')
    body.append('<main><article>')
    body.append(f"<h1>{e(doc.title)}</h1>")
    list_open = None
    for kind, val in doc.blocks:
        if kind in ("li", "num"):
            tag = "ul" if kind == "li" else "ol"
            if list_open != tag:
                if list_open:
                    body.append(f"</{list_open}>")
                body.append(f"<{tag}>")
                list_open = tag
            body.append(f"<li>{e(val)}</li>")
            continue
        if list_open:
            body.append(f"</{list_open}>")
            list_open = None
        if kind == "h1":
            body.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            body.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            body.append(f"<p>{e(val)}</p>")
        elif kind == "table":
            rows = []
            for row in val:
                if len(row) == 2:
                    rows.append(f"<tr><th>{e(row[0])}</th><td>{e(row[1])}</td></tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            body.append('<table class="data">' + "".join(rows) + "</table>")
    if list_open:
        body.append(f"</{list_open}>")
    body.append("</article></main>")
    if site:
        body.append(f'<footer><p>{e(site["footer"])}</p></footer>')
    script = ('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}'
              'gtag("config","mentor-timer-6-maaneder");</script>')
    return ("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
            f"<title>{e(doc.title)}</title><style>body{{font-family:sans-serif}}</style>{script}</head>"
            "<body>\n" + "\n".join(body) + "\n</body></html>\n")


# ---------------------------------------------------------------- docx
def to_docx(doc: Doc, path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(doc.title, level=0 if doc.kind == "unknown" else 1)
    for kind, val in doc.blocks:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "num":
            d.add_paragraph(val, style="List Number")
        elif kind == "table":
            cols = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=cols)
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = c
            d.add_paragraph("")
    d.core_properties.title = doc.title
    d.core_properties.author = "Sagsbehandler"
    d.save(str(path))


# ---------------------------------------------------------------- reportlab pdf
_FONTS_DONE = False


def _fonts() -> None:
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    _FONTS_DONE = True


def to_pdf_rl(doc: Doc, path: Path, footer: str = "") -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    _fonts()
    e = htmlmod.escape
    base = ParagraphStyle("b", fontName="DejaVu", fontSize=10, leading=13.5, spaceAfter=5)
    h0 = ParagraphStyle("h0", parent=base, fontName="DejaVu-Bold", fontSize=15, leading=19, spaceAfter=9)
    h1 = ParagraphStyle("h1", parent=base, fontName="DejaVu-Bold", fontSize=12, leading=15, spaceBefore=7)
    h2 = ParagraphStyle("h2", parent=base, fontName="DejaVu-Bold", fontSize=10.5, spaceBefore=4)
    story = [Paragraph(e(doc.title), h0)]
    pending: list = []
    pending_kind = None

    def flush():
        nonlocal pending, pending_kind
        if pending:
            story.append(ListFlowable([ListItem(Paragraph(e(x), base), leftIndent=12) for x in pending],
                                      bulletType="bullet" if pending_kind == "li" else "1",
                                      bulletFontName="DejaVu", leftIndent=14))
        pending, pending_kind = [], None

    for kind, val in doc.blocks:
        if kind in ("li", "num"):
            if pending_kind not in (None, kind):
                flush()
            pending.append(val)
            pending_kind = kind
            continue
        flush()
        if kind == "h1":
            story.append(Paragraph(e(val), h1))
        elif kind == "h2":
            story.append(Paragraph(e(val), h2))
        elif kind == "p":
            story.append(Paragraph(e(val).replace("\n", "<br/>"), base))
        elif kind == "table":
            data = [[Paragraph(e(c), base) for c in row] for row in val]
            cols = max(len(r) for r in val)
            widths = [45 * mm, 125 * mm] if cols == 2 else [170 * mm / cols] * cols
            t = Table(data, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
    flush()

    def on_page(canvas, d):
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        if footer:
            canvas.drawString(20 * mm, 10 * mm, footer)
        canvas.drawRightString(190 * mm, 10 * mm, f"Side {d.page}")
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=18 * mm, bottomMargin=18 * mm, title=doc.title
                      ).build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- eml
def to_eml(doc: Doc) -> bytes:
    msg = EmailMessage()
    msg["From"] = doc.mail_from
    msg["To"] = doc.mail_to
    msg["Subject"] = doc.title
    msg["Date"] = format_datetime(doc.mail_date or datetime(2026, 3, 2, 9, 14, tzinfo=timezone.utc))
    msg["Message-ID"] = f"<{zlib.crc32(doc.title.encode())}.{len(doc.blocks)}@mail.local>"
    body = to_txt(Doc(title="", blocks=doc.blocks)).split("\n", 2)[2].lstrip("\n")
    if doc.quoted:
        body += "\n" + "\n".join(doc.quoted) + "\n"
    msg.set_content(body)
    return bytes(msg)


# ---------------------------------------------------------------- LibreOffice batch
def soffice_convert(files: list[Path], target: str, outdir: Path, profile: str) -> None:
    """Convert many DOCX files in one LibreOffice run (pdf or odt)."""
    if not files:
        return
    outdir.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(files), 25):
        chunk = files[i:i + 25]
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", target, "--outdir", str(outdir), *map(str, chunk)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def move(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(src), str(dst))
