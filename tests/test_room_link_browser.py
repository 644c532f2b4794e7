"""Room results from phones in Chromium (overrides/assets/playbook/room-link.js,
client-link.js, core/payload.js): a participant's "Share my scores" shows a QR code and a
short link; the facilitator takes a room of twelve by opened link, by a link opened in
another tab, by pasting and by a photo of a code, refuses a code seen twice, another
day's code, a rating out of range and a damaged link (each with a sentence, the room
unchanged), names ties, and shows the room on a projector and on paper. Nothing requests
another host. Two page loads, and a second tab."""

from __future__ import annotations

import json
import random
from urllib.parse import urlparse

import a11y_checks as a11y
import pytest
from support import DOCS, qr_text, watch_page, without_search

from macros.content.registry import Registry

pytestmark = pytest.mark.browser

REGISTRY = Registry.load(DOCS)
ACT = REGISTRY.components["act-assessment"]
DIMS = [d.id for d in ACT.dimensions]
T = "2026-01-05T09:15:00.000Z"


def by_part(values: dict[str, int]) -> dict[str, int]:
    """Every statement of each part rated the same: {part: rating}."""
    return {s.id: values[d.id] for d in ACT.dimensions for s in d.statements}


def test_a_room_of_twelve_phones_by_code_and_link(browser, site_url, tmp_path):
    # A participant shares: the file as before, and now a QR code and a link too.
    phone_ctx = without_search(browser.new_context(viewport={"width": 390, "height": 844}, service_workers="block"))
    store = {
        "schema": "cpp-store",
        "version": 3,
        "active": "wp",
        "workspaces": [
            {
                "id": "wp",
                "name": "Quill & Oar plant",
                "created": T,
                "updated": T,
                "history": [],
                "skipped": [],
                "answers": {
                    "act-assessment": {k: {"value": v, "at": T} for k, v in by_part({d: 3 for d in DIMS}).items()}
                },
            }
        ],
    }
    phone_ctx.add_init_script(
        "if (!localStorage.getItem('cpp:v3')) localStorage.setItem('cpp:v3', %s);" % json.dumps(json.dumps(store))
    )
    phone = phone_ctx.new_page()
    phone_seen = watch_page(phone, site_url)
    phone.goto(site_url + "access-credibility-trust/")
    tool = phone.locator("#assessment-act-assessment")
    tool.scroll_into_view_if_needed()
    phone.locator("#assessment-act-assessment[data-cpp-ready]").wait_for()
    with phone.expect_download():
        tool.get_by_role("button", name="Share my scores with the facilitator").click()
    tool.locator(".cpp-share svg.cpp-qr").wait_for()
    link = tool.get_by_label("Link with your scores").input_value()
    assert link.startswith(site_url + "facilitator/room-results/#scores=1.")
    assert qr_text(phone, ".cpp-share svg.cpp-qr") == link
    assert "Quill" not in link and "Quill" not in json.dumps(
        phone.evaluate("h => window.cppCore.payload.unwrap(h, 'scores')", link.split("#")[1])
    )
    first = phone.evaluate("h => window.cppCore.payload.unwrap(h, 'scores').data", link.split("#")[1])
    day = first["day"]

    # Eleven more phones' links, made by the same code a phone runs. Trust is the lowest
    # part for most; two of them have access just as low (a tie that must be named).
    rnd = random.Random(7)
    people = []
    for i in range(11):
        part = {"access": rnd.randint(3, 5), "credibility": rnd.randint(3, 5), "trust": 2}
        if i < 2:
            part["access"] = 2
        people.append(by_part(part))

    def make(values, code, on_day=day, tool_id="act-assessment"):
        data = {"schema": "cpp-scores", "version": 1, "day": on_day, "participant": code, "tools": {tool_id: values}}
        return (
            site_url
            + "facilitator/room-results/#"
            + phone.evaluate("d => window.cppCore.payload.fragment('scores', d)", data)
        )

    links = [make(v, f"{i + 1:02d}c0ffee{i:02d}") for i, v in enumerate(people)]
    # The participant's code on their screen, photographed.
    photo = tmp_path / "code.png"
    tool.locator(".cpp-share svg.cpp-qr").screenshot(path=str(photo))
    assert phone_seen == {"outside": [], "errors": []}

    # The facilitator, on a laptop in a dark room.
    ctx = without_search(
        browser.new_context(viewport={"width": 1280, "height": 720}, color_scheme="dark", service_workers="block")
    )
    page = ctx.new_page()
    seen = watch_page(page, site_url)
    page.goto(links[10])  # 1: a link, opened
    act = page.locator("[data-room-tool=act-assessment]")
    act.wait_for()
    n = act.locator("[data-room-n]")
    assert n.get_attribute("data-room-n") == "1"
    assert urlparse(page.url).fragment == "", "the scores leave the address bar"
    page.locator("[data-room-photo]").set_input_files(str(photo))  # 2: a photo of the participant's code
    page.locator("[data-room-n='2']").wait_for()
    said = page.locator("[data-room-said]")
    assert said.inner_text().startswith(f"Counted participant {first['participant'][:4]}…")
    for url in links[:5]:  # 3-7: links opened in this tab
        page.evaluate("h => { location.hash = h; }", url.split("#")[1])
    page.locator("[data-room-n='7']").wait_for()
    paste = page.get_by_label("Paste a participant's link")
    for url in links[5:8]:  # 8-10: pasted
        paste.fill(url)
        page.get_by_role("button", name="Add", exact=True).click()
    page.locator("[data-room-n='10']").wait_for()
    assert paste.input_value() == ""
    other = ctx.new_page()  # 11-12: opened in other tabs, as a chat app opens links
    for url in links[8:10]:
        other.goto(url)
        other.locator("[data-room-tool=act-assessment]").wait_for()
    page.locator("[data-room-n='12']").wait_for()
    other.close()

    # Bad input: a sentence each, and the room stays at twelve.
    alert = page.locator("[data-room-alert]")
    cases = [
        (link, "already counted"),
        (
            make(people[0] | {ACT.dimensions[0].statements[0].id: 5}, "01c0ffee00"),
            "01c0… is already counted",
        ),  # re-shared after a change
        (make(people[0], "99aa99aa99", on_day="2020-02-02"), "from 2020-02-02, another workshop day"),
        (
            make(by_part({d: 3 for d in DIMS}) | {ACT.dimensions[0].statements[0].id: 6}, "98aa98aa98"),
            "is 6, outside 1 to 5",
        ),
        (make({"x": 1}, "97aa97aa97", tool_id="sales-quiz"), "no self-assessment “sales-quiz”"),
        (links[0][:-30] + "A" * 22 + links[0][-8:], "damaged"),
        ("hello", "not a participant's scores link"),
    ]
    for url, message in cases:
        paste.fill(url)
        page.get_by_role("button", name="Add", exact=True).click()
        assert message in alert.inner_text(), (message, alert.inner_text())
        assert n.get_attribute("data-room-n") == "12"
    page.locator("[data-room-photo]").set_input_files(
        {"name": "notes.png", "mimeType": "image/png", "buffer": b"not a picture"}
    )
    page.wait_for_function(
        "() => document.querySelector('[data-room-alert]').textContent.includes('could not be read as a photo')"
    )
    assert n.get_attribute("data-room-n") == "12"

    # Ties are named: trust is lowest for all twelve (the shared link rated 3 everywhere: a
    # three-way tie), and for three of them another part was just as low.
    lowest = act.locator("[data-room-lowest]").inner_text()
    assert "Trust" in lowest and "lowest for 12 of 12 participants" in lowest
    assert "counting ties: for 3 of them, another part was just as low" in lowest

    # The projector: the results alone, large; the title and the day on top.
    page.get_by_label("Workshop title, for the projector and the printout").fill("Partnering <b>half-day</b>, Leeds")
    page.get_by_role("button", name="Projector view").click()
    assert page.locator(".md-header").is_hidden() and page.locator("[data-room-phones]").is_hidden()
    head = page.locator("[data-room-head]")
    assert head.locator("[data-room-head-title]").inner_text() == "Partnering <b>half-day</b>, Leeds"
    chart = act.locator(".cpp-room__chart").first.bounding_box()
    assert chart["width"] >= 360, chart  # more than twice the page's own
    size = float(
        act.locator(".cpp-room__table th[scope=row]").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    )
    assert size >= 20, size
    page.screenshot(path=str(tmp_path / "projector-1280x720-dark.png"))
    assert a11y.axe(page, within=".cpp-room") == []
    page.keyboard.press("Escape")
    assert page.locator(".md-header").is_visible()
    # Paper: the title and the day head the results.
    page.emulate_media(media="print")
    assert head.is_visible() and "Partnering <b>half-day</b>, Leeds" in head.inner_text()
    assert page.locator("[data-room-phones]").is_hidden()
    page.emulate_media(media="screen")
    # Start over forgets the phones' links too: a reload brings none back.
    page.get_by_role("button", name="Start over").click()
    page.reload()
    page.locator("[data-cpp-room][data-room-links]").wait_for(state="attached")
    assert act.count() == 0
    assert seen == {"outside": [], "errors": []}
    phone_ctx.close()
    ctx.close()


def y4m_of_qr(text: str, path, width: int = 640, height: int = 480) -> None:
    """A still video (YUV4MPEG2, grey) of a QR code of `text`, for Chromium's fake camera."""
    import segno  # the site's build-time QR maker; here it only draws the test's picture

    matrix = [list(row) for row in segno.make_qr(text, error="m").matrix]
    n = len(matrix) + 8  # with its quiet zone
    cell = min(width, height) // n
    left, top = (width - n * cell) // 2, (height - n * cell) // 2
    y = bytearray([255]) * (width * height)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                for dy in range(cell):
                    start = (top + (r + 4) * cell + dy) * width + left + (c + 4) * cell
                    y[start : start + cell] = bytes(cell)
    chroma = bytes([128]) * (width // 2 * height // 2)
    frame = b"FRAME\n" + bytes(y) + chroma + chroma
    with open(path, "wb") as out:
        out.write(f"YUV4MPEG2 W{width} H{height} F5:1 Ip A1:1 C420jpeg\n".encode() + frame * 3)


def test_the_camera_reads_a_phone_code(browser, site_url, tmp_path):
    """Chromium's fake camera films a participant's code: counted once, however long it is
    held up (BarcodeDetector where the browser has it, else the vendored decoder)."""
    from project import CHROMIUM_ARGS, find_chromium

    maker = browser.new_page()
    maker.goto(site_url + "facilitator/room-results/")
    maker.locator("[data-room-links]").wait_for(state="attached")  # the answers' scripts come after the load event
    data = {
        "schema": "cpp-scores",
        "version": 1,
        "day": "2026-01-05",
        "participant": "cafe0123cafe",
        "tools": {"act-assessment": by_part({d: 4 for d in DIMS})},
    }
    link = (
        site_url
        + "facilitator/room-results/#"
        + maker.evaluate("d => window.cppCore.payload.fragment('scores', d)", data)
    )
    maker.close()
    video = tmp_path / "code.y4m"
    y4m_of_qr(link, video)
    cam = browser.browser_type.launch(
        executable_path=find_chromium(),
        args=[
            *CHROMIUM_ARGS,
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
            f"--use-file-for-fake-video-capture={video}",
        ],
    )
    try:
        ctx = without_search(cam.new_context(service_workers="block"))
        page = ctx.new_page()
        seen = watch_page(page, site_url)
        page.goto(site_url + "facilitator/room-results/")
        page.locator("[data-room-links]").wait_for(state="attached")
        page.get_by_role("button", name="Scan codes with the camera").click()
        page.locator("[data-room-n='1']").wait_for()
        assert page.locator("[data-room-camera]").is_visible()
        assert page.locator("[data-room-said]").inner_text().startswith("Counted participant cafe…")
        # the code stays in view for several more frames: it must not count twice or raise an alarm
        looks = int(page.locator("[data-room-camera]").get_attribute("data-room-looks"))
        page.wait_for_function(
            "n => +document.querySelector('[data-room-camera]').getAttribute('data-room-looks') >= n", arg=looks + 4
        )
        assert page.locator("[data-room-n]").get_attribute("data-room-n") == "1"
        assert page.locator("[data-room-alert]").inner_text() == ""
        page.get_by_role("button", name="Stop the camera").click()
        assert page.locator("[data-room-camera]").is_hidden()
        assert page.evaluate(
            "() => document.querySelector('[data-room-video]').srcObject.getTracks().every(t => t.readyState === 'ended')"
        )
        assert seen == {"outside": [], "errors": []}
    finally:
        cam.close()
