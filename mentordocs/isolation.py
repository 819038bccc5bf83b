"""Run untrusted work in forked processes that can be killed: the one killable-worker module.

Every PDF library hangs or balloons on some file (pypdf #1285, #2790), and a municipality's own
template can loop or build a gigabyte string. Python cannot stop a thread, so such work runs in a
forked child with an address-space cap, under a deadline; a child that overruns is killed and
the caller gets an :class:`Outcome` saying so instead of a stalled or crashed process. Three
callers share it:

* :class:`WorkerPool` -- long-lived workers fed one task at a time, each task under its own
  deadline; a worker that overruns or dies is replaced and the batch goes on (``mentordocs
  lint``, locally and inside each Dask task);
* :func:`run_isolated` -- one piece of work in a one-off child (the web form's upload check, a
  municipality's template render).

It sits at the bottom of the package, beside ``paths.py``, and imports nothing from it: ``lint``,
``generate`` and ``web`` all use it, and the layers above may only point down (issue 14).

Children are made with :func:`os.fork`, not :mod:`multiprocessing`'s ``Process``: a Dask
worker runs as a daemonic process, and ``multiprocessing`` refuses to start children there.
Forking also shares the already-imported readers and compiled rule pack at no cost.
"""

from __future__ import annotations

import enum
import gc
import multiprocessing
import os
import signal
import sys
import time
import warnings
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Generic, Iterable, Iterator, Optional, TypeVar

__all__ = ["Status", "Outcome", "WorkerPool", "run_isolated", "die_with_parent",
           "limit_address_space"]

T = TypeVar("T")

_PR_SET_PDEATHSIG = 1


class Status(enum.Enum):
    """How a piece of isolated work ended."""

    OK = "ok"            #: it returned; ``Outcome.value`` is its value
    RAISED = "raised"    #: it raised; ``Outcome.value`` is the exception if it pickled
    TIMEOUT = "timeout"  #: it overran its deadline and was killed
    DIED = "died"        #: it ran out of memory (MemoryError or the cap) or was killed


@dataclass(frozen=True)
class Outcome:
    status: Status
    value: Any = None
    #: The exception's type name when ``status`` is RAISED (also when it did not pickle).
    error_type: str = ""


def limit_address_space(extra_bytes: int) -> None:
    """Cap this process's address space at its current size plus ``extra_bytes`` (Linux).

    The cap is relative on purpose: a forked child starts as big as its parent, and a
    long-running server's parent grows (caches, arenas, threads). An absolute cap that the
    parent has outgrown makes every child fail on its first import.
    """
    try:
        import resource

        with open("/proc/self/statm") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = current + extra_bytes
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):
        pass  # not Linux: the time limit still applies


def die_with_parent(parent_pid: int) -> None:
    """Make this (forked) process die when its parent does, however the parent ends.

    A parent killed by SIGKILL or the OOM killer runs no clean-up, and a worker blocked on a
    file would live on for good. Linux's ``PR_SET_PDEATHSIG`` has the kernel send SIGKILL;
    if the parent is already gone by the time it is set, exit at once.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the parent's own clean-up still stops its workers
    if os.getppid() != parent_pid:
        os._exit(0)


class _Child:
    """A forked process running ``target(conn)``, talking to us over ``self.conn``."""

    def __init__(self, target: Callable[[Connection], None]):
        ours, theirs = multiprocessing.Pipe()
        parent_pid = os.getpid()
        with warnings.catch_warnings():
            # Python 3.12 warns when a process with threads forks (a Dask worker, a web
            # server). The child only runs ``target`` and leaves with os._exit.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child, which never returns
            code = 0
            try:
                ours.close()
                die_with_parent(parent_pid)
                target(theirs)
            except BaseException:  # noqa: BLE001 - the parent sees EOF and reports it
                code = 1
            finally:
                for stream in (sys.stdout, sys.stderr):
                    try:
                        stream.flush()
                    except Exception:  # noqa: BLE001
                        pass
                os._exit(code)
        theirs.close()
        self.pid, self.conn = pid, ours
        self._reaped = False

    def _reap(self, block: bool) -> bool:
        if self._reaped:
            return True
        try:
            done, _ = os.waitpid(self.pid, 0 if block else os.WNOHANG)
        except ChildProcessError:
            done = self.pid
        self._reaped = done == self.pid
        return self._reaped

    def join(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not self._reap(block=False):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)
        return True

    def kill(self) -> None:
        if not self._reaped:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._reap(block=True)
        self.conn.close()

    def stop(self) -> None:
        """Ask the child to leave (``None`` as its next task); kill it if it does not."""
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        if not self.join(1):
            self.kill()
        self.conn.close()


# -- one piece of work -----------------------------------------------------------------------

def run_isolated(work: Callable[[], Any], *, timeout: float, memory: int) -> Outcome:
    """``work()`` in a forked child under a deadline and an address-space cap of ``memory``
    bytes on top of the child's size at the fork. Never raises for what ``work`` does."""
    def target(conn: Connection) -> None:
        limit_address_space(memory)
        try:
            answer: tuple[Any, ...] = (Status.OK, work())
        except MemoryError:
            answer = (Status.DIED, None)
        except Exception as exc:  # noqa: BLE001 - the parent must always get an answer
            # The parent gets no traceback; the frames of the whole chain (a deep recursion in a
            # template, near the memory cap, under the error that wraps it) are freed before the
            # exception is pickled.
            link: Optional[BaseException] = exc
            seen: set[int] = set()
            while link is not None and id(link) not in seen:
                seen.add(id(link))
                link.__traceback__ = None
                link = link.__cause__ or link.__context__
            gc.collect()
            answer = (Status.RAISED, exc, type(exc).__name__)
        try:
            conn.send(answer)
        except Exception:  # noqa: BLE001 - a value or exception that does not pickle
            failed = answer[1]
            try:  # the same error with its message, without the chain that would not pickle
                conn.send((Status.RAISED, type(failed)(str(failed)), type(failed).__name__))
            except Exception:  # noqa: BLE001
                conn.send((Status.RAISED, None, type(failed).__name__))
        conn.close()

    child = _Child(target)
    try:
        if not child.conn.poll(timeout):
            return Outcome(Status.TIMEOUT)
        return Outcome(*child.conn.recv())
    except (EOFError, OSError):
        return Outcome(Status.DIED)  # no answer: the cap or a signal ended it
    finally:
        child.kill()


# -- a pool of workers -----------------------------------------------------------------------

def _serve(conn: Connection, handle: Callable[[Any], Any], memory: int,
           setup: Optional[Callable[[], None]]) -> None:
    # Ctrl-C goes to the whole process group; the parent decides what happens. SIGTERM is the
    # default again: the parent's handler (the CLI's clean-up) is not the worker's.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Everything inherited from the parent (the pack, imported modules, whatever the caller
    # holds) lives as long as the worker: keep the garbage collector from walking it again and
    # again, which also keeps the forked pages shared instead of copied.
    gc.freeze()
    limit_address_space(memory)
    if setup is not None:
        setup()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        task_id, payload = task
        answer = handle(payload)  # an exception ends the worker: the parent reports DIED
        try:
            conn.send((task_id, answer))
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, pool: "WorkerPool[Any]"):
        self.child = _Child(lambda conn: _serve(conn, pool.handle, pool.memory, pool.setup))
        self.task: Optional[tuple[int, Any, float]] = None

    def assign(self, task_id: int, payload: Any, timeout: Optional[float]) -> None:
        deadline = time.monotonic() + timeout if timeout else float("inf")
        self.task = (task_id, payload, deadline)
        self.child.conn.send((task_id, payload))


class WorkerPool(Generic[T]):
    """``jobs`` forked workers, each running ``handle(task)`` on one task at a time.

    Each task gets ``timeout`` seconds (``None``: no limit) and each worker ``memory`` bytes
    on top of its size at the fork; ``setup`` runs once in each worker after the cap is set.
    ``handle`` and its value must not raise for bad input; its value must pickle. A worker
    that overruns or dies is killed and replaced, and :meth:`run` reports the task as
    TIMEOUT or DIED. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, handle: Callable[[T], Any], *, jobs: int, timeout: Optional[float],
                 memory: int, setup: Optional[Callable[[], None]] = None):
        self.handle, self.timeout, self.memory, self.setup = handle, timeout, memory, setup
        self.workers = [_Worker(self) for _ in range(max(1, jobs))]

    def __enter__(self) -> "WorkerPool[T]":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _replace(self, worker: _Worker) -> _Worker:
        worker.child.kill()
        fresh = _Worker(self)
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def run(self, tasks: Iterable[T]) -> Iterator[tuple[T, Outcome]]:
        """Each task with its outcome, as tasks finish (not in the order given)."""
        todo: deque[T] = deque(tasks)
        next_id = 0
        while todo or any(w.task for w in self.workers):
            for worker in list(self.workers):
                if worker.task is None and todo:
                    payload = todo.popleft()
                    try:
                        worker.assign(next_id, payload, self.timeout)
                    except (BrokenPipeError, OSError):
                        worker.task = None
                        todo.appendleft(payload)
                        self._replace(worker)
                        continue
                    next_id += 1
            busy = [w for w in self.workers if w.task]
            if not busy:
                continue
            wait_for = max(0.0, min(w.task[2] for w in busy) - time.monotonic())  # type: ignore[index]
            ready = wait([w.child.conn for w in busy], timeout=min(wait_for, 3600))
            for worker in busy:
                assert worker.task is not None
                _, payload, deadline = worker.task
                if worker.child.conn in ready:
                    try:
                        _, answer = worker.child.conn.recv()
                    except (EOFError, OSError):
                        # The worker died: memory cap hit in C code, a segfault, the OOM killer.
                        worker.task = None
                        self._replace(worker)
                        yield payload, Outcome(Status.DIED)
                        continue
                    worker.task = None
                    yield payload, Outcome(Status.OK, answer)
                elif time.monotonic() >= deadline:
                    worker.task = None
                    self._replace(worker)
                    yield payload, Outcome(Status.TIMEOUT)

    def close(self) -> None:
        for worker in self.workers:
            if worker.task is not None:
                worker.child.kill()
            else:
                worker.child.stop()
