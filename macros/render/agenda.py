"""Workshop formats: loading, clock times, links and the run sheet.

`load()` finds AGENDAS in the modules of macros/content/data/ and validates them against the
components and pages (validate_agenda.py); `check_built()` checks section anchors against
the built pages. Broken page or anchor references are logged as warnings under
"mkdocs.", so that a strict build stops with a message naming the format, the block and
the field. `render_agenda()` is a pure function from an
agenda to HTML (templates/agenda.html); the links it needs come from a `Links` object,
so tests can render without MkDocs. `SiteLinks` is the MkDocs-aware one: it turns a
section like "access-credibility-trust.md#trust" into a URL relative to the page being
built, exactly as MkDocs would (`File.url`, `get_relative_url`), so the run sheet works
with and without directory URLs.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from html import escape, unescape
from pathlib import Path
from typing import Protocol

from markupsafe import Markup

from ..content.model import KIND_WORDS, Agenda, Block, Component
from ..content.registry import Registry, data_modules
from ..content.validate import DataError
from ..content.validate_agenda import (
    WORD_TOKENS,
    AgendaSource,
    check_anchors,
    check_pages,
    parse_clock,
    split_section,
    validate_agendas,
)
from ..markdown.rawblock import ids
from . import printing, urls
from .render import anchor as component_anchor
from .render import environment

DATA_PACKAGE = "macros.content.data"
log = logging.getLogger("mkdocs.plugins.playbook.agenda")  # counted by MkDocs' strict mode
TYPE_LABELS = {
    "talk": "Talk",
    "discussion": "Discussion",
    "pairs": "Pairs",
    "groups": "Small groups",
    "individual": "On your own",
    "break": "Break",
    "plenary": "Whole room",
}


class UnknownAgendaError(LookupError):
    """A page asks for an agenda id that no data module defines."""


# --- loading --------------------------------------------------------------------


def discover(package: str = DATA_PACKAGE) -> list[AgendaSource]:
    """Every agenda in the data modules, in module order (modules already imported by
    the registry are reused, so `mkdocs serve` sees fresh data)."""
    modules, problems = data_modules(package)
    sources: list[AgendaSource] = []
    for full, module in modules:
        agendas = getattr(module, "AGENDAS", None)
        if agendas is None:
            continue
        if not isinstance(agendas, (tuple, list)):
            problems.append(f"module '{full}': AGENDAS must be a tuple, not {type(agendas).__name__}")
            continue
        sources.extend(AgendaSource(full, a) for a in agendas)
    if problems:
        raise DataError(problems)
    return sources


def load(
    components: Mapping[str, Component],
    usage: Mapping[str, str],
    docs_dir: str | Path | None,
    package: str = DATA_PACKAGE,
) -> dict[str, Agenda]:
    sources = discover(package)
    validate_agendas(sources, components, usage)
    for problem in check_pages(sources, docs_dir) if docs_dir is not None else ():
        log.warning(problem)
    return {s.agenda.id: s.agenda for s in sources}


def get(agendas: Mapping[str, Agenda], aid: str, page: str = "?") -> Agenda:
    if aid in agendas:
        return agendas[aid]
    close = difflib.get_close_matches(str(aid), sorted(agendas), n=3, cutoff=0.5)
    hint = f"Did you mean {', '.join(repr(c) for c in close)}? " if close else ""
    raise UnknownAgendaError(
        f"unknown agenda id {aid!r} on page '{page}'. {hint}Known agenda ids: "
        f"{', '.join(sorted(agendas)) or 'none'}. Ids are the `id` of each entry of AGENDAS in macros/content/data/."
    )


# --- clock ----------------------------------------------------------------------


def clock(minutes: int) -> str:
    """Minutes after midnight -> 'HH:MM' (24-hour, wrapping past midnight)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duration(minutes: int) -> str:
    """90 -> '1 h 30 min', 45 -> '45 min', 240 -> '4 h'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" + (f" {rest} min" if rest else "")


# --- the length and time of day in words (as core/schedule.js: lengthWords, partWords) ---
# The format pages' prose says "three and a half hours" or "all morning"; the page shows
# these words for the format's own times (no script, print) and runsheet.js redoes them
# from the facilitator's times with the same rules (tests/test_agenda_words.py compares).

_NUMBERS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
)
WORD_KINDS = ("length", "part")


def length_words(minutes: int) -> str:
    """210 -> 'three and a half hours', 90 -> 'an hour and a half', 45 -> '45 minutes'."""
    if minutes < 60:
        return f"{minutes} minutes"
    q = int(minutes / 15 + 0.5) * 15  # as JavaScript's Math.round
    hours, rest = divmod(q, 60)
    about = "about " if q != minutes else ""
    frac = {15: "a quarter", 30: "a half", 45: "three-quarter"}.get(rest, "")
    if hours == 1:
        return about + (f"an hour and {'three-quarters' if rest == 45 else frac}" if rest else "an hour")
    number = _NUMBERS[hours] if hours < len(_NUMBERS) else str(hours)
    return about + number + (f" and {frac}" if rest else "") + " hours"


def part_words(start: int, minutes: int) -> str:
    """'all morning', 'part of the afternoon', 'all day', 'the morning and the afternoon'."""
    s = start % (24 * 60)
    e = s + minutes

    def part(t: int, end: bool) -> str:
        if t < (13 if end else 12) * 60:
            return "morning"
        if t < (18 if end else 17) * 60:
            return "afternoon"
        return "evening"

    if minutes >= 6 * 60:
        return "all day"
    a, b = part(s, False), part(e, True)
    if a == b or e > 24 * 60:
        return ("all " if minutes >= 150 else "part of the ") + a
    return f"the {a} and the {b}"


def render_words(agenda: Agenda, kind: str = "length", capital: bool = False) -> str:
    """An inline element holding the words for the format's own times; runsheet.js
    rewrites it from the facilitator's version of the format."""
    if kind not in WORD_KINDS:
        raise ValueError(f"agenda_words: kind must be one of {', '.join(WORD_KINDS)}, not {kind!r}")
    text = length_words(agenda.minutes) if kind == "length" else part_words(parse_clock(agenda.start), agenda.minutes)
    if capital:
        text = text[:1].upper() + text[1:]
    cap = " data-capital" if capital else ""
    return (
        f'<span class="cpp-agenda-words" data-cpp-agenda-words="{kind}" data-agenda="{escape(agenda.id)}"{cap}>'
        f"{escape(text)}</span>"
    )


def with_words(text: str, agenda: Agenda) -> Markup:
    """A text of the format's data, escaped, with its placeholders {length}, {Length},
    {part} and {Part} as words elements (validate_agenda.WORD_TOKENS)."""
    out = str(escape(text))
    for token in WORD_TOKENS:
        kind = token.strip("{}").lower()
        out = out.replace(token, render_words(agenda, kind, capital=token[1].isupper()))
    return Markup(out)


# --- links ----------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    note: str = ""  # e.g. "worksheet"
    address: str = ""  # the full address on the published site (printed, and in QR codes)


class Links(Protocol):
    def section(self, section: str) -> Link: ...

    def component(self, cid: str) -> Link: ...


_HEADING = re.compile(r"^(#{1,6})[ \t]+(?P<text>.+?)[ \t]*#*[ \t]*$", re.M)
_ATTR_ID = re.compile(r"\s*\{[^}]*#(?P<id>[\w-]+)[^}]*\}\s*$")
_INLINE_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def heading_titles(markdown: str, slugify: Callable[[str, str], str] | None = None) -> dict[str, str]:
    """Anchor -> heading text for the Markdown headings of a page, slugged with the toc
    extension's configured `slugify` (its default when None; used for link text only:
    anchors are checked on the built pages)."""
    if slugify is None:
        from markdown.extensions.toc import slugify

    out: dict[str, str] = {}
    for m in _HEADING.finditer(markdown):
        text = m.group("text")
        explicit = _ATTR_ID.search(text)
        text = _ATTR_ID.sub("", text)
        text = re.sub(r"[*`]", "", _INLINE_LINK.sub(r"\1", text)).strip()
        slug = explicit.group("id") if explicit else slugify(text, "-")
        out.setdefault(slug, text)
    return out


class SiteLinks:
    """Links from one page of the site, computed as MkDocs computes URLs."""

    def __init__(
        self,
        registry: Registry,
        site: urls.Site,
        current_url: str,  # the page being built
        docs_dir: str | Path,
        slugify: Callable[[str, str], str] | None = None,  # the toc extension's, as configured
    ) -> None:
        self.registry, self.site = registry, site
        self.docs = Path(docs_dir)
        self.slugify = slugify
        self.current_url = current_url
        self._titles: dict[str, dict[str, str]] = {}

    # what the links are made from: the registry's and the site's
    components = property(lambda self: self.registry.components)
    usage = property(lambda self: self.registry.usage)
    page_titles = property(lambda self: self.registry.page_titles)
    site_url = property(lambda self: self.site.url)  # printed addresses and QR codes
    use_directory_urls = property(lambda self: self.site.use_directory_urls)

    def url(self, page: str) -> str:
        return urls.href(page, self.current_url, use_directory_urls=self.use_directory_urls)

    def published(self, page: str, anchor: str = "") -> str:
        """The address on the published site (directory URLs), in the offline bundle too."""
        return printing.address(self.site_url, urls.page_url(page), anchor)

    def _heading(self, page: str, anchor: str) -> str:
        if page not in self._titles:
            path = self.docs / page
            self._titles[page] = (
                heading_titles(path.read_text(encoding="utf-8"), self.slugify) if path.is_file() else {}
            )
        title = self._titles[page].get(anchor)
        if title:
            return title
        for comp in self.components.values():  # a tool's anchor, e.g. worksheet-stakeholder-map
            if component_anchor(comp) == anchor:
                return comp.title
        return anchor.replace("-", " ").capitalize()

    def section(self, section: str) -> Link:
        page, anchor = split_section(section)
        title = self.page_titles.get(page, page)
        href = self.url(page) + (f"#{anchor}" if anchor else "")
        text = f"{title} › {self._heading(page, anchor)}" if anchor else title
        return Link(href, text, address=self.published(page, anchor))

    def component(self, cid: str) -> Link:
        comp = self.components[cid]
        page, anchor = self.usage[cid], component_anchor(comp)
        return Link(f"{self.url(page)}#{anchor}", comp.title, KIND_WORDS[comp.kind].label, self.published(page, anchor))


# --- rendering ------------------------------------------------------------------


@dataclass(frozen=True)
class BlockView:
    block: Block
    anchor: str
    offset: int  # minutes after the start
    end_offset: int
    start: str  # clock time at the default start
    end: str
    type_label: str
    section: Link | None
    tools: tuple[Link, ...]

    @property
    def phone(self) -> Link | None:
        """Where run mode's QR code sends participants: the first tool they fill in, else
        the section the block draws on (a break has neither)."""
        return self.tools[0] if self.tools else self.section


def timeline(agenda: Agenda, start: str | None = None) -> list[tuple[Block, str, str]]:
    """(block, start, end) clock times from `start` (default: the agenda's own)."""
    t = parse_clock(start or agenda.start)
    out = []
    for block in agenda.blocks:
        out.append((block, clock(t), clock(t + block.minutes)))
        t += block.minutes
    return out


def render_agenda(agenda: Agenda, links: Links, level: int = 3, script: str = "", pack: str = "") -> str:
    """`script`: the address of runsheet.min.js from the page (its start time, block
    lengths, blocks, printing and run mode); without it the sheet shows its default times.
    `pack`: the address of the format's pack page, to print the workbook with these times."""
    if not isinstance(level, int) or not 2 <= level <= 5:
        raise ValueError(f"heading level must be 2..5, not {level!r}")
    base = parse_clock(agenda.start)
    views, offset = [], 0
    for block in agenda.blocks:
        views.append(
            BlockView(
                block=block,
                anchor=f"agenda-{agenda.id}-{block.id}",
                offset=offset,
                end_offset=offset + block.minutes,
                start=clock(base + offset),
                end=clock(base + offset + block.minutes),
                type_label=TYPE_LABELS.get(block.type, block.type),
                section=links.section(block.section) if block.section else None,
                tools=tuple(links.component(cid) for cid in block.components),
            )
        )
        offset += block.minutes
    # Paper: the site's root once at the top, then each link's path after it (a full
    # address per link made the full day three pages long).
    root = printing.short_address(printing.address(getattr(links, "site_url", None), ""))
    return (
        environment()
        .get_template("agenda.html")
        .render(
            a=agenda,
            blocks=views,
            level=level,
            length=duration(agenda.minutes),
            finish=clock(base + offset),
            total=offset,
            qr=printing.qr_svg,
            short=printing.short_address,
            root=root,
            path=lambda url: printing.short_address(url).removeprefix(root),  # printed once the root is said
            script=script,
            pack=pack,
            words=lambda text: with_words(text, agenda),
        )
    )


# --- after the build ------------------------------------------------------------


def ids_in(html: str) -> set[str]:
    """The ids of a built page, unescaped (rawblock.ids reads them as MkDocs writes them)."""
    return {unescape(value) for value in ids(html)}


def built_ids(site_dir: str | Path, docs_dir: str | Path, use_directory_urls: bool):
    """A function: source page path -> the ids on its built page (None if not built)."""
    from mkdocs.structure.files import File

    cache: dict[str, set[str] | None] = {}

    def ids_on_page(page: str) -> set[str] | None:
        if page not in cache:
            dest = Path(File(page, str(docs_dir), str(site_dir), use_directory_urls).abs_dest_path)
            cache[page] = ids_in(dest.read_text(encoding="utf-8")) if dest.is_file() else None
        return cache[page]

    return ids_on_page


def check_built(
    agendas: Iterable[Agenda], site_dir: str | Path, docs_dir: str | Path, use_directory_urls: bool
) -> list[str]:
    """After the build: warn about every section anchor missing from its built page."""
    problems = check_anchors(agendas, built_ids(site_dir, docs_dir, use_directory_urls))
    for problem in problems:
        log.warning(problem)
    return problems
