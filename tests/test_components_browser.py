"""The components in Chromium, as a reader uses them: ticks, answers and ratings that
stay, clear, export and import, refused imports, live scores, the keyboard, axe."""

from __future__ import annotations

import json
import re

import a11y_checks as a11y
import pytest
from components_demo import demo_site
from playwright.sync_api import expect
from support import without_search

pytestmark = pytest.mark.browser

KEY = "cpp:v3"  # the store (overrides/assets/playbook/core/store.js)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """Base URL of the project plus the demo page (tests/components_demo.py), served locally."""
    return demo_site(tmp_path_factory.mktemp("engine"))[1]


@pytest.fixture
def demo(page, base):
    return open_demo(page, base)


def open_demo(page, base, path="engine-demo/"):
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(base + path)
    page.wait_for_selector("#checklist-demo-checklist .cpp-toolbar:not([hidden])")
    page.errors = errors
    return page


def answer_dialog(page, button):
    """Press one of the open dialog's buttons and wait until it is gone: the page acts on
    the answer in the dialog's close event, a task after the click."""
    dialog = page.locator("dialog.cpp-dialog")
    dialog.get_by_role("button", name=button).click()
    dialog.wait_for(state="detached")


def stored(page, cid, workspace=None):
    """The answers saved for a tool in the active (or given) workspace: {"items": {item:
    value}, "at": {item: time}}, leaving out cleared ones; None when there are none."""
    raw = page.evaluate("k => localStorage.getItem(k)", KEY)
    if raw is None:
        return None
    data = json.loads(raw)
    ws = next(w for w in data["workspaces"] if w["id"] == (workspace or data["active"]))
    answers = {k: a for k, a in ws["answers"].get(cid, {}).items() if a["value"] is not None}
    if not answers:
        return None
    return {"items": {k: a["value"] for k, a in answers.items()}, "at": {k: a["at"] for k, a in answers.items()}}


def export_items(workspace, cid):
    """A tool's answers in an export file (version 3), as plain values."""
    return {k: a["value"] for k, a in workspace["answers"].get(cid, {}).items() if a["value"] is not None}


def checklist(page, cid="demo-checklist"):
    return page.locator(f"#checklist-{cid}")


def progress(page, anchor):
    return page.locator(f"#{anchor} .cpp-toolbar__progress")


def rate(page, statement, value):
    page.locator(f'label[for="cpp-demo-assessment__{statement}__{value}"]').click()


# --- persistence -------------------------------------------------------------------------


def test_ticks_persist_across_reload_with_live_progress(demo):
    box = checklist(demo)
    assert progress(demo, "checklist-demo-checklist").inner_text() == "0 of 4 done"
    box.get_by_label("Called the owner of the result").check()
    box.get_by_label("Kept one small promise on time").check()
    assert progress(demo, "checklist-demo-checklist").inner_text() == "2 of 4 done"
    record = stored(demo, "demo-checklist")
    assert record["items"] == {"called-owner": True, "kept-promise": True}
    assert all(t.endswith("Z") for t in record["at"].values())
    demo.reload()
    demo.wait_for_selector("#checklist-demo-checklist .cpp-toolbar:not([hidden])")
    assert box.get_by_label("Called the owner of the result").is_checked()
    assert box.get_by_label("Kept one small promise on time").is_checked()
    assert not box.get_by_label("Asked how the work is landing").is_checked()
    assert progress(demo, "checklist-demo-checklist").inner_text() == "2 of 4 done"
    box.get_by_label("Called the owner of the result").uncheck()
    assert stored(demo, "demo-checklist")["items"] == {"kept-promise": True}
    assert demo.errors == []


def test_answers_persist_across_instant_navigation(demo, base):
    checklist(demo).get_by_label("Asked how the work is landing").check()
    demo.evaluate("window.__samePage = true")
    # away through the nav (Material's instant navigation swaps the content, no reload)...
    demo.locator(".md-nav__link[href$='tools/']").first.click()
    demo.wait_for_url("**/tools/")
    demo.wait_for_selector(".cpp-answers:not([hidden])")
    # ...and back through the index's link to the checklist
    demo.locator("article a[href$='#checklist-demo-checklist']").click()
    # Not the exact hash: navigation.tracking rewrites it to the section in view as the
    # page settles (as in test_print_browser). What the reader sees is the tool, in view.
    demo.wait_for_url(re.compile(r"/engine-demo/(#.*)?$"))
    demo.wait_for_selector("#checklist-demo-checklist .cpp-toolbar:not([hidden])")
    demo.wait_for_function(
        "() => { const r = document.getElementById('checklist-demo-checklist').getBoundingClientRect();"
        " return r.top < innerHeight && r.bottom > 0; }"
    )
    assert demo.evaluate("window.__samePage") is True, "expected instant navigation, got a full load"
    assert checklist(demo).get_by_label("Asked how the work is landing").is_checked()
    assert progress(demo, "checklist-demo-checklist").inner_text() == "1 of 4 done"
    # a second visit in a new tab of the same profile sees it too
    other = demo.context.new_page()
    open_demo(other, base)
    assert checklist(other).get_by_label("Asked how the work is landing").is_checked()
    assert demo.errors == []


def fill_worksheet(page):
    ws = page.locator("#worksheet-demo-worksheet")
    ws.get_by_label("Initiative").fill("Ward rota redesign")
    ws.get_by_label("What happened").fill("The sponsor moved.\nA new one starts Monday.")
    ws.get_by_role("group", name="Has the sponsor agreed?").get_by_label("No").check()
    ws.get_by_label("Every two weeks").check()
    ws.get_by_label("Budget share").fill("40")
    ws.get_by_label("Review date").fill("2025-03-14")
    ws.get_by_label("Name, row 1").fill("Dana Ortiz")
    ws.get_by_label("Role, row 1").select_option("Owner")
    ws.get_by_label("Met?, row 1").select_option("yes")
    ws.get_by_role("button", name="Add row").click()
    ws.get_by_label("Name, row 3").fill("Sam Lee")
    return ws


def test_worksheet_answers_and_table_rows_persist(demo):
    ws = fill_worksheet(demo)
    assert progress(demo, "worksheet-demo-worksheet").inner_text() == "7 of 7 answered"
    items = stored(demo, "demo-worksheet")["items"]
    assert items == {
        "initiative": "Ward rota redesign",
        "story": "The sponsor moved.\nA new one starts Monday.",
        "sponsor-agrees": "no",
        "cadence": "Every two weeks",
        "budget": "40",
        "review-date": "2025-03-14",
        "people": [{"name": "Dana Ortiz", "role": "Owner", "met": "yes"}, {}, {"name": "Sam Lee"}],
    }
    demo.reload()
    demo.wait_for_selector("#worksheet-demo-worksheet .cpp-toolbar:not([hidden])")
    assert ws.get_by_label("Initiative").input_value() == "Ward rota redesign"
    assert ws.get_by_label("What happened").input_value() == "The sponsor moved.\nA new one starts Monday."
    assert ws.get_by_role("group", name="Has the sponsor agreed?").get_by_label("No").is_checked()
    assert ws.get_by_label("Every two weeks").is_checked()
    assert ws.get_by_label("Budget share").input_value() == "40"
    assert ws.get_by_label("Review date").input_value() == "2025-03-14"
    assert ws.locator("table.cpp-table tbody tr").count() == 3
    assert ws.get_by_label("Name, row 3").input_value() == "Sam Lee"
    assert ws.get_by_label("Role, row 1").input_value() == "Owner"
    assert demo.errors == []


def test_a_text_area_grows_with_its_answer_and_keeps_its_size_after_a_reload(demo):
    ws = demo.locator("#worksheet-demo-worksheet")
    area = ws.get_by_label("What happened")

    def sizes():
        return area.evaluate("el => [el.clientHeight, el.scrollHeight]")

    empty_height, _ = sizes()
    area.fill("\n".join(f"Step {i} of the handover." for i in range(12)))
    height, content = sizes()
    assert height > empty_height * 2 and content <= height, "the answer is cut off behind a scrollbar"
    demo.reload()
    demo.wait_for_selector("#worksheet-demo-worksheet .cpp-toolbar:not([hidden])")
    height, content = sizes()
    assert height > empty_height * 2 and content <= height, "a saved long answer opens cut off"
    area.fill("Short.")
    assert sizes()[0] == empty_height, "it shrinks back, never below its rows"
    assert demo.errors == []


def test_add_row_moves_focus_to_the_new_row(demo):
    ws = demo.locator("#worksheet-demo-worksheet")
    ws.get_by_role("button", name="Add row").click()
    assert demo.evaluate("document.activeElement.id") == "cpp-demo-worksheet__people__r3__name"
    demo.keyboard.type("Typed in row three")
    assert stored(demo, "demo-worksheet")["items"]["people"] == [{}, {}, {"name": "Typed in row three"}]


def test_answers_to_items_that_still_exist_survive_a_data_change(page, base):
    """Storage from an older version of the data (and of the store: a cpp:v1 key, migrated
    on load): one item was removed, one renamed."""
    old = {"v": 1, "items": {"called-owner": True, "old-item": True}, "updated": "2024-01-01T00:00:00.000Z"}
    page.goto(base + "engine-demo/")
    page.evaluate(
        "([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }",
        ["cpp:v1:default:demo-checklist", json.dumps(old)],
    )
    open_demo(page, base)
    box = checklist(page)
    assert box.get_by_label("Called the owner of the result").is_checked()
    assert progress(page, "checklist-demo-checklist").inner_text() == "1 of 4 done"
    box.get_by_label("Sent a one-page summary <b>after</b> the meeting").check()
    items = stored(page, "demo-checklist")["items"]
    assert items == {"called-owner": True, "old-item": True, "sent-summary": True}
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('cpp:'))") == [
        KEY
    ]  # the old key went once the new one was verified


# --- clear --------------------------------------------------------------------------------


def test_clear_asks_first_then_clears_only_that_component_and_can_be_undone(demo):
    checklist(demo).get_by_label("Called the owner of the result").check()
    demo.locator("#worksheet-demo-worksheet").get_by_label("Initiative").fill("Keep me")
    clear = checklist(demo).get_by_role("button", name="Clear")

    clear.click()
    dialog = demo.locator("dialog.cpp-dialog")
    assert "Demo checklist" in dialog.inner_text() and "today's score" not in dialog.inner_text()
    demo.keyboard.press("Escape")
    assert checklist(demo).get_by_label("Called the owner of the result").is_checked()
    assert stored(demo, "demo-checklist") is not None

    clear.click()
    answer_dialog(demo, "Clear")
    assert not checklist(demo).get_by_label("Called the owner of the result").is_checked()
    assert stored(demo, "demo-checklist") is None
    assert progress(demo, "checklist-demo-checklist").inner_text() == "0 of 4 done"
    assert checklist(demo).locator("[role=status]").inner_text() == "Cleared."
    assert stored(demo, "demo-worksheet")["items"] == {"initiative": "Keep me"}
    # undo: announced, and focused so that the keyboard reaches it at once
    undo = demo.locator(".cpp-undo")
    said = undo.locator("[role=status]").inner_text()
    assert said.startswith("Cleared “Demo checklist") and said.endswith("”. Undo is offered for 15 seconds.")
    assert demo.evaluate("document.activeElement.textContent") == "Undo"
    demo.keyboard.press("Enter")
    assert checklist(demo).get_by_label("Called the owner of the result").is_checked()
    assert stored(demo, "demo-checklist")["items"] == {"called-owner": True}
    assert undo.is_hidden()
    assert demo.evaluate("document.activeElement.getAttribute('data-action')") == "clear"
    clear.click()
    answer_dialog(demo, "Clear")
    demo.reload()
    demo.wait_for_selector("#checklist-demo-checklist .cpp-toolbar:not([hidden])")
    assert not checklist(demo).get_by_label("Called the owner of the result").is_checked()


def test_clear_removes_added_table_rows(demo):
    ws = fill_worksheet(demo)
    ws.get_by_role("button", name="Clear").click()
    answer_dialog(demo, "Clear")
    assert ws.locator("table.cpp-table tbody tr").count() == 2
    assert ws.get_by_label("Initiative").input_value() == ""
    assert stored(demo, "demo-worksheet") is None


def test_table_rows_move_and_delete_with_undo_and_clear_can_take_todays_score(demo):
    demo.evaluate("window.__saved = []; document.addEventListener('cpp:saved', e => __saved.push(e.detail.kind))")
    ws = demo.locator("#worksheet-demo-worksheet")
    for n, name in ((1, "Ana"), (2, "Ben")):
        ws.get_by_label(f"Name, row {n}").fill(name)
    ws.get_by_role("button", name="Add row").click()
    ws.get_by_label("Name, row 3").fill("Cy")
    ws.get_by_role("button", name="Move row 3 up").click()
    assert stored(demo, "demo-worksheet")["items"]["people"] == [{"name": "Ana"}, {"name": "Cy"}, {"name": "Ben"}]
    assert demo.evaluate("document.activeElement.getAttribute('aria-label')") == "Move row 2 up"
    ws.get_by_role("button", name="Delete row 1").click()
    assert stored(demo, "demo-worksheet")["items"]["people"] == [{"name": "Cy"}, {"name": "Ben"}]
    assert ws.get_by_label("Name, row 1").input_value() == "Cy"
    assert demo.locator(".cpp-undo [role=status]").inner_text().startswith("Deleted row 1.")
    demo.keyboard.press("Enter")  # the Undo button has focus
    assert stored(demo, "demo-worksheet")["items"]["people"] == [{"name": "Ana"}, {"name": "Cy"}, {"name": "Ben"}]
    # Clear on an assessment with a score today: the reader chooses whether that score goes too
    rate(demo, "keeps-word", 4)
    today = "JSON.parse(localStorage.getItem('cpp:v3')).workspaces[0].history.length"
    assert demo.evaluate(today) == 1
    demo.locator("#assessment-demo-assessment").get_by_role("button", name="Clear").click()
    dialog = demo.locator("dialog.cpp-dialog")
    assert "Today's score is in this workspace's history too" in dialog.inner_text()
    answer_dialog(demo, "Clear answers and today's score")
    assert stored(demo, "demo-assessment") is None and demo.evaluate(today) == 0
    demo.keyboard.press("Enter")
    assert stored(demo, "demo-assessment")["items"] == {"keeps-word": 4} and demo.evaluate(today) == 1
    # what a backup script gets: an event after every saved change, everything as one file
    assert {"answer", "snap", "clear", "undo"} <= set(demo.evaluate("__saved"))
    backup = demo.evaluate("cppAnswers.backupFile()")
    assert backup["name"].startswith("playbook-answers-") and json.loads(backup["text"])["version"] == 3
    assert demo.evaluate("cppAnswers.changedSince(cppAnswers.lastChange())") is False
    assert demo.evaluate("cppAnswers.changedSince('2000-01-01T00:00:00Z')") is True
    assert demo.errors == []


# --- export and import -----------------------------------------------------------------


def export(page, tmp_path, scope="#checklist-demo-checklist"):
    with page.expect_download() as info:
        page.locator(f"{scope} [data-action=export]").click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return path


def import_file(page, path, scope="#checklist-demo-checklist"):
    with page.expect_file_chooser() as chooser:
        page.locator(f"{scope} [data-action=import]").click()
    chooser.value.set_files(str(path))


def test_export_then_import_into_a_fresh_profile(demo, browser, base, tmp_path):
    checklist(demo).get_by_label("Called the owner of the result").check()
    fill_worksheet(demo)
    rate(demo, "keeps-word", 4)
    path = export(demo, tmp_path)
    assert path.name.startswith("playbook-answers-") and path.suffix == ".json"
    data = json.loads(path.read_text())
    # version 3: the export holds the workspace (here the only one, "My answers"), each
    # answer with its own time
    assert data["schema"] == "cpp-answers" and data["version"] == 3
    assert data["exported"].endswith("Z")
    [workspace] = data["workspaces"]
    assert workspace["name"] == "My answers"
    components = workspace["answers"]
    assert set(components) == {"demo-checklist", "demo-worksheet", "demo-assessment"}
    assert export_items(workspace, "demo-assessment") == {"keeps-word": 4}
    assert workspace["answers"]["demo-assessment"]["keeps-word"]["at"].endswith("Z")
    assert checklist(demo).locator("[role=status]").inner_text() == "Exported answers for 3 tools."

    fresh = without_search(browser.new_context())
    try:
        page = open_demo(fresh.new_page(), base)
        assert not checklist(page).get_by_label("Called the owner of the result").is_checked()
        import_file(page, path, "#assessment-demo-assessment")
        status = page.locator("#assessment-demo-assessment [role=status]")
        page.wait_for_function("el => el.textContent.startsWith('Imported')", arg=status.element_handle())
        assert status.inner_text() == "Imported answers for 3 tools."
        # shown at once, without a reload, in every component on the page
        assert checklist(page).get_by_label("Called the owner of the result").is_checked()
        ws = page.locator("#worksheet-demo-worksheet")
        assert ws.get_by_label("Name, row 3").input_value() == "Sam Lee"
        assert page.locator("#cpp-demo-assessment__keeps-word__4").is_checked()
        assert "Score: 4" in page.locator('[data-dimension="trust"] .cpp-score').inner_text()
        for cid in ("demo-checklist", "demo-worksheet", "demo-assessment"):
            assert stored(page, cid)["items"] == export_items(workspace, cid)
    finally:
        fresh.close()


@pytest.mark.parametrize(
    "content,message",
    [
        ("this is not json", "This file is not an export of playbook answers, so nothing was imported."),
        ('{"hello": "world"}', "This file is not an export of playbook answers, so nothing was imported."),
        (
            '{"schema": "cpp-answers", "version": 9, "components": {}}',
            "This export comes from a newer version of the playbook, so nothing was imported.",
        ),
        (
            '{"schema": "cpp-answers", "version": 3, "workspaces": [{"name": "Cut", "answers": {"demo-checklist": {"sent-summ',
            "This export is damaged (it is cut short or has been edited), so nothing was imported.",
        ),
        (
            '{"schema": "cpp-answers", "version": 2, "workspaces": [{"name": "Evil", "components": '
            '{"__proto__": {"items": {"x": "1"}}, "constructor": {"items": {"y": "2"}}}}]}',
            "Nothing in this file could be imported: In “Evil”, the tool “__proto__” had answers left out: “__proto__” is not a tool id. "
            "In “Evil”, the tool “constructor” had answers left out: “constructor” is not a tool id.",
        ),
    ],
    ids=["not-json", "other-json", "newer-version", "truncated", "prototype-ids"],
)
def test_a_bad_import_is_refused_and_changes_nothing(demo, tmp_path, content, message):
    checklist(demo).get_by_label("Called the owner of the result").check()
    # a first save asks the browser to keep the site's storage; its answer is stored when it comes
    demo.wait_for_function("() => 'persisted' in JSON.parse(localStorage.getItem('cpp-backup') || '{}')")
    before = demo.evaluate("JSON.stringify(Object.entries(localStorage).sort())")
    path = tmp_path / "answers.json"
    path.write_text(content)
    import_file(demo, path)
    alert = checklist(demo).locator("[role=alert]")
    alert.wait_for(state="visible")
    demo.wait_for_function("el => el.textContent.length > 0", arg=alert.element_handle())
    assert alert.inner_text() == message
    assert demo.evaluate("JSON.stringify(Object.entries(localStorage).sort())") == before
    assert checklist(demo).get_by_label("Called the owner of the result").is_checked()
    assert not checklist(demo).get_by_label("Sent a one-page summary <b>after</b> the meeting").is_checked()


def test_import_keeps_and_reports_unknown_components_and_items(demo, tmp_path):
    data = {
        "schema": "cpp-answers",
        "version": 1,
        "exported": "2025-01-01T00:00:00.000Z",
        "components": {
            "demo-checklist": {"items": {"called-owner": True, "retired-item": True}},
            "retired-tool": {"items": {"a": "kept"}},
        },
    }
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data))
    import_file(demo, path)
    status = checklist(demo).locator("[role=status]")
    demo.wait_for_function("el => el.textContent.startsWith('Imported')", arg=status.element_handle())
    text = status.inner_text()
    assert text.startswith("Imported answers for 2 tools.")
    assert "this site has no such tool: retired-tool" in text
    assert "no longer asked: demo-checklist/retired-item" in text
    assert stored(demo, "retired-tool")["items"] == {"a": "kept"}
    assert stored(demo, "demo-checklist")["items"] == {"called-owner": True, "retired-item": True}
    # and they go out again with the next export
    out = json.loads(export(demo, tmp_path).read_text())
    assert export_items(out["workspaces"][0], "retired-tool") == {"a": "kept"}


def test_the_index_page_has_export_import_and_shows_progress(page, base, tmp_path):
    open_demo(page, base)
    checklist(page).get_by_label("Called the owner of the result").check()
    page.goto(base + "tools/")
    panel = page.locator(".cpp-answers")
    panel.wait_for(state="visible")
    progress_note = page.locator('[data-progress-for="demo-checklist"]')
    assert progress_note.inner_text() == "· 1 of 4 answered"
    assert page.locator('[data-progress-for="demo-worksheet"]').is_hidden()
    data = json.loads(export(page, tmp_path, ".cpp-answers").read_text())
    assert export_items(data["workspaces"][0], "demo-checklist") == {"called-owner": True}


# --- scores -------------------------------------------------------------------------------


def test_live_score_bar_and_band(demo):
    access = demo.locator('[data-dimension="access"]')
    score = access.locator(".cpp-score")
    assert score.is_visible()
    assert score.get_attribute("aria-live") == "polite"
    expect(score.locator(".cpp-score__text")).to_have_text("0 of 2 rated. Rate them all to see your score.")
    rate(demo, "reach-owner", 2)
    assert score.locator(".cpp-score__text").inner_text() == "1 of 2 rated. Rate them all to see your score."
    assert score.locator(".cpp-score__band").inner_text() == ""
    rate(demo, "invited", 1)
    assert score.locator(".cpp-score__text").inner_text() == "Score: 3 (range 2–10)"
    band = score.locator(".cpp-score__band").inner_text()
    assert band.startswith("Weak. You are kept at arm's length.")
    assert "Next step: Ask a contact to introduce you." in band
    assert float(score.locator(".cpp-score__fill").get_attribute("width")) == pytest.approx(12.5)
    assert access.locator("tr.cpp-band--current th").text_content() == "Weak"
    rate(demo, "invited", 5)  # 7: the top of "Growing"
    assert score.locator(".cpp-score__text").inner_text() == "Score: 7 (range 2–10)"
    assert score.locator(".cpp-score__band").inner_text().startswith("Growing. You get in, but late.")
    assert float(score.locator(".cpp-score__fill").get_attribute("width")) == pytest.approx(62.5)
    rate(demo, "reach-owner", 5)
    assert score.locator(".cpp-score__band").inner_text().startswith("Strong.")
    assert progress(demo, "assessment-demo-assessment").inner_text() == "2 of 3 rated"
    # the other dimension is scored on its own
    trust = demo.locator('[data-dimension="trust"] .cpp-score')
    assert trust.locator(".cpp-score__text").inner_text().startswith("0 of 1 rated")
    assert stored(demo, "demo-assessment")["items"] == {"reach-owner": 5, "invited": 5}
    demo.reload()
    demo.wait_for_selector("#assessment-demo-assessment .cpp-toolbar:not([hidden])")
    assert score.locator(".cpp-score__text").inner_text() == "Score: 10 (range 2–10)"
    # the table of every band is folded on screen, one click away
    bands = access.locator("details.cpp-bands")
    assert bands.get_attribute("open") is None
    bands.locator("summary").click()
    assert access.locator("table.cpp-bands__table").is_visible()


# --- keyboard and accessibility ------------------------------------------------------------


def test_keyboard_tab_and_space_tick_items_and_arrows_rate(demo):
    # the line naming the workspace sits between the title and the items
    demo.locator("#checklist-demo-checklist [data-action=workspaces]").focus()
    demo.keyboard.press("Tab")
    assert demo.evaluate("document.activeElement.id") == "cpp-demo-checklist__called-owner"
    demo.keyboard.press("Space")
    demo.keyboard.press("Tab")
    assert demo.evaluate("document.activeElement.id") == "cpp-demo-checklist__sent-summary"
    demo.keyboard.press("Space")
    assert progress(demo, "checklist-demo-checklist").inner_text() == "2 of 4 done"
    assert stored(demo, "demo-checklist")["items"] == {"called-owner": True, "sent-summary": True}
    # the toolbar buttons come next in tab order
    for _ in range(3):
        demo.keyboard.press("Tab")
    assert demo.evaluate("document.activeElement.getAttribute('data-action')") == "clear"
    # radios: arrow keys move the rating inside one statement's group
    demo.locator("#cpp-demo-assessment__keeps-word__1").focus()
    demo.keyboard.press("Space")
    demo.keyboard.press("ArrowRight")
    demo.keyboard.press("ArrowRight")
    assert stored(demo, "demo-assessment")["items"] == {"keeps-word": 3}
    assert demo.locator('[data-dimension="trust"] .cpp-score__text').inner_text() == "Score: 3 (range 1–5)"


def test_no_axe_violations_with_everything_filled_in(demo, tmp_path):
    checklist(demo).get_by_label("Called the owner of the result").check()
    fill_worksheet(demo)
    for statement, value in (("reach-owner", 4), ("invited", 3), ("keeps-word", 5)):
        rate(demo, statement, value)
    demo.locator('[data-dimension="access"] details.cpp-bands summary').click()
    path = tmp_path / "bad.json"
    path.write_text("nope")
    import_file(demo, path)
    demo.locator("#checklist-demo-checklist [role=alert]").wait_for(state="visible")
    demo.locator("#worksheet-demo-worksheet details.cpp-example summary").first.click()
    assert a11y.axe(demo, tags=a11y.WITH_BEST_PRACTICE) == []
    a11y.set_scheme(demo, "dark")  # and wait for Material's colour transitions to end
    assert a11y.axe(demo, within=".cpp-component", tags=a11y.WITH_BEST_PRACTICE) == []


# --- without storage, without JS, on paper ----------------------------------------------------


def test_blocked_storage_shows_a_notice_and_the_page_still_works(browser, base):
    ctx = without_search(browser.new_context())
    ctx.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError'); }});"
    )
    try:
        page = ctx.new_page()
        errors = []  # Material's own head script also throws here; only ours count
        page.on("pageerror", lambda exc: errors.append(exc.stack) if "assets/playbook/" in (exc.stack or "") else None)
        page.goto(base + "engine-demo/")
        page.wait_for_selector("#checklist-demo-checklist .cpp-toolbar:not([hidden])")
        status = checklist(page).locator("[role=status]")
        assert "blocking storage" in status.inner_text()
        checklist(page).get_by_label("Called the owner of the result").check()
        assert progress(page, "checklist-demo-checklist").inner_text() == "1 of 4 done"
        rate(page, "keeps-word", 2)
        assert "Score: 2" in page.locator('[data-dimension="trust"] .cpp-score').inner_text()
        assert errors == []
    finally:
        ctx.close()


def test_without_javascript_components_read_as_forms(browser, base):
    ctx = browser.new_context(java_script_enabled=False)
    try:
        page = ctx.new_page()
        page.goto(base + "engine-demo/")
        assert page.locator("#checklist-demo-checklist input[type=checkbox]").count() == 4
        assert page.locator(".cpp-toolbar").first.is_hidden()
        assert page.locator(".cpp-score").first.is_hidden()
        assert page.get_by_role("button", name="Add row").is_hidden()
        # the score bands read as an open table of what each score means
        table = page.locator('[data-dimension="access"] table.cpp-bands__table')
        assert table.is_visible()
        expect(table).to_contain_text("You are kept at arm's length.")
        page.get_by_label("Initiative").fill("typed without JS")
        assert page.get_by_label("Initiative").input_value() == "typed without JS"
    finally:
        ctx.close()


def test_print_shows_write_in_lines_and_hides_screen_controls(demo):
    demo.locator("#worksheet-demo-worksheet").get_by_label("Initiative").fill("x")
    demo.emulate_media(media="print")
    story = demo.locator('[data-field="story"]')
    assert story.locator("textarea").is_hidden()  # empty: blank lines instead
    assert story.locator(".cpp-writein").is_visible()
    assert story.locator(".cpp-writein__line").count() == 4
    assert demo.locator(".cpp-toolbar").first.is_hidden()
    assert demo.locator("details.cpp-example").first.is_hidden()
    assert demo.locator('[data-dimension="access"] .cpp-score').is_hidden()
    story.locator("textarea").evaluate(
        "el => { el.value = 'An answer'; el.dispatchEvent(new Event('input', {bubbles: true})); }"
    )
    assert story.locator("textarea").is_visible() and story.locator(".cpp-writein").is_hidden()
    # score tables open for paper
    demo.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert demo.locator('[data-dimension="access"] table.cpp-bands__table').is_visible()
    demo.evaluate("window.dispatchEvent(new Event('afterprint'))")
    demo.emulate_media(media="screen")
    assert demo.locator('[data-dimension="access"] table.cpp-bands__table').is_hidden()
