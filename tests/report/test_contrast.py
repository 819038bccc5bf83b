"""WCAG 2.1 AA: text in the HTML report has a contrast ratio of at least 4.5:1.

The ratio is computed from the report's own CSS (custom properties resolved), so a colour
changed in the template is checked, not a copy of it here.
"""

from __future__ import annotations

import re

import pytest

from mentordocs.report import html

AA_TEXT = 4.5


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#rgb`` or ``#rrggbb``."""
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#767676", "#fff") == pytest.approx(4.54, abs=0.01)


@pytest.fixture
def css(results, context_factory) -> str:
    page = html.render(results, context_factory("html"))
    style = page[page.index("<style>") + 7:page.index("</style>")]
    return style[:style.index("@media print")]  # print turns badges into black on white


def resolve(css: str, value: str) -> str:
    variables = dict(re.findall(r"--([\w-]+):(#[0-9a-fA-F]{3,6})", css))
    match = re.fullmatch(r"var\(--([\w-]+)\)", value.strip())
    return variables[match.group(1)] if match else value.strip()


def declaration(css: str, selector: str, prop: str) -> str:
    rule = re.search(r"(?:^|[}\n])" + re.escape(selector) + r"\{([^}]*)\}", css)
    assert rule, f"no CSS rule for {selector}"
    value = re.search(r"(?:^|;)" + re.escape(prop) + r":([^;]+)", rule.group(1))
    assert value, f"{selector} sets no {prop}"
    return resolve(css, value.group(1))


@pytest.mark.parametrize("severity", ["error", "warning", "info", "waived"])
def test_severity_badges_reach_aa(css, severity):
    """The ADVARSEL badge was white on #b26a00: 4.2:1."""
    text = declaration(css, ".sev", "color")
    background = declaration(css, f".sev.{severity}", "background")
    assert contrast(text, background) >= AA_TEXT, (severity, text, background)


@pytest.mark.parametrize("selector,prop", [("td.z", "color"), (".id", "color"),
                                           (".loc", "color"), ("a", "color"), ("q", "color")])
@pytest.mark.parametrize("background", ["#fff", "--bg"])
def test_muted_text_reaches_aa_on_white_and_on_the_grey_background(css, selector, prop, background):
    colour = declaration(css, selector, prop)
    bg = resolve(css, f"var({background})") if background.startswith("--") else background
    assert contrast(colour, bg) >= AA_TEXT, (selector, colour, bg)
