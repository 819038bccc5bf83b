"""A syrupy extension that stores a document as the text a reviewer reads.

A DOCX is stored as its readable text (:func:`mentordocs.generate.docxtext.docx_text`: headers,
body and footers marked ``[header]``/``[body]``/``[footer]``, paragraphs in order, table rows as
``cell | cell``), not as bytes, so a changed word shows up as a one-line diff in a review and
the file is byte-stable although a DOCX zip is not meant to be compared byte for byte. Text
formats (txt, md, html) are stored as they are. One ``.txt`` file per snapshot.
"""

from __future__ import annotations

from typing import Any

from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from mentordocs.generate.docxtext import docx_text

_ZIP_MAGIC = b"PK\x03\x04"


def document_text(data: bytes | str) -> str:
    """The readable text of a rendered document: DOCX bytes as normalised text, else UTF-8."""
    if isinstance(data, str):
        return data
    data = bytes(data)
    if data.startswith(_ZIP_MAGIC):
        return docx_text(data)
    return data.decode("utf-8")


class RenderFailed(Exception):
    """Compared in place of a document that could not be made (see ``render_templates``).

    Serialising it raises, so syrupy records the snapshot as used and failed and writes
    nothing: ``pytest --snapshot-update`` does not delete the stored text of a template that
    is broken for the moment (it would otherwise count as unused, since the test never got as
    far as its own assertion).
    """


class DocxTextSnapshotExtension(SingleFileSnapshotExtension):
    """``assert docx_bytes == snapshot.use_extension(DocxTextSnapshotExtension)``."""

    _write_mode = WriteMode.TEXT
    file_extension = "txt"

    def serialize(self, data: Any, **kwargs: Any) -> str:
        if isinstance(data, RenderFailed):
            raise data
        if not isinstance(data, (bytes, bytearray, memoryview, str)):
            raise TypeError(f"DocxTextSnapshotExtension stores documents (bytes or str), "
                            f"not {type(data).__name__}")
        return document_text(data if isinstance(data, str) else bytes(data))
