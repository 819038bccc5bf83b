"""Writes are atomic and file names say what the file is (and never hold a CPR number)."""

from __future__ import annotations

import pytest

from mentordocs.case import load_case
from mentordocs.generate import GenerationError, Generator, suggested_filename

from .conftest import GRANT_SAMPLE, SAMPLES


def test_suggested_filename_names_document_date_and_case_number():
    case = load_case(GRANT_SAMPLE)
    assert suggested_filename(case, "agreement", "docx") == \
        "mentoraftale-2026-03-01-15-02-09-g01-123-26.docx"
    assert suggested_filename(case, "decision", "pdf") == \
        "afgoerelse-bevilling-2026-02-20-15-02-09-g01-123-26.pdf"


def test_suggested_filename_falls_back_to_the_citizens_name(make_case):
    case = make_case(decision__case_number=None, citizen__name="Søren Ærø Åberg")
    assert suggested_filename(case, "minplan", "txt") == "minplan-2026-03-01-soeren-aeroe-aaberg.txt"


def test_suggested_filename_never_uses_a_cpr_number_typed_as_case_number(make_case):
    case = make_case(decision__case_number="150392-1237")
    assert "1237" not in suggested_filename(case, "agreement", "docx")


@pytest.mark.parametrize("number", ["01.01.90-1237", "01-01-90-1237", "01 01 90 1237",
                                    "0101 90 1237", "010190.1237", "01011990-1237",
                                    "Sag 01/01/90-1237"])
def test_suggested_filename_never_uses_a_dotted_or_spaced_cpr_number(make_case, number):
    case = make_case(decision__case_number=number)
    assert "1237" not in suggested_filename(case, "agreement", "docx")


def test_a_failed_render_leaves_no_file(tmp_path, make_case):
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "minplan.txt.j2").write_text("{{ missing }}")
    out = tmp_path / "plan.txt"
    with pytest.raises(GenerationError):
        Generator(tmp_path / "tpl").write(make_case(), "minplan", "txt", out)
    assert list(tmp_path.iterdir()) == [tmp_path / "tpl"]


def test_write_replaces_an_existing_file_whole(generator, tmp_path, make_case):
    out = tmp_path / "plan.txt"
    out.write_text("old content that is much longer than nothing" * 100)
    generator.write(make_case(), "minplan", "txt", out)
    assert out.read_text().startswith("MENTORSTØTTE I MIN PLAN")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.txt"]


def test_write_many_writes_nothing_when_one_case_cannot_be_rendered(generator, tmp_path):
    cases = [load_case(GRANT_SAMPLE), load_case(SAMPLES / "03-refusal-general.yaml")]
    with pytest.raises(GenerationError):
        generator.write_many(cases, "agreement", "docx", tmp_path / "out")
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_write_many_numbers_repeated_names(generator, tmp_path):
    case = load_case(GRANT_SAMPLE)
    paths = generator.write_many([case, case], "minplan", "txt", tmp_path)
    assert [p.name for p in paths] == ["minplan-2026-03-01-15-02-09-g01-123-26.txt",
                                       "minplan-2026-03-01-15-02-09-g01-123-26-2.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)


def test_written_files_get_ordinary_permissions(generator, tmp_path):
    path = generator.write(load_case(GRANT_SAMPLE), "minplan", "txt", tmp_path / "p.txt")
    assert path.stat().st_mode & 0o044  # readable by others per umask, not mkstemp's 0600
