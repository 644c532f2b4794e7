"""The scoring rule of the self-assessments, once in Python. The browser applies the same
rule in overrides/assets/playbook/core/schema.js (C.score); the numbers it needs (which
statements are reverse-keyed, how many must be rated) come from this module through the
manifest (macros/render/manifest.py), and tests/js/scoring.test.js checks both give the
same scores on the same answers (tests/test_tool_quality.py writes the cases).

A dimension's score is the sum of its statements' ratings, a reverse-keyed rating counted
the other way round (scale.min + scale.max - rating). A statement answered "does not
apply" (NOT_APPLICABLE) is left out: the sum of the rated ones is scaled up to all the
statements (rounded half up), so a part keeps the same range and bands. A part gets a
score only when every statement has an answer and at least `needed` are rated."""

from __future__ import annotations

from collections.abc import Mapping

from .model import NOT_APPLICABLE, Band, Dimension, Scale

# At least three in five statements (two in three, three in four) must be rated: fewer, and
# one or two answers would stand for the whole part.
MIN_RATED = (3, 5)


def sum_range(dim: Dimension, scale: Scale) -> tuple[int, int]:
    """The lowest and highest possible score of `dim`."""
    n = len(dim.statements)
    return n * scale.min, n * scale.max


def needed(dim: Dimension) -> int:
    """How many of `dim`'s statements must be rated (not "does not apply") for a score."""
    num, den = MIN_RATED
    return max(1, -(-len(dim.statements) * num // den))


DEFAULT_SCALE = Scale()  # what an assessment rates on when it names no scale


def keyed(rating: int, reverse: bool, scale: Scale) -> int:
    return scale.min + scale.max - rating if reverse else rating


def score(dim: Dimension, ratings: Mapping[str, int | str], scale: Scale = DEFAULT_SCALE) -> int | None:
    """The score of `dim` (`ratings`: statement id -> rating or NOT_APPLICABLE), or None
    while a statement has no answer or fewer than `needed` are rated."""
    got = [(s, ratings.get(s.id)) for s in dim.statements]
    if any(v is None for _, v in got):
        return None
    rated = [keyed(v, s.reverse, scale) for s, v in got if v != NOT_APPLICABLE]  # type: ignore[arg-type]
    if len(rated) < needed(dim):
        return None
    n, total = len(dim.statements), sum(rated)
    return (2 * total * n + len(rated)) // (2 * len(rated))  # total * n / rated, half up


def band_for(dim: Dimension, total: int) -> Band | None:
    """The band that holds `total` (validation makes sure exactly one does)."""
    return next((b for b in dim.bands if b.min <= total <= b.max), None)
