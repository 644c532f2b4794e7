"""The offline bundle (`make offline`) works opened from the file system."""

from __future__ import annotations

import zipfile
from urllib.parse import urlparse

import pytest
from offline import make_zip
from playwright.sync_api import expect

# one worker makes the module's PDFs / zip (make test spreads tests one by one otherwise)
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("offline-zip")]


@pytest.fixture(scope="session")  # made once, even if the group's tests are not run back to back
def offline_zip(tmp_path_factory):
    return make_zip(tmp_path_factory.mktemp("offline") / "bundle.zip")


@pytest.fixture(scope="session")  # made once, even if the group's tests are not run back to back
def offline_root(offline_zip):
    with zipfile.ZipFile(offline_zip) as zf:
        zf.extractall(offline_zip.parent / "unpacked")
    return offline_zip.parent / "unpacked" / "offline"


def published_base() -> str:
    from mkdocs.config import load_config
    from support import ROOT

    return load_config(str(ROOT / "mkdocs.yml")).site_url


def test_the_zip_has_a_readme_beside_the_site(offline_zip):
    with zipfile.ZipFile(offline_zip) as zf:
        assert "offline/index.html" in zf.namelist()
        readme = zf.read("README.txt").decode("utf-8")
    assert "offline" in readme and "index.html" in readme
    assert published_base() in readme and "{site_url}" not in readme
    assert "Export" in readme or "export" in readme


def test_every_address_the_offline_copy_shows_or_copies_is_the_published_one(browser, offline_root):
    """Section links, the format link sheets, QR-code addresses and the heading copy
    buttons give the published site's directory addresses, never file:// or .html."""
    base = published_base()
    context = browser.new_context()
    page = context.new_page()
    page.goto((offline_root / "facilitator" / "section-links.html").as_uri())
    page.wait_for_selector("h2#every-page-and-section .cpp-copylink")
    shown = page.eval_on_selector_all(
        ".cpp-links__address, .cpp-format-links__address, .cpp-sheet__address, [data-cpp-copy]",
        "els => els.map(e => e.getAttribute('data-cpp-copy') || e.textContent.trim())",
    )
    assert len(shown) > 300
    wrong = [a for a in shown if a.startswith("file:") or ".html" in a or base.split("://", 1)[1] not in a]
    assert not wrong, wrong[:5]
    assert base + "how-to-use/" in shown and base + "access-credibility-trust/#the-true-client-test" in shown
    # what the buttons put on the clipboard (whichever way they copy)
    page.evaluate("""() => {
        window.__copied = [];
        const keep = t => { window.__copied.push(t); return Promise.resolve(); };
        if (navigator.clipboard) navigator.clipboard.writeText = keep;
        document.execCommand = () => { window.__copied.push(document.activeElement.value); return true; };
    }""")
    page.locator("h2#every-page-and-section .cpp-copylink").click()
    page.locator(".cpp-links__copy").first.click()
    page.wait_for_function("() => window.__copied.length === 2")
    assert page.evaluate("window.__copied") == [base + "facilitator/section-links/#every-page-and-section", base]
    context.close()
    # printed addresses (under each tool's QR code), on a chapter and on a workshop pack
    from support import soup

    for html in ("access-credibility-trust.html", "facilitator/packs/half-day.html"):
        printed = [
            s.get_text() for s in soup(offline_root / html).select(".cpp-sheet__address, .cpp-workshop-pack__qr code")
        ]
        assert printed and all(a.startswith(base.split("://", 1)[1]) and ".html" not in a for a in printed), (
            html,
            printed[:3],
        )
    # each page's canonical link: the published directory address, as on the site
    for html, published in (
        ("index.html", ""),
        ("access-credibility-trust.html", "access-credibility-trust/"),
        ("moments-of-truth/index.html", "moments-of-truth/"),
        ("facilitator/packs/half-day.html", "facilitator/packs/half-day/"),
    ):
        canonical = soup(offline_root / html).select_one('link[rel="canonical"]')
        assert canonical is not None and canonical["href"] == base + published, (html, canonical)
    assert not [
        f
        for f in offline_root.rglob("*.html")
        if (c := soup(f).select_one('link[rel="canonical"]')) and ".html" in c["href"]
    ]


def test_bundle_opens_from_disk_searches_and_keeps_a_checklist(browser, offline_root):
    context = browser.new_context()
    page = context.new_page()
    outside = []
    page.on(
        "request",
        lambda r: outside.append(r.url) if urlparse(r.url).scheme not in {"file", "data", "blob", "about"} else None,
    )
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto((offline_root / "index.html").as_uri())
    page.keyboard.press("s")
    page.keyboard.type("true client")
    page.locator(".md-search-result__item").first.wait_for()
    assert "matching" in page.locator(".md-search-result__meta").inner_text()

    # Follow a link the way a reader would: plain .html files, no server.
    page.goto((offline_root / "index.html").as_uri())
    page.get_by_role("link", name="Access, Credibility and Trust").first.click()
    page.wait_for_url("**/access-credibility-trust.html")
    checklist = page.locator('[data-component="trust-builders"]')
    checklist.locator("input.cpp-checklist__box").nth(1).check()
    page.reload()
    # tools are wired up one a task after the load: wait until this one shows its answers
    page.wait_for_selector('[data-component="trust-builders"][data-cpp-ready]', state="attached")
    assert checklist.locator("input.cpp-checklist__box").nth(1).is_checked()
    assert "1 of" in checklist.inner_text()

    context.close()
    assert not outside, f"the offline bundle asked the network for {outside}"
    assert not errors, errors


def test_one_config_the_offline_build_only_turns_on_materials_offline_plugin(monkeypatch):
    """mkdocs.yml is the only config: CPP_OFFLINE=true (scripts/offline.py) turns on
    Material's offline plugin, with our vendored iframe-worker shim; without it the
    published site has neither (the shim would be one more script on every page)."""
    from mkdocs.config import load_config
    from support import ROOT

    def loaded():
        config = load_config(str(ROOT / "mkdocs.yml"))
        config.plugins.on_config(config)
        return config

    monkeypatch.delenv("CPP_OFFLINE", raising=False)
    published = loaded()
    assert not published.plugins["material/offline"].config.enabled
    assert published.use_directory_urls and not published.extra.get("polyfills")
    monkeypatch.setenv("CPP_OFFLINE", "true")
    offline = loaded()
    assert offline.plugins["material/offline"].config.enabled and not offline.use_directory_urls
    assert offline.extra["polyfills"] == ["assets/vendor/iframe-worker-shim.js"]
    assert (ROOT / "overrides" / offline.extra["polyfills"][0]).is_file()
    assert list(offline.plugins) == list(published.plugins)


def test_a_run_sheet_opened_from_disk_loads_its_editor_and_run_mode_and_can_be_edited(browser, offline_root):
    """The sheet's editor and run mode are scripts the sheet adds when they are used: from
    the file system too, with the version of the page's own script."""
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((offline_root / "facilitator" / "half-day-workshop.html").as_uri())
    sheet = page.locator("#agenda-half-day")
    edit = sheet.get_by_role("button", name="Edit the blocks")
    edit.click()
    expect(edit).to_have_attribute("aria-pressed", "true")
    src = page.eval_on_selector("script[src*='runsheet-edit.min.js']", "e => e.src")
    assert src.startswith("file://") and "?v=" in src
    minutes = sheet.get_by_label("Minutes for Opening and one relationship")
    minutes.fill("30")
    assert sheet.locator(".cpp-agenda__when time").nth(1).inner_text() == "09:30"
    name = sheet.locator("#agenda-half-day-opening [data-cpp-agenda-name]")
    name.fill("Opening")
    name.press("Tab")
    assert sheet.locator(".cpp-agenda__title").first.evaluate("e => e.firstChild.textContent") == "Opening"
    page.reload()  # kept in this browser, from disk too
    assert sheet.locator(".cpp-agenda__title").first.evaluate("e => e.firstChild.textContent") == "Opening"
    assert sheet.locator(".cpp-agenda__end time").inner_text() == "12:45"
    sheet.get_by_role("button", name="Run this session").click()
    page.get_by_role("dialog", name="Opening").wait_for()
    assert page.locator("dialog.cpp-run [data-cpp-run-clock]").inner_text() == "30:00"
    context.close()
    assert not errors, errors
