"""The built site in a real browser: no outside requests, no script errors, no axe violations
(tests/a11y_checks.py: every page at laptop, tablet and phone sizes, light and dark, printed), the colour
scheme, search."""

from __future__ import annotations

from urllib.parse import urlparse

import a11y_checks as a11y
import pytest
from project import CHROMIUM_ARGS, find_chromium, without_search
from support import DOCS, doc_pages, html_file, soup

from macros.content.registry import Registry

pytestmark = pytest.mark.browser

PAGES = doc_pages()
REGISTRY = Registry.load(DOCS)
# Pages that call a tool macro: their tools are checked empty and filled in, on screen and on paper.
TOOL_PAGES = set(REGISTRY.usage.values())
# Of those, the few whose tools are checked in every state (a11y_checks: every variant of every kind).
EVERY_TOOL_STATE = a11y.tool_pages(REGISTRY)


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


@pytest.mark.search
def test_search_finds_a_chapter_offline(page, site_url):
    page.goto(site_url, wait_until="load")
    page.keyboard.press("s")  # Material's shortcut focuses the search box
    page.keyboard.type("credibility")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    assert results.count() > 0
    assert "Credibility" in page.locator(".md-search-result").inner_text()


@pytest.mark.search
def test_search_finds_a_tool_by_one_of_its_items(page, site_url):
    """A checklist item finds the tool under the tool's own title (the entry starts at it)."""
    page.goto(site_url, wait_until="load")
    page.keyboard.press("s")
    page.keyboard.type("quote their words")
    hit = page.locator(".md-search-result__item a[href$='#checklist-trust-builders-title']")
    hit.first.wait_for()
    assert "Trust Builders" in hit.first.inner_text()


DRAWN = "(tool) => tool.querySelector('.cpp-component__title').checkVisibility({contentVisibilityAuto: true})"


def test_tools_are_drawn_as_the_reader_nears_them_and_a_link_lands_on_its_tool(page, site_url):
    """On a phone, the chapter's tools off screen wait to be drawn (content-visibility: auto,
    so that five tools do not slow the page's start-up); a link to the last tool still lands
    on it, below the header; a tool the reader scrolls to reads as text; paper gets every tool."""
    page.set_viewport_size(a11y.PHONE)
    page.goto(site_url + "access-credibility-trust/#checklist-trust-builders", wait_until="load")
    tools = page.locator(".cpp-component")
    first, last = tools.first, page.locator("#checklist-trust-builders")
    assert tools.count() == 5
    last.evaluate(
        f"(tool) => new Promise((drawn) => {{ const look = () => ({DRAWN})(tool) ? drawn() : requestAnimationFrame(look); look(); }})"
    )
    header = page.locator("header.md-header").bounding_box()
    title = last.locator(".cpp-component__title").bounding_box()
    assert header["y"] + header["height"] <= title["y"] < a11y.PHONE["height"] / 2
    # drawing the tools above kept the place by scrolling down: Material took no step back up
    assert page.locator(".md-top").get_attribute("hidden") is not None, "Back to top covers the tool the link opened"
    assert not first.evaluate(DRAWN)  # far above the window: not drawn
    assert first.evaluate("(tool) => tool.innerText") == ""  # how a script sees a tool not drawn yet
    first.scroll_into_view_if_needed()
    page.wait_for_function(f"() => ({DRAWN})(document.querySelector('.cpp-component'))")
    assert first.locator(".cpp-component__title").inner_text().startswith("Stakeholder Map")
    page.emulate_media(media="print")
    assert tools.evaluate_all("(all) => all.map((t) => getComputedStyle(t).contentVisibility)") == ["visible"] * 5


def test_a_screen_reader_finds_the_tools_before_they_are_drawn(browser, site_url):
    """With a screen reader running, Chromium builds its whole accessibility tree
    (--force-renderer-accessibility does the same): the headings and checkboxes of a
    tool not drawn yet are there, so a reader can list and reach them."""
    reader = browser.browser_type.launch(
        executable_path=find_chromium(headless_shell=True), args=[*CHROMIUM_ARGS, "--force-renderer-accessibility"]
    )
    try:
        page = reader.new_page(viewport=a11y.PHONE)
        page.goto(site_url + "access-credibility-trust/", wait_until="load")
        last = page.locator("#checklist-trust-builders")
        assert not last.evaluate(DRAWN)
        cdp = page.context.new_cdp_session(page)
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["backendNodeId"]

        def names(role):
            found = cdp.send("Accessibility.queryAXTree", {"backendNodeId": root, "role": role})["nodes"]
            return [n.get("name", {}).get("value", "") for n in found]

        assert any(name.startswith("Trust Builders") for name in names("heading"))
        item = last.locator(".cpp-checklist__text").last.text_content().strip()
        assert item and item in names("checkbox")
    finally:
        reader.close()


CHROME_PAGE = "index.md"  # the home page; Material's header, navigation and footer: every rule in every state here


@pytest.fixture(scope="session")
def focus_kinds(site_dir) -> dict[str, set[str]]:
    """Page -> the kinds of control whose focus ring the walk checks there (a11y_checks.focus_pages)."""
    return a11y.focus_pages({src: soup(html_file(site_dir, url)) for src, url in PAGES if src in EVERY_TOOL_STATE})


@pytest.mark.parametrize("src,url", PAGES, ids=[src for src, _ in PAGES])
def test_page_is_self_contained_error_free_and_accessible_in_every_state(browser, site_url, focus_kinds, src, url):
    """One load per page: desktop and phone sizes, light and dark, tools empty and filled
    in, printed (tests/a11y_checks.py says which axe rules run in which state, and why)."""
    ctx = browser.new_context(viewport=a11y.DESKTOP, service_workers="block")
    if src != CHROME_PAGE:  # search is the header's, checked with the real index there
        without_search(ctx)
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    page.set_default_navigation_timeout(30_000)  # a loaded machine; a broken page fails the checks, not this
    seen = watch(page, site_url)
    page.goto(site_url + url, wait_until="load")
    try:
        problems = a11y.every_state(
            page,
            has_tools=src in TOOL_PAGES,
            chrome=src == CHROME_PAGE,
            tool_states=src in EVERY_TOOL_STATE,
            focus_kinds=focus_kinds.get(src, set()),
        )
    finally:
        ctx.close()
    assert not seen["outside"], f"{src} requested other hosts: {seen['outside']}"
    assert not seen["errors"], f"{src} threw script errors: {seen['errors']}"
    assert not problems, f"{src}:\n" + "\n".join(problems)


KNOWN_BAD = """
.md-nav__link { min-height: 0 !important; }                 /* Material's 18px sidebar links */
.cpp-row-tools__button { min-width: 0 !important; min-height: 0 !important; padding: 0 !important;
                         margin: 0 !important; border: 0 !important; font-size: 8px !important; }
.cpp-table-wrap { position: static !important; container-type: normal !important; }
.cpp-table { min-width: 40rem; }                            /* a table wider than a phone */
.cpp-component *:focus-visible, .cpp-component *:focus-visible + label { outline: none !important; }
[data-md-color-scheme="slate"] .md-typeset p { color: #3a3a3a !important; }
@media (max-width: 400px) { [data-md-color-scheme="default"] .md-typeset .cpp-component p { color: #d0d0d0 !important; } }
@media print { .md-typeset .cpp-table { display: block !important; } }
"""


def test_the_checks_catch_a_known_bad_page(browser, site_url):
    """The same checks on a tool page made bad on purpose: each kind of problem is found."""
    src, url = next((s, u) for s, u in PAGES if s in TOOL_PAGES and "huddle" in s)
    ctx = browser.new_context(viewport=a11y.DESKTOP, service_workers="block")
    page = ctx.new_page()
    page.goto(site_url + url, wait_until="load")
    page.add_style_tag(content=KNOWN_BAD)
    try:
        problems = "\n".join(a11y.every_state(page, has_tools=True, chrome=False))
    finally:
        ctx.close()
    for expected in (
        "[1280 light] target-size",
        "[390 light] page is",
        "wider than its box",
        "[1024 dark] checkbox",
        "[1280 light] select",
        "[1024 dark, tools empty] color-contrast",
        "[390 light, tools empty] color-contrast",
        "[320 dark] color-contrast",
        "[print] worksheet table 1 is not printed as a table",
    ):
        assert expected in problems, f"the checks missed {expected!r} on a known-bad {src}:\n{problems}"


def test_focus_pages_cover_every_kind_of_control_or_say_which_is_missing():
    from bs4 import BeautifulSoup

    def page(*controls):
        return BeautifulSoup(f'<div class="cpp-component">{"".join(controls)}</div>', "html.parser")

    rating = '<div class="cpp-scale"><input type="radio"></div>'
    option = '<span class="cpp-option"><input type="radio"></span>'
    rest = '<input type="checkbox"><select></select><textarea></textarea><details><summary>s</summary></details><button>b</button><a href="#">a</a>'
    pages = {"a.md": page(rating, rest), "b.md": page(option, rest), "c.md": page(option)}
    assert a11y.focus_pages(pages) == {"a.md": {kind for kind, _ in a11y.CONTROLS} - {"option"}, "b.md": {"option"}}
    with pytest.raises(AssertionError, match="option"):
        a11y.focus_pages({"a.md": page(rating, rest)})
