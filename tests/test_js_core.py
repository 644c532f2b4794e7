"""The browser's DOM-free core (overrides/assets/playbook/core/*.js), tested with Node's
built-in runner: tests/js/*.test.js. Skipped when Node is missing, except under CI=true
(.ci/run installs Debian's nodejs)."""

from __future__ import annotations

import json
import random
import shutil
import subprocess

from support import ROOT, missing_tool

from macros.content import scoring
from macros.content.model import NOT_APPLICABLE, Assessment
from macros.content.registry import discover
from macros.render import manifest


def test_node_core_tests_pass():
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        missing_tool("node is missing: install Debian's nodejs (.ci/run does)")
    files = sorted(str(p) for p in (ROOT / "tests" / "js").glob("*.test.js"))
    assert files, "no tests in tests/js"
    run = subprocess.run([node, "--test", *files], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "# fail 0" in run.stdout


def _node_json(script: str, data: object) -> object:
    """Run `script` under Node with the core loaded and `data` as DATA; return what it prints as JSON."""
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        missing_tool("node is missing: install Debian's nodejs (.ci/run does)")
    core = ROOT / "overrides" / "assets" / "playbook" / "core"
    prelude = "".join(f"require({json.dumps(str(core / f))});" for f in ("schema.js", "store.js", "transfer.js"))
    run = subprocess.run(
        [
            node,
            "-e",
            prelude
            + "const C = globalThis.cppCore; const DATA = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
            + script,
        ],
        input=json.dumps(data),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def test_the_browser_scores_every_real_self_assessment_as_python_does():
    """One rule, two languages: macros/content/scoring.py and core/schema.js C.score agree on
    random answers (ratings, "does not apply", unanswered) for every part of every tool."""
    tools = {s.component.id: s.component for s in discover()[0]}
    rng, cases = random.Random(27), []
    for comp in tools.values():
        if not isinstance(comp, Assessment):
            continue
        for _ in range(60):
            values = {}
            for d in comp.dimensions:
                for st in d.statements:
                    pick = rng.random()
                    if pick < 0.2:
                        values[st.id] = NOT_APPLICABLE
                    elif pick > 0.03:
                        values[st.id] = rng.randint(comp.scale.min, comp.scale.max)
            want = {}
            for d in comp.dimensions:
                total = scoring.score(d, values, comp.scale)
                band = scoring.band_for(d, total) if total is not None else None
                want[d.id] = [total, band.label if band else None]
            cases.append({"tool": comp.id, "values": values, "want": want})
    got = _node_json(
        """
        const man = C.readManifest(DATA.manifest);
        console.log(JSON.stringify(DATA.cases.map((c) => {
          const out = {};
          C.score(man.tools[c.tool], c.values).forEach((x) => { out[x.dim.id] = [x.sum, x.band ? x.band.label : null]; });
          return out;
        })));""",
        {"manifest": manifest.build(tools, manifest.load_renames()), "cases": cases},
    )
    assert len(cases) > 300 and any(v[0] is not None for c in cases for v in c["want"].values())
    assert any(
        NOT_APPLICABLE in c["values"].values() and any(v[0] is not None for v in c["want"].values()) for c in cases
    )
    for case, scores in zip(cases, got, strict=True):
        assert scores == case["want"], case


def test_answers_saved_to_retired_or_split_statements_are_kept():
    """A workspace saved before issue 27: answers to statements that were turned round or
    reworded with a new meaning (retired in links/answer-renames.json) are kept and reported,
    not dropped; a tick on a checklist item that was split stays on the item that kept its id."""
    tools = {s.component.id: s.component for s in discover()[0]}
    renames = manifest.load_renames()
    retired = sorted(k for k, v in renames["items"].items() if v is None and k.split("/")[0] in tools)
    assert {"act-assessment/frank", "client-view/cv-time", "moments-of-truth-review/face-time"} <= set(retired)
    t = "2026-01-05T09:00:00Z"
    answers: dict = {}
    for key in retired:
        tool, item = key.split("/")
        answers.setdefault(tool, {})[item] = {"value": 4 if isinstance(tools[tool], Assessment) else True, "at": t}
    answers.setdefault("trust-builders", {})["small-promises"] = {"value": True, "at": t}
    got = _node_json(
        """
        const man = C.readManifest(DATA.manifest);
        const r = C.cleanWorkspace({ id: "w1", name: "Plant", created: DATA.t, updated: DATA.t, answers: DATA.answers }, man);
        console.log(JSON.stringify({ answers: r.w.answers, skipped: r.w.skipped.length, retired: C.unknownIn([r.w], man).retired }));""",
        {"manifest": manifest.build(tools, renames), "answers": answers, "t": t},
    )
    assert got["skipped"] == 0
    assert sorted(got["retired"]) == retired
    for key in retired:
        tool, item = key.split("/")
        assert got["answers"][tool][item]["value"] in (4, True), key
    assert got["answers"]["trust-builders"]["small-promises"]["value"] is True
