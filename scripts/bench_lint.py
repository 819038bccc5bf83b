#!/usr/bin/env python3
"""Benchmark ``mentordocs lint``: extraction alone (the floor) against full linting.

    python scripts/bench_lint.py                      # samples/agreements, or a generated corpus
    python scripts/bench_lint.py /tmp/corpus --repeat 3
    python scripts/bench_lint.py --make 300           # generate 300 documents first
    python scripts/bench_lint.py --profile            # where does a file's time go?

On the same files in one run it measures:

(a) extraction: ``read_document`` over every file in this process (text and structure only);
(b) full lint with ``--jobs 1`` (one worker process: read + find fields + rules);
(c) full lint with all cores.

and prints files/s for each, the ratio (b)/(a) (goal >= 0.8: linting should cost little more
than reading) and the speed-up (c)/(b). Files that fail to read count in every measurement:
rejecting a hostile file quickly is part of the work.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentordocs.lint.engine import discover, lint_paths  # noqa: E402
from mentordocs.lint.model import ReadError  # noqa: E402
from mentordocs.lint.readers import read_document  # noqa: E402
from mentordocs.lint.rules import load_pack  # noqa: E402


def _extract_all(files: list[Path]) -> Counter[str]:
    outcome: Counter[str] = Counter()
    for path in files:
        try:
            read_document(path)
            outcome["read"] += 1
        except ReadError as error:
            outcome[error.code.value] += 1
    return outcome


def _lint_all(files: list[Path], pack, jobs: int) -> Counter[str]:
    outcome: Counter[str] = Counter()
    for result in lint_paths(files, pack, jobs=jobs):
        outcome[result.status] += 1
    return outcome


def _best_of(repeat: int, action) -> tuple[float, object]:
    best, value = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        value = action()
        best = min(best, time.perf_counter() - started)
    return best, value


def _corpus(folder: Path | None, make: int) -> Path:
    if folder is not None:
        return folder
    if make:
        target = Path(tempfile.mkdtemp(prefix="mentordocs-bench-")) / "corpus"
        script = ROOT / "scripts" / "make_corpus.py"
        click.echo(f"generating {make} documents in {target} ...", err=True)
        subprocess.run([sys.executable, str(script), "--count", str(make), "--out", str(target)],
                       check=True)
        return target
    samples = ROOT / "samples" / "agreements"
    if samples.is_dir() and discover([samples]):
        return samples
    raise click.UsageError("No corpus: pass a folder, or --make N to generate one "
                           "with scripts/make_corpus.py.")


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False,
                                                          path_type=Path))
@click.option("--make", type=int, default=0, help="Generate a corpus of N documents first.")
@click.option("--repeat", type=int, default=2, show_default=True, help="Best of N runs.")
@click.option("--rules", default="default", show_default=True, help="Rule pack.")
@click.option("--profile", is_flag=True, help="Profile extraction and analysis in-process.")
def main(folder: Path | None, make: int, repeat: int, rules: str, profile: bool) -> None:
    """Measure extraction and lint throughput on the same files."""
    corpus = _corpus(folder, make)
    files = discover([corpus])
    pack = load_pack(rules)
    by_format = Counter(p.suffix.lower() for p in files)
    cores = os.cpu_count() or 1
    click.echo(f"corpus: {corpus}  files: {len(files)}  "
               + ", ".join(f"{ext} {n}" for ext, n in sorted(by_format.items())))
    if profile:
        _profile(files, pack)
        return
    # Warm the OS page cache and imports so the first measurement is not penalised.
    _extract_all(files)
    t_extract, extracted = _best_of(repeat, lambda: _extract_all(files))
    t_one, linted = _best_of(repeat, lambda: _lint_all(files, pack, 1))
    t_all, _ = _best_of(repeat, lambda: _lint_all(files, pack, cores))
    n = len(files)
    click.echo(f"(a) extraction only, in-process : {n / t_extract:8.1f} files/s  ({t_extract:.2f} s)  {dict(extracted)}")
    click.echo(f"(b) full lint, --jobs 1         : {n / t_one:8.1f} files/s  ({t_one:.2f} s)  {dict(linted)}")
    click.echo(f"(c) full lint, --jobs {cores:<2}        : {n / t_all:8.1f} files/s  ({t_all:.2f} s)")
    click.echo(f"ratio lint(jobs 1) / extraction : {t_extract / t_one:.2f}  (goal >= 0.8)")
    click.echo(f"speed-up jobs 1 -> {cores}           : {t_one / t_all:.2f}x")


def _profile(files: list[Path], pack) -> None:
    from mentordocs.lint.engine import lint_file

    profiler = cProfile.Profile()
    profiler.enable()
    for path in files:
        lint_file(path, pack)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
    click.echo(out.getvalue())


if __name__ == "__main__":
    main()
