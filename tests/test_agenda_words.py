"""The format pages' duration words: agenda.py writes them for the format's own times
(no script, print), core/schedule.js rewrites them for the facilitator's times. Both
must give the same words for every length and start, so the page does not change its
wording when the script starts on an unedited sheet."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from macros.render.agenda import length_words, part_words, render_words

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "overrides" / "assets" / "playbook" / "core" / "schedule.js"
LENGTHS = range(5, 16 * 60 + 1, 5)
STARTS = range(0, 24 * 60, 30)


def test_python_words_read_as_the_format_pages_need():
    assert length_words(210) == "three and a half hours"
    assert length_words(225) == "three and three-quarter hours"
    assert length_words(90) == "an hour and a half"
    assert part_words(9 * 60, 210) == "all morning"
    assert part_words(13 * 60 + 30, 225) == "all afternoon"


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_python_and_the_browser_core_give_the_same_words():
    script = (
        f"const S = require({json.dumps(str(CORE))});"
        f"const L = {json.dumps(list(LENGTHS))}, T = {json.dumps(list(STARTS))};"
        "console.log(JSON.stringify({length: L.map(S.lengthWords), part: T.flatMap((t) => L.map((m) => S.partWords(t, m)))}));"
    )
    out = json.loads(subprocess.run(["node", "-e", script], check=True, capture_output=True, text=True).stdout)
    assert out["length"] == [length_words(m) for m in LENGTHS]
    assert out["part"] == [part_words(t, m) for t in STARTS for m in LENGTHS]


def test_the_words_element_carries_the_default_text_and_is_escaped():
    class Fake:  # only what render_words reads
        id, start, minutes = 'x"><b>', "13:30", 225

    html = render_words(Fake(), "part", capital=True)  # type: ignore[arg-type]
    assert ">All afternoon</span>" in html
    assert 'data-agenda="x&quot;&gt;&lt;b&gt;"' in html
    with pytest.raises(ValueError, match="kind must be one of"):
        render_words(Fake(), "weeks")  # type: ignore[arg-type]
