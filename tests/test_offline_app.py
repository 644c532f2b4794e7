"""The installable offline app (macros/render/offline_app.py, assets/playbook/app-update.js) and
backups (assets/playbook/backup.js): the manifest and icons as built, the whole playbook
offline after one visit, the "new version" prompt after a rebuild, no service worker from
file://, and the backup line, reminder and files with a fake clock."""

from __future__ import annotations

import json
import re
import shutil
import struct
from datetime import datetime, timedelta
from pathlib import Path

import handouts
import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect
from project import QuietHandler, serve
from support import doc_pages, soup

from macros.render import offline_app

OURS = ("assets/playbook/",)


def soup_of(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", head[16:24])


def revisions(site: Path) -> dict[str, str]:
    """Address -> revision, as the built worker lists them."""
    text = (site / offline_app.WORKER).read_text(encoding="utf-8")
    return dict(json.loads(text[text.index("var FILES = ") + 12 : text.index(";\nvar NOT_FOUND")]))


def kept(site: Path) -> list[str]:
    return list(revisions(site))


# --- as built ------------------------------------------------------------------------------


def test_every_page_links_the_manifest_and_it_is_complete(site_dir):
    for src, url in doc_pages():  # the head only: parsing every whole page is slow
        html = (site_dir / url / "index.html").read_text(encoding="utf-8")
        head = soup_of(html[: html.index("</head>")])
        link = head.select_one('link[rel="manifest"]')
        assert link is not None, f"{src}: no manifest link"
        assert (site_dir / url / link["href"]).resolve() == (site_dir / "manifest.webmanifest").resolve(), src
        assert head.select_one('meta[name="theme-color"]')["content"].startswith("#"), src
    m = json.loads((site_dir / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert m["name"] == "Client Partnering Playbook" and 0 < len(m["short_name"]) <= 12
    assert (m["start_url"], m["scope"], m["display"]) == (
        "./",
        "./",
        "standalone",
    )  # under the site's path, wherever published
    assert m["theme_color"].startswith("#") and m["background_color"].startswith("#")
    sizes = {(i["sizes"], i["purpose"]) for i in m["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes
    for icon in m["icons"]:
        w, h = png_size(site_dir / icon["src"])
        assert f"{w}x{h}" == icon["sizes"], icon["src"]
    touch = soup(site_dir / "index.html").select_one('link[rel="apple-touch-icon"]')
    assert png_size(site_dir / touch["href"]) == (180, 180)


def test_the_worker_keeps_every_page_asset_and_the_search_index_and_nothing_a_reader_never_needs(site_dir):
    files = kept(site_dir)
    for src, url in doc_pages():
        assert (url or "./") in files, f"{src} would not open offline"
    for needed in (
        "search/search_index.json",
        "sitemap.xml",
        "404.html",
        "manifest.webmanifest",
        "assets/playbook/playbook.min.js",
        "assets/playbook/runsheet-edit.min.js",  # loaded on first use (runsheet.js): offline too
        "assets/playbook/runsheet-run.min.js",
        "assets/playbook/playbook.min.css",
        "assets/playbook/components.json",
    ):
        assert needed in files
    assert any(f.startswith("assets/javascripts/workers/search.") for f in files)
    assert any(f.startswith("assets/stylesheets/main.") for f in files)
    for url in files:  # every address names a file of the build
        assert (
            site_dir / url / "index.html" if url.endswith("/") else site_dir / url.replace("./", "index.html")
        ).is_file(), url
    assert not [f for f in files if f.endswith(".map") or "/lunr/" in f or f in ("sw.js", "sitemap.xml.gz")]
    total = sum(p.stat().st_size for _, p in offline_app.precache(site_dir))
    assert total < 6_000_000, f"the offline copy grew to {total / 1e6:.1f} MB"


def test_the_cache_version_follows_the_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text("one")
    (tmp_path / "index.html").write_text("home")
    first = offline_app.version(offline_app.precache(tmp_path))
    assert first == offline_app.version(offline_app.precache(tmp_path))
    assert [u for u, _ in offline_app.precache(tmp_path)] == ["a/", "./"]
    (tmp_path / "a" / "index.html").write_text("two")
    assert offline_app.version(offline_app.precache(tmp_path)) != first


def test_the_worker_lists_each_file_by_revision_and_the_pages_as_handouts_left_them(tmp_path):
    """Issue 29 #16: a revision per file (unchanged files are not downloaded again), and the
    worker written again after `make handouts` rewrites pages (scripts/handouts.py publish)."""
    site = tmp_path / "site"
    (site / "tools").mkdir(parents=True)
    (site / "index.html").write_text(
        "<h1>Home</h1><!--cpp-downloads--><p>none yet</p><!--/cpp-downloads-->", encoding="utf-8"
    )
    (site / "tools" / "index.html").write_text("<div><!--cpp-handout:act--></div>", encoding="utf-8")
    (site / "sources.html").write_text("<h1>Sources</h1>", encoding="utf-8")
    offline_app.write(site, "Playbook", "", "#4051b5")
    before = revisions(site)
    assert set(before) == {"./", "tools/", "sources.html", "manifest.webmanifest"}
    assert all(re.fullmatch(r"[0-9a-f]{10}", r) for r in before.values())
    # handouts: PDFs written, marks turned into links, the Downloads list filled
    (site / "handouts").mkdir()
    pdf = site / "handouts" / "act-a4.pdf"
    pdf.write_bytes(b"%PDF-1.4 pretend")
    assert handouts.link(site, {"act": {"a4": pdf}}) == 1
    offline_zip = tmp_path / "playbook-offline.zip"
    offline_zip.write_bytes(b"PK pretend")
    assert handouts.publish(site, {}, offline_zip).is_file()
    after = revisions(site)
    assert "act-a4.pdf" in (site / "tools" / "index.html").read_text(encoding="utf-8")
    assert after["tools/"] == offline_app.revision(site / "tools" / "index.html") != before["tools/"]
    assert after["./"] != before["./"]  # the Downloads list was filled in
    assert after["sources.html"] == before["sources.html"]  # unchanged: not downloaded again
    assert not [u for u in after if u.startswith(("handouts/", "downloads/"))]  # downloads, not pages
    # a site without the worker (mkdocs serve, the zip) gets none from handouts
    offline_app.write(site, "Playbook", "", "#4051b5", serving=True)
    assert offline_app.refresh(site) is None and "var FILES" not in (site / offline_app.WORKER).read_text(
        encoding="utf-8"
    )


# --- in Chromium -----------------------------------------------------------------------------


REGISTER_SPY = """
window.__registered = [];
if (navigator.serviceWorker) {
  const real = navigator.serviceWorker.register.bind(navigator.serviceWorker);
  navigator.serviceWorker.register = (url, opts) => { window.__registered.push(String(url)); return real(url, opts); };
}
"""


def controlled(page):
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=20_000)


@pytest.mark.browser
def test_after_one_visit_the_whole_playbook_works_offline(browser, site_dir, site_url):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.add_init_script(REGISTER_SPY)
    page = ctx.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(e.stack or str(e)))
    page.goto(site_url)
    controlled(page)
    assert page.evaluate("window.__registered") == [site_url + "sw.js"]
    # Chromium's own installability check: nothing is missing but a normal (not incognito) profile
    cdp = ctx.new_cdp_session(page)
    problems = [e["errorId"] for e in cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]]
    assert set(problems) <= {"in-incognito"}, problems
    assert cdp.send("Page.getAppManifest")["errors"] == []

    ctx.set_offline(True)
    for path, heading in (("sources/", "Sources"), ("moments-of-truth/keep-informed/", "Keep Informed")):
        page.goto(site_url + path + "?h=x")  # a query (search highlight) still finds the kept page
        assert heading in page.locator("article h1").inner_text()
        assert (
            page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") != "static"
        )  # CSS came too
    page.keyboard.press("s")
    page.keyboard.type("credibility")
    page.locator(".md-search-result__item").first.wait_for()
    assert "matching" in page.locator(".md-search-result__meta").inner_text()
    page.goto(site_url + "not-a-page/")
    assert "404" in page.title() or "not found" in page.locator("article").inner_text().lower()
    # a handout PDF (written after the build, so not kept): "not kept", not "not found"
    page.goto(site_url + "handouts/half-day-workbook-a4.pdf")
    assert page.title() == "Not kept offline"
    said = page.locator("main").inner_text()
    assert "“half-day-workbook-a4.pdf” is not kept on this device" in said and "back online" in said
    assert page.get_by_role("link", name="Back to the playbook").get_attribute("href") == site_url
    assert not [e for e in errors if any(o in e for o in OURS)]

    # from file:// (the zip's way of opening) nothing registers a worker
    page.goto((site_dir / "index.html").as_uri())
    page.wait_for_function("document.readyState === 'complete'")
    assert page.evaluate("window.__registered") == []
    ctx.close()


@pytest.mark.browser
def test_a_new_build_asks_before_it_replaces_the_one_in_use(browser, site_dir, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(site_dir, site)
    server, base = serve(site)
    ctx = browser.new_context(viewport={"width": 390, "height": 844})
    page = ctx.new_page()
    try:
        page.goto(base + "sources/")
        controlled(page)
        revised = page.locator("#cpp-test-revised")
        sources = site / "sources" / "index.html"  # the next build: one page changed
        sources.write_text(
            sources.read_text(encoding="utf-8").replace("</h1>", '</h1><p id="cpp-test-revised">Revised</p>', 1),
            encoding="utf-8",
        )
        offline_app.write(site, "Client Partnering Playbook", "", "#4051b5")
        page.reload()
        prompt = page.locator(".cpp-update")
        prompt.wait_for(timeout=20_000)
        assert prompt.inner_text().startswith("A new version is ready: reload")
        assert revised.count() == 0  # no mix: this page is still the old build
        page.keyboard.press("Tab")  # first in the tab order
        assert page.evaluate("document.activeElement.textContent") == "Reload"
        with page.expect_navigation():
            page.keyboard.press("Enter")
        revised.wait_for()
        assert len(page.evaluate("caches.keys()")) == 1  # the old build's cache is gone
    finally:
        ctx.close()
        server.shutdown()


def served_log(root: Path):
    """Serve `root`; also return the list of paths requested from it, in order."""
    seen: list[str] = []

    class Recording(QuietHandler):
        def do_GET(self):  # noqa: N802 - the base class's name
            seen.append(self.path.split("?")[0])
            super().do_GET()

    server, base = serve(root, handler=Recording)
    return server, base, seen


@pytest.mark.browser
def test_two_playbooks_on_one_origin_and_updates_that_fetch_only_what_changed_or_say_they_could_not(
    browser, site_dir, tmp_path
):
    """Issue 29 #14, #15, #16 (and the storage half of #15 in the browser): two copies of the
    site at /a/ and /b/ of one origin, as GitHub Pages project sites of one account."""
    root = tmp_path / "origin"
    for name in ("a", "b"):
        shutil.copytree(site_dir, root / name)
    server, base, seen = served_log(root)
    store = {
        "schema": "cpp-store",
        "version": 3,
        "active": "w1",
        "workspaces": [
            {
                "id": "w1",
                "name": "Acme",
                "created": "2026-01-05T09:00:00.000Z",
                "updated": "2026-01-05T09:00:00.000Z",
                "answers": {"act-assessment": {"direct": {"value": 4, "at": "2026-01-05T09:00:00.000Z"}}},
                "history": [],
            }
        ],
    }
    ctx = browser.new_context(viewport={"width": 390, "height": 844})
    # the answers a build before this one kept, unscoped, for the whole origin
    ctx.add_init_script(
        "if (!localStorage.getItem('cpp:v3')) localStorage.setItem('cpp:v3', %s);" % json.dumps(json.dumps(store))
    )
    page = ctx.new_page()
    try:
        page.goto(base + "b/sources/")
        controlled(page)
        # a cache of a build from before scoping, of site B: A must leave it alone
        page.evaluate(
            "caches.open('cpp-offline-0123456789ab').then(c => c.put(new URL('/b/', location.href).href, new Response('B, older build')))"
        )
        page.goto(base + "a/sources/")
        controlled(page)
        page.evaluate(
            "caches.open('cpp-offline-aaaaaaaaaaaa').then(c => c.put(new URL('/a/', location.href).href, new Response('A, older build')))"
        )
        names = sorted(page.evaluate("caches.keys()"))
        assert names == ["cpp-offline-0123456789ab", "cpp-offline-aaaaaaaaaaaa", "cpp-offline:/a/", "cpp-offline:/b/"]
        # each site migrated the unscoped answers into its own key, and the original stays
        stored = page.evaluate(
            "Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith('cpp')).map(k => [k, localStorage.getItem(k)]))"
        )
        assert sorted(stored) == ["cpp:v3", "cpp@/a/:scope-copy", "cpp@/a/:v3", "cpp@/b/:scope-copy", "cpp@/b/:v3"]
        for key in ("cpp@/a/:v3", "cpp@/b/:v3"):
            assert json.loads(stored[key])["workspaces"][0]["answers"]["act-assessment"]["direct"]["value"] == 4, key
        assert page.evaluate("cppAnswers.siteKey('cpp-backup')") == "cpp-backup@/a/"  # the backup reminder's state too
        page.evaluate("window.cppWorkspaces.store.forget()")  # A forgets: B keeps its answers
        assert "direct" in page.evaluate("localStorage.getItem('cpp@/b/:v3')")
        assert "direct" not in page.evaluate("localStorage.getItem('cpp@/a/:v3')")

        # A's next build changes one page: only that page is downloaded
        sources = root / "a" / "sources" / "index.html"
        sources.write_text(
            sources.read_text(encoding="utf-8").replace("</h1>", '</h1><p id="cpp-test-revised">Revised</p>', 1),
            encoding="utf-8",
        )
        offline_app.write(root / "a", "Client Partnering Playbook", "", "#4051b5")
        seen.clear()
        page.reload()
        page.locator(".cpp-update").wait_for(timeout=20_000)
        assert [p for p in seen if not p.endswith(("/sw.js", "/manifest.webmanifest"))] == [
            "/a/sources/"
        ]  # the browser's own checks aside
        with page.expect_navigation():
            page.locator(".cpp-update button").click()
        page.locator("#cpp-test-revised").wait_for()
        names = sorted(page.evaluate("caches.keys()"))
        assert names == [
            "cpp-offline-0123456789ab",
            "cpp-offline:/a/",
            "cpp-offline:/b/",
        ]  # A's older build gone, B's kept
        b_files = len(
            json.loads(
                (root / "b" / "sw.js").read_text(encoding="utf-8").split("var FILES = ")[1].split(";\nvar NOT_FOUND")[0]
            )
        )
        assert page.evaluate("caches.open('cpp-offline:/b/').then(c => c.keys()).then(k => k.length)") == b_files

        # the build after that has lost a file: the update says so, and the build in use stays
        glossary = root / "a" / "glossary" / "index.html"
        glossary.write_text(
            glossary.read_text(encoding="utf-8").replace("</h1>", "</h1><p>Changed</p>", 1), encoding="utf-8"
        )
        offline_app.write(root / "a", "Client Partnering Playbook", "", "#4051b5")
        shutil.rmtree(glossary.parent)  # a 404 (a folder without its page would be listed)
        page.reload()
        notice = page.locator(".cpp-update__text")
        expect(notice).to_have_text(
            re.compile(r"could not be downloaded completely \(1 file missing\), so this version stays in use"),
            timeout=20_000,
        )
        assert page.locator(".cpp-update button").inner_text() == "OK"  # nothing to reload into; OK puts it away
        page.locator(".cpp-update button").click()
        assert page.locator(".cpp-update").is_hidden()
        ctx.set_offline(True)
        page.goto(base + "a/glossary/")  # the version in use still has every page
        assert "Glossary" in page.locator("article h1").inner_text()
        page.goto(base + "a/sources/")
        assert page.locator("#cpp-test-revised").count() == 1
    finally:
        ctx.close()
        server.shutdown()


# --- backups -----------------------------------------------------------------------------


T0 = datetime(2026, 3, 2, 9, 30)
FAKE_PICKER = """
window.__written = [];
window.showSaveFilePicker = async (opts) => ({
  name: opts.suggestedName,
  queryPermission: async () => "granted",
  requestPermission: async () => "granted",
  createWritable: async () => { let text = ""; return { write: async (s) => { text += s; }, close: async () => { window.__written.push(text); } }; },
});
"""


@pytest.mark.browser
def test_backup_line_reminder_and_files_over_weeks(browser, site_url, tmp_path):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, service_workers="block")
    ctx.add_init_script(FAKE_PICKER)
    page = ctx.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(e.stack or str(e)))
    page.clock.install(time=T0)
    reminder = page.locator(".cpp-backup-reminder")
    menu_line = page.locator(".cpp-backup--menu .cpp-backup__line")
    page.goto(site_url + "access-credibility-trust/")
    assert menu_line.text_content() == "Last backup: never."
    page.locator(".cpp-component input[type=checkbox]").first.check()
    # the browser answers persist() a task or more later
    page.wait_for_function("() => 'persisted' in JSON.parse(localStorage.getItem('cpp-backup') || '{}')")
    state = json.loads(page.evaluate("localStorage.getItem('cpp-backup')"))
    assert state["firstSaved"].startswith("2026-03-02") and isinstance(state["persisted"], bool)  # persist() was asked
    assert reminder.is_hidden()

    page.clock.set_system_time(
        T0 + timedelta(days=7)
    )  # a week on (Safari may delete after 7 days of use), never backed up
    page.reload()
    reminder.wait_for()
    assert "never saved a backup" in reminder.inner_text() and "seven days without a visit" in reminder.inner_text()
    page.get_by_role("button", name="Not now").click()
    assert reminder.is_hidden()
    page.reload()
    assert reminder.is_hidden()  # "Not now" holds after a reload

    with page.expect_download() as info:
        page.locator(".cpp-ws__toggle").click()
        page.locator(".cpp-backup--menu").get_by_role("button", name="Save a backup file").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["schema"] == "cpp-answers" and data["workspaces"][0]["answers"]  # what import accepts (version 3)
    assert menu_line.inner_text() == "Last backup: today."
    assert (
        page.locator(".cpp-ws__status").inner_text()
        == "Saved a backup of your workspace to your downloads. Keep the file somewhere safe."
    )

    page.clock.set_system_time(T0 + timedelta(days=9))  # a change after the backup...
    page.locator(".cpp-component input[type=checkbox]").nth(1).check()
    assert reminder.is_hidden()
    page.clock.set_system_time(T0 + timedelta(days=14))  # ...and the backup over 6 days old
    page.goto(site_url + "my-relationships/")
    reminder.wait_for()
    assert "Your last backup was 7 days ago, and you have changed answers since." in reminder.inner_text()
    line = page.locator(".cpp-backup--page .cpp-backup__line")
    assert line.inner_text() == "Last backup: 7 days ago, with changes since."
    said = "This browser has agreed" if state["persisted"] else "This browser has not agreed"  # what persist() answered
    assert page.locator(".cpp-backup__persist").inner_text().startswith(said)
    with page.expect_download():  # saved from the reminder, which says so in place of its buttons
        reminder.get_by_role("button", name="Save a backup file").click()
    assert reminder.inner_text().endswith(
        "Saved a backup of your workspace to your downloads. Keep the file somewhere safe."
    )
    assert reminder.get_by_role("button").count() == 0
    assert line.inner_text() == "Last backup: today."

    page.clock.set_system_time(T0 + timedelta(days=33))  # April 4
    page.get_by_role("button", name="Keep a backup file up to date").click()
    keep = page.locator(".cpp-backup__keep")
    keep.wait_for()
    assert "is updated a few seconds after each change" in keep.inner_text()
    expect(page.locator("[data-cpp-rel=data] .cpp-toolbar__status")).to_have_text(
        re.compile(r"^Your backups now go to playbook-backup-2026-04-04-\d{4}-[a-z0-9]{4}\.json")
    )
    assert line.inner_text() == "Last backup: today."
    first = json.loads(page.evaluate("window.__written[0]"))
    assert sum(len(a) for w in first["workspaces"] for a in w["answers"].values()) == 2

    # a change (here: a rename) reaches the kept file a moment later, not at every keystroke
    page.locator(".cpp-ws__toggle").click()
    page.locator("[data-ws=rename]").click()
    page.get_by_label("New name for “My answers”").fill("Acme: CFO")
    page.locator(".cpp-ws__form").get_by_role("button", name="Save", exact=True).click()
    assert page.evaluate("window.__written.length") == 1
    page.clock.run_for(2500)
    page.wait_for_function("window.__written.length === 2")
    assert json.loads(page.evaluate("window.__written[1]"))["workspaces"][0]["name"] == "Acme: CFO"
    assert not [e for e in errors if any(o in e for o in OURS)]
    ctx.close()
