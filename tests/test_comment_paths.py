"""Every file a comment or docstring names still exists: a comment that sends a reader to
a file that moved or was removed is worse than none. No build, no browser."""

from __future__ import annotations

import io
import re
import subprocess
import tokenize
from pathlib import Path

from support import ROOT

# A path with at least one folder and a known ending; a leading ./ or a trailing :line is dropped.
PATH = re.compile(r"(?<![\w./-])(?:\./)?((?:[\w.-]+/)+[\w.-]+\.(?:py|js|css|html|md|yml|yaml|json|txt|toml|sh))\b")
# Where a path is read from: the project, or the folders a file names its neighbours from
# (macros/, the assets, tests/), or the built site's own folders.
BASES = (
    "",
    "macros/",
    "macros/content/",
    "macros/render/",
    "overrides/",
    "overrides/assets/playbook/",
    "tests/",
    "docs/",
)
# Written into the built site, the offline zip or a test's copy of the project only, or by
# a command; named in comments on purpose.
BUILT = re.compile(
    r"^(site/|dist/|offline/|assets/playbook/[\w.-]+\.min\.(js|css)$|assets/playbook/components\.json$|"
    r"search/search_index\.json$|.*node_modules/|\.venv|.*/zz_engine_demo\.py$|[a-z]/)"
)  # [a-z]/: an example ("a/index.md")
SOURCES = (".py", ".js", ".css", ".html", ".yml", ".sh")
BLOCK = re.compile(r"/\*.*?\*/|\{#.*?#\}|<!--.*?-->", re.S)


def comments(path: Path) -> str:
    """The comment and docstring text of one file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".py":
        out = []
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.COMMENT or (
                tok.type == tokenize.STRING and tok.string.lstrip("rbuRBU").startswith(('"""', "'''"))
            ):
                out.append(tok.string)
        return "\n".join(out)
    if path.suffix in (".yml", ".sh") or path.name in ("Makefile", "run"):
        return "\n".join(line.split("#", 1)[1] for line in text.splitlines() if "#" in line)
    found = [m.group(0) for m in BLOCK.finditer(text)]
    found += [line.split("//", 1)[1] for line in text.splitlines() if re.search(r"(^|\s)//", line)]
    return "\n".join(found)


def tracked() -> list[Path]:
    names = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return [
        ROOT / n
        for n in names
        if (n.endswith(SOURCES) or Path(n).name in ("Makefile", "run")) and "/vendor/" not in n and (ROOT / n).is_file()
    ]


def exists(name: str, near: Path) -> bool:
    return any((ROOT / base / name).exists() for base in BASES) or (near.parent / name).exists()


def test_every_file_a_comment_names_exists():
    missing = sorted(
        f"{path.relative_to(ROOT)}: {name}"
        for path in tracked()
        for name in set(PATH.findall(comments(path)))
        if not BUILT.match(name) and not exists(name, path)
    )
    assert not missing, "comments name files that do not exist:\n" + "\n".join(missing)
