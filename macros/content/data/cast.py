"""The cast: every invented person the scenarios, scripts and tool examples name.

One name, one person, across the whole book: a reader who meets "Leila" twice should meet
the same HR partner. Before you name someone in a new scenario, pick a first name that is
not below (and that neither starts nor is started by one that is: no "Tom" beside
"Tomas"), then add them here with the pages that name them. tests/test_house_style.py
checks the pages against this list.

NOT_CHARACTERS lists the capitalized words the check must not take for characters: the
real people credited as sources, and places, days, months, publishers and products.
"""

from __future__ import annotations

from macros.content.model import Character

CAST = (
    # Why Partnership
    Character("Marisol", "internal learning partner for a regional hospital", ("why-partnership.md",)),
    Character("Tomasz", "external consultant to a mid-sized software firm", ("why-partnership.md",)),
    Character("Priya", "HR business partner at a food manufacturer", ("why-partnership.md",)),
    Character("Dele", "HR business partner in a state licensing agency", ("why-partnership.md",)),
    # Three Roles
    Character("Aisha", "internal learning partner at a national retailer", ("consulting-roles.md",)),
    Character("Ravi", "external consultant who redesigns hospital scheduling", ("consulting-roles.md",)),
    Character("Grace", "HR partner at a public transport agency", ("consulting-roles.md",)),
    Character("Henrik", "external consultant to the finance director of a logistics firm", ("consulting-roles.md",)),
    # Access, Credibility and Trust
    Character("Leila", "internal HR partner at a regional bank", ("access-credibility-trust.md",)),
    Character("Dmitri", "external consultant to a packaging manufacturer", ("access-credibility-trust.md",)),
    Character("Mei", "internal OD partner at a software firm", ("access-credibility-trust.md",)),
    Character("Hana", "HR colleague Mei would ask before sharing a client's email", ("access-credibility-trust.md",)),
    Character("Sam", "HR colleague to whom a panel member refers a candidate's case", ("access-credibility-trust.md",)),
    Character("Rafael", "HR partner at a distribution firm", ("access-credibility-trust.md",)),
    Character(
        "Sven", "internal people-development consultant at a logistics company", ("access-credibility-trust.md",)
    ),
    # When Access Fails (and the escalation plan's example)
    Character("Rosa", "learning partner at an insurance firm", ("when-access-fails.md",)),
    Character("Jonas", "OD consultant at a food manufacturer", ("when-access-fails.md",)),
    Character("Maria", "production planner, Jonas's contact", ("when-access-fails.md",)),
    # Contracting and Entry
    Character("Nadia", "learning partner for a large call center", ("contracting.md",)),
    Character("Marcus", "HR business partner at an engineering firm", ("contracting.md",)),
    # How Clients Are Helped
    Character("Ines", "internal OD partner at a regional water company", ("how-clients-are-helped.md",)),
    Character("Kwame", "operations director at the water company, Ines's client", ("how-clients-are-helped.md",)),
    Character("Oskar", "owner of the roster rules at the water company's head office", ("how-clients-are-helped.md",)),
    Character("Tobias", "shift supervisor who reports a skipped pump check", ("how-clients-are-helped.md",)),
    # Discovery and Diagnosis
    Character(
        "Keiko",
        "outside consultant who hears a safety disclosure in a warehouse interview",
        ("discovery-and-diagnosis.md",),
    ),
    Character("Greta", "internal OD consultant at a regional bus company", ("discovery-and-diagnosis.md",)),
    Character("Farid", "director of operations at the bus company, Greta's sponsor", ("discovery-and-diagnosis.md",)),
    # When the Client Resists
    Character("Ingrid", "internal OD consultant presenting survey results", ("resistance.md",)),
    Character("Felix", "external consultant working with a hospital ward manager", ("resistance.md",)),
    # Moments of Truth
    Character("Lucia", "the person named to decide in a huddle script", ("moments-of-truth/huddle-on-decisions.md",)),
    # From Specialist to Trusted Advisor
    Character("Daniel", "OD consultant to a hospital's nursing directors", ("trusted-advisor.md",)),
    # Lead, Don't Just Serve
    Character("Jennifer", "the essay's executive director (not her real name)", ("lead-dont-serve.md",)),
    Character("Ana", "internal learning partner at an insurer", ("lead-dont-serve.md",)),
    Character("Leonie", "HR partner at a software firm", ("lead-dont-serve.md",)),
    Character("Declan", "chief product officer at Leonie's software firm", ("lead-dont-serve.md",)),
    # Ethics and Commercial Practice
    Character(
        "Joaquin", "independent learning consultant who declares a referral fee", ("ethics-and-commercial-practice.md",)
    ),
    Character(
        "Elif",
        "internal OD consultant at a retail chain asked to name who wrote survey comments",
        ("ethics-and-commercial-practice.md",),
    ),
    Character(
        "Marta",
        "external consultant whose fixed-fee work grows a goodwill workshop",
        ("ethics-and-commercial-practice.md",),
    ),
    # Ending Well
    Character("Amira", "HR partner at a logistics firm", ("ending-well.md",)),
    Character("Owen", "external consultant to a furniture maker", ("ending-well.md",)),
    Character("Kofi", "the person named to pass on a decision in a feedback-meeting script", ("ending-well.md",)),
)

NOT_CHARACTERS = frozenset(
    # real people credited as sources
    "Block Peter Dana Gaines Jim James Robinson Robinsons Jack Patricia Pulliam Phillips Dick "
    "Handshaw Nancy Smith David Maister Charles Green Robert Galford Mark Hordes Richard Normann "
    "Jan Carlzon Drucker Edgar Schein Marvin Weisbord Donald Kirkpatrick Mager Pipe Roger Fisher "
    "William Ury Bruce Patton John Wilander Thomas Gilbert Burke George Litwin Rensis Likert Floyd "
    "Mann Cummings Christopher Worley Gellermann Frankel Ladenson Alan Weiss Wendy Raymond Katzell "
    # publishers, titles, places, products, days and months
    "Berrett Koehler Wiley Jossey Bass Ballinger Mifflin Houghton Lake Publishing Gulf Society "
    "Consultation Flawless Oughta Regulation Professionals Businesses Leeds Hollins North Cambridge "
    "Mass Safari Chrome Edge Mac Cookie English Resists Sustain Competence Worthy Michigan Research "
    "Detroit Edison Credo European Bristol United Human Resource Revisited Fridays Concept Perspective "
    "Cengage Microsoft American Association School Gentle Personnel Esc Synectics Lexpert "
    "Monday Tuesday Wednesday Thursday Friday January February March April May June July August "
    "September October November December".split()
)
