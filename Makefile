# Two commands do all set-up on a fresh machine:
#   make run    create .venv, install, start the dashboard on the bundled corpus
#   make test   install dev dependencies + Debian's chromium and Arabic fonts, lint, run the whole suite (CI)
# and, for everyday work:
#   make test-fast   no browser, no load test, nothing marked slow (under a minute)
# Both install the project itself editable (pyproject.toml), so `analysis` and `ui` import from anywhere.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test test-fast lint system-deps bench evaluate clean

# pyproject.toml is a prerequisite so an existing .venv gets the editable install too.
$(VENV)/.runtime: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime
	$(PY) -m streamlit run app.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

# Debian's chromium drives the browser tests (never a downloaded browser); Noto gives Arabic glyphs.
system-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Naskh Arabic"; then \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-noto-core >/dev/null; \
	fi

# ruff and mypy are configured in pyproject.toml.
lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m mypy

# Two workers (pytest-xdist): the browser and load tests, in order, on one (tests/conftest.py's
# scheduler keeps them together); everything else on the other meanwhile.  Plain `pytest` runs
# the same tests serially.
test: lint system-deps
	$(PY) -m pytest -n 2

# no chromium needed: the browser and load tests are deselected, not skipped; two workers, as make test
test-fast: $(VENV)/.dev
	$(PY) -m pytest -n 2 -m "not browser and not slow"

evaluate: $(VENV)/.runtime
	$(PY) -m analysis evaluate

bench: $(VENV)/.dev
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
