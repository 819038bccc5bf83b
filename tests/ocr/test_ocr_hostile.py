"""Hostile and heavy scans give a clean per-file result within the worker's limits: images that
declare more pixels than PIL's limit (decompression bombs), scans of hundreds of pages, damaged
images, and OCR that overruns the deadline."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from .scans import image_pdf, page_image, tesseract_missing, tiff, write

from mentordocs.lint.engine import lint_bytes, lint_paths
from mentordocs.lint.limits import DEFAULT_LIMITS
from mentordocs.lint.model import ErrorCode
from mentordocs.lint.readers import OcrMode
from mentordocs.lint.rules import load_pack

pytestmark = pytest.mark.skipif(bool(tesseract_missing()), reason=tesseract_missing() or "-")

AGREEMENT = Path(__file__).parents[1] / "readers" / "compliant_agreement.txt"


def _png_bomb(width: int, height: int) -> bytes:
    """A valid PNG header declaring ``width`` x ``height`` pixels over a few bytes of data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 4096, 9)) + chunk(b"IEND", b""))


def _pdf_with_image_bomb(width: int, height: int) -> bytes:
    """An image-only PDF page whose image declares ``width`` x ``height`` pixels."""
    data = zlib.compress(b"\x00" * 65536, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
    ]
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    offsets.append(out.tell())
    out.write(b"4 0 obj\n<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream\nendobj\n")
    offsets.append(out.tell())
    out.write(b"5 0 obj\n<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace "
              b"/DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /Length %d >>\nstream\n"
              % (width, height, len(data)) + data + b"\nendstream\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 6\n0000000000 65535 f \n")
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def _lint(data: bytes, name: str):
    return lint_bytes(data, name, load_pack("default"), ocr=OcrMode.AUTO, lang="en")


def test_png_declaring_more_pixels_than_the_limit_is_too_large_without_decoding():
    result = _lint(_png_bomb(40_000, 40_000), "bombe.png")
    assert result.error is not None
    assert result.error.code is ErrorCode.TOO_LARGE
    assert "1600 megapixels" in result.error.message


def test_pdf_scan_whose_image_declares_a_gigapixel_is_too_large():
    result = _lint(_pdf_with_image_bomb(40_000, 40_000), "bombe.pdf")
    assert result.error is not None
    assert result.error.code is ErrorCode.TOO_LARGE
    assert "decompression bomb" in result.error.message


def test_scan_of_more_pages_than_ocr_reads_is_too_large_before_any_ocr():
    small = Image.new("L", (60, 85), 255)
    result = _lint(image_pdf([small] * 300, 10), "hele-sagen.pdf")
    assert result.error is not None
    assert result.error.code is ErrorCode.TOO_LARGE
    assert f"at most {DEFAULT_LIMITS.max_ocr_pages} pages" in result.error.message


def test_tiff_of_more_frames_than_ocr_reads_is_too_large():
    small = Image.new("L", (60, 85), 255)
    result = _lint(tiff([small] * (DEFAULT_LIMITS.max_ocr_pages + 1), 10), "hele-sagen.tif")
    assert result.error is not None
    assert result.error.code is ErrorCode.TOO_LARGE


def test_truncated_image_is_a_corrupt_file():
    buffer = io.BytesIO()
    page_image(["Aftale om mentorstøtte"], 100).save(buffer, format="PNG")
    result = _lint(buffer.getvalue()[:400], "afbrudt.png")
    assert result.error is not None
    assert result.error.code is ErrorCode.CORRUPT_FILE
    assert "PNG" in result.error.message


def test_gif_is_still_unsupported():
    buffer = io.BytesIO()
    page_image(["Aftale"], 50).save(buffer, format="GIF")
    result = _lint(buffer.getvalue(), "logo.gif")
    assert result.error is not None
    assert result.error.code is ErrorCode.UNSUPPORTED_FORMAT


def test_images_are_unsupported_with_ocr_never():
    buffer = io.BytesIO()
    page_image(["Aftale om mentorstøtte"], 100).save(buffer, format="PNG")
    result = lint_bytes(buffer.getvalue(), "side.png", load_pack("default"), ocr=OcrMode.NEVER,
                        lang="en")
    assert result.error is not None
    assert result.error.code is ErrorCode.UNSUPPORTED_FORMAT
    assert "--ocr auto" in result.error.message


def test_ocr_that_overruns_the_deadline_is_killed_and_the_batch_goes_on(tmp_path):
    lines = AGREEMENT.read_text(encoding="utf-8").splitlines()
    write(tmp_path / "lang-scanning.pdf", image_pdf([page_image(lines, 300)] * 20, 300))
    write(tmp_path / "aftale.txt", AGREEMENT.read_bytes())
    results = {Path(r.path).name: r for r in lint_paths([tmp_path], load_pack("default"), jobs=1,
                                                       timeout=1, ocr=OcrMode.AUTO)}
    assert results["lang-scanning.pdf"].error.code is ErrorCode.TIMEOUT
    assert results["aftale.txt"].error is None


def test_folder_scan_picks_up_scanned_images_only_with_ocr(tmp_path):
    from mentordocs.lint.engine import discover

    write(tmp_path / "side1.jpg", b"")
    write(tmp_path / "side2.png", b"")
    write(tmp_path / "aftale.tif", b"")
    assert [p.name for p in discover([tmp_path])] == ["aftale.tif"]
    assert [p.name for p in discover([tmp_path], images=True)] == ["aftale.tif", "side1.jpg",
                                                                   "side2.png"]


@pytest.mark.slow
def test_600_dpi_scan_is_read_within_the_worker_limits(tmp_path):
    lines = AGREEMENT.read_text(encoding="utf-8").splitlines()
    write(tmp_path / "fin.tif", tiff([page_image(lines, 600)], 600))
    [result] = lint_paths([tmp_path], load_pack("default"), jobs=1, timeout=60, ocr=OcrMode.AUTO)
    assert result.error is None
    assert result.kind == "agreement"
    assert result.findings == []
