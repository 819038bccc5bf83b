"""WCAG 2.1 AA in the real browser: axe-core finds no violation on the form (empty, with errors,
valid with the letter preview), the check page and the HTML report (issue 11).

axe-core is vendored (`tests/web/vendor/axe.min.js`, axe-core 4.10.2 from npm, MPL-2.0; its licence
is beside it) so the test needs no network and no npm on the CI machine.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import case_data
from .test_browser import click_check, fill_case

pytestmark = [pytest.mark.slow, pytest.mark.browser]

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def violations(page: Any) -> list[str]:
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    return [f"{v['id']} ({v['impact']}): {len(v['nodes'])} node(s), e.g. {v['nodes'][0]['target']}"
            for v in result["violations"]]


def test_the_empty_form_has_no_wcag_violations(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    assert violations(page) == []


def test_the_form_with_errors_has_no_wcag_violations(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    fill_case(page, case_data(**{"support.end": "2026-10-31", "mentor.phone": "1234"}))
    click_check(page)
    assert violations(page) == []


def test_the_valid_form_with_the_letter_preview_has_no_wcag_violations(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    fill_case(page, case_data())
    click_check(page)
    assert violations(page) == []


def test_the_check_document_page_has_no_wcag_violations(page: Any, live_server: str) -> None:
    page.goto(live_server + "/check-document")
    assert violations(page) == []


def test_the_html_report_has_no_wcag_violations(page: Any, tmp_path: Path) -> None:
    samples = Path(__file__).resolve().parents[2] / "samples" / "agreements"
    report = tmp_path / "rapport.html"
    subprocess.run([sys.executable, "-m", "mentordocs", "lint", str(samples), "--format", "html",
                    "-o", str(report), "--no-cache", "--jobs", "1"], check=False, capture_output=True)
    page.goto(report.as_uri())
    assert violations(page) == []


def test_the_form_with_errors_and_folded_sections_in_the_dkfds_look_has_no_wcag_violations(
        page: Any, dkfds_server: str) -> None:
    page.goto(dkfds_server + "/")
    fill_case(page, case_data(**{"support.end": "2026-10-31"}))
    click_check(page)
    assert page.locator("details[data-folded]").count() > 0
    assert violations(page) == []


def test_the_checked_case_in_the_dkfds_look_has_no_wcag_violations(page: Any, dkfds_server: str) -> None:
    page.goto(dkfds_server + "/")
    fill_case(page, case_data())
    click_check(page)
    assert violations(page) == []


def test_the_dkfds_look_uses_ibm_plex_sans_from_the_app(page: Any, dkfds_server: str) -> None:
    fonts: list[str] = []
    page.on("request", lambda r: fonts.append(r.url) if r.resource_type == "font" else None)
    page.goto(dkfds_server + "/")
    page.evaluate("document.fonts.ready.then(() => true)")
    assert page.evaluate("document.fonts.check('16px \"IBM Plex Sans\"')")
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith('"IBM Plex Sans"')
    assert fonts and all(url.startswith(dkfds_server + "/static/fonts/") for url in fonts)


def test_the_checked_refusal_has_no_wcag_violations(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    fill_case(page, case_data(**{"decision.outcome": "refusal", "decision.fully_granted": None}))
    click_check(page)
    assert violations(page) == []
