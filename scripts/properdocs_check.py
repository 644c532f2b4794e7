"""Build the site with MkDocs and with ProperDocs and check that they agree.

ProperDocs (a maintained continuation of MkDocs 1.x) is where the playbook goes if
MkDocs 1.x stops working (MIGRATION.md). This check keeps that move cheap: the same
mkdocs.yml must give the same pages, and every tool on them must be the same HTML.
Other differences (e.g. the generator meta tag) are listed, not failed.

`make properdocs` runs it (ProperDocs lives in its own venv, .venv-properdocs).
Exit status 1 when the page lists or any tool's HTML differ.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
ENGINES = {
    "mkdocs": ROOT / ".venv" / "bin" / "mkdocs",
    "properdocs": ROOT / ".venv-properdocs" / "bin" / "properdocs",
}


def build(engine: str, out: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [str(ENGINES[engine]), "build", "--strict", "--quiet", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode:
        sys.exit(f"{engine} build failed:\n{result.stdout}\n{result.stderr}")


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def tools(html: str) -> dict[str, str]:
    """Every tool on a page (its element carries data-component) as its HTML."""
    page = BeautifulSoup(html, "html.parser")
    return {el["data-component"]: str(el) for el in page.select("[data-component]")}


def compare(one: Path, two: Path) -> tuple[list[str], list[str]]:
    """(problems, notes): problems fail the check."""
    problems, notes = [], []
    a, b = pages(one), pages(two)
    if a != b:
        problems.append(f"page lists differ: only MkDocs {sorted(a - b)}, only ProperDocs {sorted(b - a)}")
    for rel in sorted(a & b):
        x, y = (one / rel).read_text(encoding="utf-8"), (two / rel).read_text(encoding="utf-8")
        if x == y:
            continue
        tx, ty = tools(x), tools(y)
        if tx != ty:
            differ = sorted(k for k in tx.keys() | ty.keys() if tx.get(k) != ty.get(k))
            problems.append(f"{rel}: tools differ: {differ}")
        changed = {line for line in set(x.splitlines()) ^ set(y.splitlines())}
        notes.append(f"{rel}: {len(changed)} other line(s) differ, e.g. {sorted(changed)[0].strip()[:100]!r}")
    return problems, notes


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="cpp-properdocs-") as tmp:
        sites = {engine: Path(tmp, engine) for engine in ENGINES}
        for engine, out in sites.items():
            build(engine, out)
        problems, notes = compare(sites["mkdocs"], sites["properdocs"])
        count = len(pages(sites["mkdocs"]))
    for note in notes[:5]:
        print("note:", note)
    if len(notes) > 5:
        print(f"note: ... and {len(notes) - 5} more pages with other differences")
    for problem in problems:
        print("FAIL:", problem)
    print(f"properdocs check: {count} pages, {'FAILED' if problems else 'same pages and tools'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
