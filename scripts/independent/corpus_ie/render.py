"""Renderers for corpus IE: a document is a title plus a list of blocks.

Blocks: ("h", text) heading, ("p", text) paragraph, ("ul", [items]) list,
("table", [[cells]]) table (first row = header), ("kv", [(label, value)]) label/value table.
"""
from __future__ import annotations

import html as _html
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt
import zlib


def to_text(title, blocks, kv_style=0):
    out = [title, "=" * min(len(title), 60), ""]
    for kind, val in blocks:
        if kind == "h":
            out += ["", val.upper() if kv_style == 1 else val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {i}" for i in val] + [""]
        elif kind == "table":
            widths = [max(len(str(r[c])) for r in val) for c in range(len(val[0]))]
            for r in val:
                out.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
            out.append("")
        elif kind == "kv":
            for k, v in val:
                out.append(f"{k}: {v}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_html(title, blocks, org=""):
    e = _html.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
             f"<title>{e(title)}</title>",
             "<style>body{font-family:Arial,sans-serif;max-width:760px;margin:2em auto}"
             "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>",
             "</head><body>"]
    if org:
        parts.append(f'<div class="afsender">{e(org)}</div>')
    parts.append(f"<h1>{e(title)}</h1>")
    for kind, val in blocks:
        if kind == "h":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind == "p":
            parts.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = [("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>")]
            rows += ["<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in val[1:]]
            parts.append("<table>" + "".join(rows) + "</table>")
        elif kind == "kv":
            parts.append("<table>" + "".join(
                f"<tr><th style='text-align:left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in val) + "</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def to_docx(path, title, blocks, org=""):
    import docx
    d = docx.Document()
    if org:
        d.add_paragraph(org)
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for i in val:
                d.add_paragraph(i, style="List Bullet")
        elif kind in ("table", "kv"):
            rows = val if kind == "table" else [list(r) for r in val]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    t.cell(ri, ci).text = str(c)
            d.add_paragraph("")
    d.core_properties.author = "Sagsbehandler"
    d.core_properties.created = dt.datetime(2026, 11, 1)
    d.save(path)


def to_pdf(path, title, blocks, org=""):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    story = []
    if org:
        story.append(Paragraph(escape(org), ss["Normal"]))
        story.append(Spacer(1, 10))
    story.append(Paragraph(escape(title), ss["Title"]))
    for kind, val in blocks:
        if kind == "h":
            story.append(Paragraph(escape(val), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(escape(val), ss["BodyText"]))
        elif kind == "ul":
            for i in val:
                story.append(Paragraph("\u2022 " + escape(i), ss["BodyText"]))
        elif kind in ("table", "kv"):
            rows = val if kind == "table" else [list(r) for r in val]
            data = [[Paragraph(escape(str(c)), ss["BodyText"]) for c in r] for r in rows]
            t = Table(data, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="", creator="")
    doc.build(story)


def to_odt(path, title, blocks, org=""):
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    d = OpenDocumentText()
    if org:
        d.text.addElement(P(text=org))
    d.text.addElement(H(outlinelevel=1, text=title))
    for n, (kind, val) in enumerate(blocks):
        if kind == "h":
            d.text.addElement(H(outlinelevel=2, text=val))
        elif kind == "p":
            d.text.addElement(P(text=val))
        elif kind == "ul":
            lst = List()
            for i in val:
                li = ListItem()
                li.addElement(P(text=i))
                lst.addElement(li)
            d.text.addElement(lst)
        elif kind in ("table", "kv"):
            rows = val if kind == "table" else [list(r) for r in val]
            t = Table(name=f"Tabel{n}")
            for _ in rows[0]:
                t.addElement(TableColumn())
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    tc.addElement(P(text=str(c)))
                    tr.addElement(tc)
                t.addElement(tr)
            d.text.addElement(t)
    d.save(str(path))


def to_eml(path, title, blocks, sender, to, date, html_alt=False, org=""):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = title
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{zlib.crc32((title + str(date)).encode())}@mail.ie.invalid>"
    body = to_text(title, blocks)
    m.set_content(body)
    if html_alt:
        m.add_alternative(to_html(title, blocks, org), subtype="html")
    path.write_bytes(bytes(m))
