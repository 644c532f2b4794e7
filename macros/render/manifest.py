"""components.json: what the browser needs to know about the tools, in one file.

A page does not carry all of it (render/bundle_assets.py): each tool on a page carries its
own entry (`entry`, the tool's `data-manifest` attribute), the bundled script carries the
renames alone (`without_tools`), and the pages that read every tool (My relationships, Room
results) load the whole as components.js, as does an import or a share, before reading a file.

Every browser script reads it (overrides/assets/playbook/core/schema.js `readManifest`):
which tools and items exist (so a saved answer can be checked and an import can say
what this site no longer asks), each item's kind of answer, the rating scale, each
dimension's statements and score bands (scoring happens once, in core/schema.js), and
the saved-answer renames of links/answer-renames.json, which the browser's migrations
apply to stored and imported answers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..content.model import NOT_APPLICABLE, Assessment, Checklist, Component, Worksheet
from ..content.scoring import needed, sum_range

RENAMES = Path(__file__).resolve().parents[2] / "links" / "answer-renames.json"
VERSION = 1


def load_renames(path: Path = RENAMES) -> dict[str, dict[str, str | None]]:
    """links/answer-renames.json, checked: {"components": {old: new|null}, "items":
    {"tool/old": "tool/new"|null}}."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    out: dict[str, dict[str, str | None]] = {}
    for part in ("components", "items"):
        table = data.get(part, {})
        if not isinstance(table, dict) or not all(isinstance(v, (str, type(None))) for v in table.values()):
            raise ValueError(f"{path.name}: '{part}' must map old ids to a new id or null")
        if part == "items" and any(
            k.count("/") != 1 or (v is not None and v.count("/") != 1) for k, v in table.items()
        ):
            raise ValueError(f"{path.name}: item ids are written tool/item")
        out[part] = dict(table)
    return out


def _items(comp: Component) -> list[dict[str, Any]]:
    if isinstance(comp, Checklist):
        return [{"id": i.id, "type": "tick"} for i in comp.items]
    if isinstance(comp, Worksheet):
        return [
            {"id": f.id, "type": f.type} | ({"columns": [c.id for c in f.columns]} if f.type == "table" else {})
            for f in comp.fields
        ]
    return [{"id": s.id, "type": "rating"} for d in comp.dimensions for s in d.statements]


def _tool(comp: Component) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": comp.id, "kind": comp.kind, "title": comp.title, "items": _items(comp)}
    if getattr(comp, "na_label", ""):  # the value a "does not apply" / "did not arise" answer is stored as
        entry["na"] = NOT_APPLICABLE
    if isinstance(comp, Assessment):
        entry["scale"] = {"min": comp.scale.min, "max": comp.scale.max}
        entry["dimensions"] = [
            {
                "id": d.id,
                "title": d.title,
                "need": needed(d),
                # the lowest and highest total, for the browser's meters and checks
                # (core/schema.js reads them; scoring.py is the one place they are worked out)
                "min": sum_range(d, comp.scale)[0],
                "max": sum_range(d, comp.scale)[1],
                "statements": [{"id": s.id} | ({"reverse": True} if s.reverse else {}) for s in d.statements],
                "bands": [{"min": b.min, "max": b.max, "label": b.label} for b in d.bands],
            }
            for d in comp.dimensions
        ]
    return entry


def entry(comp: Component) -> dict[str, Any]:
    """One tool's entry, for its `data-manifest` attribute."""
    return _tool(comp)


def without_tools(manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest with no tools: its version and renames, which every page needs."""
    return {**manifest, "tools": []}


def build(registry: Any, renames: dict[str, dict[str, str | None]]) -> dict[str, Any]:
    """The manifest of every tool of `registry` (a Registry, or a mapping id -> tool)."""
    components = getattr(registry, "components", registry)
    return {
        "version": VERSION,
        "tools": [_tool(comp) for comp in components.values()],
        "renames": {"components": dict(renames.get("components", {})), "items": dict(renames.get("items", {}))},
    }


def write(registry: Any, site_dir: str | Path) -> Path:
    """Build the manifest and write assets/playbook/components.json under site_dir."""
    out = Path(site_dir, "assets", "playbook", "components.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(build(registry, load_renames()), ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    return out
