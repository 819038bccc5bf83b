#!/usr/bin/env python3
"""Corpus gb: mentor paperwork written as prose by people (letters, notes, minutes, e-mails).

Usage:  /work/main/.venv/bin/python make_corpus_gb.py --out /work/corpora/gb [--seed 1414]

Writes about 106 documents plus EXPECTED.jsonl (the corpusgen manifest format). Deterministic for a
given seed. Labels follow the rule docs (`mentordocs rules NAME`) and /work/shared/domain.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import render  # noqa: E402
from families import brev_opstart, decision, email_aftale, journalnotat, mentorbrev, minplan, referat  # noqa
from fields import Case, ascii_mail  # noqa: E402
from lookalikes import LOOKALIKES  # noqa: E402
from specials import SPECIALS  # noqa: E402

RULE_OF = {
    "goal_missing": "missing-goal", "goal_unclear": "unclear-goal",
    "mentor_missing": "missing-mentor", "mentor_nocontact": "missing-mentor",
    "tasks_missing": "missing-tasks",
    "dur_missing": "missing-duration", "dur_over": "duration-over-6-months", "dur_oneday": "duration-over-6-months",
    "fu_missing": "missing-follow-up", "fu_vague": "missing-follow-up",
    "hours_missing": "missing-hours", "hours_vague": "missing-hours",
    "appeal_missing": "missing-appeal-guidance", "appeal_vague": "missing-appeal-guidance",
}
EXTRA_OF = {"appeal_wrong": "appeal-wrong-route", "reasons_missing": "missing-reasons"}

APPLIES = {
    "agreement": None,
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours",
                "duration-over-6-months", "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
}

# (family, format, defects, options)
AGREEMENTS = [
    ("brev", "docx", [], {}), ("brev", "pdf", [], {}), ("brev", "odt", ["goal_unclear"], {}),
    ("brev", "docx", ["mentor_nocontact"], {}), ("brev", "pdf", ["tasks_missing"], {}),
    ("brev", "rtf", ["dur_over"], {}), ("brev", "docx", ["fu_vague"], {}), ("brev", "txt", ["hours_missing"], {}),
    ("brev", "pdf", ["appeal_vague"], {}), ("brev", "docx", ["appeal_missing", "hours_vague"], {}),
    ("brev", "odt", [], {}), ("brev", "docx", ["dur_missing"], {}), ("brev", "scan", ["goal_missing"], {}),
    ("brev", "pdf", ["dur_oneday"], {}), ("brev", "docx", ["appeal_wrong"], {}), ("brev", "rtf", [], {}),
    ("brev", "docx", [], {}),
    ("mentor", "docx", [], {}), ("mentor", "txt", [], {}), ("mentor", "docx", ["mentor_nocontact"], {}),
    ("mentor", "md", ["appeal_missing"], {}), ("mentor", "eml", ["hours_vague"], {}),
    ("mentor", "pdf", ["goal_unclear", "fu_missing"], {}), ("mentor", "docx", ["tasks_missing"], {}),
    ("mentor", "txt", ["dur_over"], {}), ("mentor", "eml", [], {}), ("mentor", "odt", ["appeal_missing", "goal_unclear"], {}),
    ("mentor", "pdf", [], {}),
    ("journal", "txt", [], {}), ("journal", "txt", ["appeal_vague"], {}), ("journal", "rtf", [], {}),
    ("journal", "pdf", ["mentor_missing"], {}), ("journal", "docx", ["dur_missing"], {}),
    ("journal", "txt", ["fu_vague", "hours_vague"], {}), ("journal", "rtf", ["goal_missing"], {}),
    ("journal", "pdf", ["dur_over"], {}), ("journal", "docx", [], {}),
    ("referat", "docx", [], {}), ("referat", "html", [], {}), ("referat", "odt", ["fu_missing"], {}),
    ("referat", "md", ["tasks_missing"], {}), ("referat", "docx", ["goal_unclear"], {}),
    ("referat", "pdf", ["mentor_nocontact", "appeal_missing"], {}), ("referat", "html", ["hours_missing"], {}),
    ("referat", "docx", ["dur_over"], {}), ("referat", "pdf", [], {}),
    ("email", "eml", [], {}), ("email", "eml", [], {"html": True}), ("email", "eml", ["appeal_missing"], {}),
    ("email", "eml", ["fu_missing"], {}), ("email", "eml", ["mentor_missing"], {"html": True}),
    ("email", "eml", ["goal_unclear"], {}), ("email", "eml", ["dur_missing", "appeal_vague"], {}),
    ("email", "eml", ["hours_missing"], {}), ("email", "eml", [], {}),
]
MINPLANS = [
    ("html", [], {}), ("txt", [], {}), ("pdf", [], {}), ("html", [], {"other": True}), ("txt", [], {}),
    ("html", ["goal_missing"], {}), ("pdf", ["goal_unclear"], {}), ("html", ["mentor_nocontact"], {}),
    ("txt", ["tasks_missing"], {}), ("html", ["dur_missing"], {}), ("pdf", ["dur_over"], {}),
    ("html", ["hours_missing"], {}), ("txt", ["hours_vague"], {"other": True}), ("docx", ["mentor_missing"], {}),
    ("docx", [], {"other": True}),
]
DECISIONS = [
    ("grant", "docx", []), ("grant", "pdf", []), ("grant", "docx", ["dur_over"]), ("grant", "odt", ["appeal_vague"]),
    ("grant", "pdf", ["appeal_wrong"]), ("grant", "html", ["dur_over"]),
    ("partial", "docx", []), ("partial", "pdf", ["reasons_missing"]), ("partial", "odt", ["appeal_missing"]),
    ("refusal", "docx", []), ("refusal", "pdf", []), ("refusal", "docx", ["appeal_missing"]),
    ("refusal", "rtf", ["reasons_missing", "appeal_vague"]),
    ("extension", "docx", []), ("extension", "pdf", []), ("extension", "odt", ["dur_over"]),
    ("extension", "txt", ["appeal_vague"]),
    ("end", "pdf", []), ("end", "docx", ["reasons_missing"]), ("end", "html", ["appeal_missing"]),
]
FAMILY_FN = {"brev": brev_opstart, "mentor": mentorbrev, "journal": journalnotat, "referat": referat,
             "email": email_aftale}
LAYOUT = {"brev": "caseworker-letter", "mentor": "mentor-letter", "journal": "journal-note",
          "referat": "minutes-agreement", "email": "email-prose"}


def write_doc(blocks, fmt, path: Path, c: Case, v: int, opts=None):
    opts = opts or {}
    if fmt == "docx":
        render.write_docx(blocks, path, heading_style=(v % 3 != 1))
    elif fmt == "pdf":
        render.write_pdf(blocks, path, font_variant=v % 2)
    elif fmt == "scan":
        render.write_scan_pdf(blocks, path)
    elif fmt == "odt":
        render.write_odt(blocks, path)
    elif fmt == "rtf":
        render.write_rtf(blocks, path)
    elif fmt == "html":
        path.write_text(render.to_html(blocks), encoding="utf-8")
    elif fmt == "md":
        path.write_text(render.to_md(blocks), encoding="utf-8")
    elif fmt == "txt":
        path.write_text(render.to_plain(blocks), encoding="utf-8" if v % 4 else "cp1252", errors="replace")
    elif fmt == "eml":
        title = next(t for k, t in blocks if k == "title")
        body = [b for b in blocks if b[0] != "title"]
        date = dt.datetime.combine(c.mdate, dt.time(14, 5 + v % 50), tzinfo=dt.timezone(dt.timedelta(hours=1)))
        sender = opts.get("from") or f"{c.cw} <{c.cwmail}>"
        to = opts.get("to") or f"{c.first.lower()}{c.last.lower()[0]}{v}@gmail.com"
        html_body = render.to_html(body, title=title, css=False) if opts.get("html") else None
        render.write_eml(path, sender, to, title, date, render.to_plain(body), html_body, cc=opts.get("cc"))
    else:
        raise ValueError(fmt)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/work/corpora/gb")
    ap.add_argument("--seed", type=int, default=1414)
    args = ap.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(args.seed)
    entries = []
    cpr_rng = random.Random(args.seed + 7)
    idx = 0

    def add(kind, subtype, layout, fmt, rel, blocks, per, defects, c, v, traits, opts=None):
        nonlocal idx
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        blocks = [(k, t[0].upper() + t[1:] if k == "p" and t else t) for k, t in blocks]
        write_doc(blocks, fmt, path, c, v, opts)
        rules = sorted({RULE_OF[d] for d in defects if d in RULE_OF})
        extras = sorted({EXTRA_OF[d] for d in defects if d in EXTRA_OF})
        if kind in APPLIES and APPLIES[kind] is not None:
            rules = sorted(set(rules) & APPLIES[kind])
        if kind == "unknown":
            rules, extras = [], []
        text = "\n".join(t for _, t in blocks)
        if "hours_missing" in defects and ("timer om ugen" in text or "timer ugentligt" in text):
            traits = traits + ["trap:other-hours-in-text"]
        mnc = []
        if c.cpr in text:
            mnc = [c.cpr, c.cpr.replace("-", "")]
            traits = traits + ["cpr"]
        entries.append({
            "path": rel, "format": "pdf" if fmt == "scan" else fmt, "kind": kind, "subtype": subtype,
            "layout": layout, "rules": rules, "extras": extras, "error": None, "accept_errors": [],
            "must_not_contain": mnc, "traits": traits,
            "period": ({"start": per[0].isoformat(), "end": per[1].isoformat()} if per else None),
        })
        idx += 1

    n = 0
    for i, (fam, fmt, defects, opts) in enumerate(AGREEMENTS):
        c = Case(rng, n)
        n += 1
        cpr = cpr_rng.random() < 0.27
        if "mentor_missing" in defects:
            c.mfirst = "mentoren"
        blocks, per = FAMILY_FN[fam](c, defects, i, cpr)
        ext = "pdf" if fmt == "scan" else fmt
        rel = f"aftaler/{fam}/{i:02d}_{fam}_{ascii_mail(c.first)}.{ext}"
        traits = ["prose", f"family:{fam}"] + [f"defect:{d}" for d in defects] + (["scan"] if fmt == "scan" else [])
        eopts = dict(opts)
        if fam == "mentor" and fmt == "eml":
            eopts.update({"from": f"{c.mentor} <{c.mmail}>", "cc": f"{c.cw} <{c.cwmail}>"})
        if fam == "email":
            eopts.setdefault("cc", f"{c.mentor} <{c.mmail}>" if "mentor_missing" not in defects
                             and "mentor_nocontact" not in defects else None)
        add("agreement", "agreement", LAYOUT[fam], fmt, rel, blocks, per, defects, c, i, traits, eopts)

    for i, (fmt, defects, opts) in enumerate(MINPLANS):
        c = Case(rng, n)
        n += 1
        cpr = cpr_rng.random() < 0.27
        if "mentor_missing" in defects:
            c.mfirst = "mentoren"
        blocks, per = minplan(c, defects, i, cpr, other_activity=opts.get("other", False))
        rel = f"minplan/{i:02d}_minplan_{ascii_mail(c.first)}.{fmt}"
        traits = ["prose", "family:minplan"] + [f"defect:{d}" for d in defects] + \
                 (["trap:other-activity-period"] if opts.get("other") else [])
        add("minplan", "minplan", "minplan-questions" if i % 3 != 2 else "minplan-prose", fmt, rel, blocks, per,
            defects, c, i, traits)

    for i, (sub, fmt, defects) in enumerate(DECISIONS):
        c = Case(rng, n)
        n += 1
        cpr = cpr_rng.random() < 0.3
        blocks, per = decision(c, sub, defects, i, cpr)
        rel = f"afgoerelser/{i:02d}_{sub}_{ascii_mail(c.first)}.{fmt}"
        traits = ["prose", f"decision:{sub}"] + [f"defect:{d}" for d in defects]
        if sub in ("refusal", "partial"):
            traits.append("trap:asked-period")
        add("decision", f"decision-{sub}", "decision-questions", fmt, rel, blocks, per, defects, c, i, traits)

    for i, fn in enumerate(SPECIALS):
        c = Case(rng, n)
        n += 1
        blocks, fmt, kind, subtype, layout, rules, traits, per = fn(c)
        if cpr_rng.random() < 0.3:
            blocks = [blocks[0], ("meta", f"Cpr.nr. {c.cpr}")] + blocks[1:]
        folder = "minplan" if kind == "minplan" else "aftaler/saerlige"
        rel = f"{folder}/s{i:02d}_{fn.__name__}.{fmt}"
        defects = [t.split(":", 1)[1] for t in traits if t.startswith("defect:")]
        add(kind, subtype, layout, fmt, rel, blocks, per, defects, c, i, traits)
        assert entries[-1]["rules"] == sorted(rules), (rel, entries[-1]["rules"], rules)

    for i, fn in enumerate(LOOKALIKES):
        c = Case(rng, n)
        n += 1
        cpr = cpr_rng.random() < 0.5
        blocks, fmt, subtype, layout = fn(c, cpr)
        rel = f"andet/{i:02d}_{subtype}.{fmt}"
        opts = {}
        if subtype == "order-to-provider":
            opts = {"to": f"mentor@{c.kdomain}"}
        add("unknown", subtype, layout, fmt, rel, blocks, None, [], c, i, ["lookalike"], opts)

    from_manifest = None
    try:
        sys.path.insert(0, "/work/main/tools/corpusgen/src")
        from corpusgen.corpus.manifest import write_manifest as from_manifest  # type: ignore
    except Exception:
        from_manifest = None
    if from_manifest:
        from_manifest(out, entries)
    else:
        lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
        (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(entries)} documents to {out}")


if __name__ == "__main__":
    main()
