"""The browser the tests, `make handouts` and the icons script start (scripts/project.py):
Playwright's own switches still hold beside ours, and a new page opens no address-bar
drop-down (a renderer process that costs about 1.5 s of CPU per page)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from project import find_chromium

pytestmark = pytest.mark.browser


def command_lines(executable: str) -> list[list[str]]:
    """The command lines of the browser processes (not their renderers) this test process
    started, read from /proc: Chromium tells its command line over CDP only to
    --enable-automation, which Playwright does not pass."""
    parents, argvs = {}, {}
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            parents[int(proc.name)] = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            argvs[int(proc.name)] = (proc / "cmdline").read_bytes().decode().split("\0")[:-1]
        except (OSError, IndexError, ValueError):
            continue  # ended meanwhile

    def mine(pid: int) -> bool:  # walk up: process ids wrap, so a child's may be lower than its parent's
        seen = set()
        while pid > 1 and pid not in seen:
            if pid == os.getpid():
                return True
            seen.add(pid)
            pid = parents.get(pid, 0)
        return False

    # Debian's /usr/bin/chromium* are shell wrappers that start /usr/lib/chromium/<same name>
    name = Path(executable).name
    return [
        argv
        for pid, argv in argvs.items()
        if argv and Path(argv[0]).name == name and not any(a.startswith("--type=") for a in argv) and mine(pid)
    ]


@pytest.mark.parametrize(("started", "shell"), [("browser", True), ("full_chromium", False)])
def test_our_disabled_features_keep_playwrights_and_no_page_opens_the_omnibox_popup(started, shell, request):
    """In the suite's headless shell and in the full Chromium of the scripts and the print tests."""
    browser = request.getfixturevalue(started)
    page = browser.new_page()
    try:
        page.goto("about:blank")
        targets = browser.new_browser_cdp_session().send("Target.getTargets")["targetInfos"]
    finally:
        page.close()
    started_here = command_lines(find_chromium(headless_shell=shell))
    assert started_here, "no browser process of this test process found in /proc"
    for arguments in started_here:
        lists = [set(arg.split("=", 1)[1].split(",")) for arg in arguments if arg.startswith("--disable-features=")]
        assert len(lists) >= 2, f"expected Playwright's --disable-features and ours: {arguments}"
        # Chromium reads only the last one: it must hold every feature the others turn off.
        missing = set().union(*lists[:-1]) - lists[-1]
        assert not missing, f"add {sorted(missing)} to PLAYWRIGHT_DISABLED_FEATURES in scripts/project.py"
    popups = [t["url"] for t in targets if "omnibox" in t["url"]]
    assert not popups, f"a new page still opens {popups}"
