"""Building blocks for the evaluation corpus of ``mentordocs lint``.

The corpus is written from the law and the domain notes (``/work/shared/domain.md`` §§ 2, 6-10 and
the seed texts), never from the linter's code, so it can measure the linter honestly. One seeded
:class:`random.Random` drives every choice, so the same ``(count, seed)`` gives the same files.

Public surface (used by ``scripts/make_corpus.py``, ``scripts/make_samples.py`` and the tests):

- :func:`corpusgen.corpus.build.build_corpus` -- write N labelled documents plus hostile files and a manifest.
- :func:`corpusgen.corpus.manifest.read_manifest` / :data:`corpusgen.corpus.manifest.RULES` -- the ground truth.
"""
