"""Validation of all content data, run once when the package loads.

`validate()` checks every component and glossary term and raises one `DataError`
that lists every problem found, each naming the component, the item and the field,
so that a writer can fix them all in one pass. It is a pure function of the data:
tests call it directly with objects they build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import (
    COLUMN_TYPES,
    FIELD_TYPES,
    MAX_MINUTES,
    MAX_OUTCOME,
    SITUATIONS,
    WITH_WHOM,
    Assessment,
    Checklist,
    GlossaryTerm,
    ToolMeta,
    Worksheet,
)
from .scoring import sum_range

# Stable kebab-case: lowercase letters and digits in hyphen-separated words, starting
# with a letter (ids become HTML ids and CSS-friendly selectors).
KEBAB = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class DataError(ValueError):
    """Content data is invalid. `problems` holds one message per problem."""

    def __init__(self, problems: Sequence[str], where: str = "the content data (macros/content/data/)"):
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in {where}:"
        super().__init__("\n".join([head, *(f"  - {p}" for p in self.problems)]))


@dataclass(frozen=True)
class Source:
    """A component together with the module it came from (for messages)."""

    module: str
    component: object


def _where(component_id: str, item: str | None = None, field: str | None = None) -> str:
    parts = [f"component '{component_id}'"]
    if item is not None:
        parts.append(f"item '{item}'")
    if field is not None:
        parts.append(f"field '{field}'")
    return ", ".join(parts)


class _Collector:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, cid: str, item: str | None, field: str | None, message: str) -> None:
        self.problems.append(f"{_where(cid, item, field)}: {message}")

    def text(self, cid: str, item: str | None, field: str, value: object) -> None:
        if not isinstance(value, str) or not value.strip():
            self.add(cid, item, field, "must not be empty")

    def ident(self, cid: str, item: str | None, field: str, value: object) -> bool:
        if not isinstance(value, str) or not KEBAB.match(value):
            self.add(cid, item, field, f"{value!r} is not a kebab-case id (like 'trust-builders')")
            return False
        return True

    def unique(self, cid: str, ids: Iterable[str], what: str, field: str = "id") -> None:
        seen: set[str] = set()
        for i in ids:
            if i in seen:
                self.add(cid, i, field, f"duplicate {what} id '{i}' (ids must be unique within the component)")
            seen.add(i)


def validate(sources: Sequence[Source], terms: Sequence[GlossaryTerm] = ()) -> None:
    """Check every component and term; raise `DataError` listing all problems."""
    c = _Collector()
    first_module: dict[str, str] = {}
    for src in sources:
        comp = src.component
        if not isinstance(comp, (Checklist, Worksheet, Assessment)):
            c.problems.append(
                f"module '{src.module}': COMPONENTS holds {type(comp).__name__!s} "
                f"{comp!r:.60}, not a Checklist, Worksheet or Assessment"
            )
            continue
        cid = comp.id
        c.ident(cid, None, "id", cid)
        if cid in first_module:
            c.add(
                cid,
                None,
                "id",
                f"duplicate component id (defined in module '{first_module[cid]}' "
                f"and in module '{src.module}'; ids must be unique across the site)",
            )
        else:
            first_module[cid] = src.module
        c.text(cid, None, "title", comp.title)
        _meta(c, cid, comp.meta)
        if isinstance(comp, Checklist):
            _checklist(c, comp)
        elif isinstance(comp, Worksheet):
            _worksheet(c, comp)
        else:
            _assessment(c, comp)
    _terms(c, terms)
    if c.problems:
        raise DataError(c.problems)


def _meta(c: _Collector, cid: str, meta: object) -> None:
    """Every tool says when it helps, how long it takes, with whom and what you end with:
    Find a tool, All tools and the line at the top of the tool are made from it."""
    if meta is None:
        c.add(cid, None, "meta", "missing: every tool needs meta=ToolMeta(situations, minutes, with_whom, outcome)")
        return
    if not isinstance(meta, ToolMeta):
        c.add(cid, None, "meta", f"must be a ToolMeta, not {type(meta).__name__}")
        return
    for name, value, known in (
        ("situations", meta.situations, SITUATIONS),
        ("with_whom", meta.with_whom, WITH_WHOM),
    ):
        if isinstance(value, str) or not isinstance(value, (tuple, list)) or not value:
            c.add(cid, None, f"meta.{name}", f"must be a non-empty tuple of ids from: {', '.join(known)}")
            continue
        for v in value:
            if v not in known:
                c.add(cid, None, f"meta.{name}", f"unknown id {v!r} (known: {', '.join(known)})")
        if len(set(value)) != len(value):
            c.add(cid, None, f"meta.{name}", "ids must not repeat")
    minutes = meta.minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
        c.add(cid, None, "meta.minutes", f"{minutes!r} is not a whole number of minutes from 1 to {MAX_MINUTES}")
    if not isinstance(meta.outcome, str) or not meta.outcome.strip():
        c.add(cid, None, "meta.outcome", "must not be empty")
    elif len(meta.outcome) > MAX_OUTCOME:
        c.add(
            cid, None, "meta.outcome", f"{len(meta.outcome)} characters; keep it to one line of at most {MAX_OUTCOME}"
        )


def _checklist(c: _Collector, comp: Checklist) -> None:
    cid = comp.id
    if not comp.items:
        c.add(cid, None, "items", "a checklist needs at least one item")
    for item in comp.items:
        c.ident(cid, item.id, "id", item.id)
        c.text(cid, item.id, "text", item.text)
    c.unique(cid, (i.id for i in comp.items), "item")


def _options(c: _Collector, cid: str, item: str, field: str, options: Sequence[str]) -> None:
    if not options:
        c.add(cid, item, field, "type 'choice' needs at least one option")
    for opt in options:
        if not isinstance(opt, str) or not opt.strip():
            c.add(cid, item, field, "an option must not be empty")
    if len(set(options)) != len(options):
        c.add(cid, item, field, "options must not repeat")


def _worksheet(c: _Collector, comp: Worksheet) -> None:
    cid = comp.id
    if not comp.fields:
        c.add(cid, None, "fields", "a worksheet needs at least one field")
    for f in comp.fields:
        c.ident(cid, f.id, "id", f.id)
        c.text(cid, f.id, "label", f.label)
        if f.type not in FIELD_TYPES:
            c.add(cid, f.id, "type", f"unknown field type {f.type!r} (known: {', '.join(FIELD_TYPES)})")
            continue
        if f.type == "choice":
            _options(c, cid, f.id, "options", f.options)
        elif f.options:
            c.add(cid, f.id, "options", f"options are only used by type 'choice', not {f.type!r}")
        if f.type == "table":
            if not f.columns:
                c.add(cid, f.id, "columns", "a table needs at least one column")
            if not isinstance(f.rows, int) or f.rows < 1:
                c.add(cid, f.id, "rows", "a table needs at least 1 row")
            for col in f.columns:
                where = f"{f.id}.{col.id}"
                c.ident(cid, where, "id", col.id)
                c.text(cid, where, "label", col.label)
                if col.type not in COLUMN_TYPES:
                    c.add(cid, where, "type", f"unknown column type {col.type!r} (known: {', '.join(COLUMN_TYPES)})")
                elif col.type == "choice":
                    _options(c, cid, where, "options", col.options)
                elif col.options:
                    c.add(cid, where, "options", f"options are only used by type 'choice', not {col.type!r}")
            c.unique(cid, (f"{f.id}.{col.id}" for col in f.columns), "column")
        elif f.columns:
            c.add(cid, f.id, "columns", f"columns are only used by type 'table', not {f.type!r}")
        if f.type == "long_text" and (not isinstance(f.lines, int) or f.lines < 1):
            c.add(cid, f.id, "lines", "a long text needs at least 1 write-in line")
        if f.type == "number" and f.min is not None and f.max is not None and f.min > f.max:
            c.add(cid, f.id, "min", f"min ({f.min}) is greater than max ({f.max})")
    c.unique(cid, (f.id for f in comp.fields), "field")


def _assessment(c: _Collector, comp: Assessment) -> None:
    cid = comp.id
    scale = comp.scale
    scale_ok = True
    if scale.min >= scale.max:
        c.add(cid, None, "scale", f"scale min ({scale.min}) must be below scale max ({scale.max})")
        scale_ok = False
    else:
        points = scale.max - scale.min + 1
        if len(scale.labels) != points:
            c.add(
                cid,
                None,
                "scale.labels",
                f"{len(scale.labels)} labels for a {scale.min}..{scale.max} scale of {points} points",
            )
        for label in scale.labels:
            if not isinstance(label, str) or not label.strip():
                c.add(cid, None, "scale.labels", "a scale label must not be empty")
    if not comp.dimensions:
        c.add(cid, None, "dimensions", "an assessment needs at least one dimension")

    for dim in comp.dimensions:
        c.ident(cid, dim.id, "id", dim.id)
        c.text(cid, dim.id, "title", dim.title)
        if not dim.statements:
            c.add(cid, dim.id, "statements", "a dimension needs at least one statement")
        for st in dim.statements:
            c.ident(cid, st.id, "id", st.id)
            c.text(cid, st.id, "text", st.text)
            if not isinstance(st.reverse, bool):
                c.add(cid, st.id, "reverse", "must be True or False")
            if st.client is not None:  # its wording for the client's view form
                c.ident(cid, st.id, "client.id", st.client.id)
                c.text(cid, st.id, "client.text", st.client.text)
        if scale_ok:
            _bands(c, cid, dim, scale)
    c.unique(cid, (d.id for d in comp.dimensions), "dimension")
    # Ratings are stored by statement id, so these are unique across the whole assessment.
    c.unique(cid, (s.id for d in comp.dimensions for s in d.statements), "statement")


def _bands(c: _Collector, cid: str, dim, scale) -> None:
    n = len(dim.statements)
    if not dim.bands:
        c.add(cid, dim.id, "bands", "a dimension needs score bands")
        return
    for i, b in enumerate(dim.bands):
        name = f"bands[{i}]"
        c.text(cid, dim.id, f"{name}.label", b.label)
        c.text(cid, dim.id, f"{name}.meaning", b.meaning)
        c.text(cid, dim.id, f"{name}.next_step", b.next_step)
        if b.min > b.max:
            c.add(cid, dim.id, name, f"band {b.min}-{b.max} has min greater than max")
    if n == 0:
        return
    smin, smax = sum_range(dim, scale)
    cover: dict[int, list[str]] = {s: [] for s in range(smin, smax + 1)}
    for b in dim.bands:
        for s in range(b.min, b.max + 1):
            if s in cover:
                cover[s].append(f"{b.min}-{b.max}")
        if b.min < smin or b.max > smax:
            c.add(
                cid,
                dim.id,
                "bands",
                f"band {b.min}-{b.max} reaches outside the possible sums {smin}-{smax} "
                f"({n} statements rated {scale.min}..{scale.max})",
            )
    gaps = _runs([s for s, bands in cover.items() if not bands])
    if gaps:
        c.add(cid, dim.id, "bands", f"no band covers the sum(s) {gaps} (possible sums {smin}-{smax})")
    overlaps = _runs([s for s, bands in cover.items() if len(bands) > 1])
    if overlaps:
        c.add(cid, dim.id, "bands", f"bands overlap at the sum(s) {overlaps}")


def _runs(values: list[int]) -> str:
    """[3, 4, 5, 9] -> '3-5, 9'."""
    out: list[list[int]] = []
    for v in values:
        if out and v == out[-1][1] + 1:
            out[-1][1] = v
        else:
            out.append([v, v])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in out)


def _terms(c: _Collector, terms: Sequence[GlossaryTerm]) -> None:
    seen: set[str] = set()
    for t in terms:
        if not isinstance(t, GlossaryTerm):
            c.problems.append(f"glossary: TERMS holds {type(t).__name__} {t!r:.60}, not a GlossaryTerm")
            continue
        where = f"glossary term '{t.id}'"
        if not isinstance(t.id, str) or not KEBAB.match(t.id):
            c.problems.append(f"{where}, field 'id': {t.id!r} is not a kebab-case id")
        if t.id in seen:
            c.problems.append(f"{where}, field 'id': duplicate term id")
        seen.add(t.id)
        for name in ("term", "definition"):
            value = getattr(t, name)
            if not isinstance(value, str) or not value.strip():
                c.problems.append(f"{where}, field '{name}': must not be empty")
