"""HTML reader: lxml.html without network access; scripts, styles and comments dropped."""

from __future__ import annotations

import re
from typing import Any, Optional

from lxml import etree, html as lxml_html

from mentordocs.lint.limits import Limits
from mentordocs.lint.model import Block, BlockKind, ErrorCode, ExtractedDocument, Location
from mentordocs.lint.readers._errors import DocumentError
from mentordocs.lint.readers._lines import split_bullet, split_label_lines, table_row_block
from mentordocs.lint.readers.text import decode_text

_SPACES = re.compile(r"[ \t\r\n\u00a0]+")
_SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe",
         "object", "embed", "svg", "math", "button", "select", "nav"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
           "pre", "address", "figure", "figcaption", "form", "fieldset", "legend", "center",
           "body", "html", "caption", "details", "summary"}

#: At most this many words in a list item over a nested list make it that list's title.
_TITLE_WORDS = 8


#: Class names and roles of a web page's navigation chrome (a menu, breadcrumbs): not document
#: text, and its items ("Klager", "Timeregistrering") are no titles.
_CHROME_CLASSES = frozenset({"nav", "navbar", "navigation", "nav-list", "menu", "menubar", "breadcrumb",
                             "breadcrumbs", "skip-link", "topmenu", "mainmenu"})
_CHROME_ROLES = frozenset({"navigation", "menubar", "menu"})


def _chrome(el: Any) -> bool:
    classes = (el.get("class") or "").lower().split()
    return bool(_CHROME_CLASSES.intersection(classes)) or (el.get("role") or "").lower() in _CHROME_ROLES


def _parser() -> lxml_html.HTMLParser:
    return lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                huge_tree=False, default_doctype=False)


class _HtmlReader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []

    def flush(self) -> None:
        text = _clean("".join(self.buffer))
        self.buffer = []
        if text:
            self.emit(Block(text=text))

    def emit(self, block: Block) -> None:
        if block.kind is BlockKind.PARAGRAPH:
            parts = split_label_lines(block.text)
            if parts is not None:
                for part in parts:
                    self.emit(Block(text=part))
                return
            item = split_bullet(block.text)
            if item is not None:
                block = Block(text=item, kind=BlockKind.LIST_ITEM, level=1)
        self.blocks.append(Block(text=block.text, kind=block.kind, level=block.level,
                                 cells=block.cells,
                                 location=Location(paragraph=len(self.blocks) + 1)))

    def walk(self, el: etree._Element, list_depth: int = 0) -> None:
        """Flow content: inline text gathers in a buffer that every block element flushes."""
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            tag = tag.lower()
            if tag in _SKIP or not tag or _chrome(child):
                pass
            elif tag in _HEADINGS:
                self.flush()
                text = _clean(_inline_text(child))
                if text:
                    self.emit(Block(text=text, kind=BlockKind.HEADING, level=_HEADINGS[tag]))
            elif tag in ("ul", "ol", "menu"):
                self.flush()
                self.list(child, list_depth + 1, ordered=tag == "ol")
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag == "dl":
                self.flush()
                self.definitions(child)
            elif tag == "br":
                self.buffer.append("\n")
            elif tag in _BLOCKS and (cells := _styled_cells(child)) is not None:
                # <div class="field"><span>Status</span><span>Planlagt</span></div>: a case
                # system's label and value, set apart only by its style sheet
                self.flush()
                self.emit(table_row_block(list(cells)))
            elif tag in ("p", "div") and _is_bold_label(child):
                # <p><strong>Hvem er din mentor?</strong></p>: a heading made by bolding.
                self.flush()
                self.emit(Block(text=_clean(_inline_text(child)), kind=BlockKind.HEADING, level=3))
            elif tag in _BLOCKS or tag == "li":
                self.flush()
                if child.text:
                    self.buffer.append(child.text)
                self.walk(child, list_depth)
                self.flush()
            else:
                if child.text:
                    self.buffer.append(child.text)
                self.walk(child, list_depth)
            if child.tail:
                self.buffer.append(child.tail)

    def flow(self, el: etree._Element) -> None:
        """An element's content as flow of its own: blocks before it and after it end there."""
        self.flush()
        if el.text:
            self.buffer.append(el.text)
        self.walk(el)
        self.flush()

    def list(self, lst: etree._Element, depth: int, ordered: bool) -> None:
        number = _int(lst.get("start"), 1)
        for item in lst:
            if not isinstance(item.tag, str) or item.tag.lower() != "li":
                continue
            if _holds_blocks(item, lists=False):
                # a list of cards ("<li class='card'><div>Mentorforløb <span>Planlagt</span></div>
                # <dl><dt>Periode</dt>…</dl></li>"): each item's content is read as the blocks it
                # holds, its labels and values as rows, not run together into one item
                self.flow(item)
                number += 1
                continue
            nested = [c for c in item if isinstance(c.tag, str) and c.tag.lower() in ("ul", "ol")]
            for sub in nested:
                item.remove(sub)
            text = _clean(_inline_text(item))
            if text and nested and not ordered and len(text.split()) <= _TITLE_WORDS and not text.endswith("."):
                # "<li><strong>Virksomhedspraktik</strong><ul><li>Sted: …</li>…": a short item over
                # a list of its own titles that list (an activity's card in a plan's list)
                self.emit(Block(text=text, kind=BlockKind.HEADING, level=min(depth + 2, 6)))
            elif text:
                prefix = f"{number}. " if ordered else ""
                self.emit(Block(text=prefix + text, kind=BlockKind.LIST_ITEM, level=depth))
            number += 1
            for sub in nested:
                self.list(sub, depth + 1, ordered=sub.tag.lower() == "ol")

    def table(self, table: etree._Element) -> None:
        header_above = False
        spans: dict[int, int] = {}  # grid column -> rows a cell above still spans (rowspan)
        for row in table.iter("tr"):
            if _inside_nested_table(row, table):
                continue
            cell_elements = [c for c in row
                             if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            # A cell that a cell above spans is an empty cell here, as a Word table's merged
            # cell reads: "Periode" over "Fra | 1/11-2026" and "Til | 30/4-2027".
            covered = _covered_columns(cell_elements, spans)
            # (every row under a row of <th> labels is a record of the table's columns)
            header_row = len(cell_elements) >= 2 and all(c.tag.lower() == "th" for c in cell_elements)
            under_header, header_above = header_above and not header_row, header_above or header_row
            if len(cell_elements) == 1 or any(_holds_blocks(c, lists=not under_header) for c in cell_elements):
                # (a row of values under a row of <th> labels keeps its cells, lists in them too)
                # A layout table (a frame, or columns holding whole sections): read as flow.
                for cell in cell_elements:
                    self.flow(cell)
                continue
            # A cell that holds a list of labelled items ("Status: Aktiv", "Mål: …", "Mentor: …")
            # is a card inside the row: the row keeps its other cells, the items follow it.
            cards = [c for c in cell_elements if under_header and _labelled_list(c)]
            cells = tuple("" if c in cards else _clean(_inline_text(c)) for c in cell_elements)
            for col in covered:
                cells = cells[:col] + ("",) + cells[col:]
            if any(cells):
                self.emit(Block(text=" | ".join(c.replace("\n", " ") for c in cells),
                                kind=BlockKind.TABLE_ROW, cells=cells))
            for cell in cards:
                self.flow(cell)

    def definitions(self, dl: etree._Element) -> None:
        term: Optional[str] = None
        for child in _dl_items(dl):
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            text = _clean(_inline_text(child))
            if tag == "dt":
                term = text
            elif tag == "dd":
                cells = (term or "", text)
                self.emit(Block(text=" | ".join(cells), kind=BlockKind.TABLE_ROW, cells=cells))
                term = None


def _dl_items(dl: etree._Element) -> list[etree._Element]:
    """The <dt> and <dd> of a definition list, also where HTML5 groups each pair in a <div>
    ("<dl><div class='row'><dt>Mentor</dt><dd>…</dd></div>…")."""
    items: list[etree._Element] = []
    for child in dl:
        if isinstance(child.tag, str) and child.tag.lower() == "div":
            items.extend(c for c in child if isinstance(c.tag, str))
        else:
            items.append(child)
    return items


_SECTION_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "dl"})


def _holds_blocks(cell: etree._Element, lists: bool = True) -> bool:
    """Whether a table cell holds sections (headings, lists, tables, many paragraphs); with
    ``lists`` false a list is a value ("Opgaver" over a list of tasks), not a section."""
    paragraphs = 0
    for el in cell.iterdescendants():
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in _SECTION_TAGS and (lists or tag not in ("ul", "ol")):
            return True
        if tag in ("p", "div"):
            paragraphs += 1
    return paragraphs > 2


_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
_HEADING_CLASS = re.compile(r"overskrift|heading|rubrik|titel|title", re.IGNORECASE)


def _is_bold_label(el: etree._Element) -> bool:
    if _BOLD_STYLE.search(el.get("style", "")) or _HEADING_CLASS.search(el.get("class", "")) \
            or el.get("role") == "heading":
        if any(isinstance(c.tag, str) and c.tag.lower() in _BLOCK_CHILDREN for c in el.iterdescendants()):
            return False
        return _label_text(el)
    if (el.text or "").strip() or len(el) == 0:
        return False
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag not in ("strong", "b") or (child.tail or "").strip():
            return False
    return _label_text(el)


_BLOCK_CHILDREN = frozenset({"p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                             "br"})


def _label_text(el: etree._Element) -> bool:
    text = _clean(_inline_text(el))
    return bool(text) and len(text) <= 90 and "\n" not in text and not text.endswith((".", ",", ";"))


_INLINE = frozenset({"span", "label", "strong", "b", "em", "i", "small", "output", "data", "time"})


def _covered_columns(cells: list[etree._Element], spans: dict[int, int]) -> list[int]:
    """The positions, among a row's cells, of the grid columns that cells of rows above span
    (``rowspan``); ``spans`` is updated for the rows below."""
    covered = []
    grid = 0
    position = 0
    for cell in [*cells, None]:
        while spans.get(grid, 0) > 0:
            spans[grid] -= 1
            if cell is not None:
                covered.append(position)
                position += 1
            grid += 1
        if cell is None:
            break
        rows = _span(cell.get("rowspan"))
        columns = _span(cell.get("colspan"))
        if rows > 1:
            for offset in range(columns):
                spans[grid + offset] = rows - 1
        grid += columns
        position += 1
    return covered


def _span(value: Optional[str]) -> int:
    """A rowspan or colspan: a whole number from 1 to 100 (a hostile "1e9" is 1)."""
    try:
        return min(max(int(value or 1), 1), 100)
    except ValueError:
        return 1


def _styled_cells(el: etree._Element) -> Optional[tuple[str, ...]]:
    """The texts of a block's inline children when nothing but style separates them: two or
    more such children, no text of the block's own between them, and a word of one glued to
    the next's ("Status" + "Planlagt" reads "StatusPlanlagt" as text, two boxes on screen)."""
    children = list(el)
    if len(children) < 2 or (el.text or "").strip() or any((c.tail or "").strip() for c in children):
        return None
    texts: list[str] = []
    for child in children:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag not in _INLINE or _holds_blocks(child):
            return None
        texts.append(_inline_text(child))
    glued = any(a.rstrip() == a and b.lstrip() == b and a[-1:].isalnum() and b[:1].isalnum()
                and not (c.tail or "") for a, b, c in zip(texts, texts[1:], children))
    cells = tuple(_clean(t).replace("\n", " ") for t in texts)
    # (or a label and a value that the markup names so: <span class="lbl">Sted</span>
    # <span class="val">Føtex</span>, a space between them)
    named = len(children) == 2 and _LABEL_CLASS.search(children[0].get("class") or "") is not None
    if not (glued or named) or not all(cells):
        return None
    return cells


_LABEL_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:lbl|label|key|term|field-?name)(?:$|[\s_-])")


_ITEM_LABEL = re.compile(r"^[^:\n]{2,40}:\s*\S")


def _labelled_list(cell: etree._Element) -> bool:
    """Whether a table cell holds a list whose items are mostly "Label: value" (two at least)."""
    items = [_clean(_inline_text(li)) for li in cell.iter("li")]
    labelled = sum(1 for item in items if _ITEM_LABEL.match(item))
    return labelled >= 2 and labelled * 2 > len(items)


def _inside_nested_table(row: etree._Element, table: etree._Element) -> bool:
    parent = row.getparent()
    while parent is not None and parent is not table:
        if isinstance(parent.tag, str) and parent.tag.lower() == "table":
            return True
        parent = parent.getparent()
    return False


def _inline_text(el: etree._Element) -> str:
    out: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            out.append(node.text)
        for child in node:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag == "br":
                out.append("\n")
            elif tag in ("p", "div", "li", "tr"):
                out.append("\n")
                walk(child)
            elif tag in ("td", "th"):
                out.append(" ")
                walk(child)
            elif tag and tag not in _SKIP:
                walk(child)
            if child.tail:
                out.append(child.tail)

    walk(el)
    return "".join(out)


def _clean(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _int(value: Optional[str], default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def read_html(data: bytes, path: str, limits: Limits) -> ExtractedDocument:
    """Read an HTML page into blocks; only its own text, never anything it links to."""
    text = decode_text(data)
    if text.lstrip().startswith("<?xml"):
        # lxml refuses a str that still carries an encoding declaration.
        text = text[text.find("?>") + 2:]
    try:
        root = lxml_html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        raise DocumentError(ErrorCode.CORRUPT_FILE, "bad-xml", part="HTML") from None
    reader = _HtmlReader()
    body = root.find("body")
    reader.walk(body if body is not None else root)
    reader.flush()
    return ExtractedDocument(path=path, format="html", blocks=reader.blocks)
