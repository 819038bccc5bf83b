"""Snapshots of the text and JSON reports on a fixed set of results."""

from __future__ import annotations

import json

import pytest

from mentordocs.lint.model import ErrorCode, FileResult, Finding, Location, ReadError, Severity
from mentordocs.lint.rules import load_pack
from mentordocs.report import ReportContext, RuleInfo, render
from mentordocs.report.json_report import render_one

RULES = [RuleInfo(name, "error", "") for name in ("missing-goal", "missing-hours",
                                                  "duration-over-6-months", "unclear-goal")]


def fixed_results() -> list[FileResult]:
    return [
        FileResult(path="arkiv/2025/ok.docx", kind="agreement", sha256="a" * 64),
        FileResult(path="arkiv/2025/aftale-010190-1234.docx", kind="agreement", findings=[
            Finding("missing-goal", Severity.ERROR, "Aftalen angiver ikke målet med mentorstøtten.",
                    field="goal", fix="Skriv et mål om job eller uddannelse."),
            Finding("duration-over-6-months", Severity.ERROR,
                    "Perioden er 8 måneder; højst 6 måneder (LAB § 167, stk. 1).", field="duration",
                    evidence="Periode: 1. marts 2026 – 31. oktober 2026 (CPR 010190-1234)",
                    location=Location(page=1, paragraph=7)),
            Finding("unclear-goal", Severity.WARNING, "Målet beskriver en aktivitet.",
                    field="goal", evidence="Støtte til borgeren", location=Location(paragraph=3)),
        ]),
        FileResult(path="arkiv/2024/scanning.pdf",
                   error=ReadError(ErrorCode.NO_TEXT, "Dokumentet har ingen tekst (OCR).")),
    ]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_text_report(snapshot, lang):
    """Rules are named by their title in the context's language, the id in brackets."""
    rules = [info for info in load_pack("default").rule_infos(lang)
             if info.name in {r.name for r in RULES}]
    assert render(fixed_results(), ReportContext(format="text", lang=lang, rules=rules)) == snapshot


def test_text_report_without_findings(snapshot):
    results = [FileResult(path="a.docx", kind="agreement")]
    assert render(results, ReportContext(format="text", rules=RULES)) == snapshot


def test_text_report_colours_only_when_asked():
    plain = render(fixed_results(), ReportContext(format="text", rules=RULES))
    coloured = render(fixed_results(), ReportContext(format="text", rules=RULES, color=True))
    assert "\x1b[" not in plain and "\x1b[31m" in coloured


def test_json_report(snapshot):
    text = render(fixed_results(), ReportContext(format="json", rules=RULES, tool_version="0.0.0"))
    assert text == snapshot


def test_json_report_has_the_fixed_shape():
    doc = json.loads(render(fixed_results(), ReportContext(format="json", rules=RULES)))
    assert set(doc) == {"tool", "files", "summary"}
    assert set(doc["files"][1]) == {"path", "kind", "status", "error", "findings"}
    assert set(doc["files"][1]["findings"][0]) == {"rule", "severity", "message", "field",
                                                   "evidence", "location"}
    assert doc["summary"] == {"files": 3, "ok": 1, "with_findings": 1, "errors": 1,
                              "by_rule": {"duration-over-6-months": 1, "missing-goal": 1,
                                          "missing-hours": 0, "unclear-goal": 1}}


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_cpr_numbers_are_masked_in_every_report(fmt):
    out = render(fixed_results(), ReportContext(format=fmt, rules=RULES))
    assert "010190-1234" not in out and "010190-XXXX" in out


def test_jsonl_is_one_line_per_file():
    lines = [render_one(r, ReportContext(format="jsonl")) for r in fixed_results()]
    assert all(line.count("\n") == 1 for line in lines)
    assert [json.loads(line)["status"] for line in lines] == ["ok", "findings", "error"]
