"""``json`` (one document) and ``jsonl`` (one line per file, streamed) reports.

The shape is fixed by issue 3::

    {"tool": {"name", "version"}, "files": [FileResult...], "summary": {...}}
"""

from __future__ import annotations

import json
from typing import Any, Sequence

from mentordocs.domain.cpr import mask_cpr
from mentordocs.lint.engine import display_path
from mentordocs.lint.model import FileResult
from mentordocs.report import ReportContext
from mentordocs.report.summary import summarize


def document(results: Sequence[FileResult], context: ReportContext) -> dict[str, Any]:
    summary = summarize(results, [r.name for r in context.rules])
    if context.statistics and "statistics" in context.extra:
        summary["statistics"] = context.extra["statistics"]
    return {"tool": {"name": context.tool_name, "version": context.tool_version},
            "files": [_file(r) for r in results],
            "summary": summary}


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    if context.format == "jsonl":
        return "".join(render_one(r, context) for r in results)
    # Masking the serialised text catches a CPR number wherever it hides (path, message, evidence).
    return mask_cpr(json.dumps(document(results, context), ensure_ascii=False, indent=2)) + "\n"


def render_one(result: FileResult, context: ReportContext) -> str:
    """One file as one JSON line: the ``jsonl`` format, written as files finish."""
    return mask_cpr(json.dumps(_file(result), ensure_ascii=False)) + "\n"


def _file(result: FileResult) -> dict[str, Any]:
    data = result.to_dict()
    data["path"] = display_path(result.path)
    return data
