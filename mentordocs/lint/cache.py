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
                self.directory.mkdir(parents=True, exist_ok=True)
                self._tag()
                db = sqlite3.connect(self.path, timeout=10, isolation_level=None,
                                     check_same_thread=False)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.execute(_SCHEMA)
                self._db, self._pid = db, os.getpid()
                return db
            except sqlite3.DatabaseError as exc:
                if attempt == 1 and self.path.exists():
                    log.warning("result cache %s is damaged (%s); starting a new one",
                                self.path, exc)
                    self._remove_files()
                    continue
                break
            except OSError:
                break
        log.warning("result cache %s cannot be used; linting without it", self.path)
        self._broken = True
        return None

    def _tag(self) -> None:
        tag = self.directory / "CACHEDIR.TAG"
        if not tag.exists():
            tag.write_text(_CACHEDIR_TAG, encoding="ascii")

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
                row = db.execute("SELECT data FROM results WHERE namespace = ? AND sha256 = ?",
                                 (self.namespace, sha256)).fetchone()
            except sqlite3.Error:
                row = None
        if row is None:
            self.misses += 1
            return None
        try:
            result = _from_data(json.loads(row[0]), sha256, path)
        except (ValueError, KeyError, TypeError):
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
            db.execute("INSERT OR REPLACE INTO results (namespace, sha256, data) VALUES (?, ?, ?)",
                       (self.namespace, sha256, payload))
        except sqlite3.Error as exc:
            log.debug("result cache: cannot store an entry (%s)", exc)

    def _delete(self, sha256: str) -> None:
        db = self._connect()
        if db is not None:
            try:
                db.execute("DELETE FROM results WHERE namespace = ? AND sha256 = ?",
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
        return db.execute("SELECT count(*) FROM results WHERE namespace = ?",
                          (self.namespace,)).fetchone()[0]

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass


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


def _from_data(data: dict[str, Any], sha256: str, path: str) -> FileResult:
    if data["sha256"] != sha256:
        raise ValueError("entry belongs to another document")
    error = data["error"]
    return FileResult(
        path=path, kind=str(data["kind"]), sha256=sha256,
        error=None if error is None else ReadError(ErrorCode(error["code"]), str(error["message"])),
        findings=[Finding(rule=str(f["rule"]), severity=Severity(f["severity"]),
                          message=str(f["message"]), field=f["field"], evidence=f["evidence"],
                          location=Location(page=f["page"], paragraph=f["paragraph"]),
                          fix=f["fix"], ocr=bool(f.get("ocr", False)),
                          ocr_confidence=f.get("ocr_confidence")) for f in data["findings"]])
