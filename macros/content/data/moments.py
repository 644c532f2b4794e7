"""Tools for the "Moments of truth" chapter (docs/moments-of-truth/).

One review of how other people experience you at each of the five moments, then a
planning worksheet and a checklist per moment. Every string here is original prose.
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
    Worksheet,
)

# --- Overview page: docs/moments-of-truth/index.md ---------------------------


def _bands(cloudy: tuple[str, str], uneven: tuple[str, str], clear: tuple[str, str]) -> tuple[Band, ...]:
    """Three bands for a dimension of three statements rated 1 to 5 (sums 3 to 15)."""
    return (
        Band(3, 7, "Cloudy", cloudy[0], cloudy[1]),
        Band(8, 11, "Uneven", uneven[0], uneven[1]),
        Band(12, 15, "Clear", clear[0], clear[1]),
    )


MOMENTS_OF_TRUTH_REVIEW = Assessment(
    id="moments-of-truth-review",
    title="Moments of truth review: how others experience you",
    intro=(
        "Pick one relationship: a client, a peer team or a partner. Rate each statement "
        "the way that person would rate it, not the way you hope they would. Better still, "
        "ask them to rate it too and compare the two sets of answers."
    ),
    scale=Scale(
        min=1,
        max=5,
        labels=("Never", "Rarely", "Sometimes", "Often", "Always"),
    ),
    dimensions=(
        Dimension(
            id="start-something-new",
            title="Start something new",
            statements=(
                Statement(
                    "steps-and-flex",
                    "When we begin new work together, people know the steps ahead and "
                    "where the plan can bend.",
                ),
                Statement(
                    "roles-known",
                    "People know who is involved, what each person does, and what they "
                    "can count on from me.",
                ),
                Statement(
                    "leave-certain",
                    "People walk out of a first meeting with me able to say what happens "
                    "next and why.",
                ),
            ),
            bands=_bands(
                (
                    "Your starts leave people guessing. Doubt set at the start is slow to "
                    "clear, so this is the first moment to fix.",
                    "Before your next new piece of work, fill in the kickoff plan and test "
                    "it with the other person before the meeting.",
                ),
                (
                    "Some starts go well and others drift. People may know the goal but "
                    "not the roles, or the steps but not where they can flex.",
                    "Use the contracting checklist at your next kickoff and close by asking "
                    "the other person to state the next step in their own words.",
                ),
                (
                    "People trust your beginnings. They know the path and their part in it.",
                    "Write down how you run a kickoff so your teammates can start work the "
                    "same way.",
                ),
            ),
        ),
        Dimension(
            id="deal-with-the-unexpected",
            title="Deal with the unexpected",
            statements=(
                Statement(
                    "agreed-beforehand",
                    "Before anything goes wrong, I agree with people how we will handle "
                    "problems when they come.",
                ),
                Statement(
                    "hear-it-first",
                    "When something slips, people hear it from me first, soon and in "
                    "plain words.",
                ),
                Statement(
                    "step-forward",
                    "My bad news arrives with options and a next step, so people feel "
                    "the work is moving again.",
                ),
            ),
            bands=_bands(
                (
                    "Problems catch the people you work with off guard, and they may learn "
                    "of them from someone else. Each surprise costs trust.",
                    "Pick the relationship with the most at stake and agree, this week, how "
                    "the two of you will raise and handle a slip-up.",
                ),
                (
                    "You own up to problems, but the other person still feels them as "
                    "shocks, or the news comes without a way forward.",
                    "Next time you must share bad news, fill in the bad-news plan first and "
                    "bring at least two options.",
                ),
                (
                    "People feel ahead of problems with you. Slip-ups are handled by a plan "
                    "you made together.",
                    "Add the slip-up agreement to every new contract so it becomes part of "
                    "how your team works.",
                ),
            ),
        ),
        Dimension(
            id="manage-conflict",
            title="Manage conflict",
            statements=(
                Statement(
                    "heard-not-beaten",
                    "When people disagree with me, they come away feeling heard rather "
                    "than defeated.",
                ),
                Statement(
                    "difference-as-chance",
                    "I say out loud that a difference of views is a chance to make the work "
                    "better, and I act that way.",
                ),
                Statement(
                    "shared-path",
                    "Our disagreements end with a path we both accept and something we "
                    "have learned.",
                ),
            ),
            bands=_bands(
                (
                    "Disagreements with you feel like contests. People may avoid raising "
                    "concerns, which hides problems until they grow.",
                    "Take one open disagreement, fill in the conflict reframe, and invite "
                    "the other person to solve it with you.",
                ),
                (
                    "You handle conflict well when calm, less well under pressure. Some "
                    "people still feel they lost.",
                    "Before your next hard conversation, run through the conflict "
                    "conversation checklist and agree the shared goal first.",
                ),
                (
                    "People bring you their disagreements because they expect a fair, "
                    "useful conversation.",
                    "Ask after each resolved conflict what the difference taught you both, "
                    "and fold it into how you work.",
                ),
            ),
        ),
        Dimension(
            id="keep-informed",
            title="Keep informed",
            statements=(
                Statement(
                    "right-form",
                    "People get what they need to know from me, in the form and at the "
                    "pace they prefer.",
                ),
                Statement(
                    "big-picture",
                    "People can see where the whole piece of work stands at a glance, "
                    "because I recap it on a regular rhythm.",
                ),
                Statement(
                    "face-time",
                    "People get real conversation time with me, not only messages and "
                    "email.",
                ),
            ),
            bands=_bands(
                (
                    "People feel left in the dark or buried in mail. Either way they start "
                    "to check up on you, which wears down trust.",
                    "List everyone who depends on your work and ask the two most important "
                    "how they want to hear from you.",
                ),
                (
                    "Your updates reach some people well and miss others, or they report "
                    "tasks without the big picture.",
                    "Fill in the communication plan and add a one-page visual recap to "
                    "your next update.",
                ),
                (
                    "People rarely need to chase you. They know where things stand.",
                    "Check the plan each quarter, and look for one more chance for face "
                    "time with a person you mostly email.",
                ),
            ),
        ),
        Dimension(
            id="huddle-on-decisions",
            title="Huddle on decisions",
            statements=(
                Statement(
                    "roles-clear",
                    "For our routine decisions, people know who approves, who recommends "
                    "and who is involved.",
                ),
                Statement(
                    "off-pattern-huddle",
                    "When a decision falls outside the usual pattern, I bring the people "
                    "with a stake together to talk it through.",
                ),
                Statement(
                    "no-late-surprise",
                    "People with a real stake seldom learn of a decision after it has "
                    "been made.",
                ),
            ),
            bands=_bands(
                (
                    "Decisions with you feel murky. People are not sure who decides, and "
                    "some feel shut out, so settled choices get reopened.",
                    "Map your next five decisions in the decision-roles worksheet and share "
                    "it with the people named in it.",
                ),
                (
                    "Routine decisions run well, but the unusual ones cause friction or "
                    "late complaints.",
                    "Mark which coming decisions do not fit the pattern and plan a huddle "
                    "for each with the decision huddle checklist.",
                ),
                (
                    "People trust how decisions get made with you, even when they do not "
                    "get their way.",
                    "Offer to facilitate a huddle for a peer team that is stuck on a "
                    "shared decision.",
                ),
            ),
        ),
    ),
)

# --- Start something new -----------------------------------------------------

KICKOFF_PLAN = Worksheet(
    id="kickoff-plan",
    title="Kickoff plan",
    intro=(
        "Fill this in before the first meeting of a new project, relationship or problem. "
        "Share a draft with the other person so the plan is built with them, not handed "
        "to them."
    ),
    fields=(
        Field(
            id="what-starts",
            label="What is starting, and with whom",
            type="short_text",
            guidance="Name the work and the main person or team on the other side.",
            example=(
                "New onboarding program for ward nurses, with the chief nursing officer "
                "and two ward managers"
            ),
        ),
        Field(
            id="shared-goal",
            label="The goal, in their words",
            type="long_text",
            guidance=(
                "Write the outcome as the other person would say it. If you cannot, that "
                "is your first question for the meeting."
            ),
            example=(
                "New nurses can work a full shift on their own by week six, and fewer of "
                "them leave in the first year."
            ),
        ),
        Field(
            id="path-and-flex",
            label="How the work will unfold, and where it can flex",
            type="long_text",
            guidance=(
                "List the main steps in order. Mark the steps where dates, scope or "
                "people can change without harm."
            ),
            example=(
                "1. Interviews with ward managers (2 weeks). 2. Draft program, reviewed by "
                "two wards. 3. Pilot on one ward. 4. Roll out. The pilot ward can change; "
                "the review step cannot be skipped."
            ),
        ),
        Field(
            id="roles",
            label="Who is involved and what they can expect",
            type="table",
            guidance="One row per person or group. Include yourself.",
            example=(
                "Ward manager, North 3 | Reviews the draft and hosts the pilot | A draft "
                "one week before review, no more than two hours of their time a week"
            ),
            columns=(
                Column("person", "Person or group"),
                Column("role", "Their role"),
                Column("can-expect", "What they can expect", "long_text"),
            ),
            rows=4,
        ),
        Field(
            id="leave-knowing",
            label="What they should be able to say when the meeting ends",
            type="long_text",
            guidance=(
                "Write two or three sentences the other person should be able to repeat. "
                "Ask them to say it back before you close."
            ),
            example=(
                "We start interviews Monday. I will see a draft on the 14th. If the pilot "
                "ward gets short-staffed, we move the pilot, not the launch."
            ),
        ),
    ),
)

CONTRACTING_CHECKLIST = Checklist(
    id="contracting-checklist",
    title="Contracting checklist for a kickoff",
    intro="Use it to prepare a kickoff, then tick each item during or right after the meeting.",
    items=(
        ChecklistItem(
            "goal-in-their-words",
            "We agreed the goal and what success will look like, in the other person's words.",
            "A goal in your words alone is a goal only you own.",
        ),
        ChecklistItem(
            "steps-walked",
            "I walked through the steps ahead and showed where the plan can bend.",
            "People accept change more easily when they knew in advance where it could happen.",
        ),
        ChecklistItem(
            "roles-named",
            "Everyone involved knows their role and what they can expect from the others.",
        ),
        ChecklistItem(
            "asks-both-ways",
            "I said what I need from them, and asked what they need from me.",
            "Contracting runs both ways; one-sided promises break first.",
        ),
        ChecklistItem(
            "updates-agreed",
            "We agreed how, and how often, we will keep each other informed.",
        ),
        ChecklistItem(
            "slip-ups-agreed",
            "We agreed how we will handle a slip-up before one happens.",
        ),
        ChecklistItem(
            "decisions-agreed",
            "We agreed who approves, who recommends and who is involved in the main decisions.",
        ),
        ChecklistItem(
            "said-back-and-sent",
            "The other person said back what happens next and why, and I sent a short "
            "written recap the same day.",
            "If they cannot say it back, the start is still cloudy.",
        ),
    ),
)

# --- Deal with the unexpected ------------------------------------------------

BAD_NEWS_PLAN = Worksheet(
    id="bad-news-plan",
    title="Bad-news plan",
    intro=(
        "Take ten minutes with this before you tell someone that something went wrong. "
        "Aim for a message that is clear, direct and ends with a step forward."
    ),
    fields=(
        Field(
            id="what-happened",
            label="What happened",
            type="long_text",
            guidance="Facts only, in two or three sentences. No blame, no excuses.",
            example=(
                "The vendor cannot deliver the new loan system test area until the 20th. "
                "Our branch training was set for the 12th."
            ),
        ),
        Field(
            id="who-hears-first",
            label="Who must hear it from you first",
            type="short_text",
            guidance="The person who would be most hurt to learn it from someone else.",
            example="Head of retail lending, by phone, today",
        ),
        Field(
            id="what-it-means",
            label="What it means for them",
            type="long_text",
            guidance="Describe the impact from their side: dates, money, people, reputation.",
            example=(
                "Forty branch staff lose their training slot. Her launch date holds only if "
                "we train in the week of the 22nd."
            ),
        ),
        Field(
            id="options",
            label="Options and your recommendation",
            type="long_text",
            guidance="Give at least two options and say which one you favor and why.",
            example=(
                "A: train on the 22nd and 23rd, with two extra sessions. B: train on "
                "screenshots on the 12th, then a short hands-on session later. I "
                "recommend A."
            ),
        ),
        Field(
            id="opening-words",
            label="Your first two sentences",
            type="long_text",
            guidance="Write them out. Lead with the news, not a long warm-up.",
            example=(
                "I have a problem to share about the training dates. The test system is "
                "late, so we cannot train on the 12th, and I have two options for you."
            ),
            lines=2,
        ),
        Field(
            id="forward-step",
            label="The step you will ask to agree before you hang up",
            type="short_text",
            guidance="One concrete action with an owner and a date.",
            example="She picks option A or B by Thursday; I rebook rooms the same day",
        ),
    ),
)

SLIP_UP_AGREEMENT = Checklist(
    id="slip-up-agreement",
    title="Slip-up agreement",
    intro="Settle these points with the other person while the work is going well.",
    items=(
        ChecklistItem(
            "name-the-risks",
            "We named the three things most likely to go wrong.",
            "Talking about them early makes them easier to raise later.",
        ),
        ChecklistItem(
            "how-fast",
            "We agreed how quickly each of us will raise a problem once we see it.",
        ),
        ChecklistItem(
            "how-told",
            "We agreed who tells whom, and how: a call or a visit, not a message.",
        ),
        ChecklistItem(
            "decide-alone",
            "We agreed what each of us may decide alone when something slips, and what "
            "needs both of us.",
        ),
        ChecklistItem(
            "fallback",
            "We have a fallback ready for the most likely problem.",
        ),
        ChecklistItem(
            "bring-an-option",
            "We agreed that whoever spots a problem brings at least one option with it.",
            "An option turns a complaint into a decision.",
        ),
        ChecklistItem(
            "short-review",
            "We agreed to hold a short, blame-free review after any real slip-up.",
        ),
        ChecklistItem(
            "written-down",
            "The agreement is written into the kickoff recap where both of us can find it.",
        ),
    ),
)

# --- Manage conflict ---------------------------------------------------------

CONFLICT_REFRAME = Worksheet(
    id="conflict-reframe",
    title="Conflict reframe",
    intro=(
        "Use this before a conversation about a disagreement. The aim is to turn a "
        "contest into a shared problem to solve."
    ),
    fields=(
        Field(
            id="the-difference",
            label="The difference, in neutral words",
            type="long_text",
            guidance=(
                "Describe both positions so that each side would accept your wording."
            ),
            example=(
                "Finance wants the new expense tool live for all staff in March. I want to "
                "pilot it with two departments first."
            ),
        ),
        Field(
            id="their-concern",
            label="What they care about",
            type="long_text",
            guidance="Make the strongest honest case for their view.",
            example=(
                "The old tool's license ends in April. Paying for two systems would blow "
                "their budget, and they answer to the CFO for it."
            ),
        ),
        Field(
            id="my-concern",
            label="What I care about",
            type="long_text",
            guidance="Your real concern, not your preferred solution.",
            example=(
                "A rushed launch could swamp the help desk and put staff off the tool for "
                "good."
            ),
        ),
        Field(
            id="shared-aim",
            label="What we both want",
            type="long_text",
            guidance="Look for the outcome that sits above both positions.",
            example="Staff use the new tool well, and we stop paying for the old one by April.",
            lines=2,
        ),
        Field(
            id="better-question",
            label="The question to solve together",
            type="short_text",
            guidance="Start with \"How might we\" and include both concerns.",
            example=(
                "How might we move everyone by April without flooding the help desk?"
            ),
        ),
        Field(
            id="options-to-test",
            label="Options to explore together",
            type="long_text",
            guidance="List options that neither of you brought into the room.",
            example=(
                "Two-week pilot in February, then waves by department; floor helpers "
                "during each wave; ask the vendor for a one-month license extension."
            ),
        ),
    ),
)

CONFLICT_CONVERSATION = Checklist(
    id="conflict-conversation",
    title="Conflict conversation checklist",
    intro="Keep this beside you during the conversation itself.",
    items=(
        ChecklistItem(
            "name-it-useful",
            "I opened by saying the difference is useful and that I want to solve it "
            "together.",
            "Naming the frame out loud makes it easier for both of you to keep to it.",
        ),
        ChecklistItem(
            "shared-goal-first",
            "We agreed the shared goal before we debated any solution.",
        ),
        ChecklistItem(
            "them-first",
            "I let them explain their view first and summed it up until they said I had "
            "it right.",
        ),
        ChecklistItem(
            "reasons-not-positions",
            "I gave my view with reasons and evidence, not just my position.",
        ),
        ChecklistItem(
            "facts-and-values",
            "We separated the facts we disagree on from the preferences we disagree on.",
            "Facts can be checked; preferences need a trade-off.",
        ),
        ChecklistItem(
            "new-options",
            "We came up with at least one option neither of us had at the start.",
        ),
        ChecklistItem(
            "owner-and-date",
            "We agreed a next step with an owner and a date.",
        ),
        ChecklistItem(
            "lesson",
            "Afterward, we named one thing the disagreement taught us about the work.",
        ),
    ),
)

# --- Keep informed -----------------------------------------------------------

COMMUNICATION_PLAN = Worksheet(
    id="communication-plan",
    title="Communication plan",
    intro=(
        "Map who needs what from you, and who you depend on for news. Check it with the "
        "people in it; they know their needs better than you do."
    ),
    fields=(
        Field(
            id="work",
            label="Project or relationship",
            type="short_text",
            guidance="The piece of work this plan covers.",
            example="Move of the student records team to the new campus building",
        ),
        Field(
            id="who-needs-what",
            label="Who needs what, how and how often",
            type="table",
            guidance=(
                "One row per person or group. Ask them, rather than guess, what they need "
                "and how they like to get it."
            ),
            example=(
                "Registrar | Risks to the move date, decisions needed | Face to face | "
                "Every two weeks | Facilities lead"
            ),
            columns=(
                Column("who", "Who"),
                Column("needs", "What they need"),
                Column(
                    "medium",
                    "Medium",
                    "choice",
                    ("Face to face", "Call or video", "Chat", "Email", "One-page chart"),
                ),
                Column(
                    "how-often",
                    "How often",
                    "choice",
                    ("Daily", "Weekly", "Every two weeks", "Monthly", "At milestones"),
                ),
                Column("keeps-me-informed", "Who keeps you informed"),
            ),
            rows=5,
        ),
        Field(
            id="big-picture",
            label="How you will recap the big picture",
            type="long_text",
            guidance=(
                "Choose one simple exhibit you will update on a set rhythm: a timeline, "
                "a status chart, a one-page map."
            ),
            example=(
                "A one-page timeline with the five move stages colored green, amber or "
                "red, sent every other Friday and pinned in the team room."
            ),
            lines=2,
        ),
        Field(
            id="face-time",
            label="Where you will find more face time",
            type="long_text",
            guidance="Name real moments: a standing coffee, the walk after a meeting, a desk visit.",
            example=(
                "Ten minutes with the registrar after her Tuesday staff meeting; lunch in "
                "the facilities canteen once a month."
            ),
            lines=2,
        ),
    ),
)

KEEP_INFORMED_HABITS = Checklist(
    id="keep-informed-habits",
    title="Keep-informed habits",
    intro="Review these once a week for any relationship that matters.",
    items=(
        ChecklistItem(
            "ask-preferences",
            "I asked each key person what they want to hear from me, in what form and how "
            "often.",
        ),
        ChecklistItem(
            "regular-recap",
            "I sent or showed a big-picture recap on the rhythm we agreed.",
            "A chart people can read in a minute beats a long status email.",
        ),
        ChecklistItem(
            "no-second-hand-news",
            "Nobody heard about a change in our work from someone else before they heard "
            "it from me.",
        ),
        ChecklistItem(
            "talk-then-write",
            "I talked through anything sensitive in person or by phone, then confirmed it "
            "in writing.",
        ),
        ChecklistItem(
            "face-time",
            "I found at least one short, informal conversation with each key person this "
            "week.",
        ),
        ChecklistItem(
            "my-sources",
            "I know who keeps me informed, and I thanked them or returned the favor.",
        ),
        ChecklistItem(
            "team-visibility",
            "My team can see what each of us is doing for each client, so none of us is "
            "caught without an answer.",
        ),
        ChecklistItem(
            "plan-still-fits",
            "I checked whether the communication plan still fits as people and phases "
            "change.",
        ),
    ),
)

# --- Huddle on decisions -----------------------------------------------------

DECISION_ROLES = Worksheet(
    id="decision-roles",
    title="Decision roles",
    intro=(
        "List the decisions coming up in a piece of work and settle who plays which part. "
        "Then look hard at the ones that do not fit the usual pattern."
    ),
    fields=(
        Field(
            id="work",
            label="Project or relationship",
            type="short_text",
            guidance="The piece of work these decisions belong to.",
            example="New shift pattern for the packaging lines",
        ),
        Field(
            id="decisions",
            label="Decisions and who plays which part",
            type="table",
            guidance=(
                "One row per decision. Mark \"no\" in the last column when the decision "
                "crosses teams, has overlapping owners, or touches people who expect a say."
            ),
            example=(
                "Start date of the new shifts | Plant manager | HR partner and line "
                "supervisors | Union rep, payroll | No"
            ),
            columns=(
                Column("decision", "Decision"),
                Column("approves", "Who approves"),
                Column("recommends", "Who recommends"),
                Column("involved", "Who is involved"),
                Column("fits-pattern", "Fits the usual pattern?", "yes_no"),
            ),
            rows=5,
        ),
        Field(
            id="off-pattern-people",
            label="For each \"no\": who has a stake and should be heard",
            type="long_text",
            guidance="Include people at the edges. When in doubt, invite them.",
            example=(
                "Start date: plant manager, union rep, payroll lead, the two line "
                "supervisors, and the maintenance planner, who schedules shutdowns."
            ),
        ),
        Field(
            id="huddle-plan",
            label="How and when you will huddle",
            type="long_text",
            guidance=(
                "Choose a live setting, not an email thread. Say how you will decide if "
                "agreement does not come."
            ),
            example=(
                "A 45-minute session in the plant meeting room next Wednesday. If we "
                "cannot agree, the plant manager decides on the spot and explains why."
            ),
            lines=2,
        ),
    ),
)

DECISION_HUDDLE = Checklist(
    id="decision-huddle",
    title="Decision huddle checklist",
    intro="For a decision that does not fit the usual pattern.",
    items=(
        ChecklistItem(
            "spot-it",
            "I spotted early that this decision crosses the usual lines of who decides.",
            "Overlapping owners and many stakeholders are the warning signs.",
        ),
        ChecklistItem(
            "list-stakes",
            "I listed everyone with a stake, including people at the edges.",
        ),
        ChecklistItem(
            "live-setting",
            "We met live, in a room, on a call or in the hallway, rather than by email.",
        ),
        ChecklistItem(
            "frame-the-question",
            "I opened with the question, the options and what we know so far.",
        ),
        ChecklistItem(
            "hear-everyone",
            "Each person had a turn to speak before we narrowed the options.",
        ),
        ChecklistItem(
            "until-agreement",
            "We kept talking until a view everyone could support took shape, or agreed "
            "how to decide if it did not.",
        ),
        ChecklistItem(
            "share-outcome",
            "I shared the decision, who made it and why with everyone who was not there.",
        ),
        ChecklistItem(
            "update-roles",
            "I added this kind of decision to our decision-roles table so it fits the "
            "pattern next time.",
        ),
    ),
)

COMPONENTS = (
    MOMENTS_OF_TRUTH_REVIEW,
    KICKOFF_PLAN,
    CONTRACTING_CHECKLIST,
    BAD_NEWS_PLAN,
    SLIP_UP_AGREEMENT,
    CONFLICT_REFRAME,
    CONFLICT_CONVERSATION,
    COMMUNICATION_PLAN,
    KEEP_INFORMED_HABITS,
    DECISION_ROLES,
    DECISION_HUDDLE,
)
