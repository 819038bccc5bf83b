#!/usr/bin/env python3
"""Generate corpus E: labelled development corpus of Danish mentor-support documents.

Run from /work/main:
    .venv/bin/python scripts/independent/corpus_e/make_corpus_e.py --out /work/corpora/e --seed 9
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

from vocab import muni_styles  # noqa: E402
from builders import build_agreement, build_minplan, build_decision, build_unknown, email_parts  # noqa: E402
from content import Section  # noqa: E402
from render import render_txt, render_html, render_eml, render_rtf, render_odt, render_docx  # noqa: E402
from pdf_rl import render_pdf_rl  # noqa: E402

WORD_PH = "Klik eller tryk her for at skrive tekst."

AGR_PLAN = [
    ("docx", "form_table", 7), ("docx", "label_paragraphs", 4), ("docx", "heading_sections", 3),
    ("docx", "content_controls", 7), ("docx", "textbox_layout", 4), ("docx", "header_footer_fields", 5),
    ("docx", "tracked_changes", 5), ("docx", "checkbox_form", 4), ("docx", "prose_letter", 3),
    ("docx", "qa_labels", 3), ("docx", "english_agreement", 2), ("docx", "journal_note", 2),
    ("pdf-lo-docx", "form_table", 2), ("pdf-lo-odt", "form_table", 1), ("pdf-lo-docx", "heading_sections", 1),
    ("pdf-lo-odt", "heading_sections", 1), ("pdf-lo-docx", "prose_letter", 2), ("pdf-lo-docx", "checkbox_form", 2),
    ("pdf-lo-docx", "header_footer_fields", 2), ("pdf-lo-docx", "english_agreement", 1),
    ("pdf-rl", "sidebar_pdf", 4), ("pdf-rl", "two_column_pdf", 3), ("pdf-rl", "ocr_scan", 4), ("pdf-rl", "paged_pdf", 4),
    ("odt", "form_table", 3), ("odt", "heading_sections", 2), ("odt", "label_paragraphs", 2),
    ("rtf", "rtf_footer", 5), ("rtf", "label_paragraphs", 1),
    ("txt", "hardwrap_text", 5), ("txt", "markdown_text", 4), ("txt", "journal_note", 2), ("txt", "english_agreement", 1),
    ("html", "html_dl", 3), ("html", "html_table", 3), ("html", "html_divs", 2),
    ("eml", "email_thread", 6),
]
MP_PLAN = [
    ("html", "html_table", 5), ("html", "html_dl", 4), ("html", "html_divs", 2), ("docx", "form_table", 4),
    ("docx", "label_paragraphs", 2), ("pdf-rl", "paged_pdf", 3), ("pdf-lo-docx", "form_table", 2),
    ("txt", "hardwrap_text", 4), ("txt", "markdown_text", 2), ("pdf-rl", "sidebar_pdf", 2),
]
DEC_PLAN = [
    ("docx", "heading_sections", 5), ("docx", "prose_letter", 3), ("docx", "decision_with_bilag", 3),
    ("pdf-lo-docx", "heading_sections", 3), ("pdf-lo-docx", "decision_with_bilag", 2), ("pdf-rl", "paged_pdf", 3),
    ("pdf-rl", "ocr_scan", 2), ("pdf-rl", "sidebar_pdf", 1), ("odt", "heading_sections", 2), ("rtf", "rtf_footer", 2),
    ("txt", "hardwrap_text", 2), ("html", "html_divs", 1), ("eml", "email_thread", 1),
]
UNK_PLAN = [
    ("guidance", "docx", "heading_sections"), ("guidance", "pdf-lo-docx", "heading_sections"), ("guidance", "html", "html_divs"),
    ("guidance", "txt", "markdown_text"),
    ("leaflet", "docx", "leaflet"), ("leaflet", "pdf-lo-docx", "leaflet"), ("leaflet", "html", "leaflet"), ("leaflet", "odt", "leaflet"),
    ("minutes", "docx", "heading_sections"), ("minutes", "odt", "heading_sections"), ("minutes", "txt", "hardwrap_text"),
    ("status_report", "docx", "form_table"), ("status_report", "pdf-rl", "paged_pdf"), ("status_report", "eml", "email_thread"),
    ("status_report", "pdf-rl", "ocr_scan"),
    ("invoice", "pdf-rl", "sidebar_pdf"), ("invoice", "docx", "form_table"), ("invoice", "html", "html_table"),
    ("club_mentor", "docx", "label_paragraphs"), ("club_mentor", "pdf-lo-docx", "form_table"), ("club_mentor", "txt", "hardwrap_text"),
    ("job_ad", "html", "html_divs"), ("job_ad", "docx", "heading_sections"), ("job_ad", "txt", "markdown_text"),
    ("scheduling_mail", "eml", "email_thread"), ("scheduling_mail", "eml", "email_thread"), ("scheduling_mail", "eml", "email_thread"),
    ("phone_note", "txt", "journal_note"), ("phone_note", "txt", "journal_note"), ("phone_note", "docx", "journal_note"),
    ("phone_note", "rtf", "rtf_footer"),
]


def expand(plan):
    out = []
    for fmt, lay, n in plan:
        out += [(fmt, lay)] * n
    return out


def decision_configs(rng, n):
    subs = (["bevilling"] * 9 + ["delvis_bevilling"] * 6 + ["afslag"] * 6 + ["forlaengelse"] * 5 + ["ophoer"] * 4)[:n]
    appeals = (["ok"] * 17 + ["absent"] * 4 + ["empty"] * 2 + ["placeholder"] * 2 + ["wrong"] * 5)[:n]
    rng.shuffle(appeals)
    cfgs = []
    for s, a in zip(subs, appeals):
        over = s in ("bevilling", "forlaengelse", "delvis_bevilling") and rng.random() < 0.3
        reasons = not (s in ("delvis_bevilling", "afslag", "ophoer") and rng.random() < 0.3)
        cfgs.append((s, a, over, reasons))
    return cfgs


def render(doc, path_noext, fmt, rng, lodir):
    """Render doc; returns (relative file extension, final fmt)."""
    if fmt == "docx":
        render_docx(doc, path_noext + ".docx", rng); return "docx"
    if fmt == "odt":
        render_odt(doc, path_noext + ".odt", rng); return "odt"
    if fmt == "rtf":
        render_rtf(doc, path_noext + ".rtf", rng); return "rtf"
    if fmt == "txt":
        render_txt(doc, path_noext + ".txt", rng); return "txt"
    if fmt == "html":
        render_html(doc, path_noext + ".html", rng); return "html"
    if fmt == "eml":
        if doc.email is None:
            doc.email = email_parts(doc.ctx, rng, doc)
            doc.email["subject"] = doc.title
        render_eml(doc, path_noext + ".eml", rng); return "eml"
    if fmt == "pdf-rl":
        render_pdf_rl(doc, path_noext + ".pdf", rng)
        doc.traits.append("PDF drawn with reportlab")
        return "pdf"
    if fmt.startswith("pdf-lo"):
        src = fmt.split("-")[-1]
        stem = os.path.basename(path_noext)
        if src == "docx":
            render_docx(doc, os.path.join(lodir, stem + ".docx"), rng)
        else:
            render_odt(doc, os.path.join(lodir, stem + ".odt"), rng)
        doc.traits.append(f"PDF converted by LibreOffice from {src}")
        return "pdf"
    raise ValueError(fmt)


def fix_content_controls(doc):
    for s in doc.sections:
        if s.placeholder and not s.checks:
            s.paras = [WORD_PH]
            doc.traits = [t for t in doc.traits if not t.startswith(f"{s.field}: label")]
            doc.traits.append(f"{s.field}: label '{s.label}', value is a w:sdt content control with showingPlcHdr and Word text {WORD_PH!r} (missing)")
    doc.traits.append("every field value wrapped in a w:sdt content control")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=9)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = os.path.abspath(a.out)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    lodir = tempfile.mkdtemp(prefix="corpus_e_lo_")
    munis = muni_styles()

    jobs = []
    agr = expand(AGR_PLAN)
    ncomp = round(len(agr) * 0.40)
    comp_flags = [True] * ncomp + [False] * (len(agr) - ncomp)
    rng.shuffle(comp_flags)
    for (fmt, lay), comp in zip(agr, comp_flags):
        jobs.append(("agreement", fmt, lay, comp))
    mp = expand(MP_PLAN)
    mflags = [i % 3 == 0 for i in range(len(mp))]
    rng.shuffle(mflags)
    for (fmt, lay), comp in zip(mp, mflags):
        jobs.append(("minplan", fmt, lay, comp))
    dp = expand(DEC_PLAN)
    cfgs = decision_configs(rng, len(dp))
    rng.shuffle(cfgs)
    for (fmt, lay), cfg in zip(dp, cfgs):
        if lay == "decision_with_bilag" and cfg[0] in ("afslag", "ophoer"):
            cfg = ("bevilling",) + cfg[1:]
        jobs.append(("decision", fmt, lay, cfg))
    for sub, fmt, lay in UNK_PLAN:
        jobs.append(("unknown", fmt, lay, sub))
    rng.shuffle(jobs)

    records = []
    for i, (kind, fmt, lay, arg) in enumerate(jobs, 1):
        muni = munis[(i * 7) % len(munis)] if rng.random() < 0.5 else rng.choice(munis)
        drng = random.Random(f"{a.seed}-{i}")
        if kind == "agreement":
            if lay == "content_controls" and i % 4:
                arg = False  # most content-control forms are left partly unfilled
            doc = build_agreement(drng, muni, fmt, lay, arg)
            if lay == "content_controls":
                fix_content_controls(doc)
            if lay == "journal_note":
                doc.title = drng.choice(["Journalnotat: aftale om mentorstøtte indgået", "Notat – skriftlig mentoraftale"])
                doc.intro = [x for x in doc.intro if not x.startswith("Kære")]
                doc.intro = ["Der er d.d. holdt møde med borger, og følgende aftale om mentorstøtte er indgået. "
                             "Notatet er udleveret til borger som den skriftlige aftale."] + doc.intro[1:]
        elif kind == "minplan":
            doc = build_minplan(drng, muni, fmt, lay, arg)
        elif kind == "decision":
            sub, appeal, over, reasons = arg
            doc = build_decision(drng, muni, fmt, lay, sub, appeal, over, reasons)
            if fmt == "eml":
                doc.email = email_parts(doc.ctx, drng, doc)
                doc.email["quoted"] = None
        else:
            doc = build_unknown(drng, muni, fmt, lay, arg)
        if fmt == "eml" and doc.cprs:
            doc.meta = [m for m in doc.meta if not any(c in m for c in doc.cprs)]
            doc.cprs = []
            doc.traits = [t for t in doc.traits if "CPR" not in t]
        stem = f"e{i:03d}_{muni['key']}"
        ext = render(doc, os.path.join(out, stem), fmt, drng, lodir)
        records.append(dict(path=f"{stem}.{ext}", format=ext, kind=doc.kind, subtype=doc.subtype, layout=lay,
                            rules=sorted(doc.rules), extras=sorted(doc.extras), error=None, accept_errors=[],
                            hostile=False, must_not_contain=list(doc.cprs), traits=doc.traits, period=doc.period))

    # LibreOffice batch conversion
    srcs = sorted(os.path.join(lodir, f) for f in os.listdir(lodir))
    if srcs:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_corpus_e", "--convert-to", "pdf",
                        "--outdir", out] + srcs, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    shutil.rmtree(lodir, ignore_errors=True)
    missing = [r["path"] for r in records if not os.path.exists(os.path.join(out, r["path"]))]
    if missing:
        sys.exit(f"missing outputs: {missing}")
    records.sort(key=lambda r: r["path"])
    with open(os.path.join(out, "EXPECTED.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} documents to {out}")


if __name__ == "__main__":
    main()
