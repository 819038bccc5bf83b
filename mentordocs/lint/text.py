"""Text normalisation for matching Danish documents, including OCR-damaged ones.

Matching runs on a *folded* copy of each block: lower case, ``å→a``, ``ø→o``, ``æ→e`` and
typographic spaces made plain. Folding keeps the string's length, so a match position in the
folded text is also the position in the original text; evidence is always quoted from the
original. Folding both the document and the pack's vocabulary makes "maneder" (OCR, seed 004)
match "måneder" without listing every damaged spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Optional

from mentordocs.domain.text import fold as fold  # the linter's matching runs on folded text

# Only Danish letters are folded inside pack regexes: lower-casing a regex would turn
# "\D" into "\d".
_FOLD_PATTERN = str.maketrans({"å": "a", "ø": "o", "æ": "e", "Å": "A", "Ø": "O", "Æ": "E",
                               "é": "e"})


def fold_pattern(pattern: str) -> str:
    """Fold the Danish letters of a regex written in a rule pack, leaving escapes intact."""
    return pattern.translate(_FOLD_PATTERN)


_LEADING_WORD = re.compile(r"\\b([a-z0-9][a-z0-9 ]*)")


def _literal_led(pattern: str) -> Optional[str]:
    """``pattern`` so that it opens with a literal, or None when that cannot be done exactly.

    ``\\bkommune\\w*`` and ``kommune(?<!\\wkommune)\\w*`` match the same strings: the look-behind
    checks the word boundary after the literal instead of before it."""
    if pattern[:1].isalnum() or pattern[:1] in "§@½":
        return pattern
    m = _LEADING_WORD.match(pattern)
    if m is None:
        return _group_led(pattern)
    word, rest = m.group(1), pattern[m.end():]
    if rest[:1] in ("*", "+", "?", "{"):  # "\\bars?": the quantifier belongs to the last letter
        word, rest = word[:-1], word[-1:] + rest
    if not word:
        return None
    return f"{word}(?<!\\w{word}){rest}"


_LEADING_GROUP = re.compile(r"\\b\(\?:([a-z0-9 ]+(?:\|[a-z0-9 ]+)+)\)")


def _group_led(pattern: str) -> Optional[str]:
    """``\\b(?:tjek|check)liste`` led by its words, each with its own look-behind
    (``(?:tjek(?<!\\wtjek)|check(?<!\\wcheck))liste``), or None when it does not open so."""
    m = _LEADING_GROUP.match(pattern)
    if m is None or pattern[m.end():m.end() + 1] in ("*", "+", "?", "{"):
        return None
    words = m.group(1).split("|")
    return "(?:" + "|".join(f"{w}(?<!\\w{w})" for w in words) + ")" + pattern[m.end():]


def pack_alternation(patterns: Iterable[Any]) -> str:
    """A rule pack's regexes, folded, as one alternation (``(?!)`` for none).

    Every alternative that can open with a literal does (see :func:`_literal_led`): the matches
    are the same, but Python's regex engine then rules a branch out by its first character, and
    when every alternative opens so, skips to candidate characters instead of trying every
    position, which made the kinds' authority words 17 times faster to scan."""
    folded = [fold_pattern(str(p)) for p in patterns]
    if not folded:
        return "(?!)"
    return "|".join(f"(?:{_literal_led(p) or p})" for p in folded)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"'(])|\n+")


@lru_cache(maxsize=16384)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Split a block into sentence spans (start, end). Abbreviations such as "tlf." before a
    digit or "d. 1. marts" stay inside one sentence because a new sentence needs a capital."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)  # cached: the same block is split by several stages


def shorten(text: str, limit: int = 160, focus: tuple[int, int] | None = None) -> str:
    """Collapse whitespace and cut ``text`` to about ``limit`` characters around ``focus``."""
    if focus is not None and len(text) > limit:
        mid = (focus[0] + focus[1]) // 2
        start = max(0, min(mid - limit // 2, len(text) - limit))
        piece = text[start:start + limit]
        text = ("…" if start > 0 else "") + piece + ("…" if start + limit < len(text) else "")
    text = " ".join(text.split())
    if len(text) > limit + 2:
        text = text[:limit].rstrip() + "…"
    return text
