"""Rendering: the HTML each component becomes, built from in-test data (no MkDocs)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from components_demo import DEMO_ASSESSMENT, DEMO_CHECKLIST, DEMO_WORKSHEET

from macros.content.model import (
    Checklist,
    ChecklistItem,
    Field,
    GlossaryTerm,
    Worksheet,
)
from macros.markdown.rawblock import BEGIN, END, RawBlockExtension, wrap
from macros.render import render

EVIL = "<script>alert('x')</script>"


def html(comp, level=3):
    return BeautifulSoup(render.render_component(comp, level), "html.parser")


def label_text(doc, control) -> str:
    """The accessible name a control gets from a <label for>, an enclosing label or aria-label."""
    cid = control.get("id")
    if cid:
        lab = doc.find("label", attrs={"for": cid})
        if lab:
            return " ".join(lab.get_text().split())  # as a browser joins inline text: no extra spaces
    if control.get("aria-label"):
        return control["aria-label"]
    parent = control.find_parent("label")
    return " ".join(parent.get_text().split()) if parent else ""


def test_wrapper_anchor_and_data_attributes():
    doc = html(DEMO_CHECKLIST)
    root = doc.select_one("div.cpp-component")
    assert root["id"] == "checklist-demo-checklist"
    assert root["data-component"] == "demo-checklist"
    assert root["data-kind"] == "checklist"
    assert root["data-total"] == "4"
    assert "cpp-checklist" in root["class"]
    # the heading opens the component, at the level asked for, and names its fieldset
    # (outside it: the site search ends a heading's entry where the heading's parent ends)
    heading = root.select_one(":scope > h3.cpp-component__title")
    assert heading is not None and heading["id"] == "checklist-demo-checklist-title"
    assert heading.a["href"] == "#checklist-demo-checklist"
    assert root.select_one("fieldset.cpp-component__body")["aria-labelledby"] == heading["id"]
    assert html(DEMO_CHECKLIST, level=2).select_one(".cpp-component > h2.cpp-component__title") is not None


def test_heading_level_is_checked():
    with pytest.raises(ValueError, match="heading level"):
        render.render_component(DEMO_CHECKLIST, level=6)


def test_checklist_items_are_labelled_checkboxes_with_why():
    doc = html(DEMO_CHECKLIST)
    boxes = doc.select("ul.cpp-checklist__list > li.cpp-checklist__item > input[type=checkbox]")
    assert [b["data-item"] for b in boxes] == ["called-owner", "sent-summary", "asked-feedback", "kept-promise"]
    assert next(label_text(doc, b) for b in boxes) == "Called the owner of the result"
    assert all(label_text(doc, b) for b in boxes)
    why_id = boxes[0]["aria-describedby"]
    assert doc.find(id=why_id).get_text() == "Owners decide; contacts relay."
    assert not boxes[1].has_attr("aria-describedby")
    assert len({b["id"] for b in boxes}) == 4


def test_text_from_data_is_escaped():
    evil = Checklist(
        id="evil",
        title=EVIL,
        intro=EVIL,
        items=(ChecklistItem("a", EVIL, why=EVIL),),
    )
    out = render.render_component(evil)
    assert "<script" not in out
    assert "&lt;script&gt;" in out
    doc = BeautifulSoup(out, "html.parser")
    assert doc.find("script") is None
    assert EVIL in doc.select_one(".cpp-checklist__text").get_text()
    ws = Worksheet(
        "evil-ws",
        "T",
        (Field("f", EVIL, "choice", guidance=EVIL, example=EVIL, options=(EVIL, 'a" onclick="x')),),
    )
    out = render.render_component(ws)
    doc = BeautifulSoup(out, "html.parser")
    assert doc.find("script") is None
    radios = doc.select("input[type=radio]")
    assert radios[1]["value"] == 'a" onclick="x' and not radios[1].has_attr("onclick")


def test_every_worksheet_control_has_a_label():
    doc = html(DEMO_WORKSHEET)
    controls = doc.select("input:not([type=file]), textarea, select")
    assert len(controls) > 10
    for control in controls:
        assert label_text(doc, control), control
    # radio groups are fieldsets with a legend
    for radio in doc.select("input[type=radio]"):
        assert radio.find_parent("fieldset").legend.get_text(strip=True)


def test_worksheet_field_types():
    doc = html(DEMO_WORKSHEET)
    f = {d["data-field"]: d for d in doc.select("div.cpp-field")}
    assert list(f) == ["initiative", "story", "sponsor-agrees", "cadence", "budget", "review-date", "people"]
    assert f["initiative"].select_one("input")["type"] == "text"
    story = f["story"].select_one("textarea")
    assert story["rows"] == "4"
    assert len(f["story"].select(".cpp-writein[aria-hidden=true] .cpp-writein__line")) == 4
    assert [r["value"] for r in f["sponsor-agrees"].select("input[type=radio]")] == ["yes", "no"]
    assert [label_text(doc, r) for r in f["cadence"].select("input[type=radio]")] == [
        "Weekly",
        "Every two weeks",
        "Monthly",
    ]
    number = f["budget"].select_one("input")
    assert (number["type"], number["min"], number["max"]) == ("number", "0", "100")
    assert f["budget"].select_one(".cpp-number__unit").get_text() == "%"
    assert f["review-date"].select_one("input")["type"] == "date"


def test_guidance_and_example_per_field():
    doc = html(DEMO_WORKSHEET)
    for field in doc.select("div.cpp-field"):
        guidance = field.select_one(".cpp-field__guidance")
        assert guidance and guidance.get_text(strip=True)
        described = field.select_one("[aria-describedby]")
        assert guidance["id"] in described["aria-describedby"].split()
        example = field.select_one("details.cpp-example")
        assert example.summary.get_text() == "Example answer"
        assert example.select_one(".cpp-example__text").get_text(strip=True)
        assert not example.has_attr("open")


def test_table_field_rows_columns_template_and_add_row():
    doc = html(DEMO_WORKSHEET)
    field = doc.select_one('div.cpp-field[data-field="people"]')
    table = field.select_one("table.cpp-table")
    assert table["data-item"] == "people" and table["data-rows"] == "2"
    assert [th.get_text() for th in table.select("thead th[scope=col]")] == ["Name", "Role", "Notes", "Met?"]
    rows = table.select("tbody > tr")
    assert [r["data-row"] for r in rows] == ["1", "2"]
    cells = rows[1].select("[data-col]")
    assert [c.name for c in cells] == ["input", "select", "textarea", "select"]
    assert label_text(doc, cells[0]) == "Name, row 2"
    assert [o.get_text() for o in cells[1].select("option")] == ["", "Owner", "Contact"]
    assert [o["value"] for o in cells[3].select("option")] == ["", "yes", "no"]
    template = field.select_one("template.cpp-table__template")
    assert "__ROW__" in str(template)
    add = field.select_one("button[data-action=add-row]")
    assert add.has_attr("hidden") and add.get_text() == "Add row"


def test_assessment_structure():
    doc = html(DEMO_ASSESSMENT)
    root = doc.select_one("div.cpp-assessment")
    assert root["data-total"] == "3"
    dims = root.select("div.cpp-dimension")
    assert [(d["data-dimension"], d["data-min"], d["data-max"], d["data-count"]) for d in dims] == [
        ("access", "2", "10", "2"),
        ("trust", "1", "5", "1"),
    ]
    assert dims[0].h4.get_text() == "Access"
    statement = dims[0].select_one("fieldset.cpp-statement")
    assert statement.legend.get_text() == "I can reach the owner."
    radios = statement.select("input[type=radio]")
    assert [r["value"] for r in radios] == ["1", "2", "3", "4", "5", "na"]  # "na": does not apply (scoring.py)
    assert len({r["name"] for r in radios}) == 1
    assert [label_text(doc, r) for r in radios] == [
        "1 Never",
        "2 Rarely",
        "3 Sometimes",
        "4 Often",
        "5 Always",
        "Does not apply",
    ]
    score = dims[0].select_one(".cpp-score")
    assert score["aria-live"] == "polite" and score.has_attr("hidden")
    assert len(score.select("svg line.cpp-score__tick")) == 2  # three bands, two boundaries
    rows = dims[0].select("table.cpp-bands__table tbody tr.cpp-band")
    assert [(r["data-band-min"], r["data-band-max"]) for r in rows] == [("2", "4"), ("5", "7"), ("8", "10")]
    first = [c.get_text() for c in rows[0].find_all(["td", "th"])]
    assert first == ["2–4", "Weak", "You are kept at arm's length.", "Ask a contact to introduce you."]
    # without JS the bands read as an open table
    assert dims[0].select_one("details.cpp-bands").has_attr("open")


def test_toolbar_is_hidden_until_js_and_has_labelled_actions():
    for comp in (DEMO_CHECKLIST, DEMO_WORKSHEET, DEMO_ASSESSMENT):
        doc = html(comp)
        bar = doc.select_one(".cpp-toolbar")
        assert bar.has_attr("hidden")
        assert bar.select_one(".cpp-toolbar__progress")["aria-live"] == "polite"
        actions = {b["data-action"]: b for b in bar.select("button")}
        # assessments can also save a dated snapshot of their scores (workspaces.js charts
        # them) and share their ratings with a facilitator (Room results)
        assert set(actions) == {"clear", "export", "import"} | (
            {"snapshot", "share"} if comp.kind == "assessment" else set()
        )
        assert actions["clear"]["aria-label"].startswith("Clear")
        assert bar.select_one("input[type=file][data-action=import-file]").has_attr("hidden")
        assert bar.select_one("[role=status]") and bar.select_one("[role=alert]")


def test_wrapped_output_has_no_blank_lines_or_indentation():
    out = wrap(render.render_component(DEMO_WORKSHEET))
    assert out.startswith(BEGIN) and out.endswith(END)
    lines = out.splitlines()
    assert all(line and line == line.lstrip() for line in lines)


EXTENSIONS = ["admonition", "attr_list", "md_in_html", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.details"]


def to_html(md_text):
    md = markdown.Markdown(
        extensions=[*EXTENSIONS, RawBlockExtension()],
        extension_configs={"pymdownx.tabbed": {"alternate_style": True}},
    )
    return BeautifulSoup(md.convert(md_text), "html.parser")


@pytest.mark.parametrize(
    "template",
    [
        "Before.\n\n{x}\n\nAfter.\n",
        '!!! tip "T"\n\n    Before.\n\n    {x}\n\n    After, inside.\n\nOutside.\n',
        '=== "A"\n\n    {x}\n\n    After, in tab.\n\n=== "B"\n\n    B text.\n',
        '??? note "Folded"\n\n    {x}\n',
        "- A list item\n\n    {x}\n",
    ],
    ids=["top", "admonition", "tab", "details", "list"],
)
def test_component_survives_markdown_at_any_depth(template):
    comp = DEMO_WORKSHEET
    direct = BeautifulSoup(render.render_component(comp), "html.parser").select_one(".cpp-component")
    doc = to_html(template.replace("{x}", wrap(render.render_component(comp))))
    found = doc.select(".cpp-component")
    assert len(found) == 1
    # identical markup (Markdown touched nothing) and not wrapped in a paragraph or code block
    assert str(found[0]) == str(direct)
    assert found[0].find_parent(["p", "pre", "code"]) is None
    assert doc.find("pre") is None
    text = doc.get_text()
    if "After, inside" in template:
        assert doc.select_one(".admonition .cpp-component") is not None
        assert "After, inside." in doc.select_one(".admonition").get_text()
    if "tab" in template and "B text" in template:
        assert doc.select_one(".tabbed-block .cpp-component") is not None
        assert "After, in tab." in doc.select(".tabbed-block")[0].get_text()
    assert "{x}" not in text


def test_glossary_is_a_sorted_definition_list_with_anchors():
    terms = (
        GlossaryTerm("true-client", "true client", "Owns the result.", source="Robinson & Robinson"),
        GlossaryTerm("access", "access", f"Time with {EVIL}."),
    )
    doc = BeautifulSoup(render.render_glossary(terms), "html.parser")
    dts = doc.select("dl.cpp-glossary > dt")
    assert [dt["id"] for dt in dts] == ["access", "true-client"]
    assert dts[1].a["href"] == "#true-client"
    dds = doc.select("dl.cpp-glossary > dd")
    assert doc.find("script") is None and EVIL in dds[0].get_text()
    assert "Source: Robinson & Robinson." in dds[1].get_text()


def test_glossary_groups_terms_by_first_letter():
    terms = (
        GlossaryTerm("trust", "trust", "d."),
        GlossaryTerm("access", "access", "d."),
        GlossaryTerm("act-model", "ACT model", "d."),
        GlossaryTerm("true-client", "true client", "d."),
        GlossaryTerm("ninety", "90-day plan", "d."),
    )
    groups = [(letter, [t.id for t in ts]) for letter, ts in render.glossary_by_letter(terms)]
    assert groups == [("#", ["ninety"]), ("A", ["access", "act-model"]), ("T", ["true-client", "trust"])]


def test_abbreviations_are_safe_markdown():
    terms = (
        GlossaryTerm("true-client", "true client", "Owns\nthe [result]."),
        GlossaryTerm("odd", "odd [term] \\ x", "A definition."),
        GlossaryTerm("ACT", "ACT", "Access, credibility, trust."),
    )
    lines = render.abbreviations(terms).split("\n\n")
    assert lines == [
        "*[true client]: Owns the [result].",
        "*[True client]: Owns the [result].",
        "*[odd term x]: A definition.",
        "*[Odd term x]: A definition.",
        "*[ACT]: Access, credibility, trust.",
    ]
    out = markdown.markdown("The true client and the ACT.\n\n" + "\n".join(lines), extensions=["abbr"])
    assert '<abbr title="Owns the [result].">true client</abbr>' in out
    assert "*[" not in out


def test_abbreviations_only_for_terms_the_text_uses():
    terms = (
        GlossaryTerm("true-client", "true client", "Owns the result."),
        GlossaryTerm("odd", "odd [term]", "A definition."),
        GlossaryTerm("ACT", "ACT", "Access, credibility, trust."),
    )
    out = render.abbreviations(terms, within="Find the True Client first; an odd term helps.")
    assert out.split("\n\n") == [
        "*[true client]: Owns the result.",
        "*[True client]: Owns the result.",
        "*[odd term]: A definition.",
        "*[Odd term]: A definition.",
    ]
    assert render.abbreviations(terms, within="Nothing here.") == ""


def test_index_groups_by_kind_and_links_relative_to_the_page():
    usage = {"demo-checklist": "moments/start.md", "demo-worksheet": "tools.md"}
    titles = {"moments/start.md": "Start *something*", "tools.md": "All tools"}
    md = render.render_index([DEMO_WORKSHEET, DEMO_ASSESSMENT, DEMO_CHECKLIST], usage, titles, "reference/tools.md")
    assert md.index("## Checklists") < md.index("## Worksheets") < md.index("## Self-assessments")
    assert (
        "- [Demo checklist &lt;script&gt;alert\\('x'\\)&lt;/script&gt;](../moments/start.md#checklist-demo-checklist)"
        in md
    )
    assert "(checklist, 4 items), in *Start \\*something\\**" in md
    assert "](../tools.md#worksheet-demo-worksheet) (worksheet, 7 prompts)" in md
    assert "- Demo self-assessment (assessment, 3 statements): not on a page yet" in md
    assert 'data-progress-for="demo-checklist"' in md
    assert "\n\n- " in md and "\n\n\n" not in md  # tight lists, no runs of blank lines
    html_out = markdown.markdown(md)
    assert "<script>" not in html_out
    assert html_out.count("<li>") == 3
    # the reader sees the title as written: no stray backslash
    assert "Demo checklist <script>alert('x')</script>" in BeautifulSoup(html_out, "html.parser").get_text()


def test_page_components_lists_anchors():
    doc = BeautifulSoup(render.render_page_components([DEMO_CHECKLIST, DEMO_ASSESSMENT]), "html.parser")
    links = [a["href"] for a in doc.select("nav.cpp-on-page a")]
    assert links == ["#checklist-demo-checklist", "#assessment-demo-assessment"]
    assert render.render_page_components([]) == ""


def test_control_ids_cannot_collide():
    # "a-b" + "c" and "a" + "b-c" would both give "cpp-a-b-c" with a single hyphen
    assert render.control_id("a-b", "c") != render.control_id("a", "b-c")
    assert re.fullmatch(r"cpp-a-b__c", render.control_id("a-b", "c"))
