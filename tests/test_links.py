"""Every internal link and #anchor in the built site resolves; no page is orphaned."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlparse

from project import built_file, page_ids
from support import doc_pages, html_file, soup

SITE_ROOT = "http://site.invalid/"  # a stand-in origin for resolving relative links


def _site_path(site: Path) -> str:
    """The path the site is published under (from its canonical links), e.g. `/playbook/`.

    Material's 404 page uses absolute links with this prefix, because it is served
    from any missing address."""
    canonical = soup(site / "index.html").find("link", rel="canonical") if (site / "index.html").is_file() else None
    return urlparse(canonical["href"]).path if canonical else "/"


def collect_broken_links(site: Path) -> list[str]:
    """Every internal href/src in every HTML file of `site` that does not resolve."""
    broken = []
    prefix = _site_path(site)
    for file in sorted(site.rglob("*.html")):
        base = urljoin(SITE_ROOT, file.relative_to(site).as_posix())
        page = soup(file)
        for el in page.find_all(["a", "link", "script", "img"]):
            ref = el.get("href") or el.get("src")
            if not ref or ref.startswith(("mailto:", "tel:", "javascript:", "data:")):
                continue
            if ref.startswith(prefix) and prefix != "/":
                ref = "/" + ref[len(prefix) :]
            absolute = urljoin(base, ref)
            if not absolute.startswith(SITE_ROOT):
                continue  # an outside link: not fetched, not ours to resolve
            url, fragment = urldefrag(absolute)
            target = built_file(site, unquote(urlparse(url).path))
            where = f"{file.relative_to(site)}: {ref}"
            if target is None:
                broken.append(f"{where} (no such file)")
            elif fragment and target.suffix == ".html" and unquote(fragment) not in page_ids(target):
                broken.append(f"{where} (no #{fragment} on that page)")
    return broken


def test_every_internal_link_and_anchor_resolves(site_dir):
    broken = collect_broken_links(site_dir)
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_link_checker_catches_a_broken_anchor(site_dir, tmp_path):
    """The checker itself must be able to fail."""
    bad = tmp_path / "site"
    (bad / "a").mkdir(parents=True)
    (bad / "index.html").write_text('<a href="a/#nowhere">x</a><a href="missing/">y</a>', encoding="utf-8")
    (bad / "a" / "index.html").write_text('<h2 id="here">Here</h2>', encoding="utf-8")
    broken = collect_broken_links(bad)
    assert any("#nowhere" in b for b in broken) and any("missing/" in b for b in broken)


def not_in_nav() -> set[str]:
    """The pages mkdocs.yml keeps out of the navigation on purpose (`not_in_nav`, one
    "/path.md" a line), such as the client's own page."""
    text = (Path(__file__).resolve().parents[1] / "mkdocs.yml").read_text(encoding="utf-8")
    block = text.split("\nnot_in_nav: |\n", 1)[1] if "\nnot_in_nav: |\n" in text else ""
    lines = block.split("\n")
    return {
        line.strip().lstrip("/")
        for line in lines[: next((i for i, x in enumerate(lines) if not x.startswith("  ")), len(lines))]
    }


def test_every_page_is_in_the_navigation(site_dir):
    nav = soup(html_file(site_dir, "")).select("nav.md-nav--primary a.md-nav__link[href]")
    linked = {urlparse(urljoin(SITE_ROOT, a["href"])).path for a in nav}
    kept_out = not_in_nav()
    assert "client/index.md" in kept_out
    orphans = [src for src, url in doc_pages() if "/" + url not in linked and src not in kept_out]
    assert not orphans, f"pages missing from the navigation: {orphans}"
    assert not any("/" + site_path in linked for site_path in ("client/",)), (
        "the client's page stays out of the navigation"
    )
