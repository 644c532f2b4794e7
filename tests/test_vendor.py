"""The browser libraries vendored under overrides/assets/playbook/vendor/ are the files of
the npm packages pinned in tests/package.json, byte for byte, with their licenses beside
them (vendor/README.md says which file comes from which package)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "overrides" / "assets" / "playbook" / "vendor"
MODULES = ROOT / "tests" / "node_modules"
# vendored file -> (npm package, the file inside it, its license file here)
FILES = {
    "qrcode.js": ("qrcode-generator", "dist/qrcode.js", "qrcode.LICENSE"),
    "jsQR.js": ("jsqr", "dist/jsQR.js", "jsQR.LICENSE"),
}


def test_each_vendored_file_is_pinned_and_licensed():
    pinned = json.loads((ROOT / "tests" / "package.json").read_text())["devDependencies"]
    readme = (VENDOR / "README.md").read_text()
    assert sorted(p.name for p in VENDOR.glob("*.js")) == sorted(FILES)
    for name, (package, _, license_file) in FILES.items():
        version = pinned[package]
        assert version.count(".") == 2 and version[0].isdigit(), f"{package} must be pinned to one version"
        assert f"| {name} | {package} " in readme and f"| {version} |" in readme.split(f"| {name} |")[1].split("\n")[0]
        assert (VENDOR / license_file).read_text().strip(), license_file


@pytest.mark.parametrize("name", sorted(FILES))
def test_vendored_file_matches_the_pinned_npm_package(name):
    package, inner, _ = FILES[name]
    installed = MODULES / package
    if not installed.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"no {installed}: run `npm ci --prefix tests` (make test does)")
        pytest.skip(f"no {installed}: run `npm ci --prefix tests` (make test does)")
    version = json.loads((installed / "package.json").read_text())["version"]
    assert version == json.loads((ROOT / "tests" / "package.json").read_text())["devDependencies"][package]
    assert (VENDOR / name).read_bytes() == (installed / inner).read_bytes(), (
        f"vendor/{name} differs from {package}@{version}/{inner}"
    )
