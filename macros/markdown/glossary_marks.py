"""Glossary hovers that help rather than clutter.

The `abbr` extension marks every occurrence of every glossary term, headings included,
so a page about trust would underline "trust" forty times. This tree processor runs
right after it and keeps one mark per term and page: the first one in running text.
Marks inside headings and links are removed (a heading is not the place for a
definition, and a link already does something on tap). The kept marks can take focus,
so a keyboard or a tap on a phone shows the definition (Material's tooltips show on
focus as well as on hover).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree  # noqa: N813 - Python-Markdown's own name for it

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

NO_MARKS_INSIDE = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "summary", "abbr"}


def _unwrap(parent: etree.Element, child: etree.Element) -> None:
    """Replace `child` by its text, keeping the surrounding text in order."""
    index = list(parent).index(child)
    text = (child.text or "") + (child.tail or "")
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    parent.remove(child)


class _FirstUseOnly(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        seen: set[str] = set()

        def walk(parent: etree.Element, marks_allowed: bool) -> None:
            for child in list(parent):
                if child.tag == "abbr":
                    term = (child.text or "").casefold()
                    if not marks_allowed or term in seen:
                        _unwrap(parent, child)
                        continue
                    seen.add(term)
                    child.set("tabindex", "0")
                    continue
                walk(child, marks_allowed and child.tag not in NO_MARKS_INSIDE)

        walk(root, True)


class GlossaryMarksExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's API name
        # `abbr` runs at priority 7; run just after it.
        md.treeprocessors.register(_FirstUseOnly(md), "cpp_glossary_marks", 6.9)


def makeExtension(**kwargs) -> GlossaryMarksExtension:  # noqa: N802 - Python-Markdown's name
    return GlossaryMarksExtension(**kwargs)
