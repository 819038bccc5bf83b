"""``csv`` and ``xlsx``: one row per finding, to work through an archive case by case.

``csv`` is written for Danish Excel, which opens a double-clicked file with the system's list
separator (``;`` in Danish locales) and reads it as UTF-8 only when it starts with a BOM; rows
end in CRLF. ``xlsx`` (openpyxl) has the same rows with a bold, frozen header row, an autofilter
and a second sheet with the count per rule; its bytes are the same for the same results.

A file without findings, or one that could not be read, gets one row with its status and no
rule, so every linted file appears. Waived findings appear with ``Undtaget`` = ``ja``.

Text that a spreadsheet would run as a formula (a cell starting with ``=``, ``+``, ``-``, ``@``,
tab or carriage return) gets a leading apostrophe in CSV (OWASP "CSV injection") and is stored
as a plain string cell in xlsx; document text is never trusted. Characters that XML 1.0 cannot
hold (control characters, lone surrogates) are written as visible escapes (``\x1b``) in xlsx,
and a cell is cut to Excel's 32,767 characters, so no string in a path or a document can stop
the report from being written.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime
from typing import Any, Sequence

from mentordocs.domain.cpr import mask_cpr
from mentordocs.lint.model import FileResult, Finding
from mentordocs.report import ReportContext
from mentordocs.report.advice import advice
from mentordocs.report.statistics import (common_root, folder_of, mask_path, relative_path, term,
                                          unit_of, year_of)
from mentordocs.report.summary import count_rules

COLUMNS = ("path", "unit", "folder", "year", "kind", "status", "rule_title", "rule", "severity",
           "field", "message", "fix", "evidence", "page", "paragraph", "error_code", "waived")

HEADERS = {
    "da": ("Fil", "Enhed", "Mappe", "År", "Type", "Status", "Regel", "Regel-id", "Alvor", "Felt",
           "Besked", "Sådan retter du", "Uddrag", "Side", "Afsnit", "Fejlkode", "Undtaget"),
    "en": ("File", "Unit", "Folder", "Year", "Kind", "Status", "Rule", "Rule id", "Severity",
           "Field", "Message", "How to fix", "Evidence", "Page", "Paragraph", "Error code",
           "Waived"),
}
SUMMARY_HEADERS = {
    "da": ("Regel", "Regel-id", "Alvor", "Beskrivelse", "Fund", "Dokumenter med fundet",
           "Undtaget"),
    "en": ("Rule", "Rule id", "Severity", "Summary", "Findings", "Documents with the finding",
           "Waived"),
}
YES = {"da": ("ja", "nej"), "en": ("yes", "no")}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: A fixed timestamp (the zip epoch) so that the same results give the same workbook bytes.
_FIXED_TIME = datetime(1980, 1, 1)


# What an xlsx cell (XML 1.0) cannot contain; openpyxl raises IllegalCharacterError on them.
_NOT_IN_XLSX = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Excel's limit on the characters in one cell.
_MAX_CELL = 32_767


def xlsx_text(value: Any) -> Any:
    """``value`` as an xlsx cell can hold it: illegal characters escaped, cut to Excel's limit."""
    if not isinstance(value, str):
        return value
    value = _NOT_IN_XLSX.sub(lambda m: f"\\x{ord(m.group(0)):02x}" if ord(m.group(0)) < 0x100
                             else f"\\u{ord(m.group(0)):04x}", value)
    return value if len(value) <= _MAX_CELL else value[:_MAX_CELL - 1] + "…"


def defuse(value: Any) -> Any:
    """``value`` made safe for a spreadsheet cell: text that would start a formula is quoted."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _roots(results: Sequence[FileResult], context: ReportContext) -> list[str]:
    roots = list(context.extra.get("roots") or ())
    if not roots:
        root = common_root(r.path for r in results)
        roots = [root] if root else []
    return [mask_path(str(r)) for r in roots]


def rows(results: Sequence[FileResult], context: ReportContext) -> list[tuple[Any, ...]]:
    """The data rows (no header) in :data:`COLUMNS` order, CPR masked, sorted by path."""
    lang = context.lang if context.lang in HEADERS else "da"
    yes, no = YES[lang]
    roots = _roots(results, context)
    titles = {rule.name: rule.label for rule in context.rules}
    linted = [mask_path(str(root)) for root in context.extra.get("roots") or ()]
    out: list[tuple[Any, ...]] = []
    for result in sorted(results, key=lambda r: r.path):
        path = mask_path(result.path)
        year = year_of(path, roots)
        # A number, so a spreadsheet sorts and filters it as one; no year is an empty cell.
        base = (relative_path(path, linted), unit_of(path, roots), folder_of(path, roots),
                int(year) if year.isdigit() else None,
                term(result.kind, lang), term(result.status, lang))
        error_code = result.error.code.value if result.error else ""
        tagged: list[tuple[Finding, bool]] = [(f, False) for f in result.findings]
        tagged += [(f, True) for f in result.waived]
        if not tagged:
            message = mask_cpr(result.error.message) if result.error else ""
            fix = advice(error_code, path, lang) if error_code else ""
            out.append(base + ("", "", "", "", message, fix, "", None, None, error_code, ""))
            continue
        for finding, waived in tagged:
            out.append(base + (
                titles.get(finding.rule, finding.rule), finding.rule,
                term(finding.severity.value, lang, severity=True),
                finding.field or "", mask_cpr(finding.message), mask_cpr(finding.fix or ""),
                mask_cpr(finding.evidence or ""),
                finding.location.page, finding.location.paragraph, error_code,
                yes if waived else no))
    return out


def render_csv(results: Sequence[FileResult], context: ReportContext) -> str:
    """CSV text starting with a BOM; write it with ``newline=""`` to keep the CRLFs."""
    lang = context.lang if context.lang in HEADERS else "da"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADERS[lang])
    for row in rows(results, context):
        writer.writerow(["" if cell is None else defuse(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()


def _rule_summary(results: Sequence[FileResult], context: ReportContext) -> list[tuple[Any, ...]]:
    lang = context.lang if context.lang in HEADERS else "da"
    counts = count_rules(results)
    findings, documents, waived, severity = (counts.findings, counts.documents, counts.waived,
                                             counts.severity)
    known = {r.name: r for r in context.rules}
    names = sorted(set(known) | set(findings) | set(waived),
                   key=lambda n: (-findings[n], n))
    return [(known[name].label if name in known else name, name,
             term(known[name].severity if name in known else severity.get(name, ""), lang,
                        severity=True),
             known[name].summary if name in known else "", findings[name], documents[name],
             waived[name]) for name in names]


_WIDTHS = {"path": 60, "unit": 18, "folder": 24, "year": 7, "kind": 11, "status": 16,
           "rule_title": 30, "rule": 14, "severity": 10, "field": 16, "message": 60, "fix": 60,
           "evidence": 50, "page": 6, "paragraph": 8, "error_code": 18, "waived": 10}


def render_xlsx(results: Sequence[FileResult], context: ReportContext) -> bytes:
    """An .xlsx workbook: sheet ``Fund`` (one row per finding) and ``Pr. regel`` (summary)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    lang = context.lang if context.lang in HEADERS else "da"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Fund" if lang == "da" else "Findings"
    bold = Font(bold=True)
    sheet.append(HEADERS[lang])
    for row in rows(results, context):
        sheet.append([xlsx_text(value) for value in row])
    for cell in sheet[1]:
        cell.font = bold
    # Text that looks like a formula stays text: openpyxl would otherwise store it as a formula.
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_START):
                cell.data_type = "s"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{sheet.max_row}"
    for index, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS[name]

    summary = workbook.create_sheet("Pr. regel" if lang == "da" else "Per rule")
    summary.append(SUMMARY_HEADERS[lang])
    for row in _rule_summary(results, context):
        summary.append([xlsx_text(value) for value in row])
    for cell in summary[1]:
        cell.font = bold
    summary.freeze_panes = "A2"
    for letter, width in zip("ABCDEFG", (30, 14, 10, 60, 8, 22, 10)):
        summary.column_dimensions[letter].width = width

    workbook.properties.creator = context.tool_name
    workbook.properties.created = _FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _normalise_zip(buffer.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the workbook with fixed zip timestamps and modification time.

    openpyxl stamps ``dcterms:modified`` and every zip entry with the current time on save.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*",
                                 rb"\g<1>1980-01-01T00:00:00Z", content)
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, content)
    return out.getvalue()


def render(results: Sequence[FileResult], context: ReportContext) -> str | bytes:
    """``csv`` (text with BOM) or ``xlsx`` (bytes), chosen by ``context.format``."""
    if context.format == "xlsx":
        return render_xlsx(results, context)
    return render_csv(results, context)
