"""Fixtures for the web form tests: the app, a client that carries the CSRF token like a browser
does, a valid case as form fields, and (for browser tests) a live server with headless Chromium."""

from __future__ import annotations

import contextlib
import copy
import re
import threading
from pathlib import Path
from typing import Any, Iterator

import pytest
from werkzeug.datastructures import MultiDict
from werkzeug.serving import make_server

from mentordocs.web import create_app
from mentordocs.web.form import FIELDS, values_from_data

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

#: A complete, valid case (tilbudsmentor in a work placement, full grant). The CPR number is a
#: made-up one with a valid date, so the tests can look for it in logs and file names.
CPR = "150392-1237"
CASE: dict[str, Any] = {
    "schema": "mentordocs/case-1",
    "municipality": {
        "name": "Gribskov Kommune", "sender_name": "Gribskov Kommune, Center for Arbejdsmarked",
        "address": "Rådhusvej 3", "postcode_city": "3200 Helsinge", "phone": "72 49 60 00",
        "email": "arbejdsmarked@gribskov.dk",
    },
    "caseworker": {"name": "Mette Kjær Holm", "title": "Sagsbehandler", "phone": "72 49 61 23",
                   "email": "mkhol@gribskov.dk"},
    "citizen": {"name": "Jonas Bech Madsen", "cpr": CPR, "address": "Østergade 14, 1. tv.",
                "postcode_city": "3200 Helsinge"},
    "mentor": {"name": "Lars Østergaard", "organisation": "Mentorhuset Nordsjælland ApS",
               "phone": "+45 23 45 67 89", "email": "lars@mentorhuset-nsj.dk"},
    "support": {
        "mentor_type": "tilbudsmentor",
        "goal": "Jonas gennemfører sin virksomhedspraktik som lagermedarbejder hos Helsinge "
                "Tømmerhandel og møder stabilt 4 dage om ugen, så praktikken senest 31. august "
                "2026 kan afløses af et løntilskudsjob.",
        "tasks": ["Hjælpe Jonas med at planlægge transport og morgenrutiner.",
                  "Deltage i opstartssamtalen med praktikværten."],
        "start": "2026-03-01", "end": "2026-08-31", "hours_per_week": "1,5",
        "activity": "Virksomhedspraktik hos Helsinge Tømmerhandel",
        "follow_up": {
            "plan": "Mentor og sagsbehandler følger op med Jonas hver måned og altid senest 14 "
                    "dage før støtten slutter.",
            "progression_goals": ["Inden 1. april 2026 møder Jonas til tiden 3 ud af 4 dage.",
                                  "Inden 1. juni 2026 møder Jonas 4 dage om ugen."],
            "evaluation_dates": ["2026-04-01", "2026-06-01", "2026-08-14"],
        },
    },
    "decision": {"outcome": "grant", "date": "2026-02-20", "case_number": "15.02.09-G01-123-26",
                 "fully_granted": True,
                 "reasons": "Du har brug for støtte til at fastholde din praktik."},
}


def case_data(**changes: Any) -> dict[str, Any]:
    """A deep copy of :data:`CASE` with dotted-path changes: ``case_data(**{"support.end": x})``."""
    data = copy.deepcopy(CASE)
    for path, value in changes.items():
        *outer, last = path.split(".")
        node = data
        for part in outer:
            node = node[part]
        if value is None:
            node.pop(last, None)
        else:
            node[last] = value
    return data


def form_fields(data: dict[str, Any] | None = None, **extra: str) -> MultiDict:
    """The case as the browser would post it: one entry per input, lists as repeated names."""
    values, ignored = values_from_data(case_data() if data is None else data)
    assert not ignored, ignored
    fields: list[tuple[str, str]] = []
    for path in FIELDS:
        value = values[path]
        fields += [(path, v) for v in value] if isinstance(value, list) else [(path, value)]
    fields += list(extra.items())
    return MultiDict(fields)


class CsrfClient:
    """A Flask test client that, like a browser, posts the CSRF token from the page it got."""

    def __init__(self, client: Any):
        self.client = client
        page = client.get("/").get_data(as_text=True)
        self.token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def get(self, *args: Any, **kwargs: Any) -> Any:
        return self.client.get(*args, **kwargs)

    def post(self, url: str, data: MultiDict | dict | None = None, **kwargs: Any) -> Any:
        if isinstance(data, MultiDict):
            data = data.copy()
        else:  # a plain dict may hold (file, name) tuples that MultiDict would split
            data = dict(data or {})
        data.setdefault("csrf_token", self.token)
        return self.client.post(url, data=data, **kwargs)


@pytest.fixture
def app() -> Any:
    return create_app({"TESTING": True, "SECRET_KEY": "test-secret"})


@pytest.fixture
def client(app: Any) -> CsrfClient:
    return CsrfClient(app.test_client())


@contextlib.contextmanager
def serving(config: dict[str, Any]) -> Iterator[str]:
    """The app with ``config`` on a free localhost port, served by werkzeug in a thread."""
    from mentordocs.web.security import PrivateRequestHandler

    app = create_app(config)
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=PrivateRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def live_server() -> Iterator[str]:
    """The app on a free localhost port, served by werkzeug in a background thread."""
    with serving({"SECRET_KEY": "browser-test-secret"}) as url:
        yield url


@pytest.fixture(scope="session")
def dkfds_server() -> Iterator[str]:
    """The app in the optional DKFDS look (IBM Plex Sans served by the app itself)."""
    with serving({"SECRET_KEY": "browser-test-secret", "MENTORDOCS_LOOK": "dkfds"}) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright import sync_api

    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.fail("Debian's chromium is not installed at /usr/bin/chromium (make setup installs it)")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--lang=da-DK"])
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[Any]:
    context = browser.new_context(accept_downloads=True, locale="da-DK",
                                  viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        yield page
    finally:
        context.close()
