"""How reports and the cache carry a finding from an OCR'd page (no Tesseract needed)."""

from __future__ import annotations

import json

from mentordocs.lint.cache import ResultCache
from mentordocs.lint.model import FileResult, Finding, Location, Severity
from mentordocs.lint.ocr_notes import annotate
from mentordocs.report import ReportContext, render

MISSING = Finding(rule="missing-hours", severity=Severity.ERROR, message="Timetallet mangler.",
                  field="hours")
ON_PAGE_2 = Finding(rule="unclear-goal", severity=Severity.WARNING, message="Målet er uklart.",
                    field="goal", location=Location(page=2, paragraph=4))


def _result() -> FileResult:
    findings = annotate([MISSING, ON_PAGE_2], {1: 92.0, 2: 48.5}, "da")
    return FileResult(path="scan.pdf", kind="agreement", findings=findings, sha256="a" * 64)


def test_finding_on_an_ocr_page_gets_that_pages_confidence():
    by_rule = {f.rule: f for f in _result().findings}
    assert by_rule["unclear-goal"].ocr_confidence == 48.5


def test_finding_without_a_page_gets_the_mean_of_the_ocr_pages():
    by_rule = {f.rule: f for f in _result().findings}
    assert by_rule["missing-hours"].ocr_confidence == 70.2


def test_finding_on_a_page_with_a_text_layer_is_not_marked():
    [finding] = annotate([ON_PAGE_2], {1: 92.0}, "da")
    assert not finding.ocr


def test_page_under_the_floor_gets_a_warning_unless_ignored():
    warned = [f for f in _result().findings if f.rule == "low-ocr-confidence"]
    assert [f.location.page for f in warned] == [2]
    ignored = annotate([MISSING], {2: 48.5}, "da", ignore=["low-ocr-confidence"])
    assert [f.rule for f in ignored] == ["missing-hours"]


def test_json_report_says_ocr_only_on_ocr_findings():
    plain = FileResult(path="aftale.docx", kind="agreement", findings=[MISSING])
    doc = json.loads(render([_result(), plain], ReportContext(format="json")))
    scan, docx = sorted(doc["files"], key=lambda f: f["path"], reverse=True)
    assert all(f["ocr"] is True for f in scan["findings"])
    assert "ocr" not in docx["findings"][0]


def test_text_report_notes_the_ocr_confidence_in_danish():
    text = render([_result()], ReportContext(format="text"))
    assert "unclear-goal (side 2, afsnit 4) [læst med OCR, sikkerhed 48 %]" in text


def test_html_report_notes_the_ocr_confidence():
    html = render([_result()], ReportContext(format="html", lang="en"))
    assert "[read with OCR, confidence 48 %]" in html


def test_cache_keeps_the_ocr_marks(tmp_path):
    cache = ResultCache(tmp_path, pack_hash="p", version="v")
    cache.put("a" * 64, _result())
    again = cache.get("a" * 64, "scan.pdf")
    assert again is not None
    assert [(f.ocr, f.ocr_confidence) for f in again.findings] == [
        (f.ocr, f.ocr_confidence) for f in _result().findings]
