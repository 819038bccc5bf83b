"""PDF through LibreOffice: one real conversion (slow), plus the missing-soffice error."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from mentordocs.case import load_case
from mentordocs.domain.fields import FIELDS, REQUIRED_FIELDS, DocumentKind
from mentordocs.generate import GenerationError, Generator

from .conftest import GRANT_SAMPLE, SAMPLES


@pytest.mark.slow
def test_batch_pdf_is_valid_tagged_danish_and_has_the_six_fields(tmp_path):
    cases = [load_case(GRANT_SAMPLE), load_case(SAMPLES / "04-extension-pligtmentor.yaml")]
    paths = Generator().write_many(cases, "agreement", "pdf", tmp_path)  # one soffice call
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
    for path in paths:
        reader = PdfReader(path)
        root = reader.trailer["/Root"]
        assert str(root["/Lang"]).startswith("da")
        assert root["/MarkInfo"]["/Marked"]
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        for field in REQUIRED_FIELDS[DocumentKind.AGREEMENT]:
            assert FIELDS[field].label_da in text
        assert "4 uger" in text
        assert reader.metadata.title.startswith("Aftale om mentorstøtte")


def test_pdf_without_libreoffice_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("MENTORDOCS_SOFFICE", str(tmp_path / "no-soffice"))
    out = tmp_path / "a.pdf"
    with pytest.raises(GenerationError, match="MENTORDOCS_SOFFICE"):
        Generator().write(load_case(GRANT_SAMPLE), "agreement", "pdf", out)
    assert not out.exists()
