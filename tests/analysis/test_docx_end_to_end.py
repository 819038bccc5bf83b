"""End to end through the real reader: .docx files written with python-docx in three layouts."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from .analysis_builders import CONTENT, PROSE, rules_of
from mentordocs.lint import readers
from mentordocs.lint.analyze import analyze



def write_docx(path: Path, layout: str, drop: str | None = None) -> Path:
    document = docx.Document()
    document.add_heading("Aftale om mentorstøtte", level=1)
    document.add_paragraph("Borger: Jonas Bech Madsen")
    fields = [(k, v) for k, v in CONTENT.items() if k != drop]
    if layout == "headings":
        for _, (label, value) in fields:
            document.add_heading(label, level=2)
            document.add_paragraph(value)
    elif layout == "table":
        table = document.add_table(rows=0, cols=2)
        for _, (label, value) in fields:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    elif layout == "numbered":
        for _, (label, value) in fields:
            document.add_paragraph(f"{label}: {value}", style="List Number")
    elif layout == "prose":
        for key, _ in fields:
            document.add_paragraph(PROSE[key])
    document.add_paragraph("Underskrift borger og mentor")
    document.save(path)
    return path


@pytest.mark.parametrize("layout", ["headings", "table", "numbered", "prose"])
def test_complete_docx_agreement_is_clean(layout, tmp_path, pack):
    doc = readers.read_document(write_docx(tmp_path / f"{layout}.docx", layout))
    assert analyze(doc, pack) == ("agreement", [])


@pytest.mark.parametrize("layout", ["headings", "table", "numbered", "prose"])
@pytest.mark.parametrize("drop,rule", [("mentor", "missing-mentor"), ("hours", "missing-hours"),
                                       ("appeal_guidance", "missing-appeal-guidance")])
def test_docx_agreement_without_a_field_is_caught(layout, drop, rule, tmp_path, pack):
    doc = readers.read_document(write_docx(tmp_path / f"{layout}.docx", layout, drop=drop))
    kind, findings = analyze(doc, pack)
    assert kind == "agreement" and rules_of(findings) == {rule}
