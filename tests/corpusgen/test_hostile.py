"""The hostile files are what their manifest says they are."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pypdf import PdfReader

from corpusgen.corpus.hostile import CANARY_PATH


def _entry(manifest, name: str) -> dict:
    return next(e for e in manifest if e["path"] == f"hostile/{name}")


def test_zip_bomb_declares_hundreds_of_megabytes_in_a_small_file(small_corpus: Path) -> None:
    path = small_corpus / "hostile/zip-bomb.docx"
    declared = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    assert declared > 300 * 2**20 and path.stat().st_size < 2**20


def test_xxe_file_declares_an_external_entity_to_the_canary(small_corpus: Path,
                                                             small_manifest) -> None:
    xml = zipfile.ZipFile(small_corpus / "hostile/xxe-canary.docx").read("word/document.xml")
    assert b"<!ENTITY secret SYSTEM" in xml and str(CANARY_PATH).encode() in xml
    assert _entry(small_manifest, "xxe-canary.docx")["must_not_contain"]


def test_encrypted_pdf_needs_a_password(small_corpus: Path) -> None:
    assert PdfReader(small_corpus / "hostile/encrypted.pdf").is_encrypted


def test_scanned_pdf_has_a_page_but_no_text(small_corpus: Path) -> None:
    reader = PdfReader(small_corpus / "hostile/scan-no-text.pdf")
    assert len(reader.pages) == 1 and not reader.pages[0].extract_text().strip()


def test_legacy_doc_has_the_ole2_signature(small_corpus: Path) -> None:
    assert (small_corpus / "hostile/legacy.doc").read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")


def test_truncated_docx_is_not_a_readable_zip(small_corpus: Path) -> None:
    assert not zipfile.is_zipfile(small_corpus / "hostile/truncated.docx")


def test_every_hostile_file_has_an_expected_outcome(small_manifest) -> None:
    hostile = [e for e in small_manifest if e.get("hostile")]
    assert len(hostile) >= 10
    codes = {"too-large", "corrupt-file", "encrypted", "no-text", "unsupported-format", None}
    for e in hostile:
        assert e["error"] in codes and set(e["accept_errors"]) <= codes, e["path"]
        assert e["error"] is not None or e["must_not_contain"], e["path"]
