# Transferatlas: `make run` sets everything up and starts the app + SPARQL endpoint;
# `make test` sets up and runs the checks and tests.
VENV      ?= .venv
PY        := $(VENV)/bin/python
TA        := $(VENV)/bin/transferatlas
STAMP     := $(VENV)/.installed
DATA      ?= data
PORT      ?= 8501
SPARQL_PORT ?= 7878
export TRANSFERATLAS_DATA := $(abspath $(DATA))

.PHONY: setup ingest index run serve app test lint bench eval clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

ingest: setup
	$(TA) ingest corpus

index: ingest
	$(TA) index

run: index
	$(TA) up --port $(PORT) --sparql-port $(SPARQL_PORT)

serve: ingest
	$(TA) serve --port $(SPARQL_PORT)

lint: setup
	$(VENV)/bin/ruff check ingest graph search ui tests
	$(VENV)/bin/mypy ingest graph search ui

test: lint
	$(VENV)/bin/pytest -q

bench: setup
	$(PY) -m search.bench
	$(PY) -m graph.sparql_bench
	$(PY) -m ui.network_bench

eval: index
	$(TA) eval extraction --gold ../shared/eval/extraction
	$(TA) eval search --qrels ../shared/eval/search/queries.jsonl

clean:
	rm -rf $(DATA) build
