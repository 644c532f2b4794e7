"""Builds the whole test run shares, made once whichever pytest-xdist worker asks first.

`make test` runs two worker processes. Left alone, each would build the playbook, the
demo site and the changed project for itself: six builds where three will do, on a
machine with two cores. The process that starts the run (pytest-xdist's controller, or
pytest alone) makes one folder for the run and names it in the environment, which the
workers inherit; the first worker that needs a build makes it there under a lock; the
other waits on the lock and reuses it. A failed build is recorded, so the other worker
reports the same failure instead of building again.

The demo site is built for the address it is served from (Material's instant navigation
only follows links under its site_url), so the starting process also serves the demo
folder from one address for the whole run: it outlives both workers.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from project import serve

ROOT_VAR, DEMO_URL_VAR = "CPP_TESTS_SHARED", "CPP_TESTS_DEMO_URL"


class BuildFailedError(AssertionError):
    """A shared build failed (in this worker or in the other); carries its output."""


def start_run() -> Callable[[], None]:
    """In the process that starts the run: the shared folder and the demo's server.
    Returns the clean-up to call when the run ends."""
    if os.environ.get(ROOT_VAR):  # a worker: the controller did this already
        return lambda: None
    root = Path(tempfile.mkdtemp(prefix="cpp-tests-"))
    (root / "demo").mkdir()
    server, url = serve(root / "demo")
    os.environ[ROOT_VAR], os.environ[DEMO_URL_VAR] = str(root), url

    def finish() -> None:
        server.shutdown()
        shutil.rmtree(root, ignore_errors=True)
        del os.environ[ROOT_VAR], os.environ[DEMO_URL_VAR]

    return finish


def shared_dir(name: str, make: Callable[[Path], None]) -> Path:
    """`root/name`, made by `make(folder)` once per run. `make` raises BuildFailedError with
    the build's output when it fails; every later caller gets the same failure."""
    root = Path(os.environ[ROOT_VAR])
    out, done, failed = root / name, root / f"{name}.done", root / f"{name}.failed"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not done.exists() and not failed.exists():
            try:
                out.mkdir(exist_ok=True)
                make(out)
            except BuildFailedError as exc:
                failed.write_text(str(exc), encoding="utf-8")
            else:
                done.touch()
    if failed.exists():
        raise BuildFailedError(failed.read_text(encoding="utf-8"))
    return out


def demo_url() -> str:
    return os.environ[DEMO_URL_VAR]
