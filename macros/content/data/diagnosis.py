"""Tools for "Discovery and Diagnosis" (docs/discovery-and-diagnosis.md).

The six boxes follow Marvin Weisbord (1976); discovery and the feedback meeting follow
Peter Block, *Flawless Consulting* (1st ed. 1981; 3rd ed. 2011). The interview terms,
the survey floor and every label, example and reason here are ours.
"""

from __future__ import annotations

from macros.content.model import Checklist, ChecklistItem, Column, Field, ToolMeta, Worksheet

# --- Interviews ------------------------------------------------------------------

INTERVIEW_PLAN = Worksheet(
    id="interview-plan",
    title="Interview Plan",
    intro=(
        "Fill it in before the first interview and agree the terms with your client. Read "
        "the terms aloud at the start of every interview."
    ),
    meta=ToolMeta(
        situations=("starting-work",),
        minutes=30,
        with_whom=("alone", "client"),
        outcome="A list of whom to interview, your questions and the terms you will read out",
    ),
    fields=(
        Field(
            id="question-to-answer",
            label="The question the interviews must answer",
            type="short_text",
            guidance="One question, in the client's words, taken from your agreement.",
            example="Why do new dispatchers leave within their first year?",
        ),
        Field(
            id="who",
            label="Whom you will talk to",
            type="table",
            guidance=(
                "Cover every level and shift the question touches. Add people likely to "
                "disagree with the sponsor, and the sponsor too."
            ),
            example=(
                "Dispatchers in their first year | 6 | Both shifts, both depots | Shift leads "
                "pick them; I add two from the leavers list"
            ),
            columns=(
                Column("group", "Group", "short_text"),
                Column("how-many", "How many", "number"),
                Column("spread", "Spread: sites, shifts, tenure", "short_text"),
                Column("chosen-by", "Who chooses them, and how", "short_text"),
            ),
            rows=3,
        ),
        Field(
            id="questions",
            label="Your questions",
            type="long_text",
            guidance=(
                'Five to eight open questions. Ask about real events: "Tell me about the '
                'last time..." Keep the same core questions for everyone.'
            ),
            example=(
                "What made you take this job? Tell me about a shift that went badly. Who do "
                "you go to when you are stuck? What would make you stay another year?"
            ),
            lines=3,
        ),
        Field(
            id="terms",
            label="The terms you will read out at the start",
            type="long_text",
            guidance=(
                "Who sees your notes, how you report (themes, not names), how long you keep "
                "the notes, and what you must pass on: harassment, safety, fraud or anything "
                "illegal goes to the designated channel."
            ),
            example=(
                "Only I see my notes; I delete them when the report is accepted. The report "
                "gives themes seen in three or more interviews, with no names. If you tell me "
                "about harassment, a safety risk, fraud or a legal breach, I must report it "
                "to the speak-up line, and I will tell you that I am doing so."
            ),
            lines=4,
        ),
        Field(
            id="channel",
            label="The designated channel, and who agreed the terms",
            type="short_text",
            guidance="Name the ethics or speak-up line, HR or legal contact, and the client who signed off.",
            example="Speak-up line 0800 123 456; employee relations: J. Okafor; terms agreed with the operations director on 3 May",
        ),
        Field(
            id="notes-kept",
            label="Where the notes are kept, and when you delete them",
            type="short_text",
            guidance=(
                "Interview notes are personal data. Follow your organization's rules for it. "
                "Keep any note linked to an open concern until legal or the channel says you may delete it."
            ),
            example="Encrypted folder on my work laptop; deleted the day the report is accepted",
        ),
    ),
)

# --- Surveys ---------------------------------------------------------------------

SURVEY_ANONYMITY = Checklist(
    id="survey-anonymity",
    title="Survey Anonymity Checklist",
    intro=(
        "Work through it before the survey goes out and again before any result is shown. "
        "A group smaller than your floor gets no result of its own."
    ),
    meta=ToolMeta(
        situations=("starting-work", "review"),
        minutes=20,
        with_whom=("alone", "client"),
        outcome="A survey whose results cannot point to any one person",
    ),
    items=(
        ChecklistItem(
            "set-the-floor",
            "Write down the smallest group you will report on: five or more, or your policy's number if it is higher.",
            "A floor agreed before the data arrives cannot be bargained down later.",
        ),
        ChecklistItem(
            "agree-the-floor",
            "Get the sponsor's written agreement to the floor before the survey opens.",
            "A sponsor who signed the floor is less likely to ask for a cut below it.",
        ),
        ChecklistItem(
            "say-anonymous-or-confidential",
            "Tell respondents whether the survey is anonymous or only confidential, in the invitation.",
            "Anonymous means no one can link an answer to a name; confidential means someone could.",
        ),
        ChecklistItem(
            "count-each-group",
            "Count the people in every group you plan to report on, before the survey opens.",
            "A team of four can never reach a floor of five, so merge it with another now.",
        ),
        ChecklistItem(
            "limit-the-questions-about-people",
            "Cut every question about the respondent, such as age or tenure, that you will not use.",
            "Each extra detail about a person makes small groups smaller.",
        ),
        ChecklistItem(
            "check-overlapping-cuts",
            "Check that no two reported groups differ by fewer people than the floor.",
            "A site of 12 and the same site without its night shift of 3 give away what those 3 said.",
        ),
        ChecklistItem(
            "screen-comments",
            "Remove names, places and events that could identify the writer from free-text comments before anyone else reads them.",
            "A comment can name its writer as clearly as a signature.",
        ),
        ChecklistItem(
            "hold-the-raw-data",
            "Keep the answer-level data with the survey team, not with the sponsor.",
            "Whoever holds the raw answers can cut them any way they like.",
        ),
        ChecklistItem(
            "plan-disclosures",
            "Write down where a comment about harassment, safety, fraud or a legal breach will go: the designated channel.",
            "An anonymous comment can still describe a risk that someone must act on.",
        ),
        ChecklistItem(
            "refuse-small-cuts",
            "Say no, in writing, to any request for a result below the floor, whoever asks.",
            "A written no protects the respondents and gives the next consultant a precedent.",
        ),
    ),
)

# --- Diagnosis -------------------------------------------------------------------

BOXES = ("Purposes", "Structure", "Relationships", "Rewards", "Leadership", "Helpful mechanisms")

SIX_BOXES = Worksheet(
    id="six-boxes",
    title="Six Boxes Diagnosis",
    intro=(
        "Sort what you heard and read into Weisbord's six boxes. In each box, write what is "
        "meant to happen and what really happens. The largest gaps are where to look first."
    ),
    meta=ToolMeta(
        situations=("review", "starting-work"),
        minutes=45,
        with_whom=("alone", "team"),
        outcome="The gaps between what is meant to happen and what does, box by box",
    ),
    fields=(
        Field(
            id="question",
            label="The question you are diagnosing",
            type="short_text",
            example="Why do new dispatchers leave within their first year?",
        ),
        Field(
            id="boxes",
            label="Box by box: meant to happen, really happens",
            type="table",
            guidance=(
                "One row per box that has something in it. Base each entry on what you "
                "heard or saw, and note how many sources said it."
            ),
            example=(
                "Rewards | Overtime is shared by rota | The same four people get it; new "
                "staff get nights (7 of 9 interviews) | Large"
            ),
            columns=(
                Column("box", "Box", "choice", BOXES),
                Column("formal", "What is meant to happen", "long_text"),
                Column("informal", "What really happens, and your evidence", "long_text"),
                Column("gap", "Size of the gap", "choice", ("None", "Small", "Large", "Not sure")),
            ),
            rows=6,
        ),
        Field(
            id="links",
            label="How the boxes affect each other",
            type="long_text",
            guidance="Where a gap in one box explains a gap in another.",
            example=(
                "Nobody owns the rota (structure), so the loudest people get the best "
                "shifts (rewards), and new staff stop trusting their leads (relationships)."
            ),
            lines=3,
        ),
        Field(
            id="what-to-check",
            label="What you still need to check before you report",
            type="long_text",
            example="The real overtime list for the last three months, from payroll.",
            lines=2,
        ),
    ),
)

# --- Feedback --------------------------------------------------------------------

FEEDBACK_PLAN = Worksheet(
    id="feedback-plan",
    title="Data Feedback Plan",
    intro=(
        "Plan who hears the findings, in what order and how. Fill it in before you book the first feedback meeting."
    ),
    meta=ToolMeta(
        situations=("decision", "review"),
        minutes=30,
        with_whom=("alone",),
        outcome="An order of meetings, the few findings to show and the decision you will ask for",
    ),
    fields=(
        Field(
            id="findings",
            label="The three to five findings the client can act on",
            type="long_text",
            guidance="Short sentences, each with its data. Put the rest in an appendix.",
            example=(
                "1. New dispatchers get most night shifts (7 of 9 interviews; rota for May). "
                "2. Nobody shows them the backup radio system. 3. Shift leads are "
                "overruled in front of crews."
            ),
            lines=4,
        ),
        Field(
            id="about-the-sponsor",
            label="Which findings are about the sponsor, and when you will tell them",
            type="long_text",
            guidance=(
                "Tell the sponsor first, in private. If a finding suggests misconduct by "
                "anyone, it goes to the designated channel instead, and you do not warn the "
                "person concerned."
            ),
            example=(
                "Finding 3 is partly about the director's own radio calls. I will show him "
                "on Tuesday, alone, a week before the team meeting."
            ),
            lines=3,
        ),
        Field(
            id="order",
            label="Who hears what, in what order",
            type="table",
            guidance=(
                "The sponsor sees everything first, in private. After that, each group sees its "
                "own data before anyone above it discusses it in a meeting."
            ),
            example="1 | Operations director | All findings | Tue 10:00, his office, 60 min",
            columns=(
                Column("step", "Step", "number"),
                Column("who", "Who", "short_text"),
                Column("what", "What they see", "short_text"),
                Column("when", "When, where and how long", "short_text"),
            ),
            rows=4,
        ),
        Field(
            id="protect-sources",
            label="How you will protect your sources",
            type="long_text",
            guidance="Check every quote and chart against the terms you read out and the survey floor.",
            example=(
                "Themes only, each heard in three or more interviews. No quote with a place "
                "or date in it. No chart for the night shift, which has four people."
            ),
            lines=2,
        ),
        Field(
            id="decision",
            label="The decision you will ask for at the end",
            type="short_text",
            example="Which one finding the team works on first, who leads it, and by when",
        ),
    ),
)

COMPONENTS = (
    INTERVIEW_PLAN,
    SURVEY_ANONYMITY,
    SIX_BOXES,
    FEEDBACK_PLAN,
)
