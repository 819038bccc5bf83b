"""Measure the web form the way a keyboard user meets it (issue 11): how many Tab presses from
the top of the page reach the first download button, and how tall the page is.

    PYTHONPATH=. python scripts/measure_form.py

Measured twice: on the empty form, and after a successful "Tjek sagen" of the test case.
Needs Playwright and /usr/bin/chromium (like tests/web/test_browser.py).
"""

from __future__ import annotations

import threading

from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from mentordocs.web import create_app
from tests.web.conftest import case_data
from tests.web.test_browser import click_check, fill_case

FIRST_DOWNLOAD = "[data-download]"
MAX_TABS = 400


def tabs_to_first_download(page) -> int:
    """Tab presses from the top of the page (focus reset to the document) to the first download."""
    page.evaluate("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()")
    page.mouse.click(1, 1)  # a click on the page's top-left corner starts the tab order there
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches('{FIRST_DOWNLOAD}')"):
            return presses
    return -1


def measure(page) -> dict[str, int]:
    height = page.evaluate("document.documentElement.scrollHeight")
    return {"tabs": tabs_to_first_download(page), "scroll_height": height}


def main() -> None:
    app = create_app({"SECRET_KEY": "measure", "MENTORDOCS_PROFILE": False})
    from mentordocs.web.security import PrivateRequestHandler

    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=PrivateRequestHandler)
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
    print(f"empty form:    {empty['tabs']} Tab presses to the first download button, "
          f"scroll height {empty['scroll_height']} px")
    print(f"checked case:  {checked['tabs']} Tab presses to the first download button, "
          f"scroll height {checked['scroll_height']} px")


if __name__ == "__main__":
    main()
