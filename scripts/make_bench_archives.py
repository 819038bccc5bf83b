#!/usr/bin/env python3
"""Build the two archives issue 12 measures lint on, from labelled corpora already on disk.

    python scripts/make_bench_archives.py /tmp/corpus /work/corpora/{e,f,g,h,n,o,p} \
        --mixed /tmp/bench_mixed --text /tmp/bench_text --count 1080

* ``--mixed``: ``--count`` files, a third of them PDFs, the rest DOCX, ODT, TXT, HTML, EML and RTF
  in the proportions the sources hold them;
* ``--text``: the same number of files with no PDFs at all.

Files are copied (cycling through the sources when there are too few) into numbered folders of
100, so a run reads real archive documents, not one document many times. Deterministic: the
sources are sorted, nothing is random.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import click

TEXT_SUFFIXES = (".docx", ".odt", ".txt", ".html", ".htm", ".eml", ".rtf")


def _documents(sources: tuple[Path, ...], suffixes: tuple[str, ...]) -> list[Path]:
    found = [p for root in sources for p in sorted(root.rglob("*"))
             if p.is_file() and p.suffix.lower() in suffixes and "hostile" not in p.parts]
    if not found:
        raise click.UsageError(f"no {'/'.join(suffixes)} files under the sources")
    return found


def _fill(target: Path, files: list[Path]) -> None:
    if target.exists():
        shutil.rmtree(target)
    for number, source in enumerate(files):
        folder = target / f"{number // 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, folder / f"{number:05d}{source.suffix.lower()}")


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--mixed", type=click.Path(path_type=Path), required=True, help="The mixed archive to write.")
@click.option("--text", type=click.Path(path_type=Path), required=True, help="The text-only archive to write.")
@click.option("--count", default=1080, show_default=True, help="Files in each archive.")
def main(sources: tuple[Path, ...], mixed: Path, text: Path, count: int) -> None:
    pdfs = _documents(sources, (".pdf",))
    others = _documents(sources, TEXT_SUFFIXES)
    n_pdf = count // 3
    mixed_files = list(itertools.islice(itertools.cycle(pdfs), n_pdf)) + \
        list(itertools.islice(itertools.cycle(others), count - n_pdf))
    _fill(mixed, mixed_files)
    _fill(text, list(itertools.islice(itertools.cycle(others), count)))
    click.echo(f"{mixed}: {count} files ({n_pdf} PDF); {text}: {count} files (no PDF)")


if __name__ == "__main__":
    main()
