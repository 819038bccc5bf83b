"""The form layout matches the case model, and form values convert to case data and back."""

from __future__ import annotations

import datetime as dt

import pytest
from werkzeug.datastructures import MultiDict

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mentordocs.case import Case, validate_case_data
from mentordocs.web import form
from mentordocs.web.form import (FIELDS, SECTIONS, add_row, check_values, data_from_values,
                                 empty_values, remove_row, values_from_data, values_from_form)

from .conftest import CASE, case_data, form_fields


def test_every_case_field_has_exactly_one_place_in_the_form() -> None:
    leaves = set(form._model_leaves(Case)) - {"schema"}
    assert set(FIELDS) == leaves


def test_required_marks_come_from_the_model() -> None:
    assert FIELDS["support.end"].required
    assert not FIELDS["citizen.cpr"].required
    assert SECTIONS[[s.path for s in SECTIONS].index("mentor")].optional


def test_widgets_are_derived_from_the_model_types() -> None:
    assert FIELDS["support.start"].widget == "date"
    assert FIELDS["support.tasks"].widget == "list-text"
    assert FIELDS["support.follow_up.evaluation_dates"].widget == "list-date"
    assert FIELDS["support.hours_per_week"].widget == "decimal"
    assert FIELDS["support.mentor_type"].widget == "select"
    assert FIELDS["decision.outcome"].widget == "radios"


def test_form_layout_snapshot(snapshot) -> None:
    lines = []
    for section in SECTIONS:
        lines.append(f"[{section.path}] {section.legend}" + (" (optional group)" if section.optional else ""))
        for spec in section.fields:
            mark = "required" if spec.required else "optional"
            lines.append(f"  {spec.path}: {spec.label} <{spec.widget}, {mark}>")
    assert "\n".join(lines) == snapshot


def test_a_complete_case_round_trips_through_the_form() -> None:
    values, ignored = values_from_data(CASE)
    assert ignored == []
    result = validate_case_data(data_from_values(values).data)
    assert result.ok, result.errors
    assert result.case.citizen.cpr == CASE["citizen"]["cpr"]


def test_decimal_comma_is_accepted_for_hours() -> None:
    values = values_from_form(form_fields(case_data(**{"support.hours_per_week": "1,5"})))
    outcome = check_values(values)
    assert outcome.ok
    assert str(outcome.result.case.support.hours_per_week) == "1.5"


def test_blank_rows_are_dropped_and_messages_point_at_the_row_typed_in() -> None:
    values = values_from_form(form_fields())
    values["support.follow_up.evaluation_dates"] = ["", "2026-04-01", "", "2027-01-01"]
    outcome = check_values(values)
    paths = [issue.path for issue in outcome.errors]
    assert "support.follow_up.evaluation_dates.3" in paths
    issue = next(i for i in outcome.errors if i.path == "support.follow_up.evaluation_dates.3")
    assert issue.target == "f-support-follow-up-evaluation-dates-3"
    assert issue.label == "Evalueringsdatoer, linje 4"


def test_an_empty_mentor_group_is_left_out_as_a_whole() -> None:
    values = empty_values()
    assert "mentor" not in data_from_values(values).data


def test_a_partly_filled_mentor_reports_the_missing_fields() -> None:
    values = values_from_form(form_fields(case_data(**{"mentor.phone": None})))
    outcome = check_values(values)
    assert [(i.path, i.message) for i in outcome.errors] == [("mentor.phone", "Udfyld telefon (mentor).")]


def test_six_month_error_is_shown_while_other_fields_are_still_empty() -> None:
    values = empty_values()
    values.update({"support.start": "2026-03-01", "support.end": "2026-11-01"})
    outcome = check_values(values)
    end = [i.message for i in outcome.errors if i.path == "support.end"]
    assert len(end) == 1 and "højst være 6 måneder" in end[0]


def test_goal_warnings_are_shown_while_other_fields_are_still_empty() -> None:
    values = empty_values()
    values["support.goal"] = "Støtte til at få mere struktur på hverdagen"
    outcome = check_values(values)
    assert {i.path for i in outcome.warnings} == {"support.goal"}
    assert len(outcome.warnings) >= 2


def test_messages_borrowed_from_the_filler_case_are_never_shown() -> None:
    outcome = check_values(empty_values())
    assert outcome.warnings == []
    # The form's default outcome is a grant, so a missing mentor is a real error.
    assert all(i.message.startswith(("Udfyld ", "Vælg ", "Skriv mindst én linje", "Svar på"))
               or i.path == "mentor" for i in outcome.errors)


def test_errors_come_in_the_order_of_the_form() -> None:
    outcome = check_values(empty_values())
    order = list(FIELDS)
    positions = [order.index(i.path) for i in outcome.errors if i.path in order]
    assert positions == sorted(positions)


def test_unknown_fields_in_a_loaded_file_are_reported() -> None:
    data = case_data()
    data["support"]["colour"] = "blå"
    _, ignored = values_from_data(data)
    assert ignored == ["support.colour"]


def test_invalid_loaded_values_are_kept_as_text() -> None:
    values, _ = values_from_data(case_data(**{"support.end": "1. marts"}))
    assert values["support.end"] == "1. marts"
    assert not form.is_iso_date("1. marts")
    assert form.is_iso_date(dt.date(2026, 3, 1).isoformat())


def test_rows_are_added_and_removed_but_one_row_always_stays() -> None:
    values = empty_values()
    assert add_row(values, "support.tasks") == 1
    remove_row(values, "support.tasks", 0)
    remove_row(values, "support.tasks", 0)
    assert values["support.tasks"] == [""]


def test_rows_cannot_grow_without_bound() -> None:
    values = empty_values()
    values["support.tasks"] = [""] * form.MAX_ROWS
    assert add_row(values, "support.tasks") is None


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(FIELDS)), st.text(max_size=40), max_size=12))
def test_any_typed_text_gives_messages_not_a_crash(typed: dict[str, str]) -> None:
    values = empty_values()
    for path, text in typed.items():
        values[path] = [text] if FIELDS[path].is_list else text
    outcome = check_values(values)
    assert outcome.ok or outcome.errors
    assert all(isinstance(i.message, str) and i.message for i in outcome.errors + outcome.warnings)


@pytest.mark.parametrize("typed", ["1/3-2026", "1.3.2026", "01.03.2026", "1-3-2026", "2026-03-01",
                                   "1. 3. 2026"])
def test_dates_are_accepted_the_danish_way_and_as_iso(typed: str) -> None:
    assert form.parse_date_text(typed) == dt.date(2026, 3, 1)


def test_an_unreadable_date_gets_a_danish_message_without_a_format_code() -> None:
    values = form.empty_values()
    values["support.end"] = "31.2.2026"
    messages = [i.message for i in form.check_values(values).errors if i.path == "support.end"]
    assert messages == ["Datoen i „Slutdato“ er ikke gyldig eller ikke færdigudfyldt."]


def _posted(**fields: str) -> MultiDict:
    return MultiDict(list(fields.items()))


def test_a_date_is_read_from_its_three_fields() -> None:
    values = form.values_from_form(_posted(**{"support.start": "1", "support.start-month": "3",
                                              "support.start-year": "2026"}))
    assert form.parse_date_text(values["support.start"]) == dt.date(2026, 3, 1)


@pytest.mark.parametrize("typed", ["1/3-2026", "1.3.2026", "2026-03-01"])
def test_a_whole_date_in_the_day_field_is_read_without_javascript(typed: str) -> None:
    values = form.values_from_form(_posted(**{"support.start": typed, "support.start-month": "",
                                              "support.start-year": ""}))
    assert form.parse_date_text(values["support.start"]) == dt.date(2026, 3, 1)
    assert form.date_parts(values["support.start"]) == ("1", "3", "2026")


def test_a_half_filled_date_names_its_field_in_the_danish_message() -> None:
    values = form.empty_values()
    values.update(form.values_from_form(_posted(**{"decision.date": "20", "decision.date-month": "2",
                                                   "decision.date-year": ""})))
    messages = [i.message for i in form.check_values(values).errors if i.path == "decision.date"]
    assert messages == ["Datoen i „Afgørelsens dato“ er ikke gyldig eller ikke færdigudfyldt."]


def test_a_half_filled_date_keeps_what_was_typed_in_each_field() -> None:
    values = form.values_from_form(_posted(**{"support.end": "31", "support.end-month": "",
                                              "support.end-year": "2026"}))
    assert form.date_parts(values["support.end"]) == ("31", "", "2026")


def test_a_list_of_dates_is_read_row_by_row_from_three_fields() -> None:
    path = "support.follow_up.evaluation_dates"
    posted = MultiDict([(path, "1"), (path + "-month", "4"), (path + "-year", "2026"),
                        (path, "14.8.2026"), (path + "-month", ""), (path + "-year", "")])
    rows = form.values_from_form(posted)[path]
    assert [form.parse_date_text(r) for r in rows] == [dt.date(2026, 4, 1), dt.date(2026, 8, 14)]


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=6), st.text(max_size=4), st.text(max_size=6))
@example("", "", ".")  # dots typed alone: "..." must not come back as "."
def test_three_typed_date_fields_survive_a_round_trip(day: str, month: str, year: str) -> None:
    """What the server shows again is what was typed (modulo blanks), so nothing is lost."""
    joined = form.join_date_parts(day, month, year)
    again = form.join_date_parts(*form.date_parts(joined))
    assert form.parse_date_text(again) == form.parse_date_text(joined)
    if form.parse_date_text(joined) is None:
        assert again == joined


def test_messages_on_the_form_never_mention_yaml() -> None:
    values = form.empty_values()
    values["citizen.cpr"] = "12345"
    messages = [i.message for i in form.check_values(values).errors]
    assert messages and not any("YAML" in m or "ÅÅÅÅ-MM-DD" in m for m in messages)


def test_an_empty_field_is_named_in_its_message() -> None:
    outcome = check_values(empty_values())
    messages = {i.path: i.message for i in outcome.errors}
    assert messages["municipality.name"] == "Udfyld kommunens navn."
    assert messages["support.mentor_type"] == "Vælg mentortype."
    assert messages["support.tasks"] == "Skriv mindst én linje under mentorens opgaver."


def test_a_section_keeps_its_own_hint_not_its_last_fields() -> None:
    hints = {section.path: section.hint for section in SECTIONS}
    assert hints["support"] is None  # was "Fx 2 eller 1,5", the hours field's hint
    assert hints["mentor"] == "Kan udelades ved afslag."
    assert hints["municipality"] is None
