"""The routes of the web form. Each request carries the whole form; nothing is stored.

``GET /``                      the empty form
``POST /``                     check the form, or add/remove a row of a list (no JavaScript needed);
                               a case without errors is redirected to ``GET /tjekket``
``GET /tjekket``               the checked case with its preview (post-redirect-get: a reload does
                               not post again; the case waits in a sealed cookie, see checked.py)
``POST /api/check``            the same check as JSON, for the live check while typing
``POST /download/<doc>/<fmt>`` validate and download a generated document
``POST /save/<yaml|json>``     download the form as a case file (also an incomplete draft)
``POST /load``                 upload a case file and fill the form from it
``GET|POST /check-document``   upload an existing agreement and see the linter's findings
"""

from __future__ import annotations

import datetime as dt
import io
import json
import threading
import zipfile
from pathlib import PurePath
from typing import Any, Optional

import yaml
from flask import (Blueprint, Response, abort, current_app, jsonify, redirect, render_template,
                   request, send_file, url_for)

from mentordocs.case import MAX_CASE_FILE_BYTES, CaseInvalid, case_to_data, parse_case_text
from mentordocs.domain.cpr import mask_cpr, mask_path
from mentordocs.web import checked
from mentordocs.web.form import (ADD_LABELS, CONDITIONAL, FIELDS, SECTIONS, CheckOutcome,
                                 FormValues, SectionSpec, add_row, check_values, data_from_values,
                                 date_parts, empty_values, format_date, is_iso_date, remove_row,
                                 values_from_data, values_from_form)

bp = Blueprint("web", __name__)

#: Documents offered for download and their formats, in the order the page shows them.
DOWNLOADS: dict[str, tuple[str, ...]] = {
    "agreement": ("docx", "pdf"),
    "decision": ("docx", "pdf"),
    "minplan": ("txt", "md", "html"),
}
DOCUMENT_LABELS = {"agreement": "Aftale om mentorstøtte", "decision": "Afgørelsesbrev",
                   "minplan": "Min Plan-tekst"}
#: What each download button says: the document and the program that opens it, not the format
#: code. Markdown stays a route (for the command line's users) but gets no button.
BUTTON_LABELS = {
    ("agreement", "docx"): "Hent aftale (Word)",
    ("agreement", "pdf"): "Hent aftale (PDF)",
    ("decision", "docx"): "Hent afgørelse (Word)",
    ("decision", "pdf"): "Hent afgørelse (PDF)",
    ("minplan", "txt"): "Hent Min Plan-tekst",
    ("minplan", "html"): "Hent Min Plan-tekst som webside",
}
#: Outcomes with support to describe: only these get an agreement and a Min Plan text.
SUPPORT_OUTCOMES = ("grant", "extension")
#: Documents that exist only for those outcomes.
SUPPORT_DOCUMENTS = ("agreement", "minplan")
MIMETYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "yaml": "application/yaml; charset=utf-8",
    "json": "application/json; charset=utf-8",
}
LINT_UPLOAD_SUFFIXES = (".docx", ".pdf", ".odt", ".txt", ".html", ".htm", ".md")

_lock = threading.Lock()


# ---------------------------------------------------------------------------------------------
# Shared, lazily built resources (one per app: templates are compiled once)


def _generator() -> Any:
    ext = current_app.extensions
    if "mentordocs.generator" not in ext:
        with _lock:
            if "mentordocs.generator" not in ext:
                from mentordocs.generate import Generator

                # MENTORDOCS_TEMPLATES: a municipality's own template folder (like --templates).
                # Generated documents pass the same pack that checks uploads.
                profile = ext.get("mentordocs.profile")
                options = profile.generator_options() if profile is not None else {}
                options.update(templates_dir=current_app.config.get("MENTORDOCS_TEMPLATES"),
                               lint_pack=current_app.config["MENTORDOCS_LINT_PACK"])
                ext["mentordocs.generator"] = Generator(**options)
    return ext["mentordocs.generator"]


def _policy() -> Any:
    """The period reading: the municipality profile's, else the shipped one."""
    from mentordocs.domain import periods

    profile = current_app.extensions.get("mentordocs.profile")
    return profile.policy() if profile is not None else periods.DEFAULT_POLICY


def _lint_pack() -> Any:
    """The rule pack for uploads, loaded and compiled once per app (forked checks inherit it)."""
    ext = current_app.extensions
    if "mentordocs.lint_pack" not in ext:
        with _lock:
            if "mentordocs.lint_pack" not in ext:
                from mentordocs.lint.analyze import compile_pack
                from mentordocs.lint.rules import load_pack

                pack = load_pack(current_app.config["MENTORDOCS_LINT_PACK"])
                compile_pack(pack)  # compiled here, inherited by every forked check
                ext["mentordocs.lint_pack"] = pack
    return ext["mentordocs.lint_pack"]


# ---------------------------------------------------------------------------------------------
# Rendering the form


def _render_form(values: FormValues, outcome: Optional[CheckOutcome] = None, *, status: int = 200,
                 notices: tuple[str, ...] = (), problems: tuple[str, ...] = (),
                 focus: Optional[str] = None, fresh: bool = False) -> tuple[str, int]:
    preview = letter = None
    if outcome is not None and outcome.ok:
        preview = _minplan_preview(outcome)
        letter = _letter_preview(outcome)
    folded = _folded_sections(values, outcome, focus) if outcome is not None or fresh else {}
    html = render_template(
        "form.html", sections=SECTIONS, values=values, outcome=outcome, folded=folded,
        by_path=outcome.by_path if outcome else {}, preview=preview, notices=notices,
        problems=problems, focus=focus, fresh=fresh, downloads=DOWNLOADS, letter=letter,
        document_labels=DOCUMENT_LABELS, button_labels=BUTTON_LABELS, add_labels=ADD_LABELS,
        conditional=CONDITIONAL, support_outcomes=SUPPORT_OUTCOMES,
        support_documents=SUPPORT_DOCUMENTS)
    return html, status


#: Fields never shown in a folded section's one-line digest (the citizen's CPR number).
_NOT_IN_DIGEST = ("citizen.cpr",)


def _section_messages(section: SectionSpec, by_path: dict[str, Any]) -> bool:
    """Has the section, or any of its fields (or rows), a message?"""
    fields = [spec.path for spec in section.fields]
    return any(key == section.path or any(key == f or key.startswith(f + ".") for f in fields)
               for key in by_path)


def _digest(section: SectionSpec, values: FormValues) -> str:
    """A folded section's summary line: its first few filled-in answers, as the form shows them."""
    parts: list[str] = []
    for spec in section.fields:
        value = values.get(spec.path)
        if spec.path in _NOT_IN_DIGEST or spec.widget == "textarea" or spec.is_list or not value:
            continue
        text = dict(spec.choices).get(value, value) if spec.choices else value
        text = format_date(text) if spec.widget == "date" else str(text)
        parts.append(text if len(text) <= 40 else text[:39] + "…")
        if len(parts) == 3:
            break
    return ", ".join(parts)


def _folded_sections(values: FormValues, outcome: Optional[CheckOutcome],
                     focus: Optional[str]) -> dict[str, str]:
    """Sections that are done and can be shown folded, each with its digest line.

    A section is done when it has no message (error or warning), every field it requires is
    filled in, and something in it is. That is what DKFDS asks of a long form: the caseworker
    sees what is left, and the Tab path skips what is finished (a folded section is one stop,
    its ``<summary>``). Folding is plain ``<details>``: it works without JavaScript.
    """
    by_path = outcome.by_path if outcome is not None else {}
    folded: dict[str, str] = {}
    for section in SECTIONS:
        if _section_messages(section, by_path):
            continue
        if focus and any(focus == f.path or focus.startswith(f.path + ".") for f in section.fields):
            continue
        filled = [bool(values.get(f.path)) if not f.is_list else any(str(v).strip() for v in values[f.path])
                  for f in section.fields]
        required = [ok for ok, f in zip(filled, section.fields) if f.required]
        if not any(filled) or not all(required):
            continue
        folded[section.path] = _digest(section, values)
    return folded


@bp.app_template_test("iso_date")
def _iso_date_test(value: Any) -> bool:
    return is_iso_date(value)


@bp.app_template_filter("date_parts")
def _date_parts_filter(value: Any) -> tuple[str, str, str]:
    return date_parts(value)


def _minplan_preview(outcome: CheckOutcome) -> Optional[str]:
    if outcome.case.decision.outcome.value not in SUPPORT_OUTCOMES:
        return None  # a refusal or an end has no Min Plan text
    try:
        return _generator().render(outcome.case, "minplan", "txt").decode("utf-8")
    except Exception as exc:  # the check result is still worth showing without the preview
        current_app.logger.warning("Min Plan preview failed: %s", type(exc).__name__)
        return None


def _letter_preview(outcome: CheckOutcome) -> Optional[list[tuple[str, Any]]]:
    """The decision letter as the caseworker will read it: the DOCX made from the same template,
    read back as (kind, text) lines, kind being heading, item, row (cells of lines) or text."""
    from mentordocs.generate.docxtext import docx_text

    try:
        text = docx_text(_generator().render(outcome.case, "decision", "docx"))
    except Exception as exc:  # the check result is still worth showing without the preview
        current_app.logger.warning("Letter preview failed: %s", type(exc).__name__)
        return None
    lines: list[tuple[str, Any]] = []
    for line in text.splitlines():
        if line in ("[header]", "[body]", "[footer]"):
            continue
        if line.startswith("#"):
            lines.append(("heading", line.lstrip("#").strip()))
        elif line.startswith("- "):
            lines.append(("item", line[2:]))
        elif " | " in line:  # a table row (the letterhead): cells side by side, lines in each
            lines.append(("row", [cell.split(" / ") for cell in line.split(" | ")]))
        else:
            lines.append(("text", line))
    return lines


def _profile_values() -> FormValues:
    """A fresh form with the sender filled in from the municipality profile, if there is one."""
    values = empty_values()
    profile = current_app.extensions.get("mentordocs.profile")
    if profile is not None:
        sender = profile.sender
        for path, value in (("municipality.sender_name", sender.name),
                            ("municipality.department", sender.department),
                            ("municipality.website", sender.website),
                            ("municipality.name", sender.municipality),
                            ("municipality.address", sender.address),
                            ("municipality.postcode_city", sender.postcode_city),
                            ("municipality.phone", sender.phone),
                            ("municipality.email", sender.email)):
            if value:
                values[path] = value
    return values


@bp.get("/")
def index() -> Response:
    html, status = _render_form(_profile_values(), fresh=True)
    response = Response(html, status)
    # A new case: the case checked before (if any) is forgotten at once.
    response.delete_cookie(checked.COOKIE_NAME, path=checked.COOKIE_PATH)
    return response


def _checked_minutes() -> float:
    return float(current_app.config.get("MENTORDOCS_CHECKED_CASE_MINUTES", checked.DEFAULT_MINUTES))


@bp.get("/tjekket")
def checked_case() -> Any:
    """The page after a successful check (post-redirect-get). The case comes from the sealed
    cookie; when that is gone (too old, another browser) the caseworker starts from the draft."""
    stored = checked.unseal(request.cookies.get(checked.COOKIE_NAME, ""),
                            current_app.config["SECRET_KEY"], _checked_minutes())
    if stored is None:
        return _render_form(_profile_values(), fresh=True, notices=(
            f"Den tjekkede sag er ikke gemt længere (den gemmes højst {_checked_minutes():g} "
            "minutter og kun i denne browser). Kladden i browseren er ikke berørt: tjek sagen "
            "igen.",))
    values = empty_values()
    values.update({path: stored[path] for path in FIELDS if path in stored})
    return _render_form(values, check_values(values, _policy()))


@bp.post("/")
def form_action() -> Any:
    """The no-JavaScript path: "Tjek" and the add/remove buttons of the repeatable lists."""
    values = values_from_form(request.form)
    action = request.form.get("action", "check")
    if action.startswith("add:"):
        path = action[4:]
        row = add_row(values, path)
        focus = f"{path}.{row}" if row is not None else None
        return _render_form(values, focus=focus)
    if action.startswith("remove:"):
        path, _, index = action[7:].rpartition(":")
        if index.isdigit():
            remove_row(values, path, int(index))
        return _render_form(values, focus=f"{path}.0")
    outcome = check_values(values, _policy())
    return _to_checked_case(values, outcome) or _render_form(values, outcome)


def _to_checked_case(values: FormValues, outcome: CheckOutcome) -> Optional[Any]:
    """Post-redirect-get for a case without errors: a 303 to ``/tjekket`` with the case sealed
    in its private cookie; None (answer at once) for errors or a case too long for a cookie."""
    sealed = checked.seal(values, current_app.config["SECRET_KEY"]) if outcome.ok else None
    if sealed is None:
        return None
    response = redirect(url_for("web.checked_case"), code=303)
    response.set_cookie(checked.COOKIE_NAME, sealed, path=checked.COOKIE_PATH, httponly=True,
                        samesite="Strict", secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")))
    return response


@bp.post("/api/check")
def api_check() -> Response:
    """The check as JSON: errors and warnings with the id of the field each is about."""
    return jsonify(check_values(values_from_form(request.form), _policy()).to_json())


# ---------------------------------------------------------------------------------------------
# Downloads


def _zip_documents(case: Any) -> tuple[bytes, str]:
    """Every document of the case that needs no LibreOffice, in one zip with Danish names."""
    from mentordocs.generate import suggested_filename

    documents = [("decision", "docx")]
    if case.decision.outcome.value in SUPPORT_OUTCOMES:
        documents = [("agreement", "docx"), ("decision", "docx"), ("minplan", "txt")]
    stamp = (case.decision.date.year, case.decision.date.month, case.decision.date.day, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for document, fmt in documents:
            info = zipfile.ZipInfo(suggested_filename(case, document, fmt), date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, _generator().render(case, document, fmt))
    decision_name = suggested_filename(case, "decision", "docx")
    name = "mentorstoette-" + decision_name.removeprefix("afgoerelse-").removesuffix(".docx") + ".zip"
    return buffer.getvalue(), name


@bp.post("/download/all")
def download_all() -> Any:
    """"Hent alle dokumenter": the agreement, the decision letter and the Min Plan text as a zip."""
    values = values_from_form(request.form)
    outcome = check_values(values, _policy())
    if not outcome.ok:
        return _render_form(values, outcome, status=422, problems=(
            "Dokumenterne kan ikke laves, før fejlene herunder er rettet.",))
    from mentordocs.generate import GenerationError, TemplateRefused

    try:
        data, name = _zip_documents(outcome.case)
    except GenerationError as exc:
        current_app.logger.warning("Generation of the zip failed")
        status = 422 if isinstance(exc, TemplateRefused) else 503
        return _render_form(values, outcome, status=status, problems=(
            f"Dokumenterne kunne ikke laves: {mask_cpr(str(exc))}",))
    return send_file(io.BytesIO(data), mimetype="application/zip", as_attachment=True,
                     download_name=name)


@bp.post("/download/<document>/<fmt>")
def download(document: str, fmt: str) -> Any:
    if fmt not in DOWNLOADS.get(document, ()):
        abort(404)
    values = values_from_form(request.form)
    outcome = check_values(values, _policy())
    if not outcome.ok:
        return _render_form(values, outcome, status=422, problems=(
            f"{DOCUMENT_LABELS[document]} kan ikke laves, før fejlene herunder er rettet.",))
    from mentordocs.generate import GenerationError, TemplateRefused, suggested_filename

    case = outcome.case
    if document in SUPPORT_DOCUMENTS and case.decision.outcome.value not in SUPPORT_OUTCOMES:
        return _render_form(values, outcome, status=422, problems=(_NO_SUPPORT_DOCUMENTS,))
    try:
        data = _generator().render(case, document, fmt)
    except GenerationError as exc:
        current_app.logger.warning("Generation of %s.%s failed", document, fmt)
        # A template that fails the linter is the deployment's to fix, not a server outage.
        status = 422 if isinstance(exc, TemplateRefused) else 503
        return _render_form(values, outcome, status=status, problems=(
            f"{DOCUMENT_LABELS[document]} ({fmt.upper()}) kunne ikke laves: {mask_cpr(str(exc))}",))
    return send_file(io.BytesIO(data), mimetype=MIMETYPES[fmt], as_attachment=True,
                     download_name=suggested_filename(case, document, fmt))


_NO_SUPPORT_DOCUMENTS = ("Ved afslag og ophør laves der ingen aftale og ingen tekst til Min Plan. "
                         "Hent afgørelsesbrevet i stedet.")


@bp.post("/save/<fmt>")
def save(fmt: str) -> Response:
    """The form as a case file. An incomplete draft is saved too: nothing typed is lost."""
    if fmt not in ("yaml", "json"):
        abort(404)
    values = values_from_form(request.form)
    outcome = check_values(values, _policy())
    data = case_to_data(outcome.case) if outcome.ok else data_from_values(values).data
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        text = ("# Sagsfil til mentordocs (indlæs den igen med \"Indlæs sag\").\n"
                + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))
    # The name is built from what was typed: only a real ISO date may go in it (a CR/LF in
    # the header was a 500, and anything else could carry a CPR number).
    day = (data.get("decision") or {}).get("date")
    if not is_iso_date(day):
        day = dt.date.today().isoformat()
    return send_file(io.BytesIO(text.encode("utf-8")), mimetype=MIMETYPES[fmt],
                     as_attachment=True, download_name=f"mentorstoette-sag-{day}.{fmt}")


_PICK_A_DRAFT = "Vælg en fil, der er gemt med „Gem kladde som fil“."


@bp.post("/load")
def load() -> Any:
    """Fill the form from an uploaded case file (YAML or JSON, parsed safely, never stored)."""
    upload = request.files.get("case_file")
    if upload is None or not upload.filename:
        return _render_form(empty_values(), status=400, problems=("Vælg en sagsfil at indlæse.",))
    raw = upload.stream.read(MAX_CASE_FILE_BYTES + 1)
    # Archives name files by CPR; never echo one back.
    name = mask_path(PurePath(upload.filename.replace("\\", "/")).name)
    if len(raw) > MAX_CASE_FILE_BYTES:
        return _render_form(empty_values(), status=413, problems=(
            f"Sagsfilen er for stor; den må højst fylde {MAX_CASE_FILE_BYTES // 1000} kB.",))
    try:
        text = raw.decode("utf-8-sig")
        data = parse_case_text(text, name)
    except UnicodeDecodeError:
        return _render_form(empty_values(), status=400, problems=(
            f"{name} kan ikke læses som tekst (UTF-8). {_PICK_A_DRAFT}",))
    except CaseInvalid as exc:
        return _render_form(empty_values(), status=400, problems=tuple(
            f"{name}: {issue.message}" for issue in exc.issues))
    if not isinstance(data, dict):
        return _render_form(empty_values(), status=400, problems=(
            f"{name} indeholder ikke en sag. {_PICK_A_DRAFT}",))
    values, ignored = values_from_data(data)
    outcome = check_values(values, _policy())
    if not ignored:
        # A complete case: the checked page by post-redirect-get, so a reload does not upload
        # the file again. A file with fields the form lacks is answered at once, with the notice.
        redirected = _to_checked_case(values, outcome)
        if redirected is not None:
            return redirected
    notices = [f"Sagen fra {name} er indlæst. Tjek felterne, før du laver dokumenterne."]
    if ignored:
        notices.append("Disse felter i filen findes ikke i formularen og er udeladt: "
                       + ", ".join(mask_cpr(str(key)) for key in ignored[:20]) + ".")
    return _render_form(values, outcome, notices=tuple(notices))


# ---------------------------------------------------------------------------------------------
# Checking an existing document


@bp.get("/check-document")
def check_document_form() -> str:
    return render_template("check_document.html", result=None, problems=())


@bp.post("/check-document")
def check_document() -> Any:
    """Lint an uploaded agreement in memory; the upload is never written anywhere."""
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        return render_template("check_document.html", result=None,
                               problems=("Vælg et dokument at tjekke.",)), 400
    name = mask_path(PurePath(upload.filename.replace("\\", "/")).name)
    if not name.lower().endswith(LINT_UPLOAD_SUFFIXES):
        return render_template("check_document.html", result=None, problems=(
            f"{name} kan ikke tjekkes. Vælg en DOCX-, PDF-, ODT-, HTML- eller tekstfil.",)), 400
    data = upload.stream.read()
    from mentordocs.web.isolation import lint_upload

    slots = current_app.extensions["mentordocs.check_slots"]
    pack = _lint_pack()
    if not slots.acquire():
        current_app.logger.warning("document check refused: all check slots busy")
        return render_template("check_document.html", result=None, problems=(
            "Serveren tjekker mange dokumenter lige nu. Prøv igen om et øjeblik.",)), 503, \
            {"Retry-After": "10"}
    try:
        result = lint_upload(data, name, pack,
                             timeout=current_app.config.get("MENTORDOCS_LINT_TIMEOUT", 30.0))
    finally:
        slots.release()
    return render_template("check_document.html", result=result, name=name, problems=(),
                           mask=mask_cpr), 200


@bp.get("/healthz")
def healthz() -> Response:
    """For a load balancer or reverse proxy: the app is up (touches no personal data)."""
    return Response("ok\n", mimetype="text/plain")
