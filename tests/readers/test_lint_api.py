"""The Python lint API (``mentordocs.lint.run`` / ``LintRun``) that ``mentordocs lint`` calls
(issue 14, part 3)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import mentordocs
from mentordocs.cli import cli
from mentordocs.lint import LintOptions, LintRun, LintUsageError, run
from mentordocs.report import ReportContext
from mentordocs.report.stream import write_report

REPO = Path(mentordocs.__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "agreements"


def _json_report(lint_run: LintRun, roots: list[str]) -> str:
    context = ReportContext(format="json", lang="da", rules=lint_run.rule_infos(),
                            rule_pack=lint_run.pack.name, extra={"roots": roots})
    out = io.StringIO()
    write_report(lint_run.results(), out, context, roots=roots)
    return out.getvalue()


def test_the_example_in_docs_lint_md_runs(monkeypatch, capsys) -> None:
    text = (REPO / "docs" / "lint.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- tests/readers/test_lint_api.py runs this block[^>]*-->\n```python\n"
                      r"(.*?)```", text, re.S)
    assert block is not None, "the Python API example is gone from docs/lint.md"
    monkeypatch.chdir(REPO)
    exec(compile(block.group(1), "docs/lint.md", "exec"), {})
    printed = capsys.readouterr().out
    assert re.search(r"^\d+ files, exit status 1$", printed, re.M), printed


def test_the_api_writes_the_same_json_as_the_command_line(tmp_path) -> None:
    out = tmp_path / "cli.json"
    result = CliRunner().invoke(cli, ["lint", str(SAMPLES), "--format", "json", "--no-cache",
                                       "--ocr", "never", "-o", str(out)])
    assert result.exit_code == 1, result.output
    api = _json_report(LintRun([SAMPLES], LintOptions(jobs=2)), [str(SAMPLES)])
    assert api == out.read_text(encoding="utf-8")


def test_run_yields_one_result_per_discovered_file() -> None:
    from mentordocs.lint.engine import discover

    paths = sorted(result.path for result in run([SAMPLES], LintOptions(jobs=2)))
    assert len(paths) == len(discover([SAMPLES]))


def test_the_exit_code_is_zero_when_no_file_fails(tmp_path) -> None:
    lint_run = LintRun([REPO / "tests" / "readers" / "compliant_agreement.txt"],
                       LintOptions(jobs=1))
    results = list(lint_run.results())
    assert [r.error for r in results] == [None]
    assert lint_run.exit_code == 0


@pytest.mark.parametrize("options, option", [
    (LintOptions(pack="no-such-pack"), "--rules"),
    (LintOptions(select=["no-such-rule"]), "--select"),
    (LintOptions(ignore=["no-such-rule"]), "--ignore"),
])
def test_an_unusable_option_raises_before_any_file_is_read(options, option) -> None:
    with pytest.raises(LintUsageError) as caught:
        run([SAMPLES], options)
    assert caught.value.option == option


def test_no_documents_under_the_paths_is_a_usage_error(tmp_path) -> None:
    with pytest.raises(LintUsageError, match="No documents found"):
        LintRun([tmp_path])


def test_a_baseline_written_by_the_api_waives_every_finding_of_the_next_run(tmp_path) -> None:
    baseline = tmp_path / "baseline.yaml"
    first = LintRun([SAMPLES], LintOptions(jobs=2, write_baseline=baseline))
    list(first.results())
    first.new_baseline("accepteret", "ab").save(baseline)
    second = LintRun([SAMPLES], LintOptions(jobs=2, baseline=baseline))
    results = list(second.results())
    assert not any(r.findings for r in results)
    assert any(r.waived for r in results)
    assert second.unused_waivers() == []
