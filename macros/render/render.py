"""Rendering: pure functions from typed data to HTML (or Markdown), via Jinja templates.

Nothing here knows about MkDocs. Text from the data is always escaped (the HTML
templates are autoescaped; the one Markdown template escapes Markdown syntax).
Ids in the output:
  - component anchor: `<kind>-<id>` (e.g. `checklist-trust-builders`)
  - controls: `cpp-<component>__<item>[__...]` (kebab ids never contain `__`)
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..content.model import (
    KIND_WORDS,
    KINDS,
    NOT_APPLICABLE,
    Assessment,
    Checklist,
    Column,
    Component,
    Field,
    GlossaryTerm,
    Worksheet,
)
from ..content.scoring import needed, sum_range
from .manifest import entry as manifest_entry
from .tool_meta import by_situation, describe, start_tool

TEMPLATES = Path(__file__).with_name("templates")
PLURAL = {kind: words.plural for kind, words in KIND_WORDS.items()}


def control_id(component_id: str, *parts: object) -> str:
    return "cpp-" + "__".join([component_id, *(str(p) for p in parts)])


def anchor(comp: Component) -> str:
    return f"{comp.kind}-{comp.id}"


def _choices(f: Field | Column) -> list[tuple[str, str]]:
    if f.type == "yes_no":
        return [("yes", "Yes"), ("no", "No")]
    return [(o, o) for o in f.options]


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!])")  # the characters Python-Markdown lets a backslash escape


def _md_escape(text: str) -> str:
    """Escape text for a Markdown line. `&`, `<` and `>` become entities: Python-Markdown
    does not take a backslash before `<`, so `\\<` would show the backslash."""
    text = " ".join(str(text).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals.update(control_id=control_id, choices=_choices, describe_meta=describe, manifest_entry=_live_entry)
    env.filters.update(num=_num, md=_md_escape)
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "separators": (",", ":")}  # tojson: compact attributes
    return env


def _live_entry(comp: Component, anchor_: str) -> dict | None:
    """The tool's components-manifest entry for its `data-manifest`, on the tool itself only:
    not on a print copy (a prefixed anchor; the print pack's copies are not live tools)."""
    return manifest_entry(comp) if anchor_ == anchor(comp) else None


def _heading_level(level: int) -> int:
    if not isinstance(level, int) or not 2 <= level <= 5:
        raise ValueError(f"heading level must be 2..5 (the dimension headings go one below), not {level!r}")
    return level


# --- components ----------------------------------------------------------------


@dataclass(frozen=True)
class _DimView:
    dimension: object
    min: int
    max: int
    ticks: tuple[str, ...]  # x positions (0..100) of the boundaries between bands


def new_build() -> None:
    """A build starts: under `mkdocs serve` this module stays loaded from one rebuild to
    the next while a writer edits the data or the templates, so forget the tools
    rendered by the last build (Jinja itself reloads an edited template)."""
    _render_component.cache_clear()


def render_component(comp: Component, level: int = 3, sheet: object = None, prefix: str = "") -> str:
    """The tool as HTML. `sheet`: the printed footer (printing.Sheet); `prefix`: put
    before every id and name and the anchor (the print pack's second copy)."""
    return _render_component(comp, _heading_level(level), sheet, prefix)


@cache  # per build (new_build): a tool is rendered on its page and in the print pack
def _render_component(comp: Component, level: int, sheet: object, prefix: str) -> str:
    def prefixed_control_id(component_id: str, *parts: object) -> str:
        return prefix + control_id(component_id, *parts)

    env = environment()
    common = {"c": comp, "anchor": prefix + anchor(comp), "level": level, "sheet": sheet}
    if prefix:
        common["control_id"] = prefixed_control_id
    common["na"] = NOT_APPLICABLE
    if isinstance(comp, Checklist):
        return env.get_template("checklist.html").render(**common)
    if isinstance(comp, Worksheet):
        return env.get_template("worksheet.html").render(**common)
    if isinstance(comp, Assessment):
        scale = comp.scale
        dims = []
        for d in comp.dimensions:
            lo, hi = sum_range(d, scale)
            span = (hi - lo) or 1
            ticks = tuple(f"{(b.min - lo) / span * 100:.2f}" for b in sorted(d.bands, key=lambda b: b.min)[1:])
            dims.append(_DimView(d, lo, hi, ticks))
        points = list(zip(range(scale.min, scale.max + 1), scale.labels, strict=True))
        counts = sorted({(needed(d), len(d.statements)) for d in comp.dimensions})
        return env.get_template("assessment.html").render(
            **common,
            need_words=" or ".join(f"{k} of {n}" for k, n in counts),
            # said only when true: every part's top band starts above all second-highest ratings
            strict_top=not comp.for_client
            and all(max(b.min for b in d.bands) > len(d.statements) * (scale.max - 1) for d in comp.dimensions),
            dims=dims,
            points=points,
            sublevel=level + 1,
            statements=sum(len(d.statements) for d in comp.dimensions),
        )
    raise TypeError(f"not a component: {comp!r}")


def item_ids(comp: Component) -> list[str]:
    """The ids answers are stored under, in page order."""
    if isinstance(comp, Checklist):
        return [i.id for i in comp.items]
    if isinstance(comp, Worksheet):
        return [f.id for f in comp.fields]
    return [s.id for d in comp.dimensions for s in d.statements]


def count_label(comp: Component) -> str:
    n = len(item_ids(comp))
    noun = KIND_WORDS[comp.kind].item
    return f"{n} {noun}{'s' if n != 1 else ''}"


# --- glossary -----------------------------------------------------------------


def render_glossary(terms: Iterable[GlossaryTerm]) -> str:
    """One definition list (HTML) of the terms, alphabetical."""
    ordered = sorted(terms, key=lambda t: t.term.casefold())
    return environment().get_template("glossary.html").render(terms=ordered)


def glossary_by_letter(terms: Iterable[GlossaryTerm]) -> list[tuple[str, list[GlossaryTerm]]]:
    groups: dict[str, list[GlossaryTerm]] = {}
    for t in sorted(terms, key=lambda t: t.term.casefold()):
        first = t.term.strip()[:1].upper()
        groups.setdefault(first if first.isalpha() else "#", []).append(t)
    return list(groups.items())


_ABBR_TERM_BAD = re.compile(r"[\[\]\\\n\r]")


def abbreviations(terms: Iterable[GlossaryTerm], within: str | None = None) -> str:
    """Markdown abbreviation definitions (`*[term]: definition`) for every term, or only
    for the terms that occur (in any case) in the text `within`.

    Brackets, backslashes and line breaks would end the definition early, so they
    are removed; a term starting with a lowercase letter is also defined with a
    capital, for the start of a sentence (abbr matches are case-sensitive). Each
    definition is a block of its own: Markdown re-reads a block of several definitions
    once per definition, and matches every definition against every text of the page,
    so unused ones cost time for nothing.
    """
    lines: list[str] = []
    seen: set[str] = set()
    text = within.casefold() if within is not None else None
    for t in terms:
        term = " ".join(_ABBR_TERM_BAD.sub(" ", t.term).split())
        definition = " ".join(t.definition.replace("\\", "/").split())
        if not term or not definition or (text is not None and term.casefold() not in text):
            continue
        for variant in (term, term[:1].upper() + term[1:]):
            if variant not in seen:
                seen.add(variant)
                lines.append(f"*[{variant}]: {definition}")
    return "\n\n".join(lines)


# --- index and page list ------------------------------------------------------


@dataclass(frozen=True)
class _IndexEntry:
    id: str
    title: str
    kind: str
    count: str
    href: str
    page_title: str
    items: tuple[str, ...]
    meta: object = None  # tool_meta.MetaView


def _md_href(comp: Component, usage: Mapping[str, str], current_page: str) -> str:
    """A relative .md link to the tool's anchor (MkDocs checks it), or "" if on no page."""
    page = usage.get(comp.id, "")
    if not page:
        return ""
    here = posixpath.dirname(current_page)
    target = "" if page == current_page else posixpath.relpath(page, here or ".")
    return f"{target}#{anchor(comp)}"


def _entry(comp: Component, usage: Mapping[str, str], page_titles: Mapping[str, str], current_page: str) -> _IndexEntry:
    page = usage.get(comp.id, "")
    return _IndexEntry(
        comp.id,
        comp.title,
        comp.kind,
        count_label(comp),
        _md_href(comp, usage, current_page),
        page_titles.get(page, "") if page else "",
        tuple(item_ids(comp)),
        describe(comp.meta) if comp.meta else None,
    )


def _tidy_md(md: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", md).strip() + "\n"


def render_index(
    components: Iterable[Component],
    usage: Mapping[str, str],
    page_titles: Mapping[str, str],
    current_page: str,
    level: int = 2,
) -> str:
    """Markdown: every component grouped by kind, linking to the page that holds it
    (relative .md links, so MkDocs checks each link and anchor)."""
    groups: dict[str, list[_IndexEntry]] = {k: [] for k in KINDS}
    for comp in components:
        groups[comp.kind].append(_entry(comp, usage, page_titles, current_page))
    for entries in groups.values():
        entries.sort(key=lambda e: e.title.casefold())
    md = (
        environment().get_template("component_index.md").render(groups=list(groups.items()), plural=PLURAL, level=level)
    )
    return _tidy_md(md)


def render_find_a_tool(
    components: Iterable[Component],
    usage: Mapping[str, str],
    page_titles: Mapping[str, str],
    current_page: str,
    level: int = 2,
) -> str:
    """Markdown: a jump list of the situations, then a heading per situation (anchor: the
    situation id), in the fixed order, listing every tool for it with its time, partners
    and outcome, the one to start with first (tool_meta.start_tool). Tools on no page
    are left out: there is nothing to link to yet."""
    level = _heading_level(level)
    on_pages = [c for c in components if usage.get(c.id)]
    groups = []
    for sid, heading, tools in by_situation(on_pages):
        first = start_tool(tools)
        ordered = [first] + [c for c in tools if c is not first]
        groups.append((sid, heading, [_entry(c, usage, page_titles, current_page) for c in ordered]))
    md = environment().get_template("find_a_tool.md").render(groups=groups, level=level)
    return _tidy_md(md)


def render_answers_panel() -> str:
    return environment().get_template("answers_panel.html").render()


def render_page_components(components: Sequence[Component]) -> str:
    if not components:
        return ""
    return environment().get_template("page_components.html").render(components=components)


__all__ = [
    "abbreviations",
    "anchor",
    "control_id",
    "item_ids",
    "render_answers_panel",
    "render_component",
    "render_find_a_tool",
    "render_glossary",
    "render_index",
    "render_page_components",
]
