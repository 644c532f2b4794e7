"""PDF handouts: `make handouts` (this script).

Builds the site (unless `--no-build`), serves it on a loopback port and prints it with
Debian's Chromium through Playwright, exactly as a reader's "Print blank" does:

  site/handouts/<component id>-a4.pdf and -letter.pdf   every component, blank
  site/handouts/print-pack-a4.pdf and -letter.pdf       the print pack page
  site/handouts/<format>-workbook-a4.pdf, -facilitator-letter.pdf, ...
                                                        each workshop format's pack page
                                                        (macros/render/packs.py), one PDF
                                                        per part and paper, page-numbered
  site/downloads/<zip>                                  with --zip: the offline zip

Then it links them, and fills the Facilitator guide's Downloads list (between the
marks `<!--cpp-downloads-->` and `<!--/cpp-downloads-->`) with the packs and the zip and
their sizes, as written. Every component (and the pack) carries the mark
`<!--cpp-handout:<id>-->` in the built HTML (macros/render/printing.py); this script replaces
each mark whose PDFs it wrote with download links, and leaves the others alone. So
`make build` needs no browser, and a site built without handouts has no handout links
at all: a link can only exist next to a file this same run wrote. Running it again on
the same site rewrites the links (the marks stay in place).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from project import CHROMIUM_ARGS, ROOT, find_chromium, serve, without_search

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from markupsafe import Markup

from macros.render import offline_app, packs, printing
from macros.render.render import environment

OUT = "handouts"  # folder in the built site
PACK = printing.PACK_ID  # handout id and page of the print pack
PAPERS = {"a4": ("A4", "A4"), "letter": ("Letter", "US Letter")}  # key: (Playwright format, label)
COMPONENT = re.compile(r'<div class="cpp-component [^"]*" id="[^"]*" data-component="([^"]+)"')
MARK = re.compile(r"<!--cpp-handout:([a-z0-9-]+)-->(?:.*?<!--/cpp-handout-->)?", re.S)


@dataclass
class Result:
    pdfs: dict[str, dict[str, Path]] = field(default_factory=dict)  # id -> paper -> file
    linked: int = 0  # marks replaced by links
    seconds: float = 0.0
    packs: dict[str, dict[str, dict[str, Path]]] = field(default_factory=dict)  # format -> part -> paper -> file
    zip: Path | None = None  # the offline zip, as published


def pack_pages(site: Path) -> list[str]:
    """Format ids whose pack page the build made (facilitator/packs/<id>/), in the order
    of the data (shortest format first), as the Downloads list shows them."""
    from macros.render.agenda import discover

    return [s.agenda.id for s in discover() if (site / packs.PACKS_DIR / s.agenda.id / "index.html").is_file()]


def print_packs(
    site: Path, browser, papers=tuple(PAPERS), formats: list[str] | None = None
) -> dict[str, dict[str, dict[str, Path]]]:
    """Each format's participant workbook and facilitator pack, with page numbers, into
    site/handouts/ (one page load per format; the part to print is picked by an attribute)."""
    out_dir = site / OUT
    out_dir.mkdir(parents=True, exist_ok=True)
    footer = environment().get_template("pack_footer.html")
    made: dict[str, dict[str, dict[str, Path]]] = {}
    server, base = serve(site)
    context = without_search(browser.new_context())
    try:
        page = context.new_page()
        page.set_default_timeout(30_000)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        for aid in formats if formats is not None else pack_pages(site):
            page.goto(f"{base}{packs.PACKS_DIR}/{aid}/", wait_until="load")
            page.wait_for_function("() => !!window.cppPrint")
            title = page.locator("[data-cpp-workshop-pack] .cpp-workshop-pack__title").first.inner_text()
            made[aid] = {}
            for part in packs.PARTS:
                page.evaluate("part => document.documentElement.setAttribute('data-pack-print', part)", part)
                made[aid][part] = {}
                for paper in papers:
                    path = out_dir / packs.pack_file(aid, part, paper)
                    page.pdf(
                        path=str(path),
                        format=PAPERS[paper][0],
                        print_background=True,
                        display_header_footer=True,
                        header_template="<span></span>",
                        footer_template=footer.render(label=packs.PART_LABELS[part], title=title),
                    )
                    made[aid][part][paper] = path
        if errors:
            raise RuntimeError(f"script errors while printing the packs: {errors}")
    finally:
        context.close()
        server.shutdown()
    return made


def publish_zip(site: Path, zip_path: Path) -> Path | None:
    """A copy of the offline zip in site/downloads/, to link from the guide (None: no zip)."""
    if not zip_path.is_file():
        return None
    target = site / "downloads" / zip_path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(zip_path, target)
    return target


def fill_downloads(site: Path, made: dict[str, dict[str, dict[str, Path]]], zip_file: Path | None) -> int:
    """Put links to the packs and the zip, with their sizes, in place of the Downloads
    list's placeholder text; return how many pages had the list."""
    count = 0
    for html in sorted(site.rglob("*.html")):
        text = html.read_text(encoding="utf-8")
        if packs.DOWNLOADS_BEGIN not in text:
            continue
        titles = _format_titles(site, made)
        rel = lambda p, here=html.parent: Path(os.path.relpath(p, here)).as_posix()  # noqa: E731
        items = []
        for aid, parts in made.items():
            for part, files in parts.items():
                links = tuple(
                    (PAPERS[paper][1], rel(path), _size(path)) for paper, path in files.items() if path.is_file()
                )
                if links:
                    items.append(packs.Download(f"{packs.PART_LABELS[part]}, {titles.get(aid, aid)}", links))
        if zip_file is not None and zip_file.is_file():
            items.append(packs.Download("Offline copy of the playbook", (("ZIP", rel(zip_file), _size(zip_file)),)))
        listing = (
            environment()
            .get_template("downloads.html")
            .render(downloads=items, begin=Markup(packs.DOWNLOADS_BEGIN), end=Markup(packs.DOWNLOADS_END))
        )
        inner = listing[
            listing.index(packs.DOWNLOADS_BEGIN) : listing.index(packs.DOWNLOADS_END) + len(packs.DOWNLOADS_END)
        ]
        start, end = text.index(packs.DOWNLOADS_BEGIN), text.index(packs.DOWNLOADS_END) + len(packs.DOWNLOADS_END)
        html.write_text(text[:start] + inner + text[end:], encoding="utf-8")
        count += 1
    return count


def _format_titles(site: Path, made) -> dict[str, str]:
    """Format id -> the title its pack page shows (read from the built page)."""
    out = {}
    for aid in made:
        m = re.search(
            r'class="cpp-workshop-pack__title">([^<]+)<',
            (site / packs.PACKS_DIR / aid / "index.html").read_text(encoding="utf-8"),
        )
        out[aid] = m.group(1) if m else aid
    return out


def pages_with_components(site: Path) -> dict[str, list[str]]:
    """URL path (relative to the site root) -> component ids on that page, in page order."""
    out = {}
    for html in sorted(site.rglob("index.html")):
        ids = COMPONENT.findall(html.read_text(encoding="utf-8"))
        if ids:
            rel = html.parent.relative_to(site).as_posix()
            out["" if rel == "." else rel + "/"] = ids
    return out


def print_pdfs(site: Path, browser, papers=tuple(PAPERS)) -> dict[str, dict[str, Path]]:
    """Print every component (blank) and the print pack into site/handouts/."""
    out_dir = site / OUT
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    made: dict[str, dict[str, Path]] = {}
    server, base = serve(site)
    context = without_search(browser.new_context())  # a fresh profile: no answers anywhere
    try:
        page = context.new_page()
        page.set_default_timeout(30_000)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        for url, ids in pages_with_components(site).items():
            page.goto(base + url, wait_until="load")
            page.wait_for_function("() => !!window.cppPrint")
            for cid in ids:
                if not page.evaluate("id => window.cppPrint.prepare(id, false)", cid):
                    raise RuntimeError(f"{url}: print.js found no component '{cid}'")
                made[cid] = {}
                for paper in papers:
                    path = out_dir / f"{cid}-{paper}.pdf"
                    page.pdf(path=str(path), format=PAPERS[paper][0], print_background=True)
                    made[cid][paper] = path
                page.evaluate("() => window.cppPrint.restore()")
        if (site / PACK / "index.html").is_file():
            page.goto(base + PACK + "/", wait_until="load")
            page.wait_for_function("() => !!window.cppPrint")
            page.evaluate("() => window.cppPrint.loadPack()")  # the copies' script; sheets on beforeprint
            made[PACK] = {}
            for paper in papers:
                path = out_dir / f"{PACK}-{paper}.pdf"
                page.pdf(path=str(path), format=PAPERS[paper][0], print_background=True)
                made[PACK][paper] = path
        if errors:
            raise RuntimeError(f"script errors while printing: {errors}")
    finally:
        context.close()
        server.shutdown()
    return made


def _size(path: Path) -> str:
    kb = path.stat().st_size / 1024
    return f"{kb:.0f} KB" if kb < 1024 else f"{kb / 1024:.1f} MB"


def _links(hid: str, files: dict[str, Path], html: Path) -> str:
    what = "The whole pack as one PDF" if hid == PACK else "Printable handout (PDF)"
    links = " · ".join(
        f'<a href="{Path(os.path.relpath(path, html.parent)).as_posix()}" download>{PAPERS[paper][1]}</a> ({_size(path)})'
        for paper, path in files.items()
    )
    return f'<!--cpp-handout:{hid}--><p class="cpp-handout">{what}: {links}</p><!--/cpp-handout-->'


def link(site: Path, made: dict[str, dict[str, Path]]) -> int:
    """Replace each handout mark whose PDFs exist with links to them; return how many."""
    count = 0
    for html in sorted(site.rglob("*.html")):
        text = html.read_text(encoding="utf-8")
        if "<!--cpp-handout:" not in text:
            continue

        def sub(m: re.Match, html: Path = html) -> str:
            nonlocal count
            files = {p: f for p, f in made.get(m.group(1), {}).items() if f.is_file()}
            if not files:
                return f"<!--cpp-handout:{m.group(1)}-->"
            count += 1
            return _links(m.group(1), files, html)

        new = MARK.sub(sub, text)
        if new != text:
            html.write_text(new, encoding="utf-8")
    return count


def make_handouts(
    site: Path, browser, papers=tuple(PAPERS), zip_path: Path | None = None, formats: list[str] | None = None
) -> Result:
    """Every tool's PDF, the print pack and the workshop packs (`formats`: these only;
    None: all), linked from the pages; with `zip_path`, the offline zip too."""
    start = time.perf_counter()
    made = print_pdfs(site, browser, papers)
    linked = link(site, made)
    pack_pdfs = print_packs(site, browser, papers, formats)
    zip_file = publish(site, pack_pdfs, zip_path)
    return Result(made, linked, time.perf_counter() - start, pack_pdfs, zip_file)


def publish(site: Path, pack_pdfs: dict, zip_path: Path | None = None) -> Path | None:
    """The zip published, the Downloads list filled; then the offline worker written
    again, over the pages as this script rewrote them, so that returning readers get
    them. Returns the published zip (None: none)."""
    zip_file = publish_zip(site, zip_path) if zip_path is not None else None
    fill_downloads(site, pack_pdfs, zip_file)
    offline_app.refresh(site)
    return zip_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--no-build", action="store_true", help="use the site as built, do not build it first")
    parser.add_argument("--paper", choices=sorted(PAPERS), action="append", help="only this paper size (repeatable)")
    parser.add_argument("--zip", type=Path, help="publish this offline zip (`make offline`) with the site and list it")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if not args.no_build:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(args.site)]
        if subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode != 0:
            return 1
    if not (args.site / "index.html").is_file():
        print(f"no built site in {args.site}: run `make build` first", file=sys.stderr)
        return 1
    executable = find_chromium()
    if not executable:
        print("no Chromium found: install Debian's package (apt-get install chromium)", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            result = make_handouts(args.site, browser, tuple(args.paper or PAPERS), args.zip)
        finally:
            browser.close()
    files = sum(len(v) for v in result.pdfs.values()) + sum(
        len(f) for parts in result.packs.values() for f in parts.values()
    )
    if args.zip is not None and result.zip is None:
        print(f"no offline zip at {args.zip}: run `make offline` first", file=sys.stderr)
        return 1
    print(
        f"wrote {files} PDFs for {len(result.pdfs)} handouts and {len(result.packs)} workshop packs into {args.site / OUT} and linked {result.linked} "
        f"of them in {result.seconds:.1f} s (total with the build: {time.perf_counter() - start:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
