"""Format writers for corpus JC: one small block model rendered to docx, odt, rtf, html, txt, md, eml.

Block model (a list of tuples):
    ("title", text)            document title
    ("h", text)                section heading
    ("b", text)                bold short line (a heading the way letters make them)
    ("p", text)                paragraph
    ("lines", [text, ...])     address / letterhead lines, one paragraph each
    ("kv", [(label, value)])   two-column label/value table
    ("table", [[cells], ...])  table, first row is the header
    ("ul", [items]) / ("ol", [items])
    ("small", text)            footer-ish small print
"""

from __future__ import annotations

import hashlib
import html
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path


# --------------------------------------------------------------------------- docx
def write_docx(path: Path, blocks, *, font="Calibri", header_text=None, heading_style=True):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            if heading_style:
                doc.add_heading(blk[1], level=1)
            else:
                r = doc.add_paragraph().add_run(blk[1])
                r.bold = True
                r.font.size = Pt(15)
        elif kind == "h":
            if heading_style:
                doc.add_heading(blk[1], level=2)
            else:
                doc.add_paragraph().add_run(blk[1]).bold = True
        elif kind == "b":
            doc.add_paragraph().add_run(blk[1]).bold = True
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "small":
            r = doc.add_paragraph().add_run(blk[1])
            r.font.size = Pt(8)
        elif kind == "lines":
            for line in blk[1]:
                p = doc.add_paragraph(line)
                p.paragraph_format.space_after = Pt(0)
        elif kind in ("ul", "ol"):
            style = "List Bullet" if kind == "ul" else "List Number"
            for item in blk[1]:
                doc.add_paragraph(item, style=style)
        elif kind == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in blk[1]:
                row = t.add_row().cells
                row[0].text = k
                row[0].paragraphs[0].runs[0].bold = True if k else False
                row[1].text = v
            doc.add_paragraph("")
        elif kind == "table":
            rows = blk[1]
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = c
                    if i == 0 and cells[j].paragraphs[0].runs:
                        cells[j].paragraphs[0].runs[0].bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.core_properties.author = ""
    doc.save(str(path))


# --------------------------------------------------------------------------- odt
def write_odt(path: Path, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.text import H, P, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Lille", family="paragraph")
    small.addElement(TextProperties(fontsize="8pt"))
    doc.automaticstyles.addElement(small)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    n_table = 0

    def para(text, style=None):
        p = P(stylename=style) if style else P()
        p.addText(text)
        return p

    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            h = H(outlinelevel=1, stylename=h1)
            h.addText(blk[1])
            doc.text.addElement(h)
        elif kind == "h":
            h = H(outlinelevel=2, stylename=h2)
            h.addText(blk[1])
            doc.text.addElement(h)
        elif kind == "b":
            p = P()
            s = Span(stylename=bold)
            s.addText(blk[1])
            p.addElement(s)
            doc.text.addElement(p)
        elif kind == "p":
            doc.text.addElement(para(blk[1]))
        elif kind == "small":
            doc.text.addElement(para(blk[1], small))
        elif kind == "lines":
            for line in blk[1]:
                doc.text.addElement(para(line))
        elif kind in ("ul", "ol"):
            lst = List()
            for i, item in enumerate(blk[1], 1):
                li = ListItem()
                li.addElement(para(("%d. " % i if kind == "ol" else "• ") + item))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif kind in ("kv", "table"):
            rows = [list(r) for r in blk[1]]
            n_table += 1
            ncol = len(rows[0])
            t = Table(name="Tabel%d" % n_table)
            for _ in range(ncol):
                t.addElement(TableColumn())
            for i, r in enumerate(rows):
                tr = TableRow()
                for j, c in enumerate(r):
                    tc = TableCell(valuetype="string")
                    if (kind == "kv" and j == 0) or (kind == "table" and i == 0):
                        p = P()
                        s = Span(stylename=bold)
                        s.addText(c)
                        p.addElement(s)
                        tc.addElement(p)
                    else:
                        for part in c.split("\n"):
                            tc.addElement(para(part))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(para(""))
        else:
            raise ValueError(kind)
    doc.save(str(path))


# --------------------------------------------------------------------------- rtf
def _rtf_escape(text: str) -> str:
    out = []
    for ch in text:
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


def write_rtf(path: Path, blocks, *, font="Times New Roman"):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman %s;}{\f1\fswiss Arial;}}" % font,
             r"\viewkind4\uc1\pard\f0\fs24 "]
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            parts.append(r"\pard\sa200\b\fs32 %s\b0\fs24\par " % _rtf_escape(blk[1]))
        elif kind in ("h", "b"):
            parts.append(r"\pard\sb120\b %s\b0\par " % _rtf_escape(blk[1]))
        elif kind == "p":
            parts.append(r"\pard\sa120 %s\par " % _rtf_escape(blk[1]))
        elif kind == "small":
            parts.append(r"\pard\fs16 %s\fs24\par " % _rtf_escape(blk[1]))
        elif kind == "lines":
            for line in blk[1]:
                parts.append(r"\pard %s\par " % _rtf_escape(line))
        elif kind in ("ul", "ol"):
            for i, item in enumerate(blk[1], 1):
                mark = "%d." % i if kind == "ol" else r"\bullet"
                parts.append(r"\pard\li360\fi-240 %s\tab %s\par " % (mark, _rtf_escape(item)))
        elif kind in ("kv", "table"):
            for i, row in enumerate(blk[1]):
                ncol = len(row)
                widths = [2800, 6400] if ncol == 2 else [9200 // ncol] * ncol
                x = 0
                parts.append(r"\trowd\trgaph108")
                for w in widths:
                    x += w
                    parts.append(r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx%d" % x)
                for j, c in enumerate(row):
                    b = (kind == "kv" and j == 0) or (kind == "table" and i == 0)
                    txt = _rtf_escape(c)
                    parts.append(r"\pard\intbl %s%s%s\cell " % (r"\b " if b else "", txt, r"\b0" if b else ""))
                parts.append(r"\row ")
            parts.append(r"\pard\par ")
        else:
            raise ValueError(kind)
    parts.append("}")
    path.write_bytes("".join(parts).encode("ascii"))


# --------------------------------------------------------------------------- html
def blocks_to_html(blocks, *, title="", css="", wrapper_class="side") -> str:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="da"><head><meta charset="utf-8">',
           "<title>%s</title>" % e(title), "<style>%s</style></head><body>" % css,
           '<div class="%s">' % wrapper_class]
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append("<h1>%s</h1>" % e(blk[1]))
        elif kind == "h":
            out.append("<h2>%s</h2>" % e(blk[1]))
        elif kind == "b":
            out.append("<p><strong>%s</strong></p>" % e(blk[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(blk[1]))
        elif kind == "small":
            out.append('<p class="lille">%s</p>' % e(blk[1]))
        elif kind == "lines":
            out.append("<p>%s</p>" % "<br>".join(e(x) for x in blk[1]))
        elif kind in ("ul", "ol"):
            out.append("<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % e(i) for i in blk[1]), kind))
        elif kind == "kv":
            out.append('<table class="felter">')
            for k, v in blk[1]:
                out.append("<tr><th>%s</th><td>%s</td></tr>" % (e(k), e(v).replace("\n", "<br>")))
            out.append("</table>")
        elif kind == "table":
            rows = blk[1]
            out.append('<table class="liste"><thead><tr>%s</tr></thead><tbody>' %
                       "".join("<th>%s</th>" % e(c) for c in rows[0]))
            for r in rows[1:]:
                out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c).replace("\n", "<br>") for c in r))
            out.append("</tbody></table>")
        else:
            raise ValueError(kind)
    out.append("</div></body></html>")
    return "\n".join(out)


# --------------------------------------------------------------------------- text / markdown
def blocks_to_text(blocks, *, md=False, width_label=28) -> str:
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            out.append(("# " + blk[1]) if md else (blk[1].upper() if len(blk[1]) < 60 else blk[1]))
            if not md:
                out.append("=" * min(len(blk[1]), 60))
        elif kind == "h":
            out.append(("## " + blk[1]) if md else blk[1] + ":")
        elif kind == "b":
            out.append(("**%s**" % blk[1]) if md else blk[1])
        elif kind in ("p", "small"):
            out.append(blk[1])
        elif kind == "lines":
            out.append(("  \n" if md else "\n").join(blk[1]))
        elif kind == "ul":
            out.append("\n".join("- " + i for i in blk[1]))
        elif kind == "ol":
            out.append("\n".join("%d. %s" % (n, i) for n, i in enumerate(blk[1], 1)))
        elif kind == "kv":
            if md:
                rows = ["| Felt | Indhold |", "|---|---|"]
                rows += ["| %s | %s |" % (k, v.replace("\n", "<br>")) for k, v in blk[1]]
                out.append("\n".join(rows))
            else:
                out.append("\n".join("%s %s" % ((k + ":").ljust(width_label), v.replace("\n", "\n" + " " * (width_label + 1)))
                                     for k, v in blk[1]))
        elif kind == "table":
            rows = blk[1]
            if md:
                lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                lines += ["| " + " | ".join(c.replace("\n", " ") for c in r) + " |" for r in rows[1:]]
            else:
                lines = [" | ".join(c.replace("\n", " ") for c in r) for r in rows]
            out.append("\n".join(lines))
        else:
            raise ValueError(kind)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- e-mail
def write_eml(path: Path, *, sender, to, subject, date, body, cc=None, html_body=None):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = "<%s@%s>" % (hashlib.md5((subject + str(date)).encode()).hexdigest()[:16], sender.split("@")[-1].strip(">"))
    msg.set_content(body)
    if html_body:
        msg.add_alternative(html_body, subtype="html")
    path.write_bytes(bytes(msg))
