"""``mentordocs generate`` and ``mentordocs validate``: thin wrappers over the library.

Every case file is validated before anything is written; one bad case in a batch means exit 2
and no files. Messages are ``CASEFILE: field.path: message`` so an editor or CI log can point
at the field.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from typing import TYPE_CHECKING

from mentordocs.domain.cpr import mask_cpr
from mentordocs.generate.formats import DEFAULT_FORMAT, DOCUMENTS, FORMATS
from mentordocs.domain.terminal import printable

if TYPE_CHECKING:
    from mentordocs.case import Case, Issue
    from mentordocs.profile import Profile

ALL_FORMATS = ("docx", "pdf", "txt", "md", "html")


def _say(line: str, err: bool = False) -> None:
    # Case files may contain CPR numbers; nothing the CLI prints may show one.
    click.echo(printable(mask_cpr(line), keep_newlines=True), err=err)


def _report(source: str, errors: list[Issue], warnings: list[Issue]) -> None:
    for issue in errors:
        _say(f"{source}: {issue.path}: {issue.message}", err=True)
    for issue in warnings:
        _say(f"{source}: warning: {issue.path}: {issue.message}", err=True)


def load_profile_or_exit(explicit: Path | None) -> "Profile | None":
    """The profile (--profile, $MENTORDOCS_PROFILE or ./mentordocs.yaml), or exit 2 saying why."""
    from mentordocs.profile import ProfileError, find_profile, load_profile

    path = find_profile(explicit)
    if path is None:
        return None
    try:
        return load_profile(path)
    except ProfileError as exc:
        _say(f"error: {exc}", err=True)
        sys.exit(2)


_PROFILE_HELP = ("Municipality profile (YAML): sender, letterhead, templates, rule pack, period "
                 "policy. Default: $MENTORDOCS_PROFILE, else ./mentordocs.yaml if present.")


def _load_all(paths: tuple[Path, ...], profile: "Profile | None" = None) -> tuple[list[Case], bool]:
    """Load every case, print every problem, and say whether all of them are valid."""
    from mentordocs.case import load_case_result
    from mentordocs.domain.periods import DEFAULT_POLICY

    policy = profile.policy() if profile is not None else DEFAULT_POLICY
    cases, ok = [], True
    for path in paths:
        result = load_case_result(path, policy)
        _report(str(path), result.errors, result.warnings)
        if result.ok and result.case is not None:
            cases.append(result.case)
        else:
            ok = False
    return cases, ok


def _choose_format(document: str, fmt: str | None, out: Path | None) -> str:
    suffix = out.suffix.lstrip(".").lower() if out is not None else ""
    if fmt is None:
        fmt = suffix if suffix in FORMATS[document] else DEFAULT_FORMAT[document]
    if fmt not in FORMATS[document]:
        raise click.UsageError(f"{document} can be written as {', '.join(FORMATS[document])}, "
                               f"not {fmt}.")
    if suffix in ALL_FORMATS and suffix != fmt:
        raise click.UsageError(f"-o {out} ends in .{suffix} but the format is {fmt}; "
                               f"use a .{fmt} name or --format {suffix}.")
    return fmt


@click.command()
@click.argument("document", type=click.Choice(DOCUMENTS))
@click.option("--data", "data_files", multiple=True, required=True, metavar="CASE",
              type=click.Path(path_type=Path, dir_okay=False),
              help="Case file (YAML or JSON). Repeat for a batch.")
@click.option("-o", "--out", "out_arg", type=click.Path(),
              help="Output file (one case) or folder (any number of cases; created if "
                   "missing). Default: the current folder, with a descriptive file name.")
@click.option("--format", "fmt", type=click.Choice(ALL_FORMATS),
              help="minplan: txt (default), md, html. agreement: docx (default), pdf, txt. "
                   "decision: docx (default), pdf. Default also follows the -o suffix.")
@click.option("--templates", "templates_dir", metavar="DIR",
              type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Folder with your own templates (same file names as the shipped ones); "
                   "rendered in a sandbox. Overrides the profile's templates.")
@click.option("--profile", "profile_path", metavar="FILE",
              type=click.Path(path_type=Path, dir_okay=False), help=_PROFILE_HELP)
def generate(document: str, data_files: tuple[Path, ...], out_arg: str | None, fmt: str | None,
             templates_dir: Path | None, profile_path: Path | None) -> None:
    """Write a Min Plan entry, agreement or decision letter from case files.

    \b
    mentordocs generate agreement --data case.yaml -o aftale.docx
    mentordocs generate decision --data a.yaml --data b.yaml --format pdf -o breve/
    mentordocs generate minplan --data case.yaml --format html

    All cases are checked first: if any is invalid, the problems are printed as
    CASEFILE: field: message, the exit code is 2 and nothing is written.
    """
    out = Path(out_arg) if out_arg is not None else None
    # A trailing slash means "folder" even before it exists; pathlib would drop it.
    out_is_folder = out is not None and (str(out_arg).endswith((os.sep, "/")) or out.is_dir())
    fmt = _choose_format(document, fmt, None if out_is_folder else out)
    if out is not None and len(data_files) > 1 and not out_is_folder and (
            out.exists() or out.suffix.lower().lstrip(".") in ALL_FORMATS):
        raise click.UsageError(f"-o {out} names a file, but {len(data_files)} cases need a folder "
                               f"(e.g. -o {out.with_suffix('')}/).")
    from mentordocs.generate import GenerationError, Generator

    profile = load_profile_or_exit(profile_path)
    cases, ok = _load_all(data_files, profile)
    if not ok:
        sys.exit(2)
    try:
        generator = Generator.from_profile(profile, templates_dir=templates_dir)
        problems = False
        for path, case in zip(data_files, cases):
            try:
                generator.check(case, document, fmt)
            except GenerationError as exc:
                _say(f"{path}: {exc}", err=True)
                problems = True
        if problems:
            sys.exit(2)
        if out is not None and len(cases) == 1 and not out_is_folder:
            written = [generator.write(cases[0], document, fmt, out)]
        else:
            from mentordocs.generate.converter import pool_for_batch

            with pool_for_batch(len(cases) if fmt == "pdf" else 0):  # warm LibreOffice
                written = generator.write_many(cases, document, fmt, out or Path.cwd())
    except GenerationError as exc:
        _say(f"error: {exc}", err=True)
        sys.exit(2)
    for path in written:
        _say(str(path))


@click.command()
@click.argument("case_files", nargs=-1, required=True, metavar="CASE...",
                type=click.Path(path_type=Path, dir_okay=False))
@click.option("--profile", "profile_path", metavar="FILE",
              type=click.Path(path_type=Path, dir_okay=False), help=_PROFILE_HELP)
def validate(case_files: tuple[Path, ...], profile_path: Path | None) -> None:
    """Check case files and print every problem (exit 2 if any file has errors).

    Warnings (for example a goal that is hard to follow up) are printed but do not fail.
    """
    from mentordocs.case import load_case_result

    profile = load_profile_or_exit(profile_path)
    policy = profile.policy() if profile is not None else None
    failed = False
    for path in case_files:
        result = load_case_result(path, policy) if policy else load_case_result(path)
        _report(str(path), result.errors, result.warnings)
        if result.ok:
            _say(f"{path}: OK" + (f" ({len(result.warnings)} warning(s))"
                                  if result.warnings else ""))
        else:
            failed = True
    if failed:
        sys.exit(2)
