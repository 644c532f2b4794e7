"""Paper in the built site (no browser): sheet footers, the print pack page, and no
handout links when the handouts were not made."""

from __future__ import annotations

import sys
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from support import ROOT, doc_pages, html_file, pack_sheets, soup

sys.path.insert(0, str(ROOT))

from macros.content.registry import Registry
from macros.render import printing, urls

REGISTRY = Registry.load(ROOT / "docs")


def site_url(site) -> str:
    """The site_url the build used: the home page's canonical address."""
    return soup(site / "index.html").find("link", rel="canonical")["href"]


def home(cid: str) -> str:
    return urls.page_url(REGISTRY.usage[cid])


def test_every_component_prints_with_its_address_and_qr_code(site_dir):
    base = site_url(site_dir)
    for cid, comp in REGISTRY.components.items():
        if cid not in REGISTRY.usage:
            continue
        page = soup(html_file(site_dir, home(cid).removeprefix("./")))
        root = page.select_one(f'.cpp-component[data-component="{cid}"]')
        footer = root.select_one(":scope > .cpp-sheet")
        assert footer is not None, cid
        full = printing.address(base, home(cid), f"{comp.kind}-{cid}")
        text = " ".join(footer.get_text(" ").split())
        assert text.startswith("Client Partnering Playbook · " + comp.title), text
        assert printing.short_address(full) in text
        # the QR code is the one for the full address (same input, same code)
        assert str(footer.select_one("svg.cpp-sheet__qr")) == str(
            BeautifulSoup(printing.qr_svg(full), "html.parser").select_one("svg")
        ), cid


def test_print_pack_holds_a_blank_copy_of_every_component_once(site_dir):
    page = soup(html_file(site_dir, "print-pack/"))
    sheets = pack_sheets(page, html_file(site_dir, "print-pack/"))
    copies = [c["data-print-of"] for c in sheets.select("[data-print-of]")]
    placed = [cid for cid in REGISTRY.components if cid in REGISTRY.usage]
    assert sorted(copies) == sorted(placed) and len(copies) == len(set(copies))
    assert not page.select("[data-component]") and not sheets.select("[data-component]"), (
        "a print copy must not count as a use of a component"
    )
    assert all(el["id"].startswith("pack-") for el in sheets.select("[id]"))
    # in the order of the chapters in the navigation
    nav = [a["href"] for a in soup(site_dir / "index.html").select("nav.md-nav--primary a.md-nav__link[href]")]
    nav = [urljoin("/", h).strip("/") for h in nav]
    ranks = [nav.index(home(cid).strip("./").strip("/")) for cid in copies]
    assert ranks == sorted(ranks)
    # each entry of the list links to the component at home
    hrefs = [a["href"] for a in page.select(".cpp-pack-contents__list a")]
    assert len(hrefs) == len(copies)
    assert all(h.endswith(f"#{REGISTRY.components[c].kind}-{c}") for h, c in zip(hrefs, copies, strict=True))
    # for paper, not the screen: hidden, and a script of their own until print.js puts them in
    assert page.select_one(".cpp-pack").has_attr("hidden"), "the copies are for paper, not the screen"
    assert not page.select("[data-print-of]"), "the copies are in the page itself"


def test_no_handout_links_without_handouts(site_dir):
    assert not (site_dir / "handouts").exists()
    for src, url in doc_pages():
        html = html_file(site_dir, url).read_text(encoding="utf-8")
        assert "handouts/" not in html and 'class="cpp-handout"' not in html, src
    marks = html_file(site_dir, "print-pack/").read_text(encoding="utf-8").count("<!--cpp-handout:")
    assert marks == 1  # the pack's own; its copies carry none
