"""Compiled templates kept between builds (Jinja's own bytecode cache).

MkDocs makes a new Jinja environment for every build, so each build, and each rebuild
under `mkdocs serve`, compiles Material's templates and ours again from source: about
a fifth of a build of this site. Jinja can keep the compiled code in a cache folder,
keyed by the template's name and checked against a hash of its source, so an edited
template is compiled afresh. The folder is Jinja's default, in the system's temporary
directory (private to the user); nothing is written to the project.

Used twice: as an MkDocs hook (mkdocs.yml `hooks:`) for the theme's environment, and
by render.py for the tools' templates.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, FileSystemBytecodeCache


@lru_cache(maxsize=1)
def cache() -> FileSystemBytecodeCache | None:
    """The cache, or None where no private temporary folder can be made (then every
    build compiles, as MkDocs does without this module)."""
    try:
        return FileSystemBytecodeCache()
    except (RuntimeError, OSError):
        return None


def on_env(env: Environment, **_) -> Environment:
    """MkDocs hook: the theme's environment compiles each template once, not every build."""
    env.bytecode_cache = cache()
    return env
