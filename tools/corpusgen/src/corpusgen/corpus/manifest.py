"""The ground truth: which rules a document must trigger, as one JSON line per file.

``EXPECTED.jsonl`` line::

    {"path": "job-og-helbred/2026/aftale-mentor-jonas.docx",   # relative to the corpus root
     "format": "docx", "kind": "agreement",                   # agreement | minplan | decision | unknown
     "subtype": "agreement", "layout": "table",
     "rules": ["missing-hours"],          # expected findings among the nine rules (sorted)
     "extras": [],                        # labels outside the nine, e.g. "missing-reasons"
     "error": null,                       # expected read-error code for hostile files
     "accept_errors": [],                 # other outcomes that are also acceptable (null = read fine)
     "must_not_contain": ["0101901234"],  # strings that must never appear in lint output
     "traits": ["cpr", "period:exact-six"],  # how the document was made, for debugging
     "period": {"start": "2026-03-01", "end": "2026-08-31"}}
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

#: The nine rules the linter is judged on (issue 3).
RULES = (
    "missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
    "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal",
)

#: Which of the nine rules can apply to each document kind (domain.md §§ 2, 8).
REQUIRED_RULES: dict[str, tuple[str, ...]] = {
    "agreement": RULES,
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}

MANIFEST_NAME = "EXPECTED.jsonl"


def write_manifest(root: Path, entries: Iterable[dict[str, Any]]) -> Path:
    """Write entries sorted by path, one compact JSON object per line (stable for diffs)."""
    path = root / MANIFEST_NAME
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True)
             for e in sorted(entries, key=lambda e: e["path"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_manifest(root: Path) -> list[dict[str, Any]]:
    """Read ``root/EXPECTED.jsonl``; raises FileNotFoundError with the path when it is missing."""
    path = Path(root) / MANIFEST_NAME
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no ground-truth manifest; generate the corpus with "
                                f"scripts/make_corpus.py first")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
