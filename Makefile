# cxlab — the two commands: `make lab` opens the workbook, `make test` runs every test.
# Both create .venv and install the project into it first (nothing else is needed).

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.cxlab-installed
LAB_PORT ?= 8888
LAB_ARGS ?=
LAB_LANG ?= zh
OFFLINE ?=
WHEELHOUSE ?= wheelhouse
PIP_FROM := $(if $(OFFLINE),--no-index --find-links $(OFFLINE))
comma := ,
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: lab test test-e2e lint docs notebooks student handouts bench venv wheelhouse clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "cxlab needs Python 3.11 or newer: set PYTHON=python3.11 (or newer)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(if $(OFFLINE),,$(PY) -m pip install --quiet --upgrade pip)
	$(PY) -m pip install --quiet $(PIP_FROM) -e '.[lab$(if $(OFFLINE),,$(comma)test)]'
	$(PY) -c 'import matplotlib.font_manager'  # build the font cache now, not inside a notebook
	$(PY) tools/lab_settings.py zh  # Chinese interface, no news pop-up (make lab LAB_LANG=en for English)
	touch $(STAMP)

venv: $(STAMP)

lab: $(STAMP)  ## start JupyterLab on notebooks/ (zh and en editions); LAB_LANG=en for an English interface
	$(PY) tools/lab_settings.py $(LAB_LANG)
	$(VENV)/bin/jupyter lab --ServerApp.root_dir=notebooks --ServerApp.port=$(LAB_PORT) $(ROOT_FLAG) $(LAB_ARGS)

test: $(STAMP)  ## unit tests and strict nbval on every notebook of both editions
	$(PY) -m pytest

test-e2e: $(STAMP)  ## only the real-browser tests (needs Debian's chromium: apt-get install chromium)
	$(PY) -m pytest tests/test_e2e.py tests/test_classroom_e2e.py

lint: $(STAMP)  ## ruff over the package, tests, tools and generators
	$(VENV)/bin/ruff check .

$(VENV)/.cxlab-docs: $(STAMP)
	$(PY) -m pip install --quiet $(PIP_FROM) -e '.[docs]'
	touch $@

docs: $(VENV)/.cxlab-docs  ## the documentation site in build/docs/html (Sphinx; any warning fails the build)
	$(PY) tools/docs.py

notebooks: $(STAMP)  ## rebuild both editions from notebooks/src and store fresh outputs
	$(PY) tools/build_notebooks.py

student: $(STAMP)  ## student editions (solution cells replaced by prompts) in build/student
	$(PY) tools/editions.py student

handouts: $(STAMP)  ## student editions, worksheets, question bank and trainer guide as HTML/XLSX (PDF with chromium) in build/handouts
	$(PY) tools/editions.py handouts
	$(PY) tools/worksheets.py
	$(PY) tools/trainer_guide.py

wheelhouse: $(STAMP)  ## every wheel `make lab` needs, for a room without internet: then make lab OFFLINE=wheelhouse
	$(PY) tools/wheelhouse.py $(WHEELHOUSE)

bench: $(STAMP)  ## speed ratios against baselines measured in the same run
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) build dist test-artifacts $(WHEELHOUSE)
