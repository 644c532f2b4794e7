"""Components for docs/trusted-advisor.md: the six skills of a trusted advisor.

The six skills are Mark Hordes's ("It's All About Building Trust", 2009); the
statements, bands and next steps are the playbook's own wording.
"""

from __future__ import annotations

from macros.content.model import Assessment, Band, Dimension, Scale, Statement

SCALE = Scale(min=1, max=5, labels=("Never", "Rarely", "Sometimes", "Often", "Always"))


def _bands3(low: tuple[str, str], mid: tuple[str, str], high: tuple[str, str]) -> tuple[Band, ...]:
    """Bands for a dimension of three statements on a 1..5 scale (sums 3..15)."""
    return (
        Band(3, 7, "Not yet", low[0], low[1]),
        Band(8, 11, "Developing", mid[0], mid[1]),
        Band(12, 15, "Strong", high[0], high[1]),
    )


def _bands2(low: tuple[str, str], mid: tuple[str, str], high: tuple[str, str]) -> tuple[Band, ...]:
    """Bands for a dimension of two statements on a 1..5 scale (sums 2..10)."""
    return (
        Band(2, 4, "Not yet", low[0], low[1]),
        Band(5, 7, "Developing", mid[0], mid[1]),
        Band(8, 10, "Strong", high[0], high[1]),
    )


TRUSTED_ADVISOR_SKILLS = Assessment(
    id="trusted-advisor-skills",
    title="Trusted-advisor skills: a self-rating",
    intro=(
        "Think of one client relationship that matters to you this quarter. Rate how often each "
        "statement is true of you in that relationship. The six skills come from Mark Hordes; "
        "the statements and advice are ours."
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
                    "strategy-shape",
                    "I change the scope or order of my work when the client's priorities shift.",
                ),
            ),
            bands=_bands3(
                (
                    "Your work is likely seen as a task in isolation, cut off from what the client is trying to achieve.",
                    "Ask the client which goal this work supports and what would make it matter to their boss.",
                ),
                (
                    "You link some of your work to the client's goals, but the link is not yet a habit.",
                    "Open your next status update with the business result, then report on the tasks.",
                ),
                (
                    "You connect your work to the client's direction and adjust as it changes.",
                    "Offer the client a short view on a priority beyond your current project.",
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
            ),
            bands=_bands2(
                (
                    "You may be delivering solutions that work on paper and stall in use.",
                    "List the groups whose daily work will change and what each stands to lose.",
                ),
                (
                    "You notice resistance but tend to deal with it after it appears.",
                    "Agree one early step with the client, such as a pilot or a preview for those affected.",
                ),
                (
                    "You treat adoption as part of the job and help the client lead it.",
                    "Share what you learned from your last rollout with a colleague who is starting one.",
                ),
            ),
        ),
        Dimension(
            id="communication",
            title="Expertise with clear communication",
            statements=(
                Statement("communication-point", "I lead with my main point before the technical detail."),
                Statement("communication-words", "I explain my field in the client's words, without jargon."),
                Statement(
                    "communication-check",
                    "I check that the client understood my advice well enough to explain it to others.",
                ),
            ),
            bands=_bands3(
                (
                    "Your expertise may be sound but hard for the client to use in a decision.",
                    "Write your current recommendation in three plain sentences and test it on a non-specialist.",
                ),
                (
                    "You are often clear, but detail or jargon still gets in the way at times.",
                    "Before your next meeting, cut one technical slide and replace it with a real example.",
                ),
                (
                    "Clients can follow your advice and pass it on accurately.",
                    "Help a less experienced colleague turn one of their reports into a one-page brief.",
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
                    "acumen-language",
                    "In meetings with senior people, I talk about their business, not only my specialty.",
                ),
            ),
            bands=_bands2(
                (
                    "Senior clients may see you as a specialist to call for a task, not a peer to think with.",
                    "Read the client's latest plan or budget summary and note three numbers that matter to them.",
                ),
                (
                    "You know the business in outline but do not yet use that knowledge in every conversation.",
                    "Use one of the client's key figures to frame your next proposal or update.",
                ),
                (
                    "You come across as someone who understands how the client's business works.",
                    "Ask a senior client what keeps them up at night and follow up with one idea.",
                ),
            ),
        ),
        Dimension(
            id="value",
            title="Talk about value",
            statements=(
                Statement("value-outcome", "I describe my work by the results it brings, not by hours or features."),
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
                    "Clients may judge your work mainly on price, because that is the number you give them.",
                    "Rewrite the first sentence of your next proposal so it states a result for the client.",
                ),
                (
                    "You talk about results, but they are not always agreed or measured with the client.",
                    "For one current project, agree one measure of success with the client this week.",
                ),
                (
                    "You and your client discuss your work in terms of results and their worth.",
                    "Report back on an agreed measure after the project ends, even if nobody asks.",
                ),
            ),
        ),
        Dimension(
            id="relationships",
            title="Build trust through relationships",
            statements=(
                Statement(
                    "relationships-time",
                    "I make time for this client when no deliverable is due.",
                ),
                Statement(
                    "relationships-promises",
                    "I keep small promises, such as sending a link or calling back when I said I would.",
                ),
                Statement(
                    "relationships-confidence",
                    "I keep what the client tells me in confidence and ask before passing anything on.",
                ),
            ),
            bands=_bands3(
                (
                    "The relationship may rest on the current project alone and fade when it ends.",
                    "Book a short conversation with this client that is not about any deliverable.",
                ),
                (
                    "The client trusts you on the work, but the relationship is thin between projects.",
                    "Set a reminder to check in with this client every six to eight weeks, with no pitch.",
                ),
                (
                    "You have a relationship the client values for its own sake.",
                    "Ask the client whom else in the organization you should get to know.",
                ),
            ),
        ),
    ),
)

COMPONENTS = (TRUSTED_ADVISOR_SKILLS,)
