"""Build the site with Zensical, beside MkDocs, and say what differs.

Material for MkDocs reaches its end of life on 2027-05-05 and Zensical is its successor
(MIGRATION.md). Zensical reads mkdocs.yml and runs the macros' `define_env`, so every page
and every tool comes out of it; it runs none of MkDocs' plugin events, so what the
playbook's adapter (macros/adapter.py) does in them is either done here after the build,
through the same plain functions (`macros.finish_site`: the tools' manifest, the print
pack's copies, the bundled CSS and JS, the installable app), or listed as a known
difference.

`make zensical` runs it (Zensical, pinned, lives in its own venv, .venv-zensical; `.ci/run`
runs it too). It fails (exit 1) when Zensical stops building, when a page or a tool is
missing or there twice, when an id repeats on a page, or when a tool's HTML is not the
same as MkDocs' (but for the `data-search-exclude` marks, which Zensical's search reads
and then removes).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bs4 import BeautifulSoup
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import macros  # noqa: E402 - the project root first

MKDOCS = ROOT / ".venv" / "bin" / "mkdocs"
ZENSICAL = ROOT / ".venv-zensical" / "bin" / "zensical"
SEARCH_MARK = re.compile(r' data-search-exclude(="")?')

# What the adapter does in MkDocs' events that Zensical has no place for yet, each with
# the check that shows it in the Zensical build (page, test on its HTML).
KNOWN = {
    "no printable workshop packs (on_files adds them)": lambda site: not (site / "facilitator" / "packs").exists(),
    "glossary terms are not hover definitions (on_page_markdown)": lambda site: (
        not soup(site / "access-credibility-trust" / "index.html").select("abbr")
    ),
    "the Section links page shows its placeholder, not its list (on_page_context)": lambda site: (
        not soup(site / "facilitator" / "section-links" / "index.html").select("table")
    ),
    "pages carry no published address for file:// copies (cpp_address, on_page_context)": lambda site: (
        not soup(site / "index.html").select('meta[name="cpp-address"]')
    ),
    "links to tool anchors and run-sheet anchors are not checked (on_page_content, on_post_build)": lambda site: True,
}


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def build_mkdocs(out: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [str(MKDOCS), "build", "--strict", "--quiet", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode:
        sys.exit(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")


def build_zensical(out: Path) -> str:
    """Zensical writes to the config's site_dir (it has no -d), which must lie in the
    project: a copy of mkdocs.yml beside it, with site_dir set, so that every relative path
    still holds; the site is then moved to `out`."""
    config, built = ROOT / ".zensical-check.yml", ROOT / ".zensical-site"
    config.write_text(
        (ROOT / "mkdocs.yml").read_text(encoding="utf-8") + f"\nsite_dir: {built.name}\n", encoding="utf-8"
    )
    try:
        result = subprocess.run(
            [str(ZENSICAL), "build", "--clean", "-f", str(config)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            sys.exit(f"zensical build failed:\n{result.stdout}\n{result.stderr}")
        shutil.move(built, out)
    finally:
        config.unlink()
        shutil.rmtree(built, ignore_errors=True)
    mkdocs_config = load_config(str(ROOT / "mkdocs.yml"))
    mkdocs_config["site_dir"] = str(out)
    macros.finish_site(mkdocs_config, serving=False)
    return (result.stdout + result.stderr).strip().splitlines()[-1]


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def check(mk: Path, zen: Path) -> tuple[list[str], dict[str, int]]:
    """(problems, counts of pages and tools in the Zensical build)."""
    problems, count = [], Counter()
    missing = pages(mk) - pages(zen) - {p for p in pages(mk) if p.startswith("facilitator/packs/")}
    if missing or pages(zen) - pages(mk):
        problems.append(f"pages: only MkDocs {sorted(missing)}, only Zensical {sorted(pages(zen) - pages(mk))}")
    for rel in sorted(pages(mk) & pages(zen)):
        a, b = soup(mk / rel), soup(zen / rel)
        count["pages"] += 1
        ids = Counter(el["id"] for el in b.select("[id]"))
        if twice := sorted(k for k, n in ids.items() if n > 1):
            problems.append(f"{rel}: ids there twice: {twice[:5]}")
        tools_a = Counter(el["data-component"] for el in a.select("[data-component]"))
        tools_b = Counter(el["data-component"] for el in b.select("[data-component]"))
        if tools_a != tools_b:
            problems.append(f"{rel}: tools {dict(tools_b)} instead of {dict(tools_a)}")
            continue
        count["tools"] += sum(tools_b.values())
        for tool in tools_a:
            html_a, html_b = (
                SEARCH_MARK.sub("", str(page.select_one(f'[data-component="{tool}"]'))) for page in (a, b)
            )
            if html_a != html_b:
                problems.append(f"{rel}: tool {tool} differs from MkDocs' build")
    # the same addresses (Zensical's template engine escapes "/" as &#x2f;)
    locs = [
        {
            html.unescape(loc)
            for loc in re.findall(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))
        }
        for site in (mk, zen)
    ]
    if locs[0] != locs[1]:
        problems.append(
            f"sitemap.xml: only MkDocs {sorted(locs[0] - locs[1])[:5]}, only Zensical {sorted(locs[1] - locs[0])[:5]}"
        )
    for asset in ("playbook.min.js", "playbook.min.css", "components.json"):
        if not (zen / "assets" / "playbook" / asset).is_file():
            problems.append(f"no assets/playbook/{asset}")
    # the print pack's copies: the script its page names (render/printing.py), as MkDocs' has it
    for site in (mk, zen):
        pack = site / "print-pack" / "index.html"
        if pack.is_file():
            src = soup(pack).select_one(".cpp-pack[data-cpp-pack-src]")
            srcs = src["data-cpp-pack-src"].split() if src else []
            if not srcs or not all((pack.parent / s.split("?")[0]).is_file() for s in srcs):
                problems.append(f"{site.name}: the print pack's copies are missing")
    mk_sheets = sorted(p.name for p in (mk / "assets" / "playbook").glob("print-pack-sheets.*.js"))
    if mk_sheets != sorted(p.name for p in (zen / "assets" / "playbook").glob("print-pack-sheets.*.js")):
        problems.append("the print pack's copies differ from MkDocs'")
    return problems, count


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="cpp-zensical-") as tmp:
        mk, zen = Path(tmp, "mkdocs"), Path(tmp, "zensical")
        build_mkdocs(mk)
        said = build_zensical(zen)
        problems, count = check(mk, zen)
        known = [(what, shows(zen)) for what, shows in KNOWN.items()]
    print(f"zensical: {said}")
    print(f"zensical: {count['pages']} pages, {count['tools']} tools, each once and the same HTML as MkDocs'")
    for what, seen in known:
        print(f"known difference: {what}" + ("" if seen else " (NOT SEEN: update scripts/zensical_check.py)"))
    for problem in problems:
        print("FAIL:", problem)
    print(f"zensical check: {'FAILED' if problems else 'passed'}")
    return 1 if problems or not all(seen for _, seen in known) else 0


if __name__ == "__main__":
    sys.exit(main())
