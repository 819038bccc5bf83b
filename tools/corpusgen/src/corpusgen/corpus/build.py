"""Assemble a corpus: draw each document's kind, defects, layout and format from a seeded RNG,
write it into ``<unit>/<year>/`` like a real archive, add the hostile files and the manifest.
"""

from __future__ import annotations

import random
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Optional

from . import vocab
from .content import DocSpec, build_spec
from .hostile import build_hostile
from .layouts import LAYOUTS, render
from .manifest import write_manifest
from .writers import convert_to_pdf, write_docx, write_html, write_odt, write_txt

FORMATS = ("docx", "pdf", "odt", "html", "txt")
FORMAT_WEIGHTS = {"docx": 30, "pdf": 20, "odt": 15, "html": 15, "txt": 20}
KIND_WEIGHTS = [("agreement", "agreement", 58), ("minplan", "minplan", 15),
                ("decision", "grant", 8), ("decision", "refusal", 5), ("decision", "extension", 6),
                ("decision", "end", 5), ("unknown", "leaflet", 3)]
YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
YEAR_WEIGHTS = [3, 4, 5, 6, 8, 10, 12, 16, 18]


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFC", text.lower())
    text = re.sub(r"[^0-9a-zæøå]+", "-", text).strip("-")
    return text[:40]


def _file_stem(spec: DocSpec, rng: random.Random, n: int) -> str:
    """Archive-like names: some with spaces and Danish letters, never with a CPR number."""
    what = {"agreement": "mentoraftale", "minplan": "minplan-mentor", "decision": spec.subtype,
            "unknown": "info"}[spec.kind]
    if spec.kind == "decision":
        what = {"grant": "afgoerelse-bevilling", "refusal": "afslag", "extension": "forlaengelse",
                "end": "ophoer"}[spec.subtype]
    style = rng.randrange(3)
    if style == 0:
        return f"{what}_{spec.citizen_first.lower()}_{n:04d}"
    if style == 1:
        return f"{_slug(spec.title)}-{n:04d}"
    # titles such as "Min Plan: Mentor (§ 167 …)" hold characters Windows forbids in names
    title = re.sub(r'\(.*?\)|[<>:"/\\|?*§]+', "", spec.title).strip()
    title = re.sub(r"\s+", " ", title)[:60].strip()
    return f"{title} - {spec.citizen_first} ({n:04d})"


def make_document(rng: random.Random, n: int, formats: Iterable[str],
                  kind: Optional[str] = None, subtype: Optional[str] = None,
                  defects: Optional[set[str]] = None, layout: Optional[str] = None,
                  fmt: Optional[str] = None, unit: Optional[str] = None,
                  year: Optional[int] = None, force: Optional[dict] = None):
    """Draw (or take) every choice for one document; returns (spec, rendered, format, relpath)."""
    if kind is None:
        kind, subtype, _ = rng.choices(KIND_WEIGHTS, weights=[w for *_, w in KIND_WEIGHTS])[0]
    subtype = subtype or kind
    unit = unit or rng.choice(vocab.UNITS)
    year = year or rng.choices(YEARS, weights=YEAR_WEIGHTS)[0]
    spec = build_spec(rng, kind, subtype, unit, year, defects, force)
    rendered = render(spec, rng, layout or rng.choice(LAYOUTS[kind]))
    formats = list(formats)
    fmt = fmt or rng.choices(formats, weights=[FORMAT_WEIGHTS[f] for f in formats])[0]
    rel = f"{unit}/{year}/{_file_stem(spec, rng, n)}.{fmt}"
    return spec, rendered, fmt, rel


def write_document(root: Path, spec: DocSpec, rendered, fmt: str, rel: str, rng: random.Random,
                   pdf_jobs: list, staging: Path) -> dict[str, Any]:
    """Write one file (PDFs are queued for the batch conversion) and return its manifest entry."""
    target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    encoding = None
    if fmt == "docx":
        write_docx(rendered, target, rng)
    elif fmt == "pdf":
        src = staging / f"{len(pdf_jobs):05d}.docx"
        write_docx(rendered, src, rng)
        pdf_jobs.append((src, target))
    elif fmt == "odt":
        write_odt(rendered, target, rng)
    elif fmt == "html":
        write_html(rendered, target, rng)
    elif fmt == "txt":
        encoding = write_txt(rendered, target, rng)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    entry: dict[str, Any] = {
        "path": rel, "format": fmt, "kind": spec.kind, "subtype": spec.subtype,
        "layout": rendered.layout, "rules": sorted(spec.rules), "extras": sorted(spec.extras),
        "error": None, "accept_errors": [], "hostile": False,
        "must_not_contain": _secret_forms(spec.secrets), "traits": spec.traits,
        "period": None,
        # the label each field was written under (layouts may show a question instead)
        "labels": {f.key: f.label for f in spec.fields},
    }
    if encoding:
        entry["encoding"] = encoding
    if rendered.options.get("ocr"):
        entry["traits"] = entry["traits"] + ["ocr-damaged"]
    if rendered.options.get("mentor_box") and fmt in ("docx", "pdf"):
        entry["traits"] = entry["traits"] + ["mentor-in-text-box"]
    if spec.period and spec.period.start:
        entry["period"] = {"start": spec.period.start.isoformat(),
                           "end": spec.period.end.isoformat() if spec.period.end else None,
                           "months": spec.period.months, "note": spec.period.note,
                           "over": spec.period.over}
    return entry


def _secret_forms(cprs: list[str]) -> list[str]:
    """A CPR number must not appear in any spelling: with hyphen, space or no separator."""
    out: list[str] = []
    for cpr in cprs:
        digits = re.sub(r"\D", "", cpr)
        out += [f"{digits[:6]}-{digits[6:]}", digits, f"{digits[:6]} {digits[6:]}"]
    return out


def build_corpus(root: Path, count: int, seed: int, formats: Iterable[str] = FORMATS,
                 hostile: bool = True) -> list[dict[str, Any]]:
    """Write ``count`` labelled documents (plus hostile files) under ``root``; return the manifest.

    Document ``n`` depends only on ``(seed, n)``, so a larger corpus extends a smaller one.
    """
    formats = [f.strip() for f in formats if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    existed = root.exists()
    root.mkdir(parents=True, exist_ok=True)
    entries: list[dict[str, Any]] = []
    pdf_jobs: list[tuple[Path, Path]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="corpus-stage-") as tmp:
            staging = Path(tmp)
            for n in range(count):
                rng = random.Random(f"mentordocs-corpus:{seed}:{n}")
                spec, rendered, fmt, rel = make_document(rng, n, formats)
                entries.append(write_document(root, spec, rendered, fmt, rel, rng, pdf_jobs,
                                              staging))
            convert_to_pdf(pdf_jobs)
        if hostile:
            entries += build_hostile(root)
        write_manifest(root, entries)
    except BaseException:
        # no half-written corpus without a manifest: remove what this call created
        if not existed:
            shutil.rmtree(root, ignore_errors=True)
        raise
    return entries


def clean_output_dir(root: Path) -> None:
    """Remove a previous corpus, but only one that we made (it has our manifest)."""
    if not root.exists():
        return
    if not (root / "EXPECTED.jsonl").is_file() and any(root.iterdir()):
        raise FileExistsError(f"{root} is not empty and holds no EXPECTED.jsonl; refusing to "
                              f"overwrite it. Choose an empty or new --out directory.")
    shutil.rmtree(root)
