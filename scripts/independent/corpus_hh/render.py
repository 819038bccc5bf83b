"""Renderers for corpus HH: one small block model, written as docx, html, txt, rtf, eml.

Blocks: {"t": "title"|"h"|"p"|"list"|"table"|"small", "text"/"items"/"rows", "lang"}
Table rows are lists of (text, lang) cells; "header": True marks a first header row.
"""
from __future__ import annotations

import html as htmlmod
import zlib
from email.message import EmailMessage
from email.utils import format_datetime

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from lang import RTL


def _rtl_par(par):
    ppr = par._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    ppr.insert(0, bidi)
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "right")
    ppr.append(jc)


def _run(par, text, lang, bold=False):
    run = par.add_run(text)
    run.bold = bold
    rpr = run._r.get_or_add_rPr()
    fonts = OxmlElement("w:rFonts")
    fonts.set(qn("w:cs"), "DejaVu Sans")
    if lang in ("uk", "ti"):
        fonts.set(qn("w:ascii"), "DejaVu Sans")
        fonts.set(qn("w:hAnsi"), "DejaVu Sans")
    rpr.insert(0, fonts)
    if lang in RTL:
        rpr.append(OxmlElement("w:rtl"))
        lng = OxmlElement("w:lang")
        lng.set(qn("w:bidi"), {"ar": "ar-SA", "fa": "fa-IR"}[lang])
        rpr.append(lng)
    return run


def write_docx(blocks, path, bold_headings=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for b in blocks:
        t = b["t"]
        lang = b.get("lang", "da")
        if t == "title":
            par = doc.add_paragraph(style="Title") if not bold_headings else doc.add_paragraph()
            _run(par, b["text"], lang, bold=bold_headings)
        elif t == "h":
            if bold_headings:
                par = doc.add_paragraph()
                _run(par, b["text"], lang, bold=True)
            else:
                par = doc.add_paragraph(style="Heading 2")
                _run(par, b["text"], lang)
        elif t in ("p", "small"):
            par = doc.add_paragraph()
            _run(par, b["text"], lang)
        elif t == "list":
            for item in b["items"]:
                par = doc.add_paragraph(style="List Bullet")
                _run(par, item, lang)
                if lang in RTL:
                    _rtl_par(par)
            continue
        elif t == "table":
            rows = b["rows"]
            ncol = max(len(r) for r in rows)
            table = doc.add_table(rows=0, cols=ncol)
            table.style = "Table Grid"
            for ri, row in enumerate(rows):
                cells = table.add_row().cells
                for ci, (text, clang) in enumerate(row):
                    par = cells[ci].paragraphs[0]
                    _run(par, text, clang, bold=(ri == 0 and b.get("header")) or (ci == 0 and b.get("boldfirst")))
                    if clang in RTL:
                        _rtl_par(par)
            doc.add_paragraph()
            continue
        if lang in RTL:
            _rtl_par(par)
    doc.save(path)


def write_html(blocks, path, title, style="plain"):
    out = ["<!DOCTYPE html>", '<html lang="da">', "<head>", '<meta charset="utf-8">',
           f"<title>{htmlmod.escape(title)}</title>",
           "<style>body{font-family:Arial,'DejaVu Sans',sans-serif;max-width:52em;margin:2em auto}"
           "td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}table{border-collapse:collapse}"
           ".rtl{direction:rtl;text-align:right}.small{font-size:85%;color:#555}</style>",
           "</head>", "<body>"]

    def attrs(lang):
        a = f' lang="{lang}"' if lang != "da" else ""
        if lang in RTL:
            a += ' dir="rtl"'
        return a

    for b in blocks:
        t = b["t"]
        lang = b.get("lang", "da")
        e = htmlmod.escape
        if t == "title":
            out.append(f"<h1{attrs(lang)}>{e(b['text'])}</h1>")
        elif t == "h":
            if style == "strong":
                out.append(f"<p{attrs(lang)}><strong>{e(b['text'])}</strong></p>")
            else:
                out.append(f"<h2{attrs(lang)}>{e(b['text'])}</h2>")
        elif t == "p":
            out.append(f"<p{attrs(lang)}>{e(b['text'])}</p>")
        elif t == "small":
            out.append(f'<p class="small"{attrs(lang)}>{e(b["text"])}</p>')
        elif t == "list":
            out.append(f"<ul{attrs(lang)}>" + "".join(f"<li>{e(i)}</li>" for i in b["items"]) + "</ul>")
        elif t == "table":
            out.append("<table>")
            for ri, row in enumerate(b["rows"]):
                tag = "th" if ri == 0 and b.get("header") else "td"
                out.append("<tr>" + "".join(f"<{tag}{attrs(l)}>{e(x)}</{tag}>" for x, l in row) + "</tr>")
            out.append("</table>")
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_text(blocks, table_style="colon", underline=True):
    lines = []
    for b in blocks:
        t = b["t"]
        if t == "title":
            lines.append(b["text"])
            if underline:
                lines.append("=" * min(len(b["text"]), 60))
            lines.append("")
        elif t == "h":
            lines.append(b["text"] if table_style != "md" else "## " + b["text"])
            lines.append("")
        elif t in ("p", "small"):
            lines.append(b["text"])
            lines.append("")
        elif t == "list":
            for i in b["items"]:
                lines.append("- " + i)
            lines.append("")
        elif t == "table":
            for ri, row in enumerate(b["rows"]):
                cells = [c for c, _ in row]
                if len(cells) == 2 and table_style == "colon":
                    lines.append(f"{cells[0]}: {cells[1]}" if cells[0] else cells[1])
                elif table_style == "tab":
                    lines.append("\t".join(cells))
                else:
                    lines.append("| " + " | ".join(cells) + " |")
                    if ri == 0 and b.get("header") and table_style == "md":
                        lines.append("|" + "---|" * len(cells))
            lines.append("")
    return "\n".join(lines)


def write_txt(blocks, path, table_style="colon", encoding="utf-8", underline=True):
    path.write_text(to_text(blocks, table_style, underline), encoding=encoding)


def _rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256 and o not in range(0x80, 0xA0):
            out.append(f"\\'{o:02x}")
        else:
            v = o if o < 32768 else o - 65536
            out.append(f"\\u{v}?")
    return "".join(out)


def write_rtf(blocks, path):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0",
           r"{\fonttbl{\f0\fswiss Calibri;}{\f1\fswiss DejaVu Sans;}}",
           r"\viewkind4\uc1\pard\f0\fs22"]

    def para(text, lang, bold=False, size=None):
        pre = r"\pard\rtlpar\qr" if lang in RTL else r"\pard\ltrpar"
        font = r"\f1" if lang != "da" else r"\f0"
        run = (r"\b " if bold else "") + _rtf_escape(text) + (r"\b0" if bold else "")
        fs = rf"\fs{size}" if size else r"\fs22"
        rtl = r"\rtlch" if lang in RTL else ""
        out.append(rf"{pre}{font}{fs}{rtl} {run}\par")

    for b in blocks:
        t = b["t"]
        lang = b.get("lang", "da")
        if t == "title":
            para(b["text"], lang, True, 32)
        elif t == "h":
            para(b["text"], lang, True, 24)
        elif t in ("p", "small"):
            para(b["text"], lang)
        elif t == "list":
            for i in b["items"]:
                para("\u2022 " + i, lang)
        elif t == "table":
            for row in b["rows"]:
                n = len(row)
                width = 9000 // n
                out.append(r"\trowd\trgaph108" + "".join(
                    rf"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx{width * (i + 1)}" for i in range(n)))
                cells = []
                for text, cl in row:
                    pre = r"\pard\intbl\rtlpar\qr" if cl in RTL else r"\pard\intbl"
                    cells.append(rf"{pre}\f1 {_rtf_escape(text)}\cell")
                out.append("".join(cells) + r"\row")
            out.append(r"\pard\par")
    out.append("}")
    path.write_text("\n".join(out), encoding="ascii")


def write_eml(path, sender, to, subject, date, body_text, body_html=None, attachment=None):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{zlib.crc32((subject + to).encode())}@{sender.split('@')[-1].rstrip('>')}>"
    msg.set_content(body_text)
    if body_html:
        msg.add_alternative(body_html, subtype="html")
    if attachment:
        name, data, mtype = attachment
        maintype, subtype = mtype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(bytes(msg))
