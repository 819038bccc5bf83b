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
import math
from typing import Any, Optional

from mentordocs.lint.readers._pdf_rules import Rules, encode_row, page_objects, page_rules, ruled_cell, unmarked

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
    __slots__ = ("x0", "x1", "y", "height", "text", "start", "angle")

    def __init__(self, x0: float, x1: float, y: float, height: float, text: str, start: int = -1,
                 angle: float = 0.0):
        self.x0, self.x1, self.y, self.height, self.text = x0, x1, y, height, text
        self.start = start  #: the index of its first character in the text page (-1: none)
        self.angle = angle  #: the baseline's slope in radians (0: horizontal)


def page_layout_text(page: Any, textpage: Any, formenv: Any = None) -> str:
    """The page's text as layout lines (``\\n``-separated), or "" when it has none.

    Like :func:`.pdf._page_text` with pypdf: the page's own content stream is read; text in its
    form XObjects (where scanners put a hidden OCR layer) only when the page itself has (almost)
    no text, or where it is visible (a form flattened into the page draws each field's value as
    a form XObject), so text hidden in a form beside a visible text layer is not read. With the
    document's form environment (``formenv``), the values of its fillable form fields (AcroForm
    text fields, choices and check boxes, which no content stream holds) are read where their
    widgets stand.
    """
    objects = page_objects(page)
    own, forms = _segments(page, textpage, objects)
    if sum(c.isalpha() for s in own for c in s.text) < _MIN_OWN_LETTERS:
        own = own + forms
    else:
        own = own + [s for s in forms if s.angle is not _HIDDEN]
    if formenv is not None:
        own = own + form_field_segments(page, formenv, own)
    if not own:
        return ""
    lines = _untangle(_lines(_deskewed(own)), textpage)
    rules = page_rules(page, objects)
    return _fixed_width(_boxed(_ruled(lines, rules), rules))


def _ruled(lines: list[tuple[int, list[_Segment]]], rules: Rules) -> list[tuple[int, list[_Segment]]]:
    """The lines with the text of each ruled table row (see :mod:`._pdf_rules`) taken out of
    them and put on a line of its own, where the row's first text stands: one run holding the
    row's cells, each cell's lines top to bottom. Text beside a table (a contact card in a side
    column) follows the table, instead of standing between its rows."""
    if not rules:
        return lines
    Band = tuple[float, float, float, float]  # top, bottom, left, right
    rows: dict[Band, tuple[int, list[list[_Segment]]]] = {}
    kept: list[tuple[int, list[_Segment]]] = []
    starts: dict[int, list[Band]] = {}  # the rows that start on each kept line
    for key, line in lines:
        rest: list[_Segment] = []
        for segment in line:
            found = ruled_cell(rules, segment.x0, segment.x1, segment.y, segment.height)
            if found is None:
                rest.append(segment)
                continue
            band, (column, count) = found
            if band not in rows:
                rows[band] = (len(kept), [[] for _ in range(count)])
                starts.setdefault(len(kept), []).append(band)
            cells = rows[band][1]
            if len(cells) == count:
                cells[column].append(segment)
        kept.append((key, rest))
    encoded: dict[Band, _Segment] = {}
    for band, (_, cells) in rows.items():
        texts = [[_line_text(line) for _, line in _lines(cell)] for cell in cells]
        if max(len(cell) for cell in texts) > _MAX_CELL_LINES:
            continue
        first = min((s for cell in cells for s in cell), key=lambda s: (-s.y, s.x0))
        left = min(s.x0 for cell in cells for s in cell)
        encoded[band] = _Segment(left, left, first.y, first.height, encode_row(texts), _SYNTHETIC)
    beside = _beside_tables(kept, encoded)
    out: list[tuple[int, list[_Segment]]] = []
    for index, (key, rest) in enumerate(kept):
        for band in starts.get(index, ()):
            if band in encoded:
                out.append((key, [encoded[band]]))
                out.extend(beside.get(band, ()))
            else:  # a row too long for a table row: its text stays where it stands
                for segments in rows[band][1]:
                    for segment in segments:
                        rest.append(segment)
                rest.sort(key=lambda s: s.x0)
        if rest:
            out.append((key, rest))
    return out if out else lines


def _beside_tables(kept: list[tuple[int, list[_Segment]]], encoded: dict[tuple[float, float, float, float], _Segment]
                   ) -> dict[tuple[float, float, float, float], list[tuple[int, list[_Segment]]]]:
    """Take the text that stands beside a ruled table, within its height, out of ``kept``; by
    the table's last row, the lines it makes there."""
    tables: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
    for band in encoded:
        tables.setdefault((round(band[2]), round(band[3])), []).append(band)
    beside: dict[tuple[float, float, float, float], list[tuple[int, list[_Segment]]]] = {}
    for bands in tables.values():
        top, bottom = max(b[0] for b in bands), min(b[1] for b in bands)
        left, right = bands[0][2], bands[0][3]
        last = min(bands, key=lambda b: b[1])
        moved: list[tuple[int, list[_Segment]]] = []
        for index, (key, rest) in enumerate(kept):
            out = [s for s in rest if bottom < s.y < top and (s.x1 <= left + 2 or s.x0 >= right - 2)]
            if out and len(out) < len(rest) + 1:
                kept[index] = (key, [s for s in rest if s not in out])
                moved.append((key, out))
        if moved:
            beside[last] = moved
    return beside


def _boxed(lines: list[tuple[int, list[_Segment]]], rules: Rules) -> list[tuple[int, list[_Segment]]]:
    """The lines with the text of a box beside the body (a sidebar's shaded or framed box: "Din
    mentor / Sara Sørensen / Tlf. …" beside the goal's lines) taken out of the body's lines and
    put before the first body line beside the box (where a letterhead's sender box belongs), so
    that the body's paragraphs and the box's lines each stay together."""
    if not rules.boxes or not rules.width:
        return lines
    total = sum(len(line) for _, line in lines)
    for x0, y0, x1, y1 in sorted(rules.boxes, key=lambda box: -box[3]):
        if x1 - x0 > _MAX_BOX_WIDTH * rules.width:
            continue
        inside: list[tuple[int, list[_Segment]]] = []
        beside_lines = 0
        first_beside = -1
        for index, (_, line) in enumerate(lines):
            if not line or not y0 <= line[0].y <= y1:
                continue
            # (a run that starts in the box may overflow it: a long e-mail address in a narrow
            # sidebar; it stays the box's while it ends before the body's next run starts)
            within = [s for n, s in enumerate(line) if s.start != _SYNTHETIC and x0 - 1 <= s.x0 < x1
                      and (s.x1 <= x1 + 1 or (s.x1 - x1 < x1 - x0 and all(t.x0 > s.x1 for t in line[n + 1:])))]
            outside = [s for s in line if s not in within and (s.x1 <= x0 or s.x0 >= x1)]
            if within:
                inside.append((index, within))
            if outside:
                beside_lines += 1
                first_beside = index if first_beside < 0 else first_beside
        count = sum(len(segments) for _, segments in inside)
        if not inside or beside_lines < _MIN_BESIDE or count > total / 2 or first_beside < 0:
            continue
        taken = {index: segments for index, segments in inside}
        moved = [(lines[index][0], segments) for index, segments in inside]
        out: list[tuple[int, list[_Segment]]] = []
        for index, (key, line) in enumerate(lines):
            if index == first_beside:
                out.extend(moved)
            if index in taken:
                line = [s for s in line if s not in taken[index]]
            if line:
                out.append((key, line))
        lines = out
    return lines


#: A box wider than this share of the page holds the body, not a sidebar.
_MAX_BOX_WIDTH = 0.45
#: A box is beside the body when at least this many of the body's lines stand beside it.
_MIN_BESIDE = 2


#: A ruled "row" whose cell holds more lines than this is a frame around a page's text, not a
#: form's row: it is read as text.
_MAX_CELL_LINES = 40
#: The ``start`` of a run made by :func:`_ruled` (it has no characters on the text page).
_SYNTHETIC = -2


def _line_text(line: list[_Segment]) -> str:
    """The runs of one line in a cell as text, a space where they stand apart."""
    parts: list[str] = []
    for previous, segment in zip([None, *line], line):
        if previous is not None and segment.x0 - previous.x1 > 0.15 * segment.height \
                and not parts[-1].endswith(" ") and not segment.text.startswith(" "):
            parts.append(" ")
        parts.append(segment.text)
    return " ".join("".join(parts).split())


#: A text layer whose lines slope by more than this (radians, 0.3 degrees) is set
#: straight before its lines are found; more than this is no scan's skew but rotated text.
_MIN_SKEW = 0.0052
#: A line set at less than this slope (radians) was set level: its slope was not measured.
_NO_SLOPE = 0.0009
_MAX_SKEW = 0.14


def _deskewed(segments: list[_Segment]) -> list[_Segment]:
    """The segments of a skewed page turned level, so that each line of text is one line.

    A scan's OCR text layer (Tesseract's PDF renderer, ``ocrmypdf``) sets each line of text on
    the slope of the scanned line. Grouped by baseline as printed, the words of one line 1.5
    degrees off level drift over a line height from left to right and mix with the lines above
    or below. When most of the page's words slope alike, every segment is turned about the
    page's origin by that slope; a born-digital page (level text) is left as it is.
    """
    words = [s.angle for s in segments if sum(c.isalpha() for c in s.text) >= 2]
    # Tesseract sets a short line (a sidebar's "Omar Sørensen") level where it finds no slope;
    # its words still stand where the skewed scan has them, so they are turned too, and only
    # the lines with a slope measure the page's skew.
    angles = sorted(a for a in words if abs(a) >= _NO_SLOPE)
    if len(angles) < 5 or len(angles) < 0.3 * len(words):
        return segments
    skew = angles[len(angles) // 2]
    if not _MIN_SKEW <= abs(skew) <= _MAX_SKEW:
        return segments
    agreeing = sum(1 for a in angles if abs(a - skew) < 0.5 * abs(skew))
    if agreeing < 0.6 * len(angles):
        return segments
    cos, sin = math.cos(skew), math.sin(skew)
    level: list[_Segment] = []
    for s in segments:
        x0 = s.x0 * cos + s.y * sin
        level.append(_Segment(x0, x0 + (s.x1 - s.x0) / cos, s.y * cos - s.x0 * sin, s.height,
                              s.text, s.start, 0.0))
    return level


def _untangle(lines: list[tuple[int, list[_Segment]]], textpage: Any) -> list[tuple[int, list[_Segment]]]:
    """Lines where text objects overlap in x ("☐ ☒ ☐" drawn as one object in a symbol font, the
    options "0-1 time … 1-2 timer …" as another, in between): the overlapping objects are cut
    at their wide inner gaps, so the pieces stand in the order they are printed. Rare, so the
    character boxes are only read here."""
    for _, line in lines:
        if not any(b.x0 < a.x1 - 2 * min(a.height, b.height) for a, b in zip(line, line[1:])):
            continue
        pieces: list[_Segment] = []
        for segment in line:
            pieces.extend(_cut(segment, textpage))
        pieces.sort(key=lambda piece: piece.x0)
        line[:] = pieces
    return lines


def _cut(segment: _Segment, textpage: Any) -> list[_Segment]:
    """``segment`` cut wherever two visible characters stand more than a font size apart."""
    import pypdfium2.raw as raw

    if segment.start < 0:
        return [segment]
    box = raw.FS_RECTF()
    boxes: list[tuple[int, float, float]] = []
    for offset, char in enumerate(segment.text):
        if not char.isspace() and raw.FPDFText_GetLooseCharBox(textpage, segment.start + offset, box):
            boxes.append((offset, box.left, box.right))
    pieces: list[_Segment] = []
    first = 0
    for (_, _, right), (offset, left, _) in zip(boxes, boxes[1:]):
        if left - right > segment.height:
            piece = _piece(segment, boxes, first, offset)
            if piece is not None:
                pieces.append(piece)
            first = offset
    piece = _piece(segment, boxes, first, len(segment.text))
    if piece is not None:
        pieces.append(piece)
    return pieces or [segment]


def _piece(segment: _Segment, boxes: list[tuple[int, float, float]], start: int, end: int) -> Optional[_Segment]:
    inside = [(left, right) for offset, left, right in boxes if start <= offset < end]
    text = segment.text[start:end]  # its spaces kept: they are the word gaps of the line
    if not inside or not text.strip():
        return None
    return _Segment(inside[0][0], inside[-1][1], segment.y, segment.height, text, segment.start + start)


#: A page with fewer letters than this in its own content also gets its forms' text (the same
#: threshold as ``MIN_LETTERS_PER_PAGE`` in :mod:`.pdf`).
_MIN_OWN_LETTERS = 25


def _segments(page: Any, textpage: Any, objects: list[Any]) -> tuple[list[_Segment], list[_Segment]]:
    """The page's runs of text: the characters of one text object (a ``Tj``/``TJ``), in
    content order, without the spaces and line breaks PDFium generates between objects; those
    of the page's own content, and those inside form XObjects."""
    import pypdfium2.raw as raw

    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return [], []
    address = ctypes.addressof
    top_level = {address(handle.contents) for handle in objects}
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: one code point per character
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count))
    get_object = raw.FPDFText_GetTextObject
    own: list[_Segment] = []
    forms: list[_Segment] = []
    run_start = -1
    run_object = None
    run_handle = None
    handle = None
    skip_to = -1
    for index in range(count + 1):
        if index < skip_to:
            continue
        if index < count:
            char = text[index]
            handle = get_object(textpage, index)
            current = address(handle.contents) if handle else None
        else:
            char, current = "\n", None
        if current is not None and current == run_object and char not in "\r\n":
            # Still in the run: a text object's characters stand together, so gallop to the
            # last character of it before the next line break, probing few characters.
            if skip_to > index:
                continue
            skip_to = _run_end(get_object, textpage, text, index, run_object, count)
            continue
        if run_start >= 0:
            segment = _segment(textpage, text, run_start, index)
            if segment is not None:
                if run_object in top_level:
                    own.append(segment)
                else:
                    if run_handle and raw.FPDFTextObj_GetTextRenderMode(run_handle) == raw.FPDF_TEXTRENDERMODE_INVISIBLE:
                        segment.angle = _HIDDEN  # (an OCR layer's invisible text: kept apart)
                    forms.append(segment)
        run_start, run_object, run_handle = (index, current, handle) if current is not None and char not in "\r\n" \
            else (-1, None, None)
    return own, forms


#: The ``angle`` of a form XObject's invisible text run (render mode 3), which is read only on a
#: page without text of its own.
_HIDDEN = float("nan")
#: A form field's value is set on the grid as text of this size (points), its lines this far apart.
_FIELD_FONT = 10.0
_FIELD_LEADING = 1.25
#: A form field value's characters are about this wide, times the font size.
_FIELD_CHAR = 0.5


def form_field_segments(page: Any, formenv: Any, shown: list[_Segment]) -> list[_Segment]:
    """The values of the page's fillable form fields as runs of text where their widgets
    stand: a text field's or a choice's value (a multi-line one line by line, wrapped to the
    widget's width), a check box or radio button as ☒ (chosen) or ☐. A widget whose box already
    shows text of the page (a form printed with its values) adds nothing."""
    import pypdfium2.raw as raw

    segments: list[_Segment] = []
    count = raw.FPDFPage_GetAnnotCount(page)
    for number in range(min(count, _MAX_WIDGETS)):
        annot = raw.FPDFPage_GetAnnot(page, number)
        if not annot:
            continue
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET:
                continue
            kind = raw.FPDFAnnot_GetFormFieldType(formenv, annot)
            box = raw.FS_RECTF()
            if not raw.FPDFAnnot_GetRect(annot, box):
                continue
            left, right = min(box.left, box.right), max(box.left, box.right)
            bottom, top = min(box.bottom, box.top), max(box.bottom, box.top)
            if any(left - 2 <= s.x0 <= right and bottom - 2 <= s.y <= top + 2 for s in shown):
                continue
            if kind in (raw.FPDF_FORMFIELD_CHECKBOX, raw.FPDF_FORMFIELD_RADIOBUTTON):
                lines = ["☒" if raw.FPDFAnnot_IsChecked(formenv, annot) else "☐"]
            elif kind in (raw.FPDF_FORMFIELD_TEXTFIELD, raw.FPDF_FORMFIELD_COMBOBOX, raw.FPDF_FORMFIELD_LISTBOX):
                lines = _wrapped(_field_value(formenv, annot), right - left)
            else:
                continue  # (a push button's caption, a signature)
        finally:
            raw.FPDFPage_CloseAnnot(annot)
        y = top - _FIELD_FONT * 1.1
        for line in lines:
            if line.strip() and y >= bottom - _FIELD_FONT * _FIELD_LEADING * 40:
                x0 = left + 2
                segments.append(_Segment(x0, x0 + len(line) * _FIELD_FONT * _FIELD_CHAR, y, _FIELD_FONT, line))
            y -= _FIELD_FONT * _FIELD_LEADING
    return segments


#: A hostile page may hold any number of widgets; a real form has tens.
_MAX_WIDGETS = 2_000
#: A field's value is read up to this many characters (a hostile one may hold megabytes).
_MAX_FIELD_CHARS = 20_000


def _field_value(formenv: Any, annot: Any) -> str:
    """A form field's value (``/V``, also inherited from its parent field), "" for none."""
    import pypdfium2.raw as raw

    size = raw.FPDFAnnot_GetFormFieldValue(formenv, annot, None, 0)
    if size <= 2:
        return ""
    size = min(size, 2 * _MAX_FIELD_CHARS + 2)
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFAnnot_GetFormFieldValue(formenv, annot, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)
    return buffer.raw[:size - 2].decode("utf-16-le", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def _wrapped(value: str, width: float) -> list[str]:
    """A field's value in the lines a viewer shows it in: its own lines, each wrapped to the
    widget's width."""
    import textwrap

    columns = max(int(width / (_FIELD_FONT * _FIELD_CHAR)), 10)
    return [part for line in value.split("\n") for part in (textwrap.wrap(line, columns) or [""])]


def _run_end(get_object: Any, textpage: Any, text: str, index: int, run_object: int,
             count: int) -> int:
    """The index after which the run holding ``index`` may still go on: the last character
    known to belong to ``run_object`` on this line (the caller goes on walking from there)."""
    address = ctypes.addressof

    def same(at: int) -> bool:
        if at >= count or text[at] in "\r\n":
            return False
        handle = get_object(textpage, at)
        return bool(handle) and address(handle.contents) == run_object

    def reaches(start: int, end: int) -> bool:
        return same(end) and "\n" not in text[start:end] and "\r" not in text[start:end]

    good, step = index, 8
    while reaches(good, good + step):
        good += step
        step *= 2
    bad = good + step
    while bad - good > 1:  # the boundary lies between good (in the run) and bad (not)
        middle = (good + bad) // 2
        if reaches(good, middle):
            good = middle
        else:
            bad = middle
    return good


def _segment(textpage: Any, text: str, start: int, end: int) -> Optional[_Segment]:
    """The run of characters ``start:end``: its text and where it starts, ends and stands."""
    import pypdfium2.raw as raw

    # PDFium marks a hyphen that ends a line as U+0002 or U+FFFE; the layout stage joins
    # such words.
    run = unmarked(text[start:end]).replace("\x02", "-").replace("\ufffe", "-").replace("\r", " ").replace("\n", " ")
    if not run.strip():
        return None
    x, y = ctypes.c_double(), ctypes.c_double()
    box = raw.FS_RECTF()
    if not raw.FPDFText_GetCharOrigin(textpage, start, x, y):
        return None
    size = raw.FPDFText_GetFontSize(textpage, start)
    left = x.value
    right = left
    if raw.FPDFText_GetLooseCharBox(textpage, end - 1, box):
        right = max(right, box.right)
        if not size:
            size = box.top - box.bottom
    matrix = raw.FS_MATRIX()
    angle = 0.0
    if raw.FPDFText_GetMatrix(textpage, start, matrix) and matrix.d > 0:
        # the slope of the text's up direction, which a horizontal scaling (Tz) leaves alone
        angle = math.atan2(-matrix.c, matrix.d)
    return _Segment(left, right, y.value, size or 1.0, run, start, angle)


def _lines(segments: list[_Segment]) -> list[tuple[int, list[_Segment]]]:
    """Segments grouped into lines, top to bottom, each line left to right and keyed by the
    whole-point baseline of its first segment. The runs on one whole-point baseline are one
    line; the runs of a nearby baseline (closer than the smaller font height) join it when none of
    them overlaps or starts where one of the line's runs does (pypdf's grouping). Overlapping runs
    on two baselines are two lines, however tall the font says its letters are: a label over its
    value in a browser's print of "<dt>Formål</dt><dd>Målet er …</dd>", drawn one glyph per
    object (on one baseline, objects drawn over each other are one line's, which _untangle cuts
    apart)."""
    ordered = sorted(segments, key=lambda s: (-int(s.y), s.x0))
    buckets: list[tuple[int, list[_Segment]]] = []
    for segment in ordered:
        if buckets and buckets[-1][0] == int(segment.y):
            buckets[-1][1].append(segment)
        else:
            buckets.append((int(segment.y), [segment]))
    lines: list[tuple[int, list[_Segment]]] = []
    for y, bucket in buckets:
        if lines:
            key, last = lines[-1]
            height = min(bucket[0].height, last[0].height)
            if abs(key - y) < height and not _collide(bucket, last) \
                    and not (abs(key - y) >= _NEAR_BASELINE * height and _abut(bucket, last, height)):
                last.extend(bucket)
                last.sort(key=lambda s: s.x0)
                continue
        lines.append((y, list(bucket)))
    return lines


#: Runs on baselines farther apart than this (times the smaller font size) that abut, one
#: starting where the other ends, are two lines, however tight the leading: "Timer" over the
#: indented "2½ time om ugen" of a browser's print of a definition list. A superscript is nearer.
_NEAR_BASELINE = 0.6


def _abut(runs: list[_Segment], line: list[_Segment], height: float) -> bool:
    """Whether one of ``runs`` starts (or ends) within a space's width of one of ``line``'s runs."""
    near = 0.3 * height
    return any(0 <= a.x0 - b.x1 < near or 0 <= b.x0 - a.x1 < near for a in runs for b in line)


def _collide(runs: list[_Segment], line: list[_Segment]) -> bool:
    """Whether any of ``runs`` overlaps one of ``line``'s runs (by more than 2 pt) or starts at
    the same whole point; both are sorted by x. One sweep over the two lists."""
    starts = {int(s.x0) for s in line}
    if any(int(s.x0) in starts for s in runs):
        return True
    i = j = 0
    while i < len(runs) and j < len(line):
        a, b = runs[i], line[j]
        if min(a.x1, b.x1) - max(a.x0, b.x0) > 2:
            return True
        if a.x1 < b.x1:
            i += 1
        else:
            j += 1
    return False


def _fixed_width(lines: list[tuple[int, list[_Segment]]]) -> str:
    segments = [s for _, line in lines for s in line]
    min_x = min(s.x0 for s in segments)
    measured = [s for s in segments if s.start != _SYNTHETIC] or segments
    weights = [len(s.text) * _SCALE_WEIGHT for s in measured]
    char_width = sum((s.x1 - s.x0) for s in measured) / sum(weights)
    # The whole-point x where runs after the first of a line start, counted once per line: a
    # table's value column starts at the same x on line after line.
    column_starts: dict[int, int] = {}
    for _, line in lines:
        # (only runs set apart from the run before them: a page drawn glyph by glyph has a run
        # for every letter)
        for x in {int(s.x0) for p, s in zip(line, line[1:]) if s.x0 - p.x1 >= _NARROW_COLUMN_GAP * s.height}:
            column_starts[x] = column_starts.get(x, 0) + 1
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
        previous = line[0]
        for segment in line:
            tx = segment.x0 - min_x
            offset = int(tx // char_width) if char_width > 0 else length
            needed = offset - length
            gap = tx - last_end
            if parts and 0 <= gap < _WORD_GAP * segment.height and not _column_gap(
                    gap, previous, segment, column_starts):
                # The next word of the same line of text (an OCR layer puts each word in a text
                # object of its own): spaced by its distance, as pypdf spaces the runs of one
                # text object, not moved to the grid.
                # PDFium leaves a space out of the segments (it has no box), so any visible
                # gap is at least one space.
                # A word gap is at most two spaces: three would read as a column gap.
                spaces = round(gap / (_SPACE * segment.height))
                if parts[-1].endswith(" "):
                    spaces = min(spaces, 1)
                else:
                    spaces = min(max(spaces, 1 if gap > 0.08 * segment.height else 0), 2)
                parts.append(" " * spaces)
                length += spaces
            elif needed > 0 and last_end < tx:
                # a column gap is at least three spaces, also after a run that overflows the grid
                needed = min(max(needed, 3 if parts else 0), _WHITESPACE_LIMIT)
                parts.append(" " * needed)
                length += needed
            elif parts and tx - last_end > 0.15 * segment.height and not parts[-1].endswith(" "):
                parts.append(" ")  # a word gap between two text objects
                length += 1
            parts.append(segment.text)
            length += len(segment.text)
            last_end = segment.x1 - min_x
            previous = segment
        out.append("".join(parts).rstrip())
        last_y = key
    return "\n".join(out)


#: A gap of at least this (times the font size) before a run that starts where runs of other
#: lines start is a column gap, however narrow: a long label in a table's label cell ends
#: close to its value ("Vi har aftalt følgende mål" 9 pt before "Maja fastholder …"). Not in
#: an OCR layer, which sets each word apart: there words line up by chance.
_NARROW_COLUMN_GAP = 0.5
#: A run starting where runs of this many lines (itself included) start stands in a column.
_COLUMN_LINES = 3


def _column_gap(gap: float, previous: _Segment, segment: _Segment,
                column_starts: dict[int, int]) -> bool:
    x = int(segment.x0)
    if gap < _NARROW_COLUMN_GAP * segment.height:
        # A label cell's line that runs into its value without a gap ("Opgaver som mentor skal
        # bistå" + "Støtte dig i …", a browser's print drawn glyph by glyph) still ends where
        # the value column starts: a lower-case letter against a capital, at that column.
        return previous.text[-1:].islower() and segment.text[:1].isupper() \
            and sum(column_starts.get(x + d, 0) for d in (-1, 0, 1)) >= _COLUMN_LINES
    if " " not in previous.text.strip() and " " not in segment.text.strip():
        return False  # a word set apart, as an OCR layer sets every word
    if len(previous.text.strip()) < 2:
        return False  # a checkbox or a bullet before its text
    return sum(column_starts.get(x + d, 0) for d in (-1, 0, 1)) >= _COLUMN_LINES
