"""macros/render/manifest.py: what the browser's scripts know about the tools (components.json)."""

from __future__ import annotations

import json

import pytest
from components_demo import COMPONENTS

from macros.render import manifest


def test_build_holds_kinds_items_scale_bands_and_renames():
    renames = {
        "components": {"old-tool": "demo-checklist", "gone": None},
        "items": {"demo-checklist/old": "demo-checklist/called-owner"},
    }
    m = manifest.build({c.id: c for c in COMPONENTS}, renames)
    tools = {t["id"]: t for t in m["tools"]}
    assert tools["demo-checklist"]["kind"] == "checklist" and tools["demo-checklist"]["items"][0] == {
        "id": "called-owner",
        "type": "tick",
    }
    table = next(i for i in tools["demo-worksheet"]["items"] if i["type"] == "table")
    assert table["columns"] == ["name", "role", "notes", "met"]
    act = tools["demo-assessment"]
    assert act["scale"] == {"min": 1, "max": 5}
    assert [d["id"] for d in act["dimensions"]] == ["access", "trust"]
    assert act["dimensions"][1]["bands"] == [
        {"min": 1, "max": 2, "label": "Low"},
        {"min": 3, "max": 5, "label": "Solid"},
    ]
    # each dimension's lowest and highest total, worked out once by scoring.py for the browser
    comp = next(c for c in COMPONENTS if c.id == "demo-assessment")
    assert [(d["min"], d["max"]) for d in act["dimensions"]] == [
        (len(d.statements) * comp.scale.min, len(d.statements) * comp.scale.max) for d in comp.dimensions
    ]
    assert m["renames"] == renames
    json.dumps(m)  # plain data only


def test_renames_file_is_checked(tmp_path):
    path = tmp_path / "answer-renames.json"
    path.write_text('{"components": {"a": "b", "c": null}, "items": {"t/x": "t/y", "t/z": null}}')
    assert manifest.load_renames(path) == {"components": {"a": "b", "c": None}, "items": {"t/x": "t/y", "t/z": None}}
    path.write_text('{"components": {"a": 3}, "items": {}}')
    with pytest.raises(ValueError, match="'components' must map old ids"):
        manifest.load_renames(path)
    path.write_text('{"components": {}, "items": {"no-slash": "t/y"}}')
    with pytest.raises(ValueError, match="item ids are written tool/item"):
        manifest.load_renames(path)
    assert manifest.load_renames() == json.loads(manifest.RENAMES.read_text())  # the project's own file is valid
