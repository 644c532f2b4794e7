"""Helpers shared by the tests: building the site, finding its pages, parsing HTML."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest
from bs4 import BeautifulSoup

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))  # project commands the tests exercise

from project import ROOT, build, copy_project, without_search  # noqa: F401 - re-exported for the tests

sys.path.insert(0, str(ROOT))
from macros.content import scoring
from macros.render.urls import site_path

DOCS = ROOT / "docs"
IN_CI = os.environ.get("CI", "").lower() == "true"


def doc_pages() -> list[tuple[str, str]]:
    """Every Markdown page as (source path, URL path relative to the site root), with
    MkDocs' directory URLs (macros/render/urls.py): `index.md` -> ``."""
    return [(rel, site_path(rel)) for rel in sorted(md.relative_to(DOCS).as_posix() for md in DOCS.rglob("*.md"))]


def html_file(site: Path, url_path: str) -> Path:
    return site / url_path / "index.html" if not url_path.endswith(".html") else site / url_path


def soup(path: Path) -> BeautifulSoup:
    """The parsed page, parsed once per session (until the file changes). Shared by every
    test that reads it: read it, never modify it."""
    stat = path.stat()
    return _parsed(path.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.cache
def _parsed(path: Path, mtime_ns: int, size: int) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pack_html(scripts: list[str]) -> str:
    """The HTML the print pack's copy scripts hold, in order (printing.pack_sheets: each
    fills its place in window.cppPackSheets with a JSON string); fails on any other shape."""
    html = []
    for i, text in enumerate(scripts):
        prefix = f"(window.cppPackSheets=window.cppPackSheets||[])[{i}]="
        assert text.startswith(prefix) and text.endswith(";\n"), text[:80]
        html.append(json.loads(text[len(prefix) : -2]))
    return "".join(html)


def pack_sheets(page: BeautifulSoup, page_file: Path) -> BeautifulSoup:
    """The print pack's blank copies: what the scripts its page names hold, parsed on their
    own. `page_file`: the built page (the addresses are relative to it)."""
    srcs = page.select_one(".cpp-pack[data-cpp-pack-src]")["data-cpp-pack-src"].split()
    scripts = [(page_file.parent / src.split("?")[0]).resolve().read_text(encoding="utf-8") for src in srcs]
    return BeautifulSoup(pack_html(scripts), "html.parser")


def content(page: BeautifulSoup):
    """The article body of a Material page (what the author wrote, without chrome)."""
    return page.select_one("article.md-content__inner")


def missing_tool(message: str) -> NoReturn:
    """A program the tests need is not installed: a failure under CI (`CI=true`), a skip
    with `message` elsewhere."""
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def pdf_pages(pdf: Path | bytes) -> list[str]:
    """The text of each page of a PDF (a file, or the bytes Playwright's page.pdf returns),
    by poppler's pdftotext: a tenth of the time pypdf's text extraction takes, which was
    most of the handout tests' reading. Without poppler-utils (.ci/run installs it): a
    failure under CI, a skip elsewhere, as for Chromium."""
    exe = shutil.which("pdftotext")
    if exe is None:
        missing_tool("no pdftotext: install Debian's poppler-utils to read printed PDFs back")
    source, data = ("-", pdf) if isinstance(pdf, bytes) else (str(pdf), None)
    # -raw: the order the PDF draws its text in, and a word hyphenated at a line's end
    # kept whole (without it, "#worksheet-" + "bad-news-plan" reads "#worksheetbad-news-plan")
    out = subprocess.run(
        [exe, "-raw", "-enc", "UTF-8", source, "-"], input=data, capture_output=True, check=True
    ).stdout
    return out.decode("utf-8").split("\f")[:-1]  # each page ends with a form feed


def watch_page(page, site_url: str) -> dict[str, list[str]]:
    """What a page does that it must not: requests that leave the local server (`outside`)
    and uncaught script errors (`errors`), recorded from now on."""
    from urllib.parse import urlparse

    local, seen = urlparse(site_url).netloc, {"outside": [], "errors": []}

    def on_request(request):
        url = urlparse(request.url)
        if url.scheme not in {"data", "blob", "about"} and url.netloc != local:
            seen["outside"].append(request.url)

    page.on("request", on_request)
    page.on("pageerror", lambda exc: seen["errors"].append(str(exc)))
    return seen


def qr_text(page, selector: str) -> str | None:
    """The text of the QR code drawn (as SVG) at `selector`, read back by the site's own
    vendored decoder (assets/playbook/vendor/jsQR.js, loaded as the page loads it)."""
    return page.evaluate(
        """async (sel) => {
        const jsQR = await window.cppShareLink.vendor('jsQR.js', 'jsQR');
        const svg = document.querySelector(sel), img = new Image(), size = 500;
        img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
        await img.decode();
        const c = document.createElement('canvas'); c.width = c.height = size;
        const g = c.getContext('2d'); g.drawImage(img, 0, 0, size, size);
        const hit = jsQR(g.getImageData(0, 0, size, size).data, size, size);
        return hit ? hit.data : null;
    }""",
        selector,
    )


def rated(comp, values: dict) -> dict:
    """Answers to a self-assessment: every statement of the parts named in `values`
    ({part: rating}) rated so that each counts as that rating (a reverse-keyed statement
    gets the opposite one, which turns round to it)."""
    return {
        st.id: scoring.keyed(values[d.id], st.reverse, comp.scale)  # keyed is its own inverse
        for d in comp.dimensions
        if d.id in values
        for st in d.statements
    }


def put_store(page, data: dict) -> None:
    """Replace the page's localStorage by `data` ({key: value}, each value saved as JSON):
    a profile as an earlier version, or another device, left it."""
    page.evaluate(
        "d => { localStorage.clear(); for (const [k, v] of Object.entries(d)) localStorage.setItem(k, JSON.stringify(v)); }",
        data,
    )
