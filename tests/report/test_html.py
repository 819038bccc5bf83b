"""The HTML audit report: self-contained, escaped, masked, readable without JavaScript."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mentordocs.lint.model import FileResult
from mentordocs.report import html

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture
def page(results, context_factory) -> str:
    return html.render(results, context_factory("html"))


def test_matches_snapshot(page, snapshot):
    assert page == snapshot


def test_loads_nothing_from_the_network(page):
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "@import" not in page and "url(" not in page


def test_cpr_numbers_are_masked_in_evidence_and_paths(page):
    assert "010190-1234" not in page and "0101901234" not in page
    assert "010190-XXXX" in page


def test_text_from_documents_is_escaped(page):
    assert "Åse <script>" not in page
    assert "Åse &lt;script&gt;" in page


def test_summary_counts_every_status(page):
    cards = dict((label, int(n)) for n, label in
                 re.findall(r'<div class="card[^"]*"><b>(\d+)</b><span>([^<(]+)', page))
    assert cards == {"Dokumenter": 6, "I orden": 2, "Med fund": 3, "Kunne ikke læses": 1,
                     "Fund i alt ": 4}


def test_bar_chart_is_accessible_svg_with_numbers(page):
    chart = page[page.index('<svg role="img" aria-labelledby="rc-t"'):]
    chart = chart[:chart.index("</svg>")]
    assert "<title id=\"rc-t\">" in chart
    assert ">Klagevejledning mangler<" in chart and ">1 (17 %)<" in chart
    assert "missing-appeal-guidance" not in chart  # people read the title, not the id


def test_waived_finding_is_shown_as_waived(page):
    assert re.search(r'<li class="w"><span class="sev waived">undtaget</span> '
                     r'<b>Timetallet mangler</b> <span class="id">missing-hours</span>', page)


def test_rule_filter_works_without_javascript_as_linked_sections(page):
    section = page[page.index('<details id="regel-duration-over-6-months">'):]
    section = section[:section.index("</details>")]
    assert "aftale-2024-07.pdf" in section and 'href="#f' in section


def test_read_error_is_listed_with_a_hint(page):
    errors = page[page.index('id="h-errors"'):]
    assert "no-text" in errors and "tekstgenkendelse (OCR)" in errors


def test_folders_and_years_come_from_the_path(page):
    assert '<th class="n">job-og-helbred/2025</th>' in page
    assert '<th class="n">ungeenheden/2023</th>' in page
    assert '<th class="n">ukendt</th>' in page  # the year of løse/afgørelse.html


def test_english_labels_with_lang_en(results, context_factory):
    assert "Quality review of mentor agreements" in html.render(
        results, context_factory("html", lang="en"))


def test_empty_run_says_there_are_no_findings(context_factory):
    page = html.render([], context_factory("html"))
    assert "Ingen fund" in page


def test_twenty_thousand_files_stay_small(context_factory, results):
    many: list[FileResult] = []
    for i in range(20_000):
        template = results[i % len(results)]
        many.append(FileResult(path=template.path.replace("aftale", f"aftale-{i}"),
                               kind=template.kind, findings=template.findings,
                               error=template.error, sha256=template.sha256,
                               waived=template.waived))
    page = html.render(many, context_factory("html"))
    assert len(page.encode()) < 15_000_000


@pytest.mark.slow
@pytest.mark.browser
def test_chromium_renders_it_without_network_and_takes_a_screenshot(page, tmp_path):
    from playwright import sync_api as playwright

    if not Path("/usr/bin/chromium").exists():
        pytest.fail("Debian's chromium is not installed at /usr/bin/chromium (make setup installs it)")
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    requests: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        try:
            tab = browser.new_page(viewport={"width": 1200, "height": 900})
            tab.on("request", lambda r: requests.append(r.url))
            tab.goto(report.as_uri())
            tab.wait_for_load_state("load")
            assert tab.title() == "Kvalitetsgennemgang af mentoraftaler"
            tab.select_option("#rule-filter", "duration-over-6-months")
            visible = tab.locator("#files tbody tr:visible").count()
            tab.select_option("#rule-filter", "")
            ARTIFACTS.mkdir(exist_ok=True)
            tab.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
        finally:
            browser.close()
    assert visible == 1
    assert requests == [report.as_uri()]


def test_rule_titles_name_the_rules_and_ids_stay_in_a_small_column(page):
    table = page[page.index('<section aria-labelledby="h-rules">'):page.index('<section aria-labelledby="h-folders">')]
    assert '<th class="id">Id</th>' in table
    assert '>Klagevejledning mangler</a>' in table
    assert '<td class="id">missing-appeal-guidance</td>' in table
    assert "Hyppigste fund: Klagevejledning mangler" in page or "Hyppigste fund: Perioden" in page


def test_rule_titles_in_english(results):
    from mentordocs.lint.rules import load_pack
    from mentordocs.report import ReportContext

    page = html.render(results, ReportContext(format="html", lang="en",
                                              rules=load_pack("default").rule_infos("en"),
                                              extra={"roots": ["samples/agreements"]}))
    chart = page[page.index('<svg role="img" aria-labelledby="rc-t"'):]
    chart = chart[:chart.index("</svg>")]
    assert ">Appeal guidance missing<" in chart and ">Klagevejledning mangler<" not in chart


def test_paths_are_relative_to_the_linted_root(page):
    """The root is named once in the header; rows show the path below it."""
    assert page.count("samples/agreements") == 1
    assert '<td class="path">job-og-helbred/2025/aftale-02.docx</td>' in page


def test_path_outside_the_linted_root_stays_absolute(context_factory):
    results = [FileResult(path="/srv/andet/aftale.docx", kind="agreement"),
               FileResult(path="samples/agreements/a/2025/b.docx", kind="agreement")]
    page = html.render(results, context_factory("html"))
    assert "<li><span class=\"path\">/srv/andet/aftale.docx</span></li>" in page
    assert "<li><span class=\"path\">a/2025/b.docx</span></li>" in page


def test_folder_table_is_turned_round_rules_as_rows_folders_as_columns(page):
    section = page[page.index('<section aria-labelledby="h-folders">'):]
    table = section[section.index('<table class="turned">'):]
    table = table[:table.index("</table>")]
    head = table[:table.index("</thead>")]
    assert re.findall(r'<th class="n">([^<]+)</th>', head) == [
        "job-og-helbred/2025", "løse", "ungeenheden/2023", "ungeenheden/2024"]
    assert '<th scope="row">Klagevejledning mangler <span class="id">missing-appeal-guidance</span></th>' in table
    assert "missing-appeal-guidance" not in head


def _explained(tmp_path):
    from mentordocs.lint.engine import lint_file
    from mentordocs.lint.rules import load_pack

    doc = tmp_path / "arkiv" / "aftale.txt"
    doc.parent.mkdir()
    doc.write_text("Mentoraftale\n\nMål: Anna starter på SOSU-uddannelsen 1. august 2026.\n\n"
                   "Mentor: Lars Østergaard, tlf. 23 45 67 89\n\n"
                   "Periode: 1. marts 2026 – 30. november 2026\n", encoding="utf-8")
    return lint_file(doc, load_pack("default"), explain=True), tmp_path / "arkiv"


def test_explain_field_view_is_folded_per_file(tmp_path):
    from mentordocs.report import ReportContext

    result, root = _explained(tmp_path)
    page = html.render([result], ReportContext(format="html", extra={"roots": [str(root)]}))
    row = page[page.index('<tr id="f0"'):]
    row = row[:row.index("</details>")]
    assert '<details class="explain"><summary>Hvad linteren læste (--explain)</summary>' in row
    assert '<td class="id">goal</td><td>fundet</td>' in row
    assert "Anna starter på SOSU-uddannelsen" in row
    assert "2026-03-01 – 2026-11-30" in row  # the period, with its verdict
    assert re.search(r'<tr class="missing"><td class="id">hours</td><td>mangler</td>', row)


def test_no_explain_view_without_explain(page):
    assert 'class="explain"' not in page.split("</style>", 1)[1]
