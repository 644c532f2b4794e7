"""`make bench`: issue 30's comparison, every page type beside plain Material and Material
with the playbook's theme settings: Lighthouse mobile, medians of 5 rounds, every page once
a round. A run on a busy machine is refused: exit 2 before it starts when the 1-minute
load average (/proc/loadavg) says the machine is not quiet, exit 3 at its end when other
work shared the cores (the machine's busy CPU time from /proc/stat minus the bench's own,
as cores on average): Lighthouse's figures mean nothing there. `--sizes-only` (quick,
for development) builds and weighs the pages without Lighthouse. `--only builds` or
`--only all` adds build time and scaling against plain Material.

Writes bench/report.json (every number) and bench/REPORT.md (the table, the budgets).
Not part of `make test`: timings belong in a report, not in assertions.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import gzip
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from project import ROOT, QuietHandler, copy_project, find_chromium, loaded_bundles, serve
from project import build as mkdocs_build

BENCH = ROOT / "bench"
OWN_ASSETS = "assets/playbook/"  # the project's own CSS and JS (not Material's)
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
PORT = 8765  # fixed, so that canonical links in the benchmarked build point at the server
MOBILE_RUNS = 5  # Lighthouse's mobile score moves by several points from run to run: take the median

# Page types measured for weight and Lighthouse, those of issue 30's table: (label, URL
# path in the site). The workshop pack pages (print sources) are out of the sitemap and
# the search, so not among them.
PAGE_TYPES = [
    ("home", ""),
    ("Why Partnership", "why-partnership/"),
    ("Access, Credibility and Trust", "access-credibility-trust/"),
    ("Contracting and Entry", "contracting/"),
    ("Print Pack", "print-pack/"),
    ("My Relationships", "my-relationships/"),
    ("Half-Day run sheet", "facilitator/half-day-workshop/"),
]
# Reference pages: How to use, built by Material from the same Markdown without the
# playbook's macros, overrides, CSS or JS, and served the same way. Each keeps some of
# the playbook's theme settings (None: all of them but its own files). Baseline minus a
# reference is what those Material settings cost; a reference minus a page type is what
# the playbook's own HTML, CSS and JS cost. The budgets stay against the plain page.
REFERENCE_PATH = "how-to-use/"
REFERENCES = {  # label: (folder, the playbook's theme settings kept)
    "plain Material": ("plain", ()),
    "Material with the playbook's theme settings": ("themed", None),  # palette toggle, features, icons
}
BASELINE = "plain Material"
THEMED = "Material with the playbook's theme settings"
# A run is refused when the machine is not quiet: the 1-minute load average (/proc/loadavg)
# above MAX_LOAD before it starts (2 cores), or other work (busy CPU the bench did not use,
# cpu_seconds()) above MAX_OTHER_WORK cores on average during it. Not the load average at
# the end: the bench alone drove it to 1.4-2.5 in 5 rounds (2026-12-07). MAX_OTHER_WORK:
# a quiet machine measured 0.00-0.03 cores of other work, a busy loop beside the bench
# 0.90. Both can be set on the command line.
MAX_LOAD = 0.5
MAX_OTHER_WORK = 0.25

BUDGETS = {
    "build_ratio": 1.15,
    # Issue 30: our script on a page without tools (answers.min.js is loaded where answers
    # are used: answers-loader.js), gzipped.
    "own_js_no_tools_gzip_bytes": 15 * 1024,
    "lighthouse_min": {"accessibility": 100, "best-practices": 100, "seo": 100},
    # Issue 30, every page, medians of the same rounds: performance at least plain
    # Material's minus 1, TBT at most 100 ms, LCP at most the themed reference's plus 10 %.
    "performance_below_plain": 1,
    "tbt_ms": 100,
    "lcp_over_themed": 1.10,
}


# Pages that list or gather the whole site; the scaling copies only chapters.
SITE_WIDE_PAGES = {"tools.md", "glossary.md", "print-pack.md", "my-relationships.md", "facilitator/section-links.md"}

CALL = re.compile(r"""(\b(?:checklist|worksheet|assessment)\s*\(\s*["'])([a-z0-9-]+)(["'])""")


# What the report says about how to read it (written into REPORT.md).
NOTES = [
    "- Issue 30, 2026-12-07 evening. Changes: core/payload.js, the client's view and client-link.js left "
    "answers.min.js for share.min.js (8.5 KB gzipped), loaded after the answers only where their blocks are (the "
    "client's view form, My relationships, the client's own page, Room results) and at a tool's first \"Share my "
    "scores\"; answers.min.js went from about 39.3 to 32.1 KB gzipped on every tool page. The Print Pack's copies "
    "load two at a time: the load event's task that started all twenty requests was long in every Lighthouse run "
    "(22 ms observed, 88 ms simulated). Measured and left as it is: leaving out one of the theme's features at a "
    "time (content.tooltips, search.suggest, navigation.instant, toc.follow, navigation.tracking, the palette "
    "toggle) moved Lighthouse's TBT on Contracting within its spread (medians of 4, 42-166 ms in single runs), and "
    "without content.tooltips, medians of 5 in the same rounds went 48 to 77 ms on Contracting, 76 to 42 on the "
    "Print Pack and 93 to 58 on Why Partnership; Material's DOMContentLoaded task took 41 ms of CPU with every "
    "feature and 35 ms with four of them off (traced, medians of 8). A full restyle and layout of Contracting, "
    "forced after load, takes 8 ms: the first one is slow because it is the first (fonts, rule sets), not because "
    "of the playbook's CSS (without it, 14 ms, as the tools lay out unstyled). Then days in messages were written "
    "out by the core (C.dayText) instead of toLocaleDateString, whose first call on a page set up the browser's "
    "locale data: 21 ms of CPU in a start-up task of answers.min.js on My relationships.",
    "- Issue 30, 2026-12-07 afternoon. What the long tasks are: on every page type, Lighthouse's long tasks after "
    "the first paint are Material's own two, the evaluation of its bundle (which reads the layout at once, so the "
    "browser styles and lays out the page there) and its DOMContentLoaded start-up; the playbook's scripts run in "
    "tasks of their own, none long. Whether the first of the two counts depends on whether the browser painted before "
    "the parser reached the bundle (a longer page paints earlier), which is why TBT jumps between about 40 and 130 ms "
    "from round to round on the same page, the themed reference's too. Changes: the Print Pack's blank copies left "
    "the page (8,900 elements, 100 KB of its 110 KB gzipped) for scripts loaded after the load event, in parts of "
    "about 50 KB so that none parses in a long task (one 850 KB script did: 107 ms; 120 KB parts, once 58 ms); the head makes its stylesheet "
    "addresses absolute before the body exists, since Material's instant navigation setting them again made the "
    "browser restyle the whole page inside its start-up task (424 elements on Why Partnership); run sheets load their "
    "editor, run mode and pack parts when used (runsheet.min.js 10.4 to 6.7 KB gzipped). Tried and left out, "
    "measured: content-visibility on the chapters' blocks and on the navigation drawer (no change beyond the "
    "spread); a render-blocking deferred script or `<link rel=expect>` to move the first paint after Material's "
    "start-up (Lighthouse's simulation does not follow it: its first paint stayed before the start-up, and LCP was 2,055-3,179 ms against 1,702-2,125 ms, 2 runs of 2 pages each; the link was not even supported); running runsheet.min.js's parts "
    "in timer tasks (its DOMContentLoaded task grew from 71-92 to 121-171 ms); giving <html> its `js` class early "
    "(Material's focus-visible class restyles the page anyway).",
    "- Issue 30 (2026-12-07): our script on a page without tools went from 36.5 KB to 6.9 KB gzipped (playbook.min.js: "
    "palette, section links, arrival, printing, app updates and answers-loader.js). answers.min.js (26.3 KB: the store "
    "and its core, the tools, workspaces, backups) is loaded after the page's load event where answers are used (live "
    "tools, the tools page, My relationships, Room results), when idle once the browser keeps answers, or at the first "
    "use of the workspace switcher. The components manifest (4.6 KB of the old 36.5 KB, not 22.6 KB as the issue read "
    "it) left the script: each live tool carries its own entry, and components.js (5.2 KB) is loaded by My "
    "relationships, Room results and before an import or a share. The Print Pack's copies are not live tools: it "
    "loads no answers at all now. Why playbook pages painted their largest element later than Material with the same "
    "settings (not measured again here: the machine was busy): Lighthouse's simulated LCP counts the requests a page "
    "makes before it paints, and every page requested 36.5 KB of our script (about 180 ms at its 1.6 Mbit/s), beside "
    "our 6.5 KB stylesheet and the tools' HTML. The reference pages are the issue's two: plain Material and Material "
    "with the playbook's theme settings.",
    "- Why an earlier report said 99-100 where a reader's phone got 86-92 (issue #18): that report was made on "
    "2026-11-23 and never made again, while the site's own CSS+JS grew from 21.9 KB to 40.5 KB gzipped and the tool "
    "pages gained elements; its text also described a build cache that no longer exists. It also took 3 runs and "
    "reported the run with the median score, measured the plain Material page in a separate stretch of time rather "
    "than between our pages, and served HTTP/1.0 (a new connection for every file). This bench measures every page "
    "type in rounds with the baseline among them, takes the median of each figure, serves HTTP/1.1 with gzip, and "
    "writes the report from that run only.",
    "- The committed build figures come from a run on 2026-11-30, 07:14-07:31 UTC, on a quiet machine (load average "
    "1-3 on 2 cores, the bench alone): `--rounds 5 --factors 1,10,50 --scale-rounds 3 --scale-rounds-big 1 --runs 5`. "
    "x50 ran one round: its first build alone took almost 6 minutes. The page figures come from a later run, "
    "2026-11-30 18:38-18:51 UTC (`--only pages`, the bench alone); the afternoon's run before it (13:09-13:20 UTC) "
    "is quoted in the notes below for comparison.",
    "- x50 is slower per page than x10 (258 ms against 125 ms a page), so some step of the playbook's build grows faster "
    "than the content. Profiles (cProfile, 2026-11-30): at x10, Markdown 40 %, Jinja 35 %, Material's search indexing "
    "16 %, QR codes for the tools' printed sheets (segno) 16 % (624 codes); at x50, Python-Markdown's conversion takes "
    "0.36 s a page against 0.09 s at x10 (440 of 716 s, most of it in its inline pass, 9.6 million pattern calls), while "
    "the QR codes, the macros and the search index grow with the content. The likely cause, not yet confirmed page by "
    "page: the pages that hold the whole site (the print pack with every tool, 1,150 at x50; Section Links; the tool "
    "index; the glossary) are each one Markdown document that grows with the site.",
    "- The reference pages (How to use, built by Material without the playbook's macros, overrides, CSS or JS) "
    "show where the distance to plain Material comes from. In this run: plain 97, with the playbook's palette toggle "
    "(light and dark, which issue #18 needs) 95, with all of the playbook's theme settings 94; the playbook's pages "
    "80-89. Lighthouse on this 2-core machine moves by 5-10 points between runs of the same page an hour apart: at "
    "13:09 the theme settings scored 89 against plain's 98, and a run of 5 rounds at 18:20 (outside the bench) had "
    "plain 98, palette only 96, palette toggle 95, theme settings 89 and the playbook's How to use 89. Main-thread "
    "CPU from Chromium's traces is steadier (How to use, phone-sized window, medians of 5-7 loads, 2026-11-30 "
    "18:15-18:25 UTC): plain 193-227 ms; a palette of one scheme and no toggle adds 45-60 ms, in Material's "
    "start-up and style passes (not traced further); Material's features add about 75 ms more, mostly instant "
    "navigation (29 ms), tooltips (29 ms) and search suggestions (19 ms), each of the others within the runs' "
    "spread (about 10 ms); the playbook's page costs no more than Material with its theme settings (319 ms "
    "against 345 ms). So on a chapter page the distance to plain Material is Material's own palette and features.",
    "- Before the run of 2026-11-30 18:38 UTC, the reference pages were built with the benchmark server's address "
    "but served on another port, so Material turned instant navigation off on them (it does on any other port). "
    "Each reference's address now names its own port.",
    "- The site is built with its address set to the benchmark server's, so Material's instant navigation is on, as "
    "on the published site (a server on another port than the site's address turns it off).",
    "- Before and after issue #18's work on the five-tool ACT chapter (not part of this run: `traced_tasks` with 5 "
    "loads each from file://, the two builds measured one after the other on 2026-11-30 on the same busy machine): "
    "TBT-like 1107 ms before, 780 ms after; longest main-thread task 115 ms of CPU before, 72 ms after; 1,645 "
    "elements before, 1,495 after (a rating point is three elements, not five); playbook.min.js 33.5 KB gzipped "
    "before, 34.0 KB after; playbook.min.css 5.2 KB before and after. Most of what is left is Material's own start-up "
    "(its bundle reads the layout at once, so the browser styles and lays out the whole page inside that task) and "
    "the browser's style and layout passes over a page of 1,500 elements (30-70 ms of CPU each, times 4 in "
    "Lighthouse's mobile form): the playbook's script no longer has a long task of its own.",
    "- Then (2026-11-30, afternoon), `content-visibility: auto` on the tools (playbook.css, screen only): a tool off "
    "screen is not styled, laid out or painted until the reader nears it. Lighthouse mobile on the ACT chapter, "
    "medians of 5 in the same rounds: TBT 1137 ms before, 460 ms after; performance 76 before, 85 after. Between "
    "the morning's bench run and the afternoon's (all the changes in these notes): ACT 75 to 85 (TBT 1040 to 412 ms), "
    "one tool 78 to 84, run sheet 79 to 88, My relationships 82 to 90, print pack 77 to 81, home 88 to 90, chapter "
    "without tools 85 to 86, against plain Material's 94 and 98. "
    "A script reads an undrawn tool's innerText as empty (its textContent is whole), so the tests read textContent "
    "where a reader has not scrolled, and the accessibility walk draws every tool before axe runs.",
    "- Then the script's first part (the core and playbook.js) moved out of the task that also runs Material's "
    "start-up (a deferred script runs just before DOMContentLoaded, in the same task) into a timer of its own: "
    "ACT chapter, medians of 5 in the same rounds, TBT 580 ms before, 361 ms after, performance 84 before, 91 after; "
    "the chapter without tools did not change (493 and 483 ms). What stays in that task is V8 reading the whole "
    "script (about 20 ms under Lighthouse's 4x slowdown).",
    "- Then run sheets got their own script (runsheet.min.js: core/schedule.js and runsheet.js, 5.2 KB gzipped), "
    "loaded by the run sheet itself; playbook.min.js, on every page, went from 40.2 to 35.6 KB gzipped. The offline "
    "copy (the service worker) starts 2 s after load, when the page is idle; with no offline copy at all, TBT was "
    "about 100 ms lower on the chapter and the ACT chapter (medians of 5, noisy), so the wait keeps its download out "
    "of the page's start-up.",
    "- Also measured (2026-11-30) and left alone then: Material's instant navigation makes every relative address in "
    "the first page absolute (`el.href = el.href`), so the browser loads and parses every stylesheet again and "
    "restyles the page once more after start-up. Since 2026-12-07 the head makes its stylesheet addresses absolute "
    "first (overrides/main.html), and Material leaves them alone.",
    "- Lighthouse's mobile total blocking time multiplies the main-thread tasks it sees by 4 (its CPU slowdown): on a "
    "busy machine every task is slower, so TBT and the performance score drop for every page, the baseline included. "
    "Read our pages against the plain Material page of the same run.",
]

# --- building -----------------------------------------------------------------------


def plain_config(project: Path, with_macros: bool = False, reference: str = BASELINE) -> Path:
    """The same Markdown, built by Material as one of the REFERENCES: no macros, no
    overrides, no strictness.

    `with_macros`: the plain page with mkdocs-macros switched on but given nothing to do
    (no module, no page rendered): what having the plugin costs before any work of ours.
    The site's address names the port it is served on (reference_port), as the
    playbook's does: Material turns instant navigation off on any other port."""
    config = yaml_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    folder, kept = REFERENCES[reference]
    own = config["theme"]
    kept = [k for k in own if k not in ("custom_dir", "favicon")] if kept is None else kept
    theme = {k: own[k] for k in kept if k in own} | {"name": "material", "font": False}
    plain = {
        "site_name": config["site_name"],
        "site_description": config.get("site_description", ""),
        "site_url": f"http://127.0.0.1:{reference_port(reference)}/",
        "theme": theme,
        "plugins": ["search", {"macros": {"render_by_default": False}}] if with_macros else ["search"],
        "markdown_extensions": config.get("markdown_extensions", []),
        "nav": config.get("nav"),
        "extra": {"generator": False},
    }
    path = project / ("mkdocs.plain-macros.yml" if with_macros else f"mkdocs.{folder}.yml")
    path.write_text(json.dumps(plain), encoding="utf-8")  # JSON is valid YAML
    return path


def reference_port(reference: str) -> int:
    """The playbook is served on PORT, the references on the ports after it."""
    return PORT + 1 + list(REFERENCES).index(reference)


# Both sides build as on a reader's or CI's machine: every build is a fresh process; a
# rebuild keeps Python's compiled modules (this sandbox sets PYTHONDONTWRITEBYTECODE,
# which would tax only the project's own modules: installed packages were compiled when
# installed). Nothing else is kept between builds: the playbook has no disk cache.
CACHE_ENV: dict[str, str] = {"PYTHONDONTWRITEBYTECODE": ""}


def opt_in_config(project: Path) -> Path:
    """mkdocs-macros with `render_by_default: false`: only pages that call a macro (found
    with Jinja's parser) opt in with `render_macros: true`; the others skip Jinja."""
    sys.path.insert(0, str(project))
    from macros.content.registry import macro_calls

    names = (
        "checklist",
        "worksheet",
        "assessment",
        "glossary",
        "component_index",
        "print_pack",
        "agenda",
        "page_components",
        "relationships",
    )
    for md in (project / "docs").rglob("*.md"):
        text = md.read_text(encoding="utf-8")
        if not macro_calls(text, names):
            continue
        if text.startswith("---\n"):
            text = "---\nrender_macros: true\n" + text[4:]
        else:
            text = "---\nrender_macros: true\n---\n\n" + text
        md.write_text(text, encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      on_undefined: strict\n" in config
    path = project / "mkdocs.opt-in.yml"
    path.write_text(
        config.replace(
            "      on_undefined: strict\n", "      on_undefined: strict\n      render_by_default: false\n", 1
        ),
        encoding="utf-8",
    )
    return path


def build(project: Path, out: Path, config: str = "mkdocs.yml", strict: bool = True) -> float:
    """Seconds for one build; canonical links point at the benchmark's own server."""
    start = time.perf_counter()
    result = mkdocs_build(
        project, out, strict=strict, config=config, env={"SITE_URL": f"http://127.0.0.1:{PORT}/", **CACHE_ENV}
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build of {project} failed:\n{result.stdout}\n{result.stderr}")
    return seconds


def multiply(project: Path, factor: int) -> int:
    """Add factor-1 copies of every chapter, each with its own copies of its components.

    Copies get new component ids (`<id>-x<k>`) so that each is still used on one page,
    as the registry demands; returns the number of Markdown pages."""
    docs = project / "docs"
    originals = sorted(p for p in docs.rglob("*.md"))
    lines = [
        "from dataclasses import replace",
        "import importlib, pkgutil",
        "import macros.content.data as _pkg",
        "_src = []",
        "for _m in sorted(m.name for m in pkgutil.iter_modules(_pkg.__path__)):",
        "    if not _m.startswith(('_', 'zz_')):",
        "        _src += list(getattr(importlib.import_module('macros.content.data.' + _m), 'COMPONENTS', ()))",
        f"COMPONENTS = tuple(replace(c, id=f'{{c.id}}-x{{k}}') for k in range(2, {factor + 1}) for c in _src)",
    ]
    (project / "macros" / "content" / "data" / "zz_bench_copies.py").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )
    for k in range(2, factor + 1):
        for md in originals:
            rel = md.relative_to(docs)
            if rel.as_posix() in SITE_WIDE_PAGES:
                continue  # pages about the whole site: one of each is enough
            target = docs / f"copy-{k}" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            text = CALL.sub(lambda m, k=k: f"{m.group(1)}{m.group(2)}-x{k}{m.group(3)}", md.read_text(encoding="utf-8"))
            target.write_text(text, encoding="utf-8")
    # Copies are built although they are not in the nav (built with --no-strict).
    return len(list(docs.rglob("*.md")))


# --- page weight --------------------------------------------------------------------


def weight(site: Path, url_path: str) -> dict | None:
    html_file = site / url_path / "index.html"
    if not html_file.is_file():
        return None
    html = html_file.read_text(encoding="utf-8")
    css = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
    css += re.findall(r'<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"', html)
    js = re.findall(r'<script[^>]+src="([^"]+)"', html)

    def size(refs):
        raw = gz = own_raw = own_gz = 0
        for ref in dict.fromkeys(refs):
            f = (html_file.parent / ref.split("?")[0]).resolve()
            if not f.is_file():
                continue
            data = f.read_bytes()
            r, g = len(data), len(gzip.compress(data, 9))
            raw, gz = raw + r, gz + g
            if OWN_ASSETS in ref:
                own_raw, own_gz = own_raw + r, own_gz + g
        return raw, gz, own_raw, own_gz

    # answers.min.js (and share.min.js) arrive by answers-loader.js where the page uses them
    later = loaded_bundles(html)
    bundle = [ref for ref in js if OWN_ASSETS + "playbook.min.js" in ref]
    if bundle:
        js = [*js, *(bundle[0].replace("playbook.min.js", name) for name in later)]
    h = html.encode()
    c, j, oj = size(css), size(js), size([ref for ref in js if OWN_ASSETS in ref])
    return {
        "html": {"raw": len(h), "gzip": len(gzip.compress(h, 9))},
        "css": {"raw": c[0], "gzip": c[1]},
        "js": {"raw": j[0], "gzip": j[1]},
        "own_css_js": {"raw": c[2] + j[2], "gzip": c[3] + j[3]},
        "own_js": {"raw": oj[2], "gzip": oj[3], "answers": bool(later)},
    }


# --- Lighthouse ---------------------------------------------------------------------


class GzipHandler(QuietHandler):
    """Static files, gzip-compressed when the client accepts it, over HTTP/1.1 with
    keep-alive (as any real host does; Python's default, HTTP/1.0, opens a connection per
    file, which Lighthouse's simulation charges as a round trip each)."""

    protocol_version = "HTTP/1.1"

    COMPRESS = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if "gzip" in self.headers.get("Accept-Encoding", "") and path.endswith(self.COMPRESS) and os.path.isfile(path):
            with open(path, "rb") as f:
                body = gzip.compress(f.read(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "max-age=3600")
            self.end_headers()
            from io import BytesIO

            return BytesIO(body)
        return super().send_head()


# Lighthouse ends Chromium with SIGKILL to its process group: Chromium's own children
# (renderers, GPU, network) are orphaned, so nobody the bench waits for reaps them, and
# their CPU time would count as other work (cpu_seconds()). Lighthouse runs under this
# child subreaper, which adopts the orphans and waits for them all.
PR_SET_CHILD_SUBREAPER = 36  # Linux's prctl option
REAPER = f"""import ctypes, os, subprocess, sys
ctypes.CDLL(None).prctl({PR_SET_CHILD_SUBREAPER}, 1)
code = subprocess.call(sys.argv[1:])
while True:
    try:
        os.wait()
    except ChildProcessError:
        sys.exit(code)
"""

METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index", "dom-size")


def lighthouse(
    url: str, form: str, out_dir: Path, categories: str = "performance,accessibility,best-practices,seo"
) -> dict:
    env = {**os.environ, "CHROME_PATH": find_chromium() or ""}
    report = out_dir / f"lh-{abs(hash((url, form)))}-{time.monotonic_ns()}.json"
    cmd = [
        sys.executable,
        "-c",
        REAPER,
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={categories}",
        "--disable-full-page-screenshot",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking "
        "--disable-component-update --disable-sync --no-first-run",
    ]
    if form == "desktop":
        cmd.append("--preset=desktop")
    if categories == "performance":  # the metrics that make the score, and the DOM size: a quicker run
        cmd.append("--only-audits=" + ",".join((*METRICS, "cumulative-layout-shift")))
    subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, timeout=600)
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {k: round((v.get("score") or 0) * 100) for k, v in data["categories"].items()}
    metrics = {k: round(data["audits"][k]["numericValue"]) for k in METRICS}
    metrics["cumulative-layout-shift"] = round(data["audits"]["cumulative-layout-shift"]["numericValue"], 3)
    failing = sorted(
        a["id"]
        for a in data["audits"].values()
        if a.get("score") is not None
        and a["score"] < 1
        and a.get("scoreDisplayMode") in {"binary", "numeric"}
        and any(a["id"] == r["id"] for cat in data["categories"].values() for r in cat["auditRefs"] if r.get("weight"))
    )
    return {"scores": scores, "metrics": metrics, "failing_audits": failing}


# --- DevTools-style traces ------------------------------------------------------------

TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8.execute", "loading"]


def traced_tasks(url: str, runs: int) -> dict:
    """Main-thread tasks of a page load on a phone-sized window, from Chromium's trace,
    timed in thread CPU time (a trace event's `tdur`): other processes on a shared
    machine stretch wall time a lot and CPU time little. TBT-like: the sum over tasks
    of max(0, 4 x CPU ms - 50), 4 being Lighthouse's mobile CPU slowdown."""
    from playwright.sync_api import sync_playwright

    out = []
    # Chromium's children outlive it as it closes: the bench adopts them (as REAPER does
    # for Lighthouse), so that their CPU time is the bench's own (cpu_seconds()).
    ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=["--no-sandbox", "--disable-gpu"])
        for _ in range(runs):
            ctx = browser.new_context(
                viewport={"width": 412, "height": 823}, device_scale_factor=1.75, is_mobile=True, has_touch=True
            )
            page = ctx.new_page()
            page.set_default_timeout(120_000)
            browser.start_tracing(page=page, categories=TRACE_CATEGORIES)
            page.goto(url, wait_until="load")
            page.wait_for_timeout(3000)  # tools wired up as they near the screen, chunks after load
            elements = page.evaluate("document.getElementsByTagName('*').length")
            events = json.loads(browser.stop_tracing())
            events = events["traceEvents"] if isinstance(events, dict) else events
            ctx.close()
            mains = {
                (e["pid"], e["tid"])
                for e in events
                if e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"
            }
            by_pid: dict = {}
            for e in events:
                if e.get("name") == "RunTask" and e.get("ph") == "X" and "tdur" in e and (e["pid"], e["tid"]) in mains:
                    by_pid.setdefault(e["pid"], []).append(e["tdur"] / 1000)
            cpu = max(by_pid.values(), key=sum) if by_pid else [0]  # the page's renderer: the busiest
            out.append(
                {
                    "tbt_like_ms": round(sum(max(0, 4 * c - 50) for c in cpu)),
                    "longest_task_cpu_ms": round(max(cpu), 1),
                    "main_thread_cpu_ms": round(sum(cpu)),
                    "elements": elements,
                }
            )
        browser.close()
    ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 0)
    deadline = time.monotonic() + 10  # the adopted ones, as they exit (no other child runs now)
    while time.monotonic() < deadline:
        try:
            if not os.waitpid(-1, os.WNOHANG)[0]:
                time.sleep(0.1)
        except ChildProcessError:
            break
    med = {k: statistics.median(r[k] for r in out) for k in out[0]}
    return {**med, "runs": len(out), "all_tbt_like_ms": [r["tbt_like_ms"] for r in out]}


def traces_all(site: Path, plain: Path, runs: int) -> dict:
    servers = [serve(site, PORT, GzipHandler)[0], serve(plain, reference_port(BASELINE), GzipHandler)[0]]
    try:
        result = {}
        for label, port, path in [(name, PORT, p) for name, p in PAGE_TYPES] + [
            (BASELINE, reference_port(BASELINE), REFERENCE_PATH)
        ]:
            result[label] = traced_tasks(f"http://127.0.0.1:{port}/{path}", runs)
            print(f"trace {label}: {result[label]} (load {load()})", flush=True)
        return result
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


# --- main ---------------------------------------------------------------------------


def load() -> float:
    """The machine's 1-minute load average (/proc/loadavg): before a run, whether the machine is
    quiet (during one it counts the bench's own processes too: cpu_seconds())."""
    try:
        return round(float(Path("/proc/loadavg").read_text(encoding="ascii").split()[0]), 2)
    except OSError:
        return round(os.getloadavg()[0], 2)


def cpu_seconds() -> dict:
    """The machine's busy CPU seconds (all cores, /proc/stat) and the bench's own: itself and
    the processes it waited for (the builds; Lighthouse and all of its Chromium, REAPER).
    The load average cannot tell the two apart, and the bench alone keeps it above 1."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(
        int, Path("/proc/stat").read_text(encoding="ascii").split()[1:9]
    )
    own = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return {
        "busy": (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK"),
        "own": sum(r.ru_utime + r.ru_stime for r in own),
        "at": time.monotonic(),
    }


def cpu_since(start: dict) -> dict:
    """The bench's own and the machine's busy CPU seconds since `start` (cpu_seconds()), and
    the rest, other work, as cores on average over the time between."""
    end = cpu_seconds()
    busy, own, seconds = (end[k] - start[k] for k in ("busy", "own", "at"))
    return {
        "own_cpu_s": round(own, 1),
        "busy_cpu_s": round(busy, 1),
        "other_work_cores": round(max(0.0, busy - own) / seconds, 2),
    }


def no_bytecode(project: Path) -> None:
    """Forget the project's compiled modules: the next build is a first build."""
    for folder in list(project.rglob("__pycache__")):
        shutil.rmtree(folder)


def build_times(tmp: Path, rounds: int, opt_in: bool) -> dict:
    """Playbook vs plain Material (and the idle plugin, and the opt-in variant), the sides
    alternating in each round, so that a busy moment costs every side alike."""
    project = copy_project(tmp / "project")
    plain = plain_config(project)
    plugin_only = plain_config(project, with_macros=True)
    opt_project = opt_config = None
    if opt_in:
        opt_project = copy_project(tmp / "opt-in")
        opt_config = opt_in_config(opt_project)
    sides = {"playbook": [], "plain": [], "plugin_idle": [], "opt_in": []}
    first = {"playbook": [], "plain": []}
    for i in range(rounds):
        # a first build: fresh process, nothing compiled for the project, nothing cached
        no_bytecode(project)
        first["playbook"].append(build(project, tmp / "site"))
        first["plain"].append(build(project, tmp / "plain", plain.name, strict=False))
        # a rebuild: the same again, Python's compiled modules kept
        sides["playbook"].append(build(project, tmp / "site"))
        sides["plain"].append(build(project, tmp / "plain", plain.name, strict=False))
        sides["plugin_idle"].append(build(project, tmp / "plugin", plugin_only.name, strict=False))
        if opt_project is not None:
            if i == 0:
                build(opt_project, tmp / "opt-site", opt_config.name)  # its compiled modules, as for the others
            sides["opt_in"].append(build(opt_project, tmp / "opt-site", opt_config.name))
        print(
            f"round {i + 1}: first builds playbook {first['playbook'][-1]:.2f}s, plain {first['plain'][-1]:.2f}s; "
            "rebuilds " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in sides.items() if v) + f" (load {load()})",
            flush=True,
        )
    med = {k: statistics.median(v) for k, v in sides.items() if v}
    out = {
        "rounds": rounds,
        "playbook_s": med["playbook"],
        "plain_material_s": med["plain"],
        "plugin_idle_s": med["plugin_idle"],
        "all_playbook_s": sides["playbook"],
        "all_plain_s": sides["plain"],
        "all_plugin_idle_s": sides["plugin_idle"],
        "first": {
            "playbook_s": statistics.median(first["playbook"]),
            "plain_material_s": statistics.median(first["plain"]),
            "all_playbook_s": first["playbook"],
            "all_plain_s": first["plain"],
        },
    }
    out["ratio"] = out["playbook_s"] / out["plain_material_s"]
    out["plugin_idle_ratio"] = out["plugin_idle_s"] / out["plain_material_s"]
    out["first"]["ratio"] = out["first"]["playbook_s"] / out["first"]["plain_material_s"]
    if "opt_in" in med:
        out.update(opt_in_s=med["opt_in"], all_opt_in_s=sides["opt_in"], opt_in_ratio=med["opt_in"] / med["plain"])
    return out


def scaling(
    tmp: Path, factors: list[int], rounds: int, big_rounds: int | None = None, x1: dict | None = None
) -> list[dict]:
    """First builds and rebuilds at each scale, beside plain Material building the same
    pages: time per page must not grow with the number of pages."""
    rows = []
    for factor in factors:
        if factor == 1 and x1:  # the same builds as the build-time rounds: take those
            pages = len(list((ROOT / "docs").rglob("*.md")))
            row = {
                "factor": 1,
                "pages": pages,
                "rounds": x1["rounds"],
                "first_s": x1["first"]["playbook_s"],
                "first_plain_s": x1["first"]["plain_material_s"],
                "seconds": x1["playbook_s"],
                "plain_s": x1["plain_material_s"],
            }
            row.update(
                ratio=row["seconds"] / row["plain_s"],
                first_ratio=row["first_s"] / row["first_plain_s"],
                ms_per_page=1000 * row["seconds"] / pages,
                first_ms_per_page=1000 * row["first_s"] / pages,
            )
            rows.append(row)
            continue
        scaled = copy_project(tmp / f"scaled-{factor}")
        pages = multiply(scaled, factor)
        scaled_plain = plain_config(scaled)
        runs = {"first_s": [], "first_plain_s": [], "seconds": [], "plain_s": []}
        n = big_rounds if big_rounds and factor == max(factors) else rounds
        for _ in range(n):
            no_bytecode(scaled)
            runs["first_s"].append(build(scaled, tmp / f"scaled-site-{factor}", strict=False))
            runs["first_plain_s"].append(build(scaled, tmp / f"scaled-plain-{factor}", scaled_plain.name, strict=False))
            runs["seconds"].append(build(scaled, tmp / f"scaled-site-{factor}", strict=False))
            runs["plain_s"].append(build(scaled, tmp / f"scaled-plain-{factor}", scaled_plain.name, strict=False))
        row = {
            "factor": factor,
            "pages": pages,
            "rounds": n,
            **{k: statistics.median(v) for k, v in runs.items()},
            **{f"all_{k}": v for k, v in runs.items()},
        }
        row.update(
            ratio=row["seconds"] / row["plain_s"],
            first_ratio=row["first_s"] / row["first_plain_s"],
            ms_per_page=1000 * row["seconds"] / pages,
            first_ms_per_page=1000 * row["first_s"] / pages,
        )
        rows.append(row)
        print(
            f"scaling x{factor}: {pages} pages, first builds {row['first_s']:.1f}s vs plain Material {row['first_plain_s']:.1f}s "
            f"(ratio {row['first_ratio']:.2f}); rebuilds {row['seconds']:.1f}s vs {row['plain_s']:.1f}s (load {load()})",
            flush=True,
        )
        for leftover in (scaled, tmp / f"scaled-site-{factor}", tmp / f"scaled-plain-{factor}"):
            shutil.rmtree(leftover, ignore_errors=True)
    return rows


def fit(report: dict) -> None:
    """time = fixed + pages * per_page, fitted on the smallest and largest sizes."""
    rows = report.get("scaling", [])
    if len(rows) < 2:
        return
    a, b = rows[0], rows[-1]
    for side, key in (("playbook", "seconds"), ("plain", "plain_s")):
        per_page = (b[key] - a[key]) / (b["pages"] - a["pages"])
        report["build"][f"{side}_fixed_s"] = a[key] - per_page * a["pages"]
        report["build"][f"{side}_per_page_ms"] = 1000 * per_page


def lighthouse_all(
    site: Path,
    references: dict[str, Path],
    runs: int,
    out: Path,
    parallel: int = 1,
    desktop: bool = False,
    every_category: bool = False,
    on_progress=None,
) -> dict:
    """Every page type and the reference pages (label: built site), served gzip-compressed, in rounds:
    each round measures every page once, so a busy moment on a shared machine falls on
    the baseline as much as on our pages. `parallel` runs that many at once, still in
    round order. Performance only, unless `every_category` (then the first round runs
    accessibility, best practices and SEO too). Figures are medians over the rounds;
    `on_progress(summary)` after every run, so a run cut short still leaves figures."""
    from concurrent.futures import ThreadPoolExecutor, as_completed

    targets = [(label, PORT, path) for label, path in PAGE_TYPES if (site / path / "index.html").is_file()]
    targets += [(label, reference_port(label), REFERENCE_PATH) for label in references]
    jobs = [(i, label, port, path, "mobile") for i in range(runs) for label, port, path in targets]
    if desktop:
        jobs += [(0, label, port, path, "desktop") for label, port, path in targets]
    servers = [serve(site, PORT, GzipHandler)[0]]
    servers += [serve(built, reference_port(label), GzipHandler)[0] for label, built in references.items()]
    results: dict = {label: {"mobile": [], "desktop": []} for label, _, _ in targets}

    def one(job):
        i, label, port, path, form = job
        cats = "performance,accessibility,best-practices,seo" if i == 0 and every_category else "performance"
        r = lighthouse(f"http://127.0.0.1:{port}/{path}", form, out, cats)
        r["round"] = i
        print(
            f"lighthouse {i + 1}/{runs} {label} {form}: performance {r['scores'].get('performance')}, "
            f"TBT {r['metrics']['total-blocking-time']} ms (load {load()})",
            flush=True,
        )
        return job, r

    try:
        with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
            for done in as_completed([pool.submit(one, job) for job in jobs]):
                (_i, label, _, _, form), r = done.result()
                results[label][form].append(r)
                if on_progress:
                    on_progress(summarize(results))
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
    return summarize(results)


def summarize(results: dict) -> dict:
    lh: dict = {}
    for label, forms in results.items():
        for form, rs in forms.items():
            if not rs:
                continue
            cats = max((r["scores"] for r in rs), key=len)
            scores = {k: statistics.median(r["scores"][k] or 0 for r in rs if k in r["scores"]) for k in cats}
            metrics = {k: statistics.median(r["metrics"][k] for r in rs) for k in rs[0]["metrics"]}
            lh.setdefault(label, {})[form] = {
                "runs": len(rs),
                "scores": scores,
                "metrics": metrics,
                "failing_audits": sorted({a for r in rs for a in r["failing_audits"]}),
                "performance_runs": [r["scores"].get("performance") for r in rs],
                "tbt_runs": [r["metrics"]["total-blocking-time"] for r in rs],
            }
    return lh


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--rounds", type=int, default=5, help="alternating rounds of builds (x1) for the build-time medians"
    )
    parser.add_argument("--factors", default="1,10,50", help="content multipliers for the scaling test")
    parser.add_argument("--scale-rounds", type=int, default=3, help="rounds of builds at each scale")
    parser.add_argument("--runs", type=int, default=MOBILE_RUNS, help="Lighthouse mobile runs per page (median)")
    parser.add_argument("--parallel", type=int, default=1, help="Lighthouse runs at once (a busy machine: 2 or 3)")
    parser.add_argument(
        "--traces", action="store_true", help="also DevTools-style traces (CPU time) of every page type"
    )
    parser.add_argument("--trace-runs", type=int, default=MOBILE_RUNS, help="traced loads per page (median)")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument(
        "--every-category", action="store_true", help="first round: accessibility, best practices, SEO too"
    )
    parser.add_argument("--desktop", action="store_true", help="also one desktop run per page")
    parser.add_argument(
        "--scale-rounds-big", type=int, default=None, help="rounds at the largest scale (default: --scale-rounds)"
    )
    parser.add_argument("--no-opt-in", action="store_true", help="skip the render_by_default: false variant")
    parser.add_argument("--rewrite", action="store_true", help="only write REPORT.md again from bench/report.json")
    parser.add_argument(
        "--only",
        choices=("builds", "pages", "all"),
        default="pages",
        help="pages (default): issue 30's comparison; builds: build time and scaling; all: both. The half "
        "not run keeps its figures from bench/report.json (each half says when it ran)",
    )
    parser.add_argument(
        "--sizes-only", action="store_true", help="quick, for development: build and weigh the pages, no Lighthouse"
    )
    parser.add_argument(
        "--max-load",
        type=float,
        default=MAX_LOAD,
        help=f"refuse to start above this 1-minute load average (default {MAX_LOAD})",
    )
    parser.add_argument(
        "--max-other-work",
        type=float,
        default=MAX_OTHER_WORK,
        help="call the run void when other work (busy CPU the bench did not use) averaged more than this "
        f"many cores (default {MAX_OTHER_WORK})",
    )
    args = parser.parse_args(argv)
    only = None if args.only == "all" else args.only
    # --rewrite measures nothing: neither Lighthouse nor a quiet machine is needed
    lighthouse_wanted = only != "builds" and not args.sizes_only and not args.no_lighthouse and not args.rewrite
    if lighthouse_wanted and not LIGHTHOUSE.exists():
        print(
            f"bench: Lighthouse is not installed ({LIGHTHOUSE}); run `make bench`, or use --sizes-only", file=sys.stderr
        )
        return 1
    if lighthouse_wanted and load() > args.max_load:
        print(
            f"bench: refused: the 1-minute load average is {load()} (above {args.max_load}): other work is using the "
            f"machine's {os.cpu_count()} cores, and Lighthouse's figures would mean nothing. Run it on a quiet "
            "machine (or --sizes-only for the page weights).",
            file=sys.stderr,
        )
        return 2
    if args.rewrite:
        report = json.loads((BENCH / "report.json").read_text(encoding="utf-8"))
        report["notes"] = NOTES
        report["budgets"] = check_budgets(report)
        (BENCH / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        (BENCH / "REPORT.md").write_text(markdown(report), encoding="utf-8")
        return 0
    report: dict = {"date": dt.date.today().isoformat(), "machine": {"cores": os.cpu_count()}}
    now = lambda: dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")  # noqa: E731

    def so_far(ran: dict, cpu: dict) -> dict:
        """A half's record of when it ran: its start, now, the load, and the CPU since `cpu`."""
        return {**ran, "end": now(), "load_end": load(), **cpu_since(cpu)}

    with tempfile.TemporaryDirectory(prefix="cpp-bench-") as tmp:
        tmp = Path(tmp)
        if only != "pages":
            ran, cpu = {"start": now(), "load_start": load()}, cpu_seconds()
            report["build"] = build_times(tmp, args.rounds, not args.no_opt_in)
            report["scaling"] = scaling(
                tmp,
                [int(f) for f in args.factors.split(",")],
                args.scale_rounds,
                args.scale_rounds_big,
                report["build"],
            )
            fit(report)
            report["builds_ran"] = so_far(ran, cpu)
        if only != "builds":
            ran, cpu = {"start": now(), "load_start": load()}, cpu_seconds()
            project = copy_project(tmp / "pages-project")
            build(project, tmp / "site")
            references = {label: tmp / folder for label, (folder, _) in REFERENCES.items()}
            for label, built in references.items():
                build(project, built, plain_config(project, reference=label).name, strict=False)
            report["weight"] = {label: weight(tmp / "site", path) for label, path in PAGE_TYPES}
            report["weight"] |= {label: weight(built, REFERENCE_PATH) for label, built in references.items()}
            if args.traces:
                report["traces"] = traces_all(tmp / "site", references[BASELINE], args.trace_runs)
                report["pages_ran"] = so_far(ran, cpu)
                write(report, "pages")  # so far, in case the Lighthouse rounds are cut short
            if lighthouse_wanted:

                def progress(summary):
                    report["lighthouse"] = summary
                    report["pages_ran"] = so_far(ran, cpu)
                    write(report, "pages")

                report["lighthouse"] = lighthouse_all(
                    tmp / "site", references, args.runs, tmp, args.parallel, args.desktop, args.every_category, progress
                )
            report["pages_ran"] = so_far(ran, cpu)
            report["pages_ran"] |= {"max_load": args.max_load, "max_other_work": args.max_other_work}
            if lighthouse_wanted and report["pages_ran"]["other_work_cores"] > args.max_other_work:
                report["pages_ran"]["void"] = True

    write(report, only)
    print((BENCH / "REPORT.md").read_text(encoding="utf-8"))
    if report.get("pages_ran", {}).get("void"):
        print(
            f"bench: void: other work used {report['pages_ran']['other_work_cores']} cores on average during the "
            f"run (above {args.max_other_work}): it shared the cores with Lighthouse, so the figures mean nothing. "
            "REPORT.md says so; run it again on a quiet machine.",
            file=sys.stderr,
        )
        return 3
    return 0


def write(report: dict, only: str | None) -> None:
    """report.json and REPORT.md; the half not run now keeps its figures as the last run
    left them (read now, not at the start, so that two halves run side by side both
    land), if this bench wrote them. A run without Lighthouse (`--sizes-only`) leaves
    Lighthouse out: figures of another build would not belong to these sizes."""
    old = json.loads((BENCH / "report.json").read_text(encoding="utf-8")) if (BENCH / "report.json").is_file() else {}
    keep = {"pages": ("build", "scaling", "builds_ran"), "builds": ("weight", "lighthouse", "traces", "pages_ran")}.get(
        only, ()
    )
    out = dict(report)
    for key in keep:
        if key in old and keep[-1] in old:
            out[key] = old[key]
    if out.get("lighthouse") and out.get("pages_ran"):
        out["lighthouse_ran"] = out["pages_ran"]
    out["notes"] = NOTES
    out["budgets"] = check_budgets(out)
    (BENCH / "report.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    (BENCH / "REPORT.md").write_text(markdown(out), encoding="utf-8")


def check_budgets(report: dict) -> list[dict]:
    out = []

    def add(name, value, limit, ok):
        out.append({"budget": name, "value": value, "limit": limit, "met": bool(ok)})

    b = report.get("build")
    if b:
        add(
            f"build time ratio (playbook / plain Material), rebuilds, median of {b['rounds']}",
            round(b["ratio"], 3),
            f"<= {BUDGETS['build_ratio']}",
            b["ratio"] <= BUDGETS["build_ratio"],
        )
    rows = report.get("scaling", [])
    if len(rows) >= 2:
        per_page = [s["ms_per_page"] for s in rows]
        add(
            "time per page, largest vs smallest scale",
            round(per_page[-1] / per_page[0], 2),
            "<= 1.5 (linear or better)",
            per_page[-1] <= 1.5 * per_page[0],
        )
    for label, w in (report.get("weight") or {}).items():
        if w and "own_js" in w and not w["own_js"]["answers"] and label not in REFERENCES:
            limit = BUDGETS["own_js_no_tools_gzip_bytes"]
            add(
                f"our script, gzipped (bytes), {label} (no tools)",
                w["own_js"]["gzip"],
                f"<= {limit}",
                w["own_js"]["gzip"] <= limit,
            )
    lh = report.get("lighthouse", {})
    plain = lh.get(BASELINE, {}).get("mobile", {})
    themed = lh.get(THEMED, {}).get("mobile", {})
    for label, forms in lh.items():
        if label in REFERENCES:
            continue
        for form, res in forms.items():
            s = res["scores"]
            for cat, floor in BUDGETS["lighthouse_min"].items():
                if s.get(cat) is None:
                    continue  # not measured in this run (performance only, without --every-category)
                add(f"Lighthouse {cat}, {label}, {form}", s.get(cat), f">= {floor}", (s.get(cat) or 0) >= floor)
            if form != "mobile" or not plain or not themed:
                continue
            n, m = res["runs"], res["metrics"]
            floor = plain["scores"]["performance"] - BUDGETS["performance_below_plain"]
            add(
                f"performance, {label} (median of {n})",
                s.get("performance"),
                f">= plain Material's minus 1: {floor:g}",
                (s.get("performance") or 0) >= floor,
            )
            add(
                f"TBT ms, {label} (median of {n})",
                m["total-blocking-time"],
                f"<= {BUDGETS['tbt_ms']}",
                m["total-blocking-time"] <= BUDGETS["tbt_ms"],
            )
            lcp = round(themed["metrics"]["largest-contentful-paint"] * BUDGETS["lcp_over_themed"])
            add(
                f"LCP ms, {label} (median of {n})",
                m["largest-contentful-paint"],
                f"<= themed Material's plus 10 %: {lcp}",
                m["largest-contentful-paint"] <= lcp,
            )
    return out


def g(x) -> str:
    return "-" if x is None else f"{x:g}"


def kb(n: int) -> str:
    return f"{n / 1024:.1f} KB"


def other_work(ran: dict) -> str:
    """What REPORT.md says about other work during a run (runs before 2026-12-07 did not measure it)."""
    if "other_work_cores" not in ran:
        return ""
    text = (
        f" Other work (the machine's busy CPU time, /proc/stat, minus the bench's own) used "
        f"{ran['other_work_cores']:.2f} cores on average ({ran['busy_cpu_s']} s busy, {ran['own_cpu_s']} s the bench's own)."
    )
    if "max_other_work" in ran:
        text += (
            f" A run is void above {ran['max_other_work']} cores of other work, not by its load average: that counts "
            "the bench's own processes too (the bench alone drove it to 1.4-2.5 in 5 rounds on 2026-12-07)."
        )
    return text


def shared_note(ran: dict | None, cores: int) -> str:
    if not ran:
        return ""
    when = f"{ran['start']} to {ran['end']}"
    if "other_work_cores" in ran:
        shared = ran["other_work_cores"] > ran.get("max_other_work", MAX_OTHER_WORK)
    else:  # an older run: the load average only
        shared = max(ran["load_start"], ran["load_end"]) > cores
    if shared:
        return (
            f"Ran {when} on a **shared** machine (1-minute load average {ran['load_start']} at the start, "
            f"{ran['load_end']} at the end, on {cores} cores): absolute times are slow and noisy; "
            "compare each figure with its baseline from the same run." + other_work(ran)
        )
    return (
        f"Ran {when}; load average {ran['load_start']} at the start, {ran['load_end']} at the end, on {cores} cores."
        + other_work(ran)
    )


def issue_table(r: dict) -> list[str]:
    """Issue 30's table: the two references and every page type, Lighthouse mobile medians
    of the same rounds, with our script's gzipped size beside them."""
    lh, weights = r.get("lighthouse") or {}, r.get("weight") or {}
    if not lh and not weights:
        return []
    ran = r.get("lighthouse_ran") or {}
    lines = ["", "## Every page beside Material (issue 30)", ""]
    if lh and ran:
        lines += [
            f"Lighthouse mobile, pages served with gzip under the site's own address, every page once a round. "
            f"Ran {ran.get('start')} to {ran.get('end')}; 1-minute load average (/proc/loadavg) "
            f"{ran.get('load_start')} before, {ran.get('load_end')} after, on {r['machine']['cores']} cores."
            + other_work(ran),
            "",
        ]
        if ran.get("void"):
            lines += [
                "**Void: other work shared the cores during this run (above the limit); these figures "
                "mean nothing. Run `make bench` again on a quiet machine.**",
                "",
            ]
    if not lh:
        lines += [
            f"Page sizes only (`--sizes-only`, {(r.get('pages_ran') or {}).get('start')}): no Lighthouse in this run; "
            "`make bench` on a quiet machine measures the rest.",
            "",
        ]
    lines += ["| page | performance | TBT ms | LCP ms | our script, gzipped |", "| --- | --- | --- | --- | --- |"]
    for label in [*REFERENCES, *(label for label, _ in PAGE_TYPES)]:
        res = (lh.get(label) or {}).get("mobile")
        w = weights.get(label) or {}
        own = w.get("own_js")
        size = "-" if label in REFERENCES or not own else kb(own["gzip"]) + ("" if own["answers"] else " (no tools)")
        if res:
            m = res["metrics"]
            lines.append(
                f"| {label} | {g(res['scores'].get('performance'))} | {g(m.get('total-blocking-time'))} | "
                f"{g(m.get('largest-contentful-paint'))} | {size} |"
            )
        else:
            lines.append(f"| {label} | - | - | - | {size} |")
    return lines


def markdown(r: dict) -> str:
    cores = r["machine"]["cores"]
    lines = [
        f"# Benchmark report ({r['date']})",
        "",
        f"Made by `make bench` on a {cores}-core machine. Numbers: `bench/report.json`. Every figure is a median of "
        "several runs, beside its baseline measured in the same run (plain Material: the same Markdown without macros "
        "or overrides). No budget is met by patching another library: the playbook patches none.",
        "",
        "## Budgets",
        "",
        "| budget | value | limit | met |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| {x['budget']} | {x['value']} | {x['limit']} | {'yes' if x['met'] else '**no**'} |" for x in r["budgets"]
    ]
    lines += issue_table(r)
    b = r.get("build")
    if b:
        f = b["first"]
        lines += [
            "",
            "## Build time",
            "",
            shared_note(r.get("builds_ran"), cores),
            "",
            f"{b['rounds']} rounds; in each, every side builds in turn, each build a fresh `mkdocs build` process.",
            "",
            "| build | playbook (s) | plain Material (s) | ratio |",
            "| --- | --- | --- | --- |",
            f"| first build (the project's compiled modules deleted: a fresh clone) | {f['playbook_s']:.2f} | "
            f"{f['plain_material_s']:.2f} | {f['ratio']:.3f} |",
            f"| rebuild (Python's compiled modules kept; nothing else is) | {b['playbook_s']:.2f} | {b['plain_material_s']:.2f} | "
            f"{b['ratio']:.3f} |",
            "",
            f"The plain build with mkdocs-macros switched on but given nothing to do took {b['plugin_idle_s']:.2f} s "
            f"(ratio {b['plugin_idle_ratio']:.3f}): what the plugin costs before any work of ours.",
            "",
        ]
        if "opt_in_s" in b:
            # helps only if 10 % faster in every round (a median of few rounds on a busy machine can mislead)
            helps = all(
                o < q * 0.9 for o, q in zip(b.get("all_opt_in_s", [b["opt_in_s"]]), b["all_playbook_s"], strict=False)
            )
            lines += [
                f"mkdocs-macros' `render_by_default: false`, with only the pages that call a macro opting in "
                f"(`render_macros: true`): {b['opt_in_s']:.2f} s (ratio {b['opt_in_ratio']:.3f}) against "
                f"{b['playbook_s']:.2f} s rendering every page. "
                + (
                    "It helps: worth adopting, with a check that every page calling a macro opts in."
                    if helps
                    else "It was not 10 % faster in every round (rounds: "
                    + ", ".join(
                        f"{o:.1f} vs {q:.1f} s"
                        for o, q in zip(b.get("all_opt_in_s", []), b["all_playbook_s"], strict=False)
                    )
                    + "), so it is not shown to help: not worth a "
                    "front-matter line on every page that calls a macro until a quieter run says otherwise."
                ),
                "",
            ]
        if "playbook_fixed_s" in b and min(b["playbook_fixed_s"], b["plain_fixed_s"]) < 0:
            lines += [
                "A fixed-plus-per-page fit over the scaling rebuilds came out negative in this run (noise): not shown.",
                "",
            ]
        elif "playbook_fixed_s" in b:
            lines += [
                f"Fitted over the scaling rebuilds: the playbook costs {b['playbook_fixed_s']:.2f} s fixed plus "
                f"{b['playbook_per_page_ms']:.0f} ms a page; plain Material {b['plain_fixed_s']:.2f} s plus "
                f"{b['plain_per_page_ms']:.0f} ms a page.",
                "",
            ]
    if r.get("scaling"):
        lines += [
            "## Scaling",
            "",
            "Each chapter copied with its tools (x10, x50). Medians of the rounds shown; first build: compiled modules "
            "deleted before it.",
            "",
            "| content | pages | rounds | first build: playbook / plain (s) | first-build ratio | rebuild: playbook / plain (s) | rebuild ratio | ms per page (rebuild) |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        lines += [
            f"| x{s['factor']} | {s['pages']} | {s.get('rounds', 1)} | {s['first_s']:.1f} / {s['first_plain_s']:.1f} | "
            f"{s['first_ratio']:.2f} | {s['seconds']:.1f} / {s['plain_s']:.1f} | {s['ratio']:.2f} | "
            f"{s['ms_per_page']:.0f} |"
            for s in r["scaling"]
        ]
    if r.get("weight"):
        lines += [
            "",
            "## Page weight",
            "",
            "| page | HTML (gz) | CSS (gz) | JS (gz) | own CSS+JS raw | own CSS+JS gz |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for label, w in r["weight"].items():
            if w:
                lines.append(
                    f"| {label} | {kb(w['html']['gzip'])} | {kb(w['css']['gzip'])} | {kb(w['js']['gzip'])} | "
                    f"{kb(w['own_css_js']['raw'])} | {kb(w['own_css_js']['gzip'])} |"
                )
            else:
                lines.append(f"| {label} | not built | | | | |")
    if r.get("lighthouse"):
        lines += [
            "",
            "## Lighthouse (served gzip-compressed)",
            "",
            shared_note(r.get("pages_ran"), cores),
            "",
            "Lighthouse's mobile form (simulated slow 4G, CPU slowed 4x) unless it says desktop. The pages are "
            "measured in rounds, every page once a round with the plain Material page among them. Medians of the "
            "rounds (every run's performance score and total blocking time in brackets); desktop: one run. "
            "Times in ms (TBT: total blocking time; FCP, LCP: first and largest contentful paint; SI: speed index); "
            "DOM: elements in the page.",
            "",
            "| page | form | performance (runs) | TBT (runs) | FCP / LCP / SI | CLS | DOM | accessibility | best practices | SEO | audits below full marks |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for label, forms in r["lighthouse"].items():
            for form, res in forms.items():
                s, m = res["scores"], res.get("metrics", {})
                many = len(res.get("performance_runs", [])) > 1
                perf = g(s.get("performance")) + (
                    f" ({', '.join(str(x) for x in res['performance_runs'])})" if many else ""
                )
                tbt = g(m.get("total-blocking-time")) + (
                    f" ({', '.join(str(x) for x in res['tbt_runs'])})" if many else ""
                )
                times = " / ".join(
                    g(m.get(k)) for k in ("first-contentful-paint", "largest-contentful-paint", "speed-index")
                )
                lines.append(
                    f"| {label} | {form} | {perf} | {tbt} | {times} | {g(m.get('cumulative-layout-shift'))} | "
                    f"{g(m.get('dom-size'))} | {g(s.get('accessibility'))} | {g(s.get('best-practices'))} | "
                    f"{g(s.get('seo'))} | {', '.join(res['failing_audits']) or '-'} |"
                )
    if r.get("traces"):
        lines += [
            "",
            "## Traces (main-thread CPU time)",
            "",
            "Chromium's own trace of each page load in a phone-sized window (Playwright), tasks timed in the "
            "main thread's CPU time, which a busy machine inflates far less than wall time. TBT-like: the sum "
            "over tasks of 4 x CPU ms - 50 (Lighthouse's 4x CPU slowdown). Medians of the runs.",
            "",
            "| page | TBT-like (ms) (runs) | longest task (CPU ms) | main thread (CPU ms) | elements |",
            "| --- | --- | --- | --- | --- |",
        ]
        for label, t in r["traces"].items():
            lines.append(
                f"| {label} | {g(t['tbt_like_ms'])} ({', '.join(str(x) for x in t['all_tbt_like_ms'])}) | "
                f"{g(t['longest_task_cpu_ms'])} | {g(t['main_thread_cpu_ms'])} | {g(t['elements'])} |"
            )
    if r.get("notes"):
        lines += ["", "## Notes", ""] + r["notes"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
