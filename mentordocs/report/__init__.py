"""Reporters turn lint results into text, JSON, HTML, spreadsheets or SARIF.

Every reporter module has ``render(results, context) -> str | bytes``; streaming reporters
(``jsonl``) also have ``render_one(result, context) -> str``. Modules are imported only when
their format is asked for, so an optional dependency (openpyxl) costs nothing otherwise.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Sequence

from mentordocs import __version__
from mentordocs.lint.model import FileResult
from mentordocs.lint.rules import RuleInfo  # noqa: F401  (re-exported: reporters' rule metadata)

#: format name -> module. Binary formats write bytes and need --output-file.
REPORTERS: dict[str, str] = {
    "text": "mentordocs.report.text",
    "json": "mentordocs.report.json_report",
    "jsonl": "mentordocs.report.json_report",
    "html": "mentordocs.report.html",
    "csv": "mentordocs.report.spreadsheet",
    "xlsx": "mentordocs.report.spreadsheet",
    "sarif": "mentordocs.report.sarif",
    "github": "mentordocs.report.ci_formats",
    "junit": "mentordocs.report.ci_formats",
}
BINARY_FORMATS = frozenset({"xlsx"})


@dataclass
class ReportContext:
    format: str
    lang: str = "da"
    rules: Sequence[RuleInfo] = ()
    rule_pack: str = "default"
    statistics: bool = False
    color: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    tool_name: str = "mentordocs"
    tool_version: str = __version__


def available_formats() -> list[str]:
    return [name for name in REPORTERS if _module_exists(REPORTERS[name])]


def _module_exists(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def reporter_for(fmt: str) -> ModuleType:
    try:
        return importlib.import_module(REPORTERS[fmt])
    except KeyError:
        raise ValueError(f"unknown report format {fmt!r}; choose one of "
                         f"{', '.join(available_formats())}") from None


def render(results: Sequence[FileResult], context: ReportContext) -> str | bytes:
    return reporter_for(context.format).render(results, context)
