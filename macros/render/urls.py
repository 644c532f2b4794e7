"""Addresses, computed as MkDocs computes them: one place for the site's page URLs,
the nav order and the links between pages. Used by the renderers, scripts/ and tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from .. import engine


def page_url(src: str, use_directory_urls: bool = True) -> str:
    """The URL MkDocs gives the page at docs path `src`, relative to the site root
    (`a.md` -> `a/`, `a/index.md` -> `a/`, `index.md` -> `./`)."""
    return File(src, None, None, use_directory_urls).url


def site_path(src: str, use_directory_urls: bool = True) -> str:
    """`page_url` as a path to put after the site's root address (`index.md` -> ``)."""
    url = page_url(src, use_directory_urls)
    return "" if url == "./" else url


def href(target_src: str, current_url: str, anchor: str = "", use_directory_urls: bool = True) -> str:
    """A link from the page at URL `current_url` to the page at docs path `target_src`."""
    link = get_relative_url(page_url(target_src, use_directory_urls), current_url)
    return f"{link}#{anchor}" if anchor else link


def file_href(path: str, current_url: str) -> str:
    """A link from the page at URL `current_url` to the file at `path` in the built site
    (`assets/...`), as Material's `url` filter makes it."""
    return get_relative_url(path, current_url)


def nav_order(nav: object) -> list[str]:
    """Docs paths in the order the nav config (nested lists, dicts and strings) lists them."""
    if isinstance(nav, str):
        return [nav]
    values = nav.values() if isinstance(nav, Mapping) else nav if isinstance(nav, (list, tuple)) else []
    return [page for value in values for page in nav_order(value)]


@dataclass(frozen=True)
class Site:
    """What rendering needs to know about the site, from its config (mkdocs.yml)."""

    name: str
    url: str | None  # site_url: printed addresses and QR codes use it
    use_directory_urls: bool = True
    nav: tuple[str, ...] = ()  # docs paths in nav order

    @classmethod
    def from_config(cls, conf: Mapping) -> Site:
        return cls(conf["site_name"], conf["site_url"], conf["use_directory_urls"], tuple(nav_order(engine.nav(conf))))
