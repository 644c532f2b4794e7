"""Discovery and Diagnosis (docs/discovery-and-diagnosis.md) as a reader sees it in the
built site: its sections in order, each tool in the section that uses it, and the
exception for misconduct, safety and the law wherever it talks about confidentiality."""

from __future__ import annotations

import re

from support import content, html_file, soup

PAGE = "discovery-and-diagnosis/"

SECTIONS = [
    "look-before-you-fix",
    "interviews",
    "surveys-that-expose-no-one",
    "two-models-to-look-with",
    "feeding-the-data-back",
    "when-the-data-points-at-the-sponsor",
    "common-pitfalls",
    "put-it-to-work",
]

# Each tool, and the H2 section it must sit in.
TOOLS = {
    "checklist-survey-anonymity": "surveys-that-expose-no-one",
    "worksheet-six-boxes": "two-models-to-look-with",
    "worksheet-feedback-plan": "feeding-the-data-back",
    "worksheet-interview-plan": "put-it-to-work",
}


def article(site_dir):
    return content(soup(html_file(site_dir, PAGE)))


def section_of(element) -> str | None:
    """The id of the H2 an element comes under."""
    heading = element.find_previous("h2")
    return heading.get("id") if heading else None


def section_text(art, section_id: str, level: str = "h2") -> str:
    """The text from a heading to the next heading of the same or a higher level."""
    stop = {"h2": ("h2",), "h3": ("h2", "h3")}[level]
    heading = art.find(level, id=section_id)
    assert heading is not None, f"no {level} #{section_id}"
    parts = []
    for sibling in heading.find_next_siblings():
        if sibling.name in stop:
            break
        parts.append(sibling.get_text(" ", strip=True))
    return re.sub(r"\s+", " ", " ".join(parts))


def test_the_chapter_has_its_sections_in_order_and_ends_with_something_to_do(site_dir):
    art = article(site_dir)
    assert [h.get("id") for h in art.find_all("h2")] == SECTIONS
    assert art.select_one("h1").get_text(strip=True).startswith("Discovery and Diagnosis")
    assert art.select_one(".admonition.abstract .admonition-title").get_text(strip=True) == "In short"
    assert art.select(".admonition.example"), "no scenario"


def test_each_tool_renders_once_in_the_section_that_uses_it(site_dir):
    art = article(site_dir)
    for tool_id, section in TOOLS.items():
        found = art.select(f"#{tool_id}")
        assert len(found) == 1, f"{tool_id}: shown {len(found)} times"
        assert section_of(found[0]) == section, f"{tool_id} is under #{section_of(found[0])}, not #{section}"
    floor = art.select_one("#checklist-survey-anonymity").get_text(" ", strip=True)
    assert "five or more" in floor, "the survey checklist does not state the minimum group size"


def test_every_confidentiality_rule_states_its_exception_and_the_designated_channel(site_dir):
    art = article(site_dir)
    for section, level in (
        ("agree-the-terms-before-the-first-question", "h3"),
        ("when-someone-tells-you-about-misconduct", "h3"),
        ("when-the-data-points-at-the-sponsor", "h2"),
    ):
        text = section_text(art, section, level).lower()
        assert "designated channel" in text, f"#{section}: no designated channel"
        for duty in ("harassment", "safety", "fraud", "law"):
            assert duty in text or section == "when-someone-tells-you-about-misconduct", f"#{section}: {duty!r} missing"
    sponsor = section_text(art, "when-the-data-points-at-the-sponsor").lower()
    # the sponsor hears a finding first, unless it is about misconduct: then never tip them off
    assert "tell the sponsor first" in sponsor and "do not tell the sponsor first" in sponsor
    assert (
        "never warn the person it is about"
        in section_text(art, "when-someone-tells-you-about-misconduct", "h3").lower()
    )
