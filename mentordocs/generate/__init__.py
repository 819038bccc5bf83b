"""Generate the Min Plan entry, the written agreement and decision letters from one case.

    >>> from mentordocs.case import load_case
    >>> from mentordocs.generate import Generator
    >>> gen = Generator()
    >>> gen.write(load_case("samples/cases/01-grant-tilbudsmentor-praktik.yaml"),
    ...           "agreement", "docx", Path("mentoraftale.docx"))

One :class:`Generator` loads and compiles each template once; reuse it for a batch.
"""

from __future__ import annotations

from typing import Any

from mentordocs.generate.formats import DEFAULT_FORMAT, DOCUMENTS, FORMATS

__all__ = ["DOCUMENTS", "FORMATS", "DEFAULT_FORMAT", "Generator", "GenerationError", "TemplateRefused",
           "suggested_filename"]

_LAZY = frozenset({"Generator", "GenerationError", "TemplateRefused", "suggested_filename"})


def __getattr__(name: str) -> Any:
    # The template engines (docxtpl, python-docx) load only when a document is generated, so
    # `mentordocs lint` and `mentordocs --help` start without them.
    if name in _LAZY:
        from mentordocs.generate import generator

        return getattr(generator, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
