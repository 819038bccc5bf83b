"""Renderers for corpus fd: one small block model written to many formats.

A document is a title plus blocks:
  ("h", text)            heading
  ("p", text)            paragraph
  ("ul", [items])        bullet list
  ("ol", [items])        numbered list
  ("kv", [(label, value), ...])   label/value table (a form)
  ("table", [[cells], ...])       table, first row is the header
  ("small", text)        letterhead / footer line
"""

from __future__ import annotations

import email.utils
import html
from email.message import EmailMessage
from pathlib import Path


def to_text(title, blocks, style="plain"):
    out = []
    if style == "md":
        out.append(f"# {title}")
    else:
        out.append(title)
        out.append("=" * len(title) if style == "underline" else "")
    for kind, val in blocks:
        if kind == "h":
            out.append("")
            out.append(f"## {val}" if style == "md" else val)
            if style == "md":
                out.append("")
        elif kind in ("p", "small"):
            out.append(val)
            out.append("")
        elif kind == "ul":
            out.extend(f"- {i}" for i in val)
            out.append("")
        elif kind == "ol":
            out.extend(f"{n}. {i}" for n, i in enumerate(val, 1))
            out.append("")
        elif kind == "kv":
            if style == "md":
                out.append("| Felt | Indhold |")
                out.append("|---|---|")
                out.extend(f"| {k} | {v} |" for k, v in val)
            else:
                out.extend(f"{k}: {v}" for k, v in val)
            out.append("")
        elif kind == "table":
            if style == "md":
                out.append("| " + " | ".join(val[0]) + " |")
                out.append("|" + "---|" * len(val[0]))
                out.extend("| " + " | ".join(r) + " |" for r in val[1:])
            else:
                out.extend(" | ".join(r) for r in val)
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def write_txt(path, title, blocks, style="plain", encoding="utf-8"):
    Path(path).write_text(to_text(title, blocks, style), encoding=encoding)


def write_md(path, title, blocks):
    Path(path).write_text(to_text(title, blocks, "md"), encoding="utf-8")


def write_html(path, title, blocks, css_class="sag"):
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
             f"<title>{e(title)}</title>",
             "<style>body{font-family:Arial;max-width:780px} td{border:1px solid #999;padding:4px}"
             " .small{color:#555;font-size:80%}</style></head>",
             f'<body class="{css_class}">', f"<h1>{e(title)}</h1>"]
    for kind, val in blocks:
        if kind == "h":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind == "p":
            parts.append(f"<p>{e(val)}</p>")
        elif kind == "small":
            parts.append(f'<p class="small">{e(val)}</p>')
        elif kind in ("ul", "ol"):
            parts.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{kind}>")
        elif kind == "kv":
            parts.append("<table>" + "".join(
                f"<tr><th style='text-align:left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in val)
                + "</table>")
        elif kind == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in val[0])
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val[1:])
            parts.append(f"<table><tr>{head}</tr>{rows}</table>")
    parts.append("</body></html>")
    Path(path).write_text("\n".join(parts), encoding="utf-8")


def write_eml(path, title, blocks, sender, to, date, attach=None):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = title
    msg["Date"] = email.utils.format_datetime(date)
    import hashlib
    msg["Message-ID"] = "<" + hashlib.sha1(f"{title}{date}{to}".encode()).hexdigest()[:20] + "@mail.fd.invalid>"
    body = to_text(title, blocks).split("\n", 2)[2]
    msg.set_content(body)
    if attach:
        name, data, maintype, subtype = attach
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    Path(path).write_bytes(bytes(msg))


def write_docx(path, title, blocks, core_author="Sagssystem"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.author = core_author
    d.core_properties.created = __import__("datetime").datetime(2026, 1, 1)
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.font.size = Pt(8)
        elif kind == "ul":
            for i in val:
                d.add_paragraph(i, style="List Bullet")
        elif kind == "ol":
            for i in val:
                d.add_paragraph(i, style="List Number")
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in val:
                c = t.add_row().cells
                c[0].text, c[1].text = k, v
            d.add_paragraph("")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for r in val:
                cells = t.add_row().cells
                for c, txt in zip(cells, r):
                    c.text = txt
            d.add_paragraph("")
    d.save(path)


def write_pdf(path, title, blocks):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    ss = getSampleStyleSheet()
    e = lambda s: html.escape(s)  # noqa: E731
    story = [Paragraph(e(title), ss["Title"])]
    for kind, val in blocks:
        if kind == "h":
            story.append(Paragraph(e(val), ss["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(e(val), ss["BodyText"]))
        elif kind == "small":
            story.append(Paragraph(e(val), ss["Italic"]))
        elif kind in ("ul", "ol"):
            for n, i in enumerate(val, 1):
                mark = "•" if kind == "ul" else f"{n}."
                story.append(Paragraph(f"{mark} {e(i)}", ss["BodyText"]))
        elif kind in ("kv", "table"):
            rows = [list(r) for r in val]
            data = [[Paragraph(e(c), ss["BodyText"]) for c in r] for r in rows]
            widths = [150, 330] if kind == "kv" else None
            t = Table(data, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="fd",
                            invariant=1)
    doc.build(story)


def write_odt(path, title, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P
    d = OpenDocumentText()
    d.text.addElement(H(outlinelevel=1, text=title))
    for kind, val in blocks:
        if kind == "h":
            d.text.addElement(H(outlinelevel=2, text=val))
        elif kind in ("p", "small"):
            d.text.addElement(P(text=val))
        elif kind in ("ul", "ol"):
            lst = List()
            for i in val:
                li = ListItem()
                li.addElement(P(text=i))
                lst.addElement(li)
            d.text.addElement(lst)
        elif kind in ("kv", "table"):
            rows = [list(r) for r in val]
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell()
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            d.text.addElement(t)
    d.save(str(path))


def _rtf_escape(s):
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


def write_rtf(path, title, blocks):
    lines = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22",
             r"{\b\fs30 " + _rtf_escape(title) + r"}\par\par"]
    for kind, val in blocks:
        if kind == "h":
            lines.append(r"{\b " + _rtf_escape(val) + r"}\par")
        elif kind in ("p", "small"):
            lines.append(_rtf_escape(val) + r"\par\par")
        elif kind in ("ul", "ol"):
            for n, i in enumerate(val, 1):
                mark = "\\bullet " if kind == "ul" else f"{n}. "
                lines.append(mark + _rtf_escape(i) + r"\par")
            lines.append(r"\par")
        elif kind in ("kv", "table"):
            for r in val:
                cells = "".join(_rtf_escape(c) + r"\cell " for c in r)
                xs = "".join(r"\cellx%d" % (3000 * (k + 1)) for k in range(len(r)))
                lines.append(r"\trowd" + xs + " " + cells + r"\row")
            lines.append(r"\pard\par")
    lines.append("}")
    Path(path).write_text("\n".join(lines), encoding="ascii")


def write(fmt, path, title, blocks, **kw):
    if fmt == "txt":
        write_txt(path, title, blocks, kw.get("style", "plain"), kw.get("encoding", "utf-8"))
    elif fmt == "md":
        write_md(path, title, blocks)
    elif fmt == "html":
        write_html(path, title, blocks)
    elif fmt == "eml":
        write_eml(path, title, blocks, kw["sender"], kw["to"], kw["date"], kw.get("attach"))
    elif fmt == "docx":
        write_docx(path, title, blocks)
    elif fmt == "pdf":
        write_pdf(path, title, blocks)
    elif fmt == "odt":
        write_odt(path, title, blocks)
    elif fmt == "rtf":
        write_rtf(path, title, blocks)
    else:
        raise ValueError(fmt)
