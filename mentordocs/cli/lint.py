"""``mentordocs lint``: check agreements, Min Plan entries and decision letters.

A thin layer over :class:`mentordocs.lint.api.LintRun` and :mod:`mentordocs.report.stream`:
parse options, stream the run's results into the chosen reporter, exit 0/1/2.
"""

from __future__ import annotations

import signal
import sys
from contextlib import closing, contextmanager
from pathlib import Path
from typing import IO, Iterator, Optional

import click

from mentordocs.atomic import atomic_output
from mentordocs.domain.cpr import mask_cpr, mask_path
from mentordocs.lint.limits import DEFAULT_LIMITS
from mentordocs.lint.readers.ocr import OcrMode
from mentordocs.report import BINARY_FORMATS, REPORTERS, ReportContext, reporter_for
from mentordocs.domain.terminal import printable


class UsageProblem(click.ClickException):
    """A usage or input error: exit code 2 and nothing written."""

    exit_code = 2

    def format_message(self) -> str:
        return _for_stderr(self.message)


def _for_stderr(text: str) -> str:
    """A message that may quote a path or a file's content, safe for a terminal and a log."""
    return printable(mask_cpr(text), keep_newlines=True)


def _names(values: tuple[str, ...]) -> list[str]:
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


class Terminated(SystemExit):
    """SIGTERM arrived: unwind like Ctrl-C does, so workers stop and temporary files go."""


@contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """Turn SIGTERM into an exception for the duration of a run (exit status 143).

    Without this, SIGTERM ends the process at once: no ``finally`` runs, the workers are left
    behind and the half-written report (for jsonl: personal data) stays in its temporary file.
    """
    def handler(signum: int, frame: object) -> None:
        raise Terminated(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (the CLI called from a library): leave it alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _atomic_output(path: Optional[Path], binary: bool) -> Iterator[IO]:
    """stdout, or a temporary file next to ``path`` renamed into place only on success."""
    if path is None:
        yield sys.stdout.buffer if binary else sys.stdout
        return
    directory = path.resolve().parent
    if not directory.is_dir():
        raise UsageProblem(f"Output folder {directory} does not exist.")
    with atomic_output(path, binary=binary) as handle:
        yield handle


@click.command("lint")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--rules", "rules", default="default", show_default=True, metavar="PACK",
              help="Rule pack: a name from lint_rules/ or a path to a YAML pack.")
@click.option("--select", multiple=True, metavar="R1,R2",
              help="Only run these rules (comma-separated; repeatable).")
@click.option("--ignore", multiple=True, metavar="R1,R2",
              help="Do not run these rules (comma-separated; repeatable).")
@click.option("--format", "fmt", type=click.Choice(list(REPORTERS)), default="text",
              show_default=True, help="Report format. jsonl writes one line per file as it finishes.")
@click.option("-o", "--output-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report here (atomically) instead of to stdout.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes.  [default: all cores]")
@click.option("--timeout", type=click.FloatRange(min=0), default=60.0, show_default=True,
              help="Seconds allowed per file; a file that takes longer is reported as 'timeout'. "
                   "0 = no limit (with --jobs 1 the files are then read in this process).")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", show_default=True,
              help="Language of messages in the report.")
@click.option("--max-file-size", type=click.FloatRange(min=0, min_open=True),
              default=DEFAULT_LIMITS.max_file_size / 2**20, show_default=True, metavar="MB",
              help="Larger files are reported as 'too-large' without being read.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr.  [default: when stderr is a terminal]")
@click.option("--color/--no-color", default=None,
              help="Colours in the text report.  [default: when stdout is a terminal]")
@click.option("--statistics", is_flag=True,
              help="Counts per rule, per folder (unit/year) and per year; also in the JSON summary.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Waivers: findings recorded in this file (by content hash and rule) are not reported.")
@click.option("--write-baseline", "write_baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Record every current finding as a waiver in this file (keeps existing reasons).")
@click.option("--reason", help="With --write-baseline: why these findings are accepted.")
@click.option("--reviewer", metavar="INITIALS", help="With --write-baseline: who reviewed them.")
@click.option("--explain", is_flag=True,
              help="Show what was read for every field: status, value, location, the label or sentence "
                   "that decided it, and the parsed period. In JSON: a `fields` object per file.")
@click.option("--ocr", "ocr", type=click.Choice(["auto", "always", "never"]), default=None,
              help="Read scans with OCR (Tesseract, Danish model): auto = pages without a text "
                   "layer and .tif/.png/.jpg images; always = also pages whose text layer is "
                   "garbage; never = report scans as no-text.  [default: auto when Tesseract is "
                   "installed, else never]")
@click.option("--cache/--no-cache", "use_cache", default=True, show_default=True,
              help="Reuse results for unchanged files (keyed by content, rule pack and version).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Cache location.  [default: $MENTORDOCS_CACHE_DIR, $XDG_CACHE_HOME/mentordocs "
                   "or ~/.cache/mentordocs; safe to delete]")
@click.option("--scheduler", envvar="MENTORDOCS_DASK_SCHEDULER", metavar="tcp://HOST:8786",
              help="Lint on a Dask cluster instead of local workers (needs the `dask` extra; "
                   "see docs/scale.md).  [env: MENTORDOCS_DASK_SCHEDULER]")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, metavar="N",
              help="With --scheduler: files per Dask task.  [default: from files and workers]")
def lint(paths: tuple[Path, ...], rules: str, select: tuple[str, ...], ignore: tuple[str, ...],
         fmt: str, output_file: Optional[Path], jobs: Optional[int], timeout: float, lang: str,
         max_file_size: float, progress: Optional[bool], color: Optional[bool],
         statistics: bool = False, baseline_file: Optional[Path] = None,
         write_baseline: Optional[Path] = None, reason: Optional[str] = None,
         reviewer: Optional[str] = None, use_cache: bool = True,
         cache_dir: Optional[Path] = None, explain: bool = False,
         ocr: Optional[str] = None, scheduler: Optional[str] = None,
         batch_size: Optional[int] = None) -> None:
    """Check agreements, Min Plan entries and decision letters for missing mandatory content,
    periods over 6 months and unclear goals.

    PATHS are files or folders (searched recursively for .docx, .pdf, .odt, .rtf, .html, .eml, .txt
    and .md; with OCR also .tif, .tiff, .png, .jpg, .jpeg). Exit status: 0 no error-severity
    findings and every file read, 1 otherwise, 2 usage error.

    \b
    mentordocs lint aftale.docx
    mentordocs lint arkiv/ --format json -o rapport.json
    mentordocs lint arkiv/ --rules gribskov --ignore unclear-goal --jobs 4
    mentordocs lint arkiv/ --format html -o rapport.html --statistics
    mentordocs lint arkiv/ --baseline accepteret.yaml
    mentordocs lint aftale.docx --explain
    mentordocs lint /mnt/arkiv --scheduler tcp://dask-scheduler:8786 --format json -o rapport.json
    """
    from mentordocs.lint.api import LintOptions, LintRun, LintUsageError
    from mentordocs.report.stream import write_report

    if fmt in BINARY_FORMATS and output_file is None and paths:
        raise UsageProblem(f"--format {fmt} writes a binary file; give it with -o FILE.")
    try:
        reporter_for(fmt)
    except (ValueError, ImportError):
        raise UsageProblem(f"The report format {fmt!r} is not available in this installation.") from None
    options = LintOptions(
        pack=rules, select=_names(select), ignore=_names(ignore), lang=lang, jobs=jobs,
        timeout=timeout or None, limits=DEFAULT_LIMITS.with_file_size_mb(max_file_size),
        ocr=None if ocr is None else OcrMode(ocr), explain=explain, cache=use_cache,
        cache_dir=cache_dir, baseline=baseline_file, write_baseline=write_baseline,
        scheduler=scheduler or None, batch_size=batch_size)
    try:
        run = LintRun(paths, options)
    except LintUsageError as exc:
        if exc.option in ("--rules", "--select", "--ignore"):
            raise click.BadParameter(_for_stderr(exc.message), param_hint=exc.option) from None
        raise UsageProblem(exc.message) from None
    context = ReportContext(
        format=fmt, lang=lang, rules=run.rule_infos(), rule_pack=run.pack.name,
        color=sys.stdout.isatty() and output_file is None if color is None else color,
        extra={"roots": [str(p) for p in paths]})
    show_progress = sys.stderr.isatty() if progress is None else progress
    results = run.results()
    with _terminate_cleanly(), closing(results), \
            _atomic_output(output_file, fmt in BINARY_FORMATS) as out:
        with click.progressbar(length=len(run.files), file=sys.stderr, label="mentordocs lint",
                               show_pos=True) if show_progress else _no_bar() as bar:
            write_report(results, out, context, roots=paths, statistics=statistics,
                         on_result=lambda _: bar.update(1))
    for waiver in run.unused_waivers():
        where = mask_path(waiver.path) if waiver.path else waiver.sha256[:12]
        click.echo(f"unused waiver: {printable(where)} {printable(waiver.rule)}", err=True)
    if write_baseline is not None:
        new = run.new_baseline(reason, reviewer)
        new.save(write_baseline)
        click.echo(f"wrote {len(new)} waiver(s) to {printable(mask_path(write_baseline))}", err=True)
    sys.exit(run.exit_code)


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def __enter__(self) -> "_NoBar":
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _no_bar() -> _NoBar:
    return _NoBar()
