"""`make offline`: a zip of the playbook that works opened from the file system.

For workshop rooms without a network: unzip, open `offline/index.html`; README.txt
beside that folder (scripts/offline_readme.txt) says how, what works and where answers
are kept. Built from mkdocs.yml with CPP_OFFLINE=true, which turns on Material's offline
plugin (.html links and a search index that loads without a server; the playbook plugin
gives it a local iframe-worker shim instead of the CDN one).
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path

from project import ROOT, build

DEFAULT_ZIP = ROOT / "dist" / "client-partnering-playbook-offline.zip"


def build_offline(out: Path) -> None:
    result = build(ROOT, out, env={"CPP_OFFLINE": "true"})
    if result.returncode != 0:
        raise SystemExit(f"offline build failed:\n{result.stdout}\n{result.stderr}")


README = Path(__file__).with_name("offline_readme.txt")


def readme() -> str:
    """README.txt of the zip, with the published site's address (site_url of mkdocs.yml)."""
    from mkdocs.config import load_config

    site_url = load_config(str(ROOT / "mkdocs.yml")).site_url or ""
    return README.read_text(encoding="utf-8").replace("{site_url}", site_url)


def make_zip(zip_path: Path) -> Path:
    """Build the offline site and pack it as `offline/...` inside `zip_path`."""
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "offline"
        build_offline(site)
        with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("README.txt", readme().replace("\n", "\r\n"))  # CRLF: Notepad too
            for file in sorted(site.rglob("*")):
                if file.is_file() and not file.name.endswith(".map"):
                    zf.write(file, Path("offline") / file.relative_to(site))
    return zip_path


if __name__ == "__main__":
    target = make_zip(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ZIP)
    print(
        f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target} "
        f"({target.stat().st_size // 1024} KB): unzip it and open offline/index.html"
    )
