"""The ``mentordocs`` command line: a thin layer over the library.

Each sub-command lives in its own module and is registered here. Exit codes: 0 success,
1 findings or documents with errors (``lint``), 2 usage or input errors (nothing written).
"""

from __future__ import annotations

import click

from mentordocs import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="mentordocs")
def cli() -> None:
    """Generate and lint Danish mentor-support documents (mentorstøtte, LAB § 167).

    \b
    mentordocs validate CASE.yaml              check a case file
    mentordocs generate agreement --data CASE  write the written agreement
    mentordocs lint ARCHIVE/                   check existing agreements
    mentordocs rules [NAME]                    list or explain the lint rules
    mentordocs templates check DIR             render, lint and snapshot a template folder
    mentordocs profile check [FILE]            check the municipality profile (mentordocs.yaml)
    mentordocs serve                           the caseworkers' web form on localhost
    """


def _register() -> None:
    import importlib

    for module_name, command_name in (("generate", "generate"), ("generate", "validate"),
                                      ("demo", "demo"), ("lint", "lint"), ("rules", "rules"),
                                      ("serve", "serve"), ("templates", "templates"),
                                      ("profile", "profile")):
        try:
            module = importlib.import_module(f"mentordocs.cli.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"mentordocs.cli.{module_name}":
                continue  # that part is not built yet
            raise
        command = getattr(module, command_name, None)
        if command is not None:
            cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="mentordocs")
