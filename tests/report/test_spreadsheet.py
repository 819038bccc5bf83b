"""CSV for Danish Excel and an xlsx workbook: one row per finding, injection-safe, masked."""

from __future__ import annotations

import csv
import io

import openpyxl
from openpyxl.utils import get_column_letter
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordocs.lint.model import FileResult, Finding, Severity
from mentordocs.report import spreadsheet


@pytest.fixture
def csv_text(results, context_factory) -> str:
    return spreadsheet.render(results, context_factory("csv"))


@pytest.fixture
def workbook(results, context_factory):
    data = spreadsheet.render(results, context_factory("xlsx"))
    return openpyxl.load_workbook(io.BytesIO(data))


def col(name: str) -> int:
    return spreadsheet.COLUMNS.index(name)


def read_csv(text: str) -> list[list[str]]:
    raw = text.encode("utf-8")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_matches_snapshot(csv_text, snapshot):
    assert csv_text == snapshot


def test_csv_starts_with_a_bom_and_uses_crlf_and_semicolons(csv_text):
    assert csv_text.startswith("\ufeffFil;Enhed;Mappe;År;")
    assert csv_text.count("\r\n") == len(read_csv(csv_text))


def test_csv_has_one_row_per_finding_and_one_per_clean_or_broken_file(csv_text):
    rows = read_csv(csv_text)[1:]
    assert len(rows) == 8  # 2 ok + 1 error + 4 findings + 1 waived
    assert [r[col("status")] for r in rows].count("I orden") == 2


def test_csv_keeps_danish_letters(csv_text):
    rows = read_csv(csv_text)
    assert any("mentorstøtten" in cell for row in rows for cell in row)
    assert rows[0][col("year")] == "År"


def test_csv_defuses_formulas(csv_text):
    evidence = [r[col("evidence")] for r in read_csv(csv_text)[1:]]
    assert "'=HYPERLINK(\"http://x\") 01.03.2024 – 30.11.2024" in evidence
    assert "'-" in evidence
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in read_csv(csv_text)
                   for cell in row)


def test_csv_masks_cpr_in_paths_and_evidence(csv_text):
    assert "1234" not in csv_text.replace("2024", "")


def test_csv_marks_waived_findings(csv_text):
    hours = next(r for r in read_csv(csv_text)[1:] if r[col("rule")] == "missing-hours")
    assert hours[col("waived")] == "ja"


def test_csv_read_error_row_has_its_code(csv_text):
    row = next(r for r in read_csv(csv_text)[1:] if r[col("error_code")])
    assert row[col("error_code")] == "no-text" and row[col("status")] == "Kunne ikke læses"


def test_csv_in_english(results, context_factory):
    text = spreadsheet.render(results, context_factory("csv", lang="en"))
    assert text.startswith("\ufeffFile;Unit;Folder;Year;")


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+45 12345678", "'+45 12345678"), ("-", "'-"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("Mål", "Mål"), (3, 3), (None, None),
])
def test_defuse(value, expected):
    assert spreadsheet.defuse(value) == expected


def test_xlsx_has_the_same_rows_as_csv(workbook, csv_text):
    sheet = workbook["Fund"]
    xlsx_rows = [["" if c is None else str(c) for c in row]
                 for row in sheet.iter_rows(values_only=True)]
    csv_rows = [[c[1:] if c.startswith("'") else c for c in row] for row in read_csv(csv_text)]
    assert xlsx_rows == csv_rows


def test_xlsx_header_is_bold_frozen_and_filtered(workbook):
    sheet = workbook["Fund"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(spreadsheet.COLUMNS))}9"
    assert sheet.column_dimensions["A"].width == 60


def test_xlsx_keeps_formula_text_as_text(workbook):
    sheet = workbook["Fund"]
    cell = next(c for row in sheet.iter_rows(min_row=2) for c in row
                if isinstance(c.value, str) and c.value.startswith("=HYPERLINK"))
    assert cell.data_type == "s"


def test_xlsx_page_numbers_are_numbers(workbook):
    pages = [row[col("page")] for row in workbook["Fund"].iter_rows(min_row=2, values_only=True)]
    assert 2 in pages


def test_xlsx_has_a_summary_sheet_per_rule(workbook):
    rows = list(workbook["Pr. regel"].iter_rows(values_only=True))
    assert rows[0] == ("Regel", "Regel-id", "Alvor", "Beskrivelse", "Fund",
                       "Dokumenter med fundet", "Undtaget")
    by_rule = {r[1]: r for r in rows[1:]}
    assert by_rule["missing-hours"][0] == "Timetallet mangler"
    assert by_rule["missing-hours"][4:] == (0, 0, 1)
    assert by_rule["missing-goal"][4:] == (1, 1, 0)


def test_rule_title_and_id_both_in_a_row(csv_text):
    row = next(r for r in read_csv(csv_text)[1:] if r[col("rule")] == "missing-appeal-guidance")
    assert row[col("rule_title")] == "Klagevejledning mangler"
    assert read_csv(csv_text)[0][col("rule_title")] == "Regel"
    assert read_csv(csv_text)[0][col("rule")] == "Regel-id"


def test_xlsx_is_deterministic(results, context_factory):
    first = spreadsheet.render(results, context_factory("xlsx"))
    assert spreadsheet.render(results, context_factory("xlsx")) == first


def test_xlsx_structure_matches_snapshot(workbook, snapshot):
    structure = {name: [list(row) for row in workbook[name].iter_rows(values_only=True)]
                 for name in workbook.sheetnames}
    assert structure == snapshot


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_any_evidence_round_trips_through_csv(evidence):
    result = FileResult(path="a/2024/x.docx", findings=[
        Finding("missing-goal", Severity.ERROR, "m", evidence=evidence)])
    from mentordocs.report import ReportContext
    text = spreadsheet.render([result], ReportContext(format="csv", extra={"roots": ["a"]}))
    (row,) = read_csv(text)[1:]
    assert len(row) == len(spreadsheet.COLUMNS)
    assert not row[col("evidence")].startswith(("=", "+", "-", "@"))


def test_paths_are_relative_to_the_linted_root(csv_text):
    paths = [r[col("path")] for r in read_csv(csv_text)[1:]]
    assert "job-og-helbred/2025/aftale-01.docx" in paths
    assert not any(p.startswith("samples/") for p in paths)


def test_path_outside_the_linted_root_stays_absolute(context_factory):
    results = [FileResult(path="/srv/andet/aftale.docx", kind="agreement")]
    rows = spreadsheet.rows(results, context_factory("csv"))
    assert rows[0][col("path")] == "/srv/andet/aftale.docx"


def test_year_is_a_number_and_empty_when_unknown(workbook):
    years = [row[col("year")] for row in workbook["Fund"].iter_rows(min_row=2, values_only=True)]
    assert 2025 in years and 2024 in years and None in years
    assert not any(isinstance(y, str) for y in years)


def test_fix_column_holds_the_rules_fix_text(csv_text):
    rows = read_csv(csv_text)
    assert rows[0][col("fix")] == "Sådan retter du"
    row = next(r for r in rows[1:] if r[col("rule")] == "missing-appeal-guidance")
    assert row[col("fix")] == "Tilføj klagevejledning: klag til kommunen inden 4 uger."
