#!/usr/bin/env python3
"""Corpus BA: ~100 PDFs whose page geometry is what municipalities and providers produce.

    /work/main/.venv/bin/python scripts/independent/corpus_ba/make_corpus_ba.py --out /work/corpora/ba

Producers: LibreOffice (DOCX from python-docx, ODT from odfpy), Chromium via Playwright (HTML with
CSS grid/flex/multi-column, print header/footer templates), and reportlab (absolutely positioned
forms, labels above values, rotated margin text, platypus frames with a sidebar). Deterministic
for a given --seed (the PDFs' embedded timestamps aside). Labels come from content_ba.py only.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from content_ba import agreement_or_minplan, decision, unknown  # noqa: E402
from render_ba import build_html, render_docx, render_odt, render_rl  # noqa: E402

PRODUCERS = {
    "docx": ["letterhead", "margin-frame", "sidebar-table", "two-column"],
    "odt": ["two-column", "frame-sidebar", "header-footer"],
    "html": ["grid-sidebar", "flex-sidebar", "multicol"],
    "rl": ["form-boxes", "labels-above", "rotated-margin", "frames-sidebar"],
}
PLACEMENTS = ["plain", "plain", "mentor_sidebar", "facts_sidebar", "mentor_footer", "appeal_page2", "split_tasks"]


def plan(rng: random.Random):
    """(kind, subtype, defects) for every document, decided before any rendering."""
    items = []
    ag = ([{}] * 14
          + [{"goal": "absent"}] * 2 + [{"goal": "placeholder"}] + [{"goal": "unclear"}] * 5
          + [{"mentor": "name_only"}] * 3 + [{"mentor": "absent"}, {"mentor": "placeholder"}]
          + [{"tasks": "absent"}] * 2 + [{"tasks": "placeholder"}]
          + [{"duration": "absent"}] * 2 + [{"duration": "placeholder"}] + [{"duration": "over"}] * 5
          + [{"hours": "absent"}] * 2 + [{"hours": "placeholder"}] + [{"hours": "vague"}] * 2
          + [{"follow_up": "absent"}] * 3 + [{"follow_up": "placeholder"}]
          + [{"appeal": "absent"}] * 2 + [{"appeal": "incomplete"}] * 2 + [{"appeal": "wrong_route"}] * 2
          + [{"goal": "unclear", "duration": "over"}, {"follow_up": "absent", "hours": "vague"}])
    items += [("agreement", "agreement", d) for d in ag]
    mp = ([{}] * 5 + [{"goal": "absent"}] + [{"goal": "unclear"}] * 2 + [{"mentor": "name_only"}] * 2
          + [{"tasks": "placeholder"}, {"duration": "absent"}] + [{"duration": "over"}] * 2 + [{"hours": "vague"}])
    items += [("minplan", "minplan", d) for d in mp]
    dec = ([("bevilling", {})] * 3 + [("bevilling", {"duration": "over"})] * 2
           + [("bevilling", {"appeal": "absent"}), ("bevilling", {"appeal": "incomplete"}),
              ("afslag", {}), ("afslag", {"reasons": "absent"}), ("afslag", {"appeal": "wrong_route"}),
              ("delvis", {}), ("delvis", {"reasons": "absent"}), ("ophoer", {}), ("ophoer", {"appeal": "incomplete"}),
              ("forlaengelse", {})])
    items += [("decision", st, d) for st, d in dec]
    unk = (["referat"] * 2 + ["statusrapport"] * 3 + ["faktura"] * 2 + ["pjece"] * 2 + ["kvalitetsstandard"]
           + ["klub"] * 2 + ["friskole", "stillingsopslag", "nyhedsbrev"])
    items += [("unknown", st, {}) for st in unk]
    return items


FOLDER = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser", "unknown": "diverse"}
STEM = {"agreement": "mentoraftale", "minplan": "min-plan", "decision": "afgoerelse", "unknown": "dokument"}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=606)
    ap.add_argument("--keep-sources", type=Path, default=None, help="also keep the DOCX/ODT/HTML sources here")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    out: Path = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="corpus_ba_"))
    items = plan(rng)
    producers = (["docx"] * 28 + ["odt"] * 20 + ["html"] * 27 + ["rl"] * 25)[: len(items)]
    rng.shuffle(producers)
    jobs = []
    for i, ((kind, sub, defects), prod) in enumerate(zip(items, producers)):
        placement = rng.choice(PLACEMENTS) if kind != "unknown" else "plain"
        if kind == "decision" and placement in ("mentor_sidebar", "mentor_footer", "split_tasks"):
            placement = rng.choice(["plain", "appeal_page2", "facts_sidebar"])
        name = f"{i:03d}"
        if kind in ("agreement", "minplan"):
            s = agreement_or_minplan(rng, kind, name, defects, placement)
        elif kind == "decision":
            s = decision(rng, name, sub, defects, placement)
        else:
            s = unknown(rng, name, sub)
        variants = PRODUCERS[prod]
        if prod == "docx" and s.pagebreak_before:
            variants = [v for v in variants if v != "sidebar-table"]  # a page break inside a table cell is ignored
        variant = rng.choice(variants)
        town = s.town.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace(" ", "-")
        rel = f"{town}/{FOLDER[kind]}/{STEM[kind]}-{name}.pdf"
        jobs.append((s, prod, variant, rel))

    # 1. sources
    lo_inputs = []
    html_jobs = []
    for s, prod, variant, rel in jobs:
        src_rng = random.Random(f"{a.seed}-{s.name}")
        if prod == "docx":
            p = work / f"src_{s.name}.docx"
            render_docx(s, variant, p, src_rng)
            lo_inputs.append(p)
        elif prod == "odt":
            p = work / f"src_{s.name}.odt"
            render_odt(s, variant, p, src_rng)
            lo_inputs.append(p)
        elif prod == "html":
            html_jobs.append((s, build_html(s, variant, src_rng)))
        else:
            dst = out / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            render_rl(s, variant, dst, src_rng)
    # 2. LibreOffice, one batch
    if lo_inputs:
        pdfdir = work / "pdf"
        pdfdir.mkdir()
        cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_ba_profile", "--headless", "--convert-to", "pdf",
               "--outdir", str(pdfdir)] + [str(p) for p in lo_inputs]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200)
        for s, prod, variant, rel in jobs:
            if prod in ("docx", "odt"):
                pdf = pdfdir / f"src_{s.name}.pdf"
                if not pdf.is_file():
                    raise SystemExit(f"LibreOffice did not convert document {s.name} ({prod}/{variant})")
                dst = out / rel
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(pdf), dst)
    # 3. Chromium
    if html_jobs:
        from playwright.sync_api import sync_playwright
        rels = {s.name: rel for s, prod, variant, rel in jobs}
        with sync_playwright() as pw:
            br = pw.chromium.launch(executable_path="/usr/bin/chromium")
            page = br.new_page()
            for s, (doc, header, footer) in html_jobs:
                page.set_content(doc, wait_until="load")
                dst = out / rels[s.name]
                dst.parent.mkdir(parents=True, exist_ok=True)
                page.pdf(path=str(dst), format="A4", print_background=True, display_header_footer=True,
                         header_template=header, footer_template=footer,
                         margin={"top": "2.2cm", "bottom": "2.4cm", "left": "1.6cm", "right": "1.6cm"})
            br.close()
    if a.keep_sources:
        a.keep_sources.mkdir(parents=True, exist_ok=True)
        for p in lo_inputs:
            shutil.copy(p, a.keep_sources / p.name)
        for s, (doc, _, _) in html_jobs:
            (a.keep_sources / f"src_{s.name}.html").write_text(doc, encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    # 4. manifest
    lines = []
    for s, prod, variant, rel in jobs:
        must = [s.cpr, s.cpr.replace("-", "")] if s.cpr else []
        e = {"path": rel, "format": "pdf", "kind": s.kind, "subtype": s.subtype, "layout": f"{prod}-{variant}",
             "rules": s.rules, "extras": sorted(s.extras), "error": None, "accept_errors": [],
             "must_not_contain": must, "traits": [f"producer:{prod}"] + s.traits}
        if s.period:
            e["period"] = s.period
        lines.append(e)
    lines.sort(key=lambda e: e["path"])
    (out / "EXPECTED.jsonl").write_text("\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in lines) + "\n",
                                        encoding="utf-8")
    print(f"{len(lines)} documents in {out}")


if __name__ == "__main__":
    main()
