"""Workshop formats for the Facilitator guide (docs/facilitator/).

Three ways to run a session on client partnering with the playbook: a 90-minute
introduction, a half-day and a full day. Each block names the section it draws on and
the tools participants fill in; validate_agenda.py checks that the minutes add up and
that every section and tool exists. The models are credited on the chapters they come
from; the session designs, timings and instructions are ours.
"""

from __future__ import annotations

from dataclasses import replace

from macros.content.model import Agenda, Block

ACT = "access-credibility-trust.md"
ROLES = "consulting-roles.md"
WHY = "why-partnership.md"
MOMENTS = "moments-of-truth/index.md"

# Worksheets for the five moments, one per small group.
MOMENT_WORKSHEETS = ("kickoff-plan", "bad-news-plan", "conflict-reframe", "communication-plan", "decision-roles")

STICKIES = "Sticky notes and markers"
PRINTS = "One printed copy per person of"

# --- Blocks several formats share -----------------------------------------------------
# Written once: a block id is the same activity with the same purpose and steps in every
# format that runs it (readers' edited run sheets are kept by block id). A format sets
# its own minutes with `replace`; any other difference is deliberate and says why. Each
# format keeps the section its run sheet has always linked to (published anchors).
# The first steps of each block carry the whole activity, the later ones the detail:
# the full day keeps only the first ones (`brief`).


def brief(block: Block, steps: int = 1, **changes) -> Block:
    """`block` with its first `steps` steps only. The full day uses it throughout: it has
    twenty blocks, and its run sheet must still print on two pages
    (tests/test_facilitator_browser.py)."""
    return replace(block, instructions=block.instructions[:steps], **changes)


OPENING = Block(
    id="opening",
    minutes=15,
    type="plenary",
    title="Opening and one relationship",
    purpose="Agree the aim, the ground rules and the client each person will work on {part}.",
    instructions=(
        "Share the agenda and the ground rules; say that examples stay in the room.",
        "Each person writes one client and the result they want with them this quarter.",
        "Pair people with someone from a different team for the rest of the session.",
    ),
    materials=(STICKIES, "Printed agenda on each table"),
    section="how-to-use.md#pick-one-relationship",
)

EXPERTISE = Block(
    id="expertise",
    minutes=15,
    type="groups",
    title="When good advice went nowhere",
    purpose="Show from people's own stories why expertise alone rarely gets advice acted on.",
    instructions=(
        "Tables share a case where sound advice was ignored and list what was missing: content or relationship.",
        "Collect the lists and point out how many items are about the relationship, not the content.",
    ),
    materials=("Flip chart per table", STICKIES),
    section=f"{WHY}#expertise-is-not-enough",
)

WORK_MIX = Block(
    id="work-mix",
    minutes=20,
    type="individual",
    title="Your work mix",
    purpose="Measure how time splits across the three kinds of work and choose what to stop, hand off or start.",
    instructions=(
        "Explain the three kinds of work with an example of each; people fill in the worksheet, including their stop list.",
        "Ask two volunteers to read out one thing they will stop.",
    ),
    materials=(PRINTS + " the work-mix worksheet, or laptops",),
    section=f"{WHY}#three-kinds-of-work",
    components=("work-mix",),
)

ROLES_BLOCK = Block(
    id="roles",
    minutes=25,
    type="pairs",
    title="Which role are you playing?",
    purpose="Name the role each person plays on one engagement and what pulls them into it.",
    instructions=(
        "Describe Peter Block's three roles; each person rates one engagement on the role self-assessment.",
        "Pairs compare their highest score and say what pulls them into that role and when it was set.",
    ),
    materials=(PRINTS + " the role self-assessment",),
    section=f"{ROLES}#the-three-roles",
    components=("role-self-assessment",),
)

ACT_MODEL = Block(
    id="act-model",
    minutes=15,
    type="talk",
    title="The ACT model",
    purpose="Give the room one model of what makes a client partnership work, and the true-client test.",
    instructions=(
        "Present access, credibility and trust and the true-client test, crediting the Robinsons and Nancy Q. Smith.",
        "Walk through the three tests with one example from a hospital or a bank; say how a client differs from a contact.",
        "Take questions for five minutes.",
    ),
    materials=("Two slides: the ACT model and the true-client test",),
    section=f"{ACT}#the-act-model",
)

STAKEHOLDER_MAP = Block(
    id="stakeholder-map",
    minutes=30,
    type="pairs",
    title="Map clients and contacts",
    purpose="Find the true client on one initiative and plan a route to them through a contact.",
    instructions=(
        "Each person maps one initiative; partners challenge every 'client' on it with the three tests.",
        "Both pick the access checklist items that fit their route to the true client.",
    ),
    materials=(PRINTS + " the stakeholder map and the access checklist",),
    section=f"{ACT}#reach-true-clients-through-contacts",
    components=("stakeholder-map", "act-access"),
)

MOMENTS_BLOCK = Block(
    id="moments",
    minutes=40,
    type="groups",
    title="Design one moment of truth",
    purpose="Design one moment so the other person knows what to expect, and rehearse it.",
    instructions=(
        "Introduce the five moments, crediting the 2011 article; give each group one moment and its worksheet.",
        "Groups design it for a real case from one member, then rehearse the conversation.",
        "Each group gives a two-minute readout: the moment, the case and the one change they would make.",
    ),
    materials=("One printed worksheet per group for its moment", "Timer visible to all groups"),
    section=f"{MOMENTS}#the-remedy",
    components=MOMENT_WORKSHEETS,
)

CLOSE = Block(
    id="close",
    minutes=20,
    type="plenary",
    title="Commitments and next steps",
    purpose="Leave with a plan for the chosen relationship and a way to hear how others see you.",
    instructions=(
        "Each person writes one action for the next two weeks and one person to ask for feedback.",
        "Go round the room: one sentence each.",
        "Explain what you will send after the session and when you will follow up.",
    ),
    materials=(STICKIES, "Feedback form"),
    section=f"{MOMENTS}#ask-how-others-see-you",
)

INTRODUCTION = Agenda(
    id="introduction-90",
    title="Client partnering: a 90-minute introduction",
    minutes=90,
    start="09:00",
    audience=(
        "HR, learning and OD partners and internal or external consultants meeting the "
        "playbook for the first time; 6 to 24 people, in person or online."
    ),
    intro=(
        "A taster that leaves everyone with one client relationship looked at through the ACT "
        "model and one step to take this week. It works as a team-meeting slot or a lunch session."
    ),
    outcomes=(
        "A picture of where their working time goes today",
        "A stakeholder map that separates true clients from contacts on one initiative",
        "One action for the coming week, written down",
    ),
    blocks=(
        Block(
            id="welcome",
            minutes=10,
            type="plenary",
            title="Welcome and one relationship",
            purpose="Set the aim and get every person anchored on a real client instead of clients in general.",
            instructions=(
                "Say what people will leave with and that nothing they write is shared unless they choose to.",
                "Ask each person to write one client's name and the result they want with that client this quarter.",
                "Hear three or four examples quickly; do not discuss them yet.",
            ),
            materials=(STICKIES, "Slide with the session aim and the playbook's address"),
            section="how-to-use.md#pick-one-relationship",
        ),
        # The taster has time for today's mix only; the stop list needs the longer formats.
        replace(
            WORK_MIX,
            minutes=15,
            purpose="Show how little time most people spend on strategic work, using their own numbers.",
            instructions=(
                "Explain transactional, tactical and strategic work with an example of each from your own organization.",
                "Give people eight minutes to fill in the 'now' column of the work-mix worksheet.",
                "Ask for a show of hands: who spends more than a quarter of their time on strategic work?",
            ),
        ),
        replace(ROLES_BLOCK, minutes=15),
        brief(ACT_MODEL, 2, minutes=10),  # the taster has no time for questions
        Block(
            id="true-client-test",
            minutes=20,
            type="pairs",
            title="Run the true-client test",
            purpose="Separate the people who own the result from the people who pass messages along.",
            instructions=(
                "Each person lists everyone involved in one initiative on the stakeholder map.",
                "Partners question each other: does this person own the result, control resources and lead the people affected?",
                "Finish by writing one route to a true client through an existing contact.",
            ),
            materials=(PRINTS + " the stakeholder map",),
            section=f"{ACT}#the-true-client-test",
            components=("stakeholder-map",),
        ),
        Block(
            id="five-moments",
            minutes=10,
            type="plenary",
            title="Five moments of truth",
            purpose="Show that trust is shaped at a few predictable moments you can plan for.",
            instructions=(
                "Name the five moments on one slide, crediting the 2011 article on influence relationships.",
                "Ask which moment went badly for someone here recently.",
                "Take two short stories and link each to its moment page for later reading.",
            ),
            materials=("Slide listing the five moments with the address of each page",),
            section=f"{MOMENTS}#the-five-moments",
        ),
        Block(
            id="one-step",
            minutes=10,
            type="individual",
            title="One step this week",
            purpose="Turn the session into a specific action with the client each person chose.",
            instructions=(
                "Ask everyone to write one thing they will do with their client before next Friday.",
                "Go round the room or the chat: each person reads their step in one sentence.",
                "Send the playbook links and the worksheets used today within a day.",
            ),
            materials=(STICKIES,),
            section=f"{ACT}#put-it-to-work",
        ),
    ),
)

HALF_DAY = Agenda(
    id="half-day",
    title="Client partnering: a half-day workshop",
    minutes=210,
    start="09:00",
    audience=(
        "A team of HR business partners, learning consultants, OD practitioners or internal "
        "consultants; 8 to 20 people, best in one room."
    ),
    intro=(
        "{Length}, one break, and enough time in pairs and groups for people to "
        "practice on their own clients. Participants leave with four filled-in tools and a "
        "redesigned moment of truth."
    ),
    outcomes=(
        "Their work mix now and the mix they want in a year",
        "A rating of the role they play on one engagement",
        "A stakeholder map and an ACT rating for one client",
        "A plan for one moment of truth, tested on a colleague",
    ),
    blocks=(
        OPENING,
        EXPERTISE,
        replace(WORK_MIX, section=f"{WHY}#shift-your-mix-toward-strategic-work"),
        # The half day has no contracting block of its own (the full day's "contracting"):
        # its roles block ends with that practice instead of the pairs' comparison.
        replace(
            ROLES_BLOCK,
            title="Roles and contracting language",
            purpose="Name the role each person plays on one engagement and practice words that invite collaboration.",
            instructions=(
                ROLES_BLOCK.instructions[0],
                "In pairs, one plays a client who wants an expert or a pair-of-hands; the other answers with contracting language from the chapter.",
                "Swap after five minutes and note the phrase that worked best.",
            ),
            materials=(*ROLES_BLOCK.materials, "Cards with the contracting phrases"),
            section=f"{ROLES}#move-toward-collaboration",
        ),
        Block(
            id="break",
            minutes=15,
            type="break",
            title="Break",
            materials=("Coffee",),
        ),
        ACT_MODEL,
        STAKEHOLDER_MAP,
        Block(
            id="act-rating",
            minutes=15,
            type="individual",
            title="Rate access, credibility and trust",
            purpose="Find the weakest of the three letters in the chosen relationship.",
            instructions=(
                "People rate their client on the ACT self-assessment.",
                "Read out the warning signs of a low-value relationship and ask who recognizes one.",
            ),
            materials=(PRINTS + " the ACT self-assessment",),
            section=f"{ACT}#warning-signs-of-a-low-value-relationship",
            components=("act-assessment",),
        ),
        MOMENTS_BLOCK,
        CLOSE,
    ),
)

FULL_DAY = Agenda(
    id="full-day",
    title="Client partnering: a full-day workshop",
    minutes=450,
    start="09:00",
    audience=(
        "A partnering team or a cohort of consultants from several functions; 10 to 24 people "
        "in one room, with tables for groups of four."
    ),
    intro=(
        "The whole playbook in one day: kinds of work, roles, contracting, the ACT model, the five "
        "moments, resistance, the trusted-advisor skills, leading rather than serving and ending "
        "well. Participants work on the same client relationship all day and leave with a plan for it."
    ),
    outcomes=(
        "A work mix and a client portfolio with next steps",
        "The need behind one real request, ready for a working agreement",
        "A stakeholder map, an ACT rating and a credibility plan for one client",
        "One moment of truth redesigned and rehearsed",
        "Neutral words for one client's resistance, practiced out loud",
        "A self-rating on the six trusted-advisor skills",
        "A plan for setting expectations and adding value on one current request",
        "A handover plan for one piece of work that is ending",
    ),
    blocks=(
        # A cohort from several functions, who may not know each other's names.
        brief(OPENING, 2, minutes=20, materials=(*OPENING.materials, "Name cards")),
        brief(EXPERTISE),
        brief(WORK_MIX),
        Block(
            id="portfolio",
            minutes=15,
            type="pairs",
            title="Sustained and project clients",
            purpose="Map the people who own the results each person supports and spot gaps in contact.",
            instructions=(
                "Explain the two kinds of client; partners ask about any client in the portfolio not spoken to in two months.",
            ),
            materials=(PRINTS + " the client portfolio",),
            section=f"{WHY}#sustained-and-project-clients",
            components=("client-portfolio",),
        ),
        Block(id="morning-break", minutes=15, type="break", title="Morning break", materials=("Coffee",)),
        ROLES_BLOCK,
        Block(
            id="contracting",
            minutes=20,
            type="pairs",
            title="Practice contracting language",
            purpose="Rehearse the words that move a client from handing over or handing down toward working together.",
            instructions=(
                "One partner plays a client who wants an expert, then a pair-of-hands; pairs pick two checklist items to try.",
            ),
            materials=("Cards with the contracting phrases", PRINTS + " the collaboration checklist"),
            section=f"{ROLES}#contracting-language",
            components=("move-to-collaboration",),
        ),
        Block(
            id="entry",
            minutes=25,
            type="pairs",
            title="From a request to the need behind it",
            purpose="Turn one real request for a solution into its business and performance needs before agreeing anything.",
            instructions=(
                "Present the hierarchy of needs, crediting the Robinsons; contracting, crediting Block.",
                "Each person reframes a real request with the worksheet while the partner plays the client.",
            ),
            section="contracting.md#entry-from-a-request-to-the-need-behind-it",
            components=("reframe-request",),
        ),
        brief(ACT_MODEL),
        Block(id="lunch", minutes=45, type="break", title="Lunch"),
        brief(STAKEHOLDER_MAP, section=f"{ACT}#the-true-client-test"),
        Block(
            id="credibility",
            minutes=25,
            type="individual",
            title="Rate the relationship and plan credibility",
            purpose="Find the weakest of access, credibility and trust and plan how to build credibility.",
            instructions=(
                "People rate their client on ACT; those weak on credibility fill in the plan, others the trust builders.",
            ),
            materials=(PRINTS + " the ACT self-assessment and the credibility plan",),
            section=f"{ACT}#credibility",
            components=("act-assessment", "credibility-plan"),
        ),
        Block(
            id="trust",
            minutes=15,
            type="discussion",
            title="Trust builders",
            purpose="Agree as a room which everyday habits build or break a client's trust.",
            instructions=(
                "Tell the forwarded-email story; tables mark the hardest checklist item and share one tip for it.",
            ),
            materials=(PRINTS + " the trust-builders checklist",),
            section=f"{ACT}#trust",
            components=("trust-builders",),
        ),
        Block(id="afternoon-break", minutes=15, type="break", title="Afternoon break", materials=("Coffee",)),
        brief(MOMENTS_BLOCK, 2, section=f"{MOMENTS}#the-five-moments"),
        Block(
            id="resistance",
            minutes=25,
            type="pairs",
            title="Name the resistance",
            purpose="Practice naming a client's resistance in neutral words, then stopping, instead of arguing with it.",
            instructions=(
                "Give Block's view of resistance; each person fills in the worksheet's first three columns.",
                "Partners say their words aloud until they sound neutral, then stay silent.",
            ),
            section="resistance.md#name-it-then-stop",
            components=("name-the-resistance",),
        ),
        Block(
            id="trusted-advisor",
            minutes=20,
            type="individual",
            title="Trusted-advisor skills",
            purpose="Rate the six skills Mark Hordes names and choose one to practice.",
            instructions=(
                "Tell Mark Hordes's story of the lost bid; people self-rate and pick their lowest skill's exercise.",
            ),
            materials=(PRINTS + " the trusted-advisor self-rating",),
            section="trusted-advisor.md#the-six-skills",
            components=("trusted-advisor-skills",),
        ),
        Block(
            id="lead",
            minutes=20,
            type="pairs",
            title="Lead, don't just serve",
            purpose="Plan how to set expectations and add value on one request instead of only filling it.",
            instructions=(
                "Meeting the request is the floor (credit the essay); each person plans one request, partners test it.",
            ),
            materials=(PRINTS + " the expectations-and-value worksheet",),
            section="lead-dont-serve.md#manage-expectations-and-add-value",
            components=("expectations-and-value",),
        ),
        Block(
            id="ending",
            minutes=20,
            type="individual",
            title="Hand over so the work lasts",
            purpose="Plan the end of one piece of work so that named owners keep the results going.",
            instructions=("Explain why an ending is a decision; each person drafts a handover for work ending soon.",),
            section="ending-well.md#hand-over-so-the-work-lasts",
            components=("close-out-handover",),
        ),
        # The full day has used the whole playbook: people also take the review form to
        # hand to the clients and colleagues whose view they want.
        brief(
            CLOSE,
            minutes=25,
            materials=(STICKIES, PRINTS + " the moments-of-truth review", "Feedback form"),
            components=("moments-of-truth-review",),
        ),
    ),
)

AGENDAS = (INTRODUCTION, HALF_DAY, FULL_DAY)
