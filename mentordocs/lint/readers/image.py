"""Image reader: a scanned page saved as PNG, JPEG or (multi-page) TIFF, read with OCR.

Each image, or each frame of a TIFF, is a page. Its size is checked against
``limits.max_image_pixels`` before any pixel is decoded, so a decompression bomb (a few
kilobytes declaring a gigapixel image) is refused as ``too-large``; PIL's own limit is set to the
same value as a second guard for everything it decodes. The OCR'd pages go through the PDF reader's layout stage.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from mentordocs.lint.limits import Limits
from mentordocs.lint.model import ErrorCode, ExtractedDocument
from mentordocs.lint.readers._errors import DocumentError
from mentordocs.lint.readers.ocr import DEFAULT_DPI, OcrMode, available, read_image

log = logging.getLogger(__name__)

#: Image formats read with OCR, by PIL's name for them.
OCR_FORMATS = frozenset({"PNG", "JPEG", "TIFF"})


def read_image_file(data: bytes, path: str, limits: Limits, what: str,
                    ocr: OcrMode = OcrMode.NEVER) -> ExtractedDocument:
    """OCR every page of an image file; ``what`` is its format ("PNG", "JPEG", "TIFF")."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from mentordocs.lint.readers.pdf import MIN_LETTERS_PER_PAGE, document_from_pages

    if ocr is OcrMode.NEVER or what not in OCR_FORMATS or not available():
        raise DocumentError(ErrorCode.UNSUPPORTED_FORMAT, "image", what=what)
    pages: list[list[str]] = []
    confidences: dict[int, float] = {}
    try:
        # Opening reads only the header; the size is checked below, frame by frame, before any
        # pixel is decoded, so the report can say how large the image claims to be.
        Image.MAX_IMAGE_PIXELS = None
        image = Image.open(io.BytesIO(data))
        Image.MAX_IMAGE_PIXELS = limits.max_image_pixels
        with image:
            frames = getattr(image, "n_frames", 1)
            if frames > limits.max_ocr_pages:
                raise DocumentError(ErrorCode.TOO_LARGE, "ocr-too-many-pages", pages=frames,
                                    limit=limits.max_ocr_pages)
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                _check_size(frame, limits)
                dpi = _dpi(frame)
                dpi = _draft(frame, dpi)
                page = read_image(frame.copy(), dpi)
                pages.append(page.lines)
                if any(line.strip() for line in page.lines):
                    confidences[number] = page.confidence
    except DocumentError:
        raise
    except Image.DecompressionBombError:
        raise DocumentError(ErrorCode.TOO_LARGE, "image-too-large",
                            pixels=f"> {limits.max_image_pixels / 1e6:.0f}",
                            limit=f"{limits.max_image_pixels / 1e6:.0f}") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        # PIL raises these for truncated and damaged files (SyntaxError for a bad TIFF header).
        log.info("image decoding failed: %s", type(exc).__name__)
        raise DocumentError(ErrorCode.CORRUPT_FILE, "image-broken", what=what) from None
    finally:
        Image.MAX_IMAGE_PIXELS = limits.max_image_pixels
    letters = sum(c.isalpha() for page in pages for line in page for c in line)
    if letters < MIN_LETTERS_PER_PAGE * max(len(pages), 1):
        raise DocumentError(ErrorCode.NO_TEXT, "ocr-no-text", pages=len(pages))
    return document_from_pages(pages, path, "image", confidences)


def _check_size(frame: Any, limits: Limits) -> None:
    width, height = frame.size
    if width * height > limits.max_image_pixels:
        raise DocumentError(ErrorCode.TOO_LARGE, "image-too-large",
                            pixels=f"{width * height / 1e6:.0f}",
                            limit=f"{limits.max_image_pixels / 1e6:.0f}")


def _dpi(frame: Any) -> float:
    """The resolution the image states, or :data:`DEFAULT_DPI` (a scanner's usual 200)."""
    dpi = frame.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if 30 <= value <= 10_000 else DEFAULT_DPI


def _draft(frame: Any, dpi: float) -> float:
    """Let a JPEG decode at a reduced size when it is finer than OCR needs (cheap: DCT
    scaling); returns the resolution of what will be decoded."""
    from mentordocs.lint.readers.ocr import TARGET_DPI

    if frame.format != "JPEG" or dpi <= 2 * TARGET_DPI:
        return dpi
    width = frame.width
    scale = TARGET_DPI / dpi
    frame.draft("L", (int(frame.width * scale), int(frame.height * scale)))
    return dpi * frame.width / max(width, 1)
