"""My relationships in Chromium: your own ratings and your client's view of the same
relationship on one chart (overrides/assets/playbook/client-view.js), and a part scored
with a "does not apply" answer on a tool's page. One page load each."""

from __future__ import annotations

import a11y_checks as a11y
import pytest
from support import DOCS, put_store, rated

from macros.content import scoring
from macros.content.registry import Registry

pytestmark = pytest.mark.browser

REGISTRY = Registry.load(DOCS)
ACT, VIEW = REGISTRY.components["act-assessment"], REGISTRY.components["client-view"]
T = "2025-03-14T10:00:00.000Z"


def test_your_ratings_and_your_clients_share_one_chart(page, site_url):
    store = {
        "cpp:v2:workspaces": {
            "v": 2,
            "active": "wa",
            "list": [
                {"id": "wa", "name": "Plant <b>manager</b>", "created": T, "updated": T},
                {"id": "wb", "name": "Empty one", "created": T, "updated": T},
            ],
        },
        "cpp:v1:wa:act-assessment": {
            "v": 1,
            "items": rated(ACT, {"access": 4, "credibility": 4, "trust": 5}),
            "updated": T,
        },
        "cpp:v1:wa:client-view": {
            "v": 1,
            "items": rated(VIEW, {"access": 2, "credibility": 4, "trust": 4, "keep-informed": 3})
            | {VIEW.dimensions[0].statements[1].id: "na"},
            "updated": T,
        },  # "does not apply": left out
    }
    # Both forms ask the same statements on the same scale, so the chart compares like with like.
    assert VIEW.scale == ACT.scale == REGISTRY.components["moments-of-truth-review"].scale
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(site_url + "tools/")
    # A profile saved in the shipped formats (nothing else): the store migrates it on load.
    put_store(page, store)
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
    labels = VIEW.scale.labels
    assert block.locator(".cpp-rel-view__scale").inner_text() == (
        f"You and your client rate the same statements on one scale: 1 {labels[0]} to 5 {labels[-1]}."
    )
    label = block.locator("svg.cpp-view").get_attribute("aria-label")
    assert (
        "Access: you 4.0, your client 2.0" in label and "keep informed: you not rated, your client 3.0" in label.lower()
    )
    picker = block.get_by_label("Relationship")
    assert picker.locator("option").all_inner_texts() == ["Plant <b>manager</b>", "Empty one"]  # text, never markup
    picker.select_option("wb")
    assert "No client ratings in this workspace yet" in block.inner_text()
    assert block.locator("a[href$='#assessment-client-view']").count() == 1
    picker.select_option("wa")
    assert a11y.axe(page, within="[data-cpp-rel=client-view]") == []
    assert [e for e in errors if "playbook" in e] == []


def test_a_part_is_scored_with_a_does_not_apply_answer(page, site_url):
    """On the ACT self-assessment: four statements rated, one "Does not apply": the part
    gets a score, scaled to all five, and its band; on Trust Builders a habit that did not
    arise this week leaves the count instead of counting as undone."""
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(site_url + "tools/")
    page.evaluate("localStorage.clear()")
    page.goto(site_url + "access-credibility-trust/")
    tool = page.locator("[data-component=act-assessment]")
    tool.locator(".cpp-toolbar:not([hidden])").wait_for()
    access = ACT.dimensions[0]
    answers = {st.id: (2 if st.reverse else 4) for st in access.statements} | {access.statements[1].id: "na"}
    for item, value in answers.items():
        tool.locator(f"input[data-item='{item}'][value='{value}']").check()
    dim = tool.locator(f".cpp-dimension[data-dimension='{access.id}']")
    want = scoring.score(access, answers, ACT.scale)
    assert want == 20 and scoring.band_for(access, want).label == "Developing"
    text = dim.locator(".cpp-score__text").inner_text()
    assert text.startswith(f"Score: {want} (range 5–25)") and "1 does not apply" in text, text
    assert dim.locator(".cpp-score__band strong").inner_text().strip() == "Developing."
    assert dim.locator(".cpp-band--current").get_attribute("data-band-min") == "14"
    assert dim.locator("legend:has-text('(reverse-scored)')").count() == 1
    # Saved: after a reload the answer is still "does not apply" and the part still scored.
    page.reload()
    tool.locator(".cpp-toolbar:not([hidden])").wait_for()
    assert tool.locator(f"input[data-item='{access.statements[1].id}'][value='na']").is_checked()
    assert dim.locator(".cpp-score__text").inner_text().startswith(f"Score: {want}")

    habits = page.locator("[data-component=trust-builders]")
    first, second = REGISTRY.components["trust-builders"].items[:2]
    habits.locator(f"#cpp-trust-builders__{first.id}").check()
    habits.get_by_label("Did not arise this week").nth(1).check()
    total = len(REGISTRY.components["trust-builders"].items)
    assert habits.locator(".cpp-toolbar__progress").inner_text() == f"1 of {total - 1} done (1 did not arise this week)"
    habits.locator(f"#cpp-trust-builders__{second.id}").check()  # done after all: "did not arise" is unticked
    assert not habits.locator(f"#cpp-trust-builders__{second.id}__na").is_checked()
    assert habits.locator(".cpp-toolbar__progress").inner_text() == f"2 of {total} done"
    assert [e for e in errors if "playbook" in e] == []
