"""Tools that measure well (issue 14): rules about the real content data that a
schema cannot express. Each test names the tool and item that breaks a rule."""

from __future__ import annotations

import dataclasses
import difflib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.content import scoring
from macros.content.data.chapters import CHAPTERS
from macros.content.model import NOT_APPLICABLE, SITUATIONS, Assessment, Checklist, Scale
from macros.content.registry import discover
from macros.render import relationships

TOOLS = [s.component for s in discover()[0]]
CHECKLISTS = [c for c in TOOLS if isinstance(c, Checklist)]
ASSESSMENTS = [c for c in TOOLS if isinstance(c, Assessment)]

# An item starts with a verb telling the reader what to do, not with who did it.
NOT_IMPERATIVE = re.compile(r"^(I|We|They|You|My|Our|The|Everyone|Nobody|People)\b|^\w+ed\b")
# Words of a promise nobody in HR can always keep (duties to report, dual roles).
ABSOLUTE_SECRECY = re.compile(
    r"\b(stays? (private|confidential|between you)|kept every|keep(ing)? (the client's |their |all )?confidences|"
    r"never (share|repeat|pass on)|kept private)\b",
    re.I,
)
UK_SPELLINGS = re.compile(
    r"\b(organis\w*|programme|judgement|kick-off|colour\w*|behaviour\w*|favour\w*|centre|analys(e|ed|ing)|"
    r"prioritis\w*|realis\w*|recognis\w*|licence|practis(e|ing))\b",
    re.I,
)


def all_text(comp) -> list[tuple[str, str]]:
    """(where, text) for every sentence a reader sees in a tool."""
    out = [(comp.id, comp.title), (comp.id, comp.intro)]
    if comp.meta:
        out.append((f"{comp.id} meta", comp.meta.outcome))
    for i in getattr(comp, "items", ()):
        out += [(f"{comp.id}/{i.id}", i.text), (f"{comp.id}/{i.id} why", i.why)]
    for f in getattr(comp, "fields", ()):
        out += [(f"{comp.id}/{f.id}", t) for t in (f.label, f.guidance, f.example)]
    for d in getattr(comp, "dimensions", ()):
        out += [(f"{comp.id}/{s.id}", s.text) for s in d.statements]
        out += [(f"{comp.id}/{d.id} band", t) for b in d.bands for t in (b.meaning, b.next_step)]
    return [(w, t) for w, t in out if t]


def test_every_assessment_has_the_same_number_of_statements_per_dimension():
    # The client's view asks each part of the self-assessments it mirrors (5 statements for
    # ACT, 3 for a moment), and is charted part by part against them: its rule is below.
    for a in ASSESSMENTS:
        if a.id == relationships.CLIENT_VIEW["component"]:
            continue
        counts = {d.id: len(d.statements) for d in a.dimensions}
        assert len(set(counts.values())) == 1, f"{a.id}: statements per dimension differ: {counts}"


# --- Instruments that measure what they say (issue 27) ------------------------------------

BY_ID = {c.id: c for c in TOOLS}
FREQUENCY_WORDS = {"never", "rarely", "sometimes", "often", "always", "usually", "seldom"}
# Statements about what you know or can do once: "how often" makes no sense for them.
KNOWLEDGE = re.compile(r"^(I|You|This client|People) (can (name|describe|say|show|see|explain)|knows?|understands?)\b")


def test_the_client_view_asks_the_statements_of_the_self_assessments_on_their_scale():
    view = BY_ID[relationships.CLIENT_VIEW["component"]]
    assert relationships._client_view_problems(BY_ID) == []
    for cid in relationships.CLIENT_VIEW["mirrors"]:
        source = BY_ID[cid]
        assert source.scale == view.scale, f"{cid} and {view.id} must share one scale"
        for d in source.dimensions:
            mine = next(x for x in view.dimensions if x.id == d.id)
            assert [s.client.id for s in d.statements] == [s.id for s in mine.statements], f"{cid}/{d.id}"
            assert [s.client.text for s in d.statements] == [s.text for s in mine.statements]
            for s in d.statements:  # worded for the client, who speaks as "I" or "we"
                assert re.search(r"\b(I|me|my|we|our)\b", s.client.text), f"{cid}/{s.id}: {s.client.text!r}"
                assert s.client.text != s.text or s.text.startswith("Our "), f"{cid}/{s.id}: word it for the client"


def test_the_client_view_check_stops_a_chart_of_unlike_things():
    # The build's check can fail: another scale, or a statement without its client wording.
    view, act = BY_ID["client-view"], BY_ID["act-assessment"]
    other = dataclasses.replace(view, scale=Scale(labels=("Never", "Rarely", "Sometimes", "Often", "Always")))
    assert any("scale" in p for p in relationships._client_view_problems(BY_ID | {"client-view": other}))
    dim = act.dimensions[0]
    bare = dataclasses.replace(
        dim, statements=(dataclasses.replace(dim.statements[0], client=None), *dim.statements[1:])
    )
    act2 = dataclasses.replace(act, dimensions=(bare, *act.dimensions[1:]))
    assert any(
        "does not ask the statements" in p
        for p in relationships._client_view_problems(BY_ID | {"act-assessment": act2})
    )


def test_knowledge_statements_are_not_rated_on_a_frequency_scale():
    for a in ASSESSMENTS:
        labels = {w for label in a.scale.labels for w in label.lower().split()}
        for d in a.dimensions:
            for s in d.statements:
                if KNOWLEDGE.match(s.text):
                    assert not labels & FREQUENCY_WORDS, (
                        f"{a.id}/{s.id} states knowledge; rate it on agreement: {s.text!r}"
                    )


def test_every_assessment_part_has_a_reverse_keyed_statement():
    for a in ASSESSMENTS:
        for d in a.dimensions:
            keyed = [s.reverse for s in d.statements]
            assert any(keyed) and not all(keyed), f"{a.id}/{d.id}: needs at least one reverse-keyed statement"


def test_agreeing_with_everything_is_never_the_top_band():
    # A reader who picks the same point for every statement (yes-saying) reads the
    # reverse-keyed ones wrong; the top band needs an average above the second-highest
    # point, counted the right way round. (The client's view has two bands, split at neutral.)
    for a in ASSESSMENTS:
        if a.for_client:
            continue
        hi = a.scale.max
        for d in a.dimensions:
            top = max(d.bands, key=lambda b: b.min)
            assert top.min > len(d.statements) * (hi - 1), f"{a.id}/{d.id}: {top.label} starts at {top.min}"
            for point in (hi - 1, hi):
                total = scoring.score(d, {s.id: point for s in d.statements}, a.scale)
                assert scoring.band_for(d, total) is not top, (
                    f"{a.id}/{d.id}: all {a.scale.labels[point - 1]} is {top.label}"
                )


def test_a_part_scores_with_does_not_apply_answers_and_reverse_keying():
    act = BY_ID["act-assessment"]
    access = act.dimensions[0]
    ids = [s.id for s in access.statements]
    rev = next(s.id for s in access.statements if s.reverse)
    all_fours = {i: 4 for i in ids}
    assert scoring.score(access, all_fours, act.scale) == 4 * 4 + 2  # the reverse-keyed 4 counts as 2
    one_na = all_fours | {ids[1]: NOT_APPLICABLE} | {rev: 2}
    assert scoring.score(access, one_na, act.scale) == 20  # four rated at 4, scaled to five: 16 * 5 / 4
    assert scoring.score(access, {i: NOT_APPLICABLE for i in ids[:2]} | {i: 5 for i in ids[2:]}, act.scale) is not None
    assert scoring.score(access, {i: NOT_APPLICABLE for i in ids[:3]} | {i: 5 for i in ids[3:]}, act.scale) is None
    assert scoring.score(access, {i: 3 for i in ids[1:]}, act.scale) is None  # one unanswered: no score yet


def test_weekly_checklists_let_a_habit_not_arise():
    for cid in ("trust-builders", "keep-informed-habits"):
        assert "did not arise" in BY_ID[cid].na_label.lower(), cid
    for a in ASSESSMENTS:
        assert a.na_label, f'{a.id}: offer "does not apply"'


# An imperative verb after "and" or "then" starts a second action. The verbs are those
# that start the checklists' own items, plus common ones.
VERBS = (
    {c.items[0].text.split()[0].lower() for c in CHECKLISTS}
    | {i.text.split()[0].lower().strip(",") for c in CHECKLISTS for i in c.items}
    | {
        "ask",
        "agree",
        "write",
        "tell",
        "say",
        "read",
        "mark",
        "check",
        "update",
        "keep",
        "close",
        "fix",
        "offer",
        "get",
        "let",
        "put",
        "point",
        "confirm",
        "sum",
        "send",
        "book",
        "share",
        "note",
        "list",
        "name",
        "set",
        "review",
        "call",
        "invite",
        "record",
        "make",
        "give",
        "take",
        "thank",
        "follow",
    }
)
VERBS -= {"before", "when", "within", "afterward", "early", "for", "if", "at", "once", "after", "whenever"}
TWO_ACTIONS = re.compile(r"\b(and|then)\s+(?:to\s+)?(" + "|".join(sorted(VERBS)) + r")\b", re.I)


def test_one_action_per_checklist_item():
    for c in CHECKLISTS:
        for i in c.items:
            found = TWO_ACTIONS.search(i.text)
            assert not found, f"{c.id}/{i.id} joins two actions ({found.group(0)!r}); split it: {i.text!r}"


def test_the_two_actions_rule_can_fail():
    assert TWO_ACTIONS.search("Read the report and mark two figures.")
    assert TWO_ACTIONS.search("Talk it through, then confirm it in writing.")
    assert not TWO_ACTIONS.search("Report a result in the same meeting and format as the good ones.")


def test_the_role_call_claims_no_more_than_it_measures():
    role = BY_ID[relationships.ROLE]
    said = " ".join([role.intro, role.meta.outcome, *(card.outcome for card in CHAPTERS)]).lower()
    assert "really play" not in said and "role you are playing" not in said
    assert "not proof" in role.intro


def test_the_stakeholder_map_has_a_shared_client():
    people = next(f for f in BY_ID["stakeholder-map"].fields if f.id == "people")
    verdict = next(c for c in people.columns if c.id == relationships.MAP["verdict"])
    assert relationships.MAP["shared"] in verdict.options and {"Client", "Contact"} <= set(verdict.options)


def test_no_statement_rates_the_true_client_test():
    # Whether someone passes the test is yes or no: the stakeholder map asks it that way.
    for a in ASSESSMENTS:
        for d in a.dimensions:
            for s in d.statements:
                assert "true client" not in s.text.lower() and "three tests" not in s.text.lower(), f"{a.id}/{s.id}"
    stakeholder = next(c for c in TOOLS if c.id == "stakeholder-map")
    tests = next(f for f in stakeholder.fields if f.id == "people").columns
    assert [c.type for c in tests if c.id in ("owns-results", "authority", "chain")] == ["yes_no"] * 3


def test_no_statement_asks_two_things_at_once():
    # "X and Y" or "X, and I Y" in one statement asks for one rating of two behaviors.
    # A shared subject ("The client and I make ...") is one question.
    double = re.compile(r"\b(and|or) (I|we|they|the client|people)\b|, and\b", re.I)
    subject = re.compile(r"^(The client|This client|[A-Z]\w*) and I\b")
    for a in ASSESSMENTS:
        for d in a.dimensions:
            for s in d.statements:
                assert not double.search(subject.sub("", s.text)), f"{a.id}/{s.id} may ask two things: {s.text!r}"


def test_every_checklist_item_is_an_imperative_action_with_a_why():
    for c in CHECKLISTS:
        for i in c.items:
            assert i.why.strip(), f"{c.id}/{i.id}: no one-line why"
            assert len(i.why) <= 120, f"{c.id}/{i.id}: the why is longer than one line"
            first = i.text.split()[0].strip(",")
            assert not NOT_IMPERATIVE.match(i.text) and first[:1].isupper(), (
                f"{c.id}/{i.id}: start with what to do (imperative), not {first!r}"
            )


def test_no_checklist_item_repeats_across_tools():
    items = [(f"{c.id}/{i.id}", i.text.lower()) for c in CHECKLISTS for i in c.items]
    for n, (where, text) in enumerate(items):
        for other, other_text in items[n + 1 :]:
            if where.split("/")[0] == other.split("/")[0]:
                continue
            matcher = difflib.SequenceMatcher(None, text, other_text)
            # the quick ratios are upper bounds of ratio(): most pairs stop there
            if matcher.real_quick_ratio() < 0.7 or matcher.quick_ratio() < 0.7:
                continue
            ratio = matcher.ratio()
            assert ratio < 0.7, f"{where} and {other} say nearly the same thing ({ratio:.2f})"


def test_no_tool_promises_absolute_confidentiality():
    for comp in TOOLS:
        for where, text in all_text(comp):
            assert not ABSOLUTE_SECRECY.search(text), f"{where}: promise limits agreed up front, not secrecy: {text!r}"


def test_the_limits_of_confidentiality_are_agreed_up_front():
    text = " ".join(t for comp in TOOLS for _, t in all_text(comp)).lower()
    for duty in ("harassment", "safety", "fraud", "legal"):
        assert duty in text, f"no tool names the duty to report {duty}"


def test_us_spelling_in_tools():
    for comp in TOOLS:
        for where, text in all_text(comp):
            found = UK_SPELLINGS.search(text)
            assert not found, f"{where}: US spelling please, not {found.group(0)!r}"


def test_every_situation_has_a_tool():
    used = {s for c in TOOLS for s in c.meta.situations}
    assert [s for s in SITUATIONS if s not in used] == []


def test_each_self_assessment_explains_reverse_scoring_and_its_top_band():
    from macros.render.render import render_component

    for a in ASSESSMENTS:
        how = re.sub(
            r"<[^>]+>",
            "",
            render_component(a).split('class="cpp-assessment__how"', 1)[1].split(">", 1)[1].split("</p>", 1)[0],
        )
        assert "reverse-scored" in how and "Does not apply" in how, f"{a.id}: {how}"
        if not a.for_client:
            assert f"top band needs an average above “{a.scale.labels[-2]}”" in how, f"{a.id}: {how}"
