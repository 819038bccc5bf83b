"""Readable snapshots of what the generator writes, so a change to the corpus shows up in review
as a text diff (update with ``pytest tests/corpusgen --snapshot-update``)."""

from __future__ import annotations

import random
from pathlib import Path

from corpusgen.corpus.build import make_document, write_document
from corpusgen.corpus.manifest import read_manifest

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "agreements"


def _render_txt(tmp_path: Path, seed: str, **choices) -> tuple[str, dict]:
    rng = random.Random(seed)
    spec, rendered, fmt, rel = make_document(rng, 0, ["txt"], fmt="txt", **choices)
    entry = write_document(tmp_path, spec, rendered, fmt, rel, rng, [], tmp_path)
    return (tmp_path / rel).read_bytes().decode(entry["encoding"]), entry


def test_letter_agreement_text(tmp_path: Path, snapshot) -> None:
    text, entry = _render_txt(tmp_path, "snapshot-letter", kind="agreement", layout="letter",
                              defects={"missing-hours"}, year=2026, unit="job-og-helbred")
    assert text.replace("\r\n", "\n") == snapshot
    assert entry["rules"] == ["missing-hours"]


def test_table_minplan_text(tmp_path: Path, snapshot) -> None:
    text, _ = _render_txt(tmp_path, "snapshot-minplan", kind="minplan", layout="table",
                          defects=set(), year=2025, unit="ungeenheden")
    assert text.replace("\r\n", "\n") == snapshot


def test_committed_sample_labels(snapshot) -> None:
    """One line per committed sample: path, kind, expected rules or error."""
    lines = []
    for e in read_manifest(SAMPLES):
        outcome = ", ".join(e["rules"] + e["extras"]) or (
            f"error {e['error'] or 'none, no leak'}" if e.get("hostile") else "clean")
        lines.append(f"{e['path']}  [{e['kind'] or 'hostile'}]  {outcome}")
    assert "\n".join(lines) == snapshot
