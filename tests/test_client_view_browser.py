"""My relationships in Chromium: your own ratings and your client's view of the same
relationship on one chart (overrides/assets/playbook/client-view.js). One page load."""

from __future__ import annotations

import pytest

import a11y_checks as a11y
from macros.content.registry import Registry
from support import DOCS

pytestmark = pytest.mark.browser

REGISTRY = Registry.load(DOCS)
ACT, VIEW = REGISTRY.components["act-assessment"], REGISTRY.components["client-view"]
T = "2025-03-14T10:00:00.000Z"


def rated(comp, values):
    """Every statement of the named dimensions rated the same: values = {dimension: rating}."""
    return {st.id: values[d.id] for d in comp.dimensions if d.id in values for st in d.statements}


def test_your_ratings_and_your_clients_share_one_chart(page, site_url):
    store = {
        "cpp:v2:workspaces": {"v": 2, "active": "wa", "list": [
            {"id": "wa", "name": "Plant <b>manager</b>", "created": T, "updated": T},
            {"id": "wb", "name": "Empty one", "created": T, "updated": T},
        ]},
        "cpp:v1:wa:act-assessment": {"v": 1, "items": rated(ACT, {"access": 4, "credibility": 4, "trust": 5}), "updated": T},
        "cpp:v1:wa:client-view": {"v": 1, "items": rated(VIEW, {"access": 2, "credibility": 4, "trust": 4, "keep-informed": 3}), "updated": T},
    }
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(site_url + "tools/")
    # A profile saved in the shipped formats (nothing else): the store migrates it on load.
    page.evaluate("d => { localStorage.clear(); for (const [k, v] of Object.entries(d)) localStorage.setItem(k, JSON.stringify(v)); }", store)
    page.goto(site_url + "my-relationships/")
    block = page.locator("[data-cpp-rel=client-view]")
    block.locator("svg.cpp-view").wait_for()

    def average(dim, who):
        return block.locator(f"rect[data-dimension='{dim}'][data-who='{who}']").get_attribute("data-average")

    assert (average("access", "mine"), average("access", "theirs")) == ("4.00", "2.00")
    assert (average("trust", "mine"), average("trust", "theirs")) == ("5.00", "4.00")
    assert average("keep-informed", "mine") is None and average("keep-informed", "theirs") == "3.00"
    # a row with the client's answer only says, on the chart itself, that you have not rated it
    assert block.locator("text[data-none='keep-informed']").all_text_contents() == ["you: not rated"]
    assert block.locator("text[data-none='access']").count() == 0
    assert "largest gap is on Access: you 4.0, your client 2.0" in block.locator(".cpp-rel-view__note").inner_text()
    label = block.locator("svg.cpp-view").get_attribute("aria-label")
    assert "Access: you 4.0, your client 2.0" in label and "keep informed: you not rated, your client 3.0" in label.lower()
    picker = block.get_by_label("Relationship")
    assert picker.locator("option").all_inner_texts() == ["Plant <b>manager</b>", "Empty one"]  # text, never markup
    picker.select_option("wb")
    assert "No client ratings in this workspace yet" in block.inner_text()
    assert block.locator("a[href$='#assessment-client-view']").count() == 1
    picker.select_option("wa")
    assert a11y.axe(page, within="[data-cpp-rel=client-view]") == []
    assert [e for e in errors if "playbook" in e] == []
