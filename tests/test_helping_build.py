"""How Clients Are Helped and Lead, Don't Just Serve in the built site: the sections a
reader navigates by, the tools each page holds, the credits, and the designated channel
wherever the pages tell a reader what to do with a concern."""

from __future__ import annotations

import re
import sys

from support import DOCS, ROOT, content, html_file, soup

sys.path.insert(0, str(ROOT))
from macros.content.data.helping import CLIENT_MAP, COMPONENTS
from macros.content.model import Checklist
from macros.render.render import anchor
from macros.render.urls import site_path

HELPED = "how-clients-are-helped.md"
LEAD = "lead-dont-serve.md"
CHANNELS = ("speak-up line", "HR or employee relations", "legal")
# First names the two pages give their characters; each must play one person in the book.
NAMES = ("Ines", "Kwame", "Oskar", "Tobias", "Leonie", "Declan")


def article(site_dir, src: str):
    return content(soup(html_file(site_dir, site_path(src))))


def words(node) -> str:
    return re.sub(r"\s+", " ", node.get_text(" "))


def test_the_chapter_has_its_sections_in_order(site_dir):
    ids = [h["id"] for h in article(site_dir, HELPED).select("h2[id]")]
    expected = [
        "three-ways-to-help",
        "helping-is-a-relationship",
        "humble-inquiry",
        "when-to-switch-roles",
        "who-is-the-client",
        "a-request-for-a-team-day",
        "put-it-to-work",
        "common-pitfalls",
        "something-to-do-this-week",
    ]
    assert [i for i in ids if i in expected] == expected, ids


def test_the_chapter_renders_each_of_its_tools_with_every_item(site_dir):
    page = article(site_dir, HELPED)
    for comp in COMPONENTS:
        tool = page.find(id=anchor(comp))
        assert tool is not None, f"{comp.id} is not on the page"
        text = words(tool)
        assert comp.title in text
        parts = comp.items if isinstance(comp, Checklist) else comp.fields
        missing = [p.id for p in parts if (p.text if isinstance(comp, Checklist) else p.label) not in text]
        assert not missing, f"{comp.id}: not rendered: {missing}"


def test_the_client_map_offers_schein_s_six_client_types(site_dir):
    column = next(c for c in next(f for f in CLIENT_MAP.fields if f.id == "people").columns if c.id == "type")
    assert column.options == ("Contact", "Intermediate", "Primary", "Unwitting", "Indirect", "Ultimate")
    select = article(site_dir, HELPED).find(id="cpp-client-map__people__r1__type")
    offered = [o.get_text(strip=True) for o in select.find_all("option") if o.get("value")]
    assert offered == list(column.options)


def test_the_chapter_links_to_block_s_roles_and_credits_schein_with_years(site_dir):
    page = article(site_dir, HELPED)
    hrefs = [a.get("href", "") for a in page.find_all("a")]
    assert any(h.startswith("../consulting-roles/") for h in hrefs), "no link to Three Roles"
    credit_note = words(page.select_one(".admonition.note"))
    for detail in ("Edgar H. Schein", "1969", "1999", "2009", "2013", "Peter A. Schein", "2021", "1997"):
        assert detail in credit_note, f"credits lack {detail!r}"
    assert "ours" in credit_note


def test_sources_cites_every_schein_work_the_chapter_uses(site_dir):
    entry = soup(html_file(site_dir, site_path("sources.md"))).find(id="edgar-h-schein-on-helping")
    assert entry is not None
    section = []
    for node in entry.find_next_siblings():
        if node.name == "h2":
            break
        section.append(words(node))
    text = " ".join(section)
    for title in (
        "Process Consultation",
        "Process Consultation Revisited",
        "Helping",
        "Humble Inquiry",
        "Journal of Organizational Change Management",
    ):
        assert title in text, f"Sources lacks {title!r}"


def test_lead_keeps_its_sections_and_tools_and_gains_the_helping_stance(site_dir):
    page = article(site_dir, LEAD)
    ids = {h["id"] for h in page.select("h2[id], h3[id]")}
    for kept in (
        "what-they-ask-for-is-the-floor",
        "service-is-not-servility",
        "manage-expectations-and-add-value",
        "a-director-who-met-her-goals",
        "rapport-first-and-throughout",
        "common-pitfalls",
        "put-it-to-work",
    ):
        assert kept in ids, f"lost section #{kept}"
    for new in ("leading-while-you-help", "when-to-push-and-when-to-inquire"):
        assert new in ids, f"no section #{new}"
    assert page.find(id="worksheet-expectations-and-value") is not None
    assert page.find(id="checklist-rapport-and-confidences") is not None
    assert page.find(id="worksheet-push-or-ask") is not None
    assert any(a.get("href", "").startswith("../how-clients-are-helped/") for a in page.find_all("a"))


def test_both_pages_send_concerns_to_the_designated_channel(site_dir):
    for src in (HELPED, LEAD):
        text = words(article(site_dir, src))
        assert "designated channel" in text, src
        for channel in CHANNELS:
            assert channel in text, f"{src}: no mention of the {channel}"


def test_each_character_name_plays_one_person_in_the_book():
    for name in NAMES:
        pages = sorted(
            md.relative_to(DOCS).as_posix()
            for md in DOCS.rglob("*.md")
            if re.search(rf"\b{name}\b", md.read_text(encoding="utf-8"))
        )
        assert len(pages) == 1, f"{name} appears on {pages}: give another character another name"
