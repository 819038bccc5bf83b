"""Opening zip-based documents (DOCX, ODT) and parsing their XML parts safely.

Both formats are zip packages of XML parts, which makes them the natural carrier for zip bombs,
XXE and entity expansion. Sizes are checked against the central directory before anything is
inflated, and XML is parsed without DTDs, entities or network access; a part that declares a
DOCTYPE is refused outright, because neither Word nor LibreOffice ever writes one.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from mentordocs.lint.limits import MB, Limits
from mentordocs.lint.model import ErrorCode
from mentordocs.lint.readers._errors import DocumentError


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                           load_dtd=False, dtd_validation=False, remove_comments=True,
                           remove_pis=True, collect_ids=False)


#: lxml parsers are not thread-safe, but each worker process is single-threaded; reuse saves time.
_PARSER = _parser()


def parse_xml(data: bytes, part: str) -> etree._Element:
    """Parse one XML part, refusing DOCTYPEs and never resolving an entity."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        # libxml2 itself stops some entity bombs; say why the file is refused, not just "bad".
        key = "doctype" if _declares_doctype(data) else "bad-xml"
        raise DocumentError(ErrorCode.CORRUPT_FILE, key, part=part) from None
    if root is None:
        raise DocumentError(ErrorCode.CORRUPT_FILE, "bad-xml", part=part)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise DocumentError(ErrorCode.CORRUPT_FILE, "doctype", part=part)
    return root


def _declares_doctype(data: bytes) -> bool:
    head = data[:4096]
    return b"<!DOCTYPE" in head or "<!DOCTYPE".encode("utf-16-le") in head


class Package:
    """A zip package whose declared sizes have been checked against :class:`Limits`."""

    def __init__(self, data: bytes, fmt: str, limits: Limits):
        self.fmt = fmt
        self.limits = limits
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
            raise DocumentError(ErrorCode.CORRUPT_FILE, "bad-zip", fmt=fmt) from None
        self._check(infos)
        self.infos = {info.filename: info for info in infos}

    def _check(self, infos: list[zipfile.ZipInfo]) -> None:
        limits = self.limits
        if len(infos) > limits.max_zip_entries:
            raise DocumentError(ErrorCode.TOO_LARGE, "zip-too-many", count=len(infos),
                                limit=limits.max_zip_entries)
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise DocumentError(ErrorCode.ENCRYPTED, "zip-encrypted")
            size = info.file_size
            total += size
            if size > limits.max_part_size:
                raise DocumentError(ErrorCode.TOO_LARGE, "zip-part-too-large", size=_mb(size),
                                    limit=_mb(limits.max_part_size))
            if size > limits.ratio_check_min_size:
                ratio = size / max(info.compress_size, 1)
                if ratio > limits.max_compression_ratio:
                    raise DocumentError(ErrorCode.TOO_LARGE, "zip-ratio", ratio=int(ratio),
                                        limit=int(limits.max_compression_ratio))
        if total > limits.max_total_uncompressed:
            raise DocumentError(ErrorCode.TOO_LARGE, "zip-total-too-large", size=_mb(total),
                                limit=_mb(limits.max_total_uncompressed))

    def has(self, name: str) -> bool:
        return name in self.infos

    def names(self) -> list[str]:
        return list(self.infos)

    def read(self, name: str) -> bytes:
        """The bytes of one part; never more than its declared (already checked) size."""
        info = self.infos.get(name)
        if info is None:
            raise DocumentError(ErrorCode.CORRUPT_FILE, "missing-part", fmt=self.fmt, part=name)
        try:
            with self.zip.open(info) as stream:
                # zipfile stops at the declared size; the extra byte detects a bigger stream.
                data = stream.read(info.file_size + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError, RuntimeError):
            # A damaged deflate stream, a CRC mismatch, an unsupported compression method.
            raise DocumentError(ErrorCode.CORRUPT_FILE, "bad-zip", fmt=self.fmt) from None
        if len(data) > info.file_size:
            raise DocumentError(ErrorCode.TOO_LARGE, "zip-part-too-large", size=_mb(len(data)),
                                limit=_mb(self.limits.max_part_size))
        return data

    def xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), name)


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",")
