"""Every chapter reads at Flesch-Kincaid grade 9 or below, and opens with a short point.

The grade is measured on what a reader sees as the chapter's article prose in the built
page: paragraphs, list items, table cells and admonition bodies. Headings, admonition
titles, code and the interactive tools (rendered from data, each with its own wording
rules) are left out. Each paragraph, list item or cell counts as at least one sentence,
so a list of short items is not glued into one endless "sentence".

Run `python tests/test_readability.py` (after `make build`) for the grade and word count
of every chapter.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

import pytest
import textstat
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support import ROOT, content, html_file, soup

MAX_GRADE = 9.0
# Pages in the nav before this entry are the chapters; after it come the facilitator
# guide and the reference pages (tool lists, glossary, sources), which are not read as prose.
FIRST_NON_CHAPTER = "Facilitator Guide"

UNITS = ("p", "li", "dt", "dd", "td", "th")
LEFT_OUT = "h1, h2, h3, h4, h5, h6, pre, code, script, style, form, .admonition-title, .headerlink, [class*='cpp-']"


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses !ENV and Python tags; the nav needs neither."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def chapters() -> list[str]:
    """Docs paths of the chapters, in nav order."""
    nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)["nav"]
    paths: list[str] = []

    def walk(item: object) -> None:
        if isinstance(item, str):
            paths.append(item)
        elif isinstance(item, list):
            for entry in item:
                walk(entry)
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)

    for entry in nav:
        if isinstance(entry, dict) and FIRST_NON_CHAPTER in entry:
            break
        walk(entry)
    return paths


def url_of(src: str) -> str:
    stem = src[: -len(".md")]
    if stem == "index":
        return ""
    return stem[: -len("index")] if stem.endswith("/index") else stem + "/"


def article_prose(html_path: Path) -> str:
    """The chapter's prose as sentences, one block element at a time."""
    article = copy.copy(content(soup(html_path)))
    for element in article.select(LEFT_OUT):
        element.decompose()
    sentences = []
    for element in article.find_all(UNITS):
        if element.find(["p"], recursive=False):
            continue  # a loose list item or definition: its paragraphs are counted instead
        unit = copy.copy(element)
        for nested in unit.find_all(["ul", "ol", "dl", "table"]):
            nested.decompose()
        text = re.sub(r"\s+", " ", unit.get_text(" ")).strip()
        if not text:
            continue
        if text[-1] not in ".!?:;\"'”’)":
            text += "."
        sentences.append(text)
    return "\n".join(sentences)


def measure(html_path: Path) -> tuple[float, int]:
    prose = article_prose(html_path)
    return textstat.flesch_kincaid_grade(prose), textstat.lexicon_count(prose)


CHAPTERS = chapters()


def test_the_chapter_list_is_read_from_the_nav():
    assert "access-credibility-trust.md" in CHAPTERS
    assert "moments-of-truth/keep-informed.md" in CHAPTERS
    assert not [c for c in CHAPTERS if c.startswith(("facilitator/", "glossary", "sources"))]


def test_prose_leaves_out_headings_titles_and_tools(site_dir):
    prose = article_prose(html_file(site_dir, url_of("access-credibility-trust.md")))
    assert "The true-client test" not in prose  # a heading
    assert "Scenario: who is the client?" not in prose  # an admonition title
    assert "Stakeholder Map: Clients and Contacts" not in prose  # a tool's title
    assert "At a regional bank" in prose  # an admonition body is prose


def test_a_long_winded_page_fails_the_limit(tmp_path):
    """The measure must be able to fail: the same markup with dense sentences grades high."""
    dense = (
        "<article class='md-content__inner'><p>"
        + "Organizational effectiveness considerations notwithstanding, consultants' "
        "relationship-management responsibilities necessitate comprehensive, "
        "multidimensional stakeholder prioritization methodologies, particularly "
        "whenever institutional accountability structures remain insufficiently "
        "articulated. " * 5 + "</p></article>"
    )
    page = tmp_path / "index.html"
    page.write_text(f"<html><body>{dense}</body></html>", encoding="utf-8")
    grade, words = measure(page)
    assert words > 50 and grade > MAX_GRADE


@pytest.mark.parametrize("src", CHAPTERS)
def test_chapter_reads_at_grade_9_or_below(site_dir, src):
    page = html_file(site_dir, url_of(src))
    assert page.is_file(), f"{src}: not built"
    grade, words = measure(page)
    assert words >= 150, f"{src}: only {words} words of prose found; is the extraction broken?"
    assert grade <= MAX_GRADE, (
        f"{src}: Flesch-Kincaid grade {grade:.1f} over {words} words (limit {MAX_GRADE:.0f}). "
        "Shorten sentences and prefer short words."
    )


IN_SHORT_MAX_WORDS = 70
DESCRIBES_ITSELF = re.compile(r"\bthis (chapter|page|section)\b|\bthe run sheet below\b", re.I)


def in_short_text(html_path: Path) -> str | None:
    for box in content(soup(html_path)).select(".admonition.abstract"):
        title = box.select_one(".admonition-title")
        if title and title.get_text(strip=True) == "In short":
            title.decompose()
            return re.sub(r"\s+", " ", box.get_text(" ")).strip()
    return None


@pytest.mark.parametrize(
    "src",
    [src for src in CHAPTERS if src != "index.md"],  # the home page opens with its own introduction instead
)
def test_in_short_states_the_point_in_70_words_or_fewer(site_dir, src):
    text = in_short_text(html_file(site_dir, url_of(src)))
    assert text, f'{src}: no "In short" box'
    words = textstat.lexicon_count(text)
    assert words <= IN_SHORT_MAX_WORDS, f'{src}: "In short" has {words} words (limit {IN_SHORT_MAX_WORDS})'
    found = DESCRIBES_ITSELF.search(text)
    assert not found, f'{src}: "In short" describes the page ("{found.group(0)}") instead of stating the point'


if __name__ == "__main__":
    site = ROOT / "site"
    total = 0
    print(f"{'chapter':<45} {'words':>6} {'grade':>6} {'in short':>9}")
    for src in CHAPTERS:
        grade, words = measure(html_file(site, url_of(src)))
        short = in_short_text(html_file(site, url_of(src)))
        total += words
        print(f"{src:<45} {words:>6} {grade:>6.1f} {textstat.lexicon_count(short) if short else '-':>9}")
    print(f"{'total':<45} {total:>6}")
