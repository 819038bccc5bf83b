"""No string in a path or a document can steer a terminal or stop a report (issue 13, items 4, 5).

File names and document text come from the archive. Control characters in them must be shown,
not obeyed, by everything a person reads in a terminal, and every report format must be written
whatever they contain.
"""

from __future__ import annotations

import io
import json
import re
import xml.dom.minidom

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordocs.lint.model import ErrorCode, FileResult, Finding, Location, ReadError, Severity
from mentordocs.report import REPORTERS, ReportContext, render
from mentordocs.domain.terminal import printable

from .conftest import RULES, sha

#: The red team's strings: cursor movement, an OSC window title, BEL, BS, CR, a forged line.
HOSTILE = "aftale\x1b[2J\x1b]0;pwned\x07\x08\r\nFORGED: ok\x1b[0m\u202e.docx"
#: What a terminal may receive from the text report besides printable text.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_results(text: str) -> list[FileResult]:
    return [
        FileResult(path=f"arkiv/{text}/aftale.docx", kind="agreement", sha256=sha("a"),
                   findings=[Finding("missing-goal", Severity.ERROR, f"Mål mangler {text}",
                                     field="goal", evidence=text, fix=text,
                                     location=Location(page=1, paragraph=2))]),
        FileResult(path=f"arkiv/{text}.pdf", kind="unknown",
                   error=ReadError(ErrorCode.CORRUPT_FILE, f"Filen {text} kan ikke læses.")),
    ]


def context(fmt: str) -> ReportContext:
    return ReportContext(format=fmt, rules=RULES, extra={"roots": ["arkiv"]})


def test_printable_writes_control_characters_as_escapes() -> None:
    assert printable("a\x1b[2Jb\x07\x08\r\n\u202e") == "a\\x1b[2Jb\\x07\\x08\\r\\n\\u202e"


def test_the_text_report_escapes_control_characters_in_paths_and_document_text() -> None:
    out = render(hostile_results(HOSTILE), context("text"))
    assert not CONTROL.search(out)
    assert "\nFORGED" not in out
    assert "\\x1b[2J" in out


def test_the_text_report_keeps_its_own_colours_but_no_foreign_escapes() -> None:
    ctx = context("text")
    ctx.color = True
    out = render(hostile_results(HOSTILE), ctx)
    assert "\x1b[2J" not in out and "\x1b]0;" not in out and "\x1b[31m" in out


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_control_character_in_a_path_or_evidence_does_not_stop_the_spreadsheet(fmt: str) -> None:
    data = render(hostile_results(HOSTILE), context(fmt))
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
        cells = [str(c.value) for row in sheet.iter_rows(min_row=2) for c in row]
        assert any("\\x1b[2J" in c for c in cells)
    else:
        assert "FORGED" in data


# Any text at all, surrogates included: file names that are not valid UTF-8 arrive as lone
# surrogates (os.fsdecode).
ANY_TEXT = st.text(st.characters(blacklist_categories=()), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT)
@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_every_report_format_is_written_for_any_string(fmt: str, text: str) -> None:
    data = render(hostile_results(text), context(fmt))
    if fmt == "xlsx":
        openpyxl.load_workbook(io.BytesIO(data))
        return
    assert isinstance(data, str)
    data.encode("utf-8")  # writable to a UTF-8 file or terminal
    if fmt in ("json", "sarif"):
        json.loads(data)
    elif fmt == "jsonl":
        for line in data.split("\n"):  # JSON Lines end at "\n" only
            if line:
                json.loads(line)
    elif fmt in ("junit", "html"):
        if fmt == "junit":
            xml.dom.minidom.parseString(data.encode("utf-8"))
    elif fmt == "text":
        assert not CONTROL.search(data)


# The spellings that survived every report format (issue 13, item 6); the serial is 4821.
CPR_SPELLINGS = ["010190.4821", "010190,4821", "010190_4821", "010190+4821", "010190\u20144821",
                 "0101\u00ad904821", "010190\u200b4821", "01.01.90-4821", "01-01-90-4821",
                 "01/01/90-4821", "01 01 90-4821", "0101 90 4821",
                 "\uff10\uff11\uff10\uff11\uff19\uff10-\uff14\uff18\uff12\uff11", "01011990-4821",
                 "010190\ufffd4821", "010190%2D4821"]


def _all_text(fmt: str, data: str | bytes) -> str:
    if fmt == "xlsx":
        book = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(str(c.value) for sheet in book.worksheets
                         for row in sheet.iter_rows() for c in row)
    assert isinstance(data, str)
    return data


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
@pytest.mark.parametrize("spelling", CPR_SPELLINGS)
def test_no_report_format_shows_any_spelling_of_a_cpr_number(fmt: str, spelling: str) -> None:
    text = _all_text(fmt, render(hostile_results(spelling), context(fmt)))
    assert "4821" not in text
    assert "%34%38%32%31" not in text
