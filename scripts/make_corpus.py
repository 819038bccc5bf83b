#!/usr/bin/env python3
"""Generate a labelled evaluation corpus for ``mentordocs lint``.

    python scripts/make_corpus.py --count 300 --seed 7 --out /tmp/corpus
    python scripts/make_corpus.py --count 5000 --seed 1 --out /tmp/big --formats docx,odt,html,txt

Writes realistic Danish mentor agreements, Min Plan entries, decision letters and a few leaflets
under ``OUT/<unit>/<year>/``, hostile files under ``OUT/hostile/`` and the ground truth in
``OUT/EXPECTED.jsonl`` (see docs/samples.md). The same --count/--seed gives the same files.
PDFs need LibreOffice and are converted in one batch (about 0.2-1 s per file).
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import click

from corpusgen.corpus.build import FORMATS, build_corpus, clean_output_dir


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--count", "-n", type=click.IntRange(min=0), default=300, show_default=True,
              help="Number of ordinary (non-hostile) documents.")
@click.option("--seed", "-s", type=int, default=1, show_default=True, help="Random seed.")
@click.option("--out", "-o", "out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Output folder (replaced if it holds an earlier corpus).")
@click.option("--formats", default=",".join(FORMATS), show_default=True,
              help="Comma-separated formats to draw from.")
@click.option("--no-hostile", is_flag=True, help="Leave out the hostile/ files.")
def main(count: int, seed: int, out: Path, formats: str, no_hostile: bool) -> None:
    """Generate COUNT labelled documents into OUT with EXPECTED.jsonl."""
    chosen = [f.strip() for f in formats.split(",") if f.strip()]
    bad = [f for f in chosen if f not in FORMATS]
    if bad or not chosen:
        raise click.BadParameter(f"unknown format(s): {', '.join(bad) or '(none given)'}; "
                                 f"choose from {', '.join(FORMATS)}", param_hint="--formats")
    try:
        clean_output_dir(out)
    except FileExistsError as exc:
        raise click.UsageError(str(exc)) from None
    started = time.perf_counter()
    try:
        entries = build_corpus(out, count, seed, chosen, hostile=not no_hostile)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from None
    took = time.perf_counter() - started
    docs = [e for e in entries if not e.get("hostile")]
    by_format = Counter(e["format"] for e in docs)
    by_kind = Counter(e["kind"] for e in docs)
    by_rule = Counter(r for e in docs for r in e["rules"])
    clean = sum(1 for e in docs if not e["rules"] and not e["extras"])
    click.echo(f"wrote {len(docs)} documents + {len(entries) - len(docs)} hostile files to {out} "
               f"in {took:.1f} s")
    click.echo("  formats: " + ", ".join(f"{k} {v}" for k, v in sorted(by_format.items())))
    click.echo("  kinds:   " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())))
    click.echo(f"  compliant: {clean}; defects: "
               + ", ".join(f"{k} {v}" for k, v in sorted(by_rule.items())))


if __name__ == "__main__":
    main()
