"""Glossary terms for the whole playbook.

Rendered on docs/glossary.md by the glossary macro and used as hover definitions
across the site. ``term`` is the exact text as it appears in running prose.
Definitions are the playbook's own wording; ``source`` credits where the idea
comes from (see docs/sources.md).
"""

from __future__ import annotations

from macros.content.model import GlossaryTerm

ACT = "Jim and Dana Gaines Robinson, ACT model (adapted by Nancy Q. Smith)"
ROBINSON = "Robinson, Robinson, Phillips, Phillips and Handshaw, Performance Consulting, 3rd ed. (2015)"
BLOCK = "Peter Block, Flawless Consulting (1st ed. 1981; 3rd ed. 2011)"
MOMENTS = "2011 article on building influence relationships (the five moments)"
SERVICE = "Richard Normann and Jan Carlzon, service management (Carlzon, Moments of Truth, 1987)"
HORDES = 'Mark Hordes, "It\'s All About Building Trust"'
MAISTER = "Maister, Green and Galford, The Trusted Advisor (2000)"
ESSAY = "Anonymous essay on trust and respect with a client"
OURS = "The playbook's own working definition"

TERMS = (
    GlossaryTerm(
        id="access",
        term="access",
        definition=(
            "Being able to get real time with the true clients of a piece of work. "
            "In the ACT model, every client relationship starts here."
        ),
        source=ACT,
    ),
    GlossaryTerm(
        id="credibility",
        term="credibility",
        definition=(
            "A client's confidence that you can deliver results. It comes from what you do with "
            "your knowledge of their organization and of your own field."
        ),
        source=ACT,
    ),
    GlossaryTerm(
        id="trust",
        term="trust",
        definition=(
            "How sure a client is that you will get results honestly and dependably, in a way "
            "they can live with. You can be credible and still not be trusted."
        ),
        source=ACT,
    ),
    GlossaryTerm(
        id="act-model",
        term="ACT model",
        definition=(
            "Access, Credibility and Trust: the three conditions for a strong client partnership, "
            "drawn from the practices of the most effective performance consultants."
        ),
        source=ACT,
    ),
    GlossaryTerm(
        id="true-client",
        term="true client",
        definition=(
            "The person who answers for the results a project serves, can commit money, people "
            "and time, and sits above the people whose work has to change."
        ),
        source=ACT,
    ),
    GlossaryTerm(
        id="true-client-test",
        term="true-client test",
        definition=(
            "The three questions that tell a true client from a contact: ownership of the results, "
            "authority over resources and decisions, and a place in the chain of command."
        ),
        source=ACT,
    ),
    GlossaryTerm(
        id="contact",
        term="contact",
        definition=(
            "A person you work with who does not pass the true-client test. Contacts are valuable, "
            "and often your route to the true client."
        ),
        source=ACT,
    ),
    GlossaryTerm(
        id="order-taker",
        term="order taker",
        definition=(
            "A consultant whom clients see as someone who fills requests rather than someone who "
            "helps decide what the business needs. Clients rarely make time for an order taker."
        ),
        source=ACT,
    ),
    GlossaryTerm(
        id="sustained-client",
        term="sustained client",
        definition=(
            "A manager or executive whose position and influence make a continuing partnership "
            "worthwhile, whether or not a project is under way."
        ),
        source=ROBINSON,
    ),
    GlossaryTerm(
        id="project-client",
        term="project client",
        definition=(
            "The owner of the business need behind one initiative. Contact is close while the project "
            "runs and tapers off as it ends."
        ),
        source=ROBINSON,
    ),
    GlossaryTerm(
        id="transactional-work",
        term="transactional work",
        definition="The routine admin that keeps things running: answering queries, booking rooms, updating records.",
        source=ROBINSON,
    ),
    GlossaryTerm(
        id="tactical-work",
        term="tactical work",
        definition=(
            "Projects that end in a set product, such as a new course, a filled vacancy, a "
            "reorganized team or a mentoring scheme."
        ),
        source=ROBINSON,
    ),
    GlossaryTerm(
        id="strategic-work",
        term="strategic work",
        definition="Work that shapes where an organization, or one of its units, is going and how well it does.",
        source=ROBINSON,
    ),
    GlossaryTerm(
        id="partnering",
        term="partnering",
        definition=(
            "A collaborative way of working with clients that relies on judgment more than on a "
            "recipe. It has to show from your first meetings about a need."
        ),
        source=ROBINSON,
    ),
    GlossaryTerm(
        id="performance-consultant",
        term="performance consultant",
        definition=(
            "An HR, learning or OD professional who works with clients on the business results and "
            "the performance needed to reach them, not only on delivering programs."
        ),
        source=ROBINSON,
    ),
    GlossaryTerm(
        id="expert-role",
        term="expert role",
        definition=(
            "A way of working in which the consultant makes the decisions and carries them out while "
            "the client stays on the sidelines."
        ),
        source=BLOCK,
    ),
    GlossaryTerm(
        id="pair-of-hands",
        term="pair-of-hands",
        definition=(
            "A way of working in which the client decides and directs, and the consultant carries out "
            "the work without a say in the decisions."
        ),
        source=BLOCK,
    ),
    GlossaryTerm(
        id="collaborator",
        term="collaborator",
        definition=(
            "A way of working in which consultant and client act as one team, decide together and "
            "share accountability for the results."
        ),
        source=BLOCK,
    ),
    GlossaryTerm(
        id="moment-of-truth",
        term="moment of truth",
        definition=(
            "A short encounter in which someone judges the whole service by how you handle it. "
            "The 2011 article applies the idea to five points in a working relationship."
        ),
        source=SERVICE + "; " + MOMENTS,
    ),
    GlossaryTerm(
        id="contracting",
        term="contracting",
        definition=(
            "Reaching an explicit agreement with a client on what each of you wants and offers, "
            "and reopening it when the work changes. You may also say no."
        ),
        source=(
            "An organization development term (Edgar H. Schein, Process Consultation, 1969; Marvin "
            "Weisbord, 1973), made widely known by " + BLOCK
        ),
    ),
    GlossaryTerm(
        id="brand-promise",
        term="brand promise",
        definition=(
            "What people learn to expect from you or your team when you handle every moment of truth "
            "well and the same way each time."
        ),
        source=MOMENTS,
    ),
    GlossaryTerm(
        id="trusted-advisor",
        term="trusted advisor",
        definition=(
            "An advisor whom clients turn to beyond the task at hand, because they trust the person "
            "as well as rate the skill. Hordes lists six skills for getting there."
        ),
        source="Ordinary English; its professional meaning: " + MAISTER + "; six skills: " + HORDES,
    ),
    GlossaryTerm(
        id="business-acumen",
        term="business acumen",
        definition=(
            "Knowing how a client's business earns, spends and keeps score, and using that knowledge "
            "when you advise them."
        ),
        source=HORDES,
    ),
    GlossaryTerm(
        id="option-year",
        term="option year",
        definition=(
            "A further year of work written into a government contract, priced at the start, that "
            "the agency may choose to exercise. Not exercising it is how a public client stops "
            "using a supplier."
        ),
        source=ESSAY + "; definition: the playbook's, after US federal contracting practice",
    ),
    GlossaryTerm(
        id="rapport",
        term="rapport",
        definition=(
            "An easy, open working relationship with a client. Build it before you start the "
            "deliverable and keep building it while the work goes on."
        ),
        source=ESSAY,
    ),
    GlossaryTerm(
        id="working-agreement",
        term="working agreement",
        definition=(
            "The page you and a client write and sign at the start: what each of you wants and "
            "offers, scope, roles and limits. It sits beside any legal contract, not in its place."
        ),
        source=OURS + ", after Block's contracting",
    ),
    GlossaryTerm(
        id="designated-channel",
        term="designated channel",
        definition=(
            "The route an organization names for concerns about misconduct, safety or the law, "
            "such as an ethics or speak-up line, employee relations or legal."
        ),
        source=OURS,
    ),
    GlossaryTerm(
        id="sponsor",
        term="sponsor",
        definition=(
            "The senior person who backs a piece of work: approves it, funds it and hears how it "
            "is going. Often the true client; when not, find out who is."
        ),
        source=OURS,
    ),
    GlossaryTerm(
        id="owner",
        term="owner",
        definition=(
            "The manager accountable for the business result a piece of work supports. Owning the "
            "result is the first of the three true-client tests."
        ),
        source=ACT,
    ),
    GlossaryTerm(
        id="entry",
        term="entry",
        definition=(
            "The opening stage of consulting work: the first talks, in which you explore a request "
            "and set up how you will work together."
        ),
        source=ROBINSON + "; " + BLOCK,
    ),
    GlossaryTerm(
        id="business-need",
        term="business need",
        definition=(
            "A result the organization or unit must achieve, such as sales, costs, safety or "
            "service levels, stated in the owner's own measures."
        ),
        source=ROBINSON,
    ),
    GlossaryTerm(
        id="performance-need",
        term="performance need",
        definition=("What people must do differently on the job for a business need to be met."),
        source=ROBINSON,
    ),
    GlossaryTerm(
        id="resistance",
        term="resistance",
        definition=(
            "A client's indirect push-back, driven by fear of losing control or being exposed. "
            "It shows as delay, detail, silence or compliance without commitment."
        ),
        source=BLOCK,
    ),
    GlossaryTerm(
        id="trust-equation",
        term="trust equation",
        definition=(
            "Trustworthiness as credibility plus reliability plus intimacy, divided by "
            "self-orientation. Its credibility means trust in your words, not the ACT sense."
        ),
        source="Usually credited to Charles H. Green; " + MAISTER,
    ),
    GlossaryTerm(
        id="self-orientation",
        term="self-orientation",
        definition=(
            "How much your attention is on yourself (your fee, your image, being right) rather "
            "than on the client. In the trust equation it divides everything else."
        ),
        source=MAISTER,
    ),
    GlossaryTerm(
        id="conflict-of-interest",
        term="conflict of interest",
        definition=(
            "A tie, such as money, a relationship or a second role, that could bend your "
            "judgment about a client's work. Declare it; manage it or step away."
        ),
        source=OURS,
    ),
    GlossaryTerm(
        id="statement-of-work",
        term="statement of work",
        definition=(
            "The commercial document beside the working agreement: deliverables, dates, fees, "
            "payment terms, who owns what and how changes are made."
        ),
        source=OURS,
    ),
)
