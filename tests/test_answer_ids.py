"""Saved-answer ids are published contracts: every id in links/answer-ids.txt must still
be in the site's data, unless links/answer-renames.json maps it to a new id or to null
(retired on purpose). No build: the data is read directly (scripts/answer_ids.py)."""

from __future__ import annotations

from answer_ids import problems, read_renames, read_shipped, site_ids

NO_RENAMES = {"components": {}, "items": {}}


def test_no_shipped_answer_id_is_orphaned():
    shipped = read_shipped()
    assert len(shipped) > 100 and "act-assessment" in shipped  # the registry is read, not empty
    found = problems(shipped, site_ids(), read_renames())
    assert not found, "\n".join(found)


def test_every_id_the_data_has_is_listed_as_shipped():
    """New tools and items are recorded (`make answer-ids`) so that a later rename is caught."""
    missing = sorted(set(site_ids()) - set(read_shipped()))
    assert not missing, f"not in links/answer-ids.txt (run `make answer-ids`): {missing}"


def test_a_removed_or_renamed_id_fails_unless_the_rename_is_recorded():
    shipped = ["tool-a", "tool-a/one", "tool-a/two", "tool-b", "tool-b/x"]
    now = ["tool-a", "tool-a/one", "tool-c", "tool-c/x"]  # tool-a/two removed, tool-b renamed to tool-c
    found = problems(shipped, now, NO_RENAMES)
    assert len(found) == 3 and any("'tool-a/two'" in p for p in found) and any("'tool-b/x'" in p for p in found)

    recorded = {"components": {"tool-b": "tool-c"}, "items": {"tool-a/two": None}}
    assert problems(shipped, now, recorded) == []  # renamed tool carries its items; retired item
    assert any("'tool-b/x'" in p for p in problems(shipped, ["tool-a", "tool-a/one", "tool-c"], recorded))
    assert any(
        "does not have" in p
        for p in problems(shipped, now, {"components": {"tool-b": "tool-z"}, "items": {"tool-a/two": None}})
    )
