"""DOCX to PDF with LibreOffice headless: tagged PDF/A-2, many files per call.

LibreOffice takes about a second to start. When a warm converter pool is installed
(:mod:`mentordocs.generate.converter`: ``mentordocs serve``, large ``generate`` batches), both
functions convert through it; otherwise, or while no converter runs, :func:`convert_many`
converts a whole batch in one cold ``soffice`` call. Each cold call gets its own throw-away user
profile (``-env:UserInstallation``): concurrent conversions that share a profile block or fail. The PDF's document language comes from
the DOCX default language (``da-DK`` in the shipped templates' styles), so the PDF says /Lang da.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from mentordocs.generate.converter import ConverterPool

#: PDF/A-2b with a structure tree (tagged PDF) for screen readers (domain.md §3: the Digital
#: Post accessibility guide asks for tagged PDFs with the language set; PDF/A is our archival
#: default, not a Digital Post requirement).
PDF_EXPORT_FILTER = "writer_pdf_Export"
PDF_EXPORT_OPTIONS: dict[str, int | bool] = {"SelectPdfVersion": 2, "UseTaggedPDF": True}
#: The same filter and options as an ``soffice --convert-to`` argument (the cold path); the warm
#: converters (:mod:`mentordocs.generate.converter`) get ``PDF_EXPORT_OPTIONS`` themselves.
PDF_FILTER = f"pdf:{PDF_EXPORT_FILTER}:" + json.dumps(
    {name: {"type": "boolean", "value": str(value).lower()} if isinstance(value, bool)
     else {"type": "long", "value": str(value)} for name, value in PDF_EXPORT_OPTIONS.items()},
    separators=(",", ":"))

DEFAULT_TIMEOUT = 180.0
_CANDIDATES = ("soffice", "libreoffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
               "/opt/libreoffice/program/soffice",
               "/Applications/LibreOffice.app/Contents/MacOS/soffice")


class PdfConversionError(Exception):
    """LibreOffice is missing, timed out or produced no PDF; the message says what to do."""


def find_soffice() -> str:
    """The LibreOffice executable: ``$MENTORDOCS_SOFFICE`` or the first one on PATH."""
    configured = os.environ.get("MENTORDOCS_SOFFICE")
    if configured:
        if shutil.which(configured):
            return configured
        raise PdfConversionError(f"MENTORDOCS_SOFFICE={configured!r} is not an executable")
    for candidate in _CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    raise PdfConversionError(
        "PDF output needs LibreOffice, which was not found. Install it (Debian/Ubuntu: "
        "apt-get install libreoffice-writer-nogui), set MENTORDOCS_SOFFICE to its 'soffice' "
        "program, or choose --format docx.")


def convert_many(docx_files: Sequence[Path], out_dir: Path,
                 timeout: float = DEFAULT_TIMEOUT) -> list[Path]:
    """Convert DOCX files to PDF in ``out_dir`` with one LibreOffice call.

    Returns the PDF paths in input order (``name.docx`` -> ``out_dir/name.pdf``). Input names
    must be unique by stem. Raises :class:`PdfConversionError` if any PDF is missing.
    """
    if not docx_files:
        return []
    stems = [p.stem for p in docx_files]
    if len(set(stems)) != len(stems):
        raise ValueError("convert_many: input file names must be unique")
    from mentordocs.generate import converter

    pool = converter.installed()
    if pool is not None and pool.running():
        return _convert_many_warm(pool, docx_files, out_dir, timeout)
    return _convert_many_cold(docx_files, out_dir, timeout)


def _convert_many_warm(pool: "ConverterPool", docx_files: Sequence[Path], out_dir: Path,
                       timeout: float) -> list[Path]:
    """One file per converter at a time, so the batch never fills the pool's queue; a file
    finding no converter running (all died) takes the cold call."""
    from concurrent.futures import ThreadPoolExecutor

    from mentordocs.generate.converter import NoConverter

    out_dir.mkdir(parents=True, exist_ok=True)

    def one(source: Path) -> Path:
        target = out_dir / f"{source.stem}.pdf"
        try:
            data = pool.convert(source.read_bytes(), bounded=False)
        except NoConverter:
            return _convert_many_cold([source], out_dir, timeout)[0]
        except PdfConversionError as exc:
            raise PdfConversionError(f"{source.name}: {exc}") from None
        target.write_bytes(data)
        return target

    with ThreadPoolExecutor(max_workers=pool.size, thread_name_prefix="pdf") as executor:
        return list(executor.map(one, docx_files))


def _convert_many_cold(docx_files: Sequence[Path], out_dir: Path, timeout: float) -> list[Path]:
    stems = [p.stem for p in docx_files]
    soffice = find_soffice()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mentordocs-lo-") as profile:
        command = [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                   "--norestore", "--nolockcheck", "--convert-to", PDF_FILTER,
                   "--outdir", str(out_dir), *[str(p) for p in docx_files]]
        try:
            completed = subprocess.run(command, capture_output=True, timeout=timeout,
                                       stdin=subprocess.DEVNULL, check=False)
        except subprocess.TimeoutExpired:
            raise PdfConversionError(
                f"LibreOffice did not finish converting {len(docx_files)} file(s) within "
                f"{timeout:.0f} s; try fewer files per call or check that soffice runs "
                "headless on this machine.") from None
    pdfs = [out_dir / f"{stem}.pdf" for stem in stems]
    missing = [p.name for p in pdfs if not p.is_file() or p.stat().st_size == 0]
    if missing:
        detail = (completed.stderr or completed.stdout).decode("utf-8", "replace").strip()
        raise PdfConversionError(
            f"LibreOffice (exit {completed.returncode}) produced no PDF for "
            f"{', '.join(missing)}" + (f": {detail[-500:]}" if detail else ""))
    return pdfs


def convert_bytes(docx: bytes, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """Convert one in-memory DOCX to PDF bytes: on a warm converter if one runs, else cold.

    With a pool installed, :class:`~mentordocs.generate.converter.ConverterBusy` means every
    converter is busy and the queue is full: try again later.
    """
    from mentordocs.generate import converter

    pool = converter.installed()
    if pool is not None:
        try:
            return pool.convert(docx)
        except converter.NoConverter:
            pass  # none running (yet, or any more): the cold call below
    with tempfile.TemporaryDirectory(prefix="mentordocs-pdf-") as tmp:
        source = Path(tmp) / "document.docx"
        source.write_bytes(docx)
        (pdf,) = convert_many([source], Path(tmp) / "out", timeout)
        return pdf.read_bytes()
