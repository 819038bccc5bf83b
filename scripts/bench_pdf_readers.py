#!/usr/bin/env python3
"""Compare the two PDF text engines of the lint reader on the same PDFs, in one run.

    python scripts/bench_pdf_readers.py                       # /tmp/corpus and corpora E, F, N, P
    python scripts/bench_pdf_readers.py /tmp/corpus /work/corpora/j --no-eval

For every PDF under the given corpora (files under a ``hostile`` folder aside) it measures

* speed: the text layer of every page with pypdf (layout mode, what the reader used before),
  pypdf plain ``extract_text`` (the simple extraction floor of ``bench_lint.py``), PDFium's plain
  text, and PDFium set on pypdf's layout grid (:mod:`mentordocs.lint.readers._pdfium_text`, what
  the reader uses now); ms per page and per file, best of ``--repeat``;
* agreement: pages whose layout lines are identical with both engines;
* quality for the layout stage (columns, wraps, reading order): ``mentordocs lint`` on each
  corpus with ``MENTORDOCS_PDF_ENGINE=pypdf`` and ``=pdfium``, scored against the corpus's
  EXPECTED.jsonl (macro F1 and kind accuracy, as ``scripts/evaluate.py``);
* hostile files: what each library does with every PDF under ``hostile`` folders and the test
  fixtures (opens, pages, text or the error), and what the reader reports.
"""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import click

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from mentordocs.lint.limits import DEFAULT_LIMITS  # noqa: E402
from mentordocs.lint.model import ReadError  # noqa: E402
from mentordocs.lint.readers import read_bytes  # noqa: E402
from mentordocs.lint.readers._pdfium_text import page_layout_text  # noqa: E402
from mentordocs.lint.readers.pdf import _layout_text  # noqa: E402

logging.getLogger("pypdf").setLevel(logging.CRITICAL)

DEFAULT_CORPORA = [Path("/tmp/corpus"), Path("/work/corpora/e"), Path("/work/corpora/f"),
                   Path("/work/corpora/n"), Path("/work/corpora/p")]


def _pypdf_pages(data: bytes) -> list[Any]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    return list(reader.pages)


def _pypdf_layout(data: bytes) -> list[str]:
    return [_layout_text(page) for page in _pypdf_pages(data)]


def _pypdf_plain(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in _pypdf_pages(data)]


def _pdfium(data: bytes, layout: bool) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    texts = []
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(page_layout_text(page.raw, textpage) if layout
                         else textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        document.close()
    return texts


ENGINES: dict[str, Callable[[bytes], list[str]]] = {
    "pypdf layout (before)": _pypdf_layout,
    "pypdf plain (the floor)": _pypdf_plain,
    "pdfium plain text": lambda data: _pdfium(data, layout=False),
    "pdfium on the layout grid (now)": lambda data: _pdfium(data, layout=True),
}


def _pdfs(corpora: list[Path]) -> list[Path]:
    return sorted(p for corpus in corpora for p in corpus.rglob("*.pdf")
                  if "hostile" not in p.parts and p.is_file())


def _speed(datas: list[bytes], repeat: int) -> None:
    click.echo(f"\n== speed: {len(datas)} PDFs, best of {repeat}")
    click.echo(f"{'engine':<34}{'ms/file':>9}{'ms/page':>9}{'pages':>7}{'failed':>8}")
    for name, engine in ENGINES.items():
        best, pages, failed = float("inf"), 0, 0
        for _ in range(repeat):
            pages = failed = 0
            started = time.perf_counter()
            for data in datas:
                try:
                    pages += len(engine(data))
                except Exception:  # a file one library cannot open counts as failed
                    failed += 1
            best = min(best, time.perf_counter() - started)
        click.echo(f"{name:<34}{1000 * best / len(datas):9.2f}{1000 * best / max(pages, 1):9.2f}"
                   f"{pages:7d}{failed:8d}")


def _agreement(datas: list[bytes]) -> None:
    same = differ = 0
    for data in datas:
        try:
            before, now = _pypdf_layout(data), _pdfium(data, layout=True)
        except Exception:
            continue
        for a, b in zip(before, now):
            lines_a = [ln.rstrip() for ln in a.split("\n")]
            lines_b = [ln.rstrip() for ln in b.split("\n")]
            while lines_a and not lines_a[-1]:
                lines_a.pop()
            while lines_b and not lines_b[-1]:
                lines_b.pop()
            same, differ = (same + 1, differ) if lines_a == lines_b else (same, differ + 1)
    click.echo(f"\n== layout lines identical with both engines: {same} of {same + differ} pages")


def _quality(corpora: list[Path], jobs: int) -> None:
    from corpus.evaluation import score
    from corpus.manifest import read_manifest

    click.echo("\n== quality: mentordocs lint per engine, scored against EXPECTED.jsonl")
    click.echo(f"{'corpus':<24}{'PDFs':>6}{'engine':>8}{'macro F1':>10}{'kind acc':>10}")
    for corpus in corpora:
        if not (corpus / "EXPECTED.jsonl").is_file():
            continue
        for engine in ("pypdf", "pdfium"):
            env = dict(os.environ, MENTORDOCS_PDF_ENGINE=engine, PYTHONIOENCODING="utf-8",
                       PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
            with tempfile.NamedTemporaryFile(suffix=".json") as out:
                subprocess.run([sys.executable, "-m", "mentordocs", "lint", str(corpus), "--format",
                                "json", "--no-cache", "--no-progress", "--jobs", str(jobs), "-o",
                                out.name], env=env, capture_output=True, check=False)
                data = json.loads(Path(out.name).read_text(encoding="utf-8"))
            evaluation = score(read_manifest(corpus), data, corpus)
            pdfs = sum(1 for _ in corpus.rglob("*.pdf"))
            click.echo(f"{corpus.name or str(corpus):<24}{pdfs:6d}{engine:>8}"
                       f"{evaluation.macro_f1:10.3f}{evaluation.kind_accuracy:10.3f}")


def _hostile(folders: list[Path]) -> None:
    files = sorted({p for folder in folders for p in folder.rglob("*.pdf")
                    if "hostile" in p.parts or "tests" in p.parts})
    click.echo(f"\n== hostile and test PDFs: {len(files)}")
    click.echo(f"{'file':<34}{'pypdf':<26}{'pdfium':<26}{'reader (now)':<20}")
    for path in files:
        data = path.read_bytes()
        cells = []
        for engine in (_pypdf_layout, lambda d: _pdfium(d, layout=True)):
            try:
                texts = engine(data)
                letters = sum(c.isalpha() for t in texts for c in t)
                cells.append(f"{len(texts)} p, {letters} letters")
            except Exception as exc:  # what each library raises is the point here
                cells.append(type(exc).__name__)
        try:
            document = read_bytes(data, path.name, DEFAULT_LIMITS)
            outcome = f"read, {len(document.blocks)} blocks"
        except ReadError as error:
            outcome = error.code.value
        click.echo(f"{path.name[:33]:<34}{cells[0][:25]:<26}{cells[1][:25]:<26}{outcome:<20}")


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("corpora", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--repeat", type=click.IntRange(1), default=2, show_default=True)
@click.option("--jobs", type=click.IntRange(1), default=2, show_default=True,
              help="Workers for the lint runs of the quality table.")
@click.option("--eval/--no-eval", "evaluate", default=True, show_default=True,
              help="Lint and score every corpus with each engine.")
def main(corpora: tuple[Path, ...], repeat: int, jobs: int, evaluate: bool) -> None:
    """pypdf against PDFium: speed, agreement, quality and hostile files, in one run."""
    chosen = list(corpora) or [c for c in DEFAULT_CORPORA if c.is_dir()]
    files = _pdfs(chosen)
    if not files:
        raise click.UsageError("No PDFs in the corpora given.")
    datas = [p.read_bytes() for p in files]
    click.echo(f"corpora: {', '.join(str(c) for c in chosen)}")
    _speed(datas, repeat)
    _agreement(datas)
    if evaluate:
        _quality(chosen, jobs)
    _hostile(chosen + [ROOT / "tests"])


if __name__ == "__main__":
    main()
