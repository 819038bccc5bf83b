"""Render a small block model to docx, html, md, txt, pdf (reportlab), rtf and eml."""
from __future__ import annotations

import hashlib
import html as htmllib
import itertools
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor, Cm

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')

PLACEHOLDER_WORD = "Klik eller tryk her for at skrive tekst."

_ids = itertools.count(1)


def esc(s: str) -> str:
    return htmllib.escape(s, quote=True)


# ---------------------------------------------------------------- docx raw XML helpers

def _runs_xml(text: str, bold=False, size=None, color=None) -> str:
    rpr = ""
    if bold or size or color:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "") + \
              (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    parts = text.split("\n")
    out = []
    for i, part in enumerate(parts):
        if i:
            out.append(f"<w:r>{rpr}<w:br/></w:r>")
        out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{esc(part)}</w:t></w:r>')
    return "".join(out)


def _p_xml(text: str, bold=False, size=None, color=None) -> str:
    return f"<w:p>{_runs_xml(text, bold, size, color)}</w:p>"


def _inner_xml(blocks) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t in ("p",):
            out.append(_p_xml(b[1]))
        elif t in ("h", "bold_p", "icon_h"):
            txt = b[1] if t != "icon_h" else f"{b[1]} {b[2]}"
            out.append(_p_xml(txt, bold=True))
        elif t == "list":
            for it in b[1]:
                out.append(_p_xml("• " + it))
        elif t == "kv":
            for lab, val in b[1]:
                out.append(f"<w:p>{_runs_xml(lab + ': ', bold=True)}{_runs_xml(val)}</w:p>")
        elif t == "kvtable":
            bd = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="808080"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
            rows = "".join(
                f'<w:tr><w:tc><w:tcPr><w:tcW w:w="2600" w:type="dxa"/></w:tcPr>{_p_xml(lab, bold=True)}</w:tc>'
                f'<w:tc><w:tcPr><w:tcW w:w="5600" w:type="dxa"/></w:tcPr>{"".join(_p_xml(x) for x in val.split(chr(10)))}</w:tc></w:tr>'
                for lab, val in b[1])
            out.append(f'<w:tbl><w:tblPr><w:tblW w:w="8200" w:type="dxa"/><w:tblBorders>{bd}</w:tblBorders></w:tblPr>'
                       f'<w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="5600"/></w:tblGrid>{rows}</w:tbl><w:p/>')
        else:
            raise ValueError(t)
    return "".join(out) or "<w:p/>"


def group_run_xml(boxes, w_cm=16.0, h_cm=4.0) -> str:
    """A Word drawing group (wpg) holding several text boxes side by side."""
    n = next(_ids) + 300
    emu = lambda c: int(c * 360000)
    bw = w_cm / len(boxes)
    shapes = []
    for i, blocks in enumerate(boxes):
        shapes.append(
            f'<wps:wsp><wps:cNvPr id="{n + i + 1}" name="Tekstboks {n + i + 1}"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="{emu(i * bw)}" y="0"/>'
            f'<a:ext cx="{emu(bw - 0.3)}" cy="{emu(h_cm)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="FFF4D6"/></a:solidFill></wps:spPr><wps:txbx><w:txbxContent>{_inner_xml(blocks)}</w:txbxContent></wps:txbx>'
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/></wps:wsp>')
    return (f'<w:r {NS} xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251700000 + n}" '
            f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{emu(0.2)}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{emu(w_cm)}" cy="{emu(h_cm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            f'<wp:docPr id="{n}" name="Gruppe {n}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/>'
            f'<wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w_cm)}" cy="{emu(h_cm)}"/><a:chOff x="0" y="0"/><a:chExt cx="{emu(w_cm)}" cy="{emu(h_cm)}"/></a:xfrm></wpg:grpSpPr>'
            + "".join(shapes) +
            f'</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:group style="position:absolute;width:{w_cm}cm;height:{h_cm}cm">'
            + "".join(f'<v:rect style="position:absolute;left:{int(i * bw * 1000)};width:{int((bw - 0.3) * 1000)};height:{int(h_cm * 1000)}"><v:textbox><w:txbxContent>{_inner_xml(bl)}</w:txbxContent></v:textbox></v:rect>' for i, bl in enumerate(boxes)) +
            f'</v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def textbox_run_xml(blocks, kind="textbox", x_cm=11.5, y_cm=2.0, w_cm=6.0, h_cm=5.0, fill="F2F2F2", wrap="square") -> str:
    """A floating text box or shape (mc:AlternateContent with a wps shape and a VML fallback),
    or kind="vml": a legacy Word 2003-style VML text box only."""
    n = next(_ids) + 100
    emu = lambda c: int(c * 360000)
    inner = _inner_xml(blocks)
    if kind == "vml":
        return (f'<w:r {NS}><w:pict><v:shape id="Tekstboks{n}" o:spid="_x0000_s{1024+n}" type="#_x0000_t202" '
                f'style="position:absolute;margin-left:{x_cm}cm;margin-top:{y_cm}cm;width:{w_cm}cm;height:{h_cm}cm;z-index:{n}" '
                f'fillcolor="#{fill}"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
                f'<w10:wrap type="{"topAndBottom" if wrap == "topbottom" else "square"}"/></v:shape></w:pict></w:r>')
    geom = "roundRect" if kind == "shape" else "rect"
    txbx_attr = ' txBox="1"' if kind == "textbox" else ""
    return (f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264+n}" '
            f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{emu(x_cm)}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{emu(y_cm)}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{emu(w_cm)}" cy="{emu(h_cm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            + (f'<wp:wrapTopAndBottom/>' if wrap == "topbottom" else f'<wp:wrapSquare wrapText="bothSides"/>') + f'<wp:docPr id="{n}" name="{"Tekstboks" if kind == "textbox" else "Afrundet rektangel"} {n}"/>'
            f'<wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr{txbx_attr}/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w_cm)}" cy="{emu(h_cm)}"/></a:xfrm>'
            f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
            f'<a:ln w="9525"><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
            f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:{"roundrect" if kind == "shape" else "rect"} style="position:absolute;margin-left:{x_cm}cm;margin-top:{y_cm}cm;width:{w_cm}cm;height:{h_cm}cm" fillcolor="#{fill}">'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:{"roundrect" if kind == "shape" else "rect"}></w:pict></mc:Fallback>'
            f'</mc:AlternateContent></w:r>')


def sdt_run_xml(value: str | None, alias: str, kind="text", items=None) -> str:
    """An inline content control. value None -> Word's placeholder text shown."""
    n = next(_ids) + 5000
    plc = "<w:showingPlcHdr/>" if value is None else ""
    if kind == "text":
        typ = "<w:text/>"
    elif kind == "date":
        typ = '<w:date w:fullDate="2026-01-01T00:00:00Z"><w:dateFormat w:val="d. MMMM yyyy"/><w:lid w:val="da-DK"/></w:date>'
    elif kind == "dropdown":
        typ = "<w:dropDownList>" + "".join(
            f'<w:listItem w:displayText="{esc(i)}" w:value="{esc(i)}"/>' for i in (items or [])) + "</w:dropDownList>"
    elif kind == "checkbox":
        typ = (f'<w14:checkbox><w14:checked w14:val="{1 if value == "☒" else 0}"/>'
               '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
    else:
        raise ValueError(kind)
    shown = PLACEHOLDER_WORD if value is None else value
    style = '<w:rPr><w:rStyle w:val="Pladsholdertekst"/><w:color w:val="808080"/></w:rPr>' if value is None else ""
    return (f'<w:sdt {NS}><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias.lower())}"/>'
            f'<w:id w:val="{n}"/>{plc}{typ}</w:sdtPr><w:sdtContent>'
            f'<w:r>{style}<w:t xml:space="preserve">{esc(shown)}</w:t></w:r></w:sdtContent></w:sdt>')


# ---------------------------------------------------------------- docx writer

def write_docx(blocks, path: Path, font="Calibri", title_color=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    body = doc.element.body
    for b in blocks:
        t = b[0]
        if t == "title":
            p = doc.add_paragraph(style="Title")
            p.add_run(b[1])
        elif t == "h":
            doc.add_heading(b[1], level=b[2] if len(b) > 2 else 2)
        elif t == "icon_h":
            doc.add_heading(f"{b[1]}  {b[2]}", level=2)
        elif t == "bold_p":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif t == "p":
            p = doc.add_paragraph()
            lines = b[1].split("\n")
            r = p.add_run(lines[0])
            for ln in lines[1:]:
                r.add_break()
                r = p.add_run(ln)
        elif t == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        elif t == "list":
            style = "List Number" if (len(b) > 2 and b[2]) else "List Bullet"
            for it in b[1]:
                doc.add_paragraph(it, style=style)
        elif t in ("kv", "table"):
            rows = b[1] if t == "table" else [list(r) for r in b[1]]
            ncols = max(len(r) for r in rows)
            tbl = doc.add_table(rows=0, cols=ncols)
            tbl.style = "Table Grid"
            for ri, r in enumerate(rows):
                cells = tbl.add_row().cells
                for ci in range(ncols):
                    val = r[ci] if ci < len(r) else ""
                    cell = cells[ci]
                    lines = val.split("\n")
                    cell.paragraphs[0].text = ""
                    run = cell.paragraphs[0].add_run(lines[0])
                    if (t == "kv" and ci == 0) or (t == "table" and len(b) > 2 and b[2] and ri == 0):
                        run.bold = True
                    for ln in lines[1:]:
                        cell.add_paragraph(ln)
            doc.add_paragraph()
        elif t == "box":
            # ("box", blocks, kind, opts)
            opts = b[3] if len(b) > 3 else {}
            p = doc.add_paragraph()
            p._p.append(parse_xml(textbox_run_xml(b[1], kind=b[2], **opts)))
        elif t == "group":
            p = doc.add_paragraph()
            p._p.append(parse_xml(group_run_xml(b[1], **(b[2] if len(b) > 2 else {}))))
        elif t == "sdt_kv":
            # rows of (label, value|None, kind, items) in a table; the value is an inline content control
            tbl = doc.add_table(rows=0, cols=2)
            tbl.style = "Table Grid"
            for row in b[1]:
                lab, val = row[0], row[1]
                kind = row[2] if len(row) > 2 else "text"
                items = row[3] if len(row) > 3 else None
                cells = tbl.add_row().cells
                cells[0].paragraphs[0].add_run(lab).bold = True
                cells[1].paragraphs[0]._p.append(parse_xml(sdt_run_xml(val, lab, kind, items)))
            doc.add_paragraph()
        elif t == "sdt_p":
            # ("sdt_p", label, value|None, kind, items): "Label: [control]"
            p = doc.add_paragraph()
            p.add_run(b[1] + " ").bold = True
            kind = b[3] if len(b) > 3 else "text"
            items = b[4] if len(b) > 4 else None
            p._p.append(parse_xml(sdt_run_xml(b[2], b[1], kind, items)))
        elif t == "checks":
            # ("checks", label, [(text, checked)]) as check box content controls
            p = doc.add_paragraph()
            p.add_run(b[1] + " ").bold = True
            for txt, on in b[2]:
                p._p.append(parse_xml(sdt_run_xml("☒" if on else "☐", txt, "checkbox")))
                p.add_run(f" {txt}   ")
        elif t == "sig":
            doc.add_paragraph()
            p = doc.add_paragraph(b[1])
        elif t == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(t)
    doc.core_properties.author = "gl"
    doc.core_properties.created = dt.datetime(2026, 1, 1)
    doc.core_properties.modified = dt.datetime(2026, 1, 1)
    doc.save(str(path))


# ---------------------------------------------------------------- text-ish writers

def _plain_lines(blocks, md=False):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += ([f"# {b[1]}"] if md else [b[1].upper() if len(b[1]) < 60 else b[1], "=" * min(len(b[1]), 70)])
        elif t == "h":
            out += [("#" * (b[2] if len(b) > 2 else 2) + " " + b[1]) if md else b[1]]
            if not md:
                out.append("-" * len(b[1]))
        elif t == "icon_h":
            out += [("## " if md else "") + f"{b[1]} {b[2]}"]
        elif t == "bold_p":
            out += [f"**{b[1]}**" if md else b[1]]
        elif t in ("p", "small", "sig"):
            out += b[1].split("\n")
        elif t == "list":
            for i, it in enumerate(b[1], 1):
                out.append((f"{i}. " if (len(b) > 2 and b[2]) else ("- " if md else "• ")) + it)
        elif t == "kv":
            if md:
                out += ["| | |", "|---|---|"]
                out += [f"| **{k}** | {v.replace(chr(10), '<br>')} |" for k, v in b[1]]
            else:
                for k, v in b[1]:
                    vl = v.split("\n")
                    out.append(f"{k}: {vl[0]}")
                    out += ["    " + x for x in vl[1:]]
        elif t == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                for r in rows[1:]:
                    out.append("| " + " | ".join(c.replace("\n", "<br>") for c in r) + " |")
            else:
                for r in rows:
                    out.append("\t".join(c.replace("\n", " ") for c in r))
        elif t == "box":
            out += _plain_lines(b[1], md)
            continue
        elif t == "group":
            for bl in b[1]:
                out += _plain_lines(bl, md)
            continue
        elif t == "kvtable":
            out += _plain_lines([("kv", b[1])], md)
            continue
        elif t in ("sdt_kv",):
            out += _plain_lines([("kv", [(r[0], r[1] if r[1] is not None else "") for r in b[1]])], md)
            continue
        elif t == "sdt_p":
            out.append(f"{b[1]} {b[2] or ''}")
        elif t == "checks":
            out.append(b[1] + " " + "  ".join(("☒ " if on else "☐ ") + txt for txt, on in b[2]))
        elif t == "pagebreak":
            continue
        out.append("")
    return out


def write_txt(blocks, path: Path, encoding="utf-8", md=False, newline="\n"):
    text = "\n".join(_plain_lines(blocks, md=md)).rstrip() + "\n"
    path.write_text(text.replace("\n", newline), encoding=encoding)


def to_html(blocks, title="", css="", lang="da") -> str:
    o = [f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title>',
         f"<style>body{{font-family:Arial,sans-serif;max-width:780px;margin:2em auto;}} "
         f"table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #999;padding:6px;vertical-align:top}} "
         f".box{{border:2px solid #4a7;padding:8px;margin:10px 0;border-radius:8px}} .small{{font-size:80%;color:#555}} {css}</style></head><body>"]
    for b in blocks:
        t = b[0]
        if t == "title":
            o.append(f"<h1>{esc(b[1])}</h1>")
        elif t == "h":
            lv = b[2] if len(b) > 2 else 2
            o.append(f"<h{lv}>{esc(b[1])}</h{lv}>")
        elif t == "icon_h":
            o.append(f'<h2><span class="icon" aria-hidden="true">{esc(b[1])}</span> {esc(b[2])}</h2>')
        elif t == "bold_p":
            o.append(f"<p><strong>{esc(b[1])}</strong></p>")
        elif t in ("p", "sig"):
            o.append("<p>" + "<br>".join(esc(x) for x in b[1].split("\n")) + "</p>")
        elif t == "small":
            o.append(f'<p class="small">{esc(b[1])}</p>')
        elif t == "list":
            tag = "ol" if (len(b) > 2 and b[2]) else "ul"
            o.append(f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif t == "kv":
            o.append("<table>" + "".join(
                f"<tr><th scope=\"row\" style=\"text-align:left;width:32%\">{esc(k)}</th><td>{'<br>'.join(esc(x) for x in v.split(chr(10)))}</td></tr>"
                for k, v in b[1]) + "</table>")
        elif t == "table":
            rows = b[1]
            hdr = len(b) > 2 and b[2]
            s = "<table>"
            for i, r in enumerate(rows):
                tag = "th" if (hdr and i == 0) else "td"
                s += "<tr>" + "".join(f"<{tag}>{'<br>'.join(esc(x) for x in c.split(chr(10)))}</{tag}>" for c in r) + "</tr>"
            o.append(s + "</table>")
        elif t == "box":
            o.append('<div class="box">' + to_html(b[1]).split("<body>", 1)[1].rsplit("</body>", 1)[0] + "</div>")
        elif t == "pagebreak":
            continue
        else:
            o.append(to_html(_norm(b)).split("<body>", 1)[1].rsplit("</body>", 1)[0])
    o.append("</body></html>\n")
    return "\n".join(o)


def _norm(b):
    if b[0] == "sdt_kv":
        return [("kv", [(r[0], r[1] or "") for r in b[1]])]
    if b[0] == "sdt_p":
        return [("p", f"{b[1]} {b[2] or ''}")]
    if b[0] == "checks":
        return [("p", b[1] + " " + "  ".join(("☒ " if on else "☐ ") + t for t, on in b[2]))]
    raise ValueError(b[0])


def write_html(blocks, path: Path, title="", css="", lang="da"):
    path.write_text(to_html(blocks, title, css, lang), encoding="utf-8")


# ---------------------------------------------------------------- RTF

def _rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) < 128:
            out.append(ch)
        elif ord(ch) < 256:
            out.append("\\'%02x" % ord(ch))
        else:
            out.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
    return "".join(out)


def write_rtf(blocks, path: Path):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\fs22 "]
    for b in blocks:
        t = b[0]
        if t == "title":
            o.append(r"{\pard\b\fs32 " + _rtf_esc(b[1]) + r"\par}")
        elif t in ("h", "bold_p"):
            o.append(r"{\pard\sb200\b\fs24 " + _rtf_esc(b[1]) + r"\par}")
        elif t == "icon_h":
            o.append(r"{\pard\sb200\b\fs24 " + _rtf_esc(b[1] + " " + b[2]) + r"\par}")
        elif t in ("p", "sig", "small"):
            o.append(r"{\pard " + _rtf_esc(b[1]) + r"\par}")
        elif t == "list":
            for i, it in enumerate(b[1], 1):
                o.append(r"{\pard\li360 " + _rtf_esc((f"{i}. " if len(b) > 2 and b[2] else "\u2022 ") + it) + r"\par}")
        elif t in ("kv", "table"):
            rows = [list(r) for r in b[1]]
            n = max(len(r) for r in rows)
            w = 9000 // n
            for r in rows:
                o.append(r"\trowd\trgaph70" + "".join(
                    rf"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx{w*(i+1)}" for i in range(n)))
                o.append("".join(r"\pard\intbl " + ((r"{\b " + _rtf_esc(r[i]) + "}") if (t == "kv" and i == 0) else _rtf_esc(r[i] if i < len(r) else "")) + r"\cell" for i in range(n)) + r"\row")
            o.append(r"\pard\par")
        elif t == "box":
            write_rtf  # inner blocks inline
            tmp = Path(str(path) + ".tmp")
            write_rtf(b[1], tmp)
            inner = tmp.read_text(encoding="ascii")
            tmp.unlink()
            o.append(inner[len(r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}\fs22 "):-1])
        elif t == "pagebreak":
            o.append(r"\page ")
    o.append("}")
    path.write_text("\n".join(o), encoding="ascii")


# ---------------------------------------------------------------- PDF (reportlab)

_FONTS_DONE = False


def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu")
    addMapping("DejaVu", 1, 1, "DejaVu-Bold")
    _FONTS_DONE = True


def write_pdf(blocks, path: Path, title="", big=False, letterhead=None):
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    base = 13 if big else 10
    sN = ParagraphStyle("n", fontName="DejaVu", fontSize=base, leading=base * 1.4, spaceAfter=base * 0.5)
    sH = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=base + 2, leading=(base + 2) * 1.3, spaceBefore=base, spaceAfter=base * 0.4)
    sT = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=base + 6, leading=(base + 6) * 1.3, spaceAfter=base)
    sS = ParagraphStyle("s", fontName="DejaVu", fontSize=base - 2, leading=(base - 2) * 1.3, textColor=colors.grey)
    sL = ParagraphStyle("l", parent=sN, leftIndent=14, bulletIndent=4, spaceAfter=2)

    def P(txt, st=sN):
        return Paragraph(esc(txt).replace("\n", "<br/>"), st)

    def flow(bs):
        story = []
        for b in bs:
            t = b[0]
            if t == "title":
                story.append(P(b[1], sT))
            elif t == "h":
                story.append(P(b[1], sH))
            elif t == "icon_h":
                story.append(P(f"{b[1]}  {b[2]}", sH))
            elif t == "bold_p":
                story.append(Paragraph("<b>" + esc(b[1]) + "</b>", sN))
            elif t in ("p", "sig"):
                story.append(P(b[1]))
            elif t == "small":
                story.append(P(b[1], sS))
            elif t == "list":
                for i, it in enumerate(b[1], 1):
                    story.append(Paragraph(esc(it), sL, bulletText=(f"{i}." if len(b) > 2 and b[2] else "•")))
            elif t in ("kv", "table"):
                rows = [list(r) for r in b[1]]
                n = max(len(r) for r in rows)
                data = []
                for ri, r in enumerate(rows):
                    data.append([Paragraph(("<b>%s</b>" if ((t == "kv" and ci == 0) or (t == "table" and len(b) > 2 and b[2] and ri == 0)) else "%s")
                                           % esc(r[ci] if ci < len(r) else "").replace("\n", "<br/>"), sN) for ci in range(n)])
                widths = [5 * cm, 11 * cm] if (t == "kv" and n == 2) else [16 * cm / n] * n
                tb = Table(data, colWidths=widths)
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story += [tb, Spacer(1, 8)]
            elif t == "box":
                inner = flow(b[1])
                tb = Table([[inner]], colWidths=[16 * cm])
                tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#3a7d44")),
                                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef6ee"))]))
                story += [tb, Spacer(1, 8)]
            elif t == "pagebreak":
                story.append(PageBreak())
            elif t in ("sdt_kv", "sdt_p", "checks"):
                story += flow(_norm(b))
            else:
                raise ValueError(t)
        return story

    def on_page(c, d):
        if letterhead:
            c.saveState()
            c.setFont("DejaVu-Bold", 9)
            c.drawString(2 * cm, A4[1] - 1.3 * cm, letterhead[0])
            c.setFont("DejaVu", 8)
            for i, ln in enumerate(letterhead[1:]):
                c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm - i * 10, ln)
            c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.6 * cm, bottomMargin=2 * cm, title=title, author="", creator="gl",
                            invariant=1)
    doc.build(flow(blocks), onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- e-mail

def write_eml(path: Path, sender, to, subject, body_text, date: dt.datetime, html_body=None, attachments=()):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{hashlib.sha1(subject.encode()).hexdigest()[:12]}.{date:%Y%m%d}@mail.example.dk>"
    m["MIME-Version"] = "1.0"
    m.set_content(body_text)
    if html_body:
        m.add_alternative(html_body, subtype="html")
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(bytes(m))
