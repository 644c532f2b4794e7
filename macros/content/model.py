"""Typed content data: the shapes of checklists, worksheets and self-assessments.

Everything is frozen so that data modules cannot be changed after validation.
Ids are stable kebab-case strings: readers' saved answers and facilitators'
links depend on them, so never rename one that has been published.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# Worksheet field types. "table" is a repeating row (one row per stakeholder, say)
# whose cells are described by `columns`.
FieldType = Literal["short_text", "long_text", "yes_no", "choice", "number", "date", "table"]
FIELD_TYPES: tuple[str, ...] = FieldType.__args__  # type: ignore[attr-defined]

# Cell types a table column may have: a table inside a table is not allowed.
ColumnType = Literal["short_text", "long_text", "yes_no", "choice", "number", "date"]
COLUMN_TYPES: tuple[str, ...] = ColumnType.__args__  # type: ignore[attr-defined]


# --- Tool kinds ---------------------------------------------------------------
# The three kinds of tool, in the order indexes list them, with the words readers see:
# one place for every list of kinds (registry, macros, index, print pack, run sheets).


@dataclass(frozen=True)
class KindWords:
    label: str  # "self-assessment": after a tool's title in lists of links
    plural: str  # "Self-assessments": index and print pack headings
    item: str  # "statement": what one line of the tool is called


KIND_WORDS: dict[str, KindWords] = {
    "checklist": KindWords("checklist", "Checklists", "item"),
    "worksheet": KindWords("worksheet", "Worksheets", "prompt"),
    "assessment": KindWords("self-assessment", "Self-assessments", "statement"),
}
KINDS: tuple[str, ...] = tuple(KIND_WORDS)


# --- Tool metadata ----------------------------------------------------------
# Shown at the top of every tool, on All tools and on Find a tool. The situation
# ids are a fixed list so that Find a tool can group tools under stable headings.

Situation = Literal[
    "new-request",  # A new request arrives
    "first-meeting",  # Before a first meeting
    "starting-work",  # Starting the work
    "gone-quiet",  # The client has gone quiet
    "setback",  # After a setback
    "disagreement",  # You and the client disagree
    "decision",  # A decision is coming
    "review",  # Preparing a review
    "ending",  # The work is ending
    "own-practice",  # Working on your own practice
]
SITUATIONS: tuple[str, ...] = Situation.__args__  # type: ignore[attr-defined]

WithWhom = Literal["alone", "client", "team", "workshop"]
WITH_WHOM: tuple[str, ...] = WithWhom.__args__  # type: ignore[attr-defined]

# The words readers see for each id: Find a tool's headings (in this order) and the
# line at the top of every tool. validate.py checks that every id has one.
SITUATION_HEADINGS: dict[str, str] = {
    "new-request": "A new request arrives",
    "first-meeting": "Before a first meeting",
    "starting-work": "Starting the work",
    "gone-quiet": "The client has gone quiet",
    "setback": "After a setback",
    "disagreement": "You and the client disagree",
    "decision": "A decision is coming",
    "review": "Preparing a review",
    "ending": "The work is ending",
    "own-practice": "Working on your own practice",
}
WITH_WHOM_LABELS: dict[str, str] = {
    "alone": "on your own",
    "client": "with the client",
    "team": "with your team",
    "workshop": "in a workshop",
}
MAX_MINUTES = 240  # a tool longer than half a day is a workshop, not a tool
MAX_OUTCOME = 90  # characters: the outcome is one short line


@dataclass(frozen=True)
class ToolMeta:
    """When a tool helps, how long it takes, with whom, and what you end up with."""

    situations: tuple[Situation, ...]
    minutes: int
    with_whom: tuple[WithWhom, ...]
    outcome: str  # what you hold at the end, e.g. "A signed one-page agreement"


# --- Checklists -------------------------------------------------------------


# The answer stored for "does not apply" (a statement) or "did not arise" (a checklist
# item): it is an answer, so it never counts as undone or unrated, and it is left out of
# a part's score (macros/content/scoring.py, core/schema.js C.score).
NOT_APPLICABLE = "na"


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    why: str = ""  # optional "why it matters", shown as a short note under the item


@dataclass(frozen=True)
class Checklist:
    id: str
    title: str
    items: tuple[ChecklistItem, ...]
    intro: str = ""
    meta: ToolMeta | None = None  # required: validate.py fails a tool without it
    # A second box per item for "this did not come up", e.g. "Did not arise this week" on a
    # weekly list: it does not count against the reader. Empty: every item is do-or-not.
    na_label: str = ""
    kind: Literal["checklist"] = field(default="checklist", init=False)


# --- Worksheets -------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    id: str
    label: str
    type: ColumnType = "short_text"
    options: tuple[str, ...] = ()  # for type "choice"


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    type: FieldType
    guidance: str = ""  # how to answer, shown under the label
    example: str = ""  # a worked example answer from a realistic engagement
    options: tuple[str, ...] = ()  # for type "choice"
    columns: tuple[Column, ...] = ()  # for type "table"
    rows: int = 4  # for type "table": blank rows printed (and shown at first)
    lines: int = 3  # for type "long_text": write-in lines printed
    unit: str = ""  # for type "number": shown after the box, e.g. "%"
    min: float | None = None  # for type "number"
    max: float | None = None  # for type "number"


@dataclass(frozen=True)
class Worksheet:
    id: str
    title: str
    fields: tuple[Field, ...]
    intro: str = ""
    meta: ToolMeta | None = None  # required: validate.py fails a tool without it
    kind: Literal["worksheet"] = field(default="worksheet", init=False)


# --- Self-assessments -------------------------------------------------------


@dataclass(frozen=True)
class Scale:
    """The rating scale every statement of an assessment uses."""

    min: int = 1
    max: int = 5
    # One label per point, lowest first, e.g. ("Not at all", ..., "Always").
    labels: tuple[str, ...] = ("Never", "Rarely", "Sometimes", "Often", "Always")


# The five-point agreement scale: for what a reader knows or believes, and for every tool
# whose ratings are set beside the client's (the client's view asks on the same scale).
AGREEMENT = Scale(1, 5, ("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"))


@dataclass(frozen=True)
class Statement:
    id: str
    text: str
    # Reverse-keyed: agreeing describes the weaker state, so the rating counts the other
    # way round (scale.min + scale.max - rating). Catches a reader who agrees with all.
    reverse: bool = False
    # The same statement worded for the client, with its own saved-answer id: the client's
    # view form is built from these (ending.py), so both sides rate the same thing.
    client: Statement | None = None


@dataclass(frozen=True)
class Band:
    """A score band of one dimension. Scores are the SUM of the dimension's
    ratings (reverse-keyed ones turned round; scoring.py); bands are inclusive integer
    ranges that together cover every possible sum exactly once (checked at load)."""

    min: int
    max: int
    label: str  # e.g. "Weak", "Developing", "Strong"
    meaning: str  # what a score in this band says about you or the relationship
    next_step: str  # one concrete thing to do next


@dataclass(frozen=True)
class Dimension:
    id: str
    title: str
    statements: tuple[Statement, ...]
    bands: tuple[Band, ...]


@dataclass(frozen=True)
class Assessment:
    id: str
    title: str
    dimensions: tuple[Dimension, ...]
    scale: Scale = Scale()
    intro: str = ""
    meta: ToolMeta | None = None  # required: validate.py fails a tool without it
    # A form the client fills in about you: on paper it has no score lines or tables
    # (you score it when you enter their answers), so it reads as a questionnaire.
    for_client: bool = False
    # The extra answer every statement offers; it is left out of the score (scoring.py).
    na_label: str = "Does not apply"
    kind: Literal["assessment"] = field(default="assessment", init=False)


Component = Checklist | Worksheet | Assessment


# --- Chapter opening cards ---------------------------------------------------
# macros/content/data/chapters.py exposes CHAPTERS, a tuple of `ChapterCard`; chapters.py
# checks it against the pages and tools, and `{{ chapter_card() }}` renders it.


@dataclass(frozen=True)
class ChapterCard:
    """The short card a chapter opens with: when to read it, how long it takes, who
    is involved, what the reader ends with, and the one tool to start with."""

    page: str  # docs path of the chapter, e.g. "access-credibility-trust.md"
    use_when: str  # the situation, e.g. "Your contacts are friendly but the owner is out of reach"
    who: str  # who is involved, e.g. "You, one contact and the client they report to"
    outcome: str  # what the reader ends with
    start_tool: str  # id of the one tool to start with
    # One or two short sentences for the chapter's card on the home page and its line in
    # the reading path (How to Use): required for every chapter in the nav.
    summary: str = ""
    # The time shown is worked out, not typed: the chapter's reading time (from its
    # words) plus the start tool's minutes (its ToolMeta).


# --- Glossary ---------------------------------------------------------------


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    term: str  # as it appears in running text, e.g. "true client"
    definition: str  # one or two plain sentences
    source: str = ""  # who the idea comes from, e.g. "Robinson & Robinson"


# --- Agendas (workshop formats) ----------------------------------------------
# A facilitator's run sheet is data too: macros/content/data/workshops.py exposes AGENDAS,
# a tuple of `Agenda`; validate_agenda.py checks it and `{{ agenda("id") }}` renders it.

# What the room is doing during a block.
ActivityType = Literal["talk", "discussion", "pairs", "groups", "individual", "break", "plenary"]
ACTIVITY_TYPES: tuple[str, ...] = ActivityType.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Block:
    """One timed part of a workshop."""

    id: str  # kebab-case, unique within its agenda (anchor: agenda-<agenda>-<block>)
    minutes: int
    type: ActivityType
    title: str
    purpose: str = ""  # why the block is there; may be empty for a break only
    instructions: tuple[str, ...] = ()  # steps for the facilitator, in order
    materials: tuple[str, ...] = ()  # what to have in the room
    # The playbook section it draws on: a page path in docs/, optionally with an
    # anchor, e.g. "access-credibility-trust.md#the-true-client-test".
    section: str = ""
    components: tuple[str, ...] = ()  # ids of the tools participants fill in


@dataclass(frozen=True)
class Agenda:
    id: str  # kebab-case, unique across the site
    title: str
    minutes: int  # the stated length; the blocks must add up to it exactly
    audience: str  # who it is for and how many
    intro: str  # one or two sentences shown above the run sheet
    blocks: tuple[Block, ...]
    start: str = "09:00"  # default start time (24-hour HH:MM) for the clock times
    outcomes: tuple[str, ...] = ()  # what participants leave with


# --- The cast -----------------------------------------------------------------
# The invented people in the playbook's scenarios and tool examples: macros/content/data/cast.py
# exposes CAST, a tuple of `Character`. tests/test_house_style.py holds each scenario's
# named people to it: one person per name across the book.


@dataclass(frozen=True)
class Character:
    name: str  # the first name the pages use, e.g. "Leila"
    who: str  # who they are, e.g. "internal HR partner at a regional bank"
    pages: tuple[str, ...]  # docs paths of the pages (or their tools) that name them
