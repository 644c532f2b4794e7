"""Printing one component from the browser: "Print blank" and "Print with my answers".

The demo page of the component engine (tests/components_demo.py, built for its server's
address so that instant navigation works) has every field type. window.print is
replaced by a counter, so the test can print the prepared page to a PDF itself and
then send the `afterprint` event a real print dialog would send."""

from __future__ import annotations

import json
import re

import a11y_checks as a11y
import pytest
from components_demo import demo_site
from playwright.sync_api import expect
from support import pdf_pages

pytestmark = pytest.mark.browser

ANSWERS = {  # label -> a value no sheet holds by itself
    "Initiative": "Quillfeather ward rota",
    "What happened": "Sponsor Ybarra moved on.\nHer successor starts Monday.",
    "Budget share": "37",
    "Name, row 1": "Dana Okonkwo-Ruiz",
    "Name, row 3": "Zebulon Tarrant",  # a row the reader added
}
STUB = "window.__printed = 0; window.print = () => { window.__printed += 1; };"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return demo_site(tmp_path_factory.mktemp("engine"))[1]


@pytest.fixture
def demo(page, base):
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.add_init_script(STUB)
    page.goto(base + "engine-demo/")
    page.wait_for_selector("#worksheet-demo-worksheet [data-print]")
    page.errors = errors
    return page


def fill(page):
    ws = page.locator("#worksheet-demo-worksheet")
    ws.get_by_role("button", name="Add row").click()
    for label, value in ANSWERS.items():
        ws.get_by_label(label).fill(value)
    ws.get_by_label("Every two weeks").check()
    page.locator("#checklist-demo-checklist").get_by_label("Called the owner of the result").check()
    return ws


def pdf_text(page, tmp_path, name):
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(page.pdf(format="Letter", print_background=True))
    pages = pdf_pages(path)
    return len(pages), " ".join(pages)


def storage(page):
    return page.evaluate("JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('cpp:')).sort())")


def after_print(page):
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")


def test_print_blank_prints_the_component_alone_without_answers(demo, tmp_path):
    ws = fill(demo)
    saved = storage(demo)
    ws.get_by_role("button", name="Print blank copy of Demo worksheet").click()
    assert demo.evaluate("window.__printed") == 1
    assert demo.evaluate("document.title").startswith("Demo worksheet")
    assert demo.locator(".cpp-print-copy table tbody tr").count() == 2, "blank: the rows the sheet comes with"
    pages, text = pdf_text(demo, tmp_path, "blank")
    assert pages == 1
    assert "Demo worksheet" in text and "Every field type, once." in text and "127.0.0.1" in text
    for value in ANSWERS.values():
        for part in value.split("\n"):
            # as a whole token: "37" must not be found inside the server's port (:33747)
            shown = re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text)
            assert not shown, f"blank copy shows the answer {part!r}"
    for elsewhere in ("Engine demo", "Demo checklist", "Demo self-assessment", "Some text before the tools"):
        assert elsewhere not in text, f"{elsewhere!r} printed with the worksheet"
    after_print(demo)
    # nothing of the reader's work changed: the form, the storage, the page
    assert demo.locator(".cpp-print-copy").count() == 0
    assert not demo.evaluate("document.body.classList.contains('cpp-printing')")
    assert not demo.evaluate("document.title").startswith("Demo worksheet")
    for label, value in ANSWERS.items():
        assert ws.get_by_label(label).input_value() == value
    assert ws.get_by_label("Every two weeks").is_checked()
    assert storage(demo) == saved
    assert demo.errors == []


def test_print_with_my_answers_prints_what_the_reader_entered(demo, tmp_path):
    demo.evaluate(
        "() => { const s = cppWorkspaces.store; s.rename(s.workspace, 'Quillfeather Trust'); cppWorkspaces.refresh(); }"
    )
    ws = fill(demo)
    saved = storage(demo)
    ws.get_by_role("button", name="Print with my answers: Demo worksheet").click()
    assert demo.evaluate("window.__printed") == 1
    assert demo.locator(".cpp-print-copy table tbody tr").count() == 3
    # whose answers, and when: the suggested PDF name (document.title) and every sheet
    today = demo.evaluate(
        "() => { const d = new Date(); return new Date(d - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); }"
    )
    assert demo.evaluate("document.title").startswith(f"Demo worksheet - Quillfeather Trust - my answers {today}")
    pages, text = pdf_text(demo, tmp_path, "answers")
    assert pages == 1
    for value in ANSWERS.values():
        for part in value.split("\n"):
            assert part in text, f"answer {part!r} missing from the printed copy"
    assert "“Quillfeather Trust” · my answers," in text
    assert text.count("Quillfeather Trust") == 2  # the page's top margin and the sheet's footer
    assert "Demo checklist" not in text
    after_print(demo)
    assert storage(demo) == saved and demo.locator(".cpp-print-copy").count() == 0
    assert demo.locator("style.cpp-print-label").count() == 0
    # a sheet that runs onto a second page says whose it is there too
    ws.get_by_label("What happened").fill("\n".join(f"Step {i} of the handover." for i in range(70)))
    ws.get_by_role("button", name="Print with my answers: Demo worksheet").click()
    path = tmp_path / "long.pdf"
    path.write_bytes(demo.pdf(format="Letter"))
    sheets = pdf_pages(path)
    assert len(sheets) >= 2 and all("Quillfeather Trust" in sheet for sheet in sheets)
    after_print(demo)
    # ticks print as ticks: the checklist with one item ticked
    demo.locator("#checklist-demo-checklist").get_by_role(
        "button", name="Print with my answers: Demo checklist"
    ).click()
    marks = demo.locator(".cpp-print-copy .cpp-mark")
    assert marks.count() == 4 and [marks.nth(i).inner_text() for i in range(4)] == ["✓", "", "", ""]
    after_print(demo)
    assert demo.errors == []


def test_the_browsers_own_print_of_the_page_names_the_workspace_and_leaves_empty_choices_blank(demo, tmp_path):
    demo.evaluate(
        "() => { const s = cppWorkspaces.store; s.rename(s.workspace, 'Quillfeather Trust'); cppWorkspaces.refresh(); }"
    )
    fill(demo)
    demo.emulate_media(media="print")
    demo.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # what the browser's Print sends first
    line = demo.locator("#worksheet-demo-worksheet .cpp-component__workspace")
    assert line.is_visible() and line.inner_text().strip() == "Workspace: Quillfeather Trust"
    # a tool with no answers says nothing about a workspace
    assert demo.locator("#assessment-demo-assessment .cpp-component__workspace").is_hidden()
    # the table's Role cells: unchosen, so blank on paper rather than "Choose…"
    role = demo.locator("#worksheet-demo-worksheet select.cpp-input--cell").first
    assert role.input_value() == ""
    assert role.evaluate("el => getComputedStyle(el).color") == "rgba(0, 0, 0, 0)"
    _pages, text = pdf_text(demo, tmp_path, "page")
    assert "Workspace: Quillfeather Trust" in text and "Choose" not in text
    assert "Change" not in text.replace("Changes", "")  # the button stays on screen
    after_print(demo)
    demo.emulate_media(media="screen")
    assert demo.locator("[data-cpp-print-ws]").count() == 0
    assert role.evaluate("el => el.options[0].label") == "Choose…"  # back on screen
    assert demo.errors == []


def test_print_buttons_work_from_the_keyboard_and_are_named(demo):
    buttons = demo.locator("#assessment-demo-assessment [data-print]")
    assert buttons.count() == 2
    expect(buttons).to_have_text(["Print blank", "Print with my answers"])
    assert buttons.nth(0).get_attribute("aria-label") == "Print blank copy of Demo self-assessment"
    buttons.nth(0).focus()
    demo.keyboard.press("Enter")
    assert demo.evaluate("window.__printed") == 1
    assert demo.locator(".cpp-print-copy .cpp-scale__value").count() == 3 * 6  # five points and "n/a" (does not apply)
    assert demo.locator(".cpp-print-copy .cpp-scale__point--na .cpp-scale__value").all_inner_texts() == ["n/a"] * 3
    # while a copy waits for the printer, the page stays accessible (the copy is hidden)
    assert demo.locator(".cpp-print-copy").is_hidden()
    assert a11y.axe(demo) == []
    after_print(demo)
    demo.keyboard.press("Space")
    assert demo.evaluate("window.__printed") == 2


def test_print_survives_instant_navigation(demo):
    demo.evaluate("window.__samePage = true")
    demo.locator("#worksheet-demo-worksheet [data-print=blank]").click()
    assert demo.locator(".cpp-print-copy").count() == 1
    demo.locator(".md-nav__link[href$='tools/']").first.click()
    demo.wait_for_url(re.compile(r"/tools/(#.*)?$"))  # navigation.tracking may add a #section
    demo.wait_for_selector(".cpp-answers:not([hidden])")
    assert demo.locator(".cpp-print-copy").count() == 0, "a waiting copy is dropped when the page changes"
    assert "Demo worksheet" not in demo.title(), "the new page keeps its own title"
    # The link is below the fold: the click scrolls the page first. Hold the next page
    # back until Material's anchor tracking has reacted to that scroll (250 ms later) by
    # writing a history state, as it does on a slow network: then Material alone opens
    # the new page at the top; arrival.js must still bring the reader to the tool.
    held, demo_page = [], re.compile(r"/engine-demo/$")
    demo.route(demo_page, lambda route: held.append(route))
    demo.evaluate("scrollTo(0, 0)")
    demo.locator("article a[href$='#worksheet-demo-worksheet']").click()
    demo.wait_for_url(re.compile(r"/engine-demo/(#.*)?$"))
    for _ in range(100):  # wait_for_function does not run while the fetch is held
        if held and demo.evaluate("history.state !== null"):
            break
        demo.wait_for_timeout(50)
    assert held and demo.evaluate("history.state !== null"), "the race did not happen: the test proves nothing"
    held[0].continue_()
    demo.unroute(demo_page)
    demo.wait_for_selector("#worksheet-demo-worksheet [data-print]")
    # Not the exact hash: navigation.tracking rewrites it to the section in view as the
    # page settles. What the reader sees is the tool, in view.
    demo.wait_for_function(
        "() => { const r = document.getElementById('worksheet-demo-worksheet').getBoundingClientRect();"
        " return r.top < innerHeight && r.bottom > 0; }"
    )
    assert demo.evaluate("window.__samePage") is True, "expected instant navigation, got a full load"
    assert demo.locator("#worksheet-demo-worksheet [data-print]").count() == 2
    demo.locator("#worksheet-demo-worksheet [data-print=answers]").click()
    assert demo.evaluate("window.__printed") == 2
    assert demo.locator(".cpp-print-copy [data-print-of], .cpp-print-copy .cpp-paper").count() == 1
    assert demo.errors == []


def test_print_pack_button_prints_the_page(page, base):
    page.add_init_script(STUB)
    page.goto(base + "print-pack/")
    button = page.get_by_role("button", name="Print the pack")
    button.click()
    page.wait_for_function("() => window.__printed === 1")  # once the copies are in
    # the copies became sheets: no form controls left to print, no ids to clash
    assert page.locator(".cpp-pack input, .cpp-pack select, .cpp-pack textarea").count() == 0
    assert page.locator(".cpp-pack .cpp-paper").count() == page.locator(".cpp-pack-contents__list li").count()
    assert json.loads(page.evaluate("JSON.stringify([...document.querySelectorAll('.cpp-pack [id]')].length)")) == 0


def test_the_print_pack_opens_without_its_copies_and_takes_them_when_it_goes_to_paper(page, base):
    """The copies are scripts of their own (printing.pack_sheets): the page opens with its
    list only, loads them once it has loaded, and puts them in on beforeprint (the
    browser's own print, or a PDF)."""
    seen, held = [], []
    page.on("request", lambda r: seen.append(r.url) if "print-pack-sheets." in r.url else None)
    page.route("**/print-pack-sheets.*", lambda route: held.append(route))
    page.goto(base + "print-pack/", wait_until="domcontentloaded")
    assert page.locator(".cpp-pack [data-print-of]").count() == 0
    assert page.evaluate("document.getElementsByTagName('*').length") < 1500
    parts = page.locator(".cpp-pack").get_attribute("data-cpp-pack-src").split()
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    # two at a time: a request starts when one before it has ended, never twenty in one task
    assert len(held) == 2
    for i in range(len(parts)):
        for _ in range(100):
            if len(held) > i:
                break
            page.wait_for_timeout(20)
        assert len(held) <= i + 2
        held[i].continue_()
    page.wait_for_function(f"() => (window.cppPackSheets || []).filter(String).length === {len(parts)}")
    assert len(parts) > 3 and len(seen) == len(parts)  # each once, after the load event
    assert page.locator(".cpp-pack [data-print-of]").count() == 0
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    listed = page.locator(".cpp-pack-contents__list li").count()
    assert listed > 40 and page.locator(".cpp-pack .cpp-paper").count() == listed
    assert page.locator(".cpp-pack__waiting").count() == 0


def test_the_print_pack_says_so_when_its_copies_cannot_be_loaded(page, base):
    page.add_init_script(STUB)
    page.route("**/print-pack-sheets.*", lambda route: route.abort())
    page.goto(base + "print-pack/")
    page.get_by_role("button", name="Print the pack").click()
    status = page.locator("[data-cpp-pack-status]")
    expect(status).to_contain_text("could not be loaded")
    assert page.evaluate("window.__printed") == 0
    # the paper says it too, should the reader print the page anyway
    page.emulate_media(media="print")
    assert page.locator(".cpp-pack__waiting").is_visible()
    page.emulate_media(media="screen")
    # online again: the next press loads them and prints
    page.unroute("**/print-pack-sheets.*")
    page.get_by_role("button", name="Print the pack").click()
    page.wait_for_function("() => window.__printed === 1")
    expect(status).to_have_text("")
    assert page.locator(".cpp-pack .cpp-paper").count() == page.locator(".cpp-pack-contents__list li").count()


def test_paper_spells_out_outside_links_only(demo):
    demo.evaluate("""() => {
        const p = document.createElement('p');
        p.innerHTML = '<a id="out" href="https://example.org/guide">a guide</a>';
        document.querySelector('article').appendChild(p);
    }""")
    demo.emulate_media(media="print")
    after = "a => getComputedStyle(a, '::after').content"
    assert "https://example.org/guide" in demo.locator("#out").evaluate(after)
    # the site's own links print as plain text, though Material makes their addresses absolute
    own = demo.locator("article a[href]:not(#out)")
    assert own.count() > 0 and own.first.get_attribute("href").startswith("http")
    for i in range(own.count()):
        assert own.nth(i).evaluate(after) in ("none", "normal"), own.nth(i).get_attribute("href")
