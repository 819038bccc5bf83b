"""Builders for the analysis tests (the test modules import it relatively: `from .analysis_builders import ...`): the same agreement content rendered in several layouts.

Documents are built as :class:`ExtractedDocument` values, which is the real input of the
analysis (readers produce exactly this), so no reader is involved in most tests.
"""

from __future__ import annotations

from typing import Optional

from mentordocs.lint.model import Block, BlockKind, ExtractedDocument, Location

KLAGE = ("Hvis du ikke er enig i afgørelsen, skal du klage til kommunen inden fire uger efter, at du "
         "har modtaget den. Kommunen genvurderer sin afgørelse, og fastholder den afgørelsen, sendes "
         "klagen videre til Ankestyrelsen.")

#: Field key -> (heading/label, value). The compliant content of one agreement.
CONTENT: dict[str, tuple[str, str]] = {
    "goal": ("Målet med mentorstøtten",
             "Jonas gennemfører sin virksomhedspraktik som lagermedarbejder hos Helsinge "
             "Tømmerhandel og møder stabilt fire dage om ugen senest 1. juni 2026."),
    "mentor": ("Mentorens navn og kontaktdata", "Lars Østergaard, Mentorhuset, tlf. 23 45 67 89"),
    "tasks": ("Mentorens opgaver",
              "Hjælpe Jonas med transport og morgenrutiner og deltage i opstartssamtalen med praktikværten."),
    "duration": ("Varighed", "1. marts 2026 – 31. august 2026"),
    "follow_up": ("Opfølgning og mål for progression",
                  "Statusmøde med mentor og sagsbehandler hver måned; evaluering 14 dage før "
                  "støtteperioden ophører."),
    "hours": ("Timetal", "2 timer pr. uge"),
    "appeal_guidance": ("Klagevejledning", KLAGE),
}

#: Letter prose for the same content (used by the "prose" layout).
PROSE: dict[str, str] = {
    "goal": "Målet er, at du gennemfører din virksomhedspraktik som lagermedarbejder hos Helsinge "
            "Tømmerhandel og møder stabilt fire dage om ugen senest 1. juni 2026.",
    "mentor": "Din mentor er Lars Østergaard fra Mentorhuset. Du kan ringe til ham på tlf. 23 45 67 89.",
    "tasks": "Mentoren skal hjælpe dig med transport og morgenrutiner og deltage i opstartssamtalen "
             "med praktikværten.",
    "duration": "Mentorstøtten gælder fra 1. marts 2026 til 31. august 2026.",
    "follow_up": "Vi følger op på aftalen hver måned ved et statusmøde.",
    "hours": "Du og din mentor har 2 timer om ugen sammen.",
    "appeal_guidance": KLAGE,
}

LAYOUTS = ("headings", "table", "numbered", "labels", "prose", "pdf_flat")


def _block(text: str, kind: BlockKind = BlockKind.PARAGRAPH, n: int = 0, cells: tuple[str, ...] = (),
           level: Optional[int] = None) -> Block:
    return Block(text, kind, Location(page=1, paragraph=n), level=level, cells=cells)


def build(layout: str, content: Optional[dict[str, Optional[str]]] = None,
          title: str = "Aftale om mentorstøtte", extra: tuple[str, ...] = ()) -> ExtractedDocument:
    """An agreement in ``layout``. ``content`` overrides values: None drops the field entirely,
    a string replaces the value (the label stays)."""
    values: dict[str, Optional[str]] = {k: v for k, (_, v) in CONTENT.items()}
    prose = dict(PROSE)
    for key, value in (content or {}).items():
        values[key] = value
        if value is None:
            prose.pop(key, None)
        elif key in prose:
            prose[key] = value
    blocks: list[Block] = []

    def add(text: str, kind: BlockKind = BlockKind.PARAGRAPH, cells: tuple[str, ...] = (),
            level: Optional[int] = None) -> None:
        blocks.append(_block(text, kind, len(blocks) + 1, cells, level))

    add(title, BlockKind.HEADING, level=1)
    add("Borger: Jonas Bech Madsen")
    add("Sagsbehandler: Mette Kjær Holm, tlf. 72 49 61 23")
    number = 0
    for key, (label, _) in CONTENT.items():
        if key not in values or values[key] is None:
            continue
        value = values[key] or ""
        number += 1
        if layout == "headings":
            add(label, BlockKind.HEADING, level=2)
            if value:
                add(value)
        elif layout == "table":
            add(f"{label} | {value}", BlockKind.TABLE_ROW, cells=(label, value))
        elif layout == "numbered":
            add(f"{number}) {label}: {value}", BlockKind.LIST_ITEM)
        elif layout == "labels":
            add(f"{label}: {value}")
        elif layout == "pdf_flat":
            add(f"{label} {value}" if value and value[:1].isupper() or value[:1].isdigit() else f"{label}: {value}")
        elif layout == "prose":
            if key in prose:
                add(prose[key])
    for text in extra:
        add(text)
    add("Underskrift borger og mentor")
    return ExtractedDocument(path=f"{layout}.txt", format="pdf" if layout == "pdf_flat" else "txt",
                             blocks=blocks)


def doc_from(*items: str | tuple[str, ...], fmt: str = "txt") -> ExtractedDocument:
    """A document from strings (paragraphs), ("h", text) headings, ("r", cell, …) table rows
    and ("l", text) list items."""
    blocks: list[Block] = []
    for n, item in enumerate(items, start=1):
        if isinstance(item, str):
            blocks.append(_block(item, n=n))
        elif item[0] == "h":
            blocks.append(_block(item[1], BlockKind.HEADING, n, level=1))
        elif item[0] == "r":
            blocks.append(_block(" | ".join(item[1:]), BlockKind.TABLE_ROW, n, cells=tuple(item[1:])))
        elif item[0] == "l":
            blocks.append(_block(item[1], BlockKind.LIST_ITEM, n))
    return ExtractedDocument(path="doc.txt", format=fmt, blocks=blocks)




def rules_of(findings) -> set[str]:
    return {f.rule for f in findings}
