"""Every built page is valid HTML by the Nu HTML Checker (vnu.jar, pinned in
tests/package.json; `make test` installs it). One JVM checks the whole session build.

Missing Java or vnu.jar: a failure under CI, a skip elsewhere (like a missing Chromium)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from support import missing_tool

VNU = Path(__file__).resolve().parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Fed to the checker with the site, so a checker that reports nothing fails the test.
CANARY = '<!doctype html><html lang="en"><title>x</title><label tabindex="">x</label></html>\n'


def _checker() -> list[str]:
    java = shutil.which("java")
    missing = None if java else "no Java found: install Debian's default-jre-headless"
    if not missing and not VNU.exists():
        missing = "no vnu.jar: run `npm ci --prefix tests` (make test does)"
    if missing:
        missing_tool(missing)
    # A short-lived JVM: the client compiler alone uses a third of the CPU time; its
    # deeper stack needs -Xss (the checker says so when it overflows).
    return [java, "-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", str(VNU)]


def test_every_built_page_has_no_html_errors(site_dir, tmp_path):
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    pages = sorted(site_dir.rglob("*.html"))
    assert site_dir / "404.html" in pages
    result = subprocess.run(
        [*_checker(), "--format", "json", "--errors-only", "--exit-zero-always", str(canary), *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr)["messages"]
    by_page: dict[str, list[str]] = {}
    for m in messages:
        page = m.get("url", "").removeprefix("file:")
        by_page.setdefault(page, []).append(f"line {m.get('lastLine', '?')}: {m['message']}")
    assert by_page.pop(str(canary), None), 'the checker found nothing wrong in a page with tabindex=""'
    report = "\n".join(
        f"{Path(page).relative_to(site_dir) if page.startswith(str(site_dir)) else page}: {line}"
        for page, lines in sorted(by_page.items())
        for line in lines
    )
    assert not by_page, f"{len(report.splitlines())} HTML errors in {len(by_page)} of {len(pages)} pages:\n{report}"
