"""Score ``mentordocs lint --format json`` output against a corpus manifest.

Kept apart from the command line so the scoring itself can be tested without a linter: feed
:func:`score` a manifest and a lint JSON document, get per-rule precision/recall/F1, macro F1,
kind accuracy, hostile-file outcomes, leaks and the worst mismatches.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .hostile import CANARY_PATH, CANARY_TEXT
from .manifest import RULES


class LinterUnavailable(RuntimeError):
    """``mentordocs lint`` is not there (yet) or does not speak the JSON contract."""


@dataclass
class RuleScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        # A rule with no positives and no predictions made no mistake: F1 = 1.
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass
class Mismatch:
    path: str
    kind: Optional[str]
    got_kind: Optional[str]
    layout: Optional[str]
    format: str
    missed: list[str]                 # expected, not reported (false negatives)
    extra: list[str]                  # reported, not expected (false positives)
    evidence: dict[str, str]          # rule -> linter's evidence/message for the extras
    traits: list[str]
    error: Optional[str] = None       # read error on an ordinary file

    @property
    def weight(self) -> int:
        return len(self.missed) + len(self.extra) + (3 if self.error else 0)


@dataclass
class Evaluation:
    rules: dict[str, RuleScore]
    documents: int
    kind_correct: int
    kind_total: int
    kind_confusion: Counter
    hostile: list[dict[str, Any]]
    leaks: list[str]
    crash: Optional[str]
    missing_from_output: list[str]
    mismatches: list[Mismatch]
    by_format: dict[str, RuleScore] = field(default_factory=dict)
    by_layout: dict[str, RuleScore] = field(default_factory=dict)
    seconds: Optional[float] = None

    @property
    def macro_f1(self) -> float:
        return sum(s.f1 for s in self.rules.values()) / len(self.rules)

    @property
    def kind_accuracy(self) -> float:
        return self.kind_correct / self.kind_total if self.kind_total else 1.0

    @property
    def hostile_ok(self) -> bool:
        return all(h["ok"] for h in self.hostile)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "macro_f1": round(self.macro_f1, 4),
            "rules": {r: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4),
                          "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
                      for r, s in self.rules.items()},
            "kind_accuracy": round(self.kind_accuracy, 4),
            "kind_confusion": {f"{a}->{b}": n for (a, b), n in self.kind_confusion.items()},
            "hostile": self.hostile,
            "leaks": self.leaks,
            "crash": self.crash,
            "missing_from_output": self.missing_from_output,
            "by_format": {k: round(v.f1, 4) for k, v in self.by_format.items()},
            "by_layout": {k: round(v.f1, 4) for k, v in self.by_layout.items()},
            "mismatches": [m.__dict__ for m in self.mismatches],
            "seconds": self.seconds,
        }


def _relative(path: str, root: Path) -> str:
    p = Path(path)
    root = root.resolve()
    candidates = [p] if p.is_absolute() else [Path.cwd() / p, root / p]
    for c in candidates:
        try:
            return c.resolve().relative_to(root).as_posix()
        except ValueError:
            continue
    return p.as_posix()


def score(manifest: list[dict[str, Any]], lint_output: dict[str, Any], root: Path,
          raw_text: str = "", crash: Optional[str] = None) -> Evaluation:
    """Compare the linter's JSON (issue 3 shape) with the manifest, file by file."""
    results = {_relative(f["path"], root): f for f in lint_output.get("files", [])}
    rules = {r: RuleScore() for r in RULES}
    by_format: dict[str, RuleScore] = defaultdict(RuleScore)
    by_layout: dict[str, RuleScore] = defaultdict(RuleScore)
    kind_confusion: Counter = Counter()
    mismatches: list[Mismatch] = []
    hostile: list[dict[str, Any]] = []
    missing: list[str] = []
    leaks: list[str] = []
    docs = kind_ok = 0

    text = raw_text or json.dumps(lint_output, ensure_ascii=False)
    for entry in manifest:
        for secret in entry.get("must_not_contain", []):
            if secret and secret in text:
                leaks.append(f"{entry['path']}: {_describe_secret(secret)} appears in lint output")

    for entry in manifest:
        got = results.get(entry["path"])
        if entry.get("hostile"):
            outcome = "missing" if got is None else (got["error"]["code"] if got.get("error")
                                                      else None)
            accepted = [entry["error"], *entry.get("accept_errors", [])]
            hostile.append({"path": entry["path"], "expected": entry["error"],
                            "accepted": accepted, "got": outcome,
                            "ok": got is not None and outcome in accepted,
                            "message": (got or {}).get("error", {}) and got["error"].get("message")})
            continue
        docs += 1
        if got is None:
            missing.append(entry["path"])
            got = {"kind": None, "findings": [], "error": {"code": "missing", "message": ""}}
        expected = set(entry["rules"])
        reported = {f["rule"] for f in got.get("findings", []) if f["rule"] in rules}
        evidence = {f["rule"]: (f.get("evidence") or f.get("message") or "")[:160]
                    for f in got.get("findings", []) if f["rule"] in rules}
        for rule in RULES:
            e, r = rule in expected, rule in reported
            for bucket in (rules[rule], by_format[entry["format"]],
                           by_layout[f"{entry['kind']}/{entry['layout']}"]):
                if e and r:
                    bucket.tp += 1
                elif r:
                    bucket.fp += 1
                elif e:
                    bucket.fn += 1
        got_kind = got.get("kind")
        kind_confusion[(entry["kind"], got_kind)] += 1
        kind_ok += got_kind == entry["kind"]
        error = got["error"]["code"] if got.get("error") else None
        if expected != reported or error:
            mismatches.append(Mismatch(entry["path"], entry["kind"], got_kind, entry.get("layout"),
                                       entry["format"], sorted(expected - reported),
                                       sorted(reported - expected),
                                       {r: evidence.get(r, "") for r in reported - expected},
                                       entry.get("traits", []), error))
    mismatches.sort(key=lambda m: (-m.weight, m.path))
    kind_confusion = Counter({k: v for k, v in kind_confusion.items() if k[0] != k[1]})
    return Evaluation(rules, docs, kind_ok, docs, kind_confusion, hostile, leaks, crash, missing,
                      mismatches, dict(by_format), dict(by_layout))


def _describe_secret(secret: str) -> str:
    if secret == CANARY_TEXT:
        return "the XXE canary"
    if secret[:6].isdigit():
        return f"an unmasked CPR number ({secret[:6]}-XXXX)"
    return repr(secret[:12])


def run_linter(root: Path, jobs: int, extra_args: list[str] | None = None,
               timeout: int = 3600) -> tuple[dict[str, Any], str, Optional[str], float]:
    """Run ``mentordocs lint ROOT --format json``; returns (json, raw text, crash note, seconds)."""
    import time

    base = [sys.executable, "-m", "mentordocs"]
    probe = subprocess.run(base + ["lint", "--help"], capture_output=True, text=True)
    if probe.returncode != 0:
        hint = (probe.stderr or probe.stdout).strip().splitlines()[-1:] or [""]
        raise LinterUnavailable("`mentordocs lint` is not available yet "
                                f"({hint[0]}); nothing to evaluate")
    CANARY_PATH.write_text(CANARY_TEXT + "\n", encoding="utf-8")
    cmd = base + ["lint", str(root), "--format", "json", "--jobs", str(jobs), *(extra_args or [])]
    started = time.perf_counter()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    took = time.perf_counter() - started
    raw = proc.stdout + "\n" + proc.stderr
    crash = None
    if proc.returncode not in (0, 1):
        crash = f"exit code {proc.returncode}: {proc.stderr.strip()[-400:]}"
    elif "Traceback (most recent call last)" in proc.stderr:
        crash = "a Python traceback on stderr: " + proc.stderr.strip()[-400:]
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        if crash is None:
            crash = f"stdout is not JSON ({exc})"
        data = {"files": []}
    return data, raw, crash, took
