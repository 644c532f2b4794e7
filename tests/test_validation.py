"""Validation of content data: every kind of error, with the message a writer sees."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.content.model import (
    Assessment,
    Band,
    Checklist,
    ChecklistItem,
    Column,
    Dimension,
    Field,
    GlossaryTerm,
    Scale,
    Statement,
    ToolMeta,
    Worksheet,
)
from macros.content.registry import discover
from macros.content.validate import DataError, Source, validate

BANDS_2x1to5 = (
    Band(2, 4, "Low", "Meaning low.", "Step low."),
    Band(5, 7, "Mid", "Meaning mid.", "Step mid."),
    Band(8, 10, "High", "Meaning high.", "Step high."),
)


META = ToolMeta(("first-meeting",), 10, ("alone",), "A list of what to ask")


def checklist(**kw):
    items = (ChecklistItem("keep-word", "Call back when you said you would", "Small promises predict big ones."),)
    base = dict(id="trust-builders", title="Trust builders", items=items, meta=META)
    return Checklist(**{**base, **kw})


def worksheet(*fields, **kw):
    fields = fields or (Field("goal", "Goal", "short_text"),)
    return Worksheet(**{**dict(id="kickoff-plan", title="Kickoff plan", fields=fields, meta=META), **kw})


def dimension(**kw):
    base = dict(
        id="access",
        title="Access",
        statements=(Statement("reach", "I can reach them."), Statement("early", "I am invited early.")),
        bands=BANDS_2x1to5,
    )
    return Dimension(**{**base, **kw})


def assessment(*dims, **kw):
    return Assessment(**{**dict(id="act-check", title="ACT check", dimensions=dims or (dimension(),), meta=META), **kw})


def problems(*components, terms=(), module="macros.content.data.test"):
    with pytest.raises(DataError) as info:
        validate([Source(module, c) for c in components], terms)
    return info.value.problems, str(info.value)


def one_problem(*components, terms=()):
    found, _ = problems(*components, terms=terms)
    assert len(found) == 1, found
    return found[0]


def test_valid_data_passes():
    validate([Source("m", checklist()), Source("m", worksheet()), Source("m", assessment())])


def test_the_real_content_data_is_valid():
    sources, terms = discover()
    validate(sources, terms)  # discover() validated nothing; this must not raise
    assert sources, "no components found in macros/content/data"


def test_error_is_a_value_error_listing_every_problem():
    bad = checklist(id="Bad_Id", title=" ", items=(ChecklistItem("x", "", "Why."),))
    found, message = problems(bad)
    assert isinstance(DataError(["x"]), ValueError)
    assert len(found) == 3
    assert message.startswith("3 problems in the content data")
    for p in found:
        assert p in message


def test_duplicate_component_ids_across_modules_name_both_modules():
    with pytest.raises(DataError) as info:
        validate(
            [
                Source("macros.content.data.act", checklist()),
                Source("macros.content.data.roles", worksheet(id="trust-builders")),
            ]
        )
    (p,) = info.value.problems
    assert "component 'trust-builders'" in p and "field 'id'" in p
    assert "macros.content.data.act" in p and "macros.content.data.roles" in p


def test_duplicate_item_ids_within_a_checklist():
    p = one_problem(checklist(items=(ChecklistItem("a", "One", "W."), ChecklistItem("a", "Two", "W."))))
    assert p == (
        "component 'trust-builders', item 'a', field 'id': "
        "duplicate item id 'a' (ids must be unique within the component)"
    )


def test_duplicate_field_and_column_ids_in_a_worksheet():
    cols = (Column("name", "Name"), Column("name", "Name again"))
    found, _ = problems(
        worksheet(
            Field("goal", "Goal", "short_text"),
            Field("goal", "Goal again", "short_text"),
            Field("people", "People", "table", columns=cols),
        )
    )
    assert any("item 'goal'" in p and "duplicate field id" in p for p in found)
    assert any("item 'people.name'" in p and "duplicate column id" in p for p in found)


def test_duplicate_statement_ids_across_dimensions():
    d1 = dimension()
    d2 = dimension(id="trust", title="Trust", statements=(Statement("reach", "Again."), Statement("other", "x")))
    p = one_problem(assessment(d1, d2))
    assert "item 'reach'" in p and "duplicate statement id" in p


def test_duplicate_dimension_ids():
    d2 = dimension(statements=(Statement("other", "A"), Statement("more", "B")))
    p = one_problem(assessment(dimension(), d2))
    assert "item 'access'" in p and "duplicate dimension id" in p


@pytest.mark.parametrize(
    "component,where",
    [
        (checklist(title=""), "component 'trust-builders', field 'title'"),
        (checklist(items=(ChecklistItem("keep-word", "   ", "W."),)), "item 'keep-word', field 'text'"),
        (worksheet(Field("goal", "", "short_text")), "item 'goal', field 'label'"),
        (
            worksheet(Field("people", "People", "table", columns=(Column("name", ""),))),
            "item 'people.name', field 'label'",
        ),
        (assessment(dimension(title="")), "item 'access', field 'title'"),
        (
            assessment(dimension(statements=(Statement("reach", ""), Statement("early", "x")))),
            "item 'reach', field 'text'",
        ),
        (
            assessment(dimension(bands=(replace(BANDS_2x1to5[0], next_step=""), *BANDS_2x1to5[1:]))),
            "item 'access', field 'bands[0].next_step'",
        ),
    ],
)
def test_empty_text_is_named(component, where):
    p = one_problem(component)
    assert where in p and p.endswith("must not be empty")


@pytest.mark.parametrize("bad", ["Trust-Builders", "trust_builders", "trust builders", "-trust", "trust--x", "1st", ""])
def test_ids_must_be_kebab_case(bad):
    p = one_problem(checklist(id=bad) if bad else checklist(items=(ChecklistItem(bad, "Text", "Why."),)))
    assert f"{bad!r} is not a kebab-case id" in p


def test_kebab_case_checked_for_items_fields_columns_dimensions_statements():
    found, _ = problems(
        checklist(items=(ChecklistItem("Item", "x"),)),
        worksheet(Field("Goal", "Goal", "table", columns=(Column("Col", "Col"),))),
        assessment(dimension(id="Dim", statements=(Statement("St", "x"), Statement("ok", "y")))),
    )
    for where in ("item 'Item'", "item 'Goal'", "item 'Goal.Col'", "item 'Dim'", "item 'St'"):
        assert any(where in p and "kebab-case" in p for p in found), where


def test_unknown_field_type():
    p = one_problem(worksheet(Field("goal", "Goal", "essay")))
    assert p.startswith("component 'kickoff-plan', item 'goal', field 'type': unknown field type 'essay'")
    assert "short_text" in p


def test_unknown_column_type_and_table_in_table():
    found, _ = problems(
        worksheet(
            Field(
                "people",
                "People",
                "table",
                columns=(Column("name", "Name", "essay"), Column("sub", "Sub", "table")),
            )
        )
    )
    assert any("item 'people.name', field 'type': unknown column type 'essay'" in p for p in found)
    assert any("item 'people.sub', field 'type': unknown column type 'table'" in p for p in found)


def test_choice_without_options():
    p = one_problem(worksheet(Field("cadence", "Cadence", "choice")))
    assert p == "component 'kickoff-plan', item 'cadence', field 'options': type 'choice' needs at least one option"


def test_choice_column_without_options():
    p = one_problem(worksheet(Field("people", "People", "table", columns=(Column("role", "Role", "choice"),))))
    assert "item 'people.role', field 'options': type 'choice' needs at least one option" in p


def test_table_without_columns():
    p = one_problem(worksheet(Field("people", "People", "table")))
    assert p == "component 'kickoff-plan', item 'people', field 'columns': a table needs at least one column"


def test_options_and_columns_on_the_wrong_type_are_flagged():
    found, _ = problems(
        worksheet(
            Field("goal", "Goal", "short_text", options=("a",)),
            Field("notes", "Notes", "long_text", columns=(Column("a", "A"),)),
        )
    )
    assert any("item 'goal', field 'options'" in p for p in found)
    assert any("item 'notes', field 'columns'" in p for p in found)


def test_number_min_above_max():
    p = one_problem(worksheet(Field("share", "Share", "number", min=10, max=5)))
    assert p == "component 'kickoff-plan', item 'share', field 'min': min (10) is greater than max (5)"


def test_checklist_without_items():
    p = one_problem(checklist(items=()))
    assert p == "component 'trust-builders', field 'items': a checklist needs at least one item"


def test_worksheet_without_fields():
    assert "a worksheet needs at least one field" in one_problem(Worksheet("kickoff-plan", "Kickoff", (), meta=META))


def test_assessment_without_dimensions():
    p = one_problem(Assessment("act-check", "ACT check", (), meta=META))
    assert p == "component 'act-check', field 'dimensions': an assessment needs at least one dimension"


def test_dimension_without_statements():
    p = one_problem(assessment(dimension(statements=(), bands=(Band(0, 0, "x", "y", "z"),))))
    assert p == "component 'act-check', item 'access', field 'statements': a dimension needs at least one statement"


def test_dimension_without_bands():
    assert "a dimension needs score bands" in one_problem(assessment(dimension(bands=())))


def test_scale_labels_must_match_the_points():
    p = one_problem(assessment(scale=Scale(1, 5, ("No", "Yes"))))
    assert p == "component 'act-check', field 'scale.labels': 2 labels for a 1..5 scale of 5 points"


def test_scale_min_must_be_below_max():
    p = one_problem(assessment(scale=Scale(5, 1, ())))
    assert "field 'scale': scale min (5) must be below scale max (1)" in p


def test_band_gap():
    bands = (BANDS_2x1to5[0], replace(BANDS_2x1to5[1], min=6), BANDS_2x1to5[2])
    p = one_problem(assessment(dimension(bands=bands)))
    assert p == "component 'act-check', item 'access', field 'bands': no band covers the sum(s) 5 (possible sums 2-10)"


def test_band_overlap():
    bands = (BANDS_2x1to5[0], replace(BANDS_2x1to5[1], min=3, max=8), BANDS_2x1to5[2])
    p = one_problem(assessment(dimension(bands=bands)))
    assert p == "component 'act-check', item 'access', field 'bands': bands overlap at the sum(s) 3-4, 8"


def test_bands_must_cover_exactly_the_possible_sums():
    # 2 statements on 1..5: sums 2..10. Starting at 0 or ending at 12 is wrong.
    low = (replace(BANDS_2x1to5[0], min=0), *BANDS_2x1to5[1:])
    found, _ = problems(assessment(dimension(bands=low)))
    assert found == [
        "component 'act-check', item 'access', field 'bands': band 0-4 reaches outside the possible sums 2-10 "
        "(2 statements rated 1..5)"
    ]
    short = (*BANDS_2x1to5[:2], replace(BANDS_2x1to5[2], max=9))
    assert "no band covers the sum(s) 10" in one_problem(assessment(dimension(bands=short)))


def test_bands_follow_the_scale():
    # A 0..3 scale with 2 statements: sums 0..6.
    scale = Scale(0, 3, ("Never", "Sometimes", "Often", "Always"))
    ok = (Band(0, 2, "L", "m", "s"), Band(3, 6, "H", "m", "s"))
    validate([Source("m", assessment(dimension(bands=ok), scale=scale))])
    found, _ = problems(assessment(dimension(bands=BANDS_2x1to5), scale=scale))
    assert any("no band covers the sum(s) 0-1 (possible sums 0-6)" in p for p in found)
    assert any("band 8-10 reaches outside the possible sums 0-6 (2 statements rated 0..3)" in p for p in found)


def test_band_min_above_max():
    bands = (*BANDS_2x1to5[:2], Band(10, 8, "High", "m", "s"), Band(8, 10, "High", "m", "s"))
    found, _ = problems(assessment(dimension(bands=bands)))
    assert any("field 'bands[2]': band 10-8 has min greater than max" in p for p in found)


def test_not_a_component():
    found, _ = problems("trust-builders")
    assert "COMPONENTS holds str" in found[0] and "macros.content.data.test" in found[0]


def test_glossary_terms():
    terms = (
        GlossaryTerm("true-client", "true client", "Owns the result."),
        GlossaryTerm("true-client", "true client", "Again."),
        GlossaryTerm("Bad Id", "x", ""),
    )
    with pytest.raises(DataError) as info:
        validate([], terms)
    found = info.value.problems
    assert "glossary term 'true-client', field 'id': duplicate term id" in found
    assert "glossary term 'Bad Id', field 'id': 'Bad Id' is not a kebab-case id" in found
    assert "glossary term 'Bad Id', field 'definition': must not be empty" in found


# --- tool metadata (ToolMeta) ---------------------------------------------------


@pytest.mark.parametrize("make", [checklist, worksheet, assessment])
def test_a_tool_without_meta_fails_naming_the_tool_and_field(make):
    comp = make(meta=None)
    p = one_problem(comp)
    assert p == (
        f"component '{comp.id}', field 'meta': missing: every tool needs "
        "meta=ToolMeta(situations, minutes, with_whom, outcome)"
    )


@pytest.mark.parametrize(
    "meta, field, message",
    [
        (replace(META, situations=()), "meta.situations", "must be a non-empty tuple of ids from: new-request"),
        (replace(META, situations="first-meeting"), "meta.situations", "must be a non-empty tuple"),
        (
            replace(META, situations=("first-meting",)),
            "meta.situations",
            "unknown id 'first-meting' (known: new-request,",
        ),
        (replace(META, situations=("review", "review")), "meta.situations", "ids must not repeat"),
        (
            replace(META, with_whom=()),
            "meta.with_whom",
            "must be a non-empty tuple of ids from: alone, client, team, workshop",
        ),
        (replace(META, with_whom=("boss",)), "meta.with_whom", "unknown id 'boss'"),
        (replace(META, minutes=0), "meta.minutes", "0 is not a whole number of minutes from 1 to 240"),
        (replace(META, minutes=12.5), "meta.minutes", "12.5 is not a whole number of minutes"),
        (replace(META, minutes="15"), "meta.minutes", "'15' is not a whole number of minutes"),
        (replace(META, minutes=True), "meta.minutes", "True is not a whole number of minutes"),
        (replace(META, outcome="  "), "meta.outcome", "must not be empty"),
        (replace(META, outcome="x" * 91), "meta.outcome", "91 characters; keep it to one line of at most 90"),
    ],
)
def test_bad_meta_fields_are_named(meta, field, message):
    p = one_problem(checklist(meta=meta))
    assert p.startswith(f"component 'trust-builders', field '{field}': "), p
    assert message in p


def test_meta_must_be_a_toolmeta():
    p = one_problem(worksheet(meta={"minutes": 10}))
    assert p == "component 'kickoff-plan', field 'meta': must be a ToolMeta, not dict"


def test_every_situation_and_partner_has_the_words_readers_see():
    from macros.content.model import SITUATION_HEADINGS, SITUATIONS, WITH_WHOM, WITH_WHOM_LABELS

    assert list(SITUATION_HEADINGS) == list(SITUATIONS)  # Find a tool follows this order
    assert set(WITH_WHOM_LABELS) == set(WITH_WHOM)
    assert all(v.strip() for v in [*SITUATION_HEADINGS.values(), *WITH_WHOM_LABELS.values()])
