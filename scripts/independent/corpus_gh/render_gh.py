"""Renderers for corpus GH: the same Doc as odfpy/LibreOffice ODT, Google-Docs-style DOCX and
HTML exports, and case-system web pages (printed to PDF with Chromium elsewhere)."""

from __future__ import annotations

import html
import random

from content_gh import Doc


# ================================================================ ODT (odfpy)
def render_odt(doc: Doc, path: str, *, rng: random.Random, footer=True, header=False,
               frame=False, frame_anchor="paragraph", fields=False, bold_headings=False) -> None:
    from odf import teletype
    from odf.draw import Frame, TextBox
    from odf.opendocument import OpenDocumentText
    from odf.style import (FooterStyle, GraphicProperties, HeaderFooterProperties, HeaderStyle,
                           MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties, Style,
                           TableCellProperties, TableColumnProperties, TableProperties, TextProperties,
                           Footer, Header)
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import (H, P, List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle,
                          PageCount, PageNumber, Section, Span, UserFieldDecl, UserFieldDecls, UserFieldGet)
    from odf.text import Date as TDate

    d = OpenDocumentText()
    # --- styles
    std = Style(name="Standard", family="paragraph")
    std.addElement(TextProperties(fontsize="11pt", fontname="Liberation Sans"))
    d.styles.addElement(std)
    hs = {}
    for lvl, size in ((1, "16pt"), (2, "13pt"), (3, "11pt")):
        st = Style(name=f"Heading_20_{lvl}", displayname=f"Heading {lvl}", family="paragraph",
                   parentstylename="Standard", defaultoutlinelevel=str(lvl))
        st.addElement(TextProperties(fontsize=size, fontweight="bold"))
        st.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
        d.styles.addElement(st)
        hs[lvl] = st
    tc = Style(name="Table_20_Contents", displayname="Table Contents", family="paragraph", parentstylename="Standard")
    d.styles.addElement(tc)
    bold = Style(name="T1", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    d.automaticstyles.addElement(bold)
    small = Style(name="P_small", family="paragraph", parentstylename="Standard")
    small.addElement(TextProperties(fontsize="8pt"))
    d.automaticstyles.addElement(small)
    first = Style(name="P_first", family="paragraph", parentstylename="Standard", masterpagename="Standard")
    d.automaticstyles.addElement(first)
    cellst = Style(name="Tbl.A1", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    d.automaticstyles.addElement(cellst)
    tblst = Style(name="Tbl", family="table")
    tblst.addElement(TableProperties(width="16cm", align="left"))
    d.automaticstyles.addElement(tblst)
    cola = Style(name="Tbl.A", family="table-column")
    cola.addElement(TableColumnProperties(columnwidth="5cm"))
    d.automaticstyles.addElement(cola)
    frs = Style(name="fr1", family="graphic")
    frs.addElement(GraphicProperties(border="0.5pt solid #666666", padding="0.2cm", backgroundcolor="#eeeeee",
                                     wrap="parallel", verticalpos="top", horizontalpos="right",
                                     horizontalrel="page-content" if frame_anchor == "page" else "paragraph"))
    d.automaticstyles.addElement(frs)
    ul = ListStyle(name="L1")
    ul.addElement(ListLevelStyleBullet(level="1", bulletchar="•"))
    d.automaticstyles.addElement(ul)
    ol = ListStyle(name="L2")
    ol.addElement(ListLevelStyleNumber(level="1", numformat="1", numsuffix="."))
    d.automaticstyles.addElement(ol)
    # --- page, header, footer
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                       marginbottom="1.2cm", marginleft="2cm", marginright="2cm"))
    hst = HeaderStyle(); hst.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.3cm"))
    fst = FooterStyle(); fst.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.3cm"))
    pl.addElement(hst); pl.addElement(fst)
    d.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if header and doc.letterhead:
        hd = Header()
        p = P(stylename=small)
        teletype.addTextToElement(p, doc.letterhead[0])
        if fields:
            p.addText(" · ")
            from odf.number import DateStyle, Day, Month, Text as NText, Year
            ds = DateStyle(name="N37")
            ds.addElement(Day(style="long")); ds.addElement(NText(text="."))
            ds.addElement(Month(style="long")); ds.addElement(NText(text="."))
            ds.addElement(Year(style="long"))
            d.automaticstyles.addElement(ds)
            shown = doc.letterhead[2] if len(doc.letterhead) > 2 else ""
            p.addElement(TDate(fixed="true", datevalue=_iso_of(shown), datastylename="N37", text=_dots_of(shown)))
        hd.addElement(p)
        mp.addElement(hd)
    if footer:
        ft = Footer()
        for line in doc.footer:
            p = P(stylename=small)
            teletype.addTextToElement(p, line)
            ft.addElement(p)
        p = P(stylename=small)
        p.addText("Side ")
        p.addElement(PageNumber(selectpage="current", text="1"))
        p.addText(" af ")
        p.addElement(PageCount(text="1"))
        ft.addElement(p)
        mp.addElement(ft)
    d.masterstyles.addElement(mp)

    body = d.text
    if fields:
        decls = UserFieldDecls()
        decls.addElement(UserFieldDecl(name="Sagsnummer", valuetype="string",
                                       stringvalue=_fact(doc, "Sagsnr.") or "-"))
        body.addElement(decls)

    def para(text, style=std, parent=None):
        p = P(stylename=style)
        teletype.addTextToElement(p, text)
        (parent if parent is not None else body).addElement(p)
        return p

    # letterhead (not in header): first lines of the body
    lh = doc.letterhead if not header else doc.letterhead[1:]
    firstp = P(stylename=first)
    if frame and doc.sidebar:
        fr = Frame(stylename=frs, anchortype=frame_anchor, width="6.5cm", height="5cm",
                   x="10cm", y="0.3cm", name="Sagsfakta", zindex="0",
                   **({"anchorpagenumber": "1"} if frame_anchor == "page" else {}))
        tb = TextBox()
        tp = P(stylename=std); tp.addElement(Span(stylename=bold, text=doc.sidebar_title)); tb.addElement(tp)
        for lab, val in doc.sidebar:
            tp = P(stylename=small)
            if lab == "Sagsnr." and fields:
                tp.addText(f"{lab}: ")
                tp.addElement(UserFieldGet(name="Sagsnummer", text=val))
            else:
                teletype.addTextToElement(tp, f"{lab}: {val.replace(chr(10), ', ')}")
            tb.addElement(tp)
        fr.addElement(tb)
        if frame_anchor == "page":
            body.addElement(fr)
        else:
            firstp.addElement(fr)
    if lh:
        teletype.addTextToElement(firstp, "\n".join(lh))
    body.addElement(firstp)
    if not frame and doc.sidebar and (rng.random() < .5 or _fact(doc, "CPR-nr.")):
        _odt_table(d, body, [(a, b) for a, b in doc.sidebar], tblst, cellst, para, tc, bold, Table,
                   TableColumn, TableRow, TableCell, P, teletype, List, ListItem, ul)

    def emit(blocks, parent):
        for b in blocks:
            kind = b[0]
            if kind == "h":
                if bold_headings and b[1] > 1:
                    p = P(stylename=std); p.addElement(Span(stylename=bold, text=b[2])); parent.addElement(p)
                else:
                    h = H(outlinelevel=b[1], stylename=hs[b[1]])
                    teletype.addTextToElement(h, b[2])
                    parent.addElement(h)
            elif kind == "p":
                para(b[1], std, parent)
            elif kind == "bp":
                p = P(stylename=std); p.addElement(Span(stylename=bold, text=b[1])); parent.addElement(p)
            elif kind in ("ul", "ol"):
                lst = List(stylename=ul if kind == "ul" else ol)
                for it in b[1]:
                    li = ListItem(); pp = P(stylename=std); teletype.addTextToElement(pp, it); li.addElement(pp)
                    lst.addElement(li)
                parent.addElement(lst)
            elif kind == "kv":
                _odt_table(d, parent, b[1], tblst, cellst, para, tc, bold, Table, TableColumn, TableRow,
                           TableCell, P, teletype, List, ListItem, ul)
            elif kind == "grid":
                _odt_grid(parent, b[1], tblst, cellst, tc, bold, Table, TableColumn, TableRow, TableCell, P, Span, teletype)
            elif kind == "section":
                sec = Section(name=b[1])
                emit(b[2], sec)
                parent.addElement(sec)
            elif kind == "box":
                holder = P(stylename=std)
                fr = Frame(stylename=frs, anchortype="paragraph", width="16cm", height="3cm", x="0cm", y="0cm",
                           name=f"Boks{rng.randint(1, 999)}")
                tb = TextBox()
                tp = P(stylename=std); tp.addElement(Span(stylename=bold, text=b[1])); tb.addElement(tp)
                emit(b[2], tb)
                fr.addElement(tb)
                holder.addElement(fr)
                parent.addElement(holder)
            else:
                raise ValueError(kind)

    emit(doc.blocks, body)
    d.save(path)


def _iso_of(text: str) -> str:
    from content_gh import MONTHS
    parts = text.replace(".", "").split()
    try:
        return f"{int(parts[2]):04d}-{MONTHS.index(parts[1]) + 1:02d}-{int(parts[0]):02d}"
    except (IndexError, ValueError):
        return "2026-01-01"


def _dots_of(text: str) -> str:
    y, m, dd = _iso_of(text).split("-")
    return f"{dd}.{m}.{y}"


def _fact(doc: Doc, label: str):
    for a, b in doc.sidebar:
        if a == label:
            return b
    return None


def _odt_table(d, parent, rows, tblst, cellst, para, tc, bold, Table, TableColumn, TableRow, TableCell,
               P, teletype, List, ListItem, ul):
    from odf.text import Span
    t = Table(name=f"Tabel{id(rows) % 10000}", stylename=tblst)
    t.addElement(TableColumn(numbercolumnsrepeated="2"))
    for lab, val in rows:
        tr = TableRow()
        c1 = TableCell(stylename=cellst, valuetype="string")
        p = P(stylename=tc); p.addElement(Span(stylename=bold, text=lab)); c1.addElement(p)
        c2 = TableCell(stylename=cellst, valuetype="string")
        if isinstance(val, list):
            lst = List(stylename=ul)
            for it in val:
                li = ListItem(); pp = P(stylename=tc); teletype.addTextToElement(pp, it); li.addElement(pp)
                lst.addElement(li)
            c2.addElement(lst)
        elif isinstance(val, dict):
            inner = Table(name=f"Indre{id(val) % 10000}", stylename=_inner_style(d))
            inner.addElement(TableColumn(numbercolumnsrepeated=str(len(val["table"][0]))))
            for row in val["table"]:
                itr = TableRow()
                for cell in row:
                    ic = TableCell(stylename=cellst, valuetype="string")
                    ip = P(stylename=tc); teletype.addTextToElement(ip, cell); ic.addElement(ip)
                    itr.addElement(ic)
                inner.addElement(itr)
            c2.addElement(inner)
        else:
            for line in (val.split("\n") if val else [""]):
                pp = P(stylename=tc); teletype.addTextToElement(pp, line); c2.addElement(pp)
        tr.addElement(c1); tr.addElement(c2)
        t.addElement(tr)
    parent.addElement(t)


def _inner_style(d):
    from odf.style import Style, TableProperties
    for st in d.automaticstyles.childNodes:
        if st.getAttribute("name") == "TblIn":
            return st
    st = Style(name="TblIn", family="table")
    st.addElement(TableProperties(width="10cm", align="left"))
    d.automaticstyles.addElement(st)
    return st


def _odt_grid(parent, rows, tblst, cellst, tc, bold, Table, TableColumn, TableRow, TableCell, P, Span, teletype):
    t = Table(name=f"Gitter{id(rows) % 10000}", stylename=tblst)
    t.addElement(TableColumn(numbercolumnsrepeated=str(len(rows[0]))))
    for i, row in enumerate(rows):
        tr = TableRow()
        for cell in row:
            c = TableCell(stylename=cellst, valuetype="string")
            for line in cell.split("\n"):
                p = P(stylename=tc)
                if i == 0:
                    p.addElement(Span(stylename=bold, text=line))
                else:
                    teletype.addTextToElement(p, line)
                c.addElement(p)
            tr.addElement(c)
        t.addElement(tr)
    parent.addElement(t)


# ================================================================ Google-Docs-style DOCX
def render_gdocs_docx(doc: Doc, path: str, *, rng: random.Random, fake_headings=False) -> None:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    D = docx.Document()
    st = D.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = D.sections[0]
    if doc.footer:
        fp = sec.footer.paragraphs[0]
        fp.text = " | ".join(doc.footer)
    in_header = bool(doc.letterhead) and rng.random() < .6
    if in_header:
        sec.header.paragraphs[0].text = doc.letterhead[0]

    def add_par(text, style=None, boldall=False):
        p = D.add_paragraph(style=style)
        lines = text.split("\n")
        for i, line in enumerate(lines):
            run = p.add_run(line)
            run.bold = boldall or None
            if i < len(lines) - 1:
                run.add_break(WD_BREAK.LINE)
        return p

    def heading(text, lvl):
        if fake_headings and lvl > 1:
            p = D.add_paragraph()
            r = p.add_run(text); r.bold = True; r.font.size = Pt(13)
        elif lvl == 1 and rng.random() < .5:
            D.add_paragraph(text, style="Title")
        else:
            D.add_heading(text, level=lvl)

    def kv_table(rows, container=None):
        tgt = container if container is not None else D
        t = tgt.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in rows:
            cells = t.add_row().cells
            cells[0].paragraphs[0].add_run(lab).bold = True
            c = cells[1]
            if isinstance(val, list):
                c.paragraphs[0].text = "● " + val[0]
                for it in val[1:]:
                    c.add_paragraph("● " + it)
            elif isinstance(val, dict):
                rws = val["table"]
                it = c.add_table(rows=len(rws), cols=len(rws[0]))
                it.style = "Table Grid"
                for i, row in enumerate(rws):
                    for j, cell in enumerate(row):
                        it.cell(i, j).text = cell
            else:
                lines = (val or "").split("\n")
                c.paragraphs[0].text = lines[0]
                for line in lines[1:]:
                    c.add_paragraph(line)
        return t

    if doc.letterhead:
        add_par("\n".join(doc.letterhead[1:] if in_header and len(doc.letterhead) > 1 else doc.letterhead))
    if doc.sidebar and (rng.random() < .6 or _fact(doc, "CPR-nr.")):
        kv_table(doc.sidebar)
        D.add_paragraph()

    def emit(blocks):
        for b in blocks:
            k = b[0]
            if k == "h":
                heading(b[2], b[1])
            elif k == "p":
                add_par(b[1])
            elif k == "bp":
                add_par(b[1], boldall=True)
            elif k == "ul":
                for it in b[1]:
                    D.add_paragraph(it, style="List Bullet")
            elif k == "ol":
                for it in b[1]:
                    D.add_paragraph(it, style="List Number")
            elif k == "kv":
                kv_table(b[1]); D.add_paragraph()
            elif k == "grid":
                rows = b[1]
                t = D.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, cell in enumerate(row):
                        t.cell(i, j).text = cell
                        if i == 0:
                            for r in t.cell(i, j).paragraphs[0].runs:
                                r.bold = True
            elif k == "section":
                emit(b[2])
            elif k == "box":
                t = D.add_table(rows=1, cols=1); t.style = "Table Grid"
                c = t.cell(0, 0)
                c.paragraphs[0].add_run(b[1]).bold = True
                for bb in b[2]:
                    if bb[0] == "p":
                        c.add_paragraph(bb[1])
                D.add_paragraph()
            else:
                raise ValueError(k)
            if rng.random() < .25:
                D.add_paragraph()  # Google Docs users leave empty lines
    emit(doc.blocks)
    D.save(path)


# ================================================================ Google Docs HTML export
GD_CSS = ('ol{margin:0;padding:0}table td,table th{padding:0}'
          '.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
          '.c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
          '.c2{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
          '.c3{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:234pt;border-top-color:#000000;border-bottom-style:solid}'
          '.c4{border-spacing:0;border-collapse:collapse;margin-right:auto}'
          '.c5{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}'
          '.c6{height:0pt}.c7{margin-left:36pt;padding-left:0pt}.c8{height:11pt}'
          '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
          'h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
          'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')


def _gd_id(rng):
    return "h." + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))


def render_gdocs_html(doc: Doc, path: str, *, rng: random.Random) -> None:
    e = html.escape
    out = [f'<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
           f'<style type="text/css">{GD_CSS}</style></head><body class="c5 doc-content">']
    lk = "lst-kix_" + "".join(rng.choice("abcdefghijklmnop0123456789") for _ in range(12))

    def p(text, cls="c0"):
        spans = "<br>".join(e(t) for t in text.split("\n"))
        return f'<p class="c1"><span class="{cls}">{spans}</span></p>'

    def empty():
        return '<p class="c1 c8"><span class="c0"></span></p>'

    def table(rows, bold_first_col=True, bold_first_row=False):
        s = ['<table class="c4"><tbody>']
        for i, row in enumerate(rows):
            s.append('<tr class="c6">')
            for j, cell in enumerate(row):
                b = (bold_first_col and j == 0) or (bold_first_row and i == 0)
                s.append('<td class="c3" colspan="1" rowspan="1">')
                if isinstance(cell, list):
                    s.append(f'<ul class="c9 {lk}-0 start">' + "".join(
                        f'<li class="c1 c7 li-bullet-0"><span class="c0">{e(it)}</span></li>' for it in cell) + "</ul>")
                elif isinstance(cell, dict):
                    s.append(table(cell["table"], False, True))
                else:
                    for line in (cell or "").split("\n"):
                        s.append(p(line, "c2" if b else "c0"))
                s.append("</td>")
            s.append("</tr>")
        s.append("</tbody></table>")
        return "".join(s)

    if doc.letterhead:
        out.append(p("\n".join(doc.letterhead)))
        out.append(empty())
    if doc.sidebar and (rng.random() < .6 or _fact(doc, "CPR-nr.")):
        out.append(table([[a, v] for a, v in doc.sidebar]))
        out.append(empty())

    def emit(blocks):
        for b in blocks:
            k = b[0]
            if k == "h":
                if b[1] == 1 and rng.random() < .5:
                    out.append(f'<p class="title" id="{_gd_id(rng)}"><span class="c0">{e(b[2])}</span></p>')
                else:
                    out.append(f'<h{b[1]} class="c1" id="{_gd_id(rng)}"><span class="c0">{e(b[2])}</span></h{b[1]}>')
            elif k == "p":
                out.append(p(b[1]))
            elif k == "bp":
                out.append(p(b[1], "c2"))
            elif k in ("ul", "ol"):
                tag = "ul" if k == "ul" else "ol"
                out.append(f'<{tag} class="c9 {lk}-0 start">' + "".join(
                    f'<li class="c1 c7 li-bullet-0"><span class="c0">{e(it)}</span></li>' for it in b[1]) + f"</{tag}>")
            elif k == "kv":
                out.append(table([[a, v] for a, v in b[1]]))
            elif k == "grid":
                out.append(table(b[1], False, True))
            elif k == "section":
                emit(b[2])
            elif k == "box":
                out.append(table([[b[1] + "\n" + "\n".join(bb[1] for bb in b[2] if bb[0] == "p")]], True))
            if rng.random() < .3:
                out.append(empty())
    emit(doc.blocks)
    if doc.footer:
        out.append("<div><p class=\"c1\"><span class=\"c0\">" + e(" | ".join(doc.footer)) + "</span></p></div>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


# ================================================================ case-system web page
CASE_CSS = """
body{font-family:"Segoe UI",Arial,sans-serif;font-size:13px;margin:0;color:#222}
header.top{background:#1d3557;color:#fff;padding:8px 16px;display:flex;justify-content:space-between}
nav.menu ul{list-style:none;margin:0;padding:0 16px;background:#457b9d;display:flex}
nav.menu li{padding:6px 12px;color:#fff}
.crumbs{padding:6px 16px;font-size:11px;color:#555}
.wrap{display:flex;gap:16px;padding:0 16px}
aside.facts{width:230px;background:#f1f1f1;padding:10px;font-size:12px}
aside.facts dt{font-weight:bold;margin-top:6px}
main{flex:1}
table.data{border-collapse:collapse;width:100%}
table.data td,table.data th{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}
.callout{border:1px solid #999;background:#fafafa;padding:8px;margin:10px 0}
footer.pagefoot{border-top:1px solid #ccc;margin-top:20px;padding:6px 16px;font-size:10px;color:#666}
"""

SYSTEMS = {
    "saga": {"name": "SAGA Beskæftigelse", "menu": ["Forside", "Borgere", "Sager", "Opgaver", "Dokumenter", "Rapporter", "Hjælp", "Log ud"],
             "side": "right"},
    "jobsag": {"name": "JobSag 360", "menu": ["Overblik", "Min kalender", "Borger", "Indsatser", "Breve", "Statistik", "Indstillinger"],
               "side": "left"},
}


def render_case_html(doc: Doc, path: str, *, rng: random.Random, system: str, user: str, printed: str,
                     kv_as="table") -> None:
    e = html.escape
    sysd = SYSTEMS[system]

    def kv(rows):
        if kv_as == "dl":
            s = ['<dl class="fields">']
            for a, v in rows:
                s.append(f"<dt>{e(a)}</dt><dd>{val(v)}</dd>")
            return "".join(s) + "</dl>"
        s = ['<table class="data"><tbody>']
        for a, v in rows:
            s.append(f"<tr><th scope=\"row\">{e(a)}</th><td>{val(v)}</td></tr>")
        return "".join(s) + "</tbody></table>"

    def val(v):
        if isinstance(v, list):
            return "<ul>" + "".join(f"<li>{e(i)}</li>" for i in v) + "</ul>"
        if isinstance(v, dict):
            rows = v["table"]
            return ('<table class="data"><thead><tr>' + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                    + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")
        return "<br>".join(e(x) for x in (v or "").split("\n"))

    body = []

    def emit(blocks):
        for b in blocks:
            k = b[0]
            if k == "h":
                body.append(f"<h{b[1]}>{e(b[2])}</h{b[1]}>")
            elif k == "p":
                body.append("<p>" + "<br>".join(e(x) for x in b[1].split("\n")) + "</p>")
            elif k == "bp":
                body.append(f"<p><strong>{e(b[1])}</strong></p>")
            elif k in ("ul", "ol"):
                body.append(f"<{k}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{k}>")
            elif k == "kv":
                body.append(kv(b[1]))
            elif k == "grid":
                rows = b[1]
                body.append('<table class="data"><thead><tr>' + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                            + "".join("<tr>" + "".join(f"<td>{val(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")
            elif k == "section":
                body.append(f'<section id="{e(b[1].lower())}">')
                emit(b[2])
                body.append("</section>")
            elif k == "box":
                body.append(f'<div class="callout"><h3>{e(b[1])}</h3>')
                emit(b[2])
                body.append("</div>")
    emit(doc.blocks)
    facts = "".join(f"<dt>{e(a)}</dt><dd>{val(v)}</dd>" for a, v in doc.sidebar)
    aside = f'<aside class="facts"><h3>{e(doc.sidebar_title)}</h3><dl>{facts}</dl></aside>' if doc.sidebar else ""
    main = f'<main>{"".join(body)}</main>'
    inner = aside + main if sysd["side"] == "left" else main + aside
    crumbs = " › ".join(e(c) for c in doc.crumbs)
    page = f"""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>{e(doc.title)} – {e(sysd['name'])}</title>
<style>{CASE_CSS}</style></head>
<body>
<header class="top"><span>{e(sysd['name'])}</span><span>Logget ind som {e(user)}</span></header>
<nav class="menu"><ul>{''.join(f'<li><a href="#">{e(m)}</a></li>' for m in sysd['menu'])}</ul></nav>
<div class="crumbs">{crumbs}</div>
<div class="wrap">{inner}</div>
<footer class="pagefoot">Udskrevet {e(printed)} af {e(user)} · {e(sysd['name'])} v{rng.randint(3, 9)}.{rng.randint(0, 20)} · Side 1 af 1</footer>
</body></html>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
