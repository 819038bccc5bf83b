"""OCR damage in a scan's invisible text layer that the reader repairs: bullets read as
punctuation, an e-mail's "@" read as "&" or "Q", a phone number's space read as a comma."""

from __future__ import annotations

from mentordocs.lint.model import BlockKind
from mentordocs.lint.readers import read_bytes

from .scans import ocr_layer_pdf


def _tasks(marks: list[str]) -> list[tuple[float, float, str]]:
    rows = ["3. Mentorens opgaver", "", "Mentoren skal i perioden:"] + [
        f"{mark} {task}" for mark, task in zip(marks, [
            "Træne turen med bus til praktikstedet", "Hjælpe med at åbne og læse digital post",
            "Notere fremmøde og kontakt i mentorloggen"])] + ["", "4. Varighed"]
    return [(40, 760 - 13 * i, row) for i, row in enumerate(rows) if row]


def test_bullets_that_ocr_read_as_punctuation_are_list_items():
    document = read_bytes(ocr_layer_pdf(_tasks(["-.", "e", "«+"]), skew_degrees=1.2), "scan.pdf")
    items = [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == ["Træne turen med bus til praktikstedet", "Hjælpe med at åbne og læse digital post",
                     "Notere fremmøde og kontakt i mentorloggen"]


def test_a_lead_in_clause_under_a_numbered_heading_is_no_heading():
    document = read_bytes(ocr_layer_pdf(_tasks(["•", "•", "•"])), "scan.pdf")
    lead_in = next(b for b in document.blocks if b.text == "Mentoren skal i perioden:")
    assert lead_in.kind is BlockKind.PARAGRAPH


def test_an_at_sign_that_ocr_read_as_an_ampersand_or_q_is_restored():
    lines = [(40, 760, "Mentor: Maja Andersen, majaQ vejen.dk, kopi til sofie&kompas.dk")]
    document = read_bytes(ocr_layer_pdf(lines), "scan.pdf")
    assert "maja@vejen.dk, kopi til sofie@kompas.dk" in document.text


def test_a_phone_number_whose_first_space_ocr_read_as_a_comma_is_restored():
    document = read_bytes(ocr_layer_pdf([(40, 760, "Mentor: Maja Andersen, tlf. 71,37 00 00, Vejen ApS")]),
                          "scan.pdf")
    assert "tlf. 71 37 00 00, Vejen ApS" in document.text


def test_a_bullet_read_as_a_quotation_mark_between_bulleted_items_is_one_of_them():
    document = read_bytes(ocr_layer_pdf(_tasks(["-.", "”", "-…"])), "scan.pdf")
    items = [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert "Hjælpe med at åbne og læse digital post" in items
