# The two commands a new machine needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/marsad digest examples/iraq-2021

test: $(VENV)/.installed
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench

clean-venv:
	rm -rf $(VENV)
