"""The component engine inside a real MkDocs build: the project plus a demo page that
places components at the top level, in an admonition and in a content tab."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from components_demo import COMPONENTS, demo_site
from support import DOCS, soup


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return demo_site(tmp_path_factory.mktemp("engine"))[0]


def page(site, url_path: str) -> BeautifulSoup:
    return soup(site / url_path / "index.html")


def article(site, url_path: str):
    return page(site, url_path).select_one("article.md-content__inner")


def test_components_render_where_they_are_called(site):
    art = article(site, "engine-demo")
    ids = [c["data-component"] for c in art.select(".cpp-component[data-component]")]
    assert ids == ["demo-checklist", "demo-worksheet", "demo-assessment", "demo-in-admonition", "demo-in-tab"]
    # nothing of a component was turned into a paragraph, a code block or a stray tag
    for comp in art.select(".cpp-component"):
        assert comp.find_parent("p") is None and comp.find_parent("pre") is None
    assert art.find("pre") is None and art.find("code") is None
    assert "cpp-block" not in str(art)


def test_component_inside_an_admonition_stays_inside_it(site):
    art = article(site, "engine-demo")
    adm = art.select_one(".admonition.tip")
    comp = adm.select_one(".cpp-component")
    assert comp["id"] == "checklist-demo-in-admonition"
    text = adm.get_text(" ", strip=True)
    assert (
        text.index("Text before, inside") < text.index("Checklist in an admonition") < text.index("Text after, still")
    )
    # Markdown did not touch text from the data: no emphasis from *...*
    assert "First *not emphasis*" in comp.get_text()
    assert comp.find("em") is None
    assert "Text after everything." not in adm.get_text()


def test_component_inside_a_content_tab_stays_inside_it(site):
    art = article(site, "engine-demo")
    blocks = art.select(".tabbed-set .tabbed-block")
    assert len(blocks) == 2
    assert blocks[0].select_one(".cpp-component")["id"] == "checklist-demo-in-tab"
    assert "Text after, inside the first tab." in blocks[0].get_text()
    assert blocks[1].select_one(".cpp-component") is None


def test_script_in_data_reaches_the_page_as_text(site):
    art = article(site, "engine-demo")
    assert art.find("script") is None
    title = art.select_one("#checklist-demo-checklist-title")
    assert "<script>alert('x')</script>" in title.get_text()
    assert "<b>after</b>" in art.select_one('[for="cpp-demo-checklist__sent-summary"]').get_text()


def test_page_lists_its_components(site):
    nav = article(site, "engine-demo").select_one("nav.cpp-on-page")
    assert [a["href"] for a in nav.select("a")] == [f"#{c.kind}-{c.id}" for c in COMPONENTS]


def test_index_lists_every_component_with_a_working_link(site):
    art = article(site, "tools")
    links = {a.get_text(): a["href"] for a in art.select("li a")}
    assert links["Demo worksheet"] == "../engine-demo/#worksheet-demo-worksheet"
    assert links["Checklist in a tab"] == "../engine-demo/#checklist-demo-in-tab"
    # every component of the site is listed, under its kind, each linking to its own anchor
    manifest = {t["id"] for t in json.loads((site / "assets/playbook/components.json").read_text())["tools"]}
    hrefs = [a["href"] for a in art.select("li a[href*='#']")]
    for cid in manifest:
        assert any(h.endswith(f"-{cid}") for h in hrefs), cid
    for href in hrefs:
        path, anchor = href.split("#")
        target = page(site, (site / "tools" / path).resolve().relative_to(site.resolve()).as_posix())
        assert target.find(id=anchor) is not None, href
    headings = [h.get_text(strip=True).rstrip("¶") for h in art.select("h2")]
    kinds = [h for h in headings if h in ("Checklists", "Worksheets", "Self-assessments")]
    assert kinds == ["Checklists", "Worksheets", "Self-assessments"]
    assert art.select_one(".cpp-answers [data-action=export]") is not None


def test_manifest_lists_tools_items_scale_bands_and_renames(site):
    manifest = json.loads((site / "assets/playbook/components.json").read_text())
    tools = {t["id"]: t for t in manifest["tools"]}
    assert [i["id"] for i in tools["demo-worksheet"]["items"]] == [
        "initiative",
        "story",
        "sponsor-agrees",
        "cadence",
        "budget",
        "review-date",
        "people",
    ]
    assert tools["demo-worksheet"]["items"][-1]["type"] == "table"
    act = tools["demo-assessment"]
    assert [i["id"] for i in act["items"]] == ["reach-owner", "invited", "keeps-word"]
    assert act["scale"] == {"min": 1, "max": 5}
    dim = act["dimensions"][0]
    assert [s["id"] for s in dim["statements"]] == ["reach-owner", "invited"]
    assert dim["bands"][0] == {"min": 2, "max": 4, "label": "Weak"} and dim["bands"][-1]["max"] == 10
    assert set(manifest["renames"]) == {"components", "items"}


def glossary_terms():
    from macros.content.registry import discover

    return discover()[1]


def test_glossary_terms_become_abbreviations_except_on_the_glossary(site):
    terms = glossary_terms()
    if not terms:
        pytest.skip("no glossary terms yet")
    gl = article(site, "glossary")
    assert gl.find("abbr") is None
    assert {dt["id"] for dt in gl.select("dl.cpp-glossary > dt")} == {t.id for t in terms}
    # some chapter uses some term; its definition shows as the abbr title
    definitions = {" ".join(t.definition.split()) for t in terms}
    found = []
    for md in sorted(DOCS.rglob("*.md")):
        rel = md.relative_to(DOCS).as_posix()
        if rel in {"glossary.md", "engine-demo.md"}:
            continue
        url = rel[:-3].removesuffix("index").rstrip("/")
        found += page(site, url).select("article abbr[title]")
    assert found, "no glossary term appears as an abbreviation on any page"
    assert all(a["title"] in definitions for a in found)


def test_each_glossary_term_is_marked_once_per_page_and_never_in_headings(site):
    """The first use of a term in running text carries its definition; later uses and
    headings stay plain, and the mark can take focus (tap or keyboard shows it)."""
    pages_with_marks = 0
    for md in sorted(DOCS.rglob("*.md")):
        rel = md.relative_to(DOCS).as_posix()
        if rel in {"glossary.md", "engine-demo.md"}:
            continue
        body = page(site, rel[:-3].removesuffix("index").rstrip("/")).select_one("article")
        marks = body.select("abbr")
        terms = [a.get_text().casefold() for a in marks]
        assert len(terms) == len(set(terms)), f"{rel}: a term is marked more than once: {terms}"
        assert not body.select(":is(h1, h2, h3, h4, h5, h6, a) abbr"), f"{rel}: glossary mark in a heading or link"
        assert all(a.get("tabindex") == "0" for a in marks), f"{rel}: a glossary mark cannot take focus"
        pages_with_marks += bool(marks)
    assert pages_with_marks >= 5, "glossary marks are missing from most chapters"
