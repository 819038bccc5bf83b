"""Renderers for corpus HK: a small block model written to html, pdf, txt, eml, docx, odt, rtf.

Block model (list of tuples):
  ("title", text)            document title
  ("meta", text)             small print line (print header, case number, sender)
  ("h", text)                section heading
  ("p", text)                paragraph (may contain \n line breaks)
  ("kv", label, value)       label/value row (consecutive kv rows form one table)
  ("li", text)               bullet item
  ("table", header, rows)    table with header row (header may be None)
"""
from __future__ import annotations

import html as _html
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path


def esc(s: str) -> str:
    return _html.escape(s).replace("\n", "<br>")


# ----------------------------------------------------------------------------- txt
def to_txt(blocks, kv_style="colon", width=22):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1], "=" * min(len(b[1]), 60), ""]
        elif t == "meta":
            out.append(b[1])
        elif t == "h":
            out += ["", b[1].upper() if kv_style == "upper" else b[1]]
            if kv_style != "upper":
                out.append("-" * min(len(b[1]), 60))
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            if kv_style == "pad":
                out.append(f"{b[1]:<{width}}{b[2]}")
            else:
                out.append(f"{b[1]}: {b[2]}")
        elif t == "li":
            out.append(f"  - {b[1]}")
        elif t == "table":
            hdr, rows = b[1], b[2]
            if hdr:
                out.append(" | ".join(hdr))
                out.append("-" * 60)
            for r in rows:
                out.append(" | ".join(r))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ----------------------------------------------------------------------------- html
def to_html(blocks, css="", kv_mode="table", body_class="", head_extra="", wrap_before="", wrap_after=""):
    parts = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b[0]
        if t == "title":
            parts.append(f"<h1>{esc(b[1])}</h1>")
        elif t == "meta":
            parts.append(f'<div class="meta">{esc(b[1])}</div>')
        elif t == "h":
            parts.append(f"<h2>{esc(b[1])}</h2>")
        elif t == "p":
            parts.append(f"<p>{esc(b[1])}</p>")
        elif t == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f"<li>{esc(blocks[i][1])}</li>")
                i += 1
            parts.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif t == "kv":
            rows = []
            while i < len(blocks) and blocks[i][0] == "kv":
                rows.append(blocks[i])
                i += 1
            if kv_mode == "dl":
                parts.append("<dl>" + "".join(f"<dt>{esc(r[1])}</dt><dd>{esc(r[2])}</dd>" for r in rows) + "</dl>")
            elif kv_mode == "divs":
                parts.append("".join(f'<div class="row"><span class="lbl">{esc(r[1])}:</span> '
                                     f'<span class="val">{esc(r[2])}</span></div>' for r in rows))
            else:
                parts.append('<table class="kv">' + "".join(
                    f"<tr><th>{esc(r[1])}</th><td>{esc(r[2])}</td></tr>" for r in rows) + "</table>")
            continue
        elif t == "table":
            hdr, rows = b[1], b[2]
            h = ""
            if hdr:
                h = "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in hdr) + "</tr></thead>"
            body = "<tbody>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody>"
            parts.append(f'<table class="grid">{h}{body}</table>')
        i += 1
    title = next((b[1] for b in blocks if b[0] == "title"), "Dokument")
    return (f'<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f"{head_extra}<style>{css}</style></head><body class=\"{body_class}\">{wrap_before}"
            + "\n".join(parts) + f"{wrap_after}</body></html>\n")


# ----------------------------------------------------------------------------- docx
def to_docx(blocks, path, font="Calibri", letterhead=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    if letterhead:
        hdr = d.sections[0].header
        hdr.paragraphs[0].text = letterhead
    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "meta":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(9)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif t == "kv":
            rows = []
            while i < len(blocks) and blocks[i][0] == "kv":
                rows.append(blocks[i])
                i += 1
            tab = d.add_table(rows=len(rows), cols=2)
            tab.style = "Table Grid"
            for k, r in enumerate(rows):
                tab.cell(k, 0).text = r[1]
                tab.cell(k, 1).text = r[2]
            d.add_paragraph()
            continue
        elif t == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else len(rows[0])
            tab = d.add_table(rows=(1 if hdr else 0) + len(rows), cols=ncol)
            tab.style = "Table Grid"
            k = 0
            if hdr:
                for j, c in enumerate(hdr):
                    tab.cell(0, j).text = c
                k = 1
            for r in rows:
                for j, c in enumerate(r):
                    tab.cell(k, j).text = c
                k += 1
            d.add_paragraph()
        i += 1
    d.core_properties.author = "Sagsbehandler"
    import datetime as _dt
    d.core_properties.created = _dt.datetime(2026, 11, 2, 9, 0, 0)
    d.core_properties.modified = _dt.datetime(2026, 11, 2, 9, 0, 0)
    d.save(path)


# ----------------------------------------------------------------------------- odt
def to_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P, List, ListItem

    doc = OpenDocumentText()
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="8pt"))
    doc.automaticstyles.addElement(small)
    n = 0

    def table(rows, hdr=None):
        nonlocal n
        n += 1
        ncol = len(hdr) if hdr else len(rows[0])
        tb = Table(name=f"Tabel{n}")
        tb.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for r, is_h in ([(hdr, True)] if hdr else []) + [(r, False) for r in rows]:
            tr = TableRow()
            for c in r:
                tc = TableCell()
                for line in c.split("\n"):
                    tc.addElement(P(stylename=bold if is_h else None, text=line) if is_h else P(text=line))
                tr.addElement(tc)
            tb.addElement(tr)
        doc.text.addElement(tb)

    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b[0]
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif t == "meta":
            doc.text.addElement(P(stylename=small, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif t == "p":
            for line in b[1].split("\n"):
                doc.text.addElement(P(text=line))
        elif t == "li":
            lst = List()
            while i < len(blocks) and blocks[i][0] == "li":
                li = ListItem()
                li.addElement(P(text=blocks[i][1]))
                lst.addElement(li)
                i += 1
            doc.text.addElement(lst)
            continue
        elif t == "kv":
            rows = []
            while i < len(blocks) and blocks[i][0] == "kv":
                rows.append([blocks[i][1], blocks[i][2]])
                i += 1
            table(rows)
            continue
        elif t == "table":
            table(b[2], b[1])
        i += 1
    doc.save(str(path))


# ----------------------------------------------------------------------------- rtf
def _rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def to_rtf(blocks, path):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}\fs22 "]

    def row(cells, bold=False):
        w = 9000 // len(cells)
        s = r"\trowd\trgaph100" + "".join(f"\\cellx{w * (k + 1)}" for k in range(len(cells)))
        s += "".join(r"\pard\intbl " + (r"\b " if bold else "") + _rtf_esc(c) + (r"\b0" if bold else "") + r"\cell " for c in cells)
        return s + r"\row "

    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(r"\pard\f1\fs32\b " + _rtf_esc(b[1]) + r"\b0\fs22\f0\par ")
        elif t == "meta":
            out.append(r"\pard\fs16 " + _rtf_esc(b[1]) + r"\fs22\par ")
        elif t == "h":
            out.append(r"\pard\sb200\f1\fs26\b " + _rtf_esc(b[1]) + r"\b0\fs22\f0\par ")
        elif t == "p":
            out.append(r"\pard " + _rtf_esc(b[1]) + r"\par ")
        elif t == "li":
            out.append(r"\pard\li360 \bullet  " + _rtf_esc(b[1]) + r"\par ")
        elif t == "kv":
            out.append(row([b[1], b[2]]))
        elif t == "table":
            if b[1]:
                out.append(row(b[1], bold=True))
            for r in b[2]:
                out.append(row(r))
        if t != "kv":
            pass
    out.append(r"\pard\par}")
    Path(path).write_text("".join(out), encoding="ascii")


# ----------------------------------------------------------------------------- eml
def to_eml(path, subject, sender, to, body_txt, date, body_html=None, attachments=()):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{abs(hash((subject, str(date)))) % 10**12}@mail.hk.local>"
    m.set_content(body_txt)
    if body_html:
        m.add_alternative(body_html, subtype="html")
    for name, data, mtype in attachments:
        main, sub = mtype.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    Path(path).write_bytes(bytes(m))


# ----------------------------------------------------------------------------- pdf via LibreOffice
def soffice_pdf(src: Path, dest: Path, profile="file:///tmp/lo_hk_profile"):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        out = Path(td) / (src.stem + ".pdf")
        dest.write_bytes(out.read_bytes())


# ----------------------------------------------------------------------------- pdf via reportlab (browser print)
def browser_pdf(blocks, path, url, printed, page_title=None, pagesize=None, mobile=False, kv_cols=(150, 330)):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    font, fontb = "Helvetica", "Helvetica-Bold"
    for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(cand).exists():
            try:
                pdfmetrics.registerFont(TTFont("DV", cand))
                pdfmetrics.registerFont(TTFont("DVB", cand.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")))
                font, fontb = "DV", "DVB"
            except Exception:
                pass
    size = pagesize or A4
    W = size[0]
    base = ParagraphStyle("b", fontName=font, fontSize=9 if mobile else 10, leading=12 if mobile else 13)
    h1 = ParagraphStyle("h1", parent=base, fontName=fontb, fontSize=14 if mobile else 17, leading=20, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=base, fontName=fontb, fontSize=11 if mobile else 12.5, leading=16, spaceBefore=8, spaceAfter=3)
    meta = ParagraphStyle("m", parent=base, fontSize=7.5, textColor=colors.grey, leading=9)
    lbl = ParagraphStyle("l", parent=base, fontName=fontb)
    story = []
    avail = W - 72
    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = b[0]
        if t == "title":
            story.append(Paragraph(esc(b[1]), h1))
        elif t == "meta":
            story.append(Paragraph(esc(b[1]), meta))
        elif t == "h":
            story.append(Paragraph(esc(b[1]), h2))
        elif t == "p":
            story.append(Paragraph(esc(b[1]), base))
            story.append(Spacer(1, 4))
        elif t == "li":
            story.append(Paragraph("• " + esc(b[1]), base))
        elif t == "kv":
            rows = []
            while i < len(blocks) and blocks[i][0] == "kv":
                if mobile:
                    rows.append([Paragraph(esc(blocks[i][1]), lbl)])
                    rows.append([Paragraph(esc(blocks[i][2]), base)])
                else:
                    rows.append([Paragraph(esc(blocks[i][1]), lbl), Paragraph(esc(blocks[i][2]), base)])
                i += 1
            cw = [avail] if mobile else [kv_cols[0], avail - kv_cols[0]]
            tb = Table(rows, colWidths=cw)
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
            story.append(tb)
            story.append(Spacer(1, 6))
            continue
        elif t == "table":
            hdr, rows = b[1], b[2]
            data = ([[Paragraph(esc(c), lbl) for c in hdr]] if hdr else []) + \
                   [[Paragraph(esc(c), base) for c in r] for r in rows]
            n = len(data[0])
            tb = Table(data, colWidths=[avail / n] * n)
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
            story.append(tb)
            story.append(Spacer(1, 6))
        i += 1

    ptitle = page_title or next((b[1] for b in blocks if b[0] == "title"), "")

    def deco(canv, docx_):
        canv.saveState()
        canv.setFont(font, 7)
        canv.drawString(18, size[1] - 14, printed)
        canv.drawCentredString(W / 2, size[1] - 14, ptitle[:70])
        canv.drawString(18, 12, url[:90])
        canv.drawRightString(W - 18, 12, str(docx_.page))
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=36, rightMargin=36, topMargin=34, bottomMargin=30,
                            title=ptitle)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
