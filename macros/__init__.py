"""mkdocs-macros entry point: wires the registry and the renderers to the macros.

Pages call `{{ checklist("id") }}`, `{{ worksheet("id") }}`, `{{ assessment("id") }}`,
`{{ component_index() }}`, `{{ find_a_tool() }}`, `{{ chapter_card() }}`,
`{{ glossary() }}`, `{{ page_components() }}`, `{{ print_pack() }}`, `{{ room_results() }}`,
`{{ client_form("id") }}` (the client's own page), and for
facilitators `{{ agenda("id") }}`, `{{ format_links() }}`, `{{ downloads() }}` and
`{{ workshop_pack("id") }}` (the last on the pack pages the adapter generates, render/packs.py).
The work happens in content/ (data, registry, validation) and render/ (templates);
this module only connects them to mkdocs-macros. What must hook into MkDocs itself
lives in adapter.py, which calls the plain functions at the end of this module.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import engine
from .content.model import KINDS, Agenda, ChapterCard
from .content.registry import Registry
from .content.validate import DataError
from .markdown.rawblock import outside_blocks, wrap
from .render import agenda as agendas
from .render import bundle_assets, client_page, manifest, offline_app, packs, printing, render, urls
from .render import chapters as chapter_cards
from .render import relationships as relationships_page
from .render import room as room_page


@dataclass(frozen=True)
class Build:
    """The playbook's data for one build: the checked registry of tools and pages, the
    workshop formats and the chapter cards. Made once a build by `build_for`."""

    registry: Registry
    formats: Mapping[str, Agenda]
    cards: Mapping[str, ChapterCard]
    custom_dir: str | None  # the theme's overrides, where our CSS and JS come from
    site: urls.Site

    @functools.cached_property
    def pack_sheets(self) -> printing.PackSheets:
        """The print pack's blank copies, as scripts of their own (render/printing.py), made once
        a build: the pack's page names the files, `finish_site` writes them."""
        return printing.pack_sheets(self.registry, self.site)

    @functools.cached_property
    def asset_version(self) -> str:
        """The `?v=` of our CSS and JS (render/bundle_assets.py), worked out once a build,
        when a page or the page template first needs it."""
        return bundle_assets.version(self.custom_dir)

    @classmethod
    def load(cls, conf) -> Build:
        render.new_build()
        docs = conf["docs_dir"]
        try:
            registry = Registry.load(docs)
            registry.use_nav_titles(engine.nav(conf))
            # workshop formats (data/workshops.py) and chapter cards (data/chapters.py),
            # each checked against the components and the pages
            formats = agendas.load(registry.components, registry.usage, docs)
            cards = chapter_cards.load(registry.components, registry.usage, docs)
        except DataError as exc:  # PluginError: MkDocs prints the message and stops, no traceback
            raise PluginError(str(exc)) from exc
        return cls(registry, formats, cards, engine.custom_dir(conf), urls.Site.from_config(conf))


_current: tuple[object, Build] | None = None  # (the configuration it was made for, the build)


def build_for(conf) -> Build:
    """The Build of the build whose configuration is `conf`, made by whichever asks first
    (the macros' define_env, or an adapter event) and shared by both, in any order. Under
    `mkdocs serve` every rebuild loads a new configuration, and so gets a new Build."""
    global _current
    if _current is None or _current[0] is not conf:
        _current = (conf, Build.load(conf))
    return _current[1]


def _page(env) -> str:
    page = getattr(env, "page", None)
    return engine.src_path(page) if page is not None else "?"


def _sheet(env, comp) -> printing.Sheet:
    """What the printed footer of a component on the page being rendered says. The address
    is the page on the published site (directory URLs), in the offline bundle too."""
    page = getattr(env, "page", None)
    url = urls.page_url(engine.src_path(page)) if page is not None else ""
    return printing.sheet(comp, env.conf["site_name"], env.conf["site_url"], url)


def define_env(env) -> None:
    build = build_for(env.conf)
    registry, formats, cards = build.registry, build.formats, build.cards
    book = chapter_cards.book_chapters(engine.nav(env.conf), cards)  # every chapter, named as in the nav
    site = build.site

    def asset(name: str) -> str:
        """The address of one of the playbook's own files (assets/playbook/) from the page
        being rendered, with the assets' ?v=."""
        return (
            f"{urls.file_href(f'{bundle_assets.OWN_ASSETS.as_posix()}/{name}', env.page.url)}?v={build.asset_version}"
        )

    whole_pages: set[str] = set()

    def whole_manifest() -> str:
        """components.js, the whole components manifest, for a page that reads every tool
        (render/bundle_assets.py); once a page. A script in the content, so that instant
        navigation loads it too, before the page's other scripts and document$."""
        if env.page.url in whole_pages:
            return ""
        whole_pages.add(env.page.url)
        return f'<script defer src="{asset(bundle_assets.WHOLE_MANIFEST)}"></script>\n'

    def site_links() -> agendas.SiteLinks:
        """Links from the page being built (run sheets, chapter cards, workshop packs)."""
        slugify = env.conf["mdx_configs"].get("toc", {}).get("slugify")  # as configured
        return agendas.SiteLinks(registry, site, env.page.url, env.conf["docs_dir"], slugify)

    def component(kind: str):
        def macro(id: str, level: int = 3) -> str:  # noqa: A002 - pages write id=...
            comp = registry.get(id, kind, _page(env))
            return wrap(render.render_component(comp, level, sheet=_sheet(env, comp)))

        macro.__name__ = kind
        macro.__doc__ = f'Render the {kind} with this id: {{{{ {kind}("id") }}}}.'
        return macro

    for kind in KINDS:
        env.macro(component(kind), kind)

    @env.macro
    def component_index(level: int = 2) -> str:
        """Every component by kind, each linking to its page, plus export/import."""
        index = render.render_index(
            registry.components.values(), registry.usage, registry.page_titles, _page(env), level
        )
        return wrap(render.render_answers_panel()) + "\n\n" + index

    @env.macro
    def find_a_tool(level: int = 2) -> str:
        """Every tool on a page, under a heading per situation (tool_meta.py), with its
        time, partners and outcome."""
        return render.render_find_a_tool(
            registry.components.values(), registry.usage, registry.page_titles, _page(env), level
        )

    @env.macro
    def chapter_card() -> str:
        """The chapter's opening card: when, time, who, outcome, and the tool to start with."""
        page = env.page
        try:
            card = chapter_cards.get(cards, engine.src_path(page))
        except chapter_cards.UnknownChapterError as exc:  # a moved page: strict stops, a preview goes on
            chapter_cards.log.warning(str(exc))
            return ""
        tool = registry.components[card.start_tool]
        href = site_links().component(card.start_tool).href
        if registry.usage[card.start_tool] == engine.src_path(page):  # on this page: the anchor alone
            href = "#" + href.split("#", 1)[1]
        minutes = chapter_cards.reading_minutes(engine.source(page, env.conf["docs_dir"]))
        return wrap(chapter_cards.render_card(card, tool, chapter_cards.ToolLink(href, tool.title, tool.kind), minutes))

    @env.macro
    def chapter_list(kind: str = "cards") -> str:
        """Every chapter, named as in the nav, with its summary: "cards" (the home page's
        grid) or "path" (How to Use's numbered reading path, without the page itself)."""
        render_list = chapter_cards.render_home_cards if kind == "cards" else chapter_cards.render_reading_path
        return render_list(book, _page(env))

    @env.macro
    def before_you_act() -> str:
        """The one "Before you act" box (templates/before_you_act.md) for pages on
        escalation, confidentiality and reporting; it links to where concerns go."""
        return chapter_cards.render_before_you_act(_page(env))

    @env.macro
    def glossary(level: int = 2) -> str:
        """The terms of macros/content/data/glossary.py: a heading per letter (in the page's table
        of contents), each over a definition list with an anchor per term id."""
        return "\n\n".join(
            f"{'#' * level} {letter}\n\n{wrap(render.render_glossary(terms))}"
            for letter, terms in render.glossary_by_letter(registry.terms)
        )

    @env.macro
    def print_pack() -> str:
        """A blank print copy of every component, one per printed page (macros/render/printing.py)."""
        sheets = [asset(name) for name, _ in build.pack_sheets.files]
        return wrap(printing.render_print_pack(registry, site, _page(env), sheets))

    @env.macro
    def agenda(id: str, level: int = 3) -> str:  # noqa: A002 - pages write id=...
        """A workshop format as a facilitator's run sheet: `{{ agenda("half-day") }}`."""
        links = site_links()
        return wrap(
            agendas.render_agenda(
                agendas.get(formats, id, _page(env)),
                links,
                level,
                asset("runsheet.min.js"),
                links.url(packs.pack_src(id)),
            )
        )

    @env.macro
    def agenda_words(id: str, kind: str = "length", capital: bool = False) -> str:  # noqa: A002
        """The length ("three and a half hours") or time of day ("all morning") of a format
        in words, following the facilitator's edited times: `{{ agenda_words("half-day") }}`."""
        return agendas.render_words(agendas.get(formats, id, _page(env)), kind, capital)

    @env.macro
    def format_links(level: int = 3) -> str:
        """For each workshop format, the sections and tools it uses with addresses and QR
        codes, printable one sheet per format (macros/render/packs.py)."""
        pages = registry.run_sheets
        return "\n\n".join(
            wrap(packs.format_links(a, pages[a.id], site_links(), level)) for a in formats.values() if a.id in pages
        )

    @env.macro
    def workshop_pack(id: str) -> str:  # noqa: A002 - pages write id=...
        """A format's participant workbook and facilitator pack (the generated pack pages)."""
        agenda_ = agendas.get(formats, id, _page(env))
        page = registry.run_sheets.get(id)
        if page is None:
            raise PluginError(f"workshop pack '{id}': no page shows its run sheet ({{{{ agenda(\"{id}\") }}}})")
        return wrap(packs.render_pack(agenda_, page, site_links(), asset("runsheet.min.js")))

    @env.macro
    def downloads() -> str:
        """The Facilitator guide's list of PDFs and the offline zip (filled in by `make handouts`)."""
        return wrap(packs.render_downloads(env.conf["site_url"], _page(env)))

    @env.macro
    def page_components() -> str:
        """A short list of the components this page uses, linking to each."""
        return wrap(render.render_page_components(registry.on_page(_page(env))))

    @env.macro
    def room_results() -> str:
        """The Room results tool: participants' files in, the room's scores out (render/room.py)."""
        return wrap(
            whole_manifest()
            + room_page.render_room(registry.components.values(), asset("room.min.js"), asset("room.css"))
        )

    @env.macro
    def client_form(id: str) -> str:  # noqa: A002 - pages write id=...
        """The client's own questionnaire, outside any workspace (render/client_page.py)."""
        try:
            return wrap(whole_manifest() + client_page.render_client_form(registry.components, id))
        except ValueError as exc:
            raise PluginError(f"{_page(env)}: {exc}") from exc

    @env.macro
    def relationships(part: str = "overview") -> str:
        """A block of the My relationships page: "overview", "compare" or "data"
        (macros/render/relationships.py; the reader's browser fills it in)."""
        return wrap(whole_manifest() + relationships_page.render(part, registry, site, env.page.url))


# --- plain functions for the MkDocs adapter (adapter.py) -------------------------


def with_glossary_marks(build: Build, markdown: str, src_path: str) -> str:
    """The page's Markdown with definitions of the glossary terms it uses, so that they
    become hover/tap definitions (abbr); the glossary pages themselves get none."""
    registry = build.registry
    if not registry.terms or src_path in registry.glossary_pages:
        return markdown
    definitions = render.abbreviations(registry.terms, within=outside_blocks(markdown))
    if not definitions:
        return markdown
    return markdown.rstrip("\n") + "\n\n" + definitions + "\n"


def published_address(site_url: str | None, src_uri: str) -> str:
    """The address of the page at docs path `src_uri` on the published site: site_url plus
    its directory URL, whatever `use_directory_urls` this build has (the offline zip)."""
    return printing.address(site_url, urls.page_url(src_uri))


def pack_pages(build: Build) -> dict[str, str]:
    """Docs path -> Markdown of each workshop format's pack page (render/packs.py)."""
    return packs.pack_pages(build.formats.values())


def check_built(build: Build, site_dir: str, docs_dir: str, use_directory_urls: bool) -> None:
    """Section anchors exist once pages are built: warn (strict: stop) if one is missing."""
    agendas.check_built(build.formats.values(), site_dir, docs_dir, use_directory_urls)


def finish_site(config, serving: bool = False, bundle: bool = True) -> None:
    """What a built site gets last, whichever engine built it (MkDocs' on_post_build in
    adapter.py; after `zensical build`, scripts/zensical_check.py): components.json, the
    tools as the browser's scripts know them (render/manifest.py); the print pack's blank
    copies (render/printing.py); our CSS and JS bundled (render/bundle_assets.py); the web
    app manifest and the service worker, which list the files as they finally are
    (render/offline_app.py)."""
    build = build_for(config)
    manifest.write(build.registry, config["site_dir"])
    # the print pack's copies (render/printing.py), before the offline app lists the files
    for name, text in build.pack_sheets.files:
        (Path(config["site_dir"]) / bundle_assets.OWN_ASSETS / name).write_text(text, encoding="utf-8")
    if bundle:
        bundle_assets.bundle(config["site_dir"])
    offline_app.write_for(config, serving)
