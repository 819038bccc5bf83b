#!/usr/bin/env python3
"""Measure what OCR costs: seconds per scanned page, and an archive's throughput with scans.

    python scripts/bench_ocr.py                    # 80 text-born documents + 20 scans
    python scripts/bench_ocr.py --count 200 --jobs 2 --repeat 2

It prints

1. OCR time per page, in this process, for A4 pages of the sample cases' agreements scanned at
   200 and 300 dpi (upright, and a quarter turn so orientation detection has work): render the
   page from the PDF (PDFium), turn it upright, deskew, recognise, set the words on the grid;
2. ``lint_paths`` with ``--jobs`` workers and ``--ocr auto`` over an archive where 20 % of the
   documents are image-only PDF scans, against the same archive with the DOCX each scan was
   made from in its place (same number of documents, no scans), in files/s and seconds;
3. the same scan archive again with the result cache: what a re-run costs.

The scans are drawn as the tests draw them (``tests/ocr/scans.py``): the agreement's text
typeset on A4, a light skew and speckle. The text-born documents come from
``scripts/make_corpus.py`` (DOCX, ODT, HTML, TXT; no LibreOffice needed).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import click

from tests.ocr.scans import document_pages, image_pdf

ROOT = Path(__file__).resolve().parents[1]


def _agreements() -> list[tuple[str, bytes, str]]:
    """(case name, DOCX, text) of every sample case that has an agreement."""
    from mentordocs.case import load_case
    from mentordocs.generate import GenerationError, Generator

    generator = Generator()
    found = []
    for path in sorted((ROOT / "samples" / "cases").glob("*.yaml")):
        case = load_case(path)
        try:
            generator.check(case, "agreement", "docx")
        except GenerationError:
            continue
        found.append((path.stem, generator.render(case, "agreement", "docx"),
                      generator.render(case, "agreement", "txt").decode("utf-8")))
    return found


def ocr_seconds_per_page(agreements: list[tuple[str, bytes, str]], dpi: int,
                         turn: int) -> tuple[float, float, int]:
    """(median, mean) seconds per page and the page count, OCR of image-only PDF pages."""
    from mentordocs.lint.limits import DEFAULT_LIMITS
    from mentordocs.lint.readers import OcrMode, read_bytes
    from mentordocs.lint.readers.ocr import read_image
    from mentordocs.lint.readers.pdf import _Renderer

    # Load the model once before timing, as a worker does for its first page.
    read_bytes(image_pdf(document_pages(agreements[0][2], dpi)[:1], dpi), "warm.pdf",
               ocr=OcrMode.AUTO)
    times: list[float] = []
    for _, _, text in agreements:
        pages = document_pages(text, dpi, angle=turn or 1.0, noise=0.0003)
        data = image_pdf(pages, dpi)
        with _Renderer(data) as renderer:
            for index in range(len(pages)):
                start = time.perf_counter()
                read_image(renderer.render(index, DEFAULT_LIMITS), 300)
                times.append(time.perf_counter() - start)
    return statistics.median(times), statistics.fmean(times), len(times)


def build_archives(base: Path, count: int, seed: int,
                   agreements: list[tuple[str, bytes, str]]) -> tuple[Path, Path, int]:
    """Two archives of ``count`` documents: one with 20 % scans, one with their DOCX instead."""
    from corpusgen.corpus.build import build_corpus

    scans = count // 5
    corpus = base / "corpus"
    build_corpus(corpus, count - scans, seed, ["docx", "odt", "html", "txt"], hostile=False)
    with_scans, without_scans = base / "with-scans", base / "without-scans"
    for target in (with_scans, without_scans):
        shutil.copytree(corpus, target, ignore=shutil.ignore_patterns("EXPECTED.jsonl"))
        (target / "scans").mkdir()
    for number in range(scans):
        name, docx, text = agreements[number % len(agreements)]
        dpi = 300 if number % 2 else 200
        pages = document_pages(text, dpi, angle=(-1) ** number * 0.8, noise=0.0003)
        (with_scans / "scans" / f"{number:03d}-{name}.pdf").write_bytes(image_pdf(pages, dpi))
        (without_scans / "scans" / f"{number:03d}-{name}.docx").write_bytes(docx)
    return with_scans, without_scans, scans


def lint_seconds(folder: Path, jobs: int, cache: object = None) -> tuple[float, int, int]:
    """Seconds for ``lint_paths`` over ``folder``, the number of files and of read errors."""
    from mentordocs.lint.engine import lint_paths
    from mentordocs.lint.readers import OcrMode
    from mentordocs.lint.rules import load_pack

    pack = load_pack("default")
    start = time.perf_counter()
    results = list(lint_paths([folder], pack, jobs=jobs, timeout=120, ocr=OcrMode.AUTO,
                              cache=cache))  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    return elapsed, len(results), sum(r.error is not None for r in results)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--count", type=click.IntRange(min=10), default=100, show_default=True,
              help="Documents per archive; a fifth of them are scans.")
@click.option("--jobs", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--repeat", type=click.IntRange(min=1), default=1, show_default=True,
              help="Runs per archive; the best is reported.")
@click.option("--seed", type=int, default=9, show_default=True)
def main(count: int, jobs: int, repeat: int, seed: int) -> None:
    """Print OCR seconds per page and archive throughput with and without 20 % scans."""
    from mentordocs.lint.cache import ResultCache
    from mentordocs.lint.readers.ocr import engine_id, unavailable_reason

    if unavailable_reason():
        raise click.ClickException(f"OCR is not available: {unavailable_reason()}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
          f"{engine_id()}")
    agreements = _agreements()
    print("\nOCR per page (in this process; render + orientation + deskew + recognition + layout)")
    for dpi in (200, 300):
        for turn in (0, 90):
            median, mean, pages = ocr_seconds_per_page(agreements, dpi, turn)
            print(f"  {dpi} dpi, {'upright' if turn == 0 else 'quarter turn'}: "
                  f"median {median:.2f} s/page, mean {mean:.2f} s/page ({pages} pages)")
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        with_scans, without_scans, scans = build_archives(Path(tmp), count, seed, agreements)
        print(f"\nArchive of {count} documents, --jobs {jobs}, --ocr auto, no cache "
              f"(best of {repeat})")
        figures = {}
        for label, folder in (("without scans", without_scans), (f"with {scans} scans (20 %)", with_scans)):
            best = min(lint_seconds(folder, jobs) for _ in range(repeat))
            figures[label] = best
            seconds, files, errors = best
            print(f"  {label:24s} {seconds:7.1f} s  {files / seconds:7.1f} files/s  "
                  f"({files} files, {errors} unreadable)")
        (plain, _, _), (scanned, _, _) = figures.values()
        print(f"  the scans make the run {scanned / plain:.1f}x as long; "
              f"{(scanned - plain) / scans:.2f} s per scanned document on {jobs} workers")
        cache = ResultCache(Path(tmp) / "cache", pack_hash="bench", version="bench")
        lint_seconds(with_scans, jobs, cache)
        seconds, files, _ = lint_seconds(with_scans, jobs, cache)
        print(f"  re-run with the result cache: {seconds:.2f} s ({files} files, "
              f"{cache.hits} cache hits)")
        cache.close()


if __name__ == "__main__":
    main()
