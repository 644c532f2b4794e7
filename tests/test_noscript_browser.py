"""With JavaScript off, every tool says that it keeps nothing and still prints blank
(templates/_parts.html), readable on a phone. One page load of the session build."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGE = "moments-of-truth/manage-conflict/"  # a worksheet, a checklist and a table


def test_without_javascript_each_tool_says_it_keeps_nothing(browser, site_url):
    ctx = browser.new_context(
        viewport={"width": 390, "height": 844}, java_script_enabled=False, service_workers="block"
    )
    try:
        page = ctx.new_page()
        page.goto(site_url + PAGE)
        tools = page.locator(".cpp-component")
        notes = page.locator(".cpp-component .cpp-noscript")
        assert tools.count() >= 2 and notes.count() == tools.count()
        note = notes.first
        note.scroll_into_view_if_needed()
        assert note.is_visible()
        expect(note).to_contain_text("needs JavaScript to keep your answers")
        expect(note).to_contain_text("print")
        box = note.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, "the note runs off a phone screen"
        # body-size text in the body colour (axe cannot look: it needs JavaScript)
        size, color, body = note.evaluate(
            "n => [getComputedStyle(n).fontSize, getComputedStyle(n).color, getComputedStyle(document.body).color]"
        )
        assert float(size.removesuffix("px")) >= 14 and color == body
        assert page.locator(".cpp-toolbar").first.is_hidden()  # no Save or Clear that cannot work
    finally:
        ctx.close()
