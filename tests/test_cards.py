"""Tool metadata on screen, Find a tool and the chapter opening cards: the rendering
(from data the tests build), the chapter-card checks, and the built site."""

from __future__ import annotations

import re
import sys
from dataclasses import replace

import markdown
import pytest
from bs4 import BeautifulSoup
from support import DOCS, ROOT, html_file, soup

sys.path.insert(0, str(ROOT))
from changed_project import CARDLESS_PAGE, changed_site
from components_demo import DEMO_ASSESSMENT, DEMO_CHECKLIST, DEMO_WORKSHEET

from macros.content.model import SITUATION_HEADINGS, ChapterCard, ToolMeta
from macros.content.registry import Registry
from macros.content.validate import DataError
from macros.render import chapters
from macros.render.render import anchor, render_component, render_find_a_tool, render_index
from macros.render.tool_meta import by_situation, describe, join_or
from macros.render.urls import nav_order, page_url

REGISTRY = Registry.load(DOCS)
EVIL = "<script>alert('x')</script> & *not emphasis*"


def html(md: str) -> BeautifulSoup:
    return BeautifulSoup(markdown.markdown(md, extensions=["attr_list", "md_in_html"]), "html.parser")


# --- the line at the top of every tool ----------------------------------------------


@pytest.mark.parametrize("comp", [DEMO_CHECKLIST, DEMO_WORKSHEET, DEMO_ASSESSMENT], ids=lambda c: c.kind)
def test_every_kind_of_tool_opens_with_its_metadata(comp):
    comp = replace(comp, meta=ToolMeta(("gone-quiet", "ending"), 12, ("client", "team"), EVIL))
    doc = BeautifulSoup(render_component(comp), "html.parser")
    meta = doc.select_one(".cpp-meta")
    # right under the title, before the intro and the first item
    assert meta.find_previous_sibling() is None  # first in the tool's fieldset...
    assert "cpp-component__title" in meta.parent.find_previous_sibling()["class"]  # ...which the title opens
    facts = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in meta.select("dt")}
    assert facts == {
        "Use when": "The client has gone quiet; The work is ending",
        "Time": "12 min",
        "With": "With the client or with your team",
        "You end with": EVIL,
    }
    assert doc.find("script") is None


def test_describe_words_every_partner_and_situation():
    m = describe(ToolMeta(("new-request",), 5, ("alone", "client", "workshop"), "x"))
    assert (m.when, m.time, m.with_whom) == (
        "A new request arrives",
        "5 min",
        "on your own, with the client or in a workshop",
    )
    assert join_or(["a"]) == "a" and join_or(["a", "b"]) == "a or b"


# --- All tools and Find a tool ---------------------------------------------------


def test_all_tools_shows_each_tools_metadata():
    usage = {"demo-checklist": "tools/demo.md"}
    md = render_index([DEMO_CHECKLIST], usage, {"tools/demo.md": "Demo"}, "reference/tools.md")
    item = html(md).select_one("li")
    assert item.a["href"] == "../tools/demo.md#checklist-demo-checklist"
    text = item.select_one(".cpp-index__meta").get_text()
    assert text == (
        f"{DEMO_CHECKLIST.meta.minutes} min · On your own or with the client · Use when: Before a first meeting; "
        "Preparing a review · You end with: A demo outcome <i>escaped</i>"
    )


def test_find_a_tool_groups_by_situation_in_the_fixed_order_with_stable_anchors():
    a = replace(DEMO_CHECKLIST, meta=ToolMeta(("review", "new-request"), 10, ("alone",), "A *list*"))
    b = replace(DEMO_WORKSHEET, meta=ToolMeta(("new-request",), 30, ("workshop",), "A plan"))
    c = replace(DEMO_ASSESSMENT, meta=ToolMeta(("decision",), 5, ("team",), "A score"))  # on no page
    usage = {a.id: "one.md", b.id: "sub/two.md"}
    md = render_find_a_tool([a, b, c], usage, {"one.md": "One", "sub/two.md": "Two"}, "find-a-tool.md")
    doc = html(md)
    assert [(h["id"], h.get_text()) for h in doc.select("h2")] == [
        ("new-request", "A new request arrives"),
        ("review", "Preparing a review"),
    ]
    first = doc.select("h2")[0].find_next_sibling("ul").select("li")
    assert [li.a.get_text() for li in first] == ["Demo checklist <script>alert('x')</script>", "Demo worksheet"]
    assert first[1].a["href"] == "sub/two.md#worksheet-demo-worksheet"
    assert first[1].select_one(".cpp-find__facts").get_text() == "worksheet · 30 min · in a workshop"
    assert first[0].select_one(".cpp-find__outcome").get_text() == "You end with: A *list*."
    assert first[0].select_one(".cpp-find__page").get_text() == "In One."
    assert "Demo self-assessment" not in doc.get_text()  # nothing to link to yet
    # a jump list of the situations first, and the quickest tool of each marked to start with
    jump = doc.select_one("nav.cpp-find__jump")
    assert jump["aria-label"] == "Situations" and jump.find_next("h2") is doc.select("h2")[0]
    assert [(a["href"], a.get_text()) for a in jump.select("a")] == [
        ("#new-request", "A new request arrives"),
        ("#review", "Preparing a review"),
    ]
    assert first[0].select_one(".cpp-find__start").get_text() == "Start here"
    assert [li.select_one(".cpp-find__start") is None for li in first] == [False, True]


def test_find_a_tool_starts_each_situation_with_its_quickest_tool():
    a = replace(DEMO_CHECKLIST, meta=ToolMeta(("review",), 40, ("alone",), "A list"))
    b = replace(DEMO_WORKSHEET, meta=ToolMeta(("review",), 15, ("workshop",), "A plan"))
    c = replace(DEMO_ASSESSMENT, meta=ToolMeta(("review",), 15, ("team",), "A score"))
    usage = {a.id: "one.md", b.id: "one.md", c.id: "one.md"}
    doc = html(render_find_a_tool([a, b, c], usage, {"one.md": "One"}, "find-a-tool.md"))
    items = doc.select("h2")[0].find_next_sibling("ul").select("li")
    # the quickest first (a tie goes by title), then the rest by title
    assert [li.a.get_text() for li in items] == [
        "Demo self-assessment",
        "Demo checklist <script>alert('x')</script>",
        "Demo worksheet",
    ]
    assert [bool(li.select_one(".cpp-find__start")) for li in items] == [True, False, False]


def test_every_situation_heading_is_used_by_the_real_tools():
    groups = by_situation(REGISTRY.components.values())
    assert [heading for _, heading, _ in groups] == list(SITUATION_HEADINGS.values())


# --- chapter cards -----------------------------------------------------------------


def card(**kw) -> ChapterCard:
    base = dict(page="why-partnership.md", use_when="When.", who="You.", outcome="A plan.", start_tool="work-mix")
    return ChapterCard(**{**base, **kw})


def card_problems(*cards):
    with pytest.raises(DataError) as info:
        chapters.validate_cards(cards, REGISTRY.components, REGISTRY.usage)
    return info.value.problems


def test_the_real_cards_are_valid_and_cover_every_chapter():
    cards = chapters.load(REGISTRY.components, REGISTRY.usage, DOCS)
    assert chapters.check_pages(list(cards.values()), DOCS) == []
    # Every page outside Home, the facilitator guide and Reference is a chapter.
    import yaml

    nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["nav"]
    reference = {p for item in nav if isinstance(item, dict) and "Reference" in item for p in nav_order(item)}
    chapters_in_nav = [
        p for p in nav_order(nav) if p != "index.md" and not p.startswith("facilitator/") and p not in reference
    ]
    assert sorted(cards) == sorted(chapters_in_nav)


@pytest.mark.parametrize(
    "bad, message",
    [
        (
            card(start_tool="work-mx"),
            "chapter card 'why-partnership.md', field 'start_tool': unknown tool id 'work-mx'",
        ),
        (card(use_when=" "), "chapter card 'why-partnership.md', field 'use_when': must not be empty"),
        (
            card(outcome="x" * 141),
            "chapter card 'why-partnership.md', field 'outcome': 141 characters; keep it to at most 140",
        ),
    ],
)
def test_a_bad_card_names_the_page_and_field(bad, message):
    assert card_problems(bad) == [message]


def test_a_card_whose_page_is_missing_or_does_not_show_it_is_named():
    assert chapters.check_pages([card(page="nope.md"), card(page="glossary.md"), card()], DOCS) == [
        "chapter card 'nope.md', field 'page': no such page in docs/",
        "chapter card 'glossary.md', field 'page': the page never shows it; put {{ chapter_card() }} under its H1",
    ]


def test_a_second_card_for_a_page_and_a_tool_on_no_page_are_refused():
    problems = card_problems(card(), card())
    assert problems == ["chapter card 'why-partnership.md', field 'page': a second card for the same page"]
    usage = {k: v for k, v in REGISTRY.usage.items() if k != "work-mix"}
    with pytest.raises(DataError) as info:
        chapters.validate_cards([card()], REGISTRY.components, usage)
    assert "tool 'work-mix' is on no page, so there is nothing to link to" in str(info.value)


def test_a_page_without_a_card_is_named():
    with pytest.raises(
        chapters.UnknownChapterError, match=re.escape("chapter_card() on page 'x.md': no card for this page")
    ):
        chapters.get({}, "x.md")


def test_reading_time_counts_prose_only():
    prose = " ".join(["word"] * 401)
    page = f'---\ndescription: {"skip " * 300}\n---\n\n# T\n\n{{{{ chapter_card() }}}}\n\n!!! abstract "In short"\n\n{prose}\n<div class="x">\n'
    assert chapters.reading_minutes(page) == 3  # 403 words at 200 a minute


def test_the_card_renders_every_fact_and_links_to_the_tool():
    tool = REGISTRY.components["work-mix"]
    out = chapters.render_card(card(who=EVIL), tool, chapters.ToolLink("#worksheet-work-mix", tool.title, tool.kind), 7)
    doc = BeautifulSoup(out, "html.parser")
    facts = {dt.get_text(): dt.find_next_sibling("dd") for dt in doc.select(".cpp-card dt")}
    assert list(facts) == ["Use this when", "Time it takes", "Who is involved", "You end with", "Start with"]
    assert facts["Time it takes"].get_text() == f"About 7 min to read, then {tool.meta.minutes} min for the first tool"
    assert facts["Who is involved"].get_text() == EVIL and doc.find("script") is None
    assert facts["Start with"].a["href"] == "#worksheet-work-mix" and facts["Start with"].a.get_text() == tool.title


# --- the built site ---------------------------------------------------------------


def test_every_chapter_opens_with_its_card_linking_to_its_start_tool(site_dir):
    cards = chapters.load(REGISTRY.components, REGISTRY.usage, DOCS)
    assert cards
    for src, c in cards.items():
        page = soup(html_file(site_dir, page_url(src)))
        article = page.select_one("article")
        first = article.select_one("h1").find_next_sibling()
        assert first is not None and "cpp-card" in first.get("class", []), f"{src}: the card is not right under the H1"
        nxt = first.find_next_sibling()
        assert "admonition" in nxt.get("class", []) and "abstract" in nxt.get("class", []), (
            f"{src}: no In short after the card"
        )
        link = first.select_one("a.cpp-card__tool")
        tool = REGISTRY.components[c.start_tool]
        target_page = REGISTRY.usage[c.start_tool]
        href = link["href"]
        path, _, frag = href.partition("#")
        assert frag == anchor(tool) and link.get_text() == tool.title
        resolved = html_file(site_dir, page_url(target_page))
        assert (path == "" and target_page == src) or (
            html_file(site_dir, page_url(src)).parent / path / "index.html"
        ).resolve() == resolved.resolve()
        assert soup(resolved).find(id=frag) is not None, f"{src}: the start tool's anchor is missing"


def test_every_tool_shows_its_metadata_where_it_lives_and_on_all_tools(site_dir):
    index = soup(html_file(site_dir, "tools/"))
    for cid, src in REGISTRY.usage.items():
        comp = REGISTRY.components[cid]
        el = soup(html_file(site_dir, page_url(src))).find(id=anchor(comp))
        meta = el.select_one(".cpp-meta")
        assert meta is not None, f"{cid}: no metadata line"
        assert describe(comp.meta).outcome in meta.get_text() and f"{comp.meta.minutes} min" in meta.get_text()
        row = index.select_one(f'[data-progress-for="{cid}"]').parent
        assert comp.meta.outcome in row.select_one(".cpp-index__meta").get_text(), (
            f"{cid}: All tools lacks its metadata"
        )


def test_find_a_tool_lists_every_tool_under_each_of_its_situations(site_dir):
    page = soup(html_file(site_dir, "find-a-tool/"))
    article = page.select_one("article")
    listed = {}
    for h2 in article.select("h2[id]"):
        ul = h2.find_next_sibling("ul")
        if h2["id"] in SITUATION_HEADINGS and ul is not None:
            listed[h2["id"]] = {a["href"].split("#")[1] for a in ul.select("li > p > strong > a, li > strong > a")}
    for cid, _src in REGISTRY.usage.items():
        comp = REGISTRY.components[cid]
        for s in comp.meta.situations:
            assert anchor(comp) in listed.get(s, set()), f"{cid} missing under {s}"
    nav = [a.get_text(strip=True) for a in page.select(".md-nav--primary a.md-nav__link")]
    assert nav.index("Find a Tool") == nav.index("All Tools") + 1


def test_a_chapter_page_without_a_card_is_reported_by_the_build():
    """End to end (a bad start_tool and the message are checked directly above): the page
    still builds, with a warning naming it, on which a strict build stops."""
    output = changed_site().output
    assert f"WARNING -  chapter_card() on page '{CARDLESS_PAGE}': no card for this page" in output, output[-3000:]


def test_the_home_page_links_to_find_a_tool_before_its_first_section(site_dir):
    page = soup(html_file(site_dir, ""))
    article = page.select_one("article")
    first_h2 = article.select_one("h2")
    early = [a for a in article.select("a[href]") if a["href"].rstrip("/").endswith("find-a-tool")]
    assert early and early[0].find_next("h2") is first_h2, "no link to Find a Tool above the home page's first section"
