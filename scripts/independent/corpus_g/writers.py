# -*- coding: utf-8 -*-
"""Format writers for corpus G. A document is a list of blocks:
('title', s) ('h', s) ('p', s) ('field', key, label, value, opts) ('bullets', [s]) ('numbered', [s])
('table', [(label, value)]) ('sig', [s]) ('meta', [s]) ('break',)
A field value is a str or a list of str (rendered as a bullet list).
"""
import html
import random
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas


# ------------------------------------------------------------------ plain text
def to_lines(blocks, inline_fields=True):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out += [b[1], "=" * min(len(b[1]), 60), ""]
        elif t == "h":
            out += ["", b[1], ""]
        elif t == "p":
            out += [b[1], ""]
        elif t == "field":
            _, key, label, val, opts = b
            if isinstance(val, list):
                out.append(label + ":" if not label.endswith((":", "?")) else label)
                out += ["  - " + v for v in val]
                out.append("")
            else:
                sep = " " if label.endswith((":", "?")) else ": "
                if inline_fields and len(val) < 60:
                    out += [label + sep + val, ""]
                else:
                    out += [label if label.endswith((":", "?")) else label + ":", val, ""]
        elif t == "bullets":
            out += ["* " + v for v in b[1]] + [""]
        elif t == "numbered":
            out += ["%d. %s" % (i + 1, v) for i, v in enumerate(b[1])] + [""]
        elif t == "table":
            for lab, val in b[1]:
                if isinstance(val, list):
                    out.append(lab + ":")
                    out += ["  - " + v for v in val]
                else:
                    out.append("%s: %s" % (lab, val))
            out.append("")
        elif t in ("sig", "meta"):
            out += list(b[1]) + [""]
    return out


def wrap72(lines, width=72):
    out = []
    for ln in lines:
        if len(ln) <= width:
            out.append(ln)
            continue
        ind = len(ln) - len(ln.lstrip(" -*"))
        out += textwrap.wrap(ln, width=width, subsequent_indent=" " * ind if ind else "",
                             break_on_hyphens=False)
    return out


def write_txt(path, blocks, wrap=False, crlf=False):
    lines = to_lines(blocks)
    if wrap:
        lines = wrap72(lines)
    text = ("\r\n" if crlf else "\n").join(lines).rstrip() + ("\r\n" if crlf else "\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return text


# ------------------------------------------------------------------ html
def write_html(path, blocks, title, divs=False, css_class="mk"):
    e = html.escape
    body = []
    for b in blocks:
        t = b[0]
        if t == "title":
            body.append('<div class="%s-title">%s</div>' % (css_class, e(b[1])) if divs else "<h1>%s</h1>" % e(b[1]))
        elif t == "h":
            body.append('<div class="%s-head">%s</div>' % (css_class, e(b[1])) if divs else "<h2>%s</h2>" % e(b[1]))
        elif t == "p":
            body.append('<div class="%s-txt">%s</div>' % (css_class, e(b[1])) if divs else "<p>%s</p>" % e(b[1]))
        elif t == "field":
            _, key, label, val, opts = b
            if isinstance(val, list):
                v = "".join('<div class="%s-li">%s</div>' % (css_class, e(x)) for x in val) if divs else \
                    "<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in val)
            else:
                v = e(val)
            if divs:
                body.append('<div class="%s-row" data-felt="%s"><div class="%s-lbl">%s</div><div class="%s-val">%s</div></div>'
                            % (css_class, key, css_class, e(label), css_class, v))
            else:
                body.append("<p><strong>%s</strong><br>%s</p>" % (e(label), v) if not isinstance(val, list)
                            else "<p><strong>%s</strong></p>%s" % (e(label), v))
        elif t in ("bullets", "numbered"):
            tag = "ul" if t == "bullets" else "ol"
            if divs:
                body.append('<div class="%s-list">%s</div>' % (css_class, "".join(
                    '<div class="%s-li">%s%s</div>' % (css_class, ("%d. " % (i + 1)) if t == "numbered" else "• ", e(x))
                    for i, x in enumerate(b[1]))))
            else:
                body.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(x) for x in b[1]), tag))
        elif t == "table":
            rows = []
            for lab, val in b[1]:
                v = "<br>".join(e(x) for x in val) if isinstance(val, list) else e(val)
                rows.append("<tr><th>%s</th><td>%s</td></tr>" % (e(lab), v))
            body.append("<table>%s</table>" % "".join(rows))
        elif t in ("sig", "meta"):
            inner = "<br>".join(e(x) for x in b[1])
            body.append('<div class="%s-%s">%s</div>' % (css_class, t, inner) if divs else "<p>%s</p>" % inner)
    doc = ('<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
           '<style>.%s-lbl{font-weight:bold}.%s-row{margin:6px 0}</style>\n</head>\n<body>\n<div class="%s-doc">\n%s\n</div>\n</body>\n</html>\n'
           % (e(title), css_class, css_class, css_class, "\n".join(body)))
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


FIXED_DT = (2026, 1, 1, 0, 0, 0)


def normalize_zip(path):
    """Rewrite a zip container (docx/odt) with fixed timestamps so output is byte-deterministic."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?", b"2026-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# ------------------------------------------------------------------ docx
def write_docx(path, blocks, style="fields"):
    from docx import Document
    from docx.shared import Cm, Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    def hanging(p, left=1.0, first=-0.6):
        p.paragraph_format.left_indent = Cm(left)
        p.paragraph_format.first_line_indent = Cm(first)

    for b in blocks:
        t = b[0]
        if t == "title":
            d.add_heading(b[1], level=1)
        elif t == "h":
            d.add_heading(b[1], level=2)
        elif t == "p":
            d.add_paragraph(b[1])
        elif t == "field":
            _, key, label, val, opts = b
            if style == "headed":
                d.add_heading(label, level=2)
                if isinstance(val, list):
                    for x in val:
                        p = d.add_paragraph(x, style="List Bullet")
                else:
                    d.add_paragraph(val)
            elif style == "numbered":
                p = d.add_paragraph(style="List Number")
                r = p.add_run(label.rstrip(":") + ": ")
                r.bold = True
                hanging(p, 1.0, -0.7)
                if isinstance(val, list):
                    p.add_run(val[0] if len(val) == 1 else "")
                    if len(val) > 1:
                        for j, x in enumerate(val):
                            q = d.add_paragraph("%s) %s" % ("abcdefghij"[j], x))
                            hanging(q, 2.0, -0.6)
                else:
                    p.add_run(val)
            else:
                p = d.add_paragraph()
                r = p.add_run(label.rstrip(":") + ": ")
                r.bold = True
                if isinstance(val, list):
                    for x in val:
                        d.add_paragraph(x, style="List Bullet")
                else:
                    p.add_run(val)
        elif t == "bullets":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif t == "numbered":
            for x in b[1]:
                p = d.add_paragraph(x, style="List Number")
                hanging(p)
        elif t == "table":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for lab, val in b[1]:
                cells = tb.add_row().cells
                cells[0].text = lab
                for par in cells[0].paragraphs:
                    for r in par.runs:
                        r.bold = True
                cells[1].text = "\n".join("– " + x for x in val) if isinstance(val, list) else val
            d.add_paragraph("")
        elif t in ("sig", "meta"):
            p = d.add_paragraph()
            for i, x in enumerate(b[1]):
                if i:
                    p.add_run().add_break()
                p.add_run(x)
        elif t == "break":
            d.add_page_break()
    d.core_properties.author = "Sagsbehandling"
    d.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ odt
def write_odt(path, blocks):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.text import H, P, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    bold = Style(name="Fed", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)

    def para(text):
        return P(text=text)

    for b in blocks:
        t = b[0]
        if t == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=b[1]))
        elif t == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=b[1]))
        elif t == "p":
            doc.text.addElement(para(b[1]))
        elif t == "field":
            _, key, label, val, opts = b
            p = P()
            p.addElement(Span(stylename=bold, text=label.rstrip(":") + ": "))
            if not isinstance(val, list):
                p.addText(val)
            doc.text.addElement(p)
            if isinstance(val, list):
                lst = List()
                for x in val:
                    li = ListItem()
                    li.addElement(P(text="– " + x))
                    lst.addElement(li)
                doc.text.addElement(lst)
        elif t in ("bullets", "numbered"):
            lst = List()
            for i, x in enumerate(b[1]):
                li = ListItem()
                li.addElement(P(text=("%d. " % (i + 1) if t == "numbered" else "– ") + x))
                lst.addElement(li)
            doc.text.addElement(lst)
        elif t == "table":
            tb = Table(name="Aftale")
            tb.addElement(TableColumn(numbercolumnsrepeated=2))
            for lab, val in b[1]:
                tr = TableRow()
                c1 = TableCell()
                c1.addElement(P(text=lab))
                c2 = TableCell()
                if isinstance(val, list):
                    for x in val:
                        c2.addElement(P(text="– " + x))
                else:
                    c2.addElement(P(text=val))
                tr.addElement(c1)
                tr.addElement(c2)
                tb.addElement(tr)
            doc.text.addElement(tb)
        elif t in ("sig", "meta"):
            for x in b[1]:
                doc.text.addElement(para(x))
    doc.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ rtf
def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                bt = ch.encode("cp1252")
                out.append("\\'%02x" % bt[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def write_rtf(path, blocks):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\viewkind4\uc1\pard\f0\fs22 "]
    for b in blocks:
        t = b[0]
        if t == "title":
            parts.append(r"{\b\fs30 %s}\par\par " % _rtf_esc(b[1]))
        elif t == "h":
            parts.append(r"\par{\b %s}\par " % _rtf_esc(b[1]))
        elif t == "p":
            parts.append(_rtf_esc(b[1]) + r"\par\par ")
        elif t == "field":
            _, key, label, val, opts = b
            parts.append(r"{\b %s} " % _rtf_esc(label.rstrip(":") + ":"))
            if isinstance(val, list):
                parts.append(r"\par ")
                for x in val:
                    parts.append(r"\li360\fi-240 \bullet  %s\par\pard\f0\fs22 " % _rtf_esc(x))
                parts.append(r"\par ")
            else:
                parts.append(_rtf_esc(val) + r"\par\par ")
        elif t in ("bullets", "numbered"):
            for i, x in enumerate(b[1]):
                mark = r"\bullet " if t == "bullets" else "%d." % (i + 1)
                parts.append(r"\li360\fi-240 %s %s\par\pard\f0\fs22 " % (mark, _rtf_esc(x)))
            parts.append(r"\par ")
        elif t == "table":
            for lab, val in b[1]:
                v = "; ".join(val) if isinstance(val, list) else val
                parts.append(r"{\b %s:} %s\par " % (_rtf_esc(lab), _rtf_esc(v)))
            parts.append(r"\par ")
        elif t in ("sig", "meta"):
            parts.append(r"\line ".join(_rtf_esc(x) for x in b[1]) + r"\par\par ")
    parts.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("".join(parts))


# ------------------------------------------------------------------ eml
def write_eml(path, sender, to, subject, date, text, qp=False, msgid=None):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or "<%s>" % subject.replace(" ", ".")[:20]
    m["MIME-Version"] = "1.0"
    m.set_content(text, charset="utf-8", cte="quoted-printable" if qp else "8bit")
    with open(path, "wb") as f:
        f.write(bytes(m))


# ------------------------------------------------------------------ reportlab
OCR_MAP = {"ø": ["o", "g", "e", "o"], "Ø": ["O", "0"], "æ": ["ae", "@", "a", "e"], "Æ": ["AE", "E"],
           "å": ["a", "é", "d", "a"], "Å": ["A"]}


def ocr_damage(s, rng):
    out = []
    words = s.split(" ")
    for w in words:
        if any(c.isdigit() for c in w) or "@" in w:
            out.append(w)
            continue
        if w == "i" and rng.random() < 0.6:
            out.append("1")
            continue
        nw = []
        for ch in w:
            if ch in OCR_MAP and rng.random() < 0.8:
                nw.append(rng.choice(OCR_MAP[ch]))
            elif ch == "m" and rng.random() < 0.07:
                nw.append("rn")
            elif ch == "i" and rng.random() < 0.03:
                nw.append("1")
            else:
                nw.append(ch)
        out.append("".join(nw))
    return " ".join(out)


def rl_wrap(text, font, size, width, rng=None, hyphenate=False):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if stringWidth(cand, font, size) <= width:
            cur = cand
            continue
        if hyphenate and rng is not None and len(w) >= 8 and rng.random() < 0.6 and w.isalpha():
            for k in range(len(w) - 3, 2, -1):
                pre = (cur + " " if cur else "") + w[:k] + "-"
                if stringWidth(pre, font, size) <= width:
                    lines.append(pre)
                    cur = w[k:]
                    break
            else:
                lines.append(cur)
                cur = w
            continue
        if cur:
            lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def blocks_to_rl(blocks, width, rng, hyphenate):
    """Returns list of items: (text, font, size, indent, gap) or ('BREAK',) or ('TITLE', text)."""
    items = []

    def add(text, font="Helvetica", size=10, indent=0, gap=0, hang=0):
        ls = rl_wrap(text, font, size, width - indent - hang, rng, hyphenate)
        for i, l in enumerate(ls):
            items.append((l, font, size, indent + (hang if i else 0), gap if i == 0 else 0))

    for b in blocks:
        t = b[0]
        if t == "title":
            items.append(("TITLE", b[1]))
        elif t == "h":
            add(b[1], "Helvetica-Bold", 11, gap=8)
        elif t == "p":
            add(b[1], gap=5)
        elif t == "field":
            _, key, label, val, opts = b
            split = opts.get("split")
            start = len(items)
            add(label.rstrip(":") + (":" if not label.endswith("?") else ""), "Helvetica-Bold", 10, gap=7)
            if isinstance(val, list):
                for x in val:
                    add("– " + x, indent=8, hang=9)
            else:
                add(val)
            if split:
                n = len(items) - start
                k = 1 if n <= 2 else max(1, n // 2)
                items.insert(start + k, ("BREAK",))
        elif t == "bullets":
            for x in b[1]:
                add("– " + x, indent=8, hang=9, gap=2)
        elif t == "numbered":
            for i, x in enumerate(b[1]):
                add("%d. %s" % (i + 1, x), indent=4, hang=12, gap=2)
        elif t == "table":
            for lab, val in b[1]:
                add(lab + ":", "Helvetica-Bold", 10, gap=6)
                if isinstance(val, list):
                    for x in val:
                        add("– " + x, indent=8, hang=9)
                else:
                    add(val)
        elif t in ("sig", "meta"):
            first = True
            for x in b[1]:
                add(x, size=9 if t == "meta" else 10, gap=8 if first else 0)
                first = False
        elif t == "break":
            items.append(("BREAK",))
    return items


def write_pdf_rl(path, blocks, variant, header_left, header_right, sidebar=None, firm_footer=None,
                 seed=0, title_meta="Dokument"):
    """variant: plain | split | twocol | sidebar-left | sidebar-right | firmfooter | ocr"""
    rng = random.Random(seed)
    W, H = A4
    top, bottom = H - 30 * mm, 22 * mm
    if firm_footer:
        bottom = 34 * mm
    if variant == "sidebar-left":
        cols = [(70 * mm, 120 * mm)]
    elif variant == "sidebar-right":
        cols = [(20 * mm, 122 * mm)]
    elif variant == "twocol":
        cols = [(20 * mm, 80 * mm), (110 * mm, 80 * mm)]
    else:
        cols = [(25 * mm, 160 * mm)]
    ocr = variant == "ocr"
    width = cols[0][1]
    items = blocks_to_rl(blocks, width, rng, hyphenate=ocr)

    # pagination
    pages = [[]]
    col = 0
    y = top
    top_first = top
    for it in items:
        if it[0] == "BREAK":
            pages.append([])
            col, y = 0, top
            continue
        if it[0] == "TITLE":
            full_w = (cols[-1][0] + cols[-1][1] - cols[0][0]) if variant == "twocol" else width
            for l in rl_wrap(it[1], "Helvetica-Bold", 15, full_w, rng, False):
                pages[-1].append((cols[0][0], y, l, "Helvetica-Bold", 15))
                y -= 19
            y -= 6
            if variant == "twocol":
                top_first = y
            continue
        text, font, size, indent, gap = it
        lead = size * 1.38
        if y - gap - lead < bottom:
            if variant == "twocol" and col == 0:
                col = 1
                y = top_first if len(pages) == 1 else top
            else:
                pages.append([])
                col, y = 0, top
            gap = 0
        y -= gap
        pages[-1].append((cols[col][0] + indent, y, text, font, size))
        y -= lead
    n = len(pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title_meta)
    c.setAuthor(header_left)
    for i, pg in enumerate(pages):
        # running header
        c.setFont("Helvetica", 8)
        hl, hr = header_left, header_right
        foot = "Side %d af %d" % (i + 1, n)
        if ocr:
            hl, hr = ocr_damage(hl, rng), ocr_damage(hr, rng)
        c.drawString(20 * mm, H - 14 * mm, hl)
        c.drawRightString(W - 20 * mm, H - 14 * mm, hr)
        c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
        c.drawRightString(W - 20 * mm, 12 * mm, foot)
        c.drawString(20 * mm, 12 * mm, header_left if not ocr else ocr_damage(header_left, rng))
        if sidebar:
            sx = 15 * mm if variant == "sidebar-left" else 150 * mm
            c.setFillColorRGB(0.93, 0.93, 0.93)
            c.rect(sx - 2 * mm, bottom, 48 * mm, top - bottom + 8 * mm, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            sy = top
            for j, l in enumerate(sidebar):
                fnt = "Helvetica-Bold" if j == 0 else "Helvetica"
                for part in rl_wrap(l, fnt, 8, 44 * mm):
                    c.setFont(fnt, 8)
                    c.drawString(sx, sy, part)
                    sy -= 11
        if firm_footer:
            c.line(20 * mm, 30 * mm, W - 20 * mm, 30 * mm)
            fy = 26 * mm
            for l in firm_footer:
                c.setFont("Helvetica", 7.5)
                c.drawCentredString(W / 2, fy, l)
                fy -= 9
        for x, y, text, font, size in pg:
            c.setFont(font, size)
            c.drawString(x, y, ocr_damage(text, rng) if ocr else text)
        c.showPage()
    c.save()
    return n
