"""``github`` (workflow-command annotations) and ``junit`` (JUnit XML) for CI systems.

``github`` prints one ``::error``/``::warning``/``::notice`` line per finding and read error,
escaped as the Actions toolkit escapes them, so a pipeline that lints an archive shows the
findings on the run's summary page. ``junit`` has one test case per file: each error-severity
finding is a ``<failure>``, a read error is an ``<error>``; warnings and infos go to the case's
``<system-out>``. Neither format carries waived findings.
"""

from __future__ import annotations

import re
from typing import Sequence
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

from mentordocs.domain.cpr import mask_cpr
from mentordocs.lint.model import FileResult, Severity
from mentordocs.report import ReportContext
from mentordocs.report.statistics import mask_path

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
# Characters XML 1.0 forbids; old documents carry form feeds and other control codes.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def escape(text: str) -> str:
    return _escape(_NOT_XML.sub("\ufffd", text))


def quoteattr(text: str) -> str:
    return _quoteattr(_NOT_XML.sub("\ufffd", text), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _location_text(page: int | None, paragraph: int | None) -> str:
    parts = [f"side {page}" if page is not None else "",
             f"afsnit {paragraph}" if paragraph is not None else ""]
    return ", ".join(p for p in parts if p)


def render_github(results: Sequence[FileResult], context: ReportContext) -> str:
    """GitHub Actions workflow commands, one line per finding or read error."""
    lines = []
    for result in sorted(results, key=lambda r: r.path):
        path = _escape_property(mask_path(result.path))
        if result.error is not None:
            code = result.error.code.value
            lines.append(f"::error file={path},title={_escape_property('read-error: ' + code)}::"
                         f"{_escape_data(mask_cpr(result.error.message))}")
        for finding in result.findings:
            where = _location_text(finding.location.page, finding.location.paragraph)
            message = mask_cpr(finding.message)
            if finding.evidence:
                message += f" «{mask_cpr(finding.evidence)}»"
            if where:
                message += f" ({where})"
            lines.append(f"::{_COMMAND[finding.severity.value]} file={path},"
                         f"title={_escape_property(finding.rule)}::{_escape_data(message)}")
    return "".join(line + "\n" for line in lines)


def render_junit(results: Sequence[FileResult], context: ReportContext) -> str:
    """A JUnit XML document: one ``<testsuite>`` for the run, one ``<testcase>`` per file."""
    ordered = sorted(results, key=lambda r: r.path)
    failures = sum(1 for r in ordered if r.error is None and r.has_error_findings)
    errors = sum(1 for r in ordered if r.error is not None)
    name = f"{context.tool_name} lint"
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<testsuites name={quoteattr(name)} tests="{len(ordered)}" failures="{failures}" '
           f'errors="{errors}">',
           f'  <testsuite name={quoteattr(name)} tests="{len(ordered)}" failures="{failures}" '
           f'errors="{errors}" skipped="0">']
    for result in ordered:
        path = mask_path(result.path)
        folder = path.rsplit("/", 1)[0] if "/" in path else "."
        out.append(f"    <testcase classname={quoteattr(folder)} name={quoteattr(path)}>")
        if result.error is not None:
            out.append(f"      <error type={quoteattr(result.error.code.value)} "
                       f"message={quoteattr(mask_cpr(result.error.message))}/>")
        notes = []
        for finding in result.findings:
            where = _location_text(finding.location.page, finding.location.paragraph)
            detail = "\n".join(p for p in (
                mask_cpr(finding.evidence or "") and f"Uddrag: {mask_cpr(finding.evidence or '')}",
                where and f"Placering: {where}",
                finding.fix and f"Ret: {mask_cpr(finding.fix)}") if p)
            if finding.severity == Severity.ERROR:
                out.append(f"      <failure type={quoteattr(finding.rule)} "
                           f"message={quoteattr(mask_cpr(finding.message))}>"
                           f"{escape(detail)}</failure>")
            else:
                notes.append(f"{finding.severity.value}: {finding.rule}: "
                             f"{mask_cpr(finding.message)}" + (f" ({where})" if where else ""))
        if notes:
            out.append(f"      <system-out>{escape(chr(10).join(notes))}</system-out>")
        out.append("    </testcase>")
    out += ["  </testsuite>", "</testsuites>"]
    return "\n".join(out) + "\n"


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    """``github`` or ``junit`` text, chosen by ``context.format``."""
    if context.format == "junit":
        return render_junit(results, context)
    return render_github(results, context)
