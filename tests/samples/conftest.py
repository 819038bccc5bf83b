"""Shared fixtures for the corpus tests: the generator lives in ``scripts/corpus`` (not a package
of the library), so put ``scripts/`` on the import path once here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from corpus.build import build_corpus  # noqa: E402
from corpus.manifest import read_manifest  # noqa: E402

#: Formats that need no LibreOffice; PDF tests are marked slow.
FAST_FORMATS = ("docx", "odt", "html", "txt")


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 documents (no PDF) plus the hostile files, seed 11."""
    root = tmp_path_factory.mktemp("corpus")
    build_corpus(root, count=60, seed=11, formats=FAST_FORMATS)
    return root


@pytest.fixture(scope="session")
def small_manifest(small_corpus: Path) -> list[dict]:
    return read_manifest(small_corpus)
