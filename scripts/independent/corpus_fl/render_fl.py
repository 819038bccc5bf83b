"""Renderers for corpus FL: one small block model written to docx, html, txt, md, pdf (reportlab).

Block model (a document is a dict with "blocks" and optional "notes"):
    ("title", text)                      document title
    ("meta", [(label, value), ...])      letterhead lines (date, case number, ...)
    ("h", text, level)                   heading
    ("p", text)                          paragraph; "[[n]]" marks footnote n
    ("ul", [items]) / ("ol", [items])    lists
    ("kv", [(label, value), ...])        two-column label/value table
    ("box", title, [blocks])             framed box ("Det siger reglerne")
    ("quote", [paragraphs], source)      quoted statutory text
    ("check", [(bool, text), ...])       check list (☒ / ☐)
    ("sig", [lines])                     signature lines
    ("pb",)                              page break
"""

from __future__ import annotations

import html as _html
import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

FN = re.compile(r"\[\[(\d+)\]\]")
SUP = {"0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"}


def _sup(m):
    return "".join(SUP[c] for c in m.group(1))


def plain(text: str) -> str:
    return FN.sub(_sup, text)


# --------------------------------------------------------------------------- txt / md

def to_txt(doc: dict) -> str:
    out: list[str] = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            out += [b[1], "=" * min(len(b[1]), 70), ""]
        elif t == "meta":
            out += [f"{k}: {v}" if k else v for k, v in b[1]] + [""]
        elif t == "h":
            out += [plain(b[1]), "-" * min(len(b[1]), 60) if b[2] <= 2 else "", ""]
            if out[-2] == "":
                out.pop(-2)
        elif t == "p":
            out += [plain(b[1]), ""]
        elif t == "ul":
            out += [f"- {plain(i)}" for i in b[1]] + [""]
        elif t == "ol":
            out += [f"{n}) {plain(i)}" for n, i in enumerate(b[1], 1)] + [""]
        elif t == "kv":
            for k, v in b[1]:
                if isinstance(v, list):
                    out.append(f"{k}:")
                    out += [f"  - {plain(x)}" for x in v]
                else:
                    out.append(f"{k}: {plain(v)}" if v else f"{k}:")
            out.append("")
        elif t == "box":
            out += ["+" + "-" * 66, f"| {b[1].upper()}", "|"]
            inner = to_txt({"blocks": b[2]}).rstrip("\n").split("\n")
            out += [("| " + ln) if ln else "|" for ln in inner]
            out += ["+" + "-" * 66, ""]
        elif t == "quote":
            for para in b[1]:
                out += ["    " + plain(para), ""]
            if b[2]:
                out += [f"    ({b[2]})", ""]
        elif t == "check":
            out += [("[X] " if c else "[ ] ") + plain(x) for c, x in b[1]] + [""]
        elif t == "sig":
            out += [""] + list(b[1]) + [""]
        elif t == "pb":
            out += ["", ""]
    if doc.get("notes"):
        out += ["_" * 20, ""]
        out += [f"{n}) {x}" for n, x in enumerate(doc["notes"], 1)] + [""]
    return "\n".join(out).rstrip() + "\n"


def to_md(doc: dict) -> str:
    out: list[str] = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            out += [f"# {b[1]}", ""]
        elif t == "meta":
            out += [f"**{k}:** {v}  " if k else f"{v}  " for k, v in b[1]] + [""]
        elif t == "h":
            out += ["#" * min(b[2] + 1, 4) + " " + plain(b[1]), ""]
        elif t == "p":
            out += [plain(b[1]), ""]
        elif t == "ul":
            out += [f"- {plain(i)}" for i in b[1]] + [""]
        elif t == "ol":
            out += [f"{n}. {plain(i)}" for n, i in enumerate(b[1], 1)] + [""]
        elif t == "kv":
            out += ["| Felt | Indhold |", "|---|---|"]
            for k, v in b[1]:
                v = "<br>".join(plain(x) for x in v) if isinstance(v, list) else plain(v)
                out.append(f"| {k} | {v} |")
            out.append("")
        elif t == "box":
            inner = to_md({"blocks": b[2]}).rstrip("\n").split("\n")
            out += [f"> **{b[1]}**", ">"] + [("> " + ln) if ln else ">" for ln in inner] + [""]
        elif t == "quote":
            for para in b[1]:
                out += [f"> *{plain(para)}*", ">"]
            if b[2]:
                out += [f"> ({b[2]})"]
            else:
                out.pop()
            out.append("")
        elif t == "check":
            out += [("- [x] " if c else "- [ ] ") + plain(x) for c, x in b[1]] + [""]
        elif t == "sig":
            out += ["  \n".join(b[1]), ""]
        elif t == "pb":
            out += ["---", ""]
    if doc.get("notes"):
        out += ["---", ""] + [f"{n}. {x}" for n, x in enumerate(doc["notes"], 1)] + [""]
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- html

def _h(text: str) -> str:
    return FN.sub(lambda m: f'<sup><a href="#fn{m.group(1)}">{m.group(1)}</a></sup>', _html.escape(text))


def _html_blocks(blocks, style) -> list[str]:
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(f"<h1>{_h(b[1])}</h1>")
        elif t == "meta":
            out.append('<div class="brevhoved">' + "".join(
                f"<div>{_h(k)}: {_h(v)}</div>" if k else f"<div>{_h(v)}</div>" for k, v in b[1]) + "</div>")
        elif t == "h":
            lv = min(b[2] + 1, 5)
            out.append(f"<h{lv}>{_h(b[1])}</h{lv}>")
        elif t == "p":
            out.append(f"<p>{_h(b[1])}</p>")
        elif t in ("ul", "ol"):
            out.append(f"<{t}>" + "".join(f"<li>{_h(i)}</li>" for i in b[1]) + f"</{t}>")
        elif t == "kv":
            rows = []
            for k, v in b[1]:
                if isinstance(v, list):
                    v = "<ul>" + "".join(f"<li>{_h(x)}</li>" for x in v) + "</ul>"
                else:
                    v = _h(v)
                rows.append(f"<tr><th scope=\"row\">{_h(k)}</th><td>{v}</td></tr>")
            out.append('<table class="felter">' + "".join(rows) + "</table>")
        elif t == "box":
            out.append(f'<aside class="regelboks"><h3>{_h(b[1])}</h3>' + "".join(_html_blocks(b[2], style)) + "</aside>")
        elif t == "quote":
            inner = "".join(f"<p>{_h(p)}</p>" for p in b[1])
            cite = f"<cite>{_h(b[2])}</cite>" if b[2] else ""
            out.append(f"<blockquote>{inner}{cite}</blockquote>")
        elif t == "check":
            out.append('<ul class="tjek">' + "".join(
                f"<li>{'☒' if c else '☐'} {_h(x)}</li>" for c, x in b[1]) + "</ul>")
        elif t == "sig":
            out.append("<p>" + "<br>".join(_h(x) for x in b[1]) + "</p>")
        elif t == "pb":
            out.append("<hr>")
    return out


CSS = """body{font-family:Arial,Helvetica,sans-serif;max-width:760px;margin:2em auto;color:#222}
.brevhoved{float:right;font-size:.85em;color:#555}
table.felter{border-collapse:collapse;width:100%}table.felter th,table.felter td{border:1px solid #bbb;padding:6px;text-align:left;vertical-align:top}
aside.regelboks{border:2px solid #2a6f97;background:#eef6fb;padding:.6em 1em;margin:1em 0}
blockquote{border-left:4px solid #999;margin:1em 0;padding:.2em 1em;color:#444;font-style:italic}
ol.noter{font-size:.85em;color:#444}"""


def to_html(doc: dict, lang="da") -> str:
    body = _html_blocks(doc["blocks"], doc.get("style"))
    if doc.get("notes"):
        body.append('<hr><ol class="noter">' + "".join(
            f'<li id="fn{n}">{_html.escape(x)}</li>' for n, x in enumerate(doc["notes"], 1)) + "</ol>")
    title = next((b[1] for b in doc["blocks"] if b[0] == "title"), "Dokument")
    head = doc.get("html_head", "")
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{_html.escape(title)}</title>"
            f"<style>{CSS}</style></head><body>\n{head}" + "\n".join(body) + "\n</body></html>\n")


# --------------------------------------------------------------------------- docx

def _add_footnotes_part(document, notes):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">',
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for n, text in enumerate(notes, 1):
        parts.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {_html.escape(text)}</w:t></w:r></w:p></w:footnote>')
    parts.append("</w:footnotes>")
    blob = "".join(parts).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                blob, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def _runs(par, text, real_fn, bold=False, italic=False):
    pos = 0
    for m in FN.finditer(text):
        if m.start() > pos:
            r = par.add_run(text[pos:m.start()])
            r.bold, r.italic = bold, italic
        if real_fn:
            r = par.add_run()
            rpr = OxmlElement("w:rPr")
            va = OxmlElement("w:vertAlign")
            va.set(qn("w:val"), "superscript")
            rpr.append(va)
            r._r.append(rpr)
            ref = OxmlElement("w:footnoteReference")
            ref.set(qn("w:id"), m.group(1))
            r._r.append(ref)
        else:
            r = par.add_run(m.group(1))
            r.font.superscript = True
        pos = m.end()
    if pos < len(text):
        r = par.add_run(text[pos:])
        r.bold, r.italic = bold, italic


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _docx_blocks(container, blocks, real_fn, document):
    for b in blocks:
        t = b[0]
        if t == "title":
            if container is document:
                document.add_heading(b[1], level=0)
            else:
                p = container.add_paragraph()
                _runs(p, b[1], real_fn, bold=True)
        elif t == "meta":
            p = container.add_paragraph()
            for i, (k, v) in enumerate(b[1]):
                r = p.add_run(f"{k}: {v}" if k else v)
                r.font.size = Pt(9)
                if i < len(b[1]) - 1:
                    r.add_break(WD_BREAK.LINE)
        elif t == "h":
            if container is document:
                document.add_heading(plain(b[1]) if not real_fn else "", level=min(b[2], 3))
                if real_fn:
                    h = document.paragraphs[-1]
                    _runs(h, b[1], real_fn)
            else:
                p = container.add_paragraph()
                _runs(p, b[1], real_fn, bold=True)
        elif t == "p":
            p = container.add_paragraph()
            _runs(p, b[1], real_fn)
        elif t in ("ul", "ol"):
            style = "List Bullet" if t == "ul" else "List Number"
            for item in b[1]:
                p = container.add_paragraph(style=style)
                _runs(p, item, real_fn)
        elif t == "kv":
            tbl = container.add_table(rows=0, cols=2)
            tbl.style = "Table Grid"
            for k, v in b[1]:
                cells = tbl.add_row().cells
                cells[0].text = ""
                _runs(cells[0].paragraphs[0], k, real_fn, bold=True)
                if isinstance(v, list):
                    cells[1].text = ""
                    for i, x in enumerate(v):
                        p = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
                        _runs(p, "• " + x, real_fn)
                else:
                    cells[1].text = ""
                    _runs(cells[1].paragraphs[0], v, real_fn)
            if container is document:
                document.add_paragraph()
        elif t == "box":
            tbl = container.add_table(rows=1, cols=1)
            tbl.style = "Table Grid"
            cell = tbl.rows[0].cells[0]
            _shade(cell, "E8F1F8")
            cell.text = ""
            _runs(cell.paragraphs[0], b[1], real_fn, bold=True)
            _docx_blocks(cell, b[2], real_fn, document)
            if container is document:
                document.add_paragraph()
        elif t == "quote":
            for para in b[1] + ([f"({b[2]})"] if b[2] else []):
                p = container.add_paragraph()
                p.paragraph_format.left_indent = Cm(1.2)
                p.paragraph_format.right_indent = Cm(1.0)
                _runs(p, para, real_fn, italic=True)
        elif t == "check":
            for c, x in b[1]:
                p = container.add_paragraph()
                _runs(p, ("☒ " if c else "☐ ") + x, real_fn)
        elif t == "sig":
            p = container.add_paragraph()
            for i, x in enumerate(b[1]):
                r = p.add_run(x)
                if i < len(b[1]) - 1:
                    r.add_break(WD_BREAK.LINE)
        elif t == "pb":
            container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def to_docx(doc: dict, path: Path, real_footnotes: bool = True):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Calibri")
    st.font.size = Pt(11)
    notes = doc.get("notes") or []
    real = bool(notes) and real_footnotes
    if doc.get("header"):
        d.sections[0].header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        d.sections[0].footer.paragraphs[0].text = doc["footer"]
    _docx_blocks(d, doc["blocks"], real, d)
    if notes and real:
        _add_footnotes_part(d, notes)
    elif notes:
        d.add_paragraph("_" * 20)
        for n, x in enumerate(notes, 1):
            p = d.add_paragraph()
            r = p.add_run(f"{n} {x}")
            r.font.size = Pt(9)
    d.core_properties.author = doc.get("author", "")
    d.save(str(path))


# --------------------------------------------------------------------------- pdf (reportlab)

def to_pdf_rl(doc: dict, path: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle, ListFlowable, ListItem)

    base = "/usr/share/fonts/truetype/dejavu/"
    try:
        pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVI", base + "DejaVuSans-Oblique.ttf"))
    except Exception:
        pass
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=10, leading=13.5, spaceAfter=6)
    S = ParagraphStyle("s", parent=N, fontSize=8.5, leading=11)
    B = ParagraphStyle("b", parent=N, fontName="DVB")
    Q = ParagraphStyle("q", parent=N, fontName="DVI", leftIndent=24, rightIndent=18, textColor=colors.HexColor("#333333"))
    H = {1: ParagraphStyle("h1", parent=N, fontName="DVB", fontSize=13, leading=16, spaceBefore=8),
         2: ParagraphStyle("h2", parent=N, fontName="DVB", fontSize=11.5, leading=15, spaceBefore=6),
         3: ParagraphStyle("h3", parent=N, fontName="DVB", fontSize=10.5, leading=14, spaceBefore=4)}
    T = ParagraphStyle("t", parent=N, fontName="DVB", fontSize=16, leading=20, spaceAfter=10)

    def x(text):
        return FN.sub(lambda m: f"<super>{m.group(1)}</super>", _html.escape(text))

    def flow(blocks, width):
        out = []
        for b in blocks:
            t = b[0]
            if t == "title":
                out.append(Paragraph(x(b[1]), T))
            elif t == "meta":
                out.append(Paragraph("<br/>".join(x(f"{k}: {v}" if k else v) for k, v in b[1]), S))
            elif t == "h":
                out.append(Paragraph(x(b[1]), H[min(b[2], 3)]))
            elif t == "p":
                out.append(Paragraph(x(b[1]), N))
            elif t in ("ul", "ol"):
                items = [ListItem(Paragraph(x(i), N), leftIndent=14) for i in b[1]]
                out.append(ListFlowable(items, bulletType="bullet" if t == "ul" else "1",
                                        bulletFontName="DV", start="•" if t == "ul" else None, leftIndent=14))
            elif t == "kv":
                data = []
                for k, v in b[1]:
                    v = "<br/>".join("• " + x(i) for i in v) if isinstance(v, list) else x(v)
                    data.append([Paragraph(x(k), B), Paragraph(v, N)])
                tb = Table(data, colWidths=[width * 0.3, width * 0.7])
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f2f2"))]))
                out += [tb, Spacer(1, 8)]
            elif t == "box":
                inner = [Paragraph(x(b[1]), B)] + flow(b[2], width - 20)
                tb = Table([[inner]], colWidths=[width])
                tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#2a6f97")),
                                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef6fb")),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
                out += [tb, Spacer(1, 8)]
            elif t == "quote":
                for para in b[1]:
                    out.append(Paragraph(x(para), Q))
                if b[2]:
                    out.append(Paragraph(x(f"({b[2]})"), Q))
            elif t == "check":
                for c, tx in b[1]:
                    out.append(Paragraph(("☒ " if c else "☐ ") + x(tx), N))
            elif t == "sig":
                out += [Spacer(1, 14), Paragraph("<br/>".join(x(i) for i in b[1]), N)]
            elif t == "pb":
                out.append(PageBreak())
        return out

    width = A4[0] - 5 * cm
    story = flow(doc["blocks"], width)
    if doc.get("notes"):
        story.append(Spacer(1, 12))
        story.append(Paragraph("_" * 25, S))
        for n, tx in enumerate(doc["notes"], 1):
            story.append(Paragraph(f"<super>{n}</super> " + _html.escape(tx), S))

    def deco(c, d):
        c.saveState()
        c.setFont("DV", 8)
        if doc.get("header"):
            c.drawString(2.5 * cm, A4[1] - 1.5 * cm, doc["header"])
        if doc.get("footer"):
            c.drawString(2.5 * cm, 1.2 * cm, doc["footer"])
        c.drawRightString(A4[0] - 2.5 * cm, 1.2 * cm, f"Side {d.page}")
        c.restoreState()

    sd = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                           topMargin=2.2 * cm, bottomMargin=2 * cm, title=doc.get("pdf_title", ""),
                           author=doc.get("author", ""))
    sd.build(story, onFirstPage=deco, onLaterPages=deco)
