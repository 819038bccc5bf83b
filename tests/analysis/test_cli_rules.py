"""`mentordocs rules` lists and explains the rules (snapshots keep the wording reviewable)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from mentordocs.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, ["rules", *args], catch_exceptions=False)


@pytest.mark.parametrize("args", [(), ("--lang", "en"), ("--rules", "gribskov")],
                         ids=["default-da", "default-en", "gribskov-da"])
def test_rules_list(args, snapshot):
    result = run(*args)
    assert result.exit_code == 0
    assert result.output == snapshot


@pytest.mark.parametrize("name", ["missing-mentor", "duration-over-6-months", "unclear-goal"])
def test_rules_explain(name, snapshot):
    result = run(name, "--lang", "en")
    assert result.exit_code == 0
    assert result.output == snapshot


def test_rules_explain_gribskov_rule_needs_the_pack():
    assert run("follow-up-interval").exit_code == 2
    result = run("follow-up-interval", "--rules", "gribskov")
    assert result.exit_code == 0 and "Niveau 1" in result.output


def test_unknown_rule_suggests_close_names():
    result = run("missing-gol")
    assert result.exit_code == 2
    assert "Did you mean: missing-goal" in result.output


def test_unknown_pack_is_a_usage_error():
    result = run("--rules", "nope")
    assert result.exit_code == 2
    assert "unknown rule pack 'nope'" in result.output
    assert "Traceback" not in result.output
