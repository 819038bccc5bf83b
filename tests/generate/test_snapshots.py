"""Every shipped template x every sample case, as readable text (DOCX: normalised text)."""

from __future__ import annotations

import pytest

from mentordocs.case import Outcome, load_case
from mentordocs.generate.docxtext import docx_text

from .conftest import SAMPLE_FILES

SUPPORT_OUTCOMES = (Outcome.GRANT, Outcome.EXTENSION)
COMBINATIONS = [("agreement", "docx"), ("agreement", "txt"), ("decision", "docx"),
                ("minplan", "txt"), ("minplan", "md"), ("minplan", "html")]


def _params():
    for path in SAMPLE_FILES:
        outcome = load_case(path).decision.outcome
        for document, fmt in COMBINATIONS:
            if document != "decision" and outcome not in SUPPORT_OUTCOMES:
                continue
            yield pytest.param(path, document, fmt, id=f"{path.stem}-{document}-{fmt}")


@pytest.mark.parametrize(("path", "document", "fmt"), list(_params()))
def test_rendered_document_matches_snapshot(generator, text_snapshot, path, document, fmt):
    data = generator.render(load_case(path), document, fmt)
    text = docx_text(data) if fmt == "docx" else data.decode("utf-8")
    assert text == text_snapshot
