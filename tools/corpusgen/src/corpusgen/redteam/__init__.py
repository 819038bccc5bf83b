"""Red-team corpus for ``mentordocs lint``: an independent second writer.

Builds agreements, Min Plan entries, decision letters and unrelated documents in styles that
real Danish case-management systems and caseworkers produce, with ground truth written in the
format of :mod:`corpusgen.corpus.manifest` so ``scripts/evaluate.py`` can score it.

Modules: :mod:`.dates` (Danish periods and the 6-month arithmetic), :mod:`.content` (what a
document says and which rules it must trigger), :mod:`.render` (docx/odt/html/txt writers),
:mod:`.hostile` (files that must be refused cleanly).
"""
