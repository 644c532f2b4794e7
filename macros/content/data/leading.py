"""Components for docs/lead-dont-serve.md: leading a client, not just serving one.

The ideas come from an anonymous essay on building trust and respect with a client
without becoming servile; the wording, examples and advice are the playbook's own.
"""

from __future__ import annotations

from macros.content.model import Checklist, ChecklistItem, Field, Worksheet

EXPECTATIONS_AND_VALUE = Worksheet(
    id="expectations-and-value",
    title="Expectations and value",
    intro=(
        "Use this for one request you are working on now. Fill it in before you start the "
        "deliverable and look at it again halfway through."
    ),
    fields=(
        Field(
            id="asked-for",
            label="What they asked for",
            type="long_text",
            guidance="Write the request in the client's own words, including any deadline or format they named.",
            example=(
                "A bed-occupancy dashboard for the operations director, live in the reporting tool "
                "by the end of the month."
            ),
            lines=2,
        ),
        Field(
            id="actually-need",
            label="What they actually need",
            type="long_text",
            guidance=(
                "Ask what the request is for and who will use the result. Note any gap between the "
                "request and the need, without dropping the request itself."
            ),
            example=(
                "Faster, better bed decisions at shift change. The night charge nurses make most of "
                "those calls and rarely open the reporting tool."
            ),
        ),
        Field(
            id="expectations",
            label="Expectations to set",
            type="long_text",
            guidance=(
                "What will and will not be covered, what done looks like, what could go wrong, and "
                "when the client will hear from you. Say these out loud early."
            ),
            example=(
                "Version one covers medical and surgical wards only. Data refreshes hourly, not live. "
                "I will show a draft on the 14th and flag any data gaps the same day I find them."
            ),
        ),
        Field(
            id="value-to-add",
            label="Value to add",
            type="long_text",
            guidance=(
                "One or two additions that help the request land and serve the client's goal. "
                "Check with the client before adding anything that changes scope or cost."
            ),
            example="A printed one-page snapshot for each shift change, and a short guide for charge nurses.",
        ),
        Field(
            id="people-around-it",
            label="Others whose comfort matters",
            type="short_text",
            guidance=(
                "Third parties the work touches: peers, staff, unions, suppliers, funders. Note anything "
                "told to you in confidence that shapes how you deal with them."
            ),
            example="Bed manager, night nursing supervisor, IT reporting team.",
        ),
        Field(
            id="check-satisfaction",
            label="How you will check satisfaction",
            type="long_text",
            guidance=(
                "When and how you will ask the client, and the people around them, how the work "
                "and the way you did it are landing."
            ),
            example=(
                "Ask the director at the draft review and two weeks after launch. Sit in on one night "
                "shift change to see whether the snapshot gets used."
            ),
            lines=2,
        ),
    ),
)

RAPPORT_AND_CONFIDENCES = Checklist(
    id="rapport-and-confidences",
    title="Rapport and confidences",
    intro="Tick each item for the engagement you are working on. Come back to it at every milestone.",
    items=(
        ChecklistItem(
            id="questions-first",
            text="Held a first conversation that was mostly about the client's situation, not my method.",
            why="Clients open up to people who show interest in their problem before their own solution.",
        ),
        ChecklistItem(
            id="play-back",
            text="Played back what I heard and let the client correct it.",
            why="It proves you listened and catches misunderstandings while they are cheap to fix.",
        ),
        ChecklistItem(
            id="communication-style",
            text="Asked how the client likes to be kept informed, and who else should be.",
            why="Matching their preferred channel and rhythm is an easy early win for rapport.",
        ),
        ChecklistItem(
            id="confidences-kept",
            text="Kept private what I was told in private, including from others in the same organization.",
            why="One broken confidence can undo months of good work.",
        ),
        ChecklistItem(
            id="ask-before-forwarding",
            text="Asked permission before forwarding or quoting the client's emails or comments.",
            why="It shows you are protecting the client's reputation, not just passing on information.",
        ),
        ChecklistItem(
            id="third-parties",
            text="Mapped the third parties my work touches and how the client wants me to deal with each.",
            why="Damage to a client's relationships with peers or partners can outweigh a good result.",
        ),
        ChecklistItem(
            id="check-ins",
            text="Held a check-in since the last milestone that was not a status report.",
            why="Rapport has to keep growing during the work, not only at the start.",
        ),
        ChecklistItem(
            id="how-not-just-what",
            text="Asked the client how the way I am working is landing, not just what I have delivered.",
            why="How you reach a result can matter as much to the client as the result itself.",
        ),
    ),
)

COMPONENTS = (EXPECTATIONS_AND_VALUE, RAPPORT_AND_CONFIDENCES)
