#!/usr/bin/env python3
"""Corpus fm: plain-language and accessible mentor-support paperwork (let læst, large print,
summary boxes, the citizen's own voice, youth register, symbols before each item).

    /work/main/.venv/bin/python scripts/independent/corpus_fm/make_corpus_fm.py --out /work/corpora/fm [--seed 1313]

Writes about 100 documents and EXPECTED.jsonl (the manifest format of
tools/corpusgen/src/corpusgen/corpus/manifest.py). Deterministic for a seed (PDFs converted by
LibreOffice and the scans carry their own timestamps; their text is the same)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import render  # noqa: E402
from content import make_case, slug, dlong  # noqa: E402
from families import AGREEMENT_FAMILIES, DECISION_FAMILIES, MINPLAN_FAMILIES  # noqa: E402
from others import UNKNOWN_FAMILIES  # noqa: E402

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
REQUIRED = {
    "agreement": RULES,
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}
DEFECT_RULES = {
    "goal_missing": "missing-goal", "goal_unclear": "unclear-goal",
    "mentor_nocontact": "missing-mentor", "mentor_noname": "missing-mentor",
    "tasks_missing": "missing-tasks", "duration_missing": "missing-duration",
    "over_months9": "duration-over-6-months", "over_year": "duration-over-6-months",
    "over_oneday": "duration-over-6-months", "over_months8": "duration-over-6-months",
    "over_yearlen": "duration-over-6-months", "over_months9len": "duration-over-6-months",
    "hours_vague": "missing-hours", "hours_missing": "missing-hours",
    "followup_missing": "missing-follow-up", "followup_vague": "missing-follow-up",
    "appeal_missing": "missing-appeal-guidance", "appeal_incomplete": "missing-appeal-guidance",
    "appeal_other": "missing-appeal-guidance",
}
DEFECT_EXTRAS = {"appeal_direct": "appeal-wrong-route", "reasons_missing": "missing-reasons"}

# (kind, family, subtype, defects, format, cpr)
A, D, M, U = "agreement", "decision", "minplan", "unknown"
SPEC = [
    # ---- agreements
    (A, "qa", "agreement", set(), "docx-large", True),
    (A, "qa", "agreement", {"hours_vague"}, "pdf-large", False),
    (A, "qa", "agreement", set(), "html", False),
    (A, "qa", "agreement", {"followup_missing", "appeal_missing"}, "txt", False),
    (A, "qa", "agreement", {"mentor_noname"}, "odt", True),
    (A, "qa", "agreement", {"goal_unclear"}, "md", False),
    (A, "qa", "agreement", set(), "pdf-scan", False),
    (A, "qa", "agreement", {"over_months9"}, "docx", False),
    (A, "voice", "agreement", set(), "docx", True),
    (A, "voice", "agreement", {"goal_unclear"}, "txt", False),
    (A, "voice", "agreement", {"appeal_missing"}, "pdf", False),
    (A, "voice", "agreement", {"hours_vague", "followup_vague"}, "html", True),
    (A, "voice", "agreement", set(), "rtf", False),
    (A, "voice", "agreement", {"mentor_nocontact"}, "odt", False),
    (A, "meeting", "agreement", set(), "docx", True),
    (A, "meeting", "agreement", {"appeal_incomplete"}, "eml", False),
    (A, "meeting", "agreement", {"over_oneday"}, "pdf-soffice", True),
    (A, "meeting", "agreement", {"followup_missing"}, "txt", False),
    (A, "meeting", "agreement", set(), "odt", False),
    (A, "meeting", "agreement", {"tasks_missing"}, "md", False),
    (A, "youth", "agreement", set(), "html", False),
    (A, "youth", "agreement", {"appeal_direct"}, "md", False),
    (A, "youth", "agreement", {"duration_missing"}, "docx", True),
    (A, "youth", "agreement", {"goal_unclear", "hours_vague"}, "pdf", False),
    (A, "youth", "agreement", set(), "eml", True),
    (A, "youth", "agreement", set(), "txt", False),
    (A, "emoji", "agreement", set(), "docx", False),
    (A, "emoji", "agreement", {"goal_missing"}, "html", False),
    (A, "emoji", "agreement", {"over_yearlen"}, "md", False),
    (A, "emoji", "agreement", {"appeal_incomplete"}, "txt", False),
    (A, "emoji", "agreement", set(), "pdf", True),
    (A, "emoji", "agreement", {"tasks_missing"}, "odt", False),
    (A, "large", "agreement", set(), "docx-large", True),
    (A, "large", "agreement", {"duration_missing"}, "pdf-large", False),
    (A, "large", "agreement", {"appeal_other"}, "rtf-large", True),
    (A, "large", "agreement", {"over_months8"}, "odt-large", False),
    (A, "company", "agreement", {"appeal_missing"}, "pdf", False),
    (A, "company", "agreement", set(), "pdf-soffice", False),
    (A, "company", "agreement", {"mentor_nocontact"}, "html", False),
    (A, "company", "agreement", set(), "rtf", False),
    # ---- decisions
    (D, "box", "grant", set(), "docx", True),
    (D, "box", "partial", set(), "pdf", False),
    (D, "box", "refusal", {"reasons_missing"}, "html", False),
    (D, "box", "extension", {"over_months9"}, "odt", True),
    (D, "box", "end", set(), "rtf", False),
    (D, "box", "grant", {"appeal_incomplete"}, "pdf-soffice", True),
    (D, "box", "grant", set(), "eml-pdf", False),
    (D, "box", "extension", set(), "docx", True),
    (D, "box", "grant", {"opt_udskriv"}, "docx", False),
    (D, "easy", "grant", set(), "pdf", False),
    (D, "easy", "refusal", set(), "docx", False),
    (D, "easy", "grant", {"appeal_missing"}, "html", True),
    (D, "easy", "partial", {"appeal_direct"}, "txt", False),
    (D, "easy", "end", {"reasons_missing"}, "odt", False),
    (D, "easy", "extension", set(), "md", False),
    (D, "easy", "grant", {"over_yearlen"}, "pdf-scan", False),
    (D, "youth", "grant", set(), "html", False),
    (D, "youth", "partial", {"appeal_missing", "reasons_missing"}, "docx", True),
    (D, "youth", "extension", set(), "eml", False),
    (D, "youth", "refusal", {"appeal_incomplete"}, "md", False),
    (D, "large", "grant", {"over_months8"}, "pdf-large", False),
    (D, "large", "refusal", set(), "docx-large", True),
    (D, "large", "end", {"appeal_other"}, "rtf-large", False),
    # ---- Min Plan
    (M, "easy", "minplan", set(), "html", False),
    (M, "easy", "minplan", {"hours_vague"}, "pdf", False),
    (M, "easy", "minplan", {"mentor_nocontact"}, "docx", True),
    (M, "easy", "minplan", set(), "txt", True),
    (M, "easy", "minplan", {"goal_unclear"}, "odt", False),
    (M, "easy", "minplan", {"over_months9"}, "md", False),
    (M, "voice", "minplan", set(), "txt", False),
    (M, "voice", "minplan", {"hours_vague"}, "html", True),
    (M, "voice", "minplan", {"goal_unclear"}, "docx", False),
    (M, "voice", "minplan", set(), "pdf", True),
    (M, "voice", "minplan", {"tasks_missing"}, "rtf", False),
    (M, "youth", "minplan", set(), "html", False),
    (M, "youth", "minplan", {"duration_missing"}, "md", False),
    (M, "youth", "minplan", {"mentor_nocontact", "hours_missing"}, "docx", False),
    (M, "youth", "minplan", {"goal_unclear"}, "txt", False),
    (M, "emoji", "minplan", set(), "html", False),
    (M, "emoji", "minplan", {"over_year"}, "pdf", True),
    (M, "emoji", "minplan", {"goal_missing"}, "docx", False),
    (M, "emoji", "minplan", set(), "odt", False),
    (M, "emoji", "minplan", {"hours_missing"}, "txt", False),
    # ---- none of the kinds
    (U, "leaflet", "leaflet", set(), "html", False),
    (U, "leaflet", "leaflet", set(), "pdf-large", False),
    (U, "welcome", "welcome-letter", set(), "docx", False),
    (U, "welcome", "welcome-letter", set(), "eml", False),
    (U, "invite", "invitation", set(), "pdf", False),
    (U, "invite", "invitation", set(), "eml", False),
    (U, "invite", "invitation", set(), "txt", False),
    (U, "complainguide", "guidance", set(), "html", False),
    (U, "status", "status-report", set(), "docx", True),
    (U, "feedback", "questionnaire", set(), "odt", False),
    (U, "youthleaflet", "leaflet", set(), "md", False),
    (U, "blank", "blank-template", set(), "docx", False),
    (U, "hearing", "hearing", set(), "pdf", True),
    (U, "receipt", "receipt", set(), "txt", False),
    (U, "calendar", "calendar", set(), "html", False),
    (U, "invoice", "invoice", set(), "pdf", False),
    (U, "finaleval", "final-evaluation", set(), "rtf", False),
    (U, "notes", "mentor-notes", set(), "md", False),
    (U, "privacy", "privacy-notice", set(), "odt", False),
]


def build(kind, family, sub, defects, c, rng, v):
    if kind == A:
        return AGREEMENT_FAMILIES[family](c, defects, rng, v)
    if kind == D:
        return DECISION_FAMILIES[family](c, defects, rng, v, sub)
    if kind == M:
        return MINPLAN_FAMILIES[family](c, defects, rng, v)
    title, blocks = UNKNOWN_FAMILIES[family](c, v)
    return title, blocks, {"traits": [family]}


def labels_for(kind, defects):
    rules, extras = set(), set()
    for dname in defects:
        if dname in DEFECT_RULES:
            r = DEFECT_RULES[dname]
            if r not in REQUIRED[kind]:
                raise SystemExit(f"defect {dname} gives {r}, which does not apply to {kind}")
            rules.add(r)
        elif dname.startswith("opt_"):
            continue
        elif dname in DEFECT_EXTRAS:
            extras.add(DEFECT_EXTRAS[dname])
        else:
            raise SystemExit(f"unknown defect {dname}")
    return sorted(rules), sorted(extras)


def soffice_convert(docx_paths, outdir):
    if not docx_paths:
        return
    prof = "file:///tmp/lo_fm_profile"
    cmd = ["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def make_scan(pdf_in: Path, pdf_out: Path, angle: float):
    from PIL import Image, ImageFilter
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf_in), f"{td}/p"], check=True)
        pages = []
        for png in sorted(Path(td).glob("p*.png")):
            im = Image.open(png).convert("L")
            im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            pages.append(im.convert("RGB"))
        pages[0].save(pdf_out, "PDF", resolution=200, save_all=True, append_images=pages[1:])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1313)
    ap.add_argument("--dump-txt", help="also write each document's text (for reviewing labels) into this folder")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    soffice_jobs = []   # (docx temp path, final pdf path)
    tmpdir = Path(tempfile.mkdtemp(prefix="fm_"))
    variant_counter = {}
    for idx, (kind, family, sub, defects, fmt, with_cpr) in enumerate(SPEC, 1):
        rng = random.Random(args.seed * 1000 + idx)
        young = True if family == "youth" else (False if family in ("large",) else None)
        c = make_case(rng, with_cpr=with_cpr, young=young)
        key = (kind, family)
        v = variant_counter.get(key, 0)
        variant_counter[key] = v + 1
        title, blocks, info = build(kind, family, sub, set(defects), c, rng, v)
        rules, extras = labels_for(kind, defects)
        base = fmt.split("-")[0]
        large = fmt.endswith("-large")
        ext = {"eml": "eml"}.get(base, base)
        folder = slug(c.kommune)
        name = f"{idx:03d}_{slug(c.first)}_{slug(title)[:40]}.{ext}"
        rel = f"{folder}/{name}"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        traits = list(info.get("traits", [])) + [f"format:{fmt}"] + sorted(defects)
        text_check = render.to_txt(blocks)
        if args.dump_txt:
            Path(args.dump_txt).mkdir(parents=True, exist_ok=True)
            (Path(args.dump_txt) / f"{idx:03d}.txt").write_text(
                f"## {kind}/{sub} {fmt} defects={sorted(defects)}\n\n" + text_check, encoding="utf-8")
        if c.cpr:
            assert c.cpr in text_check, (idx, "cpr not written")
            traits.append("cpr")
        if base == "docx":
            render.to_docx(blocks, path, large=large, core_title=title)
            render.normalize_zip(path)
        elif base == "odt":
            render.to_odt(blocks, path, large=large)
            render.normalize_zip(path)
        elif base == "html":
            path.write_text(render.to_html(blocks, title, large=large), encoding="utf-8")
        elif base == "txt":
            style = "caps" if idx % 3 == 0 else "plain"
            path.write_text(render.to_txt(blocks, style=style, bullet=["- ", "• ", "* "][idx % 3],
                                          blank_between_lines=(idx % 4 == 0)), encoding="utf-8")
        elif base == "md":
            path.write_text(render.to_md(blocks), encoding="utf-8")
        elif base == "rtf":
            path.write_text(render.to_rtf(blocks, large=large), encoding="ascii")
        elif base == "pdf":
            if fmt == "pdf-soffice":
                tmp_docx = tmpdir / (path.stem + ".docx")
                render.to_docx(blocks, tmp_docx, large=False, font="Liberation Sans", core_title=title)
                soffice_jobs.append((tmp_docx, path))
            elif fmt == "pdf-scan":
                tmp_pdf = tmpdir / (path.stem + "_src.pdf")
                render.to_pdf(blocks, tmp_pdf, large=True, title=title)
                make_scan(tmp_pdf, path, angle=[0.8, -1.2][idx % 2])
                traits.append("scan")
            else:
                render.to_pdf(blocks, path, large=large, title=title, author=f"{c.kommune} Kommune")
        elif base == "eml":
            date = dt.datetime.combine(c.letter, dt.time(9, 30 + idx % 20), tzinfo=dt.timezone(dt.timedelta(hours=1)))
            if kind == U:
                sender = f"{c.mentor} <{c.mentor_mail}>" if family == "welcome" else f"{c.cw} <{c.cw_mail}>"
            elif kind == A and family == "youth":
                sender = f"{c.cw} <{c.cw_mail}>"
            else:
                sender = f"{c.cw} <{c.cw_mail}>"
            to = f"{c.full} <{slug(c.first)}.{slug(c.last)}{idx}@mail.dk>"
            if fmt == "eml-pdf":
                pdf_tmp = tmpdir / "bilag.pdf"
                render.to_pdf(blocks, pdf_tmp, title=title)
                body = (f"Kære {c.first}\n\nDu har fået et brev fra {c.kommune} Kommune om din mentorstøtte. "
                        f"Brevet er vedhæftet som PDF.\n\nDet står der kort:\n"
                        + "\n".join(blocks[2][2][0][1]) +
                        f"\n\nVenlig hilsen\n{c.cw}\n{c.kommune} Kommune\n")
                data = render.to_eml(title, sender, to, date, body,
                                     attachments=[(f"Afgoerelse_mentorstoette_{c.letter.isoformat()}.pdf", pdf_tmp.read_bytes(), "application/pdf")])
                traits.append("pdf-attachment")
            else:
                if kind == A and family == "meeting":
                    intro = [("p", f"Hej {c.first}"), ("p", "Her er det, vi blev enige om på mødet i dag, skrevet ned. "
                                                           "Sig til, hvis noget skal rettes.")]
                    body_blocks = intro + [b for b in blocks if b[0] != "sig"] + [("p", f"Venlig hilsen\n{c.cw}\n{c.kommune} Kommune")]
                else:
                    body_blocks = [b for b in blocks if b[0] != "title"]
                data = render.to_eml(title, sender, to, date, render.to_txt(body_blocks),
                                     body_html=render.to_html(body_blocks, title) if idx % 2 else None)
            path.write_bytes(data)
        else:
            raise SystemExit(fmt)
        entry = {"path": rel, "format": ext, "kind": kind, "subtype": sub, "layout": f"{family}-{kind}" if kind != U else family,
                 "rules": rules, "extras": extras, "error": None, "accept_errors": [],
                 "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if c.cpr else [],
                 "traits": traits}
        if info.get("period") and kind != U:
            entry["period"] = info["period"]
        entries.append(entry)
    # LibreOffice conversions in one go
    if soffice_jobs:
        conv = tmpdir / "conv"
        conv.mkdir()
        soffice_convert([j[0] for j in soffice_jobs], conv)
        for src, dst in soffice_jobs:
            shutil.move(str(conv / (src.stem + ".pdf")), dst)
    shutil.rmtree(tmpdir, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
