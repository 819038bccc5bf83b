"""Which documents mentordocs writes and in which formats: cheap to import (the CLI needs it
to build its options before any template engine is loaded)."""

from __future__ import annotations

from mentordocs.domain.fields import DocumentKind

DOCUMENTS: tuple[str, ...] = tuple(k.value for k in DocumentKind if k is not DocumentKind.UNKNOWN)

#: The formats each document can be written in; the first is the default.
FORMATS: dict[str, tuple[str, ...]] = {
    "minplan": ("txt", "md", "html"),
    "agreement": ("docx", "pdf", "txt"),
    "decision": ("docx", "pdf"),
}
DEFAULT_FORMAT = {document: formats[0] for document, formats in FORMATS.items()}
