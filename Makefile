PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint eval bench bench-questions clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/quotebot run

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

eval: $(STAMP)
	$(BIN)/python bench/eval_polnear.py

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

bench-questions: $(STAMP)
	$(BIN)/python bench/questions.py $(if $(QUOTEBOT_TEST_POSTGRES_URL),--postgres $(QUOTEBOT_TEST_POSTGRES_URL))

clean:
	rm -rf $(VENV) .pytest_cache
