# Shortcuts for those who type make; each runs the same `uv run` line that works on every system
# (README: Set-up). uv creates .venv from uv.lock on first use.
UV ?= uv

.PHONY: run test lint typecheck workflow lupdate bench package installer installer-check wheel-check lock clean

run:
	$(UV) run supervisor-app --demo

test:
	$(UV) run tasks.py test

lint typecheck workflow lupdate bench package installer installer-check wheel-check:
	$(UV) run tasks.py $@

# Move every locked version to the newest release pyproject.toml allows; run `make test` after.
lock:
	$(UV) lock --upgrade

clean:
	rm -rf .venv build dist *.egg-info resources/translations/*.qm .pytest_cache .mypy_cache .ruff_cache
