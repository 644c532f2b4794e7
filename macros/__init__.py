"""mkdocs-macros entry point: wires the registry and the renderers to the macros.

Pages call `{{ checklist("id") }}`, `{{ worksheet("id") }}`, `{{ assessment("id") }}`,
`{{ component_index() }}`, `{{ find_a_tool() }}`, `{{ chapter_card() }}`,
`{{ glossary() }}`, `{{ page_components() }}`, `{{ print_pack() }}`, `{{ room_results() }}`, and for
facilitators `{{ agenda("id") }}`, `{{ format_links() }}`, `{{ downloads() }}` and
`{{ workshop_pack("id") }}` (the last on the pack pages the adapter generates, render/packs.py).
The work happens in content/ (data, registry, validation) and render/ (templates);
this module only connects them to mkdocs-macros. What must hook into MkDocs itself
lives in adapter.py, which calls the plain functions at the end of this module.
"""

from __future__ import annotations

import functools

from mkdocs.exceptions import PluginError

from . import engine
from .content.registry import Registry
from .content.validate import DataError
from .markdown.rawblock import outside_blocks, wrap
from .render import agenda as agendas
from .render import chapters as chapter_cards
from .render import bundle_assets, manifest, offline_app, packs, printing, render, urls
from .render import room as room_page
from .render import relationships as relationships_page

_state: dict[str, Registry] = {}


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
    render.new_build()
    try:
        registry = Registry.load(env.conf["docs_dir"])
        registry.use_nav_titles(env.conf["nav"])
    except DataError as exc:  # PluginError: MkDocs prints the message and stops, no traceback
        raise PluginError(str(exc)) from exc
    _state["registry"] = registry
    try:  # workshop formats (macros/content/data/workshops.py), checked against components and pages
        _state["agendas"] = formats = agendas.load(registry.components, registry.usage, env.conf["docs_dir"])
    except DataError as exc:
        raise PluginError(str(exc)) from exc
    try:  # chapter opening cards (macros/content/data/chapters.py), checked against pages and tools
        cards = chapter_cards.load(registry.components, registry.usage, env.conf["docs_dir"])
    except DataError as exc:
        raise PluginError(str(exc)) from exc
    site = urls.Site.from_config(env.conf)

    @functools.cache
    def version() -> str:
        """The assets' ?v= (render/bundle_assets.py): worked out once a build, when a page needs it."""
        return bundle_assets.version(engine.custom_dir(env.conf))

    def asset(name: str) -> str:
        """The address of one of the playbook's own files (assets/playbook/) from the page
        being rendered, with the assets' ?v=."""
        return f"{urls.file_href(f'{bundle_assets.OWN_ASSETS.as_posix()}/{name}', env.page.url)}?v={version()}"

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

    for kind in ("checklist", "worksheet", "assessment"):
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
    def glossary(level: int = 2) -> str:
        """The terms of macros/content/data/glossary.py: a heading per letter (in the page's table
        of contents), each over a definition list with an anchor per term id."""
        return "\n\n".join(
            f"{'#' * level} {letter}\n\n{wrap(render.render_glossary(terms))}"
            for letter, terms in render.glossary_by_letter(registry.terms)
        )

    @env.macro
    def print_pack(level: int = 2) -> str:
        """A blank print copy of every component, one per printed page (macros/render/printing.py)."""
        return wrap(
            printing.render_print_pack(registry, site, _page(env), level)
        )

    @env.macro
    def agenda(id: str, level: int = 3) -> str:  # noqa: A002 - pages write id=...
        """A workshop format as a facilitator's run sheet: `{{ agenda("half-day") }}`."""
        return wrap(agendas.render_agenda(agendas.get(formats, id, _page(env)), site_links(), level,
                                          asset("runsheet.min.js")))

    @env.macro
    def format_links(level: int = 3) -> str:
        """For each workshop format, the sections and tools it uses with addresses and QR
        codes, printable one sheet per format (macros/render/packs.py)."""
        pages = registry.run_sheets
        return "\n\n".join(
            wrap(packs.format_links(a, pages[a.id], site_links(), level))
            for a in formats.values() if a.id in pages
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
        return wrap(whole_manifest() + room_page.render_room(registry.components.values(), asset("room.min.js"), asset("room.css")))

    @env.macro
    def relationships(part: str = "overview") -> str:
        """A block of the My relationships page: "overview", "compare" or "data"
        (macros/render/relationships.py; the reader's browser fills it in)."""
        return wrap(whole_manifest() + relationships_page.render(part, registry, site, env.page.url))


# --- plain functions for the MkDocs adapter (adapter.py) -------------------------


def with_glossary_marks(markdown: str, src_path: str) -> str:
    """The page's Markdown with definitions of the glossary terms it uses, so that they
    become hover/tap definitions (abbr); the glossary pages themselves get none."""
    registry = _state.get("registry")
    if registry is None or not registry.terms or src_path in registry.glossary_pages:
        return markdown
    definitions = render.abbreviations(registry.terms, within=outside_blocks(markdown))
    if not definitions:
        return markdown
    return markdown.rstrip("\n") + "\n\n" + definitions + "\n"


def published_address(site_url: str | None, src_uri: str) -> str:
    """The address of the page at docs path `src_uri` on the published site: site_url plus
    its directory URL, whatever `use_directory_urls` this build has (the offline zip)."""
    return printing.address(site_url, urls.page_url(src_uri))


def pack_pages() -> dict[str, str]:
    """Docs path -> Markdown of each workshop format's pack page (render/packs.py)."""
    return packs.pack_pages(_state.get("agendas", {}).values())


def check_built(site_dir: str, docs_dir: str, use_directory_urls: bool) -> None:
    """Section anchors exist once pages are built: warn (strict: stop) if one is missing."""
    agendas.check_built(_state.get("agendas", {}).values(), site_dir, docs_dir, use_directory_urls)


def finish_site(config, serving: bool = False, bundle: bool = True) -> None:
    """What a built site gets last, whichever engine built it (MkDocs' on_post_build in
    adapter.py; after `zensical build`, scripts/zensical_check.py): components.json, the
    tools as the browser's scripts know them (render/manifest.py); our CSS and JS bundled
    (render/bundle_assets.py); the web app manifest and the service worker, which list the
    files as they finally are (render/offline_app.py)."""
    registry = _state.get("registry") or Registry.load(config["docs_dir"])
    manifest.write(registry, config["site_dir"])
    if bundle:
        bundle_assets.bundle(config["site_dir"])
    offline_app.write_for(config, serving)
