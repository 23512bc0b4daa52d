# Routine tasks. Each target creates .venv and installs what it needs on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck msgfmt-check locales catalogs bench diagram clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compile the message catalogs (.po -> .mo); the .mo files are build output, never edited.
catalogs: $(STAMP)
	$(BIN)/pybabel compile --domain messages --directory locales --statistics

run: catalogs
	$(BIN)/sjogren-bot

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

test: catalogs lint typecheck msgfmt-check
	$(BIN)/python -m pytest

# gettext's own check of every catalog (formats, plural forms, headers), where gettext is
# installed; .ci/run installs it. dennis and Babel's checks run in the test suite either way.
msgfmt-check:
	@if command -v msgfmt >/dev/null; then \
		for po in locales/*/LC_MESSAGES/messages.po; do msgfmt --check -o /dev/null $$po || exit 1; done; \
		echo "msgfmt --check: every catalog passed"; \
	else echo "msgfmt not installed: gettext's own check not run (apt-get install gettext)"; fi

# Extract messages from the code, update every catalog, compile them.
locales: $(STAMP)
	$(BIN)/pybabel extract
	$(BIN)/pybabel update
	$(BIN)/python -m locales.catalogs fill-english
	$(BIN)/pybabel compile --domain messages --directory locales --statistics

diagram: $(STAMP)
	$(BIN)/sjogren-bot diagram

bench: catalogs
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info
	find locales -name '*.mo' -delete
