# Two commands on a fresh machine:  `make demo` (set up, parse the sample)  and  `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint fixtures bench score

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]' -c constraints.txt
	touch $@

demo: setup
	$(BIN)/notices demo

lint: setup
	$(BIN)/ruff check .

test: setup lint
	$(BIN)/pytest

score: setup
	$(BIN)/python ../shared/eval/score.py --gold corpus/gold --docs corpus --cmd '$(BIN)/notices parse {path} --format json'

bench: setup
	$(BIN)/python bench/run.py

fixtures: setup
	$(BIN)/python scripts/make_fixtures.py
