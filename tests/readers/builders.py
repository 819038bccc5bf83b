"""Real documents for the reader tests, built in code so every fixture is reproducible.

python-docx builds DOCX input (tests only; the reader itself never uses it). PDFs are written
by hand with a real text layer (Helvetica, WinAnsi), so fast tests need no LibreOffice.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def agreement_docx(path: Path) -> Path:
    """A typical agreement: title, headings, numbered list, label table, header and footer."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Gribskov Kommune – Jobcenter"
    section.footer.paragraphs[0].text = "Sagsnr. 15.02.05-G01-12-26"
    document.add_heading("Aftale om mentorstøtte", level=0)
    document.add_paragraph("Aftalen er indgået efter lov om en aktiv beskæftigelsesindsats § 167.")
    document.add_heading("Målet med mentorstøtten", level=1)
    document.add_paragraph("Borgeren starter i virksomhedspraktik hos Netto senest 1. april 2026.")
    document.add_heading("Mentorens opgaver", level=2)
    document.add_paragraph("Følge borgeren til første møde", style="List Number")
    document.add_paragraph("Ugentlig samtale om fremmøde", style="List Number")
    document.add_paragraph("Kontakt til praktikstedet", style="List Bullet")
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [
            ("Mentor", "Anne Hansen, tlf. 12 34 56 78"),
            ("Periode", "1. marts 2026 – 31. august 2026"),
            ("Timer", "2 timer pr. uge")]):
        row.cells[0].text = label
        row.cells[1].text = value
    document.add_heading("Klagevejledning", level=1)
    document.add_paragraph("Du kan klage til kommunen inden fire uger.")
    document.save(path)
    return path


def docx_with_body_xml(path: Path, body_xml: str, *, prolog: str = "") -> Path:
    """A valid DOCX package whose document.xml body is ``body_xml`` (raw WordprocessingML).

    ``prolog`` goes between the XML declaration and the root element (for DOCTYPE tests).
    """
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    document_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
                    f'<w:document xmlns:w="{W}" '
                    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
                    'xmlns:v="urn:schemas-microsoft-com:vml">'
                    f"<w:body>{body_xml}</w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = document_xml.encode("utf-8")
            target.writestr(info.filename, data)
    return path


def p(text: str, style: str | None = None) -> str:
    style_xml = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{style_xml}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def simple_pdf(pages: list[list[str]]) -> bytes:
    """A real PDF with one text line per entry (Helvetica 11pt, WinAnsi: Danish letters work)."""
    objects: list[bytes] = []
    font_id = 3
    page_ids = []
    contents = []
    for lines in pages:
        ops = [b"BT /F1 11 Tf 14 TL 72 770 Td"]
        for line in lines:
            ops.append(_pdf_string(line) + b" Tj T*")
        ops.append(b"ET")
        contents.append(b"\n".join(ops))
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs
    next_id = 4
    kids = []
    for _ in pages:
        kids.append(next_id)
        page_ids.append((next_id, next_id + 1))
        next_id += 2
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                   + b"] /Count %d >>" % len(kids))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    for (_page_id, content_id), content in zip(page_ids, contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                       % (font_id, content_id))
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def positioned_pdf(runs: list[tuple[float, float, str]],
                   rules: list[tuple[float, float, float, float]] = (),  # type: ignore[assignment]
                   boxes: list[tuple[float, float, float, float]] = ()) -> bytes:  # type: ignore[assignment]
    """A one-page PDF with each text run at (x, y) in points: how Word and LibreOffice place
    table cells, one run per visual line of a cell (Helvetica 10pt, WinAnsi). ``rules`` are
    lines from (x0, y0) to (x1, y1), as a table's drawn borders; ``boxes`` are grey rectangles
    (x, y, width, height) filled behind the text, as a sidebar's shading."""
    ops = [b"0.9 g %g %g %g %g re f 0 g" % box for box in boxes]
    ops += [b"0.5 w %g %g m %g %g l S" % rule for rule in rules]
    ops += [b"BT /F1 10 Tf %g %g Td " % (x, y) + _pdf_string(text) + b" Tj ET" for x, y, text in runs]
    data = simple_pdf([["x"]])
    old = b"BT /F1 11 Tf 14 TL 72 770 Td\n(x) Tj T*\nET"
    content = b"\n".join(ops)
    data = data.replace(b"/Length %d" % len(old), b"/Length %d" % len(content)).replace(old, content)
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))  # rewrites the xref offsets
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf(data: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="ejer-hemmelig",
                   algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def blank_pdf(pages: int = 2) -> bytes:
    """A PDF with pages but no text layer: what a scanner without OCR produces."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def ole2_doc() -> bytes:
    """The first sector of a Word 97-2003 (.doc) compound file: OLE2 magic + a 'WordDocument' name."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    directory = bytearray(512)
    name = "WordDocument".encode("utf-16-le")
    directory[:len(name)] = name
    return bytes(header) + bytes(directory)


def odt_bytes(content_body: str, styles_xml: str | None = None, automatic_styles: str = "") -> bytes:
    """A minimal but valid ODT package with ``content_body`` inside office:text."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} '
               f'office:version="1.3">{automatic_styles}<office:body><office:text>{content_body}'
               "</office:text></office:body></office:document-content>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        if styles_xml is not None:
            archive.writestr("styles.xml", styles_xml.replace("NS", ns))
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return buffer.getvalue()
