"""The summary block of every report: counts of files, statuses and findings per rule."""

from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

from mentordocs.lint.model import FileResult


def summarize(results: Sequence[FileResult], rule_names: Sequence[str] = ()) -> dict[str, Any]:
    by_rule: Counter[str] = Counter({name: 0 for name in rule_names})
    for result in results:
        by_rule.update(f.rule for f in result.findings)
    return {
        "files": len(results),
        "ok": sum(r.status == "ok" for r in results),
        "with_findings": sum(r.status == "findings" for r in results),
        "errors": sum(r.status == "error" for r in results),
        "by_rule": dict(sorted(by_rule.items())),
    }
