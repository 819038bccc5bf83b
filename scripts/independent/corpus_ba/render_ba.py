"""Renderers for corpus BA: one Spec -> one PDF, through LibreOffice (DOCX/ODT), Chromium or reportlab.

They decide page geometry only (columns, sidebars, frames, running headers and footers, page
breaks, boxes); the text comes from the Spec unchanged.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

from content_ba import Spec, fmt_date

# ---------------------------------------------------------------------------- shared flow


def citizen_lines(s: Spec) -> list[str]:
    out = [s.citizen.name]
    if s.cpr:
        out.append(f"CPR-nr. {s.cpr}")
    return out


def footer_text(s: Spec) -> str:
    base = f"{s.town} Kommune · {s.dept} · {s.muni[1]}, {s.muni[2]} · tlf. {s.muni[3]}"
    if s.kind == "unknown" and not s.letter and s.sender_lines and s.subtype in ("klub", "friskole", "stillingsopslag"):
        base = " · ".join(x for x in s.sender_lines if x)
    return base


def value_lines(v) -> list[str]:
    return v if isinstance(v, list) else str(v).split("\n")


def main_fields(s: Spec):
    return [f for f in s.fields if f.where == "main"]


def side_fields(s: Spec):
    return [f for f in s.fields if f.where == "sidebar"]


# ---------------------------------------------------------------------------- DOCX (python-docx) -> LibreOffice

def _docx_field(par, instr: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _docx_frame(par, x_cm, y_cm, w_cm, anchor="page"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fp = OxmlElement("w:framePr")
    fp.set(qn("w:w"), str(int(w_cm * 567)))
    fp.set(qn("w:hSpace"), "180")
    fp.set(qn("w:wrap"), "around")
    fp.set(qn("w:hAnchor"), anchor)
    fp.set(qn("w:vAnchor"), anchor)
    fp.set(qn("w:x"), str(int(x_cm * 567)))
    fp.set(qn("w:y"), str(int(y_cm * 567)))
    pPr = par._p.get_or_add_pPr()
    pPr.insert(0, fp)


def _docx_repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def _docx_cols(section, n):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")


def _docx_shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def _docx_pagebreak(container):
    from docx.enum.text import WD_BREAK
    container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _docx_widths(t, widths_cm):
    from docx.shared import Cm
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol"), widths_cm):
        gc.w = Cm(w)
    for row in t.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def _docx_fields(container, fields, fstyle, s, add_par, avail=16.0):
    """Write fields into a body or cell. fstyle: heading | inline | kvtable."""
    from docx.shared import Pt
    tbl_rows = []

    def flush():
        if not tbl_rows:
            return
        t = container.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in tbl_rows:
            r = t.add_row().cells
            r[0].paragraphs[0].add_run(lab).bold = True
            r[1].paragraphs[0].text = "\n".join(value_lines(val)) if not isinstance(val, list) else ""
            if isinstance(val, list):
                for i, it in enumerate(val):
                    p = r[1].paragraphs[0] if i == 0 else r[1].add_paragraph()
                    p.text = "• " + it
        _docx_widths(t, (avail * 0.34, avail * 0.66))
        tbl_rows.clear()
        add_par("")

    for f in fields:
        if f.key in s.pagebreak_before:
            flush()
            _docx_pagebreak(container)
        if fstyle == "kvtable" and f.label and f.key not in ("appeal", "reasons"):
            tbl_rows.append((f.label, f.value))
            continue
        flush()
        if f.label is None:
            for ln in value_lines(f.value):
                add_par(ln)
            continue
        if fstyle == "inline" and not isinstance(f.value, list) and "\n" not in str(f.value):
            p = add_par("")
            p.add_run(f.label.rstrip(":") + ": ").bold = True
            p.add_run(str(f.value))
            continue
        p = add_par("")
        r = p.add_run(f.label)
        r.bold = True
        r.font.size = Pt(11.5)
        if isinstance(f.value, list):
            for it in f.value:
                try:
                    container.add_paragraph(it, style="List Bullet")
                except KeyError:
                    add_par("• " + it)
        else:
            for ln in value_lines(f.value):
                add_par(ln)
    flush()


def render_docx(s: Spec, variant: str, out: Path, rng: random.Random):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Liberation Sans", "Times New Roman"])
    st.font.size = Pt(rng.choice([10, 10.5, 11]))
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.2), Cm(2.4)
    sec.left_margin = sec.right_margin = Cm(2.3)
    fstyle = rng.choice(["heading", "inline", "kvtable"])
    side_right = rng.random() < 0.5

    # running header: letterhead; footer: address, page x of y, maybe the mentor's contact
    hp = sec.header.paragraphs[0]
    hp.add_run(f"{s.town} Kommune").bold = True
    hp.add_run(f"\n{s.dept}")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if rng.random() < 0.6 else WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text(s)
    for r in fp.runs:
        r.font.size = Pt(7.5)
    if s.footer_extra:
        p2 = sec.footer.add_paragraph(s.footer_extra)
        p2.runs[0].font.size = Pt(8)
    p3 = sec.footer.add_paragraph("Side ")
    _docx_field(p3, "PAGE")
    p3.add_run(" af ")
    _docx_field(p3, "NUMPAGES")
    p3.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    body = doc
    sidebar_lines = (s.sender_lines if s.letter or s.kind == "unknown" else [s.dept, f"Tlf. {s.muni[3]}"])

    def side_into(cell_or_none, frame_xy=None):
        """Sidebar text: sender block then sidebar fields."""
        pars = []
        tgt = cell_or_none
        first = True
        for ln in sidebar_lines:
            if tgt is not None:
                p = tgt.paragraphs[0] if first else tgt.add_paragraph()
                p.text = ln
            else:
                p = doc.add_paragraph(ln)
            first = False
            pars.append(p)
        for f in side_fields(s):
            p = (tgt.add_paragraph() if tgt is not None else doc.add_paragraph())
            p.add_run(f.label).bold = True
            pars.append(p)
            for ln in value_lines(f.value):
                p = (tgt.add_paragraph(ln) if tgt is not None else doc.add_paragraph(ln))
                pars.append(p)
        for p in pars:
            for r in p.runs:
                r.font.size = Pt(8.5)
            if frame_xy:
                _docx_frame(p, *frame_xy)
        return pars

    if variant == "margin-frame":
        # wide margin on one side; sender block and sidebar fields in a frame placed in that margin
        if side_right:
            sec.right_margin = Cm(6.3)
            side_into(None, (15.2, 4.0, 4.6))
        else:
            sec.left_margin = Cm(6.3)
            side_into(None, (1.2, 4.0, 4.6))
    elif variant == "letterhead":
        # sender block in a frame top right (the classic Danish letter), body full width
        sec.right_margin = Cm(2.3)
        side_into(None, (14.3, 3.4, 5.0))
        for _ in range(1):
            doc.add_paragraph("")
    container = None
    if variant == "sidebar-table":
        t = doc.add_table(rows=1, cols=2)
        t.autofit = False
        side_i, main_i = (1, 0) if side_right else (0, 1)
        widths = (Cm(4.8), Cm(11.6))
        t.columns[side_i].width, t.columns[main_i].width = widths
        for i, w in ((side_i, widths[0]), (main_i, widths[1])):
            t.rows[0].cells[i].width = w
        side_cell, container = t.rows[0].cells[side_i], t.rows[0].cells[main_i]
        _docx_shade(side_cell, rng.choice(["EDEDED", "E3EEF6", "F2EFE6"]))
        side_into(side_cell)

    tgt = container
    addp = (lambda txt: tgt.add_paragraph(txt)) if tgt is not None else (lambda txt: doc.add_paragraph(txt))
    if s.letter and s.kind != "unknown":
        for ln in citizen_lines(s):
            addp(ln)
        addp("")
    tp = addp("")
    tr = tp.add_run(s.title)
    tr.bold = True
    tr.font.size = Pt(16)
    tr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    if variant == "two-column":
        if side_fields(s) or s.letter:
            # contact block as a shaded box across the top
            t = doc.add_table(rows=1, cols=1)
            _docx_shade(t.rows[0].cells[0], "EEEEEE")
            side_into(t.rows[0].cells[0])
        new = doc.add_section(WD_SECTION.CONTINUOUS)
        _docx_cols(new, 2)
    for para in s.intro:
        addp(para)
    avail = {"two-column": 7.6, "sidebar-table": 11.2, "margin-frame": 12.2, "letterhead": 16.2}[variant]
    _docx_fields(tgt if tgt is not None else doc, main_fields(s), fstyle, s, addp, avail)
    if s.table:
        h = addp("")
        h.add_run(s.table["title"]).bold = True
        holder = tgt if tgt is not None else doc
        t = holder.add_table(rows=1, cols=len(s.table["header"]))
        t.style = "Table Grid"
        for i, hh in enumerate(s.table["header"]):
            t.rows[0].cells[i].paragraphs[0].add_run(hh).bold = True
        _docx_repeat_header(t.rows[0])
        for row in s.table["rows"]:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
        _docx_widths(t, [avail * x for x in (0.12, 0.36, 0.28, 0.24)])
    for ln in s.outro:
        addp(ln)
    doc.save(out)


# ---------------------------------------------------------------------------- ODT (odfpy) -> LibreOffice

def render_odt(s: Spec, variant: str, out: Path, rng: random.Random):
    from odf.draw import Frame, TextBox
    from odf.opendocument import OpenDocumentText
    from odf.style import (Column, Columns, Footer, GraphicProperties, Header, MasterPage, PageLayout,
                           PageLayoutProperties, ParagraphProperties, SectionProperties, Style,
                           TableColumnProperties, TableProperties, TextProperties, TableCellProperties)
    from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import List, ListItem, P, PageCount, PageNumber, Section, Span

    doc = OpenDocumentText()
    font = rng.choice(["Liberation Serif", "Liberation Sans", "DejaVu Sans", "Carlito"])
    side_right = rng.random() < 0.5
    wide = variant == "frame-sidebar"
    pl = PageLayout(name="PL1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.2cm", marginbottom="1.2cm",
                                       marginleft=("6.2cm" if wide and not side_right else "2.2cm"),
                                       marginright=("6.2cm" if wide and side_right else "2.2cm")))
    doc.automaticstyles.addElement(pl)

    def pstyle(name, size="10.5pt", bold=False, brk=False, italic=False, family="paragraph"):
        st = Style(name=name, family=family)
        st.addElement(TextProperties(fontsize=size, fontweight=("bold" if bold else "normal"), fontname=font,
                                     fontfamily=font, fontstyle=("italic" if italic else "normal")))
        if brk:
            st.addElement(ParagraphProperties(breakbefore="page"))
        else:
            st.addElement(ParagraphProperties(marginbottom="0.12cm"))
        doc.automaticstyles.addElement(st)
        return st
    PN, PB, PT, PS, PBR, PF, PH = (pstyle("Pn"), pstyle("Pb", bold=True, size="11pt"), pstyle("Pt", size="17pt", bold=True),
                                   pstyle("Ps", size="8pt"), pstyle("Pbr", bold=True, size="11pt", brk=True),
                                   pstyle("Pf", size="7.5pt"), pstyle("Ph", size="9pt", bold=True))
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hd = Header()
    hd.addElement(P(stylename=PH, text=f"{s.town} Kommune – {s.dept}"))
    mp.addElement(hd)
    ft = Footer()
    ft.addElement(P(stylename=PF, text=footer_text(s)))
    if s.footer_extra:
        ft.addElement(P(stylename=PF, text=s.footer_extra))
    pp = P(stylename=PF, text="Side ")
    pp.addElement(PageNumber(selectpage="current", text="1"))
    pp.addText(" af ")
    pp.addElement(PageCount(text="1"))
    ft.addElement(pp)
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    sidebar_lines = (s.sender_lines if s.letter or s.kind == "unknown" else [s.dept, f"Tlf. {s.muni[3]}"])

    def side_paras():
        out = [P(stylename=PS, text=ln) for ln in sidebar_lines]
        for f in side_fields(s):
            out.append(P(stylename=Style and PB, text=f.label))
            out += [P(stylename=PS, text=ln) for ln in value_lines(f.value)]
        return out

    root = doc.text
    first = P(stylename=PN, text="")
    root.addElement(first)
    if variant in ("frame-sidebar", "two-column", "header-footer"):
        gs = Style(name="Fr1", family="graphic")
        gs.addElement(GraphicProperties(wrap=("none" if wide else "parallel"), verticalpos="from-top", horizontalpos="from-left",
                                        verticalrel="page", horizontalrel="page", backgroundcolor="#ececec", fill="solid", fillcolor="#ececec",
                                        padding="0.25cm", border="none"))
        doc.automaticstyles.addElement(gs)
        x = ("15.0cm" if side_right else "1.0cm") if wide else "13.6cm"
        fr = Frame(stylename=gs, anchortype="paragraph", x=x, y="3.0cm", width=("5.0cm" if wide else "5.6cm"),
                   height=("14cm" if wide else "5.5cm"), name="Afsender")
        tb = TextBox()
        for p in side_paras():
            tb.addElement(p)
        fr.addElement(tb)
        first.addElement(fr)
    if s.letter and s.kind != "unknown":
        for ln in citizen_lines(s):
            root.addElement(P(stylename=PN, text=ln))
        if not wide:
            for _ in range(6):
                root.addElement(P(stylename=PN, text=""))
    root.addElement(P(stylename=PT, text=s.title))
    holder = root
    if variant == "two-column":
        ss = Style(name="Sect1", family="section")
        sp = SectionProperties()
        cols = Columns(columncount="2", columngap="0.8cm")
        cols.addElement(Column(relwidth="1*", startindent="0cm", endindent="0.4cm"))
        cols.addElement(Column(relwidth="1*", startindent="0.4cm", endindent="0cm"))
        sp.addElement(cols)
        ss.addElement(sp)
        doc.automaticstyles.addElement(ss)
        sect = Section(name="Brødtekst", stylename=ss)
        root.addElement(sect)
        holder = sect
    for para in s.intro:
        holder.addElement(P(stylename=PN, text=para))
    use_table = variant == "header-footer" and rng.random() < 0.6
    ts = Style(name="Tb1", family="table")
    ts.addElement(TableProperties(width="16cm", align="left"))
    doc.automaticstyles.addElement(ts)
    cs = Style(name="Tc1", family="table-cell")
    cs.addElement(TableCellProperties(border="0.5pt solid #888888", padding="0.1cm"))
    doc.automaticstyles.addElement(cs)
    col_a = Style(name="ColA", family="table-column")
    col_a.addElement(TableColumnProperties(columnwidth="4.5cm"))
    col_b = Style(name="ColB", family="table-column")
    col_b.addElement(TableColumnProperties(columnwidth="11.5cm"))
    doc.automaticstyles.addElement(col_a)
    doc.automaticstyles.addElement(col_b)
    kv = None
    for f in main_fields(s):
        brk = f.key in s.pagebreak_before
        if use_table and f.label and f.key not in ("appeal", "reasons") and not brk:
            if kv is None:
                kv = Table(name=f"Felter{len(holder.childNodes)}", stylename=ts)
                kv.addElement(TableColumn(stylename=col_a))
                kv.addElement(TableColumn(stylename=col_b))
                holder.addElement(kv)
            tr = TableRow()
            c1 = TableCell(stylename=cs)
            c1.addElement(P(stylename=PB, text=f.label))
            c2 = TableCell(stylename=cs)
            for ln in value_lines(f.value):
                c2.addElement(P(stylename=PN, text=("• " + ln if isinstance(f.value, list) else ln)))
            tr.addElement(c1)
            tr.addElement(c2)
            kv.addElement(tr)
            continue
        kv = None
        if f.label is None:
            for ln in value_lines(f.value):
                holder.addElement(P(stylename=PBR if brk else PN, text=ln))
            continue
        holder.addElement(P(stylename=PBR if brk else PB, text=f.label))
        if isinstance(f.value, list):
            lst = List()
            for it in f.value:
                li = ListItem()
                li.addElement(P(stylename=PN, text=it))
                lst.addElement(li)
            holder.addElement(lst)
        else:
            for ln in value_lines(f.value):
                holder.addElement(P(stylename=PN, text=ln))
    if s.table:
        holder.addElement(P(stylename=PB, text=s.table["title"]))
        t = Table(name="Moedeplan", stylename=ts)
        for _ in s.table["header"]:
            t.addElement(TableColumn())
        thr = TableHeaderRows()
        tr = TableRow()
        for h in s.table["header"]:
            c = TableCell(stylename=cs)
            c.addElement(P(stylename=PB, text=h))
            tr.addElement(c)
        thr.addElement(tr)
        t.addElement(thr)
        for row in s.table["rows"]:
            tr = TableRow()
            for v in row:
                c = TableCell(stylename=cs)
                c.addElement(P(stylename=PN, text=v))
                tr.addElement(c)
            t.addElement(tr)
        holder.addElement(t)
    for ln in s.outro:
        holder.addElement(P(stylename=PN, text=ln))
    doc.save(str(out))


# ---------------------------------------------------------------------------- HTML -> Chromium

CSS_BASE = """
@page { size: A4; }
body { font-family: %(font)s; font-size: %(size)spt; color: #222; margin: 0; }
h1 { font-size: 19pt; color: #123a5a; margin: 0 0 10px 0; }
.lbl { font-weight: 700; margin-top: 10px; }
.kv { display: grid; grid-template-columns: 38%% 62%%; border-top: 1px solid #bbb; }
.kv > div { padding: 4px 6px; border-bottom: 1px solid #bbb; }
.kv > div.k { font-weight: 600; background: #f4f4f4; }
aside { background: %(bg)s; padding: 12px; font-size: 8.5pt; line-height: 1.35; }
aside b { display: block; margin-top: 8px; }
table.plan { border-collapse: collapse; width: 100%%; margin-top: 6px; }
table.plan th, table.plan td { border: 1px solid #999; padding: 3px 5px; text-align: left; font-size: 9pt; }
.pb { break-before: page; }
ul { margin: 4px 0 4px 18px; padding: 0; }
"""


def _h(t):
    return html.escape(str(t))


def _html_field(f, fstyle, s):
    cls = ' class="pb"' if f.key in s.pagebreak_before else ""
    if f.label is None:
        return f"<div{cls}>" + "".join(f"<p>{_h(x)}</p>" for x in value_lines(f.value)) + "</div>"
    if isinstance(f.value, list):
        val = "<ul>" + "".join(f"<li>{_h(x)}</li>" for x in f.value) + "</ul>"
    else:
        val = "<br>".join(_h(x) for x in value_lines(f.value))
    if fstyle == "kv" and f.key not in ("appeal", "reasons"):
        return f'<div class="kv"{cls}><div class="k">{_h(f.label)}</div><div>{val}</div></div>'
    if fstyle == "inline" and not isinstance(f.value, list):
        return f"<p{cls}><strong>{_h(f.label.rstrip(':'))}:</strong> {val}</p>"
    return f'<section{cls}><div class="lbl">{_h(f.label)}</div><div>{val}</div></section>'


def build_html(s: Spec, variant: str, rng: random.Random):
    fstyle = rng.choice(["kv", "inline", "block"])
    css = CSS_BASE % {"font": rng.choice(["'DejaVu Sans'", "'Liberation Sans'", "'Liberation Serif'", "Carlito"]),
                      "size": rng.choice([9.5, 10, 10.5]), "bg": rng.choice(["#eef2f6", "#f3f0e8", "#e9f3ec"])}
    sidebar_lines = (s.sender_lines if s.letter or s.kind == "unknown" else [s.dept, f"Tlf. {s.muni[3]}"])
    aside = "<aside>" + "<br>".join(_h(x) for x in sidebar_lines)
    for f in side_fields(s):
        aside += f"<b>{_h(f.label)}</b>" + "<br>".join(_h(x) for x in value_lines(f.value))
    aside += "</aside>"
    main = ""
    if s.letter and s.kind != "unknown":
        main += "<p>" + "<br>".join(_h(x) for x in citizen_lines(s)) + "</p>"
    main += f"<h1>{_h(s.title)}</h1>" + "".join(f"<p>{_h(p)}</p>" for p in s.intro)
    body_fields = "".join(_html_field(f, fstyle, s) for f in main_fields(s))
    tbl = ""
    if s.table:
        tbl = (f'<div class="lbl">{_h(s.table["title"])}</div><table class="plan"><thead><tr>'
               + "".join(f"<th>{_h(h)}</th>" for h in s.table["header"]) + "</tr></thead><tbody>"
               + "".join("<tr>" + "".join(f"<td>{_h(v)}</td>" for v in r) + "</tr>" for r in s.table["rows"])
               + "</tbody></table>")
    outro = "".join(f"<p>{_h(x)}</p>" for x in s.outro)
    if variant == "grid-sidebar":
        side_first = rng.random() < 0.6
        cols = "5.2cm 1fr" if side_first else "1fr 5.2cm"
        inner = (aside + f"<main>{main}{body_fields}{tbl}{outro}</main>") if side_first else (f"<main>{main}{body_fields}{tbl}{outro}</main>" + aside)
        page = f'<div style="display:grid; grid-template-columns:{cols}; gap:0.8cm; align-items:start">{inner}</div>'
    elif variant == "flex-sidebar":
        page = (f'<div style="display:flex; flex-direction:row-reverse; gap:24px">'
                f'<div style="flex:0 0 30%">{aside}</div><div style="flex:1">{main}{body_fields}{tbl}{outro}</div></div>')
    else:  # multicol
        page = (f'<div style="display:flex; justify-content:space-between">'
                f'<div>{main}</div><div style="width:6cm">{aside}</div></div>'
                f'<div style="column-count:2; column-gap:1cm; column-rule:1px solid #ccc">{body_fields}</div>{tbl}{outro}')
    doc = f"<!doctype html><html lang=da><head><meta charset=utf-8><title>{_h(s.title)}</title><style>{css}</style></head><body>{page}</body></html>"
    header = (f'<div style="font-size:8px; width:100%; padding:0 1.5cm; display:flex; justify-content:space-between">'
              f'<span>{_h(s.town)} Kommune · {_h(s.dept)}</span><span>Side <span class="pageNumber"></span> af <span class="totalPages"></span></span></div>')
    foot = _h(footer_text(s))
    if s.footer_extra:
        foot += "<br>" + _h(s.footer_extra)
    footer = f'<div style="font-size:7px; width:100%; padding:0 1.5cm; color:#444">{foot}</div>'
    return doc, header, footer


# ---------------------------------------------------------------------------- reportlab

BOILERPLATE = [
    "Mentorstøtten gives som direkte kontakt mellem mentor og dig. Mentorens forberedelse og kørsel regnes ikke med.",
    "Mentor har tavshedspligt. Mentor må kun give oplysninger videre til kommunen, når det er nødvendigt for samarbejdet, og når du har givet samtykke.",
    "Hvis du er syg eller ikke kan komme til en aftale, skal du give din mentor besked så tidligt som muligt.",
    "Mentoren udfører ikke almindelige arbejdsopgaver på arbejdspladsen eller uddannelsesstedet i de timer, der er afsat til mentorstøtte.",
    "Du kan altid kontakte din sagsbehandler, hvis samarbejdet med mentor ikke fungerer.",
]

def render_rl(s: Spec, variant: str, out: Path, rng: random.Random):
    if variant == "frames-sidebar":
        return _rl_platypus(s, out, rng)
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    W, H = A4
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(s.title)
    font, bold = "Helvetica", "Helvetica-Bold"
    state = {"y": 0.0, "page": 1}
    mx = rng.choice([47, 53, 61])
    rotated = variant == "rotated-margin"
    labels_above = variant == "labels-above"
    lab_w = rng.choice([131, 143, 157, 167])

    def chrome():
        c.setFont(bold, 11)
        c.drawString(mx, H - 40, f"{s.town} Kommune")
        c.setFont(font, 8)
        c.drawRightString(W - mx, H - 40, f"{s.dept}   |   Side {state['page']}")
        c.line(mx, H - 47, W - mx, H - 47)
        c.setFont(font, 6.3)
        c.drawString(mx, 34, footer_text(s))
        if s.footer_extra:
            c.setFont(font, 7)
            c.drawString(mx, 24, s.footer_extra)
        if rotated:
            c.saveState()
            c.translate(22, 120)
            c.rotate(90)
            c.setFont(font, 6.5)
            c.drawString(0, 0, f"J.nr. {s.journal} · Dokument oprettet {fmt_date(s.letter_date, 1)} · {s.dept}")
            c.restoreState()
        state["y"] = H - 72

    def newpage():
        c.showPage()
        state["page"] += 1
        chrome()

    def need(h):
        if state["y"] - h < 60:
            newpage()

    def text_lines(txt, x, w, size=9.5, fnt=None, lead=None):
        lead = lead or size * 1.3
        for ln in simpleSplit(txt, fnt or font, size, w):
            need(lead)
            c.setFont(fnt or font, size)
            c.drawString(x, state["y"] - size, ln)
            state["y"] -= lead

    chrome()
    # sender block top right in a box, or a grey sidebar strip on page 1
    side = s.sender_lines if (s.letter or s.kind == "unknown") else [s.dept, f"Tlf. {s.muni[3]}"]
    side_items = [(None, x) for x in side] + [(f.label, "\n".join(value_lines(f.value))) for f in side_fields(s)]
    sx, sw = W - mx - 170, 170
    sy = H - 70
    lines = []
    for lab, val in side_items:
        if lab:
            lines.append((bold, lab))
        for v in str(val).split("\n"):
            lines += [(font, x) for x in (simpleSplit(v, font, 7.8, sw - 12) or [""])]
    box_h = 11 * len(lines) + 12
    c.setFillGray(0.93)
    c.rect(sx, sy - box_h, sw, box_h, stroke=0, fill=1)
    c.setFillGray(0)
    yy = sy - 14
    for fnt, ln in lines:
        c.setFont(fnt, 7.8)
        c.drawString(sx + 6, yy, ln)
        yy -= 11
    body_w = sx - mx - 18
    if s.letter and s.kind != "unknown":
        for ln in citizen_lines(s):
            text_lines(ln, mx, body_w)
        state["y"] -= 12
    text_lines(s.title, mx, body_w, 15, bold, 19)
    state["y"] -= 4
    for p in s.intro:
        text_lines(p, mx, body_w)
        state["y"] -= 4
    full_w = W - 2 * mx
    first_page_bottom = sy - box_h - 10

    def width_now():
        return body_w if (state["page"] == 1 and state["y"] > first_page_bottom) else full_w

    for f in main_fields(s):
        if f.key in s.pagebreak_before:
            newpage()
        w = width_now()
        vals = value_lines(f.value)
        if isinstance(f.value, list):
            vals = ["• " + v for v in vals]
        if f.key == "tasks" and "placement:split_tasks" in s.traits and len(vals) >= 5 and state["page"] == 1:
            # the form's fixed boxes push the task list to the foot of page 1: it continues on page 2
            target = 60 + 13 * 3 + 14
            if state["y"] > target:
                text_lines("Generelt om mentorstøtte", mx, w, 10, bold)
                k = 0
                while state["y"] > target + 70 and k < len(BOILERPLATE):
                    text_lines(BOILERPLATE[k % len(BOILERPLATE)], mx, w, 9.3)
                    state["y"] -= 5
                    k += 1
                state["y"] = min(state["y"], target)
                s.traits.append("field-split-across-pages")
        if f.label is None:
            for v in vals:
                text_lines(v, mx, w)
            state["y"] -= 6
            continue
        if labels_above:
            # small grey label above the value, value in a box
            need(40)
            c.setFont(font, 7)
            c.setFillGray(0.35)
            c.drawString(mx + 3, state["y"] - 8, f.label.upper() if len(f.label) < 30 else f.label)
            c.setFillGray(0)
            state["y"] -= 12
            top = state["y"]
            pg = state["page"]
            for v in vals:
                text_lines(v, mx + 6, w - 12, 9.5)
            if pg == state["page"]:
                c.rect(mx, state["y"] - 2, w, top - state["y"] + 2, stroke=1, fill=0)
            state["y"] -= 10
        else:
            # label left, value right, at the form's own x; boxes around each row
            need(16)
            top = state["y"]
            pg = state["page"]
            lab_lines = simpleSplit(f.label, bold, 8.8, lab_w - 10)
            c.setFont(bold, 8.8)
            ly = top
            for ll in lab_lines:
                c.drawString(mx + 4, ly - 11, ll)
                ly -= 11
            state["y"] = top - 2
            for v in vals:
                text_lines(v, mx + lab_w + 7, w - lab_w - 12, 9.3)
            state["y"] = (min(state["y"], ly) if pg == state["page"] else state["y"]) - 4
            if pg == state["page"]:
                c.rect(mx, state["y"], w, top - state["y"], stroke=1, fill=0)
                c.line(mx + lab_w, state["y"], mx + lab_w, top)
            state["y"] -= 3
    if s.table:
        state["y"] -= 8
        text_lines(s.table["title"], mx, full_w, 10, bold)
        colx = [mx, mx + 50, mx + 230, mx + 360]

        def header_row():
            need(16)
            c.setFont(bold, 8.5)
            for x, h in zip(colx, s.table["header"]):
                c.drawString(x + 3, state["y"] - 10, h)
            c.line(mx, state["y"] - 13, W - mx, state["y"] - 13)
            state["y"] -= 16
        header_row()
        for row in s.table["rows"]:
            if state["y"] - 13 < 60:
                newpage()
                header_row()
            c.setFont(font, 8.5)
            for x, v in zip(colx, row):
                c.drawString(x + 3, state["y"] - 10, v)
            state["y"] -= 13
    state["y"] -= 10
    for ln in s.outro:
        text_lines(ln, mx, full_w)
    c.setFont(font, 5.8)
    c.drawString(mx, 46, "Oplysningerne behandles efter databeskyttelsesforordningen. Læs mere om, hvordan kommunen behandler dine personoplysninger, på kommunens hjemmeside.")
    c.save()


def _rl_platypus(s: Spec, out: Path, rng: random.Random):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)

    W, H = A4
    side_left = rng.random() < 0.5
    two_col = rng.random() < 0.4
    N = ParagraphStyle("n", fontName="Helvetica", fontSize=9.5, leading=12.5)
    B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold", spaceBefore=6)
    T = ParagraphStyle("t", parent=N, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=6)
    S = ParagraphStyle("s", parent=N, fontSize=7.8, leading=10)

    def chrome(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(2 * cm, H - 1.3 * cm, f"{s.town} Kommune")
        c.setFont("Helvetica", 7)
        c.drawString(2 * cm, 1.1 * cm, footer_text(s))
        if s.footer_extra:
            c.drawString(2 * cm, 0.75 * cm, s.footer_extra)
        c.drawRightString(W - 2 * cm, H - 1.3 * cm, f"Side {d.page}")
        c.restoreState()

    sw = 5.0 * cm
    mw = W - 4 * cm - sw - 0.7 * cm
    mx = 2 * cm + (sw + 0.7 * cm if side_left else 0)
    sx = 2 * cm if side_left else W - 2 * cm - sw
    f_side = Frame(sx, 2 * cm, sw, H - 4.2 * cm, id="side", showBoundary=0)
    f_main = Frame(mx, 2 * cm, mw, H - 4.2 * cm, id="main")
    later = ([Frame(2 * cm, 2 * cm, (W - 4.6 * cm) / 2, H - 4.2 * cm, id="c1"),
              Frame(2.6 * cm + (W - 4.6 * cm) / 2, 2 * cm, (W - 4.6 * cm) / 2, H - 4.2 * cm, id="c2")]
             if two_col else [Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4.2 * cm, id="full")])
    doc = BaseDocTemplate(str(out), pagesize=A4, title=s.title)
    doc.addPageTemplates([PageTemplate("first", [f_side, f_main], onPage=chrome),
                          PageTemplate("later", later, onPage=chrome)])
    story = [NextPageTemplate("later")]
    side = s.sender_lines if (s.letter or s.kind == "unknown") else [s.dept, f"Tlf. {s.muni[3]}"]
    for ln in side:
        story.append(Paragraph(html.escape(ln) or "&nbsp;", S))
    for f in side_fields(s):
        story.append(Paragraph(html.escape(f.label), ParagraphStyle("sb", parent=S, fontName="Helvetica-Bold", spaceBefore=6)))
        for ln in value_lines(f.value):
            story.append(Paragraph(html.escape(ln), S))
    story.append(FrameBreak())
    if s.letter and s.kind != "unknown":
        for ln in citizen_lines(s):
            story.append(Paragraph(html.escape(ln), N))
        story.append(Spacer(1, 12))
    story.append(Paragraph(html.escape(s.title), T))
    for p in s.intro:
        story.append(Paragraph(html.escape(p), N))
    for f in main_fields(s):
        if f.key in s.pagebreak_before:
            story.append(PageBreak())
        if f.label:
            story.append(Paragraph(html.escape(f.label), B))
        for ln in value_lines(f.value):
            story.append(Paragraph(("• " if isinstance(f.value, list) else "") + html.escape(ln), N))
    if s.table:
        story.append(Paragraph(html.escape(s.table["title"]), B))
        t = Table([s.table["header"]] + s.table["rows"], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
        story.append(t)
    story.append(Spacer(1, 10))
    for ln in s.outro:
        story.append(Paragraph(html.escape(ln), N))
    doc.build(story)
