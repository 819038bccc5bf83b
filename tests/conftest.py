"""Settings for the whole suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Deterministic by default: the same examples on every run and machine, so CI cannot go red on a
# draw nobody saw locally. `HYPOTHESIS_PROFILE=explore pytest …` searches afresh.
settings.register_profile("deterministic", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

# The template maintainers' plugin (mentordocs/testing/pytest_plugin.py). An installed mentordocs
# registers it through its pytest11 entry point; loading it by name here keeps the suite working
# in a checkout or an editable install made before the entry point existed.
pytest_plugins = ["mentordocs.testing.pytest_plugin"]


@pytest.fixture(autouse=True)
def _private_result_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own lint result cache: no state in $HOME, none shared between tests."""
    directory = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("MENTORDOCS_CACHE_DIR", str(directory))
    return directory


@pytest.fixture(autouse=True)
def _no_warm_converters_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """`mentordocs serve` starts one LibreOffice per core; tests that invoke it (with Flask's
    run replaced) must not. Tests of the converters ask for them explicitly."""
    monkeypatch.setenv("MENTORDOCS_CONVERTERS", "0")
