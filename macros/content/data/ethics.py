"""Tools for "Ethics and Commercial Practice" (docs/ethics-and-commercial-practice.md).

All wording here is the playbook's own. The habits the tools ask for (declare ties,
agree scope and fees before the work starts, handle client information with care) are
common to the professional codes the chapter names; the steps and examples are ours.
None of it is legal advice: the tools send the reader to their policy, the law where
they work and their legal or employee-relations colleagues.
"""

from __future__ import annotations

from macros.content.model import (
    Checklist,
    ChecklistItem,
    Column,
    Field,
    ToolMeta,
    Worksheet,
)

# --- Conflicts of interest --------------------------------------------------------

CONFLICT_CHECK = Checklist(
    id="conflict-of-interest-check",
    title="Conflict-of-Interest Check",
    intro=(
        "Work through this before you accept a piece of work, and again when the work or the "
        "people in it change. Tick an item when you have done it, even if you found nothing."
    ),
    meta=ToolMeta(
        situations=("new-request", "own-practice"),
        minutes=15,
        with_whom=("alone",),
        outcome="Every tie that could bend your advice, found and declared before you start",
    ),
    items=(
        ChecklistItem(
            id="list-affected",
            text="List every person, team or firm the work could help or harm.",
            why="You cannot spot a conflict with people you have not named.",
        ),
        ChecklistItem(
            id="note-ties",
            text="Write down any money, job, family or friendship tie you have to anyone on that list.",
            why="Most conflicts are ordinary ties that nobody thought to mention.",
        ),
        ChecklistItem(
            id="check-other-clients",
            text="Check your current clients for a competitor of this client or the other side of a dispute.",
            why="What you know from one client must never help another against them.",
        ),
        ChecklistItem(
            id="note-own-gain",
            text="Note any answer the work could reach that would pay you or your team more.",
            why="Advice that leads to more work for you needs a second look, by you and by the client.",
        ),
        ChecklistItem(
            id="check-dual-roles",
            text="Check whether you also judge, rate or investigate anyone the work involves.",
            why="A second role, such as a seat on a hiring panel, can make people wary of telling you things.",
        ),
        ChecklistItem(
            id="read-policy",
            text="Read your employer's or firm's conflict-of-interest policy for ties you must report.",
            why="Many policies require a written declaration or a sign-off, whatever you decide yourself.",
        ),
        ChecklistItem(
            id="declare-in-writing",
            text="Declare every tie you found to the client in writing before the work starts.",
            why="A tie declared early can usually be managed; one found out later costs trust.",
        ),
        ChecklistItem(
            id="record-safeguards",
            text="Record in the working agreement how each declared tie will be managed.",
            why="A safeguard nobody wrote down is forgotten when the pressure comes.",
        ),
        ChecklistItem(
            id="step-away",
            text="Step away from any part of the work where a fair-minded observer would doubt your advice.",
            why="Some ties cannot be managed. Declining that part protects the client and you.",
        ),
    ),
)

# --- Data and confidentiality ---------------------------------------------------

DATA_PLAN = Worksheet(
    id="data-confidentiality-plan",
    title="Data and Confidentiality Plan",
    intro=(
        "Fill it in before you collect anything. Agree it with the client; check it with legal. "
        "It is a plan, not legal advice."
    ),
    meta=ToolMeta(
        situations=("starting-work",),
        minutes=40,
        with_whom=("alone", "client"),
        outcome="An agreed plan for what you collect, who owns it, who sees it and when it goes",
    ),
    fields=(
        Field(
            id="collected",
            label="What I will collect",
            type="table",
            rows=2,
            guidance="One row for each kind of data. Personal data is anything that could point to a person.",
            example="Interview notes | 14 team leads | Yes | To find the causes of the delays in handover.",
            columns=(
                Column(id="what", label="What"),
                Column(id="from-whom", label="From whom"),
                Column(id="personal", label="Personal data?", type="yes_no"),
                Column(id="purpose", label="What it is for"),
            ),
        ),
        Field(
            id="owner",
            label="Who owns each kind of data and each deliverable",
            type="long_text",
            lines=2,
            guidance="Check the contract or statement of work. Notes, raw data and the report may each have a different owner.",
            example=(
                "Raw survey file: the client. My interview notes: mine, destroyed after the "
                "report. Final report and slides: the client. My interview guide: mine, the "
                "client may use it inside the company."
            ),
        ),
        Field(
            id="who-sees",
            label="Who may see what, and in what form",
            type="table",
            rows=2,
            guidance="Raw data, grouped results or the final report: name the people, not just the team.",
            example="Grouped survey results | Operations director and her leadership team | Slides, no comments quoted",
            columns=(
                Column(id="data", label="Data"),
                Column(id="who", label="Who may see it"),
                Column(id="form", label="In what form"),
            ),
        ),
        Field(
            id="min-group",
            label="Smallest group I will report results for",
            type="number",
            unit="people",
            min=1,
            guidance="Show no result for a smaller group, so no one can be picked out. Set it before you see any data.",
        ),
        Field(
            id="keeping",
            label="Where it is kept, for how long, and how it is destroyed",
            type="long_text",
            lines=2,
            guidance=(
                "Check your policy and the law. Keep nothing longer than the work needs; delete nothing "
                "tied to an open concern until legal agrees."
            ),
            example=(
                "The client's secure project folder, open to me and one named analyst. Notes "
                "deleted 30 days after the final report; the raw survey file handed to HR analytics."
            ),
        ),
        Field(
            id="limits",
            label="The limits of confidentiality I will tell every participant",
            type="long_text",
            lines=2,
            guidance="Harassment, safety, fraud, the law: say where such a concern goes, and that it never goes to its subject.",
            example=(
                '"What you say is reported only as themes, never with your name. If you tell me '
                "about harassment, a safety risk, fraud or something illegal, I have to pass it "
                'to employee relations. You can also call the ethics line yourself."'
            ),
        ),
        Field(
            id="checked-with",
            label="Checked with legal or the data protection lead",
            type="yes_no",
            guidance="The law differs by country. Ask before you collect, not after.",
        ),
    ),
)

# --- Scope and fees ------------------------------------------------------------

SCOPE_CHANGE = Worksheet(
    id="scope-change-request",
    title="Scope Change Request",
    intro=(
        "Use it whenever the client asks for something the statement of work does not cover. "
        "Fill in the top half yourself, then agree the rest with the client before you do the "
        "new work."
    ),
    meta=ToolMeta(
        situations=("new-request", "decision"),
        minutes=20,
        with_whom=("alone", "client"),
        outcome="A written yes, no or later on each change, with its effect on time and fee",
    ),
    fields=(
        Field(
            id="agreed-now",
            label="What the statement of work says now",
            type="long_text",
            lines=2,
            guidance="Quote the deliverable, date and fee as they stand.",
            example="Design and run four leadership workshops for the Leeds site by 30 June, fixed fee of $24,000.",
        ),
        Field(
            id="asked-for",
            label="The change asked for, by whom and when",
            type="long_text",
            lines=2,
            example="Two more workshops for the new Bristol team. Asked by the site director in the steering group, 3 May.",
        ),
        Field(
            id="reason",
            label="The business reason for the change",
            type="short_text",
            guidance="In the client's words. If nobody can say why, ask before you price it.",
            example="Bristol opens in August and its team leads will report to the same director.",
        ),
        Field(
            id="effect",
            label="What the change does to the work",
            type="table",
            rows=3,
            guidance='One row each for time, fee, dates and people. Put "none" where nothing changes.',
            example="Fee | $24,000 | $31,000",
            columns=(
                Column(id="item", label="What"),
                Column(id="before", label="Before"),
                Column(id="after", label="After"),
            ),
        ),
        Field(
            id="options",
            label="Options I offer the client",
            type="long_text",
            lines=2,
            guidance="Give more than yes or no: a swap, a smaller version, or a later phase.",
            example=(
                "Add both workshops at the fee above; or swap the fourth Leeds workshop for one "
                "in Bristol at no extra cost; or run Bristol as a second phase in the autumn."
            ),
        ),
        Field(
            id="decision",
            label="The client's decision",
            type="choice",
            options=("Approved", "Approved with changes", "Deferred", "Declined"),
        ),
        Field(
            id="approved-by",
            label="Decided by (name and role)",
            type="short_text",
            guidance="The person who can commit the budget, not only the person who asked.",
        ),
        Field(
            id="decided-on",
            label="Date of the decision",
            type="date",
        ),
    ),
)

COMPONENTS = (CONFLICT_CHECK, DATA_PLAN, SCOPE_CHANGE)
