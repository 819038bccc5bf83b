"""``html``: one self-contained audit report a department head can read at a glance.

The file needs no network (no external scripts, fonts or images): CSS is inline, charts are
inline SVG with their numbers repeated in tables, and it reads fully without JavaScript: the
rule filter is a list of per-rule sections with links; a small inline script only adds a
select box that hides the other rows. Everything is escaped by Jinja's autoescape and every
text from a document is CPR-masked again here, in case a result reached us unmasked.

Context used: ``context.lang`` (``da``/``en`` labels), ``context.rules`` (legend and chart
order), ``context.rule_pack``, ``context.extra["roots"]`` (the linted paths, to find unit and
year folders), ``context.extra["title"]`` and ``context.extra["generated"]`` (a timestamp text;
left out by default so the same results give the same bytes).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence

import jinja2

from mentordocs.domain.cpr import mask_cpr
from mentordocs.lint.model import FileResult, Finding
from mentordocs.report import ReportContext, RuleInfo
from mentordocs.report.advice import advice
from mentordocs.report.statistics import compute, mask_path, relative_path, term
from mentordocs.lint.explain import _CUES as _EXPLAIN_CUES  # the --explain text's own words
from mentordocs.lint.explain import _HEAD as _EXPLAIN_HEAD
from mentordocs.lint.explain import _STATUS as _EXPLAIN_STATUS
from mentordocs.lint.ocr_notes import ocr_note
from mentordocs.report.summary import count_rules

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_COLOR = {"error": "#b3261e", "warning": "#995c00", "info": "#1f5f99"}

LABELS = {
    "da": {
        "title": "Kvalitetsgennemgang af mentoraftaler",
        "lang": "da", "summary": "Overblik", "files": "Dokumenter", "ok": "I orden",
        "with_findings": "Med fund", "errors": "Kunne ikke læses", "findings": "Fund i alt",
        "waived": "Undtaget", "by_rule": "Fund pr. regel", "rule": "Regel", "rule_id": "Id", "count": "Fund",
        "docs_with": "Dokumenter med fundet", "share": "Andel af dokumenter",
        "by_folder": "Pr. mappe (enhed/år)", "by_year": "Pr. år", "folder": "Mappe",
        "year": "År", "all_files": "Dokumenter med fund eller læsefejl", "path": "Fil",
        "kind": "Type", "status": "Status", "details": "Fund og uddrag",
        "read_errors": "Dokumenter der ikke kunne læses", "code": "Fejlkode",
        "message": "Besked", "hint": "Hvad gør man", "legend": "Reglerne",
        "severity": "Alvor", "field": "Felt", "source": "Kilde", "filter": "Vis kun regel",
        "all_rules": "alle regler", "by_rule_lists": "Dokumenter pr. regel",
        "ok_files": "Dokumenter i orden", "none": "Ingen.", "page": "side",
        "paragraph": "afsnit", "waived_mark": "undtaget", "generated_by": "Lavet med",
        "rule_pack": "regelsæt", "roots": "stier i forhold til", "chart_rules": "Søjlediagram: antal fund pr. regel",
        "chart_folders": "Søjlediagram: dokumenter i orden, med fund og ulæselige pr. mappe",
        "by_severity": "Fund efter alvor", "top": "til toppen",
        "no_findings": "Ingen fund — alle dokumenter opfylder reglerne.",
        "headline": ("{flagged} af {files} dokumenter ({share}) har fund, "
                     "{errors} kunne ikke læses."),
        "most_common": "Hyppigste fund: {rule} i {documents} dokumenter.",
        "of_with": "med fund", "explain": "Hvad linteren læste (--explain)",
        "required": "Krævet", "value": "Værdi", "where": "Sted", "how": "Fundet via",
        "note": "Bemærkning",
    },
    "en": {
        "title": "Quality review of mentor agreements",
        "lang": "en", "summary": "Summary", "files": "Documents", "ok": "OK",
        "with_findings": "With findings", "errors": "Unreadable", "findings": "Findings",
        "waived": "Waived", "by_rule": "Findings per rule", "rule": "Rule", "rule_id": "Id", "count": "Findings",
        "docs_with": "Documents with the finding", "share": "Share of documents",
        "by_folder": "Per folder (unit/year)", "by_year": "Per year", "folder": "Folder",
        "year": "Year", "all_files": "Documents with findings or read errors", "path": "File",
        "kind": "Kind", "status": "Status", "details": "Findings and evidence",
        "read_errors": "Documents that could not be read", "code": "Error code",
        "message": "Message", "hint": "What to do", "legend": "The rules",
        "severity": "Severity", "field": "Field", "source": "Source", "filter": "Show only rule",
        "all_rules": "all rules", "by_rule_lists": "Documents per rule",
        "ok_files": "Documents without findings", "none": "None.", "page": "page",
        "paragraph": "paragraph", "waived_mark": "waived", "generated_by": "Made with",
        "rule_pack": "rule pack", "roots": "paths relative to", "chart_rules": "Bar chart: number of findings per rule",
        "chart_folders": "Bar chart: documents OK, with findings and unreadable per folder",
        "by_severity": "Findings by severity", "top": "back to top",
        "no_findings": "No findings: every document meets the rules.",
        "headline": ("{flagged} of {files} documents ({share}) have findings, "
                     "{errors} could not be read."),
        "most_common": "Most common finding: {rule} in {documents} documents.",
        "of_with": "with findings", "explain": "What the linter read (--explain)",
        "required": "Required", "value": "Value", "where": "Where", "how": "Found by",
        "note": "Note",
    },
}


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("mentordocs.report", "templates"),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined)
    return env


def _location(finding: Finding, labels: dict[str, str]) -> str:
    parts = []
    if finding.location.page is not None:
        parts.append(f"{labels['page']} {finding.location.page}")
    if finding.location.paragraph is not None:
        parts.append(f"{labels['paragraph']} {finding.location.paragraph}")
    return ", ".join(parts)


def _finding_view(finding: Finding, labels: dict[str, str], lang: str,
                  waived: bool, titles: dict[str, str]) -> dict[str, Any]:
    return {"rule": finding.rule, "title": titles.get(finding.rule, finding.rule),
            "severity": finding.severity.value,
            "severity_label": term(finding.severity.value, lang, severity=True),
            "message": mask_cpr(finding.message), "evidence": mask_cpr(finding.evidence or ""),
            "location": _location(finding, labels), "waived": waived,
            "ocr": ocr_note(finding, lang) if finding.ocr else ""}


def _explain_view(fields: dict[str, dict[str, Any]] | None, labels: dict[str, str],
                  lang: str) -> list[dict[str, Any]]:
    """The ``--explain`` field view of one file as table rows ([] without ``--explain``).

    The words (status, cue, period) are the text explanation's own (:mod:`mentordocs.lint.explain`)."""
    if not fields:
        return []
    states = _EXPLAIN_STATUS.get(lang, _EXPLAIN_STATUS["da"])
    head = _EXPLAIN_HEAD.get(lang, _EXPLAIN_HEAD["da"])
    rows = []
    for key, entry in fields.items():
        how = _EXPLAIN_CUES.get(entry.get("cue") or "", {}).get(lang, entry.get("cue") or "")
        if entry.get("label"):
            how += f" \u201c{entry['label']}\u201d"
        loc = entry.get("location") or {}
        where = ", ".join(part for part in (
            f"{labels['page']} {loc['page']}" if loc.get("page") is not None else "",
            f"{labels['paragraph']} {loc['paragraph']}" if loc.get("paragraph") is not None else "")
            if part)
        note = entry.get("looked_at", "")
        period = entry.get("period")
        if period and "start" in period:
            verdict = head["over"] if period["over_limit"] else head["within"]
            note = (f"{head['period']}: {period['start']} – {period['end']} ({head['length']} "
                    f"{period['length']}); {head['latest']}: {period['latest_allowed_end']} "
                    f"→ {verdict}")
        elif period:
            note = f"{head['period']}: {period['text']} ({head['length']} {period['length']})"
        status = entry["status"]
        rows.append({"key": key, "status": status, "status_label": states.get(status, status),
                     "required": head["required"] if entry.get("required") else head["optional"],
                     "value": mask_cpr(entry.get("value", "")), "where": where,
                     "how": mask_cpr(how), "note": mask_cpr(note),
                     "missing": entry.get("required") and status != "present"})
    return rows


def _rule_table(results: Sequence[FileResult], rules: Sequence[RuleInfo]) -> list[dict[str, Any]]:
    known = {r.name: r for r in rules}
    counts = count_rules(results)
    findings, documents, severity = counts.findings, counts.documents, counts.severity
    names = list(known) + sorted(set(findings) - set(known))
    rows: list[dict[str, Any]] = []
    for name in names:
        info = known.get(name)
        rows.append({"name": name, "title": info.label if info else name,
                     "summary": info.summary if info else "",
                     "severity": info.severity if info else severity.get(name, "warning"),
                     "field": (info.field or "") if info else "",
                     "source": info.source if info else "",
                     "findings": findings[name], "documents": documents[name]})
    rows.sort(key=lambda r: (-r["findings"], SEVERITY_ORDER.get(r["severity"], 3), r["name"]))
    return rows


def _bar_chart(rows: list[dict[str, Any]], title: str, total_docs: int) -> dict[str, Any]:
    """Geometry for a horizontal bar chart, computed here so the template stays simple."""
    shown = [r for r in rows if r["findings"]] or rows
    label_width, bar_width, row_height = 230, 330, 30
    top = max((r["findings"] for r in shown), default=0) or 1
    bars = []
    for i, row in enumerate(shown):
        width = round(bar_width * row["findings"] / top, 1)
        share = f"{100 * row['documents'] / total_docs:.0f} %" if total_docs else ""
        bars.append({"y": i * row_height, "width": width, "label": row["title"],
                     "value": row["findings"], "share": share,
                     "color": SEVERITY_COLOR.get(row["severity"], "#555")})
    return {"title": title, "bars": bars, "label_width": label_width, "bar_width": bar_width,
            "row_height": row_height, "height": max(1, len(bars)) * row_height + 4,
            "width": label_width + bar_width + 110}


def _folder_chart(folders: dict[str, dict[str, Any]], title: str) -> dict[str, Any]:
    label_width, bar_width, row_height = 230, 330, 30
    top = max((b["files"] for b in folders.values()), default=0) or 1
    rows = []
    for i, (name, b) in enumerate(folders.items()):
        x = label_width
        segments = []
        for key, color in (("ok", "#2e7d32"), ("with_findings", "#995c00"), ("errors", "#6b6b6b")):
            w = round(bar_width * b[key] / top, 1)
            if w:
                segments.append({"x": x, "width": w, "color": color, "key": key, "value": b[key]})
            x += w
        rows.append({"y": i * row_height, "label": name, "segments": segments,
                     "end": x, "files": b["files"], "with_findings": b["with_findings"]})
    return {"title": title, "rows": rows, "label_width": label_width,
            "row_height": row_height, "height": max(1, len(rows)) * row_height + 4,
            "width": label_width + bar_width + 110}


def view_model(results: Sequence[FileResult], context: ReportContext) -> dict[str, Any]:
    """Everything the template shows, already masked, counted and ordered."""
    lang = context.lang if context.lang in LABELS else "da"
    labels = LABELS[lang]
    roots = context.extra.get("roots", ())
    shown_roots = [mask_path(str(root)) for root in roots]
    stats = compute(results, roots)
    rules = _rule_table(results, context.rules)
    for rule in rules:
        rule["severity_label"] = term(rule["severity"], lang, severity=True)
    titles = {r["name"]: r["title"] for r in rules}
    flagged, ok_files, read_errors = [], [], []
    by_rule_paths: dict[str, list[tuple[str, str]]] = {r["name"]: [] for r in rules}
    for index, result in enumerate(sorted(results, key=lambda r: r.path)):
        path = relative_path(mask_path(result.path), shown_roots)
        row_id = f"f{index}"
        explained = _explain_view(result.fields, labels, lang)
        if result.status == "ok" and not result.waived:
            ok_files.append({"path": path, "explain": explained})
            continue
        findings = [_finding_view(f, labels, lang, False, titles) for f in sorted(
            result.findings, key=lambda f: (SEVERITY_ORDER[f.severity.value], f.rule))]
        findings += [_finding_view(f, labels, lang, True, titles) for f in result.waived]
        for name in dict.fromkeys(f.rule for f in result.findings):
            by_rule_paths.setdefault(name, []).append((row_id, path))
        error = None
        if result.error is not None:
            code = result.error.code.value
            error = {"code": code, "message": mask_cpr(result.error.message),
                     "hint": advice(code, result.path, lang)}
            read_errors.append({"id": row_id, "path": path, **error})
        flagged.append({"id": row_id, "path": path, "kind": term(result.kind, lang),
                        "status": result.status, "status_label": term(result.status, lang),
                        "rules": " ".join(dict.fromkeys(f.rule for f in result.findings)),
                        "findings": findings, "error": error, "explain": explained})
    summary = {"files": len(results), "ok": sum(r.status == "ok" for r in results),
               "with_findings": sum(r.status == "findings" for r in results),
               "errors": sum(r.status == "error" for r in results),
               "findings": stats["findings"], "waived": stats["waived"],
               "by_severity": [(term(s, lang, severity=True), stats["by_severity"].get(s, 0), s)
                               for s in ("error", "warning", "info")]}
    files = summary["files"]
    headline = labels["headline"].format(
        flagged=summary["with_findings"], files=files, errors=summary["errors"],
        share=f"{100 * summary['with_findings'] / files:.0f} %" if files else "0 %")
    top = rules[0] if rules and rules[0]["findings"] else None
    if top:
        headline += " " + labels["most_common"].format(
            rule=top["title"],
            documents=top["documents"])
    return {
        "L": labels, "lang": lang, "headline": headline,
        "title": context.extra.get("title") or labels["title"],
        "generated": context.extra.get("generated"), "roots": shown_roots,
        "tool": f"{context.tool_name} {context.tool_version}", "rule_pack": context.rule_pack,
        "summary": summary, "rules": rules,
        "rule_chart": _bar_chart(rules, labels["chart_rules"], len(results)),
        "folder_chart": _folder_chart(stats["by_folder"], labels["chart_folders"]),
        "folders": stats["by_folder"], "years": stats["by_year"],
        "folder_rules": [(r["name"], r["title"]) for r in rules if r["findings"]],
        "titles": {r["name"]: r["title"] for r in rules},
        "flagged": flagged, "ok_files": ok_files, "read_errors": read_errors,
        "by_rule_paths": by_rule_paths,
    }


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    """The report as one HTML document (UTF-8 text)."""
    return _environment().get_template("report.html.j2").render(view_model(results, context))
