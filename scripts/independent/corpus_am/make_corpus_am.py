#!/usr/bin/env python3
"""Corpus AM: an archive folder's noise. ~75 % documents that are none of the three kinds but talk about
mentors, goals, periods, hours and appeal; ~25 % real agreements, decision letters and Min Plan entries.

    /work/main/.venv/bin/python make_corpus_am.py --out /work/corpora/am [--seed 5150]

Deterministic for a seed (file bytes of PDFs/ODTs made by LibreOffice carry timestamps; text is stable).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import make_ctx, mail_of, name  # noqa: E402
from content_noise import NOISE  # noqa: E402
from content_real import agreement, decision, minplan  # noqa: E402
from render import (Doc, move, soffice_convert, to_docx, to_eml, to_html, to_pdf_rl,  # noqa: E402
                    to_txt)

CPR_NOISE = {"klage", "genvurdering", "ankestyrelsen_afg", "aktindsigt", "journalnotat"}

REAL = [  # (builder, defect, layout, format)
    (agreement, "clean", "table", "docx"), (agreement, "clean", "headings", "pdf-lo"),
    (agreement, "clean", "letter", "txt"), (agreement, "hours", "table", "html"),
    (agreement, "over6", "headings", "pdf-rl"), (agreement, "unclear", "letter", "docx"),
    (agreement, "mentor", "table", "odt"), (agreement, "tasks", "headings", "txt"),
    (agreement, "follow", "letter", "pdf-rl"), (agreement, "appeal", "table", "docx"),
    (agreement, "clean", "letter", "pdf-lo"), (agreement, "hours", "headings", "html"),
    (decision, "clean", "letter", "docx"), (decision, "clean", "letter", "pdf-lo"),
    (decision, "partial", "letter", "pdf-rl"), (decision, "refusal", "letter", "odt"),
    (decision, "noappeal", "letter", "txt"), (decision, "weakappeal", "letter", "html"),
    (decision, "over6", "letter", "docx"), (decision, "wrongroute", "letter", "pdf-rl"),
    (decision, "refusal-noreason", "letter", "pdf-lo"), (decision, "regrant", "letter", "docx"),
    (minplan, "clean", "table", "html"), (minplan, "clean", "table", "html"),
    (minplan, "hours", "table", "pdf-rl"), (minplan, "mentor", "table", "txt"),
    (minplan, "over6", "table", "html"), (minplan, "unclear", "table", "pdf-rl"),
    (minplan, "clean", "table", "txt"), (minplan, "hours", "table", "docx"),
]

FOLDERS = ["Mentor/2025", "Mentor/2026", "Mentor/Diverse", "Mentor/2026/Klager", "Mentor/Leverandører"]
SLUG = {"agreement": "aftale", "decision": "afgoerelse", "minplan": "minplan-udskrift"}
EXT = {"docx": "docx", "pdf-lo": "pdf", "pdf-rl": "pdf", "html": "html", "txt": "txt", "eml": "eml", "odt": "odt"}


def build(seed: int) -> list[tuple[Doc, str]]:
    rng = random.Random(seed)
    items: list[tuple[Doc, str]] = []
    for builder, formats in NOISE:
        for fmt in formats:
            c = make_ctx(rng, with_cpr=builder.__name__ in CPR_NOISE and rng.random() < 0.8)
            doc = builder(c)
            if fmt == "eml":
                doc.mail_from = f"{c.caseworker} <{mail_of(c.caseworker, c.kom_domain)}>"
                rcpt = name(rng)
                doc.mail_to = f"{rcpt} <{mail_of(rcpt, c.provider_domain)}>"
                doc.mail_date = datetime(c.letter_date.year, c.letter_date.month, c.letter_date.day, 10, 5,
                                         tzinfo=timezone.utc)
                if rng.random() < 0.5:
                    doc.quoted = [f"Den {c.letter_date.day}.{c.letter_date.month}.{c.letter_date.year} skrev {name(rng)}:",
                                  "> Hej, kan du sende det seneste om mentor? Vi skal bruge det til",
                                  "> teammødet. Mentor 3 timer om ugen, periode 1.3-31.8.",
                                  "> Mvh"]
            items.append((doc, fmt))
    for builder, defect, layout, fmt in REAL:
        c = make_ctx(rng, with_cpr=rng.random() < 0.45)
        items.append((builder(c, defect, layout), fmt))
    order = list(range(len(items)))
    rng.shuffle(order)
    return [items[i] for i in order]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=5150)
    args = ap.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(args.seed + 1)
    stage = Path(tempfile.mkdtemp(prefix="am_stage_"))
    to_convert: dict[str, list[tuple[Path, Path]]] = {"pdf": [], "odt": []}
    manifest = []
    for i, (doc, fmt) in enumerate(build(args.seed)):
        slug = SLUG.get(doc.kind, doc.subtype)
        rel = f"{rng.choice(FOLDERS)}/{i:03d}-{slug}.{EXT[fmt]}"
        dst = out / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "docx":
            to_docx(doc, dst)
        elif fmt in ("pdf-lo", "odt"):
            src = stage / f"d{i:03d}.docx"
            to_docx(doc, src)
            to_convert["pdf" if fmt == "pdf-lo" else "odt"].append((src, dst))
        elif fmt == "pdf-rl":
            to_pdf_rl(doc, dst, footer=("Fortroligt – indeholder personoplysninger" if doc.cpr else doc.title))
        elif fmt == "html":
            dst.write_text(to_html(doc), encoding="utf-8")
        elif fmt == "txt":
            style = rng.choice(["plain", "wrap", "markdown"])
            dst.write_text(to_txt(doc, wrap=76 if style == "wrap" else 0, markdown=style == "markdown"),
                           encoding="utf-8")
        elif fmt == "eml":
            dst.write_bytes(to_eml(doc))
        entry = {"path": rel, "format": EXT[fmt], "kind": doc.kind, "subtype": doc.subtype, "layout": doc.layout,
                 "rules": sorted(doc.rules), "extras": sorted(doc.extras), "error": None, "accept_errors": [],
                 "must_not_contain": [x for x in doc.cpr if x], "traits": doc.traits + [f"writer:{fmt}"]}
        if doc.period:
            entry["period"] = doc.period
        manifest.append(entry)
    profile = "/tmp/lo_am_profile"
    for target, pairs in to_convert.items():
        soffice_convert([s for s, _ in pairs], target, stage / target, profile)
        for src, dst in pairs:
            move(stage / target / (src.stem + "." + target), dst)
    shutil.rmtree(stage, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(manifest, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(manifest)} documents written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
