# kg: two commands on a fresh machine, with ../shared beside the checkout.
#   make run   set up, then build the bundled corpus into output/
#   make test  set up, then run every test
#   make notebook  the analysis notebook in JupyterLab, on the graph in output/
VENV := .venv
BIN := $(VENV)/bin
SHARED_MODEL := ../shared/models/en_core_web_sm-3.7.1
# The trained spaCy pipeline: the copy in ../shared where there is one, else an installed package.
export KG_SPACY_MODEL ?= $(if $(wildcard $(SHARED_MODEL)/meta.json),$(abspath $(SHARED_MODEL)),en_core_web_sm)
CHROMIUM := /usr/bin/chromium

.PHONY: setup run test bench clean browser notebook notebook-outputs

setup: $(VENV)/.installed

# kg's bytecode is compiled here, as a regular install's is: the editable install leaves it to the first import,
# which writes none where PYTHONDONTWRITEBYTECODE is set
$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m compileall -q kg
	touch $@

# Debian's Chromium, for the browser tests of the HTML view.
browser: $(CHROMIUM)

$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null

run: setup
	$(BIN)/kg build data/articles --out output

test: setup browser
	$(BIN)/python -m pytest

# JupyterLab comes with the 'lab' extra: the tests need only a kernel, an analyst a front-end.
notebook: setup
	$(BIN)/python -m pip install --quiet -e ".[test,lab]"
	cd notebooks && ../$(BIN)/jupyter lab explore.ipynb

# The notebook as it ships: run top to bottom on output/, its tables and plot saved in it.
notebook-outputs: setup
	cd notebooks && ../$(BIN)/jupyter-execute --inplace explore.ipynb

bench: setup
	$(BIN)/python bench/build.py
	$(BIN)/python bench/sparql.py
	$(BIN)/python bench/viewer.py
	$(BIN)/python bench/relations.py

clean:
	rm -rf $(VENV) output/*.ttl output/*.trig output/*.nq output/*.jsonld output/*.jsonl output/*.html output/store
