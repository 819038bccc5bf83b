"""Word documents as municipalities make them (python-docx plus raw XML), converted to PDF by LibreOffice.

Geometries: letterhead in the header, an information column in a text box in a wide right margin,
a left information column as a borderless layout table, two text columns, label/value tables
that split over a page break, Word auto-numbered lists with a hanging indent, footers with the
municipality's address and "Side X af Y".
"""

from __future__ import annotations

import random

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from content import Sec

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')

FONTS = ["Calibri", "Arial", "Verdana", "Times New Roman", "Georgia"]


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_field(par, instr: str) -> None:
    """A Word field (PAGE, NUMPAGES) as fldChar runs, as Word writes it."""
    r = par.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r = par.add_run()
    r._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    r = par.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    par.add_run("1")
    r = par.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def text_box(par, lines: list[tuple[str, bool]], x_cm: float, y_cm: float, w_cm: float, h_cm: float,
             size: int = 8, box_id: int = 1) -> None:
    """An anchored DrawingML text box (wps) at a page position; lines are (text, bold)."""
    emu = lambda cm: int(cm * 360000)
    paras = "".join(
        f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>{"<w:b/>" if b else ""}<w:sz w:val="{size * 2}"/></w:rPr>'
        f'<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>' for t, b in lines)
    xml = f'''<w:r {NS}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{251659264 + box_id}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{emu(x_cm)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{emu(y_cm)}</wp:posOffset></wp:positionV>
<wp:extent cx="{emu(w_cm)}" cy="{emu(h_cm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{box_id + 100}" name="Tekstfelt {box_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w_cm)}" cy="{emu(h_cm)}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'''
    par._p.append(parse_xml(xml))


def no_borders(table) -> None:
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))


def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cols(section, n: int) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        section._sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="{n}" w:space="567"/>'))
    else:
        cols.set(qn("w:num"), str(n))
        cols.set(qn("w:space"), "567")


class Letter:
    """A municipal letter in Word."""

    def __init__(self, r: random.Random, c, geometry: str):
        self.r, self.c, self.geometry = r, c, geometry
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = r.choice(FONTS)
        st.font.size = Pt(r.choice([10, 10.5, 11, 11]))
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(3.2), Cm(2.6)
        sec.left_margin, sec.right_margin = Cm(2.3), Cm(2.3)
        self.head_style = r.choice(["heading", "bold", "bold", "caps"])
        self.body = self.doc  # where paragraphs go (a cell for the left-sidebar layout)

    # --- page furniture
    def letterhead(self, right_info: bool) -> None:
        c, sec = self.c, self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        run = hp.add_run(c.muni[0])
        run.bold, run.font.size, run.font.color.rgb = True, Pt(14), RGBColor(0x1F, 0x3A, 0x5F)
        if self.r.random() < 0.6:
            hp2 = sec.header.add_paragraph(c.muni[1])
            hp2.runs[0].font.size = Pt(9)
        if right_info:
            hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fr = fp.add_run(f"{c.muni[0]} · {c.muni[2]} · {c.muni[3]} · Tlf. {c.muni[4]} · www.{c.muni[5]}")
        fr.font.size = Pt(8)
        if self.r.random() < 0.85:
            pp = sec.footer.add_paragraph()
            pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            pp.add_run("Side ").font.size = Pt(8)
            add_field(pp, "PAGE")
            if self.r.random() < 0.7:
                pp.add_run(" af ")
                add_field(pp, "NUMPAGES")

    def info_lines(self) -> list[tuple[str, bool]]:
        c = self.c
        d = f"{c.date.day}. {['januar','februar','marts','april','maj','juni','juli','august','september','oktober','november','december'][c.date.month-1]} {c.date.year}"
        lines = [(c.muni[1], True), (c.muni[2], False), (c.muni[3], False), ("", False),
                 ("Dato", True), (d, False), ("", False), ("Sagsnr.", True), (c.case_no, False), ("", False),
                 ("Sagsbehandler", True), (c.caseworker.name, False), ("Direkte tlf.", True), (c.caseworker.phone, False),
                 ("E-mail", True), (c.caseworker.email, False)]
        if self.r.random() < 0.5:
            lines += [("", False), ("Telefontid", True), ("Man-tors 9-12", False)]
        return lines

    def right_info_column(self) -> None:
        sec = self.doc.sections[0]
        sec.right_margin = Cm(6.0)
        p = self.doc.add_paragraph()
        text_box(p, self.info_lines(), 15.6, 3.4, 4.6, 9.5, size=8)

    def left_sidebar(self) -> None:
        t = self.doc.add_table(rows=1, cols=2)
        no_borders(t)
        t.autofit = False
        left, right = t.rows[0].cells
        left.width, right.width = Cm(4.2), Cm(12.2)
        shade(left, "EDEFF2")
        left.paragraphs[0].text = ""
        for txt, b in self.info_lines():
            p = left.add_paragraph()
            run = p.add_run(txt)
            run.bold = b
            run.font.size = Pt(7.5)
            p.paragraph_format.space_after = Pt(0)
        self.body = right
        right.paragraphs[0].text = ""

    def recipient(self, with_cpr: bool = True) -> None:
        c = self.c
        p = self.body.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(c.citizen.name)
        for line in (c.address, c.muni[3]):
            p.add_run().add_break()
            p.add_run(line)
        if with_cpr and c.cpr:
            p2 = self.body.add_paragraph()
            p2.add_run(self.r.choice(["CPR-nr.: ", "Cpr.nr. ", "CPR: "]) + c.cpr)
        self.body.add_paragraph()

    # --- text
    def title(self, text: str) -> None:
        p = self.body.add_paragraph()
        run = p.add_run(text)
        run.bold, run.font.size = True, Pt(15)

    def heading(self, text: str) -> None:
        if self.head_style == "heading" and self.body is self.doc:
            self.doc.add_heading(text, level=2)
            return
        p = self.body.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text.upper() if self.head_style == "caps" and not text.endswith((":", "?")) else text)
        run.bold = True

    def para(self, text: str, size: float | None = None):
        p = self.body.add_paragraph(text)
        if size:
            for run in p.runs:
                run.font.size = Pt(size)
        return p

    def bullets(self, items: list[str]) -> None:
        for it in items:
            if self.body is self.doc:
                self.doc.add_paragraph(it, style="List Bullet")
            else:
                self.body.add_paragraph("• " + it)

    def numbered(self, items: list[str]) -> None:
        for it in items:
            if self.body is self.doc:
                self.doc.add_paragraph(it, style="List Number")
            else:
                self.body.add_paragraph(it)

    def section(self, s: Sec) -> None:
        if s.label:
            self.heading(s.label)
        if s.pairs:
            for k, v in s.pairs:
                self.para(f"{k}: {v}")
        if isinstance(s.body, list):
            self.bullets(s.body)
        elif s.body:
            self.para(s.body)

    def kv_table(self, secs: list[Sec], style: str = "Table Grid") -> None:
        t = self.body.add_table(rows=0, cols=2)
        try:
            t.style = style
        except Exception:
            pass
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        for s in secs:
            row = t.add_row().cells
            row[0].width, row[1].width = Cm(4.5), Cm(11.5)
            row[0].paragraphs[0].add_run(s.label or "").bold = True
            cell = row[1]
            first = True
            vals = []
            if s.pairs:
                vals += [f"{k}: {v}" for k, v in s.pairs]
            if isinstance(s.body, list):
                vals += ["• " + b for b in s.body]
            elif s.body:
                vals.append(s.body)
            for v in vals:
                if first:
                    cell.paragraphs[0].text = v
                    first = False
                else:
                    cell.add_paragraph(v)
        self.body.add_paragraph()

    def numbered_fields(self, secs: list[Sec]) -> None:
        """"1. Målet med mentorstøtten" as Word auto-numbered items with the value indented below."""
        for s in secs:
            p = self.doc.add_paragraph(style="List Number")
            p.add_run(s.label or "").bold = True
            vals = []
            if s.pairs:
                vals += [f"{k}: {v}" for k, v in s.pairs]
            if isinstance(s.body, list):
                vals += ["– " + b for b in s.body]
            elif s.body:
                vals.append(s.body)
            for v in vals:
                q = self.doc.add_paragraph(v)
                q.paragraph_format.left_indent = Cm(0.63)

    def signatures(self, who: list[str]) -> None:
        self.body.add_paragraph()
        self.heading(self.r.choice(["Underskrifter", "Underskrift", "Vi er enige om aftalen"]))
        t = self.body.add_table(rows=2, cols=len(who))
        no_borders(t)
        for i, w in enumerate(who):
            t.rows[0].cells[i].text = "\n\n_______________________"
            t.rows[1].cells[i].text = f"Dato / {w}"

    def two_columns(self) -> None:
        set_cols(self.doc.sections[0], 2)

    def save(self, path) -> None:
        self.doc.save(str(path))
