"""Ship the project's own CSS and JS as one minified file of each.

The sources in overrides/assets/playbook/ stay separate and commented, for the people
who read them. A phone on a slow network pays for every extra request before the
first paint, so readers' browsers get one stylesheet and one deferred script
(`playbook.min.css`, `playbook.min.js`) built here from the parts, in order; the
parts are not shipped. Two stylesheets stay apart because most pages do not need
them: facilitator.css (facilitator pages only) and print.css (paper only); so do the
Room results page's script and stylesheet (room.min.js, room.css: that page only) and
the run sheets' script (runsheet.min.js: the pages that show a run sheet, agenda.html).

In the script, the DOM-free core (core/*.js) and playbook.js run first, in one task,
after `window.cppManifest`: the site's components.json (macros/render/manifest.py), inlined so
that the saved answers can be read and checked at once, from file:// too. Every later
part starts in a task of its own (`setTimeout`, in order), as separate script files
would: one long start-up task would keep a slow phone from answering a tap. The first
task is a timer too: a deferred script runs in the same task as the page's
DOMContentLoaded, where Material starts up; playbook.js says "cpp:core" on the document
when the core is there (for page scripts that arrive before it, such as room.min.js).

Each address carries `?v=` and a hash of the sources, and of what the manifest is made
from (the Python package and links/answer-renames.json), as `cpp_asset_version` in the
templates, so a browser never pairs a new page with an old cached script.

Plain functions; macros/adapter.py calls them from MkDocs' `on_env` and `on_post_build`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import rcssmin
import rjsmin

OWN_ASSETS = Path("assets", "playbook")
BUNDLES = {
    # access.css last: its focus rings and phone tables win over the rules before it
    "playbook.min.css": ("site.css", "playbook.css", "workspaces.css", "client-view.css", "client-link.css", "links.css", "cards.css",
                         "admonitions.css", "backup.css", "packs.css", "access.css"),
    # The core, then playbook.js: the others use what they expose (window.cppCore,
    # window.cppWorkspaces, window.cppAnswers).
    "playbook.min.js": ("dom.js", "core/schema.js", "core/store.js", "core/transfer.js", "core/payload.js", "playbook.js",
                        "palette.js", "workspaces.js", "client-view.js", "client-link.js", "links.js", "arrival.js", "print.js",
                        "backup-core.js", "backup.js", "app-update.js"),
}
# Scripts of a few pages, loaded by those pages alone, from their content (so that
# Material's instant navigation brings them too): the Room results page's (render/room.py,
# which uses playbook.min.js's core) and the run sheets' (render/agenda.py).
PAGE_BUNDLES = {"room.min.js": ("dom.js", "core/room.js", "room.js", "room-link.js"), "runsheet.min.js": ("dom.js", "core/schedule.js", "runsheet.js")}
FIRST_TASK = "playbook.js"  # this part and those before it run in the first task
MANIFEST = "components.json"
ALONE = ("facilitator.css", "print.css", "room.css")


def _minify(name: str, text: str) -> str:
    if name.endswith(".js"):
        return rjsmin.jsmin(text, keep_bang_comments=True)
    return rcssmin.cssmin(text, keep_bang_comments=True)


def version(custom_dir: str | Path) -> str:
    """A short hash of every source, for the `?v=` of the assets' addresses."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]  # macros/: the manifest is inlined in the bundle
    sources = sorted((Path(custom_dir) / OWN_ASSETS).rglob("*.*s"))
    sources += sorted(package.rglob("*.py")) + [package.parent / "links" / "answer-renames.json"]
    for path in sources:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


def bundle(site_dir: str | Path) -> None:
    """Replace the copied parts in the built site by the bundles (see the docstring)."""
    folder = Path(site_dir) / OWN_ASSETS
    for bundle, parts in (BUNDLES | PAGE_BUNDLES).items():
        # A file per part, each closed with a newline: a part's last line comment
        # can never swallow the next part's first statement.
        texts = [_minify(part, (folder / part).read_text(encoding="utf-8")) for part in parts]
        if bundle == "playbook.min.js":
            n = parts.index(FIRST_TASK) + 1
            manifest = folder / MANIFEST
            first = "window.cppManifest=" + (manifest.read_text(encoding="utf-8") if manifest.exists() else "null") + ";"
            tasks = ["\n".join([first, *texts[:n]]), *texts[n:]]
            texts = [f"setTimeout(function(){{\n{t}\n}},0);" for t in tasks]
        text = "\n".join(texts)
        (folder / bundle).write_text(text + "\n", encoding="utf-8")
    # The parts go once every bundle is made: a part can be in several (dom.js).
    for part in dict.fromkeys(p for parts in (BUNDLES | PAGE_BUNDLES).values() for p in parts):
        (folder / part).unlink()
        if part.count("/") and not any((folder / part).parent.iterdir()):
            (folder / part).parent.rmdir()
    for name in ALONE:
        path = folder / name
        path.write_text(_minify(name, path.read_text(encoding="utf-8")), encoding="utf-8")
