"""Waivers: record "reviewed and accepted" for a finding without touching the archived document.

A baseline file lists waivers. Each is keyed by the document's content hash (SHA-256 of its
bytes) and the rule, so a waiver follows a document that is moved or renamed and lapses when
the document's content changes. Two findings of the same rule in one document are told apart
by ``key``, a short hash of the finding's field and normalised evidence; a waiver without
``key`` (written by hand) accepts every finding of that rule in that document.

File format (YAML; JSON is accepted too, since it is a subset)::

    # mentordocs baseline
    version: 1
    waivers:
      - sha256: 3f2a…(64 hex digits)
        rule: missing-appeal-guidance
        key: 9c1e0f2a4b7d5e61          # optional
        path: job-og-helbred/2025/aftale-03.docx   # informational only
        reason: Klagevejledning sendt i separat brev 3. marts
        reviewer: AB
        date: 2026-11-22

``path``, ``reason``, ``reviewer`` and ``date`` are for people; matching uses ``sha256``,
``rule`` and ``key`` only. Nothing else from the document is stored (no evidence text).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

import yaml

from mentordocs import safe_yaml
from mentordocs.domain.cpr import mask_cpr, mask_path
from mentordocs.lint.model import FileResult, Finding
from mentordocs.atomic import atomic_write
from mentordocs.safe_yaml import quote

FORMAT_VERSION = 1
_SHA256 = re.compile(r"[0-9a-f]{64}")
_KEY = re.compile(r"[0-9a-f]{16}")
_RULE = re.compile(r"[a-z0-9][a-z0-9-]*")
_FIELDS = ("sha256", "rule", "key", "path", "reason", "reviewer", "date")


class BaselineError(ValueError):
    """A baseline file that cannot be used; the message names the file, entry and fix."""


def finding_key(finding: Finding) -> str:
    """16 hex digits from the finding's field and normalised, CPR-masked evidence."""
    evidence = re.sub(r"\s+", " ", mask_cpr(finding.evidence or "")).strip().casefold()
    raw = f"{finding.field or ''}\0{evidence}".encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True)
class Waiver:
    """One accepted finding: which document (by content), which rule, and who accepted it why."""

    sha256: str
    rule: str
    key: Optional[str] = None
    path: Optional[str] = None
    reason: Optional[str] = None
    reviewer: Optional[str] = None
    date: Optional[str] = None

    def matches(self, sha256: str, finding: Finding) -> bool:
        return (self.sha256 == sha256 and self.rule == finding.rule
                and (self.key is None or self.key == finding_key(finding)))

    def to_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in _FIELDS if getattr(self, name) is not None}

    @property
    def identity(self) -> tuple[str, str, str]:
        return (self.sha256, self.rule, self.key or "")


@dataclass
class BaselineOutcome:
    """What :meth:`Baseline.apply` did: new results, and waivers that matched nothing."""

    results: list[FileResult]
    unmatched: list[Waiver]


@dataclass
class Baseline:
    """A set of waivers. Load, apply to results, or build from results and save."""

    waivers: list[Waiver] = field(default_factory=list)

    # -- reading -----------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> "Baseline":
        """Read a baseline file; :class:`BaselineError` says what is wrong and where."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise BaselineError(f"{path}: baseline file not found; create it with "
                                f"--write-baseline {path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: cannot read the baseline file ({exc})") from None
        try:
            data = safe_yaml.load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark is not None else ""
            problem = exc.problem if isinstance(exc, safe_yaml.UnsafeYaml) else "not valid YAML or JSON"
            raise BaselineError(f"{path}: {problem}{where}") from None
        return cls.from_data(data, source=str(path))

    @classmethod
    def from_data(cls, data: Any, source: str = "baseline") -> "Baseline":
        """Build a baseline from parsed YAML/JSON, validating every entry."""
        if data is None:
            return cls()
        if not isinstance(data, dict) or not isinstance(data.get("waivers", []), list):
            raise BaselineError(f"{source}: expected a mapping with a 'waivers' list")
        version = data.get("version", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            raise BaselineError(f"{source}: baseline version {version!r} is not supported; "
                                f"this mentordocs reads version {FORMAT_VERSION}")
        waivers = []
        for number, entry in enumerate(data.get("waivers") or [], start=1):
            waivers.append(_parse_entry(entry, f"{source}: waiver {number}"))
        return cls(waivers)

    # -- building ----------------------------------------------------------------------------
    @classmethod
    def from_results(cls, results: Iterable[FileResult], reason: Optional[str] = None,
                     reviewer: Optional[str] = None, *, date: Optional[str] = None,
                     previous: Optional["Baseline"] = None) -> "Baseline":
        """A waiver for every current finding (and every already-waived one).

        Results without a content hash cannot be waived and are skipped. With ``previous``,
        waivers that already existed keep their reason, reviewer and date.
        """
        today = date or _dt.date.today().isoformat()
        kept = {w.identity: w for w in previous.waivers} if previous else {}
        out: dict[tuple[str, str, str], Waiver] = {}
        for result in results:
            if not result.sha256:
                continue
            for finding in [*result.findings, *result.waived]:
                waiver = Waiver(sha256=result.sha256, rule=finding.rule, key=finding_key(finding),
                                path=_mask_path(result.path), reason=reason, reviewer=reviewer,
                                date=today)
                old = kept.get(waiver.identity) or kept.get((waiver.sha256, waiver.rule, ""))
                if old is not None:
                    waiver = dataclasses.replace(waiver, key=old.key, reason=old.reason,
                                                 reviewer=old.reviewer, date=old.date)
                out.setdefault(waiver.identity, waiver)
        return cls(list(out.values()))

    # -- writing -----------------------------------------------------------------------------
    def to_data(self) -> dict[str, Any]:
        ordered = sorted(self.waivers, key=lambda w: (w.path or "", w.sha256, w.rule, w.key or ""))
        return {"version": FORMAT_VERSION, "waivers": [w.to_dict() for w in ordered]}

    def dumps(self, fmt: str = "yaml") -> str:
        """The baseline as text: ``yaml`` (default) or ``json``; sorted, so diffs stay small."""
        data = self.to_data()
        if fmt == "json":
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        header = ("# mentordocs baseline: accepted findings, keyed by the document's SHA-256.\n"
                  "# Edit reason/reviewer freely; see docs/reports.md.\n")
        return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write atomically (a temporary file renamed over the target); JSON if ``*.json``."""
        path = Path(path)
        text = self.dumps("json" if path.suffix.lower() == ".json" else "yaml")
        atomic_write(path, text)

    # -- applying ----------------------------------------------------------------------------
    def apply(self, results: Sequence[FileResult]) -> BaselineOutcome:
        """Move waived findings from ``findings`` to ``waived``; report waivers used by none.

        The input results are not changed; new :class:`FileResult` objects are returned.
        """
        by_document: dict[str, list[Waiver]] = {}
        for waiver in self.waivers:
            by_document.setdefault(waiver.sha256, []).append(waiver)
        used: set[tuple[str, str, str]] = set()
        out = []
        for result in results:
            candidates = by_document.get(result.sha256 or "")
            if not candidates:
                out.append(result)
                continue
            kept, waived = [], list(result.waived)
            for finding in result.findings:
                match = next((w for w in candidates if w.matches(result.sha256 or "", finding)),
                             None)
                if match is None:
                    kept.append(finding)
                else:
                    used.add(match.identity)
                    waived.append(finding)
            for finding in result.waived:  # already waived upstream: still counts as used
                for w in candidates:
                    if w.matches(result.sha256 or "", finding):
                        used.add(w.identity)
            out.append(dataclasses.replace(result, findings=kept, waived=waived))
        unmatched = [w for w in self.waivers if w.identity not in used]
        return BaselineOutcome(out, unmatched)

    def __len__(self) -> int:
        return len(self.waivers)


def _mask_path(path: str) -> str:
    return mask_path(path.replace("\\", "/"))


def _parse_entry(entry: Any, where: str) -> Waiver:
    if not isinstance(entry, dict):
        raise BaselineError(f"{where}: expected a mapping with sha256 and rule")
    unknown = sorted(set(map(str, entry)) - set(_FIELDS))
    if unknown:
        raise BaselineError(f"{where}: unknown field(s) {', '.join(unknown)}; allowed: "
                            f"{', '.join(_FIELDS)}")
    values = {name: (None if entry.get(name) is None else str(entry[name])) for name in _FIELDS}
    sha = (values["sha256"] or "").lower()
    if not _SHA256.fullmatch(sha):
        raise BaselineError(f"{where}: 'sha256' must be the 64 hex digits of the document's "
                            f"SHA-256 (got {quote(values['sha256'])})")
    if not values["rule"] or not _RULE.fullmatch(values["rule"]):
        raise BaselineError(f"{where}: 'rule' must be a rule name such as missing-goal "
                            f"(got {quote(values['rule'])})")
    if values["key"] is not None and not _KEY.fullmatch(values["key"].lower()):
        raise BaselineError(f"{where}: 'key' must be 16 hex digits, or left out to waive every "
                            f"finding of the rule in that document")
    return Waiver(sha256=sha, rule=values["rule"],
                  key=values["key"].lower() if values["key"] else None,
                  path=values["path"], reason=values["reason"], reviewer=values["reviewer"],
                  date=values["date"])
