"""Renderers for corpus fr: one block list -> docx, pdf, odt (via soffice), html, txt, md, rtf, eml.

Blocks (tuples):
  ("logo", name, tagline)            provider's / sender's logo block (header)
  ("footer", text)                   running footer
  ("title", text)
  ("h", text)                        heading
  ("b", text)                        bold-only short line (heading made by bolding)
  ("p", text)
  ("ul", [items]) / ("ol", [items])
  ("kv", [(label, value), ...])      two-column label/value table
  ("table", header|None, [rows])
  ("sig", [roles])                   signature lines
"""
from __future__ import annotations

import html as _html
import io
import subprocess
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path


def _split_frame(blocks):
    logo = [b for b in blocks if b[0] == "logo"]
    footer = [b for b in blocks if b[0] == "footer"]
    body = [b for b in blocks if b[0] not in ("logo", "footer")]
    return (logo[0] if logo else None), (footer[0][1] if footer else None), body


# ---------------------------------------------------------------- text / md
def to_txt(blocks, md=False, pipe_tables=True):
    logo, footer, body = _split_frame(blocks)
    out = []
    if logo:
        out.append(logo[1].upper() if not md else f"**{logo[1]}**")
        if logo[2]:
            out.append(logo[2])
        out.append("")
    for b in body:
        t = b[0]
        if t == "title":
            out += ([f"# {b[1]}"] if md else [b[1], "=" * min(len(b[1]), 70)]) + [""]
        elif t == "h":
            out += ([f"## {b[1]}"] if md else [b[1].upper() if len(b[1]) < 40 else b[1]]) + [""]
        elif t == "b":
            out += ([f"**{b[1]}**"] if md else [b[1]]) + [""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "ul":
            out += [("- " if md else "• ") + i for i in b[1]] + [""]
        elif t == "ol":
            out += [f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif t == "kv":
            if md:
                out += ["| Felt | Indhold |", "|---|---|"]
                out += [f"| {k} | {v.replace(chr(10), '<br>')} |" for k, v in b[1]]
            else:
                for k, v in b[1]:
                    lines = v.split("\n")
                    out.append(f"{k}: {lines[0]}")
                    out += ["    " + x for x in lines[1:]]
            out.append("")
        elif t == "table":
            hdr, rows = b[1], b[2]
            if md or pipe_tables:
                if hdr:
                    out.append("| " + " | ".join(hdr) + " |")
                    out.append("|" + "---|" * len(hdr))
                for r in rows:
                    out.append("| " + " | ".join(r) + " |")
            else:
                for r in ([hdr] if hdr else []) + rows:
                    out.append("\t".join(r))
            out.append("")
        elif t == "sig":
            for role in b[1]:
                out += ["", "_" * 30, role]
            out.append("")
    if footer:
        out += ["--", footer]
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- html
def to_html(blocks, title="Dokument"):
    logo, footer, body = _split_frame(blocks)
    e = _html.escape
    h = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">', f"<title>{e(title)}</title>",
         "<style>body{font-family:Arial,sans-serif;max-width:48em;margin:2em auto}"
         "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}"
         ".logo{border-bottom:3px solid #2a7;padding-bottom:6px;margin-bottom:1em}"
         ".footer{font-size:80%;color:#555;border-top:1px solid #ccc;margin-top:2em}</style></head><body>"]
    if logo:
        h.append(f'<div class="logo"><span style="font-size:150%;font-weight:bold">{e(logo[1])}</span>'
                 + (f'<br><small>{e(logo[2])}</small>' if logo[2] else "") + "</div>")
    for b in body:
        t = b[0]
        if t == "title":
            h.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            h.append(f"<h2>{e(b[1])}</h2>")
        elif t == "b":
            h.append(f"<p><strong>{e(b[1])}</strong></p>")
        elif t == "p":
            h.append(f"<p>{e(b[1])}</p>")
        elif t in ("ul", "ol"):
            h.append(f"<{t}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{t}>")
        elif t == "kv":
            h.append("<table>" + "".join(
                f"<tr><th style='text-align:left'>{e(k)}</th><td>{e(v).replace(chr(10), '<br>')}</td></tr>"
                for k, v in b[1]) + "</table>")
        elif t == "table":
            s = "<table>"
            if b[1]:
                s += "<tr>" + "".join(f"<th>{e(c)}</th>" for c in b[1]) + "</tr>"
            s += "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2])
            h.append(s + "</table>")
        elif t == "sig":
            h.append("<table style='border:0;margin-top:2em'><tr>" + "".join(
                f"<td style='border:0;border-top:1px solid #000;width:12em'>{e(r)}</td>" for r in b[1])
                + "</tr></table>")
    if footer:
        h.append(f'<div class="footer">{e(footer)}</div>')
    h.append("</body></html>")
    return "\n".join(h) + "\n"


# ---------------------------------------------------------------- docx
def to_docx(blocks, path, bold_headings=False):
    from docx import Document
    from docx.shared import Pt, RGBColor
    logo, footer, body = _split_frame(blocks)
    d = Document()
    sec = d.sections[0]
    if logo:
        hp = sec.header.paragraphs[0]
        r = hp.add_run(logo[1])
        r.bold = True
        r.font.size = Pt(16)
        r.font.color.rgb = RGBColor(0x22, 0x77, 0x55)
        if logo[2]:
            hp2 = sec.header.add_paragraph()
            r2 = hp2.add_run(logo[2])
            r2.italic = True
            r2.font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(footer)
        r.font.size = Pt(8)
    for b in body:
        t = b[0]
        if t == "title":
            if bold_headings:
                p = d.add_paragraph()
                rr = p.add_run(b[1])
                rr.bold = True
                rr.font.size = Pt(15)
            else:
                d.add_heading(b[1], level=1)
        elif t == "h":
            if bold_headings:
                p = d.add_paragraph()
                p.add_run(b[1]).bold = True
            else:
                d.add_heading(b[1], level=2)
        elif t == "b":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "ul":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
        elif t == "ol":
            for i in b[1]:
                d.add_paragraph(i, style="List Number")
        elif t == "kv":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in b[1]:
                c = tb.add_row().cells
                c[0].text = ""
                c[0].paragraphs[0].add_run(k).bold = True
                lines = v.split("\n")
                c[1].text = lines[0]
                for x in lines[1:]:
                    c[1].add_paragraph(x)
            d.add_paragraph()
        elif t == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else len(rows[0])
            tb = d.add_table(rows=0, cols=ncol)
            tb.style = "Table Grid"
            if hdr:
                c = tb.add_row().cells
                for i, x in enumerate(hdr):
                    c[i].text = ""
                    c[i].paragraphs[0].add_run(x).bold = True
            for r in rows:
                c = tb.add_row().cells
                for i, x in enumerate(r):
                    c[i].text = x
            d.add_paragraph()
        elif t == "sig":
            tb = d.add_table(rows=2, cols=len(b[1]))
            for i, role in enumerate(b[1]):
                tb.rows[0].cells[i].text = "\n\n______________________"
                tb.rows[1].cells[i].text = role
    d.core_properties.author = "Skabelon"
    d.save(str(path))


# ---------------------------------------------------------------- pdf (reportlab)
def to_pdf(blocks, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    ListFlowable, ListItem)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "Helvetica"
    for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(cand).exists():
            try:
                pdfmetrics.registerFont(TTFont("DejaVu", cand))
                pdfmetrics.registerFont(TTFont("DejaVu-Bold", cand.replace("Sans.ttf", "Sans-Bold.ttf")))
                font = "DejaVu"
            except Exception:
                pass
    bold = font + "-Bold" if font == "DejaVu" else "Helvetica-Bold"
    ss = getSampleStyleSheet()
    sp = ParagraphStyle("p", parent=ss["Normal"], fontName=font, fontSize=10, leading=13)
    sh = ParagraphStyle("h", parent=sp, fontName=bold, fontSize=12, spaceBefore=8, spaceAfter=4)
    st = ParagraphStyle("t", parent=sp, fontName=bold, fontSize=15, spaceAfter=8, leading=18)
    sb = ParagraphStyle("b", parent=sp, fontName=bold)
    logo, footer, body = _split_frame(blocks)
    e = _html.escape
    flow = []
    if logo:
        lt = Table([[Paragraph(f"<font size=16 color='#227755'><b>{e(logo[1])}</b></font>", sp),
                     Paragraph(f"<font size=8>{e(logo[2] or '')}</font>", sp)]],
                   colWidths=[9 * cm, 7 * cm])
        lt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 2, colors.HexColor("#227755"))]))
        flow += [lt, Spacer(1, 12)]
    for b in body:
        t = b[0]
        if t == "title":
            flow.append(Paragraph(e(b[1]), st))
        elif t == "h":
            flow.append(Paragraph(e(b[1]), sh))
        elif t == "b":
            flow.append(Paragraph(e(b[1]), sb))
        elif t == "p":
            flow += [Paragraph(e(b[1]), sp), Spacer(1, 5)]
        elif t in ("ul", "ol"):
            flow.append(ListFlowable([ListItem(Paragraph(e(i), sp)) for i in b[1]],
                                     bulletType="bullet" if t == "ul" else "1", start=None if t == "ol" else "•",
                                     bulletFontName=font))
            flow.append(Spacer(1, 5))
        elif t == "kv":
            data = [[Paragraph(f"<b>{e(k)}</b>", sb), Paragraph(e(v).replace("\n", "<br/>"), sp)] for k, v in b[1]]
            tb = Table(data, colWidths=[5 * cm, 11 * cm])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [tb, Spacer(1, 8)]
        elif t == "table":
            hdr, rows = b[1], b[2]
            data = ([[Paragraph(f"<b>{e(c)}</b>", sb) for c in hdr]] if hdr else []) + \
                   [[Paragraph(e(c), sp) for c in r] for r in rows]
            n = len(data[0])
            tb = Table(data, colWidths=[16 * cm / n] * n)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [tb, Spacer(1, 8)]
        elif t == "sig":
            flow.append(Spacer(1, 24))
            tb = Table([["_" * 22] * len(b[1]), [Paragraph(e(r), sp) for r in b[1]]])
            flow.append(tb)

    def on_page(c, doc):
        if footer:
            c.saveState()
            c.setFont(font, 7.5)
            c.drawString(2 * cm, 1.2 * cm, footer)
            c.drawRightString(19 * cm, 1.2 * cm, f"Side {doc.page}")
            c.restoreState()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.8 * cm, bottomMargin=2 * cm, title="Dokument")
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)


def pdf_to_scan(pdf_path, out_path, seed=0, tmpdir="/tmp/fr_scan"):
    """Render a PDF to images (as a scanner would) and wrap them in an image-only PDF."""
    import random
    from PIL import Image, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    tmp = Path(tmpdir)
    tmp.mkdir(parents=True, exist_ok=True)
    stem = tmp / Path(pdf_path).stem
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(pdf_path), str(stem)], check=True)
    pages = sorted(tmp.glob(Path(pdf_path).stem + "-*.png"))
    rnd = random.Random(seed)
    c = canvas.Canvas(str(out_path), pagesize=A4)
    for pg in pages:
        im = Image.open(pg).convert("L")
        im = im.rotate(rnd.uniform(-0.8, 0.8), expand=False, fillcolor=255, resample=Image.BICUBIC)
        im = im.filter(ImageFilter.GaussianBlur(0.3))
        jp = pg.with_suffix(".jpg")
        im.save(jp, quality=80)
        c.drawImage(str(jp), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    for pg in pages:
        pg.unlink()
        pg.with_suffix(".jpg").unlink(missing_ok=True)


# ---------------------------------------------------------------- rtf
def to_rtf(blocks):
    logo, footer, body = _split_frame(blocks)

    def esc(s):
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) > 127:
                out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
            elif ch == "\n":
                out.append("\\line ")
            else:
                out.append(ch)
        return "".join(out)
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22"]
    if logo:
        r.append(r"{\header\pard\b\fs30 " + esc(logo[1]) + r"\b0\fs18\par " + esc(logo[2] or "") + r"\par}")
    if footer:
        r.append(r"{\footer\pard\fs16 " + esc(footer) + r"\par}")
    for b in body:
        t = b[0]
        if t == "title":
            r.append(r"\pard\sb120\sa120\b\fs30 " + esc(b[1]) + r"\b0\fs22\par")
        elif t in ("h", "b"):
            r.append(r"\pard\sb120\b " + esc(b[1]) + r"\b0\par")
        elif t == "p":
            r.append(r"\pard\sa80 " + esc(b[1]) + r"\par")
        elif t in ("ul", "ol"):
            for n, i in enumerate(b[1], 1):
                mark = "\\bullet" if t == "ul" else f"{n}."
                r.append(r"\pard\li360\fi-240 " + mark + r"\tab " + esc(i) + r"\par")
        elif t in ("kv", "table"):
            rows = [[k, v] for k, v in b[1]] if t == "kv" else (([b[1]] if b[1] else []) + b[2])
            n = len(rows[0])
            w = 9000 // n
            for row in rows:
                cells = "".join(f"\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx{w * (i + 1)}"
                                for i in range(n))
                r.append(r"\trowd\trgaph80" + cells + " " +
                         "".join(r"\pard\intbl " + esc(c) + r"\cell " for c in row) + r"\row")
            r.append(r"\pard\par")
        elif t == "sig":
            for role in b[1]:
                r.append(r"\pard\sb360 ______________________________\par " + esc(role) + r"\par")
    r.append("}")
    return "\n".join(r)


# ---------------------------------------------------------------- eml
def to_eml(subject, sender, to, date, body_text, attachments=(), reply_quote=None):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date.replace(tzinfo=timezone.utc) if isinstance(date, datetime) else date)
    m["Message-ID"] = f"<{abs(hash(subject)) % 10**10}.{date.strftime('%Y%m%d')}@mail.local>"
    txt = body_text
    if reply_quote:
        txt += "\n\n" + reply_quote
    m.set_content(txt)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(m)


def soffice_convert(paths, fmt, outdir, profile="/tmp/lo_fr_profile"):
    if not paths:
        return
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir)] + [str(p) for p in paths],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
