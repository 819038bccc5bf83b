"""``mentordocs lint``: check agreements, Min Plan entries and decision letters.

A thin layer over :func:`mentordocs.lint.engine.lint_paths` and :mod:`mentordocs.report`:
parse options, load the rule pack, stream results into the chosen reporter, exit 0/1/2.
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
from mentordocs.lint.model import FileResult
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
def lint(paths: tuple[Path, ...], rules: str, select: tuple[str, ...], ignore: tuple[str, ...],
         fmt: str, output_file: Optional[Path], jobs: Optional[int], timeout: float, lang: str,
         max_file_size: float, progress: Optional[bool], color: Optional[bool],
         statistics: bool = False, baseline_file: Optional[Path] = None,
         write_baseline: Optional[Path] = None, reason: Optional[str] = None,
         reviewer: Optional[str] = None, use_cache: bool = True,
         cache_dir: Optional[Path] = None, explain: bool = False,
         ocr: Optional[str] = None) -> None:
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
    """
    from mentordocs import __version__
    from mentordocs.lint.baseline import Baseline, BaselineError
    from mentordocs.lint.cache import ResultCache, default_cache_dir, hash_pack
    from mentordocs.lint.engine import discover, lint_paths
    from mentordocs.lint.ocr_notes import LOW_OCR_CONFIDENCE
    from mentordocs.lint.readers import ocr as ocr_engine
    from mentordocs.lint.rules import PackError, load_pack

    if not paths:
        raise UsageProblem("Give at least one file or folder to lint, e.g. `mentordocs lint arkiv/`.")
    try:
        pack = load_pack(rules)
    except PackError as exc:
        raise click.BadParameter(_for_stderr(str(exc)), param_hint="--rules") from None
    known = set(pack.rule_names()) | {LOW_OCR_CONFIDENCE}
    selected, ignored = _names(select), _names(ignore)
    for option, names in (("--select", selected), ("--ignore", ignored)):
        unknown = sorted(set(names) - known)
        if unknown:
            raise click.BadParameter(
                f"unknown rule(s) {', '.join(unknown)}; the pack {pack.name!r} has "
                f"{', '.join(sorted(known))}. See `mentordocs rules`.", param_hint=option)
    if fmt in BINARY_FORMATS and output_file is None:
        raise UsageProblem(f"--format {fmt} writes a binary file; give it with -o FILE.")
    try:
        reporter = reporter_for(fmt)
    except (ValueError, ImportError):
        raise UsageProblem(f"The report format {fmt!r} is not available in this installation.") from None
    if ocr is None:
        ocr_mode = ocr_engine.default_mode()
    else:
        ocr_mode = ocr_engine.OcrMode(ocr)
        if ocr_mode is not ocr_engine.OcrMode.NEVER and not ocr_engine.available():
            raise UsageProblem(f"--ocr {ocr} needs Tesseract: {ocr_engine.unavailable_reason()}. "
                               "See docs/lint.md (OCR) or use --ocr never.")
    files = discover(paths, images=ocr_mode is not ocr_engine.OcrMode.NEVER)
    if not files:
        raise UsageProblem("No documents found under the given paths "
                           "(looked for .docx, .pdf, .odt, .rtf, .html, .eml, .txt, .md, .tif; with OCR also .png, .jpg).")
    limits = DEFAULT_LIMITS.with_file_size_mb(max_file_size)
    try:
        baseline = Baseline.load(baseline_file) if baseline_file else None
        previous = (Baseline.load(write_baseline)
                    if write_baseline is not None and write_baseline.exists() else None)
    except BaselineError as exc:
        raise UsageProblem(str(exc)) from None
    cache = None
    if use_cache:
        # Messages are stored in one language and for one rule selection: both are part of the key.
        cache = ResultCache(cache_dir or default_cache_dir(),
                            pack_hash=hash_pack(pack.sha256, lang, ",".join(sorted(selected)),
                                                ",".join(sorted(ignored)), repr(limits),
                                                _ocr_key(ocr_mode)),
                            version=__version__)
    context = ReportContext(
        format=fmt, lang=lang, rules=pack.rule_infos(lang), rule_pack=pack.name,
        color=sys.stdout.isatty() and output_file is None if color is None else color,
        extra={"roots": [str(p) for p in paths]})
    show_progress = sys.stderr.isatty() if progress is None else progress
    results = lint_paths(files, pack, jobs=jobs, timeout=timeout or None,
                         select=selected or None, ignore=ignored, lang=lang, limits=limits,
                         cache=cache, explain=explain, ocr=ocr_mode)
    raw: list[FileResult] = []
    reported: list[FileResult] = []
    binary = fmt in BINARY_FORMATS
    with _terminate_cleanly(), closing(results), _atomic_output(output_file, binary) as out:
        streaming = fmt == "jsonl" and hasattr(reporter, "render_one")
        with click.progressbar(length=len(files), file=sys.stderr, label="mentordocs lint",
                               show_pos=True) if show_progress else _no_bar() as bar:
            for result in results:
                raw.append(result)
                shown = baseline.apply([result]).results[0] if baseline else result
                reported.append(shown)
                if streaming:
                    out.write(reporter.render_one(shown, context))
                    out.flush()
                bar.update(1)
        reported.sort(key=lambda r: r.path)
        if statistics:
            from mentordocs.report.statistics import compute, render_text

            context.statistics = True
            context.extra["statistics"] = compute(reported, [str(p) for p in paths])
        if not streaming:
            out.write(reporter.render(reported, context))
            if statistics and fmt == "text":
                out.write("\n" + render_text(context.extra["statistics"],
                                              {r.name: r.label for r in context.rules}))
    if cache is not None:
        cache.close()
    if baseline is not None:
        for waiver in baseline.apply(raw).unmatched:
            where = mask_path(waiver.path) if waiver.path else waiver.sha256[:12]
            click.echo(f"unused waiver: {printable(where)} {printable(waiver.rule)}", err=True)
    if write_baseline is not None:
        raw.sort(key=lambda r: r.path)
        new = Baseline.from_results(raw, reason, reviewer, previous=previous)
        new.save(write_baseline)
        click.echo(f"wrote {len(new)} waiver(s) to {printable(mask_path(write_baseline))}", err=True)
    failed = any(r.error is not None or r.has_error_findings for r in reported)
    sys.exit(1 if failed else 0)


def _ocr_key(mode: "OcrMode") -> str:
    """The OCR part of the cache key: the mode, and with OCR the engine and model that read."""
    from mentordocs.lint.readers.ocr import OcrMode, engine_id

    return "ocr=never" if mode is OcrMode.NEVER else f"ocr={mode.value};{engine_id()}"


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def __enter__(self) -> "_NoBar":
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _no_bar() -> _NoBar:
    return _NoBar()
