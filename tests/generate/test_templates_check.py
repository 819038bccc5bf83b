"""``mentordocs templates check DIR`` (issue 10 C): render, lint, variables, snapshots."""

from __future__ import annotations

from click.testing import CliRunner

from mentordocs.cli import cli
from mentordocs.generate.templatecheck import check_templates
from mentordocs.paths import TEMPLATES_DIR

from .conftest import SAMPLES
from .template_copies import full_copy, with_text_change, without_appeal_guidance


def _check(*args: str):
    return CliRunner().invoke(cli, ["templates", "check", *map(str, args)])


def test_shipped_templates_pass_the_check():
    result = _check(TEMPLATES_DIR, "--cases", SAMPLES)
    assert result.exit_code == 0, result.output
    assert "0 problem(s)" in result.output


def test_copy_without_appeal_guidance_fails_naming_template_and_field(tmp_path):
    folder = full_copy(tmp_path / "mine")
    without_appeal_guidance(folder)
    result = _check(folder, "--cases", SAMPLES)
    assert result.exit_code == 1
    assert "agreement.docx" in result.output
    assert "lint:" in result.output and "»Klagevejledning«" in result.output


def test_unknown_variable_fails_even_in_a_branch_no_case_reaches(tmp_path):
    folder = full_copy(tmp_path / "mine")
    with_text_change(folder, "minplan.txt.j2", "{% if support.is_discharge_coordinator %}",
                     "{% if support.is_discharge_coordinator %}"
                     "{% if false %}{{ support.dischage_date }}{% endif %}")
    result = _check(folder, "--cases", SAMPLES)
    assert result.exit_code == 1
    assert "minplan.txt.j2: variable: unknown variable 'support.dischage_date'" in result.output


def test_changed_sentence_fails_and_prints_a_diff(tmp_path):
    folder = full_copy(tmp_path / "mine")
    with_text_change(folder, "minplan.txt.j2", "Indsats i Min Plan for", "Indsatsen i Min Plan for")
    result = _check(folder, "--cases", SAMPLES)
    assert result.exit_code == 1
    assert "snapshot-changed" in result.output
    assert "-Indsats i Min Plan for" in result.output
    assert "+Indsatsen i Min Plan for" in result.output


def test_update_accepts_the_changed_sentence(tmp_path):
    folder = full_copy(tmp_path / "mine")
    with_text_change(folder, "minplan.txt.j2", "Indsats i Min Plan for", "Indsatsen i Min Plan for")
    assert _check(folder, "--cases", SAMPLES, "--update").exit_code == 0
    assert check_templates(folder, SAMPLES).ok


def test_folder_without_snapshots_fails_until_accepted(tmp_path):
    folder = tmp_path / "mine"
    without_appeal_guidance(folder)  # any folder; the rest falls back to the shipped templates
    (folder / "agreement.docx").unlink()
    result = _check(folder, "--cases", SAMPLES)
    assert result.exit_code == 1
    assert "snapshot-missing" in result.output and "--update" in result.output
