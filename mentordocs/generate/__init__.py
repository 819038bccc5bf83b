"""Generate the Min Plan entry, the written agreement and decision letters from one case.

    >>> from mentordocs.case import load_case
    >>> from mentordocs.generate import Generator
    >>> gen = Generator()
    >>> gen.write(load_case("samples/cases/01-grant-tilbudsmentor-praktik.yaml"),
    ...           "agreement", "docx", Path("mentoraftale.docx"))

One :class:`Generator` loads and compiles each template once; reuse it for a batch.
"""

from __future__ import annotations

from mentordocs.generate.generator import (
    DEFAULT_FORMAT,
    DOCUMENTS,
    FORMATS,
    GenerationError,
    Generator,
    suggested_filename,
)

__all__ = ["DOCUMENTS", "FORMATS", "DEFAULT_FORMAT", "Generator", "GenerationError",
           "suggested_filename"]
