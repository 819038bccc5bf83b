"""Blocks from plain lines of text: shared by the PDF and plain-text readers.

Neither a PDF's text layer nor a .txt file says where a heading or a paragraph is, so the
structure is guessed from the lines. The guesses are deliberately conservative: a short line is
only a heading if it is numbered, in capitals or ends with a colon, because a short line after a
"Mentor:" heading is far more often the mentor's name than a new section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from rapidfuzz import fuzz

from mentordocs.domain.text import drop_invisible
from mentordocs.lint.model import Block, BlockKind, Location

_BULLET = re.compile(r"^([•·▪●◦‣∙○■□►➢✓✔\uf0b7\uf0a7\-–*+]"
                     # a "•" as OCR reads it from a scan: "-.", "-…", '-"', '"…', "«+", "…", "—", "e"
                     # (only before a capital: "…. Notere fremmøde", "e Støtte …", never "... og så")
                     r"|(?:[-–—.…]|[\"'”“„«»](?=[-–.…+]))[-–.…+\"'„“”,]{0,2}(?=\s+[A-ZÆØÅ])"
                     r"|[eo](?=\s+[A-ZÆØÅ][a-zæøå]))"
                     r"\s+(\S.*)$")
# "1. Mål", "a) Ledsagelse", and "1.Mål" (no space, a capital after the dot: drawn PDFs)
# (a letter from a to l, or a roman "i"/"v"/"x": "m." opens "m. mentor og borger", a wrapped
# abbreviation, not the 13th item of a list)
_NUMBERED = re.compile(r"^((?:\d{1,2}[a-h]?(?:\.\d{1,2})*[.)]?)|[a-livx][.)](?!\s*\d))(?:\s+|(?<=[.)])(?=[A-ZÆØÅ]))(\S.*)$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_RULE_LINE = re.compile(r"^[+|]?(={3,}|-{3,}|_{3,}|\*{3,})[+|]?\s*$")  # also a text box's "+-----+" edge
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LABEL = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ .,()/&+\-–—]{0,40}\??:(\s|$)")  # ("Hvem er din mentor?: …")
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:side|page|s\.)?\s*\d{1,3}\s*(?:(?:af|of|/)\s*\d{1,3})?(?:\s*-)?$",
                          re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", ";", ",")


@dataclass
class Line:
    text: str
    page: Optional[int] = None
    #: Cells when the line is a row of columns (from a PDF's layout), else empty.
    cells: tuple[str, ...] = ()
    #: The width in characters of the text column the line was set in, when a reader knows it
    #: (a PDF page read column by column); else the widest line on the page stands for it.
    width: Optional[int] = None
    #: Where the line starts, in characters from its column's left edge, when a reader knows it.
    indent: Optional[int] = None


def int_or(value: Optional[str], default: int) -> int:
    """An attribute value as an int, or ``default`` when absent or malformed (hostile XML)."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def clean_text(text: str) -> str:
    """Collapse runs of white space within lines and drop empty lines. Characters nobody sees
    (zero-width space and joiners, soft hyphen, byte-order mark) go: "Ko\u200bmmune" is "Kommune"."""
    lines = (_WHITESPACE_RUN.sub(" ", line).strip() for line in drop_invisible(text).split("\n"))
    return "\n".join(line for line in lines if line)


_WHITESPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")


def table_row_block(cells: list[str]) -> Block:
    """A table row as one block: cells joined by " | " for the text, kept apart in ``cells``.
    A label cell wrapped by hand ("Målet med" / "mentorstøtten") is one label again."""
    if len(cells) >= 2:
        cells = [join_wrapped_label(cells[0]), *cells[1:]]
    return Block(text=" | ".join(c.replace("\n", " ") for c in cells),
                 kind=BlockKind.TABLE_ROW, cells=tuple(cells))


#: A label set off from its value by a tab: a few words, no figure, no sentence end, no colon
#: (a "Label: value" line is read as one already); a full stop only after an abbreviation inside
#: it ("Timer pr. uge").
_TAB_LABEL = re.compile(r"^(?=.{1,40}$)[^\W\d_](?:[^\d:.;!?]|\.(?= \w))*$")
_TAB_LABEL_WORDS = 6


def nested_table_value(parts: list[str], nested: list[Block]) -> Optional[str]:
    """A value cell that holds only a small table ("Fra | Til" over "8. marts 2026 | 7.
    september 2026") as the text of one value: a head row over one row of values as "head: value"
    lines, another small table row by row; None when the cell has text of its own or its table
    is larger (then its rows are rows of their own, after the cell's row)."""
    if any(part.strip() for part in parts) or not 0 < len(nested) <= 3 or any(len(row.cells) > 4 for row in nested):
        return None
    first, rest = nested[0].cells, [row.cells for row in nested[1:]]
    if len(rest) == 1 and len(rest[0]) == len(first) and all(
            c.strip() and len(c) <= 30 and not any(ch.isdigit() for ch in c) for c in first):
        return "\n".join(f"{head.strip()}: {value.strip()}" for head, value in zip(first, rest[0]))
    return "\n".join(" | ".join(c.strip() for c in row.cells) for row in nested)


def split_tab_row(raw: str) -> Optional[list[str]]:
    """A paragraph laid out as a label/value row with a tab ("Mål med mentorstøtten⇥komme i
    job"): its label and value, as a two-column table would hold them; else None."""
    if "\t" not in raw or "\n" in raw.strip():
        return None
    parts = [" ".join(part.split()) for part in re.split(r"\t+", raw.strip())]
    if len(parts) != 2 or not all(parts):
        return None
    label = parts[0]
    if not _TAB_LABEL.match(label) or len(label.split()) > _TAB_LABEL_WORDS:
        return None
    return parts


#: A label cell is short; a longer first cell is content, whatever its lines.
_LABEL_CELL_CHARS = 60
_LABEL_LINE_END = (".", ":", ";", "!", "?", ",")


def join_wrapped_label(cell: str) -> str:
    """A row's first cell whose lines are one phrase broken by a soft line break: each later
    line goes on with a small letter after a line that ends no sentence, and nothing in it is a
    value (no digit, no @). Word shows "Målet med" above "mentorstøtten" because the label
    column is narrow; it is one label, not a label and its value."""
    if "\n" not in cell or len(cell) > _LABEL_CELL_CHARS or any(ch.isdigit() or ch == "@" for ch in cell):
        return cell
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    for before, after in zip(lines, lines[1:]):
        if before.endswith(_LABEL_LINE_END) or not after[:1].islower():
            return cell
    return " ".join(lines)


def looks_like_bold_heading(text: str) -> bool:
    """A bold sentence is emphasis, a bold label is a heading: short, one line, no sentence end."""
    return bool(text) and len(text) <= 90 and "\n" not in text and not text.endswith((".", ",", ";"))


def _is_caps_heading(text: str) -> bool:
    # A heading in capitals is short; a sentence in capitals ("DU KAN KLAGE TIL KOMMUNEN INDEN
    # 4 UGER.") is text, as its full stop or its length shows.
    return (len(text) <= 80 and _all_caps(text, least=4)
            and any(len(w) >= 4 for w in text.split()) and len(text.split()) <= 8
            and not text.rstrip().endswith((".", ","))
            and not (len(text.split()) >= 6 and any(ch.isdigit() for ch in text)))


def _number_depth(marker: str) -> int:
    digits = marker.rstrip(".)")
    return digits.count(".") + 1 if digits[:1].isdigit() else 2


_MONTH_START = re.compile(r"^(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zæøå]*\.?(\s|$)",
                          re.IGNORECASE)


def _is_numbered(text: str) -> bool:
    m = _NUMBERED.match(text)
    # A bare year or amount ("2026 blev ...", "10 timer") is not a list marker, and
    # "1. marts 2026 – 31. august 2026" is a date, not item 1.
    return (m is not None and (m.group(1)[-1] in ".)" or "." in m.group(1))
            and not (m.group(1)[0].isdigit() and _MONTH_START.match(m.group(2))))


def split_bullet(text: str) -> Optional[str]:
    """The text after a typed bullet ("• Møder" -> "Møder"), or None when there is none."""
    m = _BULLET.match(text)
    return m.group(2) if m else None


def split_label_lines(text: str) -> Optional[list[str]]:
    """Split "Mål: …\nMentor: …" or "1) Mål: …\n2) Mentor: …" (one paragraph with line breaks)
    into one text per label.

    Returns None unless at least two lines start with a label; a line without a label stays
    with the label line above it (an address under "Mentor: Anne Hansen").
    """
    lines = text.split("\n")
    if len(lines) < 2 or sum(_labelled_line(line) for line in lines) < 2:
        return None
    parts: list[str] = []
    for line in lines:
        if _labelled_line(line) or not parts:
            parts.append(line)
        else:
            parts[-1] += "\n" + line
    return parts


def _labelled_line(line: str) -> bool:
    """A line that starts with a label, also after its number ("3) Mentoren skal: …")."""
    numbered = _NUMBERED.match(line)
    return bool(_LABEL.match(line) or (numbered is not None and _is_numbered(line) and _LABEL.match(numbered.group(2))))


def dehyphenate_join(previous: str, line: str) -> str:
    """Join a wrapped line to the text before it, rejoining "beskæfti-" + "gelse"."""
    if (previous.endswith("-") and len(previous) > 1 and previous[-2].isalpha()
            and previous[-2].islower() and line[:1].islower()):
        return previous[:-1] + line
    return previous + " " + line


#: How many non-blank lines at the top and at the bottom of a page count as its margin: a
#: letterhead of name, street, phone and web address is four lines.
MARGIN_LINES = 5


def _margin_indexes(page: list[str]) -> set[int]:
    filled = [index for index, ln in enumerate(page) if ln.strip()]
    return set(filled[:MARGIN_LINES] + filled[-MARGIN_LINES:])


#: A run of text on a layout line: words apart by at most two spaces. Three or more is a gap
#: between columns.
_RUN = re.compile(r"\S+(?: {1,2}\S+)*")


def layout_parts(raw: str) -> list[tuple[int, str]]:
    """The runs of text on a layout line that are separated by a column gap, with their start."""
    return [(match.start(), match.group()) for match in _RUN.finditer(raw)]


#: What :func:`mask_numbered_edge_lines` writes over a running header's or footer's text.
MASK = "\x00"


def mask_numbered_edge_lines(page: list[str]) -> list[str]:
    """Mask the page's first or last line when it is a running header or footer: a page number
    beside a short line of no field content ("Dokument genereret fra fagsystem    Side 1").

    Even a one-page document has them, where repetition cannot tell them apart. A footer that
    carries content (a phone number, an e-mail address: the mentor's contact block) is kept,
    and so is a line whose other text is long enough to be a sentence of the document. The
    line's characters become :data:`MASK` rather than disappear, so the column finder still
    sees the line where it was; :func:`is_masked` lines are dropped after it.
    """
    filled = [index for index, ln in enumerate(page) if ln.strip()]
    if len(filled) < 6:
        return page
    masked = list(page)
    for index in (filled[0], filled[-1]):
        runs = [text for _, text in layout_parts(page[index])]
        if len(runs) < 2 or not any(_PAGE_NUMBER.match(run) for run in runs):
            continue
        rest = " ".join(run for run in runs if not _PAGE_NUMBER.match(run))
        if "@" in rest or sum(ch.isdigit() for ch in rest) >= 6 or len(rest) > 60:
            continue
        masked[index] = "".join(ch if ch.isspace() else MASK for ch in page[index])
    return masked


def is_masked(line: str) -> bool:
    """Whether a layout line (or a column's slice of one) is all masked header or footer."""
    return MASK in line and not line.replace(MASK, "").strip()


def _margin_key(line: str) -> str:
    """A margin line as compared across pages: without indentation, case and figures ("Side 2
    af 4" and "Side 3 af 4" are the same footer). A line of figures alone keeps them: "01.08.2026"
    at the foot of one page and "23.07.2026" at the top of the next are two fields' values, not
    one running line (a page number alone is a page number, see :func:`_page_number`)."""
    text = " ".join(line.split()).lower()
    return _FIGURES.sub("#", text) if any(ch.isalpha() for ch in text) else text


_FIGURES = re.compile(r"\d+")

#: How alike two pages' margin lines must be (rapidfuzz ratio) to be one running header or
#: footer: OCR reads the same footer a little differently on every page ("Side 12f4").
MARGIN_SIMILARITY = 88


def _page_number(page: list[str], index: int) -> bool:
    """Whether the line is a page number ("2", "Side 2 af 3", "- 2 -"). A bare figure right
    under a label with no gap ("Timer pr. uge" over "2" at the foot of the page) is that label's
    value."""
    line = page[index]
    if not _PAGE_NUMBER.match(line):
        return False
    if line.strip().isdigit() and index and page[index - 1].strip():
        above = page[index - 1].strip()
        return not (len(above.split()) <= 5 and above[:1].isupper() and not any(ch.isdigit() for ch in above)
                    and not above.endswith((".", "!", "?")))
    return True


def drop_repeated_margins(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers and read running headers and footers once.

    A letterhead repeated on every page would otherwise appear as many times as there are pages,
    and in the middle of the text: between a heading at the foot of one page and its value at
    the top of the next. Lines are compared without their indentation, which a PDF's layout
    text may vary from page to page, without their figures (page numbers), and fuzzily, as OCR
    reads a footer differently on each page. A running header is kept where it first appears;
    a running footer once at the end of the document, as it may hold a field (the mentor's
    contact block) but belongs in no page's text.
    """
    if len(pages) < 2:
        return [[ln for index, ln in enumerate(page) if not _page_number(page, index)] for page in pages]
    margins = [_margin_indexes(page) for page in pages]
    clusters: list[str] = []  # one representative key per running line
    cluster_pages: list[set[int]] = []
    line_cluster: dict[tuple[int, int], int] = {}
    for number, (page, margin) in enumerate(zip(pages, margins)):
        for index in sorted(margin):
            key = _margin_key(page[index])
            if not key:
                continue
            found = next((c for c, rep in enumerate(clusters)
                          if rep == key or fuzz.ratio(rep, key) >= MARGIN_SIMILARITY), None)
            if found is None:
                clusters.append(key)
                cluster_pages.append(set())
                found = len(clusters) - 1
            cluster_pages[found].add(number)
            line_cluster[(number, index)] = found
    repeated = {c for c, seen_on in enumerate(cluster_pages)
                if len(seen_on) >= 2 and len(seen_on) * 2 >= len(pages)}
    seen: set[int] = set()
    footers: list[str] = []
    result = []
    for number, page in enumerate(pages):
        filled = [index for index, ln in enumerate(page) if ln.strip()]
        top = set(filled[:min(MARGIN_LINES, (len(filled) + 1) // 2)])  # a short page: its upper half
        kept = []
        for index, ln in enumerate(page):
            if _page_number(page, index):
                continue
            if number and index in filled[:2] and _running_title(ln):
                continue
            cluster = line_cluster.get((number, index))
            if cluster in repeated:
                if cluster not in seen:
                    seen.add(cluster)
                    if index not in top:
                        footers.append(ln)
                        continue
                    kept.append(ln)
                continue
            kept.append(ln)
        result.append(kept)
    if footers:
        result[-1] = result[-1] + [""] + footers
    return result


#: The parts of a running header: "Jobcenter Skive — Aftale om mentorstøtte — Fatima Thomsen".
_HEADER_PARTS = re.compile(r"\s[—–\-·|•]\s")


def _running_title(line: str) -> bool:
    """Whether a line at the top of a later page is a running header that names the sender, the
    document and the citizen in parts set apart by dashes; a document printed with a different
    first page has it from page 2 on only, so it is not found by repetition."""
    text = " ".join(line.split())
    parts = _HEADER_PARTS.split(text)
    return (len(parts) >= 3 and len(text) <= 100 and not text.endswith((".", ":", "?"))
            and all(1 <= len(part.split()) <= 5 and part[:1].isupper() for part in parts))


#: An e-mail address whose "@" OCR read as "&", "©", "®", "Q" or "G" (a capital after a
#: lower-case letter or digit: "majaQ vejen.dk"), sometimes with a space after it.
_OCR_MAIL = re.compile(r"(?<![\w.@-])([a-z0-9][\w.-]*?(?:[a-z0-9][QG]|[&©®]))\s?"
                       r"([a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:dk|com|net|org|eu|nu|se|no|de|info))\b")
#: A Danish phone number whose first space OCR read as a comma: "tlf. 71,37 00 00".
_OCR_PHONE = re.compile(r"(?<![\d,.])(\d{2}),(\d{2} \d{2} \d{2})(?!\d|,\d)")


#: Specks of dirt that OCR reads as punctuation standing apart at the end of a line: "Hvad
#: skal forløbet føre til? ; ;", "Opfølgning ;", "der er skole :", "8. Klagevejledning .".
_TRAILING_SPECKS = re.compile(r"(?<=\S)(?:\s+[;:'’\"`´.,]){1,3}$")


#: A label's empty value that OCR filled with a speck read as a letter: "Mentorens opgaver: g".
_LETTER_SPECK = re.compile(r"(?<=\w:)\s+[a-zæøå]$")


def strip_trailing_specks(text: str) -> str:
    """``text`` without OCR specks after its last word."""
    if text[-1:] in ";:'’\"`´.,":
        return _TRAILING_SPECKS.sub("", text)
    return _LETTER_SPECK.sub("", text) if text[-2:-1] == " " else text


def repair_ocr_contacts(text: str) -> str:
    """A line's e-mail addresses and phone numbers as they were before OCR damaged them."""
    if any(mark in text for mark in "QG&©®"):
        text = _OCR_MAIL.sub(lambda m: m.group(1)[:-1] + "@" + m.group(2), text)
    if "," in text:
        text = _OCR_PHONE.sub(r"\1 \2", text)
    return text


def blocks_from_lines(lines: Iterable[Line], *, markdown: bool = False,
                      min_width: int = 40) -> list[Block]:
    """Group lines into headings, paragraphs, list items and table rows.

    Blank lines always end a block. Otherwise a line continues the previous paragraph when that
    line was wrapped (close to the widest line on its page) or when it starts in lower case.
    """
    items = list(lines)
    widths: dict[Optional[int], int] = {}
    for ln in items:
        widths[ln.page] = max(widths.get(ln.page, 0), len(ln.text.strip()))
    builder = _Builder()
    prev_text = ""
    prev_width: Optional[int] = None
    for index, ln in enumerate(items):
        text = strip_trailing_specks(repair_ocr_contacts(" ".join(ln.text.split())))
        if text[:1] in "|│┃" and text.count("|") + text.count("│") + text.count("┃") == 1:
            text = text[1:].strip()  # the left edge of a box drawn in text: "| Mentor"
        if not text:
            builder.close()
            prev_text = ""
            continue
        if _RULE_LINE.match(text):
            # "=====" / "-----" underline the line above (setext heading) or just separate.
            if markdown and builder.current_kind == "paragraph" and builder.current_lines == 1:
                builder.retype_heading(1 if text[0] == "=" else 2)
            builder.close()
            prev_text = ""
            continue
        if ln.cells:
            # A cell's own lines stay in ``cells``; the row's text is one line, as in DOCX rows.
            kind, level, body, cells = ("table_row", None,
                                        " | ".join(c.replace("\n", " ") for c in ln.cells), ln.cells)
        else:
            kind, level, body, cells = _classify(text, items, index, markdown)
            if kind == "paragraph" and not prev_text and _is_title_line(text, items, index) \
                    and not builder.after_label():
                kind, level = "heading", 2
            elif kind == "heading" and _lead_in(text, builder, items, index):
                kind, level = "paragraph", None
        width = max(widths.get(ln.page, 0), min_width)
        if kind == "paragraph" and _ASIDE.match(text) and builder.current is None and builder.blocks \
                and builder.blocks[-1].kind == BlockKind.HEADING and builder.blocks[-1].text == prev_text \
                and len(prev_text.split()) <= 3:
            # a label's wrapped aside: "Kontaktperson" over "(mentor)"
            builder.blocks[-1] = replace(builder.blocks[-1], text=prev_text + " " + text)
            prev_text = builder.blocks[-1].text
            continue
        if kind == "heading" and builder.current is None and builder.blocks and prev_text \
                and builder.blocks[-1].kind == BlockKind.HEADING and builder.blocks[-1].text == prev_text \
                and _caps_wrapped(prev_text, text):
            # a heading in capitals wrapped after a small word: "MÅLET MED" over "MENTORSTØTTEN"
            builder.blocks[-1] = replace(builder.blocks[-1], text=prev_text + " " + text)
            prev_text = builder.blocks[-1].text
            continue
        if kind in ("list_item", "heading") and not cells and _wrapped_number(text, prev_text, builder, items,
                                                                              index, width):
            kind, body = "paragraph", text  # "… Målet er: påbegynde" + "10. klasse på …"
        # (the column's width is the previous line's: a justified line filled its column, however
        # short it is with one space between its words, and carries its own length as width)
        column = ln.width if prev_width is None or ln.width is None else min(prev_width, ln.width)
        if kind == "paragraph" and builder.can_continue() and prev_text and _continues(
                prev_text, text, width, column, alone=builder.current_lines == 1) and not _left_of_item(builder, ln, text) and not _label_between(prev_text, text, _neighbour(items, index, +1)) \
                and not _introduces_list(text, _neighbour(items, index, +1)):
            builder.extend(text)
        else:
            builder.close()
            builder.start(kind, body, level, cells, ln.page)
            builder.current_indent = ln.indent
            if kind in ("heading", "table_row"):
                builder.close()
        prev_text = text
        prev_width = ln.width
    builder.close()
    return builder.blocks


def _caps_wrapped(previous: str, line: str) -> bool:
    """Whether two lines in capitals are one heading wrapped after a small word ("MÅLET MED" /
    "MENTORSTØTTEN"): both all capitals, the first ending on a word of three letters or fewer."""
    words = previous.split()
    return bool(words) and _all_caps(previous) and _all_caps(line) and len(words[-1]) <= 3 \
        and words[-1].isalpha() and len(words) + len(line.split()) <= 8


def _all_caps(text: str, least: int = 2) -> bool:
    """Whether ``text`` has at least ``least`` letters and all of them capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= least and all(c.isupper() for c in letters)


def _left_of_item(builder: "_Builder", line: Line, text: str) -> bool:
    """A capitalised line that starts no further right than a list item's bullet is not the
    item's wrapped text, which hangs under the item's first word: "• Følge dig de første dage
    på arbejdspladsen" over "Forløbsperiode" at the margin is an item and a label."""
    return (builder.current_kind == "list_item" and not text[:1].islower()
            and line.indent is not None and builder.current_indent is not None
            and line.indent <= builder.current_indent)


#: "Varighed | 1.2.–31.7.2026": a row of a table typed as text starts a block of its own.
_LOWER_LABEL = re.compile(r"^[a-zæøå][a-zæøå]{3,20}:\s+[^\W\d]")  # (its value opens with a letter)
#: a lower-case label of up to five words and its value on one line: "bevilget periode: 1/1-26 - 30/4-26"
#: a sentence that ends inside a line and another that starts: "… 84 14 23 92. Søren skal …"
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-ZÆØÅ]")
_LOWER_FORM_LINE = re.compile(r"^[a-zæøå][a-zæøå.]*(?: [a-zæøå.]+){0,4}:\s+\S")
_TEXT_TABLE_ROW = re.compile(r"^[^|]{1,40}\s\|\s\S")


def _label_between(previous: str, line: str, following: Optional[str]) -> bool:
    """A short capitalised line without final punctuation between two paragraphs is a label
    ("Mentorens opgaver" under a wrapped value, over its own value), not the wrapped end of the
    paragraph above: the paragraph's real end would be followed by more of it in lower case, or
    would end its sentence. Not after a line left open on a comma or a small word ("At borgeren
    starter på" over "SOSU-hjælperuddannelsen i"): a label does not finish someone's sentence."""
    words = line.split()
    return (following is not None and not _DANGLING_END.search(previous)
            and 1 <= len(words) <= 5 and len(line) <= 40 and line[:1].isupper()
            and not line.endswith(_TITLE_END) and not any(ch.isdigit() for ch in line)
            and (following[:1].isupper() or following[:1].isdigit()) and "@" not in line)


def _wrapped_number(text: str, previous: str, builder: "_Builder", items: list[Line], index: int,
                    width: int) -> bool:
    """Whether a line that starts with a number ("10. klasse på …", "2. marts …") is the wrapped
    rest of the paragraph above rather than a list item or a numbered heading: the line above
    was wrapped mid-sentence (full width, no sentence end, no colon), and no other numbered line
    is near, so nothing else says a list is here."""
    if not (previous and builder.current_kind == "paragraph" and _is_numbered(text)):
        return False
    if previous.endswith(_TITLE_END) or len(previous) < 0.6 * width or _is_numbered(previous):
        return False
    return not any(n is not None and _is_numbered(n) for n in
                   (_neighbour(items, index, step) for step in (-3, -2, 1, 2, 3)))


def _introduces_list(line: str, following: Optional[str]) -> bool:
    """A short capitalised line right above a bulleted or numbered list ("Din mentor kan hjælpe
    dig med" over "• hjælpe med …") introduces the list; it is not the wrapped end of the
    paragraph above, however long that paragraph's last line."""
    if following is None or not line[:1].isupper() or len(line.split()) > 8 or line.endswith((".", "!")):
        return False
    if _BULLET.match(following) or _is_numbered(following):
        return True
    # a question or label wrapped over two lines: "Hvad skal mentoren hjælpe dig" + "med?"
    return len(following.split()) <= 3 and following.rstrip().endswith(("?", ":")) and following[:1].islower()


#: A line that ends on an e-mail address or a whole (eight-digit) phone number.
_CONTACT_AT_END = re.compile(r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\d)(?<!\d )\d{2} ?\d{2} ?\d{2} ?\d{2})$")
#: A line's end that is a short label after the end of a sentence: ". Periode:"
_INLINE_LABEL_END = re.compile(r"[.!?)]\s+[A-ZÆØÅ][\w-]*(?: [\w.-]+){0,3}:$")


def _continues(previous: str, line: str, width: int, column: Optional[int] = None,
               alone: bool = False) -> bool:
    """Whether ``line`` continues the paragraph that ``previous`` (a line) belongs to.

    A sentence end followed by a capital starts a new block: splitting one paragraph in two
    costs little, while a heading swallowed into the paragraph above hides a field. Otherwise a
    line was wrapped when it is long for the page; in a column of known width, when the next
    line's first word would not have fitted after it (a narrow column's label is long for the
    column, but its value's first word would have fitted beside it).
    """
    if _LABEL.match(line) or _TEXT_TABLE_ROW.match(line) \
            or (_LOWER_LABEL.match(line) and not _DANGLING_END.search(previous)) \
            or (_LOWER_FORM_LINE.match(line) and not _DANGLING_END.search(previous)
                and (len(previous) < 0.6 * (column or width)
                     or (_LOWER_FORM_LINE.match(previous) and not _SENTENCE_INSIDE.search(previous)))):
        # (also a form typed all in lower case, one "label: value" under the other: "mentor navn:
        # zainab ahmadi / …" under a line short for the page; a long line above it was wrapped:
        # "… mobil 84 14 23 92. Søren skal" over "hjælpe borger med følgende: tage med …"; but
        # under another "label: value" line that holds no sentence's end and the next one's
        # start, it is the next field, however long that line:
        # "mal: get tobias into job i netto …, min. 20 timer/uge før udløb af perioden" over
        # "kontakt person: maria nowak, …")
        # (also a label typed in lower case, "opfølgning: møde hver 6. uge", unless the line
        # above stops on a small word: "… målet er: Job i" over "detailhandlen: Maja søger …")
        return False
    if previous.endswith(":"):
        # A label over its value ends the block, but a hard-wrapped line of prose that happens
        # to end on an inline label ("… arbejdsgiver. 3 t/uge. Periode:") goes on with its value
        # (the label is found inside the paragraph later).
        # So does a line that goes on a sentence in lower case and ends on the next one's label:
        # "dage før forløbet slutter. Delmål:" over "fremmøde fire dage om ugen".
        return (len(previous) >= 0.75 * (column or width) or previous[:1].islower()) \
            and bool(_INLINE_LABEL_END.search(previous))
    if line[:1] == "(" and len(previous.split()) <= 3 and previous[:1].isupper() \
            and not any(ch.isdigit() for ch in previous) and not previous.endswith(_TITLE_END):
        return True  # a label's wrapped aside: "Kontaktperson" over "(mentor)"
    if line[:1].islower():
        # Lower case goes on a sentence, except under a short label alone on its line whose
        # value's first word would have fitted beside it: "Omfang" over "en time om ugen", "3.
        # Mentorens opgaver" over "ringe dig op om morgenen …".
        # Not when the lower-case line is a label's wrapped end: "Det hjælper mentor" / "dig med".
        numbered = _NUMBERED.match(previous)
        label = numbered.group(2) if numbered is not None and _is_numbered(previous) else previous
        return not (alone and len(label.split()) <= 3 and label[:1].isupper()
                    and not previous.endswith(_TITLE_END) and len(line.split()) >= 3
                    and not (_DANGLING_END.search(line) and len(line.split()) <= 5)
                    and len(previous) + 1 + len(line.split()[0]) <= 0.6 * (column or width))
    if previous.endswith((".", "!", "?")):
        return False
    if line[:1].isupper() and _CONTACT_AT_END.search(previous):
        # a contact ends on its e-mail address or its phone number: "… tlf. 97 53 90 98,
        # birgitte@broen.dk" over "Det skal mentor hjælpe dig med" is no wrapped line
        return False
    if _OPENS_SENTENCE.match(line) and not _DANGLING_END.search(previous):
        # "Ny afgørelse efter din klage over afslag på mentorstøtte" over "Du klagede den 23.
        # april …": a capitalised pronoun opens a sentence; the line above was a title
        return False
    if column:
        if column <= _NARROW_COLUMN and (_LABEL.match(previous) or previous[-1:].isdigit()):
            # a sidebar's contact block: "J.nr.: 43.34.10-A82" over "Kontaktperson", "Tlf. 76 29
            # 30 43" over "Ali Lund": each line is one item, however narrow the column
            return False
        return len(previous) + 1 + len(line.split()[0]) > 0.95 * column
    return len(previous) >= 0.6 * width


def _classify(text: str, items: list[Line], index: int,
              markdown: bool) -> tuple[str, Optional[int], str, tuple[str, ...]]:
    if markdown:
        m = _MD_HEADING.match(text)
        if m:
            return "heading", len(m.group(1)), m.group(2), ()
    if text.startswith("|") and text.count("|") >= 2:
        if _TABLE_SEPARATOR.match(text):
            return "skip", None, "", ()
        row = text.strip()
        # ("| a | b |" is a Markdown row between its borders; " | a | b", with no bar at its end,
        # a row whose first cell is empty: "Mentor | Borger" over " | Give besked …")
        cells = tuple(c.strip() for c in (row.strip("|") if row.endswith("|") else row[1:]).split("|"))
        if not row.endswith("|"):
            cells = ("", *cells)
        return "table_row", None, " | ".join(cells), cells
    m = _BULLET.match(text) or _quote_bullet(text, items, index) or _letter_bullet(text, items, index)
    if m and not _cut_range(m, items, index):
        return "list_item", 1, m.group(2), ()
    if _is_numbered(text):
        m = _NUMBERED.match(text)
        assert m is not None
        # PDF text puts blank lines between spaced list items, and an item's text may wrap:
        # look a few lines either way for another numbered line
        neighbours = [_neighbour(items, index, step) for step in (-1, -2, -3, 1, 2, 3)]
        in_list = any(n is not None and _is_numbered(n) for n in neighbours)
        if (not in_list or _numbered_sections(items, index)) and len(text) <= 70 \
                and not text.endswith(_SENTENCE_END) and (m.group(2)[:1].isupper() or m.group(2)[:1].isdigit()):
            return "heading", _number_depth(m.group(1)), text, ()
        return "list_item", _number_depth(m.group(1)), text, ()
    if text.endswith(":") and len(text) <= 60 and text.count(":") == 1 and not _CONTACT_CUT.search(text) \
            and not (text[:1].islower() and _INLINE_LABEL_END.search(text)):
        # (a line that goes on a sentence and ends on the next one's label, "dage før forløbet
        # slutter. Delmål:", is a wrapped line of prose)
        return "heading", 2, text, ()
    if text.endswith("?") and len(text) <= 80 and text[:1].isupper():
        # Question-and-answer layouts: "Hvem er din mentor?" introduces the answer below it.
        return "heading", 2, text, ()
    if _is_caps_heading(text):
        return "heading", 1, text, ()
    return "paragraph", None, text, ()


#: a date's start: "1. september 2026", "1/9-2026", "01.09.2026"
_DATE_START = re.compile(r"\d{1,2}(?:[./-]\d|\.?\s+[a-zæøå])")


def _cut_range(m: re.Match[str], items: list[Line], index: int) -> bool:
    """A dash that opens a line with a date, right under a line that ends on one, is the range's
    dash cut by a line break ("… i perioden 1. marts 2026" / "– 1. september 2026. Din mentor
    er …"), not a list's bullet."""
    if m.group(1) not in ("-", "–", "—") or not _DATE_START.match(m.group(2)) or index == 0:
        return False  # (not a phone number's second half: "… på 9102" / "- 3863.")
    before = items[index - 1].text.rstrip()
    return bool(before) and before[-1:].isdigit() and _BULLET.match(before.strip()) is None


def _numbered_sections(items: list[Line], index: int) -> bool:
    """Whether a numbered line heads a section of its own: text that is not numbered follows
    it, and the nearest numbered line before it (or after it) is apart from it by such text too ("1. Det arbejder vi hen
    imod" / "Camilla søger …" / "2. Hvem hjælper dig" / "Lars Østergaard – 96 36 71 69"). A
    numbered list's items follow each other."""
    following = _neighbour(items, index, +1)
    own = items[index].text.strip()
    if following is None or _is_numbered(following) or len(own.split()) > 8 or ":" in own \
            or following[:1].islower():
        return False  # an item's wrapped text, or "1. Mål: …" with its value in the item
    for steps in (range(index - 1, max(-1, index - 12), -1), range(index + 1, min(len(items), index + 12))):
        for j in steps:
            text = items[j].text.strip()
            if text and _is_numbered(text):
                low, high = min(j, index), max(j, index)
                between = [items[k].text.strip() for k in range(low + 1, high) if items[k].text.strip()]
                return bool(between) and not any(_is_numbered(t) for t in between)
    return False


_TITLE_END = (".", ",", ";", ":", "!", "?", "-", "–")
#: A contact cut before its number or address: "Signe Jensen, BroBygger, mail:" over the address
#: is a value, not a heading.
_CONTACT_CUT = re.compile(r",.*\b(?:e-?mail|mail|tlf|telefon|mobil|tel)\.?:$", re.IGNORECASE)
_ASIDE = re.compile(r"^\([^()]{1,30}\)$")
#: A column at most this many characters wide is a sidebar or a box, not a column of prose.
_NARROW_COLUMN = 40

#: The end of a line that stops mid-sentence: a comma, or a small lower-case word ("på", "og";
#: not "uge", which ends a value).
_DANGLING_END = re.compile(r"(?:,|(?:^|\s)[a-zæøå]{1,2})$")


#: A personal pronoun with a capital: only a sentence starts so ("Du", "Vi", "Jeg").
_OPENS_SENTENCE = re.compile(r"(?:Du|Vi|Jeg|De|Han|Hun|Dit|Din|Dine)\s")
#: A line that goes on a sentence with a number: "6. uge, hvor …" under "… ca. hver" (a list
#: item's text starts with a capital after its number).
_NUMBER_GOES_ON = re.compile(r"\d{1,2}\.\s+[a-zæøå]")


def _is_title_line(text: str, items: list[Line], index: int) -> bool:
    """A short line alone after a gap and directly followed by text: "Mål og delmål" + content.

    Only called for a line that follows a blank line (or starts the text). A line right after a
    "Mentor:" label is never a title: there it is far more likely the mentor's name.
    """
    following = _neighbour(items, index, +1)
    words = text.split()
    if _DANGLING_END.search(text):
        return False  # "Opfølgning en gang om" over "måneden; …": a wrapped line, not a title
    if len(words) >= 2 and all(word[:1].isupper() for word in words):
        return False  # "Malene Kjær", "Jobcenter Albertslund": a name over an address, not a title
    column = items[index].width
    next_word = following.split()[0] if following and following.split() else ""
    if column and sum(ch.isalnum() for ch in next_word) >= 2 and len(text) + 1 + len(next_word) > 0.95 * column \
            and following is not None and (len(following.split()) >= 3 or following.endswith((".", "!", "?"))):
        # "Job som lagermedarbejder hos" over "PostNord 25 timer om ugen." in a column of 36
        # characters: the next line's first word did not fit, so the line was wrapped (unless
        # the next line is a label too: "Hvad mentoren skal hjælpe med" over "Bevillingsperiode")
        return False
    if following is not None and (following[:1].islower() or _NUMBER_GOES_ON.match(following)) \
            and len(words) >= 5 and len(text) >= 30 \
            and not (len(following.split()) <= 3 and following.endswith(("?", ":"))):
        # "Anna fastholder sit fleksjob som køkkenmedhjælper" over "hos Lidl med 12 timer …":
        # a hard-wrapped sentence; a wrapped question's rest is short ("… hjælpe dig" / "med?")
        return False
    return (following is not None and not items[index + 1].cells
            and not _RULE_LINE.match(following) and len(text) <= 60
            and len(text.split()) <= 7 and text[:1].isupper() and not text.endswith(_TITLE_END)
            and not any(ch.isdigit() for ch in text) and "@" not in text)


#: A bullet that OCR read as a quotation mark: '” Gennemgå skemaet …'.
_QUOTE_BULLET = re.compile(r"^([\"'”“„])\s+([A-ZÆØÅ]\S*\s.*)$")


def _quote_bullet(text: str, items: list[Line], index: int) -> Optional[re.Match[str]]:
    """A line opened by a lone quotation mark between bulleted items is one of them; elsewhere
    the mark is a speck of dirt or a quotation."""
    m = _QUOTE_BULLET.match(text)
    if m is None:
        return None
    neighbours = [_neighbour(items, index, step) for step in (-1, 1)]
    return m if any(n is not None and _BULLET.match(" ".join(n.split())) for n in neighbours) else None


_LETTER_BULLET = re.compile(r"^(o)\s+([a-zæøå]\S*\s.*)$")


def _letter_bullet(text: str, items: list[Line], index: int) -> Optional[re.Match[str]]:
    """A line opened by a lone "o" beside another such line: Word's hollow bullet as plain text
    ("o ringe Hanne op om morgenen" / "o hjælpe med post"); a lone "o" elsewhere is a word."""
    m = _LETTER_BULLET.match(text)
    if m is None:
        return None
    neighbours = [_neighbour(items, index, step) for step in (-1, 1)]
    return m if any(n is not None and _LETTER_BULLET.match(" ".join(n.split())) for n in neighbours) else None


def _lead_in(text: str, builder: "_Builder", items: list[Line], index: int) -> bool:
    """A clause ending in ":" right under a numbered section heading and over a bulleted list
    ("3. Indsatsområder" / "Mentoren skal i perioden:" / "• Træne turen …") opens the section's
    text; it is no heading of its own, which would end the section before its list."""
    if not text.endswith(":") or len(text.split()) < 3 or builder.current is not None:
        return False
    last = builder.blocks[-1] if builder.blocks else None
    if last is None or last.kind is not BlockKind.HEADING or not _is_numbered(last.text):
        return False
    for j in range(index + 1, min(index + 4, len(items))):
        following = items[j].text.strip()
        if following:
            return bool(_BULLET.match(" ".join(following.split())))
    return False


def _neighbour(items: list[Line], index: int, step: int) -> Optional[str]:
    """The nearest non-blank line before or after ``index`` within the same block of lines."""
    j = index + step
    if 0 <= j < len(items):
        text = items[j].text.strip()
        return text or None
    return None


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.current: Optional[list[str]] = None
        self.current_kind = ""
        self.current_level: Optional[int] = None
        self.current_cells: tuple[str, ...] = ()
        self.current_page: Optional[int] = None
        self.current_lines = 0
        self.current_indent: Optional[int] = None

    def start(self, kind: str, text: str, level: Optional[int], cells: tuple[str, ...],
              page: Optional[int]) -> None:
        if kind == "skip":
            return
        self.current = [text]
        self.current_kind = kind
        self.current_level = level
        self.current_cells = cells
        self.current_page = page
        self.current_lines = 1

    def after_label(self) -> bool:
        """Whether the last block is a heading or ends with ":" (a label awaiting its value)."""
        if not self.blocks:
            return False
        last = self.blocks[-1]
        return last.kind is BlockKind.HEADING or last.text.endswith(":")

    def can_continue(self) -> bool:
        return self.current is not None and self.current_kind in ("paragraph", "list_item")

    def extend(self, text: str) -> None:
        assert self.current is not None
        self.current[-1] = dehyphenate_join(self.current[-1], text)
        self.current_lines += 1

    def retype_heading(self, level: int) -> None:
        self.current_kind = "heading"
        self.current_level = level

    def close(self) -> None:
        if self.current is None:
            return
        text = " ".join(self.current).strip()
        if text:
            self.blocks.append(Block(text=text, kind=BlockKind(self.current_kind),
                                     location=Location(page=self.current_page,
                                                       paragraph=len(self.blocks) + 1),
                                     level=self.current_level, cells=self.current_cells))
        self.current = None
        self.current_kind = ""
        self.current_lines = 0


#: A cell with this many labelled parts ("Mål: …", "Mentor: …", headings) among at least
#: :data:`_PAGE_CELL_BLOCKS` paragraphs holds a page of text, not one value: a label/value
#: table's value cell holds one field, however long its list, and a contact cell's "Navn: /
#: Telefon: / E-mail:" lines are few.
_PAGE_CELL_LABELS = 4
_PAGE_CELL_BLOCKS = 8
_PAGE_CELL_CHARS = 600


def is_page_cell(blocks: list[Block]) -> bool:
    """Whether a table cell holds a page of its own: many paragraphs, several of them headings
    or labelled."""
    if len(blocks) < _PAGE_CELL_BLOCKS or sum(len(b.text) for b in blocks) < _PAGE_CELL_CHARS:
        return False  # a letterhead's case details: "Dato:", "Sagsnr.:", "Sagsbehandler:" …
    labelled = sum(1 for b in blocks if b.kind == BlockKind.HEADING or _INLINE_LABEL.match(b.text))
    return labelled >= _PAGE_CELL_LABELS


_INLINE_LABEL = re.compile(r"^[A-ZÆØÅ][^:\n]{1,50}:(?:\s|$)")


def is_layout_row(cell_blocks: list[list[Block]]) -> bool:
    """Whether a table row lays out a page rather than pairing a label with its value: a cell
    holds a page of its own (:func:`is_page_cell`), or a letter's several paragraphs of text
    beside another cell of several lines (a sidebar with the caseworker's name, phone and case
    number), or a table of its own beside such a cell, where a label/value row's label is one
    short line."""
    if any(is_page_cell(blocks) for blocks in cell_blocks):
        return True
    sizes = [sum(len(b.text) for b in blocks) for blocks in cell_blocks]
    for index, blocks in enumerate(cell_blocks):
        body = (len(blocks) >= 5 and sizes[index] >= _PAGE_CELL_CHARS
                and sum(1 for b in blocks if len(b.text) >= 80 and b.text.rstrip().endswith(".")) >= 2) \
            or sum(1 for b in blocks if b.kind == BlockKind.TABLE_ROW) >= 2  # (a table of its own)
        if body and any(len(other) >= 3 for j, other in enumerate(cell_blocks) if j != index):
            return True
        # a cell of sections under headings of their own ("⚑ Formål og mål" over the goal, "◷
        # Antal timer" over the hours) beside a panel: a page laid out in two columns
        if sum(1 for b in blocks if b.kind == BlockKind.HEADING) >= _LAYOUT_HEADINGS \
                and any(other for j, other in enumerate(cell_blocks) if j != index):
            return True
    return False


#: A table cell with this many headings holds sections of a page, not a value.
_LAYOUT_HEADINGS = 3
