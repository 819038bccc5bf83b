#!/usr/bin/env python
"""Corpus gl: mentor paperwork written for citizens who need it plain.

English translations, bilingual Danish/English forms, an international mentor firm's own form,
easy-read ("let dansk") agreements and letters with question headings and icons, young people's
agreements written as a conversation ("Det aftalte vi"), Word documents whose fields sit in text
boxes, shapes and content controls, and the other papers such citizens receive.

    /work/main/.venv/bin/python make_corpus_gl.py --out /work/corpora/gl [--seed 1507]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gl_common import slug  # noqa: E402
from gl_content import make_case  # noqa: E402
from gl_fields import Fields  # noqa: E402
import gl_agreements as A  # noqa: E402
import gl_decisions as D  # noqa: E402
import gl_other as O  # noqa: E402
import gl_writers as W  # noqa: E402

RULES = ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up",
         "missing-hours", "missing-appeal-guidance", "duration-over-6-months", "unclear-goal")
REQUIRED = {"agreement": RULES,
            "minplan": ("missing-goal", "missing-mentor", "missing-tasks", "missing-duration",
                        "missing-hours", "duration-over-6-months", "unclear-goal"),
            "decision": ("missing-appeal-guidance", "duration-over-6-months"),
            "unknown": ()}
EXTRAS = ("appeal-wrong-route", "missing-reasons")

# (family, format, defects, cpr, variant/subtype)
# format "pdf@lo" / "odt@lo" / "rtf@lo" = written as docx and converted by LibreOffice.
SPECS = [
    # ---- agreements: English translation by the municipality
    ("aen", "docx", [], True, 0),
    ("aen", "pdf@lo", ["missing-follow-up:vague"], False, 1),
    ("aen", "odt@lo", ["duration-over-6-months:9m"], True, 2),
    ("aen", "html", ["missing-appeal-guidance:vague", "unclear-goal"], False, 3),
    ("aen", "docx", [], False, 4),
    ("aen", "pdf@lo", ["missing-hours:vague"], False, 5),
    # ---- bilingual Danish/English
    ("abi", "docx", [], True, 0),
    ("abi", "html", ["missing-mentor:nocontact"], False, 1),
    ("abi", "pdf", ["unclear-goal"], False, 2),
    ("abi", "rtf", [], False, 3),
    ("abi", "docx", ["missing-tasks:omit", "missing-follow-up:omit"], True, 4),
    ("abi", "odt@lo", ["duration-over-6-months:6m+2w"], False, 5),
    ("abi", "html", [], False, 6),
    # ---- international mentor firm's own form
    ("afirm", "pdf", ["missing-appeal-guidance:omit"], False, 0),
    ("afirm", "pdf", [], True, 1),
    ("afirm", "docx", ["missing-mentor:tba"], False, 2),
    ("afirm", "html", ["missing-duration:open"], False, 3),
    ("afirm", "pdf", [], True, 4),
    ("afirm", "pdf@lo", ["duration-over-6-months:12m", "missing-follow-up:vague"], False, 5),
    # ---- easy-read agreements with icons and question headings
    ("aeasy", "docx", [], True, 0),
    ("aeasy", "html", ["unclear-goal"], False, 1),
    ("aeasy", "pdf", ["missing-hours:vague"], False, 2),
    ("aeasy", "md", [], False, 3),
    ("aeasy", "docx", ["missing-appeal-guidance:vague"], False, 4),
    ("aeasy", "html", ["missing-duration:open"], True, 5),
    ("aeasy", "pdf", [], False, 6),
    ("aeasy", "odt@lo", ["duration-over-6-months:8m"], False, 7),
    ("aeasy", "eml+pdf", ["missing-follow-up:omit"], False, 8),
    # ---- young people: "Det aftalte vi"
    ("ayouth", "txt", [], False, 0),
    ("ayouth", "md", ["unclear-goal"], False, 1),
    ("ayouth", "docx", ["missing-follow-up:omit"], True, 2),
    ("ayouth", "eml", [], False, 3),
    ("ayouth", "rtf", ["missing-hours:vague"], False, 4),
    ("ayouth", "txt", ["missing-appeal-guidance:omit"], False, 5),
    ("ayouth", "html", [], True, 6),
    ("ayouth", "pdf@lo", ["duration-over-6-months:9m"], False, 7),
    # ---- Word: text boxes, shapes, content controls (variant = construction)
    ("abox", "docx", [], True, 0),
    ("abox", "docx", ["missing-goal:ph", "missing-hours:ph"], True, 1),
    ("abox", "docx", [], False, 2),
    ("abox", "docx", [], True, 3),
    ("abox", "docx", ["missing-tasks:omit"], False, 4),
    ("abox", "docx", [], False, 5),
    ("abox", "odt@lo", ["missing-mentor:nocontact"], False, 6),
    ("abox", "pdf@lo", ["duration-over-6-months:7m"], False, 8),
    ("abox", "docx", ["missing-follow-up:vague"], False, 9),
    ("abox", "docx", [], False, 100),
    ("abox", "docx", ["missing-hours:omit", "unclear-goal"], True, 101),
    # ---- decisions: English translation
    ("den", "docx", [], True, "grant"),
    ("den", "pdf", [], False, "partial"),
    ("den", "eml", ["missing-appeal-guidance:vague"], False, "refusal"),
    ("den", "txt", ["duration-over-6-months:12m"], True, "extension"),
    ("den", "html", [], False, "end"),
    ("den", "pdf@lo", ["appeal-wrong-route"], False, "grant"),
    ("den", "rtf@lo", ["missing-reasons"], False, "refusal"),
    ("den", "eml+pdf", [], True, "grant"),
    # ---- decisions: bilingual
    ("dbi", "html", [], True, "grant"),
    ("dbi", "docx", ["duration-over-6-months:9m"], True, "partial"),
    ("dbi", "pdf", [], False, "refusal"),
    ("dbi", "odt@lo", ["missing-appeal-guidance:other"], False, "extension"),
    ("dbi", "html", [], False, "end"),
    ("dbi", "docx", ["missing-appeal-guidance:omit"], False, "grant"),
    # ---- decisions: easy-read
    ("deasy", "docx", [], False, "grant"),
    ("deasy", "pdf", [], True, "refusal"),
    ("deasy", "html", ["missing-appeal-guidance:vague"], True, "partial"),
    ("deasy", "rtf", [], False, "extension"),
    ("deasy", "md", ["missing-appeal-guidance:omit"], False, "end"),
    ("deasy", "pdf", ["duration-over-6-months:8m"], False, "grant"),
    ("deasy", "docx", ["missing-reasons"], False, "end"),
    # ---- Min Plan: English print
    ("men", "html", [], True, 0),
    ("men", "pdf", ["missing-hours:omit"], False, 1),
    ("men", "txt", ["unclear-goal"], False, 3),
    ("men", "html", [], False, 2),
    ("men", "pdf", ["missing-mentor:nocontact"], True, 4),
    ("men", "docx", ["duration-over-6-months:9m"], False, 5),
    # ---- Min Plan: easy-read
    ("measy", "html", [], False, 0),
    ("measy", "pdf", ["missing-tasks:omit"], False, 1),
    ("measy", "docx", [], True, 2),
    ("measy", "html", ["missing-duration:open"], False, 3),
    ("measy", "md", ["unclear-goal"], False, 4),
    ("measy", "pdf", ["duration-over-6-months:7m"], False, 5),
    # ---- Min Plan: bilingual
    ("mbi", "docx", [], False, 0),
    ("mbi", "odt@lo", ["missing-goal:omit"], False, 1),
    ("mbi", "txt", [], True, 2),
    ("mbi", "html", ["missing-hours:vague"], False, 3),
    ("mbi", "pdf", ["missing-mentor:tba"], True, 4),
    ("mbi", "rtf", [], False, 5),
]
# none of the kinds: (builder index in gl_other.OTHER, format, cpr)
OTHER_SPECS = [(0, "docx", False), (1, "eml", False), (2, "pdf", False), (3, "html", False), (4, "html", False),
               (5, "pdf", False), (6, "pdf", False), (7, "docx", False), (8, "txt", True), (9, "docx", False),
               (10, "md", False), (11, "eml", False), (12, "html", False), (13, "odt@lo", True), (14, "pdf", False),
               (15, "txt", False), (16, "html", False), (17, "txt", False)]

FOLDERS = {"aen": "aftaler/engelsk", "abi": "aftaler/tosproget", "afirm": "aftaler/mentorfirma",
           "aeasy": "aftaler/let-dansk", "ayouth": "aftaler/unge", "abox": "aftaler/word-felter",
           "den": "afgoerelser/engelsk", "dbi": "afgoerelser/tosproget", "deasy": "afgoerelser/let-dansk",
           "men": "min-plan/engelsk", "measy": "min-plan/let-dansk", "mbi": "min-plan/tosproget"}
KIND = {"a": "agreement", "d": "decision", "m": "minplan"}
NAMES = {"aen": "agreement", "abi": "aftale", "afirm": "mentoring-agreement", "aeasy": "din-aftale",
         "ayouth": "det-aftalte-vi", "abox": "mentoraftale", "den": "decision", "dbi": "afgoerelse",
         "deasy": "brev", "men": "my-plan", "measy": "min-plan", "mbi": "min-plan"}


def soffice_convert(jobs, tmp: Path):
    """jobs: list of (docx_path, target_ext, final_path)."""
    by_ext = {}
    for src, ext, final in jobs:
        by_ext.setdefault(ext, []).append((src, final))
    for ext, items in by_ext.items():
        outdir = tmp / f"out_{ext}"
        outdir.mkdir(exist_ok=True)
        cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_gl_profile", "--headless", "--convert-to", ext,
               "--outdir", str(outdir)] + [str(s) for s, _ in items]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for src, final in items:
            produced = outdir / (src.stem + "." + ext)
            if not produced.exists():
                raise SystemExit(f"LibreOffice did not produce {produced}")
            shutil.move(str(produced), final)


def render(model, fmt, path: Path, tmp: Path, lo_jobs, case, big=False):
    blocks = model.get("blocks")
    if "eml" in model:
        e = model["eml"]
        W.write_eml(path, e["sender"], e["to"], e["subject"], e["body"],
                    dt.datetime.combine(case["letter"], dt.time(9, 12)), attachments=e.get("attachments", ()))
        return
    if fmt == "docx":
        W.write_docx(blocks, path)
    elif fmt.endswith("@lo"):
        ext = fmt.split("@")[0]
        src = tmp / (path.stem + ".docx")
        W.write_docx(blocks, src)
        lo_jobs.append((src, ext, path))
    elif fmt == "html":
        W.write_html(blocks, path, title=model["title"], lang=model.get("lang", "da"))
    elif fmt == "md":
        W.write_txt(blocks, path, md=True)
    elif fmt == "txt":
        W.write_txt(blocks, path)
    elif fmt == "rtf":
        W.write_rtf(blocks, path)
    elif fmt == "pdf":
        W.write_pdf(blocks, path, title=model["title"], big=big, letterhead=model.get("letterhead"))
    else:
        raise ValueError(fmt)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1507)
    a = ap.parse_args(argv)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    W._ids = __import__("itertools").count(1)
    entries, lo_jobs = [], []
    used = set()
    with tempfile.TemporaryDirectory(prefix="gl_") as td:
        tmp = Path(td)
        for i, (fam, fmt, defects, cpr, var) in enumerate(SPECS, 1):
            kind = KIND[fam[0]]
            over = next((d.split(":")[1] for d in defects if d.startswith("duration-over-6-months")), None)
            pool = "dk" if (fam in ("ayouth", "abox") or (fam in ("aeasy", "measy", "deasy") and i % 2)) else "int"
            case = make_case(rng, pool=pool, over=over is not None, cpr=cpr, over_kind=over)
            F = Fields(case, defects)
            fmt_base = fmt.split("@")[0].split("+")[0]
            if fam == "aen":
                model = A.aen(case, F, var)
            elif fam == "abi":
                model = A.abi(case, F, var)
            elif fam == "afirm":
                model = A.afirm(case, F, var)
            elif fam == "aeasy":
                model = A.aeasy(case, F, var, icons=A.ICONS_HTML if fmt_base in ("html", "docx", "md") else A.ICONS)
            elif fam == "ayouth":
                model = A.ayouth(case, F, var)
            elif fam == "abox":
                model = A.abox(case, F, var)
            elif fam == "den":
                model = D.den(case, F, i, var)
            elif fam == "dbi":
                model = D.dbi(case, F, i, var)
            elif fam == "deasy":
                model = D.deasy(case, F, i, var)
            elif fam == "men":
                model = D.men(case, F, var)
            elif fam == "measy":
                model = D.measy(case, F, var, A.ICONS_HTML if fmt_base in ("html", "docx", "md") else A.ICONS)
            elif fam == "mbi":
                model = D.mbi(case, F, var)
            else:
                raise ValueError(fam)
            if fmt == "eml":
                model = as_eml(fam, model, case, var)
            elif fmt == "eml+pdf":
                model = with_attachment(fam, model, case, tmp, i)
            name = f"{NAMES[fam]}-{slug(case['fn'])}-{i:03d}.{fmt_base}"
            folder = out / FOLDERS[fam] / str(case["letter"].year)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            assert path not in used
            used.add(path)
            render(model, fmt, path, tmp, lo_jobs, case, big=(fam in ("aeasy", "deasy") and fmt == "pdf"))
            rules = sorted({d.split(":")[0] for d in defects} & set(REQUIRED[kind]))
            extras = sorted({d.split(":")[0] for d in defects} & set(EXTRAS))
            traits = [f"family:{fam}", f"lang:{model.get('lang', 'da')}"] + [f"defect:{d}" for d in defects]
            if fmt.endswith("@lo"):
                traits.append("via:libreoffice")
            if fmt == "eml+pdf":
                traits.append("attachment:pdf")
            if case["cpr"]:
                traits.append("cpr")
            if fam == "abox":
                traits.append("word-construction:" + model["layout"])
            subtype = kind if kind != "decision" else var
            period = None
            if kind != "unknown" and "missing-duration" not in {d.split(":")[0] for d in defects} and subtype not in ("refusal", "end"):
                period = {"start": case["start"].isoformat(), "end": case["end"].isoformat()}
            entries.append({"path": str(path.relative_to(out)), "format": fmt_base, "kind": kind, "subtype": subtype,
                            "layout": model["layout"], "rules": rules, "extras": extras, "error": None,
                            "accept_errors": [], "must_not_contain": cpr_forms(case["cpr"]), "traits": traits,
                            "period": period})
        for j, (bi, fmt, cpr) in enumerate(OTHER_SPECS, len(SPECS) + 1):
            case = make_case(rng, pool="int" if bi % 2 == 0 else "dk", cpr=cpr)
            model = O.OTHER[bi](case, j)
            fmt_base = fmt.split("@")[0]
            folder = out / "andet"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{model['subtype']}-{slug(case['fn'])}-{j:03d}.{fmt_base}"
            render(model, fmt, path, tmp, lo_jobs, case, big=(model["layout"].startswith("easy")))
            traits = [f"family:other:{O.OTHER[bi].__name__}", f"lang:{model.get('lang', 'da')}"]
            if case["cpr"] and model["layout"] in ("interpreter-booking", "consent-form"):
                traits.append("cpr")
                mnc = cpr_forms(case["cpr"])
            else:
                mnc = []
            if fmt.endswith("@lo"):
                traits.append("via:libreoffice")
            entries.append({"path": str(path.relative_to(out)), "format": fmt_base, "kind": "unknown",
                            "subtype": model["subtype"], "layout": model["layout"], "rules": [], "extras": [],
                            "error": None, "accept_errors": [], "must_not_contain": mnc, "traits": traits, "period": None})
        soffice_convert(lo_jobs, tmp)
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in sorted(entries, key=lambda e: e["path"])]
    (out / "EXPECTED.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(entries)} documents in {out}")


def with_attachment(fam, model, case, tmp, i):
    """A mail whose body only covers the document; the document itself is an attached PDF."""
    pdf = tmp / f"att_{i}.pdf"
    W.write_pdf(model["blocks"], pdf, title=model["title"], big=(fam == "aeasy"), letterhead=model.get("letterhead"))
    if fam == "aeasy":
        body = (f"Hej {case['fn']}\n\nTak for i dag. Her er vores aftale, som vi skrev sammen.\n"
                "Læs den, når du har tid. Du må gerne vise den til din familie.\n\n"
                f"Hilsen\n{case['mfn']}\n\n-- \n{case['mentor']}, mentor\n{case['firm']}\n")
        return dict(eml=dict(sender=f"{case['mentor']} <{case['memail']}>", to=f"{slug(case['fn'])}@mail.example.dk",
                             subject="Vores aftale", body=body, attachments=[("Din aftale om mentor.pdf", pdf.read_bytes(), "application/pdf")]),
                    title=model["title"], lang="da", layout="mail-with-easy-agreement-pdf")
    body = (f"Dear {case['fn']}\n\nToday we sent you a decision in Digital Post. As agreed at our meeting, "
            "the English translation is attached.\n\nKind regards\n" + case["cw"] + "\n" + case["kommune"] + "\n")
    return dict(eml=dict(sender=f"{case['cw']} <{case['cwemail']}>", to=f"{slug(case['fn'])}@mail.example.dk",
                         subject="English translation of your decision", body=body,
                         attachments=[("Decision - English translation.pdf", pdf.read_bytes(), "application/pdf")]),
                title=model["title"], lang="en", layout="mail-with-en-decision-pdf")


def cpr_forms(cpr):
    if not cpr:
        return []
    return [cpr, cpr.replace("-", "")]


def as_eml(fam, model, case, var):
    """Put a document's text into a mail: the mentor mails the youth agreement, the caseworker the translated decision."""
    body_lines = W._plain_lines(model["blocks"])
    body = "\n".join(body_lines).rstrip() + "\n"
    if fam == "ayouth":
        body = f"Hej {case['fn']}\n\nHer er det, vi aftalte i dag. {case['cwfn']} fra kommunen får en kopi.\n\n" + body + \
               f"\nHilsen {case['mfn']}\n\n-- \n{case['mentor']}, mentor\n{case['firm']}\n{case['mphone']}\n"
        return dict(eml=dict(sender=f"{case['mentor']} <{case['memail']}>", to=f"{slug(case['fn'])}@mail.example.dk",
                             subject="Det aftalte vi – din mentoraftale", body=body),
                    title=model["title"], lang="da", layout="youth-conversation-mail")
    body = f"Dear {case['fn']}\n\nAs promised, here is the English translation of the decision we sent to your Digital Post today.\n\n" + body
    return dict(eml=dict(sender=f"{case['cw']} <{case['cwemail']}>", to=f"{slug(case['fn'])}@mail.example.dk",
                         subject="Translation: " + model["title"], body=body),
                title=model["title"], lang="en", layout="en-decision-mail")


if __name__ == "__main__":
    main()
