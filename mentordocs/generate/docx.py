"""docxtpl Word templates, compiled once and rendered many times, with byte-stable output.

``docxtpl.DocxTemplate.render`` re-reads the .docx and recompiles its Jinja source on every call.
:class:`CompiledDocx` does that work once: it keeps the template's zip entries in memory, runs
docxtpl's own tag pre-processing (``patch_xml``, so ``{%p %}``, ``{%tr %}`` and split runs work
exactly as in docxtpl) on the document, header and footer parts, compiles each with the given
(sandboxed, strict, autoescaping) Jinja environment, and per render only evaluates the compiled
templates and writes a new zip.

Two docxtpl traps are handled here rather than in templates: autoescape is always on (docxtpl
re-parses its output with a recovering XML parser that silently drops text after a stray ``&``
or ``<``; docxtpl #634, #594, #105), and core properties are written after rendering, as data,
never through Jinja (with autoescape on docxtpl would escape them twice).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import Environment, Template, TemplateError
from lxml import etree

from mentordocs.generate.safety import clean_text

_TEMPLATED_PART = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_CORE_PROPS = "docProps/core.xml"
_CONTENT_TYPES = "[Content_Types].xml"

_NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "dcmitype": "http://purl.org/dc/dcmitype/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}


@dataclass(frozen=True)
class CoreProperties:
    """Document properties, set after rendering. ``date`` fixes created and modified."""

    title: str
    author: str
    date: dt.date
    language: str = "da-DK"
    subject: str = ""


class DocxTemplateError(Exception):
    """A template could not be loaded, compiled or rendered; the message says which and why."""


# docxtpl's pre- and post-processing are pure text transformations; one instance serves all.
_DOCXTPL = DocxTemplate(io.BytesIO())


class CompiledDocx:
    """One .docx template, read and compiled once."""

    def __init__(self, path: Path, env: Environment) -> None:
        self.path = path
        try:
            with zipfile.ZipFile(path) as zf:
                self._entries = {info.filename: zf.read(info) for info in zf.infolist()
                                 if not info.is_dir()}
        except (OSError, zipfile.BadZipFile) as exc:
            raise DocxTemplateError(f"{path}: not a readable Word (.docx) file ({exc})") from None
        if "word/document.xml" not in self._entries:
            raise DocxTemplateError(f"{path}: not a Word document (no word/document.xml)")
        self._templates: dict[str, Template] = {}
        #: The Jinja source of each templated part, as compiled (for ``templates check``).
        self.sources: dict[str, str] = {}
        for name, blob in self._entries.items():
            if _TEMPLATED_PART.match(name):
                source = _DOCXTPL.patch_xml(blob.decode("utf-8"))
                # Same trick as docxtpl.render_xml_part: one paragraph per line, so Jinja's
                # line numbers point at a paragraph in error messages.
                source = re.sub(r"<w:p([ >])", r"\n<w:p\1", source)
                self.sources[name] = source
                try:
                    self._templates[name] = env.from_string(source)
                except TemplateError as exc:
                    raise DocxTemplateError(
                        f"{path}: template syntax error in {name}: {exc}") from None

    def render(self, context: dict[str, Any], props: CoreProperties) -> bytes:
        """Render to the bytes of a .docx; identical input gives identical bytes."""
        parts = dict(self._entries)
        for name, template in self._templates.items():
            xml = template.render(context)
            xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
            xml = (xml.replace("{_{", "{{").replace("}_}", "}}")
                   .replace("{_%", "{%").replace("%_}", "%}"))
            xml = _DOCXTPL.resolve_listing(xml)
            data = xml.encode("utf-8")
            try:
                etree.fromstring(data)  # strict: a template that breaks the XML must not ship
            except etree.XMLSyntaxError as exc:
                raise DocxTemplateError(
                    f"{self.path}: rendering {name} produced invalid XML ({exc}); check the "
                    "template's tags (a tag that spans table cells or paragraphs must use "
                    "docxtpl's {%p %} / {%tr %} forms)") from None
            parts[name] = data
        parts[_CORE_PROPS] = core_properties_xml(props)
        return deterministic_zip(parts, props.date)


def core_properties_xml(props: CoreProperties) -> bytes:
    """A complete docProps/core.xml with fixed dates (W3CDTF, midnight UTC of ``props.date``)."""
    stamp = f"{props.date.isoformat()}T00:00:00Z"
    root = etree.Element(f"{{{_NS['cp']}}}coreProperties", nsmap=_NS)

    def add(ns: str, tag: str, text: str, **attrs: str) -> None:
        el = etree.SubElement(root, f"{{{_NS[ns]}}}{tag}", attrs)
        el.text = clean_text(text)  # properties hold form text (names) too

    add("dc", "title", props.title)
    if props.subject:
        add("dc", "subject", props.subject)
    add("dc", "creator", props.author)
    add("cp", "lastModifiedBy", props.author)
    add("dc", "language", props.language)
    add("cp", "revision", "1")
    xsi_type = {f"{{{_NS['xsi']}}}type": "dcterms:W3CDTF"}
    add("dcterms", "created", stamp, **xsi_type)
    add("dcterms", "modified", stamp, **xsi_type)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def deterministic_zip(parts: dict[str, bytes], day: dt.date) -> bytes:
    """Zip ``parts`` with fixed timestamps, attributes and order.

    ``[Content_Types].xml`` comes first (some readers expect it there), then the rest sorted by
    name. Timestamps are midnight of ``day`` rather than the wall clock, so the same case gives
    the same bytes.
    """
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    names = sorted(parts, key=lambda n: (n != _CONTENT_TYPES, n))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            zf.writestr(info, parts[name], compresslevel=6)
    return buffer.getvalue()
