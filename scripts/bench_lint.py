#!/usr/bin/env python3
"""Benchmark ``mentordocs lint``: extraction alone (the floor) against full linting.

    python scripts/bench_lint.py /tmp/bench_mixed /tmp/bench_text --floor   # the issue-12 table

``--floor`` measures, per archive and as whole processes (start-up included, like a user's run):

* the *simple extraction floor*: zip + lxml for DOCX/ODT, pypdf ``extract_text`` for PDF, plain
  reads for everything else (TXT, HTML, RTF, EML), with 1 and 2 processes (the files split in
  two halves), see :func:`_simple_extract`;
* ``mentordocs lint --jobs 1`` and ``--jobs 2`` (``--no-cache``, JSON to /dev/null), with the
  peak RSS of every process in the run (the CLI and each worker), sampled with psutil;

and prints floor / lint for each job count (goal >= 0.8). Each measurement is one function
(``_measure_floor``, ``_measure_lint_cli``) returning a :class:`Row`, so more rows (a Dask
cluster) slot in beside them.

Without ``--floor``:

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
from dataclasses import dataclass
from typing import Any, Callable, Optional

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



# -- the simple extraction floor and whole-process lint runs (--floor) -----------------------

def _simple_extract(path: Path) -> int:
    """The simplest extraction of one file: characters of text read (0 when it fails)."""
    import zipfile

    from lxml import etree

    suffix = path.suffix.lower()
    try:
        if suffix in (".docx", ".docm", ".dotx", ".odt", ".ott"):
            member = "content.xml" if suffix in (".odt", ".ott") else "word/document.xml"
            with zipfile.ZipFile(path) as archive:
                if archive.getinfo(member).file_size > 50 * 2**20:
                    return 0  # a zip bomb: even the simplest reader checks the size first
                root = etree.fromstring(archive.read(member),
                                        etree.XMLParser(resolve_entities=False, huge_tree=False))
            return len("".join(root.itertext()))
        if suffix == ".pdf":
            from pypdf import PdfReader

            reader = PdfReader(str(path), strict=False)
            return sum(len(page.extract_text() or "") for page in reader.pages)
        return len(path.read_bytes().decode("utf-8", "replace"))
    except Exception:  # a hostile file: the floor only needs to get past it
        return 0


def _floor_worker(list_file: str) -> None:
    """Entry point of one floor process: extract every file named in ``list_file``."""
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    total = 0
    for line in Path(list_file).read_text(encoding="utf-8").splitlines():
        total += _simple_extract(Path(line))
    print(total)


@dataclass
class Row:
    """One measurement on one archive: wall time and the peak RSS of each process in it."""
    label: str
    seconds: float
    rss_mb: list[float]
    note: str = ""


def _run_sampled(commands: list[list[str]], env: Optional[dict[str, str]] = None) -> tuple[float, list[float]]:
    """Run ``commands`` in parallel as processes; wall time and each process's peak RSS (MB),
    the processes' children (lint workers) included, sampled every 10 ms with psutil."""
    import psutil

    peaks: dict[int, float] = {}
    started = time.perf_counter()
    procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env) for cmd in commands]
    handles = [psutil.Process(p.pid) for p in procs]
    while any(p.poll() is None for p in procs):
        for handle in handles:
            try:
                family = [handle] + handle.children(recursive=True)
            except psutil.Error:
                continue
            for member in family:
                try:
                    rss = member.memory_info().rss / 2**20
                except psutil.Error:
                    continue
                peaks[member.pid] = max(peaks.get(member.pid, 0.0), rss)
        time.sleep(0.01)
    seconds = time.perf_counter() - started
    for proc in procs:
        if proc.returncode not in (0, 1):
            raise click.ClickException(f"{' '.join(proc.args[:4])} ... exited {proc.returncode}")
    return seconds, sorted(peaks.values(), reverse=True)


def _measure_floor(files: list[Path], processes: int, repeat: int) -> Row:
    """The simple extraction floor as ``processes`` whole processes, each taking a share."""
    lists = []
    folder = Path(tempfile.mkdtemp(prefix="mentordocs-floor-"))
    for k in range(processes):
        share = folder / f"files-{k}.txt"
        share.write_text("\n".join(str(p) for p in files[k::processes]), encoding="utf-8")
        lists.append([sys.executable, str(Path(__file__).resolve()), "--floor-worker", str(share)])
    best = min((_run_sampled(lists) for _ in range(repeat)), key=lambda r: r[0])
    return Row(f"floor: zip+lxml / pypdf / read, {processes} proc", *best)


def _measure_lint_cli(folder: Path, jobs: int, repeat: int, rules: str,
                      pdf_engine: Optional[str] = None, ocr: str = "never") -> Row:
    """``mentordocs lint FOLDER --jobs N`` as a user runs it, without the result cache;
    ``pdf_engine`` sets ``MENTORDOCS_PDF_ENGINE`` (pypdf: the PDF reader before issue 12).

    ``--ocr never`` by default: the floor reads only the text a file holds (a scan gives it
    nothing), so lint is compared on the same work; ``ocr="auto"`` (the CLI's default) adds
    Tesseract on the scanned pages, measured as a row of its own."""
    cmd = [sys.executable, "-m", "mentordocs", "lint", str(folder), "--jobs", str(jobs),
           "--rules", rules, "--no-cache", "--format", "json", "-o", os.devnull, "--no-progress",
           "--ocr", ocr]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    if pdf_engine:
        env["MENTORDOCS_PDF_ENGINE"] = pdf_engine
    best = min((_run_sampled([cmd], env) for _ in range(repeat)), key=lambda r: r[0])
    return Row(f"lint --jobs {jobs} --ocr {ocr}" + (f" ({pdf_engine} PDF text)" if pdf_engine else ""), *best)


def _floor_table(folders: list[Path], repeat: int, rules: str, compare_pypdf: bool,
                 dask: bool = True) -> None:
    for folder in folders:
        files = discover([folder])
        by_format = Counter(p.suffix.lower() for p in files)
        n = len(files)
        click.echo(f"\narchive: {folder}  files: {n}  "
                   + ", ".join(f"{ext} {k}" for ext, k in sorted(by_format.items()))
                   + f"  (best of {repeat}, whole processes)")
        rows: dict[str, Row] = {}
        for jobs in (1, 2):
            rows[f"floor{jobs}"] = _measure_floor(files, jobs, repeat)
            rows[f"lint{jobs}"] = _measure_lint_cli(folder, jobs, repeat, rules)
            if by_format.get(".pdf"):
                rows[f"ocr{jobs}"] = _measure_lint_cli(folder, jobs, repeat, rules, ocr="auto")
            if compare_pypdf and by_format.get(".pdf"):
                rows[f"pypdf{jobs}"] = _measure_lint_cli(folder, jobs, repeat, rules, "pypdf")
        for row in rows.values():
            rss = ", ".join(f"{mb:.0f}" for mb in row.rss_mb[:4])
            click.echo(f"{row.label:<40} {n / row.seconds:8.1f} files/s  "
                       f"{1000 * row.seconds / n:6.2f} ms/file  ({row.seconds:.2f} s)  "
                       f"peak RSS MB per process: {rss}")
        for jobs in (1, 2):
            ratio = rows[f"floor{jobs}"].seconds / rows[f"lint{jobs}"].seconds
            click.echo(f"floor / lint, {jobs} job(s): {ratio:.2f}  (goal >= 0.8)")
            if f"ocr{jobs}" in rows:
                extra = rows[f"ocr{jobs}"].seconds - rows[f"lint{jobs}"].seconds
                click.echo(f"   OCR of the scanned pages the floor cannot read, {jobs} job(s): "
                           f"+{extra:.2f} s (floor / lint with OCR: "
                           f"{rows[f'floor{jobs}'].seconds / rows[f'ocr{jobs}'].seconds:.2f})")
            if f"pypdf{jobs}" in rows:
                before = rows[f"floor{jobs}"].seconds / rows[f"pypdf{jobs}"].seconds
                click.echo(f"floor / lint with pypdf PDF text, {jobs} job(s): {before:.2f}")
        if dask:
            bench_dask_cluster(files, load_pack(rules), repeat)


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
@click.argument("folders", nargs=-1, type=click.Path(exists=True, file_okay=False,
                                                    path_type=Path))
@click.option("--make", type=int, default=0, help="Generate a corpus of N documents first.")
@click.option("--repeat", type=click.IntRange(1), default=3, show_default=True,
              help="Best of N runs.")
@click.option("--rules", default="default", show_default=True, help="Rule pack.")
@click.option("--jobs", "max_jobs", type=click.IntRange(1), default=None,
              help="Workers for (c) [default: all cores].")
@click.option("--profile", is_flag=True, help="Profile extraction and analysis in-process.")
@click.option("--floor", is_flag=True,
              help="Simple extraction floor against lint --jobs 1/2, as whole processes.")
@click.option("--compare-pypdf", is_flag=True,
              help="With --floor: also lint with pypdf's layout mode as the PDF text engine.")
@click.option("--dask/--no-dask", default=True, show_default=True,
              help="With --floor: also lint each archive on a 2-worker Dask LocalCluster.")
@click.option("--floor-worker", type=click.Path(exists=True, dir_okay=False), hidden=True)
def main(folders: tuple[Path, ...], make: int, repeat: int, rules: str, max_jobs: int | None,
         profile: bool, floor: bool, compare_pypdf: bool, dask: bool, floor_worker: str | None) -> None:
    """Measure extraction and lint throughput on the same files."""
    if floor_worker:
        _floor_worker(floor_worker)
        return
    if floor:
        _floor_table(list(folders) or [_corpus(None, make)], repeat, rules, compare_pypdf, dask)
        return
    corpus = _corpus(folders[0] if folders else None, make)
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
                          "distributed.scheduler.worker-saturation": 1.0,
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
