"""Every shipped template x every sample case, as readable text (DOCX: normalised text).

The stored texts live in ``templates/snapshots/``, the one home that ``mentordocs templates
check templates`` also compares against. After an intended wording change, run
``mentordocs templates check templates --update`` and review the text diff.
"""

from __future__ import annotations

import pytest

from mentordocs.case import load_case
from mentordocs.generate.templatecheck import (SNAPSHOT_FOLDER, readable_text, renderings_for,
                                               snapshot_name)
from mentordocs.paths import TEMPLATES_DIR

from .conftest import SAMPLE_FILES

SNAPSHOTS = TEMPLATES_DIR / SNAPSHOT_FOLDER


def _params():
    for path in SAMPLE_FILES:
        for document, fmt in renderings_for(load_case(path)):
            yield pytest.param(path, document, fmt, id=f"{path.stem}-{document}-{fmt}")


@pytest.mark.parametrize(("path", "document", "fmt"), list(_params()))
def test_rendered_document_matches_snapshot(generator, path, document, fmt):
    text = readable_text(generator.render(load_case(path), document, fmt), fmt)
    stored = SNAPSHOTS / snapshot_name(path, document, fmt)
    assert text == stored.read_text(encoding="utf-8"), (
        f"{stored.name} changed; if intended: mentordocs templates check templates --update")
