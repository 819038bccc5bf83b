"""The mandatory content of mentor documents: one source of truth.

Sources (see ``docs/sources.md``): BAB § 52 (2019) lists five items for the Min Plan entry;
Gribskov's quality standard (seed 002) lists six for the written agreement, splitting item 4
into duration *and* follow-up incl. progression goals, and adding appeal guidance.
A decision letter needs reasons (FVL §§ 22, 24; not for a full grant) and appeal guidance
(FVL § 25, LAB § 204, RSL kap. 10).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Field(StrEnum):
    """A piece of mandatory content. The value is the stable key used in JSON and rule packs."""

    GOAL = "goal"
    MENTOR = "mentor"
    TASKS = "tasks"
    DURATION = "duration"
    FOLLOW_UP = "follow_up"
    HOURS = "hours"
    APPEAL_GUIDANCE = "appeal_guidance"
    REASONS = "reasons"


@dataclass(frozen=True)
class FieldInfo:
    field: Field
    label_da: str
    label_en: str
    source: str


FIELDS: dict[Field, FieldInfo] = {
    info.field: info
    for info in (
        FieldInfo(Field.GOAL, "Målet med mentorstøtten", "Goal of the mentor support",
                  "BAB § 52, nr. 1; Gribskov kvalitetsstandard, punkt 1"),
        FieldInfo(Field.MENTOR, "Mentorens navn og kontaktdata", "Mentor's name and contact data",
                  "BAB § 52, nr. 2; Gribskov kvalitetsstandard, punkt 2"),
        FieldInfo(Field.TASKS, "Mentorens opgaver", "Tasks the mentor will help with",
                  "BAB § 52, nr. 3; Gribskov kvalitetsstandard, punkt 3"),
        FieldInfo(Field.DURATION, "Varighed", "Duration of the agreement",
                  "LAB § 167, stk. 1; BAB § 52, nr. 4; Gribskov kvalitetsstandard, punkt 4"),
        FieldInfo(Field.FOLLOW_UP, "Opfølgning og mål for progression",
                  "Follow-up incl. progression goals", "Gribskov kvalitetsstandard, punkt 4"),
        FieldInfo(Field.HOURS, "Timetal", "Number of hours",
                  "BAB § 52, nr. 5; Gribskov kvalitetsstandard, punkt 5"),
        FieldInfo(Field.APPEAL_GUIDANCE, "Klagevejledning", "Appeal guidance",
                  "Forvaltningsloven § 25; LAB § 204; Gribskov kvalitetsstandard, punkt 6"),
        FieldInfo(Field.REASONS, "Begrundelse", "Reasons",
                  "Forvaltningsloven §§ 22 og 24"),
    )
}


class DocumentKind(StrEnum):
    AGREEMENT = "agreement"
    MINPLAN = "minplan"
    DECISION = "decision"
    UNKNOWN = "unknown"


#: Which fields each kind of document must contain. Reasons for a decision are conditional
#: (not needed for a full grant), so the linter treats them separately.
REQUIRED_FIELDS: dict[DocumentKind, tuple[Field, ...]] = {
    DocumentKind.AGREEMENT: (Field.GOAL, Field.MENTOR, Field.TASKS, Field.DURATION,
                             Field.FOLLOW_UP, Field.HOURS, Field.APPEAL_GUIDANCE),
    DocumentKind.MINPLAN: (Field.GOAL, Field.MENTOR, Field.TASKS, Field.DURATION, Field.HOURS),
    DocumentKind.DECISION: (Field.APPEAL_GUIDANCE,),
    DocumentKind.UNKNOWN: (),
}

#: The field keys, in the order the reports list them: the one list the linter, the reports and
#: the rule packs use.
FIELD_KEYS: tuple[str, ...] = tuple(f.value for f in Field)

#: The fields of a written agreement, the core the linter looks for in every document.
AGREEMENT_KEYS: tuple[str, ...] = tuple(f.value for f in REQUIRED_FIELDS[DocumentKind.AGREEMENT])

#: The fields a written agreement states beyond what a decision must (domain.md § 8).
AGREEMENT_OWN_KEYS: tuple[str, ...] = tuple(
    key for key in AGREEMENT_KEYS if Field(key) not in REQUIRED_FIELDS[DocumentKind.DECISION])

#: The document kinds a rule may apply to, "unknown" included.
DOCUMENT_KINDS: tuple[str, ...] = tuple(k.value for k in DocumentKind)
