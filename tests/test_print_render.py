"""Paper, rendered without MkDocs: the footer of a printed sheet and the print pack's copies."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from components_demo import COMPONENTS, DEMO_ASSESSMENT, DEMO_CHECKLIST, DEMO_WORKSHEET
from support import pack_html

from macros.content.registry import Registry
from macros.render import printing, render, urls

SITE = "https://example.org/playbook/"


def test_addresses_join_the_site_url_the_page_and_the_anchor():
    assert printing.address(SITE, "act/", "worksheet-x") == "https://example.org/playbook/act/#worksheet-x"
    assert printing.address("https://example.org/playbook", "/act/") == "https://example.org/playbook/act/"
    assert printing.address(SITE, "./") == SITE
    assert printing.address(None, "act/", "x") == "/act/#x"  # no site_url: a path, and no QR code
    assert printing.short_address("https://example.org/playbook/act/#x") == "example.org/playbook/act/#x"
    assert printing.short_address("/act/#x") == "/act/#x"


def test_qr_code_is_inline_svg_hidden_from_screen_readers():
    svg = printing.qr_svg("https://example.org/playbook/act/#worksheet-x")
    doc = BeautifulSoup(svg, "html.parser").svg
    assert doc["class"] == ["cpp-sheet__qr"] and doc["aria-hidden"] == "true" and doc.get("viewbox")
    assert doc.find("path") is not None and "<?xml" not in svg and "width=" not in svg
    assert printing.qr_svg("/act/") == ""
    # the same address always gives the same code (so a test can find it in the page)
    assert printing.qr_svg("https://example.org/a/") == printing.qr_svg("https://example.org/a/")
    assert printing.qr_svg("https://example.org/a/") != printing.qr_svg("https://example.org/b/")


def test_every_component_kind_carries_the_sheet_footer_and_the_handout_mark():
    for comp in (DEMO_CHECKLIST, DEMO_WORKSHEET, DEMO_ASSESSMENT):
        sheet = printing.sheet(comp, "The Playbook", SITE, "tools/")
        html = render.render_component(comp, sheet=sheet)
        root = BeautifulSoup(html, "html.parser").select_one(".cpp-component")
        footer = root.select_one(":scope > .cpp-sheet")
        assert footer is not None, comp.id
        text = " ".join(footer.get_text(" ").split())
        assert "The Playbook" in text and f"example.org/playbook/tools/#{comp.kind}-{comp.id}" in text
        assert comp.title.split("<")[0].strip() in text
        assert footer.select_one("svg.cpp-sheet__qr") is not None
        assert f"<!--cpp-handout:{comp.id}-->" in html
        assert "<script>" not in html  # the title is escaped in the footer too
    # without a sheet (the engine's own tests, other callers) there is no footer
    assert "cpp-sheet" not in render.render_component(DEMO_CHECKLIST)


def test_a_print_copy_is_not_a_use_of_the_component():
    for comp in COMPONENTS:
        sheet = printing.sheet(comp, "The Playbook", SITE, "tools/", handout=False)
        html = printing.print_copy(comp, sheet)
        doc = BeautifulSoup(html, "html.parser")
        root = doc.select_one(".cpp-component")
        assert root.get("data-component") is None and root["data-print-of"] == comp.id
        ids = [el["id"] for el in doc.find_all(id=True)]
        assert ids and all(i.startswith("pack-") for i in ids), comp.id
        for attr in ("for", "aria-describedby", "name"):
            for el in doc.find_all(attrs={attr: True}):
                assert all(v.startswith("pack-") for v in el[attr].split()), (comp.id, attr, el[attr])
        assert not doc.select("h2[id], h3[id], h4[id], h5[id]"), "print copies publish no section anchors"
        assert "cpp-handout" not in html
        # the same ids as the real component, prefixed: nothing else changes
        real = BeautifulSoup(render.render_component(comp, 2), "html.parser")
        assert len(real.find_all(id=True)) == len(ids) + len(
            real.select(".cpp-component__title, .cpp-dimension__title")
        )


def test_the_pack_lists_components_in_nav_order_and_skips_unplaced_ones():
    usage = {"demo-worksheet": "b.md", "demo-checklist": "a/index.md", "demo-assessment": "b.md"}
    registry = Registry(
        components={c.id: c for c in (DEMO_ASSESSMENT, DEMO_CHECKLIST, DEMO_WORKSHEET, COMPONENTS[3])},
        usage=usage,
        page_titles={"a/index.md": "Page A", "b.md": "Page B"},
    )
    site = urls.Site("The Playbook", SITE, nav=("index.md", "a/index.md", "b.md"))
    sheets = printing.pack_sheets(registry, site)
    srcs = [f"../assets/playbook/{name}" for name, _ in sheets.files]
    html = printing.render_print_pack(registry, site, "print-pack.md", srcs)
    doc = BeautifulSoup(html, "html.parser")
    links = [a["href"] for a in doc.select(".cpp-pack-contents__list a")]
    assert links == [
        "../a/#checklist-demo-checklist",
        "../b/#assessment-demo-assessment",
        "../b/#worksheet-demo-worksheet",
    ]
    # the copies: scripts of their own, named by what they hold, which the page names in order
    pack = doc.select_one(".cpp-pack")
    assert pack.has_attr("hidden") and pack["data-cpp-pack-src"].split() == srcs
    assert not doc.select("[data-print-of]")
    names = [name for name, _ in sheets.files]
    assert all(re.fullmatch(rf"print-pack-sheets\.[0-9a-f]{{10}}\.{i + 1}\.js", n) for i, n in enumerate(names))
    assert printing.PACK_SHEETS_GLOBAL == "cppPackSheets"  # what print.js and pack_html read
    copies = BeautifulSoup(pack_html([text for _, text in sheets.files]), "html.parser")
    assert [c["data-print-of"] for c in copies.select("[data-print-of]")] == [
        "demo-checklist",
        "demo-assessment",
        "demo-worksheet",
    ]
    assert "<!--cpp-handout:print-pack-->" in html
    assert re.search(r"example\.org/playbook/b/#worksheet-demo-worksheet", "".join(t for _, t in sheets.files))
    other = printing.pack_sheets(registry, urls.Site("The Playbook", "https://example.com/", nav=site.nav))
    assert other.files[0][0] != sheets.files[0][0]


def test_page_urls_follow_mkdocs():
    assert urls.page_url("index.md") == "./"
    assert urls.page_url("a.md") == "a/"
    assert urls.page_url("m/index.md") == "m/"
    assert urls.page_url("m/b.md", use_directory_urls=False) == "m/b.html"
    assert urls.nav_order([{"Home": "index.md"}, {"Ref": [{"A": "a.md"}, "m/index.md"]}]) == [
        "index.md",
        "a.md",
        "m/index.md",
    ]
    assert urls.nav_order(None) == []
