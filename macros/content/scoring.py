"""The scoring rule of the self-assessments, once in Python: a dimension's score is the
SUM of its statements' ratings, and its result is the band that holds that sum.
(The browser applies the same rule in overrides/assets/playbook/; the tests check that
both agree.) Used by validation, rendering and the tests."""

from __future__ import annotations

from collections.abc import Mapping

from .model import Band, Dimension, Scale


def sum_range(dim: Dimension, scale: Scale) -> tuple[int, int]:
    """The lowest and highest possible score of `dim`."""
    n = len(dim.statements)
    return n * scale.min, n * scale.max


def score(dim: Dimension, ratings: Mapping[str, int]) -> int:
    """The sum of the ratings of `dim`'s statements (`ratings`: statement id -> rating)."""
    return sum(ratings[s.id] for s in dim.statements)


def band_for(dim: Dimension, total: int) -> Band | None:
    """The band that holds `total` (validation makes sure exactly one does)."""
    return next((b for b in dim.bands if b.min <= total <= b.max), None)
