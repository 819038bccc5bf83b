#!/usr/bin/env python3
"""Corpus JD: the six fields said in other words.

Agreements, decision letters and Min Plan entries whose fields carry home-made labels (questions,
whole sentences, the citizen's or the mentor's own words, a municipality's invented synonyms,
mixed registers), or no labels at all (letters in running prose), plus documents that are none
of the three kinds. Labels (EXPECTED.jsonl) are decided from domain.md and the rule docs.

    /work/main/.venv/bin/python make_corpus_jd.py --out /work/corpora/jd [--seed 21]
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import families as F  # noqa: E402
import render as R  # noqa: E402
from common import ascii_mail, cpr, make_ctx  # noqa: E402

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
REQUIRED = {
    "agreement": RULES,
    "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                "missing-hours", "duration-over-6-months", "unclear-goal"),
    "decision": ("missing-appeal-guidance", "duration-over-6-months"),
    "unknown": (),
}

# (family, format, defects). Formats: docx, pdf (reportlab), pdf-lo (docx -> LibreOffice), odt,
# html, md, txt, rtf, eml.
PLAN = [
    # --- agreements: question labels
    ("a1", "docx", {}),
    ("a1", "odt", {"hours": "vague"}),
    ("a1", "html", {"appeal": "omit"}),
    ("a1", "pdf-lo", {"goal": "vague"}),
    ("a1", "docx", {"mentor": "nocontact", "follow": "vague"}),
    # --- agreements: a municipality's invented synonyms, table
    ("a2", "docx", {}),
    ("a2", "pdf", {"duration": "over"}),
    ("a2", "odt", {"tasks": "ph"}),
    ("a2", "html", {"follow": "omit", "hours": "ph"}),
    # --- agreements: the mentor's own letter, prose only
    ("a3", "txt", {"appeal": "omit"}),
    ("a3", "eml", {}),
    ("a3", "docx", {"hours": "omit"}),
    ("a3", "txt", {"follow": "omit", "appeal": "omit"}),
    ("a3", "eml", {"duration": "open"}),
    # --- agreements: the citizen's words
    ("a4", "md", {}),
    ("a4", "html", {"goal": "vague"}),
    ("a4", "odt", {}),
    ("a4", "md", {"mentor": "noname"}),
    # --- agreements: mixed register
    ("a5", "rtf", {}),
    ("a5", "docx", {"duration": "over", "appeal": "incomplete"}),
    ("a5", "rtf", {"tasks": "omit"}),
    ("a5", "docx", {"appeal": "direct"}),
    # --- agreements: whole sentences as labels
    ("a6", "pdf", {}),
    ("a6", "txt", {"duration": "ph"}),
    ("a6", "pdf", {"goal": "ph"}),
    # --- agreements: written down after the first meeting, half prose
    ("a7", "docx", {}),
    ("a7", "eml", {"hours": "vague", "appeal": "omit"}),
    ("a7", "docx", {"follow": "vague"}),
    # --- agreements: the caseworker's formal letter, all prose
    ("a8", "docx", {}),
    ("a8", "pdf-lo", {"tasks": "omit", "hours": "vague"}),
    ("a8", "html", {"duration": "open", "goal": "omit"}),
    ("a8", "odt", {"mentor": "nocontact"}),
    # --- agreements: the mentor fills in the form, in the mentor's own words
    ("a9", "docx", {}),
    ("a9", "odt", {"tasks": "ph"}),
    ("a9", "pdf", {"goal": "vague", "follow": "vague"}),
    # --- agreements: a mentor's terse note, home-made labels
    ("a10", "txt", {}),
    ("a10", "md", {"hours": "omit", "appeal": "omit"}),
    # --- decisions
    ("d1", "docx", {}),
    ("d1", "pdf-lo", {"appeal": "omit"}),
    ("d1", "html", {}),
    ("d1", "docx", {"duration": "over"}),
    ("d1", "pdf", {"appeal": "incomplete"}),
    ("d2", "docx", {}),
    ("d2", "pdf-lo", {"reasons": "omit"}),
    ("d2", "html", {"appeal": "direct"}),
    ("d2", "rtf", {"appeal": "incomplete"}),
    ("d3", "docx", {}),
    ("d3", "pdf", {"appeal": "omit"}),
    ("d3", "odt", {"reasons": "omit", "appeal": "incomplete"}),
    ("d3", "txt", {}),
    ("d4", "docx", {}),
    ("d4", "html", {"duration": "over"}),
    ("d4", "docx", {"appeal": "omit"}),
    ("d5", "docx", {}),
    ("d5", "odt", {"appeal": "incomplete"}),
    ("d6", "pdf-lo", {}),
    ("d6", "docx", {"appeal": "omit"}),
    # --- Min Plan
    ("m1", "html", {}),
    ("m1", "pdf", {"hours": "omit"}),
    ("m1", "html", {"mentor": "nocontact"}),
    ("m1", "odt", {"duration": "over"}),
    ("m1", "pdf-lo", {"goal": "vague"}),
    ("m2", "txt", {}),
    ("m2", "docx", {"tasks": "omit"}),
    ("m2", "txt", {"duration": "omit"}),
    ("m2", "md", {}),
    ("m2", "rtf", {"hours": "vague"}),
    ("m3", "pdf", {}),
    ("m3", "odt", {"goal": "omit"}),
    ("m3long", "docx", {}),
    ("m3", "html", {"duration": "over"}),
    ("m3", "pdf-lo", {"mentor": "omit"}),
    ("m4", "html", {}),
    ("m4", "docx", {"goal": "vague", "hours": "vague"}),
    # --- none of the three kinds
    ("u_receipt", "pdf-lo", {}),
    ("u_hearing", "docx", {}),
    ("u_status", "docx", {}),
    ("u_invoice", "pdf", {}),
    ("u_minutes", "txt", {}),
    ("u_guidance", "html", {}),
    ("u_club", "odt", {}),
    ("u_meeting_mail", "eml", {}),
    ("u_jobad", "html", {}),
    ("u_quote", "docx", {}),
    ("u_journal", "txt", {}),
    ("u_newsletter", "md", {}),
    ("u_final_eval", "pdf-lo", {}),
    ("u_blank_template", "docx", {}),
    ("u_internal", "eml", {}),
    ("u_company_scheme", "rtf", {}),
]

FAMILIES = {
    "a1": F.a1_questions, "a2": F.a2_synonyms_table, "a3": F.a3_mentor_letter, "a4": F.a4_citizen_voice,
    "a5": F.a5_mixed_register, "a6": F.a6_sentence_labels, "a7": F.a7_meeting, "a8": F.a8_caseworker_prose, "a9": F.a9_mentor_form, "a10": F.a10_terse_notes,
    "d1": F.d1_grant, "d2": F.d2_partial, "d3": F.d3_refusal, "d4": F.d4_extension, "d5": F.d5_end,
    "d6": F.d6_discharge,
    "m1": F.m1_card, "m2": F.m2_dense, "m3": F.m3_plan_table, "m4": F.m4_citizen_words, "u_receipt": F.u_receipt, "u_hearing": F.u_hearing,
    "m3long": lambda rng, c, d: F.m3_plan_table(rng, c, d, other_long=True),
    "u_status": F.u_status, "u_invoice": F.u_invoice, "u_minutes": F.u_minutes, "u_guidance": F.u_guidance,
    "u_club": F.u_club, "u_meeting_mail": F.u_meeting_mail, "u_jobad": F.u_jobad, "u_quote": F.u_quote,
    "u_journal": F.u_journal, "u_newsletter": F.u_newsletter, "u_final_eval": F.u_final_eval,
    "u_blank_template": F.u_blank_template, "u_internal": F.u_internal, "u_company_scheme": F.u_company_scheme,
}

CPR_FAMILIES = {"a1", "a8", "a9", "m4", "a2", "a4", "a5", "a6", "a7", "d1", "d2", "d3", "d4", "d5", "d6", "m1", "m2", "m3",
                "m3long", "u_status", "u_journal"}


def rules_for(kind: str, defects: dict) -> list[str]:
    r = set()
    for f, mode in defects.items():
        if f == "goal":
            r.add("unclear-goal" if mode == "vague" else "missing-goal")
        elif f == "mentor":
            r.add("missing-mentor")
        elif f == "tasks":
            r.add("missing-tasks")
        elif f == "duration":
            r.add("duration-over-6-months" if mode == "over" else "missing-duration")
        elif f == "follow":
            r.add("missing-follow-up")
        elif f == "hours":
            r.add("missing-hours")
        elif f == "appeal":
            if mode in ("omit", "ph", "incomplete"):
                r.add("missing-appeal-guidance")
    return sorted(x for x in r if x in REQUIRED[kind])


def extras_for(kind: str, defects: dict, family_extras) -> list[str]:
    """Labels outside the nine: appeal sent straight to Ankestyrelsen; a decision without reasons."""
    x = set(family_extras)
    if kind in ("agreement", "decision") and defects.get("appeal") == "direct":
        x.add("appeal-wrong-route")
    if kind == "decision" and defects.get("reasons") == "omit":
        x.add("missing-reasons")
    return sorted(x)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/work/corpora/jd"))
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--review", type=Path, default=None,
                    help="also write each document as plain text here, for reading it over")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="jd_lo_"))
    lo_jobs = []          # (docx in tmp, final pdf path)
    entries = []
    n_cpr = 0
    for i, (fam, fmt, defects) in enumerate(PLAN, start=1):
        drng = random.Random(f"{args.seed}-{i}-{fam}")
        kind_hint = "unknown" if fam.startswith("u_") else None
        c = make_ctx(drng, kind_hint or fam, defects)
        if fam in CPR_FAMILIES and drng.random() < 0.34:
            c["cpr"] = cpr(drng)
        doc = FAMILIES[fam](drng, c, defects)
        kind = doc["kind"]
        ext = {"pdf-lo": "pdf"}.get(fmt, fmt)
        folder = ascii_mail(c.kom.split()[0]).replace("vesthimmerlands", "vesthimmerland")
        name = f"{folder}/{i:03d}-{ascii_mail(c.cf)}.{ext}"
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        blocks = doc["blocks"]
        if args.review:
            args.review.mkdir(parents=True, exist_ok=True)
            (args.review / f"{i:03d}-{fam}-{fmt}.txt").write_text(
                f"# {defects}\n" + R.to_txt(blocks), encoding="utf-8")
        traits = list(doc["traits"]) + [f"format:{fmt}"] + [f"defect:{k}={v}" for k, v in sorted(defects.items())]
        if fmt == "docx":
            R.to_docx(blocks, path, font=drng.choice(["Calibri", "Arial", "Times New Roman", "Verdana"]))
        elif fmt == "pdf":
            R.to_pdf_reportlab(blocks, path, title=doc["title"])
        elif fmt == "pdf-lo":
            src = tmp / (path.stem + ".docx")
            R.to_docx(blocks, src)
            lo_jobs.append((src, path))
        elif fmt == "odt":
            R.to_odt(blocks, path)
        elif fmt == "html":
            path.write_text(R.to_html(blocks, doc["title"]), encoding="utf-8")
        elif fmt == "md":
            path.write_text(R.to_md(blocks), encoding="utf-8")
        elif fmt == "txt":
            path.write_text(R.to_txt(blocks, style=drng.choice(["plain", "caps"])), encoding="utf-8")
        elif fmt == "rtf":
            path.write_text(R.to_rtf(blocks), encoding="ascii")
        elif fmt == "eml":
            if fam == "a7" or fam == "u_internal":
                sender = f"{c.cw} <{c.cwmail}>"
            else:
                sender = f"{c.mentor} <{c.mmail}>"
            to = f"teamleder@{c.dom}" if fam == "u_internal" else f"{c.cit} <{ascii_mail(c.cf)}{drng.randint(10, 99)}@gmail.com>"
            dt = datetime(c.docdate.year, c.docdate.month, c.docdate.day, 14, 5, tzinfo=timezone.utc)
            path.write_bytes(R.to_eml(blocks, sender, to, doc["title"], dt, html_too=drng.random() < 0.4))
        else:
            raise ValueError(fmt)
        must_not = []
        if c.get("cpr"):
            n_cpr += 1
            must_not = [c.cpr, c.cpr.replace("-", "")]
            traits.append("cpr")
        entries.append({
            "path": name, "format": ext, "kind": kind, "subtype": doc["subtype"], "layout": doc["layout"],
            "rules": rules_for(kind, defects), "extras": extras_for(kind, defects, doc["extras"]), "error": None,
            "accept_errors": [], "must_not_contain": must_not, "traits": traits,
            "period": doc["period"] if kind != "unknown" else None,
        })
    # LibreOffice conversions in one call (own profile)
    R.soffice_to_pdf([s for s, _ in lo_jobs], tmp)
    for src, dst in lo_jobs:
        shutil.move(str(src.with_suffix(".pdf")), dst)
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds = {}
    for e in entries:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"wrote {len(entries)} documents to {out} ({kinds}; {n_cpr} with CPR)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
