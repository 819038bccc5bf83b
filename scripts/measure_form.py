"""Measure the web form the way a caseworker meets it (issue 11), with a municipality profile.

    PYTHONPATH=. python scripts/measure_form.py

1. Fields to fill for a typical grant: the test case (tests/web/conftest.py) cut down to the
   fewest fields that still pass the check, less what the form already holds when it opens
   (the profile's sender, the preselected outcome). Counted as fields (a date is one field) and
   as inputs typed into (a date is three inputs when the form shows dag, måned, år). Also
   given with the caseworker's own details remembered by the browser.
2. In headless Chromium: Tab presses from the top of the page to the first download button,
   the page's height, and how far down the page the download buttons stand (the distance a
   caseworker scrolls from the top to reach them), on the new form and after a successful
   "Tjek sagen".

The script uses the form layout and the browser-test helpers of the tree on PYTHONPATH, so the
same file measures an older checkout too (copy it outside the tree and point PYTHONPATH there).
Needs Playwright and /usr/bin/chromium (like tests/web/test_browser.py).
"""

from __future__ import annotations

import copy
import tempfile
import threading
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from mentordocs.web import create_app
from mentordocs.web import form as web_form
from tests.web.conftest import CASE, case_data
from tests.web.test_browser import click_check, fill_case

FIRST_DOWNLOAD = "[data-download]"
MAX_TABS = 400
CASEWORKER = "caseworker."


def write_profile(folder: Path) -> Path:
    """A profile with the test case's municipality as the sender (as a municipality sets it up)."""
    m = CASE["municipality"]
    path = folder / "mentordocs.yaml"
    path.write_text(
        "schema: mentordocs/profile-1\nsender:\n"
        f"  name: {m['sender_name']}\n  municipality: {m['name']}\n  address: {m['address']}\n"
        f"  postcode_city: {m['postcode_city']}\n  phone: {m['phone']}\n  email: {m['email']}\n",
        encoding="utf-8")
    return path


def _blank(spec: Any) -> Any:
    return [""] if spec.is_list else ""


def minimal_grant() -> dict[str, Any]:
    """The typical grant with every field dropped that the check does not need (lists cut to
    the one row that keeps the case valid)."""
    values, _ = web_form.values_from_data(case_data())
    assert web_form.check_values(values).ok
    for path, spec in web_form.FIELDS.items():
        candidates = [_blank(spec)]
        if spec.is_list:
            candidates += [[row] for row in values[path] if row]
        for candidate in candidates:
            trial = copy.deepcopy(values)
            trial[path] = candidate
            if web_form.check_values(trial).ok:
                values = trial
                break
    return values


def fields_to_fill(app: Any) -> dict[str, int]:
    from mentordocs.web import views

    with app.test_request_context("/"):
        opened = views._profile_values()
    needed = minimal_grant()
    date_inputs = 3 if hasattr(web_form, "DATE_PART_SUFFIXES") else 1
    counts = {"fields": 0, "inputs": 0, "caseworker_fields": 0, "caseworker_inputs": 0}
    for path, spec in web_form.FIELDS.items():
        value, start = needed[path], opened.get(path, _blank(spec))
        if spec.is_list:
            typed = [v for i, v in enumerate(value) if v and (i >= len(start) or start[i] != v)]
        else:
            typed = [value] if value and value != start else []
        per_input = date_inputs if spec.widget in ("date", "list-date") else 1
        counts["fields"] += len(typed)
        counts["inputs"] += len(typed) * per_input
        if path.startswith(CASEWORKER):
            counts["caseworker_fields"] += len(typed)
            counts["caseworker_inputs"] += len(typed) * per_input
    return counts


def tabs_to_first_download(page: Any) -> int:
    """Tab presses from the top of the page (focus reset to the document) to the first download."""
    page.evaluate("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()")
    page.mouse.click(1, 1)  # a click on the page's top-left corner starts the tab order there
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches('{FIRST_DOWNLOAD}')"):
            return presses
    return -1


def measure(page: Any) -> dict[str, int]:
    height = page.evaluate("document.documentElement.scrollHeight")
    downloads = page.evaluate(
        "Math.round(document.querySelector('.download-list').getBoundingClientRect().top"
        " + window.scrollY)")
    first = page.evaluate(
        f"Math.round(document.querySelector('{FIRST_DOWNLOAD}').getBoundingClientRect().top"
        " + window.scrollY)")
    return {"tabs": tabs_to_first_download(page), "scroll_height": height,
            "to_download_list": downloads, "to_first_download": first}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"SECRET_KEY": "measure",
                          "MENTORDOCS_PROFILE": str(write_profile(Path(folder)))})
        counts = fields_to_fill(app)
        from mentordocs.web.security import PrivateRequestHandler

        server = make_server("127.0.0.1", 0, app, threaded=True,
                             request_handler=PrivateRequestHandler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_port}/"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu"])
            context = browser.new_context(locale="da-DK", viewport={"width": 1100, "height": 900})
            page = context.new_page()
            page.goto(url)
            empty = measure(page)
            fill_case(page, case_data())
            click_check(page)
            checked = measure(page)
            browser.close()
        server.shutdown()
    print(f"typical grant with a profile: {counts['fields']} fields to fill "
          f"({counts['inputs']} inputs typed into); with the caseworker remembered by the "
          f"browser: {counts['fields'] - counts['caseworker_fields']} fields "
          f"({counts['inputs'] - counts['caseworker_inputs']} inputs)")
    for name, m in (("new form", empty), ("checked case", checked)):
        print(f"{name + ':':14} {m['tabs']} Tab presses to the first download button; page "
              f"{m['scroll_height']} px tall; first download button at {m['to_first_download']} px, "
              f"download list at {m['to_download_list']} px from the top")


if __name__ == "__main__":
    main()
