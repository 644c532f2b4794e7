"""Keep rendered component HTML away from the Markdown parser.

mkdocs-macros puts a macro's output back into the Markdown source before Markdown
runs. Raw HTML is only treated as a block when it starts a line with at most three
spaces of indentation, so a component called inside an admonition or a content tab
(indented four spaces) would be cut into paragraphs and code blocks. `wrap()` marks
the HTML; `RawBlockExtension` (declared in mkdocs.yml)
moves each marked block into Python-Markdown's HTML stash before block parsing, so
the block comes out byte for byte wherever the call stood, at any depth.

The preprocessor runs as early as it can: after `normalize_whitespace` (priority 30,
which would delete the stash's placeholder characters) and before fenced code (25),
MkDocs' own scan of raw HTML ids (21) and `html_block` (20). Those read the whole
text, two of them with Python's HTML parser, which on the print pack's 400 KB of
tools cost more than the rest of the page.

Declared in mkdocs.yml (`markdown_extensions: - macros.markdown.rawblock`).

For the MkDocs adapter (macros/adapter.py) there is one plain function: `ids()`, every
id of a page's finished HTML (MkDocs checks links to a tool's anchor against them).
"""

from __future__ import annotations

import re

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

BEGIN = "<!--cpp-block-->"
END = "<!--/cpp-block-->"
# `id="` is searched as plain text (a leading `\s` in the pattern made the scan 5x
# slower); `ids()` keeps the hits that follow whitespace, i.e. that are attributes.
_ID = re.compile(r'id="([^"]+)"')


def compact(html: str) -> str:
    """No blank lines and no indentation: even without the extension, Markdown
    then reads a top-level block as one raw HTML block."""
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())


def wrap(html: str) -> str:
    """Mark `html` for the stash."""
    return BEGIN + compact(html) + END


def ids(html: str) -> set[str]:
    """Every `id` attribute's value in `html`."""
    return {m.group(1) for m in _ID.finditer(html) if m.start() and html[m.start() - 1].isspace()}


def _split(text: str, begin: str, end: str) -> list[str]:
    """`text` cut around each `begin`...`end` pair: [outside, inside, outside, ..., outside].

    Plain `str.find`: pages carry up to 400 KB of tools, where a `(.*?)` pattern
    cost milliseconds a page."""
    pieces, start = [], 0
    while (i := text.find(begin, start)) != -1 and (j := text.find(end, i + len(begin))) != -1:
        pieces += [text[start:i], text[i + len(begin) : j]]
        start = j + len(end)
    pieces.append(text[start:])
    return pieces


def outside_blocks(text: str) -> str:
    """`text` without its wrapped blocks: the part of a page Markdown will read."""
    return "".join(_split(text, BEGIN, END)[::2])


class _StashBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if BEGIN not in text:
            return lines
        pieces = _split(text, BEGIN, END)
        pieces[1::2] = [self.md.htmlStash.store(block) for block in pieces[1::2]]
        return "".join(pieces).split("\n")


class RawBlockExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's API name
        md.preprocessors.register(_StashBlocks(md), "cpp_raw_block", 29)


def makeExtension(**kwargs) -> RawBlockExtension:  # noqa: N802 - Python-Markdown's name
    return RawBlockExtension(**kwargs)
