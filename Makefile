PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The extractor compiled with mypyc (bot/compiled.py); rebuilt when a compiled source changes. If it cannot
# be built, everything runs on the Python sources.
NATIVE := bot/compiled.json
NATIVE_SOURCES := $(wildcard bot/extract/*.py) bot/names.py bot/quote.py bot/compiled.py bot/build_native.py

.PHONY: run test lint eval bench bench-questions native clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(NATIVE): $(STAMP) $(NATIVE_SOURCES)
	QUOTEBOT_PURE_PYTHON=1 $(BIN)/python -m bot.build_native || echo "warning: the extractor was not compiled; using its Python sources"

run: $(STAMP) $(NATIVE)
	$(BIN)/quotebot run

test: $(STAMP) $(NATIVE)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

eval: $(STAMP) $(NATIVE)
	$(BIN)/python bench/eval_polnear.py

bench: $(STAMP) $(NATIVE)
	$(BIN)/python bench/throughput.py

bench-questions: $(STAMP) $(NATIVE)
	$(BIN)/python bench/questions.py $(if $(QUOTEBOT_TEST_POSTGRES_URL),--postgres $(QUOTEBOT_TEST_POSTGRES_URL))

native: $(NATIVE)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache build $(NATIVE)
	find bot -name '*.so' -delete
