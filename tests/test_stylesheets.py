"""Our stylesheets never change a colour with the width of the window or of a box.

The accessibility walk (tests/a11y_checks.py) checks colours outside the tools at one
width per colour scheme (light at 1280 px, dark at 320 px); that is enough only while a
colour cannot differ between a phone and a laptop. So a width-dependent rule (`@media`
or `@container` on a width or an aspect ratio) may change layout, never what sets or
weakens a colour, or the text size that decides which contrast a colour needs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import ROOT

STYLESHEETS = sorted((ROOT / "overrides" / "assets" / "playbook").glob("*.css"))
SIZED = re.compile(r"@(media|container)\b([^{;]*\b(width|aspect-ratio)\b[^{;]*)\{")
COLOURING = re.compile(
    r"(?:^|[{;\s])(color|background(?:-color|-image)?|opacity|filter|mix-blend-mode|"
    r"-webkit-text-fill-color|font-size|font-weight|font|text-shadow)\s*:"
)


# Rules that reach only inside the tools, whose colours the walk checks at a phone's width
# and a wider one in both schemes (tools empty and filled in).
INSIDE_THE_TOOLS = {
    "@container (max-width: 36em): .cpp-table__label {font-weight}",  # a stacked row's column names
}


def sized_colour_rules(css: str) -> list[str]:
    """Each colouring declaration inside a width-dependent block, as 'prelude: selector
    {property}', but for those INSIDE_THE_TOOLS."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found = []
    for rule in SIZED.finditer(css):
        depth, end = 1, rule.end()
        while depth and end < len(css):  # the block runs to its matching brace
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        block = css[rule.end() : end]
        for declaration in COLOURING.finditer(block):
            opening = block.rfind("{", 0, declaration.end())
            selector = re.split(r"[{}]", block[:opening])[-1].strip()
            found.append(f"@{rule.group(1)}{rule.group(2).rstrip()}: {selector} {{{declaration.group(1)}}}")
    return [f for f in found if f not in INSIDE_THE_TOOLS]


def test_the_scanner_finds_a_colour_set_for_phones_only():
    broken = """/* a comment { color: red } */
    @media screen and (max-width: 30em) { .a { padding: 0; } .b .c { color: #ddd; } }
    @media print { .d { color: #000; } }
    @container (min-width: 20rem) { .e { display: block; opacity: .5 } }"""
    assert sized_colour_rules(broken) == [
        "@media screen and (max-width: 30em): .b .c {color}",
        "@container (min-width: 20rem): .e {opacity}",
    ]


@pytest.mark.parametrize("path", STYLESHEETS, ids=[p.name for p in STYLESHEETS])
def test_no_colour_depends_on_the_width(path: Path):
    found = sized_colour_rules(path.read_text(encoding="utf-8"))
    assert not found, (
        f"{path.name} changes colours with the width ({found}): the accessibility walk would not "
        "see them at every width; set them for every width, or check colours at each width"
    )
