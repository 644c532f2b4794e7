"""Tools for "Contracting and Entry" (docs/contracting.md) and "When the Client
Resists" (docs/resistance.md).

Contracting and resistance follow Peter Block, *Flawless Consulting* (1st ed. 1981;
3rd ed. 2011); the business and performance needs follow the Robinsons and their
co-authors, *Performance Consulting* (3rd ed., 2015). Every string here is original
prose: labels, guidance, examples and reasons are ours.
"""

from __future__ import annotations

from macros.content.model import Checklist, ChecklistItem, Column, Field, ToolMeta, Worksheet

# --- Contracting and Entry: docs/contracting.md --------------------------------

# Printed, this is the agreement itself: it must fit one sheet with room to sign, so
# the write-in space is two lines per point, with guidance only where a label needs it.
CONTRACTING_AGREEMENT = Worksheet(
    id="contracting-agreement",
    title="Working Agreement",
    intro=("Fill it in with your client: each side writes its own wants and offers. Then read it aloud and both sign."),
    meta=ToolMeta(
        situations=("starting-work", "first-meeting"),
        minutes=30,
        with_whom=("client",),
        outcome="A one-page working agreement that you and the client have both signed",
    ),
    fields=(
        Field(
            id="the-work",
            label="The work, and the business result it serves",
            type="short_text",
            example=("A review of new-driver training in two depots, to cut first-year accidents by a third"),
        ),
        Field(
            id="wants-offers",
            label="What each side wants and offers: time, access, data, decisions, support",
            type="table",
            example=(
                "Client wants: a plan by May | Client offers: two hours a week, the accident "
                "data | Consultant wants: to ride along with three drivers | Consultant "
                "offers: findings in four weeks, a weekly call"
            ),
            columns=(
                Column("client-wants", "The client wants", "long_text"),
                Column("client-offers", "The client offers", "long_text"),
                Column("consultant-wants", "The consultant wants", "long_text"),
                Column("consultant-offers", "The consultant offers", "long_text"),
            ),
            rows=2,
        ),
        Field(
            id="scope",
            label="In scope, and out of scope",
            type="long_text",
            example=(
                "In: new drivers in two depots, their trainers and their first six months. "
                "Out: pay, shift patterns and the vehicle fleet."
            ),
            lines=2,
        ),
        Field(
            id="roles",
            label="Who decides, who does the work, who is kept informed",
            type="long_text",
            example=(
                "The depot manager decides scope and sign-off. Two trainers join the "
                "interviews. I run the review and write the findings."
            ),
            lines=2,
        ),
        Field(
            id="unexpected",
            label="How we handle the unexpected: who tells whom, how fast, who decides alone",
            type="long_text",
            example=(
                "Either of us calls the other within a day of a problem. I can move "
                "interview dates alone; a change of depot needs us both."
            ),
            lines=2,
        ),
        Field(
            id="renegotiate",
            label="When we renegotiate: what would reopen this, and the date we check it anyway",
            type="long_text",
            example=(
                "We reopen it if the scope, the date, the budget or the sponsor changes. We "
                "check it at the end of week two either way."
            ),
            lines=2,
        ),
        Field(
            id="confidentiality",
            label="Confidentiality and its limits: what must be passed on",
            type="long_text",
            guidance="Name what must be passed on (harassment, safety, fraud, the law) and its designated channel.",
            example=(
                "Notes stay with me; only themes are reported. A safety risk or harassment report "
                "goes the same day to employee relations, not to a manager."
            ),
            lines=2,
        ),
        Field(
            id="signatures",
            label="Agreed and signed",
            type="table",
            columns=(
                Column("side", "For", "choice", ("Client", "Consultant")),
                Column("name", "Name and role"),
                Column("signature", "Signature"),
                Column("date", "Date", "date"),
            ),
            rows=2,
        ),
    ),
)

REFRAME_REQUEST = Worksheet(
    id="reframe-request",
    title="Reframe a Request",
    intro=(
        "Use this when a request arrives as a solution: a course, a team day, a new "
        "process. Fill in what you can before you meet, then finish it with the client."
    ),
    meta=ToolMeta(
        situations=("new-request", "first-meeting"),
        minutes=20,
        with_whom=("alone", "client"),
        outcome="The request restated as a business need and a performance need, with open questions",
    ),
    fields=(
        Field(
            id="request-as-stated",
            label="The request as stated",
            type="long_text",
            guidance="Write it in the client's words, solution and all.",
            example=(
                '"We need a half-day course on giving feedback for all team leaders before the review cycle in March."'
            ),
            lines=2,
        ),
        Field(
            id="who-asked",
            label="Who asked, and who owns the result",
            type="short_text",
            guidance=("Run the true-client test. If the person who asked fails it, name who passes it."),
            example=("The HR coordinator asked; the head of customer service owns the result"),
        ),
        Field(
            id="why-now",
            label="Why now",
            type="short_text",
            guidance="The event, number or complaint that made this request come today.",
            example=('Survey score on "my manager helps me improve" fell from 61 to 44 percent; two good agents quit.'),
        ),
        Field(
            id="business-need",
            label="The business need",
            type="long_text",
            guidance="The result the client owns, as a measure. Ask until you hear a number and a date.",
            example=(
                "Agent turnover is 31 percent a year. The head of service wants it under 20 percent by "
                "next year, because each new agent costs about eight weeks of training."
            ),
            lines=2,
        ),
        Field(
            id="performance-need",
            label="The performance need",
            type="long_text",
            guidance=(
                "What people must do differently on the job to reach that result. Describe "
                "actions you could watch, not traits."
            ),
            example=(
                "Team leaders sit with each agent for 20 minutes every two weeks, listen to "
                "two real calls together and agree one thing to try."
            ),
            lines=2,
        ),
        Field(
            id="other-needs",
            label="What else might be needed",
            type="long_text",
            guidance="What in the work setting blocks it (time, tools, targets), and what skill is missing.",
            example=(
                "Team leaders spend most of the day on the phones themselves, so there is no "
                "time to coach. Some have never been shown how. Their own bonus counts "
                "calls, not coaching."
            ),
            lines=2,
        ),
        Field(
            id="open-questions",
            label="What you still need to find out, and from whom",
            type="long_text",
            guidance="The questions you could not answer yet, each with a person or a source.",
            example=(
                "How much phone time do team leaders really have? (Workforce planning.) Do "
                "the teams with low turnover coach more? (Two team leaders, exit interviews.)"
            ),
            lines=2,
        ),
        Field(
            id="next-step",
            label="The next step you will propose",
            type="short_text",
            guidance="One small step the client can say yes or no to this week.",
            example=("Two weeks to compare coaching time and turnover across eight teams, before we design anything"),
        ),
    ),
)

ENTRY_MEETING = Checklist(
    id="entry-meeting",
    title="Entry Meeting Checklist",
    intro=(
        "For the first meeting about a new request. Prepare with the first two items, tick "
        "the rest during the meeting or right after it."
    ),
    meta=ToolMeta(
        situations=("first-meeting", "new-request"),
        minutes=45,
        with_whom=("client",),
        outcome="A first meeting that moved from the solution asked for to the need behind it",
    ),
    items=(
        ChecklistItem(
            "who-and-how-long",
            "Find out who asked for the meeting, who else will attend and how much time you have.",
            "Who called the meeting, and how long they give it, hint at how much they own the work.",
        ),
        ChecklistItem(
            "read-their-report",
            "Mark two figures to ask about in the client's latest results report.",
            "You can then talk about their results in their terms, not yours.",
        ),
        ChecklistItem(
            "name-the-request",
            "Repeat the request back to the client in one sentence.",
            "The client hears that you took the request seriously, so asking about the need does not feel like a refusal.",
        ),
        ChecklistItem(
            "park-the-request",
            "Say you will come back to the request once you know what it is for.",
            "It tells the client the request is parked, not refused, while you ask about the need.",
        ),
        ChecklistItem(
            "ask-the-trigger",
            "Ask what happened that led to the request now.",
            "The trigger usually points to the business need faster than the request does.",
        ),
        ChecklistItem(
            "write-the-trigger",
            "Write down that event in the client's own words.",
            "Their words show what they see as the problem; yours would smooth it over.",
        ),
        ChecklistItem(
            "get-the-baseline",
            "Write down today's value of the measure the client cares about, and the value they want to reach.",
            "A need with a starting figure can be checked later; a hope cannot.",
        ),
        ChecklistItem(
            "ask-about-best",
            "Ask the client what their best performers do on the job that others do not.",
            "The gap between the two is the first draft of the performance need.",
        ),
        ChecklistItem(
            "ask-what-blocks",
            "Ask what, besides skill, makes the right action hard: time, tools, targets or how managers react.",
            "If the work setting blocks people, a course alone will not move the result.",
        ),
        ChecklistItem(
            "state-confidentiality",
            "State what you will keep confidential, and what you would have to pass on, before the client shares anything sensitive.",
            "A limit stated early is a boundary; the same limit stated late feels like a betrayal.",
        ),
        ChecklistItem(
            "ask-for-doubts",
            "Ask what worries the client about this work or about working with you.",
            "A doubt said out loud in the first meeting is easier to meet than one that returns later as resistance.",
        ),
        ChecklistItem(
            "ask-small-yes",
            "Propose one small step that tests the need, such as two interviews or a look at the data.",
            "A small, clear ask is easier to agree to than a full plan.",
        ),
        ChecklistItem(
            "ask-yes-or-no",
            "Ask for a clear yes or no to that step before the meeting ends.",
            "A no tells you where you stand while there is still time to talk about it.",
        ),
        ChecklistItem(
            "note-the-meeting",
            "Within an hour of leaving, write three lines on how the client dealt with you: candid or guarded, present or distracted.",
            "How the first meeting goes is an early forecast of how the work will go.",
        ),
    ),
)

# --- When the Client Resists: docs/resistance.md --------------------------------

RESISTANCE_FORMS = (
    "Flooding you with detail",
    "Asking for more detail",
    "Silence",
    "Not the right time",
    "It won't work here",
    "Confusion",
    "Jumping to solutions",
    "Compliance without commitment",
    "Something else",
)

NAME_THE_RESISTANCE = Worksheet(
    id="name-the-resistance",
    title="Name the Resistance",
    intro=(
        "Fill in the first three columns before a meeting where you expect resistance, and "
        "the last one after it. Write what you will say in neutral words: describe what you "
        "see, then stop."
    ),
    meta=ToolMeta(
        situations=("disagreement", "gone-quiet", "setback"),
        minutes=15,
        with_whom=("alone",),
        outcome="Neutral words ready for the resistance you keep meeting, and a record of what they did",
    ),
    fields=(
        Field(
            id="client-and-moment",
            label="The client and the moment",
            type="short_text",
            guidance="Who, and in which meeting or message you expect it or met it.",
            example="Plant manager, Hollins site: the meeting where I share the survey results",
        ),
        Field(
            id="pairs",
            label="What you see and what you will say",
            type="table",
            guidance=(
                "One row per pattern. Describe behavior you could film, not a motive. Keep "
                "what you will say to one or two sentences."
            ),
            example=(
                'Every finding gets "we tried that in 2019" | It won\'t work here | "Each time '
                "we get to a finding, we end up on why it can't work here. I'd like to know "
                "what that's about.\" | He laughed, then talked about the failed 2019 rollout "
                "for ten minutes. Useful."
            ),
            columns=(
                Column("see", "What you see", "long_text"),
                Column("form", "The form it may be", "choice", RESISTANCE_FORMS),
                Column("say", "What you will say", "long_text"),
                Column("happened", "What happened", "long_text"),
            ),
            rows=4,
        ),
        Field(
            id="my-urge",
            label="What it stirs in you",
            type="long_text",
            guidance="Name your own urge: to argue, to explain more, to give in. Seeing it helps you hold back.",
            example="I want to pile on more data until he agrees. That never works with him.",
            lines=2,
        ),
        Field(
            id="their-stake",
            label="What the client may fear losing or having exposed",
            type="long_text",
            guidance="Your guess only. Test it by asking, never by telling them.",
            example=("The survey is about his managers. He may fear his own boss will read it as a verdict on him."),
            lines=2,
        ),
        Field(
            id="next-time",
            label="What you will do differently next time",
            type="short_text",
            guidance="One change, small enough to try at the next meeting.",
            example="Name the pattern once, early, and then wait through the silence",
        ),
    ),
)

COMPONENTS = (
    CONTRACTING_AGREEMENT,
    REFRAME_REQUEST,
    ENTRY_MEETING,
    NAME_THE_RESISTANCE,
)
