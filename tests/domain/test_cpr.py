"""CPR numbers are masked wherever they stand; other numbers are left alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentordocs.domain.cpr import find_cprs, mask_cpr, mask_path


@pytest.mark.parametrize("text, masked", [
    ("CPR 010190-1234.", "CPR 010190-XXXX."),
    ("0101901234", "010190-XXXX"),
    ("010190 1234", "010190-XXXX"),
    ("010190\u00a01234", "010190-XXXX"),
    ("010190 - 1234", "010190-XXXX"),
    ("010190/1234", "010190-XXXX"),
    ("cpr.0101901234", "cpr.010190-XXXX"),
    ("aftale-0101901234-kopi.docx", "aftale-010190-XXXX-kopi.docx"),
    ("/arkiv/150392-1237/aftale.pdf", "/arkiv/150392-XXXX/aftale.pdf"),
])
def test_cpr_numbers_are_masked_in_every_spelling(text: str, masked: str) -> None:
    assert mask_cpr(text) == masked


@pytest.mark.parametrize("text", [
    "tlf. +45 12 34 56 78", "12345678", "2026-03-01", "01.03.2026 – 31.08.2026",
    "15.02.09-G01-123-26", "1.234.567.890", "20240101901234", "1/3-2026 til 31/8-2026",
    "320190-1234",  # day 32 is no date
])
def test_numbers_that_are_not_cpr_numbers_are_left_alone(text: str) -> None:
    assert mask_cpr(text) == text and not find_cprs(text)


def test_paths_are_masked_part_by_part() -> None:
    assert mask_path("arkiv/0101901234 aftale.txt") == "arkiv/010190-XXXX aftale.txt"


@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(0, 99),
       serial=st.integers(0, 9999), sep=st.sampled_from(["", "-", " ", "\u00a0", "/", " - "]),
       before=st.sampled_from(["", " ", "x", "-", "_", "/", "(", "cpr.", "nr. "]),
       after=st.sampled_from(["", " ", ".", "-", "_", ")", ".docx", " x"]))
def test_no_cpr_number_survives_masking(day: int, month: int, year: int, serial: int, sep: str,
                                        before: str, after: str) -> None:
    cpr = f"{day:02d}{month:02d}{year:02d}{sep}{serial:04d}"
    masked = mask_cpr(before + cpr + after)
    assert f"{serial:04d}" not in masked.replace(f"{day:02d}{month:02d}{year:02d}", "", 1)
