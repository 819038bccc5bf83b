"""The ``text`` report: findings grouped per file, for a person at a terminal.

Files without findings are not listed (an archive has thousands); the summary at the end
counts them. Colours are used only when ``context.color`` is set (the CLI sets it for a TTY).
Every line passes through CPR masking, whatever the results contain, and every piece of text
from a document or a file name has its control characters escaped (:mod:`.terminal`).
"""

from __future__ import annotations

from typing import Any, Sequence

from mentordocs.domain.cpr import mask_cpr
from mentordocs.lint.engine import display_path
from mentordocs.lint.explain import format_explanation
from mentordocs.lint.model import FileResult, Finding, Location
from mentordocs.lint.ocr_notes import ocr_note
from mentordocs.report import ReportContext
from mentordocs.report.advice import advice
from mentordocs.report.summary import summarize
from mentordocs.domain.terminal import printable

_LABELS: dict[str, dict[str, Any]] = {
    "da": {
        "error": "fejl", "warning": "advarsel", "info": "info",
        "read_error": "kan ikke læses", "page": "side", "paragraph": "afsnit", "fix": "Ret",
        "kinds": {"agreement": "aftale", "minplan": "Min Plan", "decision": "afgørelse",
                  "unknown": "ukendt dokumenttype"},
        "files": "{n} fil(er) kontrolleret: {ok} uden fund, {findings} med fund, {errors} kunne ikke læses.",
        "none": "Ingen fund.",
        "by_rule": "Fund pr. regel:",
        "waived": "{n} fund er undtaget af baseline.",
    },
    "en": {
        "error": "error", "warning": "warning", "info": "info",
        "read_error": "cannot be read", "page": "page", "paragraph": "paragraph", "fix": "Fix",
        "kinds": {"agreement": "agreement", "minplan": "Min Plan", "decision": "decision",
                  "unknown": "unknown document kind"},
        "files": "{n} file(s) checked: {ok} without findings, {findings} with findings, {errors} could not be read.",
        "none": "No findings.",
        "by_rule": "Findings per rule:",
        "waived": "{n} finding(s) waived by the baseline.",
    },
}
_COLORS = {"error": "31", "warning": "33", "info": "36", "path": "1", "dim": "2"}
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _paint(text: str, style: str, color: bool) -> str:
    return f"\x1b[{_COLORS[style]}m{text}\x1b[0m" if color else text


def _where(location: Location, labels: dict) -> str:
    parts = []
    if location.page is not None:
        parts.append(f"{labels['page']} {location.page}")
    if location.paragraph is not None:
        parts.append(f"{labels['paragraph']} {location.paragraph}")
    return ", ".join(parts)


def _titles(context: ReportContext) -> dict[str, str]:
    """Rule id -> the title people read (the id itself for a rule without one)."""
    return {rule.name: rule.label for rule in context.rules}


def _finding_lines(finding: Finding, labels: dict, color: bool, lang: str = "da",
                   titles: dict[str, str] | None = None) -> list[str]:
    severity = finding.severity.value
    where = _where(finding.location, labels)
    title = (titles or {}).get(finding.rule, finding.rule)
    rule = printable(title) + (_paint(f" [{printable(finding.rule)}]", "dim", color)
                               if title != finding.rule else "")
    head = f"  {_paint(labels[severity], severity, color)} {rule}"
    head += f" ({where})" if where else ""
    if finding.ocr:
        head += f" [{ocr_note(finding, lang)}]"
    lines = [head, f"    {printable(finding.message)}"]
    if finding.evidence:
        evidence = " ".join(finding.evidence.split())
        if len(evidence) > 160:
            evidence = evidence[:157] + "…"
        lines.append(_paint(f"    » {printable(evidence)}", "dim", color))
    if finding.fix:
        lines.append(f"    {labels['fix']}: {printable(finding.fix)}")
    return lines


def render_one(result: FileResult, context: ReportContext) -> str:
    """The block for one file ("" for a file without findings or errors)."""
    labels = _LABELS.get(context.lang, _LABELS["da"])
    color = context.color
    path = printable(display_path(result.path))
    if result.error is not None:
        lines = [f"{_paint(path, 'path', color)}",
                 f"  {_paint(labels['read_error'], 'error', color)} [{result.error.code.value}]"
                 f" {printable(result.error.message)}"]
        hint = advice(result.error.code.value, result.path, context.lang)
        if hint:
            lines.append(f"    {labels['fix']}: {printable(hint)}")
    elif result.findings:
        kind = printable(labels["kinds"].get(result.kind, result.kind))
        lines = [f"{_paint(path, 'path', color)}  ({kind})"]
        titles = _titles(context)
        ordered = sorted(result.findings, key=lambda f: (
            _SEVERITY_ORDER.get(f.severity.value, 3), f.location.page or 0,
            f.location.paragraph or 0, f.rule))
        for finding in ordered:
            lines.extend(_finding_lines(finding, labels, color, context.lang, titles))
    elif result.fields is None:
        return ""
    else:
        lines = []
    if result.fields is not None:  # --explain: what was read, for every file
        if lines:
            lines.append("")
        explanation = format_explanation(path, labels["kinds"].get(result.kind, result.kind),
                                         result.fields, context.lang)
        lines.append(printable(explanation.rstrip("\n"), keep_newlines=True))
    return mask_cpr("\n".join(lines)) + "\n\n"


def render_summary(results: Sequence[FileResult], context: ReportContext) -> str:
    labels = _LABELS.get(context.lang, _LABELS["da"])
    summary = summarize(results)
    lines = [labels["files"].format(n=summary["files"], ok=summary["ok"],
                                    findings=summary["with_findings"], errors=summary["errors"])]
    counts = {rule: n for rule, n in summary["by_rule"].items() if n}
    if counts:
        lines.append(labels["by_rule"])
        titles = _titles(context)
        shown = {rule: printable(titles.get(rule, rule)) for rule in counts}
        width = max(len(title) for title in shown.values())
        digits = max(len(str(n)) for n in counts.values())
        for rule, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            extra = f"  [{printable(rule)}]" if shown[rule] != rule else ""
            lines.append(f"  {shown[rule].ljust(width)}  {n:>{digits}}{extra}")
    elif not summary["errors"]:
        lines.append(labels["none"])
    waived = sum(len(r.waived) for r in results)
    if waived:
        lines.append(labels["waived"].format(n=waived))
    return "\n".join(lines) + "\n"


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    """Every file with findings or a read error, in path order, then the summary."""
    body = "".join(render_one(r, context) for r in sorted(results, key=lambda r: r.path))
    return body + render_summary(results, context)
