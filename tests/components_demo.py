"""A demo data module and page for the component engine's build and browser tests.

The tests copy the project, add this module as `macros/content/data/zz_engine_demo.py` and
add DEMO_PAGE to the nav, so they do not depend on the chapters' own data. It has
one of each kind and every worksheet field type, and places components at the top
level, inside an admonition and inside a content tab (both indented four spaces).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if (ROOT / "macros" / "content" / "model.py").exists() and str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from macros.content.model import (  # noqa: E402 - after the project root is on the path
    Assessment,
    Band,
    Checklist,
    ChecklistItem,
    Column,
    Dimension,
    Field,
    Scale,
    Statement,
    ToolMeta,
    Worksheet,
)

DEMO_META = ToolMeta(("first-meeting", "review"), 15, ("alone", "client"), "A demo outcome <i>escaped</i>")

DEMO_CHECKLIST = Checklist(
    id="demo-checklist",
    meta=DEMO_META,
    title="Demo checklist <script>alert('x')</script>",
    intro="Tick what you did this week.",
    items=(
        ChecklistItem("called-owner", "Called the owner of the result", why="Owners decide; contacts relay."),
        ChecklistItem("sent-summary", "Sent a one-page summary <b>after</b> the meeting"),
        ChecklistItem("asked-feedback", "Asked how the work is landing"),
        ChecklistItem("kept-promise", "Kept one small promise on time"),
    ),
)

DEMO_WORKSHEET = Worksheet(
    id="demo-worksheet",
    meta=DEMO_META,
    title="Demo worksheet",
    intro="Every field type, once.",
    fields=(
        Field(
            "initiative", "Initiative", "short_text", guidance="Name it in a few words.", example="Ward rota redesign"
        ),
        Field(
            "story",
            "What happened",
            "long_text",
            guidance="Two or three sentences.",
            example="The sponsor moved.",
            lines=4,
        ),
        Field("sponsor-agrees", "Has the sponsor agreed?", "yes_no", guidance="Only a clear yes counts.", example="No"),
        Field(
            "cadence",
            "Update cadence",
            "choice",
            guidance="Pick one.",
            example="Weekly",
            options=("Weekly", "Every two weeks", "Monthly"),
        ),
        Field("budget", "Budget share", "number", guidance="Whole percent.", example="40", unit="%", min=0, max=100),
        Field("review-date", "Review date", "date", guidance="A real date.", example="2025-03-14"),
        Field(
            "people",
            "People involved",
            "table",
            guidance="One row per person.",
            example="Dana Ortiz, ward manager, owner: yes",
            rows=2,
            columns=(
                Column("name", "Name"),
                Column("role", "Role", "choice", options=("Owner", "Contact")),
                Column("notes", "Notes", "long_text"),
                Column("met", "Met?", "yes_no"),
            ),
        ),
    ),
)

DEMO_ASSESSMENT = Assessment(
    id="demo-assessment",
    meta=DEMO_META,
    title="Demo self-assessment",
    scale=Scale(1, 5, ("Never", "Rarely", "Sometimes", "Often", "Always")),
    dimensions=(
        Dimension(
            "access",
            "Access",
            statements=(
                Statement("reach-owner", "I can reach the owner."),
                Statement("invited", "I am invited early."),
            ),
            bands=(
                Band(2, 4, "Weak", "You are kept at arm's length.", "Ask a contact to introduce you."),
                Band(5, 7, "Growing", "You get in, but late.", "Offer a short briefing before decisions."),
                Band(8, 10, "Strong", "You are in the room.", "Use the access to raise a hard question."),
            ),
        ),
        Dimension(
            "trust",
            "Trust",
            statements=(Statement("keeps-word", "I keep my word."),),
            bands=(
                Band(1, 2, "Low", "Promises slip.", "Make one small promise and keep it."),
                Band(3, 5, "Solid", "People rely on you.", "Say no sooner."),
            ),
        ),
    ),
)

# Two more checklists, placed inside an admonition and a content tab.
DEMO_IN_ADMONITION = Checklist(
    id="demo-in-admonition",
    meta=DEMO_META,
    title="Checklist in an admonition",
    items=(ChecklistItem("first", "First *not emphasis*"), ChecklistItem("second", "Second")),
)
DEMO_IN_TAB = Checklist(
    id="demo-in-tab",
    meta=DEMO_META,
    title="Checklist in a tab",
    items=(ChecklistItem("one", "One"), ChecklistItem("two", "Two")),
)

COMPONENTS = (DEMO_CHECKLIST, DEMO_WORKSHEET, DEMO_ASSESSMENT, DEMO_IN_ADMONITION, DEMO_IN_TAB)

DEMO_PAGE_SRC = "engine-demo.md"
DEMO_PAGE = """---
description: Test page for the component engine.
---

# Engine demo

Some text before the tools.

{{ page_components() }}

## The tools

{{ checklist("demo-checklist") }}

{{ worksheet("demo-worksheet") }}

{{ assessment("demo-assessment") }}

!!! tip "Inside an admonition"

    Text before, inside the admonition.

    {{ checklist("demo-in-admonition") }}

    Text after, still inside the admonition.

=== "First tab"

    {{ checklist("demo-in-tab") }}

    Text after, inside the first tab.

=== "Second tab"

    Plain text in the second tab.

!!! say "Say this"

    "Before we plan the course, can we look at what the branch numbers need to show?"

!!! questions "Key questions"

    - What result should change, and who owns it?
    - What happens if nothing changes?

Text after everything.
"""


def add_demo(project: Path) -> Path:
    """Add the demo data module and page (in the nav, first) to a project copy."""
    shutil.copy(Path(__file__), project / "macros" / "content" / "data" / "zz_engine_demo.py")
    add_page(project, DEMO_PAGE_SRC, DEMO_PAGE, "Engine demo")
    return project


def add_page(project: Path, src: str, text: str, title: str) -> None:
    (project / "docs" / src).write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    yml = config.read_text(encoding="utf-8")
    m = re.search(r"^nav:\s*\n(?P<indent>[ \t]*)- ", yml, re.M)
    assert m, "mkdocs.yml has no nav list"
    at = m.start("indent")
    config.write_text(f"{yml[:at]}{m.group('indent')}- {title}: {src}\n{yml[at:]}", encoding="utf-8")


def build(project: Path, out: Path | None = None, site_url: str = "") -> subprocess.CompletedProcess[str]:
    """A strict build (for `site_url` when given: instant navigation needs the real address)."""
    from project import build as build_project  # tests/ puts scripts/ on the path (support.py)

    return build_project(project, out or project / "site", env={"SITE_URL": site_url} if site_url else None)


def demo_site(workdir: Path | None = None) -> tuple[Path, str]:
    """The project plus the demo, built once per test run (both workers; tests/shared_builds.py)
    and served from one loopback address. Returns (site directory, base URL).

    The site is built for that address (SITE_URL): Material's instant navigation only
    follows links under the site_url it was built for. `workdir` is not used any more
    (the run's shared folder holds the build)."""
    from project import copy_project  # see build() above
    from shared_builds import BuildFailedError, demo_url, shared_dir

    def make(site: Path) -> None:
        project = add_demo(copy_project(site.parent / "demo-project"))
        result = build(project, site, site_url=demo_url())
        if result.returncode != 0:
            raise BuildFailedError(f"demo build failed:\n{result.stdout}\n{result.stderr}")

    return shared_dir("demo", make), demo_url()
