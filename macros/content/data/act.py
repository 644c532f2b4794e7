"""Tools for the "Access, Credibility and Trust" chapter (docs/access-credibility-trust.md).

The ACT model, the true-client test, the two bodies of knowledge, the
credibility techniques and the trust builders: Jim and Dana Gaines Robinson
(Partners in Change), adapted by Nancy Q. Smith (Exemplary Performance);
*Performance Consulting*. Wording, statements, bands and advice are ours.
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

STAKEHOLDER_MAP = Worksheet(
    id="stakeholder-map",
    title="Stakeholder map: clients and contacts",
    intro=(
        "Pick one initiative. List everyone you deal with on it and apply the three tests of a "
        "true client to each. Only someone who passes all three is a client; everyone else is a "
        "contact."
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
                "Training coordinator | No | No | No | Contact. "
                "Regional branch director | Yes | Yes | Yes | Client."
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
                    options=("Client", "Contact"),
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
                "Offer her a one-page summary of branch sales data to pass on, and suggest the "
                "three of us meet for 20 minutes before the pilot to agree what success means. "
                "Target: before the end of the month."
            ),
        ),
    ),
)

ACT_ACCESS = Checklist(
    id="act-access",
    title="Reaching the true client through your contacts",
    intro="Use this when the people you work with are contacts and the true client is out of reach.",
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
            text="Identify a decision only the true client can make, such as scope, budget or timing.",
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
            text="Tie the meeting to a natural checkpoint: project approval, a pilot review or a go/no-go decision.",
            why="Owners expect to be involved at these moments, so the request feels normal.",
        ),
        ChecklistItem(
            id="agree-next",
            text="Leave the first meeting with an agreed next contact date with the client.",
            why="Access that happens once is an event; access that is planned becomes a relationship.",
        ),
    ),
)

_AGREE_SCALE = Scale(
    min=1,
    max=5,
    labels=("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"),
)


def _bands(weak: tuple[str, str], middle: tuple[str, str], strong: tuple[str, str]) -> tuple[Band, ...]:
    """Three bands for five statements on a 1..5 scale: sums 5..25."""
    return (
        Band(5, 11, "Weak", *weak),
        Band(12, 18, "Developing", *middle),
        Band(19, 25, "Strong", *strong),
    )


ACT_ASSESSMENT = Assessment(
    id="act-assessment",
    title="Access, credibility and trust with one client",
    intro=(
        "Choose one client relationship and rate every statement with that person in mind. Five "
        "statements per letter give a score from 5 to 25. Start work on your lowest score."
    ),
    scale=_AGREE_SCALE,
    dimensions=(
        Dimension(
            id="access",
            title="Access",
            statements=(
                Statement(id="true-client", text="This person passes all three tests of a true client for the work I support."),
                Statement(id="time-when-asked", text="When I ask for time with this client, I get it within two weeks."),
                Statement(id="direct", text="I meet this client directly, not only through assistants or other contacts."),
                Statement(id="early", text="I hear about this client's new initiatives before the key decisions are made."),
                Statement(id="they-call", text="This client sometimes contacts me to talk about a business issue, not just a request."),
            ),
            bands=_bands(
                (
                    "You work mostly through contacts or reach this client only when you ask, and "
                    "not always then.",
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
                Statement(id="know-business", text="I can explain this client's business goals and the numbers they watch most closely."),
                Statement(id="know-discipline", text="My knowledge of my own field is current and I can show where it applies here."),
                Statement(id="deliver", text="I have delivered every commitment I made to this client in the last six months."),
                Statement(id="business-case", text="When I propose a solution, I present a business case with it."),
                Statement(id="shared-results", text="I talk with this client about business results, not only about my deliverables."),
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
                Statement(id="confidences", text="This client tells me things in confidence, and I have kept every one."),
                Statement(id="permission", text="I ask before I forward this client's emails or share what they have told me."),
                Statement(id="bad-news", text="When something goes wrong, I tell this client early and take my share of the responsibility."),
                Statement(id="values", text="The way I work with this client is consistent with the organization's stated values."),
                Statement(id="frank", text="This client is frank with me about problems in their area, including people problems."),
            ),
            bands=_bands(
                (
                    "The client may rate your skill but is careful about how much they let you see.",
                    "Review the trust builders checklist and fix one habit this week, such as asking before forwarding.",
                ),
                (
                    "The client trusts you on most things but still holds some back.",
                    "At your next meeting, ask the client how they would like sensitive information handled, and do it.",
                ),
                (
                    "The client trusts both what you deliver and the way you go about it.",
                    "Guard it: keep confidences even under pressure, and stand with the client when results disappoint.",
                ),
            ),
        ),
    ),
)

CREDIBILITY_PLAN = Worksheet(
    id="credibility-plan",
    title="Credibility plan for one client",
    intro=(
        "Credibility grows from what you do with what you know. Plan how to deepen the knowledge "
        "you lack and how to show it in action with this client over the next three months."
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
    title="Trust builders",
    intro="Review before key meetings and after any difficult moment with a client.",
    items=(
        ChecklistItem(
            id="keep-confidences",
            text="Keep the client's confidences, even when sharing them would help you.",
            why="One broken confidence can undo years of good work.",
        ),
        ChecklistItem(
            id="ask-before-forwarding",
            text="Ask permission before forwarding a client's email or quoting them to others.",
            why="It shows you value the relationship and want to protect the client's reputation.",
        ),
        ChecklistItem(
            id="joint-ownership",
            text="Speak of results as \"ours\", including the disappointing ones.",
            why="Joint accountability and ownership is a core trust builder in the ACT model.",
        ),
        ChecklistItem(
            id="tell-early",
            text="Tell the client about problems as soon as you know, with what you plan to do.",
            why="Clients forgive setbacks more readily than surprises.",
        ),
        ChecklistItem(
            id="act-on-values",
            text="Check that how you are working fits the organization's stated values.",
            why="Integrity is judged by how you get results, not only by the results.",
        ),
        ChecklistItem(
            id="right-way",
            text="Refuse shortcuts that would get a result in a way the client could not defend.",
            why="You can be credible without being trusted; trust depends on the way results are reached.",
        ),
        ChecklistItem(
            id="small-promises",
            text="Keep small promises: call back when you said, send what you offered.",
            why="Reliability in small things is what clients use to predict the big ones.",
        ),
    ),
)

COMPONENTS = (STAKEHOLDER_MAP, ACT_ACCESS, ACT_ASSESSMENT, CREDIBILITY_PLAN, TRUST_BUILDERS)
