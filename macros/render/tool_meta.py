"""The words readers see for a tool's metadata (model.ToolMeta), in one place.

The line at the top of every tool, All tools, Find a tool and the chapter cards all
describe a tool through `describe()`, so the same tool reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..content.model import MAX_MINUTES, SITUATION_HEADINGS, SITUATIONS, WITH_WHOM_LABELS, Component, ToolMeta


@dataclass(frozen=True)
class MetaView:
    when: str  # "A new request arrives; Before a first meeting"
    time: str  # "20 min"
    with_whom: str  # "on your own or with the client" (templates capitalize it where a line starts)
    outcome: str


def join_or(parts: list[str]) -> str:
    """['a'] -> 'a'; ['a', 'b'] -> 'a or b'; ['a', 'b', 'c'] -> 'a, b or c'."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]


def minutes(n: int) -> str:
    return f"{n} min"


def describe(meta: ToolMeta) -> MetaView:
    return MetaView(
        when="; ".join(SITUATION_HEADINGS[s] for s in meta.situations),
        time=minutes(meta.minutes),
        with_whom=join_or([WITH_WHOM_LABELS[w] for w in meta.with_whom]),
        outcome=meta.outcome,
    )


def by_situation(components: Iterable[Component]) -> list[tuple[str, str, list[Component]]]:
    """(situation id, heading, tools) in the fixed order of SITUATIONS; a tool appears
    under each of its situations, tools sorted by title; empty situations left out."""
    groups: Mapping[str, list[Component]] = {s: [] for s in SITUATIONS}
    for comp in components:
        for s in comp.meta.situations if comp.meta else ():
            groups[s].append(comp)
    return [
        (s, SITUATION_HEADINGS[s], sorted(tools, key=lambda c: c.title.casefold()))
        for s, tools in groups.items()
        if tools
    ]


def start_tool(tools: Iterable[Component]) -> Component:
    """The tool Find a tool suggests first for a situation: the quickest of its tools
    (then by title), so that a reader can begin before the meeting they are in."""
    return min(tools, key=lambda c: (c.meta.minutes if c.meta else MAX_MINUTES + 1, c.title.casefold()))
