"""Data passed between the linter's stages. Readers produce a :class:`ExtractedDocument`; the
rule engine turns it into :class:`Finding` values; a :class:`FileResult` is what reporters see.

The JSON shape of :meth:`FileResult.to_dict` is a public contract (issue 3); change it only
with a version bump and a note in the changelog.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Optional


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"


@dataclass(frozen=True)
class Location:
    page: Optional[int] = None
    paragraph: Optional[int] = None

    def to_dict(self) -> dict[str, Optional[int]]:
        return {"page": self.page, "paragraph": self.paragraph}


@dataclass(frozen=True)
class Block:
    """One unit of text in reading order.

    ``text`` is the block's whole text (a table row's cells joined by " | "); ``cells`` holds the
    cells of a table row separately; ``level`` is the heading level (1 = top) or list depth.
    """

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    location: Location = Location()
    level: Optional[int] = None
    cells: tuple[str, ...] = ()
    style: Optional[str] = None


@dataclass
class ExtractedDocument:
    path: str
    format: str  # "docx" | "pdf" | "odt" | "txt" | "html" | "md"
    blocks: list[Block]
    pages: Optional[int] = None
    #: Pages read with OCR (numbered from 1) -> mean word confidence, 0-100.
    ocr_pages: dict[int, float] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


class ErrorCode(StrEnum):
    CORRUPT_FILE = "corrupt-file"
    ENCRYPTED = "encrypted"
    NO_TEXT = "no-text"
    UNSUPPORTED_FORMAT = "unsupported-format"
    TOO_LARGE = "too-large"
    TIMEOUT = "timeout"


class ReadError(Exception):
    """A document that cannot be read. Becomes a per-file error result, never a crash."""

    def __init__(self, code: ErrorCode, message: str):
        self.code = code
        self.message = message
        super().__init__(f"{code.value}: {message}")

    def __reduce__(self) -> tuple[type, tuple[ErrorCode, str]]:
        # Results cross process boundaries in the bulk engine; the default pickling would
        # call ReadError(str) and fail.
        return (ReadError, (self.code, self.message))


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    field: Optional[str] = None
    evidence: Optional[str] = None
    location: Location = Location()
    fix: Optional[str] = None
    #: The finding comes from a page read with OCR (for a finding without a page: from a
    #: document with OCR'd pages); ``ocr_confidence`` is that page's mean confidence, 0-100.
    ocr: bool = False
    ocr_confidence: Optional[float] = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"rule": self.rule, "severity": self.severity.value, "message": self.message,
                "field": self.field, "evidence": self.evidence,
                "location": self.location.to_dict()}
        if self.ocr:
            # Only on findings from OCR'd pages: the shape of every other finding is unchanged.
            data.update(ocr=True, ocr_confidence=self.ocr_confidence)
        return data


@dataclass
class FileResult:
    path: str
    kind: str = "unknown"  # "agreement" | "minplan" | "decision" | "unknown"
    findings: list[Finding] = field(default_factory=list)
    error: Optional[ReadError] = None
    #: SHA-256 of the file's bytes: the key for the result cache and for waivers (baselines).
    sha256: Optional[str] = None
    #: Findings suppressed by a baseline entry; reported only by formats that show waivers.
    waived: list[Finding] = field(default_factory=list)
    #: What the linter read, per field (``--explain``; see :mod:`mentordocs.lint.explain`).
    fields: Optional[dict[str, Any]] = None

    @property
    def status(self) -> str:
        if self.error is not None:
            return "error"
        return "findings" if self.findings else "ok"

    @property
    def has_error_findings(self) -> bool:
        return any(f.severity == Severity.ERROR for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "status": self.status,
            "error": None if self.error is None else {"code": self.error.code.value,
                                                      "message": self.error.message},
            "findings": [f.to_dict() for f in self.findings],
            **({"fields": self.fields} if self.fields is not None else {}),
        }


# -- what field finding produces (mentordocs.lint.fields) -----------------------------------

@dataclass
class Section:
    """A labelled part of the document: its fields (empty for a non-field label), its value."""

    fields: frozenset[str]
    label: str
    block_index: int
    location: Location
    parts: list[tuple[int, str]] = field(default_factory=list)  # (block index, text)
    inline: bool = False      # label and value in the same block or table row
    heading: bool = False     # a heading or label-only line whose value follows it
    weak: bool = False        # label guessed without a colon; only trusted when it validates
    parent: bool = False      # empty heading whose content is the labelled sections below it
    by_value: bool = False    # assigned to its field by the shape of its value, not by its label

    @property
    def value(self) -> str:
        return "\n".join(text for _, text in self.parts if text.strip())


@dataclass
class FieldStatus:
    """What the document says about one field.

    ``state`` is ``present``, ``empty`` (label with no content or a placeholder), ``absent``
    (not found), ``incomplete`` (some but not all of what the field needs, e.g. a mentor name
    without contact data; ``detail`` says what) or ``vague`` (hours without a figure).
    """

    field: str
    state: str
    value: Optional[str] = None
    evidence: Optional[str] = None
    location: Location = Location()
    detail: Optional[str] = None
    # dataclasses.field: the name ``field`` is this class's first attribute
    sections: list[Section] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.state == "present"
