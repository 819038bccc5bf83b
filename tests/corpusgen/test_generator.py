"""The corpus generator: deterministic, labels consistent with the law's arithmetic, files real."""

from __future__ import annotations

import hashlib
import random
import re
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from corpusgen.corpus.build import FORMATS, build_corpus, make_document
from corpusgen.corpus.dates import is_over_six_months, six_month_end
from corpusgen.corpus.manifest import REQUIRED_RULES, RULES, read_manifest

from .conftest import FAST_FORMATS


def _digest(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        parts += [c.text for row in table.rows for c in row.cells]
    for section in d.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    # text boxes live inside runs; python-docx does not surface them
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    parts += re.findall(r"<w:txbxContent>.*?</w:txbxContent>", xml)
    return "\n".join(parts)


def test_same_seed_gives_byte_identical_files(tmp_path: Path) -> None:
    build_corpus(tmp_path / "a", count=25, seed=5, formats=FAST_FORMATS)
    build_corpus(tmp_path / "b", count=25, seed=5, formats=FAST_FORMATS)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")


def test_different_seeds_give_different_documents(tmp_path: Path) -> None:
    build_corpus(tmp_path / "a", count=10, seed=1, formats=FAST_FORMATS, hostile=False)
    build_corpus(tmp_path / "b", count=10, seed=2, formats=FAST_FORMATS, hostile=False)
    assert set(_digest(tmp_path / "a").values()) != set(_digest(tmp_path / "b").values())


def test_a_larger_corpus_extends_a_smaller_one(tmp_path: Path) -> None:
    small = build_corpus(tmp_path / "s", count=5, seed=9, formats=FAST_FORMATS, hostile=False)
    large = build_corpus(tmp_path / "l", count=8, seed=9, formats=FAST_FORMATS, hostile=False)
    assert {e["path"] for e in small} <= {e["path"] for e in large}


def test_manifest_lists_exactly_the_files_on_disk(small_corpus: Path, small_manifest) -> None:
    on_disk = {p.relative_to(small_corpus).as_posix() for p in small_corpus.rglob("*")
               if p.is_file() and p.name != "EXPECTED.jsonl"}
    assert on_disk == {e["path"] for e in small_manifest}


def test_documents_are_filed_by_unit_and_year(small_manifest) -> None:
    for e in small_manifest:
        if not e.get("hostile"):
            unit, year, _ = e["path"].split("/")
            assert unit and 2018 <= int(year) <= 2026


def test_labels_are_among_the_rules_that_apply_to_the_kind(small_manifest) -> None:
    for e in small_manifest:
        if e.get("hostile"):
            continue
        assert set(e["rules"]) <= set(REQUIRED_RULES[e["kind"]]), e["path"]
        assert not {"missing-goal", "unclear-goal"} <= set(e["rules"]), e["path"]
        assert not {"missing-duration", "duration-over-6-months"} <= set(e["rules"]), e["path"]


def test_duration_label_agrees_with_calendar_arithmetic(small_manifest) -> None:
    checked = 0
    for e in small_manifest:
        per = e.get("period")
        if not per or not per.get("end"):
            continue
        if per["note"] in ("udskrivning", "extension") or per["note"].startswith("weeks-"):
            continue  # legal exception, or "26 uger" read as six months (domain.md §9)
        start, end = date.fromisoformat(per["start"]), date.fromisoformat(per["end"])
        assert per["over"] == is_over_six_months(start, end), e["path"]
        assert ("duration-over-6-months" in e["rules"]) == per["over"], e["path"]
        checked += 1
    assert checked > 5


def test_first_of_march_to_end_of_august_is_exactly_six_months() -> None:
    assert six_month_end(date(2026, 3, 1)) == date(2026, 8, 31)
    assert not is_over_six_months(date(2026, 3, 1), date(2026, 8, 31))
    assert is_over_six_months(date(2026, 3, 1), date(2026, 9, 1))


def test_corpus_has_every_format_kind_and_rule(tmp_path: Path) -> None:
    entries = [e for e in build_corpus(tmp_path, count=150, seed=3, formats=FAST_FORMATS,
                                       hostile=False)]
    assert {e["format"] for e in entries} == set(FAST_FORMATS)
    assert {e["kind"] for e in entries} == {"agreement", "minplan", "decision", "unknown"}
    assert {r for e in entries for r in e["rules"]} == set(RULES)
    assert sum(1 for e in entries if not e["rules"]) > 30  # plenty of clean documents


def test_every_docx_opens_with_python_docx(small_corpus: Path, small_manifest) -> None:
    for e in small_manifest:
        if e["format"] == "docx" and not e.get("hostile"):
            assert "mentor" in _docx_text(small_corpus / e["path"]).lower(), e["path"]


def test_every_odt_opens_with_odfpy(small_corpus: Path, small_manifest) -> None:
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P

    for e in small_manifest:
        if e["format"] == "odt":
            doc = load(str(small_corpus / e["path"]))
            text = " ".join(teletype.extractText(p)
                            for p in doc.getElementsByType(H) + doc.getElementsByType(P))
            assert "mentor" in text.lower(), e["path"]


def test_every_html_parses_with_lxml(small_corpus: Path, small_manifest) -> None:
    for e in small_manifest:
        if e["format"] == "html":
            tree = lxml_html.fromstring((small_corpus / e["path"]).read_bytes())
            assert "mentor" in tree.text_content().lower(), e["path"]


def test_every_txt_decodes_with_its_recorded_encoding(small_corpus: Path, small_manifest) -> None:
    for e in small_manifest:
        if e["format"] == "txt" and not e.get("hostile"):
            raw = (small_corpus / e["path"]).read_bytes()
            assert raw.startswith(b"\xef\xbb\xbf") == (e["encoding"] == "utf-8-sig")
            assert "mentor" in raw.decode(e["encoding"]).lower(), e["path"]


def test_absent_appeal_guidance_leaves_no_body_or_deadline(small_corpus: Path,
                                                           small_manifest) -> None:
    for e in small_manifest:
        if "appeal:absent" in e.get("traits", []) and e["format"] == "docx":
            text = _docx_text(small_corpus / e["path"])
            assert "Ankestyrelsen" not in text and "4 uger" not in text, e["path"]


def test_cpr_numbers_never_appear_in_file_names(small_manifest) -> None:
    for e in small_manifest:
        assert not re.search(r"\d{6}-?\d{4}", e["path"])


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        build_corpus(tmp_path, count=1, seed=1, formats=["rtf"])


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**9), n=st.integers(min_value=0, max_value=10**6))
def test_any_seed_gives_a_consistent_document(seed: int, n: int) -> None:
    rng = random.Random(f"{seed}:{n}")
    spec, rendered, fmt, rel = make_document(rng, n, FORMATS)
    assert spec.rules <= set(REQUIRED_RULES[spec.kind])
    assert rendered.body and fmt in FORMATS
    if spec.kind == "agreement" and not spec.rules:
        keys = {f.key for f in spec.fields}
        assert {"goal", "mentor", "tasks", "duration", "follow_up", "hours", "appeal"} <= keys


@pytest.mark.slow
def test_pdfs_are_deterministic_and_have_a_text_layer(tmp_path: Path) -> None:
    from pypdf import PdfReader

    build_corpus(tmp_path / "a", count=4, seed=21, formats=["pdf"], hostile=False)
    build_corpus(tmp_path / "b", count=4, seed=21, formats=["pdf"], hostile=False)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    for e in read_manifest(tmp_path / "a"):
        text = "".join(p.extract_text() for p in PdfReader(tmp_path / "a" / e["path"]).pages)
        assert "mentor" in text.lower()
