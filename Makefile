# The course's commands. Run `make help` for the list.
# Everything runs in a virtual environment made here (.venv) from requirements*.txt.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
.PHONY: help lab test lesson lint report clean fix-notebooks setup setup-dev

help:  ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

$(VENV)/.python-ok:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "The course needs Python 3.11 or newer; this is " + sys.version.split()[0] + ". Run: make PYTHON=python3.12 ...")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	touch $@

# PYTHONWARNINGS: setuptools' boxed note on editable installs says nothing a learner can act on.
$(VENV)/.installed: $(VENV)/.python-ok requirements.txt pyproject.toml
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet -r requirements.txt -e .
	$(PY) -m coursekit setup
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed  ## make the environment a learner needs

setup-dev: $(VENV)/.installed-dev  ## ... plus what the tests need

lab: setup  ## set up, then open the course in JupyterLab (localhost only, with a token)
	$(PY) -m coursekit lab

# Every stage runs even when one fails; all failures are listed at the end (tools/stages.py).
test: setup-dev  ## set up, then run every test: units, both notebook modes, hygiene, browser
	$(PY) tools/stages.py all

lesson: setup-dev  ## one lesson's attempts, hygiene, ruff and both notebook modes: make lesson N=12
	@test -n "$(N)" || { echo "Which lesson? make lesson N=12"; exit 2; }
	$(PY) tools/stages.py lesson $(N)

# Linux cgroups, as root: says why and skips elsewhere. LOAD busy loops run outside the quota.
.PHONY: quota-test
quota-test: setup-dev  ## one lesson's attempts under a 0.1 CPU quota: make quota-test LESSON=05 [LOAD=2 REPEAT=10]
	@test -n "$(LESSON)" || { echo "Which lesson? make quota-test LESSON=05"; exit 2; }
	$(PY) tools/under_quota.py --cpu 0.1 --load $(or $(LOAD),0) --repeat $(or $(REPEAT),1) \
		-- $(PY) tools/attempts.py $(LESSON)

lint:  setup-dev ## ruff on the package, lessons, tests and notebooks
	$(PY) -m ruff check .

report: setup  ## the broken vs fixed figures of the latest check runs
	$(PY) -m coursekit report

# Minutes, not seconds, and PyPI needed: not part of `make test`.
.PHONY: binder-test
binder-test: setup-dev  ## build Binder's environment without Docker (tools/binder_env.py); pip check, extensions
	$(PY) tools/binder_env.py

fix-notebooks: setup  ## strip outputs, refresh navigation and the README lesson table
	$(PY) tools/course_files.py fix

clean:  ## remove the environment, caches and test artefacts (not your exercises, not backups/)
	rm -rf $(VENV) .venv-* .course/results.json .pytest_cache .ruff_cache build
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
