"""Chapter opening cards, one per chapter, keyed by the chapter's page in docs/.

Each chapter shows its card with `{{ chapter_card() }}` right under its H1 (see
macros/render/chapters.py). The time on the card is worked out: the chapter's reading time
plus the start tool's minutes. To add a chapter's card, add one entry here and put
the macro line under the chapter's H1.
"""

from __future__ import annotations

from macros.content.model import ChapterCard

CHAPTERS = (
    ChapterCard(
        page="how-to-use.md",
        use_when="You are opening the playbook for the first time, or coming back after a while",
        who="You and one client relationship you want to improve this quarter",
        outcome="A chosen relationship, the chapter to read first and a first rating to start from",
        start_tool="act-assessment",
        summary="How the chapters, the tools and your saved answers work, and which chapter to read first.",
    ),
    ChapterCard(
        page="why-partnership.md",
        use_when="Your days fill with requests and little of your time goes to work that shapes the business",
        who="You, looking at your own calendar and the clients you serve",
        outcome="Your work mix today, a target for next year, and a list of the clients to stay close to",
        start_tool="work-mix",
        summary="The three kinds of work you do, why most of it is not strategic yet, and the two kinds of client you serve.",
    ),
    ChapterCard(
        page="consulting-roles.md",
        use_when="An engagement feels one-sided: you decide everything, or you only carry out orders",
        who="You and the client on one live engagement",
        outcome="Which role pulls hardest on your engagement, and steps toward collaboration",
        start_tool="role-self-assessment",
        summary="Which role you play with a client, what each one costs you both, and how to move an engagement toward shared decisions.",
    ),
    ChapterCard(
        page="how-clients-are-helped.md",
        use_when="Someone asks for help and you are not sure what kind of help would work",
        who="You, the person asking and everyone the help will touch",
        outcome="The kind of help to start with, a map of who the client is, and first questions",
        start_tool="which-help",
        summary="Edgar Schein's three ways to help a client, and who the client really is: ask before you advise, and know when to switch from asking to telling.",
    ),
    ChapterCard(
        page="access-credibility-trust.md",
        use_when="You deal mostly with contacts, or a client values your work but not your advice",
        who="You, the contacts around one initiative and the client who owns its result",
        outcome="A map of clients and contacts, your route to the true client, and a plan per weak letter",
        start_tool="stakeholder-map",
        summary="Who your true clients are, how to reach them, and how to earn the confidence that keeps them calling.",
    ),
    ChapterCard(
        page="when-access-fails.md",
        use_when="A contact blocks you, a true client says no, or you are thinking of going over someone's head",
        who="You alone first, then the contact who stands between you and the client",
        outcome="A decision on whether to escalate, to whom, and what you tell your contact first",
        start_tool="escalation-plan",
        summary="What to do when a contact blocks you or a true client says no, and when to go over someone's head.",
    ),
    ChapterCard(
        page="contracting.md",
        use_when="A request arrives as a ready-made solution, or new work is about to start",
        who="You and the client who owns the result",
        outcome="The need behind the request and a one-page working agreement you have both signed",
        start_tool="reframe-request",
        summary="Agree what each side wants and offers before the work starts, and turn a request for a solution into a talk about the need.",
    ),
    ChapterCard(
        page="discovery-and-diagnosis.md",
        use_when="The work is agreed and you need to find out what is really going on before anyone designs a fix",
        who="You, the people closest to the problem and the sponsor who hired you",
        outcome="An interview plan with agreed terms, findings sorted by a model, and a plan to feed them back",
        start_tool="interview-plan",
        summary="Find out what is really going on before anyone designs a fix: interview and survey without exposing anyone, and feed the data back so the client owns it.",
    ),
    ChapterCard(
        page="resistance.md",
        use_when="A client keeps delaying, asks for ever more data, goes quiet, or agrees and then does nothing",
        who="You alone to prepare, then the client",
        outcome="Neutral words for what you see, ready to say, and a record of what happened",
        start_tool="name-the-resistance",
        summary="Why clients push back in ways that make no sense, and how to name it in plain words instead of arguing.",
    ),
    ChapterCard(
        page="moments-of-truth/index.md",
        use_when="People who do not report to you decide how far your work gets",
        who="You and anyone you depend on: clients, peer teams, partners",
        outcome="A rating of the five moments and the one to work on first",
        start_tool="moments-of-truth-review",
        summary="Five everyday situations that decide how people see you, and how to design each one on purpose.",
    ),
    ChapterCard(
        page="moments-of-truth/start-something-new.md",
        use_when="A new project, relationship or problem starts within the next two weeks",
        who="You and the person or team on the other side of the new work",
        outcome="A kickoff plan built with the other person and a meeting that ends with a clear next step",
        start_tool="kickoff-plan",
    ),
    ChapterCard(
        page="moments-of-truth/deal-with-the-unexpected.md",
        use_when="Something has slipped, or the work is going well and you want to be ready when it does",
        who="You and the person who would be hurt most by a surprise",
        outcome="A short plan for telling bad news, and an agreement on how you will both handle problems",
        start_tool="bad-news-plan",
    ),
    ChapterCard(
        page="moments-of-truth/manage-conflict.md",
        use_when="You and a client, peer or partner want different things and the talk is getting tense",
        who="You and the person you disagree with",
        outcome="A shared question to solve and a conversation that ends with a next step",
        start_tool="conflict-reframe",
    ),
    ChapterCard(
        page="moments-of-truth/keep-informed.md",
        use_when="People chase you for news, or the client has gone quiet and you are not sure why",
        who="You, your team and everyone who depends on your work",
        outcome="A plan of who hears what, how and how often, and a weekly habit to keep it",
        start_tool="communication-plan",
    ),
    ChapterCard(
        page="moments-of-truth/huddle-on-decisions.md",
        use_when="A decision is coming that crosses teams or has more than one owner",
        who="You, the people who approve and recommend, and everyone with a stake",
        outcome="Clear decision roles and a live huddle for the decisions that do not fit them",
        start_tool="decision-roles",
    ),
    ChapterCard(
        page="trusted-advisor.md",
        use_when="Clients respect your expertise but do not yet ask for your view beyond your specialty",
        who="You alone, thinking of one client relationship that matters this quarter",
        outcome="Scores for the four trust factors and the one to work on first",
        start_tool="trust-equation",
        summary="Six skills that turn know-how into advice clients act on, the trust equation, and how to talk about value.",
    ),
    ChapterCard(
        page="lead-dont-serve.md",
        use_when="You deliver what clients ask for, yet they treat you as a supplier rather than an advisor",
        who="You and the client behind one current request",
        outcome="The need behind the request, the expectations to set and the value you will add",
        start_tool="expectations-and-value",
        summary="Why delivering exactly what was asked is not enough, and what to add.",
    ),
    ChapterCard(
        page="ethics-and-commercial-practice.md",
        use_when="You are about to accept work, a sponsor asks for something you promised others, or the scope starts to grow",
        who="You alone first, then the client who signs off the work",
        outcome="Ties declared, a data and confidentiality plan agreed, and scope changes decided in writing",
        start_tool="conflict-of-interest-check",
        summary="Declare the ties that could bend your advice, protect what you promised people, and put scope, fees, data and ownership in writing.",
    ),
    ChapterCard(
        page="ending-well.md",
        use_when="A piece of work is ending, or a client you work with often is due a review",
        who="You, the client and the people who will own the work after you",
        outcome="A written handover with named owners, a follow-up booked, and the client's own ratings",
        start_tool="close-out-handover",
        summary="Hand over the work so it lasts, hear the client's verdict, and keep the relationship when the project ends.",
    ),
)
