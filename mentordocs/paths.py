"""Where shipped data lives, in a source checkout and in an installed wheel.

In a checkout (and an editable install) ``templates/`` and ``lint_rules/`` sit at the repository
root, next to the package. A wheel carries them inside the package under ``_shipped/``.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def _shipped(name: str) -> Path:
    installed = PACKAGE_DIR / "_shipped" / name
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / name


TEMPLATES_DIR = _shipped("templates")
LINT_RULES_DIR = _shipped("lint_rules")
#: The sample case files (``mentordocs templates check`` renders them by default).
SAMPLE_CASES_DIR = _shipped("samples") / "cases"
