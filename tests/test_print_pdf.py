"""Handouts as PDFs (scripts/handouts.py, `make handouts`), read back with pypdf (sizes,
page counts) and pdftotext (text): one sheet
per worksheet and checklist on A4 and on US Letter, with its title and address; at most
two per self-assessment, each with the title, the address and the QR code; no
navigation on paper; the pack, one component after another; links that resolve.

The PDFs are made once per module, from a copy of the session's build, with the
session's browser."""

from __future__ import annotations

import functools
import re
import shutil

import handouts
import pytest
from pypdf import PdfReader
from support import DOCS, html_file, pack_sheets, pdf_pages, soup, without_search

from macros.content.model import Assessment
from macros.content.registry import Registry

# one worker makes the module's PDFs / zip (make test spreads tests one by one otherwise)
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("handouts")]

POINTS = {"a4": (595, 842), "letter": (612, 792)}
PACK_FORMAT = "introduction-90"  # the suite prints one format's packs; `make handouts` prints all
CHROME = ("Skip to content", "Search", "Table of contents", "Back to top", "Previous", "Text CC BY 4.0")


def flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="session")
def browser(full_chromium):
    """This module prints in full Chromium, as `make handouts` does; the rest of the suite
    runs in chromium-headless-shell (tests/conftest.py)."""
    return full_chromium


@pytest.fixture(scope="session")  # made once, even if the group's tests are not run back to back
def printed(site_dir, browser, tmp_path_factory):
    site = tmp_path_factory.mktemp("handouts") / "site"
    shutil.copytree(site_dir, site)
    result = handouts.make_handouts(site, browser, formats=[PACK_FORMAT])
    print(f"\nhandouts: {sum(len(v) for v in result.pdfs.values())} PDFs in {result.seconds:.1f} s")
    return site, result


@pytest.fixture(scope="session")  # made once, even if the group's tests are not run back to back
def components(printed):
    """Component id -> (kind, title, short address, text of the component on its page)."""
    site, _ = printed
    base = soup(site / "index.html").find("link", rel="canonical")["href"]
    out = {}
    for url, ids in handouts.pages_with_components(site).items():
        page = soup(html_file(site, url))
        for cid in ids:
            root = page.select_one(f'.cpp-component[data-component="{cid}"]')
            address = f"{base}{url}#{root['id']}".split("://", 1)[1]
            title = root.select_one(".cpp-component__title").find(string=True, recursive=False).strip()
            out[cid] = (root["data-kind"], title, address, root.get_text(" "))
    return out


def nav_titles(site) -> set[str]:
    return {a.get_text(" ", strip=True) for a in soup(site / "index.html").select("nav.md-nav--primary .md-nav__link")}


@functools.cache
def read(path):
    """The PDF and the text of each of its pages, read once."""
    reader, pages = PdfReader(path), pdf_pages(path)
    assert len(pages) == len(reader.pages), f"{path.name}: pdftotext and pypdf count the pages differently"
    return reader, pages


def test_every_component_has_a_handout_in_both_sizes(printed, components):
    _, result = printed
    assert set(result.pdfs) == set(components) | {handouts.PACK}
    assert all(set(files) == {"a4", "letter"} for files in result.pdfs.values())


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_worksheets_and_checklists_print_on_one_sheet_with_title_and_address(printed, components, paper):
    _, result = printed
    problems = []
    for cid, (kind, title, address, _) in components.items():
        reader, pages = read(result.pdfs[cid][paper])
        box = reader.pages[0].mediabox
        assert abs(float(box.width) - POINTS[paper][0]) < 2 and abs(float(box.height) - POINTS[paper][1]) < 2, cid
        limit = 2 if kind == "assessment" else 1
        if not 1 <= len(pages) <= limit:
            problems.append(f"{cid}: {len(pages)} pages on {paper} (at most {limit})")
        text = flat(" ".join(pages))
        if flat(title) not in text:
            problems.append(f"{cid}: title {title!r} not in the PDF")
        if flat(address) not in text:
            problems.append(f"{cid}: address {address!r} not in the PDF")
        if "ClientPartneringPlaybook" not in text:
            problems.append(f"{cid}: the playbook's name is not in the PDF")
    assert not problems, "\n".join(problems)


def test_handouts_hold_no_navigation_or_controls(printed, components):
    site, result = printed
    nav = nav_titles(site)
    for cid, (_, _, _, own) in components.items():
        _, pages = read(result.pdfs[cid]["a4"])
        text = " ".join(pages)
        found = [t for t in CHROME if t in text] + [t for t in nav if t in text and t not in own]
        assert not found, f"{cid}: screen text on paper: {found}"
        for control in (
            "Print blank",
            "Print with my answers",
            "Export my answers",
            "Import answers",
            "Example answer",
            "¶",
        ):
            assert control not in text, f"{cid}: {control!r} on paper"


def test_print_pack_has_each_component_on_its_own_sheets_in_order(printed, components):
    site, result = printed
    pack = html_file(site, "print-pack/")
    order = [c["data-print-of"] for c in pack_sheets(soup(pack), pack).select("[data-print-of]")]
    assert sorted(order) == sorted(components)
    counts = {cid: len(read(result.pdfs[cid]["a4"])[1]) for cid in order}
    assert len(PdfReader(result.pdfs[handouts.PACK]["letter"]).pages) == sum(counts.values())
    _, pages = read(result.pdfs[handouts.PACK]["a4"])
    assert len(pages) == sum(counts.values())
    at = 0
    for cid in order:
        assert flat(components[cid][1]) in flat(pages[at]), f"{cid} should start on page {at + 1}"
        assert flat(components[cid][2]) in flat(" ".join(pages[at : at + counts[cid]])), cid
        at += counts[cid]
    text = " ".join(read(result.pdfs[handouts.PACK]["a4"])[1])
    assert not [t for t in CHROME if t in text]
    assert "What is in the pack" not in text and "Some planning works better" not in text
    # the copies were made into sheets as the page went to paper (print.js, on beforeprint)
    # ... and every page carries a sheet footer (a self-assessment's, on each of its pages)
    assert "Example answer" not in text and text.count("Fill it in online") == len(pages)


def test_a_chapter_printed_whole_shows_no_navigation(printed, browser):
    """Ctrl+P on a chapter: the article, its tools as forms, no header, sidebars or footer."""
    site, _ = printed
    server, base = handouts.serve(site)
    ctx = without_search(browser.new_context())
    try:
        page = ctx.new_page()
        page.goto(base + "access-credibility-trust/", wait_until="load")
        article = page.locator("article").inner_text()
        pdf = page.pdf(format="A4")
    finally:
        ctx.close()
        server.shutdown()
    path = site / "chapter.pdf"
    path.write_bytes(pdf)
    text = " ".join(read(path)[1])
    assert "Access, Credibility and Trust" in text and "Stakeholder Map" in text
    found = [t for t in CHROME if t in text] + [t for t in nav_titles(site) if t in text and t not in article]
    assert not found, f"screen furniture on paper: {found}"
    assert "¶" not in text and "Print blank" not in text


def test_handout_links_appear_only_with_handouts_and_all_resolve(printed, components):
    site, result = printed
    assert result.linked == len(components) + 1
    for url, ids in handouts.pages_with_components(site).items():
        page = soup(html_file(site, url))
        for cid in ids:
            links = page.select(f'.cpp-component[data-component="{cid}"] .cpp-handout a[download]')
            assert [a.get_text() for a in links] == ["A4", "US Letter"], cid
            assert links[0]["href"].endswith(f"handouts/{cid}-a4.pdf")
    pack = soup(html_file(site, "print-pack/")).select(".cpp-handout a[download]")
    assert [a["href"] for a in pack] == ["../handouts/print-pack-a4.pdf", "../handouts/print-pack-letter.pdf"]
    for html in site.rglob("*.html"):
        if "cpp-handout" not in html.read_text(encoding="utf-8"):
            continue
        for a in soup(html).select(".cpp-handout a[href]"):
            assert (html.parent / a["href"]).resolve().is_file(), f"{html}: {a['href']}"
    # running it again rewrites the links instead of adding more
    assert handouts.link(site, result.pdfs) == result.linked
    assert soup(html_file(site, "print-pack/")).select(".cpp-handout").__len__() == 1


# --- Self-assessments: at most two sheets, each one labelled, no stranded heading ------
# The sheet's footer (playbook, title, address, QR code) is the <tfoot> of the table
# print.js puts a self-assessment in, which Chromium repeats on every page (print.css).

SITE_NAME = "Client Partnering Playbook"  # the footer's first words


@functools.cache
def tools() -> dict:
    return Registry.load(DOCS).components


def assessments(components) -> dict[str, Assessment]:
    tools_ = tools()
    return {cid: tools_[cid] for cid, (kind, *_) in components.items() if kind == "assessment"}


def qr_runs(site, url_path: str, cid: str) -> int:
    """How many horizontal runs of dark modules the tool's QR code draws (segno writes
    each as one `h` of the SVG path; Chromium's PDF strokes each as one m/l pair)."""
    svg = soup(html_file(site, url_path)).select_one(f'.cpp-component[data-component="{cid}"] svg.cpp-sheet__qr')
    return svg.find("path")["d"].count("h")


def qr_on(page, runs: int) -> bool:
    """Whether the page draws one stroked path of exactly `runs` segments: the QR code."""
    data = page.get_contents().get_data()
    return (
        re.search(rb"(?<![\d.-])(?<![ml]\s)(?:[-\d.]+ [-\d.]+ m\s+[-\d.]+ [-\d.]+ l\s+){%d}S" % runs, data) is not None
    )


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_assessments_print_on_two_sheets_at_most_each_with_title_address_and_qr(printed, components, paper):
    site, result = printed
    where = {cid: url for url, ids in handouts.pages_with_components(site).items() for cid in ids}
    tools = assessments(components)
    assert len(tools) >= 6
    problems = []
    for cid in tools:
        _, title, address, _ = components[cid]
        reader, pages = read(result.pdfs[cid][paper])
        if not 1 <= len(pages) <= 2:
            problems.append(f"{cid}: {len(pages)} pages on {paper}")
        runs = qr_runs(site, where[cid], cid)
        for n, (text, page) in enumerate(zip(pages, reader.pages, strict=True), 1):
            footer = flat(text.rsplit(SITE_NAME, 1)[-1]) if SITE_NAME in text else ""
            if flat(title) not in footer or flat(address) not in footer:
                problems.append(f"{cid}, page {n} on {paper}: no footer with the title and the address")
            if not qr_on(page, runs):
                problems.append(f"{cid}, page {n} on {paper}: no QR code of {runs} runs")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_assessment_parts_keep_heading_and_statements_on_one_sheet(printed, components, paper):
    _, result = printed
    problems = []
    for cid, tool in assessments(components).items():
        _, pages = read(result.pdfs[cid][paper])
        bodies = [text.rsplit(SITE_NAME, 1)[0] for text in pages]  # without the footer
        lines = [[flat(line) for line in body.splitlines() if line.strip()] for body in bodies]
        headings = {flat(d.title) for d in tool.dimensions}
        for n, page_lines in enumerate(lines, 1):
            if page_lines and page_lines[-1] in headings:
                problems.append(f"{cid}, page {n} on {paper}: ends with the heading {page_lines[-1]!r}")
        for dim in tool.dimensions:
            on = {n for n, body in enumerate(bodies) for st in dim.statements if flat(st.text) in flat(body)}
            if len(on) != 1:
                problems.append(f"{cid}/{dim.id} on {paper}: its statements are on pages {sorted(on)}")
            elif flat(dim.title) not in lines[on.pop()]:
                problems.append(f"{cid}/{dim.id} on {paper}: heading not on the page of its statements")
    assert not problems, "\n".join(problems)


def test_a_workshop_pack_prints_as_a_workbook_and_a_facilitator_pack_with_page_numbers(printed, components):
    import re
    import sys

    sys.path.insert(0, str(handouts.ROOT))
    from macros.content.data.workshops import AGENDAS

    site, result = printed
    agenda = next(a for a in AGENDAS if a.id == PACK_FORMAT)
    tools = list(dict.fromkeys(c for b in agenda.blocks for c in b.components))
    page = soup(html_file(site, f"facilitator/packs/{PACK_FORMAT}/"))
    run_sheet = page.select_one(".cpp-workshop-pack__qr code").get_text()
    assert set(result.packs) == {PACK_FORMAT}
    tool_pages = [len(read(result.pdfs[cid]["a4"])[1]) for cid in tools]
    for part, before in (("workbook", 3), ("facilitator", None)):  # cover, agenda, "in short"
        # Letter: the size and the same sheets as A4, numbered
        letter, letter_pages = read(result.packs[PACK_FORMAT][part]["letter"])
        n = len(read(result.packs[PACK_FORMAT][part]["a4"])[1])
        assert abs(float(letter.pages[0].mediabox.width) - POINTS["letter"][0]) < 2 and len(letter.pages) == n, part
        assert f"Page{n}of{n}" in flat(letter_pages[-1]), part
        for paper in ("a4",):
            reader, pages = read(result.packs[PACK_FORMAT][part][paper])
            box = reader.pages[0].mediabox
            assert abs(float(box.width) - POINTS[paper][0]) < 2, (part, paper)
            assert [f"Page{i}of{len(pages)}" in flat(p) for i, p in enumerate(pages, 1)] == [True] * len(pages), (
                part,
                paper,
            )
            first = flat(pages[0]).lower()
            assert flat(agenda.title).lower() in first and flat(run_sheet).lower() in first, (part, paper)
            if part == "facilitator":  # the run sheet runs on from the cover, then the tools' sheets
                before = next(i for i, p in enumerate(pages) if "Fillitinonline" in flat(p))
                assert before >= 1 and "Runsheet" in flat(pages[0])
            assert len(pages) == before + sum(tool_pages), (part, paper, len(pages))
            at = before
            for cid, count in zip(tools, tool_pages, strict=True):  # each tool on its own sheets, with its address
                assert flat(components[cid][1]) in flat(pages[at]), (
                    f"{part} {paper}: {cid} should start on page {at + 1}"
                )
                assert flat(components[cid][2]) in flat(" ".join(pages[at : at + count])), cid
                at += count
            text = flat(" ".join(pages))
            steps = [flat(s) for b in agenda.blocks for s in b.instructions]
            if part == "workbook":
                assert all(flat(b.title) in flat(" ".join(pages[:2])) for b in agenda.blocks)
                assert not [s for s in steps if s in text], "facilitator notes in the workbook"
            else:
                assert all(s in text for s in steps), "a run-sheet step is missing from the facilitator pack"
    # the Facilitator guide links each file with its true size
    guide = soup(html_file(site, "facilitator/"))
    links = guide.select(".cpp-downloads a[download]")
    assert len(links) == 4 and not guide.select(".cpp-downloads__none")
    for a in links:
        file = (site / "facilitator" / a["href"]).resolve()
        size = re.search(r"\(([^)]+)\)", a.next_sibling).group(1)
        assert file.is_file() and size == handouts._size(file), (a["href"], size)
