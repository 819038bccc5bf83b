"""CPR numbers: find and mask them. They must never reach a log, report or error message.

A CPR number is DDMMYY-SSSS with an optional separator (cpr.dk). Numbers without modulus-11
check digits have been issued since 2007, so detection uses the pattern plus a plausible date
and never modulus 11 (domain.md section 5). Masking errs on the side of masking: a ten-digit
number that starts with a plausible date is masked wherever it stands, in prose, file names
("aftale-0101901234.docx", "010190-1234/") and identifiers ("cpr.0101901234").

People and systems spell the number in many ways, and a red team found most of them slipping
through (issue 13). The text is therefore *normalised before matching*, and the match is mapped
back onto the original characters:

* NFKC (full-width digits "０１０１９０", compatibility forms);
* format characters removed (a soft hyphen or a zero-width space inside the number);
* every dash (en, em, minus, non-breaking hyphen) read as "-", every space as " ";
* percent-encoding decoded ("010190%2D1234" in a URL or a web server's log);
* U+FFFD read as a separator: a file name with a cp1252 no-break space is not valid UTF-8.

Accepted shapes: the birth date as ``DDMMYY``, ``DDMMYYYY``, ``DD.MM.YY`` / ``DD-MM-YY`` /
``DD/MM/YY`` / ``DD MM YY`` (also with a 4-digit year) or ``DDMM YY``; then no separator, a
space, or one of ``- / . , _ +`` (spaced or not); then the 4-digit serial.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote_to_bytes

_SEP = r"(?: ?[-/.,_+] ?| {1,2})?"
_YEAR = r"(?P<y>\d{2}|(?:19|20)\d{2})"
_CPR = re.compile(
    r"(?<!\d)(?<!\d[.,])"
    r"(?:(?P<d>\d{2})(?P<m>\d{2})(?:(?P<yy>\d{2})|(?:19|20)(?P<yyyy>\d{2}))"
    r"|(?P<d2>\d{2})(?P<s>[./ -])(?P<m2>\d{2})(?P=s)(?:(?P<yy2>\d{2})|(?:19|20)(?P<yyyy2>\d{2}))"
    r"|(?P<d3>\d{2})(?P<m3>\d{2}) (?P<yy3>\d{2}))"
    + _SEP + r"(?P<serial>\d{4})(?!\d)(?![.,]\d)")

# Runs of digits (and percent escapes) with short gaps: only these can hold a CPR number, so
# only these are normalised. Keeps masking a whole report fast.
_CLUSTER = re.compile(r"[\d%](?:[^\n\d%]{0,6}[\d%])*")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")

_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _plausible_date(day: str, month: str) -> bool:
    d, m = int(day), int(month)
    return 1 <= m <= 12 and 1 <= d <= _DAYS_IN_MONTH[m - 1]


@dataclass(frozen=True)
class CprMatch:
    """A CPR-like number in the original text: where it stands and its masked form."""

    _start: int
    _end: int
    text: str
    masked: str

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, index: int = 0) -> str:
        if index != 0:
            raise IndexError("a CprMatch has only group 0")
        return self.text


@lru_cache(maxsize=4096)
def _normal_char(char: str) -> str:
    """What one character counts as when matching: "" for a format character."""
    if char == "\ufffd":
        return " "
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category == "Pd" or char in "\u2212\u2043\ufe63\uff0d":
        return "-"
    if category == "Zs" or char == "\t":
        return " "
    return unicodedata.normalize("NFKC", char)


def _normalise(piece: str) -> tuple[str, list[int], list[int]]:
    """``piece`` normalised for matching, with each output character's original span."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for m in _PERCENT.finditer(piece) if "%" in piece else ():
        _append_plain(piece, position, m.start(), chars, starts, ends)
        decoded = unquote_to_bytes(m.group(0)).decode("utf-8", errors="replace")
        # Each decoded character stands for the whole escape run: a match over any of them
        # masks the run.
        for char in decoded:
            for out in _normal_char(char):
                chars.append(out)
                starts.append(m.start())
                ends.append(m.end())
        position = m.end()
    _append_plain(piece, position, len(piece), chars, starts, ends)
    return "".join(chars), starts, ends


def _append_plain(piece: str, start: int, end: int, chars: list[str], starts: list[int],
                  ends: list[int]) -> None:
    for index in range(start, end):
        for out in _normal_char(piece[index]):
            chars.append(out)
            starts.append(index)
            ends.append(index + 1)


def _masked(m: re.Match[str]) -> str | None:
    day = m.group("d") or m.group("d2") or m.group("d3")
    month = m.group("m") or m.group("m2") or m.group("m3")
    year = (m.group("yy") or m.group("yyyy") or m.group("yy2") or m.group("yyyy2")
            or m.group("yy3"))
    if not _plausible_date(day, month):
        return None
    return f"{day}{month}{year}-XXXX"


def find_cprs(text: str) -> list[CprMatch]:
    """Every CPR-like number in ``text`` (pattern plus a plausible birth date), in order."""
    found: list[CprMatch] = []
    if not text:
        return found
    for cluster in _CLUSTER.finditer(text):
        piece = cluster.group(0)
        if piece.isascii() and "%" not in piece:
            normal, starts, ends = piece, list(range(len(piece))), list(range(1, len(piece) + 1))
        else:
            normal, starts, ends = _normalise(piece)
        for m in _CPR.finditer(normal):
            masked = _masked(m)
            if masked is None or m.end() == m.start():
                continue
            start = cluster.start() + starts[m.start()]
            end = cluster.start() + ends[m.end() - 1]
            found.append(CprMatch(start, end, text[start:end], masked))
    return found


def mask_cpr(text: str) -> str:
    """Replace every CPR-like number by ``DDMMYY-XXXX`` (the birth date stays, the serial goes).

    Every reporter passes its text through here, so the result is also made encodable: a lone
    surrogate (from an RTF ``\\uN`` escape or an undecodable file name) becomes U+FFFD.
    """
    if not text:
        return text
    text = _encodable(text)
    matches = find_cprs(text)
    for match in reversed(matches):
        text = text[:match.start()] + match.masked + text[match.end():]
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text) if not text.isascii() else text


def mask_path(path: object) -> str:
    """A file path as reports and web pages show it: CPR numbers masked in every part.

    File names from old Windows archives may not be valid UTF-8; they are decoded with
    replacement characters so that reports can always be written.
    """
    import os

    if isinstance(path, str):
        text = path
    else:
        raw = path if isinstance(path, bytes) else os.fsencode(str(path))
        text = raw.decode("utf-8", errors="replace")
    return mask_cpr(text)


def looks_like_cpr(value: str) -> bool:
    """Whether ``value`` is a CPR number on its own (for validating the case's CPR field)."""
    value = value.strip()
    return bool(re.fullmatch(r"\d{6}-?\d{4}", value)) and _plausible_date(value[:2], value[2:4])
