"""Form text is data: clean it and escape it for the format it is written into.

Every value a template prints passes through one of the ``finalize`` functions below (Jinja's
``finalize`` hook), so a template author cannot forget to escape, and a value such as
``{{ 7*7 }}``, ``<w:p>``, ``&`` or ``]]>`` comes out literally.
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape

# XML 1.0 allows TAB, LF, CR and everything from U+0020 except surrogates, U+FFFE and U+FFFF.
# Anything else (NUL, BEL, form feed, lone surrogates ...) makes a DOCX unreadable, so it goes.
_XML_INVALID = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~&!])")


def clean_text(value: str) -> str:
    """Normalise line ends and drop characters that XML 1.0 cannot carry."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_INVALID.sub("", value)


def _as_text(value: Any) -> str:
    # None would print as "None" in a letter; a missing optional value prints as nothing.
    return "" if value is None else clean_text(str(value))


def finalize_text(value: Any) -> Any:
    """Plain text: clean, no escaping."""
    if hasattr(value, "__html__"):
        return value
    return _as_text(value)


def finalize_markdown(value: Any) -> Any:
    """Markdown: backslash-escape the characters that would start markup or raw HTML.

    Line breaks inside a value become spaces so a value cannot start a new heading or list item.
    """
    if hasattr(value, "__html__"):
        return value
    text = " ".join(_as_text(value).split("\n"))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def finalize_html(value: Any) -> Any:
    """HTML: clean, then escape (autoescape would escape too; doing it here keeps one path)."""
    if hasattr(value, "__html__"):
        return value
    return Markup(escape(_as_text(value)))


def finalize_docx(value: Any) -> Any:
    """WordprocessingML: clean, XML-escape, and hide braces from docxtpl.

    docxtpl post-processes rendered XML by turning ``{_{`` into ``{{`` (its escape for literal
    tags), which would rewrite a user's text; writing braces as character references keeps them
    out of reach of that textual replacement while the XML still reads ``{``.
    """
    if hasattr(value, "__html__"):
        return value
    escaped = str(escape(_as_text(value)))
    return Markup(escaped.replace("{", "&#123;").replace("}", "&#125;"))
