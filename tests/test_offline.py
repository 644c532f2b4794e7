"""The offline bundle (`make offline`) works opened from the file system."""

from __future__ import annotations

import zipfile
from urllib.parse import urlparse

import pytest

from offline import make_zip

# one worker makes the module's PDFs / zip (make test spreads tests one by one otherwise)
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("offline-zip")]


@pytest.fixture(scope="module")
def offline_root(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("offline")
    archive = make_zip(tmp / "bundle.zip")
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp / "unpacked")
    return tmp / "unpacked" / "offline"


def test_bundle_opens_from_disk_searches_and_keeps_a_checklist(browser, offline_root):
    context = browser.new_context()
    page = context.new_page()
    outside = []
    page.on("request", lambda r: outside.append(r.url) if urlparse(r.url).scheme not in {"file", "data", "blob", "about"} else None)
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
    checklist.locator("input[type=checkbox]").nth(1).check()
    page.reload()
    assert checklist.locator("input[type=checkbox]").nth(1).is_checked()
    assert "1 of" in checklist.inner_text()

    context.close()
    assert not outside, f"the offline bundle asked the network for {outside}"
    assert not errors, errors


def test_offline_config_keeps_every_plugin_of_the_site():
    """mkdocs.offline.yml repeats the plugin list (YAML lists do not merge on INHERIT)."""
    from mkdocs.utils.yaml import yaml_load

    from support import ROOT

    def names(path):
        plugins = yaml_load((ROOT / path).read_text(encoding="utf-8")).get("plugins", [])
        return {p if isinstance(p, str) else next(iter(p)) for p in plugins}

    assert names("mkdocs.yml") <= names("mkdocs.offline.yml")
    assert "offline" in names("mkdocs.offline.yml")
