"""How long a mentor-support period may be (LAB § 167).

The law says "højst 6 måneder" (stk. 1) and, for persons discharged from psychiatric admission,
"op til 3 måneder forud for udskrivelsen og i en periode på mindst 6 måneder i alt" (stk. 2).
It does not say how to count a month. **The project's reading (an inference, configurable):**
a period that starts on day *d* may end at the latest on *d + 6 calendar months − 1 day*, so
1 March – 31 August is exactly six months and 1 March – 1 September is over the limit.
A length stated in weeks or days is compared with ``max_days_tolerance`` (default 184 days, so
"26 uger" = 182 days counts as six months).

For an udskrivningskoordinator the project reads stk. 2 as allowing a start up to 3 months before
discharge and at least 6 months in total after it; the limit applied is therefore 6 months after
the later of start and discharge (at most 9 months in all). Both numbers are settings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any, Mapping

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class PeriodPolicy:
    """The limits, as a municipality or rule pack may configure them."""

    max_months: int = 6
    max_days_tolerance: int = 184
    discharge_months_before: int = 3
    evaluation_before_end_days: int = 14
    #: The evaluation before the end must fall in the last this-many days before the deadline
    #: above (project's reading of Gribskov's "altid 14 dage inden støtteperioden ophører":
    #: an evaluation on the first day does not count as the one before the end).
    evaluation_window_days: int = 31


    def with_settings(self, settings: Mapping[str, Any]) -> PeriodPolicy:
        """This policy with the numbers a rule pack's or profile's ``settings`` give."""
        names = {f.name for f in fields(self)}
        return replace(self, **{k: int(v) for k, v in settings.items() if k in names and v is not None})


#: The one home of the defaults; rule packs and profiles override them.
DEFAULT_POLICY = PeriodPolicy()


def latest_end(start: dt.date, policy: PeriodPolicy = DEFAULT_POLICY) -> dt.date:
    """The last day of a period of ``policy.max_months`` calendar months starting on ``start``.

    The period ends the day before the corresponding date ``max_months`` later (1 March →
    31 August). When that month has no corresponding date (31 August + 6 months: there is no
    31 February), it ends on the last day of that month instead, as month-based time limits
    usually do in Danish administrative practice — so 31 August 2025 – 28 February 2026 and
    31 March – 30 September are six months. This is the project's reading (domain.md §9).
    """
    shifted = start + relativedelta(months=policy.max_months)
    if shifted.day != start.day:  # relativedelta clipped to the month's last day
        return shifted
    return shifted - dt.timedelta(days=1)


def is_over_limit(start: dt.date, end: dt.date, policy: PeriodPolicy = DEFAULT_POLICY) -> bool:
    return end > latest_end(start, policy)


def latest_end_for_discharge(start: dt.date, discharge: dt.date,
                             policy: PeriodPolicy = DEFAULT_POLICY) -> dt.date:
    """Latest end for an udskrivningskoordinator: 6 months from the later of start and discharge."""
    return latest_end(max(start, discharge), policy)


def earliest_discharge_start(discharge: dt.date, policy: PeriodPolicy = DEFAULT_POLICY) -> dt.date:
    return discharge - relativedelta(months=policy.discharge_months_before)


def months_and_days(start: dt.date, end: dt.date) -> tuple[int, int]:
    """Length of the inclusive period start..end as (whole calendar months, remaining days).

    Consistent with :func:`latest_end`: ``months_and_days(s, latest_end(s))`` is (6, 0).
    """
    months = (end.year - start.year) * 12 + (end.month - start.month) + 1
    while months > 0 and latest_end(start, PeriodPolicy(max_months=months)) > end:
        months -= 1
    if months <= 0:
        return 0, (end - start).days + 1
    return months, (end - latest_end(start, PeriodPolicy(max_months=months))).days


def days_over_tolerance(days: int, policy: PeriodPolicy = DEFAULT_POLICY) -> bool:
    """Whether a length given in days or weeks (not calendar months) is over the limit."""
    return days > policy.max_days_tolerance
