"""Components for docs/how-clients-are-helped.md: Edgar H. Schein's helping models.

The models (expert, doctor-patient and process consultation), the six client types and
humble inquiry are Schein's; the questions, examples and advice here are the playbook's own.
"""

from __future__ import annotations

from macros.content.model import Checklist, ChecklistItem, Column, Field, ToolMeta, Worksheet

# One wording of the three models, shared by the two choice fields that ask for one.
HELP_MODELS = (
    "Expert: sell an answer or a service",
    "Doctor: diagnose and prescribe",
    "Process consultant: help the client find it",
)

WHICH_HELP = Worksheet(
    id="which-help",
    title="Which Kind of Help Is Being Asked For?",
    intro=(
        "Use this when a new request arrives, before you agree to anything. It helps you see "
        "which of Schein's three kinds of help the client is asking for, and which one to start with."
    ),
    meta=ToolMeta(
        situations=("new-request", "first-meeting"),
        minutes=20,
        with_whom=("alone",),
        outcome="The kind of help asked for, the kind to start with, and first questions",
    ),
    fields=(
        Field(
            id="request",
            label="The request, in the client's words",
            type="long_text",
            guidance="Write down what was asked for, as it was said. Add who asked and by when.",
            example=(
                '"Run a team-building day for my eight supervisors before the summer peak." '
                "Asked by the operations director, for June."
            ),
            lines=2,
        ),
        Field(
            id="problem-known",
            label="How well is the problem known?",
            type="choice",
            guidance="Pick the line that fits what you know today, not what the client assumes.",
            example="The client senses a problem but cannot yet say what it is.",
            options=(
                "The client has named the problem, and the name fits what I can see",
                "The client senses a problem but cannot yet say what it is",
                "Nobody knows yet; the problem may lie in how people work together",
            ),
        ),
        Field(
            id="diagnosis-checked",
            label="Can you check the client's own diagnosis before you act on it?",
            type="yes_no",
            guidance="If you cannot, the expert kind of help rests on a guess.",
        ),
        Field(
            id="will-talk",
            label="Will the people involved tell an outsider what is really going on?",
            type="yes_no",
            guidance="If not, a doctor's diagnosis will be built on what people chose to show.",
        ),
        Field(
            id="model-asked",
            label="The kind of help the client is asking for",
            type="choice",
            options=HELP_MODELS,
            example="Expert: sell an answer or a service",
        ),
        Field(
            id="model-to-start",
            label="The kind of help you will start with",
            type="choice",
            guidance="When the problem is not yet known, start as a process consultant and ask first.",
            options=HELP_MODELS,
            example="Process consultant: help the client find it",
        ),
        Field(
            id="first-questions",
            label="Three questions you do not know the answer to",
            type="long_text",
            guidance=(
                "Open questions that let the client tell their story. Leave out any question that "
                "hides your own advice."
            ),
            example=(
                "What made you think of a team day now? What happens on a bad shift? "
                "Who else would notice if this got better?"
            ),
        ),
        Field(
            id="switch-signal",
            label="What would tell you to switch roles",
            type="long_text",
            guidance="Name the sign that you both see the problem clearly enough for expert advice.",
            example=(
                "If the supervisors and the director agree on the cause, I will offer two options "
                "from what has worked elsewhere and let the director choose."
            ),
            lines=2,
        ),
    ),
)

CLIENT_MAP = Worksheet(
    id="client-map",
    title="Client Map: Who Is the Client Here?",
    intro=(
        "Pick one piece of work. Place each person or group in it under one of Schein's six client "
        "types, then decide how you will involve or protect each of them."
    ),
    meta=ToolMeta(
        situations=("starting-work", "new-request"),
        minutes=25,
        with_whom=("alone", "client"),
        outcome="Everyone the work touches, by client type, and how you will involve each",
    ),
    fields=(
        Field(
            id="work",
            label="The work",
            type="short_text",
            guidance="Name the work and the change it is meant to bring.",
            example="Help the depot supervisors and their director cut missed deliveries at peak.",
        ),
        Field(
            id="people",
            label="People and groups, by client type",
            type="table",
            rows=6,
            guidance=(
                "Contact: first brought you in. Intermediate: takes part along the way. Primary: "
                "owns the problem and usually pays. Unwitting: will feel the effects without "
                "knowing. Indirect: knows it will be affected but is unknown to you. Ultimate: "
                "whose welfare must be weighed though you may never meet. Write roles, not "
                "names, where a role is enough: this map holds your views of people, so keep it "
                "to yourself and follow your organization's rules on personal data."
            ),
            example=(
                "Operations director | Primary | Fewer missed deliveries | Meet every two weeks. "
                "Night drivers | Unwitting | Rosters may change | Ask the supervisors to bring two "
                "drivers to the design session."
            ),
            columns=(
                Column(id="who", label="Role or group"),
                Column(
                    id="type",
                    label="Client type",
                    type="choice",
                    options=("Contact", "Intermediate", "Primary", "Unwitting", "Indirect", "Ultimate"),
                ),
                Column(id="stake", label="What they want or fear"),
                Column(id="involve", label="How you will involve or protect them", type="long_text"),
            ),
        ),
        Field(
            id="primary-agrees",
            label="Has the primary client agreed to the work in person?",
            type="yes_no",
            guidance="If the answer is no, your next step is a meeting with them, not the work.",
        ),
        Field(
            id="conflicts",
            label="Where their interests pull apart",
            type="long_text",
            guidance=(
                "Note where one client's wish could harm another, and who you will raise it with. "
                "A sign of misconduct, a safety risk or a breach of the law goes to the designated "
                "channel (the ethics or speak-up line, HR or employee relations, or legal), not to "
                "the person it concerns."
            ),
            example=(
                "The director wants rosters fixed by June. The drivers' union must be consulted "
                "first. I will raise this with the director at our next meeting."
            ),
        ),
    ),
)

HUMBLE_INQUIRY = Checklist(
    id="before-you-help",
    title="Before You Offer Help",
    intro=(
        "Work through this in your next conversation where someone asks you for help. Tick each "
        "item you did; leave the rest for next time."
    ),
    meta=ToolMeta(
        situations=("first-meeting", "new-request"),
        minutes=10,
        with_whom=("alone", "client"),
        outcome="A first conversation that starts with asking, and a clear next step",
    ),
    items=(
        ChecklistItem(
            id="ask-what-changes",
            text="Ask what the person hopes will be different, before you offer any advice.",
            why="The request is often a solution; the hope behind it tells you the problem.",
        ),
        ChecklistItem(
            id="ask-unknown",
            text="Ask at least one question whose answer you cannot guess.",
            why="Questions you already know the answer to are advice in disguise.",
        ),
        ChecklistItem(
            id="wait",
            text="Wait in silence after each question until the person has finished.",
            why="The most useful part of an answer often comes after the first pause.",
        ),
        ChecklistItem(
            id="name-others",
            text="Ask who else will be touched by the help, even if they never hear of it.",
            why="Unwitting and ultimate clients have a stake, though they will not ask for a say.",
        ),
        ChecklistItem(
            id="state-limits",
            text=(
                "Say before a sensitive talk that signs of harassment, fraud, a safety risk or a "
                "breach of the law go to the designated channel, such as the speak-up line, HR or legal."
            ),
            why="People can choose what to tell you only if they know where it may go.",
        ),
        ChecklistItem(
            id="name-the-role",
            text="Tell the client which kind of help you are giving when you switch to advice.",
            why="A client who knows you have moved from asking to advising can weigh it as advice.",
        ),
        ChecklistItem(
            id="two-options",
            text="Offer at least two options when the client asks what to do.",
            why="A choice keeps the decision, and the ownership of it, with the client.",
        ),
        ChecklistItem(
            id="agree-next-step",
            text="Agree one next step and who takes it before the conversation ends.",
            why="Help that ends on a warm feeling and no step tends to stop there.",
        ),
    ),
)

COMPONENTS = (WHICH_HELP, CLIENT_MAP, HUMBLE_INQUIRY)
