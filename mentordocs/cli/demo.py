"""``mentordocs demo``: the main job on the shipped samples, end to end.

Generates every document for every case in ``samples/cases/`` and lints the sample archive
``samples/agreements/``, writing everything under one output folder and printing where.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from mentordocs.paths import PACKAGE_DIR

if TYPE_CHECKING:
    from mentordocs.case import Case
    from mentordocs.generate import Generator

SAMPLES_DIR = PACKAGE_DIR.parent / "samples"


@click.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out"), show_default=True, help="Folder to write everything into.")
@click.option("--samples", "samples_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=SAMPLES_DIR, show_default=True, help="The samples folder (cases/ and agreements/).")
@click.option("--pdf/--no-pdf", default=True, show_default=True,
              help="Also convert the Word documents to PDF (needs LibreOffice).")
def demo(out_dir: Path, samples_dir: Path, pdf: bool) -> None:
    """Generate all documents for the sample cases and lint the sample archive."""
    from mentordocs.case import load_case_result
    from mentordocs.generate import FORMATS, Generator

    case_files = sorted(p for p in (samples_dir / "cases").glob("*.y*ml"))
    cases = []
    for path in case_files:
        result = load_case_result(path)
        if not result.ok or result.case is None:
            click.echo(f"skipping {path}: {len(result.errors)} validation error(s)", err=True)
            continue
        cases.append((path, result.case))

    generator = Generator()
    written: list[Path] = []
    for document, formats in FORMATS.items():
        for fmt in formats:
            if fmt == "pdf" and not pdf:
                continue
            batch = [case for _, case in cases if _applies(generator, case, document, fmt)]
            if batch:
                # One call per document and format: PDFs convert in a single LibreOffice run.
                written += generator.write_many(batch, document, fmt, out_dir / "documents" / document)
    click.echo(f"Generated {len(written)} documents for {len(cases)} sample cases in "
               f"{out_dir / 'documents'}/")

    agreements = samples_dir / "agreements"
    if not agreements.is_dir():
        sys.exit(0)
    from mentordocs.cli.lint import lint as lint_command

    click.echo(f"Linting the sample archive {agreements} ...")
    ctx = click.get_current_context()
    reports = [("html", "lint-report.html"), ("json", "lint-report.json"), ("text", "lint-report.txt")]
    for fmt, name in reports:
        try:
            ctx.invoke(lint_command, paths=(agreements,), fmt=fmt, output_file=out_dir / name,
                       statistics=True, progress=False)
        except SystemExit as exit_:
            if exit_.code not in (0, 1, None):
                raise  # exit 1 only means the samples have findings, which they are meant to have
    summary = (out_dir / "lint-report.txt").read_text(encoding="utf-8").strip().splitlines()
    click.echo("\n".join(line for line in summary if "fil(er) kontrolleret" in line))
    for _, name in reports:
        click.echo(f"  {out_dir / name}")
    sys.exit(0)


def _applies(generator: "Generator", case: "Case", document: str, fmt: str) -> bool:
    """Whether the document exists for this case (no agreement for a refusal, say)."""
    from mentordocs.generate import GenerationError

    try:
        generator.check(case, document, fmt)
    except GenerationError:
        return False
    return True
