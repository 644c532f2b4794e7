"""The My relationships page's build side (macros/render/relationships.py) and the workspace
markup every page carries: what the browser script is told about the tools."""

from __future__ import annotations

import dataclasses
import json

import pytest
from bs4 import BeautifulSoup
from support import DOCS, html_file, soup

from macros.content.registry import Registry
from macros.render import relationships as rel
from macros.render import urls

REGISTRY = Registry.load(DOCS)
NAV = [
    "index.md",
    {"Moments": ["moments-of-truth/index.md", {"Keep": "moments-of-truth/keep-informed.md"}]},
    {"Tools": "tools.md"},
]


def test_page_urls_and_nav_order():
    assert urls.page_url("access-credibility-trust.md", True) == "access-credibility-trust/"
    assert urls.page_url("moments-of-truth/index.md", True) == "moments-of-truth/"
    assert urls.page_url("index.md", True) == "./" and urls.site_path("index.md") == ""
    assert urls.page_url("moments-of-truth/index.md", False) == "moments-of-truth/index.html"
    assert urls.nav_order(NAV) == [
        "index.md",
        "moments-of-truth/index.md",
        "moments-of-truth/keep-informed.md",
        "tools.md",
    ]


def site(nav: tuple[str, ...] | list[str] = ()) -> urls.Site:
    return urls.Site("Playbook", None, True, tuple(nav))


def soup_of(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def meta(html: str) -> dict:
    return json.loads(soup_of(html).select_one("[data-cpp-rel=overview]")["data-cpp-meta"])


def test_the_overview_describes_every_placed_tool_in_nav_order():
    nav = ["why-partnership.md", "consulting-roles.md", "access-credibility-trust.md"]
    data = meta(rel.render("overview", REGISTRY, site(nav), "my-relationships/"))
    assert (data["act"], data["role"], data["map"]["component"]) == (
        "act-assessment",
        "role-self-assessment",
        "stakeholder-map",
    )
    ids = [t["id"] for t in data["tools"]]
    assert set(ids) == set(REGISTRY.usage)
    assert ids.index("work-mix") < ids.index("role-self-assessment") < ids.index("act-assessment")
    act = next(t for t in data["tools"] if t["id"] == "act-assessment")
    assert act["href"] == "../access-credibility-trust/#assessment-act-assessment"
    comp = REGISTRY.components["act-assessment"]
    for dim, model in zip(act["dims"], comp.dimensions, strict=True):
        assert dim["items"] == [s.id for s in model.statements]
        assert (dim["min"], dim["max"]) == (
            len(model.statements) * comp.scale.min,
            len(model.statements) * comp.scale.max,
        )
        assert [b["next"] for b in dim["bands"]] == [b.next_step for b in model.bands]
    checklist = next(t for t in data["tools"] if t["kind"] == "checklist")
    assert checklist["items"] and "dims" not in checklist


def test_the_other_blocks_are_hidden_until_the_script_runs():
    compare = soup_of(rel.render("compare", REGISTRY, site(), "my-relationships/"))
    assert compare.select_one("[data-cpp-rel=compare]").has_attr("hidden")
    assert [label["for"] for label in compare.select("label")] == ["cpp-rel-a", "cpp-rel-b"]
    data = soup_of(rel.render("data", REGISTRY, site(), "my-relationships/"))
    assert data.select_one("[data-cpp-rel=data]").has_attr("hidden")
    assert {b["data-rel"] for b in data.select("button")} == {"export-all", "import", "forget"}
    with pytest.raises(ValueError, match="must be one of overview, compare, data, client-view"):
        rel.render("everything", REGISTRY, site(), "x/")


def test_a_renamed_tool_or_column_stops_the_build_with_its_name():
    comps = dict(REGISTRY.components)
    sheet = comps["stakeholder-map"]
    people = next(f for f in sheet.fields if f.id == "people")
    columns = tuple(dataclasses.replace(c, id="verdict") if c.id == "client-or-contact" else c for c in people.columns)
    fields = tuple(dataclasses.replace(f, columns=columns) if f.id == "people" else f for f in sheet.fields)
    comps["stakeholder-map"] = dataclasses.replace(sheet, fields=fields)
    del comps["role-self-assessment"]
    with pytest.raises(ValueError) as err:
        rel.check(comps)
    assert "assessment 'role-self-assessment'" in str(err.value)
    assert "column 'client-or-contact'" in str(err.value)
    assert "macros/render/relationships.py" in str(err.value)


def test_the_clients_view_must_mirror_the_practitioners_dimensions():
    data = meta(rel.render("overview", REGISTRY, site(), "my-relationships/"))
    assert data["view"] == {"component": "client-view", "mirrors": ["act-assessment", "moments-of-truth-review"]}
    view = next(t for t in data["tools"] if t["id"] == "client-view")
    act = next(t for t in data["tools"] if t["id"] == "act-assessment")
    assert {d["id"] for d in act["dims"]} <= {d["id"] for d in view["dims"]}
    comps = dict(REGISTRY.components)
    form = comps["client-view"]
    dims = tuple(dataclasses.replace(d, id="reach") if d.id == "access" else d for d in form.dimensions)
    comps["client-view"] = dataclasses.replace(form, dimensions=dims)
    with pytest.raises(ValueError) as err:
        rel.check(comps)
    assert "dimension 'reach' of client-view" in str(err.value)
    assert "dimension 'access' of act-assessment, missing from client-view" in str(err.value)
    block = soup_of(rel.render("client-view", REGISTRY, site(), "my-relationships/"))
    assert block.select_one("[data-cpp-rel=client-view]").has_attr("hidden")
    assert block.select_one("label")["for"] == "cpp-rel-view-ws"


def test_every_page_has_the_switcher_and_the_tools_name_their_workspace(site_dir):
    page = soup(html_file(site_dir, "access-credibility-trust/"))
    switcher = page.select_one("header .cpp-ws[data-cpp-ws]")
    assert switcher is not None and switcher.has_attr("hidden")
    assert switcher.select_one("button.cpp-ws__toggle")["aria-controls"] == "cpp-ws-panel"
    assert switcher.select_one("a")["href"] == "../my-relationships/"
    lines = page.select(".cpp-component[data-component] .cpp-component__workspace")
    assert len(lines) == len(page.select(".cpp-component[data-component]")) and all(x.has_attr("hidden") for x in lines)
    snapshot = page.select("[data-action=snapshot]")
    assert [b.find_parent(class_="cpp-component")["data-component"] for b in snapshot] == ["act-assessment"]
    mine = soup(html_file(site_dir, "my-relationships/"))
    assert len(mine.select("[data-cpp-rel]")) == 4
    assert mine.select_one(".cpp-rel__nojs").get_text(strip=True)
