"""ODT reader: content.xml (and the master pages' headers and footers in styles.xml)."""

from __future__ import annotations

import re
from typing import Callable, Iterator, Optional

from lxml import etree

from mentordocs.lint.limits import Limits
from mentordocs.lint.model import Block, BlockKind, ExtractedDocument, Location
from mentordocs.lint.readers._lines import clean_text as _clean
from mentordocs.lint.readers._lines import int_or as _int
from mentordocs.lint.readers._lines import (is_layout_row, looks_like_bold_heading, nested_table_value, split_bullet,
                                            split_label_lines, split_tab_row, table_row_block)
from mentordocs.lint.readers._package import Package

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_FORM = "{urn:oasis:names:tc:opendocument:xmlns:form:1.0}"
#: LibreOffice's namespace for Word's legacy form fields (fieldmarks) in ODF
_FIELD = "{urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_BOLD_WEIGHTS = {"bold", "600", "700", "800", "900"}
_HEADING_STYLE = re.compile(r"^(?:Heading|Overskrift)(?:_20_|\s)?(\d)$", re.IGNORECASE)

_SKIP_INLINE = {f"{_TEXT}note-citation", f"{_TEXT}tracked-changes", f"{_TEXT}bookmark-ref",
                f"{_OFFICE}annotation", f"{_TEXT}deletion"}


class _OdtReader:
    def __init__(self, package: Package):
        self.package = package
        self.blocks: list[Block] = []
        self.paragraph_no = 0
        self.style_heading: dict[str, int] = {}
        self.bold_styles: set[str] = set()
        self.table_depth = 0  # tables around the paragraph being read
        self.notes: list[etree._Element] = []  # note bodies met in the text, read after it
        self.hidden_styles: set[str] = set()  # text:display="none": LibreOffice shows none of it
        self.controls: dict[str, etree._Element] = {}  # form control id -> its office:forms element
        self.page_frames: list[etree._Element] = []  # text boxes of frames anchored to the page

    def read(self) -> list[Block]:
        root = self.package.xml("content.xml")
        styles_root = self.package.xml("styles.xml") if self.package.has("styles.xml") else None
        for tree in (styles_root, root):
            if tree is not None:
                self._load_styles(tree)
        text_body = root.find(f"{_OFFICE}body/{_OFFICE}text")
        for forms in (text_body.findall(f"{_OFFICE}forms") if text_body is not None else ()):
            for control in forms.iter():
                for key in (f"{_FORM}id", _XML_ID):
                    if control.get(key):
                        self.controls.setdefault(control.get(key), control)
        if styles_root is not None:
            self._master_pages(styles_root, ("header", "header-first", "header-left"))
        if text_body is not None:
            self._container(text_body, self._emit_body, list_depth=0)
            # frames anchored to the page stand beside the body (a sidebar, a box in the corner):
            # read after it, box by box
            for frame in self.page_frames:
                self._container(frame, self._emit_body, list_depth=0)
        self._notes()
        if styles_root is not None:
            self._master_pages(styles_root, ("footer", "footer-first", "footer-left"))
        return self.blocks

    def _notes(self) -> None:
        """Footnotes and endnotes, after the body (the appeal deadline may stand only there)."""
        seen: set[str] = set()

        def emit(block: Block) -> None:
            if block.text not in seen:
                seen.add(block.text)
                self.blocks.append(Block(text=block.text, kind=block.kind, level=block.level,
                                         cells=block.cells, style="footnote"))

        while self.notes:
            self._container(self.notes.pop(0), emit, list_depth=0)

    def _load_styles(self, tree: etree._Element) -> None:
        parents: dict[str, str] = {}
        for style in tree.iter(f"{_STYLE}style"):
            name = style.get(f"{_STYLE}name")
            if not name:
                continue
            display = style.get(f"{_STYLE}display-name") or name
            level = style.get(f"{_STYLE}default-outline-level")
            m = _HEADING_STYLE.match(name) or _HEADING_STYLE.match(display)
            if m:
                self.style_heading[name] = int(m.group(1))
            elif name in ("Title", "Titel") or display in ("Title", "Titel"):
                self.style_heading[name] = 1
            elif level and level.isdigit():
                self.style_heading[name] = int(level)
            props = style.find(f"{_STYLE}text-properties")
            if props is not None and props.get(f"{_FO}font-weight") in _BOLD_WEIGHTS:
                self.bold_styles.add(name)
            if props is not None and props.get(f"{_TEXT}display") == "none":
                self.hidden_styles.add(name)
            parent = style.get(f"{_STYLE}parent-style-name")
            if parent:
                parents[name] = parent
        for name, parent in parents.items():
            if name not in self.style_heading and parent in self.style_heading:
                self.style_heading[name] = self.style_heading[parent]
            if name not in self.hidden_styles and self._hidden_parent(parent, parents):
                self.hidden_styles.add(name)

    def _hidden_parent(self, name: str, parents: dict[str, str]) -> bool:
        for _ in range(10):
            if name in self.hidden_styles:
                return True
            if name not in parents:
                return False
            name = parents[name]
        return False

    def _hidden(self, el: etree._Element) -> bool:
        """Text LibreOffice does not show: a hidden section, a hidden paragraph or hidden-text
        field whose condition is plainly true, or text in a style with ``text:display="none"``."""
        if el.get(f"{_TEXT}display") == "none" or el.get(f"{_TEXT}is-hidden") == "true":
            return True
        return el.get(f"{_TEXT}style-name") in self.hidden_styles

    def _master_pages(self, styles_root: etree._Element, kinds: tuple[str, ...]) -> None:
        seen: set[str] = set()
        for kind in kinds:
            for part in styles_root.iter(f"{_STYLE}{kind}"):
                def emit(block: Block, kind: str = kind) -> None:
                    if block.text not in seen:
                        seen.add(block.text)
                        self.blocks.append(Block(text=block.text, kind=block.kind,
                                                 level=block.level, cells=block.cells,
                                                 style=kind.split("-")[0]))
                self._container(part, emit, list_depth=0)

    def _emit_body(self, block: Block) -> None:
        self.paragraph_no += 1
        self.blocks.append(Block(text=block.text, kind=block.kind, level=block.level,
                                 cells=block.cells, style=block.style,
                                 location=Location(paragraph=self.paragraph_no)))

    def _container(self, el: etree._Element, emit: Callable[[Block], None], list_depth: int,
                   numbers: Optional[list[int]] = None) -> None:
        for child in el:
            tag = child.tag
            if isinstance(tag, str) and self._hidden(child):
                continue
            if tag == f"{_TEXT}h":
                self._paragraph(child, emit, heading=_int(child.get(f"{_TEXT}outline-level"), 1))
            elif tag == f"{_TEXT}p":
                self._paragraph(child, emit, heading=None)
            elif tag == f"{_TEXT}list":
                self._list(child, emit, list_depth + 1)
            elif tag == f"{_TABLE}table":
                self._table(child, emit)
            elif tag in (f"{_TEXT}section", f"{_TABLE}table-header-rows", f"{_TABLE}table-rows",
                         f"{_TEXT}index-body", f"{_TEXT}table-of-content"):
                self._container(child, emit, list_depth)
            elif (tag == f"{_DRAW}frame" or tag in _SHAPES) and emit == self._emit_body:
                # a frame or a shape anchored to the page sits among the body's paragraphs in the XML
                box = child.find(f"{_DRAW}text-box")
                if box is not None or child.find(f"{_TEXT}p") is not None:
                    self.page_frames.append(box if box is not None else child)

    def _list(self, lst: etree._Element, emit: Callable[[Block], None], depth: int) -> None:
        for item in lst:
            if item.tag not in (f"{_TEXT}list-item", f"{_TEXT}list-header"):
                continue
            for child in item:
                if isinstance(child.tag, str) and self._hidden(child):
                    continue
                if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
                    pieces: list[str] = []
                    boxes: list[etree._Element] = []
                    self._inline(child, pieces, boxes)
                    text = _clean("".join(pieces))
                    if text:
                        if child.tag == f"{_TEXT}h":
                            emit(Block(text=text, kind=BlockKind.HEADING,
                                       level=_int(child.get(f"{_TEXT}outline-level"), 1)))
                        else:
                            emit(Block(text=text, kind=BlockKind.LIST_ITEM, level=depth))
                    for box in boxes:
                        self._container(box, emit, 0)
                elif child.tag == f"{_TEXT}list":
                    self._list(child, emit, depth + 1)
                elif child.tag == f"{_TABLE}table":
                    self._table(child, emit)

    def _paragraph(self, p: etree._Element, emit: Callable[[Block], None],
                   heading: Optional[int]) -> None:
        pieces: list[str] = []
        boxes: list[etree._Element] = []
        self._inline(p, pieces, boxes)
        text = _clean("".join(pieces))
        if heading is None:
            heading = self.style_heading.get(p.get(f"{_TEXT}style-name", ""))
        if heading is None and looks_like_bold_heading(text) and self._all_bold(p):
            # Many letters make headings by bolding a line instead of using a heading style.
            heading = 3
        if text:
            kind = BlockKind.HEADING if heading is not None else BlockKind.PARAGRAPH
            item = split_bullet(text) if kind is BlockKind.PARAGRAPH else None
            parts = split_label_lines(text) if kind is BlockKind.PARAGRAPH else None
            row = (split_tab_row("".join(pieces)) if kind is BlockKind.PARAGRAPH and not self.table_depth
                   else None)
            if row is not None:
                emit(table_row_block(row))
            elif parts is not None:
                for part in parts:
                    emit(Block(text=part, style=p.get(f"{_TEXT}style-name")))
            elif item is not None:
                emit(Block(text=item, kind=BlockKind.LIST_ITEM, level=1))
            else:
                emit(Block(text=text, kind=kind, level=heading, style=p.get(f"{_TEXT}style-name")))
        for box in boxes:
            self._container(box, emit, 0)

    def _all_bold(self, p: etree._Element) -> bool:
        if p.get(f"{_TEXT}style-name") in self.bold_styles:
            return True
        if (p.text or "").strip():
            return False
        found = False
        for child in p:
            if (child.tail or "").strip():
                return False
            if child.tag == f"{_TEXT}span":
                if child.get(f"{_TEXT}style-name") in self.bold_styles or self._all_bold(child):
                    found = found or bool("".join(child.itertext()).strip())
                    continue
                if "".join(child.itertext()).strip():
                    return False
        return found

    def _inline(self, el: etree._Element, out: list[str], boxes: list[etree._Element]) -> None:
        if el.text:
            out.append(el.text)
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_INLINE or self._hidden(child):
                pass
            elif tag == f"{_DRAW}control":
                out.append(self._control_text(child))
            elif tag == f"{_FIELD}fieldmark":
                out.append(_fieldmark_text(child))
            elif tag == f"{_TEXT}s":
                out.append(" " * _int(child.get(f"{_TEXT}c"), 1))
            elif tag == f"{_TEXT}tab":
                out.append("\t")
            elif tag == f"{_TEXT}line-break":
                out.append("\n")
            elif tag == f"{_DRAW}text-box" or (tag in _SHAPES and child.find(f"{_TEXT}p") is not None):
                # a text box, or a shape holding paragraphs (LibreOffice's conversion of a Word text
                # box): read after the paragraph, paragraph by paragraph, not glued into it
                boxes.append(child)
            elif tag == f"{_TEXT}note":
                # the note body is a footnote, not part of this sentence: read after the body
                body = child.find(f"{_TEXT}note-body")
                if body is not None:
                    self.notes.append(body)
            else:
                self._inline(child, out, boxes)
            if child.tail:
                out.append(child.tail)

    def _control_text(self, anchor: etree._Element) -> str:
        """What a form control shows where ``draw:control`` anchors it: a field's current value,
        ☒/☐ for a check box (with its label unless the text after it repeats the label)."""
        control = self.controls.get(anchor.get(f"{_DRAW}control", ""))
        if control is None:
            return ""
        kind = etree.QName(control).localname
        if kind in ("checkbox", "radio"):
            state = (control.get(f"{_FORM}current-state") or control.get(f"{_FORM}state")
                     if kind == "checkbox" else
                     "checked" if (control.get(f"{_FORM}current-selected")
                                   or control.get(f"{_FORM}selected")) == "true" else "")
            label = (control.get(f"{_FORM}label") or "").strip()
            if label and " ".join((anchor.tail or "").split()).startswith(" ".join(label.split())):
                label = ""  # the paragraph writes the label after the box itself
            glyph = "☒" if state == "checked" else "☐"
            return f"{glyph} {label} " if label else f"{glyph} "
        if kind == "listbox":
            chosen = [o.get(f"{_FORM}label") or o.get(f"{_FORM}value") or ""
                      for o in control.iter(f"{_FORM}option")
                      if (o.get(f"{_FORM}current-selected") or o.get(f"{_FORM}selected")) == "true"]
            return ", ".join(c for c in chosen if c)
        if kind in ("button", "image", "hidden", "frame", "image-frame", "fixed-text", "grid"):
            return ""
        value = control.get(f"{_FORM}current-value")
        if value is None:
            value = control.get(f"{_FORM}value") or ""
        return value

    def _table(self, table: etree._Element, emit: Callable[[Block], None]) -> None:
        self.table_depth += 1
        try:
            self._table_rows(table, emit)
        finally:
            self.table_depth -= 1

    def _table_rows(self, table: etree._Element, emit: Callable[[Block], None]) -> None:
        for row in _rows(table):
            cells_el = [c for c in row if c.tag in (f"{_TABLE}table-cell",
                                                     f"{_TABLE}covered-table-cell")]
            if len(cells_el) == 1:
                self._container(cells_el[0], emit, 0)
                continue
            cells: list[str] = []
            nested: list[Block] = []
            cell_blocks: list[list[Block]] = []
            for cell in cells_el:
                if cell.tag == f"{_TABLE}covered-table-cell":
                    cells.append("")
                    cell_blocks.append([])
                    continue
                parts: list[str] = []
                blocks: list[Block] = []

                def collect(block: Block, parts: list[str] = parts, nested: list[Block] = nested,
                            blocks: list[Block] = blocks) -> None:
                    blocks.append(block)
                    if block.kind == BlockKind.TABLE_ROW:
                        nested.append(block)
                    else:
                        parts.append(block.text)

                self._container(cell, collect, 0)
                if cell is not cells_el[0] and (value := nested_table_value(parts, nested)) is not None:
                    parts, blocks[:] = [value], [Block(text=value, kind=BlockKind.PARAGRAPH)]  # as in DOCX
                    del nested[:]
                cells.append("\n".join(parts))
                cell_blocks.append(blocks)
            if is_layout_row(cell_blocks):
                # a table that lays out the page (as in DOCX): the body's cell first, then a
                # sidebar with much less text
                sizes = [sum(len(b.text) for b in blocks) for blocks in cell_blocks]
                for index in sorted(range(len(cell_blocks)), key=lambda i: sizes[i] < 0.4 * max(sizes)):
                    for block in cell_blocks[index]:
                        emit(block)
                continue
            if any(cells):
                emit(table_row_block(cells))
            for block in nested:
                emit(block)



_SHAPES = frozenset(f"{_DRAW}{name}" for name in ("custom-shape", "rect", "ellipse", "polygon", "path"))


def _rows(table: etree._Element) -> Iterator[etree._Element]:
    for child in table:
        if child.tag == f"{_TABLE}table-row":
            yield child
        elif child.tag in (f"{_TABLE}table-header-rows", f"{_TABLE}table-rows",
                           f"{_TABLE}table-row-group"):
            yield from _rows(child)



def read_odt(data: bytes, path: str, limits: Limits) -> ExtractedDocument:
    """Read an OpenDocument text file into blocks."""
    reader = _OdtReader(Package(data, "ODT", limits))
    return ExtractedDocument(path=path, format="odt", blocks=reader.read())


def _fieldmark_text(mark: etree._Element) -> str:
    """What a Word legacy form field kept by LibreOffice as a single ``field:fieldmark`` shows: a
    drop-down's chosen entry (``Dropdown_Selected`` into its ``Dropdown_ListEntry`` values), a
    check box as ☒/☐; anything else nothing (a text field's value stands between a
    ``fieldmark-start`` and a ``fieldmark-end``, in the text)."""
    params = [(p.get(f"{_FIELD}name", ""), p.get(f"{_FIELD}value", "")) for p in mark.findall(f"{_FIELD}param")]
    kind = mark.get(f"{_FIELD}type", "")
    if kind.endswith("FORMDROPDOWN"):
        entries = [value for name, value in params if name == "Dropdown_ListEntry"]
        chosen = next((value for name, value in params if name == "Dropdown_Selected"), "0")
        index = int(chosen) if chosen.isdigit() else 0
        return entries[index] if index < len(entries) else ""
    if kind.endswith("FORMCHECKBOX"):
        checked = next((value for name, value in params if name == "Checkbox_Checked"), "false")
        return "☒ " if checked.lower() in ("true", "1", "on") else "☐ "
    return ""
