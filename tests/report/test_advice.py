"""Advice for an unreadable file depends on the error code and the file's format."""

from __future__ import annotations

import html

import pytest

from mentordocs.lint.model import ErrorCode, FileResult, ReadError
from mentordocs.report import ReportContext, render
from mentordocs.report.advice import ADVICE, advice


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("name", ["tom.docx", "tom.txt", "tom.odt", "tom.html", "tom.eml",
                                  "TOM.DOCX"])
def test_an_empty_text_document_is_not_told_to_run_ocr(name, lang):
    hint = advice("no-text", f"arkiv/{name}", lang)
    assert hint and "ocr" not in hint.lower() and "tekstgenkendelse" not in hint


@pytest.mark.parametrize("lang", ["da", "en"])
def test_an_image_only_pdf_may_be_told_to_run_ocr(lang):
    assert "--ocr auto" in advice("no-text", "arkiv/scannet.pdf", lang)


def test_an_image_gets_image_advice_not_pdf_advice():
    assert "300 dpi" in advice("no-text", "side.tif")
    assert "--ocr auto" in advice("unsupported-format", "side.png")
    assert "--ocr" not in advice("unsupported-format", "aftale.wpd")


def test_every_code_has_advice_for_any_format_in_both_languages():
    for lang in ("da", "en"):
        for code in ErrorCode:
            assert ADVICE[lang][code.value]["*"], (lang, code)


def test_unknown_code_gives_no_advice():
    assert advice("no-such-code", "a.pdf") == ""


@pytest.mark.parametrize("fmt", ["html", "text", "csv"])
def test_reports_give_the_format_aware_advice(fmt):
    results = [FileResult(path="arkiv/tom.docx",
                          error=ReadError(ErrorCode.NO_TEXT, "Dokumentet indeholder ingen tekst.")),
               FileResult(path="arkiv/scan.pdf",
                          error=ReadError(ErrorCode.NO_TEXT, "Dokumentet har ingen tekst."))]
    out = html.unescape(render(results, ReportContext(format=fmt, extra={"roots": ["arkiv"]})))
    assert advice("no-text", "tom.docx") in out
    assert advice("no-text", "scan.pdf") in out
