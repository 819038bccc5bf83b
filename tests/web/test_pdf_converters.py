"""'Hent PDF' on warm converters (issue 12): the PDF comes from one, and a full queue is a 503."""

from __future__ import annotations

from typing import Any, Iterator

import pytest

from mentordocs.generate import converter
from mentordocs.web import create_app

from .conftest import CPR, CsrfClient, form_fields


@pytest.fixture(scope="module")
def warm_app() -> Iterator[Any]:
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret",
                      "MENTORDOCS_CONVERTERS": 1, "MENTORDOCS_CONVERTERS_WAITING": 0})
    pool = app.extensions["mentordocs.converters"]
    try:
        assert pool.wait_until_running(), "the converter did not start"
        yield app
    finally:
        converter.install(None)
        pool.stop()


@pytest.mark.slow
def test_the_pdf_download_comes_from_the_warm_converter(warm_app):
    pool = warm_app.extensions["mentordocs.converters"]
    before = pool.conversions
    response = CsrfClient(warm_app.test_client()).post("/download/agreement/pdf",
                                                       data=form_fields())
    assert response.status_code == 200 and response.data.startswith(b"%PDF-")
    assert pool.conversions == before + 1


@pytest.mark.slow
def test_a_pdf_request_beyond_the_queue_gets_a_danish_try_again_page(warm_app, caplog):
    pool = warm_app.extensions["mentordocs.converters"]
    client = CsrfClient(warm_app.test_client())
    busy = pool.acquire()  # another caseworker's PDF is converting; nobody may wait
    try:
        response = client.post("/download/agreement/pdf", data=form_fields())
    finally:
        pool.release(busy)
    page = response.get_data(as_text=True)
    assert response.status_code == 503 and int(response.headers["Retry-After"]) > 0
    assert "Prøv igen om et øjeblik" in page and "Traceback" not in page
    assert CPR not in page and CPR not in caplog.text


def test_the_form_starts_no_converters_unless_asked():
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret"})
    assert "mentordocs.converters" not in app.extensions

