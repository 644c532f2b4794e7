"""The list of every linkable section of the site (the Section links page).

A page asks for the list with a placeholder element in its Markdown:

    <div class="cpp-section-links" data-cpp-section-links></div>

When MkDocs reaches `on_page_context`, every page has already been rendered from
Markdown, so each page's final HTML is known. There the adapter (macros/adapter.py)
calls `fill()`, which reads the h2 and h3 headings
that carry a permalink (Markdown headings, tools and run-sheet blocks alike) from every
page in the navigation and puts the list, with full addresses and copy buttons, in
place of the placeholder. Nothing is typed by hand: a new heading anywhere appears in
the list on the next build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .printing import address
from .render import environment  # the tools' templates and settings
from .urls import page_url

PLACEHOLDER = re.compile(r"<div\b[^>]*\bdata-cpp-section-links\b[^>]*>\s*</div>")
LEVELS = ("h2", "h3")


@dataclass(frozen=True)
class Section:
    level: int  # 2 or 3
    anchor: str  # the id the heading's permalink points at
    title: str


@dataclass
class Entry:
    title: str
    href: str  # relative to the page that shows the list
    address: str  # full address: site_url + path (+ #anchor)
    level: int = 1  # 1 for a page, 2 or 3 for a heading
    page: str = ""  # for a heading: the title of its page (names the copy button)
    sections: list[Entry] = field(default_factory=list)


class _Headings(HTMLParser):
    """h2/h3 elements that contain a permalink (`a.headerlink`), in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Section] = []
        self._level = 0
        self._text: list[str] = []
        self._anchor = ""
        self._in_link = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in LEVELS and not self._level:
            self._level, self._text, self._anchor = int(tag[1]), [], ""
        elif self._level and tag == "a" and "headerlink" in (a.get("class") or "").split():
            self._in_link += 1
            href = a.get("href") or ""
            if href.startswith("#") and len(href) > 1:
                self._anchor = href[1:]
        elif self._in_link and tag == "a":
            self._in_link += 1

    def handle_endtag(self, tag):
        if self._in_link and tag == "a":
            self._in_link -= 1
        elif self._level and tag == f"h{self._level}":
            title = " ".join("".join(self._text).split())
            if self._anchor and title:
                self.found.append(Section(self._level, self._anchor, title))
            self._level = 0

    def handle_data(self, data):
        if self._level and not self._in_link:
            self._text.append(data)


# Only the heading elements go through the parser: whole pages with tools are large,
# and parsing all of every page made this step the slowest part of the build.
HEADING = re.compile(r"<h([1-6])\b.*?</h\1\s*>", re.S | re.I)


def headings(html: str) -> list[Section]:
    parser = _Headings()
    for match in HEADING.finditer(html):
        parser.feed(match.group(0))
    parser.close()
    return parser.found


def _relative(url: str, current: str) -> str:
    from mkdocs.utils import get_relative_url

    return get_relative_url(url or "./", current)


def collect(pages, current_url: str, site_url: str) -> list[Entry]:
    """One entry per page (in navigation order) with its linkable sections. Addresses are
    the published site's (directory URLs), also in a build without them (the offline zip)."""
    entries = []
    for page in pages:
        parent = getattr(page, "parent", None)
        title = page.title or page.file.src_path
        if parent is not None and parent.title and parent.title != title:
            title = f"{parent.title} › {title}"
        href = _relative(page.url, current_url)
        online = address(site_url, page_url(page.file.src_uri))
        entry = Entry(title, href, online)
        for s in headings(page.content or ""):
            entry.sections.append(Entry(s.title, f"{href}#{s.anchor}", f"{online}#{s.anchor}", s.level, page=title))
        entries.append(entry)
    return entries


def render(entries: list[Entry]) -> str:
    sections = sum(len(e.sections) for e in entries)
    return environment().get_template("section_links.html").render(entries=entries, sections=sections)


def fill(content: str, pages, current_url: str, site_url: str | None) -> str:
    """`content` with its placeholder (if any) replaced by the list of `pages`' sections."""
    if "data-cpp-section-links" not in content or not PLACEHOLDER.search(content):
        return content
    html = render(collect(pages, current_url, site_url or "/"))
    return PLACEHOLDER.sub(lambda _: html, content, count=1)
