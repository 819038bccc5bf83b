"""DOCX renderers (python-docx plus raw WordprocessingML), converted to PDF by LibreOffice."""
from __future__ import annotations

import copy

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT as VA
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .render_rl import BACKGROUND_TEXT, HINTS


def _field(run, instr):
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == "1":
            t = OxmlElement("w:t")
            t.text = "1"
            run._r.append(t)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {text} "
            run._r.append(it)


def add_value(container, v, doc):
    if isinstance(v, list):
        for x in v:
            container.add_paragraph(x, style="List Bullet")
    else:
        container.add_paragraph(v)


def set_cols(section, n):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def header_footer(d, doc, rng, page_numbers=True):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{doc.sender[0]}  –  {doc.title}"
    fp = sec.footer.paragraphs[0]
    fp.text = (doc.footer_field or " · ".join(doc.sender[:1] + doc.sender[2:4])) + "     "
    if page_numbers:
        fp.add_run(rng.choice(["Side ", "side ", ""]))
        _field(fp.add_run(), "PAGE")
        if rng.random() < 0.6:
            fp.add_run(" af ")
            _field(fp.add_run(), "NUMPAGES")


def frame_par(d, lines, title):
    """A floated frame (w:framePr): Word's old-style text box, anchored right of the first lines."""
    out = []
    for i, t in enumerate([title] + lines):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = i == 0
        r.font.size = Pt(8.5)
        pPr = p._p.get_or_add_pPr()
        fp = OxmlElement("w:framePr")
        for k, v in (("w", "3000"), ("hSpace", "180"), ("wrap", "around"), ("vAnchor", "text"),
                     ("hAnchor", "margin"), ("xAlign", "right"), ("y", "1")):
            fp.set(qn(f"w:{k}"), v)
        pPr.insert(0, fp)
        bdr = OxmlElement("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "6")
            el.set(qn("w:space"), "4")
            el.set(qn("w:color"), "2A5D84")
            bdr.append(el)
        pPr.append(bdr)
        out.append(p)
    return out


def render(doc, path, layout, rng):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Times New Roman", "Garamond"])
    st.font.size = Pt(rng.choice([10, 10.5, 11]))
    if layout == "running-header":
        header_footer(d, doc, rng)
    elif rng.random() < 0.5:
        fp = d.sections[0].footer.paragraphs[0]
        _field(fp.add_run(), "PAGE")
    # letterhead
    if layout in ("sidebar-left", "sidebar-right"):
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        side_i, main_i = (0, 1) if layout == "sidebar-left" else (1, 0)
        t.columns[side_i].width = Cm(4.8)
        t.cell(0, side_i).width = Cm(4.8)
        t.cell(0, main_i).width = Cm(11.8)
        side, main = t.cell(0, side_i), t.cell(0, main_i)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:fill"), "EAF0F5")
        side._tc.get_or_add_tcPr().append(shd)
        if doc.card:
            side.paragraphs[0].add_run(doc.card[0]).bold = True
            for x in doc.card[1]:
                side.add_paragraph(x)
        for k, v in doc.meta:
            side.add_paragraph(f"{k}: {v}")
        main.paragraphs[0].text = doc.sender[0]
        for x in doc.sender[1:] + [""] + doc.recipient:
            main.add_paragraph(x)
        main.add_paragraph(doc.title, style="Heading 1")
        for x in doc.intro:
            main.add_paragraph(x)
        for f in doc.fields:
            p = main.add_paragraph()
            p.add_run(f.label).bold = True
            add_value(main, f.value, d)
        _tail(d, doc, main)
        d.save(path)
        return
    if layout == "info-column":
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        t.cell(0, 0).width, t.cell(0, 1).width = Cm(11), Cm(5.5)
        a, b = t.cell(0, 0), t.cell(0, 1)
        a.paragraphs[0].text = doc.sender[0]
        for x in doc.sender[1:] + [""] + doc.recipient:
            a.add_paragraph(x)
        if doc.intro:
            a.add_paragraph(doc.title, style="Heading 1")
            a.add_paragraph(doc.intro[0])
        b.paragraphs[0].add_run(doc.sender[0]).bold = True
        for k, v in doc.meta:
            b.add_paragraph(f"{k}: {v}")
        if doc.card:
            b.add_paragraph(doc.card[0]).runs[0].bold = True
            for x in doc.card[1]:
                b.add_paragraph(x)
        for x in doc.intro[1:]:
            d.add_paragraph(x)
        _fields(d, doc, "labels", rng)
        _tail(d, doc, d)
        d.save(path)
        return
    for x in doc.sender:
        d.add_paragraph(x)
    if layout == "textbox" and doc.card:
        frame_par(d, doc.card[1], doc.card[0])
    for x in doc.recipient:
        d.add_paragraph(x)
    for k, v in doc.meta:
        d.add_paragraph(f"{k}: {v}")
    d.add_paragraph(doc.title, style="Title" if rng.random() < 0.5 else "Heading 1")
    if layout in ("running-header", "split-table"):
        for x in BACKGROUND_TEXT(doc, rng):
            d.add_paragraph(x)
    if layout == "two-column":
        sec = d.add_section(0)  # continuous
        set_cols(sec, 2)
    for x in doc.intro:
        d.add_paragraph(x)
    mode = {"tall-label-table": "tall", "split-table": "split", "hanging-list": "hang"}.get(layout, "labels")
    _fields(d, doc, mode, rng)
    _tail(d, doc, d)
    d.save(path)


def _fields(d, doc, mode, rng):
    if mode == "labels":
        for f in doc.fields:
            d.add_paragraph(f.label, style=rng.choice(["Heading 2", "Heading 3"]))
            add_value(d, f.value, d)
    elif mode == "hang":
        for f in doc.fields:
            p = d.add_paragraph(style="List Number")
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.add_run(f.label + "\t").bold = True
            p.add_run(f.value if isinstance(f.value, str) else "; ".join(f.value) + ".")
    else:
        va = rng.choice([VA.TOP, VA.CENTER, VA.BOTTOM])
        rows = len(doc.fields) + (1 if mode == "split" else 0)
        t = d.add_table(rows=rows, cols=2)
        t.style = "Table Grid"
        r0 = 0
        if mode == "split":
            t.cell(0, 0).text, t.cell(0, 1).text = "Område", "Beskrivelse"
            trPr = t.rows[0]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            trPr.append(h)
            r0 = 1
        for i, f in enumerate(doc.fields):
            k, v = t.cell(r0 + i, 0), t.cell(r0 + i, 1)
            k.width, v.width = Cm(4.5), Cm(12)
            k.paragraphs[0].add_run(f.label).bold = True
            if mode == "tall" and HINTS.get(f.key):
                k.add_paragraph(HINTS[f.key]).runs[0].font.size = Pt(7.5)
                k.add_paragraph("")
            k.vertical_alignment = va
            if isinstance(f.value, list):
                v.paragraphs[0].text = f.value[0]
                for x in f.value[1:]:
                    v.add_paragraph(x)
            else:
                v.paragraphs[0].text = f.value


def _tail(d, doc, where):
    if doc.table_rows:
        t = d.add_table(rows=1 + len(doc.table_rows), cols=len(doc.table_head))
        t.style = "Table Grid"
        for j, x in enumerate(doc.table_head):
            t.cell(0, j).text = x
        t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for i, r in enumerate(doc.table_rows, 1):
            for j, x in enumerate(r):
                t.cell(i, j).text = x
    for x in doc.closing:
        where.add_paragraph(x)
    if doc.signature:
        where.add_paragraph("")
        for x in doc.signature:
            where.add_paragraph(x)
