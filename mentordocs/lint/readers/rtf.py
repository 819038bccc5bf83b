"""RTF reader: control words stripped, paragraphs and table cells kept.

RTF is rare in agreement archives but cheap to read: text, ``\\par``, ``\\cell``/``\\row``,
``\\'hh`` bytes in the document's code page and ``\\uN`` characters. Destinations that hold no
body text (font and colour tables, pictures, document info, fields' instructions) are skipped.
"""

from __future__ import annotations

import re

from mentordocs.lint.limits import Limits
from mentordocs.lint.model import Block, ExtractedDocument, Location
from mentordocs.lint.readers._lines import Line, blocks_from_lines, split_tab_row, table_row_block

# A parameter has at most 10 digits; more (a hostile "\u99999999999") are swallowed, not text.
_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(?:(-?\d{1,10})\d*)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+",
                    re.DOTALL)
_SKIP_DESTINATIONS = {b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object",
                      b"fldinst", b"themedata", b"colorschememapping", b"datastore",
                      b"latentstyles", b"listtable", b"listoverridetable", b"rsidtbl", b"xmlnstbl",
                      b"generator", b"filetbl", b"revtbl",
                      b"pgdsctbl", b"mmathPr", b"bkmkstart", b"bkmkend", b"shppict", b"nonshppict",
                      b"sp", b"shprslt",
                      b"nonesttables"}


#: Page headers and footers: their text is read after the body, each distinct line once (a
#: mentor firm's contact block or the appeal guidance may stand only there).
_SIDE_DESTINATIONS = {b"header", b"headerl", b"headerr", b"headerf", b"footer", b"footerl", b"footerr",
                      b"footerf"}


def _append_unicode(out: list[str], code: int) -> None:
    r"""Add the character of ``\uN`` (negative N counts from 65536). A code that is no character
    (``\u99999999999``) is skipped: one bad escape must not make the whole file unreadable. A
    UTF-16 surrogate pair, as Word writes characters beyond the BMP, becomes one character."""
    if code < 0:
        code += 65536
    if not 0 <= code <= 0x10FFFF:
        return
    if 0xDC00 <= code <= 0xDFFF and out and len(out[-1]) == 1 and 0xD800 <= ord(out[-1]) <= 0xDBFF:
        high = ord(out.pop())
        code = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
    out.append(chr(code))


#: Footnotes and endnotes: read after the body (the appeal deadline may stand only there).
_NOTE_DESTINATIONS = {b"footnote"}

#: Starred destinations this reader reads rather than skips: a shape's instructions hold the
#: text of a text box (``\\shptxt``); its drawing properties (``\\sp``) are skipped.
_READ_STARRED = _NOTE_DESTINATIONS | {b"shpinst", b"nesttableprops"}

#: Character formatting that hides text: ``\\v`` hidden text, ``\\deleted`` a deleted revision.
_HIDING = {b"v", b"deleted"}

_BODY, _SIDE, _NOTE, _BOX = range(4)


class _Group:
    """What a ``{`` saves and the matching ``}`` restores."""

    __slots__ = ("skip", "uc", "mode", "hidden")

    def __init__(self, skip: bool, uc: int, mode: int, hidden: frozenset[bytes]):
        self.skip, self.uc, self.mode, self.hidden = skip, uc, mode, hidden


def rtf_lines(data: bytes) -> list[tuple[str, bool]]:
    """The RTF's text as (line, ends_a_table_row) pairs: the body (with text boxes' text), then
    footnotes, then headers and footers. Hidden text and deleted revisions are not text."""
    codepage = "cp1252"
    m = re.search(rb"\\ansicpg(\d+)", data[:2000])
    if m:
        codepage = f"cp{int(m.group(1))}"
        try:
            "".encode(codepage)
        except LookupError:
            codepage = "cp1252"
    stack: list[_Group] = []
    skip, uc, mode = False, 1, _BODY
    hidden: frozenset[bytes] = frozenset()
    starred = False  # the last token was \*: the next control word may be skipped
    # Each mode collects its own lines, and its own half-built line and row: a footnote or a text
    # box in the middle of a sentence or a table cell does not end it.
    collected: list[list[tuple[str, bool]]] = [[], [], [], []]
    outs: list[list[str]] = [[], [], [], []]
    rows: list[list[str]] = [[], [], [], []]
    nest_cells: list[list[str]] = [[], [], [], []]
    nested_rows: list[list[str]] = [[], [], [], []]
    in_table = False  # \\intbl: the paragraph is in a table cell, its \\par does not end the row
    skip_next = 0
    out, lines, cells = outs[_BODY], collected[_BODY], rows[_BODY]
    pending = bytearray()

    def flush_bytes() -> None:
        if pending:
            if not hidden:
                out.append(pending.decode(codepage, errors="replace"))
            pending.clear()

    def target(mode: int) -> list[tuple[str, bool]]:
        return collected[_BODY] if mode == _BOX else collected[mode]

    for tok in _TOKEN.finditer(data):
        word, arg, hexbyte, symbol, brace, text = tok.groups()
        if word is None:
            starred = False if symbol != b"*" else starred
        if brace == b"{":
            flush_bytes()
            stack.append(_Group(skip, uc, mode, hidden))
        elif brace == b"}":
            flush_bytes()
            outer = stack.pop() if stack else _Group(False, 1, _BODY, frozenset())
            if mode != outer.mode and mode != _BODY and not skip:
                # the end of a footer, footnote or text box group ends its line
                if out:
                    target(mode).append(("".join(out), False))
                    out.clear()
            skip, uc, mode, hidden = outer.skip, outer.uc, outer.mode, outer.hidden
            out, lines, cells = outs[mode], target(mode), rows[mode]
        elif skip:
            continue
        elif hexbyte is not None:
            if skip_next:
                skip_next -= 1
                continue
            pending.append(int(hexbyte, 16))
        elif word is not None:
            flush_bytes()
            was_starred, starred = starred, False
            if was_starred and word not in _READ_STARRED:
                skip = True  # an ignorable destination this reader does not read
            elif word in _SKIP_DESTINATIONS:
                skip = True
            elif word in _SIDE_DESTINATIONS or word in _NOTE_DESTINATIONS or word == b"shptxt":
                new_mode = _SIDE if word in _SIDE_DESTINATIONS else _NOTE if word in _NOTE_DESTINATIONS else _BOX
                if new_mode == _SIDE and mode == _BODY and out:
                    lines.append(("".join(out), False))
                    out.clear()
                if new_mode != mode:
                    mode = new_mode
                    out, lines, cells = outs[mode], target(mode), rows[mode]
                    hidden = frozenset()
            elif word in _HIDING:
                hidden = hidden - {word} if arg == b"0" else hidden | {word}
            elif word == b"plain":
                hidden = frozenset()  # \plain resets character formatting
            elif word == b"uc":
                uc = min(max(int(arg or 1), 0), 8)  # a real \ucN says 1 or 2
            elif word == b"u":
                if not hidden:
                    _append_unicode(out, int(arg or 0))
                skip_next = uc
                continue
            elif word == b"intbl":
                in_table = True
            elif word == b"pard":
                in_table = False
            elif word in (b"par", b"line", b"sect", b"page"):
                if cells or in_table:
                    out.append("\n")
                else:
                    lines.append(("".join(out), False))
                    out.clear()
            elif word == b"cell":
                # a cell keeps its own lines: "Mentorens opgaver" over the tasks is a label and its value
                cells.append("\n".join(" ".join(line.split()) for line in "".join(out).split("\n") if line.strip()))
                out.clear()
            elif word == b"nestcell":
                nest_cells[mode].append(" ".join("".join(out).split()))
                out.clear()
            elif word == b"nestrow":
                # a row of a table inside a cell: read after the outer row, as a DOCX's is
                nested_rows[mode].append(" | ".join(nest_cells[mode]))
                nest_cells[mode].clear()
                out.clear()
            elif word == b"row":
                lines.append((" | ".join(cells), True))
                lines.extend((row, True) for row in nested_rows[mode])
                nested_rows[mode].clear()
                cells.clear()
                out.clear()
            elif hidden:
                pass
            elif word == b"tab":
                out.append("\t")
            elif word in (b"emdash", b"endash"):
                out.append("–")
            elif word in (b"lquote", b"rquote"):
                out.append("'")
            elif word in (b"ldblquote", b"rdblquote"):
                out.append('"')
            elif word == b"bullet":
                out.append("•")
        elif symbol is not None:
            flush_bytes()
            if symbol == b"*":
                starred = True
            elif symbol in (b"\n", b"\r"):
                lines.append(("".join(out), False))
                out.clear()
            elif hidden:
                pass
            elif symbol in (b"\\", b"{", b"}"):
                out.append(symbol.decode())
            elif symbol == b"~":
                out.append(" ")
        elif text is not None:
            if skip_next:
                n = min(skip_next, len(text))
                text, skip_next = text[n:], skip_next - n
            flush_bytes()
            if text and not hidden:
                out.append(text.decode(codepage, errors="replace"))
        skip_next = 0 if word is not None or text is not None else skip_next
    flush_bytes()
    for mode in (_BODY, _BOX):
        if outs[mode]:
            collected[_BODY].append(("".join(outs[mode]), False))
    for mode in (_NOTE, _SIDE):
        if outs[mode]:
            collected[mode].append(("".join(outs[mode]), False))
    seen: set[str] = set()
    extra = []
    for text, is_row in collected[_NOTE] + collected[_SIDE]:
        key = " ".join(text.split())
        if key and key not in seen:
            seen.add(key)
            extra.append((text, is_row))
    return collected[_BODY] + ([("", False)] + extra if extra else [])


def read_rtf(data: bytes, path: str, limits: Limits) -> ExtractedDocument:
    """Read an RTF document into blocks; table rows become table-row blocks."""
    blocks: list[Block] = []
    paragraph: list[Line] = []

    def flush() -> None:
        for block in blocks_from_lines(paragraph, min_width=10_000):
            blocks.append(block)
        paragraph.clear()

    for text, is_row in rtf_lines(data):
        if is_row:
            flush()
            cells = [c.strip() for c in text.split(" | ")]
            if any(cells):
                blocks.append(table_row_block(cells))
        elif (row := split_tab_row(text)) is not None:
            # a label and its value set apart by a tab ("Mål for mentorstøtten⇥At Mikkel …"),
            # as a DOCX paragraph's
            flush()
            blocks.append(table_row_block(row))
        else:
            # Every \par ends a paragraph in RTF, so each line is its own block.
            paragraph.append(Line(text))
            paragraph.append(Line(""))
    flush()
    numbered = [Block(text=b.text, kind=b.kind, level=b.level, cells=b.cells,
                      location=Location(paragraph=i)) for i, b in enumerate(blocks, start=1)]
    return ExtractedDocument(path=path, format="rtf", blocks=numbered)
