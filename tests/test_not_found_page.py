"""The 404 page, as a host serves it: for any missing address, at any depth, under the
path the site is published at (GitHub Pages does this). Its links must all lead to
pages, whatever the depth. No browser: the session build, a local server, plain HTTP."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup
from project import QuietHandler, serve
from support import soup


def _published_path(site: Path) -> str:
    return urlparse(soup(site / "index.html").find("link", rel="canonical")["href"]).path


class PagesHost(QuietHandler):
    """Serves the site under its published path; anything missing gets 404.html."""

    prefix = "/"

    def send_head(self):
        if not self.path.startswith(self.prefix):
            self.path = "/missing-prefix/"
        else:
            self.path = "/" + self.path[len(self.prefix) :]
        return super().send_head()

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="module")
def host(site_dir):
    handler = type("Host", (PagesHost,), {"prefix": _published_path(site_dir)})
    server, url = serve(site_dir, handler=handler)
    yield url.rstrip("/") + handler.prefix
    server.shutdown()


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_a_deep_missing_address_gets_a_helpful_404_whose_links_all_work(host):
    missing = host + "moments-of-truth/no/such/page/"
    status, body = _get(missing)
    assert status == 404
    page = BeautifulSoup(body.decode("utf-8"), "html.parser")
    assert page.title.get_text().startswith("Page Not Found - ")
    article = page.select_one("article")
    text = " ".join(article.get_text(" ").split())
    assert "There is no page at this address" in text and "search box at the top of the page" in text
    links = {a.get_text(strip=True): urljoin(missing, a["href"]) for a in article.select("a[href]")}
    for name in ("All Tools", "Find a Tool", "Home", "Moments of Truth", "Ending Well", "Glossary"):
        assert name in links, f"the 404 page does not link {name}"
    assets = [
        urljoin(missing, el.get("href") or el.get("src")) for el in page.select("link[rel=stylesheet], script[src]")
    ]
    broken = [f"{u} ({s})" for u in [*links.values(), *assets] if (s := _get(u)[0]) != 200]
    assert not broken, "from a deep missing address these do not load:\n" + "\n".join(broken)
