"""Document readers: any supported file -> :class:`~mentordocs.lint.model.ExtractedDocument`.

The format is decided by the file's first bytes, not only its name: archives hold PDFs saved
as ``.docx``, HTML saved as ``.pdf`` and Word 97 files renamed to ``.docx``. Every problem with a
document raises :class:`~mentordocs.lint.model.ReadError` with a code from
:class:`~mentordocs.lint.model.ErrorCode`; nothing else escapes for a bad file.

    >>> doc = read_document(Path("aftale.docx"))
    >>> [b.text for b in doc.blocks if b.kind is BlockKind.HEADING]
"""

from __future__ import annotations

import stat

import io
import zipfile
import zlib
from pathlib import Path, PurePath
from typing import Callable

from mentordocs.lint.limits import DEFAULT_LIMITS, MB, Limits
from mentordocs.lint.model import ErrorCode, ExtractedDocument, ReadError
from mentordocs.lint.readers._errors import DocumentError, localize
from mentordocs.lint.readers.ocr import OcrMode

__all__ = ["read_document", "read_bytes", "detect_format", "read_file_bytes",
           "SUPPORTED_EXTENSIONS", "DOCUMENT_LIKE_EXTENSIONS", "SCAN_IMAGE_EXTENSIONS",
           "DocumentError", "localize", "OcrMode"]

#: Extensions read by a reader.
SUPPORTED_EXTENSIONS = frozenset({".docx", ".docm", ".dotx", ".pdf", ".odt", ".ott", ".txt",
                                  ".md", ".markdown", ".text", ".html", ".htm", ".xhtml", ".rtf",
                                  ".eml"})
#: Extensions of documents that cannot be read but should get a clear error in a folder scan.
#: TIFF is the archive format for scans: read with OCR, or an error without it.
DOCUMENT_LIKE_EXTENSIONS = SUPPORTED_EXTENSIONS | {".doc", ".dot", ".wpd", ".wps", ".pages",
                                                   ".tif", ".tiff"}
#: Image files that are scanned pages when OCR is on; without OCR a folder scan skips them
#: (archives hold logos and photos too), as it skips every file that is not a document.
SCAN_IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_IMAGE_MAGIC = {b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"II*\x00": "TIFF",
                b"MM\x00*": "TIFF", b"GIF8": "GIF"}
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<div",
                b"<p>", b"<p ", b"<h1", b"<table", b"<!--")
_FORMAT_NAMES = {"docx": "DOCX", "pdf": "PDF", "odt": "ODT", "html": "HTML", "rtf": "RTF",
                 "txt": "tekst", "md": "tekst"}


def clear_caches() -> None:
    """Forget the parsed DOCX styles and numbering kept between files (for cold benchmarks)."""
    from mentordocs.lint.readers import docx

    docx._STYLE_CACHE.clear()
    docx._NUMBERING_CACHE.clear()


def read_document(path: Path, limits: Limits = DEFAULT_LIMITS,
                  ocr: OcrMode = OcrMode.NEVER) -> ExtractedDocument:
    """Read the document at ``path``; raises :class:`ReadError` for any problem with the file.
    ``ocr`` says which pages of scans (image-only PDFs, TIFF/PNG/JPEG) are read with OCR."""
    return read_bytes(read_file_bytes(Path(path), limits), str(path), limits, ocr)


def read_file_bytes(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of ``path``, refusing files over ``limits.max_file_size`` before reading them."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO would block the reader until the deadline; a device never ends.
            raise DocumentError(ErrorCode.UNSUPPORTED_FORMAT, "not-a-file")
        size = info.st_size
        if size > limits.max_file_size:
            raise DocumentError(ErrorCode.TOO_LARGE, "file-too-large", size=_mb(size),
                                limit=_mb(limits.max_file_size))
        with path.open("rb") as handle:
            # The file may grow between stat and read; never read past the cap.
            data = handle.read(limits.max_file_size + 1)
    except OSError as exc:
        raise DocumentError(ErrorCode.CORRUPT_FILE, "unreadable",
                            reason=exc.strerror or type(exc).__name__) from None
    if len(data) > limits.max_file_size:
        raise DocumentError(ErrorCode.TOO_LARGE, "file-too-large", size=_mb(len(data)),
                            limit=_mb(limits.max_file_size))
    return data


def read_bytes(data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS,
               ocr: OcrMode = OcrMode.NEVER) -> ExtractedDocument:
    """Read a document held in memory (an upload); ``filename`` gives its extension and name."""
    if len(data) > limits.max_file_size:
        raise DocumentError(ErrorCode.TOO_LARGE, "file-too-large", size=_mb(len(data)),
                            limit=_mb(limits.max_file_size))
    if not data.strip():
        # Nothing to read is "no text", like a scan; the message says the file is empty.
        raise DocumentError(ErrorCode.NO_TEXT, "empty")
    fmt = detect_format(data, filename)
    try:
        if fmt.startswith("image:"):
            from mentordocs.lint.readers.image import read_image_file
            document = read_image_file(data, filename, limits, fmt.partition(":")[2], ocr)
        elif fmt == "pdf":
            from mentordocs.lint.readers.pdf import read_pdf
            document = read_pdf(data, filename, limits, ocr)
        else:
            document = _reader_for(fmt)(data, filename, limits)
    except ReadError:
        raise
    except RecursionError:
        raise DocumentError(ErrorCode.TOO_LARGE, "memory", limit=_mb(limits.max_memory)) from None
    if not any(block.text.strip() for block in document.blocks):
        if fmt == "pdf":
            raise DocumentError(ErrorCode.NO_TEXT, "no-text", pages=document.pages or 0)
        raise DocumentError(ErrorCode.NO_TEXT, "empty-text")
    return document


def detect_format(data: bytes, filename: str) -> str:
    """The reader to use for ``data``: "docx", "pdf", "odt", "html", "rtf", "eml", "txt", "md",
    or "image:PNG", "image:JPEG", "image:TIFF" for a scanned page.

    Raises :class:`ReadError` (``unsupported-format`` or ``corrupt-file``) when there is none.
    """
    ext = PurePath(filename).suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_format(data, ext)
    if head.startswith(_OLE_MAGIC):
        if _ENCRYPTED_OOXML in data[:1_000_000]:
            raise DocumentError(ErrorCode.ENCRYPTED, "ooxml-encrypted")
        if ext in (".doc", ".dot", ".docx", ".docm", ".rtf", ".wps", "") or b"W\x00o\x00r\x00d" in data[:1_000_000]:
            raise DocumentError(ErrorCode.UNSUPPORTED_FORMAT, "legacy-doc")
        raise DocumentError(ErrorCode.UNSUPPORTED_FORMAT, "other-office", ext=ext or "?")
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    for magic, name in _IMAGE_MAGIC.items():
        if head.startswith(magic):
            if name == "GIF":
                raise DocumentError(ErrorCode.UNSUPPORTED_FORMAT, "image", what=name)
            return f"image:{name}"
    text_start = _text_start(head)
    if text_start.startswith(_HTML_STARTS) or (
            text_start.startswith(b"<?xml") and b"<html" in data[:4096].lower()):
        return "html"
    if ext in (".docx", ".docm", ".dotx", ".pdf", ".odt", ".ott", ".doc"):
        expected = "pdf" if ext == ".pdf" else "odt" if ext in (".odt", ".ott") else "docx"
        raise DocumentError(ErrorCode.CORRUPT_FILE, "not-what-it-says", ext=ext,
                            fmt=_FORMAT_NAMES[expected])
    if ext in (".html", ".htm", ".xhtml"):
        return "html"
    if ext == ".eml":
        return "eml"
    if ext in (".md", ".markdown"):
        return "md"
    if ext in (".txt", ".text", ""):
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise DocumentError(ErrorCode.UNSUPPORTED_FORMAT, "unknown-format", ext=ext or "?")
        return "txt"
    raise DocumentError(ErrorCode.UNSUPPORTED_FORMAT, "unknown-format", ext=ext or "?")


def _text_start(head: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            head = head.decode("utf-16", errors="ignore").encode("utf-8")
        except UnicodeError:
            pass
    return head.lstrip().lower()


def _zip_format(data: bytes, ext: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = b""
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
                mimetype = archive.read("mimetype").strip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, ValueError, EOFError, OSError,
            NotImplementedError, RuntimeError):
        raise DocumentError(ErrorCode.CORRUPT_FILE, "bad-zip",
                            fmt=_FORMAT_NAMES.get(ext.lstrip("."), ext.lstrip(".").upper() or "zip")) from None
    if "word/document.xml" in names or any(n.startswith("word/") and n.endswith(".xml")
                                           for n in names):
        return "docx"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text") or (
            "content.xml" in names and ext in (".odt", ".ott")):
        return "odt"
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        raise DocumentError(ErrorCode.UNSUPPORTED_FORMAT, "other-office", ext=ext or "?")
    if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
        raise DocumentError(ErrorCode.UNSUPPORTED_FORMAT, "other-office", ext=ext or "?")
    if ext in (".docx", ".docm", ".dotx", ".odt", ".ott"):
        raise DocumentError(ErrorCode.CORRUPT_FILE, "missing-part",
                            fmt=_FORMAT_NAMES["odt" if ext in (".odt", ".ott") else "docx"],
                            part="word/document.xml" if ext.startswith(".do") else "content.xml")
    raise DocumentError(ErrorCode.UNSUPPORTED_FORMAT, "other-office", ext=ext or "?")


def _reader_for(fmt: str) -> Callable[[bytes, str, Limits], ExtractedDocument]:
    if fmt == "docx":
        from mentordocs.lint.readers.docx import read_docx
        return read_docx
    if fmt == "pdf":
        from mentordocs.lint.readers.pdf import read_pdf
        return read_pdf
    if fmt == "odt":
        from mentordocs.lint.readers.odt import read_odt
        return read_odt
    if fmt == "html":
        from mentordocs.lint.readers.html import read_html
        return read_html
    if fmt == "rtf":
        from mentordocs.lint.readers.rtf import read_rtf
        return read_rtf
    if fmt == "eml":
        from mentordocs.lint.readers.mail import read_email
        return read_email
    from mentordocs.lint.readers.text import read_text
    if fmt == "md":
        return lambda data, path, limits: read_text(data, path, limits, markdown=True)
    return read_text


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",")
