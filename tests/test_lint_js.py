"""The JS linter and formatter: Biome, pinned in tests/package.json and configured in
biome.json (the browser scripts in overrides/assets/playbook/, not vendor/, and the node
tests in tests/js/). `biome ci` checks both the lint rules and the format, and fails on
any diagnostic, so a new warning fails `make test` and CI. Without npm's install
(`make tests/node_modules/.installed`): a failure under CI=true, a skip elsewhere."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

from support import ROOT, missing_tool

BIOME = ROOT / "tests" / "node_modules" / ".bin" / "biome"
SCRIPTS = ROOT / "overrides" / "assets" / "playbook"


def test_biome_finds_nothing_to_fix_in_the_js():
    if not BIOME.exists() or (shutil.which("node") is None and shutil.which("nodejs") is None):
        missing_tool("Biome is not installed: run `make tests/node_modules/.installed` (needs npm)")
    run = subprocess.run(
        [str(BIOME), "ci", "--colors=off", "--error-on-warnings", "--max-diagnostics=none", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = run.stdout + run.stderr
    assert run.returncode == 0, out[-8000:]
    assert not re.search(r"^Found \d+", out, re.M), out[-8000:]  # infos too: "fails on any diagnostic"
    checked = re.search(r"Checked (\d+) files?", out)
    assert checked and int(checked.group(1)) >= 30, out  # the scripts and tests, not nothing


def test_biome_is_pinned_and_covers_the_scripts_but_not_vendor():
    pinned = json.loads((ROOT / "tests" / "package.json").read_text())["devDependencies"]["@biomejs/biome"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", pinned), "pin Biome to one version"
    includes = json.loads((ROOT / "biome.json").read_text())["files"]["includes"]
    assert "overrides/assets/playbook/**/*.js" in includes and "tests/js/**/*.js" in includes
    assert "!overrides/assets/playbook/vendor" in includes


def test_the_dom_helpers_are_written_once():
    """$, $$, esc and q live in dom.js (window.cppDom); a script that needs them takes them
    from there instead of writing its own copy."""
    own = re.compile(r"(?:function\s+|var\s+)(?:\$|\$\$|esc|q)\s*(?:=\s*function|\()|charCodeAt\(0\) \+ \";\"")
    copies = [
        f"{p.relative_to(SCRIPTS)}: {m.group(0)}"
        for p in sorted(SCRIPTS.rglob("*.js"))
        if "vendor" not in p.parts and p.name != "dom.js"
        for m in own.finditer(p.read_text(encoding="utf-8"))
    ]
    assert copies == []
    dom = (SCRIPTS / "dom.js").read_text(encoding="utf-8")
    assert all(re.search(rf"^\s*{re.escape(name)}: function", dom, re.M) for name in ("$", "$$", "esc", "q"))
