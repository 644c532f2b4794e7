"""The browser's DOM-free core (overrides/assets/playbook/core/*.js), tested with Node's
built-in runner: tests/js/*.test.js. Skipped when Node is missing, except under CI=true
(.ci/run installs Debian's nodejs)."""

from __future__ import annotations

import shutil
import subprocess

from support import ROOT, missing_tool


def test_node_core_tests_pass():
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        missing_tool("node is missing: install Debian's nodejs (.ci/run does)")
    files = sorted(str(p) for p in (ROOT / "tests" / "js").glob("*.test.js"))
    assert files, "no tests in tests/js"
    run = subprocess.run([node, "--test", *files], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "# fail 0" in run.stdout
