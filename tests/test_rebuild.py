"""Builds reuse work kept from the last build (macros/build_cache.py: compiled page and
tool templates, rendered tools, QR codes). A writer who edits a page, a tool's data, a
template or the site's address and builds again must see every edit, exactly as a
build from nothing would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support import DOCS, build, html_file, soup  # noqa: E402,I001
from macros.render.printing import page_url  # noqa: E402
from macros.content.registry import Registry  # noqa: E402
from macros.render.render import anchor  # noqa: E402


def _tool_page(project: Path) -> tuple[str, str, str, Path, str]:
    """A checklist's id, anchor and first item text, its page's Markdown file and URL."""
    registry = Registry.load(DOCS)
    cid = next(c for c in sorted(registry.usage) if registry.components[c].kind == "checklist")
    comp = registry.components[cid]
    src = registry.usage[cid]
    return cid, anchor(comp), comp.items[0].text, project / "docs" / src, page_url(src)


def _data_file_with(project: Path, text: str) -> Path:
    hits = [p for p in (project / "macros" / "content" / "data").glob("*.py") if text in p.read_text(encoding="utf-8")]
    assert len(hits) == 1, f"expected one data module with {text!r}, found {hits}"
    return hits[0]


def _build(project: Path, out: Path, cache: Path, url: str) -> None:
    result = build(project, out, env={"TMPDIR": str(cache), "SITE_URL": url})
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_rebuild_shows_every_edit_and_matches_a_build_from_nothing(project_copy, tmp_path):
    cid, tool_anchor, item, md, url_path = _tool_page(project_copy)
    warm, cold = tmp_path / "warm-cache", tmp_path / "cold-cache"
    warm.mkdir()
    cold.mkdir()
    one, two = "https://first.example/", "https://second.example/"

    _build(project_copy, tmp_path / "first", warm, one)
    kept = [p.name for p in warm.rglob("*")]
    assert any("cpp-qr" in n for n in kept) and any("cpp-tool" in n for n in kept), "nothing kept for the next build"

    # Edit the page's prose, one tool's data and the template every tool uses.
    md.write_text(md.read_text(encoding="utf-8") + "\nA sentence added between builds.\n", encoding="utf-8")
    data = _data_file_with(project_copy, item)
    data.write_text(data.read_text(encoding="utf-8").replace(item, "An item reworded between builds."), encoding="utf-8")
    parts = project_copy / "macros" / "render" / "templates" / "_parts.html"
    intro = '<p class="cpp-component__intro">'
    assert intro in parts.read_text(encoding="utf-8")
    parts.write_text(parts.read_text(encoding="utf-8").replace(intro, '<p class="cpp-component__intro" data-edited>'), encoding="utf-8")
    _build(project_copy, tmp_path / "second", warm, one)

    second = soup(html_file(tmp_path / "second", url_path))
    assert "A sentence added between builds." in second.get_text()
    tool = second.select_one(f"#{tool_anchor}[data-component='{cid}']")
    assert "An item reworded between builds." in tool.get_text()
    assert item not in tool.get_text()
    intros = [p for page in (tmp_path / "second").rglob("*.html") for p in soup(page).select(".cpp-component__intro")]
    assert len(intros) > 20 and all(p.has_attr("data-edited") for p in intros), "a tool kept its old template"

    # Then move the site: every printed footer and QR code gets the new address.
    _build(project_copy, tmp_path / "third", warm, two)
    _build(project_copy, tmp_path / "fresh", cold, two)
    third = soup(html_file(tmp_path / "third", url_path))
    footer_qr = f"[data-component='{cid}'] svg.cpp-sheet__qr"
    assert str(second.select_one(footer_qr)) != str(third.select_one(footer_qr)), "QR code of the old address"
    assert "second.example" in third.select_one(f"#{tool_anchor}").get_text(" ")

    # The rebuild equals a build from nothing, page by page.
    for page in sorted((tmp_path / "fresh").rglob("*.html")):
        rebuilt = tmp_path / "third" / page.relative_to(tmp_path / "fresh")
        assert rebuilt.read_bytes() == page.read_bytes(), f"{rebuilt} differs from a build from nothing"


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


def test_a_template_edited_under_mkdocs_serve_shows_on_the_next_rebuild(project_copy, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    intro = '<p class="cpp-component__intro">'
    result = subprocess.run(
        [sys.executable, "-c", SERVE_LIKE, str(project_copy), str(tmp_path / "site"), intro,
         '<p class="cpp-component__intro" data-edited>'],
        cwd=project_copy, capture_output=True, text=True, check=False,
        env={**os.environ, "TMPDIR": str(cache), "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    _, tool_anchor, _, _, url_path = _tool_page(project_copy)
    before = soup(html_file(tmp_path / "site-before", url_path)).select_one(f"#{tool_anchor}")
    after = soup(html_file(tmp_path / "site-after", url_path)).select_one(f"#{tool_anchor}")
    assert before.select_one(".cpp-component__intro[data-edited]") is None
    assert after.select_one(".cpp-component__intro[data-edited]") is not None, "the rebuild kept the old template"
