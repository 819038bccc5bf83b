"""Writers: one :class:`~.content.Doc` into docx, odt, html or txt, in many house styles.

Layouts (the ``layout`` manifest value): ``headings`` (real heading styles), ``bold`` (Normal
paragraphs in bold as headings), ``felt`` ("FELT: værdi" system export, often upper case),
``table2`` (label/value table), ``table-rowhead`` (labels in the first row), ``dense`` (one
paragraph, Min Plan style), ``form`` (checkbox form).
"""

from __future__ import annotations

import html as htmlmod
import random
from pathlib import Path

from .content import Doc, Field


def _label(f: Field, upper: bool) -> str:
    return f.label.upper() if upper else f.label


def _value_text(f: Field) -> list[str]:
    if f.checkboxes:
        return ["  ".join(("☒ " if on else "☐ ") + t for on, t in f.checkboxes)]
    return f.lines


def _appeal_split(doc: Doc) -> tuple[list[Field], Field | None]:
    """Decision letters may put the appeal guidance outside the body (box, footer, page 2)."""
    if doc.kind == "decision" and doc.appeal_place != "section":
        rest = [f for f in doc.fields if f.key != "appeal"]
        ap = next((f for f in doc.fields if f.key == "appeal"), None)
        return rest, ap
    return doc.fields, None


# ---------------------------------------------------------------- docx
def write_docx(doc: Doc, layout: str, path: Path, rng: random.Random) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    d = Document()
    upper = layout == "felt" and rng.random() < 0.7
    sec = d.sections[0]
    if rng.random() < 0.7:
        # letterhead in the header, as a municipal Word template does it
        hp = sec.header.paragraphs[0]
        hp.text = " | ".join(doc.letterhead)
    else:
        for line in doc.letterhead:
            d.add_paragraph(line)
    fields, appeal = _appeal_split(doc)
    fp = sec.footer.paragraphs[0]
    fp.text = " · ".join(doc.footer)
    if appeal is not None and doc.appeal_place == "footer":
        sec.footer.add_paragraph(appeal.label + ": " + " ".join(appeal.lines))
    if layout == "headings":
        d.add_heading(doc.title, level=1)
    else:
        p = d.add_paragraph()
        r = p.add_run(doc.title)
        r.bold = True
        r.font.size = Pt(16)
    for line in doc.intro:
        d.add_paragraph(line)

    if layout in ("table2", "form"):
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for f in fields:
            row = t.add_row().cells
            row[0].text = _label(f, False)
            if f.as_list:
                row[1].text = ""
                for i, line in enumerate(f.lines):
                    para = row[1].paragraphs[0] if i == 0 else row[1].add_paragraph()
                    para.text = "• " + line
            else:
                row[1].text = "\n".join(_value_text(f))
    elif layout == "table-rowhead":
        for i in range(0, len(fields), 3):
            chunk = fields[i:i + 3]
            t = d.add_table(rows=2, cols=len(chunk))
            t.style = "Table Grid"
            for j, f in enumerate(chunk):
                c = t.rows[0].cells[j]
                c.text = ""
                c.paragraphs[0].add_run(f.label).bold = True
                t.rows[1].cells[j].text = "\n".join(_value_text(f))
            d.add_paragraph("")
    elif layout == "dense":
        d.add_paragraph(" ".join(f.sentence for f in fields))
    else:
        for f in fields:
            if layout == "headings":
                d.add_heading(f.label, level=2)
            elif layout == "bold":
                p = d.add_paragraph()
                p.add_run(f.label).bold = True
            if layout == "felt":
                vals = _value_text(f)
                p = d.add_paragraph()
                r = p.add_run(_label(f, upper) + ":")
                r.bold = rng.random() < 0.5
                p.add_run(" " + vals[0] if vals else "")
                for v in vals[1:]:
                    d.add_paragraph(v)
                continue
            if f.as_list:
                style = rng.choice(["List Number", "List Bullet"])
                for line in f.lines:
                    d.add_paragraph(line, style=style)
            else:
                for line in _value_text(f):
                    d.add_paragraph(line)
    if appeal is not None and doc.appeal_place == "box":
        d.add_paragraph("")
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        c.text = ""
        c.paragraphs[0].add_run(appeal.label).bold = True
        for line in appeal.lines:
            c.add_paragraph(line)
    for line in doc.closing:
        d.add_paragraph(line)
    for line in doc.signature:
        d.add_paragraph(line)
    if appeal is not None and doc.appeal_place == "second-page":
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_heading(appeal.label, level=2) if rng.random() < 0.5 else d.add_paragraph(appeal.label)
        for line in appeal.lines:
            d.add_paragraph(line)
    d.save(str(path))


# ---------------------------------------------------------------- odt
def write_odt(doc: Doc, layout: str, path: Path, rng: random.Random) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P, Span

    o = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)
    body = o.text
    for line in doc.letterhead:
        body.addElement(P(text=line))
    body.addElement(H(outlinelevel=1, text=doc.title))
    for line in doc.intro:
        body.addElement(P(text=line))
    fields = doc.fields
    upper = layout == "felt" and rng.random() < 0.7
    if layout in ("table2", "form", "table-rowhead"):
        t = Table(name="Felter")
        t.addElement(TableColumn(numbercolumnsrepeated=2))
        for f in fields:
            tr = TableRow()
            c1, c2 = TableCell(), TableCell()
            c1.addElement(P(text=f.label))
            for line in _value_text(f):
                c2.addElement(P(text=("• " if f.as_list else "") + line))
            tr.addElement(c1)
            tr.addElement(c2)
            t.addElement(tr)
        body.addElement(t)
    elif layout == "dense":
        body.addElement(P(text=" ".join(f.sentence for f in fields)))
    else:
        for f in fields:
            if layout == "headings":
                body.addElement(H(outlinelevel=2, text=f.label))
            elif layout == "bold":
                p = P()
                p.addElement(Span(stylename=bold, text=f.label))
                body.addElement(p)
            elif layout == "felt":
                vals = _value_text(f)
                p = P(text=_label(f, upper) + ": " + (vals[0] if vals else ""))
                body.addElement(p)
                for v in vals[1:]:
                    body.addElement(P(text=v))
                continue
            if f.as_list:
                lst = List()
                for line in f.lines:
                    li = ListItem()
                    li.addElement(P(text=line))
                    lst.addElement(li)
                body.addElement(lst)
            else:
                for line in _value_text(f):
                    body.addElement(P(text=line))
    for line in doc.closing + doc.signature + doc.footer:
        body.addElement(P(text=line))
    o.save(str(path))


# ---------------------------------------------------------------- html
def write_html(doc: Doc, layout: str, path: Path, rng: random.Random) -> str:
    e = htmlmod.escape
    style = rng.choice(["semantic", "divsoup", "table", "outlook"])
    out: list[str] = []
    if style == "outlook":
        out.append('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta '
                   'http-equiv="Content-Type" content="text/html; charset=utf-8"><style>'
                   'p.MsoNormal{margin:0cm}</style></head><body lang="DA"><div class="WordSection1">')
        out.append(f'<p class="MsoNormal">Fra: Jobcenter<br>Sendt: {e(doc.letterhead[-2])}<br>'
                   f'Emne: {e(doc.title)}</p><p class="MsoNormal">&nbsp;</p>')
        for line in doc.intro:
            out.append(f'<p class="MsoNormal">{e(line)}<o:p></o:p></p>')
        for f in doc.fields:
            vals = _value_text(f)
            out.append(f'<p class="MsoNormal"><b><span style="font-size:11.0pt">{e(f.label)}'
                       f'</span></b><o:p></o:p></p>')
            for v in vals:
                out.append(f'<p class="MsoNormal">{"·&nbsp;&nbsp;" if f.as_list else ""}{e(v)}</p>')
        for line in doc.closing + doc.signature:
            out.append(f'<p class="MsoNormal">{e(line)}</p>')
        out.append("</div></body></html>")
    elif style == "table":
        out.append("<html><head><meta charset='utf-8'><title>" + e(doc.title) + "</title></head><body>")
        out.append("<table width='100%'><tr><td>" + "<br>".join(map(e, doc.letterhead))
                   + "</td></tr></table>")
        out.append(f"<h2>{e(doc.title)}</h2>" + "".join(f"<p>{e(x)}</p>" for x in doc.intro))
        out.append("<table border='1' cellpadding='4'>")
        for f in doc.fields:
            out.append(f"<tr><td valign='top'><b>{e(f.label)}</b></td><td>"
                       + "<br>".join(map(e, _value_text(f))) + "</td></tr>")
        out.append("</table>" + "".join(f"<p>{e(x)}</p>" for x in doc.closing + doc.signature))
        out.append("<p><small>" + " · ".join(map(e, doc.footer)) + "</small></p></body></html>")
    elif style == "divsoup":
        out.append("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'></head><body>"
                   "<div class='app'><div class='hdr'>" + "".join(
                       f"<div class='hdr-line'>{e(x)}</div>" for x in doc.letterhead) + "</div>")
        out.append(f"<div class='title big'>{e(doc.title)}</div>")
        out.append("".join(f"<div class='txt'>{e(x)}</div>" for x in doc.intro))
        for f in doc.fields:
            lab = f.label.upper() if rng.random() < 0.4 else f.label
            out.append(f"<div class='row'><div class='lbl'>{e(lab)}:</div><div class='val'>"
                       + "".join(f"<div>{e(v)}</div>" for v in _value_text(f)) + "</div></div>")
        out.append("".join(f"<div class='txt'>{e(x)}</div>" for x in doc.closing + doc.signature))
        out.append("</div></body></html>")
    else:
        out.append("<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>"
                   + e(doc.title) + "</title></head><body><header>"
                   + "".join(f"<p>{e(x)}</p>" for x in doc.letterhead) + "</header><main>")
        out.append(f"<h1>{e(doc.title)}</h1>" + "".join(f"<p>{e(x)}</p>" for x in doc.intro))
        if layout == "dense":
            out.append("<p>" + e(" ".join(f.sentence for f in doc.fields)) + "</p>")
        else:
            for f in doc.fields:
                out.append(f"<section><h2>{e(f.label)}</h2>")
                if f.as_list:
                    out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in f.lines) + "</ul>")
                else:
                    out.append("".join(f"<p>{e(x)}</p>" for x in _value_text(f)))
                out.append("</section>")
        out.append("".join(f"<p>{e(x)}</p>" for x in doc.closing + doc.signature))
        out.append("</main><footer>" + " · ".join(map(e, doc.footer)) + "</footer></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")
    return style


# ---------------------------------------------------------------- txt
OCR = [("å", "a"), ("ø", "e"), ("æ", "ae"), (" i ", " 1 ")]


def txt_text(doc: Doc, layout: str, rng: random.Random) -> tuple[str, str]:
    """Plain text in one of several styles; returns (text, style)."""
    style = rng.choice(["felt-upper", "felt", "email", "ocr", "dense"] if layout != "dense" else ["dense"])
    lines: list[str] = []
    if style == "email":
        lines += [f"Fra: sagsbehandler@{doc.letterhead[0].split()[-1].lower()}.dk",
                  f"Emne: {doc.title}", "", "Hej", ""]
    else:
        lines += doc.letterhead + ["", doc.title.upper() if style == "felt-upper" else doc.title,
                                   "=" * len(doc.title) if style == "felt" else ""]
    lines += doc.intro + [""]
    if style == "dense":
        lines.append(" ".join(f.sentence for f in doc.fields))
    else:
        for f in doc.fields:
            lab = f.label.upper() if style == "felt-upper" else f.label
            vals = _value_text(f)
            if style == "email" or (len(vals) > 1 and rng.random() < 0.5):
                lines.append(f"{lab}:")
                lines += [("- " if f.as_list else "") + v for v in vals]
            else:
                lines.append(f"{lab}: {vals[0] if vals else ''}")
                lines += vals[1:]
            lines.append("")
    lines += doc.closing + doc.signature + ["", " · ".join(doc.footer)]
    text = "\n".join(lines)
    if style == "ocr":
        for a, b in OCR:
            if rng.random() < 0.8:
                text = text.replace(a, b)
    return text, style


def write_txt(doc: Doc, layout: str, path: Path, rng: random.Random) -> str:
    text, style = txt_text(doc, layout, rng)
    enc = rng.choice(["utf-8", "utf-8", "utf-8-sig", "cp1252"])
    if rng.random() < 0.4:
        text = text.replace("\n", "\r\n")
        style += "+crlf"
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        # ☒/☐ and some dashes do not exist in cp1252; a real export would write [X]/[ ]
        text = text.replace("☒", "[X]").replace("☐", "[ ]").replace("–", "-").replace("…", "...")
        data = text.encode(enc, errors="replace")
    path.write_bytes(data)
    return f"{style}+{enc}"
