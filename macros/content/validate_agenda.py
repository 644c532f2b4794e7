"""Validation of the workshop formats (AGENDAS in macros/content/data/).

Pure functions that tests call with objects they build:

- `validate_agendas()` runs when the package loads: shapes and ids, block minutes that
  add up to the stated length, activity types, well-formed sections, components that
  exist and sit on a page. It raises one `DataError` listing every problem: the build
  cannot render a run sheet from such data.
- `check_pages()` (at load) and `check_anchors()` (after the build: a section's #anchor
  is only known once its page has been rendered, so it is checked against the ids of the
  built page) return the references that do not resolve. agenda.py logs them as
  warnings, like MkDocs' own link checks: a strict build stops, while a lenient one (a
  test that moves a page behind a redirect, say) still finishes.

Every message names the format, the block and the field:
"agenda 'half-day', block 'stakeholder-map', field 'section': ...".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .model import ACTIVITY_TYPES, Agenda, Block
from .validate import KEBAB, DataError

WHERE = "the workshop agendas (AGENDAS in macros/content/data/)"
CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class AgendaSource:
    """An agenda together with the module it came from (for messages)."""

    module: str
    agenda: object


def parse_clock(value: str) -> int:
    """'09:30' -> 570 (minutes after midnight). Raises ValueError for anything else."""
    m = CLOCK.match(value) if isinstance(value, str) else None
    if not m:
        raise ValueError(f"{value!r} is not a 24-hour time like '09:00'")
    return int(m.group(1)) * 60 + int(m.group(2))


def split_section(section: str) -> tuple[str, str]:
    """'page.md#anchor' -> ('page.md', 'anchor'); no anchor -> ('page.md', '')."""
    page, _, anchor = section.partition("#")
    return page, anchor


def where(agenda: str, block: str | None = None, field: str | None = None) -> str:
    parts = [f"agenda '{agenda}'"]
    if block is not None:
        parts.append(f"block '{block}'")
    if field is not None:
        parts.append(f"field '{field}'")
    return ", ".join(parts)


def _hint(value: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, sorted(known), n=3, cutoff=0.5)
    return f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""


def validate_agendas(
    sources: Sequence[AgendaSource],
    components: Mapping[str, object],
    usage: Mapping[str, str] | None = None,
) -> None:
    """Check every agenda; raise `DataError` listing all problems.

    `components` maps component id -> component; `usage` maps component id -> the page
    that holds it (a tool must be on a page to be linked)."""
    problems: list[str] = []
    first_module: dict[str, str] = {}

    def add(a: str, b: str | None, f: str | None, message: str) -> None:
        problems.append(f"{where(a, b, f)}: {message}")

    for src in sources:
        agenda = src.agenda
        if not isinstance(agenda, Agenda):
            problems.append(
                f"module '{src.module}': AGENDAS holds {type(agenda).__name__} {agenda!r:.60}, not an Agenda"
            )
            continue
        aid = agenda.id
        if not isinstance(aid, str) or not KEBAB.match(aid):
            add(str(aid), None, "id", f"{aid!r} is not a kebab-case id (like 'half-day')")
        if aid in first_module:
            add(aid, None, "id", f"duplicate agenda id (in module '{first_module[aid]}' and in module '{src.module}')")
        else:
            first_module[aid] = src.module
        for name in ("title", "audience", "intro"):
            value = getattr(agenda, name)
            if not isinstance(value, str) or not value.strip():
                add(aid, None, name, "must not be empty")
        for field, message in _words(agenda.intro, "intro"):
            add(aid, None, field, message)
        try:
            parse_clock(agenda.start)
        except ValueError as exc:
            add(aid, None, "start", str(exc))
        if not isinstance(agenda.minutes, int) or agenda.minutes <= 0:
            add(
                aid,
                None,
                "minutes",
                f"the stated length must be a positive whole number of minutes, not {agenda.minutes!r}",
            )
        if not agenda.blocks:
            add(aid, None, "blocks", "an agenda needs at least one block")
            continue
        seen: set[str] = set()
        total = 0
        for index, block in enumerate(agenda.blocks):
            if not isinstance(block, Block):
                add(aid, f"#{index + 1}", None, f"{type(block).__name__} {block!r:.60} is not a Block")
                continue
            bid = block.id if isinstance(block.id, str) and block.id else f"#{index + 1}"
            if not isinstance(block.id, str) or not KEBAB.match(block.id):
                add(aid, bid, "id", f"{block.id!r} is not a kebab-case id (like 'true-client-test')")
            elif block.id in seen:
                add(aid, bid, "id", "duplicate block id (ids must be unique within the agenda)")
            seen.add(block.id)
            problems.extend(f"{where(aid, bid, f)}: {m}" for f, m in _block(block, components, usage))
            if isinstance(block.minutes, int) and block.minutes > 0:
                total += block.minutes
        if (
            isinstance(agenda.minutes, int)
            and total != agenda.minutes
            and all(isinstance(b, Block) for b in agenda.blocks)
        ):
            parts = ", ".join(f"{b.id} {b.minutes}" for b in agenda.blocks)
            add(
                aid,
                None,
                "minutes",
                f"the blocks add up to {total} minutes, not the stated {agenda.minutes} "
                f"(off by {total - agenda.minutes:+d}; block minutes: {parts})",
            )
    if problems:
        raise DataError(problems, WHERE)


def _block(
    block: Block,
    components: Mapping[str, object],
    usage: Mapping[str, str] | None,
) -> Iterable[tuple[str, str]]:
    """(field, message) for each problem of one block."""
    if not isinstance(block.minutes, int) or isinstance(block.minutes, bool) or block.minutes <= 0:
        yield "minutes", f"must be a positive whole number of minutes, not {block.minutes!r}"
    if block.type not in ACTIVITY_TYPES:
        yield "type", f"unknown activity type {block.type!r} (known: {', '.join(ACTIVITY_TYPES)})"
    if not isinstance(block.title, str) or not block.title.strip():
        yield "title", "must not be empty"
    if block.type != "break":
        if not isinstance(block.purpose, str) or not block.purpose.strip():
            yield "purpose", "must not be empty (only a break may leave it out)"
        if not block.instructions:
            yield "instructions", "a block needs at least one step for the facilitator (only a break may have none)"
        if not block.section:
            yield "section", "name the playbook section the block draws on, e.g. 'consulting-roles.md#the-three-roles'"
    for i, step in enumerate(block.instructions):
        if not isinstance(step, str) or not step.strip():
            yield f"instructions[{i}]", "a step must not be empty"
        yield from _words(step, f"instructions[{i}]")
    yield from _words(block.purpose, "purpose")
    for i, item in enumerate(block.materials):
        if not isinstance(item, str) or not item.strip():
            yield f"materials[{i}]", "an item must not be empty"
    if block.section:
        yield from _section(block.section)
    for cid in block.components:
        if cid not in components:
            yield (
                "components",
                f"unknown component id {cid!r}.{_hint(str(cid), components)} Ids are the `id` of each entry of COMPONENTS in macros/content/data/",
            )
        elif usage is not None and cid not in usage:
            yield "components", f"component '{cid}' is not placed on any page, so the run sheet cannot link to it"
    if len(set(block.components)) != len(block.components):
        yield "components", "a component is listed twice"


def _section(section: str) -> Iterable[tuple[str, str]]:
    if not isinstance(section, str):
        yield "section", f"{section!r} is not a page path in docs/ like 'access-credibility-trust.md#trust'"
        return
    page, anchor = split_section(section)
    if not page.endswith(".md") or page.startswith(("/", ".")) or "\\" in page:
        yield "section", f"{section!r} is not a page path in docs/ like 'access-credibility-trust.md#trust'"
        return
    if "#" in anchor or (section.count("#") and not anchor) or re.search(r"\s", anchor):
        yield "section", f"{section!r} has a malformed #anchor"


def _agendas(sources: Iterable[AgendaSource | Agenda]) -> Iterable[Agenda]:
    for src in sources:
        agenda = src.agenda if isinstance(src, AgendaSource) else src
        if isinstance(agenda, Agenda):
            yield agenda


def check_pages(sources: Iterable[AgendaSource | Agenda], docs_dir: str | Path) -> list[str]:
    """Sections whose page does not exist in docs/ (validated agendas only)."""
    docs = Path(docs_dir)
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    problems = []
    for agenda in _agendas(sources):
        for block in agenda.blocks:
            page = split_section(block.section)[0] if block.section else ""
            if page and page not in pages:
                problems.append(
                    f"{where(agenda.id, block.id, 'section')}: page '{page}' does not exist in docs/.{_hint(page, pages)}"
                )
    return problems


def check_anchors(
    sources: Iterable[AgendaSource | Agenda],
    ids_on_page: Callable[[str], set[str] | None],
) -> list[str]:
    """Problems with section anchors, given the ids of each built page.

    `ids_on_page(page)` returns the set of ids on the built page for a source path like
    'access-credibility-trust.md', or None when that page was not built."""
    problems: list[str] = []
    for agenda in _agendas(sources):
        for block in agenda.blocks:
            page, anchor = split_section(block.section or "")
            if not anchor:
                continue
            ids = ids_on_page(page)
            if ids is None:
                problems.append(f"{where(agenda.id, block.id, 'section')}: page '{page}' was not built")
            elif anchor not in ids:
                problems.append(
                    f"{where(agenda.id, block.id, 'section')}: page '{page}' has no anchor '#{anchor}' "
                    f"in the built site (renamed heading?).{_hint(anchor, ids)}"
                )
    return problems


# Words that follow the facilitator's own times (render/agenda.py: with_words): the
# length ("three and a half hours") and the time of day ("all morning"), capitalized
# at the start of a sentence. Any other {...} is a typing mistake.
WORD_TOKENS = ("{length}", "{Length}", "{part}", "{Part}")
_TOKEN = re.compile(r"\{[^{}]*\}")


def _words(text: object, field: str) -> Iterable[tuple[str, str]]:
    if not isinstance(text, str):
        return
    for token in _TOKEN.findall(text):
        if token not in WORD_TOKENS:
            yield field, f"unknown placeholder {token} (known: {', '.join(WORD_TOKENS)})"
