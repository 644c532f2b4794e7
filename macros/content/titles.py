"""One capitalisation for page and tool names: Title Case (the five moments of truth
are proper names written that way). Headings inside pages and tools stay sentence case.

`title_case` is the rule; tests/test_titles.py holds every nav entry, page H1 and tool
title to it."""

from __future__ import annotations

# Lower case inside a title: articles, short conjunctions and prepositions of up to three
# letters (longer ones such as "With", "From", "Through" are capitalized, as in
# "Deal With the Unexpected").
MINOR_WORDS = frozenset("a an the and but or nor for as at by in of on per to via vs".split())

_OPENING = "\"'(“‘"
_CLOSING = ",.:;?!\"')”’"


def _cap(word: str) -> str:
    """First letter up, the rest as written (keeps "HR", "OD", "ACT")."""
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1 :]
    return word


def title_case(text: str) -> str:
    """`text` in Title Case: every word capitalized except MINOR_WORDS, which are lower
    case unless they open the title or a part after a colon, or end it. Each part of a
    hyphenated word follows the same rule ("Pair-of-Hands", "90-Minute")."""
    words = text.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        opens = i == 0 or out[-1].endswith(":")
        ends = i == len(words) - 1
        parts = word.split("-")
        for j, part in enumerate(parts):
            bare = part.strip(_OPENING).rstrip(_CLOSING).lower()
            free = (opens and j == 0) or (ends and j == len(parts) - 1)
            parts[j] = (bare and (part.lower() if bare in MINOR_WORDS and not free else _cap(part))) or part
        out.append("-".join(parts))
    return " ".join(out)
