"""The linter: read a document, find its fields, apply a rule pack, report findings.

The Python API is :func:`run` with :class:`LintOptions` (see :mod:`mentordocs.lint.api` and
docs/lint.md). They are loaded on first use, so importing one lint module does not import the
readers and the engine.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LintOptions", "LintRun", "LintUsageError", "run"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from mentordocs.lint import api

        return getattr(api, name)
    raise AttributeError(f"module 'mentordocs.lint' has no attribute {name!r}")
