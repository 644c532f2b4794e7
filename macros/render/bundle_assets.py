"""Ship the project's own CSS and JS as one minified file of each.

The sources in overrides/assets/playbook/ stay separate and commented, for the people
who read them. A phone on a slow network pays for every extra request before the
first paint, so readers' browsers get one stylesheet and one deferred script
(`playbook.min.css`, `playbook.min.js`; answers.min.js comes later, where answers are
used) built here from the parts, in order; the parts are not shipped. Two stylesheets stay apart because most pages do not need
them: facilitator.css (facilitator pages only) and print.css (paper only); so do the
Room results page's script and stylesheet (room.min.js, room.css: that page only) and
the run sheets' script (runsheet.min.js: the pages that show a run sheet, agenda.html),
which loads its other parts where they are used, as answers-loader.js loads
answers.min.js: the block editor (runsheet-edit.min.js), run mode (runsheet-run.min.js)
and a workshop pack page's part (runsheet-pack.min.js).

The script comes in three bundles. playbook.min.js (deferred, every page) holds what a
page without tools uses (palette, section links, arrival, printing, the app's updates) and
answers-loader.js, which loads answers.min.js where answers are used: after the load
event on a page with a tool, My relationships or Room results (at once when the reader
changes a tool first), at the first use of the header's workspace switcher, or when the
browser is idle once it keeps answers (see that file). In answers.min.js, the DOM-free
core (core/*.js) and playbook.js run first, after `window.cppManifest`: the site's
components.json (macros/render/manifest.py) without its tools (its renames, which every
page applies to saved answers), inlined so that the saved answers can be read and
checked at once, from file:// too. Each tool on a page brings its own entry (its
`data-manifest`); the whole manifest is components.js (`window.cppManifest=`
components.json), loaded only by the pages that read every tool (My relationships, Room
results) and by an import or a share. share.min.js (links and QR codes between two
people: core/payload.js, the client's view, client-link.js) comes after answers.min.js
where they are used: on the pages that hold their blocks (the client's view form, My
relationships, the client's own page, Room results) and at the first "Share my scores".

Every part starts in a task of its own (`setTimeout`, in order), as separate script
files would: one long start-up task would keep a slow phone from answering a tap; the
last says "cpp:answers" (share.min.js's: "cpp:share"). The first task is a timer too: a
deferred script runs in the same task as the page's DOMContentLoaded, where Material
starts up; playbook.js says "cpp:core" on the document when the core is there (for page
scripts that arrive before it, such as room.min.js).

Each address carries `?v=` and a hash of the sources, and of what the manifest is made
from (the Python package and links/answer-renames.json), as `cpp_asset_version` in the
templates, so a browser never pairs a new page with an old cached script.

Plain functions; macros/adapter.py calls them from MkDocs' `on_env` and `on_post_build`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import rcssmin
import rjsmin

from . import manifest as components

OWN_ASSETS = Path("assets", "playbook")
BUNDLES = {
    # access.css last: its focus rings and phone tables win over the rules before it
    "playbook.min.css": (
        "site.css",
        "playbook.css",
        "workspaces.css",
        "client-view.css",
        "client-link.css",
        "links.css",
        "cards.css",
        "admonitions.css",
        "backup.css",
        "packs.css",
        "access.css",
    ),
    # The core, then playbook.js: the others use what they expose (window.cppCore,
    # window.cppWorkspaces, window.cppAnswers).
    # Every page: dom.js first (the DOM helpers every script, answers.min.js's too, takes from it),
    # what a page without tools uses, and answers-loader.js, which loads the rest
    # where it is used (a page with tools, My relationships, Room results; see that file).
    "playbook.min.js": (
        "dom.js",
        "palette.js",
        "links.js",
        "arrival.js",
        "print.js",
        "app-update.js",
        "answers-loader.js",
    ),
    "answers.min.js": (
        "core/schema.js",
        "core/store.js",
        "core/transfer.js",
        "playbook.js",
        "workspaces.js",
        "backup-core.js",
        "backup.js",
    ),
    # Links and QR codes between two people (the client's view, "Ask your client", answers
    # coming back, "Share my scores"): after answers.min.js, where they are used.
    "share.min.js": ("core/payload.js", "client-view.js", "client-link.js"),
}
ANSWERS = "answers.min.js"
# answers-loader.js waits for the event each of the bundles it loads says after its last part
LAST_TASKS = {ANSWERS: "cpp:answers", "share.min.js": "cpp:share"}
# Scripts of a few pages, loaded by those pages alone, from their content (so that
# Material's instant navigation brings them too): the Room results page's (render/room.py,
# which uses answers.min.js's core) and the run sheets' (render/agenda.py). runsheet.min.js
# holds what a sheet shows when it opens and loads the rest where it is used (runsheet.js):
# the block editor at the first press of "Edit the blocks", run mode when a session runs,
# the pack pages' part on those pages.
PAGE_BUNDLES = {
    "room.min.js": ("dom.js", "core/room.js", "room.js", "room-link.js"),
    "runsheet.min.js": ("dom.js", "core/schedule.js", "runsheet.js"),
    "runsheet-edit.min.js": ("core/schedule-edit.js", "runsheet-edit.js"),
    "runsheet-run.min.js": ("core/schedule-run.js", "runsheet-run.js"),
    "runsheet-pack.min.js": ("runsheet-pack.js",),
}
MANIFEST = "components.json"
WHOLE_MANIFEST = "components.js"  # the same, as a classic script: loaded from file:// too
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
    sources += [*sorted(package.rglob("*.py")), package.parent / "links" / "answer-renames.json"]
    for path in sources:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


def _without_tools(folder: Path) -> str:
    manifest = folder / MANIFEST
    if not manifest.exists():
        return "null"
    data = components.without_tools(json.loads(manifest.read_text(encoding="utf-8")))
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def bundle(site_dir: str | Path) -> None:
    """Replace the copied parts in the built site by the bundles (see the docstring)."""
    folder = Path(site_dir) / OWN_ASSETS
    for bundle, parts in (BUNDLES | PAGE_BUNDLES).items():
        # A file per part, each closed with a newline: a part's last line comment
        # can never swallow the next part's first statement.
        texts = [_minify(part, (folder / part).read_text(encoding="utf-8")) for part in parts]
        if bundle == ANSWERS:
            first = (
                "window.cppManifest=window.cppManifest||" + _without_tools(folder) + ";"
            )  # components.js may be first
            texts = [first + "\n" + texts[0], *texts[1:]]
        if bundle in LAST_TASKS:
            texts.append(f'document.dispatchEvent(new Event("{LAST_TASKS[bundle]}"));')
        if bundle in BUNDLES and bundle.endswith(".js"):  # each part a task of its own
            texts = [f"setTimeout(function(){{\n{t}\n}},0);" for t in texts]
        text = "\n".join(texts)
        (folder / bundle).write_text(text + "\n", encoding="utf-8")
    # The parts go once every bundle is made: a part can be in several (dom.js).
    for part in dict.fromkeys(p for parts in (BUNDLES | PAGE_BUNDLES).values() for p in parts):
        (folder / part).unlink()
        if part.count("/") and not any((folder / part).parent.iterdir()):
            (folder / part).parent.rmdir()
    manifest = folder / MANIFEST
    if manifest.exists():
        (folder / WHOLE_MANIFEST).write_text(
            f"window.cppManifest={manifest.read_text(encoding='utf-8')};\n", encoding="utf-8"
        )
    for name in ALONE:
        path = folder / name
        path.write_text(_minify(name, path.read_text(encoding="utf-8")), encoding="utf-8")
