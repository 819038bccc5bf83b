"""Fixtures for the analysis tests. The document builders live in ``analysis_builders``."""

from __future__ import annotations

from typing import Callable

import pytest

from mentordocs.lint.model import ExtractedDocument
from mentordocs.lint.rules import load_pack

from .analysis_builders import build, doc_from


@pytest.fixture(scope="session")
def pack():
    return load_pack("default")


@pytest.fixture(scope="session")
def gribskov():
    return load_pack("gribskov")


@pytest.fixture
def lint(pack) -> Callable[..., tuple[str, list]]:
    from mentordocs.lint.analyze import analyze

    def run(doc: ExtractedDocument, **kwargs):
        return analyze(doc, kwargs.pop("rule_pack", pack), **kwargs)

    return run


@pytest.fixture(scope="session")
def agreement() -> Callable[..., ExtractedDocument]:
    """The builder :func:`build` as a fixture (test modules cannot import conftest)."""
    return build


@pytest.fixture(scope="session")
def make_doc() -> Callable[..., ExtractedDocument]:
    return doc_from
