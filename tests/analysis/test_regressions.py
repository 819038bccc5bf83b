"""Regressions found after the main rule work: message language, merged duration cells."""

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


@pytest.mark.parametrize("cell, missing", [
    ("Udfyldes senere\nMidtvejsevaluering 11. dec 2024.\nSlutevaluering 1. feb 2025.", True),
    ("1. nov 2024 – 30. apr 2025\nMidtvejsevaluering 11. dec 2024.", False),
    ("Fra 1. november 2024 og 6 måneder frem\nMidtvejsevaluering 11. dec 2024.", False),
])
def test_an_evaluation_date_under_a_merged_duration_label_is_not_the_duration(lint, agreement, cell, missing) -> None:
    from mentordocs.lint.model import Block, BlockKind, ExtractedDocument

    doc = agreement("table", {"duration": None, "follow_up": None})
    label = "Varighed af aftalen og opfølgning – inklusiv mål for progression"
    blocks = list(doc.blocks) + [Block(f"{label} | {cell}", BlockKind.TABLE_ROW, cells=(label, cell))]
    rules = {f.rule for f in lint(ExtractedDocument(doc.path, doc.format, blocks))[1]}
    assert ("missing-duration" in rules) == missing


def test_a_heading_with_a_dash_is_a_label_as_a_whole(lint) -> None:
    from mentordocs.lint.model import Block, BlockKind, ExtractedDocument

    heading = "VARIGHED AF AFTALEN OG OPFØLGNING – INKLUSIV MÅL FOR PROGRESSION"
    blocks = [
        Block("AFTALE OM MENTORSTØTTE", BlockKind.HEADING, level=1),
        Block("MÅLET MED MENTORSTØTTEN", BlockKind.HEADING, level=2),
        Block("Anne fastholder sit fleksjob hos Plejecenter Solgården med 15 timer om ugen."),
        Block("MENTORENS NAVN OG KONTAKTDATA", BlockKind.HEADING, level=2),
        Block("Ali Vestergaard, tlf. 36 91 86 31, ali@broenmentor.dk"),
        Block("OPGAVER", BlockKind.HEADING, level=2),
        Block("Gennemgå vagtplanen hver uge og løse problemer med transport.", BlockKind.LIST_ITEM),
        Block(heading, BlockKind.HEADING, level=2),
        Block("Pr. 12.2.2026 i 26 uger"),
        Block("Evaluering hver måned. Progressionen måles på fremmødet."),
        Block("TIMETAL", BlockKind.HEADING, level=2),
        Block("4 timer om måneden"),
        Block("KLAGEVEJLEDNING", BlockKind.HEADING, level=2),
        Block("Du kan klage til kommunen inden fire uger; derefter går sagen til Ankestyrelsen."),
    ]
    assert lint(ExtractedDocument("a.docx", "docx", blocks))[1] == []
