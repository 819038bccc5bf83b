"""Warm LibreOffice converters for PDF: a bounded pool that ``serve`` and batch ``generate`` keep.

A cold ``soffice --convert-to`` pays LibreOffice's start (about a second and a half) on every
call. A :class:`ConverterPool` keeps up to one LibreOffice per core running, each driven by
:mod:`mentordocs.generate.uno_worker` (unoserver's conversion code under LibreOffice's own
Python) and each with its own user profile in a private temporary directory (mode 0700).

* A request takes an idle converter. When all are busy it waits in a bounded queue; when the
  queue is full, or the wait runs out, :class:`ConverterBusy` says "try again" (the web form
  answers 503 with ``Retry-After``).
* A conversion that takes longer than ``convert_seconds`` is stopped: the converter's whole
  process group (LibreOffice included) is killed and a new converter started. So is a converter
  whose LibreOffice died.
* With no converter running (still starting, failed to start, or no pool installed) PDFs go
  through the cold call in :mod:`mentordocs.generate.pdf`, as before.

The output is the same PDF/A-2b, tagged, through the same export filter and options
(:data:`~mentordocs.generate.pdf.PDF_EXPORT_OPTIONS`).
"""

from __future__ import annotations

import atexit
import contextlib
import http.client
import importlib.util
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import xmlrpc.client
from pathlib import Path
from typing import Iterator, Optional

from mentordocs.generate.pdf import (PDF_EXPORT_FILTER, PDF_EXPORT_OPTIONS, PdfConversionError,
                                     find_soffice)

log = logging.getLogger("mentordocs.pdf")

WORKER = Path(__file__).with_name("uno_worker.py")
#: One document; a converter that takes longer is killed and replaced.
DEFAULT_CONVERT_SECONDS = 60.0
#: LibreOffice's start, first run of a fresh profile included.
DEFAULT_START_SECONDS = 60.0
#: Requests that may wait for a busy converter, and for how long, before "try again".
DEFAULT_WAITING = 32
DEFAULT_WAIT_SECONDS = 30.0
RETRY_AFTER_SECONDS = 10
#: Starts in a row that may fail before a converter slot is given up (the cold call remains).
MAX_FAILED_STARTS = 3
#: A batch smaller than this converts in one cold call: starting converters costs about as much.
MIN_BATCH_FOR_POOL = 8
_UNO_PYTHONS = ("/usr/bin/python3", "/usr/lib/libreoffice/program/python",
                "/opt/libreoffice/program/python",
                "/Applications/LibreOffice.app/Contents/Resources/python")


class ConverterBusy(Exception):
    """Every converter is busy and the queue is full, or the wait ran out: try again later.

    Deliberately not a :class:`PdfConversionError`: it passes through the generator unchanged,
    so the web form can answer 503 with ``Retry-After`` instead of a generation error.
    """

    def __init__(self, retry_after: int = RETRY_AFTER_SECONDS) -> None:
        super().__init__(f"all PDF converters are busy; try again in {retry_after} s")
        self.retry_after = retry_after


class NoConverter(Exception):
    """No converter is running: the caller converts with the cold call."""


def find_uno_python() -> Optional[str]:
    """A Python that can ``import uno``: ``$MENTORDOCS_UNO_PYTHON`` or a known place."""
    configured = os.environ.get("MENTORDOCS_UNO_PYTHON")
    for candidate in ([configured] if configured else _UNO_PYTHONS):
        found = shutil.which(candidate)
        if found and subprocess.run([found, "-s", "-c", "import uno"], capture_output=True,
                                    stdin=subprocess.DEVNULL, timeout=60).returncode == 0:
            return found
    return None


def _unoserver_dir() -> Path:
    """The installed ``unoserver`` package (pure Python; its server half runs under the UNO
    Python, which gets only this package on its path, not our whole environment)."""
    spec = importlib.util.find_spec("unoserver")
    if spec is None or not spec.submodule_search_locations:
        raise PdfConversionError("warm PDF conversion needs the 'unoserver' package "
                                 "(pip install unoserver)")
    return Path(list(spec.submodule_search_locations)[0])


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("converter", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self._path)


class _UnixTransport(xmlrpc.client.Transport):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__()
        self._path, self._timeout = path, timeout

    def make_connection(self, host):  # type: ignore[no-untyped-def]
        return _UnixHTTPConnection(self._path, self._timeout)


class _Broken(Exception):
    """The converter hung or died; it must be replaced."""


class _Converter:
    """One worker process (and its LibreOffice) in its own session and private directory."""

    def __init__(self, index: int, home: Path, process: subprocess.Popen) -> None:
        self.index, self.home, self.process = index, home, process
        self.retired = False  # being replaced or stopped: nobody may use it any more

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def socket_path(self) -> str:
        return str(self.home / "socket")

    def alive(self) -> bool:
        return self.process.poll() is None

    def call(self, timeout: float, method: str, *args: object) -> object:
        proxy = xmlrpc.client.ServerProxy("http://converter/",
                                          transport=_UnixTransport(self.socket_path, timeout))
        return getattr(proxy, method)(*args)

    def convert(self, docx: bytes, timeout: float) -> bytes:
        try:
            result = self.call(timeout, "convert", xmlrpc.client.Binary(docx))
        except xmlrpc.client.Fault as fault:  # LibreOffice could not read or export this document
            detail = fault.faultString.strip().splitlines()[-1] if fault.faultString else ""
            raise PdfConversionError(f"LibreOffice could not convert the document to PDF: "
                                     f"{detail[-300:]}") from None
        except (TimeoutError, socket.timeout):
            raise _Broken(f"did not finish within {timeout:g} s") from None
        except (OSError, http.client.HTTPException, xmlrpc.client.ProtocolError) as exc:
            raise _Broken(f"stopped answering ({type(exc).__name__})") from None
        assert isinstance(result, xmlrpc.client.Binary)
        return result.data

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)  # the worker and its LibreOffice
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(10)
        shutil.rmtree(self.home, ignore_errors=True)


class ConverterPool:
    """Up to ``size`` warm converters (at most one per core) behind a bounded queue.

    ``waiting`` requests may wait up to ``wait_seconds`` for a free converter; more get
    :class:`ConverterBusy`. A conversion that takes longer than ``convert_seconds`` has its
    converter killed and replaced, and fails with :class:`PdfConversionError`.
    """

    def __init__(self, size: Optional[int] = None, *, waiting: int = DEFAULT_WAITING,
                 wait_seconds: float = DEFAULT_WAIT_SECONDS,
                 convert_seconds: float = DEFAULT_CONVERT_SECONDS,
                 start_seconds: float = DEFAULT_START_SECONDS) -> None:
        cores = os.cpu_count() or 1
        self.size = max(1, min(size or cores, cores))
        self.waiting, self.wait_seconds = max(0, waiting), wait_seconds
        self.convert_seconds, self.start_seconds = convert_seconds, start_seconds
        self._condition = threading.Condition()
        self._idle: list[_Converter] = []
        self._busy: set[_Converter] = set()
        self._starting = 0
        self._queued = 0
        self._closed = False
        self._dir: Optional[Path] = None
        self._command: list[str] = []
        self._env: dict[str, str] = {}
        #: Counters for tests, logs and the benchmark.
        self.conversions = 0
        self.restarts = 0

    # -- life cycle -------------------------------------------------------------------------

    def start(self, wait: bool = False) -> "ConverterPool":
        """Start the converters in the background (``wait``: until each is ready or failed).

        If LibreOffice, a Python with ``uno`` or unoserver is missing, nothing starts and every
        conversion uses the cold call; the reason is logged once.
        """
        try:
            soffice = find_soffice()
            python = find_uno_python()
            if python is None:
                raise PdfConversionError(
                    "no Python with LibreOffice's 'uno' module was found (Debian/Ubuntu: "
                    "apt-get install python3-uno, or set MENTORDOCS_UNO_PYTHON)")
            package = _unoserver_dir()
        except PdfConversionError as exc:
            log.warning("Warm PDF converters are off, PDFs use a cold LibreOffice call: %s", exc)
            return self
        self._dir = Path(tempfile.mkdtemp(prefix="mentordocs-pdf-"))  # mode 0700
        (self._dir / "lib").mkdir()
        (self._dir / "lib" / "unoserver").symlink_to(package, target_is_directory=True)
        self._env = {**os.environ, "PYTHONPATH": str(self._dir / "lib")}
        self._env.pop("PYTHONHOME", None)
        self._command = [python, "-s", str(WORKER), "--soffice", soffice,
                         "--filter", PDF_EXPORT_FILTER, "--options", json.dumps(PDF_EXPORT_OPTIONS),
                         "--parent", str(os.getpid()), "--start-seconds", str(self.start_seconds)]
        log.info("Starting %d warm PDF converter(s)", self.size)
        threads = [self._launch(index) for index in range(self.size)]
        if wait:
            for thread in threads:
                thread.join()
        return self

    def stop(self) -> None:
        """Stop every converter and remove their directories (profiles, temporary files)."""
        with self._condition:
            self._closed = True
            converters = [*self._idle, *self._busy]
            self._idle.clear()
            for converter in converters:
                converter.retired = True
            self._condition.notify_all()
        for converter in converters:
            converter.kill()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)

    def running(self) -> int:
        """Converters that are ready or converting now."""
        with self._condition:
            return len(self._idle) + len(self._busy)

    def pids(self) -> list[int]:
        """The worker processes (each leads a process group with its LibreOffice)."""
        with self._condition:
            return sorted(c.pid for c in [*self._idle, *self._busy])

    def wait_until_running(self, count: Optional[int] = None, timeout: float = 120.0) -> bool:
        """Wait until ``count`` (default: all) converters run; False if that did not happen."""
        count = self.size if count is None else count
        with self._condition:
            self._condition.wait_for(  # until enough run, or no more are starting
                lambda: len(self._idle) + len(self._busy) >= count or self._starting == 0,
                timeout=timeout)
            return len(self._idle) + len(self._busy) >= count

    def _launch(self, index: int) -> threading.Thread:
        with self._condition:
            self._starting += 1
        thread = threading.Thread(target=self._start_one, args=(index,),
                                  name=f"pdf-converter-{index}", daemon=True)
        thread.start()
        return thread

    def _start_one(self, index: int) -> None:
        """Start converter ``index``, trying again after a failure up to MAX_FAILED_STARTS."""
        failures = 0
        converter = None
        while converter is None and not self._closed:
            try:
                converter = self._spawn(index)
            except _Broken as exc:
                failures += 1
                if failures >= MAX_FAILED_STARTS:
                    log.warning("PDF converter %d could not start %d times (%s); giving it up. "
                                "PDFs still convert, with a cold LibreOffice call if none runs.",
                                index, failures, exc)
                    break
                log.warning("PDF converter %d could not start (%s); trying again", index, exc)
                time.sleep(1.0 * failures)
        with self._condition:
            self._starting -= 1
            self._condition.notify_all()
            keep = converter is not None and not self._closed
            if converter is not None and keep:
                self._idle.append(converter)
        if converter is None:
            return
        if not keep:
            converter.kill()
            return
        threading.Thread(target=self._watch, args=(converter,), daemon=True,
                         name=f"pdf-converter-{index}-watch").start()

    def _watch(self, converter: _Converter) -> None:
        """Replace a converter as soon as it exits (its LibreOffice crashed or was killed).
        One that exits during a conversion is replaced by that conversion instead."""
        converter.process.wait()
        with self._condition:
            if converter in self._idle:
                self._idle.remove(converter)
                self._replace_locked(converter, "exited")

    def _spawn(self, index: int) -> _Converter:
        assert self._dir is not None
        home = Path(tempfile.mkdtemp(prefix=f"c{index}-", dir=self._dir))  # mode 0700
        with open(home / "log", "wb") as output:
            process = subprocess.Popen([*self._command, "--home", str(home)],
                                       stdin=subprocess.DEVNULL, stdout=output,
                                       stderr=subprocess.STDOUT, env=self._env,
                                       start_new_session=True, close_fds=True)
        converter = _Converter(index, home, process)
        deadline = time.monotonic() + self.start_seconds
        while True:
            if not converter.alive():
                try:
                    tail = (home / "log").read_bytes()[-400:].decode("utf-8", "replace").strip()
                except OSError:
                    tail = "no log"
                converter.kill()
                raise _Broken(f"exit {process.returncode}: {tail}")
            if time.monotonic() > deadline or self._closed:
                converter.kill()
                raise _Broken(f"not ready within {self.start_seconds:g} s")
            if os.path.exists(converter.socket_path):
                try:
                    if converter.call(5.0, "ping") == process.pid:
                        return converter
                except (OSError, http.client.HTTPException, xmlrpc.client.Error):
                    pass
            time.sleep(0.05)

    # -- conversion -------------------------------------------------------------------------

    def convert(self, docx: bytes, *, bounded: bool = True) -> bytes:
        """One DOCX to PDF/A bytes on a warm converter.

        Raises :class:`NoConverter` when none runs (use the cold call), :class:`ConverterBusy`
        when the queue is full or the wait ran out (``bounded=False``, for a batch that never
        has more requests out than converters: wait as long as it takes), and
        :class:`PdfConversionError` when this document failed.
        """
        converter = self.acquire(bounded)
        try:
            pdf = converter.convert(docx, self.convert_seconds)
        except _Broken as exc:
            self._replace(converter, str(exc))
            raise PdfConversionError(
                f"LibreOffice {exc} converting the document to PDF and was restarted; try "
                "again, and if it happens again, save the document as DOCX instead.") from None
        except BaseException:
            self.release(converter)
            raise
        self.release(converter)
        with self._condition:
            self.conversions += 1
        return pdf

    def _take_idle(self) -> Optional[_Converter]:
        """An idle converter that is still alive; dead ones are replaced (caller holds the lock)."""
        while self._idle:
            converter = self._idle.pop()
            if converter.alive():
                self._busy.add(converter)
                return converter
            self._replace_locked(converter, "exited")
        return None

    def acquire(self, bounded: bool = True) -> _Converter:
        """Take a converter for one conversion (:meth:`convert` does); give it back with
        :meth:`release`. Raises :class:`NoConverter` or :class:`ConverterBusy` as it does."""
        with self._condition:
            converter = self._take_idle()
            if converter is not None:
                return converter
            if self._closed or not self._busy:
                raise NoConverter
            if bounded and self._queued >= self.waiting:
                raise ConverterBusy
            self._queued += 1
            try:
                deadline = time.monotonic() + self.wait_seconds if bounded else None
                while True:
                    converter = self._take_idle()
                    if converter is not None:
                        return converter
                    if self._closed or not self._busy:
                        raise NoConverter
                    left = None if deadline is None else deadline - time.monotonic()
                    if left is not None and left <= 0:
                        raise ConverterBusy
                    self._condition.wait(left)
            finally:
                self._queued -= 1

    def release(self, converter: _Converter) -> None:
        with self._condition:
            self._busy.discard(converter)
            if self._closed:
                closed = True
            elif converter.alive():
                closed = False
                self._idle.append(converter)
                self._condition.notify()
            else:
                closed = False
                self._replace_locked(converter, "exited")
        if closed:
            converter.kill()

    def _replace(self, converter: _Converter, why: str) -> None:
        with self._condition:
            self._busy.discard(converter)
            self._replace_locked(converter, why)

    def _replace_locked(self, converter: _Converter, why: str) -> None:
        if converter.retired:
            return
        converter.retired = True
        log.warning("PDF converter %d %s; starting a new one", converter.index, why)
        threading.Thread(target=converter.kill, daemon=True).start()
        self._condition.notify_all()
        if not self._closed:
            self.restarts += 1
            self._launch(converter.index)


# -- the process-wide pool --------------------------------------------------------------------

_installed: Optional[ConverterPool] = None
_install_lock = threading.Lock()


def installed() -> Optional[ConverterPool]:
    """The pool PDF conversions in this process go through, if any."""
    return _installed


def install(pool: Optional[ConverterPool]) -> Optional[ConverterPool]:
    """Make ``pool`` the process's pool (None: cold calls only); returns the previous one."""
    global _installed
    with _install_lock:
        previous, _installed = _installed, pool
    return previous


def start_pool(size: Optional[int] = None, *, wait: bool = False, **options: float) -> ConverterPool:
    """Start a pool, install it for this process and stop it when the process exits.

    A pool installed before is stopped. ``options`` go to :class:`ConverterPool`.
    """
    pool = ConverterPool(size, **options).start(wait=wait)  # type: ignore[arg-type]
    previous = install(pool)
    if previous is not None:
        previous.stop()
    atexit.register(pool.stop)
    return pool


@contextlib.contextmanager
def pool_for_batch(documents: int) -> Iterator[Optional[ConverterPool]]:
    """Warm converters for a batch of ``documents`` PDFs, stopped afterwards.

    Small batches get none (one cold call converts them as fast); neither does a process that
    already has a pool installed (the web server's).
    """
    if documents < MIN_BATCH_FOR_POOL or installed() is not None:
        yield None
        return
    pool = ConverterPool(min(documents, os.cpu_count() or 1)).start(wait=True)
    install(pool)
    try:
        yield pool
    finally:
        install(None)
        pool.stop()
        log.info("%d PDF(s) converted on warm converters, %d restart(s)", pool.conversions,
                 pool.restarts)
