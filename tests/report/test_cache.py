"""The result cache: keyed by content + rule pack + version; safe, masked, robust."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentordocs.lint.cache import DATABASE, ResultCache, default_cache_dir, hash_pack
from mentordocs.lint.model import ErrorCode, FileResult, ReadError

from .conftest import sha


@pytest.fixture
def cache(tmp_path) -> ResultCache:
    return ResultCache(tmp_path / "cache", pack_hash=hash_pack("default"), version="0.1.0")


def test_a_stored_result_comes_back_under_the_current_path(cache, results):
    original = results[1]
    cache.put(original.sha256, original)
    again = cache.get(original.sha256, path="flyttet/aftale.docx")
    assert again.path == "flyttet/aftale.docx"
    assert again.kind == original.kind and again.sha256 == original.sha256
    assert [f.rule for f in again.findings] == [f.rule for f in original.findings]
    assert again.findings[0].fix == original.findings[0].fix
    assert again.findings[0].location == original.findings[0].location


def test_a_read_error_is_cached(cache, results):
    cache.put(results[3].sha256, results[3])
    assert cache.get(results[3].sha256).error.code is ErrorCode.NO_TEXT


def test_unknown_content_is_a_miss(cache):
    assert cache.get(sha("never")) is None
    assert cache.misses == 1


def test_a_timeout_is_not_cached(cache):
    result = FileResult(path="slow.pdf", sha256=sha("slow"),
                        error=ReadError(ErrorCode.TIMEOUT, "for langsom"))
    cache.put(result.sha256, result)
    assert cache.get(result.sha256) is None


def test_another_rule_pack_does_not_see_the_entry(tmp_path, cache, results):
    cache.put(results[1].sha256, results[1])
    other = ResultCache(tmp_path / "cache", pack_hash=hash_pack("gribskov"), version="0.1.0")
    assert other.get(results[1].sha256) is None


def test_another_version_does_not_see_the_entry(tmp_path, cache, results):
    cache.put(results[1].sha256, results[1])
    other = ResultCache(tmp_path / "cache", pack_hash=hash_pack("default"), version="0.2.0")
    assert other.get(results[1].sha256) is None


def test_waived_findings_are_stored_as_plain_findings(cache, results):
    cache.put(results[2].sha256, results[2])
    again = cache.get(results[2].sha256)
    assert {f.rule for f in again.findings} == {"duration-over-6-months", "missing-hours"}
    assert again.waived == []


def test_entries_hold_no_cpr_and_no_path(tmp_path, cache, results):
    for result in results:
        cache.put(result.sha256, result)
    cache.close()
    with sqlite3.connect(tmp_path / "cache" / DATABASE) as db:
        stored = "".join(row[0].decode() for row in db.execute("SELECT data FROM results"))
    assert "010190-XXXX" in stored
    assert "010190-1234" not in stored and "0101901234" not in stored
    assert "samples/agreements" not in stored



def test_a_damaged_entry_is_a_miss_and_is_removed(tmp_path, cache, results):
    cache.put(results[1].sha256, results[1])
    with sqlite3.connect(tmp_path / "cache" / DATABASE) as db:
        db.execute("UPDATE results SET data = ?", (b'{"sha256": "trunc',))
    assert cache.get(results[1].sha256) is None
    assert len(cache) == 0



def test_an_entry_for_other_content_is_rejected(tmp_path, cache, results):
    stored, other = results[1].sha256, results[0].sha256
    cache.put(stored, results[1])
    with sqlite3.connect(tmp_path / "cache" / DATABASE) as db:
        db.execute("UPDATE results SET sha256 = ?", (other,))
    assert cache.get(other) is None


def test_a_damaged_database_is_replaced(tmp_path, results):
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / DATABASE).write_bytes(b"this is not a database" * 100)
    cache = ResultCache(tmp_path / "cache", pack_hash="p", version="v")
    cache.put(results[1].sha256, results[1])
    assert cache.get(results[1].sha256) is not None



def test_clear_removes_everything_and_keeps_working(tmp_path, cache, results):
    cache.put(results[1].sha256, results[1])
    cache.clear()
    assert not (tmp_path / "cache" / DATABASE).exists()
    assert cache.get(results[1].sha256) is None
    cache.put(results[1].sha256, results[1])
    assert cache.get(results[1].sha256) is not None


def test_the_directory_is_tagged_as_a_cache(tmp_path, cache, results):
    cache.put(results[1].sha256, results[1])
    assert (tmp_path / "cache" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f59")



def test_an_unwritable_directory_only_means_no_caching(tmp_path, results):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = ResultCache(blocker, pack_hash="p", version="v")
    cache.put(results[1].sha256, results[1])
    assert cache.get(results[1].sha256) is None


_WRITER = """
import hashlib, sys
from mentordocs.lint.cache import ResultCache
from mentordocs.lint.model import FileResult, Finding, Severity
cache = ResultCache(sys.argv[1], pack_hash="p", version="v")
for i in range(300):
    sha = hashlib.sha256(str(i % 30).encode()).hexdigest()
    result = FileResult(path="x", sha256=sha, findings=[
        Finding("missing-goal", Severity.ERROR, "m" * (i % 7 + 1), evidence="e" * 500)])
    cache.put(sha, result)
    assert cache.get(sha) is not None
"""


def test_concurrent_writers_never_leave_a_broken_entry(tmp_path):
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path)])
               for _ in range(4)]
    assert [w.wait(timeout=60) for w in writers] == [0, 0, 0, 0]
    cache = ResultCache(tmp_path, pack_hash="p", version="v")
    shas = {hashlib.sha256(str(i).encode()).hexdigest() for i in range(30)}
    assert all(cache.get(s) is not None for s in shas)


@pytest.mark.parametrize("env, expected", [
    ({"MENTORDOCS_CACHE_DIR": "/srv/cache", "XDG_CACHE_HOME": "/x"}, Path("/srv/cache")),
    ({"XDG_CACHE_HOME": "/x"}, Path("/x/mentordocs")),
    ({"HOME": "/home/kvalitet"}, Path("/home/kvalitet/.cache/mentordocs")),
])
def test_default_cache_dir_follows_the_environment(monkeypatch, env, expected):
    for name in ("MENTORDOCS_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert default_cache_dir() == expected


def test_a_cache_made_before_fork_reconnects_in_the_child(tmp_path, cache, results):
    cache.put(results[1].sha256, results[1])
    pid = os.fork()
    if pid == 0:  # child: must not reuse the parent's connection
        os._exit(0 if cache.get(results[1].sha256) is not None else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert cache.get(results[1].sha256) is not None


def test_hash_pack_separates_its_parts():
    assert hash_pack("ab", "c") != hash_pack("a", "bc")
