"""The ``appeal-route`` rule kind: appeal guidance sends the complaint directly to Ankestyrelsen (``appeal.direct_route``)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, Optional

from mentordocs.lint.checks._common import (
    Options as _Options,
    _finding,
)
from mentordocs.lint.model import Finding
from mentordocs.lint.text import pack_alternation

if TYPE_CHECKING:
    from mentordocs.lint.analyze import Analysis

#: the name a rule pack gives this kind (``kind: appeal-route``)
KIND = "appeal-route"


class Options(_Options):
    """This kind takes no keys of its own."""


def check(a: Analysis, name: str, rule: dict[str, Any]) -> list[Finding]:
    """Appeal guidance that sends the complaint straight to Ankestyrelsen (RSL §§ 66-67)."""
    appeal = a.compiled.pack.data.get("appeal") or {}
    direct = _compiled_list(appeal.get("direct_route"))
    forwarded = _compiled_list(appeal.get("forwarded_route"))
    if direct is None:
        return []
    for index, folded in enumerate(a.folded):
        if direct.search(folded):
            # the guidance's own lines say whether the complaint is forwarded, not the letter's
            # title ("Genvurdering – du får alligevel mentorstøtte" is no route)
            around = "\n".join(a.folded[max(0, index - _NEAR):index + _NEAR + 1])
            if forwarded is not None and forwarded.search(around):
                return []
            block = a.doc.blocks[index]
            return [_finding(a, name, rule, evidence=block.text, location=block.location)]
    return []


#: Appeal guidance is a few paragraphs: a forwarded route this many blocks either side of the
#: direct one belongs to the same guidance.
_NEAR = 2


def _compiled_list(patterns: Any) -> Optional[re.Pattern[str]]:
    return _compiled_alternation(tuple(str(p) for p in patterns or []))


@functools.lru_cache(maxsize=64)
def _compiled_alternation(patterns: tuple[str, ...]) -> Optional[re.Pattern[str]]:
    return re.compile(pack_alternation(patterns)) if patterns else None
