# Two entry points (see README): `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Material prints an end-of-life banner on every build; the note in README covers it.
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup run test lint types unit browser-deps bench clean

$(STAMP): pyproject.toml
	@echo "setup: creating $(VENV) and installing truthgraph with its test tools (about 30 s on a fresh clone)…"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# One line per package as pip gets it (its full output is long); pip's own exit status counts.
	{ $(BIN)/python -m pip install -e '.[test]' 2>&1; echo $$? > $(VENV)/.pip-status; } \
	  | grep --line-buffered -E '^(Collecting|Successfully|ERROR|error)' || true
	@exit $$(cat $(VENV)/.pip-status)
	touch $(STAMP)
	@echo "setup: done. Run truthgraph as $(BIN)/truthgraph, or '. $(BIN)/activate' first."

setup: $(STAMP)

## The main job: validate the claims, show the sprint state, check the docs, build the site.
run: setup
	@# Stale evidence is listed once, by `status` (with what to refresh), not again by validate.
	$(BIN)/truthgraph validate --stale-after 36500
	$(BIN)/truthgraph status
	$(BIN)/truthgraph check
	$(BIN)/mkdocs build --strict --site-dir site

lint: setup
	$(BIN)/ruff check truthgraph site_hooks tests bench
	$(BIN)/ruff format --check truthgraph site_hooks tests bench

types: setup
	$(BIN)/mypy

## Chromium and its driver come from the OS packages (Playwright only drives it).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "browser-deps: installing Chromium from the OS packages (apt-get, a minute or two)…"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
	      && echo "browser-deps: Chromium installed") \
	      || echo "browser-deps: could not install chromium; browser tests will say they skip"; \
	  else echo "browser-deps: chromium missing and no root apt-get; browser tests will say they skip"; fi; }

unit: setup
	@echo "unit: running every test on 2 workers, the browser test included (a few minutes)…"
	$(BIN)/python -m pytest -n 2 -q

## Everything CI runs: lint, types, all tests (browser included).
test: setup browser-deps lint types unit

## Benchmarks print ratios against baselines run in the same command (they are not tests).
bench: setup
	$(BIN)/python bench/bench_validate.py
	$(BIN)/python bench/bench_parse.py ../shared/corpora/perf 1
	$(BIN)/python bench/bench_check.py --verify
	$(BIN)/python bench/bench_site.py --pages 300 --runs 3
	$(BIN)/python bench/eval_labels.py

clean:
	rm -rf $(VENV) site build *.egg-info .mypy_cache .ruff_cache .pytest_cache
