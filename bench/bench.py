"""`make bench`: build time against plain Material, scaling, page weight and Lighthouse.

Writes bench/report.json (every number) and bench/REPORT.md (the summary with the
budgets). Not part of `make test`: timings belong in a report, not in assertions.
Runs in a few minutes on the project's 2-core machines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from project import ROOT, QuietHandler, copy_project, find_chromium, serve  # noqa: E402
from project import build as mkdocs_build  # noqa: E402

BENCH = ROOT / "bench"
OWN_ASSETS = "assets/playbook/"  # the project's own CSS and JS (not Material's)
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
PORT = 8765  # fixed, so that canonical links in the benchmarked build point at the server
MOBILE_RUNS = 3  # Lighthouse's mobile score moves by several points from run to run: take the median

# Page types measured for weight and Lighthouse: (label, URL path in the site).
PAGE_TYPES = [
    ("home", ""),
    ("chapter", "how-to-use/"),
    ("page with components", "access-credibility-trust/"),
    ("print pack", "print-pack/"),
]
BASELINE_PAGE = ("plain Material page", "how-to-use/")

BUDGETS = {
    "build_ratio": 1.15,
    "own_css_js_gzip_bytes": 25 * 1024,
    "lighthouse_min": {"accessibility": 100, "best-practices": 100, "seo": 100},
    "performance_mobile": 95,
    "performance_desktop": 100,
}

# Pages that list or gather the whole site; the scaling copies only chapters.
SITE_WIDE_PAGES = {"tools.md", "glossary.md", "print-pack.md", "my-relationships.md", "facilitator/section-links.md"}

CALL = re.compile(r"""(\b(?:checklist|worksheet|assessment)\s*\(\s*["'])([a-z0-9-]+)(["'])""")


# --- building -----------------------------------------------------------------------


def plain_config(project: Path, with_macros: bool = False) -> Path:
    """The same Markdown, built by plain Material: no macros, no overrides, no strictness.

    `with_macros`: the same, with mkdocs-macros switched on but given nothing to do (no
    module, no page rendered): what having the plugin costs before any work of ours."""
    config = yaml_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    plain = {
        "site_name": config["site_name"],
        "site_description": config.get("site_description", ""),
        "site_url": f"http://127.0.0.1:{PORT}/",
        "theme": {"name": "material", "font": False},
        "plugins": ["search", {"macros": {"render_by_default": False}}] if with_macros else ["search"],
        "markdown_extensions": config.get("markdown_extensions", []),
        "nav": config.get("nav"),
        "extra": {"generator": False},
    }
    path = project / ("mkdocs.plain-macros.yml" if with_macros else "mkdocs.plain.yml")
    path.write_text(json.dumps(plain), encoding="utf-8")  # JSON is valid YAML
    return path


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

    names = ("checklist", "worksheet", "assessment", "glossary", "component_index", "print_pack",
             "agenda", "page_components", "relationships")
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
    path.write_text(config.replace("      on_undefined: strict\n", "      on_undefined: strict\n      render_by_default: false\n", 1), encoding="utf-8")
    return path


def build(project: Path, out: Path, config: str = "mkdocs.yml", strict: bool = True) -> float:
    """Seconds for one build; canonical links point at the benchmark's own server."""
    start = time.perf_counter()
    result = mkdocs_build(project, out, strict=strict, config=config, env={"SITE_URL": f"http://127.0.0.1:{PORT}/", **CACHE_ENV})
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
    lines = ["from dataclasses import replace", "import importlib, pkgutil", "import macros.content.data as _pkg",
             "_src = []",
             "for _m in sorted(m.name for m in pkgutil.iter_modules(_pkg.__path__)):",
             "    if not _m.startswith(('_', 'zz_')):",
             "        _src += list(getattr(importlib.import_module('macros.content.data.' + _m), 'COMPONENTS', ()))",
             f"COMPONENTS = tuple(replace(c, id=f'{{c.id}}-x{{k}}') for k in range(2, {factor + 1}) for c in _src)"]
    (project / "macros" / "content" / "data" / "zz_bench_copies.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for k in range(2, factor + 1):
        for md in originals:
            rel = md.relative_to(docs)
            if rel.as_posix() in SITE_WIDE_PAGES:
                continue  # pages about the whole site: one of each is enough
            target = docs / f"copy-{k}" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            text = CALL.sub(lambda m: f"{m.group(1)}{m.group(2)}-x{k}{m.group(3)}", md.read_text(encoding="utf-8"))
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

    h = html.encode()
    c, j = size(css), size(js)
    return {
        "html": {"raw": len(h), "gzip": len(gzip.compress(h, 9))},
        "css": {"raw": c[0], "gzip": c[1]},
        "js": {"raw": j[0], "gzip": j[1]},
        "own_css_js": {"raw": c[2] + j[2], "gzip": c[3] + j[3]},
    }


# --- Lighthouse ---------------------------------------------------------------------


class GzipHandler(QuietHandler):
    """Static files, gzip-compressed when the client accepts it (as any real host does)."""

    COMPRESS = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if (
            "gzip" in self.headers.get("Accept-Encoding", "")
            and path.endswith(self.COMPRESS)
            and os.path.isfile(path)
        ):
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


def lighthouse(url: str, form: str, out_dir: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": find_chromium() or ""}
    report = out_dir / f"lh-{abs(hash((url, form)))}-{time.monotonic_ns()}.json"
    cmd = [
        str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
        "--only-categories=performance,accessibility,best-practices,seo",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking "
        "--disable-component-update --disable-sync --no-first-run",
    ]
    if form == "desktop":
        cmd.append("--preset=desktop")
    subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, timeout=180)
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {k: round((v.get("score") or 0) * 100) for k, v in data["categories"].items()}
    metrics = {k: round(data["audits"][k]["numericValue"]) for k in
               ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index")}
    failing = sorted(
        a["id"] for a in data["audits"].values()
        if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") in {"binary", "numeric"}
        and any(a["id"] == r["id"] for cat in data["categories"].values() for r in cat["auditRefs"] if r.get("weight"))
    )
    return {"scores": scores, "metrics": metrics, "failing_audits": failing}


# --- main ---------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5, help="builds per side for the build-time ratio")
    parser.add_argument("--factors", default="1,10,50", help="content multipliers for the scaling test")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--no-opt-in", action="store_true", help="skip the render_by_default: false variant")
    args = parser.parse_args(argv)
    report: dict = {"date": dt.date.today().isoformat(), "machine": {"cores": os.cpu_count()}}

    with tempfile.TemporaryDirectory(prefix="cpp-bench-") as tmp:
        tmp = Path(tmp)
        project = copy_project(tmp / "project")
        plain = plain_config(project)
        plugin_only = plain_config(project, with_macros=True)

        # 1. Build time: playbook vs plain Material. First builds (fresh processes, nothing
        #    compiled yet: a fresh clone), then alternating rounds, medians (rebuilds).
        first = {"playbook_s": build(project, tmp / "site"), "plain_material_s": build(project, tmp / "plain", plain.name, strict=False)}
        first["ratio"] = first["playbook_s"] / first["plain_material_s"]
        print(f"first builds: playbook {first['playbook_s']:.2f}s, plain Material {first['plain_material_s']:.2f}s", flush=True)
        ours, base, plugin = [], [], []
        for i in range(args.rounds):
            ours.append(build(project, tmp / "site"))
            base.append(build(project, tmp / "plain", plain.name, strict=False))
            plugin.append(build(project, tmp / "plugin", plugin_only.name, strict=False))
            print(f"round {i + 1}: playbook {ours[-1]:.2f}s, plain Material {base[-1]:.2f}s, "
                  f"with mkdocs-macros idle {plugin[-1]:.2f}s", flush=True)
        report["build"] = {
            "playbook_s": statistics.median(ours), "plain_material_s": statistics.median(base),
            "plugin_idle_s": statistics.median(plugin),
            "rounds": args.rounds, "all_playbook_s": ours, "all_plain_s": base, "all_plugin_idle_s": plugin,
            "first": first,
        }
        report["build"]["ratio"] = report["build"]["playbook_s"] / report["build"]["plain_material_s"]
        report["build"]["plugin_idle_ratio"] = report["build"]["plugin_idle_s"] / report["build"]["plain_material_s"]

        # 1b. mkdocs-macros' `render_by_default: false`, pages with macros opting in.
        if not args.no_opt_in:
            opt_project = copy_project(tmp / "opt-in")
            opt_config = opt_in_config(opt_project)
            build(opt_project, tmp / "opt-site", opt_config.name)  # first build, then rounds
            opt = [build(opt_project, tmp / "opt-site", opt_config.name) for _ in range(args.rounds)]
            report["build"]["opt_in_s"] = statistics.median(opt)
            report["build"]["opt_in_ratio"] = report["build"]["opt_in_s"] / report["build"]["plain_material_s"]
            print(f"render_by_default false + opt-in: {report['build']['opt_in_s']:.2f}s "
                  f"(ratio {report['build']['opt_in_ratio']:.3f})", flush=True)
            shutil.rmtree(opt_project)

        # 2. Scaling: time per page must not grow with the number of pages. Plain Material
        #    builds the same pages too, so fixed costs (plugin start-up) and per-page costs
        #    can be told apart.
        scaling = []
        for factor in (int(f) for f in args.factors.split(",")):
            scaled = copy_project(tmp / f"scaled-{factor}")
            pages = multiply(scaled, factor)
            scaled_plain = plain_config(scaled)
            # first builds: a fresh copy, fresh processes, nothing compiled for the project yet
            first_s = build(scaled, tmp / f"scaled-site-{factor}", strict=False)
            first_plain_s = build(scaled, tmp / f"scaled-plain-{factor}", scaled_plain.name, strict=False)
            seconds = build(scaled, tmp / f"scaled-site-{factor}", strict=False)  # rebuilds
            plain_s = build(scaled, tmp / f"scaled-plain-{factor}", scaled_plain.name, strict=False)
            scaling.append({"factor": factor, "pages": pages, "seconds": seconds, "plain_s": plain_s,
                            "ratio": seconds / plain_s, "ms_per_page": 1000 * seconds / pages,
                            "first_s": first_s, "first_plain_s": first_plain_s, "first_ratio": first_s / first_plain_s})
            print(f"scaling x{factor}: {pages} pages, first builds {first_s:.1f}s vs plain Material {first_plain_s:.1f}s "
                  f"(ratio {first_s / first_plain_s:.2f}); rebuilds {seconds:.1f}s vs {plain_s:.1f}s", flush=True)
            for leftover in (scaled, tmp / f"scaled-site-{factor}", tmp / f"scaled-plain-{factor}"):
                shutil.rmtree(leftover)
        report["scaling"] = scaling
        if len(scaling) >= 2:
            # time = fixed + pages * per_page, fitted on the smallest and largest sizes
            a, b = scaling[0], scaling[-1]
            for side, key in (("playbook", "seconds"), ("plain", "plain_s")):
                per_page = (b[key] - a[key]) / (b["pages"] - a["pages"])
                report["build"][f"{side}_fixed_s"] = a[key] - per_page * a["pages"]
                report["build"][f"{side}_per_page_ms"] = 1000 * per_page

        # 3. Page weight per page type.
        report["weight"] = {label: weight(tmp / "site", path) for label, path in PAGE_TYPES}
        report["weight"][BASELINE_PAGE[0]] = weight(tmp / "plain", BASELINE_PAGE[1])

        # 4. Lighthouse, mobile and desktop, served gzip-compressed.
        if not args.no_lighthouse and LIGHTHOUSE.exists():
            lh: dict = {}
            for label, site, path in [(l, tmp / "site", p) for l, p in PAGE_TYPES] + [(BASELINE_PAGE[0], tmp / "plain", BASELINE_PAGE[1])]:
                if not (site / path / "index.html").is_file():
                    continue
                server, _ = serve(site, PORT, GzipHandler)
                try:
                    for form, runs in (("mobile", MOBILE_RUNS), ("desktop", 1)):
                        results = [lighthouse(f"http://127.0.0.1:{PORT}/{path}", form, tmp) for _ in range(runs)]
                        results.sort(key=lambda r: r["scores"].get("performance") or 0)
                        median = dict(results[len(results) // 2])
                        median["performance_runs"] = [r["scores"].get("performance") for r in results]
                        lh.setdefault(label, {})[form] = median
                        print(f"lighthouse {label} {form}: {median['scores']} (performance runs {median['performance_runs']})", flush=True)
                finally:
                    server.shutdown()
                    server.server_close()
            report["lighthouse"] = lh

    report["budgets"] = check_budgets(report)
    (BENCH / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (BENCH / "REPORT.md").write_text(markdown(report), encoding="utf-8")
    print((BENCH / "REPORT.md").read_text(encoding="utf-8"))
    return 0


def check_budgets(report: dict) -> list[dict]:
    out = []

    def add(name, value, limit, ok):
        out.append({"budget": name, "value": value, "limit": limit, "met": bool(ok)})

    add("build time ratio (playbook / plain Material), median of the rounds", round(report["build"]["ratio"], 3),
        f"<= {BUDGETS['build_ratio']}", report["build"]["ratio"] <= BUDGETS["build_ratio"])
    per_page = [s["ms_per_page"] for s in report["scaling"]]
    add("time per page, largest vs smallest scale", round(per_page[-1] / per_page[0], 2), "<= 1.5 (linear or better)",
        per_page[-1] <= 1.5 * per_page[0])
    own = max(w["own_css_js"]["gzip"] for w in report["weight"].values() if w)
    add("own CSS + JS, gzipped (bytes)", own, f"<= {BUDGETS['own_css_js_gzip_bytes']}", own <= BUDGETS["own_css_js_gzip_bytes"])
    lh = report.get("lighthouse", {})
    base = lh.get(BASELINE_PAGE[0], {})
    for label, forms in lh.items():
        if label == BASELINE_PAGE[0]:
            continue
        for form, res in forms.items():
            s = res["scores"]
            for cat, floor in BUDGETS["lighthouse_min"].items():
                add(f"Lighthouse {cat}, {label}, {form}", s.get(cat), f">= {floor}", (s.get(cat) or 0) >= floor)
            floor = BUDGETS[f"performance_{form}"]
            b = base.get(form, {}).get("scores", {}).get("performance", 0)
            add(f"Lighthouse performance, {label}, {form}", s.get("performance"), f">= {floor} and >= baseline {b}",
                (s.get("performance") or 0) >= max(floor, b))
    return out


def kb(n: int) -> str:
    return f"{n / 1024:.1f} KB"


def markdown(r: dict) -> str:
    b = r["build"]
    lines = [
        f"# Benchmark report ({r['date']})", "",
        f"Made by `make bench` on a {r['machine']['cores']}-core machine. Numbers: `bench/report.json`.", "",
        "## Budgets", "", "| budget | value | limit | met |", "| --- | --- | --- | --- |",
    ]
    lines += [f"| {x['budget']} | {x['value']} | {x['limit']} | {'yes' if x['met'] else '**no**'} |" for x in r["budgets"]]
    lines += [
        "", "## Build time", "",
        f"Median of {b['rounds']} alternating rounds: playbook {b['playbook_s']:.2f} s, the same Markdown in plain "
        f"Material without macros {b['plain_material_s']:.2f} s, ratio {b['ratio']:.3f}. These are rebuilds in fresh "
        "processes: only Python's compiled modules are kept. The playbook keeps nothing on disk between builds "
        "and patches no library (no budget is met by patching another library).", "",
    ]
    if "plugin_idle_s" in b:
        lines += [
            f"The same plain build with mkdocs-macros switched on but given nothing to do (no module, no page "
            f"rendered) took {b['plugin_idle_s']:.2f} s, ratio {b['plugin_idle_ratio']:.3f}: what the plugin the "
            f"playbook is built on costs before any work of ours. The playbook's own work, less what it saves "
            f"MkDocs and Material, is the rest: {b['ratio'] - b['plugin_idle_ratio']:+.3f}.", "",
        ]
    if "opt_in_s" in b:
        lines += [
            f"With mkdocs-macros' `render_by_default: false` and only the pages that call a macro opting in "
            f"(`render_macros: true`): {b['opt_in_s']:.2f} s, ratio {b['opt_in_ratio']:.3f}.", "",
        ]
    if "first" in b:
        f = b["first"]
        lines += [
            f"First builds, with nothing compiled yet (as in a fresh clone): playbook {f['playbook_s']:.2f} s, "
            f"plain Material {f['plain_material_s']:.2f} s, ratio {f['ratio']:.3f}. One build each, so not the "
            "budget (a median of rounds), but shown: it is what a new reader of the README waits for once.", "",
        ]
    if "playbook_fixed_s" in b:
        lines += [
            f"Fitted over the scaling runs: the playbook costs {b['playbook_fixed_s']:.2f} s fixed plus "
            f"{b['playbook_per_page_ms']:.0f} ms a page; plain Material {b['plain_fixed_s']:.2f} s plus "
            f"{b['plain_per_page_ms']:.0f} ms a page.", "",
        ]
    lines += [
        "## Scaling", "",
        "First build: a fresh copy, fresh processes. Rebuild: the same again (Python's compiled modules kept).", "",
        "| content | pages | first build: playbook / plain (s) | first-build ratio | rebuild: playbook / plain (s) | rebuild ratio | ms per page |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += [f"| x{s['factor']} | {s['pages']} | {s.get('first_s', 0):.1f} / {s.get('first_plain_s', 0):.1f} | "
              f"{s.get('first_ratio', 0):.2f} | {s['seconds']:.1f} / {s['plain_s']:.1f} | {s['ratio']:.2f} | "
              f"{s['ms_per_page']:.0f} |" for s in r["scaling"]]
    lines += ["", "## Page weight", "", "| page | HTML (gz) | CSS (gz) | JS (gz) | own CSS+JS raw | own CSS+JS gz |",
              "| --- | --- | --- | --- | --- | --- |"]
    for label, w in r["weight"].items():
        if w:
            lines.append(f"| {label} | {kb(w['html']['gzip'])} | {kb(w['css']['gzip'])} | {kb(w['js']['gzip'])} | "
                         f"{kb(w['own_css_js']['raw'])} | {kb(w['own_css_js']['gzip'])} |")
        else:
            lines.append(f"| {label} | not built | | | | |")
    if r.get("lighthouse"):
        lines += ["", "## Lighthouse (served gzip-compressed)", "",
                  f"Mobile: the run with the median performance score of {MOBILE_RUNS} (all runs in brackets). "
                  "Desktop: one run. Times in ms: first contentful paint, largest contentful paint, total blocking "
                  "time, speed index.", "",
                  "| page | form | performance | accessibility | best practices | SEO | FCP / LCP / TBT / SI | audits below full marks |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for label, forms in r["lighthouse"].items():
            for form, res in forms.items():
                s = res["scores"]
                runs = f" ({', '.join(str(x) for x in res['performance_runs'])})" if len(res.get("performance_runs", [])) > 1 else ""
                m = res.get("metrics", {})
                times = " / ".join(str(m.get(k, "-")) for k in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index"))
                lines.append(f"| {label} | {form} | {s.get('performance')}{runs} | {s.get('accessibility')} | "
                             f"{s.get('best-practices')} | {s.get('seo')} | {times} | {', '.join(res['failing_audits']) or '-'} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
