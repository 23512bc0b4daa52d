# Routine tasks. Each target creates .venv and installs what it needs on first use: the bot
# alone for `make run`, the test tools too for `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed-test

.PHONY: run test lint typecheck msgfmt-check locales catalogs bench diagram review clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# setuptools warns at every editable install that folders named like the packages may shadow
# them on import; here those folders are the packages (a flat layout), so the note is noise.
QUIET_EDITABLE := PYTHONWARNINGS="ignore:Editable installation"

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(QUIET_EDITABLE) $(BIN)/python -m pip install --quiet -e .
	touch $(RUN_STAMP)

$(STAMP): pyproject.toml $(RUN_STAMP)
	$(QUIET_EDITABLE) $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compile the message catalogs (.po -> .mo); the .mo files are build output, never edited.
# Quiet unless something fails.
catalogs: $(RUN_STAMP)
	$(BIN)/pybabel -q compile --domain messages --directory locales

run: catalogs
	$(BIN)/sjogren-bot

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) catalogs lint typecheck msgfmt-check
	$(BIN)/python -m pytest

# gettext's own check of every catalog (formats, plural forms, headers), where gettext is
# installed; .ci/run installs it. dennis and Babel's checks run in the test suite either way.
msgfmt-check:
	@if command -v msgfmt >/dev/null; then \
		for po in locales/*/LC_MESSAGES/messages.po; do msgfmt --check -o /dev/null $$po || exit 1; done; \
		echo "msgfmt --check: every catalog passed"; \
	else echo "msgfmt not installed: gettext's own check not run (apt-get install gettext)"; fi

# Extract messages from the code, update every catalog, compile them.
locales: $(RUN_STAMP)
	$(BIN)/pybabel extract
	$(BIN)/pybabel update
	$(BIN)/python -m locales.catalogs fill-english
	$(BIN)/pybabel compile --domain messages --directory locales --statistics

diagram: $(RUN_STAMP)
	$(BIN)/sjogren-bot diagram

bench: $(STAMP) catalogs
	$(BIN)/python benchmarks/run.py

# Browse a review copy with Datasette (installs the optional extra): make review COPY=review.db
review: $(RUN_STAMP)
	$(QUIET_EDITABLE) $(BIN)/python -m pip install --quiet -e '.[review]'
	$(BIN)/sjogren-bot review $(COPY)

clean:
	rm -rf $(VENV) build *.egg-info
	find locales -name '*.mo' -delete
