"""Renderers for corpus GC: DOCX (text boxes, frames, side cells, two columns), ODT (page and
paragraph frames, two-column sections, side cells), reportlab PDF (sidebars, two columns,
narrow wrapped tables), e-mail (signature cards and text under the signature) and HTML (aside)."""
from __future__ import annotations

import datetime as dt
import html
import random
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

# ------------------------------------------------------------------ DOCX

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS_ALL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def _docx_base(rng):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Verdana", "Times New Roman"])
    st.font.size = Pt(rng.choice([10, 10.5, 11]))
    for s in d.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.2)
    return d


def _docx_add(container, items, rng, small=False, heading_style=None):
    """Add items to a Document or a cell."""
    for it in items:
        t = it[0]
        if t == "title":
            p = container.add_paragraph()
            r = p.add_run(it[1])
            r.bold = True
            r.font.size = Pt(16)
        elif t == "h":
            if heading_style and hasattr(container, "add_heading"):
                container.add_heading(it[1], level=heading_style)
            else:
                p = container.add_paragraph()
                p.add_run(it[1]).bold = True
        elif t == "p":
            container.add_paragraph(it[1])
        elif t == "lv":
            p = container.add_paragraph()
            p.add_run(it[1] + ": ").bold = True
            parts = it[2].split("\n")
            for i, part in enumerate(parts):
                r = p.add_run(part)
                if i < len(parts) - 1:
                    r.add_break()
        elif t == "ul":
            for x in it[1]:
                try:
                    container.add_paragraph(x, style="List Bullet")
                except KeyError:
                    container.add_paragraph("• " + x)
        elif t == "lines":
            p = container.add_paragraph()
            for i, line in enumerate(it[1]):
                r = p.add_run(line)
                if small:
                    r.font.size = Pt(9)
                if i < len(it[1]) - 1:
                    r.add_break()
    return container


def _para_xml(items):
    """WordprocessingML paragraphs for a text box or frame."""
    out = []

    def para(runs, ppr=""):
        rs = "".join(f'<w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{html.escape(x)}</w:t></w:r>'
                     if x != "\n" else "<w:r><w:br/></w:r>" for x, b in runs)
        return f"<w:p>{ppr}{rs}</w:p>"
    for it in items:
        t = it[0]
        if t in ("title", "h"):
            out.append(para([(it[1], True)]))
        elif t == "p":
            out.append(para([(it[1], False)]))
        elif t == "lv":
            runs = [(it[1] + ": ", True)]
            for i, part in enumerate(it[2].split("\n")):
                if i:
                    runs.append(("\n", False))
                runs.append((part, False))
            out.append(para(runs))
        elif t == "ul":
            for x in it[1]:
                out.append(para([("• " + x, False)]))
        elif t == "lines":
            runs = []
            for i, line in enumerate(it[1]):
                if i:
                    runs.append(("\n", False))
                runs.append((line, False))
            out.append(para(runs))
    return out


def _textbox_run(items, x_emu, y_emu, w_emu, h_emu, ident):
    paras = "".join(_para_xml(items))
    xml = f'''<w:r {NS_ALL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + ident}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV>
<wp:extent cx="{w_emu}" cy="{h_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{ident}" name="Tekstfelt {ident}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w_emu}" cy="{h_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="EEF3F8"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="8EAADB"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Tekstfelt{ident}" o:spid="_x0000_s{1025 + ident}" type="#_x0000_t202" style="position:absolute;margin-left:{x_emu / 12700:.1f}pt;margin-top:{y_emu / 12700:.1f}pt;width:{w_emu / 12700:.1f}pt;height:{h_emu / 12700:.1f}pt;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="#eef3f8" strokecolor="#8eaadb" strokeweight=".5pt">
<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox><w10:wrap type="square" anchorx="page" anchory="page"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    return parse_xml(xml)


def _sig_items(doc):
    return [("lines", doc["sig"])] if doc["sig"] else []


def render_docx(doc, path: Path, layout: str, rng: random.Random):
    d = _docx_base(rng)
    hs = rng.choice([None, 2])
    if layout == "docx-textbox":
        _docx_add(d, doc["head"], rng)
        _docx_add(d, doc["main"], rng, heading_style=hs)
        _docx_add(d, _sig_items(doc) + doc["post"], rng)
        paras = d.paragraphs
        where = rng.choice(["first", "last", "middle"])
        anchor = {"first": paras[0], "last": paras[-1], "middle": paras[len(paras) // 2]}[where]
        anchor._p.append(_textbox_run(doc["side"], int(Cm(13.2)), int(Cm(rng.choice([3.0, 4.5, 6.0]))),
                                      int(Cm(6.0)), int(Cm(rng.choice([9, 11, 13]))), 1))
        for s in d.sections:
            s.right_margin = Cm(7.6)
        doc["traits"].append(f"textbox-anchor:{where}")
    elif layout == "docx-frame":
        side_first = rng.random() < 0.5
        x = rng.choice([7600, 7900])
        fpr = (f'<w:framePr {W_NS} w:w="3300" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
               f'w:x="{x}" w:y="{rng.choice([2200, 3000, 3800])}"/>')
        def add_frame():
            start = len(d.paragraphs)
            _docx_add(d, doc["side"], rng, small=True)
            for p in d.paragraphs[start:]:
                ppr = p._p.get_or_add_pPr()
                ppr.insert(0, parse_xml(fpr))
                ppr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="F2F2F2"/>'))
        if side_first:
            add_frame()
        _docx_add(d, doc["head"], rng)
        _docx_add(d, doc["main"], rng, heading_style=hs)
        _docx_add(d, _sig_items(doc) + doc["post"], rng)
        if not side_first:
            add_frame()
        for s in d.sections:
            s.right_margin = Cm(8.0)
        doc["traits"].append("frame:" + ("first" if side_first else "last"))
    elif layout == "docx-sidetable":
        _docx_add(d, doc["head"], rng)
        t = d.add_table(rows=1, cols=2)
        side_left = rng.random() < 0.35
        body_cell, side_cell = (t.cell(0, 1), t.cell(0, 0)) if side_left else (t.cell(0, 0), t.cell(0, 1))
        widths = (Cm(5.2), Cm(11.4)) if side_left else (Cm(11.4), Cm(5.2))
        for i, wdt in enumerate(widths):
            t.cell(0, i).width = wdt
        body_cell.paragraphs[0].text = ""
        _docx_add(body_cell, doc["main"], rng)
        _docx_add(body_cell, _sig_items(doc), rng)
        side_cell.paragraphs[0].text = ""
        _docx_add(side_cell, doc["side"], rng, small=True)
        tcpr = side_cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="E7EEF7"/>'))
        _docx_add(d, doc["post"], rng)
        doc["traits"].append("side-cell:" + ("left" if side_left else "right"))
    elif layout == "docx-twocol":
        _docx_add(d, doc["head"], rng)
        if doc["side"]:
            _docx_add(d, doc["side"], rng)
        sec = d.add_section(WD_SECTION.CONTINUOUS)
        cols = sec._sectPr.xpath("./w:cols")
        if cols:
            cols[0].set(qn("w:num"), "2")
            cols[0].set(qn("w:space"), "567")
        else:
            sec._sectPr.append(parse_xml(f'<w:cols {W_NS} w:num="2" w:space="567"/>'))
        main = doc["main"]
        _docx_add(d, main[: len(main) // 2 + 1], rng, heading_style=hs)
        if rng.random() < 0.5:
            d.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
            doc["traits"].append("column-break")
        _docx_add(d, main[len(main) // 2 + 1:], rng, heading_style=hs)
        _docx_add(d, _sig_items(doc) + doc["post"], rng)
    else:
        raise ValueError(layout)
    d.core_properties.author = doc["ctx"].caseworker
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.save(str(path))


# ------------------------------------------------------------------ ODT

from odf.opendocument import OpenDocumentText
from odf.style import (GraphicProperties, ParagraphProperties, SectionProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties, Columns, Column)
from odf import draw, table as otable, text as otext


def _odt_styles(o):
    st = {}
    s = Style(name="Fed", family="text")
    s.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(s)
    st["bold"] = s
    s = Style(name="Titel", family="paragraph")
    s.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    s.addElement(ParagraphProperties(marginbottom="0.3cm"))
    o.automaticstyles.addElement(s)
    st["title"] = s
    s = Style(name="Lille", family="paragraph")
    s.addElement(TextProperties(fontsize="9pt"))
    o.automaticstyles.addElement(s)
    st["small"] = s
    s = Style(name="Overskrift", family="paragraph")
    s.addElement(TextProperties(fontweight="bold"))
    s.addElement(ParagraphProperties(margintop="0.25cm"))
    o.automaticstyles.addElement(s)
    st["h"] = s
    return st


def _odt_add(parent, items, st, small=False):
    pst = st["small"] if small else None
    for it in items:
        t = it[0]
        if t == "title":
            parent.addElement(otext.P(stylename=st["title"], text=it[1]))
        elif t == "h":
            parent.addElement(otext.P(stylename=st["h"], text=it[1]))
        elif t == "p":
            parent.addElement(otext.P(text=it[1], **({"stylename": pst} if pst else {})))
        elif t == "lv":
            p = otext.P(**({"stylename": pst} if pst else {}))
            p.addElement(otext.Span(stylename=st["bold"], text=it[1] + ": "))
            for i, part in enumerate(it[2].split("\n")):
                if i:
                    p.addElement(otext.LineBreak())
                p.addText(part)
            parent.addElement(p)
        elif t == "ul":
            lst = otext.List()
            for x in it[1]:
                li = otext.ListItem()
                li.addElement(otext.P(text=x))
                lst.addElement(li)
            parent.addElement(lst)
        elif t == "lines":
            p = otext.P(**({"stylename": pst} if pst else {}))
            for i, line in enumerate(it[1]):
                if i:
                    p.addElement(otext.LineBreak())
                p.addText(line)
            parent.addElement(p)


def render_odt(doc, path: Path, layout: str, rng: random.Random):
    o = OpenDocumentText()
    st = _odt_styles(o)
    body = o.text
    if layout in ("odt-pageframe", "odt-paraframe"):
        gs = Style(name="Ramme", family="graphic")
        gp = dict(border="0.5pt solid #8eaadb", backgroundcolor="#eef3f8", padding="0.2cm")
        if layout == "odt-pageframe":
            gp.update(wrap="parallel", verticalpos="from-top", verticalrel="page", horizontalpos="from-left", horizontalrel="page")
        else:
            gp.update(wrap="parallel", horizontalpos="right", horizontalrel="paragraph", verticalpos="top", verticalrel="paragraph")
        gs.addElement(GraphicProperties(**gp))
        o.automaticstyles.addElement(gs)
        fr_kwargs = dict(stylename=gs, width="6cm", name="Sideboks")
        if layout == "odt-pageframe":
            fr = draw.Frame(anchortype="page", anchorpagenumber="1", x="13.5cm", y=f"{rng.choice([3.5, 5, 7])}cm", **fr_kwargs)
        else:
            fr = draw.Frame(anchortype="paragraph", **fr_kwargs)
        tb = draw.TextBox(minheight="4cm")
        fr.addElement(tb)
        _odt_add(tb, doc["side"], st, small=True)
        where = rng.choice(["start", "end"]) if layout == "odt-pageframe" else "para"
        if where == "start":
            body.addElement(fr)
        _odt_add(body, doc["head"], st)
        main = doc["main"]
        if layout == "odt-paraframe":
            k = rng.randint(0, max(0, len(main) - 2))
            _odt_add(body, main[:k], st)
            anchor_p = otext.P()
            anchor_p.addElement(fr)
            body.addElement(anchor_p)
            _odt_add(body, main[k:], st)
        else:
            _odt_add(body, main, st)
        _odt_add(body, _sig_items(doc) + doc["post"], st)
        if where == "end":
            body.addElement(fr)
        doc["traits"].append(f"frame:{where}")
    elif layout == "odt-twocol":
        ss = Style(name="ToSpalter", family="section")
        sp = SectionProperties()
        cols = Columns(columncount="2", columngap="0.8cm")
        cols.addElement(Column(relwidth="1*", startindent="0cm", endindent="0.4cm"))
        cols.addElement(Column(relwidth="1*", startindent="0.4cm", endindent="0cm"))
        sp.addElement(cols)
        ss.addElement(sp)
        o.automaticstyles.addElement(ss)
        _odt_add(body, doc["head"], st)
        _odt_add(body, doc["side"], st)
        sec = otext.Section(name="Brødtekst", stylename=ss)
        _odt_add(sec, doc["main"], st)
        _odt_add(sec, _sig_items(doc), st)
        body.addElement(sec)
        _odt_add(body, doc["post"], st)
    elif layout == "odt-sidetable":
        ts = Style(name="Layout", family="table")
        ts.addElement(TableProperties(width="16.5cm", align="left"))
        o.automaticstyles.addElement(ts)
        cw = Style(name="ColW", family="table-column")
        cw.addElement(TableColumnProperties(columnwidth="11cm"))
        cn = Style(name="ColN", family="table-column")
        cn.addElement(TableColumnProperties(columnwidth="5.5cm"))
        o.automaticstyles.addElement(cw)
        o.automaticstyles.addElement(cn)
        cs = Style(name="Side", family="table-cell")
        cs.addElement(TableCellProperties(backgroundcolor="#e7eef7", padding="0.2cm", border="none"))
        o.automaticstyles.addElement(cs)
        cb = Style(name="Krop", family="table-cell")
        cb.addElement(TableCellProperties(padding="0.2cm", border="none"))
        o.automaticstyles.addElement(cb)
        _odt_add(body, doc["head"], st)
        side_left = rng.random() < 0.4
        tb = otable.Table(name="Layout", stylename=ts)
        if side_left:
            tb.addElement(otable.TableColumn(stylename=cn))
            tb.addElement(otable.TableColumn(stylename=cw))
        else:
            tb.addElement(otable.TableColumn(stylename=cw))
            tb.addElement(otable.TableColumn(stylename=cn))
        row = otable.TableRow()
        c_body = otable.TableCell(stylename=cb)
        _odt_add(c_body, doc["main"] + _sig_items(doc), st)
        c_side = otable.TableCell(stylename=cs)
        _odt_add(c_side, doc["side"] or [("p", "")], st, small=True)
        for c in ((c_side, c_body) if side_left else (c_body, c_side)):
            row.addElement(c)
        tb.addElement(row)
        body.addElement(tb)
        _odt_add(body, doc["post"], st)
        doc["traits"].append("side-cell:" + ("left" if side_left else "right"))
    else:
        raise ValueError(layout)
    o.save(str(path))


# ------------------------------------------------------------------ PDF (reportlab)

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepInFrame, ListFlowable, ListItem,
                                NextPageTemplate, PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_FONTS = {}


def _fonts():
    if _FONTS:
        return _FONTS
    cands = [("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
             ("LiberationSans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")]
    for name, reg, bold in cands:
        if Path(reg).exists() and Path(bold).exists():
            pdfmetrics.registerFont(TTFont(name, reg))
            pdfmetrics.registerFont(TTFont(name + "-Bold", bold))
            _FONTS.setdefault("list", []).append(name)
    if not _FONTS.get("list"):
        _FONTS["list"] = ["Helvetica"]
    return _FONTS


def _styles(rng, size=None):
    f = rng.choice(_fonts()["list"])
    b = f + "-Bold" if f != "Helvetica" else "Helvetica-Bold"
    size = size or rng.choice([9.5, 10, 10.5])
    return {
        "title": ParagraphStyle("t", fontName=b, fontSize=15, leading=19, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=b, fontSize=size + 0.5, leading=size + 4, spaceBefore=6, spaceAfter=1),
        "p": ParagraphStyle("p", fontName=f, fontSize=size, leading=size + 3.5, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=f, fontSize=size - 1.5, leading=size + 1.5, spaceAfter=3),
        "smallh": ParagraphStyle("sh", fontName=b, fontSize=size - 1, leading=size + 2, spaceBefore=4),
        "bold": b, "font": f,
    }


def _e(x):
    return html.escape(x)


def _flow(items, S, small=False):
    out = []
    ps = S["small"] if small else S["p"]
    hs = S["smallh"] if small else S["h"]
    for it in items:
        t = it[0]
        if t == "title":
            out.append(Paragraph(_e(it[1]), S["title"]))
        elif t == "h":
            out.append(Paragraph(_e(it[1]), hs))
        elif t == "p":
            out.append(Paragraph(_e(it[1]), ps))
        elif t == "lv":
            out.append(Paragraph(f"<b>{_e(it[1])}:</b> " + "<br/>".join(_e(x) for x in it[2].split("\n")), ps))
        elif t == "ul":
            out.append(ListFlowable([ListItem(Paragraph(_e(x), ps), leftIndent=10) for x in it[1]],
                                    bulletType="bullet", start="•", leftIndent=10, bulletFontSize=7))
        elif t == "lines":
            out.append(Paragraph("<br/>".join(_e(x) for x in it[1]), ps))
    return out


def render_pdf(doc, path: Path, layout: str, rng: random.Random):
    S = _styles(rng)
    W, H = A4
    if layout == "pdf-sidebar":
        side_left = rng.random() < 0.5
        sw = rng.choice([5.0, 5.5, 6.0]) * cm
        gap = 0.7 * cm
        m = 1.8 * cm
        if side_left:
            side_x, main_x = m, m + sw + gap
        else:
            main_x, side_x = m, W - m - sw
        main_w = W - 2 * m - sw - gap
        side_flow = _flow(doc["side"], S, small=True)
        when = rng.choice(["before", "after"])

        def draw_side(c, d):
            if d.page != 1:
                return
            c.saveState()
            c.setFillColor(colors.HexColor(rng.choice(["#EEF3F8", "#F3F1EA", "#EAF4EE"])))
            c.rect(side_x - 0.2 * cm, m, sw + 0.4 * cm, H - 2 * m - 1.5 * cm, stroke=0, fill=1)
            c.restoreState()
            fr = Frame(side_x, m, sw, H - 2 * m - 1.5 * cm, leftPadding=2, rightPadding=2, showBoundary=0)
            fr.addFromList(list(side_flow), c)

        d = BaseDocTemplate(str(path), pagesize=A4, title=doc["title"], author="")
        first = PageTemplate("first", [Frame(main_x, m, main_w, H - 2 * m, id="main")],
                             **({"onPage": draw_side} if when == "before" else {"onPageEnd": draw_side}))
        later = PageTemplate("later", [Frame(m, m, W - 2 * m, H - 2 * m, id="full")])
        d.addPageTemplates([first, later])
        story = [NextPageTemplate("later")] + _flow(doc["head"], S) + _flow(doc["main"], S) + \
            _flow(_sig_items(doc) + doc["post"], S)
        d.build(story)
        doc["traits"] += [f"sidebar:{'left' if side_left else 'right'}", f"sidebar-stream:{when}"]
    elif layout == "pdf-twocol":
        m = 1.8 * cm
        head_h = rng.choice([6.0, 7.0]) * cm
        colw = (W - 2 * m - 0.8 * cm) / 2
        top = [Frame(m, H - m - head_h, W - 2 * m, head_h, id="head")]
        cols1 = [Frame(m, m, colw, H - 2 * m - head_h, id="c1"), Frame(m + colw + 0.8 * cm, m, colw, H - 2 * m - head_h, id="c2")]
        cols2 = [Frame(m, m, colw, H - 2 * m, id="d1"), Frame(m + colw + 0.8 * cm, m, colw, H - 2 * m, id="d2")]
        d = BaseDocTemplate(str(path), pagesize=A4, title=doc["title"])
        d.addPageTemplates([PageTemplate("first", top + cols1), PageTemplate("later", cols2)])
        headflow = _flow(doc["head"], S) + _flow(doc["side"], S, small=True)
        story = [NextPageTemplate("later"), KeepInFrame(W - 2 * m, head_h, headflow, mode="shrink"), FrameBreak()]
        story += _flow(doc["main"], S) + _flow(_sig_items(doc) + doc["post"], S)
        d.build(story)
    elif layout == "pdf-narrow":
        d = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                              bottomMargin=1.8 * cm, title=doc["title"])
        story = _flow(doc["head"], S)
        # the side items become a grid of label/value cells in narrow columns
        cells = []
        pend = None
        moved, rest, other = [], [], False
        for x in doc["main"]:
            if x[0] == "h" and x[1].startswith("Anden aktivitet"):
                other = True
            (moved if (x[0] == "lv" and not other) else rest).append(x)
        for it in doc["side"] + moved:
            if it[0] == "h":
                pend = it[1]
                continue
            if it[0] == "lv":
                cells.append((it[1], it[2]))
            elif pend is not None:
                if it[0] == "ul":
                    cells.append((pend, "\n".join("– " + x for x in it[1])))
                elif it[0] == "lines":
                    cells.append((pend, "\n".join(it[1])))
                else:
                    cells.append((pend, it[1]))
                pend = None
            else:
                if it[0] == "lines":
                    cells.append(("", "\n".join(it[1])))
        if pend is not None:
            cells.append((pend, ""))
        ps = ParagraphStyle("c", parent=S["small"])
        hs = ParagraphStyle("ch", parent=S["small"], fontName=S["bold"])
        four = rng.random() < 0.55
        rows = []
        if four:
            for i in range(0, len(cells), 2):
                row = []
                for lab, val in cells[i:i + 2]:
                    row += [Paragraph(_e(lab), hs), Paragraph("<br/>".join(_e(x) for x in val.split("\n")), ps)]
                while len(row) < 4:
                    row.append("")
                rows.append(row)
            widths = [2.6 * cm, 5.6 * cm, 2.6 * cm, 5.6 * cm]
        else:
            for lab, val in cells:
                rows.append([Paragraph(_e(lab), hs), Paragraph("<br/>".join(_e(x) for x in val.split("\n")), ps)])
            widths = [3.0 * cm, rng.choice([5.0, 6.0]) * cm]
        tbl = Table(rows, colWidths=widths, hAlign="LEFT")
        sty = [("VALIGN", (0, 0), (-1, -1), rng.choice(["TOP", "MIDDLE"]))]
        if rng.random() < 0.6:
            sty += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
            doc["traits"].append("grid")
        tbl.setStyle(TableStyle(sty))
        story.append(tbl)
        story.append(Spacer(1, 0.4 * cm))
        story += _flow(rest, S)
        story += _flow(_sig_items(doc) + doc["post"], S)
        d.build(story)
        doc["traits"].append("narrow:" + ("4col" if four else "2col"))
    else:
        raise ValueError(layout)


# ------------------------------------------------------------------ E-mail

def _plain(items):
    out = []
    for it in items:
        t = it[0]
        if t in ("title", "h"):
            out.append(it[1])
        elif t == "p":
            out.append(it[1])
        elif t == "lv":
            out.append(f"{it[1]}: {it[2]}")
        elif t == "ul":
            out.append("\n".join("- " + x for x in it[1]))
        elif t == "lines":
            out.append("\n".join(it[1]))
    return out


def render_eml(doc, path: Path, layout: str, rng: random.Random, sender: tuple, to: tuple):
    msg = EmailMessage()
    msg["From"] = f"{sender[0]} <{sender[1]}>"
    msg["To"] = f"{to[0]} <{to[1]}>"
    msg["Subject"] = doc["subject"]
    msg["Date"] = format_datetime(dt.datetime(2026, doc["ctx"].date.month, doc["ctx"].date.day, rng.randint(8, 15),
                                              rng.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = f"<{rng.randint(10**9, 10**10)}@{sender[1].split('@')[1]}>"
    # e-mail flow: greeting + main (with head meta when given), then "-- " signature card, then post
    blocks = _plain(doc["main"])
    body = "\n\n".join(blocks)
    sig = "\n".join(doc["email_sig"])
    text = body + "\n\n-- \n" + sig
    if doc["post"]:
        text += "\n\n" + "\n\n".join(_plain(doc["post"]))
    if doc.get("quoted"):
        text += "\n\n" + doc["quoted"]
    msg.set_content(text + "\n")
    path.write_bytes(bytes(msg))


# ------------------------------------------------------------------ HTML

def _html_items(items):
    out = []
    for it in items:
        t = it[0]
        if t == "title":
            out.append(f"<h1>{_e(it[1])}</h1>")
        elif t == "h":
            out.append(f"<h3>{_e(it[1])}</h3>")
        elif t == "p":
            out.append(f"<p>{_e(it[1])}</p>")
        elif t == "lv":
            out.append(f"<p><strong>{_e(it[1])}:</strong> " + "<br>".join(_e(x) for x in it[2].split("\n")) + "</p>")
        elif t == "ul":
            out.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in it[1]) + "</ul>")
        elif t == "lines":
            out.append("<p>" + "<br>".join(_e(x) for x in it[1]) + "</p>")
    return "\n".join(out)


def render_html(doc, path: Path, layout: str, rng: random.Random):
    aside_first = rng.random() < 0.5
    aside = f'<aside class="sidebar">{_html_items(doc["side"])}</aside>'
    main = f'<main class="content">{_html_items(doc["main"])}{_html_items(_sig_items(doc) + doc["post"])}</main>'
    css = ("body{font-family:Arial,sans-serif;max-width:980px;margin:auto}"
           ".wrap{display:grid;grid-template-columns:" + ("260px 1fr" if aside_first else "1fr 260px") + ";gap:24px}"
           ".sidebar{background:#eef3f8;padding:12px;font-size:13px}")
    page = (f'<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8"><title>{_e(doc["title"])}</title>'
            f"<style>{css}</style></head><body>\n<header>{_html_items(doc['head'])}</header>\n"
            f'<div class="wrap">{aside + main if aside_first else main + aside}</div>\n</body></html>\n')
    path.write_text(page, encoding="utf-8")
    doc["traits"].append("aside:" + ("first" if aside_first else "last"))
