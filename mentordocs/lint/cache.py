"""The result cache: re-running over an unchanged archive only costs hashing the files.

A result is stored under the document's content hash, in a namespace made from the rule-pack
hash and the mentordocs version, so changing either starts from a clean slate. Storage is one
SQLite database in WAL mode (``results-v1.sqlite3``): measured on 10,000 entries it stored
about 5x and read about 3x faster than one small JSON file per entry, because creating a file
costs about a millisecond on common file systems (figures in ``docs/reports.md``). WAL lets
several ``mentordocs lint`` processes read and write at once; each put is its own transaction,
so an interrupted run keeps what it stored. A damaged entry is a miss (and is removed); a
damaged or unusable database is set aside and recreated, and if even that fails the run goes
on without a cache.

The cache is not trusted either: it lives in a folder someone else may be able to write. The
folder is created 0700 and the database 0600 (SQLite gives its -wal and -shm files the
database's mode), like the reports, because entries quote evidence. A database whose schema is
not exactly ours (a view, a trigger) is set aside before any query runs; every statement runs
under a time limit; every entry is type-checked before it becomes a result. A bad cache costs
one warning and behaves as empty.

Only what a report holds is stored: kind, the read-error code and message, and the findings
with CPR-masked evidence; never the document's text and never its path (a cached result may
serve a copy of the document elsewhere, so the caller passes the current path to :meth:`get`,
or sets it on the result).

Location: ``$MENTORDOCS_CACHE_DIR``, else ``$XDG_CACHE_HOME/mentordocs``, else
``~/.cache/mentordocs``. The whole directory is safe to delete at any time. Keep it on a local
disk: SQLite's WAL mode does not work on network drives (it then falls back to a rollback
journal, which is slower but correct).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any, Optional

from mentordocs.domain.cpr import mask_cpr
from mentordocs.lint.model import ErrorCode, FileResult, Finding, Location, ReadError, Severity

log = logging.getLogger(__name__)

DATABASE = "results-v1.sqlite3"
#: Errors that depend on the moment or on limits rather than on the content: never cached.
UNCACHED_ERRORS = frozenset({ErrorCode.TIMEOUT, ErrorCode.TOO_LARGE})
_CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                 "# This directory is the mentordocs result cache; it is safe to delete.\n"
                 "# For information about cache directory tags see https://bford.info/cachedir/\n")
_SCHEMA = ("CREATE TABLE IF NOT EXISTS results (namespace TEXT NOT NULL, sha256 TEXT NOT NULL, "
           "data BLOB NOT NULL, PRIMARY KEY (namespace, sha256)) WITHOUT ROWID")
#: What sqlite_master may hold: our table and the index of its primary key, nothing else.
_EXPECTED_OBJECTS = {("table", "results"), ("index", "sqlite_autoindex_results_1")}
#: Longest any one statement may run; a lookup takes well under a millisecond.
STATEMENT_SECONDS = 5.0
#: How often (in SQLite virtual-machine steps) the time limit is checked.
_PROGRESS_STEPS = 10_000


class _UnsafeCache(Exception):
    """The database is not one this module wrote."""


def default_cache_dir() -> Path:
    """Where the cache lives unless ``--cache-dir`` says otherwise."""
    explicit = os.environ.get("MENTORDOCS_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg).expanduser() / "mentordocs"
    return Path.home() / ".cache" / "mentordocs"


def hash_pack(*parts: str | bytes) -> str:
    """A stable hash of everything besides the content that changes a result: pass the rule
    pack's hash and the run's language, selected/ignored rules and reader limits."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


class ResultCache:
    """Results keyed by content hash, for one rule pack and one mentordocs version.

    The connection is opened on first use and reopened in a forked child, so the object may be
    created before worker processes start.
    """

    def __init__(self, directory: str | os.PathLike[str], *, pack_hash: str, version: str):
        self.directory = Path(directory)
        self.namespace = hashlib.sha256(f"{version}\0{pack_hash}".encode()).hexdigest()[:16]
        self.path = self.directory / DATABASE
        self._db: Optional[sqlite3.Connection] = None
        self._pid = 0
        self._broken = False
        self._warned = False
        self._deadline = 0.0
        self.hits = 0
        self.misses = 0

    # -- connection ----------------------------------------------------------------------
    def _connect(self) -> Optional[sqlite3.Connection]:
        if self._broken:
            return None
        if self._db is not None and self._pid == os.getpid():
            return self._db
        for attempt in (1, 2):
            try:
                self._make_private_directory()
                self._tag()
                self._create_private_file()
                db = sqlite3.connect(self.path, timeout=10, isolation_level=None,
                                     check_same_thread=False)
                db.set_progress_handler(self._over_time, _PROGRESS_STEPS)
                self._deadline = time.monotonic() + STATEMENT_SECONDS
                _check_schema(db)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute(_SCHEMA)
                self._db, self._pid = db, os.getpid()
                return db
            except (sqlite3.DatabaseError, _UnsafeCache) as exc:
                if attempt == 1 and self.path.exists():
                    self._warn(f"result cache {self.path} is damaged or not mentordocs's "
                               f"({type(exc).__name__}); starting a new one")
                    self._remove_files()
                    continue
                break
            except OSError:
                break
        self._warn(f"result cache {self.path} cannot be used; linting without it")
        self._broken = True
        return None

    def _over_time(self) -> int:
        """SQLite's progress handler: a non-zero answer interrupts the running statement."""
        return 1 if time.monotonic() > self._deadline else 0

    def _execute(self, db: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> Any:
        self._deadline = time.monotonic() + STATEMENT_SECONDS
        return db.execute(sql, params)

    def _warn(self, message: str) -> None:
        # One warning per run is enough for a person; the rest go to debug.
        if not self._warned:
            log.warning("%s", message)
            self._warned = True
        else:
            log.debug("%s", message)

    def _make_private_directory(self) -> None:
        fresh = not self.directory.exists()
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if fresh or (self.directory / "CACHEDIR.TAG").exists():
            # Ours (new, or tagged by an earlier run that created it 0755): keep it private.
            _private(self.directory, 0o700)

    def _create_private_file(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        for suffix in ("", "-wal", "-shm"):
            extra = Path(f"{self.path}{suffix}")
            if extra.exists():
                _private(extra, 0o600)

    def _tag(self) -> None:
        tag = self.directory / "CACHEDIR.TAG"
        if not tag.exists():
            tag.write_text(_CACHEDIR_TAG, encoding="ascii")
            _private(tag, 0o600)

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(f"{self.path}{suffix}").unlink()
            except OSError:
                pass

    def close(self) -> None:
        """Close the database (it is also closed when the object is garbage-collected)."""
        if self._db is not None and self._pid == os.getpid():
            self._db.close()
        self._db = None

    # -- the public surface ---------------------------------------------------------------
    def get(self, sha256: str, path: str = "") -> Optional[FileResult]:
        """The cached result for this content, with ``path`` set to ``path``; else ``None``.

        A missing or damaged entry is a miss (a damaged one is removed).
        """
        db = self._connect()
        row = None
        if db is not None:
            try:
                row = self._execute(db, "SELECT data FROM results WHERE namespace = ? AND sha256 = ?",
                                    (self.namespace, sha256)).fetchone()
            except sqlite3.Error as exc:
                self._give_up(exc)
                row = None
        if row is None:
            self.misses += 1
            return None
        try:
            result = _from_data(json.loads(row[0]), sha256, path)
        except (ValueError, KeyError, TypeError, RecursionError):
            self._warn(f"result cache {self.path} holds an entry mentordocs did not write; "
                       f"it is ignored")
            self.misses += 1
            self._delete(sha256)
            return None
        self.hits += 1
        return result

    def put(self, sha256: str, result: FileResult) -> None:
        """Store ``result`` for this content. Failing to store is not an error: a cache that
        cannot be written only makes the next run slower."""
        if result.error is not None and result.error.code in UNCACHED_ERRORS:
            return
        payload = json.dumps(_to_data(result, sha256), ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8")
        db = self._connect()
        if db is None:
            return
        try:
            self._execute(db, "INSERT OR REPLACE INTO results (namespace, sha256, data) "
                              "VALUES (?, ?, ?)", (self.namespace, sha256, payload))
        except sqlite3.OperationalError as exc:
            self._give_up(exc)
        except sqlite3.Error as exc:
            log.debug("result cache: cannot store an entry (%s)", exc)

    def _delete(self, sha256: str) -> None:
        db = self._connect()
        if db is not None:
            try:
                self._execute(db, "DELETE FROM results WHERE namespace = ? AND sha256 = ?",
                              (self.namespace, sha256))
            except sqlite3.Error:
                pass

    def clear(self) -> None:
        """Remove every cached result (all packs and versions); the directory itself stays."""
        self.close()
        self._remove_files()
        self._broken = False

    def __len__(self) -> int:
        db = self._connect()
        if db is None:
            return 0
        try:
            return self._execute(db, "SELECT count(*) FROM results WHERE namespace = ?",
                                 (self.namespace,)).fetchone()[0]
        except sqlite3.Error as exc:
            self._give_up(exc)
            return 0

    def _give_up(self, exc: sqlite3.Error) -> None:
        """A statement failed or ran out of time: go on without the cache for this run."""
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            return  # another process is writing; the next statement may succeed
        self._warn(f"result cache {self.path} cannot be used ({type(exc).__name__}); "
                   f"linting without it")
        self.close()
        self._broken = True

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass


def _private(path: Path, mode: int) -> None:
    try:
        if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except (OSError, AttributeError):
        pass  # not ours, or a platform without POSIX modes


def _check_schema(db: sqlite3.Connection) -> None:
    """Refuse a database that holds anything but our table (a view or trigger could run
    without end, or answer with anything)."""
    objects = {(kind, name) for kind, name in
               db.execute("SELECT type, name FROM sqlite_master").fetchall()}
    if objects and not objects <= _EXPECTED_OBJECTS:
        raise _UnsafeCache("unexpected schema objects")
    if objects:
        sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'results'"
                         ).fetchone()
        if sql is None or " ".join(str(sql[0]).split()) != " ".join(
                _SCHEMA.replace("CREATE TABLE IF NOT EXISTS", "CREATE TABLE").split()):
            raise _UnsafeCache("unexpected table definition")


def _to_data(result: FileResult, sha256: str) -> dict[str, Any]:
    # Waived findings are stored as findings: waivers are applied after the cache, per run.
    findings = [*result.findings, *result.waived]
    return {
        "sha256": sha256,
        "kind": result.kind,
        "error": None if result.error is None else {
            "code": result.error.code.value, "message": mask_cpr(result.error.message)},
        "findings": [{
            "rule": f.rule, "severity": f.severity.value, "message": mask_cpr(f.message),
            "field": f.field, "evidence": None if f.evidence is None else mask_cpr(f.evidence),
            "page": f.location.page, "paragraph": f.location.paragraph,
            "fix": None if f.fix is None else mask_cpr(f.fix),
            "ocr": f.ocr, "ocr_confidence": f.ocr_confidence} for f in findings],
    }


def _from_data(data: Any, sha256: str, path: str) -> FileResult:
    """A result from a stored entry; ValueError/TypeError for anything this module did not write."""
    if not isinstance(data, dict) or data.get("sha256") != sha256:
        raise ValueError("entry belongs to another document")
    error = data["error"]
    if error is not None:
        _expect(error, dict)
        error = ReadError(ErrorCode(_expect(error["code"], str)), _expect(error["message"], str))
    findings = _expect(data["findings"], list)
    return FileResult(
        path=path, kind=_expect(data["kind"], str), sha256=sha256, error=error,
        findings=[_finding(_expect(f, dict)) for f in findings])


def _finding(f: dict[str, Any]) -> Finding:
    confidence = f.get("ocr_confidence")
    return Finding(rule=_expect(f["rule"], str), severity=Severity(_expect(f["severity"], str)),
                   message=_expect(f["message"], str), field=_optional(f["field"], str),
                   evidence=_optional(f["evidence"], str),
                   location=Location(page=_optional(f["page"], int),
                                     paragraph=_optional(f["paragraph"], int)),
                   fix=_optional(f["fix"], str), ocr=bool(f.get("ocr", False)),
                   ocr_confidence=None if confidence is None else float(_expect(confidence, (int, float))))


def _expect(value: Any, kind: Any) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool):
        name = kind.__name__ if isinstance(kind, type) else "number"
        raise TypeError(f"expected {name}, not {type(value).__name__}")
    return value


def _optional(value: Any, kind: type) -> Any:
    return None if value is None else _expect(value, kind)
