"""What the linter read: every field's status, value, location and the cue that decided it.

``mentordocs lint --explain FILE`` prints it; ``--format json --explain`` adds it to each file
as a ``fields`` object. A quality team sees *why* a field counts as missing or present, and
for the period the parsed start and end, the length and the latest end the configured reading
of LAB § 167 allows.

The ``fields`` object, per field key (``goal``, ``mentor``, …)::

    {"status": "present" | "empty" | "absent" | "incomplete" | "vague",
     "required": true,                       # required for the detected kind
     "value": "…",                           # the text taken as the value (CPR-masked, shortened)
     "location": {"page": 1, "paragraph": 4},
     "cue": "label", "label": "Mentorens opgaver",   # or "sentence" / "table header" / "value shape"
     "detail": "no-contact",                 # what an incomplete field lacks
     "looked_at": "…"}                       # for a missing field: where the linter looked

and for ``duration`` also ``"period": {"start", "end", "length", "latest_allowed_end",
"over_limit"}``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from mentordocs.domain import periods as P
from mentordocs.domain.cpr import mask_cpr
from mentordocs.lint.durations import discharge_policy, mentions_discharge
from mentordocs.domain.fields import FIELD_KEYS
from mentordocs.lint.model import FieldStatus
from mentordocs.lint.text import shorten
from mentordocs.domain.terminal import printable

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

#: How long a value may be in the explanation.
VALUE_CHARS = 200

_LOOKED = {
    "da": "Ingen etiket for feltet (fx {labels}) og ingen sætning eller værdi, der angiver det, i {blocks} afsnit.",
    "en": "No label for the field (e.g. {labels}) and no sentence or value that states it, in {blocks} paragraphs.",
}
_CUES = {
    "label": {"da": "etiket", "en": "label"},
    "sentence": {"da": "sætning", "en": "sentence"},
    "value shape": {"da": "værdiens form", "en": "value shape"},
}
_STATUS = {
    "da": {"present": "fundet", "empty": "tomt", "absent": "mangler", "incomplete": "ufuldstændigt",
           "vague": "uklart"},
    "en": {"present": "present", "empty": "empty", "absent": "absent", "incomplete": "incomplete",
           "vague": "vague"},
}
_HEAD = {
    "da": {"kind": "dokumenttype", "period": "periode", "latest": "seneste tilladte slutdato", "length": "længde",
           "required": "krævet", "optional": "ikke krævet", "looked": "søgt", "value": "værdi",
           "where": "sted", "over": "over grænsen", "within": "inden for grænsen", "months": "mdr."},
    "en": {"kind": "document kind", "period": "period", "latest": "latest allowed end", "length": "length",
           "required": "required", "optional": "not required", "looked": "looked at", "value": "value",
           "where": "where", "over": "over the limit", "within": "within the limit", "months": "months"},
}


def explain_fields(a: "Analysis") -> dict[str, dict[str, Any]]:
    """The ``fields`` object of one analysed document (see the module docstring)."""
    from mentordocs.lint.checks._common import required_fields

    required = required_fields(a)
    labels = a.compiled.fields.field_labels
    out: dict[str, dict[str, Any]] = {}
    for key in FIELD_KEYS:
        status = a.fields.get(key) or FieldStatus(key, "absent")
        entry: dict[str, Any] = {"status": status.state, "required": key in required}
        if status.value:
            entry["value"] = shorten(mask_cpr(" ".join(status.value.split())), VALUE_CHARS)
        if status.location.page is not None or status.location.paragraph is not None:
            entry["location"] = status.location.to_dict()
        cue, label = _cue(status)
        if status.state != "absent":
            entry["cue"] = cue
            if label:
                entry["label"] = mask_cpr(label)
        if status.detail:
            entry["detail"] = status.detail
        if status.state == "absent":
            examples = ", ".join(f'"{x}"' for x in labels.get(key, [])[:3])
            entry["looked_at"] = _LOOKED[a.lang if a.lang in _LOOKED else "da"].format(
                labels=examples, blocks=len(a.doc.blocks))
        if key == "duration":
            period = _period(a)
            if period is not None:
                entry["period"] = period
        out[key] = entry
    return out


def _cue(status: FieldStatus) -> tuple[str, Optional[str]]:
    if status.sections:
        section = status.sections[0]
        if section.fields and not section.by_value:
            return "label", section.label
        return "value shape", section.label or None
    return ("sentence", None) if status.state != "absent" else ("", None)


def _period(a: "Analysis") -> Optional[dict[str, Any]]:
    """The first dated support period: start, end, length and the latest allowed end."""
    from mentordocs.lint.checks._common import _support_periods

    policy = a.compiled.policy
    if mentions_discharge(a.folded, a.compiled.periods):
        policy = discharge_policy(policy)
    for _, p in _support_periods(a):
        if p.is_range and p.start is not None and p.end is not None:
            return {"text": mask_cpr(p.text.strip()), "start": p.start.isoformat(), "end": p.end.isoformat(),
                    "length": p.describe(a.lang), "max_months": policy.max_months,
                    "latest_allowed_end": P.latest_end(p.start, policy).isoformat(),
                    "over_limit": p.over_limit(policy)}
    for _, p in _support_periods(a):
        return {"text": mask_cpr(p.text.strip()), "length": p.describe(a.lang),
                "max_months": policy.max_months, "over_limit": p.over_limit(policy)}
    return None


def format_explanation(path: str, kind: str, fields: dict[str, dict[str, Any]], lang: str = "da") -> str:
    """The ``--explain`` text for one file."""
    head = _HEAD.get(lang, _HEAD["da"])
    states = _STATUS.get(lang, _STATUS["da"])
    lines = [f"{path}  ({head['kind']}: {kind})"]
    for key, entry in fields.items():
        need = head["required"] if entry["required"] else head["optional"]
        cue = entry.get("cue")
        how = ""
        if cue:
            how = _CUES.get(cue, {}).get(lang, cue)
            if entry.get("label"):
                how += f' "{printable(entry["label"])}"'
            how = f" ← {how}"
        where = ""
        loc = entry.get("location")
        if loc:
            bits = [f"p. {loc['page']}" if loc.get("page") is not None else "",
                    f"¶ {loc['paragraph']}" if loc.get("paragraph") is not None else ""]
            where = " (" + ", ".join(b for b in bits if b) + ")"
        detail = f" [{entry['detail']}]" if entry.get("detail") else ""
        lines.append(f"  {key:<16} {states.get(entry['status'], entry['status'])}{detail}, {need}{where}{how}")
        if entry.get("value"):
            lines.append(f"      {head['value']}: {printable(entry['value'])}")
        if entry.get("looked_at"):
            lines.append(f"      {head['looked']}: {printable(entry['looked_at'])}")
        period = entry.get("period")
        if period:
            if "start" in period:
                verdict = head["over"] if period["over_limit"] else head["within"]
                lines.append(f"      {head['period']}: {period['start']} – {period['end']} ({head['length']} "
                             f"{period['length']}); {head['latest']}: {period['latest_allowed_end']} "
                             f"({period['max_months']} {head['months']}) → {verdict}")
            else:
                lines.append(f"      {head['period']}: {period['text']} ({head['length']} {period['length']})")
    return mask_cpr("\n".join(lines)) + "\n"
