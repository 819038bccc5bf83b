"""GitHub annotations and JUnit XML for CI pipelines."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from mentordocs.lint.model import FileResult, Finding, Severity
from mentordocs.report import ReportContext, ci_formats


@pytest.fixture
def github(results, context_factory) -> str:
    return ci_formats.render(results, context_factory("github"))


@pytest.fixture
def junit(results, context_factory) -> str:
    return ci_formats.render(results, context_factory("junit"))


def test_github_matches_snapshot(github, snapshot):
    assert github == snapshot


def test_junit_matches_snapshot(junit, snapshot):
    assert junit == snapshot


def test_github_has_one_line_per_finding_and_read_error(github):
    lines = github.splitlines()
    assert len(lines) == 5
    assert sum(line.startswith("::warning ") for line in lines) == 1


def test_github_escapes_newlines_commas_and_colons():
    result = FileResult(path="a,b:c.docx", findings=[
        Finding("missing-goal", Severity.ERROR, "linje 1\nlinje 2 100%")])
    line = ci_formats.render([result], ReportContext(format="github"))
    assert line == "::error file=a%2Cb%3Ac.docx,title=missing-goal::linje 1%0Alinje 2 100%25\n"


def test_github_maps_info_to_notice():
    result = FileResult(path="a.docx", findings=[Finding("x", Severity.INFO, "m")])
    assert ci_formats.render([result], ReportContext(format="github")).startswith("::notice ")


def test_junit_is_well_formed_with_a_case_per_file(junit):
    suite = ET.fromstring(junit).find("testsuite")
    assert suite.get("tests") == "6" and suite.get("failures") == "3" and suite.get("errors") == "1"
    assert len(suite.findall("testcase")) == 6


def test_junit_warnings_are_not_failures(junit):
    suite = ET.fromstring(junit).find("testsuite")
    case = next(c for c in suite if c.get("name").endswith("aftale-02.docx"))
    assert [f.get("type") for f in case.findall("failure")] == ["missing-appeal-guidance"]
    assert "unclear-goal" in case.find("system-out").text


def test_junit_survives_control_characters():
    result = FileResult(path="a.docx", findings=[
        Finding("missing-goal", Severity.ERROR, "side\x0cskift", evidence="\x00")])
    ET.fromstring(ci_formats.render([result], ReportContext(format="junit")))


def test_no_cpr_number_survives(github, junit):
    for text in (github, junit):
        assert "010190-1234" not in text and "0101901234" not in text
