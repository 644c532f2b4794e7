"""The trust-equation self-rating for docs/trusted-advisor.md.

The trust equation (credibility + reliability + intimacy, divided by self-orientation)
is David H. Maister, Charles H. Green and Robert M. Galford's, from *The Trusted
Advisor* (Free Press, 2000). The statements, bands and next steps are the
playbook's own. Every factor has four statements, so the four scores share one
range (4 to 20) and can be compared. Self-orientation statements describe
self-focused habits: a HIGH score there is the warning sign, as in the equation,
where self-orientation divides the other three.
"""

from __future__ import annotations

from macros.content.model import AGREEMENT, Assessment, Band, Dimension, Statement, ToolMeta

# An agreement scale: "I know what matters to this client" has no "how often". The points
# keep their order, so a rating saved on the old Never-Always scale keeps its place.
SCALE = AGREEMENT


def _bands(
    low: tuple[str, str],
    mid: tuple[str, str],
    high: tuple[str, str],
    labels: tuple[str, str, str] = ("Weak", "Developing", "Strong"),
) -> tuple[Band, ...]:
    """Three bands for four statements rated 1 to 5 (sums 4 to 20), the reverse-keyed one
    turned round. The top band needs an average above "Agree" (17+): agreeing with all four
    gives 14, strongly agreeing with all four 16."""
    return (
        Band(4, 10, labels[0], *low),
        Band(11, 16, labels[1], *mid),
        Band(17, 20, labels[2], *high),
    )


TRUST_EQUATION = Assessment(
    id="trust-equation",
    title="The Trust Equation: A Self-Rating",
    intro=(
        "Pick one client and rate how far you agree that each statement is true of you with that "
        "person. Each factor has four statements, so each score runs from 4 to 20. One statement "
        "per factor points the other way, so agreeing with it lowers that score. Read the first three "
        "the usual way: higher is better. Read self-orientation the other way round: it lists "
        "self-focused habits, so a high score there is the warning. In the equation it divides "
        "the other three, so a high self-orientation score can cancel strong scores elsewhere. "
        "If self-orientation comes out High, start there; if not, start with your lowest of the "
        "other three."
    ),
    scale=SCALE,
    meta=ToolMeta(
        situations=("own-practice", "review"),
        minutes=10,
        with_whom=("alone",),
        outcome="A score for each of the four trust factors and the one to work on first",
    ),
    dimensions=(
        Dimension(
            id="credibility",
            title="Credibility (your words)",
            statements=(
                Statement("te-cred-accurate", "What I tell this client about my field turns out to be accurate."),
                Statement("te-cred-not-know", 'I say "I don\'t know" to this client when that is the truth.'),
                Statement("te-cred-their-terms", "I explain my advice in this client's business terms."),
                Statement("te-cred-hedge", "I hedge when I give this client unwelcome news.", reverse=True),
            ),
            bands=_bands(
                (
                    "The client may doubt that what you say will hold up, or find it hard to use.",
                    "Before your next meeting, write down one claim you plan to make and the evidence behind it.",
                ),
                (
                    "Your words mostly hold up, but some advice comes out vague, hedged or in your own jargon.",
                    "In your next update, state one risk plainly in the first paragraph.",
                ),
                (
                    "The client can rely on what you say and can repeat it to others.",
                    "Ask the client which of your recent points they passed on, and how it landed.",
                ),
            ),
        ),
        Dimension(
            id="reliability",
            title="Reliability (your actions over time)",
            statements=(
                Statement("te-rel-on-time", "I deliver what I promised this client on the date I promised."),
                Statement("te-rel-warn-early", "When a date will slip, I tell this client before it does."),
                Statement("te-rel-small", "I do the small things I offer, such as sending a paper I mentioned."),
                Statement("te-rel-busy-slip", "My work for this client slips in busy weeks.", reverse=True),
            ),
            bands=_bands(
                (
                    "The client cannot yet predict what you will do, so they plan around you.",
                    "List every open promise you have made to this client and give each one a date.",
                ),
                (
                    "You deliver the big items, but small promises or warnings sometimes slip.",
                    "For two weeks, write down every small offer you make to this client and close each one.",
                ),
                (
                    "The client has learned that your promises hold.",
                    "Take on one commitment the client has been afraid to hand to anyone else.",
                ),
            ),
        ),
        Dimension(
            id="intimacy",
            title="Intimacy (how safe it feels to tell you things)",
            statements=(
                Statement("te-int-worries", "This client tells me what worries them, not only what they want done."),
                Statement(
                    "te-int-avoid",
                    "I steer away from a hard topic with this client even when I sense one.",
                    reverse=True,
                ),
                Statement("te-int-discreet", "I keep what this client tells me within the limits we agreed."),
                Statement("te-int-person", "I know what matters to this client beyond their job title."),
            ),
            bands=_bands(
                (
                    "Your conversations stay on the task; the client keeps the real concerns to themselves.",
                    "At your next meeting, ask what would make this piece of work hard for them personally.",
                ),
                (
                    "The client shares some concerns, but the hardest topics still go unsaid.",
                    "Name one topic you both avoid and ask whether now is a good time to talk about it.",
                ),
                (
                    "The client talks to you about what really worries them, and it stays safe.",
                    "Check that you both still agree what you would have to pass on, and when.",
                ),
            ),
        ),
        Dimension(
            id="self-orientation",
            title="Self-orientation (focus on yourself; high is the warning)",
            statements=(
                Statement("te-self-next-point", "While this client talks, I am planning my next point."),
                Statement(
                    "te-self-own-work", "I steer conversations with this client toward work I can sell or deliver."
                ),
                Statement("te-self-look-good", "I worry more about how I come across than about the client's problem."),
                Statement(
                    "te-self-let-finish",
                    "I let this client finish describing the problem before I offer a solution.",
                    reverse=True,
                ),
            ),
            bands=_bands(
                (
                    "Your attention stays on the client, so the other three factors count in full.",
                    "Ask a colleague who has seen you with this client whether they agree with your score.",
                ),
                (
                    "Some of your attention goes to yourself: your next point, your pitch or your image.",
                    "In your next meeting, ask one more question before you offer any answer.",
                ),
                (
                    "Self-focus is likely dividing whatever credibility, reliability and intimacy you have built.",
                    "For your next two meetings, let the client talk first and sum up their view before you give yours.",
                ),
                # Here "High" is the warning: self-orientation divides the other three.
                labels=("Low", "Moderate", "High"),
            ),
        ),
    ),
)

COMPONENTS = (TRUST_EQUATION,)
