"""Bad data and unknown ids stop the build with a message that says which id or field,
on which page or in which module, and what was probably meant. One end-to-end build
proves the stop; the rest call the validation and the macros directly."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from components_demo import DEMO_ASSESSMENT, DEMO_CHECKLIST, DEMO_WORKSHEET, build  # noqa: I001
from support import DOCS, copy_project
from changed_project import BAD_TOOL_ANCHOR, TOOL_LINKS_PAGE, changed_site
from macros.content.registry import Registry, UnknownComponentError, discover
from macros.content.validate import DataError, Source


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A private copy of the project, to break on purpose."""
    return copy_project(tmp_path / "project")


def real_checklist_id() -> str:
    """A checklist id that the project's own data defines (whatever the writers chose)."""
    ids = [s.component.id for s in discover()[0] if s.component.kind == "checklist"]
    assert ids, "the project defines no checklist"
    return max(sorted(ids), key=len)


class _MacrosEnv:
    """What define_env uses of mkdocs-macros' env: the config, the page, `macro()`."""

    def __init__(self, docs_dir: Path) -> None:
        self.conf = {
            "docs_dir": str(docs_dir),
            "site_name": "Playbook",
            "site_url": "https://example.org/",
            "use_directory_urls": True,
            "nav": [],
        }
        self.macros: dict = {}
        self.page = None

    def macro(self, fn, name=None):
        self.macros[name or fn.__name__] = fn
        return fn


def _page(src: str):
    return SimpleNamespace(file=SimpleNamespace(src_path=src, src_uri=src), url=src.removesuffix(".md") + "/")


def test_unknown_id_on_a_page_names_id_page_and_nearest():
    """The page's macro (wired by define_env, as mkdocs-macros calls it) stops with a
    message; mkdocs-macros (`on_error_fail: true`) turns it into a failed build."""
    import macros

    known = real_checklist_id()
    typo = known[:-1] + ("x" if known[-1] != "x" else "y")
    env = _MacrosEnv(DOCS)  # the real pages; the typo page is only being rendered
    macros.define_env(env)
    env.page = _page("typo-page.md")
    with pytest.raises(UnknownComponentError) as info:
        env.macros["checklist"](typo)
    output = str(info.value)
    assert f"unknown checklist id '{typo}'" in output
    assert "on page 'typo-page.md'" in output
    assert f"Did you mean '{known}'" in output
    assert "macros/content/data/" in output  # where the known ids live
    assert f'data-component="{known}"' in env.macros["checklist"](known)  # the same macro, a known id


def test_a_component_on_two_pages_fails_naming_both(tmp_path):
    (tmp_path / "one.md").write_text('# One\n\n{{ checklist("demo-checklist") }}\n', encoding="utf-8")
    (tmp_path / "two.md").write_text("# Two\n\n{{ checklist('demo-checklist') }}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"component 'demo-checklist' is used on two pages, 'one.md' and 'two.md'"):
        Registry.from_data([Source("m", DEMO_CHECKLIST)], (), tmp_path)


@pytest.mark.build
def test_invalid_data_stops_the_build_with_every_problem_and_no_traceback(project_copy):
    """The one end-to-end check that bad data stops `mkdocs build` (with a message, not a
    traceback); the other data problems are checked by calling the validation directly."""
    (project_copy / "macros/content/data/zz_broken.py").write_text(
        "from macros.content.model import Checklist, ChecklistItem, ToolMeta\n"
        "COMPONENTS = (Checklist('Broken_Id', 'Broken', (ChecklistItem('a', ''),), meta=ToolMeta(('sometime',), 5, ('alone',), 'x')),)\n",
        encoding="utf-8",
    )
    result = build(project_copy)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "3 problems in the content data" in output
    assert "component 'Broken_Id', field 'id': 'Broken_Id' is not a kebab-case id" in output
    assert "component 'Broken_Id', item 'a', field 'text': must not be empty" in output
    assert "component 'Broken_Id', field 'meta.situations': unknown id 'sometime'" in output
    assert "Traceback" not in output


def test_a_data_module_that_does_not_import_is_named(tmp_path, monkeypatch):
    package = tmp_path / "zz_data"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "zz_typo.py").write_text(
        "from macros.content.model import Checklist, Chekclist\nCOMPONENTS = ()\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(DataError) as info:
        discover("zz_data")
    assert "module 'zz_data.zz_typo' could not be loaded (line 1): ImportError" in str(info.value)


# --- the same lookups without MkDocs ------------------------------------------------------


def registry() -> Registry:
    return Registry.from_data([Source("m", c) for c in (DEMO_CHECKLIST, DEMO_WORKSHEET, DEMO_ASSESSMENT)])


def test_lookup_message_without_a_close_match_lists_known_ids():
    with pytest.raises(UnknownComponentError) as info:
        registry().get("zzz", "checklist", "a/b.md")
    message = str(info.value)
    assert "unknown checklist id 'zzz' on page 'a/b.md'" in message
    assert "Did you mean" not in message
    assert "Known checklist ids: demo-checklist." in message


def test_lookup_of_the_wrong_kind_says_which_macro_to_use():
    with pytest.raises(UnknownComponentError, match=r"'demo-worksheet' is a worksheet, not a checklist"):
        registry().get("demo-worksheet", "checklist", "x.md")
    assert registry().get("demo-worksheet", "worksheet", "x.md") is DEMO_WORKSHEET


def test_page_scan_finds_calls_titles_and_glossary(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub/later.md").write_text(
        "---\ntitle: Later page\n---\n\n# Ignored\n\n{{- checklist( 'demo-checklist', level=2) }}\n"
        '{{ assessment("demo-assessment") }}\n{{ checklist("not-defined") }}\n',
        encoding="utf-8",
    )
    (tmp_path / "gloss.md").write_text("# Glossary of terms { #g }\n\n{{ glossary() }}\n", encoding="utf-8")
    reg = Registry.from_data([Source("m", c) for c in (DEMO_CHECKLIST, DEMO_WORKSHEET, DEMO_ASSESSMENT)], (), tmp_path)
    assert reg.usage == {"demo-checklist": "sub/later.md", "demo-assessment": "sub/later.md"}
    assert reg.page_titles == {"gloss.md": "Glossary of terms", "sub/later.md": "Later page"}
    assert reg.glossary_pages == {"gloss.md"}
    assert [c.id for c in reg.on_page("sub/later.md")] == ["demo-checklist", "demo-assessment"]


def test_page_scan_rejects_a_component_used_twice_on_one_page(tmp_path):
    (tmp_path / "a.md").write_text('{{ checklist("demo-checklist") }}\n{{ checklist("demo-checklist") }}\n')
    with pytest.raises(DataError, match=r"component 'demo-checklist' is used twice on page 'a.md'"):
        Registry.from_data([Source("m", DEMO_CHECKLIST)], (), tmp_path)


def test_links_to_a_tool_anchor_are_checked_like_any_anchor():
    """Tool HTML skips Markdown's parsing (macros/markdown/rawblock.py), yet its anchors are
    known to MkDocs' link check: a link to a real tool resolves, a wrong one is reported
    (a warning, on which a strict build stops)."""
    changed = changed_site()
    warnings = [line for line in changed.output.splitlines() if line.startswith("WARNING") or line.startswith("INFO")]
    assert any(TOOL_LINKS_PAGE in w and BAD_TOOL_ANCHOR in w and w.startswith("WARNING") for w in warnings), (
        changed.output[-3000:]
    )
    assert not any(changed.good_tool_link.partition("#")[2] in w for w in warnings), changed.output[-3000:]


def test_macro_calls_are_found_by_jinjas_parser_not_by_pattern():
    """A call inside a Jinja comment or a raw block is not a call (mkdocs-macros will
    not run it), so it must not claim a component for the page."""
    from macros.content.registry import macro_calls

    page = (
        '{{ checklist("a") }} {{- worksheet(id="b", level=2) }}\n'
        '{# {{ checklist("in-a-comment") }} #}\n'
        '{% raw %}{{ assessment("in-raw") }}{% endraw %}\n'
        "```\n{{ glossary() }}\n```\n"
    )
    assert macro_calls(page) == [("checklist", "a"), ("worksheet", "b"), ("glossary", None)]
    assert macro_calls("{{ checklist(") == []  # a page Jinja cannot parse: reported when it renders
