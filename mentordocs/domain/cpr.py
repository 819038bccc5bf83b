"""CPR numbers: find and mask them. They must never reach a log, report or error message.

A CPR number is DDMMYY-SSSS with an optional separator (cpr.dk). Numbers without modulus-11
check digits have been issued since 2007, so detection uses the pattern plus a plausible date
and never modulus 11 (domain.md section 5). Masking errs on the side of masking: a ten-digit
number that starts with a plausible date is masked wherever it stands, in prose, file names
("aftale-0101901234.docx", "010190-1234/") and identifiers ("cpr.0101901234").
"""

from __future__ import annotations

import re

# Separator between birth date and serial: none, a space (also no-break), a hyphen or dash,
# a slash, or a spaced hyphen ("010190 - 1234").
_SEP = r"(?:[ \t\u00a0\u202f]?[-\u2010\u2011\u2012\u2013\u2212/][ \t\u00a0\u202f]?|[ \t\u00a0\u202f])?"
# Not part of a longer number ("12.0101901234.5", "20240101901234").
_CPR = re.compile(r"(?<!\d)(?<!\d[.,])(\d{2})(\d{2})(\d{2})" + _SEP + r"(\d{4})(?!\d)(?![.,]\d)")

_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _plausible_date(day: str, month: str) -> bool:
    d, m = int(day), int(month)
    return 1 <= m <= 12 and 1 <= d <= _DAYS_IN_MONTH[m - 1]


def find_cprs(text: str) -> list[re.Match[str]]:
    """Every CPR-like number in ``text`` (pattern plus a plausible birth date)."""
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


def mask_path(path: object) -> str:
    """A file path as reports and web pages show it: CPR numbers masked in every part.

    File names from old Windows archives may not be valid UTF-8; they are decoded with
    replacement characters so that reports can always be written.
    """
    import os

    text = os.fsencode(str(path)).decode("utf-8", errors="replace") if not isinstance(path, str) else path
    # File names also join the parts with "_" or "." ("aftale_010190_1234.pdf").
    return mask_cpr(_CPR_IN_NAME.sub(_mask_match, text))


_CPR_IN_NAME = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})[_.](\d{4})(?!\d)")


def _mask_match(m: re.Match[str]) -> str:
    if not _plausible_date(m.group(1), m.group(2)):
        return m.group(0)
    return f"{m.group(1)}{m.group(2)}{m.group(3)}-XXXX"


def looks_like_cpr(value: str) -> bool:
    """Whether ``value`` is a CPR number on its own (for validating the case's CPR field)."""
    value = value.strip()
    return bool(re.fullmatch(r"\d{6}-?\d{4}", value)) and _plausible_date(value[:2], value[2:4])
