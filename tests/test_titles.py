"""Page and tool names have one capitalisation, Title Case (macros/content/titles.py):
every nav entry equals its page's H1 and front-matter title, and every tool title
follows the rule (mkdocs.yml, the Markdown and the data, read directly); no built page
title repeats itself (the session build)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data as page_meta
from mkdocs.utils.yaml import yaml_load

from macros.content.registry import H1, Registry, page_title
from macros.content.titles import title_case

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
HOME = "index.md"  # the nav calls it "Home"; its H1 is the site name


def _entries(nav, section=None):
    """(nav title, docs path or None) for every titled entry; a section with an index
    page (navigation.indexes) is titled by that page."""
    for item in nav:
        if isinstance(item, str):
            if section is not None:
                yield section, item
            continue
        ((title, value),) = item.items()
        if isinstance(value, str):
            yield title, value
        else:
            if not any(isinstance(v, str) and v.endswith("index.md") for v in value):
                yield title, None
            yield from _entries(value, title)


def _headings(src: str) -> list[str]:
    text, meta = page_meta((DOCS / src).read_text(encoding="utf-8"))  # as MkDocs reads it
    found = [meta["title"]] if "title" in meta else []
    found.append(H1.search(text).group("t"))
    return found


NAV = list(_entries(yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]))


@pytest.mark.parametrize(("title", "src"), NAV, ids=[t for t, _ in NAV])
def test_a_nav_entry_is_in_title_case_and_names_its_page_as_its_h1_does(title, src):
    assert title == title_case(title), f"nav entry {title!r}: write it {title_case(title)!r}"
    if src and src != HOME:
        for heading in _headings(src):
            assert heading == title, f"{src}: its H1 or title {heading!r} differs from the nav entry {title!r}"


@pytest.mark.parametrize(
    ("markdown", "src", "expected"),
    [
        ("---\ntitle: 'Lead, Don''t Serve'\n---\n# Other\n", "a.md", "Lead, Don't Serve"),  # YAML, as MkDocs reads it
        ("---\nsummary: x\n---\n# Ending Well { #top }\n", "a.md", "Ending Well"),
        ("No heading here.\n", "moments-of-truth/index.md", "Moments of truth"),
    ],
)
def test_a_page_title_is_the_meta_title_else_the_first_heading_else_the_file_name(markdown, src, expected):
    assert page_title(markdown, src) == expected


def test_every_tool_title_is_in_title_case():
    wrong = {c.id: c.title for c in Registry.load(DOCS).components.values() if c.title != title_case(c.title)}
    assert not wrong, "tool titles not in Title Case: " + "; ".join(
        f"{i}: {t!r} -> {title_case(t)!r}" for i, t in wrong.items()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three roles: expert, pair-of-hands, collaborator", "Three Roles: Expert, Pair-of-Hands, Collaborator"),
        ("deal with the unexpected", "Deal With the Unexpected"),
        ("lead, don't just serve", "Lead, Don't Just Serve"),
        ("a place to start", "A Place to Start"),
        ("what is it for", "What Is It For"),
        ("the ACT model: an overview", "The ACT Model: An Overview"),
        ("90-minute introduction", "90-Minute Introduction"),
    ],
)
def test_title_case_capitalizes_all_but_minor_words_inside_a_title(text, expected):
    assert title_case(text) == expected


def test_no_page_title_repeats_itself_and_the_home_page_is_the_site_name(site_dir):
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    titles = {
        p.relative_to(site_dir).as_posix(): re.search(r"<title>(.*?)</title>", p.read_text(encoding="utf-8"), re.S)
        .group(1)
        .strip()
        for p in site_dir.rglob("*.html")
        if "<title>" in p.read_text(encoding="utf-8")
    }
    assert titles["index.html"] == config["site_name"]
    assert titles["404.html"] == "Page Not Found - " + config["site_name"]
    repeats = {page: title for page, title in titles.items() if len(set(title.split(" - "))) < len(title.split(" - "))}
    assert not repeats, f"page titles that repeat a part: {repeats}"
