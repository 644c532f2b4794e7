"""MkDocs hook: the theme's Jinja environments, cheaper to make and to use.

MkDocs makes an environment from the theme (`theme.get_env()`) for every build, and
the search plugin makes three more for its language settings. Each one gets:

- the compiled-template cache (build_cache.py): Material's templates are compiled
  once, not on every build, which was about a fifth of a build of this site;
- a loader that lists the theme's files without walking hidden folders. To copy a
  theme's static files, MkDocs lists every file of the theme and drops templates,
  Python files and anything hidden, testing 15 name patterns against each. Material
  keeps its 14,000 icons in a hidden folder (`.icons`, which the icon extensions read
  straight from disk), so every build walked and tested 14,000 names only to drop
  them all: 70 ms, about a tenth of a build. MkDocs' patterns `.*` and `*/.*` drop
  every file under a hidden folder, so skipping those folders lists the same files.
"""

from __future__ import annotations

import os

from jinja2 import Environment, FileSystemLoader
from mkdocs.plugins import event_priority

from macros.build_cache import cache


class _SkipHiddenFolders(FileSystemLoader):
    """Loads as FileSystemLoader does; lists the files outside hidden folders."""

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for root in self.searchpath:
            for folder, subfolders, files in os.walk(root, followlinks=self.followlinks):
                subfolders[:] = [name for name in subfolders if not name.startswith(".")]
                relative = os.path.relpath(folder, root)
                for name in files:
                    path = name if relative == "." else os.path.join(relative, name)
                    found.add(path.replace(os.sep, "/"))
        return sorted(found)


@event_priority(100)  # before the search plugin's on_config, which makes its environments
def on_config(config, **_):
    theme = config.theme
    make_env = type(theme).get_env

    def get_env() -> Environment:
        env = make_env(theme)
        loader = env.loader
        if type(loader) is FileSystemLoader:  # MkDocs' own; anything else is left alone
            env.loader = _SkipHiddenFolders(loader.searchpath, loader.encoding, loader.followlinks)
        env.bytecode_cache = cache()
        return env

    theme.get_env = get_env
    return config
