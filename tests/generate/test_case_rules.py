"""Case validation rules added after review: each one behaviour, each with its message."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from mentordocs.case import validate_case_data

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "cases" / "01-grant-tilbudsmentor-praktik.yaml"


def case(**changes: Any) -> dict[str, Any]:
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    for dotted, value in changes.items():
        *parents, key = dotted.split("__")
        target = data
        for parent in parents:
            target = target[parent]
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value
    return data


def paths(result: Any) -> list[str]:
    return [issue.path for issue in result.errors]


def test_a_grant_must_say_whether_it_fully_grants_the_application() -> None:
    result = validate_case_data(case(decision__fully_granted=None))
    assert paths(result) == ["decision.fully_granted"]
    assert "begrundes" in result.errors[0].message


def test_an_evaluation_on_the_first_day_is_not_the_evaluation_before_the_end() -> None:
    result = validate_case_data(case(support__follow_up__evaluation_dates=["2026-03-02", "2026-08-31"]))
    assert paths(result) == ["support.follow_up.evaluation_dates"]
    assert "17. august 2026" in result.errors[0].message


def test_a_period_from_the_31st_may_end_on_the_last_day_of_february() -> None:
    result = validate_case_data(case(support__start="2025-08-31", support__end="2026-02-28",
                                     support__follow_up__evaluation_dates=["2026-02-10"],
                                     decision__date="2025-08-20"))
    assert result.ok, result.errors


def test_a_letter_dated_after_the_checked_legal_basis_gets_a_warning() -> None:
    result = validate_case_data(case(decision__date="2027-02-01"))
    assert result.ok
    assert [w.path for w in result.warnings] == ["decision.date"]


def test_a_letter_dated_before_2020_is_refused_in_danish() -> None:
    result = validate_case_data(case(decision__date="2019-06-01"))
    assert "decision.date" in paths(result)
    assert "lovgrundlaget" in next(i.message for i in result.errors if i.path == "decision.date")


def test_format_errors_are_reported_together_with_type_errors() -> None:
    result = validate_case_data(case(support__hours_per_week="to", mentor__phone="12"))
    assert set(paths(result)) == {"support.hours_per_week", "mentor.phone"}


def test_an_unquoted_cpr_number_asks_for_quotes() -> None:
    result = validate_case_data(case(citizen__cpr=1503921237))
    assert paths(result) == ["citizen.cpr"]
    assert "anførselstegn" in result.errors[0].message
    assert "1503921237" not in result.errors[0].message


@pytest.mark.parametrize("field, value", [
    ("support__end", _dt.date(1, 1, 1)), ("support__end", _dt.date(9999, 12, 31)),
    ("support__start", _dt.date(1, 1, 1)), ("decision__date", _dt.date(9999, 12, 31)),
    ("support__discharge_date", _dt.date(9999, 12, 31))])
def test_a_date_no_mentor_case_can_have_is_one_clear_error(field: str, value: _dt.date) -> None:
    data = case(**{field: value})
    if field == "support__discharge_date":
        data["support"]["mentor_type"] = "udskrivningskoordinator"
    result = validate_case_data(data)
    assert field.replace("__", ".") in paths(result)
    assert any("mellem år 1900 og 2199" in issue.message for issue in result.errors)
