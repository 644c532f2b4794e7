"""Published section addresses keep resolving; a renamed heading is caught."""

from __future__ import annotations

import re

import pytest

from support import build
from link_registry import broken, read_registry, sections


def test_every_published_address_resolves(site_dir):
    registry = read_registry()
    assert len(registry) > 50, "links/published.txt is missing or nearly empty: run `make links`"
    assert not broken(site_dir, registry), "\n".join(broken(site_dir, registry))


def test_every_current_section_is_published(site_dir):
    """New sections are free to add, but should be recorded before release."""
    missing = sorted(set(sections(site_dir)) - set(read_registry()))
    assert not missing, f"sections not yet in links/published.txt (run `make links`): {missing}"


def _renamable(project):
    """A published section on a chapter page, with the Markdown heading that makes it."""
    for address in read_registry():
        page, _, anchor = address.partition("#")
        page = page.strip("/")
        if not anchor or not page:
            continue
        md = project / "docs" / (page + ".md")
        if not md.is_file():
            md = project / "docs" / page / "index.md"
        heading = re.compile(rf"^(#{{2,4}})\s+(.+?)\s*$", re.M)
        for m in heading.finditer(md.read_text(encoding="utf-8")):
            slug = re.sub(r"[^\w\s-]", "", m.group(2).lower()).strip().replace(" ", "-")
            if slug == anchor and "{" not in m.group(2):
                return address, md, m
    pytest.fail("no published section with a plain Markdown heading to rename")


@pytest.mark.build
def test_a_renamed_heading_breaks_its_published_address(project_copy, tmp_path):
    address, md, m = _renamable(project_copy)
    text = md.read_text(encoding="utf-8")
    md.write_text(text[: m.start()] + f"{m.group(1)} Renamed for this test" + text[m.end() :], encoding="utf-8")
    # Not strict: a link between pages to the old anchor would stop a strict build first;
    # the registry must also catch sections that only outside slides and handouts link to.
    result = build(project_copy, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    problems = broken(tmp_path / "site", read_registry())
    assert any(p.startswith(address + ":") for p in problems), problems


@pytest.mark.build
def test_an_extra_anchor_keeps_a_renamed_heading_reachable(project_copy, tmp_path):
    address, md, m = _renamable(project_copy)
    anchor = address.partition("#")[2]
    text = md.read_text(encoding="utf-8")
    renamed = f'<a id="{anchor}"></a>\n\n{m.group(1)} Renamed for this test'
    md.write_text(text[: m.start()] + renamed + text[m.end() :], encoding="utf-8")
    assert build(project_copy, tmp_path / "site").returncode == 0
    assert not broken(tmp_path / "site", [address])


@pytest.mark.build
def test_a_moved_page_with_a_redirect_keeps_its_addresses(project_copy, tmp_path):
    old, new = "consulting-roles.md", "roles/consulting-roles.md"
    (project_copy / "docs" / "roles").mkdir()
    (project_copy / "docs" / old).rename(project_copy / "docs" / new)
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(f": {old}", f": {new}")
    text = text.replace("redirect_maps: {}", f"redirect_maps:\n        {old}: {new}")
    config.write_text(text, encoding="utf-8")
    # Relative links from and to the moved page change too; the build is not strict here.
    result = build(project_copy, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    published = [a for a in read_registry() if a.startswith("/consulting-roles/")]
    assert published and not broken(tmp_path / "site", published)
    without_redirect = tmp_path / "site" / "consulting-roles" / "index.html"
    without_redirect.unlink()
    assert broken(tmp_path / "site", published)
