"""Benchmark a re-run over an unchanged archive, and the cost of the audit reports.

Measures, on one generated archive (``scripts/make_corpus.py``, DOCX/TXT/HTML by default):

* the first lint run with an empty result cache,
* the second run over the unchanged archive with the cache (and, as its floor, only reading
  and hashing every file),
* the time and size of the HTML, CSV, XLSX and SARIF reports over those results,
* the result cache's storage: SQLite in WAL mode (used) vs. one JSON file per entry, 10,000
  entries.

Usage::

    python scripts/bench_archive.py --count 5000 [--jobs 2] [--corpus DIR] [--keep]

Prints a table and writes the figures as JSON to ``--json`` if given. Uses the library directly
(engine + cache + reporters), the same calls ``mentordocs lint`` makes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import click

from mentordocs import __version__
from mentordocs.lint.cache import ResultCache, hash_pack
from mentordocs.lint.model import FileResult
from mentordocs.report import ReportContext, render
from mentordocs.report.statistics import compute

REPO = Path(__file__).resolve().parents[1]


def _timed(fn, *args, **kwargs) -> tuple[Any, float]:
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - start


def _lint(root: Path, pack, jobs: int, cache: ResultCache | None) -> list[FileResult]:
    from mentordocs.lint.engine import lint_paths
    return sorted(lint_paths([root], pack, jobs=jobs, cache=cache), key=lambda r: r.path)


def _hash_only(root: Path) -> int:
    count = 0
    for path in sorted(root.rglob("*")):
        if path.is_file():
            hashlib.sha256(path.read_bytes()).hexdigest()
            count += 1
    return count


def _files_store(directory: Path, entries: list[tuple[str, FileResult]]) -> tuple[float, float]:
    """The alternative that was measured against SQLite: one JSON file per entry in a 2-level
    fan-out, written atomically (temporary file + rename). Returns (put, get) seconds."""
    from mentordocs.lint.cache import _from_data, _to_data
    start = time.perf_counter()
    for sha, result in entries:
        data = json.dumps(_to_data(result, sha), ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        bucket = directory / sha[:2]
        bucket.mkdir(exist_ok=True)
        tmp = bucket / f".{sha}.{os.getpid()}.tmp"
        with open(tmp, "xb") as handle:
            handle.write(data)
        os.replace(tmp, bucket / f"{sha}.json")
    put = time.perf_counter() - start
    start = time.perf_counter()
    for sha, _ in entries:
        _from_data(json.loads((directory / sha[:2] / f"{sha}.json").read_bytes()), sha, "x")
    get = time.perf_counter() - start
    return put, get


def _storage_comparison(results: list[FileResult], count: int = 10_000) -> dict[str, float]:
    samples = [r for r in results if r.sha256] or [FileResult(path="x", sha256="0" * 64)]
    entries = [(hashlib.sha256(f"{i}".encode()).hexdigest(), samples[i % len(samples)])
               for i in range(count)]
    with tempfile.TemporaryDirectory() as tmp:
        cache = ResultCache(Path(tmp) / "sqlite", pack_hash="bench", version=__version__)
        start = time.perf_counter()
        for sha, result in entries:
            cache.put(sha, result)
        sqlite_put = time.perf_counter() - start
        start = time.perf_counter()
        for sha, _ in entries:
            assert cache.get(sha) is not None
        sqlite_get = time.perf_counter() - start
        cache.close()
        size = sum(p.stat().st_size for p in (Path(tmp) / "sqlite").iterdir())
        (Path(tmp) / "files").mkdir()
        files_put, files_get = _files_store(Path(tmp) / "files", entries)
    return {"entries": count, "sqlite_wal_put_s": sqlite_put, "sqlite_wal_get_s": sqlite_get,
            "sqlite_bytes": size, "files_put_s": files_put, "files_get_s": files_get}


@click.command()
@click.option("--count", "-n", default=5000, show_default=True, help="Documents to generate.")
@click.option("--jobs", "-j", default=os.cpu_count() or 1, show_default=True)
@click.option("--formats", default="docx,txt,html", show_default=True,
              help="Formats for the generated archive (PDF/ODT are slower to make).")
@click.option("--corpus", type=click.Path(path_type=Path), default=None,
              help="Reuse (or create) the archive here instead of a temporary folder.")
@click.option("--keep", is_flag=True, help="Keep the temporary archive and cache.")
@click.option("--json", "json_out", type=click.Path(path_type=Path), default=None)
def main(count: int, jobs: int, formats: str, corpus: Path | None, keep: bool,
         json_out: Path | None) -> None:
    """Measure first run, cached second run and report sizes on a generated archive."""
    from mentordocs.lint.rules import load_pack

    work = Path(tempfile.mkdtemp(prefix="mentordocs-bench-"))
    root = corpus or work / "arkiv"
    figures: dict[str, Any] = {"count": count, "jobs": jobs, "formats": formats}
    try:
        if not (root / "EXPECTED.jsonl").exists():
            click.echo(f"generating {count} documents into {root} …", err=True)
            _, seconds = _timed(subprocess.run, [
                sys.executable, str(REPO / "scripts" / "make_corpus.py"), "--count", str(count),
                "--out", str(root), "--formats", formats, "--no-hostile"], check=True,
                stdout=subprocess.DEVNULL)
            figures["generate_s"] = seconds
        files = [p for p in root.rglob("*") if p.is_file() and p.name != "EXPECTED.jsonl"]
        figures["files"] = len(files)
        figures["archive_bytes"] = sum(p.stat().st_size for p in files)

        pack = load_pack("default")
        cache_dir = work / "cache"
        cache = ResultCache(cache_dir, pack_hash=hash_pack(pack.sha256, "da"),
                            version=__version__)
        results, figures["first_run_s"] = _timed(_lint, root, pack, jobs, cache)
        _, figures["hash_only_s"] = _timed(_hash_only, root)
        cache = ResultCache(cache_dir, pack_hash=hash_pack(pack.sha256, "da"),
                            version=__version__)
        again, figures["second_run_s"] = _timed(_lint, root, pack, jobs, cache)
        figures["second_run_hits"] = cache.hits
        figures["same_results"] = [r.to_dict() for r in results] == [r.to_dict() for r in again]
        figures["cache_bytes"] = sum(p.stat().st_size for p in cache_dir.rglob("*") if p.is_file())

        roots = [str(root)]
        context_extra = {"roots": roots, "statistics": compute(results, roots)}
        for fmt in ("html", "csv", "xlsx", "sarif"):
            context = ReportContext(format=fmt, rules=pack.rule_infos("da"), rule_pack=pack.name,
                                    extra=context_extra)
            output, seconds = _timed(render, results, context)
            data = output if isinstance(output, bytes) else output.encode("utf-8")
            figures[f"{fmt}_bytes"] = len(data)
            figures[f"{fmt}_s"] = seconds
        figures["storage"] = _storage_comparison(results)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            click.echo(f"kept {work}", err=True)

    n = figures["files"]
    click.echo(f"archive: {n} files, {figures['archive_bytes'] / 1e6:.1f} MB "
               f"({formats}), jobs={jobs}")
    click.echo(f"first run (empty cache):  {figures['first_run_s']:8.1f} s  "
               f"({n / figures['first_run_s']:.0f} files/s)")
    click.echo(f"second run (cache):       {figures['second_run_s']:8.1f} s  "
               f"({figures['second_run_s'] / figures['first_run_s']:.1%} of the first; "
               f"{figures['second_run_hits']} hits; same results: {figures['same_results']})")
    click.echo(f"  floor: read+hash only:  {figures['hash_only_s']:8.1f} s")
    click.echo(f"cache on disk:            {figures['cache_bytes'] / 1e6:8.1f} MB")
    for fmt in ("html", "csv", "xlsx", "sarif"):
        click.echo(f"{fmt:5} report:             {figures[f'{fmt}_bytes'] / 1e6:8.2f} MB in "
                   f"{figures[f'{fmt}_s']:.2f} s")
    s = figures["storage"]
    click.echo(f"cache storage, {s['entries']} entries: SQLite WAL (used) put "
               f"{s['sqlite_wal_put_s']:.2f} s / get {s['sqlite_wal_get_s']:.2f} s; one file "
               f"per entry put {s['files_put_s']:.2f} s / get {s['files_get_s']:.2f} s")
    if json_out:
        json_out.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
