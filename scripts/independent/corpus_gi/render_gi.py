"""Renderers for corpus gi: one block list -> docx, pdf, odt, rtf, html, txt, md, eml, scan.

Block forms (tuples):
  ("title", text)            document title
  ("h", text)                heading
  ("bh", text)               bold-only short line (letters that make headings by bolding)
  ("p", text)                paragraph
  ("lines", [text, ...])     address block / letterhead lines, one paragraph with line breaks
  ("ul", [items]) / ("ol", [items])
  ("kv", [(label, value), ...])   label/value pairs; value may be Hand(text) for scans
  ("table", header_or_None, rows)
  ("sig", [text, ...])       signature lines
  ("sp",)                    vertical space
"""
from __future__ import annotations

import html as _html
import io
import os
import random
import subprocess
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path


class Hand(str):
    """A value written by hand on a paper form (scan renderer draws it in a script font)."""


def _text(v):
    return str(v)


# ----------------------------------------------------------------------------------- docx
def render_docx(blocks, path, *, kv_style="table", heading_style="style", font="Calibri",
                header_text=None, footer_text=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    if footer_text:
        d.sections[0].footer.paragraphs[0].text = footer_text
    for b in blocks:
        t = b[0]
        if t == "title":
            if heading_style == "style":
                d.add_heading(b[1], level=1)
            else:
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(15)
        elif t == "h":
            if heading_style == "style":
                d.add_heading(b[1], level=2)
            else:
                p = d.add_paragraph()
                p.add_run(b[1]).bold = True
        elif t == "bh":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "lines":
            p = d.add_paragraph()
            for i, ln in enumerate(b[1]):
                r = p.add_run(ln)
                if i < len(b[1]) - 1:
                    r.add_break()
        elif t == "sig":
            d.add_paragraph("")
            for ln in b[1]:
                d.add_paragraph(ln)
        elif t in ("ul", "ol"):
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet" if t == "ul" else "List Number")
        elif t == "kv":
            if kv_style == "table":
                tb = d.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for lab, val in b[1]:
                    cells = tb.add_row().cells
                    cells[0].text = lab
                    cells[0].paragraphs[0].runs[0].bold = True
                    cells[1].text = _text(val)
                d.add_paragraph("")
            else:
                for lab, val in b[1]:
                    p = d.add_paragraph()
                    p.add_run(lab + ": ").bold = True
                    p.add_run(_text(val))
        elif t == "table":
            header, rows = b[1], b[2]
            ncol = len(header) if header else len(rows[0])
            tb = d.add_table(rows=0, cols=ncol)
            tb.style = "Table Grid"
            if header:
                cells = tb.add_row().cells
                for i, h in enumerate(header):
                    cells[i].text = h
                    if cells[i].paragraphs[0].runs:
                        cells[i].paragraphs[0].runs[0].bold = True
            for row in rows:
                cells = tb.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = _text(c)
            d.add_paragraph("")
        elif t == "sp":
            d.add_paragraph("")
    d.core_properties.author = "Vesterå Kommune"
    d.save(path)


# ----------------------------------------------------------------------------------- pdf
_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("CA", "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("CAB", "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf"))
    _FONTS_DONE = True


def render_pdf(blocks, path, *, kv_style="grid", font="DV", bold="DVB", size=10,
               letterhead=None, footer=None, title_color="#1f3b5a"):
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35)
    bstyle = ParagraphStyle("bb", parent=base, fontName=bold)
    h1 = ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.3,
                        textColor=colors.HexColor(title_color), spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size + 1.5, spaceBefore=8, spaceAfter=2)
    esc = lambda s: _html.escape(str(s)).replace("\n", "<br/>")
    story = []
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(esc(b[1]), h1))
        elif t == "h":
            story.append(Paragraph(esc(b[1]), h2))
        elif t == "bh":
            story.append(Paragraph(esc(b[1]), bstyle))
        elif t == "p":
            story.append(Paragraph(esc(b[1]), base))
            story.append(Spacer(1, 4))
        elif t == "lines":
            story.append(Paragraph("<br/>".join(esc(x) for x in b[1]), base))
            story.append(Spacer(1, 6))
        elif t == "sig":
            story.append(Spacer(1, 14))
            for ln in b[1]:
                story.append(Paragraph(esc(ln), base))
        elif t in ("ul", "ol"):
            items = [ListItem(Paragraph(esc(x), base), leftIndent=12) for x in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if t == "ul" else "1",
                                      start="•" if t == "ul" else None, leftIndent=14,
                                      bulletFontName=font))
            story.append(Spacer(1, 4))
        elif t == "kv":
            if kv_style in ("grid", "plain"):
                data = [[Paragraph(esc(l), bstyle), Paragraph(esc(v), base)] for l, v in b[1]]
                tb = Table(data, colWidths=[48 * mm, 122 * mm])
                ts = [("VALIGN", (0, 0), (-1, -1), "TOP")]
                if kv_style == "grid":
                    ts += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6"))]
                tb.setStyle(TableStyle(ts))
                story.append(tb)
                story.append(Spacer(1, 8))
            else:
                for l, v in b[1]:
                    story.append(Paragraph(f"<font name='{bold}'>{esc(l)}:</font> {esc(v)}", base))
                    story.append(Spacer(1, 3))
        elif t == "table":
            header, rows = b[1], b[2]
            data = []
            if header:
                data.append([Paragraph(esc(h), bstyle) for h in header])
            data += [[Paragraph(esc(c), base) for c in r] for r in rows]
            ncol = len(data[0])
            tb = Table(data, colWidths=[170 * mm / ncol] * ncol)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 8))
        elif t == "sp":
            story.append(Spacer(1, 10))

    def deco(canv, doc):
        canv.saveState()
        if letterhead:
            canv.setFont(bold, 9)
            canv.drawRightString(A4[0] - 20 * mm, A4[1] - 14 * mm, letterhead)
        if footer:
            canv.setFont(font, 7.5)
            canv.drawString(20 * mm, 10 * mm, footer)
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=18 * mm, title="", author="",
                            invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ----------------------------------------------------------------------------------- odt
def render_odt(blocks, path, *, kv_style="table"):
    from odf.opendocument import OpenDocumentText
    from odf.style import ParagraphProperties, Style, TableColumnProperties, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, LineBreak, List, ListItem, P, Span
    doc = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif t == "bh":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1]))
            doc.text.addElement(p)
        elif t == "p":
            doc.text.addElement(P(text=b[1]))
        elif t in ("lines", "sig"):
            p = P()
            for i, ln in enumerate(b[1]):
                p.addText(ln)
                if i < len(b[1]) - 1:
                    p.addElement(LineBreak())
            doc.text.addElement(p)
        elif t in ("ul", "ol"):
            lst = List()
            for it in b[1]:
                li = ListItem()
                li.addElement(P(text=("– " if t == "ul" else "") + it))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif t in ("kv", "table"):
            if t == "kv" and kv_style != "table":
                for l, v in b[1]:
                    p = P()
                    p.addElement(Span(stylename=bold, text=l + ": "))
                    p.addText(_text(v))
                    doc.text.addElement(p)
                continue
            rows = [[l, _text(v)] for l, v in b[1]] if t == "kv" else \
                ([b[1]] if b[1] else []) + [list(map(_text, r)) for r in b[2]]
            tb = Table()
            tb.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    for ln in str(c).split("\n"):
                        tc.addElement(P(text=ln))
                    tr.addElement(tc)
                tb.addElement(tr)
            doc.text.addElement(tb)
            doc.text.addElement(P(text=""))
        elif t == "sp":
            doc.text.addElement(P(text=""))
    doc.save(str(path))


# ----------------------------------------------------------------------------------- rtf
def _rtf_esc(s):
    out = []
    for ch in str(s):
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def render_rtf(blocks, path, *, kv_style="table"):
    o = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\froman Times New Roman;}}",
         "{\\info{\\author Vesteraa}}\\f0\\fs22 "]
    for b in blocks:
        t = b[0]
        if t == "title":
            o.append("{\\pard\\b\\fs30 " + _rtf_esc(b[1]) + "\\par}")
        elif t in ("h", "bh"):
            o.append("{\\pard\\sb120\\b " + _rtf_esc(b[1]) + "\\par}")
        elif t == "p":
            o.append("{\\pard\\sa120 " + _rtf_esc(b[1]) + "\\par}")
        elif t in ("lines", "sig"):
            o.append("{\\pard " + "\\line ".join(_rtf_esc(x) for x in b[1]) + "\\par}")
        elif t in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                mark = "\\bullet\\tab " if t == "ul" else f"{i}.\\tab "
                o.append("{\\pard\\fi-280\\li280 " + mark + _rtf_esc(it) + "\\par}")
        elif t in ("kv", "table"):
            if t == "kv" and kv_style != "table":
                for l, v in b[1]:
                    o.append("{\\pard {\\b " + _rtf_esc(l) + ":} " + _rtf_esc(v) + "\\par}")
                continue
            rows = [[l, _text(v)] for l, v in b[1]] if t == "kv" else \
                ([b[1]] if b[1] else []) + [list(map(_text, r)) for r in b[2]]
            n = len(rows[0])
            w = 9000 // n
            for r in rows:
                s = "\\trowd\\trgaph108"
                for i in range(n):
                    s += "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx%d" % (w * (i + 1) if t == "table" else (2800 if i == 0 else 9000))
                s += " "
                for c in r:
                    s += "\\pard\\intbl " + _rtf_esc(c) + "\\cell "
                s += "\\row"
                o.append(s)
            o.append("{\\pard\\par}")
        elif t == "sp":
            o.append("{\\pard\\par}")
    o.append("}")
    Path(path).write_text("\n".join(o), encoding="ascii")


# ----------------------------------------------------------------------------------- html
def render_html(blocks, path=None, *, kv_style="table", css="", site_head=None, site_foot=None,
                cards=False):
    e = _html.escape
    o = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">']
    title = next((b[1] for b in blocks if b[0] == "title"), "Dokument")
    o.append(f"<title>{e(title)}</title><style>body{{font-family:Arial,sans-serif;max-width:820px;margin:auto}}"
             f"td,th{{border:1px solid #bbb;padding:4px 8px;vertical-align:top}}table{{border-collapse:collapse}}{css}</style></head><body>")
    if site_head:
        o.append(f'<nav class="topmenu"><a href="#">Forside</a> | <a href="#">{e(site_head)}</a> | <a href="#">Log ud</a></nav>')
    o.append("<main>")
    for b in blocks:
        t = b[0]
        if t == "title":
            o.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            o.append(f"<h2>{e(b[1])}</h2>")
        elif t == "bh":
            o.append(f"<p><strong>{e(b[1])}</strong></p>")
        elif t == "p":
            o.append(f"<p>{e(b[1])}</p>")
        elif t in ("lines", "sig"):
            o.append("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
        elif t in ("ul", "ol"):
            o.append(f"<{t}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{t}>")
        elif t == "kv":
            if kv_style == "table":
                o.append("<table>" + "".join(f"<tr><th style='text-align:left'>{e(l)}</th><td>{e(str(v))}</td></tr>" for l, v in b[1]) + "</table>")
            elif kv_style == "dl":
                o.append("<dl>" + "".join(f"<dt>{e(l)}</dt><dd>{e(str(v))}</dd>" for l, v in b[1]) + "</dl>")
            elif kv_style == "cards":
                for l, v in b[1]:
                    o.append(f'<section class="card"><h3>{e(l)}</h3><p>{e(str(v))}</p></section>')
            else:
                o.append("".join(f"<p><b>{e(l)}:</b> {e(str(v))}</p>" for l, v in b[1]))
        elif t == "table":
            header, rows = b[1], b[2]
            s = "<table>"
            if header:
                s += "<tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>"
            s += "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in rows)
            o.append(s + "</table>")
        elif t == "sp":
            o.append("<br>")
    o.append("</main>")
    if site_foot:
        o.append(f"<footer><small>{e(site_foot)}</small></footer>")
    o.append("</body></html>")
    s = "\n".join(o)
    if path:
        Path(path).write_text(s, encoding="utf-8")
    return s


# ----------------------------------------------------------------------------------- txt / md
def render_txt(blocks, path=None, *, kv_style="lines", md=False, underline=False, encoding="utf-8",
               bullet="- "):
    o = []
    for b in blocks:
        t = b[0]
        if t == "title":
            if md:
                o.append("# " + b[1])
            elif underline:
                o.append(b[1].upper())
                o.append("=" * len(b[1]))
            else:
                o.append(b[1].upper())
        elif t in ("h", "bh"):
            if md:
                o.append("## " + b[1])
            elif underline:
                o.append(b[1])
                o.append("-" * len(b[1]))
            else:
                o.append(b[1] + ("" if b[1].endswith((":", "?")) else ":") if t == "h" else b[1])
        elif t == "p":
            o.append(b[1])
        elif t in ("lines", "sig"):
            o.append("\n".join(b[1]))
        elif t in ("ul", "ol"):
            o.append("\n".join((f"{i}. " if t == "ol" else bullet) + x for i, x in enumerate(b[1], 1)))
        elif t == "kv":
            if md and kv_style == "table":
                o.append("| Felt | Indhold |\n|---|---|\n" + "\n".join(f"| {l} | {str(v).replace(chr(10), ' ')} |" for l, v in b[1]))
            elif kv_style == "tabs":
                o.append("\n".join(f"{l}\t{v}" for l, v in b[1]))
            elif kv_style == "block":
                o.append("\n\n".join(f"{l}:\n{v}" for l, v in b[1]))
            else:
                o.append("\n".join(f"{l}: {v}" for l, v in b[1]))
        elif t == "table":
            header, rows = b[1], b[2]
            if md:
                s = ""
                if header:
                    s += "| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n"
                s += "\n".join("| " + " | ".join(str(c) for c in r) + " |" for r in rows)
                o.append(s)
            else:
                s = ""
                if header:
                    s += "\t".join(header) + "\n"
                s += "\n".join("\t".join(str(c) for c in r) for r in rows)
                o.append(s)
        elif t == "sp":
            pass
    s = "\n\n".join(o) + "\n"
    if path:
        Path(path).write_bytes(s.encode(encoding, errors="replace"))
    return s


# ----------------------------------------------------------------------------------- eml
def render_eml(path, *, frm, to, subject, date, body_blocks=None, body_text=None, html_alt=False,
               attachments=()):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{abs(hash((subject, str(date)))) % 10**12}.gi@mail.vesteraa.dk>"
    text = body_text if body_text is not None else render_txt(body_blocks)
    m.set_content(text)
    if html_alt:
        m.add_alternative(render_html(body_blocks), subtype="html")
    for name, data, mt in attachments:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    Path(path).write_bytes(bytes(m))


# ----------------------------------------------------------------------------------- scan
def render_scan(blocks, path, *, rng: random.Random, tmpdir: Path, hand_font="dancing", skew=0.4,
                stamp=None, boxes=True):
    """Draw a paper form at 300 dpi, printed text in a sans font, Hand() values in a script
    font in blue ink, add skew and noise, save as JPEG and let Tesseract make a searchable PDF."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    W, H = 2480, 3508
    pages = []
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    f_bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 44)
    f_title = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 62)
    hf = {"dkg": "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
          "dancing": "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf",
          "caladeait": "/usr/share/fonts/truetype/crosextra/Caladea-Italic.ttf"}[hand_font]
    f_hand = ImageFont.truetype(hf, 62 if hand_font == "dancing" else 56)
    margin = 210
    y = 230
    maxw = W - 2 * margin

    def wrap(text, font, width):
        out = []
        for para in str(text).split("\n"):
            words = para.split()
            cur = ""
            for w in words:
                cand = (cur + " " + w).strip()
                if dr.textlength(cand, font=font) <= width:
                    cur = cand
                else:
                    if cur:
                        out.append(cur)
                    cur = w
            out.append(cur)
        return out

    def newpage():
        nonlocal img, dr, y
        pages.append(img)
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = 230

    def need(h):
        if y + h > H - 250:
            newpage()

    for b in blocks:
        t = b[0]
        if t == "title":
            need(100)
            dr.text((margin, y), b[1], font=f_title, fill=20)
            y += 110
        elif t in ("h", "bh"):
            need(80)
            y += 20
            dr.text((margin, y), b[1], font=f_bold, fill=20)
            y += 66
        elif t in ("p", "lines", "sig"):
            txt = b[1] if t == "p" else "\n".join(b[1])
            for ln in wrap(txt, f_reg, maxw):
                need(56)
                dr.text((margin, y), ln, font=f_reg, fill=25)
                y += 54
            y += 18
        elif t in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                mark = "•" if t == "ul" else f"{i}."
                for j, ln in enumerate(wrap(it, f_reg, maxw - 70)):
                    need(56)
                    if j == 0:
                        dr.text((margin, y), mark, font=f_reg, fill=25)
                    dr.text((margin + 70, y), ln, font=f_reg, fill=25)
                    y += 54
            y += 12
        elif t == "kv":
            labw = 640
            for lab, val in b[1]:
                is_hand = isinstance(val, Hand)
                font = f_hand if is_hand else f_reg
                vl = wrap(val, font, maxw - labw - 40) if str(val) else [""]
                lh = 74 if is_hand else 54
                hgt = max(len(vl) * lh, 60) + 30
                need(hgt + 10)
                if boxes:
                    dr.rectangle([margin - 10, y - 8, W - margin + 10, y + hgt - 8], outline=60, width=3)
                    dr.line([margin + labw - 20, y - 8, margin + labw - 20, y + hgt - 8], fill=60, width=3)
                dr.text((margin, y + 4), lab, font=f_bold, fill=20)
                yy = y + (0 if is_hand else 4)
                for ln in vl:
                    if is_hand:
                        # the hand wanders a little
                        dx = rng.randint(-4, 6)
                        dr.text((margin + labw + dx, yy + rng.randint(-3, 3)), ln, font=font, fill=rng.randint(30, 55))
                    else:
                        dr.text((margin + labw, yy), ln, font=font, fill=25)
                    yy += lh
                y += hgt + 6
            y += 16
        elif t == "sp":
            y += 40
    if stamp:
        f_st = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 46)
        dr.rectangle([W - 900, 120, W - 200, 210], outline=90, width=5)
        dr.text((W - 880, 138), stamp, font=f_st, fill=90)
    pages.append(img)
    tmpdir.mkdir(parents=True, exist_ok=True)
    pdfs = []
    for i, pg in enumerate(pages):
        pg = pg.rotate(rng.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor=250, expand=False)
        # speckle noise
        px = pg.load()
        for _ in range(1200):
            x, yy = rng.randrange(W), rng.randrange(H)
            px[x, yy] = rng.choice((60, 120, 200))
        pg = pg.filter(ImageFilter.GaussianBlur(0.45))
        stem = tmpdir / f"{Path(path).stem}_p{i}"
        jpg = str(stem) + ".jpg"
        pg.save(jpg, "JPEG", quality=70, dpi=(300, 300))
        subprocess.run(["tesseract", jpg, str(stem), "-l", "dan", "--dpi", "300", "pdf"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdfs.append(str(stem) + ".pdf")
    if len(pdfs) == 1:
        Path(path).write_bytes(Path(pdfs[0]).read_bytes())
    else:
        from pypdf import PdfWriter
        w = PdfWriter()
        for p in pdfs:
            w.append(p)
        with open(path, "wb") as fh:
            w.write(fh)


def soffice_to_pdf(docx_paths, outdir, profile="/tmp/lo_gi_profile"):
    if not docx_paths:
        return
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
