"""The Facilitator guide in the built site: run sheets whose links resolve, a Section links
page that lists every section (and picks up a new heading by itself), and agenda checks
that report a broken format with a message naming the format, the block and the field
(called directly; one build proves that a strict build stops on them)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlparse

import pytest
from changed_project import AGENDA_PAGE, changed_site
from project import built_file, content_pages, page_ids
from support import ROOT, content, html_file, soup

sys.path.insert(0, str(ROOT))

from macros.content.data.workshops import AGENDAS
from macros.content.registry import Registry
from macros.content.validate import DataError
from macros.content.validate_agenda import AgendaSource, check_anchors, check_pages, validate_agendas
from macros.render.agenda import built_ids

REGISTRY = Registry.load(ROOT / "docs")

FACILITATOR = (
    "facilitator/introduction-90-minutes/",
    "facilitator/half-day-workshop/",
    "facilitator/full-day-workshop/",
)
SECTION_LINKS = "facilitator/section-links/"
ORIGIN = "http://site.invalid/"


def _resolve(site: Path, page_url: str, href: str) -> str | None:
    """Why a link from `page_url` does not resolve, or None."""
    url, fragment = urldefrag(urljoin(ORIGIN + page_url, href))
    target = built_file(site, unquote(urlparse(url).path))
    if target is None:
        return f"{page_url}: {href} (no such page)"
    if fragment and fragment not in page_ids(target):
        return f"{page_url}: {href} (no #{fragment})"
    return None


def _published_base(site: Path) -> str:
    return soup(site / "index.html").find("link", rel="canonical")["href"]


def _every_section(site: Path) -> set[str]:
    """Every content page and every h2/h3 with a permalink, as full addresses."""
    base = _published_base(site).rstrip("/")
    out = set()
    for url, html in content_pages(site):
        out.add(base + url)
        for link in content(soup(html)).select("h2 > a.headerlink, h3 > a.headerlink"):
            out.add(base + url + link["href"])
    return out


def _listed(site: Path) -> list[str]:
    page = soup(html_file(site, SECTION_LINKS))
    return [code.get_text() for code in page.select(".cpp-section-links .cpp-links__address")]


# --- run sheets ------------------------------------------------------------------------------


def test_each_format_has_a_run_sheet_page(site_dir):
    found = {}
    for url in FACILITATOR:
        for sheet in soup(html_file(site_dir, url)).select(".cpp-agenda"):
            found[sheet["id"]] = (url, sheet)
    assert set(found) == {f"agenda-{a.id}" for a in AGENDAS}
    for a in AGENDAS:
        url, sheet = found[f"agenda-{a.id}"]
        blocks = sheet.select(".cpp-agenda__block")
        assert [b["id"] for b in blocks] == [f"agenda-{a.id}-{b.id}" for b in a.blocks], url
        assert sheet.select_one(".cpp-agenda__when time").get_text() == a.start
        minutes = [int(b.select_one(".cpp-agenda__minutes").get_text().split()[0]) for b in blocks]
        assert sum(minutes) == a.minutes


def test_run_sheet_links_resolve_and_cover_every_section_and_tool(site_dir):
    broken, hrefs = [], 0
    for url in FACILITATOR:
        for sheet in soup(html_file(site_dir, url)).select(".cpp-agenda"):
            aid = sheet["id"].removeprefix("agenda-")
            agenda = next(a for a in AGENDAS if a.id == aid)
            links = sheet.select("a[href]:not(.headerlink)")
            hrefs += len(links)
            broken += [p for a in links if (p := _resolve(site_dir, url, a["href"]))]
            targets = {urlparse(urljoin(ORIGIN + url, a["href"])).fragment for a in links}
            for block in agenda.blocks:
                anchor = block.section.partition("#")[2]
                assert not anchor or anchor in targets, f"{aid}/{block.id}: no link to #{anchor}"
                for cid in block.components:
                    assert any(t.endswith("-" + cid) for t in targets), f"{aid}/{block.id}: no link to {cid}"
    assert hrefs > 40
    assert not broken, "\n".join(broken)


def test_run_mode_qr_codes_and_printed_addresses_are_published_directory_urls(site_dir):
    """Run mode's QR codes (in a <template>, made at build time) and the printed addresses
    point at the published site, at the tool or section the block's own link opens."""
    base = _published_base(site_dir)
    short_base = base.split("://", 1)[1]
    codes = 0
    for url in FACILITATOR:
        for sheet in soup(html_file(site_dir, url)).select(".cpp-agenda"):
            aid = sheet["id"].removeprefix("agenda-")
            agenda = next(a for a in AGENDAS if a.id == aid)
            template = sheet.select_one("template[data-cpp-run-template]")
            assert template is not None and template.select_one("dialog.cpp-run") is not None, aid
            figures = {f["data-cpp-run-code"]: f for f in template.select("figure[data-cpp-run-code]")}
            for block in agenda.blocks:
                if not (block.components or block.section):
                    assert block.id not in figures, f"{aid}/{block.id}: a break has no code"
                    continue
                figure = figures[block.id]
                target = figure["data-url"]
                assert target.startswith(base) and ".html" not in target and "file:" not in target, target
                path, _, fragment = target[len(base) :].partition("#")
                assert path == "" or path.endswith("/"), f"{target}: not a directory URL"
                li = sheet.select_one(f"#agenda-{aid}-{block.id}")
                first = li.select_one(".cpp-agenda__tools a" if block.components else ".cpp-agenda__section")
                assert urljoin(base + url, first["href"]) == target, (
                    f"{aid}/{block.id}: the code opens {target}, the sheet links {first['href']}"
                )
                assert fragment in page_ids(built_file(site_dir, "/" + path)), target
                assert figure.select_one("svg") is not None and f">{short_base}{path}" in str(
                    figure
                )  # the address, to type
                codes += 1
            assert (
                sheet.select_one(".cpp-agenda__site").get_text() == short_base
            )  # said once; each link prints its path
            for address in sheet.select(".cpp-agenda__address"):
                link = address.find_previous_sibling("a")
                assert base + address.get_text() == urljoin(base + url, link["href"]), address.get_text()
    assert codes >= 30


# --- section links ---------------------------------------------------------------------------


def test_section_links_lists_every_page_and_section_once(site_dir):
    listed = _listed(site_dir)
    expected = _every_section(site_dir)
    assert len(listed) == len(set(listed)), "an address is listed twice"
    assert set(listed) == expected, {
        "missing": sorted(expected - set(listed))[:10],
        "extra": sorted(set(listed) - expected)[:10],
    }
    base = _published_base(site_dir)
    assert base + "access-credibility-trust/#the-true-client-test" in listed
    assert base + "access-credibility-trust/#worksheet-stakeholder-map" in listed  # a tool
    assert base + "facilitator/half-day-workshop/#agenda-half-day-break" in listed  # a run-sheet block


def test_section_links_rows_have_working_links_and_named_copy_buttons(site_dir):
    page = soup(html_file(site_dir, SECTION_LINKS))
    rows = page.select(".cpp-links__row")
    assert len(rows) > 150
    broken = []
    for row in rows:
        link, address, button = row.select_one("a"), row.select_one("code").get_text(), row.select_one("button")
        assert button["data-cpp-copy"] == address
        assert button.has_attr("hidden"), "copy buttons need JavaScript and start hidden"
        assert button["aria-label"].startswith(("Copy link to section: ", "Copy link to page: "))
        assert button.get_text() == "Copy link"
        broken += [p for p in [_resolve(site_dir, SECTION_LINKS, link["href"])] if p]
    assert not broken, broken[:10]
    count = page.select_one(".cpp-links__count").get_text()
    pages = len(page.select(".cpp-links__page"))
    assert count == f"{pages} pages and {len(rows) - pages} sections."
    assert "data-cpp-section-links" not in str(content(page)), "the placeholder was not replaced"


def test_the_accessibility_walks_sample_of_section_links_holds_every_kind_of_row(site_dir):
    """After its first state the walk checks the first rows of each list only
    (a11y_checks.BEYOND_SAMPLE): they must hold every kind of element the whole list has."""
    from a11y_checks import BEYOND_SAMPLE

    article = soup(html_file(site_dir, SECTION_LINKS)).select_one("article")
    left_out = {id(el) for top in article.select(BEYOND_SAMPLE) for el in [top, *top.find_all(True)]}
    kinds = lambda els: {(el.name, *sorted(el.get("class", []))) for el in els}  # noqa: E731
    every, sampled = article.find_all(True), [el for el in article.find_all(True) if id(el) not in left_out]
    assert len(sampled) < len(every) / 4, "the sample is not much smaller than the page"
    assert kinds(sampled) == kinds(every), f"rows of a kind only beyond the sample: {kinds(every) - kinds(sampled)}"


def test_a_new_heading_appears_in_section_links():
    site = changed_site().site
    listed = _listed(site)
    base = _published_base(site)
    assert base + "why-partnership/#a-heading-added-by-a-test" in listed
    assert base + "why-partnership/#and-one-below-it" in listed
    assert set(listed) == _every_section(site)


# --- a broken agenda stops the build ---------------------------------------------------------


WORKSHOPS = ROOT / "macros" / "content" / "data" / "workshops.py"


def _sources(tmp_path: Path, old: str = "", new: str = "") -> list:
    """The workshop formats with `old` replaced by `new` in their data module."""
    text = WORKSHOPS.read_text(encoding="utf-8")
    assert old in text
    module_file = tmp_path / "zz_workshops.py"
    module_file.write_text(text.replace(old, new, 1), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("zz_workshops", module_file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [AgendaSource("macros.content.data.workshops", a) for a in module.AGENDAS]


def _problems(sources: list, site: Path | None = None) -> str:
    """Every problem the build's agenda checks report (define_env: data and pages; after
    the build: anchors, which a strict build stops on), called directly."""
    found = []
    try:
        validate_agendas(sources, REGISTRY.components, REGISTRY.usage)
    except DataError as exc:
        found.append(str(exc))
    found += check_pages(sources, ROOT / "docs")
    if site is not None:
        found += check_anchors(sources, built_ids(site, ROOT / "docs", True))
    return "\n".join(found)


def test_a_misspelled_anchor_is_reported_naming_format_block_and_field(tmp_path, site_dir):
    sources = _sources(tmp_path, 'section=f"{ACT}#the-true-client-test"', 'section=f"{ACT}#the-true-client-tset"')
    out = _problems(sources, site_dir)
    assert (
        "agenda 'introduction-90', block 'true-client-test', field 'section': page "
        "'access-credibility-trust.md' has no anchor '#the-true-client-tset'"
    ) in out, out
    assert "Did you mean 'the-true-client-test'" in out
    assert _problems(_sources(tmp_path), site_dir) == ""  # the real formats: nothing to report


def test_a_renamed_heading_an_agenda_draws_on_stops_a_strict_build():
    """End to end: the anchor check runs on the built pages and logs a warning, on which a
    strict build stops (the changed project is built without --strict to run to the end)."""
    message = (
        f"WARNING -  agenda 'full-day', block 'trusted-advisor', field 'section': page '{AGENDA_PAGE}' "
        "has no anchor '#the-six-skills'"
    )
    output = changed_site().output
    assert message in output, output[-3000:]


@pytest.mark.parametrize(
    "old,new,message",
    [
        (
            "    minutes=210,",
            "    minutes=200,",
            "agenda 'half-day', field 'minutes': the blocks add up to 210 minutes, not the stated 200",
        ),
        (
            'components=("trust-builders",)',
            'components=("trust-bilders",)',
            "agenda 'full-day', block 'trust', field 'components': unknown component id 'trust-bilders'",
        ),
        (
            'section="trusted-advisor.md#the-six-skills"',
            'section="trusted-adviser.md#the-six-skills"',
            "agenda 'full-day', block 'trusted-advisor', field 'section': page 'trusted-adviser.md' does not exist",
        ),
    ],
    ids=["minutes", "component", "page"],
)
def test_data_problems_are_reported(tmp_path, old, new, message):
    out = _problems(_sources(tmp_path, old, new))
    assert message in out, out


# --- per-format link sheets, workshop pack pages, downloads -----------------------------------


def _uses(agenda) -> list[tuple[str, str]]:
    """(docs page, anchor) of every section and tool `agenda` uses, once, in block order."""
    from macros.render.render import anchor

    out = []
    for block in agenda.blocks:
        if block.section:
            page, _, frag = block.section.partition("#")
            out.append((page, frag))
        out += [(REGISTRY.usage[c], anchor(REGISTRY.components[c])) for c in block.components]
    return list(dict.fromkeys(out))


def test_each_format_has_a_link_sheet_with_published_addresses_and_qr_codes(site_dir):
    from macros.render.urls import page_url

    page = soup(html_file(site_dir, SECTION_LINKS))
    base = _published_base(site_dir)
    broken = []
    for agenda in AGENDAS:
        sheet = page.select_one(f"#links-{agenda.id}.cpp-format-links")
        assert sheet is not None, agenda.id
        items = sheet.select(".cpp-format-links__item")
        expected = [f"{base}{page_url(p)}#{a}".split("://", 1)[1] for p, a in _uses(agenda)]
        assert [i.select_one("code").get_text() for i in items] == expected, agenda.id
        assert all(i.select_one("svg.cpp-sheet__qr") for i in items), f"{agenda.id}: an address without a QR code"
        broken += [p for i in items if (p := _resolve(site_dir, SECTION_LINKS, i.select_one("a")["href"]))]
        button = sheet.select_one("[data-cpp-print-links]")
        assert button["data-cpp-print-links"] == sheet["id"] and button.parent.has_attr("hidden")
    assert not broken, broken
    # the filter box needs JavaScript: hidden in the HTML, the whole list shows without it
    box = page.select_one("[data-cpp-links-filter]")
    assert box.has_attr("hidden") and box.select_one("label")["for"] == box.select_one("input[type=search]")["id"]


def test_workshop_pack_pages_hold_the_workbook_and_the_facilitator_pack(site_dir):
    import json

    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if d["location"].startswith("facilitator/packs/")]
    nav = {a["href"] for a in soup(site_dir / "index.html").select("nav.md-nav--primary a[href]")}
    assert not [h for h in nav if "packs/" in h], "the pack pages stay out of the navigation"
    for agenda in AGENDAS:
        page = soup(html_file(site_dir, f"facilitator/packs/{agenda.id}/"))
        workbook = page.select_one('[data-pack-part="workbook"]')
        notes = page.select_one('[data-pack-part="facilitator"]')
        tools = [c for b in agenda.blocks for c in b.components]
        tools = list(dict.fromkeys(tools))
        for part in (workbook, notes):
            assert agenda.title in part.select_one(".cpp-workshop-pack__cover").get_text()
            assert part.select_one(".cpp-workshop-pack__qr svg"), "the cover has a QR code of the run sheet"
            assert [c["data-print-of"] for c in part.select(".cpp-pack [data-print-of]")] == tools
        run_sheet = workbook.select_one(".cpp-workshop-pack__qr code").get_text()
        assert run_sheet.endswith(f"#agenda-{agenda.id}") and ".html" not in run_sheet
        rows = workbook.select(".cpp-workshop-pack__agenda tbody tr")
        assert [r.select("td")[1].get_text() for r in rows] == [b.title for b in agenda.blocks]
        steps = [s for b in agenda.blocks for s in b.instructions]
        text, facilitator_text = workbook.get_text(" "), notes.get_text(" ")
        assert not [s for s in steps if s in text], "facilitator notes in the participant workbook"
        assert all(s in facilitator_text for s in steps)
        pages = list(dict.fromkeys(b.section.partition("#")[0] for b in agenda.blocks if b.section))
        summaries = [
            s.select_one(".admonition-title").get_text() for s in workbook.select(".cpp-workshop-pack__summary")
        ]
        assert summaries == [
            REGISTRY.page_titles[p] for p in pages if "In short" in (ROOT / "docs" / p).read_text(encoding="utf-8")
        ]


def test_the_guide_says_where_the_downloads_are_when_built_without_them(site_dir):
    guide = soup(html_file(site_dir, "facilitator/"))
    box = guide.select_one("h2#downloads ~ .cpp-downloads")
    assert box is not None and not box.select("a[download]")
    link = box.select_one(".cpp-downloads__none a")
    assert link["href"] == _published_base(site_dir) + "facilitator/#downloads"
