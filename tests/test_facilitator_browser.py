"""Facilitator features in Chromium: copy-link buttons (clipboard, keyboard, announcement,
fallback, instant navigation), Section links copy buttons, the run sheet's start time,
block lengths and clock format, and run mode (on Playwright's fake clock: no waiting)."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import a11y_checks as a11y
import pytest
from components_demo import demo_site
from playwright.sync_api import expect
from support import without_search

pytestmark = pytest.mark.browser


@pytest.fixture
def clip(context, site_url):
    """A page whose origin may read and write the clipboard."""
    origin = site_url.rstrip("/")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    return page


def clipboard(page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def announced(page, text="Link copied"):
    page.wait_for_function("t => document.getElementById('cpp-copy-status').textContent === t", arg=text)
    live = page.locator("#cpp-copy-status")
    assert live.get_attribute("role") == "status" and live.get_attribute("aria-live") == "polite"
    assert live.evaluate("el => !!el.closest('main')"), "the live region should sit inside <main>"


def tab_to(page, selector, limit=400):
    """Press Tab until `selector` has the focus (keyboard only, as a reader would)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"never reached {selector} with Tab")


def test_every_heading_with_a_permalink_gets_a_named_copy_button(clip, site_url):
    clip.goto(site_url + "access-credibility-trust/")
    clip.wait_for_selector("h2#access .cpp-copylink")
    headings = clip.locator("article :is(h2, h3, h4, h5, h6):has(> a.headerlink)")
    assert headings.count() == clip.locator("article .cpp-copylink").count() > 10
    button = clip.get_by_role("button", name="Copy link to section: The true-client test")
    assert button.count() == 1 and button.evaluate("b => b.tagName") == "BUTTON"
    tool = clip.get_by_role("button", name="Copy link to section: Trust builders")
    assert tool.get_attribute("data-cpp-copy-anchor") == "#checklist-trust-builders"
    assert clip.errors == []


def test_copy_link_by_keyboard_copies_the_full_address_and_announces_it(clip, site_url):
    clip.goto(site_url + "access-credibility-trust/")
    clip.wait_for_selector("h2#access .cpp-copylink")
    tab_to(clip, "h2#access .cpp-copylink")
    # a focused button is visible (it fades in like the permalink mark)
    clip.wait_for_function("getComputedStyle(document.activeElement).opacity === '1'")
    clip.keyboard.press("Enter")
    announced(clip)
    assert clipboard(clip) == site_url + "access-credibility-trust/#access"
    # the next one, with the space bar; the focus stays on the button
    clip.keyboard.press("Tab")
    clip.keyboard.press("Tab")
    focused = clip.evaluate("document.activeElement.getAttribute('data-cpp-copy-anchor')")
    assert focused, "Tab should reach the next heading's copy button through its permalink"
    clip.keyboard.press("Space")
    clip.wait_for_function("a => document.activeElement.classList.contains('cpp-copied')", arg=None)
    assert clipboard(clip) == site_url + "access-credibility-trust/" + focused
    assert clip.errors == []


def test_copy_link_ignores_the_query_and_the_current_fragment(clip, site_url):
    clip.goto(site_url + "consulting-roles/?h=expert#expert")
    clip.get_by_role("button", name="Copy link to section: Collaborator").click()
    announced(clip)
    assert clipboard(clip) == site_url + "consulting-roles/#collaborator"


def test_copy_falls_back_to_exec_command_when_the_clipboard_api_fails(clip, site_url):
    clip.goto(site_url + "trusted-advisor/")
    clip.wait_for_selector(".cpp-copylink")
    clip.evaluate(
        """() => {
          navigator.clipboard.writeText = () => Promise.reject(new Error("denied"));
          document.execCommand = (cmd) => { window.__copied = [cmd, document.activeElement.value]; return true; };
        }"""
    )
    button = clip.get_by_role("button", name="Copy link to section: The six skills")
    button.focus()
    clip.keyboard.press("Enter")
    announced(clip)
    assert clip.evaluate("window.__copied") == ["copy", site_url + "trusted-advisor/#the-six-skills"]
    assert clip.evaluate("document.activeElement.getAttribute('aria-label')") == "Copy link to section: The six skills"
    assert clip.locator("textarea").count() == 0, "the temporary field is removed"
    # and when nothing can copy, the address is read out instead
    clip.evaluate("document.execCommand = () => false")
    button.click()
    announced(clip, "Could not copy. The address is " + site_url + "trusted-advisor/#the-six-skills")


def test_copy_buttons_are_hidden_on_paper(clip, site_url):
    clip.goto(site_url + "why-partnership/")
    clip.wait_for_selector(".cpp-copylink")
    clip.emulate_media(media="print")
    assert clip.locator(".cpp-copylink").first.evaluate("b => getComputedStyle(b).display") == "none"


def test_section_links_copy_buttons_copy_the_listed_address_and_the_filter_narrows_the_list(clip, site_url):
    clip.goto(site_url + "facilitator/section-links/")
    row = clip.locator(".cpp-links__section", has=clip.locator("a", has_text="The true-client test")).first
    button = row.get_by_role("button")
    assert button.is_visible(), "JavaScript shows the copy buttons"
    address = row.locator("code").inner_text()
    assert address.endswith("/access-credibility-trust/#the-true-client-test")
    assert (
        button.get_attribute("aria-label")
        == "Copy link to section: The true-client test (Access, Credibility and Trust)"
    )
    button.focus()
    clip.keyboard.press("Enter")
    announced(clip)
    assert clipboard(clip) == address

    # the filter box (same page load): narrows the list as you type, says how much is left
    rows = clip.locator(".cpp-section-links .cpp-links__row")
    total = rows.count()
    box = clip.get_by_role("searchbox", name="Filter the list")
    box.focus()
    clip.keyboard.type("true client")
    count = clip.locator("#cpp-links-filter-count")
    clip.wait_for_function(
        "() => /^Showing \\d+ pages? and \\d+ sections?\\.$/.test(document.getElementById('cpp-links-filter-count').textContent)"
    )
    assert count.get_attribute("role") == "status"
    shown = clip.locator(".cpp-links__section:not([hidden]) .cpp-links__title").all_inner_texts()
    assert "The true-client test" in shown
    unmatched = clip.locator(".cpp-links__section:not([hidden])").evaluate_all("""els => els.filter(el => {
        const row = e => e.querySelector(':scope > .cpp-links__row').textContent.toLowerCase();
        const both = t => t.includes('true') && t.includes('client');
        return !both(row(el)) && !both(row(el.closest('.cpp-links__page')));
    }).length""")
    assert unmatched == 0, "a shown section matches neither itself nor its page"
    pages = clip.locator(".cpp-links__page:not([hidden])").count()
    assert count.inner_text() == f"Showing {pages} pages and {len(shown)} sections."
    assert 0 < len(shown) < 20 and rows.filter(visible=True).count() < total
    clip.keyboard.type("zzqx")
    clip.wait_for_function(
        "() => document.getElementById('cpp-links-filter-count').textContent.startsWith('Nothing matches')"
    )
    assert rows.filter(visible=True).count() == 0
    clip.keyboard.press("Escape")  # clears the box: the whole list again
    clip.wait_for_function("() => document.getElementById('cpp-links-filter-count').textContent === ''")
    assert box.input_value() == "" and rows.filter(visible=True).count() == total
    assert clip.errors == []


# --- run sheets ------------------------------------------------------------------------------


def sheet_times(page, aid="half-day"):
    return page.locator(f"#agenda-{aid} .cpp-agenda__block:not([hidden]) .cpp-agenda__when").evaluate_all(
        "els => els.map(e => [...e.querySelectorAll('time')].map(t => t.textContent).join('-'))"
    )


def test_start_time_recomputes_every_clock_time(page, site_url):
    page.goto(site_url + "facilitator/half-day-workshop/")
    start = page.get_by_label("Start time")
    start.wait_for()
    assert start.input_value() == "09:00"
    times = sheet_times(page)
    assert times[:2] == ["09:00-09:15", "09:15-09:30"] and times[-1] == "12:10-12:30"
    start.fill("13:30")
    times = sheet_times(page)
    assert times[0] == "13:30-13:45"
    assert page.locator("#agenda-half-day-break .cpp-agenda__when").inner_text().startswith("14:45–15:00")
    assert times[-1] == "16:40-17:00"
    assert page.locator("#agenda-half-day .cpp-agenda__end time").inner_text() == "17:00"
    assert page.locator("#agenda-half-day .cpp-agenda__summary time").all_inner_texts() == ["13:30", "17:00"]
    assert page.locator("#agenda-half-day-break time").first.get_attribute("datetime") == "14:45"
    start.fill("23:00")  # a late start runs past midnight
    assert sheet_times(page)[-1] == "02:10-02:30"


def test_start_time_can_be_set_with_the_keyboard(page, site_url):
    page.goto(site_url + "facilitator/introduction-90-minutes/")
    page.get_by_label("Start time").wait_for()
    tab_to(page, "#agenda-introduction-90-start")
    page.keyboard.press("ArrowUp")  # five minutes later
    assert sheet_times(page, "introduction-90")[0] == "09:05-09:15"
    page.keyboard.press("Shift+ArrowUp")  # an hour later
    assert sheet_times(page, "introduction-90")[0] == "10:05-10:15"
    assert page.get_by_label("Start time").input_value() == "10:05"


def test_without_javascript_the_default_times_show_and_the_controls_stay_hidden(browser, site_url):
    ctx = browser.new_context(java_script_enabled=False)
    page = ctx.new_page()
    page.goto(site_url + "facilitator/full-day-workshop/")
    assert sheet_times(page, "full-day")[0] == "09:00-09:20"
    assert not page.locator("[data-cpp-agenda-controls]").is_visible()
    assert page.locator(".cpp-copylink").count() == 0
    assert not page.locator(".cpp-links__copy").first.is_visible() if page.locator(".cpp-links__copy").count() else True
    ctx.close()


def test_print_this_run_sheet_prints_only_the_title_and_the_sheet(page, site_url):
    page.goto(site_url + "facilitator/full-day-workshop/")
    page.get_by_role("button", name="Print this run sheet").wait_for()
    page.evaluate(
        "window.print = () => { window.__printed = document.documentElement.classList.contains('cpp-print-agenda'); }"
    )
    page.get_by_role("button", name="Print this run sheet").click()
    assert page.evaluate("window.__printed") is True
    page.emulate_media(media="print")
    visible = page.locator("article > :not(h1):not(.cpp-agenda)").evaluate_all(
        "els => els.filter(e => getComputedStyle(e).display !== 'none').map(e => e.tagName)"
    )
    assert visible == []
    assert page.locator(".cpp-agenda").is_visible()


def test_run_sheet_prints_on_at_most_two_pages(page, site_url):
    import io

    from pypdf import PdfReader

    for path in ("introduction-90-minutes", "half-day-workshop", "full-day-workshop"):
        page.goto(site_url + f"facilitator/{path}/")
        page.evaluate("document.documentElement.classList.add('cpp-print-agenda')")
        for size in ("A4", "Letter"):
            pages = len(PdfReader(io.BytesIO(page.pdf(format=size))).pages)
            assert pages <= 2, f"{path} prints on {pages} {size} pages"


def test_lengths_and_the_12_hour_clock_are_remembered_per_format_and_reset(page, site_url):
    page.goto(site_url + "facilitator/half-day-workshop/")
    page.get_by_label("Clock").select_option("12")
    assert page.get_by_label("Start time").input_value() == "9:00 AM"
    page.get_by_label("Minutes for When good advice went nowhere").fill("25")
    times = sheet_times(page)
    assert times[:3] == ["9:00 AM-9:15 AM", "9:15 AM-9:40 AM", "9:40 AM-10:00 AM"]
    assert times[-1] == "12:20 PM-12:40 PM"
    assert (
        page.locator("#agenda-half-day .cpp-agenda__summary")
        .inner_text()
        .startswith("Client partnering: a half-day workshop: 3 h 40 min, from 9:00 AM to 12:40 PM")
    )
    page.get_by_label("Start time").fill("1:30 pm")
    assert sheet_times(page)[0] == "1:30 PM-1:45 PM"
    page.get_by_label("Start time").fill("25:00")  # not a time: marked, nothing moves
    assert page.get_by_label("Start time").get_attribute("aria-invalid") == "true"
    assert sheet_times(page)[0] == "1:30 PM-1:45 PM"
    # what prints is what the sheet shows, and a printed link carries its address
    page.emulate_media(media="print")
    assert page.locator("#agenda-half-day-expertise .cpp-agenda__minutes").inner_text() == "25 min"
    address = page.locator("#agenda-half-day-expertise .cpp-agenda__details .cpp-agenda__address").first
    assert address.is_visible() and address.inner_text() == "why-partnership/#expertise-is-not-enough"
    assert (
        page.locator("#agenda-half-day .cpp-agenda__root").inner_text()
        == "Addresses below start with client-partnering-playbook.github.io/playbook/"
    )
    page.emulate_media(media="screen")
    assert not address.is_visible()
    page.reload()
    assert sheet_times(page)[:2] == ["1:30 PM-1:45 PM", "1:45 PM-2:10 PM"], "remembered after a reload"
    page.goto(site_url + "facilitator/full-day-workshop/")
    assert sheet_times(page, "full-day")[0] == "9:00 AM-9:20 AM", (
        "the clock format is for every sheet; times per format"
    )
    page.go_back()
    page.get_by_role("button", name="Reset to this format's defaults").click()
    assert sheet_times(page)[:2] == ["9:00 AM-9:15 AM", "9:15 AM-9:30 AM"]
    page.get_by_label("Clock").select_option("24")
    assert sheet_times(page)[-1] == "12:10-12:30"
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('cpp-run'))") == []


# --- run mode --------------------------------------------------------------------------------

LOADED = "2026-01-05T08:30:00Z"  # the page loads (however long it takes) before...
START = "2026-01-05T09:00:00Z"  # ...the clock stops at 09:00: every time below is exact


def run_view(page):
    view = page.locator("dialog.cpp-run[open]")
    return {
        "level": view.get_attribute("data-level"),
        "clock": view.locator("[data-cpp-run-clock]").inner_text(),
        "state": view.locator("[data-cpp-run-state]").inner_text(),
        "title": view.locator("[data-cpp-run-title]").inner_text(),
        "next": view.locator("[data-cpp-run-next]").inner_text(),
    }


def test_run_mode_counts_down_warns_reflows_and_survives_a_reload(browser, site_url):
    """A facilitator runs the half-day session: 20 % and 5 % warnings, +5 minutes moving
    the later clock times, the keyboard, a reload, light and dark, and the end."""
    ctx = without_search(
        browser.new_context(viewport={"width": 1280, "height": 720}, timezone_id="UTC", service_workers="block")
    )
    page = ctx.new_page()
    page.set_default_timeout(10_000)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.clock.install(time=LOADED)
    page.goto(site_url + "facilitator/half-day-workshop/")
    assert page.locator("dialog.cpp-run").count() == 0, "run mode's screen is not in the page until it opens"
    page.clock.pause_at(START)
    page.get_by_role("button", name="Run this session").click()
    dialog = page.locator("dialog.cpp-run")
    page.get_by_role("dialog", name="Opening and one relationship").wait_for()
    dialog.wait_for()
    assert run_view(page) == {
        "level": "ok",
        "clock": "15:00",
        "state": "Paused · On time",
        "title": "Opening and one relationship",
        "next": "Next at 09:15: When good advice went nowhere · Ends at 12:30",
    }
    code = dialog.locator("figure[data-url]")
    assert (
        code.get_attribute("data-url")
        == "https://client-partnering-playbook.github.io/playbook/how-to-use/#pick-one-relationship"
    )
    assert code.locator("svg").count() == 1
    assert "Space" in dialog.locator(".cpp-run__keys").inner_text()

    page.keyboard.press("Space")  # start
    page.clock.run_for("12:00")  # 3 of 15 minutes left: 20 %
    view = run_view(page)
    assert (view["level"], view["clock"], view["state"]) == ("amber", "03:00", "Under a fifth left: start wrapping up")
    timer = dialog.locator(".cpp-run__timer")
    assert timer.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 176, 0)"
    assert dialog.locator(".cpp-run__shape").evaluate("e => getComputedStyle(e).clipPath") != "none", (
        "a shape, not colour alone"
    )
    page.clock.run_for("02:15")  # 45 s left: 5 %
    view = run_view(page)
    assert (view["level"], view["clock"], view["state"]) == ("red", "00:45", "Almost out of time")
    assert timer.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(179, 0, 27)"
    page.keyboard.press("5")  # five more minutes: the rest of the morning moves
    view = run_view(page)
    assert (view["level"], view["clock"]) == ("ok", "05:45")
    assert view["next"] == "Next at 09:20: When good advice went nowhere · Ends at 12:35"
    assert dialog.locator("[data-cpp-run-when]").inner_text() == "09:00–09:20 · 20 min (5 added)"
    page.keyboard.press("ArrowRight")
    assert run_view(page)["title"] == "When good advice went nowhere"
    assert run_view(page)["next"] == "Next at 09:29: Your work mix · Ends at 12:29"
    page.keyboard.press("Space")  # pause
    page.clock.run_for("01:00")
    assert run_view(page)["clock"] == "15:00" and run_view(page)["state"] == "Paused · On time"
    page.keyboard.press("Space")
    page.clock.run_for("00:10")

    page.reload()  # the laptop restarts the page: the same block, the clock still counting
    page.clock.run_for("02:00")  # the clock stays stopped: the page's start-up tasks run now
    page.get_by_role("dialog", name="When good advice went nowhere").wait_for()
    assert run_view(page)["clock"] == "12:50"
    page.keyboard.press("ArrowLeft")
    assert run_view(page)["clock"] == "20:00", "back to the first block, with its added minutes"

    page.clock.resume()  # axe waits on timers of its own
    assert a11y.axe(page) == []
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    assert dialog.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(13, 13, 13)"
    assert a11y.axe(page) == []
    page.keyboard.press("Escape")  # closes; the session is kept
    assert page.get_by_role("button", name="Resume the session (block 1 of 10)").is_visible()
    page.get_by_role("button", name="Resume the session (block 1 of 10)").click()
    page.once("dialog", lambda d: d.accept())
    page.keyboard.press("e")  # end
    assert page.locator("dialog.cpp-run").count() == 0
    assert page.evaluate("document.activeElement.textContent") == "Run this session", (
        "the focus goes back to the button"
    )
    assert page.evaluate("localStorage.getItem('cpp-run:half-day')") is None
    assert errors == []
    ctx.close()


# --- instant navigation ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """The project built for the URL it is served at, so that instant navigation works."""
    return demo_site(tmp_path_factory.mktemp("facilitator"))[1]


def test_buttons_and_run_sheets_work_after_instant_navigation(context, live):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live.rstrip("/"))
    page = context.new_page()
    page.goto(live + "facilitator/")
    page.wait_for_selector("h2 .cpp-copylink")
    page.evaluate("window.__samePage = true")
    page.locator("article a[href$='half-day-workshop/']").first.click()
    page.wait_for_url("**/facilitator/half-day-workshop/")
    page.get_by_label("Start time").fill("08:00")
    assert sheet_times(page)[0] == "08:00-08:15"
    page.locator(".md-nav__link[href$='consulting-roles/']").first.click()
    page.wait_for_url("**/consulting-roles/")
    button = page.get_by_role("button", name="Copy link to section: Expert")
    button.click()
    announced(page)
    assert page.evaluate("window.__samePage") is True, "expected instant navigation, got a full load"
    assert clipboard(page) == live + "consulting-roles/#expert"
    assert urlparse(page.url).path == "/consulting-roles/"
    assert page.locator("h3#expert .cpp-copylink").count() == 1, "one button per heading, even after navigation"


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 800)], ids=["phone", "laptop"])
def test_a_link_to_a_section_below_tools_lands_on_it(browser, site_url, width, height):
    """A link to the last tool of a page, below four others that grow as the page
    settles, opens with that tool in view."""
    ctx = without_search(browser.new_context(viewport={"width": width, "height": height}))
    try:
        page = ctx.new_page()
        page.goto(site_url + "access-credibility-trust/#checklist-trust-builders")
        page.wait_for_load_state("load")
        page.wait_for_timeout(500)
        header = page.locator("header.md-header").bounding_box()["height"]
        title = page.locator("#checklist-trust-builders h3").first
        top = title.evaluate("el => el.getBoundingClientRect().top")
        assert header - 5 <= top <= height / 3, f"the tool's title is at {top}px (header {header}px)"
        assert page.evaluate("window.scrollY") > 2000, "the page did not scroll to the tool"
    finally:
        ctx.close()


# --- the facilitator's own version of a format (issue 28) -------------------------------------

HALF = "facilitator/half-day-workshop/"


def block_titles(page, aid="half-day"):
    return page.locator(f"#agenda-{aid} .cpp-agenda__block:not([hidden]) .cpp-agenda__title").evaluate_all(
        "els => els.map(e => e.firstChild.textContent)"
    )


def said(page, aid="half-day"):
    return page.locator(f"#agenda-{aid} [data-cpp-agenda-message]").inner_text()


def words(page):
    return page.locator(".cpp-agenda-words[data-agenda=half-day]").all_inner_texts()


def test_blocks_are_added_renamed_moved_by_keyboard_and_removed_and_the_prose_follows(page, site_url):
    """A facilitator moves the half-day to 13:30, adds an energizer, moves it up with the
    keyboard, renames a block, drops the break and lengthens the practice: every time,
    the marks, the words in the prose, a reload, the page on paper, axe and reset."""
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(site_url + HALF)
    defaults = block_titles(page)
    assert len(defaults) == 10 and "Break" in defaults
    assert words(page)[:2] == ["Three and a half hours", "all morning"], "the In short box, for the default times"
    page.get_by_label("Start time").fill("13:30")
    edit = page.get_by_role("button", name="Edit the blocks")
    assert (
        edit.get_attribute("aria-pressed") == "false"
        and not page.get_by_role("button", name="Move up: Break").is_visible()
    )
    edit.click()
    expect(edit).to_have_attribute("aria-pressed", "true")  # once the editor has loaded
    status = page.locator("#agenda-half-day [data-cpp-agenda-message]")
    assert status.get_attribute("role") == "status"

    # add, by keyboard: type the name and the minutes, Enter
    name = page.get_by_label("Name", exact=True).and_(page.locator("[data-cpp-agenda-add-name]"))
    name.fill("Energizer: <b>name</b> game")
    page.get_by_label("Minutes", exact=True).fill("15")
    name.press("Enter")
    assert said(page) == "Added “Energizer: <b>name</b> game”, 15 min, at 17:00. The session now ends at 17:15."
    assert block_titles(page)[-1] == "Energizer: <b>name</b> game", "a name is text, never markup"
    assert page.locator("#agenda-half-day b").count() == 0
    own = page.locator("#agenda-half-day-own-1")
    assert own.locator("[data-cpp-agenda-changed]").inner_text() == "Changed: Added by you"
    assert name.input_value() == "" and name.evaluate("e => e === document.activeElement")

    # move it up twice from the keyboard: the focus stays on the button, the move is said
    up = page.get_by_role("button", name="Move up: Energizer: <b>name</b> game")
    up.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    assert block_titles(page)[-3] == "Energizer: <b>name</b> game"
    assert up.evaluate("e => e === document.activeElement")
    assert said(page) == "Moved “Energizer: <b>name</b> game” to place 9 of 11; it now starts at 16:00."
    assert own.locator(".cpp-agenda__when time").first.inner_text() == "16:00"

    # rename a block of the format (committed when the field is left)
    rename = page.locator("#agenda-half-day-expertise [data-cpp-agenda-name]")
    rename.fill("Advice that went nowhere")
    rename.press("Tab")
    assert said(page) == "Renamed “When good advice went nowhere” to “Advice that went nowhere”."
    assert page.locator("#agenda-half-day-expertise [data-cpp-agenda-changed]").inner_text() == (
        "Changed: Renamed (the format calls it “When good advice went nowhere”)"
    )
    assert page.get_by_label("Minutes for Advice that went nowhere").count() == 1

    # remove the break; the focus goes to the next block's Remove
    page.get_by_role("button", name="Remove: Break").click()
    assert "Break" not in block_titles(page) and len(block_titles(page)) == 10
    assert said(page).startswith("Removed “Break”.")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')").startswith("Remove: ")

    # a longer practice block: 3 h 45 in all, 13:30 to 17:15, and the prose follows
    page.get_by_label("Minutes for Design one moment of truth").fill("55")
    summary = page.locator("#agenda-half-day .cpp-agenda__summary").inner_text()
    assert summary.startswith("Client partnering: a half-day workshop: 3 h 45 min, from 13:30 to 17:15, in 10 blocks.")
    assert set(words(page)) == {"Three and three-quarter hours", "all afternoon"}
    assert page.locator("article .admonition").first.inner_text().count("all afternoon") == 1
    diff = page.locator("#agenda-half-day [data-cpp-agenda-diff]").inner_text()
    assert diff == (
        "Your version of this format (saved in this browser): start time; 2 blocks changed; 1 block added; "
        "removed: Break. Reset to go back to the format's own."
    )
    page.mouse.move(0, 300)  # no link under the pointer (a hovered link has its own colours)
    assert a11y.axe(page, within="#agenda-half-day") == []
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    a11y.settle(page)
    assert a11y.axe(page, within="#agenda-half-day") == [], "dark"
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'default')")

    # remembered, in one key; on paper: the edited sheet without its edit controls
    stored = page.evaluate("JSON.parse(localStorage.getItem('cpp-runsheet:half-day'))")
    assert stored["v"] == 2 and stored["start"] == 810 and len(stored["blocks"]) == 10
    page.reload()
    assert block_titles(page)[1] == "Advice that went nowhere" and "Break" not in block_titles(page)
    assert sheet_times(page)[-1] == "16:55-17:15"
    assert words(page)[:2] == ["Three and three-quarter hours", "all afternoon"]
    page.emulate_media(media="print")
    assert own.is_visible() and own.locator("[data-cpp-agenda-changed]").is_visible()
    assert not page.locator("#agenda-half-day [data-cpp-agenda-edit-row]").first.is_visible()
    assert not page.locator("[data-cpp-agenda-add]").is_visible()
    page.emulate_media(media="screen")

    # run mode follows the edited blocks
    page.get_by_role("button", name="Run this session").click()
    assert page.locator("dialog.cpp-run [data-cpp-run-step]").inner_text() == "Block 1 of 10"
    page.keyboard.press("Escape")
    page.evaluate("localStorage.removeItem('cpp-run:half-day')")

    # reset: the format's own blocks, times and words; nothing left stored
    page.get_by_role("button", name="Reset to this format's defaults").click()
    assert block_titles(page) == defaults and sheet_times(page)[0] == "09:00-09:15"
    assert words(page)[:2] == ["Three and a half hours", "all morning"]
    assert page.locator("#agenda-half-day-own-1").count() == 0
    assert not page.locator("#agenda-half-day [data-cpp-agenda-diff]").is_visible()
    assert page.locator("#agenda-half-day .cpp-agenda__block--changed").count() == 0
    assert page.evaluate("localStorage.getItem('cpp-runsheet:half-day')") is None
    assert errors == []


def test_bad_input_and_a_damaged_stored_agenda_get_a_message_and_change_nothing(page, site_url):
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(site_url + HALF)
    # an edited copy in the browser: a script in a name, a duplicate, a bad length, a bad start
    page.evaluate("""localStorage.setItem('cpp-runsheet:half-day', JSON.stringify({v: 2, start: 99999, blocks: [
        {id: 'opening', minutes: 15, title: '<img src=x onerror="window.hacked=1">'}, {id: 'opening', minutes: 20},
        {id: 'expertise', minutes: -4}, {id: 'own-1', minutes: 10}, {id: 'close', minutes: 20}]}))""")
    page.reload()
    assert said(page).startswith("Some of your saved changes to this run sheet could not be read")
    assert block_titles(page) == ['<img src=x onerror="window.hacked=1">', "Commitments and next steps"]
    assert page.evaluate("window.hacked") is None and page.locator("#agenda-half-day img").count() == 0
    assert sheet_times(page)[0] == "09:00-09:15", "a bad start time falls back to the format's own"
    assert len(page.evaluate("JSON.parse(localStorage.getItem('cpp-runsheet:half-day'))")["blocks"]) == 2, (
        "only what was read is kept"
    )

    page.get_by_role("button", name="Edit the blocks").click()
    before = sheet_times(page)
    # an empty name, an absurd length: said, marked, nothing changes
    page.get_by_role("button", name="Add the block").click()
    assert said(page) == "Give the block a name."
    assert page.locator("[data-cpp-agenda-add-name]").get_attribute("aria-invalid") == "true"
    beside = page.locator("[data-cpp-agenda-add] [data-cpp-agenda-error]")  # the live region may be far above
    assert beside.is_visible() and beside.inner_text() == "Give the block a name."
    assert beside.get_attribute("id") in page.locator("[data-cpp-agenda-add-name]").get_attribute("aria-describedby")
    page.locator("[data-cpp-agenda-add-name]").fill("Lunch")
    page.locator("[data-cpp-agenda-add-minutes]").fill("5000")
    page.get_by_role("button", name="Add the block").click()
    assert said(page) == "A block can be at most 480 minutes (8 hours); split a longer one."
    minutes = page.get_by_label("Minutes for Commitments and next steps")
    minutes.fill("0")
    assert said(page) == "A block needs at least 1 minute." and minutes.get_attribute("aria-invalid") == "true"
    assert (
        page.locator("#agenda-half-day-close [data-cpp-agenda-error]").inner_text()
        == "A block needs at least 1 minute."
    )
    assert not beside.is_visible(), "one problem shown at a time"
    assert sheet_times(page) == before
    minutes.press("Tab")
    assert minutes.input_value() == "20", "the length in use shows again"
    rename = page.locator("#agenda-half-day-close [data-cpp-agenda-name]")
    rename.fill("   ")
    rename.press("Tab")
    assert said(page) == "Give the block a name. The block keeps its name “Commitments and next steps”."
    assert block_titles(page)[-1] == "Commitments and next steps"
    page.get_by_role("button", name="Remove: Commitments and next steps").click()
    last = page.get_by_role("button", name=re.compile("^Remove: <img"))
    assert last.is_disabled() and len(block_titles(page)) == 1, "a run sheet keeps at least one block"

    # too many blocks, and pure garbage in storage
    page.evaluate("""localStorage.setItem('cpp-runsheet:half-day', JSON.stringify({v: 2, start: null,
        blocks: Array.from({length: 30}, (_, i) => ({id: 'own-' + (i + 1), minutes: 5, title: 'Block ' + (i + 1)}))}))""")
    page.reload()
    assert len(block_titles(page)) == 30 and said(page) == ""
    page.get_by_role("button", name="Edit the blocks").click()
    page.locator("[data-cpp-agenda-add-name]").fill("One more")
    page.get_by_role("button", name="Add the block").click()
    assert said(page) == "A run sheet holds at most 30 blocks; remove one first." and len(block_titles(page)) == 30
    page.evaluate("localStorage.setItem('cpp-runsheet:half-day', '{not json')")
    page.reload()
    assert len(block_titles(page)) == 10 and said(page).startswith("Some of your saved changes")
    assert errors == []


def test_the_pack_page_prints_the_workbook_with_the_edited_times_and_the_pdfs_keep_the_defaults(
    context, browser, site_url
):
    page = context.new_page()
    page.goto(site_url + HALF)
    page.get_by_label("Start time").fill("13:30")
    page.get_by_label("Minutes for Design one moment of truth").fill("55")
    link = page.get_by_role("link", name="Print the workbook and pack with these times")
    link.click()
    page.wait_for_url("**/facilitator/packs/half-day/")
    note = page.locator("[data-cpp-pack-note]")
    note.wait_for()
    assert note.inner_text().startswith("These pages show your version of this format, 13:30–17:15 with 10 blocks")
    rows = page.locator("[data-cpp-pack-rows] tr").evaluate_all(
        "rs => rs.map(r => [...r.cells].map(c => c.textContent))"
    )
    assert rows[0] == ["13:30–13:45", "Opening and one relationship", "Whole room, 15 min"]
    assert rows[-1] == ["16:55–17:15", "Commitments and next steps", "Whole room, 20 min"]
    assert page.locator("[data-pack-part=workbook] [data-cpp-pack-length]").inner_text() == "3 h 45 min"
    assert (
        page.locator("[data-pack-part=workbook] .cpp-agenda-words").first.inner_text()
        == "Three and three-quarter hours"
    )
    page.evaluate(
        "window.print = () => { window.__printed = document.documentElement.getAttribute('data-pack-print'); }"
    )
    page.get_by_role("button", name="Print the participant workbook").click()
    assert page.evaluate("window.__printed") == "workbook"
    page.evaluate("document.documentElement.setAttribute('data-pack-print', 'workbook')")
    page.emulate_media(media="print")
    assert (
        page.locator("[data-pack-part=workbook]").is_visible()
        and not page.locator("[data-pack-part=facilitator]").is_visible()
    )
    assert not page.locator("[data-cpp-pack-actions]").is_visible()
    page.emulate_media(media="screen")
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate("document.documentElement.hasAttribute('data-pack-print')") is False
    page.get_by_role("button", name="Print the facilitator pack").click()
    assert page.evaluate("window.__printed") == "facilitator"
    assert a11y.axe(page, within="[data-cpp-pack-actions]") == []
    # make handouts prints from a fresh profile (scripts run): the format's own times, no buttons on paper
    fresh = browser.new_context()
    clean = fresh.new_page()
    clean.goto(site_url + "facilitator/packs/half-day/")
    clean.locator("[data-cpp-pack-note]").wait_for()
    assert clean.locator("[data-cpp-pack-rows] tr td").first.inner_text() == "09:00–09:15"
    assert clean.locator("[data-pack-part=workbook] [data-cpp-pack-length]").inner_text() == "3 h 30 min"
    clean.emulate_media(media="print")
    assert not clean.locator("[data-cpp-pack-actions]").is_visible()
    fresh.close()
    # without a script: the default times and words, and no buttons that could not work
    fresh = browser.new_context(java_script_enabled=False)
    plain = fresh.new_page()
    plain.goto(site_url + "facilitator/packs/half-day/")
    assert plain.locator("[data-cpp-pack-rows] tr td").first.inner_text() == "09:00–09:15"
    assert not plain.locator("[data-cpp-pack-actions]").is_visible()
    plain.goto(site_url + HALF)
    assert plain.locator(".cpp-agenda-words").all_inner_texts()[:2] == ["Three and a half hours", "all morning"]
    assert not plain.get_by_role("button", name="Edit the blocks").is_visible()
    fresh.close()


def test_workshop_pack_cover_link_has_enough_contrast_in_both_schemes(page, site_url):
    """The run sheet's address on a pack's cover is a link set in code: in dark mode its
    colour on the code background was 4.12:1."""
    page.goto(site_url + "facilitator/packs/half-day/")
    link = page.locator(".cpp-workshop-pack__cover a code").first
    assert link.is_visible()
    for scheme in ("dark", "light"):
        a11y.set_scheme(page, scheme)
        assert (
            a11y.axe(page, rules=["color-contrast", "link-in-text-block"], within=".cpp-workshop-pack__cover") == []
        ), scheme
