"""Folding Danish text for matching: one home for the linter and goal clarity.

Matching runs on a *folded* copy of a text: lower case, ``å→a``, ``ø→o``, ``æ→e`` and
typographic spaces made plain. Folding keeps the string's length, so a match position in the
folded text is also the position in the original text. Folding both the document and the
vocabulary makes "maneder" (OCR, seed 004) match "måneder" without listing every damaged spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

# (character, replacement) pairs; each keeps the length. A chain of str.replace is several
# times faster than str.translate with a mapping for the short strings of a document.
_FOLD_PAIRS = (("å", "a"), ("ø", "o"), ("æ", "e"), ("é", "e"), ("ö", "o"), ("ä", "a"), ("ü", "u"),
               ("\u00a0", " "), ("\u2007", " "), ("\u202f", " "), ("\u2009", " "), ("\t", " "),
               ("\u2019", "'"), ("\u201d", '"'), ("\u201c", '"'), ("\u00ad", "-"))


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case and fold Danish letters, keeping the length (positions stay valid)."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered.replace("\t", " ") if "\t" in lowered else lowered
    if len(lowered) != len(text):  # a few exotic letters grow when lower-cased
        lowered = "".join(ch.lower()[:1] or ch for ch in text)
    for old, new in _FOLD_PAIRS:
        if old in lowered:
            lowered = lowered.replace(old, new)
    return lowered


#: Characters that show nothing: zero-width spaces and joiners, a word joiner, a byte-order mark,
#: and a soft hyphen inside a word. Text pasted from the web or a PDF carries them inside words
#: ("pr\u200baktik", "Ko\u200bmmune"), where they would split the word for every reader. (A soft
#: hyphen at a line's end is a hyphenation point and is left to the line joiner.)
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]|(?<=\\w)\u00ad(?=\\w)")


def drop_invisible(text: str) -> str:
    """``text`` without the characters that show nothing (see :data:`INVISIBLE`)."""
    return INVISIBLE.sub("", text) if INVISIBLE.search(text) else text


#: How a keyboard without æ, ø and å spells them ("opfoelgning", "maal"), per letter.
ASCII_SPELLING = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


#: How OCR misreads letters, per letter or pair of letters, as seen in scanned guidance (seed 004:
#: "formél", "opnd", "pé", "mentorstette", "hgjst", "stattes", "beskeftigelse", "ordinzrt",
#: "neermere") and in scans of agreements ("tirner", "komrnunen", "fimer" for "timer").
OCR_MISREADINGS: dict[str, tuple[str, ...]] = {
    "å": ("é", "a", "d"),
    "ø": ("e", "o", "a", "g"),
    "æ": ("a", "e", "ee", "z"),
    "m": ("rn",),
    "ti": ("fi",),
}
