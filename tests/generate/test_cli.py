"""The command line: validate everything first, exit 2 on bad input, write nothing then."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentordocs.cli import cli

from .conftest import GRANT_SAMPLE, INVALID_SAMPLE, SAMPLES

REFUSAL_SAMPLE = SAMPLES / "03-refusal-general.yaml"
WARNING_SAMPLE = SAMPLES / "08-grant-general-koebenhavn.yaml"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return invoke


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


def test_an_eight_month_case_exits_2_naming_dates_and_limit_and_writes_nothing(run, tmp_path):
    result = run("generate", "agreement", "--data", str(INVALID_SAMPLE), "-o", "a.docx")
    assert result.exit_code == 2
    assert (f"{INVALID_SAMPLE}: support.end: Perioden 1. marts 2026 – 31. oktober 2026 er "
            "8 måneder; den må højst være 6 måneder") in result.stderr
    assert "Seneste slutdato er 31. august 2026" in result.stderr
    assert _files(tmp_path) == []


def test_every_error_is_printed_as_file_field_message(run):
    result = run("validate", str(INVALID_SAMPLE))
    assert result.exit_code == 2
    for path in ("mentor.phone", "support.hours_per_week", "decision.reasons", "support.end",
                 "support.follow_up.evaluation_dates.0"):
        assert f"{INVALID_SAMPLE}: {path}: " in result.stderr
    assert "Traceback" not in result.output


def test_one_invalid_case_in_a_batch_means_no_files_at_all(run, tmp_path):
    result = run("generate", "decision", "--data", str(GRANT_SAMPLE), "--data",
                 str(INVALID_SAMPLE), "-o", "out/")
    assert result.exit_code == 2
    assert _files(tmp_path) == []


def test_generate_writes_the_requested_file_and_prints_its_path(run, tmp_path):
    result = run("generate", "agreement", "--data", str(GRANT_SAMPLE), "-o", "aftale.docx")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "aftale.docx"
    assert _files(tmp_path) == ["aftale.docx"]


def test_without_o_files_go_to_the_current_folder_with_descriptive_names(run, tmp_path):
    result = run("generate", "agreement", "--data", str(GRANT_SAMPLE))
    assert result.exit_code == 0, result.output
    assert _files(tmp_path) == ["mentoraftale-2026-03-01-15-02-09-g01-123-26.docx"]


def test_a_batch_goes_into_the_output_folder(run, tmp_path):
    result = run("generate", "decision", "--data", str(GRANT_SAMPLE), "--data",
                 str(REFUSAL_SAMPLE), "-o", "breve")
    assert result.exit_code == 0, result.output
    assert _files(tmp_path / "breve") == [
        "afgoerelse-afslag-2026-03-10-15-02-09-g01-4410-26.docx",
        "afgoerelse-bevilling-2026-02-20-15-02-09-g01-123-26.docx"]


def test_the_format_follows_the_output_suffix(run, tmp_path):
    result = run("generate", "minplan", "--data", str(GRANT_SAMPLE), "-o", "plan.html")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "plan.html").read_text().startswith("<!DOCTYPE html>")


def test_a_suffix_that_contradicts_the_format_is_a_usage_error(run, tmp_path):
    result = run("generate", "minplan", "--data", str(GRANT_SAMPLE), "-o", "plan.md",
                 "--format", "html")
    assert result.exit_code == 2
    assert "ends in .md but the format is html" in result.stderr
    assert _files(tmp_path) == []


def test_warnings_are_printed_but_do_not_fail(run, tmp_path):
    result = run("generate", "minplan", "--data", str(WARNING_SAMPLE), "-o", "plan.txt")
    assert result.exit_code == 0
    assert f"{WARNING_SAMPLE}: warning: support.goal: " in result.stderr
    assert _files(tmp_path) == ["plan.txt"]


def test_an_agreement_for_a_refusal_is_refused_clearly(run, tmp_path):
    result = run("generate", "agreement", "--data", str(REFUSAL_SAMPLE))
    assert result.exit_code == 2
    assert "generate the decision letter instead" in result.stderr
    assert _files(tmp_path) == []


def test_a_missing_case_file_is_reported_not_raised(run):
    result = run("validate", "nope.yaml")
    assert result.exit_code == 2
    assert "nope.yaml: (fil): Filen findes ikke." in result.stderr


def test_validate_reports_ok_files(run):
    result = run("validate", str(GRANT_SAMPLE))
    assert result.exit_code == 0
    assert result.stdout.strip() == f"{GRANT_SAMPLE}: OK"


def test_messages_never_show_a_cpr_number(run, tmp_path):
    shutil.copy(INVALID_SAMPLE, tmp_path / "150392-1237.yaml")  # archives name files so
    result = run("validate", "150392-1237.yaml")
    assert "1237" not in result.output


def test_a_broken_user_template_is_an_error_message_not_a_traceback(run, tmp_path):
    templates = tmp_path / "mine"
    templates.mkdir()
    (templates / "minplan.txt.j2").write_text("{{ support.nothing }}")
    result = run("generate", "minplan", "--data", str(GRANT_SAMPLE), "--templates",
                 str(templates), "-o", "plan.txt")
    assert result.exit_code == 2
    assert "nothing" in result.stderr
    assert not (tmp_path / "plan.txt").exists()
