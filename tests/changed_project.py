"""One changed copy of the project, built once per run, for the tests that must see what
an author's edit does to the built site: a renamed heading, a renamed heading that keeps
its old anchor, a moved page with a redirect, a new heading, a renamed heading a workshop
format draws on, a page that links to a tool anchor that does not exist, a chapter page
without a chapter card.

The edits touch different pages, so that each test reads its own effect. The build is not
strict, so that it runs to the end: the tests that expect a strict build to stop look for
their WARNING line (strict mode stops on any warning; the one end-to-end "bad data stops
the build" test, tests/test_unknown_id.py, shows that it does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from components_demo import add_page
from link_registry import read_registry
from shared_builds import BuildFailedError, shared_dir
from support import DOCS, build, copy_project  # first: puts scripts/ and the project on the path

from macros.content.registry import Registry
from macros.render.render import anchor

MOVED_FROM, MOVED_TO = "consulting-roles.md", "roles/consulting-roles.md"
AGENDA_PAGE, AGENDA_HEADING, AGENDA_RENAMED = "trusted-advisor.md", "## The six skills", "## Six skills to build"
NEW_HEADING_PAGE, NEW_HEADING_BEFORE = "why-partnership.md", "## Put it to work"
NEW_HEADINGS = "## A heading added by a test\n\nText.\n\n### And one below it\n\nMore.\n\n"
TOOL_LINKS_PAGE = "tool-links.md"
CARDLESS_PAGE = "new-chapter.md"  # asks for a chapter card that the data does not have
BAD_TOOL_ANCHOR = "checklist-no-such-tool"
TAKEN = {MOVED_FROM, AGENDA_PAGE, NEW_HEADING_PAGE}  # pages the other edits change


@dataclass(frozen=True)
class Changed:
    site: Path
    output: str  # the build's stdout and stderr
    renamed: str  # a published address whose heading was renamed
    renamed_kept: str  # one whose heading was renamed under an <a id> with the old anchor
    good_tool_link: str  # page.md#anchor of a real tool, linked from TOOL_LINKS_PAGE


def _renamable(project: Path, skip: set[str]) -> list[tuple[str, Path, re.Match]]:
    """Published sections on chapter pages, with the Markdown heading that makes each,
    one per page, on pages no other edit touches."""
    found, pages = [], set(skip)
    heading = re.compile(r"^(#{2,4})\s+(.+?)\s*$", re.M)
    for address in read_registry():
        page, _, anchor = address.partition("#")
        page = page.strip("/")
        if not anchor or not page:
            continue
        md = project / "docs" / (page + ".md")
        if not md.is_file():
            md = project / "docs" / page / "index.md"
        source = md.relative_to(project / "docs").as_posix()
        if source in pages or not md.is_file():
            continue
        for m in heading.finditer(md.read_text(encoding="utf-8")):
            slug = re.sub(r"[^\w\s-]", "", m.group(2).lower()).strip().replace(" ", "-")
            if slug == anchor and "{" not in m.group(2):
                found.append((address, md, m))
                pages.add(source)
                break
    return found


def _edit(md: Path, old: str, new: str) -> None:
    text = md.read_text(encoding="utf-8")
    assert old in text, f"{md.name} no longer has {old!r}: update tests/changed_project.py"
    md.write_text(text.replace(old, new, 1), encoding="utf-8")


def _change(project: Path) -> tuple[str, str, str]:
    (renamed, md_a, m_a), (kept, md_b, m_b) = _renamable(project, TAKEN)[:2]
    _edit(md_a, m_a.group(0), f"{m_a.group(1)} Renamed for this test")
    _edit(md_b, m_b.group(0), f'<a id="{kept.partition("#")[2]}"></a>\n\n{m_b.group(1)} Renamed for this test too')
    # a moved page, its old address kept by the redirects plugin
    (project / "docs" / "roles").mkdir()
    (project / "docs" / MOVED_FROM).rename(project / "docs" / MOVED_TO)
    config = project / "mkdocs.yml"
    _edit(config, f": {MOVED_FROM}", f": {MOVED_TO}")
    _edit(config, "redirect_maps: {}", f"redirect_maps:\n        {MOVED_FROM}: {MOVED_TO}")
    _edit(project / "docs" / NEW_HEADING_PAGE, NEW_HEADING_BEFORE, NEW_HEADINGS + NEW_HEADING_BEFORE)
    _edit(project / "docs" / AGENDA_PAGE, AGENDA_HEADING, AGENDA_RENAMED)
    # a page linking to a real tool's anchor and to one that does not exist
    registry = Registry.load(DOCS)
    cid, page = next((c, p) for c, p in sorted(registry.usage.items()) if p not in TAKEN)
    good = f"{page}#{anchor(registry.components[cid])}"
    text = f"---\ndescription: Links to tools.\n---\n\n# Links\n\n[Real tool]({good}) and [typo]({page}#{BAD_TOOL_ANCHOR}).\n"
    add_page(project, TOOL_LINKS_PAGE, text, "Tool links")
    add_page(project, CARDLESS_PAGE, "---\ndescription: x\n---\n\n# New chapter\n\n{{ chapter_card() }}\n", "New")
    return renamed, kept, good


def changed_site() -> Changed:
    """The changed project's build (once per run; see tests/shared_builds.py)."""

    def make(out: Path) -> None:
        project = copy_project(out.parent / "changed-project")
        facts = _change(project)
        result = build(project, out / "site", strict=False)
        (out / "output.txt").write_text(result.stdout + result.stderr, encoding="utf-8")
        (out / "facts.txt").write_text("\n".join(facts), encoding="utf-8")
        if result.returncode != 0:
            raise BuildFailedError(f"the changed project did not build:\n{result.stdout}\n{result.stderr}")

    out = shared_dir("changed", make)
    renamed, kept, good = (out / "facts.txt").read_text(encoding="utf-8").splitlines()
    return Changed(out / "site", (out / "output.txt").read_text(encoding="utf-8"), renamed, kept, good)
