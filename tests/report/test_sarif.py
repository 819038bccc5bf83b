"""SARIF 2.1.0: valid against the schema, rules with docs, stable fingerprints, suppressions."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest

from mentordocs.report import sarif

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())


@pytest.fixture
def log(results, context_factory) -> dict:
    return json.loads(sarif.render(results, context_factory("sarif")))


def validate(document: dict) -> None:
    jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(document)


def test_matches_snapshot(results, context_factory, snapshot):
    assert sarif.render(results, context_factory("sarif")) == snapshot


def test_validates_against_the_sarif_2_1_0_schema(log):
    validate(log)


def test_an_empty_run_validates_too(context_factory):
    validate(json.loads(sarif.render([], context_factory("sarif"))))


def test_the_vendored_schema_rejects_a_broken_log(log):
    del log["runs"][0]["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        validate(log)


def test_rules_carry_their_documentation_and_level(log):
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    appeal = rules["missing-appeal-guidance"]
    assert appeal["help"]["markdown"].startswith("## Hvad den tjekker")
    assert appeal["defaultConfiguration"]["level"] == "error"
    assert "Forvaltningsloven § 25" in appeal["fullDescription"]["text"]
    assert rules["unclear-goal"]["defaultConfiguration"]["level"] == "warning"
    assert "read-error" in rules


def test_results_point_at_their_rule_by_index(log):
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])


def test_page_and_paragraph_are_properties(log):
    appeal = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "missing-appeal-guidance")
    assert appeal["properties"]["page"] == 2 and appeal["properties"]["paragraph"] == 14
    assert appeal["locations"][0]["logicalLocations"][0]["name"] == "side 2, afsnit 14"


def test_uris_are_relative_and_percent_encoded(log):
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]}
    assert "samples/agreements/l%C3%B8se/afg%C3%B8relse.html" not in uris  # ok files: no result
    assert "samples/agreements/ungeenheden/2023/010190-XXXX%20%C3%85se%20%3Cscript%3E.txt" in uris


def test_absolute_paths_become_file_uris():
    assert sarif.artifact_uri("/srv/arkiv/a b.docx") == "file:///srv/arkiv/a%20b.docx"
    assert sarif.artifact_uri("C:\\arkiv\\a.docx") == "file:///C:/arkiv/a.docx"


def test_fingerprints_survive_a_rename_and_whitespace(results, context_factory):
    moved = [dataclasses.replace(r, path="andet/sted/" + r.path.rsplit("/", 1)[1])
             for r in results]
    first = json.loads(sarif.render(results, context_factory("sarif")))
    second = json.loads(sarif.render(moved, context_factory("sarif")))

    def prints(log):
        return sorted(r["partialFingerprints"]["mentordocs/v1"] for r in log["runs"][0]["results"])

    assert prints(first) == prints(second)


def test_fingerprints_differ_between_findings(log):
    prints = [r["partialFingerprints"]["mentordocs/v1"] for r in log["runs"][0]["results"]]
    assert len(prints) == len(set(prints))


def test_waived_findings_are_suppressed_externally(log):
    hours = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "missing-hours")
    assert hours["suppressions"] == [{"kind": "external", "status": "accepted",
                                      "justification": "Undtaget i baseline-filen (waiver)."}]


def test_read_errors_are_results_and_notifications(log):
    run = log["runs"][0]
    error = next(r for r in run["results"] if r["ruleId"] == "read-error")
    assert error["properties"]["code"] == "no-text" and error["level"] == "error"
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["message"]["text"].split(":")[0] for n in notes] == ["no-text"]


def test_no_cpr_number_survives(results, context_factory):
    text = sarif.render(results, context_factory("sarif"))
    assert "010190-1234" not in text and "0101901234" not in text
