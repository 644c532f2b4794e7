# Two commands for a fresh clone: `make serve` and `make test`.
# Each bootstraps .venv with the pinned dependencies first (once; again only
# when pyproject.toml or requirements.lock change).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ADDR   ?= 127.0.0.1:8000

# Material prints a notice about MkDocs 2.0 on every build; keep output clean.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test install lock clean offline bench links handouts properdocs zensical answer-ids

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict --livereload -a $(ADDR)

build: $(STAMP)
	$(BIN)/mkdocs build --strict --clean

# Two workers (the machine has two cores; a browser test waits on Chromium half the
# time). Tests go to whichever worker is free, one by one, so that no long file holds
# up the end; a module with a costly module fixture stays on one worker (xdist_group).
# The builds they share are made once per run (tests/shared_builds.py).
test: $(STAMP) tests/node_modules/.installed
	$(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

# The Nu HTML Checker (vnu.jar, run with Java) for tests/test_html_valid.py; tests only.
# Without npm the test skips (fails under CI=true), as browser tests do without Chromium.
tests/node_modules/.installed: tests/package.json tests/package-lock.json
	@if command -v npm >/dev/null; then \
	  npm ci --prefix tests --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "make: no npm, so no vnu.jar; tests/test_html_valid.py will skip"; fi

install: $(STAMP)

# A zip of the site that works opened from the file system (no server, no network).
offline: $(STAMP)
	$(BIN)/python scripts/offline.py

# Build the site, then print a PDF of every tool (A4 and US Letter), of the print pack
# and of each workshop format's workbook and facilitator pack into site/handouts/, and
# link them (tools, Facilitator guide). Needs Debian's Chromium. With
# HANDOUTS_ARGS="--zip dist/client-partnering-playbook-offline.zip" (after `make offline`)
# the site also carries the offline zip.
handouts: $(STAMP)
	$(BIN)/python scripts/handouts.py $(HANDOUTS_ARGS)

# Record every published page and section address in links/published.txt.
links: $(STAMP)
	$(BIN)/python scripts/link_registry.py update

# Record every saved-answer id the data has (tools and items) in links/answer-ids.txt.
answer-ids: $(STAMP)
	$(BIN)/python scripts/answer_ids.py append

# Issue 30's comparison: every page type beside plain Material and Material with the
# playbook's theme settings, Lighthouse mobile, medians of 5; refused on a busy machine.
# Writes bench/REPORT.md. Needs Node.js and npm (for Lighthouse) and Debian's Chromium.
# BENCH_ARGS=--sizes-only: page weights alone, quick, no Lighthouse (nor npm).
# BENCH_ARGS="--only all": build time and scaling too.
bench: $(STAMP)
	@case "$(BENCH_ARGS)" in *--sizes-only*|*builds*) ;; *) $(MAKE) --no-print-directory bench/node_modules/.installed ;; esac
	$(BIN)/python bench/bench.py $(BENCH_ARGS)

bench/node_modules/.installed: bench/package.json bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund --loglevel=error
	touch $@

# The same site built with ProperDocs (a maintained MkDocs 1.x continuation, in its own
# venv) must have the same pages and tools (scripts/properdocs_check.py; MIGRATION.md).
PROPERDOCS    := properdocs==1.6.7
PD_VENV       := .venv-properdocs
# the lock without MkDocs itself (ProperDocs replaces it) and the test-only packages
PD_NOT_NEEDED := ^(mkdocs|mkdocs-get-deps|axe-playwright-python|playwright|greenlet|pytest|pytest-xdist|execnet|pypdf|iniconfig|pluggy|beautifulsoup4|soupsieve)==

properdocs: $(STAMP) $(PD_VENV)/.installed
	$(BIN)/python scripts/properdocs_check.py

$(PD_VENV)/.installed: pyproject.toml requirements.lock
	test -x $(PD_VENV)/bin/python || $(PYTHON) -m venv $(PD_VENV)
	grep -vE '$(PD_NOT_NEEDED)' requirements.lock > $(PD_VENV)/requirements.txt
	$(PD_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps \
		-r $(PD_VENV)/requirements.txt $(PROPERDOCS)
	$(PD_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

# The same site built with Zensical (Material's successor; pinned, in its own venv): every
# page and tool once, the same tools' HTML as MkDocs', known differences listed
# (scripts/zensical_check.py; MIGRATION.md). Zensical has its own Markdown and Jinja; the
# playbook's package and its data need only the lock's libraries (MkDocs among them for
# two names the macros import: PluginError and File).
ZENSICAL      := zensical==0.0.73
ZS_VENV       := .venv-zensical
ZS_NOT_NEEDED := ^(mkdocs-material|mkdocs-macros-plugin|mkdocs-get-deps|mkdocs-redirects|mkdocs-material-extensions|axe-playwright-python|playwright|greenlet|pytest|pytest-xdist|execnet|pypdf|iniconfig|pluggy|beautifulsoup4|soupsieve|textstat|pyphen)==

zensical: $(STAMP) $(ZS_VENV)/.installed
	$(BIN)/python scripts/zensical_check.py

$(ZS_VENV)/.installed: pyproject.toml requirements.lock
	test -x $(ZS_VENV)/bin/python || $(PYTHON) -m venv $(ZS_VENV)
	grep -vE '$(ZS_NOT_NEEDED)' requirements.lock > $(ZS_VENV)/requirements.txt
	$(ZS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps \
		-r $(ZS_VENV)/requirements.txt
	$(ZS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check $(ZENSICAL)
	$(ZS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		-c requirements.lock -e ".[test]"
	touch $(STAMP)

# Re-pin every transitive dependency after changing pyproject.toml.
lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable > requirements.lock

clean:
	rm -rf site dist .pytest_cache
