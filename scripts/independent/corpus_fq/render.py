"""Renderers for corpus fq: one block model, many formats.

Blocks: ("title", s) ("meta", [lines]) ("h", s) ("p", s) ("ul", [s]) ("ol", [s])
("kv", [(label, value)]) ("kvp", [(label, value)])  # kvp = "Label: value" paragraphs, never a table
("break",) ("sig", [lines])
"""
from __future__ import annotations

import html as _html
import io
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path


def to_txt(blocks, style=0):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(b[1].upper() if style == 1 else b[1])
            if style == 2:
                out.append("=" * len(b[1]))
        elif t == "meta":
            out.extend(b[1])
        elif t == "h":
            out.append(b[1] + (":" if style == 1 and not b[1].endswith(":") else ""))
        elif t == "p":
            out.append(b[1])
        elif t in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                out.append((f"{i}. " if t == "ol" else ("* " if style == 2 else "- ")) + it)
        elif t in ("kv", "kvp"):
            for k, v in b[1]:
                out.append(f"{k}: {v}")
        elif t == "grid":
            out.append(" | ".join(b[1]))
            for row in b[2]:
                out.append(" | ".join(row))
        elif t == "break":
            out.append("-" * 60)
        elif t == "sig":
            out.extend(b[1])
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_md(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append("# " + b[1])
        elif t == "meta":
            out.append("  \n".join(b[1]))
        elif t == "h":
            out.append("## " + b[1])
        elif t == "p":
            out.append(b[1])
        elif t in ("ul", "ol"):
            out.append("\n".join((f"{i}. " if t == "ol" else "- ") + it for i, it in enumerate(b[1], 1)))
        elif t == "kv":
            rows = ["| Felt | Indhold |", "|---|---|"] + [f"| {k} | {v} |" for k, v in b[1]]
            out.append("\n".join(rows))
        elif t == "kvp":
            out.append("\n".join(f"**{k}:** {v}  " for k, v in b[1]))
        elif t == "grid":
            out.append("\n".join(["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])] +
                                 ["| " + " | ".join(r) + " |" for r in b[2]]))
        elif t == "break":
            out.append("---")
        elif t == "sig":
            out.append("  \n".join(b[1]))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_html(blocks, title="Dokument"):
    e = _html.escape
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial;max-width:46em} td{border:1px solid #999;padding:4px}</style>",
           "</head><body>"]
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif t == "meta":
            out.append('<div class="brevhoved">' + "<br>".join(e(x) for x in b[1]) + "</div>")
        elif t == "h":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif t == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif t in ("ul", "ol"):
            out.append(f"<{t}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{t}>")
        elif t == "kv":
            out.append("<table>" + "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in b[1]) + "</table>")
        elif t == "kvp":
            out.extend(f"<p><strong>{e(k)}:</strong> {e(v)}</p>" for k, v in b[1])
        elif t == "grid":
            out.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr>" +
                       "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in b[2]) + "</table>")
        elif t == "break":
            out.append("<hr>")
        elif t == "sig":
            out.append("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def to_docx(blocks, path: Path):
    from docx import Document
    from docx.enum.text import WD_BREAK
    doc = Document()
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.add_heading(b[1], level=1)
        elif t == "meta":
            p = doc.add_paragraph()
            for i, line in enumerate(b[1]):
                r = p.add_run(line)
                if i < len(b[1]) - 1:
                    r.add_break()
        elif t == "h":
            doc.add_heading(b[1], level=2)
        elif t == "p":
            doc.add_paragraph(b[1])
        elif t in ("ul", "ol"):
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet" if t == "ul" else "List Number")
        elif t == "kv":
            tab = doc.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for k, v in b[1]:
                cells = tab.add_row().cells
                cells[0].text = k
                cells[1].text = v
            doc.add_paragraph("")
        elif t == "kvp":
            for k, v in b[1]:
                p = doc.add_paragraph()
                p.add_run(k + ": ").bold = True
                p.add_run(v)
        elif t == "grid":
            tab = doc.add_table(rows=1, cols=len(b[1]))
            tab.style = "Table Grid"
            for i, h in enumerate(b[1]):
                tab.rows[0].cells[i].text = h
                tab.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            for r in b[2]:
                cells = tab.add_row().cells
                for i, x in enumerate(r):
                    cells[i].text = x
            doc.add_paragraph("")
        elif t == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif t == "sig":
            p = doc.add_paragraph()
            for i, line in enumerate(b[1]):
                r = p.add_run(line)
                if i < len(b[1]) - 1:
                    r.add_break()
    doc.core_properties.author = "Sagsbehandler"
    doc.core_properties.created = datetime(2026, 1, 5, 8, 0)
    doc.core_properties.modified = datetime(2026, 1, 5, 8, 0)
    doc.save(str(path))


def to_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, List, ListItem, LineBreak, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)

    def para_lines(lines):
        p = P()
        for i, line in enumerate(lines):
            p.addText(line)
            if i < len(lines) - 1:
                p.addElement(LineBreak())
        return p
    for b in blocks:
        t = b[0]
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
        elif t in ("meta", "sig"):
            doc.text.addElement(para_lines(b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=2, text=b[1]))
        elif t == "p":
            doc.text.addElement(P(text=b[1]))
        elif t in ("ul", "ol"):
            lst = List()
            for it in b[1]:
                li = ListItem()
                li.addElement(P(text=it))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif t == "kv":
            tab = Table(name=f"T{id(b)}")
            tab.addElement(TableColumn(numbercolumnsrepeated=2))
            for k, v in b[1]:
                tr = TableRow()
                for x in (k, v):
                    tc = TableCell()
                    tc.addElement(P(text=x))
                    tr.addElement(tc)
                tab.addElement(tr)
            doc.text.addElement(tab)
        elif t == "grid":
            tab = Table(name=f"G{id(b)}")
            tab.addElement(TableColumn(numbercolumnsrepeated=len(b[1])))
            for r in [b[1]] + list(b[2]):
                tr = TableRow()
                for x in r:
                    tc = TableCell()
                    tc.addElement(P(text=x))
                    tr.addElement(tc)
                tab.addElement(tr)
            doc.text.addElement(tab)
        elif t == "kvp":
            for k, v in b[1]:
                p = P()
                p.addElement(Span(stylename=bold, text=k + ": "))
                p.addText(v)
                doc.text.addElement(p)
        elif t == "break":
            doc.text.addElement(P(text=""))
    doc.save(str(path))


def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def to_rtf(blocks):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22"]
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(r"{\b\fs32 " + _rtf_esc(b[1]) + r"}\par")
        elif t in ("meta", "sig"):
            out.append(r"\line ".join(_rtf_esc(x) for x in b[1]) + r"\par")
        elif t == "h":
            out.append(r"{\b " + _rtf_esc(b[1]) + r"}\par")
        elif t == "p":
            out.append(_rtf_esc(b[1]) + r"\par")
        elif t in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                out.append((f"{i}. " if t == "ol" else "\\bullet  ") + _rtf_esc(it) + r"\par")
        elif t == "kv":
            for k, v in b[1]:
                out.append(r"\trowd\cellx3000\cellx9000 " + _rtf_esc(k) + r"\cell " + _rtf_esc(v) + r"\cell\row")
            out.append(r"\pard\par")
        elif t == "kvp":
            for k, v in b[1]:
                out.append(r"{\b " + _rtf_esc(k) + r":} " + _rtf_esc(v) + r"\par")
        elif t == "grid":
            for r in [b[1]] + list(b[2]):
                out.append(r"\trowd\cellx3000\cellx9000 " + "".join(_rtf_esc(x) + r"\cell " for x in r) + r"\row")
            out.append(r"\pard\par")
        elif t == "break":
            out.append(r"\page")
        out.append(r"\par")
    out.append("}")
    return "\n".join(out)


def to_pdf(blocks, path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "Helvetica"
    fb = "Helvetica-Bold"
    for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(cand).exists():
            try:
                pdfmetrics.registerFont(TTFont("DV", cand))
                pdfmetrics.registerFont(TTFont("DVB", cand.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")))
                font, fb = "DV", "DVB"
            except Exception:
                pass
    ss = getSampleStyleSheet()
    body = ss["BodyText"].clone("b", fontName=font, fontSize=10, leading=13)
    h1 = ss["Heading1"].clone("h1", fontName=fb, fontSize=15)
    h2 = ss["Heading2"].clone("h2", fontName=fb, fontSize=12)
    e = _html.escape
    story = []
    for b in blocks:
        t = b[0]
        if t == "title":
            story.append(Paragraph(e(b[1]), h1))
        elif t in ("meta", "sig"):
            story.append(Paragraph("<br/>".join(e(x) for x in b[1]), body))
        elif t == "h":
            story.append(Paragraph(e(b[1]), h2))
        elif t == "p":
            story.append(Paragraph(e(b[1]), body))
        elif t in ("ul", "ol"):
            for i, it in enumerate(b[1], 1):
                story.append(Paragraph((f"{i}. " if t == "ol" else "• ") + e(it), body))
        elif t == "kv":
            data = [[Paragraph(e(k), body), Paragraph(e(v), body)] for k, v in b[1]]
            tab = Table(data, colWidths=[4.5 * cm, 11.5 * cm])
            tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tab)
        elif t == "kvp":
            for k, v in b[1]:
                story.append(Paragraph(f"<b>{e(k)}:</b> {e(v)}", body))
        elif t == "grid":
            data = [[Paragraph(f"<b>{e(h)}</b>", body) for h in b[1]]] + [[Paragraph(e(x), body) for x in r] for r in b[2]]
            tab = Table(data, colWidths=[4.5 * cm, 11.5 * cm])
            tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tab)
        elif t == "break":
            story.append(PageBreak())
        story.append(Spacer(1, 5))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                      invariant=1).build(story)


def to_eml(subject, sender, to, date, body_blocks, attachments=(), html=False):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = to
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{zlib.crc32(subject.encode())}.{date:%Y%m%d}@mail.example.dk>"
    if html:
        msg.set_content(to_txt(body_blocks))
        msg.add_alternative(to_html(body_blocks, subject), subtype="html")
    else:
        msg.set_content(to_txt(body_blocks))
    for name, data, maintype, subtype in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"==fq{zlib.crc32(subject.encode()):08x}{n}==")
    return bytes(msg)
