"""Chapter opening cards: the data in macros/content/data/chapters.py (CHAPTERS), checked
against the pages and the tools, and rendered by `{{ chapter_card() }}`.

A card says when to read the chapter, how long it takes, who is involved, what you end
with and the one tool to start with. Adding a chapter's card is one entry in CHAPTERS
plus the macro line under the chapter's H1.
"""

from __future__ import annotations

import importlib
import logging
import math
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..content.model import ChapterCard, Component
from ..content.validate import KEBAB, DataError
from .render import environment
from .tool_meta import describe

log = logging.getLogger("mkdocs.plugins.macros.chapters")  # a warning stops a strict build

DATA_MODULE = "macros.content.data.chapters"
CALL = re.compile(r"\{\{-?\s*chapter_card\s*\(\s*\)\s*-?\}\}")
WORDS_PER_MINUTE = 200  # a careful reader of practical prose
MAX_TEXT = 140  # characters: each line of the card stays short

# What is not prose when counting a page's words: front matter, macro calls, Jinja
# statements and comments, HTML tags, admonition and attribute markup.
_NOT_PROSE = re.compile(
    r"(?s:\A---\n.*?\n---\n)|(?s:\{\{.*?\}\})|(?s:\{%.*?%\})|(?s:\{#.*?#\})|<[^>]+>|^[ \t]*(?:!!!|\?\?\?).*$",
    re.M,
)


class UnknownChapterError(LookupError):
    """A page calls chapter_card() but has no entry in CHAPTERS."""


def discover(module: str = DATA_MODULE) -> tuple[ChapterCard, ...]:
    """CHAPTERS from the data module (re-imported under `mkdocs serve`), or () if absent."""
    try:
        mod = importlib.reload(sys.modules[module]) if module in sys.modules else importlib.import_module(module)
    except ModuleNotFoundError:
        return ()
    return tuple(getattr(mod, "CHAPTERS", ()))


def validate_cards(
    cards: Sequence[ChapterCard],
    components: Mapping[str, Component],
    usage: Mapping[str, str],
) -> None:
    """Raise DataError listing every problem, each naming the chapter page and field."""
    problems: list[str] = []
    seen: set[str] = set()
    for i, card in enumerate(cards):
        if not isinstance(card, ChapterCard):
            problems.append(f"CHAPTERS[{i}] is a {type(card).__name__}, not a ChapterCard")
            continue
        where = f"chapter card '{card.page}'"
        if card.page in seen:
            problems.append(f"{where}, field 'page': a second card for the same page")
        seen.add(card.page)
        for name in ("use_when", "who", "outcome"):
            value = getattr(card, name)
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{where}, field '{name}': must not be empty")
            elif len(value) > MAX_TEXT:
                problems.append(f"{where}, field '{name}': {len(value)} characters; keep it to at most {MAX_TEXT}")
        tool = card.start_tool
        if not isinstance(tool, str) or not KEBAB.match(tool) or tool not in components:
            problems.append(f"{where}, field 'start_tool': unknown tool id {tool!r}")
        elif components[tool].meta is None:
            problems.append(f"{where}, field 'start_tool': tool '{tool}' has no meta")
        elif tool not in usage:
            problems.append(f"{where}, field 'start_tool': tool '{tool}' is on no page, so there is nothing to link to")
    if problems:
        raise DataError(problems, "the chapter cards (macros/content/data/chapters.py)")


def check_pages(cards: Sequence[ChapterCard], docs_dir: str | Path) -> list[str]:
    """Each card's page exists and shows it. Warnings, as for the agendas' sections: a
    strict build stops on them, a page move previewed without --strict does not."""
    problems = []
    for card in cards:
        where = f"chapter card '{card.page}', field 'page'"
        path = Path(docs_dir) / card.page
        if not path.is_file():
            problems.append(f"{where}: no such page in docs/")
        elif not CALL.search(path.read_text(encoding="utf-8")):
            problems.append(f"{where}: the page never shows it; put {{{{ chapter_card() }}}} under its H1")
    return problems


def load(
    components: Mapping[str, Component], usage: Mapping[str, str], docs_dir: str | Path | None
) -> dict[str, ChapterCard]:
    cards = discover()
    validate_cards(cards, components, usage)
    for problem in check_pages(cards, docs_dir) if docs_dir is not None else ():
        log.warning(problem)
    return {c.page: c for c in cards}


def get(cards: Mapping[str, ChapterCard], page: str) -> ChapterCard:
    card = cards.get(page)
    if card is None:
        raise UnknownChapterError(
            f"chapter_card() on page '{page}': no card for this page. Add a ChapterCard(page={page!r}, ...) "
            "to CHAPTERS in macros/content/data/chapters.py"
        )
    return card


def reading_minutes(markdown: str) -> int:
    words = len(_NOT_PROSE.sub(" ", markdown).split())
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


@dataclass(frozen=True)
class ToolLink:
    href: str
    title: str
    kind: str


def render_card(card: ChapterCard, tool: Component, link: ToolLink, read_minutes: int) -> str:
    """The card as HTML (`link`: the start tool's address from this page)."""
    return environment().get_template("chapter_card.html").render(
        card=card, tool=tool, link=link, meta=describe(tool.meta), read_minutes=read_minutes
    )
