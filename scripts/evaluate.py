#!/usr/bin/env python3
"""Measure ``mentordocs lint`` against a labelled corpus.

    python scripts/make_corpus.py --count 300 --seed 7 --out /tmp/corpus
    python scripts/evaluate.py /tmp/corpus --min-f1 0.95
    python scripts/evaluate.py samples/agreements

Runs the linter through its public CLI (``mentordocs lint DIR --format json --jobs N``), compares
every file with ``DIR/EXPECTED.jsonl`` and prints per-rule precision/recall/F1 over the nine rules,
macro F1, document-kind accuracy, hostile-file outcomes, leaks (CPR numbers, the XXE canary) and the
worst mismatches. Exit 0 when macro F1 ≥ --min-f1 and nothing crashed or leaked; 1 otherwise;
2 when the linter or the corpus is missing.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import click

from corpusgen.corpus.evaluation import Evaluation, LinterUnavailable, run_linter, score
from corpusgen.corpus.manifest import read_manifest

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "samples" / "agreements"


def print_report(ev: Evaluation, worst: int) -> None:
    echo = click.echo
    echo(f"documents: {ev.documents}" + (f"   lint time: {ev.seconds:.1f} s" if ev.seconds else ""))
    echo("")
    echo(f"{'rule':<26}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>8}{'recall':>8}{'F1':>8}")
    for rule, s in ev.rules.items():
        echo(f"{rule:<26}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    echo(f"{'macro F1':<41}{ev.macro_f1:>24.3f}")
    echo("")
    echo(f"kind accuracy: {ev.kind_accuracy:.3f} ({ev.kind_correct}/{ev.kind_total})"
         + ("" if not ev.kind_confusion else "   confusions: " + ", ".join(
             f"{a}->{b} {n}" for (a, b), n in ev.kind_confusion.most_common(6))))
    echo("micro F1 by format: " + ", ".join(f"{k} {v.f1:.3f}" for k, v in sorted(ev.by_format.items())))
    layouts = sorted(ev.by_layout.items(), key=lambda kv: kv[1].f1)[:6]
    echo("weakest layouts:    " + ", ".join(f"{k} {v.f1:.3f}" for k, v in layouts))
    echo("")
    bad = [h for h in ev.hostile if not h["ok"]]
    echo(f"hostile files: {len(ev.hostile) - len(bad)}/{len(ev.hostile)} as expected")
    for h in ev.hostile:
        mark = "ok  " if h["ok"] else "FAIL"
        echo(f"  {mark} {h['path']:<34} expected {h['expected'] or 'read, no leak'}; "
             f"got {h['got'] or 'read fine'}")
    echo(f"leaks: {len(ev.leaks) or 'none'}")
    for leak in ev.leaks[:20]:
        echo(f"  LEAK {leak}")
    echo(f"crash: {ev.crash or 'none'}")
    if ev.missing_from_output:
        echo(f"files missing from the linter's output: {len(ev.missing_from_output)} "
             f"(first: {ev.missing_from_output[0]})")
    if ev.mismatches and worst:
        echo("")
        echo(f"worst mismatches ({min(worst, len(ev.mismatches))} of {len(ev.mismatches)}):")
        for m in ev.mismatches[:worst]:
            echo(f"- {m.path}  [{m.format}, {m.kind}/{m.layout}, got kind {m.got_kind}]")
            if m.error:
                echo(f"    read error: {m.error}")
            if m.missed:
                echo(f"    missed: {', '.join(m.missed)}")
            for rule in m.extra:
                echo(f"    extra:  {rule}  <- {m.evidence.get(rule, '')!r}")
            echo(f"    traits: {', '.join(m.traits)}")


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("directory", required=False, type=click.Path(exists=True, file_okay=False,
                                                               path_type=Path))
@click.option("--min-f1", type=float, default=0.95, show_default=True,
              help="Exit 1 when macro F1 over the nine rules is below this.")
@click.option("--jobs", "-j", type=int, default=os.cpu_count() or 1, show_default=True,
              help="Worker processes for the linter.")
@click.option("--lint-json", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score an existing `mentordocs lint --format json` output instead of running it.")
@click.option("--rules", "pack", help="Rule pack passed on as `--rules PACK`.")
@click.option("--worst", type=int, default=25, show_default=True,
              help="How many mismatches to list.")
@click.option("--json-out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the full evaluation as JSON here.")
def main(directory: Optional[Path], min_f1: float, jobs: int, lint_json: Optional[Path],
         pack: Optional[str], worst: int, json_out: Optional[Path]) -> None:
    """Evaluate the linter on DIRECTORY (default: samples/agreements)."""
    root = directory or DEFAULT_DIR
    try:
        manifest = read_manifest(root)
    except FileNotFoundError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if lint_json:
        raw = lint_json.read_text(encoding="utf-8")
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            click.echo(f"error: {lint_json} is not JSON ({exc}); pass the output of "
                       f"`mentordocs lint DIR --format json`", err=True)
            sys.exit(2)
        if not isinstance(data, dict) or not isinstance(data.get("files"), list):
            click.echo(f"error: {lint_json} has no \"files\" list; pass the output of "
                       f"`mentordocs lint DIR --format json`", err=True)
            sys.exit(2)
        crash, took = None, None
    else:
        try:
            data, raw, crash, took = run_linter(root, jobs, ["--rules", pack] if pack else None)
        except LinterUnavailable as exc:
            click.echo(f"error: {exc}. The corpus in {root} is ready; rerun when the linter exists.",
                       err=True)
            sys.exit(2)
    ev = score(manifest, data, root, raw, crash)
    ev.seconds = took
    print_report(ev, worst)
    if json_out:
        json_out.write_text(json.dumps(ev.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    failed = []
    if ev.macro_f1 < min_f1:
        failed.append(f"macro F1 {ev.macro_f1:.3f} < {min_f1}")
    if ev.crash:
        failed.append("the linter crashed")
    if ev.leaks:
        failed.append(f"{len(ev.leaks)} leak(s)")
    if not ev.hostile_ok:
        failed.append("hostile file outcome(s) not as expected")
    click.echo("")
    click.echo("RESULT: " + ("FAIL – " + "; ".join(failed) if failed else "PASS"))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
