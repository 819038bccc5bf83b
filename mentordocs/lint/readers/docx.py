"""DOCX reader: lxml directly on the package parts.

python-docx would be simpler, but it is several times slower and reads every part of the
package into memory. Here only the parts that can hold agreement text are read: the main
document, styles and numbering (for headings and list numbers), headers, footers and footnotes.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional

from lxml import etree

from mentordocs.lint.limits import Limits
from mentordocs.lint.model import Block, BlockKind, ExtractedDocument, Location
from mentordocs.lint.readers._lines import clean_text as _clean
from mentordocs.lint.readers._lines import int_or as _int
from mentordocs.lint.readers._lines import (is_layout_row, looks_like_bold_heading, nested_table_value,
                                            split_bullet, split_label_lines, split_tab_row, table_row_block)
from mentordocs.lint.readers._package import Package, parse_xml

_W_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                 "http://purl.oclc.org/ooxml/wordprocessingml/main")  # transitional, strict
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HEADING_NAME = re.compile(r"^(?:heading|overskrift|berschrift|titre)\s*(\d)$", re.IGNORECASE)


#: Archives are written from a few templates, so styles.xml and numbering.xml repeat byte for
#: byte; parsing them is a third of a DOCX's reading time. Keyed by content hash, never by name.
_STYLE_CACHE: dict[tuple[str, bytes], tuple[dict[str, "_Style"], dict[str, "_Style"]]] = {}
_NUMBERING_CACHE: dict[tuple[str, bytes], dict[str, dict[int, "_Level"]]] = {}
_CACHE_SIZE = 64


def _remember(cache: dict, key: tuple[str, bytes], value: object) -> None:
    if len(cache) >= _CACHE_SIZE:
        cache.pop(next(iter(cache)))
    cache[key] = value


@dataclass
class _Style:
    heading: Optional[int] = None
    num_id: Optional[str] = None
    ilvl: int = 0
    based_on: Optional[str] = None
    #: the style's run properties say ``w:vanish``: its text is hidden (None: the style says nothing)
    hidden: Optional[bool] = None


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> ilvl -> level
    counters: dict[str, list[int]] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 10)
        ilvl = min(max(ilvl, 0), 9)
        for deeper in range(ilvl + 1, 10):
            counters[deeper] = 0
        start = levels.get(ilvl, _Level()).start
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        level = levels.get(ilvl, _Level())
        if level.fmt in ("bullet", "none"):
            return ""

        def value(match: re.Match[str]) -> str:
            i = int(match.group(1)) - 1
            lv = levels.get(i, _Level())
            n = counters[i] if 0 <= i < 10 and counters[i] else lv.start
            return _format_number(n, lv.fmt)

        return re.sub(r"%(\d)", value, level.text).strip()


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(97 + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


class _DocxReader:
    def __init__(self, package: Package):
        self.package = package
        self.w = ""
        self.blocks: list[Block] = []
        self.styles: dict[str, _Style] = {}
        self.character_styles: dict[str, _Style] = {}
        self.any_hidden_style = False  # some character style hides its text
        self.paragraph_hidden = False  # the paragraph's style hides its runs (w:vanish)
        self.table_depth = 0  # tables around the paragraph being read
        self.numbering = _Numbering()
        self.paragraph_no = 0

    # -- package -------------------------------------------------------------------------
    def main_part(self) -> str:
        if self.package.has("_rels/.rels"):
            rels = self.package.xml("_rels/.rels")
            for rel in rels.iter(f"{_REL}Relationship"):
                if rel.get("Type", "").endswith("/officeDocument"):
                    target = rel.get("Target", "").lstrip("/")
                    if self.package.has(target):
                        return target
        return "word/document.xml"

    def read(self) -> list[Block]:
        main = self.main_part()
        root = self.package.xml(main)
        ns = etree.QName(root).namespace
        self.w = "{%s}" % (ns if ns in _W_NAMESPACES else _W_NAMESPACES[0])
        folder = posixpath.dirname(main)
        self._load_styles(posixpath.join(folder, "styles.xml"))
        self._load_numbering(posixpath.join(folder, "numbering.xml"))
        headers, footers, notes = self._side_parts(main)
        body = root.find(f"{self.w}body")
        later = self._later_page_headers(root, main)
        for part in headers:
            if part not in later:
                self._side_blocks(part, "header")
        if body is not None:
            self._container(body, self._emit_body)
        for part in notes:
            self._side_blocks(part, "footnote")
        for part in headers:
            if part in later:
                self._side_blocks(part, "header")
        for part in footers:
            self._side_blocks(part, "footer")
        return self.blocks

    def _side_parts(self, main: str) -> tuple[list[str], list[str], list[str]]:
        """Headers, footers and notes, by name: Word's "footer1.xml" and a template's
        "footerdefault.xml", "footerfirst.xml" alike."""
        folder = posixpath.dirname(main)
        names = sorted(self.package.names(), key=_natural)
        pick = lambda stem: [n for n in names  # noqa: E731
                             if re.fullmatch(re.escape(folder) + rf"/{stem}\w*\.xml", n)]
        return pick("header"), pick("footer"), pick("footnotes") + pick("endnotes")

    def _relationships(self, main: str) -> dict[str, str]:
        """The main part's relationship ids -> the parts they name (read only when needed)."""
        folder = posixpath.dirname(main)
        targets: dict[str, str] = {}
        rels_part = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
        if self.package.has(rels_part):
            for rel in self.package.xml(rels_part).iter(f"{_REL}Relationship"):
                target = rel.get("Target", "")
                if rel.get("TargetMode") == "External" or not target:
                    continue
                targets[rel.get("Id", "")] = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join(folder, target))
        return targets

    def _later_page_headers(self, root: etree._Element, main: str) -> set[str]:
        """Headers that only pages after the first show: in a section with a different first
        page (``w:titlePg``), the default and even headers. "Mentoraftale – sagsnr. … Side 2"
        runs over page 2; it is not the title of a decision letter, so it is read after the body."""
        w = self.w
        sections = list(root.iter(f"{w}sectPr"))
        if not any(_on(sect.find(f"{w}titlePg"), w) for sect in sections):
            return set()
        targets = self._relationships(main)
        first_page: set[str] = set()
        later: set[str] = set()
        for sect in sections:
            different_first = _on(sect.find(f"{w}titlePg"), w)
            for ref in sect.iter(f"{w}headerReference"):
                rid = next((v for k, v in ref.attrib.items() if etree.QName(k).localname == "id"), "")
                part = targets.get(rid)
                if part is None:
                    continue
                if not different_first or ref.get(f"{w}type") == "first":
                    first_page.add(part)
                else:
                    later.add(part)
        return later - first_page

    def _load_styles(self, part: str) -> None:
        if not self.package.has(part):
            return
        data = self.package.read(part)
        key = (self.w, hashlib.sha1(data).digest())
        cached = _STYLE_CACHE.get(key)
        if cached is None:
            cached = self._parse_styles(data, part)
            _remember(_STYLE_CACHE, key, cached)
        self.styles, self.character_styles = cached
        self.any_hidden_style = any(info.hidden for info in self.character_styles.values())

    def _parse_styles(self, data: bytes, part: str) -> tuple[dict[str, _Style], dict[str, _Style]]:
        w = self.w
        for style in parse_xml(data, part).iter(f"{w}style"):
            style_type = style.get(f"{w}type")
            if style_type not in (None, "paragraph", "character"):
                continue
            style_id = style.get(f"{w}styleId")
            if not style_id:
                continue
            info = _Style(hidden=_vanish(style.find(f"{w}rPr"), w))
            if style_type == "character":
                based = style.find(f"{w}basedOn")
                info.based_on = based.get(f"{w}val") if based is not None else None
                self.character_styles[style_id] = info
                continue
            name_el = style.find(f"{w}name")
            name = (name_el.get(f"{w}val") if name_el is not None else "") or ""
            m = _HEADING_NAME.match(name.strip()) or _HEADING_NAME.match(style_id)
            if m:
                info.heading = int(m.group(1))
            elif name.strip().lower() in ("title", "titel") or style_id.lower() in ("title", "titel"):
                info.heading = 1
            ppr = style.find(f"{w}pPr")
            if ppr is not None:
                outline = ppr.find(f"{w}outlineLvl")
                if outline is not None and info.heading is None:
                    info.heading = _outline_level(outline.get(f"{w}val"))
                num_pr = ppr.find(f"{w}numPr")
                if num_pr is not None:
                    info.num_id, info.ilvl = self._num_pr(num_pr)
            based = style.find(f"{w}basedOn")
            if based is not None:
                info.based_on = based.get(f"{w}val")
            self.styles[style_id] = info
        for style_id in list(self.styles):
            self.styles[style_id] = self._resolved(style_id, 0)
        for style_id in list(self.character_styles):
            self.character_styles[style_id] = _Style(hidden=self._hidden_style(style_id, 0))
        return self.styles, self.character_styles

    def _hidden_style(self, style_id: str, depth: int) -> Optional[bool]:
        info = self.character_styles.get(style_id)
        if info is None:
            return None
        if info.hidden is None and info.based_on and depth < 10:
            return self._hidden_style(info.based_on, depth + 1)
        return info.hidden

    def _resolved(self, style_id: str, depth: int) -> _Style:
        info = self.styles[style_id]
        parent_id = info.based_on
        if parent_id and parent_id in self.styles and depth < 10:
            parent = self._resolved(parent_id, depth + 1)
            return _Style(heading=info.heading if info.heading is not None else parent.heading,
                          num_id=info.num_id if info.num_id is not None else parent.num_id,
                          ilvl=info.ilvl if info.num_id is not None else parent.ilvl,
                          hidden=info.hidden if info.hidden is not None else parent.hidden)
        return info

    def _load_numbering(self, part: str) -> None:
        if not self.package.has(part):
            return
        data = self.package.read(part)
        key = (self.w, hashlib.sha1(data).digest())
        cached = _NUMBERING_CACHE.get(key)
        if cached is None:
            cached = self._parse_numbering(data, part)
            _remember(_NUMBERING_CACHE, key, cached)
        self.numbering.levels = cached

    def _parse_numbering(self, data: bytes, part: str) -> dict[str, dict[int, _Level]]:
        w = self.w
        levels_by_num: dict[str, dict[int, _Level]] = {}
        root = parse_xml(data, part)
        abstract: dict[str, dict[int, _Level]] = {}
        for an in root.iter(f"{w}abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in an.iter(f"{w}lvl"):
                level = _Level()
                for child in lvl:
                    tag = child.tag
                    if tag == f"{w}numFmt":
                        level.fmt = child.get(f"{w}val", "decimal")
                    elif tag == f"{w}lvlText":
                        level.text = child.get(f"{w}val", "")
                    elif tag == f"{w}start":
                        level.start = _int(child.get(f"{w}val"), 1)
                levels[_int(lvl.get(f"{w}ilvl"), 0)] = level
            abstract[an.get(f"{w}abstractNumId", "")] = levels
        for num in root.iter(f"{w}num"):
            ref = num.find(f"{w}abstractNumId")
            if ref is None:
                continue
            levels = dict(abstract.get(ref.get(f"{w}val", ""), {}))
            for override in num.iter(f"{w}lvlOverride"):
                start = override.find(f"{w}startOverride")
                i = _int(override.get(f"{w}ilvl"), 0)
                if start is not None and i in levels:
                    base = levels[i]
                    levels[i] = _Level(base.fmt, base.text, _int(start.get(f"{w}val"), 1))
            levels_by_num[num.get(f"{w}numId", "")] = levels
        return levels_by_num

    def _num_pr(self, num_pr: etree._Element) -> tuple[Optional[str], int]:
        w = self.w
        num_el = num_pr.find(f"{w}numId")
        ilvl_el = num_pr.find(f"{w}ilvl")
        num_id = num_el.get(f"{w}val") if num_el is not None else None
        return num_id, _int(ilvl_el.get(f"{w}val") if ilvl_el is not None else None, 0)

    # -- walking -------------------------------------------------------------------------
    def _container(self, container: etree._Element, emit: Callable[[Block], None]) -> None:
        """Walk block-level content (body, cell, text box, header) in reading order."""
        w = self.w
        for child in container:
            tag = child.tag
            if tag == f"{w}p":
                self._paragraph(child, emit)
            elif tag == f"{w}tbl":
                self._table(child, emit)
            elif tag in (f"{w}sdt", f"{w}customXml", f"{w}smartTag"):
                if tag == f"{w}sdt" and _showing_placeholder(child, w):
                    continue
                content = child.find(f"{w}sdtContent") if tag == f"{w}sdt" else child
                if content is not None:
                    self._container(content, emit)
            elif tag == f"{_MC}AlternateContent":
                choice = child.find(f"{_MC}Choice")
                if choice is not None:
                    self._container(choice, emit)

    def _emit_body(self, block: Block) -> None:
        self.paragraph_no += 1
        self.blocks.append(Block(text=block.text, kind=block.kind, level=block.level,
                                 cells=block.cells, style=block.style,
                                 location=Location(paragraph=self.paragraph_no)))

    def _side_blocks(self, part: str, style: str) -> None:
        root = self.package.xml(part)
        seen = {b.text for b in self.blocks if b.style == style}

        def emit(block: Block) -> None:
            if block.text not in seen:
                seen.add(block.text)
                self.blocks.append(Block(text=block.text, kind=block.kind, level=block.level,
                                         cells=block.cells, style=style))

        w = self.w
        if style == "footnote":
            for note in root:
                if note.get(f"{w}type") in ("separator", "continuationSeparator",
                                            "continuationNotice"):
                    continue
                self._container(note, emit)
        else:
            self._container(root, emit)

    def _paragraph(self, p: etree._Element, emit: Callable[[Block], None]) -> None:
        w = self.w
        style_id, num_id, ilvl, outline = None, None, 0, None
        ppr = p.find(f"{w}pPr")
        if ppr is not None:
            for child in ppr:
                tag = child.tag
                if tag == f"{w}pStyle":
                    style_id = child.get(f"{w}val")
                elif tag == f"{w}numPr":
                    num_id, ilvl = self._num_pr(child)
                elif tag == f"{w}outlineLvl":
                    outline = _outline_level(child.get(f"{w}val"))
        style = self.styles.get(style_id or "Normal") or _style_from_id(style_id)
        pieces: list[str] = []
        boxes: list[etree._Element] = []
        outer_hidden, self.paragraph_hidden = self.paragraph_hidden, bool(style.hidden)
        try:
            self._inline(p, pieces, boxes)
        finally:
            self.paragraph_hidden = outer_hidden
        text = _clean("".join(pieces))
        if num_id is None and style.num_id is not None:
            num_id, ilvl = style.num_id, style.ilvl
        heading = outline if outline is not None else style.heading
        label = self.numbering.label(num_id, ilvl) if num_id and num_id != "0" and text else ""
        if heading is None and not label and looks_like_bold_heading(text) and self._all_bold(p):
            # Many letters make headings by bolding a line instead of using a heading style.
            heading = 3
        if text:
            full = f"{label} {text}" if label else text
            if heading is not None:
                emit(Block(text=full, kind=BlockKind.HEADING, level=heading, style=style_id))
            elif num_id and num_id != "0":
                emit(Block(text=full, kind=BlockKind.LIST_ITEM, level=ilvl + 1, style=style_id))
            elif not self.table_depth and (row := split_tab_row("".join(pieces))) is not None:
                emit(table_row_block(row))
            elif split_label_lines(full) is not None:
                for part in split_label_lines(full) or ():
                    emit(Block(text=part, kind=BlockKind.PARAGRAPH, style=style_id))
            elif split_bullet(full) is not None:
                emit(Block(text=split_bullet(full) or "", kind=BlockKind.LIST_ITEM, level=1,
                           style=style_id))
            else:
                emit(Block(text=full, kind=BlockKind.PARAGRAPH, style=style_id))
        for box in boxes:
            self._container(box, emit)

    def _all_bold(self, p: etree._Element) -> bool:
        w = self.w
        seen_text = False
        for run in p.iter(f"{w}r"):
            if not any(t.text and any(ch.isalnum() for ch in t.text) for t in run.iter(f"{w}t")):
                continue  # (an icon or a bullet before the bold words: "⚑ " + "Formål og mål")
            seen_text = True
            rpr = run.find(f"{w}rPr")
            bold = rpr.find(f"{w}b") if rpr is not None else None
            if bold is None or bold.get(f"{w}val") in ("0", "false", "off"):
                return False
        return seen_text

    def _inline(self, el: etree._Element, out: list[str], boxes: list[etree._Element]) -> None:
        """Collect the visible text of runs; deleted text and field codes are skipped."""
        w = self.w
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue  # comments, processing instructions, unresolved entities
            if tag == f"{w}t":
                if child.text:
                    out.append(child.text)
            elif tag == f"{w}tab" or tag == f"{w}ptab":
                out.append("\t")
            elif tag == f"{w}br":
                out.append(" " if child.get(f"{w}type") == "page" else "\n")
            elif tag == f"{w}cr":
                out.append("\n")
            elif tag == f"{w}noBreakHyphen":
                out.append("-")
            elif tag == f"{w}sym":
                out.append(_symbol(child.get(f"{w}font", ""), child.get(f"{w}char", "")))
            elif tag == f"{w}txbxContent":
                boxes.append(child)
            elif tag == f"{w}sdt" and _showing_placeholder(child, w):
                continue  # Word's "Klik eller tryk her for at skrive tekst.": the control is empty
            elif tag == f"{w}r" and self._hidden_run(child):
                continue  # hidden text (w:vanish): Word neither shows nor prints it
            elif tag == f"{w}fldChar":
                box = child.find(f"{w}ffData/{w}checkBox")
                if box is not None:  # a legacy form check box: ☒ chosen, ☐ not chosen
                    out.append("☒ " if _checked(box, w) else "☐ ")
                listed = child.find(f"{w}ffData/{w}ddList")
                if listed is not None:  # a legacy drop-down: Word stores only its entries and the chosen one
                    out.append(_chosen_entry(listed, w))
            elif tag == f"{_MC}AlternateContent":
                choice = child.find(f"{_MC}Choice")
                if choice is not None:
                    self._inline(choice, out, boxes)
            elif tag in (f"{w}del", f"{w}moveFrom", f"{w}delText", f"{w}instrText",
                         f"{w}delInstrText", f"{w}pPr", f"{w}rPr", f"{w}sdtPr", f"{_MC}Fallback",
                         f"{w}footnoteReference", f"{w}endnoteReference", f"{w}commentReference"):
                continue
            elif len(child):
                self._inline(child, out, boxes)

    def _hidden_run(self, run: etree._Element) -> bool:
        """Whether a run is hidden text: ``w:vanish`` in its own properties, else in its
        character style, else in its paragraph's style."""
        w = self.w
        rpr = run.find(f"{w}rPr")
        if rpr is not None:
            own = _vanish(rpr, w)
            if own is not None:
                return own
            rstyle = rpr.find(f"{w}rStyle") if self.any_hidden_style else None
            if rstyle is not None:
                info = self.character_styles.get(rstyle.get(f"{w}val", ""))
                if info is not None and info.hidden is not None:
                    return info.hidden
        return self.paragraph_hidden

    def _table(self, tbl: etree._Element, emit: Callable[[Block], None]) -> None:
        self.table_depth += 1
        try:
            self._table_rows(tbl, emit)
        finally:
            self.table_depth -= 1

    def _table_rows(self, tbl: etree._Element, emit: Callable[[Block], None]) -> None:
        w = self.w
        for tr in _children(tbl, w, f"{w}tr"):
            cells: list[str] = []
            nested: list[Block] = []
            cell_elements = list(_children(tr, w, f"{w}tc"))
            if len(cell_elements) == 1:
                # A one-cell row is a frame around content, not a label/value pair.
                self._container(cell_elements[0], emit)
                continue
            cell_blocks: list[list[Block]] = []
            for tc in cell_elements:
                if _is_merge_continuation(tc, w) or _in_placeholder_control(tc, tr, w):
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

                self._container(tc, collect)
                if cell_elements[0] is not tc and (value := nested_table_value(parts, nested)) is not None:
                    # a small table as a label's value ("Varighed" beside "Fra | Til" over "8.
                    # marts 2026 | 7. september 2026"): read in the value's cell
                    parts, blocks[:] = [value], [Block(text=value, kind=BlockKind.PARAGRAPH)]
                    del nested[:]
                cells.append("\n".join(parts))
                cell_blocks.append(blocks)
            if is_layout_row(cell_blocks):
                # A table used to lay out the page: the letter in one cell, the letterhead or
                # the case details in another. Its cells are read as the text they hold, the
                # body first and a cell with much less text after it, as a PDF's sidebar is.
                sizes = [sum(len(b.text) for b in blocks) for blocks in cell_blocks]
                order = sorted(range(len(cell_blocks)), key=lambda i: sizes[i] < 0.4 * max(sizes))
                for index in order:
                    for block in cell_blocks[index]:
                        emit(block)
                continue
            if any(cells):
                emit(table_row_block(cells))
            for block in nested:
                emit(block)



def _style_from_id(style_id: Optional[str]) -> _Style:
    """A style missing from styles.xml: trust its id ("Heading2", "Overskrift2", "Title")."""
    if not style_id:
        return _Style()
    m = _HEADING_NAME.match(style_id)
    if m:
        return _Style(heading=int(m.group(1)))
    return _Style(heading=1 if style_id.lower() in ("title", "titel") else None)


def _showing_placeholder(sdt: etree._Element, w: str) -> bool:
    """A content control that still shows its placeholder text is empty (``w:showingPlcHdr``)."""
    pr = sdt.find(f"{w}sdtPr")
    if pr is None:
        return False
    flag = pr.find(f"{w}showingPlcHdr")
    return flag is not None and flag.get(f"{w}val") not in ("0", "false", "off")


#: Check boxes typed as symbols (Insert > Symbol, ``w:sym``) in the Wingdings fonts: the code in
#: the font -> ☒ chosen / ☐ not chosen, as the linter reads check-box rows.
_SYMBOL_BOXES = {
    "wingdings": {0xFE: "☒", 0xFD: "☒", 0x78: "☒", 0xA8: "☐", 0x6F: "☐"},
    "wingdings 2": {0x52: "☒", 0x53: "☒", 0x54: "☒", 0xA3: "☐"},
}


def _symbol(font: str, char: str) -> str:
    """The text of a ``w:sym`` symbol: a check box in Wingdings as ☒/☐ (with a space after,
    as a legacy form check box reads), anything else nothing."""
    try:
        code = int(char, 16)
    except ValueError:
        return ""
    if code >= 0xF000:
        code -= 0xF000  # symbol fonts are addressed in the private use area
    glyph = _SYMBOL_BOXES.get(font.strip().lower(), {}).get(code)
    return f"{glyph} " if glyph else ""


def _chosen_entry(listed: etree._Element, w: str) -> str:
    """The entry a legacy drop-down form field (``FORMDROPDOWN``) shows: ``w:result``'s index
    (else ``w:default``'s, else the first) into its ``w:listEntry`` values."""
    entries = [entry.get(f"{w}val", "") for entry in listed.findall(f"{w}listEntry")]
    chosen = listed.find(f"{w}result")
    if chosen is None:
        chosen = listed.find(f"{w}default")
    try:
        index = int(chosen.get(f"{w}val", "0")) if chosen is not None else 0
    except ValueError:
        index = 0
    return entries[index] if 0 <= index < len(entries) else ""


def _on(flag: Optional[etree._Element], w: str) -> bool:
    """An on/off property element: present and not switched off (``w:val="0"``)."""
    return flag is not None and flag.get(f"{w}val") not in ("0", "false", "off")


def _vanish(rpr: Optional[etree._Element], w: str) -> Optional[bool]:
    """``w:vanish`` in run properties: True (hidden), False (explicitly shown) or None (unsaid)."""
    if rpr is None:
        return None
    el = rpr.find(f"{w}vanish")
    if el is None:
        return None
    return el.get(f"{w}val") not in ("0", "false", "off")


def _checked(box: etree._Element, w: str) -> bool:
    for name in ("checked", "default"):
        el = box.find(f"{w}{name}")
        if el is not None:
            return el.get(f"{w}val") not in ("0", "false", "off")
    return False


def _children(el: etree._Element, w: str, tag: str) -> Iterator[etree._Element]:
    """Direct children with ``tag``, looking through content controls and custom XML."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in (f"{w}sdt", f"{w}customXml"):
            content = child.find(f"{w}sdtContent") if child.tag == f"{w}sdt" else child
            if content is not None:
                yield from _children(content, w, tag)


def _in_placeholder_control(tc: etree._Element, tr: etree._Element, w: str) -> bool:
    """A cell inside a cell-level content control that shows its placeholder: an empty cell."""
    parent = tc.getparent()
    while parent is not None and parent is not tr:
        if parent.tag == f"{w}sdt" and _showing_placeholder(parent, w):
            return True
        parent = parent.getparent()
    return False


def _is_merge_continuation(tc: etree._Element, w: str) -> bool:
    tcpr = tc.find(f"{w}tcPr")
    if tcpr is None:
        return False
    vmerge = tcpr.find(f"{w}vMerge")
    return vmerge is not None and vmerge.get(f"{w}val", "continue") == "continue"


def _outline_level(value: Optional[str]) -> Optional[int]:
    level = _int(value, 9)
    return level + 1 if 0 <= level < 9 else None



def _natural(name: str) -> list[object]:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name)]


def read_docx(data: bytes, path: str, limits: Limits) -> ExtractedDocument:
    """Read a DOCX (also .docm/.dotx) into blocks: body, text boxes, headers, footers, notes."""
    reader = _DocxReader(Package(data, "DOCX", limits))
    return ExtractedDocument(path=path, format="docx", blocks=reader.read())
