"""Test tools for mentordocs: labelled corpora that measure ``mentordocs lint``.

- :mod:`corpusgen.corpus`: the project's generator (``scripts/make_corpus.py``), the manifest format
  (``EXPECTED.jsonl``) and the scorer (``scripts/evaluate.py``).
- :mod:`corpusgen.redteam`: an independent second writer (``scripts/make_redteam_corpus.py``).

Installed for development with ``pip install -e tools/corpusgen`` (the Makefile does it).
"""
