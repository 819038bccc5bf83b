"""Ruled tables in a PDF page: the cells that a table's drawn borders enclose.

A form printed from Word, LibreOffice, a browser or reportlab draws its table's borders as
path objects: thin horizontal and vertical lines (or thin filled rectangles, or rectangles
stroked around a cell). Text in such a table is placed anywhere inside its cell: a label at
the top, the middle or the bottom of a tall cell, a grey hint line under it, a value that
starts a line lower than its label. Read by baseline alone, the lines of one row interleave
with the next row's. The borders say which text is in which cell, so the rows of a ruled table
are read from them: each row (the band between two horizontal rules) with the cells that the
vertical rules crossing it divide, and each cell's text top to bottom.

The layout stage works on text lines, so a ruled row is handed on as one line:
:data:`ROW_MARK` then the cells separated by :data:`CELL_MARK`, a cell's lines separated by
:data:`LINE_MARK` (private-use characters, removed from the page's own text first).
"""

from __future__ import annotations

import bisect
from typing import Any, Optional, Sequence

#: A ruled row's line starts with this; its cells are separated by CELL_MARK and the lines of
#: one cell by LINE_MARK.
ROW_MARK = "\ue001"
CELL_MARK = "\ue002"
LINE_MARK = "\ue000"
MARKS = (ROW_MARK, CELL_MARK, LINE_MARK)

#: A path at most this thick (points) is a rule; a rule is at least _MIN_RULE long.
_THIN = 2.5
_MIN_RULE = 8.0
#: Paths with more segments than this are drawings (a logo, a signature), not borders.
_MAX_SEGMENTS = 12
#: Rules this close (points) are one (a cell's border drawn once per cell, a double line).
_SAME = 2.0
#: A rectangle at least this wide (and half as high), in points, may be a box of text.
_MIN_BOX = 60.0
#: Rules on a page beyond this are not searched for merged cells (each is compared to all).
_MAX_RULES = 400
#: At most this many path objects are read on a page (a hostile or a drawn page holds more).
_MAX_PATHS = 5_000

_PATH = 2  # FPDF_PAGEOBJ_PATH


class Rules:
    """A page's horizontal rules (y, x0, x1) and vertical rules (x, y0, y1), merged."""

    __slots__ = ("horizontal", "vertical", "_h_ys", "boxes", "width")

    def __init__(self, horizontal: list[tuple[float, float, float]],
                 vertical: list[tuple[float, float, float]],
                 boxes: Optional[list[tuple[float, float, float, float]]] = None, width: float = 0.0):
        #: rectangles (x0, y0, x1, y1) large enough to hold text: a sidebar's box, a card
        self.boxes = boxes or []
        self.width = width  #: the page's width in points
        self.vertical = _merge(vertical)
        merged = _merge(horizontal)
        # Rows are bounded by the rules that cross the whole table; a rule that starts or ends at
        # a column's inner border divides a merged cell's neighbours (a label cell beside several
        # value rows), and the text between such rules is one cell of the row.
        self.horizontal = [h for h in merged if not self._inner(h, merged)] if len(merged) <= _MAX_RULES else merged
        self._h_ys = [h[0] for h in self.horizontal]

    def _inner(self, rule: tuple[float, float, float], horizontal: list[tuple[float, float, float]]) -> bool:
        """Whether ``rule`` starts or ends at an inner border of the table it is in: a vertical
        rule crosses it beyond its end and goes up to the nearest wider rule above it, which reaches
        over the vertical rule."""
        y, start, end = rule
        middle = (start + end) / 2
        above = next((h for h in horizontal if h[0] > y + _SAME and h[1] - _SAME <= middle <= h[2] + _SAME
                      and (h[1] < start - 2 * _SAME or h[2] > end + 2 * _SAME)), None)
        if above is None:
            return False
        for x, low, high in self.vertical:
            if low + _SAME < y < high - _SAME and (x < start - 2 * _SAME or x > end + 2 * _SAME) \
                    and above[1] - _SAME <= x <= above[2] + _SAME and high >= above[0] - _SAME:
                return True
        return False

    def __bool__(self) -> bool:
        return (bool(self.horizontal) and bool(self.vertical)) or bool(self.boxes)

    def band(self, x: float, y: float) -> Optional[tuple[tuple[float, float, float], tuple[float, float, float]]]:
        """The horizontal rules right above and right below the point (x, y) that reach over x."""
        at = bisect.bisect_left(self._h_ys, y)
        below = next((h for h in reversed(self.horizontal[:at]) if h[1] - _SAME <= x <= h[2] + _SAME), None)
        above = next((h for h in self.horizontal[at:] if h[1] - _SAME <= x <= h[2] + _SAME), None)
        if below is None or above is None:
            return None
        return above, below

    def divides_rows(self, top: tuple[float, float, float], bottom: tuple[float, float, float]) -> bool:
        """Whether a vertical rule inside the band crosses a rule of the same reach as ``top`` and
        ``bottom`` (a table drawn without outer borders has such column borders through its row
        rules; a line beside a page's sidebar runs between two rules, through none)."""
        left, right = max(top[1], bottom[1]), min(top[2], bottom[2])
        height = top[0] - bottom[0]
        for x, low, high in self.vertical:
            if not (left + _SAME < x < right - _SAME and low <= bottom[0] + _SAME + 0.1 * height
                    and high >= top[0] - _SAME - 0.1 * height):
                continue
            if any(low + _SAME < h[0] < high - _SAME and abs(h[1] - left) <= 2 * _SAME
                   and abs(h[2] - right) <= 2 * _SAME for h in self.horizontal):
                return True
        return False

    def columns(self, top: tuple[float, float, float], bottom: tuple[float, float, float]) -> list[float]:
        """The x of the vertical rules that cross the band between ``top`` and ``bottom`` from
        rule to rule, within both rules' reach."""
        left, right = max(top[1], bottom[1]) - _SAME, min(top[2], bottom[2]) + _SAME
        height = top[0] - bottom[0]
        return [v[0] for v in self.vertical
                if left <= v[0] <= right and v[1] <= bottom[0] + _SAME + 0.1 * height
                and v[2] >= top[0] - _SAME - 0.1 * height]


def _distinct(xs: list[float]) -> list[float]:
    """Sorted positions without near-duplicates (within _SAME of the one kept before)."""
    kept: list[float] = []
    for x in xs:
        if not kept or x - kept[-1] > _SAME:
            kept.append(x)
    return kept


def _merge(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Rules at the same position (within _SAME) whose reaches touch become one, sorted."""
    merged: list[list[float]] = []
    for at, start, end in sorted(rules, key=lambda r: (round(r[0] / _SAME), r[1])):
        last = merged[-1] if merged else None
        if last is not None and abs(last[0] - at) <= _SAME and start <= last[2] + _SAME:
            last[2] = max(last[2], end)
        else:
            merged.append([at, start, end])
    merged.sort(key=lambda r: (r[0], r[1]))
    return [(a, b, c) for a, b, c in merged]


def page_objects(page: Any) -> list[Any]:
    """The page's own objects (raw PDFium handles), read once for the text's runs and the rules."""
    import pypdfium2.raw as raw

    handles = (raw.FPDFPage_GetObject(page, index) for index in range(raw.FPDFPage_CountObjects(page)))
    return [handle for handle in handles if handle]


def page_rules(page: Any, objects: list[Any]) -> Rules:
    """The rules drawn on ``page`` (a raw PDFium page): thin paths and the edges of small
    rectangles, from the page's own ``objects``."""
    import ctypes

    import pypdfium2.raw as raw

    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    boxes: list[tuple[float, float, float, float]] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    seen = 0
    for handle in objects[:50 * _MAX_PATHS]:
        if raw.FPDFPageObj_GetType(handle) != _PATH:
            continue
        seen += 1
        if seen > _MAX_PATHS:
            break
        if raw.FPDFPath_CountSegments(handle) > _MAX_SEGMENTS:
            continue
        if not raw.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        width, height = x1 - x0, y1 - y0
        if height <= _THIN and width >= _MIN_RULE:
            horizontal.append(((y0 + y1) / 2, x0, x1))
        elif width <= _THIN and height >= _MIN_RULE:
            vertical.append(((x0 + x1) / 2, y0, y1))
        elif width >= _MIN_RULE and height >= _MIN_RULE:
            # a rectangle drawn around a cell, or a cell's shading: its edges bound the cell
            horizontal += [(y0, x0, x1), (y1, x0, x1)]
            vertical += [(x0, y0, y1), (x1, y0, y1)]
            if width >= _MIN_BOX and height >= _MIN_BOX / 2:
                boxes.append((x0, y0, x1, y1))
    return Rules(horizontal, vertical, boxes, raw.FPDF_GetPageWidthF(page))


def ruled_cell(rules: Rules, x0: float, x1: float, y: float, height: float
               ) -> Optional[tuple[tuple[float, float, float, float], tuple[int, int]]]:
    """The ruled row (its top and bottom y, left and right x), and the column index within it and the row's number
    of columns, that hold a run of text from ``x0`` to ``x1`` on baseline ``y``, or None when the run stands in no ruled row of
    two or more cells."""
    middle = y + 0.3 * height
    centre = (x0 + x1) / 2
    band = rules.band(centre, middle)
    if band is None:
        return None
    top, bottom = band
    if top[0] - bottom[0] < 0.8 * height:
        return None
    columns = rules.columns(top, bottom)
    left, right = max(top[1], bottom[1]), min(top[2], bottom[2])
    if columns and (columns[0] > left + _SAME or columns[-1] < right - _SAME) and rules.divides_rows(top, bottom):
        # a table drawn without its outer borders: its rows' rules end where its cells do
        columns = _distinct(sorted({left, right, *columns}))
    if len(columns) < 3:
        return None  # a box around text (one cell) is no table
    at = bisect.bisect_right(columns, centre) - 1
    if at < 0 or at >= len(columns) - 1:
        return None
    if x0 < columns[at] - _SAME or x1 > columns[at + 1] + _SAME:
        return None  # the run crosses a rule: text over the table, not in it
    return (top[0], bottom[0], columns[0], columns[-1]), (at, len(columns) - 1)


def encode_row(cells: Sequence[Sequence[str]]) -> str:
    """A ruled row's line for the layout stage: each cell's lines joined by LINE_MARK."""
    return ROW_MARK + CELL_MARK.join(LINE_MARK.join(lines) for lines in cells)


def decode_row(line: str) -> Optional[list[list[str]]]:
    """The cells (each its lines) of a line made by :func:`encode_row`, or None for any other
    line."""
    stripped = line.strip()
    if not stripped.startswith(ROW_MARK):
        return None
    return [[part for part in cell.split(LINE_MARK)] for cell in stripped[1:].split(CELL_MARK)]


def unmarked(text: str) -> str:
    """``text`` without the marks (a page's own text may hold the same private-use characters)."""
    if not any(mark in text for mark in MARKS):
        return text
    for mark in MARKS:
        text = text.replace(mark, " ")
    return text
