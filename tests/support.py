"""Helpers shared by the tests: building the site, finding its pages, parsing HTML."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT / "scripts"))  # project commands the tests exercise

# What a copy of the project needs in order to build (tests that break things on purpose
# work on such a copy, never on the real tree).
PROJECT_PARTS = ("mkdocs.yml", "docs", "macros", "overrides")


def build(project: Path, out: Path, strict: bool = True) -> subprocess.CompletedProcess[str]:
    """Run a (strict) MkDocs build of `project` into `out`; return the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict" if strict else "--no-strict", "--clean", "-d", str(out)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def copy_project(dest: Path) -> Path:
    """Copy the buildable parts of the project into `dest` and return it."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=ignore)
        else:
            shutil.copy2(src, dest / part)
    return dest


def doc_pages() -> list[tuple[str, str]]:
    """Every Markdown page as (source path, URL path relative to the site root).

    Mirrors MkDocs' directory URLs: `a.md` -> `a/`, `a/index.md` -> `a/`, `index.md` -> ``.
    """
    pages = []
    for md in sorted(DOCS.rglob("*.md")):
        rel = md.relative_to(DOCS).as_posix()
        stem = rel[: -len(".md")]
        if stem == "index":
            url = ""
        elif stem.endswith("/index"):
            url = stem[: -len("index")]
        else:
            url = stem + "/"
        pages.append((rel, url))
    return pages


def html_file(site: Path, url_path: str) -> Path:
    return site / url_path / "index.html" if not url_path.endswith(".html") else site / url_path


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def content(page: BeautifulSoup):
    """The article body of a Material page (what the author wrote, without chrome)."""
    return page.select_one("article.md-content__inner")
