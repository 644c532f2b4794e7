"""The local server of the tests, the benchmark and the scripts (scripts/project.py
`serve`): a connection the browser drops is not reported as an error; a real one is."""

from __future__ import annotations

import pytest
from project import ROOT, serve


@pytest.fixture(scope="module")
def server():
    server, _ = serve(ROOT / "docs")
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    "error, printed",
    [
        (BrokenPipeError(32, "Broken pipe"), False),
        (ConnectionResetError(104, "reset by peer"), False),
        (PermissionError(13, "denied"), True),
    ],
)
def test_a_dropped_connection_prints_no_traceback_and_a_real_error_does(server, capsys, error, printed):
    try:
        raise error
    except OSError:
        server.handle_error(None, ("127.0.0.1", 1))  # what socketserver calls when a request raises
    assert ("Traceback" in capsys.readouterr().err) == printed
