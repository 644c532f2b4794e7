"""Every Material partial the theme overrides (overrides/partials/) is Material's own,
as installed, with only its documented change. When Material changes one of them, this
test names the partial: look at Material's new version and fork it again.

No build, no browser: the partials are read from disk."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

OURS = Path(__file__).resolve().parents[1] / "overrides" / "partials"
MATERIAL = Path(material.__file__).parent / "templates" / "partials"

# The one change each fork makes, as (Material's text, ours). Each must occur exactly once.
FORKS = {
    # The workspace switcher; Material's header has no block to add to.
    "header.html": [
        (
            "    {% if config.extra.alternate %}\n",
            '    {% include "partials/workspaces.html" %}\n    {% if config.extra.alternate %}\n',
        )
    ],
    # Our toggle (assets/playbook/palette.js) instead of Material's palette component.
    "palette.html": [('data-md-component="palette">', "data-cpp-palette>")],
    # The search dialog gets a name.
    "search.html": [('role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">')],
    # A section label that takes no focus gets no tabindex, not an empty (invalid) one.
    "nav-item.html": [
        (
            f'<label class="md-nav__link{c}" for="{{{{ path }}}}" id="{{{{ path }}}}_label" tabindex="{{{{ tabindex }}}}">',
            f'<label class="md-nav__link{c}" for="{{{{ path }}}}" id="{{{{ path }}}}_label"'
            '{% if tabindex %} tabindex="{{ tabindex }}"{% endif %}>',
        )
        for c in ("", " {{ class }}")
    ],
    # On a section's index page the nav has no __toc checkbox: the label names none.
    "toc.html": [
        (
            '<label class="md-nav__title" for="__toc">',
            '<label class="md-nav__title"{% if not ("navigation.indexes" in features'
            ' and page.is_index and page.parent) %} for="__toc"{% endif %}>',
        )
    ],
}
# Material templates above partials/ that we fork (overrides/<name>), same rules.
TOP_FORKS = {
    # The drawer and search checkboxes lose autocomplete="off" (HTML allows it only on
    # text-like inputs); no block holds them.
    "base.html": [(f'id="__{n}" autocomplete="off">', f'id="__{n}">') for n in ("drawer", "search")],
}
# Replaced, not forked: ours applies the choice Material's palette code would have stored.
REPLACED = {"javascripts/palette.html"}
# Our own partials, not in Material.
OWN = {"workspaces.html"}

_LEADING_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.S)


def _body(path: Path) -> str:
    """The template without its leading comment (Material's "generated" note, our why)."""
    return _LEADING_COMMENT.sub("", path.read_text(encoding="utf-8"), count=1)


def test_every_file_in_overrides_partials_is_accounted_for():
    found = {p.relative_to(OURS).as_posix() for p in OURS.rglob("*.html")}
    assert found == set(FORKS) | REPLACED | OWN
    top = {p.name for p in OURS.parent.glob("*.html")} - {"main.html", "404.html"}
    assert top == set(TOP_FORKS), "a Material template in overrides/ without a drift check"


@pytest.mark.parametrize("name", sorted(FORKS) + [f"../{n}" for n in sorted(TOP_FORKS)])
def test_a_forked_partial_is_materials_with_only_its_documented_change(name):
    material_text, ours = _body(MATERIAL / name), _body(OURS / name)
    expected = material_text
    for before, after in FORKS.get(name) or TOP_FORKS[name.removeprefix("../")]:
        assert material_text.count(before) == 1, f"Material's {name} changed where our fork edits it: {before!r}"
        expected = expected.replace(before, after)
    assert ours == expected, f"overrides/partials/{name} differs from Material's beyond its documented change"


def test_the_palette_record_is_still_where_and_how_material_keeps_it():
    """Our header script (partials/javascripts/palette.html) and toggle read and write
    Material's "__palette" record ({index, color}) under the site's path, in plain
    localStorage. If Material moves the record or changes its shape, this fails."""
    base = (MATERIAL / "javascripts" / "base.html").read_text(encoding="utf-8")
    assert '__md_scope=new URL("{{ config.extra.scope | d(base_url) }}",location)' in base
    assert '_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))' in base
    theirs = (MATERIAL / "javascripts" / "palette.html").read_text(encoding="utf-8")
    assert '__md_get("__palette")' in theirs and "palette.color" in theirs
    ours = (OURS / "javascripts" / "palette.html").read_text(encoding="utf-8")
    assert 'new URL("{{ config.extra.scope | d(base_url) }}",location).pathname+".__palette"' in ours
    assert "__md_" not in ours, "no private Material API"
    toggle = (OURS.parent / "assets" / "playbook" / "palette.js").read_text(encoding="utf-8")
    assert "__md_" not in toggle and "cppPalette.key" in toggle


# MkDocs' own sitemap.xml, as 1.6 ships it: overrides/sitemap.xml is forked from it (it
# leaves out pages whose front matter says `sitemap: false` and also reads Zensical's pages).
MKDOCS_SITEMAP_SHA256 = "0950766d642ac999c74b68150a39a961a5103bda5e2d9d7747f4c06522c11b18"


def test_mkdocs_sitemap_is_the_one_ours_was_forked_from():
    import hashlib

    import mkdocs

    theirs = Path(mkdocs.__file__).parent / "templates" / "sitemap.xml"
    assert hashlib.sha256(theirs.read_bytes()).hexdigest() == MKDOCS_SITEMAP_SHA256, (
        "MkDocs changed its sitemap.xml: fork overrides/sitemap.xml again from it, then update the hash"
    )
