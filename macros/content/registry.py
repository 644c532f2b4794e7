"""The registry: every component and glossary term, validated once, looked up by id.

Data modules are discovered, never listed: every module in `macros/content/data/` that
exposes `COMPONENTS` (and `glossary.py`, which exposes `TERMS`) is loaded in
sorted order. The Markdown pages are scanned once for macro calls, so that the
registry knows which page holds each component before any page is rendered (the
generated index can then link to pages that come later in the nav). Calls are found
with Jinja's own parser (`macro_calls`), as mkdocs-macros will read them.
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
import re
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from jinja2 import Environment, TemplateSyntaxError, nodes
from mkdocs.utils.meta import get_data as page_meta

from .model import KINDS, Component, GlossaryTerm
from .validate import DataError, Source, validate

DATA_PACKAGE = "macros.content.data"
WHERE_IDS_LIVE = "the `id` of each entry of COMPONENTS in the modules of macros/content/data/"

SCANNED = (*KINDS, "glossary", "agenda")
H1 = re.compile(r"^#\s+(?P<t>.+?)\s*(?:\{[^}]*\})?\s*#*\s*$", re.M)


class UnknownComponentError(LookupError):
    """A page asks for a component id that no data module defines."""


@dataclass
class Registry:
    components: dict[str, Component] = field(default_factory=dict)
    terms: tuple[GlossaryTerm, ...] = ()
    # component id -> source path (relative to docs_dir) of the page that uses it
    usage: dict[str, str] = field(default_factory=dict)
    # source path -> page title, as MkDocs titles the page: its title in the nav config
    # (`use_nav_titles`), else front matter `title:`, else the first `# ` heading
    page_titles: dict[str, str] = field(default_factory=dict)
    # pages that call glossary()
    glossary_pages: set[str] = field(default_factory=set)
    # workshop format id -> source path of the (first) page that shows its run sheet (agenda())
    run_sheets: dict[str, str] = field(default_factory=dict)

    # --- loading ----------------------------------------------------------

    @classmethod
    def load(cls, docs_dir: str | Path | None = None, package: str = DATA_PACKAGE) -> Registry:
        sources, terms = discover(package)
        return cls.from_data(sources, terms, docs_dir)

    @classmethod
    def from_data(
        cls,
        sources: list[Source],
        terms: tuple[GlossaryTerm, ...] = (),
        docs_dir: str | Path | None = None,
    ) -> Registry:
        validate(sources, terms)
        reg = cls(components={s.component.id: s.component for s in sources}, terms=tuple(terms))
        if docs_dir is not None:
            reg.scan_pages(Path(docs_dir))
        return reg

    def use_nav_titles(self, nav: object) -> None:
        """Titles the nav config gives pages (`- Title: page.md`) win, as in MkDocs."""

        def walk(node: object) -> None:
            if isinstance(node, dict):
                for title, value in node.items():
                    if isinstance(value, str):
                        self.page_titles[value] = title
                    else:
                        walk(value)
            elif isinstance(node, (list, tuple)):
                for value in node:
                    walk(value)

        walk(nav)

    def scan_pages(self, docs_dir: Path) -> None:
        """Record which page calls which component (each component on one page only), the
        glossary and which workshop format's run sheet."""
        problems: list[str] = []
        for path in sorted(docs_dir.rglob("*.md")):
            src = path.relative_to(docs_dir).as_posix()
            text = path.read_text(encoding="utf-8")
            self.page_titles[src] = page_title(text, src)
            for macro, cid in macro_calls(text):
                if macro == "glossary":
                    self.glossary_pages.add(src)
                    continue
                if macro == "agenda":
                    if cid is not None:
                        self.run_sheets.setdefault(cid, src)
                    continue
                if cid is None or cid not in self.components:
                    continue  # reported with the page name when the page renders
                other = self.usage.get(cid)
                if other is None:
                    self.usage[cid] = src
                elif other == src:
                    problems.append(f"component '{cid}' is used twice on page '{src}'; use it once")
                else:
                    problems.append(
                        f"component '{cid}' is used on two pages, '{other}' and '{src}'; "
                        "each component belongs to one page"
                    )
        if problems:
            raise DataError(problems, "the pages (docs/)")

    # --- lookup -----------------------------------------------------------

    def get(self, cid: str, kind: str, page: str = "?") -> Component:
        comp = self.components.get(cid)
        if comp is not None and comp.kind == kind:
            return comp
        if comp is not None:
            raise UnknownComponentError(
                f"{kind}({cid!r}) on page '{page}': '{cid}' is a {comp.kind}, not a {kind}; "
                f"write {comp.kind}({cid!r}) instead"
            )
        same_kind = sorted(i for i, c in self.components.items() if c.kind == kind)
        close = difflib.get_close_matches(str(cid), same_kind, n=3, cutoff=0.5) or difflib.get_close_matches(
            str(cid), sorted(self.components), n=3, cutoff=0.5
        )
        hint = f"Did you mean {', '.join(repr(c) for c in close)}? " if close else ""
        known = ", ".join(same_kind) or "none"
        raise UnknownComponentError(
            f"unknown {kind} id {cid!r} on page '{page}'. {hint}Known {kind} ids: {known}. Ids are {WHERE_IDS_LIVE}."
        )

    def on_page(self, src: str) -> list[Component]:
        """The components a page uses, in the order they appear on it."""
        return [self.components[cid] for cid, page in self.usage.items() if page == src]


def macro_calls(markdown: str, names: tuple[str, ...] = SCANNED) -> list[tuple[str, str | None]]:
    """(macro, first argument or `id=`) of each call of the named macros in a page, in
    order, found by Jinja's own parser as mkdocs-macros will render the page: calls
    inside `{# #}` comments or `{% raw %}` blocks are not calls. A page Jinja cannot
    parse has none here; rendering it reports the error with the page's name."""
    try:
        tree = _JINJA.parse(markdown)
    except TemplateSyntaxError:
        return []
    calls = []
    for call in tree.find_all(nodes.Call):
        if not isinstance(call.node, nodes.Name) or call.node.name not in names:
            continue
        arg = call.args[0] if call.args else next((k.value for k in call.kwargs if k.key == "id"), None)
        cid = arg.value if isinstance(arg, nodes.Const) and isinstance(arg.value, str) else None
        calls.append((call.node.name, cid))
    return calls


_JINJA = Environment()  # mkdocs-macros' default delimiters; parsing only, nothing is rendered


def page_title(markdown: str, src: str) -> str:
    """A page's title as MkDocs gives it when the nav names none (`use_nav_titles` then
    overrides): the `title` of its meta-data, else its first heading, else its file name.

    MkDocs' own `Page.title` cannot be used: the macros need every page's title while
    the first page renders (links to pages later in the nav), but MkDocs reads a page only
    when it comes to it, after `define_env` has run. So the meta-data is read with MkDocs'
    own reader (mkdocs.utils.meta, as `Page.read_source` does), and only the heading,
    which MkDocs takes from the rendered HTML, is found here in the Markdown."""
    markdown, meta = page_meta(markdown)
    if isinstance(meta.get("title"), str):
        return meta["title"]
    h1 = H1.search(markdown)
    if h1:
        return h1.group("t")
    stem = src.rsplit("/", 1)[-1].removesuffix(".md")
    if stem == "index" and "/" in src:
        stem = src.rsplit("/", 2)[-2]
    return stem.replace("-", " ").capitalize()


def data_modules(package: str = DATA_PACKAGE, fresh: bool = False) -> tuple[list[tuple[str, ModuleType]], list[str]]:
    """Every data module of `package`, in sorted order, as (name, module), and a problem
    for each that could not be loaded. The one loader of the data: the registry asks for
    `fresh` modules (re-imported, so that `mkdocs serve` sees an edit), and the workshop
    formats and chapter cards then read the same modules."""
    pkg = importlib.import_module(package)
    loaded: list[tuple[str, ModuleType]] = []
    problems: list[str] = []
    for name in sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if not m.name.startswith("_")):
        full = f"{package}.{name}"
        try:
            if full in sys.modules:
                module = importlib.reload(sys.modules[full]) if fresh else sys.modules[full]
            else:
                module = importlib.import_module(full)
        except Exception as exc:  # a writer's syntax or import error: name the module
            last = traceback.extract_tb(exc.__traceback__)[-1:]
            at = f" (line {last[0].lineno})" if last else ""
            problems.append(f"module '{full}' could not be loaded{at}: {type(exc).__name__}: {exc}")
            continue
        loaded.append((full, module))
    return loaded, problems


def discover(package: str = DATA_PACKAGE) -> tuple[list[Source], tuple[GlossaryTerm, ...]]:
    """Import (or re-import, under `mkdocs serve`) every data module, in sorted order."""
    modules, problems = data_modules(package, fresh=True)
    sources: list[Source] = []
    terms: list[GlossaryTerm] = []
    for full, module in modules:
        comps = getattr(module, "COMPONENTS", None)
        module_terms = getattr(module, "TERMS", None)
        if comps is None and module_terms is None:
            # workshop formats (agenda.py) and chapter cards (chapters.py) load elsewhere; the
            # cast (cast.py) is read by the house-style tests
            if all(getattr(module, name, None) is None for name in ("AGENDAS", "CHAPTERS", "CAST")):
                problems.append(f"module '{full}' defines neither COMPONENTS nor TERMS (nor AGENDAS, CHAPTERS, CAST)")
            continue
        if comps is not None:
            if not isinstance(comps, (tuple, list)):
                problems.append(f"module '{full}': COMPONENTS must be a tuple, not {type(comps).__name__}")
            else:
                sources.extend(Source(full, c) for c in comps)
        if module_terms is not None:
            if not isinstance(module_terms, (tuple, list)):
                problems.append(f"module '{full}': TERMS must be a tuple, not {type(module_terms).__name__}")
            else:
                terms.extend(module_terms)
    if problems:
        raise DataError(problems)
    return sources, tuple(terms)
