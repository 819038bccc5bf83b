"""Counts per rule, per folder and per year, for ``--statistics`` and the audit reports.

An archive is usually laid out as ``ROOT/<unit>/<year>/<file>``, so the folder of a result is
the first one or two directory levels below the root it was found under, and its year is the
first path part that is a 4-digit year (a folder ``2025`` or a file name like
``aftale-2025-03.docx``). The year is read from the path only, never from the document text:
the text may name several dates (decision, start, end) and the path is what the archive's
owners chose to file it under. Results without a year count under ``"ukendt"``.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Sequence

from mentordocs.domain.cpr import mask_path as _mask_path
from mentordocs.lint.model import FileResult

#: The key used for results whose path names no year or no folder.
UNKNOWN = "ukendt"

_YEAR_FOLDER = re.compile(r"(?:19|20)\d\d")
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _posix_parts(path: str) -> tuple[str, ...]:
    return PurePosixPath(path.replace("\\", "/")).parts


def common_root(paths: Iterable[str]) -> str:
    """The deepest directory that holds every path (``""`` when they share none)."""
    dirs = [_posix_parts(p)[:-1] for p in paths]
    if not dirs:
        return ""
    prefix: list[str] = []
    for level in zip(*dirs):
        if any(part != level[0] for part in level):
            break
        prefix.append(level[0])
    return "/".join(prefix).replace("//", "/")


def relative_parts(path: str, roots: Sequence[str | Path]) -> tuple[str, ...]:
    """The parts of ``path`` below the longest of ``roots`` that contains it.

    A path under none of the roots keeps all its parts; the file name is the last part.
    """
    parts = _posix_parts(path)
    best: tuple[str, ...] = ()
    for root in roots:
        root_parts = _posix_parts(os.fspath(root))
        if root_parts in ((".",), ()):
            continue
        if parts[:len(root_parts)] == root_parts and len(root_parts) > len(best) \
                and len(root_parts) < len(parts):
            best = root_parts
    return parts[len(best):]


def relative_path(path: str, roots: Sequence[str | Path]) -> str:
    """``path`` as the audit reports show it: relative to the linted root it was found under.

    With one root, ``ROOT/ungeenheden/2024/aftale.pdf`` becomes ``ungeenheden/2024/aftale.pdf``;
    with several, the root's own name is kept (``2024/aftale.pdf``, ``2025/aftale.pdf``) so that
    two roots cannot give the same path. A path under no root (or with no roots given) stays as
    it is, absolute if it was; a root that is the file itself shows the file name.
    """
    posix = path.replace("\\", "/")
    parts = _posix_parts(posix)
    usable = [_posix_parts(os.fspath(root)) for root in roots]
    usable = [r for r in usable if r not in ((".",), ())]
    best: tuple[str, ...] = ()
    for root_parts in usable:
        if parts[:len(root_parts)] == root_parts and len(root_parts) > len(best):
            best = root_parts
    if not best:
        return posix
    keep = 1 if len(usable) > 1 or len(best) == len(parts) else 0
    return "/".join(parts[len(best) - keep:])


def folder_of(path: str, roots: Sequence[str | Path], depth: int = 2) -> str:
    """The first ``depth`` directory levels of ``path`` below its root, joined by ``/``."""
    directories = relative_parts(path, roots)[:-1]
    return "/".join(directories[:depth]) or UNKNOWN


def unit_of(path: str, roots: Sequence[str | Path]) -> str:
    """The first directory level below the root: usually the unit (afdeling/team)."""
    return folder_of(path, roots, depth=1)


def year_of(path: str, roots: Sequence[str | Path] = ()) -> str:
    """The year a path is filed under, or :data:`UNKNOWN`.

    A folder that is exactly a year wins over a year inside the file name.
    """
    parts = relative_parts(path, roots)
    for part in parts[:-1]:
        if _YEAR_FOLDER.fullmatch(part):
            return part
    if parts:
        match = _YEAR_IN_NAME.search(parts[-1])
        if match:
            return match.group(1)
    return UNKNOWN


def _bucket() -> dict[str, Any]:
    return {"files": 0, "ok": 0, "with_findings": 0, "errors": 0, "findings": 0, "waived": 0,
            "by_rule": Counter()}


def _add(bucket: dict[str, Any], result: FileResult) -> None:
    bucket["files"] += 1
    bucket[{"ok": "ok", "findings": "with_findings", "error": "errors"}[result.status]] += 1
    bucket["findings"] += len(result.findings)
    bucket["waived"] += len(result.waived)
    bucket["by_rule"].update(f.rule for f in result.findings)


def _finish(buckets: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out = {}
    for key in sorted(buckets):
        bucket = dict(buckets[key])
        bucket["by_rule"] = dict(sorted(bucket["by_rule"].items()))
        out[key] = bucket
    return out


def compute(results: Sequence[FileResult], roots: Sequence[Path | str] = (),
            *, folder_depth: int = 2) -> dict[str, Any]:
    """Counts for a set of results, JSON-ready and deterministic (keys sorted).

    ``roots`` are the paths given on the command line; without them the deepest directory
    common to all results is used. Shape::

        {"files": n, "findings": n, "waived": n,
         "by_rule": {rule: n}, "by_severity": {severity: n}, "by_error": {code: n},
         "by_folder": {folder: BUCKET}, "by_year": {year: BUCKET}}

    where ``BUCKET = {"files", "ok", "with_findings", "errors", "findings", "waived",
    "by_rule": {rule: n}}``.
    """
    if not roots:
        root = common_root(r.path for r in results)
        roots = (root,) if root else ()
    roots = [mask_path(os.fspath(root)) for root in roots]
    by_rule: Counter[str] = Counter()
    by_severity: Counter[str] = Counter()
    by_error: Counter[str] = Counter()
    by_folder: dict[str, dict[str, Any]] = {}
    by_year: dict[str, dict[str, Any]] = {}
    for result in results:
        by_rule.update(f.rule for f in result.findings)
        by_severity.update(f.severity.value for f in result.findings)
        if result.error is not None:
            by_error[result.error.code.value] += 1
        path = mask_path(result.path)
        _add(by_folder.setdefault(folder_of(path, roots, folder_depth), _bucket()), result)
        _add(by_year.setdefault(year_of(path, roots), _bucket()), result)
    return {
        "files": len(results),
        "findings": sum(by_rule.values()),
        "waived": sum(len(r.waived) for r in results),
        "by_rule": dict(sorted(by_rule.items())),
        "by_severity": dict(sorted(by_severity.items())),
        "by_error": dict(sorted(by_error.items())),
        "by_folder": _finish(by_folder),
        "by_year": _finish(by_year),
    }


def _table(title: str, buckets: dict[str, dict[str, Any]]) -> list[str]:
    width = max([len(title)] + [len(k) for k in buckets])
    lines = [f"{title:<{width}}  {'filer':>6}  {'i orden':>7}  {'med fund':>8}  "
             f"{'læsefejl':>8}  {'fund':>6}"]
    for key, b in buckets.items():
        lines.append(f"{key:<{width}}  {b['files']:>6}  {b['ok']:>7}  {b['with_findings']:>8}  "
                     f"{b['errors']:>8}  {b['findings']:>6}")
    return lines


def render_text(stats: dict[str, Any], titles: dict[str, str] | None = None) -> str:
    """A plain-text rendering of :func:`compute`'s result, for the terminal (``--statistics``).

    ``titles`` maps rule ids to the titles people read (:attr:`RuleInfo.label`); the id follows
    in brackets."""
    titles = titles or {}
    lines = [f"Statistik: {stats['files']} filer, {stats['findings']} fund"
             + (f", {stats['waived']} undtaget" if stats.get("waived") else "")]
    lines.append("")
    lines.append("Fund pr. regel")
    if stats["by_rule"]:
        width = max(len(titles.get(r, r)) for r in stats["by_rule"])
        lines += [f"  {titles.get(rule, rule):<{width}}  {n:>6}"
                  + (f"  [{rule}]" if titles.get(rule, rule) != rule else "")
                  for rule, n in stats["by_rule"].items()]
    else:
        lines.append("  (ingen)")
    if stats.get("by_error"):
        lines.append("")
        lines.append("Læsefejl pr. kode")
        width = max(len(c) for c in stats["by_error"])
        lines += [f"  {code:<{width}}  {n:>6}" for code, n in stats["by_error"].items()]
    lines.append("")
    lines += _table("Mappe", stats["by_folder"])
    lines.append("")
    lines += _table("År", stats["by_year"])
    return "\n".join(lines) + "\n"


#: Words for statuses, document kinds and severities, shared by the human-facing reports.
TERMS: dict[str, dict[str, str]] = {
    "da": {"ok": "I orden", "findings": "Med fund", "error": "Kunne ikke læses",
           "agreement": "Aftale", "minplan": "Min Plan", "decision": "Afgørelse",
           "unknown": "Ukendt", "error_severity": "fejl", "warning": "advarsel", "info": "info"},
    "en": {"ok": "OK", "findings": "With findings", "error": "Unreadable",
           "agreement": "Agreement", "minplan": "Min Plan", "decision": "Decision",
           "unknown": "Unknown", "error_severity": "error", "warning": "warning", "info": "info"},
}


def term(key: str, lang: str = "da", *, severity: bool = False) -> str:
    """The user-facing word for a status, kind or (``severity=True``) severity value."""
    words = TERMS.get(lang, TERMS["da"])
    if severity and key == "error":
        key = "error_severity"
    return words.get(key, key)


def mask_path(path: str) -> str:
    """``path`` with CPR numbers masked in every folder and file name (see :mod:`mentordocs.domain.cpr`)."""
    return _mask_path(path.replace("\\", "/"))
