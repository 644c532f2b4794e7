"""Components for docs/trusted-advisor.md: the six skills of a trusted advisor.

The six skills are Mark Hordes's ("It's All About Building Trust", 2009); the
statements, bands and next steps are the playbook's own wording.
"""

from __future__ import annotations

from macros.content.model import AGREEMENT, Assessment, Band, Dimension, Statement, ToolMeta

# An agreement scale: some statements are about what you know ("I can name..."), which has
# no "how often". The points keep their order, so a rating saved on the old Never-Always
# scale keeps its place (tests/test_tool_quality.py holds knowledge statements to this).
SCALE = AGREEMENT


def _bands3(low: tuple[str, str], mid: tuple[str, str], high: tuple[str, str]) -> tuple[Band, ...]:
    """Bands for a dimension of three statements on a 1..5 scale (sums 3..15), the
    reverse-keyed one turned round. Strong needs an average above "Agree" (13+): agreeing
    with all three gives 10, strongly agreeing with all three 11."""
    return (
        Band(3, 7, "Not yet", low[0], low[1]),
        Band(8, 12, "Developing", mid[0], mid[1]),
        Band(13, 15, "Strong", high[0], high[1]),
    )


TRUSTED_ADVISOR_SKILLS = Assessment(
    id="trusted-advisor-skills",
    title="Trusted-Advisor Skills: A Self-Rating",
    intro=(
        "Think of one client relationship that matters to you this quarter. Rate how far you "
        "agree that each statement is true of you in that relationship. One statement per skill "
        "describes the weaker habit, so disagreeing with it raises your score. The six skills "
        "come from Mark Hordes; the statements and advice are ours."
    ),
    meta=ToolMeta(
        situations=("own-practice", "review"),
        minutes=15,
        with_whom=("alone",),
        outcome="A rating of six advisor skills and the one to build first",
    ),
    scale=SCALE,
    dimensions=(
        Dimension(
            id="strategy",
            title="Think strategically",
            statements=(
                Statement("strategy-goal", "I can name the business result my current work for this client serves."),
                Statement(
                    "strategy-priorities",
                    "I know what else is competing for this client's attention and budget this year.",
                ),
                Statement(
                    "strategy-fixed-plan",
                    "I keep to the original plan even when this client's priorities shift.",
                    reverse=True,
                ),
            ),
            bands=_bands3(
                (
                    "Your work looks like a task cut off from the client's aims.",
                    "Ask which goal this work serves and why it matters.",
                ),
                (
                    "You link some work to the client's goals, but not by habit.",
                    "Open your next update with the result, then the tasks.",
                ),
                (
                    "You tie your work to the client's aims as they shift.",
                    "Offer a short view on a priority beyond your project.",
                ),
            ),
        ),
        Dimension(
            id="change",
            title="Understand and manage change",
            statements=(
                Statement(
                    "change-people",
                    "I plan for how the people affected by my work will react, not just for the launch date.",
                ),
                Statement(
                    "change-lead",
                    "I help the client lead the people side of the change instead of leaving it to chance.",
                ),
                Statement(
                    "change-late",
                    "I bring in the people affected by a change only once its design is final.",
                    reverse=True,
                ),
            ),
            bands=_bands3(
                (
                    "Your solutions may work on paper and stall in use.",
                    "List whose daily work changes and what each may lose.",
                ),
                (
                    "You notice resistance, but deal with it once it appears.",
                    "Agree one early step with the client, such as a pilot.",
                ),
                (
                    "You treat adoption as part of the job and help lead it.",
                    "Pass on what your last rollout taught you.",
                ),
            ),
        ),
        Dimension(
            id="communication",
            title="Expertise with clear communication",
            statements=(
                Statement(
                    "communication-detail-first", "I open with technical detail before my main point.", reverse=True
                ),
                Statement("communication-words", "I explain my field in the client's words, without jargon."),
                Statement(
                    "communication-check",
                    "I check that the client understood my advice well enough to explain it to others.",
                ),
            ),
            bands=_bands3(
                (
                    "Your advice may be sound but hard to use in a decision.",
                    "Put your current advice in three plain sentences.",
                ),
                (
                    "You are often clear, but jargon still gets in the way.",
                    "Swap one technical slide for a real example.",
                ),
                (
                    "Clients follow your advice and pass it on accurately.",
                    "Help a colleague turn a report into a one-page brief.",
                ),
            ),
        ),
        Dimension(
            id="acumen",
            title="A business-acumen presence",
            statements=(
                Statement(
                    "acumen-numbers",
                    "I know the few figures this client's leaders watch most closely.",
                ),
                Statement(
                    "acumen-specialty",
                    "In meetings with senior people, I talk mostly about my specialty.",
                    reverse=True,
                ),
                Statement(
                    "acumen-industry",
                    "I can describe the main pressures on this client's industry this year.",
                ),
            ),
            bands=_bands3(
                (
                    "Senior clients may see you as a specialist, not a peer.",
                    "Read the client's plan; note three numbers that matter.",
                ),
                (
                    "You know the business in outline but rarely use it.",
                    "Frame your next proposal around one of their figures.",
                ),
                (
                    "You come across as someone who knows the business.",
                    "Ask a senior client what worries them, then follow up.",
                ),
            ),
        ),
        Dimension(
            id="value",
            title="Talk about value",
            statements=(
                Statement(
                    "value-hours", "I describe my work by hours or features rather than by its results.", reverse=True
                ),
                Statement(
                    "value-measure",
                    "I agree with the client how we will both know that the work paid off.",
                ),
                Statement(
                    "value-worth",
                    "I can say what a result is worth to the client compared with what it costs.",
                ),
            ),
            bands=_bands3(
                (
                    "Clients may judge your work on price alone.",
                    "Open your next proposal with a result for the client.",
                ),
                (
                    "You talk about results but rarely agree or measure them.",
                    "Agree one measure of success on a current project.",
                ),
                (
                    "You and the client discuss your work by results and worth.",
                    "Report on the agreed measure after the work ends.",
                ),
            ),
        ),
        Dimension(
            id="relationships",
            title="Build trust through relationships",
            statements=(
                Statement(
                    "relationships-only-due",
                    "I contact this client only when a deliverable is due.",
                    reverse=True,
                ),
                Statement(
                    "relationships-promises",
                    "I keep small promises, such as sending a link or calling back when I said I would.",
                ),
                Statement(
                    "relationships-interest",
                    "I ask about this client's own goals, not only the project's.",
                ),
            ),
            bands=_bands3(
                (
                    "The relationship may rest on this project and fade after it.",
                    "Book a talk with this client about no deliverable.",
                ),
                (
                    "The client trusts your work; contact is thin between jobs.",
                    "Check in every six to eight weeks, with no pitch.",
                ),
                (
                    "The client values the relationship for its own sake.",
                    "Ask whom else in the organization you should know.",
                ),
            ),
        ),
    ),
)

COMPONENTS = (TRUSTED_ADVISOR_SKILLS,)
