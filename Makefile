# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: run test lint typecheck translations lupdate bench package clean

run: $(STAMP) $(QM)
	$(PY) -m supervisor_app --demo

test: $(STAMP) $(QM) lint typecheck
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(BIN)/ruff check supervisor_app tests bench
	$(BIN)/ruff format --check supervisor_app tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

translations: $(QM)

# Re-extract user-visible strings into the .ts sources after changing the UI.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find supervisor_app -name '*.py' | sort) -ts $(TS) -no-obsolete

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) bench/all.py

# The installable app (dist/supervisor-app/, or dist/Supervisor App.app on macOS); see build.spec.
package: $(PACKAGE_STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $@

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm .pytest_cache .mypy_cache .ruff_cache
