"""Renderers: Doc -> file in many formats."""
import html
import textwrap
import email.utils
from email.message import EmailMessage
import datetime as dt

from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

CB_ON, CB_OFF = "☒", "☐"


def lc(label):
    return label + (" " if label.endswith("?") else ": ")


def sec_lines(sec):
    """Flatten a section value into text lines; bullets prefixed."""
    out = []
    for p in sec.paras:
        if isinstance(p, list):
            out += ["• " + x for x in p]
        else:
            out.append(p)
    if sec.checks:
        out += [f"{CB_ON if t else CB_OFF} {x}" for t, x in sec.checks]
    return out


def all_blocks(doc, with_letterhead=True):
    """Generic linear representation: list of (type, text)."""
    b = []
    if with_letterhead:
        b += [("small", x) for x in doc.letterhead]
    b.append(("title", doc.title))
    b += [("meta", x) for x in doc.meta]
    b += [("p", x) for x in doc.intro if x]
    for s in doc.sections:
        if s.label:
            b.append(("label", s.label))
        for ln in sec_lines(s):
            b.append(("bullet" if ln.startswith("• ") else "p", ln))
    b += [("p", x) for x in doc.closing]
    if doc.bilag:
        b.append(("pagebreak", ""))
        b.append(("title", "Bilag 1: " + doc.bilag.title))
        b += [("meta", x) for x in doc.bilag.meta]
        for s in doc.bilag.sections:
            if s.label:
                b.append(("label", s.label))
            for ln in sec_lines(s):
                b.append(("bullet" if ln.startswith("• ") else "p", ln))
    return b


# ======================================================================= TXT
def wrap(t, width, rng=None):
    if not t:
        return [""]
    return textwrap.wrap(t, width=width, break_long_words=False) or [""]


def render_txt(doc, path, rng):
    L = []
    if doc.layout == "markdown_text":
        L.append("# " + doc.title)
        L.append("")
        L += [f"*{x}*  " for x in doc.letterhead[:2]] + [""]
        L += [x + "  " for x in doc.meta] + [""]
        L += [x + "\n" for x in doc.intro if x]
        for s in doc.sections:
            if s.label:
                L.append(("## " if rng.random() < 0.7 else "### ") + s.label)
                L.append("")
            for ln in sec_lines(s):
                L.append("- " + ln[2:] if ln.startswith("• ") else ln)
            L.append("")
        L += doc.closing
    elif doc.layout == "journal_note":
        ctx = doc.ctx
        L += [f"{doc.letterhead[0]} – {doc.letterhead[1] if len(doc.letterhead) > 1 else ''}",
              f"Notattype: Journalnotat   Dato: {ctx['letter'].strftime('%d-%m-%Y')}   Forfatter: {ctx['cw']['fn']} {ctx['cw']['ln']}",
              "Emne: " + doc.title, "-" * 60]
        for x in doc.meta:
            L.append(x)
        L.append("")
        for x in doc.intro:
            L += wrap(x, 72) + [""]
        for s in doc.sections:
            body = " ".join(l if not l.startswith("• ") else l[2:] + ";" for l in sec_lines(s))
            if s.label and s.placeholder:
                body = lc(s.label) + body
            L += wrap(body, 72) + [""]
        L += doc.closing
    else:  # hardwrap_text (also used for unknown / minplan plain text)
        width = rng.choice([60, 64, 68, 72])
        L += doc.letterhead + [""]
        L += [doc.title.upper(), "=" * min(len(doc.title), width), ""]
        L += doc.meta + [""]
        for x in doc.intro:
            L += wrap(x, width) + [""]
        inline = rng.random() < 0.5
        for s in doc.sections:
            lines = sec_lines(s)
            if s.label and inline and lines and not lines[0].startswith("• "):
                first = lc(s.label) + lines[0]
                L += wrap(first, width)
                lines = lines[1:]
            elif s.label:
                L.append(s.label + ":" if not s.label.endswith("?") else s.label)
            for ln in lines:
                if ln.startswith("• "):
                    w = wrap(ln[2:], width - 4)
                    L.append("  - " + w[0]); L += ["    " + x for x in w[1:]]
                else:
                    L += wrap(ln, width)
            L.append("")
        L += doc.closing
        if doc.bilag:
            L += ["", "", "BILAG 1: " + doc.bilag.title.upper(), ""]
            for s in doc.bilag.sections:
                L += wrap(f"{s.label}: " + " ".join(x.lstrip("• ") for x in sec_lines(s)), width)
    with open(path, "w", encoding="utf-8", newline="\n" if rng.random() < 0.7 else "\r\n") as f:
        f.write("\n".join(L) + "\n")


# ======================================================================= HTML
def render_html(doc, path, rng):
    e = html.escape
    lay = doc.layout
    parts = ['<!DOCTYPE html>', '<html lang="da"><head><meta charset="utf-8">', f'<title>{e(doc.title)}</title>',
             '<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto} .lbl{font-weight:bold} dt{font-weight:bold;margin-top:.8em}</style>',
             '<script>', '// formular-konfiguration (ikke indhold)',
             'var felter = {"maal":"Mål","mentor":"Mentorens navn og kontaktdata","opgaver":"Opgaver","periode":"Periode",'
             '"opfoelgning":"Opfølgning","timetal":"Timetal","klage":"Klagevejledning – du kan klage inden 4 uger til kommunen"};',
             'function vis(id){document.getElementById(id).hidden=false;}', '</script>', '</head><body>',
             '<div id="wrapper"><div class="page"><header class="top">']
    parts += [f'<div class="org">{e(x)}</div>' for x in doc.letterhead]
    parts.append('</header><main><div class="content">')
    parts.append(f'<h1>{e(doc.title)}</h1>')
    parts.append('<div class="meta">' + "<br>".join(e(x) for x in doc.meta) + '</div>')
    parts += [f'<p>{e(x)}</p>' for x in doc.intro if x]

    def val_html(s):
        out = []
        bl = []
        for p in s.paras:
            if isinstance(p, list):
                out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in p) + "</ul>")
            else:
                out.append(f"<p>{e(p)}</p>" if p else "")
        if s.checks:
            out.append("<div>" + "<br>".join(f"{CB_ON if t else CB_OFF} {e(x)}" for t, x in s.checks) + "</div>")
        return "".join(out)

    if lay == "html_dl":
        parts.append("<dl>")
        for s in doc.sections:
            if s.label:
                parts.append(f"<dt>{e(s.label)}</dt><dd>{val_html(s)}</dd>")
            else:
                parts.append(f"<dd>{val_html(s)}</dd>")
        parts.append("</dl>")
    elif lay == "html_table":
        parts.append('<table border="1" cellpadding="6" style="border-collapse:collapse"><tbody>')
        for s in doc.sections:
            parts.append(f"<tr><th style='text-align:left;vertical-align:top'>{e(s.label or '')}</th><td>{val_html(s)}</td></tr>")
        parts.append("</tbody></table>")
    else:
        for i, s in enumerate(doc.sections):
            parts.append(f'<div class="section" id="s{i}"><div class="row"><div class="col">'
                         f'<div class="lbl">{e(s.label or "")}</div></div><div class="col"><div class="val">{val_html(s)}</div></div></div></div>')
    parts += [f'<p>{e(x)}</p>' if x else "<br>" for x in doc.closing]
    parts.append('</div></main><footer><small>' + e(doc.footer or doc.letterhead[0]) + '</small></footer></div></div></body></html>')
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


# ======================================================================= EML
def render_eml(doc, path, rng):
    em = doc.email
    m = EmailMessage()
    m["From"] = em["frm"]
    m["To"] = em["to"]
    m["Subject"] = em["subject"]
    d = dt.datetime.combine(em["date"], dt.time(rng.randint(8, 15), rng.randint(0, 59)))
    m["Date"] = email.utils.format_datetime(d.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{rng.randint(10**9, 10**10)}@{em['frm'].split('@')[-1].rstrip('>')}>"
    body = []
    body += [x for x in doc.intro if x] + [""]
    for s in doc.sections:
        lines = sec_lines(s)
        if s.label:
            if rng.random() < 0.5:
                body.append(lc(s.label) + (lines[0] if lines else ""))
                body += lines[1:]
            else:
                body.append(s.label.upper())
                body += lines
        else:
            body += lines
        body.append("")
    body += doc.closing
    q = em.get("quoted")
    if q:
        qd = em["date"] - dt.timedelta(days=rng.randint(1, 6))
        body += ["", f"Den {qd.day}. {['jan','feb','mar','apr','maj','jun','jul','aug','sep','okt','nov','dec'][qd.month-1]}. {qd.year} skrev {em['to'].split('<')[0].strip()}:"]
        body += ["> " + x for x in q]
    m.set_content("\n".join(body))
    with open(path, "wb") as f:
        f.write(bytes(m))


# ======================================================================= RTF
def rtf_esc(t):
    out = []
    for ch in t:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(doc, path, rng):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
         r"\paperw11906\paperh16838\margl1417\margr1134\margt1701\margb1701"]
    if doc.header:
        R.append(r"{\header\pard\qr\fs16 " + rtf_esc(doc.header) + r"\par}")
    if doc.footer:
        R.append(r"{\footer\pard\qc\fs16 " + rtf_esc(doc.footer) + r"\par}")
    else:
        R.append(r"{\footer\pard\qc\fs16 " + rtf_esc(doc.letterhead[0] + " · " + doc.letterhead[-1]) + r"\par}")
    for x in doc.letterhead:
        R.append(r"\pard\qr\fs18 " + rtf_esc(x) + r"\par")
    R.append(r"\pard\sb240\sa120\b\fs32 " + rtf_esc(doc.title) + r"\b0\par")
    for x in doc.meta:
        R.append(r"\pard\fs20 " + rtf_esc(x) + r"\par")
    for x in doc.intro:
        if x:
            R.append(r"\pard\sa120\fs22 " + rtf_esc(x) + r"\par")
    for s in doc.sections:
        lines = sec_lines(s)
        if s.label:
            if rng.random() < 0.5 and lines and not lines[0].startswith("• "):
                R.append(r"\pard\sa60\fs22{\b " + rtf_esc(lc(s.label)) + r"}" + rtf_esc(lines[0]) + r"\par")
                lines = lines[1:]
            else:
                R.append(r"\pard\sb120\fs22\b " + rtf_esc(s.label) + r"\b0\par")
        for ln in lines:
            if ln.startswith("• "):
                R.append(r"\pard\li360\fi-240\fs22 \bullet\tab " + rtf_esc(ln[2:]) + r"\par")
            else:
                R.append(r"\pard\sa60\fs22 " + rtf_esc(ln) + r"\par")
    for x in doc.closing:
        R.append(r"\pard\fs22 " + rtf_esc(x) + r"\par")
    R.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(R))


# ======================================================================= ODT
def render_odt(doc, path, rng):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import H, P, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    o = OpenDocumentText()
    bold = Style(name="Fed", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    small = Style(name="Lille", family="paragraph"); small.addElement(TextProperties(fontsize="9pt"))
    small.addElement(ParagraphProperties(textalign="end"))
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    for st in (bold, small, h1, h2):
        o.styles.addElement(st) if st.getAttribute("family") == "paragraph" and False else o.automaticstyles.addElement(st)
    for x in doc.letterhead:
        o.text.addElement(P(stylename=small, text=x))
    o.text.addElement(H(outlinelevel=1, stylename=h1, text=doc.title))
    for x in doc.meta:
        o.text.addElement(P(text=x))
    for x in doc.intro:
        if x:
            o.text.addElement(P(text=x))
    if doc.layout == "form_table":
        t = Table(name="Aftale")
        t.addElement(TableColumn(numbercolumnsrepeated=2))
        for s in doc.sections:
            tr = TableRow()
            c1 = TableCell(); c1.addElement(P(text=s.label or "")); tr.addElement(c1)
            c2 = TableCell()
            for ln in sec_lines(s) or [""]:
                c2.addElement(P(text=ln))
            tr.addElement(c2); t.addElement(tr)
        o.text.addElement(t)
    else:
        for s in doc.sections:
            lines = sec_lines(s)
            if s.label and doc.layout == "label_paragraphs" and lines and not lines[0].startswith("• "):
                p = P(); sp = Span(stylename=bold, text=lc(s.label)); p.addElement(sp); p.addText(lines[0])
                o.text.addElement(p); lines = lines[1:]
            elif s.label:
                o.text.addElement(H(outlinelevel=2, stylename=h2, text=s.label))
            for ln in lines:
                o.text.addElement(P(text=ln))
    for x in doc.closing:
        o.text.addElement(P(text=x))
    o.save(path)


# ======================================================================= DOCX
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def x_esc(t):
    return html.escape(t, quote=False)


def para_xml(text, bold=False, rstyle=None):
    rpr = ""
    if bold or rstyle:
        rpr = "<w:rPr>" + (f'<w:rStyle w:val="{rstyle}"/>' if rstyle else "") + ("<w:b/>" if bold else "") + "</w:rPr>"
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{x_esc(text)}</w:t></w:r></w:p>'


_sdt_id = [1000]


def sdt_block(label, lines, placeholder, tag):
    _sdt_id[0] += 1
    inner = "".join(para_xml(l, rstyle="PlaceholderText" if placeholder else None) for l in (lines or [""]))
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{x_esc(label or tag)}"/><w:tag w:val="{tag}"/><w:id w:val="{_sdt_id[0]}"/>'
        f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>{ph}</w:sdtPr>'
        f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>')


def textbox_run(lines, idn):
    content = "".join(para_xml(l, bold=(i == 0)) for i, l in enumerate(lines))
    cy = 230000 * (len(lines) + 1) + 150000
    cx = 5400000
    return parse_xml(
        f'<w:r {W_NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264+idn}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{100+idn}" name="Tekstfelt {idn}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:shape id="Tekstfelt {idn}" o:spid="_x0000_s{1025+idn}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:425pt;height:{cy/12700:.0f}pt;z-index:{251659264+idn}" '
        f'fillcolor="#f2f2f2" strokeweight=".5pt"><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>')


def add_lines_par(d, lines, bullets_style=True):
    for ln in lines:
        if ln.startswith("• ") and bullets_style:
            d.add_paragraph(ln[2:], style="List Bullet")
        else:
            d.add_paragraph(ln)


def render_docx(doc, path, rng):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = rng.choice(["Calibri", "Arial", "Verdana", "Times New Roman", "Garamond"])
    st.font.size = Pt(rng.choice([10, 10.5, 11, 12]))
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    lay = doc.layout
    if lay == "header_footer_fields":
        hp = sec.header.paragraphs[0]
        hp.text = " · ".join(doc.letterhead[:2]) + "    " + (doc.meta[-2] if len(doc.meta) > 1 else "")
    else:
        for x in doc.letterhead:
            p = d.add_paragraph(x); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.runs[0].font.size = Pt(8.5)
    if doc.footer:
        fp = sec.footer.paragraphs[0]
        fp.text = doc.footer
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif rng.random() < 0.5:
        sec.footer.paragraphs[0].text = doc.letterhead[0] + (" – " + doc.letterhead[-1] if len(doc.letterhead) > 1 else "")
    if rng.random() < 0.5:
        d.add_heading(doc.title, level=1)
    else:
        p = d.add_paragraph(); r = p.add_run(doc.title); r.bold = True; r.font.size = Pt(16)
    for x in doc.meta:
        d.add_paragraph(x)
    for x in doc.intro:
        if x:
            d.add_paragraph(x)
    comment_target = None
    body = d.element.body
    tb_idx = [0]

    def sec_table(sections):
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for s in sections:
            row = t.add_row()
            row.cells[0].text = s.label or ""
            row.cells[0].paragraphs[0].runs and setattr(row.cells[0].paragraphs[0].runs[0], "bold", True)
            lines = sec_lines(s)
            if lines:
                row.cells[1].text = lines[0]
                for ln in lines[1:]:
                    row.cells[1].add_paragraph(ln)
        return t

    if lay in ("form_table", "checkbox_form"):
        t = sec_table(doc.sections)
        comment_target = t.rows[0].cells[1].paragraphs[0]
    else:
        tbox_fields = set()
        if lay == "textbox_layout":
            cands = [s.field for s in doc.sections]
            tbox_fields = set(rng.sample(cands, min(len(cands), rng.choice([2, 3]))))
            doc.traits.append("text box (mc:AlternateContent wps + VML fallback) holds: " + ", ".join(sorted(tbox_fields)))
        for s in doc.sections:
            lines = sec_lines(s)
            if lay == "content_controls":
                if s.label:
                    p = d.add_paragraph(); p.add_run(s.label).bold = True
                anchor = d.add_paragraph()
                anchor._p.addprevious(sdt_block(s.label, lines, s.placeholder, s.field))
                body.remove(anchor._p)
                continue
            if s.field in tbox_fields:
                p = d.add_paragraph()
                tb_idx[0] += 1
                p._p.append(textbox_run([s.label or ""] + lines, tb_idx[0]))
                continue
            if s.tracked:
                old, new = s.tracked
                p = d.add_paragraph()
                if s.label:
                    p.add_run(s.label + (" " if s.label.endswith("?") else ": ")).bold = True
                p._p.append(parse_xml(f'<w:del {W_NS} w:id="{rng.randint(10,99)}" w:author="{x_esc(doc.ctx["cw"]["fn"])}" w:date="2025-01-10T10:00:00Z">'
                                      f'<w:r><w:delText xml:space="preserve">{x_esc(old)}</w:delText></w:r></w:del>'))
                p._p.append(parse_xml(f'<w:ins {W_NS} w:id="{rng.randint(100,199)}" w:author="{x_esc(doc.ctx["cw"]["fn"])}" w:date="2025-01-10T10:01:00Z">'
                                      f'<w:r><w:t xml:space="preserve">{x_esc(new)}</w:t></w:r></w:ins>'))
                add_lines_par(d, lines[1:])
                continue
            if lay in ("label_paragraphs", "tracked_changes") and s.label and (not lines or not lines[0].startswith("• ")):
                p = d.add_paragraph(); p.add_run(s.label + (" " if s.label.endswith("?") else ": ")).bold = True
                if lines:
                    p.add_run(lines[0]); lines = lines[1:]
                if comment_target is None:
                    comment_target = p
                add_lines_par(d, lines)
                continue
            if s.label:
                if lay in ("heading_sections", "qa_labels", "english_agreement", "decision_with_bilag") or rng.random() < 0.3:
                    d.add_heading(s.label, level=2)
                else:
                    p = d.add_paragraph(); p.add_run(s.label).bold = True
            add_lines_par(d, lines)
            if comment_target is None and d.paragraphs:
                comment_target = d.paragraphs[-1]
    for x in doc.closing:
        d.add_paragraph(x)
    if doc.bilag:
        d.add_page_break()
        d.add_heading("Bilag 1: " + doc.bilag.title, level=1)
        for x in doc.bilag.meta:
            d.add_paragraph(x)
        sec_table(doc.bilag.sections)
    if doc.comment and comment_target is not None and comment_target.runs:
        d.add_comment(comment_target.runs, text=doc.comment, author=doc.ctx["cw"]["fn"], initials=doc.ctx["cw"]["fn"][:2])
    d.core_properties.author = doc.ctx["cw"]["fn"] + " " + doc.ctx["cw"]["ln"]
    d.core_properties.title = doc.title
    d.save(path)
