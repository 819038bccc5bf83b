"""The PDF reader's two text engines: PDFium (the default) and pypdf's layout mode (issue 12).

PDFium's text is set on pypdf's layout grid (``_pdfium_text``), so the layout stage reads the
same lines from either; these tests build real PDFs and read them with both.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from mentordocs.lint.readers import read_bytes
from mentordocs.lint.readers._pdfium_text import page_layout_text
from mentordocs.lint.readers.pdf import _layout_text, split_columns
from tests.readers.builders import positioned_pdf, simple_pdf

TABLE = [(72, 700, "Mentor"), (250, 700, "Sara Holm, tlf. 22 33 44 55"),
         (72, 680, "Periode"), (250, 680, "1. marts 2026 til 31. august 2026"),
         (72, 660, "Timetal"), (250, 660, "2 timer om ugen")]


def _pdfium_lines(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    page = document[0]
    text = page_layout_text(page.raw, page.get_textpage())
    document.close()
    return [line.rstrip() for line in text.split("\n")]


def _pypdf_lines(data: bytes) -> list[str]:
    page = PdfReader(io.BytesIO(data)).pages[0]
    return [line.rstrip() for line in _layout_text(page).split("\n")]


def test_pdfium_sets_a_table_on_the_same_grid_as_pypdf():
    data = positioned_pdf(TABLE)
    assert _pdfium_lines(data) == _pypdf_lines(data)


def test_pdfium_keeps_the_blank_lines_between_paragraphs():
    data = positioned_pdf([(72, 700, "Første afsnit slutter her."), (72, 660, "Andet afsnit.")])
    lines = _pdfium_lines(data)
    assert lines == _pypdf_lines(data)
    assert lines[0] == "Første afsnit slutter her." and lines[1] == "" and lines[-1] == "Andet afsnit."


@pytest.mark.parametrize("engine", ["pdfium", "pypdf"])
def test_both_engines_read_the_same_blocks(engine, monkeypatch):
    data = simple_pdf([["Aftale om mentorstøtte", "", "Mål: Ali gennemfører grundforløbet.",
                        "Mentor: Sara Holm, tlf. 22 33 44 55"] + ["Tekst på siden."] * 3])
    monkeypatch.setenv("MENTORDOCS_PDF_ENGINE", engine)
    blocks = [block.text for block in read_bytes(data, "aftale.pdf").blocks]
    monkeypatch.setenv("MENTORDOCS_PDF_ENGINE", "pypdf" if engine == "pdfium" else "pdfium")
    assert blocks == [block.text for block in read_bytes(data, "aftale.pdf").blocks]


def test_a_wrapped_label_beside_a_wrapped_value_stays_a_table_not_two_columns():
    # A label/value table whose label ("Mentor og" / "kontaktoplysninger") and value both wrap
    # in lower case: its rows start afresh, so the page is not read column by column.
    lines = [
        " Hovedformål                   Du gennemfører en virksomhedspraktik som",
        "                               butiksassistent i 8 uger.",
        " Mentor og                     Tobias Lauridsen, tlf. 60 54 59 44, e-mail",
        " kontaktoplysninger            tolau@kaerslev.dk",
        " Hvad skal mentor hjælpe       Mentor støtter dig i at møde stabilt, hjælper med at",
        " med                           skabe struktur på morgenen.",
        " Bevilget periode              fra 4/5 2025 til 3/8 2025",
        " Antal timer                   5 timer pr. uge",
    ]
    assert split_columns(lines)[0] == lines


def _interleaved_objects_pdf() -> bytes:
    """Checkbox marks drawn as one text object spread over the row (a symbol font's TJ with wide
    gaps), their options as another: the way LibreOffice prints "☐ a ☒ b ☐ c" in a table cell."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 700, "Omfang")
    pdf._code.append("BT /F1 10 Tf 200 700 Td [(X) -8000 (Y) -8000 (Z)] TJ ET")
    pdf._code.append("BT /F1 10 Tf 212 700 Td [(one hour) -4600 (two hours) -4600 (more)] TJ ET")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_text_objects_that_interleave_on_a_line_are_read_in_printed_order():
    line = next(ln for ln in _pdfium_lines(_interleaved_objects_pdf()) if "Omfang" in ln)
    assert " ".join(line.split()).endswith("X one hour Y two hours Z more")
