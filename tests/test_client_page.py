"""The client's own questionnaire (macros/render/client_page.py, templates/client_form.html):
only a form written to the client can be asked, and it stays apart from the workspaces."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from support import DOCS

from macros.content.registry import Registry
from macros.render import client_page, render

REGISTRY = Registry.load(DOCS)


def test_the_client_form_holds_every_statement_by_id_and_nothing_of_a_workspace():
    view = REGISTRY.components["client-view"]
    page = BeautifulSoup(client_page.render_client_form(REGISTRY.components, "client-view"), "html.parser")
    ids = [st.id for d in view.dimensions for st in d.statements]
    radios = page.select("input[type=radio][data-item]")
    assert sorted({r["data-item"] for r in radios}) == sorted(ids)
    assert len(radios) == len(ids) * (view.scale.max - view.scale.min + 1)
    assert not page.select("[data-component], [data-action]"), "no workspace tool, no toolbar"
    every_id = [el["id"] for el in page.select("[id]")]
    assert len(every_id) == len(set(every_id))
    # never the ids of the same form on its chapter page, whose answers go into a workspace
    assert not set(every_id) & {
        el["id"] for el in BeautifulSoup(render.render_component(view), "html.parser").select("[id]")
    }
    assert all(page.select_one(f"label[for='{r['id']}']") for r in radios)
    assert [p.get_text(" ", strip=True) for p in page.select(".cpp-print-only")] == ["Date:", "Asked by:"]


def test_only_a_form_written_to_the_client_can_be_asked():
    with pytest.raises(ValueError, match=r"client_form\('act-assessment'\): only an assessment written to the client"):
        client_page.render_client_form(REGISTRY.components, "act-assessment")
    with pytest.raises(ValueError, match="only an assessment"):
        client_page.render_client_form(REGISTRY.components, "no-such-tool")
