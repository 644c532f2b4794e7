"""Saved answers at scale (issue 29): 300 workspaces holding about 5 M characters.

Measures, in Chromium, on the built site:
  - keystroke: the page's own work for one keystroke in a worksheet field (the input
    handler: save to the store, scores, progress), mean and max over 60 keystrokes;
  - flush: the deferred write of the whole store that follows the typing;
  - relationships: drawing My Relationships (all 300 cards) once the page has loaded.
Targets: keystroke under 16 ms, My Relationships under 1 s. A measurement, not a test:
run it by hand (`.venv/bin/python bench/store_scale.py`), never in the test suite.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from project import ROOT, build, find_chromium, serve

TOOL_PAGE = "lead-dont-serve/"  # holds the worksheet "expectations-and-value"
KEY = "cpp:v3"  # the store (overrides/assets/playbook/core/store.js)


def big_store(workspaces: int = 300, chars: int = 5_000_000) -> str:
    per = chars // workspaces
    t = "2026-01-01T00:00:00.000Z"
    spaces = []
    for i in range(workspaces):
        answers = {
            "expectations-and-value": {
                f"field-{j}": {"value": f"{i}-{j} " + "x" * (per // 6 - 60), "at": t} for j in range(6)
            }
        }
        spaces.append(
            {
                "id": f"w{i}",
                "name": f"Client {i}",
                "created": t,
                "updated": t,
                "answers": answers,
                "history": [],
                "skipped": [],
            }
        )
    return json.dumps({"schema": "cpp-store", "version": 3, "active": "w0", "workspaces": spaces})


def measure(base: str, store: str) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=["--no-sandbox", "--disable-gpu"])
        ctx = browser.new_context()
        ctx.add_init_script(
            "if (!sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem(%s, %s); }"
            % (json.dumps(KEY), json.dumps(store))
        )
        page = ctx.new_page()
        page.goto(base + TOOL_PAGE)
        page.wait_for_function(
            "() => document.querySelectorAll('.cpp-component[data-component]:not([data-cpp-ready])').length === 0"
        )
        keys = page.evaluate("""() => {
            const el = document.querySelector('.cpp-component[data-kind=worksheet] textarea, .cpp-component[data-kind=worksheet] input[type=text]');
            el.focus();
            const times = [];
            for (let i = 0; i < 60; i++) {
                el.value += 'k';
                const t0 = performance.now();
                el.dispatchEvent(new InputEvent('input', { bubbles: true }));
                times.push(performance.now() - t0);
            }
            const S = window.cppWorkspaces.store, t1 = performance.now();
            const a = localStorage.getItem('cpp:v3'), t2 = performance.now(), same = a === S.text, t3 = performance.now();
            const text = JSON.stringify(S.state), t4 = performance.now();
            if (S.flush) S.flush(); // older builds wrote on every keystroke
            const t5 = performance.now();
            return { times, flush: t5 - t4, parts: {get: t2 - t1, compare: t3 - t2, same, stringify: t4 - t3}, stored: localStorage.getItem('cpp:v3').length };
        }""")
        page.goto(base + "my-relationships/")
        page.wait_for_selector(".cpp-rel__card")
        draw = page.evaluate("""() => {
            const t0 = performance.now();
            document.dispatchEvent(new CustomEvent('cpp:workspaces'));
            return { ms: performance.now() - t0, cards: document.querySelectorAll('.cpp-rel__card').length };
        }""")
        load = page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd")
        browser.close()
    return {
        "keystroke_mean_ms": round(statistics.mean(keys["times"]), 2),
        "keystroke_max_ms": round(max(keys["times"]), 2),
        "keystroke_p95_ms": round(sorted(keys["times"])[int(len(keys["times"]) * 0.95)], 2),
        "slowest_at": keys["times"].index(max(keys["times"])),
        "flush_ms": round(keys["flush"], 1),
        "flush_parts": keys["parts"],
        "stored_chars": keys["stored"],
        "relationships_draw_ms": round(draw["ms"], 1),
        "relationships_cards": draw["cards"],
        "relationships_load_ms": round(load, 1),
    }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--site", type=Path, help="a built site (default: build one into a temporary folder)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            done = build(ROOT, site)
            if done.returncode:
                print(done.stdout + done.stderr)
                return 1
        server, base = serve(site)
        try:
            print(json.dumps(measure(base, big_store()), indent=1))
        finally:
            server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
