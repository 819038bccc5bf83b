"""A generated document must pass mentordocs' own linter before it is written or sent.

The generator lints every rendered document (DOCX, text, Markdown, HTML; a PDF is checked as
the DOCX it is converted from) with the same rule pack the linter uses. An error-severity
finding means the template, not the case, is wrong (the case was validated first): a
municipality's template that lost its appeal guidance, or a shipped template broken by an edit.
The document is refused with a message naming the template file, the missing field and the
template variables that supply it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from mentordocs.domain.fields import FIELDS, Field

if TYPE_CHECKING:
    from mentordocs.lint.model import Finding
    from mentordocs.lint.rules import RulePack

#: The template variables that put each mandatory field into a document (docs/generate.md).
FIELD_VARIABLES: dict[Field, str] = {
    Field.GOAL: "overskriften {{ labels.goal }} og {{ support.goal }}",
    Field.MENTOR: "overskriften {{ labels.mentor }} med {{ mentor.name }}, {{ mentor.phone }} "
                  "og {{ mentor.email }}",
    Field.TASKS: "overskriften {{ labels.tasks }} og en løkke over support.tasks",
    Field.DURATION: "overskriften {{ labels.duration }} og {{ support.start }} til og med "
                    "{{ support.end }}",
    Field.FOLLOW_UP: "overskriften {{ labels.follow_up }}, {{ support.follow_up_plan }} og "
                     "løkker over support.progression_goals og support.evaluation_dates",
    Field.HOURS: "overskriften {{ labels.hours }} og {{ support.hours }} pr. uge",
    Field.APPEAL_GUIDANCE: "overskriften {{ labels.appeal_guidance }} og en løkke over "
                           "appeal_guidance (afsnittene fra lovdata)",
    Field.REASONS: "overskriften {{ labels.reasons }} og {{ decision.reasons }}",
}


#: Where the case supplies each field: the other possible culprit (a goal that reads as a
#: placeholder fails the linter whatever the template does).
CASE_FIELDS: dict[Field, str] = {
    Field.GOAL: "support.goal", Field.MENTOR: "mentor", Field.TASKS: "support.tasks",
    Field.DURATION: "support.start og support.end", Field.FOLLOW_UP: "support.follow_up",
    Field.HOURS: "support.hours_per_week", Field.REASONS: "decision.reasons",
}


def error_findings(data: bytes, fmt: str, pack: "RulePack") -> list["Finding"]:
    """The error-severity findings of the linter for a rendered document of format ``fmt``."""
    from mentordocs.lint.engine import lint_bytes
    from mentordocs.lint.model import Severity

    result = lint_bytes(data, f"dokument.{fmt}", pack)
    if result.error is not None:
        # The generator's own output could not be read back: as serious as a missing field.
        return [_unreadable(result.error)]
    return [f for f in result.findings if f.severity == Severity.ERROR]


def _unreadable(error: object) -> "Finding":
    from mentordocs.lint.model import Finding, Severity

    return Finding(rule="unreadable", severity=Severity.ERROR,
                   message=f"Dokumentet kunne ikke læses igen ({error}).")


def describe(finding: "Finding", *, shipped: bool = False) -> str:
    """One finding as: the field, what is wrong, the variables to add and the rule's fix.

    With a shipped template (tested to contain every field) only the case can be at fault;
    with the municipality's own, it may be either.
    """
    try:
        field = Field(finding.field) if finding.field else None
    except ValueError:
        field = None
    parts = []
    if field is not None:
        parts.append(f"Feltet »{FIELDS[field].label_da}« ({finding.rule}): {finding.message}")
        in_case = CASE_FIELDS.get(field)
        if shipped and in_case:
            parts.append(f"Ret {in_case} i sagen.")
        elif in_case:
            parts.append(f"Indsæt {FIELD_VARIABLES[field]} i skabelonen, eller ret {in_case} i "
                         "sagen, hvis skabelonen allerede har det.")
        else:
            parts.append(f"Indsæt {FIELD_VARIABLES[field]} i skabelonen.")
    else:
        parts.append(f"{finding.rule}: {finding.message}")
    if finding.fix:
        parts.append(finding.fix)
    return " ".join(parts)


def refusal_message(template: Path, document: str, findings: Sequence["Finding"], *,
                    shipped: bool = False) -> str:
    """Why a document was refused: the template file and each field that is missing."""
    problems = " ".join(describe(f, shipped=shipped) for f in findings)
    return (f"skabelonen {template} giver et dokument ({document}), som ikke består "
            f"mentordocs' egen kontrol, så intet er skrevet. {problems}")
