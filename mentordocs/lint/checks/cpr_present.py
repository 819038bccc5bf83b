"""The ``cpr-present`` rule kind: the document contains a CPR number."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mentordocs.domain.cpr import find_cprs, mask_cpr
from mentordocs.lint.checks._common import (
    Options as _Options,
    _finding,
)
from mentordocs.lint.model import Finding

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

#: the name a rule pack gives this kind (``kind: cpr-present``)
KIND = "cpr-present"


class Options(_Options):
    """This kind takes no keys of its own."""


def check(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    for block in a.doc.blocks:
        matches = find_cprs(block.text)
        if matches:
            masked = mask_cpr(matches[0].group(0))
            return [_finding(a, name, rule, evidence=block.text, location=block.location,
                             fmt={"masked": masked})]
    return []
