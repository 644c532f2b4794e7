"""Saved-answer ids are published contracts (links/README.md).

Readers' answers are stored in their browsers under a tool's id and its items' ids.
`links/answer-ids.txt` lists every id the site has ever shipped (`tool` and
`tool/item`); `links/answer-renames.json` maps an id that changed to its new id, or to
null when it was retired on purpose (the browser keeps and reports such answers):

    {"components": {"old-tool": "new-tool" or null},
     "items": {"tool/old-item": "tool/new-item" or null}}

    python scripts/answer_ids.py check    # every shipped id is in the data or mapped
    python scripts/answer_ids.py append   # add the ids the data has that are not listed yet
                                          # (`make answer-ids`)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "links" / "answer-ids.txt"
RENAMES = ROOT / "links" / "answer-renames.json"


def current_ids(components: Iterable) -> list[str]:
    """The ids the site's data stores answers under, in data order: `tool`, `tool/item`."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from macros.render.render import item_ids

    out = []
    for comp in components:
        out.append(comp.id)
        out += [f"{comp.id}/{item}" for item in item_ids(comp)]
    return out


def site_ids() -> list[str]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from macros.content.registry import Registry

    return current_ids(Registry.load().components.values())


def read_shipped(path: Path = SHIPPED) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def read_renames(path: Path = RENAMES) -> dict[str, dict[str, str | None]]:
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {"components": dict(data.get("components", {})), "items": dict(data.get("items", {}))}


def problems(
    shipped: Iterable[str], current: Iterable[str], renames: Mapping[str, Mapping[str, str | None]]
) -> list[str]:
    """Why a shipped id would orphan readers' answers, one line each; [] when none would.

    A shipped id is fine when the data still has it, when it (or, for an item, its tool)
    is mapped to null (retired on purpose), or when it is mapped to an id the data has.
    An item of a renamed tool follows the tool (`old/x` -> `new/x`) unless mapped itself."""
    now = set(current)
    components, items = renames.get("components", {}), renames.get("items", {})
    out = []
    for old, new in [*components.items(), *items.items()]:
        if new is not None and new not in now:
            out.append(f"answer-renames.json maps '{old}' to '{new}', which the data does not have")
    for sid in shipped:
        if sid in now:
            continue
        tool, _, item = sid.partition("/")
        if sid in items or sid in components:
            continue  # mapped (checked above)
        if item and tool in components:
            if components[tool] is None or f"{components[tool]}/{item}" in now:
                continue
            out.append(
                f"'{sid}': its tool is renamed to '{components[tool]}', which has no item '{item}'; "
                "map the item in answer-renames.json"
            )
            continue
        out.append(
            f"'{sid}' has shipped (links/answer-ids.txt) but the data no longer has it: readers' answers "
            "under it would be orphaned. Record the new id (or null to retire it) in links/answer-renames.json"
        )
    return out


def append(path: Path = SHIPPED) -> list[str]:
    """Add to `path` the current ids it does not list yet; return them."""
    listed = set(read_shipped(path))
    new = [i for i in site_ids() if i not in listed]
    if new:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        path.write_text(
            text + ("" if text.endswith("\n") or not text else "\n") + "\n".join(new) + "\n", encoding="utf-8"
        )
    return new


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "append":
        new = append()
        print(f"{len(new)} new id(s) added to {SHIPPED.relative_to(ROOT)}" + "".join(f"\n  {i}" for i in new))
        return 0
    if command == "check":
        found = problems(read_shipped(), site_ids(), read_renames())
        print("\n".join(found) or "every shipped saved-answer id is in the data or recorded as renamed/retired")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
