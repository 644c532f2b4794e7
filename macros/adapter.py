"""The one MkDocs adapter: everything the playbook needs from MkDocs' own events.

A local MkDocs plugin (`playbook` in mkdocs.yml's `plugins:`, registered through the
`mkdocs.plugins` entry point in pyproject.toml), not `hooks:` files: a plugin has typed
config, runs in the order the `plugins:` list gives it (after mkdocs-macros), keeps its
per-build state on itself rather than on MkDocs' page objects, and is found the same way
by ProperDocs. Each handler only calls a plain function of the playbook; moving to
another engine means rewriting this file (see MIGRATION.md).

- `on_config` (first): with Material's offline plugin on (`make offline`), its
  iframe-worker shim is our vendored copy rather than the CDN one;
- `on_env`: the `?v=` of our bundled assets (render/bundle_assets.py), and whether this
  is the offline zip's build (no web app manifest there);
- `on_nav`: the pages kept out of the navigation on purpose, for Section links;
- `on_files`: the workshop formats' pack pages (render/packs.py), made at build time;
- `on_page_markdown`: glossary definitions for the terms a page uses, after the macros
  have rendered it (`macros.with_glossary_marks`);
- `on_page_content`: the ids inside the tools' raw HTML become anchors MkDocs checks
  links against (markdown/rawblock.py); the search skips a tool's controls by itself
  (`data-search-exclude` in the tool templates), so no event is needed for it;
- `on_page_context`: the Section links page gets its list (render/section_links.py), and
  every page its published address (`cpp_address`, also its canonical link);
- `on_post_build` (last of all plugins, so that the search index and redirects exist):
  the run sheets' anchors are checked against the built pages, the components manifest
  is written, our CSS and JS are bundled, and then the web app manifest and the service
  worker list the files as they finally are (render/offline_app.py).
"""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, InclusionLevel

import macros as playbook

from .markdown import rawblock
from .render import offline_app, section_links

# Search from file:// runs its worker in an iframe (Material's offline plugin); vendored.
OFFLINE_SHIM = "assets/vendor/iframe-worker-shim.js"


class PlaybookConfig(base.Config):
    # One minified CSS and one JS file instead of the parts (render/bundle_assets.py).
    bundle_assets = c.Type(bool, default=True)
    # Fill the Section links page's placeholder with every linkable section.
    section_links = c.Type(bool, default=True)


class PlaybookPlugin(BasePlugin[PlaybookConfig]):
    def __init__(self) -> None:
        self._serving = False  # under `mkdocs serve` the worker removes itself
        self._unlisted: list = []  # pages out of the nav on purpose (on_nav)

    def on_startup(self, *, command, dirty):
        self._serving = command == "serve"

    @event_priority(100)  # before Material's offline plugin, which adds its CDN shim otherwise
    def on_config(self, config):
        # Material's documented `extra.polyfills` (the offline plugin keeps an iframe-worker
        # listed there); set only for the offline build, so the published site loads no shim.
        if offline_app.file_copy(config):
            config.extra["polyfills"] = [*config.extra.get("polyfills", []), OFFLINE_SHIM]
        return config

    def on_env(self, env, /, *, config, files):
        env.globals["cpp_asset_version"] = playbook.build_for(config).asset_version
        env.globals["cpp_file_copy"] = offline_app.file_copy(config)  # main.html: no web app manifest
        return env

    def on_nav(self, nav, /, *, config, files):
        # Pages written in docs/ but kept out of the navigation on purpose (mkdocs.yml
        # `not_in_nav`, such as the client's own page): published all the same, so the
        # Section links page lists them after the navigation's. Not the generated packs.
        self._unlisted = [
            f.page
            for f in files.documentation_pages()
            if f.page is not None and f.inclusion.is_not_in_nav() and not f.generated_by
        ]
        return nav

    def on_files(self, files, /, *, config):
        # One page per workshop format with its printable packs, out of the nav and the
        # search; `make handouts` prints them (render/packs.py).
        for src, markdown in playbook.pack_pages(playbook.build_for(config)).items():
            if files.get_file_from_path(src) is None:
                file = File.generated(config, src, content=markdown)
                file.inclusion = InclusionLevel.NOT_IN_NAV  # on purpose, not forgotten
                files.append(file)
        return files

    def on_page_markdown(self, markdown, /, *, page, config, files):
        return playbook.with_glossary_marks(playbook.build_for(config), markdown, page.file.src_path)

    def on_page_content(self, html, /, *, page, config, files):
        if page.present_anchor_ids is not None:
            page.present_anchor_ids |= rawblock.ids(html)
        return html

    def on_page_context(self, context, /, *, page, config, nav):
        if self.config.section_links and page.content:
            page.content = section_links.fill(
                page.content, [*nav.pages, *self._unlisted], page.url, config.get("site_url")
            )
        # The page's address on the published site (directory URLs, also in the offline
        # zip): what links.js copies where the page's own address is a file:// path.
        context["cpp_address"] = playbook.published_address(config.get("site_url"), page.file.src_uri)
        # The canonical link names that published address too: the offline zip's pages
        # (.html files) are copies of it, not addresses of their own.
        if page.canonical_url:
            page.canonical_url = context["cpp_address"]
        return context

    @event_priority(-100)
    def on_post_build(self, *, config):
        playbook.check_built(
            playbook.build_for(config), config["site_dir"], config["docs_dir"], config["use_directory_urls"]
        )
        playbook.finish_site(config, self._serving, bundle=self.config.bundle_assets)
