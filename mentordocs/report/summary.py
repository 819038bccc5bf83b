"""The summary block of every report: counts of files, statuses and findings per rule."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from mentordocs.lint.model import FileResult


@dataclass
class RuleCounts:
    """Per rule: findings, documents with the finding, waived findings, and a severity seen."""

    findings: Counter[str] = field(default_factory=Counter)
    documents: Counter[str] = field(default_factory=Counter)
    waived: Counter[str] = field(default_factory=Counter)
    severity: dict[str, str] = field(default_factory=dict)


def count_rules(results: Sequence[FileResult]) -> RuleCounts:
    counts = RuleCounts()
    for result in results:
        counts.findings.update(f.rule for f in result.findings)
        counts.documents.update({f.rule for f in result.findings})
        counts.waived.update(f.rule for f in result.waived)
        for f in (*result.findings, *result.waived):
            counts.severity.setdefault(f.rule, f.severity.value)
    return counts


def summarize(results: Sequence[FileResult], rule_names: Sequence[str] = ()) -> dict[str, Any]:
    by_rule: Counter[str] = Counter({name: 0 for name in rule_names})
    by_rule.update(count_rules(results).findings)
    return {
        "files": len(results),
        "ok": sum(r.status == "ok" for r in results),
        "with_findings": sum(r.status == "findings" for r in results),
        "errors": sum(r.status == "error" for r in results),
        "by_rule": dict(sorted(by_rule.items())),
    }
