"""MkDocs hook: the site search reads each tool as a digest, not as a form.

A tool's HTML is a form: labels, rating scales, buttons, example answers, a QR code.
Indexed whole, every self-assessment matched "Strongly agree", a tool's text landed
under the chapter heading above it, and parsing the forms was the slowest step of
the search plugin. So a tool is wrapped with a digest (render.render_search_digest:
its title under the tool's anchor, intro and items; rawblock.wrap), and rawblock.py
keeps a version of the page with the digests in place of the tools.

Just before the search plugin reads a page (`on_page_context`, priority 100; the
plugin's is 0), this hook gives it that version; rawblock.py's `on_page_context`
(priority -100) puts the page's own HTML back before the page template renders it.
Nothing else sees the digests: the built page is unchanged.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority


@event_priority(100)
def on_page_context(context, page, **_):
    search_html = getattr(page, "cpp_search_html", None)
    if search_html is not None:
        page.cpp_full_html = page.content
        page.content = search_html
    return context
