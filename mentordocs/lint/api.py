"""The linter as a Python API: :func:`run` and :class:`LintRun`, which ``mentordocs lint`` calls.

In the spirit of flake8's ``Application`` and ruff's ``commands::check``: one object holds a run
from options to exit code (pack, discovery, cache, baseline, local pool or Dask cluster), and
the command line only parses options, writes the report (:mod:`mentordocs.report.stream`) and
exits. Everything here works without click::

    from mentordocs.lint import LintOptions, run

    for result in run(["arkiv/"], LintOptions(jobs=2)):
        print(result.path, result.kind, [finding.rule for finding in result.findings])

A bad option or input raises :class:`LintUsageError` when the run is set up, before any file is
read; a bad *document* never raises, it becomes that file's error result.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generator, Iterable, Iterator, Optional, Sequence, Union

from mentordocs.lint.limits import DEFAULT_LIMITS, Limits
from mentordocs.lint.model import FileResult
from mentordocs.lint.readers.ocr import OcrMode

if TYPE_CHECKING:
    from mentordocs.lint.baseline import Baseline, Waiver
    from mentordocs.lint.cache import ResultCache
    from mentordocs.lint.rules import RuleInfo, RulePack

__all__ = ["LintOptions", "LintRun", "LintUsageError", "run"]


class LintUsageError(Exception):
    """An option or input that makes the run impossible (exit status 2 on the command line).

    ``option`` names the command-line option it concerns (``--rules``), if one does.
    """

    def __init__(self, message: str, option: Optional[str] = None):
        super().__init__(message)
        self.message, self.option = message, option


@dataclass(frozen=True)
class LintOptions:
    """Everything a lint run needs besides the paths; the command line's options, typed."""

    #: A pack name from ``lint_rules/``, a path to a YAML pack, or a loaded pack.
    pack: Union[str, "RulePack"] = "default"
    #: Only these rules (empty: all the pack enables); never these rules.
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    #: Language of the messages in the results ("da" or "en").
    lang: str = "da"
    #: Worker processes on this machine (``None``: all cores); ignored with ``scheduler``.
    jobs: Optional[int] = None
    #: Seconds per file (``None``: no limit; with ``jobs=1`` the files are then read here).
    timeout: Optional[float] = 60.0
    limits: Limits = DEFAULT_LIMITS
    #: Which pages of scans are read with OCR; ``None``: auto when Tesseract is installed.
    ocr: Optional[OcrMode] = OcrMode.NEVER
    #: Record what was read per field (``FileResult.fields``); bypasses the cache.
    explain: bool = False
    #: Reuse results for unchanged files, stored under ``cache_dir`` (default: the user's cache).
    cache: bool = False
    cache_dir: Optional[Path] = None
    #: Waivers to apply (a baseline file); and a baseline file to write after the run.
    baseline: Optional[Path] = None
    write_baseline: Optional[Path] = None
    #: A Dask scheduler (``tcp://host:8786``) to lint on instead of the local pool
    #: (:mod:`mentordocs.lint.distributed`, docs/scale.md).
    scheduler: Optional[str] = None
    #: Files per Dask task (``None``: chosen from the number of files and workers).
    batch_size: Optional[int] = None
    #: Dask: seconds to wait for the scheduler before giving up.
    connect_timeout: float = 10.0


def run(paths: Iterable[Union[str, Path]], options: Optional[LintOptions] = None
        ) -> Iterator[FileResult]:
    """Lint every document under ``paths``; yield each file's result as it finishes.

    Results come in no particular order (sort by ``path`` for a stable report) and have the
    baseline's waivers applied. Raises :class:`LintUsageError` here, before the first file, for
    an unusable option; exhausting or closing the iterator releases workers and the cache.
    """
    return LintRun(paths, options).results()


class LintRun:
    """One lint run: set up from the options (errors surface here), then :meth:`results`.

    After the results are exhausted, :attr:`raw` holds them before the baseline and
    :attr:`reported` after it; :attr:`exit_code`, :meth:`unused_waivers` and
    :meth:`save_baseline` finish the run as the command line does.
    """

    def __init__(self, paths: Iterable[Union[str, Path]], options: Optional[LintOptions] = None):
        from mentordocs.lint.baseline import Baseline, BaselineError
        from mentordocs.lint.engine import discover
        from mentordocs.lint.ocr_notes import LOW_OCR_CONFIDENCE
        from mentordocs.lint.readers import ocr as ocr_engine
        from mentordocs.lint.rules import PackError, RulePack, load_pack

        self.options = options = options or LintOptions()
        self.paths = [Path(p) for p in paths]
        if not self.paths:
            raise LintUsageError("Give at least one file or folder to lint, "
                                 "e.g. `mentordocs lint arkiv/`.")
        if isinstance(options.pack, RulePack):
            self.pack = options.pack
        else:
            try:
                self.pack = load_pack(options.pack)
            except PackError as exc:
                raise LintUsageError(str(exc), "--rules") from None
        known = set(self.pack.rule_names()) | {LOW_OCR_CONFIDENCE}
        self.select, self.ignore = list(options.select), list(options.ignore)
        for option, names in (("--select", self.select), ("--ignore", self.ignore)):
            unknown = sorted(set(names) - known)
            if unknown:
                raise LintUsageError(
                    f"unknown rule(s) {', '.join(unknown)}; the pack {self.pack.name!r} has "
                    f"{', '.join(sorted(known))}. See `mentordocs rules`.", option)
        if options.ocr is None:
            self.ocr = ocr_engine.default_mode()
        else:
            self.ocr = options.ocr
            if self.ocr is not OcrMode.NEVER and not ocr_engine.available():
                raise LintUsageError(
                    f"--ocr {self.ocr.value} needs Tesseract: {ocr_engine.unavailable_reason()}. "
                    "See docs/lint.md (OCR) or use --ocr never.")
        self.files = discover(self.paths, images=self.ocr is not OcrMode.NEVER)
        if not self.files:
            raise LintUsageError(
                "No documents found under the given paths (looked for .docx, .pdf, .odt, .rtf, "
                ".html, .eml, .txt, .md, .tif; with OCR also .png, .jpg).")
        try:
            self.baseline = Baseline.load(options.baseline) if options.baseline else None
            self.previous = (Baseline.load(options.write_baseline)
                             if options.write_baseline is not None
                             and options.write_baseline.exists() else None)
        except BaselineError as exc:
            raise LintUsageError(str(exc)) from None
        self.cache = self._open_cache() if options.cache else None
        self.client = None
        if options.scheduler:
            from mentordocs.lint import distributed

            try:
                self.client = distributed.connect(options.scheduler, lang=options.lang,
                                                  timeout=options.connect_timeout)
            except distributed.SchedulerError as exc:
                self._close()
                raise LintUsageError(str(exc), "--scheduler") from None
        self.raw: list[FileResult] = []
        self.reported: list[FileResult] = []

    def _open_cache(self) -> "ResultCache":
        from mentordocs import __version__
        from mentordocs.lint.cache import ResultCache, default_cache_dir, hash_pack

        # Messages are stored in one language and for one rule selection: both are part of the key.
        return ResultCache(self.options.cache_dir or default_cache_dir(),
                           pack_hash=hash_pack(self.pack.sha256, self.options.lang,
                                               ",".join(sorted(self.select)),
                                               ",".join(sorted(self.ignore)),
                                               repr(self.options.limits), _ocr_key(self.ocr)),
                           version=__version__)

    def rule_infos(self) -> list["RuleInfo"]:
        """The pack's rules, for the reports' legends, in the run's language."""
        return self.pack.rule_infos(self.options.lang)

    def results(self) -> Generator[FileResult, None, None]:
        """Each file's result (baseline applied) as it finishes; run once."""
        options = self.options
        common: dict[str, Any] = dict(timeout=options.timeout, select=self.select or None, ignore=self.ignore,
                      lang=options.lang, limits=options.limits, cache=self.cache,
                      explain=options.explain, ocr=self.ocr)
        if self.client is not None:
            from mentordocs.lint import distributed

            stream = distributed.lint_paths(self.files, self.pack, client=self.client,
                                            batch_size=options.batch_size, **common)
        else:
            from mentordocs.lint.engine import lint_paths

            stream = lint_paths(self.files, self.pack, jobs=options.jobs, **common)
        try:
            for result in stream:
                self.raw.append(result)
                shown = self.baseline.apply([result]).results[0] if self.baseline else result
                self.reported.append(shown)
                yield shown
        finally:
            stream.close()
            self._close()

    def _close(self) -> None:
        if self.cache is not None:
            self.cache.close()
        if self.client is not None:
            self.client.close()
            self.client = None

    @property
    def failed(self) -> bool:
        """Whether any file could not be read or has an error-severity finding."""
        return any(r.error is not None or r.has_error_findings for r in self.reported)

    @property
    def exit_code(self) -> int:
        """The command line's exit status: 1 if :attr:`failed`, else 0."""
        return 1 if self.failed else 0

    def unused_waivers(self) -> list["Waiver"]:
        """Waivers of the baseline that matched no finding of this run."""
        return list(self.baseline.apply(self.raw).unmatched) if self.baseline else []

    def new_baseline(self, reason: Optional[str] = None,
                     reviewer: Optional[str] = None) -> "Baseline":
        """A waiver for every current finding; existing waivers of ``write_baseline`` keep
        their reason, reviewer and date."""
        from mentordocs.lint.baseline import Baseline

        return Baseline.from_results(sorted(self.raw, key=lambda r: r.path), reason, reviewer,
                                     previous=self.previous)


def _ocr_key(mode: OcrMode) -> str:
    """The OCR part of the cache key: the mode, and with OCR the engine and model that read."""
    from mentordocs.lint.readers.ocr import engine_id

    return "ocr=never" if mode is OcrMode.NEVER else f"ocr={mode.value};{engine_id()}"
