"""`lint --explain` and the JSON `fields` object: what was read, per field (issue 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentordocs.cli import cli as main
from mentordocs.lint.analyze import load_pack
from mentordocs.lint.engine import lint_file
from mentordocs.lint.explain import format_explanation

DATA = Path(__file__).parent / "data" / "explain"
FILES = sorted(p.name for p in DATA.glob("*.txt"))


@pytest.mark.parametrize("name", FILES)
def test_explanation_text_snapshot(name, snapshot):
    result = lint_file(DATA / name, load_pack(), explain=True)
    assert format_explanation(name, result.kind, result.fields or {}) == snapshot


@pytest.mark.parametrize("name", FILES)
def test_fields_object_snapshot(name, snapshot):
    result = lint_file(DATA / name, load_pack(), explain=True, lang="en")
    assert json.dumps(result.fields, ensure_ascii=False, indent=1, sort_keys=True) == snapshot


def test_a_period_states_its_latest_allowed_end():
    result = lint_file(DATA / "aftale-tabel-mangler.txt", load_pack(), explain=True)
    period = result.fields["duration"]["period"]
    assert (period["start"], period["end"], period["latest_allowed_end"], period["over_limit"]) == \
        ("2026-03-01", "2026-09-15", "2026-08-31", True)


def test_a_missing_field_says_where_the_linter_looked():
    result = lint_file(DATA / "aftale-tabel-mangler.txt", load_pack(), explain=True)
    assert result.fields["follow_up"]["status"] == "absent"
    assert "opfølgning" in result.fields["follow_up"]["looked_at"]


def test_the_label_that_decided_a_field_is_named():
    result = lint_file(DATA / "aftale-markdown.txt", load_pack(), explain=True)
    assert (result.fields["tasks"]["cue"], result.fields["tasks"]["label"]) == ("label", "Det hjælper mentoren med")


def test_json_report_has_fields_only_with_explain():
    runner = CliRunner()
    path = str(DATA / "aftale-brev.txt")
    plain = json.loads(runner.invoke(main, ["lint", path, "--format", "json", "--no-cache"]).output)
    explained = json.loads(runner.invoke(main, ["lint", path, "--format", "json", "--explain"]).output)
    assert "fields" not in plain["files"][0] and set(explained["files"][0]["fields"]) >= {"goal", "duration"}


def test_text_report_with_explain_lists_every_field():
    out = CliRunner().invoke(main, ["lint", str(DATA / "aftale-brev.txt"), "--explain"]).output
    assert all(key in out for key in ("goal", "mentor", "tasks", "duration", "follow_up", "hours",
                                      "appeal_guidance"))
