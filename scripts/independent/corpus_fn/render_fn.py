"""Renderers for corpus fn: one small block model, written out as docx, pdf, odt, rtf, html,
txt, md and eml. Blocks:

    ("title", text)              document title
    ("meta", [lines])            letterhead / sender lines (small, top)
    ("h", text)                  section heading
    ("p", text)                  paragraph
    ("kv", label, value)         "Label: value" paragraph (bold label)
    ("kvt", [(label, value)])    label/value table
    ("grid", [[header...], [row...], ...])   table with a header row
    ("ul", [items])              bullet list
    ("ol", [items])              numbered list
    ("sig", [(role, name)])      signature lines
"""
from __future__ import annotations

import html as _html
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path


# ------------------------------------------------------------------ plain text / markdown
def to_txt(title, blocks, width_label=28):
    out = []
    if title:
        out += [title.upper() if len(title) < 50 else title, ""]
    for b in blocks:
        t = b[0]
        if t == "meta":
            out += list(b[1]) + [""]
        elif t == "title":
            out += [b[1], ""]
        elif t == "h":
            out += [b[1], ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            out += [f"{b[1]}: {b[2]}", ""]
        elif t == "kvt":
            for lab, val in b[1]:
                out.append(f"{lab}: {val}")
            out.append("")
        elif t == "grid":
            for row in b[1]:
                out.append(" | ".join(row))
            out.append("")
        elif t == "ul":
            out += [f"- {i}" for i in b[1]] + [""]
        elif t == "ol":
            out += [f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif t == "sig":
            for role, name in b[1]:
                out.append(f"{role}: ____________________  {name}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_md(title, blocks):
    out = []
    if title:
        out += [f"# {title}", ""]
    for b in blocks:
        t = b[0]
        if t == "meta":
            out += [f"*{l}*  " for l in b[1]] + [""]
        elif t == "title":
            out += [f"# {b[1]}", ""]
        elif t == "h":
            out += [f"## {b[1]}", ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "kv":
            out += [f"**{b[1]}:** {b[2]}", ""]
        elif t == "kvt":
            out += ["| Felt | Indhold |", "|---|---|"]
            out += [f"| {l} | {v} |" for l, v in b[1]] + [""]
        elif t == "grid":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
        elif t == "ul":
            out += [f"- {i}" for i in b[1]] + [""]
        elif t == "ol":
            out += [f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif t == "sig":
            out += [f"{role}: ______________ ({name})  " for role, name in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ html
def to_html(title, blocks, style="plain"):
    e = _html.escape
    body = []
    if title:
        body.append(f"<h1>{e(title)}</h1>")
    for b in blocks:
        t = b[0]
        if t == "meta":
            body.append('<div class="afsender">' + "<br>".join(e(l) for l in b[1]) + "</div>")
        elif t == "title":
            body.append(f"<h1>{e(b[1])}</h1>")
        elif t == "h":
            body.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            body.append(f"<p>{e(b[1])}</p>")
        elif t == "kv":
            body.append(f"<p><strong>{e(b[1])}:</strong> {e(b[2])}</p>")
        elif t == "kvt":
            if style == "dl":
                body.append("<dl>" + "".join(f"<dt>{e(l)}</dt><dd>{e(v)}</dd>" for l, v in b[1]) + "</dl>")
            else:
                body.append('<table class="felter">' + "".join(
                    f"<tr><th>{e(l)}</th><td>{e(v)}</td></tr>" for l, v in b[1]) + "</table>")
        elif t == "grid":
            rows = b[1]
            h = "<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"
            r = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
            body.append(f"<table>{h}{r}</table>")
        elif t == "ul":
            body.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif t == "ol":
            body.append("<ol>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ol>")
        elif t == "sig":
            body.append("<p>" + "<br>".join(f"{e(r)}: ____________ {e(n)}" for r, n in b[1]) + "</p>")
    return ("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
            f"<title>{e(title or '')}</title>"
            "<style>body{font-family:Arial;max-width:800px} th{text-align:left;background:#eee}"
            " td,th{border:1px solid #999;padding:4px}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")


# ------------------------------------------------------------------ docx
def to_docx(title, blocks, path, heading_mode="style"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    def heading(text, level):
        if heading_mode == "style":
            d.add_heading(text, level=level)
        else:  # bold paragraph as heading
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            if level == 0:
                r.font.size = Pt(15)

    if title:
        heading(title, 0 if heading_mode != "style" else 1)
    for b in blocks:
        t = b[0]
        if t == "meta":
            for l in b[1]:
                p = d.add_paragraph(l)
                p.runs[0].font.size = Pt(9)
        elif t == "title":
            heading(b[1], 1)
        elif t == "h":
            heading(b[1], 2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "kv":
            p = d.add_paragraph()
            p.add_run(b[1] + ": ").bold = True
            p.add_run(b[2])
        elif t == "kvt":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for l, v in b[1]:
                c = tb.add_row().cells
                c[0].text = l
                c[0].paragraphs[0].runs[0].bold = True
                c[1].text = v
            d.add_paragraph("")
        elif t == "grid":
            rows = b[1]
            tb = d.add_table(rows=0, cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                c = tb.add_row().cells
                for j, val in enumerate(row):
                    c[j].text = val
                    if i == 0 and c[j].paragraphs[0].runs:
                        c[j].paragraphs[0].runs[0].bold = True
            d.add_paragraph("")
        elif t == "ul":
            for i in b[1]:
                d.add_paragraph(i, style="List Bullet")
        elif t == "ol":
            for i in b[1]:
                d.add_paragraph(i, style="List Number")
        elif t == "sig":
            tb = d.add_table(rows=2, cols=len(b[1]))
            for j, (role, name) in enumerate(b[1]):
                tb.rows[0].cells[j].text = "\n\n______________________"
                tb.rows[1].cells[j].text = f"{role}\n{name}"
    d.save(str(path))


# ------------------------------------------------------------------ odt
def to_odt(title, blocks, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import H, P, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)

    def para(text, style=None):
        return P(text=text, stylename=style) if style else P(text=text)

    def table(rows):
        tb = Table()
        tb.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
        for row in rows:
            tr = TableRow()
            for val in row:
                tc = TableCell()
                tc.addElement(P(text=val))
                tr.addElement(tc)
            tb.addElement(tr)
        return tb

    if title:
        doc.text.addElement(H(outlinelevel=1, stylename=h1, text=title))
    for b in blocks:
        t = b[0]
        if t == "meta":
            for l in b[1]:
                doc.text.addElement(para(l, small))
        elif t == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif t == "p":
            doc.text.addElement(para(b[1]))
        elif t == "kv":
            p = P()
            p.addElement(Span(stylename=bold, text=b[1] + ": "))
            p.addText(b[2])
            doc.text.addElement(p)
        elif t == "kvt":
            doc.text.addElement(table([list(r) for r in b[1]]))
        elif t == "grid":
            doc.text.addElement(table(b[1]))
        elif t in ("ul", "ol"):
            lst = List()
            for n, i in enumerate(b[1], 1):
                li = ListItem()
                li.addElement(P(text=(f"{n}. " if t == "ol" else "") + i))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif t == "sig":
            for role, name in b[1]:
                doc.text.addElement(para(f"{role}: ______________________ {name}"))
    doc.save(str(path))


# ------------------------------------------------------------------ rtf
def _rtf_esc(s):
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
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def to_rtf(title, blocks, path):
    e = _rtf_esc
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\f0\fs22 "]
    if title:
        out.append(r"{\b\fs32 " + e(title) + r"}\par\par ")
    for b in blocks:
        t = b[0]
        if t == "meta":
            out.append(r"{\fs18 " + r"\line ".join(e(l) for l in b[1]) + r"}\par\par ")
        elif t in ("title",):
            out.append(r"{\b\fs28 " + e(b[1]) + r"}\par\par ")
        elif t == "h":
            out.append(r"{\b\fs24 " + e(b[1]) + r"}\par ")
        elif t == "p":
            out.append(e(b[1]) + r"\par\par ")
        elif t == "kv":
            out.append(r"{\b " + e(b[1]) + r":} " + e(b[2]) + r"\par ")
        elif t in ("kvt", "grid"):
            rows = [list(r) for r in b[1]]
            n = len(rows[0])
            for row in rows:
                out.append(r"\trowd\trgaph108" + "".join(
                    r"\clbrdrt\brdrs\clbrdrb\brdrs\clbrdrl\brdrs\clbrdrr\brdrs\cellx%d" % (3000 * (j + 1) if n > 2 else (3000 if j == 0 else 9000))
                    for j in range(n)))
                out.append("".join(r"\intbl " + e(c) + r"\cell " for c in row) + r"\row ")
            out.append(r"\pard\par ")
        elif t in ("ul", "ol"):
            for n, i in enumerate(b[1], 1):
                out.append((f"{n}. " if t == "ol" else r"\bullet  ") + e(i) + r"\par ")
            out.append(r"\par ")
        elif t == "sig":
            for role, name in b[1]:
                out.append(e(f"{role}: ______________________ {name}") + r"\par ")
    out.append("}")
    Path(path).write_bytes("".join(out).encode("ascii"))


# ------------------------------------------------------------------ pdf (reportlab)
def to_pdf(title, blocks, path, look="plain"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape as x

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                        spaceBefore=6, spaceAfter=3)
    cell = ParagraphStyle("c", parent=body, fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    flow = []
    if title:
        flow.append(Paragraph(x(title), h1))
    for b in blocks:
        t = b[0]
        if t == "meta":
            flow.append(Paragraph("<br/>".join(x(l) for l in b[1]), small))
            flow.append(Spacer(1, 8))
        elif t == "title":
            flow.append(Paragraph(x(b[1]), h1))
        elif t == "h":
            flow.append(Paragraph(x(b[1]), h2))
        elif t == "p":
            flow.append(Paragraph(x(b[1]), body))
            flow.append(Spacer(1, 5))
        elif t == "kv":
            flow.append(Paragraph(f"<b>{x(b[1])}:</b> {x(b[2])}", body))
            flow.append(Spacer(1, 3))
        elif t == "kvt":
            data = [[Paragraph(x(l), cellb), Paragraph(x(v), cell)] for l, v in b[1]]
            tb = Table(data, colWidths=[5 * cm, 11.5 * cm])
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if look != "noborder":
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
            tb.setStyle(TableStyle(style))
            flow += [tb, Spacer(1, 8)]
        elif t == "grid":
            rows = b[1]
            data = [[Paragraph(x(c), cellb if i == 0 else cell) for c in row] for i, row in enumerate(rows)]
            w = 16.5 * cm / len(rows[0])
            tb = Table(data, colWidths=[w] * len(rows[0]))
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [tb, Spacer(1, 8)]
        elif t in ("ul", "ol"):
            for n, i in enumerate(b[1], 1):
                mark = f"{n}." if t == "ol" else "•"
                flow.append(Paragraph(f"{mark} {x(i)}", ParagraphStyle("li", parent=body, leftIndent=12)))
            flow.append(Spacer(1, 5))
        elif t == "sig":
            data = [["_______________________"] * len(b[1]), [f"{r}: {n}" for r, n in b[1]]]
            tb = Table(data)
            tb.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, 0), 24)]))
            flow += [Spacer(1, 10), tb]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title or "", author="")
    doc.build(flow)


def to_scan_pdf(title, blocks, path, dpi=200):
    """Print the document, render it as images (pdftoppm) and put the images in an image-only PDF."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        to_pdf(title, blocks, src)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(Path(td) / "pg")],
                       check=True)
        pages = sorted(Path(td).glob("pg*.png"))
        c = canvas.Canvas(str(path), pagesize=A4)
        for pg in pages:
            c.drawImage(str(pg), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()


# ------------------------------------------------------------------ eml
def to_eml(subject, text, path, sender, to, when, attachment=None):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["MIME-Version"] = "1.0"
    m.set_content(text)
    if attachment:
        name, data, maintype, subtype = attachment
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    Path(path).write_bytes(bytes(m))
