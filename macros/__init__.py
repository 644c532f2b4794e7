"""mkdocs-macros entry point: wires the registry and the renderers to the macros.

Pages call `{{ checklist("id") }}`, `{{ worksheet("id") }}`, `{{ assessment("id") }}`,
`{{ component_index() }}`, `{{ glossary() }}` and `{{ page_components() }}`.
The work happens in registry.py (data, lookup, page scan), validate.py and
render.py (templates/); this module only connects them.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import render
from .glossary_marks import GlossaryMarksExtension
from .rawblock import RawBlockExtension, wrap
from .registry import Registry
from .validate import DataError

_state: dict[str, Registry] = {}


def _page(env) -> str:
    page = getattr(env, "page", None)
    return page.file.src_path if page is not None else "?"


def define_env(env) -> None:
    try:
        registry = Registry.load(env.conf["docs_dir"])
    except DataError as exc:  # PluginError: MkDocs prints the message and stops, no traceback
        raise PluginError(str(exc)) from exc
    _state["registry"] = registry
    env.conf["markdown_extensions"].append(RawBlockExtension())
    env.conf["markdown_extensions"].append(GlossaryMarksExtension())

    def component(kind: str):
        def macro(id: str, level: int = 3) -> str:  # noqa: A002 - pages write id=...
            return wrap(render.render_component(registry.get(id, kind, _page(env)), level))

        macro.__name__ = kind
        macro.__doc__ = f'Render the {kind} with this id: {{{{ {kind}("id") }}}}.'
        return macro

    for kind in ("checklist", "worksheet", "assessment"):
        env.macro(component(kind), kind)

    @env.macro
    def component_index(level: int = 2) -> str:
        """Every component by kind, each linking to its page, plus export/import."""
        index = render.render_index(
            registry.components.values(), registry.usage, registry.page_titles, _page(env), level
        )
        return wrap(render.render_answers_panel()) + "\n\n" + index

    @env.macro
    def glossary(level: int = 2) -> str:
        """The terms of macros/data/glossary.py: a heading per letter (in the page's table
        of contents), each over a definition list with an anchor per term id."""
        return "\n\n".join(
            f"{'#' * level} {letter}\n\n{wrap(render.render_glossary(terms))}"
            for letter, terms in render.glossary_by_letter(registry.terms)
        )

    @env.macro
    def page_components() -> str:
        """A short list of the components this page uses, linking to each."""
        return wrap(render.render_page_components(registry.on_page(_page(env))))


def on_post_page_macros(env) -> None:
    """Glossary terms become hover/tap definitions (abbr) on every page but the glossary."""
    registry = _state.get("registry")
    if registry is None or not registry.terms or _page(env) in registry.glossary_pages:
        return
    env.markdown = env.markdown.rstrip("\n") + "\n\n" + render.abbreviations(registry.terms) + "\n"


def on_post_build(env) -> None:
    """components.json: every component id and its item ids, so that an import can tell
    which answers belong to tools this site no longer has."""
    registry = _state.get("registry")
    if registry is None:
        return
    manifest = {cid: render.item_ids(comp) for cid, comp in registry.components.items()}
    out = Path(env.conf["site_dir"], "assets", "playbook", "components.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(manifest, separators=(",", ":")), encoding="utf-8")
