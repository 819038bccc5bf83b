"""Messages speak one language: the length in a duration finding follows --lang."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("value, da, en", [
    ("1. marts 2026 – 1. september 2026", "6 måneder og 1 dag", "6 months and 1 day"),
    ("1. marts 2026 – 31. oktober 2026", "8 måneder", "8 months"),
    ("40 uger", "40 uger", "40 weeks"),
])
def test_the_length_in_an_over_limit_message_follows_the_language(lint, agreement, value, da, en) -> None:
    doc = agreement("headings", {"duration": value})
    (danish,) = [f for f in lint(doc)[1] if f.rule == "duration-over-6-months"]
    (english,) = [f for f in lint(doc, lang="en")[1] if f.rule == "duration-over-6-months"]
    assert f"({da})" in danish.message
    assert f"({en})" in english.message
