"""Issue 3, part 8: every document `mentordocs generate` writes lints clean, and the same document
with one field taken out is caught. PDF output starts LibreOffice and is marked slow."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from .analysis_builders import rules_of
from mentordocs import case as case_module
from mentordocs import generate
from mentordocs.domain.fields import REQUIRED_FIELDS, DocumentKind
from mentordocs.lint import readers
from mentordocs.lint.analyze import analyze, analyze_fields
from mentordocs.lint.durations import support_periods
from mentordocs.lint.model import Block, ExtractedDocument


CASES = sorted(Path(__file__).resolve().parents[2].joinpath("samples", "cases").glob("*.yaml"))
FAST_FORMATS = {"agreement": ("docx", "txt"), "minplan": ("txt", "html", "md"), "decision": ("docx",)}
RULE = {"goal": "missing-goal", "mentor": "missing-mentor", "tasks": "missing-tasks",
        "duration": "missing-duration", "follow_up": "missing-follow-up", "hours": "missing-hours",
        "appeal_guidance": "missing-appeal-guidance"}
REQUIRED = {kind.value: [f.value for f in REQUIRED_FIELDS[kind]] for kind in DocumentKind}

assert CASES, "samples/cases/ has no sample cases"


@functools.lru_cache(maxsize=None)
def generated(case_path: Path, document: str, fmt: str) -> ExtractedDocument | None:
    case = case_module.load_case(case_path)
    gen = generate.Generator()
    try:
        gen.check(case, document, fmt)
    except generate.GenerationError:
        return None  # e.g. no agreement for a refusal
    return readers.read_bytes(gen.render(case, document, fmt), f"{document}.{fmt}")


def _goal_warned_by_validator(case_path: Path) -> bool:
    from mentordocs.domain.goals import assess_goal, is_unclear

    return is_unclear(assess_goal(case_module.load_case(case_path).support.goal))


def _made(case_path: Path, document: str, fmt: str) -> bool:
    """Whether the generator makes this document for this case (no agreement for a refusal)."""
    try:
        generate.Generator().check(case_module.load_case(case_path), document, fmt)
    except generate.GenerationError:
        return False
    return True


# Only the combinations the generator makes: a test that could only skip is no test.
COMBOS = [(c, d, f) for c in CASES for d, fmts in FAST_FORMATS.items() for f in fmts
          if _made(c, d, f)]


def _ids(combo):
    return f"{combo[0].stem}-{combo[1]}-{combo[2]}"


@pytest.mark.parametrize("combo", COMBOS, ids=[_ids(c) for c in COMBOS])
def test_generated_document_lints_clean(combo, pack):
    doc = generated(*combo)
    assert doc is not None
    kind, findings = analyze(doc, pack)
    assert kind == combo[1]
    allowed = {"unclear-goal"} if _goal_warned_by_validator(combo[0]) else set()
    assert rules_of(findings) <= allowed, [(f.rule, f.message, f.evidence) for f in findings]


def _without(doc: ExtractedDocument, pack, key: str) -> ExtractedDocument:
    analysis = analyze_fields(doc, pack)
    drop: set[int] = set()
    for section in analysis.sections:
        if key in section.fields:
            drop.add(section.block_index)
            drop.update(i for i, _ in section.parts)
    if key == "duration":  # the introduction also states the period
        drop.update(i for i, b in enumerate(doc.blocks) if support_periods(b.text))
    return ExtractedDocument(doc.path, doc.format, [b for i, b in enumerate(doc.blocks) if i not in drop])


def _blanked(doc: ExtractedDocument, pack, key: str) -> ExtractedDocument:
    """The field's labels stay; everything under them becomes "Udfyldes senere"."""
    analysis = analyze_fields(doc, pack)
    emptied: set[int] = set()
    relabelled: dict[int, str] = {}
    placeholder_after: set[int] = set()
    for section in analysis.sections:
        if key in section.fields and not section.parent:
            emptied.update(i for i, _ in section.parts if i != section.block_index)
            if section.inline:
                relabelled[section.block_index] = f"{section.label}: Udfyldes senere"
            else:
                placeholder_after.add(section.block_index)
    blocks: list[Block] = []
    for i, block in enumerate(doc.blocks):
        if i in relabelled:
            blocks.append(Block(relabelled[i], block.kind, block.location))
        elif i not in emptied:
            blocks.append(block)
        if i in placeholder_after:
            blocks.append(Block("Udfyldes senere", location=block.location))
    return ExtractedDocument(doc.path, doc.format, blocks)


REMOVALS = [(c, d, f, k) for c, d, f in COMBOS for k in REQUIRED[d]]


@pytest.mark.parametrize("combo", REMOVALS, ids=[f"{_ids(c[:3])}-{c[3]}" for c in REMOVALS])
def test_generated_document_with_a_field_removed_is_caught(combo, pack):
    doc = generated(*combo[:3])
    assert doc is not None
    key = combo[3]
    kind, findings = analyze(_without(doc, pack, key), pack)
    assert kind == combo[1]
    assert RULE[key] in rules_of(findings)


@pytest.mark.parametrize("combo", REMOVALS, ids=[f"{_ids(c[:3])}-{c[3]}" for c in REMOVALS])
def test_generated_document_with_a_field_blanked_is_caught(combo, pack):
    doc = generated(*combo[:3])
    assert doc is not None
    key = combo[3]
    _, findings = analyze(_blanked(doc, pack, key), pack)
    assert RULE[key] in rules_of(findings)


PDF_CASES = [c for c in CASES if _made(c, "agreement", "pdf")][:2]


@pytest.mark.slow
@pytest.mark.parametrize("case_path", PDF_CASES, ids=[c.stem for c in PDF_CASES])
def test_generated_pdf_agreement_lints_clean(case_path, pack):
    doc = generated(case_path, "agreement", "pdf")
    assert doc is not None
    kind, findings = analyze(doc, pack)
    assert kind == "agreement"
    assert findings == [], [(f.rule, f.message, f.evidence) for f in findings]
