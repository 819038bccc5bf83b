"""Renderers for corpus fi: one block model -> docx, html, txt, md, rtf, eml (pdf/odt via soffice).

Blocks:
  ("title", text)                 document title
  ("h", text)                     heading
  ("p", text, lang)               paragraph (lang decides direction; None = Danish)
  ("li", text, lang)              bullet item
  ("table", rows, header, langs)  rows = list of list of str; header: first row is a header
  ("small", text)                 small print / note
"""
from __future__ import annotations

import html as _html
import os
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as _dt

from lang import RTL


def _is_rtl(lang):
    return lang in RTL


# ---------------------------------------------------------------- docx
def to_docx(blocks, path, style="plain"):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans" if style != "serif" else "Liberation Serif"
    st.font.size = Pt(10.5)
    for b in blocks:
        t = b[0]
        if t == "title":
            if style == "boldtitle":
                p = d.add_paragraph()
                r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(15)
            else:
                d.add_heading(b[1], level=1)
        elif t == "h":
            if style == "boldhead":
                p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
            else:
                d.add_heading(b[1], level=2)
        elif t == "p":
            p = d.add_paragraph()
            lines = b[1].split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if b[2] and b[2] != "da":
                    r.italic = style != "noitalic"
                if i < len(lines) - 1:
                    r.add_break()
            if _is_rtl(b[2]):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == "li":
            p = d.add_paragraph(b[1], style="List Bullet")
            if _is_rtl(b[2]):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == "small":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8.5)
        elif t == "table":
            rows, header, langs = b[1], b[2], b[3]
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=0, cols=ncol)
            tb.style = "Table Grid"
            for ri, row in enumerate(rows):
                cells = tb.add_row().cells
                for ci in range(ncol):
                    txt = row[ci] if ci < len(row) else ""
                    cell = cells[ci]
                    parts = txt.split("\n")
                    cell.text = parts[0]
                    for extra in parts[1:]:
                        cell.add_paragraph(extra)
                    lg = langs[ci] if langs and ci < len(langs) else None
                    for par in cell.paragraphs:
                        if ri == 0 and header:
                            for r in par.runs:
                                r.bold = True
                        if _is_rtl(lg):
                            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            d.add_paragraph()
        elif t == "pagebreak":
            d.add_page_break()
    d.save(path)


# ---------------------------------------------------------------- html
def to_html(blocks, path, title="", css=True):
    out = ['<!DOCTYPE html>', '<html lang="da"><head><meta charset="utf-8">',
           f'<title>{_html.escape(title)}</title>']
    if css:
        out.append('<style>body{font-family:sans-serif;max-width:900px;margin:2em auto}'
                   'td{border:1px solid #999;padding:6px;vertical-align:top}'
                   '.tr{color:#444;font-style:italic}.pict{font-size:90%;color:#336}</style>')
    out.append('</head><body>')
    in_list = False
    for b in blocks:
        t = b[0]
        if t != "li" and in_list:
            out.append("</ul>"); in_list = False
        if t == "title":
            out.append(f"<h1>{_html.escape(b[1])}</h1>")
        elif t == "h":
            out.append(f"<h2>{_html.escape(b[1])}</h2>")
        elif t == "p":
            lg = b[2]
            attrs = ""
            if lg and lg != "da":
                attrs = f' class="tr" lang="{lg}"' + (' dir="rtl"' if _is_rtl(lg) else "")
            out.append(f"<p{attrs}>" + "<br>".join(_html.escape(x) for x in b[1].split("\n")) + "</p>")
        elif t == "li":
            if not in_list:
                out.append("<ul>"); in_list = True
            lg = b[2]
            attrs = (f' lang="{lg}"' + (' dir="rtl"' if _is_rtl(lg) else "")) if lg and lg != "da" else ""
            out.append(f"<li{attrs}>{_html.escape(b[1])}</li>")
        elif t == "small":
            out.append(f"<p><small>{_html.escape(b[1])}</small></p>")
        elif t == "table":
            rows, header, langs = b[1], b[2], b[3]
            out.append("<table>")
            for ri, row in enumerate(rows):
                tag = "th" if (header and ri == 0) else "td"
                cells = []
                for ci, c in enumerate(row):
                    lg = langs[ci] if langs and ci < len(langs) else None
                    attrs = (f' lang="{lg}"' + (' dir="rtl"' if _is_rtl(lg) else "")) if lg and lg != "da" else ""
                    cells.append(f"<{tag}{attrs}>" + "<br>".join(_html.escape(x) for x in c.split("\n")) + f"</{tag}>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
        elif t == "pagebreak":
            out.append("<hr>")
    if in_list:
        out.append("</ul>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


# ---------------------------------------------------------------- txt / md
def to_txt(blocks, bullet="- ", table_style="pipe"):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(b[1].upper() if len(b[1]) < 60 else b[1]); out.append("")
        elif t == "h":
            out.append(b[1] + ("" if b[1].endswith(":") or b[1].endswith("?") else ":")); 
        elif t == "p":
            out.append(b[1]); out.append("")
        elif t == "li":
            out.append(bullet + b[1])
        elif t == "small":
            out.append(b[1]); out.append("")
        elif t == "table":
            rows = b[1]
            if out and out[-1] != "":
                out.append("")
            for row in rows:
                cells = [c.replace("\n", " ") for c in row]
                out.append(" | ".join(cells))
            out.append("")
        elif t == "pagebreak":
            out.append(""); out.append("-" * 40); out.append("")
    # blank line after list runs
    res = []
    for i, line in enumerate(out):
        res.append(line)
        if line.startswith(bullet) and i + 1 < len(out) and out[i + 1] and not out[i + 1].startswith(bullet):
            res.append("")
    return "\n".join(res).rstrip() + "\n"


def to_md(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += ["# " + b[1], ""]
        elif t == "h":
            out += ["## " + b[1], ""]
        elif t == "p":
            txt = b[1].replace("\n", "  \n")
            if b[2] and b[2] != "da":
                txt = "_" + txt + "_"
            out += [txt, ""]
        elif t == "li":
            out.append("- " + b[1])
        elif t == "small":
            out += ["<sub>" + b[1] + "</sub>", ""]
        elif t == "table":
            rows = b[1]
            if out and out[-1] != "":
                out.append("")
            hdr = rows[0] if b[2] else [""] * len(rows[0])
            body = rows[1:] if b[2] else rows
            out.append("| " + " | ".join(c.replace("\n", "<br>") for c in hdr) + " |")
            out.append("|" + "---|" * len(hdr))
            for r in body:
                out.append("| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |")
            out.append("")
        elif t == "pagebreak":
            out += ["---", ""]
    res = []
    for i, line in enumerate(out):
        res.append(line)
        if line.startswith("- ") and i + 1 < len(out) and out[i + 1] and not out[i + 1].startswith("- "):
            res.append("")
    return "\n".join(res).rstrip() + "\n"


# ---------------------------------------------------------------- rtf
def _rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ch == "\n":
            o.append("\\line ")
        elif c < 128:
            o.append(ch)
        else:
            if c > 32767:
                c -= 65536
            o.append(f"\\u{c}?")
    return "".join(o)


def to_rtf(blocks, path):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil DejaVu Sans;}}",
         r"\viewkind4\uc1\pard\f0\fs21 "]
    for b in blocks:
        t = b[0]
        if t == "title":
            o.append(r"\pard\sa200\b\fs30 " + _rtf_esc(b[1]) + r"\b0\fs21\par")
        elif t == "h":
            o.append(r"\pard\sb120\sa60\b " + _rtf_esc(b[1]) + r"\b0\par")
        elif t == "p":
            it = (b[2] and b[2] != "da")
            align = r"\qr" if _is_rtl(b[2]) else ""
            o.append(r"\pard" + align + r"\sa120 " + (r"\i " if it else "") + _rtf_esc(b[1]) + (r"\i0" if it else "") + r"\par")
        elif t == "li":
            o.append(r"\pard\li360\fi-240\sa40 \bullet  " + _rtf_esc(b[1]) + r"\par")
        elif t == "small":
            o.append(r"\pard\sa120\fs16 " + _rtf_esc(b[1]) + r"\fs21\par")
        elif t == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            width = 9000 // ncol
            for ri, row in enumerate(rows):
                o.append(r"\trowd\trgaph100" + "".join(
                    rf"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx{width*(i+1)}" for i in range(ncol)))
                cells = []
                for ci in range(ncol):
                    txt = row[ci] if ci < len(row) else ""
                    bold = b[2] and ri == 0
                    cells.append(r"\pard\intbl " + (r"\b " if bold else "") + _rtf_esc(txt) + (r"\b0" if bold else "") + r"\cell")
                o.append("".join(cells) + r"\row")
            o.append(r"\pard\par")
        elif t == "pagebreak":
            o.append(r"\page")
    o.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(o))


# ---------------------------------------------------------------- eml
def to_eml(blocks, path, sender, to, subject, date, html_alt=False, attach=None):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(_dt.datetime(date.year, date.month, date.day, 10, 14,
                                               tzinfo=_dt.timezone(_dt.timedelta(hours=1))))
    import hashlib
    msg["Message-ID"] = f"<{hashlib.sha1(os.path.basename(str(path)).encode()).hexdigest()[:16]}@mail.kommune.example>"
    msg.set_content(to_txt(blocks, bullet="* "))
    if html_alt:
        import tempfile
        fd, tmp = tempfile.mkstemp(suffix=".html"); os.close(fd)
        to_html(blocks, tmp, title=subject)
        msg.add_alternative(open(tmp, encoding="utf-8").read(), subtype="html")
        os.unlink(tmp)
    if attach:
        name, data, mt = attach
        maint, sub = mt.split("/")
        msg.add_attachment(data, maintype=maint, subtype=sub, filename=name)
    if msg.is_multipart():
        msg.set_boundary("=_fi_" + hashlib.sha1(os.path.basename(str(path)).encode()).hexdigest()[:20])
    with open(path, "wb") as f:
        f.write(bytes(msg))
