"""PDF reader: pypdf's text layer, regrouped into blocks.

A PDF has no paragraphs or headings, only positioned text; :mod:`._lines` rebuilds them from
the extracted lines. pypdf's ``layout`` mode is used although ``plain`` is about a third faster:
it keeps vertical gaps (paragraph breaks) and column positions, so a "Mentor      Anne Hansen"
table row stays a label cell and a value cell instead of one run-on line. A PDF without a text layer (a scan) is reported as ``no-text`` with a hint
to OCR it, instead of as a document with every field missing.
"""

from __future__ import annotations

import io
import logging
import re

from mentordocs.lint.limits import Limits
from mentordocs.lint.model import ErrorCode, ExtractedDocument
from mentordocs.lint.readers._errors import DocumentError
from mentordocs.lint.readers._lines import Line, blocks_from_lines, drop_repeated_margins

log = logging.getLogger(__name__)

#: Fewer letters than this per page on average means there is no real text layer: a scan with
#: at most a stamp or a page number. A typed agreement page has several hundred.
MIN_LETTERS_PER_PAGE = 25

# pypdf logs warnings about damaged objects at WARNING level; they say nothing the user can act on.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(data: bytes, path: str, limits: Limits) -> ExtractedDocument:
    """Read the text layer of a PDF; page numbers go into each block's location."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
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
    for page in reader.pages:
        try:
            text = _page_text(page)
        except FileNotDecryptedError:
            raise DocumentError(ErrorCode.ENCRYPTED, "pdf-encrypted") from None
        except Exception as exc:  # one damaged page must not lose the others
            log.info("pdf page extraction failed: %s", type(exc).__name__)
            failed += 1
            text = ""
        pages.append([ln.rstrip() for ln in text.replace("\r", "\n").split("\n")])
    if page_count and failed == page_count:
        raise DocumentError(ErrorCode.CORRUPT_FILE, "pdf-broken")
    letters = sum(c.isalpha() for page in pages for ln in page for c in ln)
    if letters < MIN_LETTERS_PER_PAGE * max(page_count, 1):
        raise DocumentError(ErrorCode.NO_TEXT, "no-text", pages=page_count)
    pages = drop_repeated_margins(pages)
    lines = [line for number, page in enumerate(pages, start=1)
             for line in _column_lines(page + [""], number)]
    return ExtractedDocument(path=path, format="pdf", blocks=blocks_from_lines(lines),
                             pages=page_count)


_GAP = re.compile(r" {3,}")


def _page_text(page: object) -> str:
    try:
        return page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True) or ""  # type: ignore[attr-defined]
    except (ZeroDivisionError, ValueError, KeyError, IndexError, TypeError, AttributeError):
        # Layout mode fails on some odd font metrics where plain mode still works.
        return page.extract_text(extraction_mode="plain") or ""  # type: ignore[attr-defined]


def _column_lines(raw_lines: list[str], page: int) -> list[Line]:
    """Lines of one page; label/value rows (wide gaps between columns) become cells.

    A value that wraps onto the next line, indented to the value column, joins the last cell.
    """
    lines: list[Line] = []
    value_column = -1
    for raw in raw_lines:
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip(" "))
        if not stripped:
            # Blank lines come from vertical spacing inside a cell too; keep the column open.
            if not (lines and lines[-1].cells):
                lines.append(Line("", page))
            continue
        parts = _GAP.split(stripped)
        if (value_column > 0 and len(parts) == 1 and indent >= value_column - 2 and lines
                and lines[-1].cells):
            previous = lines[-1]
            cells = previous.cells[:-1] + (previous.cells[-1] + " " + stripped,)
            lines[-1] = Line(" | ".join(cells), page, cells)
            continue
        if len(parts) > 1 and len(parts[0]) == 1 and (not parts[0].isalnum() or parts[0] == "o"):
            # A bullet glyph set apart from its text is a list item, not a table row (Word's
            # second-level bullet is a Courier "o").
            stripped = "• " + " ".join(" ".join(parts[1:]).split())
            parts = [stripped]
        if 2 <= len(parts) <= 6 and len(parts[0]) <= 40:
            cells = tuple(" ".join(p.split()) for p in parts)
            lines.append(Line(" | ".join(cells), page, cells))
            value_column = raw.rfind(parts[-1])
            continue
        value_column = -1
        lines.append(Line(stripped, page))
    return lines
