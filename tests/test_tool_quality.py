"""Tools that measure well (issue 14): rules about the real content data that a
schema cannot express. Each test names the tool and item that breaks a rule."""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from macros.content.model import SITUATIONS, Assessment, Checklist  # noqa: E402
from macros.content.registry import discover  # noqa: E402

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
    for a in ASSESSMENTS:
        counts = {d.id: len(d.statements) for d in a.dimensions}
        assert len(set(counts.values())) == 1, f"{a.id}: statements per dimension differ: {counts}"


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
