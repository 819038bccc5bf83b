"""Readable text of a DOCX: what a reviewer reads in a snapshot diff.

Headers, body and footers in reading order; one line per paragraph, table rows as
``cell | cell``, headings marked with ``#`` by level and list items with ``- ``. Line breaks
inside a paragraph stay line breaks, tabs stay tabs.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_w = f"{{{W}}}"
_HEADING = re.compile(r"^(?:Heading|Overskrift)\s*(\d)$", re.I)


def _style_names(zf: zipfile.ZipFile) -> dict[str, str]:
    try:
        root = etree.fromstring(zf.read("word/styles.xml"))
    except KeyError:
        return {}
    names = {}
    for style in root.iter(f"{_w}style"):
        name = style.find(f"{_w}name")
        if name is not None:
            names[style.get(f"{_w}styleId")] = name.get(f"{_w}val")
    return names


def _paragraph_text(p: etree._Element) -> str:
    out = []
    for el in p.iter(f"{_w}t", f"{_w}tab", f"{_w}br", f"{_w}cr"):
        if el.tag == f"{_w}t":
            out.append(el.text or "")
        elif el.tag == f"{_w}tab":
            # A tab stop definition in pPr is not text; only tabs inside runs are.
            if el.getparent() is not None and el.getparent().tag == f"{_w}r":
                out.append("\t")
        else:
            out.append("\n")
    return "".join(out)


def _paragraph_line(p: etree._Element, styles: dict[str, str]) -> str:
    text = _paragraph_text(p)
    style_el = p.find(f"{_w}pPr/{_w}pStyle")
    style = styles.get(style_el.get(f"{_w}val"), "") if style_el is not None else ""
    match = _HEADING.match(style)
    if style == "Title":
        return f"# {text}"
    if match:
        return f"{'#' * (int(match.group(1)) + 1)} {text}"
    if style.startswith("List") or p.find(f"{_w}pPr/{_w}numPr") is not None:
        return f"- {text}"
    return text


def _block_lines(parent: etree._Element, styles: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for child in parent:
        if child.tag == f"{_w}p":
            lines.append(_paragraph_line(child, styles))
        elif child.tag == f"{_w}tbl":
            for row in child.iter(f"{_w}tr"):
                cells = [" / ".join(l for l in _block_lines(tc, styles) if l.strip())
                         for tc in row.findall(f"{_w}tc")]
                lines.append(" | ".join(cells))
        elif child.tag == f"{_w}sdt":
            content = child.find(f"{_w}sdtContent")
            if content is not None:
                lines += _block_lines(content, styles)
    return lines


def _squeeze(lines: list[str]) -> list[str]:
    """Drop trailing spaces and collapse runs of empty lines (layout, not content)."""
    out: list[str] = []
    for line in (l.rstrip() for l in lines):
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def docx_text(data: bytes) -> str:
    """The normalised text of a .docx given as bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        styles = _style_names(zf)
        names = zf.namelist()
        headers = sorted(n for n in names if re.fullmatch(r"word/header\d*\.xml", n))
        footers = sorted(n for n in names if re.fullmatch(r"word/footer\d*\.xml", n))
        sections = []
        for label, parts in (("header", headers), ("body", ["word/document.xml"]),
                             ("footer", footers)):
            for name in parts:
                root = etree.fromstring(zf.read(name))
                container = root.find(f"{_w}body") if label == "body" else root
                lines = _squeeze(_block_lines(container, styles))
                if lines:
                    sections.append(f"[{label}]\n" + "\n".join(lines))
    return "\n\n".join(sections) + "\n"
