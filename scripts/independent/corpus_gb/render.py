"""Renderers for corpus gb: one block list -> docx, pdf, odt, rtf, html, txt, md, eml, scanned pdf.

A block is a tuple (type, text) with type one of:
  title  - the document's title
  h      - a heading (question headings such as "Hvorfor mentor?")
  bh     - a heading written as a bold paragraph (Word users bold instead of styling)
  p      - a paragraph of prose
  li     - a bullet item
  meta   - a short letterhead / info line (date, case number)
  sig    - a signature line
"""

from __future__ import annotations

import hashlib
import html as _html
import os
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path


# ----------------------------------------------------------------------------- text formats

def _tidy(lines):
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def to_plain(blocks):
    """Plain text with blank lines between groups (for txt and eml)."""
    out = []
    prev = None
    for kind, text in blocks:
        if prev is not None and (kind != prev or kind in ("p", "h", "bh", "title")) and not (
                kind == "li" and prev in ("h", "bh")) and not (kind == prev == "meta") and not (
                kind == prev == "sig"):
            out.append("")
        if kind == "li":
            out.append("- " + text)
        else:
            out.append(text)
        prev = kind
    return _tidy(out)


def to_md(blocks):
    out = []
    for kind, text in blocks:
        if kind == "title":
            out += ["# " + text, ""]
        elif kind == "h":
            out += ["## " + text, ""]
        elif kind == "bh":
            out += ["**" + text + "**", ""]
        elif kind == "li":
            out.append("- " + text)
        elif kind == "meta":
            out += [text + "  "]
        elif kind == "sig":
            out += [text + "  "]
        else:
            if out and out[-1].startswith("- "):
                out.append("")
            out += [text, ""]
    return _tidy(out)


def to_html(blocks, title=None, css=True):
    t = title or next((x for k, x in blocks if k == "title"), "Dokument")
    parts = ["<!DOCTYPE html>", '<html lang="da">', "<head>", '<meta charset="utf-8">',
             f"<title>{_html.escape(t)}</title>"]
    if css:
        parts.append("<style>body{font-family:Arial,sans-serif;max-width:48em;margin:2em auto}"
                     "h2{font-size:1.1em;margin-top:1.4em}.meta{color:#555;margin:0}</style>")
    parts += ["</head>", "<body>"]
    in_list = False
    for kind, text in blocks:
        if kind != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        e = _html.escape(text)
        if kind == "title":
            parts.append(f"<h1>{e}</h1>")
        elif kind == "h":
            parts.append(f"<h2>{e}</h2>")
        elif kind == "bh":
            parts.append(f"<p><strong>{e}</strong></p>")
        elif kind == "li":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{e}</li>")
        elif kind == "meta":
            parts.append(f'<p class="meta">{e}</p>')
        else:
            parts.append(f"<p>{e}</p>")
    if in_list:
        parts.append("</ul>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


# ----------------------------------------------------------------------------- docx

def normalize_zip(path: Path):
    """Rewrite a zip package with fixed timestamps so that reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            z.writestr(ni, data)
    tmp.replace(path)


def write_docx(blocks, path: Path, heading_style=True, font="Calibri"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    for kind, text in blocks:
        if kind == "title":
            if heading_style:
                d.add_heading(text, level=1)
            else:
                p = d.add_paragraph()
                r = p.add_run(text)
                r.bold = True
                r.font.size = Pt(15)
        elif kind == "h":
            if heading_style:
                d.add_heading(text, level=2)
            else:
                p = d.add_paragraph()
                p.add_run(text).bold = True
        elif kind == "bh":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "meta":
            p = d.add_paragraph(text)
            p.paragraph_format.space_after = Pt(0)
        else:
            d.add_paragraph(text)
    d.core_properties.created = __import__("datetime").datetime(2026, 1, 1)
    d.core_properties.modified = __import__("datetime").datetime(2026, 1, 1)
    d.save(str(path))
    normalize_zip(path)


# ----------------------------------------------------------------------------- odt

def write_odt(blocks, path: Path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H, P, List, ListItem, Span
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
    cur_list = None
    for kind, text in blocks:
        if kind != "li":
            cur_list = None
        if kind == "title":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=text))
        elif kind == "h":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=text))
        elif kind == "bh":
            p = P()
            p.addElement(Span(stylename=bold, text=text))
            doc.text.addElement(p)
        elif kind == "li":
            if cur_list is None:
                cur_list = List()
                doc.text.addElement(cur_list)
            li = ListItem()
            li.addElement(P(text="• " + text))
            cur_list.addElement(li)
        else:
            doc.text.addElement(P(text=text))
    doc.save(str(path))
    normalize_zip(path)


# ----------------------------------------------------------------------------- rtf

def _rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def write_rtf(blocks, path: Path):
    lines = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}",
             r"\viewkind4\uc1\pard\f1\fs22"]
    for kind, text in blocks:
        e = _rtf_escape(text)
        if kind == "title":
            lines.append(r"\pard\sb120\sa120\b\fs28 " + e + r"\b0\fs22\par")
        elif kind in ("h", "bh"):
            lines.append(r"\pard\sb120\b " + e + r"\b0\par")
        elif kind == "li":
            lines.append(r"\pard\li360 \bullet  " + e + r"\par")
        elif kind in ("meta", "sig"):
            lines.append(r"\pard " + e + r"\par")
        else:
            lines.append(r"\pard\sa120 " + e + r"\par")
    lines.append("}")
    path.write_bytes("\n".join(lines).encode("ascii"))


# ----------------------------------------------------------------------------- pdf

def write_pdf(blocks, path: Path, font_variant=0):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, ListFlowable, ListItem
    reg, bold = _fonts()
    if reg:
        try:
            pdfmetrics.registerFont(TTFont("GBReg", reg))
            pdfmetrics.registerFont(TTFont("GBBold", bold))
            fn, fb = "GBReg", "GBBold"
        except Exception:
            fn, fb = "Helvetica", "Helvetica-Bold"
    else:
        fn, fb = "Helvetica", "Helvetica-Bold"
    size = 10.5 if font_variant == 0 else 11
    body = ParagraphStyle("b", fontName=fn, fontSize=size, leading=size * 1.35, spaceAfter=6)
    meta = ParagraphStyle("m", parent=body, spaceAfter=0, fontSize=9.5)
    h = ParagraphStyle("h", parent=body, fontName=fb, fontSize=size + 1, spaceBefore=8, spaceAfter=3)
    t = ParagraphStyle("t", parent=body, fontName=fb, fontSize=15, spaceBefore=6, spaceAfter=10)
    story = []
    items = []

    def flush():
        nonlocal items
        if items:
            story.append(ListFlowable([ListItem(Paragraph(_x(i), body), leftIndent=12) for i in items],
                                      bulletType="bullet", start="•", leftIndent=14))
            items = []

    for kind, text in blocks:
        if kind != "li":
            flush()
        if kind == "title":
            story.append(Paragraph(_x(text), t))
        elif kind in ("h", "bh"):
            story.append(Paragraph(_x(text), h))
        elif kind == "li":
            items.append(text)
        elif kind in ("meta", "sig"):
            story.append(Paragraph(_x(text), meta))
        else:
            story.append(Paragraph(_x(text), body))
    flush()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="", author="")
    doc.build(story)


def _x(s):
    return _html.escape(s, quote=False)


def _fonts():
    for reg, bold in [("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                       "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
                      ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                       "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")]:
        if os.path.exists(reg) and os.path.exists(bold):
            return reg, bold
    return None, None


def write_scan_pdf(blocks, path: Path):
    """Typeset, render at 200 dpi, OCR with Tesseract into a PDF with a hidden text layer."""
    if not (shutil.which("pdftoppm") and shutil.which("tesseract")):
        raise RuntimeError("pdftoppm/tesseract missing")
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        src = td / "src.pdf"
        write_pdf(blocks, src, font_variant=1)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(td / "pg")],
                       check=True, capture_output=True)
        pages = sorted(td.glob("pg*.png"))
        lst = td / "list.txt"
        lst.write_text("\n".join(str(p) for p in pages) + "\n")
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["tesseract", str(lst), str(td / "out"), "-l", "dan", "pdf"], check=True,
                       capture_output=True, env=env)
        shutil.copy(td / "out.pdf", path)


# ----------------------------------------------------------------------------- eml

def write_eml(path: Path, sender, to, subject, date, body_text, html_body=None, cc=None):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = "<%s@%s>" % (hashlib.md5((subject + str(date)).encode()).hexdigest()[:16], "mail.gb.example")
    m.set_content(body_text)
    if html_body:
        m.add_alternative(html_body, subtype="html")
        m.set_boundary("=_gb_" + hashlib.md5(subject.encode()).hexdigest()[:20])
    path.write_bytes(bytes(m))
