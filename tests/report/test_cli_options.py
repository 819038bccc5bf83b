"""`mentordocs lint` with the quality-team options: statistics, baselines and the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mentordocs.cli import cli

AGREEMENT_WITHOUT_APPEAL = """Aftale om mentorstøtte

Målet med mentorstøtten
Jonas gennemfører virksomhedspraktik hos Helsinge Tømmerhandel og møder 4 dage om ugen.

Mentorens navn og kontaktdata
Lars Østergaard, Mentorhuset, tlf. 23 45 67 89, lars@mentorhuset.dk

Mentorens opgaver
Hjælpe Jonas med at planlægge transport og morgenrutiner.

Varighed
1. marts 2026 – 31. august 2026

Opfølgning og mål for progression
Vi følger op hver måned. Delmål: inden 1. maj møder Jonas 4 dage om ugen.

Timetal
2 timer om ugen
"""


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "arkiv" / "job-og-kompetence" / "2026"
    root.mkdir(parents=True)
    (root / "aftale-jonas.txt").write_text(AGREEMENT_WITHOUT_APPEAL, encoding="utf-8")
    return tmp_path / "arkiv"


def run(*args: str, cache_dir: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["lint", *args, "--cache-dir", str(cache_dir), "--jobs", "1"])
    return result.exit_code, result.output


def test_statistics_appear_in_the_json_summary(archive: Path, tmp_path: Path) -> None:
    code, out = run(str(archive), "--format", "json", "--statistics", cache_dir=tmp_path / "c")
    summary = json.loads(out)["summary"]
    assert code == 1
    assert summary["statistics"]["by_rule"]["missing-appeal-guidance"] >= 1


def test_a_written_baseline_waives_the_same_findings_next_time(archive: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "accepteret.yaml"
    code, _ = run(str(archive), "--write-baseline", str(baseline), "--reason", "gennemgået",
                  "--reviewer", "MKH", cache_dir=tmp_path / "c")
    assert code == 1 and "gennemgået" in baseline.read_text(encoding="utf-8")
    code, out = run(str(archive), "--baseline", str(baseline), "--format", "json",
                    cache_dir=tmp_path / "c")
    files = json.loads(out)["files"]
    assert code == 0
    assert files[0]["findings"] == []


def test_a_changed_document_no_longer_matches_its_waiver(archive: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "accepteret.yaml"
    run(str(archive), "--write-baseline", str(baseline), cache_dir=tmp_path / "c")
    document = next(archive.rglob("*.txt"))
    document.write_text(AGREEMENT_WITHOUT_APPEAL + "\nTilføjet senere.\n", encoding="utf-8")
    code, out = run(str(archive), "--baseline", str(baseline), cache_dir=tmp_path / "c")
    assert code == 1
    assert "unused waiver" in out


def test_a_malformed_baseline_is_a_usage_error(archive: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "bad.yaml"
    baseline.write_text("waivers: [1, 2", encoding="utf-8")
    code, out = run(str(archive), "--baseline", str(baseline), cache_dir=tmp_path / "c")
    assert code == 2
    assert "Traceback" not in out


def test_a_second_run_is_served_from_the_cache_with_identical_results(archive: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "c"
    first = run(str(archive), "--format", "json", cache_dir=cache_dir)
    assert any(cache_dir.iterdir())
    second = run(str(archive), "--format", "json", cache_dir=cache_dir)
    uncached = CliRunner().invoke(cli, ["lint", str(archive), "--format", "json", "--no-cache",
                                        "--jobs", "1"])
    assert first == second
    assert json.loads(uncached.output)["files"] == json.loads(first[1])["files"]
