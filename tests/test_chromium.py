"""The browser the tests, `make handouts` and the icons script start (scripts/project.py):
Playwright's own switches still hold beside ours, and a new page opens no address-bar
drop-down (a renderer process that costs about 1.5 s of CPU per page)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def test_our_disabled_features_keep_playwrights_and_no_page_opens_the_omnibox_popup(browser):
    page = browser.new_page()
    try:
        page.goto("chrome://version")
        command_line = page.locator("#command_line").inner_text()
        targets = browser.new_browser_cdp_session().send("Target.getTargets")["targetInfos"]
    finally:
        page.close()
    lists = [set(found.split(",")) for found in re.findall(r"--disable-features=(\S+)", command_line)]
    assert len(lists) >= 2, f"expected Playwright's --disable-features and ours: {command_line}"
    # Chromium reads only the last one: it must hold every feature the others turn off.
    missing = set().union(*lists[:-1]) - lists[-1]
    assert not missing, f"add {sorted(missing)} to PLAYWRIGHT_DISABLED_FEATURES in scripts/project.py"
    popups = [t["url"] for t in targets if "omnibox" in t["url"]]
    assert not popups, f"a new page still opens {popups}"
