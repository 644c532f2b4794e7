"""The built site in a real browser: no outside requests, no script errors, no axe violations."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

from support import DOCS, doc_pages
from macros.content.registry import Registry

pytestmark = pytest.mark.browser

PAGES = doc_pages()
# Pages that call a tool macro: their tools are checked filled in, on screen and on paper.
TOOL_PAGES = set(Registry.load(DOCS).usage.values())
PAGES_WITH_TOOLS = [(s, u) for s, u in PAGES if s in TOOL_PAGES]
# WCAG 2.0, 2.1 and 2.2, levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE = Axe()


def axe_violations(page, context=None) -> list[str]:
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = AXE.run(page, context=context, options=options)
    return [
        f"{v['id']}: {v['help']} -> {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
    ]


def watch(page, site_url):
    """Record requests that leave the local server and uncaught script errors."""
    local = urlparse(site_url).netloc
    seen = {"outside": [], "errors": []}

    def on_request(request):
        url = urlparse(request.url)
        if url.scheme in {"data", "blob", "about"}:
            return
        if url.netloc != local:
            seen["outside"].append(request.url)

    page.on("request", on_request)
    page.on("pageerror", lambda exc: seen["errors"].append(str(exc)))
    return seen


@pytest.mark.parametrize("src,url", PAGES, ids=[src for src, _ in PAGES])
def test_page_is_self_contained_error_free_and_accessible(page, site_url, src, url):
    seen = watch(page, site_url)
    page.goto(site_url + url, wait_until="load")
    page.wait_for_load_state("networkidle")
    assert not seen["outside"], f"{src} requested other hosts: {seen['outside']}"
    assert not seen["errors"], f"{src} threw script errors: {seen['errors']}"
    if (src, url) in PAGES_WITH_TOOLS:
        return  # axe checks these pages filled in and printed (below): one pass per page state
    violations = axe_violations(page)
    assert not violations, f"{src} axe violations:\n" + "\n".join(violations)


def test_colour_scheme_follows_the_system_and_print_is_light(browser, site_url):
    for system, expected in (("dark", "slate"), ("light", "default")):
        ctx = browser.new_context(color_scheme=system)
        pg = ctx.new_page()
        pg.goto(site_url, wait_until="load")
        assert pg.get_attribute("body", "data-md-color-scheme") == expected
        ctx.close()
    ctx = browser.new_context(color_scheme="dark")
    pg = ctx.new_page()
    pg.goto(site_url, wait_until="load")
    pg.emulate_media(media="print")
    background = pg.evaluate("getComputedStyle(document.body).backgroundColor")
    colour = pg.evaluate("getComputedStyle(document.querySelector('.md-typeset')).color")
    ctx.close()
    assert background in {"rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"}, f"printed page background is {background}"
    channels = [int(c) for c in colour[colour.index("(") + 1 : colour.index(")")].split(",")[:3]]
    assert max(channels) < 100, f"printed text colour is {colour}, not dark"


def test_colour_toggle_cycles_is_remembered_and_follows_the_system(browser, site_url):
    """The header's toggle: follow the system -> light -> dark -> follow the system again.
    The choice holds on the next page (instant navigation) and after a reload."""
    ctx = browser.new_context(color_scheme="light")
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.goto(site_url + "how-to-use/", wait_until="load")
    toggle = pg.locator("header .md-header__option label:visible")
    scheme = lambda: pg.get_attribute("body", "data-md-color-scheme")  # noqa: E731
    # what the visible button offers (Material's tooltips take its title away on hover)
    offer = lambda: pg.get_attribute("header .md-header__option input:checked", "aria-label")  # noqa: E731

    assert toggle.count() == 1 and toggle.get_attribute("title") == "Switch to light mode"
    assert scheme() == "default"
    toggle.click()
    assert scheme() == "default" and offer() == "Switch to dark mode"
    toggle.click()
    assert scheme() == "slate" and offer() == "Follow the system setting"

    pg.locator("article a[href]:not(.headerlink)").first.click()  # a chapter link: instant navigation
    pg.wait_for_load_state("load")
    assert scheme() == "slate"
    pg.reload(wait_until="load")
    assert scheme() == "slate" and offer() == "Follow the system setting"

    pg.focus("header .md-header__option input:checked")  # the keyboard: Enter moves on, as in Material
    pg.keyboard.press("Enter")
    assert scheme() == "default" and offer() == "Switch to light mode"
    pg.emulate_media(color_scheme="dark")  # following the system, live
    pg.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    pg.reload(wait_until="load")
    assert scheme() == "slate" and offer() == "Switch to light mode" and toggle.count() == 1
    ctx.close()
    assert errors == []


def test_search_finds_a_chapter_offline(page, site_url):
    page.goto(site_url, wait_until="load")
    page.keyboard.press("s")  # Material's shortcut focuses the search box
    page.keyboard.type("credibility")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    assert results.count() > 0
    assert "Credibility" in page.locator(".md-search-result").inner_text()


def test_search_finds_a_tool_by_one_of_its_items(page, site_url):
    """A checklist item finds the tool under the tool's own title and anchor."""
    page.goto(site_url, wait_until="load")
    page.keyboard.press("s")
    page.keyboard.type("quote their words")
    hit = page.locator(".md-search-result__item a[href$='#checklist-trust-builders']")
    hit.first.wait_for()
    assert "Trust Builders" in hit.first.inner_text()


FILL_EVERYTHING = """() => {
  const fire = (el) => { el.dispatchEvent(new Event('input', {bubbles: true}));
                         el.dispatchEvent(new Event('change', {bubbles: true})); };
  document.querySelectorAll('.cpp-component input, .cpp-component textarea, .cpp-component select').forEach((el) => {
    if (el.disabled || el.type === 'file' || el.type === 'hidden') return;
    if (el.type === 'checkbox') { el.checked = true; fire(el); }
    else if (el.type === 'radio') { if (!el.checked) { el.checked = true; fire(el); } }  // the last in each group wins
    else if (el.tagName === 'SELECT') { el.selectedIndex = el.options.length - 1; fire(el); }
    else if (el.type === 'number') { el.value = el.min || '10'; fire(el); }
    else if (el.type === 'date') { el.value = '2026-11-23'; fire(el); }
    else { el.value = 'Answer typed by a reader'; fire(el); }
  });
  return document.querySelectorAll('.cpp-component').length;
}"""


@pytest.mark.parametrize("src,url", PAGES_WITH_TOOLS, ids=[s for s, _ in PAGES_WITH_TOOLS])
def test_tools_filled_in_and_printed_stay_accessible(page, site_url, src, url):
    page.goto(site_url + url, wait_until="load")
    assert page.evaluate(FILL_EVERYTHING) > 0, f"{src}: no tools found"
    violations = axe_violations(page)
    assert not violations, f"{src} filled in, axe violations:\n" + "\n".join(violations)
    page.emulate_media(media="print")
    violations = axe_violations(page)
    assert not violations, f"{src} in print media, axe violations:\n" + "\n".join(violations)
