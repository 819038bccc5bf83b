"""What ``mentordocs lint`` prints to a terminal never carries a file's control characters
(issue 13, item 4): file names and document text are shown with their escapes visible."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from mentordocs.cli import cli

COMPLIANT = Path(__file__).parent / "compliant_agreement.txt"
ESCAPES = ("\x1b", "\x07", "\x08", "\r")


def run(*args: str):
    return CliRunner().invoke(cli, ["lint", *args], catch_exceptions=False)


def test_a_file_name_with_terminal_escapes_is_printed_escaped(tmp_path: Path) -> None:
    name = "aftale\x1b]0;pwned\x07\x1b[2J\r\nFORGED.txt"
    (tmp_path / name).write_text("Aftale om mentorstøtte\n\nMål: \x1b[31mrødt\x08\n", encoding="utf-8")
    result = run(str(tmp_path), "--jobs", "1", "--no-cache")
    assert not any(char in result.output for char in ESCAPES)
    assert "\\x1b]0;pwned\\x07" in result.output and "\nFORGED" not in result.output


def test_an_unused_waiver_line_is_printed_escaped(tmp_path: Path) -> None:
    shutil.copy(COMPLIANT, tmp_path / "aftale.txt")
    baseline = tmp_path / "baseline.yaml"
    baseline.write_text('waivers:\n  - sha256: "' + "a" * 64 + '"\n    rule: missing-goal\n'
                        '    path: "x\\e[2J\\rFORGED"\n', encoding="utf-8")
    result = run(str(tmp_path / "aftale.txt"), "--jobs", "1", "--baseline", str(baseline))
    assert "unused waiver: x\\x1b[2J\\rFORGED missing-goal" in result.output
    assert not any(char in result.output for char in ESCAPES)


def test_a_usage_error_naming_a_path_is_printed_escaped(tmp_path: Path) -> None:
    shutil.copy(COMPLIANT, tmp_path / "aftale.txt")
    out = tmp_path / "mappe\x1b[2J" / "rapport.json"
    result = run(str(tmp_path / "aftale.txt"), "-o", str(out))
    assert result.exit_code == 2 and "mappe\\x1b[2J" in result.output
    assert "\x1b" not in result.output
