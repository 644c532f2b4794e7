"""Published section addresses keep resolving; a renamed heading is caught."""

from __future__ import annotations

import shutil

from changed_project import changed_site
from link_registry import broken, read_registry, sections


def test_every_published_address_resolves(site_dir):
    registry = read_registry()
    assert len(registry) > 50, "links/published.txt is missing or nearly empty: run `make links`"
    assert not broken(site_dir, registry), "\n".join(broken(site_dir, registry))


def test_every_current_section_is_published(site_dir):
    """New sections are free to add, but should be recorded before release."""
    missing = sorted(set(sections(site_dir)) - set(read_registry()))
    assert not missing, f"sections not yet in links/published.txt (run `make links`): {missing}"


def test_a_renamed_heading_breaks_its_published_address():
    # Not strict: a link between pages to the old anchor would stop a strict build first;
    # the registry must also catch sections that only outside slides and handouts link to.
    changed = changed_site()
    problems = broken(changed.site, read_registry())
    assert any(p.startswith(changed.renamed + ":") for p in problems), problems


def test_an_extra_anchor_keeps_a_renamed_heading_reachable():
    changed = changed_site()
    assert changed.renamed_kept != changed.renamed
    assert not broken(changed.site, [changed.renamed_kept])


def test_a_moved_page_with_a_redirect_keeps_its_addresses(tmp_path):
    changed = changed_site()
    assert (changed.site / "roles" / "consulting-roles" / "index.html").is_file(), "the page did not move"
    published = [a for a in read_registry() if a.startswith("/consulting-roles/")]
    assert published and not broken(changed.site, published)
    # without the redirect page, the same addresses break (on a copy: the build is shared)
    site = tmp_path / "site"
    shutil.copytree(changed.site, site)
    (site / "consulting-roles" / "index.html").unlink()
    assert broken(site, published)
