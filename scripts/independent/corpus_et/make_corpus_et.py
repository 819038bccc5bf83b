#!/usr/bin/env python3
"""Corpus et: PDFs as different tools produce them (Word/LibreOffice exports, browser prints of
case-system pages, reportlab forms, scans with and without Tesseract's text layer).

Usage: /work/main/.venv/bin/python make_corpus_et.py --out /work/corpora/et [--seed 1167]
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from content import cpr  # noqa: E402
import render_docx  # noqa: E402
import render_pdf  # noqa: E402
import specs  # noqa: E402
import unknowns as U  # noqa: E402

SYSTEMS = [("Fasit", "fasit.kommune.local"), ("Momentum", "momentum.kmd.dk"), ("Jobnet for sagsbehandlere", "jobnet.dk/sagsbehandler"),
           ("SagsPortalen", "sagsportal.kommune.dk")]

# (kind builder, layout, post) — post: "" | "ocr" | "image"; format of the file follows.
PLAN = []


def plan(rng):
    p = []
    ag_layouts = (["docx-sidebar"] * 9 + ["docx-twocol"] * 7 + ["docx-infocol"] * 8 + ["docx-table-repeat"] * 7 +
                  ["rl-boxes"] * 7 + ["rl-lines"] * 5 + ["browser"] * 2 + ["docx-source"] * 3 + ["odt-source"] * 2)
    for n, lay in enumerate(ag_layouts):
        p.append(("agreement", None, lay))
    dec = ["grant"] * 6 + ["partial"] * 3 + ["refusal"] * 3 + ["extension"] * 4 + ["end"] * 2
    dec_layouts = ["docx-infocol"] * 8 + ["docx-sidebar"] * 3 + ["browser"] * 4 + ["docx-twocol"] * 1 + ["rl-lines"] * 1 + ["docx-source"]
    rng.shuffle(dec_layouts)
    for st, lay in zip(dec, dec_layouts):
        p.append(("decision", st, lay))
    mp_layouts = ["browser"] * 9 + ["rl-boxes"] * 3 + ["docx-table-repeat"] * 2 + ["docx-sidebar"] * 2
    for lay in mp_layouts:
        p.append(("minplan", None, lay))
    un = [(U.newsletter, "docx-twocol"), (U.newsletter, "docx-twocol"), (U.newsletter, "docx-sidebar"),
          (U.leaflet, "docx-sidebar"), (U.leaflet, "docx-twocol"), (U.leaflet, "docx-sidebar"),
          (U.invoice, "docx-infocol"), (U.invoice, "rl-boxes"), (U.invoice, "docx-table-repeat"),
          (U.minutes, "docx-table-repeat"), (U.minutes, "docx-infocol"), (U.minutes, "docx-table-repeat"),
          (U.status_report, "rl-boxes"), (U.status_report, "docx-infocol"),
          (U.calendar, "browser"), (U.doclist, "browser"), (U.private_agreement, "rl-lines"), (U.order, "docx-infocol")]
    for f, lay in un:
        p.append(("unknown", f, lay))
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1167)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="corpus_et_"))
    entries, to_pdf, to_odt, scans = [], [], [], []
    items = plan(rng)
    # which PDFs become scans: a spread over kinds and layouts
    pdf_idx = [n for n, (_, _, lay) in enumerate(items) if lay not in ("docx-source", "odt-source")]
    ocr_set = set(rng.sample(pdf_idx, 18))
    image_set = set(rng.sample(sorted(ocr_set), 4))
    split_candidates = [n for n, (_, _, lay) in enumerate(items) if lay in ("docx-infocol", "docx-twocol", "docx-source") and items[n][0] in ("agreement", "minplan")]
    split_set = set(rng.sample(split_candidates, 8))
    cpr_set = set(rng.sample([n for n, it in enumerate(items) if it[0] != "unknown"], 22))
    for n, (kind, extra, lay) in enumerate(items):
        if kind == "agreement":
            d = specs.agreement(rng, n)
        elif kind == "minplan":
            d = specs.minplan(rng, n)
        elif kind == "decision":
            d = specs.decision(rng, n, extra)
        else:
            d = extra(rng, n)
        if n in cpr_set:
            d.cpr = cpr(rng)
        elif kind == "unknown" and d.subtype in ("invoice", "status-report") and rng.random() < .6:
            d.cpr = cpr(rng)
            for k_, t in enumerate(d.intro):
                if d.citizen in t:
                    d.intro[k_] = t.replace(d.citizen, f"{d.citizen}, CPR {d.cpr}", 1)
                    break
        slug = {"agreement": "aftale", "minplan": "minplan", "decision": f"afgoerelse-{d.subtype}", "unknown": d.subtype}[kind]
        stem = f"{n + 1:03d}-{slug}-{d.citizen.split()[0].lower().replace('ø', 'oe').replace('å', 'aa').replace('æ', 'ae')}"
        post = "image" if n in image_set else "ocr" if n in ocr_set else ""
        split_key = None
        if n in split_set and d.sections:
            split_key = rng.choice([k for k, _, _ in d.sections if k in ("tasks", "appeal", "follow_up", "hours", "goal")] or [None])
            if split_key:
                d.traits.append(f"value-next-page:{split_key}")
        fmt = "pdf"
        layout = lay
        if lay in ("docx-source", "odt-source"):
            layout = rng.choice(["docx-infocol", "docx-sidebar", "docx-table-repeat"]) if lay == "odt-source" else rng.choice(["docx-infocol", "docx-twocol", "docx-plain"])
            fmt = "docx" if lay == "docx-source" else "odt"
        folder = {"agreement": "aftaler", "minplan": "minplan", "decision": "afgoerelser", "unknown": "andet"}[kind]
        rel = f"{folder}/{stem}.{fmt}"
        (out / folder).mkdir(exist_ok=True)
        if layout.startswith("docx"):
            doc = render_docx.build(d, layout, None, rng, split_key if layout != "docx-sidebar" else None)
            src = work / f"{stem}.docx"
            doc.save(src)
            if fmt == "docx":
                shutil.copy(src, out / rel)
            elif fmt == "odt":
                to_odt.append((src, out / rel))
            else:
                to_pdf.append((src, out / rel, post))
            tool = "word->libreoffice" if fmt == "pdf" else "python-docx" if fmt == "docx" else "libreoffice-odt"
        elif layout.startswith("rl-"):
            tgt = work / f"{stem}.pdf"
            render_pdf.form(d, tgt, rng, "boxes" if layout == "rl-boxes" else "lines")
            scans.append((tgt, out / rel, post))
            tool = "reportlab-form"
        else:
            tgt = work / f"{stem}.pdf"
            render_pdf.browser(d, tgt, rng, rng.choice(SYSTEMS))
            scans.append((tgt, out / rel, post))
            tool = "browser-print"
        traits = [f"tool:{tool}"] + d.traits
        if post:
            traits.append("scan:tesseract-dan" if post == "ocr" else "scan:image-only")
        if d.cpr:
            traits.append("cpr")
        rules = sorted(r for r in d.rules)
        e = {"path": rel, "format": fmt, "kind": kind, "subtype": d.subtype,
             "layout": layout + ("+scan" if post else ""), "rules": rules, "extras": sorted(set(d.extras)),
             "error": None, "accept_errors": [], "must_not_contain": [d.cpr, d.cpr.replace("-", "")] if d.cpr else [],
             "traits": traits}
        if d.period:
            e["period"] = d.period
        entries.append(e)
    prof = "-env:UserInstallation=file:///tmp/lo_et_profile"
    if to_pdf:
        pdir = work / "pdf"
        subprocess.run(["soffice", prof, "--headless", "--convert-to", "pdf", "--outdir", str(pdir)] + [str(s) for s, _, _ in to_pdf],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for s, dst, post in to_pdf:
            scans.append((pdir / (s.stem + ".pdf"), dst, post))
    if to_odt:
        odir = work / "odt"
        subprocess.run(["soffice", prof, "--headless", "--convert-to", "odt", "--outdir", str(odir)] + [str(s) for s, _ in to_odt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for s, dst in to_odt:
            shutil.copy(odir / (s.stem + ".odt"), dst)
    for src, dst, post in scans:
        if post:
            render_pdf.scan(src, dst, rng, ocr=(post == "ocr"), dpi=rng.choice([200, 200, 300]))
        else:
            shutil.copy(src, dst)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.rmtree(work)
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
