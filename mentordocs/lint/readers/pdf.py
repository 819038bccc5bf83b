"""PDF reader: the text layer on a character grid, regrouped into blocks.

A PDF has no paragraphs, headings or tables, only positioned text; :mod:`._lines` rebuilds
them from the extracted lines. The lines keep vertical gaps (paragraph breaks) and x positions on
a character grid, as pypdf's ``layout`` mode sets them, so table columns can be found from where
the runs of text start. PDFium reads the text and sets it on that grid (:mod:`._pdfium_text`),
about eight times faster than pypdf's layout mode with the same or better results on the
evaluation corpora (``scripts/bench_pdf_readers.py``); pypdf still opens the file (decryption,
repair, page count, image limits) and reads a page PDFium found no text on. Before the lines are grouped, a text box
floating beside the body is lifted out of the lines it shares with the body, and a table row
whose cells wrap over several lines becomes one row again (see :func:`_column_lines`). A page
without visible text is read from its hidden OCR layer if it has one, else (``--ocr``) with OCR
(:mod:`.ocr`), whose words go through the same layout stage (:func:`document_from_pages`). A PDF
still without text is reported as ``no-text`` instead of as a document with every field missing.
"""

from __future__ import annotations

import io
import logging
import os
import re
import unicodedata
from typing import Any, Iterator, Optional

from mentordocs.lint.limits import Limits
from mentordocs.lint.model import ErrorCode, ExtractedDocument
from mentordocs.lint.readers._errors import DocumentError
from mentordocs.lint.readers._pdf_rules import decode_row, unmarked
from mentordocs.lint.readers.ocr import OcrMode, available as ocr_available
from mentordocs.lint.readers._lines import (Line, blocks_from_lines, dehyphenate_join,
                                             drop_repeated_margins, is_masked,
                                             mask_numbered_edge_lines)
from mentordocs.lint.readers._lines import _PAGE_NUMBER, layout_parts as _parts

log = logging.getLogger(__name__)

#: Fewer letters than this per page on average means there is no real text layer: a scan with
#: at most a stamp or a page number. A typed agreement page has several hundred.
MIN_LETTERS_PER_PAGE = 25

# pypdf logs warnings about damaged objects at WARNING level; they say nothing the user can act on.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes, path: str, limits: Limits,
             ocr: OcrMode = OcrMode.NEVER) -> ExtractedDocument:
    """Read the text layer of a PDF; page numbers go into each block's location.

    With ``ocr`` other than ``never`` (and Tesseract installed), pages without a text layer
    (``always``: also pages whose text layer is garbage) are rendered and read with OCR; the
    document's ``ocr_pages`` then gives each such page's mean OCR confidence.
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened: int = reader.decrypt("")  # a PasswordType, 0 when not decrypted
            except (NotImplementedError, FileNotDecryptedError, PdfReadError):
                opened = 0
            if not opened:
                raise DocumentError(ErrorCode.ENCRYPTED, "pdf-encrypted")
        page_count = len(reader.pages)
    except DocumentError:
        raise
    except (FileNotDecryptedError, DependencyError):
        # DependencyError: an AES-encrypted PDF without the cryptography package installed.
        raise DocumentError(ErrorCode.ENCRYPTED, "pdf-encrypted") from None
    except Exception as exc:  # pypdf raises many types on damaged files
        log.info("pdf open failed: %s", type(exc).__name__)
        raise DocumentError(ErrorCode.CORRUPT_FILE, "pdf-broken") from None
    if page_count > limits.max_pdf_pages:
        raise DocumentError(ErrorCode.TOO_LARGE, "pdf-too-many-pages", pages=page_count,
                            limit=limits.max_pdf_pages)
    pages: list[list[str]] = []
    failed = 0
    pdfium_texts = _pdfium_texts(data, page_count) if _engine() == "pdfium" else None
    for index in range(page_count):
        try:
            text = pdfium_texts[index] if pdfium_texts is not None else ""
            if _letters(text) < MIN_LETTERS_PER_PAGE:
                # pypdf parses a page only when PDFium found no text on it.
                text = unmarked(_page_text(reader.pages[index]))  # only PDFium's text has ruled rows
        except FileNotDecryptedError:
            raise DocumentError(ErrorCode.ENCRYPTED, "pdf-encrypted") from None
        except Exception as exc:  # one damaged page must not lose the others
            log.info("pdf page extraction failed: %s", type(exc).__name__)
            failed += 1
            text = ""
        pages.append([ln.rstrip() for ln in text.replace("\r", "\n").split("\n")])
    ocr_pages: dict[int, float] = {}
    todo = ([index for index, page in enumerate(pages) if _needs_ocr(page, ocr)]
            if ocr is not OcrMode.NEVER and ocr_available() else [])
    if todo:
        ocr_pages = _ocr_pages(data, reader, pages, todo, limits)
    elif page_count and failed == page_count:
        raise DocumentError(ErrorCode.CORRUPT_FILE, "pdf-broken")
    letters = sum(c.isalpha() for page in pages for ln in page for c in ln)
    if letters < MIN_LETTERS_PER_PAGE * max(page_count, 1):
        raise DocumentError(ErrorCode.NO_TEXT, "ocr-no-text" if todo else "no-text",
                            pages=page_count)
    return document_from_pages(pages, path, "pdf", ocr_pages)


def _engine() -> str:
    """Which library reads the text layer: "pdfium" (the default: :mod:`._pdfium_text`, about
    eight times faster than pypdf's layout mode and as good or better for the layout stage on
    the evaluation corpora) or "pypdf" (layout mode). ``MENTORDOCS_PDF_ENGINE`` chooses;
    ``scripts/bench_pdf_readers.py`` compares the two."""
    return os.environ.get("MENTORDOCS_PDF_ENGINE", "pdfium")


def _pdfium_texts(data: bytes, page_count: int) -> Optional[list[str]]:
    """Every page's layout text read with PDFium, or None when PDFium cannot open the file
    (pypdf, which repairs more, then reads it). A page PDFium fails on is "" (pypdf reads it)."""
    import pypdfium2 as pdfium

    from mentordocs.lint.readers._pdfium_text import page_layout_text

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        log.info("pdfium open failed: %s", exc.err_code if hasattr(exc, "err_code") else "")
        return None
    texts: list[str] = []
    try:
        if len(document) != page_count:
            return None  # the two libraries see different files: trust pypdf's repair
        formenv = None
        if document.get_formtype() != pdfium.raw.FORMTYPE_NONE:
            # a fillable form: its fields' values are in no page's content (before any page loads)
            document.init_forms()
            formenv = document.formenv
        for index in range(page_count):
            try:
                page = document[index]
                textpage = page.get_textpage()
                try:
                    texts.append(page_layout_text(page.raw, textpage, formenv))
                finally:
                    textpage.close()
                    page.close()
            except pdfium.PdfiumError:
                texts.append("")
    finally:
        document.close()
    return texts


def document_from_pages(pages: list[list[str]], path: str, fmt: str,
                        ocr_pages: dict[int, float]) -> ExtractedDocument:
    """The layout stage: a document's pages of layout lines (a PDF's text layer or OCR'd page
    images, set on a character grid) become blocks with page numbers."""
    pages = drop_repeated_margins([mask_numbered_edge_lines(_drop_edge_specks(_narrow_word_gaps(page)))
                                   for page in pages])
    lines: list[Line] = []
    for number, page in enumerate(pages, start=1):
        menu: list[str] = []
        navigation = strip_navigation(page)
        if navigation is not None:
            page, menu = navigation  # the menu is read after the page's text
        columns, widths = split_columns(_lift_info_column(page))
        if menu:
            columns, widths = columns + [""] + menu + [""], widths + [None] * (len(menu) + 2)
        columns = ["" if is_masked(line) else line for line in columns]
        lifted = _lift_side_boxes(columns)
        lines.extend(_column_lines(lifted + [""], number,
                                   widths + [None] if lifted == columns else None))
    return ExtractedDocument(path=path, format=fmt, blocks=blocks_from_lines(lines),
                             pages=len(pages), ocr_pages=ocr_pages)


def _needs_ocr(lines: list[str], mode: OcrMode) -> bool:
    """Whether a page is read with OCR: it has no text layer, or (``always``) a garbage one."""
    text = "\n".join(lines)
    if _letters(text) < MIN_LETTERS_PER_PAGE:
        return True
    return mode is OcrMode.ALWAYS and is_garbage(text)


#: Characters that are not text but stand in text layers: bullets from Symbol/Wingdings fonts.
_SYMBOL_BULLETS = frozenset("\uf0b7\uf0a7\uf0d8\uf0fc\uf076")
_VOWELS = frozenset("aeiouyæøåéAEIOUYÆØÅÉ")


def is_garbage(text: str) -> bool:
    """Whether a text layer is garbage: mostly not letters, broken encoding (replacement
    characters, private-use or control characters, letters outside the Latin script), or
    letters that cannot be words (a font whose glyphs map to the wrong letters: no vowels)."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return False
    broken = sum(1 for c in chars if c == "\ufffd" or (
        unicodedata.category(c) in ("Co", "Cc", "Cn", "Cs") and c not in _SYMBOL_BULLETS))
    letters = [c for c in chars if c.isalpha()]
    foreign = sum(1 for c in letters if ord(c) > 0x24F)
    if broken > 0.1 * len(chars) or len(letters) < 0.5 * len(chars) or foreign > 0.3 * len(letters):
        return True
    vowels = sum(1 for c in letters if c in _VOWELS)
    return len(letters) >= 100 and not 0.2 <= vowels / len(letters) <= 0.6


def _ocr_pages(data: bytes, reader: Any, pages: list[list[str]], todo: list[int],
               limits: Limits) -> dict[int, float]:
    """OCR the pages ``todo`` in place; returns page number -> mean confidence of those that
    had any text. Raises ``too-large`` for more pages than ``limits.max_ocr_pages`` or an
    embedded image over ``limits.max_image_pixels`` (a decompression bomb)."""
    from mentordocs.lint.readers.ocr import read_image

    if len(todo) > limits.max_ocr_pages:
        raise DocumentError(ErrorCode.TOO_LARGE, "ocr-too-many-pages", pages=len(todo),
                            limit=limits.max_ocr_pages)
    for index in todo:
        _check_embedded_images(reader.pages[index], limits)
    confidences: dict[int, float] = {}
    with _Renderer(data) as renderer:
        for index in todo:
            image = renderer.render(index, limits)
            if image is None:
                continue
            page = read_image(image, _RENDER_DPI)
            if any(line.strip() for line in page.lines):
                pages[index] = [unmarked(line) for line in page.lines]
                confidences[index + 1] = page.confidence
    return confidences


#: Resolution scanned pages are rendered at for OCR (Tesseract reads best at about 300 dpi).
_RENDER_DPI = 300


def _check_embedded_images(page: Any, limits: Limits) -> None:
    """Refuse a page whose image declares more pixels than the limit, before anything decodes
    it: a few kilobytes of compressed zeros can declare a gigapixel image."""
    for xobject in _page_xobjects(page):
        if xobject.get("/Subtype") == "/Image":
            width, height = _int(xobject.get("/Width")), _int(xobject.get("/Height"))
            if width * height > limits.max_image_pixels:
                raise DocumentError(ErrorCode.TOO_LARGE, "image-too-large",
                                    pixels=_megapixels(width * height),
                                    limit=_megapixels(limits.max_image_pixels))


def _page_xobjects(page: Any) -> Iterator[Any]:
    """The page's XObjects (images and forms), each once, forms before what they hold, down to
    :data:`_MAX_FORM_DEPTH` levels and at most ``_MAX_FORMS * 10`` in all: a hostile file may
    hold thousands, or forms that hold each other."""
    from pypdf.generic import DictionaryObject

    seen: set[int] = set()

    def visit(resources: Any, depth: int) -> Iterator[Any]:
        if depth > _MAX_FORM_DEPTH or not isinstance(resources, DictionaryObject):
            return
        xobjects = resources.get("/XObject")
        xobjects = xobjects.get_object() if xobjects is not None else None
        if not isinstance(xobjects, DictionaryObject):
            return
        for reference in xobjects.values():
            xobject = reference.get_object()
            if len(seen) >= _MAX_FORMS * 10 or id(xobject) in seen:
                return
            seen.add(id(xobject))
            if not isinstance(xobject, DictionaryObject):
                continue
            yield xobject
            if xobject.get("/Subtype") == "/Form":
                inner = xobject.get("/Resources")
                yield from visit(inner.get_object() if inner is not None else None, depth + 1)

    resources = page.get("/Resources")
    yield from visit(resources.get_object() if resources is not None else None, 1)


def _int(value: Any) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 0


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1e6:.0f}"


class _Renderer:
    """Pages of one PDF rendered to greyscale images with PDFium (in this process, so the
    worker's limits hold), at :data:`_RENDER_DPI` or less for a page too large for the limit."""

    def __init__(self, data: bytes):
        self.data = data
        self.document: Any = None

    def __enter__(self) -> "_Renderer":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.document is not None:
            self.document.close()

    def render(self, index: int, limits: Limits) -> Any:
        import pypdfium2 as pdfium

        try:
            if self.document is None:
                self.document = pdfium.PdfDocument(self.data)
            page = self.document[index]
            width, height = page.get_size()
            scale = _RENDER_DPI / 72
            if width * height * scale * scale > limits.max_image_pixels:
                # A page the size of a wall: read it coarser rather than not at all.
                scale = (limits.max_image_pixels / max(width * height, 1)) ** 0.5
            bitmap = page.render(scale=scale, grayscale=True)
            image = bitmap.to_pil()
            page.close()
            return image
        except pdfium.PdfiumError as exc:
            log.info("pdf page rendering failed: %s", type(exc).__name__)
            return None


_GAP = re.compile(r" {3,}")
_SPACES = re.compile(r"( +)")
#: On a page whose words are set two spaces apart, a run of up to this many spaces is still the
#: space between two words.
_WIDE_WORD_GAP = 4
_LONE_LETTER = re.compile(r"[a-zæøå]")
_SPECK = re.compile(r"[.,;:'`´]")


def _narrow_word_gaps(lines: list[str]) -> list[str]:
    """A page whose words stand two spaces apart, with one space between words again.

    Layout mode sets an OCR text layer (Tesseract places each word on its own) with two spaces
    between words and three now and then, which would read as a column gap ("Varighed: fra
    10.12.2025   til 09.02.2026" split into two cells). Such runs become one space and the spaces
    taken out are added to the next real gap on the line, so that table columns keep their start.
    """
    runs = [len(m.group(0)) for ln in lines for m in re.finditer(r"(?<=\S) +(?=\S)", ln)]
    single = sum(1 for n in runs if n == 1)
    if len(runs) < 20 or single > 0.2 * len(runs):
        return lines
    out = []
    for line in lines:
        pieces: list[str] = []
        debt = 0
        tokens = _SPACES.split(line)
        started = False  # leading spaces (the line's indent) stay as they are
        for at, token in enumerate(tokens):
            if started and _SPECK.fullmatch(token) and pieces[-1].startswith(" " * (_WIDE_WORD_GAP + 1)):
                pieces.append(" " * len(token))  # a speck of dirt read as "." far from any word
            elif not token.startswith(" ") or not started:
                pieces.append(token)
                started = started or bool(token.strip())
            elif len(token) <= _WIDE_WORD_GAP or (at + 1 < len(tokens) and _LONE_LETTER.fullmatch(tokens[at + 1])):
                # Layout mode misplaces a one-letter word ("i", "å") of an OCR layer far to the
                # right: "Du kommer        i  job"; no table cell starts with one.
                pieces.append(" ")
                debt += len(token) - 1
            else:
                pieces.append(" " * (len(token) + debt))
                debt = 0
        out.append("".join(pieces))
    return out


#: A speck in the page's margin (a punched hole, dirt, the edge of the sheet) that OCR read as
#: one or two characters stands at least this many characters from the line's text.
_SPECK_GAP = 8
#: ... and at most this many lines of the page have one.
_MAX_SPECK_LINES = 3


def _drop_edge_specks(lines: list[str]) -> list[str]:
    """A scanned page without the one- or two-character runs that OCR read from marks in its
    margins ("oe" from a punched hole at the left, "…" at the sheet's right edge), which would
    otherwise make a table column of their own or end a paragraph's line.

    A run is such a speck when it stands far from the line's text and only a few lines of the
    page have one: a list's bullets stand closer to their text and on every item's line. At
    the left a speck is lower-case letters or punctuation (not a row's number or a checkbox's
    "X"), at the right punctuation only (a table's last column may hold "4" or "Ja").
    """
    left: list[tuple[int, int]] = []
    right: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        parts = _parts(line)
        if len(parts) < 2:
            continue
        (start, text), (next_start, _) = parts[0], parts[1]
        if len(text) <= 2 and next_start - start - len(text) >= _SPECK_GAP and _LEFT_SPECK.fullmatch(text):
            left.append((index, start))
        (start, text), (before_start, before) = parts[-1], parts[-2]
        if len(text) <= 2 and start - before_start - len(before) >= _SPECK_GAP \
                and not any(ch.isalnum() for ch in text):
            right.append((index, start))
    out = list(lines)
    for found in (left, right):
        if 1 <= len(found) <= _MAX_SPECK_LINES:
            for index, start in found:
                line = out[index]
                run = next(text for at, text in _parts(line) if at == start)
                out[index] = line[:start] + " " * len(run) + line[start + len(run):]
    return out


#: What a speck in the left margin reads as: lower-case letters or punctuation, but no bullet.
_LEFT_SPECK = re.compile(r"[a-zæøå]{1,2}|[^\w\s•◦▪●■□☐☒*+\-–]{1,2}")


def _page_text(page: Any) -> str:
    """The page's text in layout mode; on a page without visible text, its hidden OCR layer.

    Layout mode reads only the page's own content stream. Scanners and ``ocrmypdf`` (its hOCR
    renderer) put the invisible OCR text in a form XObject drawn over the page image, so layout
    mode returns nothing for them although ``pdftotext`` and plain mode read it. A page with
    (almost) no text of its own therefore gets the text of its form XObjects, each read in layout
    mode as a page of its own, and plain mode as the last resort. A page that has visible text
    keeps only that: text hidden in a form beside a visible layer is not read.
    """
    text = _layout_text(page)
    if _letters(text) >= MIN_LETTERS_PER_PAGE:
        return text
    forms = "\n".join(_layout_text(form) for form in _form_pages(page))
    if _letters(forms) >= MIN_LETTERS_PER_PAGE:
        return text + "\n" + forms if text.strip() else forms
    plain = page.extract_text(extraction_mode="plain") or ""
    return plain if _letters(plain) > _letters(text) else text


def _layout_text(page: Any) -> str:
    try:
        return page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True) or ""
    except (ZeroDivisionError, ValueError, KeyError, IndexError, TypeError, AttributeError):
        # Layout mode fails on some odd font metrics where plain mode still works.
        return page.extract_text(extraction_mode="plain") or ""


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


#: Form XObjects read per page when looking for a hidden text layer, and how deep forms nest;
#: an OCR layer is one form on the page, a hostile file could hold thousands.
_MAX_FORMS = 20
_MAX_FORM_DEPTH = 3


def _form_pages(page: Any) -> list[Any]:
    """The page's form XObjects (also nested ones) as blank pages holding only their content."""
    from pypdf import PageObject
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    found: list[Any] = []
    for form in _page_xobjects(page):
        if form.get("/Subtype") != "/Form":
            continue
        resources = form.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        blank = PageObject.create_blank_page(pdf=page.pdf, width=page.mediabox.width,
                                             height=page.mediabox.height)
        if isinstance(resources, DictionaryObject):
            blank[NameObject("/Resources")] = resources
        content = DecodedStreamObject()
        content.set_data(form.get_data())
        blank[NameObject("/Contents")] = content
        found.append(blank)
        if len(found) >= _MAX_FORMS:
            break
    return found


#: A page has text columns (a sidebar beside the body, or two columns of prose) when at least
#: this many lines have text on both sides of one vertical gap.
_MIN_COLUMN_LINES = 5
#: Two columns between full-width paragraphs have this many lines beside each other at least,
#: and lines this long (characters) in each column.
_MIN_PROSE_COLUMN_LINES = 8
#: A column split off a page is itself split this many times at most (three columns).
_MAX_COLUMN_DEPTH = 1
_PROSE_COLUMN_WIDTH = 35


def split_columns(raw_lines: list[str], depth: int = 0) -> tuple[list[str], list[Optional[int]]]:
    """Read a page with a sidebar or two text columns column by column.

    Layout mode puts the lines of side-by-side columns on the same text lines. A vertical gap of
    at least three blank characters that runs through the page, with text on both sides on many
    lines, is a column gutter when at least one side *flows*: its lines continue each other (a
    line starting in lower case beside text in the other column). A label/value table has the
    same gap, but each of its rows starts afresh, so it is left alone for the table reader.
    Lines that cross the gutter (a title over both columns) stay where they are. A narrow column
    with much less text than the other is a sidebar (letterhead, contact block): it is read after
    the body, so the document's title stays at the top. A sidebar beside only the top of the page
    has few lines beside the body; it still counts when the body's lines below it start where
    its lines beside the sidebar do.

    Also returns, per line, the width of the column it was read from (None for lines that
    span the page), which tells a wrapped line from a short one in a narrow column.
    """
    unsplit: tuple[list[str], list[Optional[int]]] = (raw_lines, [None] * len(raw_lines))
    texts = [ln for ln in raw_lines if ln.strip()]
    if len(texts) < _MIN_COLUMN_LINES:
        return unsplit
    width = max(len(ln) for ln in texts)
    best, best_count = -1, 0
    clear, clear_count = -1, 0  # the same among gutters that no line crosses
    # Per candidate gutter, the lines with text in its three columns (cross) and the lines
    # with text on both sides of it (straddle), counted line by line in one pass each instead
    # of slicing every line at every gutter.
    gutters = range(8, width - 8)
    cross_count = [0] * width
    above_count = [0] * width  # of those, the lines above the gutter's first line beside it (titles)
    straddle_count = [0] * width
    first_straddle = [-1] * width
    last_straddle = [-1] * width
    # lines that start right after the gutter with nothing left of it: the right column going on
    # below a sidebar that ended (a letterhead's details beside only the letter's first lines)
    right_count = [0] * width
    for number, ln in enumerate(texts):
        filled = [not c.isspace() for c in ln] + [False] * (width + 3 - len(ln))
        first = next(i for i, on in enumerate(filled) if on)
        last = len(ln.rstrip()) - 1
        for gutter in gutters:
            if filled[gutter] or filled[gutter + 1] or filled[gutter + 2]:
                cross_count[gutter] += 1
                if first_straddle[gutter] < 0:
                    above_count[gutter] += 1
            elif first < gutter and last >= gutter + 3:
                straddle_count[gutter] += 1
                if first_straddle[gutter] < 0:
                    first_straddle[gutter] = number
                last_straddle[gutter] = number
        if first >= 11:
            right_count[first] += 1
    # the first line of more than one run (a table's row, two columns side by side)
    first_row = next((n for n, ln in enumerate(texts) if len(_parts(ln)) > 1), len(texts))

    def inside(gutter: int) -> int:
        """The lines below the gutter's first line beside it that cross it (a title above the
        columns crosses whichever gutter; a column's own line below them crosses only some)."""
        return sum(1 for ln in texts[first_straddle[gutter] + 1:] if ln[gutter:gutter + 3].strip())

    best_inside = 0
    for gutter in gutters:
        straddle = straddle_count[gutter]
        if not cross_count[gutter] and straddle > clear_count:
            clear, clear_count = gutter, straddle
        # (a title or a box above the columns crosses every gutter: only the lines from the first
        # one beside the gutter down count against it, when the lines above are lines of text
        # across the page, not rows of a table above)
        above = above_count[gutter] if first_straddle[gutter] <= first_row else 0
        if cross_count[gutter] - above > max(2, len(texts) // 10) or straddle < best_count or not straddle:
            continue
        # (of gutters beside as many lines, the one fewer of the columns' own lines cross: the
        # left column's longest line ends before it; a title above both crosses either)
        if straddle > best_count:
            best, best_count, best_inside = gutter, straddle, inside(gutter)
        elif best_inside and (crossing := inside(gutter)) < best_inside:
            best, best_inside = gutter, crossing
    if best_count < _MIN_COLUMN_LINES:
        # Two columns of prose between full-width paragraphs (a CSS multi-column print): the
        # lines above and below them cross the gutter, but none between its first and last
        # line with text on both sides. Only long columns of long lines count (a grid table
        # between paragraphs has short cells), and only when no gutter served as it is.
        for gutter in gutters:
            if straddle_count[gutter] < _MIN_PROSE_COLUMN_LINES or straddle_count[gutter] <= best_count:
                continue
            window = texts[first_straddle[gutter]:last_straddle[gutter] + 1]
            if any(ln[gutter:gutter + 3].strip() for ln in window):
                continue
            lefts = [ln[:gutter].strip() for ln in window if ln[:gutter].strip()]
            rights = [ln[gutter + 3:].strip() for ln in window if ln[gutter + 3:].strip()]
            if _typical_width(lefts) >= _PROSE_COLUMN_WIDTH and _typical_width(rights) >= _PROSE_COLUMN_WIDTH:
                best, best_count = gutter, straddle_count[gutter]
    if clear >= 0 and clear_count >= best_count and best < clear <= best + max(3, 0.15 * best):
        # as many lines beside a gutter that no line crosses, just right of the best one: that
        # one ("… Mentorcentret Midt, tlf. 40" is a line of the left column that ends further
        # right than most; a title far wider than its column stays a line across the page)
        best = clear
    top_sidebar = False
    if 2 <= best_count < _MIN_COLUMN_LINES:
        if clear_count == best_count:
            # beside so few lines, the gutter that no line crosses: "Mikkel Christiansen" ends
            # before the e-mail under it does, which the true gutter clears
            best = clear
        # where the right column starts beside the sidebar, and how many lines start there alone
        starts = [len(ln) - len(ln[best + 3:].lstrip()) for ln in texts
                  if ln[:best].strip() and ln[best + 3:].strip() and not ln[best:best + 3].strip()]
        right_start = min(starts, default=0)
        going_on = right_start and best_count + sum(right_count[right_start - 2:right_start + 3]) >= 2 * _MIN_COLUMN_LINES
        if going_on:
            # A contact block beside the top ("Din mentor:", the name, a phone and an e-mail),
            # whose other lines fall between the body's, is a sidebar however few lines it shares
            block = _left_block(texts, best, right_start)
            top_sidebar = len(block) >= 3 and sum(1 for t in block if _contact_line(t)) >= 0.4 * len(block)
            if best_count >= 3 or top_sidebar:
                best_count = _MIN_COLUMN_LINES  # a sidebar beside the top, the column going on below it
    if best < 0 or best_count < _MIN_COLUMN_LINES:
        return unsplit
    cut = best + 1
    # Flowing: both columns hold text on this line and the line before, and one side goes on
    # in lower case. A wrapped value in a label/value table has an empty label cell beside it.
    # A table row whose value starts in lower case ("Aftalens varighed | pr. 2. september 2024")
    # has a label beside it, not text that flows.
    # A sidebar's lines are short and capitalised too ("Kasper Ibsen" beside "samtalen i
    # jobcentret."): there the line before the lower-case one is long and stops mid-sentence,
    # on a comma or a small word ("… og er udarbejdet på"), or is text of the right column
    # alone, long and unfinished ("… ved at komme i gang" over "Sag | med de aktiviteter").
    flowing = 0
    # flowing lines beside a label cell, under a line of the right column alone: the value of a
    # label set at the bottom or the middle of its cell (a Min Plan print)
    beside_label = 0
    previous_both = False
    previous_right = ""
    previous_alone = False  # the line before held text in the right column only
    previous_left = ""
    for ln in raw_lines:
        if not ln.strip():
            continue
        both = bool(ln[:cut].strip() and ln[cut:].strip()) and not ln[best:best + 3].strip()
        left_text, right_text = ln[:cut].strip(), ln[cut:].strip()
        long_before = len(previous_right) >= 0.5 * (width - cut)
        wrapped = long_before and (bool(_OPEN_END.search(previous_right)) or (
            previous_alone and not previous_right.endswith(_SENTENCE_END)))
        # A table row whose label and value both wrap ("Mentor og" over "kontaktoplysninger"
        # beside a value going on in lower case): the label continues a short left text, where
        # a column of prose fills its width before it wraps.
        # The rest of a wrapped label is short and ends no sentence ("Hvad mentoren hjælper" over
        # "med", a form's question over "kontaktes mentor?"), where a column of prose fills its width
        # or ends its paragraph with a full stop.
        short_rest = len(left_text.split()) <= 2 and not left_text.endswith((".", "!"))
        # "Mentorens navn og" over "kontaktdata", whatever the value's next line beside it
        # (or a numbered row's label going on: '"1. Formål med' over "mentorstøtten (mål og")
        label_wrap = previous_both and left_text[:1].islower() and (
            short_rest or (right_text[:1].islower() and len(previous_left) < 0.5 * cut)
            or _ROW_NUMBER.match(previous_left.lstrip(_SPECKS)) is not None)
        if both and (previous_both or previous_alone) and not label_wrap and (
                (previous_both and left_text[:1].islower())
                or (right_text[:1].islower() and (wrapped or (previous_both and not _label_cell(left_text))))):
            flowing += 1
            if previous_alone and (_label_cell(left_text) or _lead_in_cell(left_text)):
                beside_label += 1
        previous_both = both
        previous_left = left_text
        previous_alone = not ln[:cut].strip() and bool(right_text)
        previous_right = right_text if (both or previous_alone) else ""
    # A letterhead sidebar: a narrow left column of contact details (addresses, phone numbers,
    # e-mail, dates), which a label/value table's label column never is.
    lefts = [ln[:cut].strip() for ln in texts if ln[:cut].strip() and ln[cut:].strip()
             and not ln[best:best + 3].strip()]
    # The whole column beside the body, also its lines beside a gap in the body ("Tlf. 74 34 34
    # 34" under the name it belongs to): a contact block's phone and e-mail lines often stand
    # there. Not the lines above or below the body (a letterhead's address over a table).
    # (from the first line of the body beside it to the last: "mikols@svendborg.dk" under the
    # caseworker's name, beside a gap between the body's paragraphs)
    beside = [i for i, ln in enumerate(texts) if ln[cut:].strip() and not ln[best:best + 3].strip()]
    column = [ln[:cut].strip() for ln in texts[beside[0]:beside[-1] + 1]
              if ln[:cut].strip() and not ln[best:best + 3].strip()] if beside else []
    contact_like = max(sum(1 for t in found if _contact_line(t)) / len(found)
                       for found in (lefts, column)) if lefts else 0.0
    sidebar = top_sidebar or (cut <= 0.4 * width and len(lefts) >= 4 and contact_like >= 0.4)
    # A table whose labels sit at the bottom or the middle of their cells has values that go
    # on beside the label in lower case, each under a line of the value alone; a column of
    # prose also goes on beside text in the other column.
    # Text beside text: three lines or more whose left part is a line of prose (six words or
    # more, not a question or a label), which a label/value table's label cell never is,
    # and one of them ending a sentence (a form's wrapped questions end none)
    beside_right = [ln[:cut].rstrip() for ln in texts if ln[cut:].strip() and not ln[best:best + 3].strip()]
    prose_left = sum(1 for left_part in beside_right
                     if len(left_part.split()) >= 6 and not left_part.endswith(("?", ":"))) \
        if any(left_part.endswith(".") for left_part in beside_right) else 0
    # A list beside text: two lines or more whose left part is an item of a bulleted list,
    # which a label cell never is (a Min Plan print's tasks beside its goal in a right sidebar)
    listed_left = sum(1 for left_part in beside_right if left_part.strip()[:1] in _ITEM_BULLETS)
    # A left column of whole "Label: value" lines beside a right column: each left line is a
    # row of its own, so the right side is a column of its own (a print's side panel), not
    # the values of a table whose labels stand left
    paired_left = sum(1 for left_part in lefts if _LABEL_AND_VALUE.match(left_part))
    paired = paired_left >= 3 and 2 * paired_left >= len(lefts)
    if (flowing < 2 or beside_label == flowing) and not sidebar and prose_left < 3 and listed_left < 2 \
            and not paired and not _info_box(texts, best, cut, width):
        return unsplit  # rows that start afresh: a label/value table
    out: list[str] = []
    out_widths: list[Optional[int]] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        narrow = sum(len(x.strip()) for x in left) < 0.4 * sum(len(x.strip()) for x in right)
        first, second = (right, left) if narrow else (left, right)
        parts = [first, second]
        if _runs_on(first) and sum(len(x.strip()) for x in second) < 0.4 * sum(len(x.strip()) for x in first) \
                and _typical_width(second) < 0.6 * _typical_width(first):
            # the body's last paragraph runs on to the next page ("… i Kommunen senest 4" over
            # "uger efter …"): a narrow sidebar goes before that paragraph, so nothing stands
            # between the two and the title stays on top (a second column as wide as the first
            # is where the text runs on to)
            first[:] = _close_false_gaps(first)
            end = max(i for i, x in enumerate(first) if x.strip())
            cut_at = max((i for i, x in enumerate(first[:end]) if not x.strip()), default=-1) + 1
            parts = [first[:cut_at], second, first[cut_at:]]
        for column in parts:
            column[:] = _close_false_gaps(column)
            if depth < _MAX_COLUMN_DEPTH:
                # a page of three columns: one side of the first gutter holds two (a sidebar
                # beside the body, the body's text flowing on into the third)
                inner, inner_widths = split_columns(column, depth + 1)
                if inner != column:
                    out.extend(inner + [""])
                    out_widths.extend(inner_widths + [None])
                    continue
            column_width = max((len(x.strip()) for x in column), default=0) or None
            justified = _justified_lines(column)
            read = [_one_space(x) if n in justified else x for n, x in enumerate(column)]
            out.extend(read + [""])
            # a justified line filled its column, however short it is with one space between
            # its words: its own length is its column's width
            out_widths.extend([len(x.strip()) if n in justified else column_width
                               for n, x in enumerate(read)] + [column_width])
        left.clear()
        right.clear()

    for ln in raw_lines:
        if ln[best:best + 3].strip():  # crosses the gutter: a title or a full-width paragraph
            if left or right:
                flush()
            out.append(ln)
            out_widths.append(None)
            continue
        left_text, right_text = ln[:cut].rstrip(), ln[cut:].rstrip()
        # A row that holds text on one side only is there for that side: the other column's
        # lines are set on other baselines, so its rows leave blank rows in this column that
        # are no gap in its text ("SOSU-hjælperuddannelsen i" / "" / "Randers den …").
        if left_text.strip() or not right_text.strip():
            left.append(left_text)
        if right_text.strip() or not left_text.strip():
            right.append(right_text)
    if left or right:
        flush()
    return out, out_widths



def _typical_width(column: list[str]) -> int:
    """The length of a column's lines at the 80th percentile (a letterhead's one long line leaves
    it alone, as do the short label lines of a body)."""
    lengths = sorted(len(x.strip()) for x in column if x.strip())
    return lengths[min(len(lengths) - 1, len(lengths) * 4 // 5)] if lengths else 0


def _runs_on(column: list[str]) -> bool:
    """Whether a column's last line stops mid-sentence: a line of prose (six words or more) with
    no closing punctuation, or a label waiting for its value ("Varighed:")."""
    last = next((x.strip() for x in reversed(column) if x.strip()), "")
    return (len(last.split()) >= 6 and not last.endswith((".", "!", "?", ")"))) \
        or (last.endswith(":") and len(last.split()) <= 4)


def _left_block(texts: list[str], gutter: int, right_start: int) -> list[str]:
    """The lines of a left column around the lines it shares with the right one: from the first
    line with text left of ``gutter`` that is part of a run of such lines touching a shared line,
    every line with text only left of the gutter or on both sides, up to the run's end."""
    def left(ln: str) -> bool:
        return bool(ln[:gutter].strip()) and not ln[gutter:gutter + 3].strip() \
            and (not ln[right_start:].strip() or len(ln) - len(ln[right_start:].lstrip()) >= right_start)
    shared = [i for i, ln in enumerate(texts) if left(ln) and ln[gutter + 3:].strip()]
    if not shared:
        return []
    start, end = shared[0], shared[-1]
    while start > 0 and left(texts[start - 1]):
        start -= 1
    while end + 1 < len(texts) and left(texts[end + 1]):
        end += 1
    return [ln[:gutter].strip() for ln in texts[start:end + 1]]


#: An e-mail address, also with its "@" read by OCR as "&", "Q" or "©" ("sofie&kompas.dk").
_MAIL_LIKE = re.compile(r"\w[@&Q©®]\s?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}\b")


#: A web address ("www.svendborg.dk").
_WEB_ADDRESS = re.compile(r"\bwww\.[\w-]+\.[a-z]{2,4}\b|://")


def _contact_line(text: str) -> bool:
    """A line of a contact block: a phone number, postcode, date or case number, an e-mail or
    a web address. A form's row number is none of these ("4. Varighed" is a numbered label)."""
    text = _ROW_NUMBER.sub("", text, count=1)
    return any(ch.isdigit() for ch in text) or bool(_MAIL_LIKE.search(text)) or bool(_WEB_ADDRESS.search(text))


#: A line that is a label and its value: "Varighed: 4. september 2026 – 3. marts 2027"
_LABEL_AND_VALUE = re.compile(r"^[^:\d]{2,40}:\s+\S")


#: The end of a line that stops mid-sentence: a comma, or a short lower-case word ("på", "og").
_OPEN_END = re.compile(r"(?:,|(?<![\w-])[a-zæøå]{1,3})$")


#: An information column starts this far right on the page (of the widest line's characters).
_INFO_COLUMN_START = 0.55
#: ... and its lines start within this many characters of each other (layout mode counts
#: characters, not points: a right-aligned "Dato" lands a few characters right of the others).
_INFO_COLUMN_SLACK = 6


def _lift_info_column(raw_lines: list[str]) -> list[str]:
    """Move a letter's information column out of the body's lines, below them.

    A letter sets the sender, the date, the case number and the caseworker's phone and mail in a
    narrow column on the right ("Dato / 17. januar 2026 / Sagsnr. / S2026-32464 / Sagsbehandler
    / …") beside the recipient's address and the first paragraphs, and the body runs full width
    below it, so no gutter runs through the page for :func:`split_columns`. The column is its
    short runs far right, starting at one column, many of them figures or addresses, beside
    whole sentences of the letter (a table's label cells are no sentences). The body keeps its
    lines; the column is read after the last of them."""
    width = max((len(ln.rstrip()) for ln in raw_lines), default=0)
    if width < 40:
        return raw_lines
    runs: list[tuple[int, int, str]] = []  # (line, start, text) of short runs far right
    running: list[tuple[int, int]] = []  # (line, start) of runs far right that are running text
    reach = _INFO_COLUMN_START * width
    for index, raw in enumerate(raw_lines):
        if len(raw) <= reach:
            continue  # ends before the column could start: most lines of a page
        parts = _parts(raw)
        if parts and parts[-1][0] >= _INFO_COLUMN_START * width \
                and (len(parts) > 1 or not raw[:parts[-1][0]].strip()):
            if len(parts[-1][1]) <= 40:
                runs.append((index, parts[-1][0], parts[-1][1]))
            elif _running_text(parts[-1][1]):
                running.append((index, parts[-1][0]))
    if len(runs) < 5:
        return raw_lines
    column = min(start for _, start, _ in runs)
    runs = [run for run in runs if run[1] - column <= _INFO_COLUMN_SLACK]
    first, last = runs[0][0], runs[-1][0]
    if any(first <= index <= last + 2 and abs(start - column) <= _INFO_COLUMN_SLACK for index, start in running):
        # a line of running text where the column's lines start ("bevillingsudløb, hvor vi ser
        # på delmålene."): the page's second text column, for split_columns
        return raw_lines
    inside = {index for index, _, _ in runs}
    # no other line of the stretch reaches into the column: it is a column of its own there
    if len(runs) < 5 or any(len(raw_lines[i].rstrip()) > column - 2 for i in range(first, last + 1)
                            if i not in inside):
        return raw_lines
    texts = [text for _, _, text in runs]
    if sum(1 for text, below in zip(texts, texts[1:]) if len(text) >= 25 and below[:1].islower()) >= 2:
        return raw_lines  # a second column of running text, for split_columns
    lefts = [raw_lines[i][:column].strip() for i in range(first, last + 1)]
    lefts = [text for text in lefts if text]
    figures = sum(1 for _, _, text in runs if any(ch.isdigit() for ch in text) or "@" in text)
    if len(lefts) <= 0.3 * len(runs) and figures < 0.4 * len(runs):
        # a side panel beside the page's first lines only (the goal and the mentor in a box at
        # the top right; not a letterhead's contact column, mostly figures and addresses): its
        # lines stand alone, where a table's value column has a label beside nearly every
        # line. It is read where it starts, after the line beside its first line,
        # as a block of its own (not the values of a row that line would begin); a line wrapped
        # in the narrow panel goes on in lower case ("Målet med" / "mentorstøtten")
        panel: list[str] = []
        for _, _, text in runs:
            text = " ".join(text.split())
            if panel and text[:1].islower() and not panel[-1].endswith(_SENTENCE_END):
                panel[-1] += " " + text
            else:
                panel.append(text)
        shared = raw_lines[first][:column].rstrip()
        after = [(i, raw_lines[i][:column].rstrip() if i in inside else raw_lines[i])
                 for i in range(first + 1, len(raw_lines))]
        return raw_lines[:first] + ([shared] if shared.strip() else []) + [""] + panel + [""] \
            + [line for i, line in after if i not in inside or line.strip()]
    if figures < 0.4 * len(runs):
        return raw_lines
    # the letter's text beside the column: whole sentences, or lines filled to the column that
    # run on in lower case
    prose = sum(1 for text in lefts if len(text) >= 20 and text.endswith(".") and len(text.split()) >= 4)
    prose += sum(1 for text, below in zip(lefts, lefts[1:])
                 if len(text) >= 0.5 * column and below[:1].islower() and not text.endswith("."))
    if prose < 2:
        return raw_lines  # a label/value table's value column beside its label cells
    out = [raw_lines[i][:column].rstrip() if i in inside else raw_lines[i] for i in range(len(raw_lines))]
    tail = [""] + [" ".join(text.split()) for _, _, text in runs] + [""]
    return out + tail


def _running_text(text: str) -> bool:
    """A line of prose: five words or more, none of them a figure or an address (a contact
    line of an information column, "Sagsbehandler: Mikkel Lund, tlf. 55 88 23 83", is long too)."""
    return len(text.split()) >= 5 and not any(ch.isdigit() for ch in text) and "@" not in text


def _info_box(texts: list[str], gutter: int, cut: int, width: int) -> bool:
    """Whether the column right of the gutter is a letter's information box ("Dato", "J.nr.",
    "Sagsbehandler", "Direkte tlf.", "Mail", "Telefontid" over their values) beside the letter's
    text: a right column of short lines, many of them figures or addresses, beside a left
    column whose sentences run on from line to line (a label/value table's labels do not)."""
    if cut < 0.3 * width:
        return False
    both = [i for i, ln in enumerate(texts) if ln[:cut].strip() and ln[cut:].strip()
            and not ln[gutter:gutter + 3].strip()]
    if not both:
        return False
    # the box's lines: from the first line beside the letter's text to the last (a letterhead
    # above it runs wider)
    rights = [ln[cut:].strip() for ln in texts[both[0]:both[-1] + 1]
              if ln[cut:].strip() and not ln[gutter:gutter + 3].strip()]
    if len(rights) < 4 or any(len(t) > 32 for t in rights):
        return False
    if sum(1 for t in rights if any(ch.isdigit() for ch in t) or "@" in t) < 0.4 * len(rights):
        return False
    running = sentences = 0
    for ln, following in zip(texts, texts[1:]):
        left, below = ln[:cut].strip(), following[:cut].strip()
        if left and ln[cut:].strip() and below and not ln[gutter:gutter + 3].strip():
            if left.endswith(",") or ((below[:1].islower() or below[:1].isdigit())
                                      and not left.endswith(_SENTENCE_END)):
                running += 1
            # a whole sentence beside the box ("Den bygger på samtalen 17. januar 2026."): a
            # letter's text, where a table's label cell is a few words without a full stop
            sentences += len(left.split()) >= 4 and left.endswith(".")
    return running >= 2 or sentences >= 2


#: A browser's print header or footer line: a URL, or a date and time at its start (a page
#: number at its end is the shared _PAGE_NUMBER's).
_PRINT_MARGIN = re.compile(r"://|^\s*\d{1,2}[./-]\s?(?:\d{1,2}|[a-zæøå]{3,9}\.?)[./ -]\s?\d{2,4}\b.*\d{1,2}[.:]\d{2}")


#: A navigation menu's entries start within this many characters of the page's left edge.
_MENU_INDENT = 8


def strip_navigation(raw_lines: list[str]) -> Optional[tuple[list[str], list[str]]]:
    """A case system's navigation menu printed with the page ("Overblik", "Borger", "Min Plan",
    "Dokumenter", "Breve" down the left edge), split off: (the page without it, the menu).

    The menu is a column at the left edge of one- to three-word entries without figures or
    punctuation, several of them alone on their line (a label/value table's labels have their
    values beside them), with the body starting right of all of them. Up to two lines (the
    system's header) may run across it, beside the page's first and last two lines (a browser's
    print header and footer). The entries may be indented under the system's logo
    ("Jobnet" over "   Forside", "   Min side"). None when the page has no such menu.
    """
    entries: list[tuple[int, str, bool]] = []  # line index, entry, alone on its line
    menu_end = 0
    crossing = 0
    # a browser's print header and footer (the date and title, the URL and "1/2") run across
    # the menu too; they are not counted among the lines that cross it
    filled = [index for index, ln in enumerate(raw_lines) if ln.strip()]
    edges = set(filled[:2] + filled[-2:])
    exempted = 0
    body_start = 10_000
    for index, ln in enumerate(raw_lines):
        parts = _parts(ln)
        if not parts:
            continue
        start, text = parts[0]
        if start > _MENU_INDENT:
            body_start = min(body_start, start)
            continue
        short = len(text) <= 24 and len(text.split()) <= 3 and not any(ch.isdigit() for ch in text) \
            and not any(ch in text for ch in "@:.,;")
        if not short:
            margin = index in edges and (bool(_PRINT_MARGIN.search(ln)) or bool(_PAGE_NUMBER.match(parts[-1][1])))
            crossing += not margin
            exempted += margin
            continue
        # a menu entry alone on its line is a capitalised word ("Breve"); a label's wrapped
        # rest ("kontaktdata", "med") is not
        entries.append((index, text, len(parts) == 1 and text[:1].isupper()))
        menu_end = max(menu_end, start + len(text))
        if len(parts) > 1:
            body_start = min(body_start, parts[1][0])
    alone = sum(alone for _, _, alone in entries)
    if len(entries) < 5 or alone < 3 or alone < 0.3 * len(entries) or crossing > 2:
        return None
    if exempted:
        # Beside a print's header and footer, a menu shows itself by entries alone on their lines
        # between entries with the page's text beside them; a table's labels under a few title
        # lines ("Min Plan", "Mine aktiviteter" over "Formål | …") do not.
        beside = [index for index, _, alone_here in entries if not alone_here]
        if not beside or sum(1 for index, _, alone_here in entries
                             if alone_here and beside[0] < index < beside[-1]) < 2:
            return None
    if body_start == 10_000 or body_start < menu_end + 3:
        return None
    menu_lines = {index for index, _, _ in entries}
    body = [ln[body_start:] if index in menu_lines or not ln[:body_start].strip() else ln
            for index, ln in enumerate(raw_lines)]
    if sum(1 for ln in body if ln.strip()) < 3:
        return None
    return body, [text for _, text, _ in entries]


def _one_space(line: str) -> str:
    """The line with one space between its words, its indent kept."""
    return line[:len(line) - len(line.lstrip())] + " ".join(line.split())


def _justified_lines(column: list[str]) -> set[int]:
    """The indexes of a column's justified lines, to be read with one space between words.

    A justified column stretches its lines to the column's width, and in a narrow column a
    line of few words gets wide gaps ("Yusuf           starter          på           FGU"),
    which read as a table row's cells. Such a line is about as long as the column's lines, its
    gaps are mostly two spaces or more and of about one width (a gap set at 2.4 characters lands
    on 2 or 3, now and then on 1), and its words are a sentence's, mostly in lower case; a table
    row has single spaces inside its cells, or its cells are names and figures. A column needs
    two such lines (a paragraph's)."""
    width = _typical_width(column)
    found: list[int] = []
    words = lower = 0
    for index, line in enumerate(column):
        text = line.strip()
        gaps = sorted(len(m.group(0)) for m in re.finditer(r"(?<=\S) +(?=\S)", text))
        if len(gaps) >= 2 and gaps[len(gaps) // 2] >= 2 and gaps[-1] <= 2 * gaps[len(gaps) // 2] + 2 \
                and len(text) >= 0.8 * width:
            found.append(index)
            words += len(gaps) + 1
            lower += sum(1 for word in text.split() if word[:1].islower())
    return set(found) if len(found) >= 2 and lower >= 0.4 * words else set()


def _close_false_gaps(column: list[str]) -> list[str]:
    """Drop a column's blank rows that split a sentence: "hvor progressionen mod" / "" /
    "målet vurderes.". The page's rows are shared by both columns, so the other column's
    paragraph spacing leaves blank rows in this one that are no gap in its text."""
    kept: list[str] = []
    for index, line in enumerate(column):
        if not line.strip() and kept and kept[-1].strip() and index + 1 < len(column):
            following = column[index + 1].strip()
            if following[:1].islower() and not kept[-1].rstrip().endswith(_SENTENCE_END):
                continue
        kept.append(line)
    return kept


def _lead_in_cell(text: str) -> bool:
    """A label cell that is a lead-in of up to six words, waiting for its value: "Det hjælper
    mentor dig med" (no figure, no punctuation at its end, a lower-case last word)."""
    words = text.split()
    return text[:1].isupper() and 5 <= len(words) <= 6 and words[-1].isalpha() and words[-1].islower() \
        and not any(ch.isdigit() for ch in text)


def _label_cell(text: str) -> bool:
    """A table's label cell: a few words that start with a capital and end no sentence, or a
    form's question ("Hvem er mentor, og hvordan kontaktes mentor?"), numbered or not."""
    numbered = _ROW_NUMBER.match(text)
    if numbered and text[numbered.end():][:1].isupper():
        return True  # "3   Hvilke opgaver skal mentor hjælpe": a numbered row starts afresh
    if text[:1].isupper() and text.endswith("?") and len(text.split()) <= 16:
        return True
    return text[:1].isupper() and len(text.split()) <= 4 and not text.endswith((".", ","))


#: Marks a scan leaves before a line's first word (a quote, a speck read as a point)
_SPECKS = "\"'“”‘’,.·*"
#: A row's number before its label cell: "1   Hvad er målet …", "12.  Timetal".
_ROW_NUMBER = re.compile(r"^\d{1,2}[a-h]?[.)]?\s+")




def _column_of(start: int, text: str, columns: list[int]) -> int:
    """The index of the column whose cell holds the run ``text`` at ``start``, or -1.

    The run must start at the column's start (give or take rounding) and end before the next
    column starts: a paragraph under a table starts at the first column too, but runs across.
    """
    for index, column in enumerate(columns):
        if abs(start - column) <= _COLUMN_SLACK:
            if index + 1 < len(columns) and start + len(text) >= columns[index + 1]:
                return -1
            return index
    return -1


#: Layout mode rounds x positions to a character grid; a cell's text starts within this many
#: characters of its column's start on every line.
_COLUMN_SLACK = 2
_SENTENCE_END = (".", "!", "?", ":")


def _wraps_into(previous: str, text: str) -> bool:
    """Whether ``text`` reads as the wrapped rest of the cell text ``previous``."""
    return bool(previous) and text[:1].islower() and not previous.endswith(_SENTENCE_END)


#: A run glued to the text before it: layout mode sets a text box's first word directly after
#: body text that reaches under the box ("… en plan for lektierMentor").
_GLUE = re.compile(r"(?<=[a-zæøå.,])(?=[A-ZÆØÅ+][\w@])")
#: A text box beside the body starts at least this far across the page (fraction of the widest
#: line); a label/value table's value column usually starts earlier.
_BOX_MIN_START = 0.45


def _lift_side_boxes(raw_lines: list[str]) -> list[str]:
    """Move a text box that floats beside the body text out of the body's lines, above them.

    Word and LibreOffice place a floating box ("Kontaktoplysninger på mentor / Anne Hansen, tlf.
    …") beside the paragraphs it is anchored to, so layout mode interleaves the two: each line
    holds a line of body text and a line of the box. The box is recognised by a lone title line
    far to the right, then lines whose last run starts at the same column beside body text that
    is no table column (a bullet, a line too long for a label, or a run glued to the box text).
    """
    width = max((len(ln.rstrip()) for ln in raw_lines), default=0)
    out: list[str] = []
    index = 0
    while index < len(raw_lines):
        box = _side_box(raw_lines, index, width)
        if box is None:
            out.append(raw_lines[index])
            index += 1
            continue
        title, texts, bodies, end = box
        body_text = texts[0]
        for text in texts[1:]:
            body_text = dehyphenate_join(body_text, text)
        # Blank lines around the box keep it apart from the paragraphs before and after it.
        out += ["", title, body_text, ""] + bodies
        index = end
    return out


def _side_box(raw_lines: list[str], index: int,
              width: int) -> Optional[tuple[str, list[str], list[str], int]]:
    """The box starting at ``index``: (title, box lines, body lines, index after the box)."""
    parts = _parts(raw_lines[index])
    if (len(parts) != 1 or parts[0][0] < max(30, _BOX_MIN_START * width)
            or not parts[0][1][:1].isupper()):
        return None  # a lower-case line on the right is the wrapped end of a table cell
    column = parts[0][0]
    above = next((raw_lines[k] for k in range(index - 1, -1, -1) if raw_lines[k].strip()), "")
    if any(abs(start - column) <= _COLUMN_SLACK for start, _ in _parts(above)):
        return None  # the line above has a run at the same column: a table column, not a box
    texts: list[str] = []
    bodies: list[str] = []
    evidence = False
    j = index + 1
    while j < len(raw_lines):
        raw = raw_lines[j].rstrip()
        line_parts = _parts(raw)
        if not line_parts:
            break
        start, text = line_parts[-1]
        if abs(start - column) <= _COLUMN_SLACK:
            body = raw[:start].rstrip()
        else:
            # Layout mode counts characters, not points: body text in a large font reaches under
            # the box after fewer characters than the box column has, so look well before it.
            glued = [m.start() for m in _GLUE.finditer(raw) if m.start() >= column // 3]
            glued += [m.start() for m in _MAIL_WORD.finditer(raw) if m.start() >= column - 25]
            if not glued or len(line_parts) > 1 and line_parts[-1][0] > min(glued):
                if j + 1 < len(raw_lines) and _box_part(raw_lines[j + 1], column):
                    # A body line beside a blank line of the box: the box goes on below it.
                    bodies.append(raw)
                    j += 1
                    continue
                break
            body, text = raw[:min(glued)].rstrip(), raw[min(glued):].strip()
            evidence = True
        stripped = body.strip()
        if stripped and (len(stripped) >= 40 or stripped[:1] in _BULLETS):
            evidence = True
        texts.append(" ".join(text.split()))
        if body.strip():
            bodies.append(body)
        j += 1
    if not evidence or not texts:
        return None
    return parts[0][1], texts, bodies, j


_ITEM_BULLETS = frozenset("•▪●◦‣∙\uf0b7\uf0a7")  # (not "-", "*": a cell may open with a dash)
_BULLETS = frozenset("•·▪●◦‣∙○■□►➢✓✔\uf0b7\uf0a7-–*+")
_MAIL_WORD = re.compile(r"(?<= )[\w.\-]+@[\w\-]+\.\w+")


def _box_part(raw: str, column: int) -> bool:
    """Whether the layout line has a run of its own starting at a text box's column."""
    found = _parts(raw)
    return len(found) > 1 and abs(found[-1][0] - column) <= _COLUMN_SLACK


def _join_cell(previous: str, text: str) -> str:
    """Join the next line of a cell to the cell text.

    A line that starts with a capital or a bullet, or with a number after a full stop, starts a
    new line in the cell, as the paragraphs of a DOCX cell do: "Udfyldes senere" over
    "Midtvejsevaluering 11. dec." are two values, not one. Lower case continues the line. A
    compound split after its hyphen ("SU-" + "berettiget") keeps the hyphen and loses the space.
    """
    if not text[:1].islower() and (previous.endswith(_SENTENCE_END) or not text[:1].isdigit()):
        # Lower case always continues ("Timer pr." + "uge"); a number only after a full stop.
        return previous + "\n" + text
    if (previous.endswith("-") and len(previous) > 1 and (previous[-2].isupper()
                                                           or previous[-2].isdigit())
            and text[:1].isalpha()):
        return previous + text
    return dehyphenate_join(previous, text)


def _cell_text(cell_lines: list[str]) -> str:
    """A ruled cell's lines as one cell text, joined as :func:`_join_cell` joins a cell's lines."""
    text = ""
    for line in cell_lines:
        line = " ".join(line.split())
        if line:
            text = _join_cell(text, line) if text else line
    return text


def _row_text(cells: list[str]) -> str:
    """A row's text on one line, as :func:`~._lines.table_row_block` makes it for DOCX rows."""
    return " | ".join(cell.replace("\n", " ") for cell in cells)


def _column_lines(raw_lines: list[str], page: int,
                  widths: Optional[list[Optional[int]]] = None) -> list[Line]:
    """Lines of one page; table rows (text runs at consistent column starts) become cells.

    Layout mode keeps each run of text at its x position, so the column starts of a table are
    the starts of the runs on its first row. A table row whose cells wrap spans several layout
    lines; those continuation lines (first cell empty, or text that continues a wrapped cell in
    lower case) are joined into the row cell by cell, and cells empty on the row's first line
    are kept as "" so every row has as many cells as the table has columns.
    """
    lines: list[Line] = []
    columns: list[int] = []  # column starts of the table being read; empty outside a table
    row: list[str] = []
    row_lines: list[list[str]] = []  # the row's layout lines, cell by cell
    tables: list[list[tuple[int, list[list[str]]]]] = []  # per table, its rows: (line index, layout lines)
    row_count = 0  # rows read so far in the table; the first is usually its header
    for index, raw in enumerate(raw_lines):
        ruled = decode_row(raw)
        if ruled is not None:
            # A row of a ruled table, its cells known from the table's borders (_pdf_rules).
            cells = [_cell_text(cell_lines) for cell_lines in ruled]
            lines.append(Line(_row_text(cells), page, tuple(cells)) if len(cells) >= 2 and any(cells)
                         else Line(" ".join(cells), page))
            columns, row, row_lines = [], [], []
            continue
        raw = unmarked(raw)  # a ruled row's line that a column split cut: plain text
        stripped = raw.strip()
        if not stripped:
            # Blank lines come from vertical spacing inside a cell too; keep the table open.
            if not (lines and lines[-1].cells):
                lines.append(Line("", page))
                columns = []
            continue
        parts = _parts(raw)
        if len(parts) > 1 and len(parts[0][1]) == 1 and (not parts[0][1].isalnum()
                                                         or parts[0][1] == "o"):
            # A bullet glyph set apart from its text is a list item, not a table row (Word's
            # second-level bullet is a Courier "o").
            stripped = "• " + " ".join(" ".join(text for _, text in parts[1:]).split())
            parts = [(parts[0][0], stripped)]
        if len(parts) == 2 and _LIST_MARKER.match(parts[0][1]):
            # A numbered item with a hanging indent ("1." in its own column, the text beside it)
            # is a list item, not a two-column table row.
            stripped = parts[0][1] + " " + " ".join(parts[1][1].split())
            parts = [(parts[0][0], stripped)]
            columns = []
        in_table = bool(columns) and bool(lines) and bool(lines[-1].cells)
        slots = [_column_of(start, text, columns) for start, text in parts] if in_table else []
        if in_table and all(slot >= 0 for slot in slots) and slots == sorted(set(slots)):
            cells = [""] * len(columns)
            for slot, (_, text) in zip(slots, parts):
                cells[slot] = " ".join(text.split())
            if _continues_row(row, cells, raw_lines, index, columns, header=row_count == 1):
                for slot, text in enumerate(cells):
                    if text:
                        row[slot] = _join_cell(row[slot], text) if row[slot] else text
                row_lines.append(cells)
                lines[-1] = Line(_row_text(row), page, tuple(row))
                continue
            if len(parts) >= 2 or (len(columns) >= 2 and slots[0] > 0):
                row = cells
                row_lines = [list(cells)]
                tables[-1].append((len(lines), row_lines))
                row_count += 1
                lines.append(Line(_row_text(row), page, tuple(row)))
                continue
        if len(parts) == 2 and not in_table and _torn_line(parts, raw_lines, index):
            # a line of prose with a wide gap in it (a scan's speck, a stamp wiped out): no row
            parts = [(parts[0][0], parts[0][1] + " " + parts[1][1])]
            stripped = " ".join(stripped.split())
        if 2 <= len(parts) <= 6 and len(parts[0][1]) <= 40:
            columns = [start for start, _ in parts]
            row = [" ".join(text.split()) for _, text in parts]
            row_lines = [list(row)]
            # the table's first label set in the middle of its value's lines: the first of them
            # stand above it, alone in the value's column ("Sofie har et ordinært job … inden for
            # lager" over "Mål med mentorstøtten | og logistik, når …")
            for above in reversed(_value_lines_above(raw_lines, index, parts, lines)):
                lines.pop()
                row[1] = _join_cell(above, row[1])
                row_lines.insert(0, ["", above] + [""] * (len(row) - 2))
            tables.append([(len(lines), row_lines)])
            row_count = 1
            lines.append(Line(_row_text(row), page, tuple(row)))
            continue
        columns = []
        row = []
        row_lines = []
        lines.append(Line(stripped, page, width=widths[index] if widths else None,
                          indent=len(raw) - len(raw.lstrip())))
    for table in tables:
        _settle_centred_labels(table, lines, page)
    return lines


def _value_lines_above(raw_lines: list[str], index: int, parts: list[tuple[int, str]],
                       lines: list[Line]) -> list[str]:
    """The lines just above a table's first row that are that row's value begun above its label
    (a label set at the middle or the bottom of its cell): each one run, in the value's column,
    each going on mid-sentence into the next and the last into the row's value. Top first."""
    found: list[str] = []
    after = " ".join(parts[1][1].split())
    for back in range(1, 4):
        at = index - back
        if at < 0 or not raw_lines[at].strip() or len(lines) < back or lines[-back].cells:
            break
        above = _parts(unmarked(raw_lines[at]))
        if len(above) != 1 or abs(above[0][0] - parts[1][0]) > 2 or above[0][0] <= parts[0][0]:
            break
        text = " ".join(above[0][1].split())
        if lines[-back].text != text or not _goes_on(text, after):
            break
        found.insert(0, text)
        after = text
    return found


def _torn_line(parts: list[tuple[int, str]], raw_lines: list[str], index: int) -> bool:
    """Whether a line of two runs is one line of a paragraph with a wide gap in it: "Kasper
    starter på           FGU (produktionsgrunduddannelsen," over "køkken) og har et fremmøde på
    mindst 80 %.". The first run stops mid-sentence (three words or more, ending on a comma or a
    small word), and the paragraph goes on below in one run that starts where this line does
    and fills most of its width. A table row's next line is a row too, or the rest of its label
    cell, which is short."""
    first = parts[0][1]
    if len(first.split()) < 3 or not _OPEN_END.search(first):
        return False
    below = next((ln for ln in raw_lines[index + 1:index + 3] if ln.strip()), "")
    below_parts = _parts(unmarked(below)) if below else []
    if len(below_parts) != 1:
        return False
    start, text = below_parts[0]
    end = parts[1][0] + len(parts[1][1])
    return abs(start - parts[0][0]) <= 2 and len(text) >= 0.6 * (end - parts[0][0])


def _settle_centred_labels(table: list[tuple[int, list[list[str]]]], lines: list[Line], page: int) -> None:
    """Give the value lines that stand above a label set at the bottom or the middle of its cell
    (a vertically centred table, a Min Plan print) to that label's row.

    Such a label shares its layout line with the last or the middle line of its value, so the
    value's first lines come before it and read as the row above's. Only a table where at least
    two rows show it is read this way: one label/value row whose value starts in lower case
    ("Periode | fra 1. marts") under a wrapped value is no evidence on its own.
    """
    if len(table) < 3 or any(len(row_lines[0]) != 2 for _, row_lines in table):
        return
    width = max(len(line[1]) for _, row_lines in table for line in row_lines)
    moves = [_lines_of_next_row(table[i][1], table[i + 1][1][0], width) for i in range(len(table) - 1)]
    # (a first row whose value began on the lines above its label shows it too: _value_lines_above)
    lifted = not table[0][1][0][0]
    if sum(1 for moved in moves if moved) + lifted < 2:
        return
    rows = [list(row_lines) for _, row_lines in table]
    for i, moved in enumerate(moves):
        if moved:
            rows[i + 1] = rows[i][-moved:] + rows[i + 1]
            rows[i] = rows[i][:-moved]
    for (index, _), row_lines in zip(table, rows):
        row = _merged(row_lines)
        lines[index] = Line(_row_text(row), page, tuple(row))


_LIST_MARKER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-hA-H][.)]|\(?[ivxIVX]{1,4}[.)])$")


def _lines_of_next_row(row_lines: list[list[str]], cells: list[str], width: int = 0) -> int:
    """How many of the last value lines of a label/value row go on into the next row's value:
    the next label's value goes on from them mid-sentence ("… møder til" over "undervisningen
    mindst 4 ud af 5 dage") and the row's own value ends before them (a full stop, a capital,
    a phone number or an e-mail address)."""
    if not (cells[0] and cells[1]) or len(row_lines) < 2:
        return 0
    values = [line[1] for line in row_lines]
    if not _goes_on(values[-1], cells[1]):
        return 0
    for i in range(len(values) - 1, 0, -1):
        if row_lines[i][0]:
            return 0  # a line with a label cell of its own stays
        if not _goes_on(values[i - 1], values[i]) or (
                width and len(values[i - 1]) + 1 + len(values[i].split()[0]) < 0.8 * width):
            # (a line that stops well short of the column's width, where the next line's first
            # word would have fitted, ends its value: "Mentorstøtte (§ 167)" over "at du …")
            return len(values) - i
    return 0


def _goes_on(before: str, after: str) -> bool:
    """Whether a cell line ``after`` goes on from ``before``: mid-sentence in lower case, or the
    next item of the same list ("– øve bus" under "– være bindeled")."""
    if not before or not after:
        return False
    if after[:1] in _ITEM_MARKS and before[:1] == after[:1]:
        return True
    if not after[:1].islower() or (before.endswith(_SENTENCE_END) and not _ORDINAL_END.search(before)):
        return False  # ("… hver 4." over "uge, hvor …": an ordinal's point ends no sentence)
    # a phone number or an e-mail address ends a contact, unless a comma says more follows
    return before.endswith(",") or not _CONTACT_END.search(before)


_ITEM_MARKS = "–-•·*"
_ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.$")
#: A line that ends in a phone number or an e-mail address ends the contact it gives.
_CONTACT_END = re.compile(r"(?:\d{2}\s?\d{2}|[\w.-]+@[\w-]+(?:\.[\w-]+)+)$")


def _merged(row_lines: list[list[str]]) -> list[str]:
    """The cells of a row from its layout lines, each cell's lines joined."""
    row = list(row_lines[0])
    for line in row_lines[1:]:  # (copies: the caller joins into the row it gets back)
        for slot, text in enumerate(line):
            if text:
                row[slot] = _join_cell(row[slot], text) if row[slot] else text
    return row


def _label_and_value(raw_lines: list[str], index: int, columns: list[int]) -> bool:
    """Whether the line before ``index`` held both a label and a value: the row started there
    with its label, so a label-like line under it is no label set low in a cell of its own."""
    previous = next((raw_lines[j] for j in range(index - 1, max(-1, index - 4), -1) if raw_lines[j].strip()), "")
    parts = _parts(previous)
    return len(parts) == 2 and abs(parts[0][0] - columns[0]) <= _COLUMN_SLACK


def _continues_row(row: list[str], cells: list[str], raw_lines: list[str], index: int,
                   columns: list[int], header: bool) -> bool:
    """Whether a layout line (already split into ``cells``) continues the table row ``row``.

    Without the table's borders a wrapped cell and a new row look alike; the signs used are an
    empty first cell (a wrapped value in a label/value table), text continuing a cell's
    unfinished sentence in lower case, and text alone in the first column under an unfinished
    cell when the table goes on below it.
    """
    filled = [slot for slot, text in enumerate(cells) if text]
    if not cells[0]:
        # A wrapped value, unless a capitalised label and its value fill two later cells: the
        # rows of a label/value table beside a sidebar whose first line shared the table's.
        return not (len(filled) >= 2 and _label_cell(cells[filled[0]])
                    and not _wraps_into(row[filled[0]], cells[filled[0]]))
    wrapped = [slot for slot in filled if _wraps_into(row[slot], cells[slot])]
    if wrapped == filled or 0 in wrapped:
        # A row's first cell is a label or starts a new item; it does not start in lower case.
        return True
    if len(columns) == 2 and filled == [0, 1] and wrapped == [1] and _OPEN_END.search(row[1]) \
            and not row[0].endswith(_SENTENCE_END) and _label_and_value(raw_lines, index, columns):
        # "Formål | Opstart på FGU … og" over "Målet med mentorstøtten | fremmøde 4 af 5 dage.":
        # the value goes on from a small word, so the label cell's line under it is its hint
        return True
    if wrapped and len(columns) >= 3 and not header and all(
            row[slot] and not row[slot].endswith(_SENTENCE_END) for slot in filled):
        # A grid table's cells wrap independently: "Tlf. 12 34 | kalender" under
        # "Anne Hansen | Struktur på ugen og brug af". In a label/value table a capitalised
        # first cell is a new label, and a header row never takes a capitalised line.
        return True
    if filled == [0] and len(columns) >= 3 and row[0] and not row[0].endswith(_SENTENCE_END):
        # Only in a grid table: under a label/value table's last row the same line is far
        # more often the paragraph after the table.
        # An index walk, not a slice: a hostile page of many lines must stay linear.
        following = next((raw_lines[j] for j in range(index + 1, len(raw_lines))
                          if raw_lines[j].strip()), "")
        follow_parts = _parts(following)
        slots = [_column_of(start, text, columns) for start, text in follow_parts]
        return bool(follow_parts) and all(slot >= 0 for slot in slots) and (
            len(slots) >= 2 or follow_parts[0][1][:1].islower())
    return False
