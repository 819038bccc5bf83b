"""Page layout of the Word documents (issue 10): no signature fragment alone on a last page,
no heading stranded at a page's foot. The checks live in scripts/check_layout.py."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from mentordocs.case import load_case
from mentordocs.generate import Generator

from .conftest import GRANT_SAMPLE, ROOT


def _check_layout():
    spec = importlib.util.spec_from_file_location("check_layout",
                                                  ROOT / "scripts" / "check_layout.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_check_flags_signature_rows_alone_and_a_heading_at_the_foot():
    layout = _check_layout()
    markers = layout.Markers(
        headings=["Underskrifter", "Mål for progression:"],
        signature=["Borger", "Mentor", "For kommunen", "Jonas", "Lars", "Mette", "Dato:",
                   "Underskrift:", "Underskrifter"],
        signature_first_row="Borger Mentor For kommunen",
        signature_last_row="Underskrift: Underskrift: Underskrift:",
        header=["Gribskov Kommune"], footer=["Gribskov Kommune · Rådhusvej 3", "Side 1 af 1"])
    # The base commit's sample 01: the table split, its last two rows alone on page 3.
    split = [("Gribskov Kommune Aftale om mentorstøtte … Mål for progression: "
              "Gribskov Kommune · Rådhusvej 3 Side 1 af 3"),
             ("Gribskov Kommune Kontakt Har du spørgsmål … Underskrifter Borger Mentor "
              "For kommunen Jonas Lars Mette Gribskov Kommune · Rådhusvej 3 Side 2 af 3"),
             ("Gribskov Kommune Dato: Dato: Dato: Underskrift: Underskrift: Underskrift: "
              "Gribskov Kommune · Rådhusvej 3 Side 3 af 3")]
    findings = layout.check_pages(split, markers)
    assert "page 1 ends with the heading 'Mål for progression:'" in findings
    assert "page 3 holds only the signature block" in findings
    assert any("signature table split" in f for f in findings)
    # After: the contact paragraph moves with the whole table.
    kept = [split[0].replace("Mål for progression: ", "Mål for progression: • Møde op "),
            ("Gribskov Kommune Kontakt Har du spørgsmål … Underskrifter Borger Mentor "
             "For kommunen Jonas Lars Mette Dato: Dato: Dato: Underskrift: Underskrift: "
             "Underskrift: Gribskov Kommune · Rådhusvej 3 Side 2 af 2")]
    assert layout.check_pages(kept, markers) == []


@pytest.mark.slow
def test_sample_agreement_pdf_does_not_end_with_a_signature_fragment(tmp_path):
    layout = _check_layout()
    generator = Generator()
    case = load_case(GRANT_SAMPLE)
    docx = generator.render(case, "agreement", "docx")
    pdf = tmp_path / "aftale.pdf"
    generator.write(case, "agreement", "pdf", pdf)
    report = layout.check_pdf(pdf, docx)
    assert report.findings == []
    last = layout.page_texts(pdf)[-1]
    assert "Underskrift:" in last  # the signatures are on the last page …
    assert "Kontakt" in last  # … with the agreement's own text, not alone
