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
