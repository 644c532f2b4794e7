"""Fixtures: the site is built once per session, served from a local server, and
driven by Debian's Chromium through Playwright."""

from __future__ import annotations

from pathlib import Path

import pytest
import shared_builds
from project import CHROMIUM_ARGS, find_chromium, serve, without_search
from support import ROOT, build, copy_project, missing_tool

_finish_run = None


def pytest_configure(config):
    global _finish_run
    _finish_run = shared_builds.start_run()  # the starting process only; see shared_builds.py


def pytest_collection_finish(session):
    """In a worker of `make test` (--dist loadgroup), pytest-xdist keeps a group's tests
    together by suffixing their node ids with "@group". If that stops working (pytest 9.2
    with pytest-xdist 3.8 did: issue #1386), each worker makes the group's costly fixture
    for itself and the run takes a minute longer without failing: fail it instead."""
    if not session.config.getoption("loadgroup", False):
        return
    lost = [item.nodeid for item in session.items if item.get_closest_marker("xdist_group") and "@" not in item.nodeid]
    if lost:
        raise pytest.UsageError(
            f"pytest-xdist did not group {len(lost)} xdist_group tests "
            f"(first: {lost[0]}); check the pytest and pytest-xdist pins"
        )


def pytest_unconfigure(config):
    if _finish_run is not None:
        _finish_run()


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The playbook, built strictly once for the whole run (both workers). Read it, never
    change it: copy it first."""

    def make(out: Path) -> None:
        result = build(ROOT, out)
        if result.returncode != 0:
            raise shared_builds.BuildFailedError(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")

    try:
        return shared_builds.shared_dir("site", make)
    except shared_builds.BuildFailedError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A private copy of the buildable project, for tests that break it on purpose."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def site_url(site_dir):
    """Base URL (with trailing slash) of the built site on a local server."""
    server, url = serve(site_dir)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def playwright():
    """One Playwright driver per test process (a second one in the same thread is refused)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as instance:
        yield instance


def launched(playwright, headless_shell: bool):
    """Start Chromium for a session's tests. Missing browser: a failure under CI, a skip elsewhere."""
    executable = find_chromium(headless_shell=headless_shell)
    if executable is None:
        missing_tool("no Chromium found: install Debian's package (apt-get install chromium) to run browser tests")
    instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    yield instance
    instance.close()


@pytest.fixture(scope="session")
def browser(playwright):
    """Debian's chromium-headless-shell where installed (about 30 % less CPU a page than the
    full browser; `apt-get install chromium-headless-shell`), else Chromium."""
    yield from launched(playwright, headless_shell=True)


@pytest.fixture(scope="session")
def full_chromium(playwright):
    """Debian's full Chromium, the browser readers and `make handouts` use: one module
    (tests/test_print_pdf.py) runs in it, so that the shell cannot hide a difference there."""
    yield from launched(playwright, headless_shell=False)


@pytest.fixture
def context(browser, request):
    """A fresh browser profile (empty localStorage) per test. Search finds nothing unless
    the test is marked `search` (see without_search)."""
    # No service worker: it would copy the whole site into each fresh profile in the
    # background; tests/test_offline_app.py makes its own contexts with one.
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    if not request.node.get_closest_marker("search"):
        without_search(ctx)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context):
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    return pg
