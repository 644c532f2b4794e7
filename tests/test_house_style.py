"""House style and the rules that keep the book joined up and safe, held on the sources
(docs/ and the content data) and on the built home page:

- one person per name: every named character is in the cast (macros/content/data/cast.py),
  appears only on the pages the cast gives, and no name starts another ("Tom", "Tomas");
- US spelling, and "percent" written out ("38 percent", never "38%");
- a link that names a page in full uses the page's title exactly as the navigation does;
- every page or tool that talks about escalation, confidentiality or reporting carries the
  exception for misconduct, safety and the law, with the route to the designated channel;
- the home page has one card per chapter, named as in the navigation, and How to Use's
  reading path lists every other chapter.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
import sys

import pytest
import yaml
from support import DOCS, ROOT, html_file, soup

sys.path.insert(0, str(ROOT))
from macros.content.data.cast import CAST, NOT_CHARACTERS
from macros.content.registry import Registry
from macros.render import chapters
from macros.render.urls import page_url

REGISTRY = Registry.load(DOCS)


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses !ENV and Python tags; the nav needs neither."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)
NAV = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)["nav"]

# Each docs page's Markdown, and the text of the tools it shows (their data), as one string.
PAGES = {p.relative_to(DOCS).as_posix(): p.read_text(encoding="utf-8") for p in sorted(DOCS.rglob("*.md"))}


def _texts(value: object) -> list[str]:
    """Every string inside a piece of content data (a tool, its fields, items, bands...)."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [t for f in dataclasses.fields(value) for t in _texts(getattr(value, f.name))]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _texts(v)]
    return []


TOOL_TEXT = {cid: "\n".join(_texts(comp)) for cid, comp in REGISTRY.components.items()}
PAGE_TEXT = {
    page: text + "\n" + "\n".join(TOOL_TEXT[cid] for cid, used_on in REGISTRY.usage.items() if used_on == page)
    for page, text in PAGES.items()
}
# Prose only: no HTML attributes (ids such as "licence" are kept for old links), no link
# targets or URLs, no admonition title lines.
_NOT_PROSE = re.compile(r"<[^>]*>|\]\([^)]*\)|https?://\S+|^[ \t]*(?:!!!|\?\?\?).*$", re.M)


def prose(text: str) -> str:
    return _NOT_PROSE.sub(" ", text)


# --- one person per name ------------------------------------------------------------

CAST_NAMES = {c.name for c in CAST}


def test_no_name_plays_two_people():
    names = [c.name for c in CAST]
    assert len(names) == len(set(names)), "a name is in the cast twice"
    clashes = [(a, b) for a in names for b in names if a != b and b.lower().startswith(a.lower())]
    assert not clashes, f"names too alike to be different people: {clashes}"
    assert not CAST_NAMES & NOT_CHARACTERS


@pytest.mark.parametrize("character", CAST, ids=lambda c: c.name)
def test_each_character_appears_only_on_their_pages(character):
    word = re.compile(rf"\b{character.name}\b")
    found = {page for page, text in PAGE_TEXT.items() if word.search(prose(text))}
    assert found == set(character.pages), (
        f"{character.name} ({character.who}) is named on {sorted(found)}, "
        f"but the cast (macros/content/data/cast.py) gives {sorted(character.pages)}"
    )


# A name-like word: capitalized, never written in lower case anywhere in the book, and seen
# in the middle of a sentence; or a capitalized word that opens a sentence and introduces
# someone ("Leila, an HR partner", "Ana is the learning partner").
_MID_SENTENCE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,})\b")
_INTRODUCED = re.compile(r"\b([A-Z][a-z]{2,})(?:, (?:an?|the) | (?:is|was) (?:an?|the) )")


def name_like_words() -> dict[str, set[str]]:
    every = "\n".join(prose(t) for t in PAGE_TEXT.values())
    lower = set(re.findall(r"\b[a-z]{3,}\b", every))
    out: dict[str, set[str]] = {}
    for page, text in PAGE_TEXT.items():
        text = prose(text)
        for pattern in (_MID_SENTENCE, _INTRODUCED):
            for m in pattern.finditer(text):
                word = m.group(1)
                if word.lower() not in lower:
                    out.setdefault(word, set()).add(page)
    return out


def test_every_named_person_is_in_the_cast():
    unknown = {w: sorted(p) for w, p in name_like_words().items() if w not in CAST_NAMES | NOT_CHARACTERS}
    assert not unknown, (
        f"names not in the cast: {unknown}. Add each character to CAST in macros/content/data/cast.py "
        "(or a real person, place or product to NOT_CHARACTERS)"
    )


def test_the_name_check_finds_a_new_character():
    """The check above can fail: a scenario with an unlisted name is caught."""
    PAGE_TEXT["zz-test.md"] = "At a bank, the branch head asks Zoltan, an HR partner, for a course."
    try:
        assert "Zoltan" in name_like_words()
    finally:
        del PAGE_TEXT["zz-test.md"]


# --- spelling and numbers -------------------------------------------------------------

# British forms the book does not use, each with the US form it uses instead.
US_SPELLING = {
    r"afterwards": "afterward",
    r"adviser": "advisor",
    r"organis": "organiz",
    r"behaviour": "behavior",
    r"colour": "color",
    r"favour": "favor",
    r"honour": "honor",
    r"labour": "labor",
    r"centre": "center",
    r"programme": "program",
    r"licence": "license",
    r"analys(?:e|ed|ing)\b": "analyz-",
    r"recognis": "recogniz",
    r"prioritis": "prioritiz",
    r"summaris": "summariz",
    r"apologis": "apologiz",
    r"judgement": "judgment",
    r"catalogue": "catalog",
    r"travell": "travel",
    r"whilst": "while",
    r"amongst": "among",
    r"learnt": "learned",
}
_BRITISH = re.compile(r"\b(?:" + "|".join(US_SPELLING) + ")", re.I)


def test_us_spelling():
    found = {page: sorted({m.group(0) for m in _BRITISH.finditer(prose(text))}) for page, text in PAGE_TEXT.items()}
    found = {p: w for p, w in found.items() if w}
    assert not found, f"British spellings (the house style is US; see US_SPELLING): {found}"


PERCENT = r"\d+(?:\.\d+)?[ \u00a0]?%"  # in a sentence; a number field's "%" unit is not prose


def test_percent_is_written_out():
    found = {page: re.findall(PERCENT, prose(text)) for page, text in PAGE_TEXT.items()}
    found = {p: f for p, f in found.items() if f}
    assert not found, f'write "38 percent", not "38%": {found}'


def test_the_style_checks_can_fail():
    assert _BRITISH.search("We met afterwards, with our adviser, to organise it.")
    assert re.findall(PERCENT, "turnover is 38% a year, or 4.5 % a month") == ["38%", "4.5 %"]


# --- page names as the navigation gives them -----------------------------------------


def nav_titles() -> dict[str, str]:
    titles: dict[str, str] = {}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for title, value in node.items():
                if isinstance(value, str):
                    titles[value] = title
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(NAV)
    for page, title in chapters.chapters_in_nav(NAV):  # a section's index page takes the section's title
        titles.setdefault(page, title)
    return titles


_LINK = re.compile(r"\[([^\]]+)\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


def test_a_page_named_in_full_is_named_as_the_navigation_names_it():
    titles = nav_titles()
    wrong = []
    for page, text in PAGES.items():
        for m in _LINK.finditer(text):
            label, target = " ".join(m.group(1).split()), m.group(2)
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
            title = titles.get(target)
            if title and label.casefold() == title.casefold() and label != title:
                wrong.append(f"{page}: [{label}] should read [{title}]")
    assert not wrong, wrong


# --- the exception for misconduct, safety and the law ---------------------------------

TOPICS = re.compile(r"harass|confidentialit|escalat|speak-up|whistle|accept(?:ing)? a no|honest no", re.I)
# The box itself, or a link to the section that holds it and the route.
PAGE_ROUTE = re.compile(
    r"\{\{\s*before_you_act\(\)\s*\}\}|#where-concerns-go\b|#the-limits-of-confidentiality\b|#when-safety-or-the-law-is-at-stake\b"
)
TOOL_ROUTE = re.compile(r"designated channel|speak-up line|employee relations", re.I)
# Reference pages list or define; the chapters they point to carry the exception.
NOT_ADVICE = {
    "glossary.md",
    "sources.md",
    "tools.md",
    "find-a-tool.md",
    "print-pack.md",
    "facilitator/section-links.md",
}


def test_pages_on_escalation_or_confidentiality_carry_the_exception():
    missing = [
        page
        for page, text in PAGES.items()
        if page not in NOT_ADVICE and TOPICS.search(prose(text)) and not PAGE_ROUTE.search(text)
    ]
    assert not missing, (
        "these pages talk about escalation, confidentiality or reporting without the exception: add "
        "{{ before_you_act() }} or a link to access-credibility-trust.md#where-concerns-go: " + str(missing)
    )


def test_tools_on_escalation_or_reporting_name_the_designated_channel():
    missing = [
        cid
        for cid, text in TOOL_TEXT.items()
        if re.search(r"harass|escalat|fraud", text, re.I) and not TOOL_ROUTE.search(text)
    ]
    assert not missing, (
        f"these tools raise harassment, fraud or escalation without naming the designated channel: {missing}"
    )


def test_the_box_links_to_where_concerns_go_from_any_page():
    assert "](access-credibility-trust.md#where-concerns-go)" in chapters.render_before_you_act("contracting.md")
    assert "](../access-credibility-trust.md#where-concerns-go)" in chapters.render_before_you_act(
        "facilitator/index.md"
    )
    assert "where-concerns-go" not in chapters.render_before_you_act("access-credibility-trust.md")


# --- the home page and the reading path -------------------------------------------------


def test_every_chapter_has_a_summary_for_the_home_page():
    cards = {c.page: c for c in chapters.discover()}
    book = chapters.chapters_in_nav(NAV)
    assert len(book) >= 10
    missing = [page for page, _ in book if page not in cards or not cards[page].summary.strip()]
    assert not missing, f"chapters with no ChapterCard summary: {missing}"


def test_home_cards_are_the_chapters_named_as_in_the_navigation(site_dir):
    page = soup(html_file(site_dir, ""))
    cards = page.select("article .grid.cards > ul > li")
    shown = [(li.a.get_text(" ", strip=True), li.a["href"]) for li in cards]
    expected = [(title, page_url(src)) for src, title in chapters.chapters_in_nav(NAV)]
    assert shown == expected
    assert all(li.select("p")[-1].get_text(strip=True) for li in cards), "a card has no summary"


def test_the_reading_path_lists_every_other_chapter(site_dir):
    page = soup(html_file(site_dir, page_url("how-to-use.md")))
    heading = page.find(id="read-in-the-order-that-suits-you")
    items = heading.find_next("ol").find_all("li", recursive=False)
    shown = [li.a.get_text(" ", strip=True) for li in items]
    assert shown == [title for src, title in chapters.chapters_in_nav(NAV) if src != "how-to-use.md"]


def test_a_chapter_card_without_a_summary_is_named_and_left_off(caplog):
    cards = {c.page: c for c in chapters.discover()}
    bare = dataclasses.replace(cards["resistance.md"], summary=" ")
    with caplog.at_level("WARNING", logger=chapters.log.name):
        book = chapters.book_chapters(NAV, {**cards, "resistance.md": bare})
    assert "resistance.md" not in [c.page for c in book]
    assert "chapter card 'resistance.md', field 'summary': must not be empty" in caplog.text
