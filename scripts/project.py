"""Building the playbook from Python: shared by the tests, the benchmark and the scripts."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What a copy of the project needs in order to build.
PROJECT_PARTS = ("mkdocs.yml", "docs", "macros", "overrides")


def build(
    project: Path = ROOT,
    out: Path | None = None,
    *,
    strict: bool = True,
    config: str = "mkdocs.yml",
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build` of `project` (into `out`); return the finished process.

    Output is captured, not hidden: mkdocs-macros prints a macro's error message
    there, and callers show it when the build fails."""
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--clean",
        "--strict" if strict else "--no-strict",
        "-f",
        config,
    ]
    if out is not None:
        command += ["-d", str(out)]
    return subprocess.run(
        command,
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )


# --- the built site: one helper each for "which file serves this path" and "which ids
# does this page have", shared by the scripts and the tests -----------------------------


def built_file(site: Path, path: str) -> Path | None:
    """The file of the built site `site` that serves the URL path `path` (relative to the
    site root; a directory path means its index.html), or None."""
    path = path.lstrip("/")
    candidate = site / path
    if path == "" or path.endswith("/"):
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def content_pages(site: Path) -> list[tuple[str, Path]]:
    """Every content page of a built site as (URL path like `/page/`, its file), in path
    order; redirect stubs (mkdocs-redirects), pages without an article (404) and the
    workshop packs' pages (print routes for the PDFs, linked from nowhere; render/packs.py)
    are left out. The one listing of a built site's pages, for the link registry and the tests."""
    out = []
    for html in sorted(site.rglob("index.html")):
        text = html.read_text(encoding="utf-8")
        if '<article class="md-content__inner' not in text or 'http-equiv="refresh"' in text:
            continue
        if "data-cpp-workshop-pack" in text:
            continue
        url = "/" + html.parent.relative_to(site).as_posix() + "/"
        out.append(("/" if url == "/./" else url, html))
    return out


@functools.cache
def _page_ids(file: Path, mtime_ns: int) -> frozenset[str]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from macros.markdown.rawblock import ids  # the id reader the build's own link check uses

    return frozenset(ids(file.read_text(encoding="utf-8")))


def page_ids(file: Path) -> frozenset[str]:
    """Every id in a built HTML file; each file is read once (until it changes)."""
    return _page_ids(file, file.stat().st_mtime_ns)


# Features Playwright (1.65) turns off itself. Chromium obeys only the last
# --disable-features on its command line, so ours repeats them; tests/test_chromium.py
# fails when a Playwright update adds one that is not here.
PLAYWRIGHT_DISABLED_FEATURES = (
    "AvoidUnnecessaryBeforeUnloadCheckSync",
    "DestroyProfileOnBrowserClose",
    "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable",
    "LensOverlay",
    "MediaRouter",
    "PaintHolding",
    "ThirdPartyStoragePartitioning",
    "AvoidCorsURLLoaderRestartOnRedirect",
    "TcpPortRandomizationWin",
    "OptimizationHints",
    "NetworkTimeServiceQuerying",
    "AimEnabled",
    "PreconnectToSearch",
    "msForceBrowserSignIn",
    "msEdgeUpdateLaunchServicesPreferredVersion",
)
# Chromium 15x opens the address bar's drop-down (a WebUI page in a renderer process of
# its own) with every new window, headless too: about 1.5 s of CPU per new page, which
# no page here needs. Puppeteer turns it off by default for the same reason (#15278).
NO_OMNIBOX_POPUP = ("WebUIOmniboxPopup", "WebUIOmniboxAimPopup")

# Debian's Chromium, started the way this closed network needs (Playwright's own
# browser download cannot work here; background services would try to go online).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-features=" + ",".join(PLAYWRIGHT_DISABLED_FEATURES + NO_OMNIBOX_POPUP),
]


# Material's search worker downloads the whole site's index and builds it after every
# page load: about 0.4 s of CPU a page, in the background, which a script that prints
# pages, or a test of anything but search, only waits behind. They get an empty index
# (search finds nothing); the search tests, the walk's home page and the offline tests
# get the real one.
EMPTY_SEARCH_INDEX = json.dumps(
    {
        "config": {
            "lang": ["en"],
            "separator": r"[\s\-]+",
            "pipeline": [],
            "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}},
        },
        "docs": [],
    }
)  # as Material writes it


# The selectors for which answers-loader.js loads answers.min.js (its `NEEDS`) and then
# share.min.js (its `SHARE`) once a page has loaded, read from the script itself, so that
# the bench and the tests weigh what the browser loads.
ANSWERS_LOADER = ROOT / "overrides" / "assets" / "playbook" / "answers-loader.js"


@functools.cache
def loader_selector(name: str) -> str:
    source = re.search(rf"var {name} =\s*(.+?);\n", ANSWERS_LOADER.read_text(encoding="utf-8"), re.S).group(1)
    return "".join(re.findall(r'"([^"]*)"', source))


def answers_selector() -> str:
    return loader_selector("NEEDS")


def share_selector() -> str:
    return loader_selector("SHARE")


def loaded_bundles(html: str) -> list[str]:
    """The bundles answers-loader.js adds to a built page once it has loaded, in order."""
    from bs4 import BeautifulSoup  # the tests' and the bench's parser, not the scripts'

    page = BeautifulSoup(html, "html.parser")
    bundles = ["answers.min.js", "share.min.js"]
    return bundles[: 2 if page.select_one(share_selector()) else 1 if page.select_one(answers_selector()) else 0]


def without_search(context):
    """Serve an empty search index to every page of a Playwright browser context."""
    context.route(
        "**/search/search_index.json",
        lambda route: route.fulfill(content_type="application/json", body=EMPTY_SEARCH_INDEX),
    )
    return context


# Debian's chromium-headless-shell: the same engine without the browser's user interface,
# about 30 % less CPU per page load. The test suite uses it (the machine has two cores);
# one module still runs in full Chromium (tests/test_print_pdf.py), as do the scripts.
HEADLESS_SHELL = "/usr/bin/chromium-headless-shell"


def find_chromium(headless_shell: bool = False) -> str | None:
    """Debian's Chromium, or another Chromium-family browser on the PATH. With
    `headless_shell`, Debian's chromium-headless-shell first, where it is installed."""
    candidates = (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
        shutil.which("google-chrome"),
    )
    if headless_shell:
        candidates = (HEADLESS_SHELL, shutil.which("chromium-headless-shell"), *candidates)
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    return None


class QuietHandler(SimpleHTTPRequestHandler):
    """Static files without a log line per request."""

    def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
        pass


class QuietServer(ThreadingHTTPServer):
    """A browser that closes a page while a file is still on its way drops the
    connection: expected, so no traceback for it. Any other error still prints one."""

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], ConnectionError):  # BrokenPipeError, ConnectionResetError...
            return
        super().handle_error(request, client_address)


def serve(directory: Path, port: int = 0, handler: type[SimpleHTTPRequestHandler] = QuietHandler):
    """Serve `directory` on a loopback port (0: any free one) from a background thread.

    Returns (server, base URL with a trailing slash); call server.shutdown() when done."""
    server = QuietServer(("127.0.0.1", port), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def copy_project(dest: Path) -> Path:
    """Copy the buildable parts of the project into `dest` and return it."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=ignore)
        elif src.is_file():
            shutil.copy2(src, dest / part)
    return dest
