"""Fixtures for the generation tests: the shipped sample cases, one shared Generator."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from mentordocs.case import Case, validate_case_data
from mentordocs.generate import Generator

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "cases"
SAMPLE_FILES = sorted(SAMPLES.glob("*.yaml"))
GRANT_SAMPLE = SAMPLES / "01-grant-tilbudsmentor-praktik.yaml"
INVALID_SAMPLE = SAMPLES / "invalid" / "8-maaneder-fejl.yaml"


class TextSnapshot(SingleFileSnapshotExtension):
    """One readable UTF-8 text file per snapshot, so a review diff shows the wording."""

    _write_mode = WriteMode.TEXT
    file_extension = "txt"


@pytest.fixture
def text_snapshot(snapshot):
    return snapshot.use_extension(TextSnapshot)


@pytest.fixture(scope="session")
def generator() -> Generator:
    return Generator()


@pytest.fixture(scope="session")
def grant_data() -> dict[str, Any]:
    return yaml.safe_load(GRANT_SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def make_case(grant_data) -> Callable[..., Case]:
    """Build a valid case from the grant sample with some fields changed (dotted paths)."""

    def make(**changes: Any) -> Case:
        data = copy.deepcopy(grant_data)
        for dotted, value in changes.items():
            *parents, last = dotted.split("__")
            target = data
            for key in parents:
                target = target[int(key)] if isinstance(target, list) else target[key]
            if isinstance(target, list):
                target[int(last)] = value
            else:
                target[last] = value
        result = validate_case_data(data)
        assert result.ok, result.errors
        return result.case

    return make
