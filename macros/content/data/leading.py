"""Components for docs/lead-dont-serve.md: leading a client, not just serving one.

The ideas come from an anonymous essay on building trust and respect with a client
without becoming servile; the wording, examples and advice are the playbook's own.
"""

from __future__ import annotations

from macros.content.model import Checklist, ChecklistItem, Field, ToolMeta, Worksheet

EXPECTATIONS_AND_VALUE = Worksheet(
    id="expectations-and-value",
    title="Expectations and Value",
    intro=(
        "Use this for one request you are working on now. Fill it in before you start the "
        "deliverable and look at it again halfway through."
    ),
    meta=ToolMeta(
        situations=("new-request", "starting-work"),
        minutes=25,
        with_whom=("alone", "client"),
        outcome="The request, the need behind it and the expectations to set",
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
                "Third parties the work touches: peers, staff, unions, suppliers, funders. Note what the "
                "client wants kept between you, and check it against the limits you agreed."
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
    title="Rapport and Confidences",
    intro=(
        "Tick each item for the engagement you are working on. Come back to it at every milestone. "
        "A report of harassment, fraud or a safety risk goes to the designated channel (speak-up line, "
        "employee relations or legal), never to the person it is about."
    ),
    meta=ToolMeta(
        situations=("first-meeting", "starting-work"),
        minutes=10,
        with_whom=("alone",),
        outcome="Rapport habits, and the limits of confidentiality, checked for one engagement",
    ),
    items=(
        ChecklistItem(
            id="questions-first",
            text="Spend most of your first conversation on the client's situation, not on your method.",
            why="Clients open up to people who show interest in their problem before their own solution.",
        ),
        ChecklistItem(
            id="play-back",
            text="Play back what you heard in a sentence or two.",
            why="It proves you listened.",
        ),
        ChecklistItem(
            id="invite-correction",
            text="Ask the client to correct anything you got wrong.",
            why="It catches misunderstandings while they are cheap to fix.",
        ),
        ChecklistItem(
            id="communication-style",
            text="Ask how the client likes to be kept informed.",
            why="Matching their preferred channel and rhythm is an easy early win for rapport.",
        ),
        ChecklistItem(
            id="who-else-informed",
            text="Ask who else on the client's side should be kept informed.",
            why="People left off the list hear the news late and second-hand.",
        ),
        ChecklistItem(
            id="confidentiality-limits",
            text=(
                "Early on, agree with the client what you will keep to yourself and what you must "
                "pass on, such as harassment, safety risks, fraud or legal matters."
            ),
            why="A limit stated up front costs less trust than a promise of secrecy you later have to break.",
        ),
        ChecklistItem(
            id="other-roles",
            text="Tell the client about any other role you hold that touches their people, such as advising their manager.",
            why="A dual role the client discovers later feels like a hidden agenda, even when it is not.",
        ),
        ChecklistItem(
            id="third-parties",
            text="List the third parties your work touches.",
            why="You cannot protect relationships you have not noticed.",
        ),
        ChecklistItem(
            id="third-party-wishes",
            text="Ask the client how they want you to deal with each third party on the list.",
            why="Damage to a client's relationships with peers or partners can outweigh a good result.",
        ),
        ChecklistItem(
            id="check-ins",
            text="Between milestones, hold one check-in that is not a status report.",
            why="Rapport has to keep growing during the work, not only at the start.",
        ),
        ChecklistItem(
            id="how-not-just-what",
            text="Ask the client how the way you work is landing, not just what you have delivered.",
            why="How you reach a result can matter as much to the client as the result itself.",
        ),
    ),
)

PUSH_OR_ASK = Worksheet(
    id="push-or-ask",
    title="Push or Ask: Plan Your Advice",
    intro=(
        "Use this before a meeting where you may have to tell a client something they will not "
        "like. It helps you decide whether to ask more first or to say what you think."
    ),
    meta=ToolMeta(
        situations=("disagreement", "decision"),
        minutes=15,
        with_whom=("alone",),
        outcome="What you still need to ask, the view you will give, and two options",
    ),
    fields=(
        Field(
            id="what-you-know",
            label="What you know, and how you know it",
            type="long_text",
            guidance="Write the facts and data you can point to. Keep your guesses on a separate line.",
            example=(
                "Two of the three team leads have not been told about the merger. The company's "
                "steps for changes to roles take a week. Guess: one lead may leave."
            ),
        ),
        Field(
            id="still-to-ask",
            label="What you still need to ask",
            type="long_text",
            guidance=(
                "Questions you cannot answer yet. If these matter more than your view, start the "
                "meeting by asking them."
            ),
            example="What is the Friday date tied to? What will the leads be told, and by whom?",
        ),
        Field(
            id="stance",
            label="Where you stand going in",
            type="choice",
            options=(
                "Ask first: I do not know enough yet",
                "Say what I think: the problem is clear to us both",
                "Say no: the request would harm people or break a rule",
            ),
            example="Say what I think: the problem is clear to us both",
        ),
        Field(
            id="your-view",
            label="Your view, in two sentences",
            type="long_text",
            guidance="Say it plainly, as you would out loud. Name what it rests on.",
            example=(
                "The leads should hear this from you, in person, before Friday. A one-week delay "
                "lets the company's own steps run and costs little."
            ),
            lines=2,
        ),
        Field(
            id="options",
            label="Two options the client can choose between",
            type="long_text",
            guidance="Give the client a real choice, each option with what it costs.",
            example=(
                "1. Tell the leads on Wednesday and announce a week later. 2. Tell the leads on "
                "Wednesday and announce on Friday, with the role steps run after."
            ),
        ),
        Field(
            id="the-line",
            label="Anything you will not do, and why",
            type="long_text",
            guidance=(
                "Name any request you will turn down. If what you have seen may be misconduct, a "
                "safety risk or a breach of the law, it is not a matter for this meeting: take it "
                "to the designated channel (the ethics or speak-up line, HR or employee relations, "
                "or legal), not to the person it concerns."
            ),
            example="I will not draft a message that says the leads agreed to the change.",
            lines=2,
        ),
    ),
)

COMPONENTS = (EXPECTATIONS_AND_VALUE, RAPPORT_AND_CONFIDENCES, PUSH_OR_ASK)
