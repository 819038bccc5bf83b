"""``mentordocs templates check DIR``: is a template folder safe to use?"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from mentordocs.domain.cpr import mask_cpr
from mentordocs.domain.terminal import printable


def _say(line: str, err: bool = False) -> None:
    click.echo(printable(mask_cpr(line), keep_newlines=True), err=err)


@click.group()
def templates() -> None:
    """Work with template folders (yours or the shipped ones)."""


@templates.command("check")
@click.argument("templates_dir", metavar="DIR",
                type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--cases", "cases_dir", metavar="DIR",
              type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Case files to render (default: the shipped samples/cases).")
@click.option("--update", is_flag=True,
              help="Accept the rendered text as the new snapshots (review the diff first).")
def check(templates_dir: Path, cases_dir: Path | None, update: bool) -> None:
    """Render every case with the templates in DIR and check the result.

    \b
    mentordocs templates check mine/                  check your folder
    mentordocs templates check mine/ --cases sager/   with your own test cases
    mentordocs templates check mine/ --update         accept changed wording

    Every output must pass the linter, every variable a template names must exist, and each
    output's text must match its snapshot in DIR/snapshots/ (a diff is printed when it does
    not). Files missing from DIR fall back to the shipped templates. Exit 1 if anything fails.
    """
    from mentordocs.generate.templatecheck import check_templates
    from mentordocs.paths import SAMPLE_CASES_DIR

    cases_dir = cases_dir or SAMPLE_CASES_DIR
    if not cases_dir.is_dir():
        raise click.UsageError(f"no sample cases at {cases_dir}; give --cases DIR")
    report = check_templates(templates_dir, cases_dir, update=update)
    for problem in report.problems:
        _say(f"{problem.where}: {problem.kind}: {problem.message}", err=True)
        if problem.diff:
            _say(problem.diff, err=True)
    for path in report.updated:
        _say(f"updated {path}")
    _say(f"{report.rendered} documents rendered, {len(report.problems)} problem(s)"
         + (f", {len(report.updated)} snapshot(s) updated" if report.updated else ""))
    if not report.ok:
        sys.exit(1)
