"""Room results in Chromium (docs/facilitator/room-results.md, overrides/assets/playbook/
room.js): a participant's "Share my scores" file from a really filled-in assessment, then
a room of fifteen files, good and bad, opened at once. Two page loads.
Issue 29: the share file holds nothing a person typed and a random participant code that
the workspace keeps (#12); no file name is ever shown (#13); a file with a broken score
history point still counts and never stops the batch (#9, #10)."""

from __future__ import annotations

import json
import random
import statistics

import a11y_checks as a11y
import pytest
from support import DOCS, without_search

from macros.content import scoring
from macros.content.registry import Registry

pytestmark = pytest.mark.browser

REGISTRY = Registry.load(DOCS)
ACT = REGISTRY.components["act-assessment"]
TEXT_TOOL, TEXT_FIELD = next(
    (c.id, f.id)
    for c in REGISTRY.components.values()
    if c.kind == "worksheet"
    for f in c.fields
    if f.type == "long_text"
)
T = "2026-01-05T09:15:00.000Z"
NAMES = ["Zephyr <i>Holdings</i>", "Quill & Oar plant"]  # workspace names that must never show
SECRET = "Ask Marguerite about the budget"  # a written answer that must never show


def ratings(seed: int) -> dict[str, int]:
    rnd = random.Random(seed)
    return {s.id: rnd.randint(1, 5) for d in ACT.dimensions for s in d.statements}


def share(values: dict, participant: str, tool: str = "act-assessment", version: int = 1) -> bytes:
    return json.dumps(
        {
            "schema": "cpp-scores",
            "version": version,
            "day": "2026-01-05",
            "participant": participant,
            "tools": {tool: values},
        }
    ).encode()


def workspace(id: str, name: str, values: dict, created: str = T) -> dict:  # noqa: A002
    """A workspace as the site stores and exports it, with a written answer too."""
    answers = {TEXT_TOOL: {TEXT_FIELD: {"value": SECRET, "at": T}}}
    if values:
        answers["act-assessment"] = {k: {"value": v, "at": T} for k, v in values.items()}
    return {"id": id, "name": name, "created": created, "updated": T, "history": [], "skipped": [], "answers": answers}


def test_participants_share_ratings_only_and_the_room_adds_them_up(page, context, browser, site_url, tmp_path):
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # A participant: a named workspace with a written answer, then the ACT filled in on its page.
    store = {"schema": "cpp-store", "version": 3, "active": "wp", "workspaces": [workspace("wp", NAMES[1], {})]}
    context.add_init_script(
        "if (!localStorage.getItem('cpp:v3')) localStorage.setItem('cpp:v3', %s);" % json.dumps(json.dumps(store))
    )
    mine = ratings(0)
    page.goto(site_url + "access-credibility-trust/")
    tool = page.locator("#assessment-act-assessment")
    tool.scroll_into_view_if_needed()  # tools may be wired up only when they near the viewport
    page.locator("#assessment-act-assessment[data-cpp-ready]").wait_for()
    page.evaluate(
        """r => { for (const [id, v] of Object.entries(r))
        document.querySelector(`#assessment-act-assessment input[data-item="${id}"][value="${v}"]`).click(); }""",
        mine,
    )
    with page.expect_download() as info:
        tool.get_by_role("button", name="Share my scores with the facilitator").click()
    name = info.value.suggested_filename
    shared = tmp_path / name
    info.value.save_as(shared)
    data = json.loads(shared.read_text())
    assert sorted(data) == ["day", "participant", "schema", "tools", "version"]
    assert data["schema"] == "cpp-scores" and data["tools"] == {"act-assessment": mine}
    assert len(data["day"]) == 10 and name == f"playbook-scores-{data['day']}-{data['participant'][:4]}.json"
    for typed in [NAMES[1], "Quill", SECRET, "Marguerite", T, T[:10], "wp"]:  # nothing typed, nor derived from it
        assert typed not in shared.read_text() and typed not in name, typed
    assert "numbers only" in tool.locator(".cpp-toolbar__status").inner_text()
    stored = json.loads(page.evaluate("localStorage.getItem('cpp:v3')"))["workspaces"][0]
    assert stored["code"] == data["participant"] and len(data["participant"]) == 16  # random, kept with the workspace
    with page.expect_download() as again:
        tool.get_by_role("button", name="Share my scores with the facilitator").click()
    assert (
        json.loads(again.value.path().read_text())["participant"] == data["participant"]
    )  # shared twice: one participant

    # The room: the shared file, five more, a full export holding two workspaces, a copy
    # of one share under another name, and five bad files.
    room = {1: ratings(1), 2: ratings(2), 3: ratings(3), 4: ratings(4), 5: ratings(5)}
    later = ratings(6)
    backup = {
        "schema": "cpp-answers",
        "version": 3,
        "exported": T,
        "workspaces": [
            workspace("wa", NAMES[0], ratings(7)),
            workspace("wb", NAMES[1], later, created="2025-12-01T08:00:00.000Z")
            | {"updated": "2026-01-06T10:00:00.000Z"},
        ],
    }
    files = [{"name": name, "mimeType": "application/json", "buffer": shared.read_bytes()}]
    files += [
        {"name": f"p{i}.json", "mimeType": "application/json", "buffer": share(v, f"{i:010x}")} for i, v in room.items()
    ]
    files += [
        {
            "name": "playbook-answers-quill-oar-plant-2026-01-06.json",
            "mimeType": "application/json",
            "buffer": json.dumps(backup).encode(),
        },
        {"name": "p1 copy.json", "mimeType": "application/json", "buffer": share(room[1], f"{1:010x}")},
        {"name": "notes.txt", "mimeType": "text/plain", "buffer": b"Quill & Oar plant: call back"},
        {
            "name": "map.json",
            "mimeType": "application/json",
            "buffer": json.dumps({"type": "FeatureCollection"}).encode(),
        },
        {
            "name": "edited.json",
            "mimeType": "application/json",
            "buffer": share(ratings(8) | {ACT.dimensions[0].statements[0].id: 7}, "ab" * 5),
        },
        {"name": "quiz.json", "mimeType": "application/json", "buffer": share({"q1": 3}, "cd" * 5, tool="sales-quiz")},
        {"name": "future.json", "mimeType": "application/json", "buffer": share(ratings(9), "ef" * 5, version=2)},
        # a copy whose name carries the client's name, and a backup with broken score history
        {
            "name": "Copy of Quill & Oar plant (1).json.txt",
            "mimeType": "text/plain",
            "buffer": share(ratings(11), "11" * 5),
        },
        {
            "name": "Zephyr backup.json",
            "mimeType": "application/json",
            "buffer": json.dumps(
                backup
                | {
                    "workspaces": [
                        workspace("wc", NAMES[0], ratings(12))
                        | {
                            "code": "12" * 8,
                            "history": [
                                {"component": {"toString": 1}, "day": "2026-01-05", "at": T, "scores": {"access": 1}},
                                {
                                    "component": "act-assessment",
                                    "day": "2026-01-05",
                                    "at": T,
                                    "scores": {ACT.dimensions[0].id: 999},
                                },
                            ],
                        }
                    ]
                }
            ).encode(),
        },
    ]
    label = {f["name"]: f"file {i + 1}" for i, f in enumerate(files)}
    # The facilitator: another browser, whose own workspaces are not the participant's.
    page = without_search(
        browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    ).new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(site_url + "facilitator/room-results/")
    page.locator("[data-cpp-room][data-cpp-ready]").wait_for(state="attached")
    page.locator("[data-room-files]").set_input_files(files)
    act = page.locator("[data-room-tool=act-assessment]")
    act.wait_for()

    # Counted: the shared file, p1..p5, the backup's most recently changed workspace, the
    # renamed copy, the backup with broken history and the edited file without its bad
    # rating (10); the copy of p1 counts once; four files are skipped.
    edited = {k: v for k, v in ratings(8).items() if k != ACT.dimensions[0].statements[0].id}
    counted = [mine, *room.values(), later, ratings(11), ratings(12), edited]
    assert act.locator("[data-room-n]").get_attribute("data-room-n") == "10"
    assert page.locator("[data-room-status]").inner_text() == "15 files opened: 10 counted, 4 skipped, 1 counted once."
    for dim in ACT.dimensions:
        sums = [scoring.score(dim, r) for r in counted if all(s.id in r for s in dim.statements)]
        row = act.locator(f"tr[data-dimension='{dim.id}']")
        assert row.locator("[data-room-median]").inner_text() == f"{statistics.median(sums):g}"
        assert row.locator("[data-room-range]").inner_text() == f"{min(sums)}–{max(sums)}"
        spoken = row.locator(".cpp-visually-hidden").inner_text()
        assert spoken.startswith("Scores, lowest to highest: " + str(min(sums)))
    skipped = {
        li.get_attribute("data-room-file"): li.inner_text() for li in page.locator("[data-room-skipped] li").all()
    }
    skipped = {name: skipped[label[name]] for name in label if label[name] in skipped}
    assert sorted(skipped) == ["edited.json", "future.json", "map.json", "notes.txt", "quiz.json"]
    assert "not a JSON file" in skipped["notes.txt"]
    assert "not a file from this playbook" in skipped["map.json"]
    assert (
        "(the rest counts): " in skipped["edited.json"]
        and "the rating 7 is not a whole number from 1 to 5" in skipped["edited.json"]
    )
    assert "“sales-quiz”: this site has no self-assessment with this id" in skipped["quiz.json"]
    assert "newer version" in skipped["future.json"]
    assert not any("cut short" in why for why in skipped.values())  # every one of them is intact
    assert (
        f"{label['p1 copy.json'].capitalize()} and {label['p1.json']} come from the same participant"
        in page.locator("[data-room-same]").inner_text()
    )
    assert act.locator("[data-room-lowest]").count() == 1 and act.locator(".cpp-room__wide li").count() == 3
    wording = {s.text for d in ACT.dimensions for s in d.statements}
    assert act.locator(".cpp-room__wide li").first.inner_text().split("”")[0].lstrip("“") in wording

    # One more participant dropped on the drop zone, next to a keyboard-usable picker button.
    assert page.locator("[data-room-drop]").get_by_role("button", name="Choose files").is_visible()
    page.locator("[data-room-drop]").evaluate(
        """(zone, text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], "late.json", {type: "application/json"}));
        zone.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""",
        share(ratings(10), "0f" * 5).decode(),
    )
    page.locator("[data-room-n='11']").wait_for()
    counted.append(ratings(10))
    sums = [scoring.score(ACT.dimensions[0], r) for r in counted if r is not edited]
    assert (
        act.locator(f"tr[data-dimension='{ACT.dimensions[0].id}'] [data-room-median]").inner_text()
        == f"{statistics.median(sums):g}"
    )

    text, html = page.locator("body").inner_text(), page.content()
    for secret in [
        *NAMES,
        "Zephyr",
        "Quill",
        "quill-oar",
        SECRET,
        "Marguerite",
        "late.json",
        *(f["name"] for f in files),
    ]:
        assert secret not in text and secret not in html, secret
    assert a11y.axe(page, within="[data-cpp-room]") == []
    page.get_by_role("button", name="Start over").click()
    assert (
        page.locator("[data-room-results]").inner_html() == ""
        and "Nothing from the files is kept" in page.locator("[data-room-status]").inner_text()
    )
    page.context.close()
    assert errors == []
