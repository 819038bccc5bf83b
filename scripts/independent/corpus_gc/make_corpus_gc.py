#!/usr/bin/env python3
"""Corpus GC: fields moved away from the reading order.

Agreements, decisions, Min Plan entries and look-alikes whose fields stand in text boxes and
frames anchored to the page (DOCX, ODT), in the side cell of a layout table, in two-column
sections, in reportlab sidebars and two-column pages, in narrow wrapped table columns, in
e-mail signatures after "-- " and under the signature.  Fields are present in those places
in some documents and genuinely missing in others.

    /work/main/.venv/bin/python make_corpus_gc.py --out /work/corpora/gc [--seed 16]
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

from build_gc import build_agreement, build_decision, build_minplan, build_unknown  # noqa: E402
from render_gc import render_docx, render_eml, render_html, render_odt, render_pdf  # noqa: E402

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")

# (layout, kind, count)
PLAN = [
    ("docx-textbox", "agreement", 5), ("docx-textbox", "decision", 2), ("docx-textbox", "minplan", 1), ("docx-textbox", "unknown", 1),
    ("docx-frame", "agreement", 3), ("docx-frame", "decision", 1), ("docx-frame", "unknown", 1),
    ("docx-sidetable", "agreement", 4), ("docx-sidetable", "decision", 2), ("docx-sidetable", "minplan", 1), ("docx-sidetable", "unknown", 1),
    ("docx-twocol", "agreement", 3), ("docx-twocol", "decision", 1), ("docx-twocol", "unknown", 1),
    ("odt-pageframe", "agreement", 3), ("odt-pageframe", "decision", 1), ("odt-pageframe", "minplan", 1), ("odt-pageframe", "unknown", 1),
    ("odt-paraframe", "agreement", 2), ("odt-paraframe", "decision", 1), ("odt-paraframe", "unknown", 1),
    ("odt-twocol", "agreement", 2), ("odt-twocol", "minplan", 1), ("odt-twocol", "unknown", 1),
    ("odt-sidetable", "agreement", 2), ("odt-sidetable", "decision", 1), ("odt-sidetable", "minplan", 1),
    ("pdf-sidebar", "agreement", 4), ("pdf-sidebar", "decision", 2), ("pdf-sidebar", "minplan", 3), ("pdf-sidebar", "unknown", 1),
    ("pdf-twocol", "agreement", 3), ("pdf-twocol", "decision", 2), ("pdf-twocol", "minplan", 1), ("pdf-twocol", "unknown", 1),
    ("pdf-narrow", "agreement", 3), ("pdf-narrow", "decision", 1), ("pdf-narrow", "minplan", 2), ("pdf-narrow", "unknown", 1),
    ("pdf-lo", "agreement", 6), ("pdf-lo", "decision", 3), ("pdf-lo", "minplan", 1), ("pdf-lo", "unknown", 2),
    ("eml-mentor-sig", "agreement", 5), ("eml-mentor-sig", "unknown", 2),
    ("eml-caseworker-sig", "agreement", 3), ("eml-caseworker-sig", "decision", 2), ("eml-caseworker-sig", "unknown", 2),
    ("html-aside", "agreement", 2), ("html-aside", "decision", 1), ("html-aside", "minplan", 1), ("html-aside", "unknown", 1),
]

SIDE_WEIGHTS = {"missing-mentor": 2.0, "missing-duration": 1.6, "missing-hours": 1.8, "duration-over-6-months": 1.2}


def side_keys_for(layout: str, kind: str, rng: random.Random) -> tuple[set, str]:
    """Which fields the layout moves out of the body, and where the appeal text goes."""
    sub = lambda pool: {k for k in pool if rng.random() < 0.6}  # noqa: E731
    if kind == "decision":
        keys = {"meta"} if layout not in ("docx-twocol", "odt-twocol", "pdf-twocol") else set()
        if rng.random() < 0.5:
            keys.add("duration")
        pos = rng.choice(["main", "main", "side"]) if layout not in ("eml-caseworker-sig",) else rng.choice(["post", "post", "main"])
        if layout in ("docx-twocol", "odt-twocol", "pdf-twocol"):
            pos = "main"
        return keys, pos
    if kind == "minplan":
        return {"mentor"} | sub(["duration", "hours"]), "main"
    if layout in ("docx-textbox", "odt-pageframe", "pdf-sidebar", "html-aside", "docx-sidetable", "odt-sidetable"):
        keys = {"meta", "mentor"} | sub(["duration", "hours"])
        pos = rng.choice(["main", "main", "side"])
    elif layout in ("docx-frame", "odt-paraframe"):
        keys = {"mentor"} | sub(["hours", "duration"])
        pos = "main"
    elif layout in ("docx-twocol", "odt-twocol", "pdf-twocol"):
        keys, pos = set(), "main"
    elif layout == "pdf-narrow":
        keys = {"goal", "mentor"} | sub(["duration", "hours", "follow_up"])
        pos = "main"
    elif layout == "eml-mentor-sig":
        keys, pos = {"mentor"}, rng.choice(["post", "post", "main"])
    elif layout == "eml-caseworker-sig":
        keys, pos = set(), rng.choice(["post", "post", "main"])
    else:
        keys, pos = {"meta", "mentor"}, "main"
    return keys, pos


def email_wrap(doc: dict, layout: str, rng: random.Random) -> tuple[tuple, tuple]:
    """Turn a built document into an e-mail: subject, greeting, signature card."""
    ctx = doc["ctx"]
    doc["subject"] = doc["title"]
    if layout == "eml-mentor-sig":
        sender = (ctx.mentor, ctx.m_mail)
        to = (ctx.citizen, f"{ctx.first.lower()}{rng.randint(10, 99)}@gmail.com")
        card = []
        for it in doc["side"]:
            if it[0] == "lines":
                card = list(it[1])
        if len(card) > 1:
            card[1] = drole = rng.choice(["Mentor, ", "Mentor | ", "Mentor hos "]) + ctx.provider
        if doc["kind"] == "agreement":
            doc["subject"] = rng.choice(["Vores aftale – mentorforløb", "Aftale om mentorstøtte (det vi aftalte i dag)",
                                         "Mentoraftale til underskrift", "Opsummering af opstartsmøde + aftale"])
            main = [("p", f"Hej {ctx.first}"),
                    ("p", rng.choice([f"Tak for i dag. Som lovet får du her vores aftale om mentorstøtte, som vi lavede sammen med {ctx.caseworker} fra kommunen.",
                                      "Her er aftalen fra mødet i går – skriv endelig, hvis noget skal rettes.",
                                      f"Det var rart at møde dig. Jeg er din mentor de næste måneder, og her er det, vi blev enige om."]))]
            main += [x for x in doc["main"][1:] if x is not doc["closing_item"]]
            main.append(("p", rng.choice(["Vi ses på tirsdag!", "Du er altid velkommen til at ringe eller skrive.", "Hav en god weekend."])))
            doc["main"] = main
            doc["email_sig"] = card or [ctx.mentor]
            if doc["post"]:
                doc["post"] = [("p", f"Standardtekst fra {ctx.kommune} om klage over bevillingen:")] + doc["post"]
        else:
            doc["subject"] = doc["title"]
            to = (ctx.caseworker, ctx.cw_mail)
            doc["main"] = [("p", f"Hej {ctx.caseworker.split()[0]}")] + doc["main"]
            doc["email_sig"] = card or [ctx.mentor, ctx.provider, f"Tlf. {ctx.m_phone}"]
        doc["traits"].append("signature:mentor-card")
    else:
        sender = (ctx.caseworker, ctx.cw_mail)
        to = (ctx.citizen, f"{ctx.first.lower()}.{rng.randint(100, 999)}@hotmail.com")
        main = [("p", f"Kære {ctx.first}")] + [x for x in doc["main"] if not (x[0] == "p" and x[1].startswith("Kære "))]
        doc["main"] = main
        doc["email_sig"] = [ctx.caseworker, rng.choice(["Jobkonsulent", "Sagsbehandler", "Rådgiver"]), f"{ctx.afd}, {ctx.kommune}",
                            f"Direkte: {ctx.cw_phone}", ctx.cw_mail]
        if rng.random() < 0.4:
            doc["quoted"] = (f"Den {ctx.date.day}.{ctx.date.month}.2026 kl. 09.12 skrev {ctx.citizen}:\n"
                             "> Hej. Hvornår hører jeg noget om min mentor?\n> Mvh " + ctx.first)
            doc["traits"].append("quoted-reply")
        doc["traits"].append("signature:caseworker")
    return sender, to


def build(kind: str, layout: str, rng: random.Random, with_cpr: bool) -> dict:
    keys, pos = side_keys_for(layout, kind, rng)
    is_mail = layout.startswith("eml")
    if kind == "agreement":
        w = dict(SIDE_WEIGHTS)
        if layout == "eml-mentor-sig":
            w["missing-mentor"] = 0.0
        return build_agreement(rng, keys, pos, with_cpr and not is_mail, w)
    if kind == "decision":
        return build_decision(rng, keys, pos, with_cpr and not is_mail)
    if kind == "minplan":
        return build_minplan(rng, keys, with_cpr)
    utype = None
    if layout == "eml-mentor-sig":
        utype = "status"
    elif layout == "eml-caseworker-sig":
        utype = rng.choice(["meeting", "hearing", "minutes"])
    return build_unknown(rng, keys, with_cpr and not is_mail, utype)


def fname(doc: dict, i: int) -> str:
    pre = {"agreement": "aftale", "decision": "afgoerelse", "minplan": "minplan", "unknown": "dok"}[doc["kind"]]
    first = doc["ctx"].first.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return f"{pre}-{doc['subtype']}-{first}-{i:03d}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--soffice", default="soffice")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries = []
    lo_jobs = []  # (src path, final pdf rel path, entry)
    tmp = Path(tempfile.mkdtemp(prefix="gc_lo_"))
    i = 0
    for layout, kind, count in PLAN:
        for _ in range(count):
            i += 1
            drng = random.Random(rng.randint(0, 10**9))
            with_cpr = drng.random() < 0.27
            real_layout = layout
            if layout == "pdf-lo":
                real_layout = drng.choice(["docx-textbox", "docx-sidetable", "docx-twocol", "odt-pageframe", "docx-frame", "odt-sidetable"])
            doc = build(kind, real_layout, drng, with_cpr)
            name = fname(doc, i)
            if layout == "pdf-lo":
                ext = "docx" if real_layout.startswith("docx") else "odt"
                src = tmp / f"{name}.{ext}"
                (render_docx if ext == "docx" else render_odt)(doc, src, real_layout, drng)
                rel, fmt = f"pdf/{name}.pdf", "pdf"
                doc["traits"] += ["lo-pdf", f"from:{real_layout}"]
                lo_jobs.append((src, rel))
            elif layout.startswith("docx"):
                rel, fmt = f"docx/{name}.docx", "docx"
            elif layout.startswith("odt"):
                rel, fmt = f"odt/{name}.odt", "odt"
            elif layout.startswith("pdf"):
                rel, fmt = f"pdf/{name}.pdf", "pdf"
            elif layout.startswith("eml"):
                rel, fmt = f"mail/{name}.eml", "eml"
            else:
                rel, fmt = f"web/{name}.html", "html"
            path = out / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if layout != "pdf-lo":
                if fmt == "docx":
                    render_docx(doc, path, layout, drng)
                elif fmt == "odt":
                    render_odt(doc, path, layout, drng)
                elif fmt == "pdf":
                    render_pdf(doc, path, layout, drng)
                elif fmt == "eml":
                    sender, to = email_wrap(doc, layout, drng)
                    render_eml(doc, path, layout, drng, sender, to)
                else:
                    render_html(doc, path, layout, drng)
            rules = sorted(r for r in doc["rules"] if r in RULES)
            entries.append({
                "path": rel, "format": fmt, "kind": doc["kind"], "subtype": doc["subtype"], "layout": layout,
                "rules": rules, "extras": doc.get("extras", []), "error": None, "accept_errors": [],
                "must_not_contain": doc["must_not"], "traits": doc["traits"] + (["cpr"] if doc["must_not"] else []),
                "period": doc["period"],
            })
    if lo_jobs:
        profile = Path(tempfile.mkdtemp(prefix="lo_gc_profile_"))
        outdir = tmp / "pdf"
        outdir.mkdir()
        cmd = [a.soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(outdir)] + [str(s) for s, _ in lo_jobs]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, rel in lo_jobs:
            shutil.copyfile(outdir / (src.stem + ".pdf"), out / rel)
        shutil.rmtree(profile, ignore_errors=True)
    shutil.rmtree(tmp, ignore_errors=True)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
