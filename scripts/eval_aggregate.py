#!/usr/bin/env python3
"""Aggregate-only view of an evaluation (``scripts/evaluate.py --json-out``): per layout and
per format, the documents, exact matches and false alarms/misses per rule. Prints no path,
evidence or document text, so a held-out corpus can be measured without being read (issue 8).

    python scripts/evaluate.py /work/corpora/c --worst 0 --json-out /tmp/c.json
    python scripts/eval_aggregate.py /tmp/c.json /work/corpora/c
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from corpusgen.corpus.manifest import REQUIRED_RULES


def main(evaluation: str, corpus: str) -> None:
    ev = json.loads(Path(evaluation).read_text(encoding="utf-8"))
    manifest = [json.loads(line) for line in (Path(corpus) / "EXPECTED.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    wrong = {m["path"]: m for m in ev["mismatches"]}
    table: dict[str, Counter] = defaultdict(Counter)
    rules_by_layout: dict[str, Counter] = defaultdict(Counter)
    for entry in manifest:
        if entry.get("hostile"):
            continue
        layout = f"{entry['kind']}/{entry['layout']}"
        for key in (layout, f"format:{entry['format']}", f"kind:{entry['kind']}", "ALL",
                    f"subtype:{entry['kind']}/{entry.get('subtype')}"):
            table[key]["docs"] += 1
            mismatch = wrong.get(entry["path"])
            table[key]["exact"] += mismatch is None
            if mismatch:
                table[key]["kind_wrong"] += mismatch.get("got_kind") != entry["kind"]
                for rule in mismatch.get("extra") or []:
                    rules_by_layout[key][f"+{rule}"] += 1
                for rule in mismatch.get("missed") or []:
                    rules_by_layout[key][f"-{rule}"] += 1
    print_kind_scores(manifest, wrong)
    print(f"{'group':<34}{'docs':>5}{'exact':>7}{'kind!':>6}  false alarms (+) / misses (-)")
    for key in sorted(table, key=lambda k: (k != "ALL", not k.startswith("kind:"), not k.startswith("format:"),
                                            k.startswith("subtype:"), k)):
        row = table[key]
        rules = ", ".join(f"{r}×{n}" for r, n in rules_by_layout[key].most_common(6))
        print(f"{key:<34}{row['docs']:>5}{row['exact'] / row['docs']:>7.2f}{row['kind_wrong']:>6}  {rules}")


def print_kind_scores(manifest: list[dict], wrong: dict[str, dict]) -> None:
    """Per-kind macro F1 over the rules that apply to the kind, and the share of documents that
    are none of the three kinds but get a finding (issue 8's targets)."""
    for kind in ("agreement", "decision", "minplan"):
        counts: dict[str, Counter] = defaultdict(Counter)
        for entry in manifest:
            if entry.get("hostile") or entry["kind"] != kind:
                continue
            mismatch = wrong.get(entry["path"], {})
            expected = set(entry["rules"])
            extra, missed = set(mismatch.get("extra") or []), set(mismatch.get("missed") or [])
            got = (expected - missed) | extra
            for rule in REQUIRED_RULES[kind]:
                counts[rule]["tp"] += rule in expected and rule in got
                counts[rule]["fp"] += rule not in expected and rule in got
                counts[rule]["fn"] += rule in expected and rule not in got
        f1s = []
        for c in counts.values():
            if c["tp"] + c["fp"] + c["fn"]:
                f1s.append(2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]))
        docs = sum(1 for e in manifest if e["kind"] == kind and not e.get("hostile"))
        print(f"macro F1 {kind:<10} {sum(f1s) / len(f1s) if f1s else 1.0:.3f}  ({docs} documents)")
    unknown = [e for e in manifest if e["kind"] == "unknown" and not e.get("hostile")]
    flagged = sum(1 for e in unknown if wrong.get(e["path"], {}).get("extra"))
    if unknown:
        print(f"documents that are none of the kinds with a finding: {flagged}/{len(unknown)} "
              f"({flagged / len(unknown):.1%})")
    print()


if __name__ == "__main__":
    main(*sys.argv[1:3])
