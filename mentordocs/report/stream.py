"""The reporting step of a lint run: results in, one report out (the CLI's and the API's).

``jsonl`` is written line by line as files finish; every other format once all results are
in, sorted by path so the report does not depend on which worker finished first.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Callable, Iterable, Optional, Sequence

from mentordocs.lint.model import FileResult
from mentordocs.report import ReportContext, reporter_for

__all__ = ["write_report"]


def write_report(results: Iterable[FileResult], out: IO, context: ReportContext, *,
                 roots: Sequence[Path | str] = (), statistics: bool = False,
                 on_result: Optional[Callable[[FileResult], None]] = None) -> list[FileResult]:
    """Write the report of ``results`` in ``context.format`` to ``out``; return the results
    sorted by path. ``statistics`` adds counts per rule, folder and year (computed against
    ``roots``); ``on_result`` is called as each result arrives (a progress bar)."""
    reporter = reporter_for(context.format)
    streaming = context.format == "jsonl" and hasattr(reporter, "render_one")
    reported: list[FileResult] = []
    for result in results:
        reported.append(result)
        if streaming:
            out.write(reporter.render_one(result, context))
            out.flush()
        if on_result is not None:
            on_result(result)
    reported.sort(key=lambda r: r.path)
    if statistics:
        from mentordocs.report.statistics import compute, render_text

        context.statistics = True
        context.extra["statistics"] = compute(reported, [str(p) for p in roots])
    if not streaming:
        out.write(reporter.render(reported, context))
        if statistics and context.format == "text":
            out.write("\n" + render_text(context.extra["statistics"],
                                          {r.name: r.label for r in context.rules}))
    return reported
