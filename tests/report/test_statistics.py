"""--statistics: counts per rule, per folder (unit/year) and per year, from the path."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentordocs.lint.model import FileResult
from mentordocs.report import ReportContext, json_report
from mentordocs.report.statistics import (UNKNOWN, common_root, compute, folder_of, mask_path,
                                          render_text, year_of)

from .conftest import ROOT


@pytest.fixture
def stats(results):
    return compute(results, [ROOT])


def test_counts_findings_per_rule(stats):
    assert stats["by_rule"] == {"duration-over-6-months": 1, "missing-appeal-guidance": 1,
                                "missing-goal": 1, "unclear-goal": 1}


def test_waived_findings_are_counted_apart(stats):
    assert stats["waived"] == 1 and "missing-hours" not in stats["by_rule"]


def test_folders_are_the_first_two_levels_below_the_root(stats):
    assert list(stats["by_folder"]) == ["job-og-helbred/2025", "løse", "ungeenheden/2023",
                                        "ungeenheden/2024"]
    assert stats["by_folder"]["ungeenheden/2024"]["errors"] == 1


def test_years_come_from_folders_or_file_names(stats):
    assert {k: v["files"] for k, v in stats["by_year"].items()} == {
        "2023": 1, "2024": 2, "2025": 2, UNKNOWN: 1}


def test_without_roots_the_common_directory_is_the_root(results):
    assert compute(results)["by_folder"].keys() == compute(results, [ROOT])["by_folder"].keys()


@pytest.mark.parametrize("path, year", [
    ("arkiv/2019/a.docx", "2019"),
    ("arkiv/enhed/aftale-2021-03.pdf", "2021"),
    ("arkiv/2019/aftale-2021.pdf", "2019"),
    ("arkiv/enhed/aftale-12345.pdf", UNKNOWN),
    ("arkiv/1850/a.docx", UNKNOWN),
])
def test_year_of(path, year):
    assert year_of(path, ["arkiv"]) == year


def test_a_file_directly_under_the_root_has_no_folder():
    assert folder_of("arkiv/a.docx", ["arkiv"]) == UNKNOWN


def test_the_longest_matching_root_wins():
    assert folder_of("a/b/c/d.docx", ["a", "a/b"]) == "c"


def test_windows_separators_are_understood():
    assert folder_of("arkiv\\enhed\\2024\\a.docx", ["arkiv"]) == "enhed/2024"


def test_common_root_of_unrelated_paths_is_empty():
    assert common_root(["a/x.docx", "b/y.docx"]) == ""


@pytest.mark.parametrize("path, masked", [
    ("arkiv/0101901234 aftale.docx", "arkiv/010190-XXXX aftale.docx"),
    ("arkiv/aftale-0101901234.docx", "arkiv/aftale-010190-XXXX.docx"),
    ("arkiv/010190-1234/aftale.pdf", "arkiv/010190-XXXX/aftale.pdf"),
    ("arkiv/2024/aftale-2024-07.pdf", "arkiv/2024/aftale-2024-07.pdf"),
    ("arkiv/sag-9999991234.pdf", "arkiv/sag-9999991234.pdf"),
])
def test_paths_named_by_cpr_are_masked(path, masked):
    assert mask_path(path) == masked


def test_text_rendering_matches_snapshot(stats, snapshot):
    assert render_text(stats) == snapshot


def test_it_is_json_serialisable_and_lands_in_the_json_summary(results, stats):
    context = ReportContext(format="json", statistics=True, extra={"statistics": stats})
    document = json.loads(json_report.render(results, context))
    assert document["summary"]["statistics"]["by_year"]["2024"]["files"] == 2


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.text(alphabet="ab19202x-", min_size=1, max_size=6), min_size=1,
                         max_size=4), max_size=20))
def test_every_file_is_counted_once_per_dimension(parts):
    results = [FileResult(path="/".join(["root", *p]) + ".txt") for p in parts]
    stats = compute(results, ["root"])
    assert sum(b["files"] for b in stats["by_folder"].values()) == len(results)
    assert sum(b["files"] for b in stats["by_year"].values()) == len(results)
