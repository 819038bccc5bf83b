"""Danish formatting of dates, numbers and periods (CLDR data through Babel)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "da_DK"


def long_date(day: dt.date) -> str:
    """``1. marts 2026``."""
    return format_date(day, format="d. MMMM y", locale=LOCALE)


def number(value: float | Decimal | int) -> str:
    """``1,5`` / ``2`` / ``0,75``: decimal comma, no trailing zeros."""
    return format_decimal(value, format="#,##0.##", locale=LOCALE)


def hours(value: float | Decimal | int) -> str:
    """``1,5 timer`` / ``1 time``."""
    return f"{number(value)} {'time' if Decimal(str(value)) == 1 else 'timer'}"


def period(start: dt.date, end: dt.date) -> str:
    """``1. marts 2026 – 31. august 2026``."""
    return f"{long_date(start)} \u2013 {long_date(end)}"
