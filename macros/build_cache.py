"""What a build keeps for the next one: compiled templates, rendered tools, QR codes.

MkDocs makes a new Jinja environment for every build, so each build, and each rebuild
under `mkdocs serve`, would compile Material's templates and ours again from source:
about a fifth of a build of this site. Jinja can keep the compiled code in a cache
folder, keyed by the template's name and checked against a hash of its source, so an
edited template is compiled afresh. mkdocs-macros compiles every page's Markdown as a
template too (`from_string`, which never uses that cache); `cache_page_templates`
sends those through the cache as well. The rendered tools (render.py) and the QR
codes of the printed footers (segno, about 4 ms each) are kept in the same folder,
keyed by everything that shapes them.

The folder is Jinja's default, in the system's temporary directory (private to the
user); nothing is written to the project. Where no such folder can be made, every
build does all the work, as MkDocs does without this module.

Used by theme_env.py (an MkDocs hook) for the theme's environments, by render.py for
its templates (the tools, section links) and the rendered tools, by define_env for the
pages, and by printing.py for the QR codes.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FunctionLoader, Template


@lru_cache(maxsize=1)
def cache() -> FileSystemBytecodeCache | None:
    """The cache, or None where no private temporary folder can be made."""
    try:
        return FileSystemBytecodeCache()
    except (RuntimeError, OSError):
        return None


def cache_page_templates(env: Environment, page_name: Callable[[], str]) -> None:
    """Make `env.from_string` (what mkdocs-macros renders each page with) use the cache.

    `page_name()` names the page being rendered: its entry is replaced when the page
    changes, so edits under `mkdocs serve` do not pile up entries."""
    if cache() is None:
        return
    env.bytecode_cache = cache()
    sources: dict[str, str] = {}
    loader = FunctionLoader(sources.get)  # Jinja's own load: cached code, or compile and store

    def from_string(source: str, globals: dict | None = None, template_class: type | None = None) -> Template:  # noqa: A002 - Jinja's signature
        name = f"cpp-page:{page_name()}"
        sources[name] = source
        try:
            return loader.load(env, name, env.make_globals(globals))
        finally:
            del sources[name]

    env.from_string = from_string


def stored(kind: str, key: str, make: Callable[[], str]) -> str:
    """The text `make()` returns for `key`, kept in the cache folder between builds.

    `key` must hold everything the text depends on (library versions included)."""
    bcc = cache()
    if bcc is None:
        return make()
    path = Path(bcc.directory, f"cpp-{kind}-{hashlib.sha256(key.encode()).hexdigest()}.txt")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    text = make()
    try:  # write then rename: a build running alongside never reads half a file
        part = path.with_suffix(f".{os.getpid()}.part")
        part.write_text(text, encoding="utf-8")
        os.replace(part, path)
    except OSError:
        pass
    return text
