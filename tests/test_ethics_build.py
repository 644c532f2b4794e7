"""The Ethics and Commercial Practice chapter in the built site: it sits in the nav after
"Lead, Don't Just Serve", renders every tool of its data module with all their items and
fields, keeps its sections, says plainly that it is not legal advice, keeps the safe route
for a concern (designated channels, never tip off the subject), and credits the codes and
the book it names there and on Sources."""

from __future__ import annotations

import sys

import pytest
import yaml
from support import ROOT, content, html_file, soup

sys.path.insert(0, str(ROOT))

from macros.content.data import ethics
from macros.content.model import Checklist, Worksheet
from macros.render.urls import nav_order, page_url

SRC = "ethics-and-commercial-practice.md"
SECTIONS = (
    "conflicts-of-interest",
    "who-the-client-is-when-interests-split",
    "confidentiality-and-its-limits",
    "ndas-and-who-owns-the-data",
    "scope-and-fees-for-external-consultants",
    "intellectual-property-what-you-bring-and-what-you-make",
    "professional-codes",
    "put-it-to-work",
)
# Each credit the chapter gives, as it must read on the chapter and on Sources.
CREDITS = ("CMC-Global", "IMC USA", "Gellermann", "Ladenson", "SHRM", "CIPD", "Alan Weiss", "Value-Based Fees")


@pytest.fixture(scope="module")
def page(site_dir):
    return content(soup(html_file(site_dir, page_url(SRC))))


def _text(node) -> str:
    return " ".join(node.get_text(" ").split())


def _section(page, heading_id: str) -> str:
    """The text from one H2 up to the next."""
    heading = page.find("h2", id=heading_id)
    assert heading is not None, f"no section #{heading_id}"
    parts = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        parts.append(_text(sibling))
    return " ".join(parts)


def test_the_chapter_follows_lead_dont_serve_in_the_nav():
    nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["nav"]
    order = nav_order(nav)
    assert order.index(SRC) == order.index("lead-dont-serve.md") + 1


def test_every_tool_of_the_module_is_on_the_page_with_all_its_parts(page):
    assert len(ethics.COMPONENTS) >= 2
    for comp in ethics.COMPONENTS:
        box = page.find(id=f"{comp.kind}-{comp.id}")
        assert box is not None, f"{comp.id}: not rendered on the chapter"
        assert comp.title in _text(box)
        if isinstance(comp, Checklist):
            for item in comp.items:
                assert box.find(id=f"cpp-{comp.id}__{item.id}") is not None, f"{comp.id}/{item.id} missing"
        elif isinstance(comp, Worksheet):
            labels = _text(box)
            for f in comp.fields:
                assert f.label in labels, f"{comp.id}/{f.id}: label {f.label!r} missing"


def test_the_sections_are_there_in_order(page):
    ids = [h.get("id") for h in page.find_all("h2")]
    assert [i for i in ids if i in SECTIONS] == list(SECTIONS)


def test_it_says_it_is_not_legal_advice_and_where_to_check(page):
    box = next(
        (a for a in page.select(".admonition") if "not legal advice" in _text(a.select_one(".admonition-title"))),
        None,
    )
    assert box is not None, "no 'not legal advice' box"
    words = _text(box).lower()
    for must in ("policy", "the law where you work", "professional code", "legal", "employee-relations"):
        assert must in words, f"the 'Before you act' box does not mention {must!r}"


def test_a_concern_goes_to_the_designated_channel_and_never_to_its_subject(page):
    text = _section(page, "confidentiality-and-its-limits").lower()
    for channel in ("ethics or speak-up line", "employee relations", "legal"):
        assert channel in text, f"the confidentiality section does not name {channel!r}"
    assert "never tip off the person it is about" in text
    assert "do not prejudge" in text
    for duty in ("harassment", "safety", "fraud", "law"):
        assert duty in text


def test_the_credits_appear_on_the_chapter_and_on_sources(site_dir, page):
    sources = _text(content(soup(html_file(site_dir, page_url("sources.md")))))
    chapter = _text(page)
    for credit in CREDITS:
        assert credit in chapter, f"{credit!r} not credited on the chapter"
        assert credit in sources, f"{credit!r} not credited on Sources"
    assert page_url(SRC) in str(soup(html_file(site_dir, page_url("sources.md")))), "Sources does not link the chapter"
