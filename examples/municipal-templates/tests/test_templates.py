"""Vores skabeloner mod de gemte tekster / our templates against their stored texts.

For hver testsag i cases/ og hvert dokument laves dokumentet med skabelonerne i templates/
(det tjekkes samtidig, at alle obligatoriske felter er med), og teksten sammenlignes med den
gemte tekst i tests/__snapshots__/test_templates/.

For every test case in cases/ and every document, the document is made with the templates in
templates/ (which also checks that every mandatory field is there), and its text is compared
with the stored text in tests/__snapshots__/test_templates/.

Accept an intended change / godkend en ændring:  pytest --snapshot-update
"""

from pathlib import Path

import pytest

from mentordocs.testing.snapshot import DocxTextSnapshotExtension

CASES = sorted((Path(__file__).parent.parent / "cases").glob("*.yaml"))

# (document, format): the agreement from our Word file, the rest from mentordocs' own
# templates (a file missing from templates/ falls back to the shipped one).
DOCUMENTS = [("agreement", "docx"), ("agreement", "txt"), ("decision", "docx"),
             ("minplan", "txt")]


@pytest.fixture
def document_snapshot(snapshot):
    """Stores a Word document as readable text: one .txt file per document."""
    return snapshot.use_extension(DocxTextSnapshotExtension)


@pytest.mark.parametrize(("document", "fmt"), DOCUMENTS, ids=lambda v: v)
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_document_text(render_templates, document_snapshot, case, document, fmt):
    assert render_templates(case, document, fmt) == document_snapshot
