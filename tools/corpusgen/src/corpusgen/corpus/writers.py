"""Turn a :class:`~corpus.layouts.Rendered` document into a real file: DOCX (python-docx, with real
heading styles, list numbering, tables, header/footer and text boxes), ODT (odfpy), HTML (several
markup habits) and plain text (UTF-8, UTF-8 with BOM, cp1252 with CRLF). PDF is made from DOCX by
one LibreOffice call per batch (:func:`convert_to_pdf`).

Output is deterministic: zip entries get a fixed timestamp and PDFs fixed metadata, so re-running
the generator with the same seed gives byte-identical files.
"""

from __future__ import annotations

import html
import os
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from .layouts import Rendered

FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def normalise_zip(path: Path) -> None:
    """Rewrite a zip package with fixed entry times, keeping entry order and compression."""
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w") as dst:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, data)
    os.replace(tmp, path)


# ------------------------------------------------------------------------------------------ DOCX
def write_docx(doc: Rendered, path: Path, rng: random.Random) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = "Jobcenter"
    mode = doc.options.get("heading_mode", "style")
    d.styles["Normal"].font.name = rng.choice(["Calibri", "Arial", "Times New Roman", "Verdana"])
    section = d.sections[0]
    if doc.header:
        hp = section.header.paragraphs[0]
        hp.text = doc.header[0]
        for line in doc.header[1:]:
            section.header.add_paragraph(line)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if doc.footer:
        fp = section.footer.paragraphs[0]
        fp.text = doc.footer[0]
        for line in doc.footer[1:]:
            section.footer.add_paragraph(line)

    table_style = rng.choice(["Table Grid", "Table Grid", "Light List", None])
    boxes = 0
    for block in doc.body:
        if block.kind == "title":
            if mode == "style":
                d.add_heading(block.text, level=rng.choice([0, 1]))
            else:
                run = d.add_paragraph().add_run(block.text)
                run.bold = True
                run.font.size = Pt(16)
        elif block.kind == "heading":
            if mode == "style":
                d.add_heading(block.text, level=block.level)
            elif mode == "bold":
                d.add_paragraph().add_run(block.text).bold = True
            else:
                d.add_paragraph().add_run(block.text.upper()).bold = True
        elif block.kind == "bold":
            d.add_paragraph().add_run(block.text).bold = True
        elif block.kind == "bullet":
            d.add_paragraph(block.text, style="List Bullet")
        elif block.kind == "number":
            d.add_paragraph(block.text, style="List Number")
        elif block.kind == "table":
            table = d.add_table(rows=0, cols=len(block.rows[0]))
            if table_style:
                table.style = d.styles[table_style]
            for row in block.rows:
                cells = table.add_row().cells
                for i, value in enumerate(row):
                    lines = value.split("\n")
                    cells[i].paragraphs[0].text = ""
                    run = cells[i].paragraphs[0].add_run(lines[0])
                    run.bold = i == 0
                    for line in lines[1:]:
                        cells[i].add_paragraph(line)
            d.add_paragraph()
        elif block.kind == "textbox":
            p = d.add_paragraph()
            boxes += 1
            p._p.append(parse_xml(_vml_textbox(block.text.split("\n"), boxes)))
        else:
            d.add_paragraph(block.text)
    d.save(path)
    normalise_zip(path)


def _vml_textbox(lines: list[str], number: int) -> str:
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{html.escape(line)}</w:t></w:r></w:p>'
                    for line in lines)
    return ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
            f'<v:shape id="Tekstboks{number}" type="#_x0000_t202" '
            'style="position:absolute;margin-left:300pt;width:180pt;height:80pt">'
            f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape>'
            '</w:pict></w:r>')


# ------------------------------------------------------------------------------------------- ODT
def write_odt(doc: Rendered, path: Path, rng: random.Random) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.style import (Footer, Header, MasterPage, PageLayout, ParagraphProperties, Style,
                           TextProperties)
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P, Span

    d = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    d.automaticstyles.addElement(bold)
    title = Style(name="Title", family="paragraph")
    title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    title.addElement(ParagraphProperties(marginbottom="0.3cm"))
    d.styles.addElement(title)
    h2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    d.styles.addElement(h2)
    layout = PageLayout(name="pm1")
    d.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    if doc.header:
        header = Header()
        for line in doc.header:
            header.addElement(P(text=line))
        master.addElement(header)
    if doc.footer:
        footer = Footer()
        for line in doc.footer:
            footer.addElement(P(text=line))
        master.addElement(footer)
    d.masterstyles.addElement(master)
    mode = doc.options.get("heading_mode", "style")

    def bold_p(text: str) -> P:
        p = P()
        p.addElement(Span(stylename=bold, text=text))
        return p

    pending_list: List | None = None
    for block in doc.body:
        if block.kind not in ("bullet", "number"):
            pending_list = None
        if block.kind == "title":
            d.text.addElement(H(outlinelevel=1, stylename=title, text=block.text) if mode == "style"
                              else bold_p(block.text))
        elif block.kind == "heading":
            text = block.text.upper() if mode == "caps" else block.text
            d.text.addElement(H(outlinelevel=block.level, stylename=h2, text=text)
                              if mode == "style" else bold_p(text))
        elif block.kind == "bold":
            d.text.addElement(bold_p(block.text))
        elif block.kind in ("bullet", "number"):
            if pending_list is None:
                pending_list = List()
                d.text.addElement(pending_list)
            item = ListItem()
            item.addElement(P(text=block.text))
            pending_list.addElement(item)
        elif block.kind == "table":
            table = Table(name=f"Tabel{rng.randrange(1, 99)}")
            table.addElement(TableColumn(numbercolumnsrepeated=len(block.rows[0])))
            for row in block.rows:
                tr = TableRow()
                for i, value in enumerate(row):
                    cell = TableCell(valuetype="string")
                    for line in value.split("\n"):
                        cell.addElement(bold_p(line) if i == 0 else P(text=line))
                    tr.addElement(cell)
                table.addElement(tr)
            d.text.addElement(table)
        elif block.kind == "textbox":
            for line in block.text.split("\n"):
                d.text.addElement(P(text=line))
        else:
            d.text.addElement(P(text=block.text))
    d.save(str(path))
    _fix_odt_meta(path)
    normalise_zip(path)


def _fix_odt_meta(path: Path) -> None:
    """odfpy stamps the current time into meta.xml; pin it so output is reproducible."""
    import re

    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w") as dst:
        for info, data in entries:
            if info.filename in ("content.xml", "styles.xml"):
                data = _canonical_namespaces(data)
            if info.filename == "meta.xml":
                data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>",
                              b"<meta:creation-date>2020-01-01T00:00:00</meta:creation-date>", data)
                data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2020-01-01T00:00:00</dc:date>",
                              data)
            dst.writestr(info, data)
    os.replace(tmp, path)


_ODF_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
    "chart": "urn:oasis:names:tc:opendocument:xmlns:chart:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
}


def _canonical_namespaces(data: bytes) -> bytes:
    """odfpy declares on the root only the namespaces used so far *in the process*; declare a
    fixed superset instead so a file does not depend on what was written before it."""
    import re

    m = re.search(rb"<office:document-(?:content|styles)\b[^>]*>", data)
    if not m:
        return data
    tag = m.group(0)
    declared = dict(re.findall(rb'xmlns:([\w-]+)="([^"]*)"', tag))
    merged = {k.encode(): v.encode() for k, v in _ODF_NS.items()} | declared
    rest = re.sub(rb'\s+xmlns:[\w-]+="[^"]*"', b"", tag)
    name_end = rest.index(b" ") if b" " in rest else len(rest) - 1
    attrs = b"".join(b' xmlns:%s="%s"' % (k, v) for k, v in sorted(merged.items()))
    new_tag = rest[:name_end] + attrs + rest[name_end:]
    return data[:m.start()] + new_tag + data[m.end():]


# ------------------------------------------------------------------------------------------ HTML
def write_html(doc: Rendered, path: Path, rng: random.Random) -> None:
    style = rng.choice(["semantic", "divs", "word", "table"])
    entities = rng.random() < 0.3

    def esc(text: str) -> str:
        out = html.escape(text, quote=False)
        if entities:
            for ch, ent in (("æ", "&aelig;"), ("ø", "&oslash;"), ("å", "&aring;"),
                            ("Æ", "&AElig;"), ("Ø", "&Oslash;"), ("Å", "&Aring;")):
                out = out.replace(ch, ent)
        return out

    parts: list[str] = []
    encoding = "utf-8"
    if style == "word" and rng.random() < 0.5:
        encoding = "cp1252"
    charset = "windows-1252" if encoding == "cp1252" else "utf-8"
    parts.append(f'<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="{charset}">\n'
                 f"<title>{esc(next(b.text for b in doc.body if b.kind == 'title'))}</title>\n")
    if style == "word":
        parts.append("<style>p.MsoNormal{margin:0cm;font-family:Calibri}</style>\n")
    parts.append("</head>\n<body>\n")
    if doc.header:
        parts.append('<header class="letterhead">' + "<br>".join(esc(x) for x in doc.header)
                     + "</header>\n")
    if style == "table":
        parts.append('<table class="layout" width="100%"><tr><td>\n')

    open_list = ""
    for block in doc.body:
        if block.kind not in ("bullet", "number") and open_list:
            parts.append(f"</{open_list}>\n")
            open_list = ""
        t = esc(block.text)
        if block.kind == "title":
            parts.append({"semantic": f"<h1>{t}</h1>",
                          "divs": f'<div style="font-size:20px;font-weight:bold">{t}</div>',
                          "word": f'<p class="MsoTitle"><b><span style="font-size:16pt">{t}</span>'
                                  f"</b></p>",
                          "table": f"<h1>{t}</h1>"}[style])
        elif block.kind == "heading":
            parts.append({"semantic": f"<h{block.level}>{t}</h{block.level}>",
                          "divs": f'<div class="overskrift" style="font-weight:bold;margin-top:12px">'
                                  f"{t}</div>",
                          "word": f'<p class="MsoNormal"><b>{t}</b></p>',
                          "table": f"<h{block.level}>{t}</h{block.level}>"}[style])
        elif block.kind == "bold":
            parts.append(f"<p><strong>{t}</strong></p>")
        elif block.kind in ("bullet", "number"):
            tag = "ul" if block.kind == "bullet" else "ol"
            if style == "divs":
                parts.append(f"<div>&bull; {t}</div>")
                continue
            if open_list != tag:
                if open_list:
                    parts.append(f"</{open_list}>\n")
                parts.append(f"<{tag}>\n")
                open_list = tag
            parts.append(f"<li>{t}</li>")
        elif block.kind == "table" and style == "semantic" and rng.random() < 0.4:
            # web forms often export label/value pairs as a definition list
            items = "".join(f"<dt>{esc(r[0])}</dt><dd>{'<br>'.join(esc(x) for x in r[1].split(chr(10)))}</dd>"
                            for r in block.rows)
            parts.append(f"<dl>{items}</dl>")
        elif block.kind == "table":
            rows = []
            for row in block.rows:
                cells = "".join(
                    (f"<th style=\"text-align:left\">{'<br>'.join(esc(x) for x in c.split(chr(10)))}</th>"
                     if i == 0 else f"<td>{'<br>'.join(esc(x) for x in c.split(chr(10)))}</td>")
                    for i, c in enumerate(row))
                rows.append(f"<tr>{cells}</tr>")
            parts.append('<table border="1" cellpadding="4">' + "\n".join(rows) + "</table>")
        elif block.kind == "textbox":
            parts.append('<div style="float:right;border:1px solid #999">'
                         + "<br>".join(esc(x) for x in block.text.split("\n")) + "</div>")
        elif not block.text:
            parts.append("<p>&nbsp;</p>" if style == "word" else "<br>")
        else:
            parts.append({"semantic": f"<p>{t}</p>", "divs": f"<div>{t}</div>",
                          "word": f'<p class="MsoNormal">{t}</p>', "table": f"<p>{t}</p>"}[style])
        parts.append("\n")
    if open_list:
        parts.append(f"</{open_list}>\n")
    if style == "table":
        parts.append("</td></tr></table>\n")
    if doc.footer:
        parts.append('<footer><small>' + " ".join(esc(x) for x in doc.footer) + "</small></footer>\n")
    parts.append("</body>\n</html>\n")
    path.write_bytes("".join(parts).encode(encoding))


# ------------------------------------------------------------------------------------------- TXT
def write_txt(doc: Rendered, path: Path, rng: random.Random) -> str:
    """Write plain text; returns the encoding used (utf-8, utf-8-sig or cp1252)."""
    heading_style = rng.choice(["caps", "colon", "underline", "plain"])
    bullet = rng.choice(["- ", "* ", "• ", "  - "])
    lines: list[str] = list(doc.header) + ([""] if doc.header else [])
    for block in doc.body:
        if block.kind == "title":
            lines += [block.text.upper() if rng.random() < 0.5 else block.text, ""]
        elif block.kind in ("heading", "bold"):
            if heading_style == "caps":
                lines += ["", block.text.upper()]
            elif heading_style == "colon" and block.kind == "heading":
                lines += ["", block.text + ":"]
            elif heading_style == "underline":
                lines += ["", block.text, "-" * len(block.text)]
            else:
                lines += ["", block.text]
        elif block.kind == "bullet":
            lines.append(bullet + block.text)
        elif block.kind == "number":
            n = sum(1 for x in lines if x[:1].isdigit()) + 1
            lines.append(f"{n}. {block.text}")
        elif block.kind == "table":
            width = max(len(r[0]) for r in block.rows) + 2
            for row in block.rows:
                values = row[1].split("\n")
                lines.append(f"{row[0] + ':':<{width}}{values[0]}")
                lines += [" " * width + v for v in values[1:]]
            lines.append("")
        elif block.kind == "textbox":
            lines += block.text.split("\n") + [""]
        else:
            lines.append(block.text)
    lines += [""] + list(doc.footer)
    encoding = rng.choices(["utf-8", "utf-8-sig", "cp1252"], weights=[60, 20, 20])[0]
    newline = "\r\n" if encoding == "cp1252" or rng.random() < 0.2 else "\n"
    text = newline.join(lines) + newline
    if rng.random() < 0.06:
        # an OCR'd paper original: Danish letters lost the way seed 004 lost them (domain.md §9)
        for a, b in (("å", "a"), ("Å", "A"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "Ae")):
            text = text.replace(a, b)
        doc.options["ocr"] = "yes"
    path.write_bytes(text.encode(encoding))
    return encoding


# ------------------------------------------------------------------------------------------- PDF
def soffice_binary() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(jobs: list[tuple[Path, Path]], timeout: int = 900) -> None:
    """Convert each (docx, pdf target) with ONE LibreOffice run, then pin the PDF metadata.

    Raises RuntimeError naming the files LibreOffice did not convert.
    """
    if not jobs:
        return
    soffice = soffice_binary()
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is not installed; use --formats without pdf")
    with tempfile.TemporaryDirectory(prefix="corpus-pdf-") as tmp:
        tmpdir = Path(tmp)
        staged = []
        for n, (src, _) in enumerate(jobs):
            # unique names: LibreOffice names the output after the input's stem
            s = tmpdir / f"in-{n:05d}.docx"
            shutil.copyfile(src, s)
            staged.append(s)
        outdir = tmpdir / "out"
        outdir.mkdir()
        profile = tmpdir / "profile"
        subprocess.run([soffice, "--headless", "--norestore",
                        f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
                        "--outdir", str(outdir), *map(str, staged)],
                       check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=timeout)
        missing = []
        for n, (src, target) in enumerate(jobs):
            produced = outdir / f"in-{n:05d}.pdf"
            if not produced.is_file():
                missing.append(str(src))
                continue
            _pin_pdf(produced, target)
        if missing:
            raise RuntimeError(f"LibreOffice did not convert {len(missing)} file(s): "
                               + ", ".join(missing[:5]))


def _pin_pdf(src: Path, target: Path) -> None:
    """Copy a PDF with fixed dates and a fixed /ID so reruns are byte-identical."""
    import hashlib

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    writer = PdfWriter(clone_from=PdfReader(src))
    writer.add_metadata({"/Producer": "LibreOffice", "/CreationDate": "D:20200101000000Z",
                         "/ModDate": "D:20200101000000Z"})
    ident = ByteStringObject(hashlib.md5(target.name.encode()).digest())
    writer._ID = ArrayObject([ident, ident])
    writer.generate_file_identifiers = lambda: None  # keep the fixed /ID
    with open(target, "wb") as fh:
        writer.write(fh)
