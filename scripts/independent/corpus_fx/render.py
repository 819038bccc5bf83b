"""Renderers for corpus FX: reportlab frames and canvas boxes, LibreOffice (ODT via odfpy,
then PDF/RTF through soffice), Word, HTML, e-mail and text."""

from __future__ import annotations

import hashlib
import html
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

W, H = A4
rl_config.invariant = 1  # no creation date or random id in the PDFs: runs give the same bytes

ST = {
    "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8),
    "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2),
    "p": ParagraphStyle("p", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4),
    "li": ParagraphStyle("li", fontName="Helvetica", fontSize=9.5, leading=12.5, leftIndent=10, bulletIndent=2),
    "sh": ParagraphStyle("sh", fontName="Helvetica-Bold", fontSize=9, leading=11, spaceBefore=5, spaceAfter=1, textColor=colors.HexColor("#1b4d6b")),
    "sp": ParagraphStyle("sp", fontName="Helvetica", fontSize=8.5, leading=10.5, spaceAfter=1),
    "sli": ParagraphStyle("sli", fontName="Helvetica", fontSize=8.5, leading=10.5, leftIndent=8, bulletIndent=1),
}


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def flow(blocks, small=False):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(Paragraph(esc(b[1]), ST["sh" if small else "h"]))
        elif b[0] == "p":
            out.append(Paragraph(esc(b[1]), ST["sp" if small else "p"]))
        elif b[0] == "li":
            out.append(Paragraph(esc(b[1]), ST["sli" if small else "li"], bulletText="•"))
        elif b[0] == "kv":
            out.append(Paragraph(f"<b>{esc(b[1])}:</b> {esc(b[2])}", ST["sp" if small else "p"]))
    return out


def meta_flow(m):
    out = [Paragraph(esc(m["title"]), ST["title"])]
    for k, v in m["meta"]:
        out.append(Paragraph(f"<b>{esc(k)}:</b> {esc(v)}", ST["p"]))
    out.append(Spacer(1, 6))
    return out


def _draw_lines(canv, lines, y_top, size=7.2, x=2 * cm, width=W - 4 * cm, down=True):
    canv.setFont("Helvetica", size)
    y = y_top
    for ln in lines:
        for part in simpleSplit(ln, "Helvetica", size, width):
            canv.drawString(x, y, part)
            y += -(size + 2) if down else (size + 2)
    return y


def render_rl(m: dict, path: Path, layout: str, side_box_title: str = "") -> None:
    """layout: rl-side-left | rl-side-right | rl-twocol | rl-canvasbox."""
    footer, header = m["footer"], m["header"]

    def deco(canv, doc):
        canv.saveState()
        if header:
            canv.setFillColor(colors.HexColor("#444444"))
            _draw_lines(canv, header, H - 1.2 * cm, size=7.5)
        if footer:
            canv.setStrokeColor(colors.HexColor("#999999"))
            nlines = sum(len(simpleSplit(l, "Helvetica", 7, W - 4 * cm)) for l in footer)
            ytop = 1.0 * cm + nlines * 9
            canv.line(2 * cm, ytop + 6, W - 2 * cm, ytop + 6)
            canv.setFillColor(colors.HexColor("#333333"))
            _draw_lines(canv, footer, ytop, size=7)
        canv.setFont("Helvetica", 7)
        canv.drawRightString(W - 2 * cm, 0.6 * cm, f"Side {doc.page}")
        canv.restoreState()

    nfoot = sum(len(simpleSplit(l, "Helvetica", 7, W - 4 * cm)) for l in footer) if footer else 0
    bottom = 1.3 * cm + nfoot * 9 + 12
    top = H - 2.0 * cm
    doc = BaseDocTemplate(str(path), pagesize=A4, title=m["title"], author="")
    full = Frame(2 * cm, bottom, W - 4 * cm, top - bottom, id="full")
    story = []
    if layout in ("rl-side-left", "rl-side-right"):
        sw = 5.2 * cm
        if layout == "rl-side-left":
            side = Frame(1.4 * cm, bottom, sw, top - bottom, id="side")
            main = Frame(1.4 * cm + sw + 0.6 * cm, bottom, W - (1.4 * cm + sw + 0.6 * cm) - 1.8 * cm, top - bottom, id="main")
        else:
            main = Frame(1.8 * cm, bottom, W - 1.8 * cm - sw - 2.0 * cm, top - bottom, id="main")
            side = Frame(W - 1.4 * cm - sw, bottom, sw, top - bottom, id="side")

        def deco1(canv, doc, _side=side):
            canv.saveState()
            canv.setFillColor(colors.HexColor("#e8f0f4"))
            canv.rect(_side._x1, _side._y1, _side._width, _side._height, stroke=0, fill=1)
            canv.restoreState()
            deco(canv, doc)

        doc.addPageTemplates([PageTemplate("first", [side, main], onPage=deco1),
                              PageTemplate("rest", [full], onPage=deco)])
        story.append(NextPageTemplate("rest"))
        story += flow(m["side"], small=True) or [Spacer(1, 1)]
        story.append(FrameBreak())
        story += meta_flow(m) + flow(m["body"])
    elif layout == "rl-twocol":
        head_h = 2.2 * cm + 0.55 * cm * len(m["meta"])
        headf = Frame(2 * cm, top - head_h, W - 4 * cm, head_h, id="head")
        cw = (W - 4 * cm - 0.8 * cm) / 2
        c1 = Frame(2 * cm, bottom, cw, top - head_h - bottom, id="c1")
        c2 = Frame(2 * cm + cw + 0.8 * cm, bottom, cw, top - head_h - bottom, id="c2")
        c1b = Frame(2 * cm, bottom, cw, top - bottom, id="c1b")
        c2b = Frame(2 * cm + cw + 0.8 * cm, bottom, cw, top - bottom, id="c2b")
        doc.addPageTemplates([PageTemplate("first", [headf, c1, c2], onPage=deco),
                              PageTemplate("rest", [c1b, c2b], onPage=deco)])
        story.append(NextPageTemplate("rest"))
        story += meta_flow(m)
        story.append(FrameBreak())
        # balance the columns: break to the second column about half-way, never after a heading
        body = m["body"]
        cut = max(1, len(body) // 2)
        while cut < len(body) - 1 and body[cut - 1][0] == "h":
            cut += 1
        story += flow(body[:cut]) + [FrameBreak()] + flow(body[cut:])
        if m["side"]:
            t = Table([[flow(m["side"], small=True)]], colWidths=[cw - 4])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1b4d6b")),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef4e8"))]))
            story += [Spacer(1, 8), t]
    else:  # rl-canvasbox: the box is drawn on the canvas, top right of page 1
        bw = 5.6 * cm
        main = Frame(2 * cm, bottom, W - 4 * cm - bw - 0.5 * cm, top - bottom, id="main")
        sideflow = flow(m["side"], small=True)

        def deco1(canv, doc):
            deco(canv, doc)
            if not sideflow:
                return
            canv.saveState()
            x = W - 2 * cm - bw
            hs = [f.wrap(bw - 0.5 * cm, 400)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in sideflow]
            boxh = sum(hs) + 0.6 * cm
            ytop = top - 0.2 * cm
            canv.setFillColor(colors.HexColor("#fff4d6"))
            canv.setStrokeColor(colors.HexColor("#c89b2a"))
            canv.roundRect(x, ytop - boxh, bw, boxh, 6, stroke=1, fill=1)
            y = ytop - 0.3 * cm
            for f, hh in zip(sideflow, hs):
                _, fh = f.wrap(bw - 0.5 * cm, 400)
                y -= f.getSpaceBefore()
                f.drawOn(canv, x + 0.25 * cm, y - fh)
                y -= fh + f.getSpaceAfter()
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("first", [main], onPage=deco1),
                              PageTemplate("rest", [full], onPage=deco)])
        story.append(NextPageTemplate("rest"))
        story += meta_flow(m) + flow(m["body"])
    doc.build(story)


# ---------------------------------------------------------------- LibreOffice (odfpy)

def build_odt(m: dict, path: Path, layout: str) -> None:
    """layout: lo-frame (sidebar frame anchored to the page) | lo-section (two-column section)."""
    from odf.opendocument import OpenDocumentText
    from odf.style import (Columns, Column, FontFace, Footer, Header, GraphicProperties, MasterPage,
                           PageLayout, PageLayoutProperties, ParagraphProperties, SectionProperties,
                           Style, TextProperties)
    from odf.text import H as OH, P, List, ListItem, Section, Span
    from odf.draw import Frame as DFrame, TextBox

    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="Liberation Sans",
                                          fontfamilygeneric="swiss", fontpitch="variable"))
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                       marginbottom="1.2cm", marginleft="2cm", marginright="2cm"))
    doc.automaticstyles.addElement(pl)
    sp = Style(name="Std", family="paragraph")
    sp.addElement(TextProperties(fontsize="10pt", fontfamily="Liberation Sans", fontname="Liberation Sans"))
    sp.addElement(ParagraphProperties(marginbottom="0.15cm"))
    doc.styles.addElement(sp)
    ss = Style(name="Small", family="paragraph")
    ss.addElement(TextProperties(fontsize="8pt", fontname="Liberation Sans"))
    doc.styles.addElement(ss)
    sh = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph")
    sh.addElement(TextProperties(fontsize="11pt", fontweight="bold", fontname="Liberation Sans"))
    sh.addElement(ParagraphProperties(margintop="0.25cm", marginbottom="0.1cm"))
    doc.styles.addElement(sh)
    st = Style(name="Title", family="paragraph")
    st.addElement(TextProperties(fontsize="16pt", fontweight="bold", fontname="Liberation Sans"))
    doc.styles.addElement(st)
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if m["header"]:
        hd = Header()
        for ln in m["header"]:
            hd.addElement(P(stylename=ss, text=ln))
        mp.addElement(hd)
    if m["footer"]:
        ft = Footer()
        for ln in m["footer"]:
            ft.addElement(P(stylename=ss, text=ln))
        mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    def add_blocks(parent, blocks, small=False):
        pst = ss if small else sp
        for b in blocks:
            if b[0] == "h":
                if small:
                    p = P(stylename=pst)
                    p.addElement(Span(stylename=bold, text=b[1]))
                    parent.addElement(p)
                else:
                    parent.addElement(OH(outlinelevel=2, stylename=sh, text=b[1]))
            elif b[0] == "p":
                parent.addElement(P(stylename=pst, text=b[1]))
            elif b[0] == "li":
                parent.addElement(P(stylename=pst, text="• " + b[1]))
            elif b[0] == "kv":
                p = P(stylename=pst)
                p.addElement(Span(stylename=bold, text=b[1] + ": "))
                p.addText(b[2])
                parent.addElement(p)

    first = P(stylename=st, text=m["title"])
    if layout == "lo-frame" and m["side"]:
        gs = Style(name="fr1", family="graphic")
        gs.addElement(GraphicProperties(wrap="left", runthrough="foreground", backgroundcolor="#e6eef2",
                                        fill="solid", fillcolor="#e6eef2",
                                        padding="0.2cm", border="0.5pt solid #557788",
                                        verticalpos="from-top", horizontalpos="from-left",
                                        horizontalrel="page", verticalrel="page"))
        doc.automaticstyles.addElement(gs)
        fr = DFrame(stylename=gs, anchortype="page", anchorpagenumber="1", width="5.2cm", height="12cm",
                    x="14.0cm", y="3.2cm", zindex="0")
        tb = TextBox()
        add_blocks(tb, m["side"], small=True)
        fr.addElement(tb)
        doc.text.addElement(fr)
    doc.text.addElement(first)
    for k, v in m["meta"]:
        p = P(stylename=sp)
        p.addElement(Span(stylename=bold, text=k + ": "))
        p.addText(v)
        doc.text.addElement(p)
    if layout == "lo-section":
        sec_st = Style(name="Sect1", family="section")
        spp = SectionProperties()
        cols = Columns(columncount="2", columngap="0.8cm")
        cols.addElement(Column(relwidth="5000*", startindent="0cm", endindent="0.4cm"))
        cols.addElement(Column(relwidth="5000*", startindent="0.4cm", endindent="0cm"))
        spp.addElement(cols)
        sec_st.addElement(spp)
        doc.automaticstyles.addElement(sec_st)
        sec = Section(name="Indhold", stylename=sec_st)
        add_blocks(sec, m["body"])
        if m["side"]:
            add_blocks(sec, [("p", "")])
            add_blocks(sec, m["side"], small=True)
        doc.text.addElement(sec)
    else:
        # body in the left part: a right-indented paragraph style so text keeps clear of the frame
        add_blocks(doc.text, m["body"])
        if not m["side"]:
            pass
    doc.save(str(path))


def soffice_convert(src: Path, fmt: str, outdir: Path, profile: str) -> Path:
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    ext = fmt.split(":")[0]
    return outdir / (src.stem + "." + ext)


# ---------------------------------------------------------------- Word

def render_docx(m: dict, path: Path, layout: str) -> None:
    """layout: docx-hf (fields in header/footer) | docx-cols (two-column section) | docx-sidetable."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    for ln in m["header"]:
        p = sec.header.add_paragraph(ln)
        for r in p.runs:
            r.font.size = Pt(8)
    sec.footer.paragraphs[0].text = ""
    for ln in m["footer"]:
        p = sec.footer.add_paragraph(ln)
        for r in p.runs:
            r.font.size = Pt(7.5)

    def add(container, blocks, small=False):
        for b in blocks:
            if b[0] == "h":
                if small:
                    p = container.add_paragraph()
                    r = p.add_run(b[1])
                    r.bold = True
                    r.font.size = Pt(9)
                else:
                    container.add_paragraph(b[1], style="Heading 2")
            elif b[0] == "p":
                p = container.add_paragraph(b[1])
                if small:
                    for r in p.runs:
                        r.font.size = Pt(8.5)
            elif b[0] == "li":
                p = container.add_paragraph(b[1], style="List Bullet")
            elif b[0] == "kv":
                p = container.add_paragraph()
                r = p.add_run(b[1] + ": ")
                r.bold = True
                p.add_run(b[2])

    d.add_paragraph(m["title"], style="Title")
    for k, v in m["meta"]:
        p = d.add_paragraph()
        p.add_run(k + ": ").bold = True
        p.add_run(v)
    if layout == "docx-sidetable":
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        left, right = t.rows[0].cells
        left.width, right.width = Cm(5.0), Cm(12.0)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "E8F0F4")
        left._tc.get_or_add_tcPr().append(shd)
        left.paragraphs[0].text = ""
        add(left, m["side"] or [("p", " ")], small=True)
        right.paragraphs[0].text = ""
        add(right, m["body"])
    elif layout == "docx-cols":
        # title and meta in a one-column section, the rest in two columns
        p = d.add_paragraph()
        new_sect = OxmlElement("w:sectPr")
        typ = OxmlElement("w:type")
        typ.set(qn("w:val"), "continuous")
        new_sect.append(typ)
        p._p.get_or_add_pPr().append(new_sect)
        add(d, m["body"])
        if m["side"]:
            add(d, m["side"], small=True)
        body_sect = d.sections[-1]._sectPr
        cols = body_sect.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            body_sect.append(cols)
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:space"), "567")
        t = body_sect.find(qn("w:type"))
        if t is None:
            t = OxmlElement("w:type")
            body_sect.insert(0, t)
        t.set(qn("w:val"), "continuous")
    else:
        add(d, m["body"])
        if m["side"]:
            add(d, m["side"], small=True)
    d.core_properties.author = ""
    d.core_properties.created = dt.datetime(2026, 1, 5, 9, 0)
    d.core_properties.modified = dt.datetime(2026, 1, 5, 9, 0)
    d.core_properties.last_modified_by = ""
    d.save(str(path))
    fix_zip_dates(path)


def fix_zip_dates(path: Path) -> None:
    """Rewrite a zip with fixed entry dates so that runs give the same bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- HTML

def render_html(m: dict, path: Path, layout: str) -> None:
    def blocks_html(blocks):
        out, in_list = [], False
        for b in blocks:
            if b[0] == "li":
                if not in_list:
                    out.append("<ul>")
                    in_list = True
                out.append(f"<li>{esc(b[1])}</li>")
                continue
            if in_list:
                out.append("</ul>")
                in_list = False
            if b[0] == "h":
                out.append(f"<h3>{esc(b[1])}</h3>")
            elif b[0] == "p":
                out.append(f"<p>{esc(b[1])}</p>")
            elif b[0] == "kv":
                out.append(f"<p><strong>{esc(b[1])}:</strong> {esc(b[2])}</p>")
        if in_list:
            out.append("</ul>")
        return "\n".join(out)

    meta = "\n".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in m["meta"])
    css = ("body{font-family:Arial,sans-serif;font-size:14px;margin:0} .wrap{display:grid;"
           "grid-template-columns:%s;gap:24px;max-width:960px;margin:auto} aside{background:#eef3f6;"
           "padding:12px;font-size:13px} footer{border-top:1px solid #999;font-size:11px;color:#444;"
           "max-width:960px;margin:24px auto} header{font-size:11px;color:#555;max-width:960px;margin:auto}")
    cols = "1fr 280px" if layout == "html-aside" else "1fr 1fr"
    header = "".join(f"<p>{esc(h)}</p>" for h in m["header"])
    footer = "".join(f"<p>{esc(f)}</p>" for f in m["footer"])
    if layout == "html-aside":
        inner = f"<main><h1>{esc(m['title'])}</h1><table>{meta}</table>{blocks_html(m['body'])}</main><aside>{blocks_html(m['side'])}</aside>"
    else:
        half = max(1, len(m["body"]) // 2)
        inner = (f"<div class='c1'><h1>{esc(m['title'])}</h1><table>{meta}</table>{blocks_html(m['body'][:half])}</div>"
                 f"<div class='c2'>{blocks_html(m['body'][half:])}{('<div class=box>' + blocks_html(m['side']) + '</div>') if m['side'] else ''}</div>")
    doc = (f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{esc(m['title'])}</title>"
           f"<style>{css % cols}</style></head><body><header>{header}</header><div class='wrap'>{inner}</div>"
           f"<footer>{footer}</footer></body></html>")
    path.write_text(doc, encoding="utf-8")


# ---------------------------------------------------------------- text and e-mail

def blocks_text(blocks) -> str:
    out = []
    prev = None
    for b in blocks:
        if b[0] == "h":
            out.append("\n\n" + b[1])
        elif b[0] == "p":
            out.append(("\n" if prev == "h" else "\n\n") + b[1])
        elif b[0] == "li":
            out.append("\n- " + b[1])
        elif b[0] == "kv":
            out.append(("\n" if prev == "kv" else "\n\n") + f"{b[1]}: {b[2]}")
        prev = b[0]
    return "".join(out).strip()


def render_txt(m: dict, path: Path) -> None:
    parts = []
    parts += m["header"]
    parts.append("")
    parts.append(m["title"].upper())
    parts += [f"{k}: {v}" for k, v in m["meta"]]
    parts.append("")
    parts.append(blocks_text(m["body"]))
    if m["side"]:
        parts.append("")
        parts.append(blocks_text(m["side"]))
    if m["footer"]:
        parts.append("")
        parts.append("_" * 60)
        parts += m["footer"]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def render_eml(path: Path, subject: str, sender: str, to: str, date: dt.datetime, body: str,
               attachments: list[tuple[str, bytes, str]] | None = None) -> None:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{hashlib.sha1((subject + to).encode()).hexdigest()[:16]}@mail.example.dk>"
    msg.set_content(body)
    for name, data, mime in attachments or []:
        maint, sub = mime.split("/")
        msg.add_attachment(data, maintype=maint, subtype=sub, filename=name)
    if attachments:
        msg.set_boundary("=_fx_" + hashlib.sha1((subject + to).encode()).hexdigest()[:20])
    path.write_bytes(bytes(msg))
