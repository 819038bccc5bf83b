#!/usr/bin/env python3
"""Build the red-team corpus: an independent labelled test set for ``mentordocs lint``.

    python scripts/make_redteam_corpus.py --count 320 --seed 11 --out /tmp/redteam
    python scripts/evaluate.py /tmp/redteam --worst 60 --json-out /tmp/redteam-eval.json

Writes documents in docx, odt, html, txt and pdf (a share of the docx converted with one
LibreOffice call) plus a few hostile files, and ``EXPECTED.jsonl`` in the format of
``corpusgen.corpus.manifest``. Deterministic for a given --count/--seed (apart from the
bytes LibreOffice embeds in PDFs).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import click

from corpusgen.corpus.manifest import write_manifest
from corpusgen.redteam import hostile
from corpusgen.redteam.content import build_doc
from corpusgen.redteam.render import write_docx, write_html, write_odt, write_txt

LAYOUTS = ["headings", "bold", "felt", "table2", "table-rowhead", "dense", "form"]


def _layout(rng: random.Random, kind: str, doc) -> str:
    if kind == "minplan" and rng.random() < 0.4:
        return "dense"
    if any(f.checkboxes for f in doc.fields):
        return rng.choice(["form", "table2", "felt"])
    if kind in ("decision", "unknown"):
        return rng.choice(["headings", "bold", "felt"])
    return rng.choice([l for l in LAYOUTS if l not in ("dense", "form")])


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--count", type=int, default=320, show_default=True, help="Ordinary documents.")
@click.option("--seed", type=int, default=11, show_default=True)
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Output folder (emptied first when it holds an EXPECTED.jsonl).")
@click.option("--pdf-share", type=float, default=0.15, show_default=True,
              help="Share of documents delivered as PDF (converted from docx by LibreOffice).")
@click.option("--no-hostile", is_flag=True, help="Leave out the hostile files.")
def main(count: int, seed: int, out: Path, pdf_share: float, no_hostile: bool) -> None:
    """Write COUNT labelled documents (plus hostile files) to OUT."""
    if out.exists() and any(out.iterdir()):
        if not (out / "EXPECTED.jsonl").exists():
            raise click.UsageError(f"{out} is not empty and is not a corpus; choose an empty folder")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    entries = []
    pdf_jobs: list[tuple[Path, dict]] = []
    stage = Path(tempfile.mkdtemp(prefix="redteam-pdf-"))
    kinds = rng.choices(["agreement", "minplan", "decision", "unknown"], [45, 22, 25, 8], k=count)
    for i, kind in enumerate(kinds):
        doc = build_doc(rng, kind, i)
        layout = _layout(rng, kind, doc)
        fmt = rng.choices(["docx", "pdf", "odt", "html", "txt"],
                          [0.30, pdf_share, 0.15, 0.20, 0.20])[0]
        folder = out / rng.choice(["jobcenter", "mentorfirma", "arkiv/2025", "arkiv/2026", "eksport"])
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"{i:04d}-{kind}-{doc.subtype}"
        traits = list(doc.traits)
        if fmt in ("docx", "pdf"):
            target = (stage if fmt == "pdf" else folder) / f"{stem}.docx"
            write_docx(doc, layout, target, rng)
            path = folder / f"{stem}.{fmt}"
        elif fmt == "odt":
            path = folder / f"{stem}.odt"
            write_odt(doc, layout, path, rng)
            if layout in ("table-rowhead", "form"):
                layout = "table2"              # the odt writer draws these as label/value tables
        elif fmt == "html":
            path = folder / f"{stem}.html"
            style = write_html(doc, layout, path, rng)
            traits.append("html:" + style)
            if style != "semantic":
                layout = f"html-{style}"       # the html style decides the look, not the layout
        else:
            path = folder / f"{stem}.txt"
            style = write_txt(doc, layout, path, rng)
            traits.append("txt:" + style)
            # plain text has no tables: the text style is the layout
            layout = "dense" if style.startswith("dense") else "txt-" + style.split("+")[0]
        entry = {
            "path": path.relative_to(out).as_posix(), "format": fmt, "kind": doc.kind,
            "subtype": doc.subtype, "layout": layout, "rules": sorted(doc.rules),
            "extras": doc.extras, "error": None, "accept_errors": [], "hostile": False,
            "must_not_contain": doc.must_not_contain, "traits": traits,
            "period": ({"start": doc.period.start.isoformat(), "end": doc.period.end.isoformat()}
                       if doc.period else None),
        }
        entries.append(entry)
        if fmt == "pdf":
            pdf_jobs.append((stage / f"{stem}.docx", entry))
    if pdf_jobs:
        _convert(pdf_jobs, out, stage)
    if not no_hostile:
        entries += _hostile(out, stage)
    shutil.rmtree(stage, ignore_errors=True)
    write_manifest(out, entries)
    click.echo(f"{len(entries)} files written to {out} ({len(pdf_jobs)} PDF)")


def _convert(jobs: list[tuple[Path, dict]], out: Path, stage: Path) -> None:
    """One LibreOffice run for every PDF: starting soffice is the slow part."""
    profile = f"file:///tmp/lo-redteam-{os.getpid()}"
    pdf_dir = stage / "pdf"
    pdf_dir.mkdir()
    cmd = ["soffice", "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
           "--outdir", str(pdf_dir), *[str(src) for src, _ in jobs]]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    shutil.rmtree(f"/tmp/lo-redteam-{os.getpid()}", ignore_errors=True)
    for src, entry in jobs:
        made = pdf_dir / (src.stem + ".pdf")
        if not made.exists():
            raise click.ClickException(f"LibreOffice did not convert {src.name}: "
                                       f"{proc.stderr.strip()[-300:]}")
        shutil.move(str(made), out / entry["path"])


def _hostile(out: Path, stage: Path) -> list[dict]:
    folder = out / "hostile"
    folder.mkdir()
    made = []
    any_pdf = next(out.rglob("*.pdf"), None)
    any_docx = next(out.rglob("*.docx"), None)
    specs = [("zip-bomb.docx", "docx", hostile.zip_bomb_docx),
             ("xxe.docx", "docx", hostile.xxe_docx),
             ("gammel-word97.docx", "docx", hostile.ole_as_docx),
             ("scannet-brev.pdf", "pdf", hostile.image_only_pdf),
             ("ødelagt.pdf", "pdf", hostile.garbage_pdf),
             ("tom.txt", "txt", hostile.empty_txt),
             ("kun-script.html", "html", hostile.html_with_script_only)]
    if any_docx:
        specs.append(("afbrudt-upload.docx", "docx",
                      lambda p: hostile.truncated_docx(p, any_docx.read_bytes())))
    if any_pdf:
        specs.append(("krypteret.pdf", "pdf",
                      lambda p: hostile.encrypted_pdf(p, any_pdf.read_bytes())))
    for name, fmt, fn in specs:
        p = folder / name
        extra = fn(p)
        made.append({"path": p.relative_to(out).as_posix(), "format": fmt, "kind": "unknown",
                     "subtype": "hostile", "layout": "hostile", "rules": [], "extras": [],
                     "error": extra["error"], "accept_errors": extra["accept_errors"],
                     "hostile": True, "must_not_contain": extra.get("must_not_contain", []),
                     "traits": extra["traits"], "period": None})
    return made


if __name__ == "__main__":
    main()
