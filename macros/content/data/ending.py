"""Tools for "Ending Well" (docs/ending-well.md) and "When Access Fails"
(docs/when-access-fails.md), and the client-facing "client's view" form.

The ACT model is Jim and Dana Gaines Robinson's (Partners in Change), adapted by
Nancy Q. Smith; the five moments of truth come from a 2011 article on influence
relationships (see Sources). All wording here is the playbook's own.

The client's view (`client-view`) is built from the practitioner's `act-assessment`
(access, credibility, trust) and `moments-of-truth-review` (the five moments): the same
dimension ids, the same statements worded for the client, the same scale, so that My
relationships can put both views on one chart (macros/render/relationships.py checks this
at build time).
"""

from __future__ import annotations

from macros.content.data.act import ACT_ASSESSMENT
from macros.content.data.moments import MOMENTS_OF_TRUTH_REVIEW
from macros.content.model import (
    Assessment,
    Band,
    Checklist,
    ChecklistItem,
    Column,
    Dimension,
    Field,
    Statement,
    ToolMeta,
    Worksheet,
)

# --- Ending Well --------------------------------------------------------------

CLOSE_OUT_HANDOVER = Checklist(
    id="close-out-handover",
    title="Close-Out and Handover",
    intro=(
        "Work through this in the last two weeks of a project. Tick an item only when "
        "someone else could see that it is done."
    ),
    meta=ToolMeta(
        situations=("ending",),
        minutes=20,
        with_whom=("alone", "client"),
        outcome="A project closed in writing, with named owners and a follow-up date booked",
    ),
    items=(
        ChecklistItem(
            id="results-vs-agreement",
            text="Send the client a one-page note of what was delivered next to what was agreed at the start.",
            why="It closes, in writing, the agreement you opened, gaps included.",
        ),
        ChecklistItem(
            id="name-owners",
            text="Name an owner on the client's side for every task that continues.",
            why="Work with no owner stops the week you leave.",
        ),
        ChecklistItem(
            id="owners-agree",
            text="Get each owner's yes to the task they take on.",
            why="An owner who never agreed is an owner only on paper.",
        ),
        ChecklistItem(
            id="walk-through",
            text="Walk each new owner through the files, data and contacts they now hold.",
            why="A folder handed over without a tour is a folder nobody opens.",
        ),
        ChecklistItem(
            id="measures-dated",
            text="Write down which measures will be checked after you leave, by whom, and on what date.",
            why="Application and impact show up months later; without a date, nobody looks.",
        ),
        ChecklistItem(
            id="announce-end",
            text="Tell everyone the work touched that the project has ended and whom to call now.",
            why="It gives the new owners their authority and stops requests landing on you.",
        ),
        ChecklistItem(
            id="book-follow-up",
            text="Book a follow-up with the client for 60 to 90 days after close, before the last meeting ends.",
            why="It is the first step from a project client to a sustained one.",
        ),
        ChecklistItem(
            id="ask-do-differently",
            text="Ask the client what you should do differently next time.",
            why="Asking shows you mean the partnership.",
        ),
        ChecklistItem(
            id="write-do-differently",
            text="Write the client's answer where you will see it before your next project.",
            why="An answer you can find again is one you act on.",
        ),
        ChecklistItem(
            id="thank-helpers",
            text="Thank in writing, by name, the people outside the core team who made the work possible.",
            why="They are the contacts you will need on the next piece of work.",
        ),
    ),
)

_REVIEW_OUTCOME = "A record of how the relationship is going, seen from both sides, and what changes next"

RELATIONSHIP_REVIEW = Worksheet(
    id="relationship-review",
    title="Relationship Review",
    intro=(
        "Every six months or so, and after any large project. Fill in the top half before you "
        "meet, the rest with the client."
    ),
    meta=ToolMeta(
        situations=("review", "ending"),
        minutes=45,
        with_whom=("alone", "client"),
        outcome=_REVIEW_OUTCOME,
    ),
    fields=(
        Field(
            id="client",
            label="Client and what they own now",
            type="short_text",
            guidance="Their name and the results they answer for this year.",
            example="Director of customer operations: complaint backlog, first-call resolution, staff turnover.",
        ),
        Field(
            id="period",
            label="Period reviewed",
            type="short_text",
            example="January to June: the complaints project and two smaller requests.",
        ),
        Field(
            id="work-done",
            label="What we did together and what it changed",
            type="long_text",
            lines=2,
            guidance="Before you meet: the work, and one result each in the client's terms.",
            example=(
                "Complaints project: backlog down from 900 to 310. Team-lead coaching: too early to "
                "tell. Exit-interview analysis: used in the budget case for two new hires."
            ),
        ),
        Field(
            id="their-view",
            label="What the client says is working and what is not",
            type="long_text",
            lines=2,
            guidance="With the client, in their words. Note their lowest part on the client's view.",
            example=(
                "Working: straight answers, quick turnaround. Not working: she heard about the "
                "coaching delay from a team lead first. Lowest part of her ratings: Keep Informed."
            ),
        ),
        Field(
            id="gap",
            label="Where my ratings and theirs differ most",
            type="long_text",
            lines=2,
            guidance="Compare the two on My Relationships. A gap is a topic to explore, not a verdict.",
            example=(
                "On the same three statements, I scored Keep Informed 13 of 15; she scored it 8. She wants a weekly "
                "two-line note, not a monthly report."
            ),
        ),
        Field(
            id="coming-up",
            label="What is coming up for the client in the next six to twelve months",
            type="long_text",
            lines=2,
            guidance="Ask about plans, pressures and people changes, not about work for you.",
            example="A merger of two contact centers in the autumn; a new chief customer officer starting in May.",
        ),
        Field(
            id="agreements",
            label="What we agree to change or start",
            type="table",
            rows=2,
            guidance="Three at most, each with an owner and a date.",
            example="Weekly two-line update | Me | From next Monday. Join the merger steering group as observer | Director | Ask the sponsor by 15 July.",
            columns=(
                Column(id="what", label="What"),
                Column(id="who", label="Who"),
                Column(id="when", label="By when"),
            ),
        ),
        Field(
            id="next-review",
            label="Date of the next review",
            type="date",
        ),
    ),
)

# --- When Access Fails ------------------------------------------------------------

ESCALATION_PLAN = Worksheet(
    id="escalation-plan",
    title="Escalation Plan",
    intro=("Not for a concern about misconduct, safety or the law: that goes to the designated channel now."),
    meta=ToolMeta(
        situations=("gone-quiet", "setback", "disagreement"),
        minutes=30,
        with_whom=("alone",),
        outcome="A decision on whether to escalate, to whom, and what you will tell your contact first",
    ),
    fields=(
        Field(
            id="what-blocked",
            label="What is blocked, and what it costs the business",
            type="long_text",
            lines=2,
            guidance="State the cost in the client's terms, with a date. If you cannot, you are not ready to escalate.",
            example=(
                "Supervisor training for the new production line. Go-live is 1 March; at the last "
                "start-up, output ran about two weeks behind while people learned on the job."
            ),
        ),
        Field(
            id="their-side",
            label="What my contact may be protecting",
            type="long_text",
            lines=2,
            guidance="Their workload, their standing with their boss, a past bad experience, a budget. Guess, then check.",
            example="She was blamed for the last start-up. Bringing in outside help may look to her manager like she cannot cope.",
        ),
        Field(
            id="tried",
            label="What I have tried with my contact directly",
            type="table",
            rows=2,
            columns=(
                Column(id="attempt", label="What I tried"),
                Column(id="date", label="When", type="date"),
                Column(id="response", label="What happened"),
            ),
            example='Asked for a 20-minute meeting with her manager | 12 Jan | "Not yet, he is too busy."',
        ),
        Field(
            id="decision-needed",
            label="The decision that only someone more senior can make",
            type="short_text",
            guidance="If no such decision exists, do not escalate: keep working with your contact.",
            example="Whether supervisors get four hours off the floor before go-live.",
        ),
        Field(
            id="escalate-to",
            label="Whom I would go to, and why that person",
            type="short_text",
            guidance="The lowest person who can make the decision, ideally the true client.",
            example="The site operations manager: he owns the go-live date and the supervisors' time.",
        ),
        Field(
            id="told-contact",
            label="I have told my contact that I plan to raise it, and why",
            type="yes_no",
            guidance=("Before, never after; invite them. A concern about their conduct: the designated channel."),
        ),
        Field(
            id="opening-words",
            label="My first two sentences to the senior person",
            type="long_text",
            lines=2,
            guidance="Start with the business risk and the decision, not with your contact's behavior.",
            example=(
                "Go-live is seven weeks away and the supervisors have had no time on the new system. "
                "I need a decision from you on four hours of training each; Maria and I have different "
                "views on the timing, and she knows I am here."
            ),
        ),
        Field(
            id="if-no",
            label="If the answer is no",
            type="long_text",
            lines=2,
            guidance="What you will do, what you will put in writing, and how you will keep working with your contact.",
            example=(
                "Send a short note of the risk and the decision to both of them, offer a 30-minute "
                "floor guide instead, and ask Maria for a coffee to reset how we work."
            ),
        ),
    ),
)

# --- The client's view ------------------------------------------------------------
# Built from the statements of the ACT self-assessment and the Moments of Truth review:
# each of their statements carries its client wording (Statement.client), so the client
# rates the same things, on the same scale, and both views can share one chart.

_CLIENT_SCALE = ACT_ASSESSMENT.scale


def _bands(n: int, low: tuple[str, str], high: tuple[str, str]) -> tuple[Band, ...]:
    """Two bands for n statements rated 1 to 5 (sums n to 5n), the reverse-keyed one turned
    round: an average above "Neutral" is going well, anything else needs a conversation.
    The wording says "we": it reads right to the client and to the consultant."""
    return (
        Band(n, 3 * n, "Needs attention", *low),
        Band(3 * n + 1, 5 * n, "Going well", *high),
    )


def _mirror(source: Assessment, dim_id: str, title: str, low: tuple[str, str], high: tuple[str, str]) -> Dimension:
    """The client's side of one part of `source`: the same statements in the client's words."""
    dim = next(d for d in source.dimensions if d.id == dim_id)
    statements = tuple(
        Statement(s.client.id, s.client.text, reverse=s.reverse) for s in dim.statements if s.client is not None
    )
    return Dimension(id=dim.id, title=title, statements=statements, bands=_bands(len(statements), low, high))


CLIENT_VIEW = Assessment(
    id="client-view",
    title="How Is Working With Us Going?",
    intro=(
        "This form is for you, the client. It asks how working with us feels from your side. "
        'Choose "Does not apply" for any statement that does not fit your situation. Some '
        "statements describe a problem, so read each one before you rate it. There are no right "
        "answers, and a low rating helps us more than a polite one. We will go through your "
        "answers with you and agree what to change."
    ),
    scale=_CLIENT_SCALE,
    for_client=True,
    meta=ToolMeta(
        situations=("review", "ending"),
        minutes=12,
        with_whom=("client",),
        outcome="The client's own ratings, to compare with yours on My Relationships",
    ),
    dimensions=(
        _mirror(
            ACT_ASSESSMENT,
            "access",
            "Access: time together",
            (
                "Time together is hard to get, so questions and problems wait.",
                "Agree how often we should meet, and book the next three dates now.",
            ),
            (
                "Time together is easy to get and comes early enough to help.",
                "Keep the rhythm, and check it again at the next review.",
            ),
        ),
        _mirror(
            ACT_ASSESSMENT,
            "credibility",
            "Credibility: results you can count on",
            (
                "The work does not yet feel tied to the results that matter here.",
                "Agree one measure that the next piece of work must move.",
            ),
            (
                "The work is seen as moving results that matter.",
                "Report on the agreed measure after the work ends, too.",
            ),
        ),
        _mirror(
            ACT_ASSESSMENT,
            "trust",
            "Trust: how the work gets done",
            (
                "There is doubt about how the work is done, not only what it delivers.",
                "Talk openly about what felt wrong, and agree what will be different.",
            ),
            (
                "The way the work is done is trusted.",
                "Keep the limits of confidentiality agreed, and restate them before hard topics.",
            ),
        ),
        _mirror(
            MOMENTS_OF_TRUTH_REVIEW,
            "start-something-new",
            "Start Something New",
            ("New work starts in a fog.", "Plan the next kickoff together and end it by saying back the next steps."),
            ("New work starts with clear steps and roles.", "Keep doing what works; note it so others can copy it."),
        ),
        _mirror(
            MOMENTS_OF_TRUTH_REVIEW,
            "deal-with-the-unexpected",
            "Deal With the Unexpected",
            ("Problems arrive late or as surprises.", "Agree now how fast, and how, either side raises a problem."),
            ("Setbacks are raised early and handled calmly.", "Review the last setback together and keep what worked."),
        ),
        _mirror(
            MOMENTS_OF_TRUTH_REVIEW,
            "manage-conflict",
            "Manage Conflict",
            (
                "Disagreements are hidden or turn into contests.",
                "Name one open disagreement and talk it through against the shared goal.",
            ),
            (
                "Disagreements are open and make the work better.",
                "Keep inviting challenge, especially from quieter people.",
            ),
        ),
        _mirror(
            MOMENTS_OF_TRUTH_REVIEW,
            "keep-informed",
            "Keep Informed",
            (
                "Updates miss the mark: too few, too many or the wrong kind.",
                "Agree who needs what, how often and through which channel.",
            ),
            (
                "Updates give the right amount in the right form.",
                "Check the plan again when people or priorities change.",
            ),
        ),
        _mirror(
            MOMENTS_OF_TRUTH_REVIEW,
            "huddle-on-decisions",
            "Huddle on Decisions",
            (
                "It is unclear who decides, so decisions surprise people.",
                "List the next five decisions and agree who approves each.",
            ),
            ("Everyone knows who decides what.", "Revisit the decision roles when the team or scope changes."),
        ),
    ),
)

COMPONENTS = (CLOSE_OUT_HANDOVER, RELATIONSHIP_REVIEW, ESCALATION_PLAN, CLIENT_VIEW)
