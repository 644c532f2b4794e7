"""Chapter opening cards: the data in macros/content/data/chapters.py (CHAPTERS), checked
against the pages and the tools, and rendered by `{{ chapter_card() }}`.

A card says when to read the chapter, how long it takes, who is involved, what you end
with and the one tool to start with. Adding a chapter's card is one entry in CHAPTERS
plus the macro line under the chapter's H1.
"""

from __future__ import annotations

import logging
import math
import posixpath
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..content.model import ChapterCard, Component
from ..content.registry import data_modules
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
    """CHAPTERS from the data module, as the one loader of the data has it (re-imported
    under `mkdocs serve` by the registry's load), or () if absent."""
    package, _, _ = module.rpartition(".")
    modules, _ = data_modules(package)
    return next((tuple(getattr(mod, "CHAPTERS", ())) for full, mod in modules if full == module), ())


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
    return (
        environment()
        .get_template("chapter_card.html")
        .render(card=card, tool=tool, link=link, meta=describe(tool.meta), read_minutes=read_minutes)
    )


# --- the chapters as a whole: home page cards and the reading path ---------------------

FIRST_NON_CHAPTER = "Facilitator Guide"  # nav entries from here on are not chapters
HOME = "index.md"
MAX_SUMMARY = 160  # characters: a card on the home page stays short
# The section of Access, Credibility and Trust that says where concerns about misconduct,
# safety or the law go; the "Before you act" box links to it.
WHERE_CONCERNS_GO = "where-concerns-go"


@dataclass(frozen=True)
class Chapter:
    page: str  # docs path of the chapter's (first) page
    title: str  # exactly as the navigation shows it
    summary: str


def chapters_in_nav(nav: object) -> list[tuple[str, str]]:
    """(docs path, nav title) of each chapter, in nav order: the top-level entries after
    Home and before the Facilitator Guide. A section of pages (Moments of Truth) is one
    chapter: its index page under the section's title."""
    out: list[tuple[str, str]] = []
    for entry in nav if isinstance(nav, (list, tuple)) else ():
        if not isinstance(entry, Mapping):
            continue  # a bare page with no title: not a chapter the nav names
        ((title, value),) = entry.items()
        if title == FIRST_NON_CHAPTER:
            break
        if isinstance(value, str):
            page = value
        else:
            pages = [p for p in _pages(value)]
            page = next((p for p in pages if p.endswith("index.md")), pages[0] if pages else "")
        if page and page != HOME:
            out.append((page, str(title)))
    return out


def _pages(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [p for v in value.values() for p in _pages(v)]
    if isinstance(value, (list, tuple)):
        return [p for v in value for p in _pages(v)]
    return []


def book_chapters(nav: object, cards: Mapping[str, ChapterCard]) -> list[Chapter]:
    """Every chapter in the nav that has a card, with the card's summary. A page with no
    card is no chapter (tests/test_cards.py holds every chapter page to having one). A card
    with no summary is left out with a warning naming it and the field: a strict build
    stops on it, a page move previewed without --strict does not (as check_pages)."""
    out: list[Chapter] = []
    for page, title in chapters_in_nav(nav):
        card = cards.get(page)
        if card is None:
            continue
        summary = card.summary.strip() if isinstance(card.summary, str) else ""
        if not summary:
            log.warning(f"chapter card '{page}', field 'summary': must not be empty (the home page shows it)")
            continue
        if len(summary) > MAX_SUMMARY:
            log.warning(
                f"chapter card '{page}', field 'summary': {len(summary)} characters; keep it to at most {MAX_SUMMARY}"
            )
        out.append(Chapter(page, title, summary))
    return out


def link(target: str, current: str) -> str:
    """The Markdown link from page `current` to page `target` (docs paths), which MkDocs resolves and checks."""
    return posixpath.relpath(target, posixpath.dirname(current) or ".")


def render_home_cards(chapters: Sequence[Chapter], current: str) -> str:
    """One Material grid card per chapter, named as in the nav."""
    return environment().get_template("home_cards.md").render(chapters=[(c, link(c.page, current)) for c in chapters])


def render_reading_path(chapters: Sequence[Chapter], current: str) -> str:
    """A numbered list of every chapter but the current page, in nav order."""
    return (
        environment()
        .get_template("reading_path.md")
        .render(chapters=[(c, link(c.page, current)) for c in chapters if c.page != current])
    )


CONCERNS_PAGE = "access-credibility-trust.md"


def render_before_you_act(current: str) -> str:
    """The "Before you act" box, linking from page `current` to where concerns go (on
    that page itself the box stands in the section, so it needs no link)."""
    href = "" if current == CONCERNS_PAGE else f"{link(CONCERNS_PAGE, current)}#{WHERE_CONCERNS_GO}"
    return environment().get_template("before_you_act.md").render(href=href)
