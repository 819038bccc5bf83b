"""Property tests: arbitrary input never crashes a reader, and text is never lost."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from mentordocs.lint.model import ReadError
from mentordocs.lint.readers import read_bytes

NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.rtf", "a.docx", "a.pdf", "a.odt",
                         "a.doc", "a", "a.xyz"])
PREFIXES = st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"{\\rtf1 ", b"<html><body>",
                            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xef\xbb\xbf", b"\xff\xfe"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=PREFIXES, body=st.binary(max_size=2000), name=NAMES)
def test_any_bytes_give_a_document_or_a_read_error(prefix: bytes, body: bytes, name: str):
    try:
        doc = read_bytes(prefix + body, name)
    except ReadError:
        return
    assert all(block.text.strip() for block in doc.blocks)


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøåABCÆØÅ", min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.lists(WORD, min_size=1, max_size=14).map(" ".join), min_size=1,
                      max_size=30),
       blank_every=st.integers(min_value=2, max_value=6))
def test_plain_text_keeps_every_word_in_order(lines: list[str], blank_every: int):
    text = "\n".join(line + ("\n" if i % blank_every == 0 else "") for i, line in enumerate(lines))
    doc = read_bytes(text.encode(), "a.txt")
    assert doc.text.split() == text.split()


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=500))
def test_any_unicode_text_file_reads_without_crashing(text: str):
    try:
        read_bytes(text.encode("utf-8"), "a.txt")
    except ReadError:
        pass
