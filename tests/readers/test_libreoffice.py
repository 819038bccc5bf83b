"""PDF and ODT made by LibreOffice from a real DOCX: the structure survives conversion."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .builders import agreement_docx
from mentordocs.lint.model import BlockKind
from mentordocs.lint.readers import read_document

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, Path]:
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is not installed (make setup installs it)")
    folder = tmp_path_factory.mktemp("lo")
    source = agreement_docx(folder / "aftale.docx")
    profile = folder / "profile"
    for target in ("pdf", "odt"):
        subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--convert-to", target, "--outdir", str(folder), str(source)],
                       check=True, capture_output=True, timeout=120)
    return {"pdf": folder / "aftale.pdf", "odt": folder / "aftale.odt"}


def test_pdf_blocks_carry_page_numbers(converted):
    doc = read_document(converted["pdf"])
    assert doc.pages == 1 and {b.location.page for b in doc.blocks} == {1}


def test_pdf_label_value_rows_become_table_rows(converted):
    rows = [b.cells for b in read_document(converted["pdf"]).blocks
            if b.kind is BlockKind.TABLE_ROW]
    assert ("Mentor", "Anne Hansen, tlf. 12 34 56 78") in rows
    assert ("Timer", "2 timer pr. uge") in rows


def test_pdf_numbered_list_stays_a_list(converted):
    items = [b.text for b in read_document(converted["pdf"]).blocks
             if b.kind is BlockKind.LIST_ITEM]
    assert items[:2] == ["1. Følge borgeren til første møde", "2. Ugentlig samtale om fremmøde"]


def test_pdf_keeps_the_header_text_and_every_sentence(converted):
    text = read_document(converted["pdf"]).text
    assert "Gribskov Kommune – Jobcenter" in text
    assert "Borgeren starter i virksomhedspraktik hos Netto senest 1. april 2026." in text
    assert "Du kan klage til kommunen inden fire uger." in text


def test_odt_headings_and_table_survive(converted):
    doc = read_document(converted["odt"])
    headings = [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert ("Målet med mentorstøtten", 1) in headings and ("Mentorens opgaver", 2) in headings
    assert ("Periode", "1. marts 2026 – 31. august 2026") in [
        b.cells for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
