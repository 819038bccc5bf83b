"""CPR numbers: find and mask them. They must never reach a log, report or error message.

A CPR number is DDMMYY-SSSS with an optional hyphen or space (cpr.dk). Numbers without
modulus-11 check digits have been issued since 2007, so detection uses the pattern plus a
plausible date and never modulus 11 (domain.md section 5).
"""

from __future__ import annotations

import re

# Not inside a longer number or a dotted number ("12.345678-1234"). Anything else may stand
# before it, as in file names ("aftale-1503921237.docx", "/arkiv/150392-1237.docx"): masking
# too eagerly is the safe direction.
_CPR = re.compile(r"(?<![\d.])(\d{2})(\d{2})(\d{2})[-\u2010\u2011\u2013 ]?(\d{4})(?![\d\-]|\.\d)")

_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _plausible_date(day: str, month: str) -> bool:
    d, m = int(day), int(month)
    return 1 <= m <= 12 and 1 <= d <= _DAYS_IN_MONTH[m - 1]


def find_cprs(text: str) -> list[re.Match[str]]:
    return [m for m in _CPR.finditer(text) if _plausible_date(m.group(1), m.group(2))]


def mask_cpr(text: str) -> str:
    """Replace every CPR-like number by ``DDMMYY-XXXX`` (the birth date stays, the serial goes)."""
    if not text:
        return text

    def repl(m: re.Match[str]) -> str:
        if not _plausible_date(m.group(1), m.group(2)):
            return m.group(0)
        return f"{m.group(1)}{m.group(2)}{m.group(3)}-XXXX"

    return _CPR.sub(repl, text)


def looks_like_cpr(value: str) -> bool:
    return bool(re.fullmatch(r"\d{6}-?\d{4}", value.strip())) and _plausible_date(
        value.strip()[:2], value.strip()[2:4])
