"""Every built page is a proper page: title, description, one h1, nothing fetched from elsewhere."""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from urllib.parse import urlparse

import pytest
from support import DOCS, ROOT, doc_pages, html_file, soup

sys.path.insert(0, str(ROOT))
from macros.content.registry import Registry
from macros.render.render import anchor
from macros.render.urls import page_url

PAGES = doc_pages()


def test_every_markdown_page_is_built(site_dir):
    missing = [src for src, url in PAGES if not html_file(site_dir, url).is_file()]
    assert not missing, f"pages with no HTML in the build: {missing}"


def test_titles_are_unique(site_dir):
    titles = {src: soup(html_file(site_dir, url)).title.get_text(strip=True) for src, url in PAGES}
    repeated = {t: [s for s, x in titles.items() if x == t] for t, n in Counter(titles.values()).items() if n > 1}
    assert not repeated, f"pages sharing a <title>: {repeated}"


@pytest.mark.parametrize("src,url", PAGES, ids=[src for src, _ in PAGES])
def test_page_has_description_and_one_h1(site_dir, src, url):
    page = soup(html_file(site_dir, url))
    meta = page.find("meta", attrs={"name": "description"})
    assert meta and meta.get("content", "").strip(), f"{src}: no meta description"
    h1s = page.find_all("h1")
    assert len(h1s) == 1, f"{src}: {len(h1s)} <h1> elements: {[h.get_text(strip=True) for h in h1s]}"
    assert page.html.get("lang") == "en"


@pytest.mark.parametrize("src,url", PAGES, ids=[src for src, _ in PAGES])
def test_page_loads_nothing_from_another_host(site_dir, src, url):
    """Scripts, styles, fonts, images and frames must all come from the site itself."""
    page = soup(html_file(site_dir, url))
    remote = []
    for tag, attr in (
        ("script", "src"),
        ("link", "href"),
        ("img", "src"),
        ("iframe", "src"),
        ("source", "src"),
        ("video", "src"),
        ("audio", "src"),
    ):
        for el in page.find_all(tag):
            value = el.get(attr)
            if not value:
                continue
            if tag == "link" and not set(el.get("rel", [])) & {
                "stylesheet",
                "preload",
                "preconnect",
                "icon",
                "modulepreload",
                "dns-prefetch",
            }:
                continue  # <link rel="canonical"> and friends are not fetched
            if urlparse(value).scheme in {"http", "https"} or value.startswith("//"):
                remote.append(f"<{tag} {attr}={value}>")
    assert not remote, f"{src} loads from other hosts: {remote}"
    assert "fonts.googleapis" not in html_file(site_dir, url).read_text(encoding="utf-8")


def test_search_dialog_has_an_accessible_name(site_dir):
    dialog = soup(html_file(site_dir, "")).select_one('[data-md-component="search"][role="dialog"]')
    assert dialog is not None and dialog.get("aria-label"), "the search dialog has no aria-label"


def test_headings_have_readable_permalinks(site_dir):
    page = soup(html_file(site_dir, "how-to-use/"))
    links = page.select("article h2 a.headerlink")
    assert links, "no permalinks on h2 headings"
    assert all(a.get("title") == "Link to this section" for a in links)
    assert all(a["href"].startswith("#") and a["href"] != "#" for a in links)


@pytest.mark.parametrize("src,url", PAGES, ids=[src for src, _ in PAGES])
def test_ids_are_unique_and_every_control_is_labelled(site_dir, src, url):
    page = soup(html_file(site_dir, url))
    counts = Counter(el["id"] for el in page.find_all(id=True))
    assert not [i for i, n in counts.items() if n > 1], (
        f"{src}: duplicate ids {[i for i, n in counts.items() if n > 1]}"
    )
    unlabelled = []
    labelled = {label["for"] for label in page.find_all("label", attrs={"for": True})}
    for control in page.find_all(["input", "select", "textarea"]):
        if control.get("type") == "hidden":
            continue
        cid = control.get("id")
        if (
            control.get("aria-label")
            or control.get("aria-labelledby")
            or control.find_parent("label")
            or (cid and cid in labelled)
        ):
            continue
        unlabelled.append(str(control)[:120])
    assert not unlabelled, f"{src}: form controls without a label: {unlabelled}"


def test_own_css_and_js_arrive_as_one_file_each(site_dir):
    """One stylesheet and one deferred script of ours per page (a phone on a slow network
    waits for every request before the first paint), plus print.css for paper only;
    facilitator.css only on facilitator pages, room.css and room.min.js only on Room results,
    runsheet.min.js only on the pages that show a run sheet (one each), components.js (the
    whole manifest) only on the pages that read every tool (the client's own page too). Each address
    names the same version."""
    folder = site_dir / "assets" / "playbook"
    sheets = set()
    for src, url in PAGES:
        page = soup(html_file(site_dir, url))
        own = [
            (el.name, el.get("href") or el.get("src"), el)
            for el in page.find_all(["link", "script"])
            if "assets/playbook/" in (el.get("href") or el.get("src") or "")
            and not (el.get("href") or "").endswith((".svg", ".png"))
        ]  # icons
        names = sorted(ref.split("assets/playbook/")[1].split("?")[0] for _, ref, _ in own)
        expected = ["playbook.min.css", "playbook.min.js", "print.css"]
        if src.startswith("facilitator/"):
            expected = ["facilitator.css", *expected]
        if src == "facilitator/room-results.md":  # its own script and style, on that page alone
            expected = sorted([*expected, "room.css", "room.min.js"])
        if page.select(
            "[data-cpp-rel], [data-cpp-room], [data-cpp-client]"
        ):  # pages that read every tool: the whole manifest, once
            expected = sorted([*expected, "components.js"])
        if page.select("[data-cpp-agenda]"):
            expected = sorted([*expected, "runsheet.min.js"])
            sheets.add(src)
        assert names == expected, src
        versions = {ref.split("?v=")[1] for _, ref, _ in own if "?v=" in ref}
        assert len(versions) == 1 and all("?v=" in ref for _, ref, _ in own), src
        for name, ref, el in own:
            if name == "script":
                assert el.has_attr("defer"), src
            elif ref.split("?")[0].endswith("print.css"):
                assert el.get("media") == "print", src
            else:
                assert el.get("media") in (None, "all", "screen"), src
    assert sheets == set(Registry.load(DOCS).run_sheets.values())  # each workshop format's page, no other
    script = (folder / "playbook.min.js").read_text(encoding="utf-8")
    answers = (folder / "answers.min.js").read_text(encoding="utf-8")
    # every part is in a bundle (answers.min.js: loaded where answers are used), the engine
    # before the code that uses it
    assert "window.cppPrint=" in script and "cpp-copylink" in script and "answers.min.js" in script
    assert 0 < answers.index("window.cppCore") < answers.index("window.cppWorkspaces=") < answers.index("cpp-ws__panel")
    style = (folder / "playbook.min.css").read_text(encoding="utf-8")
    assert ".cpp-component" in style and ".cpp-copylink" in style and ".cpp-ws" in style
    shipped = sorted(p.name for p in folder.iterdir())
    assert not {"playbook.js", "workspaces.js", "links.js", "print.js", "playbook.css"} & set(shipped), shipped


def test_search_index_holds_each_tool_once_under_its_own_title_without_its_controls(site_dir):
    """The search reads each tool's title, intro and items from the page itself; its controls,
    scales, examples and print footer are marked data-search-exclude (tool templates)."""
    registry = Registry.load(DOCS)
    docs = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    by_location = {d["location"]: d for d in docs}
    for cid, src in registry.usage.items():
        comp = registry.components[cid]
        url = page_url(src)
        entry = by_location.get(f"{url}#{anchor(comp)}-title")
        assert entry, f"{cid}: no search entry at its title on {url}"
        assert entry["title"] == comp.title
        assert [e["location"] for e in docs if e["title"] == comp.title and e["location"].startswith(url + "#")] == [
            f"{url}#{anchor(comp)}-title"
        ], f"{cid}: more than one search entry on {url}"
        # its entry and (assessments) its parts' entries hold its first item
        text = " ".join(html.unescape(e["text"]) for e in docs if e["location"].startswith(f"{url}#{anchor(comp)}-"))
        if comp.kind == "checklist":
            first = comp.items[0].text
        elif comp.kind == "worksheet":
            first = comp.fields[0].label
        else:
            first = comp.dimensions[0].statements[0].text
        assert first in text, f"{cid}: its first item is not in the search index"
    controls = (
        "Strongly agree",
        "Example answer",
        "Fill it in online",
    )  # rating labels, example answers, print footers
    noisy = {c: [d["location"] for d in docs if c in d["text"]] for c in controls}
    assert not any(noisy.values()), f"form controls in the search index: {noisy}"


def test_search_text_keeps_labels_apart_from_their_values(site_dir):
    """Material's search joins the text of neighbouring elements as it finds it: a chapter
    card's <dt>Use this when</dt><dd>A new project</dd> read "Use this whenA new project"
    in the results, a table's choices "YesNo", and a table's row template "row __ROW__"."""
    docs = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    text = "\n".join(html.unescape(d["text"]) for d in docs)
    for label in ("Use this when", "Time it takes", "Who is involved", "You end with", "Start with"):
        assert f"{label} " in text, f"no chapter card label {label!r} in the search index"
        run_in = re.findall(re.escape(label) + r"[A-Za-z(]", text)
        assert not run_in, f"{label!r} runs into its value: {run_in[:3]}"
    assert "YesNo" not in text and "__ROW__" not in text
