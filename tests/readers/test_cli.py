"""``mentordocs lint`` end to end: formats, exit codes, output files, no leaks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from .builders import agreement_docx, docx_with_body_xml, ole2_doc, p
from mentordocs.cli import cli

COMPLIANT = Path(__file__).parent / "compliant_agreement.txt"
SECRET = "TOPHEMMELIG-7f3a9c"


def run(*args: str):
    return CliRunner().invoke(cli, ["lint", *args], catch_exceptions=False)


@pytest.fixture
def compliant(tmp_path: Path) -> Path:
    return Path(shutil.copy(COMPLIANT, tmp_path / "aftale.txt"))


def test_clean_document_exits_0(compliant: Path):
    result = run(str(compliant), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "Ingen fund." in result.output


def test_document_with_an_error_finding_exits_1(tmp_path: Path):
    result = run(str(agreement_docx(tmp_path / "a.docx")), "--jobs", "1")
    assert result.exit_code == 1
    assert "missing-follow-up" in result.output


def test_unreadable_document_exits_1(tmp_path: Path):
    (tmp_path / "gammel.doc").write_bytes(ole2_doc())
    result = run(str(tmp_path), "--jobs", "1")
    assert result.exit_code == 1 and "unsupported-format" in result.output


def test_unknown_pack_is_a_usage_error(compliant: Path):
    result = run(str(compliant), "--rules", "findes-ikke")
    assert result.exit_code == 2 and "--rules" in result.output


def test_unknown_rule_in_select_is_a_usage_error(compliant: Path):
    result = run(str(compliant), "--select", "missing-goal,no-such-rule")
    assert result.exit_code == 2 and "no-such-rule" in result.output


def test_no_paths_is_a_usage_error():
    assert run().exit_code == 2


def test_folder_without_documents_is_a_usage_error(tmp_path: Path):
    (tmp_path / "noter.xyz").write_text("x")
    assert run(str(tmp_path)).exit_code == 2


def test_select_runs_only_the_named_rules(tmp_path: Path):
    result = run(str(agreement_docx(tmp_path / "a.docx")), "--select", "missing-goal",
                 "--jobs", "1")
    assert result.exit_code == 0 and "missing-follow-up" not in result.output


def test_ignore_drops_a_rule(tmp_path: Path):
    result = run(str(agreement_docx(tmp_path / "a.docx")), "--ignore", "missing-follow-up",
                 "--jobs", "1")
    assert "missing-follow-up" not in result.output


def test_json_report_to_a_file(tmp_path: Path, compliant: Path):
    out = tmp_path / "rapport.json"
    result = run(str(compliant), "--format", "json", "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0 and result.output == ""
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["files"][0]["status"] == "ok" and doc["summary"]["files"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_no_output_file_is_written_on_a_usage_error(tmp_path: Path, compliant: Path):
    out = tmp_path / "rapport.json"
    run(str(compliant), "--format", "json", "-o", str(out), "--select", "nope")
    assert not out.exists()


def test_jsonl_writes_one_line_per_file(tmp_path: Path, compliant: Path):
    agreement_docx(tmp_path / "b.docx")
    result = run(str(tmp_path), "--format", "jsonl", "--jobs", "2")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert sorted(Path(line["path"]).name for line in lines) == ["aftale.txt", "b.docx"]


def test_english_messages(tmp_path: Path):
    (tmp_path / "gammel.doc").write_bytes(ole2_doc())
    assert "Convert it to .docx" in run(str(tmp_path), "--lang", "en", "--jobs", "1").output


def test_max_file_size_option(tmp_path: Path, compliant: Path):
    result = run(str(compliant), "--max-file-size", "0.0001", "--format", "json", "--jobs", "1")
    assert json.loads(result.output)["files"][0]["error"]["code"] == "too-large"


def test_nothing_from_an_external_entity_reaches_any_report(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    docs = tmp_path / "docs"
    docs.mkdir()
    docx_with_body_xml(docs / "xxe.docx", p("Mål: &xxe;"), prolog=prolog)
    (docs / "xxe.html").write_text(f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
                                   "<p>Mål: &xxe;</p><p>Mentor: Anne Hansen</p>")
    for fmt in ("text", "json"):
        assert SECRET not in run(str(docs), "--format", fmt, "--jobs", "1").output


def test_cpr_in_file_names_is_masked_in_the_report(tmp_path: Path):
    agreement_docx(tmp_path / "0101901234-aftale.docx")
    result = run(str(tmp_path), "--format", "json", "--jobs", "1")
    assert "0101901234" not in result.output and "010190-XXXX" in result.output
