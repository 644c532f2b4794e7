"""Paper: the footer each printed sheet carries, and the print pack.

Pure functions, like render.py: the macros in __init__.py hand them the site's name,
its address (`site_url`) and the page's URL.

- `sheet()` gathers what the footer of a printed component says: the playbook's name,
  the component's title, the short address of its online home and a QR code of the
  full address, made here at build time (segno, inline SVG: no request, no script).
- `pack_sheets()` renders every component a second time, as a blank copy for
  paper. A copy is not a use of the component: it has no `data-component` (so
  playbook.js never loads or saves answers in it), every id and name in it is prefixed
  (`pack-`), and its headings carry no id (they are not sections anyone links to).
  The copies (about 850 KB of HTML, 100 KB gzipped) are scripts of their own
  (assets/playbook/print-pack-sheets.<hash>.<n>.js, JSON strings of whole sheets, about
  50 KB each: at 120 KB one took a phone a 58 ms task to parse, once in three), not
  part of the page: a phone opening the print pack downloads and parses only its list,
  and print.js loads the copies once the page has loaded and puts them in when it goes
  to paper. `macros.finish_site` writes the files; `render_print_pack()` renders the
  page's list (without rendering the copies) and the place the copies go, with the
  scripts' addresses.

Handout links: each component (and the pack) carries an HTML comment
`<!--cpp-handout:<id>-->`. `make handouts` (scripts/handouts.py) writes the PDFs into
the built site and then replaces each comment whose PDFs exist with download links,
so a site built without handouts has no links to them at all.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from markupsafe import Markup

from ..content.model import Component
from ..content.registry import Registry
from . import render
from .urls import Site, href, page_url

PACK_PREFIX = "pack-"
PACK_ID = "print-pack"  # the handout id of the whole pack
PACK_SHEETS_GLOBAL = "cppPackSheets"  # what the copies' scripts fill (print.js reads it)
PACK_CHUNK = 50_000  # characters of sheets per script (see the module docstring)
_HEADING_ID = re.compile(r'(<h[2-6] class="cpp-(?:component|dimension)__title") id="[^"]*"')


@dataclass(frozen=True)
class Sheet:
    """The footer line of a printed component, and where its handout link goes."""

    site_name: str
    title: str
    address: str  # the full address of the component on its page
    short: str  # the same without the scheme, for people to type
    qr: Markup  # inline SVG of `address`, or empty when the site has no absolute address
    handout: str = ""  # handout id for the download links; "" for none


def address(site_url: str | None, page_url: str, fragment: str = "") -> str:
    """The absolute address of a page (and fragment) when the site has one, else its path."""
    base = site_url or "/"
    if not base.endswith("/"):
        base += "/"
    url = urljoin(base, page_url.lstrip("/"))
    return f"{url}#{fragment}" if fragment else url


def short_address(url: str) -> str:
    """`https://host/path/#x` -> `host/path/#x` (what a reader types)."""
    parts = urlsplit(url)
    return url[len(parts.scheme) + 3 :] if parts.scheme and parts.netloc else url


_QR_CLASS = "cpp-sheet__qr"


@lru_cache(maxsize=256)
def qr_svg(url: str) -> Markup:
    """A QR code of an absolute address as inline SVG (error correction M)."""
    if not urlsplit(url).scheme:
        return Markup("")  # a relative path means nothing to a phone

    import segno  # here, not at the top: a page without tools never needs it

    # A fixed mask: every mask decodes; letting segno score all eight costs 4x the time.
    qr = segno.make_qr(url, error="m", mask=0)
    svg = qr.svg_inline(border=0, omitsize=True, svgclass=_QR_CLASS, lineclass=None)
    return Markup(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))


def sheet(comp: Component, site_name: str, site_url: str | None, page_url: str, handout: bool = True) -> Sheet:
    url = address(site_url, page_url, render.anchor(comp))
    return Sheet(site_name, comp.title, url, short_address(url), qr_svg(url), comp.id if handout else "")


@dataclass(frozen=True)
class PackEntry:
    comp: Component
    page_title: str
    href: str  # from the pack's page to the component at home


def print_copy(comp: Component, sheet_: Sheet, level: int = 2, prefix: str = PACK_PREFIX) -> str:
    """A blank copy of a component for the print pack (see the module docstring)."""

    out = render.render_component(comp, level, sheet=sheet_, prefix=prefix)
    out = out.replace(' data-component="', ' data-print-of="', 1)
    return _HEADING_ID.sub(r"\1", out)


def _placed(registry: Registry, site: Site) -> list[Component]:
    """Every placed component, in nav order of their pages and page order within a page;
    components on no page yet are left out (no address to print)."""
    usage = registry.usage
    rank = {src: i for i, src in enumerate(site.nav)}
    placed = [c for c in registry.components.values() if c.id in usage]
    placed.sort(key=lambda c: rank.get(usage[c.id], len(rank)))  # stable: page order kept
    return placed


@dataclass(frozen=True)
class PackSheets:
    """The print pack's blank copies as classic scripts (they work from file:// too)."""

    files: tuple[tuple[str, str], ...]  # (file name in assets/playbook/, script), in order


def pack_sheets(registry: Registry, site: Site, chunk: int = PACK_CHUNK) -> PackSheets:
    """The blank copies of every placed component, one sheet each, in scripts of about
    `chunk` characters (a sheet is never cut), named by a hash of what they hold (see the
    module docstring)."""
    template = render.environment().get_template("pack_sheets.html")
    chunks: list[str] = []
    for comp in _placed(registry, site):
        online = page_url(registry.usage[comp.id])  # the published page, in the offline bundle too
        copy = print_copy(comp, sheet(comp, site.name, site.url, online, handout=False))
        html = template.render(copies=[Markup(copy)])
        if chunks and len(chunks[-1]) + len(html) <= chunk:
            chunks[-1] += html
        else:
            chunks.append(html)
    digest = hashlib.sha256("\0".join(chunks).encode()).hexdigest()[:10]
    each = f"window.{PACK_SHEETS_GLOBAL}=window.{PACK_SHEETS_GLOBAL}||[]"
    return PackSheets(
        tuple(
            (f"print-pack-sheets.{digest}.{i + 1}.js", f"({each})[{i}]={json.dumps(text, ensure_ascii=False)};\n")
            for i, text in enumerate(chunks)
        )
    )


def render_print_pack(registry: Registry, site: Site, current_page: str, sheets_src: list[str]) -> str:
    """The print pack's page: the list of components for the screen, and the place their
    blank copies go for paper, with the addresses of the scripts that hold them
    (`sheets_src`, from the page, in order: see pack_sheets)."""
    here, usage = page_url(current_page, site.use_directory_urls), registry.usage
    entries = [
        PackEntry(
            comp,
            registry.page_titles.get(usage[comp.id], ""),
            href(usage[comp.id], here, render.anchor(comp), site.use_directory_urls),
        )
        for comp in _placed(registry, site)
    ]
    return (
        render.environment()
        .get_template("print_pack.html")
        .render(entries=entries, handout=PACK_ID, sheets_src=sheets_src)
    )
