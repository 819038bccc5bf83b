"""CSRF, security headers, privacy of logs and sessions, request limits, and `mentordocs serve`."""

from __future__ import annotations

import io
import logging
import threading
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner
from flask import Flask
from lxml import html as lxml_html
from werkzeug.serving import make_server

from mentordocs.web import create_app
from mentordocs.web.security import PrivateRequestHandler

from .conftest import CPR, CsrfClient, form_fields

POST_ROUTES = ["/", "/api/check", "/download/agreement/docx", "/save/yaml", "/load",
               "/check-document"]


@pytest.mark.parametrize("url", POST_ROUTES)
def test_a_post_without_csrf_token_is_refused(app: Flask, url: str) -> None:
    response = app.test_client().post(url, data=form_fields())
    assert response.status_code == 400
    assert "sikkerhedsnøglen" in response.get_data(as_text=True)


def test_a_post_with_a_wrong_csrf_token_is_refused(app: Flask) -> None:
    client = CsrfClient(app.test_client())
    client.token = "forged"
    assert client.post("/", data=form_fields()).status_code == 400


def test_the_live_check_accepts_the_token_in_a_header(app: Flask) -> None:
    client = CsrfClient(app.test_client())
    response = client.client.post("/api/check", data=form_fields(),
                                  headers={"X-CSRFToken": client.token})
    assert response.status_code == 200


@pytest.mark.parametrize("method,url", [("get", "/"), ("get", "/check-document"),
                                        ("get", "/nope"), ("post", "/download/agreement/docx"),
                                        ("post", "/")])
def test_security_headers_are_on_every_response(client: CsrfClient, method: str, url: str) -> None:
    response = getattr(client, method)(url, data=form_fields()) if method == "post" else client.get(url)
    headers = response.headers
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-store"


def test_static_files_may_be_cached_but_keep_the_headers(client: CsrfClient) -> None:
    response = client.get("/static/app.js")
    assert response.status_code == 200
    assert response.headers.get("Cache-Control") != "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_pages_have_no_inline_scripts_styles_or_handlers(client: CsrfClient) -> None:
    for response in (client.get("/"), client.post("/", data=form_fields()),
                     client.get("/check-document"), client.get("/nope")):
        tree = lxml_html.fromstring(response.get_data(as_text=True))
        assert all(s.get("src") for s in tree.xpath("//script"))
        assert not tree.xpath("//style | //*[@style]")
        assert not [a for e in tree.iter() if isinstance(e.tag, str) for a in e.attrib
                    if a.startswith("on")]


def test_the_session_cookie_carries_only_the_csrf_token(app: Flask) -> None:
    client = CsrfClient(app.test_client())
    client.post("/", data=form_fields())
    cookie = client.client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    session = app.session_interface.get_signing_serializer(app).loads(cookie.value)
    assert set(session) == {"csrf_token"}
    assert cookie.http_only and cookie.same_site == "Strict"


def test_request_size_is_limited_to_10_mb_by_default() -> None:
    assert create_app({"SECRET_KEY": "x"}).config["MAX_CONTENT_LENGTH"] == 10 * 1024 * 1024


def test_limits_and_secret_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTORDOCS_SECRET_KEY", "from-env")
    monkeypatch.setenv("MENTORDOCS_MAX_UPLOAD_MB", "2")
    monkeypatch.setenv("MENTORDOCS_SECURE_COOKIES", "1")
    app = create_app()
    assert app.config["SECRET_KEY"] == "from-env"
    assert app.config["MAX_CONTENT_LENGTH"] == 2 * 1024 * 1024
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_no_cpr_number_reaches_the_logs(client: CsrfClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client.post("/", data=form_fields())
    client.post("/api/check", data=form_fields())
    client.post("/download/agreement/docx", data=form_fields())
    client.post("/download/minplan/txt", data=form_fields())
    client.post("/save/yaml", data=form_fields())
    client.post("/load", data={"case_file": (io.BytesIO(f"citizen: {{cpr: '{CPR}'}}".encode()), "s.yaml")},
                content_type="multipart/form-data")
    client.post("/check-document", data={"document": (io.BytesIO(f"CPR {CPR}".encode()), "a.txt")},
                content_type="multipart/form-data")
    assert CPR not in caplog.text and CPR.replace("-", "") not in caplog.text


def test_an_unexpected_error_gives_a_danish_page_and_logs_no_values(
        caplog: pytest.LogCaptureFixture) -> None:
    app = create_app({"SECRET_KEY": "x"})

    @app.get("/boom")
    def boom() -> str:
        raise ValueError(f"bad value {CPR}")

    response = app.test_client().get("/boom")
    assert response.status_code == 500
    assert "fejl på serveren" in response.get_data(as_text=True)
    assert "ValueError" in caplog.text and CPR not in caplog.text


def test_log_records_are_masked_even_when_code_logs_a_cpr(app: Flask,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    app.logger.warning("citizen %s", CPR)
    assert CPR not in caplog.text and "150392-XXXX" in caplog.text


def test_the_development_server_logs_no_query_strings(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="werkzeug")
    app = create_app({"SECRET_KEY": "x"})
    server = make_server("127.0.0.1", 0, app, request_handler=PrivateRequestHandler)
    thread = threading.Thread(target=server.handle_request)
    thread.start()
    with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/?cpr={CPR}&navn=Jonas") as r:
        assert r.status == 200
    thread.join(timeout=5)
    server.server_close()
    assert '"GET /" 200' in caplog.text
    assert "cpr=" not in caplog.text and "Jonas" not in caplog.text


# -- mentordocs serve ----------------------------------------------------------------------


@pytest.fixture
def recorded_run(monkeypatch: pytest.MonkeyPatch) -> dict:
    calls: dict = {}

    def fake_run(self: Flask, **kwargs: object) -> None:
        calls.update(kwargs)

    monkeypatch.setattr(Flask, "run", fake_run)
    return calls


def test_serve_listens_on_localhost_by_default(recorded_run: dict) -> None:
    from mentordocs.cli import cli

    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 0, result.output
    assert recorded_run["host"] == "127.0.0.1" and recorded_run["port"] == 8000
    assert recorded_run["request_handler"] is PrivateRequestHandler
    assert "http://127.0.0.1:8000/" in result.output


def test_serve_warns_when_listening_on_all_interfaces(recorded_run: dict) -> None:
    from mentordocs.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8080"])
    assert result.exit_code == 0
    assert "Advarsel" in result.output and "TLS" in result.output


def test_serve_refuses_debug_on_a_network_address(recorded_run: dict) -> None:
    from mentordocs.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--debug"])
    assert result.exit_code == 2 and recorded_run == {}


@pytest.mark.parametrize("path", ["/sag/150392%2D1237", "/sag/150392%2d1237",
                                  "/sag/%31%35%30%33%39%32%31%32%33%37", "/sag/150392.1237"])
def test_the_development_server_masks_a_percent_encoded_cpr_in_the_path(
        caplog: pytest.LogCaptureFixture, path: str) -> None:
    caplog.set_level(logging.INFO, logger="werkzeug")
    app = create_app({"SECRET_KEY": "x"})
    server = make_server("127.0.0.1", 0, app, request_handler=PrivateRequestHandler)
    thread = threading.Thread(target=server.handle_request)
    thread.start()
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}{path}")
    except urllib.error.HTTPError as error:
        assert error.code == 404
    thread.join(timeout=5)
    server.server_close()
    assert "404" in caplog.text and "1237" not in caplog.text and "%33%37" not in caplog.text


def test_saving_a_case_whose_decision_date_holds_a_line_break_is_a_clean_download(
        client: CsrfClient) -> None:
    fields = form_fields()
    fields.setlist("decision.date", ["2026-02-20\r\nX-Injected: 150392-1237"])
    response = client.post("/save/yaml", data=fields)
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    assert "\r" not in disposition and "\n" not in disposition and "1237" not in disposition
