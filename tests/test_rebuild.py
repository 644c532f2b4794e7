"""`mkdocs serve` rebuilds in one process, and the playbook keeps rendered tools in memory
for the length of one build (render.new_build). A writer who edits a template and saves
must see the edit on the next rebuild, exactly as a build from nothing would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support import DOCS, html_file, soup  # noqa: I001
from macros.render.urls import page_url
from macros.content.registry import Registry
from macros.render.render import anchor


def _tool_page(project: Path) -> tuple[str, str, str, Path, str]:
    """A checklist's id, anchor and first item text, its page's Markdown file and URL."""
    registry = Registry.load(DOCS)
    cid = next(c for c in sorted(registry.usage) if registry.components[c].kind == "checklist")
    comp = registry.components[cid]
    src = registry.usage[cid]
    return cid, anchor(comp), comp.items[0].text, project / "docs" / src, page_url(src)


# `mkdocs serve` rebuilds in one process: the config and the plugins are loaded afresh,
# the `macros` package stays imported. This script does the same: two builds, with a
# template edited in between.
SERVE_LIKE = """
import pathlib, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config

project, out = pathlib.Path(sys.argv[1]), sys.argv[2]
build(load_config(str(project / "mkdocs.yml"), site_dir=out + "-before"))
parts = project / "macros" / "render" / "templates" / "_parts.html"
parts.write_text(parts.read_text(encoding="utf-8").replace(sys.argv[3], sys.argv[4]), encoding="utf-8")
build(load_config(str(project / "mkdocs.yml"), site_dir=out + "-after"))
"""


@pytest.mark.build
def test_a_template_edited_under_mkdocs_serve_shows_on_the_next_rebuild(project_copy, tmp_path):
    intro = '<p class="cpp-component__intro">'
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            SERVE_LIKE,
            str(project_copy),
            str(tmp_path / "site"),
            intro,
            '<p class="cpp-component__intro" data-edited>',
        ],
        cwd=project_copy,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    _, tool_anchor, _, _, url_path = _tool_page(project_copy)
    before = soup(html_file(tmp_path / "site-before", url_path)).select_one(f"#{tool_anchor}")
    after = soup(html_file(tmp_path / "site-after", url_path)).select_one(f"#{tool_anchor}")
    assert before.select_one(".cpp-component__intro[data-edited]") is None
    assert after.select_one(".cpp-component__intro[data-edited]") is not None, "the rebuild kept the old template"
