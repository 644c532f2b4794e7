"""Tools for the "Why partnership" chapter (docs/why-partnership.md).

Kinds of work and sustained / project clients: Jim Robinson and Dana Gaines
Robinson, *Performance Consulting*. Wording and examples are ours.
"""

from __future__ import annotations

from macros.content.model import Column, Field, ToolMeta, Worksheet

_PERCENT = dict(type="number", unit="%", min=0, max=100)

WORK_MIX = Worksheet(
    id="work-mix",
    title="My Work Mix: Now and in Twelve Months",
    intro=(
        "Look back over two ordinary weeks and estimate how your time split across the three "
        "kinds of work. Then set a target for a year from now and decide what has to change to "
        "free the time. Each set of three percentages should add up to about 100."
    ),
    meta=ToolMeta(
        situations=("own-practice",),
        minutes=20,
        with_whom=("alone",),
        outcome="Your work mix now and in a year, and what you will stop or hand off",
    ),
    fields=(
        Field(
            id="transactional-now",
            label="Transactional work now",
            guidance="Scheduling, answering routine questions, updating records, chasing forms.",
            example="45",
            **_PERCENT,
        ),
        Field(
            id="tactical-now",
            label="Tactical work now",
            guidance="Projects with a deliverable: a course, a hiring drive, a team restructure.",
            example="45",
            **_PERCENT,
        ),
        Field(
            id="strategic-now",
            label="Strategic work now",
            guidance=("Time spent with clients on initiatives that shape where the organization or a unit is heading."),
            example="10",
            **_PERCENT,
        ),
        Field(
            id="transactional-target",
            label="Transactional work target",
            guidance="What is left once you have stopped, automated or handed off what you can.",
            example="25",
            **_PERCENT,
        ),
        Field(
            id="tactical-target",
            label="Tactical work target",
            guidance="Keep the projects that prove you deliver and that link to a client's goals.",
            example="50",
            **_PERCENT,
        ),
        Field(
            id="strategic-target",
            label="Strategic work target",
            guidance="Ambitious but reachable in a year; a rise of ten to fifteen points is a real shift.",
            example="25",
            **_PERCENT,
        ),
        Field(
            id="stop-delegate-start",
            label="What I will stop, delegate and start",
            type="long_text",
            lines=5,
            guidance=(
                "Name specific tasks and people. For each thing you stop or delegate, say who or "
                "what takes it over. For each thing you start, say with which client."
            ),
            example=(
                "Stop: sending the monthly course calendar by hand (move it to the intranet). "
                "Delegate: room bookings and reminders to the unit coordinator. "
                "Start: a monthly half hour with the director of nursing about staffing and "
                "patient-safety goals; ask what result sits behind every new training request."
            ),
        ),
    ),
)

CLIENT_PORTFOLIO = Worksheet(
    id="client-portfolio",
    title="My Client Portfolio",
    intro=(
        "List the managers and executives who own the results you support. Mark each one as a "
        "sustained client (worth an ongoing partnership for the role they hold and the weight they carry) or "
        "a project client (the owner of one specific need). Then be honest about the last time "
        "you had a real conversation."
    ),
    meta=ToolMeta(
        situations=("ending", "gone-quiet", "own-practice"),
        minutes=20,
        with_whom=("alone",),
        outcome="A list of your clients with one dated next step for each",
    ),
    fields=(
        Field(
            id="clients",
            label="Clients and next steps",
            type="table",
            rows=5,
            guidance=(
                'One row per client. "Last real conversation" means a two-way discussion about '
                "their business, not an email or a status update. Keep the next step small and "
                "dated."
            ),
            example=(
                "Chief operating officer, regional hospital | Sustained | Patient flow and "
                "staffing costs | 2 March | Ask for 30 minutes after the quarterly review to hear "
                "her priorities for next year."
            ),
            columns=(
                Column(id="client", label="Client (name and role)"),
                Column(
                    id="type",
                    label="Sustained or project",
                    type="choice",
                    options=("Sustained", "Project"),
                ),
                Column(id="owns", label="What they own"),
                Column(id="last-conversation", label="Last real conversation", type="date"),
                Column(id="next-step", label="Next step"),
            ),
        ),
        Field(
            id="pattern",
            label="What the list tells me",
            type="long_text",
            lines=3,
            guidance=(
                "Look for gaps: sustained clients you have not spoken to in months, project "
                "clients you dropped after a project ended, or owners missing from the list."
            ),
            example=(
                "I talk to project clients every week and my two sustained clients twice a year. "
                "The plant manager is not on the list at all, though most of my projects affect "
                "his people."
            ),
        ),
    ),
)

COMPONENTS = (WORK_MIX, CLIENT_PORTFOLIO)
