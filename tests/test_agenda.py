"""Workshop formats without MkDocs: validation messages, clock times, links, the run sheet."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from support import DOCS, ROOT

sys.path.insert(0, str(ROOT))

from macros.content.model import Agenda, Block, Checklist, ChecklistItem, Field, Worksheet
from macros.content.registry import Registry
from macros.content.validate import DataError
from macros.content.validate_agenda import AgendaSource, check_anchors, check_pages, parse_clock, validate_agendas
from macros.render import agenda as ag
from macros.render import urls

MAP = Worksheet("stakeholder-map", "Stakeholder map", (Field("who", "Who", "short_text"),))
HABITS = Checklist("trust-builders", "Trust builders", (ChecklistItem("keep", "Keep confidences"),))
COMPONENTS = {c.id: c for c in (MAP, HABITS)}
USAGE = {"stakeholder-map": "act.md", "trust-builders": "act.md"}


def block(id="talk", minutes=10, **kw):  # noqa: A002
    kw.setdefault("type", "talk")
    kw.setdefault("title", f"Block {id}")
    kw.setdefault("purpose", "Why it is there.")
    kw.setdefault("instructions", ("Do this.",))
    kw.setdefault("section", "act.md#access")
    return Block(id=id, minutes=minutes, **kw)


def agenda(*blocks, minutes=None, **kw):
    blocks = blocks or (block("welcome", 10), block("pairs", 20, type="pairs", components=("stakeholder-map",)))
    kw.setdefault("id", "demo")
    kw.setdefault("title", "Demo format")
    kw.setdefault("audience", "Consultants")
    kw.setdefault("intro", "A short demo.")
    total = sum(b.minutes for b in blocks) if minutes is None else minutes
    return Agenda(minutes=total, blocks=tuple(blocks), **kw)


@pytest.fixture
def docs(tmp_path) -> Path:
    (tmp_path / "act.md").write_text("# ACT\n\n## Access\n\n## The true-client test\n", encoding="utf-8")
    (tmp_path / "moments").mkdir()
    (tmp_path / "moments" / "index.md").write_text("# Moments\n", encoding="utf-8")
    return tmp_path


def problems(*agendas_, docs_dir=None) -> list[str]:
    """Every problem: shape errors (raised) and, with docs_dir, missing pages (warned)."""
    sources = [AgendaSource("macros.content.data.test", a) for a in agendas_]
    try:
        validate_agendas(sources, COMPONENTS, USAGE)
    except DataError as exc:
        return exc.problems
    return check_pages(sources, docs_dir) if docs_dir is not None else []


def one(*agendas_, docs_dir=None) -> str:
    found = problems(*agendas_, docs_dir=docs_dir)
    assert len(found) == 1, found
    return found[0]


# --- validation -------------------------------------------------------------------------


def test_a_valid_agenda_passes(docs):
    assert problems(agenda(), docs_dir=docs) == []


def test_the_real_workshop_formats_are_valid():
    registry = Registry.load(DOCS)
    formats = ag.load(registry.components, registry.usage, DOCS)
    assert {"introduction-90", "half-day", "full-day"} <= set(formats)
    assert formats["introduction-90"].minutes == 90
    assert 200 <= formats["half-day"].minutes <= 240 and any(b.type == "break" for b in formats["half-day"].blocks)
    assert formats["full-day"].minutes >= 360


def test_a_block_id_shared_by_formats_is_one_activity():
    """Readers' edited run sheets are kept by block id, and a facilitator who knows one
    format meets the same block in another: a recurring id keeps its kind of activity and
    the chapter it draws on in every format (macros/content/data/workshops.py writes it once)."""
    registry = Registry.load(DOCS)
    formats = ag.load(registry.components, registry.usage, DOCS)
    by_id: dict[str, list[Block]] = {}
    for fmt in formats.values():
        for b in fmt.blocks:
            by_id.setdefault(b.id, []).append(b)
    shared = {bid: blocks for bid, blocks in by_id.items() if len(blocks) > 1 and blocks[0].type != "break"}
    assert {"opening", "work-mix", "roles", "act-model", "stakeholder-map", "moments", "close"} <= set(shared)
    for bid, blocks in shared.items():
        assert len({b.type for b in blocks}) == 1, (bid, [b.type for b in blocks])
        assert len({b.section.partition("#")[0] for b in blocks}) == 1, (bid, [b.section for b in blocks])


def test_minutes_that_do_not_add_up_name_the_format_the_field_and_every_block(docs):
    message = one(agenda(block("welcome", 10), block("pairs", 25), minutes=30), docs_dir=docs)
    assert message.startswith("agenda 'demo', field 'minutes':")
    assert "add up to 35 minutes, not the stated 30" in message and "+5" in message
    assert "welcome 10" in message and "pairs 25" in message


def test_unknown_component_names_format_block_and_field(docs):
    message = one(agenda(block("pairs", 20, components=("stakeholder-mop",))), docs_dir=docs)
    assert message.startswith("agenda 'demo', block 'pairs', field 'components':")
    assert "'stakeholder-mop'" in message and "Did you mean 'stakeholder-map'" in message


def test_a_component_on_no_page_cannot_be_linked(docs):
    comps = {**COMPONENTS, "loose": replace(HABITS, id="loose")}
    with pytest.raises(DataError) as err:
        validate_agendas([AgendaSource("m", agenda(block("b", 5, components=("loose",))))], comps, USAGE)
    assert "agenda 'demo', block 'b', field 'components': component 'loose' is not placed on any page" in str(err.value)


def test_unknown_page_names_format_block_and_field(docs):
    found = check_pages(
        [agenda(block("read", 10, section="atc.md#access"), block("ok", 5, section="moments/index.md"))], docs
    )
    assert len(found) == 1, found
    assert found[0].startswith("agenda 'demo', block 'read', field 'section':")
    assert "page 'atc.md' does not exist in docs/" in found[0] and "Did you mean 'act.md'" in found[0]


def test_unknown_anchor_is_found_against_the_built_page():
    formats = [
        agenda(block("read", 10, section="act.md#the-true-client-tset"), block("ok", 5, section="act.md#access"))
    ]
    built = {"act.md": {"access", "the-true-client-test"}}
    found = check_anchors(formats, built.get)
    assert len(found) == 1
    assert found[0].startswith("agenda 'demo', block 'read', field 'section':")
    assert "no anchor '#the-true-client-tset'" in found[0] and "Did you mean 'the-true-client-test'" in found[0]
    assert check_anchors([agenda(block("x", 5, section="gone.md#a"))], built.get) == [
        "agenda 'demo', block 'x', field 'section': page 'gone.md' was not built"
    ]
    assert check_anchors([agenda(block("x", 5, section="act.md"))], built.get) == []


@pytest.mark.parametrize(
    "bad,where",
    [
        (block("b", 10, type="lecture"), "block 'b', field 'type': unknown activity type 'lecture'"),
        (block("b", 0), "block 'b', field 'minutes'"),
        (block("b", 10, purpose=""), "block 'b', field 'purpose'"),
        (block("b", 10, instructions=()), "block 'b', field 'instructions'"),
        (block("b", 10, instructions=("ok", " ")), "block 'b', field 'instructions[1]'"),
        (block("b", 10, section=""), "block 'b', field 'section'"),
        (block("b", 10, section="/act.md"), "block 'b', field 'section'"),
        (block("b", 10, section="act.md#"), "block 'b', field 'section': 'act.md#' has a malformed #anchor"),
        (block("b", 10, materials=("",)), "block 'b', field 'materials[0]'"),
        (block("B b", 10), "block 'B b', field 'id'"),
        (
            block("b", 10, components=("trust-builders", "trust-builders")),
            "field 'components': a component is listed twice",
        ),
        (
            block("b", 10, purpose="Work on it {all_morning}."),
            "block 'b', field 'purpose': unknown placeholder {all_morning}",
        ),
        (
            block("b", 10, instructions=("Say it takes {Lenght}.",)),
            "block 'b', field 'instructions[0]': unknown placeholder {Lenght}",
        ),
    ],
)
def test_block_problems_are_named(docs, bad, where):
    message = one(agenda(block("ok", 5), bad), docs_dir=docs)
    assert message.startswith("agenda 'demo', ") and where in message, message


def test_a_break_needs_no_purpose_instructions_or_section(docs):
    assert (
        problems(agenda(block("break", 15, type="break", purpose="", instructions=(), section="")), docs_dir=docs) == []
    )


def test_agenda_level_problems(docs):
    found = problems(
        agenda(id="Bad Id", title=" ", start="9am"),
        agenda(block("a", 5), block("a", 5), id="twice"),
        agenda(id="twice"),
        docs_dir=docs,
    )
    text = "\n".join(found)
    assert "agenda 'Bad Id', field 'id'" in text and "agenda 'Bad Id', field 'title': must not be empty" in text
    assert "agenda 'Bad Id', field 'start': '9am' is not a 24-hour time" in text
    assert "agenda 'twice', block 'a', field 'id': duplicate block id" in text
    assert "agenda 'twice', field 'id': duplicate agenda id" in text


def test_every_problem_is_listed_at_once(docs):
    bad = agenda(block("a", 10, type="x", components=("nope",), section="no.md#"), minutes=5)
    found = problems(bad, docs_dir=docs)
    assert len(found) == 4, found
    with pytest.raises(DataError, match=r"^4 problems in the workshop agendas"):
        validate_agendas([AgendaSource("m", bad)], COMPONENTS, USAGE)


# --- clock times --------------------------------------------------------------------------


def test_clock_times_follow_from_the_start():
    a = agenda(block("a", 10), block("b", 15), block("c", 50))
    assert [(b.id, s, e) for b, s, e in ag.timeline(a)] == [
        ("a", "09:00", "09:10"),
        ("b", "09:10", "09:25"),
        ("c", "09:25", "10:15"),
    ]
    assert [(s, e) for _, s, e in ag.timeline(a, "13:30")] == [
        ("13:30", "13:40"),
        ("13:40", "13:55"),
        ("13:55", "14:45"),
    ]
    assert [(s, e) for _, s, e in ag.timeline(a, "23:45")][-2:] == [("23:55", "00:10"), ("00:10", "01:00")]
    assert parse_clock("07:05") == 425
    with pytest.raises(ValueError):
        parse_clock("24:00")
    assert ag.duration(90) == "1 h 30 min" and ag.duration(45) == "45 min" and ag.duration(240) == "4 h"


# --- rendering ----------------------------------------------------------------------------


class FakeLinks:
    def section(self, section):
        page, _, anchor = section.partition("#")
        return ag.Link(f"../{page}#{anchor}", f"Page › {anchor}")

    def component(self, cid):
        return ag.Link(f"../act/#worksheet-{cid}", COMPONENTS[cid].title, "worksheet")


def rendered(a, level=3):
    return BeautifulSoup(ag.render_agenda(a, FakeLinks(), level), "html.parser")


def test_run_sheet_shows_clock_times_from_the_default_start():
    a = agenda(block("welcome", 10), block("pairs", 20, type="pairs"), block("close", 15), start="13:30")
    html = rendered(a)
    blocks = html.select(".cpp-agenda__block")
    assert [b["id"] for b in blocks] == ["agenda-demo-welcome", "agenda-demo-pairs", "agenda-demo-close"]
    times = [[t.get_text() for t in b.select("time")] for b in blocks]
    assert times == [["13:30", "13:40"], ["13:40", "14:00"], ["14:00", "14:15"]]
    offsets = [[t["data-offset"] for t in b.select("time")] for b in blocks]
    assert offsets == [["0", "10"], ["10", "30"], ["30", "45"]]
    assert html.select_one(".cpp-agenda__end time").get_text() == "14:15"
    assert html.select_one(".cpp-agenda")["data-start"] == "13:30"
    start = html.select_one("input[data-cpp-agenda-start]")  # text: <input type=time> shows the browser's locale
    assert start["value"] == "13:30" and start["type"] == "text"
    assert [b["data-minutes"] for b in blocks] == ["10", "20", "15"]
    assert "45 min" in html.select_one(".cpp-agenda__summary").get_text()
    assert [b.select_one(".cpp-agenda__type").get_text() for b in blocks] == ["Talk", "Pairs", "Talk"]


def test_run_sheet_links_sections_and_tools_and_needs_js_only_for_controls():
    html = rendered(agenda())
    pairs = html.select_one("#agenda-demo-pairs")
    assert pairs.select_one("h3.cpp-agenda__title").get_text().startswith("Block pairs")
    assert pairs.select_one("a.headerlink")["href"] == "#agenda-demo-pairs"
    assert pairs.select_one("a.cpp-agenda__section")["href"] == "../act.md#access"
    assert [a["href"] for a in pairs.select(".cpp-agenda__tools a")] == ["../act/#worksheet-stakeholder-map"]
    assert "(worksheet)" in pairs.select_one(".cpp-agenda__tools").get_text()
    controls = html.select_one("[data-cpp-agenda-controls]")
    assert controls.has_attr("hidden"), "the start-time control needs JavaScript, so it starts hidden"
    assert html.select_one("label[for=agenda-demo-start]") and html.select_one("#agenda-demo-start")


def test_run_sheet_escapes_text_and_checks_the_heading_level():
    a = agenda(block("x", 5, title="<script>alert(1)</script>", purpose="A & B"))
    out = ag.render_agenda(a, FakeLinks())
    assert "<script>" not in out and "&lt;script&gt;" in out and "A &amp; B" in out
    assert rendered(a, level=2).select_one("h2.cpp-agenda__title")
    with pytest.raises(ValueError):
        ag.render_agenda(a, FakeLinks(), level=7)


def test_unknown_agenda_id_names_the_page_and_suggests():
    with pytest.raises(
        ag.UnknownAgendaError, match=r"unknown agenda id 'half-dya' on page 'f.md'\. Did you mean 'half-day'"
    ):
        ag.get({"half-day": agenda(id="half-day")}, "half-dya", "f.md")


# --- links as MkDocs makes them -----------------------------------------------------------


def site_links(current, use_directory_urls=True):
    registry = Registry.load(DOCS)
    site = urls.Site("Playbook", "https://example.org/playbook/", use_directory_urls)
    return ag.SiteLinks(registry, site, current, DOCS)


def test_site_links_are_relative_to_the_page_with_and_without_directory_urls():
    links = site_links("facilitator/half-day-workshop/")
    s = links.section("access-credibility-trust.md#the-true-client-test")
    assert s.href == "../../access-credibility-trust/#the-true-client-test"
    assert s.text == "Access, Credibility and Trust › The true-client test"
    assert links.section("index.md").href == "../../"
    assert links.component("stakeholder-map").href == "../../access-credibility-trust/#worksheet-stakeholder-map"
    assert links.component("kickoff-plan").href == "../../moments-of-truth/start-something-new/#worksheet-kickoff-plan"
    flat = site_links("facilitator/half-day-workshop.html", use_directory_urls=False)
    assert flat.section("moments-of-truth/index.md#the-remedy").href == "../moments-of-truth/index.html#the-remedy"


def test_heading_titles_slug_like_the_toc_extension():
    titles = ag.heading_titles(
        "# Title\n\n## The true-client test\n\n### Lead, *don't* serve\n\n## Custom { #my-id }\n"
    )
    assert titles["the-true-client-test"] == "The true-client test"
    assert titles["lead-dont-serve"] == "Lead, don't serve"
    assert titles["my-id"] == "Custom"


def test_run_sheet_pages_are_found_by_jinjas_parser(tmp_path):
    """The page that shows a format's run sheet (Registry.run_sheets, from the same scan of
    the pages as the tools): a real `agenda(...)` call, by position or `id=`; one inside a
    Jinja comment or a raw block (an example in prose) is none."""
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "day.md").write_text('# Day\n\n{{ agenda(id="full-day") }}\n', encoding="utf-8")
    (tmp_path / "intro.md").write_text("# Intro\n\n{{ agenda('intro') }}\n", encoding="utf-8")
    (tmp_path / "howto.md").write_text(
        '# How\n\n{# {{ agenda("half-day") }} #}\n\n{% raw %}\n    {{ agenda("half-day") }}\n{% endraw %}\n',
        encoding="utf-8",
    )
    registry = Registry()
    registry.scan_pages(tmp_path)
    assert registry.run_sheets == {"full-day": "guide/day.md", "intro": "intro.md"}


def test_length_and_time_of_day_placeholders_become_words_the_script_updates():
    a = agenda(
        block("welcome", 60, purpose="Meet the people you work with {part}."),
        block("pairs", 150, type="pairs", instructions=("Remind them the session is {length}.",)),
        intro="{Length} <of> practice, {part}.",
    )
    assert problems(a) == []
    html = rendered(a)
    words = html.select(".cpp-agenda-words")
    assert [(w["data-cpp-agenda-words"], w.get_text(), w.has_attr("data-capital")) for w in words] == [
        ("length", "Three and a half hours", True),
        ("part", "all morning", False),
        ("part", "all morning", False),
        ("length", "three and a half hours", False),
    ]
    assert all(w["data-agenda"] == "demo" for w in words)
    assert html.select_one(".cpp-agenda__intro").get_text() == "Three and a half hours <of> practice, all morning."
    assert "{" not in html.get_text()
    assert one(agenda(intro="Takes {hours}.")).endswith(
        "field 'intro': unknown placeholder {hours} (known: {length}, {Length}, {part}, {Part})"
    )


def test_the_downloads_say_the_pdfs_keep_the_formats_own_times():
    from macros.render import packs

    listed = packs.render_downloads(
        "https://example.org/",
        "facilitator/index.md",
        [packs.Download("Participant workbook, Demo", (("A4", "a.pdf", "1 MB"),))],
    )
    note = BeautifulSoup(listed, "html.parser").select_one(".cpp-downloads__times")
    assert note and "own start time and blocks" in note.get_text()
    assert "Print the workbook and pack with these times" in note.get_text(), "names the link on the run sheet"
    assert "cpp-downloads__times" not in packs.render_downloads("https://example.org/", "facilitator/index.md")
