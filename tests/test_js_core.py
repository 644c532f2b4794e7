"""The browser's DOM-free core (overrides/assets/playbook/core/*.js), tested with Node's
built-in runner: tests/js/*.test.js. Skipped when Node is missing, except under CI=true
(.ci/run installs Debian's nodejs)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_node_core_tests_pass():
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        if os.environ.get("CI") == "true":
            pytest.fail("node is missing: .ci/run installs Debian's nodejs")
        pytest.skip("node is not installed")
    files = sorted(str(p) for p in (ROOT / "tests" / "js").glob("*.test.js"))
    assert files, "no tests in tests/js"
    run = subprocess.run([node, "--test", *files], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "# fail 0" in run.stdout
