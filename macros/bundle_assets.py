"""MkDocs hook: ship the project's own CSS and JS as one minified file of each.

The sources in overrides/assets/playbook/ stay separate and commented, for the people
who read them. A phone on a slow network pays for every extra request before the
first paint, so readers' browsers get one stylesheet and one deferred script
(`playbook.min.css`, `playbook.min.js`) built here from the parts, in order; the
parts are not shipped. Two stylesheets stay apart because most pages do not need
them: facilitator.css (facilitator pages only) and print.css (paper only).

In the script, every part after the first starts in a task of its own (`setTimeout`,
in order), as separate script files would: one long start-up task would keep a slow
phone from answering a tap. The first part (playbook.js, which reads
`document.currentScript`) runs as the script itself.

Each address carries `?v=` and a hash of the sources (`cpp_asset_version` in the
templates), so a browser never pairs a new page with an old cached script.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import rcssmin
import rjsmin

OWN_ASSETS = Path("assets", "playbook")
BUNDLES = {
    "playbook.min.css": ("site.css", "playbook.css", "workspaces.css", "links.css", "backup.css"),
    # playbook.js first: the others use what it exposes (window.cppWorkspaces).
    "playbook.min.js": (
        "playbook.js", "palette.js", "workspaces.js", "links.js", "print.js",
        "backup-core.js", "backup.js", "app-update.js",  # answers-offline
    ),
}
ALONE = ("facilitator.css", "print.css")


def _minify(name: str, text: str) -> str:
    if name.endswith(".js"):
        return rjsmin.jsmin(text, keep_bang_comments=True)
    return rcssmin.cssmin(text, keep_bang_comments=True)


def on_env(env, config, **_):
    """A short hash of every source, for the `?v=` of the assets' addresses."""
    digest = hashlib.sha256()
    for path in sorted((Path(config["theme"].custom_dir) / OWN_ASSETS).glob("*.*s")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    env.globals["cpp_asset_version"] = digest.hexdigest()[:10]
    return env


def on_post_build(config, **_) -> None:
    folder = Path(config["site_dir"]) / OWN_ASSETS
    for bundle, parts in BUNDLES.items():
        # A file per part, each closed with a newline: a part's last line comment
        # can never swallow the next part's first statement.
        texts = [_minify(part, (folder / part).read_text(encoding="utf-8")) for part in parts]
        if bundle.endswith(".js"):
            texts[1:] = [f"setTimeout(function(){{\n{t}\n}},0);" for t in texts[1:]]
        text = "\n".join(texts)
        (folder / bundle).write_text(text + "\n", encoding="utf-8")
        for part in parts:
            (folder / part).unlink()
    for name in ALONE:
        path = folder / name
        path.write_text(_minify(name, path.read_text(encoding="utf-8")), encoding="utf-8")
