"""Settings for the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_result_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own lint result cache: no state in $HOME, none shared between tests."""
    directory = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("MENTORDOCS_CACHE_DIR", str(directory))
    return directory
