"""Tools for the "Access, Credibility and Trust" chapter (docs/access-credibility-trust.md).

The ACT model, the true-client test, the two bodies of knowledge, the
credibility techniques and the trust builders: Jim and Dana Gaines Robinson
(Partners in Change), adapted by Nancy Q. Smith (Exemplary Performance);
*Performance Consulting*. Wording, statements, bands and advice are ours.
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

STAKEHOLDER_MAP = Worksheet(
    id="stakeholder-map",
    title="Stakeholder Map: Clients and Contacts",
    intro=(
        "Pick one initiative. List everyone you deal with on it and apply the three tests of a "
        "true client to each. Only someone who passes all three is a client; everyone else is a "
        "contact. When two people hold the result, the budget and the authority between them, "
        "as joint sponsors do, mark each of them a shared client. "
        "Your judgments about named people are personal data: write only what you would "
        "be happy for them to read, use roles instead of names where you can, and delete the map "
        "when the work ends."
    ),
    meta=ToolMeta(
        situations=("new-request", "first-meeting"),
        minutes=20,
        with_whom=("alone",),
        outcome="A map of clients and contacts, and your route to the true client",
    ),
    fields=(
        Field(
            id="initiative",
            label="Initiative",
            type="short_text",
            guidance="Name the initiative and the business result it is meant to support.",
            example="New-teller sales course, to lift product sales per branch by 10 percent.",
        ),
        Field(
            id="people",
            label="People and the true-client test",
            type="table",
            rows=5,
            guidance=(
                "Owns results: accountable for the business results the initiative supports. "
                "Authority: can get money and people and make decisions. Chain of command: "
                "manages, directly or through others, the people whose performance must change."
            ),
            example=(
                "Regional training coordinator | No | No | No | Contact. "
                "Branch manager (leads tellers, no target or budget) | No | No | Yes | Contact. "
                "Regional director (owns the sales target and the training budget) | Yes | Yes | Yes | Client."
            ),
            columns=(
                Column(id="person", label="Person and role"),
                Column(id="owns-results", label="Owns results?", type="yes_no"),
                Column(id="authority", label="Authority over resources?", type="yes_no"),
                Column(id="chain", label="In chain of command?", type="yes_no"),
                Column(
                    id="client-or-contact",
                    label="Client or contact",
                    type="choice",
                    options=("Client", "Shared client", "Contact"),
                ),
            ),
        ),
        Field(
            id="route",
            label="My route to the true client",
            type="long_text",
            lines=4,
            guidance=(
                "Which contact can bring you to the client, what reason for meeting will matter "
                "to the client, and by when. Plan to go with your contact, not around them."
            ),
            example=(
                "Ask the coordinator what the regional director needs to see from the course. "
                "Offer her a one-page summary of branch sales data to pass on, and suggest she "
                "and I meet the director together for 20 minutes before the pilot to agree what "
                "success means. Target: before the end of the month."
            ),
        ),
    ),
)

ACT_ACCESS = Checklist(
    id="act-access",
    title="Reaching the True Client Through Your Contacts",
    intro="Use this when the people you work with are contacts and the true client is out of reach.",
    meta=ToolMeta(
        situations=("first-meeting", "gone-quiet"),
        minutes=15,
        with_whom=("alone",),
        outcome="A meeting with the true client, set up with your contact",
    ),
    items=(
        ChecklistItem(
            id="help-contact",
            text="Deliver something that makes your contact look good to their own manager.",
            why="A contact who gains from working with you is glad to bring you along.",
        ),
        ChecklistItem(
            id="ask-owner-goals",
            text="Ask your contact what the owner of the result needs to see for the work to count as a success.",
            why="It brings the client into the conversation and tells you what they care about.",
        ),
        ChecklistItem(
            id="owner-decision",
            text="Write down one decision only the true client can make, such as scope, budget or timing.",
            why="A real decision is a legitimate reason for the client to meet you.",
        ),
        ChecklistItem(
            id="forwardable-summary",
            text="Write a half-page summary of the business issue that your contact can pass upward.",
            why="Busy executives read a short business case; few read a course outline.",
        ),
        ChecklistItem(
            id="with-not-around",
            text="Ask your contact to set up the meeting and to join it.",
            why="Going around a contact costs you their goodwill and can cost you the client's respect.",
        ),
        ChecklistItem(
            id="checkpoints",
            text="Propose the meeting at a natural checkpoint: project approval, a pilot review or a go/no-go decision.",
            why="Owners expect to be involved at these moments, so the request feels normal.",
        ),
        ChecklistItem(
            id="agree-next",
            text="Before the first meeting ends, agree the date of your next conversation with the client.",
            why="Access that happens once is an event; access that is planned becomes a relationship.",
        ),
    ),
)


def _bands(weak: tuple[str, str], middle: tuple[str, str], strong: tuple[str, str]) -> tuple[Band, ...]:
    """Three bands for five statements on a 1..5 scale: sums 5..25, the reverse-keyed one
    turned round. Strong needs an average above "Agree" (22+): agreeing with all five gives
    18, strongly agreeing with all five 21, so a strong score needs strong answers on the
    reverse-keyed statement too."""
    return (
        Band(5, 13, "Weak", *weak),
        Band(14, 21, "Developing", *middle),
        Band(22, 25, "Strong", *strong),
    )


ACT_ASSESSMENT = Assessment(
    id="act-assessment",
    title="Access, Credibility and Trust With One Client",
    intro=(
        "Choose one client relationship and rate every statement with that person in mind. Five "
        "statements per letter give a score from 5 to 25. One statement in each letter describes "
        "the weaker state, so disagreeing with it raises your score: read each one. Choose "
        '"Does not apply" only when a statement cannot apply yet, for example when nothing has '
        "gone wrong. Start work on your lowest score. Asking before you pass something on has "
        "one exception: a concern about misconduct, safety or the law goes to the designated channel. "
        "Whether this person is a true client at all is a yes-or-no question: answer it on the "
        "stakeholder map first."
    ),
    meta=ToolMeta(
        situations=("review", "own-practice"),
        minutes=15,
        with_whom=("alone",),
        outcome="A score for access, credibility and trust, and the one to work on first",
    ),
    scale=AGREEMENT,
    dimensions=(
        Dimension(
            id="access",
            title="Access",
            statements=(
                Statement(
                    id="only-when-due",
                    text="I see this client only when a piece of work is due.",
                    reverse=True,
                    client=Statement("cv-only-when-due", "You see me only when a piece of work is due."),
                ),
                Statement(
                    id="time-when-asked",
                    text="When I ask for time with this client, I get it within two weeks.",
                    client=Statement("cv-time-when-asked", "When you ask me for time, you get it within two weeks."),
                ),
                Statement(
                    id="direct",
                    text="I meet this client directly, not only through assistants or other contacts.",
                    client=Statement(
                        "cv-direct", "You meet me directly, not only through my assistants or other people."
                    ),
                ),
                Statement(
                    id="early",
                    text="I hear about this client's new initiatives before the key decisions are made.",
                    client=Statement(
                        "cv-early", "You hear about my new initiatives before the key decisions are made."
                    ),
                ),
                Statement(
                    id="they-call",
                    text="This client sometimes contacts me to talk about a business issue, not just a request.",
                    client=Statement(
                        "cv-they-call", "I sometimes contact you to talk about a business issue, not just a request."
                    ),
                ),
            ),
            bands=_bands(
                (
                    "You work mostly through contacts or reach this client only when you ask, and not always then.",
                    "Map the people around one initiative and plan a route to the client through a contact.",
                ),
                (
                    "You can get time with this client, but the contact is irregular and usually starts with you.",
                    "Propose a standing short meeting, monthly or quarterly, tied to the client's own business review.",
                ),
                (
                    "You have regular, direct access and you hear about things early.",
                    "Use the access well: bring one business insight to every meeting.",
                ),
            ),
        ),
        Dimension(
            id="credibility",
            title="Credibility",
            statements=(
                Statement(
                    id="know-business",
                    text="I can name the business goals this client is measured on.",
                    client=Statement("cv-understand", "You can name the business goals I am measured on."),
                ),
                Statement(
                    id="know-discipline",
                    text="I can show this client where current practice in my field applies to their goals.",
                    client=Statement(
                        "cv-know-discipline",
                        "You can show me where current practice in your field applies to my goals.",
                    ),
                ),
                Statement(
                    id="deliver",
                    text="I have delivered every commitment I made to this client in the last six months.",
                    client=Statement(
                        "cv-deliver", "You have delivered every commitment you made to me in the last six months."
                    ),
                ),
                Statement(
                    id="business-case",
                    text="When I propose a solution, I present a business case with it.",
                    client=Statement(
                        "cv-proposals", "When you propose a solution to me, you present a business case with it."
                    ),
                ),
                Statement(
                    id="deliverables-talk",
                    text="My talks with this client are about my deliverables more than their business results.",
                    reverse=True,
                    client=Statement(
                        "cv-deliverables-talk", "Our talks are about your deliverables more than my business results."
                    ),
                ),
            ),
            bands=_bands(
                (
                    "The client has little evidence yet that you can deliver results that matter to the business.",
                    "Make one small commitment this month, deliver it early, and link it to a measure the client watches.",
                ),
                (
                    "The client trusts your expertise but may not see you as someone who moves business results.",
                    "Fill in the credibility plan for this client, starting with your weaker body of knowledge.",
                ),
                (
                    "The client sees you as able to deliver results, and you know both the business and your field.",
                    "Share accountability for a larger result: offer to report progress on a business measure jointly.",
                ),
            ),
        ),
        Dimension(
            id="trust",
            title="Trust",
            statements=(
                Statement(
                    id="limits-agreed",
                    text="This client knows what I keep to myself and what I must report.",
                    client=Statement("cv-sensitive", "I know what you keep to yourself and what you must report."),
                ),
                Statement(
                    id="permission",
                    text="I ask this client before I pass on anything they have told me.",
                    client=Statement("cv-permission", "You ask me before you pass on anything I have told you."),
                ),
                Statement(
                    id="bad-news",
                    text="When something goes wrong, this client hears it from me before anyone else tells them.",
                    client=Statement(
                        "cv-bad-news", "When something goes wrong, I hear it from you before anyone else tells me."
                    ),
                ),
                Statement(
                    id="values",
                    text="The way I work with this client is consistent with the organization's stated values.",
                    client=Statement(
                        "cv-way", "The way you work with me is consistent with this organization's stated values."
                    ),
                ),
                Statement(
                    id="holds-back",
                    text="This client keeps problems in their own area from me.",
                    reverse=True,
                    client=Statement("cv-holds-back", "I keep problems in my own area from you."),
                ),
            ),
            bands=_bands(
                (
                    "The client may rate your skill but is careful about how much they let you see.",
                    "Review the trust builders checklist and fix one habit this week, such as asking before forwarding.",
                ),
                (
                    "The client trusts you on most things but still holds some back.",
                    "At your next meeting, agree what you will keep to yourself and what you must report, then keep to it.",
                ),
                (
                    "The client trusts both what you deliver and the way you go about it.",
                    "Keep to the limits you agreed, even under pressure, and stand with the client when results disappoint.",
                ),
            ),
        ),
    ),
)

CREDIBILITY_PLAN = Worksheet(
    id="credibility-plan",
    title="Credibility Plan for One Client",
    intro=(
        "Credibility grows from what you do with what you know. Plan how to deepen the knowledge "
        "you lack and how to show it in action with this client over the next three months."
    ),
    meta=ToolMeta(
        situations=("starting-work", "own-practice"),
        minutes=30,
        with_whom=("alone",),
        outcome="A three-month plan to learn the business and show a result",
    ),
    fields=(
        Field(
            id="client",
            label="Client and what they own",
            type="short_text",
            guidance="Name the client and the business result they are accountable for.",
            example="Plant manager, packaging factory: downtime, scrap rate and on-time delivery.",
        ),
        Field(
            id="business-knowledge",
            label="What I will learn about the business and its industry",
            type="long_text",
            lines=3,
            guidance="Pick two or three concrete steps: reading, shadowing, asking, sitting in on meetings.",
            example=(
                "Spend two night shifts on the floor; learn how downtime is logged; read the last "
                "two quarterly operations reviews and the customer complaints summary."
            ),
        ),
        Field(
            id="discipline-knowledge",
            label="What I will strengthen in my own field",
            type="long_text",
            lines=3,
            guidance="Choose what this client's situation needs most from HR, learning or OD.",
            example="Current evidence on coaching supervisors on the floor, and how other plants measure it.",
        ),
        Field(
            id="commitment",
            label="A commitment I will deliver, and by when",
            type="short_text",
            guidance="Small, visible and linked to something the client cares about. Then deliver it.",
            example="A one-page analysis of scrap by shift and by supervisor tenure, by 15 May.",
        ),
        Field(
            id="business-case",
            label="The business case behind my next proposal",
            type="long_text",
            lines=3,
            guidance="The problem in the client's terms, what the solution costs, and what it should change.",
            example=(
                "Scrap on the night shift is 40 percent higher than on days. Six half-day sessions "
                "for the four night supervisors cost about 12 days of their time; a target of cutting that "
                "gap by half pays for it in roughly two months."
            ),
        ),
        Field(
            id="shared-accountability",
            label="How I will show shared accountability for results",
            type="long_text",
            lines=2,
            guidance="Say which measure you will track with the client and how you will report on it together.",
            example="Review the night-shift scrap rate with the plant manager at 30, 60 and 90 days, and present it jointly at the operations meeting.",
        ),
    ),
)

TRUST_BUILDERS = Checklist(
    id="trust-builders",
    title="Trust Builders",
    intro=(
        "Review before key meetings and after any difficult moment with a client. Tick what you did this week. "
        "A concern about someone's misconduct, safety or the law is the exception to telling people first: "
        "it goes to the designated channel (speak-up line, employee relations or legal), and you never warn "
        "the person it is about. When a habit had no occasion this week, mark it as not arising: it does "
        "not count against you."
    ),
    na_label="Did not arise this week",
    meta=ToolMeta(
        situations=("starting-work", "setback"),
        minutes=10,
        with_whom=("alone",),
        outcome="Each trust habit checked against this week's work",
    ),
    items=(
        ChecklistItem(
            id="report-openly",
            text=(
                "When something a client told you falls outside the limits you agreed, tell them, "
                "where the rules allow, what you must report and to whom."
            ),
            why="A client who learns of a report from someone else stops telling you anything.",
        ),
        ChecklistItem(
            id="ask-before-forwarding",
            text="Ask before you forward a client's email or quote their words to anyone else.",
            why="It shows you guard the client's reputation, not just pass on information.",
        ),
        ChecklistItem(
            id="joint-ownership",
            text="Report a disappointing result in the same meeting and format as the good ones, as a shared result.",
            why="Owning results together, the poor ones included, is a core trust builder in the ACT model.",
        ),
        ChecklistItem(
            id="tell-early",
            text="Tell the client about a problem within a day of spotting it, with what you plan to do.",
            why="Clients forgive a setback more readily than a surprise.",
        ),
        ChecklistItem(
            id="act-on-values",
            text="Before a key step, compare your plan with the organization's stated values.",
            why="Integrity is judged by how you reach a result, not only by the result.",
        ),
        ChecklistItem(
            id="fix-value-clash",
            text="Change any part of the plan that clashes with those values before you act on it.",
            why="Spotting a clash earns no trust unless the plan changes.",
        ),
        ChecklistItem(
            id="right-way",
            text="When someone proposes a shortcut the client could not defend in public, say so.",
            why="You can be credible without being trusted; trust depends on the way results are reached.",
        ),
        ChecklistItem(
            id="offer-another-route",
            text="Offer another route to the same result whenever you turn down a shortcut.",
            why="A no with a way forward keeps the work moving and the client on side.",
        ),
        ChecklistItem(
            id="small-promises",
            text="Write down each small promise you make in a meeting.",
            why="A promise you did not note is the one you forget.",
        ),
        ChecklistItem(
            id="close-small-promises",
            text="Close each small promise by the date you gave.",
            why="Clients judge your big commitments by how you handle the small ones.",
        ),
    ),
)

COMPONENTS = (STAKEHOLDER_MAP, ACT_ACCESS, ACT_ASSESSMENT, CREDIBILITY_PLAN, TRUST_BUILDERS)
