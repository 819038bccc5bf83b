"""Renderers for corpus GO: one block model, many file formats.

Blocks:
  ("letterhead", [lines], style)   style: "table" | "textbox" | "plain"
  ("title", text)
  ("h", text)
  ("p", text)
  ("kv", label, value)            bold label + value on one line
  ("ul", [items])
  ("ol", [items])
  ("table", rows, header)         rows = list of list of str
  ("blank",)
"""
from __future__ import annotations

import html as _html
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt


# ---------------------------------------------------------------- plain text

def to_txt(blocks, table_style="pipe"):
    out = []
    for b in blocks:
        t = b[0]
        if t == "letterhead":
            out.extend(b[1])
            out.append("")
        elif t == "title":
            out += [b[1].upper() if len(b[1]) < 60 else b[1], ""]
        elif t == "h":
            out += [b[1], ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            out += [f"{b[1]}: {b[2]}", ""]
        elif t == "ul":
            out += [f"- {i}" for i in b[1]] + [""]
        elif t == "ol":
            out += [f"{n}) {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif t == "table":
            for r in b[1]:
                out.append(("\t" if table_style == "tab" else " | ").join(r))
            out.append("")
        elif t == "blank":
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_md(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "letterhead":
            out += ["  \n".join(f"*{l}*" if i == 0 else l for i, l in enumerate(b[1])), ""]
        elif t == "title":
            out += [f"# {b[1]}", ""]
        elif t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            out += [f"**{b[1]}:** {b[2]}", ""]
        elif t == "ul":
            out += [f"- {i}" for i in b[1]] + [""]
        elif t == "ol":
            out += [f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif t == "table":
            rows = b[1]
            if b[2]:
                head, body = rows[0], rows[1:]
            else:
                head, body = [" "] * len(rows[0]), rows
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "---|" * len(head))
            for r in body:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_html(blocks, title):
    e = _html.escape
    out = ["<!DOCTYPE html>", '<html lang="da">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Calibri,Arial,sans-serif;max-width:780px}"
           "td,th{border:1px solid #999;padding:4px;vertical-align:top}"
           ".lh{color:#245;border-bottom:2px solid #245;margin-bottom:18px}</style>",
           "</head>", "<body>"]
    for b in blocks:
        t = b[0]
        if t == "letterhead":
            out.append('<div class="lh">' + "<br>".join(e(l) for l in b[1]) + "</div>")
        elif t == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            out.append("<p>" + e(b[1]).replace("\n", "<br>") + "</p>")
        elif t == "kv":
            out.append(f"<p><strong>{e(b[1])}:</strong> {e(b[2])}</p>")
        elif t in ("ul", "ol"):
            out.append(f"<{t}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{t}>")
        elif t == "table":
            out.append('<table style="border-collapse:collapse">')
            for n, r in enumerate(b[1]):
                tag = "th" if (b[2] and n == 0) else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            out.append("</table>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- RTF

def _rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch == "\n":
            o.append("\\line ")
            continue
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c > 127:
            o.append(f"\\u{c if c < 32768 else c - 65536}?")
        else:
            o.append(ch)
    return "".join(o)


def to_rtf(blocks):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}",
         r"\paperw11906\paperh16838\margl1417\margr1134\f0\fs24"]
    for b in blocks:
        t = b[0]
        if t == "letterhead":
            for i, l in enumerate(b[1]):
                o.append(r"\pard\qr\f1\fs18 " + (r"\b " if i == 0 else "") + _rtf_esc(l)
                         + (r"\b0" if i == 0 else "") + r"\par")
            o.append(r"\pard\f0\fs24\par")
        elif t == "title":
            o.append(r"\pard\sb240\sa120\b\fs32 " + _rtf_esc(b[1]) + r"\b0\fs24\par")
        elif t == "h":
            o.append(r"\pard\sb200\sa60\b " + _rtf_esc(b[1]) + r"\b0\par")
        elif t == "p":
            o.append(r"\pard\sa120 " + _rtf_esc(b[1]) + r"\par")
        elif t == "kv":
            o.append(r"\pard\sa120\b " + _rtf_esc(b[1]) + r":\b0  " + _rtf_esc(b[2]) + r"\par")
        elif t in ("ul", "ol"):
            for n, i in enumerate(b[1], 1):
                mark = r"\bullet" if t == "ul" else f"{n}."
                o.append(r"\pard\fi-360\li720\sa60 " + mark + r"\tab " + _rtf_esc(i) + r"\par")
        elif t == "table":
            ncol = max(len(r) for r in b[1])
            width = 9000 // ncol
            for n, r in enumerate(b[1]):
                row = [r"\trowd\trgaph108"]
                for c in range(ncol):
                    row.append(r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx"
                               + str(width * (c + 1)))
                cells = []
                for c in range(ncol):
                    txt = _rtf_esc(r[c] if c < len(r) else "")
                    if b[2] and n == 0:
                        txt = r"\b " + txt + r"\b0"
                    cells.append(r"\pard\intbl " + txt + r"\cell")
                o.append("".join(row) + "".join(cells) + r"\row")
            o.append(r"\pard\par")
    o.append("}")
    return "\n".join(o) + "\n"


# ---------------------------------------------------------------- DOCX

def _textbox_xml(lines):
    paras = "".join(
        f'<w:p><w:r><w:rPr>{"<w:b/>" if i == 0 else ""}<w:sz w:val="18"/></w:rPr>'
        f'<w:t xml:space="preserve">{_html.escape(l)}</w:t></w:r></w:p>'
        for i, l in enumerate(lines))
    return (
        f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Tekstboks1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:300pt;margin-top:-20pt;width:170pt;height:80pt;'
        'z-index:251659264" strokecolor="#1f4e79">'
        f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r></w:p>')


def to_docx(blocks, path, core_title=None, header_table_in_body=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for b in blocks:
        t = b[0]
        if t == "letterhead":
            lines, style = b[1], b[2]
            if style == "table":
                sec = doc.sections[0]
                hdr = sec.header
                tbl = hdr.add_table(rows=1, cols=2, width=sec.page_width - sec.left_margin - sec.right_margin)
                tbl.cell(0, 0).text = lines[0]
                tbl.cell(0, 0).paragraphs[0].runs[0].bold = True
                tbl.cell(0, 1).text = "\n".join(lines[1:])
                for p in tbl.cell(0, 1).paragraphs:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif style == "textbox":
                doc.element.body.append(parse_xml(_textbox_xml(lines)))
                # move the new paragraph before the sectPr
                body = doc.element.body
                sect = body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr")
                if sect is not None:
                    body.remove(sect)
                    body.append(sect)
            else:
                for i, l in enumerate(lines):
                    p = doc.add_paragraph()
                    r = p.add_run(l)
                    r.bold = i == 0
                    r.font.size = Pt(9)
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == "title":
            doc.add_heading(b[1], level=1)
        elif t == "h":
            doc.add_heading(b[1], level=2)
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t == "kv":
            p = doc.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            p.add_run(b[2])
        elif t == "ul":
            for i in b[1]:
                doc.add_paragraph(i, style="List Bullet")
        elif t == "ol":
            for i in b[1]:
                doc.add_paragraph(i, style="List Number")
        elif t == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            tbl = doc.add_table(rows=len(rows), cols=ncol)
            tbl.style = "Table Grid"
            for n, r in enumerate(rows):
                for c in range(ncol):
                    cell = tbl.cell(n, c)
                    cell.text = r[c] if c < len(r) else ""
                    if (b[2] and n == 0) or (not b[2] and c == 0 and ncol == 2):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif t == "blank":
            doc.add_paragraph()
    if core_title:
        doc.core_properties.title = core_title
    doc.core_properties.author = "Bruger"
    doc.save(path)


# ---------------------------------------------------------------- ODT

def to_odt(blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import H, P, List, ListItem, Span, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    small.addElement(ParagraphProperties(textalign="end"))
    doc.automaticstyles.addElement(small)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    tn = 0
    for b in blocks:
        t = b[0]
        if t == "letterhead":
            for l in b[1]:
                doc.text.addElement(P(stylename=small, text=l))
            doc.text.addElement(P(text=""))
        elif t == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif t == "p":
            p = P()
            for k, part in enumerate(b[1].split("\n")):
                if k:
                    p.addElement(LineBreak())
                p.addText(part)
            doc.text.addElement(p)
        elif t == "kv":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1] + ": "))
            p.addText(b[2])
            doc.text.addElement(p)
        elif t in ("ul", "ol"):
            lst = List()
            for n, i in enumerate(b[1], 1):
                li = ListItem()
                li.addElement(P(text=("" if t == "ul" else f"{n}. ") + i))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif t == "table":
            tn += 1
            rows = b[1]
            ncol = max(len(r) for r in rows)
            tbl = Table(name=f"Tabel{tn}")
            tbl.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for n, r in enumerate(rows):
                tr = TableRow()
                for c in range(ncol):
                    tc = TableCell(valuetype="string")
                    txt = r[c] if c < len(r) else ""
                    if b[2] and n == 0:
                        p = P()
                        p.addElement(Span(stylename=bold, text=txt))
                        tc.addElement(p)
                    else:
                        tc.addElement(P(text=txt))
                    tr.addElement(tc)
                tbl.addElement(tr)
            doc.text.addElement(tbl)
            doc.text.addElement(P(text=""))
    doc.save(str(path))


# ---------------------------------------------------------------- PDF (reportlab)

def to_pdf_reportlab(blocks, path, title):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    import glob
    font = "Helvetica"
    fb = "Helvetica-Bold"
    cands = glob.glob("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if cands:
        pdfmetrics.registerFont(TTFont("DV", cands[0]))
        bcand = cands[0].replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
        pdfmetrics.registerFont(TTFont("DVB", bcand))
        font, fb = "DV", "DVB"
    ss = getSampleStyleSheet()
    for s in ss.byName.values():
        if hasattr(s, "fontName"):
            s.fontName = fb if "Heading" in s.name or s.name == "Title" else font
    e = _html.escape
    story = []
    for b in blocks:
        t = b[0]
        if t == "letterhead":
            story.append(Paragraph("<br/>".join(e(l) for l in b[1]), ss["Normal"]))
            story.append(Spacer(1, 14))
        elif t == "title":
            story.append(Paragraph(e(b[1]), ss["Heading1"]))
        elif t == "h":
            story.append(Paragraph(e(b[1]), ss["Heading2"]))
        elif t == "p":
            story.append(Paragraph(e(b[1]).replace("\n", "<br/>"), ss["Normal"]))
            story.append(Spacer(1, 6))
        elif t == "kv":
            story.append(Paragraph(f"<font name='{fb}'>{e(b[1])}:</font> {e(b[2])}", ss["Normal"]))
            story.append(Spacer(1, 6))
        elif t in ("ul", "ol"):
            for n, i in enumerate(b[1], 1):
                story.append(Paragraph(("• " if t == "ul" else f"{n}. ") + e(i), ss["Normal"]))
            story.append(Spacer(1, 6))
        elif t == "table":
            data = [[Paragraph(e(c), ss["Normal"]) for c in r] for r in b[1]]
            tb = Table(data, hAlign="LEFT")
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 8))
    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(story)
