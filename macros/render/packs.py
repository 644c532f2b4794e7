"""Workshop packs and per-format link sheets, from the workshop formats' data.

- `format_links()`: the sections and tools one format uses, in run-sheet order, each with
  its published address and a QR code (the Section links page, one printable sheet per
  format).
- `pack_pages()` / `render_pack()`: one page per format, built with the site but kept out
  of the navigation and the search (`facilitator/packs/<id>/`), holding two printables:
  the participant workbook (cover with a QR code of the online run sheet, the agenda
  without facilitator notes, the "In short" box of each page the format draws on, the
  tools in order) and the facilitator pack (the run sheet with notes, one blank set of
  the tools). `make handouts` (scripts/handouts.py) prints each part to PDF by setting
  `data-pack-print` on the page's root element.
- `render_downloads()`: the Downloads list of the Facilitator guide; a build without the
  files says where to get them, and `make handouts` replaces it with links and sizes.

Addresses come from printing.address and urls.page_url (the published site's directory
URLs, in the offline zip too); QR codes from printing.qr_svg.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from ..content.model import Agenda
from ..content.validate_agenda import split_section
from . import agenda as agendas
from . import printing, urls
from .render import anchor as component_anchor
from .render import environment

PACKS_DIR = "facilitator/packs"  # docs path of the generated pack pages
PARTS = ("workbook", "facilitator")  # the two printables of a pack page
PART_LABELS = {"workbook": "Participant workbook", "facilitator": "Facilitator pack"}
_IN_SHORT = re.compile(r'^!!! abstract "In short"[ \t]*\n((?:(?:[ ]{4}.*)?\n)+)', re.M)


def pack_src(aid: str) -> str:
    return f"{PACKS_DIR}/{aid}.md"


def pack_file(aid: str, part: str, paper: str) -> str:
    """The PDF's file name in site/handouts/ (scripts/handouts.py writes it)."""
    return f"{aid}-{part}-{paper}.pdf"


def in_short(markdown: str) -> str:
    """The body of a page's `!!! abstract "In short"` box as Markdown ("" if it has none)."""
    m = _IN_SHORT.search(markdown)
    if not m:
        return ""
    return "\n".join(line[4:] for line in m.group(1).splitlines()).strip()


@dataclass(frozen=True)
class Used:
    """A section or tool a format uses, as a link from the page showing it."""

    title: str
    note: str  # "worksheet", "checklist", ... for a tool; "" for a section
    href: str
    address: str  # on the published site
    short: str
    qr: Markup


def used(agenda: Agenda, links: agendas.SiteLinks) -> list[Used]:
    """Every section and tool of `agenda` once, in the order its blocks reach them."""
    seen: set[str] = set()
    out: list[Used] = []

    def add(key: str, link: agendas.Link, page: str, anchor: str) -> None:
        if key in seen:
            return
        seen.add(key)
        full = printing.address(links.site_url, urls.page_url(page), anchor)
        out.append(Used(link.text, link.note, link.href, full, printing.short_address(full), printing.qr_svg(full)))

    for block in agenda.blocks:
        if block.section:
            add(block.section, links.section(block.section), *split_section(block.section))
        for cid in block.components:
            add("tool:" + cid, links.component(cid), links.usage[cid], component_anchor(links.components[cid]))
    return out


@dataclass(frozen=True)
class RunSheet:
    href: str  # from the current page
    address: str
    short: str
    qr: Markup


def run_sheet(agenda: Agenda, page: str, links: agendas.SiteLinks) -> RunSheet:
    anchor = f"agenda-{agenda.id}"
    full = printing.address(links.site_url, urls.page_url(page), anchor)
    return RunSheet(f"{links.url(page)}#{anchor}", full, printing.short_address(full), printing.qr_svg(full))


def format_links(agenda: Agenda, page: str, links: agendas.SiteLinks, level: int = 3) -> str:
    """The printable link sheet of one format (templates/format_links.html)."""
    return (
        environment()
        .get_template("format_links.html")
        .render(
            agenda=agenda,
            title=agenda.title,
            level=level,
            links=used(agenda, links),
            run_sheet=run_sheet(agenda, page, links),
        )
    )


# --- the pack pages -------------------------------------------------------------------


def pack_pages(formats: Iterable[Agenda]) -> dict[str, str]:
    """Docs path -> Markdown of the generated pack page of each format."""
    return {
        pack_src(a.id): (
            "---\n"
            f"title: 'Workshop pack: {a.title}'\n"
            # print sources, reached from their format's page: not in the search or the sitemap
            "search:\n  exclude: true\n"
            "sitemap: false\n"
            "hide:\n  - navigation\n  - toc\n"
            "---\n\n"
            f'{{{{ workshop_pack("{a.id}") }}}}\n'
        )
        for a in formats
    }


@dataclass(frozen=True)
class Summary:
    page_title: str
    html: Markup  # the "In short" box's body


@dataclass(frozen=True)
class AgendaRow:
    start: str
    end: str
    minutes: int
    title: str
    kind: str


def render_pack(agenda: Agenda, run_sheet_page: str, links: agendas.SiteLinks, script: str = "") -> str:
    """The pack page of one format: the workbook, then the facilitator pack. `links`
    carries the registry, the site and the docs folder (agenda.SiteLinks)."""
    import markdown as md

    pages: list[str] = []
    tools: list[str] = []
    for block in agenda.blocks:
        page = split_section(block.section)[0] if block.section else ""
        if page and page not in pages:
            pages.append(page)
        tools += [c for c in block.components if c not in tools]
    summaries = []
    for page in pages:
        source = links.docs / page
        if not source.is_file():
            continue  # a moved page: the agenda check has already said so (strict stops)
        body = in_short(source.read_text(encoding="utf-8"))
        if body:
            summaries.append(Summary(links.page_titles.get(page, page), Markup(md.markdown(body))))
    rows = [
        AgendaRow(start, end, block.minutes, block.title, agendas.TYPE_LABELS.get(block.type, block.type))
        for block, start, end in agendas.timeline(agenda)
    ]

    def copies(prefix: str) -> list[Markup]:
        out = []
        for cid in tools:
            comp = links.components[cid]
            sheet = printing.sheet(
                comp, links.site.name, links.site_url, urls.page_url(links.usage[cid]), handout=False
            )
            out.append(Markup(printing.print_copy(comp, sheet, level=3, prefix=prefix)))
        return out

    return (
        environment()
        .get_template("workshop_pack.html")
        .render(
            a=agenda,
            labels=PART_LABELS,
            length=agendas.duration(agenda.minutes),
            run_sheet=run_sheet(agenda, run_sheet_page, links),
            rows=rows,
            summaries=summaries,
            workbook_tools=copies("wb-"),
            facilitator_tools=copies("fp-"),
            notes=Markup(agendas.render_agenda(agenda, links, level=3, script=script)),
            site_name=links.site.name,
            words=lambda text: agendas.with_words(text, agenda),
        )
    )


# --- the Facilitator guide's downloads --------------------------------------------------

DOWNLOADS_BEGIN = "<!--cpp-downloads-->"
DOWNLOADS_END = "<!--/cpp-downloads-->"


@dataclass(frozen=True)
class Download:
    label: str
    files: tuple[tuple[str, str, str], ...]  # (link text, href, size)


def render_downloads(site_url: str | None, guide_page: str, downloads: list[Download] | None = None) -> str:
    """The Downloads list: links and sizes when the files exist (`downloads`), else where
    to find them (the published site's copy of this list)."""
    published = printing.address(site_url, urls.page_url(guide_page), "downloads")
    return (
        environment()
        .get_template("downloads.html")
        .render(downloads=downloads, published=published, begin=Markup(DOWNLOADS_BEGIN), end=Markup(DOWNLOADS_END))
    )
