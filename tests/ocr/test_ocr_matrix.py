"""Every sample case's agreement, printed and scanned as an image-only PDF at 200 and 300 dpi,
upright and a quarter turn, lints with the same rules as the DOCX it came from (issue 9).
48 OCR'd pages: slow."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from .scans import document_pages, image_pdf, tesseract_missing

from mentordocs.lint.engine import lint_bytes
from mentordocs.lint.readers import OcrMode
from mentordocs.lint.rules import load_pack

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(bool(tesseract_missing()), reason=tesseract_missing() or "-")]

CASES = sorted((Path(__file__).parents[2] / "samples" / "cases").glob("*.yaml"))


@functools.lru_cache(maxsize=None)
def _agreement(case_path: Path, fmt: str) -> bytes | None:
    from mentordocs.case import load_case
    from mentordocs.generate import GenerationError, Generator

    case, generator = load_case(case_path), Generator()
    try:
        generator.check(case, "agreement", fmt)
    except GenerationError:
        return None  # no agreement for a refusal or an ended support
    return generator.render(case, "agreement", fmt)


def _makes_agreement(case_path: Path) -> bool:
    from mentordocs.case import load_case
    from mentordocs.generate import GenerationError, Generator

    try:
        Generator().check(load_case(case_path), "agreement", "docx")
    except GenerationError:
        return False
    return True


#: The cases the generator makes an agreement for (not a refusal or an ended support): a
#: combination that could only skip is no test.
AGREEMENT_CASES = [c for c in CASES if _makes_agreement(c)]


@pytest.mark.parametrize("turn", [0, 90])
@pytest.mark.parametrize("dpi", [200, 300])
@pytest.mark.parametrize("case_path", AGREEMENT_CASES, ids=[c.stem[:2] for c in AGREEMENT_CASES])
def test_scan_of_the_agreement_gives_the_rules_of_its_docx(case_path, dpi, turn):
    docx = _agreement(case_path, "docx")
    assert docx is not None
    pack = load_pack("default")
    pages = document_pages(_agreement(case_path, "txt").decode("utf-8"), dpi, angle=turn)
    scan = lint_bytes(image_pdf(pages, dpi), "scan.pdf", pack, ocr=OcrMode.AUTO)
    original = lint_bytes(docx, "aftale.docx", pack)
    assert scan.error is None
    assert scan.kind == original.kind
    assert sorted(f.rule for f in scan.findings) == sorted(f.rule for f in original.findings)
