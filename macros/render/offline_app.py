"""The installable offline app: a web app manifest and a service worker, written into
the built site after everything else (assets/playbook/app-update.js registers the worker).

After one visit over http(s), the worker has every page, asset and the search index in a
cache named for the site's path (one per site, even with several on one origin), each
file under its revision (a hash of its bytes), and serves this build's revisions from
that cache first, so a reader offline still has the whole playbook and never gets pages
of two builds mixed. A newer build downloads only the files that changed, one by one,
in the background, and waits until the reader presses Reload; if a file cannot be had,
the pages say so and the build in use stays. scripts/handouts.py, which rewrites pages
after the build, writes the worker again (`refresh`) so that it lists what is served. `mkdocs serve` gets a worker that removes itself: an author must always
see the files just built. The offline zip (Material's offline plugin, file://) gets
neither: browsers run no service worker from the file system.
"""

from __future__ import annotations

import hashlib
import json
import logging
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from .packs import PACKS_DIR

log = logging.getLogger(f"mkdocs.plugins.{__name__}")

MANIFEST = "manifest.webmanifest"
WORKER = "sw.js"
ICONS = "assets/playbook/icons"
SHORT_NAME = "Playbook"
# What a reader never needs offline: source maps, the compressed sitemap, the worker
# itself, Material's default favicon (the site has its own) and lunr's language packs
# (the search index is English only; the search worker loads none of them).
# The workshop packs' pages (render/packs.py) are for printing the PDFs, not for reading
# on a phone: 1.4 MB the worker need not keep; nor are the PDFs and the zip that
# `make handouts` adds (scripts/handouts.py), which are downloads, not pages.
SKIP = (
    "*.map",
    "sitemap.xml.gz",
    WORKER,
    "assets/images/favicon.png",
    "assets/javascripts/lunr/*",
    f"{PACKS_DIR}/*",
    "handouts/*",
    "downloads/*",
)


def manifest(site_name: str, description: str, theme_color: str, lang: str = "en") -> dict:
    """The web app manifest. Addresses are relative to the manifest, which sits at the
    site's root, so start URL and scope follow the site wherever it is published."""
    icon = f"{ICONS}/icon-{{}}.png"
    return {
        "name": site_name,
        "short_name": SHORT_NAME,
        "description": description,
        "lang": lang,
        "id": "./",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": theme_color,
        "icons": [
            {"src": icon.format(192), "sizes": "192x192", "type": "image/png", "purpose": "any"},
            {"src": icon.format(512), "sizes": "512x512", "type": "image/png", "purpose": "any"},
            {"src": icon.format("maskable-512"), "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
        ],
    }


def precache(site_dir: Path, directory_urls: bool = True) -> list[tuple[str, Path]]:
    """(address relative to the site root, file) for everything the worker keeps. A page
    is kept under the address readers use: `a/` for `a/index.html`, `./` for the home page."""
    out = []
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(site_dir).as_posix()
        if any(fnmatch(rel, pattern) for pattern in SKIP):
            continue
        url = rel
        if directory_urls and PurePosixPath(rel).name == "index.html":
            url = rel[: -len("index.html")] or "./"
        out.append((url, path))
    return out


def revision(path: Path) -> str:
    """A file's revision: a short hash of its bytes. The worker downloads a file again
    only when its revision changed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


def version(files: list[tuple[str, Path]]) -> str:
    """A short hash of every kept address and its revision: a new build, a new worker."""
    digest = hashlib.sha256()
    for url, path in files:
        digest.update(url.encode() + b"\0" + revision(path).encode() + b"\0")
    return digest.hexdigest()[:12]


# Both workers: which caches are this site's. Several playbooks can share one origin
# (GitHub Pages project sites of one account: https://me.github.io/a/ and /b/), so the
# cache is named for the site's path, and a worker never touches another path's cache.
# Builds before per-file revisions kept one cache per build, "cpp-offline-<version>",
# whichever site it was: such a cache is this site's when it holds this site's home page.
SCOPE_JS = """var SCOPE = self.registration.scope;
var CACHE = "cpp-offline:" + new URL(SCOPE).pathname;
function isOldOwnCache(name) {
  if (!/^cpp-offline-[0-9a-f]+$/.test(name)) return Promise.resolve(false);
  return caches.open(name).then(function (c) { return c.match(SCOPE).then(function (hit) { return !!hit; }); });
}
function oldOwnCaches() {
  return caches.keys().then(function (names) {
    return Promise.all(names.map(isOldOwnCache)).then(function (own) { return names.filter(function (n, i) { return own[i]; }); });
  });
}
"""

WORKER_JS = (
    """/* Generated by macros/render/offline_app.py at build time; see there. */
"use strict";
var VERSION = %(version)s;
var FILES = %(files)s;
var NOT_FOUND = "404.html";
"""
    + SCOPE_JS
    + """
/* Each file is kept under its address and revision; the worker in use serves its own
   revisions, so a page never mixes two builds while a newer one installs. */
var REV = Object.create(null);
FILES.forEach(function (f) { REV[new URL(f[0], SCOPE).href] = f[1]; });
function keyOf(url) { var u = new URL(url); u.search = ""; u.hash = ""; return REV[u.href] ? u.href + "?cpp-rev=" + REV[u.href] : null; }

/* Install: download, one by one, only the files whose revision this site's cache does
   not hold yet (cache: "reload" skips the HTTP cache). Every file or none: if one
   cannot be had, the install fails, the pages are told, and the build in use stays. */
self.addEventListener("install", function (e) {
  e.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.keys().then(function (keys) {
      var have = Object.create(null), todo = [], missing = [];
      keys.forEach(function (r) { have[r.url] = true; });
      FILES.forEach(function (f) { var k = keyOf(new URL(f[0], SCOPE).href); if (!have[k]) todo.push(f); });
      function next() {
        var f = todo.shift();
        if (!f) return Promise.resolve();
        var url = new URL(f[0], SCOPE).href;
        return fetch(new Request(url, { cache: "reload" })).then(function (res) {
          if (!res.ok) throw new Error(res.status);
          return cache.put(keyOf(url), res);
        }).catch(function () { missing.push(f[0]); }).then(next);
      }
      return Promise.all([next(), next(), next(), next()]).then(function () {
        if (!missing.length) return;
        return self.clients.matchAll({ includeUncontrolled: true }).then(function (list) {
          list.forEach(function (c) { c.postMessage({ type: "cpp:update-failed", missing: missing.length, of: FILES.length }); });
          throw new Error("offline copy incomplete: " + missing.join(", "));
        });
      });
    });
  }));
});

/* Installed workers wait: the page asks the reader, then sends this. */
self.addEventListener("message", function (e) { if (e.data === "cpp:activate") self.skipWaiting(); });

/* Active: drop the revisions no longer listed and this site's caches from older builds;
   other sites' caches are never touched. */
self.addEventListener("activate", function (e) {
  var keep = Object.create(null);
  Object.keys(REV).forEach(function (u) { keep[keyOf(u)] = true; });
  e.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.keys().then(function (keys) {
      return Promise.all(keys.filter(function (r) { return !keep[r.url]; }).map(function (r) { return cache.delete(r); }));
    });
  }).then(oldOwnCaches).then(function (old) {
    return Promise.all(old.map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

/* Offline, a file that is not kept (a handout PDF, a download) is not missing, only not
   on this device: a short page says so instead of the 404 page. */
var FILE = /\\.(?!html?$)[a-z0-9]{1,5}$/i;
function notKept(url) {
  var name = url.pathname.split("/").pop();
  try { name = decodeURIComponent(name); } catch (e) { /* keep it as it is */ }
  name = name.replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  return new Response('<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><title>Not kept offline</title>' +
    '<style>body{max-width:36rem;margin:3rem auto;padding:0 1rem;font:1.1rem/1.5 system-ui,sans-serif}' +
    '@media (prefers-color-scheme:dark){body{background:#1e2129;color:#e2e4e9}a{color:#9bb7ff}}</style></head>' +
    '<body><main><h1>Not kept offline</h1><p>The file “' + name + '” is not kept on this device, ' +
    'so it cannot open without a connection. Open it again when you are back online.</p>' +
    '<p><a href="' + self.registration.scope + '">Back to the playbook</a></p></main></body></html>',
    { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

/* This build's files from the cache (queries such as ?v= and ?h= do not matter to them);
   anything else from the network; offline, a page that is not kept gets the 404 page. */
self.addEventListener("fetch", function (e) {
  var req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  var key = keyOf(req.url);
  e.respondWith(caches.open(CACHE).then(function (cache) {
    return (key ? cache.match(key) : Promise.resolve(null)).then(function (hit) {
      return hit || fetch(req).catch(function (err) {
        if (req.mode !== "navigate") throw err;
        if (FILE.test(new URL(req.url).pathname)) return notKept(new URL(req.url));
        return cache.match(keyOf(new URL(NOT_FOUND, SCOPE).href)).then(function (page) { if (page) return page; throw err; });
      });
    });
  }));
});
"""
)

# Under `mkdocs serve`: take this site's earlier worker and caches out of the way.
DEV_WORKER_JS = (
    """/* Generated by macros/render/offline_app.py for `mkdocs serve`: no offline copy while authoring. */
"""
    + SCOPE_JS
    + """self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (e) {
  e.waitUntil(oldOwnCaches().then(function (old) {
    return Promise.all(old.concat([CACHE]).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.registration.unregister(); }));
});
"""
)


def write_worker(site_dir: Path, directory_urls: bool = True) -> dict:
    """Write the worker for the site's files as they are now; return what it keeps:
    {"version", "files": count, "bytes"}."""
    files = precache(site_dir, directory_urls)
    ver = version(files)
    (site_dir / WORKER).write_text(
        WORKER_JS
        % {"version": json.dumps(ver), "files": json.dumps([[url, revision(path)] for url, path in files], indent=0)},
        encoding="utf-8",
    )
    return {"version": ver, "files": len(files), "bytes": sum(p.stat().st_size for _, p in files)}


def refresh(site_dir: Path) -> dict | None:
    """After a script rewrote built pages (scripts/handouts.py adds links): the worker
    again, over the files as they are finally served. None when the site has no
    offline worker (`mkdocs serve`, the file:// zip)."""
    path = site_dir / WORKER
    if not path.is_file() or "var FILES = " not in (text := path.read_text(encoding="utf-8")):
        return None
    files = json.loads(text[text.index("var FILES = ") + 12 : text.index(";\nvar NOT_FOUND")])
    return write_worker(site_dir, directory_urls=any(url == "./" for url, _ in files))  # the home page as "./": folders


def write(
    site_dir: Path,
    site_name: str,
    description: str,
    theme_color: str,
    directory_urls: bool = True,
    serving: bool = False,
    lang: str = "en",
) -> dict:
    """Write the manifest and the worker into a built site; return what the worker keeps:
    {"version", "files": count, "bytes"}."""
    (site_dir / MANIFEST).write_text(
        json.dumps(manifest(site_name, description, theme_color, lang), indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    if serving:
        (site_dir / WORKER).write_text(DEV_WORKER_JS, encoding="utf-8")
        return {"version": None, "files": 0, "bytes": 0}
    return write_worker(site_dir, directory_urls)


def file_copy(config) -> bool:
    """Is this the offline zip's build? Material's offline plugin is listed in mkdocs.yml
    and turned on by CPP_OFFLINE=true (scripts/offline.py)."""
    plugin = config["plugins"].get("material/offline")
    return plugin is not None and plugin.config.enabled


def write_for(config, serving: bool) -> None:
    """The adapter's call: the manifest and worker for a built site, from its config."""
    if file_copy(config):  # the file:// zip: no worker, no manifest
        return
    kept = write(
        Path(config["site_dir"]),
        config["site_name"],
        config["site_description"] or "",
        config["extra"]["theme_color"],
        config["use_directory_urls"],
        serving=serving,
        lang=config["theme"]["language"],
    )
    if kept["version"]:
        log.info(
            "Offline app: %d files, %.1f MB kept by the service worker (version %s)",
            kept["files"],
            kept["bytes"] / 1e6,
            kept["version"],
        )
