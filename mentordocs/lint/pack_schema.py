"""The schema of a rule pack file: every section is a typed model that rejects unknown keys.

A municipality edits YAML, not Python; a misspelt key ("lables:", "max_month:") would otherwise
be ignored in silence and the pack would not do what its author thinks. Each pack file is checked
on its own, before ``extends`` merges it, so the error names the file that holds the typo, the
key's path and its line, and says what to do.

Keys may end in "+" (append to the parent's list, see :func:`mentordocs.lint.rules.merge`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

Localized = Union[str, dict[str, str]]
Words = list[Any]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _plus_keys(cls, data: Any) -> Any:
        """"labels+:" appends to the parent's "labels": validate it as "labels"."""
        if isinstance(data, dict):
            return {(k[:-1] if isinstance(k, str) and k.endswith("+") else k): v for k, v in data.items()}
        return data


class FieldSpec(_Strict):
    terms: Optional[Words] = None
    labels: Optional[Words] = None
    prose: Optional[list[str]] = None
    prose_context: Optional[str] = None
    not_value: Optional[list[str]] = None
    #: Labels built on the field's words that name something else ("Din kontaktperson i kommunen"
    #: is the caseworker, not the mentor): regular expressions over the folded label.
    not_label: Optional[list[str]] = None
    openers: Optional[Words] = None


class LabelWords(_Strict):
    filler: Optional[Words] = None
    task_verbs: Optional[Words] = None
    whole_word_terms: Optional[Words] = None
    lead_in_ends: Optional[Words] = None
    abbreviations: Optional[dict[str, str]] = None
    question_cells: Optional[dict[str, str]] = None
    clause_openers: Optional[Words] = None
    modal_ends: Optional[Words] = None
    sentence_verbs: Optional[Words] = None
    speakers: Optional[Words] = None
    other_parties: Optional[Words] = None
    schedule_time_columns: Optional[Words] = None
    table_columns: Optional[Words] = None
    choice_columns: Optional[Words] = None
    responsible_columns: Optional[Words] = None
    phrases: Optional[dict[str, str]] = None
    aspect_heads: Optional[Words] = None
    agreed: Optional[list[str]] = None
    asides: Optional[Words] = None
    sub: Optional[Words] = None
    other: Optional[Words] = None
    max_words: Optional[int] = None
    max_question_words: Optional[int] = None
    max_unknown_words: Optional[int] = None
    fuzzy_min_length: Optional[int] = None
    fuzzy_max_distance: Optional[int] = None


class Settings(_Strict):
    max_months: Optional[int] = None
    max_days_tolerance: Optional[int] = None
    discharge_months_before: Optional[int] = None
    evaluation_before_end_days: Optional[int] = None
    evidence_chars: Optional[int] = None
    min_filled_fields_for_agreement: Optional[int] = None
    min_fields_for_agreement_in_decision: Optional[int] = None


class OtherType(_Strict):
    title: Optional[list[str]] = None
    body: Optional[list[str]] = None
    yields_to_fields: Optional[int] = None


class KindTitles(_Strict):
    agreement: Optional[list[str]] = None
    minplan: Optional[list[str]] = None
    decision: Optional[list[str]] = None


class Kinds(_Strict):
    title: Optional[KindTitles] = None
    body: Optional[KindTitles] = None
    title_guidance: Optional[list[str]] = None
    example: Optional[list[str]] = None
    guidance: Optional[list[str]] = None
    not_full_grant: Optional[list[str]] = None
    other: Optional[dict[str, OtherType]] = None
    min_other_hits: Optional[int] = None
    authority: Optional[list[str]] = None
    weak_authority: Optional[list[str]] = None
    private: Optional[list[str]] = None
    not_lab: Optional[list[str]] = None
    carries_agreement: Optional[list[str]] = None
    agreement_section: Optional[list[str]] = None
    agreement_to_come: Optional[list[str]] = None
    lab_cited: Optional[list[str]] = None
    subject: Optional[list[str]] = None
    decision_object: Optional[list[str]] = None
    case_signs: Optional[list[str]] = None
    one_citizen: Optional[list[str]] = None
    not_decision: Optional[list[list[str]]] = None
    mail_header: Optional[list[str]] = None
    info_column: Optional[list[str]] = None
    metadata_label: Optional[list[str]] = None
    site_title: Optional[list[str]] = None
    reply_subject: Optional[list[str]] = None
    menu_items: Optional[list[str]] = None
    jobcentre_party: Optional[list[str]] = None
    reference_label: Optional[list[str]] = None
    plan_title: Optional[list[str]] = None
    activity_record: Optional[list[str]] = None
    mailbox_site: Optional[list[str]] = None
    is_the_agreement: Optional[list[str]] = None
    no_support: Optional[list[str]] = None
    pending_support: Optional[list[str]] = None


class Durations(_Strict):
    number_words: Optional[dict[str, float]] = None
    units: Optional[Words] = None
    exclude_before: Optional[Words] = None
    exclude_after: Optional[Words] = None
    exclude_sentence: Optional[list[str]] = None
    exclude_clause: Optional[list[str]] = None
    support_context: Optional[list[str]] = None
    background_context: Optional[list[str]] = None
    discharge: Optional[list[str]] = None
    support_ends: Optional[list[str]] = None


class GoalClarity(_Strict):
    anchors: Optional[Words] = None
    not_anchors: Optional[list[str]] = None
    authority: Optional[list[str]] = None
    institution_lead_ins: Optional[list[str]] = None
    activity_openers: Optional[Words] = None
    vague_terms: Optional[Words] = None
    observable_markers: Optional[Words] = None


class Contact(_Strict):
    phone: Optional[str] = None
    email: Optional[str] = None
    phone_labelled: Optional[str] = None
    email_labelled: Optional[str] = None
    company_name: Optional[str] = None
    not_appointed: Optional[list[str]] = None
    redacted_name: Optional[list[str]] = None
    not_names: Optional[Words] = None
    other_party: Optional[Words] = None
    authority_contact: Optional[list[str]] = None


class Appeal(_Strict):
    bodies: Optional[list[str]] = None
    deadlines: Optional[list[str]] = None
    direct_route: Optional[list[str]] = None
    forwarded_route: Optional[list[str]] = None


class Hours(_Strict):
    vague: Optional[Words] = None


class Cues(_Strict):
    """The words the field finder reads content by (see the comments in lint_rules/default.yaml):
    regex alternatives over folded text, or word lists."""

    evaluation_line: Optional[list[str]] = None
    amount: Optional[list[str]] = None
    follow_up_rhythm: Optional[list[str]] = None
    follow_up_strong: Optional[list[str]] = None
    follow_up_meeting: Optional[list[str]] = None
    follow_up_vague: Optional[list[str]] = None
    name_pending: Optional[list[str]] = None
    quoted_text: Optional[list[str]] = None
    template_hint: Optional[list[str]] = None
    rhythm: Optional[list[str]] = None
    citizen_label: Optional[list[str]] = None
    not_follow_up: Optional[list[str]] = None
    assessment: Optional[list[str]] = None
    appeal_context: Optional[list[str]] = None
    appeal_other_subject: Optional[list[str]] = None
    danish_text: Optional[list[str]] = None
    plan_heading: Optional[list[str]] = None
    image_description: Optional[list[str]] = None
    translation_heading: Optional[list[str]] = None
    activity_name_label: Optional[list[str]] = None
    activity_status: Optional[list[str]] = None
    mentor_activity: Optional[list[str]] = None
    plan_activity: Optional[list[str]] = None
    mentor_support_title: Optional[list[str]] = None
    plan_goal_label: Optional[list[str]] = None
    no_goal: Optional[list[str]] = None
    general_statement: Optional[list[str]] = None
    period_start: Optional[list[str]] = None
    open_end: Optional[list[str]] = None
    other_activities_label: Optional[list[str]] = None
    sub_goal_label: Optional[list[str]] = None
    wish_label: Optional[list[str]] = None
    past_status_cell: Optional[list[str]] = None
    period_row: Optional[list[str]] = None
    background_heading: Optional[list[str]] = None
    assessment_heading: Optional[list[str]] = None
    spoken_punctuation: Optional[dict[str, str]] = None
    closing: Optional[list[str]] = None
    salutation: Optional[list[str]] = None
    signing_party: Optional[Words] = None
    cross_reference: Optional[list[str]] = None
    first_person_mentor: Optional[list[str]] = None
    first_person_contact: Optional[list[str]] = None
    negation: Optional[list[str]] = None
    copula: Optional[Words] = None
    not_mentor_hours: Optional[list[str]] = None
    hours_qualifiers: Optional[list[str]] = None
    hours_per_week: Optional[Words] = None
    hours_per_month: Optional[Words] = None
    hours_per_period: Optional[Words] = None
    per_period_label: Optional[list[str]] = None
    not_period_label: Optional[list[str]] = None
    history_heading: Optional[list[str]] = None
    past_status: Optional[list[str]] = None
    end_date: Optional[list[str]] = None
    goal_subjects: Optional[Words] = None
    goal_state_verbs: Optional[Words] = None
    goal_infinitives: Optional[Words] = None
    goal_stative_verbs: Optional[Words] = None
    goal_time: Optional[list[str]] = None
    not_a_subject: Optional[Words] = None
    not_a_goal: Optional[list[str]] = None
    not_an_activity_goal: Optional[list[str]] = None
    organisation_suffixes: Optional[list[str]] = None
    organisation_nouns: Optional[Words] = None
    name_followers: Optional[Words] = None
    page_furniture: Optional[list[str]] = None
    continuation: Optional[Words] = None


class Rule(_Strict):
    kind: Optional[str] = None
    severity: Optional[str] = None
    enabled: Optional[bool] = None
    field: Optional[str] = None
    applies_to: Optional[list[str]] = None
    source: Optional[str] = None
    #: A short name for people ("Klagevejledning mangler"), shown in reports in place of the id.
    title: Optional[Localized] = None
    summary: Optional[Localized] = None
    message: Optional[Localized] = None
    message_empty: Optional[Localized] = None
    message_incomplete: Optional[Localized] = None
    message_no_contact: Optional[Localized] = None
    message_no_name: Optional[Localized] = None
    message_other_subject: Optional[Localized] = None
    message_vague: Optional[Localized] = None
    fix: Optional[Localized] = None
    doc: Optional[str] = None
    days: Optional[int] = None
    levels: Optional[list[dict[str, Any]]] = None
    intervals: Optional[list[dict[str, Any]]] = None


class Checkboxes(_Strict):
    chosen: Optional[list[str]] = None
    unchosen: Optional[list[str]] = None


class PackFile(_Strict):
    name: Optional[str] = None
    description: Optional[Localized] = None
    extends: Optional[str] = None
    settings: Optional[Settings] = None
    placeholders: Optional[Words] = None
    placeholder_patterns: Optional[list[str]] = None
    checkboxes: Optional[Checkboxes] = None
    fields: Optional[dict[str, FieldSpec]] = None
    label_words: Optional[LabelWords] = None
    sublabels: Optional[Words] = None
    boundary_labels: Optional[Words] = None
    contact: Optional[Contact] = None
    appeal: Optional[Appeal] = None
    hours: Optional[Hours] = None
    cues: Optional[Cues] = None
    kinds: Optional[Kinds] = None
    durations: Optional[Durations] = None
    goal_clarity: Optional[GoalClarity] = None
    rules: Optional[dict[str, Rule]] = Field(default=None)


def check_pack_file(data: dict[str, Any], path: Path, text: str) -> Optional[str]:
    """None when ``data`` (one pack file's own YAML) fits the schema, else one message naming the
    file, the key, its line and what to do."""
    try:
        PackFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        key = str(error["loc"][-1]) if error["loc"] else ""
        line = _line_of(text, key)
        at = f" (line {line})" if line else ""
        if error["type"] == "extra_forbidden":
            return (f"{path}: unknown key '{where}'{at}; check the spelling against the shipped "
                    f"lint_rules/default.yaml (keys are case-sensitive)")
        return f"{path}: '{where}'{at}: {error['msg']}; fix the value"
    return None


def _line_of(text: str, key: str) -> Optional[int]:
    if not key:
        return None
    match = re.search(r"^\s*" + re.escape(key) + r"\+?\s*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None
