"""What the generated documents must say: the six fields, reasons, appeal guidance, sender."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from mentordocs.case import Outcome, load_case
from mentordocs.domain.fields import FIELDS, REQUIRED_FIELDS, DocumentKind, Field
from mentordocs.generate import GenerationError
from mentordocs.generate.docxtext import docx_text

from .conftest import GRANT_SAMPLE, SAMPLE_FILES, SAMPLES

SUPPORT_SAMPLES = [p for p in SAMPLE_FILES
                   if load_case(p).decision.outcome in (Outcome.GRANT, Outcome.EXTENSION)]


def _headings(text: str) -> list[str]:
    return [line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")]


@pytest.mark.parametrize("path", SUPPORT_SAMPLES, ids=lambda p: p.stem)
def test_agreement_has_a_heading_for_every_mandatory_field(generator, path):
    text = docx_text(generator.render(load_case(path), "agreement", "docx"))
    headings = " | ".join(_headings(text))
    for field in REQUIRED_FIELDS[DocumentKind.AGREEMENT]:
        assert FIELDS[field].label_da in headings


def test_agreement_states_the_period_as_dates_and_hours_as_a_number(generator):
    text = docx_text(generator.render(load_case(GRANT_SAMPLE), "agreement", "docx"))
    assert "fra 1. marts 2026 til og med 31. august 2026" in text
    assert re.search(r"\b2 timer pr\. uge\b", text)


def test_hours_use_a_decimal_comma(generator):
    case = load_case(SAMPLES / "04-extension-pligtmentor.yaml")
    assert "1,5 timer pr. uge" in docx_text(generator.render(case, "agreement", "docx"))


@pytest.mark.parametrize("path", SUPPORT_SAMPLES, ids=lambda p: p.stem)
def test_minplan_has_the_five_bab_52_fields(generator, path):
    text = generator.render(load_case(path), "minplan", "txt").decode()
    for field in REQUIRED_FIELDS[DocumentKind.MINPLAN]:
        assert FIELDS[field].label_da in text


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_every_decision_letter_has_appeal_guidance_naming_body_and_deadline(generator, path):
    text = docx_text(generator.render(load_case(path), "decision", "docx"))
    guidance = text.split(FIELDS[Field.APPEAL_GUIDANCE].label_da)[-1]
    assert "Ankestyrelsen" in guidance
    assert "4 uger" in guidance
    assert re.search(r"\b(kommunen|jobcentret)\b", guidance)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_decision_letter_gives_reasons_when_the_law_requires_them(generator, path):
    case = load_case(path)
    text = docx_text(generator.render(case, "decision", "docx"))
    assert "# Begrundelse" in text
    if case.needs_reasons:
        # FVL § 24: the rule applied, the main considerations, the facts given weight.
        assert case.legal.ref("mentor") in text
        assert " ".join(case.decision.reasons.split()) in text
        if case.decision.facts:
            assert " ".join(case.decision.facts.split()) in text
    else:
        assert case.legal.ref("mentor") in text


@pytest.mark.parametrize(("outcome", "title"), [
    (Outcome.GRANT, "Afgørelse om bevilling af mentorstøtte"),
    (Outcome.REFUSAL, "Afgørelse om afslag på mentorstøtte"),
    (Outcome.EXTENSION, "Afgørelse om forlængelse af mentorstøtte"),
    (Outcome.END, "Afgørelse om ophør af mentorstøtte"),
])
def test_each_outcome_has_its_own_letter(generator, outcome, title):
    path = next(p for p in SAMPLE_FILES if load_case(p).decision.outcome == outcome)
    assert f"# {title}" in docx_text(generator.render(load_case(path), "decision", "docx"))


def test_letters_dated_before_february_2026_are_sent_by_the_jobcentre(generator, make_case):
    text = docx_text(generator.render(make_case(decision__date=dt.date(2026, 1, 31)),
                                      "decision", "docx"))
    assert "Jobcentret har bevilget" in text
    assert "sende klagen til jobcentret" in text


def test_letters_dated_from_february_2026_are_sent_by_the_municipality(generator, make_case):
    text = docx_text(generator.render(make_case(decision__date=dt.date(2026, 2, 1)),
                                      "decision", "docx"))
    assert "Kommunen har bevilget" in text
    assert "sende klagen til kommunen" in text


def test_documents_never_show_the_full_cpr_number(generator, make_case):
    case = make_case(citizen__cpr="150392-1237")
    for document, fmt in (("agreement", "docx"), ("decision", "docx"), ("agreement", "txt"),
                          ("minplan", "html")):
        data = generator.render(case, document, fmt)
        text = docx_text(data) if fmt == "docx" else data.decode()
        assert "1237" not in text


@pytest.mark.parametrize("document", ["agreement", "minplan"])
def test_refusal_has_no_agreement_or_minplan(generator, document):
    case = load_case(SAMPLES / "03-refusal-general.yaml")
    with pytest.raises(GenerationError, match="refusal"):
        generator.render(case, document, "docx" if document == "agreement" else "txt")


def test_unsupported_format_is_a_clear_error(generator):
    with pytest.raises(GenerationError, match="decision cannot be written as 'md'"):
        generator.render(load_case(GRANT_SAMPLE), "decision", "md")


def test_docx_core_properties_are_danish_and_dated_by_the_decision(generator):
    import io
    import zipfile

    data = generator.render(load_case(GRANT_SAMPLE), "agreement", "docx")
    core = zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode()
    assert "<dc:language>da-DK</dc:language>" in core
    assert "2026-02-20T00:00:00Z" in core
    assert "<dc:creator>Gribskov Kommune, Center for Arbejdsmarked</dc:creator>" in core
    assert "<dc:title>Aftale om mentorstøtte – Jonas Bech Madsen</dc:title>" in core
