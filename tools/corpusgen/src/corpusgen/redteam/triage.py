#!/usr/bin/env python3
"""Group the linter's mistakes on a red-team corpus by the wording or layout that caused them.

    python -m corpusgen.redteam.triage /tmp/redteam /tmp/redteam-eval.json

Reads ``EXPECTED.jsonl`` (its ``traits``) and the ``--json-out`` file of ``scripts/evaluate.py``
and prints one line per cause: files affected, errors, and which rules they hit. The cause is the
first matching trait in a fixed priority order, so every error is counted once.
"""

from __future__ import annotations

import json
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path


def _raw_text(path: Path) -> str:
    """Just enough text to look for a phrase; not a document reader."""
    if path.suffix in (".docx", ".odt"):
        with zipfile.ZipFile(path) as z:
            name = "word/document.xml" if path.suffix == ".docx" else "content.xml"
            return z.read(name).decode("utf-8", "replace")
    if path.suffix in (".txt", ".html"):
        data = path.read_bytes()
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return data.decode("cp1252", "replace")
    return ""


def cause(entry: dict, rule: str, kind: str, root: Path) -> str:
    traits, layout = entry["traits"], entry["layout"]
    if rule == "duration-over-6-months":
        if kind == "extra" and "noise:history-12" in traits:
            return 'history "Tidligere forløb 2024-2025 (12 mdr.)" read as the period'
        if any(t.startswith("period:weeks") for t in traits):
            return 'week-number period "uge N YYYY til uge M YYYY"'
    if rule == "missing-follow-up" and kind == "missed" \
            and "opfølgning med arbejdsgiveren" in _raw_text(root / entry["path"]):
        return '"opfølgning" inside the tasks taken as follow-up'
    if layout == "dense":
        return "dense one-paragraph Min Plan/agreement"
    if "labels:english" in traits:
        return "English-influenced labels (Goal, Objective (mål), Tasks, Period, Hours)"
    if "merged:duration-hours" in traits and rule in ("missing-hours", "missing-duration"):
        return 'merged label "Varighed og timetal"'
    if layout == "table-rowhead":
        return "table with the labels in the first row"
    if rule == "missing-duration" and any(t.startswith("period:weeks") for t in traits):
        return 'week-number period "uge N YYYY til uge M YYYY"'
    if layout == "html-outlook":
        return 'Outlook/Word HTML ("·&nbsp;" bullets)'
    if layout == "txt-ocr":
        return "OCR damage in labels"
    if kind == "missed" and any(t.endswith(":placeholder") for t in traits):
        return "placeholder not recognised"
    return f"other ({layout}, {entry['format']})"


def main(root: str, eval_json: str) -> None:
    root_p = Path(root)
    manifest = {json.loads(line)["path"]: json.loads(line)
                for line in (root_p / "EXPECTED.jsonl").read_text(encoding="utf-8").splitlines()}
    ev = json.loads(Path(eval_json).read_text(encoding="utf-8"))
    errors: dict[str, Counter] = defaultdict(Counter)
    files: dict[str, set] = defaultdict(set)
    for m in ev["mismatches"]:
        for kind in ("extra", "missed"):
            for rule in m[kind]:
                c = cause(manifest[m["path"]], rule, kind, root_p)
                errors[c][("FP " if kind == "extra" else "FN ") + rule] += 1
                files[c].add(m["path"])
    for c in sorted(errors, key=lambda c: (-len(files[c]), c)):
        detail = ", ".join(f"{k} {n}" for k, n in errors[c].most_common())
        print(f"{len(files[c]):4} files {sum(errors[c].values()):4} errors  {c}\n"
              f"{'':16}{detail}\n{'':16}e.g. {sorted(files[c])[0]}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m corpusgen.redteam.triage CORPUS_DIR EVAL_JSON")
    main(sys.argv[1], sys.argv[2])
