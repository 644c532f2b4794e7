"""The benchmark's reference pages (bench/bench.py, `make bench`): each is built for the
address it is served on, as the playbook is, so that Material keeps instant navigation
on where the settings ask for it (Material turns it off on any other port)."""

from __future__ import annotations

import importlib.util
import json
import shutil

from support import ROOT


def load_bench():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "bench" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_reference_page_is_built_for_its_own_port_with_the_settings_it_names(tmp_path):
    bench = load_bench()
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    ports = {}
    for label in bench.REFERENCES:
        config = json.loads(bench.plain_config(tmp_path, reference=label).read_text(encoding="utf-8"))
        ports[label] = bench.reference_port(label)
        assert config["site_url"] == f"http://127.0.0.1:{ports[label]}/", label
        assert "custom_dir" not in config["theme"] and config["theme"]["font"] is False, label
        assert ("palette" in config["theme"]) == (label != bench.BASELINE), label
        assert ("features" in config["theme"]) == (bench.REFERENCES[label][1] is None), label
    assert len(set(ports.values())) == len(ports) and bench.PORT not in ports.values()


def test_make_bench_compares_the_issues_pages_with_the_two_references():
    bench = load_bench()
    assert list(bench.REFERENCES) == [bench.BASELINE, bench.THEMED]
    assert [label for label, _ in bench.PAGE_TYPES] == [
        "home",
        "Why Partnership",
        "Access, Credibility and Trust",
        "Contracting and Entry",
        "Print Pack",
        "My Relationships",
        "Half-Day run sheet",
    ]
    assert bench.MOBILE_RUNS == 5


def test_a_busy_machine_is_refused_before_lighthouse_runs(monkeypatch, capsys):
    bench = load_bench()
    monkeypatch.setattr(bench, "LIGHTHOUSE", ROOT / "bench" / "bench.py")  # there: the refusal comes first
    monkeypatch.setattr(bench, "load", lambda: 0.9)
    assert bench.main([]) == 2
    assert "refused" in capsys.readouterr().err
    assert bench.main(["--max-load", "0.8"]) == 2  # the limit is set on the command line


def test_the_report_holds_the_issues_table_and_its_budgets():
    bench = load_bench()

    def lh(perf, tbt, lcp):
        return {
            "mobile": {
                "runs": 5,
                "scores": {"performance": perf},
                "metrics": {"total-blocking-time": tbt, "largest-contentful-paint": lcp},
                "failing_audits": [],
                "performance_runs": [perf] * 5,
                "tbt_runs": [tbt] * 5,
            }
        }

    report = {
        "date": "2026-12-07",
        "machine": {"cores": 2},
        "lighthouse": {
            bench.BASELINE: lh(100, 0, 1159),
            bench.THEMED: lh(100, 6, 1434),
            "home": lh(100, 34, 1523),
            "Contracting and Entry": lh(95, 168, 1766),
        },
        "pages_ran": {"start": "a", "end": "b", "load_start": 0.2, "load_end": 1.1},
    }
    report["lighthouse_ran"] = report["pages_ran"]
    report["budgets"] = bench.check_budgets(report)
    met = {b["budget"]: b["met"] for b in report["budgets"]}
    assert met["performance, home (median of 5)"] and met["TBT ms, home (median of 5)"]
    assert met["LCP ms, home (median of 5)"]  # 1523 <= 1434 * 1.1
    assert (
        not met["performance, Contracting and Entry (median of 5)"]
        and not met["TBT ms, Contracting and Entry (median of 5)"]
    )
    assert not met["LCP ms, Contracting and Entry (median of 5)"]  # 1766 > 1577
    text = bench.markdown(report)
    assert "| Contracting and Entry | 95 | 168 | 1766 |" in text and "| plain Material | 100 | 0 | 1159 |" in text
    assert "0.2 before, 1.1 after, on 2 cores" in text
