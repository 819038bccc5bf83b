"""``sarif``: SARIF 2.1.0, so findings can be tracked in tools that read static-analysis logs.

Documents have pages and paragraphs, not lines, so a result's ``region`` is left out and the
page/paragraph go into ``properties`` (and into a logical location named ``side N, afsnit M``).
Each result carries a fingerprint that is stable across runs and across renames: a hash of the
document's content hash, the rule, the field and the whitespace- and case-normalised evidence.
Unreadable files become results of the ``read-error`` rule and tool execution notifications.
Waived findings are results with an external, accepted suppression.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Sequence
from urllib.parse import quote

from mentordocs.domain.cpr import mask_cpr
from mentordocs.lint.model import FileResult, Finding
from mentordocs.report import ReportContext, RuleInfo
from mentordocs.report.statistics import mask_path

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/mentordocs/mentordocs"
FINGERPRINT_KEY = "mentordocs/v1"
READ_ERROR_RULE = RuleInfo(
    name="read-error", severity="error",
    summary="Dokumentet kunne ikke læses, så ingen regler er kontrolleret.",
    doc="The file is corrupt, encrypted, has no text layer, is in an unsupported format, too "
        "large, or took too long to read. The result's `properties.code` says which; review the "
        "document by hand or convert it and lint it again.")

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _normalise(text: str | None) -> str:
    return re.sub(r"\s+", " ", mask_cpr(text or "")).strip().casefold()


def fingerprint(result: FileResult, finding: Finding) -> str:
    """A hash that identifies one finding in one document's content, whatever its path."""
    document = result.sha256 or "path:" + mask_path(result.path)
    key = "\0".join((document, finding.rule, finding.field or "", _normalise(finding.evidence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def artifact_uri(path: str) -> str:
    """A relative URI reference (percent-encoded, ``/``-separated) or a ``file:`` URI."""
    if PureWindowsPath(path).drive:
        return "file:///" + quote(PureWindowsPath(path).as_posix(), safe="/:")
    posix = path.replace("\\", "/")
    if PurePosixPath(posix).is_absolute():
        return "file://" + quote(posix, safe="/")
    return quote(posix, safe="/")


def _rule_descriptor(rule: RuleInfo) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": rule.name, "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": " ".join(p for p in (rule.summary, rule.source and
                                                         f"Kilde: {rule.source}.") if p)
                            or rule.name},
        "defaultConfiguration": {"level": _LEVEL.get(rule.severity, "warning")},
        "properties": {"field": rule.field, "source": rule.source},
    }
    if rule.doc:
        descriptor["help"] = {"text": rule.doc, "markdown": rule.doc}
    return descriptor


def _location(result: FileResult, finding: Finding | None) -> dict[str, Any]:
    location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {
        "uri": artifact_uri(mask_path(result.path)), "uriBaseId": "%SRCROOT%"}}}
    if PurePosixPath(location["physicalLocation"]["artifactLocation"]["uri"]).is_absolute() or \
            location["physicalLocation"]["artifactLocation"]["uri"].startswith("file:"):
        del location["physicalLocation"]["artifactLocation"]["uriBaseId"]
    if finding is not None and (finding.location.page or finding.location.paragraph):
        parts = []
        if finding.location.page is not None:
            parts.append(f"side {finding.location.page}")
        if finding.location.paragraph is not None:
            parts.append(f"afsnit {finding.location.paragraph}")
        location["logicalLocations"] = [{"name": ", ".join(parts), "kind": "element"}]
        location["properties"] = finding.location.to_dict()
    return location


def _result(result: FileResult, finding: Finding, rule_index: dict[str, int],
            waived: bool) -> dict[str, Any]:
    fp = fingerprint(result, finding)
    out: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": _LEVEL[finding.severity.value],
        "message": {"text": mask_cpr(finding.message)},
        "locations": [_location(result, finding)],
        "partialFingerprints": {FINGERPRINT_KEY: fp},
        "fingerprints": {FINGERPRINT_KEY: fp},
        "properties": {"page": finding.location.page, "paragraph": finding.location.paragraph,
                       "field": finding.field, "evidence": mask_cpr(finding.evidence or ""),
                       "kind": result.kind, "documentSha256": result.sha256},
    }
    if finding.rule in rule_index:
        out["ruleIndex"] = rule_index[finding.rule]
    if finding.fix:
        out["properties"]["fix"] = mask_cpr(finding.fix)
    if waived:
        out["suppressions"] = [{"kind": "external", "status": "accepted",
                                "justification": "Undtaget i baseline-filen (waiver)."}]
    return out


def _read_error(result: FileResult, rule_index: dict[str, int]) -> dict[str, Any]:
    assert result.error is not None
    code = result.error.code.value
    key = "\0".join((result.sha256 or "path:" + mask_path(result.path), "read-error", code))
    fp = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return {"ruleId": READ_ERROR_RULE.name, "ruleIndex": rule_index[READ_ERROR_RULE.name],
            "level": "error", "message": {"text": f"{code}: {mask_cpr(result.error.message)}"},
            "locations": [_location(result, None)],
            "partialFingerprints": {FINGERPRINT_KEY: fp}, "fingerprints": {FINGERPRINT_KEY: fp},
            "properties": {"code": code, "documentSha256": result.sha256}}


def log(results: Sequence[FileResult], context: ReportContext) -> dict[str, Any]:
    """The SARIF log as a dict (one run)."""
    rules = list(context.rules)
    seen = {r.name for r in rules}
    for result in results:
        for finding in [*result.findings, *result.waived]:
            if finding.rule not in seen:
                seen.add(finding.rule)
                rules.append(RuleInfo(finding.rule, finding.severity.value, finding.rule))
    rules.append(READ_ERROR_RULE)
    rule_index = {rule.name: i for i, rule in enumerate(rules)}
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for result in sorted(results, key=lambda r: r.path):
        if result.error is not None:
            sarif_results.append(_read_error(result, rule_index))
            notifications.append({
                "level": "error",
                "message": {"text": f"{result.error.code.value}: {mask_cpr(result.error.message)}"},
                "locations": [_location(result, None)],
                "descriptor": {"id": READ_ERROR_RULE.name}})
        sarif_results += [_result(result, f, rule_index, False) for f in result.findings]
        sarif_results += [_result(result, f, rule_index, True) for f in result.waived]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": context.tool_name, "version": context.tool_version,
                            "semanticVersion": context.tool_version,
                            "informationUri": INFORMATION_URI,
                            "rules": [_rule_descriptor(r) for r in rules],
                            "properties": {"rulePack": context.rule_pack}}},
        "invocations": [{"executionSuccessful": True,
                         "toolExecutionNotifications": notifications}],
        "originalUriBaseIds": {"%SRCROOT%": {"description": {
            "text": "The directory mentordocs was run from."}}},
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
        "properties": {"files": len(results)},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    """The SARIF log as pretty-printed JSON text."""
    return json.dumps(log(results, context), ensure_ascii=False, indent=2) + "\n"
