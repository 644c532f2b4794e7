"""The client's own page (docs/client/index.md): a client-facing questionnaire with no
workspace around it (templates/client_form.html). The consultant's "Ask your client"
link opens it; assets/playbook/client-link.js does the rest in the client's browser.
Only tools written to the client (`for_client`) can be asked, so that a consultant's
self-assessment never reaches a client by mistake."""

from __future__ import annotations

from collections.abc import Mapping

from ..content.model import Assessment, Component
from .render import environment


def render_client_form(components: Mapping[str, Component], tool_id: str) -> str:
    comp = components.get(tool_id)
    if not isinstance(comp, Assessment) or not comp.for_client:
        raise ValueError(
            f"client_form({tool_id!r}): only an assessment written to the client (for_client=True) can be asked"
        )
    return environment().get_template("client_form.html").render(c=comp)
