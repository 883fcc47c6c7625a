# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
INDEX ?= .smartcity-kb/index

.PHONY: run test install index bench eval clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (Python 3.11 is required)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# torch first: 2.13.0 is the CPU wheel on local disk; any other torch pulls GBs of CUDA.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

index: install
	@if [ ! -f "$(INDEX)/manifest.json" ]; then $(VENV)/bin/smartcity-kb --index "$(INDEX)" ingest; fi

run: index
	$(VENV)/bin/smartcity-kb --index "$(INDEX)" serve

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) -m benchmarks.ingest_search

eval: index
	$(VENV)/bin/smartcity-kb --index "$(INDEX)" eval

clean:
	rm -rf $(VENV) .smartcity-kb
