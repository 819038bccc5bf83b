"""Renderers for the r-corpus document model.

A document is a dict:
  title: str, blocks: list, header: str|None, footer: str|None,
  pdf_mode: 'plain'|'twocol'|'sidebar', sidebar: list of blocks (pdf sidebar / html aside),
  mail: {from,to,subject,date} for eml, wrap: int for txt.
Blocks: ('h', text) ('p', text) ('ul', [..]) ('ol', [..]) ('table', [[..]]) ('kv', [(k, v)])
        ('check', [(bool, text)]) ('pre', text) ('sig', [lines])
"""
import html as _html
import io
import os
import textwrap
import zipfile

BOX_ON, BOX_OFF = "\u2612", "\u2610"


def _fix_zip(path):
    """Rewrite a zip with fixed timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- plain text
def to_lines(blocks, wrap=0):
    out = []

    def w(text, indent=""):
        if wrap:
            for para in text.split("\n"):
                out.extend(textwrap.wrap(para, wrap, initial_indent=indent,
                                         subsequent_indent=" " * len(indent)) or [""])
        else:
            out.extend(indent + t for t in text.split("\n"))

    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append("")
            out.append(b[1])
            if wrap:
                out.append("-" * min(len(b[1]), wrap))
        elif kind == "p":
            w(b[1])
            out.append("")
        elif kind == "ul":
            for it in b[1]:
                w(it, "  - ")
            out.append("")
        elif kind == "ol":
            for n, it in enumerate(b[1], 1):
                w(it, "  %d) " % n)
            out.append("")
        elif kind == "table":
            for row in b[1]:
                out.append(" | ".join(row))
            out.append("")
        elif kind == "kv":
            for k, v in b[1]:
                w("%s: %s" % (k, v))
            out.append("")
        elif kind == "check":
            for on, t in b[1]:
                w("%s %s" % (BOX_ON if on else BOX_OFF, t))
            out.append("")
        elif kind == "pre":
            out.extend(b[1].split("\n"))
            out.append("")
        elif kind == "sig":
            out.append("")
            out.extend(b[1])
            out.append("")
    return out


def plain_text(doc, wrap=None):
    wrap = doc.get("wrap", 0) if wrap is None else wrap
    lines = []
    if doc.get("header"):
        lines += [doc["header"], ""]
    if doc.get("sidebar"):
        lines += to_lines(doc["sidebar"], wrap)
    lines += to_lines(doc["blocks"], wrap)
    if doc.get("footer"):
        lines += ["", doc["footer"]]
    while lines and lines[0] == "":
        lines.pop(0)
    return "\n".join(lines).rstrip() + "\n"


def write_txt(doc, path):
    with open(path, "w", encoding=doc.get("encoding", "utf-8"), newline=doc.get("newline", "\n")) as f:
        f.write(plain_text(doc))


# ---------------------------------------------------------------- html
def _html_blocks(blocks):
    e = _html.escape
    parts = []
    for b in blocks:
        k = b[0]
        if k == "h":
            parts.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            parts.append("<p>%s</p>" % e(b[1]).replace("\n", "<br>"))
        elif k in ("ul", "ol"):
            parts.append("<%s>%s</%s>" % (k, "".join("<li>%s</li>" % e(i) for i in b[1]), k))
        elif k == "table":
            rows = b[1]
            parts.append("<table border=\"1\">" + "".join(
                "<tr>" + "".join(("<th>%s</th>" if r == 0 else "<td>%s</td>") % e(c) for c in row) + "</tr>"
                for r, row in enumerate(rows)) + "</table>")
        elif k == "kv":
            parts.append("<table class=\"kv\">" + "".join(
                "<tr><th>%s</th><td>%s</td></tr>" % (e(a), e(v)) for a, v in b[1]) + "</table>")
        elif k == "check":
            parts.append("<div class=\"check\">" + "".join(
                "<div>%s %s</div>" % (BOX_ON if on else BOX_OFF, e(t)) for on, t in b[1]) + "</div>")
        elif k == "pre":
            parts.append("<pre>%s</pre>" % e(b[1]))
        elif k == "sig":
            parts.append("<p class=\"sig\">%s</p>" % "<br>".join(e(x) for x in b[1]))
    return "\n".join(parts)


def html_text(doc):
    e = _html.escape
    body = []
    if doc.get("header"):
        body.append("<header>%s</header>" % e(doc["header"]))
    body.append("<h1>%s</h1>" % e(doc["title"]))
    if doc.get("sidebar"):
        body.append("<aside>%s</aside>" % _html_blocks(doc["sidebar"]))
    body.append("<main>%s</main>" % _html_blocks(doc["blocks"]))
    if doc.get("footer"):
        body.append("<footer>%s</footer>" % e(doc["footer"]))
    return ("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>body{font-family:sans-serif}aside{float:right;width:30%%;background:#eee}"
            "table{border-collapse:collapse}</style></head><body>\n%s\n</body></html>\n"
            % (e(doc["title"]), "\n".join(body)))


def write_html(doc, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(html_text(doc))


# ---------------------------------------------------------------- eml
def write_eml(doc, path):
    from email.message import EmailMessage
    from email.policy import SMTP
    m = doc["mail"]
    msg = EmailMessage()
    msg["From"] = m["from"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = m.get("id", "<r-corpus@example.invalid>")
    text = plain_text(doc, wrap=doc.get("wrap", 0))
    msg.set_content(text, charset="utf-8", cte=m.get("cte", "quoted-printable"))
    if m.get("html"):
        msg.add_alternative(html_text(doc), subtype="html", charset="utf-8")
        import hashlib
        msg.set_boundary("=_r_" + hashlib.md5(m.get("id", "").encode()).hexdigest())
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=SMTP))


# ---------------------------------------------------------------- rtf
def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append("\\u%d?" % o)
    return "".join(out)


def write_rtf(doc, path):
    p = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}{\\f1 Arial;}}\\fs22\n"]
    if doc.get("header"):
        p.append("{\\header \\pard\\qr\\f1\\fs16 %s\\par}\n" % _rtf_esc(doc["header"]))
    if doc.get("footer"):
        p.append("{\\footer \\pard\\qc\\f1\\fs16 %s\\par}\n" % _rtf_esc(doc["footer"]))
    p.append("\\pard\\f1\\fs32\\b %s\\b0\\fs22\\par\n" % _rtf_esc(doc["title"]))
    for b in (doc.get("sidebar") or []) + doc["blocks"]:
        k = b[0]
        if k == "h":
            p.append("\\pard\\sb200\\b %s\\b0\\par\n" % _rtf_esc(b[1]))
        elif k == "p":
            p.append("\\pard\\sa120 %s\\par\n" % _rtf_esc(b[1]))
        elif k in ("ul", "ol"):
            for n, it in enumerate(b[1], 1):
                mark = "\\bullet" if k == "ul" else "%d." % n
                p.append("\\pard\\li360\\fi-240 %s\\tab %s\\par\n" % (mark, _rtf_esc(it)))
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [list(r) for r in b[1]]
            for row in rows:
                n = len(row)
                p.append("\\trowd" + "".join("\\cellx%d" % (int(9000 * (i + 1) / n)) for i in range(n)))
                p.append("".join("\\pard\\intbl %s\\cell " % _rtf_esc(c) for c in row) + "\\row\n")
            p.append("\\pard\\par\n")
        elif k == "check":
            for on, t in b[1]:
                p.append("\\pard %s %s\\par\n" % (_rtf_esc(BOX_ON if on else BOX_OFF), _rtf_esc(t)))
        elif k == "pre":
            p.append("\\pard\\f0 %s\\f1\\par\n" % _rtf_esc(b[1]))
        elif k == "sig":
            p.append("\\pard\\sb240 %s\\par\n" % _rtf_esc("\n".join(b[1])))
    p.append("}\n")
    with open(path, "w", encoding="ascii") as f:
        f.write("".join(p))


# ---------------------------------------------------------------- docx
def write_docx(doc, path):
    import datetime
    from docx import Document
    from docx.shared import Pt
    d = Document()
    cp = d.core_properties
    cp.created = cp.modified = datetime.datetime(2026, 1, 1)
    cp.author = doc.get("author", "")
    cp.title = doc["title"]
    sec = d.sections[0]
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = doc["footer"]
    d.add_heading(doc["title"], level=1)
    for b in (doc.get("sidebar") or []) + doc["blocks"]:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [list(r) for r in b[1]]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if k == "kv" and j == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif k == "check":
            for on, t in b[1]:
                d.add_paragraph("%s %s" % (BOX_ON if on else BOX_OFF, t))
        elif k == "pre":
            para = d.add_paragraph()
            run = para.add_run(b[1])
            run.font.name = "Courier New"
            run.font.size = Pt(9)
        elif k == "sig":
            d.add_paragraph("")
            para = d.add_paragraph()
            for i, line in enumerate(b[1]):
                if i:
                    para.add_run().add_break()
                para.add_run(line)
    d.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- odt
def write_odt(doc, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, MasterPage, PageLayout, \
        Header, Footer, TableColumnProperties
    from odf.text import H, P, List, ListItem, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf import meta, dc
    o = OpenDocumentText()
    o.meta.addElement(meta.CreationDate(text="2026-01-01T00:00:00"))
    o.meta.addElement(dc.Date(text="2026-01-01T00:00:00"))
    o.meta.addElement(meta.Generator(text="r-corpus"))
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    o.styles.addElement(h1)
    o.styles.addElement(h2)
    mono = Style(name="Mono", family="paragraph")
    mono.addElement(TextProperties(fontname="Courier New"))
    o.styles.addElement(mono)
    pl = PageLayout(name="pl")
    o.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if doc.get("header"):
        hd = Header()
        hd.addElement(P(text=doc["header"]))
        mp.addElement(hd)
    if doc.get("footer"):
        ft = Footer()
        ft.addElement(P(text=doc["footer"]))
        mp.addElement(ft)
    o.masterstyles.addElement(mp)
    o.text.addElement(H(outlinelevel=1, stylename=h1, text=doc["title"]))
    tn = 0
    for b in (doc.get("sidebar") or []) + doc["blocks"]:
        k = b[0]
        if k == "h":
            o.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif k == "p":
            o.text.addElement(P(text=b[1]))
        elif k in ("ul", "ol"):
            lst = List()
            for n, it in enumerate(b[1], 1):
                li = ListItem()
                li.addElement(P(text=("• " if k == "ul" else "%d. " % n) + it))
                lst.addElement(li)
            o.text.addElement(lst)
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [list(r) for r in b[1]]
            tn += 1
            t = Table(name="Tabel%d" % tn)
            ncol = max(len(r) for r in rows)
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
            for row in rows:
                tr = TableRow()
                for c in row:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=c))
                    tr.addElement(tc)
                t.addElement(tr)
            o.text.addElement(t)
        elif k == "check":
            for on, t in b[1]:
                o.text.addElement(P(text="%s %s" % (BOX_ON if on else BOX_OFF, t)))
        elif k == "pre":
            for line in b[1].split("\n"):
                o.text.addElement(P(stylename=mono, text=line))
        elif k == "sig":
            o.text.addElement(P(text=""))
            for line in b[1]:
                o.text.addElement(P(text=line))
    o.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------- pdf
_FONTS = False


def _fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    if os.path.exists(base + "DejaVuSans.ttf"):
        pdfmetrics.registerFont(TTFont("RSans", base + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("RSans-Bold", base + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("RSerif", base + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("RMono", base + "DejaVuSansMono.ttf"))
    else:  # reportlab's bundled Vera
        import reportlab
        fd = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
        pdfmetrics.registerFont(TTFont("RSans", os.path.join(fd, "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("RSans-Bold", os.path.join(fd, "VeraBd.ttf")))
        pdfmetrics.registerFont(TTFont("RSerif", os.path.join(fd, "Vera.ttf")))
        pdfmetrics.registerFont(TTFont("RMono", os.path.join(fd, "Vera.ttf")))
    from reportlab.lib.fonts import addMapping
    addMapping("RSans", 0, 0, "RSans")
    addMapping("RSans", 1, 0, "RSans-Bold")
    _FONTS = True


def write_pdf(doc, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, \
        TableStyle, FrameBreak, Preformatted, ListFlowable, ListItem
    e = _html.escape
    font = "RSerif" if doc.get("serif") else "RSans"
    st_p = ParagraphStyle("p", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=5)
    st_h = ParagraphStyle("h", fontName="RSans-Bold", fontSize=11.5, leading=14, spaceBefore=7, spaceAfter=3)
    st_t = ParagraphStyle("t", fontName="RSans-Bold", fontSize=15, leading=19, spaceAfter=8)
    st_c = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=10.5)
    st_m = ParagraphStyle("m", fontName="RMono", fontSize=8, leading=10)

    W, H = A4
    mode = doc.get("pdf_mode", "plain")

    def flow(blocks, width):
        out = []
        for b in blocks:
            k = b[0]
            if k == "h":
                out.append(Paragraph(e(b[1]), st_h))
            elif k == "p":
                out.append(Paragraph(e(b[1]).replace("\n", "<br/>"), st_p))
            elif k in ("ul", "ol"):
                out.append(ListFlowable([ListItem(Paragraph(e(i), st_p)) for i in b[1]],
                                        bulletType="bullet" if k == "ul" else "1",
                                        bulletFontName=font, bulletFontSize=8))
            elif k in ("table", "kv"):
                rows = b[1] if k == "table" else [list(r) for r in b[1]]
                ncol = max(len(r) for r in rows)
                if k == "kv":
                    cw = [width * 0.32, width * 0.68]
                else:
                    cw = [width / ncol] * ncol
                data = [[Paragraph(e(c), st_c) for c in r] + [""] * (ncol - len(r)) for r in rows]
                t = Table(data, colWidths=cw)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out.append(t)
                out.append(Spacer(1, 4))
            elif k == "check":
                for on, t in b[1]:
                    out.append(Paragraph("%s %s" % (BOX_ON if on else BOX_OFF, e(t)), st_p))
            elif k == "pre":
                out.append(Preformatted(b[1], st_m))
            elif k == "sig":
                out.append(Spacer(1, 10))
                out.append(Paragraph("<br/>".join(e(x) for x in b[1]), st_p))
        return out

    def deco(canvas, _doc):
        canvas.saveState()
        canvas.setFont("RSans", 7.5)
        if doc.get("header"):
            canvas.drawString(18 * mm, H - 12 * mm, doc["header"])
            canvas.line(18 * mm, H - 13.5 * mm, W - 18 * mm, H - 13.5 * mm)
        if doc.get("footer"):
            canvas.drawCentredString(W / 2, 10 * mm, doc["footer"])
        canvas.drawRightString(W - 18 * mm, 10 * mm, "Side %d" % _doc.page)
        canvas.restoreState()

    lm, top, bot = 18 * mm, 20 * mm, 18 * mm
    fw, fh = W - 2 * lm, H - top - bot
    bd = BaseDocTemplate(path, pagesize=A4, title=doc["title"], author=doc.get("author", ""),
                         creator="r-corpus", leftMargin=lm, rightMargin=lm, topMargin=top, bottomMargin=bot)
    story = []
    if mode == "twocol":
        gap = 7 * mm
        cw = (fw - gap) / 2
        frames = [Frame(lm, bot, cw, fh, id="c1"), Frame(lm + cw + gap, bot, cw, fh, id="c2")]
        story.append(Paragraph(e(doc["title"]), st_t))
        story += flow(doc["blocks"], cw)
    elif mode == "sidebar":
        sw = 52 * mm
        gap = 6 * mm
        mw = fw - sw - gap
        side_first = doc.get("sidebar_left", True)
        if side_first:
            fs = Frame(lm, bot, sw, fh, id="side", showBoundary=0)
            fm = Frame(lm + sw + gap, bot, mw, fh, id="main")
        else:
            fm = Frame(lm, bot, mw, fh, id="main")
            fs = Frame(lm + mw + gap, bot, sw, fh, id="side")
        frames = [fs, fm]
        later = [Frame(lm, bot, fw, fh, id="full")]
        story += flow(doc.get("sidebar") or [], sw)
        story.append(FrameBreak())
        story.append(Paragraph(e(doc["title"]), st_t))
        story += flow(doc["blocks"], mw)
        from reportlab.platypus import NextPageTemplate
        story.insert(0, NextPageTemplate("later"))
        bd.addPageTemplates([PageTemplate("first", frames=frames, onPage=deco),
                             PageTemplate("later", frames=later, onPage=deco)])
        bd.build(story)
        return
    else:
        frames = [Frame(lm, bot, fw, fh, id="f")]
        story.append(Paragraph(e(doc["title"]), st_t))
        story += flow((doc.get("sidebar") or []) + doc["blocks"], fw)
    bd.addPageTemplates([PageTemplate("all", frames=frames, onPage=deco)])
    bd.build(story)


WRITERS = {"txt": write_txt, "html": write_html, "eml": write_eml, "rtf": write_rtf,
           "docx": write_docx, "odt": write_odt, "pdf": write_pdf}
