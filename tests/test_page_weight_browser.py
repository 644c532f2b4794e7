"""What a page loads of ours, in Chromium (issue 30): a page without tools runs the small
script only, until the reader uses the workspace switcher or the browser keeps answers; a
tool page knows its own tools, and an import there reads every tool of the site; pages
reached by instant navigation learn their tools. See tests/test_page_weight.py for the
built files' sizes."""

from __future__ import annotations

import json

import pytest
from components_demo import ROOT, demo_site
from playwright.sync_api import expect

from macros.content.registry import Registry

pytestmark = pytest.mark.browser

REGISTRY = Registry.load(ROOT / "docs")
ACT = REGISTRY.components["act-assessment"]
OURS = "assets/playbook/"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return demo_site(tmp_path_factory.mktemp("weight"))[1]


def open_page(page, url):
    page.requests_seen = []
    page.errors = []
    page.on(
        "request",
        lambda r: page.requests_seen.append(r.url.split("?")[0].rsplit("/", 1)[-1]) if OURS in r.url else None,
    )
    page.on("pageerror", lambda exc: page.errors.append(exc.stack or str(exc)))
    page.goto(url)
    return page


def known_tools(page):
    return page.evaluate("Object.keys(window.cppWorkspaces.store.man.tools).sort()")


def test_a_page_without_tools_loads_the_answers_at_the_first_use_of_the_switcher(page, base):
    open_page(page, base + "glossary/")
    toggle = page.locator(".cpp-ws__toggle")
    toggle.wait_for()
    assert page.locator(".cpp-ws__name").inner_text() == "My answers"
    page.wait_for_timeout(1500)  # an idle page: nothing more arrives
    assert "answers.min.js" not in page.requests_seen and "components.js" not in page.requests_seen
    assert page.evaluate("typeof window.cppWorkspaces") == "undefined"
    assert page.evaluate("localStorage.getItem('cpp:v3')") is None  # nothing written either
    toggle.click()
    panel = page.locator(".cpp-ws__panel")
    panel.wait_for()
    assert page.locator(".cpp-ws__list input:checked + span").inner_text() == "My answers"
    assert toggle.get_attribute("aria-expanded") == "true"
    assert "answers.min.js" in page.requests_seen and "components.js" not in page.requests_seen
    assert known_tools(page) == [] and page.errors == []


def test_a_page_without_tools_loads_the_answers_when_idle_once_the_browser_keeps_some(page, base):
    open_page(page, base + "engine-demo/")
    page.wait_for_selector(".cpp-component[data-cpp-shown]")
    page.locator(".cpp-ws__toggle").click()
    page.locator("[data-ws=rename]").click()
    page.locator(".cpp-ws__form input").fill("Bank: branch sales")
    page.locator(".cpp-ws__form input").press("Enter")
    open_page(page, base + "glossary/")
    page.wait_for_function("!!window.cppWorkspaces")  # when the browser is idle
    assert page.locator(".cpp-ws__name").inner_text() == "Bank: branch sales"
    assert "components.js" not in page.requests_seen and page.errors == []


def test_a_tool_page_knows_its_own_tools_and_an_import_there_reads_every_tool(page, base, tmp_path):
    open_page(page, base + "why-partnership/")
    page.wait_for_selector(".cpp-component[data-cpp-shown]")
    on_page = sorted(
        page.eval_on_selector_all(".cpp-component[data-component]", "els => els.map(e => e.dataset.component)")
    )
    assert known_tools(page) == on_page and "act-assessment" not in on_page
    assert "components.js" not in page.requests_seen
    at = "2026-12-01T10:00:00.000Z"
    first = ACT.dimensions[0].statements[0].id
    file = tmp_path / "answers.json"
    file.write_text(
        json.dumps(
            {
                "schema": "cpp-answers",
                "version": 3,
                "exported": at,
                "workspaces": [
                    {
                        "name": "From the file",
                        "created": at,
                        "updated": at,
                        "history": [],
                        "answers": {"act-assessment": {first: {"value": 4, "at": at}}},
                    }
                ],
            }
        )
    )
    tool = page.locator(".cpp-component[data-component]").first
    tool.locator("[data-action=import-file]").set_input_files(str(file))
    status = tool.locator(".cpp-toolbar__status")
    page.wait_for_function("el => el.textContent.startsWith('Imported')", arg=status.element_handle())
    said = status.inner_text()
    assert "no such tool" not in said and "no longer asked" not in said, said
    assert "components.js" in page.requests_seen
    whole = page.evaluate("window.cppManifest.tools.map(t => t.id).sort()")  # components.js, loaded now
    assert known_tools(page) == whole and {*REGISTRY.components, *on_page} <= set(whole)
    data = json.loads(page.evaluate("localStorage.getItem('cpp:v3')"))
    imported = next(w for w in data["workspaces"] if w["name"] == "From the file")
    assert imported["answers"]["act-assessment"][first]["value"] == 4 and page.errors == []


def test_instant_navigation_brings_a_pages_tools_and_their_entries(page, base):
    open_page(page, base + "engine-demo/")
    page.wait_for_selector(".cpp-component[data-cpp-shown]")
    page.evaluate("window.__samePage = true")
    page.locator(".md-nav__link[href$='access-credibility-trust/']").first.click()
    page.wait_for_url("**/access-credibility-trust/")
    page.wait_for_selector("#assessment-act-assessment[data-cpp-ready]")
    assert page.evaluate("window.__samePage") is True
    assert "act-assessment" in known_tools(page) and "components.js" not in page.requests_seen
    # a rating is checked against the tool's own scale, as on a first visit
    first = ACT.dimensions[0].statements[0].id
    page.locator(f'label[for="cpp-act-assessment__{first}__4"]').click()
    data = json.loads(page.evaluate("localStorage.getItem('cpp:v3')"))
    active = next(w for w in data["workspaces"] if w["id"] == data["active"])
    assert active["answers"]["act-assessment"][first]["value"] == 4 and page.errors == []


def test_what_the_reader_types_before_the_answers_have_loaded_is_kept_and_saved(page, base):
    held = []
    page.route("**/answers.min.js*", lambda route: held.append(route))  # answers.min.js waits
    open_page(page, base + "engine-demo/")
    box = page.locator("#checklist-demo-checklist input[type=checkbox]").first
    field = page.locator("#worksheet-demo-worksheet").get_by_label("Initiative")
    box.check()
    field.fill("Typed before the script ran")
    page.wait_for_function("() => true")
    assert held and page.evaluate("typeof window.cppWorkspaces") == "undefined"
    held[0].continue_()
    page.wait_for_selector("#checklist-demo-checklist[data-cpp-shown]")
    page.wait_for_function("() => (localStorage.getItem('cpp:v3') || '').includes('Typed before the script ran')")
    assert box.is_checked() and field.input_value() == "Typed before the script ran"
    data = json.loads(page.evaluate("localStorage.getItem('cpp:v3')"))
    active = next(w for w in data["workspaces"] if w["id"] == data["active"])
    assert active["answers"]["demo-checklist"][box.get_attribute("data-item")]["value"] is True
    assert page.errors == []


def test_instant_navigation_from_a_page_without_tools_loads_the_answers_for_the_tools(page, base):
    open_page(page, base + "glossary/")
    page.locator(".cpp-ws__toggle").wait_for()
    page.evaluate("window.__samePage = true")
    page.locator(".md-nav__link[href$='why-partnership/']").first.click()
    page.wait_for_url("**/why-partnership/")
    page.wait_for_selector(".cpp-component[data-component][data-cpp-shown]")
    assert page.evaluate("window.__samePage") is True and "answers.min.js" in page.requests_seen
    on_page = sorted(
        page.eval_on_selector_all(".cpp-component[data-component]", "els => els.map(e => e.dataset.component)")
    )
    assert known_tools(page) == on_page and page.errors == []


def test_links_between_two_people_load_at_the_first_share_and_where_their_blocks_are(page, base):
    """share.min.js (client-link.js, core/payload.js, the client's view) stays off a tool
    page until its first "Share my scores", which still shows its QR code; a page holding
    those blocks (My relationships) loads it, by instant navigation too, once."""
    open_page(page, base + "access-credibility-trust/")
    tool = page.locator("#assessment-act-assessment")
    tool.scroll_into_view_if_needed()
    page.wait_for_selector("#assessment-act-assessment[data-cpp-ready]")
    page.wait_for_timeout(1000)  # every part of answers.min.js has run
    assert "answers.min.js" in page.requests_seen and "share.min.js" not in page.requests_seen
    assert page.evaluate("typeof window.cppShareLink + typeof window.cppCore.payload") == "undefinedundefined"
    first = ACT.dimensions[0].statements[0].id
    page.locator(f'label[for="cpp-act-assessment__{first}__4"]').click()
    with page.expect_download():
        tool.get_by_role("button", name="Share my scores with the facilitator").click()
    tool.locator(".cpp-share svg.cpp-qr").wait_for()
    assert "#scores=1." in tool.get_by_label("Link with your scores").input_value()
    assert page.requests_seen.count("share.min.js") == 1
    page.evaluate("window.__samePage = true")
    page.locator(".md-nav__link[href$='my-relationships/']").first.click()
    page.wait_for_url("**/my-relationships/")
    page.wait_for_selector("[data-client-import][data-cpp-ready]")
    assert page.evaluate("window.__samePage") is True
    assert page.requests_seen.count("share.min.js") == 1 and page.errors == []
    # a first visit there fetches both at once and runs share.min.js's parts after the answers'
    open_page(page, base + "my-relationships/")
    page.wait_for_selector("[data-client-import][data-cpp-ready]")
    assert {"answers.min.js", "share.min.js"} <= set(page.requests_seen) and page.errors == []


def test_share_my_scores_says_so_when_its_link_and_code_cannot_load(page, base):
    page.route("**/share.min.js*", lambda route: route.abort())  # offline, say
    open_page(page, base + "access-credibility-trust/")
    tool = page.locator("#assessment-act-assessment")
    tool.scroll_into_view_if_needed()
    page.wait_for_selector("#assessment-act-assessment[data-cpp-ready]")
    page.locator(f'label[for="cpp-act-assessment__{ACT.dimensions[0].statements[0].id}__2"]').click()
    with page.expect_download():
        tool.get_by_role("button", name="Share my scores with the facilitator").click()
    expect(tool.locator(".cpp-toolbar__status")).to_contain_text("could not be loaded: send them the file")
    assert tool.locator(".cpp-share").count() == 0 and page.errors == []


def sheet_times(page, aid):
    return page.locator(f"#agenda-{aid} .cpp-agenda__block:not([hidden]) .cpp-agenda__when").evaluate_all(
        "els => els.map(e => [...e.querySelectorAll('time')].map(t => t.textContent).join('-'))"
    )


def parts_in_page(page):
    return page.eval_on_selector_all("script[src*='runsheet-']", "els => els.map(e => e.src.split('/').pop())")


def test_a_run_sheet_loads_its_editor_at_the_first_press_of_edit_and_keeps_that_press(page, base):
    """The sheet opens with runsheet.min.js alone; "Edit the blocks" brings the editor and
    is acted on once it has run; instant navigation to another sheet uses the same copy."""
    open_page(page, base + "facilitator/")
    page.evaluate("window.__samePage = true")
    page.locator("article a[href$='half-day-workshop/']").first.click()
    page.wait_for_url("**/facilitator/half-day-workshop/")
    start = page.get_by_label("Start time")
    start.fill("13:30")  # the start time works without the editor
    assert sheet_times(page, "half-day")[:2] == ["13:30-13:45", "13:45-14:00"]
    assert page.locator("#agenda-half-day .cpp-agenda__end time").inner_text() == "17:00"
    assert "runsheet.min.js" in page.requests_seen
    assert [r for r in page.requests_seen if r.startswith("runsheet-")] == [] and parts_in_page(page) == []
    assert page.evaluate("typeof window.cppRunSheets.onSheetButton") == "undefined"
    assert not page.get_by_role("button", name="Remove: Opening and one relationship").count()

    edit = page.get_by_role("button", name="Edit the blocks")
    edit.click()  # before the editor is here: it loads, then takes this press
    expect(edit).to_have_attribute("aria-pressed", "true")
    assert [r for r in page.requests_seen if r.startswith("runsheet-")] == ["runsheet-edit.min.js"]
    version = page.eval_on_selector("script[src*='runsheet.min.js']", "e => new URL(e.src).search")
    assert (
        version.startswith("?v=")
        and page.eval_on_selector("script[src*='runsheet-edit.min.js']", "e => new URL(e.src).search") == version
    )
    page.get_by_role("button", name="Remove: Opening and one relationship").click()
    assert (
        page.locator("#agenda-half-day [data-cpp-agenda-message]")
        .inner_text()
        .startswith("Removed “Opening and one relationship”. The session now ends at 16:45.")
    )
    assert sheet_times(page, "half-day")[0] == "13:30-13:45", "the times follow"
    assert page.locator("#agenda-half-day .cpp-agenda__end time").inner_text() == "16:45"
    assert page.locator("#agenda-half-day .cpp-agenda__title").first.evaluate("e => e.firstChild.textContent") == (
        "When good advice went nowhere"
    )

    # another run sheet, by instant navigation: its blocks get the controls of the copy loaded
    page.locator(".md-nav__link[href$='full-day-workshop/']").first.click()
    page.wait_for_url("**/facilitator/full-day-workshop/")
    full = page.locator("#agenda-full-day")
    full.get_by_role("button", name="Edit the blocks").click()
    expect(full.get_by_role("button", name="Edit the blocks")).to_have_attribute("aria-pressed", "true")
    first = full.locator(".cpp-agenda__block [data-cpp-agenda-name]").first
    first.fill("Welcome")
    first.press("Tab")
    assert full.locator(".cpp-agenda__title").first.evaluate("e => e.firstChild.textContent") == "Welcome"
    assert page.evaluate("window.__samePage") is True, "expected instant navigation, got a full load"
    assert page.requests_seen.count("runsheet-edit.min.js") == 1, "the editor loaded once"
    assert "runsheet-run.min.js" not in page.requests_seen and page.errors == []


def test_material_does_not_make_the_browser_take_the_stylesheets_again_as_it_starts(page, base):
    """Material's instant navigation sets every relative address again (el.href = el.href) as
    it starts; on a stylesheet that restyles the whole page in its start-up task. The head's
    own script makes them absolute first, while the page below does not exist yet."""
    page.add_init_script("""
        window.__sheets = [];
        new MutationObserver(function (list) {
          list.forEach(function (m) {
            if (m.target.rel === "stylesheet")
              window.__sheets.push({ body: !!document.body, from: m.oldValue, to: m.target.getAttribute("href") });
          });
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ["href"], attributeOldValue: true });
    """)
    open_page(page, base + "why-partnership/")
    page.wait_for_function("() => window.document$ && document.querySelector('.md-content a[href]')")
    changes = page.evaluate("window.__sheets")
    sheets = page.evaluate("[...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.getAttribute('href'))")
    assert len(sheets) >= 3 and all(h.startswith("http://") for h in sheets), sheets
    # each set once, before the body existed: never again once there is a page to restyle
    assert len(changes) == len(sheets) and not any(c["body"] for c in changes), changes
    assert all(not c["from"].startswith("http") for c in changes)
    # Material did make the other relative addresses absolute: instant navigation is on
    assert page.locator(".md-content a[href]").first.get_attribute("href").startswith("http://")
    assert page.errors == []
