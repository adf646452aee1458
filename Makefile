# The two set-up commands of the README: `make demo` and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
# What `make demo` needs, and on top of it what the tests, checks and benchmarks need.
STAMP := $(VENV)/.installed
DEV := $(VENV)/.installed-dev
# axe-core for the browser tests, from the npm registry (tests/browser/package-lock.json).
AXE := tests/browser/node_modules/axe-core/axe.min.js
# The browser tests drive Debian's chromium; pip and npm never fetch a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: demo test lint typecheck test-sqlite test-postgres bench bench-ingest bench-public bench-search bench-national bench-survey bench-stats bench-extract bench-bounded bench-reports mutants clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(STAMP)

$(DEV): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(DEV)

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	@scripts/install-system-packages
	npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
	touch $(AXE)

## Install, load the demo (SQLite, seeds, logins) and serve it on http://127.0.0.1:8000
demo: $(STAMP)
	@scripts/install-system-packages runtime
	$(BIN)/loften demo
	$(BIN)/loften serve

## Install and run everything CI runs: lint, types, tests on SQLite and PostgreSQL.
## The two passes share nothing (each has its own databases, ports and servers), so they
## run side by side, one per core, beside the lint and the type check (mypy takes most of
## a minute on a clean clone); each one's output is printed whole when it ends. The
## browser tests run in the PostgreSQL pass, the production database's, and not twice.
test: $(DEV) $(AXE)
	@scripts/install-system-packages
	$(MAKE) --no-print-directory -j4 --output-sync=target BROWSER_ON_POSTGRES=1 lint typecheck test-sqlite test-postgres

lint: $(DEV)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(DEV)
	$(BIN)/mypy

test-sqlite: $(DEV) $(AXE)
	@scripts/install-system-packages
	@echo "== tests on SQLite"
	LOFTEN_TEST_DATABASE=sqlite LOFTEN_TEST_BROWSER_ON_POSTGRES=$(BROWSER_ON_POSTGRES) $(BIN)/pytest

test-postgres: $(DEV) $(AXE)
	@scripts/install-system-packages
	@echo "== tests on PostgreSQL"
	LOFTEN_TEST_DATABASE=postgres $(BIN)/pytest

## Benchmarks (figures go to bench/RESULTS.md by hand, with machine and date)
bench: bench-ingest bench-public bench-search bench-national bench-survey bench-stats bench-extract bench-bounded bench-reports

bench-ingest: $(DEV)
	$(BIN)/python bench/ingest.py --documents 1000 --pdfs 200

bench-survey: $(DEV)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/survey.py --responses 1000000

bench-stats: $(DEV)
	$(BIN)/python bench/stats_import.py
	$(BIN)/python bench/stats_import.py --postgres

bench-extract: $(DEV)
	$(BIN)/python bench/extract_quality.py

bench-public: $(DEV)
	@scripts/install-bench-packages
	$(BIN)/python bench/public.py --connections 64 --seconds 10

## Uncached search latency on the configured database (after `loften demo` or, for national
## scale, `loften generate`), then on a throw-away PostgreSQL with the demo
bench-reports: $(DEV)
	$(BIN)/python bench/reports.py
	$(BIN)/python bench/reports.py --postgres

bench-search: $(DEV)
	$(BIN)/python bench/search.py
	$(BIN)/python bench/search.py --postgres

bench-bounded: $(DEV)
	$(BIN)/python bench/bounded.py
	$(BIN)/python bench/bounded.py --postgres

## Every public page, the API, the coordinator's follow-up page and `loften status`, uncached,
## with the country and its activities generated: on SQLite in a throw-away folder, then on a
## throw-away PostgreSQL (each generation takes several minutes)
bench-national: $(DEV)
	dir=$$(mktemp -d) && LOFTEN_DATA_DIR=$$dir $(BIN)/python bench/national.py --generate; \
	  status=$$?; rm -rf $$dir; exit $$status
	$(BIN)/python bench/national.py --postgres --generate

## Mutation testing of the rules that guard people and data (slow; outside CI):
## [tool.mutmut] in pyproject.toml names them, docs/developers.md explains the survivors
mutants: $(DEV)
	$(BIN)/pip install --quiet -e '.[dev,mutants]'
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut results

clean:
	rm -rf mutants $(VENV) var .pytest_cache .mypy_cache .ruff_cache tests/browser/node_modules
