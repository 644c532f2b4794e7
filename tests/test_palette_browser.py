"""The colour-scheme toggle works when the browser blocks storage (Chromium with cookies
and site data blocked: reading `localStorage` throws a SecurityError). Material's own
palette component shows no toggle then; ours (overrides/partials/palette.html) does,
and only this page keeps the choice. Persistence with storage allowed is covered in
test_browser_site.py."""

from __future__ import annotations

import pytest
from support import without_search

pytestmark = pytest.mark.browser

# What Chromium does with storage blocked, without a second browser profile.
BLOCK_STORAGE = """
Object.defineProperty(window, "localStorage", {configurable: true, get() {
  throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", "SecurityError");
}});
"""


def test_colour_toggle_works_with_storage_blocked(browser, site_url):
    ctx = without_search(browser.new_context(color_scheme="light"))
    ctx.add_init_script(BLOCK_STORAGE)
    pg = ctx.new_page()
    pg.goto(site_url + "how-to-use/", wait_until="load")
    assert (
        pg.evaluate("(() => { try { localStorage.length; return false } catch (e) { return e.name } })()")
        == "SecurityError"
    )
    toggle = pg.locator("header .md-header__option label:visible")
    scheme = lambda: pg.get_attribute("body", "data-md-color-scheme")  # noqa: E731
    assert toggle.count() == 1 and scheme() == "default"
    toggle.click()
    toggle.click()
    assert scheme() == "slate"
    toggle.click()
    offer = pg.get_attribute("header .md-header__option input:checked", "aria-label")
    assert scheme() == "default" and offer == "Switch to light mode"  # back to following the system
    ctx.close()
