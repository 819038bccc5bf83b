"""Lint one file, an upload, or a whole archive in parallel, safely.

Every file is hostile until read: a PDF can hang pypdf for minutes or balloon to gigabytes.
:func:`lint_paths` therefore parses in killable worker processes (:mod:`mentordocs.isolation`,
not a ``ProcessPoolExecutor``, which cannot stop one task): each worker has an address-space
limit, each file a deadline, and a worker that overruns is killed and replaced while the batch
goes on.
The file becomes a ``timeout`` (or ``too-large``/``corrupt-file``) result; nothing else changes.

Results are yielded as files finish, in no particular order; sort them for a stable report.
"""

from __future__ import annotations

import hashlib
import logging
import os
import traceback
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Collection, Generator, Iterable, Iterator, Optional, Protocol

from mentordocs.domain.cpr import mask_path
from mentordocs.isolation import Status, WorkerPool
from mentordocs.lint.limits import DEFAULT_LIMITS, MB, Limits
from mentordocs.lint.model import ErrorCode, FileResult, ReadError
from mentordocs.lint.readers import (DOCUMENT_LIKE_EXTENSIONS, SCAN_IMAGE_EXTENSIONS, OcrMode,
                                     read_bytes, read_file_bytes)
from mentordocs.lint.readers._errors import DocumentError, localize, message

if TYPE_CHECKING:
    from mentordocs.lint.rules import RulePack

log = logging.getLogger(__name__)

__all__ = ["discover", "lint_file", "lint_bytes", "lint_paths", "ResultCacheProtocol",
           "display_path"]


class ResultCacheProtocol(Protocol):
    """What :func:`lint_paths` needs from a result cache (see :mod:`mentordocs.lint.cache`)."""

    def get(self, sha256: str) -> Optional[FileResult]: ...

    def put(self, sha256: str, result: FileResult) -> None: ...


# -- discovery -----------------------------------------------------------------------------

def _is_hidden_or_temp(name: str) -> bool:
    # Word's owner files (~$aftale.docx), editor backups and macOS/Windows litter.
    return (name.startswith((".", "~$", "~")) or name.endswith(("~", ".tmp", ".bak"))
            or name in ("Thumbs.db", "desktop.ini"))


def discover(paths: Iterable[Path], *, images: bool = False) -> list[Path]:
    """Every document to lint under ``paths``: files as given, folders recursively.

    Folders contribute files with a document extension, including ones that cannot be read
    (.doc, .tif) so that they get a clear error instead of silently vanishing; with ``images``
    (OCR on) also scanned pages saved as .png, .jpg, .jpeg. Hidden and temporary
    files and folders are skipped, and so are symbolic links and anything that is not a regular
    file. The result is sorted and free of duplicates.
    """
    extensions = DOCUMENT_LIKE_EXTENSIONS | (SCAN_IMAGE_EXTENSIONS if images else frozenset())
    found: set[Path] = set()
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not _is_hidden_or_temp(d)]
                for name in files:
                    if _is_hidden_or_temp(name):
                        continue
                    candidate = Path(root) / name
                    # Links could lead out of the archive (to /etc or another citizen's files);
                    # pipes and devices never end. Only regular files inside the tree are read.
                    if candidate.is_symlink() or not candidate.is_file():
                        continue
                    if Path(name).suffix.lower() in extensions:
                        found.add(candidate)
        else:
            found.add(path)  # named explicitly: lint it whatever it is, or say why not
    return sorted(found)


def display_path(path: Path | str) -> str:
    """The path as reports show it: CPR numbers in file and folder names masked."""
    return mask_path(path)


# -- one file ------------------------------------------------------------------------------

def lint_file(path: Path, pack: "RulePack", *, select: Optional[Collection[str]] = None,
              ignore: Collection[str] = (), lang: str = "da",
              limits: Limits = DEFAULT_LIMITS, explain: bool = False,
              ocr: OcrMode = OcrMode.NEVER) -> FileResult:
    """Read and lint one file. Never raises for a problem with the document itself.
    ``explain`` also records what was read per field (``FileResult.fields``); ``ocr`` says which
    pages of scans are read with OCR (:class:`~mentordocs.lint.readers.ocr.OcrMode`)."""
    shown = display_path(path)
    try:
        data = read_file_bytes(Path(path), limits)
    except ReadError as error:
        return FileResult(path=shown, error=localize(error, lang))
    return _lint_data(data, Path(path).name, shown, pack, select=select, ignore=ignore,
                      lang=lang, limits=limits, explain=explain, ocr=ocr)


def lint_bytes(data: bytes, filename: str, pack: "RulePack", *,
               select: Optional[Collection[str]] = None, ignore: Collection[str] = (),
               lang: str = "da", limits: Limits = DEFAULT_LIMITS, explain: bool = False,
               ocr: OcrMode = OcrMode.NEVER) -> FileResult:
    """Lint a document held in memory (the web form's upload), in this process. OCR is off
    by default here: in-process there is no time limit to stop a slow scan."""
    return _lint_data(data, filename, display_path(filename), pack, select=select,
                      ignore=ignore, lang=lang, limits=limits, explain=explain, ocr=ocr)


def _lint_data(data: bytes, filename: str, shown: str, pack: "RulePack", *,
               select: Optional[Collection[str]], ignore: Collection[str], lang: str,
               limits: Limits, explain: bool = False, ocr: OcrMode = OcrMode.NEVER) -> FileResult:
    from mentordocs.lint.analyze import analyze, analyze_explained
    from mentordocs.lint.ocr_notes import annotate

    sha256 = hashlib.sha256(data).hexdigest()
    try:
        document = read_bytes(data, filename, limits, ocr)
        document.path = shown
        if explain:
            kind, findings, fields = analyze_explained(document, pack, select=select, ignore=ignore, lang=lang)
        else:
            (kind, findings), fields = analyze(document, pack, select=select, ignore=ignore, lang=lang), None
    except ReadError as error:
        return FileResult(path=shown, sha256=sha256, error=localize(error, lang))
    except (MemoryError, RecursionError):
        problem = DocumentError(ErrorCode.TOO_LARGE, "memory", limit=limits.max_memory // MB)
        return FileResult(path=shown, sha256=sha256, error=localize(problem, lang))
    except Exception as exc:  # a reader or rule bug must not stop the batch
        _log_unexpected(exc)
        problem = DocumentError(ErrorCode.CORRUPT_FILE, "crash", kind=type(exc).__name__)
        return FileResult(path=shown, sha256=sha256, error=localize(problem, lang))
    findings = annotate(list(findings), document.ocr_pages, lang, select=select, ignore=ignore)
    return FileResult(path=shown, kind=kind, findings=findings, sha256=sha256, fields=fields)


def _log_unexpected(exc: BaseException) -> None:
    # The exception's message may quote the document; log only its type and where it happened.
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    log.warning("unexpected %s at %s while linting a file", type(exc).__name__, where)


# -- many files ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Settings:
    select: Optional[tuple[str, ...]]
    ignore: tuple[str, ...]
    lang: str
    limits: Limits
    explain: bool = False
    ocr: OcrMode = OcrMode.NEVER


def lint_paths(paths: Iterable[Path], pack: "RulePack", *, jobs: Optional[int] = None,
               timeout: Optional[float] = 60.0, select: Optional[Collection[str]] = None,
               ignore: Collection[str] = (), lang: str = "da", limits: Limits = DEFAULT_LIMITS,
               cache: Optional[ResultCacheProtocol] = None, explain: bool = False,
               ocr: OcrMode = OcrMode.NEVER) -> Generator[FileResult, None, None]:
    """Lint every document under ``paths`` and yield each result as its file finishes.

    ``jobs`` worker processes parse in parallel (default: all cores). Each file gets ``timeout``
    seconds and each worker ``limits.max_memory`` bytes; a file that exceeds either becomes an
    error result and its worker is replaced. ``jobs=1`` still uses one worker process so the time
    limit holds; only ``timeout=None`` with ``jobs=1`` lints in this process (no time limit).
    With a ``cache``, files are hashed here first and known contents are not parsed again.
    ``explain`` records what was read per field; it bypasses the cache, which stores findings only.
    ``ocr`` says which pages of scans are read with OCR, in the same workers under the same
    limits; the caller's cache must be keyed on it (the CLI's is).
    """
    files = discover(paths, images=ocr is not OcrMode.NEVER)
    settings = _Settings(tuple(select) if select is not None else None, tuple(ignore), lang,
                         limits, explain, ocr)
    if explain:
        cache = None
    todo: deque[Path] = deque()
    for path in files:
        cached = _cached(path, cache, limits)
        if cached is not None:
            yield cached
        else:
            todo.append(path)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo) or 1))
    if not timeout and jobs == 1:
        for path in todo:
            yield _stored(lint_file(path, pack, select=settings.select, ignore=settings.ignore,
                                    lang=lang, limits=limits, explain=explain, ocr=ocr), cache)
        return
    pool = _Pool(pack, settings, jobs, timeout)
    try:
        for result in pool.run(todo):
            yield _stored(result, cache)
    finally:
        pool.close()


def _cached(path: Path, cache: Optional[ResultCacheProtocol], limits: Limits) -> Optional[FileResult]:
    if cache is None:
        return None
    try:
        data = read_file_bytes(path, limits)
    except ReadError:
        return None  # the worker reports it properly
    result = cache.get(hashlib.sha256(data).hexdigest())
    if result is not None:
        result.path = display_path(path)
    return result


def _stored(result: FileResult, cache: Optional[ResultCacheProtocol]) -> FileResult:
    if cache is not None and result.sha256 and (result.error is None or result.error.code
                                                not in (ErrorCode.TIMEOUT, ErrorCode.TOO_LARGE)):
        cache.put(result.sha256, result)
    return result


# -- the worker pool -----------------------------------------------------------------------

def _encode(result: FileResult) -> tuple[Any, ...]:
    # ReadError does not survive pickling (its args are one string), so send plain values.
    error = None if result.error is None else (result.error.code.value, result.error.message)
    return (result.path, result.kind, result.findings, error, result.sha256, result.fields)


def _decode(values: tuple[Any, ...]) -> FileResult:
    path, kind, findings, error, sha256, fields = values
    return FileResult(path=path, kind=kind, findings=list(findings), sha256=sha256,
                      error=None if error is None else ReadError(ErrorCode(error[0]), error[1]),
                      fields=fields)


class _Pool:
    """Lint workers (:class:`mentordocs.isolation.WorkerPool`) fed one file at a time, each
    file under its own deadline; a timeout or a dead worker becomes the file's error result."""

    def __init__(self, pack: "RulePack", settings: _Settings, jobs: int,
                 timeout: Optional[float]):
        from mentordocs.lint.analyze import compile_pack

        # Imported and compiled once here: forked workers inherit the regexes instead of each
        # building them again (also every worker that replaces a killed one).
        try:
            compile_pack(pack)
        except Exception:  # a broken pack fails per file in the workers, as it always did
            pass
        self.settings, self.timeout = settings, timeout

        def handle(path: str) -> tuple[Any, ...]:
            return _encode(lint_file(Path(path), pack, select=settings.select,
                                     ignore=settings.ignore, lang=settings.lang,
                                     limits=settings.limits, explain=settings.explain,
                                     ocr=settings.ocr))

        self.pool: WorkerPool[str] = WorkerPool(handle, jobs=jobs, timeout=timeout,
                                                memory=settings.limits.max_memory,
                                                setup=_quiet_pypdf)

    def run(self, todo: Iterable[Path]) -> Iterator[FileResult]:
        for path, outcome in self.pool.run(str(path) for path in todo):
            if outcome.status is Status.OK:
                yield _decode(outcome.value)
            elif outcome.status is Status.TIMEOUT:
                log.info("timeout after %ss; worker replaced", self.timeout)
                yield _error_result(Path(path), ErrorCode.TIMEOUT, "timeout", self.settings,
                                    seconds=_seconds(self.timeout))
            else:
                yield _died(Path(path), self.settings)

    def close(self) -> None:
        self.pool.close()


def _quiet_pypdf() -> None:
    logging.getLogger("pypdf").setLevel(logging.ERROR)


def _seconds(timeout: Optional[float]) -> str:
    return f"{timeout:g}".replace(".", ",") if timeout else "?"


def _died(path: Path, settings: _Settings) -> FileResult:
    log.warning("a lint worker died while reading a file; it was replaced")
    return _error_result(path, ErrorCode.TOO_LARGE, "memory", settings,
                         limit=settings.limits.max_memory // MB)


def _error_result(path: Path, code: ErrorCode, key: str, settings: _Settings,
                  **params: object) -> FileResult:
    return FileResult(path=display_path(path),
                      error=ReadError(code, message(key, settings.lang, **params)))
