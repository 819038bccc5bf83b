#!/usr/bin/env python3
"""Corpus DH: PDF page geometry as real templates produce it (agreements, decisions, Min Plan prints).

Three producers so the text layers differ: reportlab (frames, canvas text boxes), LibreOffice (DOCX made
with python-docx and raw WordprocessingML, converted with soffice) and Chromium (HTML/CSS print via
Playwright). Deterministic: fixed seed. Usage: make_corpus_dh.py --out DIR
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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus_dh import content as C  # noqa: E402
from corpus_dh import render_docx, render_rl, render_web  # noqa: E402

SEED = 20261130
LAYOUTS = ["two-column", "form-columns", "sidebar-left", "sidebar-right", "info-column",
           "tall-label-table", "split-table", "running-header", "textbox", "hanging-list"]
CARD_LAYOUTS = {"sidebar-left", "sidebar-right", "info-column", "textbox"}
AG_DEFECTS = ["goal", "goal-ph", "unclear", "mentor", "tasks", "duration", "follow_up", "hours",
              "hours-vague", "appeal", "appeal-bad", "wrong", "over6"]
DEC_DEFECTS = ["appeal", "appeal-bad", "wrong", "over6", "noreasons"]
MP_DEFECTS = ["goal", "unclear", "mentor", "tasks", "duration", "hours", "over6"]


def plan(rng):
    kinds = ["agreement"] * 45 + ["decision"] * 20 + ["minplan"] * 20 + ["unknown"] * 15
    rng.shuffle(kinds)
    engines = (["rl", "lo", "web"] * 34)[:100]
    rng.shuffle(engines)
    out = []
    # a balanced list of defects per kind, so every defect class occurs
    # each class once before any repeats (popped from the end)
    queues = {}
    for k, v in (("agreement", AG_DEFECTS), ("decision", DEC_DEFECTS), ("minplan", MP_DEFECTS)):
        rounds = [rng.sample(v, len(v)) for _ in range(3)]
        queues[k] = [d for r in reversed(rounds) for d in r]
    for i, (k, eng) in enumerate(zip(kinds, engines)):
        layout = LAYOUTS[i % len(LAYOUTS)] if rng.random() < 0.85 else rng.choice(LAYOUTS)
        defects: set[str] = set()
        if k != "unknown" and rng.random() < 0.30:
            defects.add(queues[k].pop())
            if k == "agreement" and rng.random() < 0.2:
                defects.add(rng.choice([d for d in AG_DEFECTS if d != "over6"]))
        out.append((i, k, eng, layout, defects))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args(argv)
    out: Path = a.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(SEED)
    entries, web_jobs, lo_jobs = [], [], []
    tmp = Path(tempfile.mkdtemp(prefix="dh_docx_"))
    for i, kind, eng, layout, defects in plan(rng):
        r = random.Random(SEED * 1000 + i)
        over = None
        if "over6" in defects:
            over = r.choice(["7m", "12m", "6m+"])
        has_cpr = r.random() < 0.27
        c = C.make_case(r, has_cpr, over)
        card_mode = None
        if layout in CARD_LAYOUTS:
            card_mode = r.choice(["mentor", "caseworker", "caseworker"]) if kind == "agreement" else \
                ("caseworker" if kind == "decision" else None)
        if kind == "agreement":
            doc = C.build_agreement(r, c, defects, card_mode)
        elif kind == "decision":
            doc = C.build_decision(r, c, defects, card_mode)
        elif kind == "minplan":
            doc = C.build_minplan(r, c, defects, long=layout in ("running-header", "split-table"))
        else:
            doc = C.build_unknown(r, c)
        if kind in ("agreement", "decision"):
            doc.meta = C.base_meta(r, c, has_cpr)
        elif has_cpr and kind == "minplan":
            doc.meta.append(("CPR-nr.", c.cpr))
        elif has_cpr and doc.subtype == "statusrapport":
            doc.meta.append(("Cpr.", c.cpr))
        else:
            has_cpr = False
        geo = []
        if kind == "agreement" and layout == "info-column" and r.random() < 0.45:
            dur = [f for f in doc.fields if f.key == "duration"]
            if dur and isinstance(dur[0].value, str) and len(dur[0].value) < 45:
                doc.fields.remove(dur[0])
                doc.meta.append((dur[0].label, dur[0].value))
                geo.append("geometry:duration-in-info-column")
        if kind == "agreement" and layout == "running-header" and "mentor" not in defects and r.random() < 0.4:
            men = [f for f in doc.fields if f.key == "mentor"]
            if men:
                doc.fields.remove(men[0])
                doc.footer_field = f"{r.choice(['Mentor', 'Din mentor', 'Mentor i forløbet'])}: {men[0].value}"
                geo.append("geometry:mentor-only-in-footer")
        folder = c.kommune[0].split()[0].lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        rel = f"{folder}/{i:03d}-{doc.subtype}-{eng}.pdf"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        traits = [f"engine:{eng}", f"layout:{layout}"] + geo + [f"defect:{d}" for d in sorted(defects)]
        if doc.card:
            traits.append(f"card:{card_mode}")
        if has_cpr:
            traits.append("cpr")
        if kind == "unknown":
            traits.append("not-a-mentor-document-kind")
        entry = {"path": rel, "format": "pdf", "kind": kind, "subtype": doc.subtype, "layout": layout,
                 "rules": sorted(doc.rules), "extras": sorted(doc.extras), "error": None, "accept_errors": [],
                 "must_not_contain": [c.cpr] if has_cpr else [], "traits": traits}
        if doc.period and kind != "unknown":
            entry["period"] = doc.period
        entries.append(entry)
        if eng == "rl":
            render_rl.render(doc, path, layout, r)
        elif eng == "web":
            web_jobs.append((doc, path, layout, r))
        else:
            src = tmp / (path.stem + ".docx")
            render_docx.render(doc, src, layout, r)
            lo_jobs.append((src, path))
    if web_jobs:
        render_web.render_all(web_jobs)
    if lo_jobs:
        conv = tmp / "pdf"
        conv.mkdir()
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_dh_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(conv)] + [str(s) for s, _ in lo_jobs],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, dst in lo_jobs:
            shutil.move(str(conv / (src.stem + ".pdf")), dst)
    shutil.rmtree(tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


if __name__ == "__main__":
    main()
