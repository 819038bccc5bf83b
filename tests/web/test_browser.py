"""The web form in a real browser: headless Chromium (Debian's) driven by Playwright.

A caseworker fills in a case, sees the 6-month error, fixes it and downloads the agreement;
uploads a bad agreement and sees the findings; uses the keyboard to reach the error summary.
Screenshots go to ``artifacts/`` for a reviewer.
"""

from __future__ import annotations

import re
import zipfile
from typing import Any

import pytest

from mentordocs.web.form import FIELDS, date_parts, values_from_data

from .conftest import ARTIFACTS, case_data
from .test_views import bad_agreement_docx, docx_text

pytestmark = [pytest.mark.slow, pytest.mark.browser]

EIGHT_MONTHS_END = "2026-10-31"


def type_date(page: Any, day_id: str, value: str) -> None:
    """Type a date the DKFDS way: dag, måned and år, each in its own field."""
    for suffix, part in zip(("", "-month", "-year"), date_parts(value)):
        page.fill(f"#{day_id}{suffix}", part)


def open_folded_section(page: Any, element_id: str) -> None:
    """A finished section is folded; a person opens it to change a field in it."""
    folded = page.locator(f"details[data-folded]:not([open]):has(#{element_id})")
    if folded.count():
        folded.locator("summary").click()


def fill_case(page: Any, data: dict) -> None:
    """Type a case into the form the way a person would, adding list rows with the buttons and
    typing each date into its three fields."""
    values, _ = values_from_data(data)
    for path, spec in FIELDS.items():
        value = values[path]
        open_folded_section(page, spec.id if not spec.is_list else spec.row_id(0))
        if spec.is_list:
            for row, item in enumerate(value):
                if row > 0:
                    page.click(f"[data-add-row='{path}']")
                if spec.widget == "list-date":
                    type_date(page, spec.row_id(row), item)
                else:
                    page.fill(f"#{spec.row_id(row)}", item)
        elif not value:
            continue
        elif spec.widget == "date":
            if page.is_hidden(f"#{spec.id}"):
                continue
            type_date(page, spec.id, value)
        elif spec.widget == "select":
            page.select_option(f"#{spec.id}", value)
        elif spec.widget == "radios":
            first = spec.choices[0][0]
            page.check(f"#{spec.id}" if value == first else f"#{spec.id}-{value}")
        else:
            if page.is_hidden(f"#{spec.id}"):
                continue
            page.fill(f"#{spec.id}", value)


def click_check(page: Any) -> None:
    with page.expect_navigation():
        page.click(".actions button[value='check']")


def test_fill_see_six_month_error_fix_it_and_download_the_agreement(page: Any, live_server: str,
                                                                      tmp_path) -> None:
    page.goto(live_server + "/")
    fill_case(page, case_data(**{"support.end": EIGHT_MONTHS_END,
                                 "support.follow_up.evaluation_dates": ["2026-04-01", "2026-10-01"]}))
    click_check(page)

    summary = page.locator("#error-summary")
    assert summary.is_visible()
    assert "højst være 6 måneder" in summary.inner_text()
    end_field = page.locator("#f-support-end-field")
    assert "Fejl:" in end_field.inner_text() and "højst være 6 måneder" in end_field.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-form-validation.png"))
    page.screenshot(path=str(ARTIFACTS / "web-form-validation-full.png"), full_page=True)
    end_field.scroll_into_view_if_needed()
    page.locator("#f-support").screenshot(path=str(ARTIFACTS / "web-form-support-section.png"))

    type_date(page, "f-support-end", "2026-08-31")
    open_folded_section(page, "f-support-follow-up-evaluation-dates-1")
    type_date(page, "f-support-follow-up-evaluation-dates-1", "2026-08-14")
    click_check(page)
    assert page.locator("#check-ok").is_visible()
    assert "Lars Østergaard" in page.input_value("#minplan-preview")

    with page.expect_download() as info:
        page.click("button[formaction='/download/agreement/docx']")
    download = info.value
    assert download.suggested_filename.endswith(".docx")
    assert "1237" not in download.suggested_filename
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    text = docx_text(target.read_bytes())
    assert "Jonas Bech Madsen" in text and "Lars Østergaard" in text
    assert "31. august 2026" in text


def test_the_six_month_error_appears_while_typing(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    page.fill("#f-support-start", "2026-03-01")
    page.fill("#f-support-end", EIGHT_MONTHS_END)
    message = page.locator("#f-support-end-msg .message--error")
    message.wait_for()
    assert "højst være 6 måneder" in message.inner_text()
    assert page.get_attribute("#f-support-end", "aria-invalid") == "true"
    # A field nobody has touched yet is not shouted at.
    assert page.locator("#f-municipality-name-msg .message").count() == 0


def test_goal_warnings_appear_while_typing(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    page.fill("#f-support-goal", "Støtte til trivsel")
    page.locator("#f-support-goal-msg .message--warning").first.wait_for()
    assert "Advarsel:" in page.inner_text("#f-support-goal-msg")


def test_keyboard_reaches_the_error_summary_and_its_links_move_focus(page: Any,
                                                                     live_server: str) -> None:
    page.goto(live_server + "/")
    fill_case(page, case_data(**{"support.end": EIGHT_MONTHS_END}))
    page.focus("#f-decision-date")
    with page.expect_navigation():
        page.keyboard.press("Enter")  # Enter in a field checks the form (not "remove row")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#f-support-end"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "f-support-end"


def test_upload_a_bad_agreement_and_see_the_findings(page: Any, live_server: str) -> None:
    page.goto(live_server + "/check-document")
    page.set_input_files("#document", files=[{
        "name": "aftale.docx", "buffer": bad_agreement_docx(),
        "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}])
    with page.expect_navigation():
        page.click("button[type=submit]")
    table = page.locator("table.findings")
    assert table.is_visible()
    assert "duration-over-6-months" in table.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-check-document.png"), full_page=True)


def test_rows_are_added_in_place_with_javascript(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    assert page.is_hidden("button[value='remove:support.tasks:0']")  # a lone row: no "Fjern"
    page.click("[data-add-row='support.tasks']")
    assert page.is_visible("button[value='remove:support.tasks:0']")
    page.click("[data-add-row='support.tasks']")
    assert page.locator("input[name='support.tasks']").count() == 3
    assert page.evaluate("document.activeElement.id") == "f-support-tasks-2"
    page.click("button[value='remove:support.tasks:1']")
    ids = page.eval_on_selector_all("input[name='support.tasks']", "els => els.map(e => e.id)")
    assert ids == ["f-support-tasks-0", "f-support-tasks-1"]


def test_the_draft_survives_a_reload_and_can_be_cleared(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    page.fill("#f-citizen-name", "Jonas Bech Madsen")
    page.fill("#f-citizen-cpr", "150392-1237")
    page.click("[data-add-row='support.tasks']")
    page.fill("#f-support-tasks-1", "Anden opgave")
    type_date(page, "f-support-start", "2026-03-01")
    page.click("[data-add-row='support.follow_up.evaluation_dates']")
    type_date(page, "f-support-follow-up-evaluation-dates-1", "2026-08-14")
    page.fill("#f-citizen-address", "Østergade 14")  # the last edit, so the draft holds the rest
    # Poll from Python: wait_for_function would need eval, which the page's CSP forbids.
    for _ in range(50):
        draft = page.evaluate("localStorage.getItem('mentordocs:draft:v1')")
        if draft and "Østergade 14" in draft:
            break
        page.wait_for_timeout(100)
    page.reload()
    assert page.input_value("#f-citizen-name") == "Jonas Bech Madsen"
    assert page.input_value("#f-support-tasks-1") == "Anden opgave"
    assert [page.input_value(f"#f-support-start{s}") for s in ("", "-month", "-year")] == ["1", "3", "2026"]
    row = "f-support-follow-up-evaluation-dates-1"
    assert [page.input_value(f"#{row}{s}") for s in ("", "-month", "-year")] == ["14", "8", "2026"]
    assert page.input_value("#f-citizen-cpr") == ""  # never stored in the browser draft
    assert "gendannet" in page.inner_text("#draft-status")
    with page.expect_navigation():
        page.click("[data-clear-draft] button")
    assert page.evaluate("localStorage.getItem('mentordocs:draft:v1')") is None
    assert page.input_value("#f-citizen-name") == ""


def test_discharge_date_is_shown_only_for_the_udskrivningskoordinator(page: Any,
                                                                      live_server: str) -> None:
    page.goto(live_server + "/")
    assert page.is_hidden("#f-support-discharge-date")
    page.select_option("#f-support-mentor-type", "udskrivningskoordinator")
    assert page.is_visible("#f-support-discharge-date")


def test_the_essentials_work_without_javascript(browser: Any, live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False, locale="da-DK")
    page = context.new_page()
    try:
        page.goto(live_server + "/")
        assert page.is_visible("#f-support-discharge-date")  # nothing hidden without JS
        with page.expect_navigation():
            page.click("[data-add-row='support.tasks']")
        assert page.locator("input[name='support.tasks']").count() == 2
        page.fill("#f-support-start", "2026-03-01")
        page.fill("#f-support-end", EIGHT_MONTHS_END)
        with page.expect_navigation():
            page.click(".actions button[value='check']")
        assert "højst være 6 måneder" in page.inner_text("#error-summary")
        assert re.search(r"Der er \d+ fejl", page.inner_text("#error-summary"))
    finally:
        context.close()


def test_the_page_runs_without_console_errors_or_csp_violations(page: Any, live_server: str) -> None:
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(live_server + "/")
    page.fill("#f-support-goal", "Job")
    page.wait_for_timeout(1000)
    assert problems == []


def test_typed_danish_dates_are_read_as_dates(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    page.fill("#f-support-start", "1/3-2026")
    page.fill("#f-support-end", "31.10.2026")  # 8 months: the check must have read both dates
    message = page.locator("#f-support-end-msg .message--error")
    message.wait_for()
    assert "højst være 6 måneder" in message.inner_text()


def test_a_half_typed_date_gets_the_danish_message(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    page.fill("#f-decision-date", "20")
    page.fill("#f-decision-date-month", "2")
    message = page.locator("#f-decision-date-msg .message--error")
    message.wait_for()
    assert message.inner_text() == ("Fejl: Datoen i „Afgørelsens dato“ er ikke gyldig eller ikke "
                                    "færdigudfyldt.")
    assert page.get_attribute("#f-decision-date-year", "aria-invalid") == "true"


def test_a_pasted_date_is_split_into_day_month_and_year(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    for pasted, field in (("1/3-2026", "f-support-start"), ("31.8.2026", "f-support-end"),
                          ("2026-02-20", "f-decision-date")):
        page.focus(f"#{field}")
        page.evaluate("""([id, text]) => {
            const data = new DataTransfer();
            data.setData("text/plain", text);
            document.getElementById(id).dispatchEvent(new ClipboardEvent("paste",
                {clipboardData: data, bubbles: true, cancelable: true}));
        }""", [field, pasted])
        parts = [page.input_value(f"#{field}{suffix}") for suffix in ("", "-month", "-year")]
        assert parts == list(date_parts(pasted)), pasted


def test_a_whole_date_typed_into_the_day_field_is_split_on_leaving_it(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    page.fill("#f-support-start", "1.3.2026")
    page.press("#f-support-start", "Tab")
    assert [page.input_value(f"#f-support-start{s}") for s in ("", "-month", "-year")] == ["1", "3", "2026"]


def test_date_rows_added_in_place_get_three_fields_with_their_own_ids(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    page.click("[data-add-row='support.follow_up.evaluation_dates']")
    row = "f-support-follow-up-evaluation-dates-1"
    assert page.evaluate("document.activeElement.id") == row
    for suffix in ("", "-month", "-year"):
        assert page.locator(f"label[for='{row}{suffix}']").count() == 1
    type_date(page, row, "2026-08-14")
    assert page.input_value(f"#{row}-year") == "2026"


def test_choosing_a_refusal_hides_the_agreement_button(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    agreement = page.get_by_role("button", name="Hent aftale (Word)")
    assert agreement.is_visible()
    page.check("#f-decision-outcome-refusal")
    assert agreement.is_hidden()
    assert page.get_by_role("button", name="Hent afgørelse (Word)").is_visible()


def test_download_all_documents_as_one_zip_with_danish_names(page: Any, live_server: str,
                                                              tmp_path) -> None:
    page.goto(live_server + "/")
    fill_case(page, case_data())
    click_check(page)
    assert "Jonas Bech Madsen" in page.inner_text("#letter-preview")
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator(".letter-preview").screenshot(path=str(ARTIFACTS / "web-letter-preview.png"))
    with page.expect_download() as info:
        page.get_by_role("button", name="Hent alle dokumenter").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    assert target.name == "mentorstoette-bevilling-2026-02-20-15-02-09-g01-123-26.zip"
    names = zipfile.ZipFile(target).namelist()
    assert names == ["mentoraftale-2026-03-01-15-02-09-g01-123-26.docx",
                     "afgoerelse-bevilling-2026-02-20-15-02-09-g01-123-26.docx",
                     "minplan-2026-03-01-15-02-09-g01-123-26.txt"]


def test_the_caseworkers_own_details_are_remembered_but_not_the_citizens(page: Any,
                                                                        live_server: str) -> None:
    page.goto(live_server + "/")
    page.fill("#f-caseworker-name", "Mette Kjær Holm")
    page.fill("#f-citizen-name", "Jonas Bech Madsen")
    with page.expect_navigation():
        page.click("[data-clear-draft] button")  # a new case: the draft goes, the caseworker stays
    assert page.input_value("#f-caseworker-name") == "Mette Kjær Holm"
    assert page.input_value("#f-citizen-name") == ""
    stored = page.evaluate("localStorage.getItem('mentordocs:caseworker:v1')")
    assert "Mette Kjær Holm" in stored and "Jonas" not in stored


def _no_horizontal_scroll_at_320(browser: Any, url: str, fill: bool) -> int:
    context = browser.new_context(locale="da-DK", viewport={"width": 320, "height": 700})
    try:
        page = context.new_page()
        page.goto(url)
        if fill:
            fill_case(page, case_data())
            click_check(page)
        return page.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()


def test_no_horizontal_scroll_at_320_px_on_the_empty_form(browser: Any, live_server: str) -> None:
    assert _no_horizontal_scroll_at_320(browser, live_server + "/", fill=False) <= 320


def test_no_horizontal_scroll_at_320_px_with_the_letter_preview(browser: Any,
                                                               live_server: str) -> None:
    assert _no_horizontal_scroll_at_320(browser, live_server + "/", fill=True) <= 320


def test_screenshots_of_the_form_desktop_and_400_px(browser: Any, live_server: str,
                                                   dkfds_server: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for server, look in ((live_server, ""), (dkfds_server, "-dkfds")):
        for width, name in ((1100, "desktop"), (400, "400px")):
            context = browser.new_context(locale="da-DK", viewport={"width": width, "height": 900})
            try:
                page = context.new_page()
                page.goto(server + "/")
                page.screenshot(path=str(ARTIFACTS / f"web-form{look}-{name}.png"), full_page=True)
                assert page.evaluate("document.documentElement.scrollWidth") <= width
            finally:
                context.close()


def test_no_horizontal_scroll_at_320_px_with_errors_and_folded_sections_in_the_dkfds_look(
        browser: Any, dkfds_server: str) -> None:
    context = browser.new_context(locale="da-DK", viewport={"width": 320, "height": 700})
    try:
        page = context.new_page()
        page.goto(dkfds_server + "/")
        fill_case(page, case_data(**{"support.end": EIGHT_MONTHS_END}))
        click_check(page)
        assert page.locator("details[data-folded]").count() > 0
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "web-form-dkfds-320px-errors.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        context.close()


def _posts_to_the_form(page: Any, live_server: str) -> list[str]:
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" and
            r.url == live_server + "/" else None)
    return posts


def test_a_caseworker_types_danish_dates_checks_reloads_and_downloads_the_zip(
        page: Any, live_server: str, tmp_path) -> None:
    """The whole journey: dates typed into dag/måned/år, "Tjek sagen" redirects to the result,
    a reload shows it again without posting, and "Hent alle dokumenter" gives the three files."""
    page.goto(live_server + "/")
    fill_case(page, case_data())
    assert [page.input_value(f"#f-support-end{s}") for s in ("", "-month", "-year")] == ["31", "8", "2026"]
    posts = _posts_to_the_form(page, live_server)
    click_check(page)
    assert page.url == live_server + "/tjekket"
    assert posts == [live_server + "/"]
    page.reload()
    assert posts == [live_server + "/"]  # the reload did not post the case again
    assert page.locator("#check-ok").is_visible()
    assert page.locator("details[data-folded]:not([open])").count() == 7  # every section is done
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-form-checked.png"), full_page=True)
    page.locator(".letter-preview").screenshot(path=str(ARTIFACTS / "web-letter-preview.png"))

    with page.expect_download() as info:
        page.get_by_role("button", name="Hent alle dokumenter").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    assert "1237" not in target.name
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert [n.split("-")[0] for n in names] == ["mentoraftale", "afgoerelse", "minplan"]
        agreement = docx_text(archive.read(names[0]))
        decision = docx_text(archive.read(names[1]))
        minplan = archive.read(names[2]).decode("utf-8")
    assert "Jonas Bech Madsen" in agreement and "1. marts 2026" in agreement
    assert "31. august 2026" in agreement
    assert "20. februar 2026" in decision and "Klagevejledning" in decision
    assert "Lars Østergaard" in minplan
    assert "150392-1237" not in minplan


def test_a_checked_refusal_shows_no_agreement_button(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    fill_case(page, case_data(**{"decision.outcome": "refusal", "decision.fully_granted": None}))
    click_check(page)
    assert page.locator("#check-ok").is_visible()
    for name in ("Hent aftale (Word)", "Hent aftale (PDF)", "Hent Min Plan-tekst", "Hent alle dokumenter"):
        assert page.get_by_role("button", name=name, exact=True).count() == 0, name
    assert page.get_by_role("button", name="Hent afgørelse (Word)").first.is_visible()
    assert page.locator("#minplan-preview").count() == 0


def test_an_error_link_opens_nothing_folded_and_focuses_the_date(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    fill_case(page, case_data(**{"support.end": EIGHT_MONTHS_END}))
    click_check(page)
    assert page.locator("#f-municipality[data-folded]").is_visible()  # done: folded
    assert page.locator("#f-municipality-name").is_hidden()
    page.click("#error-summary a[href='#f-support-end']")
    assert page.evaluate("document.activeElement.id") == "f-support-end"


def test_a_folded_section_opens_from_the_keyboard(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    fill_case(page, case_data(**{"support.end": EIGHT_MONTHS_END}))
    click_check(page)
    page.focus("#f-municipality > summary")
    page.keyboard.press("Enter")
    assert page.locator("#f-municipality-name").is_visible()
