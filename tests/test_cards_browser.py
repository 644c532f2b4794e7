"""The chapter card, the tool metadata line and the two custom admonitions in
Chromium: laid out on a phone without sideways scrolling, and styled as Material
styles its own admonitions (a colored border and a masked icon)."""

from __future__ import annotations

import pytest
from components_demo import demo_site

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return demo_site(tmp_path_factory.mktemp("cards"))[1]


def test_card_meta_and_admonitions_on_a_phone(browser, base):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto(base + "engine-demo/")
        styles = page.evaluate(
            """() => ['say', 'questions'].map(kind => {
                const box = document.querySelector('.admonition.' + kind);
                const icon = getComputedStyle(box.querySelector('.admonition-title'), '::before');
                return {border: getComputedStyle(box).borderLeftColor,
                        mask: icon.maskImage || icon.webkitMaskImage, fill: icon.backgroundColor};
            })"""
        )
        note = page.evaluate("() => getComputedStyle(document.querySelector('.admonition.tip')).borderLeftColor")
        for s in styles:
            assert s["mask"].startswith('url("data:image/svg+xml'), s
            assert s["border"] == s["fill"] and s["border"] != note, s
        assert styles[0]["border"] != styles[1]["border"]
        meta = page.locator("#checklist-demo-checklist .cpp-meta")
        assert (
            meta.is_visible()
            and "You end with" in meta.inner_text()
            and "A demo outcome <i>escaped</i>" in meta.inner_text()
        )

        page.goto(base + "find-a-tool/")
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        assert page.locator("article h2#new-request + ul li").count() >= 2

        page.goto(base + "access-credibility-trust/")
        card = page.locator("article .cpp-card")
        assert card.is_visible()
        box = card.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        card.locator("a.cpp-card__tool").click()
        assert page.evaluate("() => location.hash") == "#worksheet-stakeholder-map"
    finally:
        page.close()
