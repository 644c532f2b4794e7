"""Tools for the "Three roles" chapter (docs/consulting-roles.md).

The expert, pair-of-hands and collaborator roles: Peter Block, *Flawless
Consulting*, as used by Robinson & Robinson in *Performance Consulting*.
Statements, bands and advice are ours.
"""

from __future__ import annotations

from macros.content.model import Assessment, Band, Checklist, ChecklistItem, Dimension, Scale, Statement, ToolMeta

_TRUE_SCALE = Scale(
    min=1,
    max=5,
    labels=("Not true", "Slightly true", "Partly true", "Mostly true", "Completely true"),
)

# Bands per role (sums 4 to 20, the reverse-keyed statement turned round): the top band
# needs an average above "Mostly true" (17+), so rating every statement "Mostly true"
# (14) never reads as a strong pull.
ROLE_SELF_ASSESSMENT = Assessment(
    id="role-self-assessment",
    title="Which Role Am I Playing on This Engagement?",
    intro=(
        "Choose one current engagement and keep it in mind for every statement. Rate how the work "
        "actually runs today, not how you would like it to run. Four statements per role give a "
        "score from 4 to 20 for each; one statement per role points away from it, so a high "
        "rating there lowers that role's score. Each score shows how strongly one role pulls on "
        "the engagement, as you see it. Read each against its own bands: the highest of the three "
        "is a question to test with your client, not proof of the role you play."
    ),
    meta=ToolMeta(
        situations=("starting-work", "review"),
        minutes=10,
        with_whom=("alone",),
        outcome="How strongly each role pulls on this engagement, as you see it today",
    ),
    scale=_TRUE_SCALE,
    dimensions=(
        Dimension(
            id="expert",
            title="Expert",
            statements=(
                Statement(
                    id="client-waits",
                    text="The client is waiting for me to come back with the answer.",
                ),
                Statement(
                    id="i-decide",
                    text="I make most of the important decisions about what the solution will be.",
                ),
                Statement(
                    id="client-involved",
                    text="The client takes part in gathering data or reviewing options.",
                    reverse=True,
                ),
                Statement(
                    id="my-solution",
                    text="If the solution fails, people will see it as my failure rather than a shared one.",
                ),
            ),
            bands=(
                Band(
                    4,
                    10,
                    "Little expert pull",
                    "You are not carrying the decisions alone. The client is involved in shaping the work.",
                    "Keep it that way: before your next milestone, agree which decisions you will make together.",
                ),
                Band(
                    11,
                    16,
                    "Some expert pull",
                    "The client leans on you for answers in places. Parts of the solution may be yours alone.",
                    "Pick the next key decision and bring the client two options with trade-offs instead of one answer.",
                ),
                Band(
                    17,
                    20,
                    "Strong expert pull",
                    "You are acting as the expert: you decide and deliver while the client watches. "
                    "The client has little stake in the result.",
                    "Ask for a working session where the client reviews the data with you and makes the next call.",
                ),
            ),
        ),
        Dimension(
            id="pair-of-hands",
            title="Pair-of-hands",
            statements=(
                Statement(
                    id="told-what",
                    text="The client specified the solution before I could ask about the need behind it.",
                ),
                Statement(
                    id="doubts-unsaid",
                    text="I have doubts about the approach that I have not raised with the client.",
                ),
                Statement(
                    id="business-talk",
                    text="Our conversations cover the business results the work should change, not only tasks and dates.",
                    reverse=True,
                ),
                Statement(
                    id="expertise-unused",
                    text="My knowledge of what works is not really being used on this engagement.",
                ),
            ),
            bands=(
                Band(
                    4,
                    10,
                    "Little pair-of-hands pull",
                    "The client listens to your view and your expertise shapes the work.",
                    "Keep voicing concerns early, while they are still cheap to act on.",
                ),
                Band(
                    11,
                    16,
                    "Some pair-of-hands pull",
                    "You carry out some instructions without testing them. Your expertise is partly used.",
                    "Raise one doubt you have been holding back, framed as a question about the result the client wants.",
                ),
                Band(
                    17,
                    20,
                    "Strong pair-of-hands pull",
                    "You are working as a pair of hands: the client decides and you execute. "
                    "You share the risk without having had a say.",
                    "Ask for ten minutes to agree what people should do differently afterward, and offer one option of your own.",
                ),
            ),
        ),
        Dimension(
            id="collaborator",
            title="Collaborator",
            statements=(
                Statement(
                    id="joint-decisions",
                    text="The client and I make the key decisions together.",
                ),
                Statement(
                    id="shared-measure",
                    text="We have agreed on a business measure that we are both working toward.",
                ),
                Statement(
                    id="client-commitments",
                    text="The client has taken on specific actions that the solution needs in order to work.",
                ),
                Statement(
                    id="solo-review",
                    text="I review results on my own when they come in, then report them to the client.",
                    reverse=True,
                ),
            ),
            bands=(
                Band(
                    4,
                    10,
                    "Not yet collaborating",
                    "There is little joint decision-making or shared accountability on this engagement.",
                    "Use the checklist below to reset how you work, starting with a conversation about the business result.",
                ),
                Band(
                    11,
                    16,
                    "Partly collaborating",
                    "You work together on some decisions, but accountability for the result is not clearly shared.",
                    "Agree one business measure with the client and a date when you will review it together.",
                ),
                Band(
                    17,
                    20,
                    "Collaborating",
                    "You and the client work as one team, decide together and share responsibility for the result.",
                    "Protect it: at each milestone, check that both of you still own the decisions and the measure.",
                ),
            ),
        ),
    ),
)

MOVE_TO_COLLABORATION = Checklist(
    id="move-to-collaboration",
    title="Moving an Engagement Toward Collaboration",
    intro="Work through these before and during your next meeting with the client. Tick what you have done.",
    meta=ToolMeta(
        situations=("starting-work", "disagreement"),
        minutes=15,
        with_whom=("alone", "client"),
        outcome="An engagement reset: shared decisions, the client's part and a review date",
    ),
    items=(
        ChecklistItem(
            id="ask-result",
            text="Ask the client which business measure should move if this work succeeds.",
            why="A shared result is the foundation for every joint decision that follows.",
        ),
        ChecklistItem(
            id="say-how",
            text="Say plainly how you would like to work together.",
            why="Roles set in the first conversation tend to last; naming them gives you a chance to choose.",
        ),
        ChecklistItem(
            id="ask-how-they-work",
            text="Ask which working style the client prefers on this engagement.",
            why="Their answer shows where your way and theirs will rub, before it costs anything.",
        ),
        ChecklistItem(
            id="name-decisions",
            text="List the three or four decisions that matter most.",
            why="You cannot share decisions nobody has named.",
        ),
        ChecklistItem(
            id="decide-together",
            text="Agree with the client to make those decisions together.",
            why="Joint decisions are where collaboration becomes real rather than a word in a proposal.",
        ),
        ChecklistItem(
            id="bring-options",
            text="Bring two or three options with their trade-offs instead of a single answer.",
            why="Options invite the client to choose; a single answer invites them to approve or reject.",
        ),
        ChecklistItem(
            id="raise-doubt",
            text="Raise any doubt about the requested approach early, as a question about the result.",
            why="Silence turns you into a pair of hands who shares the blame without having had a say.",
        ),
        ChecklistItem(
            id="client-part",
            text="Agree what the client will do for the solution to work, such as freeing time or sending a message to staff.",
            why="Shared accountability needs commitments on both sides, written down.",
        ),
        ChecklistItem(
            id="review-together",
            text="Set a date to review results together.",
            why="A review with no date slides behind the next deadline.",
        ),
        ChecklistItem(
            id="keep-review-date",
            text="Keep the review date even if the news is poor.",
            why="Reviewing bad results side by side is the clearest sign that accountability is shared.",
        ),
    ),
)

COMPONENTS = (ROLE_SELF_ASSESSMENT, MOVE_TO_COLLABORATION)
