# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
INDEX ?= .smartcity-kb/index

.PHONY: run test install install-test index bench eval clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (Python 3.11 is required)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# The product: no torch (the default embedder runs on ONNX Runtime).
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $(STAMP)

# The tests also cover the optional sentence-transformers embedder: torch first, as 2.13.0 is the CPU wheel
# on local disk and any other torch pulls GBs of CUDA.
$(TEST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[st,dev]"
	@touch $(TEST_STAMP)

install: $(STAMP)

install-test: $(TEST_STAMP)

index: install
	@if [ ! -f "$(INDEX)/manifest.json" ]; then $(VENV)/bin/smartcity-kb --index "$(INDEX)" ingest; fi

run: index
	$(VENV)/bin/smartcity-kb --index "$(INDEX)" serve

test: install-test
	$(PY) -m pytest -q

bench: install-test
	$(PY) -m benchmarks.ingest_search

eval: index
	$(VENV)/bin/smartcity-kb --index "$(INDEX)" eval

clean:
	rm -rf $(VENV) .smartcity-kb
