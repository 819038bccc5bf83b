#!/usr/bin/env python
"""Corpus GH: mentor-support paperwork made with tools other than Word.

  * ODT written with odfpy (letterheads, page footers with contacts or appeal guidance,
    frames with case facts, sections, nested tables, fields),
  * the same ODT printed to PDF by LibreOffice,
  * Google-Docs-style DOCX and HTML exports,
  * case-system web pages (navigation, breadcrumbs, a sidebar of case facts, a page footer),
    saved as HTML or printed to PDF with headless Chromium.

Usage:  /work/main/.venv/bin/python make_corpus_gh.py --out /work/corpora/gh [--seed 15]
"""

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

from content_gh import (Case, DEFAULT_RANGE_STYLES, add_months, build_agreement, build_decision,  # noqa: E402
                        build_minplan, build_unknown, build_web_unknown, fmt_date, make_case)
from render_gh import render_case_html, render_gdocs_docx, render_gdocs_html, render_odt  # noqa: E402

AGR_POOL = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
            "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"]
MP_POOL = ["missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
           "duration-over-6-months", "unclear-goal"]
EXCLUSIVE = [{"missing-goal", "unclear-goal"}, {"missing-duration", "duration-over-6-months"}]

# family: (layout, counts per kind, unknown subtypes)
FAMILIES = [
    ("odt-letterhead-footer", "odt", {"agreement": 8, "decision": 6, "minplan": 2}, ["status", "invoice", "hearing"]),
    ("odt-frame-section", "odt", {"agreement": 6, "decision": 5, "minplan": 2}, ["minutes", "private"]),
    ("lo-pdf", "pdf", {"agreement": 5, "decision": 4, "minplan": 2}, ["guidance", "order"]),
    ("gdocs-docx", "docx", {"agreement": 6, "decision": 4, "minplan": 2}, ["minutes", "private", "status"]),
    ("gdocs-html", "html", {"agreement": 5, "decision": 3, "minplan": 2}, ["guidance", "invoice"]),
    ("case-web-pdf", "pdf", {"agreement": 4, "decision": 4, "minplan": 5}, ["w:overview", "w:doclist", "w:tasks", "w:journal"]),
    ("case-web-html", "html", {"agreement": 2, "decision": 2, "minplan": 3}, ["w:overview", "w:doclist"]),
]
DEC_SUBS = ["grant", "partial", "refusal", "extension", "end", "grant", "extension", "partial", "refusal"]


class DefectCycle:
    """Hands out defects in turn from a shuffled pool, so every rule is covered."""

    def __init__(self, rng: random.Random, pool: list[str]):
        self.rng, self.pool, self.queue = rng, pool, []

    def next(self, avoid: set[str]) -> str:
        for _ in range(3 * len(self.pool)):
            if not self.queue:
                self.queue = list(self.pool)
                self.rng.shuffle(self.queue)
            x = self.queue.pop()
            if not any(ex <= (avoid | {x}) for ex in EXCLUSIVE) and x not in avoid:
                return x
        raise RuntimeError("no defect")


def pick_defects(rng: random.Random, cyc: DefectCycle) -> set[str]:
    if rng.random() < 0.38:
        return set()
    d = {cyc.next(set())}
    if rng.random() < 0.35:
        d.add(cyc.next(d))
    return d


def doc_text(path: Path) -> str:
    """Plain text of a generated file (for the CPR bookkeeping only)."""
    import re
    import zipfile
    if path.suffix in (".odt", ".docx"):
        z = zipfile.ZipFile(path)
        return " ".join(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")) for n in z.namelist() if n.endswith(".xml"))
    if path.suffix == ".pdf":
        import pypdf
        return " ".join(pg.extract_text() for pg in pypdf.PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def move_mentor_to_sidebar(doc) -> bool:
    """A case system shows the mentor among the case facts, not in the entry itself."""
    for b in doc.blocks:
        if b[0] != "kv":
            continue
        for i, (lab, val) in enumerate(b[1]):
            if lab.startswith("Mentor") and "opgaver" not in lab and isinstance(val, str) and "@" in val:
                del b[1][i]
                doc.sidebar.append(("Mentor", val.replace(", Tlf.", "\nTlf.").replace(", ", "\n", 1)))
                return True
    return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(args.seed)
    entries = []
    odt_for_pdf: list[tuple[Path, Path]] = []
    html_for_pdf: list[tuple[Path, Path]] = []
    tmp = Path("/tmp/gh_build")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    dec_i = 0
    agr_cycle, mp_cycle = DefectCycle(rng, AGR_POOL), DefectCycle(rng, MP_POOL)
    n = 0
    for layout, fmt, counts, unknowns in FAMILIES:
        fam_dir = out / layout
        fam_dir.mkdir()
        specs = []
        for kind, k in counts.items():
            for _ in range(k):
                specs.append(kind)
        specs += ["unknown:" + u for u in unknowns]
        rng.shuffle(specs)
        for spec in specs:
            n += 1
            with_cpr = rng.random() < 0.25
            year = 2025 if rng.random() < 0.15 else 2026
            traits: list[str] = [f"tool:{layout}"]
            extras: list[str] = []
            rules: set[str] = set()
            period = None
            kind = spec.split(":")[0]
            sub = kind
            months = rng.choice([3, 4, 5, 6, 6, 6])
            extra_days = 0
            d: set[str] = set()
            if kind == "agreement":
                d = pick_defects(rng, agr_cycle)
            elif kind == "minplan":
                d = pick_defects(rng, mp_cycle)
            elif kind == "decision":
                sub = DEC_SUBS[dec_i % len(DEC_SUBS)]
                dec_i += 1
                if rng.random() < 0.45:
                    d = set()
                else:
                    pool = ["missing-appeal-guidance"]
                    if sub in ("grant", "partial", "extension"):
                        pool.append("duration-over-6-months")
                    d = {rng.choice(pool)}
            if "duration-over-6-months" in d:
                if rng.random() < 0.25:
                    months, extra_days = 6, rng.choice([1, 14])
                    traits.append(f"period:six-plus-{extra_days}d")
                else:
                    months = rng.choice([7, 8, 9, 12])
                    traits.append(f"period:{months}m")
            udskriv = False
            if kind == "agreement" and layout == "odt-letterhead-footer" and "duration-over-6-months" not in d \
                    and not any(t.startswith("udskriv") for e in entries for t in e["traits"]) and "missing-duration" not in d:
                udskriv = True
                months = 9
                traits.append("udskrivningskoordinator:9m")
            if months == 6 and not extra_days and kind != "unknown":
                traits.append("period:exact-six")
            c = make_case(rng, months=months, year=year, with_cpr=with_cpr)
            c.extra_days = extra_days
            rs = rng.choice(DEFAULT_RANGE_STYLES)
            traits.append(f"range:{rs}")
            mentor_footer = nested = sections = False
            if kind == "agreement":
                style = rng.choice(["kv", "numbered", "letter"])
                if layout in ("odt-letterhead-footer", "lo-pdf", "gdocs-docx") and rng.random() < 0.4:
                    mentor_footer = True
                    if "missing-mentor" not in d:
                        traits.append("mentor-contact-in-footer")
                if layout in ("odt-frame-section", "case-web-pdf", "gdocs-html", "lo-pdf") and rng.random() < 0.5:
                    nested = True
                    if not d & {"missing-follow-up", "missing-duration"}:
                        traits.append("nested-table-follow-up")
                if layout in ("odt-frame-section", "case-web-html", "lo-pdf"):
                    sections = True
                doc, meta = build_agreement(c, d, style, mentor_in_footer=mentor_footer, nested=nested,
                                            sections=sections, rs=rs, udskriv=udskriv)
                traits.append(f"style:{style}")
                rules = set(d)
                period = meta["period"]
                title_slug = "aftale"
            elif kind == "decision":
                where = "body"
                if layout in ("odt-letterhead-footer", "lo-pdf") and rng.random() < 0.4:
                    where = "footer"
                elif layout == "odt-frame-section":
                    where = rng.choice(["section", "box"])
                elif layout.startswith("case-web") and rng.random() < 0.4:
                    where = "box"
                direct = "missing-appeal-guidance" not in d and rng.random() < 0.15
                reasons = not (sub in ("partial", "refusal", "end") and rng.random() < 0.2)
                if not reasons:
                    extras.append("missing-reasons")
                    traits.append("no-reasons")
                if direct:
                    extras.append("appeal-wrong-route")
                    traits.append("appeal:direct-to-ankestyrelsen")
                if sub == "refusal":
                    d.discard("duration-over-6-months")
                doc, meta = build_decision(c, sub, d, appeal_where=where, direct=direct, reasons=reasons, rs=rs)
                traits.append(f"appeal-in:{where}")
                rules = set(d)
                period = meta["period"]
                title_slug = {"grant": "bevilling", "partial": "delvis-bevilling", "refusal": "afslag",
                              "extension": "forlaengelse", "end": "ophoer"}[sub]
            elif kind == "minplan":
                other = rng.random() < 0.4
                if other:
                    traits.append("other-activity-10m")
                doc, meta = build_minplan(c, d, other_activity=other, rs=rs)
                rules = set(d)
                period = meta["period"]
                title_slug = "minplan"
            else:
                sub = spec.split(":", 1)[1]
                if sub.startswith("w:"):
                    sub = sub[2:]
                    doc = build_web_unknown(c, sub)
                else:
                    doc = build_unknown(c, sub)
                title_slug = sub
            if "missing-duration" in rules:
                period = None
            if kind == "decision" and sub in ("refusal", "end"):
                period = None
            # ---------------------------------------------------------------- render
            stem = f"{n:03d}-{title_slug}-{c.first.lower()}"
            stem = stem.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
            if layout in ("odt-letterhead-footer", "odt-frame-section", "lo-pdf"):
                frame = layout == "odt-frame-section" or (layout == "lo-pdf" and rng.random() < 0.4)
                fields = layout == "odt-frame-section" or rng.random() < 0.3
                anchor = rng.choice(["paragraph", "page"])
                header = rng.random() < 0.4
                bold_h = rng.random() < 0.3
                if frame:
                    traits.append(f"frame-sidebar:{anchor}")
                if fields:
                    traits.append("odt-fields")
                if bold_h:
                    traits.append("bold-headings")
                if layout == "lo-pdf":
                    odt = tmp / f"{stem}.odt"
                    render_odt(doc, str(odt), rng=rng, footer=True, header=header, frame=frame,
                               frame_anchor=anchor, fields=fields, bold_headings=bold_h)
                    target = fam_dir / f"{stem}.pdf"
                    odt_for_pdf.append((odt, target))
                else:
                    target = fam_dir / f"{stem}.odt"
                    render_odt(doc, str(target), rng=rng, footer=True, header=header, frame=frame,
                               frame_anchor=anchor, fields=fields, bold_headings=bold_h)
            elif layout == "gdocs-docx":
                fake = rng.random() < 0.4
                if fake:
                    traits.append("bold-run-headings")
                target = fam_dir / f"{stem}.docx"
                render_gdocs_docx(doc, str(target), rng=rng, fake_headings=fake)
            elif layout == "gdocs-html":
                target = fam_dir / f"{stem}.html"
                render_gdocs_html(doc, str(target), rng=rng)
            else:
                system = rng.choice(["saga", "jobsag"])
                traits.append(f"system:{system}")
                kv_as = rng.choice(["table", "dl"])
                traits.append(f"kv:{kv_as}")
                if kind in ("agreement", "minplan") and "missing-mentor" not in rules and rng.random() < 0.4:
                    if move_mentor_to_sidebar(doc):
                        traits.append("mentor-in-sidebar-only")
                crumb_leaf = {"agreement": "Aftale", "decision": "Afgørelse", "minplan": "Min Plan"}.get(kind, doc.title)
                doc.crumbs = ["Borgere", f"{c.last}, {c.first}", f"Sag {c.case_no}", "Mentorstøtte", crumb_leaf]
                printed = f"{fmt_date(c.letter_date + dt.timedelta(days=1), 'dots')} {rng.randint(8, 15)}:{rng.randint(10, 59)}"
                user = rng.choice(["ABJ", "MKH", "TLS", "RVN", "CEP"])
                if layout == "case-web-pdf":
                    h = tmp / f"{stem}.html"
                    render_case_html(doc, str(h), rng=rng, system=system, user=user, printed=printed, kv_as=kv_as)
                    target = fam_dir / f"{stem}.pdf"
                    html_for_pdf.append((h, target))
                else:
                    target = fam_dir / f"{stem}.html"
                    render_case_html(doc, str(target), rng=rng, system=system, user=user, printed=printed, kv_as=kv_as)
            if c.cpr:
                traits.append("cpr")
            if c.sender_word == "jobcentret":
                traits.append("sender:jobcenter")
            entry = {
                "path": str(target.relative_to(out)),
                "format": target.suffix[1:],
                "kind": kind,
                "subtype": sub if kind != "minplan" else "minplan",
                "layout": layout,
                "rules": sorted(rules),
                "extras": sorted(extras),
                "error": None,
                "accept_errors": [],
                "must_not_contain": [c.cpr, c.cpr.replace("-", "")] if c.cpr else [],
                "traits": traits,
            }
            if period:
                entry["period"] = period
            else:
                entry["traits"] = [t for t in traits if t != "period:exact-six" and not t.startswith("range:")]
            entries.append(entry)

    # ---------------------------------------------------------------- PDFs
    if odt_for_pdf:
        pdf_dir = tmp / "lo_out"
        pdf_dir.mkdir()
        profile = "file:///tmp/lo_gh_profile"
        cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(pdf_dir)] + [str(o) for o, _ in odt_for_pdf]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for odt, target in odt_for_pdf:
            shutil.move(str(pdf_dir / (odt.stem + ".pdf")), target)
    for h, target in html_for_pdf:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        f"--print-to-pdf={target}", str(h)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(tmp, ignore_errors=True)

    # a CPR number counts only where the rendered file really carries it
    for e in entries:
        if e["must_not_contain"]:
            body = doc_text(out / e["path"])
            if e["must_not_contain"][0] not in body:
                e["must_not_contain"] = []
                e["traits"] = [t for t in e["traits"] if t != "cpr"]
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
