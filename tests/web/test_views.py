"""Every route of the web form and its error paths, through Flask's test client."""

from __future__ import annotations

import io
import json
import re
import time
import zipfile

import pytest
import yaml
from lxml import html as lxml_html

from mentordocs.case import parse_case_text, validate_case_data
from mentordocs.web import checked, create_app
from mentordocs.web.form import SECTIONS

from .conftest import CPR, CsrfClient, case_data, form_fields

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def docx_text(data: bytes) -> str:
    """All text of a DOCX body, paragraphs joined by newlines (python-docx reads the real file)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def page_tree(response) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(response.get_data(as_text=True))


# -- the form ------------------------------------------------------------------------------


def test_get_form_returns_the_empty_danish_form(client: CsrfClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    tree = page_tree(response)
    assert tree.get("lang") == "da"
    assert tree.xpath("//h1")[0].text_content().startswith("Mentorstøtte")


def test_every_input_has_a_label(client: CsrfClient) -> None:
    tree = page_tree(client.get("/"))
    labels = {label.get("for") for label in tree.xpath("//label[@for]")}
    inputs = tree.xpath("//input[not(@type='hidden')] | //select | //textarea")
    assert inputs
    for element in inputs:
        assert element.get("id") in labels, element.get("name")


def test_element_ids_are_unique(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields(case_data(**{"support.end": "2026-12-01"}))))
    ids = [e.get("id") for e in tree.xpath("//*[@id]")]
    assert len(ids) == len(set(ids))


def test_groups_are_fieldsets_with_legends(client: CsrfClient) -> None:
    tree = page_tree(client.get("/"))
    legends = [f.xpath("./legend")[0].text_content().strip() for f in tree.xpath("//fieldset")]
    assert "Mentorstøtten" in legends and "Mentorens opgaver" in legends


def test_check_with_errors_shows_a_linked_summary_and_messages_by_the_fields(client: CsrfClient) -> None:
    response = client.post("/", follow_redirects=True, data=form_fields(case_data(**{"support.end": "2026-10-31"})))
    assert response.status_code == 200
    tree = page_tree(response)
    links = tree.xpath("//div[@id='error-summary']//a")
    assert len(links) == 1 and links[0].get("href") == "#f-support-end"
    assert "højst være 6 måneder" in links[0].text_content()
    end = tree.get_element_by_id("f-support-end")
    assert end.get("aria-invalid") == "true"
    described = end.get("aria-describedby").split()
    message = tree.get_element_by_id(described[-1]).text_content()
    assert "Fejl:" in message and "højst være 6 måneder" in message


def test_error_summary_takes_focus_on_load(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields(case_data(**{"support.goal": ""}))))
    summary = tree.get_element_by_id("error-summary")
    assert summary.get("tabindex") == "-1" and summary.get("autofocus") is not None


def test_error_summary_snapshot(client: CsrfClient, snapshot) -> None:
    data = case_data(**{"support.end": "2026-11-15", "mentor.phone": "1234",
                        "support.follow_up.progression_goals": [],
                        "decision.fully_granted": False, "decision.reasons": None})
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields(data)))
    items = [li.text_content().strip() for li in tree.xpath("//div[@id='error-summary']//li")]
    assert "\n".join(items) == snapshot


def test_goal_warnings_are_shown_without_blocking(client: CsrfClient) -> None:
    response = client.post("/", follow_redirects=True, data=form_fields(case_data(**{"support.goal": "Øget trivsel"})))
    tree = page_tree(response)
    assert not tree.xpath("//div[@id='error-summary']")
    warnings = tree.xpath("//div[@id='warning-summary']//li")
    assert warnings and all("Målet" in w.text_content() for w in warnings)
    assert tree.xpath("//div[@id='check-ok']")


def test_a_valid_check_shows_the_min_plan_preview(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields()))
    preview = tree.get_element_by_id("minplan-preview").text_content()
    assert "Lars Østergaard" in preview and "Helsinge Tømmerhandel" in preview
    assert CPR not in preview


def test_add_row_without_javascript_renders_one_more_row_with_focus(client: CsrfClient) -> None:
    response = client.post("/", follow_redirects=True, data=form_fields(action="add:support.tasks"))
    tree = page_tree(response)
    rows = tree.xpath("//input[@name='support.tasks']")
    assert len(rows) == 3 and rows[2].get("value") in (None, "")
    assert rows[2].get("autofocus") is not None
    assert not tree.xpath("//div[@id='error-summary']")


def test_remove_row_without_javascript_drops_that_row(client: CsrfClient) -> None:
    response = client.post("/", follow_redirects=True, data=form_fields(action="remove:support.tasks:0"))
    rows = page_tree(response).xpath("//input[@name='support.tasks']")
    assert [r.get("value") for r in rows] == ["Deltage i opstartssamtalen med praktikværten."]


def test_api_check_returns_messages_as_json(client: CsrfClient) -> None:
    response = client.post("/api/check", data=form_fields(case_data(**{"support.end": "2026-12-31"})))
    assert response.status_code == 200 and response.is_json
    body = response.get_json()
    assert body["ok"] is False
    assert [(e["path"], e["target"]) for e in body["errors"]] == [("support.end", "f-support-end")]


def test_api_check_snapshot(client: CsrfClient, snapshot) -> None:
    data = case_data(**{"support.end": "2026-09-30", "support.goal": "Støtte til trivsel"})
    assert client.post("/api/check", data=form_fields(data)).get_json() == snapshot


# -- downloads -----------------------------------------------------------------------------


def test_download_agreement_docx_contains_the_case(client: CsrfClient) -> None:
    response = client.post("/download/agreement/docx", data=form_fields())
    assert response.status_code == 200
    assert response.mimetype == DOCX_MIME
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and disposition.endswith(".docx")
    text = docx_text(response.data)
    assert "Lars Østergaard" in text and "Jonas Bech Madsen" in text


def test_download_decision_docx(client: CsrfClient) -> None:
    response = client.post("/download/decision/docx", data=form_fields())
    assert response.status_code == 200 and response.mimetype == DOCX_MIME
    assert "Jonas Bech Madsen" in docx_text(response.data)


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_download_minplan_text_formats(client: CsrfClient, fmt: str) -> None:
    response = client.post(f"/download/minplan/{fmt}", data=form_fields())
    assert response.status_code == 200
    assert "Lars Østergaard" in response.get_data(as_text=True)
    assert response.headers["Content-Disposition"].endswith(f".{fmt}")


@pytest.mark.slow
def test_download_agreement_pdf_is_a_real_pdf(client: CsrfClient) -> None:
    from pypdf import PdfReader

    response = client.post("/download/agreement/pdf", data=form_fields())
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages)
    assert "Østergaard" in text


def test_file_names_never_contain_the_cpr_number(client: CsrfClient) -> None:
    digits = CPR.replace("-", "")
    for url in ("/download/agreement/docx", "/download/decision/docx", "/download/minplan/txt",
                "/save/yaml", "/save/json"):
        disposition = client.post(url, data=form_fields()).headers["Content-Disposition"]
        assert CPR not in disposition and digits not in disposition, url


def test_download_of_an_invalid_case_shows_the_errors_instead(client: CsrfClient) -> None:
    response = client.post("/download/agreement/docx",
                           data=form_fields(case_data(**{"support.end": "2026-12-01"})))
    assert response.status_code == 422
    assert "Content-Disposition" not in response.headers
    tree = page_tree(response)
    assert tree.xpath("//div[@id='error-summary']//a[@href='#f-support-end']")
    assert "kan ikke laves" in tree.xpath("//div[contains(@class,'banner--error')]")[0].text_content()


@pytest.mark.parametrize("url", ["/download/agreement/exe", "/download/nothing/docx",
                                 "/download/decision/txt", "/save/xml"])
def test_unknown_documents_and_formats_are_404(client: CsrfClient, url: str) -> None:
    assert client.post(url, data=form_fields()).status_code == 404


def test_hostile_text_renders_literally_in_the_page_and_the_docx(client: CsrfClient) -> None:
    hostile = "{{ 7*7 }} <script>alert(1)</script> </textarea> & æøå"
    data = case_data(**{"support.tasks": [hostile], "decision.facts": hostile})
    page = client.post("/", follow_redirects=True, data=form_fields(data)).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;/textarea&gt;" in page
    docx = client.post("/download/agreement/docx", data=form_fields(data))
    assert docx.status_code == 200
    assert hostile in docx_text(docx.data)
    preview = page_tree(client.post("/", follow_redirects=True, data=form_fields(data))).get_element_by_id("minplan-preview")
    assert hostile in preview.text_content()


# -- save and load -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_saved_case_loads_back_to_the_same_case(client: CsrfClient, fmt: str) -> None:
    saved = client.post(f"/save/{fmt}", data=form_fields())
    assert saved.status_code == 200
    data = parse_case_text(saved.get_data(as_text=True), f"sag.{fmt}")
    expected = validate_case_data(case_data(**{"support.hours_per_week": "1.5"})).case
    assert validate_case_data(data).case == expected
    loaded = client.post("/load", data={"case_file": (io.BytesIO(saved.data), f"sag.{fmt}")},
                         content_type="multipart/form-data")
    assert loaded.status_code == 303 and loaded.headers["Location"] == "/tjekket"  # post-redirect-get
    tree = page_tree(client.get("/tjekket"))
    assert tree.get_element_by_id("f-citizen-name").get("value") == "Jonas Bech Madsen"
    path = "support.follow_up.evaluation_dates"  # loaded dates are shown as dag, måned, år
    shown = [[r.get("value") for r in tree.xpath(f"//input[@name='{name}']")]
             for name in (path, path + "-month", path + "-year")]
    assert list(zip(*shown)) == [("1", "4", "2026"), ("1", "6", "2026"), ("14", "8", "2026")]
    assert tree.xpath("//div[@id='check-ok']")


def test_an_incomplete_draft_can_be_saved(client: CsrfClient) -> None:
    data = case_data(**{"support": None, "decision": None})
    saved = client.post("/save/yaml", data=form_fields(data))
    assert saved.status_code == 200
    loaded = yaml.safe_load(saved.data)
    assert loaded["citizen"]["name"] == "Jonas Bech Madsen"


def test_loading_bad_yaml_says_where(client: CsrfClient) -> None:
    response = client.post("/load", data={"case_file": (io.BytesIO(b"a: [1,\n b"), "sag.yaml")},
                           content_type="multipart/form-data")
    assert response.status_code == 400
    assert "kan ikke læses som YAML/JSON" in response.get_data(as_text=True)


def test_loading_yaml_with_python_tags_is_refused_safely(client: CsrfClient) -> None:
    evil = b"!!python/object/apply:os.system ['echo pwned']\n"
    response = client.post("/load", data={"case_file": (io.BytesIO(evil), "sag.yaml")},
                           content_type="multipart/form-data")
    assert response.status_code == 400


def test_loading_a_file_that_is_not_utf8_is_refused(client: CsrfClient) -> None:
    response = client.post("/load", data={"case_file": (io.BytesIO(b"\xff\xfe\x00x"), "sag.yaml")},
                           content_type="multipart/form-data")
    assert response.status_code == 400 and "UTF-8" in response.get_data(as_text=True)


def test_loading_a_too_large_case_file_is_refused(client: CsrfClient) -> None:
    big = b"# " + b"x" * 1_100_000
    response = client.post("/load", data={"case_file": (io.BytesIO(big), "sag.yaml")},
                           content_type="multipart/form-data")
    assert response.status_code == 413 and "for stor" in response.get_data(as_text=True)


def test_loading_without_a_file_asks_for_one(client: CsrfClient) -> None:
    response = client.post("/load", data={}, content_type="multipart/form-data")
    assert response.status_code == 400 and "Vælg en sagsfil" in response.get_data(as_text=True)


def test_loading_reports_fields_the_form_does_not_have(client: CsrfClient) -> None:
    data = case_data()
    data["extra_field"] = 1
    response = client.post("/load", data={"case_file": (io.BytesIO(json.dumps(data).encode()), "s.json")},
                           content_type="multipart/form-data")
    assert "extra_field" in response.get_data(as_text=True)


# -- checking an existing document ---------------------------------------------------------


def bad_agreement_docx() -> bytes:
    """A real DOCX agreement with a 9-month period and no appeal guidance."""
    import docx

    document = docx.Document()
    document.add_heading("Aftale om mentorstøtte", 1)
    document.add_paragraph("Målet med mentorstøtten: støtte til trivsel.")
    document.add_paragraph("Mentor: Ole Hansen, tlf. 23 45 67 89, ole@mentor.dk")
    document.add_paragraph("Mentorens opgaver: hjælpe med struktur på hverdagen.")
    document.add_paragraph("Varighed: 1. marts 2026 – 30. november 2026.")
    document.add_paragraph("Timetal: 2 timer pr. uge.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_check_document_page_has_an_upload_form(client: CsrfClient) -> None:
    tree = page_tree(client.get("/check-document"))
    upload = tree.get_element_by_id("document")
    assert upload.get("type") == "file" and tree.xpath("//label[@for='document']")


def test_uploading_a_bad_agreement_shows_the_findings(client: CsrfClient) -> None:
    response = client.post("/check-document",
                           data={"document": (io.BytesIO(bad_agreement_docx()), "aftale.docx")},
                           content_type="multipart/form-data")
    assert response.status_code == 200
    tree = page_tree(response)
    rules = [code.text_content() for code in tree.xpath("//table[contains(@class,'findings')]//code")]
    assert "duration-over-6-months" in rules
    assert tree.xpath("//table//th[.='Uddrag']") and tree.xpath("//table//th[.='Placering']")


def test_uploading_a_generated_agreement_passes_the_check(client: CsrfClient) -> None:
    docx = client.post("/download/agreement/docx", data=form_fields()).data
    response = client.post("/check-document", data={"document": (io.BytesIO(docx), "aftale.docx")},
                           content_type="multipart/form-data")
    tree = page_tree(response)
    severities = [s.text_content() for s in tree.xpath("//span[contains(@class,'severity--error')]")]
    assert severities == []


def test_uploading_a_corrupt_docx_gives_a_readable_error(client: CsrfClient) -> None:
    response = client.post("/check-document", data={"document": (io.BytesIO(b"PK\x03\x04broken"), "x.docx")},
                           content_type="multipart/form-data")
    assert response.status_code == 200
    assert "kunne ikke læses" in response.get_data(as_text=True)


def test_uploading_an_unsupported_type_is_refused(client: CsrfClient) -> None:
    response = client.post("/check-document", data={"document": (io.BytesIO(b"MZ"), "virus.exe")},
                           content_type="multipart/form-data")
    assert response.status_code == 400 and "kan ikke tjekkes" in response.get_data(as_text=True)


def test_uploading_without_a_file_asks_for_one(client: CsrfClient) -> None:
    response = client.post("/check-document", data={}, content_type="multipart/form-data")
    assert response.status_code == 400


def test_a_too_large_upload_gets_the_danish_413_page(app) -> None:
    app.config["MAX_CONTENT_LENGTH"] = 200_000
    client = CsrfClient(app.test_client())
    response = client.post("/check-document",
                           data={"document": (io.BytesIO(b"x" * 300_000), "stor.txt")},
                           content_type="multipart/form-data")
    assert response.status_code == 413
    assert "Filen er for stor" in response.get_data(as_text=True)


def test_the_upload_is_kept_in_memory_only(client: CsrfClient, monkeypatch) -> None:
    import werkzeug.formparser

    def no_disk(*args, **kwargs):
        raise AssertionError("an upload must not be spooled to a temporary file")

    monkeypatch.setattr(werkzeug.formparser, "SpooledTemporaryFile", no_disk)
    monkeypatch.setattr(werkzeug.formparser, "TemporaryFile", no_disk, raising=False)
    # Over 500 kB, werkzeug would normally spool the upload to a temporary file.
    big = bad_agreement_docx() + b"\0" * 700_000
    response = client.post("/check-document", data={"document": (io.BytesIO(big), "a.docx")},
                           content_type="multipart/form-data")
    assert response.status_code == 200


# -- error pages ---------------------------------------------------------------------------


def test_404_page_is_danish(client: CsrfClient) -> None:
    response = client.get("/findes-ikke")
    assert response.status_code == 404 and "Siden findes ikke" in response.get_data(as_text=True)


def test_405_page_is_danish(client: CsrfClient) -> None:
    response = client.get("/download/agreement/docx")
    assert response.status_code == 405
    assert "ikke tilladt" in response.get_data(as_text=True)
    assert "POST" in response.headers["Allow"]


def test_healthz(client: CsrfClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.data == b"ok\n"


def test_docx_download_is_a_valid_zip(client: CsrfClient) -> None:
    data = client.post("/download/agreement/docx", data=form_fields()).data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None and "word/document.xml" in archive.namelist()


def test_an_upload_named_by_cpr_is_never_echoed_with_the_cpr(client: CsrfClient) -> None:
    response = client.post("/check-document",
                           data={"document": (io.BytesIO(bad_agreement_docx()), "0101901234-aftale.docx")},
                           content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert "0101901234" not in page and "010190-1234" not in page
    assert "010190-XXXX-aftale.docx" in page


def test_an_upload_that_takes_too_long_is_stopped_and_reported() -> None:
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret",
                      "MENTORDOCS_LINT_TIMEOUT": 0.001})
    client = CsrfClient(app.test_client())
    response = client.post("/check-document",
                           data={"document": (io.BytesIO(bad_agreement_docx()), "aftale.docx")},
                           content_type="multipart/form-data")
    assert response.status_code == 200
    assert "kunne ikke læses på 0.001 sekunder" in response.get_data(as_text=True)


def test_loading_a_yaml_alias_bomb_is_refused_at_once(client: CsrfClient) -> None:
    lines = ['a0: &a0 ["lol"]'] + [f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 9) + "]"
                                   for n in range(1, 9)]
    bomb = ("\n".join(lines) + "\n").encode()
    response = client.post("/load", data={"case_file": (io.BytesIO(bomb), "sag.yaml")},
                           content_type="multipart/form-data")
    assert response.status_code == 400
    assert "YAML-ankre eller -aliaser" in response.get_data(as_text=True)
    assert len(response.data) < 200_000


def test_loading_a_case_nested_200000_deep_is_a_clear_400(client: CsrfClient) -> None:
    deep = b'{"support": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    response = client.post("/load", data={"case_file": (io.BytesIO(deep), "sag.json")},
                           content_type="multipart/form-data")
    assert response.status_code == 400
    assert "indlejret i mere end 50 niveauer" in response.get_data(as_text=True)


@pytest.mark.parametrize("field", ["caseworker.phone", "mentor.phone", "mentor.email",
                                   "municipality.email"])
def test_a_cpr_number_typed_into_the_wrong_field_is_not_echoed(client: CsrfClient,
                                                               field: str) -> None:
    fields = form_fields(case_data(**{field: "Jonas 150392-1237"}))
    checked = client.post("/api/check", data=fields).get_data(as_text=True)
    assert "1237" not in checked and "150392-XXXX" in checked
    # The page keeps what was typed in the input itself; its messages must not repeat it.
    page = lxml_html.fromstring(client.post("/", follow_redirects=True, data=fields).get_data(as_text=True))
    messages = " ".join(node.text_content() for node in page.xpath("//*[@role='alert' or "
                        "contains(@class, 'message') or contains(@class, 'summary')]"))
    assert "1237" not in messages and "150392-XXXX" in messages


def test_download_refuses_a_template_without_appeal_guidance(tmp_path) -> None:
    import docx

    from mentordocs.paths import TEMPLATES_DIR

    # The shipped agreement with section 7 (klagevejledning) cut, as a municipality might.
    document = docx.Document(TEMPLATES_DIR / "agreement.docx")
    paragraphs = list(document.paragraphs)
    start = next(i for i, p in enumerate(paragraphs) if "labels.appeal_guidance" in p.text)
    end = next(i for i, p in enumerate(paragraphs) if p.text.strip() == "Kontakt")
    for paragraph in paragraphs[start:end]:
        paragraph._p.getparent().remove(paragraph._p)
    document.save(tmp_path / "agreement.docx")
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret",
                      "MENTORDOCS_TEMPLATES": tmp_path})
    response = CsrfClient(app.test_client()).post("/download/agreement/docx",
                                                   data=form_fields())
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "agreement.docx" in page and "Klagevejledning" in page


def _profile(tmp_path, body: str):
    path = tmp_path / "mentordocs.yaml"
    path.write_text("schema: mentordocs/profile-1\n" + body, encoding="utf-8")
    return path


def test_the_form_uses_the_municipality_profiles_period_reading(tmp_path) -> None:
    app = create_app({"TESTING": True, "SECRET_KEY": "s",
                      "MENTORDOCS_PROFILE": str(_profile(tmp_path, "period:\n  max_months: 9\n"))})
    client = CsrfClient(app.test_client())
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields(case_data(**{"support.end": "2026-10-31"}))))
    messages = [a.text_content() for a in tree.xpath("//div[@id='error-summary']//a")]
    assert not any("højst være" in m for m in messages)  # 8 months is within the profile's 9


def test_a_broken_profile_stops_the_web_app_naming_file_and_key(tmp_path) -> None:
    from mentordocs.profile import ProfileError

    path = _profile(tmp_path, "periode:\n  max_months: 9\n")
    with pytest.raises(ProfileError, match=r"mentordocs\.yaml.*periode"):
        create_app({"TESTING": True, "SECRET_KEY": "s", "MENTORDOCS_PROFILE": str(path)})


REFUSAL = {"decision.outcome": "refusal", "decision.fully_granted": None}


def test_download_buttons_name_the_document_and_the_program(client: CsrfClient) -> None:
    page = client.get("/").get_data(as_text=True)
    for label in ("Hent aftale (Word)", "Hent afgørelse (PDF)", "Gem kladde som fil"):
        assert label in page
    assert not re.search(r">\s*(DOCX|MD|YAML|JSON)\b", page)


def test_a_refusal_shows_no_agreement_or_min_plan_buttons(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields(case_data(**REFUSAL))))
    for document in ("agreement", "minplan"):
        button = tree.xpath(f"//button[starts-with(@formaction, '/download/{document}/')]")[0]
        assert button.xpath("ancestor::li[@hidden]")
    assert not tree.xpath("//button[@formaction='/download/decision/docx']/ancestor::li[@hidden]")


def test_the_server_refuses_an_agreement_for_a_refusal_in_danish(client: CsrfClient) -> None:
    response = client.post("/download/agreement/docx", data=form_fields(case_data(**REFUSAL)))
    assert response.status_code == 422
    assert "Ved afslag og ophør laves der ingen aftale" in response.get_data(as_text=True)


def test_download_all_gives_a_zip_with_danish_file_names(client: CsrfClient) -> None:
    response = client.post("/download/all", data=form_fields())
    assert response.status_code == 200 and response.mimetype == "application/zip"
    assert "mentorstoette-bevilling-2026-02-20-15-02-09-g01-123-26.zip" in \
        response.headers["Content-Disposition"]
    names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()
    assert names == ["mentoraftale-2026-03-01-15-02-09-g01-123-26.docx",
                     "afgoerelse-bevilling-2026-02-20-15-02-09-g01-123-26.docx",
                     "minplan-2026-03-01-15-02-09-g01-123-26.txt"]


def test_download_all_for_a_refusal_holds_only_the_decision(client: CsrfClient) -> None:
    response = client.post("/download/all", data=form_fields(case_data(**REFUSAL)))
    names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()
    assert names == ["afgoerelse-afslag-2026-02-20-15-02-09-g01-123-26.docx"]


def test_a_valid_check_shows_the_decision_letter_read_only(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields()))
    letter = tree.get_element_by_id("letter-preview").text_content()
    assert "Jonas Bech Madsen" in letter and "1237" not in letter
    assert not tree.xpath("//div[@id='letter-preview']//input | //div[@id='letter-preview']//textarea")


def test_the_error_summary_stands_above_the_heading_and_repeats_the_messages(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields(case_data(**{"support.end": "31.2.2026"}))))
    summary = tree.get_element_by_id("error-summary")
    assert summary.getnext().tag == "h1"
    link = summary.xpath(".//a[@href='#f-support-end']")[0]
    visible = "".join(link.xpath("./text()")).strip()
    inline = tree.get_element_by_id("f-support-end-msg").text_content().strip()
    assert inline == f"Fejl: {visible}"


def test_there_is_no_placeholder_text(client: CsrfClient) -> None:
    assert "placeholder" not in client.get("/").get_data(as_text=True)


def test_optional_fields_say_valgfri(client: CsrfClient) -> None:
    tree = page_tree(client.get("/"))
    label = tree.xpath("//label[@for='f-citizen-cpr']")[0].text_content()
    assert "(valgfri)" in label


def test_the_sender_is_prefilled_from_the_municipality_profile(tmp_path) -> None:
    body = "sender:\n  name: Jobcenter Vejle\n  department: Job og Ydelse\n"
    app = create_app({"TESTING": True, "SECRET_KEY": "s",
                      "MENTORDOCS_PROFILE": str(_profile(tmp_path, body))})
    tree = page_tree(CsrfClient(app.test_client()).get("/"))
    assert tree.get_element_by_id("f-municipality-sender-name").get("value") == "Jobcenter Vejle"
    assert tree.get_element_by_id("f-municipality-department").get("value") == "Job og Ydelse"


def test_a_refusal_shows_the_letter_but_no_min_plan_text(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields(case_data(**REFUSAL))))
    assert "afslag" in tree.get_element_by_id("letter-preview").text_content().lower()
    assert not tree.xpath("//textarea[@id='minplan-preview']")


def test_the_municipalitys_required_sender_fields_are_prefilled_from_the_profile(tmp_path) -> None:
    body = ("sender:\n  municipality: Vejle Kommune\n  address: Kirketorvet 22\n  postcode_city: 7100 Vejle\n"
            "  phone: 76 81 00 00\n  email: jobcenter@vejle.dk\n")
    app = create_app({"TESTING": True, "SECRET_KEY": "s",
                      "MENTORDOCS_PROFILE": str(_profile(tmp_path, body))})
    tree = page_tree(CsrfClient(app.test_client()).get("/"))
    values = {name: tree.get_element_by_id(f"f-municipality-{name}").get("value")
              for name in ("name", "address", "postcode-city", "phone", "email")}
    assert values == {"name": "Vejle Kommune", "address": "Kirketorvet 22", "postcode-city": "7100 Vejle",
                      "phone": "76 81 00 00", "email": "jobcenter@vejle.dk"}


def test_serve_with_a_broken_profile_says_which_file_and_key_and_exits_2(tmp_path, monkeypatch) -> None:
    from click.testing import CliRunner

    from mentordocs.cli import cli

    monkeypatch.setenv("MENTORDOCS_PROFILE", str(_profile(tmp_path, "periode:\n  max_months: 9\n")))
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2 and "mentordocs.yaml" in result.output and "periode" in result.output
    assert "Traceback" not in result.output


# ---------------------------------------------------------------------------------------------
# Post-redirect-get after a successful check


def test_a_successful_check_redirects_so_a_reload_does_not_post_again(client: CsrfClient) -> None:
    response = client.post("/", data=form_fields())
    assert response.status_code == 303
    assert response.headers["Location"] == "/tjekket"
    again = client.get("/tjekket")
    assert again.status_code == 200
    letter = page_tree(again).get_element_by_id("letter-preview").text_content()
    assert "Jonas Bech Madsen" in letter
    # A reload is a plain GET again and shows the same case (the CSRF token in it is new).
    assert page_tree(client.get("/tjekket")).get_element_by_id("letter-preview").text_content() == letter


def test_the_checked_case_is_kept_sealed_in_a_private_cookie_not_in_the_url(client: CsrfClient) -> None:
    response = client.post("/", data=form_fields())
    assert "Jonas" not in response.headers["Location"] and "1237" not in response.headers["Location"]
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith(f"{checked.COOKIE_NAME}=")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/tjekket" in cookie
    assert "Expires" not in cookie and "Max-Age" not in cookie  # gone when the browser closes
    value = cookie.split(";")[0].split("=", 1)[1]
    for secret_text in ("Jonas", "Bech", "150392", "1237", "Gribskov"):
        assert secret_text not in value


def test_a_checked_case_older_than_its_lifetime_is_refused() -> None:
    values = {"citizen.name": "Jonas Bech Madsen"}
    fresh = checked.seal(values, "k")
    old = checked.seal(values, "k", now=time.time() - 31 * 60)
    assert checked.unseal(fresh, "k") == values
    assert checked.unseal(old, "k", minutes=30) is None


def test_a_checked_case_sealed_with_another_key_or_altered_is_refused() -> None:
    token = checked.seal({"citizen.name": "Jonas"}, "k")
    assert checked.unseal(token, "another key") is None
    assert checked.unseal(token[:-4] + "AAAA", "k") is None
    assert checked.unseal("not a token", "k") is None


def test_the_result_page_without_its_cookie_sends_the_caseworker_back_to_the_draft(client: CsrfClient) -> None:
    response = client.get("/tjekket")
    assert response.status_code == 200
    text = page_tree(response).text_content()
    assert "ikke gemt længere" in text and "tjek sagen igen" in text
    assert 'data-fresh="true"' in response.get_data(as_text=True)  # the browser draft comes back


def test_starting_a_new_case_forgets_the_checked_case(client: CsrfClient) -> None:
    client.post("/", data=form_fields())
    cleared = client.get("/")
    assert f"{checked.COOKIE_NAME}=;" in cleared.headers["Set-Cookie"]
    assert "ikke gemt længere" in page_tree(client.get("/tjekket")).text_content()


def test_a_check_with_errors_is_answered_at_once_without_a_redirect(client: CsrfClient) -> None:
    response = client.post("/", data=form_fields(case_data(**{"support.end": "2026-10-31"})))
    assert response.status_code == 200 and "Set-Cookie" not in response.headers


# ---------------------------------------------------------------------------------------------
# Finished sections fold


def test_finished_sections_fold_and_the_section_with_an_error_stays_open(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", data=form_fields(case_data(**{"support.end": "2026-10-31"}))))
    municipality = tree.get_element_by_id("f-municipality")
    assert municipality.tag == "details" and municipality.get("open") is None
    assert "Gribskov Kommune" in municipality.xpath("summary")[0].text_content()
    support = tree.get_element_by_id("f-support")
    assert support.tag == "fieldset"


def test_a_folded_section_never_shows_the_cpr_number_in_its_summary(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields()))
    citizen = tree.get_element_by_id("f-citizen")
    assert citizen.tag == "details"
    summary = citizen.xpath("summary")[0].text_content()
    assert "Jonas Bech Madsen" in summary and CPR not in summary and "1237" not in summary
    assert tree.get_element_by_id("f-citizen-cpr").get("value") == CPR  # still posted


def test_a_valid_check_folds_every_section(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields()))
    assert not tree.xpath("//form[@id='case-form']//fieldset[contains(@class, 'section ')]")
    assert len(tree.xpath("//details[@data-folded]")) == len(SECTIONS)


def test_the_profiles_sender_is_folded_on_a_new_form(tmp_path) -> None:
    body = ("sender:\n  municipality: Vejle Kommune\n  address: Kirketorvet 22\n  postcode_city: 7100 Vejle\n"
            "  phone: 76 81 00 00\n  email: jobcenter@vejle.dk\n")
    (tmp_path / "mentordocs.yaml").write_text(body, encoding="utf-8")
    app = create_app({"TESTING": True, "SECRET_KEY": "s",
                      "MENTORDOCS_PROFILE": str(tmp_path / "mentordocs.yaml")})
    tree = page_tree(app.test_client().get("/"))
    assert tree.get_element_by_id("f-municipality").tag == "details"
    assert tree.get_element_by_id("f-caseworker").tag == "fieldset"


def test_adding_a_row_folds_nothing(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", data=form_fields(action="add:support.tasks")))
    assert not tree.xpath("//details[@data-folded]")


# ---------------------------------------------------------------------------------------------
# The optional DKFDS look


def test_the_dkfds_look_is_off_unless_asked_for(client: CsrfClient) -> None:
    assert "dkfds.css" not in client.get("/").get_data(as_text=True)


def test_the_dkfds_look_serves_ibm_plex_sans_from_the_app_itself() -> None:
    app = create_app({"TESTING": True, "SECRET_KEY": "s", "MENTORDOCS_LOOK": "dkfds"})
    web = app.test_client()
    page = web.get("/").get_data(as_text=True)
    assert 'href="/static/dkfds.css"' in page and "look-dkfds" in page
    css = web.get("/static/dkfds.css").get_data(as_text=True)
    fonts = re.findall(r'url\("([^"]+)"\)', css)
    assert fonts and not any("//" in url for url in fonts)  # nothing from a CDN
    for url in fonts:
        font = web.get("/static/" + url)
        assert font.status_code == 200 and font.data[:4] == b"wOF2"


def test_the_look_can_be_chosen_by_environment_variable(monkeypatch) -> None:
    monkeypatch.setenv("MENTORDOCS_LOOK", "DKFDS")
    app = create_app({"TESTING": True, "SECRET_KEY": "s"})
    assert "dkfds.css" in app.test_client().get("/").get_data(as_text=True)


# ---------------------------------------------------------------------------------------------
# Only what applies, and the warnings summary

END = {"decision.outcome": "end", "decision.fully_granted": None,
       "decision.end_reason": "Jonas er startet i løntilskud og har ikke brug for mentor længere."}


@pytest.mark.parametrize("changes", [REFUSAL, END], ids=["refusal", "end"])
def test_a_checked_refusal_or_end_offers_only_the_decision_letter(client: CsrfClient, changes) -> None:
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields(case_data(**changes))))
    panel = tree.get_element_by_id("check-ok")
    buttons = [b.text_content() for b in panel.xpath(".//button")]
    assert buttons == ["Hent afgørelse (Word)"]
    assert "kun et afgørelsesbrev" in panel.text_content()
    visible = [b.text_content() for b in tree.xpath("//button[@data-download][not(ancestor::*[@hidden])]")]
    assert not any("aftale" in label or "Min Plan" in label for label in visible)
    assert not tree.xpath("//textarea[@id='minplan-preview']")


def test_a_checked_grant_offers_all_documents_in_one_zip(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", follow_redirects=True, data=form_fields()))
    panel = tree.get_element_by_id("check-ok")
    assert [b.text_content() for b in panel.xpath(".//button")] == ["Hent alle dokumenter"]


def test_the_warnings_summary_repeats_the_message_at_the_field(client: CsrfClient) -> None:
    tree = page_tree(client.post("/", follow_redirects=True,
                                 data=form_fields(case_data(**{"support.goal": "Øget trivsel"}))))
    summary = tree.get_element_by_id("warning-summary")
    title = summary.xpath(".//h2")[0].text_content()
    assert re.fullmatch(r"Der er \d+ advarsler i sagen", title)
    lines = [a.xpath("string(text())") for a in summary.xpath(".//li/a")]
    at_field = [p.text_content().removeprefix("Advarsel: ")
                for p in tree.xpath("//div[@id='f-support-goal-msg']/p")]
    assert lines == at_field


def test_the_error_summary_and_the_date_field_say_the_same(client: CsrfClient) -> None:
    posted = form_fields(case_data())
    posted.setlist("decision.date", ["20"])
    posted.setlist("decision.date-month", ["2"])
    posted.setlist("decision.date-year", [""])
    tree = page_tree(client.post("/", data=posted))
    expected = "Datoen i „Afgørelsens dato“ er ikke gyldig eller ikke færdigudfyldt."
    link = tree.xpath("//div[@id='error-summary']//a[@href='#f-decision-date']")[0]
    assert link.xpath("string(text())") == expected
    assert tree.get_element_by_id("f-decision-date-msg").text_content().strip() == "Fejl: " + expected
    assert [tree.get_element_by_id(f"f-decision-date{s}").get("value") for s in ("", "-month", "-year")] \
        == ["20", "2", ""]


def test_a_lone_row_has_no_remove_button_but_two_rows_have(client: CsrfClient) -> None:
    tree = page_tree(client.get("/"))
    assert tree.xpath("//button[@value='remove:support.tasks:0']")[0].get("hidden") is not None
    tree = page_tree(client.post("/", data=form_fields(action="add:support.tasks")))
    assert all(b.get("hidden") is None
               for b in tree.xpath("//button[starts-with(@value, 'remove:support.tasks:')]"))
