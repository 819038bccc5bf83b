"""Renderers for the independent corpus q.

A document is a Doc: a list of blocks plus metadata. Blocks:
  ("h", level, text)
  ("p", text)
  ("kv", [(label, value_or_None)], style)   style: "table" | "lines" | "cc" (content controls)
  ("table", rows, header_bool)
  ("bullets", items)
  ("numbered", items)
  ("pagebreak",)
"""
import email.policy
import html
import io
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime

CC_PLACEHOLDER = "Klik eller tryk her for at skrive tekst."


class Doc:
    def __init__(self, blocks, title="", header=None, footer=None, sidebar=None,
                 mail=None, html_style="plain", pdf_style="single", wrap=None,
                 txt_style="plain", font="helv"):
        self.blocks = blocks
        self.title = title
        self.header = header
        self.footer = footer
        self.sidebar = sidebar or []
        self.mail = mail
        self.html_style = html_style
        self.pdf_style = pdf_style
        self.wrap = wrap
        self.txt_style = txt_style
        self.font = font


def _kv_value(v):
    return "" if v is None else v


# ---------------------------------------------------------------- text
def to_text(doc, wrap=None, style="plain"):
    out = []
    w = wrap

    def para(t):
        if w:
            for line in t.split("\n"):
                out.extend(textwrap.wrap(line, w) or [""])
        else:
            out.extend(t.split("\n"))

    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            t = b[2]
            if style == "fagsystem":
                out.append("")
                out.append("== " + t.upper() + " ==")
            elif b[1] == 1:
                out.append(t)
                out.append("=" * min(len(t), 60))
            else:
                out.append("")
                out.append(t)
                out.append("-" * min(len(t), 60))
        elif kind == "p":
            para(b[1])
            out.append("")
        elif kind == "kv":
            labw = max((len(l) for l, _ in b[1]), default=0)
            for l, v in b[1]:
                if style == "fagsystem":
                    line = (l + " ").ljust(labw + 2, ".") + ": " + _kv_value(v)
                else:
                    line = l + ": " + _kv_value(v)
                if w and len(line) > w:
                    wrapped = textwrap.wrap(line, w, subsequent_indent="    ")
                    out.extend(wrapped)
                else:
                    out.append(line)
            out.append("")
        elif kind == "table":
            for r in b[1]:
                out.append(" | ".join(r))
            out.append("")
        elif kind == "bullets":
            for it in b[1]:
                if w:
                    out.extend(textwrap.wrap("- " + it, w, subsequent_indent="  "))
                else:
                    out.append("- " + it)
            out.append("")
        elif kind == "numbered":
            for i, it in enumerate(b[1], 1):
                out.append(f"{i}. {it}")
            out.append("")
        elif kind == "pagebreak":
            out.append("")
            out.append("-" * 40)
            out.append("")
    text = "\n".join(out).rstrip() + "\n"
    if doc.header:
        text = doc.header + "\n\n" + text
    if doc.footer:
        text = text + "\n" + doc.footer + "\n"
    return text


def render_txt(doc, path):
    txt = to_text(doc, wrap=doc.wrap, style=doc.txt_style)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


# ---------------------------------------------------------------- html
CSS = {
    "plain": "body{font-family:Arial;max-width:46em;margin:2em}td{border:1px solid #999;padding:4px}table{border-collapse:collapse}",
    "jobnet": "body{font-family:Verdana;background:#f4f4f4}.wrap{background:#fff;margin:0 auto;max-width:60em;padding:1em}nav a{margin-right:1em}dt{font-weight:bold}",
    "eboks": "body{font-family:Georgia;margin:3em}.meta{color:#555;font-size:80%}",
    "fagsystem": "body{font-family:monospace;font-size:12px}th{background:#ddd;text-align:left}td,th{border:1px solid #aaa;padding:2px 6px}",
}


def _html_blocks(blocks, kvmode="table"):
    parts = []
    e = html.escape
    for b in blocks:
        kind = b[0]
        if kind == "h":
            lv = min(b[1] + 1, 4)
            parts.append(f"<h{lv}>{e(b[2])}</h{lv}>")
        elif kind == "p":
            parts.append("<p>" + e(b[1]).replace("\n", "<br>\n") + "</p>")
        elif kind == "kv":
            if kvmode == "dl":
                parts.append("<dl>")
                for l, v in b[1]:
                    parts.append(f"  <dt>{e(l)}</dt><dd>{e(_kv_value(v))}</dd>")
                parts.append("</dl>")
            else:
                parts.append('<table class="kv">')
                for l, v in b[1]:
                    parts.append(f"  <tr><th>{e(l)}</th><td>{e(_kv_value(v))}</td></tr>")
                parts.append("</table>")
        elif kind == "table":
            parts.append("<table>")
            for i, r in enumerate(b[1]):
                tag = "th" if (i == 0 and b[2]) else "td"
                parts.append("  <tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            parts.append("</table>")
        elif kind in ("bullets", "numbered"):
            tag = "ul" if kind == "bullets" else "ol"
            parts.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif kind == "pagebreak":
            parts.append("<hr>")
    return "\n".join(parts)


def to_html(doc):
    st = doc.html_style
    e = html.escape
    body = _html_blocks(doc.blocks, kvmode="dl" if st == "jobnet" else "table")
    head = f'<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n<title>{e(doc.title)}</title>\n<style>{CSS.get(st, CSS["plain"])}</style>\n</head>\n<body>\n'
    pre, post = "", ""
    if st == "jobnet":
        pre = ('<header><div class="logo">Jobnet</div><nav><a href="#">Forside</a><a href="#">Min side</a>'
               '<a href="#">Min Plan</a><a href="#">Joblog</a><a href="#">Log ud</a></nav></header>\n'
               '<div class="cookie">Vi bruger cookies til statistik. <button>OK</button></div>\n<div class="wrap">\n')
        post = ('</div>\n<footer>Styrelsen for Arbejdsmarked og Rekruttering &middot; '
                '<a href="#">Tilgængelighedserklæring</a> &middot; <a href="#">Privatlivspolitik</a></footer>\n')
    elif st == "eboks":
        pre = f'<div class="meta">Digital Post &middot; {e(doc.header or "")}</div>\n'
    elif doc.header:
        pre = f"<div class=\"hdr\">{e(doc.header)}</div>\n"
    if doc.sidebar:
        pre += '<aside style="float:right;width:14em;border-left:1px solid #ccc;padding-left:1em">' + _html_blocks(doc.sidebar) + "</aside>\n"
    if doc.footer and st != "jobnet":
        post = f"<footer><small>{e(doc.footer)}</small></footer>\n" + post
    return head + pre + body + "\n" + post + "</body>\n</html>\n"


def render_html(doc, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(to_html(doc))


# ---------------------------------------------------------------- docx
def _add_cc_run(paragraph, value, tag):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag.lower().replace(" ", "_"))
    pr.append(alias)
    pr.append(t)
    if value is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    txt = OxmlElement("w:text")
    txt.set(qn("w:multiLine"), "1")
    pr.append(txt)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if value is None:
        rpr = OxmlElement("w:rPr")
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "PlaceholderText")
        rpr.append(rs)
        r.append(rpr)
    wt = OxmlElement("w:t")
    wt.set(qn("xml:space"), "preserve")
    wt.text = CC_PLACEHOLDER if value is None else value
    r.append(wt)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def render_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    if doc.header:
        d.sections[0].header.paragraphs[0].text = doc.header
    if doc.footer:
        d.sections[0].footer.paragraphs[0].text = doc.footer
    if doc.sidebar:
        # put sidebar as a right-aligned small text box emulation: a 1x2 table at top
        t = d.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.text = doc.title or ""
        right.text = ""
        first = True
        for b in doc.sidebar:
            txt = b[2] if b[0] == "h" else (b[1] if b[0] == "p" else "")
            if b[0] == "kv":
                txt = "\n".join(f"{l}: {_kv_value(v)}" for l, v in b[1])
            if first:
                right.paragraphs[0].text = txt
                first = False
            else:
                right.add_paragraph(txt)
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[2], level=min(b[1], 3))
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "kv":
            style = b[2] if len(b) > 2 else "table"
            if style == "lines":
                for l, v in b[1]:
                    p = d.add_paragraph()
                    p.add_run(l + ": ").bold = True
                    p.add_run(_kv_value(v))
            else:
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for l, v in b[1]:
                    row = t.add_row().cells
                    row[0].text = l
                    row[0].paragraphs[0].runs[0].bold = True
                    if style == "cc":
                        _add_cc_run(row[1].paragraphs[0], v, l)
                    else:
                        val = _kv_value(v)
                        lines = val.split("\n")
                        row[1].text = lines[0]
                        for extra in lines[1:]:
                            row[1].add_paragraph(extra)
                d.add_paragraph("")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for c, val in zip(cells, r):
                    c.text = val
                    if i == 0 and b[2] and c.paragraphs[0].runs:
                        c.paragraphs[0].runs[0].bold = True
            d.add_paragraph("")
        elif kind == "bullets":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "numbered":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "pagebreak":
            d.add_page_break()
    d.core_properties.title = doc.title or ""
    d.core_properties.author = "Sagsbehandler"
    d.core_properties.comments = ""
    d.save(path)


# ---------------------------------------------------------------- odt
_TC = [0]


def render_odt(doc, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.text import P, H, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf import teletype
    o = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    o.automaticstyles.addElement(bold)
    hs = {}
    for lv in (1, 2, 3):
        s = Style(name=f"Heading_20_{lv}", displayname=f"Heading {lv}", family="paragraph")
        s.addElement(TextProperties(fontsize=f"{18 - 3 * lv}pt", fontweight="bold"))
        o.styles.addElement(s)
        hs[lv] = s

    def para(t):
        p = P()
        teletype.addTextToElement(p, t)
        return p

    if doc.header:
        o.text.addElement(para(doc.header))
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            lv = min(b[1], 3)
            h = H(outlinelevel=lv, stylename=hs[lv])
            teletype.addTextToElement(h, b[2])
            o.text.addElement(h)
        elif kind == "p":
            for line in b[1].split("\n"):
                o.text.addElement(para(line))
        elif kind in ("kv", "table"):
            rows = [[l, _kv_value(v)] for l, v in b[1]] if kind == "kv" else b[1]
            _TC[0] += 1
            t = Table(name=f"Tabel{_TC[0]}")
            t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for r in rows:
                tr = TableRow()
                for c in r:
                    tc = TableCell(valuetype="string")
                    for line in c.split("\n"):
                        tc.addElement(para(line))
                    tr.addElement(tc)
                t.addElement(tr)
            o.text.addElement(t)
            o.text.addElement(para(""))
        elif kind in ("bullets", "numbered"):
            lst = List()
            for it in b[1]:
                li = ListItem()
                li.addElement(para(it))
                lst.addElement(li)
            o.text.addElement(lst)
        elif kind == "pagebreak":
            o.text.addElement(para(""))
    if doc.footer:
        o.text.addElement(para(doc.footer))
    o.save(path)


# ---------------------------------------------------------------- rtf
def _rtf_esc(t):
    out = []
    for ch in t:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                v = o if o < 32768 else o - 65536
                out.append("\\u%d?" % v)
    return "".join(out)


def render_rtf(doc, path):
    L = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}{\\f1\\fmodern Courier New;}}",
         "\\viewkind4\\uc1\\pard\\f0\\fs22"]
    if doc.header:
        L.append("{\\header\\pard\\qr\\fs16 " + _rtf_esc(doc.header) + "\\par}")
    if doc.footer:
        L.append("{\\footer\\pard\\qc\\fs16 " + _rtf_esc(doc.footer) + "\\par}")
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            size = {1: 32, 2: 26}.get(b[1], 24)
            L.append("\\pard\\sb200\\sa100{\\b\\fs%d %s}\\par" % (size, _rtf_esc(b[2])))
        elif kind == "p":
            L.append("\\pard\\sa120 " + _rtf_esc(b[1]) + "\\par")
        elif kind in ("kv", "table"):
            rows = [[l, _kv_value(v)] for l, v in b[1]] if kind == "kv" else b[1]
            n = len(rows[0])
            width = 9000 // n
            for r in rows:
                row = "\\trowd\\trgaph108"
                for i in range(n):
                    row += "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx%d" % (width * (i + 1) if kind == "table" else (3000 if i == 0 else 9000))
                row += "\\pard\\intbl "
                for i, c in enumerate(r):
                    cell = _rtf_esc(c)
                    if kind == "kv" and i == 0:
                        cell = "{\\b " + cell + "}"
                    row += cell + "\\cell "
                row += "\\row"
                L.append(row)
            L.append("\\pard\\par")
        elif kind in ("bullets", "numbered"):
            for i, it in enumerate(b[1], 1):
                mark = "\\bullet" if kind == "bullets" else f"{i}."
                L.append("\\pard\\li360\\fi-240 " + mark + "\\tab " + _rtf_esc(it) + "\\par")
        elif kind == "pagebreak":
            L.append("\\page")
    L.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(L))


# ---------------------------------------------------------------- pdf
_FONTS_REGISTERED = False


def _register_fonts():
    global _FONTS_REGISTERED
    if _FONTS_REGISTERED:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVu", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", base + "DejaVuSans-Bold.ttf"))
    _FONTS_REGISTERED = True


def _pdf_safe(t, font):
    if font == "helv":
        t = t.replace("☒", "[X]").replace("☐", "[ ]").replace("→", "->")
    return html.escape(t).replace("\n", "<br/>")


def render_pdf(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle, ListFlowable, ListItem, PageBreak, FrameBreak,
                                    NextPageTemplate)
    font = doc.font
    if font == "dejavu":
        _register_fonts()
        fn, fb = "DejaVu", "DejaVu-Bold"
    else:
        fn, fb = "Helvetica", "Helvetica-Bold"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName=fn, fontSize=10, leading=13)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    hst = {1: ParagraphStyle("h1", parent=body, fontName=fb, fontSize=15, leading=19, spaceAfter=6),
           2: ParagraphStyle("h2", parent=body, fontName=fb, fontSize=12, leading=15, spaceBefore=8),
           3: ParagraphStyle("h3", parent=body, fontName=fb, fontSize=10.5, leading=13, spaceBefore=6)}
    bold = ParagraphStyle("bb", parent=body, fontName=fb)

    def flow(blocks, st=body, width=None):
        fl = []
        for b in blocks:
            kind = b[0]
            if kind == "h":
                fl.append(Paragraph(_pdf_safe(b[2], font), hst[min(b[1], 3)]))
            elif kind == "p":
                fl.append(Paragraph(_pdf_safe(b[1], font), st))
            elif kind in ("kv", "table"):
                rows = [[l, _kv_value(v)] for l, v in b[1]] if kind == "kv" else b[1]
                data = []
                for i, r in enumerate(rows):
                    data.append([Paragraph(_pdf_safe(c, font), bold if (kind == "kv" and j == 0) or (kind == "table" and i == 0 and b[2]) else st)
                                 for j, c in enumerate(r)])
                W = width or 16 * cm
                if kind == "kv":
                    cw = [W * 0.32, W * 0.68]
                else:
                    cw = [W / len(rows[0])] * len(rows[0])
                t = Table(data, colWidths=cw)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                fl.append(t)
                fl.append(Spacer(1, 6))
            elif kind in ("bullets", "numbered"):
                items = [ListItem(Paragraph(_pdf_safe(i, font), st)) for i in b[1]]
                fl.append(ListFlowable(items, bulletType="bullet" if kind == "bullets" else "1",
                                       bulletFontName=fn, start=None if kind == "numbered" else "•"))
            elif kind == "pagebreak":
                fl.append(PageBreak())
        return fl

    W, H = A4

    def deco(c, d):
        c.saveState()
        c.setFont(fn, 8)
        if doc.header:
            c.drawString(2 * cm, H - 1.2 * cm, doc.header[:110])
            c.line(2 * cm, H - 1.35 * cm, W - 2 * cm, H - 1.35 * cm)
        if doc.footer:
            c.drawString(2 * cm, 1.0 * cm, doc.footer[:120])
        if doc.pdf_style in ("headfoot", "sidebar"):
            c.drawRightString(W - 2 * cm, 1.0 * cm, f"Side {d.page}")
        c.restoreState()

    from reportlab import rl_config
    rl_config.invariant = 1
    bd = BaseDocTemplate(path, pagesize=A4, title=doc.title, author="Kommunen")
    if doc.pdf_style == "sidebar" and doc.sidebar:
        side = Frame(W - 6.5 * cm, 2 * cm, 4.8 * cm, H - 4 * cm, id="side")
        main = Frame(2 * cm, 2 * cm, W - 9 * cm, H - 4 * cm, id="main")
        main2 = Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4 * cm, id="main2")
        bd.addPageTemplates([PageTemplate(id="first", frames=[side, main], onPage=deco),
                             PageTemplate(id="later", frames=[main2], onPage=deco)])
        story = [NextPageTemplate("later")] + flow(doc.sidebar, small, 4.6 * cm) + [FrameBreak()] + flow(doc.blocks, body, W - 9.2 * cm)
    elif doc.pdf_style == "twocol":
        gap = 0.8 * cm
        cw = (W - 4 * cm - gap) / 2
        f1 = Frame(2 * cm, 2 * cm, cw, H - 4 * cm, id="c1")
        f2 = Frame(2 * cm + cw + gap, 2 * cm, cw, H - 4 * cm, id="c2")
        bd.addPageTemplates([PageTemplate(id="two", frames=[f1, f2], onPage=deco)])
        story = flow(doc.blocks, body, cw - 0.2 * cm)
    else:
        fr = Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4 * cm, id="f")
        bd.addPageTemplates([PageTemplate(id="one", frames=[fr], onPage=deco)])
        story = flow(doc.blocks, body, W - 4.2 * cm)
    bd.build(story)


# ---------------------------------------------------------------- eml
def render_eml(doc, path):
    m = doc.mail
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = m["from"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = m["msgid"]
    text = to_text(doc, wrap=doc.wrap or 72)
    msg.set_content(text, charset="utf-8", cte=m.get("cte", "quoted-printable"))
    if m.get("html"):
        msg.add_alternative(to_html(doc), subtype="html", charset="utf-8")
        msg.set_boundary("==q-boundary-" + m["msgid"].strip("<>").split("@")[0] + "==")
    with open(path, "wb") as f:
        f.write(msg.as_bytes())


RENDERERS = {"txt": render_txt, "html": render_html, "docx": render_docx, "odt": render_odt,
             "rtf": render_rtf, "pdf": render_pdf, "eml": render_eml}


FIXED_TIME = (2026, 1, 1, 0, 0, 0)


def normalize_zip(path):
    """Rewrite a docx/odt zip with fixed timestamps and fixed metadata dates (determinism)."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                t = data.decode("utf-8")
                t = re.sub(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z?", "2026-01-01T00:00:00Z", t)
                data = t.encode("utf-8")
            ni = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            z.writestr(ni, data)


def _wrap_zip(fn):
    def inner(doc, path):
        fn(doc, path)
        normalize_zip(path)
    return inner


RENDERERS["docx"] = _wrap_zip(render_docx)
RENDERERS["odt"] = _wrap_zip(render_odt)
