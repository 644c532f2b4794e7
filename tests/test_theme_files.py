"""The site ships the theme's files exactly as stock MkDocs would pick them, although
macros/theme_env.py lists them without walking hidden folders (Material's 14,000 icons)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support import build  # noqa: E402,I001
from macros.render.bundle_assets import BUNDLES, OWN_ASSETS  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from mkdocs.structure.files import Files  # noqa: E402


def _stock_theme_files(project: Path) -> set[str]:
    """What MkDocs' own theme environment lists for copying, without any hook."""
    config = load_config(str(project / "mkdocs.yml"))
    files = Files([])
    files.add_files_from_theme(type(config.theme).get_env(config.theme), config)
    return {f.dest_uri for f in files}


def test_theme_files_in_the_site_are_the_ones_stock_mkdocs_copies(project_copy, tmp_path):
    overrides = project_copy / "overrides"
    extra = {
        "extra/handout-logo.txt": True,  # a file a writer adds: shipped
        "extra/deeper/notes.txt": True,
        ".hidden/secret.txt": False,  # hidden folders and files: never shipped, as in MkDocs
        "extra/.cache/junk.txt": False,
        "extra/.dotfile": False,
    }
    for rel in extra:
        (overrides / rel).parent.mkdir(parents=True, exist_ok=True)
        (overrides / rel).write_text("x", encoding="utf-8")

    result = build(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path / "site"

    bundled = {f"{OWN_ASSETS.as_posix()}/{part}" for parts in BUNDLES.values() for part in parts}
    expected = _stock_theme_files(project_copy) - bundled
    assert len(expected) > 20 and any(p.startswith("assets/javascripts/bundle.") for p in expected)
    missing = sorted(p for p in expected if not (site / p).is_file())
    assert not missing, f"theme files stock MkDocs copies but the site lacks: {missing}"
    for rel, shipped in extra.items():
        assert (site / rel).is_file() == shipped, f"{rel}: expected {'shipped' if shipped else 'left out'}"
