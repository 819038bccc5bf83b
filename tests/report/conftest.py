"""A fixed set of lint results that every report test renders.

Built from the real data model so the reporters see exactly what the engine produces. It holds
what reports must get right: Danish letters, a CPR number that slipped into evidence and a path
(must come out masked), a read error, a waived finding, text that looks like a spreadsheet
formula or HTML, unit/year folders and a file outside them.
"""

from __future__ import annotations

import hashlib

import pytest

from mentordocs.lint.model import ErrorCode, FileResult, Finding, Location, ReadError, Severity
from mentordocs.report import ReportContext, RuleInfo

ROOT = "samples/agreements"


def sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


RULES = [
    RuleInfo("missing-goal", "error", "Aftalen angiver ikke målet med mentorstøtten.", "goal",
             "BAB § 52, nr. 1; Gribskov kvalitetsstandard, punkt 1",
             "## Hvad den tjekker\nAt aftalen har et mål.\n\n## Hvorfor\nBAB § 52.", "Målet mangler"),
    RuleInfo("missing-appeal-guidance", "error", "Aftalen mangler klagevejledning.",
             "appeal_guidance", "Forvaltningsloven § 25; LAB § 204",
             "## Hvad den tjekker\nKlagevejledning med klageinstans og frist.",
             "Klagevejledning mangler"),
    RuleInfo("duration-over-6-months", "error", "Perioden er længere end 6 måneder.", "duration",
             "LAB § 167, stk. 1", "## Hvad den tjekker\nHøjst 6 måneder.", "Perioden er over 6 måneder"),
    RuleInfo("unclear-goal", "warning", "Målet peger ikke på job eller uddannelse.", "goal",
             "STAR vejledning 2019", "## Hvad den tjekker\nEt klart mål.", "Målet er uklart"),
    RuleInfo("missing-hours", "error", "Aftalen angiver ikke timetallet.", "hours",
             "BAB § 52, nr. 5", "", "Timetallet mangler"),
]


def sample_results() -> list[FileResult]:
    return [
        FileResult(path=f"{ROOT}/job-og-helbred/2025/aftale-01.docx", kind="agreement",
                   sha256=sha("01")),
        FileResult(
            path=f"{ROOT}/job-og-helbred/2025/aftale-02.docx", kind="agreement", sha256=sha("02"),
            findings=[
                Finding("missing-appeal-guidance", Severity.ERROR,
                        "Klagevejledning mangler: ingen klageinstans og ingen frist.",
                        field="appeal_guidance", evidence="Du kan klage over afgørelsen.",
                        location=Location(page=2, paragraph=14),
                        fix="Tilføj klagevejledning: klag til kommunen inden 4 uger."),
                Finding("unclear-goal", Severity.WARNING,
                        "Målet beskriver en aktivitet, ikke et resultat.", field="goal",
                        evidence="Støtte til at få struktur på hverdagen (Søren, CPR 010190-1234)",
                        location=Location(page=1, paragraph=3)),
            ]),
        FileResult(
            path=f"{ROOT}/ungeenheden/2024/aftale-2024-07.pdf", kind="agreement", sha256=sha("07"),
            findings=[
                Finding("duration-over-6-months", Severity.ERROR,
                        "Perioden er 9 måneder; højst 6 måneder (LAB § 167, stk. 1).",
                        field="duration",
                        evidence="=HYPERLINK(\"http://x\") 01.03.2024 – 30.11.2024",
                        location=Location(page=1)),
            ],
            waived=[
                Finding("missing-hours", Severity.ERROR, "Timetallet er ikke angivet.",
                        field="hours", evidence=None, location=Location(paragraph=9)),
            ]),
        FileResult(path=f"{ROOT}/ungeenheden/2024/scannet-aftale.pdf", kind="unknown",
                   sha256=sha("scan"),
                   error=ReadError(ErrorCode.NO_TEXT,
                                   "PDF'en har intet tekstlag; kør OCR (tekstgenkendelse) først.")),
        FileResult(
            path=f"{ROOT}/ungeenheden/2023/0101901234 Åse <script>.txt", kind="minplan",
            sha256=sha("aase"),
            findings=[
                Finding("missing-goal", Severity.ERROR, "Målet med mentorstøtten mangler.",
                        field="goal", evidence="-", location=Location(paragraph=2)),
            ]),
        FileResult(path=f"{ROOT}/løse/afgørelse.html", kind="decision", sha256=sha("afg")),
    ]


@pytest.fixture
def results() -> list[FileResult]:
    return sample_results()


@pytest.fixture
def context_factory():
    def make(fmt: str, **kw) -> ReportContext:
        extra = kw.pop("extra", {})
        extra.setdefault("roots", [ROOT])
        return ReportContext(format=fmt, rules=RULES, rule_pack="default", extra=extra,
                             tool_version="0.1.0", **kw)
    return make
