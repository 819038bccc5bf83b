"""Text that reaches a terminal: control characters shown, never obeyed.

File names and document text are the archive's, not ours. An ESC in a file name can move the
cursor, rewrite earlier lines, set the window title (OSC) or hide text; CR, BS and a newline can
forge a report line; bidi overrides reorder what is shown. Every piece of such text that the
``text`` report, ``--explain``, stderr messages and ``unused waiver:`` lines print goes through
:func:`printable`, which writes each of those characters as a visible escape (``\\x1b``).
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional overrides, embeddings and isolates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character written as an escape.

    ``keep_newlines`` keeps ``\\n`` for a message of several lines that the program itself
    composed; a single value (a path, a quote) never keeps them.
    """
    pattern = _UNSAFE_BUT_NEWLINE if keep_newlines else _UNSAFE
    return pattern.sub(_escape, str(text))
