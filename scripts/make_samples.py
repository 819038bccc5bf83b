#!/usr/bin/env python3
"""Build the committed sample archive ``samples/agreements/`` and its ``EXPECTED.jsonl``.

    python scripts/make_samples.py            # rewrite samples/agreements/ (needs LibreOffice)
    python scripts/make_samples.py --out DIR  # somewhere else

A hand-picked mix made with the corpus building blocks: every format and layout, compliant
documents, each defect in at least two forms, the tricky negatives a naive linter gets wrong
(exactly six months, "26 uger", "et halvt år", udskrivningskoordinator, extensions, the 6-month rule
quoted next to a short period, follow-up "hver 3. måned", appeal guidance as prose, hours per month,
mentor contact in the signature or footer) and the hostile files. Every choice has a fixed seed, so
re-running gives the same files.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable

import click
from dateutil.relativedelta import relativedelta

from corpusgen.corpus.build import make_document, write_document
from corpusgen.corpus.dates import Period, fmt_date
from corpusgen.corpus.hostile import build_hostile
from corpusgen.corpus.manifest import write_manifest
from corpusgen.corpus.writers import convert_to_pdf

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "samples" / "agreements"

PeriodMaker = Callable[[random.Random, date], Period]


def _range(months: int, extra_days: int, style: str, over: bool, note: str,
           template: str = "{a} – {b}") -> PeriodMaker:
    def make(rng: random.Random, written: date) -> Period:
        start = (written.replace(day=1) + relativedelta(months=1))
        end = start + relativedelta(months=months) - timedelta(days=1) + timedelta(days=extra_days)
        a, b = fmt_date(start, style), fmt_date(end, style)
        return Period(template.format(a=a, b=b), f"i perioden {a} til {b}", over, start, end,
                      note=note)
    return make


def _length(text: str, months: float, over: bool, note: str) -> PeriodMaker:
    def make(rng: random.Random, written: date) -> Period:
        start = written.replace(day=1) + relativedelta(months=1)
        a = fmt_date(start, "words")
        return Period(f"{text[0].upper()}{text[1:]} fra {a}", f"i {text} fra {a}", over,
                      start=start, months=months, note=note)
    return make


EXACT_SIX = _range(6, 0, "words", False, "exact-six")
EXACT_SIX_DOTS = _range(6, 0, "dots_pad", False, "exact-six")
ONE_DAY_OVER = _range(6, 1, "words", True, "one-day-over")
FOM_TOM_OVER = _range(9, 0, "slash_dash", True, "9-months", "f.o.m. {a} t.o.m. {b}")
FOUR_MONTHS = _range(4, 0, "dots", False, "four-months")
WEEKS_26 = _length("26 uger", 6, False, "26-weeks")
HALF_YEAR = _length("et halvt år", 6, False, "half-year")
NINE_MONTHS = _length("9 mdr.", 9, True, "9-months")
ONE_YEAR = _length("et år", 12, True, "one-year")
FORTY_WEEKS = _length("40 uger", 9.2, True, "40-weeks")
EIGHT_MONTHS = _length("otte måneder", 8, True, "8-months")

# (unit, year, kind, subtype, layout, format, defects, force)
SAMPLES: list[tuple[str, int, str, str, str, str, set[str], dict[str, Any]]] = [
    # --- compliant agreements, with the tricky negatives
    ("job-og-kompetence", 2026, "agreement", "agreement", "headings", "docx", set(),
     {"period_value": EXACT_SIX}),
    ("job-og-kompetence", 2026, "agreement", "agreement", "table", "pdf", set(),
     {"period_value": WEEKS_26}),
    ("job-og-helbred", 2025, "agreement", "agreement", "letter", "docx", set(),
     {"period_value": HALF_YEAR, "appeal_heading": False, "mentor_ok": "name-see-signature",
      "mentor_contact_in": "signature", "you": True}),
    ("job-og-helbred", 2025, "agreement", "agreement", "numbered", "odt", set(),
     {"period": "udskrivning"}),
    ("ungeenheden", 2024, "agreement", "agreement", "qa", "html", set(),
     {"hours": 3, "follow_up": 1}),
    ("integration", 2023, "agreement", "agreement", "bullets", "txt", set(),
     {"period": "max-rule", "period_value": FOUR_MONTHS}),
    ("sygedagpenge", 2019, "agreement", "agreement", "mixed", "docx", set(),
     {"mentor_ok": "name-see-signature", "mentor_contact_in": "footer"}),
    ("job-og-kompetence", 2020, "agreement", "agreement", "label_lines", "pdf", set(),
     {"period_value": EXACT_SIX_DOTS}),
    ("job-og-helbred", 2026, "agreement", "agreement", "headings", "docx", set(),
     {"period": "extension"}),
    ("ungeenheden", 2026, "agreement", "agreement", "letter", "html", set(),
     {"appeal_heading": False, "you": True}),
    # --- one missing field each, in several forms
    ("job-og-kompetence", 2025, "agreement", "agreement", "headings", "docx", {"missing-goal"},
     {"missing_how": "absent"}),
    ("job-og-kompetence", 2024, "agreement", "agreement", "table", "odt", {"missing-goal"},
     {"missing_how": "placeholder"}),
    ("job-og-helbred", 2024, "agreement", "agreement", "letter", "txt", {"missing-mentor"},
     {"mentor": "name-only", "you": True}),
    ("job-og-helbred", 2023, "agreement", "agreement", "table", "html", {"missing-mentor"},
     {"mentor": "contact-only"}),
    ("integration", 2025, "agreement", "agreement", "numbered", "pdf", {"missing-mentor"},
     {"mentor": "absent-or-placeholder", "missing_how": "placeholder"}),
    ("ungeenheden", 2025, "agreement", "agreement", "bullets", "docx", {"missing-tasks"},
     {"missing_how": "absent"}),
    ("ungeenheden", 2022, "agreement", "agreement", "qa", "pdf", {"missing-tasks"},
     {"missing_how": "placeholder"}),
    ("sygedagpenge", 2024, "agreement", "agreement", "letter", "odt", {"missing-duration"},
     {"missing_how": "absent", "you": True}),
    ("sygedagpenge", 2021, "agreement", "agreement", "label_lines", "txt", {"missing-duration"},
     {"missing_how": "placeholder"}),
    ("job-og-kompetence", 2026, "agreement", "agreement", "headings", "html", {"missing-follow-up"},
     {"missing_how": "absent"}),
    ("job-og-helbred", 2022, "agreement", "agreement", "table", "docx", {"missing-follow-up"},
     {"missing_how": "placeholder", "merge": True}),
    ("integration", 2024, "agreement", "agreement", "mixed", "odt", {"missing-hours"},
     {"hours_missing": "vague"}),
    ("integration", 2021, "agreement", "agreement", "numbered", "docx", {"missing-hours"},
     {"hours_missing": "gone", "missing_how": "absent"}),
    ("job-og-kompetence", 2023, "agreement", "agreement", "letter", "docx",
     {"missing-appeal-guidance"}, {"appeal_missing": "incomplete", "you": True}),
    ("job-og-helbred", 2026, "agreement", "agreement", "headings", "pdf",
     {"missing-appeal-guidance"}, {"appeal_missing": "absent"}),
    ("ungeenheden", 2023, "agreement", "agreement", "table", "txt", {"missing-appeal-guidance"},
     {"appeal_missing": "placeholder"}),
    # --- durations over six months, in every way of writing them
    ("job-og-kompetence", 2026, "agreement", "agreement", "headings", "docx",
     {"duration-over-6-months"}, {"period_value": ONE_DAY_OVER}),
    ("job-og-helbred", 2025, "agreement", "agreement", "table", "pdf", {"duration-over-6-months"},
     {"period_value": NINE_MONTHS}),
    ("ungeenheden", 2025, "agreement", "agreement", "letter", "html", {"duration-over-6-months"},
     {"period_value": ONE_YEAR, "you": True}),
    ("sygedagpenge", 2023, "agreement", "agreement", "qa", "odt", {"duration-over-6-months"},
     {"period_value": FORTY_WEEKS}),
    ("integration", 2022, "agreement", "agreement", "bullets", "txt", {"duration-over-6-months"},
     {"period_value": EIGHT_MONTHS}),
    ("job-og-kompetence", 2021, "agreement", "agreement", "label_lines", "docx",
     {"duration-over-6-months"}, {"period_value": FOM_TOM_OVER}),
    # --- unclear goals of each kind (domain.md §6)
    ("job-og-helbred", 2026, "agreement", "agreement", "headings", "docx", {"unclear-goal"},
     {"unclear": "abstract"}),
    ("ungeenheden", 2024, "agreement", "agreement", "table", "html", {"unclear-goal"},
     {"unclear": "activity"}),
    ("integration", 2025, "agreement", "agreement", "letter", "pdf", {"unclear-goal"},
     {"unclear": "not-observable", "you": True}),
    ("sygedagpenge", 2025, "agreement", "agreement", "numbered", "odt", {"unclear-goal"},
     {"unclear": "no-aim"}),
    ("job-og-kompetence", 2024, "agreement", "agreement", "mixed", "docx",
     {"missing-hours", "missing-follow-up", "unclear-goal"},
     {"unclear": "activity", "missing_how": "absent", "hours_missing": "gone"}),
    # --- Min Plan entries (no follow-up or appeal guidance required)
    ("job-og-helbred", 2025, "minplan", "minplan", "table", "docx", set(), {}),
    ("job-og-kompetence", 2026, "minplan", "minplan", "label_lines", "html", {"missing-hours"},
     {"missing_how": "absent", "hours_missing": "gone"}),
    ("ungeenheden", 2025, "minplan", "minplan", "headings", "pdf", {"duration-over-6-months"},
     {"period_value": NINE_MONTHS}),
    ("integration", 2026, "minplan", "minplan", "label_lines", "txt", set(), {}),
    # --- decision letters
    ("job-og-kompetence", 2026, "decision", "grant", "letter", "docx", set(),
     {"period_value": EXACT_SIX, "you": True}),
    ("job-og-helbred", 2024, "decision", "refusal", "letter_headed", "pdf", set(), {"you": True}),
    ("ungeenheden", 2023, "decision", "refusal", "letter", "odt", {"missing-appeal-guidance"},
     {"appeal_missing": "incomplete", "you": True}),
    ("sygedagpenge", 2025, "decision", "extension", "letter_headed", "html", set(), {"you": True}),
    ("integration", 2024, "decision", "extension", "headings", "docx", {"duration-over-6-months"},
     {}),
    ("job-og-helbred", 2026, "decision", "end", "letter", "txt", {"x-missing-reasons"},
     {"you": True}),
    ("job-og-kompetence", 2022, "decision", "end", "headings", "docx", set(), {}),
    # --- a leaflet that lists every field but is no agreement
    ("job-og-kompetence", 2025, "unknown", "leaflet", "headings", "html", set(), {}),
]


def build_samples(out: Path) -> list[dict[str, Any]]:
    """Write every sample and hostile file into ``out``; return the manifest entries."""
    entries: list[dict[str, Any]] = []
    pdf_jobs: list = []
    with tempfile.TemporaryDirectory(prefix="samples-stage-") as tmp:
        for n, (unit, year, kind, subtype, layout, fmt, defects, force) in enumerate(SAMPLES):
            rng = random.Random(f"mentordocs-samples:{n}")
            spec, rendered, fmt, rel = make_document(rng, n, [fmt], kind=kind, subtype=subtype,
                                                     defects=set(defects), layout=layout, fmt=fmt,
                                                     unit=unit, year=year, force=force)
            entries.append(write_document(out, spec, rendered, fmt, rel, rng, pdf_jobs, Path(tmp)))
        convert_to_pdf(pdf_jobs)
    entries += build_hostile(out)
    write_manifest(out, entries)
    return entries


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Where to write the sample archive (replaced).")
def main(out: Path) -> None:
    """Rebuild the committed sample archive."""
    if out.exists():
        if any(out.iterdir()) and not (out / "EXPECTED.jsonl").is_file():
            raise click.UsageError(f"{out} is not empty and holds no EXPECTED.jsonl; refusing to "
                                   f"overwrite it")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    try:
        entries = build_samples(out)
    except RuntimeError as exc:
        raise click.ClickException(str(exc)) from None
    docs = [e for e in entries if not e.get("hostile")]
    click.echo(f"wrote {len(docs)} samples + {len(entries) - len(docs)} hostile files to {out}")


if __name__ == "__main__":
    main()
