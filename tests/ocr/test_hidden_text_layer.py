"""A PDF whose only text is an invisible OCR layer over the scan is read without OCR."""

from __future__ import annotations

from pathlib import Path

from .scans import hidden_layer_pdf

from mentordocs.lint.readers import read_bytes

AGREEMENT = Path(__file__).parents[1] / "readers" / "compliant_agreement.txt"


def _lines() -> list[str]:
    return AGREEMENT.read_text(encoding="utf-8").splitlines()


def test_hidden_text_in_a_form_xobject_is_read():
    document = read_bytes(hidden_layer_pdf(_lines(), in_form=True), "scan.pdf")
    assert "Anne Hansen, tlf. 12 34 56 78" in document.text
    assert "1. marts 2026 – 31. august 2026" in document.text


def test_hidden_text_in_the_page_content_is_read():
    document = read_bytes(hidden_layer_pdf(_lines(), in_form=False), "scan.pdf")
    assert "Anne Hansen, tlf. 12 34 56 78" in document.text


def test_hidden_form_text_beside_a_visible_text_layer_is_not_read():
    visible = ["Referat af møde i jobcentret den 3. marts 2026 om borgerens praktik og fremmøde."]
    document = read_bytes(hidden_layer_pdf(["Mentor: Skjult Person, tlf. 99 99 99 99"] * 3,
                                           in_form=True, visible=visible), "notat.pdf")
    assert "Referat af møde" in document.text
    assert "Skjult Person" not in document.text


def test_hidden_layer_keeps_the_label_value_structure(tmp_path):
    from mentordocs.lint.engine import lint_file
    from mentordocs.lint.rules import load_pack

    path = tmp_path / "scan.pdf"
    path.write_bytes(hidden_layer_pdf(_lines(), in_form=True))
    result = lint_file(path, load_pack("default"))
    assert result.error is None
    assert result.kind == "agreement"
    assert [f.rule for f in result.findings if f.severity.value == "error"] == []
