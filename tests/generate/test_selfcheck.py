"""Every generated document passes the linter before it is written (issue 10 B)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from mentordocs.case import load_case
from mentordocs.cli import cli
from mentordocs.generate import Generator, TemplateRefused

from .conftest import GRANT_SAMPLE
from .template_copies import full_copy, without_appeal_guidance


def test_agreement_template_without_appeal_guidance_is_refused(tmp_path):
    template = without_appeal_guidance(tmp_path / "mine")
    with pytest.raises(TemplateRefused) as caught:
        Generator(template.parent).render(load_case(GRANT_SAMPLE), "agreement", "docx")
    message = str(caught.value)
    assert str(template) in message
    assert "»Klagevejledning«" in message
    assert "appeal_guidance" in message  # how to fix: the variable that supplies it


def test_refused_template_writes_no_file_and_exits_2(tmp_path):
    without_appeal_guidance(tmp_path / "mine")
    out = tmp_path / "aftale.docx"
    result = CliRunner().invoke(cli, ["generate", "agreement", "--data", str(GRANT_SAMPLE),
                                      "--templates", str(tmp_path / "mine"), "-o", str(out)])
    assert result.exit_code == 2
    assert "agreement.docx" in result.output and "Klagevejledning" in result.output
    assert not out.exists()


def test_refused_template_writes_nothing_in_a_batch(tmp_path):
    without_appeal_guidance(tmp_path / "mine")
    out = tmp_path / "breve"
    result = CliRunner().invoke(cli, ["generate", "agreement", "--data", str(GRANT_SAMPLE),
                                      "--templates", str(tmp_path / "mine"), "-o", f"{out}/"])
    assert result.exit_code == 2
    assert not out.exists() or not any(out.iterdir())


def test_unchanged_copy_of_the_shipped_templates_is_accepted(tmp_path):
    folder = full_copy(tmp_path / "copy")
    data = Generator(folder).render(load_case(GRANT_SAMPLE), "agreement", "docx")
    assert data[:2] == b"PK"


def test_template_refusal_lists_the_finding(tmp_path):
    without_appeal_guidance(tmp_path / "mine")
    with pytest.raises(TemplateRefused) as caught:
        Generator(tmp_path / "mine").render(load_case(GRANT_SAMPLE), "agreement", "docx")
    assert [f.rule for f in caught.value.findings] == ["missing-appeal-guidance"]


def test_goal_the_linter_reads_as_a_placeholder_is_refused_naming_the_case_field(make_case):
    case = make_case(support__goal="Job: {{ 7*7 }}")
    with pytest.raises(TemplateRefused) as caught:
        Generator().render(case, "agreement", "docx")
    assert "Ret support.goal i sagen." in str(caught.value)
