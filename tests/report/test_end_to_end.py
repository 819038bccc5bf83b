"""Every report format over the real samples in ``samples/agreements`` (via the real engine)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from mentordocs.lint import engine, rules
from mentordocs.report import ReportContext, render
from mentordocs.report.statistics import compute

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "agreements"
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())



@pytest.fixture(scope="module")
def linted():
    pack = rules.load_pack("default")
    root = SAMPLES.relative_to(REPO)
    import os
    cwd = os.getcwd()
    os.chdir(REPO)  # results carry the paths as given on the command line
    try:
        results = sorted(engine.lint_paths([root], pack, jobs=2), key=lambda r: r.path)
    finally:
        os.chdir(cwd)
    return results, pack, str(root)


def context(fmt: str, linted) -> ReportContext:
    results, pack, root = linted
    return ReportContext(format=fmt, rules=pack.rule_infos("da"), rule_pack=pack.name,
                         statistics=True,
                         extra={"roots": [root], "statistics": compute(results, [root])})


def test_sarif_from_the_samples_validates_against_the_schema(linted):
    log = json.loads(render(linted[0], context("sarif", linted)))
    jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)
    assert log["runs"][0]["results"]


def test_hostile_samples_are_read_errors_in_the_sarif_log(linted):
    log = json.loads(render(linted[0], context("sarif", linted)))
    codes = {r["properties"]["code"] for r in log["runs"][0]["results"]
             if r["ruleId"] == "read-error"}
    assert {"encrypted", "no-text"} <= codes


def test_csv_from_the_samples_opens_with_danish_letters(linted):
    text = render(linted[0], context("csv", linted))
    rows = list(csv.reader(io.StringIO(text.encode("utf-8").decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    assert rows[0][:4] == ["Fil", "Enhed", "Mappe", "År"]
    assert {r[1] for r in rows[1:]} >= {"job-og-helbred", "ungeenheden"}


def test_html_from_the_samples_has_every_file(linted):
    results = linted[0]
    page = render(results, context("html", linted))
    assert f"<b>{len(results)}</b><span>Dokumenter</span>" in page


def test_statistics_per_year_come_from_the_sample_folders(linted):
    results, _, root = linted
    stats = compute(results, [root])
    assert {"2023", "2024"} <= set(stats["by_year"])
    assert sum(b["files"] for b in stats["by_folder"].values()) == len(results)


def test_a_second_run_with_the_cache_gives_the_same_results(linted, tmp_path):
    from mentordocs import __version__
    from mentordocs.lint.cache import ResultCache, hash_pack

    results, pack, root = linted
    import os
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        def run():
            cache = ResultCache(tmp_path, pack_hash=hash_pack(pack.sha256, "da"),
                                version=__version__)
            out = sorted(engine.lint_paths([Path(root)], pack, jobs=2, cache=cache),
                         key=lambda r: r.path)
            return out, cache.hits
        run()
        again, hits = run()
    finally:
        os.chdir(cwd)
    assert hits > 0
    assert [r.to_dict() for r in again] == [r.to_dict() for r in results]
