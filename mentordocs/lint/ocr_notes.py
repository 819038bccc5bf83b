"""What a report says about pages read with OCR.

Every finding from an OCR'd page carries ``ocr`` and the page's mean confidence, because a
"missing" field there may be a misread one; a page read with low confidence gets a
``low-ocr-confidence`` warning of its own rather than silence. The confidence floor lives in
:mod:`mentordocs.lint.readers.ocr`.
"""

from __future__ import annotations

import statistics
from dataclasses import replace
from typing import Collection, Optional

from mentordocs.lint.model import Finding, Location, Severity
from mentordocs.lint.readers._errors import message
from mentordocs.lint.readers.ocr import CONFIDENCE_FLOOR

#: The warning for a page read with low OCR confidence. Not a rule of the pack (it says how
#: well the page was read, not what the document lacks), but --select/--ignore accept it.
LOW_OCR_CONFIDENCE = "low-ocr-confidence"


def annotate(findings: list[Finding], ocr_pages: dict[int, float], lang: str, *,
             select: Optional[Collection[str]] = None,
             ignore: Collection[str] = ()) -> list[Finding]:
    """``findings`` marked with the OCR confidence of their page, plus a ``low-ocr-confidence``
    warning for each page under the floor. A finding without a page (a missing field) counts as
    from the OCR'd pages, with their mean confidence."""
    if not ocr_pages:
        return findings
    overall = round(statistics.fmean(ocr_pages.values()), 1)
    marked = []
    for finding in findings:
        page = finding.location.page
        if page is None:
            marked.append(replace(finding, ocr=True, ocr_confidence=overall))
        elif page in ocr_pages:
            marked.append(replace(finding, ocr=True, ocr_confidence=ocr_pages[page]))
        else:
            marked.append(finding)
    wanted = (select is None or LOW_OCR_CONFIDENCE in select) and LOW_OCR_CONFIDENCE not in ignore
    if wanted:
        for page, confidence in sorted(ocr_pages.items()):
            if confidence < CONFIDENCE_FLOOR:
                marked.append(Finding(
                    rule=LOW_OCR_CONFIDENCE, severity=Severity.WARNING,
                    message=message(LOW_OCR_CONFIDENCE, lang, page=page,
                                    confidence=_percent(confidence)),
                    location=Location(page=page), ocr=True, ocr_confidence=confidence))
    return marked


def ocr_note(finding: Finding, lang: str) -> str:
    """The note a text or HTML report puts beside a finding from an OCR'd page."""
    return message("ocr-note", lang, confidence=_percent(finding.ocr_confidence))


def _percent(confidence: Optional[float]) -> str:
    return "?" if confidence is None else f"{confidence:.0f}"
