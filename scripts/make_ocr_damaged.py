#!/usr/bin/env python3
"""Copy the .txt documents of labelled corpora with OCR damage of the kind seed 004 shows.

    python scripts/make_ocr_damaged.py --out /tmp/ocr5 --strength 0.5 --seed 7 CORPUS...

Each agreement, decision and Min Plan entry written as .txt in the given corpora (each a folder
with EXPECTED.jsonl) is copied with its Danish letters misread (å as é/a/d, ø as e/o/a/g, æ as
a/e/z), "1" for a lone "i", "rn" for "m", "I" for "l", "fi" for "ti", "0" for an initial "O",
and long lines hard-wrapped with hyphenation. Labels are kept: a person reads the damaged text as
the original. The output is a corpus of its own (EXPECTED.jsonl beside the files), to score with
``scripts/evaluate.py``: how much of a corpus's score survives a scan's text layer. The damage is
independent of the linter's repair code; the letters misread are those of seed 004.
"""

from __future__ import annotations

import json
import random
import re
import textwrap
from pathlib import Path

import click

_LETTERS = {"å": ["é", "a", "d", "å"], "ø": ["e", "o", "a", "g", "ø"], "æ": ["a", "e", "ee", "z", "æ"],
            "Å": ["A", "É", "Å"], "Ø": ["O", "G", "Ø"], "Æ": ["A", "E", "Æ"]}
_KINDS = ("agreement", "decision", "minplan")


def damage(text: str, strength: float, rng: random.Random) -> str:
    """``text`` as a damaged OCR layer would give it."""
    out = "".join(rng.choice(_LETTERS[ch]) if ch in _LETTERS and rng.random() < strength else ch for ch in text)
    out = re.sub(r"(?<= )i(?= )", lambda m: "1" if rng.random() < strength else "i", out)
    out = re.sub(r"m", lambda m: "rn" if rng.random() < strength * 0.15 else "m", out)
    out = re.sub(r"(?<=\w)l(?=\w)", lambda m: "I" if rng.random() < strength * 0.05 else "l", out)
    out = re.sub(r"ti", lambda m: "fi" if rng.random() < strength * 0.3 else "ti", out)
    out = re.sub(r"(?<!\w)O(?=[a-zæøå]{3})", lambda m: "0" if rng.random() < strength * 0.3 else "O", out)
    lines: list[str] = []
    for line in out.split("\n"):
        if len(line) <= 75 or rng.random() >= strength:
            lines.append(line)
            continue
        wrapped = textwrap.wrap(line, 70, break_long_words=False)
        for i in range(len(wrapped) - 1):  # hyphenate some breaks, as a scanned page does
            first, _, rest = wrapped[i + 1].partition(" ")
            if rng.random() < 0.5 and len(first) > 6:
                cut = len(first) // 2
                wrapped[i] = f"{wrapped[i]} {first[:cut]}-"
                wrapped[i + 1] = first[cut:] + (f" {rest}" if rest else "")
        lines.extend(wrapped)
    return "\n".join(lines)


@click.command()
@click.argument("corpora", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--strength", default=0.5, show_default=True, help="Share of letters and words damaged (0-1).")
@click.option("--seed", default=7, show_default=True)
def main(corpora: tuple[Path, ...], out: Path, strength: float, seed: int) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for root in corpora:
        for line in (root / "EXPECTED.jsonl").read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            source = root / entry["path"]
            if entry.get("format") != "txt" or entry.get("kind") not in _KINDS or not source.is_file():
                continue
            name = f"{root.name}__{entry['path'].replace('/', '_')}"
            raw = source.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252")  # an old archive's Windows text
            (out / name).write_text(damage(text, strength, rng), encoding="utf-8")
            manifest.append({**entry, "path": name, "layout": f"{root.name}:{entry.get('layout', '')}"})
    (out / "EXPECTED.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in manifest),
                                        encoding="utf-8")
    click.echo(f"{len(manifest)} documents written to {out}")


if __name__ == "__main__":
    main()
