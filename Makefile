# Two commands on a fresh machine:  `make demo` (set up, parse the sample)  and  `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint fixtures bench bench-quick score

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]' -c constraints.txt
	$(BIN)/python -m compileall -q extractor  # bytecode, as a wheel's install writes it (some machines forbid writing it at import)
	touch $@

demo: setup
	$(BIN)/notices demo

lint: setup
	$(BIN)/ruff check .

test: setup lint
	$(BIN)/pytest

# the vendored scorer on the seed notices (corpus/), the real dev notices (corpus/dev/) and the blind sets, per
# notice; a parse may take 900 s (the scorer's default 120 s stops parses on a loaded machine)
SCORE = $(BIN)/python corpus/score.py --timeout 900
NOTICES = $(abspath $(BIN))/notices
score: setup
	$(SCORE) --gold corpus/gold --docs corpus --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/dev/gold --docs corpus/dev/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind/gold --docs corpus/blind/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind_tw_hk/gold --docs corpus/blind_tw_hk/docs --per-doc \
		--cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind3/gold --docs corpus/blind3/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind4/gold --docs corpus/blind4/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind5/gold --docs corpus/blind5/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind6/gold --docs corpus/blind6/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind7/gold --docs corpus/blind7/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind8/gold --docs corpus/blind8/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind9/gold --docs corpus/blind9/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind10/gold --docs corpus/blind10/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind11/gold --docs corpus/blind11/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind12/gold --docs corpus/blind12/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind13/gold --docs corpus/blind13/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind14/gold --docs corpus/blind14/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind15/gold --docs corpus/blind15/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind16/gold --docs corpus/blind16/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind17/gold --docs corpus/blind17/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind18/gold --docs corpus/blind18/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind19/gold --docs corpus/blind19/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind20/gold --docs corpus/blind20/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind21/gold --docs corpus/blind21/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind22/gold --docs corpus/blind22/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind23/gold --docs corpus/blind23/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind24/gold --docs corpus/blind24/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind25/gold --docs corpus/blind25/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind26/gold --docs corpus/blind26/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind27/gold --docs corpus/blind27/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind28/gold --docs corpus/blind28/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind29/gold --docs corpus/blind29/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind30/gold --docs corpus/blind30/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind31/gold --docs corpus/blind31/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind32/gold --docs corpus/blind32/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind33/gold --docs corpus/blind33/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind34/gold --docs corpus/blind34/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind35/gold --docs corpus/blind35/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind36/gold --docs corpus/blind36/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind37/gold --docs corpus/blind37/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind38/gold --docs corpus/blind38/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind39/gold --docs corpus/blind39/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind40/gold --docs corpus/blind40/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind41/gold --docs corpus/blind41/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind42/gold --docs corpus/blind42/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind43/gold --docs corpus/blind43/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind44/gold --docs corpus/blind44/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind45/gold --docs corpus/blind45/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind46/gold --docs corpus/blind46/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind47/gold --docs corpus/blind47/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind48/gold --docs corpus/blind48/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind49/gold --docs corpus/blind49/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind50/gold --docs corpus/blind50/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind51/gold --docs corpus/blind51/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind52/gold --docs corpus/blind52/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind53/gold --docs corpus/blind53/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind54/gold --docs corpus/blind54/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind55/gold --docs corpus/blind55/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind56/gold --docs corpus/blind56/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind57/gold --docs corpus/blind57/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind58/gold --docs corpus/blind58/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind59/gold --docs corpus/blind59/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind60/gold --docs corpus/blind60/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind61/gold --docs corpus/blind61/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind62/gold --docs corpus/blind62/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind63/gold --docs corpus/blind63/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind64/gold --docs corpus/blind64/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind65/gold --docs corpus/blind65/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind66/gold --docs corpus/blind66/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind67/gold --docs corpus/blind67/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind68/gold --docs corpus/blind68/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind69/gold --docs corpus/blind69/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind70/gold --docs corpus/blind70/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind71/gold --docs corpus/blind71/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind72/gold --docs corpus/blind72/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind73/gold --docs corpus/blind73/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind74/gold --docs corpus/blind74/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind75/gold --docs corpus/blind75/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind76/gold --docs corpus/blind76/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind77/gold --docs corpus/blind77/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind78/gold --docs corpus/blind78/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind79/gold --docs corpus/blind79/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind80/gold --docs corpus/blind80/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind81/gold --docs corpus/blind81/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind82/gold --docs corpus/blind82/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind83/gold --docs corpus/blind83/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind84/gold --docs corpus/blind84/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind85/gold --docs corpus/blind85/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind86/gold --docs corpus/blind86/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind87/gold --docs corpus/blind87/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind88/gold --docs corpus/blind88/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind89/gold --docs corpus/blind89/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind90/gold --docs corpus/blind90/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind91/gold --docs corpus/blind91/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind93/gold --docs corpus/blind93/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'
	$(SCORE) --gold corpus/blind92/gold --docs corpus/blind92/docs --per-doc --cmd '$(NOTICES) parse {path} --format json'

bench: setup
	$(BIN)/python bench/run.py

# the regression guard (under 2 minutes): text and PDF parse, 100 notices indexed into SQLite and
# PostgreSQL, every command's start-up; ends with each figure's ratio to its target
bench-quick: setup
	$(BIN)/python bench/run.py --only machine --only parse-text --only parse-pdf --only index --only startup \
		--rounds 2 --index-notices 100 --startup-runs 1 --scale-dir /tmp/notices-scale-100

fixtures: setup
	$(BIN)/python scripts/make_fixtures.py
