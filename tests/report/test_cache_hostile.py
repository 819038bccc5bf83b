"""The result cache is private and untrusted (issue 13, items 7 and 13).

Entries quote evidence, so the folder and files are as private as the reports. And the cache
folder may be writable by someone else: a crafted database must neither hang lint nor crash a
report; it is set aside (or its entries ignored) with one warning.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordocs.lint.cache import DATABASE, ResultCache, hash_pack
from mentordocs.lint.engine import lint_paths
from mentordocs.lint.rules import load_pack
from mentordocs.report import REPORTERS, ReportContext, render

from .conftest import RULES, sha

COMPLIANT = Path(__file__).resolve().parents[1] / "readers" / "compliant_agreement.txt"


def new_cache(directory: Path) -> ResultCache:
    return ResultCache(directory, pack_hash=hash_pack("default"), version="0.1.0")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_cache_folder_is_created_private(tmp_path: Path, results) -> None:
    cache = new_cache(tmp_path / "cache")
    cache.put(results[1].sha256, results[1])
    assert mode(tmp_path / "cache") == 0o700


def test_the_cache_database_and_its_journal_files_are_private(tmp_path: Path, results) -> None:
    cache = new_cache(tmp_path / "cache")
    cache.put(results[1].sha256, results[1])
    files = [p for p in (tmp_path / "cache").iterdir() if p.name.startswith(DATABASE)]
    assert files and all(mode(p) == 0o600 for p in files), {p.name: oct(mode(p)) for p in files}


def test_a_cache_folder_left_world_readable_by_an_earlier_run_is_made_private(
        tmp_path: Path, results) -> None:
    first = new_cache(tmp_path / "cache")
    first.put(results[1].sha256, results[1])
    first.close()
    (tmp_path / "cache").chmod(0o755)
    (tmp_path / "cache" / DATABASE).chmod(0o644)
    again = new_cache(tmp_path / "cache")
    assert again.get(results[1].sha256) is not None
    assert mode(tmp_path / "cache") == 0o700 and mode(tmp_path / "cache" / DATABASE) == 0o600


def test_a_cache_whose_results_are_a_recursive_view_is_set_aside_with_one_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    directory = tmp_path / "cache"
    directory.mkdir()
    with sqlite3.connect(directory / DATABASE) as db:
        # Every row must be computed to compare its namespace, and the rows never end.
        db.execute("CREATE VIEW results AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL "
                   "SELECT x + 1 FROM r) SELECT printf('%d', x) AS namespace, "
                   "printf('%d', x) AS sha256, x AS data FROM r")
    document = tmp_path / "aftale.txt"
    document.write_bytes(COMPLIANT.read_bytes())
    with caplog.at_level(logging.WARNING, logger="mentordocs.lint.cache"):
        results = list(lint_paths([document], load_pack("default"), jobs=1, timeout=None,
                                  cache=new_cache(directory)))
    assert results[0].error is None
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "starting a new one" in warnings[0].getMessage()


def store_raw(cache: ResultCache, key: str, payload: object) -> None:
    cache.put(sha("seed"), __import__("mentordocs.lint.model", fromlist=["FileResult"])
              .FileResult(path="x", sha256=sha("seed")))  # creates the table
    db = sqlite3.connect(cache.path)
    db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)",
               (cache.namespace, key, json.dumps(payload).encode()))
    db.commit()
    db.close()


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                    | st.text(max_size=5), lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)
FINDING = st.fixed_dictionaries({
    "rule": JSON | st.just("missing-goal"), "severity": JSON | st.just("error"),
    "message": JSON | st.just("m"), "field": JSON, "evidence": JSON, "page": JSON,
    "paragraph": JSON, "fix": JSON})
ENTRY = st.fixed_dictionaries({
    "kind": JSON | st.just("agreement"), "error": JSON | st.none(),
    "findings": st.lists(FINDING, max_size=2) | JSON})


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(entry=ENTRY)
def test_a_crafted_entry_is_a_miss_or_a_result_every_report_can_render(tmp_path: Path,
                                                                        entry: dict) -> None:
    cache = new_cache(tmp_path / "cache")
    key = sha("crafted")
    store_raw(cache, key, {"sha256": key, **entry})
    result = cache.get(key, path="arkiv/aftale.txt")
    cache.close()
    if result is None:
        return
    for fmt in REPORTERS:
        render([result], ReportContext(format=fmt, rules=RULES, extra={"roots": ["arkiv"]}))
