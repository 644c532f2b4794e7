"""The Room results page's tool (templates/room_results.html).

Its script and stylesheet are loaded by the tool itself rather than bundled into every
page (render/bundle_assets.py builds them as room.min.js and room.css): only this page
uses them. They sit inside the page's content so that Material's instant navigation,
which runs the scripts it finds in the new content, starts them too.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..content.model import Assessment, Component
from .render import environment


def texts(components: Iterable[Component]) -> dict[str, dict[str, str]]:
    """{assessment id: {statement id: its wording}}: the widest-spread list quotes them."""
    return {
        c.id: {s.id: s.text for d in c.dimensions for s in d.statements}
        for c in components
        if isinstance(c, Assessment)
    }


def render_room(components: Iterable[Component], script: str, style: str) -> str:
    """`script`, `style`: the addresses of room.min.js and room.css from the page."""
    return environment().get_template("room_results.html").render(texts=texts(components), script=script, style=style)
