"""The template maintainers' kit (issue 10 D): the pytest plugin, the syrupy extension and the
example project in examples/municipal-templates/, run as a municipality would run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from mentordocs.generate.docxtext import docx_text
from mentordocs.testing.snapshot import DocxTextSnapshotExtension, RenderFailed

from .conftest import GRANT_SAMPLE, ROOT

EXAMPLE = ROOT / "examples" / "municipal-templates"
SNAPSHOTS = EXAMPLE / "tests" / "__snapshots__" / "test_templates"


def _copy_example(tmp_path: Path) -> Path:
    folder = tmp_path / "municipal-templates"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    return folder


def _run_pytest(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """The example's own pytest, with the plugin loaded by name (the entry point is only
    registered once mentordocs is reinstalled) and this checkout on the path."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    env.pop("PYTEST_XDIST_WORKER", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "mentordocs.testing.pytest_plugin",
         "-p", "no:cacheprovider", "-q", *args],
        cwd=folder, env=env, capture_output=True, text=True, timeout=180)


def _edit_agreement(folder: Path, edit) -> None:
    path = folder / "templates" / "agreement.docx"
    document = docx.Document(path)
    edit(list(document.paragraphs))
    document.save(path)


def _drop_appeal_guidance(paragraphs) -> None:
    start = next(i for i, p in enumerate(paragraphs) if "labels.appeal_guidance" in p.text)
    end = next(i for i, p in enumerate(paragraphs) if p.text.strip() == "Kontakt")
    for paragraph in paragraphs[start:end]:
        paragraph._p.getparent().remove(paragraph._p)


def _rename_contact_heading(paragraphs) -> None:
    heading = next(p for p in paragraphs if p.text.strip() == "Kontakt")
    heading.runs[0].text = "Kontaktoplysninger"


def test_example_project_passes_its_own_tests(tmp_path):
    result = _run_pytest(_copy_example(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout and "4 snapshots passed" in result.stdout


def test_example_fails_naming_the_field_when_the_appeal_guidance_is_dropped(tmp_path):
    folder = _copy_example(tmp_path)
    _edit_agreement(folder, _drop_appeal_guidance)
    result = _run_pytest(folder)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED tests/test_templates.py::test_document_text[bevilling-agreement-docx]" in result.stdout
    assert "»Klagevejledning«" in result.stdout and "labels.appeal_guidance" in result.stdout
    assert "3 passed" in result.stdout


def test_snapshot_update_cannot_accept_a_dropped_field_nor_delete_its_text(tmp_path):
    folder = _copy_example(tmp_path)
    _edit_agreement(folder, _drop_appeal_guidance)
    stored = folder / "tests" / "__snapshots__" / "test_templates"
    before = {p.name: p.read_bytes() for p in stored.iterdir()}
    result = _run_pytest(folder, "--snapshot-update")
    assert result.returncode == 1, result.stdout + result.stderr
    assert {p.name: p.read_bytes() for p in stored.iterdir()} == before


def test_example_shows_a_wording_change_as_a_text_diff_and_accepts_it(tmp_path):
    folder = _copy_example(tmp_path)
    _edit_agreement(folder, _rename_contact_heading)
    result = _run_pytest(folder)
    assert result.returncode == 1
    assert "- ### Kontakt\n" in result.stdout and "+ ### Kontaktoplysninger" in result.stdout
    assert _run_pytest(folder, "--snapshot-update").returncode == 0
    assert _run_pytest(folder).returncode == 0
    text = (folder / "tests" / "__snapshots__" / "test_templates"
            / "test_document_text[bevilling-agreement-docx].txt").read_text(encoding="utf-8")
    assert "### Kontaktoplysninger" in text


def test_example_snapshot_is_the_same_text_as_templates_check_stores():
    """One readable-text format: the example's snapshot of the unchanged shipped agreement is
    byte for byte the snapshot `mentordocs templates check` keeps for the same case."""
    shipped = ROOT / "templates" / "snapshots" / f"{GRANT_SAMPLE.stem}-agreement-docx.txt"
    assert ((SNAPSHOTS / "test_document_text[bevilling-agreement-docx].txt").read_bytes()
            == shipped.read_bytes())


def test_extension_stores_docx_as_readable_text(generator):
    from mentordocs.case import load_case

    data = generator.render(load_case(GRANT_SAMPLE), "agreement", "docx")
    text = DocxTextSnapshotExtension().serialize(data)
    assert text == docx_text(data)
    assert text.startswith("[header]\n") and "\n[body]\n" in text and "\n[footer]\n" in text
    assert " | " in text  # the letterhead table, one row as cell | cell
    assert DocxTextSnapshotExtension().serialize("Min Plan\n") == "Min Plan\n"
    with pytest.raises(TypeError):
        DocxTextSnapshotExtension().serialize({"not": "a document"})
    with pytest.raises(RenderFailed):
        DocxTextSnapshotExtension().serialize(RenderFailed("broken"))


def test_render_templates_fixture_renders_every_kind(render_templates):
    """The plugin is loaded in this suite (tests/conftest.py); its templates folder defaults to
    the rootdir's templates/, here the shipped one."""
    assert render_templates(GRANT_SAMPLE).startswith(b"PK")
    assert "Aftale om mentorstøtte" in render_templates.text(GRANT_SAMPLE, "agreement", "docx")
    assert "Min Plan" in render_templates.text(GRANT_SAMPLE, "minplan", "md")
    assert render_templates.text(GRANT_SAMPLE, "decision", "docx").startswith("[header]")


def test_plugin_is_registered_as_a_pytest11_entry_point():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"]["pytest11"] == {
        "mentordocs.testing.pytest_plugin": "mentordocs.testing.pytest_plugin"}
