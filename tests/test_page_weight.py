"""What a page makes a phone download and run of ours (issue 30), measured on the built
site's real files: a page without tools gets a small script and no components manifest;
a page with tools gets its own tools' entries only; print sources stay out of the sitemap
and the site search. Speed itself is `make bench` (bench/bench.py), not a test."""

from __future__ import annotations

import gzip
import json
import re
import sys
from xml.etree import ElementTree

from project import answers_selector, loaded_bundles
from support import DOCS, ROOT, doc_pages, html_file, soup

sys.path.insert(0, str(ROOT))
from macros.content.registry import Registry
from macros.render import packs
from macros.render.urls import page_url

PAGES = doc_pages()
BUDGET = 15 * 1024  # bytes of our script, gzipped, on a page without tools
OWN = "assets/playbook/"


def own_scripts(page) -> list[str]:
    return [el["src"].split(OWN)[1].split("?")[0] for el in page.find_all("script", src=True) if OWN in el["src"]]


def gzipped(path) -> int:
    return len(gzip.compress(path.read_bytes(), 9))


def test_a_page_without_tools_ships_a_small_script_and_no_manifest(site_dir):
    """Run sheets too: their script holds what a sheet shows when it opens, and loads its
    editor, run mode and a pack page's part where they are used (runsheet.js)."""
    folder = site_dir / OWN
    bare, sheets = [], []
    for src, url in PAGES:
        page = soup(html_file(site_dir, url))
        if page.select(answers_selector()):
            continue  # a page with tools
        bare.append(src)
        scripts = own_scripts(page)
        if page.select("[data-cpp-agenda]"):
            sheets.append(src)
            assert "runsheet.min.js" in scripts and not [s for s in scripts if s.startswith("runsheet-")], src
        assert "components.js" not in scripts and not page.select("[data-manifest]"), src
        weight = sum(gzipped(folder / name) for name in scripts)
        assert 0 < weight <= BUDGET, f"{src}: {weight} bytes of our script gzipped ({scripts})"
    # the home page and the reading pages without a tool are among them
    assert {"index.md", "glossary.md", "sources.md"} <= set(bare), bare
    assert len(sheets) == 3, sheets  # the workshop formats' run sheets
    script = (folder / "playbook.min.js").read_text(encoding="utf-8")
    assert "cppManifest" not in script and '"tools"' not in script  # the manifest is not in it at all
    assert gzipped(folder / "playbook.min.js") <= BUDGET


def test_a_tool_page_carries_its_own_tools_entries_only(site_dir):
    whole = {t["id"]: t for t in json.loads((site_dir / OWN / "components.json").read_text(encoding="utf-8"))["tools"]}
    registry = Registry.load(DOCS)
    checked = 0
    for cid, src in registry.usage.items():
        page = soup(html_file(site_dir, page_url(src)))
        on_page = {el["data-component"] for el in page.select(".cpp-component[data-component]")}
        entries = {}
        for el in page.select("[data-manifest]"):
            entry = json.loads(el["data-manifest"])
            assert entry == whole[el["data-component"]], f"{src}: {el['data-component']}"
            entries[entry["id"]] = entry
        assert cid in entries and set(entries) == on_page, src
        assert "components.js" not in own_scripts(page) or page.select("[data-cpp-rel], [data-cpp-room]"), src
        checked += 1
    assert checked == len(registry.usage) > 20
    # the bundle that the tools load carries the renames only; the whole manifest is components.js
    answers = (site_dir / OWN / "answers.min.js").read_text(encoding="utf-8")
    inline = json.loads(re.search(r"window\.cppManifest=window\.cppManifest\|\|(\{.*?\});\n", answers).group(1))
    assert (
        inline["tools"] == []
        and inline["renames"] == json.loads((site_dir / OWN / "components.json").read_text())["renames"]
    )
    assert (site_dir / OWN / "components.js").read_text(encoding="utf-8").startswith("window.cppManifest={")


def test_links_between_two_people_load_only_on_the_pages_that_hold_them(site_dir):
    """share.min.js (client-link.js, core/payload.js, the client's view): after the answers,
    on the pages with its blocks only; a tool page's "Share my scores" loads it when pressed
    (tests/test_page_weight_browser.py)."""
    folder = site_dir / OWN
    answers, share = ((folder / name).read_text(encoding="utf-8") for name in ("answers.min.js", "share.min.js"))
    assert "cppShareLink" in share and "cppShareLink" not in answers and "C.payload" not in answers
    assert share.rstrip().endswith('document.dispatchEvent(new Event("cpp:share"));\n},0);')
    with_share = {
        src for src, url in PAGES if loaded_bundles(html_file(site_dir, url).read_text())[-1:] == ["share.min.js"]
    }
    assert with_share == {"ending-well.md", "my-relationships.md", "client/index.md", "facilitator/room-results.md"}
    assert gzipped(folder / "share.min.js") > 5000  # what the other tool pages no longer load


def test_pages_that_read_every_tool_load_the_whole_manifest_once(site_dir):
    for src in ("my-relationships.md", "facilitator/room-results.md"):
        scripts = own_scripts(soup(html_file(site_dir, page_url(src))))
        assert scripts.count("components.js") == 1, src
        # before the page's own script and the bundle (deferred scripts run in order)
        assert scripts.index("components.js") < scripts.index("playbook.min.js"), src


def test_workshop_pack_pages_are_out_of_the_sitemap_and_the_search(site_dir):
    formats = Registry.load(DOCS).run_sheets
    pack_urls = {page_url(packs.pack_src(fid)) for fid in formats}
    assert len(pack_urls) >= 3 and all(html_file(site_dir, u).is_file() for u in pack_urls)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text for loc in ElementTree.parse(site_dir / "sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    assert len(locs) == len(PAGES), "every page readers navigate to stays in the sitemap"
    assert not [loc for loc in locs if any(loc.endswith("/" + u) for u in pack_urls)]
    docs = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert not [d["location"] for d in docs if d["location"].split("#")[0] in pack_urls]
