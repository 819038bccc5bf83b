"""Renderers for corpus fm: one small block model, written out as docx, odt, pdf, html, txt,
md, rtf or eml.

Blocks (tuples):
  ("title", text)                 document title
  ("h", text)                     section heading
  ("q", text)                     a short bold question/heading line ("Hvem er din mentor?")
  ("p", text)                     a paragraph
  ("lines", [l1, l2, ...])        short lines, one idea per line (easy-read)
  ("ul", [items])                 bullet list
  ("kv", [(label, value), ...])   two-column label/value table
  ("table", [header], [[row]...]) table with a header row
  ("box", title, [blocks])        framed box (summary box, "Kort fortalt")
  ("sig", [labels])               signature lines
  ("meta", [(label, value)...])   letter information lines (date, case no., ...)
"""
from __future__ import annotations

import hashlib
import html as _html
import io
import re
from email.message import EmailMessage
from email.utils import format_datetime

# ---------------------------------------------------------------- plain text / markdown

def _flat(blocks):
    for b in blocks:
        if b[0] == "box":
            yield from [("_boxstart", b[1])] + list(_flat(b[2])) + [("_boxend",)]
        else:
            yield b


def to_txt(blocks, style="plain", bullet="- ", blank_between_lines=False):
    out: list[str] = []
    for b in _flat(blocks):
        t = b[0]
        if t == "title":
            out += [b[1].upper() if style == "caps" else b[1], "=" * min(len(b[1]), 60) if style != "caps" else ""]
        elif t == "h":
            out += [b[1].upper() if style == "caps" else b[1] + ("" if b[1].endswith((":", "?")) else ":")]
        elif t == "q":
            out += [b[1]]
        elif t == "p":
            out += [b[1]]
        elif t == "lines":
            if blank_between_lines:
                for ln in b[1]:
                    out += [ln, ""]
                out.pop()
            else:
                out += list(b[1])
        elif t == "ul":
            out += [bullet + i for i in b[1]]
        elif t in ("kv", "meta"):
            out += [f"{k}: {v}" if k else v for k, v in b[1]]
        elif t == "table":
            out += [" | ".join(b[1])] + [" | ".join(r) for r in b[2]]
        elif t == "_boxstart":
            out += ["+" + "-" * 58 + "+", ("| " + b[1]) if b[1] else "|"]
            continue
        elif t == "_boxend":
            out += ["+" + "-" * 58 + "+"]
        elif t == "sig":
            for s in b[1]:
                out += ["", "_______________________________", s]
        out.append("")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def to_md(blocks):
    out: list[str] = []
    inbox = False
    for b in _flat(blocks):
        t = b[0]
        pre = "> " if inbox else ""
        if t == "title":
            out += [f"# {b[1]}"]
        elif t == "h":
            out += [f"{pre}## {b[1]}"]
        elif t == "q":
            out += [f"{pre}### {b[1]}"]
        elif t == "p":
            out += [pre + b[1]]
        elif t == "lines":
            out += [pre + ln + "  " for ln in b[1]]
        elif t == "ul":
            out += [f"{pre}- {i}" for i in b[1]]
        elif t == "meta":
            out += [f"{pre}{k}: {v}  " if k else pre + v for k, v in b[1]]
        elif t == "kv":
            out += [f"{pre}| | |", f"{pre}|---|---|"] + [f"{pre}| **{k}** | {v} |" for k, v in b[1]]
        elif t == "table":
            out += [pre + "| " + " | ".join(b[1]) + " |", pre + "|" + "---|" * len(b[1])]
            out += [pre + "| " + " | ".join(r) + " |" for r in b[2]]
        elif t == "_boxstart":
            inbox = True
            out += [f"> **{b[1]}**" if b[1] else ">"]
        elif t == "_boxend":
            inbox = False
        elif t == "sig":
            out += ["", *[f"_____________________  \n{s}\n" for s in b[1]]]
        out.append(">" if inbox and t not in ("_boxend",) else "")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


# ---------------------------------------------------------------- html

def to_html(blocks, title, large=False, css_extra="", lang="da"):
    e = _html.escape
    size = "1.35rem" if large else "1rem"
    parts = [f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{e(title)}</title>",
             f"<style>body{{font-family:Verdana,Arial,sans-serif;font-size:{size};line-height:1.6;max-width:44em;margin:2em auto}}"
             ".box{border:3px solid #1d5c8c;background:#eef5fb;padding:0.8em 1.2em;margin:1em 0;border-radius:8px}"
             "table{border-collapse:collapse}td,th{border:1px solid #999;padding:6px 10px;vertical-align:top}"
             ".q{font-weight:bold;margin-top:1.4em}.meta{color:#444}" + css_extra + "</style></head><body>"]

    def emit(bs):
        for b in bs:
            t = b[0]
            if t == "title":
                parts.append(f"<h1>{e(b[1])}</h1>")
            elif t == "h":
                parts.append(f"<h2>{e(b[1])}</h2>")
            elif t == "q":
                parts.append(f"<p class=\"q\"><strong>{e(b[1])}</strong></p>")
            elif t == "p":
                parts.append(f"<p>{e(b[1])}</p>")
            elif t == "lines":
                parts.extend(f"<p>{e(ln)}</p>" for ln in b[1])
            elif t == "ul":
                parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
            elif t == "meta":
                parts.append("<div class=\"meta\">" + "<br>".join(e(f"{k}: {v}" if k else v) for k, v in b[1]) + "</div>")
            elif t == "kv":
                parts.append("<table>" + "".join(f"<tr><th scope=\"row\">{e(k)}</th><td>{e(v)}</td></tr>" for k, v in b[1]) + "</table>")
            elif t == "table":
                parts.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr>"
                             + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2]) + "</table>")
            elif t == "box":
                parts.append("<div class=\"box\">")
                if b[1]:
                    parts.append(f"<h2>{e(b[1])}</h2>")
                emit(b[2])
                parts.append("</div>")
            elif t == "sig":
                parts.append("<p>" + "<br><br>".join(f"_______________________<br>{e(s)}" for s in b[1]) + "</p>")
    emit(blocks)
    parts.append("</body></html>\n")
    return "\n".join(parts)


# ---------------------------------------------------------------- docx

def to_docx(blocks, path, large=False, font="Verdana", core_title=""):
    import datetime as _dt
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: F401
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(16 if large else 11)
    for hn, sz in (("Heading 1", 22 if large else 16), ("Heading 2", 18 if large else 13), ("Title", 26 if large else 20)):
        doc.styles[hn].font.size = Pt(sz)
        doc.styles[hn].font.name = font
    cp = doc.core_properties
    cp.title = core_title
    cp.author = "Sagsbehandler"
    cp.created = _dt.datetime(2026, 1, 1)
    cp.modified = _dt.datetime(2026, 1, 1)

    def shade(cell, color="E8F1FA"):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), color)
        tcPr.append(shd)

    def emit(bs, container=None):
        c = container or doc
        for b in bs:
            t = b[0]
            if t == "title":
                c.add_heading(b[1], level=1) if container is None else c.add_paragraph().add_run(b[1]).__setattr__("bold", True)
            elif t == "h":
                if container is None:
                    doc.add_heading(b[1], level=2)
                else:
                    r = c.add_paragraph().add_run(b[1]); r.bold = True
            elif t == "q":
                r = c.add_paragraph().add_run(b[1]); r.bold = True
            elif t == "p":
                c.add_paragraph(b[1])
            elif t == "lines":
                for ln in b[1]:
                    c.add_paragraph(ln)
            elif t == "ul":
                for i in b[1]:
                    c.add_paragraph(i, style="List Bullet")
            elif t == "meta":
                p = c.add_paragraph()
                for n, (k, v) in enumerate(b[1]):
                    if n:
                        p.add_run().add_break()
                    p.add_run(f"{k}: {v}" if k else v)
            elif t == "kv":
                tb = doc.add_table(rows=0, cols=2)
                tb.style = "Table Grid"
                for k, v in b[1]:
                    row = tb.add_row().cells
                    row[0].text = ""
                    rr = row[0].paragraphs[0].add_run(k); rr.bold = True
                    row[1].text = v
                doc.add_paragraph()
            elif t == "table":
                tb = doc.add_table(rows=1, cols=len(b[1]))
                tb.style = "Table Grid"
                for i, h in enumerate(b[1]):
                    tb.rows[0].cells[i].text = ""
                    rr = tb.rows[0].cells[i].paragraphs[0].add_run(h); rr.bold = True
                for r in b[2]:
                    cells = tb.add_row().cells
                    for i, v in enumerate(r):
                        cells[i].text = v
                doc.add_paragraph()
            elif t == "box":
                tb = doc.add_table(rows=1, cols=1)
                tb.style = "Table Grid"
                cell = tb.rows[0].cells[0]
                shade(cell)
                first = cell.paragraphs[0]
                if b[1]:
                    rr = first.add_run(b[1]); rr.bold = True
                emit(b[2], cell)
                doc.add_paragraph()
            elif t == "sig":
                for s in b[1]:
                    c.add_paragraph("")
                    c.add_paragraph("_______________________________")
                    c.add_paragraph(s)
    emit(blocks)
    doc.save(path)


# ---------------------------------------------------------------- odt

def to_odt(blocks, path, large=False):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties)
    from odf.text import H, P, List, ListItem, LineBreak, Span  # noqa: F401
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    size = "16pt" if large else "11pt"
    body = Style(name="Brod", family="paragraph")
    body.addElement(TextProperties(fontsize=size, fontfamily="Arial"))
    body.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.automaticstyles.addElement(body)
    bold = Style(name="Fed", family="paragraph")
    bold.addElement(TextProperties(fontsize=size, fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="22pt" if large else "16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="18pt" if large else "13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    col = Style(name="Kol", family="table-column")
    col.addElement(TableColumnProperties(columnwidth="8cm"))
    doc.automaticstyles.addElement(col)
    cellst = Style(name="Celle", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cellst)
    boxst = Style(name="Boks", family="table-cell")
    boxst.addElement(TableCellProperties(border="2pt solid #1d5c8c", backgroundcolor="#eef5fb", padding="0.3cm"))
    doc.automaticstyles.addElement(boxst)

    counter = [0]

    def mk_table(rows, ncols, style=cellst, bold_first=True, header=False):
        counter[0] += 1
        tb = Table(name=f"Tabel{counter[0]}")
        tb.addElement(TableColumn(numbercolumnsrepeated=ncols, stylename=col))
        for ri, r in enumerate(rows):
            tr = TableRow()
            for ci, v in enumerate(r):
                tc = TableCell(valuetype="string", stylename=style)
                isb = (bold_first and ci == 0) or (header and ri == 0)
                tc.addElement(P(text=v, stylename=bold if isb else body))
                tr.addElement(tc)
            tb.addElement(tr)
        return tb

    def emit(bs, parent):
        for b in bs:
            t = b[0]
            if t == "title":
                parent.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
            elif t == "h":
                parent.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
            elif t == "q":
                parent.addElement(P(text=b[1], stylename=bold))
            elif t == "p":
                parent.addElement(P(text=b[1], stylename=body))
            elif t == "lines":
                for ln in b[1]:
                    parent.addElement(P(text=ln, stylename=body))
            elif t == "ul":
                lst = List()
                for i in b[1]:
                    li = ListItem()
                    li.addElement(P(text=i, stylename=body))
                    lst.addElement(li)
                parent.addElement(lst)
            elif t == "meta":
                for k, v in b[1]:
                    parent.addElement(P(text=f"{k}: {v}" if k else v, stylename=body))
            elif t == "kv":
                parent.addElement(mk_table([list(x) for x in b[1]], 2))
                parent.addElement(P(text="", stylename=body))
            elif t == "table":
                parent.addElement(mk_table([b[1]] + b[2], len(b[1]), bold_first=False, header=True))
                parent.addElement(P(text="", stylename=body))
            elif t == "box":
                counter[0] += 1
                tb = Table(name=f"Boks{counter[0]}")
                tb.addElement(TableColumn(stylename=col))
                tr = TableRow()
                tc = TableCell(valuetype="string", stylename=boxst)
                if b[1]:
                    tc.addElement(P(text=b[1], stylename=bold))
                emit(b[2], tc)
                tr.addElement(tc)
                tb.addElement(tr)
                parent.addElement(tb)
                parent.addElement(P(text="", stylename=body))
            elif t == "sig":
                for s in b[1]:
                    parent.addElement(P(text="", stylename=body))
                    parent.addElement(P(text="_______________________________", stylename=body))
                    parent.addElement(P(text=s, stylename=body))
    emit(blocks, doc.text)
    doc.save(path)


# ---------------------------------------------------------------- pdf (reportlab)

_FONTS_DONE = [False]


def _fonts():
    if _FONTS_DONE[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu")
    addMapping("DejaVu", 1, 1, "DejaVu-Bold")
    from reportlab import rl_config
    rl_config.invariant = 1
    _FONTS_DONE[0] = True


# emoji have no glyph in DejaVu; a printed PDF gets the nearest symbol
PDF_SYMBOLS = {"🎯": "◎", "👤": "☺", "🙋": "☺", "✅": "✔", "📅": "▣", "⏰": "◷", "🕒": "◷", "🔄": "↻",
               "⚖️": "§", "📞": "☎", "✉️": "✉", "📌": "►", "💬": "✎", "🏫": "⌂", "💼": "■", "🙌": "", "👋": "",
               "🚀": "", "✨": "", "😊": "☺", "👉": "►", "📝": "✎", "❓": "?", "🤝": "✔", "⭐": "★", "📍": "►",
               "🗓️": "▣", "🧭": "◎", "💪": "", "📣": "►", "☎️": "☎", "🔔": "►", "🏠": "⌂"}


def pdf_safe(s):
    for k, v in PDF_SYMBOLS.items():
        s = s.replace(k, v)
    return s.replace("\ufe0f", "")


def to_pdf(blocks, path, large=False, title="", author="", margin_cm=2.2):
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    ListFlowable, ListItem)
    fs = 16 if large else 10.5
    lead = fs * 1.45
    sty = ParagraphStyle("b", fontName="DejaVu", fontSize=fs, leading=lead, spaceAfter=fs * 0.45)
    sq = ParagraphStyle("q", parent=sty, fontName="DejaVu-Bold", spaceBefore=fs * 0.6)
    sh = ParagraphStyle("h", parent=sty, fontName="DejaVu-Bold", fontSize=fs * 1.3, leading=fs * 1.7, spaceBefore=fs * 0.8)
    st = ParagraphStyle("t", parent=sty, fontName="DejaVu-Bold", fontSize=fs * 1.6, leading=fs * 2.0, spaceAfter=fs)
    e = lambda s: _html.escape(pdf_safe(s))

    def flows(bs, width):
        out = []
        for b in bs:
            t = b[0]
            if t == "title":
                out.append(Paragraph(e(b[1]), st))
            elif t == "h":
                out.append(Paragraph(e(b[1]), sh))
            elif t == "q":
                out.append(Paragraph(e(b[1]), sq))
            elif t == "p":
                out.append(Paragraph(e(b[1]), sty))
            elif t == "lines":
                out.extend(Paragraph(e(ln), sty) for ln in b[1])
            elif t == "ul":
                out.append(ListFlowable([ListItem(Paragraph(e(i), sty), leftIndent=fs * 1.4) for i in b[1]],
                                        bulletType="bullet", start="•", leftIndent=fs * 1.4))
            elif t == "meta":
                out.append(Paragraph("<br/>".join(e(f"{k}: {v}" if k else v) for k, v in b[1]), sty))
            elif t == "kv":
                data = [[Paragraph(f"<b>{e(k)}</b>", sty), Paragraph(e(v), sty)] for k, v in b[1]]
                tb = Table(data, colWidths=[width * 0.32, width * 0.68])
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out += [tb, Spacer(1, fs)]
            elif t == "table":
                n = len(b[1])
                data = [[Paragraph(f"<b>{e(h)}</b>", sty) for h in b[1]]] + [[Paragraph(e(c), sty) for c in r] for r in b[2]]
                tb = Table(data, colWidths=[width / n] * n)
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out += [tb, Spacer(1, fs)]
            elif t == "box":
                inner = ([Paragraph(e(b[1]), sq)] if b[1] else []) + flows(b[2], width - 1.2 * cm)
                tb = Table([[inner]], colWidths=[width])
                tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 2, colors.HexColor("#1d5c8c")),
                                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef5fb")),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                                        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
                out += [tb, Spacer(1, fs)]
            elif t == "sig":
                for s in b[1]:
                    out += [Spacer(1, fs * 1.5), Paragraph("_______________________________", sty), Paragraph(e(s), sty)]
        return out

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margin_cm * cm, rightMargin=margin_cm * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title, author=author, lang="da")
    width = A4[0] - 2 * margin_cm * cm
    doc.build(flows(blocks, width))


# ---------------------------------------------------------------- rtf

def _rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                if o > 0xFFFF:
                    continue
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def to_rtf(blocks, large=False):
    fs = 32 if large else 22
    r = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}", f"\\f0\\fs{fs}"]
    E = _rtf_escape

    def emit(bs):
        for b in bs:
            t = b[0]
            if t == "title":
                r.append(f"{{\\pard\\sb120\\sa240\\b\\fs{int(fs * 1.5)} {E(b[1])}\\par}}")
            elif t == "h":
                r.append(f"{{\\pard\\sb240\\sa120\\b\\fs{int(fs * 1.25)} {E(b[1])}\\par}}")
            elif t == "q":
                r.append(f"{{\\pard\\sb200\\b {E(b[1])}\\par}}")
            elif t == "p":
                r.append(f"{{\\pard\\sa120 {E(b[1])}\\par}}")
            elif t == "lines":
                for ln in b[1]:
                    r.append(f"{{\\pard {E(ln)}\\par}}")
            elif t == "ul":
                for i in b[1]:
                    r.append(f"{{\\pard\\fi-300\\li500 \\bullet\\tab {E(i)}\\par}}")
            elif t == "meta":
                r.append("{\\pard " + "\\line ".join(E(f"{k}: {v}" if k else v) for k, v in b[1]) + "\\par}")
            elif t in ("kv", "table"):
                rows = [list(x) for x in b[1]] if t == "kv" else [b[1]] + b[2]
                n = len(rows[0])
                w = 9000 // n
                for ri, row in enumerate(rows):
                    defs = "".join(f"\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx{w * (i + 1)}" for i in range(n))
                    cells = "".join((f"{{\\b {E(c)}}}" if (t == "kv" and i == 0) or (t == "table" and ri == 0) else E(c)) + "\\cell "
                                    for i, c in enumerate(row))
                    r.append(f"\\trowd\\trgaph100{defs}\\pard\\intbl {cells}\\row")
                r.append("\\pard\\par")
            elif t == "box":
                r.append("{\\pard\\box\\brdrs\\brdrw30\\brsp100 " + (f"{{\\b {E(b[1])}}}\\par}}" if b[1] else "\\par}"))
                for bb in b[2]:
                    if bb[0] == "lines":
                        for ln in bb[1]:
                            r.append(f"{{\\pard\\box\\brdrs\\brdrw30\\brsp100 {E(ln)}\\par}}")
                    elif bb[0] == "ul":
                        for i in bb[1]:
                            r.append(f"{{\\pard\\box\\brdrs\\brdrw30\\brsp100 \\bullet  {E(i)}\\par}}")
                    else:
                        r.append(f"{{\\pard\\box\\brdrs\\brdrw30\\brsp100 {E(bb[1] if isinstance(bb[1], str) else ' '.join(bb[1]))}\\par}}")
                r.append("\\pard\\par")
            elif t == "sig":
                for s in b[1]:
                    r.append("{\\pard\\sb400 _______________________________\\par}")
                    r.append(f"{{\\pard {E(s)}\\par}}")
    emit(blocks)
    r.append("}")
    return "\n".join(r) + "\n"


# ---------------------------------------------------------------- eml

def to_eml(subject, sender, to, date, body_text, attachments=(), body_html=None):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = "<" + hashlib.sha1((subject + to).encode()).hexdigest()[:16] + ".fm@corpus.invalid>"
    m.set_content(body_text)
    if body_html:
        m.add_alternative(body_html, subtype="html")
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if m.is_multipart():
        m.set_boundary("==fm-" + hashlib.sha1((subject + to).encode()).hexdigest()[:20])
    return m.as_bytes()


def normalize_zip(path):
    """Rewrite a DOCX/ODT package with fixed timestamps, so that a seed gives the same bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for info, data in items:
            if info.filename == "meta.xml":
                data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"", data)
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
