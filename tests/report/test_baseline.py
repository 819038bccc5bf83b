"""Waivers: keyed by content hash and rule, never by path; stale waivers are listed."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordocs.lint.baseline import Baseline, BaselineError, Waiver, finding_key
from mentordocs.lint.model import FileResult, Finding, Severity

from .conftest import sha


def test_apply_moves_waived_findings_and_keeps_the_rest(results):
    target = results[1]
    appeal = target.findings[0]
    baseline = Baseline([Waiver(sha256=target.sha256, rule=appeal.rule, key=finding_key(appeal))])
    outcome = baseline.apply(results)
    changed = outcome.results[1]
    assert [f.rule for f in changed.findings] == ["unclear-goal"]
    assert changed.waived == [appeal]
    assert outcome.unmatched == []


def test_apply_does_not_change_the_input(results):
    before = [r.to_dict() for r in results]
    Baseline.from_results(results).apply(results)
    assert [r.to_dict() for r in results] == before


def test_a_fully_waived_file_becomes_ok(results):
    outcome = Baseline.from_results(results).apply(results)
    assert [r.status for r in outcome.results] == ["ok", "ok", "ok", "error", "ok", "ok"]


def test_a_renamed_file_keeps_its_waivers(results):
    baseline = Baseline.from_results(results)
    moved = [dataclasses.replace(r, path="arkiv/2027/flyttet-" + r.path.rsplit("/", 1)[1])
             for r in results]
    assert all(not r.findings for r in baseline.apply(moved).results)


def test_changed_content_lapses_the_waiver_and_lists_it_unmatched(results):
    baseline = Baseline.from_results(results[:2])
    edited = [dataclasses.replace(results[1], sha256=sha("edited"))]
    outcome = baseline.apply(edited)
    assert len(outcome.results[0].findings) == 2
    assert {w.rule for w in outcome.unmatched} == {"missing-appeal-guidance", "unclear-goal"}


def test_two_findings_of_one_rule_are_told_apart_by_key():
    first = Finding("unclear-goal", Severity.WARNING, "m", field="goal",
                    evidence="Delmål 1: trivsel")
    second = Finding("unclear-goal", Severity.WARNING, "m", field="goal",
                     evidence="Delmål 2: støtte")
    result = FileResult(path="a.docx", sha256=sha("x"), findings=[first, second])
    baseline = Baseline.from_results([FileResult(path="a.docx", sha256=sha("x"), findings=[first])])
    outcome = baseline.apply([result])
    assert outcome.results[0].findings == [second]


def test_a_waiver_without_key_accepts_every_finding_of_the_rule():
    findings = [Finding("unclear-goal", Severity.WARNING, "m", evidence=str(i)) for i in range(3)]
    result = FileResult(path="a.docx", sha256=sha("x"), findings=findings)
    outcome = Baseline([Waiver(sha256=sha("x"), rule="unclear-goal")]).apply([result])
    assert outcome.results[0].findings == [] and len(outcome.results[0].waived) == 3


def test_results_without_a_content_hash_are_not_waived(results):
    unhashed = [dataclasses.replace(r, sha256=None) for r in results]
    assert len(Baseline.from_results(unhashed)) == 0


def test_save_and_load_round_trip_in_yaml(tmp_path, results):
    baseline = Baseline.from_results(results, reason="Gennemgået på kvalitetsmøde", reviewer="ÆØ",
                                     date="2026-11-22")
    target = tmp_path / "baseline.yaml"
    baseline.save(target)
    assert Baseline.load(target).to_data() == baseline.to_data()


def test_save_and_load_round_trip_in_json(tmp_path, results):
    baseline = Baseline.from_results(results, date="2026-11-22")
    target = tmp_path / "baseline.json"
    baseline.save(target)
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1
    assert Baseline.load(target).to_data() == baseline.to_data()


def test_saved_file_is_sorted_and_stable(tmp_path, results):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    Baseline.from_results(results, date="2026-11-22").save(a)
    Baseline.from_results(list(reversed(results)), date="2026-11-22").save(b)
    assert a.read_bytes() == b.read_bytes()


def test_saved_file_matches_snapshot(results, snapshot):
    assert Baseline.from_results(results, reason="Accepteret", reviewer="AB",
                                 date="2026-11-22").dumps() == snapshot


def test_saved_file_holds_no_cpr_and_no_evidence(tmp_path, results):
    target = tmp_path / "baseline.yaml"
    Baseline.from_results(results, date="2026-11-22").save(target)
    text = target.read_text(encoding="utf-8")
    assert "0101901234" not in text and "1234" not in text
    assert "struktur på hverdagen" not in text


def test_rewriting_keeps_reasons_of_existing_waivers(results):
    old = Baseline.from_results(results, reason="Set af AB", reviewer="AB", date="2026-01-05")
    new = Baseline.from_results(results, reason=None, date="2026-11-22", previous=old)
    assert {(w.reason, w.reviewer, w.date) for w in new.waivers} == {("Set af AB", "AB",
                                                                     "2026-01-05")}


def test_a_missing_file_says_how_to_create_one(tmp_path):
    with pytest.raises(BaselineError, match="--write-baseline"):
        Baseline.load(tmp_path / "nope.yaml")


@pytest.mark.parametrize("text, message", [
    ("waivers: [", "not valid YAML or JSON at line"),
    ("- a\n- b\n", "expected a mapping with a 'waivers' list"),
    ("version: 9\nwaivers: []\n", "version 9 is not supported"),
    ("waivers:\n  - rule: missing-goal\n", "waiver 1: 'sha256' must be the 64 hex digits"),
    (f"waivers:\n  - sha256: {'a' * 64}\n", "waiver 1: 'rule' must be a rule name"),
    (f"waivers:\n  - sha256: {'a' * 64}\n    rule: missing-goal\n    key: zz\n",
     "'key' must be 16 hex digits"),
    (f"waivers:\n  - sha256: {'a' * 64}\n    rule: missing-goal\n    colour: red\n",
     "unknown field"),
])
def test_a_malformed_file_names_the_problem(tmp_path, text, message):
    target = tmp_path / "bad.yaml"
    target.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError, match=message) as info:
        Baseline.load(target)
    assert str(target) in str(info.value)


def test_an_empty_file_is_an_empty_baseline(tmp_path):
    target = tmp_path / "empty.yaml"
    target.write_text("", encoding="utf-8")
    assert len(Baseline.load(target)) == 0


def test_saving_leaves_no_temporary_files(tmp_path, results):
    Baseline.from_results(results).save(tmp_path / "b.yaml")
    assert [p.name for p in tmp_path.iterdir()] == ["b.yaml"]


@settings(max_examples=60, deadline=None)
@given(evidence=st.lists(st.text(max_size=40), min_size=1, max_size=5, unique=True))
def test_waiving_everything_then_applying_leaves_no_findings(evidence):
    findings = [Finding("unclear-goal", Severity.WARNING, "m", field="goal", evidence=e)
                for e in evidence]
    result = FileResult(path="x.docx", sha256=sha("p"), findings=findings)
    outcome = Baseline.from_results([result]).apply([result])
    assert outcome.results[0].findings == [] and outcome.unmatched == []
    assert len(outcome.results[0].waived) == len(findings)


def _alias_bomb(levels: int) -> str:
    lines = ['a0: &a0 ["' + "x" * 100 + '"]']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]")
    return "\n".join(lines) + f"\nwaivers:\n  - sha256: *a{levels}\n    rule: missing-goal\n"


def test_a_baseline_with_an_alias_bomb_is_refused_in_one_short_line(tmp_path):
    path = tmp_path / "baseline.yaml"
    path.write_text(_alias_bomb(6), encoding="utf-8")
    with pytest.raises(BaselineError, match="aliases") as info:
        Baseline.load(path)
    assert len(str(info.value)) < 300


def test_a_baseline_error_quotes_at_most_a_short_excerpt_of_a_long_value(tmp_path):
    path = tmp_path / "baseline.yaml"
    path.write_text("waivers:\n  - sha256: " + "y" * 1_000_000 + "\n    rule: missing-goal\n",
                    encoding="utf-8")
    with pytest.raises(BaselineError, match="64 hex digits") as info:
        Baseline.load(path)
    assert len(str(info.value)) < 300


def test_a_baseline_nested_200000_deep_is_a_baseline_error(tmp_path):
    path = tmp_path / "baseline.yaml"
    path.write_text("waivers: " + "[" * 200_000, encoding="utf-8")
    with pytest.raises(BaselineError, match="nested deeper"):
        Baseline.load(path)
