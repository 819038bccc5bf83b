"""Scanned agreements are read with OCR: a generated agreement printed, scanned (turned a little
or a quarter turn, speckled) and saved as an image-only PDF or a TIFF gives the same findings as
the DOCX it came from. Each test OCRs a few pages; the full matrix is in test_ocr_matrix.py."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL.ImageFilter import GaussianBlur
from .scans import document_pages, image_pdf, page_image, tesseract_missing, tiff, write

from mentordocs.lint.engine import lint_bytes, lint_file
from mentordocs.lint.model import ErrorCode
from mentordocs.lint.readers import OcrMode
from mentordocs.lint.rules import load_pack

pytestmark = pytest.mark.skipif(bool(tesseract_missing()), reason=tesseract_missing() or "-")

CASE = Path(__file__).parents[2] / "samples" / "cases" / "01-grant-tilbudsmentor-praktik.yaml"
AGREEMENT = Path(__file__).parents[1] / "readers" / "compliant_agreement.txt"


@functools.lru_cache(maxsize=None)
def _pack():
    return load_pack("default")


@functools.lru_cache(maxsize=None)
def _generated(fmt: str) -> bytes:
    from mentordocs.case import load_case
    from mentordocs.generate import Generator

    return Generator().render(load_case(CASE), "agreement", fmt)


def _rules(result) -> list[str]:
    return sorted(finding.rule for finding in result.findings)


def test_image_only_pdf_of_a_slightly_turned_noisy_scan_gives_the_docx_findings(tmp_path):
    pages = document_pages(_generated("txt").decode(), 200, angle=1.5, noise=0.0005)
    scan = write(tmp_path / "aftale-scannet.pdf", image_pdf(pages, 200))
    result = lint_file(scan, _pack(), ocr=OcrMode.AUTO)
    assert result.error is None
    assert result.kind == "agreement"
    assert _rules(result) == _rules(lint_bytes(_generated("docx"), "aftale.docx", _pack()))


def test_multi_page_tiff_scanned_a_quarter_turn_gives_the_docx_findings(tmp_path):
    pages = document_pages(_generated("txt").decode(), 300, angle=90)
    assert len(pages) >= 2
    scan = write(tmp_path / "aftale.tif", tiff(pages, 300))
    result = lint_file(scan, _pack(), ocr=OcrMode.AUTO)
    assert result.error is None
    assert result.kind == "agreement"
    assert _rules(result) == _rules(lint_bytes(_generated("docx"), "aftale.docx", _pack()))


def test_mixed_pdf_ocrs_only_its_scanned_page():
    from mentordocs.lint.readers import read_bytes
    from .scans import mixed_pdf

    lines = AGREEMENT.read_text(encoding="utf-8").splitlines()
    cut = lines.index("Varighed:")
    document = read_bytes(mixed_pdf(lines[:cut], page_image(lines[cut:], 200)), "aftale.pdf",
                          ocr=OcrMode.AUTO)
    assert list(document.ocr_pages) == [2]
    assert "Anne Hansen, tlf. 12 34 56 78" in document.text  # the typed page, as typed
    assert "Klagevejledning" in document.text  # the scanned page


def test_upside_down_png_is_read():
    lines = AGREEMENT.read_text(encoding="utf-8").splitlines()
    result = lint_bytes(_png(page_image(lines, 200, angle=180)), "side.png", _pack(),
                        ocr=OcrMode.AUTO)
    assert result.error is None
    assert result.kind == "agreement"
    assert result.findings == []


def test_findings_from_an_ocr_page_carry_the_page_confidence_in_json_and_text(tmp_path):
    lines = [ln for ln in AGREEMENT.read_text(encoding="utf-8").splitlines()
             if not ln.startswith(("Timetal", "2 timer"))]
    write(tmp_path / "scan.pdf", image_pdf([page_image(lines, 200)]))
    runner = CliRunner()
    from mentordocs.cli import cli as main

    as_json = runner.invoke(main, ["lint", str(tmp_path), "--format", "json", "--ocr", "auto"])
    finding = json.loads(as_json.output)["files"][0]["findings"][0]
    assert finding["rule"] == "missing-hours"
    assert finding["ocr"] is True
    assert 60 <= finding["ocr_confidence"] <= 100
    as_text = runner.invoke(main, ["lint", str(tmp_path), "--ocr", "auto", "--lang", "en"])
    assert f"[read with OCR, confidence {finding['ocr_confidence']:.0f} %]" in as_text.output


def test_page_below_the_confidence_floor_gets_a_low_ocr_confidence_warning():
    lines = AGREEMENT.read_text(encoding="utf-8").splitlines()
    # A grey, blurred 100 dpi fax: Tesseract still reads words, but few with confidence.
    faint = page_image(lines, 100, point_size=9, ink=80, noise=0.005).filter(GaussianBlur(1.4))
    result = lint_bytes(_png(faint), "utydelig.png", _pack(), ocr=OcrMode.AUTO)
    warnings = [f for f in result.findings if f.rule == "low-ocr-confidence"]
    assert len(warnings) == 1
    assert warnings[0].severity.value == "warning"
    assert warnings[0].location.page == 1
    assert warnings[0].ocr_confidence < 60


def test_scan_of_a_page_without_an_agreement_is_unknown_without_findings():
    letter = ["Referat af teammøde i Jobcenter Gribskov", "",
              "Til stede: Mette, Lars og Anne. Vi talte om kantineordningen og om",
              "sommerferieplanen for afdelingen. Næste møde holdes den 4. maj 2026.", "",
              "Punkt 1: Nye kaffemaskiner er bestilt og kommer i uge 19.",
              "Punkt 2: Julefrokosten holdes i år fredag den 4. december."]
    result = lint_bytes(image_pdf([page_image(letter, 200, angle=-1)]), "referat.pdf", _pack(),
                        ocr=OcrMode.AUTO)
    assert result.error is None
    assert result.kind == "unknown"
    assert result.findings == []


def test_blank_scan_is_no_text_with_an_ocr_message():
    result = lint_bytes(image_pdf([page_image([], 200, noise=0.0002)]), "tom.pdf", _pack(),
                        ocr=OcrMode.AUTO, lang="en")
    assert result.error is not None
    assert result.error.code is ErrorCode.NO_TEXT
    assert "not even with OCR" in result.error.message


def test_scan_is_no_text_with_ocr_never():
    pages = [page_image(AGREEMENT.read_text(encoding="utf-8").splitlines(), 100)]
    result = lint_bytes(image_pdf(pages, 100), "scan.pdf", _pack(), ocr=OcrMode.NEVER, lang="en")
    assert result.error is not None
    assert result.error.code is ErrorCode.NO_TEXT
    assert "--ocr auto" in result.error.message


def test_always_rereads_a_garbage_text_layer_that_auto_keeps():
    from .scans import hidden_layer_pdf

    # The scan shows the agreement; its text layer is what a broken font makes of it.
    lines = AGREEMENT.read_text(encoding="utf-8").splitlines()
    garbage = ["".join("bcdfghjklmnpqrstvwxz"[ord(c) % 20] if c.isalpha() else c for c in ln)
               for ln in lines]
    data = hidden_layer_pdf(garbage, in_form=False, image=page_image(lines, 200))
    kept = lint_bytes(data, "aftale.pdf", _pack(), ocr=OcrMode.AUTO)
    reread = lint_bytes(data, "aftale.pdf", _pack(), ocr=OcrMode.ALWAYS)
    assert kept.error is not None or kept.kind != "agreement"
    assert reread.error is None
    assert reread.kind == "agreement"
    assert reread.findings == []


def test_cache_is_keyed_on_the_ocr_setting(tmp_path):
    from mentordocs.cli import cli as main

    scan = write(tmp_path / "scan.pdf", image_pdf([page_image(
        AGREEMENT.read_text(encoding="utf-8").splitlines(), 150)], 150))
    cache = ["--cache-dir", str(tmp_path / "cache"), "--format", "jsonl"]
    runner = CliRunner()
    never = json.loads(runner.invoke(main, ["lint", str(scan), "--ocr", "never", *cache]).output)
    auto = json.loads(runner.invoke(main, ["lint", str(scan), "--ocr", "auto", *cache]).output)
    assert never["error"]["code"] == "no-text"
    assert auto["error"] is None and auto["kind"] == "agreement"


def _png(image) -> bytes:
    import io

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(200, 200))
    return buffer.getvalue()


def test_a_scanned_letter_with_its_footer_at_the_foot_of_the_page_keeps_its_lines_apart():
    # The gap down to the footer is twenty times a line's; the lines above must not be taken
    # for the words of one line (which read the letter as one jumbled paragraph).
    lines = AGREEMENT.read_text(encoding="utf-8").splitlines()[:14]
    footer = "Jobcenter Holbæk · Kanalstræde 2 · 4300 Holbæk · Side 1"
    from mentordocs.lint.readers import read_bytes

    document = read_bytes(image_pdf([page_image(lines + [""] * 30 + [footer], 200)]), "brev.pdf",
                          ocr=OcrMode.AUTO)
    assert "Anne Hansen, tlf. 12 34 56 78" in document.text


def test_a_scanned_page_of_few_lines_and_wide_gaps_keeps_its_lines_apart():
    # as many paragraph gaps as line steps: the usual step between lines is the smaller one
    lines = ["Kvittering for modtaget ansøgning", "", "",
             "Kære Rikke. Vi har modtaget din ansøgning om mentorstøtte. Vi forventer",
             "at kunne træffe afgørelse inden for fire uger. Du hører fra os.", "", "", "", "Side 1 af 1"]
    from mentordocs.lint.readers import read_bytes

    document = read_bytes(image_pdf([page_image(lines, 200)]), "fax.pdf", ocr=OcrMode.AUTO)
    assert "Vi har modtaget din ansøgning om mentorstøtte" in document.text
