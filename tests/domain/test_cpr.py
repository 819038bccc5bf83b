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


# The red team's spellings that survived masking (issue 13, item 6), serial 4821.
SPELLINGS = [
    "010190.4821", "010190,4821", "010190_4821", "010190+4821", "010190\u20144821",
    "0101\u00ad904821", "010190\u200b4821", "01.01.90-4821", "01-01-90-4821", "01/01/90-4821",
    "01 01 90-4821", "0101 90 4821", "\uff10\uff11\uff10\uff11\uff19\uff10-\uff14\uff18\uff12\uff11",
    "01011990-4821", "010190\ufffd4821", "010190%2D4821", "010190%2d4821",
    "%30%31%30%31%39%30%34%38%32%31", "01.01.1990 - 4821", "010190\u20134821",
    "010190\u22124821", "010190\u00a04821", "0101902\u2060-4821".replace("2\u2060", "\u2060"),
]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_of_a_cpr_number_is_masked(spelling: str) -> None:
    masked = mask_cpr(f"Borger {spelling} bor her")
    assert "4821" not in masked and "010190-XXXX" in masked


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_is_masked_in_file_names(spelling: str) -> None:
    assert "4821" not in mask_path(f"arkiv/{spelling}/aftale-{spelling}.docx")


def test_a_cp1252_no_break_space_in_a_file_name_is_masked() -> None:
    raw = b"arkiv/010190\xa04821.docx"  # not UTF-8: the byte decodes to U+FFFD
    assert "4821" not in mask_path(raw)


def test_masking_keeps_the_rest_of_the_text_as_it_was() -> None:
    text = "Periode 1.–31. marts 2026, ½ time, ﬁl 010190\u00ad4821 – slut"
    assert mask_cpr(text) == "Periode 1.–31. marts 2026, ½ time, ﬁl 010190-XXXX – slut"


def test_a_lone_surrogate_becomes_a_replacement_character() -> None:
    assert mask_cpr("a\ud800b") == "a\ufffdb"


_FULL_WIDTH = str.maketrans("0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")


@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(0, 99),
       serial=st.integers(0, 9999),
       date_form=st.sampled_from(["{d}{m}{y}", "{d}.{m}.{y}", "{d}-{m}-{y}", "{d}/{m}/{y}",
                                  "{d} {m} {y}", "{d}{m} {y}", "{d}{m}19{y}", "{d}.{m}.20{y}"]),
       sep=st.sampled_from(["", "-", " ", ".", ",", "_", "+", "/", "\u2014", "\u2013", " - ",
                            "\u00a0", "%2D"]),
       hidden=st.sampled_from(["", "\u00ad", "\u200b", "\u2060", "\ufeff"]),
       position=st.integers(0, 9), full_width=st.booleans(),
       before=st.sampled_from(["", " ", "x", "(", "cpr.", "nr. ", "/"]),
       after=st.sampled_from(["", " ", ".", ")", ".docx", " x"]))
def test_no_spelling_of_a_cpr_number_survives_masking(day, month, year, serial, date_form, sep,
                                                       hidden, position, full_width, before,
                                                       after) -> None:
    date = date_form.format(d=f"{day:02d}", m=f"{month:02d}", y=f"{year:02d}")
    digits = f"{serial:04d}"
    if full_width:
        date, sep = date.translate(_FULL_WIDTH), sep.replace("%2D", "\uff0d")
    number = date + sep + (digits.translate(_FULL_WIDTH) if full_width else digits)
    if len(date) < position < len(date) + len(sep):
        position = len(date)  # a character inside "%2D" breaks the escape for every decoder
    number = number[:position] + hidden + number[position:]
    masked = mask_cpr(before + number + after)
    assert "XXXX" in masked
    assert digits not in masked.replace(f"{day:02d}{month:02d}{year:02d}", "", 1)
