"""The 6-month reading (domain.md §9): the day before the corresponding date, or the month's end."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentordocs.domain.periods import is_over_limit, latest_end, months_and_days

D = dt.date


@pytest.mark.parametrize("start, end", [
    (D(2026, 3, 1), D(2026, 8, 31)),
    (D(2025, 11, 1), D(2026, 4, 30)),     # across a year boundary
    (D(2025, 8, 31), D(2026, 2, 28)),     # no 31 February: the month's last day
    (D(2027, 8, 31), D(2028, 2, 29)),     # leap year
    (D(2026, 3, 31), D(2026, 9, 30)),
    (D(2026, 1, 31), D(2026, 7, 30)),
    (D(2026, 2, 28), D(2026, 8, 27)),
])
def test_latest_end_is_exactly_six_months(start: dt.date, end: dt.date) -> None:
    assert latest_end(start) == end
    assert not is_over_limit(start, end)
    assert is_over_limit(start, end + dt.timedelta(days=1))
    assert months_and_days(start, end) == (6, 0)


def test_length_is_counted_in_months_and_days() -> None:
    assert months_and_days(D(2026, 3, 1), D(2026, 10, 31)) == (8, 0)
    assert months_and_days(D(2026, 3, 1), D(2026, 9, 1)) == (6, 1)


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 1, 1)), st.integers(1, 24))
def test_a_period_of_k_months_is_over_the_limit_exactly_when_k_exceeds_six(start: dt.date, k: int) -> None:
    from mentordocs.domain.periods import PeriodPolicy

    end = latest_end(start, PeriodPolicy(max_months=k))
    assert is_over_limit(start, end) == (k > 6)
