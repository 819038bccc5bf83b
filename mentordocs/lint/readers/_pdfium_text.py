"""A PDF page's text with PDFium, set on a character grid like pypdf's layout mode.

PDFium (``pypdfium2``) reads a page's text layer about ten times faster than pypdf's layout mode
and knows every character's box. The layout stage of :mod:`.pdf` works on layout lines (runs of
text at their x position on a grid of characters, blank lines for vertical gaps), so this module
builds the same kind of lines from PDFium's text segments: one segment per text object on a line
(``FPDFText_CountRects``), grouped into lines by baseline, placed at ``x // char width`` where the
character width is the page's mean, weighted by segment length (pypdf's ``fixed_char_width``).
"""

from __future__ import annotations

import ctypes
from typing import Any

#: pypdf's layout mode divides the mean character width by this, which spreads columns apart
#: enough that a column gap is always three or more spaces.
_SCALE_WEIGHT = 1.25
#: At most this many spaces or blank lines from one gap (a hostile page's coordinates).
_WHITESPACE_LIMIT = 10_000
_NEWLINE_LIMIT = 1_000
#: Two text objects on a line closer than this (times the font size) are words of one line.
_WORD_GAP = 1.0
#: The width of a space, times the font size, for spacing such words.
_SPACE = 0.3


class _Segment:
    __slots__ = ("x0", "x1", "y", "height", "text")

    def __init__(self, x0: float, x1: float, y: float, height: float, text: str):
        self.x0, self.x1, self.y, self.height, self.text = x0, x1, y, height, text


def page_layout_text(textpage: Any) -> str:
    """The page's text as layout lines (``\\n``-separated), or "" when it has none."""
    import pypdfium2.raw as raw

    segments: list[_Segment] = []
    x = ctypes.c_double()
    y = ctypes.c_double()
    box = raw.FS_RECTF()
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        text = textpage.get_text_bounded(left, bottom, right, top)
        # PDFium marks a hyphen that ends a line as U+0002; the layout stage joins such words.
        text = text.rstrip("\r\n").replace("\r", " ").replace("\n", " ").replace("\x02", "-")
        if not text.strip():
            continue
        middle = (bottom + top) / 2
        char = raw.FPDFText_GetCharIndexAtPos(textpage, left + 0.1, middle, 1.0, 1.0)
        if char < 0:  # a thin first glyph ("–", "."): look a little further in
            char = raw.FPDFText_GetCharIndexAtPos(textpage, left + 2.0, middle, 2.0,
                                                  (top - bottom) / 2)
        if char < 0:
            char = raw.FPDFText_GetCharIndexAtPos(textpage, (left + right) / 2, middle,
                                                  (right - left) / 2, (top - bottom) / 2)
        if char >= 0 and raw.FPDFText_GetCharOrigin(textpage, char, x, y):
            # The origin, not the glyph's box: pypdf places a run by where its text starts.
            first = raw.FPDFText_GetUnicode(textpage, char) == ord(text[0])
            start = x.value if first else left
            base, size = y.value, raw.FPDFText_GetFontSize(textpage, char)
            if not first:
                char = -1
        else:
            start, base, size = left, bottom, top - bottom
        if char >= 0:
            # The end of the last character's advance, as pypdf measures a run's width.
            last = char + len(text) - 1
            if raw.FPDFText_GetUnicode(textpage, last) == ord(text[-1]) and \
                    raw.FPDFText_GetLooseCharBox(textpage, last, box):
                right = max(right, box.right)
        segments.append(_Segment(min(start, left), right, base, size or (top - bottom), text))
    if not segments:
        return ""
    return _fixed_width(_lines(segments))


def _lines(segments: list[_Segment]) -> list[tuple[int, list[_Segment]]]:
    """Segments grouped into lines, top to bottom, each line left to right and keyed by the
    whole-point baseline of its first segment: segments whose baselines differ by less than the
    smaller font height share a line unless two start at the same x (pypdf's grouping)."""
    ordered = sorted(segments, key=lambda s: (-int(s.y), s.x0))
    lines: list[tuple[int, list[_Segment]]] = []
    starts: set[int] = set()
    for segment in ordered:
        if lines:
            key, last = lines[-1]
            height = min(segment.height, last[0].height)
            if abs(key - int(segment.y)) < height and int(segment.x0) not in starts:
                last.append(segment)
                starts.add(int(segment.x0))
                continue
        lines.append((int(segment.y), [segment]))
        starts = {int(segment.x0)}
    for _, line in lines:
        line.sort(key=lambda s: s.x0)
    return lines


def _fixed_width(lines: list[tuple[int, list[_Segment]]]) -> str:
    segments = [s for _, line in lines for s in line]
    min_x = min(s.x0 for s in segments)
    weights = [len(s.text) * _SCALE_WEIGHT for s in segments]
    char_width = sum((s.x1 - s.x0) for s in segments) / sum(weights)
    out: list[str] = []
    last_y = 0
    for key, line in lines:
        if out:
            height = line[0].height
            blank = 0 if height <= 0 else int(abs(last_y - key) / height) - 1
            out.extend([""] * max(0, min(blank, _NEWLINE_LIMIT)))
        parts: list[str] = []
        length = 0
        last_end = 0.0
        for segment in line:
            tx = segment.x0 - min_x
            offset = int(tx // char_width) if char_width > 0 else length
            needed = offset - length
            gap = tx - last_end
            if parts and 0 <= gap < _WORD_GAP * segment.height:
                # The next word of the same line of text (an OCR layer puts each word in a text
                # object of its own): spaced by its distance, as pypdf spaces the runs of one
                # text object, not moved to the grid.
                # PDFium leaves a space out of the segments (it has no box), so any visible
                # gap is at least one space.
                spaces = min(round(gap / (_SPACE * segment.height)), _WHITESPACE_LIMIT)
                if not parts[-1].endswith(" "):
                    spaces = max(spaces, 1 if gap > 0.08 * segment.height else 0)
                parts.append(" " * spaces)
                length += spaces
            elif needed > 0 and last_end < tx:
                needed = min(needed, _WHITESPACE_LIMIT)
                parts.append(" " * needed)
                length += needed
            elif parts and tx - last_end > 0.15 * segment.height and not parts[-1].endswith(" "):
                parts.append(" ")  # a word gap between two text objects
                length += 1
            parts.append(segment.text)
            length += len(segment.text)
            last_end = segment.x1 - min_x
        out.append("".join(parts).rstrip())
        last_y = key
    return "\n".join(out)
