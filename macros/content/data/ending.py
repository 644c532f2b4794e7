"""Tools for "Ending Well" (docs/ending-well.md) and "When Access Fails"
(docs/when-access-fails.md), and the client-facing "client's view" form.

The ACT model is Jim and Dana Gaines Robinson's (Partners in Change), adapted by
Nancy Q. Smith; the five moments of truth come from a 2011 article on influence
relationships (see Sources). All wording here is the playbook's own.

The client's view (`client-view`) uses the SAME dimension ids as the practitioner's
`act-assessment` (access, credibility, trust) and `moments-of-truth-review` (the five
moments), so that My relationships can put both views on one chart
(macros/relationships.py checks this at build time).
"""

from __future__ import annotations

from macros.content.model import (
    Assessment,
    Band,
    Checklist,
    ChecklistItem,
    Column,
    Dimension,
    Field,
    Scale,
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
            text="Name an owner on the client's side for every task that continues, and get each one's yes.",
            why="Work with no owner stops the week you leave.",
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
            text="Ask the client what you should do differently next time, and write the answer down.",
            why="Asking shows you mean the partnership; writing it down makes you act on it.",
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
            example="I rated Keep Informed 13 of 15; she rated it 8. She wants a weekly two-line note, not a monthly report.",
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
    intro=(
        "Fill it in before you go over anyone's head. It may show you that you should not."
    ),
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
            example="Asked for a 20-minute meeting with her manager | 12 Jan | \"Not yet, he is too busy.\"",
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
            guidance=(
                "Before, never after; invite them along. Exception: a concern about their own conduct "
                "goes to the designated channel, not to them."
            ),
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

_CLIENT_SCALE = Scale(
    min=1,
    max=5,
    labels=("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"),
)


def _bands(low: tuple[str, str], high: tuple[str, str]) -> tuple[Band, ...]:
    """Two bands for three statements rated 1 to 5 (sums 3 to 15): an average above
    "Neutral" is going well, anything else needs a conversation. The wording says "we":
    it reads right to the client and to the consultant."""
    return (
        Band(3, 9, "Needs attention", *low),
        Band(10, 15, "Going well", *high),
    )


CLIENT_VIEW = Assessment(
    id="client-view",
    title="How Is Working With Us Going?",
    intro=(
        "This form is for you, the client. It asks how working with us feels from your side. "
        "Skip any statement that does not apply. There are no right answers, and a low rating "
        "helps us more than a polite one. We will go through your answers with you and agree "
        "what to change."
    ),
    scale=_CLIENT_SCALE,
    for_client=True,
    meta=ToolMeta(
        situations=("review", "ending"),
        minutes=10,
        with_whom=("client",),
        outcome="The client's own ratings, to compare with yours on My Relationships",
    ),
    dimensions=(
        Dimension(
            id="access",
            title="Access: time together",
            statements=(
                Statement("cv-time", "I can get time with you when I need it."),
                Statement("cv-direct", "You deal with me directly, not only through my team."),
                Statement("cv-early", "You hear about my plans early enough to help shape them."),
            ),
            bands=_bands(
                ("Time together is hard to get, so questions and problems wait.",
                 "Agree how often we should meet, and book the next three dates now."),
                ("Time together is easy to get and comes early enough to help.",
                 "Keep the rhythm, and check it again at the next review."),
            ),
        ),
        Dimension(
            id="credibility",
            title="Credibility: results you can count on",
            statements=(
                Statement("cv-deliver", "You deliver what you promise."),
                Statement("cv-understand", "You understand the results my area is accountable for."),
                Statement("cv-proposals", "Your proposals say what they will change for my area."),
            ),
            bands=_bands(
                ("The work does not yet feel tied to the results that matter here.",
                 "Agree one measure that the next piece of work must move."),
                ("The work is seen as moving results that matter.",
                 "Report on the agreed measure after the work ends, too."),
            ),
        ),
        Dimension(
            id="trust",
            title="Trust: how the work gets done",
            statements=(
                Statement("cv-sensitive", "I know how you will handle something sensitive I tell you."),
                Statement("cv-way", "The way you get results fits how this organization wants to work."),
                Statement("cv-share-blame", "You share responsibility when results disappoint."),
            ),
            bands=_bands(
                ("There is doubt about how the work is done, not only what it delivers.",
                 "Talk openly about what felt wrong, and agree what will be different."),
                ("The way the work is done is trusted.",
                 "Keep the limits of confidentiality agreed, and restate them before hard topics."),
            ),
        ),
        Dimension(
            id="start-something-new",
            title="Start Something New",
            statements=(
                Statement("cv-start-steps", "When we begin new work, I know the steps ahead."),
                Statement("cv-start-roles", "At the start of new work, I know what you need from me."),
                Statement("cv-start-next", "I leave our first meeting on new work knowing what happens next."),
            ),
            bands=_bands(
                ("New work starts in a fog.",
                 "Plan the next kickoff together and end it by saying back the next steps."),
                ("New work starts with clear steps and roles.",
                 "Keep doing what works; note it so others can copy it."),
            ),
        ),
        Dimension(
            id="deal-with-the-unexpected",
            title="Deal With the Unexpected",
            statements=(
                Statement("cv-problems-early", "You tell me about problems as soon as you know of them."),
                Statement("cv-options", "When something goes wrong, you bring options."),
                Statement("cv-slip-agreed", "We agreed in advance how we would handle slip-ups."),
            ),
            bands=_bands(
                ("Problems arrive late or as surprises.",
                 "Agree now how fast, and how, either side raises a problem."),
                ("Setbacks are raised early and handled calmly.",
                 "Review the last setback together and keep what worked."),
            ),
        ),
        Dimension(
            id="manage-conflict",
            title="Manage Conflict",
            statements=(
                Statement("cv-disagree-open", "You tell me when you disagree with me."),
                Statement("cv-heard", "When we disagree, I feel heard."),
                Statement("cv-better-plan", "Our disagreements lead to a better plan."),
            ),
            bands=_bands(
                ("Disagreements are hidden or turn into contests.",
                 "Name one open disagreement and talk it through against the shared goal."),
                ("Disagreements are open and make the work better.",
                 "Keep inviting challenge, especially from quieter people."),
            ),
        ),
        Dimension(
            id="keep-informed",
            title="Keep Informed",
            statements=(
                Statement("cv-enough-info", "You give me the information I need without burying me in detail."),
                Statement("cv-channel", "You keep me informed in the way I prefer."),
                Statement("cv-big-picture", "You remind me how the work fits the bigger picture."),
            ),
            bands=_bands(
                ("Updates miss the mark: too few, too many or the wrong kind.",
                 "Agree who needs what, how often and through which channel."),
                ("Updates give the right amount in the right form.",
                 "Check the plan again when people or priorities change."),
            ),
        ),
        Dimension(
            id="huddle-on-decisions",
            title="Huddle on Decisions",
            statements=(
                Statement("cv-who-decides", "I know which decisions about our work are mine and which are yours."),
                Statement("cv-right-people", "The right people on my side are involved in decisions about our work."),
                Statement("cv-no-surprise", "Decisions about our work do not take me by surprise."),
            ),
            bands=_bands(
                ("It is unclear who decides, so decisions surprise people.",
                 "List the next five decisions and agree who approves each."),
                ("Everyone knows who decides what.",
                 "Revisit the decision roles when the team or scope changes."),
            ),
        ),
    ),
)

COMPONENTS = (CLOSE_OUT_HANDOVER, RELATIONSHIP_REVIEW, ESCALATION_PLAN, CLIENT_VIEW)
