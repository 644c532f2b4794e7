"""The client round trip in Chromium, with no server (overrides/assets/playbook/client-link.js,
core/payload.js): the consultant asks (a link and a QR code), the client answers on their
own page in another browser profile (another device), sends a link and a file back, and the
consultant takes them into the relationship they choose, never changing the active one.
Then every bad input: each gets a sentence and changes nothing. Nothing requests another
host."""

from __future__ import annotations

import json
from urllib.parse import urlparse

import a11y_checks as a11y
import pytest
from playwright.sync_api import expect
from support import DOCS, ROOT, put_store, qr_text, rated, watch_page

from macros.content.registry import Registry

pytestmark = pytest.mark.browser

REGISTRY = Registry.load(DOCS)
ACT, VIEW = REGISTRY.components["act-assessment"], REGISTRY.components["client-view"]
T = "2025-03-14T10:00:00.000Z"
STATEMENTS = [st.id for d in VIEW.dimensions for st in d.statements]


STORE = {
    "cpp:v2:workspaces": {
        "v": 2,
        "active": "wa",
        "list": [
            {"id": "wa", "name": "Plant safety: Ops director", "created": T, "updated": T},
            {"id": "wb", "name": "Finance: <b>CFO</b>", "created": T, "updated": T},
        ],
    },
    "cpp:v1:wa:act-assessment": {
        "v": 1,
        "items": rated(ACT, {"access": 4, "credibility": 4, "trust": 5}),
        "updated": T,
    },
    "cpp:v1:wb:act-assessment": {
        "v": 1,
        "items": rated(ACT, {"access": 5, "credibility": 3, "trust": 4}),
        "updated": T,
    },
}


def load_store(page, site_url, store):
    page.goto(site_url + "tools/")
    put_store(page, store)


def saved(page):
    return page.evaluate("() => JSON.parse(localStorage.getItem('cpp:v3'))")


def test_consultant_asks_client_answers_elsewhere_consultant_files_it_under_the_right_relationship(
    browser, page, site_url, tmp_path
):
    seen = watch_page(page, site_url)
    load_store(page, site_url, STORE)
    # 1. The consultant asks, from the client's view form.
    page.goto(site_url + "ending-well/")
    ask = page.locator("[data-cpp-ask=client-view]")
    ask.locator("summary").click()
    ask.get_by_label("Your name, as your client knows you").fill("Sam Lee")
    ask.get_by_label("A short note to your client (optional)").fill("Hi Ana, <b>ten minutes</b> before Friday?")
    ask.get_by_role("button", name="Make the link").click()
    ask.locator("svg.cpp-qr").wait_for()
    link = ask.get_by_label("Link for your client").input_value()
    assert link.startswith(site_url + "client/#ask=1.")
    assert qr_text(page, "[data-cpp-ask] svg.cpp-qr") == link, "the QR code holds the link itself"

    # 2. The client, on another device: a page of its own, no workspaces, the note as text.
    client_ctx = browser.new_context(viewport={"width": 390, "height": 844}, service_workers="block")
    client = client_ctx.new_page()
    client_seen = watch_page(client, site_url)
    client.goto(link)
    form = client.locator("[data-cpp-client=client-view]")
    form.locator("[data-client-progress]").wait_for()
    assert client.locator("[data-cpp-ws]").count() == 0, "no workspace switcher on the client's page"
    assert client.locator("[data-action], [data-component]").count() == 0, (
        "no tool of a workspace: no snapshot, share, export"
    )
    assert form.locator("[data-client-note-text]").inner_text() == "Hi Ana, <b>ten minutes</b> before Friday?"
    assert form.locator("[data-client-by]").inner_text() == "Sam Lee"
    form.get_by_label("Your name (optional)").fill("Ana Ruiz")
    ratings = {"cv-time-when-asked": 2, "cv-direct": 3, "cv-deliver": 5, "cv-sensitive": 4}
    for item, value in ratings.items():
        form.locator(f"#cpp-client__{item}__{value}").check()
    client.reload()  # the answers stay on this device meanwhile
    expect(form.locator("[data-client-progress]")).to_have_text(f"4 of {len(STATEMENTS)} answered.")
    assert form.locator("#cpp-client__cv-deliver__5").is_checked()
    store = client.evaluate("() => JSON.parse(localStorage.getItem('cpp:v3') || '{\"workspaces\": []}')")
    assert all(w["answers"] == {} for w in store["workspaces"]), "the client's answers never enter a workspace"
    assert a11y.axe(client) == []
    client.screenshot(path=str(tmp_path / "client-390.png"), full_page=True)
    # The printed copy: lines for the client's name, the date and who asked; no buttons.
    client.emulate_media(media="print")
    lines = form.locator(".cpp-client__lines")
    assert [" ".join(t.split()) for t in lines.locator(".cpp-print-only").all_inner_texts()] == [
        "Date:",
        "Asked by: Sam Lee",
    ]
    assert form.get_by_label("Your name").input_value() == "Ana Ruiz"
    assert form.locator(".cpp-client__send").is_hidden()
    client.emulate_media(media="screen")
    form.get_by_role("button", name="Send my answers back").click()
    back = form.get_by_label("Link with your answers").input_value()
    assert back.startswith(site_url + "my-relationships/#answers=1.")
    with client.expect_download() as dl:
        form.get_by_role("link", name="Save as a file").click()
    data = json.loads(open(dl.value.path(), encoding="utf-8").read())
    assert (
        data["answers"] == ratings
        and data["tool"] == "client-view"
        and data["name"] == "Ana Ruiz"
        and data["askedBy"] == "Sam Lee"
    )
    answers_file = tmp_path / dl.value.suggested_filename
    answers_file.write_text(json.dumps(data), encoding="utf-8")
    assert "Nothing has been sent yet" in form.locator("[data-client-status]").inner_text()
    assert client_seen == {"outside": [], "errors": []}
    client_ctx.close()

    # 3. The consultant opens the link: the active relationship is offered first, they pick the other.
    page.goto(back)
    box = page.locator("[data-client-import]")
    arrived = box.locator("[data-client-arrived]")
    arrived.wait_for()
    assert "4 ratings on “How Is Working With Us Going?” from Ana Ruiz" in arrived.inner_text()
    assert "asked by Sam Lee" in arrived.inner_text()
    into = arrived.get_by_label("Which relationship are these answers about?")
    assert into.locator("option").all_inner_texts() == [
        "Plant safety: Ops director (the one you are filling in)",
        "Finance: <b>CFO</b>",
    ]
    into.select_option("wb")
    arrived.get_by_role("button", name="Add to this relationship").click()
    status = box.locator("[data-client-status]").inner_text()
    assert (
        "Added your client's 4 ratings to “Finance: <b>CFO</b>”" in status
        and "still filling in “Plant safety: Ops director”" in status
    )
    state = saved(page)
    assert state["active"] == "wa", "the active workspace did not change"
    wb = next(w for w in state["workspaces"] if w["id"] == "wb")
    assert {k: v["value"] for k, v in wb["answers"]["client-view"].items()} == ratings
    assert "client-view" not in next(w for w in state["workspaces"] if w["id"] == "wa")["answers"]
    assert urlparse(page.url).fragment == "", "the link's answers leave the address bar"
    # The chart shows both views of that relationship.
    view = page.locator("[data-cpp-rel=client-view]")
    assert view.get_by_label("Relationship", exact=True).input_value() == "wb"
    assert view.locator("rect[data-dimension=access][data-who=theirs]").get_attribute("data-average") == "2.50"
    assert view.locator("rect[data-dimension=access][data-who=mine]").get_attribute("data-average") == "5.00"

    # 4. The same answers by file, into the same relationship: it warns, replaces, and can undo.
    box.locator("[data-client-file]").set_input_files(str(answers_file))
    into.select_option("wb")
    assert "already holds 4 client ratings" in arrived.inner_text()
    arrived.get_by_role("button", name="Replace the earlier answers").click()
    assert "Added your client's 4 ratings" in box.locator("[data-client-status]").inner_text()
    page.locator(".cpp-undo__button").wait_for()
    assert a11y.axe(page, within="[data-cpp-rel=client-view]") == []
    assert a11y.axe(page, within="[data-client-import]") == []
    assert seen == {"outside": [], "errors": []}


def test_bad_client_links_and_files_get_a_sentence_and_change_nothing(page, site_url, tmp_path):
    seen = watch_page(page, site_url)
    load_store(page, site_url, STORE)
    page.goto(site_url + "my-relationships/")
    box = page.locator("[data-client-import]")
    box.wait_for()
    page.wait_for_function("() => window.cppShareLink")  # the answers' scripts come after the load event
    assert page.locator("[data-cpp-ask=client-view]").is_visible(), "My relationships asks the client too"
    before = saved(page)
    payload = "window.cppCore.payload"
    good = page.evaluate(
        f"() => {payload}.fragment('answers', {payload}.answers('client-view', {{'cv-time-when-asked': 4, 'cv-deliver': 2}}, window.cppCore.readManifest(window.cppManifest)))"
    )
    mid = len(good) // 2
    edited = good[:mid] + ("A" if good[mid] != "A" else "B") + good[mid + 1 :]
    forged = page.evaluate(
        f"() => {payload}.fragment('answers', {{schema: 'cpp-client-answers', version: 1, tool: 'client-view', answers: {{'cv-time-when-asked': 9}}}})"
    )
    alert = box.locator("[data-client-alert]")
    arrived = box.locator("[data-client-arrived]")
    for fragment, message in (
        (edited, "damaged (cut short or changed)"),
        (good[:-20], "damaged"),
        (forged, "the rating of “cv-time-when-asked” is 9, outside 1 to 5"),
    ):
        # resolved once the page's own hashchange listener (added before this one) has run: the
        # first two messages are alike, so waiting for the text could pass on the one before
        page.evaluate(
            "h => new Promise(ok => { addEventListener('hashchange', ok, {once: true}); location.hash = h; })",
            fragment,
        )
        assert message in alert.inner_text()
        assert arrived.is_hidden()
    files = {
        "other-tool.json": (
            json.dumps({"schema": "cpp-client-answers", "version": 1, "tool": "act-assessment", "answers": {"a": 1}}),
            "answers to “Access, Credibility and Trust With One Client”, not to “How Is Working With Us Going?”",
        ),
        "backup.json": (
            json.dumps({"schema": "cpp-answers", "version": 3, "workspaces": []}),
            "backup or export of a workspace",
        ),
        "scores.json": (json.dumps({"schema": "cpp-scores", "version": 1}), "participant's scores"),
        "huge.json": (" " * (10 * 1024 * 1024), "10.5 MB, far larger than any answers file"),
        "cut.json": (
            '{"schema": "cpp-client-answers", "version": 1, "tool": "client-v',
            "damaged (cut short or edited)",
        ),
    }
    for name, (text, message) in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        box.locator("[data-client-file]").set_input_files(str(path))
        page.wait_for_function(
            "m => document.querySelector('[data-client-alert]').textContent.includes(m)", arg=message
        )
        assert arrived.is_hidden(), name
    assert alert.inner_text().endswith("was not opened.") or "nothing was imported" in alert.inner_text().lower()
    assert saved(page) == before, "nothing changed"
    # A damaged question link still opens the client's form, without a note.
    page.goto(site_url + "client/#ask=1.eyJ4IjoxfQ.00000000")
    client = page.locator("[data-cpp-client]")
    client.locator("[data-client-progress]").wait_for()
    assert "damaged" in client.locator("[data-client-alert]").inner_text()
    assert client.locator("[data-client-note]").is_hidden()
    client.get_by_role("button", name="Send my answers back").click()
    assert client.locator("[data-client-alert]").inner_text() == "Choose a rating for at least one sentence first."
    assert seen == {"outside": [], "errors": []}


def test_a_clients_answers_from_before_statements_were_retired_arrive_without_them(page, site_url):
    """links/answer-renames.json retired "cv-time" and others when the client's view was
    reworded: a link a client made before that still brings its other ratings, and says
    what it left out."""
    retired = json.loads((ROOT / "links" / "answer-renames.json").read_text(encoding="utf-8"))["items"]
    gone = [k.split("/")[1] for k, v in retired.items() if k.startswith("client-view/") and v is None][:2]
    assert len(gone) == 2 and STATEMENTS[0] not in gone
    seen = watch_page(page, site_url)
    load_store(page, site_url, STORE)
    page.goto(site_url + "my-relationships/")
    box = page.locator("[data-client-import]")
    page.wait_for_selector("[data-client-import][data-cpp-ready]")
    old = {"schema": "cpp-client-answers", "version": 1, "tool": "client-view", "day": "2026-11-20", "name": "Ana"}
    old["answers"] = {STATEMENTS[0]: 4, gone[0]: 2, gone[1]: 5}
    fragment = page.evaluate("d => window.cppCore.payload.fragment('answers', d)", old)
    page.evaluate("h => { location.hash = h; }", fragment)
    text = box.locator("[data-client-arrived-text]")
    expect(text).to_have_text(
        "1 rating on “How Is Working With Us Going?” from Ana, answered on Nov 20, 2026. "
        "2 ratings of statements this version of the playbook no longer asks were left out."
    )
    box.get_by_role("button", name="Add to this relationship").click()
    answers = next(w for w in saved(page)["workspaces"] if w["id"] == "wa")["answers"]["client-view"]
    assert {k: v["value"] for k, v in answers.items()} == {STATEMENTS[0]: 4}
    assert seen == {"outside": [], "errors": []}
