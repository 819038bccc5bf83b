"""The municipality profile (issue 10 D): typed, strict, and applied to generation."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mentordocs.case import load_case
from mentordocs.cli import cli
from mentordocs.generate import Generator
from mentordocs.profile import ProfileError, find_profile, load_profile

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "cases" / "07-grant-udslusningskoordinator.yaml"


def _write(folder: Path, text: str, name: str = "mentordocs.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_key_is_an_error_naming_file_key_and_line(tmp_path):
    path = _write(tmp_path, "schema: mentordocs/profile-1\nsender:\n  name: Jobcenter X\n"
                            "  departmnt: Ungeenheden\n")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    message = str(caught.value)
    assert str(path) in message
    assert "'sender.departmnt'" in message and "(line 4)" in message
    assert "department" in message  # the known keys, to fix the spelling


def test_wrong_type_names_the_key(tmp_path):
    path = _write(tmp_path, "period:\n  max_months: seks\n")
    with pytest.raises(ProfileError, match=r"'period.max_months' \(line 2\)"):
        load_profile(path)


def test_missing_templates_folder_is_an_error(tmp_path):
    path = _write(tmp_path, "templates: skabeloner/\n")
    with pytest.raises(ProfileError, match="skabeloner"):
        load_profile(path)


def test_templates_and_rules_paths_are_relative_to_the_profile(tmp_path):
    (tmp_path / "skabeloner").mkdir()
    path = _write(tmp_path, "templates: skabeloner\nrules: regler/vejle.yaml\n")
    profile = load_profile(path)
    assert profile.templates == tmp_path / "skabeloner"
    assert profile.rules == str(tmp_path / "regler" / "vejle.yaml")


def test_period_settings_override_the_default_policy(tmp_path):
    profile = load_profile(_write(tmp_path, "period:\n  evaluation_before_end_days: 28\n"))
    assert profile.policy().evaluation_before_end_days == 28
    assert profile.policy().max_months == 6


def test_profile_sender_and_letterhead_appear_when_the_case_has_no_sender_name(tmp_path):
    profile = load_profile(_write(tmp_path, "sender:\n  name: Jobcenter Holbæk\n"
                                            "letterhead: [\"Kanalstræde 2\"]\n"))
    case = load_case(SAMPLE)
    assert case.municipality.sender_name is None
    text = Generator.from_profile(profile).render(case, "agreement", "txt").decode()
    assert text.startswith("Jobcenter Holbæk\n")
    assert "\nKanalstræde 2\n" in text


def test_profile_can_turn_on_unverified_references(tmp_path):
    profile = load_profile(_write(tmp_path, "legal:\n  print_unverified_refs: true\n"))
    text = Generator.from_profile(profile).render(load_case(SAMPLE), "agreement", "txt").decode()
    assert "§ 52 i bekendtgørelse om en aktiv beskæftigelsesindsats" in text


def test_environment_variable_names_the_profile(tmp_path, monkeypatch):
    path = _write(tmp_path, "sender:\n  name: X\n", name="vejle.yaml")
    monkeypatch.setenv("MENTORDOCS_PROFILE", str(path))
    assert find_profile(None, cwd=tmp_path) == path


def test_mentordocs_yaml_in_the_current_folder_is_found(tmp_path, monkeypatch):
    monkeypatch.delenv("MENTORDOCS_PROFILE", raising=False)
    path = _write(tmp_path, "sender:\n  name: X\n")
    assert find_profile(None, cwd=tmp_path) == path


def test_profile_check_accepts_a_valid_profile(tmp_path):
    path = _write(tmp_path, "schema: mentordocs/profile-1\nsender:\n  name: Jobcenter X\n")
    result = CliRunner().invoke(cli, ["profile", "check", str(path)])
    assert result.exit_code == 0, result.output
    assert "OK" in result.output and "Jobcenter X" in result.output


def test_profile_check_rejects_an_unknown_key_with_exit_2(tmp_path):
    path = _write(tmp_path, "sendr:\n  name: X\n")
    result = CliRunner().invoke(cli, ["profile", "check", str(path)])
    assert result.exit_code == 2
    assert "unknown key 'sendr' (line 1)" in result.output


def test_profile_check_rejects_a_rule_pack_that_does_not_load(tmp_path):
    path = _write(tmp_path, "rules: findes-ikke.yaml\n")
    result = CliRunner().invoke(cli, ["profile", "check", str(path)])
    assert result.exit_code == 2
    assert "'rules'" in result.output


def test_generate_with_a_bad_profile_exits_2_and_writes_nothing(tmp_path):
    path = _write(tmp_path, "sendr: {}\n")
    out = tmp_path / "aftale.txt"
    result = CliRunner().invoke(cli, ["generate", "agreement", "--profile", str(path),
                                      "--data", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 2
    assert not out.exists()


def test_generate_uses_the_profiles_period_policy(tmp_path):
    # The sample evaluates 16 and 89 days before the end: fine for 14 days, not for 28.
    path = _write(tmp_path, "period:\n  evaluation_before_end_days: 28\n")
    result = CliRunner().invoke(cli, ["generate", "agreement", "--profile", str(path),
                                      "--data", str(SAMPLE), "-o", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "28 dage før" in result.output
