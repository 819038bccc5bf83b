#!/usr/bin/env python3
"""Documents per second for batch generation of agreements (DOCX).

Compares, in the same run and on the same cases:

* mentordocs' :class:`Generator` (templates read and compiled once, deterministic zip), and
* a plain docxtpl loop that loads the template for each document, as most scripts do:
  ``DocxTemplate(path).render(context, autoescape=True); .save(buffer)``.

Both render the shipped ``templates/agreement.docx`` with the same context and keep the output
in memory, so disk speed is not measured. Usage::

    python scripts/bench_generate.py [--count 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import Environment

ROOT = Path(__file__).resolve().parent.parent

from mentordocs.case import Outcome, load_case
from mentordocs.generate import Generator
from mentordocs.generate.context import build_context
from mentordocs.paths import TEMPLATES_DIR


def sample_cases(count: int):
    cases = [load_case(p) for p in sorted((ROOT / "samples" / "cases").glob("*.yaml"))]
    usable = [c for c in cases if c.decision.outcome in (Outcome.GRANT, Outcome.EXTENSION)]
    return [usable[i % len(usable)] for i in range(count)]


def bench_generator(cases) -> float:
    start = time.perf_counter()
    generator = Generator()  # construction and the one compile are part of the measured batch
    for case in cases:
        generator.render(case, "agreement", "docx")
    return time.perf_counter() - start


def bench_plain_docxtpl(cases) -> float:
    template = TEMPLATES_DIR / "agreement.docx"
    start = time.perf_counter()
    for case in cases:
        doc = DocxTemplate(template)
        doc.render(build_context(case, "agreement"), Environment(autoescape=True), autoescape=True)
        doc.save(io.BytesIO())
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="documents per batch")
    parser.add_argument("--repeat", type=int, default=3, help="batches per method; best counts")
    args = parser.parse_args()
    cases = sample_cases(args.count)
    results = {}
    for name, bench in (("mentordocs Generator", bench_generator),
                        ("plain docxtpl loop (reloads template)", bench_plain_docxtpl)):
        best = min(bench(cases) for _ in range(args.repeat))
        results[name] = args.count / best
    print(f"command: python scripts/bench_generate.py --count {args.count} --repeat {args.repeat}")
    print(f"cases: {args.count} agreements (DOCX), cycled over the sample grant/extension cases")
    for name, rate in results.items():
        print(f"{name:40s} {rate:8.1f} documents/s")
    gen, plain = results.values()
    print(f"speed-up: {gen / plain:.1f}x")


if __name__ == "__main__":
    main()
