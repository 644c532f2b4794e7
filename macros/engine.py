"""What the playbook reads from the engine that builds it, one accessor per fact.

MkDocs and ProperDocs hand mkdocs-macros a `Page` with a `File` (`page.file.src_path`)
and a `theme` object; Zensical's macros extension hands it a `Page` with `path` and `url`
only, and a plain dictionary for the theme. Everything in the playbook that reads a page
or the configuration goes through these functions, so that either engine works.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def src_path(page: Any) -> str:
    """The page's path below docs/, with forward slashes ("moments-of-truth/index.md")."""
    file = getattr(page, "file", None)
    path = file.src_path if file is not None else page.path
    return Path(path).as_posix()


def url(page: Any) -> str:
    """The page's URL relative to the site root ("ending-well/")."""
    return page.url


def source(page: Any, docs_dir: str) -> str:
    """The page's Markdown as written (before macros)."""
    return (Path(docs_dir) / src_path(page)).read_text(encoding="utf-8")


def custom_dir(conf: Any) -> str | None:
    """The theme's overrides folder (`theme.custom_dir` in mkdocs.yml), as an absolute path."""
    theme = conf.get("theme")  # a test's bare configuration has none
    folder = theme.get("custom_dir") if isinstance(theme, dict) else getattr(theme, "custom_dir", None)
    if folder is None:
        return None
    root = Path(conf.get("config_file_path") or Path(conf["docs_dir"]).parent / "mkdocs.yml").parent
    return str((root / folder).resolve())


def nav(conf: Any) -> list:
    """The navigation as mkdocs.yml writes it (`- Title: page.md`, `- Title: [...]`).
    MkDocs hands it on as written; Zensical as dictionaries of title, url and children,
    which this turns back."""

    def written(item: Any) -> Any:
        if not isinstance(item, dict) or "children" not in item:
            return item  # MkDocs: as written already
        if item["children"]:
            return {item["title"]: [written(child) for child in item["children"]]}
        return {item["title"]: item["url"]} if item["title"] is not None else item["url"]

    return [written(item) for item in conf.get("nav") or []]
