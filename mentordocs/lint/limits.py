"""Resource limits for reading untrusted documents.

Every archive holds some file that is broken, hostile or simply enormous. These limits turn such
a file into a per-file ``too-large`` or ``timeout`` result instead of a stalled or crashed batch.
All limits live in one frozen dataclass so the CLI, the web form and the engine agree on them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Caps applied before and while a document is read.

    The zip caps are checked against the sizes the zip's central directory declares, before any
    part is decompressed; :mod:`zipfile` then refuses to inflate a part beyond its declared size,
    so a lying header cannot get past them either.
    """

    #: Largest file accepted at all (bytes on disk or uploaded).
    max_file_size: int = 50 * MB
    #: Largest declared uncompressed size of one zip part (document.xml, content.xml, ...).
    max_part_size: int = 64 * MB
    #: Largest declared uncompressed size of all zip parts together.
    max_total_uncompressed: int = 256 * MB
    #: Largest compression ratio of a part bigger than ``ratio_check_min_size``. Word XML
    #: compresses 5-30x; a zip bomb compresses hundreds or thousands of times.
    max_compression_ratio: float = 200.0
    ratio_check_min_size: int = 1 * MB
    #: Most entries a DOCX/ODT zip may have (real documents have tens; images add a few).
    max_zip_entries: int = 5000
    #: Most PDF pages read; an agreement has a handful, a 2000-page PDF is not an agreement.
    max_pdf_pages: int = 300
    #: Most pages read with OCR in one file (a page costs about a second); a scan of a whole
    #: case folder is not one agreement.
    max_ocr_pages: int = 30
    #: Largest image (pixels) decoded for OCR: PIL's own decompression-bomb limit. An A4 page
    #: at 600 dpi has 35 million.
    max_image_pixels: int = 89_478_485
    #: Address-space limit (bytes) of a worker process, on top of what it uses at start.
    max_memory: int = 1024 * MB

    def with_file_size_mb(self, megabytes: float) -> "Limits":
        """A copy with another ``max_file_size``, given in megabytes as on the command line."""
        return replace(self, max_file_size=int(megabytes * MB))


DEFAULT_LIMITS = Limits()

