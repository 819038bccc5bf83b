#!/usr/bin/env python3
"""Benchmark ``mentordocs lint``: extraction alone (the floor) against full linting.

    python scripts/bench_lint.py                      # samples/agreements, or a generated corpus
    python scripts/bench_lint.py /tmp/corpus --repeat 3
    python scripts/bench_lint.py --make 300           # generate 300 documents first
    python scripts/bench_lint.py --profile            # where does a file's time go?

On the same files in one run it measures

(a) extraction: ``read_document`` over every file in this process (text and structure only);
(a2) the same read plus the analysis (``lint_file``: hash, read, find fields, rules) in this
     process, and the analysis alone on the already extracted documents;
(b) the CLI engine with ``--jobs 1`` (one worker process, so also the pipe to it);
(c) the CLI engine with all cores;

and prints ms per document and files/s for each, two ratios against extraction (goal >= 0.8:
linting should cost little more than reading):

* in-process: (a) / (a2), one process against one process, nothing but the analysis differs;
* CLI engine: (a) / (b), what a user of ``mentordocs lint --jobs 1`` gets, worker IPC included;

and the speed-up (c)/(b). Files that fail to read count in every measurement: rejecting a
hostile file quickly is part of the work.

Every timed run starts cold: the caches that reading and analysis keep between documents
(parsed DOCX styles, folded text, classified blocks, periods, the compiled pack) are cleared
first, also before the workers are forked, so no measurement inherits another's warm caches.
Each figure is the best of ``--repeat`` runs; on a shared machine compare figures from the
same run only.
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
from typing import Any, Callable

import click

from mentordocs.lint.analyze import analyze, clear_caches as clear_analysis_caches
from mentordocs.lint.engine import discover, lint_file, lint_paths
from mentordocs.lint.model import ExtractedDocument, ReadError
from mentordocs.lint.readers import clear_caches as clear_reader_caches
from mentordocs.lint.readers import read_document
from mentordocs.lint.rules import RulePack, load_pack

ROOT = Path(__file__).resolve().parent.parent


def _cold() -> None:
    clear_reader_caches()
    clear_analysis_caches()


def _extract_all(files: list[Path]) -> Counter[str]:
    outcome: Counter[str] = Counter()
    for path in files:
        try:
            read_document(path)
            outcome["read"] += 1
        except ReadError as error:
            outcome[error.code.value] += 1
    return outcome


def _lint_in_process(files: list[Path], pack: RulePack) -> Counter[str]:
    outcome: Counter[str] = Counter()
    for path in files:
        outcome[lint_file(path, pack).status] += 1
    return outcome


def _analyze_all(docs: list[ExtractedDocument], pack: RulePack) -> int:
    for doc in docs:
        analyze(doc, pack)
    return len(docs)


def _lint_engine(files: list[Path], pack: RulePack, jobs: int) -> Counter[str]:
    outcome: Counter[str] = Counter()
    for result in lint_paths(files, pack, jobs=jobs):
        outcome[result.status] += 1
    return outcome


def _best_of(repeat: int, action: Callable[[], Any]) -> tuple[float, Any]:
    best, value = float("inf"), None
    for _ in range(repeat):
        _cold()
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


def _readable(files: list[Path]) -> list[ExtractedDocument]:
    docs = []
    for path in files:
        try:
            docs.append(read_document(path))
        except ReadError:
            pass
    return docs


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False,
                                                          path_type=Path))
@click.option("--make", type=int, default=0, help="Generate a corpus of N documents first.")
@click.option("--repeat", type=click.IntRange(1), default=3, show_default=True,
              help="Best of N runs.")
@click.option("--rules", default="default", show_default=True, help="Rule pack.")
@click.option("--jobs", "max_jobs", type=click.IntRange(1), default=None,
              help="Workers for (c) [default: all cores].")
@click.option("--profile", is_flag=True, help="Profile extraction and analysis in-process.")
def main(folder: Path | None, make: int, repeat: int, rules: str, max_jobs: int | None,
         profile: bool) -> None:
    """Measure extraction and lint throughput on the same files."""
    corpus = _corpus(folder, make)
    files = discover([corpus])
    if not files:
        raise click.UsageError(f"No documents under {corpus}.")
    pack = load_pack(rules)
    by_format = Counter(p.suffix.lower() for p in files)
    cores = max_jobs or os.cpu_count() or 1
    click.echo(f"corpus: {corpus}  files: {len(files)}  "
               + ", ".join(f"{ext} {n}" for ext, n in sorted(by_format.items()))
               + f"  (best of {repeat}, cold caches)")
    if profile:
        _profile(files, pack)
        return
    _extract_all(files)  # warm the OS page cache and the imports
    n = len(files)
    t_read, extracted = _best_of(repeat, lambda: _extract_all(files))
    t_inproc, _ = _best_of(repeat, lambda: _lint_in_process(files, pack))
    docs = _readable(files)
    t_analysis, n_docs = _best_of(repeat, lambda: _analyze_all(docs, pack))
    t_one, linted = _best_of(repeat, lambda: _lint_engine(files, pack, 1))
    t_all, _ = _best_of(repeat, lambda: _lint_engine(files, pack, cores))

    def row(label: str, seconds: float, extra: str = "") -> None:
        click.echo(f"{label:<40} {n / seconds:8.1f} files/s  {1000 * seconds / n:6.2f} ms/file"
                   f"  ({seconds:.2f} s){extra}")

    row("(a)  extraction only, in-process", t_read, f"  {dict(extracted)}")
    row("(a2) read + analyze, in-process", t_inproc)
    click.echo(f"{'     analysis alone, in-process':<40} {n_docs / t_analysis:8.1f} docs/s   "
               f"{1000 * t_analysis / max(n_docs, 1):6.2f} ms/doc   ({n_docs} readable documents)")
    row("(b)  lint engine, --jobs 1", t_one, f"  {dict(linted)}")
    row(f"(c)  lint engine, --jobs {cores}", t_all)
    click.echo(f"ratio in-process  (a)/(a2)              : {t_read / t_inproc:.2f}  (goal >= 0.8)")
    click.echo(f"ratio CLI engine  (a)/(b)               : {t_read / t_one:.2f}  (goal >= 0.8)")
    click.echo(f"engine overhead   (b)-(a2)              : {1000 * (t_one - t_inproc) / n:.2f} ms/file")
    click.echo(f"speed-up jobs 1 -> {cores:<2}                   : {t_one / t_all:.2f}x")
    bench_dask_cluster(files, pack, repeat)


def bench_dask_cluster(files: list[Path], pack: RulePack, repeat: int, workers: int = 2) -> None:
    """(d) lint on a ``workers``-worker Dask ``LocalCluster`` against the local pool with as many
    jobs, on the same files in the same run (issue 12, parts 4 and 5), and the peak RSS of each
    kind of process: a local lint worker, a Dask worker process, and the lint child it forks.

    Every Dask run starts from restarted workers (cold caches, as ``_cold`` gives the local
    pool) with the lint modules imported beforehand, as the local pool's parent has them.
    """
    import resource

    import dask
    from distributed import Client, LocalCluster

    from mentordocs.lint.distributed import lint_paths as lint_on_dask

    def imported() -> None:
        import mentordocs.lint.analyze  # noqa: F401
        import mentordocs.lint.engine  # noqa: F401

    def peaks() -> dict[str, int]:
        def hwm(pid: int | str) -> int:  # peak RSS in kB (VmHWM)
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
            return 0
        me = os.getpid()
        kids = Path(f"/proc/{me}/task/{me}/children")
        children = [int(c) for task in Path(f"/proc/{me}/task").iterdir()
                    for c in (task / "children").read_text().split()] if kids.exists() else []
        return {"worker": hwm("self"), "child": max((hwm(c) for c in children), default=0)}

    with dask.config.set({"distributed.scheduler.allowed-failures": 1,
                          "distributed.worker.memory.target": False,
                          "distributed.worker.memory.spill": False}):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
    client = Client(cluster, set_as_default=False)
    try:
        t_local, _ = _best_of(repeat, lambda: _lint_engine(files, pack, workers))
        local_child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        best, counts, rss = float("inf"), Counter(), {}
        for _ in range(repeat):
            client.restart()
            client.run(imported)
            started = time.perf_counter()
            counts = Counter(r.status for r in lint_on_dask(files, pack, client=client))
            best = min(best, time.perf_counter() - started)
            rss = client.run(peaks)
    finally:
        client.close()
        cluster.close()
    n = len(files)
    click.echo(f"(d)  Dask LocalCluster, {workers} workers x 1 thread vs local pool --jobs {workers}:")
    for label, seconds in ((f"     local pool --jobs {workers}", t_local),
                           (f"     LocalCluster {workers} workers", best)):
        click.echo(f"{label:<40} {n / seconds:8.1f} files/s  {1000 * seconds / n:6.2f} ms/file"
                   f"  ({seconds:.2f} s)")
    click.echo(f"     Dask / local throughput             : {t_local / best:.2f}  {dict(counts)}")
    click.echo(f"     peak RSS, local lint worker          : {local_child_kb / 1024:.0f} MB")
    for address, peak in sorted(rss.items()):
        click.echo(f"     peak RSS, Dask worker {address}: {peak['worker'] / 1024:.0f} MB, "
                   f"its lint child {peak['child'] / 1024:.0f} MB")


def _profile(files: list[Path], pack: RulePack) -> None:
    _cold()
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
