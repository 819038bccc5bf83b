"""Lint on a Dask cluster (``mentordocs lint --scheduler tcp://HOST:8786``); see docs/scale.md.

The client (this process) discovers the files, answers what it can from the cache, and sends
the rest as tasks of a few dozen *paths* each; the archive is mounted at the same path on every
worker. The rule pack travels as one small task of its own that the batches depend on, so the
workers need the same mentordocs version but no pack file. On the worker a task lints its files exactly as the local
pool does: each file in a forked child under the time and memory limit
(:class:`mentordocs.isolation.WorkerPool`), so a hostile file costs a child, never the worker.

Results stream back as tasks finish (``as_completed``) into the same cache, baseline and
reports. A worker that dies (machine lost, OOM killer) loses no file: the scheduler runs its
tasks again elsewhere. A task that has ended ``allowed-failures + 1`` workers comes back as
``KilledWorker``; a batch is then split into one task per file, and a single file that does it
again becomes that file's error result (with ``allowed-failures: 1``: a file that kills two
workers).

Dask is an optional dependency (``pip install "mentordocs[dask]"``) and is imported only here.
"""

from __future__ import annotations

import itertools
import logging
import math
import os
import pickle
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Collection, Generator, Optional, Sequence

from mentordocs.lint.engine import (ResultCacheProtocol, _cached, _error_result, _Pool,
                                    _Settings, _stored, display_path)
from mentordocs.lint.limits import DEFAULT_LIMITS, Limits
from mentordocs.lint.model import ErrorCode, FileResult, ReadError
from mentordocs.lint.readers import OcrMode

if TYPE_CHECKING:
    from distributed import Client

    from mentordocs.lint.rules import RulePack

log = logging.getLogger(__name__)

__all__ = ["SchedulerError", "connect", "lint_paths", "lint_batch"]

#: Most files in one task: big enough that a task's overhead (a few ms on the scheduler, a
#: fork on the worker) is small against ~20-50 ms per file, small enough that a lost worker
#: costs little and the last tasks do not leave workers idle.
MAX_BATCH = 50

_MESSAGES = {
    "import": {
        "da": "Dask er ikke installeret. Installer det med `pip install \"mentordocs[dask]\"`, "
              "eller lint uden --scheduler.",
        "en": "Dask is not installed. Install it with `pip install \"mentordocs[dask]\"`, "
              "or lint without --scheduler.",
    },
    "connect": {
        "da": "Kan ikke forbinde til Dask-scheduleren {address} ({reason}). Tjek adressen og at "
              "`dask scheduler` kører og kan nås herfra, eller lint uden --scheduler.",
        "en": "Cannot connect to the Dask scheduler {address} ({reason}). Check the address and "
              "that `dask scheduler` is running and reachable from here, or lint without "
              "--scheduler.",
    },
    "no-workers": {
        "da": "Dask-scheduleren {address} har ingen workers efter {seconds:g} sekunder. Start "
              "mindst én med `dask worker {address}`.",
        "en": "The Dask scheduler {address} has no workers after {seconds:g} seconds. Start at "
              "least one with `dask worker {address}`.",
    },
    "version": {
        "da": "Dask-workeren {worker} har mentordocs {theirs}, men her er {ours}. Installer "
              "samme version på alle maskiner (se docs/scale.md).",
        "en": "The Dask worker {worker} has mentordocs {theirs}, but this machine has {ours}. "
              "Install the same version on every machine (see docs/scale.md).",
    },
    "killed": {
        "da": "Filen fik Dask-workers til at stoppe gentagne gange (hukommelse eller nedbrud) og "
              "blev opgivet. Lint den alene uden --scheduler for at se hvorfor.",
        "en": "The file made Dask workers stop repeatedly (memory or a crash) and was given "
              "up. Lint it alone without --scheduler to see why.",
    },
}


def _message(key: str, lang: str, **params: object) -> str:
    texts = _MESSAGES[key]
    return texts.get(lang, texts["da"]).format(**params)


class SchedulerError(Exception):
    """The cluster cannot be used: unreachable, no workers, another mentordocs version."""


def _mentordocs_version() -> str:
    from mentordocs import __version__

    return __version__


def connect(address: str, *, lang: str = "da", timeout: float = 10.0) -> "Client":
    """A Dask client for ``address``, once the scheduler answers, has a worker, and every
    worker runs this mentordocs version; else :class:`SchedulerError` with a message in
    ``lang`` that says what to do."""
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError(_message("import", lang)) from None
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        reason = str(exc).split("\n")[0][:200] or type(exc).__name__
        raise SchedulerError(_message("connect", lang, address=address, reason=reason)) from None
    try:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except (TimeoutError, OSError):
            raise SchedulerError(_message("no-workers", lang, address=address,
                                          seconds=timeout)) from None
        ours = _mentordocs_version()
        try:
            versions = client.run(_mentordocs_version)
        except Exception as exc:  # noqa: BLE001 - mentordocs missing on a worker
            raise SchedulerError(_message("version", lang, worker="?", theirs=type(exc).__name__,
                                          ours=ours)) from None
        for worker, theirs in sorted(versions.items()):
            if theirs != ours:
                raise SchedulerError(_message("version", lang, worker=worker, theirs=theirs,
                                              ours=ours))
    except BaseException:
        client.close()
        raise
    return client


#: Per Dask worker thread: the lint child of the last task, kept for the next one.
_POOLS = threading.local()


def lint_batch(paths: Sequence[str], pack: "RulePack", settings: _Settings,
               timeout: Optional[float]) -> list[FileResult]:
    """The Dask task: lint ``paths`` on this worker, each file in a killable child under the
    time and memory limits, exactly as the local pool does.

    The child outlives the task and serves the next one with the same pack and settings: a
    fresh child per task would build the analysis's lazy tables again each time (about 0.1 s
    per batch here). It dies with the worker (``PR_SET_PDEATHSIG``).
    """
    key = (pack.sha256, settings, timeout)
    kept = getattr(_POOLS, "kept", None)
    if kept is not None and kept[0] != key:
        kept[1].close()
        kept = None
    pool = kept[1] if kept is not None else _Pool(pack, settings, jobs=1, timeout=timeout)
    _POOLS.kept = None
    try:
        results = list(pool.run(Path(p) for p in paths))
    except BaseException:
        pool.close()
        raise
    _POOLS.kept = (key, pool)
    return results


def _unpickle(data: bytes) -> Any:
    return pickle.loads(data)


def batch_size_for(files: int, workers: int) -> int:
    """Files per task: about four tasks per worker thread, at most :data:`MAX_BATCH`."""
    return max(1, min(MAX_BATCH, math.ceil(files / max(1, workers * 4))))


def lint_paths(files: Sequence[Path], pack: "RulePack", *, client: "Client",
               timeout: Optional[float] = 60.0, select: Optional[Collection[str]] = None,
               ignore: Collection[str] = (), lang: str = "da", limits: Limits = DEFAULT_LIMITS,
               cache: Optional[ResultCacheProtocol] = None, explain: bool = False,
               ocr: OcrMode = OcrMode.NEVER, batch_size: Optional[int] = None,
               task: Callable[..., list[FileResult]] = lint_batch,
               ) -> Generator[FileResult, None, None]:
    """Lint ``files`` (already discovered) on the cluster behind ``client``; yield each result
    as its task finishes. The same contract as :func:`mentordocs.lint.engine.lint_paths`;
    ``task`` is what runs on the workers (:func:`lint_batch`)."""
    from distributed import as_completed

    settings = _Settings(tuple(select) if select is not None else None, tuple(ignore), lang,
                         limits, explain, ocr)
    if explain:
        cache = None
    todo: list[str] = []
    shown: dict[str, str] = {}
    for path in files:
        cached = _cached(path, cache, limits)
        if cached is not None:
            yield cached
        else:
            # Workers have their own working directory: they get absolute paths, and the
            # results get back the path as given here, as the local pool reports it.
            todo.append(os.path.abspath(path))
            shown[display_path(todo[-1])] = display_path(path)
    if not todo:
        return
    threads = sum(client.nthreads().values())
    size = batch_size or batch_size_for(len(todo), threads)
    run_id = uuid.uuid4().hex[:12]
    # The pack as a task rather than scattered data: the scheduler computes it again if the
    # workers holding it die, where scattered data would be lost with them (and every batch
    # waiting for it cancelled).
    pack_future = client.submit(_unpickle, pickle.dumps(pack), key=f"mentordocs-pack-{run_id}",
                                pure=False)
    batches: dict[Any, list[str]] = {}
    numbers = itertools.count()

    def submit(batch: list[str]) -> Any:
        future = client.submit(task, batch, pack_future, settings, timeout, pure=False,
                               key=f"mentordocs-lint-{run_id}-{next(numbers)}",
                               # an exception in the task itself (not a lost worker) is tried
                               # once more, on whichever worker is free
                               retries=1)
        batches[future] = batch
        return future

    pending = as_completed([submit(todo[i:i + size]) for i in range(0, len(todo), size)],
                           loop=client.loop)
    try:
        for future in pending:
            batch = batches.pop(future)
            try:
                results = future.result()
            except Exception as exc:  # noqa: BLE001 - KilledWorker, or the task failed twice
                if len(batch) > 1:
                    log.warning("a batch of %d files failed on the cluster (%s); linting them "
                                "one by one", len(batch), type(exc).__name__)
                    for single in batch:
                        pending.add(submit([single]))
                    continue
                results = [_failed(batch[0], exc, settings)]
            for result in results:
                result.path = shown.get(result.path, result.path)
                yield _stored(result, cache)
    finally:
        if batches:
            client.cancel(list(batches))
        client.cancel([pack_future])


def _failed(path: str, exc: BaseException, settings: _Settings) -> FileResult:
    from distributed.scheduler import KilledWorker

    if isinstance(exc, KilledWorker):
        log.warning("a file ended Dask workers and was given up")
        return FileResult(path=display_path(path), error=ReadError(
            ErrorCode.TOO_LARGE, _message("killed", settings.lang)))
    log.warning("linting a file failed on the cluster: %s", type(exc).__name__)
    return _error_result(Path(path), ErrorCode.CORRUPT_FILE, "crash", settings,
                         kind=type(exc).__name__)
