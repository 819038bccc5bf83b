# -*- coding: utf-8 -*-
"""Renderers for corpus F. A document is a list of blocks:
  ("title", s) ("h", s) ("p", s) ("kv", label, value) ("ul", items) ("ol", items) (Word auto numbering)
  ("table", rows, header) ("dl", pairs) ("box", lines) ("sig", lines) ("field", cls, label, blocks)
"""
import html
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Pt


def flat_text(blocks, bullet="- ", wrap=None):
    out = []

    def emit(line):
        if wrap:
            out.extend(textwrap.wrap(line, wrap, break_long_words=False, break_on_hyphens=False) or [""])
        else:
            out.append(line)

    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(b[1].upper() if wrap else b[1])
            out.append("")
        elif t == "h":
            out.append("")
            out.append(b[1])
        elif t == "p":
            emit(b[1])
        elif t == "kv":
            emit(f"{b[1]}: {b[2]}")
        elif t == "ul":
            for it in b[1]:
                emit(bullet + it)
        elif t == "ol":
            for i, it in enumerate(b[1], 1):
                emit(f"{i}. {it}")
        elif t == "table":
            for r in b[1]:
                out.append(" | ".join(c.replace("\n", "; ") for c in r))
        elif t == "dl":
            for k, v in b[1]:
                out.append(f"{k}: {v}")
        elif t == "box":
            out.append("+" + "-" * 50)
            for l in b[1]:
                out.append("| " + l)
            out.append("+" + "-" * 50)
        elif t == "sig":
            out.append("")
            out.extend(b[1])
        elif t == "field":
            out.append("")
            out.append(b[2])
            out.extend(flat_text(b[3], bullet, wrap).split("\n"))
        elif t == "blank":
            out.append("")
    return "\n".join(out)


def to_html(blocks, title, mode="plain", lang="da"):
    e = html.escape
    body = []

    def rb(bl):
        res = []
        for b in bl:
            t = b[0]
            if t == "title":
                res.append(f"<h1>{e(b[1])}</h1>")
            elif t == "h":
                res.append(f"<h2>{e(b[1])}</h2>")
            elif t == "p":
                res.append(f"<p>{e(b[1])}</p>")
            elif t == "kv":
                res.append(f"<p><strong>{e(b[1])}:</strong> {e(b[2])}</p>")
            elif t == "ul":
                res.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
            elif t == "ol":
                res.append("<ol>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ol>")
            elif t == "table":
                rows = b[1]
                s = ["<table border=\"1\" cellpadding=\"4\">"]
                for i, r in enumerate(rows):
                    tag = "th" if (i == 0 and b[2]) else "td"
                    s.append("<tr>" + "".join(f"<{tag}>{e(c).replace(chr(10), '<br>')}</{tag}>" for c in r) + "</tr>")
                s.append("</table>")
                res.append("".join(s))
            elif t == "dl":
                res.append("<dl class=\"plan\">" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in b[1]) + "</dl>")
            elif t == "box":
                res.append("<div style=\"border:1px solid #333;padding:6px;width:320px\">" + "<br>".join(e(l) for l in b[1]) + "</div>")
            elif t == "sig":
                res.append("<div class=\"signatur\">" + "<br>".join(e(l) for l in b[1]) + "</div>")
            elif t == "field":
                if mode == "divs":
                    res.append(f"<div class=\"felt {b[1]}\"><div class=\"felt-navn\">{e(b[2])}</div><div class=\"felt-indhold\">" + "".join(rb(b[3])) + "</div></div>")
                else:
                    res.append(f"<h3>{e(b[2])}</h3>" + "".join(rb(b[3])))
            elif t == "blank":
                res.append("<br>")
        return res

    body = rb(blocks)
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{e(title)}</title>"
            "<style>body{font-family:Arial;max-width:760px} .felt{margin:8px 0} .felt-navn{font-weight:bold}</style>"
            "</head><body>\n" + "\n".join(body) + "\n</body></html>\n")


VML_BOX = ('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
           '<v:shape id="tb{n}" type="#_x0000_t202" style="width:260pt;height:{h}pt" strokeweight="1pt">'
           '<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')


def _xml_esc(s):
    return html.escape(s, quote=False)


def to_docx(blocks, path, core_title=""):
    d = Document()
    d.core_properties.title = core_title
    d.core_properties.author = "sagsbehandler"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    nbox = [0]

    def rb(bl):
        for b in bl:
            t = b[0]
            if t == "title":
                d.add_heading(b[1], level=1)
            elif t == "h":
                d.add_heading(b[1], level=2)
            elif t == "p":
                d.add_paragraph(b[1])
            elif t == "kv":
                p = d.add_paragraph()
                p.add_run(b[1] + ": ").bold = True
                p.add_run(b[2])
            elif t == "ul":
                for it in b[1]:
                    d.add_paragraph(it, style="List Bullet")
            elif t == "ol":
                for it in b[1]:
                    d.add_paragraph(it, style="List Number")
            elif t == "table":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                tb = d.add_table(rows=len(rows), cols=ncol)
                tb.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        cell = tb.cell(i, j)
                        lines = c.split("\n")
                        cell.text = lines[0]
                        for l in lines[1:]:
                            cell.add_paragraph(l)
                        if i == 0 and b[2]:
                            for run in cell.paragraphs[0].runs:
                                run.bold = True
                d.add_paragraph("")
            elif t == "dl":
                for k, v in b[1]:
                    p = d.add_paragraph()
                    p.add_run(k).bold = True
                    d.add_paragraph(v)
            elif t == "box":
                nbox[0] += 1
                paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml_esc(l)}</w:t></w:r></w:p>" for l in b[1])
                el = parse_xml(VML_BOX.format(n=nbox[0], h=18 * len(b[1]) + 16, paras=paras))
                d.element.body.insert(len(d.element.body) - 1, el)
            elif t == "sig":
                d.add_paragraph("")
                for l in b[1]:
                    d.add_paragraph(l)
            elif t == "field":
                p = d.add_paragraph()
                p.add_run(b[2]).bold = True
                rb(b[3])
            elif t == "blank":
                d.add_paragraph("")

    rb(blocks)
    d.save(path)


def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def to_rtf(blocks):
    r = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n"]
    for b in blocks:
        t = b[0]
        if t == "title":
            r.append("{\\b\\fs32 " + _rtf_esc(b[1]) + "}\\par\\par\n")
        elif t == "h":
            r.append("\\par{\\b " + _rtf_esc(b[1]) + "}\\par\n")
        elif t == "p":
            r.append(_rtf_esc(b[1]) + "\\par\n")
        elif t == "kv":
            r.append("{\\b " + _rtf_esc(b[1]) + ":} " + _rtf_esc(b[2]) + "\\par\n")
        elif t == "ul":
            for it in b[1]:
                r.append("\\bullet  " + _rtf_esc(it) + "\\par\n")
        elif t == "ol":
            for i, it in enumerate(b[1], 1):
                r.append(f"{i}. " + _rtf_esc(it) + "\\par\n")
        elif t == "table":
            for row in b[1]:
                n = len(row)
                r.append("\\trowd" + "".join(f"\\cellx{int(9000 * (j + 1) / n)}" for j in range(n)))
                for c in row:
                    r.append("\\intbl " + _rtf_esc(c).replace("\n", "\\line ") + "\\cell")
                r.append("\\row\n")
            r.append("\\pard\\par\n")
        elif t == "dl":
            for k, v in b[1]:
                r.append("{\\b " + _rtf_esc(k) + "}\\par " + _rtf_esc(v) + "\\par\n")
        elif t in ("box", "sig"):
            r.append("\\par\n")
            for l in b[1]:
                r.append(_rtf_esc(l) + "\\par\n")
        elif t == "field":
            r.append("{\\b " + _rtf_esc(b[2]) + "}\\par\n")
            r.append(to_rtf(b[3])[len(r[0]):-1])
        elif t == "blank":
            r.append("\\par\n")
    r.append("}")
    return "".join(r)


def to_eml(frm, to, subject, when, body_text, msgid, html_body=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = msgid
    m.set_content(body_text)
    if html_body:
        m.add_alternative(html_body, subtype="html")
    return m.as_bytes()


OCR_MAP_OE = ["o", "g", "e"]


def ocr_damage(text, rnd):
    out_lines = []
    for line in text.split("\n"):
        chars = []
        for ch in line:
            if ch == "ø":
                chars.append(rnd.choice(OCR_MAP_OE))
            elif ch == "Ø":
                chars.append("O")
            elif ch == "æ":
                chars.append(rnd.choice(["ae", "@", "e"]))
            elif ch == "å":
                chars.append(rnd.choice(["a", "é", "a"]))
            elif ch == "m" and rnd.random() < 0.08:
                chars.append("rn")
            else:
                chars.append(ch)
        s = "".join(chars)
        if not any(c.isdigit() for c in s):
            s = s.replace(" i ", " 1 ")
        out_lines.append(s)
    return "\n".join(out_lines)


def hyphen_wrap(text, width, rnd):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            if len(cur) + len(w) + 1 <= width:
                cur = (cur + " " + w).strip()
            else:
                room = width - len(cur) - 2
                if len(w) > 9 and room > 4 and rnd.random() < 0.7 and not any(c.isdigit() for c in w):
                    lines.append((cur + " " + w[:room] + "-").strip())
                    cur = w[room:]
                else:
                    lines.append(cur)
                    cur = w
        lines.append(cur)
    return lines


def to_pdf_reportlab(lines, path, title, ocr=False, rnd=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    w, h = A4
    y = h - 60
    font = "Courier" if ocr else "Helvetica"
    for i, l in enumerate(lines):
        if y < 60:
            c.showPage()
            y = h - 60
        c.setFont(font, 10)
        x = 55 + (rnd.randint(-2, 2) if (ocr and rnd) else 0)
        c.drawString(x, y, l)
        y -= 14
    c.save()
