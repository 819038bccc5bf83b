"""The same case gives the same bytes, so diffs and archives are stable."""

from __future__ import annotations

import io
import zipfile

from mentordocs.case import load_case
from mentordocs.generate import Generator

from .conftest import GRANT_SAMPLE, SAMPLES


def test_same_case_gives_byte_identical_docx(generator):
    case = load_case(GRANT_SAMPLE)
    assert generator.render(case, "agreement", "docx") == generator.render(case, "agreement", "docx")


def test_a_fresh_generator_gives_the_same_bytes(generator):
    case = load_case(SAMPLES / "03-refusal-general.yaml")
    assert Generator().render(case, "decision", "docx") == generator.render(case, "decision", "docx")


def test_zip_entries_carry_the_decision_date_not_the_clock(generator):
    data = generator.render(load_case(GRANT_SAMPLE), "agreement", "docx")
    stamps = {info.date_time for info in zipfile.ZipFile(io.BytesIO(data)).infolist()}
    assert stamps == {(2026, 2, 20, 0, 0, 0)}


def test_content_types_is_the_first_zip_entry(generator):
    data = generator.render(load_case(GRANT_SAMPLE), "decision", "docx")
    assert zipfile.ZipFile(io.BytesIO(data)).namelist()[0] == "[Content_Types].xml"


def test_written_files_are_identical_across_runs(generator, tmp_path):
    case = load_case(GRANT_SAMPLE)
    first = generator.write(case, "agreement", "docx", tmp_path / "a.docx").read_bytes()
    second = generator.write(case, "agreement", "docx", tmp_path / "b.docx").read_bytes()
    assert first == second
