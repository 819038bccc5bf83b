"""Renderers for corpus GM: one block list -> txt, md, html, eml, docx, pdf, odt, rtf.

Blocks:
  ("title", text)             document title
  ("h", text)                 heading
  ("p", text)                 paragraph (may hold newlines -> separate lines)
  ("kv", [(label, value)], cols)   field grid; cols=1 label|value rows, cols=2 label|value|label|value
  ("table", rows)             table, first row is the header
  ("box", [blocks])           text box (docx VML text box; bordered cell elsewhere)
  ("col2", [blocks], [blocks])  two columns
  ("small", text)             small print
Doc meta: header (str|None), footer (str|None), pdf_mode ("plain"|"print"|"twocol").
"""
from __future__ import annotations

import email.utils
import html as _html
from email.message import EmailMessage
from pathlib import Path


def flat(blocks):
    for b in blocks:
        if b[0] == "box":
            yield from flat(b[1])
        elif b[0] == "col2":
            yield from flat(b[1])
            yield from flat(b[2])
        else:
            yield b


# ---------------------------------------------------------------- text-born
def to_txt(doc, style="colon"):
    out = []
    if doc.get("header"):
        out += [doc["header"], "-" * 70]
    for b in flat(doc["blocks"]):
        t = b[0]
        if t == "title":
            out += [b[1].upper() if style == "upper" else b[1], ""]
        elif t == "h":
            out += ["", b[1] if style != "upper" else b[1].upper()]
        elif t in ("p", "small"):
            out += [b[1], ""]
        elif t == "kv":
            w = max((len(k) for k, _ in b[1]), default=0)
            for k, v in b[1]:
                if style == "dots":
                    out.append(f"{k} {'.' * (w - len(k) + 3)} {v}")
                else:
                    out.append(f"{k}: {v}" if k else v)
            out.append("")
        elif t == "table":
            for row in b[1]:
                out.append(" | ".join(row))
            out.append("")
    if doc.get("footer"):
        out += ["-" * 70, doc["footer"]]
    return "\n".join(out).rstrip() + "\n"


def to_md(doc):
    out = []
    for b in flat(doc["blocks"]):
        t = b[0]
        if t == "title":
            out += [f"# {b[1]}", ""]
        elif t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [b[1].replace("\n", "  \n"), ""]
        elif t == "small":
            out += [f"*{b[1]}*", ""]
        elif t == "kv":
            for k, v in b[1]:
                out.append(f"**{k}:** {v}  " if k else f"{v}  ")
            out.append("")
        elif t == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    return "\n".join(out)


def _h(s):
    return _html.escape(s).replace("\n", "<br>")


def _html_blocks(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{_h(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{_h(b[1])}</h2>")
        elif t == "p":
            out.append(f"<p>{_h(b[1])}</p>")
        elif t == "small":
            out.append(f"<p class='small'><small>{_h(b[1])}</small></p>")
        elif t == "kv":
            cols = b[2] if len(b) > 2 else 1
            out.append("<table class='felter'>")
            pairs = b[1]
            for i in range(0, len(pairs), cols):
                cells = "".join(f"<th>{_h(k)}</th><td>{_h(v)}</td>" for k, v in pairs[i:i + cols])
                out.append(f"<tr>{cells}</tr>")
            out.append("</table>")
        elif t == "table":
            out.append("<table border='1'>")
            out.append("<tr>" + "".join(f"<th>{_h(c)}</th>" for c in b[1][0]) + "</tr>")
            for r in b[1][1:]:
                out.append("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif t == "box":
            out.append("<div class='boks' style='border:1px solid #444;padding:6px'>")
            out += _html_blocks(b[1])
            out.append("</div>")
        elif t == "col2":
            out.append("<div class='kolonner' style='display:flex'><div style='width:50%'>")
            out += _html_blocks(b[1])
            out.append("</div><div style='width:50%'>")
            out += _html_blocks(b[2])
            out.append("</div></div>")
    return out


def to_html(doc):
    title = next((b[1] for b in flat(doc["blocks"]) if b[0] == "title"), "Dokument")
    parts = ["<!DOCTYPE html>", "<html lang='da'><head><meta charset='utf-8'>",
             f"<title>{_h(title)}</title>",
             "<style>body{font-family:Arial} th{text-align:left;background:#eee} .small{color:#555}</style>",
             "</head><body>"]
    if doc.get("header"):
        parts.append(f"<div class='sidehoved'>{_h(doc['header'])}</div>")
    parts += _html_blocks(doc["blocks"])
    if doc.get("footer"):
        parts.append(f"<div class='sidefod'>{_h(doc['footer'])}</div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def to_eml(doc, sender, to, subject, date, attachments=(), html_alt=False):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = email.utils.make_msgid(idstring="gm", domain="example.invalid")
    body = to_txt({"blocks": [b for b in doc["blocks"] if b[0] != "title"]})
    msg.set_content(body)
    if html_alt:
        msg.add_alternative(to_html(doc), subtype="html")
    for name, data, mtype in attachments:
        maintype, subtype = mtype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


# ---------------------------------------------------------------- RTF
def _rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def to_rtf(doc):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22"]
    if doc.get("header"):
        o.append(r"{\header\pard\fs16 " + _rtf_esc(doc["header"]) + r"\par}")
    if doc.get("footer"):
        o.append(r"{\footer\pard\fs16 " + _rtf_esc(doc["footer"]) + r"\par}")
    for b in flat(doc["blocks"]):
        t = b[0]
        if t == "title":
            o.append(r"\pard\b\fs32 " + _rtf_esc(b[1]) + r"\b0\fs22\par")
        elif t == "h":
            o.append(r"\pard\sb200\b " + _rtf_esc(b[1]) + r"\b0\par")
        elif t in ("p", "small"):
            o.append(r"\pard " + _rtf_esc(b[1]) + r"\par")
        elif t == "kv":
            for k, v in b[1]:
                o.append(r"\trowd\cellx3000\cellx9000\intbl " + _rtf_esc(k) + r"\cell " + _rtf_esc(v)
                         + r"\cell\row")
            o.append(r"\pard\par")
        elif t == "table":
            n = len(b[1][0])
            cx = "".join(f"\\cellx{int(9000 * (i + 1) / n)}" for i in range(n))
            for r in b[1]:
                o.append(r"\trowd" + cx + r"\intbl " + "".join(_rtf_esc(c) + r"\cell " for c in r) + r"\row")
            o.append(r"\pard\par")
    o.append("}")
    return "\n".join(o).encode("ascii")


# ---------------------------------------------------------------- DOCX
def _docx_textbox(paragraph, blocks):
    from docx.oxml import parse_xml
    inner = []
    for b in flat(blocks):
        if b[0] == "kv":
            lines = [f"{k}: {v}" if k else v for k, v in b[1]]
        elif b[0] == "table":
            lines = [" | ".join(r) for r in b[1]]
        else:
            lines = [b[1]]
        for ln in lines:
            bold = "<w:rPr><w:b/></w:rPr>" if b[0] in ("h", "title") else ""
            inner.append(f"<w:p><w:r>{bold}<w:t xml:space='preserve'>{_html.escape(ln)}</w:t></w:r></w:p>")
    xml = ("<w:r xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
           "xmlns:v='urn:schemas-microsoft-com:vml' xmlns:o='urn:schemas-microsoft-com:office:office'>"
           "<w:pict><v:shape id='tb' type='#_x0000_t202' style='width:440pt;height:auto;mso-wrap-style:square' "
           "stroked='t'><v:textbox><w:txbxContent>" + "".join(inner) +
           "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    paragraph._p.append(parse_xml(xml))


def _docx_blocks(container, blocks, doc):
    for b in blocks:
        t = b[0]
        if t == "title":
            container.add_heading(b[1], level=1) if hasattr(container, "add_heading") else container.add_paragraph(b[1])
        elif t == "h":
            if hasattr(container, "add_heading"):
                container.add_heading(b[1], level=2)
            else:
                p = container.add_paragraph()
                p.add_run(b[1]).bold = True
        elif t == "p":
            container.add_paragraph(b[1])
        elif t == "small":
            from docx.shared import Pt
            p = container.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
        elif t == "kv":
            cols = b[2] if len(b) > 2 else 1
            pairs = b[1]
            nrows = (len(pairs) + cols - 1) // cols
            tbl = container.add_table(rows=nrows, cols=2 * cols)
            tbl.style = "Table Grid"
            for i, (k, v) in enumerate(pairs):
                r, c = divmod(i, cols)
                tbl.cell(r, 2 * c).text = k
                tbl.cell(r, 2 * c + 1).text = v
        elif t == "table":
            rows = b[1]
            tbl = container.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tbl.cell(i, j).text = c
        elif t == "box":
            p = container.add_paragraph()
            _docx_textbox(p, b[1])
        elif t == "col2":
            tbl = container.add_table(rows=1, cols=2)
            left, right = tbl.cell(0, 0), tbl.cell(0, 1)
            _docx_blocks(left, b[1], doc)
            _docx_blocks(right, b[2], doc)


def to_docx(doc, path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = docx.Document()
    d.core_properties.author = doc.get("author", "")
    sec = d.sections[0]
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer") is not None or doc.get("pageno"):
        p = sec.footer.paragraphs[0]
        p.text = (doc.get("footer") or "") + "   Side "
        if doc.get("pageno", True):
            r = p.add_run()
            for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
                if kind:
                    el = OxmlElement("w:fldChar")
                    el.set(qn("w:fldCharType"), kind)
                    r._r.append(el)
                else:
                    el = OxmlElement("w:instrText")
                    el.set(qn("xml:space"), "preserve")
                    el.text = txt
                    r._r.append(el)
    _docx_blocks(d, doc["blocks"], doc)
    d.save(path)


# ---------------------------------------------------------------- ODT
def to_odt(doc, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import H, P
    o = OpenDocumentText()
    bold = Style(name="Fed", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)

    def add(blocks):
        for b in flat(blocks):
            t = b[0]
            if t == "title":
                o.text.addElement(H(outlinelevel=1, text=b[1]))
            elif t == "h":
                o.text.addElement(H(outlinelevel=2, text=b[1]))
            elif t in ("p", "small"):
                for ln in b[1].split("\n"):
                    o.text.addElement(P(text=ln))
            elif t in ("kv", "table"):
                rows = [[k, v] for k, v in b[1]] if t == "kv" else b[1]
                tb = Table()
                tb.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
                for r in rows:
                    tr = TableRow()
                    for c in r:
                        tc = TableCell()
                        tc.addElement(P(text=c))
                        tr.addElement(tc)
                    tb.addElement(tr)
                o.text.addElement(tb)
    if doc.get("header"):
        o.text.addElement(P(text=doc["header"]))
    add(doc["blocks"])
    if doc.get("footer"):
        o.text.addElement(P(text=doc["footer"]))
    o.save(str(path))


# ---------------------------------------------------------------- PDF
def to_pdf(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, FrameBreak, KeepTogether)
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontSize=9.5, leading=12)
    small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9, textColor=colors.grey)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=15)
    h2 = ParagraphStyle("h2", parent=ss["Heading3"], fontSize=10.5, spaceBefore=6)
    mode = doc.get("pdf_mode", "plain")
    W, H = A4
    colw = (W - 40 * mm - 8 * mm) / 2 if mode == "twocol" else W - 40 * mm

    def P(s, st=body):
        return Paragraph(_html.escape(s).replace("\n", "<br/>"), st)

    def fl(blocks, width):
        out = []
        for b in blocks:
            t = b[0]
            if t == "title":
                out.append(P(b[1], h1))
            elif t == "h":
                out.append(P(b[1], h2))
            elif t == "p":
                out.append(P(b[1]))
            elif t == "small":
                out.append(P(b[1], small))
            elif t == "kv":
                cols = b[2] if len(b) > 2 else 1
                pairs = b[1]
                data = []
                for i in range(0, len(pairs), cols):
                    row = []
                    for k, v in pairs[i:i + cols]:
                        row += [P(k, small), P(v)]
                    while len(row) < 2 * cols:
                        row += ["", ""]
                    data.append(row)
                cw = [width * (0.3 / cols), width * (0.7 / cols)] * cols
                tb = Table(data, colWidths=cw)
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke)]))
                out.append(tb)
                out.append(Spacer(1, 4))
            elif t == "table":
                rows = b[1]
                n = len(rows[0])
                data = [[P(c, small if i == 0 else body) for c in r] for i, r in enumerate(rows)]
                tb = Table(data, colWidths=[width / n] * n, repeatRows=1)
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out.append(tb)
                out.append(Spacer(1, 4))
            elif t == "box":
                inner = fl(b[1], width - 12)
                tb = Table([[inner]], colWidths=[width])
                tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
                out.append(tb)
            elif t == "col2":
                if mode == "twocol":
                    out += fl(b[1], width)
                    out.append(FrameBreak())
                    out += fl(b[2], width)
                else:
                    tb = Table([[fl(b[1], width / 2 - 6), fl(b[2], width / 2 - 6)]],
                               colWidths=[width / 2, width / 2])
                    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
                    out.append(tb)
        return out

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if doc.get("header"):
            for i, ln in enumerate(doc["header"].split("\n")):
                canvas.drawString(20 * mm, H - 12 * mm - i * 9, ln)
            canvas.line(20 * mm, H - 15 * mm - 9 * (doc["header"].count("\n")), W - 20 * mm,
                        H - 15 * mm - 9 * (doc["header"].count("\n")))
        if doc.get("footer"):
            canvas.drawString(20 * mm, 10 * mm, doc["footer"])
        if doc.get("pageno", True):
            canvas.drawRightString(W - 20 * mm, 10 * mm, f"Side {d.page}")
        canvas.restoreState()

    top = 22 * mm if doc.get("header") else 18 * mm
    bd = BaseDocTemplate(str(path), pagesize=A4, invariant=1, title=doc.get("pdf_title", ""),
                         author=doc.get("author", ""))
    if mode == "twocol":
        frames = [Frame(20 * mm, 18 * mm, colw, H - 18 * mm - top, id="v"),
                  Frame(20 * mm + colw + 8 * mm, 18 * mm, colw, H - 18 * mm - top, id="h")]
    else:
        frames = [Frame(20 * mm, 18 * mm, colw, H - 18 * mm - top, id="f")]
    bd.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    bd.build(fl(doc["blocks"], colw))
