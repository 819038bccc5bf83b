#!/usr/bin/env python3
"""Corpus FV: an archive as it really is -- Word templates with content controls (some still
showing their placeholder), contact data in headers and footers, text boxes, tracked changes and
comments; scanned PDFs with Tesseract's own text layer; e-mails and journal notes; decision letters
that carry the agreement as "Bilag 1"; RTF; a few English documents.

Run:  /work/main/.venv/bin/python scripts/independent/corpus_fv/make_corpus_fv.py --out /work/corpora/fv
"""
from __future__ import annotations

import argparse
import hashlib
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus_fv import builders as B  # noqa: E402
from corpus_fv import render as R  # noqa: E402
from corpus_fv.content import add_months, appeal_ok, fmt_dot, fmt_long, fmt_en  # noqa: E402

ENTRIES = []


def entry(path, fmt, kind, subtype, layout, rules, extras=(), cpr=None, traits=(), period=None):
    mnc = []
    if cpr:
        mnc = [cpr, cpr.replace("-", "")]
    ENTRIES.append({"path": path, "format": fmt, "kind": kind, "subtype": subtype, "layout": layout,
                    "rules": sorted(rules), "extras": sorted(extras), "error": None, "accept_errors": [],
                    "must_not_contain": mnc, "traits": sorted(set(traits) | ({"cpr"} if cpr else set())),
                    "period": period})


def per(c, has=True):
    return {"start": c.start.isoformat(), "end": c.end.isoformat()} if has else None


def defect_traits(d, more=None):
    return [f"{k}:{v}" for k, v in sorted(d.items()) if v != "ok"] or (["clean"] if not more else [])


def rl_pdf(doc, path):
    """A born-digital PDF written with reportlab (a case system's print)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    story = []
    for x in doc.get("header", []):
        story.append(Paragraph(escape(x), ss["Normal"]))
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            story.append(Paragraph(escape(b[1]), ss["Title"]))
        elif t in ("h", "h2", "hb"):
            story.append(Paragraph(escape(b[1]), ss["Heading3"]))
        elif t in ("p", "sign"):
            v = R.pflat(b[1])
            story.append(Paragraph(escape(v).replace("\n", "<br/>"), ss["Normal"]))
            story.append(Spacer(1, 3 * mm))
        elif t == "bullets":
            for x in b[1]:
                story.append(Paragraph("• " + escape(x), ss["Normal"]))
        elif t in ("kv", "grid"):
            rows = b[1] if t == "grid" else [[r[0], r[1]] for r in b[1]]
            data = []
            for r in rows:
                cells = []
                for c in r:
                    if isinstance(c, list) and all(isinstance(x, str) for x in c):
                        cells.append(Paragraph("<br/>".join("• " + escape(x) for x in c), ss["Normal"]))
                    else:
                        cells.append(Paragraph(escape(R.flat(c) or "").replace("\n", "<br/>"), ss["Normal"]))
                data.append(cells)
            tb = Table(data, colWidths=[55 * mm, 115 * mm] if t == "kv" else None)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [tb, Spacer(1, 4 * mm)]
    for x in doc.get("footer", []):
        story.append(Spacer(1, 6 * mm))
        story.append(Paragraph(escape(x), ss["Italic"]))
    SimpleDocTemplate(str(path), pagesize=A4, title=doc.get("meta_title", "")).build(story)


def eml(path, frm, to, subject, body, date, cc=None, html_part=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(dt.datetime.combine(date, dt.time(10, 12), tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{hashlib.sha1((subject + str(date) + to).encode()).hexdigest()[:16]}@mail.fv.invalid>"
    m.set_content(body)
    if html_part:
        m.add_alternative(html_part, subtype="html")
    Path(path).write_bytes(bytes(m))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/fv")
    ap.add_argument("--seed", type=int, default=1414)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    tmp = Path(tempfile.mkdtemp(prefix="fv_build_"))
    to_pdf = []     # (docx_in_tmp, final_rel, scanned?)

    counter = [0]

    def case(**kw):
        counter[0] += 1
        return B.Case(rng, with_cpr=counter[0] % 7 in (1, 4), **kw)

    def write_docx_or_pdf(doc, rel, mode):
        """mode: docx | pdf (LibreOffice) | scan (LibreOffice + Tesseract) | odt."""
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if mode == "docx":
            R.to_docx(doc, p)
        else:
            src = tmp / (Path(rel).stem + ".docx")
            R.to_docx(doc, src)
            to_pdf.append((src, rel, mode))

    # ------------------------------------------------------------ agreements
    fams = [
        ("cc_table", B.agreement_cc_table, "docx", [{}, {}, {"goal": "placeholder"}, {"hours": "placeholder", "followup": "placeholder"},
                                                    {"duration": "tracked_over"}, {"duration": "tracked_ok"}, {"hours": "comment_only"},
                                                    {"mentor": "nocontact"}]),
        ("provider_letter_textbox", B.agreement_letter, "docx", [{}, {"appeal": "missing"}, {"goal": "unclear"},
                                                                 {"hours": "vague", "appeal": "missing"}, {}, {"followup": "missing"}]),
        ("numbered_1_6", B.agreement_numbered, "docx", [{}, {"hours": "tracked"}, {"tasks": "missing"}, {"duration": "oneday"},
                                                        {"appeal": "other"}]),
        ("cc_table", B.agreement_cc_table, "scan", [{}, {"mentor": "placeholder"}]),
        ("numbered_1_6", B.agreement_numbered, "scan", [{}, {"duration": "over"}, {"followup": "vague"}]),
        ("provider_letter_textbox", B.agreement_letter, "scan", [{"appeal": "incomplete"}]),
        ("numbered_1_6", B.agreement_numbered, "rtf", [{}, {"duration": "missing"}, {"goal": "unclear", "hours": "missing"}]),
        ("numbered_1_6", B.agreement_numbered, "odt", [{}, {"goal": "missing"}]),
        ("provider_letter_textbox", B.agreement_letter, "pdf", [{}, {"duration": "over"}]),
    ]
    n = 0
    for layout, fn, mode, defects in fams:
        for d in defects:
            n += 1
            c = case()
            F = B.resolve(c, d)
            doc = fn(c, F, d)
            rules, extras = B.expected_rules("agreement", d)
            ext = {"docx": "docx", "scan": "pdf", "pdf": "pdf", "rtf": "rtf", "odt": "odt"}[mode]
            folder = {"docx": "sager/aftaler", "scan": "scannet", "pdf": "sager/aftaler", "rtf": "eksport_rtf", "odt": "sager/aftaler"}[mode]
            rel = f"{folder}/{n:03d}_aftale_{c.fn.lower()}_{c.ln.lower()}.{ext}"
            tr = defect_traits(d) + [f"render:{mode}"]
            if layout == "cc_table":
                tr.append("content-controls")
            if layout == "provider_letter_textbox":
                tr.append("textbox")
            if d.get("duration", "").startswith("tracked") or d.get("hours") == "tracked":
                tr.append("tracked-changes")
            if d.get("hours") == "comment_only":
                tr.append("comment-holds-hours")
            tr.append("footer-contact")
            if mode == "rtf":
                p = out / rel
                p.parent.mkdir(parents=True, exist_ok=True)
                R.to_rtf(doc, p)
            else:
                write_docx_or_pdf(doc, rel, mode)
            has_period = d.get("duration", "ok") not in ("missing", "placeholder", "vague")
            entry(rel, ext, "agreement", "agreement", layout, rules, extras, c.cpr, tr, per(c, has_period))

    # e-mail agreements from the mentor
    for d in [{"appeal": "missing"}, {"appeal": "missing", "mentor": "nocontact"}, {}]:
        n += 1
        c = case()
        F = B.resolve(c, d)
        body = B.agreement_mail_text(c, F, d)
        rel = f"mail/{n:03d}_vores_aftale_{c.fn.lower()}.eml"
        (out / "mail").mkdir(exist_ok=True)
        eml(out / rel, f"{c.mentor_name} <{c.mmail}>", f"{c.name} <{c.fn.lower()}{rng.randint(10, 99)}@gmail.com>",
            rng.choice(["Vores aftale", "Det vi aftalte i dag", "Aftale om mentorforløb"]), body, c.letter_date,
            cc=f"{c.cw} <{c.cwmail}>")
        rules, extras = B.expected_rules("agreement", d)
        entry(rel, "eml", "agreement", "agreement", "mentor_mail", rules, extras, None,
              defect_traits(d) + ["email", "mentor-own-letter"], per(c))

    # English agreements
    for d in [{}, {"followup": "vague", "appeal": "incomplete"}]:
        n += 1
        c = case()
        F = B.resolve(c, d)
        doc = B.agreement_english(c, F, d)
        rel = f"sager/english/{n:03d}_mentor_agreement_{c.fn.lower()}.docx"
        write_docx_or_pdf(doc, rel, "docx")
        rules, extras = B.expected_rules("agreement", d)
        entry(rel, "docx", "agreement", "agreement", "english_table", rules, extras, c.cpr,
              defect_traits(d) + ["english"], per(c))

    # ------------------------------------------------------------ decisions
    dec_plan = [
        # (dtype, d, bilag_defects or None, mode)
        ("grant", {}, None, "docx"), ("grant", {"appeal": "missing"}, None, "docx"), ("partial", {}, None, "docx"),
        ("refusal", {"reasons": "missing"}, None, "docx"), ("extension", {"duration": "over"}, None, "docx"),
        ("end", {"appeal": "incomplete"}, None, "docx"),
        ("grant", {}, {}, "docx"), ("grant", {}, {"followup": "missing"}, "docx"), ("grant", {}, {"hours": "placeholder"}, "docx"),
        ("extension", {}, {}, "docx"), ("grant", {"duration": "over"}, {}, "docx"), ("grant", {}, {"goal": "unclear"}, "docx"),
        ("grant", {}, None, "scan"), ("refusal", {}, None, "scan"), ("grant", {"appeal": "wrong"}, None, "scan"),
        ("partial", {"duration": "over"}, None, "scan"), ("grant", {}, {"tasks": "missing"}, "scan"),
        ("grant", {}, None, "rtf"), ("extension", {}, None, "rtf"), ("end", {"appeal": "missing"}, None, "rtf"),
        ("grant", {}, None, "html"), ("refusal", {"appeal": "other"}, None, "html"), ("grant", {"duration": "over"}, None, "html"),
        ("grant", {}, None, "txt"), ("partial", {"appeal": "incomplete"}, None, "txt"),
    ]
    for dtype, d, bd, mode in dec_plan:
        n += 1
        c = case()
        doc, F = B.decision(c, dtype, d, bilag_defects=bd)
        ext = {"docx": "docx", "scan": "pdf", "rtf": "rtf", "html": "html", "txt": "txt"}[mode]
        folder = {"docx": "sager/afgoerelser", "scan": "scannet", "rtf": "eksport_rtf", "html": "digital_post", "txt": "eksport_txt"}[mode]
        name = {"grant": "bevilling", "partial": "delvis_bevilling", "refusal": "afslag", "extension": "forlaengelse", "end": "ophoer"}[dtype]
        rel = f"{folder}/{n:03d}_{name}_{c.ln.lower()}.{ext}"
        (out / folder).mkdir(parents=True, exist_ok=True)
        if mode in ("docx", "scan"):
            write_docx_or_pdf(doc, rel, mode)
        elif mode == "rtf":
            R.to_rtf(doc, out / rel)
        elif mode == "html":
            R.to_html(doc, out / rel)
        else:
            (out / rel).write_text(R.to_txt(doc), encoding="cp1252" if rng.random() < 0.5 else "utf-8")
        dd = dict(d)
        rules, extras = B.expected_rules("decision", dd)
        if bd is not None:
            r2, _ = B.expected_rules("agreement", bd)
            rules = sorted(set(rules) | set(r2))
        has_period = dtype in ("grant", "partial", "extension")
        tr = defect_traits(d, bd) + [f"dtype:{dtype}", f"render:{mode}"] + (["bilag1-agreement"] + [f"bilag:{k}:{v}" for k, v in bd.items()] if bd is not None else [])
        if mode == "docx":
            tr.append("footer-contact")
        entry(rel, ext, "decision", dtype if bd is None else f"{dtype}+bilag1",
              "letter_bilag1" if bd is not None else "municipal_letter", rules, extras, c.cpr, tr, per(c, has_period))

    # English decision
    n += 1
    c = case()
    c.period("ok")
    doc = dict(blocks=[("p", f"{c.k['city']}, {fmt_en(c.letter_date)}"), ("title", "Decision on mentor support"),
                       ("p", f"Dear {c.name}"),
                       ("p", f"You applied for mentor support on {fmt_en(c.letter_date - dt.timedelta(days=9))}. You are granted mentor support under section 167 of the Active Employment Act from {fmt_en(c.start)} to {fmt_en(c.end)}, {c.rng.choice(['3', '4'])} hours a week. Your mentor is {c.mentor_name}, {c.org}."),
                       ("h", "How to appeal"),
                       ("p", f"If you disagree with this decision, you can appeal to {c.k['name']} within 4 weeks of receiving this letter. The municipality (kommunen) will reconsider the decision. If it upholds it, your appeal is forwarded to Ankestyrelsen (the National Social Appeals Board)."),
                       ("sign", f"Kind regards\n{c.cw}\nCaseworker, {c.k['name']}")],
               header=[c.k["name"]], footer=B.muni_footer(c), meta_title="Decision on mentor support")
    rel = f"sager/english/{n:03d}_decision_{c.ln.lower()}.docx"
    write_docx_or_pdf(doc, rel, "docx")
    entry(rel, "docx", "decision", "grant", "english_letter", [], [], None, ["english", "clean"], per(c))

    # ------------------------------------------------------------ Min Plan
    mp_plan = [("txt", {}), ("txt", {"goal": "unclear"}), ("txt", {"mentor": "nocontact"}), ("txt", {"hours": "missing"}),
               ("txt", {"duration": "over"}), ("txt", {}),
               ("html", {}), ("html", {"tasks": "missing"}), ("html", {"duration": "missing"}), ("html", {"goal": "missing"}),
               ("rlpdf", {}), ("rlpdf", {"hours": "vague"}), ("rlpdf", {"goal": "unclear", "duration": "over"}), ("rlpdf", {}),
               ("docx", {}), ("docx", {"mentor": "missing"}),
               ("scan", {}), ("scan", {"duration": "over"})]
    scan_rl = []
    for mode, d in mp_plan:
        n += 1
        c = case()
        F = B.resolve(c, d, date_style=fmt_dot)
        doc = B.minplan(c, F, d, trap_long=rng.random() < 0.6)
        trap = any(b[0] == "h" and b[1].startswith("Uddannelse") for b in doc["blocks"])
        ext = {"txt": "txt", "html": "html", "rlpdf": "pdf", "docx": "docx", "scan": "pdf"}[mode]
        rel = f"min_plan/{n:03d}_minplan_{c.fn.lower()}.{ext}"
        (out / "min_plan").mkdir(exist_ok=True)
        if mode == "txt":
            (out / rel).write_text(R.to_txt(doc), encoding="utf-8")
        elif mode == "html":
            R.to_html(doc, out / rel)
        elif mode == "rlpdf":
            rl_pdf(doc, out / rel)
        elif mode == "docx":
            R.to_docx(doc, out / rel)
        else:
            src = tmp / f"mp_{n}.pdf"
            rl_pdf(doc, src)
            scan_rl.append((src, rel))
        rules, extras = B.expected_rules("minplan", d)
        has_period = d.get("duration", "ok") not in ("missing", "placeholder", "vague")
        entry(rel, ext, "minplan", "minplan", "plan_print_cards", rules, extras, c.cpr,
              defect_traits(d) + [f"render:{mode}"] + (["other-activity-long-period"] if trap else []), per(c, has_period))

    # ------------------------------------------------------------ none of the kinds
    n = unknowns(rng, out, tmp, n, write_docx_or_pdf, scan_rl, entry, rl_pdf, eml, case)

    # ------------------------------------------------------------ conversions
    pdf_jobs = [(s, r, m) for s, r, m in to_pdf if m in ("pdf", "scan")]
    odt_jobs = [(s, r, m) for s, r, m in to_pdf if m == "odt"]
    pdfdir = tmp / "pdf"
    pdfdir.mkdir()
    R.soffice_convert([s for s, _, _ in pdf_jobs], pdfdir, "pdf")
    R.soffice_convert([s for s, _, _ in odt_jobs], pdfdir, "odt")
    scans = []
    for s, rel, m in to_pdf:
        conv = pdfdir / (s.stem + (".odt" if m == "odt" else ".pdf"))
        dst = out / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        if m == "scan":
            scans.append((conv, dst))
        else:
            shutil.copy(conv, dst)
    for src, rel in scan_rl:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        scans.append((src, out / rel))
    seeds = [rng.random() for _ in scans]
    with ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(lambda a: R.scan_pdf(a[0][0], a[0][1], random.Random(a[1])), zip(scans, seeds)))
    shutil.rmtree(tmp, ignore_errors=True)

    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(ENTRIES, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(ENTRIES)} documents in {out}")


from corpus_fv.unknowns import unknowns  # noqa: E402

if __name__ == "__main__":
    main()
