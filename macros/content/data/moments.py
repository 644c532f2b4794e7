"""Tools for the "Moments of truth" chapter (docs/moments-of-truth/).

One review of how other people experience you at each of the five moments, then a
planning worksheet and a checklist per moment. Every string here is original prose.
"""

from __future__ import annotations

from macros.content.model import (
    AGREEMENT,
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

# --- Overview page: docs/moments-of-truth/index.md ---------------------------


def _bands(cloudy: tuple[str, str], uneven: tuple[str, str], clear: tuple[str, str]) -> tuple[Band, ...]:
    """Three bands for a dimension of three statements rated 1 to 5 (sums 3 to 15), the
    reverse-keyed one turned round. Clear needs an average above "Agree" (13+): agreeing
    with all three gives 10, strongly agreeing with all three 11."""
    return (
        Band(3, 7, "Cloudy", cloudy[0], cloudy[1]),
        Band(8, 12, "Uneven", uneven[0], uneven[1]),
        Band(13, 15, "Clear", clear[0], clear[1]),
    )


MOMENTS_OF_TRUTH_REVIEW = Assessment(
    id="moments-of-truth-review",
    title="Moments of Truth Review: How Others Experience You",
    intro=(
        "Pick one relationship: a client, a peer team or a partner. Rate how far that person "
        "would agree with each statement, not how far you hope they would. Better still, "
        "ask a client to fill in the client's view form: it asks the same statements, worded "
        "for them, on the same scale. Each moment has three statements, so the five scores "
        "can be compared. One statement per moment describes the weaker state, so disagreeing "
        "with it raises the score."
    ),
    meta=ToolMeta(
        situations=("review", "own-practice"),
        minutes=15,
        with_whom=("alone", "client"),
        outcome="A rating of the five moments and the one to fix first",
    ),
    # The client's view form asks the same statements on this scale (ending.py).
    scale=AGREEMENT,
    dimensions=(
        Dimension(
            id="start-something-new",
            title="Start Something New",
            statements=(
                Statement(
                    "steps-and-flex",
                    "When we begin new work together, people know the steps ahead.",
                    client=Statement("cv-start-steps", "When we begin new work, I know the steps ahead."),
                ),
                Statement(
                    "roles-known",
                    "At the start, people know what each person involved will do.",
                    client=Statement(
                        "cv-start-roles-known", "At the start of new work, I know what each person involved will do."
                    ),
                ),
                Statement(
                    "leave-unsure",
                    "People often leave a first meeting with me unsure what happens next.",
                    reverse=True,
                    client=Statement(
                        "cv-start-unsure", "I often leave our first meeting on new work unsure what happens next."
                    ),
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
                    "Write down how you run a kickoff so your teammates can start work the same way.",
                ),
            ),
        ),
        Dimension(
            id="deal-with-the-unexpected",
            title="Deal With the Unexpected",
            statements=(
                Statement(
                    "agreed-beforehand",
                    "Before anything goes wrong, I agree with people how we will handle problems when they come.",
                    client=Statement(
                        "cv-slip-agreed", "Before anything went wrong, we agreed how we would handle problems."
                    ),
                ),
                Statement(
                    "hear-it-elsewhere",
                    "People sometimes learn of a slip from someone else before they hear it from me.",
                    reverse=True,
                    client=Statement(
                        "cv-hear-it-elsewhere",
                        "I sometimes learn of a slip from someone else before I hear it from you.",
                    ),
                ),
                Statement(
                    "step-forward",
                    "When I bring bad news, I bring at least one option with it.",
                    client=Statement(
                        "cv-options", "When you bring me bad news, you bring at least one option with it."
                    ),
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
                    "People feel ahead of problems with you. Slip-ups are handled by a plan you made together.",
                    "Add the slip-up agreement to every new contract so it becomes part of how your team works.",
                ),
            ),
        ),
        Dimension(
            id="manage-conflict",
            title="Manage Conflict",
            statements=(
                Statement(
                    "heard-not-beaten",
                    "When people disagree with me, they come away feeling heard rather than defeated.",
                    client=Statement(
                        "cv-heard", "When I disagree with you, I come away feeling heard rather than defeated."
                    ),
                ),
                Statement(
                    "avoid-raising",
                    "People avoid raising a disagreement with me.",
                    reverse=True,
                    client=Statement("cv-avoid-raising", "I avoid raising a disagreement with you."),
                ),
                Statement(
                    "shared-path",
                    "Our disagreements end with a next step we both accept.",
                    client=Statement("cv-shared-path", "Our disagreements end with a next step we both accept."),
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
                    "You handle conflict well when calm, less well under pressure. Some people still feel they lost.",
                    "Before your next hard conversation, run through the conflict "
                    "conversation checklist and agree the shared goal first.",
                ),
                (
                    "People bring you their disagreements because they expect a fair, useful conversation.",
                    "Ask after each resolved conflict what the difference taught you both, "
                    "and fold it into how you work.",
                ),
            ),
        ),
        Dimension(
            id="keep-informed",
            title="Keep Informed",
            statements=(
                Statement(
                    "right-form",
                    "People get updates from me in the form they prefer.",
                    client=Statement("cv-channel", "I get updates from you in the form I prefer."),
                ),
                Statement(
                    "big-picture",
                    "People can see at a glance where the whole piece of work stands.",
                    client=Statement(
                        "cv-where-it-stands", "I can see at a glance where the whole piece of work stands."
                    ),
                ),
                Statement(
                    "mostly-messages",
                    "People mostly hear from me by message or email rather than in conversation.",
                    reverse=True,
                    client=Statement(
                        "cv-mostly-messages", "I mostly hear from you by message or email rather than in conversation."
                    ),
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
                    "Fill in the communication plan and add a one-page visual recap to your next update.",
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
            title="Huddle on Decisions",
            statements=(
                Statement(
                    "roles-clear",
                    "For our routine decisions, people know who approves, who recommends and who is involved.",
                    client=Statement(
                        "cv-roles-clear",
                        "For our routine decisions, I know who approves, who recommends and who is involved.",
                    ),
                ),
                Statement(
                    "off-pattern-huddle",
                    "When a decision falls outside the usual pattern, I bring the people "
                    "with a stake together to talk it through.",
                    client=Statement(
                        "cv-off-pattern-huddle",
                        "When a decision about our work falls outside the usual pattern, you bring the people "
                        "with a stake together to talk it through.",
                    ),
                ),
                Statement(
                    "late-surprise",
                    "People with a real stake learn of some decisions only after they are made.",
                    reverse=True,
                    client=Statement(
                        "cv-late-surprise", "I learn of some decisions about our work only after they are made."
                    ),
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
                    "Routine decisions run well, but the unusual ones cause friction or late complaints.",
                    "Mark which coming decisions do not fit the pattern and plan a huddle "
                    "for each with the decision huddle checklist.",
                ),
                (
                    "People trust how decisions get made with you, even when they do not get their way.",
                    "Offer to facilitate a huddle for a peer team that is stuck on a shared decision.",
                ),
            ),
        ),
    ),
)

# --- Start something new -----------------------------------------------------

KICKOFF_PLAN = Worksheet(
    id="kickoff-plan",
    title="Kickoff Plan",
    intro=(
        "Fill this in before the first meeting of a new project, relationship or problem. "
        "Share a draft with the other person so the plan is built with them, not handed "
        "to them."
    ),
    meta=ToolMeta(
        situations=("first-meeting", "starting-work"),
        minutes=30,
        with_whom=("alone", "client"),
        outcome="A one-page plan for the first meeting, shared with the other person",
    ),
    fields=(
        Field(
            id="what-starts",
            label="What is starting, and with whom",
            type="short_text",
            guidance="Name the work and the main person or team on the other side.",
            example=("New onboarding program for ward nurses, with the chief nursing officer and two ward managers"),
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
                "New nurses can work a full shift on their own by week six, and fewer of them leave in the first year."
            ),
        ),
        Field(
            id="path-and-flex",
            label="How the work will unfold, and where it can flex",
            type="long_text",
            guidance=(
                "List the main steps in order. Mark the steps where dates, scope or people can change without harm."
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
    title="Contracting Checklist for a Kickoff",
    intro="Use it to prepare a kickoff, then tick each item during or right after the meeting.",
    meta=ToolMeta(
        situations=("starting-work",),
        minutes=10,
        with_whom=("client",),
        outcome="A kickoff that ends with a shared goal, named roles and a written recap",
    ),
    items=(
        ChecklistItem(
            "goal-in-their-words",
            "Write the goal in the other person's own words.",
            "A goal in your words alone is a goal only you own.",
        ),
        ChecklistItem(
            "goal-read-back",
            "Read the goal back to them to check that you have it right.",
            "Hearing it read back is when people spot what you missed.",
        ),
        ChecklistItem(
            "steps-walked",
            "Walk through the steps ahead.",
            "People who have seen the path can tell you early where it will not work for them.",
        ),
        ChecklistItem(
            "flex-points",
            "Point out where the plan can bend.",
            "People accept a change more easily when they knew in advance where it could happen.",
        ),
        ChecklistItem(
            "roles-named",
            "Name each person's role out loud.",
            "Roles left unsaid are filled by guesswork.",
        ),
        ChecklistItem(
            "roles-confirmed",
            "Ask each person to confirm the role you named for them.",
            "A role nobody confirmed is a role nobody plays when the work gets busy.",
        ),
        ChecklistItem(
            "asks-both-ways",
            "Say what you need from the other side.",
            "Needs you never stated cannot be met.",
        ),
        ChecklistItem(
            "ask-their-needs",
            "Ask what the other side needs from you.",
            "Contracting runs both ways; one-sided promises break first.",
        ),
        ChecklistItem(
            "updates-agreed",
            "Agree how often you will update each other.",
            "A rhythm set at the start saves you from chasing, or being chased, later.",
        ),
        ChecklistItem(
            "first-update-booked",
            "Put the first update in both calendars before you leave the room.",
            "A first date in the calendar turns the agreed rhythm into a habit.",
        ),
        ChecklistItem(
            "slip-ups-agreed",
            "Book 15 minutes within two weeks to settle the slip-up agreement.",
            "It is far easier to agree how to handle problems before the first one arrives.",
        ),
        ChecklistItem(
            "sign-off-named",
            "Name the person who will sign off the work as finished.",
            "If nobody owns the final yes, the work drifts at the end.",
        ),
        ChecklistItem(
            "said-back-and-sent",
            "Before you close, ask the other person to say back what happens next.",
            "If they cannot say it back, the start is still cloudy.",
        ),
        ChecklistItem(
            "recap-same-day",
            "Send a short written recap of the meeting the same day.",
            "A recap in writing is what both sides check when memories differ.",
        ),
    ),
)

# --- Deal with the unexpected ------------------------------------------------

BAD_NEWS_PLAN = Worksheet(
    id="bad-news-plan",
    title="Bad-News Plan",
    intro=(
        "Take ten minutes with this before you tell someone that something went wrong. "
        "Aim for a message that is clear, direct and ends with a step forward."
    ),
    meta=ToolMeta(
        situations=("setback",),
        minutes=10,
        with_whom=("alone",),
        outcome="Your opening words and two options, ready before you call",
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
    title="Slip-Up Agreement",
    intro="Settle these points with the other person while the work is going well.",
    meta=ToolMeta(
        situations=("starting-work", "setback"),
        minutes=15,
        with_whom=("client",),
        outcome="A written agreement on how you will both handle a slip-up",
    ),
    items=(
        ChecklistItem(
            "name-the-risks",
            "Name together the three things most likely to go wrong.",
            "Talking about them early makes them easier to raise later.",
        ),
        ChecklistItem(
            "how-fast",
            "Agree how soon each of you will raise a problem after spotting it, such as within a working day.",
            "Without a stated limit, people wait until they are sure, and then it is late.",
        ),
        ChecklistItem(
            "how-told",
            "Agree who tells whom about a problem, and that it comes by call or visit, not by message.",
            "Bad news read in an inbox feels colder and more alarming than the same news spoken.",
        ),
        ChecklistItem(
            "decide-alone",
            "Agree what each of you may decide alone when something slips, and what needs you both.",
            "Clear limits let the person on the spot act fast without feeling overruled later.",
        ),
        ChecklistItem(
            "fallback",
            "Prepare a fallback for the most likely problem.",
            "A fallback chosen in calm beats one improvised in a crisis.",
        ),
        ChecklistItem(
            "fallback-written",
            "Write the fallback down where both of you can find it.",
            "A plan that lives in one head leaves with that person.",
        ),
        ChecklistItem(
            "bring-an-option",
            "Agree that whoever spots a problem brings at least one option with it.",
            "An option turns a complaint into a decision.",
        ),
        ChecklistItem(
            "short-review",
            "Agree to hold a short, blame-free review after any real slip-up.",
            "If people fear blame, the next problem stays hidden for longer.",
        ),
        ChecklistItem(
            "written-down",
            "Add the agreement to the kickoff recap where both of you can find it.",
            "An agreement nobody can find is forgotten by the time it is needed.",
        ),
    ),
)

# --- Manage conflict ---------------------------------------------------------

CONFLICT_REFRAME = Worksheet(
    id="conflict-reframe",
    title="Conflict Reframe",
    intro=(
        "Use this before a conversation about a disagreement. The aim is to turn a "
        "contest into a shared problem to solve."
    ),
    meta=ToolMeta(
        situations=("disagreement",),
        minutes=20,
        with_whom=("alone",),
        outcome="A shared question and fresh options to bring to the conversation",
    ),
    fields=(
        Field(
            id="the-difference",
            label="The difference, in neutral words",
            type="long_text",
            guidance=("Describe both positions so that each side would accept your wording."),
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
            example=("A rushed launch could swamp the help desk and put staff off the tool for good."),
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
            guidance='Start with "How might we" and include both concerns.',
            example=("How might we move everyone by April without flooding the help desk?"),
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
    title="Conflict Conversation Checklist",
    intro="Keep this beside you during the conversation itself.",
    meta=ToolMeta(
        situations=("disagreement",),
        minutes=45,
        with_whom=("client",),
        outcome="A disagreement that ends with a next step, an owner and a date",
    ),
    items=(
        ChecklistItem(
            "name-it-useful",
            "Open by saying the difference is useful and that you want to solve it together.",
            "Naming the frame out loud makes it easier for both of you to keep to it.",
        ),
        ChecklistItem(
            "shared-goal-first",
            "Agree the shared goal before you debate any solution.",
            "A goal you both accept gives you a test for every option that follows.",
        ),
        ChecklistItem(
            "them-first",
            "Let the other person explain their view first.",
            "People listen once they feel heard, and rarely before.",
        ),
        ChecklistItem(
            "sum-up-their-view",
            "Sum up their view until they say you have it right.",
            "A summary they accept proves you listened; a nod does not.",
        ),
        ChecklistItem(
            "reasons-not-positions",
            "Give your view with the reasons and evidence behind it.",
            "Reasons can be weighed; a bare position can only be accepted or fought.",
        ),
        ChecklistItem(
            "facts-and-values",
            "Sort the facts you disagree on from the preferences you disagree on.",
            "Facts can be checked; preferences need a trade-off.",
        ),
        ChecklistItem(
            "new-options",
            "Come up with at least one option neither of you brought into the room.",
            "A new option lets both of you move without either one giving in.",
        ),
        ChecklistItem(
            "owner-and-date",
            "Close with a next step, an owner and a date.",
            "A conversation that ends without a step tends to restart the same argument.",
        ),
        ChecklistItem(
            "lesson",
            "Afterward, name one thing the disagreement taught you both about the work.",
            "Saying what you learned makes the next difference easier to raise.",
        ),
    ),
)

# --- Keep informed -----------------------------------------------------------

COMMUNICATION_PLAN = Worksheet(
    id="communication-plan",
    title="Communication Plan",
    intro=(
        "Map who needs what from you, and who you depend on for news. Check it with the "
        "people in it; they know their needs better than you do."
    ),
    meta=ToolMeta(
        situations=("starting-work", "gone-quiet"),
        minutes=25,
        with_whom=("alone", "team"),
        outcome="A table of who needs what from you, how and how often",
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
                "One row per person or group. Ask them, rather than guess, what they need and how they like to get it."
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
                "Choose one simple exhibit you will update on a set rhythm: a timeline, a status chart, a one-page map."
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
    title="Keep-Informed Habits",
    intro=(
        "Review these once a week for any relationship that matters. Tick what you did this week; "
        "mark a habit as not arising when it had no occasion, and it does not count against you."
    ),
    na_label="Did not arise this week",
    meta=ToolMeta(
        situations=("gone-quiet", "own-practice"),
        minutes=5,
        with_whom=("alone",),
        outcome="A weekly check that nobody is left in the dark or buried in mail",
    ),
    items=(
        ChecklistItem(
            "regular-recap",
            "Send or show the big-picture recap on the rhythm you agreed.",
            "A chart people can read in a minute beats a long status email.",
        ),
        ChecklistItem(
            "no-second-hand-news",
            "When a date, scope or person changes, tell each key person yourself before the news reaches them another way.",
            "Second-hand news makes people wonder what else you hid. News of someone's job or conduct is HR's to give.",
        ),
        ChecklistItem(
            "talk-then-write",
            "Talk through anything sensitive in person or by phone.",
            "Tone travels in a conversation, where a message can be misread.",
        ),
        ChecklistItem(
            "confirm-in-writing",
            "Confirm in writing what you agreed in that conversation.",
            "The written note keeps the facts straight when memories differ.",
        ),
        ChecklistItem(
            "face-time",
            "Have at least one short, informal conversation with each key person.",
            "Informal talk is where people mention the worries they would never put in an email.",
        ),
        ChecklistItem(
            "my-sources",
            "Thank the people who keep you informed, or return the favor.",
            "News flows toward people who show they value it.",
        ),
        ChecklistItem(
            "team-visibility",
            "Update the shared list of what each teammate is doing for each client.",
            "A client who asks any of you should get the same, current answer.",
        ),
        ChecklistItem(
            "plan-still-fits",
            "Check the communication plan against new people or a new phase.",
            "A plan made for last month's team leaves this month's newcomers out.",
        ),
        ChecklistItem(
            "update-the-plan",
            "Update the plan wherever it no longer fits.",
            "A plan that no longer fits sends news to the wrong people.",
        ),
    ),
)

# --- Huddle on decisions -----------------------------------------------------

DECISION_ROLES = Worksheet(
    id="decision-roles",
    title="Decision Roles",
    intro=(
        "List the decisions coming up in a piece of work and settle who plays which part. "
        "Then look hard at the ones that do not fit the usual pattern."
    ),
    meta=ToolMeta(
        situations=("decision", "starting-work"),
        minutes=20,
        with_whom=("alone", "team"),
        outcome="Who approves, recommends and is involved in each coming decision",
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
                'One row per decision. Mark "no" in the last column when the decision '
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
            label='For each "no": who has a stake and should be heard',
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
                "Choose a live setting, not an email thread. Say how you will decide if agreement does not come."
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
    title="Decision Huddle Checklist",
    intro="For a decision that does not fit the usual pattern.",
    meta=ToolMeta(
        situations=("decision",),
        minutes=45,
        with_whom=("client", "team"),
        outcome="A decision everyone with a stake took part in, and a record of who made it",
    ),
    items=(
        ChecklistItem(
            "spot-it",
            "Flag early any decision that crosses the usual lines of who decides.",
            "Overlapping owners and many stakeholders are the warning signs.",
        ),
        ChecklistItem(
            "list-stakes",
            "List everyone with a stake, including people at the edges.",
            "The person you forgot is the one who reopens the decision later.",
        ),
        ChecklistItem(
            "live-setting",
            "Meet live, in a room or on a call, rather than by email.",
            "Email threads harden positions; a live talk lets people change their minds.",
        ),
        ChecklistItem(
            "frame-the-question",
            "Open with the question, the options and what you know so far.",
            "A shared starting point keeps the group from debating different questions.",
        ),
        ChecklistItem(
            "hear-everyone",
            "Give each person a turn to speak before you narrow the options.",
            "Quiet people often hold the fact that changes the answer.",
        ),
        ChecklistItem(
            "until-agreement",
            "Agree at the start who decides if no shared view emerges in the time you have.",
            "A fallback rule keeps the huddle from ending with no decision at all.",
        ),
        ChecklistItem(
            "share-outcome",
            "Tell everyone who was not there what was decided, who decided and why.",
            "People accept a decision more readily when they know how it was reached.",
        ),
        ChecklistItem(
            "update-roles",
            "Add this kind of decision to your decision-roles table so it fits the pattern next time.",
            "Each huddle should make the next similar decision routine.",
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
