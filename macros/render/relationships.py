"""The "My relationships" page (docs/my-relationships.md): its three blocks, and what its
script needs to know about the tools.

The reader's answers never reach the build: overrides/assets/playbook/workspaces.js reads
them in the browser. This module describes the tools for that script (titles, links,
item ids, each assessment's parts and score bands) and names the tools and columns the
overview reads, checking that they still exist so that a renamed id stops the build.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..content.model import Assessment, Component, Worksheet
from ..content.registry import Registry
from ..content.scoring import needed
from .render import anchor, environment, item_ids
from .urls import Site, href

ACT = "act-assessment"  # scores per dimension, and their history
ROLE = "role-self-assessment"  # each role's pull; the strongest is named, as a question to test
# The stakeholder map's table: the "Client or contact" column says which a person is;
# when it is empty, the three true-client tests decide (all yes: client; any no: contact).
MAP = {
    "component": "stakeholder-map",
    "field": "people",
    "verdict": "client-or-contact",
    "client": "Client",
    "shared": "Shared client",  # a true client who shares the result with another (joint sponsors)
    "contact": "Contact",
    "tests": ["owns-results", "authority", "chain"],
}
# The client's view: a client-facing form with the dimensions, statements (worded for the
# client) and scale of the practitioner's assessments it mirrors, so that the page can chart
# both views side by side (client-view.js). When they stop matching, the build stops.
CLIENT_VIEW = {"component": "client-view", "mirrors": ["act-assessment", "moments-of-truth-review"]}
PARTS = ("overview", "compare", "data", "client-view")


def check(components: Mapping[str, Component]) -> None:
    problems = []
    for cid in (ACT, ROLE):
        if not isinstance(components.get(cid), Assessment):
            problems.append(f"assessment '{cid}'")
    sheet = components.get(MAP["component"])
    field = next((f for f in sheet.fields if f.id == MAP["field"]), None) if isinstance(sheet, Worksheet) else None
    columns = {c.id: c for c in field.columns} if field is not None else {}
    verdict = columns.get(MAP["verdict"])
    if verdict is None or not {MAP["client"], MAP["shared"], MAP["contact"]} <= set(verdict.options):
        problems.append(
            f"column '{MAP['verdict']}' (options {MAP['client']}, {MAP['shared']}, {MAP['contact']}) "
            f"of {MAP['component']}: {MAP['field']}"
        )
    problems += [
        f"yes/no column '{t}' of {MAP['component']}: {MAP['field']}"
        for t in MAP["tests"]
        if getattr(columns.get(t), "type", None) != "yes_no"
    ]
    problems += _client_view_problems(components)
    if problems:
        raise ValueError(
            "the My relationships page reads tools that no longer exist: "
            + "; ".join(problems)
            + ". Update MAP, ACT or ROLE in macros/render/relationships.py."
        )


def _client_view_problems(components: Mapping[str, Component]) -> list[str]:
    """The client's view must mirror every dimension of the assessments it names: the same
    statements (their client wording, in order, keyed the same way) on the same scale, or
    the chart would pair unlike things."""
    view = components.get(CLIENT_VIEW["component"])
    mirrored = [components.get(cid) for cid in CLIENT_VIEW["mirrors"]]
    if not isinstance(view, Assessment) or not all(isinstance(m, Assessment) for m in mirrored):
        return [f"assessments '{CLIENT_VIEW['component']}' and " + ", ".join(f"'{m}'" for m in CLIENT_VIEW["mirrors"])]
    name, problems = CLIENT_VIEW["component"], []
    theirs = {d.id: d for d in view.dimensions}
    for m in mirrored:
        if m.scale != view.scale:  # type: ignore[union-attr]
            problems.append(
                f"the scale of {m.id} ({', '.join(m.scale.labels)}) differs from {name}'s "  # type: ignore[union-attr]
                f"({', '.join(view.scale.labels)})"
            )
        for d in m.dimensions:  # type: ignore[union-attr]
            want = [(s.client.id, s.reverse) if s.client else None for s in d.statements]
            got = theirs.pop(d.id, None)
            if got is None:
                problems.append(f"dimension '{d.id}' of {m.id}, missing from {name}")
            elif [(s.id, s.reverse) for s in got.statements] != want:
                problems.append(
                    f"dimension '{d.id}' of {name} does not ask the statements of {m.id} "
                    "(each needs its client wording, Statement.client)"
                )
    problems += [
        f"dimension '{d}' of {name} (no such dimension in " + ", ".join(CLIENT_VIEW["mirrors"]) + ")"
        for d in sorted(theirs)
    ]
    return problems


def page_data(
    components: Mapping[str, Component], usage: Mapping[str, str], links: Mapping[str, str], order: list[str]
) -> dict:
    """Every tool that is on a page, in nav order, as the page's script needs it.
    `links`: component id -> its address from the page being built."""
    check(components)

    def rank(comp: Component) -> int:
        return order.index(usage[comp.id]) if usage[comp.id] in order else len(order)

    tools = []
    for comp in sorted((c for c in components.values() if c.id in usage and c.id in links), key=rank):
        entry: dict[str, Any] = {
            "id": comp.id,
            "kind": comp.kind,
            "title": comp.title,
            "href": links[comp.id],
            "items": item_ids(comp),
        }
        if isinstance(comp, Assessment):
            lo, hi = comp.scale.min, comp.scale.max
            entry["scale"] = {"min": lo, "max": hi, "labels": list(comp.scale.labels)}
            entry["dims"] = [
                {
                    "id": d.id,
                    "title": d.title,
                    "min": len(d.statements) * lo,
                    "max": len(d.statements) * hi,
                    "items": [s.id for s in d.statements],
                    "reverse": [s.id for s in d.statements if s.reverse],
                    "need": needed(d),
                    "bands": [{"min": b.min, "max": b.max, "label": b.label, "next": b.next_step} for b in d.bands],
                }
                for d in comp.dimensions
            ]
        tools.append(entry)
    return {"act": ACT, "role": ROLE, "map": MAP, "view": CLIENT_VIEW, "tools": tools}


def render(part: str, registry: Registry, site: Site, here: str) -> str:
    """One block of the page: "overview" (with the tools' data), "compare", "data" or
    "client-view" (your ratings and your client's on one chart).
    `here`: the URL of the page being built, so that links to the tools are relative."""
    if part not in PARTS:
        raise ValueError(f"relationships({part!r}): the part must be one of {', '.join(PARTS)}")
    meta = ""
    if part == "overview":
        components, usage = registry.components, registry.usage
        links = {
            cid: href(src, here, anchor(components[cid]), site.use_directory_urls)
            for cid, src in usage.items()
            if cid in components
        }
        data = page_data(components, usage, links, site.nav)
        meta = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        environment()
        .get_template("relationships.html")
        .render(part=part, meta=meta, view_tool=CLIENT_VIEW["component"])
    )
