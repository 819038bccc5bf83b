"""The test tools' own tests: the corpus generator in ``tools/corpusgen`` (``pip install -e
tools/corpusgen``; the Makefile does it). Every test here carries the ``corpusgen`` marker, so
``make test`` runs them and ``make test-fast`` leaves them out."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusgen.corpus.build import build_corpus
from corpusgen.corpus.manifest import read_manifest

HERE = Path(__file__).parent

#: Formats that need no LibreOffice; PDF tests are marked slow.
FAST_FORMATS = ("docx", "odt", "html", "txt")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.corpusgen)


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 documents (no PDF) plus the hostile files, seed 11."""
    root = tmp_path_factory.mktemp("corpus")
    build_corpus(root, count=60, seed=11, formats=FAST_FORMATS)
    return root


@pytest.fixture(scope="session")
def small_manifest(small_corpus: Path) -> list[dict]:
    return read_manifest(small_corpus)
