"""Hostile and broken input: every file becomes a clean ReadError with the right code.

Nothing from outside the document (a local file named by an external entity) may appear in
the extracted text or in the error message.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from .builders import (agreement_docx, blank_pdf, docx_with_body_xml, encrypted_pdf, odt_bytes,
                      ole2_doc, p, simple_pdf)
from mentordocs.lint.limits import MB, Limits
from mentordocs.lint.model import ErrorCode, ReadError
from mentordocs.lint.readers import read_bytes, read_document

SECRET = "TOPHEMMELIG-7f3a9c"


def read_error(data: bytes, filename: str, limits: Limits = Limits()) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_bytes(data, filename, limits)
    return info.value


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def bomb_docx(tmp_path: Path, size: int) -> bytes:
    path = agreement_docx(tmp_path / "base.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, source.read(info.filename))
        out.writestr("word/media/padding.xml", b" " * size)
    return buffer.getvalue()


def test_zip_bomb_part_is_refused_by_its_compression_ratio(tmp_path: Path):
    data = bomb_docx(tmp_path, 20 * MB)
    assert len(data) < MB  # the point of a bomb: tiny on disk
    assert read_error(data, "bomb.docx").code is ErrorCode.TOO_LARGE


def test_part_over_the_declared_size_cap_is_refused_before_inflating(tmp_path: Path):
    limits = Limits(max_part_size=MB, max_compression_ratio=1e9)
    assert read_error(bomb_docx(tmp_path, 2 * MB), "big.docx", limits).code is ErrorCode.TOO_LARGE


def test_total_uncompressed_size_is_capped(tmp_path: Path):
    limits = Limits(max_total_uncompressed=MB, max_compression_ratio=1e9)
    assert read_error(bomb_docx(tmp_path, MB), "big.docx", limits).code is ErrorCode.TOO_LARGE


def test_too_many_zip_entries_is_too_large(tmp_path: Path):
    limits = Limits(max_zip_entries=5)
    data = agreement_docx(tmp_path / "a.docx").read_bytes()
    assert read_error(data, "a.docx", limits).code is ErrorCode.TOO_LARGE


def test_file_over_the_size_cap_is_refused_unread(tmp_path: Path):
    path = agreement_docx(tmp_path / "a.docx")
    with pytest.raises(ReadError) as info:
        read_document(path, Limits(max_file_size=1000))
    assert info.value.code is ErrorCode.TOO_LARGE


def test_external_entity_in_docx_is_refused_and_never_read(tmp_path: Path, secret_file: Path):
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
    path = docx_with_body_xml(tmp_path / "xxe.docx", p("Mål: &xxe;"), prolog=prolog)
    error = read_error(path.read_bytes(), "xxe.docx")
    assert error.code is ErrorCode.CORRUPT_FILE
    assert SECRET not in error.message


def test_billion_laughs_in_docx_is_refused_quickly(tmp_path: Path):
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    prolog = f"<!DOCTYPE w:document [{entities}]>"
    path = docx_with_body_xml(tmp_path / "lol.docx", p("&lol9;"), prolog=prolog)
    assert read_error(path.read_bytes(), "lol.docx").code is ErrorCode.CORRUPT_FILE


def test_external_entity_in_odt_is_refused(secret_file: Path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(odt_bytes("<text:p>&xxe;</text:p>"))) as source, \
            zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "content.xml":
                content = content.replace(b"?>", f'?><!DOCTYPE x [<!ENTITY xxe SYSTEM '
                                                 f'"{secret_file.as_uri()}">]>'.encode(), 1)
            out.writestr(info, content)
    error = read_error(buffer.getvalue(), "xxe.odt")
    assert error.code is ErrorCode.CORRUPT_FILE and SECRET not in error.message


def test_external_entity_in_html_is_not_expanded(secret_file: Path):
    page = (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
            "<html><body><p>Mål: &xxe;</p><p>Borgeren starter i praktik.</p></body></html>")
    doc = read_bytes(page.encode(), "xxe.html")
    assert SECRET not in doc.text
    assert "Borgeren starter i praktik." in doc.text


def test_html_scripts_and_styles_are_dropped():
    page = ("<html><head><style>p{}</style><script>var secret='x';</script></head>"
            "<body><p>Tekst</p><script>alert(1)</script></body></html>")
    assert read_bytes(page.encode(), "a.html").text == "Tekst"


def test_pdf_with_a_user_password_is_encrypted():
    data = encrypted_pdf(simple_pdf([["Aftale om mentorstøtte"] * 5]), "hemmeligt")
    assert read_error(data, "krypteret.pdf").code is ErrorCode.ENCRYPTED


def test_pdf_encrypted_with_an_empty_user_password_is_read():
    data = encrypted_pdf(simple_pdf([["Aftale om mentorstøtte for borgeren"] * 5]), "")
    assert "Aftale om mentorstøtte" in read_bytes(data, "laast.pdf").text


def test_pdf_without_a_text_layer_is_no_text_with_an_ocr_hint():
    error = read_error(blank_pdf(3), "scanning.pdf")
    assert error.code is ErrorCode.NO_TEXT
    assert "OCR" in error.message


def test_pdf_with_only_a_page_number_is_no_text():
    assert read_error(simple_pdf([["Side 1"], ["Side 2"]]), "scan.pdf").code is ErrorCode.NO_TEXT


def test_truncated_pdf_is_corrupt():
    data = simple_pdf([["Aftale om mentorstøtte"] * 5])
    assert read_error(data[:60], "kort.pdf").code is ErrorCode.CORRUPT_FILE


def test_pdf_header_followed_by_garbage_is_corrupt():
    assert read_error(b"%PDF-1.7\n" + bytes(range(256)) * 20, "rod.pdf").code is ErrorCode.CORRUPT_FILE


def test_truncated_docx_is_corrupt(tmp_path: Path):
    data = agreement_docx(tmp_path / "a.docx").read_bytes()
    assert read_error(data[: len(data) // 2], "halv.docx").code is ErrorCode.CORRUPT_FILE


def test_docx_with_garbled_document_xml_is_corrupt(tmp_path: Path):
    path = docx_with_body_xml(tmp_path / "x.docx", "<w:p><w:r><w:t>ikke lukket")
    assert read_error(path.read_bytes(), "x.docx").code is ErrorCode.CORRUPT_FILE


def test_zip_without_a_document_part_named_docx_is_corrupt():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hej")
    assert read_error(buffer.getvalue(), "tom.docx").code is ErrorCode.CORRUPT_FILE


def test_legacy_doc_is_unsupported_with_a_conversion_hint():
    error = read_error(ole2_doc(), "gammel.doc")
    assert error.code is ErrorCode.UNSUPPORTED_FORMAT
    assert "--convert-to docx" in error.message


def test_doc_renamed_to_docx_is_still_recognised_as_legacy_word():
    assert read_error(ole2_doc(), "omdoebt.docx").code is ErrorCode.UNSUPPORTED_FORMAT


def test_password_protected_docx_is_encrypted():
    data = ole2_doc() + "EncryptedPackage".encode("utf-16-le")
    assert read_error(data, "kode.docx").code is ErrorCode.ENCRYPTED


def test_html_saved_as_pdf_is_read_by_its_content():
    page = b"<!DOCTYPE html><html><body><h1>Aftale</h1><p>Mentor: Anne</p></body></html>"
    assert read_bytes(page, "aftale.pdf").format == "html"


def test_pdf_saved_as_docx_is_read_by_its_content():
    data = simple_pdf([["Aftale om mentorstøtte for borgeren"] * 3])
    assert read_bytes(data, "aftale.docx").format == "pdf"


def test_text_named_docx_is_corrupt_not_read_as_text():
    assert read_error(b"bare tekst", "aftale.docx").code is ErrorCode.CORRUPT_FILE


def test_empty_file_is_no_text():
    assert read_error(b"", "tom.docx").code is ErrorCode.NO_TEXT


def test_whitespace_only_file_is_no_text():
    assert read_error(b"  \n\n  ", "tom.txt").code is ErrorCode.NO_TEXT


def test_image_is_unsupported_with_an_ocr_hint():
    error = read_error(b"\x89PNG\r\n\x1a\n" + bytes(100), "scan.png")
    assert error.code is ErrorCode.UNSUPPORTED_FORMAT and "OCR" in error.message


def test_unknown_binary_extension_is_unsupported():
    assert read_error(b"\x00\x01\x02binary", "data.bin").code is ErrorCode.UNSUPPORTED_FORMAT


def test_spreadsheet_is_unsupported(tmp_path: Path):
    import openpyxl

    path = tmp_path / "ark.xlsx"
    openpyxl.Workbook().save(path)
    assert read_error(path.read_bytes(), "ark.xlsx").code is ErrorCode.UNSUPPORTED_FORMAT


def test_error_messages_are_available_in_english():
    from mentordocs.lint.readers import localize

    error = read_error(ole2_doc(), "gammel.doc")
    assert "Convert it to .docx" in localize(error, "en").message


def test_pdf_label_value_columns_become_cells_and_wrapped_values_join():
    from mentordocs.lint.model import BlockKind

    data = simple_pdf([["Aftale om mentorstøtte for borgeren i kommunen"]])
    # A hand-made PDF with two text columns: label at x=72, value at x=250 on the same line.
    content = (b"BT /F1 11 Tf 72 770 Td (Mentor) Tj ET BT /F1 11 Tf 250 770 Td (Anne Hansen) Tj ET "
               b"BT /F1 11 Tf 250 756 Td (Tlf. 12 34 56 78) Tj ET "
               b"BT /F1 11 Tf 72 720 Td (Timer) Tj ET BT /F1 11 Tf 250 720 Td (2 timer pr. uge) Tj ET")
    old = b"BT /F1 11 Tf 14 TL 72 770 Td\n(Aftale om mentorst\xf8tte for borgeren i kommunen) Tj T*\nET"
    assert old in data
    data = data.replace(b"/Length %d" % len(old), b"/Length %d" % len(content)).replace(old, content)
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))  # rewrites the xref offsets
    out = io.BytesIO()
    writer.write(out)
    rows = [b.cells for b in read_bytes(out.getvalue(), "cols.pdf").blocks
            if b.kind is BlockKind.TABLE_ROW]
    # The wrapped line starts with a capital: a new line of the cell, as a DOCX cell's paragraphs.
    assert rows == [("Mentor", "Anne Hansen\nTlf. 12 34 56 78"), ("Timer", "2 timer pr. uge")]
