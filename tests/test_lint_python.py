"""The Python is linted and formatted by ruff, as configured in pyproject.toml ([tool.ruff]):
a new warning or an unformatted file fails the suite, so CI fails on it too. Run
`.venv/bin/ruff check --fix . && .venv/bin/ruff format .` to fix most of it. No build."""

from __future__ import annotations

import subprocess
import sys

from support import ROOT

RUFF = [sys.executable, "-m", "ruff"]


def test_ruff_finds_nothing_to_say():
    run = subprocess.run(
        [*RUFF, "check", "--no-cache", "--output-format", "concise", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]


def test_every_python_file_is_formatted():
    run = subprocess.run([*RUFF, "format", "--no-cache", "--check", "."], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
