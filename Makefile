# The two front-door commands (see README):
#   make demo   set up everything, then generate every document for the sample cases and lint the sample archive
#   make test   set up everything, then run the whole test suite (LibreOffice and Chromium tests included)
# Set-up is idempotent: system packages via apt-get (needs root or sudo), Python packages into .venv.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
APT_PACKAGES := python3 python3-venv libreoffice-writer-nogui fonts-crosextra-carlito \
                fonts-crosextra-caladea fonts-dejavu-core fontconfig chromium poppler-utils \
                tesseract-ocr-dan tesseract-ocr-osd python3-uno

.PHONY: demo test test-fast setup system-packages python-packages bench clean

demo: setup
	$(BIN)/mentordocs demo --out out/

test: setup
	$(BIN)/pytest -n auto

# The quick loop: no LibreOffice/Chromium tests, and not the test tools' own tests (tests/corpusgen).
test-fast: setup
	$(BIN)/pytest -n auto -m "not slow and not corpusgen"

setup: system-packages python-packages

system-packages:
	@if command -v soffice >/dev/null && command -v chromium >/dev/null && command -v pdftotext >/dev/null \
	    && fc-list 2>/dev/null | grep -q Carlito && $(PYTHON) -c 'import ensurepip' 2>/dev/null \
	    && /usr/bin/python3 -c 'import uno' 2>/dev/null \
	    && ls /usr/share/tesseract-ocr/*/tessdata/dan.traineddata >/dev/null 2>&1; then \
	  echo "system packages present"; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	fi

python-packages: $(STAMP)

# tools/corpusgen: the test tools (corpus writers), a separate package that the `test` extra cannot
# name by path portably, so it is installed here, next to mentordocs.
$(STAMP): pyproject.toml tools/corpusgen/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pip install -q -e tools/corpusgen
	touch $(STAMP)

bench: setup
	$(BIN)/python scripts/bench_generate.py
	$(BIN)/python scripts/bench_lint.py

clean:
	rm -rf $(VENV) out .pytest_cache .mentordocs-cache
